"""The parse-tree index gives what spaCy's own tree walk gives, and follows the document read.

Texts are our own.
"""

from __future__ import annotations

from typing import Any

from diplograph.extract.tree import children


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
