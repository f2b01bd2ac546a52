"""Reported hostile acts as accusations, and states named by the adjective on a compound.

Texts are our own. "X says Y's forces did <hostile act>" is PLOVER ACCUSE from X to Y when X is
not the one said to have done it.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2022, 9, 14)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("Baku says Armenian artillery shelled its positions near Lachin.", ("AZE", "ARM")),
        ("Seoul claims North Korean gunboats fired on its patrol vessels.", ("KOR", "PRK")),
        ("According to Damascus, Turkish warplanes bombed Kurdish villages.", ("SYR", "TUR")),
        ("Tokyo said Russian helicopters had attacked Japanese fishing boats.", ("JPN", "RUS")),
        (
            "Bogota contends that Venezuelan soldiers raided a Colombian border post.",
            ("COL", "VEN"),
        ),
    ],
)
def test_a_reported_attack_accuses_the_attacker(
    pipeline: Any, text: str, accusation: tuple[str, str]
) -> None:
    assert accusation in pairs(events_of(pipeline, text), "ACCUSE")


def test_a_rammed_vessel_is_an_assault(pipeline: Any) -> None:
    events = events_of(pipeline, "Indonesian patrol boats rammed Malaysian fishing vessels.")
    assert ("IDN", "MYS") in pairs(events, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        # the speaker reports its own act
        "Ankara said its jets had struck Kurdish militant camps in northern Iraq.",
        "Washington said American and Australian warships fired on pirate skiffs.",
        # a forecast, not a charge
        "Taipei said Chinese forces would attack Taiwanese bases.",
        # the news told first and its source after it
        "Pakistani troops shelled Indian posts in Kashmir, Indian officials said.",
    ],
)
def test_no_accusation_by_the_actor_or_from_a_news_source(pipeline: Any, text: str) -> None:
    claim = "Baku says Armenian artillery shelled its positions near Lachin."
    events = events_of(pipeline, f"{text} {claim}")
    alleged = {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "ACCUSE" and e.mode == "allege"
    }
    assert alleged == {("AZE", "ARM")}  # the second sentence's charge only


def test_the_adjective_of_a_compound_names_its_state(pipeline: Any) -> None:
    text = "Athens said that Turkish coast guard personnel had boarded two Greek fishing boats."
    events = events_of(pipeline, text)
    assert ("TUR", "GRC") in pairs(events, "COERCE")
