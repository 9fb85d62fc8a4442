"""The geoparser's shortcuts give what the full tests give: the places that make a container
redundant (looked up among the places inside it), the province test (skipped in a caption
with none of its words), and the once-per-word readings (case stems, foreign readings, marks).
"""

from __future__ import annotations

from itertools import compress

import pytest

from aleppomap._names import _CASE_ENDINGS, _SLAVIC_SET, _VOWELS, _strip_marks, case_stems
from aleppomap.geoparse import _ARABIC_LETTER, _PROVINCE_CUES, Geoparser


def test_the_finer_places_of_every_place_are_those_the_full_test_finds(gp: Geoparser) -> None:
    ids = [p.id for p in gp.gazetteer]
    for container in ids:
        full = frozenset(p for p in ids if gp._contains(container, p))
        assert gp._finer(container) == full, container


def test_a_place_inside_a_named_quarter_still_sets_the_city_aside(gp: Geoparser) -> None:
    found = gp.find("Residents of Sheikh Maqsoud in Aleppo wait for aid.")
    assert (found[0].place_id, found[0].role) == ("sheikh-maqsoud", "location")
    assert ("aleppo", "mentioned") in {(m.place_id, m.role) for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "Families flee Manbij, in Aleppo province, on foot.",  # a word after the name
        "Shelling hit villages in the western Aleppo countryside.",  # a side, then the word
        "Aid reached displaced people in rural Aleppo.",  # before the name
        "Zivilisten fliehen aus der Provinz Aleppo.",  # German, before the name
        "Cywile uciekają z prowincji Aleppo.",  # Polish
        "Des familles fuient la province d'Alep.",  # the elided "of"
        "Displaced people reach the countryside of Aleppo.",  # "of" between
        "قصف مدفعي على بلدة عندان بريف حلب",  # Arabic: the countryside before the name
        "Children play in a camp in Azaz.",  # none: the place itself
        "A man walks past damaged buildings in Aleppo.",
    ],
)
def test_a_province_is_read_only_where_a_cue_word_or_an_arabic_letter_is(
    gp: Geoparser, text: str
) -> None:
    # the pre-check of Geoparser._find: without a cue word or an Arabic letter, the province
    # test is false for every candidate, so skipping it changes nothing
    w = gp._words(text)
    kept = list(compress(range(len(w.key)), w.key))
    cands = gp._matches(text, w, kept)[0]
    assert cands
    gp._choose_ambiguous(cands, w, kept)  # (each candidate's place, as _find has it then)
    provincial = _ARABIC_LETTER.search(text) is not None or not _PROVINCE_CUES.isdisjoint(w.low)
    said = [gp._province(c, w, kept, text) for c in cands if c.place_id in gp._settlements]
    assert provincial or not any(said)


def _case_stems_one_by_one(word: str) -> tuple[str, ...]:
    """case_stems as first written: every ending tested in turn."""
    low = _strip_marks(word).casefold()
    out: list[str] = []
    for ending in _CASE_ENDINGS:
        if not low.endswith(ending) or len(low) - len(ending) < 3:
            continue
        stem = low[: -len(ending)]
        if ending == "s" and stem[-1] == "a":
            continue
        out.append(stem)
        if stem[-1] == "i" and len(stem) > 3 and len(ending) > 1 and ending[0] not in _VOWELS:
            out.append(stem[:-1])
        if ending in _SLAVIC_SET and stem[-1] not in _VOWELS:
            out.append(stem + "o")
        if ending == "it":
            out.append(low[:-1])
    return tuple(dict.fromkeys(out))


@pytest.mark.parametrize(
    "word",
    ["Aleppóban", "Aleppa", "Manbijissa", "Halepit", "Kobanit", "Hamas", "Alepului", "Alepotik",
     "Hələbdə", "Halepte", "Aleppo", "Azaz", "in", "Manbidżu", "Aleppodaki", "Alepon"],
)  # fmt: skip
def test_case_stems_by_ending_length_are_those_of_every_ending(word: str) -> None:
    assert case_stems(word) == _case_stems_one_by_one(word)


@pytest.mark.parametrize(
    ("word", "bare"),
    [("Aleppo", "Aleppo"), ("Şeyh", "Seyh"), ("Hələb", "Halab"), ("Manbidżu", "Manbidzu"),
     ("Ærø", "Æro"), ("", "")],
)  # fmt: skip
def test_marks_are_stripped_and_ascii_is_left_as_it_is(word: str, bare: str) -> None:
    assert _strip_marks(word) == bare
