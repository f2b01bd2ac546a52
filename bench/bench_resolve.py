"""Prints how many mentions per second ``Registry.resolve`` and ``find_mentions`` handle.

Run: ``.venv/bin/python bench/bench_resolve.py``. Caching is defeated for resolve() by
asking each name on many distinct dates.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from diplograph.resolve.matching import normalise
from diplograph.resolve.registry import Registry

ROWS = Path(__file__).parent.parent / "tests" / "resolution_set.jsonl"
PARAGRAPH = (
    "The Republic of Kazakhstan and the Russian Federation signed a treaty in Astana, while "
    "the Kremlin and Beijing welcomed the move. The Organization of the Islamic Conference "
    "(OIC) and the Shanghai Cooperation Organisation met in Tashkent; Muslim and Western "
    "countries, in particular Arab ones, promised investment. Kazakh, Uzbek and Kyrgyz "
    "officials met U.S. envoys in Washington and the EU in Brussels. "
)


def bench_resolve(registry: Registry, names: list[str], rounds: int = 20) -> float:
    start = time.perf_counter()
    for round_number in range(rounds):
        on = f"{1995 + round_number}-0{1 + round_number % 9}"
        for name in names:
            registry.resolve(name, on)
    return rounds * len(names) / (time.perf_counter() - start)


def bench_scan(registry: Registry, rounds: int = 200) -> tuple[float, float]:
    count = len(registry.find_mentions(PARAGRAPH, "2011"))
    start = time.perf_counter()
    for _ in range(rounds):
        registry.find_mentions(PARAGRAPH, "2011")
    elapsed = time.perf_counter() - start
    return rounds * count / elapsed, rounds * PARAGRAPH.count(". ") / elapsed


def main(directory: str | None = None) -> None:
    start = time.perf_counter()
    registry = Registry.from_directory(directory) if directory else Registry.default()
    print(f"load: {time.perf_counter() - start:.2f} s, {len(registry.alias_index)} alias keys")
    rows = [json.loads(line) for line in ROWS.read_text(encoding="utf-8").splitlines() if line]
    names = [row["mention"] for row in rows]
    registry.place("Lahore")  # load the GeoNames cities before timing
    exact = [name for name in names if registry.alias_index.exact(normalise(name))]
    print(f"resolve() exact names: {bench_resolve(registry, exact):,.0f} mentions/s")
    print(
        f"resolve() all, fuzzy and places included: {bench_resolve(registry, names, 3):,.0f} "
        "mentions/s"
    )
    mentions, sentences = bench_scan(registry)
    print(f"find_mentions(): {mentions:,.0f} mentions/s, {sentences:,.0f} sentences/s")


if __name__ == "__main__":
    import sys

    main(sys.argv[1] if len(sys.argv) > 1 else None)
