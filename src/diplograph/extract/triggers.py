"""Find event triggers in a parsed sentence: verbs of the lexicon and event nouns under light verbs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from diplograph.extract.attach import SETTLEMENT_NOUNS
from diplograph.extract.crowds import is_crowd
from diplograph.extract.lexicon import Lexicon, TriggerRule
from diplograph.extract.modality import modality_of
from diplograph.extract.syntax import (
    ACTIVE_FORMS,
    DIRECTION_ADVERBS,
    agent_compound,
    agents,
    clause_root,
    completed_verb_subjects,
    described_across_comma,
    direct_objects,
    expand_conjuncts,
    governing_verb,
    has_to,
    infinitive_controllers,
    inherited_subject,
    is_contingent,
    joining_contingents,
    landing_places,
    named_members,
    noun_agent_objects,
    partitive_head,
    passive_subjects,
    prep_objects,
    request_of,
    sets_a_deadline,
    shared_objects,
    to_complements,
)
from diplograph.extract.tree import children, sentence_of
from diplograph.resolve.coreference import is_pair_phrase
from diplograph.wordlists import words

# "hosted Aliyev", "summoned the envoy": an actor object must be the verb's own object, not
# the object of a preposition ("called on Ethiopia" is no phone call).
ACTOR_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "attr", "conj", "appos"})
# Who helps: "with the help of X", "with help from X".
HELPER_PREPS = ("of", "from")
# "in [response] to a request from X": what answers the request named after it.
ANSWER_NOUNS = ("response", "answer", "reply")
FLIP_LIGHT_VERBS = words("flip_light_verbs")
END_NOUNS = words("end_nouns")
UNDOING_NOUNS = words("undoing_nouns")
ANSWERABILITY_NOUNS = words("answerability_nouns")
SOUGHT_NOUNS = words("sought_nouns")
JOINT_WORDS = words("joint_words")
# Where a gerund stands as a noun phrase: "[fighting] spread", "after [fighting] between X and Y".
GERUND_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "pobj", "dobj"})
ActorKindOf = Callable[[Token], "str | None"]


@dataclass(frozen=True)
class Trigger:
    """A lexicon rule matched in a sentence.

    ``predicate`` is the verb whose subject and modality the event takes; ``noun`` the event
    noun for nominal triggers; ``object`` the noun that satisfied the rule's ``objects``.
    """

    rule: TriggerRule
    predicate: Token
    noun: Token | None = None
    object: Token | None = None

    @property
    def anchor(self) -> Token:
        return self.noun if self.noun is not None else self.predicate

    @property
    def flipped(self) -> bool:
        return self.rule.flip or (
            self.noun is not None
            and (self.predicate.lemma_ in FLIP_LIGHT_VERBS or self.rule.answered)
        )


def find_triggers(sentence: Span, lexicon: Lexicon, actor_kind: ActorKindOf) -> Iterator[Trigger]:
    """Every trigger in ``sentence``; a noun used as a verb trigger's object is not counted twice."""
    used_nouns: set[int] = set()
    verb_triggers = []
    tokens = list(sentence)  # one pass of spaCy token objects for both loops
    for token in tokens:
        if (
            token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or _verb_tagged_noun(token)
        ) and not _participle_as_noun(token):
            found = _verb_trigger(token, lexicon, actor_kind)
            if found is not None and not _restates_its_subject(found, lexicon):
                verb_triggers.append(found)
                hosting = _host_of_sides(found, lexicon)
                if hosting is not None:
                    verb_triggers.append(hosting)
                companion = _companion_trigger(found, lexicon, actor_kind)
                if companion is not None:
                    verb_triggers.append(companion)
                if found.rule.mode == "third-party" or _hosted_meeting(found):
                    # "talks brokered by Qatar", "talks hosted by Malaysia": the talks are still
                    # the sides' own
                    continue
                used_nouns.update(obj.i for obj in direct_objects(found.predicate))
                if found.object is not None:
                    used_nouns.update(_objects_alike(found.object, found.rule))
    yield from verb_triggers
    hosted = {t.object.i for t in verb_triggers if t.rule.type == "HOSTS" and t.object is not None}
    # "was founded at a meeting in Wellington by A, B and C": the clause tells a membership,
    # and the meeting it happened at is no talks between the founders.
    relations = {t.predicate.i for t in verb_triggers if t.rule.type == "MEMBER_OF"}
    heads = lexicon.noun_heads
    for token in tokens:
        if (
            token.pos_ not in ("NOUN", "PROPN", "ADJ")
            and not _nominal_gerund(token)
            and not plural_noun_read_as_verb(token)
        ):
            continue
        if (
            token.lemma_.lower() not in heads
            and token.lower_ not in heads
            and _hyphenated_form(token) not in heads
        ):
            continue  # names no event, however modified
        if token.ent_type_ in ("DATE", "TIME"):
            continue  # "in March" is no march
        # "hosted talks between A and B": the host hosts, and A and B talk with each other.
        meets = token.i in hosted and _between_pair(token)
        if token.i not in used_nouns or meets:
            # "agreed to a request from Turkey": what the verb answers, before other readings
            found = _answered_trigger(token, lexicon) or _noun_trigger(token, lexicon, actor_kind)
            if found is not None and not (
                (found.rule.circumstance and found.predicate.i in relations)
                or _halted_meeting(found, lexicon)
            ):
                yield found
        else:  # "rejected calls from X": the rejection, and the request it answers
            answered = _answered_trigger(token, lexicon) or _named_blow(token, lexicon, actor_kind)
            if answered is not None:
                yield answered
        if token.i not in hosted:
            venue = _venue_trigger(token, lexicon)
            if venue is not None:
                yield venue


def _named_blow(token: Token, lexicon: Lexicon, actor_kind: ActorKindOf) -> Trigger | None:
    """A use of force a verb acts on that names its doer and whom it hit ("air defences repelled
    [Iran's attack on Israel]"): the blow is told as a fact besides the verb's own act."""
    for rule in _noun_rules(token, lexicon):
        if rule.type in FORCE_NOUN_TYPES and not rule.venue and _saturated(token, rule, actor_kind):
            weaker = replace(rule, confidence=round(rule.confidence - 0.1, 2))
            return Trigger(weaker, governing_verb(token) or token.head, noun=token)
    return None


def _hosted_meeting(trigger: Trigger) -> bool:
    """ "after talks hosted by Malaysia": a host named in a participle after the meeting hosts it,
    and the meeting is still held by the clause's sides."""
    predicate = trigger.predicate
    return (
        trigger.rule.type == "HOSTS"
        and predicate.dep_ == "acl"
        and predicate.tag_ == "VBN"
        and trigger.object is not None
        and trigger.object.i == predicate.head.i
    )


def _objects_alike(matched: Token, rule: TriggerRule) -> list[int]:
    """ "agreed to a ceasefire and the pullback of heavy weapons": the matched object and the
    nouns coordinated with it that the rule also names are one act, read once by the verb."""
    return [
        noun.i
        for noun in expand_conjuncts(matched)
        if noun.i == matched.i or noun.lemma_.lower() in rule.objects
    ]


def _halted_meeting(trigger: Trigger, lexicon: Lexicon) -> bool:
    """ "paused their participation in all meetings": a meeting noun in the object of a verb
    that stops it is no meeting held (one that is the subject, "the talks stopped", still met;
    "after talks, Turkey agreed to suspend its offensive" met)."""
    noun = trigger.noun
    signing = noun is not None and noun.lemma_.lower() in SIGNING_NOUNS
    if noun is None or (trigger.rule.type not in ("CONSULT", "HOSTS") and not signing):
        return False
    if trigger.predicate.lemma_.lower() not in lexicon.halting_verbs:
        return False
    stopped = direct_objects(trigger.predicate)
    if signing:  # "the signing of the accord was postponed": nothing signed
        stopped += passive_subjects(trigger.predicate)
    return any(obj.left_edge.i <= noun.i <= obj.right_edge.i for obj in stopped)


def _restates_its_subject(trigger: Trigger, lexicon: Lexicon) -> bool:
    """ "Border clashes killed dozens": the verb tells what an event its subject names did; that
    noun reports the event itself (with its own sides), so the verb adds none."""
    return any(
        child.dep_ == "nsubj"
        and any(
            rule.standalone and rule.type == trigger.rule.type
            for rule in _noun_rules(child, lexicon)
        )
        for child in children(trigger.predicate)
    )


def _participle_as_noun(token: Token) -> bool:
    """ "evacuate the injured", "freed the detained": a participle standing for the people it
    describes, a noun phrase of its clause with a determiner and no object or agent of its own."""
    return (
        token.tag_ == "VBN"
        and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj")
        and any(c.dep_ == "det" and c.i < token.i for c in token.children)
        and not any(c.dep_ in ("dobj", "agent", "prep", "auxpass") for c in token.children)
    )


def _nominal_gerund(token: Token) -> bool:
    """ "Fighting between A and B spread": a gerund the parser took for a verb, used as a noun
    (a subject or object, with no subject or object of its own)."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in GERUND_NOUN_DEPS
        and not any(child.dep_ in ("nsubj", "dobj", "aux") for child in children(token))
    )


def _verb_tagged_noun(token: Token) -> bool:
    """ "Donors including A and B [fund] much of its work": a word the tagger took for a noun
    while the parser gave it a subject and an object, as only a verb has."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False  # ("demanded that the king [apologise]": a wish, not a clause of its own)
    deps = {child.dep_ for child in children(token)}
    return "nsubj" in deps and "dobj" in deps


def plural_noun_read_as_verb(token: Token) -> bool:
    """ "rebuffed U.S. calls to resume talks": a plural noun the tagger took for a verb in
    "-s" ("calls", "demands") while the parser still made it a verb's object (with its owner as
    the "subject")."""
    return (
        token.tag_ == "VBZ"
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.pos_ in ("VERB", "AUX")
        and not any(child.dep_ in ("aux", "dobj") for child in children(token))
    )


def _verb_trigger(token: Token, lexicon: Lexicon, actor_kind: ActorKindOf) -> Trigger | None:
    """The verb's own entry, or its adverb's when it has none or one that needs a foreign
    place ("built jointly by A and B" is a shared undertaking wherever it is built)."""
    if _sought_act(token):
        return None
    found = _lexicon_verb_trigger(token, lexicon, actor_kind)
    if found is None or found.rule.abroad:
        return _adverb_trigger(token, lexicon) or found
    return found


def _sought_act(token: Token) -> bool:
    """A hosting that is only bid for: "backed Baku's bid to host the summit"."""
    return token.dep_ == "acl" and token.head.lemma_.lower() in SOUGHT_NOUNS


def _companion_trigger(found: Trigger, lexicon: Lexicon, actor_kind: ActorKindOf) -> Trigger | None:
    """The verb's next matching entry when the one found reads as two acts (``also``):
    "switched recognition from Taipei to Beijing" drops Taipei and recognises Beijing."""
    if not found.rule.also or found.noun is not None:
        return None
    return _lexicon_verb_trigger(found.predicate, lexicon, actor_kind, after=found.rule)


def _lexicon_verb_trigger(
    token: Token, lexicon: Lexicon, actor_kind: ActorKindOf, after: TriggerRule | None = None
) -> Trigger | None:
    """The verb's first entry that matches (with ``after``, the first listed after that one)."""
    rules = lexicon.verb_rules(token.lemma_.lower()) or _misread_verb_rules(token, lexicon)
    if after is not None:
        rules = rules[next(i for i, rule in enumerate(rules) if rule is after) + 1 :]
    if any(rule.crowd_only for rule in rules) and _crowd_subject(token):
        # "Thousands of supporters protested": a crowd's act first, before a state's reading
        # of the same verb ("Beijing protested" lodges a diplomatic protest).
        rules = sorted(rules, key=lambda rule: not rule.crowd_only)
    objects: _VerbObjects | None = None  # read once, whichever of the verb's rules asks first
    for rule in rules:
        if rule.particles and not _has_particle(token, rule.particles):
            continue
        inherit = rule.crowd_only or rule.mission  # "[troops] began landing"
        if rule.subjects and not _has_subject(token, rule.subjects, inherit=inherit):
            continue
        if rule.infinitive and not _has_infinitive(token):
            continue
        if rule.complements and not _has_complement(token, rule.complements):
            continue
        if rule.deadline and not sets_a_deadline(token):
            continue
        if rule.requested and request_of(token) is None:
            continue
        if rule.for_relief and not _sent_for_relief(token, lexicon):
            continue  # "dispatched aircraft to the border" is a deployment, not relief
        if rule.mission and not _on_mission(token, actor_kind):
            continue  # "Russian troops landed in Crimea" is no peace mission
        if rule.to_state and not _sent_to_a_state(token, actor_kind):
            continue  # "sent tanks to the border" is a deployment, not arms given
        if rule.to_court and not _taken_to_court(token):
            continue  # "took Ecuador to the ICJ" sues it; "took Kherson" captures the city
        if rule.mode == "capture" and _taken_to_court(token):
            continue
        if rule.alone and _done_jointly(token):
            continue  # "Egypt and Sudan held exercises near Khartoum": a joint drill, no show
        if rule.intransitive and not _joined_as_a_state(token, actor_kind):
            continue
        if rule.except_objects and _has_object(token, rule.except_objects):
            continue  # "rejected the charge" denies it (not coded); "rejected the claim" refuses
        if rule.except_complements and _has_complement(token, rule.except_complements):
            continue  # "declined to comment" withholds words; "refused to recognise" rejects
        if rule.planned_only and not _announced(token):
            continue  # "said it would respond" threatens; "responded to the letter" does not
        if rule.refused_only and not _refused_stance(token):
            continue  # "cannot accept the zone" rejects it; "accepted the offer" does not
        if rule.negated_only and modality_of(token) != "negated":
            continue  # "did not rule out force" threatens; "ruled out force" does not
        if rule.obliges and not _obliged_other(token):
            continue  # "said Taylor must step down" asks it of him; "said it must act" does not
        if rule.mode == "phone" and any(child.dep_ == "oprd" for child in children(token)):
            continue  # "called it a breach", "called him a traitor": names, rings no one
        if not rule.objects:
            if agent_compound(token):
                continue  # "the China-proposed corridor": only with the thing it is done to
            return Trigger(rule, token)
        objects = objects or _VerbObjects.of(token)
        matched = _matching_object(token, rule, lexicon, actor_kind, objects)
        if matched is not None and rule.type == "HOSTS" and _met_with_someone(matched):
            continue  # "held his first meeting with Yunus": a meeting between two, CONSULT
        if matched is not None and rule.type == "HOSTS" and _hosted_a_guest(token, matched):
            continue  # "hosted Mirziyoyev for talks": a visit (CONSULT), the guest the object
        if matched is not None and _hosted_without_sides(rule, matched):
            continue  # "hosted talks on Monday": a host only (HOSTS), no sides it met
        if matched is not None and rule.mode == "third-party" and _under_auspices(token, matched):
            continue  # "hosted talks under the auspices of the UN": the UN brought them together
        if (
            matched is not None
            and rule.landings
            and not landing_places(token, matched, rule.landings)
        ):
            continue  # "fired missiles at the base": a strike, not a display
        if matched is not None and _ends_a_tie(matched, rule, lexicon):
            continue  # "announced the suspension of talks": ties cut (the noun's own rule)
        if matched is not None:
            return Trigger(rule, token, object=matched)
    return None


def _ends_a_tie(matched: Token, rule: TriggerRule, lexicon: Lexicon) -> bool:
    """The verb's object is an end noun whose own rule reads what it ends as another act ("the
    suspension [of talks]", "a halt [to gas supplies]": ties cut, not a truce)."""
    lemma = matched.lemma_.lower()
    return lemma in UNDOING_NOUNS and any(
        own.type != rule.type and own.objects and _acted_on(matched, own.objects) is not None
        for own in lexicon.noun_rules(lemma)
    )


def _host_of_sides(found: Trigger, lexicon: Lexicon) -> Trigger | None:
    """ "China hosted talks between A and B": besides meeting each side, the host hosts them."""
    rule = found.rule
    if rule.type != "CONSULT" or rule.mode != "third-party" or rule.no_target:
        return None
    if found.object is None:
        return None
    for hosts in lexicon.verb_rules(found.predicate.lemma_.lower()):
        if hosts.type == "HOSTS":
            return Trigger(hosts, found.predicate, object=found.object)
    return None


AUSPICES_NOUNS = words("auspices_nouns")


def _under_auspices(verb: Token, meeting: Token) -> bool:
    """ "hosted talks between A and B under the auspices of the UN": held in another's frame,
    whose sponsor, not the host, brings the sides together."""
    return any(
        frame.lower_ in AUSPICES_NOUNS  # (the lemmatiser makes "auspices" "auspex")
        for holder in (verb, meeting)
        for _, frame in prep_objects(holder, {"under"})
    )


def _hosted_without_sides(rule: TriggerRule, meeting: Token) -> bool:
    """A third party's rule with a target ("hosted talks [between] Ethiopia and Sudan": the host
    meets each side) that finds no "between" phrase on the meeting ("hosted talks on Monday")."""
    if rule.type != "CONSULT" or rule.mode != "third-party" or rule.no_target:
        return False
    return not any(
        child.dep_ == "prep" and child.lower_ == "between" for child in children(meeting)
    )


def _sent_for_relief(verb: Token, lexicon: Lexicon) -> bool:
    """ "deployed an emergency response team", "dispatched military transport aircraft to carry
    relief supplies": what is sent is named relief, or a "to" infinitive says it goes to bring
    relief (not "sent warships to protect aid deliveries", a naval deployment)."""
    relief = lexicon.relief_words
    objects = direct_objects(verb) or passive_subjects(verb)
    for obj in objects:
        named = [word for word in obj.subtree if word.i <= obj.i]  # "emergency response team"
        if any(word.lemma_.lower() in relief or word.lower_ in relief for word in named):
            return True
    clauses = [
        clause
        for head in (verb, *objects)
        for clause in children(head)
        if clause.dep_ in ("advcl", "xcomp", "acl") and has_to(clause)
    ]
    return any(
        act.lemma_.lower() in lexicon.relief_purpose_verbs
        and any(word.lemma_.lower() in relief or word.lower_ in relief for word in act.subtree)
        for clause in clauses
        for act in expand_conjuncts(clause)
    )


MISSION_WORDS = words("mission_words")
TIME_PREPOSITIONS = words("time_prepositions")


def _own_words(clause: Token) -> list[Token]:
    """The words of a clause without its time adjuncts ("a day after [a mission led by Carter]")
    and other clauses with their own subordinator ("as [the mission] began")."""
    skipped = {
        word.i
        for child in children(clause)
        if (child.dep_ == "prep" and child.lower_ in TIME_PREPOSITIONS)
        or (child.dep_ == "npadvmod")
        or (child.dep_ == "advcl" and any(c.dep_ == "mark" for c in children(child)))
        for word in child.subtree
    }
    return [word for word in clause.subtree if word.i not in skipped]


def _on_mission(verb: Token, actor_kind: ActorKindOf) -> bool:
    """Forces that arrive or serve abroad on a peace or assistance mission: its clause names one
    ("the first soldiers of an intervention force landed", "landed to lead a multinational
    mission", "served with the UN mission"), or they come from several states ("personnel from
    Australia, Fiji and Tonga are taking part")."""
    clause = verb.head if verb.dep_ == "xcomp" else verb  # "began [landing]": its subject
    if any(
        word.lower_ in MISSION_WORDS or word.lemma_.lower() in MISSION_WORDS
        for word in _own_words(clause)
    ):
        return True
    forces = [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    forces += joining_contingents(verb)  # "landed in Dili, [with troops from A and B]"
    origins = [
        name
        for force in forces
        for contingent in expand_conjuncts(force)
        if is_contingent(contingent)
        for _, origin in prep_objects(contingent, {"from"})
        for name in origin.subtree  # (the parser may hang a list item as an apposition)
        if name.dep_ in ("pobj", "conj", "appos") and actor_kind(name) == "state"
    ]
    return len(origins) > 1


COURT_NOUNS = words("court_nouns")


def _taken_to_court(verb: Token) -> bool:
    """ "take Ecuador to the International Court of Justice", "hauled Russia before the
    tribunal": a court named as where the verb takes its object."""
    return any(
        preposition.dep_ == "prep"
        and preposition.lower_ in ("to", "before")
        and any(
            word.lower_ in COURT_NOUNS
            for place in children(preposition)
            if place.dep_ == "pobj"
            for word in place.subtree
        )
        for preposition in children(verb)
    )


def _sent_to_a_state(verb: Token, actor_kind: ActorKindOf) -> bool:
    """ "send Leopard tanks to Ukraine", "ship air-defence systems to Kyiv": the "to" phrase
    (of the verb or of what is sent; the parser may call it a dative) names a state or its
    capital, not a border or a region."""
    heads = [verb, *direct_objects(verb), *passive_subjects(verb)]
    return any(
        actor_kind(place) == "state"
        for head in heads
        for preposition in children(head)
        if preposition.dep_ in ("prep", "dative") and preposition.lower_ == "to"
        for place in children(preposition)
        if place.dep_ == "pobj"
    )


def _adverb_trigger(verb: Token, lexicon: Lexicon) -> Trigger | None:
    """ "The pipeline was built jointly by A and B": a verb no entry names, made an event by
    its adverb."""
    if not lexicon.adverbs:
        return None
    for child in children(verb):
        if child.dep_ == "advmod":
            rules = lexicon.adverbs.get(child.lower_)
            if rules:
                return Trigger(rules[0], verb)
    return None


def _misread_verb_rules(token: Token, lexicon: Lexicon) -> list[TriggerRule]:
    """The lemmatiser misreads some inflected verbs ("staged" -> "stag"): try the stem the
    ending gives ("stage", "talk") when the lemma it gave names no entry."""
    word = token.lower_
    if token.tag_ in ("VBD", "VBN") and word.endswith("ed"):
        return lexicon.verb_rules(word[:-1]) or lexicon.verb_rules(word[:-2])
    if token.tag_ == "VBZ" and word.endswith("s"):
        return lexicon.verb_rules(word[:-1])
    return []


def _done_jointly(verb: Token) -> bool:
    """The verb's act is shared: coordinated subjects ("Egypt and Sudan held ..."), or a word of
    jointness on the verb or its object ("held joint drills", "exercised together")."""
    for child in children(verb):
        if child.dep_ in ("nsubj", "nsubjpass") and child.conjuncts:
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "amod" and c.conjuncts for c in children(child)
        ):
            return True  # "Japanese and American forces"
        if child.lower_ in JOINT_WORDS:
            return True
        if child.dep_ in ("dobj", "nsubjpass") and any(
            c.lower_ in JOINT_WORDS for c in children(child)
        ):
            return True
    return False


def _crowd_subject(verb: Token) -> bool:
    """The verb's own subject (or passive agent) is an unnamed crowd ("protesters", "thousands
    of supporters")."""
    if any(child.dep_ == "nsubj" and is_crowd(child) for child in children(verb)):
        return True
    return any(is_crowd(actor) for actor in agents(verb))


def _hosted_a_guest(verb: Token, meeting: Token) -> bool:
    """ "hosted his Uzbek counterpart in Astana for talks": the meeting is only the purpose
    ("for") of having a named guest, the verb's direct object ("hosted world leaders for the
    summit" names none: hosting the summit)."""
    return (
        meeting.dep_ == "pobj"
        and meeting.head.lower_ == "for"
        and any(child.dep_ == "dobj" and _named_guest(child) for child in children(verb))
    )


def _named_guest(noun: Token) -> bool:
    """A named person, state or body, or a noun naming one in front or in apposition ("his
    Uzbek counterpart", "the envoy, Li Hui")."""
    return noun.ent_type_ in GUEST_ENTITIES or any(
        child.dep_ in GUEST_NAMING_DEPS and child.ent_type_ in GUEST_ENTITIES
        for child in children(noun)
    )


# Kinds that name no actor: nothing, or a city or region (where acts happen).
NO_ACTOR = frozenset({None, "place"})
# `objects: [ANY_PLACE]`: a named city, region or country as the verb's own object.
PLACE_OBJECT = "ANY_PLACE"
# `objects: [ANY_NATIONALS]`: people named by a nationality word ("freed two Canadians",
# "freed Canadians Michael Kovrig and Michael Spavor").
NATIONALS_OBJECT = "ANY_NATIONALS"
# (not in apposition: "seized the car carrier [Galaxy Leader]" names a thing)
PLACE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "conj"})
# Names the tagger reads as no place: ships, people, works ("seized the Galaxy Leader").
NOT_PLACE_ENTITIES = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "NORP"})
GUEST_ENTITIES = frozenset({"PERSON", "GPE", "ORG", "NORP"})
GUEST_NAMING_DEPS = frozenset({"appos", "amod", "compound", "poss"})


def _met_with_someone(meeting: Token) -> bool:
    """ "a meeting with X": the meeting noun names whom the subject met."""
    return any(child.dep_ == "prep" and child.lower_ == "with" for child in children(meeting))


COPULAS = words("copulas")
AS_VERBS = words("as_verbs")
RELATION_NOUNS = words("relation_nouns")
DOCUMENT_NOUNS = words("document_nouns")
SIGNING_NOUNS = words("signing_nouns")
CIRCUMSTANCE_PREPS = words("circumstance_preps")
SEQUENCE_VERBS = words("sequence_verbs")
PLANNED_AT_OCCASION_VERBS = words("planned_at_occasion_verbs")
EARLIER_PREPS = words("earlier_preps")
PROMISING_VERBS = words("promising_verbs")


def _answered_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    """A request noun that a verb trigger answers ("rebuffed U.S. calls"): also a request."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if not _answers(verb, token, lexicon):
        return None
    for rule in lexicon.noun_rules(token.lemma_.lower()) or lexicon.noun_rules(token.lower_):
        if rule.answered:
            return Trigger(rule, verb, noun=token)
    return None


def _answers(verb: Token, noun: Token, lexicon: Lexicon) -> bool:
    """``verb`` answers ``noun``: an answer verb whose object is the noun ("rebuffed U.S.
    calls"), whose passive subject it is ("calls from Washington were rejected") or what it
    answers "to" ("responded to a plea from Hadi", "agreed to a request from Turkey")."""
    if verb.lemma_.lower() not in lexicon.answer_verbs:
        return False
    if noun.head.i == verb.i and noun.dep_ in ("dobj", "nsubjpass"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == verb.i


def _venue_trigger(token: Token, lexicon: Lexicon) -> Trigger | None:
    """ "The summit in Riyadh concluded", "at the Istanbul Summit": a meeting and its place."""
    rules = (
        lexicon.noun_rules(token.lemma_.lower())
        or lexicon.noun_rules(token.lower_)
        or lexicon.noun_rules(_modified_noun(token))
    )
    for rule in rules:
        if rule.venue and (_names_a_place(token) or _host_named_after(token, lexicon)):
            verb = governing_verb(token) or (token.head if token.dep_ == "nsubj" else token)
            if _held_when_promised(token, verb):
                verb = _promising_clause(verb)  # "agreed to form a union [at a meeting in Minsk]"
            return Trigger(rule, verb, noun=token, object=token)
    return None


def hosting_agents(meeting: Token, host_verbs: frozenset[str]) -> list[Token]:
    """ "the summit of the SCO, chaired by Kazakhstan": the agents of a hosting participle the
    parser hangs on the meeting noun."""
    return [
        agent
        for clause in children(meeting)
        if clause.dep_ == "acl" and clause.lemma_.lower() in host_verbs
        for agent in agents(clause)
    ]


def _host_named_after(meeting: Token, lexicon: Lexicon) -> bool:
    """ "the summit of the SCO, chaired by Kazakhstan": a hosting participle with its agent
    on the meeting, or right after the meeting's phrase, names who hosts it."""
    if hosting_agents(meeting, lexicon.host_verbs):
        return True
    doc = meeting.doc
    start = meeting.right_edge.i + 1
    for token in doc[start : min(start + 4, sentence_of(meeting).end - 1)]:
        if token.is_punct or token.lower_ in ("co", "-"):
            continue
        return token.lemma_.lower() in lexicon.host_verbs and doc[token.i + 1].lower_ == "by"
    return False


def _names_a_place(meeting: Token) -> bool:
    """The meeting noun has "in/at <proper name>" (also one phrase down: "the meeting of the
    ministers in Cartagena") or a proper-name modifier ("Riyadh summit")."""
    owners = [g for c in children(meeting) if c.dep_ == "prep" for g in children(c)]
    for child in [*children(meeting), *(c for owner in owners for c in children(owner))]:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "at")
            and any(
                grand.dep_ == "pobj" and (grand.pos_ == "PROPN" or _owned_town(grand))
                for grand in children(child)
            )
        ):
            return True
        if (
            child.head.i == meeting.i
            and child.dep_ in ("compound", "nmod")
            and child.pos_ == "PROPN"
        ):
            return True  # "the Istanbul Summit" (the resolver tells a place from "the SCO summit")
    return any(_names_a_city(clause) for clause in placing_clauses(meeting))


def _owned_town(noun: Token) -> bool:
    """ "in the Ghanaian capital", "in Ghana's capital", "in the Saudi port city", "in the
    Saudi city of Al-Ula": a town its state names."""
    return noun.lemma_.lower() in SETTLEMENT_NOUNS and any(
        child.dep_ in ("amod", "poss", "compound") and child.pos_ in ("PROPN", "ADJ")
        for child in children(noun)
    )


def _names_a_city(clause: Token, depth: int = 0) -> bool:
    """ "in Geneva", also through a building: "at a palace hotel in Vienna"."""
    for child in children(clause):
        if child.dep_ != "prep" or child.lower_ not in ("in", "at"):
            continue
        for place in children(child):
            if place.dep_ != "pobj":
                continue
            if place.pos_ == "PROPN" and place.ent_type_ == "GPE":
                return True
            if place.lemma_.lower() == "capital" and any(
                c.dep_ in ("amod", "compound", "poss") for c in children(place)
            ):
                return True  # "in the Kazakh capital", "in Ethiopia's capital"
            if depth == 0 and _names_a_city(place, 1):
                return True
    return False


def placing_clauses(meeting: Token) -> list[Token]:
    """Verbs whose "in <place>" places the meeting itself: its copula ("the last summit was in
    Libya"), an intransitive verb it is the subject of ("the summit opened in Addis Ababa",
    "talks took place in Geneva") and a participle describing it ("talks held in Vienna")."""
    owner = meeting.head.head if meeting.dep_ == "pobj" and meeting.head.lower_ == "of" else None
    described = [meeting] if owner is None or owner.pos_ != "NOUN" else [meeting, owner]
    clauses = [  # "the final round of talks, held in Vienna": the round is of the talks
        c
        for noun in described
        for c in children(noun)
        if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")
    ]
    head = meeting.head
    intransitive = all(obj.lemma_ == "place" for obj in direct_objects(head))
    if meeting.dep_ == "nsubj" and head.i != meeting.i and head.pos_ in ("VERB", "AUX"):
        clauses += [head] if intransitive else []
    # "talks, which opened in Oslo": a relative clause whose subject is the meeting itself.
    clauses += [
        c
        for noun in described
        for c in children(noun)
        if c.dep_ == "relcl"
        and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in children(c))
        and all(obj.lemma_ == "place" for obj in direct_objects(c))  # "which took place in"
    ]
    clauses += _set_off_place(meeting)
    if meeting.dep_ == "dobj" and head.pos_ == "VERB" and _placed_by_name(head):
        # "signed a treaty in Astana", "held their summit at Camp David": the parser hangs the
        # place on the verb whose object the meeting or pact is, and there it was done (not
        # "adopted a declaration at their meeting in Funafuti": that meeting has its host).
        clauses.append(head)
    # "opened in Geneva and continued in Vienna": the meeting went on elsewhere.
    clauses += [
        c
        for clause in list(clauses)
        for c in children(clause)
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(s.dep_ == "nsubj" for s in children(c))
    ]
    return clauses


def _placed_by_name(verb: Token) -> bool:
    """The verb's "in/at" phrases name places themselves ("in Astana", "at Camp David"), not
    an occasion ("at a summit in Bangkok", "at the ceremony")."""
    places = [
        place
        for child in children(verb)
        if child.dep_ == "prep" and child.lower_ in ("in", "at")
        for place in children(child)
        if place.dep_ == "pobj"
    ]
    return bool(places) and all(place.pos_ == "PROPN" for place in places)


def _set_off_place(meeting: Token) -> list[Token]:
    """ "At the sixth summit, in Bangkok on 4 April, the leaders adopted ...": a place set off
    by commas right after the meeting of an opening "at" phrase is the meeting's, though the
    parser hangs it on the clause's verb."""
    preposition = meeting.head
    if meeting.dep_ != "pobj" or preposition.lower_ not in ("at", "during"):
        return []
    verb = preposition.head
    after = meeting.right_edge.i + 1
    doc = meeting.doc
    if verb.pos_ not in ("VERB", "AUX") or after + 1 >= len(doc) or doc[after].text != ",":
        return []
    placed = any(
        child.i == after + 1 and child.dep_ == "prep" and child.lower_ in ("in", "at")
        for child in children(verb)
    )
    return [verb] if placed else []


def _noun_trigger(token: Token, lexicon: Lexicon, actor_kind: ActorKindOf) -> Trigger | None:
    if _owned_town(token):
        return None  # "signed in the Paraguayan capital": a city, not invested capital
    if _word_of_a_body_name(token, actor_kind):
        return None  # "the Organisation of Islamic Cooperation was established": no cooperation
    for rule in _noun_rules(token, lexicon):
        if rule.venue:
            continue
        if rule.infinitive and not to_complements(token):
            continue  # "ready [to host talks]": only with the act it is ready for
        if rule.particles and not _has_particle(token, rule.particles):
            continue  # "is due [in] Delhi", not "were due to complete their withdrawal"
        if rule.modifiers and not _modified_by(token, rule.modifiers):
            continue  # "a joint venture", not any venture
        acted_on = _acted_on(token, rule.objects) if rule.objects else None
        if rule.objects and acted_on is None:
            continue  # "the recall of [its ambassador]", not any withdrawal
        if rule.except_heads and _modifies(token, rule.except_heads):
            continue  # "the ceasefire line" is a place, no truce
        verb = token.head if token.dep_ == "nsubj" and rule.copula else governing_verb(token)
        framed = measured(token)  # "after [two days of] talks in Naypyidaw"
        if rule.circumstance and _followed(framed):
            # "the announcement followed talks in Banjul": the talks were held before it
            return Trigger(rule, framed.head, noun=token)
        if rule.circumstance and framed.dep_ == "pobj" and framed.head.lower_ in CIRCUMSTANCE_PREPS:
            clause = _clause_of(framed.head.head)  # "[During] a visit to Astana, Xi announced ..."
            if framed.head.lower_ in EARLIER_PREPS or not _meeting_planned(clause):
                clause = _promising_clause(clause)
            if clause.pos_ in ("VERB", "AUX"):
                return Trigger(rule, clause, noun=token)
        if rule.helped:
            if _with_help_of(token):
                return Trigger(rule, governing_verb(token) or token.head, noun=token)
            continue
        if rule.standalone and token.dep_ in ("nsubj", "nsubjpass", "ROOT", "attr"):
            return Trigger(rule, token.head if token.dep_ != "ROOT" else token, noun=token)
        if rule.standalone and _lasting_unrest(token, framed):
            # "resigned after weeks of protests": unrest that went on for a span of time
            return Trigger(rule, framed.head.head, noun=token)
        if rule.reciprocal and _between_pair(token):
            return Trigger(rule, verb or token.head, noun=token)  # "fighting between X and Y"
        fallen = casualties_of(token) if rule.reciprocal and rule.type == "ASSAULT" else None
        if fallen is not None and _named_opponent(token, actor_kind):
            # "Indian soldiers were killed in a clash with Chinese troops": the fallen fought
            return Trigger(rule, fallen, noun=token)
        if rule.paired:
            continue  # "set on fire" is no exchange of fire
        if not (rule.copula or rule.standalone) and _saturated(token, rule, actor_kind):
            # "Iran's attack on Israel drew condemnation": who, the act and whom, in one phrase.
            # Less sure than a clause that reports the act (headlines restate it that way).
            weaker = replace(rule, confidence=round(rule.confidence - 0.1, 2))
            return Trigger(weaker, verb or token.head, noun=token)
        if rule.named_only and verb is not None and _ordered_act(token, verb):
            return Trigger(rule, verb, noun=token)  # "ordered the release of 2,107 prisoners"
        if rule.named_only:
            continue  # "welcomed the release of two Americans": not the welcomer's release
        if rule.copula and _former(token):
            continue  # "Britain, a former member of the EU": no longer one
        if rule.copula and named_members(token):
            # "Mercosur, whose members A, B and C ...", "A and B, both members of ECOWAS": a
            # fact told in passing, not under the clause's tense or mood
            return Trigger(rule, token, noun=token)
        described = partitive_head(token)
        if rule.copula and described.dep_ == "appos":
            # "Turkey, a member of NATO since 1952", "Chile, one of the founding members"
            return Trigger(rule, governing_verb(described) or described.head, noun=token)
        if verb is None:
            continue
        if rule.answered:  # "Maduro rejected calls from the US": only as what is answered
            if _answers(verb, token, lexicon):
                return Trigger(rule, verb, noun=token)
            continue
        if rule.copula and verb.lemma_ in COPULAS and _complement_of_copula(token):
            return Trigger(rule, verb, noun=token)
        if rule.copula and _as_complement(token) and verb.lemma_ in AS_VERBS:
            return Trigger(rule, verb, noun=token)
        if not rule.copula and (
            verb.lemma_.lower() in lexicon.light_verbs or _done_with(token, verb)
        ):
            if asked_to_end(token):
                continue  # "called for an end to the fighting": not the caller's fighting
            if undone(token):
                continue  # "announced the suspension of talks": no talks held
            return Trigger(rule, verb, noun=token)
    return None


ACT_ORDERING_VERBS = words("act_ordering_verbs")
WITH_LIGHT_VERBS = words("with_light_verbs")


def _done_with(noun: Token, verb: Token) -> bool:
    """ "Britain followed with asset freezes", "Beijing countered with tariffs": the act its
    "with" phrase names (not "the operation followed the pullout")."""
    return (
        verb.lemma_.lower() in WITH_LIGHT_VERBS
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "with"
        and noun.head.head.i == verb.i
    )


def _ordered_act(noun: Token, verb: Token) -> bool:
    """The act noun is the object of a verb by which its subject carries it out ("the king
    [ordered] the release of the prisoners", "[announced] the release of 50 detainees"), not
    one that asks for or judges another's act ("demanded the release", "welcomed the
    release")."""
    return (
        noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in ACT_ORDERING_VERBS
    )


def asked_to_end(noun: Token) -> bool:
    """ "called for [an end to] the fighting", "demanded a halt to the attacks": an act asked to
    stop, which whoever asks is not doing."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"  # not "after the end of the ultimatum", a time
        and noun.head.head.lemma_.lower() in END_NOUNS
    )


def undone(noun: Token) -> bool:
    """ "the suspension [of talks]", "the severance [of relations]": what an undoing noun ends."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in UNDOING_NOUNS
    )


def _promising_clause(clause: Token) -> Token:
    """ "agreed not to use force [after talks]": the parser hangs what went before on the act
    promised, but the talks were held; they belong to the promise, whose modality they take."""
    while clause.dep_ == "xcomp" and clause.head.lemma_.lower() in PROMISING_VERBS:
        clause = clause.head
    return clause


def _held_when_promised(meeting: Token, verb: Token) -> bool:
    """The meeting is a circumstance of a promised act that is not itself a meeting ("agreed to
    form a union [at a meeting]"): it was held when the promise was made."""
    return (
        meeting.dep_ == "pobj"
        and meeting.head.lower_ in CIRCUMSTANCE_PREPS
        and not _meeting_planned(verb)
    )


def _meeting_planned(clause: Token) -> bool:
    """ "agreed to hold talks [at a summit in May]": the occasion is where the promised meeting
    or signing is to happen, not where the promise was made ("agreed to form a union [at a
    meeting]" was agreed there)."""
    return clause.dep_ == "xcomp" and clause.lemma_.lower() in PLANNED_AT_OCCASION_VERBS


CASUALTY_VERBS = words("casualty_verbs")
# What people fall in or by: "killed [in] a raid", "wounded [by] shelling".
CASUALTY_PREPS = frozenset({"in", "during", "by"})


def casualties_of(noun: Token) -> Token | None:
    """The verb whose subject fell in the fight the noun names ("were killed in a clash with
    Chinese troops", "died in fighting with the rebels"), when the noun names the other side."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during"):
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in CASUALTY_VERBS or not any(
        child.dep_ == "prep" and child.lower_ == "with" for child in children(noun)
    ):
        return None
    return verb


def casualty_phrase(noun: Token) -> bool:
    """The noun is the blow people fell in ("seven people were killed [in] Russian strikes on
    Kharkiv", "died [in] an Israeli raid on Jenin", "wounded [by] Russian shelling of Kherson"):
    the blow is told as a fact, and the fallen did not strike it."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in CASUALTY_PREPS
        and noun.head.head.lemma_.lower() in CASUALTY_VERBS
    )


def _named_opponent(noun: Token, actor_kind: ActorKindOf) -> bool:
    """The fight's "with" phrase names an actor ("with [Chinese] troops", not "with the rebels")."""
    return any(
        actor_kind(obj) not in NO_ACTOR or any(actor_kind(c) not in NO_ACTOR for c in children(obj))
        for _, obj in prep_objects(noun, {"with"})
    )


def _followed(framed: Token) -> bool:
    """The event noun is what an act followed or preceded ("the deal [followed] talks in
    Manila")."""
    return framed.dep_ == "dobj" and framed.head.lemma_.lower() in SEQUENCE_VERBS


def _clause_of(head: Token) -> Token:
    """The verb a circumstance phrase belongs to: the phrase's head, or the verb whose object
    the parser hung it on ("flew bombers [on joint patrols]")."""
    if head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if head.pos_ in ("NOUN", "PROPN"):
        # "sealing a decade of negotiations [during] Putin's visit": the parser hangs the
        # phrase on a noun, but the visit is a circumstance of the clause the noun is in
        return clause_root(head)
    return head


def _word_of_a_body_name(noun: Token, actor_kind: ActorKindOf) -> bool:
    """ "the Organisation of Islamic [Cooperation]", "the Conference on [Security] and
    Co-operation": a capitalised word after "of"/"on"/"for" in the name of an organisation on
    file names no act."""
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper():
        return False
    phrase = noun
    while phrase.dep_ in ("pobj", "conj") and phrase.head.i != phrase.i:
        head = phrase.head if phrase.dep_ == "conj" else phrase.head.head
        if phrase.dep_ == "pobj" and phrase.head.lower_ not in ("of", "on", "for"):
            return False
        if head.pos_ != "PROPN":
            return False
        phrase = head
    return phrase is not noun and actor_kind(phrase) == "igo"


def _noun_rules(token: Token, lexicon: Lexicon) -> list[TriggerRule]:
    """Rules of an event noun, those listed for its surface form first: a plural can name
    another event than its singular ("protests erupted" are demonstrations, "a protest" lodged
    with an embassy is a complaint)."""
    surface = lexicon.noun_rules(token.lower_)
    by_lemma = [rule for rule in lexicon.noun_rules(token.lemma_.lower()) if rule not in surface]
    return (
        surface + by_lemma
        # "Russia's build-up of troops": the tokenizer splits the word at its hyphen
        or lexicon.noun_rules(_hyphenated_form(token))
        or lexicon.noun_rules(_modified_noun(token))
    )


def _modifies(noun: Token, heads: frozenset[str]) -> bool:
    """The noun only modifies one of ``heads`` ("the [ceasefire] line")."""
    return noun.dep_ in ("compound", "amod") and noun.head.lemma_.lower() in heads


def _modified_by(noun: Token, wanted: frozenset[str]) -> bool:
    """The noun has one of ``wanted`` as a modifier in front ("a [joint] venture")."""
    return any(
        child.dep_ in ("amod", "compound") and child.lower_ in wanted
        for child in children(noun)
        if child.i < noun.i
    )


def acted_on_of(noun: Token, rule: TriggerRule) -> list[Token]:
    """What a noun rule with ``objects`` acts on, which carries the recipient: "the lifting of
    [sanctions] on Iran", "the severance of [relations] with Israel"."""
    acted = _acted_on(noun, rule.objects) if rule.objects else None
    return [acted] if acted is not None else []


def _acted_on(noun: Token, wanted: frozenset[str]) -> Token | None:
    """The event noun's "of" (or "to") phrase or the noun in front of it when it is one of
    ``wanted`` ("the withdrawal of [its ambassador]", "a halt to [gas supplies]", "[arms]
    deliveries to Israel"; not "the withdrawal of Russia from the deal")."""
    fronted = [c for c in children(noun) if c.dep_ == "compound" and c.i < noun.i]
    return next(
        (
            obj
            for obj in [*(o for _, o in prep_objects(noun, {"of", "to"})), *fronted]
            if obj.lemma_.lower() in wanted or obj.lower_ in wanted
        ),
        None,
    )


FORMER_WORDS = words("former_words")


def _complement_of_copula(noun: Token) -> bool:
    """The noun says what the subject is, also second in a list ("is its largest trading
    partner and [a leading investor]")."""
    if noun.dep_ == "conj" and noun.head.dep_ in ("attr", "oprd"):
        return True
    return noun.dep_ in ("attr", "pobj", "oprd", "nsubj", "acomp")


def _former(noun: Token) -> bool:
    """ "a former member": what the subject was, not what it is."""
    return any(
        child.dep_ in ("amod", "compound") and child.lower_ in FORMER_WORDS
        for child in children(noun)
    )


SPAN_NOUNS = words("span_nouns")


def _lasting_unrest(noun: Token, framed: Token) -> bool:
    """ "after weeks of protests", "amid months of street protests": a span of unrest the
    clause's act came after or amid."""
    return (
        framed is not noun
        and framed.lemma_.lower() in SPAN_NOUNS
        and framed.dep_ == "pobj"
        and framed.head.lower_ in ("after", "following", "amid", "during")
        and framed.head.head.pos_ in ("VERB", "AUX")
    )


def measured(noun: Token) -> Token:
    """The phrase that measures an event noun ("two days of talks", "a round of talks"), or
    the noun itself: what the clause's preposition governs."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head
    return noun


def _modified_noun(token: Token) -> str:
    """ "member state", "participating State": a noun with the modifier that makes it an event
    noun, looked up as one lemma."""
    modifiers = [c for c in children(token) if c.dep_ in ("compound", "amod") and c.i < token.i]
    # Only what the clause's subject is said to be: "we are grateful to the member states of
    # the UN" says nothing about the speaker's membership.
    complement = token.dep_ in ("attr", "oprd", "appos") or _as_complement(token)
    return f"{modifiers[-1].lower_} {token.lemma_.lower()}" if modifiers and complement else ""


def _saturated(noun: Token, rule: TriggerRule, actor_kind: ActorKindOf) -> bool:
    """The event noun names its actor ("Iran's", "by the EU", "of the Chinese premier") and its
    recipient (one of the rule's prepositions) itself."""
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "ROOT", "attr", "appos") and not (
        (cause_of_response(noun) or casualty_phrase(noun)) and rule.type in FORCE_NOUN_TYPES
    ):
        return False  # "in its cooperation with X, ...": a frame, not a report
    agent_preps = {"by"} | ({"of"} if "of" not in rule.target else set())
    if rule.mode in EXPELLING_MODES:
        agent_preps |= {"from"}  # "the deportation of Afghans [from Pakistan]"
    agent = rule.type in ADJECTIVE_AGENT_TYPES and _national_adjective(noun, actor_kind)
    agent = agent or (rule.type == "ASSAULT" and _armed_group_in_front(noun, actor_kind))
    recipient = False
    cause = cause_of_response(noun)
    for child in children(noun):
        if child.dep_ == "poss" and (
            actor_kind(child) not in NO_ACTOR or (cause and child.pos_ == "PRON")
        ):
            agent = True  # ("punished Moscow for [its] invasion of Ukraine")
        if child.dep_ in ("prep", "agent"):
            objects = [
                g
                for g in children(child)
                if g.dep_ == "pobj"
                and (
                    _marks_an_actor(g, actor_kind)
                    or (rule.type == "ASSAULT" and actor_kind(g) == "place")  # "of Rafah"
                )
            ]
            if objects and child.lower_ in agent_preps:
                agent = True
            elif objects and child.lower_ in rule.target:
                recipient = True
    agent = agent or any(actor_kind(obj) not in NO_ACTOR for obj in noun_agent_objects(noun))
    recipient = recipient or any(
        _marks_an_actor(obj, actor_kind)
        for acted in acted_on_of(noun, rule)
        for _, obj in prep_objects(acted, frozenset(rule.target))
    )  # "Morocco's severing of ties [with Algeria]"
    # (people fell in it: the blow happened, whoever it was aimed at)
    aimed = recipient or casualty_phrase(noun) or _recipient_on_agent(noun, rule, actor_kind)
    return agent and aimed


def _marks_an_actor(token: Token, actor_kind: ActorKindOf) -> bool:
    """The phrase names an actor, or whose its thing is by a modifier in front ("of [the
    British] tanker", "on [Israeli] positions")."""
    return actor_kind(token) not in NO_ACTOR or any(
        actor_kind(child) not in NO_ACTOR
        for child in children(token)
        if child.dep_ in ("amod", "compound", "poss") and child.i < token.i
    )


CAUSE_PREPS = words("cause_preps")
# Acts that send someone out of the actor's country or body: their "from" phrase names the actor.
EXPELLING_MODES = frozenset({"expel", "deport"})
FORCE_NOUN_TYPES = frozenset({"ASSAULT", "COERCE"})
# Acts whose noun a national adjective in front names the doer of ("the Russian invasion of
# Ukraine", "American aid to Israel"); not sanctions ("Russian sanctions" are often on Russia).
ADJECTIVE_AGENT_TYPES = frozenset({"ASSAULT", "COERCE", "AID", "MOBILIZE", "INVESTS"})


def _national_adjective(noun: Token, actor_kind: ActorKindOf) -> bool:
    """A state's adjective in front of the event noun ("the [Israeli] bombardment of Rafah")."""
    return any(
        child.dep_ in ("amod", "compound") and child.i < noun.i and actor_kind(child) == "state"
        for child in children(noun)
    )


def _armed_group_in_front(noun: Token, actor_kind: ActorKindOf) -> bool:
    """An organisation's name in front of an attack noun ("a [Taliban] attack on a checkpoint",
    "a [Hezbollah] rocket attack"): the group that struck."""
    return any(
        child.dep_ == "compound" and child.i < noun.i and actor_kind(child) == "organisation"
        for child in children(noun)
    )


def cause_of_response(noun: Token) -> bool:
    """The noun is what a clause's act answers or follows ("over its seizure of Crimea")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPS


def _recipient_on_agent(noun: Token, rule: TriggerRule, actor_kind: ActorKindOf) -> bool:
    """ "the attack by Hezbollah [on Israel]": the recipient phrase hung on the agent."""
    return any(
        actor_kind(obj) not in NO_ACTOR
        for agent in noun_agent_objects(noun)
        for _, obj in prep_objects(agent, frozenset(rule.target))
    )


def _as_complement(noun: Token) -> bool:
    """ "as a full member": the noun is what the verb's object is made."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _with_help_of(noun: Token) -> bool:
    """ "with the help of X", "with help from X", "with X's support", "at the request of X",
    "in response to a request from X" attached to a clause."""
    if noun.dep_ != "pobj":
        return False
    opener = noun.head
    if opener.lower_ == "to" and opener.head.lower_ in ANSWER_NOUNS:
        opener = opener.head.head  # "in response to a request from X": at X's request
        if opener.lower_ != "in":
            return False
    elif opener.lower_ not in ("with", "at", "upon", "on"):
        return False
    return any(c.dep_ == "poss" for c in children(noun)) or any(
        c.dep_ == "prep" and c.lower_ in HELPER_PREPS for c in children(noun)
    )


def _between_pair(noun: Token) -> bool:
    """ "fighting between A and B" (the "between" on the noun or on the verb it is the subject
    of), "the establishment of relations between A and B" (or "between the two countries"), "the
    signing of an accord between A and B": an act that names both of its sides."""
    return (
        any(_between(head, listed=True) for head in between_heads(noun))
        or _of_noun_between(noun, RELATION_NOUNS, listed=False)
        or _of_noun_between(noun, DOCUMENT_NOUNS, listed=True)
    )


def between_heads(noun: Token) -> list[Token]:
    """Where the "between" of an event noun hangs: on the noun, or on the verb it is the subject
    of ("fighting broke out in the capital on Monday [between] the army and the rebels")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
        return [noun, noun.head]
    return [noun]


def _between(token: Token, *, listed: bool) -> bool:
    """``token`` has a "between" phrase; with ``listed``, one that names both sides ("A and B",
    "the two countries")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "between"
        and (not listed or any(_names_both_sides(g) for g in children(c)))
        for c in children(token)
    )


def _names_both_sides(noun: Token) -> bool:
    """A "between" object that names both sides: a list ("A and B"), a pair phrase ("the two
    countries"), or people of a listed pair ("the foreign ministers [of A and B]", "[Chinese and
    Indian] defence ministers")."""
    if noun.conjuncts or _names_a_pair(noun):
        return True
    owners = [obj for _, obj in prep_objects(noun, {"of"})]
    owners += [c for c in children(noun) if c.dep_ in ("amod", "compound") and c.i < noun.i]
    return any(owner.conjuncts for owner in owners)


def _names_a_pair(noun: Token) -> bool:
    """ "the two countries", "both sides": a phrase that stands for the story's two sides."""
    return is_pair_phrase(noun.doc[noun.left_edge.i : noun.i + 1].text)


def _of_noun_between(noun: Token, wanted: frozenset[str], *, listed: bool) -> bool:
    """The noun's "of" object is one of ``wanted`` and names its sides with "between"."""
    return any(
        thing.lemma_.lower() in wanted and _between(thing, listed=listed)
        for _, thing in prep_objects(noun, {"of"})
    )


def _has_object(verb: Token, wanted: frozenset[str]) -> bool:
    """The verb's own object (or passive subject) is one of ``wanted``."""
    return any(
        token.lemma_.lower() in wanted or token.lower_ in wanted
        for token in direct_objects(verb) + passive_subjects(verb)
    )


def _obliged_other(verb: Token) -> bool:
    """ "said that Liberian President Taylor must step down": a reported clause whose subject,
    someone other than the speaker, "must" act."""
    return any(
        clause.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ == "must" for c in children(clause))
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in OBLIGED_SELVES
            for c in children(clause)
        )
        for clause in children(verb)
    )


OBLIGED_SELVES = words("obliged_selves")
DRIVEN_VERBS = words("driven_verbs")
REFUSING_AUXILIARIES = words("refusing_auxiliaries")


def _announced(verb: Token) -> bool:
    """An act told of as to come in its own clause ("said it would respond"), not as the
    infinitive of a verb that has its own entry ("vowed to respond")."""
    driven = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in DRIVEN_VERBS
    return (verb.dep_ != "xcomp" or driven) and modality_of(verb) == "planned"


def _refused_stance(verb: Token) -> bool:
    """ "cannot accept", "will not accept", "would never accept": a stance against the thing,
    not an act that merely did not happen."""
    kids = children(verb)
    negated = any(c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in kids)
    return negated and any(
        c.dep_ == "aux" and c.lemma_.lower() in REFUSING_AUXILIARIES for c in kids
    )


def _has_subject(verb: Token, wanted: frozenset[str], *, inherit: bool = False) -> bool:
    """One of ``wanted`` does the verb; with ``inherit``, also the subject of the verb it
    completes, for a crowd's act ("[consumers] began boycotting Danish goods")."""
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ in ACTIVE_FORMS:
        subjects.append(verb.head)  # "a flotilla set off" parsed as a noun with a clause
    if not subjects:
        subjects = infinitive_controllers(verb)
    if not subjects and inherit:
        subjects = completed_verb_subjects(verb)
    # "[thousands] of American troops rolled in", "[the first] of 15,000 troops landed"
    subjects += [
        obj
        for s in subjects
        if s.lower_ in COUNT_WORDS or s.like_num
        for _, obj in prep_objects(s, {"of"})
    ]
    return any(
        s.lemma_.lower() in wanted
        or s.lower_ in wanted
        or _compound_name(s) in wanted
        or any(f"{w.lower_} {s.lower_}" in wanted for w in s.subtree if w.i < s.i)
        for s in subjects
    )


COUNT_WORDS = words("count_words")


def _compound_name(noun: Token) -> str:
    """ "consulate general": a noun with the compound in front of it, as one name."""
    compounds = [c.lower_ for c in children(noun) if c.dep_ == "compound" and c.i < noun.i]
    return " ".join([*compounds, noun.lower_])


def _has_infinitive(verb: Token) -> bool:
    """ "called Addis Ababa [to cooperate]": a to-infinitive complement."""
    return bool(to_complements(verb))


JOINING_PREPOSITIONS = words("joining_prepositions")


def _joined_as_a_state(verb: Token, actor_kind: ActorKindOf) -> bool:
    """ "Myanmar joined in December 1997": no object (only dates), and a state joins, not a
    person ("Putin joined by video link") or a crowd ("protesters joined in"). A second verb
    shares the first one's subject ("Venezuela joined in 1973 and withdrew in 2006")."""
    if direct_objects(verb) or any(child.dep_ in ("prt", "dative") for child in children(verb)):
        return False
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in JOINING_PREPOSITIONS:
            objects = [grand for grand in children(child) if grand.dep_ == "pobj"]
            if not all(obj.ent_type_ in ("DATE", "TIME") for obj in objects):
                return False
    subjects = [child for child in children(verb) if child.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = inherited_subject(verb)[0]
    return bool(subjects) and all(actor_kind(subject) == "state" for subject in subjects)


def _has_complement(verb: Token, wanted: frozenset[str]) -> bool:
    """ "vowed [to retaliate]": a to-infinitive complement of one of these verbs."""
    return any(act.lemma_.lower() in wanted for act in to_complements(verb))


def _has_particle(token: Token, wanted: frozenset[str]) -> bool:
    for child in children(token):
        if child.lower_ in wanted:
            return True
        if child.dep_ == "dobj" and any(grand.lower_ in wanted for grand in children(child)):
            return True
        if _clause_opened_by(child, token, wanted):
            return True
    return False


def _clause_opened_by(clause: Token, verb: Token, wanted: frozenset[str]) -> bool:
    """ "called for [the UN to intervene]": the parser makes "for" the mark of the clause
    whose subject is asked to act, so the particle heads the verb's complement."""
    return clause.dep_ in ("advcl", "ccomp") and any(
        grand.dep_ == "mark" and grand.lower_ in wanted and grand.i == verb.i + 1
        for grand in children(clause)
    )


def _objects(verb: Token) -> list[Token]:
    """Candidate objects: direct objects, passive subjects, and objects of the verb's prepositions."""
    found: list[Token] = []
    for head in direct_objects(verb) + passive_subjects(verb) + shared_objects(verb):
        found.extend(expand_conjuncts(head))
        if head.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            found.append(verb.head)  # "the Agreement, which X and Y signed"
    for child in children(verb):
        if child.dep_ in ("prep", "prt", "agent") and child.lower_ not in EARLIER_PREPS:
            # "resumed trade after talks": what went before is no object of the verb
            for grand in children(child):
                if grand.dep_ == "pobj":
                    found.extend(expand_conjuncts(grand))
                elif grand.dep_ == "prep" and child.lower_ in DIRECTION_ADVERBS:
                    # "walked out [of the OAU]": "out" taken for a preposition over "of"
                    found.extend(o for o in children(grand) if o.dep_ == "pobj")
    for child in children(verb):
        if child.dep_ == "xcomp":
            found.extend(direct_objects(child))
    found.extend(_infinitive_subjects(verb))
    if (verb.dep_ == "acl" and verb.tag_ == "VBN") or agent_compound(verb):
        found.append(verb.head)  # "the talks, hosted by Saudi Arabia", "Rwanda-backed M23"
    if _object_relative(verb):
        found.append(verb.head)  # "the restrictions [it imposed]"
    if _object_predicate(verb):
        found.extend(direct_objects(verb.head))  # "ordered [the border] closed"
    found.extend(_judgements(verb))
    found.extend(_named_by_free_relative(verb))
    return found


LETTING_VERBS = words("letting_verbs")


def _infinitive_subjects(verb: Token) -> list[Token]:
    """ "allowed UN inspectors to visit the plant": the parser makes the one let do the act the
    subject of a "to" clause; it is the object of the verb that lets it."""
    if verb.lemma_.lower() not in LETTING_VERBS:
        return []
    return [
        subject
        for clause in children(verb)
        if clause.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(clause))
        for subject in children(clause)
        if subject.dep_ == "nsubj" and subject.pos_ in ("NOUN", "PROPN")
    ]


def _object_predicate(verb: Token) -> bool:
    """A bare participle that says what state the governing verb puts its object in: "ordered
    the border closed", "declared the airspace shut" (the participle has no object of its own)."""
    return (
        verb.dep_ in ("xcomp", "oprd", "ccomp")
        and verb.tag_ in ("VBN", "VBD")
        and not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass", "aux", "auxpass") for c in children(verb)
        )
        and verb.head.i != verb.i
    )


def _named_by_free_relative(verb: Token) -> list[Token]:
    """ "struck what it called bases": the parser makes "what it called" a complement clause of
    the verb; the noun the clause names is the verb's object."""
    named: list[Token] = []
    for clause in children(verb):
        if clause.dep_ != "ccomp" or not any(
            c.dep_ == "dobj" and c.lower_ == "what" and c.i < clause.i for c in children(clause)
        ):
            continue
        for child in children(clause):
            if child.dep_ in ("oprd", "attr"):
                named.append(child)
            elif child.dep_ == "dobj" and child.i > clause.i:
                named.append(child)  # "what it called [a training camp]", parsed as an object
            elif child.dep_ == "prep" and child.lower_ == "as":  # "what it described as X"
                named.extend(g for g in children(child) if g.dep_ == "pobj")
    return named


def _object_relative(verb: Token) -> bool:
    """A relative clause without a relative pronoun whose verb has a subject but no object
    modifies the noun it is about: "the export restrictions it imposed in 2019"."""
    if verb.dep_ != "relcl" or direct_objects(verb) or passive_subjects(verb):
        return False
    dependents = children(verb)
    return any(c.dep_ == "nsubj" for c in dependents) and not any(
        c.tag_ in ("WDT", "WP", "WRB") or c.dep_ == "mark" for c in dependents
    )


def _judgements(verb: Token) -> list[Token]:
    """What a verb of judging calls its object: "described the move as unlawful", "deemed it
    illegal" (parsers hang the adjective on the verb or on the object)."""
    judged = ("acomp", "ccomp", "advcl", "oprd", "prep")
    found = [child for child in children(verb) if child.dep_ in judged]
    for obj in direct_objects(verb):
        found.extend(
            child
            for child in children(obj)
            if child.dep_ in ("amod", "acomp", "prep") and child.i > obj.i
        )
    judgements: list[Token] = []
    for token in found:
        if token.dep_ != "prep":
            judgements.append(token)
        elif token.lower_ == "as":  # "as unlawful"
            judgements.extend(children(token))
    labels = [token for token in judgements if token.pos_ == "NOUN"]
    judgements.extend(c for label in labels for c in children(label) if c.dep_ == "amod")
    return [token for token in judgements if token.pos_ in ("ADJ", "NOUN")]


@dataclass(frozen=True)
class _VerbObjects:
    """A verb's candidate objects (with the nouns their pronouns stand for) and, after each, what
    it contains: the same for every rule of the verb."""

    objects: list[Token]
    with_contents: list[Token]

    @classmethod
    def of(cls, verb: Token) -> _VerbObjects:
        objects = _objects(verb)
        objects += [a for o in objects if (a := antecedent(o)) is not None]
        return cls(objects, _with_contents(objects))


def _modified_forms(noun: Token) -> set[str]:
    """The noun with each modifier in front of it, as the lexicon may list it ("military
    presence", "troop presence")."""
    return {
        f"{child.lower_} {noun.lower_}"
        for child in children(noun)
        if child.dep_ in ("amod", "compound", "nmod") and child.i < noun.i
    }


def _hyphenated_form(token: Token) -> str:
    """ "sit-in", which the tokenizer splits into "sit", "-", "in": the word as written, read
    from its last part (empty when the token is no such last part)."""
    i = token.i
    if i < 2:
        return ""
    doc = token.doc
    hyphen, first = doc[i - 1], doc[i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
        return ""
    return f"{first.lower_}-{token.lower_}"


def _matching_object(
    verb: Token,
    rule: TriggerRule,
    lexicon: Lexicon,
    actor_kind: ActorKindOf,
    read: _VerbObjects | None = None,
) -> Token | None:
    read = read or _VerbObjects.of(verb)
    earlier = [a for o in read.objects for a in _earlier_antecedents(o, rule)]
    for candidate in read.with_contents + _with_contents(earlier):
        lemma = candidate.lemma_.lower()
        if lemma in rule.objects or candidate.lower_ in rule.objects:
            return candidate
        if _hyphenated_form(candidate) in rule.objects:
            return candidate  # "staged a sit-in", split by the tokenizer into three tokens
        if _modified_forms(candidate) & rule.objects:
            return candidate  # "boosted its [military] presence", not its economic presence
        if (
            rule.wants_meeting
            and _is_meeting_noun(candidate, lexicon)
            and not _called_upon(candidate, verb)
            and not (rule.type in ("HOSTS", "CONSULT") and _asked_for(candidate, verb))
        ):
            return candidate
        if (
            PLACE_OBJECT in rule.objects
            and candidate.dep_ in PLACE_OBJECT_DEPS
            and _governed_by(candidate, verb)
            and candidate.pos_ == "PROPN"
            and _names_place(candidate, actor_kind(candidate))
        ):
            return candidate  # "captured Kigali", "overran Srebrenica"
        if (
            NATIONALS_OBJECT in rule.objects
            and (candidate.tag_ in ("NNS", "NNPS") or _one_of_a_nation(candidate))
            and candidate.pos_ == "PROPN"  # the nationality word itself, not "their envoys"
            and candidate.ent_type_ != "GPE"  # "the Philippines" is the state itself
            and actor_kind(candidate) == "state"
        ):
            return candidate
        if (
            rule.actor_objects
            and (
                (candidate.dep_ in ACTOR_OBJECT_DEPS and _governed_by(candidate, verb))
                or _after_particle(candidate, verb, rule)  # "withdrew from [the CSTO]"
                or _participle_head(candidate, verb)  # "[the EAEU], set up by Russia"
            )
            and not _names_an_act(candidate, lexicon)
            and not _names_a_meeting(candidate, lexicon, actor_kind)
            and _actor_fits(actor_kind(candidate), rule.actor_objects)
        ):
            return candidate
    return None


def _names_a_meeting(candidate: Token, lexicon: Lexicon, actor_kind: ActorKindOf) -> bool:
    """ "hosted the Annual Meetings of the IMF and the World Bank": a meeting of an actor,
    and the actors whose meeting it is, are no guests received (a name that holds a meeting
    word, "the Organisation of the Islamic Conference", "the Pacific Islands Forum", is)."""
    head = candidate
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # the meeting the actor's name belongs to
    return any(_meeting_of_actor(token, lexicon, actor_kind) for token in {candidate, head})


def _meeting_of_actor(token: Token, lexicon: Lexicon, actor_kind: ActorKindOf) -> bool:
    return _is_meeting_noun(token, lexicon) and any(
        actor_kind(member) not in (None, "place")
        for child in children(token)
        if child.dep_ == "prep" and child.lower_ == "of"
        for member in children(child)
        if member.dep_ == "pobj"
    )


def _is_meeting_noun(token: Token, lexicon: Lexicon) -> bool:
    if any(c.dep_ == "compound" and c.lower_ == "war" for c in children(token)):
        return False  # "held war games": an exercise, not the Games
    word = token.lower_
    forms = {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word}
    return bool(forms & lexicon.meeting_nouns)


def _names_an_act(candidate: Token, lexicon: Lexicon) -> bool:
    """A common noun of the lexicon's act families that names an act, not an actor it is done to: "the pact was welcomed by
    Benin" (read back to the pact's signers, it is no visitor Benin received); a word inside a
    name ("the Shanghai Cooperation Organisation") has no determiner of its own."""
    return (
        candidate.pos_ == "NOUN"
        and any(child.dep_ == "det" for child in children(candidate))
        and any(candidate.lemma_.lower() in family for family in lexicon.act_families)
    )


INDEFINITE_ARTICLES = frozenset({"a", "an"})


def _called_upon(candidate: Token, verb: Token) -> bool:
    """ "called on [the General Assembly] to act": a body of that name called upon, not a
    meeting held."""
    preposition = candidate.head
    return (
        candidate.dep_ == "pobj"
        and preposition.lower_ in ("on", "upon")
        and preposition.head.i == verb.i
    )


ASKING_FOR_VERBS = words("asking_for_verbs")


def _asked_for(candidate: Token, verb: Token) -> bool:
    """ "called for an emergency session of the Security Council": a meeting asked for (the
    object of the verb's "for"), not one held or attended (a request's own object)."""
    preposition = candidate.head
    return (
        candidate.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.head.i == verb.i
        and verb.lemma_.lower() in ASKING_FOR_VERBS
    )


def _one_of_a_nation(candidate: Token) -> bool:
    """ "freed [an American]", "released [a Briton]": a singular nationality word with an
    indefinite article names one of that nation's people (not "the American" position)."""
    return candidate.tag_ == "NNP" and any(
        child.dep_ == "det" and child.lower_ in INDEFINITE_ARTICLES for child in children(candidate)
    )


def _participle_head(candidate: Token, verb: Token) -> bool:
    """The noun a past participle describes is what the participle's act was done to ("the
    EAEU, set up by Russia", "the Rwanda-backed M23")."""
    participle = (verb.dep_ == "acl" and verb.tag_ == "VBN") or agent_compound(verb)
    if participle and candidate.i == verb.head.i:
        return True
    described = described_across_comma(verb)
    return described is not None and candidate.i == described.i


OBJECT_PRONOUNS = {"them": "NNS", "it": "NN"}


def antecedent(pronoun: Token) -> Token | None:
    """The noun an object pronoun stands for when it is the nearest earlier noun of the same
    number in the sentence: "relations ..., when La Paz broke them off"."""
    tag = OBJECT_PRONOUNS.get(pronoun.lower_)
    if tag is None or pronoun.dep_ not in ("dobj", "nsubjpass"):
        return None
    for token in reversed(list(sentence_of(pronoun)[: pronoun.i - sentence_of(pronoun).start])):
        if token.tag_ in ("NNS", "NN"):
            return token if token.tag_ == tag else None
    return None


def _earlier_antecedents(pronoun: Token, rule: TriggerRule) -> list[Token]:
    """ "The accords were drafted in Cairo. Five states signed them in May": an object pronoun
    with no noun before it in its own sentence stands for a noun of the previous sentence of the
    kind the rule wants (and of the pronoun's number)."""
    tag = OBJECT_PRONOUNS.get(pronoun.lower_)
    if tag is None or pronoun.dep_ not in ("dobj", "nsubjpass"):
        return []
    sentence = sentence_of(pronoun)
    if any(t.tag_ in ("NN", "NNS") for t in sentence[: pronoun.i - sentence.start]):
        return []
    if sentence.start == 0:
        return []
    previous = sentence_of(pronoun.doc[sentence.start - 1])
    return [
        token
        for token in previous
        if token.tag_.startswith(tag)
        and (token.lemma_.lower() in rule.objects or token.lower_ in rule.objects)
    ]


def _after_particle(candidate: Token, verb: Token, rule: TriggerRule) -> bool:
    """The object of one of the rule's own prepositions on the verb: "returned to [the AU]",
    "walked out of [the OAU]" ("out" taken for a preposition over "of")."""
    preposition = candidate.head
    if preposition.lower_ == "of" and preposition.head.lower_ in DIRECTION_ADVERBS:
        preposition = preposition.head
    return (
        candidate.dep_ == "pobj"
        and preposition.lower_ in rule.particles
        and preposition.head.i == verb.i
    )


def _governed_by(candidate: Token, verb: Token) -> bool:
    """The candidate (or the list it is part of) is the verb's own dependent, or the subject a
    coordinated passive shares ("It was conceived in 1950 and [was launched] by A and B")."""
    head = candidate
    while head.dep_ in ("conj", "appos") and head.head.i != head.i:
        head = head.head
    return (
        head.head.i == verb.i
        or head.i == verb.head.i
        or head.i in {obj.i for obj in shared_objects(verb)}
        or (head.dep_ == "nsubjpass" and head.i in {s.i for s in passive_subjects(verb)})
    )


def _with_contents(objects: list[Token]) -> list[Token]:
    """Objects and what they contain: "a package [of sanctions]", "a series of [talks]",
    "thousands of [Haitians]" (a plural nationality word)."""
    found = []
    for token in objects:
        found.append(token)
        # "a Gateway Investment Package": what kind of thing the object is
        found.extend(child for child in children(token) if child.dep_ == "compound")
        if token.lemma_.lower() in UNDOING_NOUNS:
            continue  # "announced the lifting of [sanctions]": no sanctions announced
        # "claimed responsibility for [the attack]": what is owned up to
        contents = {"of", "for"} if token.lemma_.lower() in ANSWERABILITY_NOUNS else {"of"}
        found.extend(
            grand
            for child in children(token)
            if child.dep_ == "prep" and child.lower_ in contents
            for grand in children(child)
            if grand.dep_ == "pobj" and (grand.pos_ == "NOUN" or grand.tag_ == "NNPS")
        )
    return found


def _names_place(name: Token, kind: str | None) -> bool:
    """A city or region the gazetteer places ("Goma"), or a state's own name the tagger does
    not read as a person or thing ("Kabul", not the ship "Galaxy Leader" read back to a state)."""
    return kind == "place" or (kind == "state" and name.ent_type_ not in NOT_PLACE_ENTITIES)


def _actor_fits(kind: str | None, wanted: frozenset[str]) -> bool:
    if kind is None or kind == "place":
        return False  # a city or region is where acts happen, not who they are done to
    if "ANY_ACTOR" in wanted:
        return True
    if "ANY_STATE" in wanted and kind == "state":
        return True
    if "ANY_IGO" in wanted and kind in ("igo", "group"):
        return True
    if "ANY_ORGANISATION" in wanted and kind == "organisation":
        return True  # armed groups, companies, NGOs
    return "ANY_PERSON_OR_STATE" in wanted and kind in ("person", "state")
