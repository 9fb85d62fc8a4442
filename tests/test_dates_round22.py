"""Dates, round 22 (issue 14): a day that starts a period in more languages, as "since" does in
English (Arabic "منذ", Kurdish "ji ... ve", Turkish "... tarihinden bu yana"), also an English
one read month first with its year ("since March 18, 2018"); and a closing date line followed
by a credit line or a credit in the brackets that close the caption ("...\\n23 February
2013\\nREUTERS/Stringer")."""

from __future__ import annotations

import pytest

import date_cases

APR_2 = "2018-04-02"


def dated(caption: str, gallery_date: str | None) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)  # type: ignore[arg-type]


# ------------------------------------------------ 1. a day that starts a period


@pytest.mark.parametrize(
    "caption",
    [
        # English, month first with its year
        "Civilians have been besieged since March 18, 2018.",
        "Civilians in Afrin, besieged since March 18, 2018, wait for aid.",
        # Arabic
        "مدينة عفرين تحت سيطرة الفصائل منذ 18 آذار 2018.",
        "الأحياء الشرقية محاصرة منذ 17 تموز 2016.",
        "منذ يوم 18 آذار 2018 والمدينة تحت الحصار.",
        # Kurdish (Kurmanji): "ji" ... "ve"
        "Herêma Efrînê ji 18ê Adara 2018 ve di bin kontrola Tirkiyê de ye.",
        "Efrîn ji 18ê Adara 2018an ve dagirkirî ye.",
        # Turkish, with the word for a date
        "Afrin, 18 Mart 2018 tarihinden bu yana muhaliflerin kontrolünde.",
        "Halep'te 22 Eylül 2016 tarihinden beri süren kuşatma.",
    ],
)
def test_a_day_that_starts_a_period_is_not_the_pictures(caption: str) -> None:
    # (the gallery's day, or none when the day stated is far older than the gallery)
    assert dated(caption, APR_2)[1] in ("gallery", "unknown")
    assert dated(caption, None)[1] == "unknown"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the picture's day after the period's start
        ("عائلات نزحت منذ 18 آذار 2018 تصل إلى حلب في 20 آذار 2018.", "2018-03-20"),
        # Kurdish "ji" alone is "from", no period: its day stays
        ("Koçber ji 18ê Adara 2018 hatin Şehbayê.", "2018-03-18"),
        # a plain day in those languages stays
        ("وصلت العائلات إلى حلب في 20 آذار 2018.", "2018-03-20"),
        ("Siviller 20 Mart 2018 tarihinde Afrin'den ayrıldı.", "2018-03-20"),
        ("Civilians fled Afrin on March 18, 2018.", "2018-03-18"),
    ],
)
def test_the_pictures_day_beside_a_period_start_stays(caption: str, expected: str) -> None:
    assert dated(caption, APR_2)[:2] == (expected, "day")


# ------------------------------------------------ 2. a closing date line, then a credit


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        (
            "On February 22, 2013, rockets hit the quarter and killed dozens. The blast brought "
            "down a nearby mosque.\nFebruary 23, 2013\nREUTERS/Stringer",
            "February 23, 2013",
        ),
        (
            "On February 22, 2013, rockets hit the quarter. The blast brought down a nearby "
            "mosque. February 23, 2013. (Photo: AFP/Getty Images)",
            "February 23, 2013",
        ),
        (
            "On February 22, 2013, rockets hit the quarter. The mosque fell.\n23 February 2013\n"
            "Photo: Hosam Katan / Reuters",
            "23 February 2013",
        ),
        (
            "2月22日、ロケット弾が地区を襲った。モスクが崩れた。\n2013年2月23日\n撮影：ロイター",
            "2013年2月23日",
        ),
        ("Aleppo, Syria.\nDecember 14, 2016 (AFP)", "December 14, 2016"),
    ],
)
def test_a_closing_date_line_before_a_credit_dates_the_picture(caption: str, span: str) -> None:
    _, precision, text = dated(caption, None)
    assert (precision, text) == ("day", span)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # no closing line: the normal reading
        (
            "On February 22, 2013, rockets hit the quarter. The mosque fell.\n"
            "Photo taken by a resident",
            "2013-02-22",
        ),
        ("Families flee the quarter on December 14, 2016. (AFP Photo / George Ourfalian)",
         "2016-12-14"),
    ],
)  # fmt: skip
def test_a_credit_without_a_closing_line_changes_nothing(caption: str, expected: str) -> None:
    assert dated(caption, None)[:2] == (expected, "day")


def test_a_credit_alone_is_no_date() -> None:
    assert dated("Rebels in Aleppo (Photo: AFP)", None)[1] == "unknown"
