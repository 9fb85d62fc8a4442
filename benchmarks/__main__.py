"""Run every benchmark, print the numbers and write them to ``benchmarks/RESULTS.md``.

    .venv/bin/python -m benchmarks            # full: up to 1M captions / events (~20-25 min)
    .venv/bin/python -m benchmarks --quick    # 10k-20k captions, 1k-10k events (~3 min)

Parts: ``cli`` (the seed map from ``aleppomap build``: wall time of repeated runs and
``python -X importtime``), ``geoparse`` (:mod:`benchmarks.bench_geoparse`), ``map``
(:mod:`benchmarks.bench_map`) and ``dask`` (:mod:`benchmarks.bench_dask`: one process, two
processes and a two-worker Dask ``LocalCluster``); ``--only`` picks some.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def bench_cli(runs: int = 7) -> dict[str, Any]:
    """Wall time of ``python -m aleppomap build`` on the seed, and its import time."""
    with tempfile.TemporaryDirectory(prefix="aleppomap-cli-") as tmp:
        cmd = [
            sys.executable,
            "-m",
            "aleppomap",
            "build",
            "--html",
            "m.html",
            "--geojson",
            "e.geojson",
        ]
        walls = []
        for _ in range(runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=tmp, check=True, capture_output=True)
            walls.append(time.perf_counter() - t0)
        out = subprocess.run(
            [sys.executable, "-X", "importtime", *cmd[1:]],
            cwd=tmp,
            check=True,
            capture_output=True,
            text=True,
        )
    imports: list[tuple[int, str]] = []
    for line in out.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            name = parts[2].rstrip()
            if not name.startswith("  ") or name.strip().startswith("aleppomap"):
                imports.append((int(parts[1]), name.strip()))
    top = sorted(imports, reverse=True)[:6]
    result = {
        "runs": runs,
        "median_s": round(statistics.median(walls), 2),
        "min_s": round(min(walls), 2),
        "max_s": round(max(walls), 2),
        "top_imports_ms": [(name, round(us / 1000)) for us, name in top],
    }
    print(
        f"aleppomap build (seed), {runs} runs: median {result['median_s']} s "
        f"(min {result['min_s']}, max {result['max_s']}); heaviest imports: "
        + ", ".join(f"{n} {ms} ms" for n, ms in result["top_imports_ms"])
    )
    return result


def _machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return (
        f"{platform.node()} · {os.cpu_count()} CPUs {cpu} · Python {platform.python_version()} · "
        f"load average at start {load[0]:.1f}"
    )


def _measured(results: dict[str, Any], part: str) -> list[str]:
    """The line saying when, where and by which command a part was measured."""
    meta = results.get("meta", {}).get(part)
    if not meta:
        return []
    return [f"Measured {meta['date']} UTC on {meta['machine']}, by `{meta['command']}`.", ""]


def _markdown(results: dict[str, Any]) -> str:
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m benchmarks`; a part run alone (`--only`) replaces its own "
        "section and keeps the others.",
        "",
    ]
    if "cli" in results:
        c = results["cli"]
        lines += [
            "## Seed map from the CLI (`aleppomap build`)",
            "",
            *_measured(results, "cli"),
            f"Wall time over {c['runs']} runs, import time included: median **{c['median_s']} s** "
            f"(min {c['min_s']}, max {c['max_s']}). Heaviest imports (cumulative, "
            "`python -X importtime`): "
            + ", ".join(f"{n} {ms} ms" for n, ms in c["top_imports_ms"])
            + ".",
            "",
        ]
    if results.get("geoparse"):
        g = results["geoparse"]
        b = g["baseline"]
        lines += [
            "## Geoparsing: a gallery file → events (`read_gallery`, then `locate`)",
            "",
            *_measured(results, "geoparse"),
            "Each size is written as a JSON Lines gallery, then read and located in a fresh "
            "process: the peak RSS is that of a user's run, reading included. `read_gallery` "
            "dates the entries (its time includes that); `add_dates` is then timed again on "
            "its own. Captions per second and the ratio count dating and locating: "
            "N / (dates s + locate s).",
            "",
            f"Naive baseline (every alias its own `\\b…\\b` regex, over every caption), measured "
            f"on {b['sample']:,} captions: **{b['baseline_captions_per_s']:,} captions/s** "
            f"(`Geoparser.find` on the same sample: {b['find_captions_per_s_sample']:,}/s, "
            f"{b['find_captions_per_s_sample'] / b['baseline_captions_per_s']:.1f}×). Larger "
            "sizes of the baseline are extrapolated from it.",
            "",
            "| N | workers | × naive | dates s | locate s | captions/s | read s "
            "| naive (extrapolated) s | peak RSS main MB | peak RSS per worker MB | rows |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in g["runs"]:
            lines.append(
                f"| {r['n']:,} | {r['workers']} | {r['x_naive']} | {r.get('dates_s', '–')} | "
                f"{r['locate_s']} | "
                f"{r['captions_per_s']:,} | {r.get('read_s', '–')} | "
                f"{r['naive_extrapolated_s']:,} | "
                f"{r['peak_mb_main']:,} | {r['peak_mb_worker']:,} | {r['events']:,} |"
            )
        lines.append("")
    if results.get("dask"):
        from benchmarks import bench_dask

        lines += [
            "## Scaling out: JSON Lines → GeoParquet of events (`aleppomap locate --parquet`)",
            "",
            *_measured(results, "dask"),
            "The whole job (read, date, locate, write GeoParquet), each run in a fresh process: "
            "one process; `locate(workers=W)`; a W-worker Dask `LocalCluster` "
            "(`aleppomap.distributed.locate_to_parquet`, single-threaded worker processes, the "
            "cluster's start timed apart). × is the speed-up over one process. Fixed: the "
            "cluster run's time that more workers would not shorten (wall − busy / W).",
            "",
            *bench_dask.markdown(results["dask"]),
            "",
        ]
    if "map" in results:
        lines += [
            "## Map: `render_html` vs folium `TimestampedGeoJson` (headless Chromium)",
            "",
            *_measured(results, "map"),
            "Step = `setDate(day)` + two animation frames (folium: `setCurrentTime` + "
            "`timeload` + two frames), median; floor = two frames doing nothing.",
            "",
            "| events | × folium day | × folium cumulative | step day ms | step cumulative ms "
            "| floor ms | first view ms | build s | HTML bytes | click opens popup "
            "| folium day step ms | folium cumulative step ms | folium first view ms "
            "| folium build s | folium HTML bytes |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|",
        ]
        for row in results["map"]:
            o = row["ours"]
            fd = row.get("folium_day", {})
            fc = row.get("folium_cumulative", {})

            def ratio(f: dict[str, Any], mine: str, o: dict[str, Any] = o) -> str:
                if "step_ms" in f and mine in o:
                    return f"{f['step_ms'] / o[mine]:.0f}×"
                return "–"

            def val(d: dict[str, Any], k: str) -> str:
                if k in d:
                    v = d[k]
                    return f"{v:,}" if isinstance(v, int) else str(v)
                return d.get("error", "–") if k == "step_ms" else "–"

            lines.append(
                f"| {row['n']:,} | {ratio(fd, 'day_ms')} | {ratio(fc, 'cumulative_ms')} | "
                f"{val(o, 'day_ms')} | {val(o, 'cumulative_ms')} | {val(o, 'floor_ms')} | "
                f"{val(o, 'first_view_ms')} | {row['build_s']} | {row['html_bytes']:,} | "
                f"{o.get('click_opens_popup', o.get('error', '–'))} | {val(fd, 'step_ms')} | "
                f"{val(fc, 'step_ms')} | {val(fd, 'first_view_ms')} | {val(fd, 'build_s')} | "
                f"{val(fd, 'html_bytes')} |"
            )
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes only (~2 min)")
    parser.add_argument("--only", default="cli,geoparse,map,dask", help="parts to run (comma list)")
    parser.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    args = parser.parse_args(argv)
    command = "python -m benchmarks" + (" --quick" if args.quick else "")
    if args.only != "cli,geoparse,map,dask":
        command += f" --only {args.only}"
    parts = set(args.only.split(","))
    machine = _machine()
    print(machine)
    # the parts measured earlier stay (git-ignored store), each with its own date and command
    store = HERE / ".cache" / "results.json"
    results: dict[str, Any] = {}
    if store.is_file():
        try:
            results = json.loads(store.read_text(encoding="utf-8"))
        except ValueError:
            results = {}
    now = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M}"
    meta = {"date": now, "machine": machine, "command": command}
    if "cli" in parts:
        results["cli"] = bench_cli(runs=3 if args.quick else 7)
        results.setdefault("meta", {})["cli"] = meta
    if "geoparse" in parts:
        from benchmarks import bench_geoparse

        sizes = "10000" if args.quick else "10000,100000,1000000"
        results["geoparse"] = bench_geoparse.main(["--sizes", sizes, "--workers", "1,2"])
        results.setdefault("meta", {})["geoparse"] = meta
    if "map" in parts:
        from benchmarks import bench_map

        if args.quick:
            results["map"] = bench_map.main(["--sizes", "1000,10000"])
        else:
            results["map"] = bench_map.main(["--sizes", "1000,10000,100000,1000000"])
        results.setdefault("meta", {})["map"] = meta
    if "dask" in parts:
        from benchmarks import bench_dask

        sizes = "20000" if args.quick else "1000000"
        results["dask"] = bench_dask.main(["--sizes", sizes, "--workers", "2"])
        results.setdefault("meta", {})["dask"] = meta
    if not args.no_write:
        (HERE / "RESULTS.md").write_text(_markdown(results) + "\n", encoding="utf-8")
        store.parent.mkdir(exist_ok=True)
        store.write_text(json.dumps(results, indent=1), encoding="utf-8")
        print(f"wrote {HERE / 'RESULTS.md'}")


if __name__ == "__main__":
    main()
