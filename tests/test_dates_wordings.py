"""Dates: the rarer wordings of the day (relative days, weekdays and months of other
languages, ranges, pairs of pictures) and the cheap test that lets captions reach them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import date_cases
from aleppomap.dates import _FOREIGN_WEEKDAY_NUMBER, _RELATIVE_DAYS, _may_be_rare, add_dates

TUE_13 = "2016-12-13"  # a Tuesday


def dated(caption: str, gallery_date: str = TUE_13) -> pd.Series:
    """The date columns ``add_dates`` gives ``caption`` in a gallery of ``gallery_date``."""
    return date_cases.dated_row(caption, gallery_date)


def assert_dated(caption: str, expected: str, span: str, gallery_date: str = TUE_13) -> None:
    row = dated(caption, gallery_date)
    assert (row["date"], row["date_precision"], row["date_text"]) == (expected, "day", span)


# --------------------------------------------------------------------------- relative days


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Residents search the rubble of a building hit by barrel bombs in the Sukkari "
         "district of Aleppo yesterday.", "2016-12-12", "yesterday"),
        ("Yesterday, civil defence workers pulled two children from a collapsed house in "
         "al-Shaar.", "2016-12-12", "Yesterday"),
        ("Smoke rises over the eastern districts of Aleppo last night, as seen from the "
         "government-held west.", "2016-12-12", "last night"),
        ("Syrian soldiers patrol the Old City of Aleppo today.", "2016-12-13", "today"),
        ("Families wait for buses in the Ramouseh area tonight.", "2016-12-13", "tonight"),
        ("Civil defence workers carry a wounded boy in Aleppo's al-Shaar district the day "
         "before yesterday.", "2016-12-11", "the day before yesterday"),
        ("Helfer bergen gestern in Aleppo einen Verletzten aus den Trümmern.", "2016-12-12",
         "gestern"),
        ("Vorgestern flohen Tausende Zivilisten aus den östlichen Vierteln Aleppos.",
         "2016-12-11", "Vorgestern"),
        ("Civiles sirios huyen ayer del este de Alepo tras los bombardeos aéreos.",
         "2016-12-12", "ayer"),
        ("Soccorritori cercano sopravvissuti ieri tra le macerie nella città di Aleppo.",
         "2016-12-12", "ieri"),
        ("Halep'in doğusundaki Şeyh Said mahallesinde dün yapılan hava saldırısının ardından "
         "enkaz.", "2016-12-12", "dün"),
        ("Halep'te önceki gün vurulan hastanenin enkazı.", "2016-12-11", "önceki gün"),
        ("عناصر الدفاع المدني ينتشلون جريحاً من تحت الأنقاض في حي الشعار بحلب أمس",
         "2016-12-12", "أمس"),
        ("Des civils évacués d'Alep hier soir arrivent à Jibrine.", "2016-12-12",
         "hier soir"),
    ],
)  # fmt: skip
def test_a_day_said_relative_to_the_gallerys_date(caption: str, expected: str, span: str) -> None:
    assert_dated(caption, expected, span)


def test_a_relative_day_crosses_the_new_year() -> None:
    assert_dated("Fireworks light up the sky over Aleppo last night.", "2016-12-31",
                 "last night", "2017-01-01")  # fmt: skip


@pytest.mark.parametrize(
    "caption",
    [
        "Residents inspect the damage from yesterday's air strike on the Sukkari district.",
        "Footage broadcast by Russia Today shows the Old City of Aleppo.",
        "A reporter of USA Today walks through the citadel of Aleppo.",
        "Rebel fighters hold positions near the Ramouseh roundabout.",
    ],
)
def test_words_that_are_not_a_relative_day(caption: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (TUE_13, "gallery")


def test_a_day_stated_with_its_month_wins_over_a_relative_one() -> None:
    caption = (
        "A man walks past shuttered shops in Aleppo, Syria, Dec. 12, 2016. Rebels shelled "
        "the district yesterday, residents said."
    )
    assert_dated(caption, "2016-12-12", "Dec. 12, 2016")
    caption = "Fighters rest in Hanano yesterday after the army retook it on Dec. 7."
    assert_dated(caption, "2016-12-07", "Dec. 7")


def test_a_relative_day_before_an_english_weekday_is_the_day() -> None:
    caption = "Fighters rest in Hanano yesterday, before the clashes of early Friday."
    assert_dated(caption, "2016-12-12", "yesterday")


def test_a_file_photo_takes_no_relative_day() -> None:
    row = dated("FILE - Smoke rises over Aleppo after air strikes, residents said yesterday.")
    assert (row["date"], row["date_precision"]) == ("", "unknown")


def test_a_picture_taken_yesterday() -> None:
    caption = "Children play near the citadel of Aleppo on Dec. 10. Picture taken yesterday."
    assert_dated(caption, "2016-12-12", "yesterday")


# ------------------------------------------------------------------ weekdays in other languages


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Rettungskräfte suchen am Freitag in Aleppo nach Überlebenden.", "2016-12-09",
         "Freitag"),
        ("Rebellen ziehen am Sonntag aus Ost-Aleppo ab.", "2016-12-11", "Sonntag"),
        ("Busse warten am Donnerstagabend am Stadtrand von Aleppo.", "2016-12-08",
         "Donnerstag"),
        ("Zerstörte Häuser in Aleppo am Mittwoch.", "2016-12-07", "Mittwoch"),
        ("Des civils évacués des quartiers est d'Alep, vendredi.", "2016-12-09", "vendredi"),
        ("Samedi, des secouristes fouillent les décombres à Alep.", "2016-12-10", "Samedi"),
        ("Civiles sirios huyen de los bombardeos en el este de Alepo este sábado.",
         "2016-12-10", "sábado"),
        ("Un niño herido espera en un hospital de Alepo el jueves por la mañana.",
         "2016-12-08", "jueves"),
        ("Soccorritori tra le macerie ad Aleppo, venerdì.", "2016-12-09", "venerdì"),
        ("Bambini in fila per il pane ad Aleppo, domenica. È il terzo giorno di tregua.",
         "2016-12-11", "domenica"),
        ("Halep'te Cuma günü düzenlenen hava saldırısında yıkılan bina.", "2016-12-09",
         "Cuma"),
        ("Halep'te Pazar günü tahliye edilen siviller.", "2016-12-11", "Pazar günü"),
        ("Halep'in doğusundan Salı sabahı ayrılan otobüsler.", "2016-12-13", "Salı"),
        ("الدفاع المدني ينتشل طفلاً من تحت الأنقاض في حي المشهد بحلب يوم الخميس",
         "2016-12-08", "الخميس"),
    ],
)  # fmt: skip
def test_a_weekday_in_another_language(caption: str, expected: str, span: str) -> None:
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Des civils évacués d'Alep, vendredi 9 décembre.", "2016-12-09", "9 décembre"),
        ("Evakuierung in Aleppo am Freitag, 9. Dezember.", "2016-12-09", "9. Dezember"),
        ("Civiles en Alepo el viernes 9 de diciembre.", "2016-12-09", "9 de diciembre"),
        ("قافلة الإجلاء في حلب الجمعة 9 كانون الأول", "2016-12-09", "9 كانون الأول"),
    ],
)
def test_a_foreign_weekday_with_its_day_stated_reads_the_day(
    caption: str, expected: str, span: str
) -> None:
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    "caption",
    [
        "Halep'te Pazar yerine düşen bomba sonrası hasar.",  # Pazar: also "market"
        "El fotógrafo Domingo Ruiz en la ciudadela de Alepo.",  # a name
        "Der Samstagsmarkt in Aleppos Altstadt öffnet wieder.",  # a word of its own
    ],
)
def test_words_that_are_not_a_foreign_weekday(caption: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (TUE_13, "gallery")


# --------------------------------------------------------------------------------- Arabic


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("حلب - 13 كانون الأول 2016 - مدنيون يغادرون الأحياء الشرقية", "2016-12-13",
         "13 كانون الأول 2016"),
        ("حلب ١٣ كانون الأول ٢٠١٦", "2016-12-13", "١٣ كانون الأول ٢٠١٦"),
        ("الجمعة 9 كانون الاول: عناصر الدفاع المدني في حي الكلاسة", "2016-12-09",
         "9 كانون الاول"),
        ("الاثنين 12 ديسمبر/كانون الأول، دمار في حي الشيخ سعيد", "2016-12-12",
         "12 ديسمبر"),
        ("نشر المركز الإعلامي، الجمعة (9/كانون الاول/2016)، صوراً من حلب القديمة",
         "2016-12-09", "9/كانون الاول/2016"),
        ("أطفال في مخيم قرب أعزاز، 3 شباط 2016", "2016-02-03", "3 شباط 2016"),
        ("نازحون في جبرين 30 نوفمبر", "2016-11-30", "30 نوفمبر"),
    ],
)  # fmt: skip
def test_a_day_with_an_arabic_month(caption: str, expected: str, span: str) -> None:
    assert_dated(caption, expected, span)


def test_an_arabic_day_before_an_english_one_is_the_first_mention() -> None:
    caption = "حلب 12 كانون الأول - Aleppo, Dec. 14"
    assert_dated(caption, "2016-12-12", "12 كانون الأول")


# ---------------------------------------------------------------------- ranges and pairs


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Le foto sono state scattate tra il 10 e il 12 dicembre 2016.", "2016-12-10",
         "10 e il 12 dicembre 2016"),
        ("Les photos ont été prises du 5 au 8 décembre 2016 à Alep.", "2016-12-05",
         "5 au 8 décembre 2016"),
        ("Imágenes tomadas del 5 al 8 de diciembre en Alepo.", "2016-12-05",
         "5 al 8 de diciembre"),
        ("Bilder aus Aleppo vom 7. bis 9. Dezember 2016.", "2016-12-07",
         "7. bis 9. Dezember 2016"),
    ],
)  # fmt: skip
def test_a_range_of_days_in_another_language_is_its_first_day(
    caption: str, expected: str, span: str
) -> None:
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Una imagen de la mezquita de los Omeyas el 2 de mayo de 2010 (arriba) y el 13 de "
         "diciembre de 2016 (abajo), tras los combates.", "2016-12-13"),
        ("Die Zitadelle von Aleppo am 12. Dezember 2016 (oben) und am 4. März 2009 (unten), "
         "vor dem Krieg.", "2016-12-12"),
        ("La citadelle d'Alep le 3 mars 2008 (en haut) et le 13 décembre 2016 (en bas), "
         "après la bataille.", "2016-12-13"),
    ],
)  # fmt: skip
def test_two_placed_pictures_take_the_later_day(caption: str, expected: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the other picture's place written before its day, or not at all
        ("La cittadella di Aleppo, prima della guerra, il 3 maggio 2009 (a sinistra) e dopo "
         "(a destra), il 14 dicembre 2016. REUTERS/Omar Sanadiki", "2016-12-14"),
        ("La cittadella di Aleppo il 3 maggio 2009 (a sinistra) e il 14 dicembre 2016. "
         "REUTERS/Omar Sanadiki", "2016-12-14"),
        ("The citadel of Aleppo on May 3, 2009 (L) and on Dec. 14, 2016. REUTERS/Omar Sanadiki",
         "2016-12-14"),
    ],
)  # fmt: skip
def test_one_placed_picture_beside_another_day_takes_the_later_day(
    caption: str, expected: str
) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the other day is in a later sentence: the story's
        ("La cittadella di Aleppo il 3 maggio 2009 (a sinistra). I ribelli la presero il 14 "
         "dicembre 2012. REUTERS/Omar Sanadiki", "2009-05-03"),
        # a place in brackets that is no picture's
        ("Fighters rest near the citadel of Aleppo on May 3, 2014 (Reuters) after clashes that "
         "began on April 28, 2014.", "2014-05-03"),
    ],
)  # fmt: skip
def test_one_placed_picture_alone_keeps_its_day(caption: str, expected: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")


# ------------------------------------------------------------------------ the year boundary


@pytest.mark.parametrize(
    ("caption", "gallery", "expected"),
    [
        ("Fighters rest in Aleppo's Old City on Dec. 30.", "2017-01-02", "2016-12-30"),
        ("Civilians return to Hanano, 31 December.", "2017-01-01", "2016-12-31"),
        ("Des habitants rentrent à Alep le 29 décembre.", "2017-01-04", "2016-12-29"),
        ("Children play in the snow in Aleppo on Jan. 1.", "2017-01-02", "2017-01-01"),
        ("Fighters rest in Aleppo on Saturday.", "2017-01-02", "2016-12-31"),
    ],
)
def test_a_yearless_day_near_new_year(caption: str, gallery: str, expected: str) -> None:
    row = dated(caption, gallery)
    assert (row["date"], row["date_precision"]) == (expected, "day")


# ------------------------------------------------------------------------- the cheap test


@pytest.mark.parametrize("word", sorted(set(_RELATIVE_DAYS) | set(_FOREIGN_WEEKDAY_NUMBER)))
def test_every_word_is_read_in_a_caption_with_letters_beyond_ascii(word: str) -> None:
    caption = f"Des civils évacués d'Alep. {word}." if word[0].isupper() else f"À Alep {word}."
    assert _may_be_rare(caption)
    row = dated(caption)
    assert row["date_precision"] == "day"
    assert row["date_text"] == word
    gallery = dt.date(2016, 12, 13)
    assert gallery - dt.timedelta(days=6) <= dt.date.fromisoformat(row["date"]) <= gallery


@pytest.mark.parametrize(
    "word",
    [
        w
        for w in sorted(set(_RELATIVE_DAYS) | set(_FOREIGN_WEEKDAY_NUMBER))
        if w.isascii()
        and (w.lower() in ("yesterday", "today", "tonight", "last night") or w.endswith("tag"))
    ],
)
def test_english_and_german_words_are_read_in_ascii_captions(word: str) -> None:
    caption = (
        f"Smoke rises over Aleppo {word}."
        if word[0].islower() or "tag" in word
        else f"{word}, smoke rose over Aleppo."
    )
    assert caption.isascii()
    assert _may_be_rare(caption)
    assert dated(caption)["date_precision"] == "day"


@pytest.mark.parametrize(
    "word",
    [
        w
        for w in sorted(set(_RELATIVE_DAYS) | set(_FOREIGN_WEEKDAY_NUMBER))
        if w.isascii()
        and w.lower()
        not in ("yesterday", "today", "tonight", "last night", "the day before yesterday", "hier")
    ],
)
def test_foreign_words_are_read_in_captions_written_without_accents(word: str) -> None:
    caption = (
        f"{word}, combattenti ribelli nel quartiere di Salaheddine."
        if word[0].isupper()
        else f"Combattenti ribelli nel quartiere di Salaheddine {word}."
    )
    assert caption.isascii()
    assert _may_be_rare(caption)
    row = dated(caption)
    assert (row["date_precision"], row["date_text"]) == ("day", word)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Un ribelle siriano corre tra le macerie ad Aleppo ieri.", "2016-12-12", "ieri"),
        ("Un combatiente rebelde vigila una calle de Alepo el sabado.", "2016-12-10", "sabado"),
        ("Un combattant rebelle dans le quartier de Salaheddine vendredi.", "2016-12-09",
         "vendredi"),
        ("Kinder spielen in der zerstoerten Altstadt von Aleppo, gestern.", "2016-12-12",
         "gestern"),
        ("Halep ve Idlib kirsalinda Cuma gunu hava saldirisi.", "2016-12-09", "Cuma"),
        # Turkish without its letters: months, "bugun", weekdays
        ("Halep'in dogusundan tahliye edilen siviller, 15 Aralik 2016.", "2016-12-15",
         "15 Aralik 2016"),
        ("Idlib'de bir hava saldirisinin ardindan enkaz, 3 Subat 2016.", "2016-02-03",
         "3 Subat 2016"),
        ("Suriyeli siginmacilar Kilis'te bekliyor, 21 Eylul 2015.", "2015-09-21",
         "21 Eylul 2015"),
        ("Halep'te bugun cekilen fotograflar yikimi gosteriyor.", "2016-12-13", "bugun"),
        ("Halep'in dogusunda Carsamba gunu bir hava saldirisi.", "2016-12-07", "Carsamba"),
        ("Muhalifler Halep kirsalinda Sali gunu bir koyu ele gecirdi.", "2016-12-13",
         "Sali gunu"),
        # French "hier" alone
        ("Des civils fuient hier les quartiers est d'Alep sous les bombes.", "2016-12-12",
         "hier"),
        ("Hier, des secouristes cherchent des survivants dans les decombres a Alep.",
         "2016-12-12", "Hier"),
        # German handout written without umlauts
        ("Ein Handout-Foto der Weisshelme vom 13.12.2016 zeigt Helfer, die am 12.12.2016 in "
         "Aleppo Verletzte bergen.", "2016-12-12", "12.12.2016"),
    ],
)  # fmt: skip
def test_an_accentless_foreign_caption_reads_its_day(
    caption: str, expected: str, span: str
) -> None:
    assert caption.isascii()
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    "caption",
    [
        "Hier kaempfen Rebellen um die Altstadt von Aleppo.",  # German: here
        "Kinder spielen hier in den Ruinen, die von der Altstadt blieben.",
        "Hier staan de ruines van de oude stad van Aleppo.",  # Dutch: here
        "Sali Berisha visits a camp of Syrian refugees in Kilis.",  # a name, not Tuesday
    ],
)
def test_here_and_names_are_no_day(caption: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (TUE_13, "gallery")


@pytest.mark.parametrize(
    "caption",
    [
        "UN envoy Staffan de Mistura speaks to reporters after talks on Aleppo.",
        "Smoke rises over the old city of Aleppo, as seen from the government-held west.",
        "A boy walks past the ruins of the Carlton hotel, near the citadel of Aleppo.",
    ],
)
def test_english_captions_with_no_day_keep_the_gallerys(caption: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (TUE_13, "gallery")


def test_the_cheap_test_lets_few_english_captions_through() -> None:
    english = [
        "Smoke rises over the old city of Aleppo, as seen from the government-held west.",
        "A boy walks past the ruins of the Carlton hotel, near the citadel of Aleppo.",
        "Civil defence workers search for survivors under the rubble in al-Shaar.",
    ]
    assert not any(_may_be_rare(c) for c in english)


# ---------------------------------------------------------------- a day released, then its own


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("In this photo released on Wednesday, Dec. 14, 2016 by the Syrian official news "
         "agency SANA, soldiers walk through the old souk of Aleppo, Syria, Tuesday, Dec. 13, "
         "2016.", "2016-12-13", "Tuesday, Dec. 13, 2016"),
        ("A handout picture released by the Syrian civil defence on Dec. 13 shows rescuers "
         "carrying a girl from a collapsed building in al-Kalasa, Dec. 12.", "2016-12-12",
         "Dec. 12"),
        ("This image, posted online on 11 December by an activist group, shows smoke over "
         "the al-Shaar district on 10 December.", "2016-12-10", "10 December"),
        ("Ein Handout-Foto der Weißhelme vom 13.12.2016 zeigt Helfer, die am 12.12.2016 in "
         "Aleppo (Syrien) ein Kind aus den Trümmern bergen.", "2016-12-12", "12.12.2016"),
        ("Cette photo diffusée le 13 décembre par l'agence officielle Sana montre des soldats "
         "dans la vieille ville d'Alep le 12 décembre.", "2016-12-12", "12 décembre"),
    ],
)  # fmt: skip
def test_a_release_day_written_before_the_photos_day(
    caption: str, expected: str, span: str
) -> None:
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    ("caption", "expected", "precision"),
    [
        # only the release day: the day the picture was released, not taken (the photo's day
        # is not stated: the gallery's date stands, as for a caption with no day)
        ("In this photo released by SANA on Dec. 12, 2016, soldiers patrol the old city.",
         "2016-12-13", "gallery"),
        # the day stated after "shows" is the photo's, the later one is the story's
        ("A photo released by SANA shows troops entering the citadel on Dec. 12, after they "
         "retook the Jdeideh quarter on Dec. 10.", "2016-12-12", "day"),
        # a later day after the release day is not the photo's (nor is the release day)
        ("In this image released on Dec. 10, 2016, fighters rest in Aleppo; the truce starts "
         "on Dec. 13.", "2016-12-13", "gallery"),
        # the next sentence tells the story
        ("In this photo released by SANA on Dec. 12, 2016, soldiers patrol the old city. The "
         "army took the district on Dec. 7.", "2016-12-13", "gallery"),
    ],
)  # fmt: skip
def test_a_release_day_alone_is_not_the_photos(caption: str, expected: str, precision: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, precision)


# ------------------------------------------------------------ days of a life, then the photo's


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Syrian novelist Nadia Haddad, who died on Dec. 3, 2016 in Paris, poses at her home "
         "in Damascus, Syria, May 12, 2009.", "2009-05-12", "May 12, 2009"),
        ("Photographer Karim Saleh (born June 1, 1988) rests in a rebel-held district of "
         "Aleppo, Syria, Nov. 22, 2016.", "2016-11-22", "Nov. 22, 2016"),
        ("Reporter Omar Jundi, who was killed by shelling while he filmed the front line in "
         "the Ramouseh area on Dec. 5, 2016, smiles during a break in Aleppo, October 3, 2015.",
         "2015-10-03", "October 3, 2015"),
        ("FILE PHOTO: Poet Samir Rifai (born March 1, 1934 - died Dec. 10, 2016) reads at a "
         "festival in Aleppo, Syria April 8, 2008.", "2008-04-08", "April 8, 2008"),
        ("L'écrivain Fadi Mansour, décédé le 4 décembre 2016, pose à Alep le 3 mai 2010.",
         "2010-05-03", "3 mai 2010"),
    ],
)  # fmt: skip
def test_a_portrait_after_days_of_a_life(caption: str, expected: str, span: str) -> None:
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Amira llora junto a la tumba de su hermano Omar, quien fue asesinado por un "
         "francotirador del ejército el 3 de marzo mientras buscaba agua. La imagen, durante el "
         "entierro en Bucha, el 12 de abril de 2022. Foto AP", "2022-04-12", "12 de abril de 2022"),
        ("Des proches de Youssef, qui a été tué par un obus le 2 mars, se recueillent à Alep "
         "le 9 mars 2016. (AFP)", "2016-03-09", "9 mars 2016"),
        ("La madre di Sami, che è stato ucciso il 2 marzo, al funerale ad Aleppo il 9 marzo "
         "2016. (Afp)", "2016-03-09", "9 marzo 2016"),
    ],
)  # fmt: skip
def test_a_portrait_after_a_killing_told_in_another_language(
    caption: str, expected: str, span: str
) -> None:
    assert_dated(caption, expected, span, "2022-04-14")


def test_a_day_after_a_days_of_a_life_that_tells_the_story_is_no_day() -> None:
    caption = (
        "Una donna accanto alla tomba del marito, morto il 3 aprile a Bucha dopo un mese in "
        "cantina. La cittadina è stata liberata dall'esercito ucraino il 1 aprile."
    )
    row = dated(caption, "2022-04-14")
    assert (row["date"], row["date_precision"]) == ("2022-04-14", "gallery")


def test_a_killing_in_a_clause_of_no_relative_word_stays_the_day() -> None:
    caption = "Un francotirador mató a tres civiles en Alepo el 3 de marzo de 2016. (EFE)"
    assert_dated(caption, "2016-03-03", "3 de marzo de 2016", "2016-03-05")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # no other day: the day of the death is the best there is
        ("Mourners carry the body of Ahmad Khalil, who was killed on Dec. 12 in al-Shaar.",
         "2016-12-12"),
        # "killed" without "who": the first day is the photo's
        ("An airstrike killed 20 people in Aleppo on Dec. 12. The army had captured the "
         "district on Dec. 11.", "2016-12-12"),
    ],
)  # fmt: skip
def test_a_day_after_killed_that_stays_the_day(caption: str, expected: str) -> None:
    assert dated(caption)["date"] == expected


# ------------------------------------------------------------------------- pairs of pictures


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("The Umayyad mosque of Aleppo photographed on 6 June 2009 and 13 December 2016.",
         "2016-12-13"),
        ("The souk al-Zarab pictured on Dec. 13, 2016 and March 4, 2010.", "2016-12-13"),
        ("La citadelle d'Alep photographiée le 9 août 2010 et le 13 décembre 2016.",
         "2016-12-13"),
        ("El zoco de Alepo el 3 de marzo de 2009 y el 12 de diciembre de 2016.", "2016-12-12"),
    ],
)  # fmt: skip
def test_two_days_of_different_years_joined_by_and_are_a_pair(caption: str, expected: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")


def test_two_days_of_one_year_joined_by_and_are_not_a_pair() -> None:
    row = dated("Clashes in al-Shaar on Dec. 12, 2016 and Dec. 13, 2016 killed dozens.")
    assert row["date"] == "2016-12-12"


# ---------------------------------------------------------------------------- misspelt months


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Smoke rises after an air strike on the town of Kobani, Ocotber 8, 2014.",
         "2014-10-08"),
        ("Rebel fighters rest in Aleppo's Old City, Feburary 3, 2015.", "2015-02-03"),
        ("A boy rides a bicycle past damaged shops in Aleppo, Febuary 3, 2015.", "2015-02-03"),
        ("Fighters fire a mortar near Aleppo, Setpember 24, 2012.", "2012-09-24"),
        ("Residents flee the Salaheddine district of Aleppo, Agust 5, 2012.", "2012-08-05"),
        ("Civilians leave east Aleppo, Decmber 13, 2016.", "2016-12-13"),
    ],
)  # fmt: skip
def test_a_misspelt_month_with_its_day_and_year(caption: str, expected: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")
    assert caption[row["date_start"] : row["date_end"]] == row["date_text"]


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over Kobani, Ocotber 8.",  # no year: too weak
        "Fans cheer during Match 5, 2014 of the Syrian league in Latakia.",
        "Workers repair the Marsh 5, 2014 pumping station near Raqqa.",
        "Children play in Aleppo, Jasmine 4, 2016 school.",
    ],
)
def test_words_near_a_month_are_not_misspelt_months(caption: str) -> None:
    assert dated(caption)["date_precision"] == "gallery"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Syrians look at a burnt tank outside the mosque of Azaz, JUly 23, 2012.",
         "2012-07-23"),
        ("Rescuers search the ruins of a clinic in Idlib, SEPTember 4, 2015.", "2015-09-04"),
        ("Fighters walk through Aleppo's old city, DEcember 2, 2016.", "2016-12-02"),
    ],
)  # fmt: skip
def test_a_month_in_odd_capitals_with_its_day_and_year(caption: str, expected: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")
    assert caption[row["date_start"] : row["date_end"]] == row["date_text"]


def test_a_stated_day_wins_over_a_misspelt_month() -> None:
    row = dated("Rebels rest in Aleppo on Dec. 12, days after the Ocotber 8, 2014 offensive.")
    assert row["date"] == "2016-12-12"


def test_a_release_word_in_another_clause_leaves_the_first_day() -> None:
    caption = (
        "In this photo provided by SANA, troops walk in Aleppo, Syria, Tuesday, Dec. 13, 2016, "
        "a day after they took the district on Monday, Dec. 12."
    )
    assert dated(caption)["date"] == "2016-12-13"


def test_a_weekday_of_a_death_before_the_portraits_day() -> None:
    caption = (
        "Relatives mourn Hassan Omar, whom rescuers said was killed by shelling on Monday, at "
        "his funeral in the al-Shaar district of Aleppo, December 13, 2016."
    )
    assert_dated(caption, "2016-12-13", "December 13, 2016")


# ------------------------------------------------------------------ a weekday without "on"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("A government soldier fires a rifle during clashes Saturday with rebels in the "
         "Ramouseh area of Aleppo. Activists said Sunday that the fighting went on.",
         "2016-12-10"),
        ("Rescuers pull a man from the rubble of a building hit Monday by barrel bombs in "
         "al-Kalasa.", "2016-12-12"),
    ],
)  # fmt: skip
def test_a_weekday_without_on_in_the_first_sentence(caption: str, expected: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")


@pytest.mark.parametrize(
    "caption",
    [
        "Soldiers patrol the old city of Aleppo. Activists said Sunday the army had taken it.",
        "Worshippers leave the mosque after Friday prayers in the Sakhour district.",
        "Residents inspect the damage of Saturday's air strikes in al-Shaar.",
        "Christians light candles before Good Friday in the Azizieh quarter of Aleppo.",
        "Fighters rest in Aleppo, where the army said Monday it had taken the citadel.",
    ],
)
def test_a_weekday_without_on_that_is_no_day(caption: str) -> None:
    assert dated(caption)["date_precision"] == "gallery"


# ------------------------------------------------------------ a weekday in a later sentence


@pytest.mark.parametrize(
    "caption",
    [
        "A boy climbs out of a shelter dug under a house near Idlib. Government jets bombed "
        "villages south of the city on Wednesday.",
        "Fighters of the Syrian Democratic Forces walk past ruined shops in Raqqa. The militia "
        "is close to taking the old city, a commander said on Monday REUTERS/Stringer",
        "A woman carries bread through the Bustan al-Qasr district of Aleppo. Aid trucks "
        "reached the district late Sunday night, residents said.",
    ],
)
def test_a_weekday_in_a_later_sentence_tells_the_story(caption: str) -> None:
    row = dated(caption)
    assert (row["date"], row["date_precision"]) == (TUE_13, "gallery")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the weekday in the picture's sentence
        ("Rebels fire a mortar from the Salaheddine district of Aleppo on Sunday. Their "
         "brigade has held the area since July.", "2016-12-11", "Sunday"),
        # a title of a few words is not the picture's sentence
        ("Aleppo. Volunteers hand out blankets in the Jibrin shelter on Monday.",
         "2016-12-12", "Monday"),
        # a day stated with its month stays the day
        ("Smoke rises over the old city of Aleppo, Dec. 11, 2016. The army advanced on "
         "Monday.", "2016-12-11", "Dec. 11, 2016"),
    ],
)  # fmt: skip
def test_a_weekday_that_stays_the_day(caption: str, expected: str, span: str) -> None:
    assert_dated(caption, expected, span)


# ------------------------------------------- a story day before the day closing the sentence


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Families who fled the Hanano district on Nov. 27 return to their homes in Aleppo, "
         "Syria December 15, 2016. REUTERS/Stringer", "2016-12-15", "December 15, 2016"),
        ("A man who lost his house in the air strike of Dec. 3 sits in the ruins of al-Shaar, "
         "Aleppo, December 12, 2016", "2016-12-12", "December 12, 2016"),
        ("Volunteers who reached the district on Monday hand out bread in Aleppo's Sakhour "
         "district, December 13, 2016 (Photo by Karam al-Masri/AFP)", "2016-12-13",
         "December 13, 2016"),
    ],
)  # fmt: skip
def test_a_story_day_before_the_day_that_closes_the_sentence(
    caption: str, expected: str, span: str
) -> None:
    assert_dated(caption, expected, span)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the later day tells the story: it does not close the sentence
        ("Rebels rest in Aleppo on Dec. 10, days before the evacuation of December 15, 2016 "
         "began.", "2016-12-10"),
        # the later day is in another sentence
        ("Smoke rises over Aleppo on Dec. 10. The army took the district on December 12, "
         "2016.", "2016-12-10"),
        # the day that closes the sentence is earlier
        ("Smoke rises over Aleppo on Dec. 12, after the strike of December 10, 2016.",
         "2016-12-12"),
    ],
)  # fmt: skip
def test_a_first_day_that_stays_the_photos(caption: str, expected: str) -> None:
    assert dated(caption)["date"] == expected


def test_a_weekday_without_on_is_not_a_file_photos_day() -> None:
    row = dated("FILE PHOTO: Rebels fire a mortar during clashes Saturday in Aleppo's old city.")
    assert (row["date"], row["date_precision"]) == ("", "unknown")


def test_today_in_turkish_is_the_gallerys_day_stated() -> None:
    assert_dated("Halep'in doğusunda bugün çekilen fotoğraflar yıkımı gösteriyor.", TUE_13, "bugün")


# ------------------------------------------------------------ a gallery that looks back


def dated_gallery(captions: list[str], gallery_date: str) -> list[str]:
    """The dates ``add_dates`` gives the captions of one gallery, in order."""
    table = pd.DataFrame({"caption": captions, "gallery_date": gallery_date})
    return add_dates(table)["date"].tolist()


def test_a_looking_back_gallery_keeps_the_year_of_its_story() -> None:
    captions = [
        "Protesters fill Tahrir Square in Cairo on January 25, 2011, calling for reform.",
        "On January 28, police fire tear gas at marchers near the square.",
        "Families camp on the lawn of the square.",
        "On February 1st, a crowd of hundreds of thousands marches to the square.",
    ]
    assert dated_gallery(captions, "2013-01-25") == [
        "2011-01-25",
        "2011-01-28",
        "2013-01-25",
        "2011-02-01",
    ]


@pytest.mark.parametrize(
    ("captions", "expected"),
    [
        # a live gallery updated after its date: the year of the gallery
        (["Rebels rest in Aleppo's old city, Dec. 12, 2016.",
          "Residents leave the Sukkari district on Dec. 14."], "2016-12-14"),
        # an old picture before a day of the gallery's own days
        (["The citadel of Aleppo, Aug. 9, 2010.", "Smoke rises over Aleppo on Dec. 12."],
         "2016-12-12"),
        # a file photo gives no year to the next entry
        (["FILE PHOTO: Rebels in Aleppo, Dec. 1, 2015.", "Buses leave east Aleppo on Dec. 15."],
         "2016-12-15"),
    ],
)  # fmt: skip
def test_a_gallery_keeps_its_own_year(captions: list[str], expected: str) -> None:
    assert dated_gallery(captions, TUE_13)[-1] == expected


def test_the_year_of_a_story_stays_in_its_own_gallery() -> None:
    # Two galleries of the same day, one after the other: the second one's day without a
    # year is its own gallery's, not the year of the first one's story.
    table = pd.DataFrame(
        {
            "gallery": ["looking-back", "looking-back", "live"],
            "gallery_date": "2013-01-25",
            "caption": [
                "Protesters fill Tahrir Square in Cairo on January 25, 2011.",
                "On January 26, police fire tear gas at marchers near the square.",
                "On January 27, riot police guard the square again.",
            ],
        }
    )
    assert add_dates(table)["date"].tolist() == ["2011-01-25", "2011-01-26", "2013-01-27"]


# ------------------------------------------------------- the months of more languages, CJK days


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Obyvatelia Buče pochovávajú susedov v stredu 20. apríla 2022. Foto: SITA/AP",
         "2022-04-20", "20. apríla 2022"),
        ("Mieszkańcy Buczy na pogrzebie sąsiadów, 20 kwietnia 2022 r. Fot. PAP",
         "2022-04-20", "20 kwietnia 2022"),
        ("Obyvatelé Charkova v metru 3. března 2022. Foto: ČTK", "2022-03-03",
         "3. března 2022"),
        ("Жители Херсона празднуют на площади 12 ноября 2022 года. Фото: ТАСС", "2022-11-12",
         "12 ноября 2022"),
        ("Рятувальники на місці удару в Дніпрі 15 січня. Фото: Укрінформ", "2023-01-15",
         "15 січня"),
        ("Διασώστες στα συντρίμμια στην Αντιόχεια, 8 Φεβρουαρίου 2023. (AP)", "2023-02-08",
         "8 Φεβρουαρίου 2023"),
        ("Räddningsarbetare i Antakya den 8 februari 2023 och den 9 maj. (TT)", "2023-02-08",
         "8 februari 2023"),
        ("Rök stiger över Kiev den 5 maj 2022. Foto: TT", "2022-05-05", "5 maj 2022"),
        ("这是2018年4月16日在叙利亚杜马镇拍摄的街景。新华社发", "2018-04-16", "2018年4月16日"),
        ("4月16日,在叙利亚杜马镇,一名儿童走在街头。", "2023-04-16", "4月16日"),
        ("4월 16일 시리아 두마에서 한 어린이가 걷고 있다.", "2023-04-16", "4월 16일"),
        # Hungarian and Lithuanian: the year and the month before the day
        ("Romok Aleppó keleti részén 2022. április 16-án. (MTI/EPA)", "2022-04-16",
         "2022. április 16"),
        ("Mentőalakulatok Dumában április 16-án Fotó: AFP", "2023-04-16", "április 16"),
        ("Kijev, 2022. április 16. Egy nő a romok előtt.", "2022-04-16", "2022. április 16"),
        ("Gelbėtojai Dumoje 2022 m. balandžio 16 d.", "2022-04-16", "2022 m. balandžio 16"),
        # Romanian, Finnish, Estonian, Latvian, Croatian, Slovenian, Bulgarian, Albanian
        ("Salvatori în Duma, Siria, 16 aprilie 2022. Foto: Reuters", "2022-04-16",
         "16 aprilie 2022"),
        ("Pelastajat Doumassa 16. huhtikuuta 2022. Kuva: Lehtikuva", "2022-04-16",
         "16. huhtikuuta 2022"),
        ("Päästjad Doumas 16. aprillil 2022. Foto: Scanpix", "2022-04-16", "16. aprillil 2022"),
        ("Glābēji Dumā 2022. gada 16. aprīlī. Foto: AFP", "2022-04-16",
         "2022. gada 16. aprīlī"),
        ("Spasioci pretražuju ruševine u Doumi 16. travnja 2022. FOTO: Reuters", "2022-04-16",
         "16. travnja 2022"),
        ("Reševalci v Doumi 16. junija 2022. FOTO: Reuters", "2022-06-16", "16. junija 2022"),
        ("Спасители в Дума на 16 април 2022 г. Снимка: Ройтерс", "2022-04-16",
         "16 април 2022"),
        ("Shpëtimtarët në Duma më 16 prill 2022. Foto: AFP", "2022-04-16", "16 prill 2022"),
        # Vietnamese (the day first, also in numbers), Hebrew, Malay
        ("Lực lượng cứu hộ ở Douma ngày 16 tháng 4 năm 2022.", "2022-04-16",
         "ngày 16 tháng 4 năm 2022"),
        ("Người dân ở Douma ngày 6/4. (Ảnh: AFP)", "2023-04-06", "ngày 6/4"),
        ("כוחות הצלה בדומא ב-16 באפריל 2022. צילום: רויטרס", "2022-04-16",
         "16 באפריל 2022"),
        ("Anggota penyelamat di Douma pada 16 Julai 2022.", "2022-07-16", "16 Julai 2022"),
        # Persian: the months borrowed from French, with Persian digits
        ("امدادگران در دوما، ۱۶ آوریل ۲۰۲۲. عکس: رویترز", "2022-04-16", "۱۶ آوریل ۲۰۲۲"),
        # a Japanese newspaper's day of the month after "=": the gallery's month
        ("ドゥーマで歩く人々=16日午後、ドゥーマ、記者撮影", "2023-04-16", "16日"),
    ],
)  # fmt: skip
def test_a_day_with_a_month_of_more_languages(caption: str, expected: str, span: str) -> None:
    gallery = "2023-04-20" if "2022" not in caption and "۲۰۲۲" not in caption else "2022-12-01"
    assert_dated(caption, expected, span, gallery)


@pytest.mark.parametrize(
    "caption",
    [
        # no month: a number and a word
        "Obyvatelia Buče čakajú pred 20 autobusmi na evakuáciu. Foto: SITA/AP",
        # a quantity in Chinese, not a day
        "叙利亚杜马镇有4月份以来的16日志记录。",
        "Жители Херсона, 12 человек, ждут автобус. Фото: ТАСС",
    ],
)
def test_numbers_without_a_month_of_more_languages_are_no_day(caption: str) -> None:
    row = dated(caption, "2023-04-20")
    assert (row["date"], row["date_precision"]) == ("2023-04-20", "gallery")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a clause about someone killed then
        ("Matka pri rakve syna, ktorého zabili vojaci 30. marca v Buči. Foto: SITA/AP",
         "2022-04-22"),
        # a later sentence that opens with the day and goes on with what happened
        ("Staré město v Aleppu bylo během bojů těžce poškozeno, včetně hradeb citadely. "
         "12. července 2015 došlo k explozi pod hradbami citadely.", "2022-04-22"),
        # "it happened" on that day
        ("Do ataku miało dojść 21 sierpnia pod Damaszkiem.", "2022-04-22"),
        # a Chinese day of the story before the sentence that presents the picture
        ("3月27日,美军证实库尔德武装收复了城市的大部分地区。图为当地居民在街头庆祝。",
         "2022-04-22"),
    ],
)  # fmt: skip
def test_a_day_of_the_story_in_more_languages_is_not_the_pictures(
    caption: str, expected: str
) -> None:
    row = dated(caption, "2022-04-22")
    assert (row["date"], row["date_precision"]) == (expected, "gallery")


def test_a_chinese_dispatch_dateline_stays_the_day() -> None:
    caption = "新华社大马士革4月16日电 叙利亚首都大马士革街头。图为当地居民在市场购物。"
    assert_dated(caption, "2023-04-16", "4月16日", "2023-04-20")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # after the bombing of that night: the morning after
        ("Sauveteurs dans les décombres de l'hôpital après les bombardements de la nuit du "
         "12 au 13 décembre.", "2016-12-13"),
        ("Rescuers search the rubble of a clinic following air strikes on the night of "
         "12-13 December.", "2016-12-13"),
        # the night itself: its first day
        ("Des tirs illuminent le ciel d'Alep dans la nuit du 12 au 13 décembre.",
         "2016-12-12"),
    ],
)  # fmt: skip
def test_a_night_of_two_days(caption: str, expected: str) -> None:
    assert dated(caption)["date"] == expected
