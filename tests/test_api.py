"""The public API: declared once in ``aleppomap/__init__.py``, importable, and light to import.

``_LAZY`` (name → module) is the declaration; ``__all__`` is made from it and the imports
under ``TYPE_CHECKING`` repeat it for type checkers. These tests keep the three in step, check
that every public name of every module exists, and that the error tree has one root whose
leaves also derive from a builtin exception.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import aleppomap
from aleppomap import errors

INIT = Path(aleppomap.__file__)
SRC = INIT.parent

# Modules whose bare ``raise AleppomapError(...)`` are still to be replaced by leaves (their
# restructuring was under way); empty this set once they name leaf classes.
PENDING_BARE_RAISES: set[str] = set()


def _init_tree() -> ast.Module:
    return ast.parse(INIT.read_text(encoding="utf-8"))


def _lazy_declaration() -> dict[str, str]:
    """``_LAZY`` as written in the file (a dict literal of string constants, no repeats)."""
    for node in _init_tree().body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "_LAZY"
        ):
            value = node.value
            break
    else:
        pytest.fail("aleppomap/__init__.py declares no _LAZY")
    assert isinstance(value, ast.Dict)
    keys = [ast.literal_eval(k) for k in value.keys if k is not None]
    values = [ast.literal_eval(v) for v in value.values]
    assert len(keys) == len(set(keys)), "a name is declared twice in _LAZY"
    return dict(zip(keys, values, strict=True))


def _type_checking_imports() -> dict[str, str]:
    """The names imported under ``if TYPE_CHECKING:``, with their modules."""
    imported: dict[str, str] = {}
    for node in _init_tree().body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for stmt in node.body:
                assert isinstance(stmt, ast.ImportFrom), ast.unparse(stmt)
                for alias in stmt.names:
                    # ``name as name``: the explicit re-export mypy --strict needs.
                    assert alias.asname == alias.name, ast.unparse(stmt)
                    assert alias.name not in imported, f"{alias.name} imported twice"
                    imported[alias.name] = str(stmt.module)
    return imported


def test_the_declaration_the_all_and_the_type_checking_imports_agree() -> None:
    declared = _lazy_declaration()
    assert declared == aleppomap._LAZY
    assert aleppomap.__all__ == sorted(declared)
    assert _type_checking_imports() == declared


def test_every_public_name_imports_from_its_module() -> None:
    for name, module in aleppomap._LAZY.items():
        value = getattr(aleppomap, name)
        assert value is getattr(importlib.import_module(module), name), name
        assert name in importlib.import_module(module).__all__, f"{module} does not export {name}"
    assert set(aleppomap._LAZY) <= set(dir(aleppomap))
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        aleppomap.nothing_here  # noqa: B018


def test_star_import_gives_the_public_api() -> None:
    namespace: dict[str, object] = {}
    exec("from aleppomap import *", namespace)
    assert sorted(k for k in namespace if k != "__builtins__") == aleppomap.__all__


def _modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(aleppomap.__path__, "aleppomap.")
        if not info.name.endswith("__main__")  # importing it runs the command line
    ]
    assert names
    return sorted(names)


@pytest.mark.parametrize("module", _modules())
def test_every_name_in_a_modules_all_exists(module: str) -> None:
    mod = importlib.import_module(module)
    exported = getattr(mod, "__all__", None)
    if exported is None:
        assert module.rsplit(".", 1)[-1].startswith("_"), f"public {module} has no __all__"
        return
    assert len(exported) == len(set(exported)), f"{module}.__all__ repeats a name"
    missing = [name for name in exported if not hasattr(mod, name)]
    assert not missing, f"{module}.__all__ names what it lacks: {missing}"


def test_every_error_is_in_the_api_and_every_leaf_derives_from_a_builtin() -> None:
    defined = {
        name
        for name, value in vars(errors).items()
        if isinstance(value, type) and issubclass(value, errors.AleppomapError)
    }
    assert defined == set(errors.__all__)
    assert defined <= set(aleppomap.__all__)
    generic = (Exception, BaseException, object)
    for name in sorted(defined - {"AleppomapError", "GeocodeError"}):  # the root, a branch
        cls = getattr(errors, name)
        assert any(b.__module__ == "builtins" and b not in generic for b in cls.__mro__), name


def test_no_module_raises_the_bare_root_class() -> None:
    offenders: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        part = path.relative_to(SRC).parts[0].removesuffix(".py")
        if part in PENDING_BARE_RAISES:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and node.exc is not None:
                exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                if isinstance(exc, ast.Name) and exc.id == "AleppomapError":
                    offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert not offenders, "raise a leaf of aleppomap.errors instead: " + ", ".join(offenders)


def test_import_is_light() -> None:
    """``import aleppomap`` must not pull in the heavy stages (the CLI starts fast)."""
    code = (
        "import sys, aleppomap; "
        "heavy = [m for m in ('geopandas', 'folium', 'pandas') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
