"""Consistency checks of registry data beyond what loading enforces.

Loading already rejects duplicate ids, malformed or disordered dates and files without a
``source:``. These checks look across records: every referenced actor exists, and no
alias names two actors on the same day unless marked ``ambiguous``. People sharing a
surname ("Bush") are settled by their office dates and are not reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from diplograph.resolve.actors import Actor
from diplograph.resolve.choice import intersect
from diplograph.resolve.registry import Registry


def missing_references(registry: Registry) -> list[str]:
    """``"OIC: member XYZ"``-style descriptions of references to unknown actors."""
    known = {actor.id for actor in registry.actors()}
    return [f"{actor.id}: {what} {ref}" for actor in registry.actors()
            for what, ref in _references(actor) if ref not in known]  # fmt: skip


def _references(actor: Actor) -> Iterator[tuple[str, str]]:
    yield from (("member", m.member) for m in actor.members)
    yield from (("members_from", ref) for ref in actor.members_from)
    yield from (("office actor", office.actor) for office in actor.offices)
    yield from (("part_of", period.holder) for period in actor.part_of)
    for what, ref in (("parent", actor.parent), ("successor_of", actor.successor_of)):
        if ref:
            yield what, ref


def alias_conflicts(registry: Registry) -> list[str]:
    """Aliases that name two actors on some common day without being marked ambiguous."""
    conflicts = []
    for key, entries in registry.alias_index.items():
        actors = [e for e in entries if e.place is None and not e.ambiguous]
        for i, first in enumerate(actors):
            for second in actors[i + 1 :]:
                if first.actor_id != second.actor_id and _overlap(registry, first, second):
                    conflicts.append(f"{key!r}: {first.actor_id} and {second.actor_id}")
    return sorted(set(conflicts))


def _overlap(registry: Registry, first, second) -> bool:  # type: ignore[no-untyped-def]
    one, two = registry.actor(first.actor_id), registry.actor(second.actor_id)
    if one.kind == "person" and two.kind == "person":
        return False
    if (first.case_sensitive or second.case_sensitive) and first.text != second.text:
        return False  # "GUAM" (acronym) and "Guam" differ where case matters
    span_one = intersect(first.span, one.span)
    span_two = intersect(second.span, two.span)
    return (
        span_one.first_day() <= span_two.last_day() and span_two.first_day() <= span_one.last_day()
    )
