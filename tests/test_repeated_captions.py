"""A caption written again, in its gallery or in another: read as if it were met first."""

from __future__ import annotations

import pandas as pd

from aleppomap.dates import add_dates
from aleppomap.events import locate
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

SMOKE = "Smoke rises over the Sheikh Saeed district of Aleppo on Tuesday."
FLEE = "Residents flee Bustan al-Qasr towards Fardos on Dec. 12, carrying their belongings."
QUIET = "A boy sits on a swing in a park."


def _entries(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "gallery": [g for g, _, _ in rows],
            "gallery_date": [d for _, d, _ in rows],
            "entry": list(range(1, len(rows) + 1)),
            "caption": [c for _, _, c in rows],
        }
    )


def _one(gallery_date: str, caption: str) -> pd.Series:
    return add_dates(_entries([("g", gallery_date, caption)])).iloc[0]


def test_a_repeated_caption_takes_the_date_it_takes_alone() -> None:
    rows = [
        ("a", "2016-12-13", SMOKE),
        ("a", "2016-12-13", FLEE),
        ("a", "2016-12-13", SMOKE),
        ("a", "2016-12-13", QUIET),
        ("a", "2016-12-13", FLEE),
        ("b", "2016-12-22", SMOKE),
        ("b", "2016-12-22", QUIET),
        ("b", "2016-12-22", SMOKE),
    ]
    dated = add_dates(_entries(rows))
    columns = ["date", "date_precision", "date_text", "date_start", "date_end"]
    for (_, day, caption), (_, row) in zip(rows, dated.iterrows(), strict=True):
        assert row[columns].tolist() == _one(day, caption)[columns].tolist()
    # the same words in a gallery of another week are another Tuesday
    assert dated["date"].tolist()[0] == "2016-12-13"
    assert dated["date"].tolist()[5] == "2016-12-20"


def test_a_repeated_caption_names_the_places_it_names_alone() -> None:
    parser = Geoparser(Gazetteer.load())
    rows = [("a", "2016-12-13", c) for c in (SMOKE, FLEE, SMOKE, QUIET, FLEE, QUIET, SMOKE)]
    events = locate(_entries(rows), geoparser=parser)
    columns = ["place_id", "matched", "start", "end", "role", "located", "reason"]
    for n, (_, _, caption) in enumerate(rows, start=1):
        alone = locate(_entries([("a", "2016-12-13", caption)]), geoparser=parser)
        mine = events[events["entry"] == n]
        assert mine[columns].values.tolist() == alone[columns].values.tolist()
    assert set(events.loc[events["entry"] == 2, "place_id"]) == {"bustan-al-qasr", "fardos"}
    assert not events.loc[events["entry"] == 4, "located"].any()
