"""Precision and recall of the control statements, per wording, on our own captions.

``benchmarks/accuracy_control/captions.jsonl`` holds captions written for this benchmark in
the wordings of agency captions (none is copied from a published one), each with its kind of
wording and the statements a careful reader takes from it: ``place_id`` and ``controller``.
A caption that makes no statement (hedged, negated, or about another thing) expects none.

The captions go through the whole pipeline (``read_gallery`` -> ``locate`` ->
``control_table``); a statement is right when its place and controller are expected for that
caption. Precision: right statements / statements made; recall: expected statements found /
expected statements.

Usage::

    python -m benchmarks.bench_control_accuracy [--verbose]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import pandas as pd

from aleppomap import Gazetteer, locate
from aleppomap.control import control_table
from aleppomap.dates import add_dates

CORPUS = Path(__file__).parent / "accuracy_control" / "captions.jsonl"


def load(path: Path = CORPUS) -> list[dict[str, object]]:
    """The corpus, one dict per caption (``kind``, ``gallery_date``, ``caption``, ``expected``)."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def entries(corpus: list[dict[str, object]]) -> pd.DataFrame:
    """The corpus as an entries table (one gallery per caption, so that each has its date)."""
    rows = []
    for i, item in enumerate(corpus, start=1):
        rows.append(
            {
                "gallery": f"control-{i:03d}",
                "gallery_title": "control wordings",
                "gallery_intro": "",
                "gallery_date": item["gallery_date"],
                "entry": i,
                "caption": item["caption"],
                "credit": "",
                "photographers": [],
                "agencies": [],
                "source": CORPUS.name,
                "line": i,
            }
        )
    return add_dates(pd.DataFrame(rows))


def score(
    corpus: list[dict[str, object]], statements: pd.DataFrame
) -> tuple[dict[str, list[int]], list[str]]:
    """Per kind: [right, made, found, expected]; and the lines that describe each miss."""
    made: dict[int, set[tuple[str, str]]] = defaultdict(set)
    for entry, place, controller in zip(
        statements["entry"], statements["place_id"], statements["controller"], strict=True
    ):
        made[int(entry)].add((str(place), str(controller)))
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    notes: list[str] = []
    for i, item in enumerate(corpus, start=1):
        expected_items = item["expected"]
        assert isinstance(expected_items, list)
        expected = {(str(e["place_id"]), str(e["controller"])) for e in expected_items}
        got = made.get(i, set())
        c = counts[str(item["kind"])]
        c[0] += len(got & expected)
        c[1] += len(got)
        c[2] += len(got & expected)
        c[3] += len(expected)
        if got != expected:
            notes.append(
                f"[{item['kind']}] {item['caption']}\n    expected {sorted(expected)}\n"
                f"    got      {sorted(got)}"
            )
    return counts, notes


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main(argv: list[str] | None = None) -> None:
    """Print precision and recall per kind of wording (and the misses with ``--verbose``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    corpus = load()
    events = locate(entries(corpus), Gazetteer.load(), workers=1)
    statements = control_table(events)
    counts, notes = score(corpus, statements)
    print(f"{'kind':<18}{'captions':>9}{'precision':>11}{'recall':>8}   right/made  found/expected")
    per_kind = defaultdict(int)
    for item in corpus:
        per_kind[str(item["kind"])] += 1
    total = [0, 0, 0, 0]
    for kind in sorted(counts):
        c = counts[kind]
        total = [t + x for t, x in zip(total, c, strict=True)]
        print(
            f"{kind:<18}{per_kind[kind]:>9}{_ratio(c[0], c[1]):>11}{_ratio(c[2], c[3]):>8}"
            f"   {c[0]:>4}/{c[1]:<5}  {c[2]:>4}/{c[3]}"
        )
    print(
        f"{'all':<18}{len(corpus):>9}{_ratio(total[0], total[1]):>11}"
        f"{_ratio(total[2], total[3]):>8}   {total[0]:>4}/{total[1]:<5}  {total[2]:>4}/{total[3]}"
    )
    if args.verbose:
        print()
        print("\n".join(notes))


if __name__ == "__main__":
    main()
