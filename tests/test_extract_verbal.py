"""Verbal conflict: accusations, rejections, demands, threats and protests.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

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


def test_cannot_accept_is_a_rejection_of_whatever_is_refused(pipeline: Any) -> None:
    text = "The Philippines cannot accept China's new ten-dash line map."
    assert ("PHL", "CHN") in pairs(events_of(pipeline, text), "REJECT")


def test_cannot_accept_a_pronoun_rejects_the_act_it_stands_for(pipeline: Any) -> None:
    text = (
        "Beijing declared an air defence identification zone over the East China Sea. "
        "Tokyo cannot accept it and regards the zone as invalid."
    )
    assert ("JPN", "CHN") in pairs(events_of(pipeline, text), "REJECT")


def test_an_offer_not_taken_up_is_no_rejection_of_it(pipeline: Any) -> None:
    text = "Serbia did not accept the invitation to the summit in Vilnius."
    assert not pairs(events_of(pipeline, text), "REJECT")


def test_a_crowd_marching_on_an_embassy_protests_at_its_owner(pipeline: Any) -> None:
    text = "Hundreds of students marched to the US embassy in Seoul."
    protests = pairs(events_of(pipeline, text), "PROTEST")
    assert ("ORG:protesters-south-korea", "USA") in protests
    assert ("ORG:protesters-south-korea", "KOR") not in protests


def test_an_armed_group_marching_on_a_city_is_no_protest(pipeline: Any) -> None:
    assert not pairs(events_of(pipeline, "Rebels marched on Kabul."), "PROTEST")


def test_stern_representations_lodged_are_a_protest_at_their_addressee(pipeline: Any) -> None:
    text = "Beijing lodged stern representations with Tokyo over the visit."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert ("CHN", "JPN") in {
        (e.source.id, e.target.id) for e in events if e.type == "ACCUSE" and e.source and e.target
    }


def test_an_accusing_adjunct_of_a_reported_clause_is_the_speakers(pipeline: Any) -> None:
    text = "Ukraine said Russia had violated the ceasefire, accusing it of shelling civilian areas."
    accusations = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("UKR", "RUS") in accusations and ("RUS", "UKR") not in accusations


def test_an_urging_adjunct_of_a_reported_clause_is_the_speakers(pipeline: Any) -> None:
    text = "China said the United States had meddled in its affairs, urging it to stop at once."
    requests = pairs(events_of(pipeline, text), "REQUEST")
    assert requests == {("CHN", "USA")}


def test_a_threat_on_a_condition_aims_at_whoever_must_meet_it(pipeline: Any) -> None:
    text = "Moscow threatened reprisals if Georgia joined NATO."
    threats = pairs(events_of(pipeline, text), "THREATEN")
    assert ("RUS", "GEO") in threats and ("RUS", "NATO") not in threats


def test_a_threatened_veto_is_the_threat_only(pipeline: Any) -> None:
    events = events_of(pipeline, "Ankara has threatened to block Finland's bid to join NATO.")
    assert any(source == "TUR" for source, _ in pairs(events, "THREATEN"))
    assert not [e for e in events if e.type == "REJECT" and e.modality == "asserted"]


def test_a_threatened_strike_is_one_threat(pipeline: Any) -> None:
    events = events_of(pipeline, "Pyongyang threatened to attack South Korea with missiles.")
    threats = [e for e in events if e.type == "THREATEN" and e.modality in SCORED]
    assert [
        (e.source.id if e.source else None, e.target.id if e.target else None) for e in threats
    ] == [("PRK", "KOR")]


def test_voting_against_a_measure_rejects_whoever_tabled_it(pipeline: Any) -> None:
    text = "Brazil voted against the resolution tabled by Canada."
    assert ("BRA", "CAN") in pairs(events_of(pipeline, text), "REJECT")


def test_a_withdrawal_asked_for_is_asked_of_whoever_would_withdraw(pipeline: Any) -> None:
    text = "Kenya's president called for the withdrawal of Ugandan troops from the border area."
    assert ("KEN", "UGA") in pairs(events_of(pipeline, text), "REQUEST")


def test_seeking_talks_with_a_state_asks_that_state(pipeline: Any) -> None:
    text = "Hanoi sought a meeting with Chinese officials to discuss the collision."
    assert ("VNM", "CHN") in pairs(events_of(pipeline, text), "REQUEST")


def test_not_hesitating_to_respond_announces_the_response(pipeline: Any) -> None:
    text = "Beijing will not hesitate to respond to any provocation by Manila, a spokesman said."
    assert ("CHN", "PHL") in pairs(events_of(pipeline, text), "THREATEN")


def test_an_order_to_another_actor_is_a_demand(pipeline: Any) -> None:
    text = "The International Court of Justice ordered Myanmar to prevent acts of genocide."
    assert ("ICJ", "MMR") in pairs(events_of(pipeline, text), "REQUEST")


def test_an_order_to_ones_own_forces_or_to_envoys_to_leave_is_no_demand(pipeline: Any) -> None:
    text = (
        "Bogota ordered the army to observe the ceasefire. "
        "Caracas ordered the Peruvian ambassador to leave the country."
    )
    events = events_of(pipeline, text)
    assert not pairs(events, "REQUEST")
    assert ("VEN", "PER") in pairs(events, "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Estonia condemns the detention of its citizens and demands that Moscow release them.",
        "We reject the accusations and demand that Russia stop its provocations.",
        "We condemn the detention of Estonian citizens and demand that Russia release them.",
    ],
)
def test_a_second_verb_read_as_a_noun_still_demands(pipeline: Any, text: str) -> None:
    title = "Statement of the Ministry of Foreign Affairs of Estonia"
    document = Document(text=text, source="case.txt", title=title, date=DATE)
    found = pipeline.process(document).events
    assert ("EST", "RUS") in pairs(found, "REQUEST")


def test_demands_a_state_made_stay_a_noun(pipeline: Any) -> None:
    found = events_of(pipeline, "Estonia rejected the claims and demands that Russia made.")
    assert not pairs(found, "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "Chad calls on Sudan to honour the truce and on the African Union to act.",
        "Chad therefore calls on Sudan to honour its commitments and on the African Union to act.",
    ],
)
def test_a_repeated_on_after_an_infinitive_asks_one_more(pipeline: Any, text: str) -> None:
    found = pairs(events_of(pipeline, text), "REQUEST")
    assert {("TCD", "SDN"), ("TCD", "AU")} <= found


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "Pyongyang fired a ballistic missile on Thursday. Japan joined South Korea in "
            "condemning the launch.",
            "ACCUSE",
            {("JPN", "PRK"), ("KOR", "PRK")},
        ),
        (
            "Oman and Kuwait joined Qatar in urging Iran to release the tanker.",
            "REQUEST",
            {("OMN", "IRN"), ("KWT", "IRN"), ("QAT", "IRN")},
        ),
    ],
)
def test_joining_another_in_an_act_makes_both_its_sources(
    pipeline: Any, text: str, event_type: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing said it opposed outside interference in Venezuela's affairs.", {("CHN", None)}),
        ("Iran rejected foreign interference in its internal affairs.", {("IRN", None)}),
        ("Russia rejected US interference in Belarus.", {("RUS", "USA")}),
    ],
)
def test_rejected_interference_is_aimed_at_the_meddler_not_the_meddled(
    pipeline: Any, text: str, expected: set[tuple[str, str | None]]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert {
        (e.source.id, e.target.id if e.target else None) for e in events if e.type == "REJECT"
    } == expected


def test_a_hostile_act_held_in_reserve_is_a_threat(pipeline: Any) -> None:
    text = "Lithuania has reserved the right to close the border with Belarus."
    assert pairs(events_of(pipeline, text), "THREATEN") == {("LTU", "BLR")}


def test_an_ignored_deadline_was_a_demand_of_whoever_set_it(pipeline: Any) -> None:
    text = "Moscow ignored London's deadline to explain the poisoning."
    assert pairs(events_of(pipeline, text), "REQUEST") == {("GBR", "RUS")}


def test_pleading_for_help_is_a_request(pipeline: Any) -> None:
    text = "Fiji's government pleaded for international help after the cyclone on Monday."
    assert ("FJI", None) in pairs(events_of(pipeline, text), "REQUEST")


def test_pleading_with_a_state_to_act_asks_it(pipeline: Any) -> None:
    text = "Armenia pleaded with Moscow to send peacekeepers to the border."
    assert ("ARM", "RUS") in pairs(events_of(pipeline, text), "REQUEST")


def test_wanting_another_state_to_act_asks_it(pipeline: Any) -> None:
    text = "Warsaw wants Berlin to pay reparations for the war."
    assert ("POL", "DEU") in pairs(events_of(pipeline, text), "REQUEST")


def test_weighing_a_request_makes_its_owner_the_asker(pipeline: Any) -> None:
    text = "Germany is considering a Polish request for more air defence batteries."
    assert ("POL", "DEU") in pairs(events_of(pipeline, text), "REQUEST")
