"""The geoparser on souqs named by their own names beside a market's word, on names that sound
like several places (the written name picks one), on z written for the Arabic ḍ in a compound,
on a landmark named with the city in a caption set elsewhere, and on a country's name before a
town in Turkish or Azerbaijani."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about, of_aleppo


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: the souk "of" its name, a vowel left out of the name
        (
            "Dans le souk de Saqtiya, un marchand de tissus a rouvert sa boutique, le 3 mars.",
            ["suq-saqatiya"],
        ),
        # a list of souks after the plural, names in guillemets, joined by "et"
        (
            "Les souks «Attarine» et «Saqatiya» de la vieille ville ont rouvert jeudi.",
            ["suq-attarin", "suq-saqatiya"],
        ),
        # a list in guillemets after "des marchés de", with a souq's number inside it
        (
            "Les travaux ont touché les marchés de « Saqtiya 2, Al-Attarine et Al-Haddadin » "
            "dans la vieille ville.",
            ["suq-saqatiya", "suq-attarin", "suq-haddadin"],
        ),
        # English: the name before the word for a market
        (
            "Shoppers walk through the Saqatiya souk after its restoration, in Aleppo.",
            ["suq-saqatiya"],
        ),
    ],
)
def test_a_souq_named_beside_a_word_for_a_market_is_that_souq(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A woman buys bread at a souk in Manbij city, Syria.",
        "Vendors sell vegetables at the Tuesday market in Atarib.",
        "Smoke rises from a market of Saraqib after an air strike.",
    ],
)
def test_a_market_word_before_another_name_names_no_souq(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert not any(p.startswith("suq-") for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sheran sounds as Suran, Sharran and as-Siryan do; it is written as Turkish writes
        # Sharran (Şeran)
        ("Turkish-backed fighters captured the town of Sheran after heavy fighting.", ["sharran"]),
        ("Rebels entered Sheran village, east of Afrin, on Sunday.", ["sharran", "afrin"]),
    ],
)
def test_a_name_that_sounds_like_several_places_is_the_one_written_closest(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


def test_a_place_written_as_one_of_its_sound_alikes_stays_that_place(gp: Geoparser) -> None:
    assert places(gp, "Shells fell on the village of Souran, north of Aleppo.") == ["suran"]


@pytest.mark.parametrize(
    "text",
    [
        "Government troops pushed on towards Sheikh Khizir, encircling the rebels.",
        "Residents flee the Sheikh Khizir neighbourhood of Aleppo.",
    ],
)
def test_z_written_for_the_arabic_dad_in_a_compound_name_is_read_as_d(
    gp: Geoparser, text: str
) -> None:
    assert places(gp, text) == ["sheikh-kheder"]


@pytest.mark.parametrize(
    "text",
    [
        # "Kafr Zeita" is a town of Hama, not a place of Aleppo read with d for z
        "Barrel bombs fell on Kafr Zeita village.",
        # a name's own first z stays: Ain Zara (Libya) is not Ain Dara
        "Militias clashed in Ain Zara, south of Tripoli.",
    ],
)
def test_z_for_d_is_read_only_inside_a_compound_s_second_word(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (Kafr Zeita is Hama's Kafr Zita)


@pytest.mark.parametrize(
    "text",
    [
        "A plane from the Syrian capital of Damascus landed at Aleppo International Airport "
        "on Tuesday, the first flight in years.",
        "Passengers from Damascus arrive at Aleppo airport after the runway was repaired.",
    ],
)
def test_a_landmark_named_with_the_city_stays_in_a_caption_set_elsewhere(
    gp: Geoparser, text: str
) -> None:
    assert of_aleppo(gp, places(gp, text)) == ["aleppo-airport"]


def test_a_landmark_of_the_city_is_still_weak_where_another_city_is_named(
    gp: Geoparser,
) -> None:
    found = places(gp, "Worshippers pray at the Umayyad Mosque in Damascus on Friday.")
    assert found == ["damascus"]


@pytest.mark.parametrize(
    "text",
    [
        "Türk askerleri Suriye'nin Azez ilçesine girdi.",
        "Türkiyə əsgərləri Suriyanın Azez şəhərinə daxil olub.",
    ],
)
def test_a_country_name_before_a_town_is_no_given_name(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == ["azaz"]


def test_a_given_name_before_a_town_name_is_still_a_person(gp: Geoparser) -> None:
    assert places(gp, "Nadhira Aziz, a teacher, speaks to journalists.") == []


# -- a German noun after its article is no name read by its sound ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kämpfer recken ihre Arme in die Höhe, während sie durch ein Viertel von Aleppo fahren.",
        "Frauen heben die Arme vor einer Moschee in Aleppo.",
        "In Aleppo heult die Sirene über den Dächern.",
        "Kinder tragen ihre Masken durch ein Viertel von Aleppo.",
        "Die Mühle am Rand von Aleppo steht still.",
        "Nach der Waffenruhe kehren die Tänze auf die Plätze von Aleppo zurück.",
        "Ein Junge isst seine Banane auf einem Markt in Aleppo.",
    ],
)
def test_a_german_noun_after_its_article_is_no_village_by_sound(gp: Geoparser, text: str) -> None:
    assert [m.place_id for m in gp.find(text)] == ["aleppo"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kämpfer sind in Arme eingerückt, nahe Aleppo.", "arima"),  # after "in": a place
        ("Truppen ziehen in das Dorf Arima bei Aleppo ein.", "arima"),
        ("Die Truppen sind in Masken eingerückt, nahe Aleppo.", "misqan"),
    ],
)
def test_a_sound_alike_after_a_place_cue_is_still_read(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in [m.place_id for m in gp.find(text)]
