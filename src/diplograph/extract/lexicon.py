"""The trigger lexicon: which verbs and event nouns express which event type (data/lexicon/)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from diplograph.errors import DataError
from diplograph.records import EVENT_TYPES
from diplograph.wordlists import read_data_yaml

ACTOR_OBJECTS = frozenset(
    {"ANY_ACTOR", "ANY_STATE", "ANY_IGO", "ANY_PERSON_OR_STATE", "ANY_ORGANISATION"}
)


@dataclass(frozen=True)
class TriggerRule:
    """One lexicon entry; see the header of ``data/lexicon/triggers.yaml`` for the fields."""

    lemmas: frozenset[str]
    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    complements: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    requested: bool = False
    target: tuple[str, ...] = ("dobj",)
    reciprocal: bool = False
    flip: bool = False
    no_target: bool = False
    one_sided: bool = False
    abroad: bool = False
    domestic: bool = False
    copula: bool = False
    standalone: bool = False
    crowd_only: bool = False
    helped: bool = False
    circumstance: bool = False
    venue: bool = False
    venue_third: bool = False
    infinitive: bool = False
    deadline: bool = False
    answered: bool = False
    intransitive: bool = False
    topic_organisation: bool = False
    paired: bool = False
    named_only: bool = False
    planned_only: bool = False
    refused_only: bool = False
    negated_only: bool = False
    obliges: bool = False
    for_relief: bool = False
    mission: bool = False
    to_state: bool = False
    to_court: bool = False
    alone: bool = False
    also: bool = False
    except_objects: frozenset[str] = frozenset()
    except_complements: frozenset[str] = frozenset()
    except_heads: frozenset[str] = frozenset()
    landings: frozenset[str] = frozenset()
    forum: str | None = None
    for_others: str | None = None
    contexts: tuple[str, ...] = ()
    confidence: float = 0.6

    @property
    def specificity(self) -> int:
        return (
            (2 if self.objects or self.subjects or self.complements or self.modifiers else 0)
            + (3 if self.requested else 0)
            + (3 if self.for_relief else 0)
            + (1 if self.mission else 0)
            + (1 if self.to_state else 0)
            + (3 if self.to_court else 0)
            + (1 if self.particles else 0)
            + (1 if self.infinitive else 0)
        )

    @property
    def wants_meeting(self) -> bool:
        return "MEETING" in self.objects

    @property
    def actor_objects(self) -> frozenset[str]:
        return self.objects & ACTOR_OBJECTS


@dataclass
class Lexicon:
    """Trigger rules indexed by lemma, most specific first."""

    verbs: dict[str, list[TriggerRule]] = field(default_factory=dict)
    nouns: dict[str, list[TriggerRule]] = field(default_factory=dict)
    # Adverbs that make any verb they modify an event ("built [jointly] by A and B").
    adverbs: dict[str, list[TriggerRule]] = field(default_factory=dict)
    meeting_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    # Verbs that answer a request noun ("rejected calls from X"): the asked one is the subject.
    answer_verbs: frozenset[str] = frozenset()
    # Verbs whose agent hosts the meeting they follow ("a conference co-hosted by A and B").
    host_verbs: frozenset[str] = frozenset()
    # Verbs that stop what they govern: "paused their participation in all meetings" holds none.
    halting_verbs: frozenset[str] = frozenset()
    # Verbs that found an organisation, and documents whose signers found it by them.
    founding_verbs: frozenset[str] = frozenset()
    treaty_nouns: frozenset[str] = frozenset()
    # Nouns of a withdrawal, and the ties whose leaving cuts relations ("pulled out of the deal").
    withdrawal_nouns: frozenset[str] = frozenset()
    tie_nouns: frozenset[str] = frozenset()
    # Verbs that make one thing into another ("turned the forum into an organisation").
    transforming_verbs: frozenset[str] = frozenset()
    # Verbs of giving whose relief, with no recipient named, goes to the story's other side.
    giving_verbs: frozenset[str] = frozenset()
    # Words that name what is given as relief ("emergency cash", "humanitarian assistance").
    relief_words: frozenset[str] = frozenset()
    # Money and packages given: relief only when relief_words call it so.
    money_words: frozenset[str] = frozenset()
    # Verbs of a purpose clause that make a dispatch relief: "sent planes [to carry] aid".
    relief_purpose_verbs: frozenset[str] = frozenset()
    # What is asked back from whoever holds it: "demanded their release".
    handover_nouns: frozenset[str] = frozenset()
    # Words that name the same kind of act: "the agreements" after "signed the accords".
    act_families: tuple[frozenset[str], ...] = ()
    # Verbs of calling in an envoy ("summoned Japan's ambassador to demand ...").
    summoning_verbs: frozenset[str] = frozenset()
    # Types of act whose report accuses the doer ("Kyiv says Russian drones hit a plant").
    claimed_act_types: frozenset[str] = frozenset()
    # Verbs of claiming that report a clause as their subject's own view ("claim", "allege").
    claim_verbs: frozenset[str] = frozenset()

    def same_act_family(self, word: str, others: frozenset[str]) -> bool:
        return any(word in family and others & family for family in self.act_families)

    def act_types(self, word: str) -> frozenset[str]:
        """The event types a word names as a noun, itself or through its family ("the
        aggression" names an ASSAULT, as "the invasion" does)."""
        words = {word}.union(*(family for family in self.act_families if word in family))
        return frozenset(rule.type for other in words for rule in self.noun_rules(other))

    def verb_rules(self, lemma: str) -> list[TriggerRule]:
        return self.verbs.get(lemma, [])

    def noun_rules(self, lemma: str) -> list[TriggerRule]:
        return self.nouns.get(lemma, [])

    @cached_property
    def noun_heads(self) -> frozenset[str]:
        """The last word of every noun entry ("state" of "member state"): a token whose lemma
        and form are not among them can trigger nothing as a noun."""
        return frozenset(key.split()[-1] for key in self.nouns)


def _words(values: Any) -> tuple[str, ...]:
    return tuple(str(value) for value in values)


def _rule(entry: dict[str, Any], where: str) -> TriggerRule:
    if entry.get("type") not in EVENT_TYPES:
        raise DataError(f"unknown event type {entry.get('type')!r}", where=where)
    return TriggerRule(
        lemmas=frozenset(_words(entry["lemmas"])),
        type=entry["type"],
        mode=entry.get("mode"),
        objects=frozenset(_words(entry.get("objects", ()))),
        particles=frozenset(_words(entry.get("particles", ()))),
        subjects=frozenset(_words(entry.get("subjects", ()))),
        complements=frozenset(_words(entry.get("complements", ()))),
        modifiers=frozenset(_words(entry.get("modifiers", ()))),
        requested=bool(entry.get("requested", False)),
        target=_words(entry.get("target", ("dobj",))),
        reciprocal=bool(entry.get("reciprocal", False)),
        flip=bool(entry.get("flip", False)),
        no_target=bool(entry.get("no_target", False)),
        one_sided=bool(entry.get("one_sided", False)),
        abroad=bool(entry.get("abroad", False)),
        domestic=bool(entry.get("domestic", False)),
        copula=bool(entry.get("copula", False)),
        standalone=bool(entry.get("standalone", False)),
        crowd_only=bool(entry.get("crowd_only", False)),
        helped=bool(entry.get("helped", False)),
        circumstance=bool(entry.get("circumstance", False)),
        venue=bool(entry.get("venue", False)),
        venue_third=bool(entry.get("venue_third", False)),
        infinitive=bool(entry.get("infinitive", False)),
        deadline=bool(entry.get("deadline", False)),
        answered=bool(entry.get("answered", False)),
        intransitive=bool(entry.get("intransitive", False)),
        topic_organisation=bool(entry.get("topic_organisation", False)),
        paired=bool(entry.get("paired", False)),
        named_only=bool(entry.get("named_only", False)),
        planned_only=bool(entry.get("planned_only", False)),
        refused_only=bool(entry.get("refused_only", False)),
        negated_only=bool(entry.get("negated_only", False)),
        obliges=bool(entry.get("obliges", False)),
        for_relief=bool(entry.get("for_relief", False)),
        mission=bool(entry.get("mission", False)),
        to_state=bool(entry.get("to_state", False)),
        to_court=bool(entry.get("to_court", False)),
        alone=bool(entry.get("alone", False)),
        also=bool(entry.get("also", False)),
        except_objects=frozenset(_words(entry.get("except_objects", ()))),
        except_complements=frozenset(_words(entry.get("except_complements", ()))),
        except_heads=frozenset(_words(entry.get("except_heads", ()))),
        landings=frozenset(_words(entry.get("landings", ()))),
        forum=entry.get("forum"),
        for_others=entry.get("for_others"),
        contexts=tuple(entry.get("contexts", ())),
        confidence=float(entry.get("confidence", 0.6)),
    )


def _index(entries: list[dict[str, Any]], where: str) -> dict[str, list[TriggerRule]]:
    index: dict[str, list[TriggerRule]] = {}
    for number, entry in enumerate(entries, start=1):
        rule = _rule(entry, f"{where} entry {number}")
        for lemma in rule.lemmas:
            index.setdefault(lemma, []).append(rule)
    for rules in index.values():
        rules.sort(key=lambda rule: -rule.specificity)
    return index


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon, loaded and validated once per process."""
    data = read_data_yaml("lexicon", "triggers.yaml")
    return Lexicon(
        verbs=_index(data["verbs"], "data/lexicon/triggers.yaml verbs"),
        nouns=_index(data["nouns"], "data/lexicon/triggers.yaml nouns"),
        adverbs=_index(data.get("adverbs", []), "data/lexicon/triggers.yaml adverbs"),
        meeting_nouns=frozenset(data["meeting_nouns"]),
        light_verbs=frozenset(data["light_verbs"]),
        answer_verbs=frozenset(data.get("answer_verbs", ())),
        host_verbs=frozenset(data.get("host_verbs", ())),
        halting_verbs=frozenset(data.get("halting_verbs", ())),
        founding_verbs=frozenset(data.get("founding_verbs", ())),
        treaty_nouns=frozenset(data.get("treaty_nouns", ())),
        withdrawal_nouns=frozenset(data.get("withdrawal_nouns", ())),
        tie_nouns=frozenset(data.get("tie_nouns", ())),
        transforming_verbs=frozenset(data.get("transforming_verbs", ())),
        giving_verbs=frozenset(data.get("giving_verbs", ())),
        relief_words=frozenset(data.get("relief_words", ())),
        money_words=frozenset(data.get("money_words", ())),
        relief_purpose_verbs=frozenset(data.get("relief_purpose_verbs", ())),
        handover_nouns=frozenset(data.get("handover_nouns", ())),
        act_families=tuple(frozenset(family) for family in data.get("act_families", ())),
        summoning_verbs=frozenset(data.get("summoning_verbs", ())),
        claimed_act_types=frozenset(data.get("claimed_act_types", ())),
        claim_verbs=frozenset(data.get("claim_verbs", ())),
    )
