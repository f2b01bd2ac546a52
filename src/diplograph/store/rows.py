"""Domain records (``diplograph.records``) to table rows, and the date columns they need."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone
from typing import Any

from diplograph.records import ActorRef, Document, Event, Evidence, Mention, PartialDate


def utcnow() -> datetime:
    """Naive UTC, the same on SQLite and PostgreSQL ``timestamp without time zone``."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def date_columns(when: PartialDate | None, until: PartialDate | None) -> dict[str, Any]:
    """``date``, ``date_precision``, ``date_end`` and the first/last day they can mean."""
    last: date | None = None
    if when is not None:
        last = (until or when).last_day()
    return {
        "date": when.iso() if when else None,
        "date_precision": when.precision if when else None,
        "date_end": until.iso() if until else None,
        "date_sort": when.first_day() if when else None,
        "date_last": last,
    }


def document_row(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "source": document.source,
        "title": document.title,
        "date": document.date.iso() if document.date else None,
        "date_precision": document.date.precision if document.date else None,
        "language": document.language,
        "format": document.format,
        "text": document.text,
        "metadata": document.metadata or {},
        "ingested_at": utcnow(),
    }


def mention_rows(document_id: str, mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    return [
        {
            "document_id": document_id,
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "actor_id": mention.actor_id,
            "kind": mention.kind,
            "alias": mention.alias,
            "alias_kind": mention.alias_kind,
            "why": mention.why,
        }
        for mention in mentions
    ]


def actor_columns(role: str, actor: ActorRef | None) -> dict[str, Any]:
    fields = ("id", "name", "kind", "text", "sector", "person")
    return {f"{role}_{name}": getattr(actor, name) if actor else None for name in fields}


def event_row(event: Event, created_at: datetime) -> dict[str, Any]:
    """The ``events`` row of an event whose ``id`` is already assigned."""
    location = event.location
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "modality": event.modality,
        **date_columns(event.date, event.date_end),
        **actor_columns("source", event.source),
        **actor_columns("target", event.target),
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
        "event_name": event.event_name,
        "old_name": event.old_name,
        "new_name": event.new_name,
        "quad": event.quad,
        "score": event.score,
        "confidence": event.confidence,
        "extractor": event.extractor,
        "created_at": created_at,
    }


def context_rows(event_id: str, contexts: Sequence[str]) -> list[dict[str, Any]]:
    unique = list(dict.fromkeys(contexts))  # a context named twice is stored once
    return [{"event_id": event_id, "context": c, "position": i} for i, c in enumerate(unique)]


def evidence_row(event: Event, piece: Evidence) -> dict[str, Any]:
    return {
        "event_id": event.id,
        "document_id": piece.document_id,
        "sentence": piece.sentence,
        "start": piece.start,
        "end": piece.end,
        "extractor": event.extractor,
    }


def evidence_key(row: dict[str, Any]) -> tuple[Any, ...]:
    """What the ``uq_evidence_report`` constraint makes unique."""
    return (row["event_id"], row["document_id"], row["start"], row["end"])
