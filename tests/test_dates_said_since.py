"""Dates: kinds of wordings of the newest unseen captions (issue 14, round 2): a Chinese,
Japanese or Korean day that starts a period or dates a statement, a weekday inside a feast's
name, a numeric day closing a caption, a picture's sentence of no verb after a long first one."""

from __future__ import annotations

import pytest

import date_cases

FRI_23 = "2016-12-23"  # a Friday
SUN_18 = "2016-12-18"


def dated(caption: str, gallery_date: str) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------------------------ 1. a CJK day of a statement is not the picture's


@pytest.mark.parametrize(
    "caption",
    [
        "22일 시리아 정부군은 국영 방송에 성명을 내고 알레포 전역을 되찾았다고 밝혔습니다.",
        "시리아 정부군이 알레포 동부를 모두 장악했다고 22일 발표했다.",
        "시리아 국방부는 22일 반군이 모두 철수했다고 말했다.",
        "政府軍は22日、アレッポ全域を奪還したと発表した。",
        "監視団は22日、住民数千人が避難したと明らかにした。",
        "叙利亚军方12月22日发表声明，宣布完全收复阿勒颇。",
        "叙利亚军方22日在阿勒颇表示，反对派武装已全部撤离。",
    ],
)
def test_a_cjk_statements_day_is_not_the_photos(caption: str) -> None:
    assert dated(caption, FRI_23)[:2] == (FRI_23, "gallery")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the picture's own sentence
        ("22일 알레포 동부에서 주민들이 짐을 들고 걸어가고 있다.", "2016-12-22"),
        ("アレッポで22日、避難する住民たち。", "2016-12-22"),
        ("12月22日，在阿勒颇，居民们走过废墟。", "2016-12-22"),
        # a statement named, not made, in the picture's sentence
        ("22일 휴전 발표 이후 주민들이 알레포로 돌아오고 있다.", "2016-12-22"),
        ("アレッポで22日、停戦の発表を受けて喜ぶ住民たち。", "2016-12-22"),
        # the statement in a later sentence
        (
            "22일 알레포에서 주민들이 걷고 있다. 정부군은 이날 도시를 장악했다고 밝혔다.",
            "2016-12-22",
        ),
        # the statement's day, and the picture said to be of that day
        (
            "감시단은 21일 주민들이 대피했다고 밝혔다. 사진은 이날 알레포 동부에서 찍혔다.",
            "2016-12-21",
        ),
        # the statement's day, then the picture's own
        ("政府軍は20日、制圧したと発表した。アレッポで21日、避難する住民たち。", "2016-12-21"),
    ],
)
def test_a_cjk_day_of_the_picture_stays(caption: str, expected: str) -> None:
    assert dated(caption, FRI_23)[:2] == (expected, "day")


# ------------------------------------------------ 2. a CJK day that starts a period


@pytest.mark.parametrize(
    "caption",
    [
        "アレッポ東部は7月17日から政府軍に包囲されている。",
        "解放作戦は9月22日から始まりました。",
        "アレッポでは11月15日以降、空爆が続いている。",
        "알레포 동부는 7월 17일부터 정부군에 포위돼 있다.",
        "自7月17日起，阿勒颇东部被政府军包围。",
        "7月17日以来，阿勒颇东部一直被围困。",
        # as "since July 17" in English, and in Turkish
        "Eastern Aleppo has been besieged since July 17.",
        "Doğu Halep 17 Temmuz'dan beri kuşatma altında.",
        "Doğu Halep 17 Temmuz 2016'dan bu yana kuşatma altında.",
        "Halep'in doğusunda 22 Eylül'den itibaren hava saldırıları sürüyor.",
    ],
)
def test_a_cjk_day_that_starts_a_period_is_not_the_photos(caption: str) -> None:
    assert dated(caption, SUN_18)[:2] == (SUN_18, "gallery")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("7月17日以来，阿勒颇东部一直被围困。12月15日，在阿勒颇，居民撤离。", "2016-12-15"),
        ("アレッポ東部は7月17日から包囲された。アレッポで15日、避難する住民たち。", "2016-12-15"),
        (
            "Halep'te 22 Eylül'den beri süren kuşatmanın ardından siviller 15 Aralık'ta tahliye "
            "edildi.",
            "2016-12-15",
        ),
        ("Siviller 15 Aralık'ta Halep'ten tahliye edildi.", "2016-12-15"),
        # the first day of a range, not of a period
        ("アレッポで12月13日から14日にかけて、住民が避難した。", "2016-12-13"),
    ],
)
def test_the_picture_day_after_a_period_start(caption: str, expected: str) -> None:
    assert dated(caption, SUN_18)[:2] == (expected, "day")


# ------------------- 3. a feast's weekday; a weekday or feast of another stated month and year


@pytest.mark.parametrize(
    ("caption", "gallery", "text"),
    [
        (
            "A girl lights a candle at Easter Sunday mass in a church of Aleppo in April 2021.",
            "2024-12-03",
            "April 2021",
        ),
        (
            "Worshippers carry a cross on Good Friday in Aleppo's old city in April 2019. AFP",
            "2024-12-03",
            "April 2019",
        ),
        (
            "A choir sings at the Christmas Eve service in Aleppo, December 2015.",
            "2016-12-28",
            "December 2015",
        ),
        ("A man shops on Friday at a market in Aleppo in May 2021.", "2024-12-05", "May 2021"),
        ("Boys play football Sunday in a street of Aleppo in 2019.", "2024-12-05", "2019"),
    ],
)
def test_a_weekday_or_feast_of_another_stated_month(caption: str, gallery: str, text: str) -> None:
    # the picture is of the month (or year) stated: no day, and not the gallery's
    assert dated(caption, gallery) == ("", "unknown", text)


@pytest.mark.parametrize(
    ("caption", "gallery", "expected"),
    [
        # the month stated is the one of the day read
        (
            "A choir sings at the Christmas Eve service in Aleppo, December 2016.",
            "2016-12-28",
            "2016-12-24",
        ),
        ("A woman shops on Friday in Aleppo in December 2016.", "2016-12-13", "2016-12-09"),
        # a month of a deed, not of the picture
        (
            "A woman walks on Friday past a mosque destroyed in April 2013.",
            "2016-12-13",
            "2016-12-09",
        ),
        ("A man prays on Good Friday in Aleppo.", "2016-05-01", "2016-03-25"),
    ],
)
def test_a_weekday_or_feast_read_against_the_gallery(
    caption: str, gallery: str, expected: str
) -> None:
    assert dated(caption, gallery)[:2] == (expected, "day")


@pytest.mark.parametrize(
    "caption",
    [
        "Christians attend Maundy Thursday mass in Aleppo.",
        "Worshippers receive ashes on Ash Wednesday in Aleppo.",
        "Families gather for Easter Monday celebrations in Aleppo.",
        "Protesters march on Bloody Friday in Aleppo.",
        "Shoppers look at Black Friday offers in an Aleppo mall.",
        "A Holy Thursday procession passes through Aleppo.",
    ],
)
def test_a_weekday_inside_a_feasts_name_is_no_weekday(caption: str) -> None:
    assert dated(caption, "2024-04-05")[:2] == ("2024-04-05", "gallery")


# ------------------------------------ 4. a day in numbers closing a caption of no gallery date


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Fighters rest in a school. The siege enters its fourth month. Aleppo, 24/08/2012..",
            "2012-08-24",
        ),
        (
            "Fighters rest in a school. The siege enters its fourth month. Aleppo, 08/24/2012..",
            "2012-08-24",
        ),
        (
            "Fighters rest in a school. The siege enters its fourth month. Aleppo, 2012-08-24.",
            "2012-08-24",
        ),
        ("Fighters rest in a school, Aleppo, Syria - 24.08.2012", "2012-08-24"),
        ("Fighters rest in a school, Aleppo, Syria, 3.08.2012.", "2012-08-03"),
    ],
)
def test_a_closing_numeric_day_read_when_unambiguous(caption: str, expected: str) -> None:
    assert dated(caption, "")[:2] == (expected, "day")


@pytest.mark.parametrize(
    "caption",
    [
        "Fighters rest in a school. The siege enters its fourth month. Aleppo, 12/06/2012..",
        "Fighters rest in a school, Aleppo, Syria - 05/08/2012",
        "Fighters rest in a school, Aleppo, Syria, 3/8/2012.",
    ],
)
def test_an_ambiguous_slashed_day_is_no_day(caption: str) -> None:
    # day and month could be either way round with a slash: no day
    assert dated(caption, "")[:2] == ("", "unknown")


# ------------------------ 5. a picture's sentence of no verb after a long first sentence


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Four in ten of the fighters in the units are women, a commander says. Some of their "
            "members on a road near Kobani on September 19. Photo: NAME/AFP",
            "2014-09-19",
        ),
        (
            "Four in ten of the Kurdish fighters are women, a commander says. Two Kurdish fighters "
            "walking near the border on Oct. 3.",
            "2014-10-03",
        ),
        (
            "Kurdish fighters have held the town for weeks against the militants. A fighter at a "
            "checkpoint in Kobani on October 12. REUTERS/NAME",
            "2014-10-12",
        ),
        (
            "Kurdish fighters have held the town for weeks against the militants. Some of them in "
            "a trench near Kobani on October 12.",
            "2014-10-12",
        ),
    ],
)
def test_a_verbless_picture_sentence_keeps_its_day(caption: str, expected: str) -> None:
    assert dated(caption, "2014-10-17")[:2] == (expected, "day")


@pytest.mark.parametrize(
    "caption",
    [
        "Kurdish fighters have held the town for weeks against the militants. The militants "
        "seized the hill on October 12.",
        "Kurdish fighters have held the town for weeks against the militants. The militants in "
        "the east took the hill on October 12.",
        "Kurdish fighters have held the town for weeks against the militants. The town, which "
        "fell in part on October 12, is now quiet.",
    ],
)
def test_a_later_sentence_of_a_deed_still_tells_the_story(caption: str) -> None:
    assert dated(caption, "2014-10-17")[:2] == ("2014-10-17", "gallery")
