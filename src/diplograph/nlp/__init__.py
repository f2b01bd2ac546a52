"""The NLP stage: a spaCy pipeline loaded once per process, with paragraph-aware sentences."""

from diplograph.nlp.model import DEFAULT_MODELS, load_pipeline

__all__ = ["DEFAULT_MODELS", "load_pipeline"]
