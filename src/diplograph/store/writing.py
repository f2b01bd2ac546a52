"""Writing a batch of events inside one transaction, merging reports of the same event.

An event whose dedup id is already stored (or appears earlier in the batch) is not
inserted again: its report becomes one more evidence row and its confidence the max.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from diplograph.records import ActorRef, Event
from diplograph.store.curation import reapply_curations
from diplograph.store.rows import (
    context_rows,
    event_row,
    evidence_key,
    evidence_row,
    utcnow,
)
from diplograph.store.schema import actors, event_contexts, events, evidence


@dataclass
class WriteResult:
    added: int = 0
    merged: int = 0


def write_events(
    conn: Connection, batch: Sequence[Event], document_id: str | None = None
) -> WriteResult:
    """Insert or merge ``batch``; ``document_id`` is the evidence of events that cite none."""
    unique: dict[str, Event] = {}
    for event in batch:
        unique.setdefault(event.id or event.assign_id(), event)
    stored = _stored_confidences(conn, list(unique))
    new = [event for event_id, event in unique.items() if event_id not in stored]
    _insert_events(conn, new)
    first = {event_id: event.confidence for event_id, event in unique.items()}
    _raise_confidences(conn, batch, first, stored)
    _insert_evidence(conn, batch, document_id, set(stored))
    _insert_missing_actors(conn, new)
    reapply_curations(conn, (event.id for event in new))
    return WriteResult(added=len(new), merged=len(batch) - len(new))


def _stored_confidences(conn: Connection, ids: list[str]) -> dict[str, float]:
    if not ids:
        return {}
    query = select(events.c.id, events.c.confidence).where(events.c.id.in_(ids))
    return {row.id: row.confidence for row in conn.execute(query)}


def _insert_events(conn: Connection, new: Sequence[Event]) -> None:
    if not new:
        return
    now = utcnow()
    conn.execute(insert(events), [event_row(event, now) for event in new])
    contexts = [row for event in new for row in context_rows(event.id, event.contexts)]
    if contexts:
        conn.execute(insert(event_contexts), contexts)


def _raise_confidences(
    conn: Connection, batch: Sequence[Event], first: dict[str, float], stored: dict[str, float]
) -> None:
    """A merged event is as sure as its surest report, duplicates in the batch included.

    ``first`` is the confidence each id would have now without this step: the stored one,
    or that of the batch's first report for a new event.
    """
    best: dict[str, float] = {}
    for event in batch:
        best[event.id] = max(best.get(event.id, event.confidence), event.confidence)
    current = {**first, **stored}
    raised = [
        {"event_id": event_id, "value": value}
        for event_id, value in best.items()
        if value > current[event_id]
    ]
    if raised:
        statement = (
            update(events)
            .where(events.c.id == bindparam("event_id"))
            .values(confidence=bindparam("value"))
        )
        conn.execute(statement, raised)


def _insert_evidence(
    conn: Connection, batch: Sequence[Event], document_id: str | None, stored: set[str]
) -> None:
    rows: dict[tuple[Any, ...], dict[str, Any]] = {}
    for event in batch:
        for row in _evidence_rows(event, document_id):
            rows.setdefault(evidence_key(row), row)
    for key in _stored_evidence_keys(conn, [key for key in rows if key[0] in stored]):
        rows.pop(key, None)
    if rows:
        conn.execute(insert(evidence), list(rows.values()))


def _evidence_rows(event: Event, document_id: str | None) -> list[dict[str, Any]]:
    if event.evidence:
        return [evidence_row(event, piece) for piece in event.evidence]
    if document_id is None:
        return []
    # Provenance even when the extractor gave no sentence: at least the document.
    return [
        {
            "event_id": event.id,
            "document_id": document_id,
            "sentence": None,
            "start": None,
            "end": None,
            "extractor": event.extractor,
        }
    ]


def _stored_evidence_keys(conn: Connection, keys: list[tuple[Any, ...]]) -> set[tuple[Any, ...]]:
    if not keys:
        return set()
    columns = (evidence.c.event_id, evidence.c.document_id, evidence.c.start, evidence.c.end)
    event_ids = {key[0] for key in keys}
    query = select(*columns).where(evidence.c.event_id.in_(event_ids))
    return {tuple(row) for row in conn.execute(query)}


def _insert_missing_actors(conn: Connection, new: Sequence[Event]) -> None:
    """Actors named by events, so the store knows their names without the registry."""
    refs: dict[str, ActorRef] = {}
    for event in new:
        for ref in (event.source, event.target):
            if ref is not None:
                refs.setdefault(ref.id, ref)
    if not refs:
        return
    known = set(conn.execute(select(actors.c.id).where(actors.c.id.in_(list(refs)))).scalars())
    rows = [
        {"id": ref.id, "kind": ref.kind, "name": ref.name}
        for ref in refs.values()
        if ref.id not in known
    ]
    if rows:
        conn.execute(insert(actors), rows)
