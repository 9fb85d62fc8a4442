"""The geoparser on the city's own concepts named in other languages: its sides, its old city,
citadel, Great Mosque, university and airport, and its name, in Latin-script languages and in
Chinese, Japanese and Korean; common nouns only in a caption about the city."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import places


@pytest.mark.parametrize(
    "text",
    [
        # French: the part of the city, before "of" and the elided "d'"
        "Des habitants fuient les combats dans la partie est d'Alep, le 3 décembre 2016.",
        "Un secouriste dans un quartier de l'est d'Alep bombardé par l'aviation.",
        "Des civils évacués d'Alep-Est arrivent dans un camp près d'Idleb.",
        # German: the compound, the genitive, the part
        "Zivilisten verlassen Ost-Aleppo in grünen Bussen.",
        "Die Belagerung Ost-Aleppos dauerte Monate.",
        "Im Osten Aleppos fehlt es an Medikamenten.",
        # Dutch
        "Burgers verlaten Oost-Aleppo met bussen van het Rode Kruis.",
        "Hulpverleners in het oosten van Aleppo delen brood uit.",
        # Italian, Spanish, Portuguese: the side after the name, or the part before "of"
        "Civili in fuga da Aleppo Est verso i quartieri governativi.",
        "Un convoglio di autobus lascia Aleppo–Est sotto la neve.",
        "Residentes del este de Alepo esperan los autobuses de evacuación.",
        "Moradores do leste de Aleppo deixam a cidade em ônibus.",
        "Un niño camina entre escombros en Alepo oriental.",
        # the part of "the (Syrian) city of" Aleppo
        "Familias enteras abandonan el Este de la ciudad siria de Alepo.",
        "Famílias deixam o leste da cidade de Aleppo a pé.",
        "Des familles dans la partie est de la ville d'Alep, tenue par les rebelles.",
        # Indonesian / Malay
        "Anak-anak bermain di reruntuhan Aleppo timur.",
        "Seorang anak berdiri di reruntuhan di wilayah timur Aleppo.",
        "Relawan membantu korban di bagian timur Aleppo.",
        # Polish, Romanian
        "Mieszkańcy wschodniego Aleppo czekają na ewakuację.",
        "Wschodnia część Aleppo jest pod ostrzałem od miesięcy.",
        "Bombardamente în estul Alepului, luni seara.",
        # Turkish: the side before the name, or after its genitive
        "Doğu Halep'ten tahliye edilen siviller İdlib'e ulaştı.",
        "Halep'in doğu kesiminde çatışmalar sürüyor.",
        "Halep'in doğu mahallelerinde yıkılan binalar.",
        # French, Portuguese: the districts of the side
        "Les quartiers orientaux d'Alep sous les bombes du régime.",
        "Os bairros orientais de Aleppo estão em ruínas.",
        # Chinese, Japanese, Korean
        "叙利亚政府军在阿勒颇东部推进。",
        "阿勒頗東部的醫院遭到空襲。",
        "アレッポ東部の住民がバスで避難した。",
        "알레포 동부에서 주민들이 대피하고 있다.",
    ],
)
def test_the_east_of_the_city_in_other_languages(gp: Geoparser, text: str) -> None:
    assert "east-aleppo" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Des tirs d'obus sur Alep-Ouest, tenue par le régime.",
        "Regierungstruppen halten West-Aleppo seit 2012.",
        "Passanten in het westen van Aleppo, dat in handen van het leger is.",
        "Pasar di Aleppo barat tetap buka meski perang.",
        "Mieszkańcy zachodniego Aleppo na targu.",
        "アレッポ西部の住宅街で停電が続く。",
        "阿勒颇西部的居民在市场购物。",
    ],
)
def test_the_west_of_the_city_in_other_languages(gp: Geoparser, text: str) -> None:
    assert "west-aleppo" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a bearing from the city, not its part
        "Les rebelles ont pris une colline à l'est d'Alep.",
        "Combates al este de la ciudad de Alepo, según el Observatorio.",
        "Los combates se libran al este de Alepo.",
        "De rebellen rukken op ten oosten van Aleppo.",
        # French "est" is "is", Spanish "este" is "this"
        "La ville la plus touchée est Alep, selon l'ONU.",
        "Alepo, este año, vivió su peor invierno.",
        # the Turkish "east of" (a bearing), and a side of another place after a comma
        "Halep'in doğusundaki köylere saldırı düzenlendi.",
        "Halep, Doğu Guta ve Humus'ta gösteriler yapıldı.",
        # Indonesian "timur" alone, and the Middle East
        "Situasi di Timur Tengah memanas setelah serangan di Aleppo.",
    ],
)
def test_a_bearing_or_a_common_word_is_no_side(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert "east-aleppo" not in found
    assert "aleppo" in found


@pytest.mark.parametrize(
    "text",
    [
        "Des soldats patrouillent dans la vieille ville d'Alep, le 13 décembre 2016.",
        "Dans Alep reprise, la vieille ville n'est plus qu'un champ de ruines.",
        "Ein Händler in der historischen Altstadt von Aleppo.",
        "Aleppos Altstadt liegt in Trümmern.",
        "Un soldado en el casco antiguo de Alepo.",
        "Um vendedor de sabão no centro histórico de Aleppo.",
        "Un mercato nella città vecchia di Aleppo nel 2009.",
        "Puing-puing di Kota Tua Aleppo setelah pertempuran.",
        "Ruiny na Starym Mieście w Aleppo.",
        "Dărâmături în orașul vechi din Alep.",
        "Een koffiehuis in de oude stad van Aleppo, vlak bij de soek.",
        "Halep'in eski şehir bölgesinde yıkılan evler.",
        "阿勒颇旧城的一家咖啡馆重新开业。",
        "阿勒颇古城的一条街道。",
        "アレッポの旧市街を歩く人々。",
        "알레포 구시가지의 골목길.",
    ],
)
def test_the_old_city_in_other_languages(gp: Geoparser, text: str) -> None:
    assert "old-city" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Les soldats hissent un drapeau sur la citadelle d'Alep.",
        "Die Zitadelle von Aleppo nach den Kämpfen.",
        "Turistas visitan la ciudadela de Alepo en 2008.",
        "Halep Kalesi'nin girişi, 2010.",
        "Een soldaat bij de citadel van Aleppo.",
        "Flaga nad cytadelą w Aleppo.",
        "Cetatea din Alep după cutremur.",
        "Un steag pe castelul din Alep, după bătălie.",
        "Tourists at Aleppo Castle before the war.",
        "アレッポ城の前のレストラン。",
        "游客在阿勒颇城堡前拍照。",
        "관광객들이 알레포 성채를 둘러보고 있다.",
    ],
)
def test_the_citadel_in_other_languages(gp: Geoparser, text: str) -> None:
    assert "citadel" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "La Grande Mosquée d'Alep, endommagée en 2013.",
        "La mosquée des Omeyyades d'Alep après les combats.",
        "Gläubige beten in der Omaijaden-Moschee von Aleppo.",
        "La mezquita de los Omeyas de Alepo en ruinas.",
        "A Mesquita Omíada de Aleppo em 2009.",
        "Halep'teki Emevi Cami'nin avlusu.",
        "Halep'te Ulu Camii'nin minaresi yıkıldı.",
        "Credincioși în curtea Marea Moschee din Alep.",
        "Wielki Meczet w Aleppo po trzęsieniu ziemi.",
        "アレッポのウマイヤ・モスクで礼拝する人々。",
        "叙利亚阿勒颇的倭马亚清真寺。",
        "Um menino diante da mesquita de Umayyad, em Aleppo, em 2017.",
        "Masjid Umayyah di Aleppo rusak parah.",
        "Meczet Umajjadów w Aleppo po trzęsieniu ziemi.",
    ],
)
def test_the_great_mosque_in_other_languages(gp: Geoparser, text: str) -> None:
    assert "umayyad-mosque" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "La mosquée Adliyeh, à Alep, après les combats.",
        "La mezquita de Adliyeh en Alepo, dañada.",
        "Fedeli nella moschea di Adliyeh ad Aleppo.",
    ],
)
def test_a_mosque_named_after_the_word_for_a_mosque(gp: Geoparser, text: str) -> None:
    assert "adliyeh-mosque" in places(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Des étudiants devant l'université d'Alep.", "university-of-aleppo"),
        ("Studenten vor der Universität Aleppo.", "university-of-aleppo"),
        ("Mahasiswa di Universitas Aleppo.", "university-of-aleppo"),
        ("학생들이 알레포대학교 정문 앞에 모였다.", "university-of-aleppo"),
        ("Un avion sur le tarmac de l'aéroport d'Alep.", "aleppo-airport"),
        ("Der Flughafen von Aleppo wurde wieder eröffnet.", "aleppo-airport"),
        ("阿勒颇国际机场恢复航班。", "aleppo-airport"),
        ("Granaten schlugen in Neu-Aleppo ein, einem Viertel im Westen der Stadt.", "new-aleppo"),
        ("Le souk d'Alep, dévasté par un incendie en 2012.", "souq-al-madina-area"),
        ("El zoco de Alepo antes de la guerra.", "souq-al-madina-area"),
        ("Halep kapalı çarşısı yeniden açıldı.", "souq-al-madina-area"),
        ("Combates en el barrio de Nueva Alepo.", "new-aleppo"),
        ("Kinder vor dem Shahba-Einkaufszentrum im Norden der Stadt Aleppo.", "shahba-mall"),
        # a German compound of a name and its kind is the name and the English kind
        (
            "Eine Kundgebung auf dem Saadallah-al-Jabiri-Platz in Aleppo.",
            "saadallah-al-jabiri-square",
        ),
        ("Verletzte im National-Krankenhaus von Aleppo.", "national-hospital"),
    ],
)
def test_other_places_of_the_city_in_other_languages(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "叙利亚阿勒颇,一名男子站在坦克上。",
        "阿勒頗的居民排隊領取麵包。",
        "アレッポで政府軍と反体制派が衝突した。",
        "알레포에서 정부군과 반군이 교전하고 있다.",
        "Civili în Alep așteaptă ajutoare.",
        "Dărâmături pe străzile Alepului.",
    ],
)
def test_the_city_named_in_other_languages(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == {"aleppo"}


@pytest.mark.parametrize(
    "text",
    [
        # the common nouns of another city
        "Tourists walk through the old city of Homs in 2010.",
        "Turistas en la ciudad vieja de Damasco.",
        "Die Altstadt von Damaskus am Abend.",
        "Ruiny na Starym Mieście w Krakowie.",
        "Saladino está enterrado junto a la Gran Mezquita de Damasco.",
        "Pengunjung di Kota Tua Jakarta.",
        # an ancient city that is the city itself, and "the old city" in Chinese before it
        "古城阿勒颇曾是叙利亚人口最多的城市。",
        # a souq of its own name, any souq, a province
        "Un marchand dans un souk de Damas.",
        "敘利亞北部阿勒頗省的一個村莊遭到空襲。",
        # no place at all
        "Este año la cosecha fue buena en el este de España.",
        "城市的东部地区遭到轰炸。",
    ],
)
def test_common_nouns_of_another_place_name_none_of_the_city(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert not found & {"old-city", "citadel", "umayyad-mosque", "east-aleppo", "west-aleppo"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Central Kurdish (Sorani) writes its o, long e, dark l and trilled r with letters of its
        # own, and the short e Arabic leaves unwritten: the names read as Arabic spells them
        ("خەڵکی کۆبانێ یادی ڕزگاربوونی شارەکەیان دەکەنەوە.", "kobani"),
        ("منداڵێک لە شاری کۆبانی بە ناو کاولکارییەکاندا دەڕوات.", "kobani"),
        ("دیمەنێکی شاری حەلەب دوای شەڕ.", "aleppo"),
        ("هێزەکان گەیشتنە ناو شاری مەنبج.", "manbij"),
    ],
)
def test_a_name_in_central_kurdish_letters(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Sorani words with those letters are no places of their own
        "خەڵکی شارەکە ئاهەنگیان گێڕا و گۆرانییان گوت.",
        "منداڵان لە قوتابخانەیەکی نوێدا دەخوێنن.",
    ],
)
def test_central_kurdish_words_are_no_places(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == set()
