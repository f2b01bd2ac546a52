"""Reconcile the registry's string matches with the parser's named entities.

The registry finds names by spelling alone, so a surname that is also a town ("Barrow",
"Rodríguez") comes back as a place. Where the parser reads the words as a person's name, the
place reading goes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.records import Mention


def without_places_in_person_names(mentions: list[Mention], parsed: Doc) -> list[Mention]:
    """``mentions`` less the place readings that fall inside a PERSON entity."""
    people = [(ent.start_char, ent.end_char) for ent in parsed.ents if ent.label_ == "PERSON"]
    if not people:
        return mentions
    return [
        mention
        for mention in mentions
        if mention.kind != "place"
        or not any(start <= mention.start and mention.end <= end for start, end in people)
    ]
