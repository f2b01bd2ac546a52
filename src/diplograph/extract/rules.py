"""diplograph.extract.rules.v1: a rule-based event extractor over a dependency parse.

For each sentence: find triggers (lexicon verbs, event nouns under light verbs), read the
source from the subject (inherited through "agreed to", coordination and relative clauses,
or the "by" of a passive), the recipient from the places the rule names, then modality,
dates (one event per coordinated date), place, contexts, and a confidence.

``RuleExtractor`` runs the sentence loop and makes the events; the readings it asks for live
in their own modules: who acts and on whom (``participants``), recipients the text leaves
unnamed (``recipients``), acts referred back to (``responses``), places (``places``), meetings
and hosts (``meetings``), memberships beside the verbs (``memberships``) and renamings
(``renaming``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from diplograph.extract.actors import ActorFinder, ActorHit
from diplograph.extract.attach import (
    acts_times,
    event_name_for,
    fallback_date,
    location_for,
    places_listed_with,
    sentence_times,
    story_date,
    times_for,
    venues_with_dates,
)
from diplograph.extract.contexts import event_contexts, sentence_contexts
from diplograph.extract.crowds import (
    COUP_MARKERS,
    consumers_id,
    crowd_id,
    crowd_ref,
    is_crowd,
    junta_id,
    junta_state,
    plural_civilians,
)
from diplograph.extract.document import (
    DocumentContext,
    ReportedAct,
    SentenceContext,
    document_context,
    evidence_of,
)
from diplograph.extract.lexicon import Lexicon, TriggerRule, default_lexicon
from diplograph.extract.meetings import MeetingReader
from diplograph.extract.memberships import MembershipReader
from diplograph.extract.modality import (
    adjust_type,
    announced_deployment,
    announced_measure,
    conditional_offer,
    conditional_threat,
    decided_admission,
    modality_of,
    noun_modality,
    requested,
    threatened,
    threatened_on_record,
)
from diplograph.extract.participants import (
    ParticipantReader,
    lenders,
    mutual,
    named_in_front,
    reporters,
    state_of_place,
)
from diplograph.extract.periods import in_their_time
from diplograph.extract.places import PlaceReader
from diplograph.extract.readings import (
    off_a_blacklist,
    repeats_an_act,
    story_act,
    undated,
    without_echoes,
    without_threat_repeats,
    without_unaimed_repeats,
)
from diplograph.extract.recipients import (
    REFUSED_BY_NEGATION,
    RecipientReader,
    for_objects,
    force_places,
    responds,
)
from diplograph.extract.renaming import RenamingReader
from diplograph.extract.responses import ActReferences, answers_an_act
from diplograph.extract.scoring import quad_and_score
from diplograph.extract.syntax import (
    agents,
    completed_verb_subjects,
    direct_objects,
    gapped_objects,
    gapped_subjects,
    has_to,
    inherited_subject,
    is_passive,
    passive_subjects,
    prep_objects,
    to_complements,
)
from diplograph.extract.temporal import TimeValue
from diplograph.extract.tree import children
from diplograph.extract.triggers import Trigger, find_triggers
from diplograph.records import (
    ActorRef,
    Document,
    Event,
    Location,
    Mention,
    PartialDate,
)
from diplograph.resolve.coreference import FIRST_PERSON
from diplograph.wordlists import words

EXTRACTOR_NAME = "diplograph.extract.rules.v1"
NO_DOCUMENT_DATE = frozenset({"MEMBER_OF", "RENAMED", "INVESTS"})
CROWD_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE"})
# What a crowd says keeps its type: "protesters in Yerevan demanded that Armenia leave the bloc"
# is the crowd's REQUEST (not the state's, nor a riot).
CROWD_SPOKEN_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
PEOPLE_NOUNS = words("people_nouns")
DESCENT_MARKERS = words("descent_markers")
ANAPHORIC_DETERMINERS = words("anaphoric_determiners")
# An accusation read off a reported act ("Kyiv says Russian drones hit ...") is less sure than
# an explicit "accused".
CLAIM_CONFIDENCE = 0.5
# Acts between two sides of a conflict: their actors are whom "both sides" means afterwards.
SIDE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "CONCEDE"})
# Acts an organisation's members do together ("the leaders adopted the declaration").
ORGANISATION_ACT_TYPES = frozenset({"SUPPORT", "AGREE"})
MEMBER_BODY_NOUNS = words("member_body_nouns")
ORGANISATION_MEETINGS = words("organisation_meetings")
HALTED_ACTS = words("halted_acts")
# Measures taken against another side: agreeing on one decides it, and promises it to no one.
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})
THANKS_WORDS = words("thanks_words")
HELP_NOUNS = words("help_nouns")
HELP_VERBS = words("help_verbs")
GOOD_OFFICES_VERBS = words("good_offices_verbs")
SOLIDARITY_NOUNS = words("solidarity_nouns")
STATEMENT_NOUNS = words("statement_nouns")
ENVOY_NOUNS = words("envoy_nouns")
# How many sentences back "did the same" may reach for the act it repeats.
RECENT_ACT_SENTENCES = 4


class RuleExtractor:
    """Extract events from one parsed document. Stateless between documents; safe to reuse."""

    name = EXTRACTOR_NAME

    def __init__(self, registry: Any, lexicon: Lexicon | None = None) -> None:
        self.registry = registry
        self.lexicon = lexicon or default_lexicon()
        self.participants = ParticipantReader(registry, self.lexicon)
        self.renaming = RenamingReader(registry, self.lexicon, self._ref, EXTRACTOR_NAME)
        self.references = ActReferences(registry, self.lexicon)
        self.memberships = MembershipReader(registry, self.lexicon, self._events)
        self.places = PlaceReader(registry)
        self.meetings = MeetingReader(registry, self.lexicon, self.places, self._events)
        self.recipients = RecipientReader(registry, self.lexicon, self.references, self.places)

    def extract(self, document: Document, parsed: Doc, mentions: list[Mention]) -> list[Event]:
        """Events of ``document`` (its parse and resolved mentions), merged within the document."""
        context = document_context(document, parsed, mentions, self.registry)
        events: list[Event] = []
        for sentence in parsed.sents:
            if not sentence.text.strip():
                continue
            events.extend(self._sentence_events(sentence, context, mentions))
        return _merge(in_their_time(events, self.registry, document.date), document.title)

    def _sentence_events(
        self, sentence: Span, context: DocumentContext, mentions: list[Mention]
    ) -> list[Event]:
        times = sentence_times(
            sentence, context.document.date, context.dateline_spans, previous=context.last_date
        )
        context.last_date = story_date(times, context.last_date, context.document.date)
        context.news_day = story_date(acts_times(times), context.news_day, context.document.date)
        shared = SentenceContext(
            sentence,
            times,
            _cues(sentence, context),
            evidence_of(context.document.id, sentence),
        )
        finder = context.finder
        events: list[Event] = []
        context.sentence_events = events
        acts: list[ReportedAct] = []
        # "NATO launched strikes ..., and Russia condemned the attack": an act reported earlier in
        # the sentence is one a later clause can respond to.
        context.acts.append(acts)
        read: list[tuple[Trigger, list[Event]]] = []
        for trigger in _in_text_order(
            find_triggers(sentence, self.lexicon, self._actor_kind(finder))
        ):
            found = self._trigger_events(trigger, shared, context)
            read.append((trigger, found))
            events.extend(found)
            events.extend(self._claimed_act(trigger, shared, context))
            words = _act_words(trigger)
            done = [e for e in found if e.source and e.modality == "asserted"]
            response = responds(trigger) and answers_an_act(trigger)
            acts.extend(
                ReportedAct(words, e.source.id, True, e.type, response) for e in done if e.source
            )
            if trigger.rule.reciprocal:  # "fighting between A and B": both fought
                acts.extend(
                    ReportedAct(words, e.target.id, False, e.type) for e in done if e.target
                )
        events.extend(_thanked_for_help(read))
        events = _offered_to_the_visited(_without_visit_purposes(events, read))
        events = _without_meeting_purposes(events, read)
        events = _conceded_to_the_agreed(events, read)
        events = _without_agreed_measures(events, read)
        events = _without_host_side_meetings(events)
        events = without_threat_repeats(without_unaimed_repeats(without_echoes(events)))
        events.extend(self._same_acts(sentence, events, context, shared))
        events = _without_unaddressed_commitments(events, read, self.registry.kind_of)
        done = [e for e in events if e.modality == "asserted" and e.source is not None]
        if done:
            context.last_acts = [*context.last_acts[-(RECENT_ACT_SENTENCES - 1) :], done]
            context.act_types.update({event.type for event in done})
            context.force_places.update(force_places(done))
            self._remember_sides(done, finder)
        events.extend(self.renaming.renamings(sentence, shared, context, mentions))
        events.extend(self.memberships.listed_members(sentence, shared, context))
        events.extend(self.memberships.treaty_founders(sentence, shared, context, events))
        events.extend(self.memberships.fellow_members(sentence, shared, context, events))
        finder.remember_sentence(list(sentence), self._subject_hits(sentence, finder))
        return events

    def _remember_sides(self, events: list[Event], finder: ActorFinder) -> None:
        """The two sides of the latest fight, threat or truce: who "both sides" are later, when one
        of them is an armed group or other organisation (two states are the memory's pair)."""
        for event in reversed(events):
            if event.type not in SIDE_TYPES or event.source is None or event.target is None:
                continue
            if event.confidence < 0.4:  # a guess from the story, not a pair the text names
                continue
            pair = {event.source.id, event.target.id}
            if event.type != "ASSAULT" and len(pair & set(finder.memory.sides)) == 1:
                # "Washington threatened sanctions, and Egypt called on both commanders": an
                # outsider's threat or measure against one side makes no new pair; fighting does
                continue
            kinds = {self.registry.kind_of(actor.id) for actor in (event.source, event.target)}
            if kinds <= {"state", "organisation"}:
                sides = [event.source.id, event.target.id]
                # Two states are the memory's pair already; an armed group is not among them.
                finder.memory.sides = sides if "organisation" in kinds else []
                return

    def _same_acts(
        self,
        sentence: Span,
        events: list[Event],
        context: DocumentContext,
        shared: SentenceContext,
    ) -> list[Event]:
        """ "Canada did the same", "the UAE and Egypt followed suit": the act just reported,
        done again by the new actors (to the same recipient, on this sentence's date)."""
        copied: list[Event] = []
        for verb in sentence:
            if not repeats_an_act(verb):
                continue
            subject_tokens, _ = inherited_subject(verb)
            actors = [hit for t in subject_tokens for hit in context.finder.of_phrase(t)]
            earlier = [e for e in events if e.source] or story_act(
                context.last_acts, context.act_types
            )
            times = times_for(verb, verb, shared.times) or _undated_act_date(verb, context)
            for actor in actors:
                seen: set[tuple[str, str | None, str | None]] = set()
                for act in earlier:
                    target = act.target.id if act.target else None
                    key = (act.type, act.mode, target)
                    if key in seen or target == actor.actor_id or act.source is None:
                        continue
                    if act.source.id == actor.actor_id:
                        continue
                    seen.add(key)
                    when = times[0] if times else None
                    copy = replace(
                        act,
                        source=self._ref(actor, when.date if when else None),
                        date=when.date if when else None,
                        date_end=when.end if when else None,
                        contexts=list(act.contexts),
                        evidence=[shared.evidence],
                        confidence=round(act.confidence - 0.1, 2),
                        id="",
                    )
                    copied.append(copy)
        return copied

    def _actor_kind(self, finder: ActorFinder):  # type: ignore[no-untyped-def]
        """Kind of the actor a token's phrase names: "person" for people, else the actor's kind."""

        def kind(token: Token) -> str | None:
            hits = finder.of_phrase(token)
            if not hits:
                # "Mosul": a place of a state, no actor of its own
                return "place" if state_of_place(token, finder) else None
            if not finder.names_actor(token, hits):
                return None
            return "person" if hits[0].person else self.registry.kind_of(hits[0].actor_id)

        return kind

    def _subject_hits(self, sentence: Span, finder: ActorFinder) -> list[ActorHit]:
        root = sentence.root
        return [
            hit
            for subject in children(root)
            if subject.dep_ in ("nsubj", "nsubjpass")
            for hit in finder.of_phrase(subject)
        ]

    # -- one trigger -----------------------------------------------------------------------

    def _trigger_events(
        self, trigger: Trigger, shared: SentenceContext, context: DocumentContext
    ) -> list[Event]:
        members_meet = self.meetings.members_meeting(trigger, shared, context)
        reading = self._read(trigger, context)
        if reading is None:
            return members_meet
        found = self._read_events(trigger, reading, shared, context)
        found = self.meetings.scheduled_own_meeting(trigger, found, shared, context)
        found += self.meetings.their_meetings_host(trigger, reading, shared, context)
        return (
            members_meet + found + self.meetings.own_meeting_hosts(trigger, found, shared, context)
        )

    def _claimed_act(
        self, trigger: Trigger, shared: SentenceContext, context: DocumentContext
    ) -> list[Event]:
        """ "Kyiv says Russian drones hit a power plant", "according to Manila, Chinese vessels
        rammed its boats": whoever reports a hostile act done by another accuses the doer
        (ACCUSE, allege); "the army said it had killed 20 militants" reports its own act."""
        rule = trigger.rule
        if rule.type not in self.lexicon.claimed_act_types or trigger.noun is not None:
            return []
        if modality_of(trigger.predicate) != "asserted":
            return []  # "said Russia would attack": a forecast or a threat, not an accusation
        if _sourced_after(trigger.predicate, self.lexicon.claim_verbs):
            return []  # "Israeli troops killed 22 people, the ministry said": the news, sourced
        finder = context.finder
        accusers = reporters(trigger.predicate, finder, self.lexicon.claim_verbs)
        if not accusers:
            return []
        doers, _ = self.participants.read(trigger, finder)
        own = {hit.actor_id for hit in accusers}
        if own & {hit.actor_id for hit in doers}:
            return []  # "U.S. and British jets struck ..., the Pentagon said": its own act
        pairs: list[tuple[ActorHit, ActorHit | None]] = [
            (accuser, doer)
            for accuser in accusers
            for doer in doers
            if crowd_ref(doer.actor_id, doer.text) is None
        ]
        claim = TriggerRule(
            lemmas=rule.lemmas, type="ACCUSE", mode="allege", confidence=CLAIM_CONFIDENCE
        )
        return self._events(replace(trigger, rule=claim), pairs, None, shared, context)

    def _read_events(
        self,
        trigger: Trigger,
        reading: tuple[Trigger, list[tuple[ActorHit, ActorHit | None]], Location | None],
        shared: SentenceContext,
        context: DocumentContext,
    ) -> list[Event]:
        trigger, pairs, location = reading
        if trigger.rule.type == "HOSTS" and location and all(s.via == "location" for s, _ in pairs):
            # "Summits have been held in Almaty, Bishkek and Gabala": one host per city.
            heads = [
                trigger.predicate,
                *(t for t in (trigger.noun, trigger.object) if t is not None),
            ]
            events = []
            venues = venues_with_dates(trigger.predicate, self.registry, context.near, shared.times)
            for place, values in venues:  # each city with its own year
                host = ActorHit(place.country or "", place.name, trigger.predicate.i, "location")
                if place.country:
                    events += self._events(
                        trigger, [(host, None)], place, shared, context, dates=values
                    )
            if events:
                return events
            places = places_listed_with(location, heads, self.registry, context.near)
            for place in places + self.meetings.later_venues(trigger, places, context):
                host = ActorHit(
                    place.country or "", place.name, trigger.predicate.i, via="location"
                )
                if place.country:
                    events += self._events(trigger, [(host, None)], place, shared, context)
            return events
        gapped = self._gapped(trigger)
        if gapped:
            return self._gapped_events(trigger, pairs, gapped, location, shared, context)
        subjects = []
        if trigger.rule.intransitive or _complement_act(trigger):
            subjects = gapped_subjects(trigger.predicate, trigger.noun)
        if subjects and pairs:
            return self._gapped_subject_events(trigger, pairs, subjects, location, shared, context)
        return self._events(trigger, pairs, location, shared, context)

    def _gapped_subject_events(
        self,
        trigger: Trigger,
        pairs: list[tuple[ActorHit, ActorHit | None]],
        gapped: list[Token],
        location: Location | None,
        shared: SentenceContext,
        context: DocumentContext,
    ) -> list[Event]:
        """ "South Africa joined in 1994, Mauritius in 1995 and the Seychelles in 1997": the
        act again by each gapped subject towards the same body, each with the dates of its own
        part of the sentence (a part without a date is not read as a clause)."""
        starts = [name.i for name in gapped]
        first = replace(shared, times=[t for t in shared.times if t.root.i < starts[0]])
        events = self._events(trigger, pairs, location, first, context)
        targets = list({target.actor_id: target for _, target in pairs if target}.values())
        ends = [*starts[1:], len(trigger.predicate.doc)]
        for start, end, name in zip(starts, ends, gapped, strict=True):
            dates = [v for t in shared.times if start <= t.root.i < end for v in t.values]
            sources = [  # not the names coordinated with it, which have parts of their own
                hit
                for hit in context.finder.of_phrase(name)
                if hit.actor_id and name.left_edge.i <= hit.token <= name.i
            ]
            more = [(s, t) for s in sources for t in targets if t.actor_id != s.actor_id]
            if dates and more:
                events += self._events(trigger, more, location, first, context, dates=dates)
        return events

    @staticmethod
    def _gapped(trigger: Trigger) -> list[Token]:
        """Second objects of a gapped clause, for acts whose recipient is the verb's object."""
        rule = trigger.rule
        if trigger.noun is not None or trigger.flipped or rule.target[:1] != ("dobj",):
            return []
        return gapped_objects(trigger.predicate)

    def _gapped_events(
        self,
        trigger: Trigger,
        pairs: list[tuple[ActorHit, ActorHit | None]],
        gapped: list[Token],
        location: Location | None,
        shared: SentenceContext,
        context: DocumentContext,
    ) -> list[Event]:
        """ "Kenya joined the Commonwealth in 1963 and the AU in 2002": the act again on each
        gapped object, each with the dates of its own part of the sentence."""
        # Each part of the sentence runs from its object to the next gapped object.
        starts = [conj.i for conj in gapped]
        first = replace(shared, times=[t for t in shared.times if t.root.i < starts[0]])
        events = self._events(trigger, pairs, location, first, context)
        sources = list({source.actor_id: source for source, _ in pairs}.values())
        ends = [*starts[1:], len(trigger.predicate.doc)]
        for start, end, conj in zip(starts, ends, gapped, strict=True):
            dates = [v for t in shared.times if start <= t.root.i < end for v in t.values]
            targets = context.finder.of_phrase(conj)
            more = [(s, t) for s in sources for t in targets if t.actor_id != s.actor_id]
            if more:
                events += self._events(trigger, more, location, first, context, dates=dates or None)
        return events

    def _read(
        self, trigger: Trigger, context: DocumentContext
    ) -> tuple[Trigger, list[tuple[ActorHit, ActorHit | None]], Location | None] | None:
        """Who acts on whom and where; None when the trigger yields no event."""
        if trigger.rule.venue:
            return self.meetings.venue(trigger, context)
        sources, targets = self.participants.read(trigger, context.finder)
        trigger, targets = self._done_for_others(trigger, sources, targets, context.finder)
        targets = self._summit_travelled_to(trigger, context.finder) or targets
        crowd_act = trigger.rule.crowd_only or trigger.rule.type in CROWD_TYPES | CROWD_SPOKEN_TYPES
        crowd = _crowd_token(trigger.predicate, protest=trigger.rule.type == "PROTEST")
        if crowd_act and trigger.noun is None and crowd is not None:
            sources = []  # "protesters in Lima", "Iranian protesters": a crowd, not the state
        elif trigger.rule.crowd_only and sources:
            return None
        if trigger.rule.type == "CONCEDE" and _others_act_halted(trigger, sources, context.finder):
            return None  # "intervened to halt an offensive by Ansar Dine": no concession
        if trigger.rule.mode == "coup":
            coup = self._coup_sides(trigger, sources, targets)
            if coup is None:
                return None
            sources, targets = coup
        location = self.places.location(trigger, sources, context) or self._dateline_place(
            trigger, context
        )
        organisation = self._organisation_act(trigger, sources, targets, context)
        if organisation:
            # "the leaders adopted a declaration": the organisation's own act, at no one.
            sources, targets = organisation, []
            trigger = replace(trigger, rule=replace(trigger.rule, no_target=True, reciprocal=False))
        elif not sources and targets:
            sources = self._organisation_decision(trigger, targets, context)
        trigger, sources, targets = self._implied_sources(
            trigger, sources, targets, location, context
        )
        if not targets and trigger.rule.abroad and not _each_other(trigger, sources):
            targets = self.places.abroad_target(sources, location, trigger)
            if not targets and trigger.rule.mission:
                targets = self.recipients.served_country(trigger, sources, context)
            if not targets and location is None and lenders(trigger.predicate, context.finder):
                # "the port, built with loans from China": to the state the story is about
                targets = self.recipients.story_country(trigger, sources, context)
            if not targets:
                return None
        if trigger.rule.forum is not None:
            targets = self._forum_targets(trigger.rule.forum, trigger, targets)
        if not targets and self.recipients.for_no_one_named(trigger, sources, context):
            # "Japan promised $500 million to the hardest-hit nations": to no one named
            trigger = replace(trigger, rule=replace(trigger.rule, no_target=True, reciprocal=False))
        elif not targets and not organisation:
            targets = self.recipients.implied_targets(trigger, sources, location, context)
        if not targets and _reported_readiness(trigger):
            return None
        rule = self.meetings.meeting_rule(trigger, sources, location)
        if rule is None:
            return None
        if rule.type == "HOSTS":
            sources = self.meetings.hosts(sources, location, trigger)
        trigger = replace(trigger, rule=rule)
        pairs = self.participants.pairs(trigger, sources, targets, location)
        return (trigger, pairs, location) if pairs else None

    def _summit_travelled_to(self, trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
        """ "flew to Bangkok for the summit of BIMSTEC", "will travel to Brussels for a NATO
        summit": a trip to an organisation's meeting attends the organisation, not the city's
        state (which only hosts it)."""
        if trigger.rule.type != "CONSULT" or trigger.rule.mode != "visit" or trigger.noun:
            return []
        meetings = [
            meeting
            for _, meeting in prep_objects(trigger.predicate, {"for"})
            if meeting.lemma_.lower() in self.lexicon.meeting_nouns
        ]
        return [
            hit
            for meeting in meetings
            for hit in finder.of_phrase(meeting)
            if self.registry.kind_of(hit.actor_id) == "igo"
        ]

    def _done_for_others(
        self,
        trigger: Trigger,
        sources: list[ActorHit],
        targets: list[ActorHit],
        finder: ActorFinder,
    ) -> tuple[Trigger, list[ActorHit]]:
        """ "India evacuated 200 Nepalese citizens": an act on people whom another state's
        adjective or name marks is, for a rule with ``for_others``, that type towards the state."""
        kind = trigger.rule.for_others
        if kind is None or trigger.object is None:
            return trigger, targets
        own = {hit.actor_id for hit in sources}
        marked = [
            hit
            for child in children(trigger.object)
            if child.dep_ in ("amod", "nmod", "compound") and child.i < trigger.object.i
            for hit in finder.of_phrase(child)
            if hit.actor_id not in own and self._is_state(hit.actor_id)
        ]
        if not marked:
            return trigger, targets
        return replace(trigger, rule=replace(trigger.rule, type=kind, mode=None)), marked

    def _forum_targets(
        self, forum: str, trigger: Trigger, targets: list[ActorHit]
    ) -> list[ActorHit]:
        """ "Russia vetoed the resolution", "vetoed the renewal of the UN panel": an act done in
        one body (a veto in the Security Council) is aimed at it when the sentence names no one
        else, or names only the body's parent organisation."""
        parent = self.registry.actor(forum).parent
        named = [hit for hit in targets if hit.actor_id not in (forum, parent)]
        return named or [ActorHit(forum, "", trigger.anchor.i, via="coref")]

    def _implied_sources(
        self,
        trigger: Trigger,
        sources: list[ActorHit],
        targets: list[ActorHit],
        location: Location | None,
        context: DocumentContext,
    ) -> tuple[Trigger, list[ActorHit], list[ActorHit]]:
        """Actors the text leaves unnamed: crowds, and the host state of a meeting's city."""
        if not sources and trigger.rule.type in CROWD_TYPES | CROWD_SPOKEN_TYPES:
            sources, targets = self._crowd(trigger, targets, location, context)
            if sources and trigger.rule.type in CROWD_TYPES - {"PROTEST"}:
                # Crowds that storm or attack riot (PLOVER PROTEST, mode riot).
                trigger = replace(trigger, rule=replace(trigger.rule, type="PROTEST", mode="riot"))
        if not sources and trigger.rule.type == "HOSTS" and location and location.country:
            sources = [
                ActorHit(location.country, location.name, trigger.predicate.i, via="location")
            ]
        if not sources and _talks_abroad_with(trigger, targets, location):
            # "the announcement followed talks in Banjul with the presidents of Guinea and
            # Mauritania": those named came to talk with the state of the place
            assert location is not None and location.country is not None
            host = ActorHit(location.country, location.name, trigger.anchor.i, via="location")
            sources, targets = targets, [host]
        unnamed = (
            _agentless(trigger.predicate)
            or _noun_is_subject(trigger)
            or _unowned_envoys(trigger.predicate)
        )
        if not sources and trigger.rule.reciprocal and unnamed:
            # "A peace accord was signed in Algiers": by the two sides the story is about.
            pair = context.finder.memory.pair()
            sources = [ActorHit(a, "", trigger.anchor.i, via="coref") for a in pair]
            targets = [] if len(sources) > 1 else targets
        return trigger, sources, targets

    def _organisation_act(
        self,
        trigger: Trigger,
        sources: list[ActorHit],
        targets: list[ActorHit],
        context: DocumentContext,
    ) -> list[ActorHit]:
        """ "The leaders adopted a declaration", "the heads of state agreed to meet in 2002",
        "the charter was adopted at the fifth summit": in a text about an organisation, what its
        unnamed members or one of its meetings decide is the organisation's own act (target none).
        """
        if sources or targets or trigger.noun is not None:
            return []
        if trigger.rule.type not in ORGANISATION_ACT_TYPES or not trigger.rule.reciprocal:
            return []
        predicate = trigger.predicate
        if _agentless(predicate):
            # "The SCO Charter was signed in 2002": the organisation a text is named after.
            owners = [
                hit
                for subject in passive_subjects(predicate)
                for hit in named_in_front(subject, context.finder)
                if self.registry.kind_of(hit.actor_id) == "igo"
            ]
            if owners:
                return owners
        subject_tokens, _ = inherited_subject(predicate)
        members = any(t.lemma_.lower() in MEMBER_BODY_NOUNS for t in subject_tokens)
        if not (members or (_agentless(predicate) and _at_a_meeting(predicate))):
            return []
        topic = context.finder.memory.description("the organization", "organization")
        return [ActorHit(actor, "", trigger.anchor.i, via="coref") for actor in topic]

    def _organisation_decision(
        self, trigger: Trigger, targets: list[ActorHit], context: DocumentContext
    ) -> list[ActorHit]:
        """ "The leaders approved Morocco's readmission": in a text about an organisation, its
        unnamed members' decision about a named party is the organisation's act towards it (not
        about "the nation", whose antecedent would be a second guess)."""
        if trigger.rule.type not in ORGANISATION_ACT_TYPES or trigger.noun is not None:
            return []
        if any(target.via == "coref" for target in targets):
            return []
        subject_tokens, _ = inherited_subject(trigger.predicate)
        if not any(t.lemma_.lower() in MEMBER_BODY_NOUNS for t in subject_tokens):
            return []
        topic = context.finder.memory.description("the organization", "organization")
        return [ActorHit(actor, "", trigger.anchor.i, via="coref") for actor in topic]

    def _events(
        self,
        trigger: Trigger,
        pairs: list[tuple[ActorHit, ActorHit | None]],
        location: Location | None,
        shared: SentenceContext,
        context: DocumentContext,
        dates: list[TimeValue] | None = None,
    ) -> list[Event]:
        """One event per (source, recipient) pair and stated date (``dates`` when given)."""
        modality = modality_of(trigger.predicate)
        if modality == "asserted" and trigger.noun is not None:
            # "Germany's [proposed] arms deliveries were blocked": not delivered
            modality = noun_modality(trigger.noun) or modality
        if trigger.noun is not None and trigger.rule.type != "REQUEST" and requested(trigger.noun):
            modality = "hypothetical"  # "called for a ceasefire": asked for, not agreed
        if modality in ("planned", "hypothetical") and _at_the_request(trigger):
            modality = "asserted"  # "will meet at France's request": the asking was done
        if trigger.rule.venue and modality == "negated" and trigger.anchor.dep_ == "nsubj":
            modality = "asserted"  # "the meeting in Cartagena did not lead to ...": it met
        if modality == "planned" and _decided_admission(trigger):
            modality = "asserted"  # "AU leaders agreed to readmit Morocco": admitted
        if modality == "negated" and trigger.rule.negated_only:
            modality = "asserted"  # "ruled out no options": the denial is the act
        event_type = adjust_type(trigger.rule.type, modality, trigger.predicate)
        if modality == "negated" and _refusal(trigger):
            # "We do not recognise the referendums": declining to recognise is PLOVER REJECT.
            event_type, modality = "REJECT", "asserted"
            pairs = _each_alone(pairs, trigger.predicate)
        if event_type == "REJECT" and modality == "planned" and not threatened(trigger.predicate):
            # "France said it will oppose ratification": a stance taken now, not an act to come
            # ("threatened to block the bid" is the threat only).
            modality = "asserted"
        if event_type in ("RETREAT", "CONCEDE") and self._leaves_a_tie(trigger, pairs):
            # "pulled out of the joint exercise", "announced its withdrawal from ECOWAS": relations
            # cut (SANCTION), not troops pulled back.
            event_type = "SANCTION"
        if event_type == "SANCTION" and off_a_blacklist(trigger.predicate):
            # "removed Cuba from its list of state sponsors of terrorism": an easing.
            event_type = "CONCEDE"
        if (
            event_type == "THREATEN"
            and trigger.rule.type == "SANCTION"
            and trigger.noun is None
            and announced_measure(trigger.predicate, self._speaks_for(context))
        ):
            # "Seoul said it would scrap the pact": a measure decided and made public.
            event_type, modality = "SANCTION", "asserted"
        if (
            event_type == "ACCUSE"
            and modality == "planned"
            and trigger.rule.to_court
            and announced_measure(trigger.predicate, self._speaks_for(context))
        ):
            # "Mexico said it would take Ecuador to the ICJ": the case announced is the charge.
            modality = "asserted"
        if (
            event_type == "THREATEN"
            and trigger.rule.type == "MOBILIZE"
            and trigger.noun is None
            and announced_deployment(trigger.predicate)
        ):
            # "Paris said it would send two frigates to the Gulf": a deployment made public.
            event_type, modality = "MOBILIZE", "asserted"
        if modality == "hypothetical" and threatened_on_record(event_type, trigger.predicate):
            # "Azerbaijan's warning that it would strike Armenia": the threat, told as made.
            event_type, modality = "THREATEN", "asserted"
        elif modality == "hypothetical" and conditional_threat(event_type, trigger.predicate):
            # "Iraq would cut off relations should the burning go ahead": a threat, made now.
            event_type, modality = "THREATEN", "asserted"
        elif modality == "hypothetical" and conditional_offer(event_type, trigger.predicate):
            # "If Caracas reopens the border, we will be ready to resume talks": an offer.
            event_type, modality = "AGREE", "asserted"
        if event_type == "AGREE" and _sides_of_an_offered_meeting(
            trigger, pairs, self.lexicon.host_verbs
        ):
            return []  # "Brazil offered to host talks between A and B": A and B promised nothing
        own = times_for(trigger.anchor, trigger.anchor, shared.times) if trigger.rule.venue else []
        dates = dates or own or times_for(trigger.predicate, trigger.anchor, shared.times)
        dates = dates or self._fallback_date(trigger, context, event_type)
        if event_type == "COOPERATE" and _exercise_alone(trigger, pairs):
            event_type = "MOBILIZE"  # "Iran held naval exercises": a show of force, not a joint act
        meeting = trigger.object if trigger.rule.type == "HOSTS" else None
        template = Event(
            type=event_type,
            source=None,
            mode=trigger.rule.mode if event_type == trigger.rule.type else None,
            contexts=event_contexts(
                trigger.anchor, trigger.rule.contexts, shared.contexts, context.contexts
            ),
            modality=modality,  # type: ignore[arg-type]
            location=location,
            event_name=event_name_for(meeting, shared.sentence) if meeting is not None else None,
            extractor=EXTRACTOR_NAME,
            evidence=[shared.evidence],
        )
        template.quad, template.score = quad_and_score(event_type, template.mode)
        on = context.document.date
        events = [
            self._event(template, source, target, value, trigger, on)
            for source, target in pairs
            for value in (dates or [None])
        ]
        return self._per_destination(events, trigger, location, context)

    def _leaves_a_tie(
        self, trigger: Trigger, pairs: list[tuple[ActorHit, ActorHit | None]]
    ) -> bool:
        """A withdrawal from a tie: "quit the accord", "pulled out of a joint exercise", "its
        withdrawal from the Community" (a tie noun, or a name whose every recipient is an
        international organisation); not "withdrew its troops from Mali"."""
        left = _withdrawn_from(trigger, self.lexicon.withdrawal_nouns)
        if not left:
            return False
        if any(thing.lemma_.lower() in self.lexicon.tie_nouns for thing in left):
            return True
        targets = [target.actor_id for _, target in pairs if target is not None]
        return bool(targets) and all(self.registry.kind_of(t) == "igo" for t in targets)

    def _per_destination(
        self,
        events: list[Event],
        trigger: Trigger,
        location: Location | None,
        context: DocumentContext,
    ) -> list[Event]:
        """ "visited Dhaka and Naypyitaw": each host state's visit happened in its own city."""
        if location is None or trigger.rule.mode != "visit" or len(events) < 2:
            return events
        places = self.places.destinations(trigger, context)
        if not any(place == location for place in places):
            return events  # the place came from an "in"/"at" phrase, not a destination
        for event in events:
            host = event.target.id if event.target else None
            own = [place for place in places if place.country == host]
            if own:
                event.location = own[0]
        return events

    def _event(
        self,
        template: Event,
        source: ActorHit,
        target: ActorHit | None,
        when: TimeValue | None,
        trigger: Trigger,
        on: PartialDate | None,
    ) -> Event:
        date_on = when.date if when else on
        event = replace(
            template,
            source=self._ref(source, date_on),
            target=self._ref(target, date_on) if target else None,
            date=when.date if when else None,
            date_end=when.end if when else None,
            contexts=list(template.contexts),
            evidence=list(template.evidence),
        )
        event.confidence = _confidence(trigger, source, target)
        return event

    def _ref(self, hit: ActorHit, on: PartialDate | None) -> ActorRef:
        crowd = crowd_ref(hit.actor_id, hit.text)
        if crowd is not None:
            return crowd
        return ActorRef(
            id=hit.actor_id,
            name=self.registry.name_of(hit.actor_id, on),
            kind=self.registry.kind_of(hit.actor_id),
            text=hit.text,
            sector=hit.sector,
            person=hit.person,
        )

    # -- who -------------------------------------------------------------------------------

    @staticmethod
    def _speaks_for(context: DocumentContext) -> Callable[[Token, Token], bool]:
        """Whether a speaker names the same actors as a subject ("Prime Minister May said
        Britain would ...": she speaks for Britain)."""

        def same_actors(speaker: Token, subject: Token) -> bool:
            spoken = {hit.actor_id for hit in context.finder.of_phrase(speaker)}
            meant = {hit.actor_id for hit in context.finder.of_phrase(subject)}
            return bool(meant) and meant <= spoken

        return same_actors

    def _coup_sides(
        self, trigger: Trigger, sources: list[ActorHit], targets: list[ActorHit]
    ) -> tuple[list[ActorHit], list[ActorHit]] | None:
        """ "The army seized power in Mali", "Egypt's armed forces overthrew President Morsi": a
        military coup is the country's junta acting on its own state. Forces that topple another
        state's ruler, and groups with a name ("the Taliban seized power"), keep their own
        sides; a state that "came to power" with no word of a military takeover made no coup
        (None)."""
        military = _military_takeover_said(trigger.predicate)
        others = {t.actor_id for t in targets if self._is_state(t.actor_id)}
        juntas: list[ActorHit] = []
        ruled: list[str] = []
        kept: list[ActorHit] = []
        for hit in sources:
            state = junta_state(hit.actor_id, self.registry)
            if state is None and self._is_state(hit.actor_id) and military:
                state = hit.actor_id
            if state is None or others - {state}:
                kept.append(hit)
                continue
            juntas.append(replace(hit, actor_id=junta_id(state, self.registry), sector="MIL"))
            ruled.append(state)
        if not juntas:
            return (kept, targets) if kept else None
        states = [ActorHit(s, "", juntas[0].token, via="location") for s in dict.fromkeys(ruled)]
        return juntas + kept, states

    def _is_state(self, actor_id: str) -> bool:
        return bool(actor_id) and self.registry.kind_of(actor_id) == "state"

    def _crowd(
        self,
        trigger: Trigger,
        targets: list[ActorHit],
        location: Location | None,
        context: DocumentContext,
    ) -> tuple[list[ActorHit], list[ActorHit]]:
        """Protests by unnamed crowds: the crowd of its country, aimed at the recipient the text
        names ("outside the Japanese embassy", "to denounce X") or else at that country. A
        crowd that boycotts goods is that country's consumers."""
        crowd_token = _crowd_token(trigger.predicate, protest=trigger.rule.type == "PROTEST")
        anchor = trigger.noun or crowd_token
        event_noun = trigger.noun is not None and trigger.rule.type == "PROTEST"
        if anchor is None or not (event_noun or crowd_token is not None):
            return [], targets
        finder = context.finder
        last_country, last_targets = finder.last_crowd or (None, [])
        countries = self._crowd_nationalities(crowd_token, context)
        country, firm = (
            (countries[0], True)  # "French and Belgian farmers": two crowds
            if len(countries) > 1
            else self._crowd_country(trigger, crowd_token, countries, context)
        )
        spoken = trigger.rule.type in CROWD_SPOKEN_TYPES
        if spoken and not firm and country != last_country:
            # "Activists urged the EU ...": whose, neither the words nor an earlier crowd tell.
            return [], targets
        if (
            not (firm or spoken)
            and country
            and country in {hit.actor_id for hit in targets}
            and not _home_institution_stormed(trigger.predicate)
        ):
            country = self._crowd_abroad(country, context)
        if not country or self.registry.kind_of(country) != "state":
            return [], targets
        targets = (
            targets
            or _purpose_targets(trigger.predicate, finder)
            or self._protested_acts(trigger.predicate, context)
        )
        if not targets and country == last_country:
            targets = [ActorHit(a, "", anchor.i, via="coref") for a in last_targets]
        if len(countries) < 2:  # (crowds of two countries have no one country to turn on)
            targets = targets or [ActorHit(country, "", anchor.i, via="location")]
        finder.last_crowd = (country, [hit.actor_id for hit in targets])
        name = consumers_id if trigger.rule.mode == "boycott" else crowd_id
        crowds = [
            ActorHit(name(state, self.registry), anchor.text, anchor.i, sector="OPP")
            for state in (countries if len(countries) > 1 else [country])
        ]
        return crowds, targets

    def _crowd_nationalities(
        self, crowd_token: Token | None, context: DocumentContext
    ) -> list[str]:
        """The states a crowd's own words give it ("Iranian protesters", "French and Belgian
        farmers"), in order; none for people of a descent ("ethnic Russian youths")."""
        if crowd_token is None:
            return []
        # "thousands [of Iranian protesters]", "farmers [from France and Belgium]"
        phrases = [crowd_token] + [obj for _, obj in prep_objects(crowd_token, {"of", "from"})]
        hits = [
            hit
            for phrase in phrases
            if not _of_descent(phrase)
            for hit in context.finder.of_phrase(phrase)
        ]
        named = [h for h in hits if h.via not in ("coref", "partner")]  # not "their supporters"
        return list(dict.fromkeys(h.actor_id for h in named if self._is_state(h.actor_id)))

    def _protested_acts(self, predicate: Token, context: DocumentContext) -> list[ActorHit]:
        """ "rallied against the sanctions": at whoever did the act the story reported."""
        return [
            hit
            for _, act in prep_objects(predicate, {"against"})
            for hit in self.references.actors_of_act(act, set(), context, latest=False)
        ]

    def _crowd_country(
        self,
        trigger: Trigger,
        crowd_token: Token | None,
        nationalities: list[str],
        context: DocumentContext,
    ) -> tuple[str | None, bool]:
        """Whose crowd it is, and whether the text says so (a nationality or a city): its own
        nationality (one of ``nationalities``: "Iranian protesters", "thousands of South
        Koreans"), else where it gathered
        ("in Tehran", "protesters in Lima"), else the crowds the story placed last ("crowds in
        several cities"), else the dateline's country (when the story names it), else the
        story's main actor. A country named only by what the crowd gathered at ("outside the
        French embassy") is not said to be the crowd's."""
        finder = context.finder
        if len(nationalities) == 1:
            return nationalities[0], True
        place = self.places.location(trigger, [], context)  # where it happened, not the dateline
        if place is None and crowd_token is not None:
            place = location_for([crowd_token], self.registry, context.near, finder.mention_at)
        if place is not None and place.country:
            return place.country, place.name != self.registry.name_of(place.country)
        dateline = finder.home_state if finder.home_state in finder.memory.story else None
        return (finder.last_crowd or (None, []))[0] or dateline or finder.memory.main_actor, False

    def _crowd_abroad(self, target: str, context: DocumentContext) -> str | None:
        """Crowds that turn on a foreign country ("crowds smashed Japanese-owned shops",
        "demonstrated outside the French embassy") are not its own people: they are the
        story's other side's."""
        partner = context.finder.memory.partner({target})
        return partner[0] if partner else None

    # -- where and when -----------------------------------------------------------------------

    def _dateline_place(self, trigger: Trigger, context: DocumentContext) -> Location | None:
        """The dateline's place, for the acts of the story's opening paragraph."""
        if context.dateline is None or trigger.rule.type in NO_DOCUMENT_DATE:
            return None
        if trigger.predicate.idx > context.dateline_reach:
            return None
        return context.dateline

    def _fallback_date(
        self, trigger: Trigger, context: DocumentContext, event_type: str
    ) -> list[TimeValue]:
        """An act a dated news text reports without a date of its own is dated by the text
        (for a promise, the date of the promise); relation facts are not."""
        if event_type in NO_DOCUMENT_DATE or undated(trigger.predicate):
            return []
        return _undated_act_date(trigger.predicate, context)


def _sourced_after(predicate: Token, claiming: frozenset[str]) -> bool:
    """ "Chinese ships rammed Vietnamese vessels, officials said": a clause told first and its
    source named after it reports the news on that source's word, not the source's charge
    (unlike "Hanoi says Chinese ships rammed ..." or "..., the rebels claim")."""
    clause = predicate.head if predicate.dep_ == "conj" else predicate
    saying = clause.head
    return clause.dep_ == "ccomp" and saying.i > clause.i and saying.lemma_.lower() not in claiming


REFUSING_AUXILIARIES = words("refusing_auxiliaries")
REFUSING_VERBS = words("refusing_verbs")
REFUSING_NOUNS = words("refusing_nouns")
HOSTILE_ACT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "ACCUSE"})


FRONT_NOUNS = words("front_nouns")
FRONT_PREPS = words("front_preps")


def _undated_act_date(predicate: Token, context: DocumentContext) -> list[TimeValue]:
    """The date of an act the sentence gives no date: the story's news day or the document's
    (``fallback_date``)."""
    when = fallback_date(predicate, context.document.date, context.news_day)
    return [TimeValue(when)] if when is not None else []


def _withdrawn_from(trigger: Trigger, withdrawal_nouns: frozenset[str]) -> list[Token]:
    """What a withdrawal leaves: "pulled out [of] the deal", "withdrew [from] the pact", "its
    withdrawal [from] ECOWAS"; none when forces or people are withdrawn ("withdrew its troops
    from Mali") or the act is no withdrawal."""
    nouns = [t for t in (trigger.noun, trigger.object) if t is not None]
    holders = [t for t in nouns if t.lemma_.lower() in withdrawal_nouns]
    if not holders and trigger.rule.mode == "withdraw" and not direct_objects(trigger.predicate):
        holders = [trigger.predicate]
    found: list[Token] = []
    for holder in holders:
        for prep in children(holder):
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "out"):
                continue
            links = [prep, *(c for c in children(prep) if c.dep_ == "prep" and c.lower_ == "of")]
            found.extend(g for link in links for g in children(link) if g.dep_ == "pobj")
    return found


def _others_act_halted(trigger: Trigger, sources: list[ActorHit], finder: ActorFinder) -> bool:
    """ "to halt an offensive by Ansar Dine fighters", "to stop an Islamist advance": a hostile
    act halted whose doer the phrase names as another than the subject is stopped, not given up."""
    act = trigger.object
    if act is None or trigger.noun is not None or act.lemma_.lower() not in HALTED_ACTS:
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(act)):
        return True  # "an offensive", not "its offensive"
    if any(True for _ in prep_objects(act, {"by"})):
        return True
    own = {hit.actor_id for hit in sources}
    doers = [c for c in children(act) if c.dep_ in ("poss", "amod", "compound")]
    return any(hit.actor_id not in own for doer in doers for hit in finder.of_phrase(doer))


def _agentless(predicate: Token) -> bool:
    """A passive or participle with no "by X": "was signed", "agreements signed in 1994"."""
    passive = is_passive(predicate) or (predicate.tag_ == "VBN" and predicate.dep_ == "acl")
    return passive and not agents(predicate)


def _at_a_meeting(predicate: Token) -> bool:
    """ "was adopted at the fifth summit", "at this meeting": decided at a meeting."""
    return any(
        obj.lemma_.lower() in ORGANISATION_MEETINGS
        for _, obj in prep_objects(predicate, {"at", "during"})
    )


def _reported_readiness(trigger: Trigger) -> bool:
    """ "It said it is ready to act": a readiness reported of others names no one it is offered
    to; only the speaker's own ("we are ready to host the talks", "our experts will be ready to
    share it") is an open offer without a recipient."""
    if trigger.noun is None or not trigger.rule.infinitive:
        return False
    subject_tokens, _ = inherited_subject(trigger.predicate)
    return not any(
        token.lower_ in FIRST_PERSON
        or any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in children(token))
        for token in subject_tokens
    )


def _unowned_envoys(predicate: Token) -> bool:
    """ "Military commanders held talks", "officials met": people of both sides, unnamed."""
    return any(
        child.dep_ == "nsubj" and child.tag_ == "NNS" and child.lemma_.lower() in ENVOY_NOUNS
        for child in children(predicate)
    )


def _noun_is_subject(trigger: Trigger) -> bool:
    """ "Clashes erupted", "Talks took place": the event noun is the clause's subject."""
    return trigger.noun is not None and trigger.noun.dep_ in ("nsubj", "nsubjpass", "ROOT")


def _without_visit_purposes(
    events: list[Event], read: list[tuple[Trigger, list[Event]]]
) -> list[Event]:
    """ "flew to Tbilisi to show their solidarity with Georgia": support shown by a visit is the
    visit's purpose, one event (a CONSULT, alt SUPPORT), so the SUPPORT of the purpose clause
    goes when the visit it serves links the same two sides."""
    visits = {
        (trigger.predicate.i, event.source.id, event.target.id)
        for trigger, found in read
        if trigger.rule.type == "CONSULT" and trigger.rule.mode == "visit"
        for event in found
        if event.source is not None and event.target is not None
    }
    purposes = {
        id(event)
        for trigger, found in read
        if trigger.rule.type == "SUPPORT" and _purpose_clause(trigger.predicate)
        for event in found
        if event.source is not None
        and event.target is not None
        and (trigger.predicate.head.i, event.source.id, event.target.id) in visits
    }
    return [event for event in events if id(event) not in purposes]


def _decided_admission(trigger: Trigger) -> bool:
    """A body's decided admission read by a verb trigger ("agreed to readmit Morocco")."""
    return trigger.noun is None and decided_admission(trigger.predicate)


def _at_the_request(trigger: Trigger) -> bool:
    """ "at France's request", "at the request of the government": a request already made,
    whatever is still to come of it."""
    noun = trigger.noun
    return (
        trigger.rule.type == "REQUEST"
        and noun is not None
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("at", "upon", "on")
    )


def _without_meeting_purposes(
    events: list[Event], read: list[tuple[Trigger, list[Event]]]
) -> list[Event]:
    """ "The Security Council will meet on Monday to discuss the raid": the talks a body's own
    meeting is for are that meeting (its HOSTS), not a second plan agreed with no one."""
    meetings = {
        (trigger.predicate.i, event.source.id)
        for trigger, found in read
        for event in found
        if event.type == "HOSTS" and event.source is not None
    }
    purposes = {
        id(event)
        for trigger, found in read
        if trigger.rule.type == "CONSULT" and _purpose_clause(trigger.predicate)
        for event in found
        if event.type == "AGREE"
        and event.target is None
        and event.source is not None
        and (trigger.predicate.head.i, event.source.id) in meetings
    }
    return [event for event in events if id(event) not in purposes]


def _without_agreed_measures(
    events: list[Event], read: list[tuple[Trigger, list[Event]]]
) -> list[Event]:
    """ "EU ministers agreed to freeze the assets of Putin": a measure against another side that
    a body agrees on is its decision (the measure is the event), no promise to that side; the
    AGREE of the agreeing verb goes when its "to" act is a hostile measure the sentence read, or
    an admission ("agreed to readmit Morocco")."""
    measures = {
        trigger.predicate.i
        for trigger, found in read
        if (trigger.rule.type in MEASURE_TYPES or _decided_admission(trigger)) and found
    }
    agreements = {
        id(event)
        for trigger, found in read
        if trigger.rule.type == "AGREE"
        and trigger.noun is None
        and any(act.i in measures for act in to_complements(trigger.predicate))
        for event in found
    }
    return [event for event in events if id(event) not in agreements]


def _without_host_side_meetings(events: list[Event]) -> list[Event]:
    """ "a meeting between the President of Uzbekistan and the Saudi minister, who arrived in
    Tashkent": the meeting is the visit the sentence reports, which goes from the visitor to
    the host, so the same meeting read from the host's side is dropped."""
    visits = {
        (event.source.id, event.target.id)
        for event in events
        if event.type == "CONSULT" and event.mode == "visit" and event.source and event.target
    }
    if not visits:
        return events
    return [
        event
        for event in events
        if not (
            event.type == "CONSULT"
            and event.mode is None
            and event.source
            and event.target
            and (event.target.id, event.source.id) in visits
        )
    ]


def _talks_abroad_with(
    trigger: Trigger, partners: list[ActorHit], location: Location | None
) -> bool:
    """Talks (a noun) "with" named partners, held in a place of a state none of them is, with no
    one named on the other side ("talks in Banjul with the presidents of Guinea")."""
    return (
        trigger.rule.type == "CONSULT"
        and trigger.rule.mode is None
        and trigger.noun is not None
        and any(c.dep_ == "prep" and c.lower_ == "with" for c in children(trigger.noun))
        and bool(partners)
        and location is not None
        and location.country is not None
        and all(hit.actor_id != location.country for hit in partners)
    )


def _thanked_for_help(read: list[tuple[Trigger, list[Event]]]) -> list[Event]:
    """ "We thank the ICRC for the help it is giving", "we are grateful to Japan, which has
    equipped hospitals": the ones thanked for their help gave it (PLOVER AID) to the thanker;
    "we thank Chile and Peru for their statements of solidarity": they stood by the thanker
    (PLOVER SUPPORT)."""
    given: list[Event] = []
    for trigger, found in read:
        act = _thanked_act(trigger) if trigger.rule.type == "SUPPORT" else None
        if act is None:
            continue
        quad, score = quad_and_score(act, None)
        given.extend(
            replace(
                event,
                type=act,
                mode=None,
                source=event.target,
                target=event.source,
                quad=quad,
                score=score,
                id="",
            )
            for event in found
            if event.source is not None and event.target is not None
        )
    return given


def _thanked_act(trigger: Trigger) -> str | None:
    """The act thanks ("thanked", "grateful") presuppose of the ones thanked: AID for help
    ("for the help", "for its assistance", or "Japan, which has equipped ..."), SUPPORT for
    words of solidarity ("for their statements of solidarity")."""
    thanks = trigger.anchor
    if thanks.lemma_.lower() not in THANKS_WORDS:
        return None
    reasons = [obj for _, obj in for_objects([thanks, trigger.predicate])]
    if any(obj.lemma_.lower() in HELP_NOUNS for obj in reasons):
        return "AID"
    if any(_names_solidarity(obj) for obj in reasons):
        return "SUPPORT"
    return "AID" if _thanked_helpers(thanks) else None


def _names_solidarity(reason: Token) -> bool:
    """ "for their statements of solidarity", "for its messages of support": words said in
    support (not a stance alone, "for their solidarity", nor "for its support of the project",
    which the thanker may just share)."""
    return reason.lemma_.lower() in STATEMENT_NOUNS and any(
        obj.lemma_.lower() in SOLIDARITY_NOUNS for _, obj in prep_objects(reason, {"of"})
    )


def _thanked_helpers(thanks: Token) -> bool:
    """Someone thanked is described by how they helped ("Japan, which has equipped ...",
    "Sweden, which pledged assistance")."""
    thanked = [obj for _, obj in prep_objects(thanks, {"to"})] + direct_objects(thanks)
    return any(
        verb.pos_ == "VERB"
        and (
            verb.lemma_.lower() in HELP_VERBS
            or any(obj.lemma_.lower() in HELP_NOUNS for obj in direct_objects(verb))
        )
        for token in thanked
        for conj in [token, *token.conjuncts]
        for clause in children(conj)
        if clause.dep_ == "relcl"
        for verb in clause.subtree  # "which has equipped hospitals" (parsed "has [equipped]")
    )


def _offered_to_the_visited(events: list[Event]) -> list[Event]:
    """ "Wang Yi, who visited Dhaka and Naypyitaw, proposed a plan": a proposal or promise that
    names no recipient, made by a visitor in the sentence that reports the visit, is made to
    the ones visited."""
    visited: dict[str, list[ActorRef]] = {}
    for event in events:
        if event.type == "CONSULT" and event.mode == "visit" and event.source and event.target:
            visited.setdefault(event.source.id, []).append(event.target)
    if not visited:
        return events
    result: list[Event] = []
    for event in events:
        hosts = visited.get(event.source.id, []) if event.source else []
        if event.type == "AGREE" and event.target is None and hosts:
            result.extend(replace(event, target=host, id="") for host in hosts)
        else:
            result.append(event)
    return result


def _without_unaddressed_commitments(
    events: list[Event],
    read: list[tuple[Trigger, list[Event]]],
    kind_of: Callable[[str], str],
) -> list[Event]:
    """A commitment is made to someone: "Laos agreed to carry out further studies", "Libya
    agreed to dismantle its programmes" name no one it is made to, and are decisions of the
    actor's own, not AGREE events. Good offices offered to all sides stay ("Kazakhstan offered
    to host the next round", "we invite all partners to invest"), and so do an organisation's
    plans, which its members agree among themselves ("the heads of state agreed to meet in
    Manila")."""
    if not any(event.type == "AGREE" and event.target is None for event in events):
        return events
    open_offers = {
        id(event)
        for trigger, found in read
        if _offers_good_offices(trigger.predicate) or _offers_good_offices(trigger.noun)
        for event in found
    }
    return [
        event
        for event in events
        if event.type != "AGREE"
        or event.target is not None
        or id(event) in open_offers
        or (event.source is not None and kind_of(event.source.id) in ("igo", "group"))
    ]


def _offers_good_offices(verb: Token | None) -> bool:
    """ "offered to host the talks", "is ready to mediate", "invite investors to invest" (read
    at the offer, or at the offered act itself)."""
    if verb is None:
        return False
    offered = [child for child in children(verb) if child.dep_ in ("xcomp", "ccomp")]
    if verb.dep_ in ("xcomp", "ccomp"):
        offered.append(verb)
    return any(act.lemma_.lower() in GOOD_OFFICES_VERBS for act in offered)


def _conceded_to_the_agreed(
    events: list[Event], read: list[tuple[Trigger, list[Event]]]
) -> list[Event]:
    """ "Kim Jong Un agreed to dismantle a test site after talks with Moon Jae-in": a concession
    that names no recipient, in the "to" clause of an agreement with someone, is made to them."""
    agreed: dict[int, list[Event]] = {}
    for trigger, found in read:
        done = [e for e in found if e.type == "AGREE" and e.target is not None]
        if done and trigger.noun is None:
            agreed.setdefault(trigger.predicate.i, []).extend(done)
    if not agreed:
        return events
    given: dict[int, list[ActorRef]] = {}  # by the event object's identity
    for trigger, found in read:
        verb = trigger.predicate
        if trigger.noun is not None or verb.dep_ != "xcomp" or verb.head.i not in agreed:
            continue
        for event in found:
            if event.type in ("CONCEDE", "RETREAT") and event.target is None and event.source:
                given[id(event)] = [
                    e.target
                    for e in agreed[verb.head.i]
                    if e.target is not None and e.source and e.source.id == event.source.id
                ]
    if not given:
        return events
    result: list[Event] = []
    for event in events:
        partners = given.get(id(event), [])
        if partners:
            result.extend(replace(event, target=partner, id="") for partner in partners)
        else:
            result.append(event)
    return result


def _purpose_clause(verb: Token) -> bool:
    """A "to" infinitive that says what its head verb was for ("flew to Kyiv to show ...")."""
    return verb.dep_ in ("advcl", "xcomp") and has_to(verb)


def _each_other(trigger: Trigger, sources: list[ActorHit]) -> bool:
    """ "opened embassies in each other's capitals": coordinated parties act on each other,
    so an act otherwise done only abroad needs no foreign place."""
    return len({hit.actor_id for hit in sources}) > 1 and mutual(trigger.predicate, trigger.noun)


def _refusal(trigger: Trigger) -> bool:
    """A negated act that PLOVER codes as a rejection: "does not recognise the vote", and
    talks turned down ("would not negotiate the border", "refused to hold talks")."""
    if trigger.rule.refused_only:
        return True  # "cannot accept the zone": the refusal is the rule's own reading
    if trigger.rule.type in ("SUPPORT", "CONCEDE"):
        # ("will not accept the ruling": a verdict refused, not a concession withheld)
        return trigger.predicate.lemma_.lower() in REFUSED_BY_NEGATION
    if _refused_by_noun(trigger):
        return True  # "Algeria's refusal to reopen the border": the refusal is told as a fact
    talks = trigger.rule.type == "CONSULT" and trigger.rule.mode != "multilateral"
    return talks and _talks_refused(trigger.predicate)  # not "would not take part in" an act


def _sides_of_an_offered_meeting(
    trigger: Trigger, pairs: list[tuple[ActorHit, ActorHit | None]], host_verbs: frozenset[str]
) -> bool:
    """ "Brazil offered to host a meeting between Venezuela and Guyana": the sides of a meeting
    someone else is to host, named only in the meeting's own phrase, agree to nothing (the host
    offers it to them); "the two leaders agreed to hold a summit between A and B" still agree."""
    noun = trigger.noun
    if noun is None or trigger.rule.type == "AGREE" or not pairs:
        return False
    if trigger.predicate.lemma_.lower() not in host_verbs:
        return False
    inside = {token.i for token in noun.subtree}
    if not all(hit.token in inside for pair in pairs for hit in pair if hit is not None):
        return False
    subjects, _ = inherited_subject(trigger.predicate)
    return any(subject.i not in inside for subject in subjects)


def _each_alone(
    pairs: list[tuple[ActorHit, ActorHit | None]], predicate: Token
) -> list[tuple[ActorHit, ActorHit | None]]:
    """ "Neither Armenia nor Azerbaijan accepted the proposal": coordinated subjects paired with
    each other for a joint act each turn it down alone, towards no one of them."""
    subject = {
        token.i
        for child in children(predicate)
        if child.dep_ in ("nsubj", "nsubjpass")
        for token in child.subtree
    }
    targets = [target for _, target in pairs if target is not None]
    if not targets or not all(target.token in subject for target in targets):
        return pairs
    alone = {hit.actor_id: hit for pair in pairs for hit in pair if hit is not None}
    return [(hit, None) for hit in alone.values()]


def _refused_by_noun(trigger: Trigger) -> bool:
    """ "Algeria's refusal to reopen its border with Morocco", "Kabul's refusal to hand over the
    suspects": a peaceful act a refusal noun's "to" infinitive names is turned down (PLOVER
    REJECT), towards whom that act would have been done (not a hostile act: "its refusal to
    impose sanctions on X" turns down whoever asked, not X)."""
    predicate = trigger.predicate
    return (
        trigger.rule.type not in HOSTILE_ACT_TYPES
        and predicate.dep_ == "acl"
        and has_to(predicate)
        and predicate.head.lemma_.lower() in REFUSING_NOUNS
    )


def _talks_refused(verb: Token) -> bool:
    """ "will not hold talks", "cannot negotiate", "refused to meet": a stance against talks,
    not a meeting that merely did not take place ("the two leaders did not meet")."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS:
        return True
    kids = children(verb)
    return any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ == "aux" and c.lemma_.lower() in REFUSING_AUXILIARIES for c in kids
    )


def _cues(sentence: Span, context: DocumentContext) -> Counter[str]:
    """The sentence's context cues, read once per document."""
    cues = context.sentence_cues.get(sentence.start)
    return cues if cues is not None else sentence_contexts(sentence)


EXERCISE_NOUNS = words("exercise_nouns")
JOINT_WORDS = words("joint_words")


def _exercise_alone(trigger: Trigger, pairs: list[tuple[ActorHit, ActorHit | None]]) -> bool:
    """Exercises one actor holds with no partner named and no word of jointness."""
    drill = trigger.object if trigger.object is not None else trigger.noun
    if drill is None or drill.lemma_.lower().rstrip("s") not in EXERCISE_NOUNS:
        return False
    if any(target is not None for _, target in pairs) or len({s.actor_id for s, _ in pairs}) != 1:
        return False
    words = {token.lower_ for token in drill.subtree} | {c.lower_ for c in children(drill.head)}
    return not words & JOINT_WORDS


def _act_words(trigger: Trigger) -> frozenset[str]:
    """Lemmas that name an act, for later references to it ("the strikes", "the package")."""
    tokens = [trigger.predicate, *(t for t in (trigger.noun, trigger.object) if t is not None)]
    words = {token.lemma_.lower() for token in tokens}
    return frozenset(words | {word + "s" for word in words})


def _confidence(trigger: Trigger, source: ActorHit, target: ActorHit | None) -> float:
    value = trigger.rule.confidence
    if trigger.noun is not None:
        value -= 0.05
    for hit in (source, target):
        if hit is None:
            continue
        if hit.via in ("coref", "partner"):
            value -= 0.1
        elif hit.via == "location":
            value -= 0.05
    if target is None and trigger.rule.type not in ("HOSTS", "RENAMED"):
        value -= 0.1
    return round(min(max(value, 0.05), 0.99), 2)


def _merge(events: list[Event], title: str | None = None) -> list[Event]:
    """One event per dedup key in a document: keep the most confident reading, pool contexts.
    A headline only restates the act: a body sentence that reports it comes first in the
    evidence ("Britain warns Iran ..." is told in full by "Britain ... warned Tehran of ...")."""
    merged: dict[str, Event] = {}
    for event in events:
        key = event.dedup_key()
        kept = merged.get(key)
        if kept is None:
            merged[key] = event
            continue
        if _told_by_headline(kept, title) and not _told_by_headline(event, title):
            kept.evidence = _union(event.evidence, kept.evidence)
        if event.confidence > kept.confidence:
            event.evidence = _union(event.evidence, kept.evidence)
            event.contexts = _union(event.contexts, kept.contexts)[:3]
            merged[key] = event
        else:
            kept.evidence = _union(kept.evidence, event.evidence)
            kept.contexts = _union(kept.contexts, event.contexts)[:3]
    for event in merged.values():
        event.assign_id()
    return list(merged.values())


def _told_by_headline(event: Event, title: str | None) -> bool:
    return bool(title) and bool(event.evidence) and event.evidence[0].sentence.strip() == title


def _union(first: list[Any], second: list[Any]) -> list[Any]:
    result = list(first)
    for item in second:
        if item not in result:
            result.append(item)
    return result


def _military_takeover_said(predicate: Token) -> bool:
    """Whether the ones who seize power are soldiers or the act a coup: "[the army] seized
    power", "[its military commander] seized power", "seized power [in a coup]", "its military
    government, which had seized power"."""
    phrases = [c for c in children(predicate) if c.dep_ in ("nsubj", "nsubjpass")]
    if predicate.dep_ == "relcl":
        phrases.append(predicate.head)
    words = {w.lower_ for phrase in phrases for w in phrase.subtree if w.i <= phrase.i}
    words |= {obj.lower_ for _, obj in prep_objects(predicate, {"in", "through", "by", "after"})}
    return bool(words & COUP_MARKERS)


def _crowd_token(predicate: Token, protest: bool = False) -> Token | None:
    """The crowd that acts: the clause's subject ("protesters in Lima", "supporters of the
    junta") or a passive's agent ("burned by Iranian protesters"); for a ``protest``, also
    people named by who they are ("[workers] staged a general strike")."""
    actors = [c for c in children(predicate) if c.dep_ == "nsubj"] + agents(predicate)
    if not actors:  # "consumers [began] boycotting Danish goods"
        actors = completed_verb_subjects(predicate)
    return next(
        (token for token in actors if is_crowd(token) or (protest and plural_civilians(token))),
        None,
    )


HOME_INSTITUTION_NOUNS = words("home_institution_nouns")


def _home_institution_stormed(predicate: Token) -> bool:
    """ "Protesters stormed Kenya's parliament": what the crowd went for is a seat of its own
    state's power, not a foreign mission."""
    return any(
        obj.lemma_.lower() in HOME_INSTITUTION_NOUNS
        for obj in direct_objects(predicate)
        + [o for _, o in prep_objects(predicate, {"into", "outside", "at", "on"})]
    )


def _of_descent(crowd: Token) -> bool:
    """ "ethnic Russian youths rioted in Tallinn": a nationality of descent is not the country
    whose crowd it is (where it gathered tells that)."""
    return any(t.lower_ in DESCENT_MARKERS for t in crowd.subtree if t.i < crowd.i)


def _purpose_targets(predicate: Token, finder: ActorFinder) -> list[ActorHit]:
    """Whom a crowd gathered against, said by its purpose: "rallied in Tehran [to denounce the
    United States]", "marched to protest against France"."""
    hits: list[ActorHit] = []
    for clause in children(predicate):
        if clause.dep_ not in ("advcl", "xcomp") or not has_to(clause):
            continue
        objects = direct_objects(clause) + [
            pobj
            for prep in children(clause)
            if prep.dep_ == "prep" and prep.lower_ in ("against", "at")
            for pobj in children(prep)
            if pobj.dep_ == "pobj"
        ]
        hits += [hit for token in objects for hit in finder.of_phrase(token)]
    return hits


def _in_text_order(triggers: Iterable[Trigger]) -> list[Trigger]:
    """Acts named in a phrase fronted before their clause's verb are read first ("After
    Russia's invasion of Ukraine, Norway condemned the attack": the invasion is there for the
    condemnation to answer); the rest keep the finder's order."""
    fronted: list[Trigger] = []
    others: list[Trigger] = []
    for trigger in triggers:
        (fronted if _fronted_act(trigger) else others).append(trigger)
    return fronted + others


def _fronted_act(trigger: Trigger) -> bool:
    """The act's noun stands in an adverbial phrase before its clause's verb ("After the
    invasion, ..."), not in the clause's subject ("Large protests took place ...")."""
    noun = trigger.noun
    if noun is None:
        return False
    path = [noun, *noun.ancestors]
    for below, above in pairwise(path):
        if above.pos_ in ("VERB", "AUX"):
            return noun.i < above.i and below.dep_ in ("prep", "advcl", "npadvmod", "mark")
    return False


def _complement_act(trigger: Trigger) -> bool:
    """An act named by the complement of its verb ("became members in 2010")."""
    return trigger.noun is not None and trigger.noun.dep_ == "attr"
