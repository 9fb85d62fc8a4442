"""English control wordings of issue 14, round 21 (the misses of the development sets, by kind).

- a reduced relative after the place, set off by a comma, with an adverb of its time or manner
  ("X, *newly* captured by rebels", "X, *only recently* retaken by the army") and every capture
  participle ("conquered", "reclaimed", "won back", "taken over", "wrested"): a capture by the
  agent;
- an apposition that names the city its noun lies in before the phrase about the place ("X, a
  district *of Aleppo* held by rebels", "X, a quarter *in eastern Aleppo*, controlled by the
  army", "X, a neighbourhood of Aleppo under rebel control"): a statement of X, never of the
  city;
- a change of hands inside a clause opened by "since" and put years back ("the first mass
  *since rebels took control of* X four years ago", "since the army retook X in 2013"): the
  start of a period the caption counts from, no statement (one of the caption's own time
  stays: "since rebels seized X last week"; a holding in the main clause still is one: "X has
  been held by rebels since they took it");
- a side's participle of holding right before the place ("rebel fighters *holding* X", "IS
  militants *controlling* the town of X"; not "holding positions in X", "holding out in X", nor
  "a man holding a child"): held; a side's dashed "-run" or "-occupied" in an apposition ("X, a
  rebel-run district") as "-held" is (not "-dominated": a people);
- a modifier's holding put in the past by "once" (after its article), "previously" or
  "one-time" ("the once rebel-held district of X"), as by "former": the side's loss;
- a member of a plural apposition ("X, one of the districts retaken by the army", "X, which
  was among the first neighbourhoods seized by rebels", "X is one of several towns held by
  Kurdish fighters"), as the singular apposition is;
- the members' count after an enumeration ("X and Y, *both* recaptured by the army", "X, Y and
  Z, *all* held by rebels"): each place, as "X and Y were recaptured" is;
- the forces Turkey leads ("Turkish-led forces took X") are its Syrian allies, the rebels, as
  "Turkish troops and allied rebels" are (Turkish forces alone, or a Turkish-led offensive,
  still name none); a control taken back with its object left out ("as SDF fighters have taken
  back control") is the one place named before, in the perfect too;
- the militias Iran backs ("Iran-backed militias", "Iranian-backed Shiite fighters", "the
  Fatemiyoun") are the government's side; Iranian forces alone stay a foreign army.
"""

from __future__ import annotations

import pytest

from aleppomap.control import control_table
from aleppomap.gazetteer import Gazetteer
from control_cases import Case, NoCase, control_case_tests, events_of

STATES: list[Case] = [
    # a participle set off after the place, an adverb before it
    (
        "participle_adverb",
        "Aid workers entered the area of Hanano, recently retaken by government forces, on "
        "Tuesday.",
        [("hanano", "government", "captured")],
    ),
    (
        "participle_adverb",
        "Families walk back to Hanano, newly captured by Syrian troops.",
        [("hanano", "government", "captured")],
    ),
    (
        "participle_adverb",
        "Shops reopen in Manbij, only recently retaken by the SDF from the jihadists.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "participle_adverb",
        "A fighter stands guard in Tal Rifaat, swiftly overrun by Kurdish forces in February.",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    (
        "participle_adverb",
        "Smoke over Manbij, eventually freed by the Syrian Democratic Forces.",
        [("manbij", "kurdish", "captured")],
    ),
    # every capture participle
    (
        "participle_verbs",
        "Residents return to Hanano, conquered by rebels in July 2012.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "participle_verbs",
        "Hanano was reclaimed by government troops on Monday.",
        [("hanano", "government", "captured")],
    ),
    (
        "participle_verbs",
        "Boys play football in Tal Rifaat, won back by Turkish-backed rebels last week.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "participle_verbs",
        "A view of Manbij, taken over by Islamic State militants in January 2014.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "participle_verbs",
        "Manbij was wrested from IS by the SDF in August.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "participle_verbs",
        "Children in Hanano, re-taken by the army after four years of rebel rule.",
        [("hanano", "government", "captured")],
    ),
    # an apposition naming the city before the phrase: the statement is the place's
    (
        "apposition_city",
        "A boy was hurt in an air strike in Qaterji, a neighbourhood of Aleppo controlled by "
        "rebels.",
        [("karm-al-qaterji", "rebels", "held")],
    ),
    (
        "apposition_city",
        "A boy was hurt in an air strike in Qaterji, a neighbourhood of Aleppo, controlled by "
        "rebels.",
        [("karm-al-qaterji", "rebels", "held")],
    ),
    (
        "apposition_city",
        "Shelling hit Qaterji, a district of eastern Aleppo held by the opposition.",
        [("karm-al-qaterji", "rebels", "held")],
    ),
    (
        "apposition_city",
        "Civil defence workers search the rubble in Hanano, a district in Aleppo recaptured by "
        "the army last week.",
        [("hanano", "government", "captured")],
    ),
    (
        "apposition_city",
        "Rescuers in Qaterji, a quarter of Aleppo under rebel control, carry a wounded man.",
        [("karm-al-qaterji", "rebels", "held")],
    ),
    # a holding in the main clause beside a "since" clause
    (
        "since_main_clause",
        "Hanano has been held by rebels since they captured it in 2012.",
        [("hanano", "rebels", "held")],
    ),
    (
        "since_main_clause",
        "Hanano has since been retaken by government forces.",
        [("hanano", "government", "captured")],
    ),
    (
        "since_main_clause",
        "Since then, government forces have recaptured Hanano.",
        [("hanano", "government", "captured")],
    ),
    # a "since" clause of the caption's own time: the change stands
    (
        "since_recent",
        "Few families have returned since Turkish-backed rebels seized Tal Rifaat last week.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "since_recent",
        "The market has stayed closed ever since Islamic State militants overran Manbij.",
        [("manbij", "islamic_state", "captured")],
    ),
    # a side's participle of holding right before the place
    (
        "holding_participle",
        "Rebel fighters holding Hanano refused to leave the district on Sunday.",
        [("hanano", "rebels", "held")],
    ),
    (
        "holding_participle",
        "IS militants holding Manbij executed three men, activists said.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "holding_participle",
        "The Kurdish forces controlling Sheikh Maqsoud opened the road to civilians.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "holding_participle",
        "Government troops, still occupying the town of Tal Rifaat, set up checkpoints.",
        [("tall-rifaat", "government", "held")],
    ),
    # a side's dashed participle of holding in an apposition
    (
        "apposition_dashed",
        "Shelling hit Hanano, a rebel-run district of Aleppo.",
        [("hanano", "rebels", "held")],
    ),
    (
        "apposition_dashed",
        "Hanano, an opposition-run neighbourhood, was shelled overnight.",
        [("hanano", "rebels", "held")],
    ),
    (
        "apposition_dashed",
        "A woman walks through Manbij, an IS-occupied town, in 2015.",
        [("manbij", "islamic_state", "held")],
    ),
    # a modifier's holding put in the past by "once", "previously", "one-time"
    (
        "modifier_once",
        "Children play in the once rebel-held district of Hanano.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "modifier_once",
        "A market in the previously IS-held city of Manbij, now patrolled by the SDF.",
        [("manbij", "kurdish", "lost")],
    ),
    (
        "modifier_once",
        "A mosque in the one-time rebel-held district of Hanano.",
        [("hanano", "unknown", "lost")],
    ),
    # a member of a plural apposition
    (
        "one_of_plural",
        "Children play in Hanano, one of the districts retaken by the army last week.",
        [("hanano", "government", "captured")],
    ),
    (
        "one_of_plural",
        "Shops reopen in Hanano, which was among the first neighbourhoods seized by rebels.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "one_of_plural",
        "A view of Tal Rifaat, one of several towns held by Kurdish fighters.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "one_of_plural",
        "Tal Rifaat is one of the last towns controlled by the YPG north of Aleppo.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    # the members' count after an enumeration
    (
        "enumeration_count",
        "Children play in Hanano and Sakhour, both recaptured by government forces.",
        [("hanano", "government", "captured"), ("sakhour", "government", "captured")],
    ),
    (
        "enumeration_count",
        "Families fled Hanano and Sakhour, both held by rebels at the time of the strikes.",
        [("hanano", "rebels", "held"), ("sakhour", "rebels", "held")],
    ),
    (
        "enumeration_count",
        "Hanano, Sakhour and Jabal Badro, all retaken by the army, lie in ruins.",
        [
            ("hanano", "government", "captured"),
            ("jabal-badro", "government", "captured"),
            ("sakhour", "government", "captured"),
        ],
    ),
    # the forces Turkey leads: its Syrian allies
    (
        "turkish_led",
        "Turkish-led forces say they have seized control of Afrin on Sunday.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "turkish_led",
        "Turkey-led fighters captured Tal Rifaat after a week of shelling.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    # a control taken back, its object left out (the one place named before)
    (
        "control_left_out",
        "Residents of Manbij cheered as SDF fighters have taken back control.",
        [("manbij", "kurdish", "captured")],
    ),
    # the militias Iran backs
    (
        "iran_backed",
        "Iran-backed militias captured Hanano on Monday, state media said.",
        [("hanano", "government", "captured")],
    ),
    (
        "iran_backed",
        "Residents return to Hanano, recaptured by Iranian-backed Shiite fighters.",
        [("hanano", "government", "captured")],
    ),
    (
        "iran_backed",
        "Afghan Fatemiyoun fighters retook Hanano after a week of battles.",
        [("hanano", "government", "captured")],
    ),
    (
        "iran_backed",
        "Iranian led militias recaptured Hanano on Sunday.",
        [("hanano", "government", "captured")],
    ),
    (
        "iran_backed",
        "Shiite militiamen seized Hanano on Sunday.",
        [("hanano", "government", "captured")],
    ),
]

STATES_NONE: list[NoCase] = [
    # a change of hands inside a "since" clause
    (
        "since_clause",
        "This is the first peaceful Christmas mass in Aleppo's old church since rebels took "
        "control of east Aleppo four years ago.",
    ),
    (
        "since_clause",
        "It is the first concert in Hanano since the army retook the district in 2013.",
    ),
    (
        "since_clause",
        "Residents had not been back to Hanano since it was captured by rebels in 2012.",
    ),
    (
        "since_clause",
        "The market has stayed closed ever since Islamic State militants overran Manbij two "
        "years ago.",
    ),
    (
        "since_clause",
        "Few families have returned since Turkish-backed rebels seized Tal Rifaat a year ago.",
    ),
    (
        "since_clause",
        "The school has been empty since IS fighters were driven out of Manbij in 2014.",
    ),
    # foreign forces alone, a people's word, a city named in an apposition of no place noun
    ("iran_forces", "Iranian forces entered Hanano on Monday."),
    ("apposition_no_phrase", "A boy plays in Qaterji, a neighbourhood of Aleppo, on Monday."),
    (
        "apposition_people",
        "A boy plays in Qaterji, a neighbourhood of Aleppo visited by journalists.",
    ),
    # "holding" with no place right after it, or no side before it
    ("holding_no_place", "Rebel fighters holding positions in Hanano fired mortars."),
    ("holding_no_place", "Rebel fighters holding out in Hanano refused to leave."),
    ("holding_no_place", "Syrian soldiers holding flags celebrate in Hanano."),
    ("holding_no_place", "Rebels holding hostages in Hanano demanded a ransom."),
    ("holding_no_side", "A man holding a child walks through Hanano."),
    ("holding_hedged", "Rebels believed to be holding Hanano fired mortars."),
    # a participle of no capture, or of a person taken, or of a photo
    ("participle_other", "A picture of Hanano taken by a rebel fighter shows the damage."),
    ("participle_other", "A photo of Manbij, taken by an SDF fighter, shows the damage."),
    ("participle_other", "A rebel fighter captured by the army in Hanano is led away."),
    ("participle_other", "The convoy reached Hanano, just cleared of mines by Russian sappers."),
    (
        "apposition_city_other",
        "A boy in Hanano, a district of Aleppo hit by government air strikes.",
    ),
    ("turkish_alone", "Turkish forces say they have seized control of Afrin on Sunday."),
    ("turkish_led_operation", "The Turkish-led offensive captured Afrin on Sunday."),
    # "once" as a conjunction; a plural apposition of no capture or a negated one
    (
        "one_of_other",
        "Children play in Hanano, one of the districts shelled by government forces.",
    ),
    (
        "one_of_other",
        "Children play in Hanano, one of the districts not retaken by the army.",
    ),
    (
        "enumeration_count_other",
        "Children play in Hanano and Sakhour, both hit by government air strikes.",
    ),
    # a people's adjective in an apposition
    ("apposition_people", "A boy plays in Sheikh Maqsoud, a Kurdish-dominated district."),
    # an adverb that puts the capture in a doubt or the future stays none
    ("participle_hedged", "Families walk back to Hanano, reportedly captured by Syrian troops."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


@pytest.mark.parametrize(
    "caption",
    [
        "Residents of Manbij cheered as SDF fighters have taken back control.",
        "Shops reopen in Hanano, as government troops took back control on Monday.",
    ],
)
def test_evidence_of_a_left_out_object_runs_to_the_verb(gazetteer: Gazetteer, caption: str) -> None:
    """A capture whose place is the one named before it ("as X have taken back control") has
    the words from its side to its verb as evidence, never an empty span."""
    table = control_table(events_of(gazetteer, caption))
    assert len(table) == 1, table
    row = table.iloc[0]
    assert row["evidence"].startswith(("SDF fighters", "government troops"))
    assert "back control" in row["evidence"]
    assert caption[row["evidence_start"] : row["evidence_end"]] == row["evidence"]
