"""Where an act happened, and the states its places stand for: the place phrases of the
trigger and its clause, the visited city, the place help was sent to or an attack struck, the
town a withdrawal left.

Used by ``RuleExtractor`` for every event (``location``) and for recipients told by a place
(``destinations``, ``places_left``, ``abroad_target``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from diplograph.extract.actors import BUILDING_PART_NOUNS, ActorHit
from diplograph.extract.attach import MISSION_NOUNS, location_for, place_named, place_of
from diplograph.extract.document import DocumentContext
from diplograph.extract.modality import modality_of
from diplograph.extract.syntax import direct_objects, passive_subjects, prep_objects
from diplograph.extract.tree import children, sentence_of
from diplograph.extract.triggers import Trigger
from diplograph.records import Location, Mention
from diplograph.wordlists import words

VISIT_VERBS = words("visit_verbs")
# Acts whose "to <city or region>" is where the help or forces went.
SENT_TO_PLACE_TYPES = frozenset({"AID", "MOBILIZE"})
SENT_TOWARDS = words("sent_towards")
# Acts whose direct object may be the place acted on ("invaded the Batken region").
STRUCK_PLACE_TYPES = frozenset({"ASSAULT"})


class PlaceReader:
    """Places of acts in one registry's gazetteer."""

    def __init__(self, registry: Any) -> None:
        self.registry = registry

    def location(
        self, trigger: Trigger, sources: list[ActorHit], context: DocumentContext
    ) -> Location | None:
        heads = [trigger.predicate] + [
            token for token in (trigger.noun, trigger.object) if token is not None
        ]
        if trigger.rule.circumstance and trigger.noun is not None:
            # "arrived in Beijing after talks in Tokyo": the talks were in Tokyo.
            heads = [trigger.noun, *heads]
        heads += _free_relatives(trigger.predicate)
        meets = trigger.rule.type in ("CONSULT", "HOSTS")
        mention_at = context.finder.mention_at
        place = location_for(heads, self.registry, context.near, mention_at, nested=meets)
        if place is not None:
            return place
        if trigger.rule.type == "CONSULT":
            # "meeting Jordan's King Abdullah in Sochi": parsers hang the meeting's place on
            # the person met, and where the one met was is where they met.
            met = direct_objects(trigger.predicate)
            met += [child for obj in met for child in children(obj) if child.dep_ == "appos"]
            place = location_for(met, self.registry, context.near, context.finder.mention_at)
            if place is not None:
                return place
        if trigger.rule.abroad and trigger.noun is None:
            # "equipped hospitals in Mongolia", "the bridge in Laos was funded by Japan": where
            # the thing built or paid for is, is where the act happened.
            done_to = direct_objects(trigger.predicate) + passive_subjects(trigger.predicate)
            place = location_for(done_to, self.registry, context.near, mention_at)
            if place is not None:
                return place
        place = self._shared_place(trigger.predicate, context)
        if place is not None:
            return place
        if trigger.rule.mode == "visit" and _carried_out(trigger):
            # "flew to Tbilisi"; "welcomed the presidents to Xi'an": where the guests came
            destinations = self.destinations(trigger, context)
            if destinations:
                return destinations[0]
        if trigger.rule.type in SENT_TO_PLACE_TYPES and not trigger.rule.flip:
            # "sent fuel to Gaza", "deployed troops to Kherson": what is sent to a city or
            # region is delivered there (and its state receives it).
            destinations = self.destinations(
                trigger, context, places_only=True, towards=SENT_TOWARDS
            )
            if destinations:
                return destinations[0]
        if trigger.rule.type in STRUCK_PLACE_TYPES and trigger.noun is None:
            # "invaded the Batken region of Kyrgyzstan", "shelled Aleppo": the place attacked
            # is where the attack happened (and its state the one attacked).
            for struck in direct_objects(trigger.predicate):
                if only_a_place(context.finder.mention_at(struck)):
                    place = place_of(struck, self.registry, context.near)
                    if place is not None:
                        return place
        if trigger.rule.type in STRUCK_PLACE_TYPES and trigger.noun is None:
            # "fired missiles at targets in Baghdad", "opened fire on boats off Gaza": where
            # what was aimed at is, is where the attack happened.
            aimed_from = [trigger.predicate, *([trigger.object] if trigger.object else [])]
            aimed = [o for h in aimed_from for _, o in prep_objects(h, set(trigger.rule.target))]
            place = location_for(aimed, self.registry, context.near, context.finder.mention_at)
            if place is not None:
                return place
        for mission in _acted_on(trigger.predicate):
            if mission.lemma_.lower() in MISSION_NOUNS and trigger.noun is None:
                # "pelted the Turkish embassy in Moscow": the embassy's city is where it happened
                place = place_of(mission, self.registry, context.near)
                if place is not None:
                    return place
        if trigger.rule.type == "HOSTS":
            # Parsers often hang "in <city>" on the wrong word of a long meeting title.
            meeting = trigger.object or trigger.predicate
            later = [token for token in sentence_of(meeting) if token.i > meeting.i]
            place = location_for(later, self.registry, context.near, context.finder.mention_at)
            if place is not None:
                return place
            for hit in sources:
                mention = context.finder.mention_at(trigger.predicate.doc[hit.token])
                if mention is not None and mention.alias_kind == "capital":
                    found = self.registry.place(mention.text, near=[hit.actor_id])
                    if found is not None:
                        return Location(found.name, found.country, found.lat, found.lon)
        return None

    def destinations(
        self,
        trigger: Trigger,
        context: DocumentContext,
        *,
        places_only: bool = False,
        towards: frozenset[str] = frozenset({"to"}),
    ) -> list[Location]:
        """ "flew to Tbilisi", "a state visit to Dushanbe", "visited Kazakhstan": a visit
        happens where the visitor went, the city or, when no city is named, the country
        (``places_only``: cities and regions, not countries; ``towards``: the prepositions
        that name where to)."""
        heads = [t for t in (trigger.predicate, trigger.noun, trigger.object) if t is not None]
        places = [
            grand
            for head in heads
            for child in children(head)
            if child.dep_ in ("prep", "dative") and child.lower_ in towards  # "sent fuel [to] Gaza"
            for grand in children(child)
            if grand.dep_ == "pobj"
        ]
        if trigger.predicate.lemma_ in VISIT_VERBS:
            places += direct_objects(trigger.predicate)
        places += [conjunct for token in places for conjunct in token.conjuncts]
        found = []
        for token in places:
            mention = context.finder.mention_at(token)
            if mention is not None and mention.kind not in ("place", "state"):
                continue  # "visited the Secretary-General", "a visit to NATO"
            if places_only and mention is not None and mention.kind != "place":
                continue
            place = place_of(token, self.registry, context.near, mention)
            if place is None and mention is not None and mention.alias_kind == "capital":
                # The tagger may call an object "Dhaka" a person; the registry knows better.
                known = self.registry.place(mention.text, near=[mention.actor_id])
                place = place_named(known, mention.text) if known is not None else None
            if place is not None:
                found.append(place)
        return found

    def _shared_place(self, predicate: Token, context: DocumentContext) -> Location | None:
        """ "met in Geneva and agreed to keep talking", "spent Friday in Banjul negotiating": a
        verb coordinated with, or completing, a verb placed by an "in" phrase happened there;
        not a clause with a subject of its own ("protests took place in Athens, and the
        minister resigned")."""
        current = predicate
        for _ in range(3):
            if current.dep_ not in ("conj", "xcomp") or current.head.i == current.i:
                return None
            if any(child.dep_ in ("nsubj", "nsubjpass") for child in children(current)):
                return None
            current = current.head
            if current.pos_ not in ("VERB", "AUX"):
                return None
            place = location_for([current], self.registry, context.near, context.finder.mention_at)
            if place is not None:
                return place
        return None

    def places_left(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """The state of the place a withdrawal leaves: "pulled out of Kherson", "left the
        towns of Khiam and Naqoura" (a place named by "from"/"out of" or left as an object,
        or the "of" place of such a noun)."""
        predicate = trigger.predicate
        heads = [
            grand
            for child in children(predicate)
            if child.dep_ == "prep" and child.lower_ in ("from", "of", "out")
            for grand in child.subtree
            if grand.dep_ == "pobj"
        ]
        heads += direct_objects(predicate)
        heads += [obj for head in list(heads) for _, obj in prep_objects(head, {"of"})]
        for head in heads:
            for token in (head, *head.conjuncts):
                mention = context.finder.mention_at(token)
                if mention is not None and not only_a_place(mention):
                    continue  # an actor, read as the recipient by the rule's own specs
                place = place_of(token, self.registry, context.near, mention)
                if place is None and token.pos_ == "PROPN":
                    # "out of Kherson": the tagger may take a town for a person; the place
                    # words of a withdrawal say otherwise.
                    found = self.registry.place(token.text, near=context.near)
                    place = place_named(found, token.text) if found is not None else None
                if place is not None and place.country and place.country not in own:
                    return [ActorHit(place.country, place.name, token.i, via="location")]
        return []

    def abroad_target(
        self, sources: list[ActorHit], location: Location | None, trigger: Trigger
    ) -> list[ActorHit]:
        if location is None or location.country is None:
            return []
        if any(hit.actor_id == location.country for hit in sources):
            return []
        return [ActorHit(location.country, location.name, trigger.anchor.i, via="location")]


def _free_relatives(predicate: Token) -> list[Token]:
    """ "struck what it called bases in Balochistan": the object is a "what" clause, parsed as a
    complement clause of the verb; its phrases say where the act happened."""
    return [
        clause
        for clause in children(predicate)
        if clause.dep_ == "ccomp"
        and any(
            c.dep_ == "dobj" and c.lower_ == "what" and c.i < clause.i for c in children(clause)
        )
    ]


def _carried_out(trigger: Trigger) -> bool:
    """A visit made, not planned: "will travel to Havana" is a promise made where it was said."""
    return modality_of(trigger.predicate) == "asserted"


def only_a_place(mention: Mention | None) -> bool:
    """A name that is a place or a capital, not part of an organisation's or a person's name."""
    return mention is None or mention.kind == "place" or mention.alias_kind == "capital"


def _acted_on(predicate: Token) -> list[Token]:
    """What a verb acts on: its objects, or its passive subjects ("the embassy was stormed"),
    and the building a part of it belongs to ("stormed the wall [of the embassy]")."""
    acted_on = direct_objects(predicate) or passive_subjects(predicate)
    return acted_on + [
        whole
        for part in acted_on
        if part.lemma_.lower() in BUILDING_PART_NOUNS
        for _, whole in prep_objects(part, {"of"})
    ]
