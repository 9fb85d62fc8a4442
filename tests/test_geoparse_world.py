"""The geoparser on the words around the names in Arabic, Persian and Urdu, and in European and
Turkic languages: the city's sides written in Arabic script (and a bearing, which is none), the
common nouns of its landmarks, the place words before or after a name, and a market's word
that makes the name beside it a souq's."""

from __future__ import annotations

import pytest

from aleppomap._names import fold_token
from aleppomap._scripts import arabic_place_word, arabic_word_in
from aleppomap.geoparse import Geoparser
from context_places import of_aleppo, places


def roles(gp: Geoparser, text: str) -> dict[str, str]:
    return {m.place_id: m.role for m in gp.find(text)}


# -- Urdu letters ---------------------------------------------------------------------------
def test_urdu_letters_fold_as_their_arabic_ones() -> None:
    # the Urdu h, ta marbuta, nasal n and retroflex letters: "قلعہ" is قلعه, "محلہ" a place word
    assert fold_token("قلعہ") == fold_token("قلعة") == fold_token("قلعه")
    assert fold_token("علاقۃ") == fold_token("علاقة")
    assert fold_token("گاؤں") == "گاون"
    assert fold_token("ٹاؤن") == fold_token("تاون")
    assert arabic_place_word("محلہ")
    assert arabic_place_word("علاقے")
    assert not arabic_place_word("قلعہ")
    assert arabic_word_in("والأحياء", {"احياء"})
    assert not arabic_word_in("الأحياء", {"حي"})


# -- the city's sides in Arabic script ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "side"),
    [
        # Arabic: the side before the name, the part's noun before "in" / "of" / "to" the name
        ("عائلات تعود إلى منازلها المدمرة في شرق حلب", "east-aleppo"),
        ("طفل يحمل الخبز في الأحياء الشرقية في حلب", "east-aleppo"),
        ("سيارات إسعاف تدخل الأحياء الشرقية لحلب", "east-aleppo"),
        ("دمار في الجزء الشرقي من مدينة حلب", "east-aleppo"),
        ("قذيفة تسقط على غرب حلب", "west-aleppo"),
        ("طلاب جامعيون في الأحياء الغربية من مدينة حلب", "west-aleppo"),
        ("سوق شعبي في حلب الغربية", "west-aleppo"),
        # Persian: the part before the side, or the side after the name
        ("خرابی گسترده در بخش شرقی حلب", "east-aleppo"),
        ("آوارگان از بخش های شرقی حلب خارج شدند", "east-aleppo"),
        ("مردم در حلب شرقی به خانه بازمی گردند", "east-aleppo"),
        # Urdu: the adjective before the name, or after "Aleppo's"
        ("مشرقی حلب میں امدادی سامان", "east-aleppo"),
        # "of the city of": Arabic مدينة, Persian شهر (the suburbs are no side: they lie
        # outside the city, see test_geoparse_round2)
        ("قصف مدفعي في شرق مدينة حلب", "east-aleppo"),
        ("زندگی در مناطق شرقی شهر حلب", "east-aleppo"),
        ("حلب کے مغربی علاقوں میں گولہ باری", "west-aleppo"),
    ],
)
def test_a_side_of_the_city_in_arabic_script(gp: Geoparser, text: str, side: str) -> None:
    assert side in places(gp, text)


def test_a_side_alone_after_a_quarters_noun_in_a_caption_about_the_city(gp: Geoparser) -> None:
    # "the eastern quarters", holder words between: named with the city elsewhere
    text = "مدنيون يغادرون الأحياء الشرقية المحاصرة سيرا على الأقدام في حلب"
    assert "east-aleppo" in places(gp, text)
    # not without the city, nor after a word that is no quarter's ("the eastern region")
    assert places(gp, "مدنيون يغادرون الأحياء الشرقية المحاصرة") == set()
    assert "east-aleppo" not in places(gp, "تعزيزات عسكرية في المنطقة الشرقية قرب حلب")


@pytest.mark.parametrize(
    "text",
    [
        # a compound bearing: north-east, north-west of the city
        "مخيم للنازحين شمال غربي حلب",
        "اشتباكات في قرية تقع شمال شرق حلب",
        "شاحنات مساعدات على طريق جنوب غربي حلب",
        # the province's countryside and its sides
        "غارات جوية على ريف حلب الشرقي",
        "مقاتلون في ريف حلب الغربي",
        "مزارعون في محافظة حلب الشرقية",
        # Persian: the north-west of the city
        "اردوگاه آوارگان در شمال غرب حلب",
        # a distance, a word of lying somewhere, a settlement's word and a name the gazetteer
        # lacks: east of the city
        "انفجار على بعد 30 كم شرق حلب",
        "مخيم عشوائي يقع غرب حلب",
        "اشتباكات في قرية أم العمد شرق حلب",
        "روستایی در ۲۰ کیلومتری شرق حلب",
    ],
)
def test_a_bearing_or_the_countryside_is_no_side(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert "east-aleppo" not in found
    assert "west-aleppo" not in found


def test_a_side_after_a_town_is_a_bearing_from_the_city(gp: Geoparser) -> None:
    # "Deir Hafer east of Aleppo": the town, and the city only as its reference point
    got = roles(gp, "مقاتلون في بلدة دير حافر شرق حلب")
    assert got == {"dayr-hafir": "location", "aleppo": "mentioned"}
    assert "east-aleppo" not in places(gp, "بلدة السفيرة شرق مدينة حلب")
    got = roles(gp, "نازحون يصلون إلى مدينة الباب شمال شرقي حلب")
    assert "east-aleppo" not in got
    assert got.get("aleppo") == "mentioned"
    # but the residents, the siege, a camp in east Aleppo are there
    assert "east-aleppo" in places(gp, "سكان شرق حلب يعودون إلى منازلهم")
    assert "east-aleppo" in places(gp, "مخيم مؤقت في شرق حلب")
    # and a quarter's side stays the side ("the Sakhour quarter in east Aleppo")
    assert "east-aleppo" in places(gp, "دمار في حي الصاخور في شرق حلب")


# -- landmarks in Persian, Urdu and Arabic --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("گردشگران در ارگ حلب عکس می گیرند", "citadel"),
        ("نمایی از ارگ تاریخی حلب پس از جنگ", "citadel"),
        ("حلب کا قلعہ جنگ کے بعد", "citadel"),
        ("نمازگزاران در مسجد اموی حلب", "umayyad-mosque"),
        ("حلب کی اموی مسجد میں نمازی", "umayyad-mosque"),
        ("مصلون في المسجد الأموي بعد ترميمه", "umayyad-mosque"),
        ("برج الساعة في باب الفرج بحلب", "bab-al-faraj-clock-tower"),
        ("تجار في الأسواق المسقوفة في حلب", "souq-al-madina-area"),
        ("ویرانی در شهر قدیمی حلب", "old-city"),
        ("حلب کے پرانے شہر میں تباہی", "old-city"),
        ("مغازه ای در بازار قدیمی حلب", "souq-al-madina-area"),
        ("دانشجویان در دانشگاه حلب", "university-of-aleppo"),
        ("حمامی در بخش قدیمی شهر حلب پیش از جنگ", "old-city"),
        ("مردم در حلب قدیم", "old-city"),
        ("حلب کے قلعے میں فوجی", "citadel"),
        # Persian "bazaar" before a souq's Arabic name, the city after it
        ("مغازه ای در بازار العطارین حلب", "suq-attarin"),
        ("بازار الزرب در بخش قدیمی شهر", "suq-zarb"),
        ("هواپیما در فرودگاه حلب به زمین نشست", "aleppo-airport"),
    ],
)
def test_a_landmark_named_in_persian_urdu_or_arabic(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


def test_the_citadel_with_the_arabic_article_in_a_caption_about_the_city(gp: Geoparser) -> None:
    assert "citadel" in places(gp, "أطفال يلعبون أمام القلعة في حلب")
    assert places(gp, "أطفال يلعبون أمام القلعة") == set()  # (no caption about the city)
    assert of_aleppo(gp, places(gp, "سياح في القلعة بدمشق")) == []  # another city's
    # a citadel's own name after the noun without its article is that place
    assert "citadel" not in places(gp, "زوار في قلعة سمعان قرب حلب")


@pytest.mark.parametrize(
    "text",
    [
        # another city's landmark, in Arabic and Persian
        "المصلون في الجامع الأموي في دمشق",
        "نمازگزاران در مسجد اموی دمشق",
        # the nouns without the city after them: any citadel, any bazaar
        "ارگ بم در ایران",
        "بازار تهران شلوغ است",
        "حمام در بخش قدیمی دمشق",
        "برج الساعة في حمص",
        "السوق القديم في دمشق",
    ],
)
def test_no_landmark_of_aleppo_elsewhere(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the city elsewhere may be named)


# -- place words of more languages ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a village's name that names it only beside a place word, before it...
        "Een gezin in het dorp Basufan, ten noorden van Aleppo",
        "Një familje në fshatin Basufan, në veri të Alepit",
        "Porodica u selu Basufan, sjeverno od Alepa",
        "Warga desa Basufan mengungsi ke Aleppo",
        "Rodzina we wsi Basufan na północ od Aleppo",
        "Rodina ve vesnici Basufan severně od Aleppa",
        "O familie din satul Basufan, la nord de Alep",
        "En familj i byn Basufan norr om Aleppo",
        # ... or after it (Hungarian, Azerbaijani)
        "Egy család Basufan faluban, Aleppótól északra",
        "Bir ailə Basufan kəndində yaşayır",
    ],
)
def test_a_place_word_of_another_language_names_a_village(gp: Geoparser, text: str) -> None:
    assert "basufan" in places(gp, text)


def test_without_a_place_word_the_village_is_not_named(gp: Geoparser) -> None:
    assert "basufan" not in places(gp, "Basufan is an old family name")
    assert "basufan" not in places(gp, "De familie Basufan woont in Rotterdam")


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners keren terug naar de wijk Sukkari in Aleppo",
        "Banorët kthehen në lagjen Sukkari në Aleppo",
        "Stanovnici se vraćaju u četvrt Sukkari u Alepu",
        "Mieszkańcy wracają do dzielnicy Sukkari w Aleppo",
        "Locuitorii revin în cartierul Sukkari din Alep",
        "Warga kembali ke kawasan Sukkari di Aleppo",
        "Invånare återvänder till stadsdelen Sukkari i Aleppo",
        "Sakinlər Aleppo şəhərinin Sukkari məhəlləsinə qayıdır",
        "A lakosok visszatérnek a Sukkari negyedbe",
    ],
)
def test_a_quarter_word_of_another_language(gp: Geoparser, text: str) -> None:
    assert "sukkari" in places(gp, text)


# -- landmark nouns of more languages -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Turistët vizitojnë kalanë në Alep", "citadel"),
        ("Tvrđava u Alepu nakon rata", "citadel"),
        ("Citadela v Aleppu po válce", "citadel"),
        ("Citadellet i Aleppo efter kriget", "citadel"),
        ("Vojáci na hradě v Aleppu", "citadel"),
        ("Děti u hradu v Aleppu", "citadel"),
        ("حلب کے تاریخی قلعے کے قریب بچے", "citadel"),
        ("Vojáci před citadelou: Staré město v Aleppu", "old-city"),
        ("Razrušeni stari grad u Alepu", "old-city"),
        ("Sahat-kula u Alepu, 2009.", "bab-al-faraj-clock-tower"),
        ("Velika džamija u Alepu prije rata", "umayyad-mosque"),
        ("Umajadska džamija u Alepu", "umayyad-mosque"),
        ("Masjid Umayyah di Aleppo sebelum perang", "umayyad-mosque"),
        ("Wisatawan di benteng Aleppo", "citadel"),
        ("Цитадель Алеппо после войны", "citadel"),
        ("Туристы в цитадели Алеппо", "citadel"),
        ("Η ακρόπολη του Χαλεπιού μετά τον πόλεμο", "citadel"),
        ("Clădire în apropierea Cetăţii din Alep", "citadel"),
    ],
)
def test_a_landmark_noun_of_another_language(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same nouns of other cities
        "Stari grad u Sarajevu",
        "Pražský hrad v Praze",
        "Gamla stan i Stockholm",
        "Benteng Vredeburg di Yogyakarta",
        "Η Ακρόπολη της Αθήνας",
        "Цитадель в Дамаске",
        "Pasar di Jakarta",
    ],
)
def test_no_landmark_noun_of_another_city(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == set()


# -- a market's word makes the name beside it a souq's ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Een verkoper in de al-Zarab soek in Aleppo",
        "Een verkoper op de Zarab-markt in Aleppo",
        "Een verkoper in de soek van Zarab in Aleppo",
        "Pedagang di Pasar Zarab, Aleppo",
        "Shitës në pazarin Zarab në Aleppo",
        "Prodavač na čaršiji Zarab u Alepu",
    ],
)
def test_a_market_word_reads_a_souq_not_a_village(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert "suq-zarb" in found
    assert "zirbeh" not in found  # the village that sounds like it


def test_a_village_word_still_reads_the_village(gp: Geoparser) -> None:
    assert "suq-zarb" not in places(gp, "Residents of Zarab village near Aleppo")


@pytest.mark.parametrize(
    "text",
    [
        "Een gezin in het dorp Basufan, ten noorden van Aleppo",
        "Rodzina we wsi Basufan na północ od Aleppo",
        "En familj i byn Basufan norr om Aleppo",
        "Warga desa Basufan di utara Aleppo",
        "Një familje në fshatin Basufan në veri të Aleppo",
    ],
)
def test_a_bearing_of_another_language_makes_the_city_a_reference(gp: Geoparser, text: str) -> None:
    assert roles(gp, text) == {"basufan": "location", "aleppo": "mentioned"}


@pytest.mark.parametrize(
    "text",
    [
        # the governorate in Arabic, Persian, Urdu: neither the city nor the quarter al-Muhafaza
        "قصف على محافظة حلب",
        "در استان حلب",
        "صوبہ حلب میں سیلاب",
        # the province's word before the name in other languages, or after it in Dutch
        "Banjir di provinsi Aleppo",
        "Powódź w prowincji Aleppo",
        "Poplave u pokrajini Alep",
        "Overstromingen in de Aleppo provincie",
    ],
)
def test_the_province_is_no_place(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == set()


def test_the_quarter_al_muhafaza_and_a_town_of_the_province(gp: Geoparser) -> None:
    assert places(gp, "دمار في حي المحافظة بحلب") == {"muhafaza", "aleppo"}
    assert places(gp, "مدينة الباب في محافظة حلب") == {"al-bab"}
    assert places(gp, "Azaz di provinsi Aleppo") == {"azaz"}


@pytest.mark.parametrize(
    "text",
    ["Ødelæggelser i det østlige Aleppo", "Øst-Aleppo efter krigen", "Tuhoa Itä-Aleppo"],
)
def test_a_side_in_danish_norwegian_finnish(gp: Geoparser, text: str) -> None:
    assert "east-aleppo" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Die syrische Armee hat die Kontrolle über den Stadtteil übernommen.",
        "Der Stadtteil sei von der Armee erobert worden, hieß es.",
        "Soldaten der ARMEE patrouillieren durch die Straßen.",
        "L'Armée syrienne libre tient le quartier.",
    ],
)
def test_an_army_of_another_language_is_no_place_by_its_sound(gp: Geoparser, text: str) -> None:
    # ("Armee" has the consonants of al-Arima: a side named in a language that capitalises
    # nouns is not read as a village by its sound)
    assert [m.place_id for m in gp.find(text)] == []


def test_the_village_that_sounds_like_the_army_is_still_named(gp: Geoparser) -> None:
    found = gp.find("Bauern im Dorf Arima bei Manbidsch.")
    assert [m.place_id for m in found] == ["arima", "manbij"]
