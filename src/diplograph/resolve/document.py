"""Names learned from one document, with their evidence, valid for that document only.

A text may define an acronym ("... Treaty Organization (CSTO)") or state a renaming
("which is now the Organization of Islamic Cooperation"). Such names are kept per
document: they must not leak into the shared registry.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from diplograph.records import Mention
from diplograph.resolve.matching import normalise

if TYPE_CHECKING:
    from diplograph.resolve.registry import DateLike, Registry, Resolution


@dataclass(frozen=True)
class LearnedAlias:
    """A name for ``actor_id`` learned from the document, with the words that said so."""

    name: str
    actor_id: str
    evidence: str
    start: int | None = None
    end: int | None = None
    kind: str = "learned"


class DocumentAliases:
    """The names one document teaches; pass it to ``find_mentions`` or wrap a registry."""

    def __init__(self) -> None:
        self._by_key: dict[str, LearnedAlias] = {}

    def learn(self, name: str, actor_id: str, evidence: str, start: int | None = None,
              end: int | None = None, kind: str = "learned") -> LearnedAlias:  # fmt: skip
        """Record that ``name`` means ``actor_id`` in this document; returns the record."""
        alias = LearnedAlias(name, actor_id, evidence, start, end, kind)
        self._by_key[normalise(name)] = alias
        return alias

    def get(self, name: str) -> LearnedAlias | None:
        return self._by_key.get(normalise(name))

    def __iter__(self) -> Iterator[LearnedAlias]:
        return iter(list(self._by_key.values()))

    def __len__(self) -> int:
        return len(self._by_key)


class DocumentRegistry:
    """A registry view that consults one document's learned names first."""

    def __init__(self, registry: Registry, aliases: DocumentAliases) -> None:
        self.registry = registry
        self.aliases = aliases

    def resolve(self, name: str, on: DateLike = None) -> Resolution | None:
        """Like ``Registry.resolve``, learned names first."""
        from diplograph.resolve.registry import Resolution, as_date

        learned = self.aliases.get(name)
        if learned is None:
            return self.registry.resolve(name, on)
        when = as_date(on)
        actor = self.registry.actor(learned.actor_id)
        why = f"{learned.kind} '{learned.name}' learned from the document: {learned.evidence!r}"
        return Resolution(actor.id, actor.kind, actor.name_on(when),
                          self.registry.acts_for(actor.id, when), name, learned.kind,
                          why)  # fmt: skip

    def find_mentions(self, text: str, on: DateLike = None) -> list[Mention]:
        return self.registry.find_mentions(text, on, aliases=self.aliases)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.registry, name)
