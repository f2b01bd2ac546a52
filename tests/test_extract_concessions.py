"""Promises, backing and concessions whose recipient sits in a phrase on the object
("a truce with the rebels", "the decision of Ankara") or that need none ("ratified the treaty").

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 5, 10)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type
    }


def test_a_truce_with_a_group_is_conceded_to_that_group(pipeline: Any) -> None:
    events = events_of(pipeline, "Israel declared a unilateral truce with Hamas on Sunday.")
    assert ("ISR", "ORG:hamas") in pairs(events, "CONCEDE")


def test_a_state_ratifies_a_treaty_with_no_partner_named(pipeline: Any) -> None:
    events = events_of(pipeline, "Chile ratified the convention on migrant workers in March.")
    assert ("CHL", None) in pairs(events, "SUPPORT")


def test_praising_talks_with_a_neighbour_backs_the_neighbour(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Greece's foreign minister lauded the talks with Turkey as a new start."
    )
    assert ("GRC", "TUR") in pairs(events, "SUPPORT")


def test_welcoming_the_decision_of_a_capital(pipeline: Any) -> None:
    events = events_of(pipeline, "Paris welcomed the decision of Algiers to reopen its airspace.")
    assert ("FRA", "DZA") in pairs(events, "SUPPORT")


def test_bowing_to_demands_concedes_to_whoever_made_them(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Belgrade bowed to Washington's demands and freed the three officers."
    )
    assert ("SRB", "USA") in pairs(events, "CONCEDE")


def test_relaxing_curbs_is_a_concession(pipeline: Any) -> None:
    events = events_of(pipeline, "Beijing relaxed its curbs on Japanese beef last week.")
    assert ("CHN", None) in pairs(events, "CONCEDE") or ("CHN", "JPN") in pairs(events, "CONCEDE")


def test_committing_to_supplying_a_state_promises_it(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Norway has committed to supplying Ukraine with two air defence systems."
    )
    assert ("NOR", "UKR") in pairs(events, "AGREE")


def test_proposing_a_joint_body_with_a_state(pipeline: Any) -> None:
    events = events_of(pipeline, "Peru proposed the creation of a border commission with Ecuador.")
    assert ("PER", "ECU") in pairs(events, "AGREE")


def test_a_truce_in_a_war_against_a_group_is_conceded_to_that_group(pipeline: Any) -> None:
    events = events_of(
        pipeline,
        "Sudan's army announced a three-day truce in its fight against the Rapid Support Forces.",
    )
    assert ("SDN", "ORG:rapid-support-forces") in pairs(events, "CONCEDE")


@pytest.mark.parametrize(
    "text",
    [
        "Belgium apologised to Congo on Monday for the colonial killings.",
        "Belgium's king offered a formal apology to Congo on Monday.",
    ],
)
def test_an_apology_is_a_verbal_concession(pipeline: Any, text: str) -> None:
    events = events_of(pipeline, text)
    assert ("BEL", "COD") in pairs(events, "CONCEDE")
    assert not pairs(events, "AGREE") and not pairs(events, "SUPPORT")


def test_a_pullback_agreed_with_a_ceasefire_is_part_of_the_agreed_act(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan agreed to a ceasefire and the pullback of heavy weapons from "
        "the front line."
    )
    events = pipeline.process(Document(text=text, source="case.txt")).events
    asserted = {e.type for e in events if e.modality == "asserted"}
    assert "CONCEDE" in asserted and "RETREAT" not in asserted


def test_keeping_to_a_ceasefire_is_a_concession(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Thailand and Cambodia said they would fully respect the ceasefire."
    )
    found = {frozenset(pair) for pair in pairs(events, "CONCEDE")}
    assert frozenset(("THA", "KHM")) in found


def test_pardoning_another_states_citizens_concedes_to_that_state(pipeline: Any) -> None:
    events = events_of(pipeline, "Egypt pardoned three Australian journalists on Sunday.")
    assert ("EGY", "AUS") in pairs(events, "CONCEDE")


def test_the_ceasefire_line_is_no_ceasefire(pipeline: Any) -> None:
    events = events_of(
        pipeline, "India and Pakistan built new posts along the ceasefire line in Kashmir."
    )
    assert not pairs(events, "CONCEDE")


@pytest.mark.parametrize(
    ("text", "promise"),
    [
        # a promise coordinated after an act aimed at someone is made to that someone
        (
            "Serbia apologised to Croatia for the shelling and offered to pay compensation.",
            ("SRB", "HRV"),
        ),
        (
            "Vietnam met Chinese envoys on Monday and pledged to resume joint patrols.",
            ("VNM", "CHN"),
        ),
        (
            "Ghana thanked Togo, praised its mediators and offered to host the next round.",
            ("GHA", "TGO"),
        ),
    ],
)
def test_a_promise_after_an_act_at_someone_is_made_to_them(
    pipeline: Any, text: str, promise: tuple[str, str]
) -> None:
    assert promise in pairs(events_of(pipeline, text), "AGREE")


@pytest.mark.parametrize(
    ("text", "concession"),
    [
        (
            "Tens of thousands of protesters stormed the parliament in Bishkek on Tuesday, and "
            "the Kyrgyz president later agreed to resign.",
            ("KGZ", "ORG:protesters-kyrgyzstan"),
        ),
        (
            "Demonstrators blocked the main roads into Yerevan for a week, and the Armenian "
            "prime minister agreed to step down.",
            ("ARM", "ORG:protesters-armenia"),
        ),
    ],
)
def test_a_concession_after_protests_against_a_state_goes_to_its_crowd(
    pipeline: Any, text: str, concession: tuple[str, str]
) -> None:
    assert concession in pairs(events_of(pipeline, text), "CONCEDE")


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        (
            "The Norwegian foreign minister attended the signing of a peace accord between "
            "Ethiopia and Eritrea in Jeddah.",
            ("ETH", "ERI"),
        ),
        (
            "Guests witnessed the signing of a border agreement between Kyrgyzstan and "
            "Tajikistan on Friday.",
            ("KGZ", "TJK"),
        ),
    ],
)
def test_the_signing_of_a_text_between_two_sides_is_theirs(
    pipeline: Any, text: str, signers: tuple[str, str]
) -> None:
    assert signers in pairs(events_of(pipeline, text), "SUPPORT")


@pytest.mark.parametrize(
    ("text", "concession"),
    [
        (
            "Russia agreed to suspend its attacks on Ukrainian energy facilities for 30 days.",
            ("RUS", "UKR"),
        ),
        ("Ethiopia agreed to halt its offensive against Tigrayan forces.", ("ETH", "ORG:tplf")),
        (
            "Israel halted its air strikes on Hezbollah positions for 48 hours.",
            ("ISR", "ORG:hezbollah"),
        ),
    ],
)
def test_halting_ones_own_offensive_concedes_to_its_target(
    pipeline: Any, text: str, concession: tuple[str, str]
) -> None:
    assert concession in pairs(events_of(pipeline, text), "CONCEDE")


@pytest.mark.parametrize(
    ("text", "concession"),
    [
        (
            "Under the truce, Hamas will free ten hostages and Israel will pull its forces back "
            "from the crossing.",
            ("ISR", "ORG:hamas"),
        ),
        (
            "Under the accord, the Houthis will release 300 detainees and Riyadh is to pull its "
            "troops back from the frontier.",
            ("SAU", "ORG:houthis"),
        ),
    ],
)
def test_two_coordinated_concessions_are_made_to_each_other(
    pipeline: Any, text: str, concession: tuple[str, str]
) -> None:
    assert concession in pairs(events_of(pipeline, text), "CONCEDE")


def test_letting_inspectors_in_is_access(pipeline: Any) -> None:
    text = "Moscow will allow UN inspectors to visit the Zaporizhzhia plant."
    assert ("RUS", "UN") in pairs(events_of(pipeline, text), "CONCEDE")


def test_letting_a_foreign_ship_dock_is_access(pipeline: Any) -> None:
    text = "Colombo allowed the Chinese research vessel to dock in Hambantota."
    assert ("LKA", "CHN") in pairs(events_of(pipeline, text), "RETREAT")


def test_handing_a_named_place_back_is_a_retreat_towards_the_receiver(pipeline: Any) -> None:
    text = "Portugal handed Macau back to China in December 1999."
    assert ("PRT", "CHN") in pairs(events_of(pipeline, text), "RETREAT")


def test_a_ceded_city_goes_to_the_state_it_is_ceded_to(pipeline: Any) -> None:
    text = "The United States transferred Okinawa to Japan in 1972."
    assert ("USA", "JPN") in pairs(events_of(pipeline, text), "RETREAT")


def test_a_promise_made_to_an_indirect_object_is_aimed_at_it(pipeline: Any) -> None:
    events = pipeline.process(
        Document(text="Washington promised Ukraine more air defence systems.", source="case.txt")
    ).events
    assert ("USA", "UKR") in {
        (e.source.id, e.target.id) for e in events if e.type == "AGREE" and e.source and e.target
    }


def test_dismantling_a_weapons_programme_is_disarming(pipeline: Any) -> None:
    events = events_of(pipeline, "Libya dismantled its chemical weapons programme in 2004.")
    assert ("LBY", None) in pairs(events, "RETREAT")


def test_a_concession_agreed_with_someone_is_made_to_them(pipeline: Any) -> None:
    text = (
        "Kim Jong Un agreed to dismantle its missile test site after summit talks with "
        "South Korea's Moon Jae-in."
    )
    events = events_of(pipeline, text)
    assert ("PRK", "KOR") in pairs(events, "AGREE")
    assert pairs(events, "CONCEDE") == {("PRK", "KOR")}


def test_police_dismantling_a_camp_concede_nothing(pipeline: Any) -> None:
    events = events_of(pipeline, "Police dismantled the protest camp in Minsk.")
    assert not pairs(events, "CONCEDE")
