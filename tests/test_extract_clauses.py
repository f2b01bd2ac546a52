"""Second events of a sentence and event types settled by PLOVER's definitions.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2023, 5, 10)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_coordinated_verbs_share_the_object_of_the_last(pipeline: Any) -> None:
    events = events_of(pipeline, "Polish troops invaded and occupied western Belarus.")
    assert ("POL", "BLR") in pairs(events, "ASSAULT")
    assert ("POL", "BLR") in pairs(events, "COERCE")
    # no object is shared across "neither ... nor": nothing accepted
    events = events_of(pipeline, "Hanoi said it would neither accept nor recognise the award.")
    assert not [e for e in events if e.type == "AGREE"]


def test_pulling_out_of_a_joint_exercise_cuts_ties(pipeline: Any) -> None:
    events = events_of(pipeline, "Norway pulled out of a joint naval exercise with Russia.")
    assert ("NOR", "RUS") in pairs(events, "SANCTION")
    assert not pairs(events, "RETREAT")
    # troops pulled back from a place still retreat
    events = events_of(pipeline, "Israel withdrew its troops from Gaza.")
    assert pairs(events, "RETREAT")
    assert not pairs(events, "SANCTION")


def test_announced_withdrawal_from_a_bloc_cuts_ties(pipeline: Any) -> None:
    events = events_of(pipeline, "Burkina Faso announced its withdrawal from ECOWAS on Sunday.")
    assert ("BFA", "ECOWAS") in pairs(events, "SANCTION")
    assert not pairs(events, "CONCEDE")


def test_harm_added_by_a_participle_falls_on_the_side_attacked(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Somali gunmen stormed into northern Kenya on Saturday, killing dozens of people."
    )
    assert ("SOM", "KEN") in pairs(events, "ASSAULT")
    events = events_of(pipeline, "Egyptian commandos stormed a Libyan ferry, killing four sailors.")
    assert ("EGY", "LBY") in pairs(events, "ASSAULT")


def test_struck_what_it_called_a_camp_strikes_the_camp(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Turkish jets struck what Ankara called a militant training camp in Iraq."
    )
    assert ("TUR", "IRQ") in pairs(events, "ASSAULT")
    assert not pairs(events, "COOPERATE")  # a training camp is a place, no joint training


def test_a_verb_listed_after_a_subordinate_clause_can_be_the_main_clauses(pipeline: Any) -> None:
    text = (
        "Hanoi refused to negotiate until Beijing withdrew its rig, accused China of "
        "violating its waters and expelled two Chinese diplomats."
    )
    assert pairs(events_of(pipeline, text), "ACCUSE") == {("VNM", "CHN")}


def test_pilgrims_travelling_abroad_pay_no_state_visit(pipeline: Any) -> None:
    text = "Thousands of Indian pilgrims travelled to Tibet in June."
    assert not pairs(events_of(pipeline, text), "CONSULT")


def test_a_fronted_after_phrase_read_as_a_clause_leaves_the_subject_to_the_main_verb(
    pipeline: Any,
) -> None:
    """ "After Russia's invasion of Ukraine, Norway and Chile ...": the parser reads "After" as
    a subordinator, the invasion as the main verb's subject and the names after the comma as
    more of Ukraine's list; the names are the subject, the invasion the fronted phrase."""
    text = "After Russia's invasion of Ukraine, Norway and Chile condemned the attack on Monday."
    document = Document(text=text, source="case.txt", date=PartialDate(2022, 3, 1))
    events = pipeline.process(document).events
    pairs = {
        (e.type, e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
    }
    assert ("ASSAULT", "RUS", "NOR") not in pairs and ("ASSAULT", "RUS", "CHL") not in pairs
    assert ("ACCUSE", "NOR", "RUS") in pairs and ("ACCUSE", "CHL", "RUS") in pairs
