"""The export record (DESIGN.md, field for field) and its four writers."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pyarrow.parquet as pq
import pytest

from diplograph.errors import UsageError
from diplograph.export import RECORD_KEYS, write_export
from diplograph.export.writers import CSV_COLUMNS
from diplograph.store import Store


@pytest.fixture
def records(store: Store, document, events) -> list[dict]:
    store.add_document(document, events)
    return store.events()


def test_record_has_the_design_keys_in_order(records) -> None:
    assert RECORD_KEYS == (
        "id", "type", "mode", "contexts", "modality", "quad", "score", "source", "target",
        "date", "date_precision", "date_end", "location", "event_name", "old_name",
        "new_name", "confidence", "extractor", "status", "document", "evidence",
    )  # fmt: skip
    for record in records:
        assert tuple(record) == RECORD_KEYS
        assert list(record["source"]) == ["id", "name", "kind", "text", "sector", "person"]
        assert list(record["document"]) == ["id", "source", "title", "date"]


def test_record_values(records, document, events) -> None:
    aid, meeting = records
    sentence = "Norway sent emergency aid to Chile in March 2010."
    start = document.text.index(sentence)
    assert aid == {
        "id": events[0].id,
        "type": "AID",
        "mode": None,
        "contexts": ["humanitarian", "disaster"],
        "modality": "asserted",
        "quad": 2,
        "score": 7.0,
        "source": {
            "id": "NOR",
            "name": "Norway",
            "kind": "state",
            "text": "Norway",
            "sector": "GOV",
            "person": None,
        },
        "target": {
            "id": "CHL",
            "name": "Chile",
            "kind": "state",
            "text": "Chile",
            "sector": None,
            "person": None,
        },
        "date": "2010-03",
        "date_precision": "month",
        "date_end": None,
        "location": None,
        "event_name": None,
        "old_name": None,
        "new_name": None,
        "confidence": 0.8,
        "extractor": "test.v1",
        "status": "extracted",
        "document": {
            "id": document.id,
            "source": "norway_chile.txt",
            "title": "Norway and Chile",
            "date": "2011-06",
        },
        "evidence": [
            {
                "document_id": document.id,
                "sentence": sentence,
                "start": start,
                "end": start + len(sentence),
            }
        ],
    }
    assert meeting["location"] == {
        "name": "Santiago",
        "country": "CHL",
        "lat": -33.45,
        "lon": -70.67,
    }
    assert meeting["date_precision"] == "year"


def test_jsonl_round_trips(records, tmp_path) -> None:
    path = tmp_path / "events.jsonl"
    assert write_export(records, "jsonl", path) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == records


def test_jsonl_keeps_non_ascii_text(records) -> None:
    records[0]["source"]["text"] = "Норвегия"
    stream = io.StringIO()
    write_export(records[:1], "jsonl", stream)
    assert "Норвегия" in stream.getvalue()


def test_dash_writes_to_stdout(records, capsys) -> None:
    write_export(records, "jsonl", "-")
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_csv_is_flat_with_a_header(records, tmp_path) -> None:
    path = tmp_path / "events.csv"
    assert write_export(records, "csv", path) == 2
    with open(path, encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    assert rows[0]["source_id"] == "NOR"
    assert rows[0]["contexts"] == "humanitarian;disaster"
    assert rows[0]["evidence_count"] == "1"
    assert rows[0]["evidence_sentence"] == records[0]["evidence"][0]["sentence"]
    assert rows[1]["location_name"] == "Santiago"


def test_parquet_reads_back_as_the_records(records, tmp_path) -> None:
    path = tmp_path / "events.parquet"
    assert write_export(records, "parquet", path) == 2
    assert pq.read_table(path).to_pylist() == records


def test_empty_parquet_still_has_the_schema(tmp_path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_export([], "parquet", path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0
    assert table.column_names == list(RECORD_KEYS)


def test_graphml_reads_back_with_networkx(records, tmp_path) -> None:
    path = tmp_path / "events.graphml"
    assert write_export(records, "graphml", path) == 2
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.nodes["NOR"] == {"name": "Norway", "kind": "state"}
    edges = {key: data for _, _, key, data in graph.edges(keys=True, data=True)}
    aid = edges[records[0]["id"]]
    assert (aid["type"], aid["date"], aid["score"], aid["quad"]) == ("AID", "2010-03", 7.0, 2)
    assert list(graph.successors("CHL")) == ["NOR"]


def test_graphml_to_a_text_stream(records) -> None:
    stream = io.StringIO()
    write_export(records, "graphml", stream)
    graph = nx.parse_graphml(stream.getvalue(), force_multigraph=True)
    assert graph.number_of_edges() == 2


def test_unknown_format_lists_the_valid_ones(records) -> None:
    with pytest.raises(UsageError, match="jsonl, csv, parquet, graphml"):
        write_export(records, "xlsx", "-")
