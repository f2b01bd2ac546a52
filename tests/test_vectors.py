"""vector_report on hand-made export records: shares, the balance index, membership by date."""

from __future__ import annotations

import math
from typing import Any

import pytest

from diplograph.analysis.vectors import Vector, VectorSet, load_vectors, vector_report
from diplograph.errors import NotFoundError
from diplograph.records import PartialDate

VECTORS = VectorSet(
    "KAZ",
    (
        Vector("Russia", frozenset({"RUS"})),
        Vector("China", frozenset({"CHN"})),
        Vector("Turkic world", frozenset({"GRP:TURKIC"}), members_of=("OTS",)),
    ),
)


class Memberships:
    """A stand-in registry: AZE joins OTS in 2009, nobody else belongs to anything."""

    def is_member(self, member: str, group: str, on: PartialDate | None) -> bool:
        return (member, group) == ("AZE", "OTS") and on is not None and on.year >= 2009


def record(
    source: str, target: str, date: str | None, score: float = 5.0, **extra: Any
) -> dict[str, Any]:
    return {
        "source": {"id": source},
        "target": {"id": target},
        "date": date,
        "score": score,
        "modality": extra.get("modality", "asserted"),
    }


def row_of(report: Any, year: str) -> Any:
    (row,) = [row for row in report.rows if row.year == year]
    return row


def test_an_even_spread_balances_at_one() -> None:
    records = [record("KAZ", "RUS", "2020"), record("CHN", "KAZ", "2020"),
               record("KAZ", "GRP:TURKIC", "2020-05")]  # fmt: skip
    row = row_of(vector_report(records, VECTORS, Memberships()), "2020")
    assert row.shares() == pytest.approx({"Russia": 1 / 3, "China": 1 / 3, "Turkic world": 1 / 3})
    assert row.balance() == pytest.approx(1.0)


def test_one_vector_balances_at_zero() -> None:
    records = [record("KAZ", "RUS", "2021"), record("RUS", "KAZ", "2021", score=3.0)]
    row = row_of(vector_report(records, VECTORS, Memberships()), "2021")
    assert row.events == {"Russia": 2, "China": 0, "Turkic world": 0}
    assert row.cooperation["Russia"] == pytest.approx(8.0)
    assert row.shares()["Russia"] == pytest.approx(1.0)
    assert row.balance() == 0.0


def test_shares_weight_cooperation_and_ignore_conflict() -> None:
    records = [record("KAZ", "RUS", "2019", score=6.0), record("KAZ", "CHN", "2019", score=2.0),
               record("KAZ", "CHN", "2019", score=-8.0)]  # fmt: skip
    row = row_of(vector_report(records, VECTORS, Memberships()), "2019")
    assert row.events["China"] == 2
    assert row.shares() == pytest.approx({"Russia": 0.75, "China": 0.25, "Turkic world": 0.0})
    expected = -(0.75 * math.log(0.75) + 0.25 * math.log(0.25)) / math.log(3)
    assert row.balance() == pytest.approx(expected)


def test_membership_gives_the_vector_from_the_event_date() -> None:
    records = [record("KAZ", "AZE", "2005"), record("KAZ", "AZE", "2012")]
    report = vector_report(records, VECTORS, Memberships())
    assert [row.year for row in report.rows] == ["2012"]
    assert row_of(report, "2012").events["Turkic world"] == 1


def test_planned_and_foreign_events_and_undated_ones() -> None:
    records = [
        record("KAZ", "RUS", "2020", modality="planned"),
        record("RUS", "CHN", "2020"),
        record("KAZ", "CHN", None),
    ]
    report = vector_report(records, VECTORS, Memberships())
    assert [row.year for row in report.rows] == ["undated"]
    assert report.to_dict()["years"][0]["events"]["China"] == 1


def test_kazakhstans_vectors_come_from_the_data_file() -> None:
    definition = load_vectors("kaz")
    names = [vector.name for vector in definition.vectors]
    assert definition.focal == "KAZ"
    assert {"Russia", "China", "USA", "EU", "Central Asia", "Muslim world", "Turkic world"} <= set(
        names
    )


def test_a_country_without_vectors_is_a_clear_error() -> None:
    with pytest.raises(NotFoundError, match=r"data/vectors/XXX\.yaml"):
        load_vectors("XXX")
