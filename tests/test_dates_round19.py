"""Dates, round 19 (issue 14): a day written without its month is never after the gallery's; a
weekday after a part of its day; the months of Sorani and Kurmanji Kurdish captions (and the
Levantine ones without their article); an anniversary is no day of the picture; a Korean day
opening a later sentence that tells what was done; a weekday of the event the picture follows,
told in the next sentence."""

from __future__ import annotations

import pytest

import date_cases

MON_6 = "2023-02-06"  # a Monday
WED_8 = "2023-02-08"  # a Wednesday


def dated(caption: str, gallery_date: str) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------------------------ 1. a day without its month: never a day to come


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # later than the gallery's day: the month before (not a day in the days of grace)
        (
            "터키군 장갑차가 26일 국경을 넘어 아프린으로 향하고 있다.",
            "2018-02-21",
            "2018-01-26",
            "26일",
        ),
        (
            "【서울=뉴시스】24일 알레포 외곽에서 주민들이 피란길에 오르고 있다.",
            "2016-12-19",
            "2016-11-24",
            "24일",
        ),
        (
            "시리아 정부군 병사가 지난 23일 알레포에서 경계를 서고 있다.",
            "2016-12-20",
            "2016-11-23",
            "23일",
        ),
        (
            "구조대원이 9일(현지시간) 무너진 건물에서 생존자를 찾고 있다.",
            "2023-02-04",
            "2023-01-09",
            "9일",
        ),
        ("アレッポで28日、がれきの中を歩く住民。", "2016-12-22", "2016-11-28", "28日"),
        # on or before the gallery's day: its month
        (
            "터키군 장갑차가 20일 국경을 넘어 아프린으로 향하고 있다.",
            "2018-02-21",
            "2018-02-20",
            "20일",
        ),
        (
            "시리아 정부군 병사가 21일 알레포에서 경계를 서고 있다.",
            "2018-02-21",
            "2018-02-21",
            "21일",
        ),
    ],
)
def test_a_day_without_its_month_is_on_or_before_the_gallerys(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "gallery", "expected"),
    [
        # the day after the gallery's: a gallery dated a time zone behind (the next day still)
        ("시리아 정부군 병사가 28일(현지시간) 알레포에서 경계를 서고 있다.", "2016-12-27",
         "2016-12-28"),
        ("아프린에서 1일 주민들이 대피하고 있다.", "2018-01-31", "2018-02-01"),
        # two days after it: the month before
        ("시리아 정부군 병사가 29일(현지시간) 알레포에서 경계를 서고 있다.", "2016-12-27",
         "2016-11-29"),
    ],
)  # fmt: skip
def test_the_day_after_the_gallerys_is_a_time_zone_behind(
    caption: str, gallery: str, expected: str
) -> None:
    assert dated(caption, gallery)[:2] == (expected, "day")


def test_a_day_the_month_before_lacks_is_no_day() -> None:
    # (the 31st in a gallery of 5 March: February has none; the gallery's date stands)
    assert dated("아프린에서 31일 주민들이 대피하고 있다.", "2018-03-05")[:2] == (
        "2018-03-05",
        "gallery",
    )


# ------------------------------------------------- 2. a weekday after a part of its day


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        (
            "Rescuers dig through a collapsed block in Aleppo in the early hours of Monday.",
            "Monday",
        ),
        (
            "Residents flee their homes in Jindires in the small hours of Monday after the quake.",
            "Monday",
        ),
        ("A family shelters in a mosque in Aleppo in the wee hours of Monday.", "Monday"),
        ("Civil defence teams work through the early morning hours of Monday in Aleppo.", "Monday"),
        ("Volunteers hand out blankets in Aleppo on the morning of Monday.", "Monday"),
        ("A man stands in front of his ruined house on the night of Monday to Tuesday.", "Monday"),
        (
            "Helfer suchen in den frühen Morgenstunden des Montags in Aleppo nach Überlebenden.",
            "des Montags",
        ),
        (
            "Bewohner stehen am Abend des Montags vor ihren zerstörten Häusern in Aleppo.",
            "des Montags",
        ),
    ],
)
def test_a_weekday_after_a_part_of_its_day(caption: str, span: str) -> None:
    assert dated(caption, WED_8) == (MON_6, "day", span)


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        ("Des secouristes fouillent les décombres à Alep aux premières heures de lundi.", "lundi"),
        ("Rescatistas buscan sobrevivientes en Alepo en las primeras horas del lunes.", "lunes"),
        ("Soccorritori cercano superstiti ad Aleppo nelle prime ore di lunedì.", "lunedì"),
        ("Socorristas procuram sobreviventes em Aleppo na madrugada desta segunda-feira.",
         "segunda-feira"),
        ("Reddingswerkers zoeken in Aleppo in de vroege ochtend van maandag.", "maandag"),
        ("Спасатели ищут выживших в Алеппо рано утром в понедельник.", "понедельник"),
        ("Salvatorii caută supraviețuitori în Alep, în zorii zilei de luni.", "luni"),
        ("Salvatorii lucrează în dimineața zilei de luni printre ruinele din Alep.", "luni"),
    ],
)  # fmt: skip
def test_a_weekday_after_a_part_of_its_day_in_other_languages(caption: str, span: str) -> None:
    assert dated(caption, WED_8) == (MON_6, "day", span)


def test_romanian_months_are_no_monday() -> None:
    # "luni de zile": for months
    caption = "Familiile au trăit luni de zile în adăposturi din Alep."
    assert dated(caption, WED_8)[:2] == (WED_8, "gallery")


def test_a_weekday_after_a_part_of_its_day_with_its_date_takes_the_date() -> None:
    caption = "Fighters clash in Aleppo on the evening of Monday, Feb. 6."
    assert dated(caption, WED_8) == (MON_6, "day", "Monday, Feb. 6")


@pytest.mark.parametrize(
    "caption",
    [
        # (a word that runs on: no German genitive weekday)
        "Die Gläubigen versammeln sich zum Gebet des Freitagsgebets in Aleppo.",
        "Bewohner sprechen über die Erinnerung des Sonntagsmarkts in Aleppo.",
    ],
)
def test_no_weekday_after_other_words(caption: str) -> None:
    assert dated(caption, WED_8)[:2] == (WED_8, "gallery")


# ------------------------------- 3. the weekday of the event the picture follows, told next


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        (
            "A rescuer carries a child out of a flattened house following an earthquake in "
            "Aleppo. The quake that struck in the early hours of Monday caught families asleep.",
            "Monday",
        ),
        (
            "Residents search the rubble after a powerful earthquake in Jindires. The earthquake "
            "on Monday destroyed whole streets.",
            "Monday",
        ),
        (
            "Rescuers search a collapsed building after the earthquake in Aleppo. The quake that "
            "struck in the early hours of Monday surprised residents.",
            "Monday",
        ),
        (
            "Des secouristes fouillent un immeuble après un séisme à Alep. Le séisme survenu lundi "
            "a surpris les habitants.",
            "lundi",
        ),
        (
            "Helfer suchen in Aleppo nach einem Erdbeben nach Überlebenden. Das Erdbeben am "
            "Montag traf die Stadt im Schlaf.",
            "Montag",
        ),
    ],
)
def test_the_weekday_of_the_event_the_picture_follows(caption: str, span: str) -> None:
    assert dated(caption, WED_8) == (MON_6, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # the later sentence's subject is not the event the picture follows
        "A boy walks past a market in Aleppo after an air strike. Jets bombed three villages "
        "on Monday.",
        "A boy walks in Aleppo following the ceasefire. Jets bombed the villages on Monday.",
    ],
)
def test_a_weekday_of_another_story_stays_the_storys(caption: str) -> None:
    assert dated(caption, WED_8)[:2] == (WED_8, "gallery")


# --------------------------------------------------- 4. Kurdish (and Levantine) months


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # Sorani: the day, "ی" (of), the month, "دا" (on) or "ی" before a year
        (
            "خەڵکی کۆبانێ لە یادی ڕزگاربوونی شارەکەیان لە 1 تشرینی دووەمدا ئاهەنگ دەگێڕن.",
            "2018-11-03",
            "2018-11-01",
            "1 تشرینی دووەمدا",
        ),
        (
            "هێزەکانی ئاسایش لە ١٢ی کانوونی یەکەم لە گەڕەکی شێخ مەقسوود پاسەوانی دەکەن.",
            "2016-12-14",
            "2016-12-12",
            "١٢ی کانوونی یەکەم",
        ),
        (
            "منداڵان لە حەلەب یاری دەکەن، 15ی ئازاری 2017.",
            "2017-03-20",
            "2017-03-15",
            "15ی ئازاری 2017",
        ),
        (
            "خەڵکی عەفرین لە 20ی کانوونی دووەمدا ڕایانکرد.",
            "2018-01-22",
            "2018-01-20",
            "20ی کانوونی دووەمدا",
        ),
        # Kurmanji: the day, "ê", the month (of one or two words), "ê"
        (
            "Şervanên YPG di 1ê Çiriya Paşîn de li Kobanê cejn pîroz dikin.",
            "2018-11-03",
            "2018-11-01",
            "1ê Çiriya Paşîn",
        ),
        (
            "Niştecihên Efrînê di 20'ê Rêbendanê de ji bajêr reviyan.",
            "2018-01-25",
            "2018-01-20",
            "20'ê Rêbendanê",
        ),
        (
            "Zarok li Helebê dilîzin, 12 Çiriya Pêşîn 2014.",
            "2014-10-20",
            "2014-10-12",
            "12 Çiriya Pêşîn 2014",
        ),
        ("Di 28ê Îlonê de li taxa Şêx Meqsûd şer derket.", "2016-10-02", "2016-09-28", "28ê Îlonê"),
        (
            "Gundiyên Minbicê di 3ê Mijdarê de vegeriyan malên xwe.",
            "2016-11-05",
            "2016-11-03",
            "3ê Mijdarê",
        ),
        # Levantine months without their article, as some agencies write them
        (
            "مدنيون يغادرون حلب الشرقية في 15 كانون أول 2016.",
            "2016-12-20",
            "2016-12-15",
            "15 كانون أول 2016",
        ),
        (
            "أطفال يلعبون في عفرين، 20 يناير/ كانون ثاني 2018.",
            "2018-01-25",
            "2018-01-20",
            "20 يناير/ كانون ثاني 2018",
        ),
        ("مقاتلون في حلب في 3 تشرين ثاني.", "2016-11-05", "2016-11-03", "3 تشرين ثاني"),
    ],
)
def test_kurdish_months(caption: str, gallery: str, expected: str, span: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a month's name with no day before it
        "Şervanên YPG di meha Mijdarê de li Kobanê ne.",
        "Zarok li gundê Gulan dilîzin.",
        "خەڵکی کۆبانێ لە مانگی ئازاردا ئاهەنگ دەگێڕن.",
    ],
)
def test_no_kurdish_day(caption: str) -> None:
    assert dated(caption, "2018-11-03")[:2] == ("2018-11-03", "gallery")


# ----------------------------------------------- 5. an anniversary: no day of the picture


@pytest.mark.parametrize(
    "caption",
    [
        # the day of what the gallery marks the anniversary of, years before it
        "Residents stroll through the old souk a year after government forces retook the "
        "city on Dec. 22, 2016.",
        "Exactly one year ago, on December 22, 2016, the last buses left eastern Aleppo.",
        "Un an après la reprise d'Alep le 22 décembre 2016, des commerçants rouvrent leurs "
        "boutiques.",
        "Ein Jahr nach der Rückeroberung am 22. Dezember 2016 kehren Händler in die Altstadt "
        "zurück.",
        "Hace un año, el 22 de diciembre de 2016, los últimos combatientes salieron de Alepo.",
        "Bundan tam bir yıl önce, 22 Aralık 2016'da son muhalifler Halep'ten ayrıldı.",
        "On the first anniversary of the evacuation of Dec. 22, 2016, residents gather in "
        "Aleppo's old city.",
        # "today" that names the day years ago
        "A year ago today, the last rebels left eastern Aleppo.",
        "Heute vor einem Jahr verließen die letzten Rebellen Ost-Aleppo.",
        "Hoy hace un año, los últimos rebeldes salieron del este de Alepo.",
        "قبل عام في مثل هذا اليوم، خرج آخر المقاتلين من شرق حلب.",
        "في مثل هذا اليوم قبل عام، خرج آخر المقاتلين من شرق حلب.",
    ],
)
def test_an_anniversary_is_no_day_of_the_picture(caption: str) -> None:
    assert dated(caption, "2017-12-22")[:2] == ("2017-12-22", "gallery")


@pytest.mark.parametrize(
    "caption",
    [
        "Un anno fa, il 22 dicembre 2016, gli ultimi autobus lasciavano Aleppo est.",
        "Een jaar geleden, op 22 december 2016, verlieten de laatste bussen Oost-Aleppo.",
        "Год назад, 22 декабря 2016 года, последние автобусы покинули восточный Алеппо.",
        "Há um ano, em 22 de dezembro de 2016, os últimos ônibus deixaram o leste de Aleppo.",
        "알레포 탈환 1주년을 맞아 주민들이 시장을 걷고 있다. 정부군은 2016년 12월 22일 "
        "알레포 전역을 장악했다.",
        "정부군이 1년 전 2016년 12월 22일 알레포 동부를 완전히 장악했다.",
        "阿勒颇解放一周年：2016年12月22日，最后一批武装人员撤离阿勒颇东部。",
        "一年前的2016年12月22日，最后一批武装人员撤离阿勒颇东部。",
    ],
)
def test_an_anniversary_in_more_languages(caption: str) -> None:
    assert dated(caption, "2017-12-22")[:2] == ("2017-12-22", "gallery")


def test_an_asian_day_of_the_picture_beside_an_anniversary() -> None:
    caption = "알레포 탈환 1주년을 맞아 주민들이 2017년 12월 20일 시장을 걷고 있다."
    assert dated(caption, "2017-12-22") == ("2017-12-20", "day", "2017년 12월 20일")


def test_an_anniversary_told_in_a_later_sentence() -> None:
    caption = (
        "تحسنت الأوضاع في عفرين بعد مرور ثلاثة أعوام على العملية. وفي مثل هذا اليوم قبل 3 "
        "أعوام، بدأت العملية العسكرية في المدينة. ففي 20 يناير/ كانون ثاني 2018، أعلن الرئيس "
        "انطلاق العملية."
    )
    assert dated(caption, "2021-01-20")[:2] == ("2021-01-20", "gallery")


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # a day of the anniversary itself, or a day that is not a whole number of years back
        (
            "A year after the fall of Aleppo, shopkeepers reopen in the old city on Dec. 20.",
            "2017-12-22",
            "2017-12-20",
            "Dec. 20",
        ),
        (
            "A 7-year-old boy wounded on Oct. 3, 2017 walks in Aleppo.",
            "2017-12-22",
            "2017-10-03",
            "Oct. 3, 2017",
        ),
        # a "taken" line gives the picture's day
        (
            "A year after the siege ended, a boy walks in the old city. Picture taken Dec. 22, "
            "2016.",
            "2017-12-22",
            "2016-12-22",
            "Dec. 22, 2016",
        ),
        # a sentence presenting an old picture gives its day
        (
            "Two years after the battle, Aleppo rebuilds. This picture shows residents fleeing "
            "on Dec. 13, 2016.",
            "2018-12-13",
            "2016-12-13",
            "Dec. 13, 2016",
        ),
        # "today" without a count of years is today
        ("Children play in Aleppo's old city today.", "2017-12-22", "2017-12-22", "today"),
        ("Niños juegan hoy en la ciudad vieja de Alepo.", "2017-12-22", "2017-12-22", "hoy"),
    ],
)
def test_days_that_are_no_anniversarys(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


# ------------------------------- 6. a Korean day opening a later sentence of what was done


@pytest.mark.parametrize(
    "caption",
    [
        "정부군 병사가 알레포 동부를 순찰하고 있다. 17일 반군은 남서부에서 공세를 시작했다.",
        "주민들이 짐을 싣고 알레포를 떠나고 있다. 15일 정부군은 동부 지역을 완전히 장악했다.",
        "아이들이 폐허가 된 거리에서 놀고 있다. 13일 휴전 협정이 체결됐다.",
    ],
)
def test_a_korean_day_opening_a_later_sentence_of_the_story(caption: str) -> None:
    assert dated(caption, "2016-12-20")[:2] == ("2016-12-20", "gallery")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the later sentence shows the picture (the present: "있다") or is put on that day
        (
            "시리아 내전이 6년째 이어지고 있다. 15일 알레포에서 한 소년이 폐허를 걷고 있다.",
            "2016-12-15",
            "15일",
        ),
        (
            "정부군 병사가 알레포 동부를 순찰하고 있다. 15일 이날 반군은 철수를 시작했다.",
            "2016-12-15",
            "15일",
        ),
        # a first sentence that tells (the past) is no picture's: the day after it may be
        (
            "주민들이 짐을 싸서 피란길에 올랐다. 14일 첫 버스가 알레포를 떠났다.",
            "2016-12-14",
            "14일",
        ),
        # the picture's own day, before the story's
        (
            "정부군 병사가 15일 알레포 동부를 순찰하고 있다. 17일 반군은 공세를 시작했다.",
            "2016-12-15",
            "15일",
        ),
    ],
)
def test_a_korean_day_of_the_picture_stays(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2016-12-20") == (expected, "day", span)


# ---------------------------- 7. a Scandinavian weekday and day with no year, in no gallery


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the one year written that fits the weekday, also past Danish and Swedish "den"
        (
            "Oprørere i det østlige Aleppo fotograferet torsdag den 8. december. Billedet er fra "
            "2016.",
            "2016-12-08",
        ),
        (
            "Rebeller i östra Aleppo fotograferade torsdagen den 8 december. Bilden är från 2016.",
            "2016-12-08",
        ),
        (
            "Opprørere i det østlige Aleppo, fotografert torsdag 8. desember. Bildet er fra 2016.",
            "2016-12-08",
        ),
        # a weekday that no year written fits, or no year at all: no day (a year is not
        # invented)
        ("Rebeller i östra Aleppo fotograferade fredagen den 8 december. Bilden är från 2016.", ""),
        ("Opprørere i det østlige Aleppo, fotografert torsdag 8. desember.", ""),
    ],
)
def test_a_scandinavian_weekday_gives_the_year(caption: str, expected: str) -> None:
    assert dated(caption, "")[0] == expected


@pytest.mark.parametrize(
    ("caption", "gallery", "expected"),
    [
        # the day a report was made ("据……13日报道") is no day of the picture: under a
        # dispatch's dateline the dateline stays, alone the gallery's date
        (
            "新华社大马士革12月15日电 据叙利亚通讯社13日报道，政府军在阿勒颇东部收复多个街区。",
            "2016-12-15",
            ("2016-12-15", "day"),
        ),
        (
            "据叙利亚通讯社13日报道，政府军在阿勒颇东部收复了多个街区。",
            "2016-12-15",
            ("2016-12-15", "gallery"),
        ),
        (
            "叙利亚政府军士兵14日在阿勒颇巡逻。据叙利亚国家电视台13日报道，政府军已控制该市东部。",
            "2016-12-15",
            ("2016-12-14", "day"),
        ),
    ],
)
def test_a_chinese_reports_day(caption: str, gallery: str, expected: tuple[str, str]) -> None:
    assert dated(caption, gallery)[:2] == expected


# ------------------------------- 8. a weekday and its day of the month, with no month after


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Familias huyen del este de Alepo este martes 13, tras una noche de bombardeos.",
         "2016-12-13", "martes"),
        ("Des familles quittent l'est d'Alep ce mardi 13, après une nuit de frappes.",
         "2016-12-13", "mardi"),
        ("Famílias deixam o leste de Aleppo nesta terça-feira 13, após uma noite de ataques.",
         "2016-12-13", "terça-feira"),
        ("Famiglie lasciano Aleppo est martedì 13, dopo una notte di raid.", "2016-12-13",
         "martedì"),
        ("Familien verlassen am Dienstag, 13., den Osten Aleppos.", "2016-12-13", "Dienstag"),
        # a week back: the Tuesday that is the 6th
        ("Familias huyen del este de Alepo el martes 6, tras una noche de bombardeos.",
         "2016-12-06", "martes"),
    ],
)  # fmt: skip
def test_a_weekday_and_its_day_of_the_month(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2016-12-14") == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # no Tuesday of the weeks before is a 14th: a slip, no day
        "Familias huyen del este de Alepo este martes 14, tras una noche de bombardeos.",
        "Des familles quittent l'est d'Alep ce mardi 15, après une nuit de frappes.",
    ],
)
def test_a_weekday_and_a_day_of_the_month_that_is_not_its(caption: str) -> None:
    assert dated(caption, "2016-12-14")[:2] == ("2016-12-14", "gallery")


# ------------------------------------------------------------------ 9. Kurdish weekdays


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Niştecihên Efrînê roja Duşemê ji bajêr reviyan.", "2018-01-22", "Duşemê"),
        ("Şervanên YPG roja Înê li derdora Efrînê şer kirin.", "2018-01-19", "Înê"),
        ("Zarok roja Sêşemê li kampa Şehba dilîzin.", "2018-01-23", "Sêşemê"),
        ("خەڵکی عەفرین ڕۆژی دووشەممە شارەکەیان جێهێشت.", "2018-01-22", "دووشەممە"),
        ("ئاوارەکان لە ڕۆژی هەینی گەیشتنە حەلەب.", "2018-01-19", "هەینی"),
    ],
)  # fmt: skip
def test_kurdish_weekdays(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2018-01-24") == (expected, "day", span)


def test_romanian_in_is_no_kurdish_friday() -> None:
    caption = "În Alep, familiile se întorc în cartierele distruse."
    assert dated(caption, "2018-01-24")[:2] == ("2018-01-24", "gallery")
