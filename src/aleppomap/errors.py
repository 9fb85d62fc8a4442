"""The exception hierarchy of aleppomap.

Every error a user can trigger derives from :class:`AleppomapError`. Leaves also
derive from the matching builtin (``ValueError``, ``OSError``, ``TimeoutError``)
so that callers can catch them without importing aleppomap.

The tree (a leaf is what is raised; ``GeocodeError`` is also raised itself)::

    AleppomapError(Exception)
    ├── GalleryFormatError(ValueError)   a gallery file cannot be read as a gallery
    ├── GazetteerError(ValueError)       a gazetteer file is malformed or invalid
    ├── EventsTableError(ValueError)     a table handed to the API lacks columns or has
    │                                    wrong types (entries, events, control statements)
    ├── OptionError(ValueError)          an option or argument has a value we refuse
    ├── InputError(OSError)              an input file cannot be opened or read
    ├── ExportError(OSError)             an output file cannot be written
    ├── AssetError(RuntimeError)         a file shipped with the package is unusable
    └── GeocodeError                     the optional geocoder fallback failed
        └── GeocodeTimeout(TimeoutError) the geocoding service did not answer in time

User-facing errors carry the file (``source``) and line (``line``) they concern,
and their message says what to fix. The CLI prints ``str(err)`` and exits 1.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "AleppomapError",
    "AssetError",
    "ClusterError",
    "EventsTableError",
    "ExportError",
    "GalleryFormatError",
    "GazetteerError",
    "GeocodeError",
    "GeocodeTimeout",
    "InputError",
    "OptionError",
]


class AleppomapError(Exception):
    """Root of every error raised by aleppomap.

    Parameters
    ----------
    message
        What is wrong and what to fix.
    source
        The file (or other named input) the error concerns, if any.
    line
        The 1-based line number in ``source``, if known.
    """

    def __init__(
        self, message: str, *, source: str | Path | None = None, line: int | None = None
    ) -> None:
        self.message = message
        self.source = str(source) if source is not None else None
        self.line = line
        super().__init__(self._format())

    def _format(self) -> str:
        if self.source is None:
            return self.message
        where = self.source if self.line is None else f"{self.source}, line {self.line}"
        return f"{where}: {self.message}"


class GalleryFormatError(AleppomapError, ValueError):
    """A gallery file (text, CSV or JSON Lines) cannot be read as a gallery."""


class GazetteerError(AleppomapError, ValueError):
    """A gazetteer file is malformed or fails validation."""


class EventsTableError(AleppomapError, ValueError):
    """A table handed to the API lacks columns or has wrong types.

    The table is an entries table (for :func:`aleppomap.locate`), an events table (for the
    map, the exports and the control statements) or a table of control statements; the
    message names the table, the missing columns and the function that makes it.
    """


class OptionError(AleppomapError, ValueError):
    """An option or argument (of a function or of the command line) has a refused value."""


class InputError(AleppomapError, OSError):
    """An input file cannot be opened or read: missing, a folder, or not readable."""


class GeocodeError(AleppomapError):
    """The optional geocoder fallback failed."""


class GeocodeTimeout(GeocodeError, TimeoutError):  # noqa: N818 (geopy's name)
    """The geocoding service did not answer in time."""


class ExportError(AleppomapError, OSError):
    """An output file could not be written (a wrong table is an :class:`EventsTableError`)."""


class AssetError(AleppomapError, RuntimeError):
    """A file shipped with the package (a map asset) is unusable: reinstall aleppomap."""


class ClusterError(AleppomapError, ConnectionError):
    """The Dask cluster named by ``--scheduler`` cannot be reached."""
