"""Surnames as aliases of office holders: news writes "Karimov" and "Tokayev", not full names.

Derived from the data rather than written by hand: each person with an office gets the last
word of their name as a ``surname`` alias valid while they held office. A surname that is
already someone's explicit alias is left alone (the data chose); a surname two people derive is
marked ambiguous, so the date of the mention decides between them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from diplograph.resolve.actors import Actor, Alias, Span
from diplograph.resolve.matching import normalise

MIN_LENGTH = 4
PARTICLES = frozenset({"al", "bin", "ibn", "de", "van", "von", "der", "jr", "jr.", "ii", "iii"})


def surname_of(name: str) -> str | None:
    """The family name of a full name ("Islam Karimov" -> "Karimov"), or None when unclear."""
    words = [word for word in name.replace(",", " ").split() if word.lower() not in PARTICLES]
    if len(words) < 2 or len(words[-1]) < MIN_LENGTH or not words[-1][0].isupper():
        return None
    return words[-1]


def with_surnames(
    actors: dict[str, Actor], not_surnames: frozenset[str] = frozenset()
) -> dict[str, Actor]:
    """``actors`` with surname aliases added to the people who held an office, except the
    words in ``not_surnames`` (first names, common words, places)."""
    blocked = {normalise(word) for word in not_surnames}
    explicit = {normalise(alias.name) for actor in actors.values() for alias in actor.aliases}
    explicit |= blocked
    explicit |= {normalise(capital.name) for actor in actors.values() for capital in actor.capitals}
    derived: dict[str, tuple[str, Span]] = {}
    for actor in actors.values():
        surname = surname_of(actor.name) if actor.kind == "person" and actor.offices else None
        if surname and normalise(surname) not in explicit:
            derived[actor.id] = (surname, _tenure(actor))
    counts = Counter(surname.casefold() for surname, _ in derived.values())
    updated = dict(actors)
    for actor_id, (surname, span) in derived.items():
        alias = Alias(surname, "surname", span, ambiguous=counts[surname.casefold()] > 1,
                      note="surname, derived from the name")  # fmt: skip
        updated[actor_id] = replace(actors[actor_id], aliases=(*actors[actor_id].aliases, alias))
    return updated


def _tenure(person: Actor) -> Span:
    """From the first office's start to the last office's end (open if any office is)."""
    starts = [office.span.start for office in person.offices]
    ends = [office.span.end for office in person.offices]
    # Compared by their days: "1980-05" and "1980-05-15" differ in precision, not order.
    start = None if None in starts else min(starts, key=lambda d: d.first_day())  # type: ignore[union-attr]
    end = None if None in ends else max(ends, key=lambda d: d.last_day())  # type: ignore[union-attr]
    return Span(start, end)
