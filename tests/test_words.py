"""The project's own word lists (data/lexicon/words.yaml) and their accessor."""

from __future__ import annotations

import pytest

from diplograph.errors import DataError
from diplograph.wordlists import WORDS_FILE, read_data_yaml, words


def test_every_word_class_is_a_non_empty_list_of_lowercase_words() -> None:
    data = read_data_yaml(*WORDS_FILE)
    classes = {name: values for name, values in data.items() if name != "source"}
    assert len(classes) > 100
    for name, values in classes.items():
        assert name == name.lower() and name.isidentifier(), name
        assert isinstance(values, list) and values, name
        for value in values:
            assert isinstance(value, str), (name, value)
            assert value == value.lower() and value == value.strip() and value, (name, value)
        assert words(name) == frozenset(values)


def test_words_that_yaml_could_misread_stay_words() -> None:
    assert "on" in words("front_preps")
    assert "off" in words("landing_preps")
    assert {"'ll", "shall"} <= words("promising_auxiliaries")
    assert "none" in words("quantity_nouns")


def test_an_unknown_word_class_raises_data_error() -> None:
    with pytest.raises(DataError, match="no_such_words"):
        words("no_such_words")


def test_module_constants_read_the_file() -> None:
    from diplograph.extract import recipients, rules, triggers

    assert words("praise_verbs") == recipients.PRAISE_VERBS
    assert recipients.RELATION_NOUNS is triggers.RELATION_NOUNS
    assert rules.PEOPLE_NOUNS is recipients.PEOPLE_NOUNS  # one frozenset per class
