"""English holdings and captures with words between their parts: adverbs, auxiliaries, the verb
of a declaration or a belief, quotes and a set-off phrase between the place and its holder ("X, a
town on the border, is now being controlled by rebels ..."), between a side and its verb ("the
SDF is 'in full control' of X", "forces loyal to the president declared full control over X",
"Damascus takes full control of X"), in a relative clause whose object is the place before it
("X to the east, which Kurdish fighters liberated from IS"), and contests said in an apposition
("X, a disputed district") or with a day between the fighting and the place ("fighting raged on
Sunday in X").

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways: three or more wordings
that state the holding or capture, and near misses that state none (a part of the place, a
doubt, a degree, two sides named together, an aim).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a participle and "by" its holder, fillers between the place and it
    (
        "held_by_now_being",
        "A boy rides a bicycle in Marea, a town north of Aleppo that is now being controlled "
        "by rebel fighters.",
        [("marea", "rebels", "held")],
    ),
    (
        "held_by_apposition_then_fillers",
        "The border town of Azaz, long a gateway for aid convoys, is still firmly held by "
        "Turkish-backed rebels.",
        [("azaz", "rebels", "held")],
    ),
    (
        "held_by_belief",
        "Akhtarin, 30 km north-east of Aleppo, is believed to be held by Islamic State militants.",
        [("akhtarin", "islamic_state", "held")],
    ),
    (
        "held_by_relative_fillers",
        "Families wait at a checkpoint outside Manbij, which is currently run by the Manbij "
        "Military Council.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "held_by_side_with_a_modifier",
        "Jarabulus, on the Euphrates, is now being controlled by rebels fighting against the "
        "Syrian government.",
        [("jarabulus", "rebels", "held")],
    ),
    # "under (the) (full) control of" and "in the hands of", with fillers and quotes
    (
        "under_control_declared_fully",
        "Aleppo was declared fully under control of the army last week, after the last buses "
        "left the eastern districts.",
        [("aleppo", "government", "held")],
    ),
    (
        "under_quoted_total_control",
        'Tal Rifaat remains under "total control" of the Kurdish YPG, a local official said.',
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "in_the_hands_of",
        "Al-Bab, a market town near the border, has been in the hands of the Islamic State "
        "group since January.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "listed_including_under_control",
        "Several towns, including Azaz, were also under the control of the Syrian opposition at "
        "the time.",
        [("azaz", "rebels", "held")],
    ),
    # a side's subject, fillers, then its verb and the place as its object
    (
        "declared_full_control_over",
        "Troops loyal to President Bashar al-Assad declared full control over Aleppo on Thursday.",
        [("aleppo", "government", "captured")],
    ),
    (
        "quoted_in_full_control_of",
        'The SDF is "in full control" of Manbij, a spokesman for the alliance said on Friday.',
        [("manbij", "kurdish", "held")],
    ),
    (
        "metonym_takes_full_control",
        "Damascus takes full control of Aleppo's Sheikh Maqsoud after Kurdish fighters leave",
        [("sheikh-maqsoud", "government", "captured")],
    ),
    (
        "officially_declared_full_control",
        "Kurdish-led forces have officially declared complete control over Kobani, ending a "
        "four-month siege.",
        [("kobani", "kurdish", "captured")],
    ),
    # a relative clause whose object is the place before it
    (
        "relative_after_bearing",
        "Turkey threatens to push on to the town of Manbij to the east, which Kurdish fighters "
        "liberated from IS in 2016.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "relative_hold",
        "Shelling hit the outskirts of Tal Rifaat, which the YPG still holds, on Tuesday.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "relative_after_apposition",
        "Civilians fled Khan Tuman, a village south of Aleppo, which rebels seized in May.",
        [("khan-tuman", "rebels", "captured")],
    ),
]

STATES += [
    # a contest in the place's apposition (not the scene of fighting: test_control_fighting.py)
    (
        "disputed_district",
        "Residents return to Sheikh Maqsoud, a disputed district of Aleppo, after a truce.",
        [("sheikh-maqsoud", "contested", "contested")],
    ),
]

STATES += [
    # "it" as the object, or a control taken with its object left out: the one place before
    (
        "seized_it_from",
        "Kurdish families fled Tal Rifaat on Monday after Turkish-backed rebels seized it from "
        "the SDF.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "took_control_no_object",
        "The men fought with the YPG in Afrin until the Syrian National Army took control in 2018.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "took_full_control_no_object",
        "Shops reopened in Manbij weeks after the SDF took full control in August.",
        [("manbij", "kurdish", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # an object left out with two places before it, or another object named
    ("two_places_before", "Residents fled Manbij and Jarabulus before IS took control."),
    ("other_object", "Rebels shelled Azaz, and the army took control of the road."),
    ("under_side_control", "About half of al-Bab remains under IS control, a monitor said."),
    # no contest: a scene of something else, fighting near the place, a doubted report
    ("scene_of_other", "Mourners gather in Khan Tuman, the scene of a funeral on Friday."),
    ("fighting_near", "Heavy fighting raged on Sunday near Marea, a local council member said."),
    ("doubted_fighting", "Activists claimed that fighting raged overnight in Marea."),
    # a part of the place, or people in it, under control: nothing of the place itself
    ("people_in_place", "Rebels in Sukkari are under the control of the Nusra Front."),
    (
        "parts_of_place",
        "The eastern neighbourhoods of Manbij are now under the control of Kurdish forces.",
    ),
    # a doubt or a degree
    ("reportedly_held", "Azaz, near the border, is reportedly held by Islamist rebels."),
    ("largely_controlled", "Marea is now largely controlled by rebel fighters."),
    ("partly_in_hands", "Al-Bab is still partly in the hands of the Islamic State group."),
    # two sides named together
    ("two_sides", "Kurdish and rebel forces are in full control of Tal Rifaat."),
    ("two_sides_held_by", "Azaz, near the border, is now held by rebels and Kurdish fighters."),
    # an aim, a negation
    ("aim", "Rebels hope to declare full control over Azaz by the end of the week."),
    ("negated", "Marea is no longer controlled by rebel fighters."),
    ("not_relative", "Civilians fled Khan Tuman, which rebels never held."),
    # the capital as a place, not as the government
    ("capital_as_place", "Buses from Damascus took families back to Aleppo's Sheikh Maqsoud."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_wordings_through() -> None:
    for words in (
        "is now being controlled by rebels",
        "was declared fully under control of the army",
        "has been in the hands of IS",
        "is believed to be held by IS",
        "is under the rule of the YPG",
    ):
        assert lexicon.may_state_control(f"Marea {words}"), words
    for words in ("declared full control over", 'is "in full control" of', "takes full control of"):
        assert lexicon.may_state_control(f"The army {words} Marea"), words
