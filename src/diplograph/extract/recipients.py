"""Recipients a text leaves unnamed: whom an act with no named recipient was aimed at.

"Moscow condemned the package" in a story about EU sanctions (the story's other side), "the
sides agreed" after a mediator's talks (each other), "apologised to Moscow and offered to pay"
(the promise's addressee), "stormed into northern Kenya, killing dozens" (the harmed place's
state), "A recalled its envoy from X, and B suspended relations" (X), crowds turned on by their
own state's police, money invested in the state the story is about. ``RuleExtractor`` asks
``implied_targets`` when the trigger's own reading found no recipient.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from diplograph.extract.actors import DOCUMENT_NOUNS, ActorFinder, ActorHit
from diplograph.extract.attach import LOCATION_PREPS, location_for
from diplograph.extract.crowds import (
    CIVILIAN_NOUNS,
    crowd_id,
    is_crowd,
    names_protesters,
    unrest_said,
)
from diplograph.extract.document import DocumentContext
from diplograph.extract.lexicon import Lexicon
from diplograph.extract.modality import YIELDING, condition_clauses, modality_of
from diplograph.extract.participants import (
    gives_refuge,
    mutual,
    place_holders,
    pledged_things,
    prep_targets,
    state_of_place,
)
from diplograph.extract.places import PlaceReader, only_a_place
from diplograph.extract.responses import ActReferences
from diplograph.extract.syntax import (
    PURPOSE_VERBS,
    agents,
    clause_root,
    direct_objects,
    expand_conjuncts,
    has_to,
    inherited_subject,
    is_passive,
    passive_subjects,
    prep_objects,
    to_complements,
)
from diplograph.extract.tree import children, sentence_of
from diplograph.extract.triggers import Trigger
from diplograph.records import PLOVER_TYPES, Event, Location
from diplograph.wordlists import words

# Force that a state's police or troops may turn on an unnamed crowd of its own country.
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
AIMED_PREPS = words("aimed_preps")
# Responses to an act just reported ("condemned the strikes") are aimed at its actor.
RESPONSE_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "THREATEN"})
# Acts against a state that its response in the same sentence answers.
PROVOKING_TYPES = RESPONSE_TYPES | FORCE_TYPES | {"SANCTION", "MOBILIZE"}
JOINING_ADVERBS = words("joining_adverbs")
# Acts done in another country concern that country when the text names no recipient.
LOCATION_TARGET_TYPES = frozenset({"AID", "RETREAT", "MOBILIZE", "ASSAULT", "COOPERATE"})
PROMISE_TYPES = frozenset({"AGREE", "CONCEDE"})  # promises and concessions
AGREEMENT_WORDS = words("agreement_words")
END_NOUNS = words("end_nouns")
OFFERED_HELP_NOUNS = words("offered_help_nouns")
UNNAMED_GIVER_WORDS = words("unnamed_giver_words")
TELLING_VERBS = words("telling_verbs")
# Hostile acts are nearly always aimed at someone: with no recipient in the sentence, the story's
# other side is the recipient. Measured on both development sets; adding ASSAULT, SUPPORT or
# REQUEST cost more precision than it gained recall.
PARTNER_TYPES = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "SANCTION", "CONCEDE", "PROTEST", "COERCE", "RETREAT", "AID"}
)
PART_NOUNS = words("part_nouns")
ANAPHORIC_DETERMINERS = words("anaphoric_determiners")
FRONT_NOUNS = words("front_nouns")
FRONT_PREPS = words("front_preps")
PEOPLE_NOUNS = words("people_nouns")

CROWD_CONTROL_PREPS = words("crowd_control_preps")
DIPLOMATIC_POSTS = words("diplomatic_posts")
ENTERED_NOUNS = words("entered_nouns")
FIRED_AT_PREPS = words("fired_at_preps")
OWN_WORDS = words("own_words")
PRAISE_VERBS = words("praise_verbs")
REFUSED_BY_NEGATION = words("refused_by_negation")
RELATION_NOUNS = words("relation_nouns")
SENDING_VERBS = words("sending_verbs")
DESCRIBED_STATE_NOUNS = words("described_state_nouns")
# Determiners that point back to states named before ("these countries"), unlike "the".
POINTING_DETERMINERS = ANAPHORIC_DETERMINERS - {"the"}
SIDE_NOUNS = words("side_nouns")
STREET_NOUNS = words("street_nouns")
STREET_PREPS = words("street_preps")
# Acts of a state's police and troops on its own unrest: arrests, states of emergency,
# crackdowns, crowd-control weapons, and soldiers sent onto the streets.
UNREST_MODES = frozenset({"arrest", "curfew", "crowd-control"})

# Clauses that describe a noun, not the act: "Sogavare, [who imposed a lockdown], rejected
# demands from demonstrators".
DESCRIBING_DEPS = frozenset({"relcl", "acl", "appos"})
UNREST_OBJECTS = words("unrest_objects")
PLEDGED_FORCE_NOUNS = words("pledged_force_nouns")
APPEAL_ANSWER_MARKS = words("appeal_answer_marks")
# Moves of forces (besides any MOBILIZE) that the story's two sides, named together, make
# towards each other.
FACING_MOVES = frozenset({("RETREAT", "withdraw")})
# Acts of a story's forces in a country: where forces pledged later go too.
FORCES_SENT_TYPES = frozenset({"MOBILIZE", "ASSAULT", "AID"})


class RecipientReader:
    """Finds the recipient a trigger's reading left empty, for ``RuleExtractor``."""

    def __init__(
        self, registry: Any, lexicon: Lexicon, references: ActReferences, places: PlaceReader
    ) -> None:
        self.registry = registry
        self.lexicon = lexicon
        self.references = references
        self.places = places

    def _is_state(self, actor_id: str) -> bool:
        return bool(actor_id) and self.registry.kind_of(actor_id) == "state"

    def implied_targets(
        self,
        trigger: Trigger,
        sources: list[ActorHit],
        location: Location | None,
        context: DocumentContext,
    ) -> list[ActorHit]:
        """Recipients the sentence leaves implicit: the summit the text is about, the actor of
        the act responded to, the country where the act happened."""
        own = {hit.actor_id for hit in sources}
        if _against_unrest(trigger):
            # "declared a state of emergency to quell protests", "detained hundreds after
            # youths rioted": the state acts on its own country's crowd.
            own_states = [actor for actor in own if self._is_state(actor)]
            if len(own_states) == 1:
                crowd = crowd_id(own_states[0], self.registry)
                return [ActorHit(crowd, "", trigger.anchor.i, sector="OPP")]
        if trigger.rule.type == "CONCEDE" or trigger.rule.mode == "resign":
            crowd = self._protesting_crowd(trigger, own, context)
            if crowd:
                return crowd  # "protesters stormed his residence, and he agreed to step down"
        if trigger.rule.domestic:
            return []  # "declared a state of emergency": no other side is meant
        if trigger.rule.type in RESPONSE_TYPES and _unnamed_people(trigger.predicate):
            return []  # "criticised unnamed countries": the text keeps them unnamed
        if trigger.rule.type == "REJECT" and _help_from_no_one_named(trigger.predicate):
            return []  # "declined offers of foreign relief": the givers are left unnamed
        if trigger.rule.mode == "allege" and _unnamed_culprit(trigger.predicate, context.finder):
            return []  # "blamed terrorists", "blamed the incident on a cyberattack"
        if trigger.rule.mode == "crowd-control":
            return self._dispersed_crowd(trigger, own, location, context)
        if trigger.rule.type in FORCE_TYPES and _fires_back(trigger.predicate):
            return _first_to_fire(own, context)  # "South Korean forces fired back"
        if trigger.rule.type in FORCE_TYPES:
            crowd = self._dispersed_crowd(trigger, own, location, context, protesters_only=True)
            if crowd:
                return crowd  # "security forces opened fire on crowds", "shot protesters"
        if trigger.rule.mode == "third-party":
            return self._mediated(trigger, own, context)
        if (trigger.rule.reciprocal or mutual(trigger.predicate, trigger.noun)) and len(own) > 1:
            return []  # "Kyrgyzstan and Tajikistan traded accusations": at each other
        if trigger.rule.mode == "multilateral" or trigger.rule.topic_organisation:
            # "Putin took part by video link", "Helsinki applied in May": the organisation
            # (or its summit) the text is about.
            if trigger.noun is not None and not self._member_of_the_topic(trigger, sources):
                return []
            memory = context.finder.memory
            topic = memory.description("the summit", "summit")
            entering = self._entering(trigger, context.finder)
            if entering & set(topic):
                # "called for the bloc's admission": not the bloc admitted, but the body it
                # would enter (the organisation the text is most about besides it).
                topic = memory.topic_other("igo", entering | own)
            return [ActorHit(a, "", trigger.anchor.i, via="coref") for a in topic if a not in own]
        every_side = (
            self._every_side_addressed(trigger, own, context)
            if trigger.rule.type == "REQUEST"
            else []
        )
        if every_side:
            return every_side  # "urged all sides to exercise restraint"
        if trigger.rule.type == "THREATEN" and sources and _for_relations(trigger.predicate):
            # "Moscow warned of serious consequences for relations": for its relations with the
            # story's other state, not with the crowds the story named last.
            return _story_partner(trigger, own, context)
        if responds(trigger):
            responded = self.references.responded_to(trigger, sources, context)
            if responded:
                return responded
        if gives_refuge(trigger) and _given_to_someone(trigger.predicate):
            return []  # "granted asylum to the wife of the ousted president": those people
        if trigger.rule.type == "AID":
            backed = self._helped_act(trigger, own, context)
            if backed:
                return backed  # "provided support for the operation": to who carried it out
        if trigger.rule.type == "SUPPORT" and not responds(trigger):
            parties = self._earlier_parties(trigger, own, context)
            if parties:
                return parties  # "Sudan signed the accords": with whoever signed them before
        if trigger.rule.type == "AGREE" and trigger.noun is None:
            beneficiaries = self._named_in_promise(trigger.predicate, own, context)
            if beneficiaries:
                return beneficiaries
        if trigger.rule.type == "AGREE":
            act = to_complements(trigger.anchor)[:1] or [trigger.predicate]  # "ready [to talk]"
            conditioned = self._offered_on_condition(act[0], own, context)
            if conditioned:
                return conditioned  # "if Caracas reopens the border, we will be ready to talk"
        moving = (trigger.rule.type, trigger.rule.mode) in FACING_MOVES
        if (
            (moving or trigger.rule.type == "MOBILIZE")
            and len(own) == 2
            and self._both_sides(own, context)
        ):
            # "both countries rushed reinforcements to the region", "Ecuadorian and Peruvian
            # troops left the zone": the story's two sides, each facing the other (reopened
            # crossings are no move against each other).
            return [ActorHit(a, "", trigger.anchor.i, via="partner") for a in sorted(own)]
        if trigger.rule.type in LOCATION_TARGET_TYPES:
            holders = [h for h in _place_holders(trigger, context.finder) if h.actor_id not in own]
            if holders:
                return holders  # "struck targets in Houthi-controlled areas": the Houthis
        if trigger.rule.type == "RETREAT":
            left = self.places.places_left(trigger, own, context)
            if left:
                return left  # "withdrew from the city of Kherson": from Ukraine
        if trigger.rule.type in LOCATION_TARGET_TYPES and location and location.country:
            abroad = self.places.abroad_target(sources, location, trigger)
            if abroad:
                return abroad
        if trigger.rule.type == "MOBILIZE":
            facing = self._across_the_border(trigger, own, context.finder)
            if facing:
                return facing  # "to its border with Ukraine", "towards the Polish border"
        front = trigger.rule.type == "MOBILIZE" and _at_the_front(trigger)
        if front and sources and not self._both_sides(own, context):
            # "moving forces to the border", "reinforcing their positions": facing the other side
            return _story_partner(trigger, own, context)
        if trigger.rule.type == "REQUEST":
            stopping = self._asked_to_stop(trigger, own, context)
            if stopping:
                return stopping
            holder = self._holder_asked(trigger, own, context)
            if holder:
                return holder  # "seized 15 sailors, and London demanded their return"
            leaving = self._asked_to_withdraw(trigger, own, context.finder)
            if leaving:
                return leaving  # "called for the withdrawal of Ethiopian troops"
            visited = _visited_to_ask(trigger.predicate, own, context)
            if visited:
                return visited  # "flew to Kathmandu to urge party leaders to ...": Nepal
            helper = self._appeal_answered(trigger.predicate, own, context.finder)
            if helper:
                return helper  # "France acted hours after Mali appealed for help": France
        states = all(self.registry.kind_of(hit.actor_id) == "state" for hit in sources)
        if trigger.rule.type == "CONSULT" and trigger.rule.mode in (None, "visit") and states:
            # "held talks in Tokyo", "after talks in Tokyo, the secretary flew on": a state's
            # talks in another state's city are a visit to that state (an organisation meets
            # where its members choose, so its meeting place is no one it meets).
            visited = self.places.abroad_target(sources, location, trigger)
            if visited:
                return visited
        if trigger.rule.mode == "visit" and trigger.noun is not None and states:
            hosts = self._visit_hosts(trigger, own, context.finder)
            if hosts:
                return hosts  # "Kyrgyzstan agreed ..., following a visit by Rumsfeld"
        if trigger.rule.type in YIELDING and trigger.noun is None:
            other = self._other_half(trigger.predicate, own, context)
            if other:
                return other  # "Thailand is to release soldiers, and Cambodia is to withdraw"
        if trigger.rule.type in PROMISE_TYPES and trigger.noun is None:
            addressed = self._sibling_recipients(trigger.predicate, own, context.finder)
            if addressed:
                return addressed  # "apologised to Moscow and offered to pay compensation"
        if trigger.rule.type in RESPONSE_TYPES:
            asked = self._later_sibling_recipients(trigger.predicate, own, context.finder)
            if asked:
                return asked  # "lodged a protest and asked Hanoi to compensate": Hanoi
        if trigger.rule.type == "AGREE" and sources and pledged_things(trigger):
            # "BAMAKO - Niger pledged 500 troops": to the state the story is datelined in.
            posted = self._forces_for_dateline(trigger, own, context)
            if posted:
                return posted
            # "Niger and Togo promised 500 troops each": to the side the story is about.
            return _story_partner(trigger, own, context)
        if trigger.rule.type in ("AGREE", "SUPPORT") and sources and _about_relations(trigger):
            # "Morocco agreed to normalise relations": with the story's other side.
            return _story_partner(trigger, own, context)
        harmed = self._participle_target(trigger, own, context)
        if harmed:
            return harmed  # "stormed into northern Kenya, killing dozens": Kenya's people
        parallel = self._parallel_clause_target(trigger, own, context)
        if parallel:
            return parallel  # "A recalled its envoy from X, and B suspended relations"
        addressed = self._addressee(trigger, own, context)
        if addressed:
            return addressed  # "informed Sweden that it would cut off relations"
        joined = self._joined_response(trigger, own, context)
        if joined:
            return joined  # "The US condemned China's actions. Japan also voiced concern."
        provoked = self._provoked_by_clause(trigger, own, context)
        if provoked:
            return provoked  # "Washington imposed tariffs on Mexico, and Mexico vowed to respond"
        if trigger.rule.type == "INVESTS" and sources and _invested_by_clause(trigger):
            return self._invested_in_story(trigger, own, context)
        if trigger.rule.type == "AID" and not _sent_unaddressed(trigger, self.lexicon):
            return []
        if trigger.rule.mode == "arrest" and _unowned_people(trigger.predicate):
            # "arrested dozens of suspected organisers": those named, of no other side; in a
            # story of the state's own protests, "arrested 1,000 people" arrested protesters.
            crowd = self._own_crowd_in_story(own, context)
            return [ActorHit(crowd, "", trigger.anchor.i, via="coref")] if crowd else []
        # (a city taken whose state the text leaves to the story: "seized the capital")
        aimed = trigger.rule.type == "ASSAULT" and (
            _fired_at_something(trigger) or _unnamed_place_taken(trigger)
        )
        if (
            (trigger.rule.type in PARTNER_TYPES or aimed)
            and sources
            and not self._both_sides(own, context)
        ):
            # "Moscow condemned the package and promised a response": at the story's other side;
            # "opened fire on three border villages": on the side whose villages they are.
            return _story_partner(trigger, own, context)
        return []

    def _visit_hosts(self, trigger: Trigger, own: set[str], finder: ActorFinder) -> list[ActorHit]:
        """ "Kyrgyzstan agreed to extend the lease, following a visit by Rumsfeld": a visit that
        names no place, told as the circumstance of another state's act, was paid to that
        state (the clause's subject)."""
        noun = trigger.noun
        if noun is None or noun.i == trigger.predicate.i or not own:
            return []
        subject_tokens, _ = inherited_subject(trigger.predicate)
        hosts = [hit for token in subject_tokens for hit in finder.of_phrase(token)]
        if not hosts or not all(self._is_state(hit.actor_id) for hit in hosts):
            return []
        return [hit for hit in hosts if hit.actor_id not in own]

    def _forces_for_dateline(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "BAMAKO - France poured troops into Mali ... Nigeria pledged about 900 troops": forces
        pledged in a story datelined in another state, where the story's forces acted, are for
        that state (the mission is where the story is)."""
        place = context.dateline
        if place is None or not place.country or place.country in own:
            return []
        if not self._is_state(place.country):
            return []
        pledged = [child for child in children(trigger.predicate) if child.dep_ == "dobj"]
        if not any(_pledged_forces(thing) for thing in pledged):
            return []
        if place.country not in context.force_places:
            return []  # no forces of the story went there ("NAIROBI - ... into Somalia")
        return [ActorHit(place.country, place.name, trigger.anchor.i, via="location")]

    def _own_crowd_in_story(self, own: set[str], context: DocumentContext) -> str | None:
        """The crowd of protesters of one of ``own``'s states that the story reported acting."""
        crowds = {crowd_id(state, self.registry) for state in own if self._is_state(state)}
        for acts in reversed(context.acts):
            for act in acts:
                if act.as_source and act.actor in crowds:
                    return act.actor
        return None

    def _every_side_addressed(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "urged all sides to exercise restraint", "called on all parties to respect the
        truce": an appeal to every side of the story is addressed to its two sides (not
        "talking to all sides", which names no conflict)."""
        predicate = trigger.predicate
        addressed = [c for c in children(predicate) if c.dep_ in ("dobj", "dative")]
        aimed = AIMED_PREPS | frozenset(trigger.rule.target)  # "appealed [to] all parties"
        addressed += [obj for _, obj in prep_objects(predicate, aimed)]
        if not any(_every_side(noun) for noun in addressed):
            return []
        sides = context.finder.memory.description("both sides", "side")
        return [ActorHit(a, "", trigger.anchor.i, via="coref") for a in sides if a not in own]

    def _invested_in_story(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Rio Tinto has invested billions in the Oyu Tolgoi mine", "our Chinese partners have
        invested in the gas field": a mine or field the text leaves unplaced lies in the state
        the story is about, never in the investors' own home states, and no organisation is
        invested in."""
        homes = own | {self._home_state(actor) for actor in own}
        return [
            hit
            for hit in _story_partner(trigger, own, context)
            if hit.actor_id not in homes and self._is_state(hit.actor_id)
        ]

    def _home_state(self, actor_id: str) -> str:
        """The state a company is based in (its headquarters), else the actor itself."""
        actor = self.registry.actor(actor_id)
        seat = getattr(actor, "headquarters", None) or {}
        return str(seat.get("country") or actor_id)

    def _dispersed_crowd(
        self,
        trigger: Trigger,
        own: set[str],
        location: Location | None,
        context: DocumentContext,
        *,
        protesters_only: bool = False,
    ) -> list[ActorHit]:
        """ "Police fired tear gas at protesters", "used water cannon to disperse the crowds": the
        unnamed crowd is the one of the country whose forces acted on it (with weapons that are
        not for crowds only a crowd named by its protest: not "killed thousands of civilians"),
        or, for forces abroad, of the country where it gathered ("Soviet soldiers fired on
        crowds in Prague", "on crowds gathered outside the radio building in Prague")."""
        states = [actor for actor in own if self._is_state(actor)]
        crowd = _crowd_acted_on(trigger.predicate)
        if len(states) != 1 or crowd is None or (protesters_only and not names_protesters(crowd)):
            return []
        if location is None:
            gathered = [crowd, *(c for c in children(crowd) if c.dep_ in ("acl", "relcl"))]
            finder = context.finder
            location = location_for(gathered, self.registry, context.near, finder.mention_at)
        abroad = location.country if location is not None else None
        country = abroad if abroad and self._is_state(abroad) else states[0]
        return [ActorHit(crowd_id(country, self.registry), crowd.text, crowd.i, sector="OPP")]

    def _across_the_border(
        self, trigger: Trigger, own: set[str], finder: ActorFinder
    ) -> list[ActorHit]:
        """Forces moved to a border face whoever is on its other side: the state the border is
        "with", or the one its adjective names ("the Polish border")."""
        moved = [trigger.predicate, *direct_objects(trigger.predicate)]  # "tanks [towards]"
        for prep in (child for head in moved for child in children(head)):
            if prep.dep_ != "prep" or prep.lower_ not in FRONT_PREPS:
                continue
            for place in map(whole_of_part, children(prep)):
                if place.dep_ != "pobj" or place.lemma_.lower() not in FRONT_NOUNS:
                    continue
                sides = [obj for _, obj in prep_objects(place, {"with"})] + [
                    c for c in children(place) if c.dep_ in ("amod", "compound")
                ]
                hits = [
                    hit
                    for side in sides
                    for hit in finder.of_phrase(side)
                    if hit.actor_id not in own
                ]
                if hits:
                    return hits
        return []

    def _parallel_clause_target(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "South Africa recalled its ambassador from Israel, Nicaragua suspended diplomatic
        relations and Greece cancelled an exercise": in a run of coordinated clauses, each by
        another actor, a hostile measure that names no one is aimed where the earlier clause's
        measure was."""
        if trigger.rule.type not in PARTNER_TYPES or trigger.noun is not None:
            return []
        if not own or not _coordinated_clause(trigger.predicate):
            return []
        aimed = [
            event.target.id
            for event in context.sentence_events
            if event.type in PARTNER_TYPES
            and event.modality == "asserted"
            and event.source is not None
            and event.source.id not in own
            and event.target is not None
            and event.target.id not in own
        ]
        return [ActorHit(a, "", trigger.anchor.i, via="coref") for a in dict.fromkeys(aimed)][:1]

    def _participle_target(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Somali gunmen stormed into northern Kenya, killing dozens of people": the harm a
        participle adds to an act, naming no victim's side, falls on the side the act was aimed
        at (the act's object or the place it went into)."""
        if trigger.rule.type not in FORCE_TYPES or trigger.noun is not None or not own:
            return []
        if not _added_participle(trigger.predicate):
            return []
        head = trigger.predicate.head
        aims = direct_objects(head) + [obj for _, obj in prep_objects(head, AIMED_PREPS)]
        found = [
            hit
            for aim in aims
            if aim.ent_type_ not in ("DATE", "TIME")
            for hit in state_of_place(aim, context.finder) or context.finder.of_phrase(aim)
            if hit.actor_id not in own and hit.via != "coref"  # not "its operations"
        ]
        return found[:1]

    def for_no_one_named(
        self, trigger: Trigger, sources: list[ActorHit], context: DocumentContext
    ) -> bool:
        """Help given to no one state the text names: to states it describes without naming
        ("promised $500 million to the hardest-hit nations"), or, sent with no destination, in a
        story whose help has gone to several states ("Australia pledged A$60 million" after aid
        to Indonesia and to Sri Lanka): the gift stands with no recipient, not the story's
        other side."""
        giving = trigger.rule.type == "AID" or pledged_things(trigger)
        if not giving or trigger.noun is not None:
            return False
        if _given_to_described_states(trigger.predicate):
            return True
        if trigger.rule.type != "AID" or not _sent_unaddressed(trigger, self.lexicon):
            return False
        own = {hit.actor_id for hit in sources}
        helped = {
            event.target.id
            for acts in [context.sentence_events, *context.last_acts]
            for event in acts
            if event.type == "AID"
            and event.target
            and event.target.id not in own
            and self._is_state(event.target.id)
        }
        return len(helped) > 1

    def story_country(
        self, trigger: Trigger, sources: list[ActorHit], context: DocumentContext
    ) -> list[ActorHit]:
        """ "The Chinese-funded port, built with loans from China's Export-Import Bank, has lost
        money": aid given abroad where the sentence names no place goes to the state the story
        is about besides the giver."""
        own = {hit.actor_id for hit in sources}
        return [
            hit for hit in _story_partner(trigger, own, context) if self._is_state(hit.actor_id)
        ]

    def served_country(
        self, trigger: Trigger, sources: list[ActorHit], context: DocumentContext
    ) -> list[ActorHit]:
        """ "The first soldiers of the force landed in Honiara. About 2,200 personnel from A, B
        and C are taking part in the operation": forces on a mission that names no place serve
        in the state the story's last aid went to."""
        own = {hit.actor_id for hit in sources}
        for acts in reversed(context.last_acts):
            helped = [
                event.target.id
                for event in acts
                if event.type == "AID"
                and event.target
                and event.target.id not in own
                and self._is_state(event.target.id)
            ]
            if helped:
                return [ActorHit(helped[-1], "", trigger.anchor.i, via="coref")]
        return []

    def _joined_response(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "The US condemned China's actions. Japan and the EU also voiced concern": a hostile
        response said to be made "also" is aimed where the one just reported was."""
        if trigger.rule.type not in RESPONSE_TYPES or not any(
            child.dep_ == "advmod" and child.lower_ in JOINING_ADVERBS
            for child in children(trigger.predicate)
        ):
            return []
        for acts in reversed(context.last_acts[-2:]):
            aimed = [
                event.target.id
                for event in acts
                if event.type in RESPONSE_TYPES and event.target and event.target.id not in own
            ]
            if aimed:
                return [
                    ActorHit(a, "", trigger.anchor.i, via="coref") for a in dict.fromkeys(aimed)
                ]
        return []

    @staticmethod
    def _other_half(act: Token, own: set[str], context: DocumentContext) -> list[ActorHit]:
        """ "Under the accord, Thailand is to release the soldiers, and Cambodia is to withdraw
        its heavy weapons": of two coordinated concessions by two sides, each is made to the
        side that makes the other."""
        clause = act.head if act.dep_ == "xcomp" else act  # "is [to withdraw]"
        if clause.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in children(clause)):
            return []
        first = [c for c in children(clause.head) if c.dep_ == "nsubj"]
        others = [hit for t in first for hit in context.finder.of_phrase(t)]
        yielded = {
            event.source.id
            for event in context.sentence_events
            if event.type in YIELDING and event.source is not None
        }
        return [hit for hit in others if hit.actor_id not in own and hit.actor_id in yielded]

    def _protesting_crowd(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Protesters stormed the palace, and the president agreed to step down": a concession
        by a state whose own crowd the sentence (or the one before) tells protesting against it
        is made to that crowd."""
        states = [actor for actor in own if self._is_state(actor)]
        if len(states) != 1:
            return []
        crowd = crowd_id(states[0], self.registry)
        recent = [*context.sentence_events, *(context.last_acts[-1:] or [[]])[0]]
        protested = any(
            event.type == "PROTEST"
            and event.source is not None
            and event.source.id == crowd
            and event.target is not None
            and event.target.id == states[0]
            for event in recent
        )
        return [ActorHit(crowd, "", trigger.anchor.i, sector="OPP")] if protested else []

    @staticmethod
    def _sibling_recipients(promise: Token, own: set[str], finder: ActorFinder) -> list[ActorHit]:
        """ "Baku apologised to Moscow and offered to pay compensation", "Hanoi met Chinese
        envoys and pledged to resume patrols": a promise naming no one, coordinated after an
        act of the same subject that has a recipient, is made to that recipient."""
        for sibling in _earlier_conjuncts(promise):
            hits = [
                hit
                for token in _recipient_tokens(sibling)
                for hit in finder.of_phrase(token)
                if hit.actor_id not in own
            ]
            if hits:
                return [ActorHit(h.actor_id, h.text, h.token, via="partner") for h in hits]
        return []

    @staticmethod
    def _appeal_answered(appeal: Token, own: set[str], finder: ActorFinder) -> list[ActorHit]:
        """ "France acted hours after Mali's president appealed for help", "Kenya sent troops
        once Somalia asked for assistance": an appeal for help in a clause of time after which
        another actor acted was made to that actor."""
        if appeal.dep_ != "advcl" or not any(
            child.dep_ == "mark" and child.lower_ in APPEAL_ANSWER_MARKS
            for child in children(appeal)
        ):
            return []
        asked = [c for c in children(appeal) if c.dep_ == "dobj"] + [
            obj for _, obj in prep_objects(appeal, {"for"})
        ]
        if not any(thing.lemma_.lower() in OFFERED_HELP_NOUNS for thing in asked):
            return []
        subjects = [c for c in children(appeal.head) if c.dep_ == "nsubj"]
        return [
            hit
            for subject in subjects
            for hit in finder.of_phrase(subject)
            if hit.actor_id not in own
        ]

    @staticmethod
    def _later_sibling_recipients(
        protest: Token, own: set[str], finder: ActorFinder
    ) -> list[ActorHit]:
        """ "Taipei lodged a protest and asked Hanoi to compensate": a protest naming no one,
        coordinated before an act of the same subject that names its recipient, is addressed to
        that recipient (not to forces or people a description points back to)."""
        for sibling in _later_conjuncts(protest):
            hits = [
                hit
                for token in _recipient_tokens(sibling)
                for hit in finder.of_phrase(token)
                if hit.actor_id not in own and hit.via == "name"
            ]
            if hits:
                return [ActorHit(h.actor_id, h.text, h.token, via="partner") for h in hits]
        return []

    def _provoked_by_clause(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Brussels opened an investigation into Chinese cars, and Beijing warned of
        retaliation": a response that names no one answers whoever the same sentence just
        reported acting against the responder (not the story's usual partner)."""
        if trigger.rule.type not in RESPONSE_TYPES or not own:
            return []
        doers = [
            event.source.id
            for event in context.sentence_events
            if event.type in PROVOKING_TYPES
            and event.modality == "asserted"
            and event.source is not None
            and event.source.id not in own
            and event.target is not None
            and event.target.id in own
        ]
        # "Finland joined NATO, and the Kremlin said it would take countermeasures": a state
        # joining a bloc provokes the responder, not the bloc it joins.
        doers = doers or [
            event.source.id
            for event in context.sentence_events
            if event.type == "MEMBER_OF"
            and event.modality == "asserted"
            and event.source is not None
            and event.source.id not in own
            and event.target is not None
            and event.target.id not in own
        ]
        return [ActorHit(a, "", trigger.anchor.i, via="coref") for a in dict.fromkeys(doers)]

    def _named_in_promise(
        self, promise: Token, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "agreed to take custody of the Argentine embassy", "pledged to fund a line to
        Zambia": the actor the promised act names (not a place, not the promiser) is whom the
        promise is for, when no clause of the promise names a recipient itself."""
        finder = context.finder
        for act in to_complements(promise):
            for token in act.subtree:
                if token.i == act.i or token.dep_ in ("nsubj", "nsubjpass"):
                    continue
                posted = _post_abroad(token)  # "to reopen its embassy in Honiara": Solomons
                if token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS and not posted:
                    continue  # "to restore democracy in Niger": where, not for whom
                if _inside_apposition(token, act):
                    continue  # "through its mediator, former Nigerian president X"
                mention = finder.mention_at(token)
                if mention is None or mention.actor_id is None:
                    continue
                if only_a_place(mention) and not posted:
                    continue
                hits = [h for h in finder.of_phrase(token) if h.actor_id not in own]
                if hits:
                    return [ActorHit(h.actor_id, h.text, h.token, via="partner") for h in hits]
        return []

    def _helped_act(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "US warplanes struck targets in Yemen. Australia and Canada provided support for
        the operation": help given for an act just reported goes to whoever did it."""
        heads = [trigger.predicate, *(t for t in (trigger.object, trigger.noun) if t is not None)]
        for _, act in for_objects(heads):
            if act.lemma_.lower() in PEOPLE_NOUNS or not any(
                det.lower_ in ANAPHORIC_DETERMINERS for det in children(act)
            ):
                continue
            doers = self.references.actors_of_act(act, own, context, latest=True)
            if doers:
                return doers
        return []

    def _earlier_parties(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Israel, the UAE and Bahrain signed the accords. ... Sudan signed the accords in
        2021": a text signed or ratified that the story named before ("the accords") joins its
        signer to the ones who signed it then: both of two, or the first named of more (the
        party the others made it with)."""
        document = trigger.object
        if document is None or not any(
            det.lower_ in ANAPHORIC_DETERMINERS for det in children(document)
        ):
            return []
        if not self.lexicon.same_act_family(document.lemma_.lower(), AGREEMENT_WORDS):
            return []
        parties = self.references.actors_of_act(document, own, context, latest=False)
        return parties if len(parties) <= 2 else parties[:1]

    def _offered_on_condition(
        self, promise: Token, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "If the Venezuelan authorities reopen the crossings, we will be ready to resume
        talks": an offer made on a condition is made to whoever must meet it."""
        return [
            hit
            for clause in condition_clauses(promise)
            for subject in children(clause)
            if subject.dep_ == "nsubj"
            for hit in context.finder.of_phrase(subject)
            if hit.actor_id not in own
        ]

    @staticmethod
    def _entering(trigger: Trigger, finder: ActorFinder) -> set[str]:
        """Who the object of a request for admission names as entering ("the bloc's
        admission", "the admission of Ukraine")."""
        thing = trigger.object
        if thing is None or trigger.noun is not None:
            return set()
        owners = [c for c in children(thing) if c.dep_ == "poss"]
        owners += [obj for _, obj in prep_objects(thing, {"of"})]
        return {hit.actor_id for owner in owners for hit in finder.of_phrase(owner)}

    def _member_of_the_topic(self, trigger: Trigger, sources: list[ActorHit]) -> bool:
        """ "Iran became a full member in 2024": a state said to be a member of nothing named
        is a member of the organisation the text is about. A member "of parliament" or "of the
        delegation" names its own body; a person is no member state."""
        noun = trigger.noun
        if noun is None or any(
            c.dep_ == "poss" or (c.dep_ == "prep" and not _says_when(c)) for c in children(noun)
        ):
            return False  # ("the newest member [in 2017]" says when, not of what)
        if any(c.dep_ == "compound" and c.lemma_ != "member" for c in children(noun)):
            return False  # "a party member", "a staff member"
        doc = noun.doc
        return bool(sources) and all(
            hit.person is None
            and self.registry.kind_of(hit.actor_id) == "state"
            and doc[hit.token].pos_ == "PROPN"
            and doc[hit.token].dep_ not in ("amod", "compound", "poss")  # "the British minister"
            for hit in sources
        )

    @staticmethod
    def _both_sides(own: set[str], context: DocumentContext) -> bool:
        """ "The two sides reopened crossings": when the actors are the story's two sides
        themselves, there is no other side left to be the recipient."""
        pair = context.finder.memory.pair()
        return len(own) > 1 and len(pair) > 1 and set(pair) <= own

    def _mediated(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """The sides a mediator brought together: the subjects (and "with" partner) of the clause
        the mediated talks or deal hang on ("after talks mediated by the AU, the two presidents
        signed", "Morocco agreed to normalise ties with Israel in a deal brokered by Washington"),
        else the two sides of the last two-sided act reported ("Israel released prisoners. The
        truce was agreed after months of mediation by Qatar"), else the story's two sides."""
        finder = context.finder
        deal = trigger.predicate.head if trigger.noun is None else trigger.noun
        between = [
            hit for hit in prep_targets(("between",), [deal], finder) if hit.actor_id not in own
        ]
        if len(between) > 1:
            return between  # "a U.N.-brokered truce between Israel and Hezbollah"
        clause = _mediated_clause(trigger)
        parties = self._parties_of_clause(clause, own, finder)
        if clause.dep_ == "conj" and trigger.noun is None:
            # "Hamas freed the soldier and Israel released prisoners under a deal brokered by
            # Egypt": both halves of the exchange are the deal's sides.
            named = {hit.actor_id for hit in parties}
            parties += [
                hit
                for hit in self._parties_of_clause(clause.head, own, finder)
                if hit.actor_id not in named
            ]
        if len(parties) > 1:
            return parties
        # the two sides of the story's armed conflict ("truces between the two sides")
        sides = [a for a in context.finder.memory.sides if a not in own]
        sides = sides if len(sides) == 2 else self._last_two_sides(context.last_acts, own)
        if sides:
            return [ActorHit(a, "", trigger.anchor.i, via="coref") for a in sides]
        pair = context.finder.memory.pair(excluding=own)
        if not pair and deal.dep_ == "pobj":
            # "Iran agreed to ship its uranium under a deal brokered by Brazil": the one side
            # the text names, when it knows no other (not "Qatar welcomed the truce brokered
            # by Egypt": who welcomes a deal is no side of it).
            return parties
        return [ActorHit(a, "", trigger.anchor.i, via="coref") for a in pair]

    def _parties_of_clause(
        self, clause: Token, own: set[str], finder: ActorFinder
    ) -> list[ActorHit]:
        """Who acts in a clause, other than ``own``: its subjects (not a document with a stray
        apposition: "the agreement[, the Arab Republic of Egypt] was concluded"), and whom it is
        done "with" ("signed a deal [with the Taliban]")."""
        subject_tokens = agents(clause) if is_passive(clause) else inherited_subject(clause)[0]
        parties = {
            hit.actor_id: hit
            for subject in subject_tokens
            if not self._document(subject)
            for hit in finder.of_phrase(subject)
        }
        partners = prep_targets(("with",), [clause, *direct_objects(clause)], finder)
        parties.update((hit.actor_id, hit) for hit in partners if hit.actor_id not in parties)
        return [hit for actor, hit in parties.items() if actor not in own]

    def _document(self, token: Token) -> bool:
        """ "the agreement", "the declaration": a text, which acts for no one."""
        word = token.lemma_.lower()
        return word in DOCUMENT_NOUNS or self.lexicon.same_act_family(word, AGREEMENT_WORDS)

    def _last_two_sides(self, last_acts: list[list[Event]], excluding: set[str]) -> list[str]:
        """Source and recipient of the latest act between two sides, neither of them one of
        ``excluding`` nor an organisation of states (an IGO is rarely a side mediated)."""
        for acts in reversed(last_acts):
            for event in acts:
                if (
                    event.source is None
                    or event.target is None
                    or event.type not in PLOVER_TYPES  # not "Timor-Leste joined ASEAN"
                    or event.mode in ("multilateral", "visit")  # no dispute between the two
                ):
                    continue
                sides = [event.source.id, event.target.id]
                if not excluding.intersection(sides) and all(
                    self.registry.kind_of(side) not in ("igo", "group") for side in sides
                ):
                    return sides
        return []

    def _addressee(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """Whom the speaker told about the act: "told Kyiv it would respond", "summoned the
        envoy to lodge a protest"."""
        clause = trigger.predicate
        told = clause.dep_ == "ccomp" and clause.head.lemma_ in TELLING_VERBS
        summoned = clause.dep_ == "xcomp" and clause.head.lemma_ in PURPOSE_VERBS
        if not (told or summoned):
            return []
        return [
            hit
            for child in children(clause.head)
            if child.dep_ in ("dobj", "dative")
            for hit in context.finder.of_phrase(child)
            if hit.actor_id not in own
        ]

    def _asked_to_stop(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "demanded an end to the fighting": the request goes to whoever is fighting."""
        ends = [
            obj
            for obj in [*direct_objects(trigger.predicate), trigger.object]
            if obj is not None and obj.lemma_.lower() in END_NOUNS
        ]
        for end in ends:
            for prep in children(end):
                if prep.dep_ != "prep" or prep.lower_ not in ("to", "of"):
                    continue
                for act in children(prep):
                    if act.dep_ == "pobj":
                        found = self.references.actors_of_act(act, own, context, latest=False)
                        if found:
                            return found
        return []

    def _holder_asked(
        self, trigger: Trigger, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Police detained 11 fishermen, prompting Beijing to demand their release", "accuses
        Stockholm of sheltering militants and demanded their extradition": what is asked back
        ("their release", "the crew's return", "the rig's removal") is asked of the side that
        holds it: the other party of the latest act this sentence (else the last one) reported."""
        asked = [
            obj
            for obj in [*direct_objects(trigger.predicate), trigger.object]
            if obj is not None and obj.lemma_.lower() in self.lexicon.handover_nouns
        ]
        if not asked or not any(c.dep_ == "poss" for c in children(asked[0])):
            return []
        crowds = {crowd_id(state, self.registry) for state in own if self._is_state(state)}
        for events in [context.sentence_events, *reversed(context.last_acts[-1:])]:
            for event in reversed(events):
                if event.source is None:
                    continue
                target = event.target.id if event.target is not None else None
                if event.source.id in own and target is not None:
                    other = target  # "accused Stockholm of ... and demanded"
                elif target in own or event.type in ("COERCE", "ASSAULT"):
                    other = event.source.id  # "seized British sailors; London demanded"
                else:
                    continue
                if other not in own and other not in crowds:
                    return [ActorHit(other, "", trigger.anchor.i, via="coref")]
        return []

    def _asked_to_withdraw(
        self, trigger: Trigger, own: set[str], finder: ActorFinder
    ) -> list[ActorHit]:
        """ "called for the withdrawal of Ethiopian troops", "demanded Russia's pullout": a
        withdrawal asked for is asked of whoever would withdraw (whose it is, or whose forces)."""
        heads = [trigger.predicate, *(t for t in (trigger.object,) if t is not None)]
        asked = [*direct_objects(trigger.predicate), *(obj for _, obj in for_objects(heads))]
        for thing in asked:
            if thing.lemma_.lower() not in self.lexicon.withdrawal_nouns:
                continue
            owners = [c for c in children(thing) if c.dep_ == "poss"]
            owners += [obj for _, obj in prep_objects(thing, {"of"})]
            hits = [hit for o in owners for hit in finder.of_phrase(o) if hit.actor_id not in own]
            if hits:
                return hits
        return []


def _story_partner(trigger: Trigger, own: set[str], context: DocumentContext) -> list[ActorHit]:
    """The story's other side as the recipient: the counterpart of ``own`` the whole document
    names most (``DiscourseMemory.partner``)."""
    partner = context.finder.memory.partner(own)
    return [ActorHit(a, "", trigger.anchor.i, via="partner") for a in partner]


def force_places(events: list[Event]) -> set[str]:
    """The states acts of force concern: their recipients and the countries they happened in
    ("French jets struck camps around Gao": Mali)."""
    found: set[str] = set()
    for event in events:
        if event.type not in FORCES_SENT_TYPES:
            continue
        if event.target:
            found.add(event.target.id)
        if event.location is not None and event.location.country:
            found.add(event.location.country)
    return found


def _pledged_forces(thing: Token) -> bool:
    """ "pledged 900 troops", and a bare number after it in the same sentence ("Nigeria pledged
    900 troops, Niger promised some 500"): forces pledged."""
    if thing.lower_ in PLEDGED_FORCE_NOUNS:
        return True
    if thing.pos_ != "NUM":
        return False
    return any(
        word.lower_ in PLEDGED_FORCE_NOUNS and word.dep_ == "dobj"
        for word in sentence_of(thing)
        if word.i < thing.i
    )


def _says_when(prep: Token) -> bool:
    """A preposition whose object is a date: "in 2017", "since May"."""
    objects = [c for c in children(prep) if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ == "DATE" or o.like_num for o in objects)


def whole_of_part(place: Token) -> Token:
    """ "parts of the frontier": the frontier (kept as the preposition's object)."""
    if place.dep_ != "pobj" or place.lemma_.lower() not in PART_NOUNS:
        return place
    return next((whole for _, whole in prep_objects(place, {"of"})), place)


def _at_the_front(trigger: Trigger) -> bool:
    """Forces moved to "the border" (not "its northern border", which is the mover's own
    affair), into "the region", or dug in at their positions face the other side of a
    conflict."""
    if trigger.object is not None and trigger.object.lemma_.lower() == "position":
        return True
    for prep in children(trigger.predicate):
        if prep.dep_ not in ("prep", "dative"):  # "sent ships [to] the waters" (dative)
            continue
        for place in map(whole_of_part, children(prep)):
            owned = any(c.lower_ in OWN_WORDS for c in children(place))
            if place.dep_ != "pobj" or owned:
                continue
            words = {place.lemma_.lower(), place.lower_}  # "waters" (lemma "water")
            if words & FRONT_NOUNS and prep.lower_ in FRONT_PREPS:
                return True
            if words & ENTERED_NOUNS and prep.lower_ == "into":
                return True
    return False


def _place_holders(trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
    """Who holds the place an act happened in: "in Houthi-controlled areas", "in rebel-held
    Idlib". Fighting there is fighting them, not the state the place belongs to."""
    heads = [trigger.predicate, *direct_objects(trigger.predicate)]
    places = [
        grand
        for head in heads
        for child in children(head)
        if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS | {"into", "on"}
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]
    return [hit for place in places for hit in place_holders(place, finder)]


def _mediated_clause(trigger: Trigger) -> Token:
    """The clause whose actors a mediator brought together: the one the mediated talks or deal
    hang on ("after talks [brokered] by Qatar, A and B [agreed]"), else the sentence's main one
    ("Qatar [mediated]: ... A and B [signed]")."""
    mediating = trigger.predicate
    if trigger.noun is None and mediating.dep_ in ("acl", "amod"):
        return clause_root(mediating.head)
    return sentence_of(mediating).root


def _inside_apposition(token: Token, top: Token) -> bool:
    """``token`` is within an apposition below ``top`` ("its mediator, [the Nigerian ...]")."""
    current = token
    while current.i != top.i and current.head.i != current.i:
        if current.dep_ == "appos":
            return True
        current = current.head
    return False


def _given_to_someone(predicate: Token) -> bool:
    """The verb names whom it gives to: a dative ("granted [them] asylum") or "to" phrase."""
    datives = any(child.dep_ == "dative" for child in children(predicate))
    return datives or any(prep_objects(predicate, {"to"}))


def _given_to_described_states(predicate: Token) -> bool:
    """A "to" or "for" phrase of the verb or its object names states only by what befell them
    ("to the hardest-hit nations", "for affected countries"), not by name or pointing back
    ("to the two countries", "to these states")."""
    heads = [predicate, *direct_objects(predicate)]
    heads += [obj for head in heads for _, obj in prep_objects(head, {"in", "of"})]
    return any(
        obj.tag_ == "NNS"
        and obj.lemma_.lower() in DESCRIBED_STATE_NOUNS
        and any(child.dep_ == "amod" for child in children(obj))
        and not any(
            child.dep_ in ("nummod", "poss", "compound") or child.lower_ in POINTING_DETERMINERS
            for child in children(obj)
        )
        for head in heads
        for _, obj in prep_objects(head, {"to", "for"})
    )


def _sent_unaddressed(trigger: Trigger, lexicon: Lexicon) -> bool:
    """ "Russia and Thailand also sent rescue teams": help sent with no "to" or "for" phrase at
    all goes to the story's other side (in a disaster story, the stricken country). Nouns
    ("international backing") and help sent to someone the text names are not guessed. Verbs
    of giving in general ("has provided", "announced") only when what is given is named as
    relief ("provided emergency cash", "announced $1 million in humanitarian assistance"), not
    a package or money of unknown use ("announced a package to strengthen its forces")."""
    predicate = trigger.predicate
    if trigger.noun is not None:
        return False
    lemma = predicate.lemma_.lower()
    if lemma not in SENDING_VERBS and not (
        lemma in lexicon.giving_verbs and _names_relief(trigger, lexicon)
    ):
        return False
    if predicate.dep_ in ("acl", "amod", "relcl") or is_passive(predicate):
        return False  # "forces, backed by Russian strikes": the helped are named, if at all
    return not any(
        child.dep_ in ("prep", "dative") and child.lower_ in ("to", "for", "into")
        for child in children(trigger.predicate)
    )


def _added_participle(verb: Token) -> bool:
    """ "stormed the village, [killing] nine": a present participle with no subject of its own
    that adds to the act of the verb it hangs on."""
    return (
        verb.dep_ in ("advcl", "conj", "xcomp")
        and verb.tag_ == "VBG"
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in children(verb))
    )


def _every_side(noun: Token) -> bool:
    """ "all sides", "all the warring parties": a plural side noun under "all"."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in SIDE_NOUNS
        and any(c.lower_ == "all" and c.dep_ in ("det", "predet") for c in children(noun))
    )


def _earlier_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated before ``verb`` that share its subject, nearest first ("apologised"
    for "offered" in "Baku apologised to Moscow and offered to pay"); none when ``verb`` has a
    subject of its own ("A met B and C agreed to ...")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return []
    earlier = [c for c in verb.conjuncts if c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    first = min(earlier, key=lambda c: c.i, default=verb)
    if first.dep_ == "advcl" and first.head.i < first.i and not _own_subject_or_mark(first):
        earlier.append(first.head)  # "apologised to X, called it an accident and offered"
    return sorted(earlier, key=lambda c: -c.i)


def _later_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated after ``verb`` with no subject of their own, nearest first
    ("asked" for "lodged" in "Taipei lodged a protest and asked Hanoi to ...")."""
    later = [c for c in verb.conjuncts if c.i > verb.i and c.pos_ in ("VERB", "AUX")]
    return [
        c
        for c in sorted(later, key=lambda c: c.i)
        if not any(d.dep_ in ("nsubj", "nsubjpass") for d in children(c))
    ]


def _recipient_tokens(verb: Token) -> list[Token]:
    """Whom an act is done to or with: its object, dative and "to"/"with" phrases ("met
    Chinese envoys", "apologised to Moscow", "talked with Seoul"), dates and times left out."""
    heads = [c for c in children(verb) if c.dep_ in ("dobj", "dative")]
    heads += [obj for _, obj in prep_objects(verb, {"to", "with"})]
    return [t for t in heads if t.ent_type_ not in ("DATE", "TIME")]


def _about_relations(trigger: Trigger) -> bool:
    """The act establishes, restores or normalises relations ("agreed to normalise relations",
    "restored ties"), which are always with someone."""
    acts = [trigger.predicate, *to_complements(trigger.predicate)]
    objects = [obj for act in acts for obj in direct_objects(act)]
    if trigger.object is not None:
        objects.append(trigger.object)
    return any(obj.lemma_.lower() in RELATION_NOUNS for obj in objects)


def _visited_to_ask(request: Token, own: set[str], context: DocumentContext) -> list[ActorHit]:
    """ "The envoy flew to Kathmandu to urge party leaders to ...": a request that is the purpose
    of a visit the sentence reported, and names no state, is made to the state visited."""
    if request.dep_ not in ("advcl", "xcomp") or not has_to(request):
        return []
    if not any(obj.dep_ == "pobj" for _, obj in prep_objects(request.head, {"to"})):
        return []
    return [
        ActorHit(event.target.id, "", request.i, via="partner")
        for event in context.sentence_events
        if event.type == "CONSULT"
        and event.mode == "visit"
        and event.source is not None
        and event.source.id in own
        and event.target is not None
        and event.target.id not in own
    ][:1]


def _for_relations(verb: Token) -> bool:
    """ "warned of serious consequences for relations": a threat to bilateral relations that
    names no one they are with (their modifiers, "Russian-Turkish relations", name them)."""
    return any(
        word.lemma_.lower() in RELATION_NOUNS
        and word.dep_ == "pobj"
        and word.head.lower_ == "for"
        and not any(child.dep_ in ("amod", "compound", "poss") for child in children(word))
        for word in verb.subtree
    )


def _post_abroad(place: Token) -> bool:
    """ "its embassy in Honiara": the place of a diplomatic post names the host state."""
    preposition = place.head
    return (
        place.dep_ == "pobj"
        and preposition.lower_ == "in"
        and preposition.head.lemma_.lower() in DIPLOMATIC_POSTS
    )


def for_objects(heads: list[Token]) -> list[tuple[str, Token]]:
    return [pair for head in heads for pair in prep_objects(head, {"for"})]


def _unnamed_people(predicate: Token) -> bool:
    """The object is states or people left unnamed: "unnamed countries", "some governments"
    (not "the countries", which points back to ones named)."""
    return any(
        obj.dep_ == "dobj"
        and obj.tag_ == "NNS"
        and obj.lemma_.lower() in PEOPLE_NOUNS
        and not any(
            c.dep_ in ("det", "poss") and c.lower_ in ANAPHORIC_DETERMINERS | {"its", "their"}
            for c in children(obj)
        )
        for obj in children(predicate)
    )


def _help_from_no_one_named(predicate: Token) -> bool:
    """The help or offer turned down comes from givers the text leaves unnamed: "declined
    offers of foreign relief", "turned down international assistance" (a national adjective,
    "rejected the Chinese offer", names one)."""
    offered = direct_objects(predicate) + passive_subjects(predicate)
    offered += [obj for noun in offered for _, obj in prep_objects(noun, {"of"})]
    return any(
        noun.lemma_.lower() in OFFERED_HELP_NOUNS
        and any(
            child.dep_ == "amod" and child.lower_ in UNNAMED_GIVER_WORDS for child in children(noun)
        )
        for noun in offered
    )


def _unnamed_culprit(predicate: Token, finder: ActorFinder) -> bool:
    """The one blamed is named by a common noun with no pointer back and no name in it
    ("blamed terrorists", "blamed foreign intervention", "blamed the outage on a
    cyberattack"): someone the text does not name, not the story's other side ("militants
    sheltering in Tajik territory" still point at a state)."""
    culprits = [obj for _, obj in prep_objects(predicate, {"on"})] or direct_objects(predicate)
    return bool(culprits) and all(
        culprit.pos_ == "NOUN"
        and not any(finder.mention_at(token) is not None for token in culprit.subtree)
        and not any(
            child.dep_ in ("det", "poss") and child.lower_ in ANAPHORIC_DETERMINERS
            for child in children(culprit)
        )
        and not any(child.dep_ == "poss" for child in children(culprit))
        for culprit in culprits
    )


def _fires_back(verb: Token) -> bool:
    """ "fired back", "shot back", "returned fire": force that answers force."""
    if verb.lemma_.lower() == "return":
        return any(c.dep_ == "dobj" and c.lower_ == "fire" for c in children(verb))
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children(verb))


def _first_to_fire(own: set[str], context: DocumentContext) -> list[ActorHit]:
    """Whoever the story last told using force, other than those answering it."""
    for acts in reversed(context.acts):
        for act in reversed(acts):
            if act.as_source and act.type in FORCE_TYPES and act.actor not in own:
                return [ActorHit(act.actor, "", 0, via="coref")]
    return []


def responds(trigger: Trigger) -> bool:
    """Condemning, rejecting, protesting or praising an act can aim at its actor; signing or
    ratifying "the treaty" cannot."""
    if trigger.rule.type == "SUPPORT":
        lemma = trigger.predicate.lemma_.lower()
        # "will never recognise the occupation": a refusal, aimed at whoever occupied
        refused = lemma in REFUSED_BY_NEGATION and modality_of(trigger.predicate) == "negated"
        return lemma in PRAISE_VERBS or refused
    return trigger.rule.type in RESPONSE_TYPES


def _coordinated_clause(verb: Token) -> bool:
    """The verb's clause follows another in a run ("A recalled its envoy, B suspended relations
    and C cancelled a visit"): a conjunct, or the head the parser hangs an earlier clause of a
    comma-joined run on (as its ``ccomp``, ending in the comma before this clause)."""
    if verb.dep_ == "conj":
        return True
    return any(
        child.dep_ == "ccomp"
        and child.i < verb.i
        and verb.doc[child.right_edge.i + 1].text == ","
        and child.pos_ == "VERB"
        for child in children(verb)
    )


def _against_unrest(trigger: Trigger) -> bool:
    """The act answers street unrest the sentence tells of ("detained 3,000 people as protests
    erupted", "deployed soldiers on the streets after protesters torched stations")."""
    rule = trigger.rule
    if trigger.noun is not None:
        return False
    aimed = rule.mode in UNREST_MODES or (rule.type == "COERCE" and rule.domestic)
    streets = rule.type == "MOBILIZE" and any(
        obj.lemma_.lower() in STREET_NOUNS
        for _, obj in prep_objects(trigger.predicate, STREET_PREPS)
    )
    if not (aimed or streets) or not _crowd_or_no_one(trigger.predicate):
        return False  # "arrested dozens of suspected organisers": those named, not the crowd
    return unrest_said(_clause_scope(trigger.predicate))


def _crowd_acted_on(predicate: Token) -> Token | None:
    """The crowd a weapon is turned on: "fired tear gas [at protesters]", "shot [protesters]",
    "to disperse [the crowds]" (the object of a purpose clause), also when the parser hangs the preposition on the
    weapon ("used water cannon [against demonstrators]")."""
    weapons = [child for child in children(predicate) if child.dep_ == "dobj"]
    crowds = [weapon for weapon in weapons if is_crowd(weapon)]  # "shot dead [protesters]"
    if crowds:
        return crowds[0]
    for child in [*children(predicate), *(c for w in weapons for c in children(w))]:
        if child.dep_ == "prep" and child.lower_ in CROWD_CONTROL_PREPS:
            aimed = [obj for obj in children(child) if obj.dep_ == "pobj"]
        elif child.dep_ in ("xcomp", "advcl") and child.tag_ == "VB":
            aimed = [obj for obj in children(child) if obj.dep_ == "dobj"]
        else:
            continue
        # "at [volunteers and protesters]": any crowd of the list
        found = [one for obj in aimed for one in expand_conjuncts(obj) if is_crowd(one)]
        if found:
            return found[0]
    return None


def _unowned_people(verb: Token) -> bool:
    """The verb names whom it acted on, and they belong to no one the phrase refers back to
    ("arrested dozens of organisers", not "detained two of [its] staff")."""
    objects = direct_objects(verb)
    return bool(objects) and not any(
        token.dep_ == "poss" and token.pos_ == "PRON" for obj in objects for token in obj.subtree
    )


def _unnamed_place_taken(trigger: Trigger) -> bool:
    """A city or territory taken that the sentence does not name ("seized the capital"), not
    one it names as its taker's own ("Syrian rebels seized Damascus")."""
    if trigger.rule.mode != "capture":
        return False
    taken = direct_objects(trigger.predicate)
    return bool(taken) and not any(word.pos_ == "PROPN" for obj in taken for word in obj.subtree)


def _fired_at_something(trigger: Trigger) -> bool:
    """Fire opened on or aimed at a thing the text does not give an owner ("opened fire on three
    border villages", "opened fire on the flotilla")."""
    if trigger.rule.mode != "firearms" or trigger.noun is not None:
        return False
    return any(
        obj.ent_type_ not in ("DATE", "TIME")
        for _, obj in prep_objects(trigger.predicate, FIRED_AT_PREPS)
    )


def _invested_by_clause(trigger: Trigger) -> bool:
    """ "Rio Tinto has invested billions in the mine", "China is a leading investor in its
    mines": the clause says who invested. An investment noun elsewhere ("calling it one of the
    largest investments", "Chinese citizens and businesses") names no investor."""
    return trigger.noun is None or trigger.noun.lemma_.lower() in ("investor", "investors")


def _clause_scope(predicate: Token) -> list[Token]:
    """The words of the act's clause and of the clauses coordinated with it ("Egyptians marched,
    and police fired tear gas"), without clauses that describe one of its nouns."""
    top = predicate
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    inside = predicate.left_edge.i, predicate.right_edge.i
    found: list[Token] = []
    stack = [top]
    while stack:
        token = stack.pop()
        found.append(token)
        for child in children(token):
            holds = child.left_edge.i <= predicate.i <= child.right_edge.i
            if (
                child.dep_ in DESCRIBING_DEPS
                and not holds
                and not (inside[0] <= child.i <= inside[1])
            ):
                continue
            stack.append(child)
    return found


def _crowd_or_no_one(predicate: Token) -> bool:
    """The act names no one it is done to, or only an unnamed crowd or count of people
    ("detained hundreds of people", "to disperse them")."""
    objects = direct_objects(predicate)
    return all(
        is_crowd(obj) or obj.pos_ == "PRON" or obj.lemma_.lower() in UNREST_OBJECTS | CIVILIAN_NOUNS
        for obj in objects
    )


def _names_relief(trigger: Trigger, lexicon: Lexicon) -> bool:
    """What the verb gives is a good ("31 tanks", "1,000 tonnes of petrol"), or money called
    relief by its words or an "in" phrase of the verb ("announced $1 million in humanitarian
    assistance"); not money of unknown use ("a package of 14 billion kroner")."""
    if trigger.object is not None and trigger.object.lemma_.lower() not in lexicon.money_words:
        return True
    objects = [trigger.object] if trigger.object is not None else direct_objects(trigger.predicate)
    objects += [
        child
        for child in children(trigger.predicate)
        if child.dep_ == "prep" and child.lower_ == "in"
    ]
    return any(
        token.lemma_.lower() in lexicon.relief_words or token.lower_ in lexicon.relief_words
        for obj in objects
        for token in obj.subtree
    )


def _own_subject_or_mark(verb: Token) -> bool:
    """A clause with its own subject or subordinator ("after he met", "as it said")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children(verb))
