"""Villages placed from OpenStreetMap nodes (HOTOSM's Syria populated places).

Each ``osm`` row of ``data/gazetteer/places.csv`` cites one node of the trimmed extract
``data/sources/osm_hotosm/populated_places_aleppo.csv``. These tests hold the built places to
their nodes, measure the extract against villages already placed from other sources, and hold
the new villages to what written reports say about where they lie. The captions are written for
these tests in the manner of agency photo captions.
"""

from __future__ import annotations

import csv
import math
import re
from pathlib import Path

import pytest

from aleppomap._names import alias_key
from aleppomap.gazetteer import ALEPPO_GOVERNORATE_BBOX, Gazetteer, Place
from test_gazetteer import haversine_m

REPO = Path(__file__).resolve().parent.parent
PLACES = REPO / "data" / "gazetteer" / "places.csv"
EXTRACT = REPO / "data" / "sources" / "osm_hotosm" / "populated_places_aleppo.csv"


def _rows() -> list[dict[str, str]]:
    with PLACES.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _extract() -> dict[str, dict[str, str]]:
    with EXTRACT.open(encoding="utf-8", newline="") as fh:
        return {row["osm_id"]: row for row in csv.DictReader(fh)}


OSM_ROWS = [r for r in _rows() if r["origin"] == "osm"]
#: The note of the rows scripts/add_osm_villages.py writes.
BULK = "added in bulk from its OpenStreetMap node"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def bearing(a: Place, b: Place) -> float:
    """Initial bearing from ``a`` to ``b`` in degrees (0 north, 90 east)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    y = math.sin(dl) * math.cos(p2)
    x = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(y, x)) + 360) % 360


def distance(a: Place, b: Place) -> float:
    return haversine_m(a.lon, a.lat, b.lon, b.lat)


def test_the_extract_holds_what_is_cited_and_nothing_else() -> None:
    extract = _extract()
    cited = {r["origin_ref"] for r in OSM_ROWS}
    checks = {
        r["check_source"].split()[1]
        for r in _rows()
        if r["check_source"].startswith("OpenStreetMap")
    }
    assert len(OSM_ROWS) >= 25
    assert set(extract) == cited | checks
    for node in extract.values():
        assert node["osm_id"].startswith("node/")
        assert node["place"] in ("town", "village", "hamlet")
        west, south, east, north = ALEPPO_GOVERNORATE_BBOX
        assert south < float(node["latitude"]) < north
        assert west < float(node["longitude"]) < east


@pytest.mark.parametrize("row", OSM_ROWS, ids=lambda r: r["id"])
def test_each_village_sits_on_its_node(gaz: Gazetteer, row: dict[str, str]) -> None:
    node = _extract()[row["origin_ref"]]
    place = gaz.get(row["id"])
    # the gazetteer writes coordinates to 6 decimals (0.1 m)
    assert (place.lat, place.lon) == pytest.approx(
        (float(node["latitude"]), float(node["longitude"])), abs=6e-7
    )
    assert place.kind in ("village", "town")
    assert f"openstreetmap.org/{row['origin_ref']}" in place.source_ref
    assert "OpenStreetMap" in place.licence
    assert "ODbL" in place.licence
    assert place.uncertainty_m >= 1000  # a village's extent, not the node's precision
    # the node's own Arabic name is the place's (hamzas and taa marbuta aside), unless another
    # place bears it too (the bulk rows then leave it out and say so)
    if row["name_ar"] or not row["note"].startswith(BULK):
        assert alias_key(node["name"]) == alias_key(row["name_ar"]), (node["name"], row["name_ar"])
    else:  # (a few nodes' name tags are in Latin letters)
        assert node["name"] in row["note"] or not re.search("[\u0600-\u06ff]", node["name"])


def test_the_nodes_agree_with_points_from_other_sources(gaz: Gazetteer) -> None:
    """Where a village has both, its node lies within 500 m of its article's or GeoNames' point."""
    checked = [r for r in _rows() if r["check_source"].startswith("OpenStreetMap node/")]
    assert len(checked) >= 9
    extract = _extract()
    for row in checked:
        node = extract[row["check_source"].split()[1]]
        assert (float(row["check_lat"]), float(row["check_lon"])) == (
            float(node["latitude"]),
            float(node["longitude"]),
        )
        place = gaz.get(row["id"])
        d = haversine_m(place.lon, place.lat, float(node["longitude"]), float(node["latitude"]))
        assert d < 500, (row["id"], d)


def test_villages_lie_where_reports_put_them(gaz: Gazetteer) -> None:
    get = gaz.get
    # Al-Masdar News (2016): Bayanoun lies west of Rityan and directly south-east of al-Zahra'a
    bayanoun = get("bayanoun")
    assert 240 < bearing(get("ratyan"), bayanoun) < 300
    assert 100 < bearing(get("zahraa"), bayanoun) < 170
    assert distance(bayanoun, get("ratyan")) < 5_000
    # Syrian Observatory (2016): Ratyan is the village next to Hardatnin
    assert distance(get("hardatnain"), get("ratyan")) < 3_500
    # Deir Jamal's article: Mayer and al-Zahra lie to its south
    assert 135 < bearing(get("deir-jamal"), get("mayer")) < 225
    # Khan Tuman: its node lies 2.4 km from its battle article's point (given to the minute),
    # 15 km south-west of Aleppo as its village articles say
    khan_tuman = get("khan-tuman")
    assert haversine_m(khan_tuman.lon, khan_tuman.lat, 37.033333, 36.1) < 2_500
    assert 12_000 < distance(khan_tuman, get("citadel")) < 20_000
    assert 190 < bearing(get("citadel"), khan_tuman) < 250
    # Reuters (22 May 2014): "the town of Hailan next to the prison, about 5 miles north-east of
    # Aleppo city"; the prison is placed at the village
    hilan = get("hilan")
    assert 6_000 < distance(hilan, get("citadel")) < 14_000
    assert 0 < bearing(get("citadel"), hilan) < 60
    assert get("aleppo-central-prison").parent == "hilan"
    # the Mallah farms lie between Handarat and Hreitan, and their uncertainty covers both
    farms = get("mallah-farms")
    for village in ("handarat", "hreitan"):
        assert distance(farms, get(village)) < farms.uncertainty_m, village
    # every village named in these reports lies in the Aleppo countryside, 5-100 km from the
    # Citadel (the Maskanah plain by the Euphrates lies 80-100 km east); the villages added in
    # bulk reach the Kobani district, 150 km away (tests/test_gazetteer_bulk.py)
    for row in OSM_ROWS:
        if row["note"].startswith(BULK):
            continue
        d = distance(get(row["id"]), get("citadel"))
        assert 5_000 < d < 100_000, (row["id"], d)
    # Sijraz's article: "Maraanaz 3 km to the south"
    maranaz = get("maranaz")
    assert 2_000 < distance(get("sijraz"), maranaz) < 4_000
    assert 135 < bearing(get("sijraz"), maranaz) < 225


# a village of the extract and the seat of its sub-district (placed from GeoNames or its
# article), with the greatest distance between them that the sub-district allows
SEATS = [
    ("kafr-khasher", "azaz", 8_000),
    ("kafr-noran", "atarib", 10_000),
    ("kafr-naha", "atarib", 16_000),
    ("makhala", "al-hader", 10_000),
    ("jazraya", "al-hader", 18_000),
    ("sandaf", "marea", 8_000),
    ("qaramel", "marea", 16_000),
    ("wahshiyah", "marea", 14_000),
    ("baraghida", "suran", 10_000),
    ("qara-kubri", "suran", 12_000),
    ("shuweilikh", "kuweires-airbase", 10_000),
    ("rasm-al-falah", "maskanah", 15_000),
    ("zaalana", "safira", 15_000),
    ("tal-turin", "arima", 6_000),
    ("shuraymah", "khanasir", 12_000),
    ("shdar", "arima", 16_000),
    ("tarhin", "al-bab", 18_000),
    ("haji-kusa", "al-rai", 20_000),
    ("qarutiyah", "safira", 12_000),
    ("atshanah", "khanasir", 12_000),
    ("rasm-askar", "khanasir", 10_000),
    ("shanhasa", "dayr-hafir", 20_000),
    ("mazbura", "dayr-hafir", 15_000),
    ("rasm-al-khabbaz", "dayr-hafir", 15_000),
    ("jeruf", "kuweires-airbase", 12_000),
    ("tannuzah", "kuweires-airbase", 13_000),
    ("tal-maksur", "kuweires-airbase", 13_000),
    ("rasm-al-alam", "tadif", 15_000),
    ("bawabiyah", "zirbeh", 10_000),
    ("barqum", "zirbeh", 10_000),
    ("jazraya", "zirbeh", 25_000),
    ("lilawa", "ghandoura", 12_000),
    ("tanab", "tall-rifaat", 10_000),
    ("kharab-suluq", "raju", 8_000),
    ("anqala", "sheikh-al-hadid", 8_000),
    ("sinnara", "sheikh-al-hadid", 8_000),
    ("deir-sawwan", "sharran", 13_000),
]


@pytest.mark.parametrize(("village", "seat", "most"), SEATS, ids=lambda v: str(v))
def test_villages_lie_by_the_seat_of_their_sub_district(
    gaz: Gazetteer, village: str, seat: str, most: int
) -> None:
    """The node of each village lies near its sub-district's seat, placed from another source."""
    assert distance(gaz.get(village), gaz.get(seat)) < most


@pytest.fixture(scope="module")
def parser(gaz: Gazetteer) -> object:
    from aleppomap.geoparse import Geoparser

    return Geoparser(gaz)


def found(parser: object, text: str) -> list[str]:
    return [m.place_id for m in parser.find(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Government troops advance on Bayanoun, north of Aleppo, February 4, 2016.", "bayanoun"),
        ("Smoke rises over the village of Hardatnin after an air strike north of Aleppo, "
         "February 2, 2016.", "hardatnain"),
        ("A rebel fighter walks in Kfeen, in the northern Aleppo countryside, February 10, 2016.",
         "kafin"),
        ("Displaced families arrive in Yahmoul, east of Azaz, April 15, 2016.", "yahmoul"),
        ("Rebel fighters fire towards Talalin, near Marea, north of Aleppo, June 1, 2016.",
         "talalin"),
        ("A man inspects a house in Anjara, in the western Aleppo countryside, after an air "
         "strike, October 18, 2015.", "anjara"),
        ("Syrian army soldiers stand guard in Hilan, north-east of Aleppo, May 16, 2014.",
         "hilan"),
        ("Smoke rises from Aleppo Central Prison after a rebel attack, February 6, 2014.",
         "aleppo-central-prison"),
        ("Government forces advance through the Mallah farms, north of Aleppo, July 7, 2016.",
         "mallah-farms"),
        ("Rebels shell the al-Malaah farms near the Castello road, July 26, 2016.",
         "mallah-farms"),
        ("Turkish-backed fighters enter Arab Ezza, west of Jarabulus, August 29, 2016.",
         "arab-ezza"),
        ("Pro-government fighters hold positions in Kafr Haddad, south of Aleppo, "
         "November 14, 2015.", "kafr-haddad"),
        ("Rebels fire rockets at the village of Dudyan, near the Turkish border, "
         "April 12, 2016.", "dudyan"),
        ("Turkish-backed fighters advance on Maranaz, south of Azaz, February 18, 2016.",
         "maranaz"),
        ("Smoke rises over Jazraya after an air strike in the southern Aleppo countryside, "
         "November 3, 2015.", "jazraya"),
        ("Kurdish fighters man a position near Kafr Khasher, south-east of Azaz, "
         "May 5, 2018.", "kafr-khasher"),
        ("Rescue workers search the rubble in Kafr Nouran, west of Aleppo, after an air strike, "
         "January 20, 2017.", "kafr-noran"),
        ("Rebel fighters gather in Kafr Naha, in the western Aleppo countryside, "
         "July 22, 2016.", "kafr-naha"),
        ("Pro-government fighters advance towards Makhala, near Tal al-Eis, "
         "November 12, 2015.", "makhala"),
        ("Islamic State fighters attacked the villages of Sandaf and Harbal, north of Marea, "
         "June 3, 2015.", "sandaf"),
        ("Displaced families shelter in Baraghida, between Azaz and Suran, April 16, 2016.",
         "baraghida"),
        ("Rebel fighters regained control of Tel Suseen, north of Aleppo, September 1, 2015.",
         "tal-susin"),
        ("Government forces entered Rasm al-Falah, west of Maskanah, June 4, 2017.",
         "rasm-al-falah"),
        ("Soldiers patrol Zaalaneh, near the thermal power station east of Aleppo, "
         "February 20, 2016.", "zaalana"),
        ("Turkish-backed rebels seized Tal Tourin, east of al-Bab, March 2, 2017.",
         "tal-turin"),
        ("Rebels say they took Qara Kobri from the Islamic State, north of Aleppo, "
         "October 9, 2016.", "qara-kubri"),
        ("Syrian troops enter Shuweilekh, east of Aleppo, January 26, 2017.", "shuweilikh"),
        ("Government forces pushed the Islamic State out of Ash-Shuraimah, near Khanaser, "
         "February 24, 2016.", "shuraymah"),
        ("Shells hit Qaramel and al-Wahshiyah, around Marea, August 14, 2016.", "qaramel"),
        ("Shells hit Qaramel and al-Wahshiyah, around Marea, August 14, 2016.", "wahshiyah"),
        ("Turkish-backed rebels took Shdar and Tarhin, north-east of al-Bab, "
         "November 20, 2016.", "shdar"),
        ("Turkish-backed rebels took Shdar and Tarhin, north-east of al-Bab, "
         "November 20, 2016.", "tarhin"),
        ("A Turkish tank drives near Hajji Kousa, north of al-Bab, November 13, 2016.",
         "haji-kusa"),
        ("Rebel fighters enter Lilawa, south of Arab Ezza, September 3, 2016.", "lilawa"),
        ("Kurdish fighters rest in Tanab, near Azaz, January 16, 2016.", "tanab"),
        ("Troops stand in al-Qaroutia, near as-Safira, February 21, 2016.", "qarutiyah"),
        ("Soldiers secure al-Atshanah and Rasm Askar on the Khanaser road, "
         "March 9, 2016.", "atshanah"),
        ("Soldiers secure al-Atshanah and Rasm Askar on the Khanaser road, "
         "March 9, 2016.", "rasm-askar"),
        ("Displaced families return to Shanhasa and al-Mazboureh, east of Aleppo, "
         "March 4, 2017.", "shanhasa"),
        ("Displaced families return to Shanhasa and al-Mazboureh, east of Aleppo, "
         "March 4, 2017.", "mazbura"),
        ("Troops clear mines in Rasm al-Khabbaz, east of Aleppo, March 5, 2017.",
         "rasm-al-khabbaz"),
        ("Residents walk back to Tanouza and Tal Maksour, near Kuweires, "
         "February 20, 2017.", "tannuzah"),
        ("Residents walk back to Tanouza and Tal Maksour, near Kuweires, "
         "February 20, 2017.", "tal-maksur"),
        ("A soldier stands guard in al-Jrouf, east of Aleppo, February 21, 2017.", "jeruf"),
        ("Farmers return to Rasm al-Alam, south of al-Bab, February 22, 2017.",
         "rasm-al-alam"),
        ("Government troops took al-Barqum and al-Bawabiyya, by the Damascus highway, "
         "February 9, 2020.", "barqum"),
        ("Government troops took al-Barqum and al-Bawabiyya, by the Damascus highway, "
         "February 9, 2020.", "bawabiyah"),
        ("Turkish-backed fighters patrol Kharab Soloq, near Rajo, March 1, 2018.",
         "kharab-suluq"),
        ("Turkish-backed fighters took Anqala and Sennare, in the Sheikh Hadid district, "
         "February 28, 2018.", "anqala"),
        ("Turkish-backed fighters took Anqala and Sennare, in the Sheikh Hadid district, "
         "February 28, 2018.", "sinnara"),
        ("Turkish soldiers walk through Deir Sawwan, north of Afrin, February 6, 2018.",
         "deir-sawwan"),
    ],
)  # fmt: skip
def test_the_new_villages_are_found_in_captions(
    parser: object, caption: str, expected: str
) -> None:
    assert expected in found(parser, caption)


def test_names_with_another_use_need_their_context(parser: object) -> None:
    """Mayer, Rael, Barna and Zammar are also surnames or given names."""
    assert found(parser, "Peter Mayer, a German diplomat, speaks in Geneva, March 2, 2016.") == []
    assert found(parser, "Barna fans celebrate in Barcelona, May 28, 2016.") == []
    assert "mayer" in found(
        parser, "Kurdish fighters took the village of Mayer, north of Aleppo, February 8, 2016."
    )
    # Sinnara is not Sennar, a town of Sudan
    assert found(parser, "Sudanese troops deploy in Sennar, south of Khartoum, May 2019.") == []
    # Karamel, a spelling of Qaramel, is also caramel
    assert found(parser, "A chef pours karamel over a cake in Istanbul, May 2, 2016.") == []
