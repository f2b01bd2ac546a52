"""PLOVER contexts for an event from cue words in its sentence and document (data/lexicon/contexts.yaml)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Span, Token

from diplograph.extract.lexicon import read_data_yaml
from diplograph.extract.tree import children

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


def sentence_contexts(sentence: Span) -> Counter[str]:
    """Context labels cued in a sentence, by number of cues."""
    cues = context_cues()
    found: Counter[str] = Counter()
    tokens = [token for token in sentence if not token.is_punct]
    for index, token in enumerate(tokens):
        label = cues.get(token.lemma_.lower()) or cues.get(token.lower_)
        if label:
            found[label] += 1
        if index + 1 < len(tokens):
            label = cues.get(f"{token.lower_} {tokens[index + 1].lower_}")
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
