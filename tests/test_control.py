"""Control statements, the control timeline, the map layer data and the rules' pre-check."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from aleppomap.control import (
    CONTROLLERS,
    STATEMENT_COLUMNS,
    TIMELINE_COLUMNS,
    ControlMention,
    control_table,
    control_timeline,
    find_control,
    lexicon,
)
from aleppomap.errors import AleppomapError
from aleppomap.events import locate
from aleppomap.gazetteer import Gazetteer
from aleppomap.timeline.control_layer import control_layer_data
from control_cases import GALLERY_DATE, events_of


def _statements(gazetteer: Gazetteer, caption: str) -> list[tuple[str, str, str]]:
    table = control_table(events_of(gazetteer, caption))
    return list(zip(table["place_id"].tolist(), table["controller"], table["action"], strict=True))


def _rows(table: pd.DataFrame, place_id: str) -> pd.DataFrame:
    return table[table["place_id"] == place_id]


# --------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_control(seed_events: gpd.GeoDataFrame) -> pd.DataFrame:
    return control_table(seed_events)


@pytest.mark.parametrize(
    ("place_id", "entry", "date", "action", "evidence"),
    [
        ("bustan-al-qasr", 2, "2016-12-13", "captured", "regime troops retook the area"),
        ("bustan-al-qasr", 5, "2016-12-12", "lost", "former rebel-held district of Bustan"),
        ("bustan-al-qasr", 6, "2016-12-13", "captured", "regime troops retook the area"),
        ("bustan-al-qasr", 18, "2016-12-13", "captured", "regime troops retook the area"),
        ("sheikh-saeed", 16, "2016-12-12", "captured", "army recaptured the neighborhood"),
        ("sheikh-saeed", 21, "2016-12-12", "captured", "troops retook the area"),
        ("kallaseh", 14, "2016-12-13", "captured", "newly captured Al-Kalasseh"),
        ("old-city", 20, "2016-12-13", "captured", "they recaptured the area"),
        ("umayyad-mosque", 12, "2016-12-13", "captured", "they captured the area"),
        ("umayyad-mosque", 25, "2016-12-13", "captured", "they captured the area"),
        ("mogambo", 22, "2016-12-12", "held", "government-held Mogambo"),
        ("ithaa", 23, "2016-12-11", "captured", "they retook the area from rebel fighters"),
    ],
)
def test_seed_government_statements(
    seed_control: pd.DataFrame,
    seed_events: gpd.GeoDataFrame,
    place_id: str,
    entry: int,
    date: str,
    action: str,
    evidence: str,
) -> None:
    rows = _rows(seed_control, place_id)
    rows = rows[rows["entry"] == entry]
    assert len(rows) == 1, seed_control
    row = rows.iloc[0]
    assert (row["controller"], row["action"], row["date"]) == ("government", action, date)
    assert evidence in row["evidence"]
    # the evidence is the caption's text, exactly
    caption = seed_events.loc[seed_events["entry"] == entry, "caption"].iloc[0]
    assert caption[row["evidence_start"] : row["evidence_end"]] == row["evidence"]


def test_seed_rebel_held_area_gets_the_rebel_controller(seed_control: pd.DataFrame) -> None:
    rows = _rows(seed_control, "mashhad")
    assert rows[["entry", "controller", "action", "date"]].values.tolist() == [
        [9, "rebels", "held", "2016-12-14"]
    ]
    assert "in the rebel-held part" in rows["evidence"].iloc[0]


def test_seed_date_stated_in_the_clause_is_marked(seed_control: pd.DataFrame) -> None:
    row = seed_control[(seed_control["entry"] == 16)].iloc[0]
    assert row["date_source"] == "clause"
    assert row["evidence"].endswith("on Dec. 12")
    row = seed_control[(seed_control["entry"] == 2)].iloc[0]
    assert (row["date_source"], row["from_controller"]) == ("caption", "rebels")


def test_seed_positions_held_by_islamic_state_in_a_town(seed_control: pd.DataFrame) -> None:
    rows = _rows(seed_control, "al-bab")
    assert rows[["entry", "controller", "action", "date"]].values.tolist() == [
        [13, "islamic_state", "held", "2016-12-13"]
    ]
    assert rows["evidence"].iloc[0].startswith("positions held by Islamic State (IS) group")


@pytest.mark.parametrize(
    ("place_id", "why"),
    [
        ("fardos", "only where the people fleeing arrived (entries 2, 6, 18)"),
        ("jisr-al-haj", "forces advance in it (entry 3): an advance, not control"),
        ("sukkari", "fled from, towards rebel-held areas (entries 1, 19)"),
        ("jibreen", "a shelter (entry 24)"),
        ("east-aleppo", "displaced from it (entry 24)"),
    ],
)
def test_seed_no_claim_where_the_caption_makes_none(
    seed_control: pd.DataFrame, seed_events: gpd.GeoDataFrame, place_id: str, why: str
) -> None:
    assert place_id in set(seed_events["place_id"].dropna()), "the place is in the seed"
    assert _rows(seed_control, place_id).empty, why


def test_seed_rebel_held_area_of_aleppo_is_a_part_of_the_city(
    seed_control: pd.DataFrame, seed_events: gpd.GeoDataFrame
) -> None:
    # "a rebel-held area *of* Aleppo" (entries 4, 7, 8, 17) names a part of the city: a
    # statement of extent "part", which says nothing of the whole city (no timeline row); so
    # does "to retake remaining rebel-held areas in the ... city of Aleppo" (entries 1 and 3),
    # where Aleppo is also the container of the quarter the photo shows (al-Sukari, Jisr al-Haj)
    assert "aleppo" in set(seed_events["place_id"].dropna())
    rows = _rows(seed_control, "aleppo")
    assert not rows.empty
    assert set(rows["extent"]) == {"part"}
    assert set(rows["entry"]) <= {1, 3, 4, 7, 8, 17}
    # ... and entry 4's "towards the government-held side" a part the government holds
    assert set(rows["controller"]) == {"rebels", "government"}
    assert set(rows.loc[rows["controller"] == "government", "entry"]) == {4}
    timeline = control_timeline(seed_control)
    assert set(timeline.loc[timeline["place_id"] == "aleppo", "controller"]) <= {"unknown"}
    assert set(seed_control.loc[seed_control["place_id"] != "aleppo", "extent"]) == {"whole"}


def test_seed_entries_without_control_words_make_no_statement(
    seed_control: pd.DataFrame,
) -> None:
    # entry 10 is al-Kallaseh on Dec. 10 (a field hospital), entry 15 a selfie at the mosque
    assert not {10, 15, 8, 24} & set(seed_control["entry"])


def test_seed_table_shape(seed_control: pd.DataFrame) -> None:
    assert tuple(seed_control.columns) == STATEMENT_COLUMNS
    assert set(seed_control["controller"]) <= set(CONTROLLERS)
    assert (seed_control["gallery"] == "battle-for-aleppo-2016-12-13").all()
    assert seed_control["entry"].dtype == "int64"
    assert seed_control["entry"].is_monotonic_increasing


def test_seed_timeline(seed_control: pd.DataFrame) -> None:
    days = [f"2016-12-{d}" for d in range(10, 16)]
    tl = control_timeline(seed_control, days)
    assert tuple(tl.columns) == TIMELINE_COLUMNS
    # (the places of whole statements: "a rebel-held area of Aleppo" colours no Aleppo)
    whole = seed_control[seed_control["extent"] == "whole"]
    assert len(tl) == whole["place_id"].nunique() * len(days)

    def on(place: str, day: str) -> tuple[str, Any]:
        row = tl[(tl["place_id"] == place) & (tl["day"] == day)].iloc[0]
        return row["controller"], (None if pd.isna(row["entry"]) else int(row["entry"]))

    assert on("kallaseh", "2016-12-10") == ("unknown", None)
    assert on("kallaseh", "2016-12-12") == ("unknown", None)
    assert on("kallaseh", "2016-12-13") == ("government", 14)
    assert on("kallaseh", "2016-12-15") == ("government", 14)
    assert on("bustan-al-qasr", "2016-12-11") == ("unknown", None)
    assert on("bustan-al-qasr", "2016-12-12") == ("government", 5)
    assert on("bustan-al-qasr", "2016-12-13")[0] == "government"
    # on one day the later entry wins
    assert on("sheikh-saeed", "2016-12-12") == ("government", 21)
    assert on("mogambo", "2016-12-12") == ("government", 22)
    assert on("old-city", "2016-12-13") == ("government", 20)
    assert on("mashhad", "2016-12-13") == ("unknown", None)
    assert on("mashhad", "2016-12-14") == ("rebels", 9)
    assert on("ithaa", "2016-12-11") == ("government", 23)


def test_seed_map_layer(seed_control: pd.DataFrame, gazetteer: Gazetteer) -> None:
    days = [f"2016-12-{d}" for d in range(10, 16)]
    data = control_layer_data(seed_control, control_timeline(seed_control, days), gazetteer)
    json.dumps(data, allow_nan=False)  # JSON-ready, no NaN
    assert data["days"] == days
    assert [item["controller"] for item in data["legend"]] == list(CONTROLLERS)
    assert data["missing"] == []
    by_id = {p["id"]: p for p in data["places"]}
    # (not Aleppo, of which the seed says only that rebels held a part)
    assert set(by_id) == set(seed_control.loc[seed_control["extent"] == "whole", "place_id"])

    kallaseh = by_id["kallaseh"]  # a polygon in the gazetteer
    assert kallaseh["approximate"] is False
    assert kallaseh["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert kallaseh["controller"] == ["unknown"] * 3 + ["government"] * 3
    assert kallaseh["statement"][:3] == [None] * 3
    shown = kallaseh["statements"][kallaseh["statement"][3]]
    assert (shown["entry"], shown["controller"]) == (14, "government")
    assert "newly captured" in shown["evidence"]

    mogambo = by_id["mogambo"]  # only a point in the gazetteer: an approximate circle
    assert mogambo["approximate"] is True
    assert mogambo["radius_m"] == pytest.approx(1400.0)
    ring = mogambo["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1]
    assert len(ring) > 16
    place = gazetteer.get("mogambo")
    half_height_m = (max(p[1] for p in ring) - min(p[1] for p in ring)) / 2 * 111_320
    assert half_height_m == pytest.approx(1400, rel=0.01)
    centre = (
        sum(p[0] for p in ring[:-1]) / (len(ring) - 1),
        sum(p[1] for p in ring[:-1]) / (len(ring) - 1),
    )
    assert centre == pytest.approx((place.lon, place.lat), abs=1e-5)

    # larger first, so that smaller places are drawn on top
    areas = [p["radius_m"] or 0 for p in data["places"] if p["approximate"]]
    assert areas == sorted(areas, reverse=True)


# --------------------------------------------------------------------------- other wordings


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Syrian opposition fighters seized the Hanano neighborhood on Dec. 1.",
            [("hanano", "rebels", "captured")],
        ),
        (
            "Pro-regime militia seized Sheikh Maqsoud after heavy fighting.",
            [("sheikh-maqsoud", "government", "captured")],
        ),
        (
            "Hanano fell to government forces after a week of shelling.",
            [("hanano", "government", "captured")],
        ),
        (
            "Kurdish YPG fighters took control of Sheikh Maqsoud on Dec. 2.",
            [("sheikh-maqsoud", "kurdish", "captured")],
        ),
        (
            "Islamic State militants withdrew from al-Bab.",
            [("al-bab", "unknown", "lost")],
        ),
        (
            "Islamic State militants withdrew from al-Bab as Turkish-backed rebels advanced.",
            [("al-bab", "rebels", "lost")],
        ),
        (
            "Smoke rises over the IS-held town of al-Bab.",
            [("al-bab", "islamic_state", "held")],
        ),
        (
            "Fighters rest in Sheikh Maqsoud, held by Kurdish forces, on Dec. 3.",
            [("sheikh-maqsoud", "kurdish", "held")],
        ),
        (
            "Children play in the opposition-controlled Salah ad-Din district.",
            [("salah-ad-din", "rebels", "held")],
        ),
        (
            "Loyalist troops have recaptured Salah ad-Din from insurgents.",
            [("salah-ad-din", "government", "captured")],
        ),
        (
            "Hanano was retaken by the Syrian army on Nov. 27.",
            [("hanano", "government", "captured")],
        ),
        (
            "Government forces besieged rebels in Bustan al-Qasr.",
            [("bustan-al-qasr", "rebels", "besieged")],
        ),
        (
            "The fighting for Salah ad-Din raged on Dec. 15.",
            [("salah-ad-din", "contested", "contested")],
        ),
        (
            "A man walks in Hanano, a rebel stronghold, on Nov. 20.",
            [("hanano", "rebels", "held")],
        ),
        (
            "Government soldiers hand out bread to children in the newly captured Hanano "
            "neighborhood.",
            [("hanano", "government", "captured")],
        ),
        (
            "Smoke rises over the former rebel-held district of Hanano, near the "
            "government-held Mogambo neighborhood.",
            [("hanano", "unknown", "lost"), ("mogambo", "government", "held")],
        ),
        (
            "Assad forces entered Hanano on Nov. 26.",
            [("hanano", "government", "captured")],
        ),
    ],
)
def test_other_wordings(
    gazetteer: Gazetteer, caption: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _statements(gazetteer, caption) == expected


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Government forces recaptured Hanano, Sakhour and Haydariyeh on Nov. 27.",
            [
                ("hanano", "government", "captured"),
                ("haydariyeh", "government", "captured"),
                ("sakhour", "government", "captured"),
            ],
        ),
        (
            "Syrian troops recaptured Hanano and Sakhour from rebels.",
            [("hanano", "government", "captured"), ("sakhour", "government", "captured")],
        ),
        (
            "Children play in the rebel-held districts of Sukkari and Fardos.",
            [("fardos", "rebels", "held"), ("sukkari", "rebels", "held")],
        ),
        (
            "Children play in the rebel-held Sukkari and Fardos neighbourhoods.",
            [("fardos", "rebels", "held"), ("sukkari", "rebels", "held")],
        ),
        (
            "The fighting for Salah ad-Din and Sukkari raged on Dec. 15.",
            [("salah-ad-din", "contested", "contested"), ("sukkari", "contested", "contested")],
        ),
        # not an enumeration: a comma without a closing "and", or a place with its own words
        (
            "Government forces captured Hanano, Sukkari residents said.",
            [("hanano", "government", "captured")],
        ),
        (
            "Smoke over the rebel-held Sukkari and the government-held Fardos.",
            [("sukkari", "rebels", "held"), ("fardos", "government", "held")],
        ),
        (
            "Children play in the rebel-held Sukkari, then walk to Fardos.",
            [("sukkari", "rebels", "held")],
        ),
    ],
)
def test_a_statement_about_an_enumeration_holds_for_each_place(
    gazetteer: Gazetteer, caption: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _statements(gazetteer, caption) == expected


def test_fell_to_and_stated_date(gazetteer: Gazetteer) -> None:
    table = control_table(
        events_of(gazetteer, "Residents return to Hanano, which fell to the army on Nov. 27.")
    )
    assert table[["place_id", "controller", "action", "date", "date_source"]].values.tolist() == [
        ["hanano", "government", "captured", "2016-11-27", "clause"]
    ]
    assert table["evidence"].iloc[0] == "Hanano, which fell to the army on Nov. 27"


@pytest.mark.parametrize(
    ("caption", "date", "date_source"),
    [
        # a capture of another year than the gallery's: a past event, not the caption's day
        ("Residents say IS fighters had seized the town of Manbij in 2014.", "", "past"),
        ("Rebels captured al-Bab in early 2013 and held it until the jihadists came.", "", "past"),
        # the gallery's own year: the caption's day
        (
            "Kurdish-led fighters took Manbij in 2016 after a two-month siege.",
            "2016-12-13",
            "caption",
        ),
    ],
)
def test_a_capture_dated_by_a_year_alone(
    gazetteer: Gazetteer, caption: str, date: str, date_source: str
) -> None:
    table = control_table(events_of(gazetteer, caption))
    assert table[["date", "date_source"]].values.tolist() == [[date, date_source]]


def test_retreat_records_the_retreating_side(gazetteer: Gazetteer) -> None:
    table = control_table(events_of(gazetteer, "Islamic State militants withdrew from al-Bab."))
    row = table.iloc[0]
    assert (row["from_controller"], row["controller"]) == ("islamic_state", "unknown")


def test_capture_from_names_the_loser(gazetteer: Gazetteer) -> None:
    table = control_table(
        events_of(gazetteer, "Syrian troops captured Hanano from rebel fighters on Nov. 26.")
    )
    row = table.iloc[0]
    assert (row["controller"], row["from_controller"], row["date"]) == (
        "government",
        "rebels",
        "2016-11-26",
    )


def test_a_control_phrase_does_not_spread(gazetteer: Gazetteer) -> None:
    caption = (
        "Residents of the rebel-held Sukkari neighborhood flee to the government-held "
        "Mogambo neighborhood, passing through Fardos."
    )
    assert _statements(gazetteer, caption) == [
        ("sukkari", "rebels", "held"),
        ("mogambo", "government", "held"),
    ]


def test_rebel_held_part_of_a_city_is_not_the_city(gazetteer: Gazetteer) -> None:
    # a statement of extent "part" (the rebels hold part of the city), never of the whole city
    for caption in (
        "Syrians leave a rebel-held area of Aleppo on Dec. 13.",
        "Smoke in a rebel-held neighborhood of Aleppo.",
        # the parts of a city the gazetteer writes with their modifier
        "Rebels celebrate the breaking of the siege of rebel-held areas of Aleppo.",
    ):
        table = control_table(events_of(gazetteer, caption))
        assert table[["place_id", "controller", "extent"]].values.tolist() == [
            ["aleppo", "rebels", "part"]
        ], caption
        assert control_timeline(table).empty, caption


@pytest.mark.parametrize(
    "caption",
    [
        "Government forces attempted to retake Bustan al-Qasr on Dec. 10.",
        "Rebels failed to capture Hanano.",
        "Pro-government forces sought to seize Sheikh Saeed.",
        "It is unclear whether the army recaptured Hanano.",
        "Rebels reportedly captured Hanano on Nov. 2.",
        "State media claimed the army had recaptured Hanano.",
        "Government forces have not captured Sheikh Saeed.",
        "Pro-government forces advance in the Jisr al-Haj neighbourhood.",
        "A woman from Sukkari walks past a damaged mosque.",
        "Syrian civilians flee Sukkari towards safer rebel-held areas in Aleppo.",
        "Turkish troops entered al-Bab.",
        "Children play in the newly captured Hanano neighborhood.",
        "Turkish troops and rebels walk in the newly captured al-Bab.",
        "Government forces fire towards positions held by rebels in Hanano.",
        "A soldier carries a woman after government forces took control over the "
        "neighborhood in Aleppo.",
        # the arrival place is never what "the area" refers back to
        "Residents arrive in Aleppo's Fardos neighborhood after troops retook the area.",
        # "they" cannot resolve when both sides were named before it
        "Rebels and government forces met in Hanano after they captured the area.",
    ],
)
def test_no_claim(gazetteer: Gazetteer, caption: str) -> None:
    assert _statements(gazetteer, caption) == []


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # out of a side's control or hands: the side loses it
        (
            "Rebels man a checkpoint in the Sukkari neighbourhood of Aleppo, which slipped out "
            "of regime control in July after fighting between rebels and the army.",
            [("sukkari", "rebels", "lost")],
        ),
        (
            "Smoke over Hanano, which had fallen out of the hands of the army in 2012.",
            [("hanano", "unknown", "lost")],
        ),
        # ending a siege: the side that ends it holds the place relieved
        (
            "Pro-government fighters broke the three-year siege of Nubl and Zahraa on Feb. 3 "
            "and moved into both towns.",
            [("nubl", "government", "held"), ("zahraa", "government", "held")],
        ),
        # a side that holds, controls, keeps a place; a relative subject
        (
            "Syrian troops now control all of Hanano, the army said.",
            [("hanano", "government", "held")],
        ),
        (
            "A Kurdish fighter of the YPG, which holds Sheikh Maqsoud, walks past sandbags.",
            [("sheikh-maqsoud", "kurdish", "held")],
        ),
        # driven out
        (
            "SDF fighters drove out IS jihadists from Manbij on Aug. 12.",
            [("manbij", "kurdish", "captured")],
        ),
        (
            "Kurdish fighters stand guard in Manbij, weeks after IS militants were driven out "
            "of the town.",
            [("manbij", "kurdish", "lost")],
        ),
        (
            "Government forces pushed rebels out of Hanano.",
            [("hanano", "government", "captured")],
        ),
        # the rebel enclave of X; X, a rebel enclave
        (
            "Smoke rises over the last rebel enclave of Sukkari.",
            [("sukkari", "rebels", "held")],
        ),
        (
            "Rescuers search rubble in Fardos, a rebel enclave, after an air strike.",
            [("fardos", "rebels", "held")],
        ),
        # in the regime-controlled west (of Aleppo: the west side is held too)
        (
            "Children walk to school in the Furqan neighbourhood, in the regime-controlled west "
            "of Aleppo.",
            [("furqan", "government", "held"), ("west-aleppo", "government", "held")],
        ),
        # "it" refers back to the one place named before it
        (
            "A baker reopens his shop in the Hanano district, to which he returned after "
            "troops recaptured it.",
            [("hanano", "government", "captured")],
        ),
        # under the control of
        (
            "A boy rides a bicycle in Jarabulus, now under the control of Turkish-backed rebels.",
            [("jarabulus", "rebels", "held")],
        ),
        (
            "Residents return to Sakhour, which came back under government control on Nov. 28.",
            [("sakhour", "government", "captured")],
        ),
        # liberated, overran, lost to
        (
            "Soldiers pose in the newly liberated Sheikh Saeed district.",
            [("sheikh-saeed", "government", "captured")],
        ),
        (
            "IS jihadists overran Safira in 2013, the monitor said.",
            [("safira", "islamic_state", "captured")],
        ),
        (
            "A view of Manbij, which was lost to IS jihadists in January 2014.",
            [("manbij", "islamic_state", "captured")],
        ),
        (
            "Rebels lost Sheikh Saeed to pro-government forces on Dec. 12.",
            [("sheikh-saeed", "government", "lost")],
        ),
        # positions held by a side in a town
        (
            "Turkish-backed rebels fire at positions held by IS in al-Bab.",
            [("al-bab", "islamic_state", "held")],
        ),
        # a capture named by its noun, as a past event
        (
            "Traders reopen shops in Sukkari weeks after the army's recapture of Hanano.",
            [("hanano", "government", "captured")],
        ),
        (
            "Kurdish residents celebrate the fall of Manbij to SDF fighters.",
            [("manbij", "kurdish", "captured")],
        ),
        # an apposition with a passive: "X, an area controlled by rebels"
        (
            "Medics work in a field hospital in Sukkari, an area held by rebels.",
            [("sukkari", "rebels", "held")],
        ),
    ],
)
def test_more_wordings_of_control(
    gazetteer: Gazetteer, caption: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _statements(gazetteer, caption) == expected


@pytest.mark.parametrize(
    "caption",
    [
        # hedged or negated
        "It was unclear whether Hanano had slipped out of government control.",
        "Rebels could not break the siege of Nubl and Zahraa.",
        "Kurdish fighters did not drive IS out of Manbij, contrary to earlier reports.",
        "Hanano, which is no longer under rebel control, lies in ruins.",
        "Sukkari may fall out of rebel hands within days, a commander said.",
        # words of the rules with another meaning
        "Rebel commanders hold a news conference in Atarib.",
        "Soldiers keep watch in Sheikh Saeed as buses leave.",
        "The army lost several soldiers in Sukkari on Sunday.",
        "Rebels ended their siege of Nubl under the deal.",
        "Sukkari came under heavy government shelling on Sunday.",
        "Families shelter under government protection in Jibreen.",
        "Rebels drove an ambulance out of Sukkari.",
        # "it" is not always a place
        "A soldier walks past a mosque in Hanano. Troops seized it on Monday.",
        "Residents fled from Sukkari to Fardos before the army captured it.",
        # a part of a place, several sides, a position near a place, a district of a city
        "Government forces captured Hanano's main square on Monday.",
        "Hanano, under the control of Kurdish and rebel forces, was calm.",
        "Kurdish fighters shell positions held by IS near Manbij.",
        "Government forces fire at areas held by rebels in Hanano.",
        # a capture noun that is no past event, or with no side
        "Rebels vowed to prevent the capture of Sukkari by the army.",
        "Residents fear the fall of Sukkari to the army within days.",
        "Rebels mourn the fall of Hanano.",
        "Smoke over Hanano, a district captured last week.",
    ],
)
def test_no_claim_from_the_new_wordings(gazetteer: Gazetteer, caption: str) -> None:
    assert _statements(gazetteer, caption) == []


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a side named with its abbreviation, its backer, "Syrian" or as "the Kurds"
        (
            "Fighters of the Kurdish People's Protection Units (YPG) seized control of Tal "
            "Rifaat on Monday.",
            [("tall-rifaat", "kurdish", "captured")],
        ),
        (
            "US-backed rebels captured Manbij after a two-month battle.",
            [("manbij", "rebels", "captured")],
        ),
        (
            "A boy queues for bread in Masharqa, a district controlled by the Syrian regime.",
            [("masharqa", "government", "held")],
        ),
        ("YPG fighters took Tal Rifaat overnight.", [("tall-rifaat", "kurdish", "captured")]),
        (
            "Kurdish and Arab fighters of the SDF overran Manbij last week.",
            [("manbij", "kurdish", "captured")],
        ),
        (
            "Smoke rises over the YPG/PKK-held town of Tal Rifaat.",
            [("tall-rifaat", "kurdish", "held")],
        ),
        (
            "Men sweep a street in Sakhour, which remains under the control of the Syrian Armed "
            "Forces.",
            [("sakhour", "government", "held")],
        ),
        # a day, a backer, allies or an apposition between the subject and its verb
        (
            "Kurdish forces on Monday seized the town of Tal Rifaat.",
            [("tall-rifaat", "kurdish", "captured")],
        ),
        (
            "Free Syrian Army fighters backed by Turkish tanks retook al-Bab from the jihadists.",
            [("al-bab", "rebels", "captured")],
        ),
        (
            "Syrian troops and allied militias recaptured the Old City on Wednesday.",
            [("old-city", "government", "captured")],
        ),
        (
            "The Syrian Democratic Forces, an alliance led by the YPG, took full control of "
            "Manbij on Friday.",
            [("manbij", "kurdish", "captured")],
        ),
        # a gerund after "after": the sentence's side took the place
        (
            "FSA fighters celebrate in al-Bab after taking control of the town from Islamic State.",
            [("al-bab", "rebels", "captured")],
        ),
        (
            "SDF fighters raise their flag in Manbij after driving Islamic State militants out of "
            "the town.",
            [("manbij", "kurdish", "captured")],
        ),
        # other verbs of control
        (
            "Government forces imposed full control over Hanano on Saturday.",
            [("hanano", "government", "captured")],
        ),
        ("Syrian rebels are now in control of Jarabulus.", [("jarabulus", "rebels", "held")]),
        (
            "Turkish-backed rebels dislodged Islamic State militants from Dabiq on Sunday.",
            [("dabiq", "rebels", "captured")],
        ),
        (
            "Syrian troops wrested back control of Ansari from the last rebels.",
            [("ansari", "government", "captured")],
        ),
        # the stronghold named before the place, without "of"
        (
            "Turkish tanks shell the Islamic State stronghold al-Bab from the west.",
            [("al-bab", "islamic_state", "held")],
        ),
        (
            "A soldier stands in Maskanah, the last major IS-held town in Aleppo province.",
            [("maskanah", "islamic_state", "held")],
        ),
        # in a side's hands; under a side's control
        (
            "Men carry sandbags in Bustan al-Qasr, which remained in the hands of rebels.",
            [("bustan-al-qasr", "rebels", "held")],
        ),
        (
            "A woman crosses from Bustan al-Qasr, which is under the rebels' control, to Masharqa.",
            [("bustan-al-qasr", "rebels", "held")],
        ),
        (
            "Smoke over Manbij - under Islamic State control since 2014 - during an SDF assault.",
            [("manbij", "islamic_state", "held")],
        ),
        # a degree word that describes the place, not the holding
        (
            "A man walks in the partly destroyed Sukkari district, under rebel control since 2012.",
            [("sukkari", "rebels", "held")],
        ),
        # taken from a side: that side lost it
        (
            "Men cheer in al-Bab, which was liberated from Islamic State on Thursday.",
            [("al-bab", "unknown", "lost")],
        ),
        (
            "Kurdish fighters rest in Manbij, recaptured from Islamic State jihadists on Friday.",
            [("manbij", "kurdish", "captured")],
        ),
        (
            "A soldier stands amid ruins in Aleppo's Hamdaniyeh district after troops seized it "
            "from rebel fighters.",
            [("hamdaniyeh", "government", "captured")],
        ),
        (
            "Turkish-backed rebels pray after the recapture of Dabiq from Islamic State.",
            [("dabiq", "rebels", "captured")],
        ),
        # the end of a siege named with its besieger
        (
            "Syrian troops broke the Islamic State's siege of Kuweires airbase on Tuesday.",
            [("kuweires-airbase", "government", "held")],
        ),
        (
            "Pro-government fighters broke the siege imposed on Nubl and Zahraa by rebel groups.",
            [("nubl", "government", "held"), ("zahraa", "government", "held")],
        ),
        # a name the gazetteer writes with its modifier
        (
            "Civilians leave rebel-held east Aleppo on foot.",
            [("east-aleppo", "rebels", "held")],
        ),
        # "their forces", "its fighters": the side named before
        (
            "Kurdish YPG fighters rest in Sheikh Maqsoud after their forces regained the district.",
            [("sheikh-maqsoud", "kurdish", "captured")],
        ),
        # the words between a verb and its place
        (
            "Turkish-backed rebels seized control of the Syrian border town of Jarabulus.",
            [("jarabulus", "rebels", "captured")],
        ),
        (
            "For three years, Islamic State militants controlled the border town of Jarabulus.",
            [("jarabulus", "islamic_state", "held")],
        ),
    ],
)
def test_wordings_of_agency_captions(
    gazetteer: Gazetteer, caption: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _statements(gazetteer, caption) == expected


@pytest.mark.parametrize(
    "caption",
    [
        # words of control with another meaning
        "Rebel fighters hold a position in Sheikh Saeed on Monday.",
        "Families held a funeral in Hanano for three men killed by shelling.",
        "Kurdish officials held a press conference in Sheikh Maqsoud.",
        "A soldier took a photo of the ruins in Hanano.",
        "Residents took shelter in a basement in Sukkari during the air strikes.",
        "Rebel commanders took part in talks on the evacuation of Sukkari.",
        "The blast in Salaheddine was captured on camera by a resident.",
        "An orchestra retook the stage in Aleppo's Jamiliyeh district after five years.",
        "The hospital in Sukkari is under the control of doctors from a charity.",
        "Workers cleared rubble from the streets of Hanano.",
        "A volunteer in Sukkari holds a baby in her hands.",
        "Soldiers held their positions in Hanano overnight.",
        # what a side means, tries or fails to do
        "Rebels threatened to take Nubl and Zahraa within days.",
        "Kurdish forces aim to capture al-Bab before Turkish-backed rebels reach it.",
        "Government troops launched an attempt to retake Sheikh Saeed on Sunday.",
        "Rebels failed to take the artillery academy in Ramouseh.",
        "Pro-government forces have not captured Sheikh Saeed, a monitor said.",
        "The army hopes to recapture Hanano within a week.",
        # partial (a share in percent is a statement of part of the place, extent "part": see
        # test_control_parts23.py)
        "More than half of al-Bab was still under Islamic State control, a monitor said.",
        "Islamic State militants controlled much of Manbij until this week.",
        # two sides named together, a backer alone, a gerund of another thing
        "Turkish troops and Syrian rebels entered Jarabulus on Wednesday.",
        "US-backed forces walk through Manbij as residents return.",
        "Residents returned to Hanano after driving their cars out of Sukkari.",
        # "it" after "seized" without the side it was taken from; a part of a city
        "A soldier stands amid ruins in Aleppo's Dahiyat al-Assad district, weeks after troops "
        "seized it.",
        # a place that names people or a thing; a place after a preposition is no subject
        "Rebels took Hanano residents to a field hospital.",
        "Government forces held Hanano residents for questioning.",
        "Rebels in Sukkari are under the control of the Nusra Front.",
        # Kurdish civilians who fled a town are no side that lost it
        "Kurds who fled Kobani wait at the Turkish border.",
        "Russian military police entered Hanano on Friday.",
        # a phrase after "the areas of X" / "the outskirts of X" speaks of those parts
        "Government forces retook the areas of west Aleppo taken by rebels last month.",
        "Smoke rises over the outskirts of Hanano held by rebels.",
        "Kurdish fighters seized the Sheikh Maqsoud youth centre from rebels.",
        # a report the caption itself doubts
        "A rebel commander denied that the army had regained Sheikh Saeed.",
    ],
)
def test_no_claim_from_false_friends(gazetteer: Gazetteer, caption: str) -> None:
    assert _statements(gazetteer, caption) == []


def test_troops_breaking_the_siege_of_a_site_hold_it(gazetteer: Gazetteer) -> None:
    # the garrison held the prison through the siege; the troops who broke it hold it after
    caption = "Syrian troops broke a year-long siege of the Aleppo central prison on Thursday."
    assert _statements(gazetteer, caption) == [("aleppo-central-prison", "government", "held")]


def test_the_area_refers_to_the_place_fled_not_the_arrival(gazetteer: Gazetteer) -> None:
    caption = (
        "Syrian residents, fleeing violence in the restive Bustan al-Qasr neighborhood, arrive "
        "in Aleppo's Fardos neighborhood on Dec. 13, after regime troops retook the area from "
        "rebel fighters."
    )
    assert _statements(gazetteer, caption) == [("bustan-al-qasr", "government", "captured")]


def test_anaphor_in_the_next_sentence(gazetteer: Gazetteer) -> None:
    caption = (
        "Soldiers rest at the Hanano neighborhood, Nov. 28. The army recaptured the "
        "neighborhood on Nov. 27 following clashes with rebels."
    )
    table = control_table(events_of(gazetteer, caption))
    assert table[["place_id", "controller", "date"]].values.tolist() == [
        ["hanano", "government", "2016-11-27"]
    ]


# --------------------------------------------------------------------------- find_control


def test_find_control_on_hand_made_mentions() -> None:
    text = "Smoke billows from the former rebel-held district of Bustan al-Qasr in Aleppo."
    start = text.index("Bustan")
    found = find_control(
        text, [ControlMention("bustan-al-qasr", start, start + len("Bustan al-Qasr"))]
    )
    assert [(s.controller, s.action, s.from_controller) for s in found] == [
        ("unknown", "lost", "rebels")
    ]


def test_find_control_former_holder_loses_to_the_other_side_named() -> None:
    text = (
        "Smoke billows from the former rebel-held district of Bustan al-Qasr, during an "
        "operation by Syrian government forces."
    )
    start = text.index("Bustan")
    found = find_control(text, [ControlMention("bustan-al-qasr", start, start + 14)])
    assert [(s.controller, s.action) for s in found] == [("government", "lost")]


def test_find_control_needs_a_mention() -> None:
    assert find_control("Government forces captured the area.", []) == []
    assert find_control("", [ControlMention("x", 0, 1)]) == []


_WORDS = st.sampled_from(
    [
        "rebel-held", "government", "forces", "captured", "the", "area", "Hanano", "fell",
        "to", "rebels", "they", "retook", ",", ".", "on", "Dec.", "12", "IS", "from",
        "withdrew", "held", "by", "neighborhood", "newly", "not", "besieged", "clashes", "in",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_find_control_on_any_text_quotes_the_text(words: list[str]) -> None:
    text = " ".join(words)
    mentions = [
        ControlMention("hanano", m.start(), m.end(), precision="neighbourhood")
        for m in re.finditer("Hanano", text)
    ]
    for s in find_control(text, mentions, date="2016-12-13", gallery_date=GALLERY_DATE):
        assert text[s.evidence_start : s.evidence_end] == s.evidence
        assert s.controller in CONTROLLERS
        assert s.place_id == "hanano"


# --------------------------------------------------------------------------- tables


def test_control_table_reads_only_located_rows_and_checks_columns(
    gazetteer: Gazetteer,
) -> None:
    events = events_of(
        gazetteer,
        "Government forces captured the area.",  # no place: unlocated
        "",
        "Smoke over the government-held Mogambo neighborhood.",
    )
    table = control_table(events)
    assert table[["entry", "place_id"]].values.tolist() == [[3, "mogambo"]]
    with pytest.raises(AleppomapError, match="caption"):
        control_table(events.drop(columns=["caption"]))
    empty = control_table(events.iloc[:0])
    assert tuple(empty.columns) == STATEMENT_COLUMNS
    assert empty.empty


def _statement_rows(*rows: tuple[str, str, str, str, int]) -> pd.DataFrame:
    records = []
    for place_id, date, controller, action, entry in rows:
        record = dict.fromkeys(STATEMENT_COLUMNS, "")
        record.update(
            place_id=place_id,
            place=place_id.title(),
            date=date,
            controller=controller,
            action=action,
            entry=entry,
            evidence=f"evidence {entry}",
            gallery="g",
            evidence_start=0,
            evidence_end=10,
        )
        records.append(record)
    return pd.DataFrame(records, columns=list(STATEMENT_COLUMNS))


def test_timeline_last_known_controller() -> None:
    statements = _statement_rows(
        ("a", "2016-12-12", "government", "captured", 4),
        ("a", "2016-12-10", "rebels", "held", 1),
        ("a", "2016-12-14", "unknown", "besieged", 6),  # names no holder: does not count
        ("a", "2016-12-15", "unknown", "lost", 7),  # the holder left: unknown again
        ("b", "", "rebels", "held", 2),  # no date: cannot be placed on the slider
    )
    days = ["2016-12-09", "2016-12-10", "2016-12-11", "2016-12-12", "2016-12-14", "2016-12-15"]
    tl = control_timeline(statements, days, places=["c"])
    a = tl[tl["place_id"] == "a"]
    assert a["controller"].tolist() == [
        "unknown",
        "rebels",
        "rebels",
        "government",
        "government",
        "unknown",
    ]
    assert pd.isna(a["entry"].iloc[0])
    assert a["entry"].tolist()[1:] == [1, 1, 4, 4, 7]
    assert a["evidence"].tolist()[3] == "evidence 4"
    assert tl[tl["place_id"] == "b"]["controller"].tolist() == ["unknown"] * len(days)
    assert tl[tl["place_id"] == "c"]["controller"].tolist() == ["unknown"] * len(days)
    assert tl["place_id"].tolist() == ["a"] * 6 + ["b"] * 6 + ["c"] * 6


def test_timeline_days_default_to_the_statement_days() -> None:
    statements = _statement_rows(
        ("a", "2016-12-12", "government", "captured", 4),
        ("a", "2016-12-10", "rebels", "held", 1),
    )
    tl = control_timeline(statements)
    assert tl["day"].tolist() == ["2016-12-10", "2016-12-12"]
    assert tl["controller"].tolist() == ["rebels", "government"]


def test_layer_for_a_place_missing_from_the_gazetteer(gazetteer: Gazetteer) -> None:
    statements = _statement_rows(
        ("not-a-place", "2016-12-12", "government", "captured", 4),
        ("hanano", "2016-12-12", "rebels", "held", 5),
    )
    data = control_layer_data(statements, control_timeline(statements), gazetteer)
    assert data["missing"] == ["not-a-place"]
    assert [p["id"] for p in data["places"]] == ["hanano"]
    assert data["places"][0]["controller"] == ["rebels"]
    assert data["places"][0]["statement"] == [0]


# --------------------------------------------------------------------------- the pre-check


def _caption_strings() -> list[str]:
    """Every caption-like string literal of this module (a sentence of four words or more)."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    found = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and len(node.value.split()) >= 4
        and node.value[:1].isupper()
        and "\n" not in node.value
    }
    return sorted(found)


def test_the_pre_check_changes_no_statement(
    seed_events: gpd.GeoDataFrame, gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The statements are the same when the rules' pre-check lets every caption through."""
    from benchmarks.synth import generate

    captions = _caption_strings()
    assert len(captions) > 50, "the captions of this module"
    bench = Path(__file__).parents[1] / "benchmarks" / "accuracy_control" / "captions.jsonl"
    bench_captions = [json.loads(line)["caption"] for line in bench.read_text("utf-8").splitlines()]
    corpora = {
        "seed": seed_events,
        "this module's captions": events_of(gazetteer, *captions),
        "the accuracy benchmark's captions": events_of(gazetteer, *bench_captions),
        "synthetic": locate(generate(3000, seed=5, gazetteer=gazetteer).entries, gazetteer),
    }
    for name, events in corpora.items():
        checked = control_table(events)
        asked: list[str] = []

        def always(text: str, asked: list[str] = asked) -> bool:
            asked.append(text)
            return True

        with monkeypatch.context() as patch:
            patch.setattr(lexicon, "may_state_control", always)
            everything = control_table(events)
        assert asked, "the rules ask the pre-check"
        assert len(everything), name
        pd.testing.assert_frame_equal(checked, everything, obj=name)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        (
            "Government forces pushed rebels out of Hanano on Nov. 26.",
            [("hanano", "government", "captured")],
        ),
        (
            "Syrian troops forced rebels out of Hanano.",
            [("hanano", "government", "captured")],
        ),
        ("Rebels were evicted from Hanano.", [("hanano", "unknown", "lost")]),
        (
            "Smoke over the rebel-run Hanano neighborhood.",
            [("hanano", "rebels", "held")],
        ),
        ("A man walks in Hanano, a rebel district.", [("hanano", "rebels", "held")]),
        ("A man walks in Hanano, an IS enclave.", [("hanano", "islamic_state", "held")]),
    ],
)
def test_every_rule_word_reaches_the_rules(
    gazetteer: Gazetteer, caption: str, expected: list[tuple[str, str, str]]
) -> None:
    assert lexicon.may_state_control(caption)
    assert _statements(gazetteer, caption) == expected


@pytest.mark.parametrize(
    "word",
    [
        "pushed",
        "forced",
        "drove",
        "expelled",
        "were evicted",
        "were driven out",
        "rebel-run",
        "rebel-dominated",
        "took over",
        "took full control of",
        "laid siege to",
        "has fallen",
        "front line",
        "contested",
        ", a rebel district",
        ", the former government-held area",
        ", an IS stronghold",
        "slipped out of government control",
        "fell out of regime hands",
        "now hold all of",
        "controls",
        "kept",
        "ended the siege of",
        "broke the IS siege of",
        "lost",
        "lost control of",
        "under the control of",
        "under government control",
        "the rebel enclave of",
        "positions held by IS in",
        "after the army's recapture of",
        "the fall of",
        "were driven out of",
        "was expelled from",
        "liberated",
        "overran",
    ],
)
def test_the_pre_check_accepts_each_rule_word(word: str) -> None:
    for text in (f"Residents said {word} today", f"RESIDENTS SAID {word.upper()} TODAY"):
        assert lexicon.may_state_control(text), text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(lexicon.TRIGGERS).flatmap(lambda t: st.from_regex(t, fullmatch=True)))
@example("progovernment\x85ẖ\x85village\x85of")
def test_the_pre_check_accepts_every_trigger_phrase(phrase: str) -> None:
    # (a letter whose capital is two characters, as "ẖ" → "H̱", that a trigger's \w lets in,
    # is written in capitals by no caption: the phrase is then tried as generated only)
    capitals = all(len(c.upper()) == 1 for c in phrase)
    forms = (phrase, phrase.upper(), phrase.upper().replace("I", "İ")) if capitals else (phrase,)
    for written in forms:
        assert lexicon.may_state_control(f"Smoke, {written} today."), written


@pytest.mark.parametrize(
    "written",
    ["kontrol altına", "KONTROL ALTINA", "Kontrol Altına", "KONTROL ALTİNA"],
)
def test_the_pre_check_finds_a_turkish_trigger_with_its_dotless_i(written: str) -> None:
    # (the caption is folded to "altina": the trigger must be folded the same way)
    assert lexicon.may_state_control(f"Smoke, {written} today.")


@pytest.mark.parametrize(
    "caption",
    [
        "A woman walks past a damaged mosque.",
        "Children play in the Hanano neighborhood, a busy district.",
        "Residents walk through the streets of the old city.",
    ],
)
def test_the_pre_check_rejects_captions_without_a_rule_word(caption: str) -> None:
    assert not lexicon.may_state_control(caption)
