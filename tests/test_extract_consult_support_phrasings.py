"""CONSULT and SUPPORT phrasings: visits and mediation named as nouns, lists the parser breaks,
thanks that presuppose another's act.

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


def test_visit_hung_on_a_noun_is_still_the_clause_circumstance(pipeline: Any) -> None:
    text = (
        "The two oil firms signed a supply deal on Friday, capping a decade of talks during "
        "President Emmanuel Macron's visit to Beijing."
    )
    assert ("FRA", "CHN") in pairs(events_of(pipeline, text), "CONSULT")


def test_every_mediator_of_a_list_the_parser_broke_mediates(pipeline: Any) -> None:
    text = (
        "The agreement was concluded in Nairobi on 3 March after months of mediation by the "
        "State of Kuwait, the Republic of Kenya and the Kingdom of Norway."
    )
    found = events_of(pipeline, text)
    mediators = {source for source, _ in pairs(found, "CONSULT")}
    assert {"KWT", "KEN", "NOR"} <= mediators
    # the mediators did not sign the agreement with one another
    assert not pairs(found, "SUPPORT") & {("KWT", "KEN"), ("KWT", "NOR"), ("KEN", "NOR")}


def test_visit_that_names_no_place_was_paid_to_the_state_that_acts_after_it(
    pipeline: Any,
) -> None:
    text = (
        "Mongolia agreed on Tuesday to buy more Canadian wheat, following a visit by Prime "
        "Minister Justin Trudeau last month."
    )
    assert ("CAN", "MNG") in pairs(events_of(pipeline, text), "CONSULT")


def test_state_duma_acts_for_russia(pipeline: Any) -> None:
    text = "A delegation of State Duma deputies visited Riga on Monday."
    assert ("RUS", "LVA") in pairs(events_of(pipeline, text), "CONSULT")


def test_thanks_for_solidarity_presuppose_the_solidarity(pipeline: Any) -> None:
    text = (
        "Moldova's foreign ministry said it thanked Romania, Ukraine and Poland for their "
        "statements of solidarity."
    )
    support = pairs(events_of(pipeline, text), "SUPPORT")
    assert {("MDA", "ROU"), ("ROU", "MDA"), ("UKR", "MDA"), ("POL", "MDA")} <= support


def test_envoy_sent_to_a_capital_visits_its_state(pipeline: Any) -> None:
    text = "The Secretary-General of the United Nations sent an envoy to Dushanbe on Monday."
    assert ("UN", "TJK") in pairs(events_of(pipeline, text), "CONSULT")


def test_talks_an_act_followed_held_abroad_with_named_visitors(pipeline: Any) -> None:
    text = "The ceasefire followed talks in Abuja with the presidents of Ghana and Senegal."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("GHA", "NGA"), ("SEN", "NGA")} <= consult
