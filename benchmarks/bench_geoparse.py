"""Geoparsing throughput: a synthetic gallery file → events table, beside a naive baseline.

Each size is written once as a JSON Lines gallery (``synth.generate``, in a child process
of its own), then read and located in a fresh child process, so that the peak memory
(max RSS) is that of a user's run: ``read_gallery(path, workers=W)`` (which also dates
the entries, in W processes) then ``locate(entries, workers=W)`` (places, the events
GeoDataFrame), as ``aleppomap build --workers W`` does. The throughput counts dating and
locating: once the peak is recorded, ``add_dates`` is timed again on the entries read (in
one process), and
captions per second is N / (dates s + locate s). The baseline is the obvious first attempt:
every alias of the gazetteer compiled as its own case-insensitive ``\\b...\\b`` regex and
run over every caption. It is measured on a sample in the same run and extrapolated (on 1M
captions it would take about ten minutes).

Run through ``python -m benchmarks`` (see ``benchmarks/README.md``).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from aleppomap.gazetteer import Gazetteer

BASELINE_SAMPLE = 2_000


def naive_baseline(captions: list[str], gazetteer: Gazetteer) -> tuple[float, int]:
    """Seconds for the per-alias regex loop over ``captions``, and the hits it found."""
    patterns = []
    for place in gazetteer:
        for name in dict.fromkeys((place.name, *place.aliases)):
            patterns.append((place.id, re.compile(r"\b" + re.escape(name) + r"\b", re.I)))
    t0 = time.perf_counter()
    hits = 0
    for _pid, rx in patterns:
        for caption in captions:
            if rx.search(caption):
                hits += 1
    return time.perf_counter() - t0, hits


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # kB on Linux


def write_gallery(n: int, seed: int, path: str) -> dict[str, Any]:
    """Write ``n`` synthetic entries to ``path`` as JSON Lines (one object per entry)."""
    from benchmarks.synth import generate

    t0 = time.perf_counter()
    entries = generate(n, seed=seed, gazetteer=Gazetteer.load()).entries
    columns = ["gallery", "gallery_title", "gallery_date", "entry", "caption", "credit"]
    entries[columns].to_json(path, orient="records", lines=True, force_ascii=False)
    return {"n": n, "generate_s": round(time.perf_counter() - t0, 2)}


def run_one(path: str, workers: int) -> dict[str, Any]:
    """Read the gallery at ``path`` and locate it; return the numbers (in this process)."""
    from aleppomap.events import locate
    from aleppomap.gallery import read_gallery

    gazetteer = Gazetteer.load()
    kwargs: dict[str, Any] = {}
    if workers > 1:
        kwargs["workers"] = workers
    t0 = time.perf_counter()
    entries = read_gallery(path, **kwargs)  # (dated in as many processes as it is located)
    read_s = time.perf_counter() - t0
    n = len(entries)
    t0 = time.perf_counter()
    events = locate(entries, gazetteer, **kwargs)
    seconds = time.perf_counter() - t0
    peak_main = _peak_mb(resource.RUSAGE_SELF)
    peak_worker = _peak_mb(resource.RUSAGE_CHILDREN)
    n_events, n_located = len(events), int(events["located"].sum())
    del events
    # read_gallery dated the entries: time that part again (after the peak was taken)
    from aleppomap.dates import add_dates

    t0 = time.perf_counter()
    add_dates(entries)
    dates_s = time.perf_counter() - t0
    return {
        "n": n,
        "workers": kwargs.get("workers", 1),
        "read_s": round(read_s, 2),
        "dates_s": round(dates_s, 2),
        "locate_s": round(seconds, 2),
        "captions_per_s": round(n / (dates_s + seconds)),
        "events": n_events,
        "located": n_located,
        "peak_mb_main": round(peak_main),
        "peak_mb_worker": round(peak_worker),
    }


def run_baseline(seed: int) -> dict[str, Any]:
    from aleppomap.geoparse import Geoparser
    from benchmarks.synth import generate

    gazetteer = Gazetteer.load()
    captions = generate(BASELINE_SAMPLE, seed=seed, gazetteer=gazetteer).entries["caption"]
    sample = captions.tolist()
    seconds, hits = naive_baseline(sample, gazetteer)
    parser = Geoparser(gazetteer)
    t0 = time.perf_counter()
    for caption in sample:
        parser.find(caption)
    find_s = time.perf_counter() - t0
    return {
        "sample": len(sample),
        "baseline_s": round(seconds, 3),
        "baseline_captions_per_s": round(len(sample) / seconds, 1),
        "baseline_hits": hits,
        "find_captions_per_s_sample": round(len(sample) / find_s),
    }


MODULE = "benchmarks.bench_geoparse"


def run_child(module: str, args: list[str]) -> dict[str, Any]:
    """Run ``python -m module args`` in a fresh process; its last line of output, as JSON.

    A fresh process per measure: its peak memory and imports are its own.
    """
    out = subprocess.run(
        [sys.executable, "-m", module, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run every size in a child process and print a table; return the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--workers", default="1,2", help="worker counts to try (comma list)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--write", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline:
        print(json.dumps(run_baseline(args.seed)))
        return {}
    if args.write is not None:
        print(json.dumps(write_gallery(args.n, args.seed, args.write)))
        return {}
    if args.one is not None:
        print(json.dumps(run_one(args.one, int(args.workers))))
        return {}

    base = run_child(MODULE, ["--baseline", "--seed", str(args.seed)])
    print(
        f"naive baseline (every alias its own regex) on {base['sample']:,} captions: "
        f"{base['baseline_captions_per_s']:,.1f} captions/s "
        f"(Geoparser.find on the same sample: {base['find_captions_per_s_sample']:,}/s)"
    )
    rows = []
    header = (
        f"{'N':>9} {'workers':>7} {'read s':>7} {'dates s':>7} {'locate s':>9} {'captions/s':>11} "
        f"{'× naive':>8} {'peak MB main':>12} {'peak MB worker':>14} {'events':>9}"
    )
    print(header)
    with tempfile.TemporaryDirectory(prefix="aleppomap-bench-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            path = str(Path(tmp) / f"synthetic-{n}.jsonl")
            made = run_child(MODULE, ["--write", path, "--n", str(n), "--seed", str(args.seed)])
            for w in (int(s) for s in args.workers.split(",")):
                r = run_child(MODULE, ["--one", path, "--workers", str(w)])
                r["generate_s"] = made["generate_s"]
                r["x_naive"] = round(r["captions_per_s"] / base["baseline_captions_per_s"], 1)
                r["naive_extrapolated_s"] = round(n / base["baseline_captions_per_s"])
                rows.append(r)
                print(
                    f"{n:>9,} {w:>7} {r['read_s']:>7.2f} {r['dates_s']:>7.2f} "
                    f"{r['locate_s']:>9.2f} {r['captions_per_s']:>11,} {r['x_naive']:>8.1f} "
                    f"{r['peak_mb_main']:>12,} "
                    f"{r['peak_mb_worker']:>14,} {r['events']:>9,}"
                )
                sys.stdout.flush()
            Path(path).unlink()
    return {"baseline": base, "runs": rows}


if __name__ == "__main__":
    main()
