"""Places read in their time: a city lay, on the date of an event, in the state that held it
then, not in the state that holds it today (registry ``part_of`` periods).

Texts are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, Event, PartialDate
from diplograph.resolve.registry import Registry


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.default()


@pytest.mark.parametrize(
    ("state", "on", "holder"),
    [
        ("UZB", "1966-01-10", "SUN"),
        ("UZB", "1995-01-10", None),  # Uzbekistan itself
        ("CZE", "1968-08-21", "CSK"),
        ("SVK", "1993-06-01", None),
        ("XKX", "1999-06-12", "YUG"),
        ("XKX", "2006-12-01", "SRB"),
        ("LVA", "1991-01-20", None),  # its last year under the holder: told as its own
        ("SSD", "1990-05-01", "SDN"),
        ("BGD", "1965-05-01", "PAK"),
        ("FRA", "1850-01-01", None),  # no recorded holder
        ("EST", "1930-01-01", None),  # independent between the wars: no Soviet holder yet
    ],
)
def test_holder_of_a_state_before_it_existed(
    registry: Registry, state: str, on: str, holder: str | None
) -> None:
    assert registry.holder_on(state, on) == holder


def events(pipeline: Any, text: str, on: str) -> list[Event]:
    document = Document(text=text, source="case.txt", date=PartialDate.parse(on))
    return pipeline.process(document).events


def test_a_city_of_a_later_state_lies_in_the_state_of_its_time(pipeline: Any) -> None:
    text = "The two prime ministers held talks in Tashkent on Monday."
    found = events(pipeline, "India and Pakistan agreed to talks. " + text, "1966-01-03")
    places = {e.location.country for e in found if e.location is not None}
    assert places == {"SUN"}
    assert all(e.location.name == "Tashkent" for e in found if e.location is not None)


def test_a_crowd_fired_on_in_a_city_is_the_crowd_of_the_state_of_its_time(pipeline: Any) -> None:
    text = "Soviet troops fired on crowds gathered in Prague on Wednesday."
    found = [e for e in events(pipeline, text, "1968-08-21") if e.type == "ASSAULT"]
    targets = {e.target.id for e in found if e.target is not None}
    assert "ORG:protesters-czechoslovakia" in targets
    assert not any(t in ("CZE", "ORG:protesters-czechia") for t in targets)


def test_the_same_city_today_lies_in_todays_state(pipeline: Any) -> None:
    text = "Police fired tear gas at crowds gathered in Prague on Wednesday."
    found = [e for e in events(pipeline, text, "2024-08-21") if e.type == "ASSAULT"]
    assert {e.target.id for e in found if e.target is not None} == {"ORG:protesters-czechia"}
