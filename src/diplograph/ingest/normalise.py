"""Text normalisation: the one canonical form whose hash is a document's id."""

from __future__ import annotations

import re
import unicodedata

# Line and paragraph separators that some editors, PDFs and decoders leave behind.
_LINE_BREAKS = str.maketrans(
    {"\u2028": "\n", "\u2029": "\n\n", "\x0b": "\n", "\x0c": "\n\n", "\x85": "\n"}
)
_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.MULTILINE)
_BLANK_RUN = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Return ``text`` in canonical form, so that the same text always hashes the same.

    Unicode NFC; CRLF and CR become LF; byte-order marks go; trailing spaces are cut from
    every line; runs of blank lines become one blank line (the paragraph separator used
    throughout); leading and trailing whitespace is stripped. Idempotent.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    text = text.replace("\ufeff", "")
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def collapse_spaces(text: str) -> str:
    """One line of text with every run of whitespace made a single space (titles, cells)."""
    return " ".join(text.split())
