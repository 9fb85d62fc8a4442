"""The geoparser on wordings that split or hide a name: the side of the city with who holds it
between the side and the name, a day said just before a place, the words for a military air
base, a camp named past the words of its kind, and groups named after a place."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        (
            "A man pushes a cart of firewood through eastern opposition-held Aleppo on "
            "Nov. 3, 2016.",
            "eastern opposition-held Aleppo",
        ),
        (
            "Smoke billows over the eastern rebel-held parts of Aleppo after an air strike "
            "on Sept. 24, 2016.",
            "eastern rebel-held parts of Aleppo",
        ),
        (
            "Government troops push into the militant-controlled eastern areas of the "
            "embattled city of Aleppo.",
            "eastern areas of the embattled city of Aleppo",
        ),
        (
            "Residents queue for bread in the rebel-held eastern parts of Aleppo city on "
            "Oct. 6, 2016.",
            "eastern parts of Aleppo city",
        ),
        (
            "Volunteers clear rubble in the eastern besieged Aleppo neighbourhoods on "
            "Aug. 1, 2016.",
            "eastern besieged Aleppo",
        ),
    ],
)
def test_a_side_past_who_holds_the_city_names_the_side(
    gp: Geoparser, text: str, matched: str
) -> None:
    found = gp.find(text)
    assert [(m.place_id, m.matched) for m in found] == [("east-aleppo", matched)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell on western regime-held Aleppo on Oct. 28, 2016.", "west-aleppo"),
        ("Smoke rises over the eastern part of rebel-held Aleppo.", "east-aleppo"),
        (
            "Residents shop in the western government-controlled districts of Aleppo.",
            "west-aleppo",
        ),
    ],
)
def test_either_side_with_who_holds_it_in_either_order(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert places(gp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Some 250,000 people are trapped in Aleppo's rebel-held eastern districts.",
        "Air strikes pounded Aleppo’s besieged eastern neighbourhoods on Sept. 23, 2016.",
    ],
)
def test_the_city_a_possessive_and_who_holds_its_side_names_the_side(
    gp: Geoparser, text: str
) -> None:
    assert places(gp, text) == ["east-aleppo"]


def test_the_citys_eastern_countryside_is_not_its_east(gp: Geoparser) -> None:
    assert "east-aleppo" not in places(gp, "Shells fell on Aleppo's eastern countryside.")


def test_a_side_of_two_words_past_who_holds_the_city(gp: Geoparser) -> None:
    assert places(gp, "Shells hit south-eastern opposition-held Aleppo on Dec. 5, 2016.") == [
        "south-east-aleppo"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops are deployed 20 km east of the besieged city of Aleppo.",
        "The convoy drove east of Aleppo on Tuesday.",
        "Families fled east into rebel-held Aleppo.",
    ],
)
def test_a_direction_from_the_city_is_not_its_side(gp: Geoparser, text: str) -> None:
    assert "east-aleppo" not in places(gp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebel fighters captured on Friday Azaz city and nearby villages after weeks "
            "of clashes.",
            ["azaz"],
        ),
        ("Islamic State fighters stormed Monday Marea town north of the city.", ["marea"]),
        (
            "An SDF commander said on Sunday Manbij was fully under the alliance's control.",
            ["manbij"],
        ),
    ],
)
def test_a_day_said_before_a_place_is_no_given_name(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


def test_a_day_before_an_unknown_name_is_not_part_of_it(gp: Geoparser) -> None:
    [unknown] = gp.unknown_places("Rebels seized Monday Qwertzabad town.")
    assert unknown.name == "Qwertzabad"


def test_a_surname_after_a_title_is_no_town_and_the_place_after_it_is_found(
    gp: Geoparser,
) -> None:
    text = (
        "Commander Ahmad Haj Mansour of the Kurdish-led alliance said on Saturday Manbij "
        "was under the fighters' control."
    )
    assert places(gp, text) == ["manbij"]
    for title in ("Haj", "Hajji", "Sheikh", "Abu"):
        assert places(gp, f"Fighter Khaled {title} Mansour speaks to reporters.") == []
    # a town's name as a fighter's kunya, then the town where he is
    assert places(gp, "Rebel commander Abu Mohammed al-Bab speaks in Azaz.") == ["azaz"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raise the flag over Jarrah air base after retaking it on Feb. 27, 2017.",
        "Islamic State fighters pose at the Jirah military airport east of the city.",
        "A warplane wreck lies on the runway of the al-Jarrah military airbase.",
        "Army units advanced on Jirah airfield on Monday.",
    ],
)
def test_every_word_for_a_military_air_base_names_it(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == ["jirah-airbase"]


def test_a_civil_airport_does_not_become_an_air_base(gp: Geoparser) -> None:
    assert places(gp, "A plane lands at Aleppo International Airport.") == ["aleppo-airport"]


@pytest.mark.parametrize(
    "text",
    [
        "Families return to the Handarat Palestinian refugee camp north of the city.",
        "Pro-government forces retook Handarat Palestinian refugees camp on Thursday.",
        "Fighters patrol the Handarat camp on Sept. 29, 2016.",
        "Soldiers withdrew from Handarat Palestinian Refugees Camp on Sunday.",
    ],
)
def test_a_camp_named_past_the_words_of_its_kind_is_the_camp(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == ["ein-el-tal-camp"]


@pytest.mark.parametrize(
    "text",
    [
        "A Fatah Halab fighter fires a mortar on May 3, 2016.",
        "Fighters from the Thuwar Halab coalition rest on Jan. 4, 2015.",
        "A member of Jaish al-Bab cleans his rifle.",
        "Fighters of Thuwar Manbij gather for a briefing.",
        "Fighters of the Aleppo Conquest operations room prepare an assault.",
    ],
)
def test_a_place_after_the_first_word_of_a_groups_name_is_the_group(
    gp: Geoparser, text: str
) -> None:
    assert places(gp, text) == []


def test_a_group_named_after_the_city_leaves_the_city_named_elsewhere(gp: Geoparser) -> None:
    text = "Fighters of the Fatah Halab operations room fire rockets in Aleppo on Oct. 30, 2016."
    assert [m.matched for m in gp.find(text)] == ["Aleppo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attacked the Ramosa military school on the city's southern edge.", "ramouseh"),
        ("Shells hit the Ramouseh artillery college on Aug. 5, 2016.", "ramouseh"),
        ("Rebels shelled the Ramouseh artillery academy.", "ramouseh"),
    ],
)
def test_a_place_before_a_facility_word_is_the_place(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert places(gp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels fired mortars from Aleppo's western rebel-held parts on Sunday.", "west-aleppo"),
        ("Shells fell on Aleppo's western government-held districts overnight.", "west-aleppo"),
        ("Air strikes hit Aleppo's eastern opposition-held neighborhoods again.", "east-aleppo"),
    ],
)
def test_a_side_after_the_city_s_possessive_before_its_holders_is_that_side(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert places(gp, text) == [expected]


def test_the_province_s_side_after_the_possessive_is_no_side_of_the_city(gp: Geoparser) -> None:
    assert "west-aleppo" not in places(gp, "Rebels hold villages in Aleppo's western countryside.")


@pytest.mark.parametrize(
    "text",
    [
        "Families wait at the Bab al-Salam crossing to enter Turkey, Feb. 2016.",
        "Trucks queue at the Bab al-Salam border crossing north of Azaz.",
    ],
)
def test_a_crossing_named_past_the_words_of_its_kind(gp: Geoparser, text: str) -> None:
    # "Bab al-Salam" is Bab al-Salameh before "crossing" as before "camp"
    assert places(gp, text)[0] == "bab-al-salameh"


def test_a_crossing_abroad_is_no_place_of_the_governorate(gp: Geoparser) -> None:
    assert places(gp, "Lorries wait at the Oncupinar crossing in Kilis province, Turkey.") == []
    assert places(gp, "Aid trucks pass the Bab al-Hawa crossing into Idlib.") == [
        "bab-al-hawa",
        "idlib",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gefechte im Dorf Chan Tuman südwestlich von Aleppo",
        "Enfrentamientos en la aldea de Khan Tuman, al suroeste de Alepo",
    ],
)
def test_a_compound_bearing_from_the_city_leaves_the_place_alone(gp: Geoparser, text: str) -> None:
    # "südwestlich von Aleppo", "al suroeste de Alepo": Aleppo is the reference point
    assert places(gp, text) == ["khan-tuman"]


def test_a_place_in_the_city_with_no_bearing_keeps_the_city_as_its_container(
    gp: Geoparser,
) -> None:
    found = [
        (m.place_id, m.role, m.cue) for m in gp.find("Gefechte im Stadtteil Salaheddine von Aleppo")
    ]
    assert found == [("salah-ad-din", "location", ""), ("aleppo", "mentioned", "container")]
