"""Recipients told by a construction rather than named as the verb's object: an object "it"
that cannot be its own clause's actor, and others. Texts are our own."""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2021, 6, 14)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_object_it_is_not_its_own_clause_subject(pipeline: Any) -> None:
    text = (
        "The African Union suspended Guinea after a military coup in 2021, and readmitted it "
        "in 2024 after a presidential vote."
    )
    assert ("AU", "GIN") in pairs(events_of(pipeline, text), "SUPPORT")


def test_the_enclave_is_the_place_named_before(pipeline: Any) -> None:
    text = (
        "Militants fired rockets from Gaza towards Israeli towns on Monday. "
        "Israel answered with air strikes on the enclave."
    )
    assert ("ISR", "PSE") in pairs(events_of(pipeline, text), "ASSAULT")


def test_the_territory_is_the_place_named_before(pipeline: Any) -> None:
    text = (
        "Crowds marched through Hong Kong for a third weekend, and Beijing imposed a "
        "national security law on the territory."
    )
    assert ("CHN", "HKG") in pairs(events_of(pipeline, text), "COERCE")


def test_the_kingdom_entered_is_not_the_entering_forces_own(pipeline: Any) -> None:
    text = (
        "Bahrain's ruler imposed emergency rule on Monday, a day after 800 Saudi troops crossed "
        "the causeway into the kingdom."
    )
    assert ("SAU", "BHR") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_a_verb_coordinated_with_a_relative_clause_continues_the_main_clause(
    pipeline: Any,
) -> None:
    text = (
        "The Security Council deplored the shelling that had killed dozens of villagers and "
        "urged Armenia to respect the truce."
    )
    assert ("UNSC", "ARM") in pairs(events_of(pipeline, text), "REQUEST")


def test_a_verb_coordinated_with_a_complement_clause_continues_the_main_clause(
    pipeline: Any,
) -> None:
    text = "Estonia considers the new tariffs to be unlawful and calls on Moscow to withdraw them."
    assert ("EST", "RUS") in pairs(events_of(pipeline, text), "REQUEST")


FIGHT = "Ethiopian troops attacked positions of the Tigray People's Liberation Front on Monday. "


def test_an_outsiders_threat_to_one_side_keeps_the_sides_of_the_fight(pipeline: Any) -> None:
    text = (
        FIGHT + "On Tuesday Washington threatened sanctions against Ethiopia. Kenya called on "
        "both commanders to halt the fighting."
    )
    requests = pairs(events_of(pipeline, text), "REQUEST")
    assert ("KEN", "ORG:tplf") in requests and ("KEN", "USA") not in requests


def test_both_delegations_are_the_sides_of_the_fight(pipeline: Any) -> None:
    text = FIGHT + "On Tuesday the Kenyan envoy met both delegations in Nairobi."
    talks = {frozenset(pair) for pair in pairs(events_of(pipeline, text), "CONSULT")}
    assert frozenset({"KEN", "ORG:tplf"}) in talks


def test_forces_sent_to_intercept_someone_are_aimed_at_them(pipeline: Any) -> None:
    text = "Japan scrambled fighter jets on Tuesday to intercept two Russian bombers."
    assert ("JPN", "RUS") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_a_halt_to_imports_hits_the_state_whose_goods_they_are(pipeline: Any) -> None:
    text = (
        "Washington criticised Moscow on Monday, and the United States promised Moldova more "
        "aid. Moscow summoned the U.S. ambassador and halted imports of Moldovan wine and apples."
    )
    assert pairs(events_of(pipeline, text), "SANCTION") == {("RUS", "MDA")}


def test_stopped_sales_to_a_state_are_a_sanction(pipeline: Any) -> None:
    text = "Ankara stopped sales of military drones to Egypt in March."
    assert ("TUR", "EGY") in pairs(events_of(pipeline, text), "SANCTION")


def test_zones_encircling_a_place_are_that_places(pipeline: Any) -> None:
    text = (
        "Washington defended the trip, and the United States criticised Beijing. The American "
        "delegation left Taipei on Wednesday. On Thursday Chinese warships moved into five "
        "zones encircling the island."
    )
    assert pairs(events_of(pipeline, text), "MOBILIZE") == {("CHN", "TWN")}
