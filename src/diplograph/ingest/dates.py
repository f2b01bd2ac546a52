"""Document dates from the strings that metadata, feeds and front matter carry."""

from __future__ import annotations

import re
from datetime import date
from email.utils import parsedate_tz

from diplograph.records import PartialDate

# English month names and their abbreviations ("June", "Jun", "Sept"). Spelled out rather
# than taken from ``calendar``, whose names follow the process locale.
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTHS: dict[str, int] = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS.update({name[:3]: number for name, number in MONTHS.items()})
MONTHS["sept"] = 9
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_WEEKDAY = r"(?:[A-Za-z]{3,9}\.?,?\s+)?"

_TIME = r"(?:[T ]\d{2}:\d{2}.*)?"  # a time of day after an ISO date, ignored
_ISO = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?" + _TIME)
_SLASHED = re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})")
_DOTTED = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")  # 28.06.2011
_PDF = re.compile(r"D:(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?.*")
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r",?\s+(?P<year>\d{4})"
_DAY_MONTH_YEAR = re.compile(_WEEKDAY + _DAY + r"\s+" + _MONTH + _YEAR)  # 28 June 2011
_MONTH_DAY_YEAR = re.compile(_WEEKDAY + _MONTH + r"\s+" + _DAY + _YEAR)  # June 28, 2011
_MONTH_YEAR = re.compile(_MONTH + _YEAR)  # June 2011
_PATTERNS = (_ISO, _SLASHED, _DOTTED, _PDF, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_YEAR)


def parse_document_date(value: str | int | date | None) -> PartialDate | None:
    """Read a document date at the precision it gives.

    Takes ``"2011"``, ``"2011-06"``, ``"2011-06-28"``, ISO timestamps
    (``"2011-06-28T10:00:00Z"``), ``"28 June 2011"``, ``"June 28, 2011"``, ``"June 2011"``,
    ``"28.06.2011"``, RFC 2822 feed dates (``"Tue, 28 Jun 2011 10:00:00 +0000"``), PDF
    dates (``"D:20110628..."``), an ``int`` year or a ``date``. Timestamps keep the date as
    written, in the publisher's own time zone. Returns ``None`` for ``None`` or blank input.

    Raises ``ValueError`` (with the value in its message) for anything else.
    """
    if value is None or isinstance(value, date):
        return PartialDate.parse(value)
    text = " ".join(str(value).split())
    if not text:
        return None
    for pattern in _PATTERNS:
        found = pattern.fullmatch(text)
        if found:
            return _from_match(found.groupdict(), text)
    rfc = parsedate_tz(text)
    if rfc is not None:
        return PartialDate(rfc[0], rfc[1], rfc[2])
    raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def _from_match(parts: dict[str, str | None], text: str) -> PartialDate:
    month = _month_number(parts.get("month"), text)
    day = parts.get("day")
    year = parts.get("year") or ""
    try:
        return PartialDate(int(year), month, int(day) if day else None)
    except ValueError:
        raise ValueError(f"not a calendar date: {text!r}") from None


def _month_number(month: str | None, text: str) -> int | None:
    if month is None:
        return None
    if month.isdigit():
        return int(month)
    number = MONTHS.get(month.casefold())
    if number is None:
        raise ValueError(f"not a date: {text!r} ({month!r} is not a month name)")
    return number
