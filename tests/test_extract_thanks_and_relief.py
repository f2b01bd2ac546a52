"""Thanks and debt relief in the wording of ministry statements and encyclopedias: a statement's
"The Government thanks X, Y and Z" that the tagger reads as a noun phrase, gratitude to two
donors each described in a relative clause, and a repayment moratorium granted to a debtor.

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


def test_the_government_thanks_a_list_of_states(pipeline: Any) -> None:
    text = (
        "Ghana's Foreign Ministry said on Friday. "
        "The Government thanks Nigeria, Togo and Benin for their assistance, and calls for calm."
    )
    assert {("GHA", "NGA"), ("GHA", "TGO"), ("GHA", "BEN")} <= pairs(pipeline, text, "SUPPORT")


def test_the_government_thanks_states_and_takes_note(pipeline: Any) -> None:
    text = (
        "Guyana's Foreign Ministry said on Friday. The Government thanks CARICOM, Brazil and the "
        "United States for their support, and takes note of the resolution."
    )
    assert {("GUY", "BRA"), ("GUY", "USA")} <= pairs(pipeline, text, "SUPPORT")


def test_grateful_to_two_donors_each_with_a_relative_clause(pipeline: Any) -> None:
    text = (
        "Nepal is deeply grateful to India, which sent rescue teams within hours, "
        "and to China, which airlifted tents."
    )
    assert ("NPL", "CHN") in pairs(pipeline, text, "SUPPORT")
    assert ("CHN", "NPL") in pairs(pipeline, text, "AID")


def test_a_repayment_moratorium_granted_to_a_debtor_is_aid(pipeline: Any) -> None:
    text = "China granted Angola a three-year moratorium on loan repayments in 2020."
    assert ("CHN", "AGO") in pairs(pipeline, text, "AID")


def test_a_deferral_offered_to_a_debtor_is_aid(pipeline: Any) -> None:
    text = "Paris Club creditors offered Zambia a deferral of its debt service payments."
    assert ("PARIS_CLUB", "ZMB") in pairs(pipeline, text, "AID")


def test_a_moratorium_with_no_debtor_is_not_aid(pipeline: Any) -> None:
    text = "Russia has extended its moratorium on the death penalty."
    assert not pairs(pipeline, text, "AID")


def test_grateful_to_states_which_pledged_assistance(pipeline: Any) -> None:
    text = (
        "Statement by the Ministry of Foreign Affairs of Malawi. "
        "We are grateful to Norway and Japan, which pledged emergency assistance last week."
    )
    given = pairs(pipeline, text, "AID")
    assert {("NOR", "MWI"), ("JPN", "MWI")} <= given


def test_a_work_paid_for_in_another_country_is_aid(pipeline: Any) -> None:
    text = "Kuwait paid for a housing project near Aden in Yemen."
    assert ("KWT", "YEM") in pairs(pipeline, text, "AID")


def test_paying_for_ones_crimes_is_no_aid(pipeline: Any) -> None:
    text = "Kyiv said Russia would pay for its crimes."
    assert pairs(pipeline, text, "AID") == set()
