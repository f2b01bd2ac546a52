"""Shared fixtures: a tiny document, two events read from it, and stores to put them in."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from diplograph.records import ActorRef, Document, Event, Evidence, Location, PartialDate
from diplograph.store import Store

PG_URL = os.environ.get("DIPLOGRAPH_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")

TEXT = (
    "Norway sent emergency aid to Chile in March 2010. "
    "Chilean officials thanked Oslo. "
    "The two foreign ministers met in Santiago in 2011."
)


def evidence_for(document: Document, sentence: str) -> Evidence:
    """The evidence of ``sentence`` at its offsets in ``document``."""
    start = document.text.index(sentence)
    return Evidence(document.id, sentence, start, start + len(sentence))


@pytest.fixture
def document() -> Document:
    return Document(
        text=TEXT, source="norway_chile.txt", title="Norway and Chile", date=PartialDate(2011, 6)
    )


@pytest.fixture
def events(document: Document) -> list[Event]:
    norway = ActorRef("NOR", "Norway", "state", text="Norway", sector="GOV")
    chile = ActorRef("CHL", "Chile", "state", text="Chile")
    aid = Event(
        "AID", norway, chile, contexts=["humanitarian", "disaster"], date=PartialDate(2010, 3),
        confidence=0.8, extractor="test.v1", quad=2, score=7.0,
        evidence=[evidence_for(document, "Norway sent emergency aid to Chile in March 2010.")],
    )  # fmt: skip
    meeting = Event(
        "CONSULT", chile, norway, date=PartialDate(2011), confidence=0.6, extractor="test.v1",
        location=Location("Santiago", "CHL", -33.45, -70.67), quad=1, score=1.0,
        evidence=[evidence_for(document, "The two foreign ministers met in Santiago in 2011.")],
    )  # fmt: skip
    return [aid, meeting]


@pytest.fixture
def store() -> Iterator[Store]:
    """An empty in-memory SQLite store."""
    with Store.open("sqlite://") as opened:
        yield opened


@pytest.fixture(scope="session")
def pg_engine() -> Iterator[Engine]:
    """An engine on the test PostgreSQL server; skips when none answers."""
    engine = create_engine(PG_URL, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except Exception as error:
        engine.dispose()
        reason = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {reason}")
    yield engine
    engine.dispose()


@pytest.fixture
def pg_url(pg_engine: Engine) -> Iterator[str]:
    """A database URL whose tables live in a fresh schema, dropped afterwards."""
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with pg_engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with pg_engine.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def pg_store(pg_url: str) -> Iterator[Store]:
    """An empty store on PostgreSQL (skips when no server answers)."""
    with Store.open(pg_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The NLP, resolution and extraction stages, built once per session (spaCy loads slowly)."""
    from diplograph.pipeline import Pipeline

    return Pipeline()
