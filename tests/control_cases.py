"""Shared pieces of the tests that read control statements from written captions.

The kind tests (`test_control_kinds.py`, `test_control_wordings.py`, ...) list captions with the
statements they must give; these functions run them through the real pipeline (`locate`, then
`control_table`) and compare.

A module of control wordings keeps its two case tables (captions that state control, with their
statements; captions that state none) and makes its tests with one line::

    test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)

(see `control_case_tests`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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


Case = tuple[str, str, Sequence[Statement] | Sequence[Extent]]
"""(kind, caption, expected statements) of a caption that states control; the expected
statements are all (place, controller, action), or all (place, controller, action, extent)."""
NoCase = tuple[str, str]
"""(kind, caption) of a caption that states no control."""
CaseTest = Callable[..., None]
"""A test function pytest collects (parametrized, its arguments fixtures or parameters)."""


def control_case_tests(
    states: Sequence[Case], states_none: Sequence[NoCase]
) -> tuple[CaseTest, CaseTest, CaseTest]:
    """The three tests every module of control wordings runs over its two case tables.

    - each caption of ``states`` gives exactly its expected statements (with their extent when
      the case lists four fields);
    - each caption of ``states_none`` gives no statement;
    - the cheap pre-check (``lexicon.may_state_control``) changes no statement of any of them.

    A module binds the three to names of its own, so pytest collects them::

        test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)

    The parameters keep the names ``kind``, ``caption`` and ``expected``, so a case's test id
    is the one it had when each module wrote the three tests out.
    """
    cases = list(states)
    nones = list(states_none)

    @pytest.mark.parametrize(("kind", "caption", "expected"), cases)
    def test_states(
        gazetteer: Gazetteer, kind: str, caption: str, expected: Sequence[tuple[str, ...]]
    ) -> None:
        got = extents_of if expected and len(expected[0]) == 4 else statements_of
        assert got(gazetteer, caption) == sorted(expected), kind

    @pytest.mark.parametrize(("kind", "caption"), nones)
    def test_states_none(gazetteer: Gazetteer, kind: str, caption: str) -> None:
        assert statements_of(gazetteer, caption) == [], kind

    def test_pre_check(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
        statements = [(k, c, [e[:3] for e in x]) for k, c, x in cases]
        assert_pre_check_changes_nothing(gazetteer, monkeypatch, statements, nones)

    return test_states, test_states_none, test_pre_check
