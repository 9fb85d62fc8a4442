"""The geoparser on names as languages with cases write them, and on the words around a name
that say it is a place's: the city's and the towns' names in their case forms (Polish, Czech,
Hungarian, Finnish, Albanian, Azerbaijani, Russian), a preposition run into the name (Catalan
"d'Alep"), a Japanese particle after a katakana name and a Chinese word of place before one;
the adjectives captions put before the city's landmarks ("the 13th-century citadel"); and the
captions set abroad in Arabic script that name no place of Aleppo."""

from __future__ import annotations

import pytest

from aleppomap._names import case_stems
from aleppomap.geoparse import Geoparser
from context_places import of_aleppo, places


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("Aleppóban", "aleppo"),  # Hungarian: in
        ("Aleppóból", "aleppo"),  # from
        ("Aleppónál", "aleppo"),  # at
        ("Aleppa", "aleppo"),  # Polish, Czech: of (the o replaced)
        ("Aleppem", "aleppo"),  # with
        ("Alepossa", "alepo"),  # Finnish: in (one p, as Finnish grades it)
        ("Manbijissa", "manbij"),  # Finnish, past its joining vowel
        ("Halepit", "halep"),  # Albanian: of
        ("Hələbdə", "halab"),  # Azerbaijani: in (its schwa an a)
        ("Alepului", "alep"),  # Romanian: of
    ],
)
def test_a_case_form_has_the_name_among_its_stems(word: str, stem: str) -> None:
    assert stem in case_stems(word)


def test_an_s_on_a_final_a_is_no_genitive() -> None:
    assert "hama" not in case_stems("Hamas")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Polish, Czech, Slovak: of, from, in, with
        ("Ewakuacja cywilów z Aleppa, 15 grudnia 2016.", "aleppo"),
        ("Zniszczone kamienice we wschodniej części Aleppa.", "aleppo"),
        ("Obyvatelé Aleppa čekají na autobusy.", "aleppo"),
        ("Mieszkańcy pod Aleppem uciekają przed ostrzałem.", "aleppo"),
        ("Kurdyjskie oddziały w Manbidżu, sierpień 2016.", "manbij"),
        ("Děti v uprchlickém táboře u Azázu v Sýrii.", "azaz"),
        # Hungarian
        ("Menekülő családok Aleppóból, 2016. december 14.", "aleppo"),
        ("Romos lakóházak Aleppóban a harcok után.", "aleppo"),
        ("Heves harcok Aleppónál vasárnap.", "aleppo"),
        # Finnish
        ("Siviilejä Alepossa joulukuussa 2016.", "aleppo"),
        ("Perheitä lähtee Alepposta busseilla.", "aleppo"),
        # Albanian
        ("Civilët largohen nga Halepi me autobusë.", "aleppo"),
        ("Një fëmijë mes rrënojave të Halepit.", "aleppo"),
        # Azerbaijani, written without an apostrophe
        ("Hələbdə döyüşlər davam edir.", "aleppo"),
        ("Hələbin şərq hissəsində dağıntılar.", "aleppo"),
        ("Hələb şəhərində mülki şəxslər.", "aleppo"),
        # Turkish with an apostrophe (as before)
        ("Halep'in doğusundaki mahallelerde çatışmalar sürüyor.", "aleppo"),
        ("Menbiç'e giden yolda sivil araçlar.", "manbij"),
        # Turkish endings chained after the apostrophe, and Azerbaijani's with its schwa
        ("Halep'tekiler evlerine dönmeye başladı.", "aleppo"),
        ("Halep’tekilerin durumu kötüleşiyor.", "aleppo"),
        ("Hələb'də döyüşlər davam edir.", "aleppo"),
        ("Münbiç'in merkezinde sivil araçlar.", "manbij"),
        # a name a person bears too, with a Turkish case ending of place
        ("Mare'de sivil kayıplar var.", "marea"),
        # Russian and Greek
        ("Бои в Манбидже продолжаются.", "manbij"),
        ("Άμαχοι στο Χαλέπι περιμένουν λεωφορεία.", "aleppo"),
    ],
)
def test_the_case_forms_of_the_city_and_its_towns(gp: Geoparser, text: str, expected: str) -> None:
    assert expected in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a surname Arabic makes of a town's name with -i, after a given name or an article
        "Photo by Baraa Al-Halabi, a resident of Idlib.",
        "Ahmad Manbiji speaks to reporters in Damascus.",
        "Photographer Halabi took this picture in Homs.",
        # a given name is no case form of a guarded name (Marea)
        "Marian and her son walk in Beirut.",
        # the cases of other cities' names
        "Tüntetés Damaszkuszban vasárnap.",
        "Demonstracja w Krakowie, 12 grudnia 2016.",
        "Civilët largohen nga Mosuli.",
        "Pakolaisia Homsista.",
        # a word whose stem is a town's name with an ending of another kind ("Haziran": June)
        "Rejim güçleri 3 Haziran 2014'te Humus'ta ilerledi.",
        # a given name that looks like a town's case form (Azez: Azaz), opening a sentence or
        # before a surname
        "Aziza, 34, holds her son in a camp in Syria.",
        "Syrian refugee Aziza Ahmed in a camp in Lebanon.",
        # a given name in the genitive is no place
        "Maria'nın evi İstanbul'da.",
        # an adjective of the city is written in lower case
        "Az aleppói menekültek Törökországban.",
    ],
)
def test_no_case_form_where_the_caption_names_no_such_place(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the city elsewhere may be named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Catalan: east or west of the city (a direction from it), not its side
        ("Un camp de desplaçats a l'oest d'Alep.", "aleppo"),
        ("Combats a l'est d'Alep, segons l'Observatori.", "aleppo"),
        # French, Italian, Portuguese, Spanish (as before)
        ("Un enfant dans les ruines d'Alep.", "aleppo"),
        ("Civili ad Aleppo dopo i bombardamenti.", "aleppo"),
        ("Crianças em Alepo brincam nos escombros.", "aleppo"),
        # Japanese: a particle of place after a katakana name
        ("マレアで戦闘が続いている。", "marea"),
        ("マンビジで住民が避難した。", "manbij"),
        ("バーブで爆発があった。", "al-bab"),
        # Chinese: a word of place before a name with no place word after it
        ("土耳其支持的部队进入巴卜。", "al-bab"),
        ("叙利亚北部巴卜的居民。", "al-bab"),
        ("叙利亚曼比季的居民。", "manbij"),
    ],
)
def test_a_name_after_a_preposition_or_before_a_particle(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert expected in places(gp, text)


def test_catalan_west_of_the_city_is_not_its_west(gp: Geoparser) -> None:
    assert "west-aleppo" not in places(gp, "Un camp de desplaçats a l'oest d'Alep.")


@pytest.mark.parametrize(
    "text",
    [
        # a katakana or Chinese word with no word of place by it names no village
        "アンカラで会談が行われた。",
        "巴布",
        "利亚和伊拉克的局势。",
    ],
)
def test_an_asian_word_without_a_word_of_place(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A view of the 13th-century citadel in Aleppo, Dec. 20, 2016.", "citadel"),
        ("Soldiers stand at the 12th century citadel in Aleppo.", "citadel"),
        ("The centuries-old citadel in Aleppo overlooks the city.", "citadel"),
        ("Rubble fills the war-ravaged old city of Aleppo.", "old-city"),
        ("Tourists walk in the UNESCO-listed old city in Aleppo.", "old-city"),
        ("The devastated Umayyad mosque in Aleppo, December 2016.", "umayyad-mosque"),
        ("The newly reopened airport in Aleppo receives its first flight.", "aleppo-airport"),
        ("Planes at the city's international airport in Aleppo.", "aleppo-airport"),
    ],
)
def test_adjectives_before_the_city_s_landmarks(gp: Geoparser, text: str, expected: str) -> None:
    assert expected in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tourists visit the 13th-century citadel in Damascus.",
        "The war-ravaged old city of Homs.",
        "The newly reopened airport in Damascus receives its first flight.",
    ],
)
def test_adjectives_before_another_city_s_landmarks(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the city elsewhere may be named)


@pytest.mark.parametrize(
    "text",
    [
        # Arabic-script captions set abroad: a quarter's or a market's name of Aleppo there
        "سوق المدينة في الموصل القديمة",
        "حي السكري في القاهرة",
        "أطفال يلعبون في حي الشعار في دمشق",
        "شارع في حي الأشرفية في بيروت",
        "متسوقون في سوق المدينة في اسطنبول",
    ],
)
def test_arabic_captions_set_abroad_name_no_place_of_aleppo(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, places(gp, text)) == []  # (the city elsewhere may be named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سوق المدينة في حلب القديمة", "souq-al-madina"),
        ("أطفال في حي السكري بحلب", "sukkari"),
    ],
)
def test_arabic_captions_in_aleppo_keep_their_places(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert expected in places(gp, text)
