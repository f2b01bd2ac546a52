"""Renamings stated by their verb: of the organisation the subject stands for, or of the state
or organisation the new name itself names.

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


def test_a_country_renamed_by_its_object_is_the_actor_of_the_new_name(pipeline: Any) -> None:
    (event,) = renamings(pipeline, "Lawmakers voted to rename the country Eswatini in April 2018.")
    assert event.source is not None and event.source.id == "SWZ"
    assert event.new_name == "Eswatini"
    assert event.date is not None and event.date.iso() == "2018-04"


def test_a_name_changed_to_or_registered_as_a_new_one_is_a_renaming(pipeline: Any) -> None:
    changed = renamings(pipeline, "In 2018 the kingdom changed its name to Eswatini.")
    registered = renamings(pipeline, "Ankara asked the UN in 2022 to register its name as Türkiye.")
    assert [e.source.id for e in changed if e.source] == ["SWZ"]
    assert [e.source.id for e in registered if e.source] == ["TUR"]


def test_henceforth_known_as_is_a_renaming_and_the_former_name_is_kept(pipeline: Any) -> None:
    text = "King Mswati said Swaziland would henceforth be known as Eswatini."
    (event,) = renamings(pipeline, text)
    assert event.source is not None and event.source.id == "SWZ"
    assert (event.old_name, event.new_name) == ("Swaziland", "Eswatini")


def test_another_name_a_group_is_known_as_is_no_renaming(pipeline: Any) -> None:
    text = "Militants of the group known as Hayat Tahrir al-Sham attacked an army post in Syria."
    assert not renamings(pipeline, text)


def test_renaming_itself_in_a_participle_clause_renames_the_subject(pipeline: Any) -> None:
    text = (
        "The Shanghai Five met in Shanghai in 2001, "
        "renaming itself the Shanghai Cooperation Organisation."
    )
    events = pipeline.process(Document(text=text, source="case.txt", date=None)).events
    assert any(e.type == "RENAMED" and e.source and e.source.id == "SCO" for e in events)


def test_turning_one_body_into_a_named_organisation_renames_it(pipeline: Any) -> None:
    text = (
        "In 1999 the leaders signed a charter that transformed the old committee into the "
        "Eurasian Economic Community."
    )
    (event,) = renamings(pipeline, text)
    assert event.source is not None and event.source.id == "EURASEC"


def test_relaunching_an_organisation_as_a_new_one_renames_it(pipeline: Any) -> None:
    text = "Leaders dissolved the old forum in Jeddah and relaunched it as the Gulf Cooperation Council."
    (event,) = renamings(pipeline, text)
    assert event.source is not None and event.source.id == "GCC"


def test_adopting_the_name_of_a_state_renames_it(pipeline: Any) -> None:
    text = "In 2019 our country adopted a new constitution and the name North Macedonia."
    (event,) = renamings(pipeline, text)
    assert event.source is not None and event.source.id == "MKD"


def test_turning_a_city_into_a_hub_is_no_renaming(pipeline: Any) -> None:
    text = "The agreement turned the port of Gwadar into a hub for Chinese trade."
    assert not renamings(pipeline, text)
