"""Issue 2, "What it must show": the facts of the seed document, each with its evidence.

The seed is read from the installed package (``diplograph/data/sample_corpus``) through the same
reader ``diplograph ingest`` uses, and processed once for the whole module.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest

from diplograph.ingest import collect_documents
from diplograph.pipeline import ProcessedDocument
from diplograph.records import Document, Event

SEED = "kazakhstan_muslim_world.txt"
CONGRESSES = "Astana hosted three congresses of world and traditional religions"
FORUM = "Kazakhstan initiated a forum of the foreign ministers"
MEMBERSHIP = "It is a member of the Organization of the Islamic Conference"
ECONOMIC = "Kazakhstan has already established economic and cultural cooperation"
INVESTMENT = "Muslim countries, in particular Arab ones, are active in placing investment"
EXCHANGE = "However, the Republic of Kazakhstan does not just receive Arab investment"
MOSQUE = "For example, our country is funding work to restore"
FARABI = "The Republic of Kazakhstan is also building the Abu Nasr al-Farabi"
STOPPED = "will be resolutely stopped"
BEIBARS = "in the 13th century"
LAST = "is intended to occupy"


@pytest.fixture(scope="module")
def seed(pipeline: Any) -> ProcessedDocument:
    path = resources.files("diplograph").joinpath(f"data/sample_corpus/{SEED}")
    with resources.as_file(path) as file:
        (document,) = list(collect_documents([str(file)]))
    assert isinstance(document, Document)
    return pipeline.process(document)


def find(
    seed: ProcessedDocument, type_: str, source: str | None, target: str | None, **fields: Any
) -> list[Event]:
    """Asserted events of ``type_`` between ``source`` and ``target`` whose fields match."""
    return [
        event
        for event in seed.events
        if event.type == type_
        and event.modality == "asserted"
        and (event.source.id if event.source else None) == source
        and (target is None or (event.target is not None and event.target.id == target))
        and all(_field(event, name) == value for name, value in fields.items())
    ]


def _field(event: Event, name: str) -> Any:
    if name == "date":
        return event.date.iso() if event.date else None
    if name == "location":
        return event.location.name if event.location else None
    return getattr(event, name)


def assert_grounded(seed: ProcessedDocument, event: Event, words: str) -> None:
    """The event's evidence is the sentence holding ``words``, at its offsets in the text."""
    assert event.evidence, f"{event.type} has no evidence"
    piece = event.evidence[0]
    assert piece.document_id == seed.document.id
    assert seed.document.text[piece.start : piece.end] == piece.sentence
    assert words in piece.sentence


@pytest.mark.parametrize("year", ["2003", "2006", "2009"])
def test_hosts_each_congress_of_religions(seed: ProcessedDocument, year: str) -> None:
    (event,) = find(seed, "HOSTS", "KAZ", None, date=year, location="Astana")
    assert event.event_name and "congress" in event.event_name.lower()
    assert_grounded(seed, event, CONGRESSES)


def test_hosts_the_common_world_forum(seed: ProcessedDocument) -> None:
    events = find(seed, "HOSTS", "KAZ", None, date="2008-10")
    (event,) = [e for e in events if e.event_name == "Common World: Progress via Diversity"]
    assert_grounded(seed, event, FORUM)


def test_common_world_forum_is_located_in_astana(seed: ProcessedDocument) -> None:
    (event,) = find(seed, "HOSTS", "KAZ", None, date="2008-10")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Astana", "KAZ")


def test_member_of_oic_since_1995(seed: ProcessedDocument) -> None:
    (event,) = find(seed, "MEMBER_OF", "KAZ", "OIC", date="1995")
    assert event.date is not None and event.date.precision == "year"
    assert_grounded(seed, event, MEMBERSHIP)


def test_oic_renamed_with_old_and_new_names(seed: ProcessedDocument) -> None:
    (event,) = find(seed, "RENAMED", "OIC", None)
    assert event.old_name == "Organization of the Islamic Conference"
    assert event.new_name == "Organization of Islamic Cooperation"
    assert_grounded(seed, event, MEMBERSHIP)


@pytest.mark.parametrize("partner", ["ISDB", "ISESCO"])
def test_cooperates_with_islamic_institutions(seed: ProcessedDocument, partner: str) -> None:
    (event,) = find(seed, "COOPERATE", "KAZ", partner)
    assert_grounded(seed, event, MEMBERSHIP)


def test_economic_and_cultural_cooperation_with_the_muslim_world(seed: ProcessedDocument) -> None:
    (event,) = find(seed, "COOPERATE", "KAZ", "GRP:MUSLIM_WORLD")
    assert {"economic", "cultural"} <= set(event.contexts)
    assert_grounded(seed, event, ECONOMIC)


@pytest.mark.parametrize(
    ("investor", "words"), [("GRP:MUSLIM_WORLD", INVESTMENT), ("GRP:ARAB", EXCHANGE)]
)
def test_muslim_and_arab_countries_invest_in_kazakhstan(
    seed: ProcessedDocument, investor: str, words: str
) -> None:
    events = find(seed, "INVESTS", investor, "KAZ")
    assert events, f"no INVESTS {investor} -> KAZ"
    assert any(words in event.evidence[0].sentence for event in events)
    for event in events:
        assert_grounded(seed, event, "invest")


def test_cultural_cooperation_with_the_arab_world(seed: ProcessedDocument) -> None:
    (event,) = find(seed, "COOPERATE", "KAZ", "GRP:ARAB")
    assert "cultural" in event.contexts
    assert_grounded(seed, event, EXCHANGE)


@pytest.mark.parametrize(
    ("country", "city", "words"), [("EGY", "Cairo", MOSQUE), ("SYR", "Damascus", FARABI)]
)
def test_aid_to_egypt_and_syria(
    seed: ProcessedDocument, country: str, city: str, words: str
) -> None:
    (event,) = find(seed, "AID", "KAZ", country, location=city)
    assert event.location is not None and event.location.country == country
    assert_grounded(seed, event, words)


@pytest.mark.parametrize("words", [STOPPED, BEIBARS, LAST])
def test_no_asserted_event_from_intent_hypothesis_or_history(
    seed: ProcessedDocument, words: str
) -> None:
    assert words in seed.document.text
    invented = [
        event
        for event in seed.events
        if event.modality == "asserted" and any(words in piece.sentence for piece in event.evidence)
    ]
    assert invented == []


def test_every_event_is_grounded_in_the_seed(seed: ProcessedDocument) -> None:
    assert len(seed.events) >= 14
    for event in seed.events:
        for piece in event.evidence:
            assert seed.document.text[piece.start : piece.end] == piece.sentence
