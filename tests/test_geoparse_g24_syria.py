"""Syria's cities and towns outside the Aleppo governorate (GeoNames cities15000 and cities1000,
al-Fuaa and Kafriya from their articles): how captions name them, what they are not (a
province, a road, a surname, the government, a dateline, a common word), how they live beside
the places of Aleppo, and how the gazetteer and the map treat them (the property
``governorate``). The captions are our own, in the wordings of agency captions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aleppomap.gazetteer import (
    ALEPPO_GOVERNORATE,
    Gazetteer,
    validate_gazetteer,
)
from aleppomap.geoparse import Geoparser
from aleppomap.timeline.payload import base_payload


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def gp(gaz: Gazetteer) -> Geoparser:
    return Geoparser(gaz)


def roles(gp: Geoparser, text: str) -> dict[str, str]:
    """Place id -> role of every place ``text`` names."""
    return {m.place_id: m.role for m in gp.find(text)}


# -- the gazetteer -----------------------------------------------------------------------------


def test_the_cities_are_marked_with_their_governorate(gaz: Gazetteer) -> None:
    expected = {
        "damascus": "Dimashq",
        "idlib": "Idlib",
        "raqqa": "Ar-Raqqah",
        "homs": "Homs",
        "hama": "Hama",
        "deir-ez-zor": "Deir ez-Zor",
        "palmyra": "Homs",
        "latakia": "Latakia",
        "saraqib": "Idlib",
        "maarat-al-numan": "Idlib",
        "qamishli": "Al-Hasakah",
        "tal-abyad": "Ar-Raqqah",
        "fuaa": "Idlib",
        "kafriya": "Idlib",
    }
    for pid, governorate in expected.items():
        place = gaz.get(pid)
        assert place.governorate == governorate, pid
        assert place.outside_governorate, pid
    for pid in ("aleppo", "al-bab", "manbij", "azaz", "sukkari"):
        assert gaz.get(pid).governorate == ALEPPO_GOVERNORATE
        assert not gaz.get(pid).outside_governorate


def test_seats_are_cities_the_others_towns(gaz: Gazetteer) -> None:
    """The governorate seats are of kind ``city`` (their province is not the city), the
    others ``town`` (a town's countryside is the town), as for Aleppo and its towns."""
    for pid in ("damascus", "idlib", "raqqa", "homs", "hama", "latakia", "tartus", "daraa"):
        assert gaz.get(pid).kind == "city", pid
    for pid in ("saraqib", "maarat-al-numan", "qamishli", "palmyra", "khan-shaykhun"):
        assert gaz.get(pid).kind == "town", pid


def test_fuaa_lies_east_of_kafriya_as_its_article_says(gaz: Gazetteer) -> None:
    fuaa, kafriya, idlib = gaz.get("fuaa"), gaz.get("kafriya"), gaz.get("idlib")
    assert kafriya.lon < fuaa.lon  # "Kafriya to the west"
    assert fuaa.lat > idlib.lat  # "northeast of Idlib"
    assert fuaa.lon > idlib.lon


def test_our_gazetteer_checks_clean() -> None:
    assert validate_gazetteer() == []


def _user_gazetteer(tmp_path: Path, props: dict[str, object], lon: float, lat: float) -> Path:
    feature = {
        "type": "Feature",
        "properties": {
            "id": "my-place",
            "name": "My place",
            "name_ar": "",
            "aliases": [],
            "kind": "town",
            "parent": None,
            "uncertainty_m": 1000,
            "source": "me",
            "source_ref": "my notes",
            "licence": "CC0",
            **props,
        },
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
    }
    path = tmp_path / "mine.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


def test_a_users_place_outside_the_governorate_still_warns(tmp_path: Path) -> None:
    found = validate_gazetteer(_user_gazetteer(tmp_path, {}, 36.29, 33.51))
    assert [p.severity for p in found] == ["warning"]
    assert "outside the Aleppo governorate" in found[0].message


def test_a_users_place_marked_with_its_governorate_does_not_warn(tmp_path: Path) -> None:
    path = _user_gazetteer(tmp_path, {"governorate": "Dimashq"}, 36.29, 33.51)
    assert validate_gazetteer(path) == []


def test_the_mark_does_not_excuse_a_point_outside_syria_or_swapped(tmp_path: Path) -> None:
    outside = validate_gazetteer(_user_gazetteer(tmp_path, {"governorate": "Idlib"}, 2.35, 48.85))
    assert [p.severity for p in outside] == ["error"]
    # Aleppo's point written [lat, lon]: the swap is still an error
    swapped = validate_gazetteer(_user_gazetteer(tmp_path, {"governorate": "Idlib"}, 36.2, 37.16))
    assert [p.severity for p in swapped] == ["error"]
    assert "swapped" in swapped[0].message


def test_a_governorate_must_be_a_name(tmp_path: Path) -> None:
    found = validate_gazetteer(_user_gazetteer(tmp_path, {"governorate": 12}, 37.1, 36.2))
    assert any("governorate" in p.message and p.severity == "error" for p in found)


def test_the_base_layer_draws_the_governorate_only(gaz: Gazetteer) -> None:
    names = {p["name"] for p in base_payload(gaz)["places"]}
    assert {"Azaz", "Manbij"} <= names
    assert not names & {"Saraqib", "Qamishli", "Tal Abyad", "al-Fuaa", "Kafriya"}


# -- captions that name them -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("A boy looks out of a bus as evacuees are taken to Idlib, Dec. 15, 2016.", "idlib"),
        ("Displaced families from Aleppo rest at a mosque in Idleb.", "idlib"),
        ("Soldiers march during a parade in Damascus, April 17, 2017.", "damascus"),
        ("IS fighters drive through Raqqa, the group's de facto capital, in 2014.", "raqqa"),
        ("Smoke billows over Rakka after coalition strikes.", "raqqa"),
        ("A woman walks past shuttered shops in al-Raqqah.", "raqqa"),
        ("Rescuers dig through rubble in Maaret al-Noaman after an air strike.", "maarat-al-numan"),
        ("Residents of Ma'arrat al-Nu'man protest against the government.", "maarat-al-numan"),
        ("A funeral in Saraqib, south of Aleppo, Feb. 2020.", "saraqib"),
        ("Children play in the old city of Hims.", "homs"),
        ("Traffic on a street of Hamah, central Syria.", "hama"),
        ("Government troops deploy in Deir al-Zor.", "deir-ez-zor"),
        ("Soldiers stand near the ruins of Palmyra, March 2016.", "palmyra"),
        ("The ancient colonnade of Tadmur.", "palmyra"),
        ("A ferry docks in the port of Tartous.", "tartus"),
        ("Kurdish security forces in Kamishli, northeastern Syria.", "qamishli"),
        ("Turkish-backed fighters enter Tell Abyad.", "tal-abyad"),
        ("Protesters gather in Deraa, where the uprising began.", "daraa"),
        ("Buses leave the besieged town of al-Fuaa.", "fuaa"),
        ("Residents of Kefraya wait to be evacuated.", "kafriya"),
        ("Families at a camp near the town of Abu Kamal.", "abu-kamal"),
        ("Shelling in the town of al-Mayadin.", "mayadin"),
        ("نازحون من حلب يصلون إلى مدينة إدلب", "idlib"),
        ("قصف على مدينة حمص", "homs"),
    ],
)
def test_a_city_elsewhere_is_named(gp: Geoparser, caption: str, expected: str) -> None:
    assert expected in roles(gp, caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the province, the countryside, the region of a city: no place
        "Displaced people shelter in olive groves in Idlib province.",
        "Air strikes hit villages in the province of Raqqa.",
        "Smoke rises in the Homs countryside.",
        "Families flee rural Hama.",
        "Clashes in the Deir ez-Zor governorate.",
        "Shelling hit the provinces of Idlib and Hama.",
        "محافظة الرقة",
        "ريف إدلب الجنوبي",
        "避難民がハサカ県に到着した。",
        # a road named after a city, a surname, the government
        "A checkpoint on the Damascus highway.",
        "Trucks on the Aleppo-Damascus highway.",
        "Gen. Ali Hama speaks to reporters.",
        "Damascus says the army has entered the old city.",
        # the capital beside a foreign power's, joined by "and": two governments
        "Smoke over the front line as Damascus and Ankara race to capture the IS stronghold.",
        "Moscow and Damascus agreed on a truce.",
        # "Sham" is no name of Damascus in English captions: a news network's, a group's
        "An image from Shaam News Network video.",
        "Fighters of Ahrar al-Sham rest by a road.",
        # common words and names that are spellings of the new places
        "The Russian Duma approved the deal.",
        "Fighters of the Ezra brigade.",
        "Abu Kamal, a father of five, carries bread.",
        "A report by the Beirut-based al-Mayadeen channel.",
        "بائع حمص على عربة",
        "غارات تدمر مستشفى",
        "استخدموا المدنيين درعا بشريا",
    ],
)
def test_no_city_elsewhere(gp: Geoparser, caption: str) -> None:
    assert roles(gp, caption) == {}


def test_a_town_s_countryside_is_the_town(gp: Geoparser) -> None:
    assert roles(gp, "Shelling in the Saraqib countryside.") == {"saraqib": "location"}


def test_the_besieged_pair_is_not_an_aleppo_village(gp: Geoparser) -> None:
    found = roles(gp, "Residents of the besieged villages of Fuaa and Kafraya wait for buses.")
    assert set(found) == {"fuaa", "kafriya"}  # not Kafr Naya, which Kafraya sounds like


def test_a_landmark_of_aleppo_in_another_city_is_not_aleppos(gp: Geoparser) -> None:
    assert roles(gp, "Worshippers at the Umayyad Mosque in Damascus.") == {"damascus": "location"}
    assert roles(gp, "Shoppers in the old souq of Homs.") == {"homs": "location"}


def test_a_journey_between_aleppo_and_a_city_elsewhere(gp: Geoparser) -> None:
    assert roles(gp, "Buses leave Ramouseh for Idlib on Dec. 20, 2016.") == {
        "ramouseh": "origin",
        "idlib": "destination",
    }
    assert roles(gp, "Buses leave Aleppo for Azaz.") == {"aleppo": "origin", "azaz": "destination"}
    found = roles(gp, "Evacuees from eastern Aleppo arrive in Khan Sheikhoun.")
    assert found["khan-shaykhun"] == "destination"
    assert found["east-aleppo"] == "origin"
    assert roles(gp, "A plane from the capital Damascus lands at Aleppo airport.")["damascus"] == (
        "origin"
    )


def test_a_city_elsewhere_as_a_reference_or_dateline(gp: Geoparser) -> None:
    found = roles(gp, "A view of Aleppo's old city, north of Damascus, with its citadel.")
    assert found.get("damascus") == "mentioned"
    assert "citadel" in found
    found = roles(gp, "DAMASCUS, Dec 13 (Reuters) - Families wait in Ramouseh.")
    assert found == {"damascus": "mentioned", "ramouseh": "location"}
    found = roles(gp, "A market in Jdeydeh, days after rebels took Idlib.")
    assert found == {"jdeydeh": "location", "idlib": "mentioned"}


def test_a_caption_set_elsewhere_keeps_no_weak_aleppo_match(gp: Geoparser) -> None:
    # a town of another governorate the gazetteer has sets the caption there, as a name of
    # the _ELSEWHERE list does: a one-word Aleppo quarter's name is no quarter of Aleppo there
    found = roles(gp, "A boy sells bread in the Midan district of Khan Sheikhoun.")
    assert found == {"khan-shaykhun": "location"}


def test_aleppo_captions_are_unchanged_by_the_new_places(gp: Geoparser) -> None:
    assert roles(gp, "A man walks past rubble in Aleppo's Sukkari district.") == {
        "aleppo": "mentioned",
        "sukkari": "location",
    }
    assert roles(gp, "Manbij, Aleppo province, after the SDF took it.") == {"manbij": "location"}
    assert roles(gp, "Smoke over Suran, north of Aleppo.")["suran"] == "location"
