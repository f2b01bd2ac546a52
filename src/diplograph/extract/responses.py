"""References back to acts a story reported: "Iran condemned the strikes", "rejected the
demand", "the invasion" after "tanks poured into Kuwait".

Each sentence's asserted acts are remembered in ``DocumentContext.acts`` (``ReportedAct``: the
words that named the act, who did it, and its type); a later noun that names an act by the same
word, a word of the same family or the same type is that act, and a response to it is aimed at
whoever did it. Used by ``RuleExtractor`` to find the recipients of responses.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from diplograph.extract.actors import ActorHit
from diplograph.extract.crowds import consumers_id, crowd_id, crowd_ref
from diplograph.extract.document import DocumentContext
from diplograph.extract.lexicon import Lexicon
from diplograph.extract.tree import children
from diplograph.extract.triggers import Trigger
from diplograph.wordlists import words

ANAPHORIC_DETERMINERS = words("anaphoric_determiners")
ARMED_GROUP_WORDS = words("armed_group_words")
ENLARGEMENT_NOUNS = words("enlargement_nouns")
PEOPLE_NOUNS = words("people_nouns")
# Acts done in words: what a later noun like "the raid" or "the move" does not point back to.
SPOKEN_TYPES = frozenset({"ACCUSE", "REJECT", "PROTEST", "THREATEN", "REQUEST"})
# Meetings and their hosting: the occasion of a response ("meeting the king, condemned the
# downing"), not the act "the downing" names.
MEETING_TYPES = frozenset({"CONSULT", "HOSTS"})


class ActReferences:
    """Who did the act a noun points back to, for ``RuleExtractor``."""

    def __init__(self, registry: Any, lexicon: Lexicon) -> None:
        self.registry = registry
        self.lexicon = lexicon

    def responded_to(
        self, trigger: Trigger, sources: list[ActorHit], context: DocumentContext
    ) -> list[ActorHit]:
        """ "Iran condemned the strikes": the recipient is whoever did the act just reported."""
        objects = [child for child in children(trigger.predicate) if child.dep_ == "dobj"] or [
            # "the deal was welcomed by Iraq": the passive's subject is the act responded to
            child
            for child in children(trigger.predicate)
            if child.dep_ == "nsubjpass" and child.pos_ == "NOUN"
        ]
        refused = [] if objects else _refused_objects(trigger, self.lexicon.act_families)
        if refused:
            # "refused to apply the measures": by whoever took the measures the text named.
            own = {hit.actor_id for hit in sources}
            return self.actors_of_act(refused[0], own, context, latest=False)
        if trigger.flipped:  # "the strikes were a violation", "the move drew criticism"
            objects = [c for c in children(trigger.predicate) if c.dep_ == "nsubj"]
        if not objects or not any(
            det.lower_ in ANAPHORIC_DETERMINERS for det in children(objects[0])
        ):
            return []
        if objects[0].lemma_.lower() in PEOPLE_NOUNS:
            return []  # "thanked the countries that had helped": people, not an act
        own = {hit.actor_id for hit in sources}
        if trigger.rule.type == "SUPPORT" and self._party_to_act(objects[0], own, context):
            return []  # Iran "hailed the deal" it made: praise of its own act, aimed at no one
        grown = self._enlarged_organisation(objects[0], own, context)
        if grown:
            return grown
        # A judged subject ("the actions amounted to ...") must name the act it refers to.
        actors = self.actors_of_act(
            objects[0], own, context, latest=not trigger.flipped, meetings=False
        )
        if _armed_group_act(objects[0]):
            # "condemned the rebel offensive": the act of the armed group the story reported.
            return [hit for hit in actors if self._armed_group(hit.actor_id)] or [
                hit
                for hit in self.actors_of_act(objects[0], own, context, latest=True, every=True)
                if self._armed_group(hit.actor_id)
            ][:1]
        return actors

    def actors_of_act(
        self,
        noun: Token,
        own: set[str],
        context: DocumentContext,
        *,
        latest: bool,
        every: bool = False,
        meetings: bool = True,
    ) -> list[ActorHit]:
        """Who did the act ``noun`` names: the act named by the same word ("the strikes" after
        "struck"), else (with ``latest``) the latest act of the type the word names ("the
        invasion" after "tanks poured into Kuwait") or, failing that, the latest act reported;
        with ``every``, the actors of all acts reported, latest first. Without ``meetings``, a
        word of no known type is no meeting ("meeting the king, condemned the downing")."""
        word = noun.lemma_.lower()
        # A state responding to its own crowds ("Beijing condemned the purchase" after Chinese
        # protests) is not responding to them.
        own = own | {
            name(state, self.registry)
            for state in own
            if self._is_state(state)
            for name in (crowd_id, consumers_id)
        }
        named = [
            [act.actor for act in acts if self.names_act(word, act.words) and act.actor not in own]
            for acts in reversed(context.acts)
        ]
        types = self.lexicon.act_types(word)
        deed = bool(types) and not types & SPOKEN_TYPES
        typed = [
            [
                act.actor
                for act in acts
                if act.type in types and act.as_source and not act.response and act.actor not in own
            ]
            for acts in reversed(context.acts)
        ]
        recent = [
            [
                act.actor
                for act in acts
                if act.as_source
                and not act.response
                and not (deed and act.type in SPOKEN_TYPES)  # "the raid": a deed, not words
                and (meetings or types or act.type not in MEETING_TYPES)
                and act.actor not in own
            ]
            for acts in reversed(context.acts)
        ]
        if every:
            actors = [actor for group in [*named, *recent] for actor in group]
            return [ActorHit(a, noun.text, noun.i, via="coref") for a in dict.fromkeys(actors)]
        for actors in [*named, *([*typed, *recent] if latest else [])]:
            if actors:
                return [
                    ActorHit(actor, noun.text, noun.i, via="coref")
                    for actor in dict.fromkeys(actors)
                ]
        return []

    def _enlarged_organisation(
        self, noun: Token, own: set[str], context: DocumentContext
    ) -> list[ActorHit]:
        """ "praised the expansion" in a story of states joining a bloc: the organisation the
        story is about grows, unless the text named an act of the same word ("expanded its
        settlements") or says what grew ("the expansion of the port")."""
        if noun.lemma_.lower() not in ENLARGEMENT_NOUNS:
            return []
        if any(child.dep_ == "prep" for child in children(noun)):
            return []
        if self.actors_of_act(noun, own, context, latest=False):
            return []
        topic = context.finder.memory.description("the bloc", "bloc")
        return [ActorHit(a, noun.text, noun.i, via="coref") for a in topic if a not in own]

    def _party_to_act(self, noun: Token, own: set[str], context: DocumentContext) -> bool:
        """One of ``own`` took part in the latest act that ``noun`` names by its word."""
        word = noun.lemma_.lower()
        for acts in reversed(context.acts):
            actors = {act.actor for act in acts if self.names_act(word, act.words)}
            if actors:
                return bool(actors & own)
        return False

    def names_act(self, word: str, act_words: frozenset[str]) -> bool:
        """ "the invitation" names the act "invited", "the enlargement" the act "enlarged": the
        same word, the same stem of five letters or more, or a word of the same family ("the
        agreements" for "signed the accords")."""
        if word in act_words or self.lexicon.same_act_family(word, act_words):
            return True
        return len(word) >= 5 and any(
            len(other) >= 5 and other[:5] == word[:5] for other in act_words
        )

    def _armed_group(self, actor_id: str) -> bool:
        """A non-state organisation other than an unnamed crowd or a state's junta."""
        return (
            self.registry.kind_of(actor_id) == "organisation" and crowd_ref(actor_id, None) is None
        )

    def _is_state(self, actor_id: str) -> bool:
        return bool(actor_id) and self.registry.kind_of(actor_id) == "state"


def answers_an_act(trigger: Trigger) -> bool:
    """The trigger's clause reacts to an act the story reported, named again by a noun with an
    anaphoric determiner: "condemned the strike", "the deal was welcomed by Iraq", "summoned the
    ambassador to protest the expulsions" (not "accused Iran of ..." nor "the ambassador")."""
    clauses = [trigger.predicate] + [
        child for child in children(trigger.predicate) if child.dep_ in ("xcomp", "advcl")
    ]
    nouns = [
        child
        for clause in clauses
        for child in children(clause)
        if child.dep_ in ("dobj", "nsubjpass")
        or (child.dep_ == "nsubj" and trigger.flipped and clause is trigger.predicate)
    ]
    return any(
        noun.pos_ == "NOUN"
        and noun.lemma_.lower() not in PEOPLE_NOUNS
        and any(det.lower_ in ANAPHORIC_DETERMINERS for det in children(noun))
        for noun in nouns
    )


def _refused_objects(trigger: Trigger, families: tuple[frozenset[str], ...]) -> list[Token]:
    """ "refused to apply [the measures]": the act, named again, that a rejection's infinitive
    acts on (an act word of the lexicon's families, not "the summit")."""
    if trigger.rule.type != "REJECT":
        return []
    return [
        obj
        for clause in children(trigger.predicate)
        if clause.dep_ == "xcomp"
        for obj in children(clause)
        if obj.dep_ == "dobj"
        and any(det.lower_ in ANAPHORIC_DETERMINERS for det in children(obj))
        and any(obj.lower_ in family for family in families)
    ]


def _armed_group_act(noun: Token) -> bool:
    """An act said to be an armed group's by its modifier: "the rebel offensive"."""
    return any(
        child.dep_ in ("amod", "compound") and child.lemma_.lower() in ARMED_GROUP_WORDS
        for child in children(noun)
    )
