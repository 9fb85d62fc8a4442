"""Atomic file output: write to a temporary file beside the target, then rename.

A reader never sees a half-written file under the final name, and a build killed mid-write
leaves the previous file intact.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from aleppomap.errors import ExportError

__all__ = ["atomic_path", "atomic_write_bytes", "atomic_write_text"]


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it onto ``path``.

    Use it for writers that want a file name (GDAL/pyogrio). On any exception the temporary
    file is removed and ``path`` is left as it was.

    Parameters
    ----------
    path
        The final file name.
    suffix
        Suffix of the temporary file (defaults to that of ``path``, which some drivers use to
        choose the format).
    """
    final = Path(path)
    directory = final.parent if str(final.parent) else Path()
    if not directory.is_dir():
        raise ExportError(f"cannot write {final}: folder {directory} does not exist")
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{final.name}.",
        suffix=suffix if suffix is not None else final.suffix + ".tmp",
        dir=directory,
    )
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # writers such as GDAL refuse to overwrite; let them create it
        yield tmp
        if not tmp.exists():
            raise ExportError(f"cannot write {final}: the writer produced no file")
        tmp.replace(final)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _write(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    final = Path(path)
    try:
        with atomic_path(final) as tmp:
            write(tmp)
    except OSError as err:
        if isinstance(err, ExportError):
            raise
        raise ExportError(f"cannot write {final}: {err.strerror or err}") from err
    return final


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""

    def write(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    return _write(path, write)


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 (with ``\\n`` line ends) to ``path`` atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))
