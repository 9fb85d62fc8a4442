"""The analyst's notebook runs top to bottom, offline, in this project's Python."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore_aleppo.ipynb"
KERNEL = "aleppomap-test"


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
    nb, seconds, cwd = executed
    assert seconds < 60
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
