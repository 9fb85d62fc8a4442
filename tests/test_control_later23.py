"""Control statements in the wordings of Aleppo province's later wars (2016-2025).

Operations named as agents or as the frame of an agentless capture (Euphrates Shield, Olive
Branch, Peace Spring, the SNA's Dawn of Freedom, the HTS-led Deterrence of Aggression: the
factions, ``rebels``), in English, French, Spanish, German, Arabic and Turkish; hand-overs
(the receiver takes the place: ``lost`` by the giver when the giver is the subject, ``captured``
by the receiver in the passive); the sweep into Aleppo of 2024 (an entry takes no city whole;
"most of" a city taken is a part of it; "swept into X and took control of the city" refers back
to X); and the sides' later names (Syria's new authorities, General Security, the Defence
Ministry's forces: the government, as captions call it).

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import re

import pytest

from aleppomap.control import lexicon
from control_cases import Extent, control_case_tests

STATES: list[tuple[str, str, list[Extent]]] = [
    (
        "operation_frame",
        "A Syrian fighter stands guard in Rajo, captured in Operation Olive Branch, on March 6, "
        "2018.",
        [("raju", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame",
        "A Turkish soldier patrols Jandairis, seized during Operation Olive Branch, on March 10.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame",
        "Jandairis was taken as part of Turkey's Olive Branch offensive, officials said.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame",
        "Al-Bab, retaken from IS in Operation Euphrates Shield, is seen on February 25, 2017.",
        [("al-bab", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent",
        "Operation Olive Branch forces took control of Rajo on Sunday.",
        [("raju", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent",
        "Fighters of the Deterrence of Aggression operation seized the Aleppo airport on Saturday.",
        [("aleppo-airport", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent",
        "Dawn of Freedom fighters captured Tal Rifaat from Kurdish forces on December 1.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent_fr",
        "Les combattants de l'opération « Aube de la liberté » ont pris le contrôle de Tal Rifaat.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent_fr",
        "Jandairis, prise par les forces de l'opération Rameau d'olivier, le 8 mars.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent_es",
        "Los combatientes de la operación Amanecer de la Libertad tomaron el control de Tal "
        "Rifaat.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent_de",
        "Kämpfer der Operation Olivenzweig eroberten Dschandairis am Donnerstag.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent_ar",
        "سيطرت فصائل ردع العدوان على مطار حلب الدولي.",
        [("aleppo-airport", "rebels", "captured", "whole")],
    ),
    (
        "operation_agent_ar",
        "سيطرت قوات غصن الزيتون على مدينة عفرين.",
        [("afrin", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame_tr",
        "Afrin'in Zeytin Dalı Harekatı kapsamında kontrol altına alınmasının ardından pazar "
        "yeniden açıldı.",
        [("afrin", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame_tr",
        "Cinderes'in Zeytin Dalı Harekatı sırasında ele geçirilmesiyle siviller dönmeye başladı.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame_tr",
        "Fırat Kalkanı Harekatı kapsamında El Bab kontrol altına alındı.",
        [("al-bab", "rebels", "captured", "whole")],
    ),
    (
        "handover_after_withdrawal",
        "The SDF withdrew from Manbij and handed it over to government forces on Friday.",
        [("manbij", "government", "lost", "whole")],
    ),
    (
        "handover_after_withdrawal",
        "Kurdish fighters pulled out of Tal Rifaat and handed the town over to the Syrian army.",
        [("tall-rifaat", "government", "lost", "whole")],
    ),
    (
        "handover_passive",
        "Tal Rifaat was handed over to the Syrian army on Sunday.",
        [("tall-rifaat", "government", "captured", "whole")],
    ),
    (
        "handover_passive",
        "Under the deal, Sheikh Maqsoud has been formally handed to government forces.",
        [("sheikh-maqsoud", "government", "captured", "whole")],
    ),
    (
        "handover_active",
        "Under a deal, Kurdish fighters handed control of Sheikh Maqsoud to government forces.",
        [("sheikh-maqsoud", "government", "lost", "whole")],
    ),
    (
        "handover_fr",
        "Les combattants kurdes ont remis la ville de Tal Rifaat à l'armée syrienne.",
        [("tall-rifaat", "government", "lost", "whole")],
    ),
    (
        "handover_fr",
        "Les FDS ont remis Manbij aux forces gouvernementales dimanche.",
        [("manbij", "government", "lost", "whole")],
    ),
    (
        "handover_es",
        "Las milicias kurdas entregaron Tal Rifaat a las fuerzas del régimen.",
        [("tall-rifaat", "government", "lost", "whole")],
    ),
    (
        "handover_de",
        "Die SDF übergaben Manbidsch an die syrische Armee.",
        [("manbij", "government", "lost", "whole")],
    ),
    (
        "swept_into_took_share",
        "Rebels swept into Aleppo and took control of most of the city on Saturday.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "entered_took_share",
        "Insurgents entered Aleppo and seized most of the city within two days.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "seized_most_of",
        "The Islamist-led rebel alliance seized control of most of Aleppo on Saturday.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "seized_bulk_of",
        "HTS-led rebels took the bulk of Aleppo from government forces.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "swept_into_took_site",
        "Rebels swept into Aleppo and took over the airport on Sunday.",
        [("aleppo-airport", "rebels", "captured", "whole")],
    ),
    (
        "stormed_and_captured",
        "Rebels stormed and captured the Aleppo airport on Sunday.",
        [("aleppo-airport", "rebels", "captured", "whole")],
    ),
    (
        "overran",
        "HTS-led rebels overran the Aleppo airport on Sunday.",
        [("aleppo-airport", "rebels", "captured", "whole")],
    ),
    (
        "swept_then_anaphor",
        "Rebels swept into Aleppo on Friday. They took full control of the city on Sunday.",
        [("aleppo", "rebels", "captured", "whole")],
    ),
    (
        "entered_town",
        "Rebels of the Military Operations Command entered Khan Tuman on Friday.",
        [("khan-tuman", "rebels", "captured", "whole")],
    ),
    (
        "new_authorities",
        "Syria's new authorities took control of Sheikh Maqsoud on Monday.",
        [("sheikh-maqsoud", "government", "captured", "whole")],
    ),
    (
        "security_forces",
        "Syrian security forces took control of Ashrafieh on Monday.",
        [("ashrafiyeh", "government", "captured", "whole")],
    ),
    (
        "defence_ministry",
        "Syrian Defence Ministry forces took control of Deir Hafer on Sunday.",
        [("dayr-hafir", "government", "captured", "whole")],
    ),
    (
        "general_security_ar",
        "سيطرت قوات الأمن العام على حي الأشرفية في حلب.",
        [("ashrafiyeh", "government", "captured", "whole")],
    ),
    (
        "defence_ministry_ar",
        "سيطرت قوات وزارة الدفاع السورية على بلدة دير حافر.",
        [("dayr-hafir", "government", "captured", "whole")],
    ),
    (
        "islamist_led_alliance",
        "The Islamist-led rebel alliance captured Khan Tuman on Friday.",
        [("khan-tuman", "rebels", "captured", "whole")],
    ),
    (
        "turkey_backed_factions",
        "Turkey-backed factions seized Tal Rifaat on Sunday.",
        [("tall-rifaat", "rebels", "captured", "whole")],
    ),
    (
        "kurdish_led_sdf",
        "The Kurdish-led SDF withdrew from Deir Hafer on Monday.",
        [("dayr-hafir", "unknown", "lost", "whole")],
    ),
    (
        "asayish",
        "Asayish forces took control of Ashrafieh on Monday.",
        [("ashrafiyeh", "kurdish", "captured", "whole")],
    ),
    (
        "military_operations_command",
        "The Military Operations Command took control of Khan Tuman on Friday.",
        [("khan-tuman", "rebels", "captured", "whole")],
    ),
    (
        "ousted_regime",
        "Forces of the ousted regime recaptured Khan Tuman on Sunday.",
        [("khan-tuman", "government", "captured", "whole")],
    ),
    (
        "loyal_to_assad",
        "Forces loyal to Assad recaptured Khan Tuman on Sunday.",
        [("khan-tuman", "government", "captured", "whole")],
    ),
    (
        "sna",
        "The Syrian National Army (SNA) captured Manbij from the SDF on Monday.",
        [("manbij", "rebels", "captured", "whole")],
    ),
]

STATES += [
    # Turkish hand-overs: the receiver in the dative before the verb
    (
        "handover_tr",
        "YPG/PKK, Tel Rıfat'ı rejime teslim etti.",
        [("tall-rifaat", "government", "lost", "whole")],
    ),
    (
        "handover_tr",
        "YPG/PKK, Münbiç'i Esad rejimine devretti.",
        [("manbij", "government", "lost", "whole")],
    ),
    (
        "handover_tr_passive",
        "Münbiç Suriye ordusuna teslim edildi.",
        [("manbij", "government", "captured", "whole")],
    ),
]

STATES += [
    # an operation as the frame of an agentless participle, in French, Spanish and Italian
    (
        "operation_frame_fr",
        "Jandairis, prise lors de l'opération Rameau d'olivier, le 8 mars.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame_es",
        "Jandairis, tomada durante la operación Rama de Olivo, el 8 de marzo.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
    (
        "operation_frame_it",
        "Jandairis, presa durante l'operazione Ramoscello d'ulivo.",
        [("jinderes", "rebels", "captured", "whole")],
    ),
]

STATES += [
    # the city entered, in a relative of the subject, is what "the city" refers back to
    (
        "relative_entry_share",
        "HTS-led fighters, who swept into Aleppo on Friday, took control of most of the city on "
        "Sunday.",
        [("aleppo", "rebels", "captured", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # people who move into a place are no side entering it; a hand-over of people
    (
        "people_moved_into",
        "Displaced families moved into Hanano after troops retook the district from rebels.",
    ),
    ("handover_of_people", "Hanano, where the bodies were handed over to the army, is quiet."),
    # an offensive with no operation's name, or no capture in the operation
    (
        "operation_frame_fr_unnamed",
        "Jandairis, prise lors de l'offensive contre les Kurdes, le 8 mars.",
    ),
    (
        "operation_frame_es_unnamed",
        "Jandairis, tomada durante la ofensiva contra las milicias kurdas.",
    ),
    ("operation_frame_it_unnamed", "Jandairis, presa durante l'offensiva contro i curdi."),
    ("operation_frame_fr_shelled", "Jandairis, bombardée lors de l'opération Rameau d'olivier."),
    # Turkish hand-overs of people, aimed, or to no side
    ("handover_tr_people", "YPG/PKK, esirleri rejime teslim etti, Münbiç'te."),
    ("handover_tr_aim", "YPG/PKK'nın Münbiç'i rejime teslim edeceği iddia edildi."),
    ("handover_tr_no_side", "YPG/PKK, Münbiç'i sivillere teslim etti."),
    ("operation_no_capture", "Jandairis, shelled during Operation Olive Branch, lies in ruins."),
    (
        "operation_prisoners",
        "Kurdish fighters captured in Operation Olive Branch are paraded in Afrin.",
    ),
    (
        "operation_hedged",
        "Al-Bab, expected to be captured in Operation Euphrates Shield, is shelled.",
    ),
    (
        "olive_branch_word",
        "Erdogan extended an olive branch to Damascus as families returned to Manbij.",
    ),
    ("operation_aim_tr", "Afrin'in kontrol altına alınması için Zeytin Dalı Harekatı sürüyor."),
    (
        "operation_launched",
        "Turkey launched Operation Olive Branch against Kurdish fighters in Afrin.",
    ),
    ("handover_prisoners", "Prisoners from Hanano were handed over to the army on Sunday."),
    ("handover_no_side", "Tal Rifaat was handed over to the Red Crescent on Sunday."),
    ("handover_future", "Tal Rifaat is to be handed over to the Syrian army under the deal."),
    (
        "handover_maybe",
        "Kurdish fighters may hand Tal Rifaat over to the Syrian army, officials said.",
    ),
    ("handover_fr_object", "Les FDS ont remis des prisonniers à l'armée syrienne à Manbij."),
    ("handover_fr_aim", "Les FDS pourraient remettre Manbij à l'armée syrienne."),
    ("handover_fr_no_side", "Les FDS ont remis Manbij à des conseils locaux."),
    ("swept_into_city", "HTS-led rebels swept into Aleppo on Friday."),
    ("entered_city", "Insurgents entered Aleppo for the first time since 2016 on Friday."),
    ("stormed_city", "Rebels stormed Aleppo on Friday."),
    ("swept_tried", "Rebels swept into Aleppo and tried to take control of the city."),
    ("most_of_district", "Syrian troops retook most of Hanano after a week of clashes."),
    ("most_of_held", "Rebels now control most of Aleppo."),
    ("most_of_failed", "Rebels failed to capture most of Aleppo."),
    (
        "new_authorities_aim",
        "Syria's new authorities said they would take control of Sheikh Maqsoud.",
    ),
    (
        "people_arrive",
        "Families arrive in Aleppo's Fardos neighbourhood after rebels swept into the city.",
    ),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)

_SIDES = re.compile(lexicon.SIDE_GROUP, re.IGNORECASE)


@pytest.mark.parametrize(
    "name",
    [
        "Operation Olive Branch",
        "Euphrates Shield",
        "Operation Peace Spring",
        "Dawn of Freedom",
        "Deterrence of Aggression",
        "Operation Deterring Aggression",
    ],
)
def test_operations_are_the_factions(name: str) -> None:
    # one list (OPERATION_NAMES) names the operations as a side and as a capture's frame
    m = _SIDES.fullmatch(name)
    assert m is not None
    assert m.lastgroup == "rebels"
    assert re.fullmatch(lexicon.OPERATION_FRAME, " in " + name, re.IGNORECASE) is not None


@pytest.mark.parametrize("words", ["olive branch", "peace spring", "dawn of freedom"])
def test_operation_names_in_lower_case_are_words(words: str) -> None:
    m = _SIDES.fullmatch(words)
    assert m is None or m.lastgroup != "rebels"
