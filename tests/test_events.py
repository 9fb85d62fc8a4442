"""locate(): entries in, events out — on the seed gallery and on entries written for the test."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest

from aleppomap.errors import EventsTableError
from aleppomap.events import EVENT_COLUMNS, locate, located_events, unlocated
from aleppomap.gallery import read_gallery_text
from aleppomap.gazetteer import Gazetteer, Place

# The places each seed entry names, with the role where the caption gives one (the city, the
# old city or a side of the city named beside a finer place is named in passing).
SEED_PLACES: dict[int, list[tuple[str, str]]] = {
    1: [("sukkari", "location"), ("aleppo", "mentioned")],
    2: [("bustan-al-qasr", "origin"), ("aleppo", "mentioned"), ("fardos", "destination")],
    3: [("jisr-al-haj", "location"), ("aleppo", "mentioned")],
    5: [("bustan-al-qasr", "location"), ("aleppo", "mentioned")],
    6: [("bustan-al-qasr", "origin"), ("aleppo", "mentioned"), ("fardos", "destination")],
    9: [("mashhad", "location"), ("aleppo", "mentioned")],
    10: [("kallaseh", "location"), ("aleppo", "mentioned")],
    12: [("umayyad-mosque", "location"), ("old-city", "mentioned")],
    13: [("al-bab", "location"), ("aleppo", "mentioned")],
    14: [("aleppo", "mentioned"), ("kallaseh", "location")],
    15: [("umayyad-mosque", "location"), ("old-city", "mentioned")],
    16: [("sheikh-saeed", "location"), ("aleppo", "mentioned"), ("east-aleppo", "mentioned")],
    18: [("bustan-al-qasr", "origin"), ("aleppo", "mentioned"), ("fardos", "destination")],
    19: [("sukkari", "origin"), ("south-east-aleppo", "mentioned")],
    20: [("old-city", "location")],
    21: [("aleppo", "mentioned"), ("sheikh-saeed", "location")],
    22: [("mogambo", "location"), ("aleppo", "mentioned")],
    23: [("west-aleppo", "mentioned"), ("ithaa", "location")],
    24: [("east-aleppo", "origin"), ("jibreen", "location"), ("aleppo", "mentioned")],
    25: [("umayyad-mosque", "location"), ("old-city", "mentioned")],
}
CITY_ONLY = {4, 7, 8, 17}


def test_every_seed_entry_is_in_the_events(seed_events: gpd.GeoDataFrame) -> None:
    assert set(seed_events["entry"]) == set(range(1, 26))
    assert list(seed_events.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)
    assert seed_events.crs is not None
    assert seed_events.crs.to_epsg() == 4326


def test_seed_places_and_roles(seed_events: gpd.GeoDataFrame) -> None:
    got = {
        int(entry): list(zip(rows["place_id"], rows["role"], strict=True))
        for entry, rows in located_events(seed_events).groupby("entry")
    }
    for entry, places in SEED_PLACES.items():
        assert got[entry] == places, entry
    for entry in CITY_ONLY:
        assert [p for p, _ in got[entry]] == ["aleppo"], entry
        row = seed_events[seed_events.entry == entry].iloc[0]
        assert row["precision"] == "city"


def test_entry_11_is_unlocated_with_its_reason(seed_events: gpd.GeoDataFrame) -> None:
    missing = unlocated(seed_events)
    assert list(missing["entry"]) == [11]
    row = missing.iloc[0]
    assert row["reason"] == "empty caption"
    assert row["date"] == "2016-12-13"
    assert row["date_precision"] == "gallery"
    assert pd.isna(row["place_id"])


def test_located_rows_carry_place_facts(
    seed_events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    rows = located_events(seed_events)
    assert rows.geometry.notna().all()
    assert (rows["uncertainty_m"] > 0).all()
    for row in rows.itertuples():
        place = gazetteer.places.loc[row.place_id]
        assert row.place == place["name"]
        assert row.precision == place["kind"]
        assert row.geometry.equals(place["point"])
        assert row.caption[row.start : row.end] == row.matched
    # Aleppo area, longitude first
    assert rows.geometry.x.between(36.5, 38.5).all()
    assert rows.geometry.y.between(35.5, 37.0).all()


def test_dates_and_entry_fields_are_carried(seed_events: gpd.GeoDataFrame) -> None:
    by_entry = seed_events.drop_duplicates("entry").set_index("entry")
    assert by_entry.loc[10, "date"] == "2016-12-10"
    assert by_entry.loc[23, "date"] == "2016-12-11"
    assert by_entry.loc[1, "credit"] == "George Ourfalian/AFP/Getty Images"
    assert by_entry.loc[1, "gallery"] == "battle-for-aleppo-2016-12-13"
    assert by_entry.loc[16, "caption"].count("Aleppo’s") == 1


GALLERY = """date 2015-05-02 Aleppo under fire
Scenes from the city.
1
Residents inspect a crater in the Karm al-Jabal district on April 30. (Reuters)
2
A man sits in the Zzzqwerty neighbourhood on May 1. (AP)
3
A volunteer rests, May 1. (AFP)
4
extra
"""


def test_unknown_and_placeless_entries_get_reasons() -> None:
    entries = read_gallery_text(GALLERY)
    events = locate(entries)
    reasons = dict(zip(unlocated(events)["entry"], unlocated(events)["reason"], strict=True))
    assert 1 not in reasons
    assert "Zzzqwerty" in reasons[2]
    assert reasons[3] == "no place named in the caption"
    assert 4 in reasons
    assert set(events["entry"]) == {1, 2, 3, 4}


def test_geocoder_is_asked_only_for_unknown_names() -> None:
    asked: list[str] = []

    def geocoder(name: str) -> Place | None:
        asked.append(name)
        return Place("geocoded-zzz", name, "", "neighbourhood", None, 37.15, 36.2, 1500.0)

    events = locate(read_gallery_text(GALLERY), geocoder=geocoder)
    assert asked == ["Zzzqwerty"]
    row = events[events.entry == 2].iloc[0]
    assert row["method"] == "geocoded"
    assert row["located"]
    assert row.geometry.x == pytest.approx(37.15)


def test_locate_on_partitions_gives_the_same_events(
    seed_entries: pd.DataFrame, seed_events: gpd.GeoDataFrame
) -> None:
    parts = [locate(seed_entries.iloc[i : i + 7]) for i in range(0, len(seed_entries), 7)]
    joined = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(
        pd.DataFrame(joined.drop(columns="geometry")),
        pd.DataFrame(seed_events.reset_index(drop=True).drop(columns="geometry")),
    )
    assert joined.geometry.equals(seed_events.reset_index(drop=True).geometry)


def test_entries_without_required_columns_are_refused() -> None:
    with pytest.raises(EventsTableError) as info:
        locate(pd.DataFrame({"gallery": ["g"], "entry": [1]}))
    assert str(info.value) == (
        "the entries table lacks the column(s) caption; read it with aleppomap.read_gallery()"
    )
    assert isinstance(info.value, ValueError)


def test_entry_numbers_that_are_not_integers_are_refused_before_the_scan() -> None:
    entries = pd.DataFrame({"gallery": ["g", "g"], "entry": ["1", "two"], "caption": ["", ""]})
    with pytest.raises(EventsTableError, match="entries table's entry column must hold integers"):
        locate(entries)


def test_entry_numbers_given_as_text_become_integers(gazetteer: Gazetteer) -> None:
    entries = pd.DataFrame({"gallery": ["g"], "entry": ["7"], "caption": ["In Aleppo."]})
    assert locate(entries, gazetteer)["entry"].tolist() == [7]


def test_column_types_do_not_depend_on_the_split(
    seed_entries: pd.DataFrame, seed_events: gpd.GeoDataFrame
) -> None:
    for a, b in [(0, 1), (3, 4), (0, 5), (5, len(seed_entries))]:
        part = locate(seed_entries.iloc[a:b])
        assert part.dtypes.to_dict() == seed_events.dtypes.to_dict(), (a, b)


def test_extra_and_missing_values_are_carried_per_row() -> None:
    entries = read_gallery_text(GALLERY)
    n = len(entries)
    entries["url"] = pd.array([f"https://example.org/{i}" for i in range(n - 1)] + [None], "str")
    entries["rank"] = list(range(10, 10 + n))
    entries["note"] = [["a", "b"]] + [[]] * (n - 1)
    entries.loc[entries.index[-1], "credit"] = None
    events = locate(entries)
    by_entry = entries.set_index("entry")
    for _, row in events.iterrows():
        source = by_entry.loc[row["entry"]]
        assert row["rank"] == source["rank"]
        assert row["note"] == source["note"]
        for col in ("url", "credit", "caption"):
            if pd.isna(source[col]):
                assert pd.isna(row[col])
            else:
                assert row[col] == source[col]
    assert events["url"].dtype == entries["url"].dtype
    assert events["rank"].dtype == "int64"
    assert events["start"].dtype == "Int64"


def test_no_entries_give_an_empty_table() -> None:
    entries = read_gallery_text(GALLERY).iloc[:0]
    events = locate(entries)
    assert len(events) == 0
    assert list(events.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)
