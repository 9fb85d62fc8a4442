"""Reading galleries: format detection, the entries table, and the public readers.

This module owns what a reader call does from start to end: it opens each source
(:func:`_open`), decodes it (:mod:`.decoding`), detects its format from its first lines and
then its file name (:func:`_detect`), hands it to the matching parser (:mod:`.text_format`,
:mod:`.tabular`), and builds the entries table from the raw columns (:func:`_finish`:
captions repaired, credits split off and parsed, gallery columns categorical). Several
sources are made one table with unique gallery ids (:func:`_unique_ids`, :func:`_concat`)
and dated by :func:`aleppomap.dates.add_dates`.

Public: :func:`read_gallery`, :func:`read_gallery_text`, :func:`embedded_gallery` and
:data:`ENTRY_COLUMNS`.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gc
import io
import itertools
import logging
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

import numpy as np
import pandas as pd

from aleppomap.dates import add_dates, parse_iso_date
from aleppomap.errors import GalleryFormatError, InputError, OptionError
from aleppomap.gallery.columns import _Columns
from aleppomap.gallery.credits import parse_credit, split_credit
from aleppomap.gallery.decoding import _Decoder
from aleppomap.gallery.tabular import (
    MAX_EXTRA_COLUMNS,
    _column_name,
    _csv_columns,
    _jsonl_columns,
    _jsonl_rows,
    warn_title_from_name,
)
from aleppomap.gallery.text_format import _HEADER, _text_columns
from aleppomap.text import as_str_array, normalize_space, repair_text

__all__ = [
    "EMBEDDED_NAME",
    "ENTRY_COLUMNS",
    "Format",
    "Source",
    "embedded_gallery",
    "read_gallery",
    "read_gallery_text",
]

log = logging.getLogger("aleppomap")

EMBEDDED_NAME = "battle-for-aleppo-2016-12-13.txt"

#: The columns every entries table starts with (extra input columns follow, then the
#: date columns of :func:`aleppomap.dates.add_dates`).
ENTRY_COLUMNS: tuple[str, ...] = (
    "gallery",
    "gallery_title",
    "gallery_date",
    "gallery_intro",
    "entry",
    "caption",
    "credit",
    "photographers",
    "agencies",
    "source",
    "line",
)

Format = Literal["auto", "text", "csv", "jsonl"]
Source = str | os.PathLike[str] | IO[str] | IO[bytes]


def embedded_gallery() -> Path:
    """The path of the embedded "Battle for Aleppo" gallery (2016-12-13).

    Examples
    --------
    >>> embedded_gallery().name
    'battle-for-aleppo-2016-12-13.txt'
    """
    return Path(str(resources.files("aleppomap") / "data" / EMBEDDED_NAME))


def _detect(head: str, name: str) -> Literal["text", "csv", "jsonl"]:
    first = next((line.strip().lstrip("\ufeff") for line in head.split("\n") if line.strip()), "")
    if first.startswith("{"):
        return "jsonl"
    if first[:4].lower() == "date" and _HEADER.fullmatch(normalize_space(first)):
        return "text"
    suffix = Path(name).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    if any("caption" in _header_names(first, d) for d in (",", "\t", ";", "|")):
        return "csv"
    return "text"


def _header_names(line: str, delimiter: str) -> set[str]:
    """The column names ``line`` holds if it is a CSV header (none if it cannot be one)."""
    try:
        return {_column_name(h) for h in next(csv.reader([line], delimiter=delimiter))}
    except csv.Error:  # e.g. a field over the csv module's size limit: not a header
        return set()


def _runs_categorical(values: list[str], runs: list[int]) -> pd.Categorical:
    """``values[i]`` repeated ``runs[i]`` times, as a categorical (fast, compact)."""
    categories = list(dict.fromkeys(values))
    index = {v: i for i, v in enumerate(categories)}
    codes = np.repeat(np.array([index[v] for v in values], dtype=np.int32), runs)
    return pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype="str"))


@contextmanager
def _bulk() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of small lists are built.

    Each entry gets two new lists (photographers, agencies); with the collector on,
    its repeated full scans make a million entries take many times longer. Nothing
    built here holds a reference cycle. The collector's previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _finish(cols: _Columns, source_label: str) -> pd.DataFrame:
    """Repair the captions, split off the credits and build the entries table."""
    with _bulk():
        return _build(cols, source_label)


def _build(cols: _Columns, source_label: str) -> pd.DataFrame:
    captions, credits = _clean(cols)
    return _frame(cols, captions, credits, source_label)


def _clean(cols: _Columns) -> tuple[list[str], list[str]]:
    """The captions, repaired, and their credits (given, or split off the caption's end):
    the work per row of :func:`_build` (done in the worker processes by :func:`_read_split`).
    """
    captions: list[str] = []
    credits: list[str] = []
    given = cols.credit
    for i, raw in enumerate(cols.caption):
        caption = repair_text(raw)
        credit = repair_text(given[i]) if given is not None else ""
        if credit:
            if credit.startswith("(") and credit.endswith(")"):
                credit = credit[1:-1].strip()
            text, published = split_credit(caption)
            if published == credit:
                caption = text
        else:
            caption, credit = split_credit(caption)
        captions.append(caption)
        credits.append(credit)
    return captions, credits


def _frame(
    cols: _Columns, captions: list[str], credits: list[str], source_label: str
) -> pd.DataFrame:
    """The entries table of ``cols`` with its cleaned ``captions`` and ``credits``."""
    parsed: dict[str, tuple[list[str], list[str]]] = {}
    photographers: list[list[str]] = []
    agencies: list[list[str]] = []
    for credit in credits:
        people_orgs = parsed.get(credit)
        if people_orgs is None:
            people_orgs = parsed[credit] = parse_credit(credit)
        photographers.append(list(people_orgs[0]))
        agencies.append(list(people_orgs[1]))
    n = len(captions)
    data: dict[str, Any] = {
        "gallery": _runs_categorical([g[0] for g in cols.galleries], cols.runs),
        "gallery_title": _runs_categorical([g[1] for g in cols.galleries], cols.runs),
        "gallery_date": _runs_categorical([g[2] for g in cols.galleries], cols.runs),
        "gallery_intro": _runs_categorical([g[3] for g in cols.galleries], cols.runs),
        "entry": np.array(cols.entry, dtype=np.int64),
        "caption": as_str_array(captions),
        "credit": as_str_array(credits),
        "photographers": pd.Series(photographers, dtype=object),
        "agencies": pd.Series(agencies, dtype=object),
        "source": _runs_categorical([source_label], [n]),
        "line": np.array(cols.line, dtype=np.int64),
    }
    frame = pd.DataFrame(data)
    for key, values in cols.extras.items():
        if key in frame.columns:
            continue
        frame[key] = values
    return frame


#: A JSON Lines file of at least this many bytes is read by the worker processes of
#: ``read_gallery(..., workers=W)`` (W >= 2), in pieces of about :data:`_SPLIT_PIECE_BYTES`
#: bytes (at least two per worker), each cut at a line end: reading (decoding, JSON,
#: cleaning the captions and their credits) is most of a large file's time in the parent
#: process otherwise, while the other cores wait.
_SPLIT_MIN_BYTES = 8 << 20
_SPLIT_PIECE_BYTES = 16 << 20
_UTF16_32_BOMS = (
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
)


@dataclass
class _Piece:
    """What a worker read of a piece of a JSON Lines file (lines numbered from 1)."""

    cols: _Columns  # (``caption``: repaired, credits split off; ``credit``: None)
    credits: list[str]
    lines: int  # the lines of the piece (the next piece's first is this one's + 1)
    titled_from_name: bool
    unnumbered_first: set[str]  # galleries whose first row here had no entry number
    numbers: dict[str, tuple[int, int]]  # gallery -> its first and last entry number here


def _read_piece(
    task: tuple[str, int, int, str, str | None, str | None, str],
) -> _Piece | None:
    """Bytes ``start:end`` of a JSON Lines file (whole lines), read and cleaned, in a worker.

    None when the piece has anything :func:`_read_one` would say or refuse (a malformed line,
    a line that is not UTF-8 ...): the file is then read in one process, for that message.
    """
    path, start, end, label, title, date, stem = task
    with Path(path).open("rb") as stream:
        stream.seek(start)
        data = stream.read(end - start)
    decoder = _Decoder(io.BytesIO(data), label)
    decoder.check_specials = False  # (as _read_one does for JSON Lines)
    lines = 0

    def counted() -> Iterator[tuple[str, bool]]:
        nonlocal lines
        for piece in decoder.pieces():
            lines += piece[0].count("\n")
            yield piece

    try:
        with _bulk():
            rows = _jsonl_rows(counted(), label, title, date, stem)
            if decoder.fallback_line is not None:
                return None
            cols = rows.cols
            captions, credits = _clean(cols)
    except GalleryFormatError:
        return None
    cols.caption, cols.credit = captions, None
    entry = cols.entry
    numbers = {g: (entry[at[0]], entry[at[-1]]) for g, at in rows.last.items()}
    return _Piece(cols, credits, lines, rows.titled_from_name, rows.unnumbered_first, numbers)


def _line_starts(stream: IO[bytes], size: int, n: int) -> list[int]:
    """About ``n`` offsets that cut ``size`` bytes into pieces, each the start of a line."""
    starts = [0]
    for k in range(1, n):
        at = max(size * k // n, starts[-1] + 1)
        stream.seek(at - 1)  # the line start at or after ``at``: after a newline from at-1
        while True:
            block = stream.read(1 << 16)
            if not block:
                return starts
            cut = block.find(b"\n")
            if cut >= 0:
                at += cut
                break
            at += len(block)
        if at >= size:
            break
        starts.append(at)
    return starts


def _read_split(
    path: str, label: str, title: str | None, date: str | None, stem: str, workers: int
) -> pd.DataFrame | None:
    """The entries table of the JSON Lines file ``path``, read in pieces by ``workers``
    processes: the table :func:`_read_one` makes in one process. None when the file is small
    or not plain UTF-8, or when a piece must be read with the ones before it (a gallery
    numbered without its entry numbers across two pieces, entry numbers going backwards
    across pieces, more extra columns than :data:`~.tabular.MAX_EXTRA_COLUMNS`) or holds
    what :func:`_read_one` says or refuses: then the caller reads it in one process.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from aleppomap.events import usable_cpus

    workers = min(workers, usable_cpus())
    size = Path(path).stat().st_size
    if workers < 2 or size < _SPLIT_MIN_BYTES:
        return None
    if "fork" not in multiprocessing.get_all_start_methods():
        return None  # (each worker would import everything again)
    with Path(path).open("rb") as stream:
        if stream.read(4).startswith(_UTF16_32_BOMS):
            return None  # (a newline byte may be half of a character)
        starts = _line_starts(stream, size, max(2 * workers, -(-size // _SPLIT_PIECE_BYTES)))
    bounds = itertools.pairwise([*starts, size])
    tasks = [(path, a, b, label, title, date, stem) for a, b in bounds]
    cols = _Columns()
    captions: list[str] = []
    credits: list[str] = []
    last: dict[str, int] = {}  # gallery -> its last entry number so far
    lines = 0
    titled = False
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for task, piece in zip(tasks, pool.map(_read_piece, tasks), strict=True):
            if piece is None or not _joins(piece, last, cols):
                log.debug("%s: read in one process (the piece at byte %d)", label, task[1])
                pool.shutdown(wait=True, cancel_futures=True)
                return None
            part = piece.cols
            n = len(part.entry)
            for gallery, run in zip(part.galleries, part.runs, strict=True):
                cols.add_run(gallery, run)
            cols.entry.extend(part.entry)
            cols.line.extend([line + lines for line in part.line])
            captions.extend(part.caption)
            credits.extend(piece.credits)
            for key, values in cols.extras.items():
                values.extend(part.extras.get(key) or [""] * n)
            lines += piece.lines
            titled |= piece.titled_from_name
            del piece, part
    if not captions:
        return None
    if titled:
        warn_title_from_name(label, stem)
    with _bulk():
        return _frame(cols, captions, credits, label)


def _joins(piece: _Piece, last: dict[str, int], cols: _Columns) -> bool:
    """Whether ``piece`` follows the pieces before it as its rows would in one reading
    (then ``last`` is updated, and ``cols`` has a column for each of its extra columns)."""
    for gallery in piece.unnumbered_first:
        if gallery in last:  # numbered 1, it would follow the gallery's rows before it
            return False
    for gallery, (first, _) in piece.numbers.items():
        before = last.get(gallery)
        if before is not None and first <= before:
            return False  # entry numbers going backwards: the message of one reading
    new = [key for key in piece.cols.extras if key not in cols.extras]
    if len(cols.extras) + len(new) > MAX_EXTRA_COLUMNS:
        return False  # which of them overflow depends on the order of all rows
    for gallery, (_, end) in piece.numbers.items():
        last[gallery] = end
    n = len(cols.entry)
    for key in new:
        cols.extras[key] = [""] * n
    return True


def _open(source: Source) -> tuple[IO[bytes] | IO[str], str, bool]:
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        try:
            return Path(name).open("rb"), name, True
        except FileNotFoundError as err:
            raise InputError("no such file", source=name) from err
        except IsADirectoryError as err:
            raise InputError("a folder, not a gallery file", source=name) from err
        except OSError as err:
            raise InputError(f"cannot read: {err.strerror}", source=name) from err
    name = str(getattr(source, "name", "") or "<stream>")
    return source, name, False


def _read_one(
    source: Source,
    *,
    title: str | None,
    date: str | None,
    format: Format,
    label: str | None = None,
    workers: int = 1,
) -> pd.DataFrame:
    stream, name, close = _open(source)
    label = label or name
    try:
        decoder = _Decoder(stream, label)
        pieces = decoder.pieces()
        buffered: list[tuple[str, bool]] = []
        for piece in pieces:  # up to the first piece that is not blank
            buffered.append(piece)
            if piece[0].strip():
                break
        head = "".join(text for text, _ in buffered)
        if not head.strip():
            raise GalleryFormatError("empty file: no gallery in it", source=label)
        kind = _detect(head, name) if format == "auto" else format
        decoder.check_specials = kind == "text"  # the other parsers clean each cell
        everything = itertools.chain(buffered, pieces)
        stem = Path(name).stem if name != "<stream>" else "gallery"
        if kind == "text":
            if title is not None or date is not None:
                log.debug("%s: a text gallery's header gives its title and date", label)
            cols = _text_columns(everything, label)
        elif kind == "csv":
            cols = _csv_columns(everything, label, title, date, stem)
        elif kind == "jsonl":
            frame = (
                _read_split(name, label, title, date, stem, workers)
                if close and workers > 1
                else None
            )
            if frame is not None:
                log.info("%s: %d entries (%s, %d processes)", label, len(frame), kind, workers)
                return frame
            cols = _jsonl_columns(everything, label, title, date, stem)
        else:
            raise OptionError(f"unknown format {kind!r}; use auto, text, csv or jsonl")
        decoder.warn_fallback()
    finally:
        if close:
            stream.close()
    frame = _finish(cols, label)
    log.info("%s: %d entries (%s)", label, len(frame), kind)
    return frame


def _unique_ids(frames: Sequence[pd.DataFrame]) -> list[pd.DataFrame]:
    seen: set[str] = set()
    out: list[pd.DataFrame] = []
    for frame in frames:
        renames: dict[str, str] = {}
        # (the distinct ids in order of appearance, without a string per row)
        for gallery in dict.fromkeys(map(str, pd.unique(frame["gallery"]))):
            new = gallery
            k = 2
            while new in seen:
                new = f"{gallery}-{k}"
                k += 1
            seen.add(new)
            if new != gallery:
                renames[gallery] = new
                log.warning("gallery id %s is taken; this one is %s", gallery, new)
        if renames:
            frame = frame.copy()
            frame["gallery"] = frame["gallery"].astype(str).replace(renames).astype("category")
        out.append(frame)
    return out


def _concat(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    if len(frames) == 1:
        return frames[0]
    frame = pd.concat(frames, ignore_index=True)
    for col in ("gallery", "gallery_title", "gallery_date", "gallery_intro", "source"):
        frame[col] = frame[col].astype(str).astype("category")
    for col in frame.columns:
        if col not in ENTRY_COLUMNS and frame[col].isna().any():
            frame[col] = frame[col].astype(object).where(frame[col].notna(), "")
    return frame


def _check_options(date: str | dt.date | None) -> str | None:
    if date is None:
        return None
    if isinstance(date, dt.date):
        return date.isoformat()
    parsed = parse_iso_date(date)
    if parsed is None or len(date.strip()) != 10:
        raise GalleryFormatError(f"gallery date {date!r} is not a date; write it as YYYY-MM-DD")
    return parsed.isoformat()


def read_gallery(
    *sources: Source,
    title: str | None = None,
    date: str | dt.date | None = None,
    format: Format = "auto",
    workers: int | None = None,
) -> pd.DataFrame:
    """Read one or more galleries into one entries table, with dates.

    Parameters
    ----------
    *sources
        Paths or open files (text or binary) of galleries: text, CSV or JSON Lines.
        None: the embedded "Battle for Aleppo" gallery.
    title, date
        The gallery title and date (``YYYY-MM-DD``) of CSV/JSON Lines input that has no
        ``gallery_title``/``gallery_date`` column (default title: the file's name). A
        text gallery's header gives its own.
    format
        ``"auto"`` detects it from the content (then the file name).
    workers
        Date the entries in this many processes (chunks cut between galleries), and read a
        large JSON Lines file in them too (pieces cut at line ends); the table, warnings and
        errors are those of one process. ``None`` or 1: in this process. Capped as
        :func:`aleppomap.locate` caps its workers; small tables are read and dated here.

    Returns
    -------
    pandas.DataFrame
        One row per entry, galleries in the order given, entries in gallery order:
        the columns of :data:`ENTRY_COLUMNS`, the input's extra columns, then ``date``,
        ``date_precision``, ``date_text``, ``date_start``, ``date_end``. ``gallery``,
        ``gallery_title``, ``gallery_date``, ``gallery_intro`` and ``source`` are
        categorical (one value per gallery, stored once).

    Raises
    ------
    GalleryFormatError
        Bad input: empty or binary file, missing or malformed header, entry numbers
        repeated or going backwards, a caption before the first entry number, a CSV
        without a caption column, an invalid date ... naming the file and line.
    InputError
        A file that cannot be opened (missing, a folder, unreadable).
    OptionError
        An unknown ``format``.

    Warns
    -----
    UnicodeWarning
        A file that is not UTF-8, read as Windows-1252 or Latin-1.

    Examples
    --------
    >>> entries = read_gallery()
    >>> len(entries), entries["gallery"].iloc[0]
    (25, 'battle-for-aleppo-2016-12-13')
    >>> entries.loc[0, ["date", "date_precision", "credit"]].tolist()
    ['2016-12-14', 'day', 'George Ourfalian/AFP/Getty Images']
    """
    option_date = _check_options(date)
    if format not in ("auto", "text", "csv", "jsonl"):
        raise OptionError(f"unknown format {format!r}; use auto, text, csv or jsonl")
    frames: list[pd.DataFrame] = []
    if not sources:
        frames.append(
            _read_one(
                embedded_gallery(),
                title=title,
                date=option_date,
                format=format,
                label=EMBEDDED_NAME,
            )
        )
    for source in sources:
        frames.append(
            _read_one(source, title=title, date=option_date, format=format, workers=workers or 1)
        )
    entries = _concat(_unique_ids(frames))
    if workers is not None and workers > 1:
        from aleppomap.events import add_dates_parallel

        return add_dates_parallel(entries, workers)
    return add_dates(entries)


def read_gallery_text(
    text: str,
    *,
    source: str = "<text>",
    title: str | None = None,
    date: str | dt.date | None = None,
    format: Format = "auto",
) -> pd.DataFrame:
    """Read a gallery held in a string (as :func:`read_gallery` reads a file).

    Examples
    --------
    >>> t = read_gallery_text("date 2017-01-03 Aleppo after the battle\\n1\\n"
    ...                       "Residents return on Dec. 28. (AP Photo/Hassan Ammar)\\n")
    >>> t.loc[0, ["gallery", "caption", "date"]].tolist()
    ['aleppo-after-the-battle-2017-01-03', 'Residents return on Dec. 28.', '2016-12-28']
    >>> t.loc[0, ["photographers", "agencies"]].tolist()
    [['Hassan Ammar'], ['AP']]
    """
    stream = io.StringIO(text)
    frame = _read_one(stream, title=title, date=_check_options(date), format=format, label=source)
    return add_dates(frame)
