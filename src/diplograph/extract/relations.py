"""Relation facts that verbs alone do not show: an organisation named twice under two names.

"the Organization of the Islamic Conference - OIC (since 1995), which is now the Organization of
Islamic Cooperation" states a renaming: two mentions of one actor with different names and a cue
between them. The earlier name is the old one unless the cue says "formerly".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from diplograph.records import Mention

# "Known as" alone gives another name ("known as JNIM", "known as the Senkaku in Japan"), not a
# new one; "now known as" is caught by "now".
# "took the name X" and "(its name) was changed to X" state the change with the new name's verb.
NEW_NAME = r"(?:took|takes|taken|adopted|assumed) the name|changed to"
RENAME_CUES = re.compile(
    r"\b(now|renamed|re-named|rebranded|changed its name|became|new name|formerly|"
    rf"previously|until \d{{4}} (?:called|known)|{NEW_NAME})\b",
    re.IGNORECASE,
)
# Names an actor is called by, as opposed to its capital, seat or demonym standing for it.
NAME_ALIASES = frozenset({"name", "acronym", "former", "variant", "misspelling"})
FORMERLY = re.compile(r"\b(formerly|previously|until \d{4})\b", re.IGNORECASE)
# Cues that say a name changed, so even a bare acronym is the new name ("was renamed the OSCE").
EXPLICIT = re.compile(
    rf"\b(renamed|re-named|rebranded|changed its name|new name|{NEW_NAME})\b", re.IGNORECASE
)
NAMED_KINDS = frozenset({"igo", "organisation", "state"})


@dataclass(frozen=True)
class Renaming:
    actor_id: str
    old: Mention
    new: Mention
    explicit: bool = False  # "was renamed", not merely "which is now"


def find_renamings(
    text: str, mentions: list[Mention], sentence_start: int, sentence_end: int
) -> Iterator[Renaming]:
    """Renamings stated in one sentence, from its mentions of organisations and states."""
    inside = [
        mention
        for mention in mentions
        if sentence_start <= mention.start < sentence_end and mention.kind in NAMED_KINDS
    ]
    for first_index, first in enumerate(inside):
        for second in inside[first_index + 1 :]:
            if first.actor_id != second.actor_id:
                continue
            if first.alias_kind not in NAME_ALIASES or second.alias_kind not in NAME_ALIASES:
                continue  # "Tokyo ... Japan" is no renaming
            between = text[first.end : second.start]
            if len(between) > 80 or not RENAME_CUES.search(between):
                continue
            if _same_name(first, second) and not (
                EXPLICIT.search(between) and _differ(first, second)
            ):
                continue
            explicit = bool(EXPLICIT.search(between))
            if FORMERLY.search(between):
                yield Renaming(first.actor_id or "", old=second, new=first, explicit=explicit)
            else:
                yield Renaming(first.actor_id or "", old=first, new=second, explicit=explicit)


def _same_name(first: Mention, second: Mention) -> bool:
    if first.alias_kind == "acronym" or second.alias_kind == "acronym":
        return True
    return _fold(first.text) == _fold(second.text)


def _differ(first: Mention, second: Mention) -> bool:
    return _fold(first.text) != _fold(second.text)


def _fold(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\s*[-–(]\s*[A-Z]{2,}\)?$", "", name)
    return name.casefold().replace("organisation", "organization")


def display_name(mention: Mention) -> str:
    """The name as written, without a leading article or a trailing acronym definition."""
    name = re.sub(r"^(the|The)\s+", "", mention.text.strip())
    return re.sub(r"\s*[-–]\s*[A-Z]{2,}$", "", name)
