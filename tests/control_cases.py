"""Shared pieces of the tests that read control statements from written captions.

The kind tests (`test_control_kinds.py`, `test_control_wordings.py`) list captions with the
statements they must give; these functions run them through the real pipeline (`locate`, then
`control_table`) and compare.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from aleppomap.control import control_table, lexicon
from aleppomap.events import locate
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

GALLERY_DATE = "2016-12-13"

Statement = tuple[str, str, str]
"""(place id, controller, action) of one statement."""
Extent = tuple[str, str, str, str]
"""(place id, controller, action, extent) of one statement."""


def events_of(gazetteer: Gazetteer, *captions: str, date: str = GALLERY_DATE) -> gpd.GeoDataFrame:
    """Captions through the real pipeline (geoparser, gazetteer, locate), one entry each."""
    entries = pd.DataFrame(
        {
            "gallery": "test-gallery",
            "entry": list(range(1, len(captions) + 1)),
            "caption": list(captions),
            "gallery_date": GALLERY_DATE,
            "date": date,
        }
    )
    return locate(entries, gazetteer, geoparser=_geoparser(gazetteer))


# One geoparser per gazetteer for the whole test session (building one takes seconds, and the
# control tests run a few thousand captions through the pipeline, each on its own).
_GEOPARSERS: dict[int, tuple[Gazetteer, Geoparser]] = {}


def _geoparser(gazetteer: Gazetteer) -> Geoparser:
    """The geoparser of ``gazetteer``, built once."""
    kept = _GEOPARSERS.get(id(gazetteer))
    if kept is None or kept[0] is not gazetteer:
        kept = _GEOPARSERS[id(gazetteer)] = (gazetteer, Geoparser(gazetteer))
    return kept[1]


def table_of(gazetteer: Gazetteer, *captions: str) -> pd.DataFrame:
    """The control table of a gallery made of ``captions``, all dated ``GALLERY_DATE``."""
    return control_table(events_of(gazetteer, *captions))


def statements_of(gazetteer: Gazetteer, caption: str) -> list[Statement]:
    """The statements one caption gives, sorted."""
    table = table_of(gazetteer, caption)
    return sorted(
        zip(table["place_id"].tolist(), table["controller"], table["action"], strict=True)
    )


def extents_of(gazetteer: Gazetteer, caption: str) -> list[Extent]:
    """The statements one caption gives with their extent (``whole`` or ``part``), sorted."""
    table = table_of(gazetteer, caption)
    return sorted(
        zip(
            table["place_id"].tolist(),
            table["controller"].tolist(),
            table["action"].tolist(),
            table["extent"].tolist(),
            strict=True,
        )
    )


def assert_pre_check_changes_nothing(
    gazetteer: Gazetteer,
    monkeypatch: pytest.MonkeyPatch,
    states: list[tuple[str, str, list[Statement]]],
    states_none: list[tuple[str, str]],
) -> None:
    """The cheap pre-check lets every one of these captions through to the same statements."""
    captions = [c for _, c, _ in states] + [c for _, c in states_none]
    checked = table_of(gazetteer, *captions)
    with monkeypatch.context() as patch:
        patch.setattr(lexicon, "may_state_control", lambda text: True)
        everything = table_of(gazetteer, *captions)
    assert len(checked) >= len(states)
    pd.testing.assert_frame_equal(checked, everything)
