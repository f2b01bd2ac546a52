"""Commitments made to no one: a decision of the actor's own is not an AGREE event, unless
it offers good offices to all sides.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 6, 12)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def agreements(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "AGREE"
    }


def test_a_decision_of_ones_own_is_no_agreement(pipeline: Any) -> None:
    text = "Chile agreed on Monday to review its fishing quotas by the end of the year."
    assert agreements(events_of(pipeline, text)) == set()


def test_a_promise_to_no_one_named_is_no_agreement(pipeline: Any) -> None:
    text = "Portugal pledged to cut its coal use by half within a decade."
    assert agreements(events_of(pipeline, text)) == set()


def test_an_offer_to_host_talks_stays_an_agreement(pipeline: Any) -> None:
    text = "Norway has offered to host the next round of negotiations in Oslo."
    assert ("NOR", None) in agreements(events_of(pipeline, text))


def test_a_readiness_to_mediate_stays_an_agreement(pipeline: Any) -> None:
    text = "Qatar said it was ready to mediate between the parties."
    assert ("QAT", None) in agreements(events_of(pipeline, text))


def test_a_promise_to_a_named_partner_stays(pipeline: Any) -> None:
    text = "Chile promised Peru on Monday to review its fishing quotas."
    assert ("CHL", "PER") in agreements(events_of(pipeline, text))
