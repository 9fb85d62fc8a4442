"""Dates, round 23: kinds missed on real captions.

1. A month and year of another month than the gallery's date's ("west of Manbij, March
   2018." in a gallery of April 2018) is no day of the gallery: the date is unknown, the
   month's words its text. Only a gallery dated inside that month keeps its day; a gallery of
   no date gives the month's words too. Not a month told by a relative clause ("..., which
   fell in March 2018.").
2. A day of the month alone in Korean, Japanese and Chinese ("9일(현지시간)", "11일 시리아
   ...", "アレッポで9日、", "阿勒颇9日，"), read against the gallery's date.
3. Under a Japanese dispatch's dateline ("【3月2日 AFP】"), the lead's day with its month
   ("... キリスで3月1日、") is the picture's.
4. A page's stamp under its title, a day with its year before a clock time or its own weekday
   ("Τρίτη, 12 Νοεμβρίου 2013 09:40", "4.9.2013 / 11:05", "2 Eylül 2016 Cuma"), is the page's
   date (precision ``gallery``); the day its body states, read against it, is the picture's.

The sentences are written for these tests, in the wordings of published captions.
"""

from __future__ import annotations

import pytest

import date_cases


def dated(caption: str, gallery_date: str) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------------------------- 1. a month and year of another month


@pytest.mark.parametrize(
    ("caption", "gallery_date", "span"),
    [
        # a gallery of the month after: its day is not the picture's
        ("A fighter walks past burnt trucks near Tadef, west of Manbij, March 2018. "
         "REUTERS/Staff", "2018-04-06", "March 2018"),
        ("A boy waves from a bus leaving Azaz, December 2015.", "2016-01-09", "December 2015"),
        # years later
        ("A refugee from Tell Abyad waves in a camp near Akcakale, Turkey, June 2015. "
         "REUTERS/Staff", "2020-06-11", "June 2015"),
        # French, Spanish, Italian, Portuguese, German, Turkish
        ("Un drapeau est hissé sur une colline près de Tell Abyad en juin 2015.", "2015-07-04",
         "juin 2015"),
        ("Un combatiente camina por Tell Abyad, junio de 2015.", "2015-07-04", "junio de 2015"),
        ("Un combattente cammina a Tell Abyad nel giugno 2015.", "2015-07-04", "giugno 2015"),
        ("Moradores caminham no centro de Homs. A imagem foi feita em maio de 2009.",
         "2016-12-20", "maio de 2009"),
        ("Kinder spielen in einer Gasse von Manbidsch, Juni 2015.", "2015-07-04", "Juni 2015"),
        ("Çocuklar Akçakale'de bir kampta oynuyor, Haziran 2015.", "2015-07-04", "Haziran 2015"),
    ],
)  # fmt: skip
def test_a_month_of_another_month_than_the_gallerys_is_no_day(
    caption: str, gallery_date: str, span: str
) -> None:
    assert dated(caption, gallery_date) == ("", "unknown", span)


def test_the_gallery_of_the_month_after_a_closing_month_no_longer_keeps_its_day() -> None:
    caption = "Trucks leave western Azaz, Syria November 2016. REUTERS/Staff"
    assert dated(caption, "2016-12-02") == ("", "unknown", "November 2016")


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        ("A fighter walks past burnt trucks near Tadef, west of Manbij, March 2018.",
         "March 2018"),
        ("Un drapeau flotte sur la colline de Tell Abyad en juin 2015.", "juin 2015"),
        ("Turistas caminham pelo mercado de Homs. A imagem foi feita em maio de 2009.",
         "maio de 2009"),
    ],
)  # fmt: skip
def test_a_month_in_a_gallery_of_no_date_is_read_as_its_text(caption: str, span: str) -> None:
    assert dated(caption, "") == ("", "unknown", span)


@pytest.mark.parametrize(
    ("caption", "gallery_date"),
    [
        # the gallery is of that month: its day may be the picture's
        ("A fighter walks past burnt trucks near Tadef, west of Manbij, March 2018.",
         "2018-03-29"),
        ("Un drapeau est hissé sur une colline près de Tell Abyad en juin 2015.", "2015-06-30"),
        # a relative clause tells the month of a deed, not of the picture
        ("Children play in the square of Manbij, which fell in March 2018.", "2018-04-06"),
        ("Des enfants jouent à Tell Abyad, qui a été reprise en juin 2015.", "2015-07-04"),
        # a period
        ("Families have lived in the camp near Azaz since March 2018.", "2018-04-06"),
        # the story, in a later sentence
        ("A boy rides a bike in Manbij. The army entered the town in March 2018.", "2018-04-06"),
        # the month of a day set aside as an event's (the day is no picture's, nor its month)
        ("Des habitants fouillent les ruines d'un immeuble de Jableh effondré lors du séisme "
         "du 6 février 2023.", "2023-03-02"),
    ],
)  # fmt: skip
def test_a_month_of_the_gallerys_or_of_a_deed_keeps_the_gallerys_day(
    caption: str, gallery_date: str
) -> None:
    assert dated(caption, gallery_date) == (gallery_date, "gallery", "")


# ------------------------------------------- 2. a day of the month alone (ko, ja, zh)


@pytest.mark.parametrize(
    ("caption", "gallery_date", "expected", "span"),
    [
        # Korean: with "local time", opening the caption, after the subject
        ("반군 대원이 9일(현지시간) 만비즈의 건물 옥상에서 깃발을 흔들고 있다.", "2018-03-10",
         "2018-03-09", "9일"),
        ("11일 시리아 아자즈 외곽에서 주민들이 무너진 집을 살펴보고 있다.", "2015-08-13",
         "2015-08-11", "11일"),
        ("시리아 정부군 병사들이 7일 홈스에서 순찰하고 있다.", "2015-08-13", "2015-08-07", "7일"),
        # a day after the gallery's: of the month before
        ("27일 시리아 아자즈에서 한 소년이 물을 나르고 있다.", "2015-08-03", "2015-07-27", "27일"),
        # Japanese: after a place before "で", opening the caption
        ("シリア北部マンビジュで9日、がれきの間を歩く住民。", "2018-03-10", "2018-03-09", "9日"),
        ("9日、シリア北部マンビジュで、がれきの間を歩く住民。", "2018-03-10", "2018-03-09", "9日"),
        # Chinese: after the subject, before "在"; after the place, before a comma
        ("叙利亚政府军士兵9日在霍姆斯巡逻。", "2018-03-10", "2018-03-09", "9日"),
        ("叙利亚曼比季9日，居民在废墟中行走。", "2018-03-10", "2018-03-09", "9日"),
        ("叙利亚曼比季28日，居民在废墟中行走。", "2018-03-10", "2018-02-28", "28日"),
    ],
)  # fmt: skip
def test_a_cjk_day_alone_is_read_against_the_gallerys_date(
    caption: str, gallery_date: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery_date) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # up to, since: a bound, not a day
        "截至9日，已有数百名居民撤离曼比季。",
        "居民自9日以来一直在撤离曼比季。",
        # a statement's day in a later sentence
        "曼比季居民在废墟中行走。该组织9日表示，已有数百人死亡。",
        # a count of days; the coming day
        "주민들은 9일 동안 만비즈에 갇혀 있었다.",
        "반군은 오는 28일 만비즈에서 철수한다.",
        # a Korean day of a later sentence, of the story
        "만비즈에서 주민들이 잔해 사이를 걷고 있다. 반군은 5일 공세를 시작했다.",
    ],
)
def test_a_cjk_day_that_is_no_picture_day_keeps_the_gallerys(caption: str) -> None:
    assert dated(caption, "2018-03-10") == ("2018-03-10", "gallery", "")


def test_a_cjk_day_alone_in_a_gallery_of_no_date_gives_no_date() -> None:
    assert dated("11일 시리아 아자즈 외곽에서 주민들이 집을 살펴보고 있다.", "") == (
        "",
        "unknown",
        "11일",
    )


# ------------------------------------------- 3. a Japanese dispatch: the lead's day with its month


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("【3月2日 AFP】トルコ南部の町キリスで3月1日、砲弾により男性2人が負傷した。",
         "2018-03-01", "3月1日"),
        ("【3月2日 AFP】トルコ南部の町キリスで2月27日、砲弾により男性2人が負傷した。",
         "2018-02-27", "2月27日"),
        # the day alone, as before
        ("【3月2日 AFP】トルコ南部の町キリスで1日、砲弾により男性2人が負傷した。",
         "2018-03-01", "1日"),
    ],
)  # fmt: skip
def test_a_dispatchs_lead_day_with_its_month_is_the_pictures(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption, "2018-03-02") == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a day of a statement
        "【3月2日 AFP】トルコ当局は3月1日、砲弾により男性2人が負傷したと発表した。",
        # a later sentence
        "【3月2日 AFP】キリスの町は砲撃を受けた。監視団は3月1日、声明を出した。",
        # a day long before the dateline: not a day of grace
        "【3月2日 AFP】トルコ南部の町キリスで12月30日、砲弾により男性2人が負傷した。",
    ],
)
def test_a_dispatchs_lead_day_that_is_no_picture_day_keeps_the_gallerys(caption: str) -> None:
    assert dated(caption, "2018-03-02") == ("2018-03-02", "gallery", "")


def test_a_dispatchs_lead_day_with_no_gallery_date_gives_no_date() -> None:
    caption = "【3月2日 AFP】トルコ南部の町キリスで3月1日、砲弾により男性2人が負傷した。"
    assert dated(caption, "")[:2] == ("", "unknown")


# ------------------------------------------- 4. a page's stamp


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # a clock time after the day: Greek, Hebrew, Persian, English
        ("Καταστροφές στη Χομς\n\nΤρίτη, 12 Νοεμβρίου 2013 09:40\n\nΚλειστά μαγαζιά και "
         "ερείπια στην πόλη.", "2013-11-12", "12 Νοεμβρίου 2013"),
        ("הצבא: השתלטנו על הרובע\n\n4.9.2013 / 11:05\n\nהטלוויזיה דיווחה על קרבות קשים.",
         "2013-09-04", "4.9.2013"),
        ("تصاویر ویژه از حمص\n\nسه‌شنبه 4 شهریور 1393 - 10:15\n\nاهالی به خانه های خود "
         "باز می گردند.", "2014-08-26", "4 شهریور 1393"),
        ("Army enters the old market\n\nTuesday, 14 May 2013 09:40\n\nSoldiers walk between "
         "shuttered shops.", "2013-05-14", "14 May 2013"),
        # the day's own weekday after it (Turkish)
        ("Muhalifler Cerablus'ta arama yapıyor\n\n2 Eylül 2016 Cuma\n\nÖzgür Suriye Ordusu "
         "kasabada kontrolü sağladı.", "2016-09-02", "2 Eylül 2016"),
        # the lines joined by a gallery's reader
        ("Muhalifler Cerablus'ta arama yapıyor 2 Eylül 2016 Cuma Özgür Suriye Ordusu "
         "kasabada kontrolü sağladı.", "2016-09-02", "2 Eylül 2016"),
    ],
)  # fmt: skip
def test_a_pages_stamp_is_the_pages_date(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "") == (expected, "gallery", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # a weekday of the body, read against the stamp
        ("Καταστροφές στη Χομς\n\nΠέμπτη, 14 Νοεμβρίου 2013 10:20\n\nΚλειστά μαγαζιά στην πόλη "
         "την Τρίτη.", "2013-11-12", "Τρίτη"),
        ("Army enters the old market Thursday, 16 May 2013 10:20 Soldiers walk between "
         "shuttered shops on Tuesday.", "2013-05-14", "Tuesday"),
        # a day of the body
        ("Army enters the old market\n\nThursday, 16 May 2013 10:20\n\nSoldiers walk between "
         "shuttered shops on May 15.", "2013-05-15", "May 15"),
    ],
)  # fmt: skip
def test_the_day_under_a_pages_stamp_is_the_pictures(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption, "") == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # a weekday that is not the day's: no stamp (and a slip: no day)
        ("Muhalifler Cerablus'ta arama yapıyor\n\n2 Eylül 2016 Pazar\n\nÖzgür Suriye Ordusu "
         "kasabada kontrolü sağladı.", "2016-09-02", "2 Eylül 2016"),
        # a weekday of the sentence ("... Cuma günü"): the day of the picture
        ("Özgür Suriye Ordusu 2 Eylül 2016 Cuma günü Cerablus'ta kontrolü sağladı.",
         "2016-09-02", "2 Eylül 2016"),
        # the day the picture was taken, with its time
        ("Picture taken May 14, 2013 09:40 shows soldiers in the old market of Homs.",
         "2013-05-14", "May 14, 2013"),
        # a day alone on its line, no clock and no weekday: the picture's
        ("Homs, Syria\n14 May 2013\nA man walks past the rubble of the old market.",
         "2013-05-14", "14 May 2013"),
    ],
)  # fmt: skip
def test_a_day_that_is_no_stamp_stays_the_pictures(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "") == (expected, "day", span)


# ------------------------------------------- the Greek May ("Μαΐου", whose "ΐ" casefold splits)


@pytest.mark.parametrize(
    ("caption", "gallery_date", "expected", "span"),
    [
        ("Κάτοικοι περπατούν στα ερείπια της Χομς, 14 Μαΐου 2013.", "", "2013-05-14",
         "14 Μαΐου 2013"),
        ("Στρατιώτες περιπολούν στη Χομς στις 14 Μαΐου.", "2013-05-20", "2013-05-14",
         "14 Μαΐου"),
    ],
)  # fmt: skip
def test_the_greek_may_is_read(caption: str, gallery_date: str, expected: str, span: str) -> None:
    assert dated(caption, gallery_date) == (expected, "day", span)


def test_the_greek_may_without_a_day_is_no_day() -> None:
    assert dated("Κάτοικοι περπατούν στα ερείπια της Χομς τον Μάιο.", "2013-05-20") == (
        "2013-05-20",
        "gallery",
        "",
    )


# ------------------------------------------- 5. a deed suffered, told in a later sentence


@pytest.mark.parametrize(
    "caption",
    [
        "The old clock tower of Idlib stands after years of shelling. Its upper floor was "
        "destroyed in an air strike on 9 March 2015.",
        "The picture shows the clock tower of Idlib after years of war. Its roof, rebuilt in "
        "1990, was hit by a shell on 9 March 2015.",
        "La tour de l'horloge d'Idleb après des années de guerre. Son toit a été détruit le "
        "9 mars 2015.",
        "图为伊德利卜的钟楼在多年战火后伫立着。钟楼建于1890年，但在2015年3月9日被炮火摧毁。",
        "伊德利卜的钟楼在多年战火后伫立着。钟楼的顶部在2015年3月9日为炮火所毁。",
        "イドリブの時計塔は長い戦争の後も立っている。塔の屋根は2015年3月9日、空爆で破壊された。",
    ],
)
def test_a_deed_suffered_in_a_later_sentence_is_the_storys(caption: str) -> None:
    assert dated(caption, "2016-12-14") == ("2016-12-14", "gallery", "")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the later sentence names the picture
        ("The old clock tower of Idlib stands after years of shelling. The photo was taken "
         "on 9 March 2015.", "2015-03-09", "9 March 2015"),
        # the day is of another clause than the deed's
        ("The old clock tower of Idlib stands after years of shelling. It was built in 1890, "
         "the guide said on Dec. 12, 2016.", "2016-12-12", "Dec. 12, 2016"),
        # the picture's own sentence states the day
        ("图为2016年12月13日在伊德利卜拍摄的钟楼。钟楼在2015年3月9日被摧毁。", "2016-12-13",
         "2016年12月13日"),
        # a day after the sentence of the picture, of no deed suffered
        ("伊德利卜的钟楼在多年战火后伫立着。12月13日，士兵在钟楼附近巡逻。", "2016-12-13",
         "12月13日"),
    ],
)  # fmt: skip
def test_a_later_day_of_no_deed_suffered_stays_read(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2016-12-14") == (expected, "day", span)


# ------------------------------------------- 6. a month with no day that dates the picture


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        # Japanese, Chinese, Korean: the month before "taken", with its year, "last year" or
        # neither (a month after the gallery's: of the year before)
        ("ラッカからの避難民の女性と娘。(昨年11月シリア・アインイッサ・佐藤撮影)", "昨年11月"),
        ("ラッカからの避難民の女性と娘。(2017年11月シリア・アインイッサ・佐藤撮影)",
         "2017年11月"),
        ("ラッカからの避難民の女性と娘。(11月シリア・アインイッサ・佐藤撮影)", "11月"),
        ("来自拉卡的难民母女。（去年11月摄于艾因伊萨）", "去年11月"),
        ("락까 출신 피란민 모녀. 작년 11월 아인이사에서 촬영.", "작년 11월"),
        # English: "last November" closing the picture's first sentence
        ("A displaced woman from Raqqa and her daughter in Ain Issa last November.",
         "last November"),
    ],
)  # fmt: skip
def test_a_month_of_the_picture_of_another_month_is_no_day(caption: str, span: str) -> None:
    assert dated(caption, "2018-04-20") == ("", "unknown", span)


@pytest.mark.parametrize(
    "caption",
    [
        # the gallery's month
        "ラッカからの避難民の女性と娘。(4月シリア・アインイッサ・佐藤撮影)",
        "来自拉卡的难民母女。（4月摄于艾因伊萨）",
        # no word of taking: the story's month
        "11月，叙利亚军队进入拉卡。图为居民。",
        # a deed, a period, a later sentence
        "A woman who fled Raqqa last November.",
        "Families have lived in the camp since last November.",
        "A woman sits in Ain Issa. She fled Raqqa last November.",
    ],
)
def test_a_month_of_the_gallerys_or_of_the_story_keeps_the_gallerys_day(caption: str) -> None:
    assert dated(caption, "2018-04-20") == ("2018-04-20", "gallery", "")


def test_a_day_with_its_month_before_taken_is_the_day() -> None:
    caption = "ラッカからの避難民の女性と娘。(4月12日シリア・アインイッサ・佐藤撮影)"
    assert dated(caption, "2018-04-20") == ("2018-04-12", "day", "4月12日")


# ------------------------------------------- 7. a month and year in Russian, Arabic, CJK


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        ("Боец оппозиции у сгоревших грузовиков под Манбиджем, март 2018 года.",
         "март 2018 года"),
        ("Боец оппозиции у сгоревших грузовиков под Манбиджем в марте 2018 г.", "марте 2018 г."),
        ("مقاتل قرب شاحنات محترقة في منبج، آذار 2018.", "آذار 2018"),
        ("مقاتل قرب شاحنات محترقة في منبج في آذار/مارس 2018.", "مارس 2018"),
        ("マンビジュ近郊で焼けたトラックのそばを歩く戦闘員。2018年3月", "2018年3月"),
        ("만비즈 인근에서 불탄 트럭 옆을 걷는 대원. 2018년 3월", "2018년 3월"),
        ("2018年3月，一名武装人员在曼比季附近行走。", "2018年3月"),
    ],
)  # fmt: skip
def test_a_month_and_year_in_more_languages_is_no_day_of_the_next_months_gallery(
    caption: str, span: str
) -> None:
    assert dated(caption, "2018-04-06") == ("", "unknown", span)


@pytest.mark.parametrize(
    ("caption", "gallery_date"),
    [
        # the gallery's month
        ("Боец оппозиции у сгоревших грузовиков под Манбиджем в марте 2018 г.", "2018-03-25"),
        ("2018年3月，一名武装人员在曼比季附近行走。", "2018-03-25"),
        # a period, a deed, a later sentence
        ("Дети играют в лагере, где семьи живут с марта 2018 года.", "2018-04-06"),
        ("Дети играют в лагере. Семьи бежали из города в марте 2018 года.", "2018-04-06"),
        ("أطفال يلعبون في المخيم منذ آذار 2018.", "2018-04-06"),
        ("一名武装人员在曼比季附近行走，该镇于2018年3月被攻占。", "2018-04-06"),
    ],
)  # fmt: skip
def test_a_month_in_more_languages_of_the_gallery_or_the_story_keeps_the_gallerys_day(
    caption: str, gallery_date: str
) -> None:
    assert dated(caption, gallery_date) == (gallery_date, "gallery", "")


@pytest.mark.parametrize(
    "caption",
    [
        # a day of the sentence, with its weekday and a part of the day after it
        "Soldiers walk in Idlib on May 14, 2013 Tuesday night after the shelling.",
        "Soldiers walk in Idlib, May 14, 2013 Tuesday night after the shelling.",
    ],
)
def test_a_day_of_the_sentence_with_its_weekday_after_it_is_no_stamp(caption: str) -> None:
    assert dated(caption, "") == ("2013-05-14", "day", "May 14, 2013")
