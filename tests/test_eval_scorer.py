"""The scorer behind ``diplograph eval``: matching rules, counts, dates, places, calibration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplograph.errors import InputError
from diplograph.evaluate import load_corpus, load_gold, missing_sentences, score
from diplograph.evaluate.gold import GoldItem
from diplograph.evaluate.run import run_eval
from diplograph.evaluate.scorer import same_date, same_place, same_sentence
from diplograph.records import PartialDate

SENTENCE = "Kazakhstan and Turkey signed a trade agreement in Ankara."


def gold(
    type_: str = "SUPPORT", source: str = "KAZ", target: str | None = "TUR", **extra: Any
) -> GoldItem:
    fields: dict[str, Any] = {
        "doc": "a.txt",
        "sentence": SENTENCE,
        "context": ("economic",),
        "date": PartialDate(2020, 5, 4),
        "location": "Ankara",
    }
    fields.update(extra)
    return GoldItem(source=source, target=target, type=type_, **fields)


def predicted(
    type_: str = "SUPPORT", source: str = "KAZ", target: str | None = "TUR", **extra: Any
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": type_,
        "source": {"id": source},
        "target": {"id": target} if target else None,
        "date": "2020-05-04",
        "location": {"name": "Ankara"},
        "confidence": 0.9,
        "modality": "asserted",
        "document": {"source": "/corpus/docs/a.txt"},
        "evidence": [{"sentence": SENTENCE}],
    }
    record.update(extra)
    return record


def test_exact_match_is_a_true_positive() -> None:
    report = score([predicted()], [gold()])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)
    assert report.overall.f1 == 1.0


def test_direction_matters_unless_reciprocal() -> None:
    assert score([predicted(source="TUR", target="KAZ")], [gold()]).overall.tp == 0
    assert score([predicted(source="TUR", target="KAZ")], [gold(reciprocal=True)]).overall.tp == 1


def test_alt_types_are_accepted_and_counted_under_the_gold_type() -> None:
    report = score([predicted("AGREE")], [gold("SUPPORT", alt_types=("AGREE",))])
    assert report.overall.tp == 1
    assert report.per_type["SUPPORT"].tp == 1 and "AGREE" not in report.per_type
    assert score([predicted("REQUEST")], [gold("SUPPORT", alt_types=("AGREE",))]).overall.tp == 0


def test_optional_items_are_neither_missed_nor_false() -> None:
    assert score([], [gold(optional=True)]).overall.fn == 0
    report = score([predicted()], [gold(optional=True)])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 0, 0)


def test_matching_is_one_to_one() -> None:
    report = score([predicted(), predicted()], [gold()])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 0)


def test_same_sentence_match_is_preferred() -> None:
    other = "Later the two countries signed a second deal on transit."
    items = [gold(sentence=other), gold()]
    report = score([predicted()], items)
    assert report.strict.tp == 1 and report.false_negatives[0]["sentence"] == other


def test_other_document_never_matches() -> None:
    report = score([predicted(document={"source": "b.txt"})], [gold()])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 1, 1)


def test_per_type_counts() -> None:
    items = [
        gold(),
        gold("ACCUSE", source="TUR", target="KAZ"),
        gold("HOSTS", target=None, event_name="forum"),
    ]
    preds = [predicted(), predicted("ACCUSE", source="TUR", target="KAZ"), predicted("ASSAULT")]
    report = score(preds, items)
    assert report.per_type["SUPPORT"].to_dict()["f1"] == 1.0
    assert (report.per_type["HOSTS"].fn, report.per_type["ASSAULT"].fp) == (1, 1)
    assert list(report.per_type) == ["SUPPORT", "ACCUSE", "ASSAULT", "HOSTS"]
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == pytest.approx(2 / 3)


def test_strict_requires_the_evidence_sentence() -> None:
    preds = [predicted(evidence=[{"sentence": "An unrelated sentence about weather."}])]
    report = score(preds, [gold()])
    assert report.overall.tp == 1 and report.strict.tp == 0 and report.strict.fp == 1


def test_only_asserted_and_planned_agree_are_scored() -> None:
    preds = [
        predicted(modality="negated"),
        predicted("AGREE", modality="planned"),
        predicted("CONSULT", modality="planned"),
        predicted(modality="hypothetical"),
    ]
    report = score(preds, [gold("AGREE")])
    assert (report.scored_predictions, report.ignored_predictions) == (1, 3)
    assert report.overall.tp == 1


@pytest.mark.parametrize(
    ("mine", "theirs", "coarse", "expected"),
    [
        ("2020-05-04", "2020-05-04", False, True),
        ("2020-05", "2020-05-04", False, False),
        ("2020-05", "2020-05-04", True, True),
        ("2020-06", "2020-05-04", True, False),
        ("2020", "2020-05", True, True),
        (None, None, False, True),
        (None, "2020", True, False),
        ("last year", "2020", True, False),
    ],
)
def test_date_comparison(
    mine: str | None, theirs: str | None, coarse: bool, expected: bool
) -> None:
    assert same_date(mine, PartialDate.parse(theirs), coarse=coarse) is expected


def test_date_and_location_accuracy_on_matched_items() -> None:
    preds = [
        predicted(date="2020-05"),
        predicted("ACCUSE", location={"name": "ANKARA"}),
        predicted("REJECT", location=None),
    ]
    items = [gold(), gold("ACCUSE"), gold("REJECT")]
    report = score(preds, items)
    assert (report.date_exact.correct, report.date_exact.total) == (2, 3)
    assert report.date_coarse.correct == 3
    assert report.location.correct == 2


def test_place_names_fold_case_and_diacritics() -> None:
    assert same_place("Türkiye", "turkiye") and same_place("the Hague", "The Hague")
    assert same_place(None, None) and not same_place("Almaty", None)


def test_sentence_overlap_tolerates_splitters() -> None:
    assert same_sentence("2009.The founding", "The founding")
    quoted = "He said: “Kazakhstan and Turkey signed.”"
    assert same_sentence(quoted, "Kazakhstan and Turkey signed.")
    assert not same_sentence("Kazakhstan signed.", "Turkey protested loudly.")


def test_calibration_bins() -> None:
    preds = [
        predicted(confidence=0.3),
        predicted("ACCUSE", confidence=0.6),
        predicted(confidence=0.95),
        predicted(confidence=0.8),
    ]
    report = score(preds, [gold()])
    counts = [(b.label, b.predicted, b.matched) for b in report.calibration]
    assert counts == [("<0.5", 1, 0), ("0.5-0.8", 1, 0), (">=0.8", 2, 1)]


def test_render_and_to_dict() -> None:
    report = score([predicted(), predicted("ASSAULT")], [gold()])
    text = report.render()
    assert "SUPPORT" in text and "ALL" in text and ">=0.8" in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["overall"]["tp"] == 1 and data["false_positives"][0]["type"] == "ASSAULT"


def _row(**changes: Any) -> str:
    row: dict[str, Any] = {
        "doc": "a.txt",
        "sentence": SENTENCE,
        "source": "KAZ",
        "target": "TUR",
        "type": "SUPPORT",
        "context": ["economic"],
        "date": "2020-05",
        "location": None,
    }
    row.update(changes)
    return json.dumps({k: v for k, v in row.items() if v != "DROP"})


def test_load_gold_reads_rows(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(_row() + "\n\n" + _row(reciprocal=True, alt_types=["AGREE"]) + "\n")
    items = load_gold(path)
    assert len(items) == 2 and items[1].accepted_types == {"SUPPORT", "AGREE"}
    assert items[0].date == PartialDate(2020, 5) and items[0].where.endswith("gold.jsonl:1")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("{not json", "not valid JSON"),
        (_row(type="HUG"), "unknown event type"),
        (_row(context=["vibes"]), "unknown context"),
        (_row(source="kazakhstan"), "bad source actor id"),
        (_row(date="May 2020"), "bad date"),
        (_row(location="DROP"), "missing field"),
        (_row(recipient="TUR"), "unknown field"),
        (_row(type="HOSTS", target=None), "event_name"),
    ],
)
def test_load_gold_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(_row() + "\n" + row + "\n")
    with pytest.raises(InputError, match=message) as caught:
        load_gold(path)
    assert str(caught.value).startswith(f"{path}:2: ")


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "nope.jsonl")


def test_load_corpus_with_sources(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("ANKARA, 4 May 2020 – " + SENTENCE + "\r\n")
    (tmp_path / "SOURCES.tsv").write_text(
        "file\ttitle\tsource_address\tlicence\tgenre\tdate\na.txt\tDeal\town text\tMIT\tnews\t"
        "2020-05-04\n"
    )
    [document] = load_corpus(tmp_path)
    assert (document.source, document.title, document.date) == (
        "a.txt",
        "Deal",
        PartialDate(2020, 5, 4),
    )
    assert document.text.endswith("Ankara.") and document.metadata["genre"] == "news"
    assert missing_sentences([gold(), gold(sentence="Absent.")], [document]) == [
        gold(sentence="Absent.")
    ]


def test_load_corpus_without_texts(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \.txt"):
        load_corpus(tmp_path)


def test_a_fact_two_documents_state_is_scored_in_each(tmp_path: Path, pipeline: Any) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "Kazakhstan is a member of the Collective Security Treaty Organization."
    for name in ("a.txt", "b.txt"):
        (docs / name).write_text(f"{text}\n\nIt held talks in {name[0].upper()}.", "utf-8")
    rows = [
        {
            "doc": name,
            "sentence": text,
            "source": "KAZ",
            "target": "CSTO",
            "type": "MEMBER_OF",
            "context": ["military"],
            "date": None,
            "location": None,
        }
        for name in ("a.txt", "b.txt")
    ]
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text("".join(json.dumps(row) + "\n" for row in rows), "utf-8")
    report = run_eval(gold_file, docs, pipeline=pipeline)
    assert (report.overall.tp, report.overall.fn) == (2, 0)
