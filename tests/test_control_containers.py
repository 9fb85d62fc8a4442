"""English control phrases that govern a city named as the container of a finer place.

A city named only to say where another place is ("the Hanano district of Aleppo") states
nothing of its own; but a phrase may govern it: a part of it ("shells fell on rebel-held areas
of Syria's Aleppo"), the city as its sentence's subject ("Aleppo was declared fully under
control of the army"), or as the antecedent of "the city" ("the army said it had retaken the
city"). A part phrase that says where a named place lies describes that place ("Hanano, a
rebel-held district in Aleppo", "the X mosque, in the government-held area of Aleppo"): no
statement of the city.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from control_cases import Extent, control_case_tests

CONTAINER_STATES: list[tuple[str, str, list[Extent]]] = [
    (
        "part_of_country_possessive",
        "Rescuers search the rubble of a house in the Bab al-Nairab neighbourhood of Aleppo. "
        "Shells fell on rebel-held districts of Syria's Aleppo through the night.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_of",
        "Smoke rises over the Salaheddine district in the city of Aleppo on Friday. Barrel "
        "bombs hit opposition-held areas of Aleppo overnight.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "subject_declared",
        "Residents return to the Hanano district in Aleppo. Aleppo was declared fully under "
        "the control of the army on Thursday.",
        [("aleppo", "government", "held", "whole")],
    ),
    (
        "subject_declared",
        "Residents return to the Hanano district of Aleppo. The city of Aleppo was declared "
        "completely under government control last week.",
        [("aleppo", "government", "held", "whole")],
    ),
    (
        "antecedent_city",
        "Supporters of the government celebrate in the Aleppo district of Midan as the army "
        "announced it had recaptured the city.",
        [("aleppo", "government", "captured", "whole")],
    ),
    (
        "antecedent_city",
        "Soldiers wave flags in the Midan district of Aleppo after the Syrian army declared it "
        "had retaken the city.",
        [("aleppo", "government", "captured", "whole")],
    ),
    # a part phrase that locates a named place: that place's holding, not the city's
    (
        "apposition_of_named",
        "Hanano, a rebel-held district in Aleppo, came under fire on Sunday.",
        [("hanano", "rebels", "held", "whole")],
    ),
    (
        "located_named",
        "Men rest in the Sakhour neighbourhood, in a rebel-held area of Aleppo, on Tuesday.",
        [("sakhour", "rebels", "held", "whole")],
    ),
    (
        "located_named",
        "A boy stands in the Jamiliyah neighbourhood on the government-held side of Aleppo.",
        [("jamiliyeh", "government", "held", "whole")],
    ),
]

# a holding set off right after a container that heads its noun phrase ("separating Aleppo's
# X, which is under the rebels' control"): X's, also when X is named as where another place is
CONTAINER_STATES += [
    (
        "possessive_side_control",
        "People queue at a crossing, a passageway separating Aleppo's Bustan al-Qasr, which is "
        "under the rebels' control, from Masharqa.",
        [
            ("bustan-al-qasr", "rebels", "held", "whole"),
        ],
    ),
    (
        "possessive_side_control",
        "People wait at the Karaj al-Hajez crossing near Aleppo's Bustan al-Qasr, which is under "
        "the regime’s control.",
        [("bustan-al-qasr", "government", "held", "whole")],
    ),
    (
        "relative_after_city",
        "Men stand outside a bakery in the Sheikh Maqsoud neighborhood of Aleppo, which is under "
        "Kurdish control, on Monday.",
        [("sheikh-maqsoud", "kurdish", "held", "whole")],
    ),
]

CONTAINER_NONE: list[tuple[str, str]] = [
    (
        "relative_after_located",
        "People wait at the Karaj al-Hajez crossing in Bustan al-Qasr, which is closed at night.",
    ),
    (
        "possessive_part",
        "Smoke rises over the Salaheddine district of Aleppo. Rebels still hold the city's "
        "eastern half.",
    ),
    (
        "feared",
        "Residents of the Hanano district of Aleppo said they feared the army would retake the "
        "city.",
    ),
    (
        "declared_other",
        "Residents of the Salaheddine district in Aleppo inspect damage. Aleppo was declared a "
        "disaster zone last week.",
    ),
    ("container_only", "A man walks in the Bustan al-Qasr district of Aleppo on Monday."),
]


test_states, test_states_none, test_pre_check = control_case_tests(CONTAINER_STATES, CONTAINER_NONE)
