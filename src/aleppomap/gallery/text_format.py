"""The gallery text format: a header line, an introduction, then numbered entries.

The embedded seed is an example::

    date 2016-12-13 Battle for Aleppo
    After weeks of heavy fighting, ...            <- the introduction (any number of lines)
    1                                             <- an entry number, alone on its line
    A wounded Syrian woman ... on Dec.14. (George Ourfalian/AFP/Getty Images)
    2
    ...

An entry runs from its number line to the next one; it may be empty. Entry numbers may
also be written ``1.``, ``1)``, ``#1``, ``No. 1``, ``Photo 1`` or ``1 of 25``; they must
increase (gaps are allowed). A second header line starts a second gallery.

This module owns the format: the header (:func:`_parse_header`), the entry number markers
(:func:`_marker`, also used for the ``entry`` cells of tables), the lines of the decoded
pieces (:func:`_line_blocks`) and the one pass that cuts them into galleries and entries
(:func:`_parse_text`, :func:`_text_columns`). A malformed gallery raises
:class:`~aleppomap.errors.GalleryFormatError` naming the line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from aleppomap.dates import parse_iso_date
from aleppomap.errors import GalleryFormatError
from aleppomap.gallery.columns import _Columns
from aleppomap.gallery.credits import _looks_like_credit, _trailing_group
from aleppomap.text import clean_spaces, repair_text, slugify

__all__: list[str] = []  # internal to aleppomap.gallery, which re-exports its API

_MULTISPACE = re.compile(r" {2,}")
_HEADER = re.compile(r"date\s*:?\s+(?P<date>\S+)(?:\s+(?P<title>.*))?", re.IGNORECASE)
_HEADER_STRICT = re.compile(r"date\s*:?\s+\d{4}-\d\d-\d\d(?:\s|$)", re.IGNORECASE)
_MARKER = re.compile(
    r"(?:#|no\.?\s*|photo\s*|image\s*|picture\s*|slide\s*)?(?P<n>\d{1,9})"
    r"(?:[.):]|\s*(?:of|/)\s*\d{1,9})?",
    re.IGNORECASE,
)


def _marker(line: str) -> int | None:
    if line.isdigit():
        return int(line) if len(line) <= 9 and line.isascii() else None
    if len(line) > 24:
        return None
    m = _MARKER.fullmatch(line)
    return int(m.group("n")) if m is not None else None


def _line_blocks(pieces: Iterable[tuple[str, bool]]) -> Iterator[list[str]]:
    """The lines of each piece, with clean spaces, trimmed (a list per piece: fast)."""
    for piece, special in pieces:
        if special:
            piece = clean_spaces(piece)
        if "  " in piece:
            piece = _MULTISPACE.sub(" ", piece)
        lines = piece.split("\n")
        if piece.endswith("\n"):
            lines.pop()
        yield [line.strip() for line in lines]


def _parse_header(line: str, source: str, lineno: int) -> tuple[str, str]:
    m = _HEADER.fullmatch(line)
    if m is None or line[:4].lower() != "date":
        shown = line if len(line) <= 60 else line[:57] + "..."
        raise GalleryFormatError(
            "missing header: a text gallery starts with a line 'date YYYY-MM-DD Title' "
            f"(e.g. 'date 2016-12-13 Battle for Aleppo'), found {shown!r}",
            source=source,
            line=lineno,
        )
    day = parse_iso_date(m.group("date"))
    if day is None or len(m.group("date")) != 10:
        raise GalleryFormatError(
            f"malformed header: {m.group('date')!r} is not a date; write 'date YYYY-MM-DD Title'",
            source=source,
            line=lineno,
        )
    title = (m.group("title") or "").strip()
    if not title:
        raise GalleryFormatError(
            "malformed header: the title is missing; write 'date YYYY-MM-DD Title'",
            source=source,
            line=lineno,
        )
    return day.isoformat(), title


@dataclass
class _TextGallery:
    title: str
    date: str
    header_line: int
    intro: list[str] = field(default_factory=list)
    entry: list[int] = field(default_factory=list)
    caption: list[str] = field(default_factory=list)
    line: list[int] = field(default_factory=list)


def _parse_text(blocks: Iterable[list[str]], source: str) -> list[_TextGallery]:
    """One pass over the lines of a text gallery (or of several, one after another)."""
    galleries: list[_TextGallery] = []
    current: _TextGallery | None = None
    caption_lines: list[str] = []
    lineno = 0

    def close_entry(g: _TextGallery) -> None:
        if g.entry:
            g.caption.append(" ".join(caption_lines))
            caption_lines.clear()

    for line in (line for block in blocks for line in block):
        lineno += 1
        if current is None:
            if not line:
                continue
            title_date = _parse_header(line, source, lineno)
            current = _TextGallery(title=title_date[1], date=title_date[0], header_line=lineno)
            galleries.append(current)
            continue
        if not line:
            continue
        number = _marker(line) if len(line) <= 24 else None
        if number is not None:
            if current.entry:
                previous = current.entry[-1]
                if number <= previous:
                    at = bisect_left(current.entry, number)
                    if at < len(current.entry) and current.entry[at] == number:
                        problem = f"entry {number} is repeated (first at line {current.line[at]})"
                    else:
                        problem = f"entry {number} comes after entry {previous}"
                    raise GalleryFormatError(
                        f"{problem}; entry numbers must increase", source=source, line=lineno
                    )
                close_entry(current)
            current.entry.append(number)
            current.line.append(lineno)
            continue
        if line[:4].lower() == "date" and _HEADER_STRICT.match(line):
            close_entry(current)
            if not current.entry:
                raise GalleryFormatError(
                    "a gallery without entries: a second header follows the first",
                    source=source,
                    line=lineno,
                )
            title_date = _parse_header(line, source, lineno)
            current = _TextGallery(title=title_date[1], date=title_date[0], header_line=lineno)
            galleries.append(current)
            continue
        if current.entry:
            caption_lines.append(line)
            continue
        # Before the first entry: the introduction, unless it reads like a caption.
        if line.endswith(")"):
            group = _trailing_group(line.rstrip(" ."))
            if group is not None and _looks_like_credit(group[1]):
                raise GalleryFormatError(
                    f"this line ends with a photo credit ({group[1]}) but comes before the "
                    "first entry number; put the entry's number alone on a line before it",
                    source=source,
                    line=lineno,
                )
        current.intro.append(line)

    if current is None:
        raise GalleryFormatError(
            "empty file: a gallery needs a header 'date YYYY-MM-DD Title' and entries",
            source=source,
        )
    close_entry(current)
    for g in galleries:
        if not g.entry:
            raise GalleryFormatError(
                "no entries: after the introduction, each entry starts with its number "
                "alone on a line",
                source=source,
                line=g.header_line,
            )
    return galleries


def _text_columns(pieces: Iterable[tuple[str, bool]], source: str) -> _Columns:
    cols = _Columns()
    for g in _parse_text(_line_blocks(pieces), source):
        n = len(g.entry)
        title = repair_text(g.title)
        intro = repair_text(" ".join(g.intro))
        gallery = slugify(title) + "-" + g.date
        cols.add_run((gallery, title, g.date, intro), n)
        cols.entry.extend(g.entry)
        cols.caption.extend(g.caption)
        cols.line.extend(g.line)
    return cols
