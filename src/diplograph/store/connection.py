"""Turning a ``--db`` value into a working SQLAlchemy engine, with readable errors.

Accepted: ``sqlite:///path.db``, ``sqlite://`` or ``:memory:`` (in memory), a plain file path
(``out/x.db``), and ``postgresql://...`` (the psycopg 3 driver is used unless another is named).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.pool import StaticPool

from diplograph.errors import StoreError
from diplograph.store import schema

DEFAULT_URL = "sqlite:///diplograph.db"
ENV_VAR = "DIPLOGRAPH_DB"


def resolve_url(url: str | None) -> URL:
    """The database URL to use: ``url``, else env ``DIPLOGRAPH_DB``, else ``DEFAULT_URL``.

    Raises StoreError for a URL SQLAlchemy cannot parse or a database we do not support.
    """
    text = (url or os.environ.get(ENV_VAR) or DEFAULT_URL).strip()
    if text == ":memory:":
        text = "sqlite://"
    elif "://" not in text:
        text = "sqlite:///" + text  # a plain path is a SQLite file
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError) as error:
        raise StoreError(f"not a database URL ({error})", where=text) from error
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            "only SQLite (sqlite:///file.db) and PostgreSQL (postgresql://...) are supported",
            where=_shown(parsed),
        )
    return parsed


def create_store_engine(url: URL) -> Engine:
    """An engine for ``url`` with the schema created; raises StoreError when that fails."""
    try:
        engine = _sqlite_engine(url) if url.get_backend_name() == "sqlite" else _pg_engine(url)
    except NoSuchModuleError as error:
        raise StoreError(
            f"unknown database driver {url.drivername!r}; "
            "use sqlite:///file.db or postgresql://user@host/dbname",
            where=_shown(url),
        ) from error
    except OSError as error:  # the folder of a SQLite file cannot be made
        raise StoreError(f"cannot create the database file: {error}", where=_shown(url)) from error
    except ModuleNotFoundError as error:
        raise StoreError(
            f"the database driver is not installed ({error.name}); "
            "install it with: pip install 'diplograph[postgres]'",
            where=_shown(url),
        ) from error
    try:
        _create_schema(engine)
    except SQLAlchemyError as error:
        engine.dispose()
        raise StoreError(_reason(error), where=_shown(url)) from error
    return engine


def _sqlite_engine(url: URL) -> Engine:
    database = url.database or ""
    in_memory = database in ("", ":memory:")
    options: dict[str, Any] = {}
    if in_memory:
        # One shared connection, or every checkout would see a fresh empty database.
        options = {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    else:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _sqlite_pragmas(in_memory))
    # pysqlite delays BEGIN until the first write; take over so reads and writes of one
    # transaction are atomic and a rollback really undoes everything.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _sqlite_pragmas(in_memory: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL, much faster
            cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return on_connect


def _pg_engine(url: URL) -> Engine:
    connect_args = {} if "connect_timeout" in url.query else {"connect_timeout": 5}
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)


def _create_schema(engine: Engine) -> None:
    with engine.begin() as conn:
        schema.metadata.create_all(conn)
        stored = conn.execute(select(schema.schema_version.c.version)).scalars().all()
        if not stored:
            now = datetime.now(timezone.utc).replace(tzinfo=None)
            conn.execute(
                insert(schema.schema_version).values(version=schema.SCHEMA_VERSION, applied_at=now)
            )
        elif max(stored) > schema.SCHEMA_VERSION:
            raise StoreError(
                f"the database has schema version {max(stored)}, newer than this diplograph "
                f"understands ({schema.SCHEMA_VERSION}); upgrade diplograph"
            )


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def _reason(error: SQLAlchemyError) -> str:
    """The driver's own words, first line only: they name the host, file or permission."""
    original = getattr(error, "orig", None) or error
    first_line = str(original).strip().splitlines()[0] if str(original).strip() else ""
    reason = first_line or type(original).__name__
    if isinstance(error, OperationalError):
        return f"cannot open the database: {reason} (check the URL and that the server runs)"
    return f"cannot open the database: {reason}"
