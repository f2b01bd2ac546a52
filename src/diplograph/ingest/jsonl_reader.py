"""JSONL batches: one JSON object a line with ``text`` and optional ``source``, ``title``,
``date`` and ``url``. A bad line is reported and skipped; the other lines still count."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from diplograph.errors import InputError
from diplograph.ingest.dates import parse_document_date
from diplograph.ingest.normalise import collapse_spaces
from diplograph.ingest.parsed import ParsedText

_OPTIONAL_TEXT_FIELDS = ("source", "title", "url")


def read_jsonl(text: str, *, where: str) -> Iterator[ParsedText | InputError]:
    """Yield one :class:`ParsedText` per non-blank line, or an :class:`InputError` whose
    ``where`` is ``<where>:<line number>`` for a line that is not a usable record.

    A file none of whose lines is a document (some other JSONL file) gets one error for
    the whole file instead of one per line.
    """
    pending: list[InputError] = []  # errors held back until a line turns out good
    found = False
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            parsed = read_record(line, where=f"{where}:{number}")
        except InputError as error:
            pending.append(error)
            continue
        found = True
        yield from pending
        pending.clear()
        parsed.metadata["line"] = number
        yield parsed
    if found or len(pending) < 2:
        yield from pending
    else:
        line_number = (pending[0].where or "").rsplit(":", 1)[-1]
        problem = f"none of its {len(pending)} lines is a document (line {line_number}: "
        yield InputError(f"{problem}{pending[0].message})", where=where)


def read_record(line: str, *, where: str) -> ParsedText:
    """One JSONL line as a :class:`ParsedText`; raises :class:`InputError` naming the fix.

    The source is the record's ``source``, else ``where`` (``file:line``).
    """
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        problem = f"not valid JSON ({error.msg} at column {error.colno})"
        raise InputError(problem, where=where) from None
    if not isinstance(record, dict):
        raise InputError('each line must be a JSON object like {"text": "..."}', where=where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('no "text" field with the document text', where=where)
    _check_fields(record, where)
    parsed = ParsedText(text=text, source=record.get("source") or where, date=_date(record, where))
    parsed.title = collapse_spaces(record["title"]) if record.get("title") else None
    if record.get("url"):
        parsed.metadata["url"] = record["url"]
    return parsed


def _check_fields(record: dict[str, Any], where: str) -> None:
    for name in _OPTIONAL_TEXT_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            raise InputError(f'"{name}" must be a string', where=where)


def _date(record: dict[str, Any], where: str) -> Any:
    value = record.get("date")
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise InputError('"date" must be a string such as "2011-06-28"', where=where)
    try:
        return parse_document_date(value)
    except ValueError as error:
        raise InputError(f'"date" is {error}', where=where) from None
