"""Writing export records as JSON Lines, CSV, Parquet or GraphML.

- ``jsonl``: the DESIGN.md export record, one per line, as is.
- ``csv``: one flat row per event (``source_id``, ``source_name``..., contexts joined by
  ``;``, ``evidence_count`` and the first evidence's sentence and offsets).
- ``parquet``: the record as is, nested: ``source``/``target``/``location``/``document`` are
  structs, ``contexts`` a list of strings and ``evidence`` a list of structs, so nothing is
  lost and ``pyarrow.parquet.read_table(f).to_pylist()`` gives the records back.
- ``graphml``: a directed multigraph: actors are nodes (``name``, ``kind``), each event with
  a target is one edge (``id``, ``type``, ``date``, ``score``, ``quad``, ``modality``,
  ``confidence``...); events without a target have no edge.

``out`` is a path, an open text stream, or ``"-"`` for standard output.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO

from diplograph.errors import UsageError
from diplograph.export.record import ACTOR_KEYS, DOCUMENT_KEYS, LOCATION_KEYS

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "graphml")
Output = str | Path | TextIO


def write_export(records: Iterable[dict[str, Any]], fmt: str, out: Output) -> int:
    """Write ``records`` to ``out`` in format ``fmt``; returns how many were written
    (for graphml: how many events became edges).

    Raises UsageError for an unknown format (naming the valid ones).
    """
    writers: dict[str, Callable[[Iterable[dict[str, Any]], Output], int]] = {
        "jsonl": _write_jsonl,
        "csv": _write_csv,
        "parquet": _write_parquet,
        "graphml": _write_graphml,
    }
    if fmt not in writers:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return writers[fmt](records, out)


@contextmanager
def _text_stream(out: Output) -> Iterator[TextIO]:
    if out == "-":
        yield sys.stdout
    elif isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            yield stream
    else:
        yield out


@contextmanager
def _binary_stream(out: Output) -> Iterator[IO[bytes]]:
    if out == "-":
        yield sys.stdout.buffer
    elif isinstance(out, (str, Path)):
        with open(out, "wb") as stream:
            yield stream
    elif hasattr(out, "buffer"):
        yield out.buffer
    else:
        raise UsageError("parquet is binary: give a file path or '-', not a text stream")


def _write_jsonl(records: Iterable[dict[str, Any]], out: Output) -> int:
    count = 0
    with _text_stream(out) as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


# -- csv ----------------------------------------------------------------------------------

CSV_COLUMNS: tuple[str, ...] = (
    "id", "type", "mode", "contexts", "modality", "quad", "score",
    *(f"source_{key}" for key in ACTOR_KEYS), *(f"target_{key}" for key in ACTOR_KEYS),
    "date", "date_precision", "date_end",
    *(f"location_{key}" for key in LOCATION_KEYS),
    "event_name", "old_name", "new_name", "confidence", "extractor", "status",
    *(f"document_{key}" for key in DOCUMENT_KEYS),
    "evidence_count", "evidence_sentence", "evidence_start", "evidence_end",
)  # fmt: skip


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One export record as a flat CSV row (``CSV_COLUMNS``)."""
    row = {key: value for key, value in record.items() if not isinstance(value, (dict, list))}
    row["contexts"] = ";".join(record["contexts"])
    for name in ("source", "target", "location", "document"):
        for key, value in (record.get(name) or {}).items():
            row[f"{name}_{key}"] = value
    pieces = record["evidence"]
    row["evidence_count"] = len(pieces)
    first = pieces[0] if pieces else {}
    for key in ("sentence", "start", "end"):
        row[f"evidence_{key}"] = first.get(key)
    return row


def _write_csv(records: Iterable[dict[str, Any]], out: Output) -> int:
    count = 0
    with _text_stream(out) as stream:
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow(flat_row(record))
            count += 1
    return count


# -- parquet ------------------------------------------------------------------------------

PARQUET_BATCH = 5000


def parquet_schema() -> Any:
    """The Arrow schema of an export record, nested as in DESIGN.md."""
    import pyarrow as pa

    text = pa.string()
    actor = pa.struct([(key, text) for key in ACTOR_KEYS])
    location = pa.struct(
        [("name", text), ("country", text), ("lat", pa.float64()), ("lon", pa.float64())]
    )
    document = pa.struct([(key, text) for key in DOCUMENT_KEYS])
    piece = pa.struct(
        [("document_id", text), ("sentence", text), ("start", pa.int64()), ("end", pa.int64())]
    )
    return pa.schema(
        [
            *[("id", text), ("type", text), ("mode", text)],
            *[("contexts", pa.list_(text)), ("modality", text)],
            *[("quad", pa.int64()), ("score", pa.float64())],
            *[("source", actor), ("target", actor)],
            *[("date", text), ("date_precision", text), ("date_end", text)],
            ("location", location),
            *[("event_name", text), ("old_name", text), ("new_name", text)],
            *[("confidence", pa.float64()), ("extractor", text), ("status", text)],
            *[("document", document), ("evidence", pa.list_(piece))],
        ]
    )


def _write_parquet(records: Iterable[dict[str, Any]], out: Output) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with _binary_stream(out) as stream, pq.ParquetWriter(stream, schema) as writer:
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) == PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        # Always one write, so an empty export is still a readable file with the schema.
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        count += len(batch)
    return count


# -- graphml ------------------------------------------------------------------------------

EDGE_KEYS: tuple[str, ...] = (
    "type", "mode", "date", "date_end", "score", "quad", "modality", "confidence", "status",
    "event_name", "extractor",
)  # fmt: skip


def event_graph(records: Iterable[dict[str, Any]]) -> Any:
    """A ``networkx.MultiDiGraph``: actor nodes, one edge (keyed by event id) per event."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    for record in records:
        source, target = record["source"], record["target"]
        if source is None or target is None:
            continue
        for actor in (source, target):
            graph.add_node(actor["id"], **_present({"name": actor["name"], "kind": actor["kind"]}))
        attributes = {key: record[key] for key in EDGE_KEYS}
        attributes["contexts"] = ";".join(record["contexts"])
        graph.add_edge(source["id"], target["id"], key=record["id"], **_present(attributes))
    return graph


def _present(attributes: dict[str, Any]) -> dict[str, Any]:
    """GraphML has no null: an attribute that is None is left out."""
    return {key: value for key, value in attributes.items() if value is not None}


def _write_graphml(records: Iterable[dict[str, Any]], out: Output) -> int:
    import networkx as nx

    graph = event_graph(records)
    if isinstance(out, (str, Path)) and out != "-":
        nx.write_graphml(graph, out)
    else:
        with _text_stream(out) as stream:
            for line in nx.generate_graphml(graph):
                stream.write(line + "\n")
    return graph.number_of_edges()
