"""Finding actor mentions in raw text: token-boundary aware, longest match first.

The text is cut into letter/digit tokens (see ``matching``); at each capitalised token the
longest alias starting there wins. Acronyms match only in their own case ("US", not "us").
A multi-token alias never spans sentence punctuation. Three things are learned while
scanning: acronyms the text defines ("Collective Security Treaty Organization (CSTO)",
"...Conference - OIC"), renamings ("which is now the X") and the surnames of people the text
names in full ("Robert Gates ... Gates said"); all hold for the rest of the text only. Group
adjectives joined to a group phrase ("Muslim and Western countries") count as group names. A name two actors share ("Congo", "Congolese") goes to the one the
same text names unambiguously elsewhere ("Brazzaville"), else to the registry's default.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from diplograph.records import Mention, PartialDate
from diplograph.resolve import choice
from diplograph.resolve.actors import ALWAYS
from diplograph.resolve.matching import AliasEntry, normalise, tokens
from diplograph.resolve.surnames import surname_of

if TYPE_CHECKING:
    from diplograph.resolve.registry import Registry

_BAD_GAP = re.compile(r"[.!?;:()\[\]\"“”]\s|\n\s*\n|[;()\[\]\"“”:!?]")
_ACRONYM_DEF = re.compile(r"\s*(?:\(\s*([A-Z][A-Za-z]*[A-Z])\s*\)|[-–—]\s*([A-Z][A-Za-z]*[A-Z])\b)")
_RENAMED = re.compile(
    r",?\s*(?:which|that)\s+(?:is|was)\s+(?:now|later|since)\s+(?:renamed\s+|called\s+|known\s+as\s+"
    r"|named\s+)?(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for|on))*)"
)
_ELLIPSIS = re.compile(r"^\s+(?:and|or|&)\s+$")
# The Arabic article a name may open with in lower case: "al-Shabaab", "el-Sisi", "ash-Sham".
_NAME_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az"})
_NAME_ARTICLE = re.compile(r"[a-z]+-[A-Z]")
_WORD_GOES_ON = re.compile(r"['’](?![sS]\b)[^\W\d_]")  # "Xi['an]", not "Xi['s]"
_Token = tuple[int, int, str]


class MentionScanner:
    """Scans texts against a registry's alias index."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._index = registry.alias_index

    def scan(self, text: str, on: PartialDate | None, learned: Any = None) -> list[Mention]:
        """Mentions in ``text`` in order; ``learned`` is an optional ``DocumentAliases``."""
        toks = list(tokens(text))
        joinable = [
            _BAD_GAP.search(text, a[1], b[0]) is None or _ends_initialism(text, a, b)
            for a, b in itertools.pairwise(toks)
        ]
        local = _local_entries(learned)
        mentions: list[Mention] = []
        shared: dict[int, list[AliasEntry]] = {}  # mention index -> entries of a shared name
        i = 0
        while i < len(toks):
            found = self._match_at(text, toks, joinable, i, on, local)
            if found is None:
                i += 1
                continue
            width, mention, entries = found
            actors = [entry for entry in entries if entry.place is None]
            if len({entry.actor_id for entry in actors}) > 1:
                shared[len(mentions)] = actors
            mentions.append(mention)
            i = self._learn_after(text, toks, i + width, mention, local, learned)
        return _join_ellipses(text, self._settle_shared_names(mentions, shared, on))

    def _settle_shared_names(self, mentions: list[Mention], shared: dict[int, list[AliasEntry]],
                             on: PartialDate | None) -> list[Mention]:  # fmt: skip
        """A name several actors share resolves to the one of them the text names by an
        unshared name, capital or place ("Kinshasa ... eastern Congo": the DRC)."""
        if not shared:
            return mentions
        named = {m.actor_id for k, m in enumerate(mentions) if k not in shared and m.actor_id}
        settled = list(mentions)
        for k, entries in shared.items():
            candidates = {entry.actor_id for entry in entries} & named
            if len(candidates) != 1 or mentions[k].actor_id in candidates:
                continue
            chosen = [entry for entry in entries if entry.actor_id in candidates]
            mention = self._mention(mentions[k].text, mentions[k].start, chosen, on)
            settled[k] = replace(mention, why=f"{mention.why}; the text names it elsewhere")
        return settled

    def _match_at(self, text: str, toks: list[_Token], joinable: list[bool], i: int,
                  on: PartialDate | None, local: dict[str, list[AliasEntry]]
                  ) -> tuple[int, Mention, list[AliasEntry]] | None:  # fmt: skip
        opening = text[toks[i][0]]
        if not (opening.isupper() or opening.isdigit() or _article_of_name(text, toks[i])):
            return None  # checked first: most words are lower case and name no actor
        first = toks[i][2]
        letters = _initialism_at(text, toks, i)  # "U.N. refugee agency" is "UN refugee agency"
        merged = "".join(tok[2] for tok in toks[i : i + letters])
        longest = max(
            self._index.max_tokens(first),
            self._index.max_tokens(merged) + letters - 1 if letters else 0,
            max((len(k.split()) for k in local if k.split()[0] == first), default=0),
        )
        if not longest:
            return None
        width = 1
        while width < longest and i + width < len(toks) and joinable[i + width - 1]:
            width += 1
        for n in range(width, 0, -1):
            if _inside_word(text, toks[i + n - 1][1]):
                continue  # "Xi'an" is a city, not "Xi" (Xi Jinping) with "'an" after it
            key = " ".join(tok[2] for tok in toks[i : i + n])
            span = text[toks[i][0] : toks[i + n - 1][1]]
            found = local.get(key) or self._index.exact(key)
            if not found and letters and n > letters:
                found = self._index.exact(
                    " ".join([merged, *(t[2] for t in toks[i + letters : i + n])])
                )
            entries = [
                e
                for e in found
                if _case_ok(e, span)
                and (n > 1 or _short_form_ok(e, text, toks, i, self._registry.kind_of))
                and not (
                    e.kind == "surname" and (_name_goes_on(text, toks, i + n) or _out_of_era(e, on))
                )
            ]
            if entries:
                if entries[0].text.endswith(".") and text[toks[i + n - 1][1] :][:1] == ".":
                    span += "."  # "U.S." keeps its final dot
                return n, self._mention(span, toks[i][0], entries, on), entries
        return None

    def _mention(self, span: str, start: int, entries: list[AliasEntry],
                 on: PartialDate | None) -> Mention:  # fmt: skip
        entry, valid = choice.pick(entries, self._registry._actors, on, span)
        resolved = self._registry.resolution(entry, valid, on)
        return Mention(span, start, start + len(span), resolved.id, resolved.kind, entry.text,
                       resolved.alias_kind, resolved.why)  # fmt: skip

    def _learn_after(self, text: str, toks: list[_Token], i: int, mention: Mention,
                     local: dict[str, list[AliasEntry]], learned: Any) -> int:  # fmt: skip
        """Record an acronym or new name defined right after ``mention``; next token index."""
        if mention.kind == "place" or mention.actor_id is None:
            return i
        if mention.kind == "person":
            self._learn_surname(text, mention, local, learned)
        defined = _ACRONYM_DEF.match(text, mention.end)
        if defined:
            acronym = defined.group(1) or defined.group(2)
            if acronym[0].casefold() == mention.text[:1].casefold():
                note = f"acronym defined in the text at {defined.start()}"
                _remember(local, learned, mention, acronym, "acronym", note, text)
                while i < len(toks) and toks[i][0] < defined.end():
                    i += 1
                return i
        renamed = _RENAMED.match(text, mention.end)
        if renamed and not self._index.exact(normalise(renamed.group(1))):
            note = f"renaming stated in the text at {renamed.start(1)}"
            _remember(local, learned, mention, renamed.group(1), "former", note, text)
        return i

    def _learn_surname(self, text: str, mention: Mention, local: dict[str, list[AliasEntry]],
                       learned: Any) -> None:  # fmt: skip
        """ "Defense Secretary Robert Gates ... Gates said": a person named in full teaches
        their surname for the rest of the text, also where the registry derives none (a common
        word or first name: Gates, Austin) or gives it to someone else (Tony Blair's "Blair" in
        a text about Canada's Bill Blair). Only the last word of the person's own name counts
        ("King Salman" teaches nothing), and never a word naming a state or organisation."""
        assert mention.actor_id is not None
        surname = surname_of(self._registry.actor(mention.actor_id).name)
        if not surname or len(mention.text.split()) < 2:
            return
        key = normalise(surname)
        if normalise(mention.text).split()[-1] != key.split()[-1]:
            return
        entries = local.get(key) or self._index.exact(key)
        if entries and all(entry.actor_id == mention.actor_id for entry in entries):
            return  # the name already says it (or there is nothing else it could name)
        if any(entry.place is None and self._registry.kind_of(entry.actor_id) != "person"
               for entry in entries):  # fmt: skip
            return
        note = f"surname of '{mention.text}' named in the text at {mention.start}"
        _remember(local, learned, mention, surname, "surname", note, text)


def _name_goes_on(text: str, toks: list[_Token], after: int) -> bool:
    """Whether a capitalised word follows token ``after - 1`` in running text: "Moussa Faki
    Mahamat" is not Amr Moussa, whose derived surname is only a surname when it ends the name.
    A headline in title case ("Tokayev Meets Putin"), with no longer word in lower case, says
    nothing."""
    if after >= len(toks) or not text[toks[after][0]].isupper():
        return False
    if not text[toks[after - 1][1] : toks[after][0]].isspace():
        return False  # "Pence, Turkey ...": a comma or other mark ends the name
    line_start = text.rfind("\n", 0, toks[after][0]) + 1
    line_end = text.find("\n", toks[after][0])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = (word.strip(".,;:!?'\"()") for word in line.split())
    return any(len(word) > 3 and word.isalpha() and word[0].islower() for word in words)


def _short_form_ok(
    entry: AliasEntry, text: str, toks: list[_Token], i: int, kind_of: Callable[[str], str]
) -> bool:
    """A short form made of the article and a common noun ("the Fund", "the Alliance") names
    the actor only as "the Fund" on its own: not "Fund" alone, and not the end or the start of
    a longer name ("the Green Climate Fund", "the Saudi Fund for Development"). A state's or a
    group of states' name with the article ("the Gambia", "the West") is no part of a longer
    name: "blamed the West for the crisis", "accused the West of hypocrisy"."""
    words = entry.text.split()
    if len(words) != 2 or words[0] != "the":
        return True
    if i == 0 or toks[i - 1][2] != "the":
        return False
    if i + 1 < len(toks) and kind_of(entry.actor_id) not in ("state", "group"):
        after = toks[i + 1]
        gap = text[toks[i][1] : after[0]]
        if not gap.strip() and (text[after[0]].isupper() or after[2] in ("of", "for")):
            return False
    return True


def _case_ok(entry: AliasEntry, span: str) -> bool:
    """Acronyms must match in their own case; everything else just needs a capital start."""
    if not entry.case_sensitive:
        return True
    return re.sub(r"\W", "", span) == re.sub(r"\W", "", entry.text)


def _initialism_at(text: str, toks: list[_Token], i: int) -> int:
    """How many one-letter tokens of a dotted initialism start at ``i`` ("U.N." 2, "U.S.A." 3),
    0 when there is none."""
    k = i
    while k < len(toks) and len(toks[k][2]) == 1 and text[toks[k][1] : toks[k][1] + 1] == ".":
        k += 1
    return k - i if k - i >= 2 else 0


def _ends_initialism(text: str, token: _Token, following: _Token) -> bool:
    """ "U.N. Security Council": the dot after an initialism's last letter, followed by a space,
    ends no sentence inside a name (the next word still has to continue a known name)."""
    start, end, folded = token
    return (
        len(folded) == 1
        and start >= 2
        and text[start - 2].isalpha()
        and text[start - 1] == "."
        and text[end : following[0]] in (". ", ".\u00a0")
    )


def _local_entries(learned: Any) -> dict[str, list[AliasEntry]]:
    local: dict[str, list[AliasEntry]] = {}
    for alias in learned or ():
        entry = AliasEntry(alias.actor_id, alias.name, alias.kind, ALWAYS,
                           note=f"learned from the document: {alias.evidence}")  # fmt: skip
        local.setdefault(normalise(alias.name), []).append(entry)
    return local


def _remember(local: dict[str, list[AliasEntry]], learned: Any, mention: Mention, name: str,
              kind: str, note: str, text: str) -> None:  # fmt: skip
    assert mention.actor_id is not None
    local[normalise(name)] = [AliasEntry(mention.actor_id, name, kind, ALWAYS, note=note)]
    if learned is not None:
        evidence = text[mention.start : min(len(text), mention.end + len(name) + 40)]
        learned.learn(name, mention.actor_id, evidence, mention.start, mention.end, kind=kind)


def _join_ellipses(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Muslim and Western countries": the lone group adjective names its group too."""
    out = list(mentions)
    for k, (first, second) in enumerate(itertools.pairwise(mentions)):
        if (first.kind == "group" == second.kind and first.alias_kind == "adjective"
                and second.alias_kind != "adjective"
                and _ELLIPSIS.match(text[first.end : second.start])):  # fmt: skip
            why = f"{first.why}; elliptic group phrase with '{second.text}'"
            out[k] = Mention(first.text, first.start, first.end, first.actor_id, first.kind,
                             first.alias, "variant", why)  # fmt: skip
    return out


def _article_of_name(text: str, token: _Token) -> bool:
    """ "al-Shabaab", "al-Nusra Front": a lower-case article joined to a capitalised name
    (the word is checked first: this runs on every lower-case word of a text)."""
    return token[2] in _NAME_ARTICLES and _NAME_ARTICLE.match(text, token[0]) is not None


def _inside_word(text: str, end: int) -> bool:
    """A name cut off inside a word that goes on after an apostrophe ("Xi" of "Xi'an",
    "Sana" of "Sana'a"); a possessive ("Xi's") ends the name."""
    return _WORD_GOES_ON.match(text, end) is not None


# How far from a person's years in office a bare surname still names them: "Johnson" in 1968
# is not Boris Johnson (in office 2016-2022), though "Blair" in 2015 is still Tony Blair.
SURNAME_ERA_DAYS = 20 * 365


def _out_of_era(entry: AliasEntry, on: PartialDate | None) -> bool:
    """A surname alias used on a date decades away from its holder's tenure."""
    return on is not None and entry.span.distance_days(on) > SURNAME_ERA_DAYS
