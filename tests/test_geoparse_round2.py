"""The geoparser on kinds of wording that unseen captions of round 2 (issue 14) got wrong: Arabic
quarter names that are also common words ("المشهد", the scene; "الشعار", the slogan) name the
quarter only beside a place word or in a list after one.

The captions are written for these tests in the manner of agency photo captions.
"""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- Arabic quarter names that are common words -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("الخراب هو المشهد الغالب في شوارع حلب", "mashhad"),  # the scene
        ("ويتكرر المشهد ذاته عند كل معبر حدودي", "mashhad"),
        ("والمشهد نفسه في مخيمات النازحين على الحدود", "mashhad"),
        ("يرفع المحتجون الشعار ذاته منذ سنوات", "shaar"),  # the slogan
        ("جنازة الشهداء في ساحة البلدة", "shuhada"),  # the martyrs
        ("قصف عدة بلدات في المحافظة يوم الأحد", "muhafaza"),  # the governorate
        ("الأطفال يلعبون فوق البلاط المكسور", "ballat"),  # the tiles
        ("العقبة الكبرى أمام الهدنة هي الحصار", "aqabeh"),  # the obstacle
        ("لا يرى السكان السبيل إلى النجاة", "sabil"),  # the way
        ("امرأة تضع الزهور على قبر ابنها", "zuhour"),  # the flowers
        ("مبنى الإذاعة والتلفزيون بعد القصف", "ithaa"),  # the broadcasting house
        ("تعبيرا عن الوفاء لأرواح الضحايا", "wafa"),  # loyalty
        ("يعيش النازحون في حلب الشهباء ظروفا قاسية", "shahba"),  # Aleppo's epithet
    ],
)
def test_a_common_word_is_not_the_quarter(gp: Geoparser, text: str, place: str) -> None:
    assert place not in every(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("الدفاع المدني يبحث عن ناجين في حي المشهد بحلب", "mashhad"),
        ("غارات جوية على حي الشعار في شرق حلب", "shaar"),
        ("سقوط قذائف على منطقة السبيل في حلب", "sabil"),
        ("دمار في حي الشهداء بعد الغارة", "shuhada"),
        ("نازحون من حي الإذاعة في حلب", "ithaa"),
        # in a list after a plural place word, joined by "and" or a comma
        ("قصف مدفعي على أحياء الصاخور والشعار والمشهد", "shaar"),
        ("قصف مدفعي على أحياء الصاخور والشعار والمشهد", "mashhad"),
        ("اشتباكات في أحياء الكلاسة، المشهد، السكري", "mashhad"),
        ("قوات النظام تتقدم في أحياء السليمانية والميدان", "midan"),
        # the Latin spellings stay names everywhere
        ("Rescuers search the rubble in al-Mashhad, Aleppo.", "mashhad"),
    ],
)
def test_the_quarter_beside_a_place_word(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a preposition or a sentence's end ends the list
        "قصف حي الصاخور في حلب والمشهد نفسه يتكرر كل يوم",
        "دمار في حي الصاخور. والمشهد نفسه في كل مكان",
    ],
)
def test_a_list_ends_at_a_preposition_or_a_sentence(gp: Geoparser, text: str) -> None:
    assert "mashhad" not in every(gp, text)


# -- the outskirts, suburbs and countryside with a side: outside the city, no side of it ---------


@pytest.mark.parametrize(
    "text",
    [
        "مقاتلون يدخلون بلدة خان العسل، الضواحي الغربية لحلب",
        "دمار في الضواحي الشرقية لمدينة حلب",
        "اشتباكات عنيفة على أطراف حلب الشرقية",
        "نزوح من ضواحي شرق حلب نحو الريف",
        "قصف على ريف حلب الغربي",
        "Combates en las afueras del oeste de Alepo.",
        "Bombardeos en los suburbios del este de Alepo.",
        "Tiroteios nos arredores do leste de Aleppo.",
        "Des combats dans les faubourgs est d'Alep.",
        "Scontri nella periferia orientale della città di Aleppo.",
        "Smoke rises over the eastern outskirts of the city of Aleppo.",
        "Shelling hit villages in the western countryside of Aleppo.",
    ],
)
def test_the_outskirts_with_a_side_are_no_side_of_the_city(gp: Geoparser, text: str) -> None:
    found = every(gp, text)
    assert "east-aleppo" not in found
    assert "west-aleppo" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Combates en Alepo. Las afueras del este de la ciudad siguen bajo fuego.",
        "Bombardeos en Alepo, en los suburbios del oeste de la ciudad.",
    ],
)
def test_the_outskirts_of_the_city_named_before(gp: Geoparser, text: str) -> None:
    found = every(gp, text)
    assert "aleppo" in found
    assert "east-aleppo" not in found
    assert "west-aleppo" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the city itself, named after the outskirts
        ("مقاتلون يدخلون بلدة خان العسل، الضواحي الغربية لحلب", "aleppo"),
        ("دمار في الضواحي الشرقية لمدينة حلب", "aleppo"),
        # the sides themselves stay
        ("أطفال في الأحياء الشرقية لحلب", "east-aleppo"),
        ("سوق شعبي في حلب الغربية", "west-aleppo"),
        ("Un barrio del este de la ciudad de Alepo, destruido.", "east-aleppo"),
        ("Familias en el este de Alepo.", "east-aleppo"),
        ("Des familles dans l'est d'Alep.", "east-aleppo"),
    ],
)
def test_the_city_or_its_side_beside_the_outskirts_kind(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in every(gp, text)


# -- a side's part before the city's name in Japanese, Chinese and Korean; the city itself -------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("東部アレッポの住民が検問所を通って避難した。", "east-aleppo"),
        ("西部アレッポの市民は停電に苦しんでいる。", "west-aleppo"),
        ("동부 알레포 주민들이 버스를 타고 떠나고 있다.", "east-aleppo"),
        ("서부 알레포에 포탄이 떨어졌다.", "west-aleppo"),
        ("东部阿勒颇的居民在废墟中寻找亲人。", "east-aleppo"),
    ],
)
def test_a_sides_part_before_the_city_in_asian_scripts(gp: Geoparser, text: str, side: str) -> None:
    assert side in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "シリア北部アレッポで撮影。",  # in northern Syria's Aleppo: the country's side
        "시리아 동부 데이르에조르의 유전.",  # eastern Syria's Deir ez-Zor
    ],
)
def test_the_countrys_side_before_a_name_is_no_side_of_the_city(gp: Geoparser, text: str) -> None:
    found = every(gp, text)
    assert "east-aleppo" not in found
    assert "west-aleppo" not in found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # the city named on its own as well as in the side's phrase: both are reported
        (
            "政府軍が支配するアレッポ西部では市場が開いている。"
            "東部アレッポの住民は包囲下にある。アレッポが奪還されても戦闘は続く。",
            "east-aleppo",
        ),
        (
            "Vecinos de Alepo recogen escombros. Los ataques alcanzaron los barrios del este "
            "de la ciudad.",
            "east-aleppo",
        ),
        (
            "Residents of Aleppo queue for bread. Rebels in east Aleppo rejected the offer.",
            "east-aleppo",
        ),
        ("알레포 서부에서 축제가 열렸다. 알레포가 함락되어도 전쟁은 계속된다.", "west-aleppo"),
    ],
)
def test_the_city_named_on_its_own_beside_a_side(gp: Geoparser, text: str, side: str) -> None:
    found = every(gp, text)
    assert side in found
    assert "aleppo" in found


# -- the Umayyad Mosque's other name, after the shrine of Zechariah (Zakariya) ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldati nel cortile della moschea di Zaccaria, ad Aleppo.",
        "Worshippers pray at the Zakariya mosque in the old city.",
        "Restoration work at the Zakaria Mosque, Aleppo, March 2019.",
        "مصلون في جامع زكريا بحلب القديمة",
        "أعمال ترميم في جامع النبي زكريا",
        "Des fidèles dans la mosquée de Zacharie, à Alep.",
    ],
)
def test_the_mosque_of_zechariah_is_the_umayyad_mosque(gp: Geoparser, text: str) -> None:
    assert "umayyad-mosque" in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Worshippers leave the Nabi Zakariya mosque in Sebastia after Friday prayers.",
        "Zakaria, a shopkeeper, walks past the mosque near his home.",
        "The Prophet Zakariya mosque in Mosul, Iraq, after its recapture.",
    ],
)
def test_another_mosque_of_zechariah_is_not_aleppos(gp: Geoparser, text: str) -> None:
    assert "umayyad-mosque" not in every(gp, text)


# -- a quarter named as a city of another country: Mashhad, Iran --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mourners fill the streets of Mashhad, Iran, on Thursday.",
        "The Imam Reza shrine in Mashhad, northeastern Iran.",
        "Mourners gather in Tehran and Mashhad.",
        "Protesters march in Tehran, Iran.",  # (not the village Tarhin, by its sound)
        "A man walks past a mural in Tehran.",
    ],
)
def test_mashhad_in_iran_is_not_the_quarter(gp: Geoparser, text: str) -> None:
    found = every(gp, text)
    assert "mashhad" not in found
    assert "tarhin" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Iran-backed fighters in the Mashhad district of Aleppo.", "mashhad"),
        ("Rescuers search rubble in al-Mashhad, Aleppo.", "mashhad"),
        ("Militias in Nubl and Zahraa, Iran-backed, hold the road.", "zahraa"),
        ("Displaced families in Azaz, near Turkey.", "azaz"),
        ("Clashes near Tarhin, north of Aleppo.", "tarhin"),
    ],
)
def test_a_place_beside_iran_named_otherwise(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)
