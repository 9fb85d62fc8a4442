"""Fighting at a place is no control statement; a fight for its control, or a split, is one.

The convention (see ``lexicon.FIGHTING`` and the control section of docs/architecture.md):
"clashes in X", "heavy fighting between rebels and the army in X", "near the front line in X",
"X, where clashes were reported", "X, the scene of heavy fighting" say that fighting happened
there, not who holds it; readers of the captions do not count them, so the rules make no
statement. ``contested`` is kept where the caption says that control itself is fought over or
split: "the battle for (control of) X", "fighting for control of X", "X, divided between rebels
and the army", "the front line that divides X", "contested X", "X has changed hands".

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

CONTESTS: list[tuple[str, str, list[Statement]]] = [
    # a fight for the place's control
    (
        "battle_for_control",
        "Fighters rest in a basement during the battle for control of Sheikh Maqsoud.",
        [("sheikh-maqsoud", "contested", "contested")],
    ),
    (
        "fighting_for_control",
        "Rebels and government troops are fighting for control of Hanano, residents said.",
        [("hanano", "contested", "contested")],
    ),
    (
        "clashes_for_control",
        "Clashes between Kurdish fighters and rebels for control of Tal Rifaat went on all night.",
        [("tall-rifaat", "contested", "contested")],
    ),
    (
        "fighting_for",
        "The fighting for Sheikh Saeed entered its second week on Tuesday.",
        [("sheikh-saeed", "contested", "contested")],
    ),
    # a control split between sides
    (
        "divided_set_off",
        "Aleppo, divided between rebels and government forces since 2012, lies in ruins.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "split_set_off",
        "Al-Bab, long split between the army and the opposition, was shelled again.",
        [("al-bab", "contested", "contested")],
    ),
    (
        "divided_relative",
        "A boy plays in Aleppo, which has been divided between the regime and rebels.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "front_line_divides",
        "A sniper watches the front line that divides Aleppo from a rooftop.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "front_line_divides",
        "Fighters run across the frontline running through Sheikh Maqsoud.",
        [("sheikh-maqsoud", "contested", "contested")],
    ),
    (
        "front_line_divides",
        "Civilians cross the front line which cuts through Salah ad-Din at dawn.",
        [("salah-ad-din", "contested", "contested")],
    ),
    # said with its own word
    (
        "contested_word",
        "Residents return to contested Sheikh Saeed after a truce.",
        [("sheikh-saeed", "contested", "contested")],
    ),
    (
        "changed_hands",
        "Sheikh Saeed has changed hands several times since 2012.",
        [("sheikh-saeed", "contested", "contested")],
    ),
]

FIGHTING_ONLY: list[tuple[str, str]] = [
    # fighting in or at a place, with its parties or not
    ("clashes_in", "A rebel fighter takes cover during clashes in Aleppo on Monday."),
    (
        "clashes_with_in",
        "A rebel fighter takes cover during clashes with government troops in the Sheikh Saeed "
        "district of Aleppo.",
    ),
    (
        "fighting_between_in",
        "Civilians run for cover during heavy fighting between Kurdish fighters and rebels in "
        "Sheikh Maqsoud.",
    ),
    ("clashes_erupted_in", "Clashes erupted in Salah ad-Din and Sukkari on Dec. 15."),
    ("clashing_in", "Troops were clashing with rebels in Sukkari on Monday."),
    ("after_clashes_in", "Fighters rest after heavy clashes in the Mallah area north of Aleppo."),
    ("battles_with_in", "Mourners bury men killed in battles with IS militants in Manbij."),
    (
        "fighting_parties_brackets",
        "Heavy clashes erupted between the Free Syrian Army (FSA) and the Islamic State group "
        "(IS) in Akhtarin on Tuesday.",
    ),
    # a front line near or in the place
    (
        "front_line_in",
        "Rebels move to their positions near the front line against forces loyal to the "
        "president in Hanano.",
    ),
    ("front_line_of_place", "Soldiers fire from the Ramouseh front line on Sunday."),
    # fighting said after the place
    (
        "where_fighting",
        "Rebels lost the north of the city, with the exception of the Sheikh Kheder "
        "neighbourhood, where fierce clashes were reported on Monday.",
    ),
    (
        "scene_of_clashes",
        "Smoke rises over Khan Tuman, the scene of fierce clashes between rebels and the army.",
    ),
    (
        "fighting_raged_day_in",
        "Heavy fighting raged on Sunday in Sheikh Maqsoud between the SDF and Turkish-backed "
        "factions.",
    ),
    ("clashes_continued_in", "Clashes continued overnight inside Marea, a council member said."),
    # a fight for the place that is over, or only vowed
    ("after_fighting_for", "Families return to Hanano after the fighting for the district."),
    ("after_fighting_for", "Shops reopened in Sheikh Saeed after the fighting for Sheikh Saeed."),
    # a front line dividing a region of the city divides the city, not the region
    (
        "front_line_divides_region",
        "The front line that divides eastern and western Aleppo was quiet on Friday.",
    ),
]


test_states, test_states_none, test_pre_check = control_case_tests(CONTESTS, FIGHTING_ONLY)
