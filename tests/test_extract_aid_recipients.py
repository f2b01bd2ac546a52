"""Whom aid goes to when the sentence names no one state: gifts to states described but not
named, pledges in a story whose aid went to several states, refuge given to a person, gifts
told in the passive, and aircraft lent to an ally.

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


def test_money_promised_to_states_described_but_not_named_has_no_recipient(
    pipeline: Any,
) -> None:
    text = (
        "Cyclones struck Mozambique and Malawi this week. Sweden promised up to 40 million "
        "dollars in grants to the poorest nations on Friday."
    )
    found = pairs(pipeline, text, "AID")
    assert ("SWE", None) in found
    assert not {("SWE", "MOZ"), ("SWE", "MWI")} & found


def test_a_pledge_in_a_story_of_aid_to_several_states_has_no_recipient(pipeline: Any) -> None:
    text = (
        "Floods swept Bangladesh and Myanmar on Monday. Germany sent relief supplies to "
        "Bangladesh, and Norway flew tents to Myanmar. Canada pledged 20 million dollars on "
        "Tuesday."
    )
    found = pairs(pipeline, text, "AID")
    assert ("CAN", None) in found
    assert not {("CAN", "BGD"), ("CAN", "MMR")} & found


def test_planes_lent_with_no_recipient_named_go_to_the_story_s_other_side(pipeline: Any) -> None:
    text = (
        "France asked its allies for airlift capacity on Monday, and French officials said Paris "
        "needed more planes. Britain lent two transport planes on Tuesday."
    )
    assert ("GBR", "FRA") in pairs(pipeline, text, "AID")


def test_refuge_granted_in_a_capital_is_given_by_its_state_to_the_person(pipeline: Any) -> None:
    text = "Officials said Bashar al-Assad had been granted asylum in Minsk."
    assert ("BLR", "PER:bashar-al-assad") in pairs(pipeline, text, "AID")


def test_a_passive_gift_goes_to_its_subject_from_the_by_phrase(pipeline: Any) -> None:
    text = "Ukraine was granted a new loan by the IMF on Tuesday."
    assert ("IMF", "UKR") in pairs(pipeline, text, "AID")
