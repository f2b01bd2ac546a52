"""Organisations a text names that the registry does not hold.

No registry lists every militia, company, newspaper or NGO a user's documents will name. When
the parser reads a capitalised name as an organisation and the name ends in a word that only an
organisation's own name ends in ("the Lobito Atlantic Railway", "Global Fishing Watch", "the
Inuit Circumpolar Council", "the Northern Valley Liberation Front"), or is an acronym ("FNLA",
"CITIC"), the name becomes a provisional actor: ``ORG:`` plus the slug of the name, as
DESIGN.md spells organisation ids. An acronym the text defines for it ("... Front (NVLF)")
names it too.

Nothing of a state is minted: a name with a state organ's word ("Ministry", "Court", "Guard",
"Agency") acts for its state, and a name the registry already reads as a state, organisation
or person stays what the registry says. Places inside a name ("Kabul Bank", "the Northern
Valley Liberation Front", where "The Valley" is Anguilla's capital) are part of the name.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from spacy.tokens import Doc, Span

from diplograph.nlp.datelines import dateline_spans
from diplograph.records import Mention
from diplograph.wordlists import words

ORGANISATION_NAME_HEADS = words("organisation_name_heads")
STATE_ORGAN_WORDS = words("state_organ_words")
# Small words a name may hold in lower case: "Forces of Freedom and Change".
NAME_CONNECTORS = frozenset({"of", "for", "and", "the", "to", "de", "du", "la", "al", "el", "&"})
# Registry readings a name may hold and still be an organisation's own: a city or a capital
# ("Kabul Bank"), not a state's name or a person.
PLACE_READINGS = frozenset({"capital", "seat"})
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,6}$")
WHY = "an organisation the text names (parser entity ORG); the registry does not hold it"


def with_unregistered_organisations(
    mentions: list[Mention], parsed: Doc, registry: Any
) -> list[Mention]:
    """``mentions`` plus the organisations the registry lacks, places inside them dropped."""
    text = parsed.text
    skipped = dateline_spans(text)
    minted: list[Mention] = []
    for entity in parsed.ents:
        if entity.label_ != "ORG":
            continue
        name = _name_of(entity)
        if name is None or any(start <= name.start_char < end for start, end in skipped):
            continue
        inside = [m for m in mentions if m.start < name.end_char and name.start_char < m.end]
        if not _organisation_name(name, inside, registry) or _a_states_unit(name, mentions):
            continue
        actor = registry.provisional("ORG:" + slug(name.text), name.text)
        minted.append(_mention(name.text, name.start_char, name.end_char, actor.id))
        minted += _acronym_uses(name, actor.id, text, mentions)
    if not minted:
        return mentions
    kept = [m for m in mentions if not any(_overlap(m, new) for new in minted)]
    return sorted(kept + _distinct(minted), key=lambda m: (m.start, -m.end))


def slug(name: str) -> str:
    """ "Jyllands-Posten" -> "jyllands-posten", "Forces of Freedom and Change" ->
    "forces-of-freedom-and-change"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _name_of(entity: Span) -> Span | None:
    """The entity without a leading article, a trailing possessive or trailing lower-case
    words ("the CITIC group" -> "CITIC")."""
    start, end = entity.start, entity.end
    doc = entity.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].text.islower()
    ):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _organisation_name(name: Span, inside: list[Mention], registry: Any) -> bool:
    words_ = [token.text for token in name]
    lowered = [word.lower() for word in words_]
    if any(word in STATE_ORGAN_WORDS for word in lowered):
        return False
    if not all(word[0].isupper() or word in NAME_CONNECTORS or not word[0].isalpha()
               for word in words_):  # fmt: skip
        return False
    if any(m.kind != "place" and m.alias_kind not in PLACE_READINGS for m in inside):
        return False  # a state's name, a registered body or a person: the registry's reading
    if len(words_) == 1:
        return _acronym(words_[0], inside, registry)
    return lowered[-1] in ORGANISATION_NAME_HEADS and words_[0][0].isupper()


def _a_states_unit(name: Span, mentions: list[Mention]) -> bool:
    """ "the Export-Import Bank of China", "China's Export-Import Bank", "whose Export-Import
    Bank", "the 53rd Anti-Aircraft Missile Brigade": a body named by its owner, or a numbered
    unit, is the owner's own."""
    doc = name.doc
    before = doc[max(name.start - 2, 0) : name.start]
    if any(token.like_num or token.ent_type_ == "ORDINAL" for token in before):
        return True
    if before and before[-1].tag_ in ("PRP$", "WP$"):
        return True  # "whose Export-Import Bank", "its Saami Council": owned, not named
    after = doc[name.end : name.end + 2]
    owners = [t for t in before if t.tag_ == "POS"] + [t for t in after[:1] if t.lower_ == "of"]
    if not owners:
        return False
    edges = [(before.start_char, name.start_char), (name.end_char, after.end_char)]
    return any(
        m.kind == "state" and any(start <= m.start < end for start, end in edges) for m in mentions
    )


def _acronym(word: str, inside: list[Mention], registry: Any) -> bool:
    """ "FNLA", "CITIC": an unknown acronym; not a place written in capitals ("LOBITO")."""
    if not ACRONYM.match(word) or inside:
        return False
    return registry.resolve(word.title()) is None and registry.resolve(word) is None


def _acronym_uses(name: Span, actor_id: str, text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the Northern Valley Liberation Front (NVLF)": later uses of the acronym name it too."""
    defined = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,6})\)", text[name.end_char :])
    if defined is None:
        return []
    acronym = defined.group(1)
    uses = []
    for found in re.finditer(rf"\b{re.escape(acronym)}\b", text):
        if any(m.start < found.end() and found.start() < m.end for m in mentions):
            continue
        uses.append(_mention(acronym, found.start(), found.end(), actor_id))
    return uses


def _mention(text: str, start: int, end: int, actor_id: str) -> Mention:
    return Mention(text, start, end, actor_id, "organisation", text, "name", WHY)


def _overlap(first: Mention, second: Mention) -> bool:
    return first.start < second.end and second.start < first.end


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per span (a defined acronym is also a parser entity)."""
    seen: dict[tuple[int, int], Mention] = {}
    for mention in mentions:
        seen.setdefault((mention.start, mention.end), mention)
    return list(seen.values())
