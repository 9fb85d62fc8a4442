"""Changes of hands read from wordings of capture: a day inside "seized full control of", a capture
gerund after "by" or right after an advance, a site or a town named by its apposition ("the air base
of X", "the area of X"), "With the capture of X, ..." and "with the fall of X to", what a capture
did ("The capture of X by Y secured ...", also after "Led by ..., "), "it" after a report's day,
"the town" for a village, a passive's agent after its group's own name, the retreat of "the
militants", a Turkish army with its Syrian allies, "seized back", "handed X to" a side; what an
operation "resulted in", a place that owns its capture noun ("X's fall to IS"), a distance set off
before the capture's agent, an agent named by its banner, "cleared the town of X of" a side, an
enumeration with names the gazetteer lacks, a relative clause after a place's apposition, a relative
clause after a bearing that speaks of the apposition's head ("X, a town south of Y that is held by
IS"), a place named again, a place word right before a name, "the insurgency"; the Turkish-backed
factions by their other names (SNA, pro-Turkey, Hayat Tahrir al-Sham), "freed" and "wrested", an
anaphor's own name set off after it ("the town, X,"), a retreat or a capture noun before
"including", an agentless passive (its side named in the sentence, not the side fought, or the
subject of the sentence before), the holder before a capture in an apposition or relative clause, a
retreat of "the militants" after a sentence about one side's advance, "pulled out of", "taken back
from", a denial in the sentence after, "the jihadists" after a sentence that names them, and the
verb of a place's sentence after a participle set off ("X, held by IS, was captured by ...").

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # the side attacked before a capture verb is not the one that took the place
    (
        "attacked_then_seized",
        "Turkish-backed rebels shelled the YPG positions and captured Tal Tourin on Sunday.",
        [("tal-turin", "rebels", "captured")],
    ),
    (
        "attacker_seized",
        "Kurdish fighters attacked the jihadists' positions and seized control of Tal Tourin "
        "after heavy clashes.",
        [("tal-turin", "kurdish", "captured")],
    ),
    # a day between "control" and "of", and the capture's object naming the holder before
    (
        "control_day_of",
        "Kurdish-led fighters seized full control Saturday of the IS stronghold of Manbij, a "
        "spokesman said.",
        [("manbij", "kurdish", "captured")],
    ),
    # "by capturing X": the clause's subject, not the side the blow was dealt to
    (
        "by_gerund",
        "Rebel factions dealt a heavy blow to the Islamic State on Sunday by capturing the "
        "village of Dabiq.",
        [("dabiq", "rebels", "captured")],
    ),
    # a compass word before a city's possessive
    (
        "compass_possessive",
        "Troops captured northeast Aleppo's Hanano district after three days of street fighting.",
        [("hanano", "government", "captured")],
    ),
    # a site named by its apposition, and a town as "the area of"
    (
        "site_apposition",
        "YPG fighters drove rebels from the old military air base of Menagh on Wednesday.",
        [("menagh-airbase", "kurdish", "captured")],
    ),
    (
        "area_of_town",
        "IS fighters took the strategic area of Khanasir on the army's supply road.",
        [("khanasir", "islamic_state", "captured")],
    ),
    # a rank with a bare participle and its agent
    (
        "first_taken_by",
        "Sakhour was the first district in Aleppo taken by the army in the offensive.",
        [("sakhour", "government", "captured")],
    ),
    # a capture noun that opens the sentence with "with": the main clause's subject, or the
    # side after "to"
    (
        "with_capture",
        "With the capture of Hanano, government forces cut the rebel-held east in two.",
        [("hanano", "government", "captured")],
    ),
    (
        "with_fall_to",
        "With the fall of Jarabulus to Turkish-backed rebels, IS lost its last border crossing.",
        [("jarabulus", "rebels", "captured")],
    ),
    # what the capture did, as the predicate of a capture noun that opens the sentence
    (
        "capture_noun_predicate",
        "The capture of al-Rai by Free Syrian Army factions secured a crossing from Turkey for "
        "the rebels.",
        [("al-rai", "rebels", "captured")],
    ),
    # a capture noun with its owner after an opening participle with its agent
    (
        "capture_noun_after_participle",
        "Backed by Russian air strikes, the Syrian army's capture of Kuweires airbase has opened "
        "the road east of Aleppo.",
        [("kuweires-airbase", "government", "captured")],
    ),
    # "it" as a report's subject after the report's day
    (
        "it_after_day",
        "The army announced on Sunday it had recaptured Sheikh Saeed.",
        [("sheikh-saeed", "government", "captured")],
    ),
    # "the town" for a place the gazetteer calls a village
    (
        "town_anaphor",
        "Rebels overran Khan Tuman in May, and troops retook the town in October.",
        [("khan-tuman", "government", "captured"), ("khan-tuman", "rebels", "captured")],
    ),
    # a capture gerund right after an advance, without a comma
    (
        "advance_gerund",
        "Government troops advanced overnight seizing Aleppo's Sakhour neighbourhood from rebels.",
        [("sakhour", "government", "captured")],
    ),
    # a passive's agent after its group's own name
    (
        "passive_group_name",
        "Dabiq was captured by Sultan Murad rebels on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    # "the militants" of state media: the one side named as a fighter takes the place
    (
        "militants_retreat",
        "The militants withdrew from Safira as army units advanced, state media said.",
        [("safira", "government", "lost")],
    ),
    # "seized back", and a place handed to a side
    (
        "seized_back",
        "IS fighters seized back Khanasir on Thursday, two days after losing it.",
        [("khanasir", "islamic_state", "captured")],
    ),
    (
        "handed_to",
        "Rebel factions handed Tal Rifaat to the Kurdish YPG under a local deal.",
        [("tall-rifaat", "kurdish", "lost")],
    ),
    # a Turkish army with its Syrian allies: the allies' side
    (
        "foreign_with_allies",
        "The Turkish army and its Syrian allies seized Jinderes on Thursday.",
        [("jinderes", "rebels", "captured")],
    ),
    (
        "foreign_with_allies",
        "Turkish forces and their Free Syrian Army allies took control of Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    # what an operation ended in
    (
        "resulted_in",
        "State media said the army's push in the eastern countryside resulted in the recapture "
        "of the Kuweires air base.",
        [("kuweires-airbase", "government", "captured")],
    ),
    # a place that owns its capture noun, with the side after "by" / "to" or the one side named
    (
        "possessive_by",
        "Manbij's capture by the SDF after ten weeks of street fighting cuts a route used by IS.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "possessive_fall_to",
        "Residents marked Dabiq's fall to Turkish-backed rebels on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "possessive_one_side",
        "Al-Bab's capture after a long siege opens the road to Raqqa for the rebels.",
        [("al-bab", "rebels", "captured")],
    ),
    # a distance set off by commas before the capture's agent
    (
        "nominal_distance_by",
        "The seizure late Tuesday of Dabiq, about 10 km east of Azaz, by rebels ends two years of "
        "IS rule there.",
        [("dabiq", "rebels", "captured")],
    ),
    # a capture noun's agent named by its banner
    (
        "nominal_affiliated_agent",
        "The seizure on Friday of Dabiq by brigades fighting under the banner of the Free Syrian "
        "Army ends two years of IS rule there.",
        [("dabiq", "rebels", "captured")],
    ),
    # "cleared the village of X of" a side
    (
        "cleared_kind_of",
        "Rebels backed by Turkish tanks have cleared the village of Dabiq of IS militants.",
        [("dabiq", "rebels", "captured")],
    ),
    # an enumeration with names the gazetteer lacks, before, between and after those it knows
    (
        "list_unknown_between",
        "Troops pressed south of the city, regaining control of Hader, Abtin, Qarasi, Banan, "
        "Tell Bajer and Umm Amad.",
        [("al-hader", "government", "captured"), ("banan", "government", "captured")],
    ),
    (
        "list_unknown_first",
        "Government forces recaptured the villages of Qaiqan, Abtin and Banan on Monday.",
        [("abtin", "government", "captured"), ("banan", "government", "captured")],
    ),
    # a relative clause after a place's apposition; after a bearing, it speaks of the head
    (
        "relative_after_apposition",
        "The rebels tightened their grip near Khan Tuman, the town on the Damascus highway that "
        "they seized last month.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "relative_after_bearing",
        "IS fighters fell back to al-Bab, a town south of Dabiq that is still controlled by ISIS.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a place named again, the statement made of its second mention
    (
        "name_said_again",
        "After taking checkpoints on the Khanasir-Ithriya road on Monday, IS fighters took full "
        "control of Khanasir town on Tuesday.",
        [("khanasir", "islamic_state", "captured")],
    ),
    # a place word right before the name, of the name's kind
    (
        "bare_kind_before_name",
        "Rebels captured the town Azaz after a month of clashes.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "bare_kind_modifier",
        "The rebel-captured town Azaz lies mostly in ruins.",
        [("azaz", "rebels", "captured")],
    ),
    # "the insurgency" are the rebels
    (
        "insurgency",
        "The insurgency said it reclaimed Handarat camp north of the city.",
        [("ein-el-tal-camp", "rebels", "captured")],
    ),
    # the Turkish-backed factions by their other names
    (
        "sna_name",
        "Fighters of the Syrian National Army (SNA) took control of Manbij on Monday after the "
        "Kurdish-led forces pulled out, a Turkish security source said.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "pro_turkey_name",
        "Pro-Turkey factions retook Tall Rifaat on Sunday, a war monitor said.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "hts_name",
        "Hayat Tahrir al-Sham fighters and allied factions seized Khan al-Asal on Thursday.",
        [("khan-al-asal", "rebels", "captured")],
    ),
    # state media's "freed", and "wrested" with its object before "from"
    (
        "freed_town",
        "State media said the army had freed the town of Khan Touman from terrorists on Friday.",
        [("khan-tuman", "government", "captured")],
    ),
    (
        "wrested_from",
        "Government forces wrested Zitan from rebel fighters after a week of clashes.",
        [("zitan", "government", "captured")],
    ),
    # an anaphor's own name set off after it
    (
        "named_anaphor",
        "Troops stormed the town, Urum al-Kubra, and secured it by nightfall.",
        [("urum-al-kubra", "government", "captured")],
    ),
    # a retreat and a capture noun before "including"
    (
        "retreat_including",
        "IS militants abandoned several villages east of the city, including Tadif and Abu "
        "Qalqal, as government troops advanced, the Observatory said.",
        [("abu-qalqal", "government", "lost"), ("tadif", "government", "lost")],
    ),
    (
        "capture_noun_including",
        "Rebel commanders announced the capture of a dozen villages west of Aleppo, including "
        "Anjara and Kafr Naya.",
        [("anjara", "rebels", "captured"), ("kafr-naya", "rebels", "captured")],
    ),
    (
        "declared_capture",
        "Opposition factions declared the capture of Anjara on Thursday.",
        [("anjara", "rebels", "captured")],
    ),
    # an agentless passive: the subject of the sentence before, not the side fought
    (
        "passive_previous_subject",
        "Government forces pressed an offensive south of Aleppo on Thursday. Khan Touman was "
        "recaptured the next day, state media said.",
        [("khan-tuman", "government", "captured")],
    ),
    (
        "passive_not_the_side_fought",
        "Government troops advanced overnight. Zitan was taken on Friday after fierce fighting "
        "with rebels.",
        [("zitan", "government", "captured")],
    ),
    # the holder before a capture, in an apposition after a capture noun or a relative clause
    (
        "capture_noun_apposition_held_before",
        "The army announced the recapture of Maskanah, the last IS-held town in the province.",
        [("maskanah", "government", "captured")],
    ),
    (
        "relative_held_before_capture",
        "The YPG took over Tall Rifaat, which had been held by rebels since 2012.",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    # (a capture only aimed at leaves the holding standing)
    (
        "aimed_capture_holding_stands",
        "The army aims at the liberation of Maskanah, the last IS-held town in the province.",
        [("maskanah", "islamic_state", "held")],
    ),
    # "the militants" withdrew after a sentence about one side's advance
    (
        "militants_retreat_after_advance",
        "Syrian troops pushed east of Aleppo at dawn. The militants withdrew from Tadif by noon.",
        [("tadif", "government", "lost")],
    ),
    (
        "pulled_out_of",
        "Rebels pulled out of Khan Touman on Friday as government troops advanced.",
        [("khan-tuman", "government", "lost")],
    ),
    (
        "since_been_retaken",
        "Dabiq has since been retaken by Turkish-backed rebels, a monitor said.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "taken_back_from",
        "Dabiq was taken back from IS by Turkish-backed rebels on Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    # a denial of another thing in the sentence after takes nothing back
    (
        "denial_of_other_thing",
        "Rebels took control of Manbij on Monday. Turkey denied the reports of civilian deaths.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "denial_of_other_clause",
        "Rebels said the SDF had taken Manbij. The army denied that it had lost any soldiers.",
        [("manbij", "kurdish", "captured")],
    ),
    # a participle with its agent set off after the place, then the sentence's own verb: the
    # holder before the capture; with a verb of no change, the holding stands
    (
        "set_off_participle_then_capture",
        "Manbij, held by IS since 2014, was captured by the SDF in August.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "set_off_participle_then_no_change",
        "Manbij, held by IS since 2014, was shelled by the army on Friday.",
        [("manbij", "islamic_state", "held")],
    ),
    # "the jihadists" after a sentence that names them: IS, or the Nusra Front (rebels)
    (
        "jihadists_after_is",
        "IS fighters attacked rebel positions north of Aleppo at dawn. The jihadists seized Tall "
        "Rifaat by noon.",
        [("tall-rifaat", "islamic_state", "captured")],
    ),
    (
        "jihadists_after_nusra",
        "Nusra Front fighters attacked army posts at dawn. The jihadists seized Khan Touman by "
        "noon.",
        [("khan-tuman", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a subject of no side that attacked one side and took a place: not the side attacked
    (
        "attacked_side_no_taker",
        "The forces attacked the Kurdish fighters' positions and seized control of Tal Tourin "
        "east of al-Bab after heavy clashes.",
    ),
    # the side a capture was a defeat for took nothing
    ("capture_noun_loss", "The capture of Manbij was the heaviest defeat for IS this year."),
    # a purpose with "by capturing"
    ("by_gerund_purpose", "The army hopes to cut the road by capturing Khanasir."),
    # "With the capture of X," before a loss or a wish
    ("with_capture_loss", "With the capture of Dabiq, IS lost a symbol of its propaganda."),
    ("with_capture_wish", "With the capture of Hanano, the army would split the rebel-held east."),
    # a report disputed
    (
        "disputing",
        "A rebel commander is disputing reports that the army has retaken Sheikh Saeed.",
    ),
    # an opening participle before a capture noun that states a wish
    (
        "capture_noun_after_participle",
        "Backed by Russian air strikes, the Syrian army's capture of Kuweires airbase would open "
        "the road east of Aleppo.",
    ),
    # a Turkish army alone, or only entering
    ("foreign_alone", "Turkish troops took control of Jinderes on Thursday."),
    ("foreign_entry", "The Turkish army and its allies entered Jinderes on Thursday."),
    # an advance with no capture
    ("advance_gerund", "Troops advanced overnight shelling Sakhour."),
    # "the militants" with no side named, or with two
    ("militants_retreat", "The militants withdrew from Safira on Monday."),
    (
        "militants_retreat",
        "The militants withdrew from Safira after Kurdish and government forces advanced.",
    ),
    # "seized back" and "handed ... to" with things, not places
    ("seized_back", "Troops seized back weapons in Hanano."),
    ("handed_to", "Rebels handed out bread to residents of Hanano."),
    # a site apposition before a place of another kind ("areas of" a town taken are a part of it:
    # test_control_takers_parts.py)
    ("site_apposition", "Rebels captured the military base of Hanano."),
    # what would result from a capture; a possessive capture noun hoped for or feared
    (
        "resulted_in_hedged",
        "Rebels said the offensive could have resulted in the capture of the Kuweires air base.",
    ),
    ("possessive_feared", "Residents feared Manbij's fall to IS."),
    # groups affiliated with a side are no agent of a capture hoped for
    (
        "nominal_affiliated_hoped",
        "Groups affiliated with the Free Syrian Army hope the capture of Dabiq by them will come.",
    ),
    ("possessive_would", "Al-Bab's capture would open the road to Raqqa for the rebels."),
    ("possessive_of_part", "Sakhour's capture of the headlines was brief."),
    # "cleared" of things, not of a side
    ("cleared_of_rubble", "Workers cleared the town of Dabiq of rubble on Monday."),
    # a name the gazetteer lacks before a place that is not listed with it
    ("list_unknown_not_listed", "Troops captured Abtin, Banan residents said."),
    # clashes "between" two sides' places: names the gazetteer lacks make no list of them
    ("between_unknown_and", "Clashes between gunmen at Tal Zarour and Andalus left ten dead."),
    # a place named again, with nothing stated of either mention; a place word of another kind
    (
        "name_said_again_none",
        "Khanasir residents said the road to Khanasir was cut after IS attacks.",
    ),
    ("bare_kind_other_kind", "Troops captured the village Aleppo after clashes."),
    # a relative clause after an apposition that names another place
    (
        "relative_apposition_other_place",
        "Families fled to Azaz, the town near Tal Rifaat that rebels captured in 2012.",
    ),
    # a denial in the sentence after takes the report back
    (
        "denied_next_sentence",
        "Rebels said they had taken control of Manbij on Monday. However, the SDF denied these "
        "claims.",
    ),
    # an agentless passive with no side, or only the side fought (also as the subject before)
    ("passive_no_side", "Khan Touman was recaptured on Friday, the monitor said."),
    (
        "passive_only_side_fought",
        "The village of Zitan was taken on Friday after heavy fighting with rebels, state "
        "television said.",
    ),
    (
        "passive_previous_subject_fought",
        "Rebels attacked army posts south of Aleppo on Thursday. Zitan was taken on Friday after "
        "heavy fighting with rebels.",
    ),
    # an anaphor followed by a name that is not set off as its own
    ("anaphor_name_not_set_off", "Troops stormed the town, Zitan residents said."),
    # a hedged retreat before "including", and a capture noun only aimed at
    (
        "retreat_including_hedged",
        "IS militants may have abandoned several villages, including Tadif and Abu Qalqal, "
        "activists said.",
    ),
    (
        "capture_noun_including_aimed",
        "Rebels aim at the capture of several villages, including Anjara and Kafr Naya.",
    ),
    # "pulled" and "freed" with other objects
    ("pulled_from_rubble", "Rescuers pulled a child from the rubble in Khan Touman on Friday."),
    ("freed_prisoners", "Rebels freed 20 prisoners in Zitan on Friday."),
    # "the jihadists" alone name no side
    (
        "jihadists_alone",
        "The jihadists seized Tall Rifaat after hours of fighting, the monitor said.",
    ),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_every_new_wording_through() -> None:
    for words in (
        "seized full control Friday of",
        "dealt a blow to IS by capturing",
        "advanced overnight seizing",
        "withdrew from",
        "freed the town of",
        "wrested",
        "pulled out of",
    ):
        assert lexicon.may_state_control(f"Rebels {words} Hanano"), words
