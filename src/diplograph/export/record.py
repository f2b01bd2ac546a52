"""The export record of ``shared/DESIGN.md``, built from stored rows, field for field.

The key order below is part of the contract: scripts diff and parse these records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

RECORD_KEYS: tuple[str, ...] = (
    "id", "type", "mode", "contexts", "modality", "quad", "score", "source", "target",
    "date", "date_precision", "date_end", "location", "event_name", "old_name", "new_name",
    "confidence", "extractor", "status", "document", "evidence",
)  # fmt: skip
ACTOR_KEYS: tuple[str, ...] = ("id", "name", "kind", "text", "sector", "person")
LOCATION_KEYS: tuple[str, ...] = ("name", "country", "lat", "lon")
DOCUMENT_KEYS: tuple[str, ...] = ("id", "source", "title", "date")
EVIDENCE_KEYS: tuple[str, ...] = ("document_id", "sentence", "start", "end")


def export_record(
    event: Mapping[str, Any],
    contexts: Sequence[str],
    evidence: Sequence[Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]],
) -> dict[str, Any]:
    """One export record.

    ``event`` is an ``events`` row plus ``status``; ``evidence`` its evidence rows in the
    order they were stored (the first names the reporting ``document``); ``documents`` maps
    document ids to ``documents`` rows (a document the store does not hold gets only its id).
    """
    return {
        "id": event["id"],
        "type": event["type"],
        "mode": event["mode"],
        "contexts": list(contexts),
        "modality": event["modality"],
        "quad": event["quad"],
        "score": event["score"],
        "source": _actor(event, "source"),
        "target": _actor(event, "target"),
        "date": event["date"],
        "date_precision": event["date_precision"],
        "date_end": event["date_end"],
        "location": _location(event),
        "event_name": event["event_name"],
        "old_name": event["old_name"],
        "new_name": event["new_name"],
        "confidence": event["confidence"],
        "extractor": event["extractor"],
        "status": event["status"] or "extracted",
        "document": _document(evidence, documents),
        "evidence": [{key: piece[key] for key in EVIDENCE_KEYS} for piece in evidence],
    }


def _actor(event: Mapping[str, Any], role: str) -> dict[str, Any] | None:
    if event[f"{role}_id"] is None:
        return None
    return {key: event[f"{role}_{key}"] for key in ACTOR_KEYS}


def _location(event: Mapping[str, Any]) -> dict[str, Any] | None:
    if event["location_name"] is None and event["lat"] is None:
        return None
    return {
        "name": event["location_name"],
        "country": event["location_country"],
        "lat": event["lat"],
        "lon": event["lon"],
    }


def _document(
    evidence: Sequence[Mapping[str, Any]], documents: Mapping[str, Mapping[str, Any]]
) -> dict[str, Any] | None:
    if not evidence:
        return None
    document_id = evidence[0]["document_id"]
    row = documents.get(document_id, {})
    return {
        "id": document_id,
        "source": row.get("source"),
        "title": row.get("title"),
        "date": row.get("date"),
    }
