"""The actor registry: who is who, on every date.

``Registry`` loads the packaged YAML data (states, IGOs, groups, people, places, agent
sectors) once and answers: which actor a name means on a date and why
(``resolve``), which actors a text mentions (``find_mentions``), who a person acts for,
who belongs to an organisation, and where a place is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeAlias

from rapidfuzz import fuzz, process

from diplograph.errors import NotFoundError, UsageError
from diplograph.records import Mention, PartialDate
from diplograph.resolve import choice
from diplograph.resolve.actors import ALWAYS, Actor, Span
from diplograph.resolve.loader import RegistryData, load_directory
from diplograph.resolve.matching import AliasEntry, AliasIndex, FuzzyMatcher, normalise
from diplograph.resolve.places import Gazetteer, Place
from diplograph.resolve.scanner import MentionScanner

__all__ = ["Place", "Registry", "Resolution"]

DateLike: TypeAlias = PartialDate | date | str | None
_CACHE_SIZE = 50_000


@dataclass(frozen=True)
class Resolution:
    """What one mention resolved to, on a date, and why."""

    id: str
    kind: str
    name: str
    acts_for: str | None
    matched: str
    alias_kind: str
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "name": self.name, "acts_for": self.acts_for,
                "matched": self.matched, "why": self.why,
                "alias_kind": self.alias_kind}  # fmt: skip


def as_date(on: DateLike) -> PartialDate | None:
    """Accept a PartialDate, a date or an ISO string; raises ``UsageError`` otherwise."""
    try:
        return PartialDate.parse(on)
    except ValueError as error:
        raise UsageError(str(error), where="date") from None


class Registry:
    """Actors, their names over time, memberships, offices and places."""

    def __init__(self, data: RegistryData) -> None:
        self._data = data
        self._actors = data.actors
        self._index = AliasIndex(entry for actor in self._actors.values()
                                 for entry in _entries_of(actor))  # fmt: skip
        self._gazetteer = _gazetteer(data)
        for place in data.places:
            if place.country:
                for name in (place.name, *place.aliases):
                    self._index.add(AliasEntry(place.country, name, place.kind, ALWAYS,
                                               note="place", place=place))  # fmt: skip
        self._provisional: dict[str, Actor] = {}
        self._fuzzy: FuzzyMatcher | None = None
        self._cache: dict[tuple[str, PartialDate | None], Resolution | None] = {}
        self._scanner = MentionScanner(self)

    # -- construction -------------------------------------------------------------------
    @classmethod
    def default(cls) -> Registry:
        """The registry of the packaged data, loaded once per process."""
        return _default_registry()

    @classmethod
    def from_directory(cls, path: Path | str) -> Registry:
        """A registry from a folder of registry YAML files; raises ``DataError``."""
        return cls(load_directory(path))

    def with_document_aliases(self, aliases: Any) -> Any:
        """A view of this registry that also knows names learned from one document."""
        from diplograph.resolve.document import DocumentRegistry

        return DocumentRegistry(self, aliases)

    # -- actors --------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (registered, or named by a text: ``provisional``); raises
        ``NotFoundError``."""
        try:
            return self._actors[actor_id]
        except KeyError:
            pass
        try:
            return self._provisional[actor_id]
        except KeyError:
            raise NotFoundError(
                f"no actor with id {actor_id!r}; try `diplograph actors "
                f"{actor_id}` to search names",
                where="registry",
            ) from None

    def actors(self) -> Iterator[Actor]:
        """The registered actors (not the provisional ones texts named)."""
        return iter(self._actors.values())

    def provisional(self, actor_id: str, name: str) -> Actor:
        """An organisation a text names that the registry does not hold ("Global Fishing
        Watch" as ``ORG:global-fishing-watch``), kept beside the registered actors so that
        events can name it. The first name a text gave it stays its name."""
        known = self._actors.get(actor_id) or self._provisional.get(actor_id)
        if known is not None:
            return known
        actor = Actor(id=actor_id, kind="organisation", name=name, source="text")
        self._provisional[actor_id] = actor
        return actor

    @cached_property
    def seat_names(self) -> dict[str, str]:
        """Seats that stand for their organisation in news, by city name ("Brussels": "EU")."""
        return {
            actor.headquarters["city"]: actor.id
            for actor in self.actors()
            if actor.seat_stands_for_it and actor.headquarters.get("city")
        }

    def name_of(self, actor_id: str, on: DateLike = None) -> str:
        """Canonical name, or the official name valid on ``on`` (OIC 2005: "...Conference")."""
        return self.actor(actor_id).name_on(as_date(on))

    def name_words(self, actor_id: str) -> set[str]:
        """The lower-case words of every name and alias the registry knows for an actor."""
        try:
            actor = self.actor(actor_id)
        except NotFoundError:
            return set()
        names = [actor.name, actor.official_name or "", *(a.name for a in actor.aliases)]
        names += [timed.name for timed in actor.names]
        return {word for name in names for word in re.findall(r"[^\W\d_]+", name.lower())}

    def is_person_name_word(self, word: str) -> bool:
        """Whether a word is part of the name of a person the registry knows ("barrow" of Adama
        Barrow), so that a parser's PERSON reading of it may stand."""
        return word.lower() in self._person_words

    @cached_property
    def _person_words(self) -> frozenset[str]:
        return frozenset(
            name_word
            for actor in self.actors()
            if actor.kind == "person"
            for name_word in self.name_words(actor.id)
        )

    def is_title(self, word: str) -> bool:
        """Whether a word is a title or role noun ("chancellor", "prosecutor")."""
        return self.sector_of(word) is not None

    def kind_of(self, actor_id: str) -> str:
        """The actor's kind; an ``ORG:`` id the registry does not hold (a crowd or junta the
        extractor named after its country) is an organisation by the id scheme."""
        if actor_id.startswith("ORG:") and actor_id not in self._actors:
            return "organisation"
        return self.actor(actor_id).kind

    @property
    def sources(self) -> dict[str, Any]:
        """Data file name -> its ``source:`` note."""
        return dict(self._data.sources)

    @property
    def alias_index(self) -> AliasIndex:
        return self._index

    # -- resolution ----------------------------------------------------------------------
    def resolve(self, name: str, on: DateLike = None) -> Resolution | None:
        """The actor ``name`` means on ``on`` (exact, then place, then fuzzy), or None."""
        when = as_date(on)
        key = (name, when)
        if key not in self._cache:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = self._resolve(name, when)
        return self._cache[key]

    def _resolve(self, name: str, on: PartialDate | None) -> Resolution | None:
        key = normalise(name)
        if not key:
            return None
        entries = self._index.exact(key)
        if entries:
            entry, valid = choice.pick(entries, self._actors, on, name)
            return self.resolution(entry, valid, on)
        place = self._gazetteer.lookup(name)
        if place is not None and place.country:
            return self._place_resolution(place, name)
        return self._resolve_fuzzy(name, key, on)

    def _resolve_fuzzy(self, name: str, key: str, on: PartialDate | None) -> Resolution | None:
        if not name.strip()[:1].isupper():
            return None
        if self._fuzzy is None:
            self._fuzzy = FuzzyMatcher(self._index.keys())
        found = self._fuzzy.best(key)
        if found is None:
            return None
        entry, valid = choice.pick(self._index.exact(found[0]), self._actors, on)
        base = self.resolution(entry, valid, on)
        why = f"fuzzy match {name!r} ~ {entry.text!r} ({found[1] / 100:.2f}); {base.why}"
        return Resolution(base.id, base.kind, base.name, base.acts_for, entry.text,
                          "misspelling", why)  # fmt: skip

    def resolution(self, entry: AliasEntry, valid: bool, on: PartialDate | None) -> Resolution:
        """The Resolution for a chosen alias entry (used by the scanner too)."""
        if entry.place is not None:
            return self._place_resolution(entry.place, entry.text)  # type: ignore[arg-type]
        actor = self._actors[entry.actor_id]
        why = _describe(entry, actor)
        if not valid and on is not None:
            why += f"; not valid on {on}, nearest match"
        acts_for, note = self._acts_for(actor, on)
        return Resolution(actor.id, actor.kind, actor.name_on(on), acts_for, entry.text,
                          entry.kind, why + note)  # fmt: skip

    def _place_resolution(self, place: Place, matched: str) -> Resolution:
        where = f" at {place.lat}, {place.lon}" if place.lat is not None else ""
        why = f"place '{place.name}' ({place.kind}) in {place.country}{where}"
        return Resolution(place.country or "", "place", place.name, place.country, matched,
                          place.kind, why)  # fmt: skip

    def find_mentions(self, text: str, on: DateLike = None, aliases: Any = None) -> list[Mention]:
        """Actor and place mentions in ``text``, longest match first, with char offsets.

        ``aliases`` (a ``DocumentAliases``) adds names learned from this document and
        receives acronyms and renamings the text defines.
        """
        return self._scanner.scan(text, as_date(on), aliases)

    # -- relations -----------------------------------------------------------------------
    def acts_for(self, actor_id: str, on: DateLike = None) -> str | None:
        """The state/IGO/group a person or agency acts for on ``on``; None for top-level actors."""
        return self._acts_for(self.actor(actor_id), as_date(on))[0]

    def _acts_for(self, actor: Actor, on: PartialDate | None) -> tuple[str | None, str]:
        if actor.kind == "organisation":
            return actor.parent, f"; acts for {actor.parent}" if actor.parent else ""
        if actor.kind != "person":
            return None, ""
        office = actor.office_on(on)
        if office is not None:
            return office.actor, f"; {office.title or office.role} ({office.span.describe()})"
        nearest = actor.nearest_office(on) if on is not None else None
        if nearest is None:
            return None, "; holds no recorded office"
        return nearest.actor, (f"; in no recorded office on {on}, nearest: "
                               f"{nearest.title or nearest.role} "
                               f"({nearest.span.describe()})")  # fmt: skip

    def holder_on(self, state_id: str, on: DateLike = None) -> str | None:
        """The state whose territory ``state_id``'s was on ``on``, when ``state_id`` did not yet
        exist then: the Soviet Union for Uzbekistan in 1966, Yugoslavia for Serbia in 1995.
        None when the state existed on ``on`` or no holder is recorded."""
        day = as_date(on)
        actor = self._actors.get(state_id)
        if day is None or actor is None or not _long_before(day, actor.span):
            return None
        holder = next((p.holder for p in actor.part_of if p.span.covers(day)), None)
        if holder is None:
            return None
        return self.holder_on(holder, day) or holder  # Kosovo in 2000: Serbia's, then Yugoslavia's

    def members(self, actor_id: str, on: DateLike = None) -> list[str]:
        """Members of an IGO or group on ``on`` (all members ever when ``on`` is None)."""
        return sorted(self._members(actor_id, as_date(on), frozenset()))

    def _members(self, actor_id: str, on: PartialDate | None, seen: frozenset) -> set[str]:
        actor = self.actor(actor_id)
        found = {m.member for m in actor.members if m.active(on)}
        for source in actor.members_from:
            if source in self._actors and source not in seen:
                found |= self._members(source, on, seen | {actor_id})
        return found

    def is_member(self, member_id: str, org_id: str, on: DateLike = None) -> bool:
        return member_id in self._members(org_id, as_date(on), frozenset())

    # -- lookup helpers ------------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[Actor]:
        """Actors whose id, names or aliases contain ``query``, then close fuzzy matches."""
        key = normalise(query)
        found: dict[str, Actor] = {}
        if query.strip() in self._actors:
            found[query.strip()] = self._actors[query.strip()]
        for alias_key, entries in self._index.items():
            if key and key in alias_key:
                found.update((e.actor_id, self._actors[e.actor_id]) for e in entries
                             if e.place is None and e.actor_id in self._actors)  # fmt: skip
        if len(found) < limit and key:
            for alias_key, _, _ in process.extract(key, self._index.keys(), scorer=fuzz.WRatio,
                                                   limit=limit, score_cutoff=85):  # fmt: skip
                found.update((e.actor_id, self._actors[e.actor_id])
                             for e in self._index.exact(alias_key) if e.place is None)  # fmt: skip
        return list(found.values())[:limit]

    def place(self, name: str, near: Iterable[str] = ()) -> Place | None:
        """City, region, landmark or country -> country and coordinates; ``near`` settles ties."""
        return self._gazetteer.lookup(name, near)

    def place_countries(self, name: str) -> frozenset[str | None]:
        """The countries places called ``name`` lie in ("Poti": Georgia and Brazil)."""
        return self._gazetteer.countries(name)

    def sector_of(self, noun: str) -> str | None:
        """PLOVER/CAMEO sector (GOV, MIL, BUS...) of an agent noun ("foreign minister")."""
        key = normalise(noun)
        sectors = self._data.sectors
        singular = key[:-3] + "y" if key.endswith("ies") else key
        for candidate in (key, singular, key.removesuffix("s"), key.removesuffix("es")):
            if candidate in sectors:
                return sectors[candidate]
        words = key.split(" ")
        if len(words) > 1:
            return self.sector_of(words[-1]) or self.sector_of(words[0])
        return None


# News shortens a company's last word: "China National Petroleum Corp", "Sinopec Corp.".
ABBREVIATED_ENDINGS = {" Corporation": (" Corp", " Corp."), " Company": (" Co", " Co.")}


def _entries_of(actor: Actor) -> Iterator[AliasEntry]:
    """Every alias entry of an actor, capitals and their former names included, and a
    company's names with "Corp" or "Co" for "Corporation" or "Company"."""
    for alias in actor.aliases:
        yield AliasEntry(actor.id, alias.name, alias.kind, alias.span, alias.ambiguous, alias.note)
        for ending, shorter in ABBREVIATED_ENDINGS.items():
            if alias.name.endswith(ending):
                for short in shorter:
                    yield AliasEntry(actor.id, alias.name[: -len(ending)] + short, alias.kind,
                                     alias.span, alias.ambiguous, alias.note)  # fmt: skip
    for capital in actor.capitals:
        yield AliasEntry(actor.id, capital.name, "capital", capital.span,
                         note=f"capital {capital.name}")  # fmt: skip
        for alias in capital.aliases:
            yield AliasEntry(actor.id, alias.name, "capital",
                             choice.intersect(alias.span, capital.span), alias.ambiguous,
                             f"{alias.kind} name of capital {capital.name}")  # fmt: skip


def _describe(entry: AliasEntry, actor: Actor) -> str:
    note = f" ({entry.note})" if entry.note else ""
    return (f"{entry.kind} '{entry.text}' of {actor.id}{note}, "
            f"valid {entry.span.describe()}")  # fmt: skip


def _gazetteer(data: RegistryData) -> Gazetteer:
    gazetteer = Gazetteer(data.places)
    for actor in data.actors.values():
        if actor.kind != "state":
            continue
        current = next((c for c in actor.capitals if c.span.is_open), None)
        lat, lon = (current.lat, current.lon) if current else (None, None)
        gazetteer.add_country(Place(actor.name, actor.id, lat, lon, "country"))
        for capital in actor.capitals:
            aliases = tuple(alias.name for alias in capital.aliases)
            gazetteer.add_capital(Place(capital.name, actor.id, capital.lat, capital.lon,
                                        "city", aliases))  # fmt: skip
    return gazetteer


def data_directory() -> Path:
    """The packaged registry data folder."""
    return Path(str(resources.files("diplograph") / "data" / "actors"))


@cache
def _default_registry() -> Registry:
    return Registry.from_directory(data_directory())


def _long_before(day: PartialDate, span: Span) -> bool:
    """``day`` ends a year or more before ``span`` starts: a state's last year under its holder
    is often already told as its own ("in Riga in January 1991"), and a decade ("the 1990s")
    is dated by its first year."""
    return span.start is not None and (span.first_day() - day.last_day()).days > 365
