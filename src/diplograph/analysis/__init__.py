"""Analyses over the store: multi-vector balance, dyads."""

from diplograph.analysis.vectors import VectorReport, VectorSet, load_vectors, vector_report

__all__ = ["VectorReport", "VectorSet", "load_vectors", "vector_report"]
