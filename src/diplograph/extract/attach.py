"""Attach dates, places and names to an event from its sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span, Token

from diplograph.extract.syntax import clause_root, entities
from diplograph.extract.temporal import TimeValue, parse_time_expression
from diplograph.extract.tree import children, sentence_of
from diplograph.nlp.datelines import dateline_spans
from diplograph.records import Location, Mention, PartialDate
from diplograph.wordlists import words

LOCATION_PREPS = words("location_preps")
PLACE_SIDE_NOUNS = words("place_side_nouns")
REGION_NOUNS = words("region_nouns")
SETTLEMENT_NOUNS = words("settlement_nouns")
NOUN_DATING = frozenset({"poss", "compound", "nmod", "amod", "nummod"})  # "a 2015 agreement"
RANGE_OPENERS = words("range_openers")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
QUOTED = re.compile(r"[\"“«]([^\"”»]{3,120})[\"”»]")


@dataclass(frozen=True)
class TimeMention:
    """A temporal phrase of a sentence with the values it states."""

    root: Token
    values: tuple[TimeValue, ...]
    since: bool = False


def sentence_times(
    sentence: Span,
    anchor: PartialDate | None,
    skip: list[tuple[int, int]] | None = None,
    *,
    previous: PartialDate | None = None,
) -> list[TimeMention]:
    """The dated phrases of a sentence (spaCy DATE and TIME entities, parsed by
    ``parse_time_expression``), leaving out those inside the character spans ``skip`` (a dateline
    dates the story, not its acts). ``previous`` is the date the text gave last, which "two days
    later" or "the same year" count from; each phrase becomes the reference of the next.
    """
    found = []
    for entity in entities(sentence.doc):
        if not sentence.start <= entity.start < sentence.end:
            continue
        if entity.label_ not in ("DATE", "TIME"):  # "on Sunday night" is tagged a TIME
            continue
        if any(start <= entity.start_char < end for start, end in skip or ()):
            continue
        if _names_a_year(entity):
            continue  # "the Bangkok Vision 2030", "Agenda 2063": a title, not a date
        before = entity.doc[entity.start - 1] if entity.start > sentence.start else None
        opener = before.text + " " if before is not None and before.lower_ in RANGE_OPENERS else ""
        values = parse_time_expression(opener + entity.text, anchor, previous)
        if values:
            since = entity.root.head.lower_ == "since" or entity.text.lower().startswith("since")
            mention = TimeMention(entity.root, tuple(values), since)
            found.append(mention)
            previous = story_date([mention], previous, anchor)
    return found


def _names_a_year(entity: Span) -> bool:
    """A bare year that ends a proper name ("Vision 2030", "Expo 2020", "Agenda 2063")."""
    root = entity.root
    return (
        len(entity) == 1
        and root.like_num
        and root.dep_ in ("nummod", "npadvmod", "appos", "compound")
        and root.head.pos_ == "PROPN"
        and root.head.i == root.i - 1
    )


def story_date(
    times: list[TimeMention], previous: PartialDate | None, anchor: PartialDate | None
) -> PartialDate | None:
    """The date a story has reached after ``times``: the last one given that is not after the
    document date ``anchor`` (a report tells what happened; "members from 1 January" next year
    is a plan, and "four months later" does not count from it)."""
    told = [
        value.date
        for mention in times
        for value in mention.values
        if anchor is None or value.date.first_day() <= anchor.last_day()
    ]
    return told[-1] if told else previous


# How many days before the document date a weekday the story named can still be its news day.
NEWS_DAY_REACH = 7


def acts_times(times: list[TimeMention]) -> list[TimeMention]:
    """The phrases that date an act: not "Friday night's earthquake" (a noun's date) nor
    "since 1975" (how long a state has lasted). Those of the main clause come last, as the
    day the sentence reports ("broke off relations on Saturday after police forced their way
    in late on Friday" reports Saturday)."""
    dating = [mention for mention in times if not mention.since and not _dates_a_noun(mention.root)]
    return sorted(
        dating, key=lambda mention: clause_root(mention.root).i == sentence_of(mention.root).root.i
    )


def fallback_date(
    predicate: Token, anchor: PartialDate | None, story: PartialDate | None
) -> PartialDate | None:
    """The date of an act a dated text reports without a date of its own; ``story`` is the
    date the text last gave to an act (``acts_times``).

    A news report dated 25 November that told of "Tuesday evening" (the 24th) goes on telling
    that day's acts in the past tense: the day the story reached, when it is a day of the week
    before the document date. Otherwise, and for what the text tells in the present or present
    perfect ("Qatar calls on", "Tehran has blamed"), the document date. A text with no date
    (an encyclopedia entry) gives none: only its explicit dates count.
    """
    if anchor is None or story is None or story.day is None or anchor.day is None:
        return anchor
    if _told_as_present(clause_root(predicate)):
        return anchor
    gap = (anchor.first_day() - story.first_day()).days
    return story if 0 < gap <= NEWS_DAY_REACH else anchor


def _told_as_present(verb: Token) -> bool:
    """ "Qatar calls on", "Tehran has blamed", "are sending": a present or present perfect
    report of an act, dated by the text that tells it, not by a day the story told of."""
    if _present_tense(verb):
        return True
    auxiliaries = [child for child in children(verb) if child.dep_ in ("aux", "auxpass")]
    return any(a.tag_ in ("VBP", "VBZ") and a.lemma_ in ("have", "be") for a in auxiliaries)


def times_for(predicate: Token, anchor_token: Token, times: list[TimeMention]) -> list[TimeValue]:
    """The dates of the clause headed by ``predicate``; a single sentence date otherwise.

    Coordinated years ("in 2003, 2006 and 2009") give one value each, so the caller makes one
    event per value.
    """
    times = [mention for mention in times if not _dates_a_state(mention, anchor_token)]
    attached = [
        value
        for mention in times
        if _attached(mention.root, predicate, anchor_token)
        for value in mention.values
    ]
    if attached:
        return attached
    times = [mention for mention in times if not _dates_a_noun(mention.root)]
    roots = {clause_root(mention.root).i for mention in times}
    if len(times) == 1 and (
        predicate.i in roots or (len(roots) == 1 and _same_clause_family(predicate, times[0].root))
    ):
        return list(times[0].values)
    if _present_tense(clause_root(predicate)):
        return []  # "Last year we were attacked, and we are grateful": said now, not then
    return _coordinated_times(predicate, times) or _fronted_times(predicate, times)


def _dates_a_state(mention: TimeMention, anchor_token: Token) -> bool:
    """ "a member since 1952", "the first clash since 1975": a "since" phrase on a noun dates
    how long that state has lasted, not the act of the clause (unless the noun is the act)."""
    opener = mention.root.head
    if not mention.since or opener.lower_ != "since" or opener.head.i == anchor_token.i:
        return False
    return opener.head.pos_ in ("NOUN", "PROPN")


def _coordinated_times(predicate: Token, times: list[TimeMention]) -> list[TimeValue]:
    """ "met in Geneva on Friday and agreed to keep talking": a verb coordinated after a dated
    one, with no date of its own, happened at that time too."""
    current = predicate
    for _ in range(3):
        if current.dep_ != "conj" or current.head.i == current.i:
            return []
        current = current.head
        found = [
            value
            for mention in times
            if mention.root.i < predicate.i and _attached(mention.root, current, current)
            for value in mention.values
        ]
        if found:
            return found
    return []


def _present_tense(verb: Token) -> bool:
    """A clause in the present tense ("we are grateful", "X calls on Y"), not "has called"."""
    if any(child.dep_ == "aux" for child in children(verb)):
        return False
    words = [verb, *(c for c in children(verb) if c.dep_ in ("cop", "auxpass"))]
    return any(word.tag_ in ("VBP", "VBZ") for word in words)


def _fronted_times(predicate: Token, times: list[TimeMention]) -> list[TimeValue]:
    """ "On 2 May the council demanded a ceasefire and threatened sanctions": a date that opens
    the sentence sets the time of everything it reports that has no date of its own."""
    sentence = sentence_of(predicate)
    opening = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
    for mention in times:
        phrase = mention.root.head if mention.root.head.pos_ == "ADP" else mention.root
        if opening is not None and phrase.left_edge.i == opening.i and phrase.i < predicate.i:
            others = [
                value for other in times if other.root.i < predicate.i for value in other.values
            ]
            return [_refined(value, others) for value in mention.values]
    return []


def _refined(value: TimeValue, others: list[TimeValue]) -> TimeValue:
    """ "Six years ago, in March 2018, ...": the fronted phrase as the apposition after it
    states it more precisely."""
    iso = value.date.iso()
    return next((other for other in others if other.date.iso().startswith(iso + "-")), value)


def _attached(root: Token, predicate: Token, anchor_token: Token) -> bool:
    """The date hangs on the act's verb or noun, not on another verb or on a noun it dates
    ("after Friday night's earthquake", "the 2015 agreement")."""
    current = root
    for _ in range(8):
        if current.i in (anchor_token.i, predicate.i):
            return True
        if current.head.i == current.i:
            return False
        if current.pos_ in ("VERB", "AUX") and current.i != root.i:
            return False
        if current.dep_ in NOUN_DATING and _dated_noun(current.head):
            return current.head.i == anchor_token.i  # it dates that noun
        current = current.head
    return False


def _dates_a_noun(root: Token) -> bool:
    """ "after Friday night's earthquake", "the 2015 agreement": the date belongs to a noun."""
    current = root
    for _ in range(4):
        if current.head.i == current.i or current.pos_ in ("VERB", "AUX"):
            return False
        if current.dep_ in NOUN_DATING and _dated_noun(current.head):
            return True
        current = current.head
    return False


def _dated_noun(head: Token) -> bool:
    """A noun a date modifies that is no time itself ("the 2015 agreement", not "Tuesday
    evening")."""
    return head.pos_ == "NOUN" and head.ent_type_ not in ("DATE", "TIME")


def _same_clause_family(predicate: Token, root: Token) -> bool:
    """A date attached to the main verb also dates its complements ("agreed in May to send")
    and its bare participle clauses ("published drafts in December demanding guarantees")."""
    date_verb = clause_root(root)
    current = predicate
    for _ in range(4):
        if current.i == date_verb.i:
            return True
        if current.dep_ not in ("xcomp", "ccomp") and not _bare_participle(current):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _bare_participle(verb: Token) -> bool:
    """ "..., demanding guarantees": an -ing clause with no subject or conjunction of its own
    tells what the main act did, at its time ("after meeting X" has its own)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return False
    return not any(child.dep_ in ("mark", "nsubj", "nsubjpass") for child in children(verb))


def place_of(
    token: Token, registry: Any, near: list[str], mention: Mention | None = None
) -> Location | None:
    """A place named at ``token`` (a capital, city, region or country), with coordinates.

    A capital the registry recognised settles the ambiguity (Damascus in Syria, not Oregon).
    """
    if (
        mention is not None
        and mention.actor_id
        and mention.alias_kind in ("capital", "name", "seat")
    ):
        near = [mention.actor_id, *near]
    doc = token.doc
    after_place_preposition = _after_place_preposition(token)
    if token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return None
    if token.ent_type_ == "PERSON" and not after_place_preposition:
        return None  # "in Naypyitaw" is a place whatever the tagger says
    entity = next((ent for ent in entities(doc) if ent.start <= token.i < ent.end), None)
    text = entity.text if entity is not None and entity.label_ in PLACE_LABELS else None
    if token.pos_ == "PROPN":
        text = _name_with_of(token, registry) or text or doc[token.left_edge.i : token.i + 1].text
    if not text:
        return _owned_place(token, registry)
    text = re.sub(r"^(the|The)\s+", "", text.strip())
    place = registry.place(text, near=near)
    if _seat_of_another(mention, place):
        # "at the White House": a state's seat of government, not a gazetteer's alternate
        # name of some city elsewhere (GeoNames lists "White House" for Casablanca).
        return Location(text, mention.actor_id if mention else None)
    if place is None:
        if _named_feature(token, entity, mention) and after_place_preposition:
            return Location(text)
        return _place_in_named_country(token, text, registry) or _owned_place(token, registry)
    return place_named(place, text)


def _name_with_of(token: Token, registry: Any) -> str | None:
    """ "in Port of Spain": a place whose name runs on with "of" and a name, when the gazetteer
    knows the whole (not "Port", a town in Réunion)."""
    for child in children(token):
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == token.i + 1:
            names = [grand for grand in children(child) if grand.dep_ == "pobj"]
            if names and names[0].pos_ == "PROPN" and names[0].i == child.i + 1:
                text = token.doc[token.left_edge.i : names[0].i + 1].text
                return text if registry.place(text) is not None else None
    return None


def _after_place_preposition(token: Token) -> bool:
    """ "in Naypyitaw", "in Lahore, Dakar and Istanbul": the object of a place preposition, or
    a name coordinated with it (the tagger may read "Dakar" as a person's name)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS


def _seat_of_another(mention: Mention | None, place: Any) -> bool:
    """ "the White House" is the United States' seat, whatever city the gazetteer finds."""
    if mention is None or mention.alias_kind != "seat" or not mention.actor_id:
        return False
    return place is not None and place.country != mention.actor_id


def place_named(place: Any, text: str) -> Location:
    """A gazetteer place under the name the text gives it. GeoNames' own names are local
    ("Naxçıvan") or another spelling ("Naypyidaw" for the text's "Naypyitaw"): keep the English
    form the text used when it is one of the place's names."""
    own_name = text.isascii() and text.casefold() in {a.casefold() for a in place.aliases}
    name = place.name if (place.name.isascii() or not text.isascii()) and not own_name else text
    return Location(name, place.country, place.lat, place.lon)


def _named_feature(token: Token, entity: Span | None, mention: Mention | None) -> bool:
    """ "the Bay of Bengal", "the Galwan Valley": a sea, valley or range the gazetteer lacks,
    whole by its own name (not "... Co-operation in Europe", nor "the Fizuli region")."""
    if entity is None or entity.label_ != "LOC" or not entity.root.text[:1].isupper():
        return False
    return mention is None or mention.kind == "place"


MISSION_NOUNS = words("mission_nouns")


def _owned_place(token: Token, registry: Any) -> Location | None:
    """ "in Pakistan's Balochistan province", "in Iran's south-east": a region of a named state;
    "in the Austrian capital": that state's capital."""
    if token.lemma_.lower() == "capital":
        capital = _capital_named_by(token, registry)
        if capital is not None:
            return capital
    if token.lemma_.lower() in SETTLEMENT_NOUNS:
        settlement = _settlement(token, registry)
        if settlement is not None:
            return settlement
    if token.lemma_.lower() in MISSION_NOUNS:
        # "near the US embassy in Kuala Lumpur": the owner is no place; the embassy's own is.
        return next(
            (
                place
                for child in children(token)
                if child.dep_ == "prep" and child.lower_ in ("in", "at")
                for grand in children(child)
                if grand.dep_ == "pobj"
                for place in [place_of(grand, registry, [])]
                if place is not None
            ),
            None,
        )
    for child in children(token):
        if child.dep_ == "compound" and child.pos_ == "PROPN":  # "the Fizuli region"
            place = registry.place(child.text)
            if place is not None:
                return Location(place.name, place.country, place.lat, place.lon)
        if child.dep_ == "poss" and token.lemma_.lower() in REGION_NOUNS:
            # The possessor's whole name: "South Sudan's Unity State" is not in Sudan.
            owner_name = token.doc[child.left_edge.i : child.i + 1].text
            found = registry.resolve(owner_name) or registry.resolve(child.text)
            if found is not None and found.kind == "state":
                name = token.doc[token.left_edge.i : token.i + 1].text
                return _region(token, name.split("'s ", 1)[-1] if "'s " in name else name, found)
        if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in REGION_NOUNS:
            # "the Batken region of Kyrgyzstan"
            for of_owner in (g for g in children(child) if g.dep_ == "pobj"):
                found = registry.resolve(token.doc[of_owner.left_edge.i : of_owner.i + 1].text)
                found = found or registry.resolve(of_owner.text)
                if found is not None and found.kind == "state":
                    name = token.doc[token.left_edge.i : token.i + 1].text
                    return _region(token, re.sub(r"^(the|The)\s+", "", name), found)
    return None


def _settlement(town: Token, registry: Any) -> Location | None:
    """ "the Saudi city of Al-Ula": the town the "of" phrase names, placed in the state the
    adjective names; "the Saudi port city", "the Qatari capital" with no name: in that state."""
    state = _state_modifying(town, registry)
    for of in children(town):
        if of.dep_ != "prep" or of.lower_ != "of":
            continue
        for name in children(of):
            if name.dep_ != "pobj" or name.pos_ != "PROPN":
                continue
            text = re.sub(r"^(the|The)\s+", "", town.doc[name.left_edge.i : name.i + 1].text)
            place = registry.place(text, near=[state.id] if state is not None else [])
            if place is not None:
                return place_named(place, text)
            if state is not None:
                return Location(text, state.id)
    return Location(state.name, state.id) if state is not None else None


def _state_modifying(noun: Token, registry: Any) -> Any:
    """The state an adjective or name in front of a noun names ("the [Saudi] city")."""
    for child in children(noun):
        if child.dep_ in ("amod", "compound", "poss") and child.i < noun.i:
            found = registry.resolve(child.text)
            if found is not None and found.kind == "state":
                return found
    return None


def _region(noun: Token, name: str, state: Any) -> Location:
    """A region of a state by its own name, without the generic noun ("Balochistan province"
    is Balochistan); a part with no name of its own ("rebel-held areas of X") is the state."""
    named = [t for t in noun.lefts if t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod", "amod")]
    if not named:
        return Location(state.name, state.id)
    if noun.is_lower:
        name = re.sub(rf"\s+{re.escape(noun.text)}$", "", name)
    return Location(name, state.id)


def _capital_named_by(token: Token, registry: Any) -> Location | None:
    for child in children(token):
        if child.dep_ not in ("amod", "poss", "compound"):
            continue
        found = registry.resolve(child.text)
        if found is None or found.kind != "state":
            continue
        capitals = getattr(registry.actor(found.id), "capitals", ())
        if capitals:
            latest = capitals[-1]
            return Location(latest.name, found.id, latest.lat, latest.lon)
    return None


def _place_in_named_country(token: Token, text: str, registry: Any) -> Location | None:
    """ "Gabala, Azerbaijan", "Balakot, Khyber Pakhtunkhwa, Pakistan": a town the gazetteer
    lacks, placed by the country named after it in the same phrase."""
    for later in token.subtree:
        if later.i <= token.i or later.pos_ != "PROPN":
            continue
        if later.dep_ in ("appos", "conj", "npadvmod"):
            found = registry.resolve(later.text)
            if found is not None and found.kind == "state":
                return Location(text, found.id, None, None)
    return None


def location_for(
    heads: list[Token],
    registry: Any,
    near: list[str],
    mention_at: Callable[[Token], Mention | None],
    nested: bool = False,
) -> Location | None:
    """The place of an act: "in/at <place>" under the predicate, the event noun or its object.

    ``nested`` also reads the place of the place: a meeting "at a hotel in Astana" met in
    Astana. Not for other acts: "ordered a pullback at a summit in Uzbekistan" is no act
    done in Uzbekistan's territory.
    """
    objects = list(_place_objects([*heads, *_prepositional_objects(heads)]))
    objects += _sides_of(objects)  # "in the heart of [Kabul]"
    for place_token in [*objects, *(_place_objects(objects) if nested else [])]:
        # "in the capital Addis Ababa", "near Balakot, Pakistan": try the appositions too.
        for candidate in [place_token, *(t for t in children(place_token) if t.dep_ == "appos")]:
            place = place_of(candidate, registry, near, mention_at(candidate))
            if place is not None:
                return place
    return None


def places_listed_with(
    place: Location, heads: list[Token], registry: Any, near: list[str]
) -> list[Location]:
    """ "held in Almaty, Bishkek and Gabala": the place and the places coordinated with it."""
    for place_token in _place_objects(heads):
        if place_token.conjuncts:
            found = [place_of(t, registry, near) for t in (place_token, *place_token.conjuncts)]
            places = [p for p in found if p is not None]
            if len(places) > 1 and any(p.name == place.name for p in places):
                return places
    return [place]


def venues_with_dates(
    predicate: Token, registry: Any, near: list[str], times: list[TimeMention]
) -> list[tuple[Location, list[TimeValue]]]:
    """ "held in Tashkent in 2019, in Turkmenistan in 2021 and in Dushanbe in 2023", "held in
    Quito (2004), La Paz (2010) and Bogota (2019)": each place of the clause with the dates that
    follow it (in a phrase of their own or in brackets after the place); empty unless the clause
    lists several places."""
    dated = {mention.root.i: list(mention.values) for mention in times}
    venues: list[tuple[Location | None, list[TimeValue]]] = []
    for token in sentence_of(predicate):
        if token.i <= predicate.i or not _listed_venue(token):
            continue
        if clause_root(token).i != predicate.i:
            continue
        if token.i in dated:
            if venues:
                venues[-1][1].extend(dated[token.i])
        elif token.pos_ == "PROPN" and token.dep_ != "appos":
            # a place the gazetteer may not know keeps its own dates
            venues.append((place_of(token, registry, near), []))
    known = [(place, values) for place, values in venues if place is not None]
    return known if len(venues) > 1 and all(values for _, values in venues) else []


def _listed_venue(token: Token) -> bool:
    """A place (or its date) in a list of venues: the object of "in"/"at" ("in Tashkent", "in
    2019"), a place coordinated with one ("in Quito, La Paz and Bogota") or a year in brackets
    after one ("Quito (2004)")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


def _place_objects(heads: list[Token]) -> Iterator[Token]:
    """Objects of the place prepositions ("in", "at", "near") under ``heads``."""
    for head in heads:
        for child in children(head):
            if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS:
                yield from (grand for grand in children(child) if grand.dep_ == "pobj")


def _prepositional_objects(heads: list[Token]) -> list[Token]:
    """ "gathered outside [the embassy] in Beijing", "in front of [the embassy] in Manila",
    "in the heart of [Kyiv]": places one phrase further down."""
    return [
        grand
        for head in heads
        for child in children(head)
        if child.dep_ == "prep" and child.lower_ not in LOCATION_PREPS
        for grand in children(child)
        if grand.dep_ == "pobj"
    ] + _sides_of(_place_objects(heads))


def _sides_of(places: Iterable[Token]) -> list[Token]:
    """What side nouns are the side of: "front [of the embassy]", "outskirts [of Kyiv]"."""
    return [
        obj
        for place in places
        if place.lemma_.lower() in PLACE_SIDE_NOUNS
        for prep in children(place)
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in children(prep)
        if obj.dep_ == "pobj"
    ]


def dateline_location(text: str, registry: Any) -> Location | None:
    """ "ASTANA, June 7 (Reuters) -": the place a news item was filed from."""
    spans = dateline_spans(text)
    if not spans:
        return None
    start, end = spans[0]
    found = re.match(r"[A-Z][A-Z.'\- ]*[A-Z]", text[start:end])
    if not found:
        return None
    place = registry.place(found.group(0).title())
    return Location(place.name, place.country, place.lat, place.lon) if place else None


def event_name_for(meeting: Token | None, sentence: Span) -> str | None:
    """A quoted title near the meeting noun ("titled 'Common World ...'"), else the meeting's
    name: its modifiers, the noun and an "of" phrase ("Third Summit of the Turkic Council")."""
    if meeting is None:
        return None
    tail = sentence.doc[meeting.i : sentence.end].text  # not doc.text: rebuilt on every read
    quoted = QUOTED.search(tail)
    if quoted and quoted.start() < 160:
        return quoted.group(1).strip()
    start = meeting.i
    for child in meeting.lefts:
        if child.dep_ in ("compound", "amod") and not any(t.pos_ == "NUM" for t in child.subtree):
            start = min(start, child.left_edge.i)
    end = meeting.i + 1
    doc = meeting.doc
    while end < sentence.end and _continues_name(doc[end]):
        end += 1
    name = doc[start:end].text.strip(" ,;:")
    return name or None


def _continues_name(token: Token) -> bool:
    """Words that still belong to a meeting's name: "of", "and", nouns and adjectives."""
    if token.ent_type_ in ("DATE", "TIME") or token.pos_ in ("VERB", "AUX", "PUNCT", "NUM"):
        return token.text == "-"
    if token.pos_ == "ADP":
        return token.lower_ == "of"
    return token.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PART")
