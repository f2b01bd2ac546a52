"""The result of scoring extraction against gold: counts, rates and a fixed-width rendering."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the rates they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Accuracy:
    """How many matched items got an attribute right, out of how many were compared."""

    correct: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.share, 4)}


@dataclass
class CalibrationBin:
    """Scored predictions whose confidence falls in [low, high), and how many matched gold."""

    label: str
    low: float
    high: float
    predicted: int = 0
    matched: int = 0

    @property
    def share(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "bin": self.label,
            "predicted": self.predicted,
            "matched": self.matched,
            "share_matched": round(self.share, 4),
        }


@dataclass
class EvalReport:
    """Everything ``score`` measured; ``render()`` for people, ``to_dict()`` for JSON."""

    overall: Counts
    per_type: dict[str, Counts]
    strict: Counts
    strict_per_type: dict[str, Counts]
    date_exact: Accuracy
    date_coarse: Accuracy
    location: Accuracy
    calibration: list[CalibrationBin]
    scored_predictions: int = 0
    ignored_predictions: int = 0
    false_negatives: list[dict[str, Any]] = field(default_factory=list)
    false_positives: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of every number, plus the unmatched gold and predictions."""
        return {
            "overall": self.overall.to_dict(),
            "per_type": {name: counts.to_dict() for name, counts in self.per_type.items()},
            "strict": self.strict.to_dict(),
            "strict_per_type": {n: c.to_dict() for n, c in self.strict_per_type.items()},
            "date_exact": self.date_exact.to_dict(),
            "date_coarse": self.date_coarse.to_dict(),
            "location": self.location.to_dict(),
            "calibration": [item.to_dict() for item in self.calibration],
            "scored_predictions": self.scored_predictions,
            "ignored_predictions": self.ignored_predictions,
            "false_negatives": self.false_negatives,
            "false_positives": self.false_positives,
        }

    def render(self) -> str:
        """A fixed-width text report: per-type table, strict totals, dates, places, calibration."""
        lines = [_HEADER, "-" * len(_HEADER)]
        for name, counts in self.per_type.items():
            lines.append(_row(name, counts, self.strict_per_type.get(name, Counts())))
        lines += ["-" * len(_HEADER), _row("ALL", self.overall, self.strict), ""]
        lines += [
            f"scored predictions {self.scored_predictions}, "
            f"not scored (modality) {self.ignored_predictions}",
            f"date exact   {_accuracy(self.date_exact)}",
            f"date coarse  {_accuracy(self.date_coarse)}",
            f"location     {_accuracy(self.location)}",
            "",
            f"{'confidence':<12}{'predicted':>10}{'matched':>9}{'share':>8}",
        ]
        for item in self.calibration:
            lines.append(f"{item.label:<12}{item.predicted:>10}{item.matched:>9}{item.share:>8.2f}")
        return "\n".join(lines)


_HEADER = (
    f"{'type':<11}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'F1':>7}"
    f"  {'strict P':>8}{'R':>7}{'F1':>7}"
)


def _row(name: str, counts: Counts, strict: Counts) -> str:
    return (
        f"{name:<11}{counts.tp:>5}{counts.fp:>5}{counts.fn:>5}"
        f"{counts.precision:>7.2f}{counts.recall:>7.2f}{counts.f1:>7.2f}"
        f"  {strict.precision:>8.2f}{strict.recall:>7.2f}{strict.f1:>7.2f}"
    )


def _accuracy(value: Accuracy) -> str:
    return f"{value.share:.2f} ({value.correct}/{value.total} matched items)"
