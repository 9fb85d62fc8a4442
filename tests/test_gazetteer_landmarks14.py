"""Landmarks and other names captions use for places of Aleppo (issue 14): the Palace of Justice,
the crossing by the old car pound, al-Dabbeet hospital, the al-Shihan roundabout, the thermal
power plant and the 1070 apartments in more wordings, Kobani's other names, a base's "in" after a
comma, and Arabic and Persian names that are also common words ("الحاضر", "میدان").

The captions are written for these tests in the manner of agency photo captions.
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser
from test_gazetteer import haversine_m


def ids(gp: Geoparser, caption: str) -> list[str]:
    return [m.place_id for m in gp.find(caption)]


# ----------------------------------------------------------------------- the new landmarks


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("A rebel fighter aims at the Justice Palace, held by government troops, in Aleppo.",
         "justice-palace"),
        ("Lawyers leave the Palace of Justice in the government-held west of Aleppo.",
         "justice-palace"),
        ("Snipers fire from the Aleppo Palace of Justice at the Bani Zeid front line.",
         "justice-palace"),
        ("Des combattants rebelles près du palais de justice d'Alep.", "justice-palace"),
        ("Residents queue at the Garage crossing between the two halves of Aleppo.",
         "garage-crossing"),
        ("A woman carries bread across the Bustan al-Qasr crossing in Aleppo.",
         "garage-crossing"),
        ("Des civils franchissent le passage du Garage, à Alep, sous le feu des snipers.",
         "garage-crossing"),
        ("Firefighters put out a blaze at al-Dabbeet hospital in government-held Aleppo.",
         "dabbeet-hospital"),
        ("Nurses evacuate newborns from the al-Dabeet hospital after rocket fire, Aleppo.",
         "dabbeet-hospital"),
        ("Des pompiers devant l'hôpital al-Dabbeet, à Alep.", "dabbeet-hospital"),
        ("Syrian troops stand guard at the Shihan roundabout in north-western Aleppo.",
         "shihan-roundabout"),
        ("Soldados sirios cerca de la rotonda de al-Shihan, en Alepo.", "shihan-roundabout"),
        ("Edifícios destruídos perto da rotunda de al-Sheehan, em Alepo.", "shihan-roundabout"),
        ("Un tecnico ispeziona la centrale termica di Aleppo dopo i combattimenti.",
         "aleppo-thermal-power-plant"),
        ("Troops secure the thermal power plant of Aleppo after Islamic State fighters left.",
         "aleppo-thermal-power-plant"),
        ("Pro-government fighters walk through the 1070 apartments project, Aleppo.",
         "1070-apartments"),
        ("Een concert op de binnenplaats van de al-Shibani school in Aleppo.", "shibani-school"),
        ("The courtyard of the al-Sheebani school in the Old City of Aleppo.", "shibani-school"),
        ("Das Goethe-Institut in der asch-Schibani-Schule in Aleppo.", "shibani-school"),
        ("فناء مدرسة الشيباني في حلب القديمة", "shibani-school"),
    ],
)  # fmt: skip
def test_landmarks_of_the_city_are_named(gp: Geoparser, caption: str, place: str) -> None:
    assert place in ids(gp, caption)


def test_a_palace_of_justice_abroad_is_not_aleppos(gp: Geoparser) -> None:
    found = ids(gp, "Lawyers protest outside the Palace of Justice in Damascus.")
    assert found == ["damascus"]  # the city, not Aleppo's palace
    assert "justice-palace" not in ids(gp, "Judges arrive at the Palace of Justice in Homs.")


def test_the_new_landmarks_lie_where_their_sources_put_them(gazetteer: Gazetteer) -> None:
    def metres(a: str, b: str) -> float:
        p, q = gazetteer.get(a), gazetteer.get(b)
        return haversine_m(p.lon, p.lat, q.lon, q.lat)

    # at or between the quarters their descriptions name
    assert metres("justice-palace", "belleramoon") < 10
    assert metres("justice-palace", "zahra") < 3_000  # "in the al-Zahra quarter" (Prensa Latina)
    assert metres("dabbeet-hospital", "muhafaza") < 10
    assert metres("garage-crossing", "bustan-al-qasr") < 1_500
    assert metres("garage-crossing", "masharqa") < 1_500
    assert metres("shihan-roundabout", "ashrafiyeh") < 2_000
    assert metres("shibani-school", "jalloum") < 500  # in aj-Jalloum (its article)
    for pid in ("justice-palace", "dabbeet-hospital", "garage-crossing", "shihan-roundabout"):
        assert gazetteer.get(pid).kind == "landmark"
        assert metres(pid, "aleppo") < 8_000


# ------------------------------------------------------------------------- other names


@pytest.mark.parametrize(
    "caption",
    [
        "Kurdish fighters in Kobani, which Arabs call Ayn Arab.",
        "Smoke rises over Ain Arab, the Kurdish town on the Turkish border.",
        "Жители возвращаются в Кобани после боев.",
        "Турецкие военные у Кобане.",
    ],
)
def test_kobanis_other_names(gp: Geoparser, caption: str) -> None:
    assert ids(gp, caption) == ["kobani"]


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("The army took villages including Bashkuwi north of Aleppo.", "bashkoy"),
        ("Troops took the villages of Sifat and Bashkuwi.", "seifat"),
        ("Fighting raged in Hardatain and Ratain, north of Aleppo.", "hardatnain"),
    ],
)
def test_village_spellings_of_the_2015_reports(gp: Geoparser, caption: str, place: str) -> None:
    assert place in ids(gp, caption)


def test_sifat_alone_is_no_village(gp: Geoparser) -> None:
    assert "seifat" not in ids(gp, "Sifat is a brand of soap sold across the region.")


# ------------------------------------------------ a base's "in" after a comma or a possessive


@pytest.mark.parametrize(
    ("caption", "base"),
    [
        ("A rebel at the Menagh military airport, in Aleppo's countryside.", "menagh-airbase"),
        ("Fighters at Kuweires airport, in Aleppo's eastern countryside.", "kuweires-airbase"),
        ("Rebels shell the Menagh airbase, in the northern Aleppo countryside.",
         "menagh-airbase"),
    ],
)  # fmt: skip
def test_a_place_after_a_comma_is_not_the_base(gp: Geoparser, caption: str, base: str) -> None:
    found = ids(gp, caption)
    assert base in found
    assert "aleppo-airport" not in found


def test_the_airport_in_aleppo_is_still_aleppos(gp: Geoparser) -> None:
    assert "aleppo-airport" in ids(gp, "Planes hit the airport in Aleppo.")


# ------------------------------------------- Arabic and Persian names that are common words


@pytest.mark.parametrize(
    "caption",
    [
        "عاد الأهالي إلى بلدة الحاضر في ريف حلب الجنوبي.",
        "هم اکنون مردم به منطقه «الحاضر» بازگشتند.",
        'نیروهای ارتش وارد شهر "الحاضر" شدند.',
    ],
)
def test_al_hader_beside_a_place_word(gp: Geoparser, caption: str) -> None:
    assert "al-hader" in ids(gp, caption)


@pytest.mark.parametrize(
    "caption",
    [
        "الوضع الحاضر في المدينة صعب.",
        "في الوقت الحاضر يعيش النازحون في خيام.",
    ],
)
def test_the_present_is_not_al_hader(gp: Geoparser, caption: str) -> None:
    assert "al-hader" not in ids(gp, caption)


@pytest.mark.parametrize(
    "caption",
    [
        'درگیری ها در میدان "النعناعی" ادامه دارد.',  # the square of ...
        "مردم در میدان سعدالله الجابری جمع شدند.",
        "مردم در میدان آزادی تهران تجمع کردند.",
        "الجنود في الميدان منذ الصباح.",  # in the field
    ],
)
def test_a_square_or_a_field_is_not_the_midan_quarter(gp: Geoparser, caption: str) -> None:
    assert "midan" not in ids(gp, caption)


@pytest.mark.parametrize(
    "caption",
    [
        "اشتباكات في حي الميدان بحلب.",
        "مردم در محله میدان حلب جمع شدند.",
        "Clashes in al-Midan district of Aleppo.",
    ],
)
def test_the_midan_quarter_beside_a_place_word(gp: Geoparser, caption: str) -> None:
    assert "midan" in ids(gp, caption)


# ------------------------------------------------- a sentence's first word before a name


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("Руины Кобани после боев.", "kobani"),
        ("Жители Манбиджа возвращаются домой.", "manbij"),
        ("Улицы Азаза опустели после обстрела.", "azaz"),
        ("Мешканці Манбіджа на ринку.", "manbij"),
    ],
)
def test_a_plural_noun_first_in_a_sentence_is_no_given_name(
    gp: Geoparser, caption: str, place: str
) -> None:
    assert ids(gp, caption) == [place]


@pytest.mark.parametrize(
    "caption",
    [
        "Надира Азиз рассказала журналистам о боях.",  # a given name and a surname
        "Али Азиз сказал, что бои продолжаются.",
        "Nadhira Aziz told reporters about the fighting.",
    ],
)
def test_a_given_name_still_hides_a_surname(gp: Geoparser, caption: str) -> None:
    assert ids(gp, caption) == []


# ------------------------------------------------------- a number before a quarter's word


@pytest.mark.parametrize(
    "caption",
    [
        "Soldiers stand amid ruins in Aleppo's 1070 district after troops took it.",
        "Pro-government fighters patrol the 1070 neighbourhood in south-west Aleppo.",
        "Rebels shelled the 1070 apartments from Khan Tuman.",
    ],
)
def test_the_1070_quarter_by_its_number(gp: Geoparser, caption: str) -> None:
    assert "1070-apartments" in ids(gp, caption)


@pytest.mark.parametrize(
    "caption",
    [
        "About 1070 people fled the district on Monday.",
        "The 2016 district elections were postponed in Aleppo.",
        "Fighters in the 3000 district of Aleppo.",  # a number the gazetteer does not know
    ],
)
def test_other_numbers_are_no_quarter(gp: Geoparser, caption: str) -> None:
    assert "1070-apartments" not in ids(gp, caption)


# ------------------------------------------------------------ an Arabic side after "side"


@pytest.mark.parametrize(
    ("caption", "side"),
    [
        ("استعادت القوات الحكومية معظم الجانب الشرقي من حلب.", "east-aleppo"),
        ("سقطت قذائف على الطرف الغربي من مدينة حلب.", "west-aleppo"),
        ("عاد السكان إلى الشق الشرقي من حلب.", "east-aleppo"),
    ],
)
def test_a_side_of_the_city_after_the_word_for_side(gp: Geoparser, caption: str, side: str) -> None:
    assert ids(gp, caption) == [side]


def test_beside_the_city_is_no_side(gp: Geoparser) -> None:
    assert ids(gp, "وقف الأهالي إلى جانب حلب في محنتها.") == ["aleppo"]
