"""How fast the store takes events: 10,000 events into a fresh SQLite file.

Two ways in: ``add_events`` (bulk load, one transaction per 2,000 events) and
``add_document`` (ingest: one transaction per document of 10 events, with mentions).
Run: ``.venv/bin/python bench/bench_store.py [N] [--db URL]``; prints events per second.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from diplograph.records import ActorRef, Document, Event, Evidence, Mention, PartialDate
from diplograph.store import Store

STATES = ("KAZ", "RUS", "CHN", "USA", "TUR", "EGY", "SAU", "UZB", "IRN", "DEU")
TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "SUPPORT", "HOSTS", "INVESTS")
PER_DOCUMENT = 10
FIRST_DAY = date(1992, 1, 1).toordinal()


def make_document(number: int) -> tuple[Document, list[Event], list[Mention]]:
    """A synthetic document with PER_DOCUMENT events, each with its own sentence."""
    sentences = [f"Report {number}, fact {i}: the two sides acted." for i in range(PER_DOCUMENT)]
    document = Document(text=" ".join(sentences), source=f"bench/{number}.txt", title=str(number))
    events, mentions, offset = [], [], 0
    for i, sentence in enumerate(sentences):
        k = number * PER_DOCUMENT + i
        source = ActorRef(STATES[k % 10], STATES[k % 10], "state", text="the two sides")
        target = ActorRef(STATES[(k // 10) % 10], STATES[(k // 10) % 10], "state")
        evidence = Evidence(document.id, sentence, offset, offset + len(sentence))
        when = PartialDate.parse(date.fromordinal(FIRST_DAY + k))  # distinct: no merges
        events.append(
            Event(TYPES[k % 7], source, target, contexts=["economic"], date=when,
                  confidence=0.7, extractor="bench.v1", evidence=[evidence])
        )  # fmt: skip
        mentions.append(Mention("the two sides", offset + 20, offset + 33, source.id, "state"))
        offset += len(sentence) + 1
    return document, events, mentions


def bench_add_document(url: str, n_events: int) -> float:
    batches = [make_document(i) for i in range(n_events // PER_DOCUMENT)]
    with Store.open(url) as store:
        started = time.perf_counter()
        for document, events, mentions in batches:
            store.add_document(document, events, mentions)
        elapsed = time.perf_counter() - started
        assert store.counts()["events"] == n_events
    return n_events / elapsed


def bench_add_events(url: str, n_events: int) -> float:
    events = [e for i in range(n_events // PER_DOCUMENT) for e in make_document(i)[1]]
    with Store.open(url) as store:
        started = time.perf_counter()
        store.add_events(events)
        elapsed = time.perf_counter() - started
        assert store.counts()["events"] == n_events
    return n_events / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=10_000)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name, bench in (("add_events", bench_add_events), ("add_document", bench_add_document)):
            url = args.db or f"sqlite:///{Path(folder) / name}.db"
            rate = bench(url, args.n)
            print(f"{name:>12}: {args.n} events, {rate:,.0f} events/s")


if __name__ == "__main__":
    main()
