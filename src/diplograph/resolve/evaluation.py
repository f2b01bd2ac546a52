"""Resolution accuracy on a test set of mentions (``tests/resolution_set.jsonl``).

Each line is ``{"mention": ..., "on": date or null, "expected": actor id, "kind": ...}``,
optionally with ``"acts_for"`` (checked too when present). A row counts as correct when
``Registry.resolve`` returns the expected id (and representing actor).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.resolve.registry import Registry


@dataclass(frozen=True)
class Failure:
    """One row that resolved wrongly: what was expected and what came back."""

    row: dict[str, Any]
    got: str | None
    got_acts_for: str | None
    why: str | None


def read_rows(path: Path | str) -> list[dict[str, Any]]:
    """The rows of a resolution set; raises ``InputError`` for unreadable lines."""
    rows = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(f"line {number} is not JSON ({error})", where=str(path)) from None
            if "mention" not in row or "expected" not in row:
                raise InputError(f"line {number} needs 'mention' and 'expected'", where=str(path))
            rows.append(row)
    return rows


def evaluate_resolution(
    path: Path | str, registry: Registry | None = None
) -> tuple[int, int, list[Failure]]:
    """``(correct, total, failures)`` of ``registry`` (default: the packaged one) on a set."""
    registry = registry or Registry.default()
    rows = read_rows(path)
    failures = []
    for row in rows:
        got = registry.resolve(row["mention"], row.get("on"))
        got_id = got.id if got else None
        acts_for = got.acts_for if got else None
        wrong_acts_for = "acts_for" in row and row["acts_for"] != acts_for
        if got_id != row["expected"] or wrong_acts_for:
            failures.append(Failure(row, got_id, acts_for, got.why if got else None))
    return len(rows) - len(failures), len(rows), failures
