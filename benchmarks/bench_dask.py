"""Scaling out: a synthetic JSON Lines gallery → GeoParquet of events, three ways.

For each size N, the job of ``aleppomap locate FILE --parquet OUT`` is timed, each in a
fresh child process:

- **one process**: ``read_gallery`` + ``locate`` + ``write_events_parquet``;
- **W processes**: the same with ``locate(workers=W)`` (a process pool on this machine);
- **a W-worker LocalCluster** (one single-threaded worker process each):
  ``aleppomap.distributed.locate_to_parquet``, the workers reading and locating the
  partitions, this process writing them. The cluster's start (with its workers' imports) is
  timed apart: a long-lived cluster pays it once.

From the cluster run come the cost of a partition on a worker (reading, dating, geoparsing,
building its events) and the part that does not shrink with more workers (planning,
scattering the geoparser, writing the file here): the time on N workers is projected as
``fixed + partitions × per-partition / N`` (as long as this side keeps up with the writing).

Run through ``python -m benchmarks --only dask`` (see ``benchmarks/README.md``) or alone:
``python -m benchmarks.bench_dask --sizes 1000000``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

PROJECT_WORKERS = (2, 4, 8, 16, 32)


def run_one(path: str, workers: int, out: str) -> dict[str, Any]:
    """``read_gallery`` + ``locate`` (+ workers) + GeoParquet, in this process."""
    from aleppomap.events import locate
    from aleppomap.gallery import read_gallery
    from aleppomap.gazetteer import Gazetteer
    from aleppomap.parquet import write_events_parquet

    gazetteer = Gazetteer.load()
    t0 = time.perf_counter()
    entries = read_gallery(path)
    events = locate(entries, gazetteer, workers=workers if workers > 1 else None)
    write_events_parquet(events, out)
    wall = time.perf_counter() - t0
    return {"wall_s": round(wall, 2), "rows": len(events), "entries": len(entries)}


def run_cluster(path: str, workers: int, out: str, per_partition: int) -> dict[str, Any]:
    """The same job on a fresh ``LocalCluster`` of ``workers`` single-threaded processes."""
    import logging

    from distributed import Client, LocalCluster

    from aleppomap.distributed import locate_to_parquet, warm_up
    from aleppomap.gazetteer import Gazetteer

    t0 = time.perf_counter()
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        warm_up(client)
        start_s = time.perf_counter() - t0
        gazetteer = Gazetteer.load()
        t0 = time.perf_counter()
        stats = locate_to_parquet(
            [path], out, gazetteer, client=client, per_partition=per_partition
        )
        wall = time.perf_counter() - t0
    seconds = stats.seconds or [0.0]
    busy = sum(seconds)
    fixed = max(0.0, wall - busy / workers)
    return {
        "wall_s": round(wall, 2),
        "cluster_start_s": round(start_s, 2),
        "rows": stats.rows,
        "entries": stats.entries,
        "partitions": stats.partitions,
        "partition_s_median": round(statistics.median(seconds), 3),
        "partition_s_mean": round(busy / len(seconds), 3),
        "busy_s": round(busy, 2),
        "fixed_s": round(fixed, 2),
    }


def write_gallery(n: int, seed: int, path: str) -> dict[str, Any]:
    from benchmarks.bench_geoparse import write_gallery as write

    return write(n, seed, path)


def _child(args: list[str]) -> dict[str, Any]:
    from benchmarks.bench_geoparse import run_child

    return run_child("benchmarks.bench_dask", args)


def projection(cluster: dict[str, Any], one_s: float) -> list[dict[str, Any]]:
    """The projected time and speed-up on N workers, from the cluster run's numbers."""
    rows = []
    for n in PROJECT_WORKERS:
        t = cluster["fixed_s"] + cluster["busy_s"] / n
        rows.append({"workers": n, "projected_s": round(t, 1), "x_one": round(one_s / t, 1)})
    return rows


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Run every size in child processes and print a table; return the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000000")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=25_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--write", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--one", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--cluster", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.write is not None:
        print(json.dumps(write_gallery(args.n, args.seed, args.write)))
        return {}
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.workers, args.out)))
        return {}
    if args.cluster is not None:
        print(json.dumps(run_cluster(args.cluster, args.workers, args.out, args.partition_size)))
        return {}

    w = args.workers
    runs = []
    with tempfile.TemporaryDirectory(prefix="aleppomap-bench-dask-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            path = str(Path(tmp) / f"synthetic-{n}.jsonl")
            out = str(Path(tmp) / "events.parquet")
            _child(["--write", path, "--n", str(n), "--seed", str(args.seed)])
            one = _child(["--one", path, "--workers", "1", "--out", out])
            pool = _child(["--one", path, "--workers", str(w), "--out", out])
            cluster = _child(
                [
                    *("--cluster", path, "--workers", str(w), "--out", out),
                    *("--partition-size", str(args.partition_size)),
                ]
            )
            if not one["rows"] == pool["rows"] == cluster["rows"]:
                raise SystemExit(f"the runs disagree on the rows: {one}, {pool}, {cluster}")
            row = {
                "n": n,
                "workers": w,
                "one_s": one["wall_s"],
                "pool_s": pool["wall_s"],
                "cluster": cluster,
                "x_pool": round(one["wall_s"] / pool["wall_s"], 2),
                "x_cluster": round(one["wall_s"] / cluster["wall_s"], 2),
                "projection": projection(cluster, one["wall_s"]),
            }
            runs.append(row)
            print(
                f"N={n:,}: one process {one['wall_s']} s; {w} processes {pool['wall_s']} s "
                f"({row['x_pool']}×); {w}-worker LocalCluster {cluster['wall_s']} s "
                f"({row['x_cluster']}×; start {cluster['cluster_start_s']} s apart); "
                f"{cluster['partitions']} partitions, {cluster['partition_s_median']} s each "
                f"(median), fixed {cluster['fixed_s']} s; {cluster['rows']:,} rows"
            )
            print(
                "  projected: "
                + ", ".join(
                    f"{p['workers']} workers {p['projected_s']} s ({p['x_one']}×)"
                    for p in row["projection"]
                )
            )
            sys.stdout.flush()
            Path(path).unlink()
    return {"runs": runs, "cpus": os.cpu_count()}


def markdown(result: dict[str, Any]) -> list[str]:
    """The section of ``RESULTS.md`` for these numbers."""
    lines = [
        "| N | one process s | W processes s | × | W-worker LocalCluster s | × | cluster start s "
        "| partitions | s per partition (median) | fixed s | rows |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result["runs"]:
        c = r["cluster"]
        lines.append(
            f"| {r['n']:,} | {r['one_s']} | {r['pool_s']} (W={r['workers']}) | {r['x_pool']}× "
            f"| {c['wall_s']} | **{r['x_cluster']}×** | {c['cluster_start_s']} | "
            f"{c['partitions']} | {c['partition_s_median']} | {c['fixed_s']} | {c['rows']:,} |"
        )
    lines.append("")
    for r in result["runs"]:
        lines.append(
            f"Projected for N = {r['n']:,} (fixed + partitions × per-partition / workers): "
            + ", ".join(
                f"{p['workers']} workers {p['projected_s']} s ({p['x_one']}×)"
                for p in r["projection"]
            )
            + "."
        )
    return lines


if __name__ == "__main__":
    main()
