"""Events: one row per (entry, place) mention, the table every output consumes.

``locate`` joins the three upstream stages: the entries of :func:`aleppomap.read_gallery`
(with their dates), the place mentions found by :class:`aleppomap.Geoparser`, and the
coordinates of the :class:`aleppomap.Gazetteer`. Entries with no locatable place stay in the
table as one row with ``located = False``, no geometry and a ``reason`` (see
``docs/architecture.md``), so that nothing is lost between the input and any output.
"""

from __future__ import annotations

import gc
import importlib
import itertools
import logging
import os
import pickle
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from aleppomap._tables import CONTEXT_CUES, integers, require_columns
from aleppomap.errors import GeocodeError
from aleppomap.text import as_str_array

if TYPE_CHECKING:
    from aleppomap.gazetteer import Gazetteer, Place
    from aleppomap.geoparse import Geoparser, PlaceMention

__all__ = [
    "CONTEXT_CUES",
    "EVENT_COLUMNS",
    "MENTION_COLUMNS",
    "Geocoder",
    "locate",
    "located_events",
    "unlocated",
]

log = logging.getLogger("aleppomap")

# The columns that describe one place mention (or why there is none), in table order.
_MENTION_PLACE_COLUMNS: tuple[str, ...] = (
    "place_id",
    "place",
    "matched",
    "start",
    "end",
    "role",
    "precision",
    "uncertainty_m",
)
_MENTION_MATCH_COLUMNS: tuple[str, ...] = ("score", "method", "located", "reason")

#: The columns of the events table, in order (the input's extra columns follow them).
EVENT_COLUMNS: tuple[str, ...] = (
    "gallery",
    "entry",
    "date",
    "date_precision",
    *_MENTION_PLACE_COLUMNS,
    "caption",
    "credit",
    "gallery_title",
    "gallery_date",
    "gallery_intro",
    "photographers",
    "agencies",
    "date_text",
    "date_start",
    "date_end",
    *_MENTION_MATCH_COLUMNS,
)

#: The columns that describe one place mention (or why there is none); every other column
#: of the table describes the entry and is the same on all of that entry's rows.
MENTION_COLUMNS: frozenset[str] = frozenset(_MENTION_PLACE_COLUMNS + _MENTION_MATCH_COLUMNS)
# Entry columns copied as they are onto every row of that entry.
_ENTRY_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c not in MENTION_COLUMNS)
# Entry columns that are bookkeeping of the reader, not data for the outputs.
_READER_COLUMNS: frozenset[str] = frozenset({"source", "line"})
_REQUIRED: tuple[str, ...] = ("gallery", "entry", "caption")


#: A geocoder: a name the gazetteer lacks → a place, or None when it cannot be found
#: (e.g. :meth:`aleppomap.geocode.Geocoder.place`).
Geocoder = Callable[[str], "Place | None"]
#: A progress callback: ``progress(done, total)``.
Progress = Callable[[int, int], None]

_NAN = float("nan")
_PROGRESS_STEP = 2_000
_MIN_CHUNK = 5_000
_MAX_CHUNK = 50_000
_SEEN_CAPTIONS = 20_000  # captions whose mentions _scan remembers


_BLOCK = 50_000
# The pandas ``str`` dtype (Arrow-backed when pyarrow is installed): what a column of Python
# strings becomes in a new frame.
_STR = pd.StringDtype(na_value=np.nan)
_NUMPY_TYPES = (np.dtype("int64"), np.dtype("float64"), np.dtype("bool"))


def _blocks(values: pd.Series) -> Iterator[list[Any]]:
    """``values`` as lists of Python objects, a block at a time (not a million at once)."""
    for lo in range(0, len(values), _BLOCK):
        yield values.iloc[lo : lo + _BLOCK].tolist()


def _row_values(entries: pd.DataFrame, column: str, idx: np.ndarray, default: Any) -> Any:
    """The values of ``column`` for the output rows (entry ``idx[k]`` for row ``k``).

    A ``str`` column is taken as it is stored (Arrow: no Python string per row); any
    other goes through a list, as the frame constructor infers its type from one.
    """
    if column not in entries.columns:
        return [default] * len(idx)
    series = entries[column]
    if not len(idx):
        return series.to_numpy(dtype=object)[idx].tolist()
    if series.dtype == _STR and not series.isna().all():
        return series.array.take(idx)
    if isinstance(series.dtype, pd.CategoricalDtype) and series.cat.categories.dtype == _STR:
        codes = series.cat.codes.to_numpy()[idx]
        if codes.min() >= 0:  # no missing value: the list of strings would be a str column
            return _str_take(series.cat.categories.tolist(), codes, "str")
    if series.dtype in _NUMPY_TYPES:  # what a list of its values would become
        return series.to_numpy()[idx]
    return series.to_numpy(dtype=object)[idx].tolist()


def _str_take(values: list[Any], codes: np.ndarray, dtype: str) -> Any:
    """``values[codes[k]]`` for each ``k``, as a pandas ``dtype`` (``"str"`` or ``"string"``)
    array: taken in Arrow (no Python object per row) when ``values`` are strings or None.
    """
    try:
        pa: Any = importlib.import_module("pyarrow")  # pandas' optional storage
        table = pa.array(values, type=pa.large_string())
    except (ImportError, TypeError, ValueError):  # not all strings: as pandas converts them
        return pd.array(np.array(values, dtype=object)[codes], dtype=dtype)
    return pd.array(table.take(codes), dtype=dtype)


def _strings(values: list[str | None]) -> Any:
    """``values`` (strings or None) as a pandas ``string`` array, built through Arrow."""
    try:
        pa: Any = importlib.import_module("pyarrow")  # pandas' optional storage
        return pd.array(pa.array(values, type=pa.large_string()), dtype="string")
    except (ImportError, TypeError, ValueError):  # not all strings: as pandas converts them
        return pd.array(values, dtype="string")


def _unknown_reason(names: Sequence[str]) -> str:
    quoted = ", ".join(f"“{n}”" for n in names)
    return f"unknown place: {quoted} (not in the gazetteer)"


def _ints() -> array[int]:
    return array("q")


def _floats() -> array[float]:
    return array("d")


@dataclass
class _Scan:
    """The mention columns of :func:`locate`, one item per output row.

    Numbers are kept in typed arrays (8 bytes a row, not a Python object): ``start`` and
    ``end`` are -1 and ``score`` is NaN where a row has no mention.
    """

    row_of: array[int] = field(default_factory=_ints)
    place_id: list[str | None] = field(default_factory=list)
    matched: list[str | None] = field(default_factory=list)
    start: array[int] = field(default_factory=_ints)
    end: array[int] = field(default_factory=_ints)
    role: list[str | None] = field(default_factory=list)
    score: array[float] = field(default_factory=_floats)
    method: list[str | None] = field(default_factory=list)
    reason: list[str] = field(default_factory=list)
    extra_places: dict[str, Place] = field(default_factory=dict)

    def extend(self, other: _Scan, offset: int) -> None:
        shifted = np.frombuffer(other.row_of, dtype=np.int64) + offset
        self.row_of.frombytes(shifted.tobytes())
        self.place_id.extend(other.place_id)
        self.matched.extend(other.matched)
        self.start.extend(other.start)
        self.end.extend(other.end)
        self.role.extend(other.role)
        self.score.extend(other.score)
        self.method.extend(other.method)
        self.reason.extend(other.reason)
        self.extra_places.update(other.extra_places)


def _scan(
    blocks: Iterable[list[Any]],
    geoparser: Geoparser,
    geocoder: Geocoder | None,
    *,
    progress: Progress | None = None,
    done: int = 0,
    total: int = 0,
) -> _Scan:
    """Find the mentions of every caption (the inner loop of :func:`locate`).

    ``blocks``: the captions, in lists of consecutive ones.
    """
    out = _Scan()
    add_row_of = out.row_of.append
    add_place_id = out.place_id.append
    add_matched = out.matched.append
    add_start = out.start.append
    add_end = out.end.append
    add_role = out.role.append
    add_score = out.score.append
    add_method = out.method.append
    add_reason = out.reason.append
    extra_places = out.extra_places
    find = geoparser.find
    # the mentions of the captions met lately: a gallery repeats its captions
    seen: dict[str, list[PlaceMention]] = {}
    step = max(1, min(_PROGRESS_STEP, total // 100 or 1))
    i = -1
    for caption in (c for block in blocks for c in block):
        i += 1
        if progress is not None and i and i % step == 0:
            progress(done + i, total)
        text = caption if isinstance(caption, str) else ""
        stripped = text.strip()
        mentions = seen.get(text)
        if mentions is None:
            mentions = find(text) if stripped else []
            if len(seen) >= _SEEN_CAPTIONS:
                seen.clear()
            seen[text] = mentions
        found = False  # the photo's place (a place only mentioned in passing is not it)
        for m_place, m_matched, m_start, m_end, m_role, m_score, m_method, m_cue in mentions:
            found = found or m_role != "mentioned"
            add_row_of(i)
            add_place_id(m_place)
            add_matched(m_matched)
            add_start(m_start)
            add_end(m_end)
            add_role(m_role)
            add_score(float(m_score))
            add_method(m_method)
            # a place named only to say where another is: why it is not the photo's place
            add_reason(m_cue if m_role == "mentioned" and m_cue in CONTEXT_CUES else "")
        if found:
            continue
        # only places named in passing: their rows stand, and the entry is unlocated too
        why = "empty caption" if not stripped else "no place named in the caption"
        if mentions:
            why = "only places named in passing"
        if stripped:
            unknown = geoparser.unknown_places(text)
            if unknown:
                names = [u.name for u in unknown]
                hit = None
                why_geocoder = ""
                if geocoder is not None:
                    for u in unknown:
                        try:
                            hit = geocoder(u.name)
                        except GeocodeError as err:
                            log.warning("geocoder failed for %r: %s", u.name, err)
                            why_geocoder = f"; the geocoder failed: {err}"
                            break
                        if hit is not None:
                            extra_places[hit.id] = hit
                            add_row_of(i)
                            add_place_id(hit.id)
                            add_matched(u.name)
                            add_start(u.start)
                            add_end(u.end)
                            add_role("location")
                            add_score(_NAN)
                            add_method("geocoded")
                            add_reason("")
                            break
                if hit is not None:
                    continue
                why = _unknown_reason(names) + why_geocoder
        add_row_of(i)
        add_place_id(None)
        add_matched(None)
        add_start(-1)
        add_end(-1)
        add_role(None)
        add_score(_NAN)
        add_method(None)
        add_reason(why)
    if progress is not None:
        progress(done + i + 1, total)
    return out


_DATE_INPUT = (
    "caption",
    "gallery",
    "gallery_date",
    "date",
    "date_precision",
    "date_start",
    "source",
    "line",
)


# The geoparser a worker process unpickled last, with its pickle: the chunks of one call of
# locate that a worker scans share it (and its memos) instead of unpickling it each time.
_WORKER_GEOPARSER: list[tuple[bytes, Geoparser]] = []


def _worker_geoparser(blob: bytes) -> Geoparser:
    """The geoparser pickled as ``blob``: the one unpickled last when it is the same."""
    if _WORKER_GEOPARSER and _WORKER_GEOPARSER[0][0] == blob:
        return _WORKER_GEOPARSER[0][1]
    geoparser: Geoparser = pickle.loads(blob)  # noqa: S301 - our own pickle, from the parent
    _WORKER_GEOPARSER[:] = [(blob, geoparser)]
    return geoparser


# What the forked worker processes of the pool open now read (:func:`_worker_pool`): set before
# the pool starts, so that each worker has it from its parent's memory (no pickled geoparser to
# unpickle in each worker, no pickled chunk of captions per task), and cleared once it is done.
# For :func:`_scan_chunk` the geoparser and the entries; for :func:`_date_chunk` the entries.
_FORKED: list[Any] = []

#: A task of :func:`_scan_chunk`: the pickled geoparser and a chunk of entries (a spawned
#: worker), or rows ``a:b`` of :data:`_FORKED`'s entries (a forked one); then whether to
#: date them.
_ScanTask = tuple[bytes, pd.DataFrame, bool] | tuple[int, int, bool]


def _scan_chunk(args: _ScanTask) -> tuple[dict[str, pd.Series], _Scan]:
    """One chunk of entries in a worker process: its date columns (when asked) and mentions.

    A spawned worker gets the geoparser pickled (made by the parent process) and the chunk;
    a forked one takes both from :data:`_FORKED`, the chunk by its row numbers.
    """
    if isinstance(args[0], bytes):
        blob, chunk, with_dates = args
        geoparser = _worker_geoparser(blob)
    else:
        a, b, with_dates = args
        geoparser, entries = _FORKED[0]
        chunk = entries.iloc[a:b]
    dates: dict[str, pd.Series] = {}
    if with_dates:
        from aleppomap.dates import DATE_COLUMNS, add_dates

        dated = add_dates(chunk)
        dates = {c: dated[c] for c in DATE_COLUMNS}
    return dates, _scan(_blocks(chunk["caption"]), geoparser, None)


def _freeze_inherited() -> None:
    """Start of a forked worker: move what it inherited out of the garbage collector's view.

    The objects of the parent (entries, memos, the geoparser) stay alive as long as the
    worker; left in the collector's generations, each full collection would walk them all
    and write to their pages, copying memory the worker shares with its parent.
    """
    gc.freeze()


def _can_fork() -> bool:
    """Whether worker processes can be forked here (Linux, not Windows)."""
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def _worker_pool(workers: int, fork: bool, shared: Any) -> Iterator[Any]:
    """A pool of ``workers`` processes, forked when ``fork`` (each worker finds ``shared`` in
    :data:`_FORKED`, from its parent's memory, its garbage collector frozen at its start:
    :func:`_freeze_inherited`), else spawned (the tasks carry what they need)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork" if fork else "spawn")
    try:
        if fork:
            _FORKED[:] = [shared]
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_freeze_inherited if fork else None,
        ) as pool:
            yield pool
    finally:
        _FORKED.clear()


def usable_cpus() -> int:
    """The CPUs this process may run on (a container's or ``taskset``'s share, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _chunk_size(n: int, workers: int) -> int:
    """Entries per chunk of :func:`_locate_parallel`: about eight chunks per worker."""
    return max(_MIN_CHUNK, min(_MAX_CHUNK, -(-n // (workers * 8))))


def pool_size(workers: int | None, n: int) -> int:
    """The processes :func:`locate` uses for ``n`` entries when asked for ``workers``.

    Never more than the CPUs the process may use (:func:`usable_cpus`), nor than the chunks
    of captions there are to share; 1 (this process) for small inputs.
    """
    if workers is None or workers <= 1 or n < 2 * _MIN_CHUNK:
        return 1
    workers = min(workers, usable_cpus())
    chunks = -(-n // _chunk_size(n, workers))
    return max(1, min(workers, chunks))


def _run_bounds(entries: pd.DataFrame, size: int) -> list[tuple[int, int]]:
    """Chunks of about ``size`` rows of ``entries``, each cut where a run of rows of one
    gallery starts (:func:`~aleppomap.dates.gallery_runs`), so that
    :func:`~aleppomap.dates.add_dates` dates the chunks as it dates the whole table.

    A run longer than ``size`` makes a longer chunk.
    """
    from aleppomap.dates import gallery_runs

    n = len(entries)
    if n == 0:
        return []
    run_starts = np.flatnonzero(gallery_runs(entries))
    at = np.searchsorted(run_starts, np.arange(size, n, size))  # the next run's start
    edges = [0, *sorted(set(run_starts[at[at < len(run_starts)]].tolist())), n]
    return list(itertools.pairwise(edges))


def _locate_parallel(
    entries: pd.DataFrame,
    geoparser: Geoparser,
    workers: int,
    progress: Progress | None,
    with_dates: bool,
) -> tuple[pd.DataFrame, _Scan]:
    """Dates (when missing) and mentions of ``entries`` in a pool of ``workers`` processes.

    Chunks come back in input order, so the result is that of one process: when they are
    dated too, they are cut where a gallery's run of rows starts (:func:`_run_bounds`), and a
    table of fewer runs than workers is dated here, in one piece. A chunk whose
    dates are broken makes the whole table go through :func:`add_dates` here, for the error
    message of one process (naming the right row).
    """

    from aleppomap.errors import GalleryFormatError

    n = len(entries)
    size = _chunk_size(n, workers)
    bounds = _run_bounds(entries, size) if with_dates else []
    if with_dates and len(bounds) < workers:  # one long gallery: dated here, in one piece
        from aleppomap.dates import add_dates

        entries = add_dates(entries)
        with_dates = False
    if not with_dates:
        bounds = [(i, min(n, i + size)) for i in range(0, n, size)]
    cols = [c for c in _DATE_INPUT if c in entries.columns] if with_dates else ["caption"]
    frame = entries[cols]
    # fork where there is one: the workers need not re-import the caller's script (spawn
    # does, and breaks a script without an ``if __name__ == "__main__"`` guard), and they
    # have the geoparser and the captions from the parent's memory.
    fork = _can_fork()
    tasks: list[_ScanTask]
    if fork:
        tasks = [(a, b, with_dates) for a, b in bounds]
    else:
        blob = pickle.dumps(geoparser)
        tasks = [(blob, frame.iloc[a:b], with_dates) for a, b in bounds]
    out = _Scan()
    dates: dict[str, list[pd.Series]] = {}
    try:
        with _worker_pool(workers, fork, (geoparser, frame)) as pool:
            for (a, b), (part_dates, part) in zip(
                bounds, pool.map(_scan_chunk, tasks), strict=True
            ):
                out.extend(part, a)
                for c, values in part_dates.items():
                    dates.setdefault(c, []).append(values)
                if progress is not None:
                    progress(b, n)
    except GalleryFormatError:
        from aleppomap.dates import add_dates

        add_dates(entries)  # raises the error of the whole table
        raise
    if with_dates:
        entries = _joined_dates(entries, dates)
    return entries, out


def _joined_dates(entries: pd.DataFrame, dates: dict[str, list[pd.Series]]) -> pd.DataFrame:
    """A copy of ``entries`` with the date columns dated in chunks (in order), joined."""
    entries = entries.copy()
    for c, parts in dates.items():
        joined = pd.concat(parts, ignore_index=True)
        if c in ("date_start", "date_end"):
            joined = joined.astype(np.dtype("int64"))
        else:
            joined = joined.astype(_STR)
        entries[c] = joined.set_axis(entries.index)
    return entries


def _date_chunk(chunk: pd.DataFrame | tuple[int, int]) -> dict[str, pd.Series]:
    """The date columns of one chunk of entries (or of rows ``a:b`` of the entries in
    :data:`_FORKED`), in a worker process."""
    from aleppomap.dates import DATE_COLUMNS, add_dates

    if isinstance(chunk, tuple):
        entries: pd.DataFrame = _FORKED[0]
        chunk = entries.iloc[chunk[0] : chunk[1]]
    dated = add_dates(chunk)
    return {c: dated[c] for c in DATE_COLUMNS}


def add_dates_parallel(entries: pd.DataFrame, workers: int | None) -> pd.DataFrame:
    """:func:`~aleppomap.dates.add_dates` in a pool of ``workers`` processes: the same table.

    The entries are cut where a gallery's run of rows starts (:func:`_run_bounds`), so each
    chunk is dated as it is in the whole table; chunks come back in input order. Small
    tables (see :func:`pool_size`), ``workers`` ``None`` or 1, and tables of fewer runs than
    workers are dated in this process. A chunk whose dates are broken makes the whole table
    go through :func:`~aleppomap.dates.add_dates` here, for the error of one process.
    """

    from aleppomap.dates import add_dates
    from aleppomap.errors import GalleryFormatError

    n = len(entries)
    n_workers = pool_size(workers, n)
    bounds = _run_bounds(entries, _chunk_size(n, n_workers)) if n_workers > 1 else []
    if len(bounds) < max(2, n_workers) or "date_precision" in entries.columns:
        return add_dates(entries)
    frame = entries[[c for c in _DATE_INPUT if c in entries.columns]]
    fork = _can_fork()
    chunks: list[Any] = list(bounds) if fork else [frame.iloc[a:b] for a, b in bounds]
    dates: dict[str, list[pd.Series]] = {}
    try:
        with _worker_pool(n_workers, fork, frame) as pool:
            for part in pool.map(_date_chunk, chunks):
                for c, values in part.items():
                    dates.setdefault(c, []).append(values)
    except GalleryFormatError:
        add_dates(entries)  # raises the error of the whole table
        raise
    return _joined_dates(entries, dates)


def locate(
    entries: pd.DataFrame,
    gazetteer: Gazetteer | None = None,
    *,
    geoparser: Geoparser | None = None,
    geocoder: Geocoder | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> gpd.GeoDataFrame:
    """Find and locate the places of every entry: entries in, events out.

    Parameters
    ----------
    entries
        The frame returned by :func:`aleppomap.read_gallery` (one row per photo entry).
        Date columns are added with :func:`aleppomap.add_dates` when they are missing.
    gazetteer
        The places to resolve names against; the packaged Aleppo gazetteer by default.
    geoparser
        A prepared :class:`~aleppomap.Geoparser` (saves compiling the names again when
        ``locate`` is called on many partitions); built from ``gazetteer`` by default.
    geocoder
        Optional fallback for capitalised names the gazetteer lacks (see
        :mod:`aleppomap.geocode`). Off by default: no network.
    workers
        Geoparse in this many processes (chunks of captions, results in input order); the
        output is the same as with one. ``None`` or 1: in this process. Capped at the CPUs
        the process may use and at the chunks there are (see :func:`pool_size`). Ignored with a
        ``geocoder`` (its cache and rate limit belong to one process) and for small inputs.
        For an archive larger than one machine, run ``locate`` on partitions instead
        (Dask ``map_partitions``; see ``benchmarks/README.md``).
    progress
        Called as ``progress(done, total)`` (captions) while the captions are read, e.g. to
        advance a progress bar.

    Returns
    -------
    geopandas.GeoDataFrame
        The events table of ``docs/architecture.md`` in EPSG:4326: one row per (entry,
        place) mention, plus one row with ``located = False`` and a ``reason`` for each entry
        that names no locatable place. Every input entry appears at least once.

    Raises
    ------
    EventsTableError
        When ``entries`` lacks ``gallery``, ``entry`` or ``caption``, or an entry number is
        not an integer.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> events = locate(read_gallery())
    >>> int(events.loc[events.entry == 13, "place_id"].iloc[0] == "al-bab")
    1
    """
    require_columns(entries, _REQUIRED, table="entries")
    if entries["entry"].dtype != np.dtype("int64"):
        # Refused now, not after the scan: the table's entry column is int64.
        integers(entries["entry"].tolist(), column="entry", table="entries")
    with_dates = "date_precision" not in entries.columns
    n_workers = pool_size(workers, len(entries)) if geocoder is None else 1
    use_pool = n_workers > 1
    if with_dates and not use_pool:
        from aleppomap.dates import add_dates

        entries = add_dates(entries)
    if geoparser is None:
        from aleppomap.geoparse import Geoparser

        if gazetteer is None:
            from aleppomap.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        geoparser = Geoparser(gazetteer)
    places = geoparser.gazetteer.places
    place_name = places["name"].to_dict()
    place_kind = places["kind"].to_dict()
    place_unc = places["uncertainty_m"].astype(float).to_dict()
    points = places["point"]
    place_x = dict(zip(places.index, shapely.get_x(points.values), strict=True))
    place_y = dict(zip(places.index, shapely.get_y(points.values), strict=True))

    # One pass over the captions; columns are built as lists, then the frame at once.
    if use_pool:
        entries, scan = _locate_parallel(entries, geoparser, n_workers, progress, with_dates)
    else:
        scan = _scan(
            _blocks(entries["caption"]),
            geoparser,
            geocoder,
            progress=progress,
            total=len(entries),
        )
    for p in scan.extra_places.values():
        place_name[p.id] = p.name
        place_kind[p.id] = p.kind
        place_unc[p.id] = p.uncertainty_m
        place_x[p.id] = p.lon
        place_y[p.id] = p.lat

    # Entry columns: taken from the entries by row number (Arrow strings stay Arrow).
    idx = np.frombuffer(scan.row_of, dtype=np.int64).astype(np.intp)
    data: dict[str, Any] = {}
    for col in _ENTRY_COLUMNS:
        default: Any = [] if col in ("photographers", "agencies") else ""
        data[col] = _row_values(entries, col, idx, default)

    # Place columns: looked up once per distinct place, then taken by its code.
    codes, ids = pd.factorize(np.array(scan.place_id, dtype=object))
    scan.place_id = []
    located = codes >= 0
    ids_list: list[str] = ids.tolist()

    def by_place(values: list[Any], missing: Any) -> Any:
        out: Any = np.array([*values, missing], dtype=object)
        return out[codes]  # code -1 takes the last item: the missing value

    # code -1 takes the last item: None (a missing value)
    last = np.where(located, codes, len(ids_list))
    data["place_id"] = _str_take([*ids_list, None], last, "string")
    data["place"] = _str_take([*(place_name[p] for p in ids_list), None], last, "string")
    # Each list is let go once it is an array (a million Python objects less at the peak).
    data["matched"] = _strings(scan.matched)
    scan.matched = []
    start = np.frombuffer(scan.start, dtype=np.int64).copy()
    end = np.frombuffer(scan.end, dtype=np.int64).copy()
    data["start"] = pd.arrays.IntegerArray(start, start == -1)
    data["end"] = pd.arrays.IntegerArray(end, end == -1)
    data["role"] = _strings(scan.role)
    scan.role = []
    data["precision"] = _str_take([*(place_kind[p] for p in ids_list), None], last, "string")
    unc = np.array([*(place_unc[p] for p in ids_list), np.nan], dtype=float)
    data["uncertainty_m"] = unc[codes]
    data["score"] = np.frombuffer(scan.score, dtype=np.float64).copy()
    data["method"] = _strings(scan.method)
    scan.method = []
    data["located"] = located
    data["reason"] = as_str_array(scan.reason)
    scan.reason = []

    # One Point per place, shared by its rows (a million rows, a few hundred Points).
    shared: Any = shapely.points(
        np.array([place_x[k] for k in ids_list], dtype=float),
        np.array([place_y[k] for k in ids_list], dtype=float),
    )
    geoms: Any = by_place(list(shared), None)

    extra_cols = [
        c
        for c in entries.columns
        if c not in _ENTRY_COLUMNS and c not in _READER_COLUMNS and c not in EVENT_COLUMNS
    ]
    for col in extra_cols:
        data[col] = _row_values(entries, col, idx, None)
    del scan

    # The arrays are ours: the frames keep them instead of copying (pandas copies a dict
    # by default, geopandas a DataFrame).
    frame = pd.DataFrame(data, columns=[*EVENT_COLUMNS, *extra_cols], copy=False)
    del data
    events = gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326", copy=False)
    if events["entry"].dtype != np.dtype("int64"):
        events["entry"] = events["entry"].astype("int64")
    log.debug(
        "located %d of %d entries (%d events)",
        int(events.loc[events["located"], "entry"].nunique()),
        len(entries),
        int(events["located"].sum()),
    )
    return events


def located_events(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The rows of ``events`` that have a place and a point."""
    return events[events["located"].astype(bool)]


def unlocated(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """The entries of ``events`` that have no place, with the reason, as a plain table."""
    rows = events[~events["located"].astype(bool)]
    cols = [c for c in rows.columns if c != rows.geometry.name]
    return pd.DataFrame(rows[cols])
