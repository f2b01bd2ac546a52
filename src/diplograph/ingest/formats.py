"""Which reader reads a document, and turning what it reads into :class:`Document` records.

A document's date is its own when it states one (JSONL ``date``, front matter, HTML or PDF
metadata); ``default_date`` (the CLI's ``--date``) only fills in for undated documents,
since a batch or a folder often mixes texts of many dates. ``metadata["date_from"]`` says
which applied: ``"document"``, ``"default"`` or ``None``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TypeAlias

from diplograph.errors import InputError
from diplograph.ingest.decode import decode_bytes
from diplograph.ingest.html_reader import read_html
from diplograph.ingest.jsonl_reader import read_jsonl
from diplograph.ingest.markdown_reader import read_markdown
from diplograph.ingest.normalise import normalise_text
from diplograph.ingest.parsed import ParsedText
from diplograph.ingest.pdf_reader import read_pdf
from diplograph.ingest.text_reader import read_text
from diplograph.records import Document, PartialDate

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl", ".pdf": "pdf",
}  # fmt: skip
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_MARKDOWN_START = re.compile(r"---\n|#{1,6} ")

Result: TypeAlias = Document | InputError


def parse_bytes(
    data: bytes, *, source: str, fmt: str | None, default_date: PartialDate | None = None
) -> Iterator[Result]:
    """Documents read from a file's bytes (PDF or text in any detectable encoding).

    ``fmt`` is one of ``EXTENSIONS``' values, or ``None`` to tell from the content.
    Yields an :class:`InputError` instead of a document for whatever cannot be read.
    """
    if fmt == "pdf" or data.startswith(b"%PDF-"):
        try:
            parsed = read_pdf(data, where=source)
        except InputError as error:
            yield error
            return
        yield build_document(parsed, source=source, fmt="pdf", default_date=default_date)
        return
    try:
        text, encoding = decode_bytes(data, where=source)
    except InputError as error:
        yield error
        return
    yield from parse_text(
        text, source=source, fmt=fmt, default_date=default_date, metadata={"encoding": encoding}
    )


def parse_text(
    text: str,
    *,
    source: str,
    fmt: str | None,
    default_date: PartialDate | None = None,
    metadata: dict[str, Any] | None = None,
) -> Iterator[Result]:
    """Documents read from decoded text; like :func:`parse_bytes`, for text formats."""
    normalised = normalise_text(text)
    if not normalised:
        yield InputError("empty (no text to ingest); give a document that has text", where=source)
        return
    fmt = fmt or sniff_format(normalised)
    # A JSONL batch keeps its lines as they are, so that errors name the right line;
    # each record's text is normalised on its own.
    text = text.replace("\ufeff", "") if fmt == "jsonl" else normalised
    try:
        for parsed in _read(text, fmt, source):
            if isinstance(parsed, InputError):
                yield parsed
            else:
                parsed.metadata = {**(metadata or {}), **parsed.metadata}
                yield build_document(parsed, source=source, fmt=fmt, default_date=default_date)
    except InputError as error:
        yield error


def _read(text: str, fmt: str, source: str) -> Iterator[ParsedText | InputError]:
    if fmt == "jsonl":
        yield from read_jsonl(text, where=source)
    elif fmt == "markdown":
        yield read_markdown(text, where=source)
    elif fmt == "html":
        yield read_html(text)
    else:
        yield read_text(text)


def sniff_format(text: str) -> str:
    """Tell a text's format from its start: ``html``, ``jsonl``, ``markdown`` or ``text``."""
    if _HTML_START.match(text):
        return "html"
    if text.startswith("{"):
        try:
            if isinstance(json.loads(text.split("\n", 1)[0]), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "markdown" if _MARKDOWN_START.match(text) else "text"


def build_document(
    parsed: ParsedText, *, source: str, fmt: str, default_date: PartialDate | None
) -> Result:
    """The :class:`Document` for one parsed text, or an :class:`InputError` if none is left."""
    text = normalise_text(parsed.text)
    if not text:
        return InputError("no text left once markup and boilerplate are removed", where=source)
    date = parsed.date or default_date
    date_from = "document" if parsed.date else ("default" if default_date else None)
    return Document(
        text=text,
        source=parsed.source or source,
        title=parsed.title or None,
        date=date,
        format=fmt,
        metadata={"path": source, **parsed.metadata, "date_from": date_from},
    )
