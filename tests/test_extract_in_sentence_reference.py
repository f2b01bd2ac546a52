"""Actors a sentence names once and refers to again: "he" after a named person, a noun in
apposition that a participle describes. Texts are our own."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2019, 3, 10)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Mike Pence cited the port when he accused Beijing of using debt to gain influence.",
        "Pence spoke in Washington on Thursday, and he accused Beijing of debt-trap diplomacy.",
    ],
)
def test_he_is_the_person_named_as_an_earlier_subject(pipeline: Any, text: str) -> None:
    assert pairs(events_of(pipeline, text), "ACCUSE") == {("USA", "CHN")}


def test_he_after_who_is_the_person_the_clause_describes(pipeline: Any) -> None:
    text = (
        "Buhari and Sall spent Friday in Banjul negotiating with Jammeh, who then announced on "
        "television that he would step down."
    )
    events = [e for e in events_of(pipeline, text) if e.type == "CONCEDE"]
    assert {e.source.id for e in events if e.source} == {"GMB"}


def test_his_is_the_person_named_as_an_earlier_subject(pipeline: Any) -> None:
    text = "Vladimir Putin said his soldiers had attacked Ukraine."
    assert pairs(events_of(pipeline, text), "ASSAULT") == {("RUS", "UKR")}


def test_he_with_no_person_before_it_is_left_to_the_discourse(pipeline: Any) -> None:
    text = (
        "Mike Pence arrived in Tokyo. Japan's trade surplus grew, and he accused Beijing of theft."
    )
    assert ("USA", "CHN") in pairs(events_of(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The army fought Hezbollah, a militia backed by Iran, for a month.",
        "Hezbollah is a militia supported by Iran.",
    ],
)
def test_a_participle_on_a_describing_noun_acts_on_what_it_describes(
    pipeline: Any, text: str
) -> None:
    assert pairs(events_of(pipeline, text), "AID") == {("IRN", "ORG:hezbollah")}


def test_a_participle_on_a_plain_noun_names_no_recipient(pipeline: Any) -> None:
    assert pairs(events_of(pipeline, "Militias backed by Iran attacked the base."), "AID") == set()


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "The FARC attacked a village near Cali. The rebels later freed ten soldiers.",
            "RETREAT",
            "ORG:farc",
        ),
        (
            "Hamas fired rockets at Israel. The militants also attacked Israeli soldiers.",
            "ASSAULT",
            "ORG:hamas",
        ),
    ],
)
def test_the_rebels_are_the_organisation_the_story_named_last(
    pipeline: Any, text: str, event_type: str, expected: str
) -> None:
    second = text.split(". ")[1]
    events = [e for e in events_of(pipeline, text) if e.evidence[0].sentence == second]
    assert {e.source.id for e in events if e.type == event_type and e.source} == {expected}


def test_counted_states_are_the_last_sentences_subjects(pipeline: Any) -> None:
    text = (
        "Russia, Britain and the United States signed the memorandum in 1994. "
        "The three depositary states undertook to respect the borders of Ukraine."
    )
    assert pairs(events_of(pipeline, text), "AGREE") == {
        ("RUS", "UKR"),
        ("GBR", "UKR"),
        ("USA", "UKR"),
    }


def test_a_verb_read_as_a_noun_is_repaired_in_a_paragraph_that_ends_in_a_line_break(
    pipeline: Any,
) -> None:
    text = (
        "Guyana rejected these acts in the strongest terms.\n"
        "The Government thanks CARICOM, Brazil and the United States for their steadfast "
        "support, and takes note of the reinforcement of the border.\n"
        "Guyana will defend its territory.\n"
    )
    document = Document(text=text, source="statement.txt", date=DATE, title="Statement by Guyana")
    events = pipeline.process(document).events
    assert {("GUY", "CARICOM"), ("GUY", "BRA"), ("GUY", "USA")} <= pairs(events, "SUPPORT")
