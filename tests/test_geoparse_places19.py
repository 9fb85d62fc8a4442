"""The geoparser on kinds of wording met in session 19 (places): the Aleppo region written in
Arabic with the region's word before the city's name, which is the province's and names no
place (as "the Aleppo region" and "محافظة حلب" do not), while the same word before a quarter's
or a town's name still names that place.

The captions are written here in the wordings of Arabic agency captions (names, actions and
order changed)."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import places


# -- the Aleppo region in Arabic -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("أطفال يلعبون قرب دبابة مدمرة في بلدة تل رفعت في منطقة حلب شمالي سوريا.", "tall-rifaat"),
        ("نازحون يصلون إلى مدينة الباب بمنطقة حلب، الأحد.", "al-bab"),
        ("جنود أتراك يقومون بدورية قرب منبج في منطقة حلب شمال سوريا.", "manbij"),
    ],
)
def test_the_aleppo_region_after_a_town_is_no_point_of_the_city(
    gp: Geoparser, text: str, town: str
) -> None:
    found = places(gp, text)
    assert town in found
    assert "aleppo" not in found


@pytest.mark.parametrize(
    "text",
    [
        "اشتباكات عنيفة في منطقة حلب بين فصائل المعارضة والقوات الحكومية.",
        "موجة نزوح جديدة من منطقة حلب نحو الحدود التركية.",
    ],
)
def test_the_aleppo_region_alone_names_no_place(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in places(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the region's word before a quarter or a town names that place; the city named
        # otherwise in the same caption is still the city
        ("قصف مدفعي على منطقة الشيخ مقصود في مدينة حلب.", "sheikh-maqsoud"),
        ("قوات النظام تتقدم في منطقة الراموسة جنوب حلب.", "ramouseh"),
        ("أسواق منطقة حلب القديمة بعد الترميم.", "old-city"),
        ("مدنيون يعودون إلى منطقة منبج بعد انتهاء المعارك.", "manbij"),
        ("سكان يتجولون في أحد أسواق مدينة حلب القديمة وسط حلب.", "aleppo"),
    ],
)
def test_the_regions_word_before_another_name_names_it(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)


# -- the international airport as Chinese, Japanese and Korean name it alone ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "在阿勒颇东部一处社区附近,距离国际机场不远处,工人们正在铺设新路。",
        "阿勒颇的国际机场周二恢复了民航航班。",
        "アレッポの国際空港で、再開後初の旅客機が着陸した。",
        "알레포 시내와 국제공항을 잇는 도로가 복구됐다.",
    ],
)
def test_the_international_airport_alone_in_a_caption_about_the_city(
    gp: Geoparser, text: str
) -> None:
    assert "aleppo-airport" in places(gp, text)


@pytest.mark.parametrize(
    ("text", "noun_of"),
    [
        # a common noun right after another city's name is that city's
        ("阿勒颇居民乘车抵达大马士革国际机场。", "aleppo-airport"),
        ("来自阿勒颇的难民在伊斯坦布尔国际机场等待转机。", "aleppo-airport"),
        ("阿勒颇的游客参观了大马士革旧城区。", "old-city"),
        ("阿勒颇商人在大马士革倭马亚清真寺祈祷。", "umayyad-mosque"),
        ("アレッポ出身の家族がダマスカスの国際空港に到着した。", "aleppo-airport"),
        ("알레포 출신 난민들이 다마스쿠스 국제공항에 도착했다.", "aleppo-airport"),
        # or a foreign name in transliteration characters run on to it
        ("阿勒颇的一家人从阿塔图尔克国际机场出发。", "aleppo-airport"),
    ],
)
def test_a_common_noun_after_another_citys_name_is_that_citys(
    gp: Geoparser, text: str, noun_of: str
) -> None:
    assert noun_of not in places(gp, text)


def test_the_military_air_bases_are_no_international_airport(gp: Geoparser) -> None:
    # "军用机场" (a military airport) is no "国际机场"
    assert "aleppo-airport" not in places(gp, "阿勒颇以东的军用机场附近爆发激烈战斗。")


# -- the city's name in Kurmanji Kurdish ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Heleb (Rûdaw) - Xelk li taxên wêranbûyî vedigerin malên xwe.",
        "Zarok li kolaneke bajarê Helebê dilîzin.",
        "Konvoya alîkariyê gihişt Helebê piştî du rojan.",
    ],
)
def test_the_city_in_kurmanji(gp: Geoparser, text: str) -> None:
    assert "aleppo" in places(gp, text)


# -- a landmark's kind written first in Albanian, Bosnian/Croatian/Serbian and Romanian ----------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sheshi Saadallah al-Jabiri, dikur plot me kalimtarë.", "saadallah-al-jabiri-square"),
        ("Banorë në Sheshin Saadallah al-Jabiri në Halep.", "saadallah-al-jabiri-square"),
        ("Hoteli Baron në Halep, i mbyllur prej vitesh.", "baron-hotel"),
        ("Građani na trgu Saadallah al-Jabiri u Alepu.", "saadallah-al-jabiri-square"),
        ("Hotelul Baron din Alep, închis de ani de zile.", "baron-hotel"),
    ],
)
def test_a_landmarks_kind_written_first_with_its_article(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the kind's word alone, or before a name of no place of the city, names none
        "Fëmijë luajnë në sheshin e qytetit në Halep.",
        "Sheshi qendror i Tiranës gjatë një feste.",
        "Hotelul din Alep a fost avariat de bombardamente.",
        "Ljudi na trgu u Alepu čekaju pomoć.",
    ],
)
def test_the_kinds_word_alone_names_no_landmark(gp: Geoparser, text: str) -> None:
    assert places(gp, text) <= {"aleppo"}


# -- Kobani in Chinese -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "5月3日,在叙利亚艾因阿拉伯(又称科巴尼),居民在废墟旁晾晒衣物。",
        "一名库尔德男孩在艾因阿拉伯街头骑自行车。",
        "土耳其军队的装甲车驶入科巴尼。",
    ],
)
def test_kobani_in_chinese(gp: Geoparser, text: str) -> None:
    assert "kobani" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "Arab" and the characters of its transliteration in ordinary words are no place
        "阿勒颇居民在阿拉伯半岛打工。",
        "阿拉伯叙利亚共和国总统视察阿勒颇。",
        "阿勒颇的一位老伯在废墟中寻找家具。",
    ],
)
def test_arab_in_chinese_is_no_kobani(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == {"aleppo"}
