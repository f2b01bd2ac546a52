"""An evaluation corpus on disk: plain-text documents plus an optional SOURCES.tsv.

Layout (as in ``shared/dev_corpus`` and ``eval/gold/<split>``): ``DIR/docs/*.txt`` or
``DIR/*.txt``; a ``SOURCES.tsv`` beside the texts or one folder above them gives each file's
title, document date and source address (columns ``file``, ``title``, ``source_address``,
``licence``, ``genre``, ``date``).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from diplograph.errors import InputError
from diplograph.evaluate.gold import GoldItem
from diplograph.ingest.normalise import normalise_text
from diplograph.records import Document, PartialDate

SOURCES_FILE = "SOURCES.tsv"


def load_corpus(directory: str | Path) -> list[Document]:
    """Read every ``.txt`` of an evaluation corpus into ``Document`` records, sorted by name.

    ``Document.source`` is the file name (what gold rows call ``doc``); title and date come
    from SOURCES.tsv when there is one, and its other columns go into ``metadata``. The text
    goes through ingest's ``normalise_text``, as ``diplograph ingest`` does, so document ids
    and evidence offsets agree with the store; gold sentences (single lines) survive it. Raises
    ``InputError`` when the folder holds no texts or a file or SOURCES.tsv cannot be read.
    """
    directory = Path(directory)
    text_dir = directory / "docs" if (directory / "docs").is_dir() else directory
    paths = sorted(text_dir.glob("*.txt"))
    if not paths:
        raise InputError(
            "no .txt documents found (expected DIR/docs/*.txt or DIR/*.txt)", where=str(directory)
        )
    sources = read_sources(_find_sources(text_dir))
    return [_read_document(path, sources.get(path.name, {})) for path in paths]


def read_sources(path: Path | None) -> dict[str, dict[str, str]]:
    """SOURCES.tsv rows keyed by file name; ``{}`` when ``path`` is None.

    Raises ``InputError`` when the file cannot be read or has no ``file`` column.
    """
    if path is None:
        return {}
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the sources table ({exc})", where=str(path)) from exc
    if rows and "file" not in rows[0]:
        raise InputError("the sources table needs a 'file' column", where=str(path))
    return {row["file"]: row for row in rows}


def missing_sentences(items: Sequence[GoldItem], documents: Sequence[Document]) -> list[GoldItem]:
    """Gold items whose document is absent or whose (normalised) sentence is not in its text."""
    texts = {document.source: document.text for document in documents}
    return [item for item in items if normalise_text(item.sentence) not in texts.get(item.doc, "")]


def _find_sources(text_dir: Path) -> Path | None:
    for folder in (text_dir, text_dir.parent):
        if (folder / SOURCES_FILE).is_file():
            return folder / SOURCES_FILE
    return None


def _read_document(path: Path, source_row: dict[str, str]) -> Document:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the document as UTF-8 ({exc})", where=str(path)) from exc
    return Document(
        text=normalise_text(text),
        source=path.name,
        title=source_row.get("title") or None,
        date=_source_date(source_row.get("date"), path),
        metadata={key: value for key, value in source_row.items() if key not in ("title", "date")},
    )


def _source_date(value: str | None, path: Path) -> PartialDate | None:
    try:
        return PartialDate.parse(value or None)
    except ValueError as exc:
        raise InputError(f"bad date in {SOURCES_FILE}: {exc}", where=str(path)) from exc
