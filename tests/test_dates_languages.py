"""Dates: weekdays and days said relative to the gallery's date ("today", "yesterday", "this
morning") in more languages (Portuguese, Dutch, Greek, Russian, Ukrainian, Polish, Romanian,
Hungarian, Indonesian, Vietnamese, Persian, Chinese, Japanese, Korean), the prayers of Eid, and
what is none of these: "every Friday", "today" meaning nowadays, a Greek ordinal, a period's
start ("the uprising, which began on March 15, 2011")."""

from __future__ import annotations

import datetime as dt

import pytest

from aleppomap.dates import _CJK_RELATIVE_DAYS, _CJK_WEEKDAYS, _may_be_rare
from date_cases import dated

FRI = "2016-12-16"  # a Friday
TUE = "2024-12-03"  # a Tuesday


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # Greek, with its article and the genitive
        ("Γυναίκες κουβαλούν νερό στη συνοικία Χανάνο την Τετάρτη.", FRI, "2016-12-14",
         "Τετάρτη"),
        ("Μαχητές ξεκουράζονται στο Χαλέπι, το Σάββατο.", TUE, "2024-11-30", "Σάββατο"),
        ("Καπνός στον ουρανό του Χαλεπιού τα ξημερώματα της Κυριακής.", TUE, "2024-12-01",
         "Κυριακής"),
        # ... and a day stated after the weekday wins: "την Πέμπτη 1η Δεκεμβρίου"
        ("Παιδιά στα ερείπια του Χαλεπιού, την Πέμπτη 1η Δεκεμβρίου.", FRI, "2016-12-01",
         "1η Δεκεμβρίου"),
        # Russian, Ukrainian, Polish
        ("Сапёры осматривают здание школы в Алеппо в четверг.", FRI, "2016-12-15", "четверг"),
        ("Волонтери роздають хліб у Алеппо в суботу.", TUE, "2024-11-30", "суботу"),
        ("Ratownicy przeszukują gruzy w Aleppo w poniedziałek.", TUE, "2024-12-02",
         "poniedziałek"),
        # Portuguese (and a Brazilian day of the month after the weekday), Dutch compounds
        ("Crianças brincam em um parque de Alepo nesta quinta-feira.", FRI, "2016-12-15",
         "quinta-feira"),
        ("Soldados sírios chegam a Alepo no domingo (1º).", TUE, "2024-12-01", "domingo"),
        ("Rebellen bij de citadel van Aleppo, maandagochtend.", TUE, "2024-12-02", "maandag"),
        # Romanian, Hungarian, Indonesian, Vietnamese, Persian
        ("Copii se joacă printre ruine, la Alep, duminică.", TUE, "2024-12-01", "duminică"),
        ("Mentők dolgoznak Aleppóban hétfőn.", TUE, "2024-12-02", "hétfőn"),
        ("Relawan membagikan roti di Aleppo pada Senin pagi.", TUE, "2024-12-02", "Senin"),
        ("Trẻ em chơi đùa giữa đống đổ nát ở Aleppo hôm thứ Hai.", TUE, "2024-12-02",
         "thứ Hai"),
        ("امدادگران روز دوشنبه در حلب آوار را جست‌وجو کردند.", TUE, "2024-12-02", "دوشنبه"),
        # Chinese, Japanese, Korean: no space around the word
        ("救援人员星期四在阿勒颇清理废墟。", FRI, "2016-12-15", "星期四"),
        ("救援隊が月曜日、アレッポでがれきを撤去した。", TUE, "2024-12-02", "月曜"),
        ("구조대원들이 월요일 알레포에서 잔해를 치우고 있다.", TUE, "2024-12-02", "월요일"),
    ],
)  # fmt: skip
def test_a_weekday_of_another_language(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Rescuers dig through rubble in Aleppo this morning.", FRI, "this morning"),
        ("Un enfant dans les ruines d'Alep ce matin.", FRI, "ce matin"),
        ("Des familles quittent Alep la nuit dernière.", "2016-12-15", "la nuit dernière"),
        ("Familias huyen de Alepo esta mañana.", FRI, "esta mañana"),
        ("Familias huyen de Alepo anoche.", "2016-12-15", "anoche"),
        ("Famílias deixam Alepo ontem.", "2016-12-15", "ontem"),
        ("Un bambino tra le rovine di Aleppo stamattina.", FRI, "stamattina"),
        ("Siviller bu sabah Halep'ten ayrıldı.", FRI, "bu sabah"),
        ("عائلات تغادر حلب صباح اليوم", FRI, "صباح اليوم"),
        ("عائلات تغادر حلب اليوم.", FRI, "اليوم"),
        ("خانواده‌ها دیروز حلب را ترک کردند.", "2016-12-15", "دیروز"),
        ("Семьи покидают Алеппо вчера вечером.", "2016-12-15", "вчера"),
        ("Родини залишають Алеппо сьогодні.", FRI, "сьогодні"),
        ("Οικογένειες εγκαταλείπουν το Χαλέπι χθες.", "2016-12-15", "χθες"),
        ("Rodziny opuszczają Aleppo wczoraj.", "2016-12-15", "wczoraj"),
        ("Gezinnen verlaten Aleppo gisteren.", "2016-12-15", "gisteren"),
        ("Familii părăsesc Alepul astăzi.", FRI, "astăzi"),
        ("Családok hagyják el Aleppót tegnap.", "2016-12-15", "tegnap"),
        ("Keluarga meninggalkan Aleppo kemarin.", "2016-12-15", "kemarin"),
        ("Các gia đình rời Aleppo hôm qua.", "2016-12-15", "hôm qua"),
        ("家庭昨天撤离阿勒颇。", "2016-12-15", "昨天"),
        ("家族が今朝、アレッポを離れた。", FRI, "今朝"),
        ("가족들이 어제 알레포를 떠났다.", "2016-12-15", "어제"),
    ],
)
def test_a_day_said_relative_to_the_gallerys(caption: str, expected: str, span: str) -> None:
    assert dated(caption, FRI) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # every Friday: a habit, no day
        "A bird market opens in Aleppo every Friday.",
        "Jeden Freitag öffnet ein Vogelmarkt in Aleppo.",
        "Κάθε Παρασκευή ανοίγει μια αγορά στο Χαλέπι.",
        "每周五阿勒颇都有集市。",
        # next Friday: a day to come
        "Talks on Aleppo are due to resume next Friday.",
        "Les discussions sur Alep reprendront vendredi prochain.",
        "Die Gespräche über Aleppo gehen am nächsten Freitag weiter.",
        "تستأنف المحادثات حول حلب يوم غد الجمعة",
        "Rozmowy o Aleppo zostaną wznowione w przyszły piątek.",
        "La tregua di Aleppo scade venerdì prossimo.",
        # "today" meaning nowadays, said with "is", or after a sentence of another year
        "Aleppo today is a city of ruins.",
        "Die Altstadt von Aleppo ist heute zerstört.",
        "Το Χαλέπι σήμερα είναι ερείπια.",
        "Сегодня Алеппо — город руин.",
        "The souk burnt in 2012. Today it is rebuilt.",
        "今天的阿勒颇满目疮痍。",
        "오늘날 알레포는 폐허다.",
        # words that are weekdays elsewhere: a Greek ordinal, a saint, the environment,
        # Romanian "luni" (months), Arabic "اليوم" (the day)
        "Το Χαλέπι πολιορκείται για Τρίτη εβδομάδα.",
        "Πιστοί στην εκκλησία της Αγίας Παρασκευής στο Χαλέπι.",
        "Отходы попадают в окружающую среду Алеппо.",
        "Oamenii din Alep așteaptă de luni de zile ajutoare.",
        "أطفال يلعبون في اليوم الأول في حلب",
        # the day a period started
        "People mark the anniversary of the revolt, which began on March 15, 2011, in Aleppo.",
        "Ruins of a district in a battle that began on Nov. 15 in Aleppo.",
        "Civilians in Aleppo, where the war started on July 19, 2012.",
        "Des ruines d'Alep, où la bataille qui a commencé le 19 juillet 2012 a tout détruit.",
    ],
)
def test_no_day_of_the_picture(caption: str) -> None:
    assert dated(caption, FRI)[1] != "day"


def test_a_weekday_and_today_near_the_new_year() -> None:
    # a Greek Friday in a gallery of Monday 2 January is the Friday of the year before
    assert dated("Σύροι στο Χαλέπι την Παρασκευή.", "2017-01-02")[0] == "2016-12-30"
    assert dated("叙利亚人昨天在阿勒颇。", "2017-01-01")[0] == "2016-12-31"


def test_eid_prayers_are_on_its_first_day() -> None:
    # Eid al-Adha 1445 began on 16 June 2024 (Umm al-Qura); its prayers are on the first
    # morning, so even in a gallery dated on its third day
    for caption in (
        "Worshippers attend Eid al-Adha prayers in the courtyard of a mosque in Aleppo.",
        "صلاة عيد الأضحى في أحد مساجد حلب",
        "Halep'te Kurban Bayramı namazı kılan cemaat.",
        "نمازگزاران نماز عید قربان را در حلب خواندند.",
    ):
        assert dated(caption, "2024-06-18")[:2] == ("2024-06-16", "day")
    # ... but the feast named without its prayers, during it, keeps the gallery's day
    assert dated("Children celebrate Eid al-Adha in Aleppo.", "2024-06-18")[:2] == (
        "2024-06-18",
        "gallery",
    )


@pytest.mark.parametrize("word", sorted(set(_CJK_RELATIVE_DAYS) | set(_CJK_WEEKDAYS)))
def test_every_cjk_word_is_read(word: str) -> None:
    caption = f"阿勒颇{word}，居民撤离。"
    assert _may_be_rare(caption)
    date, precision, span = dated(caption, "2016-12-13")
    assert (precision, span) == ("day", word)
    gallery = dt.date(2016, 12, 13)
    assert gallery - dt.timedelta(days=6) <= dt.date.fromisoformat(date) <= gallery


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over Aleppo this morning.",
        "Rebellen rukken vrijdagavond op naar Aleppo.",
        "Rebelianci w Aleppo w czwartek.",
        "Busse verlassen Aleppo am Mittwochmorgen.",
        "Combatientes rebeldes en Alepo, ayer.",
        "Sfollati da Aleppo, ieri pomeriggio.",
    ],
)
def test_words_read_in_ascii_captions(caption: str) -> None:
    assert caption.isascii()
    assert dated(caption, FRI)[1] == "day"


def test_english_prayer_is_not_spanish_yesterday() -> None:
    assert dated("Men kneel for prayer in a street of Aleppo.", FRI)[1] == "gallery"


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # a day of the month alone, with "local time" or after the sentence's subject: the
        # gallery's month (or the month before, when later than the gallery's day)
        (
            "구조대원들이 2일(현지시간) 알레포의 무너진 건물에서 생존자를 찾고 있다.",
            "2024-12-02",
            "2일",
        ),
        ("시리아 군인이 29일 알레포 성채 앞을 지나가고 있다.", "2024-11-29", "29일"),
        ("当地时间1日，阿勒颇居民在街头排队领取面包。", "2024-12-01", "1日"),
        ("阿勒颇居民2日在老城区清理废墟。", "2024-12-02", "2日"),
        ("アレッポで1日、パンを求めて並ぶ住民。", "2024-12-01", "1日"),
        ("住民が30日（現地時間）、アレッポ旧市街を歩いた。", "2024-11-30", "30日"),
        ("避難した住民が2日夜、アレッポ郊外の村に着いた。", "2024-12-02", "2日"),
        # a day written year first with dots, as Korean agencies close a caption
        ("알레포 시내를 순찰하는 반군. 2024.11.30/ 로이터=뉴스1", "2024-11-30", "2024.11.30"),
    ],
)
def test_a_cjk_day_of_the_month_alone(caption: str, expected: str, span: str) -> None:
    assert dated(caption, TUE) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "지난 15일부터 알레포에서 공습이 이어지고 있다.",  # since the 15th
        "반군이 15일 동안 알레포를 포위했다.",  # for 15 days
        "停火协议将在3日内生效，阿勒颇居民等待。",  # within 3 days
        "アレッポの住民は3日間、避難所で過ごした。",  # for three days
    ],
)
def test_no_cjk_day_of_the_month(caption: str) -> None:
    assert dated(caption, TUE)[1] != "day"


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # the Persian (Solar Hijri) calendar: 15 Azar is 5 or 6 December, 23 Azar 1395 is
        # 13 December 2016, 1 Farvardin 1400 is 21 March 2021 (a leap year before it)
        ("صف نان در حلب، پنج‌شنبه ۱۵ آذر", "2024-12-07", "2024-12-05", "۱۵ آذر"),
        ("خروج غیرنظامیان از شرق حلب، ۲۳ آذر ۱۳۹۵", "2016-12-20", "2016-12-13",
         "۲۳ آذر ۱۳۹۵"),
        ("جشن نوروز در حلب، 1 فروردین 1400", "2021-03-25", "2021-03-21", "1 فروردین 1400"),
        # a day of Dey (late December, early January) in a gallery of the next January
        ("ساکنان حلب در سرما، ۸ دی", "2017-01-03", "2016-12-28", "۸ دی"),
    ],
)  # fmt: skip
def test_a_day_of_the_persian_calendar(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a period's start, a weekday since which something lasts
        "Rebels have held the citadel since Saturday.",
        "Halep'te elektrik kesintisi Pazartesi'den beri sürüyor.",
        # then and now
        "Aleppo yesterday and today: the citadel in 2010 and in 2024.",
        "Alep hier et aujourd'hui.",
        "阿勒颇的昨天和今天。",
        # a deed told in a clause set aside by commas
        "Aleppo, which rebels seized on Nov. 30, was calm.",
        "Families return to Hanano, where the army entered on Nov. 27, with their belongings.",
        # a Persian month name that is also a word, with no day before it
        "تیر اندازی در حلب ادامه دارد.",
    ],
)
def test_no_day_of_the_picture_either(caption: str) -> None:
    assert dated(caption, "2024-12-05")[1] != "day"


def test_a_deed_in_the_pictures_own_clause_is_its_day() -> None:
    assert dated("Rebels seized Aleppo's airport on Nov. 30.", "2024-12-05")[:2] == (
        "2024-11-30",
        "day",
    )


@pytest.mark.parametrize(
    "caption",
    [
        "알레포 성채의 모습. 어제 [AFP=연합뉴스 자료사진]",
        "阿勒颇城堡昨天的景象。（资料照片）",
        "アレッポの城塞、昨日（資料写真）",
        "Вид на цитадель Алеппо в пятницу. Архивное фото",
        "Cytadela w Aleppo w piątek. Zdjęcie archiwalne.",
        "Η ακρόπολη του Χαλεπιού την Παρασκευή, φωτογραφία αρχείου.",
        "ارگ حلب روز جمعه. عکس آرشیوی",
        "Cetatea din Alep, vineri, fotografie de arhivă.",
        "Az aleppói fellegvár pénteken, archív fotó.",
        "Thành cổ Aleppo hôm thứ Sáu. (Ảnh tư liệu)",
    ],
)
def test_an_archive_picture_of_another_language_takes_no_weekday(caption: str) -> None:
    # a file photo is older than its gallery: no weekday nor relative day is its, and with
    # no day stated its date is unknown
    assert dated(caption, FRI)[:2] == ("", "unknown")


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # Japanese: the day before "taken" (撮影) wins over the AFPBB dateline, the day the
        # story was sent
        (
            "【12月5日 AFP】政府軍がアレッポ東部で前進を続けた。写真は東部の住宅地。12月3日撮影。",
            "2016-12-05",
            "2016-12-03",
            "12月3日",
        ),
        (
            "【11月2日 AFP】アレッポ郊外で戦闘が続いた。31日撮影。(c)AFP",
            "2016-11-02",
            "2016-10-31",
            "31日",
        ),
        (
            "【3月9日 AFP】アレッポの市場に並ぶ住民(3月8日、撮影)。",
            "2017-03-09",
            "2017-03-08",
            "3月8日",
        ),
        # Korean: the caption's own day before the stamp of its sending, the stamp's month
        # when the gallery has no date
        (
            "반군이 알레포에서 철수했다고 관측소가 14일(현지시간) 밝혔다. 사진은 이날 버스에 "
            "오르는 주민들. 2016-12-15 사진=AFP 연합뉴스",
            "2016-12-15",
            "2016-12-14",
            "14일",
        ),
        (
            "3일(현지시간) 알레포 외곽을 순찰하는 반군. 2024.12.04/ ⓒ AFP=뉴스1",
            "",
            "2024-12-03",
            "3일",
        ),
        # ... "local time" misspelt as the keyboard makes it (혀지시간)
        (
            "7일(혀지시간) 무너진 건물에서 주민을 구조하는 대원들. 2023.2.7",
            "2023-02-07",
            "2023-02-07",
            "7일",
        ),
        # ... a day after the clause that says what happened on it, before a comma
        (
            "정부군이 알레포 동부 공세를 시작한 15일, 알레포 하나노 지구에서 주민들이 피란길에 "
            "올랐다. 관측소는 16일 사망자가 늘었다고 밝혔다.",
            "2016-11-17",
            "2016-11-15",
            "15일",
        ),
    ],
)
def test_the_cjk_photos_own_day(caption: str, gallery: str, expected: str, span: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a day after "last" or "coming" before a comma: a past or coming event's, not read
        "지난 15일, 알레포에서 공습이 재개됐다.",
        "오는 20일, 알레포에서 회담이 열린다.",
        # a day before "taken" no caption has: a count of days
        "アレッポ郊外で3日間撮影を続けた写真家",
    ],
)
def test_no_cjk_photo_day_from_these(caption: str) -> None:
    assert dated(caption, "2016-11-23")[1] == "gallery"
