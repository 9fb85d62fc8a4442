"""The English clause reader (``rules._clause_en_rules`` and the words of the "English clause
reader" block of ``control/lexicon.py``), with the clause-level fixes made beside it: a fight for
the place named after it, a side's hold put in the past by its apposition, a rank among the
places a side took, "it" as the place a subject stands in, a relative whose "they" is the
sentence's side, "taken back" and "extended its control to", the possessive "loyal to Syria's
President", every member of an enumeration before "fell to", a day between a count and its list;
each kind with its negatives (hedges, aims, the past, a part of the place, the side a place was
taken from).

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a fight for the place named right after it: contested
    (
        "fight_for",
        "Rebels fire a mortar during the battle for Sheikh Saeed on Tuesday.",
        [("sheikh-saeed", "contested", "contested")],
    ),
    (
        "fight_for",
        "Smoke rises over Ramouseh as the fight for the district enters a second week.",
        [("ramouseh", "contested", "contested")],
    ),
    (
        "fight_for",
        "Government troops and insurgents fought over Sheikh Saeed through the night.",
        [("sheikh-saeed", "contested", "contested")],
    ),
    (
        "fight_for",
        "Rebels and soldiers were battling for Bustan al-Basha on Tuesday, a monitor said.",
        [("bustan-al-basha", "contested", "contested")],
    ),
    # an apposition that puts a side's hold in the past: lost by that side
    (
        "once_stronghold",
        "A man rides a bicycle in al-Bab, once an IS bastion, on a quiet morning.",
        [("al-bab", "unknown", "lost")],
    ),
    (
        "once_stronghold",
        "Shops reopen in Dabiq, formerly an Islamic State stronghold, as Turkish-backed rebels "
        "patrol the streets.",
        [("dabiq", "rebels", "lost")],
    ),
    (
        "once_stronghold",
        "Children play in Sakhour, previously a rebel enclave, while soldiers stand guard.",
        [("sakhour", "government", "lost")],
    ),
    # a rank among the places a side took: captured by the agent
    (
        "rank_taken",
        "A boy walks amid rubble in Masaken Hanano, the first district to be recaptured by the "
        "army in its offensive on the east.",
        [("hanano", "government", "captured")],
    ),
    (
        "rank_taken",
        "Hanano was the first neighbourhood in eastern Aleppo to be retaken by government forces.",
        [("hanano", "government", "captured")],
    ),
    (
        "rank_taken",
        "Fighters rest in Dabiq, the latest village to have been seized by Turkish-backed rebels.",
        [("dabiq", "rebels", "captured")],
    ),
    # "it" after a capture gerund: the place the subject stands in
    (
        "gerund_it",
        "Syrian army soldiers celebrate in Aleppo's Sheikh Saeed district after recapturing it.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "gerund_it",
        "Government soldiers patrol the Old City of Aleppo on December 13, 2016, after taking it "
        "from rebel fighters.",
        [("old-city", "government", "captured")],
    ),
    (
        "gerund_it",
        "Kurdish fighters gather in Sheikh Maqsoud on Monday after seizing it.",
        [("sheikh-maqsoud", "kurdish", "captured")],
    ),
    # "it" as a passive's subject after a cue: the place named right before
    (
        "it_passive",
        "Fighters walk through Hanano after it was recaptured by the army.",
        [("hanano", "government", "captured")],
    ),
    (
        "it_passive",
        "Families return to Manbij after it was taken from IS by the SDF.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "it_passive",
        "Traders reopen their shops in Dabiq since it was liberated by Free Syrian Army fighters.",
        [("dabiq", "rebels", "captured")],
    ),
    # a relative whose "they" is the sentence's one side
    (
        "pronoun_relative",
        "Rebel fighters rest in Ramouseh, a district they seized last month.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "pronoun_relative",
        "Kurdish fighters stand in Sheikh Maqsoud, a district they have held since 2012.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "pronoun_relative",
        "IS militants parade in Khanasir, a town that the group captured on Friday.",
        [("khanasir", "islamic_state", "captured")],
    ),
    # "taken back", "extended its control to": capture verbs
    (
        "capture_verbs",
        "Pro-government forces have taken back Hanano, state media said.",
        [("hanano", "government", "captured")],
    ),
    (
        "capture_verbs",
        "The army extended its control to Sakhour on Monday.",
        [("sakhour", "government", "captured")],
    ),
    (
        "capture_verbs",
        "Kurdish fighters expanded their control over Sheikh Maqsoud after the rebels left.",
        [("sheikh-maqsoud", "kurdish", "captured")],
    ),
    # the possessive form of "loyal to ... Assad"
    (
        "loyal_to_possessive",
        "Forces loyal to Syria's President Bashar al-Assad recaptured Ramouseh on Sunday.",
        [("ramouseh", "government", "captured")],
    ),
    (
        "loyal_to_possessive",
        "Troops loyal to Syria's President Assad took Sakhour after a week of clashes.",
        [("sakhour", "government", "captured")],
    ),
    # every member of an enumeration before "fell to"
    (
        "list_fell_to",
        "Hanano and Jabal Badro fell to government forces on Saturday.",
        [("hanano", "government", "captured"), ("jabal-badro", "government", "captured")],
    ),
    (
        "list_fell_to",
        "Sakhour, Haydariya and Ard al-Hamra fell to the army on Monday, the monitor said.",
        [
            ("ard-al-hamra", "government", "captured"),
            ("haydariyeh", "government", "captured"),
            ("sakhour", "government", "captured"),
        ],
    ),
    # a day between a count and its list
    (
        "count_day_list",
        "Rebels took three districts on Friday: Sakhour, Haydariya and Ard al-Hamra.",
        [
            ("ard-al-hamra", "rebels", "captured"),
            ("haydariyeh", "rebels", "captured"),
            ("sakhour", "rebels", "captured"),
        ],
    ),
    (
        "count_day_list",
        "Government troops seized two neighbourhoods overnight, Sakhour and Haydariya.",
        [("haydariyeh", "government", "captured"), ("sakhour", "government", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a fight wanted, won, past or ended
    ("fight_vowed", "Rebels vowed to fight for Sheikh Saeed."),
    ("fight_after", "After the battle for Sheikh Saeed, residents returned to their homes."),
    ("fight_prepared", "Loyalists are preparing for the battle for Ramouseh."),
    ("fight_ended", "The battle for Ramouseh ended on Sunday with a rebel withdrawal."),
    ("fight_for_side", "A man fighting for the rebels rests in a flat in Sukkari."),
    # a past named with no side
    ("once_no_side", "People walk in Sheikh Maqsoud, once a thriving market district."),
    # a rank still to come
    ("rank_next", "Hanano could be the next district to be retaken by government forces."),
    ("rank_no_agent", "Hanano was the first district to be retaken in the offensive."),
    # "it" that may be another thing; a gerund that failed
    ("gerund_it_thing", "Rebel fighters pose with a tank in Sakhour after capturing it."),
    ("gerund_failed", "Rebels celebrate in Ramouseh after failing to take it."),
    ("it_passive_before", "A soldier stands in Hanano before it was retaken by rebels."),
    ("it_passive_thing", "A tank burns in Sakhour after it was hit by rebels."),
    # a relative whose "they" has no one side, or an entry
    (
        "relative_two_sides",
        "Rebels and Kurdish fighters rest in Ramouseh, a district they seized last month.",
    ),
    ("relative_entry", "Rebels rest in Ramouseh, a district they entered last month."),
    # a part of the place, a purpose, an aim
    ("part_taken_back", "Pro-government forces have taken back parts of Hanano."),
    ("aim_taken_back", "The army vowed to take back Hanano."),
    ("extended_aim", "The army seeks to extend its control to Sakhour."),
    # a capture from a side with no capturer named
    ("from_side_only", "Residents celebrate the recapture of Manbij from IS."),
    ("from_side_only", "Residents celebrate the liberation of Manbij from Islamic State."),
    # shelling, flight, presence
    ("shelling", "Smoke billows after shelling of Sukkari on Monday."),
    ("flight", "People flee Sakhour as fighting rages nearby."),
    ("presence", "A rebel fighter walks in Sukkari on Monday."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_is_built_from_the_clause_reader_words() -> None:
    assert set(lexicon.CLAUSE_EN_TRIGGERS) <= set(lexicon.TRIGGERS)
    assert lexicon.may_state_control("Smoke rises during the battle for Qwertz.")
    assert lexicon.may_state_control("A man walks in Qwertz, once an IS bastion.")
    assert lexicon.may_state_control("Qwertz, the first town to be retaken by the army.")
    assert lexicon.may_state_control("Soldiers celebrate in Qwertz after recapturing it.")
    assert lexicon.may_state_control("Soldiers walk in Qwertz after it was retaken by the army.")
    assert not lexicon.may_state_control("A man walks past a shop in Qwertz at dusk.")
