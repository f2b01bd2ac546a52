"""The project's own gold set (eval/gold/): well-formed, grounded in its texts, broad enough."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from diplograph.evaluate import GoldItem, load_corpus, load_gold, missing_sentences
from diplograph.records import PLOVER_TYPES, RELATION_TYPES, PartialDate

GOLD = Path(__file__).resolve().parents[1] / "eval" / "gold"
SPLITS = (
    "dev",
    "heldout",
    "fresh",
    "dev2",
    "dev3",
    "heldout2",
    "sentences",
    "dev4",
    "devsent",
    "devsent2",
    "dev5",
    "heldout3",
    "dev6",
    "dev7",
    "dev8",
)
# Splits of single coded sentences: news only, shorter than a passage.
SENTENCE_SPLITS = ("sentences", "devsent", "devsent2")
GENRES = {"news", "statement", "encyclopedia", "speech"}


@pytest.fixture(scope="module")
def items() -> dict[str, list[GoldItem]]:
    return {split: load_gold(GOLD / split / "gold.jsonl") for split in SPLITS}


def _sources(split: str) -> list[dict[str, str]]:
    with (GOLD / split / "SOURCES.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize("split", SPLITS)
def test_every_sentence_is_in_its_document(split: str, items: dict[str, list[GoldItem]]) -> None:
    documents = load_corpus(GOLD / split)
    paths = (GOLD / split / "docs").glob("*.txt")
    raw = {path.name: path.read_text(encoding="utf-8") for path in paths}
    assert missing_sentences(items[split], documents) == []
    assert all(item.sentence in raw[item.doc] for item in items[split])


@pytest.mark.parametrize("split", SPLITS)
def test_sources_table_lists_every_document(split: str, items: dict[str, list[GoldItem]]) -> None:
    rows = _sources(split)
    files = {path.name for path in (GOLD / split / "docs").glob("*.txt")}
    assert {row["file"] for row in rows} == files
    assert {item.doc for item in items[split]} <= files
    genres = {"news"} if split in SENTENCE_SPLITS else GENRES
    assert {row["genre"] for row in rows} == genres
    for row in rows:
        assert list(row) == ["file", "title", "source_address", "licence", "genre", "date"]
        assert (row["date"] == "") == (row["genre"] == "encyclopedia")
        PartialDate.parse(row["date"] or None)


def test_splits_do_not_share_documents() -> None:
    files = [{row["file"] for row in _sources(split)} for split in SPLITS]
    assert sum(len(names) for names in files) == len(set().union(*files))


def test_size_and_coverage(items: dict[str, list[GoldItem]]) -> None:
    every = items["dev"] + items["heldout"]
    documents = sum(len(_sources(split)) for split in SPLITS)
    assert documents >= 40 and len(every) >= 250
    assert len(_sources("heldout")) >= 14 and len(items["heldout"]) >= 90
    assert len(_sources("fresh")) >= 24 and len(items["fresh"]) >= 300
    assert len(_sources("dev3")) >= 24 and len(items["dev3"]) >= 450
    assert len(_sources("heldout2")) >= 24 and len(items["heldout2"]) >= 500
    assert len(_sources("sentences")) >= 150 and len(items["sentences"]) >= 350
    assert len(_sources("dev4")) >= 24 and len(items["dev4"]) >= 550
    assert len(_sources("devsent")) >= 200 and len(items["devsent"]) >= 600
    assert len(_sources("devsent2")) >= 200 and len(items["devsent2"]) >= 500
    assert len(_sources("dev5")) >= 24 and len(items["dev5"]) >= 600
    assert len(_sources("heldout3")) >= 20 and len(items["heldout3"]) >= 300
    assert len(_sources("dev6")) >= 20 and len(items["dev6"]) >= 400
    assert len(_sources("dev7")) >= 22 and len(items["dev7"]) >= 450
    assert len(_sources("dev8")) >= 22 and len(items["dev8"]) >= 550
    counts = Counter(item.type for item in every if not item.optional)
    assert all(counts[name] >= 5 for name in PLOVER_TYPES), counts
    assert all(counts[name] >= 1 for name in RELATION_TYPES), counts


def test_relation_items_carry_their_fields(items: dict[str, list[GoldItem]]) -> None:
    for item in [item for split in SPLITS for item in items[split]]:
        if item.type == "HOSTS":
            assert item.event_name and item.location and item.target is None, item.where
        if item.type == "RENAMED":
            assert item.old_name and item.new_name and item.target is None, item.where
        assert item.source != item.target or item.type == "COERCE", item.where


def test_documents_are_short_passages() -> None:
    for path in GOLD.glob("*/docs/*.txt"):
        words = len(path.read_text(encoding="utf-8").split())
        if path.parent.parent.name in SENTENCE_SPLITS:
            assert 8 <= words <= 80, path.name
        else:
            assert 120 <= words <= 330, path.name
