"""The compiled geoparser (scripts/build_native.py) is used only while its sources are those
it was built from."""

from __future__ import annotations

import json
from pathlib import Path

from aleppomap._native import COMPILED, MANIFEST, source_digest, stale_modules

_SUFFIX = ".cpython-311-x86_64-linux-gnu.so"


def _package(tmp_path: Path, *, compiled: bool, manifest: dict[str, str] | None) -> Path:
    """A package folder with the sources of the compiled modules, their (empty) extensions
    when ``compiled``, and ``manifest`` when given."""
    for name in COMPILED:
        (tmp_path / f"{name}.py").write_text(f"NAME = {name!r}\n", encoding="utf-8")
        if compiled:
            (tmp_path / f"{name}{_SUFFIX}").write_bytes(b"")
    if manifest is not None:
        (tmp_path / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return tmp_path


def _digests(package: Path) -> dict[str, str]:
    return {name: source_digest(package / f"{name}.py") for name in COMPILED}


def test_sources_alone_are_not_stale(tmp_path: Path) -> None:
    assert stale_modules(_package(tmp_path, compiled=False, manifest=None)) == []


def test_a_build_of_the_current_sources_is_used(tmp_path: Path) -> None:
    package = _package(tmp_path, compiled=True, manifest=None)
    (package / MANIFEST).write_text(json.dumps(_digests(package)), encoding="utf-8")
    assert stale_modules(package) == []


def test_a_changed_source_makes_every_compiled_module_stale(tmp_path: Path) -> None:
    package = _package(tmp_path, compiled=True, manifest=None)
    (package / MANIFEST).write_text(json.dumps(_digests(package)), encoding="utf-8")
    with (package / "geoparse.py").open("a", encoding="utf-8") as fh:
        fh.write("# a new rule\n")
    # (compiled together, the modules call each other's compiled code: all go back to source)
    assert stale_modules(package) == list(COMPILED)


def test_extensions_without_their_manifest_are_stale(tmp_path: Path) -> None:
    assert stale_modules(_package(tmp_path, compiled=True, manifest=None)) == list(COMPILED)
    (tmp_path / MANIFEST).write_text("not json", encoding="utf-8")
    assert stale_modules(tmp_path) == list(COMPILED)


def test_the_manifest_of_other_sources_is_stale(tmp_path: Path) -> None:
    package = _package(tmp_path, compiled=True, manifest=dict.fromkeys(COMPILED, "0" * 64))
    assert stale_modules(package) == list(COMPILED)
