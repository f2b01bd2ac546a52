"""Streaming export records out of the store, a chunk of events at a time.

Event rows come from one streamed query (a server-side cursor on PostgreSQL); their
contexts, evidence and documents are fetched per chunk with ``IN`` queries, so memory stays
flat however many events are exported and there are no per-event round trips.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, select

from diplograph.export.record import export_record
from diplograph.store.schema import documents, event_contexts, evidence

CHUNK = 500


def iter_records(conn: Connection, query: Select[Any]) -> Iterator[dict[str, Any]]:
    """Export records for the event rows ``query`` selects (it must add ``status``)."""
    result = conn.execution_options(stream_results=True, yield_per=CHUNK).execute(query)
    for partition in result.mappings().partitions():
        yield from _chunk_records(conn, partition)


def _chunk_records(conn: Connection, rows: Sequence[Any]) -> Iterator[dict[str, Any]]:
    ids = [row["id"] for row in rows]
    contexts = _contexts(conn, ids)
    pieces = _evidence(conn, ids)
    first_documents = {found[0]["document_id"] for found in pieces.values() if found}
    docs = _documents(conn, first_documents)
    for row in rows:
        yield export_record(row, contexts.get(row["id"], []), pieces.get(row["id"], []), docs)


def _contexts(conn: Connection, ids: list[str]) -> dict[str, list[str]]:
    query = (
        select(event_contexts.c.event_id, event_contexts.c.context)
        .where(event_contexts.c.event_id.in_(ids))
        .order_by(event_contexts.c.event_id, event_contexts.c.position)
    )
    found: dict[str, list[str]] = defaultdict(list)
    for event_id, context in conn.execute(query):
        found[event_id].append(context)
    return found


def _evidence(conn: Connection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    query = (
        select(
            evidence.c.event_id,
            evidence.c.document_id,
            evidence.c.sentence,
            evidence.c.start,
            evidence.c.end,
        )
        .where(evidence.c.event_id.in_(ids))
        .order_by(evidence.c.event_id, evidence.c.id)  # first stored, first reported
    )
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(query).mappings():
        found[row["event_id"]].append(dict(row))
    return found


def _documents(conn: Connection, ids: set[str]) -> dict[str, dict[str, Any]]:
    if not ids:
        return {}
    query = select(documents.c.id, documents.c.source, documents.c.title, documents.c.date).where(
        documents.c.id.in_(ids)
    )
    return {row["id"]: dict(row) for row in conn.execute(query).mappings()}
