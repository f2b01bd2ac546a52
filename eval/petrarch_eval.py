"""Score diplograph on the PETRARCH unit-test records (standard coded sentences).

Run: ``PYTHONPATH=src .venv/bin/python eval/petrarch_eval.py [--gold petr2|petr1] [--misses]``

Method
------
* Records: ``unittest_gold_summary.tsv`` (284 one-sentence records) in
  ``/work/shared/reference/petrarch_validation`` (``--dir``). Each sentence is one
  ``Document`` dated by the record and run through ``Pipeline`` (``process_many``, the batched
  form of ``process``).
* Gold: ``--gold petr2`` (default) is the coding under the operational CAMEO 2.0 dictionaries,
  whose codes mean what CAMEO says; ``petr1`` is the validation suite's own verb dictionary,
  where several codes are test markers (9xx, 345, 802) or arbitrary (064 for restored ties).
* Types: CAMEO codes become PLOVER types by ``CAMEO2PLOVER-2021.txt`` (longest listed code
  prefix: ``174L`` -> ``174``). A gold event whose code has no PLOVER type (CAMEO 01x
  statements, 02x appeals, test markers) is not scored: a prediction on the same actor pair is
  neither a hit nor a false positive.
* Actors: the suite's actors (mostly fictional: Arnor, Gondor...) are known for this run only.
  Each actor-file entry is a name with a CAMEO code, optionally date-restricted; the first
  three letters of the code are the actor (``GOV``/``MIL`` agents are sectors and are
  ignored). Entries whose names the packaged registry already knows by an exact alias (Japan
  ``[JAP]``, Egypt ``[UAR]``) map that code to the registry's actor; the others become
  ``PETR:XXX`` actors added to an in-memory copy of the packaged registry data (nothing is
  written to the package); names the dictionary gives a real actor ("The Hermit Kingdom"
  for North Korea, "K.U." coded USA) are added to it the same way. Names without a trailing
  ``_`` are stems in PETRARCH (``BULGAR``, ``ERIADOR``): each is expanded to the capitalised
  words of the test texts that start with it (stems of at least four letters). Gold codes the
  actor file does not define (``---`` = no country, quoted raw strings) stay unmatched and
  count as misses.
* Predictions: as diplograph's own scorer (``is_scored``), asserted events and planned ones of
  the intent types (AGREE, THREATEN, CONCEDE, HOSTS); negated and hypothetical ones are not
  predictions.
* Matching: events are sets of (source, target, type), one-to-one. A gold pair coded in both
  directions with the same type (``A|B|040;B|A|040``) is one reciprocal item that a
  prediction in either direction satisfies; otherwise direction counts. Type accuracy is
  over predictions whose (source, target) equals some scorable gold pair (either order).
* The petr2 column codes every "Fornost" as ``ARN`` (Arnor): for that gold Fornost is
  registered as that actor (``DICTIONARY_CHANGES``).
* Records flagged ``noevents`` and story or sentence discards (errors in the XML): every prediction is a false
  positive. Records whose error is ``bad_input_parse`` (read from the XML) are skipped: the
  fault is in the supplied parse tree, which diplograph does not use, and their text repeats
  a scored DEMO sentence.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from typing import Any

from diplograph.evaluate.scorer import is_scored
from diplograph.pipeline import Pipeline
from diplograph.records import Document, PartialDate
from diplograph.resolve.actors import Actor, Alias, Span
from diplograph.resolve.loader import load_directory
from diplograph.resolve.matching import normalise
from diplograph.resolve.registry import Registry, data_directory

SUITE = Path("/work/shared/reference/petrarch_validation")
CAMEO_TABLE = Path("/work/shared/reference/CAMEO2PLOVER-2021.txt")
GOLD_COLUMNS = {"petr1": "expected_events_petr1", "petr2": "expected_events_petr2_dicts"}
REAL_KINDS = frozenset({"state", "igo", "organisation", "group"})
UNKNOWN = "?"
DISCARDS = frozenset({"storydiscard", "sentencediscard"})
# The PETRARCH2 run behind the petr2 column coded every "Fornost" as ARN (14 of 14 records),
# so its actor dictionary differed from the suite's there; score petr2 against that mapping.
DICTIONARY_CHANGES = {"petr2": {"FORNOST": "ARN"}}
MIN_STEM = 4  # shorter stems ("KU") would swallow unrelated words ("Kuwait")
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG"})

Triple = tuple[str, str | None, str]


# -- CAMEO -> PLOVER ------------------------------------------------------------------------
def cameo_table(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, from lines like ``0871: RETREAT, ceasefire, military``."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        found = re.match(r"(\d{2,4}):\s*([A-Z]+)", line)
        if found:
            table.setdefault(found.group(1), found.group(2))
    return table


def plover_type(code: str, table: dict[str, str]) -> str | None:
    """The type of the longest listed prefix of ``code`` (at least the two-digit root)."""
    digits = re.match(r"\d+", code)
    if not digits:
        return None
    code = digits.group()
    for end in range(len(code), 1, -1):
        if code[:end] in table:
            return table[code[:end]]
    return None


# -- the suite's actor dictionary --------------------------------------------------------------
@dataclass
class Entry:
    """One actor-file entry: its names and its codes, each with an optional date range."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, PartialDate | None, PartialDate | None]] = field(default_factory=list)


def _date(text: str) -> PartialDate:
    text = text.strip()
    if len(text) == 6:  # TABARI's YYMMDD
        text = ("19" if int(text[:2]) >= 30 else "20") + text
    return PartialDate(int(text[:4]), int(text[4:6]), int(text[6:8]))


def _code(block: str) -> tuple[str, PartialDate | None, PartialDate | None]:
    """``HOBGOV 19950601 - 19990815``, ``HOB < 950601``, ``HOBREB > 990816``, ``ZBW``."""
    block = block.split("#")[0].strip()
    code, _, rest = block.partition(" ")
    rest = rest.strip()
    if rest.startswith("<"):
        return code, None, _date(rest[1:])
    if rest.startswith(">"):
        return code, _date(rest[1:]), None
    if "-" in rest:
        start, end = rest.split("-")
        return code, _date(start), _date(end)
    if re.fullmatch(r"[<>]?\d+", code):  # a date with no code: malformed on purpose
        return "", None, None
    return code, None, None


def read_actor_file(path: Path) -> list[Entry]:
    """Entries of a PETRARCH actor dictionary (``NAME [CODE]``, ``+SYNONYM``, dated blocks)."""
    text = re.sub(r"<!--.*?-->|<!.*?>", "", path.read_text(encoding="latin-1"), flags=re.S)
    entries: list[Entry] = []
    for raw in text.splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip():
            continue
        if line[0] in " \t" or line.startswith("["):
            for block in re.findall(r"\[([^\]]*)\]", line):
                if entries and _code(block)[0]:
                    entries[-1].codes.append(_code(block))
            continue
        if line.startswith("+"):
            if entries:
                entries[-1].names.append(line[1:].strip())
            continue
        name, _, codes = line.partition("[")
        entry = Entry([name.strip()])
        if codes:
            code = _code(codes.split("]")[0])
            if code[0]:
                entry.codes.append(code)
        entries.append(entry)
    return entries


def actor_code(code: str) -> str:
    """The actor part of a CAMEO actor code: its first three letters, upper-cased."""
    return code.strip().upper()[:3]


# -- the registry for this run -----------------------------------------------------------------
def surface_forms(name: str, words: set[str]) -> list[tuple[str, bool]]:
    """The texts a dictionary name matches, each flagged when it is a longer derived word.

    ``NEW_ZEALAND`` -> "New Zealand"; a name without a trailing ``_`` is a stem whose last
    word may go on ("ERIADOR" -> "Eriadorian").
    """
    exact = name.endswith("_")
    parts = [part for part in re.split(r"[_ ]+", name.strip("_ ")) if part]
    if not parts:
        return []
    base = " ".join(part.capitalize() for part in parts)
    forms = [(base, False)]
    if not exact and len(parts[-1]) >= MIN_STEM:
        head = " ".join(part.capitalize() for part in parts[:-1])
        stem = parts[-1].lower()
        for word in sorted(words):
            if word.lower().startswith(stem) and word.lower() != stem:
                forms.append(((head + " " + word).strip(), True))
    return forms


def _split_spans(codes: list[tuple[str, PartialDate | None, PartialDate | None]]) -> list:
    """(actor, span) pieces: the first restriction that covers a period wins, then the default."""
    default = next((code for code, start, end in codes if start is None and end is None), "")
    limits = sorted({d for _, start, end in codes for d in (start, end) if d is not None},
                    key=lambda d: d.first_day())  # fmt: skip
    bounds: list[PartialDate | None] = [None, *limits, None]
    pieces: list[tuple[str, Span]] = []
    for start, end in pairwise(bounds):
        span = Span(start, end)
        probe = start or (end and PartialDate(end.year - 50, 1, 1))
        chosen = default
        for code, first, last in codes:
            if (first or last) and Span(first, last).covers(probe):
                chosen = code
                break
        chosen = actor_code(chosen) if chosen and chosen[0].isalpha() else ""
        if pieces and pieces[-1][0] == chosen:
            pieces[-1] = (chosen, Span(pieces[-1][1].start, end))
        else:
            pieces.append((chosen, span))
    return [(code, span) for code, span in pieces if code]


def build_registry(entries: list[Entry], texts: Iterable[str]) -> tuple[Registry, dict[str, str]]:
    """A registry that also knows the suite's actors, and PETRARCH code -> actor id.

    Codes are keyed both in full (``IGOEEU``) and by their three-letter actor (``ARN``).
    """
    data = load_directory(data_directory())
    known = Registry(data)
    words = {w for text in texts for w in re.findall(r"\b[A-Z][\w-]+", text)}
    code_map: dict[str, str] = {}
    reals = [(entry, _real_actor(entry, known, words)) for entry in entries if entry.codes]
    # Full codes first, then bare three-letter codes, then the actor part of longer codes
    # (not for IGO/NGO/IMG prefixes, which name a kind of organisation, not an actor).
    for entry, real in reals:
        for code, _, _ in entry.codes:
            if real and code[:1].isalpha():
                code_map.setdefault(code.upper(), real)
    for entry, real in reals:
        for code, _, _ in entry.codes:
            if real and code[:1].isalpha() and actor_code(code) not in INTERNATIONAL:
                code_map.setdefault(actor_code(code), real)
    for entry, real in reals:
        if real:
            _teach_synonyms(data, real, entry, known, words)
    fictional: dict[str, dict[tuple, Alias]] = defaultdict(dict)
    for entry, real in reals:
        for code, span in [] if real else _split_spans(entry.codes):
            if code in INTERNATIONAL:
                continue
            if code in code_map and not code_map[code].startswith("PETR:"):
                # A real actor's title, unit or nickname ("K.U." for the USA).
                _teach_synonyms(data, code_map[code], entry, known, words)
                continue
            for name in entry.names:
                for form, derived in surface_forms(name, words):
                    alias = Alias(form, "adjective" if derived else "name", span)
                    if not derived or (form, span) not in fictional[code]:
                        fictional[code][form, span] = alias
    for code, aliases in fictional.items():
        actor_id = f"PETR:{code}"
        code_map[code] = actor_id
        first = next(iter(aliases.values()))
        data.actors[actor_id] = Actor(id=actor_id, kind="state", name=first.name,
                                      aliases=tuple(aliases.values()), source="petrarch")  # fmt: skip
    return Registry(data), code_map


def _teach_synonyms(data: Any, actor_id: str, entry: Entry, known: Registry,
                    words: set[str]) -> None:  # fmt: skip
    """Names the dictionary gives a real actor that the registry lacks ("The Hermit Kingdom")."""
    actor = data.actors[actor_id]
    new = [Alias(form, "variant") for name in entry.names
           for form, derived in surface_forms(name, words)
           if not derived and not known.alias_index.exact(normalise(form))]  # fmt: skip
    if new:
        data.actors[actor_id] = replace(actor, aliases=(*actor.aliases, *new))


def _real_actor(entry: Entry, known: Registry, words: set[str]) -> str | None:
    """The packaged actor an entry's names exactly mean (places and fuzzy matches do not count)."""
    votes: Counter[str] = Counter()
    for name in entry.names:
        for form, _ in surface_forms(name, words):
            for alias in known.alias_index.exact(normalise(form)):
                if alias.place is None and known.kind_of(alias.actor_id) in REAL_KINDS:
                    votes[alias.actor_id] += 1
    return votes.most_common(1)[0][0] if votes else None


# -- records and scoring -----------------------------------------------------------------------
@dataclass
class Record:
    id: str
    category: str
    date: PartialDate
    text: str
    gold: set[Triple]
    unscored_pairs: set[frozenset]
    negative: bool  # noevents or a story discard: any prediction is wrong


def read_records(directory: Path, column: str, table: dict[str, str],
                 code_map: dict[str, str]) -> list[Record]:  # fmt: skip
    """The TSV records with gold mapped to (source id, target id, PLOVER type)."""
    xml = (directory / "PETR.UnitTest.records.xml").read_text(encoding="latin-1")
    errors = {}
    for block in xml.split("<Sentence ")[1:]:
        found = re.search(r'id="([^"]+)".*?error="(\w+)"', block.split("<Text>")[0], re.S)
        if found:
            errors[found.group(1)] = found.group(2)
    records = []
    with (directory / "unittest_gold_summary.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if errors.get(row["id"]) == "bad_input_parse":
                continue
            gold: set[Triple] = set()
            unscored: set[frozenset] = set()
            for item in filter(None, html.unescape(row[column]).split(";")):
                *actors, code = item.split("|")
                if len(actors) != 2:
                    actors = [UNKNOWN, UNKNOWN]
                source, target = (_actor_id(a, code_map) for a in actors)
                kind = plover_type(code, table)
                if kind is None:
                    unscored.add(frozenset((source, target)))
                else:
                    gold.add((source, target, kind))
            date = PartialDate.parse(f"{row['date'][:4]}-{row['date'][4:6]}-{row['date'][6:8]}")
            negative = bool(row["flags"]) or errors.get(row["id"]) in DISCARDS
            records.append(Record(row["id"], row["category"].rstrip("x"), date,  # type: ignore[arg-type]
                                  row["text"], set() if negative else gold, unscored,
                                  negative))  # fmt: skip
    return records


def _actor_id(code: str, code_map: dict[str, str]) -> str:
    code = code.strip().strip('"').upper()
    return code_map.get(code) or code_map.get(actor_code(code)) or UNKNOWN + code


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    typed: int = 0  # predictions on a gold pair
    typed_right: int = 0

    def add(self, other: Score) -> None:
        for name in ("tp", "fp", "fn", "typed", "typed_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        acc = f"{self.typed_right}/{self.typed}" if self.typed else "-"
        return (f"{label:<10} tp={self.tp:<4} fp={self.fp:<4} fn={self.fn:<4} "
                f"P={p:.3f} R={r:.3f} F1={f:.3f}  type-acc={acc}")  # fmt: skip


def score(record: Record, predicted: set[Triple]) -> tuple[Score, list[Triple], list[Triple]]:
    """One record: counts, unmatched gold (misses) and unmatched predictions (false alarms)."""
    items = _gold_items(record.gold)
    left = list(predicted)
    matched: list[Triple] = []
    misses: list[Triple] = []
    for options in items:
        hit = next((p for p in left if p in options), None)
        if hit is None:
            misses.append(options[0])
        else:
            left.remove(hit)
            matched.append(hit)
    pairs = {frozenset((s, t)) for s, t, _ in record.gold}
    false = [p for p in left if frozenset((p[0], p[1])) not in record.unscored_pairs]
    result = Score(tp=len(matched), fp=len(false), fn=len(misses))
    for s, t, kind in predicted:
        if frozenset((s, t)) in pairs:
            result.typed += 1
            result.typed_right += any(frozenset((gs, gt)) == frozenset((s, t)) and gk == kind
                                      for gs, gt, gk in record.gold)  # fmt: skip
    return result, misses, false


def _gold_items(gold: set[Triple]) -> list[list[Triple]]:
    """Gold events as match options; mirrored pairs of one type are one reciprocal item."""
    items: list[list[Triple]] = []
    seen: set[Triple] = set()
    for source, target, kind in sorted(gold, key=str):
        if (source, target, kind) in seen:
            continue
        mirror = (target, source, kind)
        if mirror in gold and mirror != (source, target, kind):
            seen.add(mirror)
            items.append([(source, target, kind), mirror])
        else:
            items.append([(source, target, kind)])
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, default=SUITE)
    parser.add_argument("--table", type=Path, default=CAMEO_TABLE)
    parser.add_argument("--gold", choices=sorted(GOLD_COLUMNS), default="petr2")
    parser.add_argument("--misses", action="store_true", help="list records with errors")
    args = parser.parse_args(argv)
    started = time.time()
    table = cameo_table(args.table)
    rows = list(csv.DictReader((args.dir / "unittest_gold_summary.tsv").open(encoding="utf-8"),
                               delimiter="\t"))  # fmt: skip
    entries = read_actor_file(args.dir / "PETR.Validate.actors.txt")
    for entry in entries:
        changed = DICTIONARY_CHANGES.get(args.gold, {}).get(entry.names[0])
        if changed:
            entry.codes = [(changed, None, None)]
    registry, code_map = build_registry(entries, (row["text"] for row in rows))
    records = read_records(args.dir, GOLD_COLUMNS[args.gold], table, code_map)
    pipeline = Pipeline(registry=registry)
    documents = [Document(r.text, source=f"petrarch:{r.id}", date=r.date) for r in records]
    total = Score()
    by_category: dict[str, Score] = defaultdict(Score)
    report: list[str] = []
    for record, processed in zip(records, pipeline.process_many(documents), strict=True):
        predicted = {(e.source.id if e.source else UNKNOWN, e.target.id if e.target else None,
                      e.type) for e in processed.events
                     if is_scored({"modality": e.modality, "type": e.type})}  # fmt: skip
        result, misses, false = score(record, predicted)
        total.add(result)
        by_category[record.category].add(result)
        if args.misses and (misses or false):
            report.append(f"{record.id} [{record.category}] {record.text}\n"
                          f"    gold: {_show(record.gold)}\n    pred: {_show(predicted)}\n"
                          f"    FN: {_show(misses)}  FP: {_show(false)}")  # fmt: skip
    if report:
        print("\n".join(report), end="\n\n")
    print(f"PETRARCH unit tests, gold={args.gold}: {len(records)} records "
          f"({time.time() - started:.0f}s)")  # fmt: skip
    for category in sorted(by_category):
        print(by_category[category].line(category))
    print(total.line("OVERALL"))
    return 0


def _show(events: Iterable[Triple]) -> str:
    return "; ".join(f"{s}>{t} {k}" for s, t, k in sorted(events, key=str)) or "-"


if __name__ == "__main__":
    sys.exit(main())
