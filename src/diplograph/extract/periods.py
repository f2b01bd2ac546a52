"""Places read in their time: a city named today by the state it lies in lay, on the date of
an event, in the state that held it then ("Soviet soldiers fired on crowds in Prague" in 1968:
Czechoslovakia, not the Czech Republic; an agreement signed "in Tashkent" in 1966: the Soviet
Union, not Uzbekistan). The holders come from the registry's ``part_of`` periods.

An actor the text names is left alone ("the presidents of Bosnia, Serbia and Croatia" in 1995
are Serbia's, a republic of Yugoslavia then); only what the event took from a place is re-read:
its location's country, a side that was that country, and crowds, which are always named after
the place they gathered in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from diplograph.extract.crowds import crowd_id, crowd_ref, crowd_state
from diplograph.records import ActorRef, Event, PartialDate


def in_their_time(events: list[Event], registry: Any, published: PartialDate | None) -> list[Event]:
    """``events`` with places in states that did not yet exist on the event's date moved to
    the states that held them then."""
    return [_in_its_time(event, registry, event.date or published) for event in events]


def _in_its_time(event: Event, registry: Any, on: PartialDate | None) -> Event:
    if on is None:
        return event
    place_state = event.location.country if event.location is not None else None
    holder = registry.holder_on(place_state, on) if place_state else None
    if event.location is not None and holder is not None:
        event.location = replace(event.location, country=holder)
    source, target = (
        _side_in_its_time(ref, place_state, holder, registry, on)
        for ref in (event.source, event.target)
    )
    if source is None or target is None or source.id != target.id:  # no state acts on itself
        event.source, event.target = source, target
    return event


def _side_in_its_time(
    ref: ActorRef | None,
    place_state: str | None,
    holder: str | None,
    registry: Any,
    on: PartialDate,
) -> ActorRef | None:
    """The side taken from the place (its state, or a crowd named after it) in its time."""
    if ref is None:
        return None
    if holder is not None and ref.id == place_state:
        return replace(ref, id=holder, name=registry.name_of(holder, on))
    gathered_in = crowd_state(ref.id, registry)
    crowd_holder = registry.holder_on(gathered_in, on) if gathered_in else None
    if crowd_holder is not None:
        return crowd_ref(crowd_id(crowd_holder, registry), ref.text)
    return ref
