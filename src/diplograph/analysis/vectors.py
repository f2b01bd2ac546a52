"""Multi-vector balance: how a country's foreign relations spread across its partner vectors.

Each stored event with the focal country on one side and a partner on the other counts for the
partner's vector (the first vector, in the data file's order, that names the partner or has it
as a member on the event's date). Per year the report gives events and cooperation (the sum of
positive PLOVER scores) per vector, each vector's share of cooperation, and a balance index:
the normalised Shannon entropy of those shares (1 = cooperation spread evenly over every
vector, 0 = all of it with one partner).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml

from diplograph.errors import NotFoundError
from diplograph.records import PartialDate

UNDATED = "undated"


@dataclass(frozen=True)
class Vector:
    name: str
    actors: frozenset[str]
    members_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class VectorSet:
    focal: str
    vectors: tuple[Vector, ...]

    def vector_of(self, partner: str, on: PartialDate | None, registry: Any) -> str | None:
        for vector in self.vectors:
            if partner in vector.actors:
                return vector.name
        for vector in self.vectors:
            if any(registry.is_member(partner, group, on) for group in vector.members_of):
                return vector.name
        return None


@dataclass
class VectorRow:
    year: str
    events: dict[str, int] = field(default_factory=dict)
    cooperation: dict[str, float] = field(default_factory=dict)

    def shares(self) -> dict[str, float]:
        total = sum(self.cooperation.values())
        return {name: (value / total if total else 0.0) for name, value in self.cooperation.items()}

    def balance(self) -> float:
        shares = [share for share in self.shares().values() if share > 0]
        if len(self.cooperation) < 2 or not shares:
            return 0.0
        entropy = -sum(share * math.log(share) for share in shares)
        return entropy / math.log(len(self.cooperation))


@dataclass
class VectorReport:
    focal: str
    vectors: list[str]
    rows: list[VectorRow]

    def to_dict(self) -> dict[str, Any]:
        return {
            "focal": self.focal,
            "vectors": self.vectors,
            "years": [
                {
                    "year": row.year,
                    "events": row.events,
                    "cooperation": {
                        name: round(value, 2) for name, value in row.cooperation.items()
                    },
                    "shares": {name: round(value, 3) for name, value in row.shares().items()},
                    "balance": round(row.balance(), 3),
                }
                for row in self.rows
            ],
        }


def load_vectors(country: str) -> VectorSet:
    """The vector definition of ``country`` (ISO alpha-3) from ``data/vectors/``."""
    node = (
        resources.files("diplograph")
        .joinpath("data")
        .joinpath("vectors")
        .joinpath(f"{country.upper()}.yaml")
    )
    if not node.is_file():
        raise NotFoundError(
            f"no vector definition for {country.upper()}; add data/vectors/{country.upper()}.yaml",
            where="vectors",
        )
    data = yaml.safe_load(node.read_text(encoding="utf-8"))
    vectors = tuple(
        Vector(item["name"], frozenset(item.get("actors", ())), tuple(item.get("members_of", ())))
        for item in data["vectors"]
    )
    return VectorSet(data["focal"], vectors)


def vector_report(
    records: Iterable[dict[str, Any]], vectors: VectorSet, registry: Any
) -> VectorReport:
    """Events and cooperation per vector and year from export records (``Store.export_records``)."""
    names = [vector.name for vector in vectors.vectors]
    rows: dict[str, VectorRow] = defaultdict(lambda: VectorRow(""))
    for record in records:
        partner = _partner(record, vectors.focal)
        if partner is None or record.get("modality") not in ("asserted", None):
            continue
        when = PartialDate.parse(record.get("date"))
        vector = vectors.vector_of(partner, when, registry)
        if vector is None:
            continue
        year = str(when.year) if when else UNDATED
        row = rows[year]
        row.year = year
        row.events[vector] = row.events.get(vector, 0) + 1
        row.cooperation[vector] = row.cooperation.get(vector, 0.0) + max(
            record.get("score") or 0.0, 0.0
        )
    for row in rows.values():
        for name in names:
            row.events.setdefault(name, 0)
            row.cooperation.setdefault(name, 0.0)
    ordered = sorted(rows.values(), key=lambda row: (row.year == UNDATED, row.year))
    return VectorReport(vectors.focal, names, ordered)


def _partner(record: dict[str, Any], focal: str) -> str | None:
    source = (record.get("source") or {}).get("id")
    target = (record.get("target") or {}).get("id")
    if source == focal and target and target != focal:
        return str(target)
    if target == focal and source and source != focal:
        return str(source)
    return None
