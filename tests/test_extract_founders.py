"""Founders of an organisation, when the founding verb is coordinated with another passive.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate


def members(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    events: list[Event] = pipeline.process(
        Document(text=text, source="case.txt", date=PartialDate(2024, 6, 12))
    ).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "MEMBER_OF"
    }


def test_a_coordinated_passive_launch_names_the_founders(pipeline: Any) -> None:
    text = (
        "The Colombo Plan is a regional body for development in Asia. It was first proposed "
        "in Sydney in 1950 and was launched in 1951 by Australia, Canada and India."
    )
    assert {("AUS", "COLOMBO_PLAN"), ("CAN", "COLOMBO_PLAN"), ("IND", "COLOMBO_PLAN")} <= members(
        pipeline, text
    )


def test_the_barents_council_is_known_by_name(pipeline: Any) -> None:
    text = "Finland and Norway are both members of the Barents Euro-Arctic Council."
    assert {("FIN", "BEAC"), ("NOR", "BEAC")} <= members(pipeline, text)
