"""Dates of acts a dated report tells without a date of their own (sentences of our own)."""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, PartialDate

REPORT_DATE = PartialDate(2022, 6, 15)  # a Wednesday
SIGNED_ON_MONDAY = "Poland and Lithuania signed a border treaty in Vilnius on Monday."


def dates_of(pipeline: Any, text: str) -> dict[tuple[str, str], str | None]:
    events = pipeline.process(Document(text=text, source="t.txt", date=REPORT_DATE)).events
    return {
        (event.type, event.source.id if event.source else ""): (
            event.date.iso() if event.date else None
        )
        for event in events
    }


def test_an_undated_act_after_the_news_day_happened_that_day(pipeline: Any) -> None:
    dates = dates_of(pipeline, SIGNED_ON_MONDAY + " Russia condemned Lithuania.")
    assert dates[("ACCUSE", "RUS")] == "2022-06-13"


def test_a_present_or_present_perfect_report_keeps_the_report_date(pipeline: Any) -> None:
    text = (
        SIGNED_ON_MONDAY + " Russia has condemned Lithuania, and Estonia calls on Russia to calm."
    )
    dates = dates_of(pipeline, text)
    assert dates[("ACCUSE", "RUS")] == "2022-06-15"
    assert dates[("REQUEST", "EST")] == "2022-06-15"


def test_a_story_day_more_than_a_week_old_is_no_news_day(pipeline: Any) -> None:
    text = "Poland and Lithuania signed a border treaty in Vilnius on 1 June. Russia condemned Lithuania."
    assert dates_of(pipeline, text)[("ACCUSE", "RUS")] == "2022-06-15"


def test_the_news_day_is_the_main_clause_day_not_an_after_clause_one(pipeline: Any) -> None:
    text = (
        "Lithuania expelled the Russian ambassador on Tuesday after Russian jets entered its "
        "airspace late on Monday. Poland condemned Russia."
    )
    assert dates_of(pipeline, text)[("ACCUSE", "POL")] == "2022-06-14"


def test_a_day_that_dates_a_noun_is_no_news_day(pipeline: Any) -> None:
    text = "Lithuania asked NATO for help after Monday's incursion. Poland condemned Russia."
    assert dates_of(pipeline, text)[("ACCUSE", "POL")] == "2022-06-15"


def test_a_fronted_relative_date_takes_the_precise_apposition(pipeline: Any) -> None:
    text = (
        "Seven years ago, on 3 May 2015, the UN General Assembly adopted a resolution "
        "recognising the neutrality of Turkmenistan."
    )
    assert dates_of(pipeline, text)[("SUPPORT", "UN")] == "2015-05-03"


def test_an_act_repeated_by_others_takes_the_news_day_too(pipeline: Any) -> None:
    text = (
        "Estonia expelled two Russian diplomats on Monday. "
        "Latvia expelled three Russian diplomats, and Lithuania did the same."
    )
    assert dates_of(pipeline, text)[("SANCTION", "LTU")] == "2022-06-13"
