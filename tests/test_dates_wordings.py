"""Dates: the rarer wordings of the day (relative days, weekdays and months of other
languages, ranges, pairs of pictures) and the cheap test that lets captions reach them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from aleppomap.dates import _FOREIGN_WEEKDAY_NUMBER, _RELATIVE_DAYS, _may_be_rare, add_dates

TUE_13 = "2016-12-13"  # a Tuesday


def dated(caption: str, gallery_date: str = TUE_13) -> pd.Series:
    """The date columns ``add_dates`` gives ``caption`` in a gallery of ``gallery_date``."""
    row = add_dates(pd.DataFrame({"caption": [caption], "gallery_date": [gallery_date]})).iloc[0]
    if row["date_start"] >= 0:
        assert caption[row["date_start"] : row["date_end"]] == row["date_text"]
    return row


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
