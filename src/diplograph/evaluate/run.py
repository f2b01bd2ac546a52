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
    score is of exactly what ``diplograph export`` would give.
    """
    from diplograph.pipeline import Pipeline

    gold = load_gold(gold_path)
    documents = load_corpus(corpus_dir)
    pipeline = pipeline or Pipeline()
    with Store.open("sqlite://") as store:
        for processed in pipeline.process_many(documents):
            store.add_document(processed.document, processed.events, processed.mentions)
        records = list(store.export_records())
    return score(records, gold)
