"""Control clauses in Polish, read by the world rules from the world tables: the sides' names
("syryjska armia", "siły rządowe", "rebelianci", "wspierani przez Turcję rebelianci", "Kurdowie",
"Państwo Islamskie"), holdings after the place ("pod kontrolą Kurdów", "kontrolowane przez
rebeliantów", "w rękach rebeliantów"), captures ("odbiła", "zajęli", "odbita przez"). A foreign
army ("turecka armia"), a negation, an attempt, fighting in a place and a mere presence state
nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    ("pl_states", "Syryjska armia odbiła Aleppo.", [("aleppo", "government", "captured")]),
    (
        "pl_states",
        "Siły rządowe odbiły dzielnicę Hanano w Aleppo.",
        [("hanano", "government", "captured")],
    ),
    ("pl_states", "Manbidż jest pod kontrolą Kurdów.", [("manbij", "kurdish", "held")]),
    (
        "pl_states",
        "Wschodnie Aleppo kontrolowane przez rebeliantów.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "pl_states",
        "Wspierani przez Turcję rebelianci zajęli Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    ("pl_states", "Dzielnica Hanano w rękach rebeliantów.", [("hanano", "rebels", "held")]),
    (
        "pl_states",
        "Dzielnica Hanano odbita przez syryjską armię.",
        [("hanano", "government", "captured")],
    ),
    (
        "pl_states",
        "Manbidż pod kontrolą Państwa Islamskiego.",
        [("manbij", "islamic_state", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("pl_none", "Turecka armia zajęła Afrin."),
    ("pl_none", "Walki w Aleppo trwają."),
    ("pl_none", "Syryjska armia próbuje odbić Aleppo."),
    ("pl_none", "Aleppo nie jest już pod kontrolą rebeliantów."),
    ("pl_none", "Rebelianci w Aleppo."),
    ("pl_none", "Uchodźcy z Afrinu w niedzielę."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_clauses_through() -> None:
    for _, caption, _ in STATES:
        assert lexicon.may_state_control(caption), caption
