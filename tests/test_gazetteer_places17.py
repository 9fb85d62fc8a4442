"""The places added for issue 14's unseen captions: the Queiq river, Farhat Square, the Tell
Shair hill by Kobani and the village of Baflun between Afrin and Azaz, each placed from a cited
source (see data/gazetteer/places.csv), and the captions' ways of naming them."""

from __future__ import annotations

import math

import pytest

from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    p = math.pi / 180
    h = (
        math.sin((b[0] - a[0]) * p / 2) ** 2
        + math.cos(a[0] * p) * math.cos(b[0] * p) * math.sin((b[1] - a[1]) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


def test_queiq_in_the_city(gazetteer: Gazetteer) -> None:
    """The river's point (its Wikipedia article's) lies on its course in the city, west of the
    Citadel, within a few km of the centre."""
    river, citadel = gazetteer.get("queiq-river"), gazetteer.get("citadel")
    assert river.kind == "landmark"
    assert 1.0 < km((river.lat, river.lon), (citadel.lat, citadel.lon)) < 4.0
    assert river.lon < citadel.lon


def test_farhat_square_at_the_maronite_cathedral(gazetteer: Gazetteer) -> None:
    """The square is placed at the cathedral that stands on it, in al-Jdeydeh; the cathedral's
    Wikipedia point is within 100 m."""
    square = gazetteer.get("farhat-square")
    assert square.parent == "jdeydeh"
    assert km((square.lat, square.lon), (36.2071, 37.1558)) < 0.1


def test_tell_shair_hill_by_kobani(gazetteer: Gazetteer) -> None:
    """The hill lies 2.5 km (or miles) west of Kobani: placed at the town, its uncertainty
    reaches it."""
    hill, town = gazetteer.get("tell-shair-hill"), gazetteer.get("kobani")
    assert km((hill.lat, hill.lon), (town.lat, town.lon)) < 0.5
    assert hill.uncertainty_m >= 4000


def test_baflun_between_afrin_and_azaz(gazetteer: Gazetteer) -> None:
    """The village overlooks Azaz, about 15 km from Afrin: placed on the line between them,
    nearer Azaz, with an uncertainty that reaches Afrin."""
    village = gazetteer.get("baflun")
    afrin, azaz = gazetteer.get("afrin"), gazetteer.get("azaz")
    here = (village.lat, village.lon)
    assert km(here, (azaz.lat, azaz.lon)) < 5.0
    assert 10.0 < km(here, (afrin.lat, afrin.lon)) < 16.0
    assert village.uncertainty_m >= km(here, (afrin.lat, afrin.lon)) * 1000


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Displaced families camp in the Befalon hills east of Afrin.", "baflun"),
        ("Turkish-backed fighters entered Baflun village near Azaz.", "baflun"),
        ("Shelling hit Baflûnê, a Yazidi village.", "baflun"),
        ("Children play on the dry bed of the Queiq river in Aleppo.", "queiq-river"),
        ("Bodies were pulled from the Queiq in the Bustan al-Qasr district.", "queiq-river"),
        ("A view of the Quweiq river running through Aleppo's public park.", "queiq-river"),
        ("جثث في نهر قويق في حلب", "queiq-river"),
        ("Worshippers gather in Farhat Square after the Christmas mass.", "farhat-square"),
        ("The statue on al-Farhat Square in Aleppo's Jdeideh quarter.", "farhat-square"),
        ("Kurdish fighters retook the Tel Shair hill west of Kobani.", "tell-shair-hill"),
        ("Smoke rises over Tall Shair hill near the Turkish border.", "tell-shair-hill"),
        ("Combattenti curdi sulla collina di Tel Shahir, a ovest di Kobane.", "tell-shair-hill"),
    ],
)
def test_new_places_named(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a person's name, not the square
        "Archbishop Germanos Farhat founded the Maronite library.",
        # a hill of the same kind of name elsewhere, without its spelling
        "Smoke rises over a hill near Tal Abyad.",
        # the Kuweires air base is not the river
        "Rebels attacked the Kweires air base east of Aleppo.",
    ],
)
def test_new_places_not_named(gp: Geoparser, text: str) -> None:
    places = every(gp, text)
    assert "farhat-square" not in places
    assert "tell-shair-hill" not in places
    assert "queiq-river" not in places
