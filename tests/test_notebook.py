"""The analyst's notebook runs top to bottom, offline, in this project's Python.

The Python running the tests has the ``notebook`` extra installed through the ``dev`` extra
(``aleppomap[notebook]``), and the notebook imports nothing else beyond the core dependencies
and the standard library: so the notebook runs here just as after
``pip install "aleppomap[notebook]"``.
"""

from __future__ import annotations

import ast
import importlib.metadata
import json
import os
import re
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK = REPO / "notebooks" / "explore_aleppo.ipynb"
KERNEL = "aleppomap-test"
# the README's one command that installs the extra and opens the notebook
OPEN_COMMAND = (
    'python3 -m venv .venv && .venv/bin/pip install -e ".[notebook]" '
    "&& .venv/bin/jupyter lab notebooks/explore_aleppo.ipynb"
)


def project() -> dict[str, Any]:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]  # type: ignore[no-any-return]


def requirements(specs: list[str]) -> dict[str, Requirement]:
    reqs = [Requirement(spec) for spec in specs]
    return {canonicalize_name(r.name): r for r in reqs}


def notebook_imports() -> set[str]:
    """Top-level modules that the notebook's code cells import (IPython magics left out)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    modules: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        lines = [ln for ln in cell.source.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        for node in ast.walk(ast.parse("\n".join(lines))):
            if isinstance(node, ast.Import):
                modules |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules.add(node.module.split(".")[0])
    return modules


def test_the_notebook_extra_brings_jupyter_and_every_import() -> None:
    meta = project()
    extra = requirements(meta["optional-dependencies"]["notebook"])
    core = requirements(meta["dependencies"])
    assert {"jupyterlab", "ipykernel", "matplotlib"} <= set(extra)
    provided = set(extra) | set(core) | {"aleppomap"}
    by_module = importlib.metadata.packages_distributions()
    imports = notebook_imports()
    assert {"aleppomap", "geopandas", "matplotlib"} <= imports
    for module in sorted(imports - set(sys.stdlib_module_names)):
        dists = {canonicalize_name(d) for d in by_module.get(module, [])}
        if module == "aleppomap":
            continue
        assert dists, f"the notebook imports {module}, which is not installed"
        assert dists & provided, (
            f"the notebook imports {module} (from {', '.join(sorted(dists))}), which neither the "
            "core dependencies nor the notebook extra in pyproject.toml provide"
        )


def test_the_tests_run_the_notebook_with_exactly_that_extra() -> None:
    optional = project()["optional-dependencies"]
    extra = requirements(optional["notebook"])
    dev = requirements(optional["dev"])
    assert "notebook" in dev["aleppomap"].extras
    # no second, possibly different, pin of the notebook's packages in the dev extra
    assert not (set(extra) & set(dev))
    for name, req in extra.items():  # and this Python has them, as the extra asks
        version = importlib.metadata.version(name)
        assert req.specifier.contains(version, prereleases=True), (name, version)


def test_the_readme_says_how_to_open_the_notebook() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert OPEN_COMMAND in readme
    assert 'pip install "aleppomap[notebook]"' in readme
    (path,) = re.findall(r"jupyter lab (\S+)", OPEN_COMMAND)
    assert (REPO / path).resolve() == NOTEBOOK


def kernel_manager(folder: Path) -> KernelManager:
    """A kernel started with the interpreter running the tests (the project's venv).

    The kernelspec is written for this run, so that neither a user's Jupyter set-up nor
    whatever ``python`` is first on PATH decides where the notebook runs.
    """
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "aleppomap tests",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    specs = KernelSpecManager(kernel_dirs=[str(folder / "kernels")])
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


def outputs_text(cell: Any) -> str:
    parts = []
    for out in cell.get("outputs", []):
        if "text" in out:
            parts.append(out["text"])
        for kind, value in out.get("data", {}).items():
            if kind.startswith("text/"):
                parts.append(value)
    return "\n".join(parts)


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, float, Path]:
    folder = tmp_path_factory.mktemp("notebook")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # one more cell, not in the committed notebook: which Python ran it
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    client = NotebookClient(
        nb,
        km=kernel_manager(folder / "spec"),
        timeout=60,
        allow_errors=False,
        resources={"metadata": {"path": str(folder / "cwd")}},
    )
    (folder / "cwd").mkdir()
    # no network: any HTTP(S) request goes to a closed local port and fails at once
    env = {
        **os.environ,
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "NO_PROXY": "",
    }
    started = time.perf_counter()
    client.execute(env=env)
    return nb, time.perf_counter() - started, folder / "cwd"


def test_the_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(not c.outputs and c.execution_count is None for c in code)


@pytest.mark.notebook
def test_notebook_runs_top_to_bottom_in_the_test_python(
    executed: tuple[Any, float, Path],
) -> None:
    nb, _seconds, cwd = executed
    assert outputs_text(nb.cells[-1]).strip() == sys.executable
    # the export went to a temporary folder: nothing written where the kernel ran
    assert not list(cwd.iterdir())


@pytest.mark.notebook
def test_notebook_tells_the_story(executed: tuple[Any, float, Path]) -> None:
    nb, _, _ = executed
    code = [c for c in nb.cells if c.cell_type == "code"]
    text = "\n".join(outputs_text(c) for c in code)
    assert "Battle for Aleppo" in text
    assert "25 photo entries" in text
    assert "empty caption" in text  # the unlocated entries are listed
    assert "aleppo-events.gpkg" in text
    assert "entries layer: 25 entries" in text
    # the control statements, with their evidence, and a control timeline
    assert "regime troops retook the area from rebel fighters" in text
    assert "Bustan al-Qasr" in text
    assert "government" in text
    kinds = [kind for c in code for out in c.get("outputs", []) for kind in out.get("data", {})]
    assert "image/png" in kinds  # the counts plot
    maps = [
        out["data"]["text/html"]
        for c in code
        for out in c.get("outputs", [])
        if "leaflet" in out.get("data", {}).get("text/html", "").lower()
    ]
    assert len(maps) == 1  # the timeline map, inline
