"""Dates: a day named for its feast (Christmas, New Year, Easter, Nowruz, Eid), a picture of
another year said by its decade or month, short numeric days (Indonesian, Vietnamese,
Japanese), Croatian months, archive credits, and Hungarian days read from their digits."""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest

import date_cases
from aleppomap.dates import (
    _EID_AL_ADHA,
    _EID_AL_FITR,
    _easter,
    _orthodox_easter,
    add_dates,
)


def dated(caption: str, gallery_date: str) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------------------------------------------------------------ the calendars


@pytest.mark.parametrize(
    ("year", "western", "orthodox"),
    [
        (2016, "2016-03-27", "2016-05-01"),
        (2017, "2017-04-16", "2017-04-16"),
        (2019, "2019-04-21", "2019-04-28"),
        (2024, "2024-03-31", "2024-05-05"),
        (2025, "2025-04-20", "2025-04-20"),
    ],
)
def test_easter_by_the_computus(year: int, western: str, orthodox: str) -> None:
    assert (_easter(year).isoformat(), _orthodox_easter(year).isoformat()) == (western, orthodox)


def test_the_eid_tables_hold_one_feast_a_lunar_year() -> None:
    for table in (_EID_AL_FITR, _EID_AL_ADHA):
        gaps = {(b - a).days for a, b in itertools.pairwise(table)}
        assert gaps <= {354, 355, 356}  # a lunar year, as the Umm al-Qura months fall
        assert table[0].year == 2000
        assert table[-1].year >= 2035
    # Eid al-Adha comes 67 to 70 days after Eid al-Fitr of the same Hijri year
    after = {(a - f).days for f, a in zip(_EID_AL_FITR, _EID_AL_ADHA, strict=True)}
    assert after <= {67, 68, 69, 70}


# ------------------------------------------------------------------------------ named days


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        ("Worshippers light candles in the half-ruined Maronite cathedral of Aleppo on "
         "Christmas Day.", "2016-12-27", "2016-12-25", "Christmas Day"),
        ("Scouts march through the Azizieh quarter of Aleppo on Christmas Eve.", "2016-12-26",
         "2016-12-24", "Christmas Eve"),
        ("Des fidèles assistent à la messe de la veille de Noël dans une église de Homs.",
         "2017-01-03", "2016-12-24", "veille de Noël"),
        ("Gläubige beten am Heiligabend in einer beschädigten Kirche in Aleppo.", "2016-12-27",
         "2016-12-24", "Heiligabend"),
        ("Niños cantan villancicos en Nochebuena en una iglesia de Damasco.", "2016-12-26",
         "2016-12-24", "Nochebuena"),
        ("Famiglie cristiane pregano a Natale nella cattedrale di Aleppo.", "2016-12-28",
         "2016-12-25", "Natale"),
        ("Des chrétiens prient à Noël dans une église du quartier de Jdeideh.", "2016-12-28",
         "2016-12-25", "Noël"),
        ("Hristiyanlar Noel akşamı Halep'teki kilisede mum yakıyor.", "2016-12-27",
         "2016-12-24", "Noel akşamı"),
        ("Fireworks burst over the Umayyad Square in Damascus on New Year's Eve.",
         "2025-01-01", "2024-12-31", "New Year's Eve"),
        ("Menschen feiern Silvester auf dem Umayyaden-Platz in Damaskus.", "2025-01-02",
         "2024-12-31", "Silvester"),
        ("Armenian Orthodox faithful attend a service on Armenian Christmas in Aleppo.",
         "2017-01-08", "2017-01-06", "Armenian Christmas"),
        ("Des feux d'artifice illuminent Damas le jour de l'An.", "2017-01-02", "2017-01-01",
         "jour de l'An"),
        ("مسيحيون يصلون في عيد الميلاد في كنيسة في حلب", "2016-12-27", "2016-12-25",
         "عيد الميلاد"),
        # in Russian, the Orthodox Christmas (7 January) or the Western one, the later
        ("Христиане молятся в Рождество в храме Алеппо.", "2017-01-09", "2017-01-07",
         "Рождество"),
        ("Христиане молятся в Рождество в храме Алеппо.", "2016-12-27", "2016-12-25",
         "Рождество"),
    ],
)  # fmt: skip
def test_a_christmas_or_new_year_day(caption: str, gallery: str, expected: str, span: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        ("Boys ride a swing on the first day of Eid al-Adha in the rebel-held town of Douma.",
         "2017-09-05", "2017-09-01", "Eid al-Adha"),
        ("Children play on the second day of Eid al-Fitr in a camp near Azaz.", "2017-06-29",
         "2017-06-26", "Eid al-Fitr"),
        ("Des enfants jouent le premier jour de l'Aïd el-Kébir dans un parc d'Idleb.",
         "2016-09-15", "2016-09-11", "Aïd el-Kébir"),
        ("Kurban Bayramı'nın ilk günü Azez'de çocuklar salıncakta oynuyor.", "2016-09-14",
         "2016-09-11", "Kurban Bayramı"),
        ("أطفال يلعبون في أول أيام عيد الفطر في مدينة إدلب", "2018-06-18", "2018-06-15",
         "عيد الفطر"),
        ("Men pray on the eve of Eid al-Adha at a mosque in Idlib.", "2018-08-24", "2018-08-20",
         "Eid al-Adha"),
        ("Syrians gather for Eid al-Fitr prayers outside a ruined mosque in Aleppo.",
         "2017-07-10", "2017-06-25", "Eid al-Fitr"),
    ],
)  # fmt: skip
def test_a_day_of_eid(caption: str, gallery: str, expected: str, span: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


def test_a_feast_of_several_days_named_during_it_keeps_the_gallerys_date() -> None:
    caption = "Children celebrate Eid al-Adha at a fun fair in Suweida."
    assert dated(caption, "2013-10-17")[:2] == ("2013-10-17", "gallery")  # its third day
    assert dated(caption, "2013-10-25")[:2] == ("2013-10-15", "day")  # after it: its first day


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        ("Kurds dance around a fire to celebrate Newroz in Qamishli.", "2017-03-22",
         "2017-03-21", "Newroz"),
        ("Des Kurdes fêtent Norouz à Afrine.", "2018-03-23", "2018-03-21", "Norouz"),
        ("Kurdische Familien feiern Nevruz in Kobane.", "2019-03-22", "2019-03-21", "Nevruz"),
        ("Christians attend mass on Easter Sunday at a church in Bab Touma.", "2017-04-18",
         "2017-04-16", "Easter Sunday"),
        ("Orthodox Easter celebrations at a church in Qamishli.", "2016-05-03", "2016-05-01",
         "Orthodox Easter"),
        ("Fieles asisten a la misa del Domingo de Resurrección en Damasco.", "2019-04-23",
         "2019-04-21", "Domingo de Resurrección"),
        ("Worshippers carry a cross on Good Friday in the Old City of Damascus.", "2019-04-20",
         "2019-04-19", "Good Friday"),
        ("Christmas Eve 2012: worshippers pray in a church of Aleppo.", "2016-12-20",
         "2012-12-24", "Christmas Eve 2012"),
        # the eve of a named day is the day before it
        ("Kurds gather around a bonfire on the eve of Nowruz in Afrin.", "2018-03-22",
         "2018-03-20", "Nowruz"),
        ("Worshippers gather on the eve of Easter Sunday in Damascus.", "2017-04-17",
         "2017-04-15", "Easter Sunday"),
    ],
)  # fmt: skip
def test_nowruz_easter_and_a_stated_year(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "gallery"),
    [
        # a thing named after the feast, not its day
        ("A boy walks past Christmas decorations in the Aziziyeh district of Aleppo.",
         "2016-12-20"),
        ("Suriyeli kadınlar Kamışlı'da Noel eşyaları satan bir dükkanın önünde duruyor.",
         "2016-12-23"),
        ("Shoppers look at a Christmas tree in a mall in Damascus.", "2016-12-20"),
        # a day before or after it, a period since it
        ("Shoppers buy clothes days before Eid al-Fitr in Idlib.", "2017-06-22"),
        ("Women shop for Eid al-Adha in a market of Douma.", "2017-08-30"),
        ("Rebels have shelled the district since Christmas, residents said.", "2017-01-10"),
        ("Des habitants font leurs achats avant Noël dans le centre d'Alep.", "2016-12-22"),
        ("Shoppers crowd a market in the run-up to Christmas in Aleppo.", "2016-12-22"),
        # "on Eid" in a gallery dated during the feast: the gallery's day is as good
        ("Children play on swings on Eid in the rebel-held town of Douma.", "2017-06-27"),
        # a bare name not said to be the day, a person named Eid, a later sentence
        ("Syrians celebrate Christmas in the streets of Aleppo.", "2016-12-26"),
        ("Mohammed Eid, a baker, sells bread in the Shaar district.", "2016-12-20"),
        ("A family walks past a burnt bus in the Salaheddine district of Aleppo. The army had "
         "promised calm by Christmas Day.",
         "2016-12-27"),
        ("Fighters rest in a house in Natal street, Aleppo.", "2016-12-20"),
    ],
)  # fmt: skip
def test_words_that_are_not_a_named_day(caption: str, gallery: str) -> None:
    assert dated(caption, gallery)[:2] == (gallery, "gallery")


def test_a_stated_day_wins_over_a_named_one() -> None:
    caption = (
        "A child holds a flag during Nowruz celebrations in Amuda, northeastern Syria, "
        "Thursday, March 20, 2025."
    )
    assert dated(caption, "2025-03-21") == ("2025-03-20", "day", "Thursday, March 20, 2025")
    caption = "Christmas decorations hang in a street of Aleppo on Dec. 20, 2016."
    assert dated(caption, "2016-12-22") == ("2016-12-20", "day", "Dec. 20, 2016")


def test_a_file_photo_takes_no_named_day() -> None:
    caption = "FILE PHOTO: Worshippers attend mass on Christmas Eve in Aleppo."
    assert dated(caption, "2019-12-26")[:2] == ("", "unknown")


# ------------------------------------------------------------ a picture of another time


@pytest.mark.parametrize(
    ("caption", "gallery"),
    [
        ("A covered market in Aleppo photographed in the 1980s. The souk was burnt in 2012.",
         "2016-12-21"),
        ("The Lion Gate of the citadel, photographed in the 1990s.", "2016-12-21"),
        ("Le souk d'Alep photographié dans les années 1990.", "2016-12-21"),
        ("When I took this photo in 2009, the minaret still stood.", "2016-12-21"),
        ("Tourists walk in the old city. The picture was taken in August 2010.", "2016-12-23"),
        ("Turistas caminham pela cidadela. A foto foi tirada em agosto de 2010. Hoje o local "
         "está em ruínas.", "2016-12-23"),
        ("Kinder spielen im Mai 2010 vor der Zitadelle von Aleppo.", "2016-12-22"),
        ("Des marchands attendent leurs clients en octobre 2009 dans le souk al-Attarine.",
         "2016-12-22"),
        ("Eine Aufnahme aus den 1990er Jahren zeigt den Suk von Aleppo.", "2016-12-21"),
        ("An image from 2013 shows the minaret of the Umayyad mosque still standing.",
         "2016-12-21"),
        ("Una foto de 2010 muestra el zoco de Alepo.", "2016-12-21"),
        ("The Great Mosque of Aleppo, shot in the early 2000s.", "2016-12-21"),
    ],
)  # fmt: skip
def test_a_picture_of_another_year_is_not_dated_by_the_gallery(caption: str, gallery: str) -> None:
    assert dated(caption, gallery)[:2] == ("", "unknown")


@pytest.mark.parametrize(
    ("caption", "gallery"),
    [
        ("Rebels have held the district since 2012, residents say.", "2016-12-21"),
        ("Children play in the courtyard of a school in August 2016 and again now.",
         "2016-12-21"),
        ("Blick von der Zitadelle im Januar 2017 auf die zerstörte Altstadt.", "2017-02-09"),
        ("A mosque destroyed in March 2013 stands in ruins in the old city.", "2016-12-21"),
        ("Vista de la ciudad vieja de Alepo en 2008 y en diciembre de 2016.", "2016-12-23"),
        ("Residents walk past buildings hit in the fighting in the 2010s.", "2016-12-21"),
        # inside its sentence, a month of the gallery's own year is not another time
        ("Fighting in the area in March 2018 displaced thousands of families.", "2018-06-20"),
    ],
)  # fmt: skip
def test_a_year_or_month_that_is_not_the_pictures(caption: str, gallery: str) -> None:
    assert dated(caption, gallery)[:2] == (gallery, "gallery")


# --------------------------------------------------------------------- short numeric days


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        ("Warga sipil menunggu bus evakuasi di Aleppo timur, Kamis (15/12).", "2016-12-16",
         "2016-12-15", "Kamis (15/12)"),
        ("Anak-anak bermain di kamp pengungsi Jibreen, Rabu (1/2/17). (FOTO: EPA)",
         "2017-02-02", "2017-02-01", "Rabu (1/2/17)"),
        ("Seorang relawan membagikan roti di Idlib, Senin, (19/12/2016).", "2016-12-21",
         "2016-12-19", "19/12/2016"),
        ("Toàn cảnh đổ nát ở Hatay nhìn từ trên cao sáng 7/2 (Ảnh: Reuters).", "2023-02-08",
         "2023-02-07", "sáng 7/2"),
        ("Người dân sơ tán khỏi Douma chiều 13/3. Ảnh: Reuters", "2018-03-16", "2018-03-13",
         "chiều 13/3"),
        ("13日、浸水した住宅で泥をかき出す住民。", "2018-07-17", "2018-07-13", "13日"),
        ("28日，救援人员在倒塌的房屋中搜救。", "2023-03-02", "2023-02-28", "28日"),
        # Korean opens with the day and a space, in its own sentence too
        ("15일 알레포 북부 아자즈에서 주민들이 무너진 집을 살펴보고 있다.", "2012-08-16",
         "2012-08-15", "15일"),
        ("피란민들이 버스를 기다렸다. 13일 알레포 동부에서 첫 버스가 떠났다.", "2016-12-16",
         "2016-12-13", "13일"),
        ("30일 하난오 지구에서 아이들이 물을 나르고 있다.", "2016-12-02", "2016-11-30", "30일"),
    ],
)  # fmt: skip
def test_a_short_numeric_day(caption: str, gallery: str, expected: str, span: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "15일 동안 알레포 동부에서 포격이 이어졌다.",  # for 15 days
        "3일 만에 주민들이 돌아왔다.",  # after three days
    ],
)
def test_a_korean_count_of_days_is_no_day(caption: str) -> None:
    assert dated(caption, "2016-12-16")[:2] == ("2016-12-16", "gallery")


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        ("2009년 3월12일과 2016년 12월13일, 알레포의 대모스크.", "2016년 12월13일"),
        ("2016년 12월13일과 2009년 3월12일, 알레포의 성채.", "2016년 12월13일"),
        ("2009年3月12日和2016年12月13日的阿勒颇倭马亚清真寺。", "2016年12月13日"),
        ("2009年3月12日と2016年12月13日のアレッポの旧市街。", "2016年12月13日"),
    ],
)
def test_two_days_joined_in_a_before_and_after_pair_take_the_later(caption: str, span: str) -> None:
    assert dated(caption, "2016-12-26") == ("2016-12-13", "day", span)


def test_a_short_numeric_day_that_dates_an_event_is_not_the_pictures() -> None:
    caption = (
        "Banjir yang melanda kota Derna dipicu oleh badai Daniel pada Minggu (10/9/2023) malam."
    )
    assert dated(caption, "2023-09-19")[:2] == ("2023-09-19", "gallery")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("Civili u razrušenom Alepu 14. listopada 2016. godine.", "2016-10-14"),
        ("Sirijska vojska je 5. listopada ušla u četvrt, prema izvješću.", "2016-10-05"),
        ("Cywile uciekają z Aleppo 14 listopada 2016 roku.", "2016-11-14"),
        ("Djeca čekaju hranu u Alepu 3. studenoga 2016.", "2016-11-03"),
        ("Izbjeglice čekaju na granici 22. prosinca 2016.", "2016-12-22"),
    ],
)
def test_croatian_and_polish_months(caption: str, expected: str) -> None:
    assert dated(caption, "2016-12-28")[:2] == (expected, "day")


# --------------------------------------------------------------------------- archive credits


@pytest.mark.parametrize(
    "caption",
    [
        "PHOTO JOHN DOE, ARCHIVES AGENCE FRANCE-PRESSE Des combattants rebelles dans Alep.",
        "Combatientes rebeldes en el casco antiguo de Alepo. EFE/Archivo",
        "Rebel fighters in the old city of Aleppo (archive).",
        "Halep'te muhalifler bir binanın önünde bekliyor. (Arşiv)",
        "Des soldats syriens dans la citadelle. Photo: Archives AFP",
        "Rebel fighters in Deraa, in this archive picture.",
        "Rebel fighters in Deraa. ARCHIVE PHOTO",
    ],
)
def test_an_archive_credit_with_no_day_is_unknown(caption: str) -> None:
    assert dated(caption, "2021-07-29")[:2] == ("", "unknown")


def test_an_archive_picture_takes_the_day_its_taken_line_gives() -> None:
    caption = (
        "PHOTO JOHN DOE, ARCHIVES AGENCE FRANCE-PRESSE Dix combattants ont été tués le 29 "
        "juillet 2021 dans la province de Deraa. Cette photo prise le 5 juillet 2018 montre "
        "une colonne de fumée au-dessus de la ville."
    )
    assert dated(caption, "2021-07-29") == ("2018-07-05", "day", "5 juillet 2018")


def test_the_national_archives_are_no_archive_credit() -> None:
    caption = "Documents from the national archives are shown in Damascus on Dec. 12."
    assert dated(caption, "2016-12-13")[:2] == ("2016-12-12", "day")


# --------------------------------------------------------------- Hungarian and Lithuanian days


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Romos épületek Aleppóban 2016. december 12-én.", "2016-12-12", "2016. december 12"),
        ("Menekültek Aleppóban, december 11. (MTI)", "2016-12-11", "december 11"),
        ("Aleppói látkép dec. 10. Fotó: AFP", "2016-12-10", "dec. 10"),
        ("Pabėgėliai Alepe 2016 m. gruodžio 9 d.", "2016-12-09", "2016 m. gruodžio 9"),
    ],
)
def test_a_hungarian_or_lithuanian_day_read_from_its_digits(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption, "2016-12-13") == (expected, "day", span)


def test_named_days_of_one_table_resolve_against_each_gallery() -> None:
    table = add_dates(
        pd.DataFrame(
            {
                "caption": ["Families gather on Christmas Day in Aleppo."] * 2,
                "gallery_date": ["2016-12-27", "2018-01-02"],
            }
        )
    )
    assert table["date"].tolist() == ["2016-12-25", "2017-12-25"]
    assert dt.date.fromisoformat(table["date"].iloc[1]).weekday() == 0  # a Monday
