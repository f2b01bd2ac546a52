"""Recipients of acts whose source is already read: where the other side is named.

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spanish and Portuguese troops entered Morocco on Monday.",
            {("ESP", "MAR"), ("PRT", "MAR")},
        ),
        ("Kenyan forces entered Somalia in October to push back the militants.", {("KEN", "SOM")}),
        ("Rwandan tanks crossed Burundi's northern frontier at dawn.", {("RWA", "BDI")}),
    ],
)
def test_forces_entering_a_country_are_deployed_into_it(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(events_of(pipeline, text), "MOBILIZE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran imposed a new maritime law on Iraq on Tuesday.", ("IRN", "IRQ")),
        ("Pretoria imposed its apartheid laws on Namibia for decades.", ("ZAF", "NAM")),
        ("Belgrade imposed emergency rule on Kosovo in 1989.", ("SRB", "XKX")),
    ],
)
def test_a_law_imposed_on_another_is_imposed_on_it(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "COERCE")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Yemeni President Hadi fled to Aden as Houthi rebels fought government troops in Marib.",
            ("ORG:houthis", "YEM"),
        ),
        (
            "The US envoy said on Monday that talks would resume, as Taliban fighters clashed with "
            "government troops on the outskirts of Kabul.",
            ("ORG:taliban", "AFG"),
        ),
        (
            "The French minister said on Friday that aid would continue, as M23 rebels battled "
            "government forces on the outskirts of Kinshasa.",
            ("ORG:m23", "COD"),
        ),
    ],
)
def test_rebels_fighting_government_forces_fight_their_state(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "Iranian guards killed the captain of a Saudi tanker on Monday.",
            "ASSAULT",
            ("IRN", "SAU"),
        ),
        (
            "Ethiopian soldiers shot dead two members of the Eritrean delegation on Friday.",
            "ASSAULT",
            ("ETH", "ERI"),
        ),
        (
            "Indonesian police arrested the crew of a Vietnamese trawler off Natuna on Tuesday.",
            "COERCE",
            ("IDN", "VNM"),
        ),
        (
            "Greek police detained the driver of a Turkish truck at the border.",
            "COERCE",
            ("GRC", "TUR"),
        ),
    ],
)
def test_people_of_another_state_s_thing_are_that_state_s(
    pipeline: Any, text: str, event_type: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(events_of(pipeline, text), event_type)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran vowed on Tuesday to retaliate against Israel for an air strike that destroyed a "
            "building in Damascus.",
            ("IRN", "ISR"),
        ),
        (
            "Azerbaijan vowed to retaliate against Armenia for the shelling that killed civilians "
            "in Georgia.",
            ("AZE", "ARM"),
        ),
        (
            "Egypt vowed to retaliate against Ethiopia for a raid that destroyed a dam site in Sudan.",
            ("EGY", "ETH"),
        ),
    ],
)
def test_a_vowed_reprisal_is_against_whom_its_verb_names(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), "THREATEN") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ambassador of Peru in Santiago protested to the Chilean foreign ministry on Monday.",
            {("PER", "CHL")},
        ),
        (
            "The ambassador of Egypt in Addis Ababa protested to the Ethiopian foreign ministry.",
            {("EGY", "ETH")},
        ),
        (
            "The ambassador of Greece in Ankara lodged a protest with the Turkish foreign ministry "
            "on Friday.",
            {("GRC", "TUR")},
        ),
    ],
)
def test_an_envoy_of_one_state_posted_in_another_acts_for_the_first(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(events_of(pipeline, text), "ACCUSE") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "France accused factions of Mali's army of plotting to kidnap the Nigerien ambassador "
            "in Paris.",
            ("FRA", "MLI"),
        ),
        (
            "Rabat accused elements of Algeria's army of plotting to kill the Spanish ambassador.",
            ("MAR", "DZA"),
        ),
        (
            "Washington accused elements of Cuba's government of plotting to kill the Saudi "
            "ambassador.",
            ("USA", "CUB"),
        ),
    ],
)
def test_an_accused_part_of_a_state_s_body_is_that_state(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), "ACCUSE") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea shelled the South Korean island of Yeonpyeong on Tuesday. "
            "China urged all sides to exercise restraint.",
            {("CHN", "PRK"), ("CHN", "KOR")},
        ),
        (
            "Armenia and Azerbaijan clashed on their border on Tuesday. "
            "Iran called on all parties to exercise restraint.",
            {("IRN", "ARM"), ("IRN", "AZE")},
        ),
        (
            "Ethiopia and Eritrea fought a border war in the Badme area in May. "
            "The African Union appealed to all the warring parties to respect the truce.",
            {("AU", "ETH"), ("AU", "ERI")},
        ),
    ],
)
def test_an_appeal_to_all_sides_is_made_to_the_story_s_two_sides(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(events_of(pipeline, text), "REQUEST") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tehran ignored calls from Paris and Berlin to halt enrichment.",
            {("IRN", "FRA"), ("IRN", "DEU")},
        ),
        (
            "Serbia held the vote on Sunday, defying warnings from Germany and Austria.",
            {("SRB", "DEU"), ("SRB", "AUT")},
        ),
        (
            "North Korea tested a missile, defying pressure from China and Russia.",
            {("PRK", "CHN"), ("PRK", "RUS")},
        ),
    ],
)
def test_a_demand_defied_or_ignored_is_refused_to_whoever_it_came_from(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(events_of(pipeline, text), "REJECT") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada and Mexico held talks in Ottawa on trade. Canada later met Mexico again in "
            "Mexico City. Washington imposed tariffs on Mexican steel on Monday, and Mexico said "
            "it would respond.",
            ("MEX", "USA"),
        ),
        (
            "Hungary and Poland met in Budapest. Poland and Hungary signed a pact. The European "
            "Union imposed duties on Chinese cars, and Beijing warned of retaliation.",
            ("CHN", "EU"),
        ),
        (
            "Egypt and Jordan held talks in Cairo. Egypt and Jordan met again in Amman. Israeli "
            "jets struck targets in southern Lebanon, and Beirut warned of a response.",
            ("LBN", "ISR"),
        ),
    ],
)
def test_a_response_naming_no_one_answers_the_act_the_sentence_just_reported(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    threats = {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events_of(pipeline, text)
        if e.type == "THREATEN"
    }
    assert threats == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraq asked the US-led coalition to withdraw its troops.", ("IRQ", "USA")),
        ("Yemen's government urged the Saudi-led coalition to halt the strikes.", ("YEM", "SAU")),
        ("Kabul called on the NATO-led coalition to stop night raids.", ("AFG", "NATO")),
    ],
)
def test_a_coalition_named_after_its_leader_is_asked_as_that_leader(
    pipeline: Any, text: str, expected: tuple[str, str]
) -> None:
    assert pairs(events_of(pipeline, text), "REQUEST") == {expected}


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "Chile is grateful to Argentina and to Brazil for their support.",
            "SUPPORT",
            {("CHL", "ARG"), ("CHL", "BRA")},
        ),
        (
            "Kenya sent rescue teams to Malawi and to Mozambique after the cyclone.",
            "AID",
            {("KEN", "MWI"), ("KEN", "MOZ")},
        ),
    ],
)
def test_a_repeated_preposition_names_one_more_recipient(
    pipeline: Any, text: str, event_type: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= pairs(events_of(pipeline, text), event_type)


def test_a_protest_at_an_act_is_not_the_decision_condemned_later(pipeline: Any) -> None:
    text = (
        "Hungary expelled six Romanian diplomats on Monday. Romania summoned the Hungarian "
        "ambassador to protest the expulsions. Slovakia and Croatia condemned the decision."
    )
    condemned = [e for e in events_of(pipeline, text) if "Slovakia" in e.evidence[0].sentence]
    assert pairs(condemned, "ACCUSE") == {("SVK", "HUN"), ("HRV", "HUN")}


def test_a_welcome_of_a_deal_is_not_the_deal_hailed_later(pipeline: Any) -> None:
    text = (
        "Chile and Argentina agreed on Friday to settle their fishing dispute. The agreement "
        "was welcomed by Uruguay. Paraguay hailed the deal as a step towards stability."
    )
    hailed = [e for e in events_of(pipeline, text) if "Paraguay" in e.evidence[0].sentence]
    targets = {target for _, target in pairs(hailed, "SUPPORT")}
    assert "CHL" in targets
    assert "URY" not in targets


def test_an_act_welcomed_in_the_passive_is_aimed_at_its_doers(pipeline: Any) -> None:
    text = (
        "Mali and Niger signed a defence pact in Bamako on Tuesday. The pact was welcomed by "
        "Burkina Faso and condemned by France."
    )
    reactions = [e for e in events_of(pipeline, text) if "welcomed" in e.evidence[0].sentence]
    assert pairs(reactions, "SUPPORT") == {("BFA", "MLI"), ("BFA", "NER")}
    assert pairs(reactions, "CONSULT") == set()  # the pact is no visitor Burkina Faso received


@pytest.mark.parametrize(
    ("text", "city_state"),
    [
        ("Irish voters rejected the Lisbon Treaty on Sunday.", "PRT"),
        ("Kenya said it condemned every breach of the Vienna Convention.", "AUT"),
    ],
)
def test_a_city_naming_an_instrument_is_no_recipient(
    pipeline: Any, text: str, city_state: str
) -> None:
    # "the Lisbon Treaty" names a text made in Lisbon, not Portugal acting or acted on.
    targets = {e.target.id for e in events_of(pipeline, text) if e.target}
    assert city_state not in targets


def test_forces_pledged_go_to_the_datelined_country_the_story_fights_in(pipeline: Any) -> None:
    text = (
        "GOMA, March 4 - Rwandan troops shelled villages near Goma on Monday. Kenyan troops "
        "patrolled the city. Uganda and Tanzania pledged troops on Tuesday, and Malawi promised "
        "some 300."
    )
    # The pledged troops are the pledgers' own (not the Kenyan troops named before), and go
    # where the story's fighting is: the Congo its dateline places it in.
    assert pairs(events_of(pipeline, text), "AGREE") == {
        ("UGA", "COD"),
        ("TZA", "COD"),
        ("MWI", "COD"),
    }


def test_a_protest_is_addressed_to_whom_the_next_coordinated_demand_names(pipeline: Any) -> None:
    text = (
        "Chile accused Argentina of seizing a fishing boat on Monday. Argentina said Chile had "
        "violated its waters. Uruguay lodged a protest and asked Brazil to free its sailors."
    )
    protest = [e for e in events_of(pipeline, text) if "Uruguay" in e.evidence[0].sentence]
    assert pairs(protest, "ACCUSE") == {("URY", "BRA")}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Chile accused Argentina of moving troops into the disputed valley. Argentina denied "
            "it, and both countries rushed reinforcements to the region on Friday.",
            "MOBILIZE",
        ),
        (
            "Chile and Argentina clashed in the disputed valley in May. By December Chilean and "
            "Argentine troops had left the buffer zone.",
            "RETREAT",
        ),
    ],
)
def test_the_two_sides_moving_forces_together_face_each_other(
    pipeline: Any, text: str, event_type: str
) -> None:
    last = text.split(". ")[-1][:20]
    moved = [e for e in events_of(pipeline, text) if last in e.evidence[0].sentence]
    assert pairs(moved, event_type) == {("CHL", "ARG"), ("ARG", "CHL")}


def test_an_appeal_for_help_is_made_to_whoever_acted_after_it(pipeline: Any) -> None:
    text = "Kenya sent troops on Friday, two days after Somalia's president appealed for help."
    assert pairs(events_of(pipeline, text), "REQUEST") == {("SOM", "KEN")}


def test_a_threat_to_relations_is_aimed_at_the_other_state_not_a_crowd(pipeline: Any) -> None:
    text = (
        "Georgian police arrested dozens of people on Sunday after ethnic Armenian youths "
        "rioted in central Tbilisi, and Yerevan warned of serious consequences for relations."
    )
    assert pairs(events_of(pipeline, text), "THREATEN") == {("ARM", "GEO")}


def test_a_request_that_is_the_purpose_of_a_visit_is_made_to_the_host(pipeline: Any) -> None:
    text = "Kenya's foreign minister flew to Kampala on Monday to urge officials to free the crew."
    assert pairs(events_of(pipeline, text), "REQUEST") == {("KEN", "UGA")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldova became a member of the Council of Europe in 1995. Romania's parliament "
            "ratified Moldova's bid a month earlier. Moscow criticised the enlargement as "
            "hostile.",
            {("RUS", "COE")},
        ),
        (
            "The African Union admitted Morocco as its 55th member in January. Kenya's president "
            "attended by video link. Nigeria praised the expansion as a milestone.",
            {("NGA", "AU")},
        ),
    ],
)
def test_a_response_to_an_enlargement_is_aimed_at_the_organisation(
    pipeline: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    responded = [e for e in events_of(pipeline, text) if "the e" in e.evidence[0].sentence]
    found = pairs(responded, "ACCUSE") | pairs(responded, "SUPPORT")
    assert found == expected


def test_a_meeting_is_not_the_act_an_untyped_noun_names(pipeline: Any) -> None:
    text = (
        "North Korea fired two ballistic missiles into the sea on Sunday. The South Korean "
        "president met the Japanese prime minister in Seoul on Monday. Canberra condemned the "
        "launches."
    )
    condemned = [e for e in events_of(pipeline, text) if "Canberra" in e.evidence[0].sentence]
    assert pairs(condemned, "ACCUSE") == {("AUS", "PRK")}
