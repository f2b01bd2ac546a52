"""modality_of on the trigger verb of parsed sentences, and PLOVER's type adjustment."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from diplograph.extract.modality import adjust_type, modality_of, requested
from diplograph.records import Document


def trigger(pipeline: Any, sentence: str, verb: str) -> Any:
    (token,) = [token for token in pipeline.nlp(sentence) if token.text == verb]
    return token


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("Turkey sent aid to Syria.", "sent", "asserted"),
        ("Turkey has sent aid to Syria.", "sent", "asserted"),
        ("Aid was sent to Syria by Turkey.", "sent", "asserted"),
        ("Turkey did not send aid to Syria.", "send", "negated"),
        ("Turkey never sent aid to Syria.", "sent", "negated"),
        ("Turkey will no longer send aid to Syria.", "send", "negated"),
        ("Turkey sent no aid to Syria.", "sent", "negated"),
        ("Iran offered no evidence for the claim.", "offered", "negated"),
        ("Neither Turkey nor Iran sent aid to Syria.", "sent", "negated"),
        ("No Turkish ships sent aid to Syria.", "sent", "negated"),
        ("Both Turkey and Iran sent aid to Syria.", "sent", "asserted"),
        ("Turkey threatened to send troops to Syria.", "send", "planned"),
        ("Iran regretted Turkey's refusal to send aid to Syria.", "send", "negated"),
        ("Turkey denied sending aid to Syria.", "sending", "negated"),
        # a negated hesitation affirms the act it governs
        ("Peru did not hesitate to condemn the coup.", "condemn", "asserted"),
        # a denial tagged on by the accused answers the accusation; it does not negate it
        (
            "The government has accused Niger of arming the rebels, a charge Niamey denies.",
            "accused",
            "asserted",
        ),
        (
            "Chad accused Sudan of shelling its towns, claims that Khartoum rejects.",
            "accused",
            "asserted",
        ),
        ("The envoys left Ankara without signing an accord.", "signing", "negated"),
        ("Turkey will send aid to Syria.", "send", "planned"),
        ("Turkey has no plans to send aid to Syria.", "send", "negated"),
        ("Turkey is to send aid to Syria.", "send", "planned"),
        ("Turkey has the ability to send aid to Syria.", "send", "hypothetical"),
        ("It is my great pleasure to welcome the leaders.", "welcome", "asserted"),
        ("Greece blocked the country's invitation to join NATO.", "join", "planned"),
        ("Turkey said talks failed and that it would send aid to Syria.", "send", "planned"),
        ("The aim is that Turkey sends aid to Syria.", "sends", "asserted"),
        ("China vetoed a resolution condemning the coup.", "condemning", "hypothetical"),
        ("Peru and Chile agreed to lift tariffs and to open talks.", "open", "planned"),
        ("Poland blocked a statement that criticised Israel.", "criticised", "hypothetical"),
        ("The Council adopted a resolution condemning the coup.", "condemning", "asserted"),
        ("Turkey has no intention of leaving NATO.", "leaving", "negated"),
        ("The Council demanded that Sudan withdraw its troops.", "withdraw", "hypothetical"),
        ("Egypt told reporters that Sudan withdrew its troops.", "withdrew", "asserted"),
        ("Turkey plans to send aid to Syria.", "send", "planned"),
        ("Turkey intends to send aid to Syria.", "send", "planned"),
        ("Turkey said it would send aid to Syria.", "send", "planned"),
        ("Turkey may send aid to Syria.", "send", "hypothetical"),
        ("Turkey would send aid to Syria if asked.", "send", "hypothetical"),
        ("If Turkey sends aid to Syria, Russia will protest.", "sends", "hypothetical"),
        ("Any attempts to attack Syria will be stopped.", "stopped", "hypothetical"),
        ("Turkey not only sent aid but also troops.", "sent", "asserted"),
        # The parser hangs "of killing" on the object: the killing is still only alleged.
        (
            "Rights groups accuse the police of killing at least 30 people.",
            "killing",
            "hypothetical",
        ),
        # A perfect clause under a verb of promise reports a done act (the parser may also hang
        # a relative clause there: "pledging to ..., before a summit that X had boycotted").
        ("Ankara pledged that Turkey had sent aid to Syria.", "sent", "asserted"),
        ("Iran pledged that it had never boycotted the talks.", "boycotted", "negated"),
        (  # the parser hangs the "after" clause on the "if" clause
            "The minister warned that Serbia was ready to respond to Kosovo if Pristina chose "
            "escalation, after Kosovar officials blamed Belgrade for the raid.",
            "blamed",
            "asserted",
        ),
    ],
)
def test_modality_of_the_trigger(pipeline: Any, sentence: str, verb: str, expected: str) -> None:
    assert modality_of(trigger(pipeline, sentence, verb)) == expected


@pytest.mark.parametrize(
    ("event_type", "modality", "expected"),
    [
        ("AID", "planned", "AGREE"),
        ("CONSULT", "planned", "AGREE"),
        ("ASSAULT", "planned", "THREATEN"),
        ("SANCTION", "planned", "THREATEN"),
        ("AID", "asserted", "AID"),
        ("ASSAULT", "negated", "ASSAULT"),
        ("ACCUSE", "planned", "ACCUSE"),
    ],
)
def test_plovers_promises_and_threats(event_type: str, modality: str, expected: str) -> None:
    assert adjust_type(event_type, modality) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraq informed Sweden that it would cut off diplomatic relations should the burning "
            "go ahead.",
            ("IRQ", "SWE"),
        ),
        ("Turkey told Greece it would impose sanctions if drilling continued.", ("TUR", "GRC")),
    ],
)
def test_a_hostile_act_promised_on_a_condition_is_a_threat(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    threats = [e for e in events if e.type == "THREATEN"]
    assert [(e.source.id, e.target.id if e.target else None) for e in threats] == [expected]


def test_a_scheduled_meeting_is_hosted_and_an_offer_to_host_is_agree(pipeline: Any) -> None:
    scheduled = pipeline.process(
        Document(text="Kazakhstan will host the next SCO summit in 2024.", source="a.txt")
    ).events
    assert [(e.type, e.modality) for e in scheduled if e.source.id == "KAZ"] == [
        ("HOSTS", "planned")
    ]
    offered = pipeline.process(
        Document(text="Kazakhstan is ready to host a conference on Afghanistan.", source="b.txt")
    ).events
    assert [e.type for e in offered if e.source.id == "KAZ"] == ["AGREE"]


def test_a_requested_infinitive_parsed_as_adverbial_is_not_done(pipeline: Any) -> None:
    # The parser hangs "to comply" on "call" as an adverbial clause, not a complement.
    token = trigger(pipeline, "We call on Syria to comply with all relevant resolutions.", "comply")
    assert token.dep_ == "advcl"
    assert modality_of(token) == "hypothetical"
    # A purpose clause of a reported act keeps that act's modality.
    assert modality_of(trigger(pipeline, "Ghana sent troops to help Mali.", "help")) == "asserted"


def _asserted(pipeline: Any, text: str) -> list[tuple[str, str | None, str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    return [
        (e.type, e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.modality == "asserted"
    ]


def test_an_act_called_or_pressed_for_is_asked_for_not_done(pipeline: Any) -> None:
    pressed = _asserted(pipeline, "Norway pressed for a truce between Colombia and the ELN.")
    called = _asserted(pipeline, "Kenya called for an immediate ceasefire in Ethiopia.")
    assert not [event for event in pressed + called if event[0] == "CONCEDE"]
    assert ("REQUEST", "KEN") in [event[:2] for event in called]
    recalled = _asserted(pipeline, "Chile called its envoy in Lima back to Santiago.")
    assert ("SANCTION", "CHL", "PER") in recalled


def test_calling_for_the_release_of_diplomats_is_no_recall(pipeline: Any) -> None:
    events = _asserted(pipeline, "Germany called for the release of the detained diplomats.")
    assert [event[:2] for event in events] == [("REQUEST", "DEU")]


def test_on_off_yes_and_no_in_the_lexicon_are_words(pipeline: Any) -> None:
    assert ("SANCTION", "PAK", "IND") in _asserted(
        pipeline, "Pakistan called off talks with India."
    )
    shrugged = _asserted(pipeline, "Beijing shrugged off the criticism from Tokyo.")
    assert ("REJECT", "CHN", "JPN") in shrugged


def test_a_main_clause_parsed_under_a_later_subordinate_keeps_its_own_modality(
    pipeline: Any,
) -> None:
    # The parser may make the main clause the complement of an "after" clause that follows it
    # (built by hand here: parsers differ); "proposed" then must not make it a plan.
    words = ["The", "sanctions", "were", "imposed", ",", "after", "the", "junta", "proposed",
             "staying", "."]  # fmt: skip
    heads = [1, 3, 3, 8, 8, 8, 7, 8, 8, 8, 8]
    deps = ["det", "nsubjpass", "auxpass", "ccomp", "punct", "mark", "det", "nsubj", "ROOT",
            "xcomp", "punct"]  # fmt: skip
    lemmas = ["the", "sanction", "be", "impose", ",", "after", "the", "junta", "propose", "stay",
              "."]  # fmt: skip
    tags = ["DT", "NNS", "VBD", "VBN", ",", "IN", "DT", "NN", "VBD", "VBG", "."]
    doc = Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, tags=tags)
    assert modality_of(doc[3]) == "asserted"
    assert (
        modality_of(trigger(pipeline, "Iran proposed that the talks resume in Oman.", "resume"))
        == "planned"
    )


def test_an_act_ordered_by_its_noun_is_done_and_one_called_for_is_not(pipeline: Any) -> None:
    ordered = pipeline.nlp("Israel ordered the deportation of two activists.")
    demanded = pipeline.nlp("Turkey demanded the deportation of two activists.")
    assert not requested(ordered[3]) and requested(demanded[3])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a proposal is a promise (AGREE), planned; the weapons are not delivered
        ("Germany's proposed arms deliveries to Saudi Arabia were blocked.", ("AGREE", "planned")),
        ("A possible Russian attack on Moldova worried Chisinau.", None),
        ("Germany's arms deliveries to Saudi Arabia were blocked.", ("AID", "asserted")),
    ],
)
def test_a_modifier_of_an_event_noun_says_whether_the_act_was_done(
    pipeline: Any, text: str, expected: tuple[str, str] | None
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    scored = [(e.type, e.modality) for e in events if e.type in ("AID", "AGREE", "ASSAULT")]
    scored = [pair for pair in scored if pair[1] in ("asserted", "planned")]
    assert scored == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey welcomed a French offer of mediation between Armenia and Azerbaijan.",
            {("AGREE", "FRA", "ARM", "planned"), ("AGREE", "FRA", "AZE", "planned")},
        ),
        ("Kyiv accepted Ankara's offer of mediation.", {("AGREE", "TUR", "UKR", "planned")}),
    ],
)
def test_an_act_an_offer_names_is_offered_by_the_offers_owner(
    pipeline: Any, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    read = {
        (e.type, e.source.id, e.target.id, e.modality)
        for e in events
        if e.type in ("AGREE", "CONSULT") and e.source and e.target
    }
    assert read == expected
