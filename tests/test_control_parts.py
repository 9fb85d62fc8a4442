"""Parts of a place: a side holds part of a place the gazetteer names whole.

"a rebel-held area of Aleppo", "the IS-held western neighbourhoods of Manbij", "an area
controlled by forces loyal to the president, in Aleppo", "Manbij's western districts are held by
IS", "parts of al-Bab controlled by IS": a statement on the containing place with ``extent``
``part`` (the side holds part of it; the rest is not said). The control timeline and the map
read only ``whole`` statements, so they stay as they were; where the part is itself a place of
the gazetteer ("the rebel-held eastern part of Aleppo": East Aleppo) the statement is of that
place, whole.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

import json

import pandas as pd

from aleppomap.control import STATEMENT_COLUMNS, control_table, control_timeline
from aleppomap.control.tables import whole_statements
from aleppomap.gazetteer import Gazetteer
from aleppomap.timeline.control_layer import control_layer_data
from aleppomap.timeline.payload import control_payload
from control_cases import Extent, control_case_tests, events_of

PARTS: list[tuple[str, str, list[Extent]]] = [
    # a holding modifier before the part, "of" or "in" and the place
    (
        "modifier_part_of",
        "Children play football in a rebel-held area of Aleppo on Tuesday.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "modifier_part_of",
        "Buses wait in the government-controlled part of Aleppo to take civilians away.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "modifier_part_of",
        "A boy sits in the IS-held western neighbourhoods of Manbij on Friday.",
        [("manbij", "islamic_state", "held", "part")],
    ),
    (
        "modifier_part_of",
        "Medics work in an opposition-controlled part of the city of Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "modifier_part_of",
        "Smoke rises over the rebel-held neighbourhoods in Aleppo after an air raid.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "modifier_part_of",
        "A man pushes a cart through the regime-held sector of Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "modifier_part_of",
        "People queue for water in an Islamic State-controlled neighbourhood of Manbij.",
        [("manbij", "islamic_state", "held", "part")],
    ),
    # one part of a region of the city: a part of the region
    (
        "modifier_part_of",
        "Air strikes hit a rebel-held district in eastern Aleppo.",
        [("east-aleppo", "rebels", "held", "part")],
    ),
    # a part held by a side, its place after "in"
    (
        "part_held_by",
        "A flag flies in an area controlled by forces loyal to President Bashar al-Assad, in "
        "Aleppo, on Monday.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "part_held_by",
        "A bakery reopens in a district held by the Kurdish YPG in Aleppo.",
        [("aleppo", "kurdish", "held", "part")],
    ),
    (
        "part_held_by",
        "Mortars hit parts controlled by rebels in Aleppo overnight.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # the place before, its parts held after it
    (
        "possessive_part",
        "Manbij's western districts are held by Islamic State militants.",
        [("manbij", "islamic_state", "held", "part")],
    ),
    (
        "part_of_held_by",
        "Smoke rises over parts of al-Bab controlled by IS.",
        [("al-bab", "islamic_state", "held", "part")],
    ),
    # a part the gazetteer names is a place of its own: a whole statement of it
    (
        "named_part",
        "A man rides a bicycle through the rebel-held eastern part of Aleppo.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "named_part",
        "Smoke rises over rebel-held eastern Aleppo.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    # a side's positions in a town stay a holding of the town, as before
    (
        "named_part",
        "Smoke rises over areas held by IS in Manbij.",
        [("manbij", "islamic_state", "held", "whole")],
    ),
]

PARTS_NONE: list[tuple[str, str]] = [
    # a former holding, a part taken from its holder
    ("not_held", "Families fled the formerly rebel-held areas of Aleppo."),
    ("not_held", "Government forces retook the rebel-held districts of Aleppo on Monday."),
    # no side, or no part of the place
    ("not_held", "Civilians fled the besieged areas of Aleppo."),
    ("not_part", "An area controlled by rebels near Aleppo was hit by air strikes."),
    ("not_part", "Smoke rises over rebel-held areas west of Aleppo."),
    # an aim, a claim, two sides
    ("hedged", "Rebels hope to control more areas in Aleppo soon."),
    ("hedged", "Rebels claimed that parts of al-Bab are held by IS."),
    ("hedged", "Rebels say they may soon take areas held by IS in Aleppo."),
    ("joint", "Mortars hit areas controlled by rebels and government forces in Aleppo."),
    ("joint", "Fighting raged in areas of Aleppo held by rebels and the army."),
]


test_states, test_states_none, test_pre_check = control_case_tests(PARTS, PARTS_NONE)


# --------------------------------------------------------------------------- the tables


def _gallery(gazetteer: Gazetteer) -> pd.DataFrame:
    return control_table(
        events_of(
            gazetteer,
            "Children play in a rebel-held area of Aleppo.",
            "Government troops recaptured Hanano on Dec. 12.",
            "Manbij's western districts are held by Islamic State militants.",
        )
    )


def test_extent_is_the_last_column_and_whole_by_default(gazetteer: Gazetteer) -> None:
    table = _gallery(gazetteer)
    assert STATEMENT_COLUMNS[-1] == "extent"
    assert tuple(table.columns) == STATEMENT_COLUMNS
    assert dict(zip(table["place_id"], table["extent"], strict=True)) == {
        "aleppo": "part",
        "hanano": "whole",
        "manbij": "part",
    }


def test_the_timeline_and_the_map_read_whole_statements_only(gazetteer: Gazetteer) -> None:
    table = _gallery(gazetteer)
    days = ["2016-12-12", "2016-12-13"]
    timeline = control_timeline(table, days)
    assert set(timeline["place_id"]) == {"hanano"}
    pd.testing.assert_frame_equal(timeline, control_timeline(whole_statements(table), days))
    layer = control_layer_data(table, timeline, gazetteer)
    assert [p["id"] for p in layer["places"]] == ["hanano"]
    json.dumps(layer, allow_nan=False)
    # the map's payload, from the statements or from the events, the same
    events = events_of(gazetteer, "Children play in a rebel-held area of Aleppo.")
    assert control_payload(events, gazetteer) is None
    assert control_payload(events, gazetteer, statements=control_table(events)) is None


def test_a_table_made_before_the_extent_column_still_draws(gazetteer: Gazetteer) -> None:
    table = _gallery(gazetteer)
    old = whole_statements(table).drop(columns="extent").reset_index(drop=True)
    assert whole_statements(old) is old
    events = events_of(gazetteer, "Government troops recaptured Hanano on Dec. 12.")
    payload = control_payload(events, gazetteer, statements=old)
    assert payload is not None
    assert payload == control_payload(events, gazetteer, statements=whole_statements(table))
