"""Surname aliases derived for office holders (diplograph.resolve.surnames)."""

from __future__ import annotations

import pytest

from diplograph.records import PartialDate
from diplograph.resolve.actors import Actor, Alias, Office, Span
from diplograph.resolve.registry import Registry
from diplograph.resolve.surnames import surname_of, with_surnames


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Islam Karimov", "Karimov"), ("George W. Bush", "Bush"), ("Xi Jinping", "Jinping"),
     ("Mohammed bin Salman", "Salman"), ("Ali", None), ("Kim Il", None)],
)  # fmt: skip
def test_surname_of(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname


def _person(actor_id: str, name: str, start: int, end: int, *aliases: str) -> Actor:
    office = Office("UZB", "head_of_state", span=Span(PartialDate(start), PartialDate(end)))
    return Actor(id=actor_id, kind="person", name=name, offices=(office,),
                 aliases=tuple(Alias(alias, "person") for alias in aliases))  # fmt: skip


def test_derived_during_tenure_and_ambiguous_when_shared() -> None:
    actors = {
        "PER:a": _person("PER:a", "Anvar Tashmatov", 1995, 2000),
        "PER:b": _person("PER:b", "Bakhtiyor Tashmatov", 2005, 2010),
        "PER:c": _person("PER:c", "Dilshod Rakhimov", 2001, 2003, "Rakhimov"),
    }
    derived = {actor.id: actor.aliases for actor in with_surnames(actors).values()}
    surname = [alias for alias in derived["PER:a"] if alias.kind == "surname"]
    assert [alias.name for alias in surname] == ["Tashmatov"]
    assert surname[0].ambiguous and surname[0].span.start == PartialDate(1995)
    assert [alias.kind for alias in derived["PER:c"]] == ["person"]  # explicit alias kept


def test_packaged_registry_resolves_surnames_by_date() -> None:
    registry = Registry.default()
    found = registry.resolve("Karimov", on="2010")
    assert found is not None and found.id == "PER:islam-karimov" and found.acts_for == "UZB"
    assert "surname" in found.why


def test_a_surname_opening_a_longer_name_is_no_mention() -> None:
    """ "Moussa Faki Mahamat" is not Amr Moussa: a derived surname names its holder only where
    the name ends, except in a headline whose every word is capitalised."""
    registry = Registry.default()

    def people(text: str) -> list[str]:
        return [m.actor_id for m in registry.find_mentions(text, "2020") if m.kind == "person"]

    # he is in the registry himself (AU Commission chairperson): the name is his, not Moussa's
    assert people("Its chairman, Moussa Faki Mahamat, spoke.") == ["PER:moussa-faki-mahamat"]
    assert people("Egypt's envoy, Amr Moussa, spoke.") == ["PER:amr-moussa"]
    assert people("Tokayev Meets Putin In Moscow") == [
        "PER:kassym-jomart-tokayev",
        "PER:vladimir-putin",
    ]


def test_a_surname_before_a_comma_and_a_name_is_still_a_mention() -> None:
    registry = Registry.default()
    found = registry.find_mentions("After talks with Pence, Turkey agreed to a truce.", "2019-10")
    assert [m.actor_id for m in found] == ["PER:mike-pence", "TUR"]


@pytest.mark.parametrize(
    ("name", "on", "person_id", "acts_for"),
    [("Rumsfeld", "2004-03-06", "PER:donald-rumsfeld", "USA"),
     ("Shoigu", "2021-03-01", "PER:sergei-shoigu", "RUS"),
     ("Pelosi", "2022-08-03", "PER:nancy-pelosi", "USA"),
     ("Cohen", "1998-06-01", "PER:william-cohen", "USA"),
     ("Cohen", "2023-06-01", "PER:eli-cohen", "ISR"),
     ("Kono", "1995-06-01", "PER:yohei-kono", "JPN"),
     ("Pedersen", "2023-05-04", "PER:geir-pedersen", "UN"),
     ("Grossi", "2023-03-04", "PER:rafael-grossi", "IAEA"),
     ("Lazzarini", "2024-03-04", "PER:philippe-lazzarini", "UNRWA")],
)  # fmt: skip
def test_officials_beyond_heads_and_foreign_ministers_by_surname(
    name: str, on: str, person_id: str, acts_for: str
) -> None:
    found = Registry.default().resolve(name, on=on)
    assert found is not None and (found.id, found.acts_for) == (person_id, acts_for)


@pytest.mark.parametrize("word", ["Gates", "Carter", "Austin", "Lake", "Power", "Bishop"])
def test_surnames_that_are_common_words_or_names_are_not_derived(word: str) -> None:
    found = Registry.default().resolve(word, on="2015-06-01")
    assert found is None or found.kind != "person"


def test_a_person_named_in_full_teaches_their_surname_to_the_text() -> None:
    """ "Robert Gates ... Gates met": Gates is no derived surname (Bill Gates), but the text
    named the defence secretary in full; Tony Blair's "Blair" is Bill Blair in a text that
    named him; nothing is learned where the text never gave the full name."""
    registry = Registry.default()

    def people(text: str, on: str) -> list[str]:
        return [m.actor_id or "" for m in registry.find_mentions(text, on) if m.kind == "person"]

    text = "Defense Secretary Robert Gates arrived in Kabul. Gates met the Afghan president."
    assert people(text, "2008-03-06") == ["PER:robert-gates", "PER:robert-gates"]
    assert people("Gates met the Afghan president.", "2008-03-06") == []
    text = "Defence Minister Bill Blair visited Kyiv. Blair promised more drones."
    assert people(text, "2024-03-06") == ["PER:bill-blair", "PER:bill-blair"]
    assert people("Blair promised more drones.", "2024-03-06") == ["PER:tony-blair"]
