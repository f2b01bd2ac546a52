"""Markdown to readable plain text, without dependencies.

Front matter (YAML between ``---`` lines) gives the title, date and url; headings become
paragraphs of their own; list items stay one to a line; soft-wrapped lines of a paragraph
are joined; code blocks, images' urls, link targets and emphasis marks are dropped.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import yaml

from diplograph.errors import InputError
from diplograph.ingest.dates import parse_document_date
from diplograph.ingest.normalise import collapse_spaces
from diplograph.ingest.parsed import ParsedText
from diplograph.records import PartialDate

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_RULE_OR_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*$")
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_LINK_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+")
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <https://...>
    (re.compile(r"`+([^`]+?)`+"), r"\1"),  # `code`
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # **strong**
    (re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"), r"\1"),  # *emphasis*
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),  # _emphasis_, not snake_case
    (re.compile(r"~~(.+?)~~"), r"\1"),  # ~~strike~~
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])"), r"\1"),  # backslash escapes
)

Line = tuple[str, bool]  # text, and whether it starts a line of its own (list items)


def read_markdown(text: str, *, where: str) -> ParsedText:
    """Convert normalised Markdown to plain text with its front-matter title and date.

    The title is front matter ``title``, else the first ``# `` heading. Raises
    :class:`InputError` for front matter that is not YAML or has a date that is not one.
    """
    meta, body = split_front_matter(text, where=where)
    paragraphs, first_heading = markdown_paragraphs(body)
    title = meta.get("title")
    parsed = ParsedText(
        text="\n\n".join(paragraphs),
        title=collapse_spaces(str(title)) if title else first_heading,
        date=_front_matter_date(meta.get("date"), where),
    )
    if meta.get("url"):
        parsed.metadata["url"] = str(meta["url"])
    return parsed


def split_front_matter(text: str, *, where: str) -> tuple[dict[str, Any], str]:
    """``(front matter as a dict, the rest)``; an empty dict when there is none."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return {}, text
    try:
        meta = yaml.safe_load(found.group(1))
    except yaml.YAMLError as error:
        problem = str(error).splitlines()[0]
        message = f"front matter is not valid YAML ({problem}); fix it"
        raise InputError(message, where=where) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError("front matter must be YAML 'key: value' lines", where=where)
    return meta, text[found.end() :]


def markdown_paragraphs(body: str) -> tuple[list[str], str | None]:
    """The plain-text paragraphs of a Markdown body and its first level-1 heading."""
    blocks: list[list[Line]] = [[]]
    first_heading: str | None = None
    in_code = False
    for raw in body.split("\n"):
        if _FENCE.match(raw):
            in_code = not in_code
            continue
        if in_code or _LINK_DEFINITION.match(raw) or _TABLE_RULE.match(raw):
            continue
        heading = _HEADING.match(raw)
        if heading:
            content = _inline(heading.group(2))
            if heading.group(1) == "#" and first_heading is None and content:
                first_heading = content
            blocks += [[(content, True)], []]
        elif not raw.strip() or _RULE_OR_UNDERLINE.match(raw):
            blocks.append([])
        else:
            blocks[-1].append(_line(raw))
    return [_render(block) for block in blocks if any(text for text, _ in block)], first_heading


def _line(raw: str) -> Line:
    while _QUOTE.match(raw):
        raw = _QUOTE.sub("", raw, count=1)
    item = _ITEM.match(raw)
    if item:
        return _inline(raw[item.end() :]), True
    if raw.lstrip().startswith("|"):  # a table row: cells separated by semicolons
        cells = [cell.strip() for cell in raw.strip().strip("|").split("|")]
        return _inline("; ".join(cell for cell in cells if cell)), True
    return _inline(raw), False


def _inline(text: str) -> str:
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return collapse_spaces(text)


def _render(block: list[Line]) -> str:
    lines: list[str] = []
    for text, starts_line in block:
        if starts_line or not lines:
            lines.append(text)
        elif text:
            lines[-1] = f"{lines[-1]} {text}".strip()
    return "\n".join(line for line in lines if line)


def _front_matter_date(value: object, where: str) -> PartialDate | None:
    if value is None:
        return None
    try:  # YAML reads an unquoted 2011-06-28 as a date already
        return parse_document_date(value if isinstance(value, date) else str(value))
    except ValueError as error:
        raise InputError(f"front matter {error}", where=where) from None
