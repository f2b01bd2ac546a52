"""Document-level reference: "our country", "It", "them", "the two countries", "the bloc".

A small salience model rather than a trained resolver: the document keeps the actors it has
named (most recent last), the actor of the last grammatical subject, and its main actor (the
state named most often, which is who "our country" and "we" mean in a ministry text or a
speech). Pronouns and definite descriptions resolve against that memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field

from diplograph.wordlists import words

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "ourselves"})
# "I thank", "my government": who speaks in a speech or statement whose title names the speaker.
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "myself", "mine"})
SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
PAIR_PHRASES = (
    # "each side accused the other": both sides, each acting on the other.
    "each side",
    "each country",
    "each government",
    "two countries",
    "both countries",
    "two sides",
    "both sides",
    "two nations",
    "both nations",
    "two states",
    "two leaders",
    "both leaders",
    "two presidents",
    "two neighbours",
    "two neighbors",
    "two governments",
    "both governments",
    "two delegations",
    "both delegations",
    "two parties",
    "both parties",
    "two ministers",
    "both ministers",
    "two prime ministers",
    "two heads of state",
    "two capitals",
    "two armies",
    "both armies",
    "both presidents",
    "two foreign ministers",
    "both foreign ministers",
    "two commanders",
    "both commanders",
)
# The two sides of a conflict or a negotiation, who need not be states ("urged both sides").
SIDE_PHRASES = (
    "two sides",
    "both sides",
    "two parties",
    "both parties",
    "warring parties",
    "warring sides",
    "belligerents",
    "two commanders",
    "both commanders",
    "two delegations",
    "both delegations",
)
# "urged the parties to honour it": once a story has two opposing sides, these are they.
BARE_SIDE_PHRASES = frozenset({"the parties", "the sides", "the parties to the conflict"})
# "our two countries": the speaker's state and this many others.
OWN_AND_PARTNERS = {
    f"{number} {noun}": others
    for number, others in (("two", 1), ("three", 2), ("four", 3))
    for noun in ("countries", "nations", "states", "peoples", "governments", "republics")
}
OWN_COUNTRY_PHRASES = (
    "our country",
    "my country",
    "our state",
    "our nation",
    "our republic",
    "our government",
    "this country",
)
ORGANISATION_NOUNS = frozenset(
    {
        "organization",
        "organisation",
        "bloc",
        "alliance",
        "union",
        "grouping",
        "body",
        "association",
        "league",
        "council",
        "commission",
        "forum",
        "ally",  # "the allies" of a story about an alliance
    }
)
# "the summit" of a text about an organisation's summit: the meeting stands for its organisation.
MEETING_NOUNS = frozenset({"summit", "meeting", "session", "conference", "congress", "assembly"})
STATE_NOUNS = frozenset({"country", "state", "nation", "republic", "kingdom", "government"})
PLURAL_STATE_NOUNS = ("countries", "states", "nations", "republics", "kingdoms", "governments")
# Plural descriptions with nothing but the article: the states just named ("the countries").
BARE_PLURAL_STATES = frozenset({"the countries", "the nations"})
# "The ministry thanked Uzbekistan": a state's institution named without its state is the
# state the text is talking about, like "it".
INSTITUTION_NOUNS = frozenset({"ministry"})
# "the rebels", "the militants", "the group": the organisation the story named last (an armed
# group in the stories that call it so).
ARMED_GROUP_NOUNS = words("armed_group_words") | {"group", "fighter", "faction"}
# "The Chamber ordered": an international court the story names (the registry ids of courts).
COURT_TITLE_NOUNS = words("court_title_nouns")
COURT_IDS = frozenset(word.upper() for word in words("court_ids"))
# A mention as a clause's subject counts this much more towards being the document's own state.
SUBJECT_WEIGHT = 2
# Who can be the unnamed counterpart of an act, and how often the text must have named it.
PARTNER_KINDS = frozenset({"state", "igo"})
PARTNER_MIN_MENTIONS = 2


NOT_THE_PAIR = words("not_the_pair_words")


def is_titled_description(phrase: str) -> bool:
    """ "the Tribunal", "The Special Chamber": "the" and capitalised words only, the way a text
    names a body it has named in full ("the court" in lower case is any court)."""
    words_ = phrase.split()
    return (
        len(words_) > 1 and words_[0].lower() == "the" and all(w[:1].isupper() for w in words_[1:])
    )


def is_pair_phrase(phrase: str) -> bool:
    """ "the two countries", "both sides", also with a word between ("both leftist
    governments", "the two Korean states"): a phrase that names the two sides of a story."""
    lowered = " ".join(phrase.lower().split())
    if any(pair in lowered for pair in PAIR_PHRASES):
        return True
    words = lowered.split()
    return any(
        " ".join((first, last)) in PAIR_PHRASES and middle not in NOT_THE_PAIR
        for first, middle, last in zip(words, words[1:], words[2:], strict=False)
    )


@dataclass
class Referent:
    """An actor the discourse can point back to."""

    actor_id: str
    kind: str
    plural: bool = False


@dataclass
class DiscourseMemory:
    """What a document has said so far, for resolving references."""

    main_actor: str | None = None
    # The state a speech's or statement's title says is speaking: who "I" is (unknown in news,
    # where "I" is someone quoted).
    speaker: str | None = None
    # Whom a speech's title says it is addressed to: who "you" is.
    addressee: str | None = None
    recent: list[Referent] = field(default_factory=list)
    last_subjects: list[Referent] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # Whom the person last named acts for: who "he" and "she" are (a subject outranks others).
    last_person: str | None = None
    # How prominent each actor is in the whole document, and its kind.
    story: dict[str, tuple[int, str]] = field(default_factory=dict)
    # The two actors of the latest act between opposing sides: who "both sides" are.
    sides: list[str] = field(default_factory=list)
    # The state of a news story's dateline: whose "the government" is.
    home: str | None = None

    @classmethod
    def for_document(
        cls,
        actor_counts: Counter[str],
        kinds: dict[str, str],
        subject_counts: Counter[str] | None = None,
        addressed: Collection[str] = (),
    ) -> DiscourseMemory:
        """Memory for a document whose actors were named ``actor_counts`` times, of which
        ``subject_counts`` times as a clause's subject (who acts: the speaker of a statement
        about another state is its subject more often than that state is). States in
        ``addressed`` are acted on by "we" and so cannot be "we" while another state can."""

        def rank(actor: str) -> tuple[int, int]:
            subject = (subject_counts or Counter())[actor]
            return subject * SUBJECT_WEIGHT + actor_counts[actor], subject

        states = [actor for actor in actor_counts if kinds.get(actor) == "state"]
        states = [actor for actor in states if actor not in addressed] or states
        main = max(states, key=rank) if states else None
        story = {actor: (count, kinds.get(actor, "")) for actor, count in actor_counts.items()}
        return cls(main_actor=main, story=story)

    def mention(self, referent: Referent) -> None:
        self.counts[referent.actor_id] = self.counts.get(referent.actor_id, 0) + 1
        self.recent = [item for item in self.recent if item.actor_id != referent.actor_id]
        self.recent.append(referent)
        del self.recent[:-12]

    def subjects(self, referents: list[Referent]) -> None:
        if referents:
            self.last_subjects = referents

    def own_country(self) -> list[str]:
        return [self.main_actor] if self.main_actor else []

    def pronoun(self, word: str) -> list[str]:
        """Actors a pronoun refers to, or ``[]`` when nothing fits."""
        lowered = word.lower()
        if lowered in FIRST_PERSON:
            return self.own_country()
        if lowered in SPEAKER_PRONOUNS:
            return [self.speaker] if self.speaker else []
        if lowered in SINGULAR_PRONOUNS:
            return self._singular()
        if lowered in PERSON_PRONOUNS:
            return [self.last_person] if self.last_person else []
        if lowered in PLURAL_PRONOUNS:
            return self._plural()
        if lowered == "both":  # "said both had violated the truce": the story's two sides
            return list(self.sides) or self.pair()
        return []

    def description(self, phrase: str, head_lemma: str) -> list[str]:
        """Definite descriptions: "the two countries", "our country", "the bloc", "the country"."""
        lowered = " ".join(phrase.lower().split())
        if any(own in lowered for own in OWN_COUNTRY_PHRASES):
            return self.own_country()
        own_group = self.own_group(lowered)
        if own_group:
            return own_group
        if self.sides and any(side in lowered for side in SIDE_PHRASES):
            return list(self.sides)
        if lowered in BARE_SIDE_PHRASES:
            return list(self.sides) or self.pair()
        if is_pair_phrase(lowered):
            return self.pair()
        if lowered in ("the latter", "the former"):
            pair = self.pair()
            return pair[1:] if lowered == "the latter" else pair[:1]
        if head_lemma in COURT_TITLE_NOUNS and is_titled_description(phrase):
            return self._court()
        if head_lemma in ORGANISATION_NOUNS | MEETING_NOUNS and lowered.startswith(
            ("the ", "this ")
        ):
            return self._topic("igo")  # "the bloc"; "this Council" in a speech to the Council
        if lowered in BARE_PLURAL_STATES:
            # "the countries also interact within the CIS": the states the story is about
            # (the last subject's states, or the story's pair when each was named more than once)
            subjects = [r.actor_id for r in self.last_subjects if r.kind == "state"]
            if len(subjects) > 1:
                return subjects
            pair = self.pair()
            named = all(self.counts.get(a, 0) >= PARTNER_MIN_MENTIONS for a in pair)
            return pair if named else []
        if lowered == "the government" and (self.speaker or self.home in self.story):
            # a statement's own government; in news, the government of the dateline's country
            return [self.speaker or self.home or ""]
        if head_lemma in STATE_NOUNS and lowered.startswith(("the ", "this ")):
            # "the country" is the state named last; "the Baltic states" is no single state.
            return [] if lowered.endswith(PLURAL_STATE_NOUNS) else self._latest("state")
        if head_lemma in ARMED_GROUP_NOUNS and lowered.split()[0] in ("the", "these"):
            return self._latest("organisation") if len(lowered.split()) == 2 else []
        if head_lemma in INSTITUTION_NOUNS and lowered.startswith("the "):
            # a statement's own ministry ("The Ministry is grateful to ..."); in news, the
            # state the text is talking about
            return [self.speaker] if self.speaker else self._singular()
        return []

    def partner(self, of: set[str]) -> list[str]:
        """The counterpart of ``of`` in the story: the other actor the whole document names most
        (the more recently named on a tie), provided it is named at least twice.

        "Moscow condemned the package" in a story about EU sanctions on Russia: the EU.
        """
        recency = {referent.actor_id: k for k, referent in enumerate(self.recent)}
        best: tuple[int, int, str] | None = None
        for actor, (count, kind) in self.story.items():
            if actor in of or kind not in PARTNER_KINDS:
                continue
            candidate = (count, recency.get(actor, -1), actor)
            best = candidate if best is None or candidate > best else best
        return [best[2]] if best and best[0] >= PARTNER_MIN_MENTIONS else []

    def own_group(self, phrase: str) -> list[str]:
        """ "our two countries", "our three nations": the speaker's state and the counterparts
        it speaks of, or ``[]`` for any other phrase."""
        lowered = phrase.lower().split()
        others = OWN_AND_PARTNERS.get(" ".join(lowered[1:3])) if lowered[:1] == ["our"] else None
        if not others or len(lowered) != 3 or not self.main_actor:
            return []
        counterparts = self._counterparts(self.main_actor, others)
        return [self.main_actor, *counterparts] if counterparts else []

    def _counterparts(self, own: str, number: int) -> list[str]:
        """The ``number`` states besides ``own`` that "our two (three) countries" names: those
        the recent sentences named most (on a tie, the more recent), else the ones the whole
        document names most ("Today our two countries signed ..." opening a speech whose title
        names the guest)."""
        recent = [r.actor_id for r in reversed(self.recent) if r.kind == "state"]
        recent = list(dict.fromkeys(a for a in recent if a != own))[:6]
        ranked = sorted(recent, key=lambda a: (-self.counts.get(a, 0), recent.index(a)))
        story = sorted(
            (a for a, (count, kind) in self.story.items() if kind == "state" and a != own),
            key=lambda a: -self.story[a][0],
        )
        chosen = list(dict.fromkeys(ranked + story))[:number]
        return chosen if len(chosen) == number else []

    def _singular(self) -> list[str]:
        for referent in self.last_subjects:
            if not referent.plural and len(self.last_subjects) == 1:
                return [referent.actor_id]
        for referent in reversed(self.recent):
            if not referent.plural and referent.kind in ("state", "igo"):
                return [referent.actor_id]
        return []

    def _plural(self) -> list[str]:
        if len(self.last_subjects) > 1:
            return [referent.actor_id for referent in self.last_subjects]
        for referent in reversed(self.recent):
            if referent.plural:
                return [referent.actor_id]
        return []

    def pair(self, excluding: Collection[str] = ()) -> list[str]:
        """ "The two countries": the two states the text has named most among the recent ones
        (on a tie, the more recent), in the order the text named them; ``excluding`` names
        states that cannot be among them (the mediator of "mediated the talks")."""
        recent = [
            r for r in reversed(self.recent) if r.kind == "state" and r.actor_id not in excluding
        ][:6]
        if len(recent) < 2:
            return []
        ranked = sorted(
            range(len(recent)), key=lambda k: (-self.counts.get(recent[k].actor_id, 0), k)
        )[:2]
        return [recent[k].actor_id for k in sorted(ranked, reverse=True)]

    def topic_other(self, kind: str, excluding: Collection[str]) -> list[str]:
        """The actor of this kind the text is about besides ``excluding``."""
        return self._topic(kind, excluding)

    def _court(self) -> list[str]:
        """ "The Chamber rejected the claim" in a story about ITLOS: the international court the
        document names most, or ``[]`` when it names none (a national court is no actor)."""
        others = [actor for actor in self.story if actor not in COURT_IDS]
        courts = self._topic("igo", excluding=others)
        return courts if courts and courts[0] in COURT_IDS else []

    def _topic(self, kind: str, excluding: Collection[str] = ()) -> list[str]:
        """The actor of this kind the text is about: the one the whole document names most
        (the more recently named on a tie). A list of members can push it out of the recent
        mentions ("... and Tuvalu joined. In 2021 five states left the Forum")."""
        recency = {referent.actor_id: k for k, referent in enumerate(self.recent)}
        best: tuple[int, int, str] | None = None
        for actor, (count, actor_kind) in self.story.items():
            if actor_kind == kind and actor not in excluding:
                candidate = (count, recency.get(actor, -1), actor)
                best = candidate if best is None or candidate > best else best
        if best is None:  # memory built without the document's counts
            for position, referent in enumerate(self.recent):
                if referent.kind == kind:
                    count = self.counts.get(referent.actor_id, 0)
                    candidate = (count, position, referent.actor_id)
                    best = candidate if best is None or candidate > best else best
        return [best[2]] if best else []

    def latest_other(self, kind: str, excluding: Collection[str]) -> list[str]:
        """The actor of this kind named last that is not one of ``excluding``."""
        return self._latest(kind, excluding)

    def _latest(self, kind: str, excluding: Collection[str] = ()) -> list[str]:
        for referent in reversed(self.recent):
            if referent.kind == kind and referent.actor_id not in excluding:
                return [referent.actor_id]
        return []
