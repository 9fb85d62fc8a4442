"""Atomic outputs: what an output path may name, and all outputs or none."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from aleppomap._atomic import atomic_path, atomic_write_text, output_target, staged_outputs
from aleppomap.errors import ExportError


def _stage(*outputs: tuple[Path, str], fail: bool = False) -> None:
    """Stage ``outputs`` as one build; ``fail`` raises after staging them all."""
    with staged_outputs() as out:
        for path, text in outputs:
            out.write_text(path, text)
        if fail:
            raise RuntimeError("the build failed after staging")


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_folder_at_the_output_path_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "map.html"
    target.mkdir()
    with pytest.raises(ExportError, match=r"map\.html: it is a folder, not a file"):
        atomic_write_text(target, "x")
    assert target.is_dir()
    assert _hidden(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_at_the_output_path_is_refused_without_blocking(tmp_path: Path) -> None:
    target = tmp_path / "events.geojson"
    os.mkfifo(target)
    with pytest.raises(ExportError, match="named pipe"):
        atomic_write_text(target, "x")
    assert stat.S_ISFIFO(target.stat().st_mode)


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_character_device_is_written_through_and_kept() -> None:
    before = os.stat("/dev/null")
    atomic_write_text("/dev/null", "discarded")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    assert not [p for p in Path("/dev").iterdir() if p.name.startswith(".null.")]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_device_fails_with_no_space_left() -> None:
    with pytest.raises(ExportError, match="No space left on device"):
        atomic_write_text("/dev/full", "x" * 10_000)


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.geojson"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.geojson"
    link.symlink_to(real.name)
    atomic_write_text(link, "new")
    assert link.is_symlink()
    assert os.readlink(link) == real.name
    assert real.read_text(encoding="utf-8") == "new"
    assert output_target(link) == real.resolve()


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        target = atomic_write_text(tmp_path / "new.csv", "x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_long_valid_name_fits_the_temporary_name(tmp_path: Path) -> None:
    name = "a" * 226 + ".csv"  # 230 characters: valid, but too long with a temporary's tags
    atomic_write_text(tmp_path / name, "x")
    assert (tmp_path / name).read_text(encoding="utf-8") == "x"
    with atomic_path(tmp_path / name) as tmp:
        assert len(tmp.name) <= 255
        tmp.write_text("y", encoding="utf-8")
    assert (tmp_path / name).read_text(encoding="utf-8") == "y"
    assert _hidden(tmp_path) == []


def test_two_outputs_naming_the_same_file_are_refused(tmp_path: Path) -> None:
    real = tmp_path / "out.html"
    real.write_text("old", encoding="utf-8")
    (tmp_path / "alias.html").symlink_to(real.name)
    for second in (real, tmp_path / "alias.html", tmp_path / "." / "out.html"):
        with pytest.raises(ExportError, match="names the same file"):
            _stage((real, "a"), (second, "b"))
        assert real.read_text(encoding="utf-8") == "old"
    assert _hidden(tmp_path) == []


def test_one_output_that_cannot_be_written_replaces_none(tmp_path: Path) -> None:
    first = tmp_path / "map.html"
    first.write_text("old map", encoding="utf-8")
    (tmp_path / "events.geojson").mkdir()
    with pytest.raises(ExportError, match="folder"):
        _stage((first, "new map"), (tmp_path / "events.geojson", "{}"))
    assert first.read_text(encoding="utf-8") == "old map"
    assert _hidden(tmp_path) == []


def test_an_error_after_staging_replaces_nothing(tmp_path: Path) -> None:
    first = tmp_path / "map.html"
    first.write_text("old map", encoding="utf-8")
    with pytest.raises(RuntimeError):
        _stage((first, "new map"), (tmp_path / "events.csv", "a,b"), fail=True)
    assert first.read_text(encoding="utf-8") == "old map"
    assert not (tmp_path / "events.csv").exists()
    assert _hidden(tmp_path) == []


def test_a_writer_that_produces_no_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="produced no file"), atomic_path(tmp_path / "x.gpkg"):
        pass
    assert list(tmp_path.iterdir()) == []
