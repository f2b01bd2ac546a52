"""The parse-tree index gives what spaCy's own tree walk gives, and follows the document read.

Texts are our own.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.tree import children, sentence_of


def test_children_are_spacys_children_in_the_same_order(pipeline: Any) -> None:
    doc = pipeline.nlp(
        "The foreign minister of Peru, who arrived on Tuesday, signed two accords with Chile "
        "and Bolivia after long talks. Both sides agreed to meet again in Lima next spring."
    )
    for token in doc:
        assert children(token) == tuple(token.children)


def test_a_new_document_gets_its_own_index(pipeline: Any) -> None:
    first = pipeline.nlp("Kenya thanked Japan for the aid.")
    second = pipeline.nlp("Ghana and Togo signed a border treaty in Accra yesterday.")
    assert children(first[1]) == tuple(first[1].children)
    assert children(second[3]) == tuple(second[3].children)
    assert children(first[1]) == tuple(first[1].children)  # and back again


def test_a_tokens_sentence_is_spacys_sentence(pipeline: Any) -> None:
    doc = pipeline.nlp(
        "Chile recalled its envoy. Peru protested the move on Friday. Both met later."
    )
    for token in doc:
        found = sentence_of(token)
        assert (found.start, found.end) == (token.sent.start, token.sent.end)
