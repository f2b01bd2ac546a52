"""What a format reader returns before it becomes a :class:`~diplograph.records.Document`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from diplograph.records import PartialDate


@dataclass
class ParsedText:
    """Plain text read from one document, with what its own metadata says about it.

    ``date`` is the document's own date (JSONL field, front matter, HTML or PDF metadata),
    ``None`` when it gives none; ``source`` overrides the path (a JSONL ``source`` field).
    """

    text: str
    title: str | None = None
    date: PartialDate | None = None
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
