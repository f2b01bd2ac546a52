"""An experiment, measured and not shipped: a learned proposer of the events the rules miss.

Question: can a linear model over the parse propose events the rules do not read, at a
precision that raises F1? Every pair of actors a sentence names (and each actor alone) is a
candidate; it is described by each actor's role (its phrase's dependency, preposition and
governing verb), the dependency path between the two and the sentence's words, hashed into
2^18 buckets; one L2 logistic regression per event type is trained on the development gold
(sentence-level labels: the gold names the sentence, the type and the actors). Folds are whole
splits (leave one split out). Proposals for a (type, source, target) the rules already gave in
the document are dropped; the rest are added to the rules' events and scored.

Usage (needs scikit-learn: ``.venv/bin/pip install scikit-learn``):

    .venv/bin/python eval/proposer_experiment.py [C ...]

Results are in ``eval/LEARNED.md`` ("A learned proposer").
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from diplograph.evaluate import load_corpus, load_gold
from diplograph.evaluate.gold import GoldItem
from diplograph.evaluate.report import Counts
from diplograph.evaluate.run import per_document
from diplograph.evaluate.scorer import same_sentence, score
from diplograph.extract.tree import children
from diplograph.nlp.datelines import dateline_spans
from diplograph.pipeline import Pipeline
from diplograph.records import EVENT_TYPES, Mention, PartialDate
from diplograph.store import Store

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


# -- the experiment ------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
DEV_SPLITS = ("dev", "dev2", "dev3", "dev4", "devsent", "devsent2", "dev5")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
MUTUAL_TYPES = frozenset({"CONSULT", "COOPERATE"})


@dataclass
class SplitData:
    """A split's candidates (document, sentence, source, target, features), the rules'
    export records and the gold."""

    candidates: list[tuple[str, str, str, str | None, list[str]]]
    records: list[dict[str, Any]]
    gold: list[GoldItem]


def read_split(pipeline: Pipeline, split: str) -> SplitData:
    gold = load_gold(GOLD / split / "gold.jsonl")
    found: list[tuple[str, str, str, str | None, list[str]]] = []
    with Store.open("sqlite://") as store:
        for document in load_corpus(GOLD / split):
            parsed = pipeline.nlp(document.text)
            processed = pipeline._finish(document, parsed)
            store.add_document(document, processed.events, processed.mentions)
            ignored = dateline_spans(document.text)
            mentions = [
                m for m in processed.mentions if not any(a <= m.start < b for a, b in ignored)
            ]
            name = Path(document.source).name
            for sentence in parsed.sents:
                actors = sentence_actors(sentence, mentions, pipeline.registry, document.date)
                for candidate in candidates(sentence, actors):
                    found.append(
                        (
                            name,
                            sentence.text,
                            candidate.source,
                            candidate.target,
                            features(candidate),
                        )
                    )
        sources = {row["id"]: row for row in store.documents()}
        records = [r for rec in store.export_records() for r in per_document(rec, sources)]
    return SplitData(found, records, gold)


def labels(data: SplitData) -> tuple[list[set[str]], list[set[str]]]:
    """Per candidate: the types a required gold item of its sentence and pair has, and the
    types to leave out of training (optional items, alternative types)."""
    by_doc: dict[str, list[GoldItem]] = {}
    for item in data.gold:
        by_doc.setdefault(Path(item.doc).name, []).append(item)
    positive, ignored = [], []
    for doc, sentence, source, target, _ in data.candidates:
        yes: set[str] = set()
        skip: set[str] = set()
        for item in by_doc.get(doc, []):
            pair = (item.source, item.target)
            if pair != (source, target) and not (item.reciprocal and pair == (target, source)):
                continue
            if not same_sentence(sentence, item.sentence):
                continue
            if item.optional:
                skip |= item.accepted_types
            else:
                yes.add(item.type)
                skip |= set(item.alt_types)
        positive.append(yes)
        ignored.append(skip - yes)
    return positive, ignored


def proposals(data: SplitData, probabilities: np.ndarray, theta: float) -> list[dict[str, Any]]:
    """Export records for the proposals at ``theta`` the rules did not already give."""
    given = {
        (
            Path((r.get("document") or {}).get("source") or "").name,
            r["type"],
            (r.get("source") or {}).get("id"),
            (r.get("target") or {}).get("id"),
        )
        for r in data.records
    }
    best: dict[tuple[Any, ...], tuple[float, dict[str, Any]]] = {}
    for row, (doc, sentence, source, target, _) in enumerate(data.candidates):
        for column in np.where(probabilities[row] >= theta)[0]:
            kind = EVENT_TYPES[column]
            if (doc, kind, source, target) in given:
                continue
            mutual = kind in MUTUAL_TYPES
            if mutual and (doc, kind, target, source) in given:
                continue
            key = (doc, kind, frozenset((source, target)) if mutual else (source, target))
            p = float(probabilities[row, column])
            if key in best and best[key][0] >= p:
                continue
            best[key] = (
                p,
                {
                    "document": {"source": doc},
                    "type": kind,
                    "source": {"id": source},
                    "target": {"id": target} if target else None,
                    "modality": "asserted",
                    "confidence": p,
                    "evidence": [{"sentence": sentence}],
                },
            )
    return [record for _, record in best.values()]


def add(total: Counts, more: Counts) -> None:
    total.tp += more.tp
    total.fp += more.fp
    total.fn += more.fn


def main(argv: Sequence[str]) -> None:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    strengths = [float(value) for value in argv] or [0.3, 1.0, 3.0]
    pipeline = Pipeline()
    splits = {split: read_split(pipeline, split) for split in DEV_SPLITS}
    rows = [(split, row) for split in DEV_SPLITS for row in range(len(splits[split].candidates))]
    positive: list[set[str]] = []
    ignored: list[set[str]] = []
    for split in DEV_SPLITS:
        yes, skip = labels(splits[split])
        positive += yes
        ignored += skip
    columns = [np.unique(hashed(splits[s].candidates[r][4])) for s, r in rows]
    matrix = csr_matrix(
        (
            np.ones(sum(len(c) for c in columns), dtype=np.float32),
            np.concatenate(columns),
            np.cumsum([0] + [len(c) for c in columns]),
        ),
        shape=(len(rows), BUCKETS),
    )
    split_of = np.array([split for split, _ in rows])
    print(f"{len(rows)} candidates, {sum(bool(p) for p in positive)} with a gold type")
    for strength in strengths:
        probabilities = np.zeros((len(rows), len(EVENT_TYPES)), dtype=np.float32)
        for held in DEV_SPLITS:
            train = split_of != held
            for column, kind in enumerate(EVENT_TYPES):
                y = np.array([kind in p for p in positive])
                use = train & np.array([kind not in s for s in ignored])
                if y[use].sum() < 3:
                    continue
                model = LogisticRegression(C=strength, solver="liblinear", max_iter=200)
                model.fit(matrix[use], y[use])
                probabilities[~train, column] = model.predict_proba(matrix[~train])[:, 1]
        for theta in THRESHOLDS:
            base, union, alone = Counts(), Counts(), Counts()
            for split in DEV_SPLITS:
                data = splits[split]
                mine = probabilities[split_of == split]
                extra = proposals(data, mine, theta)
                only = proposals(SplitData(data.candidates, [], data.gold), mine, theta)
                add(base, score(data.records, data.gold).overall)
                add(union, score(data.records + extra, data.gold).overall)
                add(alone, score(only, data.gold).overall)
            print(
                f"C {strength:<4} theta {theta:.1f}: rules {base.tp}/{base.fp}/{base.fn} "
                f"F1 {base.f1:.4f}; rules + proposals {union.tp}/{union.fp}/{union.fn} "
                f"F1 {union.f1:.4f}; proposals alone {alone.tp}/{alone.fp}/{alone.fn} "
                f"F1 {alone.f1:.4f}"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
