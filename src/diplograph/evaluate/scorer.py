"""Score extracted events (export records) against gold items.

Matching follows ``shared/dev_corpus/README.md``: a prediction matches a gold item when the
document (file name) is the same, its type is the gold type or one of ``alt_types``, and
(source, target) are equal, in either order when the item is ``reciprocal``. Matching is
one-to-one and greedy, preferring same-sentence pairs, then exact types, then required items.
Optional gold items are neither missed nor, when matched, false positives.

Which predictions are scored: ``asserted`` ones, plus ``planned`` AGREE, THREATEN, CONCEDE and
HOSTS events, because the gold rules code a promise or plan as an AGREE (an announced hostile
act as a THREATEN, an announced withdrawal or easing as a CONCEDE) that is itself asserted
("plans to open" is AGREE), and a scheduled meeting's host as HOSTS. Negated and hypothetical
events, and planned events of other types, are left out: the gold set never annotates them,
so they are neither right nor wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from diplograph.evaluate.gold import GoldItem
from diplograph.evaluate.report import Accuracy, CalibrationBin, Counts, EvalReport
from diplograph.records import EVENT_TYPES, PartialDate

# Confidence bins of the calibration table: label, low (inclusive), high (exclusive).
CALIBRATION_BINS = (("<0.5", 0.0, 0.5), ("0.5-0.8", 0.5, 0.8), (">=0.8", 0.8, float("inf")))
# Share of the shorter sentence's words the other must contain to count as the same sentence
# when neither contains the other (normalisation and splitters differ between systems).
SENTENCE_OVERLAP = 0.8


@dataclass(frozen=True)
class Prediction:
    """The fields of one export record that scoring uses."""

    index: int
    doc: str
    type: str
    source: str | None
    target: str | None
    date: str | None
    location: str | None
    confidence: float
    sentence: str

    @classmethod
    def from_record(cls, index: int, record: Mapping[str, Any]) -> Prediction:
        """Read an export record (DESIGN.md "The export record"); missing parts become None."""
        document = record.get("document") or {}
        evidence = record.get("evidence") or [{}]
        return cls(
            index=index,
            doc=_file_name(document.get("source") or ""),
            type=str(record.get("type") or ""),
            source=(record.get("source") or {}).get("id"),
            target=(record.get("target") or {}).get("id"),
            date=record.get("date"),
            location=(record.get("location") or {}).get("name"),
            confidence=float(record.get("confidence") or 0.0),
            sentence=str(evidence[0].get("sentence") or ""),
        )


Pair = tuple[Prediction, GoldItem]


def score(predicted: Sequence[Mapping[str, Any]], gold: Sequence[GoldItem]) -> EvalReport:
    """Compare predicted export records with gold items; return every measure in a report."""
    scored = [Prediction.from_record(i, row) for i, row in enumerate(predicted) if is_scored(row)]
    pairs = match(scored, gold, strict=False)
    strict_pairs = match(scored, gold, strict=True)
    overall, per_type = count(scored, gold, pairs)
    strict, strict_per_type = count(scored, gold, strict_pairs)
    required = [(p, g) for p, g in pairs if not g.optional]
    return EvalReport(
        overall=overall,
        per_type=per_type,
        strict=strict,
        strict_per_type=strict_per_type,
        date_exact=_accuracy(required, lambda p, g: same_date(p.date, g.date, coarse=False)),
        date_coarse=_accuracy(required, lambda p, g: same_date(p.date, g.date, coarse=True)),
        location=_accuracy(required, lambda p, g: same_place(p.location, g.location)),
        calibration=calibrate(scored, pairs),
        scored_predictions=len(scored),
        ignored_predictions=len(predicted) - len(scored),
        false_negatives=[_describe_gold(g) for g in _unmatched_gold(gold, pairs)],
        false_positives=[_describe_prediction(p) for p in _unmatched_predictions(scored, pairs)],
    )


# Types whose planned reading is what gold codes: promises, threats, concessions, and the
# hosting of a scheduled meeting ("Kazakhstan will host the next summit").
PLANNED_TYPES = frozenset({"AGREE", "THREATEN", "CONCEDE", "HOSTS"})


def is_scored(record: Mapping[str, Any]) -> bool:
    """True for asserted events, and for planned events of the types that state an intent
    (AGREE, THREATEN, CONCEDE) or a scheduled meeting (HOSTS); see the module docstring."""
    modality = record.get("modality") or "asserted"
    planned_ok = modality == "planned" and record.get("type") in PLANNED_TYPES
    return modality == "asserted" or planned_ok


def match(
    predictions: Sequence[Prediction], gold: Sequence[GoldItem], *, strict: bool
) -> list[Pair]:
    """One-to-one greedy matching; ``strict`` also requires the evidence sentence to overlap."""
    by_doc: dict[str, list[GoldItem]] = {}
    for item in gold:
        by_doc.setdefault(_file_name(item.doc), []).append(item)
    candidates = []
    for prediction in predictions:
        for position, item in enumerate(by_doc.get(prediction.doc, ())):
            if not _keys_match(prediction, item):
                continue
            overlap = same_sentence(prediction.sentence, item.sentence)
            if strict and not overlap:
                continue
            rank = (
                not overlap,
                prediction.type != item.type,
                item.optional,
                -prediction.confidence,
                prediction.index,
                position,
            )
            candidates.append((rank, prediction, item))
    candidates.sort(key=lambda candidate: candidate[0])
    return _greedy(candidates)


def count(
    predictions: Sequence[Prediction], gold: Sequence[GoldItem], pairs: Sequence[Pair]
) -> tuple[Counts, dict[str, Counts]]:
    """Overall and per-type counts. TP and FN count under the gold type, FP under the predicted
    type; pairs with an optional gold item count nowhere."""
    per_type: dict[str, Counts] = {}

    def bucket(name: str) -> Counts:
        return per_type.setdefault(name, Counts())

    for _, item in pairs:
        if not item.optional:
            bucket(item.type).tp += 1
    for item in _unmatched_gold(gold, pairs):
        bucket(item.type).fn += 1
    for prediction in _unmatched_predictions(predictions, pairs):
        bucket(prediction.type).fp += 1
    overall = Counts(
        sum(c.tp for c in per_type.values()),
        sum(c.fp for c in per_type.values()),
        sum(c.fn for c in per_type.values()),
    )
    return overall, dict(sorted(per_type.items(), key=lambda kv: _type_order(kv[0])))


def calibrate(predictions: Sequence[Prediction], pairs: Sequence[Pair]) -> list[CalibrationBin]:
    """Per confidence bin: scored predictions and how many matched a gold item (any)."""
    matched = {id(prediction) for prediction, _ in pairs}
    bins = [CalibrationBin(label, low, high) for label, low, high in CALIBRATION_BINS]
    for prediction in predictions:
        for item in bins:
            if item.low <= prediction.confidence < item.high:
                item.predicted += 1
                item.matched += id(prediction) in matched
    return bins


def same_date(predicted: str | None, gold: PartialDate | None, *, coarse: bool) -> bool:
    """Exact ISO equality, or with ``coarse`` equality at the coarser of the two precisions.

    Two missing dates agree; an unparsable predicted date agrees with nothing.
    """
    try:
        mine = PartialDate.parse(predicted)
    except ValueError:
        return False
    if mine is None or gold is None:
        return mine is None and gold is None
    if not coarse:
        return mine == gold
    width = min(len(mine.iso()), len(gold.iso()))
    return mine.iso()[:width] == gold.iso()[:width]


def same_place(predicted: str | None, gold: str | None) -> bool:
    """Case- and diacritic-insensitive name equality; two missing places agree."""
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return _fold(predicted) == _fold(gold)


def same_sentence(predicted: str, gold: str) -> bool:
    """True when one sentence contains the other (after folding) or they share most words."""
    mine, theirs = _words(predicted), _words(gold)
    if not mine or not theirs:
        return False
    if " ".join(mine) in " ".join(theirs) or " ".join(theirs) in " ".join(mine):
        return True
    shared = len(set(mine) & set(theirs))
    return shared / min(len(set(mine)), len(set(theirs))) >= SENTENCE_OVERLAP


def _keys_match(prediction: Prediction, item: GoldItem) -> bool:
    if prediction.type not in item.accepted_types:
        return False
    if (prediction.source, prediction.target) == (item.source, item.target):
        return True
    return item.reciprocal and (prediction.target, prediction.source) == (item.source, item.target)


def _greedy(candidates: Iterable[tuple[Any, Prediction, GoldItem]]) -> list[Pair]:
    used_predictions: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for _, prediction, item in candidates:
        if id(prediction) in used_predictions or id(item) in used_gold:
            continue
        used_predictions.add(id(prediction))
        used_gold.add(id(item))
        pairs.append((prediction, item))
    return pairs


def _unmatched_gold(gold: Sequence[GoldItem], pairs: Sequence[Pair]) -> list[GoldItem]:
    matched = {id(item) for _, item in pairs}
    return [item for item in gold if id(item) not in matched and not item.optional]


def _unmatched_predictions(
    predictions: Sequence[Prediction], pairs: Sequence[Pair]
) -> list[Prediction]:
    matched = {id(prediction) for prediction, _ in pairs}
    return [prediction for prediction in predictions if id(prediction) not in matched]


def _accuracy(pairs: Sequence[Pair], correct: Any) -> Accuracy:
    return Accuracy(sum(bool(correct(p, g)) for p, g in pairs), len(pairs))


def _file_name(source: str) -> str:
    # Export records keep the path or URL given at ingest; gold rows name the bare file.
    return PurePath(source.rstrip("/")).name if source else ""


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = re.findall(r"\w+", plain.casefold())
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def _type_order(name: str) -> tuple[int, str]:
    return (EVENT_TYPES.index(name) if name in EVENT_TYPES else len(EVENT_TYPES), name)


def _describe_gold(item: GoldItem) -> dict[str, Any]:
    return {
        "doc": item.doc,
        "type": item.type,
        "source": item.source,
        "target": item.target,
        "sentence": item.sentence,
        "where": item.where,
    }


def _describe_prediction(prediction: Prediction) -> dict[str, Any]:
    return {
        "doc": prediction.doc,
        "type": prediction.type,
        "source": prediction.source,
        "target": prediction.target,
        "sentence": prediction.sentence,
        "confidence": prediction.confidence,
    }
