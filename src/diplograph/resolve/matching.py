"""Name matching: normalisation, the alias index, and a strict fuzzy fallback.

A name and a text are compared as sequences of normalised tokens: case folded, diacritics
removed, split at anything that is not a letter or digit. So "Nur-Sultan", "Nur Sultan"
and "NUR-SULTAN" share the key ``nur sultan``, "Côte d’Ivoire" matches "Cote d'Ivoire",
and "U.S." (``u s``) never matches the pronoun "us".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from diplograph.resolve.actors import Span

TOKEN = re.compile(r"[^\W_]+\+?")  # "OPEC+" is not "OPEC"
_ARTICLES = frozenset({"the"})
_ASCII_TOKEN = re.compile(r"[a-z0-9]+\+?")
_POSSESSIVE = re.compile(r"['’]s\W*$")
# Latin letters that NFKD does not decompose.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "æ": "ae", "œ": "oe", "ß": "ss"})


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """One token case-folded and stripped of diacritics (``Türkiye`` -> ``turkiye``)."""
    if token.isascii():
        return token.lower()  # the common case, and the same result, without Unicode tables
    decomposed = unicodedata.normalize("NFKD", token.casefold().translate(_FOLD))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, folded)`` for each letter/digit run of ``text``."""
    for found in TOKEN.finditer(text):
        yield found.start(), found.end(), fold(found.group())


def normalise(name: str) -> str:
    """The lookup key of a name: folded tokens joined by spaces, leading article dropped.

    A trailing possessive is dropped too ("Russia's" -> ``russia``).
    """
    if name.isascii():  # fast path with the same result: ASCII needs no Unicode folding
        words = _ASCII_TOKEN.findall(name.lower())
    else:
        words = [folded for _, _, folded in tokens(name)]
    while words and words[0] in _ARTICLES:
        words.pop(0)
    if len(words) > 1 and words[-1] == "s" and _POSSESSIVE.search(name):
        words.pop()
    return " ".join(words)


def is_acronym(name: str) -> bool:
    """Upper-case short names ("US", "U.S.", "OIC") that must match case-sensitively in text."""
    letters = re.sub(r"[^\w]", "", name)
    return 1 < len(letters) <= 6 and letters.isupper()


@dataclass(frozen=True)
class AliasEntry:
    """One way to name one actor: the text, what kind of name it is and when it is valid."""

    actor_id: str
    text: str
    kind: str
    span: Span
    ambiguous: bool = False
    note: str = ""  # e.g. "capital Astana" or "seat of government"
    place: object | None = None  # a Place for place entries, else None

    @property
    def case_sensitive(self) -> bool:
        return self.kind == "acronym" or is_acronym(self.text)


class AliasIndex:
    """Normalised key -> entries, with per-first-token span lengths for text scanning."""

    def __init__(self, entries: Iterable[AliasEntry] = ()) -> None:
        self._entries: dict[str, list[AliasEntry]] = {}
        self._max_tokens: dict[str, int] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: AliasEntry) -> None:
        key = normalise(entry.text)
        if not key:
            return
        bucket = self._entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        words = key.split(" ")
        self._max_tokens[words[0]] = max(self._max_tokens.get(words[0], 0), len(words))

    def exact(self, key: str) -> list[AliasEntry]:
        """Entries under an already normalised key (empty list when none)."""
        return self._entries.get(key, [])

    def max_tokens(self, first_token: str) -> int:
        """The longest alias (in tokens) starting with ``first_token``; 0 when none."""
        return self._max_tokens.get(first_token, 0)

    def keys(self) -> list[str]:
        return list(self._entries)

    def items(self) -> Iterator[tuple[str, list[AliasEntry]]]:
        return iter(self._entries.items())

    def __len__(self) -> int:
        return len(self._entries)


class FuzzyMatcher:
    """Closest key by edit similarity, only above a strict threshold (0..100)."""

    def __init__(self, keys: Iterable[str], threshold: float = 85.0, min_length: int = 5) -> None:
        self._keys = sorted({key for key in keys if len(key) >= min_length})
        self._threshold = threshold
        self._min_length = min_length

    def best(self, key: str) -> tuple[str, float] | None:
        """``(matching key, score)`` or None when nothing is close enough."""
        if len(key) < self._min_length or not self._keys:
            return None
        found = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=self._threshold)
        return (found[0], found[1]) if found else None
