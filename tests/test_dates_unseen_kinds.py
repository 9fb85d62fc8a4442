"""Dates: kinds of wordings met in galleries the project has not seen (issue 14): a statement's
weekday, title lines and days in numbers without a year, months without their accents or dots,
days in other scripts, relative days, and a deed's day before the photo's day."""

from __future__ import annotations

import pytest

import date_cases

TUE_13 = "2016-12-13"  # a Tuesday


def dated(caption: str, gallery_date: str = TUE_13) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------------------------------------------- 1. reported speech: a statement


@pytest.mark.parametrize(
    "caption",
    [
        "Residents sift through the rubble of a house in the Shaar district. The Syrian "
        "Observatory said on Wednesday that 20 people were killed in the strikes.",
        "Civilians flee eastern Aleppo, Syria. The United Nations said on Monday that hundreds "
        "of men had gone missing after crossing the front line.",
        "A man sits amid ruins in Aleppo. The monitor reported on Sunday that the army had "
        "taken the whole district.",
        "People walk in Aleppo's Old City. The ministry announced late on Saturday that the "
        "evacuation was complete.",
        "Government forces said on Monday they had captured Sheikh Saeed, as residents walk "
        "past ruins in the east of the city.",
        "Smoke rises over the eastern districts, where the army said Monday it had taken "
        "another neighbourhood.",
        "Des civils fuient Alep. L'OSDH a indiqué mercredi que 20 personnes avaient péri.",
        "Zivilisten fliehen aus Aleppo. Die Beobachtungsstelle teilte am Mittwoch mit, es "
        "gebe viele Tote.",
        "Civiles huyen de Alepo. El Observatorio informó el miércoles que murieron 20 personas.",
        "Civili in fuga da Aleppo. L'Osservatorio ha detto mercoledì che 20 persone sono morte.",
        "Civis deixam Aleppo. O Observatório disse nesta quarta-feira que 20 pessoas morreram.",
        "Halep'ten ayrılan siviller. Gözlemevi Çarşamba günü yaptığı açıklamada 20 kişinin "
        "öldüğünü bildirdi.",
        "مدنيون يغادرون حلب. وقال المرصد يوم الأربعاء إن عشرين شخصا قتلوا.",
    ],
)
def test_a_statements_weekday_is_not_the_photos_day(caption: str) -> None:
    # the caption states no day of the picture: the gallery's date stands
    assert dated(caption)[:2] == (TUE_13, "gallery")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the photo's own day before the statement's
        ("A boy walks past rubble in Bustan al-Qasr, Aleppo, Syria December 5, 2016. The UN "
         "said on Wednesday that 30,000 people had fled.", "2016-12-05", "December 5, 2016"),
        ("A man carries a child in Aleppo, Syria, on Sunday. Russia said on Monday that its "
         "forces had halted operations.", "2016-12-11", "Sunday"),
        # a weekday before the speech is the picture's
        ("Syrian soldiers stand guard in the Old City on Tuesday, the Observatory said.",
         "2016-12-13", "Tuesday"),
        ("Rebels said they repelled an attack, as smoke rises over Aleppo on Monday.",
         "2016-12-12", "Monday"),
        # a reported air strike is not someone speaking
        ("A reported air strike hit the market on Monday in Aleppo.", "2016-12-12", "Monday"),
        # the statement's weekday set aside, a later day is the photo's
        ("As the army said on Wednesday that it held the district, residents walk in it, "
         "Dec. 12.", "2016-12-12", "Dec. 12"),
        # a day stated with its month, said by a guide, still dates the visit
        ("Smoke rises over the old city. The minaret was destroyed in 2013, the guide said on "
         "Dec. 12, 2016.", "2016-12-12", "Dec. 12, 2016"),
    ],
)  # fmt: skip
def test_a_weekday_that_is_not_a_statements_stays_read(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "precision"),
    [
        # a weekday of another language in a later sentence tells the story, as an English one
        ("Des civils fuient les quartiers est d'Alep en Syrie. Les avions ont bombardé "
         "mercredi plusieurs hôpitaux.", TUE_13, "gallery"),
        ("Zivilisten fliehen aus den östlichen Vierteln von Aleppo. Kampfjets bombardierten "
         "am Mittwoch mehrere Kliniken.", TUE_13, "gallery"),
        ("Civiles huyen de los barrios orientales de Alepo. Los aviones bombardearon el "
         "miércoles varios hospitales.", TUE_13, "gallery"),
        # ... but is the picture's in its first sentence
        ("Des civils fuient Alep mercredi. L'OSDH a fait état de vingt morts.", "2016-12-07",
         "day"),
        ("Halep'ten kaçan siviller Çarşamba günü otobüslere bindi.", "2016-12-07", "day"),
        # ... and so does a day said relative to the gallery's
        ("Residents inspect the damage in the Shaar district of Aleppo. Jets bombed the area "
         "yesterday, activists said.", TUE_13, "gallery"),
        ("Des habitants constatent les dégâts dans le quartier de Chaar à Alep. Hier, des "
         "avions ont bombardé le secteur.", TUE_13, "gallery"),
        ("Residents inspect the damage in the Shaar district of Aleppo yesterday.",
         "2016-12-12", "day"),
        ("Traders carry goods into the covered souk. Today they reopened their shops.", TUE_13,
         "day"),
    ],
)  # fmt: skip
def test_a_weekday_or_relative_day_in_a_later_sentence(
    caption: str, expected: str, precision: str
) -> None:
    assert dated(caption)[:2] == (expected, precision)


# ---------------------------------------------------- 2. title lines and days in numbers


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        ("Aleppo 12/12: civilians leave the eastern districts on foot.", TUE_13, "2016-12-12",
         "12/12"),
        ("Aleppo 12/30 - families gather at the Jibreen shelter.", "2016-12-31", "2016-12-30",
         "12/30"),
        ("Aleppo, 30/12: families gather at the Jibreen shelter.", "2016-12-31", "2016-12-30",
         "30/12"),
        ("ALEPPO (11/12) - Des civils quittent l'est de la ville.", TUE_13, "2016-12-11",
         "11/12"),
        ("Aleppo, 11.12. - Zivilisten verlassen den Osten der Stadt.", TUE_13, "2016-12-11",
         "11.12"),
        ("Families gather at the Jibreen shelter in Aleppo on 12/30.", "2016-12-31",
         "2016-12-30", "12/30"),
        ("Families gather at the Jibreen shelter in Aleppo on 30/12.", "2016-12-31",
         "2016-12-30", "30/12"),
        ("Zivilisten versammeln sich am 11.12. vor dem Bus in Aleppo.", TUE_13, "2016-12-11",
         "11.12."),
        ("Des familles se rassemblent le 11/12 à Alep.", TUE_13, "2016-12-11", "11/12"),
        # ambiguous: the reading nearest before the gallery's date (Dec. 11, not Nov. 12)
        ("Families gather in Aleppo on 12/11.", TUE_13, "2016-12-11", "12/11"),
        # with a year, as before
        ("Families gather in Aleppo on 12/30/2016.", "2016-12-31", "2016-12-30", "12/30/2016"),
        ("Families gather in Aleppo, 30.12.2016.", "2017-01-02", "2016-12-30", "30.12.2016"),
        ("Families gather in Aleppo, 2016/12/30.", "2017-01-02", "2016-12-30", "2016/12/30"),
        # a title of today
        ("Aleppo today: residents walk through the ruins of the Old City.", TUE_13,
         "2016-12-13", "today"),
    ],
)  # fmt: skip
def test_a_day_in_numbers_in_a_title_or_after_a_day_word(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "About 3/4 of the buildings in east Aleppo are damaged.",
        "Rebels hold 2/3 of the district, and 24/7 shelling continues.",
        "The 10/12 road junction in Aleppo is closed to traffic.",
        "Families gather in Aleppo on 3/4 of the square.",
        "Zivilisten versammeln sich am 11.12 Uhr in Aleppo.",  # a time, not a day
        "Aleppo 2/3: the siege tightens around the eastern districts.",  # far from the gallery
        "Families gather at the Jibreen shelter in Aleppo on 12/11/2016.",  # Nov. or Dec.?
        "Votes on 1.5 million aid parcels in Aleppo.",
    ],
)
def test_numbers_that_are_not_a_day(caption: str) -> None:
    assert dated(caption)[:2] == (TUE_13, "gallery")


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        ("Moradores deixam os bairros do leste de Alepo a pé, segundo a ONG. (12/12)", TUE_13,
         "2016-12-12", "12/12"),
        ("Famílias esperam os ônibus no abrigo de Jibreen, em Alepo (11/12)", TUE_13,
         "2016-12-11", "11/12"),
        ("Rebeldes avançam sobre o aeroporto de Alepo. (30/11)", "2016-12-01", "2016-11-30",
         "30/11"),
        # the day nearest before the gallery's date: Dec. 1, not Jan. 12
        ("Os rebeldes controlam quase toda a cidade de Alepo, diz a ONG. (01/12)", "2024-12-01",
         "2024-12-01", "01/12"),
    ],
)  # fmt: skip
def test_a_day_in_brackets_that_ends_the_caption(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "Moradores deixam Alepo, onde os rebeldes ainda controlam bairros. (24/7)",  # far off
        "Moradores deixam Alepo (12/12) e seguem para o oeste da cidade.",  # not the end
        "A ONG conta os mortos em Alepo (3/4 deles civis), segundo o relatório.",
    ],
)
def test_numbers_in_brackets_that_are_not_the_day(caption: str) -> None:
    assert dated(caption)[:2] == (TUE_13, "gallery")


@pytest.mark.parametrize(
    "caption",
    [
        "Sınırdaki Karkamış ilçesi dün boşaltılmaya başlanmıştı; aileler okullarda kalıyor.",
        "Dün başlayan tahliyeler sürerken Halep'te siviller otobüslere bindi.",
        "Halep'te tahliyelerin dün başladığı doğu mahallelerinde siviller bekliyor.",
    ],
)
def test_a_turkish_yesterday_when_something_began_is_no_day(caption: str) -> None:
    assert dated(caption)[:2] == (TUE_13, "gallery")


@pytest.mark.parametrize(
    "caption",
    [
        "Halep'te siviller dün tahliye edildi.",
        "Cerablus operasyonu dün sabah başladı; ÖSO askerleri kente girdi.",  # what is shown
        "ÖSO askerleri dün Halep'e girdi. Tahliyeler ise geçen hafta başlamıştı.",
    ],
)
def test_a_turkish_yesterday_of_the_picture(caption: str) -> None:
    assert dated(caption)[:2] == ("2016-12-12", "day")


def test_a_year_alone_in_a_title_is_no_day() -> None:
    caption = "Aleppo, Syria - 2016: a boy rides a bicycle past destroyed buildings."
    assert dated(caption)[:2] == (TUE_13, "gallery")
    assert dated(caption, "2017-06-01")[1] != "day"


def test_a_day_in_numbers_needs_the_gallerys_date_when_ambiguous() -> None:
    row = date_cases.dated_row("Families gather in Aleppo on 12/11.", "")
    assert row["date_precision"] != "day"


# --------------------------------------------- 3. months without accents, dots or their letters


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Des civils quittent Alep le 12 decembre 2016.", "2016-12-12", "12 decembre 2016"),
        ("Des civils à Alep, le 3 fevrier 2016.", "2016-02-03", "3 fevrier 2016"),
        ("Des civils à Alep, le 3 aout 2016.", "2016-08-03", "3 aout 2016"),
        ("Civiles en Alepo, el 3 de setiembre de 2016.", "2016-09-03",
         "3 de setiembre de 2016"),
        ("Civis deixam Aleppo em 3 de marco de 2016.", "2016-03-03", "3 de marco de 2016"),
        ("Zivilisten verlassen Aleppo am 3. Maerz 2016.", "2016-03-03", "3. Maerz 2016"),
        ("Zivilisten verlassen Aleppo am 3. Marz 2016.", "2016-03-03", "3. Marz 2016"),
        ("Halep'te siviller, 12 Aralik 2016.", "2016-12-12", "12 Aralik 2016"),
        ("Halep'te siviller, 3 Subat 2016.", "2016-02-03", "3 Subat 2016"),
        # abbreviations, with their dot or before a year
        ("Halep'te siviller 12 Ara. 2016", "2016-12-12", "12 Ara. 2016"),
        ("Halep'te siviller 12 Ara 2016", "2016-12-12", "12 Ara 2016"),
        ("Halep'te siviller 3 Şub. 2016", "2016-02-03", "3 Şub. 2016"),
        ("Halep'te siviller 12 Kas. 2016", "2016-11-12", "12 Kas. 2016"),
        ("Zivilisten in Aleppo am 12. Dez 2016.", "2016-12-12", "12. Dez 2016"),
        ("Des civils à Alep, le 12 déc 2016.", "2016-12-12", "12 déc 2016"),
        ("Civiles en Alepo, 12 dic 2016.", "2016-12-12", "12 dic 2016"),
        ("Civiles en Alepo el 12 Dic, 2016", "2016-12-12", "12 Dic, 2016"),
        ("Des civils à Alep, le 1er fevr. 2016.", "2016-02-01", "1er fevr. 2016"),
        # between hyphens
        ("Civilians in Aleppo, 12-Dec-2016.", "2016-12-12", "12-Dec-2016"),
        ("Civilians in Aleppo, 12-DEC-16", "2016-12-12", "12-DEC-16"),
        ("Civiles en Alepo, 12-dic-2016.", "2016-12-12", "12-dic-2016"),
    ],
)  # fmt: skip
def test_a_month_without_its_accents_dots_or_letters(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "Moradores em Aleppo perto do marco da praça central.",  # a landmark, no day
        "Civilians in Aleppo set 12 tents near the square.",
        "Civilians in Aleppo, 12-abc-16 checkpoint.",
        "Halep'te 12 ara sokak yıkıldı.",  # "ara": a side street, no dot nor year
        "Rebels fired 12 dic rockets, an activist wrote.",
    ],
)
def test_words_like_a_months_abbreviation_are_no_day(caption: str) -> None:
    assert dated(caption)[:2] == (TUE_13, "gallery")


# ------------------------------------------------------------ 4. other scripts and calendars


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("مدنيون يغادرون حلب، ١٢/١٢/٢٠١٦", "2016-12-12", "١٢/١٢/٢٠١٦"),
        ("مدنيون يغادرون حلب بتاريخ ٢٠١٦-١٢-١٢", "2016-12-12", "٢٠١٦-١٢-١٢"),
        ("غیرنظامیان در حلب، ۱۲/۱۲/۲۰۱۶", "2016-12-12", "۱۲/۱۲/۲۰۱۶"),
        ("مدنيون يغادرون حلب في ١٢ كانون الأول ٢٠١٦", "2016-12-12", "١٢ كانون الأول ٢٠١٦"),
        ("مدنيون يغادرون حلب في ١٢ ديسمبر ٢٠١٦", "2016-12-12", "١٢ ديسمبر ٢٠١٦"),
        ("시리아 알레포에서 12일 주민들이 대피하고 있다.", "2016-12-12", "12일"),
        ("叙利亚阿勒颇的平民12月12日撤离。", "2016-12-12", "12月12日"),
        ("シリア・アレッポで12日、避難する市民。", "2016-12-12", "12日"),
    ],
)  # fmt: skip
def test_days_in_other_scripts(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "مدنيون يغادرون حلب، ١١/١٢/٢٠١٦",  # November or December?
        "غیرنظامیان در حلب، ۱۳۹۵/۰۹/۲۲",  # the Persian calendar's, in numbers: not read
        "시리아 알레포에서 12일 동안 포위가 계속됐다.",  # for twelve days
    ],
)
def test_numbers_in_other_scripts_that_are_not_a_day(caption: str) -> None:
    assert dated(caption)[1] != "day"


# ----------------------------------------------------------------------------- 5. relative days


@pytest.mark.parametrize(
    ("caption", "expected", "precision"),
    [
        ("Civilians leave Aleppo this morning.", "2016-12-13", "day"),
        ("Civilians leave Aleppo on Tuesday.", "2016-12-13", "day"),
        ("Civilians left Aleppo on Sunday night.", "2016-12-11", "day"),
        # no day: the gallery's date stands
        ("Civilians who fled Aleppo earlier this month wait at a camp.", TUE_13, "gallery"),
        ("Civilians leave Aleppo last week.", TUE_13, "gallery"),
        ("Civilians leave Aleppo, the day before the ceasefire.", TUE_13, "gallery"),
        ("Smoke rises over Aleppo after air strikes overnight.", TUE_13, "gallery"),
        ("Civilians left Aleppo this week.", TUE_13, "gallery"),
    ],
)  # fmt: skip
def test_relative_days_keep_their_reading(caption: str, expected: str, precision: str) -> None:
    assert dated(caption)[:2] == (expected, precision)


# --------------------------------------------------- 6. a deed's day before the photo's day


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("The Umayyad Mosque, destroyed on Aug. 4, 2012, is seen on Dec. 14.", "2016-12-14",
         "Dec. 14"),
        ("A building damaged on Aug. 4, 2012 is seen in Aleppo on Dec. 12, 2016.",
         "2016-12-12", "Dec. 12, 2016"),
        ("The minaret, which collapsed on April 24, 2013, is seen in the Old City on "
         "December 12.", "2016-12-12", "December 12"),
        ("The Carlton hotel, blown up by rebels on May 8, 2014, in Aleppo December 12, 2016.",
         "2016-12-12", "December 12, 2016"),
        ("The market, burnt on Sept. 29, 2012, is pictured Dec. 12, 2016.", "2016-12-12",
         "Dec. 12, 2016"),
        ("A man walks past the mosque whose minaret was destroyed on April 24, 2013, in "
         "Aleppo, Syria, on Dec. 12.", "2016-12-12", "Dec. 12"),
        ("Rebels who fled on Dec. 1 rest in Idlib on Dec. 3.", "2016-12-03", "Dec. 3"),
        ("La mosquée, détruite le 24 avril 2013, photographiée le 12 décembre 2016.",
         "2016-12-12", "12 décembre 2016"),
        ("Die am 24. April 2013 zerstörte Moschee, aufgenommen am 12. Dezember 2016.",
         "2016-12-12", "12. Dezember 2016"),
        ("La mezquita, destruida el 24 de abril de 2013, el 12 de diciembre de 2016.",
         "2016-12-12", "12 de diciembre de 2016"),
        # a file photo keeps its own old day; a combination takes its last day
        ("FILE PHOTO: Rebel fighters walk in Aleppo, Syria March 3, 2013. REUTERS/File Photo",
         "2013-03-03", "March 3, 2013"),
        ("This combination picture shows the mosque on March 3, 2013 (top) and on Dec. 12, "
         "2016 (bottom).", "2016-12-12", "Dec. 12, 2016"),
    ],
)  # fmt: skip
def test_the_photos_day_after_a_deeds_day(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the picture's own making: the first day
        ("A photo taken on Dec. 1 and released on Dec. 3 shows the Old City.", "2016-12-01",
         "Dec. 1"),
        # the later day is a statement's
        ("Syrian forces retook the district on Dec. 7, 2016, the army said on Dec. 8.",
         "2016-12-07", "Dec. 7, 2016"),
        # the later day is in another sentence (the story's)
        ("Fighters fire at positions in Aleppo, Dec. 12. Government forces seized the area "
         "on Dec. 14.", "2016-12-12", "Dec. 12"),
        # no deed before the first day: it stays the photo's
        ("Soldiers walk in Aleppo on Dec. 12, days before the evacuation ended on Dec. 16.",
         "2016-12-12", "Dec. 12"),
        # a later day that is earlier than the first is not the photo's
        ("A man walks on Dec. 12 past the mosque destroyed on April 24, 2013.", "2016-12-12",
         "Dec. 12"),
    ],
)  # fmt: skip
def test_a_first_day_that_is_not_a_deeds_stays_read(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


# -------------------------------------------------- 7. numbers with dots, Korean datelines


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # a dot writes the day first, even where the month could be the first number
        ("08.02.2023, Syrien, Aleppo: Helfer suchen in den Trümmern.", "", "2023-02-08",
         "08.02.2023"),
        ("Aleppo, 11.12.2016: Kinder spielen vor einem zerstörten Haus.", "", "2016-12-11",
         "11.12.2016"),
        ("Halep'te 05.03.2020 tarihinde çekilen fotoğraf.", "", "2020-03-05", "05.03.2020"),
        # a Korean day after a bracketed dateline, and "(현지)" for local time
        ("【알레포=AP/뉴시스】2일 시리아 알레포에서 주민들이 잔해를 치우고 있다.", "2019-02-03",
         "2019-02-02", "2일"),
        ("6일(현지) 시리아 알레포에서 구조대가 생존자를 찾고 있다.", "2023-02-07", "2023-02-06",
         "6일"),
    ],
)  # fmt: skip
def test_dotted_numbers_and_korean_datelines(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "photographed 11/12/2016 in Aleppo",  # November or December? (a slash says neither)
        "【서울=뉴시스】 15일 동안 이어진 전투로 주민들이 떠났다.",  # for 15 days
        "version 1.12.2016.3 of the file",
    ],
)
def test_no_day_from_an_ambiguous_slash_or_a_count(caption: str) -> None:
    assert dated(caption, "2019-02-03") == ("2019-02-03", "gallery", "")


# ---------------------------------- a header's day without its year, in a gallery of no date


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # a Getty header, the same day written again with its year in the caption
        ("ALEPPO, SYRIA - DECEMBER 15: Buses wait at a crossing point in the Ramouseh district "
         "of Aleppo, Syria on December 15, 2016 to take civilians out. (Photo by Jane Roe/"
         "Anadolu Agency/Getty Images)", "2016-12-15", "December 15, 2016"),
        ("AFRIN, SYRIA - MARCH 18: Fighters walk in the town centre of Afrin, Syria on March "
         "18, 2018. (Photo by John Doe/Getty Images)", "2018-03-18", "March 18, 2018"),
        ("ALEPPO, SYRIA - DECEMBER 15: Families wait in Aleppo on Thursday, December 15, 2016. "
         "(Photo by Jane Roe/Getty Images)", "2016-12-15", "Thursday, December 15, 2016"),
    ],
)  # fmt: skip
def test_a_headers_day_takes_its_year_from_the_same_day_written_later(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption, None) == (expected, "day", span)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "caption",
    [
        # another day later gives the header no year: the day stays unknown
        "ALEPPO, SYRIA - DECEMBER 15: Men who fled their homes on December 12, 2016 wait at a "
        "crossing point in Aleppo. (Photo by Jane Roe/Getty Images)",
        # no day written again
        "ALEPPO, SYRIA - DECEMBER 15: A convoy waits at a crossing point in Aleppo. (Photo by "
        "Jane Roe/Getty Images)",
    ],
)
def test_a_headers_day_without_its_year_stays_unknown(caption: str) -> None:
    date, precision, _ = dated(caption, None)  # type: ignore[arg-type]
    assert precision == "unknown"
    assert date in ("", "NaT", "None", "<NA>", "nan")


def test_a_gallery_date_still_gives_a_headers_day_its_year() -> None:
    caption = (
        "ALEPPO, SYRIA - DECEMBER 15: Men who fled on December 12, 2016 wait at a crossing "
        "point in Aleppo. (Photo by Jane Roe/Getty Images)"
    )
    assert dated(caption, "2016-12-16")[:2] == ("2016-12-15", "day")
