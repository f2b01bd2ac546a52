"""Hostile and demanding acts: force, sanctions, threats, rejections, requests, mobilisation.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

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


def test_a_gerund_subject_between_two_states_is_fighting(pipeline: Any) -> None:
    events = events_of(pipeline, "Fighting between Armenia and Azerbaijan spread along the border.")
    assert pairs(events, "ASSAULT") & {("ARM", "AZE"), ("AZE", "ARM")}


def test_fire_between_two_sides_is_an_assault(pipeline: Any) -> None:
    text = "Talks resumed after weeks of artillery fire between Armenia and Azerbaijan."
    assert pairs(events_of(pipeline, text), "ASSAULT") & {("ARM", "AZE"), ("AZE", "ARM")}


def test_setting_on_fire_is_no_exchange_of_fire(pipeline: Any) -> None:
    text = "Crowds in Baku set an Armenian-owned shop on fire."
    assert not pairs(events_of(pipeline, text), "ASSAULT")


def test_a_veto_is_cast_against_the_security_council(pipeline: Any) -> None:
    text = "China vetoed a draft resolution on the crisis in Syria."
    assert pairs(events_of(pipeline, text), "REJECT") == {("CHN", "UNSC")}


def test_a_veto_of_a_un_body_is_cast_in_the_security_council(pipeline: Any) -> None:
    text = "Russia vetoed the extension of the UN monitoring mission."
    assert pairs(events_of(pipeline, text), "REJECT") == {("RUS", "UNSC")}


def test_a_veto_in_another_body_is_aimed_at_it(pipeline: Any) -> None:
    text = "Hungary vetoed the EU's new aid package."
    assert pairs(events_of(pipeline, text), "REJECT") == {("HUN", "EU")}


def test_a_state_suspended_from_a_bloc_is_suspended_by_it(pipeline: Any) -> None:
    text = "Guinea was suspended from ECOWAS after the coup."
    assert ("ECOWAS", "GIN") in pairs(events_of(pipeline, text), "SANCTION")


def test_a_leader_barred_from_summits_is_barred_by_their_host(pipeline: Any) -> None:
    text = "Myanmar's leader has been barred from ASEAN summits."
    assert pairs(events_of(pipeline, text), "SANCTION") == {("ASEAN", "MMR")}


def test_whose_stands_for_the_noun_its_clause_is_about(pipeline: Any) -> None:
    text = "Belarus, whose leader was barred from OSCE meetings, protested."
    assert ("OSCE", "BLR") in pairs(events_of(pipeline, text), "SANCTION")


def test_whose_after_a_pair_stands_for_both(pipeline: Any) -> None:
    text = "The leaders praised a deal between Armenia and Azerbaijan, whose border clashes killed dozens."
    assert pairs(events_of(pipeline, text), "ASSAULT") & {("ARM", "AZE"), ("AZE", "ARM")}


def test_what_a_clash_did_is_no_second_assault(pipeline: Any) -> None:
    text = "The leaders praised a deal between Armenia and Azerbaijan, whose border clashes killed dozens."
    assert None not in {target for _, target in pairs(events_of(pipeline, text), "ASSAULT")}


def test_fighting_alongside_an_army_is_cooperation(pipeline: Any) -> None:
    events = events_of(
        pipeline, "Rwandan troops fight alongside the Mozambican army in Cabo Delgado."
    )
    assert ("RWA", "MOZ") in pairs(events, "COOPERATE")
    assert not pairs(events, "ASSAULT")


def test_a_relative_clause_taken_for_the_main_clause_leaves_the_act_asserted(pipeline: Any) -> None:
    text = "In Brussels, Hungary and Slovakia blocked a Commission statement, drafted by Poland, that would have backed the sanctions."
    assert ("HUN", "POL") in pairs(events_of(pipeline, text), "REJECT")


def test_a_plot_to_kill_reports_no_killing(pipeline: Any) -> None:
    text = "Germany charged a Russian agent over a plot to kill a Chechen exile in Berlin."
    assert not pairs(events_of(pipeline, text), "ASSAULT")


def test_a_citizen_shot_dead_did_no_shooting(pipeline: Any) -> None:
    text = "Ahmed Khan, a Pakistani citizen shot dead near Toronto last year, was a journalist."
    assert not {source for source, _ in pairs(events_of(pipeline, text), "ASSAULT")} & {"PAK"}


def test_a_partitive_apposition_adds_no_actor(pipeline: Any) -> None:
    text = "Nigeria, one of Africa's largest oil producers, left OPEC in 2019."
    assert pairs(events_of(pipeline, text), "SANCTION") == {("NGA", "OPEC")}


def test_west_african_leaders_acting_together_are_ecowas(pipeline: Any) -> None:
    text = "West African leaders imposed sanctions on Guinea after the coup."
    assert pairs(events_of(pipeline, text), "SANCTION") == {("ECOWAS", "GIN")}


def test_sanctions_under_consideration_are_a_threat(pipeline: Any) -> None:
    text = "Britain said it would consider sanctions against Iran."
    events = events_of(pipeline, text)
    threats = {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "THREATEN"
    }
    assert ("GBR", "IRN") in threats
    assert not pairs(events, "SANCTION")


def test_refusing_to_apply_measures_rejects_whoever_took_them(pipeline: Any) -> None:
    text = (
        "The European Union imposed sanctions on Belarus in June. "
        "Hungary refused to apply the sanctions."
    )
    assert pairs(events_of(pipeline, text), "REJECT") == {("HUN", "EU")}


def test_a_reflexive_apposition_names_no_one_else(pipeline: Any) -> None:
    text = (
        "The European Union imposed sanctions on Belarus in June. "
        "Hungary, itself under military rule, refused to apply the sanctions."
    )
    assert {source for source, _ in pairs(events_of(pipeline, text), "REJECT")} == {"HUN"}


def test_raising_military_readiness_is_mobilisation(pipeline: Any) -> None:
    text = "After the border incident, Armenia raised the readiness of its army units."
    assert ("ARM", None) in pairs(events_of(pipeline, text), "MOBILIZE")


def test_warning_shots_at_a_neighbour_are_a_threat(pipeline: Any) -> None:
    text = "Greek soldiers fired warning shots at a Turkish patrol boat near the island."
    assert ("GRC", "TUR") in pairs(events_of(pipeline, text), "THREATEN")


def test_a_passive_deployment_is_by_the_state_whose_troops_moved(pipeline: Any) -> None:
    text = "Dutch troops were deployed to Lithuania last week."
    assert ("NLD", "LTU") in pairs(events_of(pipeline, text), "MOBILIZE")


def test_flying_bombers_on_patrol_is_a_show_of_force(pipeline: Any) -> None:
    text = "Last month the Indian air force flew strategic bombers on long-range patrols."
    assert ("IND", None) in pairs(events_of(pipeline, text), "MOBILIZE")


def test_forces_sent_to_a_border_face_the_state_across_it(pipeline: Any) -> None:
    named = events_of(pipeline, "Serbia moved troops to its border with Kosovo on Monday.")
    adjective = events_of(pipeline, "Belarus moved tanks towards the Lithuanian border.")
    assert pairs(named, "MOBILIZE") == {("SRB", "XKX")}
    assert pairs(adjective, "MOBILIZE") == {("BLR", "LTU")}


def test_troops_placed_on_standby_are_mobilised(pipeline: Any) -> None:
    events = events_of(pipeline, "Nigeria placed 3,000 soldiers on standby.")
    assert pairs(events, "MOBILIZE") == {("NGA", None)}


def test_exercises_held_alone_show_force_and_joint_ones_cooperate(pipeline: Any) -> None:
    alone = events_of(pipeline, "Egypt staged large naval exercises in the Red Sea.")
    joint = events_of(pipeline, "Egypt and Greece staged joint naval exercises in the Red Sea.")
    assert pairs(alone, "MOBILIZE") == {("EGY", None)} and not pairs(alone, "COOPERATE")
    assert pairs(joint, "COOPERATE") and not pairs(joint, "MOBILIZE")


def test_storming_is_a_riot_by_crowds_and_an_assault_by_forces(pipeline: Any) -> None:
    crowd = events_of(pipeline, "Protesters stormed the Danish embassy in Baghdad.")
    forces = events_of(pipeline, "Ethiopian troops stormed the TPLF headquarters in Mekelle.")
    assert {e.type for e in crowd if e.modality == "asserted"} == {"PROTEST"}
    assert pairs(forces, "ASSAULT") == {("ETH", "ORG:tplf")} and not pairs(forces, "PROTEST")
    police = events_of(pipeline, "Indian police stormed the mosque compound in Srinagar.")
    assert not pairs(police, "PROTEST")  # no riot: the police are no crowd


def test_an_attack_by_a_group_on_a_state_names_both(pipeline: Any) -> None:
    # parsers hang "on Niger" on the agent rather than on the attack
    text = "The attack by Boko Haram on Niger left dozens dead."
    assert ("ORG:boko-haram", "NER") in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_promised_military_blow_is_a_threat(pipeline: Any) -> None:
    text = "Azerbaijan's president vowed to crush Armenia."
    events = events_of(pipeline, text)
    assert ("AZE", "ARM") in pairs(events, "THREATEN")
    assert not pairs(events, "AGREE")


def test_saying_another_will_face_consequences_threatens_it(pipeline: Any) -> None:
    events = events_of(pipeline, "Ankara said Greece would face serious consequences.")
    assert ("TUR", "GRC") in {(e.source and e.source.id, e.target and e.target.id) for e in events}
    assert {e.type for e in events} == {"THREATEN"}


def test_an_announced_deployment_is_a_deployment_and_a_conditional_one_a_threat(
    pipeline: Any,
) -> None:
    plain = events_of(pipeline, "Rome said it would send two frigates to the Gulf.")
    assert pairs(plain, "MOBILIZE") == {("ITA", None)}
    text = "Moscow said it would station missiles in Belarus if Lithuania hosted US bombers."
    assert {e.type for e in events_of(pipeline, text)} == {"THREATEN"}


def test_a_sit_in_split_by_the_tokenizer_is_still_a_protest(pipeline: Any) -> None:
    text = "Activists staged a sit-in outside the Russian embassy in Tbilisi."
    assert pairs(events_of(pipeline, text), "PROTEST") == {("ORG:protesters-georgia", "RUS")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lithuanian fighters shot down a Belarusian drone on Tuesday.", ("LTU", "BLR")),
        ("Syria fired rockets at the U.S. Al Tanf garrison in Jordan.", ("SYR", "USA")),
        ("Hezbollah militants stormed a hotel in Cyprus on Monday.", ("ORG:hezbollah", "CYP")),
        ("Armenian forces launched an invasion of Georgia on Friday.", ("ARM", "GEO")),
    ],
)
def test_a_blow_at_a_thing_hits_its_owner_or_the_state_it_stands_in(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Guinea's armed forces overthrew President Alpha Conde on Sunday.",
            ("ORG:guinea-junta", "GIN"),
        ),
        ("Niger's army took control of the country on Wednesday.", ("ORG:niger-junta", "NER")),
        (
            "Thailand's army chief seized power in a bloodless coup on Thursday.",
            ("ORG:thailand-junta", "THA"),
        ),
        ("The Taliban seized power in Afghanistan in August.", ("ORG:taliban", "AFG")),
    ],
)
def test_a_military_coup_is_the_junta_acting_on_its_own_state(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "COERCE")


def test_foreign_forces_toppling_a_ruler_are_no_junta(pipeline: Any) -> None:
    text = "French forces toppled the Libyan government in 2011."
    assert not any("junta" in (s or "") for s, _ in pairs(events_of(pipeline, text), "COERCE"))


@pytest.mark.parametrize(
    "text",
    [
        "Seoul said it would build a pier on the disputed islets. "
        "Japan sent three patrol ships to the waters around the islets on Monday.",
        "Seoul said it would build a pier on the disputed islets. "
        "Japan responded by sending coast guard vessels into the surrounding waters.",
    ],
)
def test_ships_sent_to_contested_waters_face_the_other_side(pipeline: Any, text: str) -> None:
    assert ("JPN", "KOR") in pairs(events_of(pipeline, text), "MOBILIZE")


@pytest.mark.parametrize(
    "text",
    [
        "India ordered two warships to the Gulf of Aden on Monday.",
        "France ordered the Charles de Gaulle carrier group to the eastern Mediterranean.",
    ],
)
def test_forces_ordered_to_a_place_are_mobilised(pipeline: Any, text: str) -> None:
    assert {s for s, _ in pairs(events_of(pipeline, text), "MOBILIZE")} & {"IND", "FRA"}


def test_troops_ordered_to_withdraw_are_not_mobilised(pipeline: Any) -> None:
    assert not pairs(
        events_of(pipeline, "Spain ordered its troops to withdraw from Iraq."), "MOBILIZE"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pyongyang launched a ballistic missile that landed in Japan's economic zone.",
            ("PRK", "JPN"),
        ),
        ("North Korea fired a rocket over southern Japan on Friday.", ("PRK", "JPN")),
        ("China launched rockets into the sea around Taiwan on Monday.", ("CHN", "TWN")),
    ],
)
def test_a_missile_that_hits_no_one_is_a_show_of_force(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert pairs(events, "MOBILIZE") == {expected}
    assert not pairs(events, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington cut aid to Baghdad over Iraq's invasion of Kuwait.", ("IRQ", "KWT")),
        ("The bloc sanctioned Moscow for its invasion of Georgia in 2008.", ("RUS", "GEO")),
    ],
)
def test_an_invasion_a_response_answers_is_its_owners(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "ASSAULT")


def test_an_annexation_a_sanction_answers_is_a_seizure(pipeline: Any) -> None:
    text = "Canada imposed sanctions on Russia over its annexation of Crimea."
    assert pairs(events_of(pipeline, text), "COERCE") == {("RUS", "UKR")}


def test_arrested_people_named_by_no_state_are_not_the_storys_other_side(pipeline: Any) -> None:
    text = (
        "Tashkent ordered the United States to leave the air base on Friday. "
        "The Uzbek government has arrested dozens of suspected organisers of the riots."
    )
    assert pairs(events_of(pipeline, text), "COERCE") == {("UZB", None)}


def test_an_approved_deployment_of_troops_is_a_mobilisation(pipeline: Any) -> None:
    text = "Turkey's parliament approved the deployment of troops to Qatar on Thursday."
    assert pairs(events_of(pipeline, text), "MOBILIZE") == {("TUR", "QAT")}


def test_fire_opened_on_unowned_villages_hits_the_storys_other_side(pipeline: Any) -> None:
    text = (
        "Armenia accused Azerbaijan of violating the truce on Friday. "
        "Azerbaijani troops opened fire on two border villages overnight, the ministry said."
    )
    assert ("AZE", "ARM") in pairs(events_of(pipeline, text), "ASSAULT")


def test_soldiers_killed_in_a_clash_with_named_troops_fought_them(pipeline: Any) -> None:
    text = "Four Armenian soldiers were killed in a clash with Azerbaijani forces on Tuesday."
    assert pairs(events_of(pipeline, text), "ASSAULT") & {("ARM", "AZE"), ("AZE", "ARM")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China imposed a sweeping security law on Macau on Friday.", ("CHN", "MAC")),
        ("Moscow imposed martial law on the occupied regions of Georgia.", ("RUS", "GEO")),
    ],
)
def test_a_law_imposed_on_another_territory_coerces_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "COERCE")


def test_a_curfew_imposed_on_one_s_own_city_has_no_recipient(pipeline: Any) -> None:
    found = pairs(events_of(pipeline, "Beijing imposed a curfew on Lhasa."), "COERCE")
    assert found == {("CHN", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the place phrase on the verb, not on the things struck
        ("Ukrainian drones attacked an oil refinery in Russia's Belgorod region.", ("UKR", "RUS")),
        ("Russia hit energy facilities across Ukraine overnight.", ("RUS", "UKR")),
        # a place held by a named actor: the holder is hit, not the state
        (
            "American and British jets struck targets across Houthi-controlled Yemen.",
            ("USA", "ORG:houthis"),
        ),
    ],
)
def test_the_place_of_things_struck_names_whom_a_strike_hits(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_cyberattack_launched_on_a_state_coerces_it(pipeline: Any) -> None:
    text = "Russian hackers launched a cyberattack on Ukraine's largest telecoms operator."
    assert ("RUS", "UKR") in pairs(events_of(pipeline, text), "COERCE")
    text = "North Korean hackers mounted cyberattacks against South Korean banks."
    assert ("PRK", "KOR") in pairs(events_of(pipeline, text), "COERCE")


def test_an_acronym_subject_the_tagger_read_as_a_verb_imposes_sanctions(pipeline: Any) -> None:
    text = "ECOWAS imposed sanctions on Guinea after the coup."
    assert ("ECOWAS", "GIN") in pairs(events_of(pipeline, text), "SANCTION")


def test_a_closing_casualty_participle_goes_with_the_clause_before_it(pipeline: Any) -> None:
    text = (
        "Vietnam summoned China's ambassador on Monday to protest what it called dangerous "
        "actions by the Chinese coast guard, which rammed a Vietnamese fishing boat near the "
        "Paracel Islands on Sunday, injuring four fishermen."
    )
    assault = pairs(events_of(pipeline, text), "ASSAULT")
    assert ("CHN", "VNM") in assault and not any(source == "VNM" for source, _ in assault)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Chinese military aircraft entered Taiwan's air defence identification zone 30 times.",
            ("CHN", "TWN"),
        ),
        ("Russian bombers flew near Alaska on Tuesday.", ("RUS", "USA")),
        ("Two Russian warplanes violated Finnish airspace on Friday.", ("RUS", "FIN")),
    ],
)
def test_warplanes_probing_anothers_airspace_show_force(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert pair in pairs(events, "MOBILIZE")
    assert not pairs(events, "AID")


def test_a_plane_landing_with_relief_is_still_aid(pipeline: Any) -> None:
    text = "A Qatari plane carrying aid landed in Kabul."
    assert ("QAT", "AFG") in pairs(events_of(pipeline, text), "AID")


def test_a_passives_agent_hung_on_the_border_phrase_is_who_deployed(pipeline: Any) -> None:
    text = "Thousands of troops were deployed to the border with Venezuela by Guyana."
    assert ("GUY", "VEN") in pairs(events_of(pipeline, text), "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland reinforced its border with Belarus.", ("POL", "BLR")),
        ("Finland has fortified its frontier with Russia.", ("FIN", "RUS")),
        ("Beijing sent warships and fighter jets around Taiwan.", ("CHN", "TWN")),
    ],
)
def test_forces_massed_on_a_border_or_around_a_state_face_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "MOBILIZE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            # (arriving to lead a multinational mission is AID: test_extract_aid_missions.py)
            "Kenyan police arrived in Haiti on Tuesday.",
            ("KEN", "HTI"),
        ),
        (
            "NATO jets were scrambled after Russian aircraft approached Estonian airspace.",
            ("RUS", "EST"),
        ),
    ],
)
def test_forces_arriving_in_or_approaching_a_state_are_a_deployment(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert pair in pairs(events, "MOBILIZE")
    assert not pairs(events, "CONSULT")


def test_drills_held_alone_near_a_strait_no_state_owns_still_show_force(pipeline: Any) -> None:
    text = "Iran launched large-scale military drills near the Strait of Hormuz."
    assert ("IRN", None) in pairs(events_of(pipeline, text), "MOBILIZE")


def test_a_town_the_tagger_calls_a_person_still_lies_in_its_state(pipeline: Any) -> None:
    """The small model tags "Kherson" a person; no person the registry knows bears the name."""
    assert ("RUS", "UKR") in pairs(
        events_of(pipeline, "Russia shelled Kherson overnight."), "ASSAULT"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israeli jets struck positions held by Hezbollah in southern Lebanon.",
            ("ISR", "ORG:hezbollah"),
        ),
        ("Turkish drones hit areas controlled by the SDF in northern Syria.", ("TUR", "ORG:sdf")),
        ("Iranian commandos seized a tanker operated by a British company.", ("IRN", "GBR")),
    ],
)
def test_whoever_holds_or_operates_the_thing_struck_is_hit(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert expected in pairs(events, "ASSAULT") | pairs(events, "COERCE")


def test_jets_of_a_coalition_named_after_its_leader_act_for_it(pipeline: Any) -> None:
    text = "Saudi-led coalition jets struck positions held by Houthi rebels near Hodeidah."
    assert ("SAU", "ORG:houthis") in pairs(events_of(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were killed in Russian strikes on Kharkiv overnight.", ("RUS", "UKR")),
        ("Ukrainian soldiers were killed in Russian strikes on Kharkiv.", ("RUS", "UKR")),
        ("Three civilians died in an Israeli air strike on a house in Rafah.", ("ISR", "PSE")),
    ],
)
def test_the_blow_people_fell_in_is_an_assault_by_its_named_doer(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), "ASSAULT") == {expected}


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Iran's attack on Israel was repelled by air defences.", "ASSAULT", ("IRN", "ISR")),
        (
            "Zelensky recalled Russia's invasion of Ukraine in his speech.",
            "ASSAULT",
            ("RUS", "UKR"),
        ),
        ("Britain condemned Iran's seizure of a British tanker.", "COERCE", ("IRN", "GBR")),
    ],
)
def test_a_blow_a_clause_speaks_of_is_done_by_the_possessor_it_names(
    pipeline: Any, text: str, event_type: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), event_type) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Hezbollah rocket attack on northern Israel wounded three people.",
            ("ORG:hezbollah", "ISR"),
        ),
        (
            "Five soldiers were killed in a Taliban attack on a checkpoint in Kandahar.",
            ("ORG:taliban", "AFG"),
        ),
    ],
)
def test_a_group_named_in_front_of_an_attack_made_it(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), "ASSAULT") == {expected}


def test_fire_exchanged_is_no_cultural_exchange(pipeline: Any) -> None:
    events = events_of(pipeline, "India and Pakistan exchanged fire across the Line of Control.")
    fights = [e for e in events if e.type == "ASSAULT"]
    assert fights
    assert all("cultural" not in e.contexts and "military" in e.contexts for e in fights)


def test_calling_up_reservists_mobilises_not_requests(pipeline: Any) -> None:
    text = "Ukraine called up reservists on Monday."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert {(e.type, e.source.id) for e in events} == {("MOBILIZE", "UKR")}


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Australia sent aircraft to carry supplies and evacuate the injured.",
        "Turkish medics treated the wounded at a field hospital in Syria.",
    ],
)
def test_a_participle_standing_for_people_is_no_act(pipeline: Any, text: str) -> None:
    assert not pairs(events_of(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish jets bombed PKK artillery batteries in northern Iraq.", ("TUR", "ORG:pkk")),
        ("Israeli aircraft struck Hezbollah rocket launchers overnight.", ("ISR", "ORG:hezbollah")),
    ],
)
def test_striking_an_armed_groups_weapons_strikes_the_group(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "ASSAULT")


def test_forces_firing_back_fire_at_whoever_fired_first(pipeline: Any) -> None:
    text = (
        "Azerbaijani artillery shelled Armenian positions near the border on Monday, and "
        "Armenian forces fired back."
    )
    assert pairs(events_of(pipeline, text), "ASSAULT") == {("AZE", "ARM"), ("ARM", "AZE")}


def test_war_games_are_a_show_of_force_not_a_hosted_meeting(pipeline: Any) -> None:
    events = events_of(pipeline, "Iran held war games near the Strait of Hormuz on Friday.")
    assert {e.type for e in events} == {"MOBILIZE"}


def test_bringing_troops_home_withdraws_them_and_joins_nothing(pipeline: Any) -> None:
    events = events_of(pipeline, "Spain brought its troops home from Iraq.")
    assert {(e.type, e.source.id if e.source else None, e.target.id if e.target else None)
            for e in events} == {("RETREAT", "ESP", "IRQ")}  # fmt: skip
