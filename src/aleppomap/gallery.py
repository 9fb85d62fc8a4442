"""Reading galleries: every entry, its credit and its date, from text, CSV or JSON Lines.

The gallery **text** format (the embedded seed is an example)::

    date 2016-12-13 Battle for Aleppo
    After weeks of heavy fighting, ...            <- the introduction (any number of lines)
    1                                             <- an entry number, alone on its line
    A wounded Syrian woman ... on Dec.14. (George Ourfalian/AFP/Getty Images)
    2
    ...

An entry runs from its number line to the next one; it may be empty. Entry numbers may
also be written ``1.``, ``1)``, ``#1``, ``No. 1``, ``Photo 1`` or ``1 of 25``; they must
increase (gaps are allowed). A second header line starts a second gallery. The last
parenthesised group at the end of a caption is its credit (``REUTERS/Name`` at the end
is one too).

**CSV** and **JSON Lines** hold one entry per row: ``caption`` (required), ``entry`` or
``id`` (the number; row order when absent), ``credit``, ``date`` (the photo's date,
``YYYY-MM-DD``), ``gallery_title``/``title``, ``gallery_date``, ``gallery_intro``/``intro``,
``gallery`` (id); any other column (``url``, ``image`` ...) is carried through.

Files are read as a stream, in blocks, so memory stays proportional to the entries,
not to the file. UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded;
a line that is not UTF-8 is read as Windows-1252 (or Latin-1), with a warning. Binary
files, empty files and malformed galleries raise :class:`~aleppomap.errors.GalleryFormatError`
naming the file and line.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import gc
import io
import itertools
import json
import logging
import os
import re
import warnings
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal, TypeVar

import numpy as np
import pandas as pd

from aleppomap.dates import add_dates, parse_iso_date
from aleppomap.errors import AleppomapError, GalleryFormatError
from aleppomap.text import as_str_array, clean_spaces, normalize_space, repair_text, slugify

__all__ = [
    "ENTRY_COLUMNS",
    "embedded_gallery",
    "parse_credit",
    "read_gallery",
    "read_gallery_text",
    "split_credit",
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
_T = TypeVar("_T")
Source = str | os.PathLike[str] | IO[str] | IO[bytes]

_BLOCK = 1 << 20  # bytes read at a time
_SAMPLE = 8192  # characters at the start of a file that tell text from binary

# --------------------------------------------------------------------------- credits

_KNOWN_AGENCIES = {
    a.lower(): a
    for a in (
        "AFP",
        "AP",
        "EPA",
        "EPA-EFE",
        "EFE",
        "Reuters",
        "Getty Images",
        "SANA",
        "Anadolu",
        "Anadolu Agency",
        "Xinhua",
        "DPA",
        "ANSA",
        "UPI",
        "TASS",
        "Sputnik",
        "NurPhoto",
        "SOPA Images",
        "LightRocket",
        "ZUMA Press",
        "ZUMA Wire",
        "Shutterstock",
        "Rex",
        "Bloomberg",
        "Polaris",
        "Redux",
        "Magnum",
        "VII",
        "Corbis",
        "Sipa",
        "Abaca",
        "Kyodo",
        "Yonhap",
        "Aleppo Media Center",
        "AMC",
        "White Helmets",
        "Syrian Civil Defense",
        "Syrian Civil Defence",
        "Thiqa News Agency",
        "Qasioun News Agency",
        "IHH",
        "UNICEF",
        "UNHCR",
        "ICRC",
        "SARC",
        "The Washington Post",
        "The New York Times",
        "Associated Press",
        "Agence France-Presse",
    )
}
_AGENCY_ALIASES = {"reuters": "Reuters", "associated press": "AP", "ap photo": "AP"}
_ORG_WORDS = re.compile(
    r"\b(?:agency|news|press|images|photos?|pictures|media|center|centre|committee|"
    r"cross|crescent|ministry|council|office|service|network|tv|television|channel|"
    r"union|organi[sz]ation|foundation|army|forces|defen[cs]e|helmets|nations|"
    r"agence|group|society|institute|project|wire|post|times|handout)\b",
    re.IGNORECASE,
)
_CREDIT_PREFIX = re.compile(
    r"^(?:photo(?:graph|s)?|pictures?|images?|credit|courtesy(?: of)?)\s*(?:by\b|:)\s*"
    r"|^(?:photo(?:graph)?|picture)\s+by\s+|^courtesy\s+(?:of\s+)?",
    re.IGNORECASE,
)
# "AP Photo/Name", "AFP PHOTO/Name": the agency, then the photographer.
_AGENCY_PHOTO = re.compile(r"^(?P<agency>[A-Za-z][\w-]*)\s+photos?$", re.IGNORECASE)
_SPLIT_CREDIT = re.compile(r"\s*(?:/|;|,|\s+via\s+|\s+and\s+|\s+&\s+|\s+for\s+(?=[A-Z]{2,}))\s*")
_GLUED_AGENCY = re.compile(r"(?<=[a-z])(?P<agency>AFP|AP|EPA|SANA|REUTERS|DPA|UPI)$")
_DESCRIPTORS = frozenset({"handout", "pool", "file", "photo", "photos", "stringer", "str", "ho"})
_ACRONYM = re.compile(r"[A-Z0-9&.-]{2,}")
_REUTERS_TAIL = re.compile(r"(?:^|(?<=[.!?”\"’)]\s))(?P<credit>REUTERS(?:/[^/()\n.]+)*)\s*\.?$")


def _classify(token: str) -> tuple[str, str] | None:
    """``("agency", name)`` or ``("photographer", name)`` for one credit token."""
    token = token.strip(" .,:;-")
    if not token or token.lower() in _DESCRIPTORS:
        return None
    key = token.lower()
    if key in _AGENCY_ALIASES:
        return "agency", _AGENCY_ALIASES[key]
    if key in _KNOWN_AGENCIES:
        return "agency", _KNOWN_AGENCIES[key]
    if _ACRONYM.fullmatch(token) or _ORG_WORDS.search(token):
        return "agency", token
    return "photographer", token


def parse_credit(credit: str) -> tuple[list[str], list[str]]:
    """Split a published credit into photographers and agencies.

    Parameters
    ----------
    credit
        The credit without its parentheses, as published.

    Returns
    -------
    (photographers, agencies)
        Each in the order of the credit, without duplicates.

    Examples
    --------
    >>> parse_credit("George Ourfalian/AFP/Getty Images")
    (['George Ourfalian'], ['AFP', 'Getty Images'])
    >>> parse_credit("Karam Al-MasriAFP/Getty Images")   # a missing slash
    (['Karam Al-Masri'], ['AFP', 'Getty Images'])
    >>> parse_credit("International Committee for the Red Cross via AP")
    ([], ['International Committee for the Red Cross', 'AP'])
    >>> parse_credit("AP Photo/Hassan Ammar")
    (['Hassan Ammar'], ['AP'])
    >>> parse_credit("REUTERS/Abdalrhman Ismail")
    (['Abdalrhman Ismail'], ['Reuters'])
    """
    photographers: list[str] = []
    agencies: list[str] = []
    text = _CREDIT_PREFIX.sub("", credit.strip())
    for raw in _SPLIT_CREDIT.split(text):
        parts = [raw]
        photo = _AGENCY_PHOTO.match(raw.strip())
        glued = _GLUED_AGENCY.search(raw.strip())
        if photo is not None:
            parts = [photo.group("agency")]
        elif glued is not None and len(raw.strip()) > len(glued.group("agency")):
            head = raw.strip()[: glued.start()]
            parts = [head, glued.group("agency")]
        for part in parts:
            kind = _classify(part)
            if kind is None:
                continue
            target = agencies if kind[0] == "agency" else photographers
            if kind[1] not in target:
                target.append(kind[1])
    return photographers, agencies


def _trailing_group(text: str) -> tuple[int, str] | None:
    """The start and content of a balanced parenthesised group ending ``text``."""
    if not text.endswith(")"):
        return None
    start = text.rfind("(")
    if start >= 0 and ")" not in text[start + 1 : -1]:
        return start, text[start + 1 : -1]
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : -1]
    return None


def split_credit(caption: str) -> tuple[str, str]:
    """Split a caption into its text and its credit.

    The credit is the last parenthesised group, when it ends the caption (a final
    full stop may follow), or a trailing ``REUTERS/Name``.

    Examples
    --------
    >>> split_credit("Smoke over Aleppo, on Dec. 12. (AFP/Getty Images)")
    ('Smoke over Aleppo, on Dec. 12.', 'AFP/Getty Images')
    >>> split_credit("Fighters of Islamic State (IS) group in al-Bab")
    ('Fighters of Islamic State (IS) group in al-Bab', '')
    >>> split_credit("Civilians flee Aleppo, Syria December 13, 2016. REUTERS/Omar Sanadiki")
    ('Civilians flee Aleppo, Syria December 13, 2016.', 'REUTERS/Omar Sanadiki')
    """
    trimmed = caption.rstrip(" .")
    group = _trailing_group(trimmed)
    if group is not None:
        start, credit = group
        return caption[:start].rstrip(), credit.strip()
    if "REUTERS" in caption:
        m = _REUTERS_TAIL.search(caption)
        if m is not None:
            return caption[: m.start("credit")].rstrip(), m.group("credit").strip()
    return caption, ""


def _looks_like_credit(credit: str) -> bool:
    if "/" in credit or " via " in credit:
        return True
    return any(
        a.lower() in _KNOWN_AGENCIES or a.lower() in _AGENCY_ALIASES
        for a in parse_credit(credit)[1]
    )


# --------------------------------------------------------------------------- decoding


def embedded_gallery() -> Path:
    """The path of the embedded "Battle for Aleppo" gallery (2016-12-13).

    Examples
    --------
    >>> embedded_gallery().name
    'battle-for-aleppo-2016-12-13.txt'
    """
    return Path(str(resources.files("aleppomap") / "data" / EMBEDDED_NAME))


@dataclass
class _Decoder:
    """Turns a byte or text stream into newline-normalised text pieces.

    Each piece ends at a line end (except perhaps the last), so that lines never
    straddle two pieces. ``lines_before`` counts the lines of earlier pieces.
    """

    stream: IO[bytes] | IO[str]
    name: str
    fallback_line: int | None = None
    fallback_codec: str = ""
    lines_before: int = 0

    def pieces(self) -> Iterator[tuple[str, bool]]:
        """Text pieces, each with a flag: ``False`` when it surely needs no cleaning."""
        first = self.stream.read(_BLOCK)
        while isinstance(first, bytes) and 0 < len(first) < 4:  # room for a BOM
            more = self._read_bytes()
            if not more:
                break
            first += more
        if isinstance(first, str):
            yield from self._cut(self._text_blocks(first))
        elif first.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
            yield from self._cut(self._decoded_blocks(first, "utf-32"))
        elif first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            yield from self._cut(self._decoded_blocks(first, "utf-16"))
        else:
            yield from self._cut(self._utf8_blocks(first))

    def _text_blocks(self, first: str) -> Iterator[tuple[str, bool]]:
        if first.startswith("\ufeff"):
            first = first[1:]
        block: str = first
        while block:
            yield block, True
            nxt = self.stream.read(_BLOCK)
            block = nxt if isinstance(nxt, str) else nxt.decode("utf-8", "surrogateescape")

    def _read_bytes(self) -> bytes:
        nxt = self.stream.read(_BLOCK)
        return nxt if isinstance(nxt, bytes) else nxt.encode("utf-8")

    def _utf8_blocks(self, first: bytes) -> Iterator[tuple[str, bool]]:
        """UTF-8, cut at line ends in bytes (a newline byte never ends a character).

        The fast path: a piece that decodes strictly and holds no odd space, invisible
        or control character (checked on the bytes) needs no cleaning at all.
        """
        if first.startswith(codecs.BOM_UTF8):
            first = first[len(codecs.BOM_UTF8) :]
        carry = b""
        block = first or self._read_bytes()
        while True:
            eof = not block
            buf = carry + block if carry else block
            cut = len(buf)
            if not eof:  # after the last line end; a final "\r" may be half of "\r\n"
                cut = buf.rfind(b"\n") + 1 or buf.rfind(b"\r", 0, len(buf) - 1) + 1
            piece, carry = buf[:cut], buf[cut:]
            if piece:
                special = _SPECIAL_BYTES.search(piece) is not None
                try:
                    text = piece.decode("utf-8")
                except UnicodeDecodeError:
                    text = piece.decode("utf-8", "surrogateescape")
                    special = True
                yield text, special
            if eof:
                return
            block = self._read_bytes()

    def _decoded_blocks(self, first: bytes, encoding: str) -> Iterator[tuple[str, bool]]:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        block: bytes = first
        while True:
            final = not block
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as err:
                raise GalleryFormatError(
                    f"not valid {encoding.upper()} text ({err.reason}); save the file as UTF-8",
                    source=self.name,
                ) from err
            if text:
                yield text, True
            if final:
                return
            block = self._read_bytes()

    def _cut(self, blocks: Iterable[tuple[str, bool]]) -> Iterator[tuple[str, bool]]:
        carry = ""
        carry_special = False
        sample = ""  # the start of the file: nothing is yielded before it is checked
        held: list[tuple[str, bool]] = []
        for block, special in blocks:
            buf = carry + block if carry else block
            special = special or carry_special
            cut = buf.rfind("\n") + 1
            if cut == 0:
                cut = buf.rfind("\r", 0, len(buf) - 1) + 1
            carry, carry_special = buf[cut:], special
            piece = (buf[:cut], special) if cut else None
            if len(sample) < _SAMPLE:
                sample += block[: _SAMPLE - len(sample)]
                if piece is not None:
                    held.append(piece)
                if len(sample) < _SAMPLE:
                    continue
                self._check_binary(sample)
                for text, flag in held:
                    yield self._finish(text, flag)
                held.clear()
            elif piece is not None:
                yield self._finish(*piece)
        if len(sample) < _SAMPLE:
            self._check_binary(sample)
            for text, flag in held:
                yield self._finish(text, flag)
        if carry:
            yield self._finish(carry, carry_special)

    def _check_binary(self, sample: str) -> None:
        bad = sum(
            1 for c in sample if (c < " " and c not in "\t\n\r\x0c") or "\udc80" <= c <= "\udcff"
        )
        if sample and bad / len(sample) > 0.25:
            hint = _UTF16_HINT if "\x00" in sample else ""
            raise GalleryFormatError(
                f"this is a binary file, not a gallery (text, CSV or JSON Lines){hint}",
                source=self.name,
            )

    def _finish(self, piece: str, special: bool) -> tuple[str, bool]:
        if "\r" in piece:
            piece = piece.replace("\r\n", "\n").replace("\r", "\n")
        nul = piece.find("\x00")
        if nul >= 0:
            line = self.lines_before + piece.count("\n", 0, nul) + 1
            raise GalleryFormatError(
                f"this is a binary file (it holds NUL bytes), not a gallery{_UTF16_HINT}",
                source=self.name,
                line=line,
            )
        if special and _SURROGATE.search(piece) is not None:
            piece = self._redecode(piece)
        self.lines_before += piece.count("\n")
        return piece, special

    def _redecode(self, piece: str) -> str:
        """Lines that are not UTF-8: read them as Windows-1252, else Latin-1."""
        lines = piece.split("\n")
        for i, line in enumerate(lines):
            if _SURROGATE.search(line) is None:
                continue
            raw = line.encode("utf-8", "surrogateescape")
            try:
                lines[i] = raw.decode("cp1252")
                codec = "Windows-1252"
            except UnicodeDecodeError:
                lines[i] = raw.decode("latin-1")
                codec = "Latin-1"
            if self.fallback_line is None:
                self.fallback_line = self.lines_before + i + 1
                self.fallback_codec = codec
        return "\n".join(lines)

    def warn_fallback(self) -> None:
        if self.fallback_line is None:
            return
        message = (
            f"{self.name}: not UTF-8 (from line {self.fallback_line}); read as "
            f"{self.fallback_codec}. Save it as UTF-8 to be sure of its characters."
        )
        log.warning("%s", message)
        warnings.warn(message, UnicodeWarning, stacklevel=4)


_SURROGATE = re.compile("[\udc80-\udcff]")
# The UTF-8 bytes of what clean_spaces changes: C0 controls and tabs, NBSP and soft
# hyphen, U+1680, U+180E, U+2000-U+200B, U+2028/9, U+202F, U+205F, U+2060, U+3000 and
# U+FEFF. It starts with a byte class, so the regex engine skips fast to candidates.
_SPECIAL_BYTES = re.compile(
    rb"[\x01-\x09\x0b\x0c\x0e-\x1f\x7f\xc2\xe1\xe2\xe3\xef]"
    rb"(?:(?<=[\x01-\x1f\x7f])|(?<=\xc2)[\xa0\xad]|(?<=\xe1)(?:\x9a\x80|\xa0\x8e)"
    rb"|(?<=\xe2)(?:\x80[\x80-\x8b\xa8\xa9\xaf]|\x81[\x9f\xa0])|(?<=\xe3)\x80\x80"
    rb"|(?<=\xef)\xbb\xbf)"
)
_UTF16_HINT = "; if it is UTF-16 text without a byte-order mark, save it as UTF-8"
_MULTISPACE = re.compile(r" {2,}")


# --------------------------------------------------------------------------- parsing


@dataclass
class _Columns:
    """Raw entries of one input, column by column, before repair and credits."""

    # (gallery id, title, date, intro) of consecutive runs of entries, and run lengths
    galleries: list[tuple[str, str, str, str]] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    entry: list[int] = field(default_factory=list)
    caption: list[str] = field(default_factory=list)
    credit: list[str] | None = None
    line: list[int] = field(default_factory=list)
    extras: dict[str, list[Any]] = field(default_factory=dict)

    def add_run(self, gallery: tuple[str, str, str, str], n: int) -> None:
        if self.galleries and self.galleries[-1] == gallery:
            self.runs[-1] += n
        else:
            self.galleries.append(gallery)
            self.runs.append(n)


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
    rows: int = 0
    # The same gallery title, date and id repeat on every row of a gallery: each distinct
    # (title, date, id) as written is cleaned once.
    _galleries: dict[tuple[str, str, str], tuple[str, str, str]] = field(default_factory=dict)

    def _gallery(self, record: dict[str, Any], lineno: int) -> tuple[str, str, str]:
        """The row's gallery (id, title, ISO date), cleaned, defaults applied."""
        written = (
            _cell(record.get("gallery")),
            _cell(record.get("gallery_title")),
            _cell(record.get("gallery_date")),
        )
        known = self._galleries.get(written)
        if known is not None:
            return known
        title = written[1] or self.title or self.stem
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

    def add(self, record: dict[str, Any], lineno: int) -> None:
        cols = self.cols
        gallery, title, day = self._gallery(record, lineno)
        positions = self.last.setdefault(gallery, [])
        if "entry" in record or "id" in record:
            number = _entry_number(record.get("entry", record.get("id")), self.source, lineno)
        else:
            number = cols.entry[positions[-1]] + 1 if positions else 1
        if positions and number <= cols.entry[positions[-1]]:
            numbers = [cols.entry[p] for p in positions]
            at = bisect_left(numbers, number)
            if at < len(numbers) and numbers[at] == number:
                problem = f"entry {number} is repeated (first at line {cols.line[positions[at]]})"
            else:
                problem = f"entry {number} comes after entry {numbers[-1]}"
            raise GalleryFormatError(
                f"{problem}; entry numbers must increase", source=self.source, line=lineno
            )
        positions.append(len(cols.entry))
        intro = _cell(record.get("gallery_intro"))
        cols.add_run((gallery, title, day, repair_text(normalize_space(intro)) if intro else ""), 1)
        cols.entry.append(number)
        cols.caption.append(normalize_space(_cell(record.get("caption"))))
        if cols.credit is None and "credit" in record:
            cols.credit = [""] * (len(cols.entry) - 1)
        if cols.credit is not None:
            cols.credit.append(normalize_space(_cell(record.get("credit"))))
        cols.line.append(lineno)
        for key, value in record.items():
            if key in _KNOWN and (key != "id" or "entry" not in record):
                continue
            column = cols.extras.get(key)
            if column is None:
                column = cols.extras[key] = [""] * (len(cols.entry) - 1)
            column.append(value if value is not None else "")
        for column in cols.extras.values():
            if len(column) < len(cols.entry):
                column.append("")
        self.rows += 1


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _entry_number(value: Any, source: str, lineno: int) -> int:
    if isinstance(value, bool):
        value = None
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
    reader = csv.reader(_chain_first(header_line, lines), delimiter=delimiter, strict=False)
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
    offset = skipped - 1
    previous_end = reader.line_num
    try:
        for record in reader:
            start = previous_end + 1 + offset
            previous_end = reader.line_num
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
            rows.add(dict(zip(header, record, strict=True)), start)
    except csv.Error as err:
        raise GalleryFormatError(
            f"malformed CSV: {err}", source=source, line=reader.line_num + offset
        ) from err
    if not rows.rows:
        raise GalleryFormatError("no entries: the CSV has a header but no rows", source=source)
    return rows.cols


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
    rows = _Rows(source=source, title=title, date=date, stem=stem)
    names: dict[str, str] = {}  # key as written -> column name
    for lineno, line in enumerate(_split_lines(pieces), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GalleryFormatError(
                f"not a JSON object: {err.msg} (column {err.colno})", source=source, line=lineno
            ) from err
        if not isinstance(record, dict):
            raise GalleryFormatError(
                f"each line must be a JSON object, found {type(record).__name__}",
                source=source,
                line=lineno,
            )
        named = {names.get(k) or _remember(names, k): v for k, v in record.items()}
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
        rows.add(named, lineno)
    if not rows.rows:
        raise GalleryFormatError("empty file: no JSON Lines entries", source=source)
    return rows.cols


# --------------------------------------------------------------------------- assembly


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
    if any(
        "caption" in {_column_name(h) for h in next(csv.reader([first], delimiter=d))}
        for d in (",", "\t", ";", "|")
    ):
        return "csv"
    return "text"


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


def _open(source: Source) -> tuple[IO[bytes] | IO[str], str, bool]:
    if isinstance(source, str | os.PathLike):
        name = os.fspath(source)
        try:
            return Path(name).open("rb"), name, True
        except FileNotFoundError as err:
            raise AleppomapError("no such file", source=name) from err
        except IsADirectoryError as err:
            raise AleppomapError("a folder, not a gallery file", source=name) from err
        except OSError as err:
            raise AleppomapError(f"cannot read: {err.strerror}", source=name) from err
    name = str(getattr(source, "name", "") or "<stream>")
    return source, name, False


def _read_one(
    source: Source,
    *,
    title: str | None,
    date: str | None,
    format: Format,
    label: str | None = None,
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
        everything = itertools.chain(buffered, pieces)
        stem = Path(name).stem if name != "<stream>" else "gallery"
        if kind == "text":
            if title is not None or date is not None:
                log.debug("%s: a text gallery's header gives its title and date", label)
            cols = _text_columns(everything, label)
        elif kind == "csv":
            cols = _csv_columns(everything, label, title, date, stem)
        elif kind == "jsonl":
            cols = _jsonl_columns(everything, label, title, date, stem)
        else:
            raise AleppomapError(f"unknown format {kind!r}; use auto, text, csv or jsonl")
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
        for gallery in dict.fromkeys(frame["gallery"].astype(str)):
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
    AleppomapError
        A file that cannot be opened.

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
        raise AleppomapError(f"unknown format {format!r}; use auto, text, csv or jsonl")
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
        frames.append(_read_one(source, title=title, date=option_date, format=format))
    return add_dates(_concat(_unique_ids(frames)))


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
