"""English wordings of control seen in newer captions: a side's half of a city, a city divided
between rival armies, "sieged", "under the rebels' control", "it fell into rebel hands", a city
that fell from a side's control, a side's stronghold in a city.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from control_cases import Extent, control_case_tests

STATES: list[tuple[str, str, list[Extent]]] = [
    # a side's half of a city: a part it holds
    (
        "half_of_the_city",
        "Men carry a wounded boy after an air strike on Aleppo. The rebel half of the city has "
        "been cut off for a week.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_of_the_city",
        "A market reopens in Aleppo. The government half of the city has seen little shelling.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "half_of_name",
        "Children play in the government half of Aleppo on Sunday.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "half_of_name",
        "Families cross from the rebel half of Aleppo to the west.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "held_half",
        "A fighter runs across a street in Aleppo. The opposition-held half of the city is quiet.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # a city divided between rival armies: contested
    (
        "divided_rivals",
        "Aleppo is currently divided into neighbourhoods controlled by the rival armies.",
        [("aleppo", "contested", "contested", "whole")],
    ),
    (
        "divided_rivals",
        "Aleppo has for years been split into districts held by warring factions.",
        [("aleppo", "contested", "contested", "whole")],
    ),
]

# "sieged": a siege verb; its holder read from the besieger (besieged_holder)
STATES += [
    (
        "sieged_relative",
        "Soldiers advance towards Aleppo Central prison that has been sieged by rebels for over "
        "a year.",
        [("aleppo-central-prison", "government", "besieged", "whole")],
    ),
    (
        "sieged_clause",
        "Rebels have sieged Nubl and Zahraa since 2012.",
        [
            ("nubl", "government", "besieged", "whole"),
            ("zahraa", "government", "besieged", "whole"),
        ],
    ),
    (
        "sieged_set_off",
        "Nubl, sieged by rebels for three years, received aid on Wednesday.",
        [("nubl", "government", "besieged", "whole")],
    ),
    (
        "sieged_modifier",
        "The rebel-sieged town of Nubl received food on Monday.",
        [("nubl", "government", "besieged", "whole")],
    ),
]

# "under the rebels' control": the side's possessive before "control"
STATES += [
    (
        "under_possessive",
        "Boys play football in Bustan al-Qasr, which is under the rebels’ control.",
        [("bustan-al-qasr", "rebels", "held", "whole")],
    ),
    (
        "under_possessive",
        "A woman hangs washing in Hanano, which is under the regime's control.",
        [("hanano", "government", "held", "whole")],
    ),
    (
        "under_side_adjective",
        "Children queue for water in Sheikh Maqsoud, now under Kurdish control.",
        [("sheikh-maqsoud", "kurdish", "held", "whole")],
    ),
]

# "It" / "the town" opening a sentence: the one place named before (for "It": named as no
# place of something else, or referred to as "the town" in the sentence before)
STATES += [
    (
        "it_after_the_town",
        "Men inspect a burned bus in Azaz. Rebels and soldiers fought for weeks over the town. "
        "It fell into rebel hands two days before.",
        [("azaz", "rebels", "captured", "whole")],
    ),
    (
        "it_after_subject",
        "Azaz is a border town north of Aleppo. It fell to the rebels in July.",
        [("azaz", "rebels", "captured", "whole")],
    ),
    (
        "it_after_the_town",
        "Fighters rest in Tal Rifaat. Kurdish forces and rebels fought around the town for days. "
        "It fell to the Kurds on Monday.",
        [("tall-rifaat", "kurdish", "captured", "whole")],
    ),
    (
        "the_town_subject",
        "Smoke rises over al-Bab. The town was retaken by Turkish-backed rebels in February.",
        [("al-bab", "rebels", "captured", "whole")],
    ),
    (
        "the_town_subject",
        "A man walks past a burned shop in Azaz. The town fell into rebel hands two days before.",
        [("azaz", "rebels", "captured", "whole")],
    ),
]

# "X fell from the regime's control", "saw X and Y fall from Assad's control": a loss, as the
# project states one (controller: the other side its sentence names, or unknown; the side that
# lost it in from_controller)
STATES += [
    (
        "fall_from_control",
        "Aleppo fell from government control in 2012, residents said.",
        [("aleppo", "unknown", "lost", "whole")],
    ),
    (
        "fall_from_possessive",
        "The rebel offensive saw Aleppo fall from President Bashar al-Assad's control.",
        [("aleppo", "rebels", "lost", "whole")],
    ),
    (
        "fall_from_listed",
        "In a week the rebel offensive has seen Aleppo and strategically located Hama fall from "
        "Assad's control.",
        # (Hama is in the gazetteer since g24: both cities of the list fell)
        [("aleppo", "rebels", "lost", "whole"), ("hama", "rebels", "lost", "whole")],
    ),
]

# a side's stronghold in or of a city: a part of the city it holds (of a town: the town, as
# before)
STATES += [
    (
        "stronghold_in_city",
        "Smoke rises after an air strike on a rebel stronghold in Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "stronghold_of_city",
        "Smoke rises after an air strike on the rebel stronghold of Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "stronghold_in_city",
        "Smoke rises over an opposition bastion in Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "stronghold_of_town",
        "Residents flee the rebel stronghold of al-Bab.",
        [("al-bab", "rebels", "held", "whole")],
    ),
    (
        "stronghold_in_town",
        "Smoke rises over an IS stronghold in Manbij.",
        [("manbij", "islamic_state", "held", "whole")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("stronghold_former", "Smoke rises over the former rebel stronghold in Aleppo."),
    ("stronghold_captured", "Government troops captured a rebel stronghold in Aleppo on Monday."),
    ("fall_from_thing", "Rubble fell from the roofs of Aleppo after the government air strike."),
    (
        "it_a_thing",
        "A soldier stands next to a tank in Azaz. It was captured by rebels from the army.",
    ),
    ("it_two_places", "A boy stands in Azaz and Marea. It fell into rebel hands last week."),
    ("it_no_control", "A boy stands in Azaz. It fell silent after the fighting."),
    ("under_fire", "Boys play football in Bustan al-Qasr, which is under the rebels' fire."),
    ("sieged_no_side", "Tourists visit the citadel of Aleppo, sieged many times in history."),
    ("half_possessive", "A boy looks at the rebel side of Aleppo's front line from a rooftop."),
    ("half_other_thing", "A man sells tea in Aleppo. The rebel side of the river was quiet."),
    ("half_degree", "A girl walks in Aleppo. Half of the city was without power on Monday."),
    ("divided_river", "Aleppo is divided into two halves by the river."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
