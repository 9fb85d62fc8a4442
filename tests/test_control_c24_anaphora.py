"""Control statements, round 24: a side's anaphor, ranks after a locative, gerunds with "it",
and the parts of a city said with other nouns.

- a capture whose object is a side's noun phrase for the one place named before it ("a week
  after the SDF seized *the group's stronghold*", "*the rebels' last enclave*", "*the IS-held
  town*", "*the militant stronghold*", "*the opposition bastion*"); none with two places before
  it, with its own place named after it ("... stronghold *of* X", "*in* X", ", X,"), or with no
  capture;
- a rank among the places a side took, after a locative set off by commas ("X, in east Aleppo,
  was the first district to be retaken by ...", "the last town to fall to ...");
- a gerund or "having" with "it" for the place the subject stands in or enters ("rebels enter X
  after seizing it from IS", "after wresting (control of) it from", ", having captured it");
- a part of a city said with "sector" ("X, a rebel-held sector of eastern Aleppo": X is held;
  "a rebel-held sector of eastern Aleppo": a part of the east); the rebels' bare adjective before
  the gazetteer's side of the city ("the rebel eastern districts of the city"), and "that have
  held out against" a side (the one other side holds the place).

Our own captions, none copied.
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from control_cases import Extent, Statement, control_case_tests, table_of

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # 1. a side's anaphor as a capture's object
    (
        "side_anaphor",
        "A Kurdish fighter stands guard in the northern town of Manbij, a week after the SDF "
        "seized the group's stronghold.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "side_anaphor",
        "Families return to Manbij after the Syrian Democratic Forces captured the jihadists' "
        "bastion from Islamic State.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "side_anaphor",
        "A boy walks past rubble in Hanano after government forces took the rebels' last "
        "enclave on Monday.",
        [("hanano", "government", "captured")],
    ),
    (
        "side_anaphor",
        "A rebel fighter runs through a street in Hanano. Government forces retook the "
        "rebels' main enclave on Sunday.",
        [("hanano", "government", "captured")],
    ),
    (
        "side_anaphor",
        "Syrian troops patrol al-Bab after the army recaptured the IS-held town.",
        [("al-bab", "government", "captured")],
    ),
    (
        "side_anaphor",
        "Turkish-backed fighters gather in Jarabulus after they seized the militant stronghold.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "side_anaphor",
        "Regime forces advance in Hanano after they captured the opposition bastion.",
        [("hanano", "government", "captured")],
    ),
    (
        "side_anaphor",
        "Syrian soldiers stand in the town of al-Bab after the army overran the jihadist bastion.",
        [("al-bab", "government", "captured")],
    ),
    (
        "side_anaphor",
        "Smoke rises over Dabiq after Turkish-backed rebels seized the Islamic State group's "
        "stronghold.",
        [("dabiq", "rebels", "captured")],
    ),
    # 2. a rank after a locative set off by commas
    (
        "rank_locative",
        "Hanano, in east Aleppo, was the first district to be retaken by government forces "
        "on 27 November.",
        [("hanano", "government", "captured")],
    ),
    (
        "rank_locative",
        "Hanano, in eastern Aleppo, became the first neighbourhood to be captured by the army.",
        [("hanano", "government", "captured")],
    ),
    (
        "rank_locative",
        "Al-Bab, near the Turkish border, was the last town to fall to the rebels.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "rank_locative",
        "Hanano, in eastern Aleppo, was the first neighbourhood to fall to rebels in 2012.",
        [("hanano", "rebels", "captured")],
    ),
    # 3. a gerund or "having" with "it"
    (
        "gerund_it",
        "Turkish-backed rebels enter Jarabulus after seizing it from Islamic State.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "gerund_it",
        "Turkish-backed rebels enter Jarabulus after wresting it from Islamic State militants.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "gerund_it",
        "Syrian rebels walk through Jarabulus after wresting control of it from the Islamic "
        "State group.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "gerund_it",
        "Turkish-backed rebels patrol Jarabulus, having captured it from IS fighters on Wednesday.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "gerund_it",
        "Syrian troops entered al-Bab on Thursday, having taken full control of it from IS.",
        [("al-bab", "government", "captured")],
    ),
    (
        "gerund_it",
        "Turkish-backed rebels enter Jarabulus, having seized it from Islamic State, Turkish "
        "officials said.",
        [("jarabulus", "rebels", "captured")],
    ),
    # 4. parts of a city: "sector"
    (
        "sector_part",
        "Civilians are evacuated from al-Sukkari, a rebel-held sector of eastern Aleppo.",
        [("sukkari", "rebels", "held", "whole")],
    ),
    (
        "sector_part",
        "Civilians are evacuated from a rebel-held sector of eastern Aleppo.",
        [("east-aleppo", "rebels", "held", "part")],
    ),
    (
        "sector_part",
        "Civilians are evacuated from rebel-held sectors of eastern Aleppo.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "sector_part",
        "A man sells vegetables in al-Sukkari, a government-held sector of western Aleppo.",
        [("sukkari", "government", "held", "whole"), ("west-aleppo", "government", "held", "part")],
    ),
]

STATES_REGION: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # 4. the rebels' bare adjective before the gazetteer's side of a city; "held out against"
    (
        "rebel_region",
        "Smoke rises over the rebel eastern districts of Aleppo that have held out against "
        "government forces.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "rebel_region",
        "Residents walk in Aleppo. Smoke rises over the rebel eastern districts of the city "
        "that have held out against government forces.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "rebel_region",
        "Rescue workers search the rubble in rebel east Aleppo after air strikes.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "rebel_region",
        "A man walks through Aleppo. Shells fell on the opposition east of the city overnight.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "held_out",
        "Rebel fighters rest in Sukkari, which has held out against government forces for months.",
        [("sukkari", "rebels", "held", "whole")],
    ),
    (
        "held_out",
        "Kurdish fighters guard Sheikh Maqsoud, which has held out against rebel shelling "
        "for weeks.",
        [("sheikh-maqsoud", "kurdish", "held", "whole")],
    ),
]
STATES += STATES_REGION
STATES += [
    # the stronghold named after it is the place taken, not the place named before (Raqqa is
    # in the gazetteer since g24)
    (
        "side_anaphor",
        "A Kurdish fighter stands guard in Manbij, a week after the SDF seized the group's "
        "stronghold of Raqqa.",
        [("raqqa", "kurdish", "captured")],
    ),
    # 3. the subject's own word after its backer ("Turkish-backed *Syrian* fighters")
    (
        "gerund_it",
        "Turkish-backed Syrian fighters drive into Jarabulus after taking it from Islamic State "
        "jihadists.",
        [("jarabulus", "rebels", "captured")],
    ),
    # 1. a side's stronghold as the object in French, Spanish and German
    (
        "world_side_anaphor",
        "Un combattant kurde monte la garde à Manbij, une semaine après que les FDS ont pris le "
        "fief du groupe.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "world_side_anaphor",
        "Des civils rentrent à Manbij après que les FDS ont repris le bastion jihadiste.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "world_side_anaphor",
        "Un combatiente kurdo en Manbij, días después de que las FDS tomaron el bastión yihadista.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "world_side_anaphor",
        "Ein kurdischer Kämpfer in Manbidsch, nachdem die SDF die Hochburg der Dschihadisten "
        "eingenommen hatten.",
        [("manbij", "kurdish", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # 1. two places before it, its own place after it, no capture, a hedge, no place
    (
        "side_anaphor",
        "Fighters rest in Manbij and Jarabulus after the SDF seized the group's stronghold.",
    ),
    (
        "side_anaphor",
        "Residents flee Manbij, a week after the SDF seized the group's stronghold in Jarabulus.",
    ),
    (
        "side_anaphor",
        "Rebels in Azaz said IS seized the group's stronghold, Tal Rifaat, on Sunday.",
    ),
    ("side_anaphor", "Smoke rises over Manbij as the SDF shells the group's stronghold."),
    (
        "side_anaphor",
        "Residents of Manbij wait as the SDF tries to seize the group's stronghold.",
    ),
    (
        "side_anaphor",
        "Residents of Manbij watch as Kurdish fighters failed to seize the group's stronghold.",
    ),
    (
        "side_anaphor",
        "Kurdish fighters rest in Manbij, near Jarabulus, after they seized the group's "
        "stronghold.",
    ),
    ("side_anaphor", "Troops seized the rebels' stronghold on Sunday."),
    (
        "side_anaphor",
        "Displaced people in Azaz say IS seized the residents' neighbourhood.",
    ),
    # 2. no rank of a capture, a relative the container's, a hedge
    (
        "rank_locative",
        "Hanano, in east Aleppo, was the next district to be retaken by government forces.",
    ),
    (
        "rank_locative",
        "Hanano, in east Aleppo, was expected to be the first district to be retaken by "
        "government forces.",
    ),
    (
        "rank_locative",
        "Hanano, in east Aleppo, was the first district to be hit by government air strikes.",
    ),
    (
        "rank_locative",
        "Sukkari, in Aleppo, which was the first district to be retaken by the army, lies in "
        "ruins.",
    ),
    # 3. another subject, a failure, no cue, a loss, a city, two sides
    ("gerund_it", "Turkish-backed rebels enter Jarabulus after failing to seize it from IS."),
    ("gerund_it", "Turkish-backed rebels shell Jarabulus after seizing it from Islamic State."),
    ("gerund_it", "Turkish-backed rebels enter Jarabulus before seizing it from Islamic State."),
    ("gerund_it", "Turkish-backed rebels enter Jarabulus, having lost it to Islamic State."),
    ("gerund_it", "Rebels enter Jarabulus, hoping to seize it from Islamic State."),
    ("gerund_it", "Turkish-backed rebels enter Aleppo after seizing it from government forces."),
    (
        "gerund_it",
        "Turkish-backed rebels and Kurdish fighters enter Jarabulus after seizing it from "
        "Islamic State.",
    ),
    # 4. a sector of no side
    ("sector_part", "Civilians are evacuated from al-Sukkari, a sector of eastern Aleppo."),
    (
        "sector_part",
        "Civilians are evacuated from al-Sukkari, a sector of eastern Aleppo hit by rebel "
        "shelling.",
    ),
]

STATES_NONE += [
    # 4. a former side, one a capture took, no adjective and no other side, a failure, a hedge
    ("rebel_region", "Smoke rises over the former rebel eastern districts of Aleppo."),
    ("rebel_region", "Troops retook the rebel eastern districts of Aleppo on Thursday."),
    ("rebel_region", "Rebels fire from the east of Aleppo."),
    (
        "held_out",
        "Smoke rises over the eastern districts of Aleppo that have held out against "
        "government forces.",
    ),
    (
        "held_out",
        "Smoke rises over Sukkari, which has held out against government forces for months.",
    ),
    (
        "held_out",
        "Rebel fighters rest in Sukkari, which failed to hold out against government forces.",
    ),
    (
        "held_out",
        "A rebel commander said the eastern districts of Aleppo could not hold out against the "
        "army for long.",
    ),
]

STATES_NONE += [
    # 1. its place named after it, two places before it, no capture
    (
        "world_side_anaphor",
        "Un combattant kurde à Manbij, une semaine après que les FDS ont pris le fief du groupe "
        "à Raqqa.",
    ),
    (
        "world_side_anaphor",
        "Des combattants à Manbij et Jarabulus après que les FDS ont pris le fief du groupe.",
    ),
    (
        "world_side_anaphor",
        "Un combattant kurde à Manbij, après que les FDS ont bombardé le fief du groupe.",
    ),
    ("world_side_anaphor", "Les FDS ont pris le fief du groupe dimanche."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


@pytest.mark.parametrize(
    ("caption", "date", "source"),
    [
        # a rank is a past event: the day its clause states, else none (not the caption's)
        (
            "Hanano, in east Aleppo, was the first district to be retaken by government forces "
            "on 27 November.",
            "2016-11-27",
            "clause",
        ),
        (
            "Hanano, in east Aleppo, was the first district to be retaken by government forces.",
            "",
            "past",
        ),
    ],
)
def test_rank_date(gazetteer: Gazetteer, caption: str, date: str, source: str) -> None:
    table = table_of(gazetteer, caption)
    assert table[["date", "date_source"]].values.tolist() == [[date, source]]
