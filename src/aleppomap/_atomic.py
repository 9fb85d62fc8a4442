"""Atomic file output: stage every file beside its target, then move them all into place.

A reader never sees a half-written file under the final name, a build killed mid-write leaves
the previous files intact, and a build that cannot write one of its outputs replaces none of
them: :func:`staged_outputs` stages every file first and renames them only when all are
written.

What an output path may name:

- a regular file, or nothing yet: replaced atomically; an existing file keeps its permission
  bits, a new one gets the usual ``0o666`` less the process's umask;
- a symbolic link: followed, its target replaced atomically, the link kept;
- a character device (``/dev/null``, ``/dev/stdout``): written through, since a device cannot be
  replaced (``/dev/full`` fails with "No space left on device");
- a directory, FIFO, socket or block device: refused with a clear message.

The temporary name carries the host and process id of its writer
(``.events.geojson.myhost-4242.x1y2.geojson.tmp``, shortened with a hash when the target's name
is long, so that it fits the file system's limit), so that the next write of the same file
removes what a killed writer on this host left (POSIX only: there, signal 0 tells whether a
process is alive).
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import re
import shutil
import socket
import stat
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from aleppomap.errors import ExportError

__all__ = [
    "OutputSet",
    "atomic_path",
    "atomic_write_bytes",
    "atomic_write_text",
    "output_target",
    "staged_outputs",
]

# The part of a temporary name kept from the target's name; longer names are cut and hashed so
# that ``.{name}.{host}-{pid}.{random}{suffix}.tmp`` stays under NAME_MAX (255 on most systems).
_NAME_KEEP = 96
_SUFFIX_KEEP = 16


@dataclass(frozen=True)
class _Target:
    """Where an output goes: ``path`` as given, ``final`` the file to replace or write through."""

    path: Path
    final: Path
    device: bool


def output_target(path: str | os.PathLike[str]) -> Path:
    """The file that writing ``path`` replaces (a symlink's target), or raise if it cannot be.

    Raises
    ------
    ExportError
        When ``path`` names a directory, FIFO, socket or block device, or its folder does not
        exist.
    """
    return _target(path).final


def _target(path: str | os.PathLike[str]) -> _Target:
    given = Path(path)
    final = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info = final.stat()
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise ExportError(f"cannot write {given}: {err.strerror or err}") from err
    if info is not None:
        mode = info.st_mode
        if stat.S_ISCHR(mode):
            return _Target(given, final, device=True)
        if not stat.S_ISREG(mode):
            raise ExportError(f"cannot write {given}: it is {_kind(mode)}, not a file")
    directory = final.parent if str(final.parent) else Path()
    if not directory.is_dir():
        raise ExportError(f"cannot write {given}: folder {directory} does not exist")
    return _Target(given, final, device=False)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISBLK(mode):
        return "a block device"
    return "not a regular file"


def _host() -> str:
    """This machine's name, reduced to letters, digits, ``_`` and ``-``."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname()) or "host"


def _name_key(name: str) -> str:
    """``name`` as it appears in temporary names: cut and hashed when it is long."""
    if len(name) <= _NAME_KEEP:
        return name
    digest = hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    return f"{name[: _NAME_KEEP - 13]}~{digest}"


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
    key = _name_key(name)
    own = re.compile(rf"\.{re.escape(key)}\.{re.escape(_host())}-(\d+)\.")
    for found in directory.glob(glob.escape(f".{key}.") + "*"):
        match = own.match(found.name)
        if match is None:
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and not _alive(pid):
            with contextlib.suppress(OSError):
                found.unlink()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)  # no /proc: read it by setting it, then put it back
    os.umask(mask)
    return mask


@dataclass
class _Staged:
    target: _Target
    tmp: Path


@dataclass
class OutputSet:
    """Files staged by :func:`staged_outputs`, moved into place together on success."""

    _staged: list[_Staged] = field(default_factory=list)
    _scratch: list[Path] = field(default_factory=list)

    def _stage(self, path: str | os.PathLike[str], suffix: str | None) -> _Staged:
        target = _target(path)
        for other in self._staged:
            if not target.device and _same_file(other.target.final, target.final):
                raise ExportError(
                    f"cannot write {target.path}: it names the same file as "
                    f"{other.target.path}; give each output its own file"
                )
        suffix = (suffix if suffix is not None else target.final.suffix + ".tmp")[-_SUFFIX_KEEP:]
        if target.device:
            # A device is written through at commit; the writer fills a scratch file first.
            scratch = Path(tempfile.mkdtemp(prefix="aleppomap-"))
            self._scratch.append(scratch)
            tmp = scratch / f"output{suffix}"
        else:
            directory = target.final.parent if str(target.final.parent) else Path()
            _remove_stale(directory, target.final.name)
            try:
                fd, tmp_name = tempfile.mkstemp(
                    prefix=f".{_name_key(target.final.name)}.{_host()}-{os.getpid()}.",
                    suffix=suffix,
                    dir=directory,
                )
            except OSError as err:
                raise ExportError(f"cannot write {target.path}: {err.strerror or err}") from err
            os.close(fd)
            tmp = Path(tmp_name)
            tmp.unlink()  # writers such as GDAL refuse to overwrite; let them create it
        staged = _Staged(target, tmp)
        self._staged.append(staged)
        return staged

    @contextlib.contextmanager
    def path(self, path: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
        """Yield a temporary file name for a writer that wants a name (GDAL / pyogrio).

        ``suffix`` is that of the temporary file (default: ``path``'s, which some drivers read to
        choose the format). The writer must create the file.
        """
        staged = self._stage(path, suffix)
        yield staged.tmp
        if not staged.tmp.exists():
            raise ExportError(f"cannot write {staged.target.path}: the writer produced no file")

    def write_bytes(self, path: str | os.PathLike[str], data: bytes) -> None:
        """Stage ``data`` for ``path``."""
        staged = self._stage(path, None)
        try:
            with staged.tmp.open("wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as err:
            raise ExportError(f"cannot write {staged.target.path}: {err.strerror or err}") from err

    def write_text(self, path: str | os.PathLike[str], text: str) -> None:
        """Stage ``text`` as UTF-8 (line ends as given) for ``path``."""
        self.write_bytes(path, text.encode("utf-8"))

    def _commit(self) -> list[Path]:
        """Move every staged file into place; return the paths as given, in staging order."""
        new_mode = 0o666 & ~_umask()
        for staged in self._staged:  # all permission changes first: nothing is replaced yet
            if staged.target.device:
                continue
            try:
                old = staged.target.final.stat()
            except FileNotFoundError:
                mode = new_mode
            else:
                mode = stat.S_IMODE(old.st_mode)
                if os.name == "posix" and hasattr(os, "chown") and os.geteuid() == 0:
                    with contextlib.suppress(OSError):
                        os.chown(staged.tmp, old.st_uid, old.st_gid)
            try:
                staged.tmp.chmod(mode)
            except OSError as err:
                raise ExportError(
                    f"cannot write {staged.target.path}: {err.strerror or err}"
                ) from err
        for staged in self._staged:
            try:
                if staged.target.device:
                    _write_through(staged.tmp, staged.target.final)
                else:
                    staged.tmp.replace(staged.target.final)
            except OSError as err:
                raise ExportError(
                    f"cannot write {staged.target.path}: {err.strerror or err}"
                ) from err
        return [staged.target.path for staged in self._staged]

    def _discard(self) -> None:
        for staged in self._staged:
            with contextlib.suppress(OSError):
                staged.tmp.unlink()
        for scratch in self._scratch:
            shutil.rmtree(scratch, ignore_errors=True)


def _same_file(a: Path, b: Path) -> bool:
    if a.resolve() == b.resolve():
        return True
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _write_through(source: Path, device: Path) -> None:
    """Copy ``source`` into the character device ``device`` (which cannot be replaced)."""
    with source.open("rb") as src, device.open("wb") as dst:
        while chunk := src.read(1 << 20):
            dst.write(chunk)
        try:
            dst.flush()
        except OSError as err:
            if err.errno != errno.EINVAL:  # some devices do not flush
                raise


@contextlib.contextmanager
def staged_outputs() -> Iterator[OutputSet]:
    """Stage every output of one build; on success move them all into place together.

    If anything in the block raises, every staged file is removed and no output is replaced.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with staged_outputs() as out:
    ...     out.write_text(folder / "a.txt", "one")
    ...     out.write_text(folder / "b.txt", "two")
    >>> sorted(p.name for p in folder.iterdir())
    ['a.txt', 'b.txt']
    """
    outputs = OutputSet()
    try:
        yield outputs
        outputs._commit()
    finally:
        outputs._discard()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path for ``path``; on success move it onto ``path``.

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
    with staged_outputs() as out, out.path(path, suffix=suffix) as tmp:
        yield tmp


def _write(path: str | os.PathLike[str], write: Callable[[OutputSet], None]) -> Path:
    with staged_outputs() as out:
        write(out)
    return Path(path)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    return _write(path, lambda out: out.write_bytes(path, data))


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 (with ``\\n`` line ends) to ``path`` atomically."""
    return atomic_write_bytes(path, text.encode("utf-8"))
