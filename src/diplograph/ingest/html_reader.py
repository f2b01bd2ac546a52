"""HTML to the text of its article, with boilerplate (menus, footers, scripts...) removed.

BeautifulSoup with lxml parses the page; the article container is the longest
``<article>``, else ``<main>``, else ``<body>``; inside it, navigation, forms, asides
and blocks whose class or id names them as chrome (``cookie-banner``, ``share``...) are
dropped. Block elements become paragraphs, headings paragraphs of their own.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from diplograph.ingest.dates import parse_document_date
from diplograph.ingest.normalise import collapse_spaces
from diplograph.ingest.parsed import ParsedText
from diplograph.records import PartialDate

_DROP_TAGS = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "nav",
    "header", "footer", "aside", "form", "button", "select", "input", "textarea", "dialog",
)  # fmt: skip
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"}
_CHROME_WORDS = (
    "nav|navbar|menu|breadcrumbs?|sidebar|cookies?|consent|share|sharing|social|related|"
    "comments?|newsletter|subscribe|promo|advert|ads|banner|footer|masthead|skip-link"
)
_CHROME = re.compile(rf"^(?:{_CHROME_WORDS})(?:[-_].*)?$|^.*[-_](?:{_CHROME_WORDS})$", re.I)
_BLOCKS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
    "figcaption", "address", "hr", "br",
)  # fmt: skip
_DATE_META = (
    ("property", "article:published_time"), ("name", "article:published_time"),
    ("itemprop", "datePublished"), ("name", "date"), ("name", "DC.date"),
    ("name", "DC.date.issued"), ("name", "dcterms.date"), ("name", "dcterms.issued"),
    ("name", "pubdate"), ("name", "publish-date"), ("property", "og:published_time"),
)  # fmt: skip


def read_html(html: str) -> ParsedText:
    """Read an HTML page: article text, title, publication date and canonical url."""
    soup = BeautifulSoup(html, "lxml")
    parsed = ParsedText(text="", title=_title(soup), date=_published(soup))
    url = _canonical_url(soup)
    if url:
        parsed.metadata["url"] = url
    parsed.text = article_text(soup)
    return parsed


def article_text(soup: BeautifulSoup) -> str:
    """The main text of a parsed page as paragraphs separated by blank lines.

    Changes ``soup``: boilerplate is removed from it.
    """
    container = _container(soup)
    for element in container.find_all(_is_boilerplate):
        element.decompose()
    for element in container.find_all(_BLOCKS):
        element.insert_before("\n\n")
        element.insert_after("\n\n")
    paragraphs = (collapse_spaces(part) for part in container.get_text().split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)


def _container(soup: BeautifulSoup) -> Tag:
    for selector in ("article", "main, [role=main]"):
        candidates = soup.select(selector)
        if candidates:
            return max(candidates, key=lambda tag: len(tag.get_text(" ", strip=True)))
    return soup.body or soup


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in _DROP_TAGS or tag.get("role") in _DROP_ROLES:
        return True
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true":
        return True
    if tag.name in ("article", "main", "body") or tag.find(["article", "main"]):
        return False  # never throw away the text itself because of a class name
    names = [*tag.get_attribute_list("class"), tag.get("id")]
    return any(_CHROME.match(str(name)) for name in names if name)


def _title(soup: BeautifulSoup) -> str | None:
    candidates = (
        _meta(soup, "property", "og:title"),
        soup.title.get_text() if soup.title else None,
        soup.h1.get_text(" ") if soup.h1 else None,
    )
    return next((collapse_spaces(c) for c in candidates if c and c.strip()), None)


def _published(soup: BeautifulSoup) -> PartialDate | None:
    values = [_meta(soup, attribute, name) for attribute, name in _DATE_META]
    values += [str(time.get("datetime")) for time in soup.find_all("time", datetime=True)]
    for value in values:
        try:
            found = parse_document_date(value) if value else None
        except ValueError:
            continue  # page metadata is best effort: a malformed date is not an error
        if found:
            return found
    return None


def _canonical_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical", href=True)
    if isinstance(link, Tag):
        return str(link["href"])
    return _meta(soup, "property", "og:url")


def _meta(soup: BeautifulSoup, attribute: str, name: str) -> str | None:
    tag = soup.find("meta", attrs={attribute: re.compile(rf"^{re.escape(name)}$", re.I)})
    content = tag.get("content") if isinstance(tag, Tag) else None
    return str(content) if content else None
