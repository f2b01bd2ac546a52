"""Meetings and their hosts: who hosts a summit, an organisation's session at its seat or in a
member's city, talks a third party hosts, the sides' own summit still hosted by its city's state,
the places of the later rounds of talks, and the members meeting as their organisation.

Used by ``RuleExtractor``: ``venue`` reads a meeting named with its place, ``meeting_rule`` and
``hosts`` settle who hosts what a trigger read, and the ``*_host*`` and ``members_meeting``
methods add the hosting and meeting events a sentence implies.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from diplograph.extract.actors import ActorFinder, ActorHit
from diplograph.extract.attach import location_for, place_of
from diplograph.extract.document import DocumentContext, EventMaker, SentenceContext
from diplograph.extract.lexicon import Lexicon, TriggerRule
from diplograph.extract.places import PlaceReader, only_a_place
from diplograph.extract.syntax import governing_verb, inherited_subject, prep_objects, subjects
from diplograph.extract.tree import children, sentence_of
from diplograph.extract.triggers import Trigger, hosting_agents, placing_clauses
from diplograph.records import Event, Location
from diplograph.wordlists import words

MEETING_VERBS = words("meeting_verbs")
MEMBER_PEOPLE_NOUNS = words("member_people_nouns")


class MeetingReader:
    """Reads meetings' hosts and venues for ``RuleExtractor``."""

    def __init__(
        self, registry: Any, lexicon: Lexicon, places: PlaceReader, events: EventMaker
    ) -> None:
        self.registry = registry
        self.lexicon = lexicon
        self.places = places
        self._events = events

    def own_meeting_hosts(
        self,
        trigger: Trigger,
        found: list[Event],
        shared: SentenceContext,
        context: DocumentContext,
    ) -> list[Event]:
        """ "NATO ambassadors met in Brussels", "ASEAN foreign ministers, meeting in Naypyitaw,
        voiced concern": an organisation's own meeting in a named place is hosted by the state of
        that place, or by the organisation itself at its own seat."""
        predicate = trigger.predicate
        if trigger.rule.type != "CONSULT" or trigger.noun is not None:
            return []
        if predicate.lemma_.lower() not in MEETING_VERBS or not _placed_here(predicate):
            return []
        hosts: list[ActorHit] = []
        for event in found:
            body, place = event.source, event.location
            if event.type != "CONSULT" or event.target is not None or body is None:
                continue
            if place is None or not place.country or event.modality == "negated":
                continue
            if self.registry.kind_of(body.id) not in ("igo", "group"):
                continue
            seated = self._seated_at(body.id, place)
            host = ActorHit(body.id if seated else place.country, place.name, predicate.i)
            if all(h.actor_id != host.actor_id for h in hosts):
                hosts.append(host)
        if not hosts:
            return []
        rule = replace(
            trigger.rule, type="HOSTS", mode=None, no_target=True, reciprocal=False, venue=False
        )
        hosting = replace(trigger, rule=rule)
        events: list[Event] = []
        for host in hosts:
            place = next(e.location for e in found if e.location and e.location.name == host.text)
            events += self._events(hosting, [(host, None)], place, shared, context)
        return events

    def scheduled_own_meeting(
        self,
        trigger: Trigger,
        found: list[Event],
        shared: SentenceContext,
        context: DocumentContext,
    ) -> list[Event]:
        """ "The Security Council will meet on Monday", "the OAS Permanent Council will meet in
        Washington": an organisation's own meeting still to come, at its seat or nowhere named,
        agrees nothing with anyone; it is a meeting the organisation is to host (one elsewhere,
        "G7 leaders would meet in Brussels instead", stays a plan agreed among its members)."""
        if trigger.rule.type != "CONSULT" or trigger.noun is not None:
            return found
        if trigger.predicate.lemma_.lower() not in MEETING_VERBS and trigger.object is None:
            return found  # "will meet to [discuss] the raid": the meeting, not its purpose
        scheduled = [
            event
            for event in found
            if event.type == "AGREE"
            and event.modality == "planned"
            and event.target is None
            and event.source is not None
            and self.registry.kind_of(event.source.id) == "igo"
            and (event.location is None or self._seated_at(event.source.id, event.location))
        ]
        if not scheduled:
            return found
        rule = replace(
            trigger.rule, type="HOSTS", mode=None, no_target=True, reciprocal=False, venue=False
        )
        hosting = replace(trigger, rule=rule)
        moved = {id(event) for event in scheduled}
        kept = [event for event in found if id(event) not in moved]
        for event in scheduled:
            place = event.location
            body = ActorHit(event.source.id if event.source else "", "", trigger.predicate.i)
            kept += self._events(hosting, [(body, None)], place, shared, context)
        return kept

    def their_meetings_host(
        self,
        trigger: Trigger,
        reading: tuple[Trigger, list[tuple[ActorHit, ActorHit | None]], Location | None],
        shared: SentenceContext,
        context: DocumentContext,
    ) -> list[Event]:
        """ "Trump and Putin held their first summit in Helsinki": the sides' own meeting
        (CONSULT) is still hosted by the state of the city it was held in."""
        read, _, location = reading
        if trigger.rule.type != "HOSTS" or read.rule.type != "CONSULT" or trigger.object is None:
            return []
        if location is None or not location.country:
            return []
        host = ActorHit(location.country, location.name, trigger.object.i, via="location")
        return self._events(trigger, [(host, None)], location, shared, context)

    def members_meeting(
        self, trigger: Trigger, shared: SentenceContext, context: DocumentContext
    ) -> list[Event]:
        """ "a summit of the bloc's leaders", "the meeting of the CICA ministers", "the summit was
        held with participation of 16 member states": the organisation's members meet among
        themselves (CONSULT, multilateral), whoever hosts the meeting."""
        meeting = trigger.object if trigger.rule.type == "HOSTS" else None
        if meeting is None or meeting.lemma_.lower() not in self.lexicon.meeting_nouns:
            return []
        finder = context.finder
        owners = [
            hit
            for _, people in prep_objects(meeting, {"of"})
            if people.lemma_.lower().removesuffix("s") in MEMBER_PEOPLE_NOUNS
            for owner in (people, *(c for c in children(people) if c.dep_ == "poss"))
            for hit in finder.of_phrase(owner)
        ]
        if not owners and _with_member_participation(trigger.predicate, meeting):
            owners = [
                hit
                for child in children(meeting)
                if child.dep_ in ("compound", "nmod", "poss")
                or (child.dep_ == "amod" and child.pos_ == "PROPN")  # "the first CICA summit"
                for hit in finder.of_phrase(child)
            ]
        bodies = [hit for hit in owners if self.registry.kind_of(hit.actor_id) == "igo"]
        if not bodies:
            return []
        rule = replace(
            trigger.rule,
            type="CONSULT",
            mode="multilateral",
            no_target=True,
            reciprocal=False,
            venue=False,
        )
        meet = replace(trigger, rule=rule)
        location = self.places.location(meet, bodies, context)
        return self._events(meet, [(bodies[0], None)], location, shared, context)

    def later_venues(
        self, trigger: Trigger, places: list[Location], context: DocumentContext
    ) -> list[Location]:
        """ "The talks opened in Oslo and then continued in Havana": each clause that places
        the meeting adds its own venue."""
        if not trigger.rule.venue or trigger.noun is None:
            return []
        found = []
        seen = {place.name for place in places}
        for clause in placing_clauses(trigger.noun):
            place = location_for([clause], self.registry, context.near, context.finder.mention_at)
            if place is not None and place.name not in seen:
                seen.add(place.name)
                found.append(place)
        return found

    def venue(
        self, trigger: Trigger, context: DocumentContext
    ) -> tuple[Trigger, list[tuple[ActorHit, ActorHit | None]], Location | None] | None:
        """ "The summit in Riyadh concluded": the state of the meeting's own place hosts it."""
        meeting = trigger.anchor
        heads = [meeting, *placing_clauses(meeting)]  # "the summit opened in Addis Ababa"
        # "the meeting of the two foreign ministers in Cartagena": the place may hang lower.
        heads += [t for t in meeting.subtree if t.dep_ == "pobj" and t.head.head.i == meeting.i]
        finder = context.finder
        location = location_for(heads, self.registry, context.near, finder.mention_at, nested=True)
        if not trigger.rule.venue_third:
            location = location or self._named_venue(meeting, context)
        named = self._hosts_named_by_participle(meeting, finder)
        if named:  # "a conference in Geneva co-hosted by A and B": A and B host it
            return trigger, [(host, None) for host in named], location
        if location is None or not location.country:
            return None
        host = ActorHit(location.country, location.name, meeting.i, via="location")
        if trigger.rule.venue_third and self._among_signers(location.country, trigger, finder):
            return None
        # "Meeting in emergency session in New York, the Security Council adopted": the body
        # whose session it is may be the clause's subject rather than a word of the phrase.
        holders = context.finder.of_phrase(meeting)
        verb = governing_verb(meeting)
        if verb is not None:
            holders += [h for s in inherited_subject(verb)[0] for h in context.finder.of_phrase(s)]
        for hit in holders:
            if self._seated_at(hit.actor_id, location):
                # "the Security Council meeting in New York": at its own seat the body hosts.
                host = ActorHit(hit.actor_id, hit.text, meeting.i)
        if self.meeting_rule(trigger, [host], location) is None:
            return None
        return trigger, [(host, None)], location

    def meeting_rule(
        self, trigger: Trigger, sources: list[ActorHit], location: Location | None
    ) -> TriggerRule | None:
        """Hosting needs a host: an organisation's or several parties' own meeting is CONSULT.

        A press conference is no meeting at all.
        """
        rule = trigger.rule
        if rule.type != "HOSTS":
            return rule
        meeting = trigger.object
        if meeting is not None and any(
            child.lower_ in ("news", "press") for child in children(meeting)
        ):
            return None
        if trigger.predicate.lemma_.lower() in self.lexicon.host_verbs:
            return rule  # co-hosts: "hosted by Saudi Arabia and the United States", "organised"
        several = len(sources) > 1 or any(
            self.registry.kind_of(hit.actor_id) in ("igo", "group") for hit in sources
        )
        if several and (location is None or len(sources) > 1):
            return replace(
                rule, type="CONSULT", mode="multilateral", reciprocal=True, no_target=True
            )
        return rule

    def hosts(
        self, sources: list[ActorHit], location: Location | None, trigger: Trigger
    ) -> list[ActorHit]:
        """An organisation's meeting held in a member's city is hosted by that state, unless
        the city is the organisation's own seat ("ASEAN held a meeting in Jakarta": Indonesia)."""
        if location is None or not location.country or len(sources) != 1:
            return sources
        actor_id = sources[0].actor_id
        if self.registry.kind_of(actor_id) not in ("igo", "group"):
            return sources
        if self._seated_at(actor_id, location):
            return sources
        return [ActorHit(location.country, location.name, trigger.predicate.i, via="location")]

    def _among_signers(self, state: str, trigger: Trigger, finder: ActorFinder) -> bool:
        """ "Mali and Niger signed a treaty in Bamako": a signer's own city hosts nothing."""
        signers = [hit for s in subjects(trigger.predicate) for hit in finder.of_phrase(s)]
        return any(hit.actor_id == state for hit in signers)

    def _hosts_named_by_participle(self, meeting: Token, finder: ActorFinder) -> list[ActorHit]:
        """ "a conference hosted by Kazakhstan", "the meeting, co-hosted by A and B", "was
        organised by": the agents of a hosting participle after the meeting phrase host it
        (looked for on the surface too, as the parser splits "co-hosted")."""
        on_meeting = hosting_agents(meeting, self.lexicon.host_verbs)
        if on_meeting:  # "the summit of the SCO, chaired by Kazakhstan"
            return [hit for agent in on_meeting for hit in finder.of_phrase(agent)]
        doc = meeting.doc
        end = min(meeting.right_edge.i + 7, sentence_of(meeting).end - 1)
        for token in doc[meeting.right_edge.i + 1 : end]:
            if token.lower_ in ("co", "-"):
                continue  # "co-hosted", split by the tokenizer
            if token.pos_ == "VERB" and token.lemma_.lower() not in self.lexicon.host_verbs:
                return []  # another clause begins
            following = doc[token.i + 1]
            if token.lemma_.lower() in self.lexicon.host_verbs and following.lower_ == "by":
                return [
                    hit
                    for agent in children(following)
                    if agent.dep_ == "pobj"
                    for hit in finder.of_phrase(agent)
                ]
        return []

    def _named_venue(self, meeting: Token, context: DocumentContext) -> Location | None:
        """ "the Istanbul Summit": a place name in front of the meeting noun."""
        for child in children(meeting):
            if child.dep_ not in ("compound", "nmod") or child.pos_ != "PROPN":
                continue
            if only_a_place(context.finder.mention_at(child)):
                place = place_of(child, self.registry, context.near)
                if place is not None:
                    return place
        return None

    def _seated_at(self, actor_id: str, location: Location) -> bool:
        """The organisation (or the one it belongs to) has its seat in ``location``."""
        if self.registry.kind_of(actor_id) != "igo":
            return False
        actor = self.registry.actor(actor_id)
        for candidate in (actor, getattr(actor, "parent", None)):
            if isinstance(candidate, str):
                candidate = self.registry.actor(candidate)
            seat = getattr(candidate, "headquarters", None) or {}
            if candidate is not None and seat.get("city") == location.name:
                return True
        return False


def _placed_here(predicate: Token) -> bool:
    """The verb itself says where: "met in Brussels", "meeting at the UN headquarters"."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "at")
        and any(obj.dep_ == "pobj" for obj in children(child))
        for child in children(predicate)
    )


def _with_member_participation(predicate: Token, meeting: Token) -> bool:
    """ "was held with participation of 15 member states", "with the participation of all
    members": the members took part."""
    for head in (predicate, meeting):
        for _, noun in prep_objects(head, {"with"}):
            if noun.lemma_.lower() == "participation" and any(
                token.lower_ in ("member", "members", "states", "countries")
                for token in noun.subtree
            ):
                return True
    return False
