"""Unnamed crowds as actors: "protesters", "rioters", "thousands of demonstrators".

PLOVER codes a crowd as its country plus a civilian or opposition sector; the export needs one
actor id, so a crowd becomes ``ORG:protesters-<country>`` ("ORG:protesters-iran"), named after
the country the text places it in. Nothing is invented: the crowd must be in the text and its
country must come from the sentence's place or the document's main state.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from diplograph.records import ActorRef

CROWD_NOUNS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "rioter",
                         "rioters", "crowd", "crowds", "mob", "activist", "activists", "student",
                         "students", "supporter", "supporters", "thousands", "hundreds",
                         "marcher", "marchers"})  # fmt: skip
CROWD_PREFIX = "ORG:protesters-"


def is_crowd(token: Token) -> bool:
    """A phrase that names a crowd rather than an organised actor."""
    return token.lemma_.lower() in CROWD_NOUNS or token.lower_ in CROWD_NOUNS


def crowd_id(country_id: str, registry: Any) -> str:
    """``ORG:protesters-kazakhstan`` for the crowds of a country."""
    name = registry.name_of(country_id)
    return CROWD_PREFIX + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def crowd_ref(actor_id: str, text: str | None) -> ActorRef | None:
    """The actor a crowd id stands for, or None when ``actor_id`` is no crowd."""
    if not actor_id.startswith(CROWD_PREFIX):
        return None
    place = actor_id[len(CROWD_PREFIX) :].replace("-", " ").title()
    return ActorRef(actor_id, f"Protesters ({place})", "organisation", text, "OPP", None)
