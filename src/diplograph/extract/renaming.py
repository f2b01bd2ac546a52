"""Renamings: "the group was renamed BIMST-EC", "changed its name to Türkiye", "turned the
Mekong Committee into the Mekong River Commission".

A renaming told by two names of one actor among the sentence's resolved mentions is read by
``find_renamings``; otherwise the sentence's verb states it, of the organisation its subject
names or the actor the new name itself names. Called from ``RuleExtractor`` for each sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from diplograph.extract.actors import ActorHit
from diplograph.extract.attach import LOCATION_PREPS, TimeMention, location_for
from diplograph.extract.document import DocumentContext, SentenceContext
from diplograph.extract.lexicon import Lexicon
from diplograph.extract.relations import display_name, find_renamings
from diplograph.extract.syntax import clause_root, inherited_subject, prep_objects
from diplograph.extract.temporal import TimeValue
from diplograph.extract.tree import children
from diplograph.records import ActorRef, Event, Location, Mention, PartialDate
from diplograph.wordlists import words

# Words without which a sentence states no renaming by its verb ("renamed", "its present name").
RENAMING_WORDS = re.compile(r"nam[ei]|brand|known as|\binto\b|relaunch|reconstitut", re.IGNORECASE)
RENAMING_ADVERBS = words("renaming_adverbs")
RENAMING_SUBJECTS = words("renaming_subjects")


class RenamingReader:
    """Reads the renamings a sentence states, for ``RuleExtractor`` (which passes its registry,
    lexicon, its way of turning an actor hit into an ``ActorRef``, and its extractor name)."""

    def __init__(
        self,
        registry: Any,
        lexicon: Lexicon,
        ref: Callable[[ActorHit, PartialDate | None], ActorRef],
        extractor_name: str,
    ) -> None:
        self.registry = registry
        self.lexicon = lexicon
        self._ref = ref
        self.extractor_name = extractor_name

    def _renaming_place(
        self, sentence: Span, new: Mention, context: DocumentContext
    ) -> Location | None:
        """ "At its summit in Budapest the conference was renamed": where the renaming verb's
        clause says the decision was taken."""
        renamed = sentence.doc.char_span(new.start, new.end, alignment_mode="expand")
        if renamed is None:
            return None
        verb = clause_root(renamed.root)
        venues = [  # "at its summit in Budapest": the place of the meeting it was decided at
            grand
            for child in children(verb)
            if child.dep_ == "prep" and child.lower_ in LOCATION_PREPS
            for grand in children(child)
            if grand.dep_ == "pobj"
        ]
        heads = [verb, *venues]
        return location_for(heads, self.registry, context.near, context.finder.mention_at)

    def renamings(
        self,
        sentence: Span,
        shared: SentenceContext,
        context: DocumentContext,
        mentions: list[Mention],
    ) -> list[Event]:
        """Renamings, dated by the sentence's own date when it gives one."""
        events = []
        for renaming in find_renamings(
            context.document.text, mentions, sentence.start_char, sentence.end_char
        ):
            source = ActorHit(renaming.actor_id, renaming.new.text, sentence.start)
            when = (
                _renaming_date(sentence, shared.times, renaming.new) if renaming.explicit else None
            )
            new_name = display_name(renaming.new)
            if renaming.new.alias_kind == "acronym":  # "renamed the OSCE": spell it out
                new_name = self.registry.name_of(renaming.actor_id)  # the name it has today
            event = Event(
                type="RENAMED",
                source=self._ref(source, None),
                old_name=display_name(renaming.old),
                new_name=new_name,
                location=self._renaming_place(sentence, renaming.new, context)
                if renaming.explicit
                else None,
                date=when.date if when else None,
                contexts=["diplomatic"],
                extractor=self.extractor_name,
                confidence=0.75,
                evidence=[shared.evidence],
            )
            events.append(event)
        return events or self._renamed_by_verb(sentence, shared, context)

    def _renamed_by_verb(
        self, sentence: Span, shared: SentenceContext, context: DocumentContext
    ) -> list[Event]:
        """ "the group was renamed BIMST-EC", "the organisation adopted its present name in
        2000": a renaming stated by its verb, of the organisation the subject names."""
        if not RENAMING_WORDS.search(shared.evidence.sentence):
            return []  # most sentences: no word of renaming at all
        for verb in sentence:
            lemma = verb.lemma_.lower()
            if lemma in ("rename", "rebrand"):
                renamed = [c for c in children(verb) if c.dep_ == "nsubjpass"] or [
                    c for c in children(verb) if c.dep_ == "nsubj"
                ]
                named = [c for c in children(verb) if c.dep_ == "oprd"] or _new_name_given(verb)
                if not named and _renames_itself(verb):
                    # "..., renaming itself the Islamic State": the subject it shares is renamed
                    renamed = renamed or inherited_subject(verb)[0]
                    named = [c for c in children(verb) if c.dep_ == "dobj" and c.tag_ != "PRP"]
            elif lemma in ("adopt", "take", "assume") and _new_name_object(verb):
                # "the member states turned the forum into X and adopted its present name"
                renamed = inherited_subject(verb)[0]
                named = []
            elif lemma in ("adopt", "take", "assume") and _name_given_as_object(verb):
                renamed = inherited_subject(verb)[0]  # "my country adopted the name Mongolia"
                named = _name_given_as_object(verb)
            elif lemma in self.lexicon.transforming_verbs and _made_into_name(verb):
                # "turned the Mekong Committee into the Mekong River Commission", "transformed
                # the conference into the Southern African Development Community"
                named = _made_into_name(verb)
                renamed = []
            else:
                named = _new_name_given(verb)
                renamed = []
                if not named:
                    continue
            actors = self._organisations_named(renamed, context) or self._named_as_new(
                named, context
            )
            if len(actors) != 1:
                continue
            actor = actors[0]
            when = shared.times[0].values[0] if len(shared.times) == 1 else None
            new_name = (
                sentence.doc[named[0].left_edge.i : named[0].right_edge.i + 1].text
                if named
                else self.registry.name_of(actor)
            )
            source = ActorHit(actor, verb.text, verb.i)
            former = [
                mention.text
                for mention in map(context.finder.mention_at, sentence)
                if mention is not None
                and mention.actor_id == actor
                and mention.alias_kind == "former"
            ]
            return [
                Event(
                    type="RENAMED",
                    source=self._ref(source, None),
                    old_name=former[0] if former else None,
                    new_name=new_name,
                    date=when.date if when else None,
                    contexts=["diplomatic"],
                    extractor=self.extractor_name,
                    confidence=0.6,
                    evidence=[shared.evidence],
                )
            ]
        return []

    def _named_as_new(self, named: list[Token], context: DocumentContext) -> list[str]:
        """ "renamed the country Eswatini", "changed its name to Türkiye": the actor the new name
        itself names (a state, organisation or IGO the registry knows by that name)."""
        mentions = [context.finder.mention_at(token) for token in named]
        return list(
            dict.fromkeys(
                mention.actor_id
                for mention in mentions
                if mention is not None
                and mention.actor_id
                and mention.kind in ("state", "igo", "organisation")
            )
        )

    def _organisations_named(self, subjects: list[Token], context: DocumentContext) -> list[str]:
        """The organisation a renaming's subject names: itself, or the one the text is about
        ("the group", "the organisation", "the leaders [adopted the current name]")."""
        finder = context.finder
        found = [
            hit.actor_id
            for subject in subjects
            for hit in finder.of_phrase(subject)
            if self.registry.kind_of(hit.actor_id) in ("igo", "organisation")
        ]
        if not found and any(s.lemma_.lower() in RENAMING_SUBJECTS for s in subjects):
            found = finder.memory.description("the organization", "organization")
        return list(dict.fromkeys(found))


def _renames_itself(verb: Token) -> bool:
    """ "renamed itself X", "renaming itself X" (the parser may read "itself" as a dative)."""
    return any(
        child.lower_ in ("itself", "themselves") and child.dep_ in ("dobj", "dative")
        for child in children(verb)
    )


def _new_name_given(verb: Token) -> list[Token]:
    """The new name a verb gives: "renamed the country Eswatini" (the object's apposition),
    "changed its name to Türkiye", "register its name as Türkiye", "would henceforth be known
    as Eswatini" (a name from now on, not merely another name: "a group known as JNIM")."""
    lemma = verb.lemma_.lower()
    if lemma in ("rename", "rebrand"):
        return [
            name
            for obj in children(verb)
            if obj.dep_ == "dobj"
            for name in children(obj)
            if name.dep_ in ("appos", "oprd")
        ]
    if lemma == "know":
        from_now = any(c.lower_ in RENAMING_ADVERBS for c in children(verb) if c.dep_ == "advmod")
        return [name for _, name in prep_objects(verb, {"as"})] if from_now else []
    names_itself = any(
        obj.lemma_.lower() == "name"
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in children(obj))
        for obj in children(verb)
        if obj.dep_ == "dobj"
    )
    if lemma in ("change", "register", "officialise", "officialize") and names_itself:
        return [name for _, name in prep_objects(verb, {"to", "as"})]
    return []


def _name_given_as_object(verb: Token) -> list[Token]:
    """ "adopted a new constitution and the name Mongolia": the name an object "name" gives."""
    objects = [c for c in children(verb) if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    # "the name Mongolia" (the name in apposition, or "name" read as the name's compound)
    given = [
        name
        for obj in objects
        if obj.lemma_.lower() == "name"
        for name in children(obj)
        if name.dep_ in ("appos", "npadvmod") and name.pos_ == "PROPN" and name.i > obj.i
    ]
    return given + [
        obj
        for obj in objects
        if obj.pos_ == "PROPN"
        and any(c.dep_ == "compound" and c.lower_ == "name" for c in children(obj))
    ]


def _made_into_name(verb: Token) -> list[Token]:
    """The name an organisation is made into: "turned X into the Mekong River Commission",
    "relaunched it as the African Union", "into a political party, the Common Force"."""
    if not any(c.dep_ == "dobj" for c in children(verb)):
        return []
    made = [obj for _, obj in prep_objects(verb, {"into", "as"})]
    for clause in children(verb):  # "turned X, set up in 1957, into Y": hung on the participle
        if clause.dep_ == "advcl" and clause.tag_ == "VBN":
            made += [obj for _, obj in prep_objects(clause, {"into"})]
    names = [c for m in made for c in children(m) if c.dep_ == "appos" and c.pos_ == "PROPN"]
    return [m for m in made if m.pos_ == "PROPN"] + names


def _new_name_object(verb: Token) -> bool:
    """ "adopted its present name", "took the new name": a name said to be the current one."""
    return any(
        obj.lemma_.lower() == "name"
        and any(m.lower_ in ("present", "current", "new") for m in children(obj))
        for obj in children(verb)
        if obj.dep_ == "dobj"
    )


def _renaming_date(sentence: Span, times: list[TimeMention], new: Mention) -> TimeValue | None:
    """The date of a renaming: the sentence's only date, or the only one in the clause that gives
    the new name ("a member since 1992 of X, which on 1 January 1995 took the name Y"). Only a
    sentence that says the name changed gets here: in "X, which is now Y" no date is the change's.
    """
    renamed = sentence.doc.char_span(new.start, new.end, alignment_mode="expand")
    if len(times) > 1 and renamed is not None:
        clause = clause_root(renamed.root)
        times = [mention for mention in times if _dates_verb(mention.root, clause)]
    single = len(times) == 1 and len(times[0].values) == 1
    return times[0].values[0] if single else None


def _dates_verb(date: Token, verb: Token) -> bool:
    """The date phrase hangs on ``verb`` itself ("took the name on 1 May"), not on a noun of
    its clause ("a member since 1968")."""
    phrase = date.head if date.head.pos_ == "ADP" else date
    return phrase.head.i == verb.i
