"""Control read from a clause as a whole: a subject further from its capture verb, foreign
forces beside one Syrian side, a count of places before the one named, region names that carry
their own apposition, a list of places "under control of" one side, holding passives.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a phrase set off by commas between the subject and its verb
    (
        "subject_set_off",
        "Government troops, after days of heavy shelling, took control of the Hanano district "
        "on Saturday.",
        [("hanano", "government", "captured")],
    ),
    (
        "subject_set_off",
        "Kurdish-led fighters, backed by coalition air strikes, on Friday seized the town of "
        "Manbij from the jihadists.",
        [("manbij", "kurdish", "captured")],
    ),
    # a day and a quoted phrase between the subject and its verb
    (
        "subject_quote_between",
        'Syrian government forces Tuesday, "after a string of precise operations", took control '
        "of the town of Khanasir, state media said.",
        [("khanasir", "government", "captured")],
    ),
    # the clause after an opening phrase about the other side ("after clashes with IS")
    (
        "opening_phrase_other_side",
        "After two days of clashes with Islamic State fighters, rebels took control of Dabiq.",
        [("dabiq", "rebels", "captured")],
    ),
    # two verbs of one subject
    (
        "coordinated_verbs",
        "Islamic State fighters launched a dawn assault and seized the village of Tadef.",
        [("tadif", "islamic_state", "captured")],
    ),
    # foreign forces beside one Syrian side: the place goes to that side
    (
        "foreign_with_one_side",
        "Turkish troops and allied Syrian rebels captured the town of al-Bab on Thursday.",
        [("al-bab", "rebels", "captured")],
    ),
    # a count of places before the one named
    (
        "count_before_place",
        "Syrian troops captured more than 20 villages and the town of Deir Hafer this week.",
        [("dayr-hafir", "government", "captured")],
    ),
    # a region of the city named with its own apposition, after a "-held"
    (
        "region_apposition",
        "Families flee the rebel-held eastern part of Aleppo on foot.",
        [("east-aleppo", "rebels", "held")],
    ),
    # a "-held" inside the name
    (
        "modifier_inside_name",
        "Smoke rises over eastern opposition-held Aleppo after an air strike.",
        [("east-aleppo", "rebels", "held")],
    ),
    # a list of places, its last name unknown, "under control of" one side
    (
        "list_under_control",
        "Tal Rifaat, Kafr Naya and Kafr Qwertz are now under the control of the SDF.",
        [("kafr-naya", "kurdish", "held"), ("tall-rifaat", "kurdish", "held")],
    ),
    # a holding verb with its subject set off, the place right after it
    (
        "hold_subject_set_off",
        "Islamic State, despite months of coalition air strikes, still controls the town of "
        "al-Bab.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a report's source set off inside the clause
    (
        "source_set_off",
        "The rebels, according to local activists, now hold the Sheikh Saeed district.",
        [("sheikh-saeed", "rebels", "held")],
    ),
    # a holding passive with "occupied"
    (
        "occupied_passive",
        "Jarabulus has been occupied by Islamic State fighters since 2013.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # "have been in control of"
    (
        "been_in_control",
        "Rebels have been in control of Azaz since July 2012.",
        [("azaz", "rebels", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # an attempt, set off or not
    (
        "subject_set_off",
        "Government troops, after days of heavy shelling, tried to take control of Hanano.",
    ),
    # a purpose with a word between "to" and the verb
    ("infinitive", "The army's aim is to then seize the district of Hanano."),
    # a degree: not the whole place
    ("degree", "Turkish-backed rebels have largely taken control of the town of al-Bab."),
    # foreign forces alone hold nothing here
    ("foreign_alone", "Turkish troops captured the town of al-Bab on Thursday."),
    # a participle: the place is the object of another verb ("villages seized by ...")
    (
        "participle",
        "Rebels shelled Tadef and villages seized by Islamic State fighters near Marea.",
    ),
    # a participle as an adjective, after foreign forces and one side
    ("participle", "Turkish soldiers and rebel fighters patrol the recently captured Dabiq."),
    # a negation in the clause
    ("negated", "Kurdish fighters clashed with rebels but did not capture Tal Rifaat."),
    # a holding verb with something else as its object
    ("hold_subject_set_off", "Rebel commanders, in a show of unity, held talks in Azaz."),
    # a region with no side named
    ("region_apposition", "Shells fell on the eastern part of Aleppo overnight."),
    # a list "under" attack, not control
    ("list_under_control", "Tal Rifaat, Kafr Naya and Kafr Qwertz are under heavy shelling."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_every_capture_verb_through() -> None:
    for head in lexicon.heads(lexicon.CAPTURE_VERBS):
        assert lexicon.may_state_control(f"The army {head} control of Hanano"), head


# Wordings read in a later pass: an entry into a place its phrase says another side holds, a
# capture noun with a day or an anaphor, "freed from", a relative clause after "X neighborhood
# of <city>".
MORE_STATES: list[tuple[str, str, list[Statement]]] = [
    # an entry is no capture: the holder named in its object still holds the place
    (
        "entry_into_held_place",
        "Syrian rebels backed by Turkish armour entered the Islamic State-held town of Jarablus "
        "early on Wednesday.",
        [("jarabulus", "islamic_state", "held")],
    ),
    (
        "entry_into_held_place",
        "Turkish-backed fighters entered Jarablus, the last stronghold of IS on that stretch of "
        "the border, on Wednesday.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # a storming of the stronghold is still a capture
    (
        "entry_into_held_place",
        "Government troops stormed the Sakhour district, a stronghold of the rebels, on Monday.",
        [("sakhour", "government", "captured")],
    ),
    # a capture noun with a day between it and its "of"
    (
        "capture_noun_day",
        "Trucks drive along the main road following the capture overnight Thursday of al-Bab by "
        "Turkish-backed rebels.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "capture_noun_day",
        "A soldier stands guard after the capture on Sunday of the Hanano district by "
        "government forces.",
        [("hanano", "government", "captured")],
    ),
    # a capture noun whose object is an anaphor
    (
        "capture_noun_anaphor",
        "Residents gather in a square of Manbij after the capture of the town by the Syrian "
        "Democratic Forces.",
        [("manbij", "kurdish", "captured")],
    ),
    # "freed from" a side, by another
    (
        "freed_from",
        "The town of Jarablus was freed from the Islamic State by Turkish-backed rebels on "
        "Wednesday.",
        [("jarabulus", "rebels", "captured")],
    ),
    # a relative clause after the city a neighborhood lies in
    (
        "relative_after_city",
        "Men stand outside a bakery in the Sheikh Maqsoud neighborhood of Aleppo, which is "
        "controlled by the YPG, on Monday.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # a capture of a place inside a region a side holds: the region's holder is the holder before
    (
        "capture_inside_held_region",
        "Turkish-backed rebels on Thursday captured the town of Jinderes in the Kurdish-held "
        "region of Afrin.",
        [("jinderes", "rebels", "captured")],
    ),
    # "under the control" with its "of" left out, the side in quotes
    (
        "under_control_word_left_out",
        'Jets struck the town of Deir Hafer, which is under the control the "Islamic State", '
        "on Monday.",
        [("dayr-hafir", "islamic_state", "held")],
    ),
    # a relative clause after "in <city>" with no comma
    (
        "relative_after_city",
        "Shells hit homes in the Sheikh Maqsoud neighborhood in Aleppo which is controlled by "
        "the YPG.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # a side declares the place taken
    (
        "declared_taken",
        "The Syrian Democratic Forces declared Manbij liberated on Saturday after a two-month "
        "battle.",
        [("manbij", "kurdish", "captured")],
    ),
    # a gerund after a comma, a count of places before the one named
    (
        "gerund_count_before_place",
        "Government troops pushed east of Aleppo on Monday, recapturing more than 28 villages "
        "and the Kuweires air base.",
        [("kuweires-airbase", "government", "captured")],
    ),
    # a siege named with its side before its place: besieged, the holder unnamed
    (
        "siege_by_side_of_place",
        "Families queued for bread during the siege by government forces of the Hanano district "
        "last winter.",
        [("hanano", "rebels", "besieged")],
    ),
]

MORE_STATES_NONE: list[tuple[str, str]] = [
    # an entry named apart from the holding (a town encircled before, entered now)
    (
        "entry_into_held_place",
        "Rebel fighters walk through the ruins of Jarablus after they entered it on Wednesday.",
    ),
    # a capture noun as a purpose
    ("capture_noun_day", "The army massed troops to prevent the capture on Sunday of Hanano."),
    # "freed" with something else than a side
    ("freed_from", "Hostages held in Manbij were freed from a prison on Wednesday."),
    # a side declares something else of the place
    ("declared_taken", "Rebels declared the Hanano district a closed military zone on Monday."),
    # a count of places that are shelled, not taken
    (
        "gerund_count_before_place",
        "Government troops pushed east on Monday, shelling more than 20 villages and the "
        "Kuweires air base.",
    ),
    # a siege feared, not one that was
    (
        "siege_by_side_of_place",
        "Residents of Hanano feared a siege by government forces of the whole district.",
    ),
    # a relative clause with no side after the city
    (
        "relative_after_city",
        "Children play in the Hanano district of Aleppo, which was shelled on Monday.",
    ),
]


test_more_states, test_more_states_none, test_more_pre_check = control_case_tests(
    MORE_STATES, MORE_STATES_NONE
)
