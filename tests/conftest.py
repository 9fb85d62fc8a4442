"""Shared fixtures: the seed gallery, the packaged gazetteer and the seed's events."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from hypothesis import settings

from aleppomap.gallery import embedded_gallery, read_gallery
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

REPO = Path(__file__).resolve().parent.parent
# Tests use the benchmarks' synthetic generator (``benchmarks.synth``), however pytest is run.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# No time limit per generated example: the tests run two at a time on shared machines, where a
# fast example can take a few hundred milliseconds. What is checked is the behaviour, not speed.
settings.register_profile("aleppomap", deadline=None)
settings.load_profile("aleppomap")

# The shared control tests assert in ``control_cases``; pytest explains their failures as it
# does a test module's (the helper is imported by the test modules, after this file).
pytest.register_assert_rewrite("control_cases")


@pytest.fixture(autouse=True)
def _command_log_handlers() -> Iterator[None]:
    """Drop the log handlers a test's in-process ``aleppomap`` command added.

    The command logs to the standard error of its first run; a test's captured stream is closed
    after the test, and a later test logging to it would print a logging error.
    """
    log = logging.getLogger("aleppomap")
    handlers, level = log.handlers[:], log.level
    yield
    log.handlers[:] = handlers
    log.setLevel(level)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The embedded "Battle for Aleppo" gallery, as installed with the package."""
    return Path(str(embedded_gallery()))


@pytest.fixture(scope="session")
def seed_entries() -> pd.DataFrame:
    return read_gallery()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def gp(gazetteer: Gazetteer) -> Geoparser:
    """A geoparser over the packaged gazetteer, shared by the geoparser's test files."""
    return Geoparser(gazetteer)


@pytest.fixture(scope="session")
def seed_events(seed_entries: pd.DataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    from aleppomap.events import locate

    return locate(seed_entries, gazetteer)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Chromium (Debian's), one per test module; see ``tests/browser.py``."""
    from browser import launch

    with launch() as b:
        yield b


@pytest.fixture(scope="module")
def seed_page(seed_events: gpd.GeoDataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's map page, self-contained, written once per test module."""
    from aleppomap.timeline import render_html

    path = tmp_path_factory.mktemp("map") / "aleppo-map.html"
    path.write_text(render_html(seed_events), encoding="utf-8")
    return path
