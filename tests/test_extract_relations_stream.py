"""Membership, hosting and an organisation's own meetings stated indirectly.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, PartialDate

DATE = PartialDate(2024, 3, 5)


def events_of(pipeline: Any, text: str, event_type: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_working_within_an_organisations_framework_is_membership(pipeline: Any) -> None:
    text = "Kenya and Uganda work together within the framework of the East African Community."
    assert events_of(pipeline, text, "MEMBER_OF") == {("KEN", "EAC"), ("UGA", "EAC")}


def test_a_summit_chaired_by_a_state_is_hosted_by_it(pipeline: Any) -> None:
    text = "The ministerial meeting, chaired by Norway, opened in Geneva on Monday."
    assert events_of(pipeline, text, "HOSTS") == {("NOR", None)}


def test_a_meeting_of_an_organisations_ministers_is_its_own_consultation(pipeline: Any) -> None:
    text = "A meeting of the OSCE foreign ministers was held in Vienna on 4 December."
    assert ("OSCE", None) in events_of(pipeline, text, "CONSULT")


def test_a_summit_held_with_its_member_states_taking_part(pipeline: Any) -> None:
    text = "The second ASEAN summit was held on 3 May with participation of 9 member states."
    assert ("ASEAN", None) in events_of(pipeline, text, "CONSULT")


def test_the_bloc_is_the_organisation_named_earlier_in_the_sentence(pipeline: Any) -> None:
    text = (
        "The United Nations sent a mission to Mali. Senegalese President Macky Sall, the "
        "chair of the Economic Community of West African States, called a summit of the "
        "bloc's leaders for Friday; Guinea did not attend."
    )
    assert ("ECOWAS", None) in events_of(pipeline, text, "CONSULT")
    assert ("SEN", None) in events_of(pipeline, text, "HOSTS")


def test_the_bloc_is_not_the_body_that_acts_on_it(pipeline: Any) -> None:
    text = (
        "The African Union suspended Niger. Later the UN Security Council backed the bloc's "
        "mediation."
    )
    assert ("UNSC", "AU") in events_of(pipeline, text, "SUPPORT")


def test_founders_named_after_a_former_name_are_members(pipeline: Any) -> None:
    text = (
        "The Economic Cooperation Organization is a regional body. It was established in "
        "1985 as the Regional Development Council by Iran, Pakistan and Turkey."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("IRN", "ECO"), ("PAK", "ECO"), ("TUR", "ECO")} <= found


def test_founded_at_a_meeting_is_no_talks_between_the_founders(pipeline: Any) -> None:
    text = "The Arab League was founded at a meeting in Cairo in 1945 by Egypt, Iraq and Syria."
    assert events_of(pipeline, text, "CONSULT") == set()
    assert ("EGY", "ARAB_LEAGUE") in events_of(pipeline, text, "MEMBER_OF")


def test_members_listed_after_including_are_members(pipeline: Any) -> None:
    text = "Mercosur has five members, including Bolivia and Uruguay."
    assert events_of(pipeline, text, "MEMBER_OF") == {("BOL", "MERCOSUR"), ("URY", "MERCOSUR")}


def test_a_grown_membership_including_new_members(pipeline: Any) -> None:
    text = (
        "The Commonwealth was formed in 1949. Its membership has since grown to fifty-six, "
        "including Rwanda and Mozambique."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("RWA", "COMMONWEALTH"), ("MOZ", "COMMONWEALTH")} <= found


def test_founders_of_an_organisation_named_with_its_acronym_in_brackets(pipeline: Any) -> None:
    text = (
        "The pact grew out of the Economic Community of West African States (ECOWAS), set up "
        "in Lagos in 1975 by Nigeria, Togo and Benin."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("NGA", "ECOWAS"), ("TGO", "ECOWAS"), ("BEN", "ECOWAS")} <= found


def test_states_named_before_both_members_of_are_members(pipeline: Any) -> None:
    text = (
        "Kenya and Tanzania, both members of the East African Community and of the African "
        "Union, will keep working together."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("KEN", "EAC"), ("TZA", "EAC"), ("KEN", "AU"), ("TZA", "AU")} <= found
    # the organisations they belong to are not the ones who act
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    acting = {e.source.id for e in events if e.type == "AGREE" and e.source}
    assert not acting & {"EAC", "AU"}


def test_names_after_whose_members_are_the_organisations_members(pipeline: Any) -> None:
    text = (
        "Ecuador signed a trade deal with the East African Community, whose members Kenya, "
        "Uganda and Rwanda pledged to cut tariffs."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("KEN", "EAC"), ("UGA", "EAC"), ("RWA", "EAC")} <= found


def test_signers_of_the_treaty_an_organisation_was_established_by_found_it(pipeline: Any) -> None:
    text = (
        "CARICOM is a Caribbean grouping established by the Treaty of Chaguaramas, signed in "
        "Trinidad in 1973 by Barbados, Jamaica, Guyana and Trinidad and Tobago."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("BRB", "CARICOM"), ("JAM", "CARICOM"), ("GUY", "CARICOM")} <= found


def test_a_treaty_signed_by_states_which_created_an_organisation(pipeline: Any) -> None:
    text = (
        "The bloc traces its roots to the Lagos Agreement, signed in the Nigerian city in 1975 "
        "by Nigeria, Togo and Benin, which created a regional grouping known as the Economic "
        "Community of West African States."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("NGA", "ECOWAS"), ("TGO", "ECOWAS"), ("BEN", "ECOWAS")} <= found


def test_signing_a_treaty_establishing_an_organisation_named_in_apposition(pipeline: Any) -> None:
    text = (
        "The presidents of Kenya, Uganda and Tanzania signed a treaty in Arusha on Tuesday "
        "establishing a community of their three states, the East African Community."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("KEN", "EAC"), ("UGA", "EAC"), ("TZA", "EAC")} <= found


def test_the_countries_are_the_two_states_the_story_is_about(pipeline: Any) -> None:
    text = (
        "Armenia and Georgia established diplomatic relations in 1992. Armenia's trade with "
        "Georgia has grown since. Besides bilateral talks, the countries also cooperate within the framework of the Black Sea Economic "
        "Cooperation."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("ARM", "BSEC"), ("GEO", "BSEC")} <= found


def test_every_organisation_of_a_framework_list_the_parser_cut_off(pipeline: Any) -> None:
    text = (
        "In addition to trade, Armenia and Belarus also interact within the framework of the "
        "Commonwealth of Independent States (CIS), the Collective Security Treaty Organization "
        "(CSTO), and the Eurasian Economic Union (EAEU)."
    )
    found = events_of(pipeline, text, "MEMBER_OF")
    assert {("ARM", "CSTO"), ("BLR", "CSTO"), ("ARM", "EAEU"), ("BLR", "EAEU")} <= found


def test_joining_states_in_an_organisation_makes_all_of_them_members(pipeline: Any) -> None:
    text = "Montenegro joined Albania and Croatia in NATO on Monday."
    assert events_of(pipeline, text, "MEMBER_OF") == {
        ("MNE", "NATO"),
        ("ALB", "NATO"),
        ("HRV", "NATO"),
    }


def test_a_state_readmitted_is_a_member_again(pipeline: Any) -> None:
    text = "The African Union readmitted Morocco on Monday."
    assert events_of(pipeline, text, "MEMBER_OF") == {("MAR", "AU")}
    assert events_of(pipeline, text, "SUPPORT") == {("AU", "MAR")}


def test_a_bodys_decision_to_readmit_a_state_readmits_it(pipeline: Any) -> None:
    text = "African Union leaders agreed on Monday to readmit Morocco."
    assert events_of(pipeline, text, "MEMBER_OF") == {("MAR", "AU")}
    assert events_of(pipeline, text, "AGREE") == set()
