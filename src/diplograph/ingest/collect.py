"""Finding documents: files, folders walked recursively, and stdin (``-``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO, TextIO

from diplograph.errors import InputError
from diplograph.ingest.formats import EXTENSIONS, Result, parse_bytes, parse_text
from diplograph.records import Document, PartialDate

STDIN_SOURCE = "<stdin>"


def collect_documents(
    paths: Sequence[str | Path],
    *,
    default_date: PartialDate | None = None,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Yield a :class:`Document` for each text found under ``paths``, in order.

    Each path is a file, a folder or ``-`` (read ``stdin``, by default the process's
    standard input; its format is told from its content). A JSONL batch yields one
    document a line. Folders are walked recursively in sorted order; hidden files and
    folders (names starting with ``.``) are skipped, symlinked folders are not followed,
    and files whose extension is not in ``EXTENSIONS`` (.txt .text .md .markdown .html
    .htm .jsonl .ndjson .pdf) are skipped silently. A file named explicitly is read
    whatever its extension: its format is told from its content.

    Never raises for bad input: a missing path, an unreadable, binary, empty or
    undecodable file, a bad JSONL line or a folder without documents each yield one
    :class:`InputError` (``where`` is the path, or ``path:line``), and the rest go on.
    ``default_date`` dates the documents that carry no date of their own.
    """
    for given in paths:
        label = str(given)
        if label == "-":
            yield from _read_stdin(stdin, default_date)
        elif os.path.isdir(label):
            yield from _read_folder(label, default_date)
        elif os.path.lexists(label):
            yield from _read_file(Path(label), label, default_date)
        else:
            yield InputError("no such file or folder; check the path", where=label)


def read_document(path: Path, *, default_date: PartialDate | None = None) -> list[Document]:
    """The documents in one file (several for a JSONL batch).

    Raises :class:`InputError` for the first problem found, including a single bad line
    of a JSONL batch (use :func:`collect_documents` to keep the good lines).
    """
    documents: list[Document] = []
    for result in _read_file(Path(path), str(path), default_date):
        if isinstance(result, InputError):
            raise result
        documents.append(result)
    return documents


def find_files(folder: str) -> Iterator[str | InputError]:
    """Paths of the documents under ``folder`` (joined onto it as given), sorted, recursive.

    Yields an :class:`InputError` for a sub-folder that cannot be listed.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(_os_problem(error), where=folder)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir(follow_symlinks=False):
            yield from find_files(path)
        elif entry.is_file() and Path(entry.name).suffix.lower() in EXTENSIONS:
            yield path


def _read_folder(folder: str, default_date: PartialDate | None) -> Iterator[Result]:
    found = False
    for path in find_files(folder):
        if isinstance(path, InputError):
            yield path
            continue
        found = True
        yield from _read_file(Path(path), path, default_date)
    if not found:
        known = " ".join(sorted(EXTENSIONS))
        yield InputError(f"no documents in this folder (looked for {known})", where=folder)


def _read_file(path: Path, label: str, default_date: PartialDate | None) -> Iterator[Result]:
    try:
        data = path.read_bytes()
    except OSError as error:
        yield InputError(_os_problem(error), where=label)
        return
    fmt = EXTENSIONS.get(path.suffix.lower())
    yield from parse_bytes(data, source=label, fmt=fmt, default_date=default_date)


def _read_stdin(
    stdin: TextIO | BinaryIO | None, default_date: PartialDate | None
) -> Iterator[Result]:
    # Read the bytes underneath a text stream when there are any, so that the same
    # encoding detection applies as for files.
    stream = stdin if stdin is not None else sys.stdin
    content = getattr(stream, "buffer", stream).read()
    if isinstance(content, bytes):
        yield from parse_bytes(content, source=STDIN_SOURCE, fmt=None, default_date=default_date)
    else:
        yield from parse_text(content, source=STDIN_SOURCE, fmt=None, default_date=default_date)


def _os_problem(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied; make it readable (chmod +r) or run as its owner"
    if isinstance(error, FileNotFoundError):
        return "no such file or folder; check the path"
    if isinstance(error, IsADirectoryError):
        return "is a folder where a file was expected"
    return f"cannot be read ({error.strerror or error}); check the file"
