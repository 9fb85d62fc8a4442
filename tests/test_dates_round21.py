"""Dates, round 21 (issue 14): a day stated with its year on a line or as a sentence of its own
that closes the caption ("... The mosque fell.\n23 February 2013", "...モスクが崩れた。2013年2月
23日", "... Aleppo, Syria, December 15, 2016.") is the picture's, whatever day an earlier
sentence gave the event; the day a Korean agency sent the picture ("... 2024.12.06.") is not."""

from __future__ import annotations

import pytest

import date_cases

DEC_20 = "2016-12-20"


def dated(caption: str, gallery_date: str | None) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)  # type: ignore[arg-type]


# ------------------------------------------------ 1. a closing date line after the event's day


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        # a sentence of its own, on the same line or the next
        (
            "On February 22, 2013, two rockets hit the quarter and killed dozens. "
            "The blast brought down a nearby mosque. February 23, 2013",
            "February 23, 2013",
        ),
        (
            "On February 22, 2013, two rockets hit the quarter and killed dozens. "
            "The blast brought down a nearby mosque.\nFebruary 23, 2013",
            "February 23, 2013",
        ),
        (
            "Two rockets hit the quarter on February 22, 2013. Neighbours dig through the "
            "rubble of the mosque. Feb. 23, 2013.",
            "Feb. 23, 2013",
        ),
        (
            "Two rockets hit the quarter on February 22, 2013. Neighbours dig through the "
            "rubble of the mosque. Saturday, February 23, 2013",
            "Saturday, February 23, 2013",
        ),
        # in brackets
        (
            "Two rockets hit the quarter on February 22, 2013. Neighbours dig through the "
            "rubble. (23 February 2013)",
            "23 February 2013",
        ),
        (
            "Am 22. Februar 2013 schlugen zwei Raketen im Viertel ein. Die Moschee stürzte "
            "ein. (23. Februar 2013)",
            "23. Februar 2013",
        ),
        # in numbers, the day first
        (
            "Am 22. Februar 2013 schlugen zwei Raketen im Viertel ein. Die Moschee stürzte "
            "ein. 23.02.2013",
            "23.02.2013",
        ),
        (
            "Two rockets hit the quarter on February 22, 2013. The mosque collapsed. 23/02/2013",
            "23/02/2013",
        ),
        # other languages
        (
            "Le 22 février 2013, deux roquettes ont frappé le quartier. La mosquée s'est "
            "effondrée. 23 février 2013",
            "23 février 2013",
        ),
        (
            "Il 22 febbraio 2013 due razzi hanno colpito il quartiere. La moschea è crollata. "
            "23 febbraio 2013",
            "23 febbraio 2013",
        ),
        (
            "El 22 de febrero de 2013 dos cohetes cayeron sobre el barrio. La mezquita se "
            "derrumbó. 23 de febrero de 2013.",
            "23 de febrero de 2013",
        ),
        (
            "Em 22 de fevereiro de 2013, dois foguetes caíram no bairro. A mesquita desabou. "
            "23 de fevereiro de 2013",
            "23 de fevereiro de 2013",
        ),
        (
            "22 Şubat 2013'te iki roket mahalleye düştü. Cami çöktü. 23 Şubat 2013",
            "23 Şubat 2013",
        ),
        ("في 22 فبراير 2013 سقط صاروخان على الحي. انهار المسجد. 23 فبراير 2013", "23 فبراير 2013"),
        (
            "22 февраля 2013 года две ракеты упали на квартал. Мечеть рухнула. "
            "23 февраля 2013 года",
            "23 февраля 2013",
        ),
        (
            "22 февраля 2013 года две ракеты упали на квартал. Мечеть рухнула. 23 февраля 2013 г.",
            "23 февраля 2013",
        ),
        # Japanese, Chinese, Korean
        (
            "2013年2月22日、2発のロケット弾が住宅街に落ちた。衝撃でモスクが崩れた。2013年2月23日",
            "2013年2月23日",
        ),
        (
            "2013年2月22日、2発のロケット弾が住宅街に落ちた。衝撃でモスクが崩れた。\n2013年2月23日",
            "2013年2月23日",
        ),
        ("2013年2月22日，两枚火箭弹落在居民区。清真寺倒塌。2013年2月23日", "2013年2月23日"),
        (
            "2013년 2월 22일 로켓 두 발이 떨어졌다. 모스크가 무너졌다. 2013년 2월 23일",
            "2013년 2월 23일",
        ),
    ],
)
def test_a_closing_date_line_is_the_pictures(caption: str, span: str) -> None:
    assert dated(caption, None) == ("2013-02-23", "day", span)


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        # the place, then the day
        (
            "Families who fled on December 12, 2016 come back to the quarter. "
            "Aleppo, Syria, December 15, 2016.",
            "December 15, 2016",
        ),
        (
            "Families who fled on December 12, 2016 come back to the quarter "
            "(Aleppo, Syria, December 15, 2016)",
            "December 15, 2016",
        ),
        (
            "Des familles qui ont fui le 12 décembre 2016 rentrent dans le quartier. "
            "Alep (Syrie), 15 décembre 2016.",
            "15 décembre 2016",
        ),
        (
            "2016年12月12日に逃れた家族が地区に戻る。シリア北部アレッポ、2016年12月15日",
            "2016年12月15日",
        ),
        (
            "2016年12月12日に逃れた家族が地区に戻る(シリア北部アレッポ、2016年12月15日)",
            "2016年12月15日",
        ),
    ],
)
def test_a_closing_place_and_date_line(caption: str, span: str) -> None:
    assert dated(caption, DEC_20) == ("2016-12-15", "day", span)


def test_a_closing_line_alone_reads_as_before() -> None:
    caption = "Children play in the courtyard of a shelter.\n15 December 2016"
    assert dated(caption, DEC_20) == ("2016-12-15", "day", "15 December 2016")
    assert dated("Aleppo, December 15, 2016", DEC_20) == ("2016-12-15", "day", "December 15, 2016")


# ------------------------------------------------------------- 2. no closing date line


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the day a Korean (or Chinese) agency sent the picture, written year first
        (
            "[베이루트=AP/뉴시스] 13일(현지시간) 시리아 알레포에서 주민들이 피란길에 오르고 "
            "있다. 정부군은 이날 동부 지역을 장악했다. 2016.12.14.",
            "2016-12-13",
            "13일",
        ),
        (
            "Families leave the quarter on December 12, 2016. 2016-12-15",
            "2016-12-12",
            "December 12, 2016",
        ),
        (
            "Families leave the quarter on December 12, 2016. 2016/12/15",
            "2016-12-12",
            "December 12, 2016",
        ),
        # the day closes a sentence that is no line of its own
        (
            "Families fled on December 12, 2016. They came back to the quarter on "
            "December 15, 2016.",
            "2016-12-12",
            "December 12, 2016",
        ),
        (
            "Families fled on December 12, 2016. The quarter has been quiet since, "
            "December 15, 2016",
            "2016-12-12",
            "December 12, 2016",
        ),
        (
            "Families fled on December 12, 2016 and came back after the truce "
            "(on December 15, 2016)",
            "2016-12-12",
            "December 12, 2016",
        ),
        # a day alone in brackets after a word: glued to it, no line of its own
        (
            "Families leave the quarter on December 12, 2016 after the truce (December 15, 2016)",
            "2016-12-12",
            "December 12, 2016",
        ),
        # a closing line with no day, or two days
        (
            "2016年12月12日、家族が地区から逃れた。シリア北部アレッポ、2016年12月",
            "2016-12-12",
            "2016年12月12日",
        ),
        (
            "Families fled on December 12, 2016. The siege lasted months. "
            "July 17, 2016 - December 22, 2016",
            "2016-12-12",
            "December 12, 2016",
        ),
    ],
)
def test_no_closing_date_line(caption: str, expected: str, span: str) -> None:
    assert dated(caption, DEC_20) == (expected, "day", span)


def test_a_closing_weekday_is_no_closing_line() -> None:
    caption = "Families fled on December 12, 2016. The quarter was shelled again.\nThursday"
    assert dated(caption, DEC_20) == ("2016-12-12", "day", "December 12, 2016")


# ------------------------- 3. conventions checked against the labels of the development sets


def test_the_aftermath_of_an_attack_is_dated_by_its_day() -> None:
    """Pictures of the aftermath of an attack are dated by the attack's day, as agencies date
    them ("after an airstrike ..., October 24, 2014"); most labelled captions of the kind agree."""
    caption = (
        "These pictures show the aftermath of a strike on a field clinic in the eastern "
        "quarters during air raids on November 17, 2016."
    )
    assert dated(caption, None) == ("2016-11-17", "day", "November 17, 2016")


def test_a_caption_with_no_day_takes_the_gallerys_date_as_a_gallery_date() -> None:
    """A caption that states no day is dated by its gallery, with precision "gallery" (the
    gallery's date is not a day the caption states)."""
    caption = "Western countryside of the governorate. A relief worker talks with a farmer."
    assert dated(caption, "2021-08-10") == ("2021-08-10", "gallery", "")
