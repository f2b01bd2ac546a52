"""PDF: the text layer of every page, read with pypdf; title and date from its metadata."""

from __future__ import annotations

import io
import warnings

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from diplograph.errors import InputError
from diplograph.ingest.dates import parse_document_date
from diplograph.ingest.normalise import collapse_spaces
from diplograph.ingest.parsed import ParsedText
from diplograph.records import PartialDate

# pypdf fails on damaged files with assorted exceptions, not only its own.
_BROKEN = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError)


def read_pdf(data: bytes, *, where: str) -> ParsedText:
    """Read a PDF's text, pages separated by blank lines.

    The date is the PDF's creation date, the closest thing to a publication date it
    records. Raises :class:`InputError` for a damaged or encrypted PDF and for one with
    no text layer (a scan).
    """
    # pypdf warns about every small defect of real-world PDFs; what matters is the text.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = _open(data, where)
        try:
            pages = [page.extract_text() or "" for page in reader.pages]
            info: dict[str, object] = dict(reader.metadata or {})
        except _BROKEN as error:
            raise InputError(_damaged(error), where=where) from None
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise InputError("no text layer (scanned PDF?); run OCR first, e.g. ocrmypdf", where=where)
    title = collapse_spaces(str(info.get("/Title") or ""))
    return ParsedText(
        text=text,
        title=title or None,
        date=_creation_date(info.get("/CreationDate")),
        metadata={"pages": len(pages)},
    )


def _open(data: bytes, where: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
    except _BROKEN as error:
        raise InputError(_damaged(error), where=where) from None
    if reader.is_encrypted and not _decrypts(reader):
        raise InputError("encrypted PDF; remove the password first (qpdf --decrypt)", where=where)
    return reader


def _decrypts(reader: PdfReader) -> bool:
    # Many PDFs are encrypted with an empty user password only to forbid copying.
    try:
        return bool(reader.decrypt(""))
    except _BROKEN:
        return False


def _damaged(error: Exception) -> str:
    return f"damaged PDF ({error or type(error).__name__}); re-save or re-export it"


def _creation_date(value: object) -> PartialDate | None:
    try:
        return parse_document_date(str(value)) if value else None
    except ValueError:
        return None  # metadata is best effort: a malformed date leaves the document undated
