"""Armed clashes, crowd control, threats, shows of force and diplomatic sanctions.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 3, 14)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_by_phrase_hung_on_the_instrument_names_the_attacker(pipeline: Any) -> None:
    text = "Vietnamese fishing boats were threatened with water cannon by Chinese ships."
    assert ("CHN", "VNM") in pairs(events_of(pipeline, text), "THREATEN")


def test_second_passive_shares_the_agent_of_the_first(pipeline: Any) -> None:
    text = (
        "Two Vietnamese fishing boats were also blocked by Chinese ships near the reef "
        "and were threatened with water cannons."
    )
    assert ("CHN", "VNM") in pairs(events_of(pipeline, text), "THREATEN")


def test_tear_gas_fired_to_disperse_crowds_hits_the_country_s_protesters(pipeline: Any) -> None:
    text = "Colombian police fired tear gas to disperse the crowds."
    assert ("COL", "ORG:protesters-colombia") in pairs(events_of(pipeline, text), "ASSAULT")


def test_water_cannon_against_demonstrators_hits_the_country_s_protesters(pipeline: Any) -> None:
    text = "Kenyan police used water cannon against demonstrators in Nairobi."
    assert ("KEN", "ORG:protesters-kenya") in pairs(events_of(pipeline, text), "ASSAULT")


def test_attacking_a_checkpoint_attacks_its_owner(pipeline: Any) -> None:
    text = "Russian drones attacked a Ukrainian checkpoint near Kharkiv."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "ASSAULT")


def test_hitting_a_boat_with_water_cannon_is_an_assault(pipeline: Any) -> None:
    text = "A Chinese ship hit the Vietnamese fishing boat with water cannon."
    assert ("CHN", "VNM") in pairs(events_of(pipeline, text), "ASSAULT")


def test_laying_mines_along_parts_of_the_border_faces_the_other_side(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan fought a war in 2020. "
        "Azerbaijan later laid minefields along sections of the frontier."
    )
    assert ("AZE", "ARM") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_drills_around_another_state_are_a_show_of_force(pipeline: Any) -> None:
    text = "The Chinese navy has begun military exercises around Taiwan."
    assert ("CHN", "TWN") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_switching_recognition_drops_the_first_state(pipeline: Any) -> None:
    text = "Nicaragua switched diplomatic recognition from Taiwan to Beijing in 2021."
    assert ("NIC", "TWN") in pairs(events_of(pipeline, text), "SANCTION")


def test_soldiers_who_topple_a_president_are_the_junta_of_his_state(pipeline: Any) -> None:
    text = (
        "Mali was the first state in the region to suffer a coup. "
        "Soldiers toppled President Ibrahim Boubacar Keita in August 2020."
    )
    assert ("ORG:mali-junta", "MLI") in pairs(events_of(pipeline, text), "COERCE")


def test_a_clause_hung_on_a_noun_shares_no_subject_with_the_clause_above(pipeline: Any) -> None:
    text = (
        "The military seized power in Guinea in 2021, prompting the regional bloc ECOWAS "
        "to threaten to impose sanctions."
    )
    sources = {source for source, _ in pairs(events_of(pipeline, text), "THREATEN")}
    assert not any(source and source.endswith("-junta") for source in sources)


def test_armed_forces_who_overthrow_a_president_are_the_junta(pipeline: Any) -> None:
    text = "Sudan's armed forces overthrew President Omar al-Bashir on Thursday."
    assert ("ORG:sudan-junta", "SDN") in pairs(events_of(pipeline, text), "COERCE")


def test_an_army_chief_who_seizes_power_leads_a_junta(pipeline: Any) -> None:
    text = "Guinea's army chief Mamady Doumbouya seized power in a coup on Sunday."
    assert ("ORG:guinea-junta", "GIN") in pairs(events_of(pipeline, text), "COERCE")


def test_a_military_government_that_took_power_coerced_its_own_state(pipeline: Any) -> None:
    text = (
        "The Commonwealth met in London. Thailand was criticised at the meeting after its "
        "military government, which had seized power in a 2014 coup, delayed elections."
    )
    assert ("ORG:thailand-junta", "THA") in pairs(events_of(pipeline, text), "COERCE")


@pytest.mark.parametrize(
    ("text", "junta", "state"),
    [
        (
            "Trade with Niamey has dwindled since the military seized power in Niger last year.",
            "ORG:niger-junta",
            "NER",
        ),
        (
            "Guinea's military seized power in September, arresting the president.",
            "ORG:guinea-junta",
            "GIN",
        ),
        ("Thailand's military seized power in 2014.", "ORG:thailand-junta", "THA"),
        ("Burkina Faso's military took power in January.", "ORG:burkina-faso-junta", "BFA"),
    ],
)
def test_the_military_seized_power_is_a_clause_not_a_noun_phrase(
    pipeline: Any, text: str, junta: str, state: str
) -> None:
    """spaCy reads "the military seized power" as one noun phrase (two modifiers of "power");
    a past-tense verb is never attributive, so it is the clause and "military" its subject."""
    assert (junta, state) in pairs(events_of(pipeline, text), "COERCE")


def test_missiles_fired_at_targets_in_a_city_strike_its_state(pipeline: Any) -> None:
    text = "Russian forces fired cruise missiles at targets in Kharkiv on Friday."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "ASSAULT")


def test_the_state_in_front_of_a_named_base_owns_it(pipeline: Any) -> None:
    text = "Syria fired rockets at the U.S. Tanf garrison base in Jordan on Tuesday."
    assert ("SYR", "USA") in pairs(events_of(pipeline, text), "ASSAULT")


def test_tear_gas_fired_at_a_list_with_protesters_in_it_hits_the_crowd(pipeline: Any) -> None:
    text = "Bolivian police fired tear gas at journalists and protesters in La Paz on Monday."
    assault = pairs(events_of(pipeline, text), "ASSAULT")
    assert ("BOL", "ORG:protesters-bolivia") in assault


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Russia launched strikes on Georgian towns after the end of a 12-hour ultimatum "
            "for Georgia to withdraw.",
            ("RUS", "GEO"),
        ),
        (
            "The United States launched air strikes after the expiry of a 48-hour ultimatum "
            "for Belgrade to withdraw its forces.",
            ("USA", "SRB"),
        ),
        (
            "Turkey carried out raids in Syria after a 24-hour ultimatum to Damascus.",
            ("TUR", "SYR"),
        ),
        (
            "China conducted drills near the island after the end of its ultimatum to Taiwan.",
            ("CHN", "TWN"),
        ),
    ],
)
def test_an_ultimatum_noun_threatens_whoever_must_comply(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    """No "issued" or "gave" needed: an ultimatum named in passing is still a threat."""
    assert pair in pairs(events_of(pipeline, text), "THREATEN")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Minsk threatened to halt the flow of Russian oil to Poland if the European Union "
            "adopted new sanctions.",
            ("BLR", "EU"),
        ),
        (
            "Moscow vowed to respond to the deployment of American missiles if Poland accepted "
            "them.",
            ("RUS", "POL"),
        ),
    ],
    ids=["threatened-to-if", "vowed-to-respond-if"],
)
def test_a_threat_on_a_condition_is_aimed_at_whoever_must_meet_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "THREATEN")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a named city, by the gazetteer, in a state the text names
        (
            "Islamic State fighters seized control of Raqqa on Friday as Syrian troops fled.",
            ("ORG:islamic-state", "SYR"),
        ),
        ("Russian troops captured the Ukrainian town of Avdiivka in February.", ("RUS", "UKR")),
        (
            "Al-Shabaab militants overran the town of Kismayo, Somalia's main port.",
            ("ORG:al-shabaab", "SOM"),
        ),
        # a capital the text names: its state
        ("Taliban fighters took Kabul on Sunday.", ("ORG:taliban", "AFG")),
    ],
)
def test_armed_forces_that_take_a_city_attack_its_state(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    found = events_of(pipeline, text)
    assert pair in pairs(found, "ASSAULT")
    assert pair not in pairs(found, "COERCE")


def test_seizing_a_named_ship_stays_a_seizure(pipeline: Any) -> None:
    text = "Iranian commandos seized the British tanker Stena Impero in the Strait of Hormuz."
    found = events_of(pipeline, text)
    assert ("IRN", "GBR") in pairs(found, "COERCE")
    assert not pairs(found, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thousands of Russian troops rolled into the Georgian town of Gori.", ("RUS", "GEO")),
        ("Hundreds of American marines moved into Kuwait on Friday.", ("USA", "KWT")),
    ],
)
def test_a_count_of_troops_that_moves_in_is_a_deployment(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting broke out in Tripoli on Monday between the Libyan army and Turkish troops.",
        "Clashes erupted on Friday between Kyrgyz and Tajik border guards.",
    ],
)
def test_fighting_that_broke_out_between_two_sides_is_between_them(
    pipeline: Any, text: str
) -> None:
    found = {frozenset(pair) for pair in pairs(events_of(pipeline, text), "ASSAULT")}
    assert found & {frozenset(("LBY", "TUR")), frozenset(("KGZ", "TJK"))}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's president called for an end to the fighting in Libya.",
        "Brazil demanded a halt to the violence between the army and the rebels in Haiti.",
    ],
)
def test_who_asks_an_act_to_end_is_not_doing_it(pipeline: Any, text: str) -> None:
    asker = "GHA" if text.startswith("Ghana") else "BRA"
    found = events_of(pipeline, text)
    assert not [e for e in found if e.type == "ASSAULT" and e.source and e.source.id == asker]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russian forces shelled Kharkiv.", ("RUS", "UKR")),
        ("Turkish drones struck Kurdish militants in northern Syria.", ("TUR", "SYR")),
    ],
)
def test_a_strike_on_a_named_city_or_on_fighters_hits_the_state_they_are_in(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Russian invasion of Ukraine prompted Western sanctions.", ("RUS", "UKR")),
        ("Israel's bombardment of Gaza drew condemnation.", ("ISR", "PSE")),
        ("The Russian shelling of Kharkiv killed three civilians.", ("RUS", "UKR")),
    ],
)
def test_a_national_adjective_or_possessor_names_who_shelled_the_of_phrase(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "ASSAULT")


def test_taking_a_states_people_hostage_is_an_assault_on_it(pipeline: Any) -> None:
    text = "Hamas took 250 Israelis hostage."
    assert ("ORG:hamas", "ISR") in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_town_with_no_namesake_abroad_is_its_states_even_unnamed(pipeline: Any) -> None:
    text = "Russian troops seized Mariupol after a three-month siege."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_date_that_spells_a_town_is_no_place_struck(pipeline: Any) -> None:
    text = "Colombian aircraft bombed a rebel camp before dawn on 1 March."
    assert ("COL", "GBR") not in pairs(events_of(pipeline, text), "ASSAULT")


def test_an_armed_conflict_between_two_states_is_fighting(pipeline: Any) -> None:
    text = "The Cenepa War was a brief armed conflict between Ecuador and Peru in 1995."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    fought = {frozenset((e.source.id, e.target.id)) for e in events if e.type == "ASSAULT"}
    assert frozenset({"ECU", "PER"}) in fought


def test_a_trade_conflict_is_no_fighting(pipeline: Any) -> None:
    text = "A trade conflict between China and the United States escalated in 2018."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert not [e for e in events if e.type == "ASSAULT"]
