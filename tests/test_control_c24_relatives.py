"""English control wordings, round 24: sides with words before their names, anaphors of an
agentless passive, holdings of the past perfect, a side's positions in a neighbourhood (issue 14).

- a side's name after words that describe it (one list for every English rule, see
  :data:`aleppomap.control.lexicon.ACTOR_SIDE_MODIFIERS`): a word of no side ("*hardline*
  rebels", "*US-backed* SDF fighters", "*Russian-backed* Syrian troops") or one of its own side
  ("*Turkish-backed* rebels", "the *Kurdish-led* SDF", "*pro-government* Syrian militias", "the
  Syrian *army's elite* Tiger Forces"), in a relative ("X, which Turkish-backed rebels took in
  February"), a passive, an active clause, a "-held" modifier ("in Turkish-backed rebel-held X")
  or an apposition ("X, a Turkish-backed rebel
  stronghold"); a word of another side ("Kurdish-led rebels") or a backer alone ("US-backed
  forces") names no one side, and a word of no side before a people's adjective ("a mainly
  Kurdish district") is no side's;
- a definite noun of the place's kind as the subject of a passive right after it ("in X after
  *the district* was recaptured from rebels"), as "it" is: with its agent, the agent's capture;
  with only the side it was taken from, as "X, retaken from rebels": the one other side its
  sentence names took it, else that side lost it (``unknown``); a noun of another kind ("in
  Aleppo after the district was ..."), no side, or "before" makes none;
- a holding of the past perfect in a relative after its subject whose main clause is in the
  present ("Rebels, who had controlled eastern Aleppo since 2012, board buses"): the main
  clause's present is its time, so the side held the place up to the caption's time: ``held``,
  dated the caption's day (``date_source`` ``caption``), as "who have held X since 2012" is;
  with the main clause in the past ("..., boarded buses on Thursday") the holding ran up to that
  past time and stays none (the convention of round 22 for "IS had held Dabiq since 2014");
- a side's positions in a neighbourhood ("towards regime positions in the X area", "army
  positions in the neighbourhood of X"), as in a city: the side holds part of it (``extent``
  ``part``); not positions taken, former, near the place, nor in a region of the city ("rebel
  positions in east Aleppo": its front).

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from aleppomap.gazetteer import Gazetteer
from control_cases import Case, NoCase, control_case_tests, table_of

STATES: list[Case] = [
    # a side's name after words that describe it: in a relative
    (
        "modifier_relative",
        "A fighter stands guard in al-Bab, which Turkish-backed rebels took in February.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "modifier_relative",
        "Residents walk through Manbij, which US-backed SDF fighters captured in August.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "modifier_relative",
        "Smoke rises over Sheikh Saeed, which Russian-backed Syrian troops retook on Monday.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "modifier_relative",
        "A boy walks in Hanano, which the Syrian army's elite Tiger Forces recaptured on Sunday.",
        [("hanano", "government", "captured")],
    ),
    (
        "modifier_relative",
        "A man rides a bicycle in Hanano, which hardline Islamist rebels seized in 2012.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "modifier_relative",
        "A man sells bread in Sheikh Maqsoud, which the Kurdish-led SDF controls.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "modifier_relative",
        "Children play in Hanano, which pro-government Syrian militias retook last week.",
        [("hanano", "government", "captured")],
    ),
    # ... in a passive, an active clause, an apposition
    (
        "modifier_passive",
        "Al-Bab was captured by Turkish-backed Syrian rebels in February.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "modifier_passive",
        "A man walks in Hanano, held by hardline Islamist factions.",
        [("hanano", "rebels", "held")],
    ),
    (
        "modifier_passive",
        "Dabiq fell to Turkish-backed rebels on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "modifier_active",
        "Turkish-backed Syrian rebels captured Dabiq from IS on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "modifier_active",
        "Iranian-backed Shiite militias retook Hanano on Sunday.",
        [("hanano", "government", "captured")],
    ),
    (
        "modifier_apposition",
        "A fighter walks through al-Bab, a Turkish-backed rebel stronghold, on Sunday.",
        [("al-bab", "rebels", "held")],
    ),
    (
        "modifier_apposition",
        "A woman cooks in Manbij, a stronghold of US-backed Kurdish fighters.",
        [("manbij", "kurdish", "held")],
    ),
    # ... in a "-held" modifier
    (
        "modifier_held",
        "A man pushes a cart in Turkish-backed rebel-held al-Bab.",
        [("al-bab", "rebels", "held")],
    ),
    (
        "modifier_held",
        "A boy sits on a wall in the US-backed SDF-held town of Manbij.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "modifier_held",
        "Smoke rises over hardline Islamist-held Hanano.",
        [("hanano", "rebels", "held")],
    ),
    (
        "modifier_held_former",
        "A man walks in the former Turkish-backed rebel-held town of al-Bab.",
        [("al-bab", "unknown", "lost")],
    ),
    # a definite noun as the subject of a passive right after the place
    (
        "noun_passive_from",
        "Smoke rises in Sheikh Saeed after the district was recaptured from rebels.",
        [("sheikh-saeed", "unknown", "lost")],
    ),
    (
        "noun_passive_from",
        "Soldiers patrol in Sheikh Saeed after the district was recaptured from rebels.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "noun_passive_from",
        "Residents return to Hanano on Monday after the neighbourhood was retaken from rebels.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "noun_passive_from",
        "Smoke rises in Sheikh Saeed after it was retaken from rebels.",
        [("sheikh-saeed", "unknown", "lost")],
    ),
    (
        "noun_passive_by",
        "Smoke rises in Sheikh Saeed after the district was retaken by troops.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "noun_passive_by",
        "Residents return to Tadef after the town was captured from IS by Syrian troops.",
        [("tadif", "government", "captured")],
    ),
    # a holding of the past perfect, the main clause in the present
    (
        "pluperfect_relative",
        "Rebels, who had controlled eastern Aleppo since 2012, board buses.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "pluperfect_relative",
        "Rebels, who had controlled eastern Aleppo since 2012, now wait for buses in Aleppo.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "pluperfect_relative",
        "Rebels, who had controlled eastern Aleppo since 2012, are leaving the city.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "pluperfect_relative",
        "Rebels, who had held Hanano for four years, board buses on Thursday.",
        [("hanano", "rebels", "held")],
    ),
    # a side's positions in a neighbourhood
    (
        "positions_in_district",
        "Rebels fire a mortar towards regime positions in the Ramouseh area.",
        [("ramouseh", "government", "held", "part")],
    ),
    (
        "positions_in_district",
        "Rebels fire a mortar towards regime positions in Ramouseh.",
        [("ramouseh", "government", "held", "part")],
    ),
    (
        "positions_in_district",
        "Rebels fire a mortar at government positions in the Ramouseh district of Aleppo.",
        [("ramouseh", "government", "held", "part")],
    ),
    (
        "positions_in_district",
        "Rebels fire at army positions in the neighbourhood of Ramouseh.",
        [("ramouseh", "government", "held", "part")],
    ),
    (
        "positions_in_district",
        "Smoke rises after air strikes on rebel positions in Hanano district.",
        [("hanano", "rebels", "held", "part")],
    ),
    (
        "positions_in_city",
        "Rebels fire a mortar towards regime positions in Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
]

STATES_NONE: list[NoCase] = [
    # a word of another side, a backer alone, a foreign army, allies of no side, an aim, two sides
    (
        "modifier_other_side",
        "Residents walk in Manbij, which Kurdish-led rebels captured in August.",
    ),
    ("modifier_backer_alone", "A man walks in Hanano, which US-backed forces captured."),
    ("modifier_foreign", "A fighter walks in al-Bab, which Turkish troops captured in February."),
    ("modifier_allies", "A fighter walks in al-Bab, which allied militias captured in February."),
    ("modifier_aim", "A fighter stands in al-Bab, which Turkish-backed rebels hope to take."),
    (
        "modifier_two_sides",
        "A fighter stands in al-Bab, which Turkish-backed rebels and Kurdish fighters captured.",
    ),
    ("modifier_held_other_side", "A man walks in Kurdish-led rebel-held al-Bab."),
    ("modifier_people", "A man walks in Sheikh Maqsoud, a mainly Kurdish district, on Sunday."),
    ("modifier_people", "A man walks in Hanano, a pro-government Kurdish district, on Sunday."),
    # a passive's noun of another kind, before, no side, two sides, a hedge, no capture
    (
        "noun_passive_kind",
        "Residents return to Aleppo after the district was recaptured from rebels.",
    ),
    (
        "noun_passive_kind",
        "Residents return to Sheikh Saeed after the town was recaptured from rebels.",
    ),
    (
        "noun_passive_before",
        "Smoke rises in Sheikh Saeed before the district was recaptured from rebels.",
    ),
    ("noun_passive_no_side", "Smoke rises in Sheikh Saeed after the district was recaptured."),
    (
        "noun_passive_two_sides",
        "Smoke rises in Sheikh Saeed after the district was recaptured from rebels and IS.",
    ),
    (
        "noun_passive_hedged",
        "Smoke rises in Sheikh Saeed after the district was reportedly recaptured from rebels.",
    ),
    (
        "noun_passive_shelled",
        "Smoke rises in Sheikh Saeed after the district was shelled by rebels.",
    ),
    # a holding of the past perfect whose time is a past one
    (
        "pluperfect_past_main",
        "Rebels, who had controlled eastern Aleppo since 2012, boarded buses on Thursday.",
    ),
    (
        "pluperfect_past_main",
        "Rebels, who had held Hanano since 2012, left the district on Thursday.",
    ),
    ("pluperfect_past_main", "IS militants, who had held Dabiq since 2014, fled the town."),
    ("pluperfect_alone", "IS militants had held Dabiq since 2014."),
    (
        "pluperfect_no_verb",
        "Rebels, who had controlled eastern Aleppo since 2012, in Aleppo on Thursday.",
    ),
    # positions taken, former, near the place
    ("positions_taken", "Rebels overran regime positions in the Ramouseh area."),
    (
        "positions_former",
        "Rebels fire a mortar towards former regime positions in the Ramouseh area.",
    ),
    ("positions_near", "Rebels fire a mortar towards regime positions near the Ramouseh area."),
    ("positions_region", "Warplanes pound rebel positions in east Aleppo on Sunday."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_pluperfect_relative_is_dated_the_caption_day(gazetteer: Gazetteer) -> None:
    """The past perfect's time is the main clause's present: the caption's day, as for the
    present perfect ("who have held X since 2012"); not the start ("since 2012") nor ``past``."""
    for caption in (
        "Rebels, who had controlled eastern Aleppo since 2012, board buses.",
        "Rebels, who have held eastern Aleppo since 2012, board buses.",
    ):
        table = table_of(gazetteer, caption)
        rows = table[["place_id", "date", "date_source"]].values.tolist()
        assert rows == [["east-aleppo", "2016-12-13", "caption"]], caption


def test_agentless_noun_passive_names_the_side_lost(gazetteer: Gazetteer) -> None:
    """The side the place was taken from is kept as ``from_controller``, with or without a
    taker named in its sentence."""
    for caption, controller in (
        ("Smoke rises in Sheikh Saeed after the district was recaptured from rebels.", "unknown"),
        (
            "Soldiers patrol in Sheikh Saeed after the district was recaptured from rebels.",
            "government",
        ),
    ):
        table = table_of(gazetteer, caption)
        rows = table[["place_id", "controller", "from_controller"]].values.tolist()
        assert rows == [["sheikh-saeed", controller, "rebels"]], caption
