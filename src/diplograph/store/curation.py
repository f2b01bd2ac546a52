"""Analysts' curation: a status and edits per event, kept across re-ingest and re-extraction.

A curation row is keyed by the event's dedup id and holds the edits (in the terms of the
export record: ``type``, ``date``, ``source`` as an actor id...) and the extracted values they
replaced. The edits are written into the ``events`` row, so filters and ordering see the
curated values, and written again whenever the event is re-created by a new extraction.
Status ``extracted`` undoes the curation: the extracted values come back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from diplograph.errors import NotFoundError, UsageError
from diplograph.records import EVENT_TYPES, MODALITIES, STATUSES, PartialDate
from diplograph.store.rows import context_rows, date_columns, utcnow
from diplograph.store.schema import actors, curations, event_contexts, events

EDITABLE: tuple[str, ...] = (
    "type", "mode", "contexts", "modality", "date", "date_end", "source", "target",
    "location", "event_name", "quad", "score",
)  # fmt: skip
_ALIASES = {"source_id": "source", "target_id": "target"}
_ACTOR_FIELDS = ("id", "name", "kind", "text", "sector", "person")
_PLAIN = ("type", "mode", "modality", "event_name", "quad", "score")


def normalise_edits(edits: Mapping[str, Any] | None) -> dict[str, Any]:
    """Edits with ``source_id``/``target_id`` spelled ``source``/``target``, checked.

    Raises UsageError naming the field for an unknown key or an impossible value.
    """
    result = {_ALIASES.get(key, key): value for key, value in (edits or {}).items()}
    unknown = sorted(set(result) - set(EDITABLE))
    if unknown:
        raise UsageError(f"cannot edit {unknown}; editable fields are {list(EDITABLE)}")
    _check_choice(result, "type", EVENT_TYPES)
    _check_choice(result, "modality", MODALITIES)
    for key in ("date", "date_end"):
        if key in result:
            try:
                PartialDate.parse(result[key])
            except ValueError as error:
                raise UsageError(str(error), where=f"edits.{key}") from error
    if "contexts" in result and not isinstance(result["contexts"], (list, tuple)):
        raise UsageError("contexts must be a list of context names", where="edits.contexts")
    return result


def curate(
    conn: Connection,
    event_id: str,
    *,
    status: str,
    edits: Mapping[str, Any] | None,
    analyst: str | None,
    note: str | None,
) -> None:
    """Record a status (and edits) for ``event_id``; raises NotFoundError, UsageError."""
    if status not in STATUSES:
        raise UsageError(f"unknown status {status!r}; use one of {list(STATUSES)}")
    changes = normalise_edits(edits)
    if conn.execute(select(events.c.id).where(events.c.id == event_id)).first() is None:
        raise NotFoundError(f"no event with id {event_id}", where="curate")
    old = conn.execute(select(curations).where(curations.c.event_id == event_id)).first()
    old_edits = dict(old.edits or {}) if old else {}
    old_original = dict(old.original or {}) if old else {}
    if status == "extracted":
        apply_edits(conn, event_id, old_original)  # the extracted values come back
        conn.execute(delete(curations).where(curations.c.event_id == event_id))
        return
    replaced = apply_edits(conn, event_id, changes)
    row = {
        "status": status,
        "edits": {**old_edits, **changes} or None,
        "original": {**replaced, **old_original} or None,  # the first extracted value wins
        "analyst": analyst,
        "note": note,
        "updated_at": utcnow(),
    }
    if old:
        conn.execute(update(curations).where(curations.c.event_id == event_id).values(row))
    else:
        conn.execute(insert(curations).values(event_id=event_id, **row))


def reapply_curations(conn: Connection, event_ids: Iterable[str]) -> None:
    """Write the stored edits into freshly (re-)created events; keep their new originals."""
    ids = list(event_ids)
    if not ids:
        return
    found = conn.execute(
        select(curations.c.event_id, curations.c.edits).where(
            curations.c.event_id.in_(ids), curations.c.edits.is_not(None)
        )
    ).all()
    for event_id, edits in found:
        if edits:
            replaced = apply_edits(conn, event_id, edits)
            conn.execute(
                update(curations)
                .where(curations.c.event_id == event_id)
                .values(original=replaced or None)
            )


def apply_edits(conn: Connection, event_id: str, edits: Mapping[str, Any]) -> dict[str, Any]:
    """Write ``edits`` into the event; returns the values they replaced (same keys)."""
    if not edits:
        return {}
    row = dict(conn.execute(select(events).where(events.c.id == event_id)).mappings().one())
    contexts = _contexts(conn, event_id)
    replaced = {key: _current(row, contexts, key) for key in edits}
    columns = _columns(conn, row, edits)
    if columns:
        conn.execute(update(events).where(events.c.id == event_id).values(columns))
    if "contexts" in edits:
        conn.execute(delete(event_contexts).where(event_contexts.c.event_id == event_id))
        rows = context_rows(event_id, edits["contexts"] or [])
        if rows:
            conn.execute(insert(event_contexts), rows)
    return replaced


def _check_choice(edits: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> None:
    if key in edits and edits[key] not in allowed:
        raise UsageError(f"{edits[key]!r} is not one of {list(allowed)}", where=f"edits.{key}")


def _contexts(conn: Connection, event_id: str) -> list[str]:
    query = (
        select(event_contexts.c.context)
        .where(event_contexts.c.event_id == event_id)
        .order_by(event_contexts.c.position)
    )
    return list(conn.execute(query).scalars())


def _current(row: Mapping[str, Any], contexts: list[str], key: str) -> Any:
    """The value of one editable field as the event has it now, in edit form."""
    if key == "contexts":
        return contexts
    if key in ("source", "target"):
        if row[f"{key}_id"] is None:
            return None
        return {name: row[f"{key}_{name}"] for name in _ACTOR_FIELDS}
    if key == "location":
        if row["location_name"] is None and row["lat"] is None:
            return None
        return {name: row[column] for name, column in _LOCATION_COLUMNS.items()}
    return row[key]


_LOCATION_COLUMNS = {
    "name": "location_name",
    "country": "location_country",
    "lat": "lat",
    "lon": "lon",
}


def _columns(conn: Connection, row: Mapping[str, Any], edits: Mapping[str, Any]) -> dict[str, Any]:
    """The ``events`` columns that carry ``edits``."""
    columns = {key: edits[key] for key in _PLAIN if key in edits}
    if "date" in edits or "date_end" in edits:
        when = PartialDate.parse(edits.get("date", row["date"]))
        until = PartialDate.parse(edits.get("date_end", row["date_end"]))
        columns.update(date_columns(when, until))
    for role in ("source", "target"):
        if role in edits:
            columns.update(_actor_edit(conn, role, edits[role]))
    if "location" in edits:
        location = edits["location"] or {}
        columns.update({column: location.get(name) for name, column in _LOCATION_COLUMNS.items()})
    return columns


def _actor_edit(conn: Connection, role: str, value: Any) -> dict[str, Any]:
    """An actor id (name and kind from the ``actors`` table), a full actor dict, or None."""
    if value is None:
        return {f"{role}_{name}": None for name in _ACTOR_FIELDS}
    if isinstance(value, Mapping):
        return {f"{role}_{name}": value[name] for name in _ACTOR_FIELDS if name in value}
    known = conn.execute(select(actors.c.name, actors.c.kind).where(actors.c.id == value)).first()
    # The words the text used (and sector, person) stay: the analyst fixed who, not what.
    return {
        f"{role}_id": value,
        f"{role}_name": known.name if known else value,
        f"{role}_kind": known.kind if known else None,
    }
