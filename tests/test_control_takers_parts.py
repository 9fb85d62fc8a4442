"""Parts of a place taken or held, and who takes a place: English wordings of agency captions.

Parts: "the area" that refers to the countryside of the place named ("in the countryside of the
town of K, after IS fighters took control of the area": part of K), a part of a person's own
("the YPG was driven out of his village in Afrin": part of Afrin), adjectives between "area of"
and the city ("a government-controlled area of the battleground Syrian city of Aleppo").

Takers: the country's bare name as a capture's subject ("Turkey took control of X") is its army,
which takes for the rebels only with its Syrian allies named; a passive expulsion with its agent
("the YPG was driven out of X by the Turkish army and the FSA") is a capture by the agent.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Extent, control_case_tests

STATES: list[tuple[str, str, list[Extent]]] = [
    # "the area": the countryside of the place named before it
    (
        "area_countryside_gerund",
        "IS fighters walk along a road in the countryside of the Syrian Kurdish town of Kobani, "
        "after taking control of the area.",
        [("kobani", "islamic_state", "captured", "part")],
    ),
    (
        "area_countryside_clause",
        "A burned car lies on a road in the eastern countryside of Kobani after the Islamic State "
        "militants took control of the area on Monday.",
        [("kobani", "islamic_state", "captured", "part")],
    ),
    # (these two were near misses here before: "the area" referred to no place; it is the
    # countryside named, a part of the town)
    (
        "area_countryside_town_adjectives",
        "Smoke rises over the village in the countryside of the Syrian Kurdish town of Kobani, "
        "after IS fighters took control of the area.",
        [("kobani", "islamic_state", "captured", "part")],
    ),
    (
        "area_countryside_town",
        "Clashes flared in the countryside of the town of al-Bab before IS fighters took control "
        "of the area on Sunday.",
        [("al-bab", "islamic_state", "captured", "part")],
    ),
    (
        "area_outskirts_clause",
        "Smoke rises over the outskirts of the town of Manbij after SDF fighters seized the area.",
        [("manbij", "kurdish", "captured", "part")],
    ),
    # a part of a person's own, in the place
    (
        "person_village_in",
        "A farmer stands in a field after the YPG was driven out of his village in Afrin by the "
        "Turkish army and the Free Syrian Army.",
        [("afrin", "rebels", "captured", "part")],
    ),
    (
        "person_village_in",
        "Rebel fighters took control of their home village in the Tal Rifaat area on Sunday.",
        [("tall-rifaat", "rebels", "captured", "part")],
    ),
    # parts of a place as a capture's object (the first was a near miss of
    # test_control_changes: "areas of" a town are parts of it, now a statement of part)
    (
        "parts_of_place_object",
        "Troops took areas of Khanasir after heavy clashes.",
        [("khanasir", "government", "captured", "part")],
    ),
    (
        "parts_of_place_object",
        "Soldiers walk in Aleppo, where rebels had taken control of eastern areas of the city in "
        "2012.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "parts_of_place_object",
        "IS fighters took control of large parts of the town of al-Bab on Friday.",
        [("al-bab", "islamic_state", "captured", "part")],
    ),
    # adjectives of the city between the part and its name
    (
        "part_of_adjective_city",
        "Car bombs exploded in a government-controlled area of the battleground Syrian city of "
        "Aleppo on Wednesday.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "part_of_adjective_city",
        "A shell hit a rebel-held district of the war-torn northern city of Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # the bare country as a capture's subject, with its Syrian allies named
    (
        "turkey_alongside",
        "Turkey took control of Afrin after an eight-week incursion alongside allied Syrian "
        "fighters.",
        [("afrin", "rebels", "captured", "whole")],
    ),
    (
        "turkey_together_with",
        "Turkey seized Jarablus from IS in August 2016 together with Syrian rebels.",
        [("jarabulus", "rebels", "captured", "whole")],
    ),
    (
        "turkish_forces_alongside",
        "Turkish forces took control of Afrin in March 2018 alongside allied Syrian fighters.",
        [("afrin", "rebels", "captured", "whole")],
    ),
    # a passive expulsion with its agent: the agent took the place
    (
        "driven_out_by",
        "Kurdish fighters were driven out of Tal Rifaat by Turkish-backed rebels in February.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
    (
        "driven_out_by",
        "IS militants were pushed out of al-Bab on Thursday by Turkish-backed rebels.",
        [("al-bab", "rebels", "captured", "whole")],
    ),
    (
        "driven_out_by",
        "Rebels were expelled from Hanano by government forces, state media said.",
        [("hanano", "government", "captured", "whole")],
    ),
    (
        "driven_out_by_army_and_ally",
        "Kurdish fighters were driven out of Tal Rifaat by the Free Syrian Army and Turkish "
        "troops.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
]

STATES += [
    # the city named before, called by its rank in the country
    (
        "country_rank_city",
        "A rebel fighter poses in Aleppo after insurgents captured Syria's second city.",
        [("aleppo", "rebels", "captured", "whole")],
    ),
    (
        "country_rank_city",
        "Opposition fighters patrol Aleppo, a day after they seized the country's "
        "second-largest city.",
        [("aleppo", "rebels", "captured", "whole")],
    ),
    # a people's adjective before its things names no fighter of the side
    (
        "people_things",
        "Rebel fighters gather by a statue of a hero of Kurdish culture after capturing Afrin.",
        [("afrin", "rebels", "captured", "whole")],
    ),
    (
        "people_things",
        "A Kurdish singer performs in Tal Rifaat after SDF fighters took control of the town.",
        [("tall-rifaat", "kurdish", "captured", "whole")],
    ),
]

STATES += [
    # the holder named as a collection of its groups
    (
        "collective_holder",
        "Aleppo's eastern districts are controlled by an array of rebel groups.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "collective_holder",
        "Hanano is held by a loose coalition of rebel factions, residents said.",
        [("hanano", "rebels", "held", "whole")],
    ),
    (
        "collective_holder",
        "Tal Rifaat is controlled by a patchwork of Kurdish militias.",
        [("tall-rifaat", "kurdish", "held", "whole")],
    ),
    # a foreign army's capture noun, the side that lost it named as the loser
    (
        "foreign_owner_loser",
        "Turkish-backed fighters walk in Afrin. Turkey's capture of the town is a defeat for the "
        "Kurds.",
        [("afrin", "rebels", "captured", "whole")],
    ),
]

STATES += [
    # the opposition named by its verb (this was a near miss of test_control_hands: the side
    # opposed is no taker, but the fighters opposing it are the rebels)
    (
        "opposing_the_government",
        "Militants opposing the Syrian government seized the Aleppo airport on Saturday.",
        [("aleppo-airport", "rebels", "captured", "whole")],
    ),
    (
        "opposing_the_government",
        "Fighters opposed to President Bashar al-Assad took control of Tal Rifaat on Sunday.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
    # a country's rank city with its name set off after it
    (
        "country_rank_city_named",
        "Rebels captured Syria's second-largest city, Aleppo, over the weekend.",
        [("aleppo", "rebels", "captured", "whole")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a degree, or a capture only tried, of parts of a place
    ("parts_degree", "Syrian troops retook most of Hanano after a week of clashes."),
    ("parts_failed", "Rebels failed to capture parts of Tal Rifaat on Monday."),
    # parts of a neighbourhood or of a region of a city: its "areas" name it, no part statement
    ("parts_of_neighbourhood", "Government forces took back parts of Hanano on Monday."),
    ("parts_of_region", "Troops retook the areas of west Aleppo taken by rebels in October."),
    # the government's own words about its opponents, not a capture by them
    ("opposing_not_subject", "The army shelled militants opposing the government in Tal Rifaat."),
    # a collection of two sides' groups, or of no side's
    ("collective_two_sides", "Tal Rifaat is controlled by a mix of rebel and Kurdish forces."),
    ("collective_no_side", "Manbij is protected by a coalition of Western armies."),
    # another side named, not as the loser
    (
        "foreign_owner_other_side",
        "Turkish-backed fighters walk in Afrin. Turkey's capture of the town angered the Syrian "
        "government.",
    ),
    # the city by its rank with no place named before it, or no capture of it
    ("country_rank_no_place", "Insurgents captured Syria's second city on Saturday."),
    ("country_rank_not_object", "Families fled Aleppo, Syria's second city, on Saturday."),
    # "the area" near a place is not a part of it; two regions are ambiguous
    (
        "area_near",
        "Smoke rises near the town of Kobani after IS fighters took control of the area.",
    ),
    (
        "area_two_regions",
        "IS fighters advanced in the countryside of Kobani and the outskirts of Manbij after "
        "taking control of the area.",
    ),
    # the country alone takes nothing, nor is it a place's holder elsewhere
    ("turkey_alone", "Turkey took control of Afrin in March 2018."),
    ("turkey_alone", "Turkish troops captured al-Bab in February 2017."),
    ("turkey_place", "Families who fled Afrin to Turkey returned after the fighting."),
    # people driven out of their homes: no side
    ("people_driven_out", "Civilians were driven out of their homes in Afrin by Turkish forces."),
    # a person's own that is no part of a place
    ("person_house", "Rebels searched his house in Hanano on Monday."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
