"""SUPPORT and CONSULT readings: signings, recognition, thanks, calls, visits and meetings.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 3, 1)


def events_of(pipeline: Any, text: str, date: PartialDate | None = DATE) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=date)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def unordered(found: set[tuple[str | None, str | None]]) -> set[frozenset[str | None]]:
    return {frozenset(pair) for pair in found}


def test_talks_between_ministers_of_a_listed_pair_are_their_states_talks(pipeline: Any) -> None:
    text = "Talks between the foreign ministers of Armenia and Azerbaijan took place in Washington."
    assert frozenset({"ARM", "AZE"}) in unordered(pairs(events_of(pipeline, text), "CONSULT"))


def test_meeting_between_adjective_pair_of_ministers(pipeline: Any) -> None:
    text = "The meeting between Chinese and Indian defence ministers was held in Moscow."
    assert frozenset({"CHN", "IND"}) in unordered(pairs(events_of(pipeline, text), "CONSULT"))


def test_capital_in_a_document_name_is_no_party_to_it(pipeline: Any) -> None:
    text = "Ukraine, Russia and the United States signed the Budapest Memorandum in 1994."
    support = pairs(events_of(pipeline, text), "SUPPORT")
    assert not any("HUN" in pair for pair in support)
    assert frozenset({"UKR", "RUS"}) in unordered(support)


def test_four_signers_pair_the_first_with_each_other(pipeline: Any) -> None:
    text = (
        "Ukraine, Russia, the United Kingdom and the United States signed the memorandum "
        "in Budapest in 1994."
    )
    support = unordered(pairs(events_of(pipeline, text), "SUPPORT"))
    assert {frozenset({"UKR", other}) for other in ("RUS", "GBR", "USA")} <= support


def test_switching_recognition_drops_one_and_recognises_the_other(pipeline: Any) -> None:
    text = "Nicaragua switched diplomatic recognition from Taiwan to China in December 2021."
    found = events_of(pipeline, text)
    assert ("NIC", "CHN") in pairs(found, "SUPPORT")
    assert ("NIC", "TWN") in pairs(found, "SANCTION")


def test_gratitude_goes_to_whom_it_is_addressed_not_to_its_reason(pipeline: Any) -> None:
    text = "Japan expressed its gratitude to Turkey for its help after the earthquake."
    assert ("JPN", "TUR") in pairs(events_of(pipeline, text), "SUPPORT")


def test_travelling_through_a_country_visits_it(pipeline: Any) -> None:
    text = "French President Emmanuel Macron travelled through Morocco last week."
    assert ("FRA", "MAR") in pairs(events_of(pipeline, text), "CONSULT")


def test_meeting_where_a_promise_was_made_was_held(pipeline: Any) -> None:
    text = "Russia, Ukraine and Belarus agreed to form a new union at a meeting on Sunday."
    consult = unordered(pairs(events_of(pipeline, text), "CONSULT"))
    assert frozenset({"RUS", "UKR"}) in consult
    # but a summit where a promised signing is to be is not held yet
    text = "Russia and Ukraine agreed to sign the deal at a summit in Istanbul."
    hosts = [e for e in events_of(pipeline, text) if e.type == "HOSTS"]
    assert all(e.modality != "asserted" for e in hosts)


def test_phone_call_is_with_whom_the_clause_addresses(pipeline: Any) -> None:
    text = "Erdogan congratulated Mirziyoyev on his re-election in a phone call on Monday."
    assert frozenset({"TUR", "UZB"}) in unordered(pairs(events_of(pipeline, text), "CONSULT"))


def test_guest_at_an_inauguration_visits_the_state(pipeline: Any) -> None:
    text = (
        "Kyrgyz President Sadyr Japarov attended the inauguration of Turkmen President "
        "Serdar Berdimuhamedov in Ashgabat."
    )
    assert ("KGZ", "TKM") in pairs(events_of(pipeline, text), "CONSULT")


def test_guest_at_a_parade_in_a_foreign_capital_visits_it(pipeline: Any) -> None:
    text = "Xi Jinping attended the Victory Day parade in Moscow."
    assert ("CHN", "RUS") in pairs(events_of(pipeline, text), "CONSULT")
