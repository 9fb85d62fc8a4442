"""Compile the pipeline's hot modules with mypyc, in place: an optional speed-up.

The modules of ``aleppomap._native.COMPILED``: ``aleppomap._names`` and ``aleppomap.geoparse``
(the words of a caption and the places named in it: most of the time of ``locate``) compiled
by mypyc into C extension modules run ``Geoparser.find`` in a quarter to a third less CPU time
(synthetic captions; a fifth to a third less on real ones), and ``aleppomap.dates`` (the
photo's day of each caption: most of the time of ``read_gallery``) dates them in about a
quarter less CPU time (benchmarks/RESULTS.md), with the same results. The extensions are
written beside the sources in ``src/aleppomap`` (ignored by git and left out of the wheel),
with ``_native.json``, the SHA-256 of each source compiled: a later change to a source makes
``import aleppomap`` use the sources again, with a warning (``aleppomap._native``), until the
modules are built again. A C compiler and the Python headers are needed; the build takes a few
minutes.

Not yet: pickling the compiled ``Geoparser`` (mypyc's classes are built by their
``__init__``), so it serves ``locate(workers=...)`` where processes fork (Linux), not Dask or
spawned workers; ``--clean`` before those.

Usage::

    python scripts/build_native.py           # compile (again)
    python scripts/build_native.py --clean   # remove the extensions: the sources run
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "aleppomap"
sys.path.insert(0, str(SRC))

from aleppomap._native import COMPILED, MANIFEST, source_digest  # noqa: E402


def built_files() -> list[Path]:
    """The files a build leaves in the source tree: the extensions, mypyc's shared library
    of the group (at the top of ``src``) and the manifest."""
    found = [
        p for name in COMPILED for p in PACKAGE.glob(f"{name}.*") if p.suffix in (".so", ".pyd")
    ]
    found += [p for p in SRC.glob("*__mypyc.*") if p.suffix in (".so", ".pyd")]
    manifest = PACKAGE / MANIFEST
    return found + ([manifest] if manifest.exists() else [])


def clean() -> None:
    """Remove what a build left: the sources run again."""
    for path in built_files():
        path.unlink()


def build() -> None:
    """Compile the modules of ``COMPILED`` in place and write the manifest."""
    clean()
    digests = {name: source_digest(PACKAGE / f"{name}.py") for name in COMPILED}
    # mypyc writes its C files and objects under ./build (here src/build, removed after) and
    # the extensions in place; run from src, so that the modules keep their package's names
    env = {**os.environ, "MYPYC_OPT_LEVEL": os.environ.get("MYPYC_OPT_LEVEL", "2")}
    try:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "mypyc",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                *(f"aleppomap/{name}.py" for name in COMPILED),
            ],
            cwd=SRC,
            check=True,
            env=env,
        )
    except subprocess.CalledProcessError as error:  # (mypyc has printed why)
        clean()
        sys.exit(f"mypyc failed (exit {error.returncode}): nothing left compiled")
    finally:
        shutil.rmtree(SRC / "build", ignore_errors=True)
    for name in COMPILED:  # a source changed while it was compiled: build again
        if source_digest(PACKAGE / f"{name}.py") != digests[name]:
            clean()
            sys.exit(f"{name}.py changed during the build: nothing left compiled")
    (PACKAGE / MANIFEST).write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        clean()
    else:
        build()


if __name__ == "__main__":
    main()
