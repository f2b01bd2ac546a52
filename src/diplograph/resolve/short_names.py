"""Short names that point back to a longer name the same text used.

The registry reads "the Commonwealth" as the Commonwealth of Nations, and that is right in a
text about it. In a text that has named the Commonwealth of Independent States, "the
Commonwealth's bodies" are the CIS's: a writer shortens the name they just gave in full. The
same holds for any one-word short name of an organisation ("the Fund" after "the Global
Fund").
"""

from __future__ import annotations

from dataclasses import replace

from diplograph.records import Mention

ARTICLES = frozenset({"the"})


def with_short_names_resolved(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each one-word name of an organisation re-pointed to another
    organisation the text named before in a longer name containing that word."""
    resolved: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        longer = _longer_name_before(mention, resolved) if mention.kind == "igo" else None
        if longer is not None:
            mention = replace(
                mention,
                actor_id=longer.actor_id,
                why=f'"{mention.text}" shortens "{longer.text}", named before in the text',
            )
        resolved.append(mention)
    return resolved


def _longer_name_before(mention: Mention, earlier: list[Mention]) -> Mention | None:
    words = _name_words(mention.text)
    if len(words) != 1 or words[0].isupper() or mention.alias_kind == "acronym":
        return None  # "the UN" after "the UN Security Council" is still the UN
    for candidate in reversed(earlier):
        if candidate.kind != "igo" or candidate.actor_id == mention.actor_id:
            continue
        candidate_words = _name_words(candidate.text)
        if len(candidate_words) > 1 and words[0] in candidate_words:
            return candidate
    return None


def _name_words(text: str) -> list[str]:
    """The capitalised words of a name, without a leading article."""
    words = text.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return [word.strip("'’s") for word in words if word[:1].isupper()]
