"""Control clauses in Dutch, read by the world rules from the world tables: holdings after and
before
the place ("in handen van de rebellen", "gecontroleerd door regeringstroepen", "het door rebellen
gecontroleerde Oost-Aleppo", "een bolwerk van IS"), captures in the past and with the participle at
the clause's end ("heroverde", "heeft Aleppo heroverd", "ingenomen"), passives with their agent
("werd ingenomen door regeringstroepen"), a place freed from a side ("bevrijd van IS") and the
sides' names ("door Turkije gesteunde rebellen", "het Turkse leger en Syrische rebellen"). A foreign
army alone, a negation ("niet meer in handen van"), a wish, an aim, a report ("zou") and fighting
in a place state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a siege said before the place, its besieger's side before the participle
    (
        "nl_siege",
        "Kinderen in het door regeringstroepen belegerde Oost-Aleppo.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "nl_states",
        "De wijk Hanano is al sinds 2012 in handen van de rebellen.",
        [("hanano", "rebels", "held")],
    ),
    (
        "nl_states",
        "De wijk Hanano wordt gecontroleerd door regeringstroepen.",
        [("hanano", "government", "held")],
    ),
    (
        "nl_states",
        "Kinderen in het door rebellen gecontroleerde Oost-Aleppo.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "nl_states",
        "Manbij is in handen van de Syrische Democratische Strijdkrachten.",
        [("manbij", "kurdish", "held")],
    ),
    ("nl_states", "Jarabulus, een bolwerk van IS.", [("jarabulus", "islamic_state", "held")]),
    (
        "nl_states",
        "Het Syrische leger heeft Aleppo heroverd.",
        [("aleppo", "government", "captured")],
    ),
    (
        "nl_states",
        "Regeringstroepen hebben Aleppo volledig heroverd.",
        [("aleppo", "government", "captured")],
    ),
    (
        "nl_states",
        "Het leger heroverde zondag de wijk Hanano in Aleppo.",
        [("hanano", "government", "captured")],
    ),
    (
        "nl_states",
        "Regeringstroepen veroverden de wijk Hanano in Aleppo.",
        [("hanano", "government", "captured")],
    ),
    (
        "nl_states",
        "De wijk Hanano werd zaterdag ingenomen door regeringstroepen.",
        [("hanano", "government", "captured")],
    ),
    (
        "nl_states",
        "De wijk Hanano in Aleppo is heroverd door het Syrische leger.",
        [("hanano", "government", "captured")],
    ),
    (
        "nl_states",
        "Manbij werd bevrijd door Koerdische strijders.",
        [("manbij", "kurdish", "captured")],
    ),
    ("nl_states", "Manbij, bevrijd van IS, zondag.", [("manbij", "unknown", "lost")]),
    (
        "nl_states",
        "Door Turkije gesteunde rebellen hebben Afrin ingenomen.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "nl_states",
        "Het Turkse leger en Syrische rebellen hebben Afrin ingenomen.",
        [("afrin", "rebels", "captured")],
    ),
    ("nl_states", "Rebellen hebben Aleppo ingenomen.", [("aleppo", "rebels", "captured")]),
    # a side's part of a city: its compound ("het rebellendeel van X") or its participle before
    # the part ("de door rebellen gecontroleerde helft van X")
    ("nl_part", "Kinderen in het rebellendeel van Aleppo.", [("aleppo", "rebels", "held", "part")]),
    (
        "nl_part",
        "Kinderen in de door rebellen gecontroleerde helft van Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "nl_part",
        "Een markt in het door het leger gecontroleerde gedeelte van Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("nl_none", "Het Turkse leger heeft Afrin ingenomen."),
    ("nl_none", "Aleppo is niet meer in handen van het regime."),
    ("nl_none", "Het leger wil Aleppo heroveren."),
    ("nl_none", "De rebellen lanceerden een offensief om Aleppo te heroveren."),
    ("nl_none", "Het leger zou de wijk Hanano in Aleppo hebben ingenomen."),
    ("nl_none", "Het leger heeft Hanano nog niet heroverd."),
    ("nl_none", "Gevechten in de wijk Hanano in Aleppo."),
    ("nl_none", "Koerdische strijders in Kobani."),
    ("nl_none", "Regeringstroepen rukken op naar Azaz."),
    ("nl_none17", "Kinderen in het oostelijke deel van Aleppo."),
    ("nl_none17", "Kinderen in de verwoeste helft van Aleppo."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_clauses_through() -> None:
    for _, caption, _ in STATES:
        assert lexicon.may_state_control(caption), caption
