"""The geoparser on the Latin spellings of other languages' captions: x for kh or sh (Spanish,
Catalan, Portuguese), the letters of Polish, Czech and Hungarian (j, ch, sz, dż, š), Italian sc
and gi, the word for a sheikh in those languages, a name's article run on to it, a town's name
with two consonants swapped, a side's first letter before the city, and a short known name
inside a longer one that the gazetteer lacks. Each kind has its negatives: a word or a person
that must not become a place."""

from __future__ import annotations

import pytest

from aleppomap._names import foreign_readings, phonetic_key, phonetic_word
from aleppomap.geoparse import Geoparser
from context_places import about


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


def every_id(gp: Geoparser, text: str) -> set[str]:
    return {m.place_id for m in gp.find(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # x for kh (Spanish, Kurdish) or sh (Catalan, Portuguese)
        ("Varias familias huyen hacia al-Xafsa, al este de Alepo.", "khafsah"),
        ("Un camión de ayuda llega a al-Xafisa tras los combates.", "khafsah"),
        ("Combatents al voltant de Xan al-Asal, a l'oest d'Alep.", "khan-al-asal"),
        ("Restos de un blindado en Xan Tuman, al sur de Alepo.", "khan-tuman"),
        # the word for a sheikh, capitalised, before the name
        ("Una mujer cruza una calle de Xeic Maqsud, en Alepo.", "sheikh-maqsoud"),
        ("Duas crianças brincam em Xeque Maqsud, Alepo.", "sheikh-maqsoud"),
        ("Anak-anak bermain di Syekh Maqsoud, Aleppo.", "sheikh-maqsoud"),
        ("Dzieci bawią się na ulicy w Szejk Maksud w Aleppo.", "sheikh-maqsoud"),
        ("Děti si hrají ve čtvrti Šejch Maksúd v Aleppu.", "sheikh-maqsoud"),
        ("Gyerekek játszanak a Sejk Makszúd negyedben.", "sheikh-maqsoud"),
        # Polish, Czech and Hungarian letters for Arabic sounds
        ("Uchodźcy z Dżarabulus w Turcji.", "jarabulus"),
        ("Konvoj projíždí obcí Manbidž na severu Sýrie.", "manbij"),
        ("Bojownicy w Manbidżu, 2016.", "manbij"),
        ("Mieszkańcy dzielnicy Hamdanija w Aleppo.", "hamdaniyeh"),
        ("Zničená čtvrť Hamdáníja v Aleppu.", "hamdaniyeh"),
        ("Lidé ve čtvrti Ašrafíja v Aleppu.", "ashrafiyeh"),
        ("Wojska tureckie w Ajn al-Arab.", "kobani"),
        ("Wojska w Dajr Hafir na wschód od Aleppo.", "dayr-hafir"),
        ("Obyvatelé průmyslové zóny Šejch Naddžár u Aleppa.", "sheikh-najjar"),
        # Italian sc, gi
        ("Civili in fuga da Giarabulus verso Aleppo.", "jarabulus"),
        ("Sfollati nel quartiere di Sceich Maqsud, ad Aleppo.", "sheikh-maqsoud"),
        # Vietnamese đ
        ("Ngôi làng Đarat Izza gần Aleppo.", "darat-izza"),
        # two consonants of a town's name swapped
        ("Residents of Manjib queue for bread.", "manbij"),
        ("Fighters rest in Minjeb, northeast of Aleppo.", "manbij"),
        # the article run on to the name
        ("Smoke rises over the town of Alatarib, west of Aleppo.", "atarib"),
        ("A warplane over Aljarrah airbase east of Aleppo.", "jirah-airbase"),
        ("A boy walks through Assukkari after the shelling.", "sukkari"),
    ],
)
def test_a_spelling_of_another_alphabet_names_its_place(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the common noun of a sheikh, lower-case, is a person's title
        "El jeque Taha habló ante la multitud en la mezquita.",
        "O xeque Fares falou aos jornalistas.",
        "Lo sceicco Taha parla ai giornalisti.",
        # words with x, j, sz, gi that are no Arabic name
        "Alexander Maxim and Felix Texas pose for a photo in Mexico.",
        "Major Rajab and Sajid Majd met in Oxford.",
        "Mieszkańcy Szczecina i Gdańska w Krakowie.",
        "Giorgio Giacomo e Gianni sfilano a Genova.",
        "Xavier Mendez in Madrid with Alfred and Elias.",
    ],
)
def test_words_of_those_alphabets_name_no_place(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == []


def test_a_reading_keeps_the_words_of_names_as_written() -> None:
    # the word for a sheikh is read by its own table, not letter by letter
    assert foreign_readings(["Szejk", "Makszúd"]) == [["Szejk", "makshúd"]]
    assert foreign_readings(["Jabal", "Sayyid"]) == []  # English letters: nothing to read
    assert phonetic_word(foreign_readings(["Xan"])[0][0]) == phonetic_word("Khan")


def test_a_place_that_differs_by_one_letter_keeps_its_own_name(gp: Geoparser) -> None:
    # Khan Tuman and the village Tuman (Toman) are two places: the longer name read by sound
    # wins only when written as one name; alone, Tuman is the village
    assert ids(gp, "Restos de un blindado en Xan Tuman, al sur de Alepo.") == ["khan-tuman"]
    assert "khan-tuman" not in every_id(gp, "Shelling hit the village of Tuman.")
    # swapped consonants index no name another place has: Manbij's swaps are Manbij's only
    assert ids(gp, "Residents of Manbij queue for bread.") == ["manbij"]
    swapped = gp._swapped_sounds
    assert "mnjb" in swapped
    assert all(len(gp._phonetic_index[k][0]) == 1 for k in swapped)
    names = {phonetic_key(n) for p in gp.gazetteer for n in (p.name, *p.aliases) if n}
    assert not swapped & names  # no name of any place, the bulk villages' too, sounds so


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Strikes hit E. Aleppo on Monday.", "east-aleppo"),
        ("Evacuation buses leave E Aleppo, Dec. 15, 2016.", "east-aleppo"),
        ("Government forces in W. Aleppo fire rockets.", "west-aleppo"),
    ],
)
def test_a_side_written_as_its_first_letter(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "W Aleppo trwają walki.",  # Polish: in Aleppo
        "E Aleppo resta divisa.",  # Italian: and Aleppo
        "Photo by J. E. Aleppo.",  # initials of a person
        "Bombing hit I Aleppo.",
    ],
)
def test_a_letter_that_is_a_word_or_an_initial_is_no_side(gp: Geoparser, text: str) -> None:
    found = every_id(gp, text)
    assert not found & {"east-aleppo", "west-aleppo"}


def test_a_longer_name_the_gazetteer_lacks_is_not_a_short_one_inside_it(gp: Geoparser) -> None:
    text = "Shelling hit the village of Hor an-Naher, west of Aleppo."
    assert "hur" not in every_id(gp, text)
    assert [str(u) for u in gp.unknown_places(text)] == ["Hor an-Naher village"]
    # the short name alone is still the village
    assert "hur" in ids(gp, "Shelling hit the village of Hur, west of Aleppo.")
