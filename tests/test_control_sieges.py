"""Sieges in every language: the besieged place's holder read from its besieger.

A siege laid by the government (or its allied militias) is of a rebel-held place, one laid by
the rebels (or Nusra) of a government-held place, unless the caption names a defender or a third
side there; a siege by IS is of the place of the side named as defending it, else unknown
(``rules.besieged_holder``). "The siege imposed by regime forces on X / on the city" is a siege
too (not after a verb that breaks or ends it).

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

import pytest

from aleppomap.control.rules import besieged_holder
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a siege by the government side: the place is the rebels'
    (
        "by_government",
        "Civilians wait to leave east Aleppo where had been under siege by Iran-led Shiite "
        "militias and Assad regime forces.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "by_government",
        "Government forces besieged the Hanano district for weeks.",
        [("hanano", "rebels", "besieged")],
    ),
    (
        "by_government",
        "Una donna cammina tra le macerie di Aleppo est, assediata dalle forze governative.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "by_government",
        "政府軍が包囲するアレッポ東部で市民が食料の配給を待つ。",
        [("east-aleppo", "rebels", "besieged")],
    ),
    # a siege by the rebels: the place is the government's
    (
        "by_rebels",
        "Children play in Nubl, which has been under siege by rebel groups for three years.",
        [("nubl", "government", "besieged")],
    ),
    (
        "by_rebels",
        "Un uomo tra le rovine di Nubl, assediata dai ribelli da tre anni.",
        [("nubl", "government", "besieged")],
    ),
    (
        "by_rebels",
        "Moradores de Nubl, cercada pelos rebeldes há três anos, recebem ajuda.",
        [("nubl", "government", "besieged")],
    ),
    # the siege imposed by a side on a place, or on "the city" named before
    (
        "imposed",
        "Residents queue for bread in Aleppo because of the siege imposed by regime forces on "
        "the city.",
        [("aleppo", "rebels", "besieged")],
    ),
    (
        "imposed",
        "A boy walks in Nubl during the siege laid by rebel groups on the town, a monitor said.",
        [("nubl", "government", "besieged")],
    ),
    (
        "imposed",
        "Children wait for aid during the siege imposed by government forces on eastern Aleppo.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "imposed",
        "Prices soared in Hanano under the months-long siege imposed by government troops on the "
        "district.",
        [("hanano", "rebels", "besieged")],
    ),
    (
        "imposed_ar",
        "يعاني سكان حلب من نقص الغذاء بسبب الحصار الذي تفرضه قوات النظام على المدينة.",
        [("aleppo", "rebels", "besieged")],
    ),
    # a siege by IS: the defender named holds the place
    (
        "by_is_defended",
        "Des combattants kurdes défendent Kobané, assiégée par l'État islamique.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "by_is_defended",
        "Kurdish fighters hold out in Kobani, which remains under siege by Islamic State "
        "militants.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "by_is_defended_after",
        "Smoke rises over Kobani, which is under siege by Islamic State militants. Kurdish "
        "fighters defend the town street by street.",
        [("kobani", "kurdish", "besieged")],
    ),
    # ... and with none named, the holder is unknown
    (
        "by_is_undefended",
        "Smoke rises over Kobani, which is under siege by Islamic State militants. Kurdish "
        "refugees wait at the border.",
        [("kobani", "unknown", "besieged")],
    ),
    (
        "by_is_undefended",
        "Refugees from Kobani, which is under siege by Islamic State militants, reach Suruc.",
        [("kobani", "unknown", "besieged")],
    ),
    (
        "by_is_undefended",
        "イスラム国が包囲するコバニで戦闘が続いた。",
        [("kobani", "unknown", "besieged")],
    ),
    # a third side named: the Kurdish district besieged by rebels is not the government's
    (
        "third_side",
        "Residents of the Kurdish neighbourhood of Sheikh Maqsoud, besieged by rebel groups, "
        "queue for bread.",
        [("sheikh-maqsoud", "unknown", "besieged")],
    ),
    (
        "third_side",
        "Des enfants dans le quartier kurde de Cheikh Maqsoud, assiégé par les rebelles.",
        [("sheikh-maqsoud", "unknown", "besieged")],
    ),
    # a siege broken is the breaker's holding, not a siege
    (
        "broken",
        "Pro-government fighters broke the siege imposed by rebel groups on Nubl and Zahraa.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("broken_failed", "Rebels could not break the siege imposed by the army on eastern Aleppo."),
    ("no_siege", "Residents queue for bread in Aleppo, where prices have doubled."),
    # "the district" with two districts named before: no place to refer back to
    (
        "ambiguous_district",
        "Families moved from Hanano to Sakhour because of the siege imposed by regime forces on "
        "the district.",
    ),
    ("siege_feared", "Residents of Aleppo fear a siege by government forces."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


@pytest.mark.parametrize(
    ("besieger", "defenders", "third", "holder"),
    [
        ("government", [], False, "rebels"),
        ("rebels", [], False, "government"),
        ("rebels", [], True, "unknown"),
        ("islamic_state", [], False, "unknown"),
        ("islamic_state", ["kurdish"], False, "kurdish"),
        ("islamic_state", ["government"], True, "government"),
        ("islamic_state", ["kurdish", "rebels"], False, "unknown"),
        ("rebels", ["kurdish"], True, "kurdish"),
        ("kurdish", [], False, "unknown"),
    ],
)
def test_besieged_holder(besieger: str, defenders: list[str], third: bool, holder: str) -> None:
    assert besieged_holder(besieger, defenders, third_side=third) == holder
