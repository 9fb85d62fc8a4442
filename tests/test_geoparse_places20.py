"""The geoparser on kinds of wording met in session 19's second round (places): Japanese
katakana names written without the Arabic article or with it read "ar" (アインアラブ, アルカースル)
and followed by "the town of" (の街); a guarded town's name in apposition to a suburb or a town
in the agencies' languages ("Marea, un sobborgo di Aleppo"); the Turkish spelling of Azaz,
whose key is the given name Aziz; Hindi's common nouns of the city's places after its "of"
(का, की, के); Korean "옛 시가지" (the old town).

The captions are written here in the wordings of agency captions (names, actions and order
changed)."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import of_aleppo, places


# -- katakana names ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a name of several words written without its article, run together
        ("クルド人の町アインアラブで戦闘が続いている。", "kobani"),
        ("アインアラブに避難していた住民が戻り始めた。", "kobani"),
        # the article written アル before the next word's consonant (read "ar")
        ("アレッポ南部、ブスタン・アルカースル近郊で救助活動をする人々。", "bustan-al-qasr"),
        ("ブスタン・アルカスル地区で市場が再開した。", "bustan-al-qasr"),
        ("アレッポのアルシャール地区で子どもたちが遊ぶ。", "shaar"),
        # "the town of" after the name: の街, の町
        ("国境の近くにあるアインアラブの街を武装勢力が包囲した。", "kobani"),
        ("マンビジの町で市場が再開した。", "manbij"),
    ],
)
def test_katakana_names(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # ordinary katakana words before の街 or の町 are no places
        "ショッピングの街として知られるアレッポの商店が並ぶ。",
        "アレッポのアートの町並みを歩く。",
    ],
)
def test_katakana_words_before_the_town_word_are_no_names(gp: Geoparser, text: str) -> None:
    assert places(gp, text) <= {"aleppo"}


# -- a guarded town's name in apposition ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Combattenti nel quartier generale dei ribelli di Marea, un sobborgo di Aleppo.",
        "Ribelli di Marea, un villaggio a nord di Aleppo, durante una pausa.",
        "Kämpfer aus Marea, einem Vorort von Aleppo, ruhen sich aus.",
        "Des combattants de Marea, une banlieue d'Alep, se reposent.",
        "Combatientes de Marea, un suburbio de Alepo, descansan.",
        "Combatentes de Marea, um subúrbio de Aleppo, descansam.",
    ],
)
def test_a_guarded_name_before_a_suburb_or_village(gp: Geoparser, text: str) -> None:
    assert "marea" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a woman citizen, a guide, a councillor: persons, no town
        "Ritratto di Maria, una cittadina di Aleppo che vende pane.",
        "Ein Foto von Maria, eine Stadtführerin in Aleppo.",
        "Maria, a town councillor, speaks in Aleppo.",
        # a town of the same name abroad
        "Soran, a town in northern Iraq, hosts displaced families from Aleppo.",
    ],
)
def test_a_persons_name_before_a_title_is_no_town(gp: Geoparser, text: str) -> None:
    assert places(gp, text) <= {"aleppo"}


# -- a given name before its surname, which the Turkish spelling of Azaz folds as --------------
@pytest.mark.parametrize(
    "text",
    [
        "The painter Aziz Halabi works on a mural in Binnish, Idlib.",
        "Volunteer teacher Aziz Khalil hands out books in Idlib.",
        "Aziz Mahmoud, 40, sells vegetables at a market in Aleppo.",
    ],
)
def test_the_given_name_aziz_is_no_azaz(gp: Geoparser, text: str) -> None:
    assert "azaz" not in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Azez'de yerinden edilmiş aileler çadırlarda yaşıyor.",
        "Suriye'nin kuzeyindeki Azez ilçesinde yeni bir kamp kuruldu.",
        "Halep'in kuzeyindeki Azez ve Mare arasında çatışmalar sürüyor.",
        "Azez'den Cerablus'a uzanan bölgede güvenlik sağlandı.",
        "Azaz, a town near the Turkish border, received aid.",
        "Türkiyə əsgərləri Suriyanın Azez şəhərinə daxil olub.",
        # a town's name before a group's name is no given name
        "Fighters of the Azaz Military Council gather in Azaz city.",
    ],
)
def test_azez_in_turkish_is_still_azaz(gp: Geoparser, text: str) -> None:
    assert "azaz" in places(gp, text)


# -- Hindi: the city's places after its "of" -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("यह अलेप्पो की महान मस्जिद है, जो युद्ध में क्षतिग्रस्त हुई।", "umayyad-mosque"),
        ("अलेप्पो का किला युद्ध के बाद फिर से खुला।", "citadel"),
        ("अलेप्पो के पुराने शहर में लोग लौट रहे हैं।", "old-city"),
        ("अलेप्पो का हवाई अड्डा फिर से खुल गया।", "aleppo-airport"),
        # the international airport alone in a caption about the city
        ("विद्रोही अलेप्पो शहर में घुसे और अंतरराष्ट्रीय हवाई अड्डे पर भी कब्जा कर लिया।", "aleppo-airport"),
    ],
)
def test_hindi_nouns_of_the_city(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # another city's: Damascus's airport and great mosque
        "अलेप्पो के यात्री दमिश्क के हवाई अड्डे पर उतरे।",
        "अलेप्पो के लोग दमिश्क की महान मस्जिद में नमाज़ पढ़ते हैं।",
        # an airport with no city's "of" before it
        "अलेप्पो से लौटे लोग हवाई अड्डे पर इंतजार कर रहे हैं।",
    ],
)
def test_hindi_nouns_of_another_city_or_none(gp: Geoparser, text: str) -> None:
    assert places(gp, text) <= {"aleppo"}


# -- Korean: the old town ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "2016년 12월, 알레포의 옛 시가지에 있는 학교의 안뜰.",
        "알레포 옛 시가지의 시장이 복구됐다.",
        "내전으로 부서진 알레포 구 시가지의 골목.",
    ],
)
def test_korean_old_town(gp: Geoparser, text: str) -> None:
    assert "old-city" in places(gp, text)


def test_korean_old_town_of_another_city(gp: Geoparser) -> None:
    assert "old-city" not in places(gp, "다마스쿠스 옛 시가지를 걷는 알레포 출신 관광객들.")


# -- Greek: a souq's word before its name ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Το κάποτε πολύβουο παζάρι Αλ Ζαραμπ είναι σήμερα ερείπια.",
        "Έμποροι ανοίγουν ξανά τα μαγαζιά τους στο παζάρι Αλ Ζαραμπ.",
    ],
)
def test_greek_souq_word_before_its_name(gp: Geoparser, text: str) -> None:
    assert "suq-zarb" in places(gp, text)


def test_greek_souq_word_alone_names_no_souq(gp: Geoparser) -> None:
    assert places(gp, "Το παζάρι της πόλης γέμισε κόσμο.") == set()


# -- headlines and video titles in title case ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebels Enter Manbij After Long Battle", "manbij"),
        ("Fighters Recapture Azaz From ISIS", "azaz"),
        ("Kurdish Forces Capture Tal Rifaat Village From Rebels", "tall-rifaat"),
        ("Opposition Groups Retake Baraghitah Village North Of Aleppo", "baraghida"),
    ],
)
def test_a_headlines_capitals_before_a_name(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a given name before a surname, in a sentence and after "By" in a headline
        "Nadhira Aziz stands in front of her house in Idlib.",
        "Photo By Nadhira Aziz In Idlib",
        # an unknown word after the known name's start: a longer name
        "Fighters Enter The Qwertyville Al-Bab District",
    ],
)
def test_a_headlines_capitals_keep_the_other_guards(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the city elsewhere may be named)
