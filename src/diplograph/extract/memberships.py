"""Memberships a sentence states beside its verbs: members listed ("ASEAN has ten members,
including Vietnam"), fellow members a newcomer joins ("Armenia joined Russia and Belarus in the
bloc") and the founders of an organisation created by a treaty ("a bloc established by the
Treaty of Asunción, signed by A, B and C").

Called from ``RuleExtractor`` for each sentence, after its trigger events (the memberships those
already state are not stated twice).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from diplograph.extract.actors import ActorHit
from diplograph.extract.document import DocumentContext, EventMaker, SentenceContext
from diplograph.extract.founding import founding_treaties
from diplograph.extract.lexicon import Lexicon
from diplograph.extract.syntax import inherited_subject, prep_objects, subjects
from diplograph.extract.tree import children
from diplograph.extract.triggers import Trigger
from diplograph.records import Event
from diplograph.wordlists import words

LISTING_WORDS = words("listing_words")
LISTING_CUE = re.compile(r"\b(?:including|among)\b", re.IGNORECASE)
HAVING_VERBS = words("having_verbs")


class MembershipReader:
    """Reads the memberships a sentence states outside its trigger words."""

    def __init__(self, registry: Any, lexicon: Lexicon, events: EventMaker) -> None:
        self.registry = registry
        self.lexicon = lexicon
        self._events = events

    def listed_members(
        self, sentence: Span, shared: SentenceContext, context: DocumentContext
    ) -> list[Event]:
        """ "ASEAN has ten members, including Vietnam", "its membership has grown to eighteen,
        including Palau": the states a body's membership is said to include are its members."""
        events: list[Event] = []
        if not LISTING_CUE.search(shared.evidence.sentence):
            return events  # cheap test on the sentence's text before any token is read
        for word in sentence:
            if word.lower_ not in LISTING_WORDS or word.dep_ != "prep":
                continue
            members_noun = _membership_noun(word.head)
            if members_noun is None:
                continue
            bodies = [
                hit
                for hit in self._membership_owners(members_noun, context)
                if self.registry.kind_of(hit.actor_id) in ("igo", "group")
            ]
            listed = [
                hit
                for item in children(word)
                if item.dep_ == "pobj"
                for hit in context.finder.of_phrase(item)
                if self.registry.kind_of(hit.actor_id) == "state"
            ]
            if not bodies or not listed:
                continue
            rule = self.lexicon.noun_rules("member")[0]
            trigger = Trigger(rule, _clause_verb(members_noun), noun=members_noun)
            pairs = [(member, bodies[0]) for member in listed]
            events += self._events(trigger, pairs, None, shared, context)
        return events

    def fellow_members(
        self,
        sentence: Span,
        shared: SentenceContext,
        context: DocumentContext,
        found: list[Event],
    ) -> list[Event]:
        """ "Armenia joined Russia, Belarus and Kazakhstan in the trade bloc": the states the
        newcomer joins in an organisation are its members already (no date of their own)."""
        known = {
            (e.source.id, e.target.id)
            for e in found
            if e.type == "MEMBER_OF" and e.source and e.target
        }
        events: list[Event] = []
        for verb in sentence:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ("join", "rejoin"):
                continue
            bodies = [
                hit
                for _, body in prep_objects(verb, {"in"})
                for hit in context.finder.of_phrase(body)
                if self.registry.kind_of(hit.actor_id) == "igo"
            ]
            fellows = [
                hit
                for obj in children(verb)
                if obj.dep_ == "dobj"
                for hit in context.finder.of_phrase(obj)
                if self.registry.kind_of(hit.actor_id) == "state"
            ]
            if len({hit.actor_id for hit in bodies}) != 1 or not fellows:
                continue
            body = bodies[0]
            rules = [
                r for r in self.lexicon.verb_rules(verb.lemma_.lower()) if r.type == "MEMBER_OF"
            ]
            if not rules:
                continue
            trigger = Trigger(rules[0], verb)
            fellow_ids = {hit.actor_id for hit in fellows}
            newcomers = [
                hit
                for subject in inherited_subject(verb)[0]
                for hit in context.finder.of_phrase(subject)
                if self.registry.kind_of(hit.actor_id) == "state"
                and hit.actor_id not in fellow_ids
                and (hit.actor_id, body.actor_id) not in known
            ]
            if newcomers:
                pairs = [(hit, body) for hit in newcomers]
                events += self._events(trigger, pairs, None, shared, context)
            pairs = [(hit, body) for hit in fellows if (hit.actor_id, body.actor_id) not in known]
            if newcomers or any(target == body.actor_id for _, target in known):
                events += self._events(trigger, pairs, None, replace(shared, times=[]), context)
        return events

    def treaty_founders(
        self,
        sentence: Span,
        shared: SentenceContext,
        context: DocumentContext,
        found: list[Event],
    ) -> list[Event]:
        """ "a bloc established by the Treaty of Asunción, signed in 1991 by A, B and C": the
        states that signed the treaty creating an organisation are its founding members."""
        finder = context.finder
        lexicon = self.lexicon
        known = {
            (e.source.id, e.target.id)
            for e in found
            if e.type == "MEMBER_OF" and e.source and e.target
        }

        def bodies(token: Token) -> list[ActorHit]:
            hits = finder.of_phrase(token)
            return [h for h in hits if self.registry.kind_of(h.actor_id) == "igo"]

        def is_body(token: Token) -> bool:  # one organisation ("Mercosur (Spanish: ...)")
            return len({hit.actor_id for hit in bodies(token)}) == 1

        events: list[Event] = []
        for verb, body, signers, signing in founding_treaties(
            sentence, lexicon.founding_verbs, lexicon.treaty_nouns, is_body
        ):
            organisation = bodies(body)[0]
            members = [
                hit
                for signer in signers
                for hit in finder.of_phrase(signer)
                if self.registry.kind_of(hit.actor_id) == "state"
                and (hit.actor_id, organisation.actor_id) not in known
            ]
            rules = [r for r in lexicon.verb_rules(verb.lemma_.lower()) if r.type == "MEMBER_OF"]
            if not members or not rules:
                continue
            known |= {(hit.actor_id, organisation.actor_id) for hit in members}
            trigger = Trigger(rules[0], signing)
            events += self._events(
                trigger, [(member, organisation) for member in members], None, shared, context
            )
        return events

    def _membership_owners(self, noun: Token, context: DocumentContext) -> list[ActorHit]:
        """Whose members: "ASEAN's members", "the members of X", "X has ten members", else the
        organisation the text is about."""
        finder = context.finder
        owners = [h for c in children(noun) if c.dep_ == "poss" for h in finder.of_phrase(c)]
        owners += [h for _, obj in prep_objects(noun, {"of"}) for h in finder.of_phrase(obj)]
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in HAVING_VERBS:
            owners = [h for s in subjects(noun.head) for h in finder.of_phrase(s)]
        if not owners:
            topic = finder.memory.description("the organization", "organization")
            owners = [ActorHit(a, "", noun.i, via="coref") for a in topic]
        return owners


def _membership_noun(head: Token) -> Token | None:
    """The noun of membership a listing hangs on: "members[, including]", "member states",
    or the subject of "membership has grown to eighteen[, including]"."""
    if head.pos_ == "NUM" and head.head.dep_ == "prep":
        verb = head.head.head
        head = next((s for s in children(verb) if s.dep_ in ("nsubj", "nsubjpass")), head)
    lemma = head.lemma_.lower()
    if lemma in ("member", "membership"):
        return head
    if lemma in ("state", "country", "nation") and any(
        c.dep_ == "compound" and c.lemma_.lower() == "member" for c in children(head)
    ):
        return head
    return None


def _clause_verb(noun: Token) -> Token:
    """The verb whose clause the noun is in (the noun itself when it heads the sentence)."""
    head = noun
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head
