"""The registry's records: actors with their dated names, aliases, capitals, members and offices.

``Span`` is the validity of a fact: ``start`` inclusive, ``end`` exclusive (the day a
name was dropped is the first day of its successor), either end open. Dates are
``PartialDate``s, so a fact known to the year (``Akmola`` from 1992) compares sensibly
with an event known to the day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from diplograph.records import PartialDate


@dataclass(frozen=True)
class Span:
    """Validity range ``[start, end)`` at any precision; ``None`` means open."""

    start: PartialDate | None = None
    end: PartialDate | None = None

    def first_day(self) -> date:
        return self.start.first_day() if self.start else date.min

    def last_day(self) -> date:
        """The last day inside the span (the day before ``end``)."""
        return self.end.first_day() - timedelta(days=1) if self.end else date.max

    def covers(self, on: PartialDate | None) -> bool:
        """True when some day of ``on`` lies in the span (always true for ``on=None``)."""
        if on is None:
            return True
        return on.first_day() <= self.last_day() and on.last_day() >= self.first_day()

    def overlap_days(self, on: PartialDate) -> int:
        """How many days of ``on`` the span covers: settles ties on year-precise dates."""
        first = max(on.first_day(), self.first_day())
        last = min(on.last_day(), self.last_day())
        return max((last - first).days + 1, 0)

    def distance_days(self, on: PartialDate) -> int:
        """Days between ``on`` and the span (0 when they overlap)."""
        if self.covers(on):
            return 0
        if on.last_day() < self.first_day():
            return (self.first_day() - on.last_day()).days
        return (on.first_day() - self.last_day()).days

    @property
    def is_open(self) -> bool:
        return self.end is None

    def describe(self) -> str:
        """``1992..1998-05-06``, ``since 2019-03-20``, ``until 1991-12-26`` or ``always``."""
        if self.start and self.end:
            return f"{self.start}..{self.end}"
        if self.start:
            return f"since {self.start}"
        return f"until {self.end}" if self.end else "always"


ALWAYS = Span()


@dataclass(frozen=True)
class Alias:
    """One name of an actor (or of its capital or seat), valid over ``span``."""

    name: str
    kind: str = "name"  # name, acronym, former, variant, misspelling, demonym, adjective, ...
    span: Span = ALWAYS
    ambiguous: bool = False
    note: str = ""  # where the alias comes from, for people: "capital Astana"


@dataclass(frozen=True)
class Capital:
    name: str
    lat: float | None = None
    lon: float | None = None
    span: Span = ALWAYS
    aliases: tuple[Alias, ...] = ()


@dataclass(frozen=True)
class PartOf:
    """Over ``span`` the state's territory belonged to ``holder`` ("Tashkent" in 1966 lay in
    the Soviet Union, not in an Uzbekistan that did not yet exist)."""

    holder: str
    span: Span = ALWAYS


@dataclass(frozen=True)
class Membership:
    """``member`` belongs to an IGO or group over ``span``; observers are not members."""

    member: str
    span: Span = ALWAYS
    status: str = "member"
    suspended: tuple[Span, ...] = ()

    def active(self, on: PartialDate | None) -> bool:
        return self.status == "member" and self.span.covers(on)


@dataclass(frozen=True)
class Office:
    """A post a person held for an actor: ``role`` is head_of_state, foreign_minister,
    defence_minister..."""

    actor: str
    role: str
    title: str = ""
    span: Span = ALWAYS


@dataclass(frozen=True)
class TimedName:
    """An official name over time, with the acronym used then (OIC 1969-2011...)."""

    name: str
    span: Span = ALWAYS
    acronym: str | None = None


@dataclass(frozen=True)
class Actor:
    """A canonical actor: state, igo, group, organisation or person."""

    id: str
    kind: str
    name: str
    official_name: str | None = None
    span: Span = ALWAYS
    names: tuple[TimedName, ...] = ()
    aliases: tuple[Alias, ...] = ()
    capitals: tuple[Capital, ...] = ()
    members: tuple[Membership, ...] = ()
    members_from: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    iso2: str | None = None
    parent: str | None = None
    successor_of: str | None = None
    part_of: tuple[PartOf, ...] = ()
    headquarters: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    # News names the organisation by its seat ("Brussels" for the EU).
    seat_stands_for_it: bool = False
    source: str = ""  # the data file the actor came from

    def name_on(self, on: PartialDate | None) -> str:
        """The official name valid on ``on`` (the canonical name when none is dated)."""
        if on is not None:
            for timed in self.names:
                if timed.span.covers(on):
                    return timed.name
        return self.name

    def office_on(self, on: PartialDate | None) -> Office | None:
        """The office covering ``on`` (the latest one when ``on`` is None)."""
        if not self.offices:
            return None
        if on is None:
            return max(self.offices, key=lambda office: office.span.last_day())
        covering = [office for office in self.offices if office.span.covers(on)]
        if covering:
            # Head of state outranks a concurrent lesser post.
            return min(covering, key=lambda office: ROLE_RANK.get(office.role, 9))
        return None

    def nearest_office(self, on: PartialDate) -> Office | None:
        if not self.offices:
            return None
        return min(self.offices, key=lambda office: office.span.distance_days(on))


ROLE_RANK = {"head_of_state": 0, "head_of_government": 1, "secretary_general": 2,
             "foreign_minister": 3, "defence_minister": 4, "other": 5}  # fmt: skip
