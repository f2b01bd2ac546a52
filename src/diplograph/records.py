"""The domain records every stage shares: documents, mentions, actors, events, evidence.

This module imports nothing of the project, so every part may import it. The words mean
what ``shared/DESIGN.md``'s glossary says:

- **document**: one text with its origin, title, publication date and language.
- **mention**: a span of a document that names something.
- **actor**: a canonical entity that acts (state, IGO, group, organisation, person).
- **event**: a typed, dated act of one actor towards another (or nobody), with evidence.
- **evidence**: the document, sentence and character offsets an event was read from.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

ActorKind = Literal["state", "igo", "group", "organisation", "person", "place"]
Modality = Literal["asserted", "planned", "negated", "hypothetical"]
Precision = Literal["year", "month", "day"]
Status = Literal["extracted", "confirmed", "edited", "rejected"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
RELATION_TYPES: tuple[str, ...] = ("MEMBER_OF", "HOSTS", "INVESTS", "RENAMED")
EVENT_TYPES: tuple[str, ...] = PLOVER_TYPES + RELATION_TYPES
MODALITIES: tuple[str, ...] = ("asserted", "planned", "negated", "hypothetical")
STATUSES: tuple[str, ...] = ("extracted", "confirmed", "edited", "rejected")

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to year, month or day precision (``2008``, ``2008-10``...)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Raises ValueError for impossible dates such as 2023-02-30.
        date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, value: str | date | PartialDate | None) -> PartialDate | None:
        """``"2008"``, ``"2008-10"``, ``"2008-10-12"`` or a ``date``; ``None`` stays ``None``.

        Raises ``ValueError`` for anything else.
        """
        if value is None or isinstance(value, PartialDate):
            return value
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        text = str(value).strip()
        if not text:
            return None
        found = _PARTIAL_DATE.match(text[:10] if len(text) > 10 and text[10] in "T " else text)
        if not found:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
        year, month, day = (int(part) if part else None for part in found.groups())
        assert year is not None
        return cls(year, month, day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def overlaps(self, start: PartialDate | None, end: PartialDate | None) -> bool:
        """True when some day of this date lies in [start, end] (open ends allowed)."""
        if start is not None and self.last_day() < start.first_day():
            return False
        return not (end is not None and self.first_day() > end.last_day())

    def __str__(self) -> str:
        return self.iso()


def text_hash(text: str) -> str:
    """The document id: ``sha256:`` + hex digest of the (already normalised) text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One text with its origin. ``id`` is the hash of the normalised ``text``."""

    text: str
    source: str
    title: str | None = None
    date: PartialDate | None = None
    language: str = "en"
    format: str = "text"
    metadata: dict[str, Any] = field(default_factory=dict)
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = text_hash(self.text)


@dataclass(frozen=True)
class Evidence:
    """Where an event was read: the sentence and its character offsets in the stored text."""

    document_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A span of a document that names an actor or a place, with why it resolved."""

    text: str
    start: int
    end: int
    actor_id: str | None
    kind: str | None = None  # the actor's kind: state, igo, group, organisation, person, place
    alias: str | None = None  # the registry alias that matched
    alias_kind: str | None = None  # name, acronym, demonym, adjective, capital, seat, former...
    why: str | None = None  # a sentence for people: which alias, valid when


@dataclass(frozen=True)
class ActorRef:
    """An actor as one event sees it: the canonical actor plus the words the text used."""

    id: str
    name: str
    kind: str
    text: str | None = None
    sector: str | None = None
    person: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "text": self.text,
            "sector": self.sector,
            "person": self.person,
        }


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass
class Event:
    """A typed, dated act (or relation fact) with its evidence.

    ``date_end`` is for ranges ("20-21 October 2011"); ``quad`` and ``score`` follow
    from type and mode through the PLOVER tables and are filled by the extractor.
    """

    type: str
    source: ActorRef | None
    target: ActorRef | None = None
    mode: str | None = None
    contexts: list[str] = field(default_factory=list)
    modality: Modality = "asserted"
    date: PartialDate | None = None
    date_end: PartialDate | None = None
    location: Location | None = None
    event_name: str | None = None
    old_name: str | None = None
    new_name: str | None = None
    confidence: float = 0.5
    extractor: str = ""
    status: Status = "extracted"
    quad: int | None = None
    score: float | None = None
    evidence: list[Evidence] = field(default_factory=list)
    id: str = ""

    def dedup_key(self) -> str:
        """What makes two reports the same event.

        Dated events and relation facts are the same across documents when type,
        actors, modality, date and name agree; an undated act is only merged with
        reports in its own document, since nothing says two undated acts coincide.
        """
        when = self.date.iso() if self.date else None
        if when is None and self.type not in RELATION_TYPES:
            when = "doc:" + (self.evidence[0].document_id if self.evidence else "")
        parts = [
            self.type,
            self.source.id if self.source else "",
            self.target.id if self.target else "",
            self.modality,
            when or "",
            (self.event_name or self.new_name or "").casefold(),
        ]
        return "|".join(parts)

    def assign_id(self) -> str:
        digest = hashlib.sha256(self.dedup_key().encode("utf-8")).hexdigest()[:20]
        self.id = "ev_" + digest
        return self.id
