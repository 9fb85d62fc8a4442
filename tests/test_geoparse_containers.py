"""Places named only to say where another named place is: kept, named in passing.

A caption often names a place together with the place that holds it ("the Hanano district in
Aleppo city", "the Umayyad Mosque in the old city") or a place it is placed by ("Marea, north
of Aleppo"). Both are named, so both are found; the finer place stays the photo's place and
the other is ``mentioned`` with the cue ``container`` or ``reference``. A place that is not
named (the city of a quarter named alone) is never added.
"""

from __future__ import annotations

import pandas as pd
import pytest

from aleppomap.control import control_table, find_control
from aleppomap.dates import add_dates
from aleppomap.events import CONTEXT_CUES, locate
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser
from aleppomap.timeline.payload import build_payload

Found = list[tuple[str, str, str]]


def found(gp: Geoparser, text: str) -> Found:
    return [(m.place_id, m.role, m.cue) for m in gp.find(text)]


def photo_places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text) if m.role != "mentioned"]


HOLDS = ("aleppo", "mentioned", "container")
PLACES_BY = ("aleppo", "mentioned", "reference")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English: "X district in Aleppo city", "the X district of Aleppo", "Aleppo's X"
        (
            "A girl carries bread in the Hanano district in Aleppo city, Dec. 3, 2016.",
            [("hanano", "location", ""), HOLDS],
        ),
        (
            "Men clear rubble in the Shaar district of Aleppo on Tuesday.",
            [("shaar", "location", ""), HOLDS],
        ),
        (
            "A fighter runs across a street in Aleppo's Salaheddine neighbourhood.",
            [HOLDS, ("salah-ad-din", "location", "")],
        ),
        (
            "Kurdish fighters patrol the Sheikh Maqsoud district of northern Aleppo, 2016.",
            [("sheikh-maqsoud", "location", ""), HOLDS],
        ),
        # French, German, Spanish
        (
            "Des habitants dans le quartier de Chaar, à Alep, le 5 décembre.",
            [("shaar", "location", ""), HOLDS],
        ),
        (
            "Bewohner im Stadtteil Hanano von Aleppo, 5. Dezember.",
            [("hanano", "location", ""), HOLDS],
        ),
        (
            "Vecinos en el barrio de Sukkari, en Alepo, el 4 de diciembre.",
            [("sukkari", "location", ""), HOLDS],
        ),
        # Turkish: the city's genitive before the quarter
        (
            "Halep'in Şeyh Maksud mahallesinde bir okul vuruldu, 3 Mart 2016.",
            [HOLDS, ("sheikh-maqsoud", "location", "")],
        ),
    ],
)
def test_the_city_named_beside_a_quarter_in_it_is_its_container(
    gp: Geoparser, text: str, expected: Found
) -> None:
    assert found(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side of the city
        (
            "Rebels shell the town of Nubl, north of Aleppo, on Feb. 3, 2016.",
            [("nubl", "location", ""), PLACES_BY],
        ),
        (
            "Smoke rises over Khan Tuman, southwest of Aleppo, May 2016.",
            [("khan-tuman", "location", ""), PLACES_BY],
        ),
        # near, outside, on the outskirts, a distance from
        (
            "A Turkish soldier stands guard in Azaz near Aleppo on Sunday.",
            [("azaz", "location", ""), PLACES_BY],
        ),
        (
            "Shelling hit Kafr Hamra on the outskirts of Aleppo on Monday.",
            [("kafr-hamrah", "location", ""), PLACES_BY],
        ),
        (
            "Fighters gather in Anadan, on the northern outskirts of Aleppo.",
            [("anadan", "location", ""), PLACES_BY],
        ),
        (
            "Fighting in Tal Rifaat, 35 kilometres from Aleppo.",
            [("tall-rifaat", "location", ""), PLACES_BY],
        ),
        # a place just outside the city, then the city ("Jibreen, in Aleppo")
        (
            "Families shelter in a school in Jibreen, in Aleppo, Jan. 2017.",
            [("jibreen", "location", ""), PLACES_BY],
        ),
        # French, German, Spanish
        (
            "Des combattants à Anadan, au nord d'Alep, le 3 février.",
            [("anadan", "location", ""), PLACES_BY],
        ),
        (
            "Des déplacés à Jibrine, à la périphérie d'Alep.",
            [("jibreen", "location", ""), PLACES_BY],
        ),
        ("Kämpfer in Nubl, nördlich von Aleppo.", [("nubl", "location", ""), PLACES_BY]),
        ("Combatientes en Anadan, al norte de Alepo.", [("anadan", "location", ""), PLACES_BY]),
        ("Soldados en Jibrin, cerca de Alepo.", [("jibreen", "location", ""), PLACES_BY]),
        (
            "Bombardeos en Khan Tuman, a las afueras de Alepo.",
            [("khan-tuman", "location", ""), PLACES_BY],
        ),
        # Turkish: a side after the city's genitive ("Halep'in kuzeyindeki": north of Aleppo)
        ("Halep'in kuzeyindeki Anadan ilçesi bombalandı.", [PLACES_BY, ("anadan", "location", "")]),
    ],
)
def test_the_city_a_place_is_placed_by_is_a_reference(
    gp: Geoparser, text: str, expected: Found
) -> None:
    assert found(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Worshippers pray at the Umayyad Mosque in the old city on Friday.",
        "La mosquée des Omeyyades, dans la vieille ville, en décembre 2016.",
        "Die Umayyaden-Moschee in der Altstadt, Dezember 2016.",
    ],
)
def test_the_old_city_named_beside_a_landmark_in_it_is_its_container(
    gp: Geoparser, text: str
) -> None:
    assert found(gp, text) == [
        ("umayyad-mosque", "location", ""),
        ("old-city", "mentioned", "container"),
    ]


def test_a_chain_of_containers_keeps_each_one_named(gp: Geoparser) -> None:
    text = "Shops reopen in the souq of the old city, Aleppo, 2019."
    assert found(gp, text) == [
        ("souq-al-madina-area", "location", ""),
        ("old-city", "mentioned", "container"),
        HOLDS,
    ]


def test_a_side_of_the_city_beside_a_quarter_in_it_is_its_container(gp: Geoparser) -> None:
    text = "Residents walk in Hanano in eastern Aleppo, Dec. 2016."
    assert found(gp, text) == [
        ("hanano", "location", ""),
        ("east-aleppo", "mentioned", "container"),
    ]


def test_a_quarter_that_says_where_another_is_is_named_in_passing(gp: Geoparser) -> None:
    text = "A rocket shell killed two civilians in al-Shuhada neighbourhood in New Aleppo."
    assert found(gp, text) == [
        ("shuhada", "location", ""),
        ("new-aleppo", "mentioned", "container"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city of a quarter named alone is not named
        ("A boy in the Hanano district on Monday.", [("hanano", "location", "")]),
        ("Worshippers pray at the Umayyad Mosque on Friday.", [("umayyad-mosque", "location", "")]),
        # a side after a place outside the city is the province's side, not the city's
        ("Deir Hafer, in eastern Aleppo, was shelled on Monday.", [("dayr-hafir", "location", "")]),
        ("Hreitan city, northern Aleppo, was shelled.", [("hreitan", "location", "")]),
    ],
)
def test_a_place_that_is_not_named_is_not_added(gp: Geoparser, text: str, expected: Found) -> None:
    assert found(gp, text) == expected


def test_a_container_named_twice_is_reported_once_with_its_strongest_role(gp: Geoparser) -> None:
    text = "Aleppo's Hanano district was quiet; later, shells fell on the outskirts of Aleppo."
    assert found(gp, text) == [HOLDS, ("hanano", "location", "")]
    # the city as the end of a journey of its own stays the destination
    text = "Residents of Hanano fled to Aleppo's western districts, then returned to Aleppo."
    assert [m.place_id for m in gp.find(text)].count("aleppo") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Government forces captured Hanano in Aleppo on Saturday.",
        "Rebels seized Marea, north of Aleppo, on Sunday.",
        "Kurdish fighters hold the Sheikh Maqsoud district of Aleppo.",
        "Hanano was the first neighbourhood in Aleppo captured by the rebels in 2012.",
    ],
)
def test_a_container_or_reference_states_no_control_of_its_own(
    gp: Geoparser, gazetteer: Gazetteer, text: str
) -> None:
    rows = pd.DataFrame(
        {
            "gallery": ["g"],
            "gallery_title": [""],
            "gallery_intro": [""],
            "gallery_date": ["2016-12-01"],
            "entry": [1],
            "caption": [text],
            "credit": [""],
            "photographers": [[]],
            "agencies": [[]],
            "source": ["x"],
            "line": [1],
        }
    )
    events = locate(add_dates(rows), gazetteer, geoparser=gp)
    aside = events[events["reason"].isin(CONTEXT_CUES)]
    assert list(aside["place_id"]) == ["aleppo"]
    assert list(aside["role"]) == ["mentioned"]
    statements = control_table(events)
    assert len(statements)
    assert "aleppo" not in set(statements["place_id"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Residents walk through Sheikh Maqsoud in Aleppo - held by the YPG - on Monday.",
            "sheikh-maqsoud",
        ),
        (
            "A man sits in the Ashrafiyeh district in Aleppo, held by Kurdish fighters.",
            "ashrafiyeh",
        ),
    ],
)
def test_the_rules_given_the_geoparser_mentions_leave_the_container_out(
    gp: Geoparser, text: str, place: str
) -> None:
    mentions = gp.find(text)
    assert ("aleppo", "container") in {(m.place_id, m.cue) for m in mentions}
    statements = find_control(text, mentions, gallery_date="2016-12-01")
    assert [(s.place_id, s.controller) for s in statements] == [(place, "kurdish")]


def test_the_events_keep_the_container_and_the_photo_place_unchanged(
    gp: Geoparser, gazetteer: Gazetteer
) -> None:
    captions = [
        "Men clear rubble in the Shaar district of Aleppo on Dec. 5, 2016.",
        "Rebels shell the town of Nubl, north of Aleppo, on Feb. 3, 2016.",
        "A boy in the Hanano district on Dec. 6, 2016.",
    ]
    n = len(captions)
    rows = pd.DataFrame(
        {
            "gallery": ["g"] * n,
            "gallery_title": [""] * n,
            "gallery_intro": [""] * n,
            "gallery_date": ["2016-12-10"] * n,
            "entry": list(range(1, n + 1)),
            "caption": captions,
            "credit": [""] * n,
            "photographers": [[] for _ in range(n)],
            "agencies": [[] for _ in range(n)],
            "source": ["x"] * n,
            "line": list(range(1, n + 1)),
        }
    )
    events = locate(add_dates(rows), gazetteer, geoparser=gp)
    columns = (events["entry"], events["place_id"], events["role"], events["reason"])
    table = list(zip(*columns, strict=True))
    assert table == [
        (1, "shaar", "location", ""),
        (1, "aleppo", "mentioned", "container"),
        (2, "nubl", "location", ""),
        (2, "aleppo", "mentioned", "reference"),
        (3, "hanano", "location", ""),
    ]
    assert bool(events["located"].all())  # every entry is located by its photo's place
    # the map draws one marker per entry, at the photo's place; the city is no marker
    payload = build_payload(events)
    names = payload["places"]["name"]
    assert sorted(names[p] for p in payload["markers"]["place"]) == sorted(
        events.loc[events["role"] != "mentioned", "place"]
    )
    assert [[names[p] for p, *_ in places] for places in payload["entries"]["places"]] == [
        ["ash-Sha'ar"],
        ["Nubl"],
        ["Hanano"],
    ]


def test_the_seed_captions_name_the_city_beside_their_quarters(gp: Geoparser) -> None:
    text = (
        "Syrian soldiers rest following the battle at al-Sheik Saeed neighborhood in Aleppo, "
        "Syria, Dec. 12."
    )
    assert found(gp, text) == [("sheikh-saeed", "location", ""), HOLDS]
    assert photo_places(gp, text) == ["sheikh-saeed"]
