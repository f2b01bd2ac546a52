"""Choosing among the actors an alias may name, on a date, and saying why.

An alias can name several actors ("Moscow": the USSR until 1991, Russia since; "Bush":
two presidents). The entries valid on the date win; among them states, IGOs and groups
outrank organisations, people and places, a person in office outranks one out of it, and
on a year-precise date the entry covering more of the year wins. When no entry is valid on
the date the nearest one is still returned, with the mismatch said in ``why``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from diplograph.records import PartialDate
from diplograph.resolve.actors import Actor, Span
from diplograph.resolve.matching import AliasEntry

KIND_RANK = {"state": 5, "igo": 5, "group": 4, "organisation": 3, "person": 2, "place": 1}
ALIAS_RANK = {"name": 6, "acronym": 5, "capital": 5, "seat": 5, "variant": 4, "former": 4,
              "demonym": 3, "adjective": 3, "person": 3, "misspelling": 2}  # fmt: skip


def intersect(first: Span, second: Span) -> Span:
    """The days two spans share (an empty result keeps the later start)."""
    starts = [span.start for span in (first, second) if span.start]
    ends = [span.end for span in (first, second) if span.end]
    start = max(starts, key=lambda d: d.first_day()) if starts else None
    end = min(ends, key=lambda d: d.first_day()) if ends else None
    return Span(start, end)


def valid_on(entry: AliasEntry, actor: Actor | None, on: PartialDate | None) -> bool:
    """True when the alias and (for actors) the actor both exist on ``on``."""
    return entry.span.covers(on) and (actor is None or actor.span.covers(on))


def pick(entries: Sequence[AliasEntry], actors: Mapping[str, Actor], on: PartialDate | None,
         text: str = "") -> tuple[AliasEntry, bool]:  # fmt: skip
    """The best entry and whether it is valid on ``on``; ``entries`` must not be empty.

    ``text`` is the mention as written: an acronym written in its own case ("GUAM")
    beats a same-spelled name ("Guam").
    """
    letters = _letters(text)
    best = max(entries, key=lambda entry: (
        entry.case_sensitive and letters == _letters(entry.text),
        _score(entry, actors.get(entry.actor_id), on)))  # fmt: skip
    return best, valid_on(best, actors.get(best.actor_id), on)


def _score(entry: AliasEntry, actor: Actor | None, on: PartialDate | None) -> tuple:
    valid = valid_on(entry, actor, on)
    kind = actor.kind if actor and entry.place is None else "place"
    in_office = bool(actor and actor.kind == "person" and actor.office_on(on))
    if on is None:
        closeness = 1 if entry.span.is_open and (actor is None or actor.span.is_open) else 0
    else:
        span = intersect(entry.span, actor.span) if actor else entry.span
        closeness = span.overlap_days(on) or -span.distance_days(on)
    return (valid, not entry.ambiguous, KIND_RANK.get(kind, 0), in_office, closeness,
            _recency(actor), ALIAS_RANK.get(entry.kind, 1))  # fmt: skip


def _letters(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def _recency(actor: Actor | None) -> int:
    """The last day in office, so that undated "Bush" means the latest one."""
    if actor is None or not actor.offices:
        return 0
    return max(office.span.last_day().toordinal() for office in actor.offices)
