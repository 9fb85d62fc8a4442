"""Accuracy of places, roles and days on captions written for it, by kind of difficulty.

The captions (``benchmarks/accuracy/captions.jsonl``) are our own sentences in the wording of
agency captions (Reuters, AFP, AP, Anadolu ...), each with the places it names (gazetteer ids
and roles) and the day its photo was taken. They are grouped by kind: ``spelling-*`` (Turkish,
French, German, English, Kurdish habits, Arabic script), ``whole-name`` (a longer name never
loses to a part of it), ``common-noun`` ("the citadel" in a caption about Aleppo),
``mentioned`` (a place named in a background clause), ``elsewhere`` (a caption set outside the
governorate names no place of Aleppo by a weak match), ``plain`` (the seed's wordings) and
``none`` (no place at all).

Scored per kind, from the events table of :func:`aleppomap.locate` after
:func:`aleppomap.dates.add_dates`, as a user's run would make it:

* places: precision (places found that the caption names) and recall (places named that are
  found), over (caption, place id) pairs;
* roles: among the places found and expected, whether the place is where the photo was taken
  (``location``, ``origin``, ``destination``) or only ``mentioned``, as expected;
* days: the entry's day equals the expected one.

    python -m benchmarks.bench_accuracy            # the table
    python -m benchmarks.bench_accuracy --json     # the numbers as JSON
    python -m benchmarks.bench_accuracy --misses   # and every miss, to read
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pandas as pd

CORPUS = Path(__file__).resolve().parent / "accuracy" / "captions.jsonl"


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The annotated captions, in file order."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def entries_of(cases: list[dict[str, Any]]) -> pd.DataFrame:
    """An entries table (the columns of ``read_gallery``) of the captions, one gallery each."""
    n = len(cases)
    return pd.DataFrame(
        {
            "gallery": [f"accuracy-{i}" for i in range(n)],
            "gallery_title": [""] * n,
            "gallery_intro": [""] * n,
            "gallery_date": [c["gallery_date"] for c in cases],
            "entry": [1] * n,
            "caption": [c["caption"] for c in cases],
            "credit": [""] * n,
            "photographers": [[] for _ in range(n)],
            "agencies": [[] for _ in range(n)],
            "source": [CORPUS.name] * n,
            "line": list(range(1, n + 1)),
        }
    )


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def score(cases: list[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Precision, recall, roles and days per kind (and ``all``); and the misses, as text."""
    from aleppomap.dates import add_dates
    from aleppomap.events import locate
    from aleppomap.gazetteer import Gazetteer

    entries = add_dates(entries_of(cases))
    events = locate(entries, Gazetteer.load(), workers=1)
    found: dict[int, dict[str, str]] = defaultdict(dict)
    for gallery, place, role, located in zip(
        events["gallery"], events["place_id"], events["role"], events["located"], strict=True
    ):
        if located and isinstance(place, str):
            found[int(str(gallery).rsplit("-", 1)[1])].setdefault(place, str(role))
    days = list(entries["date"])
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: list[str] = []
    for i, case in enumerate(cases):
        expected = dict(case["places"])
        got = found.get(i, {})
        hits = expected.keys() & got.keys()
        roles_right = sum((expected[p] == "mentioned") == (got[p] == "mentioned") for p in hits)
        day_right = days[i] == case["day"]
        for kind in (case["kind"], "all"):
            c = counts[kind]
            c["captions"] += 1
            c["expected"] += len(expected)
            c["found"] += len(got)
            c["hits"] += len(hits)
            c["roles"] += len(hits)
            c["roles_right"] += roles_right
            c["days_right"] += day_right
        if hits != expected.keys() or hits != got.keys() or roles_right < len(hits):
            misses.append(
                f"[{case['kind']}] {case['caption']}\n  expected {expected}\n  found {got}"
            )
        if not day_right:
            misses.append(f"[{case['kind']}] day {days[i]!r}, expected {case['day']}")
    table = {
        kind: {
            "captions": c["captions"],
            "precision": _ratio(c["hits"], c["found"]),
            "recall": _ratio(c["hits"], c["expected"]),
            "places": f"{c['hits']}/{c['expected']} found, {c['found'] - c['hits']} wrong",
            "roles": _ratio(c["roles_right"], c["roles"]),
            "days": _ratio(c["days_right"], c["captions"]),
        }
        for kind, c in sorted(counts.items(), key=lambda kv: (kv[0] == "all", kv[0]))
    }
    return table, misses


def markdown(table: dict[str, dict[str, Any]]) -> str:
    """The table as Markdown."""

    def cell(value: Any) -> str:
        return "–" if value is None else str(value)

    lines = [
        "| kind | captions | precision | recall | places | roles | days |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, row in table.items():
        cells = [row[k] for k in ("captions", "precision", "recall", "places", "roles", "days")]
        lines.append(f"| {kind} | " + " | ".join(cell(v) for v in cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the accuracy table (or JSON) of the corpus."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--misses", action="store_true", help="print every miss too")
    args = parser.parse_args(argv)
    table, misses = score(load())
    print(json.dumps(table, indent=2) if args.json else markdown(table))
    if args.misses:
        print("\n" + "\n".join(misses))


if __name__ == "__main__":
    main()
