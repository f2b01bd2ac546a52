"""Gold annotations: load and validate the rows a scorer measures extraction against.

The row format is the dev corpus gold schema (``shared/dev_corpus/README.md``): one JSON
object a line with ``doc``, ``sentence``, ``source``, ``target``, ``type``, ``context``,
``date``, ``location`` and the optional ``reciprocal``, ``optional``, ``alt_types``,
``event_name``, ``old_name``, ``new_name``, ``note``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplograph.errors import InputError
from diplograph.records import EVENT_TYPES, PartialDate

# PLOVER's 37 contexts (shared/reference/plover.md) plus the project's own "cultural".
_CONTEXT_NAMES = """military intelligence executive legislative election political_institutions
    pro_democracy pro_autocracy economic legal reparations human_rights rights_freedoms
    repression human_security gender lgbt religion_ethnicity inequality diplomatic territory
    peacekeeping health asylum migration disasters natural_resource environment technology
    terrorism cbrn cyber misinformation crime corruption illegal_drugs trafficking
    cultural"""
CONTEXTS: frozenset[str] = frozenset(_CONTEXT_NAMES.split())

# State (ISO alpha-3), IGO code, GRP:/ORG:/PER: slugs, as in DESIGN.md "Actor ids".
ACTOR_ID = re.compile(r"^(?:[A-Z]{3}|[A-Z][A-Z0-9_]+|GRP:[A-Z][A-Z_]*|(?:ORG|PER):[a-z0-9-]+)$")

REQUIRED_KEYS = ("doc", "sentence", "source", "target", "type", "context", "date", "location")
OPTIONAL_KEYS = (
    "reciprocal",
    "optional",
    "alt_types",
    "event_name",
    "old_name",
    "new_name",
    "note",
)


@dataclass(frozen=True)
class GoldItem:
    """One gold event or relation fact, as annotated by a person."""

    doc: str
    sentence: str
    source: str
    target: str | None
    type: str
    context: tuple[str, ...]
    date: PartialDate | None
    location: str | None
    reciprocal: bool = False
    optional: bool = False
    alt_types: tuple[str, ...] = ()
    event_name: str | None = None
    old_name: str | None = None
    new_name: str | None = None
    note: str | None = None
    where: str = ""  # file:line the row came from, for messages

    @property
    def accepted_types(self) -> frozenset[str]:
        """The gold type and every alternative type an expert could defend."""
        return frozenset((self.type, *self.alt_types))


def load_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold JSONL file into validated items, in file order.

    Blank lines are skipped. Raises ``InputError`` naming ``file:line`` when the file is
    missing or a row is not JSON, lacks a field, or holds an invalid type, context, actor id
    or date.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the gold file ({exc.strerror})", where=str(path)) from exc
    items = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            items.append(parse_gold_row(line, where=f"{path}:{number}"))
    return items


def parse_gold_row(line: str, *, where: str) -> GoldItem:
    """One JSON line into a ``GoldItem``; raises ``InputError`` at ``where`` when invalid."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON ({exc.msg}); write one object a line", where=where
        ) from exc
    if not isinstance(row, dict):
        raise InputError("a gold row must be a JSON object", where=where)
    _check_row(row, where)
    return GoldItem(
        doc=row["doc"],
        sentence=row["sentence"],
        source=row["source"],
        target=row["target"],
        type=row["type"],
        context=tuple(row["context"]),
        date=_parse_date(row["date"], where),
        location=row["location"],
        reciprocal=bool(row.get("reciprocal", False)),
        optional=bool(row.get("optional", False)),
        alt_types=tuple(row.get("alt_types") or ()),
        event_name=row.get("event_name"),
        old_name=row.get("old_name"),
        new_name=row.get("new_name"),
        note=row.get("note"),
        where=where,
    )


def _check_row(row: dict[str, Any], where: str) -> None:
    missing = [key for key in REQUIRED_KEYS if key not in row]
    if missing:
        raise InputError(f"missing field(s) {', '.join(missing)}", where=where)
    unknown = sorted(set(row) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    if unknown:
        raise InputError(f"unknown field(s) {', '.join(unknown)}; check the spelling", where=where)
    for key in ("doc", "sentence"):
        if not isinstance(row[key], str) or not row[key].strip():
            raise InputError(f"'{key}' must be a non-empty string", where=where)
    _check_types(row, where)
    _check_actors(row, where)
    _check_contexts(row["context"], where)
    for key in ("location", "event_name", "old_name", "new_name", "note"):
        if row.get(key) is not None and not isinstance(row[key], str):
            raise InputError(f"'{key}' must be a string or null", where=where)


def _check_types(row: dict[str, Any], where: str) -> None:
    for value in (row["type"], *(row.get("alt_types") or ())):
        if value not in EVENT_TYPES:
            raise InputError(
                f"unknown event type {value!r}; use one of {', '.join(EVENT_TYPES)}", where=where
            )


def _check_actors(row: dict[str, Any], where: str) -> None:
    if not isinstance(row["source"], str) or not ACTOR_ID.match(row["source"]):
        raise InputError(
            f"bad source actor id {row['source']!r} (e.g. KAZ, UN, ORG:x)", where=where
        )
    target = row["target"]
    if target is not None and (not isinstance(target, str) or not ACTOR_ID.match(target)):
        raise InputError(f"bad target actor id {target!r} (e.g. KAZ, UN, null)", where=where)
    if target is not None and row["type"] in ("HOSTS", "RENAMED"):
        raise InputError(f"{row['type']} items take target null", where=where)
    if row["type"] == "HOSTS" and not row.get("event_name"):
        raise InputError("HOSTS items need an 'event_name'", where=where)


def _check_contexts(context: Any, where: str) -> None:
    if not isinstance(context, list) or not 1 <= len(context) <= 3:
        raise InputError("'context' must be a list of 1 to 3 labels", where=where)
    bad = [label for label in context if label not in CONTEXTS]
    if bad:
        labels = ", ".join(map(repr, bad))
        raise InputError(f"unknown context(s) {labels}; use PLOVER's 37 or cultural", where=where)


def _parse_date(value: Any, where: str) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.parse(str(value))
    except ValueError as exc:
        raise InputError(f"bad date {value!r}: {exc}", where=where) from exc
