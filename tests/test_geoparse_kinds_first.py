"""The geoparser on two kinds of wording of landmarks and villages (issue 14): the word for a
landmark's kind written before its name, as the Romance languages, Romanian, Polish and
Indonesian do ("la escuela al-Sheebani", "il fiume Queiq", "Piața Farhat"), or joined after it
as German does ("die Al-Khandaq-Straße") and Turkish does with the ending of a compound ("Kuds
Hastanesi", "Baron Oteli", "Queiq Nehri"), and a church's rite between its name and the word for
a church ("the Forty Martyrs Armenian church"); a village's name with the ending -ê of the
Kurdish oblique case ("Basûfanê", "Basufane"); and the Italian "ad", "ed" before a vowel after a
name of several words ("Sheikh Maqsud ad Aleppo"), which is no Arabic article (that is written
ad only before a d); and a village of the bulk list called a place by a comma and a side of
another in other languages ("X, norte de la provincia de Alepo", "X, au nord d'Alep")."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import of_aleppo


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- the word for a landmark's kind before its name ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a school
        ("Uma exposição na escola de al-Sheebani, em Alepo.", "shibani-school"),
        ("Turistas visitan la escuela al-Sheebani antes de la guerra, Alepo.", "shibani-school"),
        ("Un concerto nella scuola al-Shibani di Aleppo.", "shibani-school"),
        ("Une exposition à l'école al-Shibani, dans la vieille ville d'Alep.", "shibani-school"),
        # a river
        ("Crianças brincam no leito seco do rio Queiq, em Alepo.", "queiq-river"),
        ("Il fiume Queiq attraversa i quartieri occidentali di Aleppo.", "queiq-river"),
        ("Des corps ont été retrouvés dans la rivière Queiq à Alep.", "queiq-river"),
        ("El río Queiq, casi seco, cruza Alepo.", "queiq-river"),
        # a square, written before the name or joined after it
        ("Credincioși în Piața Farhat din Alep.", "farhat-square"),
        ("Des fidèles se rassemblent sur la place Farhat, à Alep.", "farhat-square"),
        ("Fieles en la plaza Farhat de Alepo tras la misa.", "farhat-square"),
        ("Gläubige auf dem Farhat-Platz in Aleppo.", "farhat-square"),
        # a church's cathedral in the Romance order, with its rite for a name
        ("La catedral maronita de Alepo, dañada por los combates.", "maronite-church"),
        ("Une messe dans la cathédrale maronite d'Alep.", "maronite-church"),
        ("Catedrala Maronită din Alep a fost redeschisă.", "maronite-church"),
        # a square named after a man, a hotel with a name of two words
        (
            "Des déplacés campent sur la place Saadallah al-Jabiri, à Alep.",
            "saadallah-al-jabiri-square",
        ),
        ("Un corteo in piazza Saadallah al-Jabiri ad Aleppo.", "saadallah-al-jabiri-square"),
        ("Ruines de l'hôtel Carlton, au pied de la citadelle d'Alep.", "carlton-citadel-hotel"),
        # a landmark named "National", the adjective in the language's own spelling
        ("Feriti portati all'Ospedale Nazionale di Aleppo.", "national-hospital"),
        ("Heridos trasladados al Hospital Nacional de Alepo.", "national-hospital"),
        ("Estátuas no pátio do Museu Nacional de Alepo.", "national-museum"),
        # a hotel
        ("L'Hotel Baron di Aleppo, chiuso da anni.", "baron-hotel"),
    ],
)
def test_kind_word_before_a_landmark(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Easter mass at the Forty Martyrs Armenian church in Aleppo.", "forty-martyrs-church"),
        ("A choir sings in the Forty Martyrs Armenian Cathedral, Aleppo.", "forty-martyrs-church"),
        ("People leave the Forty Martyrs Armenian Orthodox church.", "forty-martyrs-church"),
    ],
)
def test_rite_between_a_church_and_its_word(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a hospital, a stadium of the city: any one, no landmark of that name
        "Un hospital de Alepo fue bombardeado durante la noche.",
        "Un ospedale di Aleppo è stato colpito.",
        "Le stade d'Alep accueille des déplacés.",
        # a national hospital of another city
        "Los heridos llegaron al Hospital Nacional de Hama.",
        "L'ospedale nazionale di Idlib è pieno.",
        # English "place" and "square" as common words
        "The meeting took place in Damascus.",
        "A square of land was cleared near Idlib.",
        # a river, a street elsewhere
        "Il fiume Eufrate scorre vicino a Raqqa.",
        "La rue principale de Homs est détruite.",
    ],
)
def test_kind_word_before_no_landmark(gp: Geoparser, text: str) -> None:
    places = every(gp, text)
    # (the city of another governorate named may be found: Hama, Idlib, Damascus)
    assert not of_aleppo(gp, [p for p in places if p not in ("aleppo",)])


# -- a village in the Kurdish oblique case --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kurdish fighters patrol Basufane, a village in the Afrin countryside.", "basufan"),
        ("Shelling hit the villages of Kimare and Basufane in the Sherawa area.", "basufan"),
        ("Shelling hit the villages of Kimare and Basufane in the Sherawa area.", "kimar"),
        ("Families returned to Basûfanê village near Afrin.", "basufan"),
        ("Combatientes kurdas vigilan la aldea de Basufane, cerca de Afrin.", "basufan"),
    ],
)
def test_village_in_the_kurdish_oblique(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a village of the bulk list needs a place word in this case too
        "YPG fighters guard positions 400 m from Basufane.",
        "Kimare said the talks would go on.",
    ],
)
def test_oblique_of_a_bulk_village_needs_a_place_word(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []


# -- the Italian "ad" and "ed" before a vowel, after a name of several words ---------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Civili in fuga dal quartiere di Sheikh Maqsud ad Aleppo.", {"sheikh-maqsoud", "aleppo"}),
        ("Un soldato davanti alla moschea degli Omayyadi ad Aleppo.", {"umayyad-mosque", "aleppo"}),
        ("Macerie a Bustan al-Qasr ad Aleppo dopo i raid.", {"bustan-al-qasr", "aleppo"}),
        ("Tende per gli sfollati tra Tal Rifaat ed Azaz.", {"tall-rifaat", "azaz"}),
        ("Bambini giocano a Karm al-Jabal ad Aleppo est.", {"karm-aj-jabal"}),
    ],
)
def test_italian_ad_before_a_town(gp: Geoparser, text: str, places: set[str]) -> None:
    assert places <= set(every(gp, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the Arabic article before a d stays the name's
        ("Fighters in the Salah ad Din district of Aleppo.", "salah-ad-din"),
        ("Smoke over Salah ad-Din in Aleppo.", "salah-ad-din"),
    ],
)
def test_arabic_ad_before_d_stays_in_the_name(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


# -- a village, a comma and a side of another place, in other languages --------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Combatientes kurdas en Basufane, norte de la provincia de Alepo.", "basufan"),
        ("Familias desplazadas en Kimar, al sur de Afrin.", "kimar"),
        ("Des familles réfugiées à Basufan, au nord-ouest d'Alep.", "basufan"),
        ("Sfollati a Kimar, a nord di Aleppo.", "kimar"),
        ("Kurdische Kämpferinnen in Basufan, nördlich von Aleppo.", "basufan"),
        ("Koerdische strijders in Kimar, ten zuiden van Afrin.", "kimar"),
        ("Deslocados em Basufan, ao norte de Alepo.", "basufan"),
    ],
)
def test_bulk_village_with_a_foreign_side_after_its_comma(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kimar, est de retour à la maison.",  # French "is"
        "Basufan, sur la route, attendait.",  # French "on"
        "Kimar, este domingo, habló con la prensa.",  # Spanish "this"
    ],
)
def test_bulk_village_comma_no_side(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []


# -- the Turkish word for a landmark's kind after its name, in its case forms --------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Halep'teki Kuds Hastanesi hava saldırısında yıkıldı.", "al-quds-hospital"),
        ("Yaralılar Dar el Şifa Hastanesi'ne kaldırıldı.", "dar-al-shifa-hospital"),
        ("Halep'teki Baron Oteli yıllardır kapalı.", "baron-hotel"),
        ("Halep'te Carlton Oteli'nin kalıntıları.", "carlton-citadel-hotel"),
        ("Queiq Nehri'nin kuru yatağında çocuklar oynuyor.", "queiq-river"),
        ("Halep'teki Şeybani Okulu'nda bir sergi.", "shibani-school"),
        # a letter of the kind word written twice, a habit the other words of names have too
        ("Savaşçılar Halep Göz Hastannesi önünden geçiyor.", "aleppo-eye-hospital"),
        ("Yaralılar Kudüs Hastannesi'ne taşındı.", "al-quds-hospital"),
    ],
)
def test_turkish_kind_word_after_a_landmark(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Yaralılar Kilis Devlet Hastanesi'ne kaldırıldı.",
        "Yaralılar Gaziantep'teki bir hastaneye götürüldü.",
        "Taksim Meydanı'nda gösteri yapıldı.",
        "Fırat Nehri kıyısında sel.",
    ],
)
def test_turkish_kind_word_no_landmark(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []
