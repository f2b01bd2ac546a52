"""Verbal conflict: accusations, rejections, demands, threats and protests.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 5, 10)
SCORED = ("asserted", "planned")


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality in SCORED
    }


def test_a_response_the_speaker_says_it_will_be_forced_to_take_is_a_threat(
    pipeline: Any,
) -> None:
    text = (
        "Poland expelled three Russian diplomats, and Moscow said it would be compelled to "
        "take counter-measures."
    )
    assert ("RUS", "POL") in pairs(events_of(pipeline, text), "THREATEN")


def test_a_threat_answering_an_accession_aims_at_the_joining_state(pipeline: Any) -> None:
    text = (
        "NATO foreign ministers met in Brussels on Tuesday. Finland joined NATO the same day, "
        "and the Kremlin said it would take countermeasures."
    )
    threats = pairs(events_of(pipeline, text), "THREATEN")
    assert ("RUS", "FIN") in threats and ("RUS", "NATO") not in threats
