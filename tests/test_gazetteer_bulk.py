"""The villages and towns of the Aleppo governorate added in bulk from OpenStreetMap nodes.

``scripts/add_osm_villages.py`` adds every node of HOTOSM's populated places in the
governorate that the gazetteer lacked, with statuses decided by rule: a name of one word, one
that starts with a person's cue ("Abu", "Sheikh", "Umm", "Haj") or one made of given names
names its village only beside a place word (``placeword``). These tests hold the new places to
their nodes and their sub-districts, and the geoparser to the ways captions name a village,
both ways. The captions are written for these tests in the manner of agency captions.
"""

from __future__ import annotations

import importlib.util
import math
import re
from pathlib import Path

import pytest

from aleppomap._names import alias_key
from aleppomap.gazetteer import ALEPPO_GOVERNORATE_BBOX, Gazetteer, Place
from aleppomap.geoparse import Geoparser
from test_gazetteer_osm import _extract, _rows  # the same rows and extract

REPO = Path(__file__).resolve().parent.parent
BULK = "added in bulk from its OpenStreetMap node"
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _script_seats() -> dict[str, str]:
    """The seat of each HOTOSM sub-district, as ``scripts/add_osm_villages.py`` checks them
    (one table: the script builds the bulk list with it, the tests hold the list to it)."""
    path = REPO / "scripts" / "add_osm_villages.py"
    spec = importlib.util.spec_from_file_location("add_osm_villages", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    seats: dict[str, str] = module.SEATS
    return seats


SEATS = _script_seats()


BULK_ROWS = [r for r in _rows() if r["note"].startswith(BULK)]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def gp(gaz: Gazetteer) -> Geoparser:
    return Geoparser(gaz)


def distance(a: Place, b: Place) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(h))


def found(gp: Geoparser, caption: str) -> set[str]:
    return {m.place_id for m in gp.find(caption)}


def test_the_bulk_list_adds_hundreds_of_villages_each_on_its_own_node(gaz: Gazetteer) -> None:
    extract = _extract()
    assert len(BULK_ROWS) >= 400
    nodes = [r["origin_ref"] for r in _rows() if r["origin"] == "osm"]
    assert len(nodes) == len(set(nodes)), "a node cited twice"
    west, south, east, north = ALEPPO_GOVERNORATE_BBOX
    for row in BULK_ROWS:
        node = extract[row["origin_ref"]]
        place = gaz.get(row["id"])
        assert west <= place.lon <= east, row["id"]
        assert south <= place.lat <= north, row["id"]
        assert (place.lat, place.lon) == pytest.approx(
            (float(node["latitude"]), float(node["longitude"])), abs=6e-7
        )
        # the kind and the extent from the node's place tag; the note says where it comes from
        kind = {"hamlet": "village", "village": "village", "town": "town"}[node["place"]]
        assert place.kind == kind, row["id"]
        assert place.uncertainty_m == (2500 if kind == "town" else 1000), row["id"]
        assert f"{node['place']} of the {node['adm3'].strip()} sub-district" in row["note"]
        assert alias_key(place.name) in {alias_key(node["name_en"]), alias_key(node["name"])}


def test_no_bulk_village_repeats_a_place_already_there(gaz: Gazetteer) -> None:
    """A spelling of a place within 4 km of a node makes the node that place, not a new one."""
    bulk = {r["id"] for r in BULK_ROWS}
    older = [p for p in gaz if p.id not in bulk]
    for pid in bulk:
        place = gaz.get(pid)
        keys = {alias_key(n) for n in (place.name, *place.aliases)}
        for other in older:
            if keys & {alias_key(n) for n in (other.name, *other.aliases)}:
                assert distance(place, other) > 4_000, (pid, other.id)


def test_each_bulk_village_lies_near_the_seat_of_its_sub_district(gaz: Gazetteer) -> None:
    """HOTOSM's sub-district of each node agrees with the seats placed from other sources: the
    village lies within 50 km of its own seat, which is the nearest seat for most villages and
    among the six nearest for every one."""
    extract = _extract()
    seats = {name: gaz.get(pid) for name, pid in SEATS.items()}
    nearest = 0
    checked = 0
    for row in BULK_ROWS:
        adm3 = extract[row["origin_ref"]]["adm3"]
        if adm3 not in seats:
            continue
        checked += 1
        place = gaz.get(row["id"])
        own = seats[adm3]
        assert distance(place, own) < 50_000, (row["id"], adm3, distance(place, own))
        ranked = sorted(
            {s.id: s for s in seats.values()}.values(), key=lambda s: distance(place, s)
        )
        rank = [s.id for s in ranked].index(own.id)
        assert rank < 6, (row["id"], adm3, [s.id for s in ranked[:6]])
        nearest += rank == 0
    assert checked >= 400
    assert nearest / checked > 0.65


def test_names_of_one_word_or_of_a_person_need_a_place_word(gaz: Gazetteer) -> None:
    for row in BULK_ROWS:
        place = gaz.get(row["id"])
        for name in (place.name, *place.aliases):
            words = alias_key(name).split()
            one = len(name.split()) == 1 if ARABIC.search(name) else len(words) == 1
            person = words[0] in {"abu", "shaikh", "haj", "um"} if words else False
            if one or person:
                assert name in place.placeword_aliases, (row["id"], name)


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("Turkish artillery shelled the village of Kimar in the Afrin countryside on Sunday.",
         "kimar"),
        ("Smoke rises over Kimar village after an air strike, January 2018.", "kimar"),
        ("Kurdish fighters withdrew from the villages of Basufan, Burj Haidar and Kimar.",
         "kimar"),
        ('Rebels said they had taken the villages of "Basufan" and "Kimar" overnight.', "kimar"),
        ("Residents return to Ghuz in the northern Aleppo countryside.", "ghuz"),
        ("A displaced family rebuilds its home in Ghuz in rural Aleppo.", "ghuz"),
        ("A farmer walks through his field in Ghuz, a village near al-Bab.", "ghuz"),
        ("Government troops advanced on Ghuz, some 10 km north of al-Bab.", "ghuz"),
        ("Fighters stand inside the Sheikh Ahmad village near the Kuweires air base.",
         "sheikh-ahmad"),
        ("Troops seized the towns of Kafr Halab and Arnaz on Monday.", "arnaz"),
    ],
)  # fmt: skip
def test_a_village_of_the_bulk_list_is_found_where_a_caption_calls_it_one(
    gp: Geoparser, caption: str, place: str
) -> None:
    assert place in found(gp, caption)


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("Ghuz, 38, holds his daughter outside their tent near Azaz.", "ghuz"),
        ("Hayat Tahrir al-Sham fighters gather outside Atarib.", "hayat"),
        ("Sheikh Ahmad, a local imam, speaks to reporters in Manbij.", "sheikh-ahmad"),
        ("Haj Hasan, 70, sits outside his damaged home in al-Bab.", "haj-hasan"),
        ("Abu Kahf, a rebel commander, said the fighting had stopped.", "abu-kahf"),
        ("Shells hit the Ramala neighbourhood of Latakia on Tuesday.", "ramala"),
        ("The army captured the towns of Kimar Jadid and Tal Sultan, south of Idlib.", "kimar"),
    ],
)  # fmt: skip
def test_a_village_of_the_bulk_list_is_not_taken_from_ordinary_words(
    gp: Geoparser, caption: str, place: str
) -> None:
    assert place not in found(gp, caption)


def test_a_village_named_with_far_away_places_is_another_of_its_name(gp: Geoparser) -> None:
    """Hota lies by al-Arima, north-east of Aleppo: named among villages west of the city it is
    another Hota; named beside al-Bab it is that one."""
    west = "Rebels took Urum al-Kubra, Anjara and the village of Hota, west of Aleppo."
    assert "hota" not in found(gp, west)
    assert {"anjara", "urum-al-kubra"} <= found(gp, west)
    assert "hota" in found(gp, "Shelling hit the village of Hota, north-west of al-Arima.")


def test_a_bulk_village_is_matched_by_its_spellings_not_by_sound(gp: Geoparser) -> None:
    """Only a village's own spellings name it: a name that sounds like one ("Halysah" for
    Halisah) is left to the unknown-place report rather than risked."""
    assert "halisah" in found(gp, "Artillery hit the village of Halisah, north of Aleppo.")
    assert "halisah" not in found(gp, "Artillery hit the village of Halysah, north of Aleppo.")
