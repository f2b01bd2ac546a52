"""Documents per second of a local ingest next to one on a local Dask cluster, same corpus, same run.

The corpus is bench_ingest's (the sample corpus and the gold docs, replicated to about
TARGET_WORDS words, every copy made unique). The local side is ``ingest`` with a ``Pipeline``;
the Dask side is ``ingest`` with ``dask_pipeline(workers=WORKERS)``, what
``diplograph ingest --workers 2`` runs. Each side pays its start-up once (loading spaCy; for
Dask also starting the cluster and loading spaCy in every worker), reported apart; then it is
warmed up and run twice alternating into a fresh SQLite file, and the best run counts. CPU
seconds per document (this process, plus the workers for Dask) show the cost of distribution
apart from how many cores were free.

With WORKERS processes on a machine of as many cores the ratio cannot reach WORKERS: the ingest
process reads and stores meanwhile, and anything else running takes its share, so the load
average is printed too. Run: ``.venv/bin/python bench/bench_dask.py [WORDS [WORKERS]]``.
Always exits 0: it measures, not tests. Needs the extra ``dask``.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_ingest import base_texts, replicate, timed, write_files

from diplograph.dask_pipeline import dask_pipeline
from diplograph.pipeline import Pipeline, ingest
from diplograph.store import Store

TARGET_WORDS = 50_000
WORKERS = 2
WARM_UP = 64  # documents: enough partitions that every worker builds its pipeline


def ingest_into(pipeline: Any, paths: list[Path], db: Path) -> None:
    db.unlink(missing_ok=True)
    with Store.open(f"sqlite:///{db}") as store:
        report = ingest(paths, store, pipeline=pipeline)
    if report.failed or len(report.added) != len(paths):
        raise RuntimeError(f"ingest lost documents: {report.failed[:3]}")


def cpu_seconds(pipeline: Any) -> float:
    """CPU used so far by this process and, for a Dask pipeline, by its workers."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    workers = getattr(pipeline, "client", None)
    spent = sum(workers.run(cpu_seconds, None).values()) if workers is not None else 0.0
    return usage.ru_utime + usage.ru_stime + spent


def measured(pipeline: Any, paths: list[Path], db: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ingest of ``paths``."""
    cpu = cpu_seconds(pipeline)
    wall = timed(lambda: ingest_into(pipeline, paths, db))
    return wall, cpu_seconds(pipeline) - cpu


def main(words: int = TARGET_WORDS, workers: int = WORKERS) -> None:
    texts = replicate(base_texts(), words)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths = write_files(texts, folder / "docs")
        db = folder / "bench.db"
        start = time.perf_counter()
        local = Pipeline()
        local_start = time.perf_counter() - start
        start = time.perf_counter()
        with dask_pipeline(workers=workers) as on_dask:
            ingest_into(on_dask, paths[:WARM_UP], db)
            dask_start = time.perf_counter() - start
            ingest_into(local, paths[:WARM_UP], db)
            local_runs, dask_runs = [], []
            for _ in range(2):
                local_runs.append(measured(local, paths, db))
                dask_runs.append(measured(on_dask, paths, db))
    (local_best, local_cpu), (dask_best, dask_cpu) = min(local_runs), min(dask_runs)
    local_rate, dask_rate = len(paths) / local_best, len(paths) / dask_best
    print(f"{len(paths)} documents, {sum(len(text.split()) for text in texts):,} words")
    print(
        f"local {local_rate:,.1f} docs/s | --workers {workers} {dask_rate:,.1f} docs/s | "
        f"ratio {dask_rate / local_rate:.2f}"
    )
    print(
        f"CPU per document: local {1000 * local_cpu / len(paths):.0f} ms, --workers {workers} "
        f"{1000 * dask_cpu / len(paths):.0f} ms (workers and this process)"
    )
    print(
        f"start-up, paid once a run: local {local_start:.1f} s (spaCy), "
        f"--workers {workers} {dask_start:.1f} s (cluster, spaCy in each worker, {WARM_UP} docs)"
    )
    print(
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, {os.cpu_count()} cores"
    )


if __name__ == "__main__":  # the guard matters: worker processes re-import this file
    arguments = [int(argument) for argument in sys.argv[1:3]]
    main(*arguments)
