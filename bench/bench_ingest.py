"""Words per second of the whole ingest next to spaCy's own pipeline alone, on the same corpus.

Issue 4 asks that the ratio (ingest / spaCy alone) stay at or above 0.7: everything diplograph
does beyond parsing (reading files, resolving, extracting, storing) should cost at most ~30%.
The corpus is the packaged sample corpus plus ``eval/gold/*/docs/*.txt``, replicated to about
TARGET_WORDS words with a numbered line appended to each copy, so every document hash differs.
Each side is warmed up once, then run twice alternating; the best run counts.

Run: ``.venv/bin/python bench/bench_ingest.py [WORDS]``. Always exits 0: it measures, not tests.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from diplograph.ingest import collect_documents
from diplograph.pipeline import Pipeline, ingest
from diplograph.records import Document
from diplograph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "diplograph" / "data" / "sample_corpus"
TARGET_WORDS = 50_000
BATCH_SIZE = 32


def base_texts() -> list[str]:
    """The texts of the sample corpus (any format, as ingest reads them) and the gold docs."""
    paths = [SAMPLE, *sorted((ROOT / "eval" / "gold").glob("*/docs"))]
    return [item.text for item in collect_documents(paths) if isinstance(item, Document)]


def replicate(texts: list[str], words: int) -> list[str]:
    """Copies of ``texts`` up to ``words`` words, each made unique by a numbered closing line."""
    corpus: list[str] = []
    total, copy = 0, 0
    while total < words:
        copy += 1
        for text in texts:
            corpus.append(f"{text}\n\nReprint {copy} of this text.")
            total += len(corpus[-1].split())
    return corpus


def write_files(texts: list[str], folder: Path) -> list[Path]:
    paths = []
    for number, text in enumerate(texts):
        path = folder / f"doc{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def spacy_alone(pipeline: Pipeline, texts: list[str]) -> None:
    for _ in pipeline.nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass


def whole_ingest(pipeline: Pipeline, paths: list[Path], db: Path) -> None:
    db.unlink(missing_ok=True)
    with Store.open(f"sqlite:///{db}") as store:
        report = ingest(paths, store, pipeline=pipeline)
    if report.failed or len(report.added) != len(paths):
        raise RuntimeError(f"ingest lost documents: {report.failed[:3]}")


def timed(work: Callable[[], None]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main(words: int = TARGET_WORDS) -> None:
    pipeline = Pipeline()
    texts = replicate(base_texts(), words)
    count = sum(len(text.split()) for text in texts)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths = write_files(texts, folder / "docs")
        db = folder / "bench.db"
        spacy_alone(pipeline, texts[:BATCH_SIZE])  # warm-up
        whole_ingest(pipeline, paths[:BATCH_SIZE], db)
        spacy_best = ingest_best = float("inf")
        for _ in range(2):
            spacy_best = min(spacy_best, timed(lambda: spacy_alone(pipeline, texts)))
            ingest_best = min(ingest_best, timed(lambda: whole_ingest(pipeline, paths, db)))
    ingest_rate, spacy_rate = count / ingest_best, count / spacy_best
    print(f"{len(texts)} documents, {count:,} words")
    print(
        f"ingest {ingest_rate:,.0f} words/s | spaCy alone {spacy_rate:,.0f} words/s | "
        f"ratio {ingest_rate / spacy_rate:.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else TARGET_WORDS)
