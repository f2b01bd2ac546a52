"""Extraction that needs more than one clause: datelines, crowds, responses, members, founders.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2023, 5, 10)


def events_of(pipeline: Any, text: str, date: PartialDate | None = DATE) -> list[Event]:
    return pipeline.process(Document(text=text, source="case.txt", date=date)).events


def pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == event_type and e.modality == "asserted"
    }


def test_dateline_city_is_a_place_not_an_actor(pipeline: Any) -> None:
    text = "NAIROBI, 10 May 2023 – Kenya and Ethiopia signed a trade agreement on Wednesday."
    events = events_of(pipeline, text)
    signed = [e for e in events if e.type == "SUPPORT"]
    assert {(e.source.id, e.target.id) for e in signed} <= {("KEN", "ETH"), ("ETH", "KEN")}
    assert signed and signed[0].location is not None and signed[0].location.name == "Nairobi"
    assert signed[0].date is not None and signed[0].date.iso() == "2023-05-10"


def test_unnamed_crowds_protest_against_the_state_named(pipeline: Any) -> None:
    text = "Thousands of protesters gathered outside the Danish embassy in Tehran."
    assert ("ORG:protesters-iran", "DNK") in pairs(events_of(pipeline, text), "PROTEST")


def test_crowds_storming_an_embassy_riot(pipeline: Any) -> None:
    events = events_of(pipeline, "Protesters stormed the Norwegian embassy in Khartoum.")
    riots = [e for e in events if e.type == "PROTEST"]
    assert riots and riots[0].mode == "riot"
    assert (riots[0].source.id, riots[0].target.id) == ("ORG:protesters-sudan", "NOR")
    assert riots[0].source.kind == "organisation"


def test_condemning_an_act_targets_whoever_did_it(pipeline: Any) -> None:
    text = (
        "Armenia shelled Azerbaijani positions near the border on Monday.\n\n"
        "Azerbaijan condemned the shelling as a provocation."
    )
    assert ("AZE", "ARM") in pairs(events_of(pipeline, text), "ACCUSE")


def test_founders_are_members(pipeline: Any) -> None:
    text = "The Gulf Cooperation Council was founded in 1981 by Saudi Arabia, Kuwait and Oman."
    members = pairs(events_of(pipeline, text), "MEMBER_OF")
    assert {("SAU", "GCC"), ("KWT", "GCC"), ("OMN", "GCC")} <= members


def test_listed_members_of_the_organisation_in_question(pipeline: Any) -> None:
    text = (
        "The Economic Cooperation Organization was set up in 1985.\n\n"
        "Its founding members are Iran, Pakistan and Turkey."
    )
    members = pairs(events_of(pipeline, text), "MEMBER_OF")
    assert {("IRN", "ECO"), ("PAK", "ECO"), ("TUR", "ECO")} <= members


def test_becoming_the_nth_member(pipeline: Any) -> None:
    events = events_of(pipeline, "Sweden became NATO's thirty-second member in March 2024.")
    assert ("SWE", "NATO") in pairs(events, "MEMBER_OF")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile urged Bolivia to reopen the border.", ("REQUEST", "CHL", "BOL")),
        ("Poland called on Belarus to release the journalists.", ("REQUEST", "POL", "BLR")),
    ],
)
def test_requests_do_not_credit_the_requested_act(
    pipeline: Any, text: str, expected: tuple[str, str, str]
) -> None:
    events = events_of(pipeline, text)
    kind, source, target = expected
    assert (source, target) in pairs(events, kind)
    assert all(
        e.source.id != source for e in events if e.type == "RETREAT" and e.modality == "asserted"
    )


def test_announced_withdrawal_is_a_concession(pipeline: Any) -> None:
    events = events_of(pipeline, "Denmark said it would withdraw its troops from Mali.")
    assert any(
        e.type == "CONCEDE" and e.source.id == "DNK" and e.modality == "planned" for e in events
    )


def test_organisation_meeting_held_in_a_member_city_is_hosted_by_that_state(pipeline: Any) -> None:
    events = events_of(pipeline, "The African Union held an extraordinary summit in Malabo.")
    assert ("GNQ", None) in pairs(events, "HOSTS")


def test_surname_of_an_office_holder_acts_for_the_state(pipeline: Any) -> None:
    events = events_of(pipeline, "Karimov visited Almaty in 2005.", date=None)
    assert ("UZB", "KAZ") in pairs(events, "CONSULT")


def test_a_state_renamed_and_a_rename_to_an_acronym(pipeline: Any) -> None:
    text = (
        "Swaziland was renamed Eswatini in April 2018.\n\n"
        "In 1995 the Conference on Security and Co-operation in Europe was renamed the OSCE."
    )
    renamed = {e.source.id: e for e in events_of(pipeline, text) if e.type == "RENAMED"}
    assert renamed["SWZ"].old_name == "Swaziland" and renamed["SWZ"].new_name == "Eswatini"
    assert renamed["SWZ"].date is not None and renamed["SWZ"].date.iso() == "2018-04"
    assert renamed["OSCE"].new_name == "Organization for Security and Co-operation in Europe"


def test_a_visit_as_the_circumstance_of_another_act(pipeline: Any) -> None:
    text = "During a visit to Hanoi in May 2016, Barack Obama lifted the arms embargo."
    assert ("USA", "VNM") in pairs(events_of(pipeline, text, date=None), "CONSULT")


def test_helpers_aid_the_actor(pipeline: Any) -> None:
    text = "The drones were shot down by Saudi Arabia with the help of Jordan and Egypt."
    assert {("JOR", "SAU"), ("EGY", "SAU")} <= pairs(events_of(pipeline, text), "AID")


def test_strikes_in_a_region_of_a_named_state_target_that_state(pipeline: Any) -> None:
    text = "Turkish jets struck militant hideouts in Iraq's Duhok province on Sunday."
    assert ("TUR", "IRQ") in pairs(events_of(pipeline, text), "ASSAULT")


def test_a_membership_year_does_not_date_the_renaming(pipeline: Any) -> None:
    text = (
        "Azerbaijan is a member of the Organization of the Islamic Conference (since 1992), "
        "which is now the Organization of Islamic Cooperation."
    )
    renamed = [e for e in events_of(pipeline, text, date=None) if e.type == "RENAMED"]
    assert renamed and renamed[0].date is None
    assert ("AZE", "OIC") in pairs(events_of(pipeline, text, date=None), "MEMBER_OF")


def test_an_act_without_a_named_recipient_is_aimed_at_the_other_side_of_the_story(
    pipeline: Any,
) -> None:
    text = (
        "Norway expelled two Venezuelan diplomats on Tuesday.\n\n"
        "Caracas later lodged a formal protest and warned of reciprocal measures."
    )
    events = events_of(pipeline, text)
    assert pairs(events, "ACCUSE") == {("VEN", "NOR")}
    assert pairs(events, "THREATEN") == {("VEN", "NOR")}


def test_a_story_without_another_side_leaves_the_recipient_open(pipeline: Any) -> None:
    events = events_of(pipeline, "Chile condemned the violence.")
    assert pairs(events, "ACCUSE") == {("CHL", None)}


def test_an_agreement_signed_without_named_parties_is_between_the_two_sides(
    pipeline: Any,
) -> None:
    text = (
        "Ethiopia and Eritrea fought a border war from 1998 to 2000.\n\n"
        "A peace accord was signed in Algiers on 12 December 2000."
    )
    events = events_of(pipeline, text)
    war = [e for e in events if e.type == "ASSAULT"]
    assert len(war) == 1 and war[0].date is not None and war[0].date_end is not None
    assert (war[0].date.iso(), war[0].date_end.iso()) == ("1998", "2000")
    signed = pairs(events, "SUPPORT")
    assert signed and signed <= {("ETH", "ERI"), ("ERI", "ETH")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana was elected a non-permanent member of the UN Security Council.", {("GHA", "UNSC")}),
        ("The Group of Twenty admitted the African Union as a permanent member.", {("AU", "G20")}),
        ("Belarus was admitted as a full member of the SCO in 2024.", {("BLR", "SCO")}),
        (
            "In addition to Kuwait and Oman, the GCC includes Qatar and Bahrain.",
            {("KWT", "GCC"), ("OMN", "GCC"), ("QAT", "GCC"), ("BHR", "GCC")},
        ),
    ],
)
def test_memberships_by_election_admission_and_lists(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(events_of(pipeline, text), "MEMBER_OF") == expected


@pytest.mark.parametrize(
    ("text", "host", "place"),
    [
        ("The extraordinary summit in Doha concluded with a joint statement.", "QAT", "Doha"),
        ("At the Lisbon Summit of 2010 the allies adopted a new concept.", "PRT", "Lisbon"),
        ("The last summit the president attended was in 2019 in Egypt.", "EGY", "Egypt"),
    ],
)
def test_a_meeting_named_with_its_place_is_hosted_by_that_state(
    pipeline: Any, text: str, host: str, place: str
) -> None:
    hosted = [e for e in events_of(pipeline, text) if e.type == "HOSTS"]
    assert [(e.source.id, e.location.name if e.location else None) for e in hosted] == [
        (host, place)
    ]


def test_an_organisation_named_after_a_city_does_not_make_it_a_venue(pipeline: Any) -> None:
    text = "The Shanghai Cooperation Organisation summit opened with a speech."
    assert not [e for e in events_of(pipeline, text) if e.type == "HOSTS"]


def test_a_venue_takes_the_date_of_its_own_phrase(pipeline: Any) -> None:
    text = (
        "At its summit in Budapest in December 1994 the organisation was renamed, "
        "with effect from 1 January 1995."
    )
    hosted = [e for e in events_of(pipeline, text) if e.type == "HOSTS"]
    assert [(e.source.id, e.date.iso() if e.date else None) for e in hosted] == [("HUN", "1994-12")]


def test_juntas_are_actors_of_their_own_named_after_their_country(pipeline: Any) -> None:
    text = (
        "Army officers seized power in Guinea in September.\n\n"
        "France condemned the coup.\n\n"
        "The junta later ordered the French ambassador to leave the country.\n\n"
        "Paris said it did not recognise the military authorities."
    )
    events = events_of(pipeline, text)
    assert ("ORG:guinea-junta", "FRA") in pairs(events, "SANCTION")
    assert ("FRA", "ORG:guinea-junta") in pairs(events, "REJECT")
    junta = next(e.source for e in events if e.type == "SANCTION")
    assert junta.kind == "organisation" and junta.sector == "MIL"


def test_unnamed_police_and_troops_are_the_forces_of_the_state_the_story_is_set_in(
    pipeline: Any,
) -> None:
    text = (
        "LIMA, 10 May 2023 – Thousands of demonstrators marched in Lima against the new "
        "pension law on Tuesday. Riot police fired tear gas at the protesters."
    )
    assert ("PER", "ORG:protesters-peru") in pairs(events_of(pipeline, text), "ASSAULT")
    text = (
        "Talks between the Ethiopian army and the rebels stalled. "
        "On Sunday the army carried out air strikes on rebel positions."
    )
    assert any(s == "ETH" for s, _ in pairs(events_of(pipeline, text), "ASSAULT"))


def test_unnamed_forces_after_another_states_troops_are_not_the_dateline_states(
    pipeline: Any,
) -> None:
    text = (
        "NAIROBI, 10 May 2023 – Ugandan troops crossed into South Sudan on Monday. "
        "The troops shelled a rebel base near the border."
    )
    sources = {s for s, _ in pairs(events_of(pipeline, text), "ASSAULT")}
    assert "KEN" not in sources


def test_government_forces_belong_to_the_government_named_before(pipeline: Any) -> None:
    text = (
        "GENEVA, 10 May 2023 – The talks brought a Libyan government delegation to Geneva for "
        "the first time, with Swiss diplomats as hosts. Government forces later shelled rebel "
        "positions."
    )
    sources = {s for s, _ in pairs(events_of(pipeline, text), "ASSAULT")}
    assert "LBY" in sources and "CHE" not in sources


def test_a_junta_named_with_its_country(pipeline: Any) -> None:
    events = events_of(pipeline, "Mali's junta expelled the French ambassador in January.")
    assert ("ORG:mali-junta", "FRA") in pairs(events, "SANCTION")


def test_we_in_a_statement_is_the_state_that_acts_in_it_not_the_one_most_named(
    pipeline: Any,
) -> None:
    text = (
        "Statement by the Press Secretary\n\n"
        "Today North Korea launched a ballistic missile that fell near Hokkaido, in violation "
        "of North Korea's obligations.\n\n"
        "The Government of Japan lodged a strong protest with North Korea. Japan will work with "
        "its partners, and Japan will raise the matter at the United Nations.\n\n"
        "We call on North Korea to comply with all relevant resolutions."
    )
    assert ("JPN", "PRK") in pairs(events_of(pipeline, text), "REQUEST")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The African Union mediated the talks. Egyptian and Sudanese ministers attended "
            "the Security Council meeting in New York.",
            {("EGY", "UNSC"), ("SDN", "UNSC")},
        ),
        ("The UN met. Putin attended the SCO summit in Astana.", {("RUS", "SCO")}),
        (
            "The SCO met in June. Tokayev took part in the meeting of the Council of Heads of "
            "State of the CIS.",
            {("KAZ", "CIS")},
        ),
    ],
)
def test_a_meeting_named_for_its_organisation_is_not_the_topic_organisation(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    consult = {pair for pair in pairs(events_of(pipeline, text), "CONSULT") if pair[1] is not None}
    assert consult == expected


def test_venues_listed_with_their_own_years(pipeline: Any) -> None:
    text = (
        "The summits have been held in Tashkent in 2019, in Baku in 2021 and in Dushanbe in 2023."
    )
    hosted = [e for e in events_of(pipeline, text, None) if e.type == "HOSTS"]
    assert sorted((e.source.id, e.date.iso() if e.date else None) for e in hosted) == [
        ("AZE", "2021"),
        ("TJK", "2023"),
        ("UZB", "2019"),
    ]


def test_venues_listed_with_their_years_in_brackets(pipeline: Any) -> None:
    """ "held in Hanoi (2010), Jakarta (2015) and Manila (2021)": each city with its own year."""
    text = "Its summits have been held in Hanoi (2010), Jakarta (2015) and Manila (2021)."
    hosted = [e for e in events_of(pipeline, text, None) if e.type == "HOSTS"]
    assert sorted((e.source.id, e.date.iso() if e.date else None) for e in hosted) == [
        ("IDN", "2015"),
        ("PHL", "2021"),
        ("VNM", "2010"),
    ]


def test_a_city_listed_after_in_is_a_place_whatever_the_tagger_says(pipeline: Any) -> None:
    """ "held in Lahore, Dakar and Istanbul": Dakar (tagged a person) is a venue too."""
    text = "OIC summits have been held in Lahore, Dakar and Istanbul."
    hosts = {e.source.id for e in events_of(pipeline, text) if e.type == "HOSTS" and e.source}
    assert hosts == {"PAK", "SEN", "TUR"}


def test_a_place_named_with_of_is_read_whole(pipeline: Any) -> None:
    """ "in Port of Spain": Trinidad's capital, not "Port" (a town in Réunion) nor Spain."""
    text = "The CARICOM summit took place in Port of Spain in July."
    hosts = {e.source.id for e in events_of(pipeline, text) if e.type == "HOSTS" and e.source}
    assert hosts == {"TTO"}


def test_declining_an_invitation_is_aimed_at_whoever_invited(pipeline: Any) -> None:
    text = (
        "The BRICS group invited Argentina to join in August.\n\n"
        "China praised the decision.\n\n"
        "In December, Argentina formally declined the invitation."
    )
    assert ("ARG", "BRICS") in pairs(events_of(pipeline, text), "REJECT")


def test_a_visit_needs_somewhere_to_go(pipeline: Any) -> None:
    text = "UN Secretary-General Guterres visited the UN Plaza in Almaty."
    visits = [e for e in events_of(pipeline, text) if e.mode == "visit"]
    assert all(e.target is not None for e in visits)


def test_a_person_the_registry_lacks_keeps_the_state_the_text_gave_them(pipeline: Any) -> None:
    text = (
        "Foreign Minister Bruno Rodríguez, the Cuban foreign minister, arrived in Mexico.\n\n"
        "Later, Rodríguez criticised Brazil."
    )
    assert ("CUB", "BRA") in pairs(events_of(pipeline, text), "ACCUSE")


def test_a_surname_that_is_also_a_town_is_a_person(pipeline: Any) -> None:
    mentions = pipeline.process(
        Document(text="President Adama Barrow thanked Senegal.", source="case.txt")
    ).mentions
    assert not [m for m in mentions if m.kind == "place" and m.text == "Barrow"]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Timor-Leste was admitted to the United Nations in 2002.", "MEMBER_OF", ("TLS", "UN")),
        ("The government in Khartoum condemned Ethiopia.", "ACCUSE", ("SDN", "ETH")),
        ("The deal was the result of talks in Doha.", "HOSTS", ("QAT", None)),
        (
            "The Colombian government and the FARC signed a peace agreement.",
            "SUPPORT",
            ("COL", "ORG:farc"),
        ),
    ],
)
def test_admissions_seats_of_government_hosted_talks_and_armed_movements(
    pipeline: Any, text: str, event_type: str, expected: tuple[str, str | None]
) -> None:
    found = pairs(events_of(pipeline, text), event_type)
    assert expected in found or expected[::-1] in found


def test_a_statement_speaks_for_the_state_its_title_names(pipeline: Any) -> None:
    text = (
        "Venezuela closed the border and deported hundreds of people. Venezuela also declared "
        "a state of exception.\n\nWe call on Venezuela to reopen the crossings."
    )
    doc = Document(
        text=text,
        source="case.txt",
        title="Statement of the Colombian Ministry of Foreign Affairs on the border closure",
    )
    found = {
        (e.type, e.source.id, e.target.id if e.target else None)
        for e in pipeline.process(doc).events
    }
    assert ("REQUEST", "COL", "VEN") in found


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ("Speech (draft): a Tajik minister opens the Dushanbe water conference", "TJK"),
        ("Full text of the statement by Ghana at the AU summit on Sudan", "GHA"),
        ("Statement on the missile launch by North Korea", None),
        ("Nigeria rejects the president's address", None),
        ("Remarks by the Secretary-General of NATO at a press conference with Finland", "NATO"),
        ("Statement by the Spokesperson of the European Union on the release of prisoners", "EU"),
    ],
)
def test_the_speaker_a_title_names(title: str, speaker: str | None) -> None:
    from diplograph.extract.document import _title_speaker
    from diplograph.resolve.registry import Registry

    document = Document(text="We met.", source="case.txt", title=title)
    assert _title_speaker(document, Registry.default()) == speaker


def test_declared_solidarity_is_support(pipeline: Any) -> None:
    events = events_of(pipeline, "Bahrain and Egypt declared their solidarity with Riyadh.")
    assert {("BHR", "SAU"), ("EGY", "SAU")} <= pairs(events, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Morocco returned to the African Union in 2017.", "MEMBER_OF", ("MAR", "AU")),
        ("Uzbekistan withdrew from the CSTO in 2012.", "SANCTION", ("UZB", "CSTO")),
        ("Georgia left the CIS in 2009.", "SANCTION", ("GEO", "CIS")),
        ("NATO backed Turkey, a member of the alliance since 1952.", "MEMBER_OF", ("TUR", "NATO")),
        (
            "The Netherlands holds the Russian Federation responsible for the downing.",
            "ACCUSE",
            ("NLD", "RUS"),
        ),
        ("Putin met Jordan's King Abdullah in Sochi.", "CONSULT", ("JOR", "RUS")),
    ],
)
def test_returning_to_leaving_and_belonging_to_organisations_and_holding_responsible(
    pipeline: Any, text: str, event_type: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), event_type)


def test_following_suit_repeats_the_act_the_story_keeps_reporting(pipeline: Any) -> None:
    text = (
        "Saudi Arabia cut diplomatic ties with Qatar on Monday.\n\n"
        "Bahrain also severed relations with Qatar.\n\n"
        "Bahrain accused Qatar of backing terrorism.\n\n"
        "The United Arab Emirates and Egypt quickly followed suit."
    )
    sanctions = pairs(events_of(pipeline, text), "SANCTION")
    assert {("ARE", "QAT"), ("EGY", "QAT")} <= sanctions
    assert ("ARE", "QAT") not in pairs(events_of(pipeline, text), "ACCUSE")


def test_doing_the_same_in_the_same_sentence(pipeline: Any) -> None:
    text = "Germany and Poland each expelled four Russian diplomats, and Canada did the same."
    assert ("CAN", "RUS") in pairs(events_of(pipeline, text), "SANCTION")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("Kenya condemned the coup in Niger, as did Nigeria.", "ACCUSE", {("NGA", "NER")}),
        (
            "Germany recalled its ambassador from Minsk, as did Poland and Lithuania.",
            "SANCTION",
            {("POL", "BLR"), ("LTU", "BLR")},
        ),
        (
            "France has recognised the Palestinian state, as have Spain and Ireland.",
            "SUPPORT",
            {("ESP", "PSE"), ("IRL", "PSE")},
        ),
    ],
)
def test_as_did_names_others_doing_the_same_act(
    pipeline: Any, text: str, event_type: str, expected: set[tuple[str, str]]
) -> None:
    found = pairs(events_of(pipeline, text), event_type)
    assert expected <= found
    assert not any(target in {"NGA", "POL", "ESP"} for _, target in found)


def test_with_x_agreeing(pipeline: Any) -> None:
    text = (
        "The talks ended on Tuesday with Russia, Turkey and Iran agreeing to set up a joint "
        "mechanism."
    )
    agreed = pairs(events_of(pipeline, text), "AGREE")
    assert {frozenset(p) for p in agreed} >= {frozenset({"RUS", "TUR"}), frozenset({"TUR", "IRN"})}


def test_another_name_is_no_renaming(pipeline: Any) -> None:
    text = (
        "Attacks were claimed by the Group for the Support of Islam and Muslims, known as JNIM.\n\n"
        "Tokyo bought three islands, known as the Senkaku in Japan."
    )
    assert not [e for e in events_of(pipeline, text) if e.type == "RENAMED"]


def test_the_government_is_the_state_named_before_not_the_actor(pipeline: Any) -> None:
    text = (
        "Tajikistan and Uzbekistan left the Soviet Union in 1991.\n\n"
        "During the Tajik civil war, Uzbekistan backed the government."
    )
    # Backing a government in a civil war is military backing (PLOVER AID, gold rule 6).
    assert ("UZB", "TJK") in pairs(events_of(pipeline, text), "AID")


def test_condemning_an_act_done_by_someone(pipeline: Any) -> None:
    text = "Kazakhstan condemned the nuclear test carried out by North Korea in September."
    assert ("KAZ", "PRK") in pairs(events_of(pipeline, text), "ACCUSE")


def test_the_two_delegations_are_the_two_sides(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan sent delegations to talks in Washington.\n\n"
        "The two delegations signed a framework agreement on Friday."
    )
    signed = pairs(events_of(pipeline, text), "SUPPORT")
    assert signed & {("ARM", "AZE"), ("AZE", "ARM")}


def test_venues_one_phrase_down_and_requests_are_no_places(pipeline: Any) -> None:
    text = (
        "At Turkey's request, NATO ambassadors held an emergency meeting in Brussels.\n\n"
        "Yesterday's meeting of the two foreign ministers in Cartagena did not lead to a deal."
    )
    hosted = {
        (e.source.id, e.location.name if e.location else None)
        for e in events_of(pipeline, text)
        if e.type == "HOSTS" and e.modality == "asserted"
    }
    assert hosted == {("NATO", "Brussels"), ("COL", "Cartagena")}


def test_their_after_a_plural_subject_is_that_subject(pipeline: Any) -> None:
    text = (
        "Kazakhstan's ties with the West rest on energy.\n\n"
        "In 2018 Nazarbayev met Trump at the White House. The two leaders agreed to a strategic "
        "partnership between their countries."
    )
    found = pairs(events_of(pipeline, text, PartialDate(2018, 1, 20)), "COOPERATE")
    assert found and all("GRP:WEST" not in pair for pair in found)


def test_the_allies_of_a_story_about_an_alliance(pipeline: Any) -> None:
    text = (
        "NATO ambassadors met in Brussels after Turkey shot down a Russian jet.\n\n"
        "The allies called on Ankara and Moscow to avoid escalation."
    )
    assert {("NATO", "TUR"), ("NATO", "RUS")} <= pairs(events_of(pipeline, text), "REQUEST")


def test_mediators_consult_the_sides_of_the_talks_not_each_other(pipeline: Any) -> None:
    text = (
        "Ethiopia and Eritrea resumed border talks in Nairobi.\n\n"
        "Kenya and the African Union had mediated the negotiations for months."
    )
    mediated = {pair for pair in pairs(events_of(pipeline, text), "CONSULT") if pair[0] != "ETH"}
    expected = {(m, side) for m in ("KEN", "AU") for side in ("ETH", "ERI")}
    assert expected <= mediated
    assert ("KEN", "AU") not in mediated


def test_talks_mediated_by_a_third_party_are_between_the_clause_subjects(pipeline: Any) -> None:
    text = (
        "Sudan and South Sudan fought over the oilfields.\n\n"
        "After talks mediated by the African Union, the two presidents signed a trade deal."
    )
    assert {("AU", "SDN"), ("AU", "SSD")} <= pairs(events_of(pipeline, text), "CONSULT")


def test_mediation_by_a_third_party_meets_the_sides_of_the_last_dispute(pipeline: Any) -> None:
    text = (
        "Armenia accused Azerbaijan of shelling its villages.\n\n"
        "The truce was signed in Vienna after weeks of mediation by Austria and Switzerland."
    )
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {(m, side) for m in ("AUT", "CHE") for side in ("ARM", "AZE")} <= consult


def test_mediation_named_by_an_adjective_at_home_is_still_the_mediators(pipeline: Any) -> None:
    text = (
        "Peru accused Ecuador of moving troops to the border.\n\n"
        "A truce agreed in Santiago under Chilean mediation has held since March."
    )
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {("CHL", "PER"), ("CHL", "ECU")} <= consult
    assert ("PER", "CHL") not in consult


@pytest.mark.parametrize(
    ("text", "mediators", "sides"),
    [
        (
            "After two days of talks in Oslo mediated by Norway, Presidents Gustavo Petro and "
            "Nicolas Maduro agreed to reopen the border.",
            {"NOR"},
            {"COL", "VEN"},
        ),
        (
            "Serbia agreed on Friday to restore ties with Kosovo in a deal brokered by the EU.",
            {"EU"},
            {"SRB", "XKX"},
        ),
        (
            "The foreign ministers of Peru and Bolivia signed a Brazil-brokered water accord.",
            {"BRA"},
            {"PER", "BOL"},
        ),
        (
            "Thailand's cabinet approved a U.S.-brokered truce with Cambodia on Monday.",
            {"USA"},
            {"THA", "KHM"},
        ),
    ],
)
def test_mediators_meet_the_sides_of_the_clause_the_mediated_act_hangs_on(
    pipeline: Any, text: str, mediators: set[str], sides: set[str]
) -> None:
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert {(m, side) for m in mediators for side in sides} <= consult
    assert not {(m, None) for m in mediators} & consult


def test_talks_a_third_party_brokered_are_still_the_sides_own(pipeline: Any) -> None:
    text = "Sudan and Chad agreed on a truce on Monday after talks in Doha brokered by Qatar."
    consult = pairs(events_of(pipeline, text), "CONSULT")
    assert ("SDN", "TCD") in consult or ("TCD", "SDN") in consult


def test_a_participle_joined_to_a_name_is_read_only_with_what_it_is_done_to(
    pipeline: Any,
) -> None:
    text = "Kenya welcomed the China-proposed corridor on Monday."
    assert not pairs(events_of(pipeline, text), "AGREE")
    text = "The Rwanda-backed M23 rebels captured Goma."
    assert ("RWA", "ORG:m23") in pairs(events_of(pipeline, text), "AID")


def test_forces_led_by_a_named_state_act_for_it(pipeline: Any) -> None:
    text = "U.S.-led forces launched an offensive into Iraq on Sunday."
    assert ("USA", "IRQ") in pairs(events_of(pipeline, text), "ASSAULT")
    text = "A Russia-led alliance agreed to send troops to Kazakhstan."
    assert all(source != "RUS" for source, _ in pairs(events_of(pipeline, text), "AGREE"))


def test_facilitating_without_talks_is_no_mediation(pipeline: Any) -> None:
    text = "Kazakhstan sent wheat to Afghanistan. Uzbekistan facilitated the transit."
    assert not pairs(events_of(pipeline, text), "CONSULT")


@pytest.mark.parametrize("subject", ["The ministry", "The foreign ministry"])
def test_a_ministry_without_its_state_is_the_state_talked_about(
    pipeline: Any, subject: str
) -> None:
    text = f"Kazakhstan sent wheat to Afghanistan. {subject} thanked Uzbekistan for its help."
    assert ("KAZ", "UZB") in pairs(events_of(pipeline, text), "SUPPORT")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uruguay instituted proceedings against Argentina at the court.", ("URY", "ARG")),
        ("In 2019 Gambia brought a case against Myanmar.", ("GMB", "MMR")),
        ("Ukraine filed a lawsuit against Russia in 2022.", ("UKR", "RUS")),
    ],
)
def test_legal_action_against_a_state_is_an_accusation(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "ACCUSE")


def test_calling_someone_to_act_is_a_request_not_a_phone_call(pipeline: Any) -> None:
    events = events_of(pipeline, "Sisi called Addis Ababa to cooperate with Cairo.")
    assert ("EGY", "ETH") in pairs(events, "REQUEST")
    assert ("EGY", "ETH") not in pairs(events, "CONSULT")
    assert ("RUS", "TUR") in pairs(
        events_of(pipeline, "Putin called Erdogan on Monday."), "CONSULT"
    )


def test_encouraging_someone_to_act_is_a_request(pipeline: Any) -> None:
    text = "Norway encouraged Colombia to resume talks with the rebels."
    assert ("NOR", "COL") in pairs(events_of(pipeline, text), "REQUEST")


def test_the_court_is_the_court_named_before(pipeline: Any) -> None:
    text = (
        "Guyana took the dispute to the International Court of Justice in 2018. "
        "Venezuela rejected the court's jurisdiction, and the court urged Venezuela to comply."
    )
    assert ("ICJ", "VEN") in pairs(events_of(pipeline, text), "REQUEST")


def test_a_text_acts_for_whoever_issued_it(pipeline: Any) -> None:
    text = (
        "The General Assembly adopted a resolution that called on Myanmar to end the campaign. "
        "A statement issued by ECOWAS urged Mali to hold elections."
    )
    events = events_of(pipeline, text)
    assert ("UN", "MMR") in pairs(events, "REQUEST")
    assert ("ECOWAS", "MLI") in pairs(events, "REQUEST")
    # A statement nobody is said to have issued has no known author.
    assert not pairs(events_of(pipeline, "The statement urged Mali to act."), "REQUEST")


def test_what_is_demanded_is_not_done(pipeline: Any) -> None:
    events = events_of(pipeline, "Russia demanded that Ukraine withdraw its troops.")
    assert ("RUS", "UKR") in pairs(events, "REQUEST")
    assert not pairs(events, "RETREAT")  # asked for, not done
    done = events_of(pipeline, "Russia told reporters that Sudan withdrew its troops.")
    assert "SDN" in {source for source, _ in pairs(done, "RETREAT")}


def test_saying_another_must_act_demands_it_of_them(pipeline: Any) -> None:
    text = (
        "Kenya's president said on Monday that Somali troops must leave the border town of Mandera."
    )
    assert ("KEN", "SOM") in pairs(events_of(pipeline, text), "REQUEST")
    own = events_of(pipeline, "Kenya's president said on Monday that his government must do more.")
    assert not pairs(own, "REQUEST")


def test_supporting_a_proposal_or_efforts_supports_their_author(pipeline: Any) -> None:
    text = (
        "The Security Council endorsed the African Union's efforts. "
        "Brazil backed the initiative of Mexico."
    )
    events = events_of(pipeline, text)
    assert {("UNSC", "AU"), ("BRA", "MEX")} <= pairs(events, "SUPPORT")


def test_the_general_assembly_acts_as_the_un(pipeline: Any) -> None:
    text = "The UN General Assembly welcomed Timor-Leste's admission."
    events = events_of(pipeline, text)
    assert {e.source.id for e in events if e.source} == {"UN"}


def test_telling_someone_by_phone_is_a_phone_call(pipeline: Any) -> None:
    text = "Scholz told Macron by phone that Germany would send no troops."
    calls = [e for e in events_of(pipeline, text) if e.type == "CONSULT"]
    assert [(e.source.id, e.target.id, e.mode) for e in calls if e.target] == [
        ("DEU", "FRA", "phone")
    ]


def test_unnamed_officials_meeting_are_the_two_sides(pipeline: Any) -> None:
    text = "Armenia and Azerbaijan fought over Nagorno-Karabakh. Officials met in Moscow."
    assert pairs(events_of(pipeline, text), "CONSULT") & {("ARM", "AZE"), ("AZE", "ARM")}


def test_calling_an_ambassador_home_is_a_recall(pipeline: Any) -> None:
    text = (
        "Peru accused Mexico of meddling. "
        "Peru called its ambassador in Mexico City to Lima for consultations."
    )
    assert ("PER", "MEX") in pairs(events_of(pipeline, text), "SANCTION")


def test_restrictive_relative_clauses_name_no_earlier_state(pipeline: Any) -> None:
    text = (
        "Kazakhstan welcomed the treaty. Britain ratified the treaty in 1998. "
        "Kazakhstan calls on the states that have not yet done so to ratify the treaty."
    )
    assert ("KAZ", "GBR") not in pairs(events_of(pipeline, text), "REQUEST")


def test_he_and_she_are_the_person_last_named_as_a_subject(pipeline: Any) -> None:
    text = (
        "Russian President Vladimir Putin arrived in Beijing on Monday. He met Xi Jinping. "
        "Later he praised Iran. His aides criticised Japan."
    )
    events = events_of(pipeline, text)
    assert ("RUS", "CHN") in pairs(events, "CONSULT")
    assert ("RUS", "IRN") in pairs(events, "SUPPORT")
    assert ("RUS", "JPN") in pairs(events, "ACCUSE")


def test_a_title_alone_is_the_person_last_named(pipeline: Any) -> None:
    text = "French President Emmanuel Macron arrived in Algiers. The president praised Algeria."
    assert ("FRA", "DZA") in pairs(events_of(pipeline, text), "SUPPORT")


@pytest.mark.parametrize("verb", ["presented", "handed", "raised"])
def test_presenting_a_protest_is_an_accusation(pipeline: Any, verb: str) -> None:
    text = f"Vietnam {verb} a protest to the Chinese ambassador."
    assert ("VNM", "CHN") in pairs(events_of(pipeline, text), "ACCUSE")


def test_we_are_not_whom_we_address(pipeline: Any) -> None:
    text = (
        "Today North Korea launched a missile. North Korea has launched many missiles. "
        "North Korea ignored its obligations. The missile fell near Japan.\n\n"
        "We call on North Korea to comply with the resolutions. I welcome you to Pyongyang."
    )
    assert ("JPN", "PRK") in pairs(events_of(pipeline, text), "REQUEST")


def test_a_name_taken_or_changed_to_is_a_renaming(pipeline: Any) -> None:
    text = (
        "Burma joined the Non-Aligned Movement, and in 1989 Burma took the name Myanmar.\n\n"
        "The name of the Conference on Security and Co-operation in Europe was changed to "
        "the Organization for Security and Co-operation in Europe."
    )
    renamed = {e.source.id: e for e in events_of(pipeline, text) if e.type == "RENAMED"}
    assert renamed["MMR"].new_name == "Myanmar"
    assert renamed["OSCE"].old_name == "Conference on Security and Co-operation in Europe"


def test_accession_to_the_east_african_community(pipeline: Any) -> None:
    text = "Somalia acceded to the East African Community after years of talks."
    assert ("SOM", "EAC") in pairs(events_of(pipeline, text), "MEMBER_OF")


def test_a_region_of_a_state_attacked_is_an_attack_on_the_state(pipeline: Any) -> None:
    events = events_of(pipeline, "Chadian troops shelled the Darfur region of Sudan.")
    assert ("TCD", "SDN") in pairs(events, "ASSAULT")
    events = events_of(pipeline, "Ethiopian jets bombed depots in South Sudan's Upper Nile State.")
    assert ("ETH", "SSD") in pairs(events, "ASSAULT")


def test_help_from_a_donor_and_hardware_received_from_a_state(pipeline: Any) -> None:
    text = "Nepal rebuilt the schools in its hill districts with help from the World Bank."
    assert ("WORLD_BANK", "NPL") in pairs(events_of(pipeline, text), "AID")
    text = "The Burkinabe army has received attack helicopters and instructors from Turkey."
    assert ("TUR", "BFA") in pairs(events_of(pipeline, text), "AID")


def test_an_attack_noun_with_its_agent_and_target(pipeline: Any) -> None:
    text = "The incursion by Eritrea into Djibouti was condemned by the African Union."
    assert ("ERI", "DJI") in pairs(events_of(pipeline, text), "ASSAULT")


def test_member_states_and_participating_states(pipeline: Any) -> None:
    text = "Bhutan became a participating State of the OSCE, and Nepal is a member state of NATO."
    assert {("BTN", "OSCE"), ("NPL", "NATO")} <= pairs(events_of(pipeline, text), "MEMBER_OF")
    text = "We are grateful to the member states of the African Union for their votes."
    assert not pairs(events_of(pipeline, text, date=None), "MEMBER_OF")


def test_founders_named_in_a_participle_and_members_that_remained(pipeline: Any) -> None:
    text = (
        "Observers say the Arab Maghreb Union, set up by Morocco, Algeria and Tunisia, is dormant."
    )
    found = pairs(events_of(pipeline, text), "MEMBER_OF")
    assert {("MAR", "AMU"), ("DZA", "AMU"), ("TUN", "AMU")} <= found
    text = "Qatar left OPEC, in which Kuwait remained."
    assert ("KWT", "OPEC") in pairs(events_of(pipeline, text), "MEMBER_OF")


def test_an_attack_in_a_held_area_is_on_its_holder(pipeline: Any) -> None:
    text = "Turkish drones struck depots in PKK-controlled districts of northern Iraq."
    assault = pairs(events_of(pipeline, text), "ASSAULT")
    assert ("TUR", "ORG:pkk") in assault and ("TUR", "IRQ") not in assault


def test_a_recipient_hung_on_the_place_of_the_act(pipeline: Any) -> None:
    text = "On 5 March, Ethiopia launched a new offensive in the region against the Al-Shabaab fighters."
    assert ("ETH", "ORG:al-shabaab") in pairs(events_of(pipeline, text), "ASSAULT")


def test_an_adjective_of_a_breakaway_entity_names_it(pipeline: Any) -> None:
    text = "Azerbaijani troops shelled the Artsakhi armed forces near Shusha."
    assert ("AZE", "ORG:republic-of-artsakh") in pairs(events_of(pipeline, text), "ASSAULT")


def test_joint_training_is_cooperation(pipeline: Any) -> None:
    text = "The Indonesian navy conducted joint training with the Indian navy off Sabang."
    assert pairs(events_of(pipeline, text), "COOPERATE") & {("IDN", "IND"), ("IND", "IDN")}
    text = "Greece and Egypt trained together near Alexandria."
    assert pairs(events_of(pipeline, text), "COOPERATE") & {("GRC", "EGY"), ("EGY", "GRC")}


def test_a_repelled_attack_is_an_attack_on_the_one_who_repelled_it(pipeline: Any) -> None:
    text = "Armenian troops repulsed an Azerbaijani offensive near Jermuk."
    assault = pairs(events_of(pipeline, text), "ASSAULT")
    assert ("AZE", "ARM") in assault and ("ARM", "AZE") not in assault


def test_backing_an_armed_group_is_aid_and_backing_a_bid_is_support(pipeline: Any) -> None:
    events = events_of(pipeline, "Al-Shabaab, which is backed by Eritrea, attacked a convoy.")
    assert ("ERI", "ORG:al-shabaab") in pairs(events, "AID")
    assert ("ERI", "ORG:al-shabaab") not in pairs(events, "SUPPORT")
    events = events_of(pipeline, "Brazil backed Mexico's bid.")
    assert ("BRA", "MEX") in pairs(events, "SUPPORT") and not pairs(events, "AID")


def test_breakaway_entities_are_actors_of_their_own(pipeline: Any) -> None:
    text = "Georgian artillery shelled Abkhazian positions near the Inguri river."
    assert ("GEO", "ORG:abkhazia") in pairs(events_of(pipeline, text), "ASSAULT")


def test_an_object_named_in_a_what_clause(pipeline: Any) -> None:
    text = "Turkey bombed what it described as PKK positions in Iraq's Duhok province."
    assert ("TUR", "ORG:pkk") in pairs(events_of(pipeline, text), "ASSAULT")
    text = "On Monday Iran struck what it called camps of the smugglers in Iraq's Erbil province."
    assert ("IRN", "IRQ") in pairs(events_of(pipeline, text), "ASSAULT")


def test_the_accession_of_a_state_to_an_organisation(pipeline: Any) -> None:
    text = "The accession of Montenegro to NATO was completed in June 2017."
    assert ("MNE", "NATO") in pairs(events_of(pipeline, text), "MEMBER_OF")


def test_links_that_resume_by_themselves_are_cooperation(pipeline: Any) -> None:
    text = "Direct flights between Qatar and Bahrain resumed in May."
    assert pairs(events_of(pipeline, text), "COOPERATE") & {("QAT", "BHR"), ("BHR", "QAT")}


def test_condemning_the_agreements_targets_who_signed_the_accords(pipeline: Any) -> None:
    text = (
        "Armenia and Turkey signed the accords in Zurich.\n\n"
        "Russia praised Iran for its restraint.\n\n"
        "Azerbaijan condemned the agreements as a betrayal."
    )
    accused = pairs(events_of(pipeline, text), "ACCUSE")
    assert accused & {("AZE", "ARM"), ("AZE", "TUR")}
    assert ("AZE", "RUS") not in accused  # the latest act is not the one condemned


def test_following_suit_copies_the_act_the_story_is_about(pipeline: Any) -> None:
    # The last four sentences with acts report a deportation and a cut-off once each; the
    # story is about cutting links, so that is what the followers copy.
    text = (
        "Oman cut all transport links with Kenya on Monday. "
        "Kenya condemned the decision. "
        "The African Union urged Oman to reconsider. "
        "Kenyan and Omani officials met in Cairo. "
        "Bahrain then ordered Kenyans out and cut its links with Kenya. "
        "Qatar and Kuwait followed suit."
    )
    events = events_of(pipeline, text)
    assert {("QAT", "KEN"), ("KWT", "KEN")} <= pairs(events, "SANCTION")
    assert not {("QAT", "KEN"), ("KWT", "KEN")} & pairs(events, "COERCE")


@pytest.mark.parametrize("joined", ["together with", "along with"])
def test_an_actor_together_with_another_both_act(pipeline: Any, joined: str) -> None:
    text = f"Kazakhstan, {joined} Russia, sent aid to Tajikistan."
    assert {("KAZ", "TJK"), ("RUS", "TJK")} <= pairs(events_of(pipeline, text), "AID")


def test_applying_with_no_organisation_named_applies_to_the_story_organisation(
    pipeline: Any,
) -> None:
    text = (
        "Sweden joined NATO in March. NATO welcomed Sweden. "
        "Stockholm had applied in May 2022 together with Finland."
    )
    assert {("SWE", "NATO"), ("FIN", "NATO")} <= pairs(events_of(pipeline, text), "REQUEST")


def test_a_cooperative_act_promised_on_a_condition_is_an_offer(pipeline: Any) -> None:
    events = events_of(pipeline, "If Iran complies, Russia would send aid to Iran.")
    assert ("RUS", "IRN") in pairs(events, "AGREE")
    assert not pairs(events_of(pipeline, "Russia would send aid to Iran."), "AGREE")


def test_a_warning_is_aimed_at_whom_the_warned_clause_is_about(pipeline: Any) -> None:
    text = "Russia invaded Georgia. China warned that American ships would face consequences."
    assert ("CHN", "USA") in pairs(events_of(pipeline, text), "THREATEN")


def test_a_demand_to_end_an_act_goes_to_who_did_it(pipeline: Any) -> None:
    text = (
        "Ethiopia bombed Eritrea in March, and Eritrea shelled Ethiopia. Kenya praised Uganda.\n\n"
        "The African Union demanded an immediate end to the fighting."
    )
    asked = pairs(events_of(pipeline, text), "REQUEST")
    assert {("AU", "ETH"), ("AU", "ERI")} <= asked
    assert ("AU", "KEN") not in asked


def test_a_state_condemning_an_act_is_not_answering_its_own_crowds(pipeline: Any) -> None:
    text = (
        "Japan bought three of the islands in September.\n\n"
        "Thousands of protesters gathered outside the Japanese embassy in Beijing.\n\n"
        "Beijing condemned the purchase as illegal."
    )
    accused = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("CHN", "ORG:protesters-china") not in accused


def test_a_plural_description_is_no_single_state(pipeline: Any) -> None:
    text = (
        "Ukraine joined the talks. The Baltic states praised Finland. The countries praised Chad."
    )
    events = events_of(pipeline, text)
    assert ("GRP:BALTIC", "FIN") in pairs(events, "SUPPORT")
    assert not {pair for pair in pairs(events, "SUPPORT") if pair[1] == "TCD"}


def test_later_and_the_same_year_count_from_the_date_told_before(pipeline: Any) -> None:
    text = (
        "Chad recalled its ambassador from Niger on 3 February 2011. Five days later Niger "
        "expelled the Chadian ambassador.\n\n"
        "In 1997 Kenya joined the Common Market for Eastern and Southern Africa. "
        "In the same year Kenya signed a defence pact with Uganda."
    )
    events = events_of(pipeline, text, date=None)
    expelled = [e for e in events if e.type == "SANCTION" and e.source and e.source.id == "NER"]
    assert expelled and all(e.date and e.date.iso() == "2011-02-08" for e in expelled)
    signed = [e for e in events if e.type == "SUPPORT" and e.source and e.source.id == "KEN"]
    assert signed and all(e.date and e.date.iso() == "1997" for e in signed)


def test_a_date_after_the_report_is_no_reference_for_later(pipeline: Any) -> None:
    text = (
        "The bloc admitted Bolivia on Tuesday, with full rights from 1 March 2024. "
        "Two months later, Peru's president criticised the decision."
    )
    events = events_of(pipeline, text, date=PartialDate(2023, 5, 10))
    criticised = [e for e in events if e.type == "ACCUSE" and e.source and e.source.id == "PER"]
    assert criticised and all(e.date and e.date.iso() == "2023-07" for e in criticised)


def test_an_evening_on_a_weekday_dates_the_act(pipeline: Any) -> None:
    # The tagger reads "Sunday night" as one TIME phrase, not a DATE.
    text = "On Sunday night Ghana summoned the Togolese ambassador to protest."
    events = events_of(pipeline, text)
    summoned = [e for e in events if e.source and e.source.id == "GHA"]
    assert summoned and all(e.date and e.date.iso() == "2023-05-07" for e in summoned)


def test_a_renaming_takes_the_date_of_its_own_clause(pipeline: Any) -> None:
    text = "Swaziland, a Commonwealth member since 1968, was renamed Eswatini on 19 April 2018."
    renamed = [e for e in events_of(pipeline, text, date=None) if e.type == "RENAMED"]
    assert renamed and renamed[0].date is not None and renamed[0].date.iso() == "2018-04-19"


def _dates(events: list[Event], event_type: str, source: str) -> set[str | None]:
    return {
        e.date.iso() if e.date else None
        for e in events
        if e.type == event_type and e.source is not None and e.source.id == source
    }


def test_a_date_opening_the_sentence_dates_all_its_acts(pipeline: Any) -> None:
    text = (
        "On 4 March 2009 the African Union condemned the coup in Madagascar "
        "and threatened Madagascar with sanctions."
    )
    events = events_of(pipeline, text, date=None)
    assert _dates(events, "THREATEN", "AU") == {"2009-03-04"}


def test_a_verb_coordinated_after_a_dated_one_shares_its_date(pipeline: Any) -> None:
    text = "Peru's and Chile's foreign ministers met in Lima on Monday and agreed to reopen the border."
    events = events_of(pipeline, text)
    assert _dates(events, "AGREE", "PER") | _dates(events, "AGREE", "CHL") == {"2023-05-08"}


def test_a_past_date_does_not_date_what_is_said_now(pipeline: Any) -> None:
    text = "Last year Kenya was hit by severe floods, and Kenya is grateful to Japan for its help."
    events = events_of(pipeline, text)
    assert _dates(events, "SUPPORT", "KEN") == {"2023-05-10"}


def test_since_on_a_noun_dates_the_state_not_the_act(pipeline: Any) -> None:
    text = (
        "Azerbaijani troops shelled Armenian positions in April 2016, in the heaviest "
        "escalation of the conflict since 1994."
    )
    events = events_of(pipeline, text, date=None)
    dated = {e.date.iso() if e.date else None for e in events if e.type == "ASSAULT"}
    assert dated == {"2016-04"}


def _places(events: list[Event], event_type: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in events if e.type == event_type}


def test_a_sea_the_gazetteer_lacks_is_still_the_place(pipeline: Any) -> None:
    text = "Chinese and Vietnamese ships clashed in the South China Sea on Monday."
    assert _places(events_of(pipeline, text), "ASSAULT") == {"South China Sea"}


def test_a_city_keeps_the_spelling_the_text_gives_it(pipeline: Any) -> None:
    text = "Indian and Pakistani diplomats met in Bombay on Tuesday."
    assert _places(events_of(pipeline, text), "CONSULT") == {"Bombay"}


def test_a_province_is_named_without_the_generic_noun(pipeline: Any) -> None:
    text = "Indian drones struck militant camps in Pakistan's Sindh province on Friday."
    assert _places(events_of(pipeline, text), "ASSAULT") == {"Sindh"}


def test_unnamed_areas_of_a_state_are_that_state(pipeline: Any) -> None:
    text = "Turkish jets struck targets in rebel-held areas of Syria overnight."
    assert _places(events_of(pipeline, text), "ASSAULT") == {"Syria"}


def test_a_visit_happens_where_the_visitor_went(pipeline: Any) -> None:
    events = events_of(pipeline, "Chile's foreign minister flew to Lima on Monday for talks.")
    assert _places(events, "CONSULT") == {"Lima"}
    events = events_of(pipeline, "The Kenyan president paid a state visit to Uganda last week.")
    assert _places(events, "CONSULT") == {"Uganda"}


def test_each_host_of_a_tour_is_visited_in_its_own_capital(pipeline: Any) -> None:
    text = "Japan's prime minister, who visited Hanoi and Vientiane this month, pledged aid."
    visits = {
        e.target.id: e.location.name if e.location else None
        for e in events_of(pipeline, text)
        if e.type == "CONSULT" and e.target is not None
    }
    assert visits == {"VNM": "Hanoi", "LAO": "Vientiane"}


def test_a_planned_trip_is_not_placed_at_its_destination(pipeline: Any) -> None:
    text = "Brazil's foreign minister will travel to Lima next month."
    assert "Lima" not in _places(events_of(pipeline, text), "AGREE")


def test_a_verb_coordinated_with_a_placed_one_happened_there(pipeline: Any) -> None:
    text = "Peru's and Chile's foreign ministers met in Arica on Monday and agreed to reopen the border."
    assert _places(events_of(pipeline, text), "AGREE") == {"Arica"}


def test_a_clause_with_its_own_subject_is_not_placed_by_its_neighbour(pipeline: Any) -> None:
    text = "Crowds rallied in Lima on Sunday, and Peru recalled its ambassador from Chile."
    assert "Lima" not in _places(events_of(pipeline, text), "SANCTION")


def test_an_ongoing_practice_is_not_dated_by_the_report(pipeline: Any) -> None:
    events = events_of(pipeline, "Norway continues to fund schools in Nepal.")
    assert _dates(events, "AID", "NOR") == {None}
    events = events_of(pipeline, "Chile has been holding talks with Bolivia.")
    assert _dates(events, "CONSULT", "CHL") | _dates(events, "CONSULT", "BOL") == {None}


def test_a_report_of_fighting_that_goes_on_today_keeps_the_date(pipeline: Any) -> None:
    text = "Azerbaijani troops were continuing to shell Armenian positions, the ministry said."
    assert _dates(events_of(pipeline, text), "ASSAULT", "AZE") == {"2023-05-10"}


def test_a_bare_participle_clause_shares_the_time_of_its_verb(pipeline: Any) -> None:
    text = "Ghana sent a letter in March urging Togo to reopen the border."
    assert _dates(events_of(pipeline, text), "REQUEST", "GHA") == {"2023-03"}


def test_a_renaming_is_placed_at_the_meeting_that_decided_it(pipeline: Any) -> None:
    text = "At a jubilee ceremony in Manzini on 19 April 2018, Swaziland was renamed Eswatini."
    renamed = [e for e in events_of(pipeline, text, date=None) if e.type == "RENAMED"]
    assert renamed and renamed[0].location is not None
    assert renamed[0].location.name == "Manzini"


def test_both_sides_of_a_fight_with_an_armed_group(pipeline: Any) -> None:
    """ "Both sides" after fighting between a state and an armed group are those two, which
    the memory's pair of states cannot name."""
    text = (
        "Israel attacked Hezbollah in southern Lebanon in May. Egypt called on both sides to "
        "respect the truce."
    )
    asked = {
        e.target.id
        for e in events_of(pipeline, text)
        if e.type == "REQUEST" and e.target is not None
    }
    assert asked == {"ISR", "ORG:hezbollah"}


def test_the_two_sides_are_the_pair_the_sentence_named(pipeline: Any) -> None:
    text = (
        "Russia attacked Georgia in August. Armenia and Azerbaijan signed a plan under which "
        "the two sides would withdraw their troops."
    )
    planned = {
        e.source.id
        for e in events_of(pipeline, text)
        if e.evidence and "two sides" in e.evidence[0].sentence and e.source is not None
    }
    assert planned >= {"ARM", "AZE"} and not planned & {"RUS", "GEO"}


def test_a_withdrawal_is_from_the_story_s_other_side(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan accused each other of shelling border villages on Monday. "
        "Azerbaijan withdrew its troops from the disputed area on Friday. "
        "The Armenian defence minister resigned."
    )
    events = events_of(pipeline, text)
    assert ("AZE", "ARM") in pairs(events, "RETREAT")
    assert ("ARM", None) in pairs(events, "RETREAT")  # a resignation stays at home


def test_the_two_sides_have_no_other_side(pipeline: Any) -> None:
    text = (
        "Armenia and Azerbaijan accused each other of shelling border villages on Monday. "
        "Russia urged restraint, and Russia's foreign minister called both capitals. "
        "The two sides reopened two border crossings on Friday."
    )
    retreats = pairs(events_of(pipeline, text), "RETREAT")
    assert retreats and all(target is None for _, target in retreats)


def test_a_gapped_second_object_is_acted_on_with_its_own_date(pipeline: Any) -> None:
    text = "Kenya joined the Commonwealth in 1963 and the African Union in 2002."
    joined = {
        (e.target.id if e.target else None, e.date.iso() if e.date else None)
        for e in events_of(pipeline, text)
        if e.type == "MEMBER_OF"
    }
    assert joined == {("COMMONWEALTH", "1963"), ("AU", "2002")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition that picks one out of the members
        ("The summit was attended by Chile, one of the founding members of Mercosur.",
         ("CHL", "MERCOSUR")),
        # no body named: the organisation the text is about
        ("The OSCE grew in the 1990s. Mongolia became its newest participating state in 2012. "
         "Later Andorra became a full member too.", ("AND", "OSCE")),
    ],
)  # fmt: skip
def test_membership_stated_in_passing(pipeline: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(events_of(pipeline, text), "MEMBER_OF")


def test_a_member_of_something_else_is_no_member_of_the_topic(pipeline: Any) -> None:
    text = (
        "NATO leaders met in Vilnius. Jones, a member of the Labour delegation, said Poland "
        "was pleased. The British minister, a party member, spoke."
    )
    assert not pairs(events_of(pipeline, text), "MEMBER_OF")


@pytest.mark.parametrize(
    "text",
    [
        "The SCO summit opened in Astana. The summit brought together Turkey and Azerbaijan.",
        "The CSTO met in Minsk. Its observers include Serbia.",
        "The EU's candidates include Ukraine and Moldova.",
        "Britain, a former member of the European Union, signed the deal.",
        "Egypt hopes to become a member of BRICS.",
    ],
)
def test_no_membership_for_guests_observers_candidates_or_former_members(
    pipeline: Any, text: str
) -> None:
    assert not pairs(events_of(pipeline, text), "MEMBER_OF")


def test_the_organisation_of_the_text_after_a_long_member_list(pipeline: Any) -> None:
    """ "The Forum" names the text's organisation even when a list of members has pushed it
    out of the recent mentions."""
    text = (
        "The Pacific Islands Forum was founded in 1971. Its members include Australia, Fiji, "
        "Nauru, New Zealand, Tonga, Samoa, Tuvalu, Kiribati, Palau, Vanuatu, Niue, Papua New "
        "Guinea and the Solomon Islands. In 2021 Palau left the Forum."
    )
    left = {(e.source.id, e.target.id) for e in events_of(pipeline, text)
            if e.type == "SANCTION" and e.source and e.target}  # fmt: skip
    assert ("PLW", "PIF") in left


def test_a_subject_the_parser_took_for_the_object_of_a_date() -> None:
    """ "In February 2021 Palau, Nauru and Kiribati announced": in context the parser can hang
    the whole list on "In" as a second object; the list is still the clause's subject."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplograph.extract.syntax import subjects

    words = ["In", "February", "2021", "Palau", ",", "Nauru", "and", "Kiribati", "announced", "."]
    heads = [8, 0, 1, 0, 3, 3, 5, 5, 8, 8]
    deps = ["prep", "pobj", "nummod", "pobj", "punct", "conj", "cc", "conj", "ROOT", "punct"]
    pos = ["ADP", "PROPN", "NUM", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    ents = ["B-DATE", "I-DATE", "I-DATE", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [token.text for token in subjects(doc[8])] == ["Palau"]


def test_a_subject_the_parser_took_for_the_object_of_an_opening_phrase() -> None:
    """ "During the war Chile and Peru sent doctors": without a comma the parser can read "the
    war" as a modifier of the name and the name as the phrase's object; it is the subject."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplograph.extract.syntax import subjects

    words = ["During", "the", "war", "Chile", "and", "Peru", "sent", "doctors", "."]
    heads = [6, 3, 3, 0, 3, 3, 6, 6, 6]
    deps = ["prep", "det", "amod", "pobj", "cc", "conj", "ROOT", "dobj", "punct"]
    pos = ["ADP", "DET", "ADJ", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"]
    ents = ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [token.text for token in subjects(doc[6])] == ["Chile"]


def test_an_object_added_with_as_well_as_that_the_parser_hung_on_the_verb() -> None:
    """ "We praise Chile, as well as the Andean Community": the parser may hang the added noun on
    the verb ("dep"); it is still an object of the verb."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplograph.extract.syntax import direct_objects

    words = ["We", "praise", "Chile", ",", "as", "well", "as", "the", "Andean", "Community", "."]
    heads = [1, 1, 1, 1, 9, 9, 1, 9, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "advmod", "advmod", "cc", "det", "compound", "dep",
            "punct"]  # fmt: skip
    pos = ["PRON", "VERB", "PROPN", "PUNCT", "ADV", "ADV", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert [token.text for token in direct_objects(doc[1])] == ["Chile", "Community"]


@pytest.mark.parametrize("name_entity", ["I-DATE", "I-GPE"])
def test_a_first_subject_the_tagger_ran_into_the_date(name_entity: str) -> None:
    """ "In March Kenya, Uganda and Tanzania signed": the tagger may read "March Kenya" as one
    date (or one place) and the parser Kenya as the object of "In"; Kenya is still a subject."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from diplograph.extract.syntax import subjects

    words = ["In", "March", "Kenya", ",", "Uganda", "and", "Tanzania", "signed", "."]
    heads = [7, 2, 0, 7, 7, 4, 4, 7, 7]
    deps = ["prep", "compound", "pobj", "punct", "nsubj", "cc", "conj", "ROOT", "punct"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"]
    first = "B-DATE" if name_entity == "I-DATE" else "B-GPE"
    ents = ["O", first, name_entity, "O", "B-GPE", "O", "B-GPE", "O", "O"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert [token.text for token in subjects(doc[7])] == ["Kenya", "Uganda"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia said Azerbaijan was moving tanks to the border.", ("AZE", "ARM")),
        ("Azerbaijani troops were reinforcing their positions, Armenia said.", ("AZE", "ARM")),
        ("Azerbaijani armoured columns poured into the region on Friday.", ("AZE", "ARM")),
        ("Azerbaijan moved troops to its southern border on Friday.", ("AZE", None)),
    ],
)
def test_forces_moved_to_the_front_face_the_other_side(
    pipeline: Any, text: str, expected: tuple[str, str | None]
) -> None:
    story = "Armenia and Azerbaijan accused each other of shelling border villages on Monday. "
    assert expected in pairs(events_of(pipeline, story + text), "MOBILIZE")


def test_a_disbanded_force_s_side_retreats(pipeline: Any) -> None:
    text = (
        "Colombia and the FARC signed a peace deal in 2016, and Colombia promised land reform. "
        "Under the deal, the FARC was disbanded in 2017. "
        "Russia withdrew its military advisers from Mali."
    )
    retreats = pairs(events_of(pipeline, text), "RETREAT")
    assert ("ORG:farc", "COL") in retreats
    assert ("RUS", "MLI") in retreats  # advisers, like troops, are withdrawn


def test_both_commanders_of_a_war_are_its_two_sides(pipeline: Any) -> None:
    text = (
        "Fighting between Ethiopia's army and the Tigray People's Liberation Front erupted in "
        "November. Kenya urged both commanders to accept a truce."
    )
    asked = {
        e.target.id
        for e in events_of(pipeline, text)
        if e.type == "REQUEST" and e.target is not None
    }
    assert asked == {"ETH", "ORG:tplf"}


@pytest.mark.parametrize(
    "text",
    [
        "Mexico expelled Bolivia's ambassador on Monday, and Peru severed diplomatic ties.",
        "Chile recalled its envoy from Bolivia, and Peru suspended trade.",
    ],
)
def test_a_measure_in_a_run_of_clauses_is_aimed_where_the_first_one_was(
    pipeline: Any, text: str
) -> None:
    # Each clause by another state, the later measure naming no one: against the same side.
    assert ("PER", "BOL") in pairs(events_of(pipeline, text), "SANCTION")


def test_states_that_followed_an_act_did_it_too(pipeline: Any) -> None:
    """ "Canada sent police, followed by Chile and Peru": those who followed sent them too."""
    text = (
        "Haiti was struck by an earthquake. Canada sent police officers at the request of "
        "the Haitian government, followed by Chile and Peru."
    )
    aided = {(e.source.id, e.target.id) for e in events_of(pipeline, text)
             if e.type == "AID" and e.source and e.target}  # fmt: skip
    assert {("CAN", "HTI"), ("CHL", "HTI"), ("PER", "HTI")} <= aided


def _titled(pipeline: Any, title: str | None, text: str) -> list[Event]:
    document = Document(text=text, source="case.txt", title=title, date=DATE)
    return pipeline.process(document).events


def test_i_in_a_titled_speech_is_the_speaking_state(pipeline: Any) -> None:
    title = "Address by the President of Chile to the National Congress"
    found = _titled(pipeline, title, "I thank Peru and Argentina for their support.")
    assert {("CHL", "PER"), ("CHL", "ARG")} <= pairs(found, "SUPPORT")


def test_i_quoted_in_news_names_no_state(pipeline: Any) -> None:
    text = 'Chile and Peru signed a trade pact on Monday. "I thank Argentina," a delegate said.'
    assert not {pair for pair in pairs(_titled(pipeline, None, text), "SUPPORT") if "ARG" in pair}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda sent rescue teams after the floods, and we thank them.",
        "During the floods Kenya and Uganda sent rescue teams, and we thank them.",
    ],
)
def test_an_object_pronoun_is_not_its_own_clause_s_subject(pipeline: Any, text: str) -> None:
    title = "Statement by the Ministry of Foreign Affairs of Tanzania"
    found = pairs(_titled(pipeline, title, text), "SUPPORT")
    assert {("TZA", "KEN"), ("TZA", "UGA")} <= found


def test_a_dateline_filed_from_two_places_names_no_actor(pipeline: Any) -> None:
    text = (
        "TIRANA/UNITED NATIONS, 10 May 2023 – Albanian police arrested two Serbian border guards "
        "on Wednesday."
    )
    events = events_of(pipeline, text)
    assert events
    assert all("UN" not in {e.source and e.source.id, e.target and e.target.id} for e in events)


def test_a_condemned_act_named_by_another_word_is_the_latest_act_of_its_kind(
    pipeline: Any,
) -> None:
    text = (
        "Russian armoured columns crossed into Moldova on Monday and shelled Chisinau. "
        "Romania and Bulgaria recalled their ambassadors. "
        "The African Union condemned the aggression on Tuesday."
    )
    condemned = pairs(events_of(pipeline, text), "ACCUSE")
    assert ("AU", "RUS") in condemned
    assert ("AU", "ROU") not in condemned and ("AU", "BGR") not in condemned


def test_the_resolution_is_the_one_a_body_adopted_before(pipeline: Any) -> None:
    text = (
        "The Security Council adopted a resolution on Monday. "
        "The resolution demanded that Iraq withdraw its forces. "
        "The European Union issued a statement. The statement urged Russia to release the sailors."
    )
    events = events_of(pipeline, text)
    assert ("UNSC", "IRQ") in pairs(events, "REQUEST")
    assert ("EU", "RUS") in pairs(events, "REQUEST")


def test_talks_between_the_two_countries_are_between_the_storys_pair(pipeline: Any) -> None:
    text = (
        "Iraq invaded Kuwait on 2 August. Iraq had accused Kuwait of stealing its oil. "
        "Talks between the two countries in Jeddah had collapsed a day earlier."
    )
    consulted = pairs(events_of(pipeline, text, PartialDate(1990, 8, 3)), "CONSULT")
    assert consulted & {("IRQ", "KWT"), ("KWT", "IRQ")}


def test_a_measure_in_a_comma_joined_run_is_aimed_where_the_first_was(pipeline: Any) -> None:
    text = (
        "Turkey condemned the raid. South Africa and Ecuador recalled their ambassadors from "
        "Israel, Nicaragua suspended diplomatic relations, and Greece pulled out of a joint "
        "exercise."
    )
    sanctions = pairs(events_of(pipeline, text), "SANCTION")
    assert ("NIC", "ISR") in sanctions and ("NIC", "TUR") not in sanctions


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("In 2015 Azerbaijan breached every one of these commitments.", "AZE"),
        ("Ethiopia signed the memorandum, but it has violated its terms since 2020.", "ETH"),
    ],
)
def test_a_breach_a_statement_asserts_is_its_speaker_s_charge(
    pipeline: Any, text: str, accused: str
) -> None:
    title = "Statement of the Ministry of Foreign Affairs of Armenia on the anniversary"
    assert ("ARM", accused) in pairs(_titled(pipeline, title, text), "ACCUSE")


def test_a_breach_in_news_or_in_a_subordinate_clause_is_no_one_s_charge(pipeline: Any) -> None:
    text = "In 2015 Azerbaijan breached every one of these commitments."
    assert not pairs(_titled(pipeline, None, text), "ACCUSE")
    title = "Statement of the Ministry of Foreign Affairs of Armenia"
    text = "If Azerbaijan breaches these commitments, the talks will end."
    assert ("ARM", "AZE") not in pairs(_titled(pipeline, title, text), "ACCUSE")


def test_we_in_an_organisation_s_statement_is_the_organisation(pipeline: Any) -> None:
    title = "Statement by the Spokesperson of the European Union on political prisoners"
    text = (
        "Belarus released 30 political prisoners on Tuesday. We call on Minsk to release all "
        "remaining prisoners, and we condemn the repression of journalists in Belarus."
    )
    found = _titled(pipeline, title, text)
    assert ("EU", "BLR") in pairs(found, "REQUEST")
    assert ("EU", "BLR") in pairs(found, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "Today our two countries signed a treaty on the state border.",
        "We reopened the crossing with Tunisia in 2019, and our two countries signed a treaty "
        "on the state border.",
    ],
)
def test_our_two_countries_are_the_speaker_and_its_counterpart(pipeline: Any, text: str) -> None:
    title = "Remarks by the Foreign Minister of Algeria on relations with Tunisia"
    found = pairs(_titled(pipeline, title, text), "SUPPORT")
    assert ("DZA", "TUN") in found or ("TUN", "DZA") in found


def test_the_ministry_of_a_statement_is_its_speaker(pipeline: Any) -> None:
    title = "Statement of the Ministry of Foreign Affairs of Georgia on the anniversary"
    text = (
        "In 2008 Russia recognised Abkhazia. The Ministry is grateful to Canada for its "
        "principled position."
    )
    found = pairs(_titled(pipeline, title, text), "SUPPORT")
    assert ("GEO", "CAN") in found
    assert ("RUS", "CAN") not in found


def test_one_is_grateful_to_whoever_did_the_act_thanked_for(pipeline: Any) -> None:
    found = events_of(pipeline, "Ghana is grateful to Senegal for hosting the talks in Dakar.")
    assert ("SEN", None) in pairs(found, "HOSTS")
    assert ("GHA", None) not in pairs(found, "HOSTS")


@pytest.mark.parametrize(
    ("text", "thanked"),
    [
        ("Thank you, Norway, for standing with us from the first day.", "NOR"),
        ("Thank you, Madam Chair, and thank you to the African Union for its partnership.", "AU"),
        ("Norway has imposed sanctions on Russian banks, and we thank you for that.", "NOR"),
    ],
)
def test_thanks_in_a_speech_are_the_speaker_s_to_whom_it_addresses(
    pipeline: Any, text: str, thanked: str
) -> None:
    title = "Address by the President of Ukraine to the Storting of Norway"
    assert ("UKR", thanked) in pairs(_titled(pipeline, title, text), "SUPPORT")


def test_a_closing_thank_you_thanks_no_one(pipeline: Any) -> None:
    title = "Address by the President of Ukraine to the Storting of Norway"
    assert not pairs(_titled(pipeline, title, "Thank you."), "SUPPORT")


def test_this_council_is_the_body_a_speech_is_given_to(pipeline: Any) -> None:
    title = "Statement by the Permanent Representative of Palestine to the UN Security Council"
    text = (
        "Israel has bombed Gaza for two weeks. The Security Council met on Monday. "
        "We call on this Council to demand an immediate ceasefire."
    )
    assert ("PSE", "UNSC") in pairs(_titled(pipeline, title, text), "REQUEST")


def test_a_body_called_upon_is_no_meeting_held(pipeline: Any) -> None:
    found = events_of(pipeline, "Kenya called on the General Assembly to support the mission.")
    assert ("KEN", "UN") in pairs(found, "REQUEST")
    assert not pairs(found, "HOSTS")


@pytest.mark.parametrize(
    "text",
    [
        "My delegation thanks Norway for convening this meeting.",
        "Madam President, my delegation thanks Norway for convening this meeting.",
    ],
)
def test_my_delegation_thanks_is_a_verb_of_the_speaker(pipeline: Any, text: str) -> None:
    title = "Statement by the Permanent Representative of Ghana to the UN Security Council"
    found = _titled(pipeline, title, text)
    assert ("GHA", "NOR") in pairs(found, "SUPPORT")
    assert ("NOR", None) in pairs(found, "HOSTS")


def test_a_charter_named_after_an_organisation_is_its_own_act(pipeline: Any) -> None:
    text = (
        "Russia and China held talks in Moscow on Monday. "
        "The SCO Charter was signed in Saint Petersburg in June 2002."
    )
    events = events_of(pipeline, text)
    assert ("SCO", None) in pairs(events, "SUPPORT")
    assert not {("RUS", "CHN"), ("CHN", "RUS")} & pairs(events, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "Washington recognised Guaido within minutes, and Canada and Brazil quickly followed.",
            "SUPPORT",
            {("CAN", "ORG:venezuelan-opposition"), ("BRA", "ORG:venezuelan-opposition")},
        ),
        (
            "Saudi Arabia cut ties with Qatar, and Bahrain followed hours later.",
            "SANCTION",
            {("BHR", "QAT")},
        ),
        (
            "Britain expelled 23 Russian diplomats, and France followed its lead.",
            "SANCTION",
            {("FRA", "RUS")},
        ),
    ],
)
def test_those_who_followed_did_the_same(
    pipeline: Any, text: str, event_type: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(events_of(pipeline, text), event_type)


def test_what_merely_followed_an_act_repeats_nothing(pipeline: Any) -> None:
    events = events_of(pipeline, "Iraq invaded Kuwait, and sanctions followed.")
    assert {(e.source.id if e.source else None) for e in events} == {"IRQ"}
