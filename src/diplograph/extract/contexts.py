"""PLOVER contexts for an event from cue words in its sentence and document (data/lexicon/contexts.yaml)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.extract.tree import children
from diplograph.wordlists import read_data_yaml

MAX_CONTEXTS = 3


@lru_cache(maxsize=1)
def context_cues() -> dict[str, str]:
    """Cue (lower-case lemma or phrase) -> context label."""
    data = read_data_yaml("lexicon", "contexts.yaml")
    index: dict[str, str] = {}
    for label, cues in data["cues"].items():
        for cue in cues:
            index.setdefault(str(cue).lower(), label)
    return index


@lru_cache(maxsize=1)
def _phrase_openers() -> frozenset[str]:
    """The words before a space in a cue: only after one of them can two words be a cue."""
    return frozenset(cue.split(" ")[0] for cue in context_cues() if " " in cue)


def sentence_contexts(sentence: Span) -> Counter[str]:
    """Context labels cued in a sentence, by number of cues."""
    cues = context_cues()
    openers = _phrase_openers()
    found: Counter[str] = Counter()
    words = [(token.lemma_.lower(), token.lower_) for token in sentence if not token.is_punct]
    last = len(words) - 1
    for index, (lemma, lower) in enumerate(words):
        label = cues.get(lemma) or cues.get(lower)
        if label:
            found[label] += 1
        # a word with a space of its own (white space) is looked up as it always was
        if index < last and (lower in openers or " " in lower):
            label = cues.get(f"{lower} {words[index + 1][1]}")
            if label:
                found[label] += 1
    return found


def event_contexts(
    trigger: Token,
    rule_contexts: Iterable[str],
    sentence: Counter[str],
    document: Counter[str],
) -> list[str]:
    """Up to three labels: the trigger's own, its modifiers', the sentence's, else the document's."""
    cues = context_cues()
    chosen: list[str] = []
    for child in children(trigger):
        if child.dep_ in ("amod", "compound", "conj"):
            _add(chosen, cues.get(child.lemma_.lower()))
            for grand in child.conjuncts:
                _add(chosen, cues.get(grand.lemma_.lower()))
    for label in rule_contexts:
        _add(chosen, label)
    for label, _ in sentence.most_common():
        _add(chosen, label)
    if not chosen and document:
        _add(chosen, document.most_common(1)[0][0])
    return chosen[:MAX_CONTEXTS]


def _add(chosen: list[str], label: str | None) -> None:
    if label and label not in chosen:
        chosen.append(label)
