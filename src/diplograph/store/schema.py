"""The store's tables, in SQLAlchemy Core, portable between SQLite and PostgreSQL.

One row per event in ``events`` (keyed by the dedup id of ``Event.assign_id``), any number of
``evidence`` rows per event (one per report), and analysts' ``curations`` keyed by the same
id but without a foreign key, so a curation outlives its event being dropped and re-created
by a re-extraction. ``schema_version`` is there for future migrations.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

SCHEMA_VERSION = 1

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("date", String(10)),
    Column("date_precision", String(5)),
    Column("language", String(16)),
    Column("format", String(32)),
    Column("text", Text, nullable=False),
    Column("metadata", JSON),
    Column("ingested_at", DateTime, nullable=False),
)


def _actor_columns(role: str) -> list[Column]:
    """The columns an event keeps for its source or target actor (as the event saw it)."""
    return [
        Column(f"{role}_id", String(120)),
        Column(f"{role}_name", Text),
        Column(f"{role}_kind", String(20)),
        Column(f"{role}_text", Text),
        Column(f"{role}_sector", String(40)),
        Column(f"{role}_person", Text),
    ]


events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(20), nullable=False),
    Column("mode", String(40)),
    Column("modality", String(16), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(5)),
    Column("date_end", String(10)),
    # First and last day the (partial) date can mean: ordering and overlap filters.
    Column("date_sort", Date),
    Column("date_last", Date),
    *_actor_columns("source"),
    *_actor_columns("target"),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("event_name", Text),
    Column("old_name", Text),
    Column("new_name", Text),
    Column("quad", Integer),
    Column("score", Float),
    Column("confidence", Float, nullable=False),
    Column("extractor", String(120)),
    Column("created_at", DateTime, nullable=False),
    Index("ix_events_type", "type"),
    Index("ix_events_date_sort", "date_sort", "id"),
    Index("ix_events_source_id", "source_id"),
    Index("ix_events_target_id", "target_id"),
)

event_contexts = Table(
    "event_contexts",
    metadata,
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("context", String(60), primary_key=True),
    Column("position", Integer, nullable=False),  # keeps the extractor's order for export
    Index("ix_event_contexts_context", "context"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    # No foreign key: bulk imports (GDELT) cite documents the store does not hold.
    Column("document_id", String(80), nullable=False),
    Column("sentence", Text),
    Column("start", Integer),
    Column("end", Integer),
    Column("extractor", String(120)),
    UniqueConstraint("event_id", "document_id", "start", "end", name="uq_evidence_report"),
    Index("ix_evidence_event_id", "event_id"),
    Index("ix_evidence_document_id", "document_id"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        String(80),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("actor_id", String(120), index=True),
    Column("kind", String(20)),
    Column("alias", Text),
    Column("alias_kind", String(20)),
    Column("why", Text),
)

curations = Table(
    "curations",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("status", String(10), nullable=False),
    Column("edits", JSON),
    # The extracted values the edits replaced, so status "extracted" can restore them.
    Column("original", JSON),
    Column("analyst", Text),
    Column("note", Text),
    Column("updated_at", DateTime, nullable=False),
)

actors = Table(
    "actors",
    metadata,
    Column("id", String(120), primary_key=True),
    Column("kind", String(20)),
    Column("name", Text, nullable=False),
)

actor_names = Table(
    "actor_names",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("actor_id", String(120), ForeignKey("actors.id", ondelete="CASCADE"), index=True),
    Column("name", Text, nullable=False),
    Column("valid_from", String(10)),
    Column("valid_until", String(10)),
    UniqueConstraint("actor_id", "name", "valid_from", name="uq_actor_names"),
)
