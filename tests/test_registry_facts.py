"""Data checks of the actor registry's facts: igos.yaml and people.yaml.

The files are read directly with pyyaml so that a broken fact is reported here, independently
of the loader: ids unique and well formed, dates valid and ordered, members and office actors
known, no alias naming two actors on the same date, and spot checks of facts that matter.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import pycountry
import pytest
import yaml

ACTORS = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "actors"
# ISO 3166-1 and -3 codes, plus Kosovo (XKX) and Northern Cyprus (CYN, Natural Earth's code).
STATE_IDS = frozenset(
    [c.alpha_3 for c in pycountry.countries]
    + [c.alpha_3 for c in pycountry.historic_countries]
    + ["XKX", "CYN"]
)
IGO_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
PERSON_ID = re.compile(r"^PER:[a-z0-9]+(-[a-z0-9]+)*$")
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "other",
}
ALIAS_KINDS = set(
    ["name", "acronym", "former", "variant", "misspelling", "demonym", "adjective", "seat"]
)
EARLIEST, LATEST = dt.date(1, 1, 1), dt.date(9999, 12, 31)

Entry = dict[str, Any]


def _load(name: str) -> dict[str, Any]:
    """Return the parsed YAML file `name` of the actors folder."""
    with (ACTORS / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


IGO_FILE = _load("igos.yaml")
PEOPLE_FILE = _load("people.yaml")
IGOS: list[Entry] = IGO_FILE["igos"]
PEOPLE: list[Entry] = PEOPLE_FILE["people"]
IGO_BY_ID = {igo["id"]: igo for igo in IGOS}
# Non-state organisations a person may lead ("opposition leader Juan Guaidó").
ORGANISATION_IDS = frozenset(org["id"] for org in _load("organisations.yaml")["organisations"])
PERSON_BY_ID = {person["id"]: person for person in PEOPLE}


def to_date(value: Any, default: dt.date = EARLIEST) -> dt.date:
    """Return the first day of an ISO date at any precision (1995, '2011-06', 2011-06-28).

    None gives `default`. Raises ValueError for anything that is not such a date.
    """
    if value is None:
        return default
    if isinstance(value, dt.date):
        return value
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if match is None:
        raise ValueError(f"not an ISO date: {value!r}")
    year, month, day = match.groups()
    return dt.date(int(year), int(month or 1), int(day or 1))


def span(item: Entry) -> tuple[dt.date, dt.date]:
    """Return the [from, until) range of a dated mapping, open ends as EARLIEST/LATEST."""
    return to_date(item.get("from")), to_date(item.get("until"), LATEST)


def covers(item: Entry, on: str) -> bool:
    """Tell whether a dated mapping is valid on the ISO date `on`."""
    start, end = span(item)
    return start <= to_date(on) < end


def members_on(igo_id: str, on: str, status: str = "member") -> set[str]:
    """Return the ids with `status` in the IGO `igo_id` on date `on`."""
    return {
        m["id"]
        for m in IGO_BY_ID[igo_id].get("members") or []
        if m.get("status", "member") == status and covers(m, on)
    }


def office_on(person_id: str, on: str, role: str) -> Entry | None:
    """Return the person's office of `role` covering date `on`, or None."""
    offices = PERSON_BY_ID[person_id]["offices"]
    return next((o for o in offices if o["role"] == role and covers(o, on)), None)


def overlaps(ranges: list[tuple[dt.date, dt.date]]) -> bool:
    """Tell whether any two half-open date ranges share a day."""
    ordered = sorted(ranges)
    return any(later[0] < earlier[1] for earlier, later in itertools.pairwise(ordered))


def dated_items(entry: Entry) -> list[Entry]:
    """Return every dated mapping of an entry: names, aliases, members, offices, suspensions."""
    items = [entry, *(entry.get("names") or []), *(entry.get("offices") or [])]
    items += [a for a in entry.get("aliases") or [] if isinstance(a, dict)]
    for member in entry.get("members") or []:
        items += [member, *(member.get("suspended") or [])]
    return items


def normalise(name: str) -> str:
    """Fold case, diacritics and punctuation the way a matcher would (keeping '+')."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9+]+", " ", plain).strip()


def names_of(entry: Entry) -> list[tuple[str, dt.date, dt.date]]:
    """Return (normalised name, from, until) for the canonical name, names, acronyms, aliases.

    Aliases marked ``ambiguous`` name two actors on purpose ("IDB") and are left out.
    """
    found = [(entry["name"], EARLIEST, LATEST)]
    for item in entry.get("names") or []:
        found += [(item[k], *span(item)) for k in ("name", "acronym") if item.get(k)]
    for alias in entry.get("aliases") or []:
        if isinstance(alias, dict) and alias.get("ambiguous"):
            continue
        found.append(
            (alias, EARLIEST, LATEST) if isinstance(alias, str) else (alias["name"], *span(alias))
        )
    return [(normalise(str(name)), start, end) for name, start, end in found]


# Well-formedness ---------------------------------------------------------------------------


@pytest.mark.parametrize("data", [IGO_FILE, PEOPLE_FILE], ids=["igos", "people"])
def test_every_file_names_its_source(data: dict[str, Any]) -> None:
    assert data.get("source"), "a top-level `source:` naming where the facts come from"


def test_ids_are_unique_and_well_formed() -> None:
    ids = [igo["id"] for igo in IGOS] + [person["id"] for person in PEOPLE]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    # An IGO id must never be read as a state code (NAM is Namibia, not the Non-Aligned Movement).
    assert [i for i in IGO_BY_ID if not IGO_ID.match(i) or i in STATE_IDS] == []
    assert [i for i in PERSON_BY_ID if not PERSON_ID.match(i)] == []


def test_at_least_sixty_igos_including_every_design_id() -> None:
    design_ids = set(
        [
            "UN",
            "OIC",
            "ISDB",
            "ISESCO",
            "EU",
            "SCO",
            "CSTO",
            "EAEU",
            "CIS",
            "CICA",
            "OSCE",
            "NATO",
            "OTS",
            "ECO",
            "GCC",
            "ARAB_LEAGUE",
            "AU",
            "ASEAN",
            "OPEC",
            "WTO",
            "IMF",
            "WORLD_BANK",
            "ADB",
            "EBRD",
            "AIIB",
            "BRICS",
        ]
    )
    assert len(IGOS) >= 60
    assert design_ids - set(IGO_BY_ID) == set()


def test_dates_parse_and_are_ordered() -> None:
    bad = []
    for entry in IGOS + PEOPLE:
        for item in dated_items(entry):
            start, end = span(item)
            if start >= end:
                bad.append((entry["id"], item))
    assert bad == []


def test_official_names_do_not_overlap_in_time() -> None:
    bad = [igo["id"] for igo in IGOS if overlaps([span(n) for n in igo["names"]])]
    assert bad == []


def test_member_ids_exist_and_their_ranges_do_not_overlap() -> None:
    unknown, overlapping = [], []
    for igo in IGOS:
        ranges: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        for member in igo.get("members") or []:
            if member["id"] not in STATE_IDS and member["id"] not in IGO_BY_ID:
                unknown.append((igo["id"], member["id"]))
            assert member.get("status", "member") in {"member", "observer", "suspended"}
            ranges[member["id"]].append(span(member))
        overlapping += [(igo["id"], m) for m, spans in ranges.items() if overlaps(spans)]
    assert unknown == []
    assert overlapping == []


def test_parents_headquarters_and_alias_kinds_are_valid() -> None:
    for igo in IGOS:
        assert igo.get("parent") in {None, *IGO_BY_ID}, igo["id"]
        hq = igo.get("headquarters")
        assert hq is None or hq["country"] in STATE_IDS, igo["id"]
    for entry in IGOS + PEOPLE:
        kinds = {a.get("kind", "name") for a in entry.get("aliases") or [] if isinstance(a, dict)}
        assert kinds <= ALIAS_KINDS, entry["id"]


KNOWN_KEYS = {
    "igo": {"id", "name", "names", "aliases", "founded", "dissolved", "headquarters", "parent",
            "members", "seat_stands_for_it"},
    "name": {"name", "acronym", "from", "until"},
    "alias": {"name", "from", "until", "kind", "ambiguous"},
    "member": {"id", "from", "until", "status", "suspended"},
    "person": {"id", "name", "aliases", "offices"},
    "office": {"actor", "role", "title", "from", "until"},
}  # fmt: skip


def unknown_keys(entry: Entry) -> list[tuple[str, set[str]]]:
    """Return (what, keys) for every mapping of `entry` holding keys outside KNOWN_KEYS.

    An unquoted comma inside a flow mapping ({name: A, B, from: ...}) shows up here as a key.
    """
    kind = "person" if entry["id"].startswith("PER:") else "igo"
    parts = [(kind, entry)]
    parts += [("name", item) for item in entry.get("names") or []]
    parts += [("alias", a) for a in entry.get("aliases") or [] if isinstance(a, dict)]
    parts += [("member", item) for item in entry.get("members") or []]
    parts += [("office", item) for item in entry.get("offices") or []]
    return [
        (what, set(item) - KNOWN_KEYS[what]) for what, item in parts if set(item) - KNOWN_KEYS[what]
    ]


def test_mappings_use_only_known_keys() -> None:
    assert [(entry["id"], bad) for entry in IGOS + PEOPLE for bad in unknown_keys(entry)] == []


def test_official_names_lie_within_the_organisations_life() -> None:
    bad = [
        (igo["id"], name["name"])
        for igo in IGOS
        for name in igo["names"]
        if span(name)[0] < to_date(igo.get("founded"))
        or span(name)[1] > to_date(igo.get("dissolved"), LATEST)
    ]
    assert bad == []


def test_every_office_has_a_known_actor_and_role() -> None:
    bad = [
        (person["id"], office)
        for person in PEOPLE
        for office in person["offices"]
        if office["role"] not in ROLES
        or office["actor"] not in STATE_IDS | IGO_BY_ID.keys() | ORGANISATION_IDS
    ]
    assert bad == []


def test_no_name_means_two_actors_on_one_date() -> None:
    by_name: dict[str, list[tuple[str, dt.date, dt.date]]] = defaultdict(list)
    for entry in IGOS + PEOPLE:
        for name, start, end in set(names_of(entry)):
            by_name[name].append((entry["id"], start, end))
    clashes = [
        (name, a[0], b[0])
        for name, owners in by_name.items()
        for i, a in enumerate(owners)
        for b in owners[i + 1 :]
        if a[0] != b[0] and a[1] < b[2] and b[1] < a[2]
    ]
    assert clashes == []


# Facts that matter -------------------------------------------------------------------------


def acronym_on(igo_id: str, on: str) -> str:
    """Return the name of the IGO's official name valid on `on`."""
    return next(n["name"] for n in IGO_BY_ID[igo_id]["names"] if covers(n, on))


@pytest.mark.parametrize(
    ("igo_id", "on", "name"),
    [
        ("OIC", "2011-06-27", "Organization of the Islamic Conference"),
        ("OIC", "2011-06-28", "Organisation of Islamic Cooperation"),
        ("ISESCO", "2019-06-01", "Islamic Educational, Scientific and Cultural Organization"),
        ("ISESCO", "2020-06-01", "Islamic World Educational, Scientific and Cultural Organization"),
        ("OTS", "2021-11-11", "Cooperation Council of Turkic Speaking States"),
        ("OTS", "2021-11-12", "Organization of Turkic States"),
        ("EU", "1992-01-01", "European Economic Community"),
        ("WTO", "1994-06-01", "General Agreement on Tariffs and Trade"),
        ("AU", "2001-01-01", "Organisation of African Unity"),
        ("OSCE", "1994-06-01", "Conference on Security and Co-operation in Europe"),
        ("SCO", "1999-01-01", "Shanghai Five"),
    ],
)
def test_names_over_time(igo_id: str, on: str, name: str) -> None:
    assert acronym_on(igo_id, on) == name


def test_icesco_acronym_since_2020() -> None:
    current = [n for n in IGO_BY_ID["ISESCO"]["names"] if covers(n, "2021-01-01")]
    assert [n["acronym"] for n in current] == ["ICESCO"]


@pytest.mark.parametrize(
    ("igo_id", "on", "count"),
    [
        ("UN", "2025-01-01", 193),
        ("OIC", "2025-01-01", 57),
        ("EU", "2025-01-01", 27),
        ("EU", "2019-01-01", 28),
        ("NATO", "2025-01-01", 32),
        ("ARAB_LEAGUE", "2025-01-01", 22),
        ("AU", "2025-01-01", 55),
        ("GCC", "2025-01-01", 6),
        ("ECO", "2025-01-01", 10),
        ("CICA", "2025-01-01", 28),
        ("SCO", "2025-01-01", 10),
        ("CIS", "2025-01-01", 9),
        ("OPEC", "2025-01-01", 12),
    ],
)
def test_member_counts(igo_id: str, on: str, count: int) -> None:
    assert len(members_on(igo_id, on)) == count


def test_membership_dates() -> None:
    assert "KAZ" not in members_on("OIC", "1994-12-31")
    assert "KAZ" in members_on("OIC", "1995-06-01")
    assert {"IND", "PAK"} <= members_on("SCO", "2017-06-09") - members_on("SCO", "2017-06-08")
    assert {"IRN", "BLR"} <= members_on("SCO", "2024-07-04")
    assert "IRN" in members_on("SCO", "2023-01-01", status="observer")
    assert "UZB" not in members_on("CSTO", "2013-06-01")
    assert {"AZE", "GEO"} & members_on("CSTO", "2000-01-01") == set()
    assert "GEO" not in members_on("CIS", "2009-08-18")
    assert {"AZE", "KAZ", "KGZ", "TUR"} == members_on("OTS", "2010-01-01")
    assert {"HUN", "TKM"} <= members_on("OTS", "2022-01-01", status="observer")
    assert {"MLI", "BFA", "NER"} <= members_on("ECOWAS", "2025-01-28")
    assert {"MLI", "BFA", "NER", "MRT"} & members_on("ECOWAS", "2025-01-29") == set()
    assert "GBR" in members_on("EU", "2020-01-31")
    assert "GBR" not in members_on("EU", "2020-02-01")
    assert "MAR" not in members_on("AU", "2000-01-01")
    assert "IDN" in members_on("BRICS", "2025-02-01")


def test_syria_suspended_from_the_arab_league_2011_to_2023() -> None:
    syria = next(m for m in IGO_BY_ID["ARAB_LEAGUE"]["members"] if m["id"] == "SYR")
    (suspension,) = syria["suspended"]
    assert span(suspension) == (dt.date(2011, 11, 16), dt.date(2023, 5, 7))


def test_subsidiary_bodies_name_their_parent() -> None:
    assert IGO_BY_ID["UNSC"]["parent"] == "UN"
    for body in ("ISDB", "ISESCO", "IOFS", "COMSTECH", "ISF"):
        assert IGO_BY_ID[body]["parent"] == "OIC", body


@pytest.mark.parametrize(
    ("person_id", "on", "role", "actor"),
    [
        ("PER:kassym-jomart-tokayev", "2019-03-20", "head_of_state", "KAZ"),
        ("PER:kassym-jomart-tokayev", "1996-01-01", "foreign_minister", "KAZ"),
        ("PER:nursultan-nazarbayev", "2019-03-19", "head_of_state", "KAZ"),
        ("PER:vladimir-putin", "2010-01-01", "head_of_government", "RUS"),
        ("PER:ekmeleddin-ihsanoglu", "2011-06-28", "secretary_general", "OIC"),
        ("PER:antonio-guterres", "2020-01-01", "secretary_general", "UN"),
        ("PER:kaja-kallas", "2025-01-01", "foreign_minister", "EU"),
        ("PER:baybars", "1265", "head_of_state", "EGY"),
        ("PER:donald-rumsfeld", "2004-03-06", "defence_minister", "USA"),
        ("PER:sergei-shoigu", "2022-10-10", "defence_minister", "RUS"),
        ("PER:yoav-gallant", "2023-10-12", "defence_minister", "ISR"),
        ("PER:ehud-barak", "2010-01-01", "defence_minister", "ISR"),
        ("PER:taro-kono", "2020-01-01", "defence_minister", "JPN"),
        ("PER:nancy-pelosi", "2022-08-02", "other", "USA"),
        ("PER:jake-sullivan", "2023-06-10", "other", "USA"),
        ("PER:geir-pedersen", "2020-01-01", "other", "UN"),
        ("PER:manfred-worner", "1990-01-01", "secretary_general", "NATO"),
        ("PER:rafael-grossi", "2023-03-04", "secretary_general", "IAEA"),
        ("PER:tedros-adhanom-ghebreyesus", "2021-03-04", "secretary_general", "WHO"),
        ("PER:david-levy", "1991-01-01", "foreign_minister", "ISR"),
        ("PER:goh-kun", "2003-06-01", "head_of_government", "KOR"),
        ("PER:sergio-mattarella", "2000-06-01", "defence_minister", "ITA"),
        ("PER:robert-hill", "2003-03-20", "defence_minister", "AUS"),
    ],
)
def test_office_holders(person_id: str, on: str, role: str, actor: str) -> None:
    office = office_on(person_id, on, role)
    assert office is not None and office["actor"] == actor


def test_nazarbayev_presidency_ends_when_tokayev_starts() -> None:
    assert office_on("PER:nursultan-nazarbayev", "2019-03-20", "head_of_state") is None


def owners_of(name: str, on: str) -> set[str]:
    """Return the ids of people for whom `name` is a name or alias valid on `on`."""
    day = to_date(on)
    return {
        person["id"]
        for person in PEOPLE
        for alias, start, end in names_of(person)
        if alias == normalise(name) and start <= day < end
    }


@pytest.mark.parametrize(
    ("name", "on", "person_id"),
    [
        ("Aliyev", "2000-01-01", "PER:heydar-aliyev"),
        ("Aliyev", "2010-01-01", "PER:ilham-aliyev"),
        ("Berdymukhamedov", "2015-01-01", "PER:gurbanguly-berdimuhamedow"),
        ("Berdimuhamedow", "2023-01-01", "PER:serdar-berdimuhamedow"),
        ("Bush", "1990-01-01", "PER:george-h-w-bush"),
        ("Bush", "2005-01-01", "PER:george-w-bush"),
        ("Clinton", "1995-01-01", "PER:bill-clinton"),
        ("Clinton", "2010-01-01", "PER:hillary-clinton"),
        ("Rakhmonov", "2000-01-01", "PER:emomali-rahmon"),
        ("Erdoğan", "2020-01-01", "PER:recep-tayyip-erdogan"),
        ("Mirziyoev", "2020-01-01", "PER:shavkat-mirziyoyev"),
        ("Beibars", "1265", "PER:baybars"),
    ],
)
def test_surnames_and_variants_name_one_person(name: str, on: str, person_id: str) -> None:
    assert owners_of(name, on) == {person_id}


def test_rakhmonov_is_a_former_name_only() -> None:
    assert owners_of("Rakhmonov", "2010-01-01") == set()


def test_defence_ministers_follow_one_another() -> None:
    """A state's defence ministers hold office one after another, never two on one day."""
    ranges: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for person in PEOPLE:
        for office in person["offices"]:
            if office["role"] == "defence_minister":
                ranges[office["actor"]].append(span(office))
    assert len(ranges["USA"]) >= 14
    assert [actor for actor, spans in ranges.items() if overlaps(spans)] == []
