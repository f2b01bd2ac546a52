"""Organisations a text names that the registry does not hold become actors of their own
(``ORG:`` + slug); a state's organs and units do not. Texts are our own."""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, Mention, PartialDate
from diplograph.resolve.registry import Registry
from diplograph.resolve.unregistered import slug

DATE = PartialDate(2021, 6, 1)


def processed(pipeline: Any, text: str) -> tuple[list[Mention], list[Event]]:
    out = pipeline.process(Document(text=text, source="case.txt", date=DATE))
    return out.mentions, out.events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type
    }


def test_an_unknown_front_and_its_acronym_are_one_actor(pipeline: Any) -> None:
    text = (
        "The Northern Valley Liberation Front (NVLF) attacked Myanmar troops on Monday. "
        "The NVLF freed ten soldiers on Friday."
    )
    mentions, events = processed(pipeline, text)
    front = "ORG:northern-valley-liberation-front"
    assert pairs(events, "ASSAULT") == {(front, "MMR")}
    assert {e.source.id for e in events if e.type == "RETREAT" and e.source} == {front}
    # "The Valley", Anguilla's capital, is part of the name here.
    assert not any(m.actor_id == "AIA" for m in mentions)
    event = next(e for e in events if e.type == "ASSAULT")
    assert event.source is not None
    assert event.source.name == "Northern Valley Liberation Front"
    assert event.source.kind == "organisation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kestrel Mining Corporation invested 200 million dollars in Mongolia.",
            ("INVESTS", "ORG:kestrel-mining-corporation", "MNG"),
        ),
        (
            "Ecuador shares the tracking data of its fleet with Global Fishing Watch.",
            ("COOPERATE", "ECU", "ORG:global-fishing-watch"),
        ),
        ("China supplied arms to the FNLA in 1975.", ("AID", "CHN", "ORG:fnla")),
    ],
)
def test_unregistered_organisations_act_and_are_acted_on(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    event_type, source, target = expected
    assert (source, target) in pairs(processed(pipeline, text)[1], event_type)


@pytest.mark.parametrize(
    "text",
    [
        "The National Disaster Management Agency asked foreign groups to send no staff.",
        "The port was financed by loans from the Export-Import Bank of China.",
        "We thank the United States, whose Export-Import Bank signed a memorandum.",
        "The missile belonged to the 53rd Anti-Aircraft Missile Brigade.",
        "The Transitional Military Council promised elections.",
    ],
)
def test_a_states_organs_and_units_are_not_organisations_of_their_own(
    pipeline: Any, text: str
) -> None:
    mentions, _ = processed(pipeline, text)
    assert not any(m.why and m.why.startswith("an organisation the text names") for m in mentions)


def test_a_registered_intelligence_service_acts_for_its_state(pipeline: Any) -> None:
    _, events = processed(pipeline, "The FBI blamed North Korea for the cyberattack.")
    assert ("USA", "PRK") in pairs(events, "ACCUSE")


def test_a_provisional_actor_is_known_by_id_but_not_listed() -> None:
    registry = Registry.default()
    actor = registry.provisional("ORG:saami-council", "Saami Council")
    assert registry.actor("ORG:saami-council") is actor
    assert registry.name_of("ORG:saami-council") == "Saami Council"
    assert registry.kind_of("ORG:saami-council") == "organisation"
    assert "ORG:saami-council" not in {a.id for a in registry.actors()}
    # A registered actor is never shadowed by a provisional one.
    assert registry.provisional("ORG:hamas", "Hamas movement").name == "Hamas"


def test_slug_follows_the_id_scheme() -> None:
    assert slug("Jyllands-Posten") == "jyllands-posten"
    assert slug("Forces of Freedom and Change") == "forces-of-freedom-and-change"
    assert slug("Société Générale") == "societe-generale"
