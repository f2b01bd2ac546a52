"""Raised pledges and contributions, and a second clause's subject the
parser reads as a conjunct of the first clause's object.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.nlp.model import load_pipeline
from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 6, 12)


def events_of(pipeline: Any, text: str, date: PartialDate | None = DATE) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=date)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_a_raised_contribution_is_aid(pipeline: Any) -> None:
    text = "Canada has increased its humanitarian contribution to 40 million dollars."
    assert ("CAN", None) in pairs(events_of(pipeline, text), "AID")


def test_a_doubled_pledge_is_aid(pipeline: Any) -> None:
    text = "Norway doubled its pledge to the relief fund on Tuesday."
    assert ("NOR", None) in pairs(events_of(pipeline, text), "AID")


def test_a_subject_read_as_a_conjunct_of_the_previous_object_is_given_back() -> None:
    nlp = load_pipeline()
    doc = nlp("Moscow bought oil and Beijing announced new tariffs.")
    beijing = next(token for token in doc if token.text == "Beijing")
    assert beijing.dep_ == "nsubj"
    assert beijing.head.text == "announced"


def test_help_from_unnamed_givers_turned_down_has_no_recipient(pipeline: Any) -> None:
    text = (
        "Indonesia and Colombia were hit hardest by the storm. "
        "Thailand turned down foreign financial assistance."
    )
    assert pairs(events_of(pipeline, text), "REJECT") == {("THA", None)}
