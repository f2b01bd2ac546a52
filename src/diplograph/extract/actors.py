"""Which actors a noun phrase of a parsed sentence denotes.

Names come from the registry's mentions; role nouns ("the President of Kazakhstan", "Russian
troops") take the actor they belong to; coordination gives several actors; pronouns and
descriptions ("our country", "the two countries") go to the discourse memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from diplograph.extract.attach import LOCATION_PREPS
from diplograph.extract.crowds import (
    CROWD_COUNTS,
    REFUGEE_NOUNS,
    crowd_id,
    is_crowd,
    is_junta,
    junta_id,
    refugees_id,
)
from diplograph.extract.syntax import (
    PARTITIVE_WORDS,
    agents,
    antecedent,
    clause_root,
    entities,
    expand_conjuncts,
    inherited_subject,
    is_contingent,
    joined_with,
    stranded,
    stranded_after,
    subjects,
)
from diplograph.extract.tree import children, sentence_of
from diplograph.records import Mention, PartialDate
from diplograph.resolve.coreference import (
    FIRST_PERSON,
    ORGANISATION_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    SINGULAR_PRONOUNS,
    DiscourseMemory,
    Referent,
    is_pair_phrase,
)
from diplograph.wordlists import words

MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "npadvmod"})
STATE_BODIES = words("state_bodies")
# A state's own armed and security bodies, named without their state ("security forces", "the
# police", "border guards", "the authorities"), by kind: "the army" takes up "the Sudanese
# troops", "police" "Iran's police".
BODY_KIND_OF = {"police": "police", "policeman": "police", "policemen": "police",
                "authority": "government", "authorities": "government", "guard": "guard",
                "army": "military", "military": "military", "troop": "military",
                "soldier": "military", "force": "military"}  # fmt: skip
BODY_KINDS = words("body_kinds")
COUNTED_STATE_NOUNS = words("counted_state_nouns")
COUNT_WORDS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
ACTED_ON_CROWDS = words("acted_on_crowds")
COUP_WORDS = words("coup_words")
MILITARY_NOUNS = words("military_nouns")
QUANTITY_NOUNS = words("quantity_nouns")
RELATIONAL_NOUNS = words("relational_nouns")
COLLECTIVE_NOUNS = words("collective_nouns")
NAMED_BODY_NOUNS = words("named_body_nouns")
NAMED_TERRITORY_NOUNS = words("named_territory_nouns")
CHAIR_WORDS = words("chair_words")
BUILDING_PART_NOUNS = words("building_part_nouns")
LED_NOUNS = words("led_nouns")
# Kinds of actor a common noun can name by an apposition or compound ("the bloc ECOWAS").
NAMED_BODY_KINDS = frozenset({"igo", "organisation"})
LED_FORCE_NOUNS = words("led_force_nouns")
PERSON_TITLES = words("person_titles")
# What a region's bloc acts through: "West African leaders" and "the West African measures" in
# a story about ECOWAS are ECOWAS's; and how much larger than the bloc the region may be.
BLOC_ACT_NOUNS = words("bloc_act_nouns")
REGION_TO_BLOC = 1.5
SPOKESPERSON_NOUNS = words("spokesperson_nouns")
HOME_OFFICE_TITLES = words("home_office_titles")
STATE_FORM_NOUNS = words("state_form_nouns")
PLACE_DESCRIPTION_NOUNS = words("place_description_nouns")
DOCUMENT_NOUNS = words("document_nouns")
CITY_INSTRUMENT_NOUNS = words("city_instrument_nouns")
PLEDGING_VERBS = words("pledging_verbs")
ANAPHORIC_DETERMINERS = words("anaphoric_determiners")
# How many sentences back "the resolution" may refer to the resolution someone adopted.
ISSUED_TEXT_SENTENCES = 3
ISSUING_VERBS = words("issuing_verbs")
OTHER_STATE_NOUNS = words("other_state_nouns")
SEAT_ALIASES = words("seat_aliases")
EXPANDING_PREPS = words("expanding_preps")
REFLEXIVES = words("reflexives")
PRONOUNS = FIRST_PERSON | SINGULAR_PRONOUNS | PLURAL_PRONOUNS | PERSON_PRONOUNS


@dataclass(frozen=True)
class ActorHit:
    """An actor found for a phrase: who acts, the words used, and how it was found."""

    actor_id: str
    text: str
    token: int
    person: str | None = None
    sector: str | None = None
    via: str = "name"  # name | modifier | coref | location


class ActorFinder:
    """Actors of noun phrases in one parsed document."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        registry: Any,
        on: PartialDate | None,
        memory: DiscourseMemory,
    ) -> None:
        self.doc = doc
        self.registry = registry
        self.on = on
        self.memory = memory
        self._by_token: dict[int, Mention] = {}
        # Phrases are read several times per sentence (to match rules, then for participants);
        # the answer only changes when the discourse memory does, at the end of a sentence.
        self._phrases: dict[tuple[int, int], list[ActorHit]] = {}
        self._reading: set[int] = set()  # phrases being read now, to break cycles
        self._last_juntas: list[str] = []  # the states of the juntas named last
        # The country and the targets of the crowds the story placed last.
        self.last_crowd: tuple[str, list[str]] | None = None
        self._coup_states: list[str] | None = None
        self._learned_people: dict[str, str] | None = None
        self._titled_surnames: set[str] | None = None
        # The country of the story's dateline: where its unnamed police and troops may serve.
        self.home_state: str | None = None
        self._bodies: list[tuple[int, str, str]] | None = None
        for mention in mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or mention.actor_id is None:
                continue
            for token in span:
                self._by_token.setdefault(token.i, mention)

    def mention_at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def mentioned(self) -> frozenset[str]:
        """Every actor the document names (places of other states are namesakes)."""
        return frozenset(
            mention.actor_id for mention in self._by_token.values() if mention.actor_id
        )

    def of_phrase(self, token: Token, *, depth: int = 0) -> list[ActorHit]:
        """Actors of the phrase headed by ``token``, its conjuncts and elaborations included."""
        if depth > 4 or token.i in self._reading:
            # A pronoun's antecedent can lead back to the phrase that holds the pronoun
            # ("vessels, most of them flying ..."): a phrase being read names no one more.
            return []
        key = (token.i, depth)
        if key not in self._phrases:
            self._reading.add(token.i)
            try:
                self._phrases[key] = self._read_phrase(token, depth)
            finally:
                self._reading.discard(token.i)
        return list(self._phrases[key])

    def _read_phrase(self, token: Token, depth: int) -> list[ActorHit]:
        hits = self._of_head(token, depth)
        for child in children(token):
            if stranded(child):
                continue  # read with the list it continues (``stranded_after``)
            if child.dep_ == "conj" or (child.dep_ == "appos" and self._names_someone(child)):
                # List items cost no depth: the parse only descends, so this ends, and long
                # lists ("A, the President of B, C and D") nest deeply.
                hits.extend(self.of_phrase(child, depth=depth))
            elif child.dep_ == "prep" and self._elaborates(child):
                for grand in children(child):
                    if grand.dep_ == "pobj":
                        hits.extend(self.of_phrase(grand, depth=depth + 1))
            elif child.dep_ == "prep" and child.lower_ in ("with", "along", "alongside"):
                hits.extend(self._joined(child, depth))
            elif child.dep_ == "prep" and child.lower_ == "for" and _titled(token):
                hits.extend(self._portfolio_state(child, depth))
            elif child.dep_ == "nmod" and _coordinated(child):
                # "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov": the parser
                # may hang the first titled name and the "and" on the last name's head.
                hits.extend(self.of_phrase(child, depth=depth))
        for item in self._items_hung_inside_name(token):
            hits.extend(self.of_phrase(item, depth=depth))
        if self.mention_at(token) is not None:
            for item in stranded_after(token):
                hits.extend(self.of_phrase(item, depth=depth))
        hits.extend(self._surface_elaboration(token))
        return _unique(self._without_describing_words(token, hits))

    def _portfolio_state(self, for_phrase: Token, depth: int) -> list[ActorHit]:
        """ "the Minister for Foreign Affairs [of Japan]": the parser hangs the state on the
        portfolio, not on the minister."""
        return [
            hit
            for portfolio in children(for_phrase)
            if portfolio.dep_ == "pobj"
            for preposition, state in _of_objects(portfolio)
            if preposition == "of"
            for hit in self.of_phrase(state, depth=depth + 1)
        ]

    def _without_describing_words(self, token: Token, hits: list[ActorHit]) -> list[ActorHit]:
        """A body the phrase names outweighs the words that describe it: "the [Chinese] state
        company Sinopec" is Sinopec, "the [South American] Mercosur bloc" is Mercosur."""
        if token.pos_ != "NOUN":
            return hits
        describing = {
            child.i for child in children(token) if child.dep_ in ("amod", "compound", "nmod")
        }
        named = {child.i for child in children(token) if child.dep_ in ("appos", "compound")}
        bodies = [
            hit
            for hit in hits
            if hit.token in named
            and hit.person is None  # (not "[der] Leyen": a person acting for a body)
            and self.registry.kind_of(hit.actor_id) in NAMED_BODY_KINDS
        ]
        if not bodies:
            return hits
        return [hit for hit in hits if hit in bodies or hit.token not in describing]

    def _items_hung_inside_name(self, token: Token) -> list[Token]:
        """ "Angola, the Democratic Republic of Congo and Zambia": the parser may hang the next
        list item on a word inside a long name rather than on the name's head."""
        mention = self.mention_at(token)
        if mention is None or " " not in mention.text:
            return []
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return []
        return [
            child
            for inner in span
            if inner.i != token.i
            for child in children(inner)
            if child.dep_ == "conj" and not span.start <= child.i < span.end
        ]

    def _names_someone(self, appos: Token) -> bool:
        """An apposition that is a name ("..., Ilham Aliyev,") adds an actor; a description
        ("China, a close partner of both countries,") does not."""
        if appos.lower_ in REFLEXIVES:
            return False  # "Guinea, itself under military rule,": Guinea again
        return self.mention_at(appos) is not None or not hits_description(appos)

    def _surface_elaboration(self, token: Token) -> list[ActorHit]:
        """ ", in particular Arab ones," after a phrase, however the parser attached it."""
        after = token.right_edge.i + 1
        words = [t.lower_ for t in self.doc[after : after + 4]]
        if not words or words[0] != ",":
            return []
        for cue in (
            ["in", "particular"],
            ["especially"],
            ["particularly"],
            ["notably"],
            ["including"],
        ):
            if words[1 : 1 + len(cue)] == cue:
                start = after + 1 + len(cue)
                mention = self.mention_at(self.doc[start]) if start < len(self.doc) else None
                return self._from_mention(mention, self.doc[start]) if mention else []
        return []

    def acting(self, mention: Mention) -> tuple[str | None, str | None]:
        """(acting actor id, person id) for a mention: people act for their office's actor."""
        actor = mention.actor_id
        if actor is None:
            return None, None
        if mention.kind == "person":
            return self.registry.acts_for(actor, self.on), actor
        if mention.kind in ("organisation", "agency"):
            return self.registry.acts_for(actor, self.on) or actor, None
        if mention.kind == "place":
            return None, None
        return actor, None

    def remember_sentence(self, sentence_tokens: list[Token], subject_hits: list[ActorHit]) -> None:
        """Feed the discourse memory with the actors a sentence named and its subjects."""
        self._phrases.clear()
        seen: set[str] = set()
        for token in sentence_tokens:
            mention = self.mention_at(token)
            if mention is None or mention.actor_id in seen:
                continue
            seen.add(mention.actor_id or "")
            if _where(token, mention):
                continue  # "talks in Asmara" says where, not who
            actor, _ = self.acting(mention)
            if actor:
                self.memory.mention(self._referent(actor))
                if mention.kind == "person":
                    self.memory.last_person = actor
        people = [
            hit.actor_id
            for hit in subject_hits
            if hit.person
            or (hit.via == "coref" and hit.text.lower() in PERSON_PRONOUNS)
            or self.doc[hit.token].ent_type_ == "PERSON"
        ]
        if len(people) == 1:
            self.memory.last_person = people[0]  # "Putin met Xi. He said ...": Putin
        self.memory.subjects([self._referent(hit.actor_id) for hit in subject_hits])

    def _referent(self, actor_id: str) -> Referent:
        kind = self.registry.kind_of(actor_id) if actor_id else "state"
        return Referent(actor_id, kind, plural=kind == "group")

    def _of_head(self, token: Token, depth: int) -> list[ActorHit]:
        chairing = self._chaired_body(token, depth)
        if chairing:
            return chairing  # "ASEAN chair Cambodia" speaks for ASEAN
        mention = self.mention_at(token)
        if mention is not None and mention.alias_kind == "surname":
            # "Jordan's King Abdullah" is no Abdullah Abdullah of Afghanistan: a state the
            # phrase names itself outweighs a surname match.
            stated = self._stated_country(token)
            if stated and stated != self.acting(mention)[0]:
                return [ActorHit(stated, mention.text, token.i, None, "GOV", "modifier")]
        if mention is not None:
            return self._from_mention(mention, token)
        if token.pos_ == "PROPN" or token.ent_type_ == "PERSON":
            state = self._people_named().get(token.text)
            if state:  # "Condé" after "Guinea's President Alpha Condé"
                return [ActorHit(state, token.text, token.i, via="name")]
            titled_of = self._titled_of_state(token, depth)
            if titled_of:
                return titled_of  # "President Tito of Yugoslavia", "King Hussein of Jordan"
            home = self._titled_at_home(token)
            if home:
                return home
        lowered = token.lower_
        if token.tag_ in ("WDT", "WP") and lowered in ("which", "who", "whom", "that"):
            return self._relative(token, depth)
        if lowered == "whose":
            return self._whose(token)
        if lowered == "both" and token.dep_ == "appos":
            return []  # "Medvedev and Saakashvili both accepted": those named, no one more
        if lowered in ("you", "your"):
            return self._addressed(token, depth)
        if token.pos_ == "PRON" or lowered in PRONOUNS:
            speaker = (
                self._reporting_subject(token, depth)
                if lowered in ("it", "they", "we", "he", "she")
                else []
            )
            return speaker or self._coref(
                self._in_sentence(token) or self.memory.pronoun(lowered), token
            )
        if is_junta(token) or _military_takeover(token):
            return self._rulers_of(token, depth) or self._junta(token, depth)
        body = self._body_named_before(token)
        if body:
            return body
        led = self._led_by(token, depth)
        if led:
            return led  # "the delegation, led by White House coordinator Kurt Campbell"
        crowd = self._crowd_acted_on(token)
        if crowd:
            return crowd
        refugees = self._refugees(token, depth)
        if refugees:
            return refugees
        sent = self._sent_from(token, depth)
        if sent:
            return sent  # "troops from Ghana, Nigeria and Senegal"
        if token.lemma_.lower() in BUILDING_PART_NOUNS:
            whole = self._named_by_of(token, depth)
            if whole:
                return whole  # "the outer wall of the U.S. embassy": the embassy's owner
        if token.lemma_.lower() in NAMED_TERRITORY_NOUNS:
            named = self._named_by_of(token, depth)
            entities = [h for h in named if self.registry.kind_of(h.actor_id) == "organisation"]
            if entities:
                return entities  # "Georgia's rebel regions of Abkhazia and South Ossetia"
        signers = self._signers(token, depth)
        if signers:
            return signers  # "the Ottawa Declaration, signed by A and B": A and B
        own_group = self.memory.own_group(self.doc[token.left_edge.i : token.i + 1].text)
        if own_group:
            return self._coref(own_group, token)  # "our two countries": the speaker and partner
        relational = token.lemma_.lower() in RELATIONAL_NOUNS
        hits = [
            hit
            for child in children(token)
            if child.dep_ in MODIFIER_DEPS and not (relational and child.dep_ == "poss")
            for hit in self._modifier(child, token)
        ]
        hits = hits or self.owner_inside_name(token)
        if token.lemma_.lower() in STATE_BODIES:
            hits = self._ruled_state(hits)
        if hits:
            return hits  # "the SCO summit", "Chinese troops", "our country"
        titled = self._title_country(token)
        if titled:
            return titled  # "US House Speaker Nancy Pelosi"
        if relational and token.lemma_.lower() in ("neighbour", "neighbor", "counterpart"):
            owners = [
                hit
                for child in children(token)
                if child.dep_ == "poss"
                for hit in self._modifier(child, token)
            ]
            if owners and not _of_objects(token):
                # "its neighbour": the other side of the story the owner is in.
                return self._coref(self.memory.partner({h.actor_id for h in owners}), token)
        phrase = self.doc[token.left_edge.i : token.i + 1].text
        if phrase.lower() in ("the latter", "the former"):
            return self._coref(self._latter_or_former(token, phrase.lower()), token)
        counted = self._counted_in_sentence(token)
        if counted:
            return self._coref(counted, token)
        described = self._pair_in_sentence(token, phrase) or self.memory.description(
            phrase, token.lemma_.lower()
        )
        if token.tag_ == "NNS" and any(child.dep_ == "relcl" for child in children(token)):
            described = []  # "the states that have not yet ratified it": whoever they are
        if token.lemma_.lower() in ORGANISATION_NOUNS:
            # "NATO backed X, ... the alliance", "the chair of the EAC convened a summit of the
            # bloc's leaders": an organisation named earlier in the sentence before the topic.
            earlier = self._earlier_organisation(token, subjects=not described)
            described = earlier or described
        if token.lemma_.lower() in STATE_BODIES and described and token.dep_ != "nsubj":
            # "During the Tajik civil war, Uzbekistan backed the government": the state the
            # sentence named before, other than the clause's own actor. A government that acts
            # ("summoned the Indian envoy, and the Government appealed to ...") is the story's.
            described = self._earlier_state(token) or described
        if token.lemma_.lower() in OTHER_STATE_NOUNS and described:
            described = self._other_than_subject(token, described)
        if token.lemma_.lower() in STATE_FORM_NOUNS and phrase.lower().startswith("the "):
            described = self._state_of_that_form(token) or described
        if (
            token.lemma_.lower() in PLACE_DESCRIPTION_NOUNS
            and phrase.lower() == f"the {token.lower_}"
        ):
            described = described or self._place_described(token)
        if described:
            # "the Government of Japan", "the meeting of the Council of Heads of State of the
            # CIS": an "of" phrase that names someone settles the description.
            named = self._named_by_of(token, depth)
            return named or self._coref(described, token)
        among = self._among(token, depth)
        if among:
            return among
        home = self._home_body(token)
        if home:
            return home
        if token.lemma_.lower() in QUANTITY_NOUNS or _counts_no_crowd(token):
            # "a number of Gulf states, including Oman and Kuwait": some of the group, so
            # the states named act, not the group as a whole.
            named = self._named_by_of(token, depth)
            members = [h for h in named if self.registry.kind_of(h.actor_id) != "group"]
            if not named and token.lower_ == "both":
                # "said both had violated the truce": "both" as the memory reads it
                return self._coref(self.memory.pronoun("both"), token)
            return members or named
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            return self._author(token, depth)  # "a resolution that called on Myanmar"
        if self._is_role(token):
            named = [
                ActorHit(
                    hit.actor_id, hit.text, hit.token, hit.person, self._sector(token), hit.via
                )
                for _, obj in _whose_role(token)
                for hit in self.of_phrase(obj, depth=depth + 1)
            ]
            return named or self._titled_person(token)
        return []

    def _ruled_state(self, hits: list[ActorHit]) -> list[ActorHit]:
        """ "Afghanistan's Taliban government": a government the state's owner marks is that
        state's, whoever runs it; the movement named beside it is no second actor."""
        states = [hit for hit in hits if self.registry.kind_of(hit.actor_id) == "state"]
        return states if len(states) == 1 else hits

    def _led_by(self, token: Token, depth: int) -> list[ActorHit]:
        """A delegation or team "led/headed by X" acts for X's side, and so do forces or a
        coalition named "X-led" ("the Saudi-led coalition", "U.S.-led forces", "Saudi-led
        coalition jets")."""
        word = token.lemma_.lower()
        forces = word in LED_FORCE_NOUNS or any(
            child.dep_ == "compound" and child.lemma_.lower() in LED_FORCE_NOUNS
            for child in children(token)
        )
        return [
            hit
            for clause in children(token)
            if clause.lemma_.lower() in ("lead", "head", "chair")
            and ((clause.dep_ == "acl" and word in LED_NOUNS) or (clause.dep_ == "amod" and forces))
            for agent in agents(clause)
            if clause.dep_ == "acl" or self.mention_at(agent) is not None
            for hit in self.of_phrase(agent, depth=depth + 1)
        ]

    def _titled_person(self, token: Token) -> list[ActorHit]:
        """ "The president said ...": the person last named, by title alone."""
        if token.lemma_.lower() not in PERSON_TITLES or token.tag_ not in ("NN", "NNP"):
            return []
        if not any(child.lower_ == "the" for child in children(token)):
            return []
        person = self.memory.last_person
        return self._coref([person], token) if person else []

    def _relative(self, token: Token, depth: int) -> list[ActorHit]:
        """ "the CSTO, of which Kazakhstan is a member": a relative pronoun stands for its noun."""
        current = token
        for _ in range(5):
            if current.dep_ == "relcl":
                return self.of_phrase(antecedent(current), depth=depth + 1)
            if current.head.i == current.i:
                break
            current = current.head
        return []

    def _among(self, group: Token, depth: int) -> list[ActorHit]:
        """ "Russia and Kazakhstan were among the five states that signed it": the ones said to
        be among a group that did something did it."""
        among = group.head
        if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
            return []
        return [
            hit
            for subject in children(among.head)
            if subject.dep_ == "nsubj"
            for hit in self.of_phrase(subject, depth=depth + 1)
        ]

    def _signers(self, token: Token, depth: int) -> list[ActorHit]:
        """Who signed or adopted a text, before the names in its title: "the Ottawa Declaration,
        signed by A and B" is A's and B's, "the Treaty of Rome" alone names no one."""
        if token.lemma_.lower() not in DOCUMENT_NOUNS:
            return []
        return self._author(token, depth)

    def _author(self, document: Token, depth: int, *, earlier: bool = True) -> list[ActorHit]:
        """Who issued a text: the subject of "[ECOWAS] issued a statement (that condemned ...)",
        the agent of "a resolution adopted by [the Assembly]" or "a charter that was signed by
        [A and B]"; "the resolution" that names no issuer is the one a recent sentence said
        someone issued ("The Council adopted a resolution. The resolution called on ...")."""
        verb = document.head
        if verb.lemma_.lower() in ISSUING_VERBS and document.dep_ == "dobj":
            subjects, _ = inherited_subject(verb)
            return [hit for s in subjects for hit in self.of_phrase(s, depth=depth + 1)]
        if verb.lemma_.lower() in ISSUING_VERBS and document.dep_ == "nsubjpass":
            return [hit for a in agents(verb) for hit in self.of_phrase(a, depth=depth + 1)]
        own = [
            hit
            for clause in children(document)
            if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in ISSUING_VERBS
            for a in agents(clause)
            for hit in self.of_phrase(a, depth=depth + 1)
        ]
        if own or not earlier or not _definite(document):
            return own
        return self._issued_before(document, depth)

    def _issued_before(self, document: Token, depth: int) -> list[ActorHit]:
        """The issuer of the latest text of the same kind issued in the last few sentences."""
        start = sentence_of(document).start
        first = start
        for _ in range(ISSUED_TEXT_SENTENCES):
            if first == 0:
                break
            first = sentence_of(self.doc[first - 1]).start
        word = document.lemma_.lower()
        for token in reversed(self.doc[first:start]):
            if token.lemma_.lower() != word:
                continue
            issuers = self._author(token, depth, earlier=False)
            if issuers:
                return [
                    ActorHit(hit.actor_id, hit.text, document.i, hit.person, hit.sector, "coref")
                    for hit in issuers
                ]
        return []

    def _chaired_body(self, token: Token, depth: int) -> list[ActorHit]:
        """ "condemnation from ASEAN chair Cambodia": a state named as an organisation's chair
        acts for the organisation."""
        modifiers = [c for c in children(token) if c.dep_ in ("compound", "poss")]
        chair = next((c for c in modifiers if c.lower_ in CHAIR_WORDS), None)
        if chair is None:
            return []
        bodies = [c for c in (*modifiers, *children(chair)) if c.i < chair.i]
        return [
            hit
            for c in bodies
            if c.dep_ in ("compound", "poss")
            for hit in self.of_phrase(c, depth=depth + 1)
            if self.registry.kind_of(hit.actor_id) == "igo"
        ]

    def _reporting_subject(self, token: Token, depth: int) -> list[ActorHit]:
        """ "Saudi Arabia announced it is severing ties": the pronoun is the speaker."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return []
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return []
        speakers, _ = inherited_subject(clause.head)  # "condemned ... and said they ..."
        if not speakers or speakers[0].pos_ == "PRON":
            return []
        return self.of_phrase(speakers[0], depth=depth + 1)

    def _addressed(self, token: Token, depth: int) -> list[ActorHit]:
        """Who "you" is in a speech: the one thanked in "thank you to the European Union", one
        named beside it ("Thank you, Canada," is read with the phrase's apposition), else
        whom the title says the speech is addressed to ("Address ... to the Parliament of
        Canada": "your instructors")."""
        verb = token.head
        if token.dep_ == "dobj" and verb.lower_ == "thank":
            thanked = [
                hit
                for child in children(verb)
                if child.dep_ == "prep" and child.lower_ == "to"
                for obj in children(child)
                if obj.dep_ == "pobj"
                for hit in self.of_phrase(obj, depth=depth + 1)
            ]
            if thanked:
                return thanked
        if any(child.dep_ == "appos" for child in children(token)):
            return []
        addressee = self.memory.addressee
        return self._coref([addressee], token) if addressee else []

    def _in_sentence(self, token: Token) -> list[str]:
        """A pronoun after a named subject of the same sentence ("X does ..., but it ...", "the
        two leaders agreed on a partnership between their countries")."""
        if token.lower_ in ("their", "them", "they"):
            # "India and Japan donated vaccines, and we thank them": not the subject of the
            # object pronoun's own clause ("we"), which it cannot stand for
            own = _own_clause_subject(token)
            for previous in _before(token):
                if previous.i in (token.i, own):
                    continue
                if previous.dep_ == "nsubj":
                    named = [previous]
                elif previous.pos_ == "VERB" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in children(previous)
                ):
                    named = subjects(previous)  # "During the pandemic [India and Japan] gave"
                    if not named:
                        continue
                else:
                    continue
                found = [h.actor_id for t in named for h in self.of_phrase(t)]
                actors = list(dict.fromkeys(found))
                return actors if len(actors) > 1 else []
            return []
        if token.lower_ in ("him", "her") and token.dep_ in ("dobj", "pobj", "dative"):
            return self._person_named_before(token)
        if token.lower_ in ("he", "she") and token.dep_ in ("nsubj", "nsubjpass"):
            return self._subject_person_before(token)
        if token.lower_ in ("his", "her") and token.dep_ == "poss":
            return self._subject_person_before(token)  # "Putin said his soldiers had ..."
        if token.lower_ not in ("it", "its"):
            return []
        doers = self._object_clause_actors(token)
        skipped: list[str] = []
        for previous in _before(token):
            if previous.dep_ in ("nsubj", "nsubjpass"):
                mention = self.mention_at(previous)
                if mention is None and token.dep_ == "nsubj":
                    mention = self._owner_mention(previous)  # not the object: "condemned it"
                if mention is not None and mention.kind in ("state", "igo"):
                    actor, _ = self.acting(mention)
                    if actor and actor in doers:
                        skipped = skipped or [actor]
                        continue  # "SADC suspended Madagascar and readmitted it": not SADC
                    return [actor] if actor else []
        # an object "it" cannot be its own clause's actor: the nearest state or body named
        # before it ("suspended Madagascar in 2009 and readmitted it"); with none, a thing
        # ("condemned it": the invasion), which names no one the memory could supply
        for previous in _before(token) if skipped else ():
            mention = self.mention_at(previous)
            if mention is not None and mention.kind in ("state", "igo"):
                actor, _ = self.acting(mention)
                if actor and actor not in doers:
                    return [actor]
        return skipped

    def _object_clause_actors(self, pronoun: Token) -> set[str]:
        """Who the clause an object "it" stands in is done by ("SADC ... readmitted [it]"): an
        object pronoun is never its own clause's subject (that would be "itself")."""
        if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "dative"):
            return set()
        verb = pronoun.head
        if verb.tag_ == "VBG":
            return set()  # "said X had meddled, urging it to stop": whose adjunct is unclear
        doers = subjects(verb)
        if not doers and verb.dep_ == "conj":
            doers = subjects(verb.head)  # "suspended Madagascar ... and readmitted it"
        return {
            hit.actor_id
            for doer in doers
            if doer.pos_ != "PRON" and doer.i < pronoun.i
            for hit in self.of_phrase(doer)
        }

    def _owner_mention(self, noun: Token) -> Mention | None:
        """The state or body a noun belongs to: "[Mali]'s government" (then "it" is Mali)."""
        owners = [self.mention_at(c) for c in children(noun) if c.dep_ == "poss"]
        return next((owner for owner in owners if owner is not None), None)

    def _subject_person_before(self, pronoun: Token) -> list[str]:
        """ "Pence cited Hambantota when he accused Beijing", "Thapa spoke, and he said": a
        subject "he" or "she" stands for the person who is the nearest earlier subject of its
        sentence ("who" for the one it describes). A sentence that names no person as a subject
        before it leaves the pronoun to the discourse (the last person of earlier sentences)."""
        for previous in _before(pronoun):
            if previous.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if previous.tag_ == "WP" and previous.head.dep_ == "relcl":
                previous = previous.head.head  # "Jammeh, who then announced that he would"
            if self._names_a_person(previous):
                return list(dict.fromkeys(h.actor_id for h in self.of_phrase(previous)))
        return []

    def _person_named_before(self, pronoun: Token) -> list[str]:
        """ "Khartoum expelled the UN envoy, accusing him of bias": an object pronoun stands
        for a person named before it in its sentence who is not the subject of its own clause:
        the nearest one that is a clause's subject ("Putin said Xi had invited him": Putin; "Xi
        met Macron and von der Leyen, who pressed him": Xi), else the nearest one ("Lithuania
        summoned the ambassador and handed him a note")."""
        verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
        own, clause = inherited_subject(verb)
        if clause is not None and any(t.tag_ in ("WP", "WDT") for t in own):
            own = [*own, clause.head]  # "von der Leyen, who pressed him"
        own_names = {id(self.mention_at(t)) for t in own if self.mention_at(t)}
        people = [
            previous
            for previous in _before(pronoun)
            if previous.dep_ != "compound"
            and previous not in own
            and id(self.mention_at(previous)) not in own_names
            and self._names_a_person(previous)
        ]
        subjects = [person for person in people if person.dep_ in ("nsubj", "nsubjpass")]
        for person in subjects[:1] or people[:1]:
            # "the UN envoy Volker Perthes": a name the registry lacks is known by its title
            phrase = [person, person.head] if person.dep_ == "appos" else [person]
            return list(dict.fromkeys(h.actor_id for t in phrase for h in self.of_phrase(t)))
        return []

    def _latter_or_former(self, token: Token, phrase: str) -> list[str]:
        """ "India blamed Pakistan, while the latter denied it": the last actor named before the
        phrase; "the former" is the one named before that (earlier sentences count too)."""
        named: list[str] = []
        for previous in self.doc[sentence_of(token).start : token.i]:
            mention = self.mention_at(previous)
            actor = self.acting(mention)[0] if mention and not _where(previous, mention) else None
            if actor and (not named or named[-1] != actor):
                named = [other for other in named if other != actor] + [actor]
        earlier = [r.actor_id for r in self.memory.recent if r.actor_id not in named]
        named = earlier + named
        if len(named) < 2:
            return []
        return named[-1:] if phrase == "the latter" else named[-2:-1]

    def _place_described(self, token: Token) -> list[str]:
        """ "air strikes on the enclave", "a security law on the territory", "sales of sand to
        the island": the place (or state) named last before it, in its sentence or the one
        before, that is not its own clause's actor ("Saudi troops crossed into the kingdom")."""
        own = self._clause_actors(token)
        sentence = sentence_of(token)
        start = sentence.start
        if start > 0:
            start = sentence_of(self.doc[start - 1]).start
        named = [
            mention
            for previous in reversed(self.doc[start : token.i])
            if (mention := self.mention_at(previous)) is not None
            and mention.kind in ("state", "place")
            and mention.actor_id
            and mention.actor_id not in own
        ]
        # a region named ("Gaza") before a state ("a blockade of Gaza with Israel ... seized
        # the territory"); a place stands for the state it lies in
        named.sort(key=lambda mention: mention.kind != "place")
        return [str(named[0].actor_id)] if named else []

    def _clause_actors(self, token: Token) -> set[str]:
        """The actors of the subject of the nearest clause above ``token`` whose subject names
        someone ("Chinese warships moved into zones [encircling] the island": China)."""
        head = token.head
        for _ in range(6):
            if head.pos_ in ("VERB", "AUX"):
                actors = {
                    hit.actor_id
                    for subject in inherited_subject(head)[0]
                    if subject.i != token.i
                    for hit in self.of_phrase(subject, depth=1)
                }
                if actors:
                    return actors
            if head.head.i == head.i:
                break
            head = head.head
        return set()

    def _state_of_that_form(self, token: Token) -> list[str]:
        """ "the kingdom", "the emirate": the state named last whose official name says it is
        one (Saudi Arabia, not Iran, in "... spying for Iran. The kingdom said ...")."""
        form = token.lemma_.lower()
        own = self._clause_actors(token) if token.dep_ == "pobj" else set()
        named = [
            mention.actor_id
            for previous in _before(token)
            if (mention := self.mention_at(previous)) is not None and mention.kind == "state"
        ] + [r.actor_id for r in reversed(self.memory.recent) if r.kind == "state"]
        for actor_id in named:
            official = self.registry.actor(actor_id).official_name or ""
            if actor_id and actor_id not in own and form in official.lower():
                return [actor_id]  # (not "Saudi troops crossed into [the kingdom]": Saudi)
        return []

    def _names_a_person(self, token: Token) -> bool:
        """A registry person, a name the parser calls a person, or an official's title."""
        mention = self.mention_at(token)
        if mention is not None:
            return mention.kind == "person"
        if token.ent_type_ == "PERSON":
            return True
        return token.tag_ in ("NN", "NNP") and self._sector(token) is not None

    def _from_mention(self, mention: Mention, token: Token) -> list[ActorHit]:
        actor, person = self.acting(mention)
        if actor is None:
            return []
        if mention.alias_kind == "capital" and not _placed(token, mention):
            actor = self._organisation_of_seat(mention) or actor
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        sector = None
        for candidate in span if span is not None else [token]:
            for child in children(candidate):
                if child.dep_ == "compound" and self.mention_at(child) is None:
                    sector = sector or self._sector(child)
        if person and sector is None:
            sector = "GOV"
        if mention.kind == "group":
            actor = (
                self._member_described(actor, token)
                or self._bloc_of_the_story(actor, token, span)
                or actor
            )
        return [ActorHit(actor, mention.text, token.i, person, sector, "name")]

    def _organisation_of_seat(self, mention: Mention) -> str | None:
        """ "Brussels imposed anti-dumping duties" in a story that names the EU: a seat that news
        uses for its organisation stands for it, unless the text names the seat's state (then
        "Brussels" may well be Belgium's government)."""
        organisation = self.registry.seat_names.get(mention.text)
        if organisation is None or organisation not in self.mentioned():
            return None
        state_named = any(
            other.actor_id == mention.actor_id and other.alias_kind != "capital"
            for other in self._by_token.values()
        )
        return None if state_named else organisation

    def _member_described(self, group: str, token: Token) -> str | None:
        """ "the South American country", "the Gulf state": the member of the group the text
        named last (a single state, so the noun is singular and definite)."""
        head = token.head
        if head.lemma_.lower() not in OTHER_STATE_NOUNS or head.tag_ != "NN":
            return None
        if not any(child.lower_ == "the" for child in children(head)):
            return None
        members = set(self.registry.members(group, self.on))
        for previous in _before(token):
            mention = self.mention_at(previous)
            if mention is not None and mention.actor_id in members:
                return mention.actor_id
        for referent in reversed(self.memory.recent):
            if referent.actor_id in members:
                return referent.actor_id
        return None

    def _bloc_of_the_story(self, group: str, token: Token, span: Any) -> str | None:
        """ "West African leaders lifted the sanctions", "the West African measures" in a story
        about ECOWAS: the leaders or measures of the region's bloc the story is about, when the
        bloc's members are (nearly all) the region's states."""
        heads = [*(span if span is not None else [token]), token.head]
        if not any(t.lemma_.lower() in BLOC_ACT_NOUNS for t in heads):
            return None
        topic = self.memory.description("the organization", "organization")
        if not topic or self.registry.kind_of(topic[0]) != "igo":
            return None
        members = set(self.registry.members(topic[0], self.on))
        region = set(self.registry.members(group, self.on))
        if members and members <= region and len(region) <= REGION_TO_BLOC * len(members):
            return topic[0]
        return None

    def _titled_of_state(self, name: Token, depth: int) -> list[ActorHit]:
        """An office holder the registry does not know, titled and placed by "of": "President
        Tito of Yugoslavia", "King Hussein of Jordan" serve the state the "of" names."""
        if not any(child.dep_ == "compound" and _titled(child) for child in children(name)):
            return []
        return [
            ActorHit(hit.actor_id, name.text, name.i, None, "GOV", "modifier")
            for preposition, obj in _of_objects(name)
            if preposition == "of"
            for hit in self.of_phrase(obj, depth=depth + 1)
            if self.registry.kind_of(hit.actor_id) == "state"
        ]

    def _title_country(self, name: Token) -> list[ActorHit]:
        """A person's title names the country one compound further down: "US House Speaker
        Nancy Pelosi" ("US" modifies "House", which modifies "Speaker")."""
        if name.ent_type_ != "PERSON":
            return []
        return [
            hit
            for title in children(name)
            if title.dep_ == "compound" and title.ent_type_ != "PERSON"
            for inner in children(title)
            if inner.dep_ in ("compound", "amod")
            for deeper in (inner, *(c for c in children(inner) if c.dep_ in ("compound", "amod")))
            for hit in self._modifier(deeper, name)
        ]

    def owner_inside_name(self, token: Token) -> list[ActorHit]:
        """ "the U.S. Al Udeid air base": the state in front of a facility's own name owns it
        (the parser hangs it on the name, not on the noun)."""
        if token.pos_ != "NOUN":
            return []
        return [
            hit
            for name in children(token)
            if name.dep_ == "compound" and name.pos_ == "PROPN" and self.mention_at(name) is None
            for owner in children(name)
            if owner.dep_ == "compound" and owner.i < name.i
            for hit in self._modifier(owner, token)
            if self.registry.kind_of(hit.actor_id) == "state"
        ]

    def _modifier(self, child: Token, head: Token) -> list[ActorHit]:
        mention = self.mention_at(child)
        if mention is None:
            if child.lower_ == "whose":
                return self._whose(child)
            if child.dep_ == "poss" and (child.pos_ == "PRON" or child.lower_ in PRONOUNS):
                # "Brazil sent troops to its border": the sentence's own subject first.
                found = self._in_sentence(child) or self.memory.pronoun(child.lower_)
                return self._coref(found, child)
            return self._adjective_of_compound(child, head)
        if names_city_instrument(child, mention):
            return []  # "a violation of the Vienna Convention": a text, not Austria
        hits = self._from_mention(mention, child)
        for coordinated in child.conjuncts:  # "Indian and Chinese troops"
            other = self.mention_at(coordinated)
            if other is not None:
                hits.extend(self._from_mention(other, coordinated))
        sector = self._sector(head)
        return [
            ActorHit(h.actor_id, h.text, h.token, h.person, sector or h.sector, "modifier")
            for h in hits
        ]

    def _adjective_of_compound(self, compound: Token, head: Token) -> list[ActorHit]:
        """ "[Chinese] coast guard personnel", "[Russian] navy ships": the parser may hang the
        state's adjective on the compound noun before the head rather than on the head."""
        if compound.dep_ != "compound":
            return []
        return [
            hit
            for adjective in children(compound)
            if adjective.dep_ == "amod" and self.mention_at(adjective) is not None
            for hit in self._modifier(adjective, head)
        ]

    def _whose(self, pronoun: Token) -> list[ActorHit]:
        """ "Myanmar, whose leader was barred", "Thailand and Cambodia, whose border clashes":
        the noun (all of a coordination) the relative clause is about."""
        clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
        heads = [clause.head] if clause is not None else []
        before = self.doc[pronoun.i - 1] if pronoun.i > 0 else None
        if before is not None and before.text == "," and before.i > 0:
            # The parser may hang the clause on the verb; the comma's left neighbour is named.
            heads.append(self.doc[before.i - 1])
        for about in heads:
            while about.dep_ == "conj" and about.head.i != about.i:
                about = about.head
            hits = self.of_phrase(about, depth=1)
            if hits:
                return hits
        return []

    def _pair_in_sentence(self, token: Token, phrase: str) -> list[str]:
        """ "China recognised Kazakhstan in 1991, and the two countries established relations":
        "the two countries" after exactly two states named earlier in the same sentence are
        those two, whatever the text named before the sentence."""
        if not is_pair_phrase(phrase):
            return []
        states = self._states_named_before(token)
        return states if len(states) == 2 else []

    def _counted_in_sentence(self, token: Token) -> list[str]:
        """ "recalled its envoys from A, B, C, D, E, F and G after the seven governments
        protested": "the seven governments" after exactly seven states named earlier in the
        same sentence are those seven; with none named before it, the last sentence's subjects
        when they were as many states."""
        if token.lemma_.lower() not in COUNTED_STATE_NOUNS or token.tag_ != "NNS":
            return []
        if not any(child.dep_ == "det" and child.lower_ == "the" for child in children(token)):
            return []
        counts = [
            COUNT_WORDS.get(child.lower_) or (int(child.text) if child.text.isdigit() else 0)
            for child in children(token)
            if child.dep_ == "nummod"
        ]
        if not counts or counts[0] < 3:
            return []  # "the two countries" is a pair phrase
        for previous in _before(token):
            if previous.dep_ == "conj":
                continue
            listed = self._states_of_list(previous)
            if len(listed) == counts[0]:
                return listed
        states = self._states_named_before(token)
        if len(states) == counts[0]:
            return states
        # "Russia, Turkey and Iran met in Astana. The three sponsoring states backed ...": the
        # states that were the last sentence's subjects, when there were as many.
        subjects = list(
            dict.fromkeys(r.actor_id for r in self.memory.last_subjects if r.kind == "state")
        )
        return subjects if len(subjects) == counts[0] and not states else []

    def _states_of_list(self, first: Token) -> list[str]:
        """The states of a coordinated list ("Argentina, Chile and Peru"), once each."""
        states: list[str] = []
        for item in expand_conjuncts(first):
            mention = self.mention_at(item)
            actor = self.acting(mention)[0] if mention is not None else None
            if actor and actor not in states and self.registry.kind_of(actor) == "state":
                states.append(actor)
        return states

    def _states_named_before(self, token: Token) -> list[str]:
        """The states named earlier in the sentence (not as places), in order, once each."""
        states: list[str] = []
        for previous in reversed(list(_before(token))):
            mention = self.mention_at(previous)
            if mention is None or _inside_name(previous, mention) or _placed(previous, mention):
                continue
            actor, _ = self.acting(mention)
            if actor and actor not in states and self.registry.kind_of(actor) == "state":
                states.append(actor)
        return states

    def _earlier_organisation(self, token: Token, *, subjects: bool = True) -> list[str]:
        """ "the alliance" after an organisation named earlier in the same sentence; without
        ``subjects``, not a clause's subject ("the Council endorsed the bloc's efforts" is
        about another body)."""
        if not any(child.lower_ == "the" for child in children(token)):
            return []
        for previous in _before(token):
            mention = self.mention_at(previous)
            if mention is None or mention.kind != "igo" or not mention.actor_id:
                continue
            if subjects or _name_head(previous).dep_ not in ("nsubj", "nsubjpass"):
                return [mention.actor_id]
        return []

    def _body_named_before(self, token: Token) -> list[ActorHit]:
        """ "the court" after "the International Court of Justice": the last organisation named
        before it whose name has that noun (none when the phrase names its own owner)."""
        noun = token.lemma_.lower()
        if noun not in NAMED_BODY_NOUNS or token.pos_ != "NOUN":
            return []
        if not any(child.lower_ == "the" for child in children(token)) or any(
            child.dep_ in MODIFIER_DEPS for child in children(token)
        ):
            return []
        for previous in reversed(self.doc[: token.i]):
            mention = self.mention_at(previous)
            if (
                mention is None
                or not mention.actor_id
                or mention.kind not in ("igo", "organisation")
            ):
                continue
            if noun in self.registry.name_of(mention.actor_id, self.on).lower().split():
                return [ActorHit(mention.actor_id, token.text, token.i, via="coref")]
        return []

    def _other_than_subject(self, token: Token, described: list[str]) -> list[str]:
        """ "Khartoum recognised the new state": a state described as the object of its own
        clause is not the clause's subject (that would be "itself"), so it is the state named
        last before the subject."""
        if token.dep_ not in ("dobj", "pobj"):
            return described
        own = {
            hit.actor_id
            for subject in inherited_subject(token.head)[0]
            for hit in self.of_phrase(subject, depth=1)
        }
        if not own or not set(described) <= own:
            return described
        return self.memory.latest_other("state", own)

    def _earlier_state(self, token: Token) -> list[str]:
        clause = clause_root(token.head)
        own = {
            mention.actor_id
            for child in children(clause)
            if child.dep_ in ("nsubj", "nsubjpass")
            for word in child.subtree
            for mention in [self.mention_at(word)]
            if mention is not None
        }
        for previous in _before(token):
            mention = self.mention_at(previous)
            if mention is None or mention.actor_id in own:
                continue
            actor, _ = self.acting(mention)
            if actor and self.registry.kind_of(actor) == "state":
                return [actor]
        return []

    def _home_body(self, token: Token) -> list[ActorHit]:
        """ "Security forces fired on the crowds", "police in Lima arrested ...": a state's own
        forces named without their state are those of the place named with them, else those
        of the same kind the text named with their state before ("the Sudanese army ... the
        army", so never the dateline's when another state's troops were just named), else of
        the city or region their clause names, else of the dateline's country (when the story
        names it), else of the country whose crowds the story placed last, else of the story's
        main state - never the state that is the clause's own subject when the body is its
        object."""
        if not self._bare_state_body(token) or _pledged_by_subject(token):
            return []
        crowd = self.last_crowd[0] if self.last_crowd else None
        dateline = self.home_state if self.home_state in self.memory.story else None
        state = (
            self._seat_state(token)
            or self._owned_before(token)
            or self._clause_place_state(token)
            or dateline
            or crowd
            or self.memory.main_actor
        )
        if not state or self.registry.kind_of(state) != "state":
            return []
        if state in self._subject_states(token):
            return []
        return [ActorHit(state, token.text, token.i, None, self._sector(token), "coref")]

    def _bare_state_body(self, token: Token) -> bool:
        """A body noun with no owner: no name, possessive or "of" phrase beside it."""
        if _body_kind(token) is None or token.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(preposition == "of" for preposition, _ in _of_objects(token)):
            return False
        return (
            all(
                child.lower_ in BODY_KINDS
                or child.dep_ not in MODIFIER_DEPS | {"det", "amod", "compound"}
                for child in children(token)
            )
            and not any(t.lower_ in ("their", "its", "his", "her", "our") for t in token.lefts)
            and not self._owned_conjunct(token)
        )

    def _owned_conjunct(self, token: Token) -> bool:
        """ "Australian police and soldiers", "soldiers and police of an Australian-led force",
        "officers and soldiers from Jamaica": a body coordinated with one whose owner is named
        shares that owner (its state is not guessed from the story)."""
        siblings = [child for child in children(token) if child.dep_ == "conj"]
        if token.dep_ == "conj":
            siblings.append(token.head)
        return any(
            self.mention_at(word) is not None
            for sibling in siblings
            if sibling.pos_ in ("NOUN", "PROPN")
            for child in children(sibling)
            if child.dep_ in MODIFIER_DEPS
            or (child.dep_ == "prep" and child.lower_ in ("of", "from"))
            for word in child.subtree
        )

    def _crowd_acted_on(self, token: Token) -> list[ActorHit]:
        """ "Police fired tear gas at the crowds", "arrested hundreds": crowds that something is
        done to, after the story placed protests in a country, are that country's protesters."""
        if self.last_crowd is None or token.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return []
        if token.lemma_.lower() not in ACTED_ON_CROWDS and token.lower_ not in ACTED_ON_CROWDS:
            return []
        country = self._seat_state(token) or self.last_crowd[0]  # "protesters in Tehran"
        if any(
            self.mention_at(word) is not None and not _placed(word, self.mention_at(word))
            for word in token.subtree
        ):
            return []  # "crowds outside the French embassy", "Iranian protesters"
        return [ActorHit(crowd_id(country, self.registry), token.text, token.i, None, "OPP")]

    def _refugees(self, token: Token, depth: int) -> list[ActorHit]:
        """ "Syrian refugees", "refugees from Burundi": the people who fled a state, an actor
        of their own (``ORG:refugees-syria``), not the state they fled."""
        if token.lemma_.lower() not in REFUGEE_NOUNS and token.lower_ not in REFUGEE_NOUNS:
            return []
        named = [child for child in children(token) if child.dep_ in ("amod", "compound", "nmod")]
        named += [obj for preposition, obj in _of_objects(token) if preposition == "from"]
        fled = {
            hit.actor_id
            for word in named
            for hit in self.of_phrase(word, depth=depth + 1)
            if self.registry.kind_of(hit.actor_id) == "state"
        }
        return [
            ActorHit(refugees_id(state, self.registry), token.text, token.i, None, "REF")
            for state in sorted(fled)
        ]

    def _sent_from(self, token: Token, depth: int) -> list[ActorHit]:
        """ "personnel from Australia, Fiji and Tonga", "officers and soldiers from Jamaica": a
        contingent named by where it comes from serves the states its "from" phrase names (not
        "troops from the border", which names no state)."""
        if not is_contingent(token):
            return []
        return [
            hit
            for preposition, obj in _of_objects(token)
            if preposition == "from"
            for hit in self.of_phrase(obj, depth=depth + 1)
            if self.registry.kind_of(hit.actor_id) == "state"
        ]

    def _seat_state(self, token: Token) -> str | None:
        """The state of a place named by "in" with the body ("police in Goma")."""
        for preposition, obj in _of_objects(token):
            mention = self.mention_at(obj)
            state = self._state_of(mention) if mention is not None else None
            if preposition == "in" and state:
                return state
        return None

    def _clause_place_state(self, token: Token) -> str | None:
        """The state of the first city or region the body's clause names ("retook Aleppo"),
        or the capital it places the act in ("stormed the embassy in Quito"); not a place of a
        clause inside it ("released soldiers under a deal agreed at talks held in Geneva")."""
        root = clause_root(token.head)
        for word in root.subtree:
            if clause_root(word).i != root.i:
                continue
            mention = self.mention_at(word)
            if mention is not None and (mention.kind == "place" or _placed_capital(word, mention)):
                state = self._state_of(mention)
                if state:
                    return state
        return None

    def _state_of(self, mention: Mention) -> str | None:
        """The state a name stands for: itself, or the state of its city or official."""
        if not mention.actor_id:
            return None
        actor = self.acting(mention)[0] or self.registry.acts_for(mention.actor_id, self.on)
        actor = actor or mention.actor_id
        return str(actor) if self.registry.kind_of(actor) == "state" else None

    def _owned_before(self, token: Token) -> str | None:
        """The state of the last body of the same kind the text named with its owner."""
        kind = _body_kind(token)
        found = None
        for index, other_kind, state in self._owned_bodies():
            if index >= token.i:
                break
            if other_kind == kind:
                found = state
        return found

    def _owned_bodies(self) -> list[tuple[int, str, str]]:
        """Bodies the document names with their state ("the Sudanese army", "Iran's police",
        "the army of General Burhan"), in order: (token index, kind, state)."""
        if self._bodies is None:
            self._bodies = []
            for word in self.doc:
                kind = _body_kind(word) or ("government" if word.lemma_ == "government" else None)
                if kind is None:
                    continue
                owners = [c for c in children(word) if c.dep_ in MODIFIER_DEPS | {"amod"}]
                owners += [obj for preposition, obj in _of_objects(word) if preposition == "of"]
                if word.dep_ == "compound":  # "a Syrian government delegation"
                    owners += [
                        c
                        for c in children(word.head)
                        if c.dep_ in ("amod", "poss") and c.i < word.i
                    ]
                states = {
                    state
                    for owner in owners
                    for mention in [self.mention_at(owner)]
                    if mention is not None
                    for state in [self._state_of(mention)]
                    if state
                }
                if len(states) == 1:
                    self._bodies.append((word.i, kind, states.pop()))
        return self._bodies

    def _subject_states(self, token: Token) -> set[str]:
        """The named subjects' actors of the clause that has ``token`` as object."""
        if token.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return set()
        own: set[str] = set()
        for subject in inherited_subject(clause_root(token.head))[0]:
            for word in subject.subtree:
                mention = self.mention_at(word)
                if mention is not None and mention.actor_id:
                    actor = self.acting(mention)[0] or self.registry.acts_for(mention.actor_id)
                    own.add(str(actor or mention.actor_id))
        return own

    def _named_by_of(self, token: Token, depth: int) -> list[ActorHit]:
        """ "the Government of Japan", "the government in Khartoum"."""
        wanted = ("of", "in") if token.lemma_.lower() in STATE_BODIES else ("of",)
        return [
            hit
            for preposition, obj in _of_objects(token)
            if preposition in wanted
            for hit in self.of_phrase(obj, depth=depth + 1)
        ]

    def _rulers_of(self, token: Token, depth: int) -> list[ActorHit]:
        """ "the military rulers of Mali and Niger", "the juntas of A, B and C": rulers named by
        the states their "of" phrase names act for those states, as "the leaders of A and B"
        do ("Mali's junta" or "the junta in Bamako" stays the junta)."""
        return [
            hit
            for preposition, obj in _of_objects(token)
            if preposition == "of"
            for hit in self.of_phrase(obj, depth=depth + 1)
            if self.registry.kind_of(hit.actor_id) == "state"
        ]

    def _junta(self, token: Token, depth: int) -> list[ActorHit]:
        """ "Niger's junta", "the juntas in Burkina Faso and Mali", "the junta": the military
        rulers of the state named with them, else of the last junta's state, else of the
        story's main state."""
        named = [
            hit
            for child in children(token)
            if child.dep_ in MODIFIER_DEPS
            for hit in self._modifier(child, token)
        ] + [
            hit
            for preposition, obj in _of_objects(token)
            if preposition == "in"
            for hit in self.of_phrase(obj, depth=depth + 1)
        ]
        states = [h.actor_id for h in named if self.registry.kind_of(h.actor_id) == "state"]
        if not states:
            states = self._last_juntas or self._coup_state()
        self._last_juntas = states
        return [
            ActorHit(junta_id(state, self.registry), token.text, token.i, sector="MIL")
            for state in dict.fromkeys(states)
        ]

    def _stated_country(self, token: Token) -> str | None:
        """The one state a name's own modifiers give it ("Jordan's", "the Jordanian")."""
        states = self._described_state(token, {token.i})
        return states[0] if len(states) == 1 else None

    def _people_named(self) -> dict[str, str]:
        """Names of people the registry does not know, with the state the text gives them
        ("Guinea's President Alpha Condé", "Bruno Rodríguez, the Cuban foreign minister"), by
        surname and full name, for the whole document."""
        if self._learned_people is None:
            self._learned_people = {}
            for entity in entities(self.doc):
                if entity.label_ != "PERSON" or self.mention_at(entity.root) is not None:
                    continue
                states = self._described_state(entity.root, set(range(entity.start, entity.end)))
                if len(states) == 1:
                    self._learned_people.setdefault(entity[-1].text, states[0])
                    self._learned_people.setdefault(entity.text, states[0])
        return self._learned_people

    def _titled_at_home(self, token: Token) -> list[ActorHit]:
        """ "CARACAS - ... Foreign Minister Yvan Gil said": an office holder the registry does
        not know, whose title names no state, serves the state of the story's dateline."""
        state = self.home_state if self.home_state in self.memory.story else None
        if state is None:
            return []
        if token.text in self._home_titled_surnames():
            return [ActorHit(state, token.text, token.i, via="coref")]
        holder = _named_title_holder(token)
        if holder is not None and _has_home_title(holder):
            return [ActorHit(state, holder.text, holder.i, via="coref")]
        titled = token.ent_type_ == "PERSON" and _has_home_title(token)
        return [ActorHit(state, token.text, token.i, via="coref")] if titled else []

    def _home_titled_surnames(self) -> set[str]:
        """Surnames of people the text gave a home office title ("Prime Minister Manasseh
        Sogavare"), so that "Sogavare" alone later is the same office holder."""
        if self._titled_surnames is None:
            self._titled_surnames = {
                entity[-1].text
                for entity in entities(self.doc)
                if entity.label_ == "PERSON" and _has_home_title(entity.root)
            }
        return self._titled_surnames

    def _described_state(self, root: Token, inside: set[int]) -> list[str]:
        """States named by a person's title words: "Guinea's President", "the Cuban minister"."""
        found: list[str] = []
        candidates = [c for c in children(root) if c.i not in inside]
        for child in list(candidates):
            if child.dep_ == "appos" or (child.dep_ == "compound" and self._is_role(child)):
                candidates.extend(children(child))  # "..., the Cuban foreign minister"
        for child in candidates:
            if child.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            mention = self.mention_at(child)
            if mention is None or mention.kind not in ("state", "place"):
                continue
            actor, _ = self.acting(mention)
            if actor and self.registry.kind_of(actor) == "state" and actor not in found:
                found.append(actor)
        return found

    def _coup_state(self) -> list[str]:
        """The state the document's coup words name most ("the military seized power in Mali")."""
        if self._coup_states is None:
            counts: dict[str, int] = {}
            for sentence in self.doc.sents:
                if not COUP_WORDS & {token.lemma_.lower() for token in sentence} and not any(
                    _power_taken(token) for token in sentence
                ):
                    continue
                for token in sentence:
                    mention = self.mention_at(token)
                    if mention is None or not mention.actor_id or not _coup_place(token):
                        continue
                    actor = mention.actor_id
                    if mention.kind in ("person", "place"):
                        actor = self.registry.acts_for(actor, self.on) or actor
                    if self.registry.kind_of(actor) == "state":
                        counts[actor] = counts.get(actor, 0) + 1
            ranked = sorted(counts, key=lambda actor: -counts[actor])
            self._coup_states = ranked[:1]
        return self._coup_states

    def _coref(self, actor_ids: list[str], token: Token) -> list[ActorHit]:
        text = (
            self.doc[token.left_edge.i : token.i + 1].text if token.pos_ != "PRON" else token.text
        )
        return [ActorHit(actor, text, token.i, None, None, "coref") for actor in actor_ids]

    def names_actor(self, token: Token, hits: list[ActorHit]) -> bool:
        """The phrase is an actor ("the Turkish minister", "Kazakhstan"), not a thing an actor
        owns or does ("Kazakhstan's decision", "Chinese goods")."""
        if any(hit.via != "modifier" for hit in hits) or self.mention_at(token) is not None:
            return True
        return self._is_role(token)

    def _is_role(self, token: Token) -> bool:
        """A noun for who acts for an actor ("the presidents of A and B", "the government"),
        not a thing ("the agreement")."""
        lemma = token.lemma_.lower()
        if token.pos_ == "PROPN" and lemma.endswith("s"):
            lemma = lemma[:-1]  # title case leaves "Heads of State" unlemmatised
        return lemma in COLLECTIVE_NOUNS or self._sector(token) is not None

    def _sector(self, token: Token) -> str | None:
        sector = self.registry.sector_of(token.lemma_.lower())
        return str(sector) if sector else None

    def _joined(self, prep: Token, depth: int) -> list[ActorHit]:
        """ "Kazakhstan, together with Russia, ...", "Kazakhstan, along with Russia", "Saudi
        Arabia, alongside the UAE, ...": both act (after a verb, "served alongside NATO forces"
        names a partner, and the clause reads it so)."""
        return [
            hit
            for with_ in ([prep] if prep.lower_ == "alongside" else joined_with(prep))
            for grand in children(with_)
            if grand.dep_ == "pobj"
            for hit in self.of_phrase(grand, depth=depth + 1)
        ]

    @staticmethod
    def _elaborates(prep: Token) -> bool:
        """ "Muslim countries, in particular Arab ones" / "including Egypt": adds members."""
        if prep.lower_ in EXPANDING_PREPS:
            return True
        return prep.lower_ == "in" and any(
            grand.lower_ in ("particular", "especially") for grand in prep.subtree
        )


def _coordinated(token: Token) -> bool:
    """A modifier that opens a list ("A and B"): it has both the "and" and the next item."""
    deps = {child.dep_ for child in children(token)}
    return "cc" in deps and "conj" in deps


def hits_description(token: Token) -> bool:
    """A common-noun phrase ("a close partner of ...", "one of Africa's largest producers")
    rather than a name."""
    if token.pos_ == "NOUN":
        return True
    return token.lower_ in PARTITIVE_WORDS and any(
        child.dep_ == "prep" and child.lower_ == "of" for child in children(token)
    )


def _counts_no_crowd(token: Token) -> bool:
    """ "thousands of US and Japanese troops": a count of what is no crowd names whom it
    counts ("thousands of protesters" is a crowd)."""
    if token.lower_ not in CROWD_COUNTS or is_crowd(token):
        return False
    counted = [obj for preposition, obj in _of_objects(token) if preposition == "of"]
    return bool(counted) and all(obj.pos_ in ("NOUN", "PROPN") for obj in counted)


def _titled(token: Token) -> bool:
    """A person's title: "minister", "secretary", "president"."""
    return token.lemma_.lower() in PERSON_TITLES


def _of_objects(token: Token) -> list[tuple[str, Token]]:
    return [
        (child.lower_, grand)
        for child in children(token)
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in")
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]


def _whose_role(token: Token) -> list[tuple[str, Token]]:
    """Whom a role noun's phrases say it serves: "the ambassador [of Japan] in Beijing" is
    Japan's envoy posted there (the place counts only without an owner: "officials [in Kabul]")."""
    named = _of_objects(token) + _spoken_for(token)
    owned = [(word, obj) for word, obj in named if word != "in"]
    return owned or named


def _has_home_title(name: Token) -> bool:
    """ "Foreign Minister Yvan Gil": a name with an office title that names no state; also a
    name set beside coordinated titles ("Deputy Prime Minister and Foreign Minister Kamal
    Thapa", parsed as the first title with the name in apposition)."""
    if any(
        child.dep_ == "compound" and child.lemma_.lower() in HOME_OFFICE_TITLES
        for child in children(name)
    ):
        return True
    title = name.head
    return (
        name.dep_ == "appos"
        and title.i < name.i
        and title.lemma_.lower() in HOME_OFFICE_TITLES
        and not any(
            word.ent_type_ in ("GPE", "NORP") for word in title.doc[title.left_edge.i : name.i]
        )
    )


def _named_title_holder(title: Token) -> Token | None:
    """The name a title stands beside as its apposition: "[Minister] and Foreign Minister Kamal
    Thapa" gives "Thapa" for the first "Minister"."""
    if title.lemma_.lower() not in HOME_OFFICE_TITLES:
        return None
    return next(
        (
            c
            for c in children(title)
            if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > title.i
        ),
        None,
    )


def _spoken_for(token: Token) -> list[tuple[str, Token]]:
    """ "a spokesman for the Venezuelan government": whom a spokesperson speaks for."""
    if token.lemma_.lower() not in SPOKESPERSON_NOUNS:
        return []
    return [
        (child.lower_, grand)
        for child in children(token)
        if child.dep_ == "prep" and child.lower_ == "for"
        for grand in children(child)
        if grand.dep_ == "pobj"
    ]


def _unique(hits: list[ActorHit]) -> list[ActorHit]:
    seen: set[str] = set()
    result = []
    for hit in hits:
        if hit.actor_id not in seen:
            seen.add(hit.actor_id)
            result.append(hit)
    return result


def _placed(token: Token, mention: Mention) -> bool:
    """A place, capital or seat of government named as where something happened."""
    if mention.kind != "place" and mention.alias_kind not in SEAT_ALIASES:
        return False
    return token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS


def _placed_capital(token: Token, mention: Mention) -> bool:
    """A capital named as a place ("in Quito", "on the outskirts of Quito"), not standing for
    its government."""
    if mention.alias_kind != "capital" or token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ == "of" and preposition.head.dep_ == "pobj":
        # "on the outskirts of Quito", "in the centre of Quito": a part of the city placed
        return preposition.head.head.lower_ in ("in", "at", "on", "near")
    return preposition.lower_ in ("in", "at")


def _inside_name(token: Token, mention: Mention) -> bool:
    """A word of a multi-word name other than its head ("The" of "The Hague")."""
    head = token.head
    return head.i != token.i and mention.start <= head.idx < mention.end


def _where(token: Token, mention: Mention) -> bool:
    """A capital or place named as the place of something ("in Algiers", "at Camp David")."""
    if mention.kind != "place" and mention.alias_kind != "capital":
        return False
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATION_PREPS


def _power_taken(token: Token) -> bool:
    """ "took power", "assumed power": a takeover told without a coup word."""
    return (
        token.lower_ == "power"
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in ("take", "assume", "grab", "usurp", "seize")
    )


def _coup_place(token: Token) -> bool:
    """ "seized power in Niamey", "Niger's coup", "the Malian coup", "toppled President
    Bazoum" (the ruler overthrown), "Niger suffered a coup": where the takeover was."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in COUP_WORDS:
        return True
    if token.dep_ == "nsubj" and _undergoes_coup(token.head):
        return True
    return token.dep_ in ("poss", "amod", "compound") and token.head.lemma_.lower() in COUP_WORDS


def _undergoes_coup(verb: Token) -> bool:
    """ "suffered a coup", "saw a putsch", "to suffer a coup": the subject's state was taken over
    (its complement clause counts: "the fourth nation to suffer a coup")."""
    clauses = [verb, *(c for c in children(verb) if c.dep_ in ("relcl", "acl", "xcomp"))]
    clauses += [
        c for child in children(verb) for c in children(child) if c.dep_ in ("relcl", "acl")
    ]
    return any(
        obj.dep_ == "dobj" and obj.lemma_.lower() in COUP_WORDS
        for clause in clauses
        for obj in children(clause)
    )


def _body_kind(token: Token) -> str | None:
    """ "government" for "authorities", "military" for "troops", "police" for "police"."""
    kind = BODY_KIND_OF.get(token.lemma_.lower()) or BODY_KIND_OF.get(token.lower_)
    if kind == "military" and any(c.lower_ == "government" for c in children(token)):
        return "government"  # "government forces" are the government's
    return kind


def _name_head(token: Token) -> Token:
    """The head word of the name ``token`` is part of ("UN" in "the UN Security Council")."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def _definite(noun: Token) -> bool:
    """ "the resolution", "this statement": a text the reader has met."""
    return any(
        child.dep_ == "det" and child.lower_ in ANAPHORIC_DETERMINERS for child in children(noun)
    )


def _before(token: Token) -> Any:
    """The tokens of ``token``'s sentence before it, nearest first."""
    return reversed(token.doc[sentence_of(token).start : token.i])


def _military_takeover(token: Token) -> bool:
    """ "the military [seized power]", "officers [who toppled the president]": soldiers as the
    actors of a coup word are the junta, not their state's forces."""
    if not _soldiers(token):
        return False
    if token.dep_ == "nsubj" and _coup_verb(token.head):
        return True
    return any(child.dep_ == "relcl" and _coup_verb(child) for child in children(token))


def _coup_verb(verb: Token) -> bool:
    """ "toppled", "ousted", "seized power": a coup word; "seize" only with power as its object
    ("its armed forces seized Crimea" is a state's forces taking land)."""
    lemma = verb.lemma_.lower()
    if lemma not in COUP_WORDS:
        return False
    return lemma != "seize" or any(
        child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() == "power"
        for child in children(verb)
    )


def _soldiers(token: Token) -> bool:
    """ "the military", "army officers", "Egypt's armed forces", "its military government",
    "military commander X", "army chief X": soldiers, or who rules or leads as one."""
    if token.lemma_.lower() in MILITARY_NOUNS:
        return True
    modifiers = [child for child in children(token) if child.dep_ in ("amod", "compound")]
    if token.lemma_.lower() == "force" and any(child.lower_ == "armed" for child in modifiers):
        return True
    titles = modifiers + [
        inner
        for child in modifiers
        for inner in children(child)
        if inner.dep_ in ("amod", "compound")
    ]
    return any(title.lemma_.lower() in MILITARY_NOUNS for title in titles)


def _own_clause_subject(pronoun: Token) -> int | None:
    """The subject of the verb an object pronoun is the object of ("we thank [them]": "we")."""
    if pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return next((c.i for c in children(verb) if c.dep_ == "nsubj"), None)


def names_city_instrument(token: Token, mention: Mention) -> bool:
    """ "the Vienna Convention", "the Lisbon Treaty", "the Minsk agreements": a city (a capital
    or another place) that names an instrument made there, not its state acting."""
    if token.dep_ != "compound" or token.head.lower_ not in CITY_INSTRUMENT_NOUNS:
        return False
    return mention.kind == "place" or mention.alias_kind == "capital"


def _pledged_by_subject(body: Token) -> bool:
    """ "Nigeria pledged troops", "Chad offered a battalion": a body that its clause's subject
    pledges or gives is the subject's own, not the forces the story named before."""
    return body.dep_ == "dobj" and body.head.lemma_.lower() in PLEDGING_VERBS
