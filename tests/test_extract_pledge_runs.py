"""Pledges by several givers: a comma-run of pledging clauses, a promise of things that is each
giver's own, and its recipient from the story. Texts are our own."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from diplograph.nlp import load_pipeline
from diplograph.nlp.model import retag_verbs
from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2013, 1, 15)


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type
    }


def test_a_comma_run_of_clauses_gives_each_verb_its_own_subject() -> None:
    parsed = load_pipeline(None)(
        "Ghana pledged about 400 troops, Benin, Burkina Faso, Togo and Senegal promised some 300 "
        "each and Chad offered a battalion."
    )
    by_text = {token.text: token for token in parsed}
    assert by_text["troops"].dep_ == "dobj" and by_text["troops"].head.text == "pledged"
    assert by_text["Benin"].dep_ == "nsubj" and by_text["Benin"].head.text == "promised"
    assert by_text["promised"].head.text == "pledged"


def test_a_reported_clause_after_a_noun_is_left_alone() -> None:
    parsed = load_pipeline(None)("Officials said the troops would leave on Friday.")
    by_text = {token.text: token for token in parsed}
    assert by_text["troops"].dep_ == "nsubj" and by_text["troops"].head.text == "leave"


def test_a_promise_of_things_is_no_agreement_between_the_givers(pipeline: Any) -> None:
    events = events_of(pipeline, "Benin, Togo and Senegal promised 300 troops each.")
    assert not any(
        e.source and e.target and e.target.id in ("BEN", "TGO", "SEN")
        for e in events
        if e.type == "AGREE"
    )


def test_a_promise_to_act_together_stays_mutual(pipeline: Any) -> None:
    events = events_of(pipeline, "Russia and Ukraine pledged to respect the truce.")
    assert pairs(events, "AGREE") & {("RUS", "UKR"), ("UKR", "RUS")}


def test_pledged_things_go_to_the_side_the_story_is_about(pipeline: Any) -> None:
    text = (
        "France sent troops to Mali on Friday. Mali thanked France, and Mali's army "
        "retook the town. Ghana pledged 400 troops, Benin and Togo promised 300 each."
    )
    assert {("GHA", "MLI"), ("BEN", "MLI"), ("TGO", "MLI")} <= pairs(
        events_of(pipeline, text), "AGREE"
    )


def test_help_with_a_plural_subjects_bare_verb_helps_that_subject(pipeline: Any) -> None:
    text = "Britain helped the Kenyan authorities repel the raid."
    assert ("GBR", "KEN") in pairs(events_of(pipeline, text), "AID")


def test_a_second_clauses_subjects_are_not_more_of_the_first_clauses_list() -> None:
    parsed = load_pipeline(None)(
        "The mission was joined by officers and soldiers from Fiji, Tonga and the Bahamas, and "
        "Honduras, El Salvador, Togo, Nepal and Chad have pledged further personnel."
    )
    by_text = {token.text: token for token in parsed}
    assert by_text["Honduras"].dep_ == "nsubj" and by_text["Honduras"].head.text == "pledged"
    assert by_text["Tonga"].head.text != "pledged"


def test_people_arrested_in_a_story_of_the_states_own_protests_are_its_protesters(
    pipeline: Any,
) -> None:
    text = (
        "Thousands of protesters rallied in Hanoi against China on Sunday. "
        "Vietnamese police arrested more than 1,000 people."
    )
    assert ("VNM", "ORG:protesters-vietnam") in pairs(events_of(pipeline, text), "COERCE")


def test_people_arrested_with_no_protest_in_the_story_belong_to_no_side(pipeline: Any) -> None:
    events = events_of(pipeline, "Police in Moscow arrested dozens of suspected organisers.")
    assert pairs(events, "COERCE") == {("RUS", None)}


def test_a_subject_list_hung_on_the_first_verbs_object_is_given_to_its_verb() -> None:
    # The parse a document context gave: "Niger, ... Senegal" an apposition of "troops", and
    # "promised" a conjunct of "pledged" with no subject.
    words = [
        "Nigeria",
        "pledged",
        "900",
        "troops",
        ",",
        "Niger",
        ",",
        "Togo",
        "and",
        "Senegal",
        "promised",
        "some",
        "500",
        ".",
    ]
    heads = [1, 1, 3, 1, 3, 3, 5, 5, 7, 7, 1, 12, 10, 1]
    deps = ["nsubj", "ROOT", "nummod", "dobj", "punct", "appos", "punct", "conj", "cc", "conj"]
    deps += ["conj", "det", "dobj", "punct"]
    tags = ["NNP", "VBD", "CD", "NNS", ",", "NNP", ",", "NNP", "CC", "NNP", "VBD", "DT", "CD", "."]
    doc = retag_verbs(Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags))
    assert doc[5].dep_ == "nsubj" and doc[5].head.text == "promised"
    assert doc[3].head.text == "pledged" and doc[10].head.text == "pledged"
    assert {c.text for c in doc[3].children} == {"900"}
