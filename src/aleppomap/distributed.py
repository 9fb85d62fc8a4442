"""Locate an archive on a Dask cluster: inputs read in partitions, on the workers.

:func:`locate_distributed` splits its inputs into partitions of about
:data:`ENTRIES_PER_PARTITION` entries (at least two per worker), each read *and* located by a
worker, and yields the partitions' events in input order: the events of one process, a
partition at a time (``aleppomap locate --scheduler`` writes them to GeoParquet as they come,
so neither the input nor the output has to fit in memory).

- JSON Lines and CSV files are cut at line ends into byte ranges; a worker reads its range
  with the gallery reader of :func:`aleppomap.read_gallery` (a CSV's header goes with every
  range), so an entry is cleaned exactly as in one process. Like Dask's own ``read_csv``, a
  CSV whose quoted fields hold line breaks cannot be cut: such a field across a cut breaks
  the read (use JSON Lines, or Parquet, for captions with line breaks).
- Parquet files (the columns of :func:`aleppomap.read_gallery`) are cut by row groups.
- Text galleries, and JSON Lines or CSV without entry numbers (numbered by their place in
  the file), are read whole, one partition each.

The geoparser is built once on this side and scattered to every worker once
(``broadcast``); each task gets it from its worker's memory, so the work of a partition is
reading and geoparsing, not set-up. Paths are opened by the workers: on a remote cluster,
they must be readable there (a shared file system).

Not checked across partitions: gallery ids repeated in several input files (one process
renames the second ``<id>-2``; here they stay as they are). Not carried across a cut: a day
written without its year at the start of a partition, in a gallery that looks back, does not
take the year of the gallery's previous entry in the partition before (one process gives it
that year; see :mod:`aleppomap.dates`).
"""

from __future__ import annotations

import io
import itertools
import logging
import math
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from aleppomap.errors import ClusterError, GalleryFormatError, InputError, OptionError

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from aleppomap.gazetteer import Gazetteer
    from aleppomap.geoparse import Geoparser

__all__ = [
    "ENTRIES_PER_PARTITION",
    "Piece",
    "RunStats",
    "cluster_client",
    "locate_distributed",
    "locate_to_parquet",
    "plan_pieces",
    "read_entries",
    "read_piece",
    "terminal_progress",
    "warm_up",
]

log = logging.getLogger("aleppomap")

#: Entries per partition aimed at (a partition takes about a second to geoparse).
ENTRIES_PER_PARTITION = 25_000
_SAMPLE_BYTES = 1 << 16
Kind = Literal["jsonl", "csv", "parquet", "whole"]


@dataclass(frozen=True)
class Piece:
    """One partition of the input: a byte range of a file, row groups, or a whole file."""

    path: str
    kind: Kind
    start: int = 0
    stop: int = 0
    header: bytes = b""
    row_groups: tuple[int, ...] = ()
    title: str | None = None
    date: str | None = None


def _dask() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise ImportError(
            'running on a Dask cluster needs the dask extra: pip install "aleppomap[dask]"'
        ) from err
    return distributed


# --------------------------------------------------------------------------- planning


def _first_line(path: Path) -> bytes:
    with path.open("rb") as fh:
        for line in fh:
            if line.strip():
                return line
    return b""


def _kind(path: Path) -> Literal["jsonl", "csv", "parquet", "text"]:
    """How ``path`` is split: the gallery reader's detection, plus Parquet's magic."""
    from aleppomap.gallery.read import _detect
    from aleppomap.parquet import is_parquet

    if is_parquet(path):
        return "parquet"
    with path.open("rb") as fh:
        head = fh.read(_SAMPLE_BYTES).decode("utf-8", "replace")
    return _detect(head, path.name)


def _numbered(path: Path, kind: Kind) -> bool:
    """Whether the entries of a JSON Lines or CSV file carry their numbers."""
    import csv
    import json

    from aleppomap.gallery.tabular import _column_name, _sniff_delimiter

    line = _first_line(path).decode("utf-8", "replace").lstrip("\ufeff")
    if kind == "jsonl":
        try:
            record = json.loads(line)
        except ValueError:
            return False
        names = {_column_name(str(k)) for k in record} if isinstance(record, dict) else set()
    else:
        names = {
            _column_name(h) for h in next(csv.reader([line], delimiter=_sniff_delimiter(line)))
        }
    return "entry" in names or "id" in names


def _cuts(path: Path, start: int, size: int, parts: int) -> list[tuple[int, int]]:
    """``parts`` byte ranges of ``path`` from ``start``, each ending at a line end."""
    bounds = [start]
    with path.open("rb") as fh:
        for k in range(1, parts):
            target = start + (size - start) * k // parts
            if target <= bounds[-1]:
                continue
            fh.seek(target - 1)
            fh.readline()  # to the end of the line the cut falls in
            at = fh.tell()
            if bounds[-1] < at < size:
                bounds.append(at)
    bounds.append(size)
    return list(itertools.pairwise(bounds))


def _text_pieces(
    path: Path,
    kind: Literal["jsonl", "csv"],
    per_part: int,
    min_parts: int,
    multiple: int,
    title: str | None,
    date: str | None,
) -> list[Piece]:
    size = path.stat().st_size
    header = b""
    start = 0
    if kind == "csv":
        with path.open("rb") as fh:
            for line in fh:
                start += len(line)
                if line.strip():
                    header = line if line.endswith(b"\n") else line + b"\n"
                    break
    with path.open("rb") as fh:
        fh.seek(start)
        sample = fh.read(_SAMPLE_BYTES)
    lines = max(1, sample.count(b"\n"))
    per_line = len(sample) / lines if sample else 1.0
    entries = (size - start) / per_line
    parts = max(math.ceil(entries / per_part), min_parts)
    parts = -(-parts // multiple) * multiple  # the last round keeps every worker busy
    parts = min(parts, max(1, int(entries)))
    return [
        Piece(str(path), kind, a, b, header, title=title, date=date)
        for a, b in _cuts(path, start, size, parts)
    ]


def _parquet_pieces(
    path: Path, per_part: int, min_parts: int, title: str | None, date: str | None
) -> list[Piece]:
    import pyarrow.parquet as pq

    info = pq.ParquetFile(path).metadata
    rows = [info.row_group(i).num_rows for i in range(info.num_row_groups)]
    total = sum(rows)
    target = max(1, min(per_part, math.ceil(total / max(1, min_parts))))
    pieces: list[Piece] = []
    group: list[int] = []
    n = 0
    for i, r in enumerate(rows):
        group.append(i)
        n += r
        if n >= target:
            pieces.append(
                Piece(str(path), "parquet", row_groups=tuple(group), title=title, date=date)
            )
            group, n = [], 0
    if group or not pieces:
        pieces.append(Piece(str(path), "parquet", row_groups=tuple(group), title=title, date=date))
    return pieces


def plan_pieces(
    files: Sequence[str | Path],
    *,
    title: str | None = None,
    date: str | None = None,
    per_partition: int = ENTRIES_PER_PARTITION,
    min_partitions: int = 1,
    multiple_of: int = 1,
) -> list[Piece]:
    """Cut ``files`` into partitions of about ``per_partition`` entries each.

    Each file gets at least ``min_partitions`` (e.g. two per worker) when it is large enough
    to cut, and a JSON Lines or CSV file a multiple of ``multiple_of`` (the workers, so that
    the last round keeps them all busy). The number of entries of a JSON Lines or CSV file is
    estimated from its first 64 kB: planning reads only the files' heads.

    Raises
    ------
    InputError
        A file that does not exist or is a folder.
    """
    from aleppomap.gallery.read import _check_options

    day = _check_options(date)
    pieces: list[Piece] = []
    for name in files:
        path = Path(name)
        if not path.is_file():
            why = "a folder, not a gallery file" if path.is_dir() else "no such file"
            raise InputError(why, source=path)
        kind = _kind(path)
        if kind == "parquet":
            pieces += _parquet_pieces(path, per_partition, min_partitions, title, day)
        elif kind != "text" and _numbered(path, kind):
            pieces += _text_pieces(
                path, kind, per_partition, min_partitions, multiple_of, title, day
            )
        else:
            pieces.append(Piece(str(path), "whole", title=title, date=day))
    return pieces


# --------------------------------------------------------------------------- on a worker


def read_piece(piece: Piece) -> pd.DataFrame | None:
    """The entries of one partition, dated (``None`` when its range holds only blank lines).

    A Parquet partition is taken as it is stored (``locate`` dates it if needed).
    """
    from aleppomap.dates import add_dates
    from aleppomap.gallery import read_gallery
    from aleppomap.gallery.read import _read_one

    if piece.kind == "whole":
        return read_gallery(piece.path, title=piece.title, date=piece.date)
    if piece.kind == "parquet":
        import pyarrow.parquet as pq

        table = pq.ParquetFile(piece.path).read_row_groups(list(piece.row_groups))
        frame: pd.DataFrame = table.to_pandas()
        return frame
    with Path(piece.path).open("rb") as fh:
        fh.seek(piece.start)
        data = fh.read(piece.stop - piece.start)
    if not data.strip():
        return None
    stream = io.BytesIO(piece.header + data)
    stream.name = piece.path  # the default title is the file's name, as in one process
    where = f"{piece.path} (bytes {piece.start:,}-{piece.stop:,}, lines counted from there)"
    try:
        return add_dates(_read_one(stream, title=piece.title, date=piece.date, format=piece.kind))
    except GalleryFormatError as err:
        raise GalleryFormatError(err.message, source=where, line=err.line) from None


def _locate_piece(piece: Piece, geoparser: Geoparser) -> tuple[gpd.GeoDataFrame | None, float]:
    """Read and locate one partition on a worker: its events and the seconds it took."""
    from aleppomap.events import locate

    t0 = time.perf_counter()
    entries = read_piece(piece)
    if entries is None or not len(entries):
        return None, time.perf_counter() - t0
    events = locate(entries, geoparser=geoparser)
    return events, time.perf_counter() - t0


# --------------------------------------------------------------------------- the client


def _cpus() -> int:
    import os

    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def cluster_client(scheduler: str, stack: ExitStack, *, processes: bool = True) -> Any:
    """A ``distributed.Client`` of ``scheduler`` (an address, or ``local``), closed by ``stack``.

    ``local`` starts a ``LocalCluster`` here with one single-threaded worker process per CPU
    (the geoparser is pure Python: threads would share one interpreter lock).
    """
    distributed = _dask()
    if scheduler == "local":
        cluster = stack.enter_context(
            distributed.LocalCluster(
                n_workers=_cpus(),
                threads_per_worker=1,
                processes=processes,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
        )
        client = stack.enter_context(distributed.Client(cluster))
        warm_up(client)
        return client
    try:
        return stack.enter_context(distributed.Client(scheduler, timeout="30s"))
    except ValueError as err:
        raise OptionError(
            f"--scheduler {scheduler!r} is no scheduler address (tcp://host:8786) nor 'local': "
            f"{err}"
        ) from err
    except OSError as err:
        raise ClusterError(f"cannot reach the Dask scheduler {scheduler}: {err}") from err


def _warm() -> None:
    """Import what a partition needs (on a worker: paid once, not by its first partition)."""
    import aleppomap.dates
    import aleppomap.events
    import aleppomap.gallery
    import aleppomap.geoparse  # noqa: F401


def warm_up(client: Any) -> None:
    """Have every worker of ``client`` import the geoparsing modules now."""
    client.run(_warm)


def _check_order(events: gpd.GeoDataFrame, last: dict[str, int], source: str) -> None:
    """Entry numbers go on increasing from one partition of a file to the next."""
    if not len(events):
        return
    ends = events.groupby("gallery", sort=False, observed=True)["entry"].agg(["first", "last"])
    for gallery, first, end in ends.itertuples():
        before = last.get(str(gallery))
        if before is not None and first <= before:
            raise GalleryFormatError(
                f"gallery {gallery}: entry {first} comes after entry {before}; "
                "entry numbers must increase",
                source=source,
            )
        last[str(gallery)] = int(end)


def locate_distributed(
    files: Sequence[str | Path],
    gazetteer: Gazetteer | None = None,
    *,
    client: Any,
    title: str | None = None,
    date: str | None = None,
    per_partition: int = ENTRIES_PER_PARTITION,
    progress: Callable[[int, int], None] | None = None,
    timings: list[float] | None = None,
) -> Iterator[gpd.GeoDataFrame]:
    """Locate ``files`` on the cluster of ``client``; yield the events a partition at a time.

    Parameters
    ----------
    files
        Galleries (text, CSV, JSON Lines) or Parquet files of entries (the columns of
        :func:`aleppomap.read_gallery`), readable by the workers.
    gazetteer
        The places; the packaged gazetteer by default.
    client
        A ``distributed.Client`` (see :func:`cluster_client`).
    title, date
        As for :func:`aleppomap.read_gallery`.
    per_partition
        Entries per partition aimed at; each file has at least two partitions per worker
        when it is large enough.
    progress
        Called as ``progress(done, total)`` (partitions) as partitions finish.
    timings
        When given, the seconds each partition took on its worker (reading included) are
        appended to it, in input order.

    Yields
    ------
    geopandas.GeoDataFrame
        The events of each partition, in input order: together, the rows of
        :func:`aleppomap.locate` on the whole input, in its order.
    """
    from aleppomap.geoparse import Geoparser

    if gazetteer is None:
        from aleppomap.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    workers = max(1, len(client.nthreads()))
    pieces = plan_pieces(
        files,
        title=title,
        date=date,
        per_partition=per_partition,
        min_partitions=2 * workers,
        multiple_of=workers,
    )
    parser = client.scatter(Geoparser(gazetteer), broadcast=True, hash=False)
    futures = [client.submit(_locate_piece, piece, parser, pure=False) for piece in pieces]
    log.info("%d partitions on %d workers", len(futures), workers)
    done = [0]
    if progress is not None:
        total = len(futures)
        progress(0, total)

        def tick(_future: Any) -> None:
            done[0] += 1
            progress(done[0], total)

        for future in futures:
            future.add_done_callback(tick)
    last: dict[str, dict[str, int]] = {}
    try:
        for piece, future in zip(pieces, futures, strict=True):
            events, seconds = future.result()
            future.release()
            if timings is not None:
                timings.append(seconds)
            if events is None:
                continue
            if piece.kind in ("jsonl", "csv"):
                _check_order(events, last.setdefault(piece.path, {}), piece.path)
            yield events
    finally:
        client.cancel([f for f in futures if not f.done()])


# --------------------------------------------------------------------------- whole runs


@dataclass
class RunStats:
    """What :func:`locate_to_parquet` did: partitions, rows, entries and seconds."""

    partitions: int = 0
    rows: int = 0
    entries: int = 0
    located_entries: int = 0
    seconds: list[float] | None = None


def _count(events: gpd.GeoDataFrame, stats: RunStats) -> None:
    keys = events[["gallery", "entry"]]
    stats.rows += len(events)
    stats.partitions += 1
    stats.entries += len(keys.drop_duplicates())
    located = events["located"].astype(bool)
    stats.located_entries += len(keys[located].drop_duplicates())


def locate_to_parquet(
    files: Sequence[str | Path],
    out: str | Path,
    gazetteer: Gazetteer | None = None,
    *,
    client: Any,
    title: str | None = None,
    date: str | None = None,
    per_partition: int = ENTRIES_PER_PARTITION,
    progress: Callable[[int, int], None] | None = None,
) -> RunStats:
    """Locate ``files`` on a cluster and write the events to the GeoParquet file ``out``.

    The partitions are written as they arrive, in input order; ``out`` appears only when
    every partition is written (see :func:`locate_distributed` for the parameters).
    """
    from aleppomap.parquet import EventsParquetWriter

    stats = RunStats(seconds=[])
    with EventsParquetWriter(out) as writer:
        for events in locate_distributed(
            files,
            gazetteer,
            client=client,
            title=title,
            date=date,
            per_partition=per_partition,
            progress=progress,
            timings=stats.seconds,
        ):
            writer.write(events)
            _count(events, stats)
    return stats


def read_entries(
    files: Sequence[str | Path], *, title: str | None = None, date: str | None = None
) -> pd.DataFrame:
    """The entries of ``files`` in one frame: galleries (``read_gallery``) and Parquet files."""
    import pandas as pd

    from aleppomap.gallery import read_gallery
    from aleppomap.parquet import is_parquet

    if not any(is_parquet(f) for f in files):
        return read_gallery(*files, title=title, date=date)
    frames: list[pd.DataFrame] = []
    for f in files:
        if is_parquet(f):
            frames.append(pd.read_parquet(f))
        else:
            frames.append(read_gallery(f, title=title, date=date))
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


@contextmanager
def terminal_progress(what: str) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on standard error when it is a terminal, else ``None``."""
    import sys

    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(what, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
