"""A learned proposer: events the rules did not read, from who stands where in the parse.

The rules read a sentence through its trigger words; where a construction is new to them they
read nothing. The proposer looks at every pair of actors a sentence names (and each actor
alone, for events without a target), describes the pair by the grammar that joins them (each
actor's role and governing word, the dependency path between them, the sentence's words) and
asks one linear model per event type whether the gold annotators would code that type for
that pair. It is trained on the development gold splits by ``eval/train_proposer.py``
(sentence-level labels: the gold records name the sentence, the type and the two actors, not
the trigger), and its weights ship in ``data/models/proposer.npz``.

Features are strings hashed into a fixed number of buckets (``zlib.crc32``, stable across runs
and machines), so the weights are one dense matrix and no vocabulary is stored.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from diplograph.extract.tree import children
from diplograph.records import Mention, PartialDate

BUCKETS = 1 << 18
# Dependencies that tie a word inside a noun phrase to the phrase's head: "Chinese" in
# "Chinese Foreign Minister Wang Yi", "Iraq" in "Iraq's forces".
PHRASE_DEPS = frozenset({"compound", "amod", "poss", "appos", "flat", "nmod", "nummod", "det"})
# How far up the tree a role is described (a governing verb further away says little).
MAX_CLIMB = 6
VERBAL = frozenset({"VERB", "AUX"})


@dataclass
class Candidate:
    """One (source, target) pair a sentence could code; ``target`` None for one-actor events."""

    sentence: Span
    source: str
    target: str | None
    source_tokens: list[Token]
    target_tokens: list[Token] = field(default_factory=list)
    source_kind: str = ""
    target_kind: str = ""


def sentence_actors(
    sentence: Span, mentions: Sequence[Mention], registry: Any, on: PartialDate | None
) -> list[tuple[str, str, Token]]:
    """``(actor id, kind, token)`` for every name in ``sentence``: people and agencies for the
    actor they serve on ``on``, places for their country (a meeting's host)."""
    doc = sentence.doc
    found = []
    for mention in mentions:
        if mention.actor_id is None or not (
            sentence.start_char <= mention.start < sentence.end_char
        ):
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        actor: str | None = mention.actor_id
        if mention.kind in ("person", "organisation", "agency"):
            actor = registry.acts_for(mention.actor_id, on) or (
                None if mention.kind == "person" else mention.actor_id
            )
        if actor is not None:
            found.append((actor, mention.kind or "", span.root))
    return found


def candidates(sentence: Span, actors: Sequence[tuple[str, str, Token]]) -> list[Candidate]:
    """Every ordered pair of distinct actors ``(actor id, kind, token)`` named in ``sentence``,
    and every actor alone."""
    tokens: dict[str, list[Token]] = {}
    kinds: dict[str, str] = {}
    for actor, kind, token in actors:
        tokens.setdefault(actor, []).append(token)
        kinds.setdefault(actor, kind)
    found = []
    for source, source_tokens in tokens.items():
        found.append(Candidate(sentence, source, None, source_tokens, [], kinds[source]))
        for target, target_tokens in tokens.items():
            if target != source:
                found.append(
                    Candidate(
                        sentence,
                        source,
                        target,
                        source_tokens,
                        target_tokens,
                        kinds[source],
                        kinds[target],
                    )
                )
    return found


def features(candidate: Candidate) -> list[str]:
    """The strings describing a candidate (see the module docstring)."""
    shape = "2" if candidate.target else "1"
    found = [f"{shape}|bias", *_sentence_words(candidate.sentence)]
    found.append(f"{shape}|sk={candidate.source_kind}")
    for token in candidate.source_tokens:
        found.extend(f"{shape}|S{feature}" for feature in _role(token))
    if candidate.target is None:
        return list(dict.fromkeys(found))
    found.append(f"2|tk={candidate.target_kind}")
    found.append(f"2|kk={candidate.source_kind}>{candidate.target_kind}")
    for token in candidate.target_tokens:
        found.extend(f"2|T{feature}" for feature in _role(token))
    for source in candidate.source_tokens:
        for target in candidate.target_tokens:
            found.extend(f"2|{feature}" for feature in _path(source, target))
    return list(dict.fromkeys(found))


def hashed(strings: Iterable[str]) -> np.ndarray:
    """Bucket numbers of feature strings."""
    return np.fromiter(
        (zlib.crc32(text.encode("utf-8")) % BUCKETS for text in strings), dtype=np.int64
    )


def _sentence_words(sentence: Span) -> list[str]:
    words = []
    for token in sentence:
        if token.pos_ in ("VERB", "NOUN", "ADJ", "ADV", "ADP", "PART") and not token.is_stop:
            words.append(f"w={token.lemma_.lower()}")
        elif token.dep_ == "neg":
            words.append("w=NEG")
    return words


def _phrase_head(token: Token) -> tuple[Token, list[str]]:
    """The head of the noun phrase a name stands in, and the dependencies climbed to reach it
    ("Iraq" in "the forces of Iraq" -> "forces", ["pobj", "of"])."""
    climbed = []
    for _ in range(MAX_CLIMB):
        head = token.head
        if head is token:
            break
        if token.dep_ in PHRASE_DEPS and head.pos_ in ("NOUN", "PROPN", "PRON"):
            climbed.append(token.dep_)
            token = head
        elif token.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
            climbed.append("of")
            token = head.head
        else:
            break
    return token, climbed


def _role(token: Token) -> list[str]:
    """A name's place in its clause: its phrase's dependency, preposition and governing word."""
    head, climbed = _phrase_head(token)
    via = "+".join(climbed) or "-"
    role = head.dep_
    if role == "conj":  # "Britain and France condemned": France shares Britain's role
        first = head
        for _ in range(MAX_CLIMB):
            if first.dep_ != "conj" or first.head is first:
                break
            first = first.head
        head, role = first, f"{first.dep_}"
    found = [f"via={via}", f"dep={role}", f"own={head.lemma_.lower()}"]
    governor = head.head
    chain = [role]
    if role == "pobj":
        found.append(f"prep={governor.lower_}")
        found.append(f"prep={governor.lower_}|{governor.head.lemma_.lower()}")
        chain.append(governor.lower_)
        governor = governor.head
    found.append(f"gov={role}|{governor.lemma_.lower()}")
    for _ in range(MAX_CLIMB):
        if governor.pos_ in VERBAL or governor.head is governor:
            break
        chain.append(governor.dep_)
        governor = governor.head
    verb = governor.lemma_.lower()
    found.append(f"verb={verb}")
    found.append(f"chain={'>'.join(chain)}|{verb}")
    if any(child.dep_ == "neg" for child in children(governor)):
        found.append("neg")
    for child in children(governor):
        if child.dep_ == "aux" and child.lemma_.lower() in ("will", "would", "could", "may"):
            found.append("modal")
    return found


def _ancestors(token: Token) -> list[Token]:
    path = [token]
    while path[-1].head is not path[-1] and len(path) < 30:
        path.append(path[-1].head)
    return path


def _path(source: Token, target: Token) -> list[str]:
    """The dependency path between two names: the words and links from each up to where they
    meet, and the word where they meet."""
    up = _ancestors(source)
    down = _ancestors(target)
    positions = {token.i: number for number, token in enumerate(up)}
    meet = next((number for number, token in enumerate(down) if token.i in positions), None)
    if meet is None:
        return ["path=none"]
    top = down[meet]
    rising = up[: positions[top.i]]
    falling = down[:meet]
    links = "^".join(token.dep_ for token in rising) + "|" + "v".join(t.dep_ for t in falling)
    lemma = top.lemma_.lower()
    words = [t.lemma_.lower() for t in (*rising[1:], *falling[1:]) if t.pos_ in ("VERB", "NOUN")]
    found = [
        f"links={links}",
        f"meet={lemma}",
        f"links={links}|{lemma}",
        "order=st" if source.i < target.i else "order=ts",
        f"len={min(len(rising) + len(falling), 8)}",
    ]
    found.extend(f"pw={word}" for word in words)
    return found


@dataclass
class ProposerWeights:
    """One row of weights per event type, over ``BUCKETS`` hashed features."""

    types: tuple[str, ...]
    weights: np.ndarray  # (types, BUCKETS) float32
    bias: np.ndarray  # (types,)
    threshold: float

    @classmethod
    def load(cls, path: Path) -> ProposerWeights:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                tuple(str(name) for name in data["types"]),
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
                float(data["threshold"]),
            )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            types=np.array(self.types),
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            threshold=np.array(self.threshold),
        )

    def probabilities(self, feature_strings: Sequence[str]) -> np.ndarray:
        """P(type) for one candidate, one value per type."""
        columns = np.unique(hashed(feature_strings))
        scores = self.weights[:, columns].sum(axis=1) + self.bias
        return 1.0 / (1.0 + np.exp(-scores))
