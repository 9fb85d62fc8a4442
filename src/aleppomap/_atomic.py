"""Atomic file output: write to a temporary file beside the target, then rename.

A reader never sees a half-written file under the final name, and a build killed mid-write
leaves the previous file intact. The temporary name carries the host and process id of its
writer (``.events.geojson.myhost-4242.x1y2.geojson.tmp``), so that the next write of the same
file removes what a killed writer on this host left (POSIX only: there, signal 0 tells whether
a process is alive).
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import socket
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
    owner = f"{_host()}-{os.getpid()}"
    _remove_stale(directory, final.name)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{final.name}.{owner}.",
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


def _host() -> str:
    """This machine's name, reduced to letters, digits, ``_`` and ``-``."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname()) or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _remove_stale(directory: Path, name: str) -> None:
    """Remove the temporary files of ``name`` left by dead writers on this host."""
    if os.name != "posix":
        return
    own = re.compile(rf"\.{re.escape(name)}\.{re.escape(_host())}-(\d+)\.")
    for found in directory.glob(glob.escape(f".{name}.") + "*"):
        match = own.match(found.name)
        if match is None:
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and not _alive(pid):
            with contextlib.suppress(OSError):
                found.unlink()


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
