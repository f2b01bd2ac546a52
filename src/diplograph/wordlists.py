"""The package's own data files and word lists, read once per process.

Every layer may use these (``nlp/`` reads word classes for its parse repairs, ``extract/`` for its
rules), so they live outside both.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from diplograph.errors import DataError


class _WordsLoader(yaml.SafeLoader):
    """YAML 1.1 reads a bare ``on``, ``off``, ``yes`` or ``no`` as a boolean; a lexicon means the
    words ("called off talks"), so only ``true`` and ``false`` are booleans here."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordsLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read_data_yaml(*parts: str) -> dict[str, Any]:
    """A YAML file from the package's ``data/`` folder, checked to name its source."""
    where = "data/" + "/".join(parts)
    node = resources.files("diplograph").joinpath("data")
    for part in parts:
        node = node.joinpath(part)
    try:
        content = yaml.load(node.read_text(encoding="utf-8"), Loader=_WordsLoader)
    except (OSError, yaml.YAMLError) as error:
        raise DataError(f"cannot read packaged data: {error}", where=where) from error
    if not isinstance(content, dict) or "source" not in content:
        raise DataError("a data file must be a mapping with a `source:` entry", where=where)
    return content


WORDS_FILE = ("lexicon", "words.yaml")


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    """Every word class of ``data/lexicon/words.yaml``, loaded and checked once per process."""
    where = "data/" + "/".join(WORDS_FILE)
    classes: dict[str, frozenset[str]] = {}
    for name, values in read_data_yaml(*WORDS_FILE).items():
        if name == "source":
            continue
        if (
            not isinstance(values, list)
            or not values
            or not all(isinstance(value, str) for value in values)
        ):
            raise DataError(
                f"word class {name!r} must be a non-empty list of words (quote a word YAML "
                "would read as something else)",
                where=where,
            )
        classes[name] = frozenset(values)
    return classes


def words(name: str) -> frozenset[str]:
    """One of the project's own word lists (``data/lexicon/words.yaml``) by its class name,
    e.g. ``words("praise_verbs")``; raises ``DataError`` for a class the file lacks."""
    classes = _word_classes()
    if name not in classes:
        raise DataError(
            f"no word class {name!r}; add it to the file or use one of its keys",
            where="data/" + "/".join(WORDS_FILE),
        )
    return classes[name]
