"""The packaged gazetteer: schema, sources, coordinates against their sources, validation."""

from __future__ import annotations

import copy
import csv
import json
import math
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aleppomap._names import alias_key
from aleppomap.errors import GazetteerError
from aleppomap.gazetteer import (
    ALEPPO_GOVERNORATE_BBOX,
    KINDS,
    SYRIA_BBOX,
    Gazetteer,
    validate_gazetteer,
)

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data" / "neighborhoods.geojson"
SOURCES = REPO / "data" / "sources"  # the trimmed source extracts (data/sources/README.md)


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
    """Every place lies in the Aleppo governorate's bounds but those marked as lying in
    another governorate (the cities of Syria that captions name), which lie in Syria."""
    lo_lon, lo_lat, hi_lon, hi_lat = ALEPPO_GOVERNORATE_BBOX
    for p in gaz:
        if p.outside_governorate:
            assert SYRIA_BBOX[0] <= p.lon <= SYRIA_BBOX[2], p.id
            assert SYRIA_BBOX[1] <= p.lat <= SYRIA_BBOX[3], p.id
            continue
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


WIKIPEDIA_FACTS = {  # the Wikipedia articles (CC BY-SA) cited in places.csv, lat, lon
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


def test_within_1_km_of_cited_source(gaz: Gazetteer) -> None:
    """Every sourced point against the source extract it cites."""
    cult = json.loads((SOURCES / "csr_aleppo/map_data_Cultural.geojson").read_text("utf-8"))
    cultural = {
        f["properties"]["FACILITY_N"]: f["geometry"]["coordinates"] for f in cult["features"]
    }
    with (SOURCES / "geonames/cities15000_SY.csv").open(encoding="utf-8", newline="") as fh:
        geonames = {row["geonameid"]: row for row in csv.DictReader(fh)}
    rows = list(csv.DictReader((REPO / "data/gazetteer/places.csv").open(encoding="utf-8")))
    checked = 0
    for row in rows:
        p = gaz.get(row["id"])
        if row["origin"] == "unosat_cultural":
            lon, lat = cultural[row["origin_ref"]]
        elif row["origin"] == "geonames":
            town = geonames[row["origin_ref"]]
            lon, lat = float(town["longitude"]), float(town["latitude"])
        elif row["origin"] == "manual":
            lon, lat = float(row["lon"]), float(row["lat"])
        else:
            continue
        assert haversine_m(p.lon, p.lat, lon, lat) < 1000, row["id"]
        checked += 1
    assert checked >= 40


def a_clone(tmp_path: Path) -> Path:
    """The build script, the source extracts and the tables alone, in a folder of their own."""
    clone = tmp_path / "clone"
    (clone / "scripts").mkdir(parents=True)
    shutil.copy2(REPO / "scripts/build_gazetteer.py", clone / "scripts")
    shutil.copytree(SOURCES, clone / "data/sources")
    shutil.copytree(REPO / "data/gazetteer", clone / "data/gazetteer")
    return clone


def build_in(clone: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, str(clone / "scripts/build_gazetteer.py")]
    return subprocess.run(cmd, cwd=clone, capture_output=True, text=True, check=False)


def test_a_clone_rebuilds_the_gazetteer_byte_for_byte(tmp_path: Path) -> None:
    clone = a_clone(tmp_path)
    done = build_in(clone)
    assert done.returncode == 0, done.stderr
    assert (clone / "data/neighborhoods.geojson").read_bytes() == DATA.read_bytes()


def test_build_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "g.geojson"
    cmd = [sys.executable, str(REPO / "scripts/build_gazetteer.py"), "--out", str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    assert out.read_bytes() == DATA.read_bytes()


@pytest.mark.parametrize(
    ("remove", "message"),
    [
        ("data/sources/csr_aleppo/map_data_Cultural.geojson", "Cultural.geojson: not found"),
        ("data/sources/geonames/cities15000_SY.csv", "cities15000_SY.csv: not found"),
        ("data/gazetteer/aliases.csv", "aliases.csv: not found"),
    ],
)
def test_build_names_a_missing_file(tmp_path: Path, remove: str, message: str) -> None:
    clone = a_clone(tmp_path)
    (clone / remove).unlink()
    done = build_in(clone)
    assert done.returncode == 1
    assert message in done.stderr
    assert "scripts/trim_sources.py" in done.stderr or "gazetteer" in remove
    assert "Traceback" not in done.stderr
    assert not (clone / "data/neighborhoods.geojson").exists()


def test_build_names_a_broken_extract_or_table(tmp_path: Path) -> None:
    clone = a_clone(tmp_path)
    (clone / "data/sources/csr_aleppo/map_data_Cultural.geojson").write_text("{", "utf-8")
    done = build_in(clone)
    assert done.returncode == 1
    assert "map_data_Cultural.geojson, line 1: not valid JSON" in done.stderr
    assert "Traceback" not in done.stderr

    clone = a_clone(tmp_path / "2")
    places = clone / "data/gazetteer/places.csv"
    lines = places.read_text("utf-8").splitlines(keepends=True)
    places.write_text(lines[0].replace("origin_ref,", "") + "".join(lines[1:]), "utf-8")
    done = build_in(clone)
    assert done.returncode == 1
    assert "places.csv, line 1: missing column(s) origin_ref" in done.stderr
    assert "Traceback" not in done.stderr


def test_every_source_extract_is_described() -> None:
    readme = (SOURCES / "README.md").read_text("utf-8")
    files = sorted(
        p.relative_to(SOURCES) for p in SOURCES.rglob("*") if p.is_file() and p.name != "README.md"
    )
    assert len(files) >= 6
    for rel in files:
        assert f"`{rel.name}`" in readme, rel
    for licence in ("MIT", "UN-Habitat", "UNITAR/UNOSAT", "CC BY 4.0", "CC BY-SA 4.0"):
        assert licence in readme
    # the build reads nothing outside the repository
    script = (REPO / "scripts/build_gazetteer.py").read_text("utf-8")
    sibling = "/".join(("..", "shared"))  # the raw data's folder beside a checkout
    assert sibling not in script
    assert '"shared"' not in script
    assert "REPO.parent" not in script


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


def _polygon(coordinates: object, gtype: str = "Polygon") -> dict:  # type: ignore[type-arg]
    data = one_place(point=[37.15, 36.2])
    data["features"][0]["geometry"] = {"type": gtype, "coordinates": coordinates}
    return data


SQUARE = [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.2], [37.1, 36.1]]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (_polygon([[["37.1", "36.1"], *SQUARE[1:]]]), "coordinates must be numbers"),
        (_polygon([SQUARE[:3]]), "a ring has 3 positions"),
        (_polygon([SQUARE[:4]]), "not closed"),
        (_polygon([[SQUARE[0], [37.2, 36.1, 5.0], *SQUARE[2:]]]), "mix"),
        (_polygon([[[37.1, float("nan")], *SQUARE[1:]]]), "finite"),
        (
            _polygon([[[37.1, 36.1], [37.2, 36.2], [37.2, 36.1], [37.1, 36.2], [37.1, 36.1]]]),
            r"self-intersection at \[37\.15, 36\.15\]",
        ),
        (_polygon([], "MultiPolygon"), "empty MultiPolygon"),
        (_polygon([[]], "MultiPolygon"), "empty polygon"),
        (one_place(uncertainty_m=float("inf")), "uncertainty_m"),
    ],
)
def test_check_rejects_geometries_the_build_would_choke_on(
    tmp_path: Path, data: object, message: str
) -> None:
    path = write(tmp_path, data)
    errors = [p for p in validate_gazetteer(path) if p.severity == "error"]
    assert any(re.search(message, p.message) for p in errors), errors
    with pytest.raises(GazetteerError, match=r"g\.geojson: feature 0 \(foo\)"):
        Gazetteer.load(path)


def test_a_valid_polygon_passes(tmp_path: Path) -> None:
    assert validate_gazetteer(write(tmp_path, _polygon([SQUARE]))) == []


def test_a_place_outside_the_governorate_is_a_warning(tmp_path: Path) -> None:
    data = one_place()
    data["features"][0]["geometry"]["coordinates"] = [39.01, 35.95]  # Raqqa
    (problem,) = validate_gazetteer(write(tmp_path, data))
    assert problem.severity == "warning"
    assert "outside the Aleppo governorate" in problem.message
    assert len(Gazetteer.load(tmp_path / "g.geojson")) == 1


@pytest.mark.parametrize(
    ("features", "message"),
    [
        ({}, "'features' must be a list"),
        ([{"type": "Feature", "properties": None, "geometry": None}], "feature 0: .*properties"),
        ([{"type": "Feature", "properties": [1], "geometry": None}], "feature 0: .*properties"),
    ],
)
def test_extend_with_malformed_features_names_the_users_feature(
    tmp_path: Path, features: object, message: str
) -> None:
    path = write(tmp_path, {"type": "FeatureCollection", "features": features})
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.load(path, extend=True)


def test_json_nested_too_deeply_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.geojson"
    path.write_text('{"features": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(GazetteerError, match="nested too deeply"):
        Gazetteer.load(path)


# -- breadth: the kinds of place that captions name ---------------------------------------


def test_breadth_of_the_gazetteer(gaz: Gazetteer) -> None:
    assert len(gaz) >= 400
    counts = gaz.counts()
    assert counts["landmark"] >= 200
    assert counts["town"] + counts["village"] >= 45
    names = " ".join(p.name.lower() for p in gaz)
    kinds_of_place = (
        "khan", "suq", "madrassa", "mosque", "hammam", "hotel", "hospital", "school", "stadium",
        "square", "camp", "air base", "airbase", "crossing", "cemetery",
    )  # fmt: skip
    for word in kinds_of_place:
        assert word in names, word


def test_cities1000_towns_match_their_extract(gaz: Gazetteer) -> None:
    """Each ``geonames1000`` place sits on its row of the trimmed cities1000 extract."""
    path = SOURCES / "geonames/cities1000_SY.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        extract = {row["name"]: row for row in csv.DictReader(fh)}
    rows = list(csv.DictReader((REPO / "data/gazetteer/places.csv").open(encoding="utf-8")))
    cited = [row for row in rows if row["origin"] == "geonames1000"]
    assert len(cited) >= 25
    assert {row["origin_ref"] for row in cited} == set(extract)  # trimmed to what is cited
    for row in cited:
        town = extract[row["origin_ref"]]
        p = gaz.get(row["id"])
        assert p.governorate == town["admin1"]
        assert (p.lat, p.lon) == (float(town["latitude"]), float(town["longitude"]))
        assert "rg_cities1000.csv" in p.source_ref
        assert "GeoNames" in p.licence
        assert p.kind in ("town", "village")
        assert p.uncertainty_m >= 1500


def test_heritage_points_lie_in_their_parent_quarter(gaz: Gazetteer) -> None:
    from shapely.geometry import Point, shape

    for pid in ("khan-absi", "suq-attarin", "beit-wakil", "hammam-bayada", "omari-mosque"):
        p = gaz.get(pid)
        parent = gaz.get(p.parent or "")
        assert parent.kind == "neighbourhood", pid
        assert shape(parent.geometry).contains(Point(p.lon, p.lat)), pid
    assert [a.id for a in gaz.ancestors("khan-absi")][-1] == "aleppo"


@pytest.fixture(scope="module")
def parser(gaz: Gazetteer) -> object:
    from aleppomap.geoparse import Geoparser

    return Geoparser(gaz)


def ids_in(parser: object, text: str) -> list[str]:
    return [m.place_id for m in parser.find(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Traders sit outside Khan al-Harir in the covered market of Aleppo.", "khan-harir"),
        ("Smoke rises near the Carlton Hotel, facing the citadel, on May 8, 2014.",
         "carlton-citadel-hotel"),
        ("People rally in Saadallah al-Jabiri Square in central Aleppo.",
         "saadallah-al-jabiri-square"),
        ("A view of the damaged Aleppo International Stadium.", "aleppo-international-stadium"),
        ("Syrian army soldiers stand guard at the Kuweires military airport east of Aleppo.",
         "kuweires-airbase"),
        ("Turkish-backed rebels patrol a street in Cinderes, northwest of Afrin.", "jinderes"),
        ("Fighters walk through Dabiq after Islamic State militants withdrew.", "dabiq"),
        ("Residents return to the Handarat camp north of Aleppo.", "ein-el-tal-camp"),
        ("Displaced Syrians wait at the Bab al-Salama border crossing.", "bab-al-salameh"),
        ("Rebels inspect the Menagh airbase, which they seized.", "menagh-airbase"),
    ],
)  # fmt: skip
def test_new_places_are_found_in_captions(parser: object, caption: str, expected: str) -> None:
    found = ids_in(parser, caption)
    assert expected in found, found


@pytest.mark.parametrize(
    "caption",
    [
        "Maria, 7, sits with her brother in a shelter.",  # not the town Mare'
        "Children collect water from a tank in the courtyard of a school.",
        "يقف راعي الأغنام قرب منزله",  # a shepherd (راعي), not the town al-Rai
        "Sarin was used in the attack, the inspectors said.",  # not the town Sirrin
    ],
)
def test_short_new_names_do_not_fire_on_ordinary_words(parser: object, caption: str) -> None:
    assert ids_in(parser, caption) == []


def test_a_gate_souk_is_not_the_town_of_al_bab(parser: object) -> None:
    found = ids_in(parser, "Shoppers walk through Souq Bab Antakya in the old city.")
    assert "suq-bab-antakya" in found
    assert "al-bab" not in found
    found = ids_in(parser, "Trucks queue at Bab al-Hawa on the Turkish border.")
    assert found == ["bab-al-hawa"]


def test_risky_single_word_names_are_flagged_ambiguous(gaz: Gazetteer) -> None:
    """A town whose one-word name is also a given name or a word says so in its data."""
    for pid, word in (("al-rai", "Ray"), ("marea", "Mara"), ("raju", "Raju"), ("bulbul", "Bulbul")):
        flagged = {alias_key(a) for a in gaz.get(pid).ambiguous_aliases}
        assert alias_key(word) in flagged, pid
    # the bare "al-Eis" folds to the key of "AES": it counts only with its article or a place word
    assert alias_key("al-Eis") in {alias_key(a) for a in gaz.get("al-eis").ambiguous_aliases}


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Turkish troops patrol the streets of Cerablus on the border.", "jarabulus"),
        ("Smoke billows over Halep after an air strike.", "aleppo"),
        ("Kurdish fighters stand guard in Şeyh Maksut.", "sheikh-maqsoud"),
        ("Des habitants de Manbidj fêtent le départ des jihadistes.", "manbij"),
        ("Families return to Kobanî after the siege.", "kobani"),
    ],
)
def test_turkish_french_and_kurdish_spellings(parser: object, caption: str, expected: str) -> None:
    assert expected in ids_in(parser, caption)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Government troops recaptured al-Eis on Saturday after a rebel offensive.", ["al-eis"]),
        ("Smoke rises over the hilltop village of Al-Ais, south of the M5 highway.", ["al-eis"]),
        ("AES said its plant would stay shut on Monday.", []),
        (
            "Cars drive past the Jundoul roundabout on the northern edge of the city.",
            ["ayn-at-tal"],
        ),
    ],
)
def test_bare_al_eis_with_its_article_and_jundoul_with_u(
    parser: object, caption: str, expected: list[str]
) -> None:
    assert ids_in(parser, caption) == expected
