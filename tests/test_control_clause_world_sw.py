"""Control clauses in Swahili, read by the world rules from the world tables
(``lexicon.WORLD_SIDES``, ``WORLD_TAKE_VERBS``, ``WORLD_HOLD_VERBS``, ``WORLD_HELD_AFTER``,
``WORLD_TAKEN_BY``, ``WORLD_BESIEGED_BY``): the verbs of a side that takes or holds, built from
the subject prefixes (``lexicon.WORLD_SW_SUBJECT_PREFIXES``: "waasi *wameuteka* mji wa X",
"vikosi vya serikali *vimeuteka* X", "jeshi la Syria *limeukomboa* X", "*wamechukua udhibiti
wa* X", "waasi *wanadhibiti* X"), a holding after the place ("X *unaodhibitiwa na* waasi", "X
*chini ya udhibiti wa* waasi"), the passive with its agent ("X *ulitekwa na* waasi") and a siege
("X *uliozingirwa na* waasi"). Sides: waasi / wapiganaji wa upinzani (rebels), vikosi vya
serikali / wanajeshi wa serikali / jeshi la Syria (the government). An attempt, a capture of
parts or near the place, fighting, a past holding, kidnappers ("wateka nyara") state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "sw_take_verb",
        "Vikosi vya serikali vimeuteka mtaa wa Hanano Jumamosi.",
        [("hanano", "government", "captured")],
    ),
    ("sw_take_verb", "Waasi wameuteka mji wa Azaz.", [("azaz", "rebels", "captured")]),
    (
        "sw_take_verb",
        "Jeshi la Syria limeukomboa mji wa Manbij.",
        [("manbij", "government", "captured")],
    ),
    (
        "sw_take_control",
        "Wapiganaji wa upinzani wamechukua udhibiti wa mji wa Azaz.",
        [("azaz", "rebels", "captured")],
    ),
    ("sw_hold_verb", "Waasi wanadhibiti mji wa Azaz.", [("azaz", "rebels", "held")]),
    ("sw_held_after", "Mji wa Manbij unaodhibitiwa na waasi.", [("manbij", "rebels", "held")]),
    (
        "sw_held_after",
        "Watoto wanacheza katika mji wa Azaz ulio chini ya udhibiti wa waasi.",
        [("azaz", "rebels", "held")],
    ),
    (
        "sw_passive_agent",
        "Mji wa Azaz ulitekwa na waasi mwaka 2012.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "sw_besieged",
        "Mji wa Nubl uliozingirwa na waasi.",
        [("nubl", "government", "besieged")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("sw_parts", "Waasi wa Syria wateka sehemu za Aleppo."),
    ("sw_attempt", "Vikosi vya serikali vinajaribu kuuteka mji wa Azaz."),
    ("sw_fighting", "Mapigano kati ya waasi na vikosi vya serikali katika mji wa Azaz."),
    ("sw_near", "Waasi wameuteka vijiji karibu na mji wa Azaz."),
    ("sw_formerly", "Mji wa Azaz ulikuwa awali chini ya udhibiti wa waasi."),
    ("sw_kidnappers", "Wateka nyara walikamatwa katika mji wa Azaz."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
