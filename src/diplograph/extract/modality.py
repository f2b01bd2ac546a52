"""Keep asserted, planned, negated and hypothetical acts apart (cues in data/lexicon/modality.yaml).

PLOVER codes promises and plans as AGREE: a planned cooperative act ("will visit", "plans to
open") becomes an AGREE with modality ``planned``; a planned hostile act becomes THREATEN.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from diplograph.extract.syntax import has_to, is_subjunctive, mandative, sets_a_deadline
from diplograph.extract.tree import children
from diplograph.wordlists import read_data_yaml, words

COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "INVESTS"})
# An announced withdrawal or easing is itself a concession (PLOVER: CONCEDE).
YIELDING = frozenset({"CONCEDE", "RETREAT"})
HOSTILE = frozenset({"SANCTION", "COERCE", "ASSAULT", "MOBILIZE"})
SPEECH_VERBS = words("speech_verbs")
PROMISING_AUXILIARIES = words("promising_auxiliaries")
CLAUSE_LINKS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "acl", "relcl"})


@dataclass(frozen=True)
class ModalityCues:
    negation: frozenset[str]
    cancellers: frozenset[str]
    subject_negators: frozenset[str]
    refusal_nouns: frozenset[str]
    denial: frozenset[str]
    rejoinders: frozenset[str]
    affirming: frozenset[str]
    future: frozenset[str]
    planning: frozenset[str]
    hypothetical: frozenset[str]
    conditions: frozenset[str]
    factual: frozenset[str]
    determiners: frozenset[str]
    requests: frozenset[str]
    allegations: frozenset[str]


@lru_cache(maxsize=1)
def modality_cues() -> ModalityCues:
    data = read_data_yaml("lexicon", "modality.yaml")
    return ModalityCues(
        negation=frozenset(data["negation_words"]),
        cancellers=frozenset(data["negation_cancellers"]),
        subject_negators=frozenset(data["negating_subject_determiners"]),
        refusal_nouns=frozenset(data["refusal_nouns"]),
        denial=frozenset(data["denial_verbs"]),
        rejoinders=frozenset(data["rejoinder_nouns"]),
        affirming=frozenset(data["affirming_when_negated"]),
        future=frozenset(data["future_auxiliaries"]),
        planning=frozenset(data["planning_verbs"]),
        hypothetical=frozenset(data["hypothetical_auxiliaries"]),
        conditions=frozenset(data["condition_markers"]),
        factual=frozenset(data["factual_markers"]),
        determiners=frozenset(data["hypothetical_determiners"]),
        requests=frozenset(data["request_verbs"]),
        allegations=frozenset(data["allegation_verbs"]),
    )


def modality_of(predicate: Token) -> str:
    """``asserted``, ``planned``, ``negated`` or ``hypothetical`` for the act headed by ``predicate``."""
    cues = modality_cues()
    if _shares_clause(predicate):
        # "France would bring its ambassador home and withdraw its troops": the second verb
        # has no subject or auxiliary of its own and shares the first one's modality.
        return modality_of(predicate.head)
    if _is_negated(predicate, cues) or _disowned(predicate) or _refused(predicate, cues):
        return "negated"
    if _is_conditional(predicate, cues):
        return "hypothetical"
    if _plotted(predicate) or _in_blocked_text(predicate):
        return "hypothetical"
    if _intended(predicate) or _scheduled(predicate):
        return "planned"
    chain = _governing_chain(predicate)
    for position, verb in enumerate(chain):
        auxiliaries = {child.lower_ for child in children(verb) if child.dep_ in ("aux", "auxpass")}
        if auxiliaries & cues.hypothetical:
            return "planned" if _reported(verb) and "would" in auxiliaries else "hypothetical"
        if auxiliaries & cues.future:
            return "hypothetical" if _any_subject(verb, cues) else "planned"
        # "told reporters that" is no request; "demanded that Sudan withdraw" (a bare verb) is.
        asked = (
            position > 0
            and (
                chain[position - 1].dep_ != "ccomp"
                or is_subjunctive(chain[position - 1])
                or mandative(chain[position - 1])
            )
            and not _state_complement(chain[position - 1])
            and not _participle_read_as_complement(chain[position - 1])
        )
        if asked and (verb.lemma_ in cues.requests | cues.allegations or sets_a_deadline(verb)):
            return "hypothetical"  # "urged X to release", "gave X a week to release"
        if position > 0 and verb.lemma_ in cues.denial:
            if _rejoinder(verb, chain[position - 1], cues):
                break  # "accused Rwanda of arming rebels, a charge Kigali denies": still said
            return "negated"
        if position > 0 and verb.lemma_ in cues.planning:
            if _told_as_done(chain[position - 1]):
                break  # "pledged ..., [that] the US had boycotted": a done act, not a promise
            return "planned"
        if position > 0 and _is_negated(verb, cues):
            if verb.lemma_ in cues.affirming:
                break  # "did not hesitate to condemn": condemned
            return "negated"
    return "asserted"


PLANNED_NOUN_MODIFIERS = words("planned_noun_modifiers")
POSSIBLE_NOUN_MODIFIERS = words("possible_noun_modifiers")


def noun_modality(noun: Token) -> str | None:
    """What a modifier in front says of an event noun's act: ``planned`` ("the [planned]
    withdrawal", "[proposed] arms deliveries", "an offer [of] mediation"), ``hypothetical`` ("a
    [possible] offensive"), or None when it says nothing."""
    modifiers = {
        child.lower_
        for child in children(noun)
        if child.dep_ in ("amod", "compound") and child.i < noun.i
    }
    if modifiers & POSSIBLE_NOUN_MODIFIERS:
        return "hypothetical"
    if modifiers & PLANNED_NOUN_MODIFIERS or offering_noun(noun) is not None:
        return "planned"
    return None


OFFERING_NOUNS = words("offering_nouns")


def offering_noun(noun: Token) -> Token | None:
    """The offer or plan whose "of" phrase the event noun is ("a French [offer] of mediation"):
    the act is offered, not done."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in OFFERING_NOUNS:
        return head.head
    return None


def _participle_read_as_complement(verb: Token) -> bool:
    """ "told visiting Japanese Prime Minister Abe that ...": a participle in front of the
    person told, which the parser may make the verb's complement; an act asked for is a "to"
    infinitive ("told Abe to visit")."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VBG" and not has_to(verb)


PROMISE_VERBS = words("promise_verbs")


def adjust_type(event_type: str, modality: str, predicate: Token | None = None) -> str:
    """PLOVER: promises of cooperation are AGREE, announced hostile acts are THREATEN.

    An act someone agreed or pledged to do is an AGREE whatever the act ("agreed to send troops").
    """
    if modality != "planned":
        return event_type
    if event_type in YIELDING:
        # "threatened to open the borders to migrants": a warning (told by the threat verb), no
        # concession
        return event_type if threatened(predicate) else "CONCEDE"
    if event_type == "HOSTS":
        # "ready to host a conference" offers (AGREE); "will host the next summit" schedules
        # a meeting, which is hosted all the same (HOSTS, modality planned).
        return "AGREE" if _offered(predicate) else event_type
    if event_type in COOPERATIVE or (event_type == "MOBILIZE" and _promised(predicate)):
        return "AGREE"
    return "THREATEN" if event_type in HOSTILE else event_type


INTENT_NOUNS = words("intent_nouns")


PLOT_NOUNS = words("plot_nouns")
ABILITY_NOUNS = words("ability_nouns")
PERFORMATIVE_NOUNS = words("performative_nouns")


def _plotted(predicate: Token) -> bool:
    """ "a plot to kill X", "a conspiracy to overthrow Y": the act was only plotted; "the
    ability to fight back", "the right to respond": only possible."""
    if predicate.dep_ != "acl" or predicate.head.lemma_.lower() not in PLOT_NOUNS | ABILITY_NOUNS:
        return False
    return has_to(predicate)


def _intended(predicate: Token) -> bool:
    """ "an agreement to resume relations", "plans to build": the act is still to come."""
    if predicate.dep_ != "acl" or predicate.head.lemma_.lower() not in INTENT_NOUNS:
        return False
    return has_to(predicate)


def _refused(predicate: Token, cues: ModalityCues) -> bool:
    """ "regretted Ukraine's refusal to talk to Hungary": the refused act did not happen."""
    if predicate.dep_ != "acl" or predicate.head.lemma_.lower() not in cues.refusal_nouns:
        return False
    return has_to(predicate)


def conditional_threat(event_type: str, predicate: Token) -> bool:
    """ "X would cut off relations if Y went ahead", "will respond should Y attack": a hostile act
    the actor says it will take on a condition (PLOVER THREATEN)."""
    if event_type not in HOSTILE:
        return False
    if _reserved_right(predicate):
        return True  # "reserves the right to close the border"
    verbs = [predicate, *(v for v in [predicate.head] if _shares_clause(predicate))]
    return any(_in_the_future(verb) and _conditions_of(verb) for verb in verbs)


def _reserved_right(predicate: Token) -> bool:
    """ "Lithuania reserves the right to close the border": a hostile act held in reserve."""
    right = predicate.head
    return (
        predicate.dep_ == "acl"
        and right.lemma_.lower() == "right"
        and right.head.lemma_.lower() in ("reserve", "retain")
        and has_to(predicate)
    )


def conditional_offer(event_type: str, predicate: Token) -> bool:
    """ "If Y halts the deportations, we will be ready to resume talks": a cooperative act the
    actor says it will do on a condition, an offer made now (PLOVER AGREE)."""
    if event_type not in COOPERATIVE:
        return False
    return bool(condition_clauses(predicate))


def condition_clauses(predicate: Token) -> list[Token]:
    """The condition clauses of an act promised on a condition: "[if Y halts the deportations],
    we will be ready to resume talks" (the act's verb or one it completes is in the future, and
    the condition hangs on any verb of that chain)."""
    verbs = [predicate]
    while verbs[-1].dep_ in ("xcomp", "acomp") and len(verbs) < 4:
        verbs.append(verbs[-1].head)  # "will be [ready] to [resume]"
    if not any(_in_the_future(verb) for verb in verbs):
        return []
    return [clause for verb in verbs for clause in _conditions_of(verb)]


def conditions_below(predicate: Token) -> list[Token]:
    """The condition clauses of a warning's threatened act: "threatened to cut off the gas [if
    the bloc imposes sanctions]", "warned that oil would not pass [if the West imposed
    sanctions]" (on the warning verb or on the clause or infinitive it governs)."""
    verbs = [predicate]
    for verb in verbs:
        if len(verbs) < 6:
            verbs += [c for c in children(verb) if c.dep_ in ("xcomp", "ccomp", "acomp")]
    return [clause for verb in verbs for clause in _conditions_of(verb)]


def _in_the_future(verb: Token) -> bool:
    """The verb is in the future ("will", "would")."""
    return any(c.dep_ == "aux" and c.lower_ in PROMISING_AUXILIARIES for c in children(verb))


def _conditions_of(verb: Token) -> list[Token]:
    """The verb's clauses opened by "if", "unless" ... or by an inverted "should"."""
    cues = modality_cues()
    found = []
    for clause in children(verb):
        if clause.dep_ not in ("advcl", "ccomp"):
            continue
        marks = {c.lower_ for c in children(clause) if c.dep_ == "mark"}
        subject = next((c.i for c in children(clause) if c.dep_ == "nsubj"), clause.i)
        inverted = any(  # "should the burning go ahead"
            c.dep_ == "aux" and c.lower_ in ("should", "were", "had") and c.i < subject
            for c in children(clause)
        )
        if marks & cues.conditions or inverted:
            found.append(clause)
    return found


DECIDING_VERBS = words("deciding_verbs")
SAYING_VERBS = words("saying_verbs")
SELF_WORDS = words("self_words")
RESOLVING_VERBS = words("resolving_verbs")
ADMITTING_VERBS = words("admitting_verbs")


def decided_admission(verb: Token) -> bool:
    """ "African Union leaders agreed to readmit Morocco", "voted to admit South Sudan": a body's
    decision to take a member in is the admission itself."""
    return (
        verb.lemma_.lower() in ADMITTING_VERBS
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in RESOLVING_VERBS | DECIDING_VERBS
    )


def announced_measure(
    predicate: Token, speaks_for: Callable[[Token, Token], bool] | None = None
) -> bool:
    """ "South Korea said it would scrap the pact", "China will cancel the talks", "EU ministers
    agreed to ban the airline": a measure the actor makes public as decided. The gold rules code
    the measure itself (SANCTION); warnings ("warned it would"), conditions ("if", "should") and
    vague responses stay THREATEN. ``speaks_for(speaker, subject)`` tells whether the one who
    says it speaks for the measure's subject ("May said Britain would expel ...")."""
    verb = _clause_verb(predicate)
    if verb.dep_ == "xcomp" and verb.head.lemma_ in RESOLVING_VERBS:
        return not conditional_threat("SANCTION", predicate)
    auxiliaries = {child.lower_ for child in children(verb) if child.dep_ == "aux"}
    if not auxiliaries & PROMISING_AUXILIARIES:
        return False
    if conditional_threat("SANCTION", predicate):
        return False  # "would cut off relations if ...": a threat
    if verb.dep_ == "ROOT":
        return "would" not in auxiliaries  # "China will also cancel the call"
    if verb.dep_ != "ccomp":
        return False
    if verb.head.lemma_ in DECIDING_VERBS:
        return True
    if verb.head.lemma_ not in SAYING_VERBS:
        return False
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in SELF_WORDS or any(
        c.dep_ == "poss" and c.lower_ in SELF_WORDS for c in children(subject)
    ):
        return True
    speaker = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
    return speaker is not None and speaks_for is not None and speaks_for(speaker, subject)


def _clause_verb(predicate: Token) -> Token:
    """The verb whose subject and auxiliary a bare conjunct shares: "will recall its envoy,
    close its embassy and [suspend] flights" -> "recall"."""
    verb = predicate
    for _ in range(6):
        if not _shares_clause(verb):
            break
        verb = verb.head
    return verb


def announced_deployment(predicate: Token) -> bool:
    """ "Paris said it would send two frigates", "said the troops would be redeployed to Niger":
    a deployment the actor makes public as decided (the gold rules code it MOBILIZE). A
    conditional one ("would deploy missiles if ...") stays a threat."""
    if announced_measure(predicate):
        return True
    if predicate.dep_ != "ccomp" or conditional_threat("MOBILIZE", predicate):
        return False
    head = predicate.head.lemma_
    deployed = any(child.dep_ == "nsubjpass" for child in children(predicate))
    return head in SAYING_VERBS | DECIDING_VERBS and deployed and _in_the_future(predicate)


def _shares_clause(predicate: Token) -> bool:
    if predicate.dep_ != "conj" or predicate.head.i == predicate.i:
        return False
    # an infinitive's "to" is no auxiliary of its own: "agreed to raise trade and to step up
    # cooperation" plans both
    own = {child.dep_ for child in children(predicate) if child.tag_ != "TO"}
    if _own_tense(predicate):
        return False
    return not own & {"nsubj", "nsubjpass", "aux", "auxpass", "neg"}


def _own_tense(conjunct: Token) -> bool:
    """ "would not bow to pressure and rejected calls": a finite verb joined to a bare one
    cannot take the first one's auxiliary ("would ... rejected"), so it stands on its own."""
    return conjunct.tag_ in FINITE_TAGS and conjunct.head.tag_ == "VB"


# Finite verb forms (a past or a present with its own tense), not bare infinitives.
FINITE_TAGS = frozenset({"VBD", "VBZ"})


OFFER_WORDS = words("offer_words")


def _offered(predicate: Token | None) -> bool:
    return predicate is not None and any(
        verb.lemma_ in OFFER_WORDS for verb in _governing_chain(predicate)[1:]
    )


THREAT_VERBS = words("threat_verbs")


def threatened(predicate: Token | None) -> bool:
    """Whether the act is one a threat verb or noun governs ("threatened to block the bid",
    "Moscow's threat to cut off gas")."""
    return predicate is not None and any(
        verb.lemma_ in THREAT_VERBS for verb in _governing_words(predicate)
    )


def _promised(predicate: Token | None) -> bool:
    """Whether the act is one a promise verb or noun governs ("pledged to send troops",
    "Berlin's pledge to send troops")."""
    return predicate is not None and any(
        verb.lemma_ in PROMISE_VERBS for verb in _governing_words(predicate)
    )


def _governing_words(predicate: Token) -> list[Token]:
    """The verbs an act is the complement of, and the noun whose "to" infinitive the chain
    ends in ("the [pledge] to send troops", "its [threat] to cut off gas")."""
    chain = _governing_chain(predicate)
    last = chain[-1]
    owner = [last.head] if last.dep_ == "acl" and (has_to(last) or _that_clause(last)) else []
    return [*chain[1:], *owner]


def _that_clause(clause: Token) -> bool:
    """ "its warning [that] it would strike": a clause a noun's "that" opens."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children(clause))


def threatened_on_record(event_type: str, predicate: Token) -> bool:
    """ "Azerbaijan's warning that it would strike Armenian positions": a hostile act an owned
    threat noun's "that" clause says would come is a threat made (PLOVER THREATEN); not "the
    threat that Russia would invade", a danger feared."""
    if event_type not in HOSTILE or predicate.dep_ != "acl" or not _that_clause(predicate):
        return False
    if not any(c.dep_ == "poss" for c in children(predicate.head)):
        return False
    return threatened(predicate) and any(
        c.dep_ == "aux" and c.lemma_.lower() in PROMISING_AUXILIARIES for c in children(predicate)
    )


def _rejoinder(denial: Token, clause: Token, cues: ModalityCues) -> bool:
    """ "The government accused Rwanda of arming rebels, [a charge Kigali denies]": a denial
    tagged on after the clause it answers, by a charge noun, is the accused's rejoinder (the
    parser hangs the clause on it as a complement), not a denial by the clause's speaker."""
    if clause.i > denial.i:
        return False
    between = denial.doc[clause.i : denial.i]
    return any(word.lower_ == "," for word in between) and any(
        word.lower_ in cues.rejoinders and word.i > clause.i
        for word in denial.subtree
        if word.i < denial.i
    )


def _governing_chain(predicate: Token) -> list[Token]:
    """The predicate and the verbs it is the complement of ("plans to [open]", "agreed to [send]")."""
    chain = [predicate]
    current = predicate
    while (
        (current.dep_ in ("xcomp", "ccomp", "pcomp") or _infinitive_clause(current))
        and current.head.i != current.i
        and len(chain) < 4
    ):
        if _relative_clause_as_head(current.head):
            break  # "blocked a statement that would have backed X", misparsed as the main clause
        if _across_semicolon(current) or _main_clause_under_subordinate(current):
            break  # "X convened a summit; Y did not take part": two sentences, not a complement
        current = current.head
        if current.dep_ == "prep" and current.head.i != current.i:
            current = current.head  # "warned X against [joining]"
            if _asking_object(current):
                current = current.head  # "accused [the police of] killing", "urged X"
        chain.append(current)
        if current.lemma_ in SPEECH_VERBS:
            break
    return chain


def _across_semicolon(clause: Token) -> bool:
    """A clause the parser hangs on a verb on the other side of a semicolon: independent."""
    head = clause.head
    return any(
        child.dep_ == "punct"
        and child.lower_ == ";"
        and min(clause.i, head.i) < child.i < max(clause.i, head.i)
        for child in children(head)
    )


def _main_clause_under_subordinate(clause: Token) -> bool:
    """ "Sanctions were imposed at a summit, after the junta proposed staying": the parser may
    make the main clause the complement of a later subordinate clause (its verb keeps the
    "after"); a clause before such a head is not what the head says, plans or asks."""
    head = clause.head
    return clause.i < head.i and any(
        child.dep_ == "mark"
        and clause.i < child.i < head.i
        and child.lower_ in modality_cues().factual
        for child in children(head)
    )


def _relative_clause_as_head(verb: Token) -> bool:
    """A verb whose subject is a relative pronoun ("that would have backed the sanctions") heads
    a relative clause; taken for the sentence's main verb it governs nothing."""
    return verb.dep_ == "ROOT" and any(
        child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "WDT" for child in children(verb)
    )


REQUEST_NOUNS = words("request_nouns")
ORDERING_VERBS = words("ordering_verbs")


def requested(noun: Token) -> bool:
    """ "called for an immediate ceasefire", "pressed for a truce", "demanded a ceasefire",
    "the call for the release of ...": an act asked for, which has not (yet) happened."""
    cues = modality_cues()
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
        asker = head.head  # not "called its ambassador home for consultations"
        if any(child.dep_ in ("dobj", "oprd", "dative") for child in children(asker)):
            return False
        return asker.lemma_ in cues.requests or asker.lemma_ in REQUEST_NOUNS
    asked = head.lemma_ in cues.requests and head.lemma_ not in ORDERING_VERBS
    return noun.dep_ == "dobj" and (asked or head.lemma_ == "seek")


def _asking_object(noun: Token) -> bool:
    """The object of an accusing or asking verb, with the act hung on it ("accused [the
    police] of killing protesters": the parser hangs "of killing" on the noun)."""
    cues = modality_cues()
    return noun.dep_ == "dobj" and noun.head.lemma_ in cues.allegations | cues.requests


def _state_complement(verb: Token) -> bool:
    """ "ordered the border [closed]": a bare participle tells the state the order puts its
    object in; the order is the act itself, not a request to someone else."""
    return verb.dep_ == "xcomp" and verb.tag_ in ("VBN", "VBD") and not has_to(verb)


def _infinitive_clause(verb: Token) -> bool:
    """ "called on North Korea [to comply]" parsed as an adverbial clause: a "to" infinitive
    depends on its verb like a complement (the parser often hangs it as ``advcl``)."""
    return verb.dep_ == "advcl" and has_to(verb)


def _is_negated(verb: Token, cues: ModalityCues) -> bool:
    if verb.dep_ == "pcomp" and verb.head.lower_ in cues.negation:
        return True  # "ended the summit [without] reaching an agreement"
    for child in children(verb):
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            grand.dep_ in ("det", "preconj") and grand.lower_ in cues.subject_negators
            for grand in children(child)
        ):
            return True  # "Neither Chile nor Peru boycotted", "no troops entered"
        if child.dep_ == "dobj" and any(
            grand.dep_ == "det" and grand.lower_ == "no" for grand in children(child)
        ):
            return True  # "offered no evidence", "made no commitment", "sent no troops"
        if (
            child.dep_ == "advmod"
            and child.lower_ in ("longer", "more")
            and any(grand.dep_ == "neg" for grand in children(child))
        ):
            return True  # "would no longer recognise Jammeh"
        if child.dep_ == "neg" or (child.lower_ in ("never",) and child.dep_ == "advmod"):
            following = verb.doc[child.i + 1] if child.i + 1 < len(verb.doc) else None
            if following is not None and following.lower_ in cues.cancellers:
                continue
            return True
    return False


PERFECT_AUXILIARIES = words("perfect_auxiliaries")


def _told_as_done(clause: Token) -> bool:
    """A complement clause with its own subject in a past or perfect tense ("that the US had
    boycotted", "that Russia violated"): it reports an act, whatever verb it hangs on."""
    own = children(clause)
    if clause.dep_ != "ccomp" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        return False
    perfect = clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in own
    )
    return perfect or clause.tag_ == "VBD"


BLOCKING_VERBS = words("blocking_verbs")
DOCUMENT_NOUNS = words("document_nouns")


def _in_blocked_text(predicate: Token) -> bool:
    """ "Russia vetoed a resolution condemning the annexation", "Hungary blocked an EU statement
    criticising China": what a text kept from adoption says is not done."""
    text = predicate.head
    if predicate.dep_ not in ("acl", "relcl") or text.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    blocker = text.head
    return text.dep_ in ("dobj", "nsubjpass") and blocker.lemma_.lower() in BLOCKING_VERBS


def _scheduled(predicate: Token) -> bool:
    """ "Kerry is to travel to Havana": "be to" arranges an act to come; so does "is due in
    Delhi on Tuesday"."""
    if predicate.dep_ == "xcomp" and predicate.head.lemma_ == "be" and has_to(predicate):
        return not _performative(predicate.head)
    return predicate.lemma_ in ("be", "due") and any(
        word.lemma_ == "due" and word.dep_ == "acomp" for word in (predicate, *children(predicate))
    )


def _performative(copula: Token) -> bool:
    """ "It is my great pleasure to welcome ...": the act is done in the saying, not arranged."""
    return any(
        child.dep_ == "attr" and child.lemma_.lower() in PERFORMATIVE_NOUNS
        for child in children(copula)
    )


def _disowned(predicate: Token) -> bool:
    """ "has no plans to invade", "no intention of leaving": the act of a noun denied by "no"."""
    noun = predicate.head
    if predicate.dep_ == "pcomp" and noun.dep_ == "prep":
        noun = noun.head
    elif predicate.dep_ not in ("acl", "xcomp"):
        return False
    return noun.pos_ == "NOUN" and any(
        child.dep_ == "det" and child.lower_ == "no" for child in children(noun)
    )


def _is_conditional(predicate: Token, cues: ModalityCues) -> bool:
    current: Token | None = predicate
    steps = 0
    while current is not None and steps < 4:
        marks = {child.lower_ for child in children(current) if child.dep_ == "mark"}
        if marks & cues.conditions:
            return True
        if marks & cues.factual and current.tag_ == "VBD":
            # "... if Pretoria chose confrontation, after officials blamed Rwanda": a past act
            # told as the time or cause of another happened, wherever the parser hangs it.
            return False
        if current.dep_ not in CLAUSE_LINKS or current.head.i == current.i:
            return False
        current = current.head
        steps += 1
    return False


def _reported(verb: Token) -> bool:
    """ "said the bloc would stand by Ukraine", also as the second of two reported clauses
    ("said that X was ... and that the bloc would ...")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_VERBS


def _any_subject(verb: Token, cues: ModalityCues) -> bool:
    """ "Any attempts to ... will be stopped": a generic, not a scheduled act."""
    for child in children(verb):
        if child.dep_ in ("nsubj", "nsubjpass"):
            return any(grand.lower_ in cues.determiners for grand in children(child))
    return False
