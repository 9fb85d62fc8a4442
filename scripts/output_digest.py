"""Digests of what the pipeline finds in gallery files: to compare two versions of the code.

For each file: the entries table with its dates (``read_gallery``), the events table
(``locate``) and the control statements (``control_table``), each written as CSV and hashed
(SHA-256), with its row count. Run it with the old code and the new one on the same files
and compare the two outputs: a change of machinery (reading, workers, memos) must leave
every digest as it was.

``--split-bytes N`` makes the reader cut a JSON Lines file into pieces of about N bytes for
its worker processes even when the file is small (it changes a private constant of
:mod:`aleppomap.gallery.read`; without it, small files are read in one process), so that
small real-caption files exercise the parallel reader too. ``--known-only`` first copies each
file keeping only the known columns of a gallery row (caption, credit, entry, gallery ...).

Usage::

    PYTHONPATH=src python scripts/output_digest.py FILE... [--workers 2] [--split-bytes N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pandas as pd

_KNOWN = ("gallery", "gallery_title", "gallery_date", "gallery_intro", "entry", "caption", "credit")


def _digest(frame: pd.DataFrame) -> dict[str, Any]:
    """Rows and the SHA-256 of ``frame`` as CSV (geometry as WKT, lists as their repr)."""
    table = pd.DataFrame(frame).copy()
    for col in table.columns:
        if table[col].dtype == object or str(table[col].dtype) == "geometry":
            table[col] = table[col].map(lambda v: v.wkt if hasattr(v, "wkt") else repr(v))
    text = table.to_csv(index=False)
    return {"rows": len(table), "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}


def _known_only(path: str, tmp: Path, k: int) -> str:
    """A copy of the JSON Lines file ``path`` with only the known gallery columns (rows
    without an entry number numbered in file order)."""
    out = tmp / f"{k}-{Path(path).name}"
    n = 1
    with Path(path).open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if line.strip():
                row = json.loads(line)
                known = {k: row[k] for k in _KNOWN if k in row}
                known.setdefault("entry", n)  # (numbered, a gallery's rows can be read apart)
                dst.write(json.dumps(known) + "\n")
                n += 1
    return str(out)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--split-bytes", type=int, default=0)
    parser.add_argument("--known-only", action="store_true")
    parser.add_argument("--log", action="store_true", help="the reader's messages on stderr")
    args = parser.parse_args(argv)
    if args.log:
        logging.basicConfig(level=logging.INFO, format="%(message)s")

    import aleppomap.gallery.read as reader
    from aleppomap.control import control_table
    from aleppomap.events import locate
    from aleppomap.gallery import read_gallery

    if args.split_bytes:
        reader._SPLIT_MIN_BYTES = args.split_bytes  # type: ignore[attr-defined]
        reader._SPLIT_PIECE_BYTES = args.split_bytes  # type: ignore[attr-defined]
    out: dict[str, Any] = {}
    # (the copies' folder has a fixed name: their path is the entries' ``source``)
    tmp = Path(tempfile.gettempdir()) / "aleppomap-digest"
    tmp.mkdir(exist_ok=True)
    for n, path in enumerate(args.files):
        name = _known_only(path, tmp, n) if args.known_only else path
        t0 = time.perf_counter()
        entries = read_gallery(name, workers=args.workers)
        events = locate(entries, workers=args.workers)
        control = control_table(events)
        seconds = time.perf_counter() - t0
        out[f"{Path(path).parent.name}/{Path(path).name}"] = {
            "entries": _digest(entries),
            "events": _digest(events),
            "control": _digest(control),
        }
        print(f"{path}: {seconds:.1f} s", file=sys.stderr)
    print(json.dumps(out, indent=1, sort_keys=True))
    return out


if __name__ == "__main__":
    main()
