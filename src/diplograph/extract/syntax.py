"""Small questions asked of a dependency parse: subjects, objects, prepositional phrases."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from diplograph.extract.tree import children
from diplograph.ingest.dates import MONTHS
from diplograph.wordlists import words

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
# Links through which a predicate inherits its subject: "X agreed to [send]", "X met and [signed]".
SUBJECT_SHARING = frozenset(
    {
        "xcomp",
        "conj",
        "advcl",
        "pcomp",
        "acomp",
        "prep",
        "pobj",
        "dobj",
        "attr",
        "ccomp",
        "relcl",
        "acl",
    }
)
NOUN_CLIMB = frozenset(
    {
        "dobj",
        "pobj",
        "prep",
        "pcomp",
        "attr",
        "conj",
        "acomp",
        "xcomp",
        "nsubjpass",
        "appos",
        "npadvmod",
        "oprd",
        "compound",
        "amod",
    }
)
VERBAL = frozenset({"VERB", "AUX"})
# Verb forms whose clause on a noun makes the noun their subject ("troops moving"), unlike
# infinitives ("readiness to resume") and passive participles ("troops sent").
ACTIVE_FORMS = frozenset({"VBG", "VBD", "VBZ", "VBP"})


CONTROL_VERBS = words("control_verbs")


def active_participle(verb: Token) -> bool:
    """ "China, a partner of both countries, offered to mediate": a past form the parser hangs
    on the noun before it as a participle, which a "to" infinitive of its own shows to be the
    noun's own verb (nothing is "offered to mediate" by someone else)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in CONTROL_VERBS
        and bool(to_complements(verb))
    )


def has_to(verb: Token) -> bool:
    """A "to" infinitive: "to" is the verb's auxiliary ("agreed [to] send")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in children(verb))


def to_complements(verb: Token, deps: tuple[str, ...] = ("xcomp", "ccomp")) -> list[Token]:
    """The "to" infinitives hung on ``verb`` by ``deps`` ("vowed [to retaliate]")."""
    return [child for child in children(verb) if child.dep_ in deps and has_to(child)]


def subjects(verb: Token) -> list[Token]:
    """Direct subjects of ``verb`` (passive subjects included)."""
    found = [child for child in children(verb) if child.dep_ in ("nsubj", "csubj")]
    if not found:  # "In February 2021 Palau, Nauru and Kiribati announced": all swallowed
        return _swallowed_by_date(verb)
    fused = _fused_with_date(found[0])
    return [fused, *found] if fused is not None else found


def _swallowed_by_date(verb: Token) -> list[Token]:
    """A clause without a subject whose opening date phrase ends in a name ("In February
    2021 Palau, ... announced", "During the pandemic India ... donated"): the parser took the
    subject for the phrase's object."""
    for preposition in children(verb):
        if preposition.dep_ != "prep" or preposition.i >= verb.i:
            continue
        names = [
            child
            for child in children(preposition)
            if child.dep_ == "pobj" and child.i < verb.i and _name_after_date(child)
        ]
        if len(names) != 1:
            continue
        between = verb.doc[preposition.i + 1 : names[0].i]
        if len(between) > 0 and all(_date_word(token) for token in between):
            return names
        if len(between) > 1 and all(_common_modifier_of(token, names[0]) for token in between):
            return names  # "During the pandemic India and Japan donated": the phrase's noun
    return []


def _common_modifier_of(token: Token, name: Token) -> bool:
    """A lower-case word the parser hung on a name as its modifier: "During [the pandemic]
    India" read as one phrase, the fronted phrase's own noun taken for the name's modifier."""
    return (
        token.head.i == name.i
        and token.dep_ in ("det", "amod", "compound", "nmod")
        and token.text.islower()
    )


def _fused_with_date(subject: Token) -> Token | None:
    """ "On 15 May 2020 Chile, Peru and Ecuador signed": parsers read the first listed name as
    the object of the date's preposition ("On ... Chile"); a name right after a date, followed
    by a comma and the subject, is the first of the subjects."""
    comma = subject.left_edge.i - 1
    if comma < 2 or subject.doc[comma].text != ",":
        return None
    name = subject.doc[comma - 1]
    preposition = name.head
    if name.dep_ != "pobj" or not _name_after_date(name):
        return None
    if preposition.dep_ != "prep" or preposition.head.i != subject.head.i:
        return None
    between = subject.doc[preposition.i + 1 : name.i]
    dated = len(between) > 0 and all(_date_word(token) for token in between)
    return name if dated else None


def _date_word(token: Token) -> bool:
    """A word of a date: tagged so, or a month name or number the tagger ran into a name."""
    return token.ent_type_ == "DATE" or _month_or_number(token)


def _month_or_number(token: Token) -> bool:
    """A month name ("February") or a day or year number ("2021")."""
    return token.text.casefold() in MONTHS or token.text.isdigit()


def _name_after_date(token: Token) -> bool:
    """A proper name, not part of the date before it; the tagger may run a date entity on into
    the name ("In [February Uzbekistan], Afghanistan and Pakistan signed")."""
    if token.pos_ != "PROPN":
        return False
    if token.ent_type_ not in ("DATE", "TIME"):
        return True
    return token.ent_iob_ == "I" and not _month_or_number(token)


def passive_subjects(verb: Token) -> list[Token]:
    own = [child for child in children(verb) if child.dep_ == "nsubjpass"]
    if not own and _coordinated_passive(verb):
        return passive_subjects(verb.head)  # "the embassy was attacked and [burned]"
    if not own and _participle_taken_for_past(verb):
        return [child for child in children(verb) if child.dep_ == "nsubj"] or _noun_before(verb)
    if not own:
        described = described_across_comma(verb)
        if described is not None:
            return [described]
    return own


def described_across_comma(verb: Token) -> Token | None:
    """ "the Southern African Development Coordination Conference (SADCC), founded in Lusaka by
    Angola, ...": a participle with a "by" agent and no subject of its own, hung on the main verb
    after a comma, describes the noun just before the comma (past a bracketed acronym)."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i <= verb.head.i:
        return None
    own = children(verb)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in own):
        return None
    if not any(c.dep_ == "agent" for c in own):
        return None
    doc = verb.doc
    index = verb.i - 1
    if index < 1 or doc[index].text != ",":
        return None
    index -= 1
    if doc[index].text == ")":
        while index > 0 and doc[index].text != "(" and verb.i - index < 8:
            index -= 1
        if doc[index].text != "(":
            return None
        index -= 1
    before = doc[index]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ in ("nsubj", "nsubjpass"):
        return None
    return before


def _noun_before(verb: Token) -> list[Token]:
    """ "welcome the ceasefire [agreed by A and B]" parsed as a clause of its own: the noun the
    participle follows is what it describes."""
    start = verb.left_edge.i
    before = verb.doc[start - 1] if start > 0 else None
    return [before] if before is not None and before.pos_ == "NOUN" else []


def is_passive(verb: Token) -> bool:
    return (
        any(child.dep_ in ("nsubjpass", "auxpass") for child in children(verb))
        or _coordinated_passive(verb)
        or described_across_comma(verb) is not None
        or _participle_taken_for_past(verb)
    )


def _participle_taken_for_past(verb: Token) -> bool:
    """ "The ceasefire agreed by A and B collapsed", parsed with "agreed" as a past tense whose
    subject is the ceasefire: a "by" agent makes it a passive participle after all."""
    return verb.tag_ == "VBD" and any(child.dep_ == "agent" for child in children(verb))


def _coordinated_passive(verb: Token) -> bool:
    """A bare participle coordinated with a passive verb shares its subject: "was attacked and
    burned by protesters"."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.i != verb.i
        and any(child.dep_ in ("nsubjpass", "auxpass") for child in children(verb.head))
        and not any(child.dep_ in ("nsubj", "dobj", "aux") for child in children(verb))
    )


def agents(verb: Token) -> list[Token]:
    """The "by X" of a passive verb, also when it follows the last of coordinated participles
    ("was attacked and burned by protesters"), precedes it ("were blocked by X and threatened
    with ..."), or was attached to the instrument ("was hit with water cannon by X")."""
    found = _own_agents(verb)
    if not found and is_passive(verb):
        for conj in children(verb):
            if conj.dep_ == "conj" and _coordinated_passive(conj):
                found.extend(agents(conj))
        found = (
            found
            or _agents_on_instrument(verb)
            or _agents_hung_on_a_phrase(verb)
            or _agents_on_retained_object(verb)
        )
    if not found and _coordinated_passive(verb):
        found = _own_agents(verb.head)
    return found or _hyphenated_agents(verb)


def agent_compound(verb: Token) -> bool:
    """ "a Qatar-brokered truce", "the Rwanda-backed M23": a past participle in front of a
    noun, joined by a hyphen to the name of who did it."""
    return verb.dep_ == "amod" and bool(_hyphenated_agents(verb))


def _hyphenated_agents(verb: Token) -> list[Token]:
    """ "a Qatar-brokered truce", "the U.S.-led coalition": the name joined to a past participle
    by a hyphen is who did it."""
    if verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != "-":
        return []
    return [child for child in children(verb) if child.i == verb.i - 2 and child.dep_ != "punct"]


def _own_agents(verb: Token) -> list[Token]:
    return [
        grand
        for child in children(verb)
        if child.dep_ == "agent"
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]


def _agents_on_instrument(verb: Token) -> list[Token]:
    """ "was hit with a water cannon by the coast guard": the parser hangs the "by" phrase on
    the instrument of the passive verb, but it names who used it."""
    return [
        agent
        for prep in children(verb)
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for instrument in children(prep)
        if instrument.dep_ == "pobj"
        for by in children(instrument)
        if by.dep_ == "prep" and by.lower_ == "by"
        for agent in children(by)
        if agent.dep_ == "pobj"
    ]


def _agents_on_retained_object(verb: Token) -> list[Token]:
    """ "Ukraine was granted a loan by the IMF": the parser hangs the passive's "by" phrase on
    the object a passive of giving keeps."""
    return [
        agent
        for thing in children(verb)
        if thing.dep_ == "dobj"
        for by in children(thing)
        if by.dep_ == "prep" and by.lower_ == "by"
        for agent in children(by)
        if agent.dep_ == "pobj" and _hung_agent(thing, by, agent)
    ]


def _agents_hung_on_a_phrase(verb: Token) -> list[Token]:
    """ "was founded in 1971 as the South Pacific Forum by Australia and Fiji", "were deployed
    to the border with Venezuela by Guyana": the parser hangs the passive's "by" phrase on the
    noun of the phrase before it."""
    return [
        agent
        for prep in children(verb)
        if prep.dep_ == "prep" and prep.i > verb.i
        for noun in children(prep)
        if noun.dep_ == "pobj" and noun.pos_ in ("PROPN", "NOUN")
        for by in children(noun)
        if by.dep_ == "prep" and by.lower_ == "by"
        for agent in children(by)
        if agent.dep_ == "pobj" and _hung_agent(noun, by, agent)
    ]


# Names that say when, not who: "were sent to the region by Friday".
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _hung_agent(noun: Token, by: Token, agent: Token) -> bool:
    """The "by" phrase after a place's name names who ("the South Pacific Forum by Australia"),
    after a common noun only when it closes the phrase and is a name ("the border with
    Venezuela [by Guyana]", not "by road")."""
    if noun.pos_ == "PROPN" and by.i == noun.i + 1:
        return True
    if _measures_an_act(noun, by):
        return False  # "concluded after [months] of mediation by Qatar": Qatar mediated
    return (
        by.i == max(child.i for child in children(noun))
        and agent.pos_ == "PROPN"
        and agent.ent_type_ not in TIME_ENTITIES
    )


def _measures_an_act(noun: Token, by: Token) -> bool:
    """The noun measures an act named in its "of" phrase before the "by" phrase ("months of
    mediation by Qatar", "a week of talks by the envoys"): the "by" phrase is that act's."""
    return any(
        of.dep_ == "prep" and of.lower_ == "of" and of.i < by.i
        for of in children(noun)
        if any(obj.dep_ == "pobj" and obj.pos_ == "NOUN" for obj in children(of))
    )


PURPOSE_VERBS = words("purpose_verbs")


def reporter_of_adjunct(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The reporting verb whose subject a comma-set "-ing" adjunct belongs to when the parser
    hung it on the reported clause: "Kyiv said Russia had broken the truce, [accusing] it of
    shelling towns" (Kyiv accuses). None for any other verb. Callers decide for which acts this
    reading holds (a speaker's verbal act, not "..., killing ten people")."""
    clause = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or clause.dep_ != "ccomp":
        return None
    if verb.i == 0 or verb.doc[verb.i - 1].text != "," or verb.i < clause.i:
        return None
    return clause.head if clause.head.lemma_.lower() in reporting else None


def inherited_subject(verb: Token, max_steps: int = 5) -> tuple[list[Token], Token | None]:
    """The subject a verb shares with the verbs that govern it, and the verb that has it.

    "Kazakhstan agreed to send troops": ``send`` inherits ``Kazakhstan``. With an object-control
    verb the object acts: in "Kenya urged Somalia to release ..." and "called on Russia to
    withdraw" the releaser is Somalia, the withdrawer Russia. A relative clause ("Kazakhstan,
    which joined ...") inherits the noun it modifies when the relative pronoun is the subject.
    """
    closer = _nearer_clause(verb)
    if closer is not None:
        return inherited_subject(closer, max_steps)
    current = verb
    for _ in range(max_steps):
        own = subjects(current) or _with_absolute_subject(current)
        if not own and current is not verb and _participle_of(verb, current):
            # "It was set up in 1997, grouping A and B": what was set up does the grouping.
            own = passive_subjects(current)
        if own:
            if own[0].tag_ == "WDT" and current.dep_ == "relcl":
                return [antecedent(current)], current
            return own, current
        owners = _owners_of_resolve(current)
        if owners:
            return owners, current.head
        if (
            current.dep_ == "relcl"
            or (current.dep_ == "acl" and current.tag_ in ACTIVE_FORMS)
            or active_participle(current)
        ):
            # "Kazakhstan, which joined", "troops moving to the border", "a flotilla set off"
            described = _predicate_noun_subjects(current.head)
            if described:
                return described, current.head.head
            return [current.head], current
        if current.dep_ not in SUBJECT_SHARING or current.head.i == current.i:
            break
        if _adverbial_on_a_noun(current):
            break  # "prompting the bloc ECOWAS [to threaten]" misparsed: no subject to share
        if _finite_conjunct_of_infinitive(current):
            current = current.head.head  # "X calls on Y to release ... and is ready to ...": X
            continue
        partners = _joined_in_act(current)
        if partners:
            return partners, current.head.head
        controller = _controlling_object(current)
        if controller is not None:
            return [controller], current.head
        current = current.head
    return [], None


FINITE_FORMS = frozenset({"VBD", "VBZ", "VBP"})
CASUALTY_VERBS = words("casualty_verbs")


def _nearer_clause(verb: Token) -> Token | None:
    """ "protested the actions of the coast guard, which fired water cannon at a boat, injuring
    three": a closing participle of casualties tells what the clause just before it did, not
    the main verb the parser hung it on. Returns that relative clause's verb, or None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_ not in CASUALTY_VERBS:
        return None
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    for ancestor in [verb.doc[verb.i - 2], *verb.doc[verb.i - 2].ancestors]:
        if ancestor.i <= verb.head.i:
            return None
        if ancestor.dep_ in ("relcl", "acl") and ancestor.tag_ in FINITE_FORMS:
            return ancestor
    return None


def antecedent(clause: Token) -> Token:
    """The noun a relative clause is about: the one it hangs on, or the first of the
    coordination that noun ends when the clause's verb is plural ("Qatar and Egypt, which have
    mediated ...": both mediated; "A and B, which has ..." only B)."""
    noun = clause.head
    plural = clause.tag_ == "VBP" or any(
        child.dep_ in ("aux", "auxpass") and child.tag_ == "VBP" for child in children(clause)
    )
    while plural and noun.dep_ == "conj" and noun.tag_ in ("NNP", "NN"):
        noun = noun.head
    return noun


OWNED_ACT_NOUNS = words("owned_act_nouns")


def _owners_of_resolve(verb: Token) -> list[Token]:
    """ "Japan's decision [to restrict] exports", "the move by Ankara [to halt] trade": the
    infinitive on a noun of resolve is done by the noun's possessor or its "by" phrase."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in OWNED_ACT_NOUNS or not has_to(verb):
        return []
    owners = [child for child in children(noun) if child.dep_ == "poss"]
    return owners or [obj for _, obj in prep_objects(noun, {"by"})]


def _predicate_noun_subjects(noun: Token) -> list[Token]:
    """ "Burundi became the first country [to leave] the ICC": the subject of a predicate noun
    does what the noun's infinitive says."""
    if noun.dep_ != "attr" or noun.pos_ == "PROPN" or noun.head.i == noun.i:
        return []
    return subjects(noun.head)


def _adverbial_on_a_noun(verb: Token) -> bool:
    """An adverbial clause the parser hung on a noun ("prompting the bloc ECOWAS to threaten",
    with "threaten" under "ECOWAS"): the clauses above it are not the verb's own, so it shares
    no subject with them."""
    head = verb.head
    return verb.dep_ == "advcl" and (
        head.pos_ in ("NOUN", "PROPN") or head.dep_ in ("dobj", "nsubj", "pobj")
    )


def _finite_conjunct_of_infinitive(verb: Token) -> bool:
    """ "Kazakhstan calls on Y to release the assets and is ready to host talks": a finite verb
    the parser hung as a conjunct on the infinitive shares the subject of the verb above the
    infinitive, not the infinitive's controller (an infinitive cannot be coordinated with "is");
    so does a past tense hung on a demanded "that" clause (a subjunctive has no past).
    """
    head = verb.head
    if verb.dep_ != "conj" or head.head.i == head.i:
        return False
    if verb.tag_ == "VBD" and head.dep_ == "ccomp" and mandative(head):
        return True  # "China demanded that Lithuania recall its envoy and said it would ..."
    return verb.tag_ in FINITE_FORMS and head.dep_ == "xcomp" and head.tag_ == "VB"


def _participle_of(verb: Token, head: Token) -> bool:
    """``verb`` is an -ing participle clause directly on ``head``: "..., grouping A and B"."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i == head.i


def _with_absolute_subject(verb: Token) -> list[Token]:
    """ "... ended, with Russia, Turkey and Iran agreeing to ...": the noun right before the
    verb, in a "with" phrase of the clause it hangs on, is its subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "pcomp") or verb.i == 0:
        return []
    previous = verb.doc[verb.i - 1]
    head = previous
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "with" and previous.right_edge.i == verb.i - 1:
        return [head]
    return []


ADJUNCT_PREPOSITIONS = words("adjunct_prepositions")
DIRECTION_ADVERBS = words("direction_adverbs")
FACING_NOUNS = words("facing_nouns")


JOINING_VERBS = words("joining_verbs")


def _joined_in_act(complement: Token) -> list[Token]:
    """ "The US joined Britain in [calling] for calm": the gerund after "joined X in" is done by
    the joiner and the joined alike (subjects first, then the object)."""
    if complement.dep_ != "pcomp" or complement.head.lower_ != "in":
        return []
    governor = complement.head.head
    if governor.lemma_.lower() not in JOINING_VERBS or complement.head.dep_ != "prep":
        return []
    joined = [child for child in children(governor) if child.dep_ == "dobj"]
    own = subjects(governor)
    return [*own, *joined] if own and joined else []


def _controlling_object(complement: Token) -> Token | None:
    """The object of the verb governing an infinitive or gerund complement, if it has one."""
    if complement.dep_ == "xcomp":
        governor = complement.head
        if governor.lemma_.lower() in PURPOSE_VERBS:
            return None
        if complement.tag_ in ("VBN", "VBD") and not has_to(complement):
            return None  # "ordered the border closed": the object is in that state, not acting
    elif complement.dep_ == "pcomp" and complement.head.dep_ == "prep":
        if complement.head.lower_ in ADJUNCT_PREPOSITIONS:
            return None  # "established ties with China after [cutting] ties with Taiwan"
        governor = complement.head.head  # "warned Kyiv against [joining]"
    else:
        return None
    thanked = _thanked(governor, complement)
    if thanked is not None:
        return thanked
    for child in children(governor):
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < complement.i:
            objects = [
                grand
                for grand in children(child)
                if grand.dep_ == "pobj" and grand.ent_type_ not in ("DATE", "TIME")
            ]  # "responded on Monday by expelling": a date controls nothing
            if objects:
                return objects[0]  # "called on Russia to withdraw"
    return None


THANKS_WORDS = words("thanks_words")


def _thanked(governor: Token, complement: Token) -> Token | None:
    """Who did what one is grateful for: "grateful [to Qatar] for hosting the talks" (the
    adjective's "to" object; the parser hangs the "for" on the copula or on the adjective)."""
    if complement.head.lower_ != "for":
        return None
    adjectives = [governor] + [c for c in children(governor) if c.dep_ == "acomp"]
    for adjective in adjectives:
        if adjective.lemma_.lower() in THANKS_WORDS and adjective.pos_ == "ADJ":
            for _, obj in prep_objects(adjective, {"to"}):
                return obj
    return None


def infinitive_controllers(verb: Token) -> list[Token]:
    """Who does a subjectless "to" infinitive hung on a verb with an object: that object
    ("gave the ambassador 24 hours [to leave]", "told the envoys [to leave]")."""
    if verb.dep_ not in ("xcomp", "advcl") or not has_to(verb):
        return []
    return [child for child in children(verb.head) if child.dep_ in ("dobj", "dative")]


def completed_verb_subjects(verb: Token) -> list[Token]:
    """The subject of the verb a complement completes: "[consumers] began boycotting Danish
    goods" (``boycotting`` has none of its own)."""
    if verb.dep_ != "xcomp":
        return []
    return [child for child in children(verb.head) if child.dep_ == "nsubj"]


def governing_verb(noun: Token, max_steps: int = 4) -> Token | None:
    """The verb an event noun depends on ("established [cooperation]", "active in placing [investment]")."""
    current = noun
    for _ in range(max_steps):
        if current.dep_ not in NOUN_CLIMB or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in VERBAL:
            return current
    return None


def prep_objects(token: Token, preps: set[str] | frozenset[str]) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs under ``token``: "with [X]", "to [Y]", "between [A] and [B]"."""
    for child in children(token):
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for prep in _repeated_preposition(child):
                for grand in children(prep):
                    if grand.dep_ == "pobj" or grand.dep_ == "pcomp":
                        yield child.lower_, grand
        if child.dep_ == "prt" and child.lower_ in preps:
            for grand in children(token):
                if grand.dep_ == "dobj":
                    yield child.lower_, grand
        if child.dep_ in ("advmod", "prep") and child.lower_ in DIRECTION_ADVERBS:
            # "handed Hong Kong back [to China]", "walked out [of the OAU]" (the parser may
            # take "out" for a preposition that governs the next one)
            yield from prep_objects(child, preps)
        if child.dep_ == "prep" and "outside" in preps:
            yield from _in_front_of(child)


def _in_front_of(prep: Token) -> Iterator[tuple[str, Token]]:
    """ "rallied [in front of] the French embassy": a place right outside something, read as
    "outside" it (the parser makes "front" the object of "in" and hangs "of" on it)."""
    if prep.lower_ != "in":
        return
    for front in children(prep):
        if front.dep_ == "pobj" and front.lower_ in FACING_NOUNS:
            for of in children(front):
                if of.dep_ == "prep" and of.lower_ == "of":
                    yield from (("outside", g) for g in children(of) if g.dep_ == "pobj")


def _repeated_preposition(prep: Token) -> list[Token]:
    """The preposition and its repeats coordinated with it: "grateful [to] the EU and [to] the
    United States" (the parser hangs the second "to" on the first as its conjunct)."""
    repeats = [prep]
    for word in repeats:
        repeats += [c for c in children(word) if c.dep_ == "conj" and c.lower_ == prep.lower_]
    return repeats


def direct_objects(verb: Token) -> list[Token]:
    own = [child for child in children(verb) if child.dep_ in OBJECT_DEPS or child.dep_ == "dative"]
    return own + _added_objects(verb) if own else own


def _added_objects(verb: Token) -> list[Token]:
    """ "thanked each of them, as well as the Forum": the parser may hang the noun after "as
    well as" on the verb instead of on the object it is added to."""
    return [
        child
        for child in children(verb)
        if child.dep_ in ("dep", "conj")
        and child.pos_ in ("NOUN", "PROPN")
        and _after_as_well_as(child)
    ]


def _after_as_well_as(noun: Token) -> bool:
    """The noun's phrase follows "as well as" (hung on the noun or not)."""
    linking = {"as", "well"}
    start = min(t.i for t in noun.subtree if t.head != noun or t.text.lower() not in linking)
    words = [t.text.lower() for t in noun.doc[max(start - 3, 0) : start]]
    return words == ["as", "well", "as"]


PARTITIVE_WORDS = words("partitive_words")


def partitive_head(noun: Token) -> Token:
    """The word that picks a part out of the noun ("[one] of the founding members"), or the noun
    itself: what the noun's phrase does in the clause."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PARTITIVE_WORDS:
        return head.head
    return noun


def gapped_objects(verb: Token) -> list[Token]:
    """Objects of a gapped second clause: in "joined the UN in 1992 and the OIC in 1995" the
    parser hangs "the OIC" on the verb as a coordinated noun, standing for "joined the OIC"."""
    objects = [child for child in children(verb) if child.dep_ == "dobj"]
    if not objects:
        return []
    return [
        child
        for child in children(verb)
        if child.dep_ == "conj"
        and child.pos_ in ("NOUN", "PROPN")
        and child.i > objects[0].i
        and not any(grand.dep_ in ("nsubj", "nsubjpass", "aux") for grand in children(child))
    ]


def gapped_subjects(verb: Token, complement: Token | None = None) -> list[Token]:
    """Subjects of gapped second clauses of a verb without an object (but for the act's own
    ``complement``: "became [members] in 2010, Latvia in 2016"): in "South Africa joined
    in 1994, Mauritius in 1995 and the Seychelles in 1997" the parser hangs "Mauritius" on the
    verb as an adverbial or coordinated name, or ("Guinea joined in 2014 and Senegal in 2023")
    coordinates it with the date, each standing for "<name> joined in <year>"."""
    objects = [  # "became members in 2010, [Latvia] in 2016": the names are no objects
        obj
        for obj in direct_objects(verb)
        if complement is None or (obj.i != complement.i and not _gapped_complement(obj, complement))
    ]
    if objects or not any(child.dep_ == "nsubj" for child in children(verb)):
        return []
    found: list[Token] = []
    for child in children(verb):
        if child.i < verb.i:
            continue
        gapped = child.dep_ in ("npadvmod", "conj") or (
            complement is not None and _gapped_complement(child, complement)
        )
        if gapped and _bare_name(child):
            found += [name for name in _gapped_run(child) if _bare_name(name)]
        elif child.dep_ == "prep":
            for obj in children(child):
                if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                    found += [name for name in expand_conjuncts(obj)[1:] if _bare_name(name)]
    return sorted(found, key=lambda token: token.i)


def _gapped_run(first: Token) -> list[Token]:
    """The names of a run of gapped clauses from ``first``: its conjuncts and the names the
    parser hung on it as appositions ("Latvia in 2016, Lithuania in 2018, Colombia in 2020
    and Costa Rica in 2021"), each with a date of its own."""
    run = []
    for name in expand_conjuncts(first):
        run.append(name)
        for apposed in children(name):
            if apposed.dep_ == "appos" and _dated_part(apposed):
                run += expand_conjuncts(apposed)
    return run


def _gapped_complement(token: Token, complement: Token) -> bool:
    """A dated name the parser made a second complement after the act's own one."""
    return (
        token.dep_ == "attr" and token.i > complement.i and _bare_name(token) and _dated_part(token)
    )


def _dated_part(name: Token) -> bool:
    """The name has a date of its own ("Latvia [in 2016]")."""
    return any(
        child.dep_ == "prep" and any(obj.ent_type_ == "DATE" for obj in children(child))
        for child in children(name)
    )


def _bare_name(token: Token) -> bool:
    """A proper name with no verb of its own (no subject or auxiliary under it)."""
    return token.pos_ == "PROPN" and not any(
        child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for child in children(token)
    )


def shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated right after it: in "troops invaded
    and occupied Kuwait" ``invaded`` has no object of its own and takes "Kuwait"; none when the
    verb has an object or the next verb has a subject of its own ("Iraq invaded, and Iran
    protested")."""
    if direct_objects(verb) or passive_subjects(verb):
        return []
    for conj in children(verb):
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i <= verb.i:
            continue
        between = verb.doc[verb.i + 1 : conj.i]
        if not all(t.lower_ in ("and", "or", "then") for t in between):
            continue  # "invaded, and then occupied", "neither accept nor recognise": none
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children(conj)):
            continue
        return [obj for obj in direct_objects(conj) if obj.dep_ == "dobj"]
    return []


def expand_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A, B and C")."""
    result = [token]
    for child in children(token):
        if child.dep_ == "conj":
            result.extend(expand_conjuncts(child))
    return result


def stranded(item: Token) -> bool:
    """A list item the parser hung across other words on a head far back: in "the agreement
    was concluded after mediation by Qatar, [Egypt] and the United States" it hangs "Egypt" on
    "the agreement" as an apposition, though "Qatar" right before its comma is no part of that
    phrase."""
    if item.dep_ not in ("appos", "conj") or item.head.i > item.i:
        return False
    before = item.left_edge.i - 1
    if before <= item.head.i or item.doc[before].text != ",":
        return False
    previous = item.doc[before - 1]
    return previous.i != item.head.i and not item.head.is_ancestor(previous)


def stranded_after(token: Token) -> list[Token]:
    """The list items stranded right after the phrase ``token`` heads ("by [Qatar], Egypt and
    the United States" when the parser hung "Egypt" elsewhere): they continue its list."""
    comma = token.right_edge.i + 1
    doc = token.doc
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    return [
        item
        for item in doc[comma + 1 : doc[comma + 1].sent.end]
        if item.left_edge.i == comma + 1
        and stranded(item)
        and any(c.dep_ == "cc" for c in children(item))
        and not item.head.is_ancestor(token)
    ]


def clause_root(token: Token) -> Token:
    """The nearest verb at or above ``token``."""
    current = token
    while current.pos_ not in VERBAL and current.head.i != current.i:
        current = current.head
    return current


def is_subjunctive(verb: Token) -> bool:
    """ "demanded that Sudan [withdraw] its troops": a bare verb with a subject and no
    auxiliary, what is asked for rather than what happened."""
    dependents = children(verb)
    subjects = [child for child in dependents if child.dep_ == "nsubj"]
    # The tagger often reads the bare verb as a present tense ("that North Korea [stop]"),
    # which a singular name or noun as subject rules out.
    bare = verb.tag_ == "VB" or (
        verb.tag_ == "VBP" and any(s.tag_ in ("NNP", "NN") for s in subjects)
    )
    return (
        bare
        and bool(subjects)
        and not any(child.dep_ in ("aux", "auxpass") for child in dependents)
    )


def mandative(clause: Token) -> bool:
    """ "demanded that U.S. troops [leave]": a "that" clause in the present with a subject and
    no auxiliary, which after a request verb is what is asked, whatever its subject's number
    (``is_subjunctive`` cannot tell "troops leave" from a plain present on its own)."""
    dependents = children(clause)
    return (
        clause.tag_ == "VBP"
        and not any(child.dep_ in ("aux", "auxpass") for child in dependents)
        and any(child.dep_ == "mark" and child.lower_ == "that" for child in dependents)
        and any(child.dep_ == "nsubj" for child in dependents)
    )


ENTITIES_KEY = "diplograph.entities"


def entities(doc: Doc) -> tuple[Span, ...]:
    """The document's named entities, built once: spaCy builds every entity span anew each
    time ``doc.ents`` (or a sentence's ``ents``) is read, which costs a pass over the document."""
    cached = doc.user_data.get(ENTITIES_KEY)
    if cached is None:
        cached = doc.user_data[ENTITIES_KEY] = tuple(doc.ents)
    return cached  # type: ignore[no-any-return]


def joined_with(prep: Token) -> list[Token]:
    """The "with" of "along with X" or "together/jointly with X": a preposition that adds a
    co-actor rather than a partner; ``[]`` for any other preposition."""
    if prep.lower_ == "along":
        return [child for child in children(prep) if child.lower_ == "with"]
    if prep.lower_ == "with" and any(
        child.dep_ == "advmod" and child.lower_ in ("together", "jointly")
        for child in children(prep)
    ):
        return [prep]
    return []


def acting_for(verb: Token, subject_tokens: list[Token]) -> list[Token]:
    """ "Sarkozy, acting for the European Union, held talks", "a truce brokered by Sarkozy on
    behalf of the EU": whom the subject (or agent) acts for, from an "acting for X" or "(acting)
    on behalf of X" phrase on the clause or on the subject."""
    found: list[Token] = []
    for head in [verb, *subject_tokens]:
        found.extend(done_on_behalf_of(head))
        for clause in children(head):
            if clause.dep_ not in ("advcl", "acl") or clause.lemma_.lower() != "act":
                continue
            if any(child.dep_ in ("nsubj", "nsubjpass") for child in children(clause)):
                continue
            found.extend(done_on_behalf_of(clause))
            for prep in children(clause):
                if prep.dep_ == "prep" and prep.lower_ == "for":
                    found.extend(g for g in children(prep) if g.dep_ == "pobj")
    return found


def done_on_behalf_of(verb: Token) -> list[Token]:
    """ "a truce brokered by Sarkozy on behalf of the EU", "signed on behalf of the bloc":
    whom the act was done for."""
    return [
        represented
        for prep in children(verb)
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for represented in _behalf_of(prep)
    ]


def _behalf_of(on: Token) -> list[Token]:
    """X of "on behalf of X"."""
    return [
        g
        for behalf in children(on)
        if behalf.lower_ == "behalf"
        for of in children(behalf)
        if of.lower_ == "of"
        for g in children(of)
        if g.dep_ == "pobj"
    ]


DEADLINE_SPANS = words("deadline_spans")
DEADLINE_VERBS = words("deadline_verbs")
LEAVING_VERBS = words("leaving_verbs")


def sets_a_deadline(verb: Token) -> bool:
    """An ultimatum: "gave the Kremlin [until midnight] [to explain]", "gave Belarus [two
    weeks] [to release] the prisoners": a time span given (or "until") and a to-infinitive."""
    if verb.lemma_.lower() not in DEADLINE_VERBS:
        return False
    acts = to_complements(verb, ("advcl", "xcomp", "ccomp"))
    if not acts or any(act.lemma_.lower() in LEAVING_VERBS for act in acts):
        return False
    return any(
        (child.dep_ == "prep" and child.lower_ in ("until", "till"))
        or (child.dep_ == "dobj" and child.lemma_.lower() in DEADLINE_SPANS)
        for child in children(verb)
    )


REQUEST_NOUNS = words("request_of_nouns")


def request_of(verb: Token) -> Token | None:
    """The request noun of "sent at the request of X", "deployed at Bamako's request", "agreed
    to a request from X"."""
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in ("at", "upon", "on", "to"):
            for noun in children(child):
                if noun.dep_ == "pobj" and noun.lower_ in REQUEST_NOUNS:
                    return noun
    return None


CONTINGENT_NOUNS = words("contingent_nouns")


def is_contingent(noun: Token) -> bool:
    """Forces or people sent abroad ("troops", "personnel", "a contingent")."""
    return noun.lemma_.lower() in CONTINGENT_NOUNS or noun.lower_ in CONTINGENT_NOUNS


def joining_contingents(verb: Token) -> list[Token]:
    """ "began landing in Dili, with troops from New Zealand and Thailand": forces the verb's
    "with" phrase names as coming along."""
    return [force for _, force in prep_objects(verb, {"with"}) if is_contingent(force)]


RELATIVE_OBJECTS = words("relative_objects")
ACT_PRONOUNS = words("act_pronouns")


def judged_clause(verb: Token) -> Token | None:
    """ "China imposed the law, and Britain called it a breach": the clause before, whose act a
    pronoun object of the coordinated judging verb stands for; else None."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "dobj" and c.lower_ in ACT_PRONOUNS for c in children(verb)):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb.head)):
        return None
    return verb.head


def framed_clause(verb: Token, max_steps: int = 4) -> Token | None:
    """The clause a relative of judging frames: in "boarded the boats, in what Manila called
    piracy" and "expelled the envoy in response to what it called hostile remarks", the verb the
    "in ..." phrase hangs on (``boarded``, ``expelled``); in "held exercises, which Pyongyang
    denounced", the verb whose object the relative noun is (``held``); else None."""
    objects = [c for c in children(verb) if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_OBJECTS for c in objects):
        current = verb.head  # the noun the relative clause is on
    elif any(c.lower_ == "what" for c in objects):
        current = verb
    else:
        return None
    for _ in range(max_steps):
        if current.dep_ not in ("pcomp", "pobj", "prep", "dobj") or current.head.i == current.i:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def noun_agent_objects(noun: Token) -> list[Token]:
    """The "by X" of an event noun ("the attack [by Hezbollah] on Israel"), where parsers often
    hang the noun's next phrase ("on Israel") on X instead of on the noun; also when they hang
    the "by" phrase on the noun's "of" phrase ("the expulsion of 20 diplomats [by Russia]")."""
    own = [obj for _, obj in prep_objects(noun, {"by"})]
    return own or [
        agent
        for _, acted_on in prep_objects(noun, {"of"})
        for _, agent in prep_objects(acted_on, {"by"})
    ]


LANDING_PREPS = words("landing_preps")
AIMING_PREPS = words("aiming_preps")
# Countries a weapon flew over: "fired a missile [over] northern Japan".
OVERFLIGHT_ENTITIES = frozenset({"GPE", "LOC"})


def landing_places(verb: Token, weapon: Token, places: frozenset[str]) -> list[Token]:
    """Where a weapon ``verb`` launched came down without being aimed at anything: a place noun
    among ``places`` after the verb, after the weapon or in a clause on it ("a missile that fell
    within Japan's zone"), or a country it flew over; none when it was aimed ("at the base")."""
    holders = [verb, weapon]
    holders += [c for c in children(weapon) if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
    aims = [aim for holder in (verb, weapon) for _, aim in prep_objects(holder, AIMING_PREPS)]
    if any(aim.ent_type_ not in ("DATE", "TIME") for aim in aims):
        return []  # (not "on Tuesday")
    found: list[Token] = []
    for holder in holders:
        for prep, place in prep_objects(holder, LANDING_PREPS | {"over"}):
            named = place.lemma_.lower() in places or place.lower_ in places
            if named or (prep == "over" and place.ent_type_ in OVERFLIGHT_ENTITIES):
                found.append(place)
    return found


COLLECTIVE_DETERMINERS = words("collective_determiners")


def named_members(noun: Token) -> list[Token]:
    """The names a plural "members" noun is given in the same phrase: "whose members Argentina,
    Brazil and Paraguay" (the names in apposition), or "Ghana and Togo, both members of ECOWAS"
    (the list just before the comma; the parser often takes "both members" for the subject)."""
    if noun.tag_ != "NNS":
        return []
    listed = [c for c in children(noun) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if listed:
        return listed
    determiners = [c for c in children(noun) if c.lower_ in COLLECTIVE_DETERMINERS]
    if len(determiners) != 1 or determiners[0].i != noun.i - 1 or noun.i < 3:
        return []
    comma = noun.doc[noun.i - 2]
    last = noun.doc[noun.i - 3]
    if comma.text != "," or last.pos_ != "PROPN":
        return []
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if not any(c.dep_ == "conj" for c in children(first)):
        return []  # "both" and "all" speak of a list
    return [first]
