"""Meetings, praise and promises in constructions the parser or the pairing got wrong: a pair
that hails its own deal, an object moved behind a place, a month read as a modal.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 3, 1)


def events_of(pipeline: Any, text: str, date: PartialDate | None = DATE) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=date)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_the_story_pair_hailing_their_own_deal_praise_each_other(pipeline: Any) -> None:
    text = (
        "Chile began shipping copper to Peru on Monday under a trade pact that both governments "
        "hailed as a turning point in their relations."
    )
    found = pairs(events_of(pipeline, text), "SUPPORT")
    assert found & {("CHL", "PER"), ("PER", "CHL")}
    assert ("CHL", None) not in found and ("PER", None) not in found


def test_states_welcoming_a_ruling_each_alone_still_welcome_it_alone(pipeline: Any) -> None:
    text = "Norway and Finland welcomed the ruling on Tuesday."
    found = pairs(events_of(pipeline, text), "SUPPORT")
    assert ("NOR", "FIN") not in found and ("FIN", "NOR") not in found


def test_object_moved_behind_a_place_is_still_the_object(pipeline: Any) -> None:
    text = "Last month Jordan hosted in Amman the foreign ministers of Syria and Iraq."
    found = pairs(events_of(pipeline, text), "CONSULT")
    assert {("SYR", "JOR"), ("IRQ", "JOR")} <= found


def test_apposition_after_a_comma_stays_an_apposition(pipeline: Any) -> None:
    parsed = pipeline.nlp("The Syrian minister arrived in Amman, the Jordanian capital, on Monday.")
    capital = next(token for token in parsed if token.text == "capital")
    assert capital.dep_ == "appos"


def test_month_after_a_day_is_no_modal(pipeline: Any) -> None:
    parsed = pipeline.nlp("On 1 May we hosted in Amman the foreign ministers of Syria and Iraq.")
    month = next(token for token in parsed if token.text == "May")
    assert month.dep_ != "aux" and month.tag_ == "NNP"
    ministers = next(token for token in parsed if token.text == "ministers")
    assert ministers.dep_ == "dobj" and ministers.head.text == "hosted"


def test_la_paz_is_bolivia_seat_of_government(pipeline: Any) -> None:
    text = "The Peruvian foreign minister flew to La Paz on Monday."
    assert ("PER", "BOL") in pairs(events_of(pipeline, text), "CONSULT")
