"""The geoparser on wordings of other languages and agencies: lists joined by the "and" of
French or Turkish, the side of the city named as a part of it, Turkish spellings of the
quarters, names of villages that are no quarter of the city, and containers named after a
quarter."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about, of_aleppo


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French "et" is "and" between two names, not the article of "et-Tal"
        (
            "Des roquettes sont tombées sur les quartiers de Midane et Ramoussa, à Alep, "
            "faisant trois blessés.",
            ["midan", "ramouseh"],
        ),
        (
            "Les tirs ont visé les quartiers de Fardous, Sakhour, Midane et Salaheddine "
            "dans la ville d'Alep.",
            ["fardos", "sakhour", "midan", "salah-ad-din"],
        ),
        # Turkish "ve" lists a quarter after another, as "and" does
        (
            "Halep'in Şeyh Maksud ve Eşrefiye çevresinde sokağa çıkma yasağı ilan edildi.",
            ["sheikh-maqsoud", "ashrafiyeh"],
        ),
    ],
)
def test_a_list_joined_by_the_and_of_another_language_names_each_place(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


def test_a_french_and_between_two_words_is_no_surname_guard(gp: Geoparser) -> None:
    # "X et Ramoussa" is a list, not a given name and a surname ("Karam al-Ansari")
    assert places(gp, "Le quartier de Midane et Ramoussa ont été bombardés.") == [
        "midan",
        "ramouseh",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des familles fuient les combats dans l'est d'Alep, le 28 novembre 2016.", "east-aleppo"),
        ("Un convoi humanitaire attend dans l’Ouest d’Alep, le 3 décembre.", "west-aleppo"),
        ("Prosegue l'evacuazione dei civili ad Aleppo est, 20 dicembre 2016.", "east-aleppo"),
        ("Macerie nella parte est di Aleppo dopo i raid, 2 ottobre 2016.", "east-aleppo"),
        ("Civiles huyen en el este de Alepo, 30 de noviembre de 2016.", "east-aleppo"),
        (
            "Les bombardements ont repris sur les quartiers est d'Alep, le 15 novembre.",
            "east-aleppo",
        ),
        (
            "Des soldats patrouillent dans la partie ouest d'Alep, tenue par le régime.",
            "west-aleppo",
        ),
        ("Zivilisten harren im Ostteil Aleppos aus, 10. Dezember 2016.", "east-aleppo"),
        ("Macerie nella zona est di Aleppo dopo i raid aerei.", "east-aleppo"),
    ],
)
def test_the_side_of_the_city_named_as_its_part_is_that_side(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert places(gp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a direction from the city, not its side
        "Des rebelles tiennent une colline à l'est d'Alep, le 4 mai 2016.",
        "Combates al este de Alepo, 4 de mayo de 2016.",
        # French "est" is "is": the city, not its east
        "La ville la plus touchée est Alep, selon l'ONU.",
        "Alep est divisée depuis 2012.",
    ],
)
def test_a_side_word_that_is_a_direction_or_a_verb_is_not_the_side(
    gp: Geoparser, text: str
) -> None:
    assert places(gp, text) == ["aleppo"]


def test_a_name_only_turkish_writes_is_not_read_in_another_spelling(gp: Geoparser) -> None:
    # Başköy is Turkish for Qabasin; "Bashkoy", written otherwise, is a village of its own
    text = "Rebels shelled army positions in Bashkoy village, north of Aleppo, Feb. 3, 2016."
    assert "qabasin" not in places(gp, text)
    assert "bashkoy" in places(gp, text)  # in the gazetteer since session 12
    assert places(gp, "Suriye ordusu Başköy köyünde mevzi kurdu.") == ["qabasin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Turkish writes the Arabic a as e and j as c: Meadi (al-Ma'adi), Şear (ash-Sha'ar)
        (
            "Rejim helikopterleri Halep'in Meadi ve Şear mahallelerine varil bombası attı.",
            ["asileh", "shaar"],
        ),
        ("Sivil savunma ekipleri Halep'in Meşhed semtinde enkaz kaldırdı.", ["mashhad"]),
        ("Halep'te Kellese ve Meadi bölgelerinde 12 sivil öldü.", ["kallaseh", "asileh"]),
        # Anadolu's English keeps the Turkish spelling, next to a place word
        ("Russian jets struck the Meadi district of Aleppo on Oct. 12, 2016.", ["asileh"]),
        ("Medics search the rubble in the Cisr al-Hac neighborhood.", ["jisr-al-haj"]),
    ],
)
def test_a_turkish_spelling_with_e_for_a_names_the_quarter(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


def test_a_turkish_spelling_needs_a_place_word_or_a_case_ending(gp: Geoparser) -> None:
    # a capitalised word that reads as a quarter's name but stands where no place is named
    assert places(gp, "Meadi ailesi Halep'ten Gaziantep'e göç etti.") == ["aleppo"]


@pytest.mark.parametrize(
    ("text", "expected", "unknown"),
    [
        # "Arab" starts a village's name after "in" or before "village" ...
        (
            "Regime jets struck rebel positions in Arab Hasan village, west of Aleppo, "
            "Aug. 2, 2016.",
            ["aleppo"],
            ["Arab Hasan village"],
        ),
        ("Shells fell in Arab Hasan on Tuesday, activists said.", [], []),
        # ... and a village the gazetteer knows under its whole name keeps it
        ("Shells fell in Arab Ezza on Tuesday, activists said.", ["arab-ezza"], []),
        # ... but is a people's word before a quarter's name
        ("Residents of the predominantly Arab Shaar district queue for bread.", ["shaar"], []),
    ],
)
def test_arab_before_a_village_name_is_a_part_of_it(
    gp: Geoparser, text: str, expected: list[str], unknown: list[str]
) -> None:
    assert places(gp, text) == expected
    assert [str(u) for u in gp.unknown_places(text)] == unknown


def test_a_camp_is_named_before_its_kind(gp: Geoparser) -> None:
    text = "A displaced boy carries water in the Bab al-Salam refugee camp near Azaz, Jan. 2016."
    assert places(gp, text) == ["bab-al-salameh", "azaz"]


def test_a_quarter_that_says_where_another_is_is_not_a_second_place(gp: Geoparser) -> None:
    text = "A rocket shell killed two civilians in al-Shuhada neighbourhood in New Aleppo."
    assert places(gp, text) == ["shuhada"]
    # a quarter near another is a second place
    text = "Shells fell on al-Ashrafiyeh neighbourhood near Bani Zaid on Sunday."
    assert places(gp, text) == ["ashrafiyeh", "rasafeh"]


@pytest.mark.parametrize(
    "text",
    [
        "Civil defence workers clear rubble in Hreitan city northern Aleppo, May 3, 2017.",
        "Displaced families rest in Azaz, north Aleppo, on Feb. 6, 2016.",
        "Smoke rises over Anadan town in western Aleppo after air strikes.",
    ],
)
def test_a_side_of_aleppo_after_a_town_is_the_provinces_side(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in places(gp, text)
    assert len(places(gp, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired mortars at Jamiat al-Zahraa neighbourhood, west of the city.",
        "Clashes went on along the Jumiet al-Zahra front on Friday night.",
        "Shells hit Jamiyet al-Zahraa, in western Aleppo, on Oct. 30, 2016.",
    ],
)
def test_the_spellings_of_jamiyat_name_the_association_quarter(gp: Geoparser, text: str) -> None:
    # the quarter of the city (al-Zahraa association), not the town of Zahraa by Nubl
    assert places(gp, text)[0] == "zahra"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workers restore the vaulted al-Saqatiyah Market in the old city, July 2019.",
            "suq-saqatiya",
        ),
        ("Un boucher rouvre sa boutique dans le marché de Saqatiya, à Alep.", "suq-saqatiya"),
        ("Operai al lavoro nel mercato di al-Haddadin, ad Aleppo.", "suq-haddadin"),
    ],
)
def test_a_souq_is_named_with_the_word_for_a_market(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert places(gp, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government jets took off from the air base in Nayrab, east of the city.",
            "nayrab-airbase",
        ),
        ("Rebels shelled the military airport in Kuweires on Tuesday.", "kuweires-airbase"),
        # no base of the name: the village
        ("Soldiers rest at a base in Jibreen after the battle.", "jibreen"),
    ],
)
def test_a_base_before_in_and_a_name_is_the_base_of_that_name(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert places(gp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition fighters entered Nayrab village, northwest of Saraqib, on Feb. 3, 2020.",
        "Muhalifler, Serakib ilçesinin kuzeyinde yer alan Neyrab köyünü geri aldı.",
    ],
)
def test_a_village_placed_by_a_town_elsewhere_is_another_village(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the town elsewhere may be named)


def test_aleppo_central_park_is_the_public_park(gp: Geoparser) -> None:
    text = "Rocket shells fell in the vicinity of Aleppo central park, wounding civilians."
    assert places(gp, text) == ["public-park"]
    assert places(gp, "Families picnic in the central park in Aleppo on Friday.") == ["public-park"]
    assert places(gp, "Joggers run through Central Park in New York.") == []


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        # each name of a list after a plural place word and "of" is a name of its own
        (
            "Regime artillery hit the villages of Qubtan al-Jabal and Kafr Naseh, west of Aleppo, "
            "on Friday.",
            ["Qubtan al-Jabal villages", "Kafr Naseh villages"],
        ),
        (
            "Jets bombarded areas of Qwertya, Asdfa and Zxcvi overnight.",
            ["Qwertya areas", "Asdfa areas", "Zxcvi areas"],
        ),
        # ... and before a plural place word
        (
            "Shells fell on al-Sabil and al-Qwertyieh neighbourhoods in Aleppo on Sunday.",
            ["al-Qwertyieh neighbourhoods"],
        ),
        # a kind between the name and the place word
        ("Two women died when a shell hit the Shihan residential area on Sunday.", ["Shihan area"]),
    ],
)
def test_names_the_gazetteer_lacks_are_reported_one_by_one(
    gp: Geoparser, text: str, unknown: list[str]
) -> None:
    assert [str(u) for u in gp.unknown_places(text)] == unknown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the industrial city of Sheikh Najjar is a town of its own, outside the city)
        ("Halep'in Şeyh Necar sanayi bölgesinde yangın çıktı.", ["aleppo", "sheikh-najjar"]),
        ("Rebels fired mortar shells on Hay al-Zahraa, SANA said on Nov. 3, 2016.", ["zahra"]),
    ],
)
def test_words_of_names_in_turkish_and_arabic_name_the_quarter(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A boy rides a bicycle past ruins. (Photo by Baraa Al-Halabi/AFP via Getty Images)",
        "Firefighters at work after the blast. Photo: Fadi al-Halabi/AFP",
    ],
)
def test_a_surname_that_sounds_like_the_city_in_a_credit_is_a_person(
    gp: Geoparser, text: str
) -> None:
    assert places(gp, text) == []


def test_a_quarters_name_before_province_is_a_province_elsewhere(gp: Geoparser) -> None:
    text = "Iraqi troops advance near Baiji, in the Salaheddine province, on Oct. 20, 2015."
    assert places(gp, text) == []
    assert places(gp, "Rebels hold Aleppo's Salaheddine district, Aug. 2012.") == ["salah-ad-din"]


def test_a_city_elsewhere_after_district_of_is_no_unknown_name(gp: Geoparser) -> None:
    text = "A car bomb exploded in the Midan district of Damascus on Jan. 6, 2012."
    assert gp.unknown_places(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name with another proper name before "Brigade" is a group's name
        (
            "Militants of the so-called Shuhada Bader Brigade, positioned in Bani Zaid, "
            "fired rockets on Sunday.",
            ["rasafeh"],
        ),
        # words of kinds are no proper name: the group is named after the place
        ("Fighters of the Sheikh Maqsoud Military Council man a checkpoint.", ["sheikh-maqsoud"]),
        ("Rebels hold positions on the Ramouseh front, Aug. 6, 2016.", ["ramouseh"]),
    ],
)
def test_a_place_in_a_groups_name_is_no_place(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mohammed al-Shaar, 35, carries his wounded son to a clinic on Oct. 2, 2016.",
        "Ahmad al-Ansari (12) sells bread on a street corner.",
    ],
)
def test_a_surname_with_an_age_at_a_sentences_start_is_a_person(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == []


def test_the_old_town_of_aleppo_is_the_old_city(gp: Geoparser) -> None:
    assert places(gp, "Rubble fills an alley in the old town of Aleppo, Jan. 2017.") == ["old-city"]
    assert places(gp, "A family walks through the old town of Homs, May 2014.") == ["homs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit the Jibreen area of Aleppo on Dec. 5, 2016.", "jibreen"),
        ("Fire guts a factory in the Sheikh Najjar industrial zone of Aleppo.", "sheikh-najjar"),
        ("A car bomb went off in the Darat Izza district of Aleppo on Sunday.", "darat-izza"),
    ],
)
def test_the_city_that_says_where_a_place_outside_it_is_is_a_reference(
    gp: Geoparser, text: str, expected: str
) -> None:
    found = [(m.place_id, m.role, m.cue) for m in gp.find(text)]
    assert found == [(expected, "location", ""), ("aleppo", "mentioned", "reference")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sivil savunma ekipleri Halep'in Emevi Camii çevresinde çalışıyor.", ["umayyad-mosque"]),
        ("Yıkılan minare, Halep Emevi Camii, 2013.", ["umayyad-mosque"]),
        ("Moradores voltam à zona leste de Aleppo, janeiro de 2017.", ["east-aleppo"]),
        ("Turistas visitam a Cidadela de Aleppo em 2009.", ["citadel"]),
        # Damascus in Turkish sets the caption there
        ("Şam'daki Emevi Camii'nde cuma namazı kılındı.", []),
        ("Şam'ın Meydan mahallesinde bomba yüklü araç patladı.", []),
    ],
)
def test_turkish_and_portuguese_names_of_landmarks_and_sides(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Syrian Kurds flee Tal Abyad for Akcakale, near the Mashhad crossing, June 14, 2015.",
        "Smoke rises over the Hamidiyeh quarter of Tikrit on March 12, 2015.",
        "Mülteciler Suruç'ta Meşhed adlı çadır kentine yerleşti.",
    ],
)
def test_a_weak_match_in_a_caption_set_at_the_border_or_in_iraq_is_dropped(
    gp: Geoparser, text: str
) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the town elsewhere may be named)


def test_a_turkish_square_is_not_the_midan_quarter(gp: Geoparser) -> None:
    assert places(gp, "Göstericiler İstanbul'un Beyazıt Meydanı'nda toplandı.") == []
    assert places(gp, "Halep'in Meydan mahallesine roket atıldı.") == ["midan"]


def test_a_places_kind_between_a_cue_and_the_next_place_leaves_its_role(gp: Geoparser) -> None:
    found = gp.find("Families fled from Hreitan city to Azaz on Feb. 4, 2016.")
    assert [(m.place_id, m.role) for m in found] == [
        ("hreitan", "origin"),
        ("azaz", "destination"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Şeyh Maksud'dan kaçan aileler 7 Şubat 2016'da Afrin'e ulaştı.",
            [("sheikh-maqsoud", "origin"), ("afrin", "destination")],
        ),
        ("Halep'ten gelen aileler Kilis'teki kampa yerleşti.", [("aleppo", "origin")]),
        ("Yardım konvoyu Azez'e ulaştı.", [("azaz", "destination")]),
        ("Halep'te çatışmalar sürüyor.", [("aleppo", "location")]),
    ],
)
def test_turkish_case_endings_and_verbs_give_the_role(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place_id, m.role) for m in gp.find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: a flight from a quarter, an arrival in a village
        (
            "Des familles fuyant le quartier de Bustan al-Qasr arrivent à Jibreen, le 13 "
            "décembre 2016.",
            [("bustan-al-qasr", "origin"), ("jibreen", "destination")],
        ),
        (
            "Des civils évacués depuis Hanano vers Jibreen attendent des bus.",
            [("hanano", "origin"), ("jibreen", "destination")],
        ),
        # Spanish: "huyen de" and "hacia"
        (
            "Cientos de familias huyen de Sakhour hacia Jibreen bajo la lluvia.",
            [("sakhour", "origin"), ("jibreen", "destination")],
        ),
        # Italian: "sfollati da" and "verso"
        (
            "Civili sfollati da Hanano verso Jibreen, 28 novembre 2016.",
            [("hanano", "origin"), ("jibreen", "destination")],
        ),
    ],
)
def test_flight_and_arrival_words_of_other_languages_give_roles(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place_id, m.role) for m in gp.find(text)] == expected


def test_a_place_in_another_language_without_a_journey_keeps_its_location(
    gp: Geoparser,
) -> None:
    text = "Des enfants jouent dans une rue du quartier de Hanano, le 3 janvier 2017."
    assert [(m.place_id, m.role) for m in gp.find(text)] == [("hanano", "location")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian spellings of the quarters: Cyrillic read as Latin letters
        ("Разрушенные дома в квартале Тарык аль-Баб, Алеппо", ["tariq-al-bab"]),
        ("Жители возвращаются в район Ашрафия", ["ashrafiyeh"]),
        ("Фабрики в районе Бени-Зейд стоят без электричества", ["rasafeh"]),
    ],
)
def test_russian_spellings_of_the_quarters(gp: Geoparser, text: str, expected: list[str]) -> None:
    assert places(gp, text) == expected


def test_russian_words_that_are_no_names_stay_unmatched(gp: Geoparser) -> None:
    # a Russian caption set elsewhere names no place of the governorate
    assert places(gp, "Жители Москвы вышли на улицы в понедельник") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" and "in" written joined to the name: وبيانون (and Bayanoun), بحلب (in Aleppo)
        ("غارات على بلدتي حيان وبيانون في الريف الشمالي", ["hayyan", "bayanoun"]),
        ("افتتاح مدرسة في حي السكري بحلب", ["sukkari"]),
        ("قذائف على عندان وحريتان صباح اليوم", ["anadan", "hreitan"]),
    ],
)
def test_arabic_one_letter_words_joined_to_a_name(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


def test_an_arabic_name_starting_with_one_of_those_letters_keeps_matching(gp: Geoparser) -> None:
    # Bab al-Hadid starts with ب: written alone or after و it is the same gate
    assert places(gp, "ازدحام عند باب الحديد") == ["bab-al-hadid"]
    assert places(gp, "ازدحام في السكري وباب الحديد") == ["sukkari", "bab-al-hadid"]


# -- a photo credit glued to the place before it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "matched"),
    [
        ("Bakers knead dough in a bread factory in KobaniJane Doe/AFP", "kobani", "Kobani"),
        ("Pupils walk past a ruined school in the town of ManbijOmar Haj Kadour/AFP", "manbij",
         "Manbij"),
        ("Kurds dance after the jihadists were pushed out of Ain al-ArabJohn Smith/AFP",
         "kobani", "Ain al-Arab"),
        ("A man inspects a crater in al-BabMehmet Ali | Anadolu", "al-bab", "al-Bab"),
        ("Fighters rest by a wall in Tal RifaatAFP", "tall-rifaat", "Tal Rifaat"),
        ("Families walk through the rubble of the Hanano district in AleppoAmeer Alhalbi/AFP",
         "hanano", "Hanano"),
        ("A guard stands near an outpost in KobaniJohn McDonald/Reuters", "kobani", "Kobani"),
        ("Men sit outside a shop in JarablusAP", "jarabulus", "Jarablus"),
    ],
)  # fmt: skip
def test_a_credit_glued_to_the_place_before_it_is_read_apart(
    gp: Geoparser, text: str, place: str, matched: str
) -> None:
    found = {m.place_id: m for m in gp.find(text)}
    assert place in found
    m = found[place]
    assert text[m.start : m.end] == m.matched == matched


@pytest.mark.parametrize(
    "text",
    [
        "A man poses beside a McDonald sign in Beirut. AFP/John Doe",
        "Students film a YouTube clip on an iPhone in Gaziantep. Jane Doe/AFP",
        "A vendor sells PlayStation games in Istanbul's KadikoyAhmet Sik/AFP",
        "Refugees queue at the border near KilisJohn Doe/AFP",
    ],
)
def test_a_glued_credit_is_no_place_of_its_own(gp: Geoparser, text: str) -> None:
    assert [m.place_id for m in about(gp.find(text))] == []


def test_the_unknown_name_before_a_glued_credit_keeps_its_offsets(gp: Geoparser) -> None:
    text = "Boys play near the Qatma camp in the village of Kafr JannaJane Doe/AFP"
    for u in gp.unknown_places(text):
        assert text[u.start : u.end] == u.name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Militants patrol a road in the countryside of the Syrian Kurdish town of Kobani.",
         "kobani"),
        ("A burnt truck lies in the eastern countryside of the Kurdish town of Kobani.", "kobani"),
        ("Shepherds graze sheep in the western countryside of the northern town of Manbij.",
         "manbij"),
        ("Tents stand in the countryside of the border town of Azaz.", "azaz"),
    ],
)  # fmt: skip
def test_a_towns_countryside_is_located_at_the_town(gp: Geoparser, text: str, place: str) -> None:
    # the countryside of a town is near enough to it: the town is the located place
    assert [(m.place_id, m.role) for m in about(gp.find(text))] == [(place, "location")]
