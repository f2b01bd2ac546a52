"""Claims of responsibility: whoever claims an attack made it, told actively, passively or as a
participle on the attack, and the attack's victims from its phrase or from the ones who fell
in it. Texts are our own."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2019, 2, 15)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def assaults(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "ASSAULT"
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Islamic State claimed the attack on the Russian embassy.", ("ORG:islamic-state", "RUS")),
        (
            "The Taliban claimed responsibility for the bombing of the Pakistani consulate.",
            ("ORG:taliban", "PAK"),
        ),
        (
            "The attack on the Indian convoy was claimed by Jaish-e-Mohammed.",
            ("ORG:jaish-e-mohammed", "IND"),
        ),
        (
            "Five Malian soldiers were killed in an ambush claimed by JNIM.",
            ("ORG:jnim", "MLI"),
        ),
    ],
)
def test_the_claimer_of_an_attack_made_it(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in assaults(events_of(pipeline, text))


def test_an_unclaimed_attack_has_no_claimer(pipeline: Any) -> None:
    events = events_of(
        pipeline, "No group has claimed responsibility for the attack on the embassy."
    )
    assert not assaults(events)


def test_a_claimed_territory_is_no_attack(pipeline: Any) -> None:
    events = events_of(pipeline, "China claims the islands, which Vietnam also claims.")
    assert not assaults(events)


def test_sanctions_named_by_a_participle_keep_their_target(pipeline: Any) -> None:
    events = events_of(pipeline, "The sanctions imposed by the EU on Russia in 2014 still hold.")
    assert ("EU", "RUS") in {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "SANCTION"
    }
