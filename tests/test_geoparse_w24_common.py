"""Frequent words of many languages that meet a place of the grown gazetteer only through its key
or sound (round 24): Spanish "Fue" (was) is al-Fuaa's key, Finnish "harrastaa" Harasta's,
Vietnamese "chăm" ash-Sham's (Damascus), German "halb" sounds as Halab. Each, alone at a
sentence's start, is no place (``COMMON_LATIN_WORDS``, ``_scripts.COMMON_WORDS``); the places are
still read when named as the gazetteer spells them or beside a place word. The words were found
by ``scripts/common_words.py``, which is tested here too (without ``wordfreq`` on a given list).

Our own captions, in the wordings of agency captions; none copied.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from aleppomap._concepts import COMMON_LATIN_WORDS, COMMON_WORDS_KEPT_OUT
from aleppomap._scripts import COMMON_WORDS
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser
from control_cases import Statement, statements_of

REPO = Path(__file__).resolve().parents[1]


def _mentions(gp: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(m.place_id, m.matched) for m in gp.find(text)]


# -- the frequent word alone at a sentence's start: no place -----------------------------------
@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("Fue destruida durante los combates de 2016.", "Fue", "fuaa"),
        ("Fué un invierno muy duro para los desplazados.", "Fué", "fuaa"),
        ("Daría cualquier cosa por volver a su casa, dice una mujer.", "Daría", "darayya"),
        ("Castillo medieval dañado por los bombardeos.", "Castillo", "castello-road"),
        ("Dire adieu à sa maison n'est pas facile, raconte un habitant.", "Dire", "daraa"),
        ("Dire che la guerra è finita sarebbe prematuro.", "Dire", "daraa"),
        ("Halb zerstörte Häuser säumen die Straße.", "Halb", "aleppo"),
        ("Raka vägen hem var stängd för familjerna.", "Raka", "raqqa"),
        ("Døden kom om natten, siger en nabo.", "Døden", "dudyan"),
        ("Dere må forlate byen, sa soldatene.", "Dere", "daraa"),
        ("Alıp götürdükleri yaralılar hastaneye kaldırıldı.", "Alıp", "aleppo"),
        ("Halip na umalis, nanatili ang pamilya sa lungsod.", "Halip", "aleppo"),
        ("Beza antara kedua-dua bandar itu besar.", "Beza", "bizaah"),
        ("Chăm sóc người bị thương tại bệnh viện dã chiến.", "Chăm", "damascus"),
        ("Beze slov: zničené domy na předměstí.", "Beze", "bizaah"),
        ("Iza zgrade su ostale samo ruševine.", "Iza", "ithaa"),
        ("Tähän kouluun osui ohjus maanantaina.", "Tähän", "karm-homad"),
        ("Meidän kotimme tuhoutui pommituksessa.", "Meidän", "midan"),
        ("Harrastaa jalkapalloa raunioiden keskellä.", "Harrastaa", "harasta"),
        ("Bāze tika iznīcināta uzbrukumā.", "Bāze", "bizaah"),
        ("Kártya és telefon a romok között.", "Kártya", "qarutiyah"),
        ("Сирене и хляб за бежанците в лагера.", "Сирене", "sirrin"),
    ],
)
def test_a_frequent_word_alone_is_no_place(gp: Geoparser, text: str, word: str, place: str) -> None:
    got = _mentions(gp, text)
    assert place not in [p for p, _ in got]
    assert word not in [m for _, m in got]


# -- the places, as the gazetteer spells them or beside a place word ----------------------------
@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Rebels shelled the Shia towns of al-Fuaa and Kafriya in Idlib province.",
            {"fuaa", "kafriya"},
        ),
        ("Buses left al-Fuaa and Kafriya under the evacuation deal.", {"fuaa", "kafriya"}),
        ("The besieged town of Fuaa received aid on Tuesday.", {"fuaa"}),
        ("Fuaa, north-east of Idlib, was shelled again.", {"fuaa"}),
        ("Families from Daria, south-west of Damascus, arrive by bus.", {"darayya"}),
        ("Clashes in Harasta, east of Damascus, on Monday.", {"harasta"}),
        ("Trucks drive along the Castello road north of the city.", {"castello-road"}),
        ("Smoke rises over Raqqa on Sunday.", {"raqqa"}),
        ("Soldiers enter the town of Daraa.", {"daraa"}),
    ],
)
def test_the_places_named_as_spelt_or_beside_a_place_word(
    gp: Geoparser, text: str, places: set[str]
) -> None:
    assert places <= {m.place_id for m in gp.find(text)}


@pytest.mark.parametrize(
    ("word", "place"),
    [
        ("Tahan", "karm-homad"),
        ("Hader", "al-hader"),
        ("Ghazali", "ghazali"),
        ("Bab", "al-bab"),
        ("Castelo", "castello-road"),
    ],
)
def test_a_kept_out_word_alone_is_still_its_place(gp: Geoparser, word: str, place: str) -> None:
    # (English captions use these alone as the place's name: they are kept out of the list)
    assert word.casefold() in COMMON_WORDS_KEPT_OUT
    assert place in {m.place_id for m in gp.find(word)}


def test_the_lists_are_casefolded_and_apart() -> None:
    assert all(w == w.casefold() for w in COMMON_LATIN_WORDS)
    assert all(w == w.lower() for w in COMMON_WORDS_KEPT_OUT)
    assert not COMMON_LATIN_WORDS & COMMON_WORDS_KEPT_OUT
    assert not set(COMMON_WORDS) & COMMON_WORDS_KEPT_OUT


# -- control statements: the word no longer opens a false one -----------------------------------
@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "El pueblo de Azaz está junto a la frontera con Turquía. Fue tomada por los rebeldes "
            "en el verano de 2012.",
            [("azaz", "rebels", "captured")],
        ),
        ("Fue tomada por los rebeldes tras semanas de combates.", []),
        ("Fue controlada por el gobierno durante años, dicen los vecinos.", []),
        ("Raka vägen in i staden kontrolleras av rebellerna.", []),
    ],
)
def test_control_statements(gazetteer: Gazetteer, caption: str, expected: list[Statement]) -> None:
    assert statements_of(gazetteer, caption) == sorted(expected)


# -- the tool that finds them -------------------------------------------------------------------
@pytest.fixture(scope="module")
def tool() -> Iterator[ModuleType]:
    path = REPO / "scripts" / "common_words.py"
    spec = importlib.util.spec_from_file_location("common_words", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclass looks its module up)
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def test_the_tool_finds_a_word_not_listed_and_none_listed(
    tool: ModuleType, gp: Geoparser, gazetteer: Gazetteer
) -> None:
    spelled = tool.spellings(gazetteer)
    words = ["fue", "tomada", "hader", "castello", "harrastaa"]
    found = list(tool.findings(gp, spelled, "xx", words, tool.SENTENCE))
    # "hader" is kept out (still a place); "castello" is a spelling the gazetteer lists
    assert {(f.written.casefold(), f.place_id, f.spelling) for f in found} == {
        ("hader", "al-hader", False),
        ("castello", "castello-road", True),
    }


def test_the_tool_over_wordfreq_finds_nothing_new(tool: ModuleType) -> None:
    pytest.importorskip("wordfreq")
    assert tool.main(["--top", "1500", "--langs", "es,fi,vi,ru"]) == 0


# -- Arabic: a bare word after a joined "and", "in" where the name has the article ----------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("طفل يحمل ورقة أمام خيمة عائلته.", "raqqa"),
        ("ورقة نقدية سورية ممزقة على الأرض.", "raqqa"),
        ("فرقة موسيقية تعزف للأطفال في المخيم.", "raqqa"),
        ("وباب المنزل محطم بعد القصف.", "al-bab"),
    ],
)
def test_an_arabic_word_with_a_joined_letter_and_no_article_is_no_place(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place not in {m.place_id for m in gp.find(text)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("نازحون من حلب والرقة يصلون إلى المخيم.", "raqqa"),
        ("غارات جوية بالرقة صباح اليوم.", "raqqa"),
        ("دخان يتصاعد فوق الرقة.", "raqqa"),
        ("مقاتلون في مدينة الباب شمال حلب.", "al-bab"),
        ("عائلات عادت إلى الفوعة وكفريا.", "fuaa"),
    ],
)
def test_the_arabic_name_with_its_article_is_the_place(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in {m.place_id for m in gp.find(text)}
