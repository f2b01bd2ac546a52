"""Small questions asked of a dependency parse: subjects, objects, prepositional phrases."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

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


def subjects(verb: Token) -> list[Token]:
    """Direct subjects of ``verb`` (passive subjects included)."""
    found = [child for child in verb.children if child.dep_ in ("nsubj", "csubj")]
    fused = _fused_with_date(found[0]) if found else None
    return [fused, *found] if fused is not None else found


def _fused_with_date(subject: Token) -> Token | None:
    """ "On 15 May 2020 Chile, Peru and Ecuador signed": parsers read the first listed name as
    the object of the date's preposition ("On ... Chile"); a name right after a date, followed
    by a comma and the subject, is the first of the subjects."""
    comma = subject.left_edge.i - 1
    if comma < 2 or subject.doc[comma].text != ",":
        return None
    name = subject.doc[comma - 1]
    preposition = name.head
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME"):
        return None
    if preposition.dep_ != "prep" or preposition.head.i != subject.head.i:
        return None
    between = subject.doc[preposition.i + 1 : name.i]
    dated = len(between) > 0 and all(token.ent_type_ == "DATE" for token in between)
    return name if dated else None


def passive_subjects(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ == "nsubjpass"]


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def agents(verb: Token) -> list[Token]:
    """The "by X" of a passive verb."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "agent":
            found.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return found


def inherited_subject(verb: Token, max_steps: int = 5) -> tuple[list[Token], Token | None]:
    """The subject a verb shares with the verbs that govern it, and the verb that has it.

    "Kazakhstan agreed to send troops": ``send`` inherits ``Kazakhstan``. With an object-control
    verb the object acts: in "Kenya urged Somalia to release ..." and "called on Russia to
    withdraw" the releaser is Somalia, the withdrawer Russia. A relative clause ("Kazakhstan,
    which joined ...") inherits the noun it modifies when the relative pronoun is the subject.
    """
    current = verb
    for _ in range(max_steps):
        own = subjects(current) or _with_absolute_subject(current)
        if own:
            if own[0].tag_ == "WDT" and current.dep_ == "relcl":
                return [current.head], current
            return own, current
        if current.dep_ == "relcl" or (current.dep_ == "acl" and current.tag_ in ACTIVE_FORMS):
            # "Kazakhstan, which joined", "troops moving to the border", "a flotilla set off"
            return [current.head], current
        if current.dep_ not in SUBJECT_SHARING or current.head.i == current.i:
            break
        controller = _controlling_object(current)
        if controller is not None:
            return [controller], current.head
        current = current.head
    return [], None


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


def _controlling_object(complement: Token) -> Token | None:
    """The object of the verb governing an infinitive or gerund complement, if it has one."""
    if complement.dep_ == "xcomp":
        governor = complement.head
    elif complement.dep_ == "pcomp" and complement.head.dep_ == "prep":
        governor = complement.head.head  # "warned Kyiv against [joining]"
    else:
        return None
    for child in governor.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and child.i < complement.i:
            objects = [
                grand
                for grand in child.children
                if grand.dep_ == "pobj" and grand.ent_type_ not in ("DATE", "TIME")
            ]  # "responded on Monday by expelling": a date controls nothing
            if objects:
                return objects[0]  # "called on Russia to withdraw"
    return None


def infinitive_controllers(verb: Token) -> list[Token]:
    """Who does a subjectless "to" infinitive hung on a verb with an object: that object
    ("gave the ambassador 24 hours [to leave]", "told the envoys [to leave]")."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        child.dep_ == "aux" and child.lower_ == "to" for child in verb.children
    ):
        return []
    return [child for child in verb.head.children if child.dep_ in ("dobj", "dative")]


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
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for grand in child.children:
                if grand.dep_ == "pobj" or grand.dep_ == "pcomp":
                    yield child.lower_, grand
        if child.dep_ == "prt" and child.lower_ in preps:
            for grand in token.children:
                if grand.dep_ == "dobj":
                    yield child.lower_, grand


def direct_objects(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ in OBJECT_DEPS or child.dep_ == "dative"]


def expand_conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A, B and C")."""
    result = [token]
    for child in token.children:
        if child.dep_ == "conj":
            result.extend(expand_conjuncts(child))
    return result


def clause_root(token: Token) -> Token:
    """The nearest verb at or above ``token``."""
    current = token
    while current.pos_ not in VERBAL and current.head.i != current.i:
        current = current.head
    return current


def is_subjunctive(verb: Token) -> bool:
    """ "demanded that Sudan [withdraw] its troops": a bare verb with a subject and no
    auxiliary, what is asked for rather than what happened."""
    children = list(verb.children)
    return (
        verb.tag_ == "VB"
        and any(child.dep_ == "nsubj" for child in children)
        and not any(child.dep_ in ("aux", "auxpass") for child in children)
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
        return [child for child in prep.children if child.lower_ == "with"]
    if prep.lower_ == "with" and any(
        child.dep_ == "advmod" and child.lower_ in ("together", "jointly")
        for child in prep.children
    ):
        return [prep]
    return []


def acting_for(verb: Token, subject_tokens: list[Token]) -> list[Token]:
    """ "Sarkozy, acting for the European Union, held talks": whom the subject acts for, from
    an "acting for X" or "acting on behalf of X" phrase on the clause or on the subject."""
    found: list[Token] = []
    for head in [verb, *subject_tokens]:
        for clause in head.children:
            if clause.dep_ not in ("advcl", "acl") or clause.lemma_.lower() != "act":
                continue
            if any(child.dep_ in ("nsubj", "nsubjpass") for child in clause.children):
                continue
            for prep in clause.children:
                if prep.dep_ != "prep":
                    continue
                if prep.lower_ == "for":
                    found.extend(g for g in prep.children if g.dep_ == "pobj")
                elif prep.lower_ == "on":  # "on behalf of X"
                    found.extend(
                        g
                        for behalf in prep.children
                        if behalf.lower_ == "behalf"
                        for of in behalf.children
                        if of.lower_ == "of"
                        for g in of.children
                        if g.dep_ == "pobj"
                    )
    return found
