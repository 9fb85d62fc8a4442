"""More wordings of control in agency captions and reports: capture nouns, gaps before the
object, places referred back to, headlines, quotes, retreats.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, table_of

STATES: list[tuple[str, str, list[Statement]]] = [
    # a capture noun that starts its sentence, as a done event: the one side of its clause
    (
        "nominal_subject",
        "The capture of Sheikh Saeed in southeastern Aleppo is the latest gain of a government "
        "offensive that began in mid-November.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "nominal_subject",
        "The capture of Hanano by government troops came after ten days of air strikes.",
        [("hanano", "government", "captured")],
    ),
    # a capture noun that a side's people confirm or announce
    (
        "nominal_reported",
        "Rebel commanders in the north confirmed the capture of Akhtarin on Wednesday.",
        [("akhtarin", "rebels", "captured")],
    ),
    # "gave them control over X": the side named before it
    (
        "gave_control",
        "The rebel assault on the southwest of the city gave them control over Ramouseh.",
        [("ramouseh", "rebels", "captured")],
    ),
    # the side taken from, or the day, between the verb and its object; the object left out
    (
        "object_gap",
        "Army units recaptured on Monday the Sheikh Saeed district, state media said.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "object_gap",
        "Loyalist troops seized from rebel fighters the Tariq al-Bab neighbourhood.",
        [("tariq-al-bab", "government", "captured")],
    ),
    (
        "object_gap",
        "Soldiers patrol the eastern district of Tariq al-Bab after they retook from rebels on "
        "December 2.",
        [("tariq-al-bab", "government", "captured")],
    ),
    # "the IS-held town": the place of that kind named before it
    (
        "held_anaphor",
        "Turkish-backed fighters reached the edge of al-Bab and say they will storm the IS-held "
        "town soon.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a place a side uses as its base
    (
        "used_as_base",
        "Bustan al-Qasr has long been used as a rebel base for attacks on the west of the city.",
        [("bustan-al-qasr", "rebels", "held")],
    ),
    # the present tense of a headline
    (
        "headline_present",
        "Syrian army recaptures Sheikh Saeed as rebels retreat to the old city",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "headline_present",
        "SDF takes control of Manbij after two-month battle with Islamic State",
        [("manbij", "kurdish", "captured")],
    ),
    # "the Kurds" as fighters
    (
        "kurds",
        "The Kurds captured Tall Rifaat in February with Russian air support.",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    # a quoted predicate: the side of the one who says it
    (
        "quoted_predicate",
        'An SDF spokesman said on Friday that Manbij "is now under full control," adding that '
        "mine clearing would take weeks.",
        [("manbij", "kurdish", "held")],
    ),
    # a thing inside the place as the object
    (
        "inside_object",
        "Government forces recaptured the cement works in the Sheikh Najjar area on Thursday.",
        [("sheikh-najjar", "government", "captured")],
    ),
    # a last member of an enumeration the gazetteer lacks
    (
        "unnamed_member",
        "The villages of Akhtarin and Qwertyville were taken by Islamic State fighters.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    # a distance set off between the place and its predicate
    (
        "distance_apposition",
        "Manbij, some 30 km (19 miles) west of the Euphrates, was an IS stronghold until August.",
        # (a holding that ended: the side's loss, the past holdings' one convention)
        [("manbij", "unknown", "lost")],
    ),
    # a relative set off by a comma is stated apart from an aim in its place's clause
    (
        "set_off_relative",
        "Rebel commanders said the next phase aims to take Manbij, west of the Euphrates, which "
        "is the main base for the Islamic State group in the area.",
        [("manbij", "islamic_state", "held")],
    ),
    # a siege broken, with who had laid it between "siege" and the place
    (
        "siege_imposed_by",
        "Army units have broken a siege imposed by rebel factions on the towns of Nubl and "
        "Zahraa, state television said.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    # a gerund that opens its sentence takes the main clause's subject
    (
        "opening_gerund",
        "After retaking Sheikh Saeed on Monday, government troops pushed toward the old city.",
        [("sheikh-saeed", "government", "captured")],
    ),
    # a time inside "took control of"
    (
        "control_gap",
        "The Observatory said IS took control overnight of Akhtarin after a day of clashes.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    # a place divided between sides it names
    (
        "divided",
        "Aleppo has been roughly divided between a rebel-held east and a government-held west "
        "since 2012.",
        [("aleppo", "contested", "contested")],
    ),
    # a retreat: who left, and the one other side named as a fighter
    (
        "retreat",
        "Rebels withdrew from Hanano as government troops advanced from the north.",
        [("hanano", "government", "lost")],
    ),
    # the group's older names, and another spelling of Daesh
    (
        "is_old_name",
        "The Islamic State of Iraq and the Levant took control of Marea after two days of "
        "fighting with local brigades.",
        [("marea", "islamic_state", "captured")],
    ),
    (
        "is_old_name",
        "Rebel fighters advanced on the Daish held town of Akhtarin at dawn on Sunday.",
        [("akhtarin", "islamic_state", "held")],
    ),
    # a headline's present after a plural subject; a present retreat
    (
        "headline_plural",
        "Kurdish fighters seize Tall Rifaat as rebels fall back towards Marea",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    (
        "headline_plural",
        "IS withdraws from Akhtarin ahead of a rebel push from the north",
        [("akhtarin", "rebels", "lost")],
    ),
    # the subject named in the sentence before: "the group", "they"
    (
        "subject_before",
        "IS fighters launched a dawn attack north of Aleppo on Thursday. The group seized "
        "Akhtarin within hours, according to the Observatory.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    (
        "subject_before",
        "Kurdish units crossed the Afrin road overnight. They took control of Tall Rifaat on "
        "Monday morning.",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    # a capture gerund after a comma: the clause's subject
    (
        "comma_gerund",
        "IS militants launched a surprise offensive in the north on Friday, seizing Akhtarin "
        "from rival rebel factions.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    # a passive with the side it was taken from and then its agent
    (
        "passive_from_by",
        "Dabiq was recaptured last week from Islamic State fighters by Turkish-backed rebels.",
        [("dabiq", "rebels", "captured")],
    ),
    # a quote: "we" and a place "completely liberated" are the speaker's
    # an infinitive is no capture: the holding before it stands
    (
        "infinitive",
        "Troops moved north in an operation to retake the rebel-held district of Bustan al-Qasr.",
        [("bustan-al-qasr", "rebels", "held")],
    ),
    (
        "quote_speaker",
        '"We have now liberated Sheikh Saeed," a Syrian army commander told state television on '
        "Monday.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "quote_speaker",
        '"We declare Jarabulus completely liberated from Daesh," said a commander of the Free '
        "Syrian Army.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "quote_speaker",
        'A rebel commander said: "Our fighters have captured Dabiq and the villages around it."',
        [("dabiq", "rebels", "captured")],
    ),
    # troops "loyal to" the president; the words of state media
    (
        "loyal_to",
        "Soldiers loyal to President Bashar al-Assad stormed Bustan al-Qasr before dawn.",
        [("bustan-al-qasr", "government", "captured")],
    ),
    (
        "restored_security",
        "SANA said army units had restored security and stability to Sheikh Najjar after "
        "killing the last terrorists there.",
        [("sheikh-najjar", "government", "captured")],
    ),
    # a degree between a retreat and its place; a gerund after a semicolon; a tie to another
    # group between the subject and its verb
    (
        "retreat_degree",
        "Rebel factions withdrew completely from Sheikh Saeed as army units moved in.",
        [("sheikh-saeed", "government", "lost")],
    ),
    (
        "comma_gerund",
        "IS fighters pushed north through the night; taking Akhtarin by the morning.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    (
        "subject_tie",
        "Fighters of the Nusra Front affiliated with al-Qaeda overran Khan al-Asal on Monday.",
        [("khan-al-asal", "rebels", "captured")],
    ),
    # a return to a side's control or hands
    (
        "returned_to",
        "Sheikh Saeed returned to government control on Monday after four years of rebel rule.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "returned_to",
        "Shopkeepers reopen in Bustan al-Qasr, which is back in government hands.",
        [("bustan-al-qasr", "government", "held")],
    ),
    # more passives: "stormed by", "regained by"; "cleared of" a side by another
    (
        "passive_more",
        "Akhtarin was stormed by Islamic State fighters before dawn, the Observatory said.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    (
        "cleared_of",
        "Sheikh Najjar was cleared of rebel fighters by the army on Thursday, state media said.",
        [("sheikh-najjar", "government", "captured")],
    ),
    (
        "cleared_of",
        "Army engineers and troops cleared Sheikh Najjar of the remaining rebel fighters.",
        [("sheikh-najjar", "government", "captured")],
    ),
    # "has driven" a side out; a takeover completed; a place surrendered to a side
    (
        "driven_out",
        "The SDF has driven Islamic State fighters out of Manbij after ten weeks of fighting.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "completed_takeover",
        "The army completed its takeover of Sheikh Saeed on Monday, the Observatory said.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "surrendered_to",
        "Rebel factions surrendered Bustan al-Qasr to the army under a local deal.",
        [("bustan-al-qasr", "government", "lost")],
    ),
    # a side's short names in brackets before its noun
    (
        "bracketed_names",
        "Coalition jets struck the Islamic State group (ISIS, ISIL and Daesh) stronghold of al-Bab "
        "overnight.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "bracketed_names",
        "The Islamic State (ISIS, ISIL) fighters overran Akhtarin, activists said.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    # a river bank between the place and its passive; a plural place word after a list
    (
        "river_bank",
        "Jarabulus on the west bank of the Euphrates was retaken last week from IS by "
        "Turkish-backed rebels.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "plural_place_word",
        "Sheikh Saeed and Sukkari districts were overrun by government troops on Monday.",
        [("sheikh-saeed", "government", "captured"), ("sukkari", "government", "captured")],
    ),
    # places named after "including" a capture's plural object; "as well as" in a list
    (
        "including",
        "IS fighters seized a string of villages north of Aleppo, including Akhtarin and Turkman "
        "Bareh, the Observatory said.",
        [("akhtarin", "islamic_state", "captured"), ("turkman-bareh", "islamic_state", "captured")],
    ),
    (
        "as_well_as",
        "Army units captured Sheikh Saeed, as well as the nearby Sukkari district, on Monday.",
        [("sheikh-saeed", "government", "captured"), ("sukkari", "government", "captured")],
    ),
    # "the district of X" is X itself, the subject of what follows
    (
        "district_of",
        "The rebel-held district of Sheikh Saeed fell to government forces on Monday.",
        [("sheikh-saeed", "government", "captured"), ("sheikh-saeed", "rebels", "held")],
    ),
    # a side's word inside a place's name is no actor
    (
        "word_in_name",
        "The capture of the Jirah military airbase came days after rebel fighters stormed its "
        "outer defences.",
        [("jirah-airbase", "rebels", "captured")],
    ),
    # a loss after a cue, to the side named after the place
    (
        "losing_to",
        "IS fighters fell back towards Raqqa after losing al-Bab to Turkish-backed rebels on "
        "Thursday.",
        [("al-bab", "rebels", "captured")],
    ),
    # "taken over"; "occupied"; "managed to wrest control of"; a success said of a subject
    # described by who it supports
    (
        "taken_over",
        "State television said the army had taken over the whole of Sheikh Saeed by nightfall.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "occupied",
        "The YPG occupied Tall Rifaat in February and has held it since.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "wrest_control",
        "Government troops managed to wrest control of Sheikh Saeed after two days of clashes.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "supporting",
        "Troops supporting the Syrian president, Bashar al-Assad, stormed Sheikh Saeed at dawn.",
        [("sheikh-saeed", "government", "captured")],
    ),
    # a reduced relative set off by a comma is apart from a degree in its place's clause
    (
        "set_off_passive",
        "Troops now hold about half of Sheikh Maqsoud, held by Kurdish fighters since 2012.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # "can now be considered fully liberated"; "the reported capture of X underscores"
    (
        "considered_liberated",
        '"Dabiq can now be considered fully liberated," a Free Syrian Army commander said.',
        [("dabiq", "rebels", "captured")],
    ),
    (
        "nominal_subject",
        "The reported capture of Akhtarin underscores the reach of Islamic State fighters in the "
        "north.",
        [("akhtarin", "islamic_state", "captured")],
    ),
    # a participle with its agent that opens the sentence describes the subject after it
    (
        "front_participle",
        "Held by rebel fighters since 2012, Bustan al-Qasr was pounded by air strikes overnight.",
        [("bustan-al-qasr", "rebels", "held")],
    ),
    # fighters a side drives out that name no side; "reclaimed"; a subject described by
    # "some of" its members
    (
        "driven_nouns",
        "Government forces dislodged the militants from Sheikh Saeed after a night of fighting.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "reclaimed",
        "Rebel fighters reclaimed Sheikh Saeed in a counterattack on Tuesday.",
        [("sheikh-saeed", "rebels", "captured")],
    ),
    (
        "some_of_them",
        "The Free Syrian Army factions, some trained by foreign advisers, captured Dabiq on "
        "Sunday.",
        [("dabiq", "rebels", "captured")],
    ),
    # "continues to control"
    (
        "continues_to",
        "The YPG continues to control Sheikh Maqsoud despite weeks of shelling.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # a quote that opens between the auxiliary and the verb
    (
        "quote_before_verb",
        'The Observatory said YPG fighters had "expelled all IS fighters from Kobani" by Monday '
        "evening.",
        [("kobani", "kurdish", "captured")],
    ),
    # an adverb inside a quote that opens before the verb
    (
        "quoted_adverb",
        'Syrian state media said troops had "fully liberated" Sheikh Saeed on Sunday.',
        [("sheikh-saeed", "government", "captured")],
    ),
    # a fall, then the control it gave
    (
        "fallen_then_under",
        "Rebel commanders said Sakhour had fallen and was now under government control.",
        [("sakhour", "government", "captured")],
    ),
    # a hold made firmer
    (
        "consolidated_control",
        "Kurdish fighters have consolidated control of Sheikh Maqsoud, a YPG official said.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # "the camp of X": the camp named after the village
    (
        "camp_of",
        "Government troops regained control of the entire camp of Handarat on Saturday.",
        [("handarat", "government", "captured")],
    ),
    # backers listed between the subject and its verb, with no comma before them
    (
        "listed_backers",
        "The Syrian army backed by allied militias, Russian jets and artillery, recaptured "
        "Bustan al-Qasr on Monday.",
        [("bustan-al-qasr", "government", "captured")],
    ),
    # "With X under their control, SUBJECT ...": the subject after the comma holds X
    (
        "with_under_control",
        "With Manbij under their control, SDF fighters pushed towards the Euphrates.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "with_under_control",
        "With the town of Manbij now under its full control, IS raided villages to the west.",
        [("manbij", "islamic_state", "held")],
    ),
    # "regime elements" as a subject
    (
        "regime_elements",
        "Regime elements stormed Hanano at dawn.",
        [("hanano", "government", "captured")],
    ),
    # the parties of a fight named with their abbreviations in brackets
    (
        "fight_parties_brackets",
        "Heavy clashes erupted between the Free Syrian Army (FSA) and the Islamic State group "
        "(IS) for control of Akhtarin on Tuesday.",
        [("akhtarin", "contested", "contested")],
    ),
    (
        "fight_parties_brackets",
        "Fighting raged between the Free Syrian Army (FSA) and the PKK's Syrian branch, the "
        "People's Protection Units (YPG), for control of Tal Rifaat.",
        [("tall-rifaat", "contested", "contested")],
    ),
    # a military site named after the district it stands in
    (
        "named_site",
        "Rebel fighters seized control of the Ramouseh artillery school on the southwestern "
        "edge of the city on Saturday.",
        [("ramouseh", "rebels", "captured")],
    ),
    # a retreat into the side's own ground: what it withdrew to, it holds
    (
        "withdrew_to_own",
        "IS militants withdrew to their remaining positions in Qabasin after the battle.",
        [("qabasin", "islamic_state", "held")],
    ),
    # a capture gerund as the subject: the side its verb names as object made the capture
    (
        "gerund_subject",
        "Capturing the Hanano district gave government forces a foothold in the north of the "
        "rebel enclave.",
        [("hanano", "government", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("nominal_subject", "The capture of Sheikh Saeed would open the way to the old city."),
    ("nominal_subject", "The capture of Hanano was discussed by analysts on Syrian television."),
    ("nominal_reported", "Government forces hope to complete the capture of Hanano this week."),
    ("gave_control", "Residents said the truce gave them control over their own lives."),
    ("held_anaphor", "Aid workers reached al-Bab and the rebel-held areas to its west."),
    ("used_as_base", "Bustan al-Qasr was used as a market for farmers before the war."),
    ("kurds", "Kurds who fled Manbij in June wait at a checkpoint near the border."),
    ("set_off_relative", "Rebels aim to make Manbij, east of Aleppo, their main base."),
    ("divided", "Hanano was divided into three sectors by the municipality."),
    ("opening_gerund", "After capturing Manbij, Turkish officials said they feared more fighting."),
    # people captured inside a place are not the place
    ("inside_object", "Troops captured a rebel commander in the Sheikh Najjar area on Monday."),
    ("quoted_predicate", 'Officials said Manbij "is under full control" of nobody yet.'),
    # a retreat from a whole city, reported by the other side, gives that side nothing
    (
        "retreat_city",
        "Rebels said on Tuesday that government forces had retreated from the city of Aleppo.",
    ),
    # clearing things, handing over things, surrendering people
    ("cleared_of", "Volunteers cleared the rubble of Sheikh Najjar after the fighting."),
    ("surrendered_to", "Dozens of rebel fighters surrendered to the army in Bustan al-Qasr."),
    (
        "completed_takeover",
        "The army has not yet completed its takeover of Sheikh Saeed, the Observatory said.",
    ),
    # a loss to no side named; a place that "can be" taken
    ("losing_to", "Rebels regrouped after losing men in Sheikh Saeed."),
    ("considered_liberated", "Dabiq can be taken from IS within days, a commander said."),
    # a participle of support that opens the sentence: no holding
    ("front_participle", "Backed by Russian jets, the army advanced towards Sheikh Saeed."),
    # villages shelled, including a place: no capture
    ("including", "Government jets struck several villages, including Akhtarin, on Monday."),
    # "the militants" after the army is not the army
    (
        "subject_before",
        "The army said on Monday that the militants withdrew from Hanano during the night.",
    ),
    # "the group" in a side's report is another group
    (
        "subject_before",
        "Kurdish fighters said the group had been driven from Sheikh Maqsoud in 2013.",
    ),
    # "they" with two sides named before: no one side
    (
        "subject_before",
        "Rebels and Kurdish fighters clashed near Tall Rifaat on Sunday. They took Akhtarin.",
    ),
    # a gerund that is the subject of its sentence, after an opening phrase
    (
        "comma_gerund",
        "For the Syrian army, retaking Khan al-Asal is important for the road to the south.",
    ),
    # an aim, an infinitive, a quote with no speaker of one side
    ("headline_plural", "Rebels vow to seize Akhtarin before the winter."),
    ("quote_speaker", '"We have liberated Hanano," a resident said after the fighting.'),
    (
        "quote_speaker",
        '"We will liberate Dabiq within days," a commander of the Free Syrian Army said.',
    ),
    # "with X under" something other than control, or no side after the comma
    (
        "with_under_control",
        "With Hanano under heavy shelling, families fled to the west of the city.",
    ),
    ("with_under_control", "With Hanano under their control, residents began to return."),
    (
        "with_under_control",
        "With Manbij under their control, Kurdish and rebel fighters pushed north.",
    ),
    # a city before "villages of" names where they lie, not what was taken
    (
        "villages_of_modifier",
        "Government forces consolidated control of the northern Aleppo villages of Ma'arasta and "
        "Ahras.",
    ),
    # a hedge inside the quote
    ("quoted_adverb", 'Rebels said they "would soon liberate" Hanano.'),
    # a site of a city, or a site only attacked
    ("named_site", "Rebels captured the Aleppo military academy on Saturday."),
    ("named_site", "Rebels shelled the Ramouseh artillery school on Saturday."),
    # a retreat to a place that is not said to be the side's own
    ("withdrew_to_own", "Government troops withdrew to the eastern side of Dahiyat al-Assad."),
    # a capture only weighed, or one whose verb names no side
    (
        "gerund_subject",
        "Capturing the Hanano district would give government forces a foothold in the north.",
    ),
    ("gerund_subject", "Capturing the Hanano district put civilians at risk, residents said."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_a_retreat_reported_by_the_other_side_names_no_new_holder(
    gazetteer: Gazetteer,
) -> None:
    table = table_of(gazetteer, "Rebels said the army withdrew from Shaar overnight.")
    assert table[["place_id", "controller", "from_controller"]].values.tolist() == [
        ["shaar", "unknown", "government"]
    ]


def test_the_object_gap_keeps_the_side_taken_from(gazetteer: Gazetteer) -> None:
    table = table_of(gazetteer, "Troops retook from rebel fighters on Sunday the Shaar district.")
    assert table[["place_id", "controller", "from_controller"]].values.tolist() == [
        ["shaar", "government", "rebels"]
    ]


def test_the_pre_check_is_built_from_the_new_words() -> None:
    for words in (
        "gave them control over",
        "used as",
        "recaptures",
        "retakes",
        "consolidated control of",
    ):
        assert lexicon.may_state_control(f"Syrian army {words} Hanano"), words
