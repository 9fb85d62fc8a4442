"""Exports: GeoJSON (RFC 7946), GeoPackage and CSV, read back by the tools people use.

The round trip and determinism tests are parametrised over every format from one fixture,
as pyogrio's own tests are.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import pickle
import subprocess
import sys
import time
import types
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import geopandas as gpd
import jsonschema
import numpy as np
import pandas as pd
import pyogrio
import pyogrio.errors
import pytest
import shapely

from aleppomap import export
from aleppomap.errors import EventsTableError, ExportError, OptionError
from aleppomap.export import (
    GALLERY_FACTS,
    LIST_SEPARATOR,
    OFFSET_NAMES,
    entries_table,
    feature_table,
    galleries_table,
    geojson_text,
    place_areas_table,
    places_table,
    split_list,
    to_geojson,
    write_csv,
    write_geojson,
    write_gpkg,
    write_outputs,
)

SCHEMA = Path(__file__).parent / "data" / "geojson.schema.json"
SCHEMA_DOC = Path(__file__).parents[1] / "docs" / "geojson.md"
FORMATS = ("geojson", "gpkg", "csv")
SUFFIX = {"geojson": ".geojson", "gpkg": ".gpkg", "csv": ".csv"}

# --------------------------------------------------------------------- a hand-made table
# Follows docs/architecture.md; covers what the seed gallery may not: an entry with two
# places (origin and destination), an unlocated entry with a caption, an empty entry,
# Arabic and curly quotes, an extra input column, many decimals.
_ROWS: list[dict[str, Any]] = [
    {
        "entry": 1,
        "date": "2016-12-14",
        "date_precision": "day",
        "place_id": "al-sukari",
        "place": "al-Sukari",
        "matched": "al-Sukari",
        "start": 30,
        "end": 39,
        "role": "location",
        "precision": "neighbourhood",
        "uncertainty_m": 600.0,
        "caption": "A wounded Syrian woman from the al-Sukari neighborhood is helped",
        "credit": "George Ourfalian/AFP/Getty Images",
        "photographers": ["George Ourfalian"],
        "agencies": ["AFP", "Getty Images"],
        "score": 100.0,
        "method": "exact",
        "xy": (37.1612345678, 36.1811111111),
    },
    {
        "entry": 2,
        "date": "2016-12-13",
        "date_precision": "day",
        "place_id": "bustan-al-qasr",
        "place": "Bustan al-Qasr",
        "matched": "Bustan al-Qasr",
        "start": 50,
        "end": 64,
        "role": "origin",
        "precision": "neighbourhood",
        "uncertainty_m": 500.0,
        "caption": "Syrian residents, fleeing violence in the restive Bustan al-Qasr "
        "neighborhood, arrive in Aleppo’s Fardos neighborhood",
        "credit": "AFP/Getty Images",
        "photographers": [],
        "agencies": ["AFP", "Getty Images"],
        "score": 100.0,
        "method": "exact",
        "xy": (37.1445, 36.1899),
    },
    {
        "entry": 2,
        "date": "2016-12-13",
        "date_precision": "day",
        "place_id": "fardos",
        "place": "Fardos",
        "matched": "Fardos",
        "start": 98,
        "end": 104,
        "role": "destination",
        "precision": "neighbourhood",
        "uncertainty_m": 450.0,
        "caption": "Syrian residents, fleeing violence in the restive Bustan al-Qasr "
        "neighborhood, arrive in Aleppo’s Fardos neighborhood",
        "credit": "AFP/Getty Images",
        "photographers": [],
        "agencies": ["AFP", "Getty Images"],
        "score": 92.5,
        "method": "fuzzy",
        "xy": (37.1522, 36.1877),
    },
    {
        "entry": 4,
        "date": "2016-12-13",
        "date_precision": "gallery",
        "caption": "Syrians leave a rebel-held area towards the government-held side",
        "credit": "Karam Al-Masri/AFP/Getty Images",
        "photographers": ["Karam Al-Masri"],
        "agencies": ["AFP", "Getty Images"],
        "reason": "no place named in the caption",
    },
    {
        "entry": 11,
        "date": "2016-12-13",
        "date_precision": "gallery",
        "caption": "",
        "credit": "",
        "photographers": [],
        "agencies": [],
        "reason": "empty caption",
    },
    {
        "entry": 13,
        "date": "2016-12-12",
        "date_precision": "day",
        "place_id": "al-bab",
        "place": "al-Bab",
        "matched": "al-Bab",
        "start": 0,
        "end": 6,
        "role": "location",
        "precision": "town",
        "uncertainty_m": 3000.0,
        "caption": 'al-Bab, "north-east" of حلب — on Dec. 12',
        "date_text": "Dec. 12",
        "date_start": 33,
        "date_end": 40,
        "credit": "Reuters",
        "photographers": ["Khalil Ashawi"],
        "agencies": ["Reuters"],
        "score": 100.0,
        "method": "exact",
        "xy": (37.5167, 36.3705),
    },
]


def handmade_events() -> gpd.GeoDataFrame:
    """An events table as :func:`aleppomap.locate` returns it (docs/architecture.md)."""
    n = len(_ROWS)

    def col(name: str, default: Any = None) -> list[Any]:
        return [r.get(name, default) for r in _ROWS]

    located = [r.get("xy") is not None for r in _ROWS]
    data: dict[str, Any] = {
        "gallery": ["battle-for-aleppo-2016-12-13"] * n,
        "entry": np.array(col("entry"), dtype="int64"),
        "date": col("date"),
        "date_precision": col("date_precision"),
        "place_id": pd.array(col("place_id"), dtype="string"),
        "place": pd.array(col("place"), dtype="string"),
        "matched": pd.array(col("matched"), dtype="string"),
        "start": pd.array(col("start"), dtype="Int64"),
        "end": pd.array(col("end"), dtype="Int64"),
        "role": pd.array(col("role"), dtype="string"),
        "precision": pd.array(col("precision"), dtype="string"),
        "uncertainty_m": np.array(col("uncertainty_m", np.nan), dtype=float),
        "caption": col("caption"),
        "credit": col("credit"),
        "gallery_title": ["Battle for Aleppo"] * n,
        "gallery_date": ["2016-12-13"] * n,
        "gallery_intro": ["After weeks of heavy fighting, regime forces pushed…"] * n,
        "photographers": col("photographers"),
        "agencies": col("agencies"),
        "date_text": col("date_text", ""),
        "date_start": np.array(col("date_start", -1), dtype="int64"),
        "date_end": np.array(col("date_end", -1), dtype="int64"),
        "score": np.array(col("score", np.nan), dtype=float),
        "method": pd.array(col("method"), dtype="string"),
        "located": np.array(located, dtype=bool),
        "reason": col("reason", ""),
        "url": [f"https://example.org/aleppo/{r['entry']}" for r in _ROWS],
    }
    geoms = [shapely.Point(*r["xy"]) if r.get("xy") else None for r in _ROWS]
    return gpd.GeoDataFrame(data, geometry=geoms, crs="EPSG:4326")


def gazetteer_for(events: gpd.GeoDataFrame) -> Any:
    """A gazetteer-like object (``.places`` indexed by id) covering ``events``' places."""
    used = events[events["located"]].drop_duplicates("place_id").set_index("place_id")
    places = gpd.GeoDataFrame(
        {
            "name": used["place"].astype(str),
            "kind": used["precision"].astype(str),
            "uncertainty_m": used["uncertainty_m"],
            "source": "OpenStreetMap",
            "licence": "ODbL-1.0",
        },
        # polygons, as the gazetteer's extents
        geometry=shapely.buffer(used.geometry.to_numpy(), 0.001),
        crs="EPSG:4326",
    )
    places.index = places.index.astype(str)
    places.loc["unused-place"] = ["Unused", "village", 1.0, "x", "y", shapely.Point(0, 0)]
    return types.SimpleNamespace(places=places)


@pytest.fixture(scope="module")
def events() -> gpd.GeoDataFrame:
    return handmade_events()


@pytest.fixture(scope="module")
def gz(events: gpd.GeoDataFrame) -> Any:
    return gazetteer_for(events)


# -------------------------------------------------------------------- comparing tables


def canon(value: Any) -> Any:
    """One comparable form for a cell as any format gives it back."""
    if isinstance(value, list | tuple | np.ndarray):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    if value is None or value is pd.NA or value is pd.NaT or value == "":
        return None
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | float | np.integer | np.floating):
        number = float(value)
        return None if math.isnan(number) else number
    if isinstance(value, pd.Timestamp | dt.datetime | np.datetime64):
        return pd.Timestamp(value).date().isoformat()
    return str(value)


def rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    """The frame's rows in canonical form, the geometry as rounded lon-lat."""
    geometry = frame.geometry.name if isinstance(frame, gpd.GeoDataFrame) else None
    cols = [c for c in frame.columns if c != geometry]
    out = []
    for i in range(len(frame)):
        row = tuple(canon(frame[c].iloc[i]) for c in cols)
        if geometry is not None:
            g = frame.geometry.iloc[i]
            row += (None if g is None or g.is_empty else (round(g.x, 6), round(g.y, 6)),)
        out.append(row)
    return out


def located_rows(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return events[events["located"].astype(bool)]


def read_csv_events(path: Path) -> gpd.GeoDataFrame:
    table = gpd.read_file(
        path,
        X_POSSIBLE_NAMES="lon",
        Y_POSSIBLE_NAMES="lat",
        KEEP_GEOM_COLUMNS="NO",
        AUTODETECT_TYPE="YES",
    )
    return located_rows(table)


WRITERS: dict[str, Callable[..., Path]] = {
    "geojson": write_geojson,
    "gpkg": write_gpkg,
    "csv": write_csv,
}
READERS: dict[str, Callable[[Path], gpd.GeoDataFrame]] = {
    "geojson": gpd.read_file,
    "gpkg": partial(gpd.read_file, layer="events"),
    "csv": read_csv_events,
}
# What each reader gives back of an events table: the GeoJSON every row, the GeoPackage's
# events layer the located ones (both with the export's names), the CSV the table as it is.
EXPECTED: dict[str, Callable[[gpd.GeoDataFrame], gpd.GeoDataFrame]] = {
    "geojson": lambda ev: feature_table(ev),
    "gpkg": lambda ev: feature_table(located_rows(ev)),
    "csv": lambda ev: located_rows(ev),
}


@pytest.fixture(params=FORMATS)
def fmt(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def write(fmt: str, events: gpd.GeoDataFrame, path: Path, gz: Any) -> Path:
    if fmt == "gpkg":
        return write_gpkg(events, path, gazetteer=gz)
    return WRITERS[fmt](events, path)


# ---------------------------------------------------------------------------- all formats


def test_each_format_reads_back_to_the_same_events(
    fmt: str, events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = write(fmt, events, tmp_path / f"events{SUFFIX[fmt]}", gz)
    back = READERS[fmt](path)
    expected = EXPECTED[fmt](events)
    assert list(back.columns) == list(expected.columns)
    assert back.crs is None or back.crs.equals("EPSG:4326")
    assert rows(back) == rows(expected)


def test_each_format_is_byte_identical_for_the_same_input(
    fmt: str, events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    first = write(fmt, events, tmp_path / f"a{SUFFIX[fmt]}", gz).read_bytes()
    time.sleep(0.05)  # a clock read anywhere (GDAL's last_change has ms) would show
    second = write(fmt, events, tmp_path / f"b{SUFFIX[fmt]}", gz).read_bytes()
    assert first == second
    # and a copy of the table in another row index and CRS gives the same file
    moved = events.set_index(events.index + 100).to_crs("EPSG:3857")
    third = write(fmt, moved, tmp_path / f"c{SUFFIX[fmt]}", gz).read_bytes()
    if fmt == "gpkg":  # GPKG keeps full precision: the reprojection's last bits differ
        assert rows(gpd.read_file(tmp_path / "c.gpkg", layer="events")) == rows(
            EXPECTED["gpkg"](events)
        )
    else:
        assert third == first


_CHILD = """
import pickle, sys
from pathlib import Path
from aleppomap.export import write_csv, write_geojson, write_gpkg
events, gz = pickle.loads(Path(sys.argv[1]).read_bytes())
out = Path(sys.argv[2])
write_geojson(events, out / "e.geojson")
write_gpkg(events, out / "e.gpkg", gazetteer=gz)
write_csv(events, out / "e.csv")
"""


@pytest.mark.slow
def test_outputs_do_not_depend_on_the_hash_seed(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    pickled = tmp_path / "events.pickle"
    pickled.write_bytes(pickle.dumps((events, gz)))
    outputs = []
    for seed in ("0", "1", "12345"):
        out = tmp_path / f"seed{seed}"
        out.mkdir()
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(pickled), str(out)],
            env={"PYTHONHASHSEED": seed, "PATH": "", "LC_ALL": "C"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(outputs[0]) == ["e.csv", "e.geojson", "e.gpkg"]
    assert outputs[0] == outputs[1] == outputs[2]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    fmt: str, events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = tmp_path / f"events{SUFFIX[fmt]}"
    path.write_bytes(b"previous")
    broken = events.drop(columns=["gallery"])
    with pytest.raises(EventsTableError, match="gallery"):
        write(fmt, broken, path, gz)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_a_missing_folder_is_an_export_error_naming_the_file(
    fmt: str, events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = tmp_path / "no-such-folder" / f"events{SUFFIX[fmt]}"
    with pytest.raises(ExportError, match="no-such-folder") as info:
        write(fmt, events, path, gz)
    assert isinstance(info.value, OSError)


# -------------------------------------------------------------------------------- GeoJSON


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


def test_geojson_validates_and_follows_rfc7946(events: gpd.GeoDataFrame) -> None:
    doc = json.loads(geojson_text(events))
    jsonschema.validate(doc, schema(), cls=jsonschema.Draft202012Validator)
    assert doc["type"] == "FeatureCollection"
    assert "crs" not in doc
    assert len(doc["features"]) == len(events)  # every row, located or not
    for feature in doc["features"]:
        props = feature["properties"]
        assert props["date_precision"] in {"day", "gallery", "unknown"}
        dt.date.fromisoformat(props["date"])
        if feature["geometry"] is None:
            continue
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180
        assert -90 <= lat <= 90
        assert all(len(repr(c).split(".")[1]) <= 6 for c in (lon, lat))
        assert props["precision"] in {"landmark", "neighbourhood", "district", "city", "town"}
    assert doc["features"][0]["geometry"]["coordinates"] == [37.161235, 36.181111]


def test_geojson_schema_rejects_what_rfc7946_forbids(events: gpd.GeoDataFrame) -> None:
    """The schema is not a rubber stamp: a crs member, lat-lon swapped or a bare list fail."""
    doc = to_geojson(events)
    feature = doc["features"][0]
    unlocated = doc["features"][3]
    bad_docs = [
        {**doc, "crs": {"type": "name", "properties": {"name": "EPSG:4326"}}},
        {**doc, "features": [{"type": "Feature", "geometry": None}]},
        {
            **doc,
            "features": [
                {"type": "Feature", "properties": {}, "geometry": {"type": "Point"}},
            ],
        },
        {"type": "FeatureCollection", "features": [{"type": "Point", "coordinates": [0, 95]}]},
        # and what our own documents never hold
        {key: value for key, value in doc.items() if key != "galleries"},
        {**doc, "features": [{**feature, "geometry": None}]},  # located without a point
        {
            **doc,
            "features": [{**unlocated, "properties": {**unlocated["properties"], "reason": ""}}],
        },
        {**doc, "features": [{**feature, "properties": {**feature["properties"], "start": 30}}]},
        {
            **doc,
            "features": [
                {**feature, "properties": {**feature["properties"], "gallery_title": "x"}}
            ],
        },
        {**doc, "galleries": {"g": {"title": "Battle for Aleppo", "date": "13 Dec 2016"}}},
    ]
    for bad in bad_docs:
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema(), cls=jsonschema.Draft202012Validator)


def _documented_properties(title: str) -> dict[str, str]:
    """The rows of one property table of docs/geojson.md: name -> type as written."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    section = text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]
    found: dict[str, str] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0].startswith("`"):
            found[cells[0].strip("`")] = cells[1]
    return found


def _schema_type(definition: dict[str, Any]) -> str:
    """A property's type as docs/geojson.md words it (``integer or null``, ``array of string``)."""
    types = definition["type"] if isinstance(definition["type"], list) else [definition["type"]]
    words = [f"array of {definition['items']['type']}" if t == "array" else t for t in types]
    return " or ".join(words)


def test_published_schema_and_test_schema_list_the_same_properties() -> None:
    loaded = schema()["$defs"]
    for title, definition in (
        ("Feature properties", loaded["EventProperties"]),
        ("Galleries", loaded["Gallery"]),
    ):
        documented = _documented_properties(title)
        declared = {name: _schema_type(d) for name, d in definition["properties"].items()}
        assert documented == declared, title
        assert list(documented) == definition["required"]


def test_readme_lists_every_property() -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in schema()["$defs"]["EventProperties"]["properties"]:
        assert f"`{name}`" in readme, name


def test_geojson_has_every_entry_as_a_feature_with_null_geometry_when_unlocated(
    events: gpd.GeoDataFrame,
) -> None:
    doc = json.loads(geojson_text(events))
    assert set(doc) == {"type", "galleries", "features"}  # no other member
    assert [f["properties"]["entry"] for f in doc["features"]] == list(events["entry"])
    missing = [f for f in doc["features"] if not f["properties"]["located"]]
    assert [f["geometry"] for f in missing] == [None, None]
    assert [f["properties"]["reason"] for f in missing] == [
        "no place named in the caption",
        "empty caption",
    ]
    located = [f for f in doc["features"] if f["properties"]["located"]]
    assert all(f["geometry"]["type"] == "Point" for f in located)
    assert {f["properties"]["reason"] for f in located} == {""}


def test_gis_readers_see_every_feature(events: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = write_geojson(events, tmp_path / "aleppo.geojson")
    info = pyogrio.read_info(path)
    assert info["features"] == len(events)
    assert info["geometry_type"] == "Point"
    assert info["crs"] == "EPSG:4326"
    back = gpd.read_file(path)
    assert list(back["entry"]) == list(events["entry"])
    assert list(back.geometry.isna()) == list(~events["located"])


def test_geojson_gives_gallery_facts_once(events: gpd.GeoDataFrame) -> None:
    two = pd.concat(
        [events, events.assign(gallery="siege-of-aleppo-2016-11-30", gallery_title="Siege")],
        ignore_index=True,
    )
    doc = to_geojson(two)
    assert doc["galleries"] == {
        "battle-for-aleppo-2016-12-13": {
            "title": "Battle for Aleppo",
            "date": "2016-12-13",
            "intro": "After weeks of heavy fighting, regime forces pushed…",
        },
        "siege-of-aleppo-2016-11-30": {
            "title": "Siege",
            "date": "2016-12-13",
            "intro": "After weeks of heavy fighting, regime forces pushed…",
        },
    }
    for feature in doc["features"]:
        assert not set(GALLERY_FACTS) & set(feature["properties"])
        assert feature["properties"]["gallery"] in doc["galleries"]
    assert geojson_text(two).count("After weeks of heavy fighting") == 2


def test_geojson_names_offsets_as_offsets(events: gpd.GeoDataFrame) -> None:
    props = pd.DataFrame([f["properties"] for f in to_geojson(events)["features"]])
    assert not set(OFFSET_NAMES) & set(props.columns)
    for old, new in OFFSET_NAMES.items():
        assert [canon(v) for v in props[new]] == [canon(v) for v in events[old]], old
    # the offsets still cut the caption at what they name
    bab = props[props["entry"] == 13].iloc[0]
    caption = str(bab["caption"])
    assert caption[int(bab["char_start"]) : int(bab["char_end"])] == bab["matched"]
    assert caption[int(bab["date_char_start"]) : int(bab["date_char_end"])] == bab["date_text"]


def test_an_extra_column_taking_an_export_name_is_refused(events: gpd.GeoDataFrame) -> None:
    with pytest.raises(EventsTableError, match="char_start"):
        to_geojson(events.assign(char_start=1))


def test_geojson_properties_are_json_values(events: gpd.GeoDataFrame) -> None:
    doc = to_geojson(events)
    two = [f["properties"] for f in doc["features"] if f["properties"]["entry"] == 2]
    assert [p["role"] for p in two] == ["origin", "destination"]
    assert two[0]["agencies"] == ["AFP", "Getty Images"]
    assert two[0]["photographers"] == []
    assert isinstance(two[0]["char_start"], int)
    assert isinstance(two[0]["located"], bool)
    empty = next(f["properties"] for f in doc["features"] if f["properties"]["entry"] == 11)
    assert empty["score"] is None
    assert empty["char_start"] is None
    assert empty["place_id"] is None
    # the text keeps its Arabic and punctuation, unescaped
    text = geojson_text(events)
    assert "حلب" in text
    assert "Aleppo’s" in text
    assert '\\"north-east\\"' in text


def test_geojson_converts_timestamps_and_numpy_values() -> None:
    frame = gpd.GeoDataFrame(
        {
            "gallery": ["g"],
            "entry": [1],
            "date": [pd.Timestamp("2016-12-14")],
            "when": [pd.Timestamp("2016-12-14 10:30")],
            "day": [np.datetime64("2016-12-15")],
            "never": [np.datetime64("NaT")],
            "tags": [np.array(["a", "b"], dtype=object)],
            "n": [np.int32(3)],
            "located": [True],
        },
        geometry=[shapely.Point(37.0, 36.0)],
        crs="EPSG:4326",
    )
    doc = to_geojson(frame)
    assert doc["features"][0]["properties"] == {
        "gallery": "g",
        "entry": 1,
        "date": "2016-12-14",
        "when": "2016-12-14T10:30:00",
        "day": "2016-12-15",
        "never": None,
        "tags": ["a", "b"],
        "n": 3,
        "located": True,
    }
    assert doc["galleries"] == {"g": {"title": None, "date": None, "intro": None}}


def test_geojson_is_reprojected_to_lon_lat(events: gpd.GeoDataFrame) -> None:
    moved = to_geojson(events.to_crs("EPSG:32637"))  # UTM 37N, metres
    original = to_geojson(events)
    for a, b in zip(moved["features"], original["features"], strict=True):
        if b["geometry"] is None:
            assert a["geometry"] is None
            continue
        assert a["geometry"]["coordinates"] == pytest.approx(b["geometry"]["coordinates"], abs=2e-6)


def test_geojson_text_is_one_feature_per_line(events: gpd.GeoDataFrame) -> None:
    text = geojson_text(events)
    assert text.endswith("}\n")
    lines = text.splitlines()
    assert sum(line.startswith('{"type":"Feature",') for line in lines) == len(events)
    assert sum(line.startswith('"battle-for-aleppo-2016-12-13":{') for line in lines) == 1
    assert json.loads(text) == to_geojson(events)


def test_geojson_of_no_events_is_an_empty_collection(events: gpd.GeoDataFrame) -> None:
    doc = json.loads(geojson_text(events.iloc[:0]))
    assert doc == {"type": "FeatureCollection", "galleries": {}, "features": []}
    jsonschema.validate(doc, schema(), cls=jsonschema.Draft202012Validator)


def test_not_an_events_table_is_refused_naming_what_it_lacks(tmp_path: Path) -> None:
    with pytest.raises(EventsTableError) as info:
        write_geojson(pd.DataFrame({"entry": [1]}), tmp_path / "x.geojson")  # type: ignore[arg-type]
    assert str(info.value) == (
        "cannot export: the events table lacks the column(s) gallery, geometry; "
        "build it with aleppomap.locate()"
    )
    assert isinstance(info.value, ValueError)
    assert not isinstance(info.value, OSError)  # a wrong table is not a failed write
    assert not list(tmp_path.iterdir())


# ----------------------------------------------------------------------------- GeoPackage


def test_gpkg_layers_have_one_geometry_type_and_a_crs(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = write_gpkg(events, tmp_path / "aleppo.gpkg", gazetteer=gz)
    layers = sorted(name for name, _ in pyogrio.list_layers(path))
    assert layers == ["entries", "events", "galleries", "place_areas", "places"]
    found = {
        name: (info["geometry_type"], info["crs"], info["features"])
        for name in layers
        for info in [pyogrio.read_info(path, layer=name)]
    }
    assert found == {
        "events": ("Point", "EPSG:4326", 4),
        "places": ("Point", "EPSG:4326", 4),
        "place_areas": ("MultiPolygon", "EPSG:4326", 4),
        "entries": (None, None, 5),
        "galleries": (None, None, 1),
    }


def test_gpkg_layers_keep_their_types_when_empty(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = write_gpkg(events[~events["located"]], tmp_path / "none.gpkg", gazetteer=gz)
    for name, kind in (("events", "Point"), ("places", "Point"), ("place_areas", "MultiPolygon")):
        info = pyogrio.read_info(path, layer=name)
        assert (info["geometry_type"], info["crs"], info["features"]) == (kind, "EPSG:4326", 0)
    assert pyogrio.read_info(path, layer="entries")["features"] == 2


def test_gpkg_places_are_the_used_gazetteer_places_with_sources(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = write_gpkg(events, tmp_path / "aleppo.gpkg", gazetteer=gz)
    places = gpd.read_file(path, layer="places")
    assert list(places["place_id"]) == ["al-bab", "al-sukari", "bustan-al-qasr", "fardos"]
    assert set(places["source"]) == {"OpenStreetMap"}
    assert set(places["licence"]) == {"ODbL-1.0"}
    assert list(places["n_events"]) == [1, 1, 1, 1]
    # each place at the point its events are drawn at, its outline in place_areas
    located = located_rows(events).set_index("place_id")
    for place in places.itertuples():
        assert place.geometry.equals(located.loc[place.place_id].geometry)
    areas = gpd.read_file(path, layer="place_areas").set_index("place_id")
    assert list(areas.index) == list(places["place_id"])
    assert areas.geometry.geom_type.eq("MultiPolygon").all()
    for place in places.itertuples():
        assert areas.loc[place.place_id].geometry.contains(place.geometry)
        assert areas.loc[place.place_id].geometry.equals(
            shapely.MultiPolygon([gz.places.geometry[place.place_id]])
        )


def test_place_areas_leave_out_places_known_as_points(events: gpd.GeoDataFrame) -> None:
    places = gazetteer_for(events).places
    places.loc["al-bab", "geometry"] = shapely.Point(37.5167, 36.3705)  # a town as a point
    two = shapely.MultiPolygon([shapely.box(37.15, 36.18, 37.16, 36.19), shapely.box(0, 0, 1, 1)])
    places.loc["fardos", "geometry"] = two
    areas = place_areas_table(events, types.SimpleNamespace(places=places))
    assert list(areas["place_id"]) == ["al-sukari", "bustan-al-qasr", "fardos"]
    assert areas.set_index("place_id").geometry["fardos"].equals(two)
    assert len(places_table(events, types.SimpleNamespace(places=places))) == 4


def test_places_the_gazetteer_lacks_come_from_the_events(events: gpd.GeoDataFrame) -> None:
    gz = types.SimpleNamespace(places=gazetteer_for(events).places.drop(index="fardos"))
    places = places_table(events, gz).set_index("place_id")
    assert places.loc["fardos", "source"] == "geocoded"
    assert places.loc["fardos", "name"] == "Fardos"
    assert places.loc["fardos"].geometry.equals(shapely.Point(37.1522, 36.1877))
    assert places.loc["al-bab", "source"] == "OpenStreetMap"
    assert "fardos" not in set(place_areas_table(events, gz)["place_id"])


def test_gpkg_entries_have_every_entry_once(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = write_gpkg(events, tmp_path / "aleppo.gpkg", gazetteer=gz)
    entries = pyogrio.read_dataframe(path, layer="entries")
    assert list(entries["entry"]) == [1, 2, 4, 11, 13]
    assert list(entries["located"]) == [True, True, False, False, True]
    assert list(entries["n_places"]) == [1, 2, 0, 0, 1]
    assert list(entries["place_ids"].fillna("")) == [
        "al-sukari",
        f"bustan-al-qasr{LIST_SEPARATOR}fardos",
        "",
        "",
        "al-bab",
    ]
    assert list(entries["reason"].fillna("")) == [
        "",
        "",
        "no place named in the caption",
        "empty caption",
        "",
    ]
    assert [split_list(a) for a in entries["agencies"]][3] == []
    assert split_list(entries["agencies"].iloc[0]) == ["AFP", "Getty Images"]
    assert "geometry" not in entries.columns
    assert next(iter(entries["url"])) == "https://example.org/aleppo/1"
    # the same table in memory, without a file, under the export's names
    expected = entries_table(events).drop(columns=list(GALLERY_FACTS))
    assert rows(entries) == rows(expected.rename(columns=dict(OFFSET_NAMES)))
    assert list(entries["date_char_start"]) == [-1, -1, -1, -1, 33]


def test_gpkg_galleries_describe_each_gallery_once(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    path = write_gpkg(events, tmp_path / "aleppo.gpkg", gazetteer=gz)
    galleries = pyogrio.read_dataframe(path, layer="galleries")
    assert rows(galleries) == rows(galleries_table(events))
    assert list(galleries.columns) == ["gallery", "title", "date", "intro"]
    assert galleries["title"].tolist() == ["Battle for Aleppo"]


def test_gpkg_takes_extra_layers(events: gpd.GeoDataFrame, gz: Any, tmp_path: Path) -> None:
    control = gpd.GeoDataFrame(
        {"side": ["government", "rebel"], "date": ["2016-12-13", "2016-12-13"]},
        geometry=[shapely.box(37.1, 36.1, 37.2, 36.2), shapely.box(37.2, 36.2, 37.3, 36.3)],
        crs="EPSG:4326",
    )
    notes = pd.DataFrame({"note": ["an extra layer"]})
    path = write_gpkg(
        events,
        tmp_path / "aleppo.gpkg",
        gazetteer=gz,
        extra_layers={"control": control, "notes": notes},
    )
    layers = [name for name, _ in pyogrio.list_layers(path)]
    assert sorted(layers) == [
        "control", "entries", "events", "galleries", "notes", "place_areas", "places"
    ]  # fmt: skip
    assert list(gpd.read_file(path, layer="control")["side"]) == ["government", "rebel"]
    with pytest.raises(OptionError, match="reserved"):
        write_gpkg(events, tmp_path / "x.gpkg", gazetteer=gz, extra_layers={"places": notes})
    with pytest.raises(OptionError, match="place_areas"):
        write_gpkg(events, tmp_path / "x.gpkg", gazetteer=gz, extra_layers={"place_areas": notes})
    assert not (tmp_path / "x.gpkg").exists()


def test_gpkg_date_is_fixed_and_gdal_config_restored(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    import sqlite3

    before = pyogrio.get_gdal_config_option("OGR_CURRENT_DATE")
    path = write_gpkg(events, tmp_path / "aleppo.gpkg", gazetteer=gz)
    assert pyogrio.get_gdal_config_option("OGR_CURRENT_DATE") == before
    with sqlite3.connect(path) as db:
        stamps = {r[0] for r in db.execute("SELECT last_change FROM gpkg_contents")}
    assert stamps == {"2016-12-14T00:00:00.000Z"}  # the latest date in the gallery


def test_gdal_errors_become_export_errors(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise pyogrio.errors.DataSourceError("disk says no")

    monkeypatch.setattr(pyogrio, "write_dataframe", fail)
    with pytest.raises(ExportError, match=r"aleppo\.gpkg: disk says no|aleppo\.gpkg.*disk"):
        write_gpkg(events, tmp_path / "aleppo.gpkg", gazetteer=gz)
    assert not list(tmp_path.iterdir())


# ------------------------------------------------------------------------------------ CSV


def test_csv_has_every_row_with_lon_lat(events: gpd.GeoDataFrame, tmp_path: Path) -> None:
    path = write_csv(events, tmp_path / "aleppo.csv")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" not in raw
    table = pd.read_csv(path, keep_default_na=False)
    assert list(table.columns)[-2:] == ["lon", "lat"]
    assert "geometry" not in table.columns
    assert list(table["entry"]) == list(events["entry"])
    assert float(table.loc[0, "lon"]) == 37.161235
    assert float(table.loc[0, "lat"]) == 36.181111
    assert table.loc[3, "lon"] == ""
    assert table.loc[3, "reason"] == "no place named in the caption"
    assert split_list(table.loc[0, "agencies"]) == ["AFP", "Getty Images"]
    assert table.loc[5, "caption"] == events["caption"].iloc[5]


# ----------------------------------------------------------------------------- together


def test_write_outputs_writes_each_requested_format(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    written = write_outputs(
        events,
        geojson=tmp_path / "e.geojson",
        gpkg=tmp_path / "e.gpkg",
        csv=tmp_path / "e.csv",
        gazetteer=gz,
    )
    assert [p.name for p in written] == ["e.geojson", "e.gpkg", "e.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.csv", "e.geojson", "e.gpkg"]


def test_write_outputs_checks_every_folder_first(
    events: gpd.GeoDataFrame, gz: Any, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="missing"):
        write_outputs(
            events,
            geojson=tmp_path / "e.geojson",
            csv=tmp_path / "missing" / "e.csv",
            gazetteer=gz,
        )
    assert not list(tmp_path.iterdir())


def test_module_exports_what_it_documents() -> None:
    for name in export.__all__:
        assert callable(getattr(export, name)) or name.isupper()


# --------------------------------------------------------------- the seed gallery, for real


def test_seed_events_read_back_from_each_format(
    fmt: str, seed_events: gpd.GeoDataFrame, gazetteer: Any, tmp_path: Path
) -> None:
    path = write(fmt, seed_events, tmp_path / f"aleppo{SUFFIX[fmt]}", gazetteer)
    back = READERS[fmt](path)
    expected = EXPECTED[fmt](seed_events)
    assert len(expected) > 0
    assert list(back.columns) == list(expected.columns)
    assert rows(back) == rows(expected)


def test_seed_geojson_validates_and_loses_no_entry(
    seed_events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    doc = json.loads(geojson_text(seed_events))
    jsonschema.validate(doc, schema(), cls=jsonschema.Draft202012Validator)
    assert {f["properties"]["entry"] for f in doc["features"]} == set(range(1, 26))
    missing = {
        f["properties"]["entry"]: f["properties"]["reason"]
        for f in doc["features"]
        if f["geometry"] is None
    }
    assert missing[11] == "empty caption"
    assert list(doc["galleries"]) == ["battle-for-aleppo-2016-12-13"]
    assert doc["galleries"]["battle-for-aleppo-2016-12-13"]["title"] == "Battle for Aleppo"
    for feature in doc["features"]:
        assert feature["properties"]["date_precision"] in {"day", "gallery", "unknown"}
        assert bool(feature["properties"]["precision"]) == feature["properties"]["located"]
    # what QGIS and geopandas read: every feature, every one of the 25 entries
    path = write_geojson(seed_events, tmp_path / "aleppo.geojson")
    back = gpd.read_file(path)
    assert len(back) == len(doc["features"]) == len(seed_events)
    assert sorted(set(back["entry"])) == list(range(1, 26))
    assert back.loc[back["entry"] == 11].geometry.isna().all()
    assert pyogrio.read_info(path)["features"] == len(seed_events)


def test_seed_gpkg_places_cite_their_sources(
    seed_events: gpd.GeoDataFrame, gazetteer: Any, tmp_path: Path
) -> None:
    path = write_gpkg(seed_events, tmp_path / "aleppo.gpkg", gazetteer=gazetteer)
    places = gpd.read_file(path, layer="places")
    used = sorted(set(located_rows(seed_events)["place_id"]))
    assert list(places["place_id"]) == used
    assert places["source"].str.len().gt(0).all()
    assert places["licence"].str.len().gt(0).all()
    assert int(places["n_events"].sum()) == len(located_rows(seed_events))
    entries = pyogrio.read_dataframe(path, layer="entries")
    assert list(entries["entry"]) == list(range(1, 26))
    assert entries.loc[entries["entry"] == 11, "reason"].tolist() == ["empty caption"]
    for name, kind in (("events", "Point"), ("places", "Point"), ("place_areas", "MultiPolygon")):
        info = pyogrio.read_info(path, layer=name)
        assert (info["geometry_type"], info["crs"]) == (kind, "EPSG:4326"), name
        assert info["features"] > 0
    # the seed's polygon places have their outline, the others (landmarks) have none
    areas = gpd.read_file(path, layer="place_areas")
    polygonal = {
        pid
        for pid in used
        if gazetteer.places.geometry[pid].geom_type in ("Polygon", "MultiPolygon")
    }
    assert set(areas["place_id"]) == polygonal


_SEED_CHILD = """
import sys
from pathlib import Path
from aleppomap import locate, read_gallery
from aleppomap.export import write_outputs
out = Path(sys.argv[1])
write_outputs(
    locate(read_gallery()), geojson=out / "e.geojson", gpkg=out / "e.gpkg", csv=out / "e.csv"
)
"""


@pytest.mark.slow
def test_seed_pipeline_gives_the_same_bytes_under_any_hash_seed(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1", "4242"):
        out = tmp_path / f"seed{seed}"
        out.mkdir()
        done = subprocess.run(
            [sys.executable, "-c", _SEED_CHILD, str(out)],
            env={"PYTHONHASHSEED": seed, "PATH": "", "LC_ALL": "C"},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert sorted(outputs[0]) == ["e.csv", "e.geojson", "e.gpkg"]
    assert outputs[0] == outputs[1] == outputs[2]
