"""The geoparser where a caption's context decides: a caption set outside the governorate, a
given name before a surname that sounds like a town, a whole name the gazetteer lacks, short
phonetic keys, and spellings of Kurdish and German."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about, of_aleppo


def places(gp: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(m.place_id, m.role) for m in about(gp.find(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops rest in the Old City of Mosul on July 3, 2017.",
        "A family walks past ruins in the old city of Homs, May 9, 2014.",
        "Mourners gather in the Old City after an airstrike on west Mosul, June 20, 2017.",
        "Boys play near the Al-Wafa clinic in the Shejaia district of Gaza City, Aug. 6, 2014.",
        "Displaced families ride a truck out of the Haydarat area, north of Raqqa, June 8, 2017.",
        "Aileler Şam'ın Kazaz ve Sabil mahallelerine, Humus'ta ise köylere yerleşiyor.",
        "Druze residents gather in the town of Shahba in Sweida province, Aug. 2015.",
        # a landmark of the city's name is another city's landmark there
        "Worshippers leave the Umayyad Mosque in Damascus after Friday prayers, May 2010.",
    ],
)
def test_a_caption_set_elsewhere_names_no_place_of_aleppo_by_a_weak_match(
    gp: Geoparser, text: str
) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the city elsewhere may be named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city, a town, a proper name of several words: a strong match keeps the caption here
        (
            "A general view of Aleppo, 350 km north of Damascus, with its ancient citadel "
            "on the skyline, March 4, 2009.",
            [("citadel", "location")],
        ),
        (
            "Displaced people from Maskana reach Tal Abyad, Raqqa province, June 16, 2015.",
            [("maskanah", "origin"), ("tal-abyad", "destination")],
        ),
        (
            "Syrians wait at the Bab al-Salameh crossing near Kilis, Feb. 8, 2016.",
            [("bab-al-salameh", "location")],
        ),
        # a place outside that is a journey's end does not set the caption there
        (
            "Buses leave Sukkari for Idlib on Dec. 16, 2016.",
            [("sukkari", "origin"), ("idlib", "destination")],
        ),
        (
            "Families from Homs arrive in the Sukkari district on March 2, 2014.",
            [("homs", "origin"), ("sukkari", "destination")],
        ),
    ],
)
def test_a_strong_match_or_a_journey_keeps_the_caption_in_aleppo(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samira Aziz, 34, sits in her kitchen in Jibreen on Jan. 5, 2017.", ["jibreen"]),
        ("Fighters of Liwa Salaheddin rest in Hanano on Aug. 2, 2012.", ["hanano"]),
        # a Turkish case ending makes the word a place whatever stands before it
        ("Aileler Azez'de çadırlarda kalıyor.", ["azaz"]),
        ("Rebels fire from the town of Kafr Naya, Sept. 3, 2015.", ["kafr-naya"]),
    ],
)
def test_a_surname_after_a_given_name_is_no_place(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


def test_a_whole_name_the_gazetteer_lacks_is_not_matched_by_a_part_of_its_sound(
    gp: Geoparser,
) -> None:
    text = "Turkish-backed rebels advance in the Marj Dabiq area on Oct. 12, 2016."
    assert gp.find(text) == []
    assert [u.name for u in gp.unknown_places(text)] == ["Marj Dabiq"]


def test_a_short_phonetic_key_needs_a_name_written_like_the_places(gp: Geoparser) -> None:
    # Bayanoun's consonants are Banan's too: the name written like Bayanoun's is the one
    text = "Shelling hit the town of Bayanoun, north of the city, on Tuesday."
    assert [m.place_id for m in about(gp.find(text))] == ["bayanoun"]
    assert gp.unknown_places(text) == []


@pytest.mark.parametrize(
    ("name", "expected", "unknown"),
    [
        # a consonant between two vowels more makes another name: Hayyan is not Hilan (it is
        # the town Hayyan, which the gazetteer has had since session 12)
        ("Hayyan", ["hayyan"], []),
        ("Hayan", ["hayyan"], []),
        # a consonant left out of a cluster is a spelling: al-Fidous is al-Firdous
        ("al-Fidous", ["fardos"], []),
        ("Hailan", ["hilan"], []),
    ],
)
def test_a_fuzzy_match_keeps_the_syllables_of_the_name(
    gp: Geoparser, name: str, expected: list[str], unknown: list[str]
) -> None:
    text = f"Shelling hit the town of {name}, north of the city, on Tuesday."
    assert [m.place_id for m in about(gp.find(text))] == expected
    assert [u.name for u in gp.unknown_places(text)] == unknown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Families return to Heleb after the fighting, Dec. 30, 2016.", ["aleppo"]),
        ("Rauch steigt über Aleppos Altstadt auf, 2. Dezember 2016.", ["old-city"]),
        ("Schutt vor einem Haus in Aleppos Zentrum, 2. Dezember 2016.", ["aleppo"]),
        # an s on a final a makes another word: Hamas is not Hama, nor Safiras Safira
        ("Kämpfer der Hamas in Gaza-Stadt, 4. August 2014.", []),
        ("Ein Markt im Zentrum Safiras, 3. Mai 2015.", []),
    ],
)
def test_kurdish_and_german_genitive_spellings_of_a_city(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Osten von Aleppo fehlt es an Ärzten, 28. September 2016.", ["east-aleppo"]),
        ("Zerstörte Häuser im Osten Aleppos, 14. Dezember 2016.", ["east-aleppo"]),
        ("Familien aus dem Westen von Aleppo, 3. Oktober 2016.", ["west-aleppo"]),
        # an adverb of direction names a point beside the city, not its side
        ("Dörfer östlich von Aleppo, 3. Oktober 2016.", ["aleppo"]),
    ],
)
def test_the_east_of_the_city_in_german_is_its_side(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops push into rebel-held east Aleppo through Jabal Badro, Nov. 27, 2016.",
            [("east-aleppo", "mentioned"), ("jabal-badro", "destination")],
        ),
        # without a word of who holds it, the finer place alone is the photo's
        (
            "Troops push into east Aleppo through Jabal Badro, Nov. 27, 2016.",
            [("jabal-badro", "destination")],
        ),
        # the whole city is held by no one side: "the rebel-held part of Aleppo" is the part
        (
            "A boy walks in Sukkari, in the rebel-held part of Aleppo, Dec. 2, 2016.",
            [("sukkari", "location")],
        ),
    ],
)
def test_a_part_of_the_city_named_with_who_holds_it_stays_beside_a_finer_place(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname that is a city's name, and a road named after its ends, set nothing there
        ("Brig. Gen. Ali Hama inspects troops in Hanano on Dec. 1, 2016.", ["hanano"]),
        (
            "Trucks queue in Sukkari before the Damascus-Aleppo highway opens, Feb. 2017.",
            ["sukkari"],
        ),
    ],
)
def test_a_name_of_a_place_outside_that_names_no_place_sets_nothing(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un ribelle corre nella città vecchia di Aleppo, 21 luglio 2014.", ["old-city"]),
        ("Soldados en la ciudad vieja de Alepo, 22 de diciembre de 2016.", ["old-city"]),
        # and the old city of another city is not Aleppo's
        ("Turisti nella città vecchia di Damasco, 3 maggio 2010.", ["damascus"]),
    ],
)
def test_the_old_city_with_the_adjective_after_the_noun(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters rest in Deir Hafer, in eastern Aleppo, on March 5, 2017.", ["dayr-hafir"]),
        (
            "Troops hold Juruf village near Kuweires military airport in the eastern part of "
            "Aleppo on Dec. 26, 2015.",
            ["jeruf", "kuweires-airbase"],
        ),
        ("Families shelter in al-Bab in eastern Aleppo countryside, Feb. 2017.", ["al-bab"]),
        # a side of the city that is where people go stays
        (
            "Buses from Khan al-Asal arrive in east Aleppo on Dec. 18, 2016.",
            ["khan-al-asal", "east-aleppo"],
        ),
    ],
)
def test_a_side_of_aleppo_that_locates_a_place_outside_the_city_is_the_provinces(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La bibliothèque de la grande mosquée des Omeyyades d’Alep, 20 décembre 2016.", True),
        ("Soldati nel cortile della moschea degli Omayyadi, 14 dicembre 2016.", True),
        ("Die zerstörte Umayyaden-Moschee in Aleppo, 14. Dezember 2016.", True),
        # and Damascus has one of its own
        ("La mosquée des Omeyyades de Damas, 3 mai 2010.", False),
    ],
)
def test_the_mosque_of_the_umayyads_in_french_italian_and_german(
    gp: Geoparser, text: str, expected: bool
) -> None:
    assert ("umayyad-mosque" in [m.place_id for m in about(gp.find(text))]) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter left out of a five-letter name next to a place word
        ("Un uomo nel quartiere al-Fidous di Aleppo, 14 luglio 2014.", ["fardos"]),
        # but not two letters, nor a name of four letters
        ("A man in the Fidus al-Kabir district on Monday.", []),
    ],
)
def test_a_short_name_next_to_a_place_word_with_a_letter_left_out(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Una mujer come en un refugio de Jibreen, en Alepo, el 30 de noviembre.", ["jibreen"]),
        ("Families rest in Azaz, Aleppo, on Aug. 16, 2012.", ["azaz"]),
        # the city as where people go is a place of its own
        ("Residents fled from Jibreen to Aleppo on Dec. 1, 2016.", ["jibreen", "aleppo"]),
        (
            "Cientos huyen hacia el barrio kurdo de Sheij Maqsud, 30 de noviembre.",
            ["sheikh-maqsoud"],
        ),
        ("Un local en el casco viejo de Alepo, 11 de diciembre de 2016.", ["old-city"]),
    ],
)
def test_the_city_after_a_place_outside_it_and_spanish_spellings(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


def test_a_side_of_aleppo_before_countryside_alone_is_no_place(gp: Geoparser) -> None:
    assert gp.find("Rebels rest in eastern Aleppo countryside, Sept. 30, 2016.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish nouns of landmarks, after the city's name as Turkish writes them
        ("Halep Uluslararası Havalimanı'nda uçuşlar durdu, 7 Ocak 2016.", ["aleppo-airport"]),
        ("Halep Kalesi önünde askerler, 22 Aralık 2016.", ["citadel"]),
        ("Esed güçleri Mesekin Hananu bölgesini vurdu, 3 Haziran 2014.", ["hanano"]),
        # the ending -eyeh for -iyeh, and the article run on to the name
        (
            "Rockets hit al-Hamdaneyeh and alAzameyeh districts on Monday.",
            ["hamdaniyeh", "aazamiyeh"],
        ),
    ],
)
def test_turkish_landmark_nouns_and_sana_spellings(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place followed by a country's name is in that country
        ("Turkish tanks wait near the border, seen from Karkamis, Turkey, Aug. 24, 2016.", []),
        ("Smoke over Jarabulus, Syria, seen from Karkamis, Turkey, Aug. 24, 2016.", ["jarabulus"]),
        # the city as a distance's end is a reference point
        (
            "Families shelter in a centre in Jibrin, ten kilometres from Aleppo city, Jan. 2017.",
            ["jibreen"],
        ),
        # names listed after a plural place word, spelt with a vowel left out
        (
            "Jets struck six districts, including al-Hallok and al-Fardos, Feb. 4, 2016.",
            ["trab-al-hellok", "fardos"],
        ),
        ("A barrel bomb hit the al-Hulk neighbourhood on June 1, 2014.", ["trab-al-hellok"]),
    ],
)
def test_countries_distances_and_lists_of_districts(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun or an adjective before a name is no given name
        ("Kinder spielen in der Stadt Azaz, 3. März 2016.", ["azaz"]),
        ("Flüchtlinge im Dorf Anadan, 5. Februar 2016.", ["anadan"]),
        ("Refugees queue in the Palestinian Nayrab camp, May 2, 2013.", ["nayrab"]),
    ],
)
def test_a_noun_or_adjective_before_a_name_is_no_given_name(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun with no article, followed by "of" and the city in another language
        ("Grande Mesquita de Aleppo (antes). O minarete caiu em 2013.", "umayyad-mosque"),
        ("Gran Mezquita de Alepo, vista desde el patio, 2009.", "umayyad-mosque"),
        ("Citadelle d'Alep au coucher du soleil, 2010.", "citadel"),
        # the old city as Portuguese and French call it
        ("Soldados caminham no centro histórico de Aleppo.", "old-city"),
        ("Des habitants dans le centre historique d'Alep.", "old-city"),
        ("Um soldado de guarda no centro histórico da cidade de Aleppo.", "old-city"),
    ],
)
def test_a_common_noun_of_aleppo_in_other_languages(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert next(m.place_id for m in gp.find(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Grande Mesquita de Damasco (antes), 2009.",
        "Citadelle de Homs au coucher du soleil.",
        "Soldados caminham no centro histórico de Homs.",
        # the historic centre of a city not named is no place of Aleppo
        "Les insurgés quittent le centre historique de la troisième ville du pays.",
        "Turistas passeiam pelo centro histórico, junho de 2009.",
    ],
)
def test_a_common_noun_of_another_city_is_not_aleppos(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, [m.place_id for m in about(gp.find(text))]) == []
