"""Shared fixtures: the seed gallery, the packaged gazetteer and the seed's events."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from aleppomap.gallery import embedded_gallery, read_gallery
from aleppomap.gazetteer import Gazetteer

REPO = Path(__file__).resolve().parent.parent


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
