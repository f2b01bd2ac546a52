"""The event store: SQLite by default, PostgreSQL for teams, through SQLAlchemy Core."""

from diplograph.store.database import AddResult, Store

__all__ = ["AddResult", "Store"]
