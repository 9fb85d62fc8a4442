"""The geoparser on compound names and shared words: a village name the gazetteer lacks that
starts like a known one ("Kafr", "Tal", "Deir" ...), words of peoples that sound like quarters,
two names sharing one place word, the article of a town written apart, and towns whose short
name is also a given name."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Smoke billows over the nearby village of Kafr Naseh after air strikes, Feb. 3, 2016.",
        "Families flee the village of Kafr Naseh as fighting nears, Feb. 4, 2016.",
        "Residents of Kafr Abraj inspect a crater on Feb. 5, 2016.",
        "A boy stands in the rubble of the village of Qasr Jibrin, Jan. 9, 2016.",
        "Fighters rest in Tal Jibrin after the advance, Jan. 10, 2016.",
        "Shells hit the Bab Abraj area overnight, Oct. 2, 2015.",
        "Rebels regroup in Umm Jibrin, Feb. 15, 2016.",
        # the same consonants run together, but another second word read apart
        "Shelling hit the Khan Afrine area overnight, Jan. 20, 2018.",
        "Shelling hit the Sheikh Judayda area overnight, Oct. 3, 2015.",
    ],
)
def test_a_compound_name_the_gazetteer_lacks_names_no_other_place(gp: Geoparser, text: str) -> None:
    # its first word starts a name of its own: it neither sounds like a known name with another
    # second word nor leaves its second word to be a known place
    assert ids(gp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling hit Kafr Hamra overnight, Aug. 1, 2016.", ["kafr-hamrah"]),
        ("Rebels pull out of Kfar Hamra, Aug. 2, 2016.", ["kafr-hamrah"]),
        ("Kurdish fighters enter Tal Rifaat, Feb. 15, 2016.", ["tall-rifaat"]),
        ("Kurdish fighters enter Tell Rifat, Feb. 15, 2016.", ["tall-rifaat"]),
        ("Soldiers guard Khan al-Asal, March 20, 2013.", ["khan-al-asal"]),
        ("Soldiers guard Khan al-Assal, March 20, 2013.", ["khan-al-asal"]),
        ("Displaced families reach Deir Hafer, Nov. 2, 2016.", ["dayr-hafir"]),
        ("Displaced families reach Dayr Hafir, Nov. 2, 2016.", ["dayr-hafir"]),
        ("Smoke rises over the town of Kafr Naya, Feb. 10, 2016.", ["kafr-naya"]),
    ],
)
def test_spellings_of_a_known_compound_name_still_match(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert ids(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A coalition of Kurdish, Arab and Assyrian fighters advances on Feb. 16, 2016.",
        "Assyrian women light candles at a church in Aleppo, Dec. 24, 2016.",
        "Syriac Christians attend Mass in Aleppo, Dec. 25, 2016.",
        "Armenian volunteers hand out bread in Aleppo, Jan. 3, 2017.",
        "Turkmen fighters rest near the border, Sept. 4, 2016.",
    ],
)
def test_words_of_peoples_are_no_quarters(gp: Geoparser, text: str) -> None:
    assert "siryan" not in ids(gp, text)
    assert all(m.matched.casefold() != "syriac" for m in gp.find(text))


def test_a_quarter_named_after_a_people_needs_its_place_word(gp: Geoparser) -> None:
    assert ids(gp, "Shells fell on the Syriac quarter of Aleppo, Oct. 8, 2012.") == ["siryan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Army jets take off from the Nayrab and Kuweires air bases east of Aleppo, 2013.",
            ["nayrab-airbase", "kuweires-airbase"],
        ),
        (
            "Rebels shell the Nayrab and Kwayris air bases on April 2, 2013.",
            ["nayrab-airbase", "kuweires-airbase"],
        ),
        ("A helicopter lands at the Nayrab air base, Jan. 5, 2013.", ["nayrab-airbase"]),
        ("Troops guard Nairab military airport, Jan. 6, 2013.", ["nayrab-airbase"]),
        # the plural word shared by names the gazetteer knows without it changes nothing
        ("Displaced families live in Nayrab and Jibreen, Dec. 2016.", ["nayrab", "jibreen"]),
    ],
)
def test_names_in_a_list_share_the_place_word_after_them(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert ids(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels hold out in the rebel-held town of Marea on Aug. 28, 2015.",
        "Ambulances wait in the town of Marea, Sept. 1, 2015.",
        "Marea, north of Aleppo, comes under attack on June 1, 2016.",
        "Marea, some 20 km north of Aleppo, comes under attack on June 1, 2016.",
        "Civilians flee fighting between Marea and Tal Rifaat, May 29, 2016.",
        # after a word for being there, which a given name does not follow
        "Volunteers hand out bread in Marea on March 3, 2016.",
        "Shells land near Marea as families pack their cars, March 4, 2016.",
        # the sentence says it is a town
        "Marea was one of the first towns north of Aleppo to join the uprising, 2012.",
        "Marea is a town that changed hands twice, pictured on March 5, 2016.",
        "Marea was shelled overnight, activists said on March 6, 2016.",
    ],
)
def test_the_town_of_marea_is_found_where_its_name_is_written_as_a_place(
    gp: Geoparser, text: str
) -> None:
    assert "marea" in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Maria Hassan, 34, holds her son in a clinic in Aleppo, Dec. 2, 2016.",
        "The mother of Maria waits outside a bakery in Aleppo, Dec. 3, 2016.",
        "Maria, 7, plays in the north of Aleppo on Dec. 4, 2016.",
        "Maria and her brother walk to school in Jibreen, Dec. 5, 2016.",
        "A nurse stays in Maria's room at a clinic in Aleppo, Dec. 6, 2016.",
        "Maria was a town councillor before the war, Aleppo, Dec. 7, 2016.",
        "Maria was the first girl in her class to return to school in Aleppo, Dec. 8, 2016.",
        "Maria, a mother of three in the countryside of Aleppo, waits for aid, Dec. 9, 2016.",
        "Maria came under fire as she crossed a street in Aleppo, Dec. 10, 2016.",
    ],
)
def test_maria_the_given_name_is_no_town(gp: Geoparser, text: str) -> None:
    assert "marea" not in ids(gp, text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Turkish-backed fighters celebrate the capture of Al-Bab, Feb. 23, 2017.", "Al-Bab"),
        ("A boy sells bread in Al Bab on March 1, 2017.", "Al Bab"),
        ("Shops reopen in al Bab on March 2, 2017.", "al Bab"),
        ("A street in Al-Bab city after the fighting, March 3, 2017.", "Al-Bab"),
    ],
)
def test_the_town_al_bab_is_matched_with_its_article(
    gp: Geoparser, text: str, written: str
) -> None:
    found = gp.find(text)
    assert [(m.place_id, m.matched) for m in found] == [("al-bab", written)]
    assert text[found[0].start : found[0].end] == written


def test_gates_named_bab_stay_gates(gp: Geoparser) -> None:
    text = "Shoppers walk between Bab al-Hadid, Bab Antakya and Bab al-Nairab, May 2010."
    assert ids(gp, text) == ["bab-al-hadid", "bab-antakya", "bab-al-nairab"]


def test_the_area_of_shaqif_is_the_industrial_area(gp: Geoparser) -> None:
    text = "Troops advance in the area of Shaqif north of Aleppo, Dec. 2, 2016."
    assert ids(gp, text) == ["shqayyef"]
