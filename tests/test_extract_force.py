"""Hostile and demanding acts: force, sanctions, threats, rejections, requests, mobilisation.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2023, 5, 10)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_a_gerund_subject_between_two_states_is_fighting(pipeline: Any) -> None:
    events = events_of(pipeline, "Fighting between Armenia and Azerbaijan spread along the border.")
    assert pairs(events, "ASSAULT") & {("ARM", "AZE"), ("AZE", "ARM")}


def test_fire_between_two_sides_is_an_assault(pipeline: Any) -> None:
    text = "Talks resumed after weeks of artillery fire between Armenia and Azerbaijan."
    assert pairs(events_of(pipeline, text), "ASSAULT") & {("ARM", "AZE"), ("AZE", "ARM")}


def test_setting_on_fire_is_no_exchange_of_fire(pipeline: Any) -> None:
    text = "Crowds in Baku set an Armenian-owned shop on fire."
    assert not pairs(events_of(pipeline, text), "ASSAULT")


def test_a_veto_is_cast_against_the_security_council(pipeline: Any) -> None:
    text = "China vetoed a draft resolution on the crisis in Syria."
    assert pairs(events_of(pipeline, text), "REJECT") == {("CHN", "UNSC")}


def test_a_veto_of_a_un_body_is_cast_in_the_security_council(pipeline: Any) -> None:
    text = "Russia vetoed the extension of the UN monitoring mission."
    assert pairs(events_of(pipeline, text), "REJECT") == {("RUS", "UNSC")}


def test_a_veto_in_another_body_is_aimed_at_it(pipeline: Any) -> None:
    text = "Hungary vetoed the EU's new aid package."
    assert pairs(events_of(pipeline, text), "REJECT") == {("HUN", "EU")}
