"""Run the stages in order (nlp -> resolve -> extract) and hand each document to the store.

``Pipeline.process(document)`` returns the document's mentions and events without storing
anything; ``ingest(paths, store)`` reads files, skips documents already stored (idempotent by
content hash), processes the rest in batches through spaCy's ``nlp.pipe`` and writes each
batch of documents in one transaction (each document on its own when the batch fails).
``ingest`` takes anything with ``process_many`` (a ``Processor``): the local ``Pipeline`` or
``diplograph.dask_pipeline.DaskPipeline``, which runs the same stages on a Dask cluster.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol, TextIO

from spacy.language import Language
from spacy.tokens import Doc

from diplograph.errors import DiplographError, InputError
from diplograph.extract.rules import RuleExtractor
from diplograph.ingest import collect_documents
from diplograph.nlp import load_pipeline
from diplograph.nlp.entities import (
    without_bases,
    without_currencies,
    without_namesakes,
    without_places_in_person_names,
)
from diplograph.records import Document, Event, Mention, PartialDate
from diplograph.resolve.registry import Registry
from diplograph.resolve.short_names import with_short_names_resolved
from diplograph.resolve.unregistered import with_unregistered_organisations

BATCH_SIZE = 32


@dataclass
class ProcessedDocument:
    """A document with what the stages found in it."""

    document: Document
    mentions: list[Mention]
    events: list[Event]


@dataclass
class IngestReport:
    """What an ingest run did: new documents, known ones skipped, failures, events stored."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[DiplographError] = field(default_factory=list)
    events: int = 0
    merged: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


class Processor(Protocol):
    """What ``ingest`` needs of a pipeline: documents in, processed documents out, in order."""

    def process_many(self, documents: Iterable[Document]) -> Iterator[ProcessedDocument]: ...


class Pipeline:
    """The NLP, resolution and extraction stages, built once and reused for every document."""

    def __init__(
        self,
        *,
        registry: Registry | None = None,
        nlp: Language | None = None,
        extractor: Any | None = None,
        model: str | None = None,
        rescorer: Any | None = None,
    ) -> None:
        self.registry = registry or Registry.default()
        self.nlp = nlp or load_pipeline(model)
        self.extractor = extractor or RuleExtractor(self.registry)
        self.rescorer = rescorer  # an optional second opinion over the extractor's events

    def process(self, document: Document) -> ProcessedDocument:
        """Mentions and events of one document."""
        return self._finish(document, self.nlp(document.text))

    def process_many(self, documents: Iterable[Document]) -> Iterator[ProcessedDocument]:
        """Like ``process`` for many documents, parsing them in batches (much faster)."""
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= BATCH_SIZE:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, documents: list[Document]) -> Iterator[ProcessedDocument]:
        texts = (document.text for document in documents)
        for document, parsed in zip(
            documents, self.nlp.pipe(texts, batch_size=BATCH_SIZE), strict=True
        ):
            yield self._finish(document, parsed)

    def _finish(self, document: Document, parsed: Doc) -> ProcessedDocument:
        mentions = without_places_in_person_names(
            self.registry.find_mentions(document.text, on=document.date), parsed
        )
        mentions = without_bases(mentions, parsed)
        mentions = without_currencies(mentions, parsed)
        mentions = without_namesakes(
            mentions, parsed, self.registry.name_words, self.registry.is_title
        )
        mentions = with_unregistered_organisations(mentions, parsed, self.registry)
        mentions = with_short_names_resolved(mentions)
        events = self.extractor.extract(document, parsed, mentions)
        if self.rescorer is not None:
            events = self.rescorer.apply(events, document)
        return ProcessedDocument(document, mentions, events)


@dataclass(frozen=True)
class PipelineSettings:
    """How to build a ``Pipeline``: hashable and picklable, so a Dask worker can build the same
    pipeline the main process would (``model`` as for ``load_pipeline``; ``rescore`` adds the
    learned second opinion of the ``ml`` extra)."""

    model: str | None = None
    rescore: bool = False

    def build(self) -> Pipeline:
        """The pipeline these settings describe.

        Raises ``ConfigError`` when the spaCy model or, with ``rescore``, the ``ml`` extra is
        missing.
        """
        return Pipeline(model=self.model, rescorer=_learned_rescorer() if self.rescore else None)


def _learned_rescorer() -> Any:
    from diplograph.extract.learned import LearnedRescorer, load_minilm

    return LearnedRescorer.from_file(embedder=load_minilm(), calibrate=True)


def ingest(
    paths: Sequence[str | Path],
    store: Any,
    *,
    pipeline: Processor | None = None,
    default_date: PartialDate | None = None,
    stdin: TextIO | BinaryIO | None = None,
    on_document: Callable[[Document | DiplographError], None] | None = None,
) -> IngestReport:
    """Read ``paths`` and store every new document with its events; one bad file never stops the rest.

    ``pipeline`` runs the stages (default: a local ``Pipeline()``; a ``DaskPipeline`` runs them
    on a cluster); reading, skipping known documents and storing happen here either way.
    ``on_document`` is called once per document or failure (for progress bars).
    """
    report = IngestReport()
    pipeline = pipeline or Pipeline()
    fresh = _fresh_documents(
        collect_documents(paths, default_date=default_date, stdin=stdin), store, report, on_document
    )
    batch: list[ProcessedDocument] = []
    for processed in pipeline.process_many(fresh):
        batch.append(processed)
        if len(batch) >= BATCH_SIZE:
            _store(batch, store, report, on_document)
            batch = []
    _store(batch, store, report, on_document)
    return report


def _fresh_documents(
    collected: Iterable[Document | InputError],
    store: Any,
    report: IngestReport,
    on_document: Callable[[Document | DiplographError], None] | None,
) -> list[Document]:
    """The documents of ``collected`` not yet stored, each once; reports failures and skips."""
    items = list(collected)
    stored = store.stored_documents(item.id for item in items if isinstance(item, Document))
    fresh: list[Document] = []
    fresh_ids: set[str] = set()  # a set: a corpus of thousands of files is not quadratic
    for item in items:
        if isinstance(item, InputError):
            report.failed.append(item)
            _notify(on_document, item)
        elif item.id in fresh_ids or item.id in stored:
            report.skipped.append(item.source)
            _notify(on_document, item)
        else:
            fresh.append(item)
            fresh_ids.add(item.id)
    return fresh


def _store(
    batch: list[ProcessedDocument],
    store: Any,
    report: IngestReport,
    on_document: Callable[[Document | DiplographError], None] | None,
) -> None:
    """Write a batch of processed documents; a document the store refuses is a failure of its
    own and the others are kept."""
    items = [(p.document, p.events, p.mentions) for p in batch]
    for processed, result in zip(batch, store.add_documents(items), strict=True):
        if isinstance(result, DiplographError):
            report.failed.append(result)
        else:
            report.added.append(processed.document.source)
            report.events += result.events_added
            report.merged += result.events_merged
        _notify(on_document, processed.document)


def _notify(
    callback: Callable[[Document | DiplographError], None] | None, item: Document | DiplographError
) -> None:
    if callback is not None:
        callback(item)
