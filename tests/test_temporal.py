"""parse_time_expression: absolute, partial, ranged and relative dates, and vague phrases."""

from __future__ import annotations

import pytest

from diplograph.extract.temporal import TimeValue, parse_time_expression
from diplograph.records import PartialDate

ANCHOR = PartialDate(2017, 6, 14)  # a Wednesday


def isos(values: list[TimeValue]) -> list[tuple[str, str | None]]:
    return [(value.date.iso(), value.end.iso() if value.end else None) for value in values]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("2011-06-28", [("2011-06-28", None)]),
        ("on 12 October 2008", [("2008-10-12", None)]),
        ("October 12, 2008", [("2008-10-12", None)]),
        ("the 3rd of March 1999", [("1999-03-03", None)]),
        ("in October 2008", [("2008-10", None)]),
        ("Sept. 2014", [("2014-09", None)]),
        ("in 1995", [("1995", None)]),
        ("in late 2019", [("2019", None)]),
        ("20-21 October 2011", [("2011-10-20", "2011-10-21")]),
        ("March 3-5, 2020", [("2020-03-03", "2020-03-05")]),
        ("in 2003, 2006 and 2009", [("2003", None), ("2006", None), ("2009", None)]),
        ("in the 1990s", [("1990", "1999")]),
    ],
)
def test_absolute_and_partial_dates(phrase: str, expected: list[tuple[str, str | None]]) -> None:
    assert isos(parse_time_expression(phrase)) == expected


@pytest.mark.parametrize(
    ("phrase", "anchor", "expected"),
    [
        ("last month", ANCHOR, "2017-05"),
        ("last month", PartialDate(2017, 1, 5), "2016-12"),
        ("next month", PartialDate(2017, 12), "2018-01"),
        ("last year", ANCHOR, "2016"),
        ("next year", PartialDate(2017), "2018"),
        ("this year", ANCHOR, "2017"),
        ("two years ago", ANCHOR, "2015"),
        ("yesterday", ANCHOR, "2017-06-13"),
        ("on Monday", ANCHOR, "2017-06-12"),
        ("on Wednesday", ANCHOR, "2017-06-14"),
        ("next Friday", ANCHOR, "2017-06-16"),
        ("on 10 March", ANCHOR, "2017-03-10"),
        ("in November", ANCHOR, "2016-11"),
    ],
)
def test_relative_dates_resolve_against_the_document_date(
    phrase: str, anchor: PartialDate, expected: str
) -> None:
    (value,) = parse_time_expression(phrase, anchor=anchor)
    assert value.date.iso() == expected
    assert value.relative


def test_a_weekday_in_a_month_dated_document_keeps_the_month() -> None:
    (value,) = parse_time_expression("on Tuesday", anchor=PartialDate(2017, 6))
    assert value.date == PartialDate(2017, 6)


@pytest.mark.parametrize("phrase", ["last month", "on Monday", "in November", "yesterday"])
def test_relative_dates_without_a_document_date_stay_unresolved(phrase: str) -> None:
    assert parse_time_expression(phrase) == []


@pytest.mark.parametrize(
    "phrase",
    ["over the past few years", "recently", "in the 13th century", "soon", "for decades", ""],
)
def test_vague_phrases_give_nothing(phrase: str) -> None:
    assert parse_time_expression(phrase, anchor=ANCHOR) == []


def test_an_impossible_day_is_never_invented() -> None:
    # The month the text names still holds; the day it cannot have is dropped.
    assert isos(parse_time_expression("30 February 2021")) == [("2021-02", None)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("from 1998 to 2000", "1998", "2000"),
        ("1992-1994", "1992", "1994"),
        ("between 2010 and 2012", "2010", "2012"),
        ("from March to May 2021", "2021-03", "2021-05"),
    ],
)
def test_a_range_is_one_value_with_an_end(text: str, start: str, end: str) -> None:
    values = parse_time_expression(text, PartialDate(2023, 6, 1))
    assert [(v.date.iso(), v.end.iso() if v.end else None) for v in values] == [(start, end)]


def test_years_joined_by_and_stay_separate_without_between() -> None:
    values = parse_time_expression("2003 and 2006", PartialDate(2023, 6, 1))
    assert [v.date.iso() for v in values] == ["2003", "2006"]


def test_eight_days_ago() -> None:
    values = parse_time_expression("Eight days ago", PartialDate(2015, 8, 27))
    assert [v.date.iso() for v in values] == ["2015-08-19"]


STORY = PartialDate(2019, 3, 29)  # the date a story last gave, not the document's


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("three days later", "2019-04-01"),
        ("a week earlier", "2019-03-22"),
        ("hours later", "2019-03-29"),
        ("days later", "2019-03"),
        ("two months later", "2019-05"),
        ("in the same year", "2019"),
        ("later that month", "2019-03"),
        ("the following year", "2020"),
        ("the next day", "2019-03-30"),
    ],
)
def test_narrative_times_count_from_the_story_date(phrase: str, expected: str) -> None:
    (value,) = parse_time_expression(phrase, anchor=ANCHOR, previous=STORY)
    assert value.date.iso() == expected


def test_narrative_times_without_a_story_date_give_nothing() -> None:
    assert parse_time_expression("three days later", anchor=ANCHOR) == []
    # "next year" counts from the document, whatever the story said before.
    (value,) = parse_time_expression("next year", anchor=ANCHOR, previous=STORY)
    assert value.date.iso() == "2018"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("over the weekend", "2017-06-10"),
        ("this weekend", "2017-06-17"),
        ("next weekend", "2017-06-24"),
    ],
)
def test_a_weekend_is_dated_by_its_saturday(phrase: str, expected: str) -> None:
    (value,) = parse_time_expression(phrase, anchor=ANCHOR)
    assert value.date.iso() == expected


def test_a_weekend_in_a_month_dated_document_keeps_the_month() -> None:
    (value,) = parse_time_expression("over the weekend", anchor=PartialDate(2017, 6))
    assert value.date.iso() == "2017-06"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("in May last year", "2016-05"),
        ("since August last year", "2016-08"),
        ("four years ago this March", "2013-03"),
        ("ten years ago today", "2007-06-14"),
        ("twenty years ago", "1997"),
        ("three years ago, in April 2014", "2014-04"),
    ],
)
def test_a_relative_year_with_a_named_month_or_day_keeps_them(phrase: str, expected: str) -> None:
    (value,) = parse_time_expression(phrase, anchor=ANCHOR)
    assert value.date.iso() == expected
