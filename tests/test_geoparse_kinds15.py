"""The geoparser on kinds of wording that missed places on unseen captions (issue 14): a side of
"the city" in other languages once the city is named, a base's name spelt by ear before the word
for a base, Korean and Japanese words before a name and its place word (no capitals there), and
the Turkish case endings after each kind of apostrophe."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- a side of "the city", the city named before -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Un militare pattuglia le strade di Aleppo. Dopo la presa dell’est della città "
            "i civili sono stati evacuati.",
            "east-aleppo",
        ),
        (
            "Un militare pattuglia le strade di Aleppo. Le forze governative controllano ora "
            "la parte orientale della città.",
            "east-aleppo",
        ),
        (
            "Le marché d'Alep est en ruines. Nos envoyés sont entrés dans les quartiers est de "
            "la ville samedi.",
            "east-aleppo",
        ),
        (
            "Des familles d'Alep vivent désormais dans l'ouest de la ville, tenu par le régime.",
            "west-aleppo",
        ),
        (
            "Un niño juega entre las ruinas de Alepo. Tras la toma del este de la ciudad, miles "
            "de personas huyeron.",
            "east-aleppo",
        ),
        (
            "Moradores de Aleppo fazem fila por pão na parte oriental da cidade, em dezembro.",
            "east-aleppo",
        ),
        (
            "Ein Junge spielt in den Trümmern von Aleppo. Nach der Einnahme des Ostens der Stadt "
            "flohen Tausende.",
            "east-aleppo",
        ),
        (
            "A boy walks through Aleppo. Families who stayed in the western part of the city "
            "queue for bread.",
            "west-aleppo",
        ),
        # the parts of other languages with "of the city" for "of Aleppo"
        ("Un soldato ad Aleppo. I ribelli tengono ancora la zona est della città.", "east-aleppo"),
        (
            "Un soldat à Alep. Les rebelles tiennent encore le secteur est de la ville.",
            "east-aleppo",
        ),
        (
            "Een soldaat in Aleppo. De rebellen houden het oostelijke deel van de stad.",
            "east-aleppo",
        ),
        ("A soldier in Aleppo. Rebels still hold the eastern half of the city.", "east-aleppo"),
    ],
)
def test_a_side_of_the_city_named_before_is_its_side(gp: Geoparser, text: str, side: str) -> None:
    assert side in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a bearing from the city, not its part
        "Des familles d'Alep ont fui vers des villages à l'ouest de la ville.",
        "Familias de Alepo huyeron a pueblos al oeste de la ciudad.",
        "Displaced people from Aleppo reached villages to the west of the city.",
        # another city's side
        "Smoke rises over Mosul as Iraqi forces advance in the east of the city.",
        "A boy plays in Kobani, where fighters held the east of the city for weeks.",
        "Un homme marche dans Raqqa. Les combattants tiennent l'est de la ville.",
        "Un homme marche dans Raqqa. Les combattants tiennent le secteur est de la ville.",
        "Famílias de Aleppo fogem para aldeias a oeste da cidade.",
    ],
)
def test_a_bearing_or_another_citys_side_is_no_side_of_aleppo(gp: Geoparser, text: str) -> None:
    found = every(gp, text)
    assert "east-aleppo" not in found
    assert "west-aleppo" not in found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("وصلت عائلات نازحة من أحياء حلب الشرقية إلى مدارس غربي المدينة.", "west-aleppo"),
        ("بعد سيطرة الجيش على حلب، عاد السكان إلى منازلهم شرقي المدينة.", "east-aleppo"),
        ("مردم حلب در پارکی در غرب شهر قدم می زنند.", "west-aleppo"),
    ],
)
def test_a_side_of_the_city_in_arabic_script(gp: Geoparser, text: str, side: str) -> None:
    assert side in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a distance, a place lying there, another city
        "قصفت الطائرات قرى تقع على بعد 20 كم شرق المدينة بعد معارك حلب.",
        "سيطر الجيش على الرقة وتقدم في شرق المدينة.",
        "عاد السكان إلى بلدة تادف شرق المدينة بعد معارك حلب.",
    ],
)
def test_a_bearing_or_another_citys_side_in_arabic_script(gp: Geoparser, text: str) -> None:
    found = every(gp, text)
    assert "east-aleppo" not in found
    assert "west-aleppo" not in found


# -- a base's name spelt by ear before the word for a base ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A helicopter lands at the Kweiras air base after the siege was lifted.",
        "Government troops patrol the Kweiras airbase after the siege was broken.",
        "A tank guards the gate of the Kuwairess military airport.",
    ],
)
def test_a_bases_name_by_ear_before_its_word_is_the_base(gp: Geoparser, text: str) -> None:
    assert "kuweires-airbase" in places(gp, text)


def test_another_bases_name_by_ear_before_its_word(gp: Geoparser) -> None:
    assert "menagh-airbase" in places(gp, "Rebels stand on a runway of the Menagg air base.")


@pytest.mark.parametrize(
    "text",
    [
        "Passengers queue at the Istanbul airport before their flight.",
        "Refugees arrive at the Incirlik air base in Turkey.",
        "Jets take off from the Hmeimim air base near Latakia.",
    ],
)
def test_a_base_elsewhere_is_none_of_the_governorates(gp: Geoparser, text: str) -> None:
    assert [p for p in every(gp, text) if p.endswith("airbase")] == []


# -- Korean and Japanese: a day or a noun before a name and its place word -----------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("5일 시리아 알레포 지역에서 시민들이 빵을 사려고 줄을 서 있다.", "aleppo"),
        ("지난 9일 시리아 만비즈 지역에서 주민들이 시장을 걷고 있다.", "manbij"),
        ("터키 접경 시리아 아자즈 지역에서 난민들이 줄을 서 있다.", "azaz"),
        ("3일(현지시간) 시리아 알레포 지역에서 구조대원들이 잔해를 치우고 있다.", "aleppo"),
    ],
)
def test_a_korean_day_or_noun_before_a_name_and_its_place_word(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)


# -- Turkish case endings after every kind of apostrophe -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Halep’teki pazarda kalabalık var.", "aleppo"),
        ("Halep‘te sivillerin tahliyesi sürüyor.", "aleppo"),
        ("Halepʼin doğusundaki mahallelerde yıkım büyük.", "aleppo"),
        ("Münbiç’teki çarşıda hayat normale döndü.", "manbij"),
        ("Azez‘deki kampta aileler kalıyor.", "azaz"),
        ("Cerablusʼa giden yolda konvoy görüldü.", "jarabulus"),
        ("El Bab’taki hastane vuruldu.", "al-bab"),
    ],
)
def test_turkish_case_endings_after_each_apostrophe(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


# -- Chinese: 扎 writes "za"; a word of a city or town before the name ---------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("叙利亚阿扎兹的难民营里,儿童排队领取食物。", "azaz"),
        ("土耳其边境城镇阿扎兹的难民营。", "azaz"),
        ("在叙利亚北部城市曼比季,市场重新开放。", "manbij"),
        ("叙利亚北部重镇巴卜被反对派攻占。", "al-bab"),
    ],
)
def test_chinese_transliteration_and_a_city_word_before_the_name(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    ["这座城市以美食闻名。", "扎哈兰在城市广场发表讲话。"],
)
def test_chinese_city_words_alone_name_no_place(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("叙利亚阿夫林的难民营里,儿童在玩耍。", "afrin"),
        ("在阿夫林市中心,居民排队领取面包。", "afrin"),
        ("土耳其军队进入叙利亚北部城镇杰拉布卢斯。", "jarabulus"),
    ],
)
def test_chinese_names_of_towns_that_drop_or_change_the_r(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)


# -- a one-word name that is also a person's, after a town's word in another language ------------


@pytest.mark.parametrize(
    "text",
    [
        "Luftaufnahmen aus dem Gebiet Raju zeigen leere Straßen.",
        "Rauch steigt über dem Dorf Raju nahe der türkischen Grenze auf.",
        "Il villaggio di Raju, nel distretto di Afrin, è stato bombardato.",
        "Combatientes entraron en el pueblo de Raju, al noroeste de Afrin.",
    ],
)
def test_a_name_also_a_persons_after_a_foreign_town_word_is_the_town(
    gp: Geoparser, text: str
) -> None:
    assert "raju" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Raju Sharma, 34, poses for a portrait in Delhi.",
        "Der Schauspieler Raju spielt in der Stadt Mumbai.",
    ],
)
def test_a_persons_name_is_no_town(gp: Geoparser, text: str) -> None:
    assert "raju" not in every(gp, text)


# -- Arabic script: an adjective between a landmark's noun and the city's name -------------------


def test_the_main_airport_of_the_city_in_persian(gp: Geoparser) -> None:
    text = "هواپیمای مسافربری در فرودگاه اصلی حلب فرود آمد."
    assert "aleppo-airport" in places(gp, text)


# -- a town named as the centre of its countryside ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Smoke rises over villages in the eastern countryside of Kobani, near the Turkish "
            "border.",
            "kobani",
        ),
        ("Des combattants dans la campagne de la ville kurde de Kobané.", "kobani"),
        ("Smoke rises in the western countryside of the Syrian town of Manbij.", "manbij"),
        ("A damaged school in a village in the countryside of the town of Afrin.", "afrin"),
    ],
)
def test_a_town_named_as_the_centre_of_its_countryside_is_found(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)
