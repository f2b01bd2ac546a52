"""What a document's sentences share: its salient actors, discourse memory, contexts, dateline.

Salience decides who "our country" and "we" are: mentions count (people for their state,
places for their country), the first lines thrice and the title more, and states that no longer
exist on the document's date not at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from spacy.tokens import Doc, Span, Token

from diplograph.errors import DiplographError
from diplograph.extract.actors import ActorFinder, ActorHit, names_city_instrument
from diplograph.extract.attach import TimeMention, dateline_location
from diplograph.extract.contexts import sentence_contexts
from diplograph.extract.syntax import expand_conjuncts
from diplograph.extract.tree import children
from diplograph.extract.triggers import Trigger
from diplograph.nlp.datelines import dateline_spans
from diplograph.records import Document, Event, Evidence, Location, Mention, PartialDate
from diplograph.resolve.coreference import DiscourseMemory
from diplograph.wordlists import words

HEADLINE_CHARS = 300
TITLE_WEIGHT = 6  # the title says whose text it is: "Statement ... of a Kazakh official"


@dataclass
class SentenceContext:
    """What every trigger of one sentence shares."""

    sentence: Span
    times: list[TimeMention]
    contexts: Counter[str]
    evidence: Evidence


class ReportedAct(NamedTuple):
    """An act a sentence reported, for later references to it ("the strikes", "the invasion")."""

    words: frozenset[str]  # the words that named it
    actor: str  # who did it
    as_source: bool  # False for the other side of a mutual act ("fighting between A and B")
    type: str  # its event type
    # A reaction to an act reported earlier ("Iran condemned the strike", "welcomed the deal"):
    # "the move" later names an act of the story, not the reaction, unless it names it by word.
    response: bool = False


@dataclass
class DocumentContext:
    """What every sentence of one document shares while it is being read."""

    document: Document
    finder: ActorFinder
    contexts: Counter[str] = field(default_factory=Counter)
    # Each sentence's context cues, by the index of its first token (read once per document).
    sentence_cues: dict[int, Counter[str]] = field(default_factory=dict)
    dateline: Location | None = None
    near: list[str] = field(default_factory=list)
    dateline_reach: int = 0  # the dateline places the acts of the text up to this offset
    dateline_spans: list[tuple[int, int]] = field(default_factory=list)
    # The acts reported so far, per sentence. The sentence being read is the last, filled as its
    # triggers are read ("signed a deal, with Trump hailing the deal").
    acts: list[list[ReportedAct]] = field(default_factory=list)
    # The events read so far in the sentence being read ("A recalled its envoy from X, and B
    # suspended relations": B's measure is aimed at X too).
    sentence_events: list[Event] = field(default_factory=list)
    # The asserted events of the latest sentences that reported any ("Canada did the same").
    last_acts: list[list[Event]] = field(default_factory=list)
    # How many sentences so far reported each type of act: what the story is about.
    act_types: Counter[str] = field(default_factory=Counter)
    # The states the story's forces acted on or in so far ("French jets struck Gao": Mali).
    force_places: set[str] = field(default_factory=set)
    # The date the text mentioned last: what "two days later" or "the same year" count from.
    last_date: PartialDate | None = None
    # The date the text last gave to an act (not to a noun, not "since"): its news day.
    news_day: PartialDate | None = None


# How ``RuleExtractor`` turns a trigger and its (source, recipient) pairs, with the act's place,
# into events; the readers split out of it (memberships, meetings) are handed this.
EventMaker = Callable[
    [
        Trigger,
        list[tuple[ActorHit, ActorHit | None]],
        Location | None,
        SentenceContext,
        DocumentContext,
    ],
    list[Event],
]


def document_context(
    document: Document, parsed: Doc, mentions: list[Mention], registry: Any
) -> DocumentContext:
    """What every sentence of a document shares: salience, discourse memory, contexts, dateline."""
    ignored = dateline_spans(document.text)
    mentions = [m for m in mentions if not any(start <= m.start < end for start, end in ignored)]
    counts, kinds = _salience(_acting_mentions(parsed, mentions), document, registry)
    memory = DiscourseMemory.for_document(
        counts,
        kinds,
        _subject_counts(parsed, mentions, document.date, registry),
        _addressed_by_us(parsed, mentions, document.date, registry),
    )
    speaker = _title_speaker(document, registry)
    if speaker:  # "Statement of the Colombian Ministry of Foreign Affairs on ...": "we" is Colombia
        memory.main_actor = memory.speaker = speaker
        memory.addressee = _title_addressee(document, registry, speaker)
    finder = ActorFinder(parsed, mentions, registry, document.date, memory)
    context = DocumentContext(document, finder, near=[actor for actor, _ in counts.most_common(8)])
    for sentence in parsed.sents:
        cues = sentence_contexts(sentence)
        context.sentence_cues[sentence.start] = cues
        context.contexts.update(cues)
    context.dateline = dateline_location(document.text, registry)
    context.dateline_spans = ignored
    finder.home_state = context.dateline.country if context.dateline is not None else None
    memory.home = finder.home_state
    if context.dateline is not None:
        first_break = document.text.find("\n", next(iter(ignored), (0, 0))[1])
        context.dateline_reach = first_break if first_break > 0 else len(document.text)
    return context


def _acting_mentions(parsed: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions that can name who a story is about: not a city naming an instrument ("a violation
    of the Vienna Convention" makes no story of Austria's)."""
    kept = []
    for mention in mentions:
        span = parsed.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not names_city_instrument(span.root, mention):
            kept.append(mention)
    return kept


def _salience(
    mentions: list[Mention], document: Document, registry: Any
) -> tuple[Counter[str], dict[str, str]]:
    """How prominent each actor is: mentions (people for their state, places for their
    country), the first lines thrice and the title more, since that is where a text says whose
    story it is. States that no longer exist on the document's date are left out."""
    counts: Counter[str] = Counter()
    kinds: dict[str, str] = {}
    title = registry.find_mentions(document.title, on=document.date) if document.title else []
    for mention, weight in [(m, TITLE_WEIGHT) for m in title] + [(m, 1) for m in mentions]:
        actor = _salient_actor(mention, document.date, registry)
        if actor:
            early = weight == 1 and mention.start < HEADLINE_CHARS
            counts[actor] += 3 if early else weight
            kinds[actor] = registry.kind_of(actor)
    return counts, kinds


SPEAKING_TITLE = re.compile(
    r"\b(?:joint\s+)?(?:statement|speech|remarks|address|press release|declaration|"
    r"communiqu[eé]|briefing|comment|message|letter|interview)\b",
    re.IGNORECASE,
)
TITLE_OPENERS = words("title_openers")
# Who can speak in a statement or speech: a state, or an organisation through its officers.
SPEAKER_KINDS = frozenset({"state", "igo"})


def _title_speaker(document: Document, registry: Any) -> str | None:
    """The state a statement's or speech's title names as speaking: whose voice "we" is."""
    found = SPEAKING_TITLE.search(document.title or "")
    if not document.title or found is None:
        return None
    opening = re.findall(r"[\w']+", document.title[: found.start()].lower())
    if any(word not in TITLE_OPENERS for word in opening):
        return None  # "Venezuela rejects the court's address": a headline, not a speech
    # Who speaks comes before what about: "Statement of the Colombian Ministry ... on ...",
    # "Speech (composition): an Uzbek official opens the conference on Afghanistan", not
    # "Statement on the launch by North Korea".
    after = re.sub(r"^\s*(?:\([^)]*\))?\s*:?\s*", "", document.title[found.end() :])
    speaker_part = re.split(r"(?:^|\s)(?:on|about|concerning|regarding)\s|:", after)[0]
    # The first state or organisation named speaks: "Remarks by the Secretary-General of NATO
    # at the press conference with the President of Finland" is NATO's voice.
    mentions = sorted(registry.find_mentions(speaker_part, on=document.date), key=_start)
    for mention in mentions:
        actor = _salient_actor(mention, document.date, registry)
        if actor and registry.kind_of(actor) in SPEAKER_KINDS:
            return str(actor)
    return None


def _title_addressee(document: Document, registry: Any, speaker: str) -> str | None:
    """Whom a speech's title says it is addressed to, who "you" is: "Address by the President
    of Ukraine [to the Parliament of Canada]", not the speaker's own parliament."""
    found = SPEAKING_TITLE.search(document.title or "")
    if not document.title or found is None:
        return None
    _, to, after = document.title[found.end() :].partition(" to ")
    addressed = re.split(r"(?:^|\s)(?:on|about|concerning|regarding|at)\s|:", after)[0]
    if not to or not addressed:
        return None
    mentions = sorted(registry.find_mentions(addressed, on=document.date), key=_start)
    for mention in mentions:
        actor = _salient_actor(mention, document.date, registry)
        if actor and actor != speaker and registry.kind_of(actor) in SPEAKER_KINDS:
            return str(actor)
    return None


def _start(mention: Mention) -> int:
    return mention.start


def _subject_counts(
    parsed: Doc, mentions: list[Mention], on: PartialDate | None, registry: Any
) -> Counter[str]:
    """How often each actor is the subject of a clause ("Japan will strengthen", "The Government
    of Japan lodged a protest"): the actor of a statement's own acts."""
    # Mentions that start a token, in text order: a subject's phrase is a contiguous span of
    # tokens, so its mentions are found by bisecting, not by walking every subtree.
    token_starts = {token.idx for token in parsed}
    by_start = {m.start: m for m in mentions if m.start in token_starts}
    starts = sorted(by_start)
    counts: Counter[str] = Counter()
    for token in parsed:
        if token.dep_ != "nsubj":
            continue
        first, last = token.left_edge.idx, token.right_edge.idx
        for start in starts[bisect_left(starts, first) : bisect_right(starts, last)]:
            actor = _salient_actor(by_start[start], on, registry)
            if actor:
                counts[actor] += 1
                break
    return counts


def _addressed_by_us(
    parsed: Doc, mentions: list[Mention], on: PartialDate | None, registry: Any
) -> set[str]:
    """States a first-person clause acts on, its objects ("we call on North Korea to comply",
    "we urge the United States"): whoever "we" is, it is not them."""
    addressed: set[str] = set()
    for token in parsed:
        if token.dep_ != "nsubj" or token.lower_ not in ("we", "i"):
            continue
        for argument in _objects_with_conjuncts(token.head):
            for mention in mentions:
                if mention.start <= argument.idx < mention.end and not _a_place(mention):
                    actor = _salient_actor(mention, on, registry)
                    if actor:
                        addressed.add(actor)
    return addressed


def _a_place(mention: Mention) -> bool:
    """ "I welcome you to Astana": a place says where, not whom."""
    return mention.kind == "place" or mention.alias_kind in ("capital", "seat", "former capital")


def _objects_with_conjuncts(verb: Token) -> list[Token]:
    """The verb's objects, direct or after a preposition, with their conjuncts."""
    objects = [child for child in children(verb) if child.dep_ in ("dobj", "dative")]
    objects += [
        grand
        for child in children(verb)
        if child.dep_ == "prep"
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]
    return [word for obj in objects for word in expand_conjuncts(obj)]


def _salient_actor(mention: Mention, on: PartialDate | None, registry: Any) -> str | None:
    actor = mention.actor_id
    if actor and mention.kind in ("person", "place"):
        actor = registry.acts_for(actor, on) if mention.kind == "person" else actor
    elif mention.kind not in ("state", "igo", "group"):
        return None
    if actor and on is not None and not _exists(actor, on, registry):
        return None
    return actor


def _exists(actor_id: str, on: PartialDate, registry: Any) -> bool:
    try:
        span = registry.actor(actor_id).span
    except DiplographError:
        return True
    return span.covers(on)


def evidence_of(document_id: str, sentence: Span) -> Evidence:
    """The sentence as evidence: its text without surrounding white space, and its offsets."""
    raw = sentence.text
    start = sentence.start_char + (len(raw) - len(raw.lstrip()))
    text = raw.strip()
    return Evidence(document_id, text, start, start + len(text))
