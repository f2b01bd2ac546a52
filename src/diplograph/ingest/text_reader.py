"""Plain text: kept as it is; the first line is the title when it reads as a headline."""

from __future__ import annotations

from diplograph.ingest.parsed import ParsedText

_MAX_HEADLINE = 150
_SENTENCE_END = ".!?,;:"


def read_text(text: str) -> ParsedText:
    """Read normalised plain text; the title is its headline, if any (see :func:`headline`)."""
    return ParsedText(text=text, title=headline(text))


def headline(text: str) -> str | None:
    """The first line when it looks like a headline, else ``None``.

    A headline stands alone as the first paragraph, is short and does not end like a
    sentence, and more text follows it.
    """
    first, _, rest = text.partition("\n\n")
    first = first.strip()
    if not first or not rest.strip() or "\n" in first or len(first) > _MAX_HEADLINE:
        return None
    return None if first[-1] in _SENTENCE_END else first
