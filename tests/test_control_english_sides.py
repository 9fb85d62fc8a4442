"""English wordings of a side's holding and captures read since issue 14 (round b): a
nationality before the holder ("the northern Syrian rebel-held town of X"), a quarter said to
lie in a side's part of its city ("the X neighbourhood of the rebel-held part of eastern
Aleppo", "X rebel-held sector of eastern Aleppo", "the X district on the government-held side
of the divided city"), a side's part of a neighbourhood ("a government-held part of Aleppo's X
neighbourhood": extent ``part``), a bearing that refers back to the part named before ("eastern
Aleppo ... the rebel-held east"), a siege by a named side whose defenders are named (else the
holder stays unknown), a foreign army's capture with its Syrian allies named after the place
("Turkish troops took X alongside Syrian rebels"), and a side that reports its own capture
("Kurds said they had taken X"); each kind with its negatives.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, table_of

STATES: list[tuple[str, str, list[Statement]]] = [
    # a nationality (and a bearing) before the holder of a "-held town of X"
    (
        "nationality_before_holder",
        "Displaced families reach the northern Syrian rebel-held town of Azaz on Monday.",
        [("azaz", "rebels", "held")],
    ),
    (
        "nationality_before_holder",
        "A boy rides a bicycle in the Syrian Kurdish-controlled town of Kobani.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "nationality_before_holder",
        "Trucks queue at a checkpoint outside the northern Syrian rebel-held town of al-Rai.",
        [("al-rai", "rebels", "held")],
    ),
    (
        "nationality_before_holder",
        "Smoke billows over the northeastern Syrian Islamic State-held town of Manbij.",
        [("manbij", "islamic_state", "held")],
    ),
    # a quarter in a side's part of its city: the quarter is the side's
    (
        "quarter_in_side_part",
        "Rescuers search the rubble in the Sukkari neighborhood of the rebel-held part of "
        "eastern Aleppo.",
        [("sukkari", "rebels", "held")],
    ),
    (
        "quarter_in_side_part",
        "A man pushes a cart through the Shaar district of the rebel-held east of Aleppo.",
        # (the side, with its article before its holder, is East Aleppo since round 17)
        [("east-aleppo", "rebels", "held"), ("shaar", "rebels", "held")],
    ),
    (
        "quarter_in_side_part",
        "Families wait for buses in the Bustan al-Qasr rebel-held sector of eastern Aleppo.",
        [("bustan-al-qasr", "rebels", "held")],
    ),
    (
        "quarter_in_side_part",
        "A clinic in the Midan neighbourhood on the government-controlled side of the divided "
        "city of Aleppo.",
        [("midan", "government", "held")],
    ),
    (
        "quarter_in_side_part",
        "A wounded woman is brought to a hospital in the Jamiliyah district on the "
        "government-held side of the divided northern Syrian city of Aleppo.",
        [("jamiliyeh", "government", "held")],
    ),
    # a side's part of a neighbourhood (extent "part", checked below)
    (
        "part_of_neighbourhood",
        "Residents in a government-held part of Aleppo's Salaheddin neighbourhood watch buses "
        "leave.",
        [("salah-ad-din", "government", "held")],
    ),
    (
        "part_of_neighbourhood",
        "Children play in the government-controlled part of the Sheikh Saeed district.",
        [("sheikh-saeed", "government", "held")],
    ),
    # a bearing that refers back to the part named before it
    (
        "bearing_anaphor",
        "A man is treated at a field clinic in eastern Aleppo as jets pounded neighborhoods in "
        "the rebel-held east on Friday.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "bearing_anaphor",
        "A woman shops in western Aleppo; rebel shells hit the government-held west on Sunday.",
        [("west-aleppo", "government", "held")],
    ),
    # a siege by a named side, with the side that fights it: the place is that side's
    (
        "siege_defenders",
        "Kurdish fighters defend Kobani, which is under siege by Islamic State forces.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "siege_defenders",
        "Kurdish YPG fighters hold the line in Kobani, which has been besieged by Islamic State "
        "militants for weeks.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "siege_defenders",
        "Rebel fighters battle on in eastern Aleppo, which is under siege by government forces.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "siege_defenders",
        "Smoke rises over Kobani, which is under siege by Islamic State forces, as Kurdish "
        "fighters defend it.",
        [("kobani", "kurdish", "besieged")],
    ),
    # no fighters named beside the siege, or of two sides: the holder stays unknown (but a
    # siege by IS of a place whose Kurdish people its sentence names is of a Kurdish-held place,
    # round 17: test_control_en_round17.py)
    (
        "siege_defenders",
        "Thousands of Kurdish people fled Kobani, which is under siege by Islamic State forces.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "siege_defenders",
        "Kurdish fighters and rebels fight on in Kobani, which is under siege by Islamic State "
        "forces.",
        [("kobani", "unknown", "besieged")],
    ),
    (
        "siege_defenders",
        "Rebels and Kurdish fighters clash near Nubl, which is under siege by rebels.",
        [("nubl", "unknown", "besieged")],
    ),
    # the besieger named after allies of no side's name, a relative with "where", a hedge of
    # the main clause only
    (
        "siege_by_allies",
        "Families wait to leave east Aleppo where had been under siege by Iran-backed militias "
        "and government forces.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "siege_by_allies",
        "Civilians try to flee Kobani, which has been under siege by local militias and Islamic "
        "State fighters.",
        [("kobani", "unknown", "besieged")],
    ),
    # a foreign army's capture with its Syrian allies named after the place: the allies'
    (
        "foreign_alongside",
        "Turkish troops took control of Afrin alongside Syrian rebels in March.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "foreign_alongside",
        "The Turkish army seized Tal Rifaat together with the Free Syrian Army.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "foreign_alongside",
        "Turkish forces captured Jarablus on Wednesday, backed by Turkish-backed rebels.",
        [("jarabulus", "rebels", "captured")],
    ),
    # a side that reports its own capture, "they" after "Kurds said"
    (
        "said_they",
        "Kurdish forces battled Islamic State fighters near Kobani on Tuesday, a day after Kurds "
        "said they had taken full control of the town.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "said_they",
        "Kurdish forces clashed with IS fighters outside Kobani, a monitor said, a day after "
        "Kurds announced that they had taken full control of the northern Syrian town.",
        [("kobani", "kurdish", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a nationality alone, or with fighters: no holding
    ("nationality_before_holder", "A Syrian rebel fighter rests in Azaz after clashes."),
    (
        "nationality_before_holder",
        "Kurdish-controlled areas were shelled, a Syrian Kurdish official said in Afrin.",
    ),
    # a side's part the quarter is not said to lie in
    (
        "quarter_in_side_part",
        "A man fled from Sukkari to the government-held side of the city on Thursday.",
    ),
    (
        "quarter_in_side_part",
        "Smoke rises over Bustan al-Qasr, seen from the rebel-held part of the city.",
    ),
    # "side of" a neighbourhood may say where another lies
    (
        "part_of_neighbourhood",
        "A boy carries water in Midan, on the rebel-held side of Salaheddine.",
    ),
    # a bearing with no part of that bearing named before it
    (
        "bearing_anaphor",
        "Residents of Hanano watch as smoke rises from the rebel-held east.",
    ),
    # a foreign army's entry, a fight, or fighters of no side: no capture
    ("foreign_alongside", "Turkish troops entered Afrin alongside Syrian rebels in March."),
    (
        "foreign_alongside",
        "Turkish soldiers took control of Jarablus on Wednesday with fighters from the area.",
    ),
    ("foreign_alongside", "Turkish forces shelled Afrin alongside Syrian rebels."),
    # two sides that say it, or Kurds that say something else
    (
        "said_they",
        "YPG fighters rest in Kobani, a day after rebels and Kurds said they had seized the town.",
    ),
    ("said_they", "Kurds say they fear for Kobani as Islamic State fighters close in."),
    # a siege hoped for, or no side named as besieger
    (
        "siege_by_allies",
        "Kurdish fighters defend Kobani, which Islamic State hopes to put under siege.",
    ),
    (
        "bearing_anaphor",
        "A man sells bread in eastern Aleppo. Jets later struck the rebel-held north of Idlib "
        "province.",
    ),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_a_sides_part_of_a_neighbourhood_is_a_part_statement(gazetteer: Gazetteer) -> None:
    parts = [c for k, c, _ in STATES if k == "part_of_neighbourhood"]
    table = table_of(gazetteer, *parts)
    assert table["extent"].tolist() == ["part"] * len(parts)
    wholes = [c for k, c, _ in STATES if k == "quarter_in_side_part"]
    assert set(table_of(gazetteer, *wholes)["extent"]) == {"whole"}
