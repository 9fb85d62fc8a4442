"""The geoparser on names read through their context: a name that is also a given name in a
list after a plural place word, German spellings of Arabic sounds, a quarter word that picks
the quarter among places of alike names, and a town that is not the ancient site named alike."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured several villages, including Sawran, on Sunday, a monitor said.",
        "Fighters overran several towns including Sarwan and two hamlets east of the road.",
        "Government forces retook the towns of Sarwan, Tal Jabin and Hardatnin.",
    ],
)
def test_a_guarded_name_in_a_list_after_a_plural_place_word_is_the_place(
    gp: Geoparser, text: str
) -> None:
    assert "suran" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The towns were quiet that night. Sawran, a teacher, said he stayed home.",
        "Several towns near the front emptied, Sawran told reporters by telephone.",
        "Fighters in several towns backed Sarwan Ahmed in the local vote.",
    ],
)
def test_a_guarded_name_outside_a_list_of_places_is_no_place(gp: Geoparser, text: str) -> None:
    assert "suran" not in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lorries wait at the crossing outside the Turkish town of Karkamis, across from Jarabulus.",
        "Families carry their bags through Karkamış town on their way back to Syria.",
        "A customs officer checks papers in the border village of Karkamis.",
    ],
)
def test_a_site_named_as_a_town_is_not_the_site(gp: Geoparser, text: str) -> None:
    assert "carchemish" not in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Archaeologists return to Karkamis, the Hittite site on the Euphrates by Jarabulus.",
        "Visitors walk among the ruins of the ancient town of Carchemish near the border.",
    ],
)
def test_a_site_not_called_a_town_is_the_site(gp: Geoparser, text: str) -> None:
    assert "carchemish" in places(gp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Worshippers gather at a church in the Al-Jadideh quarter of Aleppo.", "jdeydeh"),
        ("Shoppers walk through the old Jadideh neighbourhood of the city.", "jdeydeh"),
        ("Shells fell on Halab al-Jadideh in the west of the city.", "new-aleppo"),
    ],
)
def test_the_new_quarter_with_a_quarter_word_is_jdeydeh(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert expected in places(gp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German writes the kh that starts a word ch
        ("Kämpfer der Regierung rücken im Dorf Chan Tuman vor", "khan-tuman"),
        ("Zerstörte Häuser im Stadtteil Scheich Chodr in Aleppo", "sheikh-kheder"),
        ("Bauern ernten Weizen bei Chanasir südöstlich von Aleppo", "khanasir"),
    ],
)
def test_german_ch_for_the_kh_that_starts_a_word(gp: Geoparser, text: str, expected: str) -> None:
    assert places(gp, text)[0] == expected


def test_a_french_ch_still_reads_sh(gp: Geoparser) -> None:
    # "Cheikh", "Chaar": the French ch is the Arabic sh, as before
    assert places(gp, "Des tirs dans le quartier de Chaar, à Alep") == ["shaar"]
    assert places(gp, "Jackie Chan en visite au Liban") == []
