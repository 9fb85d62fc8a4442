"""The geoparser on kinds of wording met on the real captions of session 23 (places, second
part): names of the Kuweires air base, the Umayyad mosque and Bab al-Salameh in more scripts
and spellings; a whole Arabic name over a shorter one inside it ("مخيم باب السلامة" is no al-Bab,
"سوق مدينة الأتارب" no Souq al-Madina); frequent words of the Cyrillic and Greek languages that
sound like a village's name; the city's name as a product's (Aleppo soap, savon d'Alep); the
province in more languages and in lists of provinces; a town's region; Kurdish prepositions
before a town's oblique case.

The captions are written here in the wordings of agency captions (names, numbers, actions and
order changed)."""

from __future__ import annotations

import pytest

from aleppomap._concepts import (
    CITY_PRODUCT_AFTER,
    CITY_PRODUCT_BEFORE,
    CITY_PRODUCT_WORDS,
    COMMON_LATIN_WORDS,
)
from aleppomap._scripts import AIRBASE, COMMON_FORMS, COMMON_WORDS, common_word, english, forms
from aleppomap.geoparse import (
    _PROVINCE_CUES,
    _ROAD_WORDS_23,
    _ROADS_AFTER,
    _ROADS_BEFORE,
    Geoparser,
)


def _ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- Kuweires, the Umayyad mosque, Bab al-Salameh in more scripts -------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Боевики заявили, что заняли авиабазу Квейрис на востоке.", "kuweires-airbase"),
        ("Солдаты у ворот авиабазы Квейрес, 12 ноября.", "kuweires-airbase"),
        ("Повстанці увійшли на авіабазу Квайрес вночі.", "kuweires-airbase"),
        ("Колонна техники у аэродрома Кувейрис.", "kuweires-airbase"),
        ("Прорыв к авиабазе Квейрас длился три дня.", "kuweires-airbase"),
        ("Army trucks line up inside the Koyeress airbase, east of Aleppo.", "kuweires-airbase"),
        ("Shelling near the Koerse airbase killed four soldiers.", "kuweires-airbase"),
        ("士兵们走过阿勒颇大清真寺的庭院。", "umayyad-mosque"),
        ("倭马亚大清真寺的宣礼塔在战火中倒塌。", "umayyad-mosque"),
        ("遊客參觀倭馬亞大清真寺。", "umayyad-mosque"),
        ("نازحون في مخيم باب السلامة على الحدود التركية", "bab-al-salameh"),
        ("عائلات تنتظر عند معبر باب السلامة", "bab-al-salameh"),
        ('أطفال في مخيم "باب السلامة" قرب أعزاز', "bab-al-salameh"),
    ],
)
def test_the_names_in_more_scripts_and_spellings(gp: Geoparser, text: str, place: str) -> None:
    assert place in _ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "نازحون في مخيم باب السلامة على الحدود التركية",
        'أطفال في مخيم "باب السلامة" قرب أعزاز',
        "عائلات تنتظر عند معبر باب السلامة",
    ],
)
def test_the_crossing_s_gate_word_is_no_town_of_al_bab(gp: Geoparser, text: str) -> None:
    assert "al-bab" not in _ids(gp, text)


@pytest.mark.parametrize(
    ("word", "english_word"),
    [("авиабазу", AIRBASE), ("авиабазы", AIRBASE), ("авіабазі", AIRBASE), ("аэродром", AIRBASE)],
)
def test_the_words_for_an_air_base_are_read_as_one(word: str, english_word: str) -> None:
    assert english(word) == english_word


# -- whole names win in Arabic --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("دمار واسع في سوق مدينة الأتارب بعد الغارة", "atarib"),
        ("حريق في سوق مدينة الباب الرئيسي", "al-bab"),
        ("ازدحام في سوق مدينة أعزاز قبل العيد", "azaz"),
    ],
)
def test_a_market_of_a_town_is_the_town_not_souq_al_madina(
    gp: Geoparser, text: str, place: str
) -> None:
    ids = _ids(gp, text)
    assert place in ids
    assert "souq-al-madina" not in ids


def test_souq_al_madina_with_its_article_is_still_the_souq(gp: Geoparser) -> None:
    assert "souq-al-madina" in _ids(gp, "حريق في سوق المدينة في حلب القديمة")


# -- common words that sound like a village --------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Самолеты бьют по жилым кварталам. Армия пока не продвигается.",
        "Обстрел районов. Армии не удалось войти в центр.",
        "Бои за кварталы. Армией командуют генералы.",
        "Армия отступила от окраин.",
        "Сосна растет у дороги.",
        "Στρατός και αντάρτες σε μάχες.",
    ],
)
def test_a_frequent_word_is_no_village_by_its_sound(gp: Geoparser, text: str) -> None:
    assert "arima" not in _ids(gp, text)
    assert all(m.method == "exact" for m in gp.find(text))


@pytest.mark.parametrize("word", ["Армия", "Армии", "Армией", "армію", "Сосны", "Στρατού"])
def test_the_case_forms_of_a_listed_word_are_common_words(word: str) -> None:
    assert common_word(word)


@pytest.mark.parametrize("word", ["Квейрис", "Ханано", "Алеппо", "Манбидж"])
def test_names_are_no_common_words(word: str) -> None:
    assert not common_word(word)


def test_the_common_forms_are_made_from_the_one_list() -> None:
    assert frozenset(f for word in COMMON_WORDS for f in forms(word)) == COMMON_FORMS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a frequent word of another language, after a city's possessive: a part of the city
        ("Families shelter in the ruins of Aleppo’s Meydan after the shelling.", True),
        ("Families shelter in the ruins of Aleppo's Meydan after the shelling.", True),
        # the same word opening a sentence of the language it is frequent in: no place
        ("Meydan okuyan muhalifler Halep'te toplandı.", False),
    ],
)
def test_a_frequent_word_after_a_city_s_possessive_is_a_place(
    gp: Geoparser, text: str, expected: bool
) -> None:
    assert ("midan" in _ids(gp, text)) is expected


def test_a_name_after_a_place_word_in_its_own_sentence_is_still_found(gp: Geoparser) -> None:
    assert "hanano" in _ids(gp, "Бои идут в квартале Ханано.")
    assert "hanano" in _ids(gp, "Удар по кварталам. Ханано под огнем.")


# -- the city's name as a product's ---------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Stacks of Aleppo soap dry in a warehouse in Tripoli.",
        "A vendor sells Aleppo pepper at a market in Gaziantep.",
        "Aleppo pine trees on a hill near Marseille.",
        "Ein Stück Aleppo-Seife auf dem Tisch.",
        "Eine Packung Aleppo Seife im Laden.",
        "Des pains de savon d'Alep dans une boutique parisienne.",
        "Les pins d'Alep de la colline.",
        "Un piatto con sapone di Aleppo.",
        "Barras de jabón de Alepo en una tienda.",
        "Sabonete de Alepo à venda.",
        "Gaziantep'te Halep sabunu satan bir dükkan.",
        "قطع من صابون حلب في متجر",
    ],
)
def test_the_city_s_name_as_a_product_s_is_no_place(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in _ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A soap maker works in his shop in Aleppo.",
        "Soap factory in Aleppo, Syria, on March 3, 2010.",
        "Aleppo, soap and war: a photo essay.",
        "Un savonnier dans son atelier à Alep.",
    ],
)
def test_the_city_beside_a_product_word_but_not_naming_it_is_found(
    gp: Geoparser, text: str
) -> None:
    assert "aleppo" in _ids(gp, text)


def test_the_product_words_are_one_list() -> None:
    assert CITY_PRODUCT_WORDS == CITY_PRODUCT_AFTER | CITY_PRODUCT_BEFORE


# -- the old city as a common noun ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soldati camminano nella città vecchia di Aleppo, 14 dicembre 2016.",
        "Moradores caminham pelo centro histórico de Aleppo.",
        "Crianças brincam na cidade velha de Aleppo.",
        "Strijders in de oude stad van Aleppo.",
    ],
)
def test_the_old_city_as_a_common_noun(gp: Geoparser, text: str) -> None:
    assert "old-city" in _ids(gp, text)


# -- the province, not the city ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A bus waits at the crossing between the provinces of Idlib and Aleppo.",
        "Un autobús en el cruce entre las provincias de Idlib y Alepo.",
        "Un convoglio tra le province di Idlib e Aleppo.",
        "Un convoi entre les provinces d'Idlib et d'Alep.",
        "Бои идут в провинциях Идлиб и Алеппо.",
        "Контроль провинций Идлиб и Алеппо.",
        "Suriye'nin Halep iline bağlı köylerde yardım dağıtıldı.",
        "Halep ilinde çatışmalar sürüyor.",
        "Famílias deslocadas na província de Aleppo.",
        "Combates na provincia di Aleppo.",
        "Бойовики захопили частину провінції Алеппо.",
        "در جنوب استان حلب درگیری ادامه دارد",
    ],
)
def test_a_province_phrase_names_no_city(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in _ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Refugees from the provinces of Idlib reached Aleppo.",
        "The Idlib province and Aleppo city were shelled.",
        "A bus from Idlib province to Aleppo.",
        "Halep'te çatışmalar sürüyor.",
    ],
)
def test_the_city_beside_a_province_word_not_governed_by_it_is_found(
    gp: Geoparser, text: str
) -> None:
    assert "aleppo" in _ids(gp, text)


def test_the_turkish_province_phrase_keeps_the_town_in_it(gp: Geoparser) -> None:
    ids = _ids(gp, "Suriye'nin Halep iline bağlı Cerablus kentinde bir toplantı yapıldı.")
    assert ids == ["jarabulus"]


# -- a town's region, Kurdish obliques -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Une fillette de la région de Kobané dans un camp de Suruç.", "kobani"),
        ("Displaced people from the Afrin region queue for bread.", "afrin"),
        ("Wêneyên wêraniyê li Efrînê û gundên derdorê.", "afrin"),
        ("Malbat ji Kobaniyê vegeriyan gundê xwe.", "kobani"),
        ("Li gundekî yê Efrînê zeviyên şewitî.", "afrin"),
        ("Dibistaneke bajarekî ya Minbicê hat vekirin.", "manbij"),
    ],
)
def test_a_town_s_region_and_its_kurdish_oblique(gp: Geoparser, text: str, place: str) -> None:
    assert place in _ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a preposition alone before a word that may be a man's name's case (Aziz): no place
        "Em ji Azezê re spas dikin.",
        "Silav bo Azezê û hevalên wî.",
        # a linker after a noun of no place
        "Hevalekî yê Azezê hat.",
    ],
)
def test_a_kurdish_oblique_without_a_place_noun_is_no_town(gp: Geoparser, text: str) -> None:
    assert "azaz" not in _ids(gp, text)


@pytest.mark.parametrize(
    "text", ["Des familles de la région d'Alep.", "Clashes in the Aleppo region on Sunday."]
)
def test_the_city_s_region_stays_its_province_s(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in _ids(gp, text)


# -- a road between two places, its word before them ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Camion sull'autostrada Damasco-Aleppo riaperta.",
        "Des voitures sur l'autoroute Damas-Alep.",
        "Трасса Дамаск — Алеппо снова открыта.",
        "ارتش کنترل بزرگراه دمشق - حلب را به دست گرفت",
        "الجيش يفتح طريق دمشق حلب الدولي",
        "إغلاق أوتوستراد حلب دمشق بسبب الاشتباكات",
        "Halep-Şam karayolu trafiğe açıldı.",
    ],
)
def test_a_road_named_after_two_places_is_in_neither(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in _ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "الجيش على طريق حلب قرب المدينة",
        "Шоссе в Алеппо перекрыто.",
        "دمار في حي الشعار - حلب",
        "Una carretera en Alepo, Siria.",
    ],
)
def test_the_city_by_a_road_s_word_but_no_second_end_is_found(gp: Geoparser, text: str) -> None:
    assert "aleppo" in _ids(gp, text)


# -- a bare word of a name written with the article heads a construct ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "نازحون في مخيم باب النور قرب أعزاز",
        "عائلات في مخيم باب الأمل شمال حلب",
    ],
)
def test_a_bare_bab_before_a_definite_word_is_no_town_of_al_bab(gp: Geoparser, text: str) -> None:
    assert "al-bab" not in _ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "قصف على مدينة الباب الليلة",
        "القوات دخلت الباب الشرقية",
        "سكان الباب يعودون إلى منازلهم",
    ],
)
def test_al_bab_with_its_article_is_still_the_town(gp: Geoparser, text: str) -> None:
    assert "al-bab" in _ids(gp, text)


def test_bab_al_hawa_without_the_crossing_s_word(gp: Geoparser) -> None:
    ids = _ids(gp, "شاحنات المساعدات تعبر من باب الهوى")
    assert "bab-al-hawa" in ids
    assert "al-bab" not in ids


# -- the pre-checks are built from the rules' lists ----------------------------------------------
def test_the_road_pre_check_is_the_rule_s_words() -> None:
    assert _ROAD_WORDS_23 == _ROADS_BEFORE | _ROADS_AFTER


@pytest.mark.parametrize(
    "text",
    [
        "Бои идут в провинциях Идлиб и Алеппо.",
        "Un autobús entre las provincias de Idlib y Alepo.",
        "Halep ilinde çatışmalar sürüyor.",
    ],
)
def test_a_province_list_or_word_is_a_cue_of_the_province_pre_check(
    gp: Geoparser, text: str
) -> None:
    assert not _PROVINCE_CUES.isdisjoint(gp._words(text).low)


# -- frequent words that meet a name only through its key or sound --------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Char de l'armée syrienne détruit près de la ville.", "shaar"),
        ("Arma abbandonata lungo la strada.", "arima"),
        ("Armas incautadas por la policía.", "arima"),
        ("Waffe und Munition gefunden.", "wafa"),
        ("Meydan kalabalıkla doldu.", "midan"),
        ("Hadir dalam pertemuan itu para menteri.", "al-hader"),
        ("Medan perang di utara.", "midan"),
        ("База боевиков уничтожена ударом.", "bizaah"),
        ("Beiden Männern wurde geholfen.", "baaiedeen"),
    ],
)
def test_a_frequent_word_alone_is_no_place(gp: Geoparser, text: str, place: str) -> None:
    assert place not in _ids(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bombardements sur le quartier de Char à Alep.", "shaar"),
        ("Meydan mahallesinde çatışma çıktı.", "midan"),
        ("Shelling hit the village of Arima on Monday.", "arima"),
        ("Trucks drive along the Castello road north of the city.", "castello-road"),
        ("Clashes in the Midan district of Aleppo.", "midan"),
    ],
)
def test_the_same_word_beside_a_place_word_or_as_spelt_is_the_place(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in _ids(gp, text)


def test_the_frequent_words_are_no_spelling_the_gazetteer_lists(gp: Geoparser) -> None:
    # (a listed spelling would be left to the other rules: the list would guard nothing there)
    spellings = {n.casefold() for p in gp.gazetteer for n in (p.name, *p.aliases)}
    assert not COMMON_LATIN_WORDS & spellings


def test_a_frequent_word_after_in_is_left_to_the_sound_rules(gp: Geoparser) -> None:
    # "in Arme" names the village as a German caption writes it (a place cue before it)
    assert "arima" in _ids(gp, "Kämpfer rückten in Arme ein, nördlich von Aleppo.")
