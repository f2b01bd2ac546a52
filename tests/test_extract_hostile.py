"""Conflictual events: protests and riots by crowds, disapproval, blame and rejection.

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


def test_protests_that_erupt_are_demonstrations(pipeline: Any) -> None:
    events = events_of(pipeline, "Protests erupted in Nairobi against Uganda.")
    assert ("ORG:protesters-kenya", "UGA") in pairs(events, "PROTEST")


def test_anti_adjective_names_the_target_of_a_demonstration(pipeline: Any) -> None:
    events = events_of(pipeline, "Anti-Turkish demonstrations took place in Athens.")
    assert pairs(events, "PROTEST") == {("ORG:protesters-greece", "TUR")}


def test_crowds_damaging_property_riot(pipeline: Any) -> None:
    events = events_of(pipeline, "Protesters in Lima vandalised the Chilean consulate.")
    assert ("ORG:protesters-peru", "CHL") in pairs(events, "PROTEST")


def test_damage_by_a_state_is_no_riot(pipeline: Any) -> None:
    events = events_of(pipeline, "Peru burned the documents.")
    assert not pairs(events, "PROTEST")


def test_unplaced_crowds_are_the_crowds_placed_before(pipeline: Any) -> None:
    text = (
        "Thousands of demonstrators rallied outside the Japanese embassy in Seoul.\n\n"
        "Over the weekend, crowds in several cities smashed shops."
    )
    smashed = [
        (e.source.id, e.target.id)
        for e in events_of(pipeline, text)
        if e.type == "PROTEST" and e.source and e.target
        if any("smashed" in evidence.sentence for evidence in e.evidence)
    ]
    assert smashed == [("ORG:protesters-south-korea", "JPN")]


def test_crowds_at_a_foreign_embassy_are_not_its_people(pipeline: Any) -> None:
    text = (
        "Niger's junta ordered the French ambassador to leave the country. France refused.\n\n"
        "Thousands of supporters of the junta demonstrated outside the French embassy."
    )
    protests = pairs(events_of(pipeline, text), "PROTEST")
    assert ("ORG:protesters-niger", "FRA") in protests
    assert ("ORG:protesters-france", "FRA") not in protests


def test_regretting_a_decision_is_disapproval(pipeline: Any) -> None:
    events = events_of(pipeline, "Canada regretted Venezuela's decision to expel its diplomats.")
    assert ("CAN", "VEN") in pairs(events, "ACCUSE")


def test_lashing_out_at_a_state_is_disapproval(pipeline: Any) -> None:
    events = events_of(pipeline, "Turkey lashed out at Sweden over the protests.")
    assert ("TUR", "SWE") in pairs(events, "ACCUSE")


def test_the_summoner_protests_not_the_summoned(pipeline: Any) -> None:
    text = "Kenya mourned the victims. Tokyo summoned China's ambassador to protest."
    accused = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("JPN", "CHN") in accused
    assert not {pair for pair in accused if pair[0] == "CHN"}


def test_soldiers_who_seize_power_are_a_junta(pipeline: Any) -> None:
    events = events_of(pipeline, "The military seized power in Bamako on Tuesday.")
    assert ("ORG:mali-junta", "MLI") in pairs(events, "COERCE")


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Japan drew sharp criticism from China over the visit.", "ACCUSE", ("CHN", "JPN")),
        ("Fiji turned down Australia's offer of police assistance.", "REJECT", ("FJI", "AUS")),
        ("Venezuela ruled out talks with Guyana.", "REJECT", ("VEN", "GUY")),
        ("Iran defied the demands of the IAEA.", "REJECT", ("IRN", "IAEA")),
        ("Canada froze the assets of the Iranian central bank.", "SANCTION", ("CAN", "IRN")),
        ("Russia cut off gas supplies to Moldova.", "SANCTION", ("RUS", "MDA")),
        ("Ukraine came under attack from Russian troops.", "ASSAULT", ("RUS", "UKR")),
        ("Turkish jets bombarded Kurdish positions in northern Iraq.", "ASSAULT", ("TUR", "IRQ")),
        (
            "Hundreds of Syrians took to the streets of Damascus.",
            "PROTEST",
            ("ORG:protesters-syria", "SYR"),
        ),
        # a crackdown on an unnamed crowd is on the crowd of the state's own country
        (
            "The Iraqi government cracked down on protesters.",
            "COERCE",
            ("IRQ", "ORG:protesters-iraq"),
        ),
        (
            "Demonstrators hurled stones at the Russian embassy in Kyiv.",
            "PROTEST",
            ("ORG:protesters-ukraine", "RUS"),
        ),
        (
            "Protesters set fire to the Swedish embassy in Baghdad.",
            "PROTEST",
            ("ORG:protesters-iraq", "SWE"),
        ),
        (
            "Thousands of Iranians rallied in Tehran to denounce the United States.",
            "PROTEST",
            ("ORG:protesters-iran", "USA"),
        ),
        ("A Russian court sentenced an American journalist to prison.", "ACCUSE", ("RUS", "USA")),
        ("South Korea sees Japan's export curbs as retaliation.", "ACCUSE", ("KOR", "JPN")),
        (
            "Belarus prevented hundreds of Lithuanian trucks from leaving the country.",
            "COERCE",
            ("BLR", "LTU"),
        ),
        ("Iran boarded two British tankers in the Gulf.", "COERCE", ("IRN", "GBR")),
        (
            "The European Commission opened an anti-dumping investigation into Chinese steel.",
            "ACCUSE",
            ("EU", "CHN"),
        ),
        (
            "Borrell said Russia's aggression was a blatant violation of international law.",
            "ACCUSE",
            ("EU", "RUS"),
        ),
    ],
)
def test_hostile_phrasings(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str | None]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


def test_a_reported_judgement_accuses_the_actor_of_the_act_named(pipeline: Any) -> None:
    text = "Russia expelled two Estonian diplomats. Estonia said the expulsions were a provocation."
    assert ("EST", "RUS") in pairs(events_of(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile questioned President Nicolás Maduro's claim to have won.", ("CHL", "VEN")),
        ("Ghana disputed the legitimacy of Togo's election result.", ("GHA", "TGO")),
        ("Mexico said Guatemala had violated the border treaty.", ("MEX", "GTM")),
        ("Poland said it was clear that Moscow was behind the sabotage.", ("POL", "RUS")),
    ],
)
def test_doubts_and_reported_breaches_accuse(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "ACCUSE")


def test_a_breach_the_narrator_states_is_no_accusation(pipeline: Any) -> None:
    assert not pairs(events_of(pipeline, "Guatemala violated the border treaty."), "ACCUSE")


def test_a_counted_description_names_the_states_just_listed(pipeline: Any) -> None:
    text = (
        "Nicaragua expelled the envoys of Chile, Peru and Ecuador after the three governments "
        "questioned Daniel Ortega's claim to have won the vote."
    )
    assert pairs(events_of(pipeline, text), "ACCUSE") >= {
        ("CHL", "NIC"),
        ("PER", "NIC"),
        ("ECU", "NIC"),
    }


def test_putting_people_on_trial_accuses_them_at_home(pipeline: Any) -> None:
    events = events_of(pipeline, "Egypt put 20 activists on trial in Cairo.")
    assert pairs(events, "ACCUSE") == {("EGY", None)}


def test_an_unreported_judgement_accuses_no_one(pipeline: Any) -> None:
    events = events_of(pipeline, "The United States said the deal was a good one.")
    assert not pairs(events, "ACCUSE")


def test_consumers_boycotting_goods_protest_and_states_sanction(pipeline: Any) -> None:
    events = events_of(pipeline, "In Vietnam, shoppers boycotted Chinese products.")
    assert ("ORG:consumers-vietnam", "CHN") in pairs(events, "PROTEST")
    events = events_of(pipeline, "Qatar boycotted Danish dairy products.")
    assert ("QAT", "DNK") in pairs(events, "SANCTION")


def test_a_crowd_named_by_its_nationality_is_that_country_s_crowd(pipeline: Any) -> None:
    events = events_of(pipeline, "Pakistani students stormed the Afghan consulate in Peshawar.")
    assert pairs(events, "PROTEST") == {("ORG:protesters-pakistan", "AFG")}


def test_coordinated_participles_share_the_passive_agent(pipeline: Any) -> None:
    text = "The Danish embassy in Tehran was attacked and burned by Iranian protesters."
    assert ("ORG:protesters-iran", "DNK") in pairs(events_of(pipeline, text), "PROTEST")


def test_an_act_with_a_recipient_is_not_repeated_without_one(pipeline: Any) -> None:
    text = "Turkey struck Kurdish positions in Iraq on Monday, killing four people."
    assaults = pairs(events_of(pipeline, text), "ASSAULT")
    assert ("TUR", "IRQ") in assaults
    assert ("TUR", None) not in assaults


def test_a_crowd_in_its_capital_against_its_government_is_domestic(pipeline: Any) -> None:
    text = (
        "China and Peru signed a port deal in 2021.\n\n"
        "Thousands of protesters marched in Lima on Wednesday against Boluarte's government."
    )
    protests = pairs(events_of(pipeline, text), "PROTEST")
    assert ("ORG:protesters-peru", "PER") in protests
    assert ("ORG:protesters-china", "PER") not in protests


def test_a_crowd_against_an_act_protests_at_its_actor(pipeline: Any) -> None:
    text = (
        "The European Union imposed sanctions on Mali on 9 January.\n\n"
        "Tens of thousands of people rallied in Bamako against the sanctions."
    )
    assert ("ORG:protesters-mali", "EU") in pairs(events_of(pipeline, text), "PROTEST")


def test_a_normative_rejection_is_aimed_at_no_one(pipeline: Any) -> None:
    text = (
        "Kazakhstan and Kyrgyzstan met in Astana.\n\n"
        "Kazakhstan rejected any attempt to use Afghan territory for terrorism."
    )
    assert pairs(events_of(pipeline, text), "REJECT") == {("KAZ", None)}


def test_a_rejected_attempt_with_an_owner_is_aimed_at_it(pipeline: Any) -> None:
    text = "Ethiopia rejected Egypt's attempt to internationalise the dispute."
    assert ("ETH", "EGY") in pairs(events_of(pipeline, text), "REJECT")


def test_an_also_response_is_aimed_where_the_last_one_was(pipeline: Any) -> None:
    text = (
        "Vietnam and China clashed near the Paracel Islands. Vietnam said its sailors were "
        "hurt, and Vietnam's navy sent ships.\n\n"
        "The United States condemned China's actions. Japan also voiced concern."
    )
    accused = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("JPN", "CHN") in accused
    assert ("JPN", "VNM") not in accused


def test_an_unknown_office_holder_serves_the_dateline_state(pipeline: Any) -> None:
    text = (
        "QUITO, 3 May 2023 – Ecuador recalled its ambassador from Mexico on Tuesday. "
        "Foreign Minister Ana Torres blamed Mexico for the crisis."
    )
    assert ("ECU", "MEX") in pairs(events_of(pipeline, text), "ACCUSE")


def test_criticising_unnamed_states_aims_at_no_one(pipeline: Any) -> None:
    text = (
        "Russia and Serbia signed a gas deal. Moscow criticised unnamed governments for lobbying."
    )
    assert pairs(events_of(pipeline, text), "ACCUSE") == {("RUS", None)}


def test_unnamed_rights_groups_are_one_actor(pipeline: Any) -> None:
    events = events_of(pipeline, "Human rights groups condemned Egypt over the arrests.")
    assert ("ORG:rights-groups", "EGY") in pairs(events, "ACCUSE")


def test_blaming_unnamed_culprits_aims_at_no_state(pipeline: Any) -> None:
    story = "Armenia and Azerbaijan traded fire on the border. "
    events = events_of(pipeline, story + "Yerevan blamed saboteurs for the blackout.")
    assert pairs(events, "ACCUSE") >= {("ARM", None)}
    assert ("ARM", "AZE") not in pairs(events, "ACCUSE")
    events = events_of(pipeline, story + "Yerevan blamed the blackout on a cyberattack.")
    assert ("ARM", "AZE") not in pairs(events, "ACCUSE")


def test_a_crowd_that_protests_demonstrates(pipeline: Any) -> None:
    events = events_of(pipeline, "Thousands of students have protested in Dhaka since Friday.")
    assert pairs(events, "PROTEST") == {("ORG:protesters-bangladesh", "BGD")}


def test_a_crowd_placed_nowhere_is_the_dateline_country_s(pipeline: Any) -> None:
    text = (
        "NAIROBI, 3 May 2023 – China and Kenya signed a port deal with China on Monday, and "
        "China promised loans. Rioters burned warehouses in the old town on Tuesday."
    )
    assert pairs(events_of(pipeline, text), "PROTEST") == {("ORG:protesters-kenya", "KEN")}


def test_condemning_a_rebel_act_aims_at_the_armed_group(pipeline: Any) -> None:
    text = (
        "Houthi fighters seized the port of Hodeidah on Monday. Protesters attacked the Saudi "
        "embassy in Sanaa on Tuesday. The European Union condemned the rebel offensive."
    )
    assert pairs(events_of(pipeline, text), "ACCUSE") == {("EU", "ORG:houthis")}


def test_west_african_leaders_acting_together_are_ecowas(pipeline: Any) -> None:
    text = "West African leaders imposed sanctions on Guinea. Crowds rallied in Conakry against the sanctions."
    events = events_of(pipeline, text)
    assert ("ECOWAS", "GIN") in pairs(events, "SANCTION")
    assert ("ORG:protesters-guinea", "ECOWAS") in pairs(events, "PROTEST")


def test_a_counted_crowd_pelting_an_embassy_riots_against_its_state(pipeline: Any) -> None:
    text = "Dozens of students pelted the French embassy in Bamako with stones."
    assert pairs(events_of(pipeline, text), "PROTEST") == {("ORG:protesters-mali", "FRA")}


def test_a_protest_noun_deep_in_a_phrase_is_not_the_subject_s(pipeline: Any) -> None:
    text = "Canada imposed sanctions on Belarus over the crackdown on protests in Minsk."
    assert not [s for s, _ in pairs(events_of(pipeline, text), "PROTEST") if s == "CAN"]


def test_a_spokesman_speaks_for_the_body_named_after_for(pipeline: Any) -> None:
    text = "A spokeswoman for the Bolivian government blamed foreign meddling for the unrest."
    assert ("BOL", None) in pairs(events_of(pipeline, text), "ACCUSE")


def test_not_accepting_a_claim_rejects_it(pipeline: Any) -> None:
    text = "Hanoi said it did not accept Beijing's claims to the Paracel Islands."
    assert ("VNM", "CHN") in pairs(events_of(pipeline, text), "REJECT")


def test_a_truce_that_holds_is_kept_by_both_sides(pipeline: Any) -> None:
    text = "The truce between Eritrea and Djibouti has held for three months."
    found = pairs(events_of(pipeline, text), "RETREAT")
    assert found & {("ERI", "DJI"), ("DJI", "ERI")}


def test_a_finite_verb_after_a_negated_one_keeps_its_own_polarity(pipeline: Any) -> None:
    text = "Georgia would not bow to pressure and rejected calls from Moscow to cancel the vote."
    assert ("GEO", "RUS") in pairs(events_of(pipeline, text), "REJECT")


def test_a_surname_alone_is_the_home_office_holder_named_before(pipeline: Any) -> None:
    text = (
        "TBILISI, 3 May 2023 – A French delegation visited Georgia on Tuesday.\n\n"
        "The delegation, led by French envoy Paul Marchand, met Prime Minister Tamaz "
        "Velikhadze.\n\n"
        "Velikhadze told parliament he condemned Russia's conduct."
    )
    found = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("GEO", "RUS") in found and ("FRA", "RUS") not in found


def test_a_truce_agreed_by_two_sides_is_their_concession(pipeline: Any) -> None:
    # The parser reads "agreed" as a past tense; its "by" phrase shows it is a participle.
    text = "We welcome the truce agreed last week by Chad and Sudan."
    found = pairs(events_of(pipeline, text), "CONCEDE")
    assert found & {("TCD", "SDN"), ("SDN", "TCD")}


def test_the_national_liberation_army_is_the_eln(pipeline: Any) -> None:
    text = "Colombia held talks with the National Liberation Army in Caracas."
    found = pairs(events_of(pipeline, text), "CONSULT")
    assert found & {("COL", "ORG:eln"), ("ORG:eln", "COL")}


def test_an_envoy_summoned_to_a_ministry_is_summoned_by_its_state(pipeline: Any) -> None:
    text = "The Chilean ambassador was summoned to the Peruvian foreign ministry on Friday."
    assert ("PER", "CHL") in pairs(events_of(pipeline, text), "ACCUSE")


def test_skipping_an_organisations_summit_sanctions_it(pipeline: Any) -> None:
    text = "Brazil skipped the OAS summit last year."
    assert ("BRA", "OAS") in pairs(events_of(pipeline, text), "SANCTION")


def test_boycotting_talks_rejects_them(pipeline: Any) -> None:
    text = "Armenia boycotted the talks with Azerbaijan in Moscow."
    assert ("ARM", "AZE") in pairs(events_of(pipeline, text), "REJECT")


def test_declaring_an_envoy_persona_non_grata_is_an_expulsion(pipeline: Any) -> None:
    text = "Bamako declared the ECOWAS envoy persona non grata."
    assert ("MLI", "ECOWAS") in pairs(events_of(pipeline, text), "SANCTION")


def test_raising_tariffs_on_a_countrys_goods_is_a_sanction(pipeline: Any) -> None:
    text = "Canada raised tariffs on Chinese steel on Monday."
    assert ("CAN", "CHN") in pairs(events_of(pipeline, text), "SANCTION")


def test_security_forces_surrounding_an_embassy_coerce_its_state(pipeline: Any) -> None:
    text = "Venezuelan security forces surrounded the Argentine embassy on Friday."
    assert pairs(events_of(pipeline, text), "COERCE") == {("VEN", "ARG")}
    besieged = events_of(pipeline, "Police besieged Mexico's embassy in Quito.")
    assert pairs(besieged, "COERCE") == {("ECU", "MEX")}


def test_unnamed_police_serve_the_state_of_the_capital_their_act_is_in(pipeline: Any) -> None:
    # "in Quito" places the act; Mexico owns the embassy, it has no police there.
    stormed = events_of(pipeline, "Police stormed Mexico's embassy in Quito.")
    assert pairs(stormed, "ASSAULT") == {("ECU", "MEX")}


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        ("Azerbaijan shelled villages near Stepanakert, and Armenia condemned the attack.", "AZE"),
        ("Rwanda launched air strikes on Goma on Sunday, and Uganda denounced the raids.", "RWA"),
        ("Serbian forces fired rockets at Pristina, and Albania condemned the attack.", "SRB"),
    ],
)
def test_an_act_earlier_in_the_sentence_is_the_one_condemned(
    pipeline: Any, text: str, culprit: str
) -> None:
    accused = {target for _, target in pairs(events_of(pipeline, text), "ACCUSE")}
    assert accused == {culprit}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("EU foreign ministers agreed on Monday to freeze the assets of Iran's central bank.",
         ("EU", "IRN")),
        ("The Security Council voted to impose an arms embargo on Sudan.", ("UNSC", "SDN")),
        ("Chancellor Olaf Scholz said Germany would expel two Iranian diplomats.", ("DEU", "IRN")),
        ("Prime Minister Mark Carney said Canada would impose tariffs on Chinese steel.",
         ("CAN", "CHN")),
    ],
)  # fmt: skip
def test_a_measure_a_body_settles_on_or_its_leader_announces_is_taken(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    events = events_of(pipeline, text)
    assert pair in pairs(events, "SANCTION")
    assert pair not in pairs(events, "THREATEN")


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("Pyongyang ignored repeated calls from Seoul to resume talks.", "REJECT", ("PRK", "KOR")),
        ("Belgrade disregarded the EU's deadline for a reply.", "REJECT", ("SRB", "EU")),
        ("Canada's statement drew a stern warning from Beijing.", "THREATEN", ("CHN", "CAN")),
        ("Manila's protest drew warnings from China.", "THREATEN", ("CHN", "PHL")),
        ("Kenya expelled Somalia's envoy, and Mogadishu called the move unjustified.", "ACCUSE",
         ("SOM", "KEN")),
        ("Serbia called Croatia's decision outrageous.", "ACCUSE", ("SRB", "HRV")),
    ],
)  # fmt: skip
def test_ignoring_demands_drawing_warnings_and_calling_acts_unjustified(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will recall its ambassador, close its embassy and suspend flights to Somalia.",
        "Ghana will expel two Togolese diplomats, close the border and halt trade with Togo.",
    ],
)
def test_every_measure_of_a_list_announced_with_will_is_taken(pipeline: Any, text: str) -> None:
    events = events_of(pipeline, text)
    assert pairs(events, "SANCTION") and not pairs(events, "THREATEN")
    assert not [e for e in events if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nicaragua established diplomatic relations with China after cutting ties with Taiwan.",
         ("NIC", "TWN")),
        ("Georgia responded by expelling two diplomats and later by leaving the CIS.",
         ("GEO", "CIS")),
        ("Before closing its border with Benin, Niger recalled its ambassador.", ("NER", "BEN")),
    ],
)  # fmt: skip
def test_a_gerund_after_a_time_or_manner_preposition_is_the_subject_s_act(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Burundi on Friday became the first country to leave the International Criminal Court.",
         ("BDI", "ICC")),
        ("Gambia on Monday became the first state to leave the Commonwealth.", ("GMB", "")),
    ],
)  # fmt: skip
def test_the_subject_of_a_predicate_noun_does_its_infinitive(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert {source for source, _ in pairs(events_of(pipeline, text), "SANCTION")} == {pair[0]}


def test_an_act_told_in_the_headline_and_the_body_is_evidenced_by_the_body(pipeline: Any) -> None:
    title = "Chile warns Peru of consequences over border incident"
    text = (
        f"{title}\n\nSANTIAGO, 10 May 2023 – Chile on Wednesday summoned Peru's ambassador and "
        "warned Lima of serious consequences unless it released the detained officers."
    )
    document = Document(text=text, source="case.txt", title=title, date=DATE)
    warnings = [e for e in pipeline.process(document).events if e.type == "THREATEN" and e.source]
    assert [e.evidence[0].sentence.startswith("Chile on Wednesday") for e in warnings] == [True]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran launched drones at Israel. Israel said all options remain on the table.",
         ("ISR", "IRN")),
        ("Venezuela massed troops on the border. Guyana said that all options were open.",
         ("GUY", "VEN")),
    ],
)  # fmt: skip
def test_all_options_on_the_table_is_a_threat(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "THREATEN")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana recalled its envoys to Togo and Benin on Monday after the vote.", ("GHA", "BEN")),
        ("Canada imposed tariffs on Chinese cars, and Beijing retaliated with duties on Canadian "
         "canola.", ("CHN", "CAN")),
    ],
)  # fmt: skip
def test_envoys_recalled_to_a_state_and_measures_taken_in_retaliation(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan exchanged fire on Tuesday, and each side blamed the other.",
        "Troops of Kyrgyzstan and Tajikistan clashed at the border, and each side accused the "
        "other of starting the fighting.",
    ],
)
def test_each_side_accusing_the_other_is_a_mutual_accusation(pipeline: Any, text: str) -> None:
    accusations = pairs(events_of(pipeline, text), "ACCUSE")
    assert len(accusations) == 1
    assert all(source and target for source, target in accusations)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Economic Community of West African States was founded in 1975. Guinea was "
         "suspended in 2021 after a coup.", ("ECOWAS", "GIN")),
        ("The Commonwealth has 56 members. Fiji was suspended in 2009 after the army refused "
         "to hold elections.", ("COMMONWEALTH", "FJI")),
    ],
)  # fmt: skip
def test_a_state_suspended_with_no_body_named_is_suspended_by_the_text_s_organisation(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland said it would oppose Ukraine's grain deal with the EU.", ("POL", "UKR")),
        ("Hungary said it will reject Sweden's bid.", ("HUN", "SWE")),
    ],
)
def test_a_stated_coming_refusal_is_a_rejection_now(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "REJECT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seoul conveyed its grave concerns to Pyongyang on Tuesday.", ("KOR", "PRK")),
        ("Manila registered its strong concern with Beijing.", ("PHL", "CHN")),
    ],
)
def test_conveyed_concerns_accuse(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(events_of(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia closed its border with Peru on Saturday, a day after Lima tried to send aid "
        "across it.",
        "Greek police fired tear gas at thousands of migrants trying to cross the border from "
        "Turkey on Saturday, a day after Ankara said it would no longer stop them.",
    ],
)
def test_trying_to_act_is_no_trial(pipeline: Any, text: str) -> None:
    assert not pairs(events_of(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the one who did the act a free relative judges is accused of it
        (
            "Russian jets bombed a hospital in Kharkiv, in what Kyiv described as a war crime.",
            ("UKR", "RUS"),
        ),
        (
            "Turkish troops shelled two villages, in what Baghdad called a breach of its sovereignty.",
            ("IRQ", "TUR"),
        ),
        # or the one the label names ("remarks by X", "an attempt by X")
        (
            "Niger's junta expelled the French envoy, in response to what it called hostile remarks "
            "by French officials.",
            ("NER", "FRA"),
        ),
        (
            "Poland closed the border after migrants crossed from Belarus, in what Warsaw called an "
            "attempt by Minsk to destabilise it.",
            ("POL", "BLR"),
        ),
    ],
)
def test_what_a_speaker_calls_an_act_accuses_its_doer(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Georgia called the referendum organised by Russia null and void.", ("GEO", "RUS")),
        ("Serbia declared Kosovo's declaration of independence null and void.", ("SRB", "XKX")),
    ],
)
def test_declaring_a_decision_null_and_void_rejects_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    found = events_of(pipeline, text)
    assert pair in pairs(found, "REJECT")
    assert not pairs(found, "ACCUSE")


def test_a_charge_tagged_as_a_participle_keeps_its_speaker(pipeline: Any) -> None:
    text = (
        "Fighting broke out on the border, and Yerevan's foreign ministry charged on Monday that "
        "Azerbaijan had shelled three villages."
    )
    assert ("ARM", "AZE") in pairs(events_of(pipeline, text), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Russia sanctioned Estonia on Monday, and Tallinn said it would respond.",
        "Pakistan said it would give a befitting reply to India if attacked.",
        "Turkey would retaliate against Greece, the defence minister said.",
        "Seoul will take countermeasures against Japan, the ministry said.",
    ],
)
def test_an_announced_hostile_answer_is_a_threat(pipeline: Any, text: str) -> None:
    threats = {
        (e.source.id if e.source else None)
        for e in events_of(pipeline, text)
        if e.type == "THREATEN" and e.modality in ("asserted", "planned")
    }
    assert threats - {None}


@pytest.mark.parametrize(
    "text",
    [
        "China responded to the letter on Monday.",
        "Iran retaliated against Israel with missiles last year.",
    ],
)
def test_an_answer_given_is_no_threat(pipeline: Any, text: str) -> None:
    assert not [e for e in events_of(pipeline, text) if e.type == "THREATEN"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The United States and South Korea held drills near the border, which North Korea "
            "denounced as a rehearsal for invasion.",
            ("PRK", "KOR"),
        ),
        (
            "Kenya's parliament passed a law in a hurried vote that Uganda denounced.",
            ("UGA", "KEN"),
        ),
    ],
)
def test_condemning_a_relative_noun_accuses_whoever_did_the_act(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "ACCUSE")


def test_a_past_verb_after_a_demanded_clause_is_the_demanders(pipeline: Any) -> None:
    text = (
        "Serbia demanded that Croatia recall its consul from Belgrade and said it would withdraw "
        "its own envoy from Zagreb."
    )
    assert ("SRB", "HRV") in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Venezuela ordered the border with Colombia closed on Friday.", ("VEN", "COL")),
        ("Uzbekistan had ordered its border with Tajikistan closed.", ("UZB", "TJK")),
    ],
)
def test_ordering_a_border_closed_closes_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "SANCTION")


def test_boycotting_a_summit_a_state_hosts_is_a_sanction(pipeline: Any) -> None:
    events = events_of(pipeline, "Canada and Japan boycotted the summit Russia hosted in Kazan.")
    assert {("CAN", "RUS"), ("JPN", "RUS")} <= pairs(events, "SANCTION")
    assert not pairs(events, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "Seoul accused Tokyo of hiding data, and Japanese officials rejected the charge.",
        "Hanoi accused Beijing of ramming a trawler; China dismissed the allegations.",
    ],
)
def test_rejecting_a_charge_is_a_denial_not_a_rejection(pipeline: Any, text: str) -> None:
    assert not pairs(events_of(pipeline, text), "REJECT")


def test_rejecting_a_claim_is_a_rejection(pipeline: Any) -> None:
    text = "Chile rejected Bolivia's claim to a corridor to the Pacific."
    assert ("CHL", "BOL") in pairs(events_of(pipeline, text), "REJECT")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Caracas turned back three Colombian aid trucks at the bridge.", ("VEN", "COL")),
        ("Ankara turned away two Greek coast guard vessels on Sunday.", ("TUR", "GRC")),
    ],
    ids=["turned-back-trucks", "turned-away-vessels"],
)
def test_turning_back_what_another_state_sends_rejects_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "REJECT")


def test_a_stated_rejection_of_a_policy_is_a_rejection_aimed_at_no_one(pipeline: Any) -> None:
    text = "Jordan reiterated its rejection of any forced transfer of Palestinians."
    assert pairs(events_of(pipeline, text), "REJECT") == {("JOR", None)}


def test_calling_the_act_just_told_a_breach_accuses_who_did_it(pipeline: Any) -> None:
    text = "Serbia closed its border crossings with Kosovo on Friday, and the European Union called it a violation of the Brussels agreement."
    assert ("EU", "SRB") in pairs(events_of(pipeline, text), "ACCUSE")


def test_calling_someone_names_is_no_phone_call(pipeline: Any) -> None:
    text = "The Kremlin called Ukraine a terrorist state on Tuesday."
    assert not pairs(events_of(pipeline, text), "CONSULT")


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        # A demand made by summoning an envoy is made of the envoy's state.
        (
            "Moscow summoned the British ambassador to demand an explanation.",
            "REQUEST",
            ("RUS", "GBR"),
        ),
        # The release of people is asked of whoever seized or detained them.
        (
            "Ukraine captured ten Russian soldiers, and Moscow demanded their release.",
            "REQUEST",
            ("RUS", "UKR"),
        ),
        (
            "Russia detained two Estonian border guards, and Tallinn demanded the guards' return.",
            "REQUEST",
            ("EST", "RUS"),
        ),
        # Terms demanded by someone are demanded of whoever rejects or accepts them.
        (
            "Argentina rejected the conditions demanded by the International Monetary Fund.",
            "REQUEST",
            ("IMF", "ARG"),
        ),
        # Calling an act a threat blames whoever did it.
        (
            "India tested a missile near the border, and Pakistan called the test a threat to peace.",
            "ACCUSE",
            ("PAK", "IND"),
        ),
        # An arrest warrant charges the one it is for.
        (
            "The International Criminal Court issued an arrest warrant for the Sudanese president.",
            "ACCUSE",
            ("ICC", "SDN"),
        ),
    ],
)
def test_demands_and_charges_reach_the_one_concerned(
    pipeline: Any, text: str, event_type: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Venezuelan troops detained six Colombian farmers near the border, and Bogota "
            "demanded their immediate release.",
            ("COL", "VEN"),
        ),
        (
            "Turkey accuses Greece of sheltering coup plotters and has demanded their extradition.",
            ("TUR", "GRC"),
        ),
    ],
)
def test_what_is_asked_back_is_asked_of_its_holder(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "REQUEST")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Serbia declined to meet with Kosovo in Brussels.", ("SRB", "XKX")),
        ("Cyprus said it would not hold talks with Turkey.", ("CYP", "TUR")),
        ("Armenia cannot negotiate with Azerbaijan under threat.", ("ARM", "AZE")),
    ],
)
def test_talks_refused_are_a_rejection(pipeline: Any, text: str, pair: tuple[str, str]) -> None:
    found = events_of(pipeline, text)
    assert pair in pairs(found, "REJECT")
    assert not [e for e in found if e.type == "CONSULT" and e.modality == "asserted"]


def test_a_meeting_that_did_not_happen_is_no_rejection(pipeline: Any) -> None:
    found = events_of(pipeline, "The presidents of Armenia and Azerbaijan did not meet in May.")
    assert not pairs(found, "REJECT")


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("Chile condemned the invasion of Ukraine by Russia.", "RUS", "UKR"),
        ("Canada denounced the shelling of Armenia by Azerbaijan on Monday.", "AZE", "ARM"),
    ],
)
def test_a_condemned_blow_is_held_against_its_doer_not_its_victim(
    pipeline: Any, text: str, doer: str, victim: str
) -> None:
    found = {target for _, target in pairs(events_of(pipeline, text), "ACCUSE")}
    assert doer in found
    assert victim not in found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The European Union suspended budget support to Mali after the coup.", ("EU", "MLI")),
        ("The World Bank froze lending to Myanmar on Tuesday.", ("WORLD_BANK", "MMR")),
        ("Beijing cut off imports of Taiwanese pineapples in March.", ("CHN", "TWN")),
    ],
)
def test_money_or_trade_withheld_is_a_sanction(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Slovakia blocked the EU's latest aid package for Ukraine on Friday.", ("SVK", "EU")),
        (
            "EU ministers met on Monday. Austria blocked the bloc's decision on Schengen.",
            ("AUT", "EU"),
        ),
    ],
)
def test_blocking_a_body_s_package_or_decision_rejects_it(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    found = events_of(pipeline, text)
    assert pair in pairs(found, "REJECT")
    assert not pairs(found, "COERCE")


def test_a_veto_cast_is_a_rejection_in_the_security_council(pipeline: Any) -> None:
    text = "The Security Council failed to adopt the resolution after Russia cast its veto."
    events = pipeline.process(Document(text=text, source="case.txt")).events
    assert ("RUS", "UNSC") in {
        (e.source.id, e.target.id) for e in events if e.type == "REJECT" and e.source and e.target
    }


def test_a_threat_after_a_comma_in_a_series_of_acts_is_read(pipeline: Any) -> None:
    # "denied ..., then threatened ...": spaCy leaves "threatened" unattached to the series.
    events = events_of(
        pipeline, "Israel denied involvement, then threatened Iran with retaliation."
    )
    assert ("ISR", "IRN") in pairs(events, "THREATEN")


def test_taking_a_state_to_court_accuses_it_not_captures_it(pipeline: Any) -> None:
    events = events_of(pipeline, "Mexico took Ecuador to the International Court of Justice.")
    assert {(e.type, e.source.id if e.source else None, e.target.id if e.target else None)
            for e in events} == {("ACCUSE", "MEX", "ECU")}  # fmt: skip


def test_a_leader_who_falls_after_weeks_of_protests_fell_to_protesters(pipeline: Any) -> None:
    text = "Bolivian President Evo Morales resigned on Sunday after weeks of protests."
    assert ("ORG:protesters-bolivia", "BOL") in pairs(events_of(pipeline, text), "PROTEST")


def test_talks_after_weeks_are_no_unrest(pipeline: Any) -> None:
    text = "Bolivia and Chile resumed talks on Sunday after weeks of silence."
    assert not pairs(events_of(pipeline, text), "PROTEST")


def test_a_military_council_taking_power_is_a_junta_coup(pipeline: Any) -> None:
    text = "The president died in Chad, and a military council led by his son took power."
    assert pairs(events_of(pipeline, text), "COERCE") == {("ORG:chad-junta", "TCD")}
