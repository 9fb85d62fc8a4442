"""Control clauses in Romanian, read by the world rules from the world tables
(``lexicon.WORLD_SIDES``, ``WORLD_TAKE_VERBS``, ``WORLD_HOLD_VERBS``, ``WORLD_HELD_AFTER``,
``WORLD_TAKEN_BY``, ``WORLD_FELL_AFTER``, ``WORLD_BESIEGED_BY``): the verbs of a side that takes
or holds ("armata siriană *a recucerit* X", "rebelii *au recucerit* X", "*au preluat controlul
asupra* X", "rebelii *controlează* X"), a holding after the place ("X, *controlat de* rebeli",
"X, aflat *sub controlul* rebelilor"), an area held before its city ("zona *controlată de*
rebeli *din* X"), the passive with its agent ("X, *eliberat de* forțele kurde"), a fall ("X *a
căzut în mâinile* Statului Islamic") and a siege ("X, *asediat de* rebeli"). Sides: rebelii /
rebeli (rebels), forțele guvernamentale / armata siriană (the government), Statul Islamic,
forțele kurde. An attempt, an aim ("pentru a recuceri"), a negation, fighting, a place near, a
former stronghold ("fostul bastion") state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    ("ro_take_verb", "Rebelii au recucerit orașul Azaz.", [("azaz", "rebels", "captured")]),
    (
        "ro_take_verb",
        "Armata siriană a recucerit cartierul Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "ro_take_control",
        "Forțele guvernamentale au preluat controlul asupra cartierului Hanano.",
        [("hanano", "government", "captured")],
    ),
    ("ro_hold_verb", "Rebelii controlează orașul Azaz.", [("azaz", "rebels", "held")]),
    (
        "ro_held_after",
        "Cartierul Hanano, controlat de rebeli, a fost bombardat.",
        [("hanano", "rebels", "held")],
    ),
    (
        "ro_held_after",
        "Locuitori în orașul Azaz, aflat sub controlul rebelilor.",
        [("azaz", "rebels", "held")],
    ),
    (
        "ro_part_before",
        "Locuitori în zona controlată de rebeli din Alep.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "ro_passive_agent",
        "Copii în orașul Manbij, eliberat de forțele kurde.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "ro_fell",
        "Locuitori în orașul Manbij, care a căzut în mâinile Statului Islamic.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "ro_besieged",
        "Copii în orașul Nubl, asediat de rebeli.",
        [("nubl", "government", "besieged")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("ro_attempt", "Forțele guvernamentale încearcă să recucerească orașul Azaz."),
    ("ro_fighting", "Lupte între rebeli și forțele guvernamentale în orașul Azaz."),
    ("ro_not", "Rebelii nu controlează orașul Azaz."),
    ("ro_aim", "Armata siriană a lansat o ofensivă pentru a recuceri orașul Azaz."),
    ("ro_near", "Locuitori în satele de lângă orașul Azaz controlate de rebeli."),
    ("ro_former", "Cartierul Hanano, fostul bastion al rebelilor."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
