"""References back to reported acts (``diplograph.extract.responses``), without a parse."""

from __future__ import annotations

import pytest

from diplograph.extract.lexicon import default_lexicon
from diplograph.extract.responses import ActReferences
from diplograph.resolve.registry import Registry


@pytest.fixture(scope="module")
def references() -> ActReferences:
    return ActReferences(Registry.default(), default_lexicon())


@pytest.mark.parametrize(
    ("word", "act_words", "names"),
    [
        ("strikes", frozenset({"strike", "strikes"}), True),  # the same word
        ("invitation", frozenset({"invite", "invited"}), True),  # a stem of five letters
        ("agreements", frozenset({"sign", "accord", "accords"}), True),  # the same family
        ("aggression", frozenset({"invade", "invasion"}), True),  # the family of violence
        ("summit", frozenset({"strike", "strikes"}), False),
        ("deal", frozenset({"strike", "attack"}), False),
    ],
)
def test_a_word_names_an_act_by_itself_its_stem_or_its_family(
    references: ActReferences, word: str, act_words: frozenset[str], names: bool
) -> None:
    assert references.names_act(word, act_words) is names


def test_the_types_a_word_names_come_from_its_family(references: ActReferences) -> None:
    lexicon = references.lexicon
    assert "ASSAULT" in lexicon.act_types("invasion")
    assert "ASSAULT" in lexicon.act_types("aggression")  # no noun entry, but invasion's family
    assert lexicon.act_types("breakfast") == frozenset()
