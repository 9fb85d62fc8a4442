"""Control clauses in Urdu, read by the world rules from the world tables (``lexicon.WORLD_SIDES``,
``WORLD_TAKE_VERBS``, ``WORLD_TR_HELD_BEFORE``, ``WORLD_TR_HELD_AFTER``): a holding before the
place, its side before it ("کرد ملیشیا *کے زیر انتظام* علاقہ X", "باغیوں *کے زیر کنٹرول* شہر
X"), a holding after it ("X باغیوں *کے قبضے میں* ہے"), and a capture, the place before its verb
("سرکاری فوج نے X *پر قبضہ کر لیا*", "باغیوں نے X *کا کنٹرول* ... *سنبھال لیا*"). Sides: باغی
(rebels), سرکاری / شامی فوج (the government), کرد ملیشیا (the Kurdish forces). An attempt, a
negation, fighting, villages near the place, and a foreign army alone ("ترک فوج") state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "ur_held_before",
        "بچے کرد ملیشیا کے زیر انتظام علاقہ تل رفات۔",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "ur_held_before",
        "کرد ملیشیا کے زیر انتظام شہر منبج میں بچے۔",
        [("manbij", "kurdish", "held")],
    ),
    ("ur_held_before", "باغیوں کے زیر کنٹرول شہر اعزاز میں بچے۔", [("azaz", "rebels", "held")]),
    ("ur_held_after", "عفرین باغیوں کے قبضے میں ہے۔", [("afrin", "rebels", "held")]),
    ("ur_take", "سرکاری فوج نے عفرین پر قبضہ کر لیا۔", [("afrin", "government", "captured")]),
    (
        "ur_take_control",
        "باغیوں نے عفرین کا کنٹرول مکمل طور پر سنبھال لیا۔",
        [("afrin", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("ur_attempt", "سرکاری فوج عفرین پر قبضہ کرنے کی کوشش کر رہی ہے۔"),
    ("ur_fighting", "عفرین میں باغیوں اور سرکاری فوج کے درمیان لڑائی جاری ہے۔"),
    ("ur_not", "باغیوں نے عفرین پر قبضہ نہیں کیا۔"),
    ("ur_near", "باغیوں کے زیر کنٹرول اعزاز کے قریب دیہات۔"),
    ("ur_foreign_army", "ترک فوج نے عفرین کا کنٹرول کرد ملیشیا سے چھین لیا۔"),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
