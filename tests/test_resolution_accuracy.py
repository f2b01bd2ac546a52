"""Resolution accuracy on the resolution test set (issue 3: at least 97%)."""

from __future__ import annotations

from pathlib import Path

from diplograph.resolve.evaluation import evaluate_resolution, read_rows
from diplograph.resolve.registry import Registry

RESOLUTION_SET = Path(__file__).parent / "resolution_set.jsonl"


def test_resolution_set_is_broad() -> None:
    rows = read_rows(RESOLUTION_SET)
    kinds = {row["kind"].split("-")[0] for row in rows}
    assert len(rows) >= 300
    assert kinds >= {"state", "capital", "seat", "igo", "group", "person", "place", "misspelling"}


def test_resolution_accuracy() -> None:
    correct, total, failures = evaluate_resolution(RESOLUTION_SET, Registry.default())
    assert total >= 300
    assert correct / total >= 0.97, [(f.row, f.got, f.why) for f in failures]
