"""Renamings stated by their verb, of the organisation the sentence's subject stands for.

Texts are our own. Each case names the reading a careful analyst gives the text.
"""

from __future__ import annotations

from typing import Any

from diplograph.records import Document, Event


def renamings(pipeline: Any, text: str) -> list[Event]:
    events = pipeline.process(Document(text=text, source="case.txt")).events
    return [e for e in events if e.type == "RENAMED"]


def test_the_group_was_renamed_names_the_new_name(pipeline: Any) -> None:
    text = (
        "The Shanghai Cooperation Organisation grew out of earlier border talks. "
        "Uzbekistan joined in 2001, and the group was renamed Shanghai Forum Plus."
    )
    (event,) = renamings(pipeline, text)
    assert event.source is not None and event.source.id == "SCO"
    assert event.new_name == "Shanghai Forum Plus"
    assert event.date is not None and event.date.iso() == "2001"


def test_adopting_the_present_name_is_a_renaming_to_the_name_it_has_today(pipeline: Any) -> None:
    text = (
        "The Organisation of Islamic Cooperation was set up in Rabat in 1969. "
        "The organisation adopted its present name in 2011."
    )
    (event,) = renamings(pipeline, text)
    assert event.source is not None and event.source.id == "OIC"
    assert event.date is not None and event.date.iso() == "2011"


def test_adopting_a_resolution_is_no_renaming(pipeline: Any) -> None:
    text = "The Organisation of Islamic Cooperation adopted a resolution on Gaza in 2023."
    assert not renamings(pipeline, text)
