"""Meetings, visits, summit attendance and who hosts them.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2023, 5, 10)


def events_of(pipeline: Any, text: str, date: PartialDate | None = DATE) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=date)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_meeting_place_hung_on_the_person_met_makes_the_host(pipeline: Any) -> None:
    text = "President Emmanuel Macron, meeting Kenya's President William Ruto in Lyon, praised the deal."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert ("KEN", "FRA") in consult
    assert ("FRA", "KEN") not in consult


def test_raising_an_issue_with_a_state_takes_it_up_with_it(pipeline: Any) -> None:
    text = "Chile raised the matter with Peru on Monday."
    assert ("CHL", "PER") in pairs(events_of(pipeline, text), "CONSULT")


def test_concerns_raised_by_two_states_are_no_meeting_between_them(pipeline: Any) -> None:
    text = "Lima changed the plan after concerns raised by Chile and Bolivia about the river."
    assert not pairs(events_of(pipeline, text), "CONSULT")


def test_addressing_a_summit_is_attending_it(pipeline: Any) -> None:
    text = "Prime Minister Narendra Modi addressed the SCO summit by video link on Tuesday."
    assert ("IND", "SCO") in pairs(events_of(pipeline, text), "CONSULT")


def test_a_summit_that_opened_in_a_city_is_hosted_by_its_state(pipeline: Any) -> None:
    text = "The Arab League summit opened in Baghdad on Sunday."
    assert ("IRQ", None) in pairs(events_of(pipeline, text), "HOSTS")


def test_talks_held_at_a_building_in_a_city(pipeline: Any) -> None:
    text = "The second round of talks, held at a lakeside hotel in Geneva, ended without a deal."
    assert ("CHE", None) in pairs(events_of(pipeline, text), "HOSTS")


def test_talks_in_another_states_city_are_a_visit_to_it(pipeline: Any) -> None:
    text = "The Indian foreign minister held talks in Riyadh on Sunday."
    assert ("IND", "SAU") in pairs(events_of(pipeline, text), "CONSULT")


def test_earlier_talks_elsewhere_are_placed_by_their_own_city(pipeline: Any) -> None:
    text = "The Japanese foreign minister, who arrived in Wellington on Friday after two days of talks in Canberra, urged both sides to show restraint."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert ("JPN", "AUS") in consult
    assert ("JPN", "NZL") in consult


def test_an_organisations_meeting_is_no_visit_to_the_city_state(pipeline: Any) -> None:
    text = "The UN Security Council met in New York on Sunday."
    assert ("UNSC", "USA") not in pairs(events_of(pipeline, text), "CONSULT")


def test_hosted_talks_between_two_sides_are_talks_of_those_sides(pipeline: Any) -> None:
    events = events_of(pipeline, "Oman hosted talks between Iran and the United States.")
    assert ("OMN", None) in pairs(events, "HOSTS")
    assert pairs(events, "CONSULT") & {("IRN", "USA"), ("USA", "IRN")}


def test_taking_part_without_a_named_meeting_is_in_the_summit_of_the_text(pipeline: Any) -> None:
    text = (
        "The SCO summit opened in Astana on Thursday. "
        "Indian Prime Minister Narendra Modi took part by video link."
    )
    assert ("IND", "SCO") in pairs(events_of(pipeline, text), "CONSULT")
    lone = "Turkish troops took part, the ministry said."
    assert not pairs(events_of(pipeline, lone), "CONSULT")


def test_talks_held_in_a_capital_named_by_its_nation(pipeline: Any) -> None:
    text = "The third round of talks, held at a hotel in the Omani capital, ended on Friday."
    assert ("OMN", None) in pairs(events_of(pipeline, text), "HOSTS")


def test_talks_that_opened_in_one_city_and_went_on_in_another_have_two_hosts(
    pipeline: Any,
) -> None:
    text = "Sudan and South Sudan held talks, which opened in Nairobi and then continued in Doha."
    hosts = {source for source, _ in pairs(events_of(pipeline, text), "HOSTS")}
    assert {"KEN", "QAT"} <= hosts
    relative = "The summit, which took place in Accra, ended on Friday."
    assert ("GHA", None) in pairs(events_of(pipeline, relative), "HOSTS")


def hosts(events: list[Event]) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for e in events:
        if e.type == "HOSTS" and e.source is not None:
            found.setdefault(e.source.id, []).append(e.date.iso() if e.date else None)
    return found


def test_a_summit_in_a_capital_its_state_names(pipeline: Any) -> None:
    text = "The ministers met at a summit in the Senegalese capital on Friday."
    assert "SEN" in hosts(events_of(pipeline, text))


def test_a_summit_a_relative_clause_says_a_state_hosts(pipeline: Any) -> None:
    text = "Modi arrived before the Shanghai Cooperation Organisation summit that Kazakhstan hosts from Thursday."
    assert "KAZ" in hosts(events_of(pipeline, text))


def test_a_place_set_off_after_an_opening_summit(pipeline: Any) -> None:
    text = "At the fifth summit, in Hanoi on 3 May 2022, the leaders adopted the Hanoi Plan 2040."
    assert hosts(events_of(pipeline, text)) == {"VNM": ["2022-05-03"]}


def test_a_meeting_held_with_someone_is_a_meeting_not_a_summit(pipeline: Any) -> None:
    text = "Erdogan held his first meeting with Kassym-Jomart Tokayev on Monday."
    events = events_of(pipeline, text)
    assert ("TUR", "KAZ") in pairs(events, "CONSULT") and not hosts(events)


def test_a_delegation_acts_for_whoever_leads_it(pipeline: Any) -> None:
    text = "The delegation, led by Kremlin adviser Yuri Ushakov, met President Erdogan in Ankara."
    assert ("RUS", "TUR") in pairs(events_of(pipeline, text), "CONSULT")


def test_states_at_a_meeting_of_no_organisation_meet_no_one_named(pipeline: Any) -> None:
    text = "The forum in Geneva was attended by the presidents of Kenya, Ghana and Peru."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert not {(state, None) for state in ("KEN", "GHA", "PER")} & consult
    text = "Indian troops took part in the naval drill, the ministry said."
    assert ("IND", None) not in pairs(events_of(pipeline, text), "CONSULT")


def test_coordinating_with_partners_is_consulting_them(pipeline: Any) -> None:
    text = "Poland coordinated closely with France and Germany before the vote."
    assert {("POL", "FRA"), ("POL", "DEU")} <= pairs(events_of(pipeline, text), "CONSULT")


def test_a_trip_to_a_continent_visits_no_town_of_that_name(pipeline: Any) -> None:
    # GeoNames has an "Asia" in the Philippines and gives "Africa" as a name of Mahdia, Tunisia.
    for continent, town_state in (("Asia", "PHL"), ("Africa", "TUN")):
        text = f"The Canadian prime minister made his first trip to {continent} in May."
        assert ("CAN", town_state) not in pairs(events_of(pipeline, text), "CONSULT")


def test_talks_framing_a_passive_clause_are_held_by_its_agents(pipeline: Any) -> None:
    text = (
        "The accord was signed by Kenya's foreign minister after two days of talks in Addis Ababa."
    )
    assert ("KEN", "ETH") in pairs(events_of(pipeline, text), "CONSULT")


def test_a_visitor_known_by_a_title_that_names_the_country_deeper_down(pipeline: Any) -> None:
    text = "US House Speaker Martha Quill visited Taipei in August."
    assert ("USA", "TWN") in pairs(events_of(pipeline, text), "CONSULT")
    text = "The Speaker of the Nigerian House of Representatives, Ade Okon, visited Ghana."
    assert ("NGA", "GHA") in pairs(events_of(pipeline, text), "CONSULT")


def test_mediators_from_an_organisation_travel_for_it(pipeline: Any) -> None:
    text = "Mediators from the African Union flew to Khartoum on Monday."
    assert ("AU", "SDN") in pairs(events_of(pipeline, text), "CONSULT")


def test_a_meeting_during_a_visit_goes_from_the_visitor_only(pipeline: Any) -> None:
    text = (
        "The plan was agreed at a meeting between the Kenyan president and the Japanese "
        "foreign minister, who arrived in Nairobi on Monday."
    )
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert ("JPN", "KEN") in consult
    assert ("KEN", "JPN") not in consult


def test_receiving_a_visiting_royal_is_a_visit_to_the_host(pipeline: Any) -> None:
    text = "The Egyptian president received the visiting Jordanian crown prince in Cairo."
    assert ("JOR", "EGY") in pairs(events_of(pipeline, text), "CONSULT")


def test_gathering_for_a_summit_or_talks_is_meeting(pipeline: Any) -> None:
    summit = events_of(pipeline, "ASEAN leaders gathered in Vientiane for their annual summit.")
    talks = events_of(pipeline, "The presidents of Chile and Peru gathered in Lima for talks.")
    assert ("ASEAN", None) in pairs(summit, "CONSULT")
    assert pairs(talks, "CONSULT") & {("CHL", "PER"), ("PER", "CHL")}


def test_hosting_a_named_guest_for_talks_is_a_visit(pipeline: Any) -> None:
    text = "Chilean President Gabriel Boric hosted his Peruvian counterpart in Santiago for talks."
    assert ("PER", "CHL") in pairs(events_of(pipeline, text), "CONSULT")


def test_receiving_an_organisations_delegation_is_a_visit(pipeline: Any) -> None:
    text = "Ghana's president received a European Union delegation in Accra on Friday."
    assert ("EU", "GHA") in pairs(events_of(pipeline, text), "CONSULT")


def test_a_mediator_meets_the_presidents_the_main_clause_names(pipeline: Any) -> None:
    text = "Presidents William Ruto and Yoweri Museveni agreed on a truce after talks brokered by Qatar."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("QAT", "KEN"), ("QAT", "UGA")} <= consult


def test_a_mediator_meets_the_leaders_of_the_states_named(pipeline: Any) -> None:
    text = "The leaders of Kenya and Uganda signed a border accord on Friday after negotiations mediated by Tanzania."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("TZA", "KEN"), ("TZA", "UGA")} <= consult


def test_a_mediator_meets_the_subject_and_the_partner_it_acts_with(pipeline: Any) -> None:
    text = "Bahrain agreed to restore diplomatic ties with Qatar under a deal brokered by Kuwait."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("KWT", "BHR"), ("KWT", "QAT")} <= consult


def test_one_who_welcomes_a_mediated_truce_is_no_side_of_it(pipeline: Any) -> None:
    text = "Qatar welcomed the ceasefire brokered by Egypt."
    assert ("EGY", "QAT") not in pairs(events_of(pipeline, text), "CONSULT")


def test_a_mediator_on_behalf_of_a_bloc_mediates_for_it(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan agreed on a truce brokered by President Emmanuel Macron "
        "on behalf of the European Union."
    )
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("EU", "ARM"), ("EU", "AZE")} <= consult


def test_one_who_signs_on_behalf_of_a_bloc_signs_for_it(pipeline: Any) -> None:
    text = "Annalena Baerbock signed the accord with Kenya on behalf of the European Union."
    assert ("EU", "KEN") in pairs(events_of(pipeline, text), "SUPPORT")


def test_pausing_participation_in_meetings_holds_none(pipeline: Any) -> None:
    text = "Canada and Norway said they would pause their participation in all council meetings."
    events = events_of(pipeline, text)
    assert not [e for e in events if e.type in ("CONSULT", "AGREE", "HOSTS")]


def test_talks_before_a_halting_verb_still_met(pipeline: Any) -> None:
    text = "After talks in Ankara with Pence, Turkey agreed to suspend its offensive in Syria."
    assert ("TUR", "USA") in pairs(events_of(pipeline, text), "CONSULT") | {
        (t, s) for s, t in pairs(events_of(pipeline, text), "CONSULT")
    }


def test_talks_before_a_promise_not_to_act_were_held(pipeline: Any) -> None:
    text = (
        "Peru and Chile agreed on Monday not to deploy troops to the border after talks in Quito."
    )
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert consult & {("PER", "CHL"), ("CHL", "PER")}


def test_talks_before_a_promised_act_were_held(pipeline: Any) -> None:
    text = "Peru and Chile agreed on Monday to reopen the border after talks in Quito."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert consult & {("PER", "CHL"), ("CHL", "PER")}


def test_talks_hosted_by_a_third_state_are_still_held_by_the_sides(pipeline: Any) -> None:
    text = "Peru and Chile agreed on Monday to a truce after talks hosted by Ecuador."
    events = events_of(pipeline, text)
    assert pairs(events, "CONSULT") & {("PER", "CHL"), ("CHL", "PER")}
    assert ("ECU", None) in pairs(events, "HOSTS")


def test_travelling_to_a_city_for_an_organisations_summit_attends_the_organisation(
    pipeline: Any,
) -> None:
    text = "Prime Minister Narendra Modi travelled to Astana for the SCO summit on Tuesday."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert ("IND", "SCO") in consult
    assert ("IND", "KAZ") not in consult


def test_a_summit_two_leaders_hold_in_a_third_city_is_hosted_by_its_state(pipeline: Any) -> None:
    text = "The presidents of Chile and Argentina held their first summit in Montevideo on Tuesday."
    events = events_of(pipeline, text)
    assert ("URY", None) in pairs(events, "HOSTS")
    assert ("CHL", "ARG") in pairs(events, "CONSULT") | {
        (t, s) for s, t in pairs(events, "CONSULT")
    }


def test_a_pact_signed_in_a_third_states_city_is_hosted_by_it(pipeline: Any) -> None:
    text = "Rwanda and Congo signed a declaration in Doha on Monday pledging to end the fighting."
    assert ("QAT", None) in pairs(events_of(pipeline, text), "HOSTS")


def test_a_mediated_truce_between_two_sides_meets_both(pipeline: Any) -> None:
    text = "A Qatari-brokered truce between Rwanda and the M23 rebels took effect on Sunday."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert ("QAT", "RWA") in consult


def test_both_halves_of_a_brokered_exchange_are_its_sides(pipeline: Any) -> None:
    text = (
        "Russia freed two Ukrainian pilots, and Ukraine released 40 Russian soldiers "
        "under a swap brokered by the United Arab Emirates."
    )
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("ARE", "RUS"), ("ARE", "UKR")} <= consult


def test_the_one_side_named_in_a_brokered_deal_met_the_broker(pipeline: Any) -> None:
    text = "Venezuela agreed on Friday to free six prisoners under a deal brokered by Norway."
    assert ("NOR", "VEN") in pairs(events_of(pipeline, text), "CONSULT")


def test_a_leader_told_a_visiting_guest_received_him(pipeline: Any) -> None:
    text = "Egypt's President Abdel Fattah al-Sisi told visiting Italian Prime Minister Giorgia Meloni on Sunday that the border would stay shut."
    assert ("ITA", "EGY") in pairs(events_of(pipeline, text), "CONSULT")


def test_a_pact_signed_with_a_visiting_leader_is_his_visit(pipeline: Any) -> None:
    text = "Indonesia's president praised the new trade pact, in a joint statement issued with visiting Brazilian President Luiz Inacio Lula da Silva."
    assert ("BRA", "IDN") in pairs(events_of(pipeline, text), "CONSULT")


@pytest.mark.parametrize(
    ("text", "host", "sides"),
    [
        (
            "Egypt hosted talks between Ethiopia and Sudan on the dam in Cairo.",
            "EGY",
            {"ETH", "SDN"},
        ),
        (
            "Qatar hosted negotiations between the Taliban and the United States in Doha.",
            "QAT",
            {"ORG:taliban", "USA"},
        ),
        (
            "Last year Turkey hosted a meeting between Russia and Ukraine in Antalya.",
            "TUR",
            {"RUS", "UKR"},
        ),
    ],
)
def test_a_host_of_talks_between_two_sides_meets_each_and_hosts(
    pipeline: Any, text: str, host: str, sides: set[str]
) -> None:
    events = events_of(pipeline, text)
    consult = pairs(events, "CONSULT")
    assert all((host, side) in consult for side in sides)
    assert host in {source for source, _ in pairs(events, "HOSTS")}


def test_hosted_talks_with_no_sides_named_are_only_hosted(pipeline: Any) -> None:
    events = events_of(pipeline, "Oman hosted talks on Monday.")
    assert pairs(events, "HOSTS") == {("OMN", None)}
    assert not pairs(events, "CONSULT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The presidents of Peru and Chile shook hands at an APEC summit in Lima on Friday.",
            {"PER", "CHL"},
        ),
        (
            "Indian Prime Minister Narendra Modi shook hands with Pakistani Prime Minister "
            "Nawaz Sharif in Kathmandu.",
            {"IND", "PAK"},
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan shook hands in Washington.",
            {"ARM", "AZE"},
        ),
    ],
)
def test_leaders_who_shake_hands_meet(pipeline: Any, text: str, pair: set[str]) -> None:
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert any({source, target} == pair for source, target in consult)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Japan has been in close contact with the United States about the launch.",
            ("JPN", "USA"),
        ),
        ("Norway is in regular contact with Colombia on the peace process.", ("NOR", "COL")),
        ("Hungary said it was in touch with Serbian authorities over the border.", ("HUN", "SRB")),
    ],
)
def test_being_in_contact_with_a_state_is_consulting_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "CONSULT")


def test_an_armed_groups_leaders_received_somewhere_are_visitors(pipeline: Any) -> None:
    events = events_of(pipeline, "The Qatari emir welcomed Hamas leaders to Doha for talks.")
    assert pairs(events, "CONSULT") & {("ORG:hamas", "QAT"), ("QAT", "ORG:hamas")}
    assert not pairs(events, "SUPPORT")
    praised = events_of(pipeline, "The EU welcomed Hamas's release of the hostages.")
    assert not pairs(praised, "CONSULT")


def test_briefing_another_actor_is_consulting_it(pipeline: Any) -> None:
    text = "Nigeria's foreign minister briefed ECOWAS envoys on the coup in Niger."
    assert ("NGA", "ECOWAS") in pairs(events_of(pipeline, text), "CONSULT")
    assert not events_of(pipeline, "The Pentagon briefed reporters on the strikes.")


def test_talks_concluded_were_talks_held(pipeline: Any) -> None:
    text = "Japan and Britain concluded negotiations on a trade agreement in London on Friday."
    found = pairs(events_of(pipeline, text), "CONSULT")
    assert found & {("JPN", "GBR"), ("GBR", "JPN")}


def test_a_leader_due_in_a_capital_has_a_visit_planned(pipeline: Any) -> None:
    events = events_of(pipeline, "Modi is due in Moscow next week.")
    planned = {
        (e.source and e.source.id, e.target and e.target.id)
        for e in events
        if e.modality == "planned"
    }
    assert ("IND", "RUS") in planned
    assert not pairs(events, "CONSULT")  # not yet held


def test_forces_due_to_complete_a_withdrawal_pay_no_visit(pipeline: Any) -> None:
    text = "Israeli forces were due to complete their withdrawal from southern Lebanon on Sunday."
    assert not [e for e in events_of(pipeline, text) if e.mode == "visit"]


@pytest.mark.parametrize(
    ("text", "on", "pair"),
    [("Rumsfeld arrived in Bishkek on Tuesday.", PartialDate(2004, 3, 6), ("USA", "KGZ")),
     ("U.S. House Speaker Nancy Pelosi arrived in Taipei late on Tuesday.",
      PartialDate(2022, 8, 2), ("USA", "TWN")),
     ("Hulusi Akar visited Baku on Monday.", PartialDate(2023, 3, 6), ("TUR", "AZE")),
     ("Pedersen met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran.",
      PartialDate(2023, 5, 4), ("UN", "IRN"))],
)  # fmt: skip
def test_defence_ministers_speakers_and_envoys_act_for_their_office(
    pipeline: Any, text: str, on: PartialDate, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text, on), "CONSULT")


def test_guests_welcomed_to_a_city_visit_its_state(pipeline: Any) -> None:
    text = (
        "It is my great pleasure to welcome the Presidents of Kazakhstan and Uzbekistan "
        "to Xi'an for our summit."
    )
    assert pairs(events_of(pipeline, text), "CONSULT") == {("KAZ", "CHN"), ("UZB", "CHN")}


@pytest.mark.parametrize(
    "text",
    [
        "The UN Security Council will meet in New York on Tuesday to discuss the crisis.",
        "The Security Council was to hold emergency consultations on Tuesday.",
    ],
)
def test_an_organisations_own_meeting_to_come_is_hosted_not_agreed(
    pipeline: Any, text: str
) -> None:
    events = events_of(pipeline, text)
    assert ("HOSTS", "UNSC", "planned") in {
        (e.type, e.source.id if e.source else None, e.modality) for e in events
    }
    assert not [e for e in events if e.type == "AGREE" and e.target is None]


def test_a_request_behind_a_meeting_to_come_was_made(pipeline: Any) -> None:
    text = "At Ukraine's request, the UN Security Council will meet on Thursday."
    events = events_of(pipeline, text)
    assert ("REQUEST", "UKR", "UNSC", "asserted") in {
        (e.type, e.source.id if e.source else None, e.target.id if e.target else None, e.modality)
        for e in events
    }
