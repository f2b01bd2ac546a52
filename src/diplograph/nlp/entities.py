"""Reconcile the registry's string matches with the parser's named entities.

The registry finds names by spelling alone, so a surname that is also a town ("Barrow",
"Rodríguez") comes back as a place. Where the parser reads the words as a person's name, the
place reading goes. And a surname inside a longer name the parser reads as a person ("ICC
prosecutor Karim Khan") names that person, not the office holder the surname alias belongs to
(Imran Khan), when the given name differs. A place that only says where something is based
("the London-based Syrian Observatory", "U.S.-based cleric Fethullah Gulen") names no actor,
and neither does a currency's country ("15 billion US dollars", "200 million Australian dollars").
"""

from __future__ import annotations

from collections.abc import Callable

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


def without_namesakes(
    mentions: list[Mention],
    parsed: Doc,
    full_names: Callable[[str], set[str]],
    is_title: Callable[[str], bool],
) -> list[Mention]:
    """``mentions`` less the surname readings whose PERSON entity gives another first name
    ("Karim Khan" is not Imran Khan). ``full_names(actor_id)`` gives the lower-case words of
    the names the registry knows for a person; titles the entity holds ("Chancellor Scholz")
    are no first names."""
    people = [ent for ent in parsed.ents if ent.label_ == "PERSON" and len(ent) > 1]
    if not people:
        return mentions
    kept = []
    for mention in mentions:
        if mention.alias_kind == "surname" and mention.actor_id:
            entity = next((e for e in people if e.start_char < mention.start < e.end_char), None)
            if entity is not None:
                before = [
                    t.lower_
                    for t in entity
                    if t.idx < mention.start and t.is_alpha and not is_title(t.lower_)
                ]
                known = full_names(mention.actor_id)
                if before and not any(word in known for word in before):
                    continue
        kept.append(mention)
    return kept


def without_bases(mentions: list[Mention], parsed: Doc) -> list[Mention]:
    """``mentions`` less the names of places something is merely based in: "the [London]-based
    Syrian Observatory", "[U.S.]-based cleric Fethullah Gulen". The thing described is not the
    place's state (an exile group in Miami is no act of the United States)."""
    bases = [
        parsed[word.i - 2].idx
        for word in parsed
        if word.lower_ == "based" and word.i >= 2 and parsed[word.i - 1].text == "-"
    ]
    if not bases:
        return mentions
    return [
        mention
        for mention in mentions
        if not any(mention.start <= base < mention.end for base in bases)
    ]


def without_currencies(mentions: list[Mention], parsed: Doc) -> list[Mention]:
    """``mentions`` less the names inside an amount of money: "more than 15 billion [US]
    dollars" names a currency, not the United States."""
    amounts = [(ent.start_char, ent.end_char) for ent in parsed.ents if ent.label_ == "MONEY"]
    if not amounts:
        return mentions
    return [
        mention
        for mention in mentions
        if not any(start <= mention.start and mention.end <= end for start, end in amounts)
    ]
