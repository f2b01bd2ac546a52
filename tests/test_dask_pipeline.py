"""Ingest on Dask (``diplograph.dask_pipeline``, ``ingest --dask/--workers``): the store ends up
as a local ingest leaves it, and a cluster that is missing or fails is a one-line error."""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner, Result

from diplograph.cli import cli, render
from diplograph.dask_pipeline import DaskPipeline, _worker_pipeline
from diplograph.errors import ClusterError
from diplograph.pipeline import IngestReport, PipelineSettings, ingest
from diplograph.records import Document, PartialDate
from diplograph.store import Store

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
# Facts stated in more than one document, so the store merges events across documents too.
TEXTS = [
    "Finland joined NATO in 2023. Norway sent aid to Nepal in 2015.",
    "Canada sanctioned Myanmar last year. Finland joined NATO in 2023.",
    "Kazakhstan hosted a summit of Central Asian leaders in Astana in August 2021.",
    "President Tokayev visited Beijing in September 2022. Moscow warned Kyiv.",
    "Norway sent aid to Nepal in 2015. Chile and Peru signed a trade deal.",
]
DATE = "2022-03"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ingest fixtures (good files and bad batch rows) and texts that repeat facts."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in FIXTURES.iterdir():
        shutil.copy(path, folder / path.name)
    for number, text in enumerate(TEXTS):
        (folder / f"text{number}.txt").write_text(text, encoding="utf-8")
    (folder / "copy.txt").write_text(TEXTS[0], encoding="utf-8")
    return folder


def stored(store: Store) -> tuple[list[dict[str, Any]], dict[str, int]]:
    return list(store.export_records(include_rejected=True)), store.counts()


@pytest.fixture(scope="module")
def local(corpus: Path, pipeline: Any) -> tuple[IngestReport, list[dict[str, Any]], dict[str, int]]:
    """What a local ingest of the corpus reports and stores."""
    with Store.open("sqlite://") as store:
        report = ingest([corpus], store, pipeline=pipeline, default_date=PartialDate.parse(DATE))
        return (report, *stored(store))


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_bag_on_the_synchronous_scheduler_stores_what_local_ingest_stores(
    corpus: Path, local: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[PipelineSettings] = []
    build = PipelineSettings.build

    def counted_build(settings: PipelineSettings) -> Any:
        built.append(settings)
        return build(settings)

    monkeypatch.setattr(PipelineSettings, "build", counted_build)
    _worker_pipeline.cache_clear()
    on_dask = DaskPipeline(partition_size=2)
    with Store.open("sqlite://") as store:
        report = ingest([corpus], store, pipeline=on_dask, default_date=PartialDate(2022, 3))
        records, counts = stored(store)
        again = ingest([corpus], store, pipeline=on_dask)
    local_report, local_records, local_counts = local
    assert (records, counts) == (local_records, local_counts)
    assert records and counts["documents"] == len(TEXTS) + 5  # + html, md, pdf, 2 batch rows
    assert any(len(record["evidence"]) > 1 for record in records)  # merged across documents
    assert (report.added, report.skipped, report.events, report.merged) == (
        local_report.added, local_report.skipped, local_report.events, local_report.merged,
    )  # fmt: skip
    assert [str(f) for f in report.failed] == [str(f) for f in local_report.failed]
    assert built == [PipelineSettings()]  # one pipeline for all partitions of the process
    assert again.added == [] and len(again.skipped) == len(report.added) + len(report.skipped)


@pytest.mark.slow
# On a busy machine distributed's own teardown can leave a socket for the garbage collector; that
# is the cluster library's housekeeping, not a result of the ingest under test.
@pytest.mark.filterwarnings("ignore:unclosed:ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_ingest_on_a_local_cluster_stores_what_local_ingest_stores(
    corpus: Path, local: Any, tmp_path: Path
) -> None:
    """The one test that starts worker processes: about 11 s on a quiet 2-core machine (each
    worker loads spaCy), twice that when the machine is busy."""
    db = f"sqlite:///{tmp_path / 'cluster.db'}"
    result = run("ingest", str(corpus), "--workers", "2", "--date", DATE, "--db", db)
    local_report, local_records, local_counts = local
    assert result.exit_code == 1  # the fixture batch's bad rows, as in the local run
    assert result.stdout.strip() == render.ingest_summary(local_report)
    assert len(result.stderr.splitlines()) == len(local_report.failed)
    with Store.open(db) as store:
        assert stored(store) == (local_records, local_counts)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_scheduler_is_one_line_naming_it_and_leaves_the_store_alone(
    corpus: Path, tmp_path: Path
) -> None:
    address = f"tcp://127.0.0.1:{closed_port()}"
    database = tmp_path / "untouched.db"
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = run("ingest", str(corpus), "--dask", address, "--db", f"sqlite:///{database}")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {address}: no Dask scheduler answers there")
    assert len(result.stderr.splitlines()) == 1
    assert not database.exists()


def test_without_the_extra_the_cluster_flags_name_the_install(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    database = tmp_path / "untouched.db"
    result = run("ingest", str(corpus), "--workers", "2", "--db", f"sqlite:///{database}")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: dask (distributed missing): ")
    assert 'pip install "diplograph[dask]"' in result.stderr
    assert len(result.stderr.splitlines()) == 1 and not database.exists()


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--dask", "tcp://127.0.0.1:8786", "--workers", "2"], "Error: --dask, --workers: "),
        (["--workers", "0"], "'--workers': 0 is not in the range"),
    ],
)
def test_cluster_flags_that_cannot_work_are_usage_errors(
    corpus: Path, flags: list[str], message: str
) -> None:
    result = run("ingest", str(corpus), *flags, "--db", "sqlite://")
    assert result.exit_code == 2 and message in result.stderr


class LostFuture:
    def result(self) -> Any:
        worker = SimpleNamespace(address="tcp://10.0.0.2:4000")
        raise distributed.KilledWorker("process_partition-0", worker, 3)

    def release(self) -> None:
        pass


class FailingClient:
    """A client whose cluster loses the first partition, as when its workers keep dying."""

    scheduler = SimpleNamespace(address="tcp://10.0.0.1:8786")

    submitted: list[LostFuture]
    cancelled: list[LostFuture]

    def nthreads(self) -> dict[str, int]:
        return {"tcp://10.0.0.2:4000": 1}

    def compute(self, partitions: list[Any]) -> list[LostFuture]:
        self.submitted = [LostFuture() for _ in partitions]
        return self.submitted

    def cancel(self, futures: list[Any]) -> None:
        self.cancelled = futures


def test_a_cluster_failing_mid_run_is_a_cluster_error_naming_the_scheduler() -> None:
    client = FailingClient()
    documents = [Document(text=text, source=f"{i}.txt") for i, text in enumerate(TEXTS)]
    with pytest.raises(ClusterError) as raised:
        list(DaskPipeline(client).process_many(documents))  # type: ignore[arg-type]
    assert raised.value.where == "tcp://10.0.0.1:8786"
    message = str(raised.value)
    assert "KilledWorker" in message and "run the same ingest again" in message
    assert "\n" not in message
    assert len(client.submitted) > 1 and client.cancelled == client.submitted  # none left running
