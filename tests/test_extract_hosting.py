"""Who hosts a meeting: the agents of "hosted/organised by", else the state of its place.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, PartialDate

DATE = PartialDate(2024, 3, 5)


def hosts(pipeline: Any, text: str) -> set[str | None]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {e.source.id if e.source else None for e in events if e.type == "HOSTS"}


def test_co_hosts_named_after_the_meeting_host_it_not_the_city_state(pipeline: Any) -> None:
    text = (
        "At a donors' conference in Brussels on Monday, co-hosted by Norway, Japan and the "
        "United Nations, governments pledged 2 billion dollars for Yemen."
    )
    assert hosts(pipeline, text) == {"NOR", "JPN", "UN"}


def test_a_meeting_organised_by_two_states_is_hosted_by_both(pipeline: Any) -> None:
    text = "A forum organised by Chile and Peru opened in Lima on Tuesday."
    assert hosts(pipeline, text) == {"CHL", "PER"}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Arab foreign ministers met at a summit in the Egyptian resort of Sharm el-Sheikh.",
            "EGY",
        ),
        ("The leaders gathered for a conference in the Omani port city on Sunday.", "OMN"),
        ("Envoys of both sides attended a meeting in the Kenyan town of Naivasha.", "KEN"),
    ],
)
def test_a_town_named_by_its_state_places_the_meeting(pipeline: Any, text: str, host: str) -> None:
    assert host in hosts(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "CARICOM is a regional bloc founded by the Treaty of Chaguaramas, signed in the "
        "Trinidadian capital in 1973 by Barbados and Jamaica.",
        "ASEAN is a regional bloc established by the Bangkok Declaration, signed in the Thai "
        "capital on 8 August 1967 by Indonesia and Malaysia.",
    ],
)
def test_a_capital_named_by_its_state_is_a_city_not_invested_money(
    pipeline: Any, text: str
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert not [e for e in events if e.type == "INVESTS"]


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Ethiopia and Eritrea signed an agreement in Pretoria on Monday.", "ZAF"),
        ("Serbia and Kosovo initialled a treaty in Brussels on Friday.", "BEL"),
        ("Kenya and Uganda signed a border treaty in Geneva on Tuesday.", "CHE"),
        ("Sudan and Chad signed an agreement in Doha on Sunday.", "QAT"),
    ],
)
def test_a_pact_signed_in_a_third_state_is_hosted_by_it(
    pipeline: Any, text: str, host: str
) -> None:
    assert host in hosts(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mali and Niger signed a treaty in Bamako on Saturday.",
        "Russia and China signed a pact in Beijing on Monday.",
        "Peru says it will comply with the Quito agreement.",
    ],
)
def test_a_signer_s_own_city_or_a_pact_s_name_hosts_nothing(pipeline: Any, text: str) -> None:
    assert hosts(pipeline, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mexico and Canada signed an agreement at the White House on Monday.",
        "Serbia and Kosovo initialled an agreement at the White House on Friday.",
        "Leaders of the Gulf states met at a summit at the White House on Friday.",
    ],
)
def test_a_state_s_seat_of_government_is_in_that_state(pipeline: Any, text: str) -> None:
    assert hosts(pipeline, text) == {"USA"}


def sources(pipeline: Any, text: str, kind: str) -> set[str | None]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {e.source.id if e.source else None for e in events if e.type == kind}


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("EU finance ministers met in Lisbon on Friday to discuss the budget.", "PRT"),
        ("OSCE ambassadors, meeting in Warsaw on Monday, discussed the crisis.", "POL"),
        ("NATO defence ministers met in Brussels on Thursday.", "NATO"),
    ],
)
def test_an_organisation_s_members_meeting_in_a_named_city_are_hosted(
    pipeline: Any, text: str, host: str
) -> None:
    # In a member's city the state hosts; at the organisation's own seat, the organisation.
    assert hosts(pipeline, text) == {host}


def test_ministers_meeting_in_a_city_are_the_subject_not_their_meeting(pipeline: Any) -> None:
    # "ministers meeting" is no compound noun: the ministers condemn, the city's state hosts.
    text = "EU foreign ministers meeting in Lisbon condemned the coup on Friday."
    assert sources(pipeline, text, "ACCUSE") == {"EU"}
    assert hosts(pipeline, text) == {"PRT"}


def test_a_session_held_at_the_subject_s_own_seat_is_hosted_by_it(pipeline: Any) -> None:
    text = (
        "The UN Security Council, after an emergency session in New York on Sunday, called for "
        "an immediate ceasefire."
    )
    assert hosts(pipeline, text) == {"UNSC"}


@pytest.mark.parametrize(
    "text",
    [
        "It is an honour for Peru to welcome you to Lima for this conference.",
        "Welcome to Lima.",
    ],
)
def test_a_speaker_hosts_those_it_welcomes_to_its_city(pipeline: Any, text: str) -> None:
    title = "Address by the Foreign Minister of Peru at the opening of the conference"
    document = Document(text=text, source="case.txt", title=title, date=DATE)
    found = pipeline.process(document).events
    assert ("PER", None) in {
        (e.source.id if e.source else None, None) for e in found if e.type == "HOSTS"
    }
    assert not [e for e in found if e.type == "SUPPORT"]


def test_a_guest_welcomed_by_name_visits(pipeline: Any) -> None:
    text = "Kazakhstan welcomed President Xi to Astana on Monday."
    found = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert ("CHN", "KAZ") in {(e.source.id, e.target.id) for e in found if e.type == "CONSULT"}
    assert not [e for e in found if e.type == "HOSTS" and e.source and e.source.id == "KAZ"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia called for an emergency session of the UN Security Council on Sunday.",
        "Egypt called for an urgent meeting of the Arab League after the strikes.",
    ],
)
def test_a_meeting_called_for_is_asked_for_not_hosted(pipeline: Any, text: str) -> None:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert hosts(pipeline, text) == set()
    assert any(e.type == "REQUEST" and e.target is not None for e in events)


def test_hosting_an_organisations_meetings_receives_no_guests(pipeline: Any) -> None:
    text = (
        "Indonesia will host the Annual Meetings of the International Monetary Fund and the "
        "World Bank Group in Bali in October."
    )
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert {(e.type, e.source.id if e.source else None) for e in events} == {("HOSTS", "IDN")}


def test_joining_a_body_named_for_a_meeting_is_still_joining(pipeline: Any) -> None:
    text = "Kazakhstan joined the Organisation of the Islamic Conference in 1995."
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert ("MEMBER_OF", "OIC") in {(e.type, e.target.id if e.target else None) for e in events}
