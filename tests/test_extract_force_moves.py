"""Force short of war and its undoing: build-ups, call-ups, blockades lifted, prisoners handed
over, internet shutdowns, diverted flights, cyberattacks, blown-up buildings.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 3, 1)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type
    }


def test_a_hyphenated_build_up_of_troops_is_a_deployment(pipeline: Any) -> None:
    text = "Russia's build-up of troops along the Ukrainian border has alarmed NATO."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_an_ordered_partial_mobilisation_mobilises(pipeline: Any) -> None:
    text = "The Kremlin ordered a partial mobilisation of reservists in September 2022."
    assert ("RUS", None) in pairs(events_of(pipeline, text), "MOBILIZE")


def test_reservists_called_up_are_mobilised(pipeline: Any) -> None:
    text = "Israel called up 300,000 reservists on Saturday."
    assert ("ISR", None) in pairs(events_of(pipeline, text), "MOBILIZE")


def test_reinforcements_rushed_to_a_frontier_are_a_deployment(pipeline: Any) -> None:
    text = "India rushed reinforcements to the Chinese frontier."
    assert pairs(events_of(pipeline, text), "MOBILIZE")


def test_a_stepped_up_military_presence_is_a_deployment_an_economic_one_is_not(
    pipeline: Any,
) -> None:
    military = "Ankara stepped up its military presence in northern Iraq."
    economic = "Ankara stepped up its economic presence in northern Iraq."
    assert ("TUR", "IRQ") in pairs(events_of(pipeline, military), "MOBILIZE")
    assert not pairs(events_of(pipeline, economic), "MOBILIZE")


def test_troops_that_mass_move_by_themselves(pipeline: Any) -> None:
    text = "Turkish troops massed along the Syrian border on Thursday."
    assert ("TUR", "SYR") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_scrambled_fighter_jets_are_a_deployment(pipeline: Any) -> None:
    text = "Taiwan scrambled fighter jets on Sunday."
    assert ("TWN", None) in pairs(events_of(pipeline, text), "MOBILIZE")


def test_an_authorised_deployment_is_the_authorisers(pipeline: Any) -> None:
    text = "The Security Council authorised the deployment of an African force to Somalia."
    assert pairs(events_of(pipeline, text), "MOBILIZE")


def test_a_lifted_blockade_is_a_retreat_not_an_eased_sanction(pipeline: Any) -> None:
    events = events_of(pipeline, "Israel lifted the blockade on Gaza.")
    assert ("ISR", "PSE") in pairs(events, "RETREAT")
    assert not pairs(events, "CONCEDE")


def test_prisoners_of_war_handed_over_are_released(pipeline: Any) -> None:
    text = "Russia handed over 50 Ukrainian prisoners of war."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "RETREAT")


def test_an_ordered_release_is_the_orderers_a_demanded_one_is_not(pipeline: Any) -> None:
    ordered = "Saudi Arabia ordered the release of 300 Egyptian prisoners."
    demanded = "Egypt demanded the release of 300 Egyptian prisoners."
    assert ("SAU", "EGY") in pairs(events_of(pipeline, ordered), "RETREAT")
    assert not pairs(events_of(pipeline, demanded), "RETREAT")


def test_a_strait_reopened_lets_shipping_through(pipeline: Any) -> None:
    text = "Moscow reopened the Kerch Strait to Ukrainian shipping on Monday."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "RETREAT")


def test_weapons_put_beyond_use_are_disarmament(pipeline: Any) -> None:
    text = "The Irish Republican Army has put all of its weapons beyond use."
    assert pairs(events_of(pipeline, text), "RETREAT")


def test_an_internet_shutdown_is_coercion(pipeline: Any) -> None:
    text = "Ethiopia shut down the internet in the Tigray region."
    assert ("ETH", None) in pairs(events_of(pipeline, text), "COERCE")


def test_cut_phone_lines_and_restricted_access_to_apps_are_coercion(pipeline: Any) -> None:
    lines = "Pakistani authorities cut internet and phone lines across Balochistan on Monday."
    assert ("PAK", None) in pairs(events_of(pipeline, lines), "COERCE")
    apps = "The Russian authorities restricted access to Telegram and Signal on Friday."
    assert ("RUS", None) in pairs(events_of(pipeline, apps), "COERCE")


def test_a_blockade_kept_up_on_a_territory_coerces_its_state(pipeline: Any) -> None:
    text = "Saudi Arabia imposed a naval blockade on Yemen in 2015."
    assert ("SAU", "YEM") in pairs(events_of(pipeline, text), "COERCE")


def test_a_flight_forced_to_land_is_coerced(pipeline: Any) -> None:
    text = "Belarus forced a Ryanair flight to land in Minsk."
    assert ("BLR", "ORG:ryanair") in pairs(events_of(pipeline, text), "COERCE")


def test_a_cyberattack_named_with_its_actor_and_target_is_coercion(pipeline: Any) -> None:
    text = "A Russian cyberattack on Ukraine's power grid left thousands without electricity."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "COERCE")


def test_boats_chased_away_and_people_taken_into_custody_are_coerced(pipeline: Any) -> None:
    chased = "Chinese coast guard ships chased Vietnamese fishing boats away from the islands."
    custody = "Serbian police took two Kosovo officers into custody near the boundary line."
    assert ("CHN", "VNM") in pairs(events_of(pipeline, chased), "COERCE")
    assert ("SRB", "XKX") in pairs(events_of(pipeline, custody), "COERCE")


def test_a_building_blown_up_is_an_attack(pipeline: Any) -> None:
    text = "Russian forces blew up a bridge in Kherson on Tuesday."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_barrage_of_missiles_names_whose_missiles_hit(pipeline: Any) -> None:
    text = "Kyiv was hit by a barrage of Russian missiles."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_seized_tanker_released_is_returned_to_its_flag(pipeline: Any) -> None:
    text = "Iran freed the British-flagged tanker Stena Impero on Friday."
    assert ("IRN", "GBR") in pairs(events_of(pipeline, text), "RETREAT")


def test_a_ship_attacked_belongs_to_whose_it_is_said_to_be(pipeline: Any) -> None:
    text = "The Houthis attacked a Greek-owned tanker in the Red Sea."
    assert ("ORG:houthis", "GRC") in pairs(events_of(pipeline, text), "ASSAULT")
