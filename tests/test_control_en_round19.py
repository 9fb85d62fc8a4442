"""English control wordings of issue 14, round 19 (the misses of the development sets, by kind).

- withdrawals, one convention (docs/architecture.md): "X withdrew from P", "X pulled out of P",
  "X retreated from P", "X abandoned P", "X announced the withdrawal of its fighters from P" are
  X's loss of P (``lost``); the new holder is the one other side the sentence names as
  entering or taking over ("as troops advanced", "moved into the town"), else ``unknown`` (a
  side only fought, or standing by, is not said to hold P); a side driven out in the passive
  was driven out by the one other side named;
- a siege ended over places named before, by a plural anaphor ("broke the siege of *the two
  towns*", "in celebration of breaking the siege over *both towns*"), and "siege over X": the
  besieged places are held by the side that ended the siege;
- a side surrounded, as the subject of a passive siege ("IS militants are now surrounded in X
  by ...", "rebel fighters were encircled in X"; with no place in its sentence, the one town the
  sentence before names): besieged, held by the side surrounded; not "almost surrounded", nor
  civilians trapped, nor two places before it;
- a side watched or fought at a site ("to monitor forces loyal to Assad at the X airport", "fire
  at government troops inside the X prison"): the site is held by that side, as its positions
  there are;
- "the area" after a settlement named before the countryside of a town ("in Q village in the
  countryside of the town of K, after IS took control of the area"): the area is that
  settlement's (which the gazetteer lacks), no part of K.
"""

from __future__ import annotations

from control_cases import Case, NoCase, control_case_tests

STATES: list[Case] = [
    # a withdrawal with a side named as entering or taking over: that side holds the place
    (
        "withdrawal_taker",
        "Rebel brigades pulled out of Tall Rifaat late on Sunday as Kurdish YPG fighters moved "
        "into the town.",
        [("tall-rifaat", "kurdish", "lost")],
    ),
    (
        "withdrawal_taker",
        "IS militants retreated from Dabiq as Turkish-backed rebels advanced from the north.",
        [("dabiq", "rebels", "lost")],
    ),
    (
        "withdrawal_taker",
        "Government troops entered Sheikh Saeed hours after rebel fighters withdrew from the "
        "district.",
        [("sheikh-saeed", "government", "captured"), ("sheikh-saeed", "government", "lost")],
    ),
    (
        "withdrawal_taker",
        "Rebel fighters withdrew from Manbij on Sunday and IS units moved in.",
        [("manbij", "islamic_state", "lost")],
    ),
    # a withdrawal with no taker named: the side's loss, the new holder unknown
    (
        "withdrawal_no_taker",
        "FSA fighters stand at an old checkpoint after ISIL fighters withdrew from Azaz overnight.",
        [("azaz", "unknown", "lost")],
    ),
    (
        "withdrawal_no_taker",
        "The YPG pulled out of Jinderes after weeks of fighting with Turkish-backed rebels, a "
        "spokesman said.",
        [("jinderes", "unknown", "lost")],
    ),
    (
        "withdrawal_no_taker",
        "Rebels withdrew from Hanano after heavy clashes with government forces.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "withdrawal_no_taker",
        "Islamic State militants abandoned Tadif on Friday, a day after clashes with the army.",
        [("tadif", "unknown", "lost")],
    ),
    (
        "withdrawal_noun_no_taker",
        "The SDF announced the withdrawal of its fighters from Maskanah after talks with "
        "government officials.",
        [("maskanah", "unknown", "lost")],
    ),
    # a side driven out in the passive: by the one other side named
    (
        "driven_out_passive",
        "YPG fighters patrol the streets of Kobani after Islamic State militants were pushed "
        "out of the town.",
        [("kobani", "kurdish", "lost")],
    ),
    # a siege ended over places named before (a plural anaphor), and "siege over X"
    (
        "siege_end_plural",
        "Crowds filled the squares of Nubl and Zahraa to welcome Syrian troops, in celebration "
        "of breaking the rebel-imposed siege over the two towns.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end_plural",
        "Residents of Nubl and Zahraa welcomed the army on Thursday, celebrating the breaking of "
        "the siege on both towns.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end_plural",
        "Nubl and Zahraa lie north of Aleppo. Troops lifted the siege of the two towns on "
        "Wednesday.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end_plural",
        "Rebels shelled Nubl, Zahraa and the Kuweires air base; the army later broke the siege "
        "of the two towns.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "siege_end_over",
        "The army broke the rebel-imposed siege over Nubl and Zahraa on Wednesday.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    # a plural anaphor as a capture's object
    (
        "capture_plural_anaphor",
        "Rebels took Hanano and Haydariya in 2012; government troops retook the two "
        "neighbourhoods on Friday.",
        [
            ("hanano", "government", "captured"),
            ("hanano", "rebels", "captured"),
            ("haydariyeh", "government", "captured"),
            ("haydariyeh", "rebels", "captured"),
        ],
    ),
    # a side surrounded, as the subject of a passive siege
    (
        "surrounded_side",
        "Smoke rises from the northern Syrian town of al-Bab. Islamic State militants are now "
        "effectively surrounded by Syrian government forces from the south and Turkish-backed "
        "rebels from the north.",
        [("al-bab", "islamic_state", "besieged")],
    ),
    (
        "surrounded_side",
        "Rebel fighters were encircled in Hanano by government troops on Sunday.",
        [("hanano", "rebels", "besieged")],
    ),
    (
        "surrounded_side",
        "Kurdish YPG fighters remain besieged inside Sheikh Maqsoud, activists said.",
        [("sheikh-maqsoud", "kurdish", "besieged")],
    ),
    (
        "surrounded_side",
        "A view of Tadif village. IS jihadists have been trapped by advancing government troops "
        "for a week.",
        [("tadif", "islamic_state", "besieged")],
    ),
    # a side watched or fought at a site
    (
        "watched_at_site",
        "A rebel fighter points his rifle to monitor forces loyal to Assad at the Kuweires "
        "military airport, east of Aleppo.",
        [("kuweires-airbase", "government", "held")],
    ),
    (
        "watched_at_site",
        "Rebel fighters fire at government troops inside the Aleppo central prison.",
        [("aleppo-central-prison", "government", "held")],
    ),
    (
        "watched_at_site",
        "An FSA sniper watches IS militants holed up at the Menagh air base.",
        [("menagh-airbase", "islamic_state", "held")],
    ),
]

STATES_NONE: list[NoCase] = [
    # not surrounded: a degree short of it, civilians, or two places the sentence before names
    (
        "surrounded_almost",
        "Smoke rises over Tadif. IS fighters are almost surrounded, a monitor said.",
    ),
    (
        "surrounded_two_places",
        "Smoke over Tadif and al-Bab. IS fighters are now surrounded by the army.",
    ),
    ("trapped_civilians", "Civilians are trapped in Hanano as fighting rages."),
    # no side watched at a site
    ("watched_nothing", "A rebel fighter watches the road near Tadif."),
    ("aims_at_sky", "A rebel fighter aims at the sky at the Menagh airbase."),
    # "the area" of a settlement the gazetteer lacks, in the countryside of a town
    (
        "area_of_unknown_village",
        "A damaged school in Qwertzia village in the countryside of the Kurdish town of Kobani, "
        "after Islamic State fighters took control of the area.",
    ),
    (
        "area_of_unknown_village",
        "Houses in the village of Qwertzia, in the eastern countryside of Manbij, after IS "
        "fighters took control of the area.",
    ),
    # people (not a side) leaving a place
    ("people_fled", "Families fled Maskanah and made their way towards the Turkish border."),
    # a withdrawal from a whole city
    ("withdrawal_city", "Government troops pulled out of the city of Aleppo in 2012, rebels said."),
    # a plural anaphor whose count does not match the places named before
    (
        "plural_count_mismatch",
        "Nubl, Zahraa and Tadif were shelled; the army later broke the siege of the two towns.",
    ),
    # a siege only hoped to be broken
    (
        "siege_end_hoped",
        "Residents of Nubl and Zahraa hope the army will break the siege of the two towns soon.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
