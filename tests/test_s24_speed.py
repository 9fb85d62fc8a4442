"""The speed-ups of s24 change no output: what the geoparser keeps of the caption it read last,
and the regexes written so that the engine skips to their first characters."""

from __future__ import annotations

import re

import pytest

from aleppomap import dates, geoparse
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

# Captions written for these tests, in the wordings of agency captions.
_CAPTIONS = [
    # no place at all; an unknown place before a place word; a place only named in passing
    "A boy carries bread past a shop on a rainy morning, December 14, 2016.",
    "Residents inspect the rubble in the Qasr Wardi neighbourhood after an air strike.",
    "Men rest near the Umbrella hill, 20 km north of Aleppo, on Tuesday.",
    # places found; a credit glued to the name before it; a Turkish case after an apostrophe
    "Families leave the Sukkari district of Aleppo on Dec. 12, 2016.",
    "A fighter stands guard in Kafr NahaJohn Smith/AFP",
    "Siviller Han Tuman'dan kaçtı, 5 Şubat 2016.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def fresh_pair(gazetteer: Gazetteer) -> tuple[Geoparser, Geoparser]:
    return Geoparser(gazetteer), Geoparser(gazetteer)


@pytest.mark.parametrize("caption", _CAPTIONS)
def test_unknown_places_after_find_as_alone(
    fresh_pair: tuple[Geoparser, Geoparser], caption: str
) -> None:
    """unknown_places right after find (reusing its reading) gives what it gives alone."""
    after, alone = fresh_pair
    after.find(caption)
    assert after.unknown_places(caption) == alone.unknown_places(caption)


def test_unknown_places_of_another_caption_is_read_anew(gp: Geoparser) -> None:
    """The reading kept is that of the last caption only: another one is read for itself."""
    gp.find(_CAPTIONS[0])
    names = [u.name for u in gp.unknown_places(_CAPTIONS[1])]
    assert names == ["Qasr Wardi"]
    gp.find(_CAPTIONS[1])
    assert gp.unknown_places(_CAPTIONS[0]) == []


def test_reading_kept_only_whole_when_no_name_matched(gp: Geoparser) -> None:
    """The names matched are changed by find: only a reading that matched none keeps its runs."""
    gp.find(_CAPTIONS[3])
    assert gp._last_reading is not None
    assert gp._last_reading.left is None
    gp.find(_CAPTIONS[1])
    assert gp._last_reading is not None
    assert gp._last_reading.left == [(6, 7, "neighbourhood")]


_STAMPS = [
    "ALEPPO, 2016-12-13 / 14:05 - a street",
    "Aleppo, 13.12.2016 | Tuesday, people wait",
    "Photo taken 2016, Monday",
    "In 20161 12:30 x",
    "Published 2016 — 09.45",
    "no year here, only 123 and 45",
]


@pytest.mark.parametrize("text", _STAMPS)
def test_stamp_cue_same_matches_as_four_digits(text: str) -> None:
    """The stamp cue finds what the same pattern written with \\d{4} finds."""
    written = dates._STAMP_CUE_RE.pattern.replace(r"\d\d{3}", r"\d{4}", 1)
    old = re.compile(written)
    assert [m.span() + m.groups() for m in dates._STAMP_CUE_RE.finditer(text)] == [
        m.span() + m.groups() for m in old.finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "turkish"),
    [
        ("Siviller Halep'ten kaçtı", True),
        ("Han Tuman’da bir çocuk", True),
        ("Azez'E ulaştı", True),
        ("Aleppo's old city", False),  # (an English possessive: no Turkish case)
        ("a ' da", False),  # (no word before the apostrophe)
        ("'da at the start", False),
        ("rock'n'roll", False),
    ],
)
def test_turkish_case_written(text: str, turkish: bool) -> None:
    """A Turkish case after a word and an apostrophe, as the pattern with the word first."""
    old = re.compile(r"\w['’](?:" + geoparse._TURKISH_PLACE_CASE.pattern + ")", re.IGNORECASE)
    assert (geoparse._TURKISH_CASE_WRITTEN.search(text) is not None) is turkish
    assert (old.search(text) is not None) is turkish


def test_gated_leaves_what_the_engine_skips_to() -> None:
    """A pattern that starts with a literal or a class is compiled as it is; one that starts
    with a word boundary or a lookbehind gets its lookahead test."""
    assert dates._gated(r"\.\s+(?=[A-Z])").pattern == r"\.\s+(?=[A-Z])"
    assert dates._gated(r"[Pp]hoto\b").pattern == r"[Pp]hoto\b"
    assert dates._gated(r"\b(?:taken|shot)\b").pattern.startswith("(?=")
    assert dates._gated(r"(?<!\d)(?:19|20)\d\d(?!\d)").pattern.startswith("(?=")
    text = "Taken on Dec. 13. A man walks. Photo: AFP. The end"  # (not after "Dec.")
    assert [m.span() for m in dates._FULL_STOP_RE.finditer(text)] == [(16, 18), (29, 31), (41, 43)]
