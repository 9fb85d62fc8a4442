"""English control wordings said after the place or of a part of it (issue 14, kind 7).

- a siege in a relative clause whose subject is a side, its object left out ("X, which rebels
  have besieged for months"): a siege by that side, its holder read as every siege's
  (:func:`aleppomap.control.rules.besieged_holder`); a siege of the past, wanted or hedged is
  none;
- a holding put in the past by "once", "formerly" or its end ("X, which rebels once held", "X,
  held by rebels until December", "X, a rebel stronghold until last week"): by the project's
  convention a past statement, the side's loss (``lost``, its taker the one other side its
  sentence names, else ``unknown``), never a holding; "once a rebel stronghold" and "a former
  rebel stronghold" alike;
- a part of the place said with its possessive as a verb's object ("Rebels still hold the
  city's eastern half", "troops recaptured the city's eastern neighbourhoods"): a statement of
  part of the city (``extent`` ``part``), never of the whole;
- "it" after a place its sentence names only to say where another is ("returned to their homes
  in east Aleppo after troops retook it"): that place, not one of the sentence before;
- a side's part "in the city" (or "town"), its noun "territory" too ("opposition-held territory
  in the city"): part of the city or town named before; and a town named as the reference of a
  countryside lies in no part named after it ("in the countryside of X in the rebel-held part
  of Aleppo province": the village's);
- a side expelled with no taker named ("IS was expelled from X", "after IS was driven out of
  X"): by the convention a retreat, the place to the one other side named as a fighter, else
  ``unknown`` (an analyst does not guess the taker).

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a siege's relative with a side as its subject
    (
        "siege_relative",
        "Residents queue for bread in Nubl, which rebels have besieged for months.",
        [("nubl", "government", "besieged")],
    ),
    (
        "siege_relative",
        "A boy carries water in Zahraa, which insurgents have been besieging since 2013.",
        [("zahraa", "government", "besieged")],
    ),
    (
        "siege_relative",
        "Smoke rises over Hanano, which government troops have encircled for weeks.",
        [("hanano", "rebels", "besieged")],
    ),
    (
        "siege_relative",
        "Smoke rises over Hanano, which the army is still surrounding, on Monday.",
        [("hanano", "rebels", "besieged")],
    ),
    (
        "siege_relative_defended",
        "Kurdish fighters defend Kobani, which IS militants have besieged for a month.",
        [("kobani", "kurdish", "besieged")],
    ),
    # a holding of the past: the side's loss
    (
        "once_held_relative",
        "Smoke rises over al-Bab, which rebels once held.",
        [("al-bab", "unknown", "lost")],
    ),
    (
        "once_held_relative",
        "A street in al-Bab, which Islamic State militants formerly controlled, on Friday.",
        [("al-bab", "unknown", "lost")],
    ),
    (
        "held_until",
        "Smoke rises over Hanano, held by rebels until December.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "held_until",
        "A man walks in Hanano, which was controlled by rebels for four years until last month.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "held_until",
        "Residents return to Hanano, which had been held by rebels until the army retook it.",
        [("hanano", "government", "captured"), ("hanano", "government", "lost")],
    ),
    (
        "held_until",
        "Rubble lines a street of Hanano, a rebel stronghold until December.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "former_stronghold",
        "Fighters rest in al-Bab, a former Islamic State stronghold, on Sunday.",
        [("al-bab", "unknown", "lost")],
    ),
    (
        "former_stronghold",
        "Children play in al-Bab, formerly an IS bastion.",
        [("al-bab", "unknown", "lost")],
    ),
    # "it" after a container in its sentence
    (
        "it_after_container",
        "A view of the Carlton Hotel in the old city. Thousands have returned to their homes "
        "in east Aleppo since government forces took full control of it in December.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "it_after_container",
        "The Umayyad Mosque lies in ruins. Families went back to their houses in east Aleppo "
        "after the army recaptured it.",
        [("east-aleppo", "government", "captured")],
    ),
    # a side expelled, no taker named: a retreat (to the one other side named)
    (
        "expelled_no_taker",
        "Islamic State militants were expelled from Manbij in August.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "expelled_no_taker",
        "Pupils return to class in Manbij after IS was driven out of the town.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "expelled_other_side",
        "SDF fighters patrol Manbij after IS militants were ousted from the city.",
        [("manbij", "kurdish", "lost")],
    ),
]

PARTS: list[tuple[str, str, list[Extent]]] = [
    (
        "possessive_part_object",
        "Aleppo is divided. Rebels still hold the city's eastern half.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "possessive_part_object",
        "A man walks in Aleppo. The government holds the city's western districts.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "possessive_part_object",
        "A man walks in Aleppo. Troops recaptured the city's eastern neighbourhoods on Monday.",
        [("aleppo", "government", "captured", "part")],
    ),
]

# a side's part "in the city" (or "town"): of the city or town named before
PARTS += [
    (
        "part_in_the_city",
        "The army clashed with militants near Aleppo, on the only road into opposition-held "
        "territory in the city.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        # (the city named only to say where the district is: read by the container pass)
        "part_in_the_city_container",
        "Soldiers clashed with militants in Hanano near Aleppo city, four kilometres from the "
        "only road into opposition-held territory in the city.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_in_the_city",
        "Smoke rises over Aleppo. Jets struck rebel-held areas in the city on Monday.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_in_the_city",
        "Smoke rises over Manbij. IS-held neighbourhoods in the town were shelled overnight.",
        [("manbij", "islamic_state", "held", "part")],
    ),
    (
        "part_territory",
        "Jets struck rebel-held territory in Aleppo on Monday.",
        [("aleppo", "rebels", "held", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a siege wanted, of the past, hedged, or by no side
    ("siege_wanted", "Residents of Nubl, which rebels want to besiege, fled."),
    ("siege_past", "Residents of Nubl, which rebels once besieged, returned home."),
    ("siege_past", "Nubl, which rebels had besieged until February, celebrates."),
    ("siege_past", "Nubl, which rebels besieged for three years, is quiet now."),
    ("siege_hedged", "Smoke over Hanano, which the army has reportedly encircled."),
    ("siege_no_side", "Hanano, which residents have surrounded with sandbags, is quiet."),
    # a part wanted or hedged, a finer place's part
    ("part_wanted", "A man walks in Aleppo. Rebels want to hold the city's eastern half."),
    ("part_hedged", "A man walks in Aleppo. Rebels reportedly hold the city's eastern half."),
    ("part_of_district", "A man walks in Hanano. Rebels hold the district's western streets."),
    # "in the city" after no city, or the city's centre
    (
        "part_in_no_city",
        "Smoke rises over Hanano. Rebel-held areas in the city were shelled on Monday.",
    ),
    ("part_in_the_centre", "Smoke over Aleppo. Rebel-held areas in the city centre burn."),
    # a town named as the reference of a countryside: the part is the village's
    (
        "countryside_reference",
        "Rescuers search rubble in a village in the countryside of Syria's northwestern city of "
        "Afrin in the rebel-held part of Aleppo province.",
    ),
    # "it" with another place referred to in its sentence
    (
        "it_after_anaphor",
        "A man stands in his house in Hanano. His family left the district when the war came "
        "to Aleppo in 2012, and returned after the government recaptured it in December.",
    ),
    # people driven out, no side
    ("people_expelled", "Civilians were driven out of Manbij by the fighting."),
]

test_states, test_states_none, test_pre_check = control_case_tests(PARTS + STATES, STATES_NONE)
