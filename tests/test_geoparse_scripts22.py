"""The geoparser on the names of the most-named places in other scripts and languages (session
22): a coverage table of about sixty places in some twenty scripts showed which of their names
were not found. The kinds filled here: the names themselves (aliases with their sources in
``aliases.csv``: Hebrew, Japanese, Chinese, Korean, Azerbaijani, Russian, Ukrainian, Persian,
Kurdish); the Kurdish oblique case of a town's name ("li Efrînê", "ji Kobaniyê"), read in a
caption that names Syria (Sûriye) or its Kurdish north (Rojava), or after a Kurdish noun of a
place ("Herêma Efrînê", "bajarê Minbicê"); the i Korean writes after a
final j ("만비지": Manbij); a Hebrew place word before a name with the article written apart
("בעיר אל-באב", in the town of al-Bab), no given name; the double hyphens Japanese writes
inside an Arabic name ("ハーン・アル＝アサル"); and the Vietnamese nouns of the city's landmarks
("Thành cổ Aleppo", "khu phố cổ", "Sân bay quốc tế Aleppo", "Đại học Aleppo").

The sentences are written here in the wordings of agency captions (names, actions and order
changed)."""

from __future__ import annotations

import pytest

from aleppomap._names import case_stems
from aleppomap._scripts import asian_forms
from aleppomap.geoparse import Geoparser
from context_places import places


# -- the names, one script at a time ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Hebrew
        ("אל-באב הופצצה שוב הלילה.", "al-bab"),
        ("העיר אל-באב הופצצה שוב הלילה.", "al-bab"),
        # the article written apart after a Hebrew place word, with or without its "in"
        ("מטוסים טורקיים תקפו בעיר הסורית אל-באב.", "al-bab"),
        ("ההרס בעיר אל-באב לאחר ההפצצה.", "al-bab"),
        ("תקיפה אווירית באזור אל-באב.", "al-bab"),
        # Japanese
        ("トルコ軍の戦車がジャラブルスに入った。", "jarabulus"),
        ("反体制派がジャラーブルス市を制圧したと発表した。", "jarabulus"),
        # Chinese
        ("叙反对派武装当天夺回了达比克镇。", "dabiq"),
        ("敘反對派武裝攻佔達比克。", "dabiq"),
        ("土耳其坦克开进叙利亚边境城镇贾拉布洛斯。", "jarabulus"),
        ("土军宣布已控制杰拉卜卢斯以西的边境地带。", "jarabulus"),
        ("政府军解除了对克韦里斯空军基地的包围。", "kuweires-airbase"),
        ("克韋里斯空軍基地位於阿勒頗省東部。", "kuweires-airbase"),
        # Korean: the i after a final j
        ("시리아 북부 만비지에서 차량 폭탄이 터졌다.", "manbij"),
        ("쿠르드 민병대가 만비지에서 순찰하고 있다.", "manbij"),
        # Azerbaijani
        ("Mənbic şəhərində bazar yenidən açılıb.", "manbij"),
        ("Suriyanın şimalındakı Mənbicdə toqquşmalar davam edir.", "manbij"),
        # Russian, Ukrainian
        ("Руины Великой мечети Алеппо после боёв.", "umayyad-mosque"),
        ("Солдат у стен Великая мечеть Алеппо, 2017 год.", "umayyad-mosque"),
        ("Повстанцы захватили Большую мечеть Алеппо.", "umayyad-mosque"),
        ("Реставратори працюють у Великій мечеті Алеппо.", "umayyad-mosque"),
        ("Велика мечеть Алеппо після боїв.", "umayyad-mosque"),
        # Persian
        ("نیروهای ترکیه وارد جرابلوس شدند.", "jarabulus"),
        # Kurdish (Kurmanji)
        ("Koçberên Efrînê li Arfêd di kampan de dimînin.", "tall-rifaat"),
        ("Topbaran li Til Rifet û Şehbayê hat kirin, li bakurê Sûriyê.", "tall-rifaat"),
        ("Refugees from Afrin shelter in Arfet (Tal Rifat), Shahba region.", "tall-rifaat"),
    ],
)
def test_the_names_of_other_scripts_are_found(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the mosque of the Umayyads in Damascus is no place of Aleppo
        "Верующие у мечети Омейядов в Дамаске.",
        "Молитва в мечеті Умайяд у Дамаску.",
        "Большая мечеть Дамаска после реставрации.",
    ],
)
def test_the_umayyad_mosque_of_damascus_is_not_aleppos(gp: Geoparser, text: str) -> None:
    assert "umayyad-mosque" not in places(gp, text)


# -- the Kurdish oblique case ----------------------------------------------------------------------
def test_case_stems_read_the_kurdish_oblique() -> None:
    assert "efrin" in case_stems("Efrînê")
    assert "kobani" in case_stems("Kobaniyê")
    assert "azez" in case_stems("Azezê")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Zarok li Efrînê dilîzin, li bakurê Sûriyê.", "afrin"),
        ("Malbat ji Kobaniyê koç kirin, li Rojava.", "kobani"),
        ("Bazar li Azezê dîsa vebû, li bakurê Sûriyê.", "azaz"),
        ("Xwepêşandan li Minbicê hat kirin; Sûriye di nav şer de ye.", "manbij"),
    ],
)
def test_the_kurdish_oblique_of_a_town_is_the_town(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # after a Kurdish noun of a place in its construct form, capitalised or not, Syria unnamed
        ("Herêma Efrînê ji sala 2018an ve di bin dagirkeriyê de ye.", "afrin"),
        ("Koçber ji bajarê Efrînê hatin.", "afrin"),
        ("Bajarê Minbicê piştî şer.", "manbij"),
        ("Jinên gundê Azezê nan çêdikin.", "azaz"),
        ("Zarok li taxa Şêxmeqsûdê dilîzin.", "sheikh-maqsoud"),
    ],
)
def test_a_kurdish_place_noun_before_the_oblique(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no Syria named: a word that may be a given name's case stays unread
        "Silav li Azezê, hevalê min.",
        # Kurdish words ending in ê that are no town
        "Wêneyê bajarê Stenbolê, li Tirkiyê.",
    ],
)
def test_the_kurdish_oblique_needs_syria(gp: Geoparser, text: str) -> None:
    assert not {"azaz", "afrin", "kobani", "manbij"} & places(gp, text)


# -- Korean: the i after a final j -----------------------------------------------------------------
def test_korean_i_after_a_final_j_is_left_out() -> None:
    assert "manbij" in asian_forms("만비지")
    assert "manbij" in asian_forms("만비지에서")
    # (a name that ends in ji keeps it too)
    assert "manbiji" in asian_forms("만비지")


# -- Japanese: the double hyphens inside a name ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("化学兵器が使われたとされるハーン・アル＝アサルの病院。", "khan-al-asal"),
        ("シリア北部のハーン・アル゠アサルで撮影。", "khan-al-asal"),
        ("トルコ軍はアル＝バーブの西側から攻勢をかけた。", "al-bab"),
    ],
)
def test_japanese_double_hyphens_join_a_name(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


# -- Vietnamese: the landmarks' nouns --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Thành cổ Aleppo bị hư hại nặng sau nhiều năm giao tranh.", "citadel"),
        ("Binh sĩ đứng gác trước Pháo đài Aleppo.", "citadel"),
        ("Người dân dọn dẹp đống đổ nát ở khu phố cổ của Aleppo.", "old-city"),
        ("Cảnh hoang tàn tại thành phố cổ Aleppo năm 2017.", "old-city"),
        ("Sân bay quốc tế Aleppo mở cửa trở lại sau nhiều năm.", "aleppo-airport"),
        ("Sinh viên trường Đại học Aleppo trở lại giảng đường.", "university-of-aleppo"),
        ("Đại thánh đường Hồi giáo Aleppo được trùng tu.", "umayyad-mosque"),
        # alone, in a caption about the city
        ("Người dân trở về Aleppo. Khu phố cổ vẫn còn đổ nát.", "old-city"),
    ],
)
def test_vietnamese_landmark_nouns(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sinh viên Đại học Damascus biểu tình.", "university-of-aleppo"),
        ("Sân bay quốc tế Damascus tạm đóng cửa.", "aleppo-airport"),
        ("Du khách dạo quanh phố cổ Hà Nội.", "old-city"),
        # the words for a university, a fortress, an airport alone are no place of Aleppo's
        ("Người dân ở Aleppo. Sinh viên đại học thi cuối kỳ.", "university-of-aleppo"),
        ("Người dân ở Aleppo. Máy bay hạ cánh xuống sân bay.", "aleppo-airport"),
    ],
)
def test_vietnamese_landmark_nouns_elsewhere(gp: Geoparser, text: str, place: str) -> None:
    assert place not in places(gp, text)
