"""Aid, investment and cooperation in the wording of news agencies, ministries and development
banks: loads named by what they carry, relief teams at work abroad, advisers and training sent,
credits approved and received, donors and lenders, money pledged, stakes held, investment named
by the investor's adjective, patrols together, hotlines reopened, joint undertakings.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 3, 1)


def pairs(pipeline: Any, text: str, event_type: str) -> set[tuple[str | None, str | None]]:
    events: list[Event] = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_a_load_is_sent_by_the_state_that_marks_its_contents(pipeline: Any) -> None:
    text = "A shipment of Japanese vaccines arrived in Dhaka on Monday."
    assert ("JPN", "BGD") in pairs(pipeline, text, "AID")


def test_rescue_teams_arriving_abroad_bring_aid(pipeline: Any) -> None:
    text = "Algerian rescue teams arrived in Morocco after the earthquake."
    assert ("DZA", "MAR") in pairs(pipeline, text, "AID")


def test_doctors_working_abroad_are_aid(pipeline: Any) -> None:
    text = "Cuban doctors have been working in Peru since April."
    assert ("CUB", "PER") in pairs(pipeline, text, "AID")


def test_rescue_workers_joining_a_search_abroad_are_aid(pipeline: Any) -> None:
    text = "Italian rescue workers joined the search for survivors in Albania."
    assert ("ITA", "ALB") in pairs(pipeline, text, "AID")


def test_training_provided_to_another_army_is_aid(pipeline: Any) -> None:
    text = "Egypt provided training to Sudanese troops last year."
    assert ("EGY", "SDN") in pairs(pipeline, text, "AID")


def test_advisers_sent_abroad_are_aid(pipeline: Any) -> None:
    text = "France sent military advisers to Chad in January."
    assert ("FRA", "TCD") in pairs(pipeline, text, "AID")


def test_an_approved_credit_is_aid(pipeline: Any) -> None:
    text = "The IMF approved a $2 billion credit for Zambia on Tuesday."
    assert ("IMF", "ZMB") in pairs(pipeline, text, "AID")


def test_a_received_tranche_is_aid_from_its_giver(pipeline: Any) -> None:
    text = "Latvia received a second tranche from the EU in May."
    assert ("EU", "LVA") in pairs(pipeline, text, "AID")


def test_the_largest_donor_to_a_body_gives_it_aid(pipeline: Any) -> None:
    text = "Germany is the largest donor to the World Food Programme."
    assert ("DEU", "WFP") in pairs(pipeline, text, "AID")


def test_a_state_that_is_anothers_lender_aids_it(pipeline: Any) -> None:
    text = "China has become Laos's biggest lender."
    assert ("CHN", "LAO") in pairs(pipeline, text, "AID")


def test_a_pledge_of_money_announced_is_aid(pipeline: Any) -> None:
    text = "Norway announced a pledge of $300 million to Somalia."
    assert ("NOR", "SOM") in pairs(pipeline, text, "AID")


def test_holding_a_stake_abroad_is_investment(pipeline: Any) -> None:
    text = "Chinese state firms hold stakes in ports in Greece."
    assert ("CHN", "GRC") in pairs(pipeline, text, "INVESTS")


def test_investment_named_by_the_investors_adjective(pipeline: Any) -> None:
    text = "Turkish investment in Ethiopia has surged since 2015."
    assert ("TUR", "ETH") in pairs(pipeline, text, "INVESTS")


def test_patrolling_alongside_each_other_is_cooperation(pipeline: Any) -> None:
    text = "Australia patrolled the streets of Honiara alongside Fiji."
    assert pairs(pipeline, text, "COOPERATE") & {("AUS", "FJI"), ("FJI", "AUS")}


def test_a_reopened_hotline_is_cooperation(pipeline: Any) -> None:
    text = "Pakistan reopened a military hotline with India on Friday."
    assert pairs(pipeline, text, "COOPERATE") & {("PAK", "IND"), ("IND", "PAK")}


def test_a_joint_working_group_set_up_is_cooperation(pipeline: Any) -> None:
    text = "Uzbekistan and Tajikistan set up a joint working group on border issues."
    assert pairs(pipeline, text, "COOPERATE") & {("UZB", "TJK"), ("TJK", "UZB")}


def test_a_plane_is_sent_by_whoever_its_load_comes_from(pipeline: Any) -> None:
    text = "A plane carrying 20 tonnes of medicines from Qatar landed in Kabul."
    assert ("QAT", "AFG") in pairs(pipeline, text, "AID")


def test_relief_goods_entering_a_named_place_aid_its_state(pipeline: Any) -> None:
    text = "Jordanian fuel entered Gaza on Monday."
    assert ("JOR", "PSE") in pairs(pipeline, text, "AID")


def test_troops_flown_in_at_the_hosts_request_are_aid(pipeline: Any) -> None:
    text = "Some 200 Kenyan troops were flown to Haiti at Port-au-Prince's request."
    assert ("KEN", "HTI") in pairs(pipeline, text, "AID")


def test_money_put_into_a_country_is_investment(pipeline: Any) -> None:
    text = "Japan has put $4 billion into Vietnamese industrial parks."
    assert ("JPN", "VNM") in pairs(pipeline, text, "INVESTS")


def test_a_joint_checkpoint_is_cooperation(pipeline: Any) -> None:
    text = "Georgia and Armenia opened a joint customs checkpoint on the border."
    assert pairs(pipeline, text, "COOPERATE") & {("GEO", "ARM"), ("ARM", "GEO")}


def test_a_states_main_backer_aids_it(pipeline: Any) -> None:
    text = "The United States is Israel's largest military backer."
    assert ("USA", "ISR") in pairs(pipeline, text, "AID")


def test_covering_the_cost_of_a_building_abroad_is_aid(pipeline: Any) -> None:
    text = "Qatar covered the cost of a new hospital in Khartoum."
    assert ("QAT", "SDN") in pairs(pipeline, text, "AID")


def test_hardware_lent_to_an_ally_is_aid(pipeline: Any) -> None:
    text = "Britain lent two transport aircraft to France in January."
    assert ("GBR", "FRA") in pairs(pipeline, text, "AID")
