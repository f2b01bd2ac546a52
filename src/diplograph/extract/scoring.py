"""Quad class and cooperation-conflict score of an event, from the PLOVER tables in data/plover/."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

from diplograph.wordlists import read_data_yaml


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int | None], dict[tuple[str, str], float]]:
    ontology = read_data_yaml("plover", "ontology.yaml")
    quads = {name: spec.get("quad") for name, spec in ontology["types"].items()}
    scores: dict[tuple[str, str], float] = {
        (name, ""): float(spec["score"])
        for name, spec in ontology["types"].items()
        if spec.get("score") is not None
    }
    node = resources.files("diplograph").joinpath("data").joinpath("plover").joinpath("scores.csv")
    text = node.read_text("utf-8")
    for row in csv.DictReader(text.splitlines()):
        scores[(row["event_type"], row["mode"] or "")] = float(row["score"])
    return quads, scores


def quad_and_score(event_type: str, mode: str | None) -> tuple[int | None, float | None]:
    """(quad 1..4, score -10..+10) for a type and mode; the type's base score when the mode has none."""
    quads, scores = _tables()
    score = scores.get((event_type, mode or ""), scores.get((event_type, "")))
    return quads.get(event_type), score
