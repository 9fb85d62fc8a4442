"""Control clauses in Russian and Ukrainian, read by the world rules from the world tables: the army
that takes or frees a place ("Сирийская армия освободила район X", "Сирійська армія звільнила"),
holdings after the place ("под контролем курдов", "контролируемый боевиками ИГ") and the Turkish-
backed factions ("протурецкие боевики"). A foreign army ("Турецкая армия взяла X"), fighting in a
place and an attempt state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "ru_states",
        "Сирийская армия освободила район Ханано в Алеппо.",
        [("hanano", "government", "captured")],
    ),
    (
        "ru_states",
        "Сирийская армия полностью освободила Алеппо.",
        [("aleppo", "government", "captured")],
    ),
    ("ru_states", "Манбидж находится под контролем курдов.", [("manbij", "kurdish", "held")]),
    ("ru_states", "Манбидж, контролируемый боевиками ИГ.", [("manbij", "islamic_state", "held")]),
    (
        "ru_states",
        "Протурецкие боевики взяли под контроль город Эль-Баб.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "ru_states",
        "Сирійська армія звільнила район Ханано в Алеппо.",
        [("hanano", "government", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("ru_none", "Турецкая армия взяла Африн."),
    ("ru_none", "Турецкие военные в Африне."),
    ("ru_none", "Бои в Алеппо продолжаются."),
    ("ru_none", "Сирийская армия пытается освободить Алеппо."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_clauses_through() -> None:
    for _, caption, _ in STATES:
        assert lexicon.may_state_control(caption), caption
