"""The store's behaviour, checked once and run on SQLite and (when a server answers) PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import evidence_for

from diplograph.errors import NotFoundError, StoreError, UsageError
from diplograph.records import ActorRef, Document, Event, PartialDate
from diplograph.store import AddResult, Store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request: pytest.FixtureRequest) -> Store:
    return request.getfixturevalue("store" if request.param == "sqlite" else "pg_store")


@pytest.fixture
def second_report() -> tuple[Document, Event]:
    """Another document reporting the Norway-Chile aid of March 2010."""
    sentence = "In March 2010 Oslo shipped relief supplies to Chile."
    document = Document(text=sentence + " More was promised.", source="https://example.org/2")
    norway = ActorRef("NOR", "Norway", "state", text="Oslo")
    chile = ActorRef("CHL", "Chile", "state", text="Chile")
    event = Event(
        "AID", norway, chile, date=PartialDate(2010, 3), confidence=0.9, extractor="test.v1",
        evidence=[evidence_for(document, sentence)],
    )  # fmt: skip
    return document, event


def test_add_document_is_idempotent(any_store: Store, document, events) -> None:
    first = any_store.add_document(document, events)
    again = any_store.add_document(document, events)
    assert first == AddResult(document.id, True, 2, 0)
    assert again == AddResult(document.id, False, 0, 0)
    assert any_store.has_document(document.id)
    assert any_store.counts() == {
        "documents": 1,
        "events": 2,
        "evidence": 2,
        "mentions": 0,
        "actors": 2,
    }


def test_same_event_in_two_documents_is_one_event(
    any_store: Store, document, events, second_report
) -> None:
    any_store.add_document(document, events)
    other, report = second_report
    result = any_store.add_document(other, [report])
    assert (result.events_added, result.events_merged) == (0, 1)
    (aid,) = any_store.events(type="AID")
    assert [piece["document_id"] for piece in aid["evidence"]] == [document.id, other.id]
    assert aid["confidence"] == 0.9  # the surest report
    assert aid["document"]["id"] == document.id  # the first to report it
    assert any_store.counts()["evidence"] == 3


def test_a_failed_document_leaves_nothing_behind(
    any_store: Store, document, events, second_report, monkeypatch
) -> None:
    any_store.add_document(document, events)

    def fail(*args: object) -> None:
        raise RuntimeError("disk on fire")

    # Fails after the document row and the events were written in the same transaction.
    monkeypatch.setattr("diplograph.store.writing._insert_evidence", fail)
    other, report = second_report
    with pytest.raises(StoreError, match="rolled back: disk on fire"):
        any_store.add_document(other, [report])
    assert not any_store.has_document(other.id)
    assert any_store.counts()["documents"] == 1
    assert any_store.counts()["evidence"] == 2
    assert any_store.events(type="AID")[0]["confidence"] == 0.8


def test_a_batch_of_documents_is_stored_and_a_bad_one_costs_only_itself(
    any_store: Store, document, events, second_report, monkeypatch
) -> None:
    other, report = second_report
    results = any_store.add_documents([(document, events, []), (other, [report], [])])
    assert [r.new for r in results if isinstance(r, AddResult)] == [True, True]
    assert any_store.counts()["documents"] == 2

    third = Document(text="Chile thanked Norway.", source="https://example.org/3")
    fourth = Document(text="Norway thanked Chile.", source="https://example.org/4")
    real_add = __import__("diplograph.store.database", fromlist=["_add"])._add

    def fail_on_fourth(doc, *args):  # type: ignore[no-untyped-def]
        if doc.id == fourth.id:
            raise RuntimeError("disk on fire")
        return real_add(doc, *args)

    monkeypatch.setattr("diplograph.store.database._add", fail_on_fourth)
    third_result, fourth_result = any_store.add_documents([(third, [], []), (fourth, [], [])])
    assert isinstance(third_result, AddResult) and third_result.new
    assert isinstance(fourth_result, StoreError) and "disk on fire" in str(fourth_result)
    assert any_store.has_document(third.id) and not any_store.has_document(fourth.id)


def test_stored_documents_answers_for_many_ids_at_once(
    any_store: Store, document, events, monkeypatch
) -> None:
    any_store.add_document(document, events)
    monkeypatch.setattr("diplograph.store.database.ID_CHUNK", 2)  # several chunks
    asked = ["nope-1", document.id, "nope-2", "nope-3", document.id]
    assert any_store.stored_documents(asked) == {document.id}
    assert any_store.stored_documents([]) == set()


def test_replace_document_events_drops_unsupported_events(
    any_store: Store, document, events
) -> None:
    any_store.add_document(document, events)
    aid, _meeting = events
    renewed = dataclasses.replace(aid, extractor="test.v2", confidence=0.95)
    result = any_store.replace_document_events(document.id, [renewed], extractor="test.v2")
    assert (result.events_added, result.new) == (1, False)
    (only,) = any_store.events()
    assert (only["type"], only["extractor"], only["confidence"]) == ("AID", "test.v2", 0.95)
    assert any_store.counts()["events"] == 1


def test_replace_events_of_unknown_document_raises(any_store: Store, events) -> None:
    with pytest.raises(NotFoundError):
        any_store.replace_document_events("sha256:nope", events, extractor="test.v2")


def test_curation_survives_re_extraction(any_store: Store, document, events) -> None:
    any_store.add_document(document, events)
    aid_id = events[0].id
    edits = {"type": "SUPPORT", "contexts": ["economic"], "date": "2010-04"}
    any_store.curate(aid_id, status="edited", edits=edits, analyst="ana", note="checked")
    fresh = [dataclasses.replace(event, id="") for event in events]
    any_store.replace_document_events(document.id, fresh, extractor="test.v2")
    record = any_store.get_event(aid_id)
    assert (record["status"], record["type"], record["contexts"]) == (
        "edited",
        "SUPPORT",
        ["economic"],
    )
    assert record["date"] == "2010-04"
    assert any_store.events(type="SUPPORT", since="2010-04", until="2010-04") == [record]


def test_curation_survives_another_report(
    any_store: Store, document, events, second_report
) -> None:
    any_store.add_document(document, events)
    any_store.curate(events[0].id, status="confirmed")
    any_store.add_document(document, events)
    other, report = second_report
    any_store.add_document(other, [report])
    assert any_store.get_event(events[0].id)["status"] == "confirmed"


def test_curate_actor_edit_uses_stored_names(any_store: Store, document, events) -> None:
    any_store.add_document(document, events)
    any_store.upsert_actors([("PER", "state", "Peru")])
    record = any_store.curate(events[0].id, status="edited", edits={"target_id": "PER"})
    assert record["target"] == {
        "id": "PER",
        "name": "Peru",
        "kind": "state",
        "text": "Chile",  # the words of the text stay
        "sector": None,
        "person": None,
    }
    assert any_store.events(dyad=("PER", "NOR"))[0]["id"] == events[0].id


def test_curate_extracted_restores_the_extracted_values(any_store: Store, document, events) -> None:
    any_store.add_document(document, events)
    before = any_store.get_event(events[0].id)
    any_store.curate(events[0].id, status="edited", edits={"type": "SUPPORT", "location": None})
    any_store.curate(events[0].id, status="edited", edits={"type": "AGREE", "source": "CHL"})
    assert any_store.curate(events[0].id, status="extracted") == before


def test_rejected_events_are_hidden_unless_asked(any_store: Store, document, events) -> None:
    any_store.add_document(document, events)
    any_store.curate(events[1].id, status="rejected", note="not a meeting")
    assert [r["id"] for r in any_store.events()] == [events[0].id]
    assert len(any_store.events(include_rejected=True)) == 2
    assert [r["status"] for r in any_store.events(status="rejected")] == ["rejected"]


@pytest.mark.parametrize(
    ("status", "edits", "error"),
    [
        ("approved", None, UsageError),
        ("edited", {"weather": "sunny"}, UsageError),
        ("edited", {"type": "HUG"}, UsageError),
        ("edited", {"date": "March 2010"}, UsageError),
    ],
)
def test_curate_rejects_bad_input(any_store: Store, document, events, status, edits, error):
    any_store.add_document(document, events)
    with pytest.raises(error):
        any_store.curate(events[0].id, status=status, edits=edits)


def test_curate_unknown_event_raises(any_store: Store) -> None:
    with pytest.raises(NotFoundError):
        any_store.curate("ev_missing", status="confirmed")
    with pytest.raises(NotFoundError):
        any_store.get_event("ev_missing")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["AID", "CONSULT", "REQUEST"]),
        ({"actor": "NOR"}, ["AID", "CONSULT"]),
        ({"actor": "PER"}, ["REQUEST"]),
        ({"dyad": ("NOR", "CHL")}, ["AID", "CONSULT"]),
        ({"dyad": ("CHL", "NOR")}, ["AID", "CONSULT"]),
        ({"dyad": ("CHL", "PER")}, []),
        ({"type": "consult"}, ["CONSULT"]),
        ({"context": "disaster"}, ["AID"]),
        ({"since": "2010-06"}, ["CONSULT"]),
        ({"since": "2011-06", "until": "2011-06"}, ["CONSULT"]),  # "2011" overlaps June 2011
        ({"until": "2010"}, ["AID"]),
        ({"since": "2010-03-31", "until": "2010-03-31"}, ["AID"]),
        ({"limit": 1}, ["AID"]),
    ],
)
def test_event_filters(any_store: Store, document, events, filters, expected) -> None:
    undated = Event("REQUEST", ActorRef("PER", "Peru", "state"), None, extractor="test.v1")
    any_store.add_document(document, [*events, undated])
    assert [record["type"] for record in any_store.events(**filters)] == expected


def test_bad_filter_date_is_a_usage_error(any_store: Store) -> None:
    with pytest.raises(UsageError, match="since"):
        any_store.events(since="last spring")


def test_bulk_load_merges_and_counts_new_events(any_store: Store, events, monkeypatch) -> None:
    monkeypatch.setattr("diplograph.store.database.BULK_CHUNK", 1)
    copies = [dataclasses.replace(event, id="") for event in events]
    assert any_store.add_events([*events, *copies]) == 2
    assert any_store.counts()["events"] == 2
    assert any_store.counts()["evidence"] == 2  # the same report twice is one evidence row


def test_export_streams_across_chunks(any_store: Store, document, monkeypatch) -> None:
    monkeypatch.setattr("diplograph.store.reading.CHUNK", 2)
    norway = ActorRef("NOR", "Norway", "state")
    many = [
        Event("CONSULT", norway, None, date=PartialDate(2000 + i), extractor="test.v1")
        for i in range(5)
    ]
    any_store.add_document(document, many)
    records = list(any_store.export_records())
    assert [r["date"] for r in records] == ["2000", "2001", "2002", "2003", "2004"]
    assert all(r["evidence"][0]["document_id"] == document.id for r in records)


def test_documents_lists_event_counts(any_store: Store, document, events) -> None:
    any_store.add_document(document, events)
    assert any_store.documents() == [
        {
            "id": document.id,
            "source": "norway_chile.txt",
            "title": "Norway and Chile",
            "date": "2011-06",
            "format": "text",
            "n_events": 2,
        }
    ]


# -- opening (SQLite; PostgreSQL's own cases are in test_store_postgres.py) ------------------


def test_open_takes_a_plain_path_and_creates_folders(tmp_path, document, events) -> None:
    path = tmp_path / "out" / "x.db"
    with Store.open(str(path)) as opened:
        opened.add_document(document, events)
    with Store.open(f"sqlite:///{path}") as reopened:
        assert reopened.has_document(document.id)


def test_open_explains_an_impossible_path(tmp_path) -> None:
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="cannot create the database file"):
        Store.open(str(tmp_path / "file" / "x.db"))


def test_open_defaults_to_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_DB", str(tmp_path / "env.db"))
    with Store.open():
        pass
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@localhost/db", "only SQLite"),
        ("sqlite+nosuchdriver:///x.db", "unknown database driver"),
        ("postgresql+nosuchdriver://u@localhost/db", "unknown database driver"),
        ("postgresql://u@local host:port/db", "not a database URL"),
    ],
)
def test_open_explains_bad_urls(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store.open(url)


def test_open_names_the_extra_when_the_driver_is_missing(monkeypatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name: str, *args: object, **kwargs: object) -> object:
        if name == "psycopg" or name.startswith("psycopg."):
            raise ModuleNotFoundError("No module named 'psycopg'", name="psycopg")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(StoreError, match=r"diplograph\[postgres\]"):
        Store.open("postgresql://u@127.0.0.1:1/db")


def test_open_refuses_a_newer_schema(tmp_path) -> None:
    from sqlalchemy import insert

    from diplograph.store.rows import utcnow
    from diplograph.store.schema import schema_version

    path = tmp_path / "future.db"
    with Store.open(str(path)) as opened, opened.engine.begin() as conn:
        conn.execute(insert(schema_version).values(version=99, applied_at=utcnow()))
    with pytest.raises(StoreError, match="schema version 99"):
        Store.open(str(path))


def test_a_concurrent_writer_clash_is_retried(any_store: Store, document, events, monkeypatch):
    from diplograph.store import writing

    any_store.add_events(events[:1])
    real = writing._stored_confidences
    calls: list[int] = []

    def blind_once(conn, ids):
        # As if another worker committed the event after this transaction looked.
        calls.append(1)
        return {} if len(calls) == 1 else real(conn, ids)

    monkeypatch.setattr(writing, "_stored_confidences", blind_once)
    result = any_store.add_document(document, events)
    assert (result.events_added, result.events_merged, len(calls)) == (1, 1, 2)


def test_export_records_checks_filters_before_iterating(store: Store) -> None:
    with pytest.raises(UsageError):
        store.export_records(until="someday")
