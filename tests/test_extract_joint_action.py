"""Joint military action is COOPERATE between the sides that take part.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

import pytest

from diplograph.records import Document, PartialDate

DATE = PartialDate(2024, 9, 2)


def cooperating(pipeline: Any, text: str) -> set[frozenset[str | None]]:
    events = pipeline.process(Document(text=text, source="case.txt", date=DATE)).events
    return {
        frozenset((e.source.id if e.source else None, e.target.id if e.target else None))
        for e in events
        if e.type == "COOPERATE" and e.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Indian and French navies held a joint sail in the Arabian Sea.", {"IND", "FRA"}),
        ("China sent bombers on joint patrols with the Russian air force.", {"CHN", "RUS"}),
        ("Rwandan troops fight alongside the Mozambican army in Cabo Delgado.", {"RWA", "MOZ"}),
    ],
)
def test_joint_sails_patrols_and_fighting_alongside(
    pipeline: Any, text: str, pair: set[str]
) -> None:
    assert frozenset(pair) in cooperating(pipeline, text)
