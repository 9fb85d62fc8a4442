"""Captures and holdings told through their agents, in the wordings of later agency copy.

A foreign army named with the Syrian side it takes places for ("Turkish troops and the Free
Syrian Army took X", "the FSA and Turkish forces liberated X and Y"), a capture noun owned by a
side or by a foreign army before an anaphor ("the rebels' capture of the town", "Turkey's
seizure of the town" where the caption names the Turkish-backed rebels) or written as a gerund
("their capturing of the town of X"), "its recapture from IS" (the place named before, taken by
the sentence's other side), a success told by its gerund ("succeeded in expelling IS from the
city"), a control declared in a gerund ("swept through X, announcing full control of the
village"), a siege ended, told by its noun or gerund ("the army's breaking of the siege imposed
on X"), a side's positions at a site ("government positions at the X air base"), and an aim to
take a place from a side ("in a bid to retake it from IS": that side holds it); each with its
negatives.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

AGENTS: list[tuple[str, str, list[Statement]]] = [
    # a foreign army with its Syrian co-agent: the co-agent's side takes the place
    (
        "foreign_co_agent",
        "Families return after Turkish Armed Forces and Free Syrian Army (FSA) took complete "
        "control of Afrin from YPG fighters on March 18, 2018.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "foreign_co_agent",
        "Residents wave as Turkish troops and the Free Syrian Army captured Jarablus from "
        "Islamic State on Wednesday.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "foreign_co_agent",
        "Soldiers ride a truck after the FSA and Turkish Armed Forces liberated Qabasin.",
        [("qabasin", "rebels", "captured")],
    ),
    (
        "foreign_co_agent",
        "Fighters rest after rebels and Turkish forces liberated the Qabasin and Tal Rifaat "
        "villages in the al-Bab district from Kurdish militias.",
        [("qabasin", "rebels", "captured"), ("tall-rifaat", "rebels", "captured")],
    ),
    (
        "foreign_co_agent",
        "Turkish forces and their Free Syrian Army allies took control of Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    # a capture noun owned by a side, its object an anaphor
    (
        "owned_noun",
        "Rebels rest in Marea. The rebels' capture of the town came after weeks of fighting.",
        [("marea", "rebels", "captured")],
    ),
    (
        "owned_noun",
        "Turkish-backed fighters drive through Jarablus. Turkey's seizure of the town gives "
        "Ankara a foothold in the north.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "owned_noun",
        "Rebel fighters celebrate their capturing of the town of Dabiq in the streets of "
        "Marea on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    # "its" capture from a side: the place named before, the sentence's other side took it
    (
        "its_from",
        "Rebels advance in Tal Rifaat village after its recapture from IS.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "its_from",
        "Government troops patrol Khanasser after its recapture from the rebels last week.",
        [("khanasir", "government", "captured")],
    ),
    # a success told by its gerund
    (
        "succeeded_in",
        "The SDF succeeded in expelling IS from Manbij on Friday.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "succeeded_in",
        "SDF fighters rest in Manbij. The SDF finally succeeded in expelling IS from the city.",
        [("manbij", "kurdish", "captured")],
    ),
    # a control declared in a gerund after the clause
    (
        "declaring_control",
        "Rebels swept through Dabiq on Sunday, announcing full control of the village.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "declaring_control",
        "Kurdish fighters pushed into the old city on Friday, declaring complete control of "
        "Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    # a side's positions at a site
    (
        "positions_at",
        "A rebel fighter aims his weapon toward government forces' positions at the Menagh "
        "military airport.",
        [("menagh-airbase", "government", "held")],
    ),
    (
        "positions_at",
        "A rebel fighter watches government positions at Kuweires air base, east of Aleppo.",
        [("kuweires-airbase", "government", "held")],
    ),
    (
        "positions_at",
        "Smoke rises from the positions of Islamic State militants at the Kuweires air base.",
        [("kuweires-airbase", "islamic_state", "held")],
    ),
    # a siege ended, told by its noun or gerund: the side that ended it holds the place
    (
        "siege_end",
        "Crowds in Nubl celebrate the breaking of the siege imposed on the two towns of Nubl "
        "and Zahraa by the Syrian army.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end",
        "Crowds celebrate the army's breaking of the siege imposed on Nubl and Zahraa.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end",
        "Crowds welcome the Syrian army in celebration of breaking the terrorist-imposed siege "
        "over Nubl and Zahraa.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end",
        "Residents celebrate the lifting of the siege of Kuweires air base by the army.",
        [("kuweires-airbase", "government", "held")],
    ),
    # an aim to take a place from a side: the side holds it
    (
        "aim_from",
        "Rebels advance on the outskirts of al-Bab in a bid to enter the city and retake "
        "control of it from the Islamic State on Thursday.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "aim_from",
        "Rebels launched an attempt to capture al-Bab from Islamic State.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "aim_from",
        "Troops launched an offensive to retake Manbij from IS.",
        [("manbij", "islamic_state", "held")],
    ),
]

AGENTS_NONE: list[tuple[str, str]] = [
    # two sides as co-agents, a mere entry, a foreign army alone
    ("foreign_co_agent", "Kurdish fighters and the Syrian army captured Manbij on Friday."),
    ("foreign_co_agent", "Turkish troops and Syrian rebels entered Jarablus on Wednesday."),
    ("foreign_co_agent", "Turkish troops captured Jarablus on Wednesday."),
    # Turkey's capture where the caption names no Syrian side, or another one
    ("owned_noun", "Turkey's seizure of Jarablus was a blow to the Kurds."),
    ("owned_noun", "Kurdish fighters left Jarablus. Turkey's seizure of the town angered them."),
    # an aim, not a capture
    ("owned_noun", "Rebels vowed to prevent the capture of the town of Dabiq."),
    # "its" capture with no other side, or no place named before
    ("its_from", "Residents of Tal Rifaat celebrate the anniversary of its recapture from IS."),
    ("its_from", "Rebels say its recapture from IS will take weeks."),
    # a declaration still to come
    ("declaring_control", "Rebels said they were close to declaring full control of Dabiq."),
    # a failure, positions that were taken or are not there
    ("succeeded_in", "The SDF has not succeeded in expelling IS from Manbij."),
    ("positions_at", "Rebels overran government positions at the Menagh air base on Tuesday."),
    ("positions_at", "Rebels fire towards positions of government forces in Salaheddine."),
    # a siege's end hoped for, prevented, or of no side named; two sides
    ("siege_end", "Residents hope for the breaking of the siege on Nubl and Zahraa by the army."),
    ("siege_end", "Rebels vowed to prevent the lifting of the siege of Nubl."),
    ("siege_end", "Residents celebrate the end of the siege of Nubl and Zahraa."),
    ("siege_end", "Rebels and the army fought after the breaking of the siege on Nubl."),
    # a done aim, a failed one, a place another phrase speaks of
    (
        "aim_from",
        "The SDF declared victory in Manbij after a two-month offensive to retake the town "
        "from IS.",
    ),
    ("aim_from", "Rebels failed in a bid to retake Manbij from IS."),
    ("aim_from", "Rebels launched a bid to retake Manbij from IS and the army."),
]


test_states, test_states_none, test_pre_check = control_case_tests(AGENTS, AGENTS_NONE)
