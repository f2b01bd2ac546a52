"""How a clause's acts read against the rest of the story: habits that no date pins down,
acts repeated by others ("did the same"), promises echoed by words of intent, and removals from
lists of wrongdoers."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from diplograph.extract.tree import children
from diplograph.records import Event
from diplograph.wordlists import words

BLACKLIST_WORDS = words("blacklist_words")

HABITUAL = words("habitual")
ONGOING = words("ongoing")
FOLLOWED_OBJECTS = words("followed_objects")


def undated(predicate: Token) -> bool:
    """ "have repeatedly called for", "has long backed", "met many times": a habit states no
    one time, so the article's date does not date it."""
    verbs = [predicate]
    while verbs[-1].dep_ in ("xcomp", "conj") and verbs[-1].head.i != verbs[-1].i:
        verbs.append(verbs[-1].head)
    going_on = predicate.head
    practice = predicate.dep_ == "xcomp" and going_on.lemma_ in ONGOING
    if (practice and going_on.tag_ in ("VBZ", "VBP")) or _going_on_since(predicate):
        return True
    for verb in verbs:
        for child in children(verb):
            if child.dep_ == "advmod" and child.lower_ in HABITUAL:
                return True
            if child.lower_ == "times" and any(
                g.lower_ in ("many", "several") for g in children(child)
            ):
                return True
    return False


def _going_on_since(verb: Token) -> bool:
    """ "has been holding talks": the present perfect progressive reports what has gone on for
    a while and still does, not an act of the day."""
    auxiliaries = {child.lower_ for child in children(verb) if child.dep_ == "aux"}
    return verb.tag_ == "VBG" and "been" in auxiliaries and bool(auxiliaries & {"has", "have"})


def story_act(recent: list[list[Event]], story: Mapping[str, int] | None = None) -> list[Event]:
    """The act the latest sentences keep reporting (what "followed suit" follows): the type
    reported most, on a tie the one the whole story (``story``: sentences per type) reports
    most ("X ordered Qataris out and cut links" after a story of cut ties), then the more
    forceful, in its latest sentence."""
    story = story or {}
    counts: dict[str, int] = {}
    for events in recent:
        for kind in {event.type for event in events}:
            counts[kind] = counts.get(kind, 0) + 1
    if not counts:
        return []
    quads = {e.type: e.quad or 0 for events in recent for e in events}
    chosen = max(counts, key=lambda kind: (counts[kind], story.get(kind, 0), quads.get(kind, 0)))
    for events in reversed(recent):
        same = [event for event in events if event.type == chosen]
        if same:
            return same
    return []


def off_a_blacklist(predicate: Token) -> bool:
    """Removal from a list of wrongdoers (sponsors of terrorism, sanctions, a blacklist)."""
    if predicate.lemma_.lower() not in ("remove", "delist", "drop", "take", "strike"):
        return False
    return any(
        word.lemma_.lower() in BLACKLIST_WORDS
        for child in children(predicate)
        if child.dep_ == "prep" and child.lower_ in ("from", "off")
        for word in child.subtree
    )


def repeats_an_act(verb: Token) -> bool:
    """ "did the same", "followed suit", "did likewise", "followed with measures of its own"."""
    lemma = verb.lemma_.lower()
    if lemma not in ("follow", "do"):
        return False
    objects = {child.lower_ for child in children(verb) if child.dep_ in ("dobj", "advmod")}
    # "Canada followed with measures of its own": the same act, by the follower.
    followed_with = {
        grand.lemma_.lower()
        for child in children(verb)
        if child.dep_ == "prep" and child.lower_ == "with"
        for grand in children(child)
        if grand.dep_ == "pobj" and any(c.lower_ == "own" for c in grand.subtree)
    }
    return (
        lemma == "follow" and ("suit" in objects or bool(followed_with) or _followed(verb))
    ) or (lemma == "do" and bool(objects & {"same", "likewise", "so"}))


def _followed(verb: Token) -> bool:
    """ "Washington recognised Guaido, and Canada and Brazil quickly followed": a "follow" with
    no object (or only a lead or example) and no agent, coordinated after an act, repeats it."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    if any(child.dep_ == "prep" and child.lower_ == "with" for child in children(verb)):
        return False  # "followed with a $3 billion deposit": an act of its own
    objects = [child for child in children(verb) if child.dep_ in ("dobj", "agent", "nsubjpass")]
    return all(child.lemma_.lower() in FOLLOWED_OBJECTS for child in objects)


def without_echoes(events: list[Event]) -> list[Event]:
    """ "Egypt and Jordan expressed readiness to resume relations with Syria": the promised act
    (planned, aimed at Syria) says what the words of intent say, so an asserted AGREE of the same
    sources with no recipient, or aimed at each other, is an echo of it and goes."""
    promised: dict[str, set[str]] = {}
    pairs: set[frozenset[str]] = set()  # "A and B agreed to keep talking": planned between them
    for event in events:
        if event.type == "AGREE" and event.modality == "planned" and event.source:
            promised.setdefault(event.source.id, set())
            if event.target is not None:
                pairs.add(frozenset((event.source.id, event.target.id)))
    if not promised:
        return events
    speakers = set(promised)
    kept = []
    for event in events:
        echo = (
            event.type == "AGREE"
            and event.modality == "asserted"
            and event.source is not None
            and (
                (
                    event.source.id in speakers
                    and (event.target is None or event.target.id in speakers)
                )
                or (
                    event.target is not None
                    and frozenset((event.source.id, event.target.id)) in pairs
                )
            )
        )
        if not echo:
            kept.append(event)
    return kept


def without_unaimed_repeats(events: list[Event]) -> list[Event]:
    """ "Iran struck bases of Jaish al-Adl in Pakistan, killing two children": when one reading
    of a sentence's act finds its recipient, another reading of the same act by the same actor
    without one adds nothing."""
    aimed = {
        (event.type, event.source.id, event.modality)
        for event in events
        if event.source is not None and event.target is not None
    }
    return [
        event
        for event in events
        if event.target is not None
        or event.source is None
        or (event.type, event.source.id, event.modality) not in aimed
    ]


def without_threat_repeats(events: list[Event]) -> list[Event]:
    """ "North Korea threatened to strike South Korea": the threat verb's reading (asserted)
    and the threatened act's (planned, so a THREATEN too) are one threat; the planned copy of a
    pair the asserted reading already holds goes, leaving its contexts to the kept one."""
    made = {
        _pair(event): event
        for event in events
        if event.type == "THREATEN" and event.modality == "asserted" and event.source is not None
    }
    kept = []
    for event in events:
        threat = made.get(_pair(event)) if event.type == "THREATEN" else None
        if threat is None or event.modality != "planned":
            kept.append(event)
            continue
        more = [c for c in event.contexts if c not in threat.contexts]
        threat.contexts = [*threat.contexts, *more][:3]
    return kept


def _pair(event: Event) -> tuple[str | None, str | None]:
    return (
        event.source.id if event.source else None,
        event.target.id if event.target else None,
    )
