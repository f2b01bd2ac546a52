"""The parse tree of the document being read, indexed once: a token's children without a walk.

spaCy's ``Token.children`` walks every token between the token's left and right edges on each
call, and extraction asks for children tens of thousands of times a document. The index is built
in one pass over the document the first time one of its tokens is asked about and kept until
another document's token is asked about; it gives the same tokens in the same (text) order.
A document must not be re-parsed or retokenized while it is read (extraction never does).
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc, Token


class _TreeIndex:
    """Each token's children, by token index, for one document (held weakly)."""

    __slots__ = ("children", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = weakref.ref(doc)
        kids: list[list[Token]] = [[] for _ in range(len(doc))]
        for token in doc:
            head = token.head.i
            if head != token.i:
                kids[head].append(token)
        self.children: list[tuple[Token, ...]] = [tuple(found) for found in kids]


_current: _TreeIndex | None = None


def _index(doc: Doc) -> _TreeIndex:
    global _current
    if _current is None or _current.doc() is not doc:
        _current = _TreeIndex(doc)
    return _current


def children(token: Token) -> tuple[Token, ...]:
    """The token's syntactic children in text order, as ``token.children`` yields them."""
    return _index(token.doc).children[token.i]
