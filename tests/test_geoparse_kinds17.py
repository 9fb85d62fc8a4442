"""The geoparser on kinds of wording that missed places in German, Portuguese, Albanian and
Chinese captions (issue 14): a town's name after a German noun (no given name before a
surname), a name after "Stadt"/"Ort" and an article, German's j for the Arabic y, Albanian's t on
a name in -i, a Latin name glued to Chinese words, Portuguese words for a village, a side's zone
named without the city; and a German inflected word after "des" that only sounds like a
village."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- a German noun before a town's name, not a given name before a surname ------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town's name in the German genitive after a noun first in its sentence
        ("Bewohner Manbidschs feiern auf den Straßen.", "manbij"),
        ("Kinder Kobanes spielen zwischen den Trümmern.", "kobani"),
        ("Schwere Kämpfe in Aleppo. Bewohner Afrins fliehen nach Norden.", "afrin"),
        # a German noun by its ending
        ("Die Verteidigungseinheiten Kobane halten die Stellungen.", "kobani"),
        ("Die Befreiung Manbidschs dauerte zwei Monate.", "manbij"),
        ("Die Bevölkerung Afrins ist geflohen.", "afrin"),
        # a noun in the genitive after "des"
        ("Das Symbol des Widerstands Kobane ist zerstört.", "kobani"),
    ],
)
def test_town_after_a_german_noun(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Krankenwagen des Roten Halbmondes stehen bereit.",
        "Helfer des Roten Kreuzes verteilen Decken.",
        "Ein Sprecher des Syrischen Roten Halbmondes sagte, die Lage sei ernst.",
        "Die Kinder spielen im Hof.",
    ],
)
def test_german_inflected_word_no_village_by_sound(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []


# -- a name with its article after a place's noun ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebellen melden die Einnahme der Stadt Al-Bab.", "al-bab"),
        ("Kämpfer in der Stadt Al-Bab im Norden Syriens.", "al-bab"),
        ("Der Konvoi hat den Ort Al-Raschidin erreicht.", "rashidin"),
        ("Türkische Panzer stehen vor dem Dorf Al-Rai.", "al-rai"),
        ("Rebels entered the town Al-Bab on Sunday.", "al-bab"),
    ],
)
def test_name_with_article_after_place_noun(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


def test_surname_with_article_still_no_place(gp: Geoparser) -> None:
    assert every(gp, "Photo by Karam Al-Masri") == []


# -- German j for the Arabic y -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Umajjaden-Moschee am 3. Mai 2008.",
        "Blick auf die Umajjadenmoschee in der Altstadt.",
        "Umajjaden-Moschee nach den Kämpfen",
    ],
)
def test_german_j_for_y(gp: Geoparser, text: str) -> None:
    assert "umayyad-mosque" in every(gp, text)


# -- Albanian t on a name in -i ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Luftime në periferi të Kobanit, në Siri.",
        "Refugjatët e Kobanit kalojnë kufirin sirian.",
    ],
)
def test_albanian_t_on_final_i(gp: Geoparser, text: str) -> None:
    assert "kobani" in every(gp, text)


# -- a Latin name glued to Chinese or Japanese words ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("库尔德人控制了Kobani城的大部分地区", "kobani"),
        ("叙利亚Afrin地区的难民", "afrin"),
        ("武装分子在Manbij附近集结", "manbij"),
    ],
)
def test_latin_name_glued_to_cjk(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


def test_latin_word_glued_to_cjk_no_place(gp: Geoparser) -> None:
    assert every(gp, "图为AFP记者拍摄的照片") == []


# -- Portuguese words for a village --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesto no vilarejo de Marea contra o regime", "marea"),
        ("Manifestantes no povoado de Marea, ao norte de Aleppo", "marea"),
        ("Uma cidadezinha chamada Anadan, perto da fronteira", "anadan"),
    ],
)
def test_portuguese_village_words(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


def test_portuguese_common_word_no_village(gp: Geoparser) -> None:
    assert every(gp, "A maré subiu. Marea é uma palavra italiana.") == []


# -- a side's zone, the city named in the caption ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Aleppo, dezembro de 2016. Cerca de metade da zona leste está destruída.", "east-aleppo"),
        ("Ad Aleppo si combatte ancora nella zona est.", "east-aleppo"),
        ("Alepo, 2016: los vecinos vuelven a la zona oeste.", "west-aleppo"),
    ],
)
def test_side_zone_of_the_named_city(gp: Geoparser, text: str, side: str) -> None:
    assert side in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cerca de metade da zona leste está destruída.",  # no city named
        "Ad Aleppo. Le forze avanzano verso la zona est di Raqqa.",
        "Bombardements à Alep. La ligne de front entre l'Est et l'Ouest.",
    ],
)
def test_side_zone_needs_the_city(gp: Geoparser, text: str) -> None:
    assert not {"east-aleppo", "west-aleppo"} & set(every(gp, text))


# -- a side's word right after the quarters' noun ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side", "matched"),
    [
        (
            "Alep sous les bombes. Des familles ont quitté les quartiers Est, repris par l'armée.",
            "east-aleppo",
            "quartiers Est",
        ),
        ("Alep, 2016: les quartiers ouest sont épargnés.", "west-aleppo", "quartiers ouest"),
        ("Ad Aleppo i civili lasciano i quartieri est.", "east-aleppo", "quartieri est"),
        ("Aleppo: moradores deixam os bairros leste.", "east-aleppo", "bairros leste"),
    ],
)
def test_side_after_the_quarters_noun(gp: Geoparser, text: str, side: str, matched: str) -> None:
    found = {m.place_id: m.matched for m in gp.find(text)}
    assert found.get(side) == matched


@pytest.mark.parametrize(
    "text",
    [
        "Alep est détruite. L'Est et l'Ouest se regardent.",
        "Combats à Idleb: les quartiers est ont été bombardés.",
        "Aleppo. I quartieri est di Damasco sono stati bombardati.",
        "La lista dei quartieri di Aleppo è lunga.",
    ],
)
def test_side_word_alone_no_side(gp: Geoparser, text: str) -> None:
    assert not {"east-aleppo", "west-aleppo"} & set(every(gp, text))
