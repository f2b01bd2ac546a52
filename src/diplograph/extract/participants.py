"""Who acts and on whom: the sources and recipients of a trigger, and how they pair up.

Sources come from the subject (inherited through "agreed to", coordination, object control and
relative clauses) or the "by" of a passive; recipients from the places the lexicon rule names,
in order, skipping the source itself. Coordinated parties of a cooperative act with no named
recipient act on each other; visits go from visitor to host.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations
from typing import Any

from spacy.tokens import Doc, Token

from diplograph.extract.actors import DOCUMENT_NOUNS, PERSON_TITLES, ActorFinder, ActorHit
from diplograph.extract.attach import LOCATION_PREPS
from diplograph.extract.crowds import CROWD_COUNTS
from diplograph.extract.lexicon import Lexicon, TriggerRule
from diplograph.extract.modality import ADMITTING_VERBS, conditions_below, offering_noun
from diplograph.extract.syntax import (
    acting_for,
    active_participle,
    agent_compound,
    agents,
    direct_objects,
    done_on_behalf_of,
    expand_conjuncts,
    framed_clause,
    has_to,
    infinitive_controllers,
    inherited_subject,
    is_passive,
    is_subjunctive,
    joined_with,
    joining_contingents,
    judged_clause,
    landing_places,
    mandative,
    named_members,
    noun_agent_objects,
    partitive_head,
    passive_subjects,
    prep_objects,
    reporter_of_adjunct,
    request_of,
    subjects,
)
from diplograph.extract.tree import children
from diplograph.extract.triggers import (
    EXPELLING_MODES,
    FORCE_NOUN_TYPES,
    HELPER_PREPS,
    Trigger,
    acted_on_of,
    antecedent,
    asked_to_end,
    between_heads,
    casualties_of,
    casualty_phrase,
    cause_of_response,
    measured,
    plural_noun_read_as_verb,
)
from diplograph.records import Location
from diplograph.resolve.coreference import ORGANISATION_NOUNS, is_pair_phrase
from diplograph.wordlists import words

FRAME_PREPOSITIONS = words("frame_prepositions")
PART_WORDS = words("part_words")
SITE_PREPOSITIONS = words("site_prepositions")
STANDING_PREPOSITIONS = SITE_PREPOSITIONS | {"near", "outside"}  # "a plant [near Berlin]"
HIT_PREPOSITIONS = words("hit_prepositions")
HOLDING_VERBS = words("holding_verbs")
CARRYING_VERBS = words("carrying_verbs")
OPERATING_VERBS = words("operating_verbs")
POSTED_ABROAD = words("diplomatic_posts") | words("posted_envoys")
STRUCK_AREA_PREPOSITIONS = SITE_PREPOSITIONS | words("area_prepositions")
RELATION_NEEDS_IGO = frozenset({"MEMBER_OF"})
# Passives whose subject names who acted: "South Sudan was admitted to the UN" (the member),
# "French troops were deployed to Niger" (the state whose forces moved).
SELF_NAMED_TYPES = frozenset({"MEMBER_OF", "MOBILIZE"})
# Retreats whose passive subject names who retreated: "the rebel army was disbanded".
SELF_WITHDRAWN = frozenset({"disarm"})
# Cooperative acts of coordinated subjects with no named recipient are mutual ("X and Y agreed").
# Beyond three parties a joint act is multilateral: PLOVER codes one event with a list of actors.
# N(N-1)/2 dyads would misstate it; the first-named party (usually the host or the lead) is
# paired with each of the others instead.
MAX_MUTUAL_PARTIES = 3
# A text signed by up to four parties pairs its first signer with each other one; beyond that
# it is a multilateral instrument with no pairs.
MAX_PAIRED_SIGNERS = 4
# Joint exercises and operations: every participant works with every other one ("the navies
# of India, the United States, Japan and Australia began the exercise"), however many they are.
# Beyond six the act is a large multinational one: the first named (the host) with each other.
JOINT_ACT_TYPES = frozenset({"COOPERATE"})
MAX_JOINT_PARTIES = 6
REPORTING_VERBS = words("reporting_verbs")
JUDGED_LIKELY = words("judged_likely")
INVITING_VERBS = words("inviting_verbs")
SUMMONING_VERBS = words("summoning_verbs")
OWNED_MEASURE_NOUNS = words("owned_measure_nouns")
MUTUAL_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "CONCEDE"})
BARE_INFINITIVE_VERBS = words("bare_infinitive_verbs")
PLEDGING_VERBS = words("pledging_verbs")


# Judgements of an act ("condemned the invasion of Ukraine"), aimed at who did it.
JUDGED_ACT_TYPES = frozenset({"ACCUSE", "PROTEST"})
# Acts done by speaking, which a comma-set "-ing" adjunct of a reported clause leaves to the
# speaker ("Kyiv said Russia had broken the truce, accusing it of ...").
SPOKEN_ACT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})
# Acts whose "of"/"on"/"against" phrase names the side they fell on.
BLOW_TYPES = frozenset({"ASSAULT", "COERCE"})
BLOW_PREPOSITIONS = words("blow_prepositions")


class ParticipantReader:
    """Reads sources and recipients off the parse for one registry and lexicon."""

    def __init__(self, registry: Any, lexicon: Lexicon) -> None:
        self.registry = registry
        self.lexicon = lexicon

    def read(self, trigger: Trigger, finder: ActorFinder) -> tuple[list[ActorHit], list[ActorHit]]:
        """(sources, recipients) of a trigger."""
        predicate, noun = trigger.predicate, trigger.noun
        guest = _visiting_guest(trigger)
        if noun is not None:
            sources, targets = self._noun_participants(trigger, finder)
        elif guest is not None:
            # "told visiting Japanese Prime Minister Abe", "signed with visiting President Kim":
            # the one named is the visitor, and whoever the clause around it names receives him.
            sources = finder.of_phrase(guest)
            hosts = _clause_actor_above(predicate)
            targets = [hit for token in hosts for hit in finder.of_phrase(token)]
        elif _participle(predicate) or _reduced_passive(trigger):
            # "Syrian forces, backed by Russia": the modified noun is the one acted on.
            sources = _represented(predicate, finder) or [
                hit for agent in agents(predicate) for hit in finder.of_phrase(agent)
            ]
            targets = (
                finder.of_phrase(predicate.head) or _described_actors(predicate.head, finder)
                if "dobj" in trigger.rule.target
                else []
            )
            if not targets and "object_taker" in trigger.rule.target:
                targets = _takers_of_demand(
                    predicate, finder, self.lexicon.answer_verbs
                )  # "rejected the terms demanded by"
            if not targets and "dobj" not in trigger.rule.target:
                # "the sanctions imposed by the EU on Russia", "attacks claimed by JNIM on ..."
                targets = self._targets(trigger, finder, passive=True, exclude=sources)
        elif _absolute_participle(predicate):
            # "with two Tajik officials killed": the subject is the one acted on.
            sources = [hit for agent in agents(predicate) for hit in finder.of_phrase(agent)]
            patients = [c for c in children(predicate) if c.dep_ == "nsubj"]
            targets = (
                [hit for token in patients for hit in finder.of_phrase(token)]
                if "dobj" in trigger.rule.target
                else []
            )
        elif is_passive(predicate):
            sources = _represented(predicate, finder) or [
                hit for agent in agents(predicate) for hit in finder.of_phrase(agent)
            ]
            if not sources and trigger.rule.type == "AID":
                sources = (
                    lenders(predicate, finder)
                    or _givers_named_on(trigger, finder)
                    or _refuge_givers(trigger, finder)
                )
            if not sources and trigger.rule.requested:
                # "The mission was deployed at Bamako's request": the mission's side sent it.
                sources = [h for t in passive_subjects(predicate) for h in finder.of_phrase(t)]
            targets = self._targets(trigger, finder, passive=True, exclude=sources)
            if not sources and (
                trigger.rule.type in SELF_NAMED_TYPES or trigger.rule.mode in SELF_WITHDRAWN
            ):
                # "South Sudan was admitted to the UN": the one admitted is the member.
                # "French troops were deployed to Niger": France deployed them.
                # "The rebel army was disbanded": its side disarmed.
                sources = [h for t in passive_subjects(predicate) for h in finder.of_phrase(t)]
            elif not sources and trigger.rule.type == "CONCEDE":
                # "sanctions imposed by the UN and the EU will be lifted": by who imposed them.
                sources = [
                    hit
                    for subject in passive_subjects(predicate)
                    for clause in children(subject)
                    if clause.dep_ == "acl"
                    for agent in [*agents(clause), *_stray_agents(subject, clause)]
                    for hit in finder.of_phrase(agent)
                ]
            elif not sources and trigger.rule.mode in EXPELLING_MODES:
                # "Colombians have been deported from Venezuela": the state they were sent
                # out of sent them.
                sources = prep_targets(("from",), [predicate], finder)
                targets = [t for t in targets if t.actor_id not in {s.actor_id for s in sources}]
            elif not sources and trigger.rule.type == "SANCTION":
                sources = self._excluding_body(predicate, finder)
            elif not sources and trigger.rule.topic_organisation:
                # "Fiji was readmitted in 2014": by the organisation the text is about.
                sources = self._topic_body_of_member(predicate, finder)
            elif not sources and predicate.lemma_.lower() in INVITING_VERBS:
                sources = _hosts_of_occasion(predicate, finder)
            elif not sources and predicate.lemma_.lower() in SUMMONING_VERBS:
                sources = prep_targets(("to",), [predicate], finder)
                targets = [t for t in targets if t.actor_id not in {s.actor_id for s in sources}]
            if not sources:
                # "China's ban on Japanese seafood was lifted": by whose measure it is.
                sources = _measure_owners(trigger, finder)
            if not sources and trigger.rule.reciprocal:
                heads = [*passive_subjects(predicate), predicate]
                sources, targets = prep_targets(("between",), heads, finder), []
                if not sources:  # "the EU-China deal that was agreed": the pair it names
                    sources = _named_pair(predicate, finder)
        else:
            subject_tokens, clause = _speaker_of_adjunct(trigger) or inherited_subject(predicate)
            subject_tokens = _named_for_members(subject_tokens)
            sources = [hit for token in subject_tokens for hit in finder.of_phrase(token)]
            if trigger.rule.mode == "visit" and _private_travellers(subject_tokens):
                sources = []  # "pilgrims travelling to Tibet": no state's visit
            main = _main_clause_over_subordinate(predicate, clause, sources, finder)
            if main is None and not sources:
                main = _main_clause_over_dependent(predicate, clause)
            if main is not None:
                subject_tokens, clause = main
                sources = [hit for token in subject_tokens for hit in finder.of_phrase(token)]
            if not sources and _bare_thanks(predicate) and finder.memory.speaker:
                # "Thank you, Canada, for ...": the speaker of a speech thanks
                speaker = finder.memory.speaker
                sources = [ActorHit(speaker, predicate.text, predicate.i, None, None, "coref")]
            if clause is not None and active_participle(clause):
                # "China, ..., offered to mediate, and Turkey called for calm": what the parser
                # coordinated with the noun after the verb is the next clause's subject.
                sources = [hit for hit in sources if hit.token < clause.i]
            proxies = acting_for(clause, subject_tokens) if clause is not None else []
            represented = [hit for token in proxies for hit in finder.of_phrase(token)]
            sources = represented or sources  # "Sarkozy, acting for the EU": the EU acts
            if sources:
                sources = sources + [
                    h
                    for t in [
                        *_ones_before(predicate),
                        *_followers(predicate),
                        *_doers_alike(predicate),
                    ]
                    for h in finder.of_phrase(t)
                ]
            if trigger.rule.mission:
                # "INTERFET began landing in Dili, with troops from New Zealand and Thailand"
                sources = sources + [
                    hit
                    for force in joining_contingents(predicate)
                    for hit in finder.of_phrase(force)
                ]
            targets = self._targets(trigger, finder, passive=False, exclude=sources)
            if (
                trigger.rule.type in RELATION_NEEDS_IGO
                and trigger.flipped
                and not all(_has_members(token) for token in subject_tokens)
                and predicate.lemma_.lower() not in ADMITTING_VERBS  # "AU leaders readmitted"
            ):
                sources = []  # "the summit brought together A and B", "its observers include C"
            if not sources and trigger.rule.mode == "resign":
                # "Robert Mugabe resigned as Zimbabwe's president": someone not on file leaves
                # an office of that state.
                sources = [
                    hit
                    for _, office in prep_objects(predicate, {"as"})
                    for hit in finder.of_phrase(office)
                    if self.registry.kind_of(hit.actor_id) == "state"
                ]
            if not sources and trigger.rule.subjects and not trigger.rule.reciprocal:
                # "Aid from Qatar reached Gaza": the subject's "from" phrase names the sender.
                sources = prep_targets(("from",), subject_tokens, finder)
                if not sources and trigger.rule.type == "AID":
                    sources = _senders_of_contents(subject_tokens, finder)
            if not sources and trigger.rule.subjects and trigger.rule.reciprocal:
                # "Flights between Baku and Moscow resumed": the subject names the two sides.
                sources, targets = prep_targets(("between",), subject_tokens, finder), []
            elif not sources and trigger.rule.reciprocal and trigger.object is not None:
                # "the treaty that normalised relations between Japan and Korea": a document
                # acts for no one; the two sides are the ones between whom the relations are
                # ("talks between A and B produced a treaty": between whom the talks were).
                sides = _sides_between(trigger.object, finder)
                sides = sides or [s for t in subject_tokens for s in _sides_between(t, finder)]
                sources, targets = sides, []
        lent = lenders(predicate, finder) if noun is None and trigger.rule.type == "AID" else []
        if lent:
            # "its second phase opened in 2010, financed by loans from X": the lender gives,
            # not the subject the participle hangs on
            sources = lent
            targets = [hit for hit in targets if hit.actor_id not in {h.actor_id for h in lent}]
        also = _also_named(predicate, finder) if noun is None else []
        if also and trigger.flipped:
            targets = targets + also  # "In addition to A and B, the CSTO includes C and D"
        elif also and sources:
            sources = sources + also  # "Besides Russia, China also sent aid"
        if trigger.flipped:
            sources, targets = targets, sources
        if gives_refuge(trigger):
            # "Assad was granted asylum in Moscow": the person sheltered, not the state he led
            targets = [replace(hit, actor_id=hit.person) if hit.person else hit for hit in targets]
        sources = _distinct(sources)
        if trigger.rule.type == "HOSTS":
            targets = []
        if mutual(predicate, noun) and len(sources) > 1:
            return sources, []
        source_ids = {hit.actor_id for hit in sources}
        targets = [hit for hit in targets if hit.actor_id not in source_ids]
        return sources, targets

    def _attends_something(self, rule: TriggerRule, source: ActorHit) -> bool:
        """A state at a meeting of no organisation ("the summit is attended by the leaders of A
        and B") meets no one the text names: only an organisation holds a meeting by itself."""
        return (
            rule.type != "CONSULT"
            or rule.mode != "multilateral"
            or self.registry.kind_of(source.actor_id) in ("igo", "group")
        )

    def _excluding_body(self, predicate: Token, finder: ActorFinder) -> list[ActorHit]:
        """ "Mali was suspended from the bloc", "was barred from ASEAN summits": with no agent
        named, the organisation one is shut out of (or whose meetings) shut one out."""
        bodies = prep_targets(("from",), [predicate], finder)
        bodies = [hit for hit in bodies if self.registry.kind_of(hit.actor_id) in ("igo", "group")]
        return bodies or self._topic_body_of_member(predicate, finder)

    def _topic_body_of_member(self, predicate: Token, finder: ActorFinder) -> list[ActorHit]:
        """ "Paraguay was suspended in June 2012" in a text about Mercosur: a state shut out
        with no body named is shut out of the organisation the text is about."""
        # a name or a pronoun for one ("it was readmitted"), not "officials"
        named = [t for t in passive_subjects(predicate) if t.pos_ in ("PROPN", "PRON")]
        shut_out = [h for t in named for h in finder.of_phrase(t)]
        if not shut_out or not all(self.registry.kind_of(h.actor_id) == "state" for h in shut_out):
            return []
        topic = finder.memory.topic_other("igo", {hit.actor_id for hit in shut_out})
        return [ActorHit(actor, "", predicate.i, via="coref") for actor in topic[:1]]

    def _own_meeting(self, rule: TriggerRule, sources: list[ActorHit]) -> bool:
        """ "The Security Council met": an organisation's own meeting has no recipient."""
        return (
            rule.type == "CONSULT"
            and rule.mode != "visit"
            and all(self.registry.kind_of(hit.actor_id) in ("igo", "group") for hit in sources)
        )

    def _noun_participants(
        self, trigger: Trigger, finder: ActorFinder
    ) -> tuple[list[ActorHit], list[ActorHit]]:
        noun, predicate = trigger.noun, trigger.predicate
        assert noun is not None
        listed = named_members(noun) if trigger.rule.copula else []
        if listed:
            return self._named_members(noun, listed, trigger, finder)
        if noun.dep_ == "nsubj" and trigger.rule.copula:
            return self._listed_members(noun, predicate, finder)
        described_by = partitive_head(noun)  # "Chile, [one] of the founding members"
        if trigger.rule.copula and described_by.dep_ == "appos":
            inside = {token.i for token in described_by.subtree}
            described = [
                hit
                for hit in finder.of_phrase(described_by.head)
                if hit.actor_id and hit.token not in inside
            ]
            return described, prep_targets(trigger.rule.target, [noun], finder)
        if trigger.rule.copula and noun.dep_ == "oprd" and is_passive(predicate):
            # "Kazakhstan was elected a member of the Security Council"
            members = [hit for t in passive_subjects(predicate) for hit in finder.of_phrase(t)]
            return members, prep_targets(trigger.rule.target, [noun], finder)
        if trigger.rule.copula and noun.dep_ == "pobj" and noun.head.lower_ == "as":
            objects = [c for c in children(predicate) if c.dep_ == "dobj"]
            objects = objects or passive_subjects(predicate)  # "Belarus was admitted as ..."
            if objects:  # "the G20 admitted the AU as a member": the AU is the member
                members = [hit for token in objects for hit in finder.of_phrase(token)]
                admitting = [
                    hit
                    for token in inherited_subject(predicate)[0]
                    for hit in finder.of_phrase(token)
                ]
                return members, prep_targets(trigger.rule.target, [noun], finder) or admitting
        if trigger.rule.helped:
            return self._helpers(noun, predicate, finder)
        # "the establishment of relations between A and B": the sides hang on the "of" noun
        pair = prep_targets(
            ("between",),
            [*between_heads(noun), *(o for _, o in prep_objects(noun, {"of"}))],
            finder,
        )
        if trigger.rule.reciprocal and len(pair) > 1:
            return pair, []
        if pair and asked_to_end(noun):
            # "an end to the fighting between [the army] and the RSF": one side unknown
            return [], []
        owner_deps = (
            ("poss", "amod", "compound", "nsubj")
            if plural_noun_read_as_verb(noun)
            else ("poss", "amod", "compound")
        )
        modifiers = [
            hit
            for child in children(noun)
            if child.dep_ in owner_deps and not _against(child)
            for hit in finder.of_phrase(child)
        ]
        opposed = [
            hit
            for child in children(noun)
            if child.dep_ in ("amod", "compound") and _against(child)
            for hit in finder.of_phrase(child)
        ]
        subject_tokens = _named_for_members(inherited_subject(predicate)[0])
        if is_passive(predicate) and agents(predicate) and not _owned_subject(noun):
            # "The deal was signed by A and B after talks in X": the agents act, not the deal.
            subject_tokens = agents(predicate)
        elif is_passive(predicate) and casualties_of(noun) is not None:
            # "Indian soldiers were killed in a clash with Chinese troops": the fallen's side.
            subject_tokens = passive_subjects(predicate)
        if (
            trigger.rule.standalone
            and trigger.rule.type == "PROTEST"
            and noun.head.i != predicate.i
        ):
            # "imposed sanctions over the crackdown on protests": the clause's subject did not
            # protest; a crowd did.
            subject_tokens = []
        subjects = [hit for token in subject_tokens for hit in finder.of_phrase(token)]
        if casualties_of(noun) is not None:
            # (the fallen named by their own state: "[Indian] soldiers", not "peacekeepers")
            subjects = [hit for hit in subjects if hit.via in ("name", "modifier")]
        targets = opposed or prep_targets(
            trigger.rule.target,
            [noun, predicate, *noun_agent_objects(noun), *acted_on_of(noun, trigger.rule)],
            finder,
        )
        if targets:
            # "members of the CIS and the SCO" is often parsed with the SCO coordinated with
            # "members": a name coordinated with the event noun is one more recipient.
            targets += [
                hit for c in children(noun) if c.dep_ == "conj" for hit in finder.of_phrase(c)
            ]
        if trigger.flipped:
            # "receive Arab investment": the modifier gives; the subject receives (flipped later);
            # "rejected a demand by Mexico's president": the "by" phrase asked.
            return subjects, (
                modifiers
                or _offerers(noun, finder)  # "accepted [Ankara's] offer of mediation"
                or prep_targets(("from", "by"), [noun, predicate], finder)
            )
        # "incursions by the IMU into Kyrgyzstan", "the accession of Finland to NATO": the noun's
        # own agent outranks the clause's.
        agent_preps = tuple(p for p in ("by", "of") if p not in trigger.rule.target)
        if trigger.rule.mode == "third-party":
            # "a French offer of mediation": France offers to mediate
            mediators = _offerers(noun, finder) or self._mediators(
                noun, agent_preps, modifiers, subjects, finder
            )
            return mediators, targets
        wrapper = measured(noun)  # "the imposition of sanctions on X by Y": Y imposed them
        by_agents = (
            prep_targets(agent_preps, [noun], finder)
            or (prep_targets(("by",), [wrapper], finder) if wrapper is not noun else [])
            or [hit for agent in noun_agent_objects(noun) for hit in finder.of_phrase(agent)]
        )
        if casualty_phrase(noun) and not trigger.rule.reciprocal:
            subjects = []  # "Ukrainian soldiers were killed in Russian strikes": not the strikers
        if (
            cause_of_response(noun)
            and trigger.rule.type in FORCE_NOUN_TYPES
            and trigger.predicate.i != noun.i
        ):
            # "punished Moscow for [its] invasion of Ukraine": the act the clause answers is
            # its owner's (the one punished, for a pronoun), not the clause subject's.
            subjects = []
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(noun)):
                modifiers = _answered_party(noun, finder) or modifiers
        expellers = [] if by_agents else self._expellers(trigger, finder)
        if expellers:
            expelled = prep_targets(("of",), [noun], finder) or modifiers
            own = {hit.actor_id for hit in expellers}
            return expellers, [hit for hit in expelled if hit.actor_id not in own]
        offerers = _offerers(noun, finder)
        sources = (
            by_agents or offerers or self._possessors(trigger, finder) or subjects or modifiers
        )
        # "anti-Turkish demonstrations took place": the subject phrase names the target only.
        against = {hit.actor_id for hit in opposed}
        return [hit for hit in sources if hit.actor_id not in against], targets

    @staticmethod
    def _possessors(trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
        """The event noun's possessor, who does the act before the clause's subject does
        ("Zelensky recalled [Russia's] invasion of Ukraine", "Britain condemned [Iran's] seizure
        of the tanker"); not where the possessor is the recipient ("[NATO's] thirtieth member"),
        nor a pronoun, which the clause's subject may answer for ("punished Moscow for [its]
        invasion")."""
        noun = trigger.noun
        assert noun is not None
        if trigger.rule.copula or "poss" in trigger.rule.target:
            return []
        return [
            hit
            for child in children(noun)
            if child.dep_ == "poss" and child.pos_ != "PRON"
            for hit in finder.of_phrase(child)
        ]

    def _expellers(self, trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
        """Who expels, named as what the expelled leave: "the expulsion of the French
        ambassador [from Niger]", "Russia's expulsion [from the Council of Europe]" (a state or
        an organisation, not a town: "the deportation of migrants from Calais")."""
        noun = trigger.noun
        assert noun is not None
        if trigger.rule.mode not in EXPELLING_MODES:
            return []
        # (the parser often hangs "from Niger" on the expelled: "the ambassador [from Niger]")
        expelled = [obj for _, obj in prep_objects(noun, {"of"})]
        owners = {hit.actor_id for obj in expelled for hit in finder.of_phrase(obj)}
        return [
            hit
            for hit in prep_targets(("from",), [noun, *expelled], finder)
            if self.registry.kind_of(hit.actor_id) in ("state", "igo")
            and hit.actor_id not in owners
        ]

    @staticmethod
    def _mediators(
        noun: Token,
        agent_preps: tuple[str, ...],
        modifiers: list[ActorHit],
        subjects: list[ActorHit],
        finder: ActorFinder,
    ) -> list[ActorHit]:
        """Who mediates: the noun's own agent ("after months of mediation by Qatar", also when
        the parse hangs "by" on the measure), its modifier ("under Malaysian mediation"), and only
        then the clause's subject ("Qatar led the mediation"), which is often one of the sides."""
        by_agents = prep_targets(agent_preps, [noun, measured(noun)], finder)
        return by_agents or modifiers or subjects

    def _helpers(
        self, noun: Token, predicate: Token, finder: ActorFinder
    ) -> tuple[list[ActorHit], list[ActorHit]]:
        """ "with the help of A and B" (or "with A's support", "with help from A"): A and B aid
        whoever acts."""
        helpers = prep_targets((*HELPER_PREPS, "poss"), [noun], finder)
        if is_passive(predicate):
            helped = [hit for agent in agents(predicate) for hit in finder.of_phrase(agent)]
        else:
            subject_tokens, _ = inherited_subject(predicate)
            helped = [hit for token in subject_tokens for hit in finder.of_phrase(token)]
        return helpers, helped

    @staticmethod
    def _named_members(
        noun: Token, listed: list[Token], trigger: Trigger, finder: ActorFinder
    ) -> tuple[list[ActorHit], list[ActorHit]]:
        """ "Mercosur, whose members A, B and C ...": the names are members of the organisation
        the "of" phrase names or, for "whose", of the noun the relative clause describes."""
        members = [hit for token in listed for hit in finder.of_phrase(token)]
        bodies = prep_targets(trigger.rule.target, [noun], finder)
        if not bodies and any(c.lower_ == "whose" for c in children(noun)):
            clause = noun.head
            while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
                clause = clause.head
            if clause.dep_ == "relcl":
                bodies = finder.of_phrase(clause.head)
        return members, bodies

    def _listed_members(
        self, noun: Token, predicate: Token, finder: ActorFinder
    ) -> tuple[list[ActorHit], list[ActorHit]]:
        """ "The members of the OTS are A, B and C" (or, of the organisation the text is about)."""
        members = [
            hit
            for child in children(predicate)
            if child.dep_ == "attr"
            for hit in finder.of_phrase(child)
        ]
        organisations = prep_targets(("of",), [noun], finder)
        if not organisations:
            latest = finder.memory.description("the organization", "organization")
            organisations = [ActorHit(actor, "", noun.i, via="coref") for actor in latest]
        return members, organisations

    def _targets(
        self, trigger: Trigger, finder: ActorFinder, *, passive: bool, exclude: list[ActorHit]
    ) -> list[ActorHit]:
        """Recipients from the first of the rule's places that names someone other than the
        source ("recalled its ambassador from Tehran": not "its", but Tehran)."""
        own = {hit.actor_id for hit in exclude} if not trigger.flipped else set()
        predicate = trigger.predicate
        for spec in trigger.rule.target:
            hits: list[ActorHit] = []
            if spec == "dobj":
                heads = (
                    passive_subjects(predicate)
                    if passive
                    else [token for token in direct_objects(predicate) if token.dep_ != "dative"]
                )
                if trigger.object is not None and trigger.object.i not in {h.i for h in heads}:
                    heads.append(trigger.object)  # "ordered the expulsion of [the ambassador]"
                hits = [
                    hit
                    for head in heads
                    for token in expand_conjuncts(head)
                    for hit in finder.of_phrase(token)
                ]
                # "accused elements of [Iran's] government": whose part the object is
                hits = hits or _owners_of_parts(heads, finder, owners_only=True)
                if all(hit.actor_id in own for hit in hits):
                    hits += _hosts_of_posts(heads, finder)  # "recalled its envoys [in X and Y]"
            elif spec == "controller":  # "gave [the Canadian ambassador] 24 hours to leave"
                hits = [
                    hit
                    for token in infinitive_controllers(predicate)
                    for hit in finder.of_phrase(token)
                ]
            elif spec == "iobj":
                hits = [
                    hit
                    for token in _indirect_objects(predicate, passive)
                    for hit in finder.of_phrase(token)
                ]
            elif spec == "requester":  # "at [Bamako's] request", "to a request from [Turkey]"
                asked = request_of(predicate)
                hits = (
                    prep_targets(("of", "poss", "from"), [asked], finder)
                    if asked is not None
                    else []
                )
            elif spec == "object_party":  # "asked for a session of [the UN Security Council]"
                asked_for = trigger.object
                hits = (
                    prep_targets(("of", "with"), [asked_for], finder)
                    if asked_for is not None
                    else []
                )
            elif spec == "landing_owner":  # "a missile that fell in [Japan's] waters"
                weapon = trigger.object
                hits = (
                    _landing_owners(predicate, weapon, trigger.rule.landings, finder)
                    if weapon is not None
                    else []
                )
            elif spec == "summoned":  # "summoned [Japan's] ambassador to demand ..."
                hits = _summoned(predicate, finder, self.lexicon.summoning_verbs)
            elif spec == "object_taker":  # "[Greek voters] rejected the terms demanded by the EU"
                hits = _takers_of_demand(predicate, finder, self.lexicon.answer_verbs)
            elif spec == "reporter":  # "[the rebels] claim government troops executed ..."
                hits = reporters(predicate, finder, self.lexicon.claim_verbs)
            elif spec == "fallen":  # "[Malian soldiers] were killed in attacks claimed by JNIM"
                blow = trigger.object
                hits = _fallen_in(blow, finder) if blow is not None else []
            elif spec == "object_modifier":  # "accepted [Japanese] aid", "receives [US] aid"
                given = trigger.object
                hits = named_in_front(given, finder) if given is not None else []
                if not hits and given is not None and given.lemma_.lower() in TRADE_FLOW_NOUNS:
                    # "halted imports of [Taiwanese] fruit": whose goods the trade carries
                    hits = [
                        hit
                        for _, goods in prep_objects(given, {"of"})
                        for item in expand_conjuncts(goods)
                        for hit in named_in_front(item, finder)
                    ]
            else:
                heads = [
                    predicate,
                    *_objects_of(predicate, trigger),
                    *_places_of(predicate, spec),
                    *_standing_subjects(trigger, spec),
                    *_complement_acts(predicate, trigger),
                ]
                hits = prep_targets((spec,), heads, finder)
            hits = [hit for hit in hits if hit.actor_id not in own]
            if trigger.rule.type in JUDGED_ACT_TYPES:
                hits = [hit for hit in hits if not self._suffered_act(hit, predicate)]
            if hits:
                return hits + [
                    hit
                    for token in _list_end_taken_for_subject(predicate)
                    for hit in finder.of_phrase(token)
                    if hit.actor_id not in own
                ]
        return []

    def _suffered_act(self, hit: ActorHit, predicate: Token) -> bool:
        """ "condemned the invasion [of Ukraine]", "denounced the attack [on Israel]": the one a
        condemned blow fell on is not whom the condemnation is aimed at."""
        for act in direct_objects(predicate):
            rules = self.lexicon.noun_rules(act.lemma_.lower())
            if not any(rule.type in BLOW_TYPES for rule in rules):
                continue
            for prep in children(act):
                if (
                    prep.dep_ == "prep"
                    and prep.lower_ in BLOW_PREPOSITIONS
                    and prep.left_edge.i <= hit.token <= prep.right_edge.i
                ):
                    return True
        return False

    def pairs(
        self,
        trigger: Trigger,
        sources: list[ActorHit],
        targets: list[ActorHit],
        location: Location | None = None,
    ) -> list[tuple[ActorHit, ActorHit | None]]:
        """(source, recipient) pairs: every source with every recipient; without recipients,
        coordinated parties of a mutual act pairwise, or each source alone where the rule allows."""
        rule = trigger.rule
        if not sources:
            return []
        if targets:
            pairs: list[tuple[ActorHit, ActorHit | None]] = [
                (source, target)
                for source in sources
                for target in targets
                if source.actor_id != target.actor_id
            ]
        elif (
            rule.reciprocal
            or (_mutual_type(rule) and not pledged_things(trigger))
            or mutual(trigger.predicate, trigger.noun)
            or _pair_praising(trigger)
        ) and len(sources) > 1:
            pairs = (
                []
                if _multilateral_instrument(rule, sources)
                else _mutual_pairs(sources, every_pair=rule.type in JOINT_ACT_TYPES)
            )
        elif rule.no_target or self._own_meeting(rule, sources):
            pairs = [(source, None) for source in sources if self._attends_something(rule, source)]
        else:
            return []
        if rule.type == "CONSULT" and rule.mode != "third-party" and location is not None:
            # (a mediator meets the sides at home too: "a truce agreed in Kuala Lumpur under
            # Malaysian mediation" is still Malaysia's mediation)
            pairs = [_visitor_first(s, t, location) for s, t in pairs]
        if rule.type in RELATION_NEEDS_IGO:
            pairs = [
                (s, t)
                for s, t in pairs
                if t is not None and self.registry.kind_of(t.actor_id) in ("igo", "group")
            ]
        return pairs


SUBORDINATORS = words("subordinating_marks")
PRIVATE_TRAVELLERS = words("private_traveller_nouns")


def _private_travellers(subject_tokens: list[Token]) -> bool:
    """ "Indian pilgrims travelling to Tibet", "Chinese tourists flew to Bali": people who
    travel for themselves, whatever their nationality, pay no state's visit."""
    return bool(subject_tokens) and all(
        _counted(token).lemma_.lower() in PRIVATE_TRAVELLERS for token in subject_tokens
    )


def _counted(noun: Token) -> Token:
    """What a count is of: "thousands [of pilgrims]"; else the noun itself."""
    counted = [
        grand
        for child in children(noun)
        if child.dep_ == "prep" and child.lower_ == "of"
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]
    return counted[0] if counted and noun.lower_ in CROWD_COUNTS else noun


def _main_clause_over_subordinate(
    predicate: Token, clause: Token | None, sources: list[ActorHit], finder: ActorFinder
) -> tuple[list[Token], Token] | None:
    """ "Beijing refused to talk until India withdrew, accused New Delhi of trespassing and
    closed a pass": a verb the parser lists with the subordinate clause's verb, but done to
    that clause's own subject, is the main clause's (India does not accuse itself)."""
    if clause is None or predicate.dep_ != "conj" or clause.dep_ != "advcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in children(clause)):
        return None
    head = predicate
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.i != clause.i:
        return None
    own = {hit.actor_id for hit in sources}
    done_to = {hit.actor_id for obj in direct_objects(predicate) for hit in finder.of_phrase(obj)}
    main_subjects = subjects(clause.head)
    if not own or not own & done_to or not main_subjects:
        return None
    return main_subjects, clause.head


def _main_clause_over_dependent(
    predicate: Token, clause: Token | None
) -> tuple[list[Token], Token] | None:
    """ "The Council condemned the acts that had led to deaths and urged Israel to ...",
    "Vilnius considers the measures to be unjustified and calls on Beijing to ...": a verb the
    parser coordinated with a relative or complement clause whose subject names no one, but
    in the main verb's tense and not that clause's, continues the main clause."""
    if clause is None or predicate.dep_ != "conj" or subjects(predicate):
        return None
    head = predicate
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.i != clause.i:
        return None
    if clause.dep_ == "relcl":
        main = clause.head.head
    elif clause.dep_ == "ccomp":
        main = clause.head
    else:
        return None
    if main.pos_ not in ("VERB", "AUX") or predicate.tag_ != main.tag_ or clause.tag_ == main.tag_:
        return None
    main_subjects = subjects(main)
    return (main_subjects, main) if main_subjects else None


def _offerers(noun: Token, finder: ActorFinder) -> list[ActorHit]:
    """Who offers the act an offer's "of" phrase names: the offer's possessor, national
    adjective or "by"/"from" phrase ("a [French] offer of mediation", "[Ankara's] offer of
    talks"), not the clause's subject ("Turkey welcomed ...")."""
    offer = offering_noun(noun)
    if offer is None:
        return []
    owners = [
        hit
        for child in children(offer)
        if child.dep_ in ("poss", "amod", "compound") and child.i < offer.i
        for hit in finder.of_phrase(child)
    ]
    return owners or prep_targets(("by", "from"), [offer], finder)


def _measure_owners(trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
    """Who owns the measure an agentless passive acts on ("[the EU's] sanctions against Belarus
    were extended", "[China's] ban on Japanese seafood was lifted"): the one who imposed it,
    and so the one who keeps or lifts it. Only a possessor: "Russian sanctions" are as often
    sanctions on Russia."""
    measure = trigger.object
    if measure is None or measure.lemma_.lower() not in OWNED_MEASURE_NOUNS:
        return []
    return [
        hit
        for child in children(measure)
        if child.dep_ == "poss"
        for hit in finder.of_phrase(child)
    ]


def _fallen_in(blow: Token, finder: ActorFinder) -> list[ActorHit]:
    """Whose people fell in the blow ("[Malian] soldiers were killed in attacks", "[its]
    personnel died in a bombing"): the subject of the casualty verb the blow hangs on."""
    if not casualty_phrase(blow):
        return []
    fallen = [c for c in children(blow.head.head) if c.dep_ in ("nsubj", "nsubjpass")]
    hits = [hit for token in fallen for hit in finder.of_phrase(token)]
    return hits or _owners_of_parts(fallen, finder, owners_only=True)


def _list_cut_off(phrase: Token) -> list[Token]:
    """Names after a comma that the parser hung on the verb (as "dep" or even as its object)
    rather than on the list ``phrase`` began ("within the framework of the CIS, the CSTO (...),
    and the SCO")."""
    verb = phrase.head.head if phrase.head.dep_ == "prep" else phrase.head
    doc = phrase.doc
    return [
        child
        for child in children(verb)
        if child.dep_ in ("dep", "dobj", "npadvmod")
        and child.pos_ == "PROPN"
        and child.i > phrase.i
        and doc[child.left_edge.i - 1].text == ","
    ]


def _owned_subject(noun: Token) -> bool:
    """ "Russia's expulsion of two diplomats was condemned by Tallinn": the subject of a passive
    names its act's doer by a possessor; the clause's agent only judges the act (unlike "the
    deal was signed by A and B", whose agents do what the noun names)."""
    return noun.dep_ == "nsubjpass" and any(child.dep_ == "poss" for child in children(noun))


def prep_targets(specs: tuple[str, ...], heads: list[Token], finder: ActorFinder) -> list[ActorHit]:
    """Actors from the first spec that names any: a preposition's object, ``poss`` (the
    possessor: "NATO's thirty-second member"), ``object_owner`` ("ratified Finland's bid") or
    ``object_of`` ("condemned the launches of North Korea")."""
    for spec in specs:
        if spec == "object_of":  # "condemned the launches of North Korea"
            objects = [o for h in heads for o in direct_objects(h)]
            # "condemned the invasion of Ukraine [by] Russia": the agent, not the one acted on
            # (the parser may hang that "by" on an active verb, which has no agent of its own)
            active = [h for h in heads if not is_passive(h)]
            hits = prep_targets(("by",), objects + active, finder) if objects else []
            hits = hits or (prep_targets(("of",), objects, finder) if objects else [])
            if not hits and objects:  # "recognised the status of neutrality of Turkmenistan"
                inner = [obj for o in objects for _, obj in prep_objects(o, {"of"})]
                hits = prep_targets(("of",), inner, finder) if inner else []
            if not hits:  # "condemned the test carried out by North Korea"
                done = [c for o in objects for c in children(o) if c.dep_ == "acl"]
                hits = [h for verb in done for a in agents(verb) for h in finder.of_phrase(a)]
        elif spec == "clause_object":  # "congratulated [Mirziyoyev] in a phone call"
            hits = [
                hit
                for head in heads
                if head.pos_ in ("VERB", "AUX")
                for obj in direct_objects(head)
                for hit in finder.of_phrase(obj)
            ]
        elif spec == "frame_of":  # "cooperate within the framework of [the SCO]"
            frames = [obj for h in heads for _, obj in prep_objects(h, FRAME_PREPOSITIONS)]
            hits = prep_targets(("of",), frames, finder) if frames else []
            if hits:  # "of the CIS, the CSTO and the SCO": the rest of a list the parser cut off
                hits += [
                    hit
                    for f in frames
                    for item in _list_cut_off(f)
                    for hit in finder.of_phrase(item)
                ]
        elif spec == "object_partner":
            # "welcomed the resumption of ties with Iran", "welcomed the accord between A and
            # B": the partners of the welcomed relation (its object or the object's "of" noun).
            nouns = [o for h in heads for o in direct_objects(h)]
            nouns += [obj for noun in list(nouns) for _, obj in prep_objects(noun, {"of"})]
            hits = [
                hit
                for noun in nouns
                for _, obj in prep_objects(noun, {"with", "between"})
                for hit in finder.of_phrase(obj)
            ]
        elif spec == "object_opponent":
            # "announced a ceasefire in its war against [the rebels]": the other side of the
            # fighting the object pauses.
            fights = [
                f for h in heads for o in direct_objects(h) for _, f in prep_objects(o, {"in"})
            ]
            hits = [
                hit
                for fight in fights
                for _, obj in prep_objects(fight, {"against", "with"})
                for hit in finder.of_phrase(obj)
            ]
        elif spec == "object_clause":
            # "signed an accord to supply Egypt with wheat": whom the agreed act is for (the
            # object of a "to" clause on the object or, parsed as purpose, on the verb).
            clauses = [
                clause
                for h in heads
                for owner in (h, *direct_objects(h))
                for clause in children(owner)
                if clause.dep_ in ("acl", "advcl", "relcl")  # "$1 billion [to rebuild] Gaza"
                and has_to(clause)
            ]
            hits = [hit for c in clauses for o in _helped(c) for hit in finder.of_phrase(o)]
            hits = hits or _partners_of_content(heads, finder)
        elif spec == "purpose_object":
            # "scrambled jets to monitor [Chinese] planes", "crossed into Doklam to stop a
            # [Chinese] crew": forces sent to face someone are aimed at whoever that is
            clauses = [
                clause
                for h in heads
                for owner in (h, *direct_objects(h))
                for clause in children(owner)
                if clause.dep_ in ("advcl", "xcomp", "acl", "relcl")
                and has_to(clause)
                and clause.lemma_.lower() in FACING_PURPOSE_VERBS
            ]
            hits = [hit for c in clauses for o in direct_objects(c) for hit in finder.of_phrase(o)]
        elif spec == "complement_subject":
            # "requested [the Council] to respond" parsed as a clause; "demanded that [the
            # groups] give access" (a bare verb or "should").
            subjects = [
                c
                for h in heads
                for x in children(h)
                if _asked_for(x)
                for c in children(x)
                if c.dep_ == "nsubj"
            ]
            hits = [hit for c in subjects for hit in finder.of_phrase(c)]
        elif spec == "clause_subject":  # "warned that [American ships] would face ..."
            subjects = [
                c
                for h in heads
                for x in children(h)
                if x.dep_ == "ccomp"
                for c in children(x)
                if c.dep_ in ("nsubj", "nsubjpass")
            ]
            hits = [hit for c in subjects for hit in finder.of_phrase(c)]
        elif spec == "object_clause_subject":
            # "dropped its demand that [India] restore the region's status": who the object's
            # own "that" clause names as the one to act
            subjects = [
                c
                for h in heads
                for o in direct_objects(h)
                for clause in children(o)
                if clause.dep_ in ("acl", "ccomp") and not has_to(clause)
                for c in children(clause)
                if c.dep_ in ("nsubj", "nsubjpass")
            ]
            hits = [hit for c in subjects for hit in finder.of_phrase(c)]
        elif spec == "condition":  # "threatened to cut off gas if [the bloc] imposes sanctions"
            subjects = [
                c
                for h in heads[:1]
                for clause in conditions_below(h)
                for c in children(clause)
                if c.dep_ in ("nsubj", "nsubjpass")
            ]
            hits = [hit for c in subjects for hit in finder.of_phrase(c)]
        elif spec == "available_to":  # "made $250 million available to [Sri Lanka]"
            offered = [
                word
                for h in heads
                for obj in direct_objects(h)
                for word in children(obj)
                if word.lower_ == "available"
            ]
            hits = prep_targets(("to",), offered, finder) if offered else []
        elif spec == "site":  # "invested in [a plant in Uzbekistan]", "in [Egypt's] port"
            hits = _site_states(heads, finder)
        elif spec == "hit_owner":  # "shot down [Russian] drones", "stormed a village in [Kosovo]"
            hits = _owners_of_hit(heads, finder)
        elif spec == "reporter":  # "[China] said the sanctions were an interference"
            hits = [hit for h in heads[:1] for hit in reporters(h, finder)]
        elif spec == "judged_agent":  # "called it an act of war by [Iran]": the doer named
            judgements = [
                judged
                for h in heads[:1]
                if not is_passive(h)  # "was called a provocation by China": China judges
                for judged in [h, *(c for c in children(h) if c.dep_ in ("oprd", "attr"))]
            ]
            agents_named = [o for j in judgements for _, o in prep_objects(j, {"by"})]
            hits = [hit for agent in agents_named for hit in finder.of_phrase(agent)]
        elif spec in ("framed_act", "judged_act"):
            # "in what Manila called piracy", "X did ..., and Manila called it piracy": who did
            # the act so called
            judged = framed_clause if spec == "framed_act" else judged_clause
            clauses = [clause for h in heads[:1] if (clause := judged(h)) is not None]
            hits = [
                hit
                for clause in clauses
                for doer in (agents(clause) if is_passive(clause) else inherited_subject(clause)[0])
                for hit in finder.of_phrase(doer)
            ]
        elif spec == "xcomp_object":  # "applied to join [NATO]", "committed to supplying [Kyiv]"
            objects = [o for h in heads for x in _infinitive_acts(h) for o in direct_objects(x)]
            hits = [hit for o in objects for hit in finder.of_phrase(o)]
        elif spec in ("poss", "object_owner"):
            owners = heads if spec == "poss" else [o for h in heads for o in direct_objects(h)]
            # "funds much of the Commission's work": the part's whole is what is owned
            owners += [
                obj
                for owner in owners
                if owner.lower_ in PART_WORDS
                for _, obj in prep_objects(owner, {"of"})
            ]
            # "called for Ukraine's admission, and France backed it": whose admission "it" is.
            owners = [antecedent(owner) or owner for owner in owners]
            hits = [
                hit
                for owner in owners
                for child in children(owner)
                if child.dep_ == "poss"
                for hit in finder.of_phrase(child)
            ]
            if not hits and spec == "object_owner":  # "pelted the Turkish embassy"
                hits = [hit for owner in owners for hit in _state_named_by_adjective(owner, finder)]
        else:
            hits = [
                hit
                for head in heads
                for _, obj in prep_objects(head, {spec})
                for hit in finder.of_phrase(obj) or _surrounded(obj, finder)
            ]
        if hits:
            return hits
    return []


def _surrounded(place: Token, finder: ActorFinder) -> list[ActorHit]:
    """ "moved into six zones [encircling] the island", "waters [surrounding] Taiwan": a place
    named by what it surrounds is that place's."""
    return [
        hit
        for clause in children(place)
        if clause.dep_ == "acl" and clause.lemma_.lower() in SURROUNDING_VERBS
        for obj in direct_objects(clause)
        for hit in finder.of_phrase(obj)
    ]


def _summoned(
    predicate: Token, finder: ActorFinder, summoning_verbs: frozenset[str]
) -> list[ActorHit]:
    """ "Beijing summoned Japan's ambassador to demand the crew's release": a demand made by
    summoning an envoy is made of the envoy's state."""
    summon = predicate.head
    if predicate.dep_ not in ("xcomp", "advcl") or not has_to(predicate):
        return []
    if summon.lemma_.lower() not in summoning_verbs:
        return []
    return [hit for envoy in direct_objects(summon) for hit in finder.of_phrase(envoy)]


def _takers_of_demand(
    predicate: Token, finder: ActorFinder, answer_verbs: frozenset[str]
) -> list[ActorHit]:
    """ "Greek voters rejected the austerity terms demanded by the EU": terms demanded by
    someone are demanded of whoever must accept or reject them."""
    terms = predicate.head
    if predicate.dep_ != "acl" or predicate.tag_ != "VBN" or terms.dep_ != "dobj":
        return []
    verb = terms.head
    if verb.lemma_.lower() not in answer_verbs:
        return []
    doers = agents(verb) if is_passive(verb) else inherited_subject(verb)[0]
    return [hit for doer in doers for hit in finder.of_phrase(doer)]


def _answered_party(noun: Token, finder: ActorFinder) -> list[ActorHit]:
    """Whom a response is aimed at, for the act it answers ("punished [Moscow] for its
    invasion", "imposed sanctions on [Moscow] over its annexation"): the clause's object, or the
    "on"/"against" phrase of that object."""
    clause = noun.head.head
    objects = direct_objects(clause) if clause.pos_ in ("VERB", "AUX") else []
    aimed = [obj for o in objects for _, obj in prep_objects(o, {"on", "against"})]
    aimed += [obj for _, obj in prep_objects(clause, {"on", "against"})]
    for candidates in (objects, aimed):
        hits = [hit for token in candidates for hit in finder.of_phrase(token)]
        if hits:
            return hits
    return []


def _partners_of_content(heads: list[Token], finder: ActorFinder) -> list[ActorHit]:
    """ "signed agreements normalising relations [with Israel]", "a pact ending the war with
    X": whom the object's own clause says the act is with."""
    clauses = [
        clause
        for head in heads
        for owner in direct_objects(head)
        for clause in children(owner)
        if clause.dep_ == "acl" and clause.tag_ == "VBG"
    ]
    return prep_targets(
        ("with",), [*clauses, *(o for c in clauses for o in direct_objects(c))], finder
    )


def _hosts_of_occasion(predicate: Token, finder: ActorFinder) -> list[ActorHit]:
    """ "leaders were invited to the swearing-in of Indian Prime Minister Modi", "Kenya was
    invited to the G20 summit": with no one named as inviting, the one whose occasion it is
    invites (its owner, its "of" phrase or the name in front of it)."""
    occasions = [obj for _, obj in prep_objects(predicate, {"to"}) if obj.pos_ == "NOUN"]
    owners = [
        child
        for occasion in occasions
        for child in children(occasion)
        if child.dep_ in ("poss", "compound", "amod")
    ]
    # ("the swearing-in of X": the "of" phrase may hang on the compound's particle)
    parts = [
        part for o in occasions for part in (o, *children(o)) if part.i == o.i or part.dep_ == "prt"
    ]
    owners += [obj for part in parts for _, obj in prep_objects(part, {"of"})]
    return [hit for owner in owners for hit in finder.of_phrase(owner)]


def _list_end_taken_for_subject(predicate: Token) -> list[Token]:
    """ "called for the U.S., the UN, and European Union to intervene": the parser ends the
    list of those asked at "and" and hangs its last member on the verb, as a coordinated noun
    or as the subject of a coordinated "to" infinitive (which has no subject of its own): one
    more of those asked."""
    if not any(child.dep_ == "cc" for child in children(predicate)):
        return []
    asked_to = [
        clause.i for clause in children(predicate) if clause.tag_ == "VB" and has_to(clause)
    ]
    nouns = [
        child
        for child in children(predicate)
        if child.dep_ == "conj"
        and child.pos_ in ("PROPN", "NOUN")
        and any(child.i < clause for clause in asked_to)
    ]
    return nouns + [
        subject
        for clause in children(predicate)
        if clause.dep_ == "conj" and clause.tag_ == "VB" and has_to(clause)
        for subject in children(clause)
        if subject.dep_ == "nsubj" and subject.i < clause.i
    ]


def _represented(predicate: Token, finder: ActorFinder) -> list[ActorHit]:
    """ "a truce brokered by Sarkozy on behalf of the EU": the EU brokered it."""
    return [hit for token in done_on_behalf_of(predicate) for hit in finder.of_phrase(token)]


def _senders_of_contents(subject_tokens: list[Token], finder: ActorFinder) -> list[ActorHit]:
    """ "A shipment of Chinese vaccines arrived in Harare", "a plane carrying supplies from the
    UAE landed in Kabul": a load's sender is the state whose adjective marks what it carries,
    or the "from" phrase of it (the load's own adjective and "from" phrase are read before)."""
    contents = [item for subject in subject_tokens for item in _load_of(subject)]
    contents += [inner for item in list(contents) for _, inner in prep_objects(item, {"of"})]
    return prep_targets(("from",), contents, finder) or [
        hit for item in contents for hit in _state_named_by_adjective(item, finder)
    ]


def _load_of(vehicle: Token) -> list[Token]:
    """What a shipment or vehicle holds: "a shipment [of] vaccines", "a plane carrying
    [supplies]", "ships loaded with [rice]"; the carrying clause itself too, which the parser
    may give the load's "from" phrase ("a plane [carrying] medicines from Qatar")."""
    load = [item for _, item in prep_objects(vehicle, {"of"})]
    for clause in children(vehicle):
        if clause.dep_ != "acl" or clause.lemma_.lower() not in CARRYING_VERBS:
            continue
        load += [clause, *direct_objects(clause)]
        load += [item for _, item in prep_objects(clause, {"with"})]
    return load


def _state_named_by_adjective(noun: Token, finder: ActorFinder) -> list[ActorHit]:
    """The state a national adjective in front of a noun names ("the Turkish embassy"); a
    capital in the name of a document names where it was signed, not a party ("signed the
    [Budapest] Memorandum", "the [Minsk] agreements")."""
    return [
        hit
        for child in children(noun)
        if child.dep_ in ("amod", "compound")
        and (mention := finder.mention_at(child)) is not None
        and mention.kind == "state"
        and not _venue_in_document_name(noun, mention.alias_kind)
        for hit in finder.of_phrase(child)
    ]


def _venue_in_document_name(noun: Token, alias_kind: str | None) -> bool:
    """A capital modifying a document noun: "the Budapest Memorandum", "the Tehran Declaration"."""
    return alias_kind == "capital" and noun.lemma_.lower() in DOCUMENT_NOUNS


def reporters(
    clause: Token, finder: ActorFinder, claiming: frozenset[str] = frozenset()
) -> list[ActorHit]:
    """Who says a reported clause: the subject of the verb of saying (or of ``claiming``: "the
    rebels claim ...") it complements (also through a judgement: "said [it is likely] that Moscow
    was behind the attack"), or whom it is "according to"."""
    if clause.dep_ == "ccomp" and _judged_likely(clause.head):
        clause = clause.head if clause.head.dep_ != "acomp" else clause.head.head
    if clause.dep_ == "conj" and clause.head.dep_ == "ccomp":
        clause = clause.head  # "said Russian troops shelled the town and [killed] two people"
    told_by = [hit for token in _according_to(clause) for hit in finder.of_phrase(token)]
    if told_by:
        return told_by
    if _main_clause(clause) and finder.memory.speaker:
        # a statement's or speech's own sentence is its speaker's word: "In 2014 the Russian
        # Federation violated these commitments" in Ukraine's statement is Ukraine's charge
        return [ActorHit(finder.memory.speaker, clause.text, clause.i, None, None, "coref")]
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS | claiming:
        return []
    subject_tokens, _ = inherited_subject(clause.head)
    return [hit for token in subject_tokens for hit in finder.of_phrase(token)]


def _according_to(clause: Token) -> list[Token]:
    """Whom a clause is told by in its "according to" phrase: "[according to Kyiv], Russian
    drones hit a power plant"."""
    return [
        source
        for according in children(clause)
        if according.dep_ == "prep" and according.lower_ == "according"
        for to in children(according)
        if to.dep_ == "prep" and to.lower_ == "to"
        for source in children(to)
        if source.dep_ == "pobj"
    ]


def _judged_likely(word: Token) -> bool:
    """ "likely" in "it is likely that ...", or the "is" of it (the parser hangs the clause on
    either)."""
    if word.dep_ == "acomp":
        return word.lower_ in JUDGED_LIKELY
    return any(c.dep_ == "acomp" and c.lower_ in JUDGED_LIKELY for c in children(word))


def _bare_thanks(verb: Token) -> bool:
    """ "Thank you, Canada, for ...", "and thank you to the European Union", "Welcome to
    Oslo": thanks or a welcome with no subject, which in a speech are the speaker's (not the
    closing "Thank you.", which thanks no one in particular)."""
    own = children(verb)
    if not _main_clause(verb) or any(child.dep_ in ("nsubj", "nsubjpass") for child in own):
        return False
    preps = {child.lower_ for child in own if child.dep_ == "prep"}
    if verb.lower_ == "welcome":
        return "to" in preps
    return (
        verb.lower_ == "thank"
        and any(child.lower_ == "you" for child in own)
        and bool(preps & {"for", "to"})
    )


def _main_clause(clause: Token) -> bool:
    """The sentence's own assertion, not a clause inside it: "Russia violated the memorandum",
    "..., and it has breached the truce" (a coordinated main clause), not "Russia, which
    violated the memorandum" or "if Russia violates it"."""
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "ROOT"


HELPING_VERBS = words("helping_verbs")
FACING_PURPOSE_VERBS = words("facing_purpose_verbs")
TRADE_FLOW_NOUNS = words("trade_flow_nouns")
SURROUNDING_VERBS = words("surrounding_verbs")


def _infinitive_acts(head: Token) -> list[Token]:
    """The act ``head`` commits to: its ``to`` infinitive ("applied to join") or its "to" gerund
    ("committed to supplying", "pledged to helping")."""
    acts = []
    for child in children(head):
        if child.dep_ == "xcomp":
            acts.append(child)
        elif child.dep_ == "prep" and child.lower_ == "to":
            acts.extend(c for c in children(child) if c.dep_ == "pcomp" and c.tag_ == "VBG")
    return acts


def _complement_acts(predicate: Token, trigger: Trigger) -> list[Token]:
    """The promised act a rule with ``complements`` was matched by, whose phrases name the
    recipient: "vowed to retaliate [against Israel] for a strike that hit a building in X"."""
    if not trigger.rule.complements:
        return []
    return [
        act for act in _infinitive_acts(predicate) if act.lemma_.lower() in trigger.rule.complements
    ]


def _helped(clause: Token) -> list[Token]:
    """Whom a "to" clause is for: its object ("to supply [Egypt]"), or who is helped to do
    something ("to help [Poland] strengthen the fence", parsed as the complement's subject)."""
    objects = direct_objects(clause)
    if objects or clause.lemma_.lower() not in HELPING_VERBS:
        return objects
    return [
        subject
        for complement in children(clause)
        if complement.dep_ in ("ccomp", "xcomp")
        for subject in children(complement)
        if subject.dep_ == "nsubj"
    ]


def _asked_for(clause: Token) -> bool:
    """A complement clause that states what is asked: "to respond", "should leave", "that
    they give access"."""
    auxiliaries = {a.lower_ for a in children(clause) if a.dep_ == "aux"}
    if clause.dep_ == "advcl":  # "called for [the UN] to intervene"
        marks = {m.lower_ for m in children(clause) if m.dep_ == "mark"}
        return ("for" in marks or _dangling_for(clause.head)) and "to" in auxiliaries
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False
    return bool(auxiliaries & {"to", "should"}) or (
        clause.dep_ == "ccomp"
        and (is_subjunctive(clause) or mandative(clause) or _bare_infinitive(clause))
    )


def _bare_infinitive(clause: Token) -> bool:
    """ "helped the Estonian authorities [repel] the attacks": after "help" or "let" a plural
    subject's bare verb is tagged as a present tense, yet it is what the help lets them do."""
    return (
        clause.head.lemma_.lower() in BARE_INFINITIVE_VERBS
        and clause.tag_ in ("VB", "VBP")
        and not any(child.dep_ in ("aux", "mark") for child in children(clause))
    )


def _dangling_for(verb: Token) -> bool:
    """ "called for [France, Iran and the EU to mediate]": the parser left "for" without an
    object and made the ones asked the subject of the infinitive."""
    return any(
        child.dep_ == "prep" and child.lower_ == "for" and not any(True for _ in children(child))
        for child in children(verb)
    )


def _objects_of(predicate: Token, trigger: Trigger) -> list[Token]:
    """The predicate's objects and the rule's matched object: "thanked [his guest] for X's support"
    hangs the "for" phrase on the object."""
    objects = direct_objects(predicate)
    if trigger.object is not None and all(o.i != trigger.object.i for o in objects):
        objects.append(trigger.object)
    # "offers [of rescue teams] from Spain": the phrase hangs on what the object contains.
    contents = [
        grand
        for obj in objects
        for child in children(obj)
        if child.dep_ == "prep" and child.lower_ == "of"
        for grand in children(child)
        if grand.dep_ == "pobj" and grand.pos_ == "NOUN"
    ]
    return objects + contents


def _standing_subjects(trigger: Trigger, spec: str) -> list[Token]:
    """ "the Indian embassy in Kabul reopened": a rule's subject noun that stands somewhere
    names the place on itself."""
    if spec != "in" or not trigger.rule.subjects:
        return []
    return [c for c in children(trigger.predicate) if c.dep_ in ("nsubj", "nsubjpass")]


def _site_states(heads: list[Token], finder: ActorFinder) -> list[ActorHit]:
    """Where the thing invested in or built stands: "invest in a plant [in Uzbekistan]", "built
    a factory [near Berlin]", "poured money into [Indonesia's] smelters", "the [Angolan] line"."""
    things = [obj for h in heads for _, obj in prep_objects(h, SITE_PREPOSITIONS)]
    things += [o for h in heads for o in direct_objects(h)]
    places = [place for thing in things for _, place in prep_objects(thing, STANDING_PREPOSITIONS)]
    hits = [hit for place in places for hit in finder.of_phrase(place)]
    # "a chip plant in Texas", "a refinery in Gwadar": a city or region's own state
    hits = hits or [hit for place in places for hit in state_of_place(place, finder)]
    if not hits:
        hits = [
            hit
            for thing in things
            for child in children(thing)
            if child.dep_ == "poss"
            for hit in finder.of_phrase(child)
        ]
    if not hits:
        hits = [hit for thing in things for hit in _state_named_by_adjective(thing, finder)]
    return hits


def _owners_of_hit(heads: list[Token], finder: ActorFinder) -> list[ActorHit]:
    """Whom a blow at a thing hits: the thing's owner, named by a possessor or a national
    adjective ("shot down [Russian] drones", "fired missiles at [the U.S.] base"), else the state
    it stands in ("stormed a village in [Kosovo]")."""
    things = [obj for h in heads for _, obj in prep_objects(h, HIT_PREPOSITIONS)]
    things += [o for h in heads for o in direct_objects(h)]  # after the aim: not the weapon
    things = [t for thing in things for t in expand_conjuncts(thing)]
    owners = [
        hit
        for thing in things
        for child in children(thing)
        if child.dep_ == "poss"
        for hit in finder.of_phrase(child)
    ]
    owners = owners or [hit for t in things for hit in _state_named_by_adjective(t, finder)]
    # (a name inside the noun phrase carries the adjective: "the [U.S.] Al Udeid air base")
    owners = owners or [hit for t in things for hit in finder.owner_inside_name(t)]
    owners = owners or _owners_of_parts(things, finder)
    # "attacked a [Greek]-owned tanker", "shelled [rebel]-held positions"
    owners = owners or [hit for t in things for hit in place_holders(t, finder)]
    # "struck positions [held by Hezbollah]", "shot down planes [flown by] the group"
    owners = owners or [
        hit
        for t in things
        for hit in _named_by_participle(t, HOLDING_VERBS | OPERATING_VERBS, finder)
    ]
    owners = owners or [
        hit
        for thing in things
        for _, place in prep_objects(thing, STRUCK_AREA_PREPOSITIONS)
        for hit in _place_holder_or_state(place, finder)
    ]
    # "attacked an oil refinery [in Russia]", "hit facilities [across Ukraine]": the place phrase
    # the parser hangs on the verb still says where the things struck stand
    # (not the blow itself: "killed [in] Russian strikes on Kharkiv" is no place)
    blows = {h.i for h in heads}
    owners = owners or [
        hit
        for h in heads
        if things
        for _, place in prep_objects(h, STRUCK_AREA_PREPOSITIONS)
        if place.i not in blows
        for hit in _place_holder_or_state(place, finder)
    ]
    # "captured Mosul", "seized control of Mosul", "overran the town of Konna": a named place
    # taken or struck is its country's
    named = _of_chain(things + [o for h in heads for _, o in prep_objects(h, {"of"})])
    return owners or [hit for place in named for hit in state_of_place(place, finder)]


def _hosts_of_posts(heads: list[Token], finder: ActorFinder) -> list[ActorHit]:
    """The states an envoy or embassy is posted in: "recalled its ambassadors [in Mexico,
    Argentina and Bolivia]", "closed its embassy [in Kabul]" (also where the parser hangs the
    "in" right after the envoy on the verb)."""
    posted = [head for head in heads if head.lemma_.lower() in POSTED_ABROAD]
    places = [place for head in posted for _, place in prep_objects(head, {"in"})]
    places += [
        place
        for head in posted
        for _, place in prep_objects(head.head, {"in"})
        if head.dep_ == "dobj" and place.head.i == head.right_edge.i + 1
    ]
    return [hit for place in places for hit in finder.of_phrase(place)]


def _place_holder_or_state(place: Token, finder: ActorFinder) -> list[ActorHit]:
    """Whom a blow at a place hits: its holder when the text names one, else what the place
    names."""
    return place_holders(place, finder) or finder.of_phrase(place)


def place_holders(place: Token, finder: ActorFinder) -> list[ActorHit]:
    """Who the text says holds a place: "[Houthi]-controlled Yemen", "[rebel]-held Idlib",
    "positions held by [Hezbollah]"."""
    return [
        hit
        for held in children(place)
        if held.dep_ == "amod" and held.tag_ == "VBN" and held.lemma_.lower() in HOLDING_VERBS
        for holder in children(held)
        if holder.dep_ in ("npadvmod", "compound", "nmod", "amod") and holder.i < held.i
        for hit in finder.of_phrase(holder)
    ] or _named_by_participle(place, HOLDING_VERBS, finder)


def _named_by_participle(
    thing: Token, verbs: frozenset[str], finder: ActorFinder
) -> list[ActorHit]:
    """The "by X" of a participle that says whose a thing is: "areas [controlled by the SDF]",
    "planes [flown by] an exile group"."""
    return [
        hit
        for clause in children(thing)
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in verbs
        for agent in agents(clause)
        for hit in finder.of_phrase(agent)
    ]


def _owners_of_parts(
    things: list[Token], finder: ActorFinder, *, owners_only: bool = False
) -> list[ActorHit]:
    """Whose the people or parts a blow hits are, named by the "of" phrase they are of: "the
    crew of a [Tunisian] boat", "thousands of [Rohingya] civilians", "two members of [Hamas's]
    delegation" (a place's name is its state's, read after the thing's own place). With
    ``owners_only``, only an owner named in front counts, not what the "of" noun itself names
    ("elements of [Iran's] government", not "bases of the group Jaish al-Adl")."""
    inner = [noun for noun in _of_chain(things)[len(things) :] if noun.pos_ != "PROPN"]
    for noun in inner:
        owners = [
            hit
            for child in children(noun)
            if child.dep_ == "poss"
            or (child.dep_ in ("amod", "compound") and finder.mention_at(child) is not None)
            for hit in finder.of_phrase(child)
        ]
        if not owners_only:
            owners = owners or finder.of_phrase(noun)
        if owners:
            return owners
    return []


def _of_chain(nouns: list[Token], depth: int = 3) -> list[Token]:
    """Nouns and the "of" phrases they hold: "control [of] most [of] Goma"."""
    found = list(nouns)
    layer = nouns
    for _ in range(depth):
        layer = [obj for noun in layer for _, obj in prep_objects(noun, {"of"})]
        found += layer
    return found


def state_of_place(place: Token, finder: ActorFinder) -> list[ActorHit]:
    """The state a named city or region lies in ("Mosul": Iraq), by its name or the gazetteer."""
    if place.pos_ != "PROPN" or any(
        child.dep_ == "compound" and child.pos_ == "NOUN" for child in children(place)
    ):
        return []  # "the car carrier Galaxy Leader": a thing's name
    hits = finder.of_phrase(place)
    if hits:
        return hits
    # only in a state the document names ("Poti" is also a town in Brazil), unless the place is
    # known by its name alone ("a factory in Texas", "strikes on Mosul") or has no namesake
    # abroad ("seized Mariupol")
    mentioned = finder.mentioned()
    name = place_name(place)
    found = finder.registry.place(name, near=mentioned)
    if found is None or found.kind not in PLACE_KINDS:
        return []
    if (
        found.country not in mentioned
        and not found.prominent
        and not _sole_place(place, name, finder)
    ):
        return []
    return [ActorHit(found.country, place.text, place.i, via="location")]


# What the tagger may take a little-known town for ("Mariupol" as ORG, "Kharkiv" as FAC); not a
# person or a date ("on 1 March" is no town in Cambridgeshire).
SOLE_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _sole_place(place: Token, name: str, finder: ActorFinder) -> bool:
    """A name the tagger reads as a place or body with no namesake abroad ("seized Mariupol"),
    or as a person when it is one word that no person the registry knows bears ("shelled
    Kherson", which the small model tags a person)."""
    tagged = place.ent_type_ in SOLE_PLACE_ENTITIES or (
        place.ent_type_ == "PERSON"
        and " " not in name
        and not finder.registry.is_person_name_word(name)
    )
    return tagged and len(finder.registry.place_countries(name)) == 1


# Gazetteer entries that lie inside a state (a country's own name is an actor, read above).
PLACE_KINDS = frozenset({"city", "region", "landmark"})


def place_name(token: Token) -> str:
    """The proper name a token ends: "Jalal-Abad", "Kamianske", "San Cristobal"."""
    start = token.i
    while (
        start > token.sent.start
        and token.doc[start - 1].dep_ == "compound"
        and (token.doc[start - 1].pos_ == "PROPN")
    ):
        start -= 1
    return token.doc[start : token.i + 1].text


OWNER_PLACE_PREPS = words("owner_place_preps")


def _landing_owners(
    predicate: Token, weapon: Token, places: frozenset[str], finder: ActorFinder
) -> list[ActorHit]:
    """Whose waters or land a launched weapon reached: a country flown over, or the owner of
    the sea or zone it came down in (possessor, national adjective, "around"/"off" phrase)."""
    hits: list[ActorHit] = []
    for place in landing_places(predicate, weapon, places):
        if place.ent_type_ in ("GPE", "LOC"):
            hits.extend(finder.of_phrase(place))
            continue
        owners = [child for child in children(place) if child.dep_ == "poss"]
        found = [hit for owner in owners for hit in finder.of_phrase(owner)]
        found = found or _state_named_by_adjective(place, finder)
        found = found or [
            hit
            for _, obj in prep_objects(place, OWNER_PLACE_PREPS)
            for hit in finder.of_phrase(obj)
        ]
        hits.extend(found)
    return hits


def _places_of(predicate: Token, spec: str) -> list[Token]:
    """ "launched an offensive in the region against X": the parser often hangs the recipient's
    phrase on the place the act happened in."""
    if spec in LOCATION_PREPS:
        return []
    return [
        grand
        for child in children(predicate)
        if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]


def _followers(predicate: Token) -> list[Token]:
    """ "Australia deployed police at Sogavare's request, followed by Papua New Guinea, Fiji
    and New Zealand": those who followed did the same act."""
    return [
        name
        for clause in children(predicate)
        if clause.dep_ == "advcl"
        and clause.lemma_.lower() == "follow"
        and clause.tag_ == "VBN"
        and clause.i > predicate.i
        for agent in children(clause)
        if agent.dep_ == "agent"
        for name in children(agent)
        if name.dep_ == "pobj"
    ]


def _doers_alike(predicate: Token) -> list[Token]:
    """ "Kenya condemned the coup, as did Nigeria", "France has recognised the state, as have
    Spain and Ireland": the subjects of an "as did/have" clause did the same act."""
    return [
        name
        for clause in children(predicate)
        if clause.dep_ == "advcl"
        and clause.i > predicate.i
        and clause.lemma_.lower() in ("do", "have")
        and any(child.dep_ == "mark" and child.lower_ == "as" for child in children(clause))
        and not any(child.dep_ in ("dobj", "xcomp", "ccomp") for child in children(clause))
        for subject in children(clause)
        if subject.dep_ == "nsubj"
        for name in (subject, *subject.conjuncts)
    ]


def _ones_before(predicate: Token) -> list[Token]:
    """ "the UAE became the third Arab state, after Egypt and Jordan, to establish relations":
    those an ordinal ranking names before the subject did the act before it."""
    if not has_to(predicate):
        return []
    head = predicate.head
    if predicate.dep_ not in ("advcl", "acl", "relcl", "xcomp") or head.i == predicate.i:
        return []
    nouns = [head] if head.pos_ == "NOUN" else [c for c in children(head) if c.dep_ == "attr"]
    if not any(
        child.dep_ == "amod" and child.ent_type_ == "ORDINAL"
        for noun in nouns
        for child in children(noun)
    ):
        return []
    return [
        grand
        for owner in [head, *nouns]
        for child in children(owner)
        if child.dep_ == "prep" and child.lower_ == "after"
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]


def _sides_between(thing: Token, finder: ActorFinder) -> list[ActorHit]:
    """The two or more sides of "relations between A and B" (none for a single name)."""
    sides = _distinct(prep_targets(("between",), [thing], finder))
    return sides if len(sides) > 1 else []


def _stray_agents(noun: Token, clause: Token) -> list[Token]:
    """ "sanctions imposed by the UN, the EU and Washington": parsers often hang the list's
    later names on the noun rather than on the first agent; names coordinated with the noun
    after its "by" clause continue that clause's list of agents."""
    if not agents(clause):
        return []
    return [
        child
        for child in children(noun)
        if child.dep_ == "conj" and child.i > clause.i and child.pos_ == "PROPN"
    ]


MONEY_NOUNS = words("money_nouns")
REFUGE_NOUNS = words("refuge_nouns")


def _named_pair(predicate: Token, finder: ActorFinder) -> list[ActorHit]:
    """ "the EU-China investment deal that was agreed in December": a pact named after its two
    parties, in front of the noun, was agreed between them."""
    nouns = [antecedent(s) or s for s in passive_subjects(predicate)]
    if predicate.dep_ == "relcl":
        nouns.append(predicate.head)
    for noun in nouns:
        names = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound"]
        hits = _distinct([hit for name in names for hit in finder.of_phrase(name)])
        if len(hits) == 2:
            return hits
    return []


def _givers_named_on(trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
    """ "Germany's aid to Sudan was announced", "US funding was approved": the giver named on
    the passive subject the rule matched."""
    given = trigger.object
    if given is None or given.dep_ != "nsubjpass":
        return []
    return named_in_front(given, finder)


def gives_refuge(trigger: Trigger) -> bool:
    """The act gives refuge ("granted asylum", "offered shelter"): to people, not a state."""
    return trigger.object is not None and trigger.object.lemma_.lower() in REFUGE_NOUNS


def _refuge_givers(trigger: Trigger, finder: ActorFinder) -> list[ActorHit]:
    """ "Assad had been granted asylum in Moscow": refuge given with no giver named is given
    by the state of the place it is found in."""
    refuge = trigger.object
    if refuge is None or not gives_refuge(trigger):
        return []
    return [
        hit
        for head in (refuge, trigger.predicate)
        for _, place in prep_objects(head, {"in"})
        for hit in state_of_place(place, finder)
    ]


def named_in_front(noun: Token, finder: ActorFinder) -> list[ActorHit]:
    """Actors a noun's possessor or modifiers in front name ("Germany's aid", "US aid")."""
    return [
        hit
        for child in children(noun)
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i
        for hit in finder.of_phrase(child)
    ]


def lenders(predicate: Token, finder: ActorFinder) -> list[ActorHit]:
    """ "financed by loans from the Export-Import Bank of China", "built with loans from China":
    who gave the money."""
    paid_with = [agent for agent in agents(predicate)] + [
        obj for _, obj in prep_objects(predicate, {"with"})
    ]
    money = [agent for agent in paid_with if agent.lemma_.lower() in MONEY_NOUNS]
    return prep_targets(("from", "of", "poss"), money, finder) if money else []


# Common nouns for a body whose list of members a clause can give ("the bloc includes A").
BODY_NOUNS = ORGANISATION_NOUNS | {"member", "membership", "community", "commonwealth", "group"}


def _speaker_of_adjunct(trigger: Trigger) -> tuple[list[Token], Token | None] | None:
    """ "Ukraine said Russia had violated the truce, accusing it of shelling towns": a spoken
    act in a comma-set "-ing" adjunct of the reported clause is the speaker's (subjects and
    the reporting verb), not the reported clause's subject's; None when that is not the case."""
    if trigger.rule.type not in SPOKEN_ACT_TYPES or trigger.noun is not None:
        return None
    reporter = reporter_of_adjunct(trigger.predicate, REPORTING_VERBS)
    speakers = subjects(reporter) if reporter is not None else []
    return (speakers, reporter) if speakers else None


def _named_for_members(subject_tokens: list[Token]) -> list[Token]:
    """ "A and B, both members of ECOWAS, agreed": the members named act, not the organisation
    they belong to ("whose members A and B joined" likewise)."""
    return [named for token in subject_tokens for named in (named_members(token) or [token])]


def _has_members(subject: Token) -> bool:
    """The subject of "includes A and B" is an organisation (named, a pronoun, "the bloc", "its
    members"), not a summit, a guest list or its observers, which include non-members."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return True  # a name ("the CSTO", sometimes tagged a noun) or a pronoun
    return subject.lemma_.lower() in BODY_NOUNS


def _distinct(hits: list[ActorHit]) -> list[ActorHit]:
    """One hit per actor ("ECOWAS -- the Economic Community of West African States --")."""
    first: dict[str, ActorHit] = {}
    for hit in hits:
        first.setdefault(hit.actor_id, hit)
    return list(first.values())


def _multilateral_instrument(rule: TriggerRule, sources: list[ActorHit]) -> bool:
    """ "Uzbekistan, China, Russia, Kazakhstan and Kyrgyzstan signed the declaration": a text
    signed by more than four parties is multilateral (four, as the Budapest Memorandum's, pair
    the first named with each other one); none of its signers supports another
    in particular (the first named leads no one), so no pair of them is an event."""
    return rule.type == "SUPPORT" and len(sources) > MAX_PAIRED_SIGNERS


def _mutual_pairs(
    parties: list[ActorHit], *, every_pair: bool = False
) -> list[tuple[ActorHit, ActorHit | None]]:
    if len(parties) <= (MAX_JOINT_PARTIES if every_pair else MAX_MUTUAL_PARTIES):
        return list(combinations(parties, 2))
    lead, *others = parties
    return [(lead, other) for other in others]


def _against(modifier: Token) -> bool:
    """ "anti-Japanese demonstrations": the modifier names the target, not the actor."""
    left = modifier.doc[modifier.left_edge.i : modifier.i + 1].text.lower()
    # The parser may hang "anti", "-" and "Japanese" each on the noun.
    before = [modifier.doc[i].lower_ for i in range(max(modifier.i - 2, 0), modifier.i)]
    return left.startswith("anti") or "anti" in before


def _also_named(predicate: Token, finder: ActorFinder) -> list[ActorHit]:
    """Actors of "in addition to X", "besides X", "apart from X", "together with X" and
    "along with X" on a clause."""
    found: list[ActorHit] = []
    for child in children(predicate):
        if child.dep_ != "prep":
            continue
        phrase = [child]
        if child.lower_ == "in":  # "in addition to"
            phrase = [
                to
                for addition in children(child)
                if addition.lower_ == "addition"
                for to in children(addition)
                if to.lower_ == "to"
            ]
        elif child.lower_ == "apart":
            phrase = [grand for grand in children(child) if grand.lower_ == "from"]
        elif joined_with(child):  # "together with Sweden", "along with Sweden"
            phrase = joined_with(child)
        elif child.lower_ != "besides":
            continue
        for prep in phrase:
            for target in children(prep):
                if target.dep_ == "pobj":
                    found.extend(finder.of_phrase(target))
    return found


def _absolute_participle(predicate: Token) -> bool:
    """ "with two officials killed": a past participle with a subject and no auxiliary."""
    deps = {child.dep_ for child in children(predicate)}
    if "nsubj" not in deps or deps & {"aux", "auxpass"}:
        return False
    if deps & {"ccomp", "dobj"}:
        return False  # "the ministry charged that ...", a past tense tagged as a participle
    after_with = any(c.dep_ == "mark" and c.lower_ == "with" for c in children(predicate)) or (
        predicate.dep_ == "pcomp" and predicate.head.lower_ == "with"
    )
    return predicate.tag_ == "VBN" or (predicate.tag_ == "VBD" and after_with)


def _visiting_guest(trigger: Trigger) -> Token | None:
    """ "visiting Japanese Prime Minister Shinzo Abe": "visiting" in front of a person with no
    subject of its own is no visit to that person but the person's visit (the parser reads the
    person as its object)."""
    predicate = trigger.predicate
    if trigger.rule.mode != "visit" or predicate.lower_ != "visiting" or trigger.noun is not None:
        return None
    if predicate.dep_ == "ROOT" or any(c.dep_ in ("nsubj", "aux") for c in children(predicate)):
        return None  # "Abe is visiting President Rouhani", "while Abe was visiting ..."
    if predicate.dep_ == "amod":  # parsed as it is meant
        guests = [predicate.head] if predicate.head.i > predicate.i else []
    else:
        guests = [c for c in children(predicate) if c.dep_ == "dobj"]
    for guest in guests[:1]:
        words = [t for t in guest.subtree if predicate.i < t.i <= guest.i]
        right_after = bool(words) and words[0].i == predicate.i + 1
        if not right_after or words[0].lower_ in ("the", "a", "an"):
            continue  # "visiting the Chinese president" visits him
        if guest.ent_type_ == "PERSON" or any(t.lower_ in PERSON_TITLES for t in words):
            return guest
    return None


def _clause_actor_above(predicate: Token) -> list[Token]:
    """The subject (or passive agent) of the nearest clause above ``predicate`` that has one."""
    current = predicate
    for _ in range(6):
        if current.head.i == current.i:
            return []
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            found = [c for c in children(current) if c.dep_ == "nsubj"]
            if found:
                return found
    return []


def _participle(predicate: Token) -> bool:
    """ "talks brokered by Qatar", "a Qatar-brokered truce": a past participle on a noun."""
    if agent_compound(predicate):
        return True
    return predicate.dep_ == "acl" and predicate.tag_ == "VBN" and not active_participle(predicate)


def _described_actors(noun: Token, finder: ActorFinder) -> list[ActorHit]:
    """The actor a common noun describes: "Hezbollah, [a militia] backed by Iran" (apposition),
    "Hezbollah is [a militia] backed by Iran" (predicate noun)."""
    if noun.pos_ != "NOUN":
        return []
    if noun.dep_ == "appos":
        return finder.of_phrase(noun.head)
    if noun.dep_ == "attr":
        return [
            hit
            for child in children(noun.head)
            if child.dep_ == "nsubj"
            for hit in finder.of_phrase(child)
        ]
    return _misparsed_apposition(noun, finder)


def _misparsed_apposition(noun: Token, finder: ActorFinder) -> list[ActorHit]:
    """ "the Iran-backed [militia] Kataib Hezbollah": the name right after the noun, which the
    parser hung elsewhere (as the subject of the next verb), is the one the noun describes."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is not None and after.pos_ == "PROPN" and after.head.i != noun.i:
        name = after
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head
        return finder.of_phrase(name)
    return []


def _reduced_passive(trigger: Trigger) -> bool:
    """ "a Canadian citizen shot dead near Vancouver", tagged as a past tense: a transitive act
    on a noun with no object of its own is done to that noun."""
    predicate = trigger.predicate
    return (
        predicate.dep_ == "acl"
        and predicate.tag_ == "VBD"
        and "dobj" in trigger.rule.target
        and trigger.noun is None
        and not any(child.dep_ in ("dobj", "nsubj", "prt") for child in children(predicate))
    )


def pledged_things(trigger: Trigger) -> bool:
    """ "Niger, Togo and Senegal promised 500 troops", "Britain and Japan pledged $10 million":
    a promise of something to give is each promiser's own, not an agreement between them (a
    promise to act, "pledged to respect the truce", may be)."""
    if trigger.rule.type != "AGREE" or trigger.noun is not None:
        return False
    if trigger.predicate.lemma_.lower() not in PLEDGING_VERBS:
        return False  # "proposed a plan", "expressed willingness": no thing to give
    return any(
        child.dep_ == "dobj" and child.pos_ in ("NOUN", "NUM", "SYM")
        for child in children(trigger.predicate)
    )


def _mutual_type(rule: TriggerRule) -> bool:
    """Coordinated subjects of a cooperative act act on each other; attendees of a summit,
    co-mediators and those who praise or welcome a thing together do not."""
    return (
        rule.type in MUTUAL_TYPES
        and rule.mode not in ("multilateral", "third-party")
        and not rule.one_sided
    )


def _pair_praising(trigger: Trigger) -> bool:
    """ "a deal that both governments hailed", "the two countries welcomed the visit": the story's
    pair praising a thing of their own praise each other, unlike "Japan and Vietnam welcomed
    the ruling" (each alone, as `one_sided` has it)."""
    if not trigger.rule.one_sided or trigger.noun is not None:
        return False
    return any(
        child.dep_ == "nsubj" and is_pair_phrase(_phrase_to(child))
        for child in children(trigger.predicate)
    )


def _phrase_to(head: Token) -> str:
    """The words of a noun phrase up to its head ("both [Arab] governments")."""
    return head.doc[head.left_edge.i : head.i + 1].text


def _visitor_first(
    source: ActorHit, target: ActorHit | None, place: Location
) -> tuple[ActorHit, ActorHit | None]:
    """Visits go from the visitor to the host: the party met on its own soil is the target."""
    if target is not None and source.actor_id == place.country and target.actor_id != place.country:
        return target, source
    return source, target


def mutual(predicate: Token, noun: Token | None = None) -> bool:
    """ "accused each other", "met one another", "embassies in each other's capitals": the
    subjects act on each other. The event noun itself owned by "each other" ("each other's
    capital") is a thing, not an act between them."""
    doc = predicate.doc
    left, right = predicate.left_edge.i, predicate.right_edge.i
    candidates = [doc[i] for i in reciprocal_words(doc) if left <= i <= right]
    return any(
        (child.nbor(-1).lower_ in ("each", "one") or _the_other_of_each(child, predicate))
        and (
            child.dep_ in ("dobj", "pobj")
            or (child.dep_ == "poss" and (noun is None or child.head.i != noun.i))
        )
        and predicate.is_ancestor(child)
        for child in candidates
    )


def _the_other_of_each(other: Token, predicate: Token) -> bool:
    """ "each side accused the other": "the other" of a subject counted with "each"."""
    return other.nbor(-1).lower_ == "the" and any(
        child.dep_ == "nsubj" and any(det.lower_ == "each" for det in children(child))
        for child in children(predicate)
    )


RECIPROCAL_KEY = "diplograph.reciprocal_words"


def reciprocal_words(doc: Doc) -> tuple[int, ...]:
    """Indices of "other"/"another" after a first word, found once per document (``mutual`` is
    asked for every trigger and would otherwise walk the clause each time)."""
    found = doc.user_data.get(RECIPROCAL_KEY)
    if found is None:
        found = doc.user_data[RECIPROCAL_KEY] = tuple(
            token.i for token in doc if token.i > 0 and token.lower_ in ("other", "another")
        )
    return found  # type: ignore[no-any-return]


def _indirect_objects(predicate: Token, passive: bool) -> list[Token]:
    """Whom a thing is given: the dative ("granted [Glas] asylum"), or in a passive that keeps
    its thing as object the passive subject ("[Glas] had been granted asylum by Mexico")."""
    datives = [token for token in children(predicate) if token.dep_ == "dative"]
    if datives or not passive:
        return datives
    if not any(child.dep_ == "dobj" for child in children(predicate)):
        return []
    return passive_subjects(predicate)
