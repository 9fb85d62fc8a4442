"""The compiled geoparser and dater, when there are: never older than their sources.

``scripts/build_native.py`` compiles the modules of :data:`COMPILED` with mypyc into C
extension modules beside their sources (the words of a caption and the places named in it:
most of the time of :func:`aleppomap.locate`; the photo's day of each caption: most of the
time of reading a gallery), and writes :data:`MANIFEST`, the SHA-256 of
each source it compiled. Python imports an extension before a source of the same name, so an
extension left behind after its source changed would run the old code:
:func:`use_fresh_modules` (run when the package is imported) then loads the sources instead,
all of them (compiled together, the modules call each other's compiled code directly), with
a warning.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
import warnings
from pathlib import Path

#: The modules that ``scripts/build_native.py`` compiles, in the order they are loaded from
#: source when their build is stale (a module after those it imports).
COMPILED = ("_names", "geoparse", "dates")
#: The file, beside the modules, that lists the SHA-256 of each source compiled.
MANIFEST = "_native.json"
_EXTENSIONS = (".so", ".pyd")


def source_digest(path: Path) -> str:
    """The SHA-256 of the file at ``path``, in hexadecimal."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _compiled(package: Path) -> list[str]:
    """The modules of :data:`COMPILED` that have an extension module in ``package``."""
    return [
        name
        for name in COMPILED
        if any(p.name.endswith(_EXTENSIONS) for p in package.glob(f"{name}.*"))
    ]


def stale_modules(package: Path) -> list[str]:
    """The compiled modules in ``package`` whose source differs from the one compiled (all of
    them when one does, or when the manifest is missing); ``[]`` when none is compiled."""
    compiled = _compiled(package)
    if not compiled:
        return []
    try:
        built = json.loads((package / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        built = {}
    fresh = isinstance(built, dict) and all(
        built.get(name) == source_digest(package / f"{name}.py") for name in compiled
    )
    return [] if fresh else compiled


def use_fresh_modules() -> None:
    """Load from source the compiled modules of this package whose build is stale."""
    package = Path(__file__).parent
    stale = stale_modules(package)
    if not stale:
        return
    warnings.warn(
        f"aleppomap: the compiled {', '.join(stale)} are older than their sources, which are "
        "used instead (run scripts/build_native.py again, or with --clean)",
        RuntimeWarning,
        stacklevel=2,
    )
    for name in stale:
        full = f"{__package__}.{name}"
        if full in sys.modules:
            continue
        spec = importlib.util.spec_from_file_location(full, package / f"{name}.py")
        if spec is None or spec.loader is None:  # pragma: no cover (a .py file always has one)
            continue
        module = importlib.util.module_from_spec(spec)
        sys.modules[full] = module
        spec.loader.exec_module(module)
        setattr(sys.modules[__package__ or "aleppomap"], name, module)
