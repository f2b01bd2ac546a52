"""UN agencies news names by what they do, and organs named by their own names.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, PartialDate


def actors_of(pipeline: Any, text: str, date: PartialDate) -> list[str | None]:
    mentions = pipeline.process(Document(text=text, source="case.txt", date=date)).mentions
    return [m.actor_id for m in mentions]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("The U.N. cultural agency listed the old town of Kotor as endangered.", "UNESCO"),
        ("The UN health agency sent vaccines to Malawi.", "WHO"),
        ("The U.N. food aid agency cut rations in Chad.", "WFP"),
        ("The UN children's agency opened schools in Haiti.", "UNICEF"),
    ],
)
def test_a_un_agency_named_by_its_work_is_that_agency_not_the_un(
    pipeline: Any, text: str, agency: str
) -> None:
    actors = actors_of(pipeline, text, PartialDate(2019, 4, 2))
    assert agency in actors
    assert "UN" not in actors


def test_the_peace_and_security_council_is_the_african_union_not_the_un(pipeline: Any) -> None:
    text = "The Peace and Security Council suspended Guinea-Bissau after the soldiers seized power."
    actors = actors_of(pipeline, text, PartialDate(2012, 4, 17))
    assert actors[0] == "AU"
    assert "UNSC" not in actors


def test_successor_states_named_in_1991_are_themselves_not_the_soviet_union(
    pipeline: Any,
) -> None:
    text = "On Tuesday Ukraine and Belarus asked Russia for talks on the border."
    actors = actors_of(pipeline, text, PartialDate(1991, 12, 3))
    assert actors == ["UKR", "BLR", "RUS"]


def test_the_chamber_of_a_story_about_an_international_court_is_that_court(
    pipeline: Any,
) -> None:
    text = (
        "A special chamber of the International Tribunal for the Law of the Sea heard the "
        "dispute between Kenya and Somalia. The Chamber ordered Kenya to suspend its seismic "
        "surveys."
    )
    events = pipeline.process(
        Document(text=text, source="case.txt", date=PartialDate(2020, 3, 4))
    ).events
    requests = {
        (e.source.id if e.source else None, e.target.id if e.target else None)
        for e in events
        if e.type == "REQUEST"
    }
    assert ("ITLOS", "KEN") in requests


def test_the_tribunal_of_a_story_naming_no_international_court_is_no_organisation(
    pipeline: Any,
) -> None:
    text = (
        "The European Union warned Warsaw over the rule of law. Poland's Constitutional "
        "Tribunal sided with the government. The Tribunal rejected the EU's demand."
    )
    events = pipeline.process(
        Document(text=text, source="case.txt", date=PartialDate(2021, 10, 7))
    ).events
    assert not [e for e in events if e.type == "REJECT" and e.source and e.source.id == "EU"]
