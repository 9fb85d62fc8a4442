"""Dates: kinds of agency wordings in Chinese, Korean, Arabic and Turkish captions (issue 14,
round 2): a Chinese dispatch's dateline over the picture's day, a Korean day of a later
sentence, Arabic days written as ordinal words, numeric days spaced out with slashes, Turkish
weekdays in lower case, and digits written full width. Captions of our own."""

from __future__ import annotations

import pytest

import date_cases

WED_14 = "2016-12-14"  # a Wednesday


def dated(caption: str, gallery_date: str = WED_14) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------------------------------ 1. a Chinese dateline and the picture's day


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("新华社大马士革12月14日电 叙利亚政府军13日在阿勒颇东部继续推进。", "2016-12-13", "13日"),
        ("新华社阿勒颇12月14日电（记者某某）12日，叙利亚民众在阿勒颇街头庆祝。", "2016-12-12",
         "12日"),
        ("新华社照片，阿勒颇（叙利亚），2016年12月14日 12月13日，在叙利亚阿勒颇，一名男子推车"
         "走过废墟。", "2016-12-13", "12月13日"),
        ("新华社照片，阿勒颇（叙利亚），2016年12月14日 13日，在阿勒颇东部，居民等待撤离。",
         "2016-12-13", "13日"),
        ("中新社北京12月14日电 当地时间13日晚，阿勒颇东部传出爆炸声。", "2016-12-13", "13日"),
        # a day of the month before the dateline's
        ("新华社大马士革12月2日电 叙利亚政府军11月30日在阿勒颇东北部推进。", "2016-11-30",
         "11月30日"),
    ],
)  # fmt: skip
def test_the_day_under_a_chinese_dateline_is_the_pictures(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        # no day under the dateline: the dispatch's day stays
        ("新华社大马士革12月13日电 叙利亚政府军在阿勒颇东部推进。", "12月13日"),
        # a day of a later sentence is the story's, not the picture's
        ("新华社大马士革12月13日电 政府军在阿勒颇推进。11月3日，反政府武装发动进攻。", "12月13日"),
        # a day long before the dateline is no picture's day under it
        ("新华社大马士革12月13日电 2012年7月20日，阿勒颇战事爆发。", "12月13日"),
    ],
)  # fmt: skip
def test_a_chinese_dateline_alone_stays_the_day(caption: str, span: str) -> None:
    assert dated(caption) == ("2016-12-13", "day", span)


# ---------------------------------------------------------- 2. full-width digits


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("１２月１３日，在叙利亚阿勒颇，一名男子走过废墟。", "2016-12-13", "１２月１３日"),
        ("新华社阿勒颇12月14日电 　　１３日，叙利亚民众在阿勒颇市中心集会。", "2016-12-13",
         "１３日"),
        ("２０１６年１２月１２日，阿勒颇东部的居民登上大巴。", "2016-12-12",
         "２０１６年１２月１２日"),
    ],
)  # fmt: skip
def test_full_width_digits_are_read(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


def test_full_width_digits_that_are_no_day_are_not() -> None:
    assert dated("阿勒颇东部约有１０万人被困。")[:2] == (WED_14, "gallery")


# ------------------------------------------------ 3. a Korean day of a later sentence


@pytest.mark.parametrize(
    "caption",
    [
        "시리아 정부군 병사가 알레포 거리를 순찰하고 있다. 반군은 27일 공세를 시작했다.",
        "알레포 동부 주민들이 버스를 기다리고 있다. 정부군은 12일 마지막 거점을 장악했다.",
        "피란민들이 짐을 들고 걷고 있다. 유엔은 이번 철수가 10일 합의됐다고 전했다.",
    ],
)
def test_a_korean_day_of_a_later_sentence_tells_the_story(caption: str) -> None:
    assert dated(caption)[:2] == (WED_14, "gallery")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the picture's day in its first sentence wins
        ("시리아 정부군 병사가 12일 알레포 거리를 순찰하고 있다. 반군은 27일 공세를 시작했다.",
         "2016-12-12", "12일"),
        # a later sentence that names the picture
        ("시리아 반군이 알레포를 떠났다. 사진은 13일 버스에 오르는 반군의 모습.", "2016-12-13",
         "13일"),
        # the day said again as the picture's ("이날")
        ("양측이 철수에 합의했다. 13일(현지시간) 외신들은 이날 수천 명이 떠났다고 보도했다.",
         "2016-12-13", "13일"),
        # a day opening a later sentence after a short title
        ("알레포 격화. 13일 시리아 알레포의 건물 안에 은신한 반군.", "2016-12-13", "13일"),
    ],
)  # fmt: skip
def test_a_korean_day_of_the_picture_stays(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


# ------------------------------------------------ 4. Arabic days written as ordinal words


@pytest.mark.parametrize(
    ("caption", "expected", "span", "gallery"),
    [
        ("جنود سوريون في حي الشعار بحلب في الثالث من ديسمبر.", "2016-12-03", "الثالث من ديسمبر",
         WED_14),
        ("مدنيون يغادرون شرق حلب يوم الأحد الحادي عشر من كانون الأول 2016.", "2016-12-11",
         "الحادي عشر من كانون الأول 2016", WED_14),
        ("حافلات تنقل المقاتلين من حلب في الثاني والعشرين من شهر كانون الأول/ديسمبر عام 2016.",
         "2016-12-22", "الثاني والعشرين من شهر كانون الأول/ديسمبر عام 2016", "2016-12-23"),
        ("أطفال يلعبون قرب قلعة حلب في الأول من تشرين الثاني.", "2016-11-01",
         "الأول من تشرين الثاني", WED_14),
        ("دخان يتصاعد فوق حلب صباح العاشر من ديسمبر.", "2016-12-10", "العاشر من ديسمبر", WED_14),
    ],
)  # fmt: skip
def test_an_arabic_ordinal_day(caption: str, expected: str, span: str, gallery: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # an ordinal that is no day: the third of the districts, the first of the fighters
        "الجيش يسيطر على الحي الثالث من أحياء حلب الشرقية.",
        "وصل الفوج الأول من المقاتلين إلى ريف حلب الغربي.",
        "هذا هو اليوم الثاني من الهدنة في حلب.",
    ],
)
def test_an_arabic_ordinal_that_is_no_day(caption: str) -> None:
    assert dated(caption)[:2] == (WED_14, "gallery")


# ------------------------------------------------ 5. numeric days spaced out with slashes


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Residents of Aleppo, Syria, 28 / 12 / 2016. REUTERS", "2016-12-28", "28 / 12 / 2016"),
        ("Des civils quittent Alep le 3 / 12 / 2016.", "2016-12-03", "3 / 12 / 2016"),
        ("Aleppo, Syria 12 / 28 / 2016.", "2016-12-28", "12 / 28 / 2016"),
        ("Halep'te yıkılan binalar, 27/ 12/ 2016", "2016-12-27", "27/ 12/ 2016"),
        ("مدنيون يغادرون حلب ٢٨ / ١٢ / ٢٠١٦", "2016-12-28", "٢٨ / ١٢ / ٢٠١٦"),
    ],
)  # fmt: skip
def test_a_numeric_day_spaced_out(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2016-12-30") == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "Aleppo: 3 / 4 of the old city lies in ruins.",
        "Rebels hold 2 / 3 of the eastern districts, 2016.",
        "Score 1 / 2 / 3 in the photo series from Aleppo.",
    ],
)
def test_spaced_fractions_are_no_day(caption: str) -> None:
    assert dated(caption, "2016-12-30")[:2] == ("2016-12-30", "gallery")


# ------------------------------------------------ 6. Turkish weekdays in lower case


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Suriye'nin Halep kentinde pazartesi günü siviller tahliye edildi.", "2016-12-12",
         "pazartesi günü"),
        ("Halep'te cuma günü çatışmalar yaşandı.", "2016-12-09", "cuma günü"),
        ("Doğu Halep'ten salı sabahı ayrılan otobüsler.", "2016-12-13", "salı sabahı"),
        ("Halep'in batısında cumartesi akşamı yıkılan bina.", "2016-12-10", "cumartesi akşamı"),
        ("Halep'te carsamba gunu enkaz kaldırılıyor.", "2016-12-14", "carsamba gunu"),
        ("Halep'te pazar günü yardım dağıtıldı.", "2016-12-11", "pazar günü"),
    ],
)  # fmt: skip
def test_a_lower_case_turkish_weekday(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # Friday prayers, a market, every Friday, a statement's weekday
        "Halep'te cuma namazı kılındı.",
        "Halep'te pazar yerinde insanlar alışveriş yapıyor.",
        "Halep'te her cuma günü gösteri yapılıyor.",
        "Gözlemevi pazartesi günü yaptığı açıklamada 20 kişinin öldüğünü bildirdi.",
    ],
)
def test_a_lower_case_turkish_word_that_is_no_day(caption: str) -> None:
    assert dated(caption)[:2] == (WED_14, "gallery")


# ------------------------------------------------ 7. an Arabic day "of" its month, this month


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("أهالي حلب يغادرون الأحياء الشرقية في 13 من ديسمبر/كانون الأول.", "2016-12-13",
         "13 من ديسمبر"),
        ("حافلات في حي الراموسة بحلب في 12 من كانون الأول 2016.", "2016-12-12",
         "12 من كانون الأول 2016"),
        ("عناصر من الدفاع المدني في حلب يوم 11 من شهر ديسمبر.", "2016-12-11",
         "11 من شهر ديسمبر"),
        # the current month: the gallery's
        ("أهالي حلب يغادرون في 13 من الشهر الجاري.", "2016-12-13", "13 من الشهر الجاري"),
        ("دمار في حي الشعار بحلب في العاشر من الشهر الحالي.", "2016-12-10",
         "العاشر من الشهر الحالي"),
    ],
)  # fmt: skip
def test_an_arabic_day_of_its_month(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a count "of" people, not a day of a month
        "قتل 20 من المقاتلين في حلب.",
        "خرج 13 من الجرحى من حلب الشرقية.",
        "وصل 5 من الشهود إلى حلب.",
    ],
)
def test_an_arabic_count_of_people_is_no_day(caption: str) -> None:
    assert dated(caption)[:2] == (WED_14, "gallery")


def test_the_current_month_without_a_gallery_date_is_no_day() -> None:
    assert dated("أهالي حلب يغادرون في 13 من الشهر الجاري.", "")[:2] == ("", "unknown")


# ------------------------------------------------ 8. Persian spellings of the months


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("مردم حلب روز ۲۰ ژوییه از شهر خارج شدند.", "2016-07-20", "۲۰ ژوییه"),
        ("درگیری در حلب روز ۱۹ ژوییه (۲۹ تیر) ادامه داشت.", "2016-07-19", "۱۹ ژوییه"),
        ("نیروهای دولتی در حلب، ۵ ژوین.", "2016-06-05", "۵ ژوین"),
    ],
)  # fmt: skip
def test_persian_spellings_of_the_months(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Halep'te geçen cuma siviller tahliye edildi.", "2016-12-09", "geçen cuma"),
        ("Halep'te geçtiğimiz pazartesi yıkılan bina.", "2016-12-12", "geçtiğimiz pazartesi"),
        ("Halep'te gectigimiz sali otobusler ve siviller ayrildi.", "2016-12-13",
         "gectigimiz sali"),
    ],
)  # fmt: skip
def test_a_lower_case_turkish_weekday_after_last(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


def test_a_market_that_passed_is_no_sunday() -> None:
    assert dated("Halep'te geçen pazar yerinde alışveriş yapıldı.")[:2] == (WED_14, "gallery")


# ------------------------------------------------ 9. a Korean day after a clause that dates it


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("시리아 정부와 반군이 철수에 합의한 13일 무장 괴한이 버스에 불을 질렀다.", "2016-12-13",
         "13일"),
        ("튀르키예에서 강진이 발생한 6일 시리아 알레포에서 건물이 무너져 있다.", "2016-12-06",
         "6일"),
        ("정부군이 알레포 동부에 진입한 12일 주민들이 거리로 나와 있다.", "2016-12-12", "12일"),
    ],
)  # fmt: skip
def test_a_korean_day_after_its_clause(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a count of days after such a clause
        "반군이 공세를 시작한 지 13일 만에 알레포를 장악했다.",
        "반군이 장악한 13일 동안 주민들이 떠났다.",
        "알레포 주민들이 다른 13일 동안 대피소에 머물렀다.",
    ],
)
def test_a_korean_count_of_days_after_a_clause_is_no_day(caption: str) -> None:
    assert dated(caption)[:2] == (WED_14, "gallery")


@pytest.mark.parametrize(
    "caption",
    [
        "新华社大马士革12月13日电 12日，叙利亚军方宣布政府军已控制阿勒颇东部。",
        "新华社大马士革12月13日电 12日，叙利亚军方发表声明说，政府军已控制阿勒颇东部。",
    ],
)
def test_a_statements_day_under_a_chinese_dateline_leaves_the_dateline(caption: str) -> None:
    assert dated(caption) == ("2016-12-13", "day", "12月13日")
