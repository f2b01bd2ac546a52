"""The registry mechanism on a tiny fixture registry (tests/fixtures/registry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.errors import DataError, NotFoundError, UsageError
from diplograph.resolve.document import DocumentAliases
from diplograph.resolve.matching import normalise
from diplograph.resolve.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures" / "registry"


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.from_directory(FIXTURES)


@pytest.mark.parametrize(
    ("name", "key"),
    [("Nur-Sultan", "nur sultan"), ("the Kremlin", "kremlin"), ("Côte d’Ivoire", "cote d ivoire"),
     ("Russia's", "russia"), ("TÜRKIYE", "turkiye"), ("U.S.", "u s"), ("OPEC+", "opec+")],
)  # fmt: skip
def test_normalise(name: str, key: str) -> None:
    assert normalise(name) == key


@pytest.mark.parametrize(
    ("name", "on", "expected", "alias_kind"),
    [("Kazakhstan", None, "KAZ", "name"), ("the Republic of Kazakhstan", "2011", "KAZ", "name"),
     ("Qazaqstan", None, "KAZ", "variant"), ("Kazakh", None, "KAZ", "adjective"),
     ("Akmola", "1998-01", "KAZ", "capital"), ("Nur-Sultan", "2020", "KAZ", "capital"),
     ("Akorda", None, "KAZ", "seat"), ("the Kremlin", "2010", "RUS", "seat"),
     ("Kremlin", "1980", "SUN", "seat"), ("Moscow", "1985", "SUN", "capital"),
     ("Moscow", "2000", "RUS", "capital"), ("Moscow", None, "RUS", "capital"),
     ("Moscow", "1991", "SUN", "capital"), ("OIC", "2005", "OIC", "acronym"),
     ("Muslim countries", None, "GRP:MUSLIM_WORLD", "variant")],
)  # fmt: skip
def test_resolve(registry: Registry, name: str, on: str | None, expected: str,
                 alias_kind: str) -> None:  # fmt: skip
    found = registry.resolve(name, on)
    assert found is not None
    assert (found.id, found.alias_kind) == (expected, alias_kind)


def test_resolution_says_why_and_serialises(registry: Registry) -> None:
    found = registry.resolve("Akmola", "1998-01")
    assert found is not None
    assert "Akmola" in found.why and "1998-05-06" in found.why
    assert found.to_dict()["id"] == "KAZ"
    assert set(found.to_dict()) >= {"id", "kind", "name", "acts_for", "matched", "why"}


def test_out_of_date_alias_still_resolves_with_a_note(registry: Registry) -> None:
    found = registry.resolve("Nur-Sultan", "2024")
    assert found is not None and found.id == "KAZ"
    assert "not valid on 2024" in found.why


def test_name_of_follows_renames(registry: Registry) -> None:
    assert registry.name_of("OIC", "2005") == "Organization of the Islamic Conference"
    assert registry.name_of("OIC", "2015") == "Organisation of Islamic Cooperation"
    assert registry.resolve("OIC", "2005").name == "Organization of the Islamic Conference"


def test_people_act_for_their_office_on_the_date(registry: Registry) -> None:
    assert registry.resolve("Tokayev", "2020").acts_for == "KAZ"
    assert registry.acts_for("PER:kassym-jomart-tokayev", "1996") == "KAZ"
    assert registry.acts_for("PER:kassym-jomart-tokayev", "2012") == "UN"
    outside = registry.resolve("Tokayev", "2016")
    assert outside.kind == "person" and "in no recorded office" in outside.why
    assert registry.acts_for("KAZ") is None


def test_same_surname_settled_by_date(registry: Registry) -> None:
    assert registry.resolve("Bush", "1990").id == "PER:george-h-w-bush"
    assert registry.resolve("Bush", "2005").id == "PER:george-w-bush"


def test_a_bare_surname_names_no_one_decades_from_their_tenure(registry: Registry) -> None:
    # "President Johnson" in 1968 is Lyndon Johnson, not Boris Johnson (in office 2019-2022).
    assert [m.actor_id for m in registry.find_mentions("Johnson spoke.", on="1968")] == []
    found = [m.actor_id for m in registry.find_mentions("Johnson spoke.", on="2021")]
    assert found == ["PER:boris-johnson"]


def test_ambiguous_alias_is_resolved_but_flagged(registry: Registry) -> None:
    assert registry.resolve("Dominican").id in {"DOM", "DMA"}


def test_members_on_a_date(registry: Registry) -> None:
    assert registry.members("OIC", "1994") == ["EGY", "SYR"]
    assert registry.members("GRP:MUSLIM_WORLD", "2000") == ["EGY", "KAZ", "SYR"]
    assert registry.is_member("KAZ", "OIC", "1996")
    assert not registry.is_member("KAZ", "OIC", "1994")
    assert not registry.is_member("RUS", "OIC", "2010")  # observer


def test_fuzzy_match_is_strict(registry: Registry) -> None:
    found = registry.resolve("Kazakhstann")
    assert found is not None and found.id == "KAZ" and found.alias_kind == "misspelling"
    assert registry.resolve("Kazan Cathedral of Somewhere") is None
    assert registry.resolve("kazakhstann") is None  # lower case: not a name


def test_places_and_context(registry: Registry) -> None:
    assert registry.place("Damascus").country == "SYR"
    assert registry.place("Georgia").country == "GEO"
    assert registry.place("Georgia", near=["USA"]).country == "USA"
    assert registry.resolve("Beibars").kind == "place"
    assert registry.place("Nowhere-on-earth-xyz") is None


def test_sector_of(registry: Registry) -> None:
    assert registry.sector_of("president") == "GOV"
    assert registry.sector_of("troops") == "MIL"
    assert registry.sector_of("foreign minister") == "GOV"
    assert registry.sector_of("Companies") == "BUS"
    assert registry.sector_of("banana") is None


def test_search_and_errors(registry: Registry) -> None:
    assert [actor.id for actor in registry.search("kazakh")][:1] == ["KAZ"]
    with pytest.raises(NotFoundError):
        registry.actor("XXX")
    with pytest.raises(UsageError):
        registry.resolve("Kazakhstan", on="last year")


def test_find_mentions_offsets_case_and_possessives(registry: Registry) -> None:
    text = "Russia's envoy met US officials; let us see. The Kremlin and Kazakhstan agreed."
    mentions = registry.find_mentions(text, on="2010")
    assert [(m.text, m.actor_id) for m in mentions] == [
        ("Russia", "RUS"),
        ("US", "USA"),
        ("Kremlin", "RUS"),
        ("Kazakhstan", "KAZ"),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_find_mentions_learns_defined_acronyms(registry: Registry) -> None:
    text = (
        "Kazakhstan joined the Collective Security Treaty Organization (CSTO-X) "
        "and the Organization of the Islamic Conference - OIC in 1995. The OIC grew."
    )
    learned = DocumentAliases()
    mentions = registry.find_mentions(text, on="2005", aliases=learned)
    assert [m.actor_id for m in mentions] == ["KAZ", "CSTO", "OIC", "OIC"]
    assert learned.get("OIC").actor_id == "OIC"


def test_find_mentions_learns_renamings_per_document(registry: Registry) -> None:
    text = "It joined the Organization of the Islamic Conference, which is now the Ummah Forum."
    learned = DocumentAliases()
    mentions = registry.find_mentions(text, on="2011", aliases=learned)
    assert mentions[-1].text == "Ummah Forum" and mentions[-1].actor_id == "OIC"
    view = registry.with_document_aliases(learned)
    assert view.resolve("Ummah Forum").id == "OIC"
    assert registry.resolve("Ummah Forum") is None  # never leaks into the registry


def test_find_mentions_group_phrases_and_ellipsis(registry: Registry) -> None:
    text = "Muslim and Western states met; Muslim countries, in particular Western ones, paid."
    found = [(m.text, m.actor_id, m.alias_kind) for m in registry.find_mentions(text)]
    assert found == [("Muslim", "GRP:MUSLIM_WORLD", "variant"),
                     ("Western states", "GRP:WEST", "variant"),
                     ("Muslim countries", "GRP:MUSLIM_WORLD", "variant"),
                     ("Western ones", "GRP:WEST", "variant")]  # fmt: skip


def test_no_match_across_sentences(registry: Registry) -> None:
    assert [m.text for m in registry.find_mentions("It was Alma. Ata is not here.")] == []


def test_bad_data_is_reported_with_file(tmp_path: Path) -> None:
    (tmp_path / "states.yaml").write_text("states:\n  - {id: KAZ, name: Kazakhstan}\n")
    with pytest.raises(DataError, match="source"):
        Registry.from_directory(tmp_path)
    (tmp_path / "states.yaml").write_text(
        "source: x\nstates:\n  - {id: KAZ, name: Kazakhstan, from: '1991-13-01'}\n"
    )
    with pytest.raises(DataError, match="KAZ"):
        Registry.from_directory(tmp_path)


def test_a_companys_name_is_found_with_corp_or_co() -> None:
    registry = Registry.default()
    for text in ("China National Petroleum Corp signed.", "China National Petroleum Corp. signed."):
        assert [m.actor_id for m in registry.find_mentions(text)] == ["ORG:cnpc"]


def test_a_tenure_spans_offices_dated_to_different_precisions() -> None:
    from diplograph.records import PartialDate
    from diplograph.resolve.actors import Actor, Office, Span
    from diplograph.resolve.surnames import with_surnames

    offices = (
        Office(
            "EGY",
            "head_of_government",
            None,
            Span(PartialDate.parse("1978-10"), PartialDate.parse("1980-05")),
        ),
        Office(
            "EGY",
            "foreign_minister",
            None,
            Span(PartialDate.parse("1979-01"), PartialDate.parse("1980-05-15")),
        ),
    )
    person = Actor("PER:test-person", "person", "Test Khalilov", offices=offices)
    found = with_surnames({person.id: person})[person.id]
    assert [alias.name for alias in found.aliases] == ["Khalilov"]
