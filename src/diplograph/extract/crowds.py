"""Collective actors the text does not name: crowds ("protesters", "thousands of demonstrators")
and juntas ("the junta", "the military authorities").

PLOVER codes a crowd as its country plus a civilian or opposition sector, a junta as its country
plus the military sector; the export needs one actor id, so a crowd becomes
``ORG:protesters-<country>`` ("ORG:protesters-iran") and a junta ``ORG:<country>-junta``
("ORG:niger-junta"), named after the country the text places them in. Nothing is invented: the
crowd or junta must be in the text and its country must come from the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from spacy.tokens import Token

from diplograph.extract.tree import children
from diplograph.records import ActorRef
from diplograph.wordlists import words

CROWD_NOUNS = words("crowd_nouns")
CROWD_COUNTS = words("crowd_counts")
CIVILIAN_NOUNS = words("civilian_nouns")
PROTEST_VERBS = words("protest_verbs")
UNREST_NOUNS = words("unrest_nouns")
UNREST_VERBS = words("unrest_verbs")
UNREST_CROWD_NOUNS = words("unrest_crowd_nouns")
CROWD_PREFIX = "ORG:protesters-"
# Crowds that boycott a country's goods are its consumers: ``ORG:consumers-china``.
CONSUMERS_PREFIX = "ORG:consumers-"
# People who fled a country are its refugees, not the country: ``ORG:refugees-syria``.
REFUGEES_PREFIX = "ORG:refugees-"
REFUGEE_NOUNS = words("refugee_nouns")
JUNTA_SUFFIX = "-junta"
JUNTA_NOUNS = words("junta_nouns")
MILITARY_RULE_NOUNS = words("military_rule_nouns")
COUP_MARKERS = words("coup_markers")


def is_crowd(token: Token) -> bool:
    """A phrase that names a crowd rather than an organised actor ("protesters", "thousands
    of demonstrators", "villagers protesting against the lease")."""
    if token.lemma_.lower() in CROWD_NOUNS or token.lower_ in CROWD_NOUNS:
        return True
    if _protesting(token):
        return True
    if token.lower_ not in CROWD_COUNTS:
        return False
    return all(
        is_crowd(obj) or obj.lemma_.lower() in CIVILIAN_NOUNS or obj.ent_type_ == "NORP"
        for obj in _counted(token)
    )


def plural_civilians(token: Token) -> bool:
    """People named by who they are ("workers", "farmers", "residents"): a crowd when what
    they do is a protest ("workers staged a general strike"), not otherwise ("killed farmers")."""
    return token.tag_ == "NNS" and token.lemma_.lower() in CIVILIAN_NOUNS


def names_protesters(token: Token) -> bool:
    """A crowd named by what it does ("protesters", "thousands of demonstrators", "villagers
    protesting"), not a count of people ("thousands of civilians", "hundreds")."""
    if token.lower_ in CROWD_COUNTS:
        counted = _counted(token)
        return bool(counted) and all(names_protesters(obj) for obj in counted)
    return is_crowd(token)


def _counted(token: Token) -> list[Token]:
    """What a count is of: "thousands [of protesters]"."""
    return [
        obj
        for prep in children(token)
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in children(prep)
        if obj.dep_ == "pobj"
    ]


def _protesting(token: Token) -> bool:
    """People named by what they are doing: "villagers [protesting] against the plant"."""
    return token.pos_ == "NOUN" and any(
        child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in PROTEST_VERBS
        for child in children(token)
    )


def unrest_said(tokens: Iterable[Token]) -> bool:
    """The words tell of street unrest: "as protests erupted", "after youths rioted", "to
    disperse the protesters", "thousands marched in Cairo"."""
    for token in tokens:
        word, lemma = token.lower_, token.lemma_.lower()
        if token.pos_ in ("NOUN", "PROPN") and (word in UNREST_NOUNS or word in UNREST_CROWD_NOUNS):
            return True
        if token.pos_ == "VERB" and (
            lemma in UNREST_VERBS
            or (
                lemma in PROTEST_VERBS
                and any(c.dep_ == "nsubj" and is_crowd(c) for c in children(token))
            )
        ):
            return True
    return False


def is_junta(token: Token) -> bool:
    """ "the junta", "the putschists", "the military authorities"."""
    lemma = token.lemma_.lower()
    if lemma in JUNTA_NOUNS or token.lower_ in JUNTA_NOUNS:
        return True
    return lemma in MILITARY_RULE_NOUNS and any(
        child.dep_ in ("amod", "compound") and child.lower_ == "military"
        for child in children(token)
    )


def junta_state(actor_id: str, registry: Any) -> str | None:
    """The state a junta id (``ORG:mali-junta``) rules, or None when it is no junta id."""
    if not (actor_id.startswith("ORG:") and actor_id.endswith(JUNTA_SUFFIX)):
        return None
    found = registry.resolve(actor_id[4 : -len(JUNTA_SUFFIX)].replace("-", " "))
    return found.id if found is not None and found.kind == "state" else None


def crowd_state(actor_id: str, registry: Any) -> str | None:
    """The state a crowd id (``ORG:protesters-czechia``) was named after, or None when it is
    no crowd id."""
    if not actor_id.startswith(CROWD_PREFIX):
        return None
    found = registry.resolve(actor_id[len(CROWD_PREFIX) :].replace("-", " "))
    return found.id if found is not None and found.kind == "state" else None


def crowd_id(country_id: str, registry: Any) -> str:
    """``ORG:protesters-kazakhstan`` for the crowds of a country."""
    return CROWD_PREFIX + _slug(registry.name_of(country_id))


def consumers_id(country_id: str, registry: Any) -> str:
    """``ORG:consumers-china`` for the consumers of a country who boycott another's goods."""
    return CONSUMERS_PREFIX + _slug(registry.name_of(country_id))


def refugees_id(country_id: str, registry: Any) -> str:
    """``ORG:refugees-syria`` for the people who fled a country."""
    return REFUGEES_PREFIX + _slug(registry.name_of(country_id))


def junta_id(country_id: str, registry: Any) -> str:
    """``ORG:niger-junta`` for the military rulers of a country."""
    return "ORG:" + _slug(registry.name_of(country_id)) + JUNTA_SUFFIX


def crowd_ref(actor_id: str, text: str | None) -> ActorRef | None:
    """The actor a crowd or junta id stands for, or None when ``actor_id`` is neither."""
    for prefix, label, sector in (
        (CROWD_PREFIX, "Protesters", "OPP"),
        (CONSUMERS_PREFIX, "Consumers", "OPP"),
        (REFUGEES_PREFIX, "Refugees", "REF"),
    ):
        if actor_id.startswith(prefix):
            place = actor_id[len(prefix) :].replace("-", " ").title()
            return ActorRef(actor_id, f"{label} ({place})", "organisation", text, sector, None)
    if actor_id.startswith("ORG:") and actor_id.endswith(JUNTA_SUFFIX):
        place = actor_id[4 : -len(JUNTA_SUFFIX)].replace("-", " ").title()
        return ActorRef(actor_id, f"Military junta ({place})", "organisation", text, "MIL", None)
    return None


def _slug(name: str) -> str:
    """ "Côte d'Ivoire" -> "cote-d-ivoire": accents dropped, not the letters they sit on."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
