"""Measure extraction against gold: load gold items and a corpus, score export records."""

from diplograph.evaluate.corpus import load_corpus, missing_sentences
from diplograph.evaluate.gold import GoldItem, load_gold
from diplograph.evaluate.report import EvalReport
from diplograph.evaluate.scorer import score

__all__ = ["EvalReport", "GoldItem", "load_corpus", "load_gold", "missing_sentences", "score"]
