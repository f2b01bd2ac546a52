"""The ``diplograph`` command through click's CliRunner (one real run of the console script)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from diplograph.cli import cli

GOOD = (
    "Kazakhstan hosted a summit of Central Asian leaders in Astana in August 2021. "
    "Finland joined NATO in 2023. "
    "President Tokayev visited Beijing in September 2022."
)
RECORD_KEYS = [
    "id", "type", "mode", "contexts", "modality", "quad", "score", "source", "target",
    "date", "date_precision", "date_end", "location", "event_name", "old_name", "new_name",
    "confidence", "extractor", "status", "document", "evidence",
]  # fmt: skip
ACTOR_KEYS = ["id", "name", "kind", "text", "sector", "person"]
LOCATION_KEYS = ["name", "country", "lat", "lon"]
DOCUMENT_KEYS = ["id", "source", "title", "date"]
EVIDENCE_KEYS = ["document_id", "sentence", "start", "end"]
BAD_FILES = {
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "empty.txt": b"",
    "garbled.txt": bytes(range(0x80, 0x100)) * 2,
}


def run(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


def jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("texts")
    (path / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, content in BAD_FILES.items():
        (path / name).write_bytes(content)
    return path


@pytest.fixture(scope="module")
def ingested(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, pipeline: Any
) -> tuple[str, Result]:
    """A database holding the good file, and the result of the ingest run that made it."""
    db = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"
    return db, run("ingest", str(folder), "--db", db)


def test_ingest_reports_each_bad_file_and_stores_the_good_one(
    ingested: tuple[str, Result],
) -> None:
    db, result = ingested
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == len(BAD_FILES)
    for name in BAD_FILES:
        (line,) = [line for line in errors if name in line]
        assert line.startswith("Error: ") and line.count(":") >= 2
    stored = jsonl(run("export", "--format", "jsonl", "-", "--db", db).stdout)
    assert {record["document"]["source"].rsplit("/", 1)[-1] for record in stored} == {"good.txt"}


def test_ingest_again_adds_nothing(ingested: tuple[str, Result], folder: Path) -> None:
    db, _ = ingested
    before = run("export", "--format", "jsonl", "-", "--db", db).stdout
    again = run("ingest", str(folder / "good.txt"), "--db", db)
    assert again.exit_code == 0, again.stderr
    assert run("export", "--format", "jsonl", "-", "--db", db).stdout == before


def test_export_jsonl_follows_the_design_record(ingested: tuple[str, Result]) -> None:
    db, _ = ingested
    records = jsonl(run("export", "--format", "jsonl", "-", "--db", db).stdout)
    assert records
    for record in records:
        assert list(record) == RECORD_KEYS
        assert list(record["source"]) == ACTOR_KEYS
        if record["target"] is not None:
            assert list(record["target"]) == ACTOR_KEYS
        if record["location"] is not None:
            assert list(record["location"]) == LOCATION_KEYS
        assert list(record["document"]) == DOCUMENT_KEYS
        for piece in record["evidence"]:
            assert list(piece) == EVIDENCE_KEYS
            assert piece["document_id"] == record["document"]["id"]
            assert GOOD[piece["start"] : piece["end"]] == piece["sentence"]


def test_events_filters_by_actor_and_type(ingested: tuple[str, Result]) -> None:
    db, _ = ingested
    result = run("events", "--actor", "KAZ", "--type", "HOSTS", "--format", "jsonl", "--db", db)
    assert result.exit_code == 0
    (hosts,) = jsonl(result.stdout)
    assert (hosts["type"], hosts["source"]["id"], hosts["date"]) == ("HOSTS", "KAZ", "2021-08")
    assert hosts["location"]["name"] == "Astana"
    table = run("events", "--actor", "FIN", "--db", db)
    assert table.exit_code == 0 and "MEMBER_OF" in table.stdout and "NATO" in table.stdout


def test_vectors_report_for_kazakhstan(ingested: tuple[str, Result]) -> None:
    db, _ = ingested
    result = run("vectors", "KAZ", "--format", "json", "--db", db)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["focal"] == "KAZ" and "China" in report["vectors"]
    (year,) = [row for row in report["years"] if row["year"] == "2022"]
    assert year["events"]["China"] == 1
    assert run("vectors", "KAZ", "--db", db).exit_code == 0


def test_vectors_of_an_unknown_country_is_an_error(ingested: tuple[str, Result]) -> None:
    result = run("vectors", "XXX", "--db", ingested[0])
    assert result.exit_code != 0
    assert result.stderr.startswith("Error: ")


def test_resolve_a_former_capital_name() -> None:
    result = run("resolve", "Akmola", "--on", "1995", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "KAZ"


def test_resolve_an_unknown_name_is_an_error() -> None:
    result = run("resolve", "Qwxzzy Republic")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")


def test_actors_lists_the_oic() -> None:
    result = run("actors", "OIC")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split()[0] == "OIC"


def test_a_bad_date_is_a_usage_error(ingested: tuple[str, Result]) -> None:
    result = run("events", "--since", "last spring", "--db", ingested[0])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: --since")


def test_demo_prints_a_summary(tmp_path: Path, pipeline: Any) -> None:
    result = run("demo", "--no-serve", "--db", f"sqlite:///{tmp_path / 'demo.db'}")
    assert result.exit_code == 0, result.stderr
    assert "KAZ" in result.stdout or "Kazakhstan" in result.stdout
    assert "HOSTS" in result.stdout
    assert (tmp_path / "demo.db").exists()


def test_eval_scores_a_tiny_gold_set(tmp_path: Path, pipeline: Any) -> None:
    corpus = tmp_path / "docs"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Finland joined NATO in 2023. Norway sent aid to Nepal in 2015.", encoding="utf-8"
    )
    rows = [
        {"doc": "a.txt", "sentence": "Finland joined NATO in 2023.", "source": "FIN",
         "target": "NATO", "type": "MEMBER_OF", "context": ["diplomatic"], "date": "2023", "location": None},
        {"doc": "a.txt", "sentence": "Norway sent aid to Nepal in 2015.", "source": "NOR",
         "target": "NPL", "type": "AID", "context": ["economic"], "date": "2015", "location": None},
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    result = run("eval", str(gold), "--corpus", str(corpus), "--format", "json")
    assert result.exit_code == 0, result.stderr
    overall = json.loads(result.stdout)["overall"]
    assert (overall["tp"], overall["fn"], overall["recall"]) == (2, 0, 1.0)
    table = run("eval", str(gold), "--corpus", str(corpus))
    assert table.exit_code == 0 and "MEMBER_OF" in table.stdout


def test_the_console_script_runs() -> None:
    script = Path(sys.executable).with_name("diplograph")
    completed = subprocess.run(
        [str(script), "resolve", "Nur-Sultan", "--on", "2020", "--format", "json"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["id"] == "KAZ"


def test_eval_resolution_reports_accuracy(tmp_path: Path) -> None:
    rows = tmp_path / "mentions.jsonl"
    rows.write_text(
        '{"mention": "Akmola", "on": "1995", "expected": "KAZ", "kind": "capital"}\n'
        '{"mention": "Kremlin", "on": null, "expected": "FRA", "kind": "seat"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["eval-resolution", str(rows)])
    assert result.exit_code == 0, result.output
    assert "1/2 mentions resolved correctly (50.0%)" in result.output
    assert "'Kremlin'" in result.output and "got RUS" in result.output
