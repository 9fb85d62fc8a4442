"""Bytes to text: the decoding of a gallery file, read as a stream of pieces.

This module owns the encodings. :class:`_Decoder` reads a byte or text stream in blocks of
:data:`_BLOCK` bytes and yields newline-normalised text pieces that each end at a line end.
UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded; a line that is not
UTF-8 is read as Windows-1252 (or Latin-1) and reported once, with a warning. Binary
input (NUL bytes, or mostly control characters in the first :data:`_SAMPLE` characters)
raises :class:`~aleppomap.errors.GalleryFormatError`. Each piece carries a flag that says
whether it may hold odd spaces or control characters that the parsers must clean.
"""

from __future__ import annotations

import codecs
import logging
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO

from aleppomap.errors import GalleryFormatError

__all__: list[str] = []  # internal to aleppomap.gallery, which re-exports its API

log = logging.getLogger("aleppomap")

_BLOCK = 1 << 20  # bytes read at a time
_SAMPLE = 8192  # characters at the start of a file that tell text from binary
# The longest line read: past it without a line break (``/dev/zero``, a binary dump, a JSON
# array on one line) the input is refused at once rather than read whole into memory.
_MAX_LINE = 4 << 20


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
    #: Whether UTF-8 pieces are checked for odd spaces and control characters. The text
    #: format needs the flag; the tabular readers clean every cell themselves and turn this
    #: off once the format is known (then only a piece that is not UTF-8 is flagged).
    check_specials: bool = True

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
        lines = 0
        while True:
            eof = not block
            buf = carry + block if carry else block
            cut = len(buf)
            if not eof:  # after the last line end; a final "\r" may be half of "\r\n"
                cut = buf.rfind(b"\n") + 1 or buf.rfind(b"\r", 0, len(buf) - 1) + 1
            piece, carry = buf[:cut], buf[cut:]
            if len(carry) > _MAX_LINE:
                self._too_long(lines + 1)
            if piece:
                lines += piece.count(b"\n")
                special = self.check_specials and _SPECIAL_BYTES.search(piece) is not None
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
            if len(carry) > _MAX_LINE:
                self._too_long(self.lines_before + sum(t.count("\n") for t, _ in held) + 1)
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

    def _too_long(self, line: int) -> None:
        raise GalleryFormatError(
            f"no line break in {_MAX_LINE // (1 << 20)} MB from here: this is not a gallery "
            "(text, CSV or JSON Lines hold one entry in a few lines)",
            source=self.name,
            line=line,
        )

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
