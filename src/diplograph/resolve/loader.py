"""Reading the registry's YAML files into records, with errors that name file and field.

The formats are described in ``data/actors/README.md``. Each file is optional except
``states.yaml``; each must start with a ``source:`` naming where its facts come from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from diplograph.errors import DataError
from diplograph.records import PartialDate
from diplograph.resolve.actors import (
    ALWAYS,
    Actor,
    Alias,
    Capital,
    Membership,
    Office,
    PartOf,
    Span,
    TimedName,
)
from diplograph.resolve.places import Place
from diplograph.resolve.surnames import with_surnames

ACTOR_FILES = {"states.yaml": "states", "igos.yaml": "igos", "groups.yaml": "groups",
               "people.yaml": "people", "organisations.yaml": "organisations"}  # fmt: skip
KIND_OF_SECTION = {"states": "state", "igos": "igo", "groups": "group", "people": "person",
                   "organisations": "organisation"}  # fmt: skip
ALIAS_KINDS = frozenset({"name", "acronym", "former", "variant", "misspelling", "demonym",
                         "adjective", "seat", "capital", "person"})  # fmt: skip


@dataclass
class RegistryData:
    """Everything the registry knows, as plain records."""

    actors: dict[str, Actor] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)  # agent noun -> sector code
    places: list[Place] = field(default_factory=list)
    sources: dict[str, Any] = field(default_factory=dict)  # file name -> its source note
    group_nouns: tuple[str, ...] = ()


class _Reader:
    """Conversions that know which file and entry they are reading, for error messages."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.where = str(path)

    def fail(self, message: str) -> DataError:
        return DataError(message, where=self.where)

    def date(self, value: Any, what: str) -> PartialDate | None:
        if value is None:
            return None
        try:
            return PartialDate.parse(str(value))
        except ValueError as error:
            raise self.fail(f"{what}: {error}; write YYYY, YYYY-MM or YYYY-MM-DD") from None

    def span(self, entry: dict[str, Any], start: str = "from", end: str = "until") -> Span:
        span = Span(self.date(entry.get(start), start), self.date(entry.get(end), end))
        if span.start and span.end and span.end.first_day() <= span.start.first_day():
            raise self.fail(f"'{end}' {span.end} is not after '{start}' {span.start}")
        return span

    def alias(self, value: Any, kind: str = "name", note: str = "") -> Alias:
        if isinstance(value, str):
            return Alias(value, kind, ALWAYS, note=note)
        if not isinstance(value, dict) or not isinstance(value.get("name"), str):
            raise self.fail(f"alias {value!r} must be a string or a mapping with a 'name'")
        alias_kind = value.get("kind", kind)
        if alias_kind not in ALIAS_KINDS:
            raise self.fail(f"alias {value['name']!r}: unknown kind {alias_kind!r}")
        return Alias(value["name"], alias_kind, self.span(value),
                     bool(value.get("ambiguous", False)), note)  # fmt: skip

    def aliases(self, values: Iterable[Any] | None, kind: str = "name", note: str = "") -> list:
        return [self.alias(value, kind, note) for value in values or ()]


def load_directory(directory: Path | str) -> RegistryData:
    """Read every registry file in ``directory``; raises ``DataError`` on malformed data."""
    directory = Path(directory)
    if not (directory / "states.yaml").is_file():
        raise DataError("no states.yaml here; point to a registry data folder",
                        where=str(directory))  # fmt: skip
    data = RegistryData()
    for file_name, section in ACTOR_FILES.items():
        document = _read_yaml(directory / file_name, data)
        if document is not None:
            _load_actors(_Reader(directory / file_name), document, section, data)
    stoplist = _read_yaml(directory / "surnames.yaml", data) or {}
    data.actors = with_surnames(data.actors, frozenset(stoplist.get("not_surnames", ())))
    agents = _read_yaml(directory / "agents.yaml", data)
    if agents is not None:
        data.sectors = _load_sectors(agents)
    places = _read_yaml(directory / "places.yaml", data)
    if places is not None:
        data.places = _load_places(_Reader(directory / "places.yaml"), places)
    return data


def _read_yaml(path: Path, data: RegistryData) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, ValueError) as error:  # ValueError: impossible dates (month 13)
        raise DataError(f"not valid YAML ({error}); fix the value it names",
                        where=str(path)) from None  # fmt: skip
    if not isinstance(document, dict) or not document.get("source"):
        raise DataError("the file must be a mapping starting with a 'source:' key that names "
                        "where its facts come from", where=str(path))  # fmt: skip
    data.sources[path.name] = document["source"]
    return document


def _load_actors(reader: _Reader, document: dict, section: str, data: RegistryData) -> None:
    kind = KIND_OF_SECTION[section]
    if section == "groups":
        data.group_nouns = tuple(document.get("phrase_nouns", ()))
    for entry in document.get(section) or ():
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise reader.fail(f"every entry of '{section}' needs an 'id' and a 'name': {entry!r}")
        reader.where = f"{reader.path}: {entry['id']}"
        actor = _build_actor(reader, entry, kind, data.group_nouns)
        if actor.id in data.actors:
            raise reader.fail(f"duplicate id (also in {data.actors[actor.id].source})")
        data.actors[actor.id] = actor
    reader.where = str(reader.path)


def _build_actor(reader: _Reader, entry: dict, kind: str, nouns: tuple[str, ...]) -> Actor:
    names = tuple(_timed_names(reader, entry.get("names")))
    aliases = _actor_aliases(reader, entry, kind, names, nouns)
    span = reader.span(entry, *(("founded", "dissolved") if kind == "igo" else ("from", "until")))
    members_from = entry.get("members_from") or ()
    return Actor(
        id=str(entry["id"]), kind=kind, name=entry["name"],
        official_name=entry.get("official_name"), span=span, names=names,
        aliases=tuple(aliases), capitals=tuple(_capitals(reader, entry.get("capitals"))),
        members=tuple(_memberships(reader, entry.get("members"))),
        members_from=(members_from,) if isinstance(members_from, str) else tuple(members_from),
        offices=tuple(_offices(reader, entry.get("offices"))), iso2=entry.get("iso2"),
        parent=entry.get("parent") or entry.get("acts_for"),
        successor_of=entry.get("successor_of"),
        part_of=tuple(_part_of(reader, entry.get("part_of"))),
        headquarters=entry.get("headquarters") or {},
        seat_stands_for_it=bool(entry.get("seat_stands_for_it", False)), source=reader.path.name,
    )  # fmt: skip


def _actor_aliases(reader: _Reader, entry: dict, kind: str, names: tuple[TimedName, ...],
                   nouns: tuple[str, ...]) -> list[Alias]:  # fmt: skip
    aliases = [Alias(entry["name"], "name")]
    if entry.get("official_name"):
        aliases.append(Alias(entry["official_name"], "name"))
    if entry.get("acronym"):
        aliases.append(Alias(entry["acronym"], "acronym"))
    for timed in names:
        aliases.append(Alias(timed.name, "former" if timed.span.end else "name", timed.span))
        if timed.acronym:
            aliases.append(Alias(timed.acronym, "acronym", timed.span))
    aliases += reader.aliases(entry.get("aliases"), "person" if kind == "person" else "variant")
    aliases += reader.aliases(entry.get("demonyms"), "demonym")
    if kind != "group":  # a group's adjectives only build phrases; lone ones are aliases
        aliases += reader.aliases(entry.get("adjectives"), "adjective")
    aliases += reader.aliases(entry.get("seats"), "seat", note="seat of government")
    if kind == "group":
        aliases += _group_phrases(entry.get("adjectives") or (), nouns)
    return aliases


def _group_phrases(adjectives: Iterable[Any], nouns: Iterable[str]) -> list[Alias]:
    """ "Muslim countries", "Arab ones"...: each group adjective with each phrase noun."""
    words = [value if isinstance(value, str) else value["name"] for value in adjectives]
    return [Alias(f"{word} {noun}", "variant") for word in words for noun in nouns]


def _timed_names(reader: _Reader, values: Any) -> Iterable[TimedName]:
    for value in values or ():
        if not isinstance(value, dict) or "name" not in value:
            raise reader.fail(f"'names' entries need a 'name': {value!r}")
        yield TimedName(value["name"], reader.span(value), value.get("acronym"))


def _capitals(reader: _Reader, values: Any) -> Iterable[Capital]:
    for value in values or ():
        note = f"capital {value['name']}"
        yield Capital(value["name"], value.get("lat"), value.get("lon"), reader.span(value),
                      tuple(reader.aliases(value.get("aliases"), "former", note)))  # fmt: skip


def _memberships(reader: _Reader, values: Any) -> Iterable[Membership]:
    for value in values or ():
        if isinstance(value, str):
            yield Membership(value)
            continue
        suspended = tuple(reader.span(item) for item in value.get("suspended") or ())
        yield Membership(str(value["id"]), reader.span(value), value.get("status", "member"),
                         suspended)  # fmt: skip


def _part_of(reader: _Reader, values: Any) -> Iterable[PartOf]:
    for value in values or ():
        if not isinstance(value, dict) or "id" not in value:
            raise reader.fail(f"'part_of' entries need the holding state's 'id': {value!r}")
        yield PartOf(str(value["id"]), reader.span(value))


def _offices(reader: _Reader, values: Any) -> Iterable[Office]:
    for value in values or ():
        if not isinstance(value, dict) or "actor" not in value:
            raise reader.fail(f"'offices' entries need an 'actor': {value!r}")
        yield Office(str(value["actor"]), value.get("role", "other"), value.get("title", ""),
                     reader.span(value))  # fmt: skip


def _load_sectors(document: dict) -> dict[str, str]:
    from diplograph.resolve.matching import normalise

    return {normalise(noun): code
            for code, nouns in (document.get("sectors") or {}).items()
            for noun in nouns}  # fmt: skip


def _load_places(reader: _Reader, document: dict) -> list[Place]:
    places = []
    for value in document.get("places") or ():
        aliases = tuple(a if isinstance(a, str) else a["name"] for a in value.get("aliases", ()))
        places.append(Place(value["name"], value.get("country"), value.get("lat"),
                            value.get("lon"), value.get("kind", "landmark"), aliases))  # fmt: skip
    return places
