"""Measures between states: sanctions, coercion, retreats and concessions, and who takes them.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 5, 1)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "Japan's decision to restrict exports to South Korea angered Seoul.",
            "SANCTION",
            ("JPN", "KOR"),
        ),
        (
            "The decision by Ankara to halt exports to Israel angered Israeli officials.",
            "SANCTION",
            ("TUR", "ISR"),
        ),
        (
            "Moscow's move to expel two Estonian diplomats was condemned by Tallinn.",
            "SANCTION",
            ("RUS", "EST"),
        ),
    ],
)
def test_a_decided_act_is_done_by_the_owner_of_the_decision(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "The expulsion of 20 Czech diplomats by Russia escalated the row.",
            "SANCTION",
            ("RUS", "CZE"),
        ),
        (
            "The seizure of the British tanker by Iran drew condemnation from London.",
            "COERCE",
            ("IRN", "GBR"),
        ),
        (
            "The arrest of two Estonian citizens by Russian border guards drew protests from Tallinn.",
            "COERCE",
            ("RUS", "EST"),
        ),
        ("China placed the Japanese businessman under arrest.", "COERCE", ("CHN", "JPN")),
    ],
)
def test_an_act_named_by_a_noun_has_its_by_phrase_as_actor(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


def test_a_call_for_an_arrest_is_no_arrest(pipeline: Any) -> None:
    events = events_of(pipeline, "Kyiv called for the arrest of the Russian commander.")
    assert not pairs(events, "COERCE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China removed tariffs on Australian barley in August.", ("CHN", "AUS")),
        ("Tariffs on Australian wine were removed by China in March.", ("CHN", "AUS")),
        ("Tokyo scrapped its export restrictions on South Korea.", ("JPN", "KOR")),
        ("India lowered duties on Pakistani cement.", ("IND", "PAK")),
    ],
)
def test_removing_a_measure_eases_it(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(events_of(pipeline, text), "CONCEDE")


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "The Dominican Republic deported thousands of Haitians last week.",
            "COERCE",
            ("DOM", "HTI"),
        ),
        ("Thousands of Afghans were deported by Iran last month.", "COERCE", ("IRN", "AFG")),
        ("Israel barred UN officials from entering Gaza.", "COERCE", ("ISR", "UN")),
        (
            "The United States placed Huawei on its trade blacklist in May 2019.",
            "SANCTION",
            ("USA", "ORG:huawei"),
        ),
        (
            "The Commerce Department added six Chinese firms to its entity list.",
            "SANCTION",
            ("USA", "CHN"),
        ),
        (
            "Iran and Saudi Arabia released each other's detained pilgrims.",
            "RETREAT",
            ("IRN", "SAU"),
        ),
    ],
)
def test_measures_named_by_their_objects(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Georgian police raided the offices of two opposition groups in Tbilisi.",
        "The deportation of 300 Guatemalans by Mexico angered Guatemala City.",
    ],
)
def test_raids_and_deportations_coerce(pipeline: Any, text: str) -> None:
    events = events_of(pipeline, text)
    assert any(e.type == "COERCE" for e in events)


def test_the_treasury_department_acts_for_washington(pipeline: Any) -> None:
    text = "The Treasury Department imposed sanctions on 12 Iranian individuals."
    assert ("USA", "IRN") in pairs(events_of(pipeline, text), "SANCTION")


def test_a_clause_read_as_one_noun_phrase_keeps_its_doer(pipeline: Any) -> None:
    # The parser reads "relaxed" as a modifier of "controls" and the sentence as a noun phrase.
    events = events_of(pipeline, "Tokyo relaxed export controls on South Korea in March 2023.")
    assert ("JPN", "KOR") in pairs(events, "CONCEDE")


def test_talks_under_another_s_auspices_are_not_the_host_s_mediation(pipeline: Any) -> None:
    text = (
        "Qatar hosted talks between the United States and the Taliban under the auspices of the UN."
    )
    events = events_of(pipeline, text)
    assert ("QAT", "USA") not in pairs(events, "CONSULT")
    assert ("QAT", None) in pairs(events, "HOSTS")


def test_a_completed_withdrawal_is_a_retreat(pipeline: Any) -> None:
    events = events_of(pipeline, "Russia completed the withdrawal of its troops from Kherson.")
    assert any(source == "RUS" for source, _ in pairs(events, "RETREAT"))


def test_house_arrest_of_one_s_own_politicians_coerces_without_a_foreign_target(
    pipeline: Any,
) -> None:
    text = (
        "Indian authorities placed former chief ministers Mehbooba Mufti and Omar Abdullah "
        "under house arrest on Monday."
    )
    assert pairs(events_of(pipeline, text), "COERCE") == {("IND", None)}


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "Russia's expulsion of two Estonian diplomats was condemned by Tallinn.",
            "SANCTION",
            ("RUS", "EST"),
        ),
        ("Iran's seizure of the British tanker was condemned by London.", "COERCE", ("IRN", "GBR")),
        (
            "Russia's invasion of Ukraine was condemned by the General Assembly.",
            "ASSAULT",
            ("RUS", "UKR"),
        ),
    ],
)
def test_the_agent_of_a_passive_judges_the_act_its_subject_owns(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    found = pairs(events_of(pipeline, text), event_type)
    assert pair in found
    assert (pair[1], pair[0]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The release of the two Canadians by China ended a three-year standoff.",
        "China's release of the two Canadians ended a three-year standoff.",
    ],
)
def test_a_release_named_with_its_actor_is_a_retreat(pipeline: Any, text: str) -> None:
    assert ("CHN", "CAN") in pairs(events_of(pipeline, text), "RETREAT")


def test_a_welcomed_release_is_not_the_welcomer_s(pipeline: Any) -> None:
    events = events_of(pipeline, "Washington welcomed the release of two Americans.")
    assert not pairs(events, "RETREAT")


def test_closing_a_corridor_cuts_the_route(pipeline: Any) -> None:
    text = "Azerbaijan's security forces closed the Lachin corridor, the only road linking Armenia with Nagorno-Karabakh."
    assert ("AZE", "ARM") in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Taliban freed an American held since 2022.", ("ORG:taliban", "USA")),
        ("Iran released a Briton and an Austrian on Thursday.", ("IRN", "GBR")),
        ("Russia freed a Frenchman jailed for espionage.", ("RUS", "FRA")),
    ],
)
def test_one_of_a_nation_freed_is_released_to_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "RETREAT")


def test_the_by_of_a_process_noun_names_who_did_the_act_inside_it(pipeline: Any) -> None:
    text = "Havana condemned the imposition of sanctions on Cuba by the United States."
    assert ("USA", "CUB") in pairs(events_of(pipeline, text), "SANCTION")
    assert ("CUB", "USA") not in pairs(events_of(pipeline, text), "SANCTION")


def test_a_member_freezing_its_participation_sanctions_the_body(pipeline: Any) -> None:
    text = "Armenia froze its participation in the Collective Security Treaty Organization."
    assert ("ARM", "CSTO") in pairs(events_of(pipeline, text), "SANCTION")


def test_envoys_recalled_from_several_posts_are_recalled_from_each_host(pipeline: Any) -> None:
    text = "Quito recalled its ambassadors in Caracas, Havana and Managua for consultations."
    assert {("ECU", "VEN"), ("ECU", "CUB"), ("ECU", "NIC")} <= pairs(
        events_of(pipeline, text), "SANCTION"
    )


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "The expulsion of the French ambassador from Niger was announced on Thursday.",
            "SANCTION",
            ("NER", "FRA"),
        ),
        (
            "Russia's expulsion from the Council of Europe was announced in March 2022.",
            "SANCTION",
            ("COE", "RUS"),
        ),
        ("The deportation of Afghans from Pakistan continued.", "COERCE", ("PAK", "AFG")),
    ],
)
def test_whom_an_expulsion_sends_away_from_is_the_expeller(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), event_type) == {pair}


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "France's withdrawal of its ambassador from Niger was completed in September.",
            "SANCTION",
            ("FRA", "NER"),
        ),
        (
            "Pakistan's recall of its ambassador from Kabul was a signal of displeasure.",
            "SANCTION",
            ("PAK", "AFG"),
        ),
        (
            "The withdrawal of US troops from Syria was completed in October.",
            "RETREAT",
            ("USA", "SYR"),
        ),
    ],
)
def test_an_envoy_called_home_is_a_recall_and_troops_pulled_out_a_retreat(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert pairs(events, event_type) == {pair}
    other = "RETREAT" if event_type == "SANCTION" else "SANCTION"
    assert not pairs(events, other)


@pytest.mark.parametrize(
    ("text", "event_type", "pair", "not_type"),
    [
        (
            "The EU announced the lifting of sanctions on Iran.",
            "CONCEDE",
            ("EU", "IRN"),
            "SANCTION",
        ),
        (
            "The lifting of sanctions on Iran by the EU angered Israel.",
            "CONCEDE",
            ("EU", "IRN"),
            "SANCTION",
        ),
        (
            "Bolivia announced the severance of diplomatic relations with Israel.",
            "SANCTION",
            ("BOL", "ISR"),
            "SUPPORT",
        ),
        (
            "Morocco's severing of ties with Algeria was a blow to the region.",
            "SANCTION",
            ("MAR", "DZA"),
            "SUPPORT",
        ),
    ],
)
def test_a_noun_that_undoes_a_measure_or_a_tie_is_its_reverse(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str], not_type: str
) -> None:
    events = events_of(pipeline, text)
    assert pairs(events, event_type) == {pair}
    assert not pairs(events, not_type)


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        (
            "The EU's sanctions against Belarus were extended for another year.",
            "SANCTION",
            ("EU", "BLR"),
        ),
        ("China's ban on Japanese seafood was lifted in June.", "CONCEDE", ("CHN", "JPN")),
    ],
)
def test_an_agentless_passive_on_a_measure_is_done_by_its_owner(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), event_type) == {pair}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Beijing announced the suspension of talks with Washington.", ("CHN", "USA")),
        ("Moscow announced a halt to gas supplies to Moldova.", ("RUS", "MDA")),
    ],
)
def test_ties_announced_to_stop_are_cut_not_conceded(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert pairs(events, "SANCTION") == {pair}
    assert not pairs(events, "CONCEDE")
    assert not pairs(events, "CONSULT")


def test_a_halt_to_military_operations_is_still_a_concession(pipeline: Any) -> None:
    events = events_of(pipeline, "Medvedev ordered a halt to military operations in Georgia.")
    assert pairs(events, "CONCEDE") == {("RUS", "GEO")}


def test_a_verb_the_tagger_read_as_a_plural_noun_after_a_name_acts(pipeline: Any) -> None:
    # "Britain sanctions Russian oligarchs": spaCy reads the sentence as one noun phrase.
    events = events_of(pipeline, "Britain sanctions Russian oligarchs over the invasion.")
    assert ("GBR", "RUS") in pairs(events, "SANCTION")


def test_a_body_read_as_a_second_object_of_a_fronted_date_still_acts(pipeline: Any) -> None:
    text = "On Friday the Security Council, in a unanimous vote, imposed sanctions on North Korea."
    assert ("UNSC", "PRK") in pairs(events_of(pipeline, text), "SANCTION")


def test_declaring_a_diplomat_persona_non_grata_expels_his_state(pipeline: Any) -> None:
    text = "Poland declared 45 Russian diplomats persona non grata, the foreign ministry said."
    assert ("POL", "RUS") in pairs(events_of(pipeline, text), "SANCTION")
    text = "Estonia declared the Russian ambassador persona non grata."
    assert ("EST", "RUS") in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        # the parser gives the modifier a subject of its own
        "The European Community extended recognition to Bosnia on Monday.",
        # the clause is read as the object of "after"
        "Washington followed a day after the European Community extended recognition to Bosnia.",
    ],
)
def test_a_clause_read_as_a_noun_phrase_with_its_subject_or_after_a_preposition(
    pipeline: Any, text: str
) -> None:
    assert ("EU", "BIH") in pairs(events_of(pipeline, text), "SUPPORT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing cancelled a meeting with Japan's foreign minister.", ("CHN", "JPN")),
        ("Erdogan called off a visit to Washington.", ("TUR", "USA")),
    ],
)
def test_cancelling_a_meeting_with_a_side_cuts_a_tie(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "SANCTION")


def test_a_cancellation_that_names_no_one_is_no_event(pipeline: Any) -> None:
    assert not pairs(events_of(pipeline, "Erdogan cancelled the trip."), "SANCTION")


def test_following_with_a_measure_takes_it(pipeline: Any) -> None:
    text = "Britain and France followed with sanctions against Iraq."
    assert pairs(events_of(pipeline, text), "SANCTION") == {("GBR", "IRQ"), ("FRA", "IRQ")}


def test_an_operation_that_followed_a_pullout_takes_no_measure(pipeline: Any) -> None:
    text = "The Turkish operation followed the pullout of U.S. troops from the border area."
    assert not pairs(events_of(pipeline, text), "RETREAT") - {("USA", None)}


def test_following_with_measures_of_ones_own_sanctions_the_same_target(pipeline: Any) -> None:
    text = (
        "Canada froze Belarusian assets on Monday. Norway and Iceland followed with asset "
        "freezes of their own."
    )
    assert {("NOR", "BLR"), ("ISL", "BLR")} <= pairs(events_of(pipeline, text), "SANCTION")


def test_closing_embassies_and_consulates_in_a_country(pipeline: Any) -> None:
    text = "Peru closed its consulates in Bolivia on Sunday."
    assert ("PER", "BOL") in pairs(events_of(pipeline, text), "SANCTION")
