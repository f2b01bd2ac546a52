"""Stances told in nouns, refusals and protests: offers, threats, rejections, concessions and
crowds (PLOVER AGREE, THREATEN, REJECT, CONCEDE, PROTEST).

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 3, 1)
SCORED_PLANS = frozenset({"AGREE", "THREATEN", "CONCEDE"})


def events_of(pipeline: Any, text: str) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=DATE)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    """Source and target ids of the events of a type that are told as done or, for a
    promise or threat, as made."""
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type
        and (e.modality == "asserted" or (e.modality == "planned" and e.type in SCORED_PLANS))
    }


def test_declining_to_comment_rejects_nothing(pipeline: Any) -> None:
    text = "The Chinese embassy in Washington declined to comment on the report."
    assert not pairs(events_of(pipeline, text), "REJECT")


def test_coordinated_subjects_of_a_negated_acceptance_do_not_reject_each_other(
    pipeline: Any,
) -> None:
    text = "Neither Armenia nor Azerbaijan accepted the proposal."
    assert ("ARM", "AZE") not in pairs(events_of(pipeline, text), "REJECT")


def test_a_possessed_rejection_of_an_offer_rejects_the_offerer(pipeline: Any) -> None:
    text = "Seoul's rejection of Pyongyang's offer surprised analysts."
    assert ("KOR", "PRK") in pairs(events_of(pipeline, text), "REJECT")


def test_a_refusal_noun_turns_down_the_act_it_names(pipeline: Any) -> None:
    text = "Algeria's refusal to reopen its border with Morocco has cost both economies dearly."
    assert ("DZA", "MAR") in pairs(events_of(pipeline, text), "REJECT")


def test_a_possessed_threat_to_cut_supplies_is_a_threat(pipeline: Any) -> None:
    text = "Moscow's threat to cut off gas supplies to Moldova raised alarm in Brussels."
    assert ("RUS", "MDA") in pairs(events_of(pipeline, text), "THREATEN")


def test_a_possessed_warning_that_it_would_strike_is_a_threat(pipeline: Any) -> None:
    text = "Azerbaijan's warning that it would strike Armenian positions raised fears of a new war."
    assert ("AZE", "ARM") in pairs(events_of(pipeline, text), "THREATEN")


def test_a_pledge_noun_to_send_troops_is_a_promise_not_a_threat(pipeline: Any) -> None:
    events = events_of(pipeline, "Russia's pledge to send troops to Mali was welcomed.")
    assert ("RUS", "MLI") in pairs(events, "AGREE")
    assert ("RUS", "MLI") not in pairs(events, "THREATEN")


def test_threatened_someone_with_retaliation_threatens_the_object(pipeline: Any) -> None:
    text = "China has threatened Lithuania with economic retaliation over the Taiwan office."
    assert ("CHN", "LTU") in pairs(events_of(pipeline, text), "THREATEN")


def test_announced_measures_against_someone_are_a_threat(pipeline: Any) -> None:
    text = "Ankara said it would take all necessary measures against Greece."
    assert ("TUR", "GRC") in pairs(events_of(pipeline, text), "THREATEN")


def test_a_possessed_offer_of_talks_is_an_offer(pipeline: Any) -> None:
    text = "Beijing's offer of talks with New Delhi came after weeks of clashes in the Himalayas."
    assert ("CHN", "IND") in pairs(events_of(pipeline, text), "AGREE")


def test_a_possessed_acceptance_of_a_ceasefire_concedes(pipeline: Any) -> None:
    text = "Armenia's acceptance of the ceasefire with Azerbaijan ended six weeks of fighting."
    assert ("ARM", "AZE") in pairs(events_of(pipeline, text), "CONCEDE")


def test_dropping_a_demand_concedes_to_whom_it_was_made(pipeline: Any) -> None:
    text = "Pakistan dropped its demand that India restore the region's special status."
    assert ("PAK", "IND") in pairs(events_of(pipeline, text), "CONCEDE")


def test_promising_to_respect_a_judgment_concedes(pipeline: Any) -> None:
    text = "Thailand said it would respect the court's judgment on its border with Cambodia."
    assert ("THA", "KHM") in pairs(events_of(pipeline, text), "CONCEDE")


def test_a_crowd_in_front_of_an_embassy_protests_at_its_state(pipeline: Any) -> None:
    text = "A crowd gathered in front of the Israeli embassy in Amman to denounce the strikes."
    assert ("ORG:protesters-jordan", "ISR") in pairs(events_of(pipeline, text), "PROTEST")


def test_protesters_chanting_slogans_against_a_state_protest(pipeline: Any) -> None:
    text = "Protesters in Tehran chanted slogans against the United States."
    assert ("ORG:protesters-iran", "USA") in pairs(events_of(pipeline, text), "PROTEST")


def test_consumers_who_began_boycotting_goods_protest(pipeline: Any) -> None:
    text = "Consumers in Kuwait began boycotting Danish products."
    assert ("ORG:consumers-kuwait", "DNK") in pairs(events_of(pipeline, text), "PROTEST")


def test_rioters_breaking_into_an_embassy_protest(pipeline: Any) -> None:
    text = "Rioters broke into the U.S. embassy in Belgrade on Thursday."
    assert ("ORG:protesters-serbia", "USA") in pairs(events_of(pipeline, text), "PROTEST")


def test_the_sides_of_a_meeting_another_offers_to_host_promise_nothing(pipeline: Any) -> None:
    text = "Brazil offered to host a meeting between Venezuela and Guyana."
    agreed = pairs(events_of(pipeline, text), "AGREE")
    assert ("BRA", "VEN") in agreed
    assert ("VEN", "GUY") not in agreed and ("GUY", "VEN") not in agreed


def test_promising_to_accept_a_ruling_concedes_and_refusing_it_rejects(pipeline: Any) -> None:
    accepted = "Thailand said it would accept the court's ruling on its border with Cambodia."
    assert ("THA", "KHM") in pairs(events_of(pipeline, accepted), "CONCEDE")
    refused = "Venezuela does not accept the court's ruling on the Essequibo."
    assert ("VEN", None) in pairs(events_of(pipeline, refused), "REJECT")


def test_refusing_to_recognise_an_act_rejects_whoever_did_it(pipeline: Any) -> None:
    text = "Armenia occupied the district in 1993. Azerbaijan will never recognise the occupation."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert any(
        e.type == "REJECT"
        and e.modality == "asserted"
        and (e.source.id, e.target.id) == ("AZE", "ARM")
        for e in events
        if e.source and e.target
    )


def threats_of(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "THREATEN" and e.modality == "asserted"
    }


def test_force_not_ruled_out_is_a_threat(pipeline: Any) -> None:
    assert ("USA", "PAN") in threats_of(
        pipeline, "Washington did not rule out military action against Panama."
    )
    assert ("GBR", "ARG") in threats_of(
        pipeline, "The British prime minister said she was ruling out no options against Argentina."
    )
    assert not threats_of(pipeline, "France ruled out military action in Niger.")


def test_not_hesitating_to_act_against_someone_is_a_threat(pipeline: Any) -> None:
    assert ("TUR", None) in threats_of(
        pipeline, "Turkey will not hesitate to act against the smugglers wherever they operate."
    )


def accusations_of(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "ACCUSE" and e.modality == "asserted"
    }


def test_a_case_announced_before_a_court_is_a_charge_made(pipeline: Any) -> None:
    text = (
        "Chile's foreign ministry said it would take Bolivia to the International Court of Justice."
    )
    assert ("CHL", "BOL") in accusations_of(pipeline, text)


def test_complaining_about_someone_accuses_them(pipeline: Any) -> None:
    text = "Hanoi complained about Chinese survey ships near the Paracel Islands."
    assert ("VNM", "CHN") in accusations_of(pipeline, text)


def test_a_deed_denounced_is_not_the_words_said_after_it(pipeline: Any) -> None:
    """ "denounced the raid" points back to the raid, not to the charge laid over it since."""
    text = (
        "Venezuelan police raided Colombia's embassy in Caracas on Friday. Colombia said it "
        "would take Venezuela to the International Court of Justice. Peru and Chile denounced "
        "the raid."
    )
    found = accusations_of(pipeline, text)
    assert {("PER", "VEN"), ("CHL", "VEN")} <= found
    assert ("PER", "COL") not in found


def test_a_judgement_that_names_the_doer_accuses_it_not_who_claimed_the_act(
    pipeline: Any,
) -> None:
    """ "called it an act of war by Iran": the doer the judgement names, not the group that
    claimed the act in the clause before."""
    text = (
        "Hezbollah claimed the rocket attack on Haifa, but the Israeli foreign minister called "
        "it an act of aggression by Syria."
    )
    found = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("ISR", "SYR") in found
    assert ("ISR", "ORG:hezbollah") not in found


def test_in_the_passive_the_by_phrase_is_the_judge_not_the_accused(pipeline: Any) -> None:
    """ "was called a provocation by Japan": Japan judges; it is not the one accused."""
    text = "China sent warships near the islands, a move that was called a provocation by Japan."
    found = pairs(events_of(pipeline, text), "ACCUSE")
    assert not any(target == "JPN" for _, target in found)
