"""Measures between states: sanctions, coercion, retreats and concessions, and who takes them.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 5, 1)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "Japan's decision to restrict exports to South Korea angered Seoul.",
            "SANCTION",
            ("JPN", "KOR"),
        ),
        (
            "The decision by Ankara to halt exports to Israel angered Israeli officials.",
            "SANCTION",
            ("TUR", "ISR"),
        ),
        (
            "Moscow's move to expel two Estonian diplomats was condemned by Tallinn.",
            "SANCTION",
            ("RUS", "EST"),
        ),
    ],
)
def test_a_decided_act_is_done_by_the_owner_of_the_decision(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "The expulsion of 20 Czech diplomats by Russia escalated the row.",
            "SANCTION",
            ("RUS", "CZE"),
        ),
        (
            "The seizure of the British tanker by Iran drew condemnation from London.",
            "COERCE",
            ("IRN", "GBR"),
        ),
        (
            "The arrest of two Estonian citizens by Russian border guards drew protests from Tallinn.",
            "COERCE",
            ("RUS", "EST"),
        ),
        ("China placed the Japanese businessman under arrest.", "COERCE", ("CHN", "JPN")),
    ],
)
def test_an_act_named_by_a_noun_has_its_by_phrase_as_actor(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


def test_a_call_for_an_arrest_is_no_arrest(pipeline: Any) -> None:
    events = events_of(pipeline, "Kyiv called for the arrest of the Russian commander.")
    assert not pairs(events, "COERCE")
