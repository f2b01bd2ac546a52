"""Ingest: files, folders, JSONL batches and stdin in; normalised, dated documents out.

Formats: plain text, Markdown, HTML (boilerplate removed), JSONL batches (``text``,
``source``, ``title``, ``date`` per line) and PDF (text layer). A document's id is the hash
of its normalised text, so ingesting the same text twice changes nothing downstream.
Bad input never raises from :func:`collect_documents`: it yields an ``InputError``.
"""

from diplograph.ingest.collect import collect_documents, read_document
from diplograph.ingest.dates import parse_document_date
from diplograph.ingest.normalise import normalise_text

__all__ = ["collect_documents", "normalise_text", "parse_document_date", "read_document"]
