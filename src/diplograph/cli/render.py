"""Plain-text rendering for the command line: tables, summaries, a progress bar."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tqdm import tqdm


@contextmanager
def progress(paths: Sequence[str]) -> Iterator[Callable[[Any], None]]:
    """A progress bar on a terminal (stderr), nothing otherwise."""
    if not sys.stderr.isatty():
        yield lambda _item: None
        return
    with tqdm(desc="ingest", unit="doc", file=sys.stderr) as bar:
        yield lambda _item: bar.update(1)


def ingest_summary(report: Any) -> str:
    parts = [f"{len(report.added)} documents added", f"{report.events} events"]
    if report.merged:
        parts.append(f"{report.merged} merged with events already stored")
    if report.skipped:
        parts.append(f"{len(report.skipped)} already stored (skipped)")
    if report.failed:
        parts.append(f"{len(report.failed)} failed")
    return ", ".join(parts)


def _actor(ref: dict[str, Any] | None) -> str:
    return ref["id"] if ref else "-"


def events_table(records: Sequence[dict[str, Any]], width: int = 70) -> str:
    if not records:
        return "no events"
    lines = [f"{'date':<10} {'type':<10} {'source':<16} {'target':<16} {'modality':<9} evidence"]
    for record in records:
        sentence = record["evidence"][0]["sentence"] if record["evidence"] else ""
        sentence = sentence if len(sentence) <= width else sentence[: width - 1] + "…"
        lines.append(
            f"{record['date'] or '-':<10} {record['type']:<10} {_actor(record['source']):<16} "
            f"{_actor(record['target']):<16} {record['modality']:<9} {sentence}"
        )
    return "\n".join(lines)


def vector_table(report: Any) -> str:
    names = report.vectors
    header = f"{'year':<8}" + "".join(f"{name[:12]:>13}" for name in names) + f"{'balance':>9}"
    lines = [f"Multi-vector balance of {report.focal}: events (share of cooperation)", header]
    for row in report.rows:
        shares = row.shares()
        cells = "".join(f"{row.events[name]:>5} ({shares.get(name, 0):>4.0%})" for name in names)
        lines.append(f"{row.year:<8}{cells}{abs(row.balance()):>9.2f}")
    if not report.rows:
        lines.append("(no events with a partner in these vectors yet)")
    return "\n".join(lines)


def actors_table(found: Sequence[Any]) -> str:
    if not found:
        return "no actors match"
    return "\n".join(f"{actor.id:<28} {actor.kind:<13} {actor.name}" for actor in found)


def resolution(found: Any) -> str:
    lines = [f"{found.id}  ({found.kind})  {found.name}"]
    if found.acts_for:
        lines.append(f"acts for: {found.acts_for}")
    lines.append(f"matched:  {found.matched}")
    lines.append(f"why:      {found.why}")
    return "\n".join(lines)


def demo_summary(
    report: Any, counts: dict[str, int], records: list[dict[str, Any]], vectors: Any, url: str
) -> str:
    by_type = Counter(record["type"] for record in records)
    lines = [
        "diplograph demo: the bundled sample corpus",
        f"  documents: {counts.get('documents', 0)}   events: {counts.get('events', 0)}   "
        f"evidence: {counts.get('evidence', 0)}   mentions: {counts.get('mentions', 0)}",
        "  by type: " + ", ".join(f"{name} {count}" for name, count in by_type.most_common()),
        "",
        events_table(records, width=60),
        "",
        vector_table(vectors),
        "",
        f"Stored in {url}. Try: diplograph events --db {url} --actor KAZ --type HOSTS",
    ]
    if report.failed:
        lines.insert(
            1, f"  ({len(report.failed)} files failed: {'; '.join(map(str, report.failed))})"
        )
    return "\n".join(lines)


def resolution_accuracy(correct: int, total: int, failures: Sequence[Any]) -> str:
    share = correct / total if total else 0.0
    lines = [f"{correct}/{total} mentions resolved correctly ({share:.1%})"]
    for failure in failures:
        row = failure.row
        lines.append(
            f"  {row['mention']!r} on {row.get('on') or '-'}: expected {row['expected']}, "
            f"got {failure.got or 'nothing'} ({failure.why or 'no match'})"
        )
    return "\n".join(lines)
