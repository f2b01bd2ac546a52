"""One exception hierarchy for the whole library.

Every error carries a message written for the person who hit it: *where* the
problem is (a file, a field, a setting) and *what* went wrong, ideally with the
fix. The CLI prints ``Error: <where>: <what>`` and exits with ``exit_code``;
the REST API maps ``http_status`` onto its JSON error shape.
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base class of every error diplograph raises on purpose."""

    exit_code = 1
    http_status = 500
    code = "error"

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputError(DiplographError):
    """A document or data file cannot be read (missing, binary, empty, bad encoding...)."""

    http_status = 400
    code = "bad_input"


class UsageError(DiplographError):
    """An argument or option has a value that cannot work."""

    exit_code = 2
    http_status = 400
    code = "bad_request"


class ConfigError(DiplographError):
    """A setting or a required resource (NLP model, database driver) is missing or wrong."""

    code = "config"


class DataError(DiplographError):
    """A packaged data file (gazetteer, lexicon, ontology) is malformed."""

    code = "data"


class StoreError(DiplographError):
    """The database cannot be opened, migrated or written."""

    code = "store"


class NotFoundError(DiplographError):
    """A requested actor, event or document does not exist."""

    http_status = 404
    code = "not_found"


class ClusterError(DiplographError):
    """A Dask scheduler cannot be reached, or the cluster failed while processing documents."""

    http_status = 503
    code = "cluster"
