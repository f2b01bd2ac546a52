"""The parse of the document being read, indexed once: a token's children and sentence, no walk.

spaCy's ``Token.children`` walks every token between the token's left and right edges, and
``Token.sent`` walks to the sentence's boundaries, on each call; extraction asks for children tens
of thousands of times a document. The index is built in one pass over the document the first time
one of its tokens is asked about and kept until another document's token is asked about; it gives
the same tokens and sentences, in the same (text) order. A document must not be re-parsed or
retokenized while it is read (extraction never does).
"""

from __future__ import annotations

import weakref

from spacy.attrs import HEAD
from spacy.tokens import Doc, Span, Token


class _ParseIndex:
    """Each token's children and sentence, by token index, for one document (held weakly)."""

    __slots__ = ("_sentence_at", "_sentences", "children", "doc")

    def __init__(self, doc: Doc) -> None:
        self.doc = weakref.ref(doc)
        tokens = list(doc)
        kids: list[list[Token]] = [[] for _ in tokens]
        # Heads as offsets from each token (0 for a root), read in one call rather than per token.
        offsets = doc.to_array(HEAD).view("int64").tolist()
        for index, (token, offset) in enumerate(zip(tokens, offsets, strict=True)):
            if offset:
                kids[index + offset].append(token)
        self.children: list[tuple[Token, ...]] = [tuple(found) for found in kids]
        self._sentences: list[Span] = []
        self._sentence_at: list[int] = []

    def sentence(self, doc: Doc, index: int) -> Span:
        if not self._sentence_at:  # built on the first question: not every document needs it
            self._sentences = list(doc.sents)
            self._sentence_at = [
                number
                for number, sentence in enumerate(self._sentences)
                for _ in range(sentence.start, sentence.end)
            ]
        return self._sentences[self._sentence_at[index]]


_current: _ParseIndex | None = None


def _index(doc: Doc) -> _ParseIndex:
    global _current
    if _current is None or _current.doc() is not doc:
        _current = _ParseIndex(doc)
    return _current


def children(token: Token) -> tuple[Token, ...]:
    """The token's syntactic children in text order, as ``token.children`` yields them."""
    return _index(token.doc).children[token.i]


def sentence_of(token: Token) -> Span:
    """The sentence the token is in, as ``token.sent`` gives it."""
    doc = token.doc
    return _index(doc).sentence(doc, token.i)
