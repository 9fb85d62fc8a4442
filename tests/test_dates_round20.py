"""Dates, round 20 (issue 14): the day a Japanese (or Chinese) newspaper writes in the brackets
that close its caption ("(シリア北部アレッポ、13日)", "(14日)"); a later sentence opened by its
day that tells what was done then in the past ("... On 23 July 2016, the area was bombed."); a
day of a portrait sitter's life ("X, 36, returned to al-Bab on Feb. 25, after he fled ...")."""

from __future__ import annotations

import pytest

import date_cases

WED_8 = "2023-02-08"  # a Wednesday
MAR_1 = "2017-03-01"


def dated(caption: str, gallery_date: str | None) -> tuple[str, str, str]:
    return date_cases.dated(caption, gallery_date)  # type: ignore[arg-type]


# ------------------------------------- 1. a day in the brackets that close a Japanese caption


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # the place and the day
        ("倒壊した建物の前で途方に暮れる住民(シリア北部アレッポ、7日)", WED_8, "2023-02-07", "7日"),
        ("救助活動を続ける人たち（トルコ南部ハタイ、6日）＝ロイター", WED_8, "2023-02-06", "6日"),
        # the day alone, or before the place, or with a part of the day
        ("地震で壊れた住宅の跡(5日)=共同", WED_8, "2023-02-05", "5日"),
        # full-width digits
        ("遊ぶ子どもたち（シリア北部アレッポ、７日）＝ロイター", WED_8, "2023-02-07", "７日"),
        ("避難所に身を寄せる家族（7日、アレッポ）ＡＰ", WED_8, "2023-02-07", "7日"),
        ("がれきの中を捜索する救助隊(7日午後、シリア北西部)", WED_8, "2023-02-07", "7日午後"),
        # Chinese brackets
        ("救援人员在废墟中搜救（叙利亚阿勒颇，7日）", WED_8, "2023-02-07", "7日"),
        # a day later than the gallery's: of the month before
        ("市場を歩く市民(シリア北部アレッポ、28日)", WED_8, "2023-01-28", "28日"),
    ],
)
def test_japanese_bracketed_day(caption: str, gallery: str, expected: str, span: str) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "停戦は続いている(3日間の停戦)",  # a count of days
        "死者は増え続けている(シリア北部アレッポ、7日現在)",  # a count "as of" a day
        "アレッポの旧市街(資料写真)",
    ],
)
def test_japanese_brackets_without_a_day(caption: str) -> None:
    assert dated(caption, WED_8)[1] != "day"


# --------------------------- 2. a later sentence opened by its day, told in the past


@pytest.mark.parametrize(
    "caption",
    [
        "The clinic is one of the last medical centres still open in the eastern districts. "
        "On 23 July 2016, the streets around the clinic were bombed three times.",
        "The old bakery is one of the few still working in the besieged part of the city. "
        "On 3 March 2016, the building was hit by a barrel bomb.",
        "This school is among the few that still teach children in the eastern quarters. "
        "On March 3, 2016, its yard had been shelled twice.",
        "Le vieil hôpital est l'un des rares encore ouverts dans l'est de la ville. "
        "Le 3 mars 2016, le quartier a été bombardé.",
        "L'ospedale è uno dei pochi ancora aperti nella parte orientale della città. "
        "Il 3 marzo 2016 il quartiere è stato colpito due volte.",
        "Das Krankenhaus ist eines der letzten im Osten der Stadt, die noch offen sind. "
        "Am 3. März 2016 wurde das Viertel bombardiert.",
        "El hospital es uno de los pocos que siguen abiertos en el este de la ciudad. "
        "El 3 de marzo de 2016 el barrio fue bombardeado.",
    ],
)
def test_day_of_a_past_told_later(caption: str) -> None:
    assert dated(caption, None) == ("", "unknown", "")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the sentence says what is done (the picture's day)
        (
            "A boy walks through the rubble of the eastern districts of Aleppo. "
            "On 13 December 2016, families leave the area on foot.",
            "2016-12-13",
            "13 December 2016",
        ),
        # it names the picture
        (
            "A boy walks through the rubble of the eastern districts of Aleppo. "
            "On 13 December 2016, this picture was taken by a resident.",
            "2016-12-13",
            "13 December 2016",
        ),
        # after a title of a few words
        (
            "Aleppo, Syria. On 13 December 2016, civilians were evacuated from the east.",
            "2016-12-13",
            "13 December 2016",
        ),
    ],
)
def test_day_of_the_picture_in_a_later_sentence(caption: str, expected: str, span: str) -> None:
    assert dated(caption, None) == (expected, "day", span)


# ------------------------------------------------ 3. a day of a portrait sitter's life


@pytest.mark.parametrize(
    "caption",
    [
        "Osman Haddad, 36, returned to his village near al-Bab on February 25, after he fled "
        "to Azaz a year ago. His children still live in the camp.",
        "Um Khaled, 40, fled her home in eastern Aleppo on Feb. 20 and now lives in a tent.",
        "Ahmad Saleh, 12, was wounded in an air strike on Feb. 20. He now lives in Azaz.",
        "Khaled Ali, aged 50, fled eastern Aleppo on Feb. 12 with his four children.",
        "Khaled Ali, 50 years old, lost his leg in a shelling on Feb. 2. He now sells tea.",
        "Ahmad Saleh, 36 ans, est rentré à al-Bab le 25 février, après avoir fui vers Azaz.",
        "Ahmad Saleh, 36 años, regresó a al-Bab el 25 de febrero tras huir a Azaz.",
        "Ahmad Saleh, 36 anni, è tornato ad al-Bab il 25 febbraio dopo essere fuggito ad Azaz.",
    ],
)
def test_day_of_a_sitters_life(caption: str) -> None:
    assert dated(caption, MAR_1) == (MAR_1, "gallery", "")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # what the sitter does in the picture
        (
            "Osman Haddad, 36, sits in his shop in al-Bab on February 25.",
            "2017-02-25",
            "February 25",
        ),
        (
            "Osman Haddad, 36, who fled to Azaz, sits in his shop in al-Bab on February 25.",
            "2017-02-25",
            "February 25",
        ),
        # a later day of the portrait
        (
            "Osman Haddad, 36, returned to al-Bab on February 20; he sits in his shop on "
            "February 27.",
            "2017-02-27",
            "February 27",
        ),
        # a day closing the caption after the sitter's story
        (
            "Ahmad Saleh, 12, sustained burns in a strike on 16 January, 24 January 2025 (Photo X)",
            "2025-01-24",
            "24 January 2025",
        ),
    ],
)
def test_day_of_the_portrait(caption: str, expected: str, span: str) -> None:
    gallery = "2025-01-25" if "2025" in caption else MAR_1
    assert dated(caption, gallery) == (expected, "day", span)


# ------------------------------ 4. goods "provided" or "distributed": no release of a picture


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        (
            "Residents queue for water provided by the Red Crescent in Aleppo on January 10, 2017.",
            "2017-01-10",
            "January 10, 2017",
        ),
        (
            "Children carry food parcels distributed by the WFP in Jibreen on Dec. 20, 2016.",
            "2016-12-20",
            "Dec. 20, 2016",
        ),
        (
            "A family sits on blankets provided by UNHCR in a shelter near Azaz on 5 March 2017.",
            "2017-03-05",
            "5 March 2017",
        ),
    ],
)
def test_goods_provided_on_the_pictures_day(caption: str, expected: str, span: str) -> None:
    assert dated(caption, None) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # a picture provided or released: its release day, not the picture's
        "In this photo provided by the Syrian Civil Defence on Jan. 10, 2017, rescuers search "
        "the rubble in Aleppo.",
        "Aid is unloaded in Aleppo in this photo released by SANA on Jan. 10, 2017, showing "
        "trucks of the Red Crescent.",
    ],
)
def test_picture_released_still_no_day(caption: str) -> None:
    assert dated(caption, None) == ("", "unknown", "")
