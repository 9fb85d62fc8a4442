"""The geoparser on kinds of wording met in session 19 (places): the Aleppo region written in
Arabic with the region's word before the city's name, which is the province's and names no
place (as "the Aleppo region" and "محافظة حلب" do not), while the same word before a quarter's
or a town's name still names that place.

The captions are written here in the wordings of Arabic agency captions (names, actions and
order changed)."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser


def places(gp: Geoparser, text: str) -> set[str]:
    return {m.place_id for m in gp.find(text)}


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
