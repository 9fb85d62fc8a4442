"""Control statements in the wordings of agency captions and reports, by kind of wording.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways: the wording that states
control, and the near wordings that state none.
"""

from __future__ import annotations

from aleppomap.control import find_control
from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, statements_of, table_of

STATES: list[tuple[str, str, list[Statement]]] = [
    # a report attributed to its source is a statement, wherever the source stands
    (
        "attributed",
        "State television said troops had taken full control of Hanano on Saturday.",
        [("hanano", "government", "captured")],
    ),
    (
        "attributed",
        "Government forces recaptured Sheikh Saeed overnight, a war monitor said.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "attributed",
        "According to the Observatory, Kurdish fighters seized Sheikh Maqsoud on Sunday.",
        [("sheikh-maqsoud", "kurdish", "captured")],
    ),
    (
        "attributed",
        "Turkish-backed rebels announced that they had taken full control of al-Bab.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "attributed",
        "The army said it had recaptured Sheikh Saeed after days of street fighting.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "attributed",
        "A YPG commander told reporters that its fighters had regained Sheikh Maqsoud.",
        [("sheikh-maqsoud", "kurdish", "captured")],
    ),
    # a subject set off by commas or dashes before its verb
    (
        "set_off_subject",
        "Government forces, backed by Russian air strikes and Iranian-backed militias, "
        "retook Hanano on Saturday.",
        [("hanano", "government", "captured")],
    ),
    (
        "set_off_subject",
        "The Syrian Democratic Forces — an alliance of Kurdish and Arab militias — took "
        "control of Manbij on Friday.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "set_off_subject",
        "FSA units, part of the operation backed by Ankara, captured Dabiq on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "set_off_subject",
        "The SDF, a coalition of Kurdish, Arab and Assyrian rebel groups, took control of "
        "Tall Rifaat.",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    (
        "enumeration",
        "Government forces have retaken all of Dahiyat al-Assad and the nearby village of "
        "Nubl, a monitor said.",
        [("dahiyat-al-assad", "government", "captured"), ("nubl", "government", "captured")],
    ),
    # a plural verb after an enumeration: each place is its subject
    (
        "coordinated",
        "Hanano and Sakhour are still under rebel control.",
        [("hanano", "rebels", "held"), ("sakhour", "rebels", "held")],
    ),
    (
        "coordinated",
        "Nubl and Zahraa were retaken by government forces on Wednesday.",
        [("nubl", "government", "captured"), ("zahraa", "government", "captured")],
    ),
    # "the first district to fall"
    (
        "first_to_fall",
        "Hanano was the first neighbourhood to fall into rebel hands in 2012.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "first_to_fall",
        "Masaken Hanano was the first district the rebels took in the summer of 2012.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "first_to_fall",
        "Sakhour, the first neighbourhood that was captured by government forces in the "
        "offensive, lies north of Hanano.",
        [("sakhour", "government", "captured")],
    ),
    # the names of the sides
    (
        "side_names",
        "Islamist forces seized Ramouseh on Saturday.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "side_names",
        "Jaysh al-Fatah fighters stormed Ramouseh after a car bomb.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "side_names",
        "Fateh al-Sham fighters took control of Ramouseh on Saturday.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "side_names",
        "Ahrar al Sham fighters overran Ramouseh overnight.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "side_names",
        "Arab and Kurd fighters took control of Manbij on Saturday.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "side_names",
        "The armed forces retook full control of Hanano, the state broadcaster said.",
        [("hanano", "government", "captured")],
    ),
    # a place said to be a side's holding
    (
        "predicate",
        "Al-Bab was the last IS stronghold in Aleppo province.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "predicate",
        "Jarabulus is a major IS-held town on the border with Turkey.",
        [("jarabulus", "islamic_state", "held")],
    ),
    (
        "predicate",
        "Azaz, one of the last strongholds of the Levant Front, lies near the border.",
        [("azaz", "rebels", "held")],
    ),
    (
        "predicate",
        "Fighters head for Jarabulus, a town under IS control on the border.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # the place held before a capture is the one taken from, not a second statement
    (
        "holder_in_object",
        "Government forces recaptured the rebel-held Hanano district on Monday.",
        [("hanano", "government", "captured")],
    ),
    (
        "holder_in_object",
        "Turkish-backed rebels seized the IS stronghold of al-Bab on Thursday.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "holder_in_object",
        "The army captured Dayr Hafir, a major IS stronghold east of Aleppo.",
        [("dayr-hafir", "government", "captured")],
    ),
    # a holding that is no capture's object stands
    (
        "holder_in_object",
        "Troops captured ground around the IS-held town of al-Bab.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "holder_in_object",
        "Residents took refuge in the rebel-held Hanano district.",
        [("hanano", "rebels", "held")],
    ),
    # words before the place: "the strategically important district of X"
    (
        "object_words",
        "Pro-government forces overran the strategically important district of Ramouseh.",
        [("ramouseh", "government", "captured")],
    ),
    (
        "object_words",
        "Rebels seized the residential district of Ramouseh in early August.",
        [("ramouseh", "rebels", "captured")],
    ),
    # a success that states the capture; almost full control; a retreat forced
    (
        "success",
        "Rebel fighters were able to take control of Ramouseh on Saturday.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "success",
        "Government troops managed to recapture Sheikh Saeed after three days.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "success",
        "Turkish-backed rebels have seized nearly total control of al-Bab.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "success",
        "Kurdish-led forces forced IS to retreat from Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    # a siege said with "under"; a name of a side written with "Al " for "al-"
    (
        "under_siege",
        "Nubl and Zahraa have been under rebel siege since 2012.",
        [("nubl", "government", "besieged"), ("zahraa", "government", "besieged")],
    ),
    (
        "under_siege",
        "Soldiers man the walls of Kuweires airbase, under siege by IS for two years.",
        [("kuweires-airbase", "unknown", "besieged")],
    ),
    (
        "side_names",
        "Forces loyal to President Bashar Al Assad took control of Salah ad-Din.",
        [("salah-ad-din", "government", "captured")],
    ),
    # contested since, changed hands, clashing with a side in a place
    (
        "contested",
        "Aleppo, Syria's second city, has been contested since 2012.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "contested",
        "Khanasir, which has changed hands several times, lies on the supply road.",
        [("khanasir", "contested", "contested")],
    ),
    (
        "contested",
        "Troops were clashing with rebels for control of Sukkari on Monday.",
        [("sukkari", "contested", "contested")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a report the caption itself doubts or that is denied
    ("attributed", "Rebels claimed they had captured Hanano, but the army denied it."),
    ("attributed", "A rebel commander denied that Sheikh Saeed had fallen to the army."),
    ("attributed", "Rebels reportedly seized Ramouseh on Saturday."),
    ("attributed", "State media said the army was advancing inside Hanano."),
    # a purpose is no capture: the place is what the side wants, not what it holds
    ("purpose", "Government forces launched an offensive to drive IS out of al-Bab."),
    ("purpose", "The SDF began an operation to capture Manbij on May 31."),
    ("purpose", "Rebels launched a campaign last year to take al-Bab from the jihadists."),
    ("success", "Rebels were unable to take control of Ramouseh."),
    # "jihadists" alone names no side (IS or the Nusra Front); foreign armed forces
    ("side_names", "Jihadists seized Hanano on Friday."),
    ("side_names", "Turkish Armed Forces entered Jarabulus on Wednesday."),
    # a part, a backer of another thing, an object that is not the place
    ("partial", "Rebels still held part of Ramouseh, a monitor said."),
    ("partial", "About half of al-Bab remains under IS control, the Observatory said."),
    ("partial", "Monitors said 70 per cent of Sakhour was under the control of the army."),
    ("coordinated", "Residents of Hanano and Sakhour said the area was quiet."),
    ("predicate", "Al-Bab is a town of some 60,000 people north-east of Aleppo."),
    ("first_to_fall", "Hanano was the first neighbourhood residents returned to."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_holder_before_a_capture_is_the_side_it_was_taken_from(
    gazetteer: Gazetteer,
) -> None:
    table = table_of(gazetteer, "Government forces recaptured the rebel-held Hanano district.")
    assert table[["place_id", "controller", "from_controller"]].values.tolist() == [
        ["hanano", "government", "rebels"]
    ]


def test_a_joint_subject_of_two_sides_states_nothing(gazetteer: Gazetteer) -> None:
    caption = "Kurdish fighters, the army and Hezbollah, retook Hanano."
    assert statements_of(gazetteer, caption) == []


def test_find_control_reads_the_new_kinds_on_hand_made_mentions() -> None:
    from aleppomap.control import ControlMention

    text = "Hanano was the first neighbourhood to fall into rebel hands."
    found = find_control(text, [ControlMention("hanano", 0, 6, place="Hanano")])
    assert [(s.place_id, s.controller, s.action, s.rule) for s in found] == [
        ("hanano", "rebels", "captured", "post")
    ]
