"""The geoparser on names that are close but not the same: a one-word name without the
feminine ending of a known name, a spelling shared with a town abroad placed in the province by
the words after it, a church named with another word for a church, the souq of a khan named
without the khan, and a j written y as Spanish and Italian captions write it."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about, of_aleppo


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Displaced families shelter in Masqan village east of Aleppo, Jan. 4, 2017.",
        "A shepherd walks past the ruins of a school in Maskan, Jan. 5, 2017.",
    ],
)
def test_a_name_without_the_ending_of_a_known_one_is_another_place(
    gp: Geoparser, text: str
) -> None:
    # Maskanah ends in the Arabic feminine ending, which every spelling of it keeps
    assert "maskanah" not in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops enter Maskana after Islamic State fighters withdraw, June 4, 2017.",
        "Residents return to Meskeneh on the Euphrates, June 20, 2017.",
        "Fighting goes on around Maskane, east of Aleppo, June 2, 2017.",
    ],
)
def test_maskanah_is_found_in_its_own_spellings(gp: Geoparser, text: str) -> None:
    assert "maskanah" in ids(gp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a compound keeps its first word, a French name its mute e
        ("Children queue for water in the Bab al-Salam camp, Azaz.", ["bab-al-salameh", "azaz"]),
        ("Des obus sont tombés sur le quartier de Midane, à Alep.", ["midan"]),
    ],
)
def test_an_ending_left_out_of_a_compound_or_added_in_french_is_the_same_name(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert ids(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Clashes go on near Kafr Kalbin and Soran in the northern countryside of Aleppo.",
        "Turkish-backed fighters take Soran, in Aleppo province, Oct. 15, 2016.",
    ],
)
def test_soran_placed_in_aleppo_province_is_the_town_of_suran(gp: Geoparser, text: str) -> None:
    assert "suran" in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Soran is a town in northern Iraq that hosts displaced families.",
        "Soran Ahmed, a Kurdish activist, speaks to reporters in Qamishli.",
        "Displaced Yazidis arrive in Soran, Iraqi Kurdistan, Aug. 12, 2014.",
        "A market reopens in Soran, in Erbil province, Aug. 14, 2014.",
        "Soran was shelled by Turkish jets, Iraqi officials said, Aug. 15, 2014.",
    ],
)
def test_soran_elsewhere_or_as_a_given_name_is_no_place(gp: Geoparser, text: str) -> None:
    assert of_aleppo(gp, ids(gp, text)) == []  # (the city elsewhere may be named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenians pray at the Cathedral of the Forty Martyrs in Aleppo, Jan. 6, 2018.",
         ["forty-martyrs-church"]),
        ("Candles burn in the Forty Martyrs Cathedral, Aleppo, Jan. 6, 2019.",
         ["forty-martyrs-church"]),
        ("A choir sings in the Latin Church of Aleppo, Dec. 24, 2017.", ["latin-cathedral"]),
    ],
)  # fmt: skip
def test_a_church_is_named_by_either_word_for_a_church(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert ids(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Families go to church in Aleppo on Christmas morning, Dec. 25, 2017.",
        "The cathedral bells ring again in Aleppo, Dec. 24, 2017.",
    ],
)
def test_the_words_for_a_church_alone_name_no_church(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == ["aleppo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varios heridos en los barrios de Halab al-Yadida y Salahedin.",
         ["new-aleppo", "salah-ad-din"]),
        ("Proiettili di mortaio sui quartieri di Halab Yadideh e Midan.", ["new-aleppo", "midan"]),
        ("Soldados turcos entran en Yarablus, en la frontera.", ["jarabulus"]),
    ],
)  # fmt: skip
def test_a_j_written_y_as_spanish_and_italian_do_is_the_same_name(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert ids(gp, text) == expected


def test_a_y_name_that_is_no_j_name_stays_unmatched(gp: Geoparser) -> None:
    # Yazidi, Yemen and Yarmouk start with a y of their own
    text = "Yazidi families from Iraq and refugees from Yarmouk meet in Aleppo, May 2017."
    assert ids(gp, text) == ["aleppo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shopkeepers reopen their stalls in the Souk al-Jumruk, Dec. 7, 2017.",
         ["suq-khan-al-jumruk"]),
        ("Le souk al-Harir rouvre ses portes dans la vieille ville d'Alep.", ["suq-khan-al-harir"]),
        # the khan itself keeps its own name
        ("Carpet sellers wait for buyers in Khan al-Jumruk, Dec. 8, 2017.", ["khan-al-jumruk"]),
    ],
)  # fmt: skip
def test_the_souq_of_a_khan_is_named_without_the_khans_word(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert ids(gp, text) == expected
