"""Tables of entries: CSV and JSON Lines, one entry per row.

``caption`` is required; ``entry`` or ``id`` is the number (row order when absent; ``#3``
or ``3.`` are read as in the text format), ``credit``, ``date`` (the photo's date,
``YYYY-MM-DD``), ``gallery_title``/``title``, ``gallery_date``, ``gallery_intro``/``intro``
and ``gallery`` (id) are known; any other column (``url``, ``image`` ...) is carried
through. A column that the reader itself writes (``source``, ``line`` ...) is renamed
``input_<name>``.

This module owns the tabular formats: the column names (:func:`_column_name`), the CSV
delimiter (:func:`_sniff_delimiter`), the entry numbers of a row (:func:`_entry_number`),
the rows gathered into columns (:class:`_Rows`) and the two readers
(:func:`_csv_columns`, :func:`_jsonl_columns`).
"""

from __future__ import annotations

import csv
import itertools
import json
import logging
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aleppomap.dates import parse_iso_date
from aleppomap.errors import GalleryFormatError
from aleppomap.gallery.columns import _Columns
from aleppomap.gallery.text_format import _marker
from aleppomap.text import normalize_space, repair_text, slugify

log = logging.getLogger("aleppomap")

__all__ = ["MAX_EXTRA_COLUMNS", "OVERFLOW_COLUMN", "warn_title_from_name"]

_T = TypeVar("_T")

# Column names of tabular input, and the names they are read as.
_ALIASES = {
    "entry": "entry",
    "id": "id",
    "caption": "caption",
    "credit": "credit",
    "gallery": "gallery",
    "gallery_title": "gallery_title",
    "title": "gallery_title",
    "gallery_date": "gallery_date",
    "gallery_intro": "gallery_intro",
    "intro": "gallery_intro",
}
_KNOWN = frozenset(_ALIASES.values())
# Columns that the reader or add_dates write: an input column of that name is renamed.
_RESERVED = frozenset(
    {"source", "line", "photographers", "agencies"}
    | {"date_precision", "date_text", "date_start", "date_end"}
)


#: Extra input columns (beyond the known ones) that become columns of the entries table. The
#: keys met after these, in JSON Lines whose rows each bring keys of their own, are kept per
#: row in :data:`OVERFLOW_COLUMN` (a dict), so the table's size stays bounded by the input's.
MAX_EXTRA_COLUMNS = 32
OVERFLOW_COLUMN = "other_fields"
#: The largest entry number read (it must fit the table's 64-bit integer column).
MAX_ENTRY_NUMBER = 2**63 - 1
#: The deepest nesting of arrays and objects a JSON Lines value may have: deeper values would
#: outrun the writers downstream (Arrow stops at 63 levels, Python at its recursion limit).
MAX_JSON_DEPTH = 32


def _too_deep(record: dict[str, Any]) -> bool:
    """Whether a value of ``record`` nests arrays or objects deeper than :data:`MAX_JSON_DEPTH`."""
    stack: list[tuple[Any, int]] = [(v, 1) for v in record.values() if isinstance(v, _NESTED)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        items = value.values() if isinstance(value, dict) else value
        stack.extend((v, depth + 1) for v in items if isinstance(v, _NESTED))
    return False


_NESTED = (list, dict)
# What json.loads parses a line with: the default decoder's scanner (see _jsonl_columns).
_ScanOnce = Callable[[str, int], tuple[Any, int]]
_SCAN_JSON: _ScanOnce = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _column_name(raw: str) -> str:
    name = raw.strip().lstrip("\ufeff").strip().lower().replace(" ", "_")
    name = _ALIASES.get(name, name)
    return "input_" + name if name in _RESERVED else name


def _remember(names: dict[str, str], key: str) -> str:
    """:func:`_column_name` of ``key``, remembered in ``names``."""
    name = names[key] = _column_name(str(key))
    return name


@dataclass
class _Rows:
    """Accumulates tabular rows (CSV or JSON Lines) into columns."""

    source: str
    title: str | None
    date: str | None
    stem: str
    cols: _Columns = field(default_factory=_Columns)
    last: dict[str, list[int]] = field(default_factory=dict)
    # The same gallery title, date and id repeat on every row of a gallery: each distinct
    # (title, date, id) as written is cleaned once.
    _galleries: dict[tuple[str, str, str], tuple[str, str, str]] = field(default_factory=dict)
    # The file's name stood in for a title (said once per file).
    _titled_from_name: bool = False
    # The last gallery intro as written, and cleaned (it repeats on each row of a gallery).
    _intro: tuple[str, str] = ("", "")
    #: The galleries whose first row here has no entry number (so it was numbered 1): read
    #: apart from the rows before it (a piece of a file), it may need another number.
    unnumbered_first: set[str] = field(default_factory=set)

    @property
    def rows(self) -> int:
        """The rows added so far."""
        return len(self.cols.entry)

    @property
    def titled_from_name(self) -> bool:
        """Whether a row had no title, so the file's name stood in for it."""
        return self._titled_from_name

    def done(self) -> _Columns:
        """The columns of a file read to its end; say where a title was made up from."""
        if self._titled_from_name:
            warn_title_from_name(self.source, self.stem)
        return self.cols

    def _gallery(self, record: dict[str, Any], lineno: int) -> tuple[str, str, str]:
        """The row's gallery (id, title, ISO date), cleaned, defaults applied."""
        gallery, title, day = (
            record.get("gallery"),
            record.get("gallery_title"),
            record.get("gallery_date"),
        )
        written = (
            gallery if gallery.__class__ is str else _cell(gallery),
            title if title.__class__ is str else _cell(title),
            day if day.__class__ is str else _cell(day),
        )
        known = self._galleries.get(written)
        if known is not None:
            return known
        title = written[1] or self.title or self.stem
        self._titled_from_name |= not (written[1] or self.title)
        day = written[2] or self.date or ""
        if day:
            parsed = parse_iso_date(day)
            if parsed is None:
                raise GalleryFormatError(
                    f"gallery date {day!r} is not a date; write it as YYYY-MM-DD",
                    source=self.source,
                    line=lineno,
                )
            day = parsed.isoformat()
        title = repair_text(normalize_space(title))
        gallery = written[0] or (slugify(title) + ("-" + day if day else ""))
        if len(self._galleries) > 100_000:
            self._galleries.clear()
        self._galleries[written] = (gallery, title, day)
        return gallery, title, day

    def add(
        self, record: dict[str, Any], lineno: int, extra: tuple[str, ...] | None = None
    ) -> None:
        """Add one row. ``extra``: the keys of ``record`` that are not known columns
        (:func:`_extra_keys`), when the caller has them at hand (the same for many rows).
        """
        cols = self.cols
        entries = cols.entry
        gallery, title, day = self._gallery(record, lineno)
        positions = self.last.get(gallery)
        if positions is None:
            positions = self.last[gallery] = []
        value = record.get("entry", _ABSENT)
        if value is _ABSENT:
            value = record.get("id", _ABSENT)
        if value is _ABSENT:
            if positions:
                number = entries[positions[-1]] + 1
            else:
                number = 1
                self.unnumbered_first.add(gallery)
        elif value.__class__ is int and 0 <= value <= MAX_ENTRY_NUMBER:
            number = value
        else:
            number = _entry_number(value, self.source, lineno)
        if positions and number <= entries[positions[-1]]:
            numbers = [entries[p] for p in positions]
            at = bisect_left(numbers, number)
            if at < len(numbers) and numbers[at] == number:
                problem = f"entry {number} is repeated (first at line {cols.line[positions[at]]})"
            else:
                problem = f"entry {number} comes after entry {numbers[-1]}"
            raise GalleryFormatError(
                f"{problem}; entry numbers must increase", source=self.source, line=lineno
            )
        positions.append(len(entries))
        intro = record.get("gallery_intro")
        if intro.__class__ is not str:
            intro = _cell(intro)
        if intro:
            if intro != self._intro[0]:  # a gallery's intro repeats on each of its rows
                self._intro = (intro, repair_text(normalize_space(intro)))
            intro = self._intro[1]
        cols.add_run((gallery, title, day, intro), 1)
        entries.append(number)
        caption = record.get("caption")
        cols.caption.append(
            normalize_space(caption if caption.__class__ is str else _cell(caption))
        )
        if cols.credit is None and "credit" in record:
            cols.credit = [""] * (len(entries) - 1)
        if cols.credit is not None:
            credit = record.get("credit")
            cols.credit.append(
                normalize_space(credit if credit.__class__ is str else _cell(credit))
            )
        cols.line.append(lineno)
        if extra is None:
            extra = _extra_keys(tuple(record))
        if extra:
            self._add_extras(record, extra)
        elif cols.extras:
            for column in cols.extras.values():
                column.append("")

    def _add_extras(self, record: dict[str, Any], extra: tuple[str, ...]) -> None:
        """The values of ``record``'s ``extra`` keys, each to its column (after the rest of
        the row was added); a column the row lacks gets ``""``.
        """
        cols = self.cols
        n = len(cols.entry)
        overflow: dict[str, Any] = {}
        for key in extra:
            value = record[key]
            column = cols.extras.get(key)
            if column is None:
                if len(cols.extras) >= MAX_EXTRA_COLUMNS:
                    overflow[key] = value
                    continue
                column = cols.extras[key] = [""] * (n - 1)
            column.append(value if value is not None else "")
        if overflow:
            column = cols.extras.get(OVERFLOW_COLUMN)
            if column is None:
                column = cols.extras[OVERFLOW_COLUMN] = [""] * (n - 1)
            column.append(overflow)
        for column in cols.extras.values():
            if len(column) < n:
                column.append("")


def warn_title_from_name(source: str, stem: str) -> None:
    """Say (once per file) that rows without a title took the file's name ``stem``."""
    log.warning(
        "%s: title taken from the file name %r (the rows have no gallery_title; "
        "give one with --title)",
        source,
        stem,
    )


def _extra_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of a row (column names, in its order) that are not known columns: each is
    carried through as a column of its own (``id`` is one when ``entry`` is there too).
    """
    return tuple(k for k in keys if k not in _KNOWN or (k == "id" and "entry" in keys))


_ABSENT: Any = object()  # a key the row lacks


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _entry_number(value: Any, source: str, lineno: int) -> int:
    if isinstance(value, bool):  # JSON's true and false are no numbers
        raise GalleryFormatError(
            f"entry number {json.dumps(value)} is not a whole number", source=source, line=lineno
        )
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = _cell(value).strip()
        marker = _marker(text) if text else None
        if marker is None:
            raise GalleryFormatError(
                f"entry number {text!r} is not a whole number", source=source, line=lineno
            )
        number = marker
    if number < 0:
        raise GalleryFormatError(f"entry number {number} is negative", source=source, line=lineno)
    if number > MAX_ENTRY_NUMBER:
        raise GalleryFormatError(
            f"entry number {number} is too large (at most {MAX_ENTRY_NUMBER:,})",
            source=source,
            line=lineno,
        )
    return number


def _split_lines(pieces: Iterable[tuple[str, bool]]) -> Iterator[str]:
    for piece, _ in pieces:
        lines = piece.split("\n")
        last = lines.pop()
        for line in lines:
            yield line + "\n"
        if last:
            yield last


def _csv_columns(
    pieces: Iterable[tuple[str, bool]],
    source: str,
    title: str | None,
    date: str | None,
    stem: str,
) -> _Columns:
    lines = _split_lines(pieces)
    header_line = ""
    skipped = 0
    for header_line in lines:
        skipped += 1
        if header_line.strip():
            break
    if not header_line.strip():
        raise GalleryFormatError("empty file: no CSV header", source=source)
    delimiter = _sniff_delimiter(header_line)
    # The end marker after the last line tells an unterminated quote from a field that ends
    # the file: a quote left open swallows the marker into its field.
    ended = itertools.chain(_chain_first(header_line, lines), [_END_OF_INPUT])
    reader = csv.reader(ended, delimiter=delimiter, strict=False)
    try:
        header = [_column_name(h) for h in next(reader)]
    except csv.Error as err:
        raise GalleryFormatError(
            f"malformed CSV header: {err}", source=source, line=skipped
        ) from err
    if "caption" not in header:
        found = ", ".join(repr(h) for h in header) or "none"
        raise GalleryFormatError(
            f"this CSV has no 'caption' column (columns: {found}); "
            "name the column that holds the captions 'caption'",
            source=source,
            line=skipped,
        )
    dupes = sorted({h for h in header if header.count(h) > 1})
    if dupes:
        raise GalleryFormatError(
            f"the CSV header repeats the column(s) {', '.join(dupes)}",
            source=source,
            line=skipped,
        )
    rows = _Rows(source=source, title=title, date=date, stem=stem)
    extra = _extra_keys(tuple(header))
    offset = skipped - 1
    previous_end = reader.line_num
    try:
        for record in reader:
            start = previous_end + 1 + offset
            previous_end = reader.line_num
            if record == [_END_OF_INPUT]:
                break
            if record and _END_OF_INPUT in record[-1]:
                opened = start + sum(field.count("\n") for field in record[:-1])
                raise GalleryFormatError(
                    "a quoted field begins here and is never closed, so every line after it "
                    'would be read into it; close the quote (") or remove it',
                    source=source,
                    line=opened,
                )
            if not record or all(not c.strip() for c in record):
                continue
            if len(record) > len(header):
                raise GalleryFormatError(
                    f"{len(record)} fields but the header has {len(header)}; "
                    "quote fields that hold the delimiter",
                    source=source,
                    line=start,
                )
            record += [""] * (len(header) - len(record))
            rows.add(dict(zip(header, record, strict=True)), start, extra)
    except csv.Error as err:
        raise GalleryFormatError(
            f"malformed CSV: {err}", source=source, line=reader.line_num + offset
        ) from err
    if not rows.rows:
        raise GalleryFormatError("no entries: the CSV has a header but no rows", source=source)
    return rows.done()


# Fed to the CSV reader after the input's last line. Private-use characters that real text does
# not hold; a row ends the reading only when it is exactly this one field.
_END_OF_INPUT = "\ue000aleppomap: end of input\ue000"


def _chain_first(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest


def _sniff_delimiter(header: str) -> str:
    best = ","
    for delimiter in (",", "\t", ";", "|"):
        names = {_column_name(h) for h in next(csv.reader([header], delimiter=delimiter))}
        if "caption" in names:
            return delimiter
        if header.count(delimiter) > header.count(best):
            best = delimiter
    return best


def _jsonl_columns(
    pieces: Iterable[tuple[str, bool]],
    source: str,
    title: str | None,
    date: str | None,
    stem: str,
) -> _Columns:
    rows = _jsonl_rows(pieces, source, title, date, stem)
    if not rows.rows:
        raise GalleryFormatError("empty file: no JSON Lines entries", source=source)
    return rows.done()


def _jsonl_rows(
    pieces: Iterable[tuple[str, bool]],
    source: str,
    title: str | None,
    date: str | None,
    stem: str,
) -> _Rows:
    """The rows of JSON Lines ``pieces`` (of a whole file, or of a piece of one whose lines
    are numbered from 1), gathered into columns; :func:`_jsonl_columns` without its checks
    of the whole file (not empty) and its warning (a title taken from the file name)."""
    rows = _Rows(source=source, title=title, date=date, stem=stem)
    names: dict[str, str] = {}  # key as written -> column name
    # keys of a row as written -> whether each is its own column name (the usual case), and
    # the row's keys that are not known columns (:func:`_extra_keys`)
    as_written: dict[tuple[str, ...], tuple[bool, tuple[str, ...]]] = {}
    scan = _SCAN_JSON
    length = len
    for lineno, line in _numbered_lines(pieces):
        try:
            # the C scanner that json.loads runs, without its Python layers; a line it does
            # not read whole (whitespace around the object, an error) goes through json.loads
            try:
                record, end = scan(line, 0)
            except (StopIteration, ValueError):
                end = -1
            if end != length(line):
                record = json.loads(line)
        except json.JSONDecodeError:
            err = _json_error(line)
            raise GalleryFormatError(
                f"not a JSON object: {err.msg} (column {err.colno})", source=source, line=lineno
            ) from err
        except RecursionError as err:
            raise GalleryFormatError(
                "the JSON on this line is nested too deeply to read", source=source, line=lineno
            ) from err
        if record.__class__ is not dict:
            raise GalleryFormatError(
                f"each line must be a JSON object, found {type(record).__name__}",
                source=source,
                line=lineno,
            )
        # a line of fewer brackets than that cannot nest that deep (the usual case: no check)
        if line.count("{") + line.count("[") > MAX_JSON_DEPTH and _too_deep(record):
            raise GalleryFormatError(
                f"the JSON on this line nests arrays or objects more than {MAX_JSON_DEPTH} "
                "levels deep",
                source=source,
                line=lineno,
            )
        keys = tuple(record)
        known = as_written.get(keys)
        if known is None:
            columns = tuple(names.get(k) or _remember(names, k) for k in keys)
            known = as_written[keys] = (columns == keys, _extra_keys(columns))
            if len(as_written) > 10_000:
                as_written.clear()
        plain, extra = known
        named = (
            record if plain else {names.get(k) or _remember(names, k): v for k, v in record.items()}
        )
        if len(named) < len(record):
            raise GalleryFormatError(
                f"the keys {_collisions(record, names)} name the same column; keep one of them",
                source=source,
                line=lineno,
            )
        if "caption" not in named:
            raise GalleryFormatError(
                "this entry has no 'caption' (use null or \"\" for an empty entry)",
                source=source,
                line=lineno,
            )
        caption = named["caption"]
        if caption is not None and not isinstance(caption, str):
            raise GalleryFormatError(
                f"'caption' must be text, found {type(caption).__name__}",
                source=source,
                line=lineno,
            )
        rows.add(named, lineno, extra)
    return rows


def _numbered_lines(pieces: Iterable[tuple[str, bool]]) -> Iterator[tuple[int, str]]:
    """The lines of ``pieces`` that are not blank, each with its line number (from 1)."""
    lineno = 0
    for piece, _ in pieces:
        lines = piece.split("\n")
        last = lines.pop()
        if last:
            lines.append(last)
        for line in lines:
            lineno += 1
            if line and not line.isspace():
                yield lineno, line


def _json_error(line: str) -> json.JSONDecodeError:
    """The error :func:`json.loads` gives for ``line`` read with its line end."""
    try:
        json.loads(line + "\n")
    except json.JSONDecodeError as err:
        return err
    raise AssertionError("a line that failed to parse parsed")  # pragma: no cover


def _collisions(record: dict[str, Any], names: dict[str, str]) -> str:
    """The keys of ``record`` that :func:`_column_name` reads as one column, for a message."""
    by_name: dict[str, list[str]] = {}
    for key in record:
        by_name.setdefault(names[key], []).append(repr(key))
    return "; ".join(" and ".join(keys) for keys in by_name.values() if len(keys) > 1)
