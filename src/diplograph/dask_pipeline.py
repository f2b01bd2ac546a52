"""The pipeline's stages as a Dask bag over documents, for corpora beyond one machine.

``DaskPipeline`` has ``Pipeline.process_many``, so ``ingest(paths, store, pipeline=...)``
reads files, skips known documents and stores in bulk exactly as it does locally; only
nlp -> resolve -> extract runs on the workers. Documents travel to the workers in partitions;
each worker process builds its ``Pipeline`` once from ``PipelineSettings`` (loading spaCy is
the expensive part) and sends back plain records (``ProcessedDocument``), which come out in the
documents' order, so the store ends up as a local ingest leaves it.

Dask is the extra ``dask`` and is imported only when a cluster is asked for::

    with dask_pipeline(workers=2) as pipeline, Store.open(url) as store:
        report = ingest(paths, store, pipeline=pipeline)
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from functools import lru_cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from diplograph.errors import ClusterError, ConfigError, UsageError
from diplograph.pipeline import BATCH_SIZE, Pipeline, PipelineSettings, ProcessedDocument
from diplograph.records import Document

if TYPE_CHECKING:
    from distributed import Client

INSTALL_HINT = 'Dask is not installed; run `pip install "diplograph[dask]"`'
# Several partitions a worker thread, so one slow partition does not leave the others idle.
PARTITIONS_PER_THREAD = 4
# Dask's nannies start workers with MALLOC_TRIM_THRESHOLD_=65536 to hand freed memory back
# sooner (https://distributed.dask.org/en/stable/worker-memory.html#automatically-trim-memory).
# Setting it also turns off glibc's adaptive mmap threshold, and spaCy's many short-lived
# arrays then cost a worker about a quarter more CPU than the same parse in a plain process
# (measured on bench_dask's corpus: 21 s against 17 s), so local clusters leave it unset.
WORKER_ENVIRONMENT = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}


class DaskPipeline:
    """Runs the pipeline's stages over documents on a Dask cluster; use it where a ``Pipeline``
    goes (``ingest(..., pipeline=...)``).

    ``client`` is a ``distributed.Client``; ``None`` runs the bag on dask's synchronous
    scheduler in this process (for tests and debugging). ``settings`` say how each worker builds
    its pipeline. A partition (one task) holds at most ``partition_size`` documents.
    """

    def __init__(
        self,
        client: Client | None = None,
        settings: PipelineSettings | None = None,
        *,
        partition_size: int = BATCH_SIZE,
    ) -> None:
        self.client = client
        self.settings = settings or PipelineSettings()
        self.partition_size = partition_size

    def process_many(self, documents: Iterable[Document]) -> Iterator[ProcessedDocument]:
        """Mentions and events of each document, computed on the cluster, in input order.

        Raises ``ClusterError`` when the scheduler or a worker is lost; an error raised by the
        stages themselves (say, no spaCy model on a worker) comes back as it was raised.
        """
        partitions = self._partitions(list(documents))
        if self.client is None:
            for partition in partitions:
                yield from partition.compute(scheduler="sync")
            return
        yield from self._gather_in_order(self.client, partitions)

    def _partitions(self, documents: list[Document]) -> list[Any]:
        """The bag of ``documents`` mapped through the stages, as one delayed value a partition."""
        if not documents:
            return []
        import dask.bag

        threads = sum(self.client.nthreads().values()) if self.client is not None else 1
        count = max(
            math.ceil(len(documents) / self.partition_size), PARTITIONS_PER_THREAD * threads
        )
        bag = dask.bag.from_sequence(documents, npartitions=min(count, len(documents)))
        return list(bag.map_partitions(process_partition, self.settings).to_delayed())

    def _gather_in_order(
        self, client: Client, partitions: list[Any]
    ) -> Iterator[ProcessedDocument]:
        # Everything is submitted at once and collected in order: the workers keep computing
        # while this process stores what has come back.
        from distributed import CancelledError, KilledWorker
        from distributed.comm import CommClosedError

        futures = client.compute(partitions)
        try:
            for future in futures:
                yield from future.result()
                future.release()
        except (CancelledError, KilledWorker, CommClosedError) as error:
            detail = " ".join(str(error).split())  # one line, as every error diplograph prints
            raise ClusterError(
                f"the Dask cluster failed while processing ({type(error).__name__}: {detail}); "
                "the documents stored so far are kept, run the same ingest again for the rest",
                where=_address(client),
            ) from None
        finally:
            client.cancel(futures)


def process_partition(
    documents: Iterable[Document], settings: PipelineSettings
) -> list[ProcessedDocument]:
    """The stages over one partition of documents: the task a worker runs for each partition."""
    pipeline, lock = _worker_pipeline(settings)
    with lock:
        return list(pipeline.process_many(documents))


@lru_cache(maxsize=4)
def _worker_pipeline(settings: PipelineSettings) -> tuple[Pipeline, threading.Lock]:
    # One pipeline per worker process (and settings): spaCy takes seconds to load and a partition
    # far less to parse. The lock, because a worker may run several task threads and a spaCy
    # pipeline is not made to be used by two threads at once.
    return settings.build(), threading.Lock()


@contextmanager
def dask_pipeline(
    settings: PipelineSettings | None = None,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
) -> Iterator[DaskPipeline]:
    """A ``DaskPipeline`` on the scheduler at ``scheduler`` (``tcp://host:8786``, whose workers
    need diplograph installed) or on a local cluster of ``workers`` processes with one thread
    each; the connection is closed and a local cluster shut down on exit.

    Raises ``UsageError`` unless exactly one of ``scheduler`` and ``workers`` is given,
    ``ConfigError`` when Dask is not installed, and ``ClusterError`` naming the address when the
    scheduler does not answer (within dask's ``distributed.comm.timeouts.connect``) or when the
    local cluster does not start.
    """
    if (scheduler is None) == (workers is None):
        raise UsageError(
            "give exactly one of scheduler (an address) and workers (a count)", where="dask"
        )
    if workers is not None and workers < 1:
        raise UsageError(f"a local cluster needs at least one worker, not {workers}", where="dask")
    distributed = _import_distributed()
    with ExitStack() as stack:
        if scheduler is not None:
            client = stack.enter_context(_connect(distributed, scheduler))
        else:
            cluster = stack.enter_context(_local_cluster(distributed, workers or 1))
            client = stack.enter_context(distributed.Client(cluster, set_as_default=False))
        yield DaskPipeline(client, _as_workers_build_it(settings or PipelineSettings()))


def _import_distributed() -> ModuleType:
    try:
        import dask.bag  # noqa: F401  (checked here: the bag needs the extra's dependencies)
        import distributed
    except ImportError as error:
        raise ConfigError(INSTALL_HINT, where=f"dask ({error.name} missing)") from None
    return distributed


def _connect(distributed: ModuleType, address: str) -> Client:
    try:
        # Checked first: a Client given a malformed address fails half-built and complains
        # again when it is garbage-collected.
        distributed.comm.resolve_address(address)
        client: Client = distributed.Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(
            f"no Dask scheduler answers there ({error}); start one with `dask scheduler` "
            "or check the address",
            where=address,
        ) from None
    return client


def _local_cluster(distributed: ModuleType, workers: int) -> Any:
    import dask

    try:
        # No dashboard: it would take port 8787 (or warn when that is busy) for a run nobody
        # watches; start `dask scheduler` yourself to have one.
        with dask.config.set(WORKER_ENVIRONMENT):
            cluster = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
    except (OSError, RuntimeError, TimeoutError) as error:
        raise ClusterError(
            f"cannot start {workers} worker processes ({error})", where="local Dask cluster"
        ) from None
    return cluster


def _as_workers_build_it(settings: PipelineSettings) -> PipelineSettings:
    """``settings`` with the model this process would load by name, so a worker whose
    environment lacks ``DIPLOGRAPH_MODEL`` loads the same one."""
    if settings.model is None and os.environ.get("DIPLOGRAPH_MODEL"):
        return replace(settings, model=os.environ["DIPLOGRAPH_MODEL"])
    return settings


def _address(client: Client) -> str:
    return str(getattr(client.scheduler, "address", None) or "Dask scheduler")
