"""Reading galleries: every entry, its credit and its date, from text, CSV or JSON Lines.

A gallery is read into an entries table, one row per photo entry, nothing dropped
(:func:`read_gallery` for files, :func:`read_gallery_text` for a string). Three formats:

- the gallery **text** format: a header line ``date YYYY-MM-DD Title``, an introduction,
  then entries, each starting with its number alone on a line (see :mod:`.text_format`);
  the last parenthesised group at the end of a caption is its credit (``REUTERS/Name``
  at the end is one too);
- **CSV** and **JSON Lines**, one entry per row, with a ``caption`` column and optional
  ``entry``, ``credit``, ``date``, gallery columns and any extra ones (see :mod:`.tabular`).

Files are read as a stream, in blocks, so memory stays proportional to the entries,
not to the file. UTF-8 (with or without a BOM) and UTF-16/32 with a BOM are decoded;
a line that is not UTF-8 is read as Windows-1252 (or Latin-1), with a warning. Binary
files, empty files and malformed galleries raise :class:`~aleppomap.errors.GalleryFormatError`
naming the file and line.

The package, one job per module:

- :mod:`.credits`: where a caption's credit is, and its photographers and agencies;
- :mod:`.decoding`: bytes to newline-normalised text pieces, encodings, binary input;
- :mod:`.text_format`: the text format's header, entry numbers and entries;
- :mod:`.tabular`: the CSV and JSON Lines readers, column names and entry numbers;
- :mod:`.columns`: the raw columns the parsers hand to the assembly;
- :mod:`.read`: format detection, the entries table, and the public readers.
"""

from __future__ import annotations

from aleppomap.gallery.credits import parse_credit, split_credit
from aleppomap.gallery.read import (
    EMBEDDED_NAME,
    ENTRY_COLUMNS,
    Format,
    Source,
    embedded_gallery,
    read_gallery,
    read_gallery_text,
)

__all__ = [
    "EMBEDDED_NAME",
    "ENTRY_COLUMNS",
    "Format",
    "Source",
    "embedded_gallery",
    "parse_credit",
    "read_gallery",
    "read_gallery_text",
    "split_credit",
]
