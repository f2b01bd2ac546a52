"""Temporal expressions: absolute, partial and relative dates, resolved against the document date.

``parse_time_expression("20-21 October 2011")`` gives ``[TimeValue(2011-10-20, end=2011-10-21)]``;
``parse_time_expression("last month", anchor=PartialDate(2017, 6))`` gives ``2017-05``. A list of
years ("2003, 2006 and 2009") gives one value per year. Unknown or vague phrases ("the past few
years") give nothing rather than a wrong date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from diplograph.ingest.dates import MONTHS  # one table of English month names
from diplograph.records import PartialDate

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY_RANGE = (
    r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:-|–|—|to|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("iso", r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
        ("day_range_month_year", rf"\b{_DAY_RANGE}\s+{_MONTH}(?:,?\s+{_YEAR})?"),
        ("day_month_year", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
        (
            "month_day_year",
            rf"\b{_MONTH}\s+{_DAY}\b(?:\s*(?:-|–)\s*(?P<day2>\d{{1,2}}))?(?:,?\s+{_YEAR})?",
        ),
        ("month_year", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}"),
        ("decade", r"\b(?:the\s+)?(?P<year>(?:1[89]|20)\d0)s\b"),
        ("year", rf"\b(?:(?:early|mid|late|end of|beginning of|mid-)\s*-?\s*)?{_YEAR}\b"),
        ("month", rf"\b{_MONTH}(?!\w)"),
    )
)
_RELATIVE = re.compile(
    r"\b(?P<which>last|this|next|past|previous|coming|earlier this|later this|early this|late this)"
    r"\s+(?P<unit>year|month|week|weekend)\b",
    re.IGNORECASE,
)
_AGO = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|thirty|forty|fifty)\s+(?P<unit>year|month|week|day)s?\s+ago\b",
    re.I,
)
# "two days later", "hours later", "a month earlier": a shift from the date the story last gave.
_LATER = re.compile(
    r"^(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
    r"(?P<unit>hour|day|week|month|year)s?\s+(?P<way>later|earlier)$",
    re.IGNORECASE,
)
# "the same year", "later that month", "the following day": the story's date, or the next one.
_SAME = re.compile(
    r"^(?:(?:later|earlier)\s+(?:in\s+)?)?(?P<which>the\s+same|that|the\s+following|the\s+next)"
    r"\s+(?P<unit>day|week|month|year)$",
    re.IGNORECASE,
)
# "over the weekend", "this weekend": dated by its Saturday.
_WEEKEND = re.compile(r"\b(?P<which>the|this|last|next|past|coming)\s+weekend\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
            "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}  # fmt: skip


@dataclass(frozen=True)
class TimeValue:
    """A resolved date with an optional end (ranges) and whether it came from the anchor."""

    date: PartialDate
    end: PartialDate | None = None
    relative: bool = False


def parse_time_expression(
    text: str, anchor: PartialDate | None = None, previous: PartialDate | None = None
) -> list[TimeValue]:
    """Every date a temporal phrase states, resolved against ``anchor`` (the document date);
    narrative references ("two days later", "the same year") against ``previous``, the date the
    text mentioned last."""
    cleaned = text.strip()
    if previous is not None:
        narrative = _parse_narrative(cleaned, previous)
        if narrative is not None:
            return [narrative]
    relative = _parse_relative(cleaned, anchor)
    if relative is not None:
        return [relative]
    values: list[tuple[int, TimeValue]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _PATTERNS:
        for found in pattern.finditer(cleaned):
            span = found.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            value = _from_match(name, found, anchor)
            if value is not None:
                taken.append(span)
                values.append((span[0], value))
    return _join_ranges(cleaned, sorted(values, key=lambda pair: pair[0]), taken)


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*", re.IGNORECASE)
_RANGE_OPENERS = re.compile(r"\b(?:from|between)\s*$", re.IGNORECASE)


def _join_ranges(
    text: str, values: list[tuple[int, TimeValue]], spans: list[tuple[int, int]]
) -> list[TimeValue]:
    """ "from 1998 to 2000", "between March and May 2021", "1992-1994": one value with an end."""
    ends = {start: end for start, end in spans}
    joined: list[TimeValue] = []
    k = 0
    while k < len(values):
        start, value = values[k]
        if k + 1 < len(values) and value.end is None:
            following_start, following = values[k + 1]
            gap = text[ends[start] : following_start]
            opened = _RANGE_OPENERS.search(text[:start]) is not None
            joiner = gap.strip().lower()
            first = value.date
            if value.relative and not following.relative and first.month:
                # "from March to May 2021": the start takes the end's year.
                first = PartialDate(following.date.year, first.month, first.day)
            ranged = _RANGE_GAP.fullmatch(gap) and (opened or joiner != "and")
            if ranged and following.date.first_day() > first.first_day():
                joined.append(TimeValue(first, following.date, following.relative))
                k += 2
                continue
        joined.append(value)
        k += 1
    return joined


def _from_match(name: str, found: re.Match[str], anchor: PartialDate | None) -> TimeValue | None:
    parts = found.groupdict()
    year = int(parts["year"]) if parts.get("year") else None
    month = _month_number(parts.get("month"))
    day = int(parts["day"]) if parts.get("day") else None
    if (
        name in ("month", "month_day_year", "day_month_year", "day_range_month_year")
        and year is None
    ):
        year = _year_for_month(month, anchor)
        if year is None:
            return None
    try:
        start = PartialDate(year, month, day) if year else None  # type: ignore[arg-type]
        end = None
        if parts.get("day2"):
            end = PartialDate(year, month, int(parts["day2"]))  # type: ignore[arg-type]
        elif name == "decade" and year:
            end = PartialDate(year + 9)
    except ValueError:
        return None
    if start is None:
        return None
    return TimeValue(
        start, end, relative=name == "month" or (bool(month) and not parts.get("year"))
    )


def _month_number(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return MONTHS.get(text.lower().rstrip("."))


def _year_for_month(month: int | None, anchor: PartialDate | None) -> int | None:
    """A month without a year is the latest such month not after the document date."""
    if anchor is None or month is None:
        return None
    if anchor.month is not None and month > anchor.month + 1:
        return anchor.year - 1
    return anchor.year


_EXPLICIT_YEAR = re.compile(rf"\b{_YEAR}\b")
_NAMED_MONTH = re.compile(rf"\b{_MONTH}(?!\w)", re.IGNORECASE)


def _parse_relative(text: str, anchor: PartialDate | None) -> TimeValue | None:
    """A date told from the document date; ``None`` when the phrase also names its year
    ("six years ago, in March 2018": the stated date is the precise one)."""
    if anchor is None or _EXPLICIT_YEAR.search(text):
        return None
    found = _relative_value(text, anchor)
    if found is None:
        return None
    return _in_named_month(text, found, anchor)


def _in_named_month(text: str, found: TimeValue, anchor: PartialDate) -> TimeValue:
    """ "in May last year", "ten years ago this December": the named month of the year the
    relative phrase gives; "twenty years ago today": that very day of that year."""
    value = found.date
    if value.month is not None:
        return found
    lowered = text.lower()
    if re.search(r"\bago\s+today\b", lowered) and anchor.day is not None:
        try:
            return TimeValue(PartialDate(value.year, anchor.month, anchor.day), relative=True)
        except ValueError:  # 29 February of a common year
            return TimeValue(PartialDate(value.year, anchor.month), relative=True)
    month = _NAMED_MONTH.search(text)
    if month is None or not re.search(r"\byears?\b", lowered):
        return found
    number = _month_number(month.group("month"))
    return TimeValue(PartialDate(value.year, number), relative=True) if number else found


def _relative_value(text: str, anchor: PartialDate) -> TimeValue | None:
    lowered = text.lower()
    if re.search(
        r"\b(yesterday|today|tonight|this morning|this afternoon|this evening)\b", lowered
    ) and not _AGO.search(text):
        if anchor.day is None:
            return TimeValue(anchor, relative=True)
        delta = 1 if "yesterday" in lowered else 0
        return TimeValue(
            PartialDate.parse(anchor.first_day() - timedelta(days=delta)), relative=True
        )  # type: ignore[arg-type]
    weekend = _WEEKEND.search(lowered)
    if weekend:
        return _weekend(weekend.group("which"), anchor)
    weekday = next((day for day in WEEKDAYS if day in lowered), None)
    if weekday is not None:
        return _weekday(weekday, anchor, future="next" in lowered)
    found = _RELATIVE.search(text)
    if found:
        return _shift(found.group("which").lower(), found.group("unit").lower(), anchor)
    ago = _AGO.search(text)
    if ago:
        amount = ago.group("n").lower()
        count = int(amount) if amount.isdigit() else _NUMBERS[amount]
        return _shift_by(ago.group("unit").lower(), -count, anchor)
    return None


def _parse_narrative(text: str, previous: PartialDate) -> TimeValue | None:
    """ "two days later", "in the same year": times told from the story's last date, not from
    the document's. A vague amount ("days later") keeps only the coarser unit of that date."""
    lowered = re.sub(r"^(?:in|on|during|by)\s+", "", text.lower()).strip()
    later = _LATER.match(lowered)
    if later:
        unit, amount = later.group("unit"), later.group("n")
        if unit == "hour":
            return TimeValue(previous, relative=True)
        if amount is None:  # "days later": some time on, within the story's month or year
            coarse = {"day": "month", "week": "month", "month": "year", "year": "year"}[unit]
            return TimeValue(_truncate(previous, coarse), relative=True)
        count = int(amount) if amount.isdigit() else _NUMBERS[amount]
        step = count if later.group("way") == "later" else -count
        return _shift_from(unit, step, previous)
    same = _SAME.match(lowered)
    if same:
        unit = same.group("unit")
        step = 1 if same.group("which").endswith(("following", "next")) else 0
        return _shift_from(unit, step, previous)
    return None


def _truncate(value: PartialDate, unit: str) -> PartialDate:
    """``value`` at most as precise as ``unit`` ("year", "month" or "day")."""
    if unit == "year" or value.month is None:
        return PartialDate(value.year)
    if unit == "month" or value.day is None:
        return PartialDate(value.year, value.month)
    return value


def _shift_from(unit: str, step: int, previous: PartialDate) -> TimeValue | None:
    """``previous`` moved by ``step`` units, at the precision of the unit (a week: the day)."""
    if unit in ("day", "week"):
        if previous.day is None:
            return TimeValue(previous, relative=True) if step == 0 else None
        moved = previous.first_day() + timedelta(days=step * (7 if unit == "week" else 1))
        return TimeValue(PartialDate(moved.year, moved.month, moved.day), relative=True)
    if unit == "month":
        if previous.month is None:
            return TimeValue(previous, relative=True) if step == 0 else None
        index = previous.year * 12 + previous.month - 1 + step
        return TimeValue(PartialDate(index // 12, index % 12 + 1), relative=True)
    return TimeValue(PartialDate(previous.year + step), relative=True)


def _weekend(which: str, anchor: PartialDate) -> TimeValue:
    """The Saturday of a weekend: "the weekend" a report looks back on is the latest one (this
    one when the report is dated on it), "this weekend" is the one of the report's week."""
    if anchor.day is None:
        return TimeValue(PartialDate(anchor.year, anchor.month), relative=True)
    reference = anchor.first_day()
    this_saturday = reference + timedelta(days=5 - reference.weekday())
    if which in ("the", "past", "last"):
        latest = this_saturday if reference.weekday() >= 5 else this_saturday - timedelta(days=7)
        day = latest - timedelta(days=7) if which == "last" and reference.weekday() >= 5 else latest
    else:
        day = this_saturday + timedelta(days=7 if which in ("next", "coming") else 0)
    return TimeValue(PartialDate(day.year, day.month, day.day), relative=True)


def _weekday(name: str, anchor: PartialDate, *, future: bool) -> TimeValue:
    """The named weekday nearest before (or after, for "next") the document date."""
    if anchor.day is None:
        return TimeValue(PartialDate(anchor.year, anchor.month), relative=True)
    target = WEEKDAYS.index(name)
    reference = anchor.first_day()
    delta = (reference.weekday() - target) % 7
    day = reference + timedelta(days=(7 - delta) % 7 if future else -delta)
    return TimeValue(PartialDate(day.year, day.month, day.day), relative=True)


def _shift(which: str, unit: str, anchor: PartialDate) -> TimeValue | None:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    if unit == "weekend":
        unit = "week"
    return _shift_by(unit, step, anchor)


def _shift_by(unit: str, step: int, anchor: PartialDate) -> TimeValue | None:
    if unit == "year":
        return TimeValue(PartialDate(anchor.year + step), relative=True)
    if unit == "month":
        if anchor.month is None:
            return TimeValue(PartialDate(anchor.year), relative=True)
        index = anchor.year * 12 + anchor.month - 1 + step
        return TimeValue(PartialDate(index // 12, index % 12 + 1), relative=True)
    if unit in ("week", "day"):
        if anchor.day is None:
            return (
                TimeValue(PartialDate(anchor.year, anchor.month), relative=True)
                if anchor.month
                else None
            )
        days = 7 * step if unit == "week" else step
        moved: date = anchor.first_day() + timedelta(days=days)
        if unit == "week":
            return TimeValue(PartialDate(moved.year, moved.month), relative=True)
        return TimeValue(PartialDate(moved.year, moved.month, moved.day), relative=True)
    return None
