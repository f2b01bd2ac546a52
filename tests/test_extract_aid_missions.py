"""Forces sent abroad on a peace or assistance mission (PLOVER AID, alt MOBILIZE): contingents
named by where they come from, forces named by who leads them, and the country they serve in.

Texts are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2003, 8, 4)


def pairs(pipeline: Any, text: str, *types: str) -> set[tuple[str | None, str | None]]:
    events: list[Event] = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type in types
    }


def test_a_body_coordinated_with_one_of_a_named_state_shares_its_state(pipeline: Any) -> None:
    # "soldiers" has no adjective of its own; it is not the dateline's country's army.
    text = (
        "MONROVIA, 4 August 2003 – Nigerian police and soldiers began arriving in Liberia on "
        "Monday at the request of President Charles Taylor."
    )
    assert pairs(pipeline, text, "AID") == {("NGA", "LBR")}


def test_troops_from_named_states_are_those_states_forces(pipeline: Any) -> None:
    text = (
        "Troops from Ghana and Senegal landed in Monrovia on Monday at the invitation of the "
        "Liberian government."
    )
    assert {("GHA", "LBR"), ("SEN", "LBR")} <= pairs(pipeline, text, "AID")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A first contingent of 300 Rwandan soldiers landed in Bangui on Monday to join the "
            "UN mission.",
            {("RWA", "CAF")},
        ),
        (
            "Kenyan police arrived in Haiti to lead a multinational security mission.",
            {("KEN", "HTI")},
        ),
        (
            "The first soldiers and police of a Nigerian-led stabilisation force landed in "
            "Monrovia on Thursday.",
            {("NGA", "LBR")},
        ),
        (
            "The Nigerian-led force began landing in Monrovia on Monday, with troops from Ghana "
            "and Senegal.",
            {("NGA", "LBR"), ("GHA", "LBR"), ("SEN", "LBR")},
        ),
        (
            "MONROVIA, 4 August 2003 – About 3,000 personnel from Ghana, Nigeria and Senegal are "
            "taking part in the operation.",
            {("GHA", "LBR"), ("NGA", "LBR"), ("SEN", "LBR")},
        ),
    ],
)
def test_forces_arriving_on_a_mission_aid_the_country_they_serve_in(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(pipeline, text, "AID")


def test_forces_on_a_mission_named_no_place_serve_where_the_story_sent_aid(pipeline: Any) -> None:
    text = (
        "The first soldiers of a Nigerian-led peacekeeping force landed in Monrovia on Monday."
        "\n\nAbout 3,000 personnel from Ghana, Nigeria and Senegal are taking part in the "
        "operation."
    )
    assert {("GHA", "LBR"), ("SEN", "LBR")} <= pairs(pipeline, text, "AID")


def test_troops_landing_on_no_mission_are_no_aid(pipeline: Any) -> None:
    assert not pairs(pipeline, "Russian troops landed in Crimea on Thursday.", "AID")


def test_bearing_the_cost_of_a_mission_abroad_is_aid(pipeline: Any) -> None:
    text = (
        "MONROVIA, 4 August 2003 – Nigerian peacekeepers landed in Monrovia on Monday. Nigeria "
        "will bear most of the cost, estimated at 50 million dollars."
    )
    assert ("NGA", "LBR") in pairs(pipeline, text, "AGREE")


def test_donors_funding_part_of_a_bodys_work_aid_the_body(pipeline: Any) -> None:
    # "fund" is tagged as a noun, with a subject and an object; "the Commission" is the
    # commission the text is about; "much of" its work is still its work.
    text = (
        "The Economic and Social Commission for Asia and the Pacific met in Bangkok in May. "
        "Donors including Norway and Canada fund much of the Commission's work."
    )
    assert pairs(pipeline, text, "AID") == {("NOR", "ESCAP"), ("CAN", "ESCAP")}


def test_a_group_named_after_its_backers_adjective_is_backed_by_them(pipeline: Any) -> None:
    # The parser hangs "Hezbollah" on the next verb as its subject, not on "militia".
    text = (
        "Thousands of supporters of the Iran-backed militia Hezbollah rallied in Beirut on Friday."
    )
    assert ("IRN", "ORG:hezbollah") in pairs(pipeline, text, "AID")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya opened its new Lamu port in 2021. The port, built with loans from China, has "
        "struggled to attract ships.",
        "Kenya opened its new Lamu port in 2021 after years of delays. The port cost 480 million "
        "dollars, and its second phase opened in 2023, financed largely by loans from the "
        "Export-Import Bank of China.",
    ],
)
def test_a_project_paid_for_with_foreign_loans_is_aid_to_the_story_country(
    pipeline: Any, text: str
) -> None:
    # The lender gives, not the subject the participle hangs on; the sentence names no place,
    # so the recipient is the state the story is about. Kenya opening its own port is no aid.
    assert pairs(pipeline, text, "AID") == {("CHN", "KEN")}


def test_money_made_available_to_a_state_is_aid(pipeline: Any) -> None:
    assert pairs(
        pipeline, "Japan made 100 million dollars available to Nepal on Monday.", "AID"
    ) == {("JPN", "NPL")}
    assert not pairs(pipeline, "Aramco made $5 billion in profit last year.", "AID", "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "French troops landed in N'Djamena on Monday, two days after a mission led by Bernard "
        "Kouchner met the rebels.",
        "French troops arrived in Chad after a UN mission had failed to stop the fighting.",
    ],
)
def test_a_mission_named_only_in_a_time_adjunct_makes_no_landing_a_mission(
    pipeline: Any, text: str
) -> None:
    assert not pairs(pipeline, text, "AID")


def test_help_sent_in_response_to_a_request_answers_the_one_who_asked(pipeline: Any) -> None:
    """ "in response to a request from X" is "at X's request": X asked the sender."""
    text = (
        "Sweden flew water purification units to Chad on Monday in response to a request "
        "from the Government of Chad."
    )
    assert ("TCD", "SWE") in pairs(pipeline, text, "REQUEST")
    assert ("SWE", "TCD") not in pairs(pipeline, text, "REQUEST")
