"""The event store: documents, events with their evidence, mentions, actors and curation.

SQLite by default, PostgreSQL for teams (``postgresql://...``); one engine per ``Store``.
Every write is one transaction: a document goes in whole, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, delete, exists, func, insert, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from diplograph.errors import DiplographError, NotFoundError, StoreError
from diplograph.records import Document, Event, Mention
from diplograph.store import curation
from diplograph.store.connection import create_store_engine, resolve_url
from diplograph.store.queries import EventFilter
from diplograph.store.reading import iter_records
from diplograph.store.rows import document_row, mention_rows
from diplograph.store.schema import actor_names, actors, documents, event_contexts, evidence
from diplograph.store.schema import events as events_table
from diplograph.store.schema import mentions as mentions_table
from diplograph.store.writing import write_events

T = TypeVar("T")
BULK_CHUNK = 2000  # events per transaction in add_events
WRITE_ATTEMPTS = 3
ID_CHUNK = 500  # ids per IN (...) query: SQLite caps bound parameters


@dataclass
class AddResult:
    """What ``add_document`` did: ``new`` is False when the document was already stored."""

    document_id: str
    new: bool
    events_added: int
    events_merged: int


class Store:
    """Documents, events and curation in one SQL database (see ``Store.open``)."""

    def __init__(self, engine: Any, url: str) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create if needed) the store at ``url``.

        ``url`` None means env ``DIPLOGRAPH_DB``, else ``sqlite:///diplograph.db``; a plain
        path is a SQLite file. Raises StoreError for a bad URL, a missing driver or a
        database that cannot be reached.
        """
        parsed = resolve_url(url)
        engine = create_store_engine(parsed)
        return cls(engine, parsed.render_as_string(hide_password=True))

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def has_document(self, document_id: str) -> bool:
        """True when a document with this id (content hash) is stored."""
        return self._read(lambda conn: _document_exists(conn, document_id))

    def stored_documents(self, document_ids: Iterable[str]) -> set[str]:
        """Which of ``document_ids`` are stored (one query per 500 ids, not one per id)."""
        wanted = list(dict.fromkeys(document_ids))

        def read(conn: Connection) -> set[str]:
            found: set[str] = set()
            for start in range(0, len(wanted), ID_CHUNK):
                chunk = wanted[start : start + ID_CHUNK]
                found.update(
                    conn.execute(select(documents.c.id).where(documents.c.id.in_(chunk))).scalars()
                )
            return found

        return self._read(read) if wanted else set()

    def add_document(
        self, document: Document, events: Sequence[Event], mentions: Sequence[Mention] = ()
    ) -> AddResult:
        """Store a document with its mentions and events, in one transaction.

        Nothing changes when the document is already stored (``new`` False). Raises
        StoreError, after rolling the whole document back, when any write fails.
        """

        return self._write(partial(_add, document, events, mentions), where=document.source)

    def add_documents(
        self, items: Sequence[tuple[Document, Sequence[Event], Sequence[Mention]]]
    ) -> list[AddResult | StoreError]:
        """Store several documents, each with its mentions and events, as ``add_document`` does.

        They are written in one transaction (a commit per document costs more than a short
        document's rows); when any of them fails, the batch is rolled back and each document
        is written on its own, so a bad document costs only itself. Returns, in order, each
        document's ``AddResult`` or the ``StoreError`` that stopped it.
        """
        if len(items) < 2:
            return [self._one(*item) for item in items]

        def write(conn: Connection) -> list[AddResult | StoreError]:
            return [_add(document, events, mentions, conn) for document, events, mentions in items]

        try:
            return self._write(write, where=items[0][0].source)
        except StoreError:
            return [self._one(*item) for item in items]

    def _one(
        self, document: Document, events: Sequence[Event], mentions: Sequence[Mention]
    ) -> AddResult | StoreError:
        try:
            return self.add_document(document, events, mentions)
        except StoreError as error:
            return error

    def replace_document_events(
        self, document_id: str, events: Sequence[Event], extractor: str
    ) -> AddResult:
        """Replace what ``extractor``'s earlier version read from a stored document.

        Deletes the document's evidence rows, drops events left without evidence and
        stores ``events``; curation, keyed by event id, comes back with re-created events.
        Raises NotFoundError for an unknown document, StoreError when the write fails.
        """
        for event in events:
            event.extractor = event.extractor or extractor

        def write(conn: Connection) -> AddResult:
            if not _document_exists(conn, document_id):
                raise _not_found(document_id)
            _drop_document_evidence(conn, document_id)
            result = write_events(conn, events, document_id)
            return AddResult(document_id, False, result.added, result.merged)

        return self._write(write, where=document_id)

    def add_events(self, events: Sequence[Event]) -> int:
        """Bulk-load events (GDELT import, Dask results), one transaction per chunk.

        Returns how many new events were stored (the rest merged into stored ones).
        """
        added = 0
        for start in range(0, len(events), BULK_CHUNK):
            chunk = events[start : start + BULK_CHUNK]
            added += self._write(partial(_count_added, chunk), where="bulk load")
        return added

    def upsert_actors(self, actors_: Iterable[tuple[str, str, str]]) -> None:
        """Store or update actors as ``(id, kind, name)``, so exports need no registry."""
        rows = {actor_id: (kind, name) for actor_id, kind, name in actors_}
        self._write(lambda conn: _upsert_actors(conn, rows), where="actors")

    def curate(
        self,
        event_id: str,
        *,
        status: str,
        edits: dict[str, Any] | None = None,
        analyst: str | None = None,
        note: str | None = None,
    ) -> dict[str, Any]:
        """Set an event's curation status (and edits); returns its export record.

        Editable: type, mode, contexts, modality, date, date_end, source (an actor id),
        target, location, event_name, quad, score. Status ``extracted`` undoes earlier
        edits. Raises NotFoundError for an unknown event, UsageError for a bad edit.
        """

        def write(conn: Connection) -> None:
            curation.curate(conn, event_id, status=status, edits=edits, analyst=analyst, note=note)

        self._write(write, where=event_id)
        return self.get_event(event_id)

    # -- reading -------------------------------------------------------------------------

    def events(
        self,
        *,
        actor: str | None = None,
        dyad: tuple[str, str] | None = None,
        type: str | None = None,
        context: str | None = None,
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
        include_rejected: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Export records of the matching events, by date (undated last), then id.

        ``actor`` matches source or target; ``dyad`` either direction; ``since``/``until``
        match any event whose (partial) date overlaps. Raises UsageError for a bad date.
        """
        return list(
            self.export_records(
                actor=actor,
                dyad=dyad,
                type=type,
                context=context,
                since=since,
                until=until,
                status=status,
                include_rejected=include_rejected,
                limit=limit,
            )
        )

    def export_records(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Like ``events`` (same filters) but streamed, for exports of any size.

        Filters are checked now (UsageError), rows are read as the iterator is consumed.
        """
        return self._stream(EventFilter(**filters).select())

    def _stream(self, query: Select[Any]) -> Iterator[dict[str, Any]]:
        try:
            with self.engine.connect() as conn:
                yield from iter_records(conn, query)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot read events: {_first_line(error)}", where=self.url) from error

    def get_event(self, event_id: str) -> dict[str, Any]:
        """The export record of one event (even if rejected); raises NotFoundError."""
        query = EventFilter(include_rejected=True).select().where(events_table.c.id == event_id)
        found = self._read(lambda conn: list(iter_records(conn, query)))
        if not found:
            raise NotFoundError(f"no event with id {event_id}", where="events")
        return found[0]

    def documents(self) -> list[dict[str, Any]]:
        """Stored documents (id, source, title, date, format, n_events), oldest first."""
        n_events = (
            select(func.count(func.distinct(evidence.c.event_id)))
            .where(evidence.c.document_id == documents.c.id)
            .scalar_subquery()
        )
        query = select(
            documents.c.id,
            documents.c.source,
            documents.c.title,
            documents.c.date,
            documents.c.format,
            n_events.label("n_events"),
        ).order_by(documents.c.ingested_at, documents.c.id)
        return self._read(lambda conn: [dict(row) for row in conn.execute(query).mappings()])

    def counts(self) -> dict[str, int]:
        """How many documents, events, evidence rows, mentions and actors are stored."""
        tables = {
            "documents": documents,
            "events": events_table,
            "evidence": evidence,
            "mentions": mentions_table,
            "actors": actors,
        }

        def count(conn: Connection) -> dict[str, int]:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in tables.items()
            }

        return self._read(count)

    # -- transactions --------------------------------------------------------------------

    def _write(self, work: Callable[[Connection], T], where: str) -> T:
        """Run ``work`` in one transaction; any failure rolls it all back.

        A unique-key clash means another writer (a second worker on PostgreSQL) stored the
        same document or event meanwhile: the transaction is run again, and then merges.
        """
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self.engine.begin() as conn:
                    return work(conn)
            except IntegrityError as error:
                if attempt + 1 == WRITE_ATTEMPTS:
                    raise _rolled_back(error, where) from error
            except DiplographError:
                raise
            except Exception as error:
                raise _rolled_back(error, where) from error
        raise AssertionError("unreachable")  # the loop returns or raises

    def _read(self, work: Callable[[Connection], T]) -> T:
        try:
            with self.engine.connect() as conn:
                return work(conn)
        except SQLAlchemyError as error:
            raise StoreError(f"cannot read: {_first_line(error)}", where=self.url) from error


def _add(
    document: Document, events: Sequence[Event], mentions: Sequence[Mention], conn: Connection
) -> AddResult:
    """Write one document, its mentions and its events on ``conn`` (a known one: nothing)."""
    if _document_exists(conn, document.id):
        return AddResult(document.id, False, 0, 0)
    conn.execute(insert(documents).values(document_row(document)))
    rows = mention_rows(document.id, mentions)
    if rows:
        conn.execute(insert(mentions_table), rows)
    result = write_events(conn, events, document.id)
    return AddResult(document.id, True, result.added, result.merged)


def _count_added(chunk: Sequence[Event], conn: Connection) -> int:
    return write_events(conn, chunk).added


def _document_exists(conn: Connection, document_id: str) -> bool:
    return bool(conn.execute(select(exists().where(documents.c.id == document_id))).scalar())


def _drop_document_evidence(conn: Connection, document_id: str) -> None:
    affected = select(evidence.c.event_id).where(evidence.c.document_id == document_id)
    event_ids = set(conn.execute(affected).scalars())
    conn.execute(delete(evidence).where(evidence.c.document_id == document_id))
    if not event_ids:
        return
    stored = events_table.c.id
    orphans = select(stored).where(
        stored.in_(event_ids), ~exists().where(evidence.c.event_id == stored)
    )
    orphan_ids = list(conn.execute(orphans).scalars())
    if orphan_ids:
        # Explicit rather than ON DELETE CASCADE: SQLite enforces it only with the pragma.
        conn.execute(delete(event_contexts).where(event_contexts.c.event_id.in_(orphan_ids)))
        conn.execute(delete(events_table).where(stored.in_(orphan_ids)))


def _upsert_actors(conn: Connection, rows: dict[str, tuple[str, str]]) -> None:
    if not rows:
        return
    known = set(conn.execute(select(actors.c.id).where(actors.c.id.in_(list(rows)))).scalars())
    for actor_id in known:
        kind, name = rows[actor_id]
        conn.execute(actors.update().where(actors.c.id == actor_id).values(kind=kind, name=name))
    fresh = [{"id": i, "kind": k, "name": n} for i, (k, n) in rows.items() if i not in known]
    if fresh:
        conn.execute(insert(actors), fresh)
    named = select(actor_names.c.actor_id, actor_names.c.name).where(
        actor_names.c.actor_id.in_(list(rows))
    )
    have = {tuple(row) for row in conn.execute(named)}
    names = [{"actor_id": i, "name": n} for i, (_, n) in rows.items() if (i, n) not in have]
    if names:
        conn.execute(insert(actor_names), names)


def _not_found(document_id: str) -> DiplographError:
    return NotFoundError(f"no document with id {document_id}; ingest it first", where="documents")


def _rolled_back(error: BaseException, where: str) -> StoreError:
    return StoreError(
        f"nothing was written, the transaction was rolled back: {_first_line(error)}",
        where=where,
    )


def _first_line(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    text = str(original).strip()
    return text.splitlines()[0] if text else type(original).__name__
