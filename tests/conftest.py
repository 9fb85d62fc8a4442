"""Shared fixtures: the seed gallery, the packaged gazetteer and the seed's events."""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from aleppomap.gallery import embedded_gallery, read_gallery
from aleppomap.gazetteer import Gazetteer

REPO = Path(__file__).resolve().parent.parent
# Tests use the benchmarks' synthetic generator (``benchmarks.synth``), however pytest is run.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


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
def seed_events(seed_entries: pd.DataFrame, gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    from aleppomap.events import locate

    return locate(seed_entries, gazetteer)
