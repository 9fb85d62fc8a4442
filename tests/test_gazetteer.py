"""The packaged gazetteer: schema, sources, coordinates against their sources, validation."""

from __future__ import annotations

import copy
import csv
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from aleppomap._names import alias_key
from aleppomap.errors import GazetteerError
from aleppomap.gazetteer import (
    ALEPPO_GOVERNORATE_BBOX,
    KINDS,
    Gazetteer,
    validate_gazetteer,
)

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data" / "neighborhoods.geojson"
SHARED = REPO.parent / "shared" / "data"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def collection() -> dict:  # type: ignore[type-arg]
    return json.loads(DATA.read_text(encoding="utf-8"))


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_008.8 * math.asin(math.sqrt(a))


def test_packaged_gazetteer_is_valid() -> None:
    assert validate_gazetteer() == []
    assert validate_gazetteer(DATA) == []


def test_size_and_kinds(gaz: Gazetteer) -> None:
    assert len(gaz) >= 150
    counts = gaz.counts()
    assert set(counts) <= set(KINDS)
    assert counts["neighbourhood"] >= 120
    assert counts["town"] >= 10
    assert "aleppo" in gaz
    assert "nowhere" not in gaz


def test_landmarks_neighbourhoods_and_towns_are_present(gaz: Gazetteer) -> None:
    for pid in [
        "citadel", "umayyad-mosque", "old-city", "castello-road", "aleppo-airport", "ramouseh",
        "university-of-aleppo", "national-hospital", "al-bab", "jibreen", "azaz", "manbij",
        "nubl", "zahraa", "anadan", "tall-rifaat", "dayr-hafir", "safira", "mogambo", "ithaa",
        "jisr-al-haj", "east-aleppo", "west-aleppo", "south-east-aleppo", "sukkari", "fardos",
        "kallaseh", "sheikh-saeed", "bustan-al-qasr", "mashhad",
    ]:  # fmt: skip
        assert pid in gaz, pid


def test_hierarchy(gaz: Gazetteer) -> None:
    assert [p.id for p in gaz.ancestors("umayyad-mosque")] == ["old-city", "aleppo"]
    assert [p.id for p in gaz.ancestors("jisr-al-haj")] == ["fardos", "aleppo"]
    assert gaz.get("east-aleppo").kind == "district"
    assert gaz.get("east-aleppo").parent == "aleppo"
    assert gaz.get("jibreen").parent is None  # a village outside the city
    assert gaz.ancestors("aleppo") == []
    with pytest.raises(KeyError, match="nowhere"):
        gaz.get("nowhere")


def test_every_feature_has_the_schema(collection: dict) -> None:  # type: ignore[type-arg]
    for f in collection["features"]:
        p = f["properties"]
        for key in ("id", "name", "source", "source_ref", "licence"):
            assert isinstance(p[key], str), (p["id"], key)
            assert p[key].strip(), (p["id"], key)
        assert isinstance(p["name_ar"], str)
        assert p["kind"] in KINDS
        assert p["uncertainty_m"] > 0
        assert isinstance(p["aliases"], list)
        assert p["aliases"]
        assert f["geometry"]["type"] in ("Point", "Polygon", "MultiPolygon")


def test_polygons_where_csr_has_a_boundary(gaz: Gazetteer) -> None:
    frame = gaz.places
    assert frame.crs.to_epsg() == 4326
    assert frame.loc["sukkari", "geometry"].geom_type in ("Polygon", "MultiPolygon")
    assert frame.loc["sukkari", "geometry"].contains(frame.loc["sukkari", "point"])
    assert frame.loc["umayyad-mosque", "geometry"].geom_type == "Point"
    polygons = frame[frame.geometry.geom_type != "Point"]
    assert len(polygons) >= 126
    assert polygons.geometry.contains(polygons["point"]).all()


def test_no_alias_names_two_places_unless_ambiguous(gaz: Gazetteer) -> None:
    owners: dict[str, set[str]] = {}
    for p in gaz:
        for a in (p.name, *p.aliases):
            owners.setdefault(alias_key(a), set()).add(p.id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    for key, ids in shared.items():
        for pid in ids:
            assert key in {alias_key(a) for a in gaz.get(pid).ambiguous_aliases}, (key, ids)
    assert alias_key("Zahraa") in shared  # the quarter and the town


def test_points_inside_the_governorate(gaz: Gazetteer) -> None:
    lo_lon, lo_lat, hi_lon, hi_lat = ALEPPO_GOVERNORATE_BBOX
    for p in gaz:
        assert lo_lon <= p.lon <= hi_lon, p.id
        assert lo_lat <= p.lat <= hi_lat, p.id


def test_hazards_handled(gaz: Gazetteer) -> None:
    # Bab Antakya is the gate at the Wikipedia/UNOSAT point, not the Citadel
    gate = gaz.get("bab-antakya")
    assert haversine_m(gate.lon, gate.lat, 37.1514583, 36.1986806) < 100
    citadel = gaz.get("citadel")
    assert "باب انطاكيا" not in citadel.aliases
    # Dahiyat al-Assad is Aleppo's western villa suburb, not the Damascus one
    assert gaz.get("dahiyat-al-assad").lon < 37.12
    # an-Nayrab is by Aleppo's airport, not by Saraqib
    assert haversine_m(gaz.get("nayrab").lon, gaz.get("nayrab").lat, 37.22, 36.18) < 5000
    # Tariq al-Bab: the two sources disagree by about 1 km and the feature says so
    assert "ash-Sha'ar" in gaz.get("tariq-al-bab").note


def test_disagreements_over_500_m_are_recorded(collection: dict) -> None:  # type: ignore[type-arg]
    for f in collection["features"]:
        for part in f["properties"].get("check", "").split("; "):
            if part.endswith(" m") and float(part.rsplit(": ", 1)[1][:-2]) > 500:
                assert "disagree" in f["properties"].get("note", ""), f["properties"]["id"]


WIKIPEDIA_FACTS = {  # shared/data/README.md facts table (CC BY-SA), lat, lon
    "umayyad-mosque": (36.199492, 37.156911),
    "citadel": (36.19917, 37.16250),
    "bab-antakya": (36.1986806, 37.1514583),
    "al-bab": (36.3725, 37.5178),
    "manbij": (36.52806, 37.95472),
    "khan-al-asal": (36.16722, 37.03917),
    "sheikh-maqsoud": (36.23611, 37.15167),
}


@pytest.mark.parametrize("pid", sorted(WIKIPEDIA_FACTS))
def test_within_1_km_of_wikipedia(gaz: Gazetteer, pid: str) -> None:
    lat, lon = WIKIPEDIA_FACTS[pid]
    p = gaz.get(pid)
    assert haversine_m(p.lon, p.lat, lon, lat) < 1000


@pytest.mark.skipif(not SHARED.is_dir(), reason="raw source extracts not available")
def test_within_1_km_of_cited_source(gaz: Gazetteer) -> None:
    """Every sourced point against the raw extract it cites."""
    cult = json.loads((SHARED / "csr_aleppo/map_data_Cultural.geojson").read_text("utf-8"))
    cultural = {
        f["properties"]["FACILITY_N"]: f["geometry"]["coordinates"] for f in cult["features"]
    }
    sql = (SHARED / "geonames/cities15000_SY.sql").read_text("utf-8")
    rows = list(csv.DictReader((REPO / "data/gazetteer/places.csv").open(encoding="utf-8")))
    checked = 0
    for row in rows:
        p = gaz.get(row["id"])
        if row["origin"] == "unosat_cultural":
            lon, lat = cultural[row["origin_ref"]]
        elif row["origin"] == "geonames":
            line = next(x for x in sql.splitlines() if f"VALUES ({row['origin_ref']}," in x)
            lon, lat = (float(v) for v in line.split(",")[4:6])  # lon first in this dump
        elif row["origin"] == "manual":
            lon, lat = float(row["lon"]), float(row["lat"])
        else:
            continue
        assert haversine_m(p.lon, p.lat, lon, lat) < 1000, row["id"]
        checked += 1
    assert checked >= 40


@pytest.mark.skipif(not SHARED.is_dir(), reason="raw source extracts not available")
def test_build_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "g.geojson"
    cmd = [sys.executable, str(REPO / "scripts/build_gazetteer.py"), "--sources", str(SHARED)]
    subprocess.run([*cmd, "--out", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == DATA.read_bytes()


# -- validation of broken files -------------------------------------------------------------
def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "g.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def one_place(**props: object) -> dict:  # type: ignore[type-arg]
    base = {
        "id": "foo", "name": "Foo", "name_ar": "", "aliases": ["Foo"], "kind": "neighbourhood",
        "parent": None, "uncertainty_m": 500, "source": "test", "source_ref": "here",
        "licence": "CC0",
    }  # fmt: skip
    base.update(props)
    point = [37.15, 36.2]
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": base,
                "geometry": {"type": "Point", "coordinates": point},
            }
        ],
    }


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    gaz = Gazetteer.load(write(tmp_path, one_place()))
    assert len(gaz) == 1
    assert "1 neighbourhood" in repr(gaz)
    assert "<table>" in gaz._repr_html_()


def test_extend_the_packaged_gazetteer(tmp_path: Path) -> None:
    gaz = Gazetteer.load(write(tmp_path, one_place(id="qwerty", aliases=["Qwerty"])), extend=True)
    assert "qwerty" in gaz
    assert "sukkari" in gaz


def test_swapped_coordinates_are_refused_with_a_hint(tmp_path: Path) -> None:
    data = one_place()
    data["features"][0]["geometry"]["coordinates"] = [33.5, 36.3]  # Damascus as [lat, lon]
    with pytest.raises(GazetteerError, match="swapped") as err:
        Gazetteer.load(write(tmp_path, data))
    assert "g.geojson" in str(err.value)
    assert "feature 0 (foo)" in str(err.value)


def test_point_outside_the_governorate(tmp_path: Path) -> None:
    data = one_place()
    data["features"][0]["geometry"]["coordinates"] = [36.29, 33.51]  # Damascus
    problems = validate_gazetteer(write(tmp_path, data))
    assert any("Aleppo governorate" in p.message for p in problems)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Not A Slug"}, "slug"),
        ({"kind": "hamlet"}, "kind"),
        ({"source": ""}, "source"),
        ({"licence": None}, "licence"),
        ({"uncertainty_m": -5}, "uncertainty_m"),
        ({"aliases": "Foo"}, "aliases"),
        ({"parent": "nowhere"}, "parent"),
    ],
)
def test_validation_problems(tmp_path: Path, change: dict, message: str) -> None:  # type: ignore[type-arg]
    problems = validate_gazetteer(write(tmp_path, one_place(**change)))
    assert problems
    assert any(message in p.message for p in problems)
    with pytest.raises(GazetteerError):
        Gazetteer.load(tmp_path / "g.geojson")


def test_duplicate_ids_and_shared_aliases(tmp_path: Path) -> None:
    data = one_place()
    twin = copy.deepcopy(data["features"][0])
    data["features"].append(twin)
    assert any("duplicate id" in p.message for p in validate_gazetteer(write(tmp_path, data)))
    twin["properties"]["id"] = "bar"
    messages = [p.message for p in validate_gazetteer(write(tmp_path, data))]
    assert any("names several places" in m for m in messages)
    for f in data["features"]:
        f["properties"]["ambiguous_aliases"] = ["Foo"]
    assert validate_gazetteer(write(tmp_path, data)) == []


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="not found"):
        Gazetteer.load(tmp_path / "missing.geojson")
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection",\n "features": [,]}', encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2"):
        Gazetteer.load(bad)
    assert validate_gazetteer(write(tmp_path, {"type": "Feature"}))[0].feature is None
