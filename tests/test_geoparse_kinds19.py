"""The geoparser on kinds of wording met in round 2 of session 17: the government-held west
of the city written "west of Aleppo" after its article (as the east is), and going to
university as a habit, which names no university of the city."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import places


# -- the west side after its article and who holds it -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Shoppers crowd a market in the government-held west of Aleppo on Saturday.",
        "Shells fell on the regime-controlled west of Aleppo overnight.",
        "A family walks home in the west of Aleppo after the ceasefire.",
        "Buses reached the western districts of Aleppo on Friday.",
    ],
)
def test_the_west_of_aleppo_after_its_article_is_the_west_side(gp: Geoparser, text: str) -> None:
    assert "west-aleppo" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled a village west of Aleppo on Monday.",
        "Fighters west of Aleppo prepared for an offensive.",
        "The town lies 20 km west of Aleppo.",
    ],
)
def test_west_of_aleppo_without_article_stays_a_direction(gp: Geoparser, text: str) -> None:
    assert "west-aleppo" not in places(gp, text)


def test_the_east_side_is_keyed_as_before(gp: Geoparser) -> None:
    assert "east-aleppo" in places(gp, "Smoke rises over the rebel-held east of Aleppo.")
    assert "east-aleppo" not in places(gp, "A town east of Aleppo was shelled.")


# -- going to university: a habit ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Before the war young people went to the university and cafes in Aleppo stayed open late.",
        "Vroeger gingen jongeren gewoon naar de universiteit, en in Aleppo was het druk.",
        "Autrefois les jeunes allaient à l'université et Alep vivait la nuit.",
        "Früher gingen die Kinder zur Universität, in Aleppo war alles offen.",
        "Antes los jóvenes iban a la universidad y Alepo vivía de noche.",
    ],
)
def test_going_to_university_as_a_habit_names_no_university(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert "university-of-aleppo" not in found
    assert "aleppo" in found


@pytest.mark.parametrize(
    "text",
    [
        "Students went to the university in Aleppo to sit their exams.",
        "Studenten gingen naar de universiteit van Aleppo voor hun examens.",
        "The university was shelled in Aleppo on Tuesday.",
        "De universiteit in Aleppo werd getroffen door granaten.",
        "Students walk past the university in Aleppo.",
    ],
)
def test_the_university_of_the_city_is_still_named(gp: Geoparser, text: str) -> None:
    assert "university-of-aleppo" in places(gp, text)


def test_the_university_of_the_city_after_the_elided_of(gp: Geoparser) -> None:
    text = "Les étudiants allaient à l'université d'Alep chaque matin."
    assert "university-of-aleppo" in places(gp, text)


def test_the_dutch_of_before_the_university_is_no_going(gp: Geoparser) -> None:
    text = "De studenten van de universiteit protesteerden in Aleppo."
    assert "university-of-aleppo" in places(gp, text)


# -- a village after a Turkish bearing in the locative, as Turkish writes Arabic ----------------
@pytest.mark.parametrize(
    "text",
    [
        "Kasabanın güneybatısında Deyr Cemâl bulunuyor.",
        "Kasabanın doğusunda Mare' ve Deyr Cemal yer alıyor.",
        "İlçenin kuzeyinde Azez, güneybatısında Kefr Naya ile Deyr Cemâl var.",
        "Halep'in kuzeyindeki Deyr Cemâl köylüleri evlerine döndü.",
    ],
)
def test_a_village_after_a_turkish_bearing_read_the_turkish_way(gp: Geoparser, text: str) -> None:
    assert "deir-jamal" in places(gp, text)


def test_a_turkish_bearing_in_another_sentence_names_nothing(gp: Geoparser) -> None:
    text = "Köy kasabanın güneybatısında. Deyr Cemal Bey konuştu."
    assert "deir-jamal" not in places(gp, text)


def test_a_quarter_read_the_turkish_way_after_a_bearing_is_no_village(gp: Geoparser) -> None:
    # "Akıbe" read as Turkish writes Arabic is the old city's al-'Aqabeh quarter: a bearing
    # from a town names its villages, never a quarter of the city
    text = "Kasabanın güneybatısında Deyr Cemâl ile Akıbe bulunuyor."
    found = places(gp, text)
    assert "deir-jamal" in found
    assert "aqabeh" not in found
