"""``diplograph eval``: ingest a gold corpus into a scratch store and score what comes out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from diplograph.evaluate.corpus import load_corpus
from diplograph.evaluate.gold import load_gold
from diplograph.evaluate.report import EvalReport
from diplograph.evaluate.scorer import score
from diplograph.store import Store


def run_eval(
    gold_path: str | Path, corpus_dir: str | Path, *, pipeline: Any | None = None
) -> EvalReport:
    """Extract events from every document of ``corpus_dir`` and score them against ``gold_path``.

    The events go through a scratch in-memory store and come back as export records, so the
    score is of exactly what ``diplograph export`` would give. The store merges one fact read
    in several documents into one event (a membership two texts state); it is scored once per
    document that states it, as the gold set has it once per document.
    """
    from diplograph.pipeline import Pipeline

    gold = load_gold(gold_path)
    documents = load_corpus(corpus_dir)
    pipeline = pipeline or Pipeline()
    with Store.open("sqlite://") as store:
        for processed in pipeline.process_many(documents):
            store.add_document(processed.document, processed.events, processed.mentions)
        sources = {row["id"]: row for row in store.documents()}
        records = [
            reading
            for record in store.export_records()
            for reading in per_document(record, sources)
        ]
    return score(records, gold)


def per_document(
    record: dict[str, Any], documents: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """One export record per document among its evidence, each with that document's evidence."""
    evidence = record.get("evidence") or []
    ids = list(dict.fromkeys(piece["document_id"] for piece in evidence))
    if len(ids) < 2:
        return [record]
    readings = []
    for document_id in ids:
        row = documents.get(document_id, {})
        document = {"id": document_id, "source": row.get("source"), "title": row.get("title")}
        own = [piece for piece in evidence if piece["document_id"] == document_id]
        readings.append({**record, "document": document, "evidence": own})
    return readings
