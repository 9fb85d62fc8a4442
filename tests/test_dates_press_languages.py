"""Dates: the wordings of the press of more languages (Swahili, Malay, Indonesian month
abbreviations, Swedish, Danish, Czech, Slovak, Croatian, Azerbaijani, Hebrew, Urdu), a day
stated after the gallery's date (a day to come, or a slip), a weekday that does not fall on the
day it names, a statement's weekday glossed by its day ("said on Wednesday (February 3)"), a
day of the story before a closing day in a gallery of no date, and a day in numbers that may be
read either way ("12/06/2012": the day first in every language but English, none in English)."""

from __future__ import annotations

import pytest

from date_cases import dated

WED = "2016-12-14"  # a Wednesday


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # Swahili: months, weekdays, "jana"
        ("Mwanamume akipita karibu na jengo lililoharibiwa Aleppo tarehe 13 Desemba 2016.",
         "2016-12-13", "13 Desemba 2016"),
        ("Wapiganaji wakipumzika mjini Aleppo tarehe 9 Oktoba 2016.", "2016-10-09",
         "9 Oktoba 2016"),
        ("Wanajeshi wa Syria mjini Aleppo siku ya Alhamisi.", "2016-12-08", "Alhamisi"),
        ("Wakazi wakitembea Aleppo Jumatatu.", "2016-12-12", "Jumatatu"),
        ("Familia zikikimbia mashariki mwa Aleppo jana.", "2016-12-13", "jana"),
        # Malay weekdays; Indonesian month abbreviations; Indonesian without "pada" or "di"
        ("Penduduk berjalan di Aleppo pada hari Ahad.", "2016-12-11", "hari Ahad"),
        ("Penduduk berjalan di Aleppo, Isnin.", "2016-12-12", "Isnin"),
        ("Pasukan pemerintah memasuki Aleppo pada hari Khamis.", "2016-12-08", "hari Khamis"),
        ("Warga Aleppo timur, 13 Des 2016.", "2016-12-13", "13 Des 2016"),
        ("Warga mengungsi dari Aleppo timur, Kamis lalu.", "2016-12-08", "Kamis"),
        # Swedish, Danish
        ("Invånare går genom ruinerna i Aleppo i måndags.", "2016-12-12", "måndags"),
        ("Flyktingar lämnar Aleppo på söndagen.", "2016-12-11", "söndagen"),
        ("Invånare i Aleppo i går.", "2016-12-13", "i går"),
        ("Beboere forlader Aleppo i går aftes.", "2016-12-13", "i går"),
        ("Beboere forlader Aleppo lørdag.", "2016-12-10", "lørdag"),
        # Czech, Slovak, Croatian, Slovenian
        ("Uprchlíci opouštějí Aleppo ve středu.", "2016-12-14", "středu"),
        ("Obyvatelé procházejí troskami Aleppa v pondělí.", "2016-12-12", "pondělí"),
        ("Utečenci opúšťajú Aleppo v piatok.", "2016-12-09", "piatok"),
        ("Izbjeglice napuštaju Alep u nedjelju.", "2016-12-11", "nedjelju"),
        ("Izbjeglice napuštaju Alep jučer.", "2016-12-13", "jučer"),
        ("Begunci zapuščajo Alep v petek.", "2016-12-09", "petek"),
        # Azerbaijani
        ("Hələb sakinləri cümə axşamı şəhərin şərqində.", "2016-12-08", "cümə axşamı"),
        ("Hələb sakinləri çərşənbə axşamı şəhərin şərqində.", "2016-12-13", "çərşənbə axşamı"),
        ("Hələb şəhərində sakinlər bazar ertəsi günü xarabalıqlar arasında.", "2016-12-12",
         "bazar ertəsi"),
        ("Hələb şəhərində sakinlər dünən xarabalıqlar arasında.", "2016-12-13", "dünən"),
        # ... and the month's genitive before the day ("dekabrın 12-də", on 12 December)
        ("Hələbin şərqində sakinlər dekabrın 12-də evlərini tərk edirlər.", "2016-12-12",
         "dekabrın 12"),
        ("Noyabrın 30-da Hələbdə çəkilmiş fotoda sakinlər görünür.", "2016-11-30",
         "Noyabrın 30"),
        ("2016-cı il dekabrın 13-ü Hələbdə sakinlər.", "2016-12-13", "2016-cı il dekabrın 13"),
        # Hebrew
        ("תושבים הולכים בין ההריסות בחלב ביום שני.", "2016-12-12", "ביום שני"),
        ("חיילים סורים בחלב ביום חמישי.", "2016-12-08", "ביום חמישי"),
        ("תושבים הולכים בין ההריסות בחלב אתמול.", "2016-12-13", "אתמול"),
        ("ילדים משחקים ברחוב בחלב היום.", "2016-12-14", "היום"),
        # Urdu
        ("حلب میں لوگ ملبے کے درمیان 12 دسمبر 2016 کو۔", "2016-12-12", "12 دسمبر 2016"),
        ("حلب میں شامی فوجی منگل کے روز۔", "2016-12-13", "منگل کے روز"),
        ("حلب میں لوگ پیر کو ملبے کے درمیان چل رہے ہیں۔", "2016-12-12", "پیر کو"),
    ],
)  # fmt: skip
def test_a_day_in_the_press_of_another_language(caption: str, expected: str, span: str) -> None:
    assert dated(caption, WED) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "Hələb bazarında satıcılar.",  # a market, not Sunday
        "Khamis, a fighter of the brigade, stands in Aleppo.",  # a name
        "Jana and her brother walk through Aleppo.",  # a name
        "Penduduk Aleppo berbelanja di pasar setiap Jumat.",  # every Friday
        "Wakazi wa Aleppo huswali msikitini kila Ijumaa.",  # every Friday
        "Invånarna i Aleppo ber varje fredag.",  # every Friday
        "עד היום העיר חלב הרוסה.",  # until today
        "היום הראשון של הפסקת האש בחלב עבר בשקט.",  # the first day (of the ceasefire)
        "Pir Baba ki dargah, a shrine, in Aleppo.",  # not an Urdu weekday
        "Hələbdə 3 mayın 2 ədədi tapıldı.",  # "mayın": also "of the mine", no day after it
    ],
)
def test_no_day_in_the_press_of_another_language(caption: str) -> None:
    assert dated(caption, WED)[1] == "gallery"


@pytest.mark.parametrize(
    ("caption", "gallery", "expected"),
    [
        # a day after the gallery's date and its days of grace: a slip or a day to come
        ("Pasukan membentangkan bendera setelah merebut Afrin, Minggu (18/8/2018).",
         "2018-03-18", ("2018-03-18", "gallery")),
        ("Rebels gather in Aleppo ahead of talks set for January 23, 2017.", WED,
         (WED, "gallery")),
        ("Rebels gather in Aleppo ahead of talks set for Jan. 23, 2017. Picture shows fighters "
         "on Dec. 13, 2016.", WED, ("2016-12-13", "day")),
        # ... and within the days of grace, the day stands
        ("Syrian troops walk in Aleppo, Syria, December 18, 2016.", WED, ("2016-12-18", "day")),
        # a weekday that does not fall on the day it names: a slip, no day stated
        ("Pasukan membentangkan bendera di Afrin, Sabtu (18/3/2018).", "2018-03-20",
         ("2018-03-20", "gallery")),
        ("Pasukan membentangkan bendera di Afrin, Minggu (18/3/2018).", "2018-03-20",
         ("2018-03-18", "day")),
        ("Syrian troops walk in Aleppo, Syria, Monday, Dec. 13, 2016.", WED, (WED, "gallery")),
        ("Syrian troops walk in Aleppo, Syria, Tuesday, Dec. 13, 2016.", WED,
         ("2016-12-13", "day")),
        ("Des soldats syriens à Alep, lundi 13 décembre 2016.", WED, (WED, "gallery")),
        ("Des soldats syriens à Alep, mardi 13 décembre 2016.", WED, ("2016-12-13", "day")),
        ("Người dân ở Aleppo hôm thứ Ba, 13/12/2016.", WED, ("2016-12-13", "day")),
    ],
)  # fmt: skip
def test_a_day_that_cannot_be_the_photos(
    caption: str, gallery: str, expected: tuple[str, str]
) -> None:
    assert dated(caption, gallery)[:2] == expected


def test_a_day_to_come_in_french_is_no_day() -> None:
    # (its month and year close the sentence: the month is read, not a day: see _month_only)
    caption = "Des rebelles à Alep avant les pourparlers prévus le 23 janvier 2017."
    assert dated(caption, WED)[1] != "day"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a statement's weekday, glossed by its day: the statement's, not the picture's
        ("The army has broken the siege of two towns north of Aleppo, the government said on "
         "Wednesday (February 3), cutting a supply route.", ("2016-02-04", "gallery")),
        ("Rebels have left the district, officials said on Tuesday, Feb. 2.",
         ("2016-02-04", "gallery")),
        ("Les rebelles ont quitté le quartier, a annoncé mardi 2 février le ministère.",
         ("2016-02-04", "gallery")),
        # ... a day after it in the sentence is read
        ("Rebels have left the district, officials said on Tuesday (Feb. 2). A fighter rests "
         "in Aleppo on Feb. 3, 2016.", ("2016-02-03", "day")),
        # ... not a weekday glossed without a statement, nor "said on" a day with its month
        ("Fighters rest in Aleppo on Wednesday (February 3).", ("2016-02-03", "day")),
        ("A fighter rests in Aleppo, the commander said on Feb. 3, 2016.",
         ("2016-02-03", "day")),
    ],
)  # fmt: skip
def test_a_statements_weekday_glossed_by_its_day(caption: str, expected: tuple[str, str]) -> None:
    assert dated(caption, "2016-02-04")[:2] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a gallery of no date: a day of the story without its year, then the picture's day
        # with its year closing the sentence
        ("A woman who was hurt when the dam was hit on 16 January by a drone, 24 January 2025 "
         "(Jane Doe/Agency)", "2025-01-24"),
        ("Men who fled the district on Dec. 12 return to it, Aleppo, December 15, 2016.",
         "2016-12-15"),
        # ... the same day stated again with its year
        ("ALEPPO, SYRIA - DECEMBER 15: Civilians leave on December 15, 2016.", "2016-12-15"),
    ],
)  # fmt: skip
def test_a_closing_day_in_a_gallery_of_no_date(caption: str, expected: str) -> None:
    assert dated(caption, "")[:2] == (expected, "day")


def test_a_story_day_and_a_year_in_a_later_sentence_give_none() -> None:
    # the day with its year does not close the first day's sentence: no year, no day
    caption = "Fighters who took the hill on 20 January rest. The front moved on 24 January 2025."
    assert dated(caption, "")[1] == "unknown"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a day in numbers read either way: the day first outside English
        ("Warga berjalan di Aleppo pada 12/06/2012.", ("2012-06-12", "day")),
        ("Người dân ở Aleppo ngày 05/11/2016.", ("2016-11-05", "day")),
        ("Des civils fuient Alep le 05/11/2016.", ("2016-11-05", "day")),
        ("Wakazi wa Aleppo wakikimbia, 12/06/2012.", ("2012-06-12", "day")),
        ("Sivil halk Halep'ten kaçıyor, 05.11.2016.", ("2016-11-05", "day")),
        # ... none in English (American agencies write the month first)
        ("Residents walk in Aleppo on 12/06/2012.", ("", "gallery")),
        ("A fighter looks on as the war moves into its fifth month. Aleppo, 12/06/2012.",
         ("", "gallery")),
        # ... and a day that can be read one way only is read
        ("Residents walk in Aleppo on 12/26/2016.", ("2016-12-26", "day")),
    ],
)  # fmt: skip
def test_a_day_in_numbers_read_either_way(caption: str, expected: tuple[str, str]) -> None:
    date, precision, _ = dated(caption, "2016-12-28")
    assert (date if precision == "day" else "", precision) == expected


@pytest.mark.parametrize(
    "caption",
    [
        # the weekday of an earlier event, told in a later sentence: the story's, not the
        # picture's, even where it is the gallery's own day (the gallery's date stands); but
        # see tests/test_dates_round19.py: a picture said to follow that event is of its day
        "Rescuers search a collapsed building in the north of Aleppo. The quake that struck in "
        "the early hours of Monday surprised residents.",
        "Tim penyelamat mencari korban di antara reruntuhan gedung di Aleppo. Gempa yang terjadi "
        "pada Senin dini hari mengejutkan warga.",
        "Waokoaji wakitafuta manusura katika jengo lililoanguka mjini Aleppo. Tetemeko hilo "
        "lilitokea Jumatatu alfajiri.",
    ],
)
def test_an_earlier_events_weekday_in_a_later_sentence_is_the_storys(caption: str) -> None:
    assert dated(caption, "2023-02-06")[:2] == ("2023-02-06", "gallery")
    assert dated(caption, "2023-02-08")[:2] == ("2023-02-08", "gallery")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the archive markers of more languages make a file photo: no weekday, no gallery's day
        ("Warga berjalan di Aleppo, Senin. (Arsip)", ("", "unknown")),
        ("Warga berjalan di antara reruntuhan di Aleppo. Foto: Arsip Reuters", ("", "unknown")),
        ("Foto arsip: Warga berjalan di Aleppo pada 12 Mei 2013.", ("2013-05-12", "day")),
        ("חיילים סורים בחלב. צילום ארכיון", ("", "unknown")),
        ("حلب میں شامی فوجی۔ فائل فوٹو", ("", "unknown")),
        ("Hələb şəhərində sakinlər. Arxiv fotosu", ("", "unknown")),
        ("Invånare i Aleppo i går. Arkivbild", ("", "unknown")),
        ("Obyvatelé Aleppa. Archivní snímek", ("", "unknown")),
        ("Stanovnici Alepa. Arhivska fotografija", ("", "unknown")),
        # ... not an archive named in a sentence
        ("Warga membaca arsip kota di Aleppo pada hari Senin.", ("2016-12-12", "day")),
    ],
)
def test_a_file_photo_in_the_press_of_another_language(
    caption: str, expected: tuple[str, str]
) -> None:
    assert dated(caption, WED)[:2] == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a day that starts a period ("since"), in more languages: the next day, else none
        ("Warga Aleppo timur yang terkepung sejak 15 November 2016 menunggu evakuasi.",
         (WED, "gallery")),
        ("Người dân Aleppo bị bao vây kể từ ngày 15/11/2016 chờ sơ tán.", (WED, "gallery")),
        ("Wakazi wa Aleppo waliozingirwa tangu tarehe 15 Novemba 2016 wakisubiri.",
         (WED, "gallery")),
        ("Mieszkańcy Aleppo, oblężonego od 15 listopada 2016, czekają na ewakuację 13 grudnia "
         "2016.", ("2016-12-13", "day")),
        ("תושבי חלב הנצורים מאז 15 בנובמבר 2016 ממתינים לפינוי.", (WED, "gallery")),
        ("Invånarna i Aleppo, belägrat sedan den 15 november 2016, väntar.", (WED, "gallery")),
        # ... not "from" alone in Vietnamese, nor a plain day
        ("Người dân Aleppo sơ tán từ 13/12/2016.", ("2016-12-13", "day")),
        ("Warga Aleppo timur menunggu evakuasi pada 13 Desember 2016.", ("2016-12-13", "day")),
        # the day a picture was released, provided or published: not the day it was taken
        ("Foto yang dirilis oleh SANA pada 12 Desember 2016 ini menunjukkan warga di Aleppo.",
         (WED, "gallery")),
        ("Ảnh do SANA công bố ngày 12/12/2016 cho thấy người dân ở Aleppo.", (WED, "gallery")),
        ("Gambar yang dikeluarkan oleh SANA pada 12 Disember 2016 menunjukkan penduduk Aleppo.",
         (WED, "gallery")),
        # ... a day taken stated first stands
        ("Foto yang diambil pada 10 Desember 2016 dan dirilis pada 12 Desember 2016 "
         "menunjukkan warga di Aleppo.", ("2016-12-10", "day")),
    ],
)  # fmt: skip
def test_a_period_start_or_a_release_day_in_another_language(
    caption: str, expected: tuple[str, str]
) -> None:
    assert dated(caption, WED)[:2] == expected
