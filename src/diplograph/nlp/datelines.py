"""News datelines: "MEXICO CITY, 6 April 2024 – ", "ASTANA (Reuters) - " or "KYIV/MOSCOW, 3 May –"
(a story filed from two places) opening a story.

The dateline says where and when a story was filed; it is no part of the first sentence's
grammar, so the parser is told the sentence starts after it.
"""

from __future__ import annotations

import re

DATELINE_SPAN = re.compile(
    r"(?m)^[A-Z][A-Z.'/\- ]{2,40}(?:,[^–—\n]{0,40}?)?\s*(?:\([^)\n]{0,40}\)\s*)?"
    r"(?:\s*(?:–|—|:)\s*|\s+-{1,2}\s*)"
)
# Datelines open a story, so only the first stretch of a text is searched.
DATELINE_REACH = 600


def dateline_spans(text: str, within: int = DATELINE_REACH) -> list[tuple[int, int]]:
    """Character spans of news datelines: the place that files a story is no actor in it."""
    return [found.span() for found in DATELINE_SPAN.finditer(text[:within])]
