"""Long-tail English wordings of control (``rules._english_tail_rules`` and the words of the
"long-tail English" block of ``control/lexicon.py``): a fight for a place's control, a front line
named as a place's kind, a control split between sides, adjectives before an apposition's
holder, "controlling", a subject noun whose side is named after it, the side a place was taken
from, the Free Army; each kind with its negatives (hedges, aims, claims, negations, the past).

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

import re

from aleppomap.control import lexicon
from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, statements_of

STATES: list[tuple[str, str, list[Statement]]] = [
    # a fight for a place's control: contested
    (
        "fight_for_control",
        "Plumes of smoke over Bustan al-Basha as the battle for control of the district enters "
        "its fourth day.",
        [("bustan-al-basha", "contested", "contested")],
    ),
    (
        "fight_for_control",
        "Government troops and insurgents were fighting for control over Suleiman al-Halabi on "
        "Tuesday, the monitor said.",
        [("suleiman-al-halabi", "contested", "contested")],
    ),
    (
        "fight_for_control",
        "Rebels continued to fight for control of Zitan despite heavy air strikes.",
        [("zitan", "contested", "contested")],
    ),
    # a front line named as a place's kind
    (
        "frontline_kind",
        "A volunteer carries bread through the frontline neighbourhood of Sheikh Maqsoud.",
        [("sheikh-maqsoud", "contested", "contested")],
    ),
    (
        "frontline_kind",
        "Children play football in Suleiman al-Halabi, a front-line district, during a lull.",
        [("suleiman-al-halabi", "contested", "contested")],
    ),
    # a control split between sides, said of the place
    (
        "split_control",
        "A market reopens in Ashrafiyeh, a district where control is divided between Kurdish "
        "fighters and the army.",
        [("ashrafiyeh", "contested", "contested")],
    ),
    # adjectives between an apposition's article and its holder
    (
        "apposition_adjectives",
        "Medics treat the wounded in Qabasin, a small northern IS-held town, after an air raid.",
        [("qabasin", "islamic_state", "held")],
    ),
    (
        "apposition_adjectives",
        "A water truck reaches Nubl, a besieged government-held town, for the first time in "
        "months.",
        [("nubl", "government", "held")],
    ),
    (
        "apposition_adjectives",
        "Funeral in Maskanah, an embattled, IS-controlled town east of Aleppo.",
        [("maskanah", "islamic_state", "held")],
    ),
    # "controlling"
    (
        "controlling",
        "State media said the army was now fully controlling Hamdaniyeh.",
        [("hamdaniyeh", "government", "held")],
    ),
    (
        "controlling",
        "The Kurdish YPG says it is firmly controlling the district of Sheikh Maqsoud.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # a subject noun whose side is named after it, the side of an advance
    (
        "forward_subject",
        "The jihadists overran Maskanah at dawn, activists said, as Islamic State pushed west.",
        [("maskanah", "islamic_state", "captured")],
    ),
    # the side a place was taken from, and what it had done before: the last taker stands
    (
        "earlier_taker",
        "Loyalist forces retook Rashidin from insurgents who had seized the district in October.",
        [("rashidin", "government", "captured")],
    ),
    (
        "earlier_taker",
        "Kurdish fighters captured Tadif, which Islamic State had overrun in 2014.",
        [("tadif", "kurdish", "captured")],
    ),
    # the Free Army, "Free Syria Army": the rebels
    (
        "free_army",
        "Fighters of the Free Army seized the Kuweires air base after a long siege.",
        [("kuweires-airbase", "rebels", "captured")],
    ),
    (
        "free_army",
        "A Free Syria Army unit retook Zitan from loyalist militias on Friday.",
        [("zitan", "rebels", "captured")],
    ),
    # a place on a side's part of its city ("on the government-controlled side of the city")
    (
        "side_of_city",
        "A boy carries water in Midan, on the government-controlled side of the city.",
        [("midan", "government", "held")],
    ),
    (
        "side_of_city",
        "Volunteers clear rubble in Sakhour on the rebel-held eastern side of Aleppo.",
        [("east-aleppo", "rebels", "held"), ("sakhour", "rebels", "held")],
    ),
    # "able to seize control of", before a bare "seize"
    (
        "success_control",
        "Islamic State fighters were able to seize control of Dudyan after a night of clashes.",
        [("dudyan", "islamic_state", "captured")],
    ),
    # a time between "control" and "of" ("gained control last week of X"); the holding in the
    # relative after it is the holder before the capture
    (
        "control_time_of",
        "Pro-Turkey factions gained control last week of Tal Rifaat, which was held by the YPG.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    # "seizing control of" as a gerund, before a bare "seizing"
    (
        "gerund_control",
        "After seizing control of the nearby village of Zitan, the rebels shelled Khan Tuman.",
        [("zitan", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a fight only vowed, aimed at, won, before or ended
    ("fight_vowed", "Rebel commanders vowed to fight for control of Bustan al-Basha."),
    ("fight_aimed", "The army aims to win the battle for control over Suleiman al-Halabi."),
    ("fight_prepared", "Loyalists are preparing for the battle for control of Zitan."),
    ("fight_after", "After the battle for control of Zitan, farmers returned to their fields."),
    ("fight_ended", "The battle for control of Zitan ended on Sunday with a rebel withdrawal."),
    ("fight_won", "The army won the fight for control of Zitan, state media said."),
    ("fight_hedged", "Insurgents were reportedly fighting for control of Zitan."),
    # a front line of the past, or one named near no place
    ("frontline_former", "Rubble lines the former frontline district of Bustan al-Basha."),
    ("frontline_none", "Soldiers rest behind the frontline north of the city."),
    # a split of the past, a split with no side named, a split hedged
    (
        "split_past",
        "Ashrafiyeh, where control was once split between Kurdish fighters and the army, is quiet.",
    ),
    ("split_no_side", "Ashrafiyeh, a district where control is split between two families."),
    # an apposition with adjectives: the past, a capture's object (the holder before it)
    ("apposition_former", "Smoke over Qabasin, a small former IS-held town."),
    ("apposition_formerly", "Smoke over Qabasin, a small formerly IS-held town."),
    # a side's part of a thing that is no city, or of a finer place
    (
        "side_of_road",
        "A boy carries water in Midan, on the government-controlled side of the road.",
    ),
    ("side_of_district", "A boy carries water in Midan, on the rebel-held side of Salaheddine."),
    (
        "side_of_province",
        "Shepherds graze sheep in the countryside of Anadan, on the rebel-held side of Aleppo "
        "province.",
    ),
    # "controlling": a claim, a negation, a part, a thing near the place
    ("controlling_claim", "Rebels claimed they were controlling Hamdaniyeh."),
    ("controlling_negated", "The army is not controlling Hamdaniyeh, residents said."),
    ("controlling_part", "Rebels are controlling most of Hamdaniyeh."),
    ("controlling_near", "The army is controlling the roads around Hamdaniyeh."),
    # a subject noun: no side named after it, the side named is the one it fought or took from,
    # the side named is the one that lost (no advance), the army
    ("forward_none", "The jihadists overran Maskanah at dawn, activists said."),
    ("forward_from", "The militants seized Maskanah from Islamic State, rebels said."),
    ("forward_fought", "The jihadists overran Maskanah after clashes with Kurdish fighters."),
    ("forward_loser", "The militants seized Maskanah as rebels withdrew."),
    ("forward_government", "The militants seized Maskanah as government troops pushed west."),
    ("forward_kurdish", "The militants seized Maskanah as Kurdish forces pushed west."),
    # a fight for a thing of the place, not the place
    ("fight_thing", "The fight for control of Aleppo's water supply intensified."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_a_capture_by_the_side_taken_from_is_kept_when_no_later_capture_stands(
    gazetteer: Gazetteer,
) -> None:
    # (the relative of the past is dropped only beside another side's capture of the place)
    assert statements_of(
        gazetteer, "Rebels who had captured Rashidin in October still hold it."
    ) == [("rashidin", "rebels", "captured")]


def test_the_free_army_is_no_government_actor() -> None:
    rebels = dict(lexicon.SIDE_NAMES)["rebels"]
    government = dict(lexicon.SIDE_NAMES)["government"]
    for name in ("Free Army", "Free Syria Army", "Free Syrian Army"):
        assert any(re.fullmatch(p, name, re.IGNORECASE) for p in rebels), name
    assert not any(re.fullmatch(p, "Free Army", re.IGNORECASE) for p in government)


def test_the_pre_check_is_built_from_the_long_tail_words() -> None:
    assert set(lexicon.TAIL_TRIGGERS) <= set(lexicon.TRIGGERS)
    assert lexicon.may_state_control("Smoke over the frontline district of Qwertz.")
    assert lexicon.may_state_control("The army said it was controlling Qwertz.")
    assert not lexicon.may_state_control("A frontal view of the old souk of Qwertz.")
