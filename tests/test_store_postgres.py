"""What only PostgreSQL has: URLs, errors for people, isolation in a schema.

The store's behaviour checks live once in ``test_store.py`` and run on both backends
(the ``[postgres]`` cases); they skip, saying why, when no server answers.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

from diplograph.errors import StoreError
from diplograph.store import Store

pytestmark = pytest.mark.postgres


def test_unreachable_server_is_a_readable_store_error() -> None:
    with pytest.raises(StoreError) as raised:
        Store.open("postgresql://someone:secret@127.0.0.1:1/nowhere")
    message = str(raised.value)
    assert "cannot open the database" in message
    assert "127.0.0.1" in message
    assert "secret" not in message  # passwords stay out of error messages


def test_plain_postgresql_url_uses_psycopg(pg_url: str) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with Store.open(plain) as opened:
        assert opened.engine.dialect.driver == "psycopg"


def test_tables_live_in_the_schema_named_by_the_url(pg_store: Store, document, events) -> None:
    pg_store.add_document(document, events)
    with pg_store.engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
        tables = set(
            conn.execute(
                text("SELECT table_name FROM information_schema.tables WHERE table_schema = :s"),
                {"s": schema},
            ).scalars()
        )
    assert schema.startswith("test_")
    assert {"documents", "events", "evidence", "curations", "schema_version"} <= tables


def test_two_stores_share_one_database(pg_url: str, document, events) -> None:
    with Store.open(pg_url) as writer, Store.open(pg_url) as reader:
        writer.add_document(document, events)
        assert reader.has_document(document.id)
        assert reader.counts()["events"] == 2
