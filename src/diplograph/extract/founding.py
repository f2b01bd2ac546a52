"""Founding treaties: the states that signed the treaty that created an organisation founded it.

"a bloc established by the Treaty of Asunción, signed in 1991 by Argentina, Brazil, Paraguay
and Uruguay", "the Cartagena Agreement, signed by Bolivia, Chile, ..., which created a bloc
known as the Andean Pact", "Niger, Mali and Burkina Faso signed a treaty establishing a
confederation ..., the Alliance of Sahel States": the founding verb's own subject or agent is a
document (or no one), and the states are the document's signers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from diplograph.extract.syntax import agents, inherited_subject, subjects
from diplograph.extract.tree import children
from diplograph.wordlists import words

NAMING_VERBS = words("naming_verbs")
# Links from a founding verb up to the signing it is part of ("signed a treaty establishing").
SIGNING_LINKS = frozenset({"advcl", "acl", "xcomp", "conj", "relcl"})


def founding_treaties(
    sentence: Span,
    founding_verbs: frozenset[str],
    treaty_nouns: frozenset[str],
    is_body: Callable[[Token], bool],
) -> Iterator[tuple[Token, Token, list[Token], Token]]:
    """(founding verb, organisation token, signer tokens, signing verb) for each founding by a
    treaty the sentence names its signers of."""
    for verb in sentence:
        if verb.pos_ != "VERB" or not _founding(verb, founding_verbs):
            continue
        body = _founded_body(verb, is_body)
        if body is None:
            continue
        signed = _signing(verb, treaty_nouns)
        if signed is not None:
            signers, signing = signed
            if signers:
                yield verb, body, signers, signing


def _founding(verb: Token, founding_verbs: frozenset[str]) -> bool:
    lemma = verb.lemma_.lower()
    if lemma == "set":  # "set up"
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in children(verb))
    return lemma in founding_verbs


def _founded_body(verb: Token, is_body: Callable[[Token], bool]) -> Token | None:
    """The organisation a founding verb creates: its object (or the name the object is given
    in apposition or by "known as"), or the noun its participle describes ("a bloc established
    by ...", and the subject of "Mercosur is a bloc established by ...")."""
    candidates: list[Token] = []
    for obj in children(verb):
        if obj.dep_ in ("dobj", "nsubjpass"):
            candidates += [obj, *_names_given(obj)]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        described = verb.head
        candidates += [described, *_names_given(described)]
        if described.dep_ == "attr":
            candidates += [s for s in children(described.head) if s.dep_ == "nsubj"]
    return next((c for c in candidates if is_body(c)), None)


def _names_given(noun: Token) -> list[Token]:
    """ "a confederation of their three states, the Alliance of Sahel States", "a regional bloc
    known as the Andean Pact": the names the phrase gives its noun."""
    names = []
    for token in noun.subtree:
        if (token.dep_ == "appos" and token.pos_ == "PROPN") or (
            token.dep_ == "pobj"
            and token.head.lower_ == "as"
            and token.head.head.lemma_.lower() in NAMING_VERBS
        ):
            names.append(token)
    return names


def _signing(verb: Token, treaty_nouns: frozenset[str]) -> tuple[list[Token], Token] | None:
    """Who signed the treaty that does the founding, and the signing verb."""
    for agent in agents(verb):  # "established by the Treaty of Asunción, signed by A and B"
        if _is_treaty(agent, treaty_nouns):
            return treaty_signers(agent, treaty_nouns)
    own = subjects(verb)
    if own and own[0].tag_ == "WDT" and verb.dep_ == "relcl":
        # "the Cartagena Agreement, signed by A, B and C, which created": the parser may hang the
        # relative clause on the last signer rather than on the treaty
        described = verb.head
        if _is_treaty(described, treaty_nouns):
            return treaty_signers(described, treaty_nouns)
        signing = _signing_of_agent(described)
        if signing is not None and _is_treaty(_signed_thing(signing), treaty_nouns):
            return agents(signing), signing
        return None
    if own and _is_treaty(own[0], treaty_nouns):  # "the treaty, signed by A and B, created X"
        return treaty_signers(own[0], treaty_nouns)
    # "A and B signed a treaty establishing X", "signed an agreement that set up X"
    head = verb.head
    if verb.dep_ in SIGNING_LINKS and head.i != verb.i:
        if _is_treaty(head, treaty_nouns):
            return treaty_signers(head, treaty_nouns)
        if head.lemma_.lower() == "sign" and any(
            _is_treaty(o, treaty_nouns) for o in children(head) if o.dep_ == "dobj"
        ):
            return inherited_subject(head)[0], head
    return None


def treaty_signers(treaty: Token, treaty_nouns: frozenset[str]) -> tuple[list[Token], Token] | None:
    """The signers of a treaty: "the Treaty of X, signed ... by A and B" (the participle on the
    treaty, or the one just after it and a comma), or "A and B signed the treaty"."""
    for child in children(treaty):
        if child.dep_ == "acl" and child.lemma_.lower() == "sign" and agents(child):
            return agents(child), child
    doc = treaty.doc
    after = treaty.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].text == ",":
        following = doc[after + 1]
        if following.lemma_.lower() == "sign" and following.tag_ == "VBN" and agents(following):
            return agents(following), following
    if treaty.dep_ == "dobj" and treaty.head.lemma_.lower() == "sign":
        return inherited_subject(treaty.head)[0], treaty.head
    return None


def _signing_of_agent(token: Token) -> Token | None:
    """The "signed" participle whose "by" list holds ``token``."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.dep_ != "agent":
        return None
    verb = token.head.head
    return verb if verb.lemma_.lower() == "sign" else None


def _signed_thing(signing: Token) -> Token:
    return signing.head if signing.dep_ == "acl" else signing


def _is_treaty(token: Token, treaty_nouns: frozenset[str]) -> bool:
    return token.lemma_.lower() in treaty_nouns or token.lower_ in treaty_nouns
