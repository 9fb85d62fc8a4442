"""English control wordings of issue 14, round 17 (the misses of two development sets, by kind).

- a holding said to have ended ("X was an IS stronghold *until* August", "X was under rebel
  control until 2013", "X remained in the hands of IS until June", "X was *once* an IS
  stronghold"): the side's loss, as "X, held by rebels until December" already was (the
  project's one convention for past holdings, docs/architecture.md); a holding that lasts
  ("until now") or a bare past ("X was an IS stronghold") stays a holding;
- a side of "the city" with who holds it before it ("the rebel-held east of the city", "the
  government-held west of the city"), whether Aleppo is named before or after it, and "the
  rebel-held east of Aleppo" (with its article: the side, not a direction): East or West
  Aleppo, as "the rebel-held eastern part of Aleppo" is; "the rebels east of Aleppo" stays a
  direction; a caption that writes Aleppo only in lower case ("aleppo, syria") still makes
  its side of "the city" East or West Aleppo;
- a place a dateline writes in capitals, said again in the caption ("AFRIN, SYRIA: ... took
  control of Afrin"): the later mention is read like any other;
- "military" as an adjective ("a significant military achievement") names no side, so that
  "Turkey's seizure of the town" still goes to the one Syrian side named; "the military" is
  still the army;
- an entry that declares its control ("swept into X, declaring full control", "stormed X and
  declared full control"): a capture by the clause's side; an entry alone, or a control only
  tried, is none;
- "once", "formerly", "previously" before "under ... control" or "in rebel hands": an ended
  holding, a loss; "reasserted (re-established, reimposed) control over X": a capture; a holding
  said inside a capture's own phrase ("X, the last Kurdish stronghold, was taken by Y"): the
  holder before it, no statement;
- "the town" or "the city" with no place in its sentence or the one before: the one town or
  city the caption named further back (none when it named two); "his troops" after a foreign
  army's capture noun are that army's, no Syrian side;
- parts named by their side alone as a capture's object ("had taken control of eastern areas"),
  the one city (not one of a list) its sentence names: a part of that city;
- a siege by IS whose sentence names the Kurds as the place's people or its kind and no other
  side ("Kurdish families fled Kobani, which is under siege by IS"): the Kurdish forces hold the
  place; a side fought *against* near the siege is no defender of it.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Case, NoCase, control_case_tests

STATES: list[Case] = [
    # a holding that ended: the side's loss, whatever words state it
    (
        "held_until",
        "Manbij was an Islamic State stronghold until August, residents said.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "held_until",
        "Manbij was held by Islamic State until August 2016.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "held_until",
        "A market reopens in Azaz, which was under rebel control until early 2013.",
        [("azaz", "unknown", "lost")],
    ),
    (
        "held_until",
        "Al-Bab remained in the hands of Islamic State until February.",
        [("al-bab", "unknown", "lost")],
    ),
    (
        "held_until",
        "Jarabulus was once an Islamic State stronghold.",
        [("jarabulus", "unknown", "lost")],
    ),
    (
        "held_until",
        "Manbij was an IS stronghold until the SDF drove the militants out in August.",
        [("manbij", "kurdish", "lost")],
    ),
    # ... a holding that lasts, or a bare past, stays a holding
    (
        "held_until_now",
        "Azaz has been under rebel control until now, a monitor said.",
        [("azaz", "rebels", "held")],
    ),
    (
        "held_until_now",
        "Residents say Tadif has been held by the government since 2017 until today.",
        [("tadif", "government", "held")],
    ),
    (
        "held_past",
        "Manbij was an Islamic State stronghold.",
        [("manbij", "islamic_state", "held")],
    ),
    # a side of "the city" with its holder, the city named before or after it
    (
        "city_side_held",
        "A boy walks in the rebel-held east of the city. Aleppo has been divided since 2012.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "city_side_held",
        "Shelling hit Aleppo on Monday. A boy pushes a cart in the rebel-held east of the city.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "city_side_held",
        "Families reach the government-held west of the city, in Aleppo, on Monday.",
        [("west-aleppo", "government", "held", "whole")],
    ),
    (
        "city_side_held",
        "Men clear rubble in the rebel-held eastern part of the city, Aleppo, Syria.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "city_side_held",
        "Children play in the government-controlled western districts of the city. Aleppo, Syria.",
        [("west-aleppo", "government", "held", "whole")],
    ),
    (
        "city_side_held",
        "Children play in the rebel-held east of Aleppo on Monday.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    # ... also where the caption writes the city's name only in lower case
    (
        "city_side_held",
        "rebels hold the eastern part of the city. a view of aleppo, syria, december 2016.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
    (
        "city_side_held",
        "A boy walks in the government-held west of the city. aleppo, syria.",
        [("west-aleppo", "government", "held", "whole")],
    ),
    # a dateline in capitals, the place said again
    (
        "dateline_repeat",
        "AFRIN, SYRIA: Families return home after the Free Syrian Army took complete control "
        "of Afrin on March 18, 2018.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "dateline_repeat",
        "MANBIJ, SYRIA - AUGUST 13: A man sells bread in Manbij, a town held by the SDF.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "dateline_repeat",
        "AL-BAB, Syria: Turkish-backed rebels captured al-Bab from Islamic State militants on "
        "Thursday.",
        [("al-bab", "rebels", "captured")],
    ),
    # "military" as an adjective names no side
    (
        "military_adjective",
        "A Turkish-backed rebel walks in Afrin. Turkey's seizure of the town is a significant "
        "military achievement.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "military_adjective",
        "A Turkish-backed fighter stands in al-Bab. Turkey's seizure of the town was a key "
        "military success for Ankara.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "military_adjective",
        "The military retook Khan Touman on Monday.",
        [("khan-tuman", "government", "captured")],
    ),
    # an entry that declares its control
    (
        "entry_declared",
        "Turkish troops and allied Syrian rebels swept into the town of Afrin, raising flags and "
        "declaring full control on Sunday.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "entry_declared",
        "SDF fighters rolled into Manbij on Friday, announcing full control after a ten-week "
        "campaign.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "entry_declared",
        "Rebels stormed Azaz on Sunday and declared full control.",
        [("azaz", "rebels", "captured")],
    ),
    # a siege by IS of the Kurds' place
    (
        "is_siege_kurdish",
        "Thousands of Kurdish families had to leave Kobani, which is under siege by Islamic "
        "State forces.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "is_siege_kurdish",
        "Kurdish refugees look across the border at Kobani, besieged by Islamic State militants.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "is_siege_kurdish",
        "Smoke rises over Kobani, which is under siege by Islamic State fighters.",
        [("kobani", "unknown", "besieged")],
    ),
    (
        "is_siege_kurdish",
        "Kurdish and rebel fighters are trapped in Marea, which is under siege by Islamic State "
        "militants.",
        [("marea", "unknown", "besieged")],
    ),
    # a siege fought *against* a side: that side is the besieger, no defender
    (
        "is_siege_kurdish",
        "A man mourns a son who died fighting against Islamic State forces. Kurdish families "
        "were forced to leave Kobani, which is under siege by Islamic State forces.",
        [("kobani", "kurdish", "besieged")],
    ),
    # "once", "formerly", "previously" before "under ... control" or "in ... hands": a loss
    (
        "held_until",
        "Army units deploy in Sheikh Maqsoud, previously under SDF control, after the truce.",
        [("sheikh-maqsoud", "government", "lost")],
    ),
    (
        "held_until",
        "Residents return to Azaz, once in rebel hands, on Monday.",
        [("azaz", "unknown", "lost")],
    ),
    (
        "held_until",
        "Residents return to Azaz, formerly under the control of the YPG, on Monday.",
        [("azaz", "unknown", "lost")],
    ),
    # a control taken back, said with "re-" and its noun
    (
        "reasserted_control",
        "Government forces reasserted control over the Sheikh Maqsoud neighbourhood on Saturday.",
        [("sheikh-maqsoud", "government", "captured")],
    ),
    (
        "reasserted_control",
        "The army said it had re-established full control of Manbij after clashes with the SDF.",
        [("manbij", "government", "captured")],
    ),
    (
        "reasserted_control",
        "Rebels reimposed control over Azaz after a week of clashes with Islamic State.",
        [("azaz", "rebels", "captured")],
    ),
    # a holding said inside a capture's own phrase: the holder before it, no holding now
    (
        "held_inside_capture",
        "Sheikh Maqsoud, the last Kurdish stronghold in Aleppo, was taken by government forces.",
        [("sheikh-maqsoud", "government", "captured")],
    ),
    (
        "held_inside_capture",
        "Manbij, an Islamic State bastion, was recaptured by the SDF in August.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "held_inside_capture",
        "Manbij, an Islamic State bastion, was shelled on Sunday.",
        [("manbij", "islamic_state", "held")],
    ),
    # parts named by their side alone, the one city of the sentence named before or after
    (
        "side_parts_bare",
        "By mid-2012 rebels had taken control of eastern areas and were pushing west when the "
        "army turned its guns on Aleppo.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "side_parts_bare",
        "Government troops recaptured the eastern neighbourhoods on Monday, state media in "
        "Aleppo said.",
        [("aleppo", "government", "captured", "part")],
    ),
    (
        "side_parts_bare",
        "Rebels, backed by local fighters seen here, had seized eastern areas when the army "
        "turned on Aleppo.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "side_parts_bare",
        "Shelling shook Aleppo, Syria, as rebels seized western districts on Friday.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    # a possessive pronoun's troops are the owner's, named before ("Turkey ... his troops")
    (
        "military_adjective",
        "A Turkish-backed rebel walks in Afrin. Turkey's seizure of the town is a big success "
        "that entrenches his troops as an occupying force.",
        [("afrin", "rebels", "captured")],
    ),
    # "the town" / "the city" with no place named in its sentence or the one before: the one
    # town or city the caption named further back
    (
        "anaphor_further_back",
        "An SDF fighter rests in Manbij on Wednesday. The SDF launched its campaign two months "
        "ago. The SDF finally succeeded in expelling IS from the town on Friday.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "anaphor_further_back",
        "A fighter rests in Manbij on Wednesday. Heavy fighting went on for weeks. The SDF "
        "finally took control of the city on Friday.",
        [("manbij", "kurdish", "captured")],
    ),
]

STATES_NONE: list[NoCase] = [
    ("city_side_direction", "The rebels east of Aleppo fired rockets on Monday."),
    ("city_side_direction", "Rebels fired from positions east of the city of Aleppo."),
    ("city_side_direction", "Rebels hold the eastern part of the city. damascus, syria."),
    ("dateline_repeat", "MANBIJ, SYRIA: Heavy clashes erupted in Manbij on Monday."),
    ("dateline_repeat", "AZAZ, SYRIA: Shells hit a market in Azaz on Monday."),
    ("military_adjective", "A military vehicle drives through Azaz on Monday."),
    ("entry_declared", "Rebels swept into the town of Azaz on Sunday."),
    ("entry_declared", "Rebels swept into the town of Azaz, trying to declare full control."),
    (
        "entry_declared",
        "Rebels swept into the town of Azaz on Sunday but stopped short of declaring full control.",
    ),
    (
        "entry_declared",
        "Rebels swept into the town of Azaz, where fighting raged and control was unclear.",
    ),
    ("entry_declared", "Rebels swept into the town of Azaz, declaring control of it impossible."),
    ("is_siege_kurdish", "Kurdish doctors treat the wounded as fighting rages near Kobani."),
    ("held_until", "Residents return to Azaz, once under siege by the YPG."),
    (
        "military_adjective",
        "Government troops hold the line near Afrin. Turkey's seizure of the town is a success.",
    ),
    (
        "anaphor_further_back",
        "A fighter rests in Manbij, near Jarabulus, on Wednesday. Heavy fighting went on for "
        "weeks. The SDF finally took control of the city on Friday.",
    ),
    ("reasserted_control", "The army hopes to reassert control over Sheikh Maqsoud."),
    ("reasserted_control", "The army failed to re-establish control of Manbij."),
    ("side_parts_bare", "Rebels seized eastern districts as fighting spread in Aleppo and Homs."),
    ("side_parts_bare", "Rebels seized western areas near Aleppo on Monday."),
    ("side_parts_bare", "Rebels hope to seize eastern districts, a commander in Aleppo said."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
