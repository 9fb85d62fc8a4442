"""The geoparser on a city or a part of it named for itself beside finer places (the end of a
journey, an item of a list), gates named as English does, names that a plural place word after
a list makes known, the last names of a long list, and near spellings that name another place
(a village that is no quarter of the city, the old part of another city)."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city a journey ends in, beside a quarter named in another clause
        (
            "Ahmad, who lived in the Haydariyeh district before the war, returned to Aleppo "
            "last month after four years in Manbij.",
            ["haydariyeh", "aleppo", "manbij"],
        ),
        # German "nach" before the end of a journey
        (
            "Im Mai kehrte sie nach Aleppo zurück; ihre Wohnung in der Altstadt war zerstört.",
            ["aleppo", "old-city"],
        ),
        # Arabic: he moved to Manbij during the war, and returned to Aleppo
        (
            "قال أحد سكان حي الحيدرية إنه انتقل إلى منبج خلال الحرب، وعاد إلى حلب الشهر الماضي.",
            ["haydariyeh", "manbij", "aleppo"],
        ),
        # a side of the city people leave, beside the crossing they drive to
        (
            "Buses carrying evacuees from eastern Aleppo wait at the Ramouseh crossing "
            "before dawn.",
            ["east-aleppo", "ramouseh"],
        ),
    ],
)
def test_the_end_of_a_journey_is_named_for_itself_beside_finer_places(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city next to the quarter only says where the quarter is
        (
            "Families returned to Aleppo's Hanano district on Monday.",
            [("aleppo", "mentioned"), ("hanano", "destination")],
        ),
        # a journey inside the city's south-east: the quarter left is the place
        (
            "Residents flee the Sukkari neighbourhood towards other rebel-held areas in "
            "southeastern Aleppo.",
            [("sukkari", "origin"), ("south-east-aleppo", "mentioned")],
        ),
        # after a conjunction of time the city dates the story, it is no journey's end
        (
            "His family left the Sukkari district when the fighting came to Aleppo in 2012.",
            [("sukkari", "origin"), ("aleppo", "mentioned")],
        ),
    ],
)
def test_the_city_beside_its_quarter_is_named_in_passing_otherwise(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place_id, m.role) for m in gp.find(text)] == expected


def test_a_quarter_listed_with_a_landmark_inside_it_is_an_item_of_the_list(
    gp: Geoparser,
) -> None:
    text = (
        "The old Antakeya gate, the al-Aqaba neighbourhood and the Khalfan and al-Qiqan mosques "
        "are among the buildings at risk, engineers said."
    )
    assert places(gp, text) == ["bab-antakya", "aqabeh", "qiqan-mosque"]
    # but a landmark in the quarter is the place, the quarter only where it is
    assert places(gp, "Workers repair the Qiqan mosque in al-Aqaba on Tuesday.") == ["qiqan-mosque"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighters gather near al-Nasr gate in the old city.", "bab-al-nasr"),
        ("We are in the al-Aqaba neighbourhood behind Bab Entakie, he said.", "bab-antakya"),
        ("Bab al-Salam, la porte qui mène vers Alep, est ouverte.", "bab-al-salameh"),
        ("Esselame Sınır Kapısı geçişlere kapatıldı.", "bab-al-salameh"),
        ("Les rebelles ont pris l'aéroport international d'Alep samedi.", "aleppo-airport"),
    ],
)
def test_gates_crossings_and_the_airport_in_the_spellings_of_the_agencies(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert expected in places(gp, text)


def test_the_last_names_of_a_long_list_are_places_of_it(gp: Geoparser) -> None:
    text = (
        "Troops shelled Azaz, Rasm al-Abboud, al-Shweikha, Mayer and Karm al-Kabal in the "
        "province on Sunday."
    )
    assert places(gp, text) == ["azaz", "rasm-al-abboud", "mayer"]
    # a name that is also a person's stays out when nothing lists it with a town
    assert places(gp, "When Rasm al-Abboud fell, Mayer said the road was cut.") == [
        "rasm-al-abboud"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village near Kobani that sounds like a quarter of Aleppo is no quarter
        (
            "A damaged house is seen in al-Aziza village in the countryside of Kobani.",
            ["kobani"],
        ),
        # a canton of the Kurdish administration is a region, not the quarter ash-Shahba
        (
            "A drone struck the town of Tal Rifaat in the Shahba canton on Sunday.",
            ["tall-rifaat"],
        ),
        # the old part of another city: Damascus, not Aleppo's Umayyad Mosque
        (
            "A girl prays at the historic Umayyad Mosque in Old Damascus during Ramadan.",
            [],
        ),
    ],
)
def test_a_near_name_of_another_place_is_not_a_place_of_aleppo(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


def test_the_city_named_with_the_side_holding_it_is_named_in_passing(gp: Geoparser) -> None:
    text = "Bani Zaid was long a launch pad for rebel shelling of government-held Aleppo."
    found = {m.place_id: m.role for m in gp.find(text)}
    assert found == {"rasafeh": "location", "aleppo": "mentioned"}
    # the city next to the quarter it holds only says where the quarter is
    assert places(gp, "Residents of the Sakhour district in rebel-held Aleppo flee.") == ["sakhour"]


def test_the_clock_tower_in_a_caption_about_aleppo_is_bab_al_faraj_s(gp: Geoparser) -> None:
    assert places(gp, "Traffic passes the clock tower in central Aleppo at dusk.") == [
        "bab-al-faraj-clock-tower"
    ]
    assert places(gp, "Traffic passes the clock tower in central Homs at dusk.") == ["homs"]


def test_a_village_named_after_its_side_is_named_with_the_side_first(gp: Geoparser) -> None:
    text = "Troops reached the east Kuweires village and the housing of the air base on Tuesday."
    assert places(gp, text)[0] == "kuweires-sharqi"
    # a side of the air base is a direction from it, not the village
    assert places(gp, "Shells fell 3 km east of Kuweires airbase.") == ["kuweires-airbase"]
