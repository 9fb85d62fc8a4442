"""Dates: kinds of wordings of Korean agency captions and of captions printed in lower case
(issue 14, the newest captions): "local time" written 현지시각, a day after an agency's
bracketed dateline, "지난 N일" (the past N-th) and "지난달 N일" (the N-th of last month), a
statement about what happened "that day" (이날), a month abbreviated in lower case."""

from __future__ import annotations

import pytest

import date_cases

WED_4 = "2024-12-04"  # a Wednesday
FEB_17 = "2017-02-17"


def dated(caption: str, gallery_date: str) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)


# ------------------------- 1. the caption's own day, not the stamp of its sending that closes it


@pytest.mark.parametrize(
    "caption",
    [
        "[알레포=AP/뉴시스] 3일(현지시각) 알레포 시내에서 반군 차량이 지나가고 있다. 2024.12.04.",
        "[알레포=신화/뉴시스] 3일(현지 시각) 알레포 외곽에서 주민들이 짐을 싣고 있다. 2024.12.04.",
        "피란민들이 3일(현지시각) 알레포 북부 검문소 앞에서 기다리고 있다. 2024.12.04/ ⓒ AFP=뉴스1",
        "(알레포 로이터=연합뉴스) 3일(현지시각) 알레포 성채 앞을 반군이 지나고 있다. 2024.12.04",
        # a day after the agency's bracketed dateline, with no "local time"
        "[서울=뉴시스] 3일 시리아 알레포 시내를 반군 전투원들이 순찰하고 있다. 2024.12.04.",
        "(알레포 AFP=연합뉴스) 3일 알레포 동부에서 주민들이 물을 길어 나르고 있다.",
        # "local time" before the day, or "(hereafter local time)" after it
        "현지시간 3일 시리아 알레포 외곽에서 반군 전투원들이 이동하고 있다.",
        "현지 시각으로 3일 알레포 시내의 한 시장에서 주민들이 장을 보고 있다.",
        "반군 전투원들이 3일(이하 현지시간) 알레포 공항 활주로를 걷고 있다. 2024.12.04.",
    ],
)
def test_a_korean_day_before_the_closing_stamp(caption: str) -> None:
    assert dated(caption, WED_4) == ("2024-12-03", "day", "3일")


def test_the_stamp_gives_the_month_without_a_gallery_date() -> None:
    caption = "3일(현지시각) 알레포 외곽을 반군이 순찰하고 있다. 2024.12.04."
    assert dated(caption, "")[:2] == ("2024-12-03", "day")


# ------------------------------------------------ 2. "지난 N일" and "지난달 N일": a past day


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("지난 4일 시리아 알바브 외곽에서 터키군 장갑차가 이동하고 있다.", "2017-02-04"),
        ("터키군 병사가 지난 4일 알바브 외곽 언덕에서 경계를 서고 있다.", "2017-02-04"),
        ("알바브 외곽에서 지난 11일 반군 병력이 집결하고 있다.", "2017-02-11"),
        ("반군이 진격하고 있다. 지난 11일 알바브 외곽에서 찍은 사진.", "2017-02-11"),
        # a day later than the gallery's: the month before
        ("지난 28일 알레포 동부에서 주민들이 피란길에 오르고 있다.", "2017-01-28"),
        # the N-th of last month, whatever N
        ("지난달 28일 알바브 외곽에서 터키군 차량이 지나가고 있다.", "2017-01-28"),
        ("지난달 5일 알레포 시내에서 주민들이 줄을 서 있다.", "2017-01-05"),
        ("반군 병사가 지난 달 9일 알바브 인근 마을을 지나고 있다.", "2017-01-09"),
    ],
)
def test_a_korean_past_day(caption: str, expected: str) -> None:
    assert dated(caption, FEB_17)[:2] == (expected, "day")


@pytest.mark.parametrize(
    "caption",
    [
        "지난 3일간 알바브 외곽에서 교전이 이어졌다.",  # for the last three days
        "반군은 지난 2일 동안 알바브를 포위했다.",  # for two days
        "알바브 공세는 지난 4일부터 계속되고 있다.",  # since the 4th
        "알바브 공세는 지난달 5일부터 이어지고 있다.",  # since the 5th of last month
        "지난달 31일 알레포에서 회의가 열렸다.",  # February (the month before March) has none
        "오는 20일 알레포에서 휴전 회담이 열린다.",  # the coming 20th
        "양측은 오는 10일 알레포에서 다시 만난다.",
        "반군은 오는 12일 알레포에서 철수할 예정이다.",
        # a past day told in a sentence after the picture's: what came before it
        "반군 전투원들이 알레포 성채 앞을 순찰하고 있다. 반군은 지난 8일 공세를 시작했다.",
        "주민들이 알레포 동부에서 짐을 옮기고 있다. 지난 9일 시작된 공습으로 수백명이 숨졌다.",
        "알레포 시내에 연기가 피어오르고 있다. 정부군은 지난달 20일 포위를 시작했다.",
        # "local time" before a count of days or a period's start
        "현지시간 3일간 알레포 외곽에서 교전이 이어졌다.",
        "현지 시각으로 5일부터 알레포에 통행 금지령이 내려졌다.",
    ],
)
def test_no_korean_day_of_the_picture(caption: str) -> None:
    assert dated(caption, "2017-03-14")[1] == "gallery"


# ------------------------- 3. a statement about what happened "that day" (이날): that day's picture


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        (
            "14일(현지시간) 외신들은 이날 알레포 동부에서 주민 수백명이 버스로 떠났다고 "
            "보도했다. 사진은 버스에 오르는 주민들.",
            "14일",
        ),
        ("14일 관측소는 정부군이 이날 알레포 동부 전역을 장악했다고 밝혔다.", "14일"),
        ("監視団は14日、政府軍がこの日アレッポ東部を制圧したと発表した。", "14日"),
    ],
)
def test_a_statement_of_that_days_deed_dates_the_picture(caption: str, span: str) -> None:
    assert dated(caption, "2017-05-15") == ("2017-05-14", "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "14일 관측소는 정부군이 알레포 동부 전역을 장악했다고 밝혔다.",
        # "that day" only after the statement's verb, in a sentence of its own: not the picture
        "14일 관측소는 반군이 철수했다고 밝혔다. 회담은 이틀 뒤 열린다.",
    ],
)
def test_a_statement_alone_does_not_date_the_picture(caption: str) -> None:
    assert dated(caption, "2017-05-15")[:2] == ("2017-05-15", "gallery")


# ------------------------------------------------ 4. a caption printed all in lower case


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        (
            "a boy climbs a burnt-out tank at the edge of tel rifaat, northern syria, tuesday, "
            "jan. 28, 2025. (ap photo/staff)",
            "2025-01-28",
            "jan. 28, 2025",
        ),
        (
            "smoke rises over eastern aleppo, syria, on sept. 3, 2016.",
            "2016-09-03",
            "sept. 3, 2016",
        ),
        ("fighters rest near azaz, syria, feb 9, 2016 (reuters)", "2016-02-09", "feb 9, 2016"),
        ("people queue for bread in aleppo, syria, march 7, 2017.", "2017-03-07", "march 7, 2017"),
        ("a man walks through al-bab, syria, may 3, 2017.", "2017-05-03", "may 3, 2017"),
    ],
)
def test_a_lower_case_month_with_its_day_and_year(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "") == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # no year: not read in lower case
        "smoke rises over aleppo, syria, on dec. 13.",
        # a word before a number and a year is no month
        "bus 12, 2016 carried families out of aleppo.",
        "the mayor 3, 2016 list of aleppo districts.",
    ],
)
def test_no_lower_case_month(caption: str) -> None:
    assert dated(caption, "2016-12-20")[:2] == ("2016-12-20", "gallery")


def test_a_lower_case_abbreviation_in_a_cased_caption_is_not_read() -> None:
    caption = "Rebels in Aleppo, Syria. The jan. 5, 2016 list was never published."
    assert dated(caption, "2016-12-20")[:2] == ("2016-12-20", "gallery")
