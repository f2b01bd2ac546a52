"""Unnamed crowds: who they are, where, and against whom.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate

DATE = PartialDate(2024, 10, 8)


def protests(pipeline: Any, text: str) -> list[Event]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return [e for e in events if e.type == "PROTEST" and e.modality == "asserted"]


def test_a_crowd_protesting_is_a_demonstration_not_a_diplomatic_protest(pipeline: Any) -> None:
    found = protests(pipeline, "Hundreds of farmers protested in Nairobi on Monday.")
    assert [(e.source.id if e.source else None) for e in found] == ["ORG:protesters-kenya"]


def test_a_count_of_soldiers_is_no_crowd(pipeline: Any) -> None:
    assert not protests(pipeline, "Hundreds of soldiers gathered in Nairobi on Monday.")


def test_an_embassy_pelted_in_a_city_places_the_crowd_there_and_targets_its_owner(
    pipeline: Any,
) -> None:
    text = "Dozens of students pelted the French embassy in Bamako with stones."
    (event,) = protests(pipeline, text)
    assert event.source is not None and event.source.id == "ORG:protesters-mali"
    assert event.target is not None and event.target.id == "FRA"
    assert event.location is not None and event.location.name == "Bamako"


def assaults(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "ASSAULT"
    }


def test_forces_that_open_fire_on_crowds_fire_on_their_own_protesters(pipeline: Any) -> None:
    text = "Kenyan police opened fire on crowds in three towns on Tuesday."
    assert ("KEN", "ORG:protesters-kenya") in assaults(pipeline, text)


def test_forces_that_shoot_protesters_shoot_their_own_protesters(pipeline: Any) -> None:
    text = "Belarusian troops shot dead four demonstrators in Minsk on Sunday."
    assert ("BLR", "ORG:protesters-belarus") in assaults(pipeline, text)


def test_people_protesting_are_a_crowd_the_police_disperse(pipeline: Any) -> None:
    text = "Sri Lankan police fired tear gas to disperse villagers protesting against the lease."
    assert ("LKA", "ORG:protesters-sri-lanka") in assaults(pipeline, text)


def test_civilians_killed_are_no_protesters(pipeline: Any) -> None:
    text = "The Sudanese army shelled the town, killing hundreds of civilians."
    assert not any(target == "ORG:protesters-sudan" for _, target in assaults(pipeline, text))


def test_a_crowd_at_the_wall_of_an_embassy_protests_its_owner_where_it_stands(
    pipeline: Any,
) -> None:
    text = "Hundreds of students stormed the gates of the British embassy in Tehran on Tuesday."
    found = protests(pipeline, text)
    assert [
        (e.source.id if e.source else None, e.target.id if e.target else None) for e in found
    ] == [("ORG:protesters-iran", "GBR")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Togolese soldiers opened fire on crowds in Lome.", ("TGO", "ORG:protesters-togo")),
        (
            "Kenyan police fired tear gas at traders and protesters in Nairobi.",
            ("KEN", "ORG:protesters-kenya"),
        ),
        (
            "Peruvian police used water cannon to disperse farmers protesting against the mine.",
            ("PER", "ORG:protesters-peru"),
        ),
    ],
)
def test_force_turned_on_a_crowd_hits_the_crowd_of_the_country(
    pipeline: Any, text: str, pair: tuple[str, str]
) -> None:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    found = {
        (e.source.id, e.target.id) for e in events if e.type == "ASSAULT" and e.source and e.target
    }
    assert pair in found


def pairs_of(pipeline: Any, text: str, kind: str) -> set[tuple[str | None, str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == kind and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "Kenyan police arrested more than 200 people in Nairobi as protests spread on Monday.",
            "COERCE",
            ("KEN", "ORG:protesters-kenya"),
        ),
        (
            "Serbia's government imposed a curfew in Belgrade on Friday to end the riots.",
            "COERCE",
            ("SRB", "ORG:protesters-serbia"),
        ),
        (
            "Thousands of Georgians rallied in Tbilisi, and riot police fired rubber bullets "
            "to break them up.",
            "ASSAULT",
            ("GEO", "ORG:protesters-georgia"),
        ),
        (
            "Ecuador's president sent troops onto the streets of Quito after demonstrators "
            "blocked roads.",
            "MOBILIZE",
            ("ECU", "ORG:protesters-ecuador"),
        ),
    ],
)
def test_force_used_on_unrest_the_clause_tells_of_hits_the_countrys_crowd(
    pipeline: Any, text: str, kind: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs_of(pipeline, text, kind)


@pytest.mark.parametrize(
    "text",
    [
        # those arrested are named: not the crowd
        "Kenyan police, who had arrested dozens of opposition organisers, dispersed protests.",
        # the unrest is told by a clause about someone else
        "Sogavare, who imposed a curfew on Honiara on Wednesday, rejected demands from "
        "demonstrators that he resign.",
    ],
)
def test_force_with_no_crowd_of_its_own_gets_none(pipeline: Any, text: str) -> None:
    found = pairs_of(pipeline, text, "COERCE")
    assert not any(target and target.startswith("ORG:protesters-") for _, target in found)


def test_what_a_placed_crowd_demands_is_the_crowds_request(pipeline: Any) -> None:
    text = "Protesters in Tbilisi demanded that Georgia drop the foreign agents law."
    assert pairs_of(pipeline, text, "REQUEST") == {("ORG:protesters-georgia", "GEO")}


def test_a_crowd_the_story_placed_earlier_demands_as_that_crowd(pipeline: Any) -> None:
    text = (
        "Thousands marched in Quito on Sunday. The protesters demanded the resignation of "
        "President Noboa."
    )
    assert ("ORG:protesters-ecuador", "ECU") in pairs_of(pipeline, text, "REQUEST")


def test_activists_of_no_stated_country_are_no_crowd_of_one(pipeline: Any) -> None:
    text = "Activists urged the European Union to impose sanctions on Russia."
    assert not pairs_of(pipeline, text, "REQUEST")


def test_a_crowd_in_front_of_an_embassy_is_the_host_citys(pipeline: Any) -> None:
    text = "Hundreds of people protested in front of the Russian embassy in Tbilisi on Sunday."
    sources = {source for source, _ in pairs_of(pipeline, text, "PROTEST")}
    assert sources == {"ORG:protesters-georgia"}


def test_workers_who_strike_are_a_crowd(pipeline: Any) -> None:
    text = "Workers staged a general strike across Chile against the pension reform."
    assert ("ORG:protesters-chile", "CHL") in pairs_of(pipeline, text, "PROTEST")


def test_workers_killed_are_no_crowd(pipeline: Any) -> None:
    text = "An air strike killed seven aid workers in Gaza."
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    assert not [e for e in events if e.target and e.target.id.startswith("ORG:protesters-")]


def test_a_nationality_of_descent_is_not_the_crowds_country(pipeline: Any) -> None:
    text = "Ethnic Russian protesters rallied in Narva against the Estonian government."
    sources = {source for source, _ in pairs_of(pipeline, text, "PROTEST")}
    assert sources == {"ORG:protesters-estonia"}


def crowd_pairs(pipeline: Any, text: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in protests(pipeline, text)
    }


def test_a_crowd_storming_its_own_parliament_turns_on_its_own_state(pipeline: Any) -> None:
    text = "Protesters stormed Ghana's parliament on Tuesday after lawmakers passed a tax bill."
    assert ("ORG:protesters-ghana", "GHA") in crowd_pairs(pipeline, text)


def test_burning_portraits_of_a_leader_protests_against_his_state(pipeline: Any) -> None:
    text = "In several Pakistani cities, crowds burned effigies of the French president."
    assert ("ORG:protesters-pakistan", "FRA") in crowd_pairs(pipeline, text)


def test_a_crowd_of_two_nationalities_is_two_crowds(pipeline: Any) -> None:
    text = "Thousands of Spanish and Italian farmers demonstrated against the EU trade pact."
    found = crowd_pairs(pipeline, text)
    assert {("ORG:protesters-spain", "EU"), ("ORG:protesters-italy", "EU")} <= found


def test_foreign_troops_firing_on_crowds_hit_the_host_countrys_crowd(pipeline: Any) -> None:
    text = "Belgian paratroopers fired on protesters outside the presidential palace in Kinshasa."
    document = Document(text=text, source="case.txt", date=PartialDate(1991, 9, 29))
    assaults = [e for e in pipeline.process(document).events if e.type == "ASSAULT"]
    assert {(e.source.id, e.target.id) for e in assaults if e.source and e.target} == {
        ("BEL", "ORG:protesters-democratic-republic-of-the-congo")
    }


def test_a_crowd_id_drops_accents_not_letters() -> None:
    from diplograph.extract.crowds import crowd_id
    from diplograph.resolve.registry import Registry

    assert crowd_id("CIV", Registry.default()) == "ORG:protesters-cote-d-ivoire"
