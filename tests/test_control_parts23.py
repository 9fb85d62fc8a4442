"""Statements about PART of a place: a side holds (or took) part of it, never the whole.

Three kinds, each a statement of ``extent`` ``part`` on the place (the control timeline and the
map read only ``whole`` statements):

- a side's parts the caption names with no place after them, in a caption whose one city or
  town is named: "the evacuation of fighters from rebel-held areas", "towards the
  government-held side", "les quartiers tenus par les rebelles", "een door het regime
  gecontroleerd deel", "政府軍控制的城區", "反政府勢力が支配する地域" (none when the caption names
  two cities, a village besides, or names the city as a place left: "fled the city of X to
  rebel-held areas");
- a share of a place as a verb's object: "seized 85 percent of X", "control 60% of the town of
  X", "a large part of X", "a third of X", "un tiers d'X", "gran parte di X", "70% d'X",
  "أكثر من 80% من مساحة مدينة X", "…的60%以上的区域", "X東部の約50%を奪還";
- a side's positions or stronghold in a place: "rebel positions across X", "a position held by
  rebels ... in the neighborhood of X", "מעוז המורדים העיקרי בX".

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from aleppomap.control import control_timeline
from aleppomap.gazetteer import Gazetteer
from control_cases import Extent, control_case_tests, table_of

STATES: list[tuple[str, str, list[Extent]]] = [
    # 1. a side's parts with no place after them: the caption's one city
    (
        "lone_en_areas",
        "An ICRC truck is parked in the battered city of Aleppo ahead of the evacuation of "
        "fighters and their relatives from rebel-held areas on Thursday.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_en_side",
        "Civilians leave a rebel-held area of Aleppo for the government-held side on Monday.",
        [("aleppo", "rebels", "held", "part"), ("aleppo", "government", "held", "part")],
    ),
    (
        "lone_en_parts",
        "Dozens of families left rebel-held districts in the northern city of Aleppo on Friday. "
        "They walked into the government-controlled parts through a crossing.",
        [("aleppo", "rebels", "held", "part"), ("aleppo", "government", "held", "part")],
    ),
    (
        "lone_en_in_the_city",
        "Onlookers in Aleppo's Sukkari district watch buses leave rebel-held neighbourhoods in "
        "Syria's war-ravaged second city.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_fr",
        "Des enfants jouent dans une rue d'Alep, non loin des quartiers tenus par les rebelles.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_es",
        "Miles de vecinos de Alepo se refugiaron en los distritos del este bajo control "
        "gubernamental.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "lone_pt",
        "Um menino caminha em Aleppo, perto dos bairros controlados pelas forças curdas.",
        [("aleppo", "kurdish", "held", "part")],
    ),
    (
        "lone_it",
        "Ad Aleppo i civili fuggono dalle zone controllate dai ribelli.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_de",
        "In Aleppo fliehen Familien aus Gebieten unter Kontrolle der Rebellen.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_nl_handen",
        "Kinderen spelen in Aleppo, vlak bij wijken in handen van de oppositie.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_nl_deel",
        "Aleppo is al jaren verdeeld in een door het regime gecontroleerd deel en een door de "
        "rebellen gecontroleerd deel.",
        [("aleppo", "government", "held", "part"), ("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_pl",
        "Chłopiec ranny w nalocie na tereny kontrolowane przez rebeliantów. O Aleppo trwa walka.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_el",
        "Βομβαρδισμοί σε μια συνοικία που ελέγχουν οι αντάρτες στο Χαλέπι.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_ru",
        "В Алеппо продолжаются бои: районы под контролем боевиков обстреливаются.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_ar",
        "أطفال يلعبون في حلب قرب مناطق سيطرة المعارضة.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "lone_zh",
        "叙利亚军队在阿勒颇继续推进,反对派武装向政府軍控制的城区开火。",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "lone_ja",
        "アレッポでは反政府勢力が支配する地域に空爆が続いた。",
        [("aleppo", "rebels", "held", "part")],
    ),
    # the rebels' own adjective before a part of the place
    (
        "rebel_area_of",
        "Shells hit a rebel area of the battered northern city of Aleppo on Monday.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "rebel_area_of",
        "Smoke rises over the opposition neighbourhoods of Aleppo on Monday.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # 2. a share of a place
    (
        "share_en_percent_town",
        "Kurdish fighters now control 60% of the town of Kobani, a monitor said.",
        [("kobani", "kurdish", "held", "part")],
    ),
    (
        "share_en_percent",
        "The SDF seized 85 percent of Manbij after weeks of street fighting.",
        [("manbij", "kurdish", "captured", "part")],
    ),
    (
        "share_en_region",
        "Syrian troops retook roughly 30 per cent of eastern Aleppo on Sunday.",
        [("east-aleppo", "government", "captured", "part")],
    ),
    (
        "share_en_large_part",
        "Rebels captured a large part of Aleppo in a surprise offensive.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "share_it",
        "I ribelli hanno conquistato gran parte di Aleppo in poche ore.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "share_pt",
        "Os rebeldes tomaram grande parte de Aleppo nesta sexta-feira.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "share_es",
        "Los rebeldes tomaron gran parte de Alepo el viernes.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "share_en_said",
        "Turkish-backed fighters hold 80 percent of al-Bab, Ankara said.",
        [("al-bab", "rebels", "held", "part")],
    ),
    (
        "share_zh_control",
        "库尔德武装重新控制了曼比季80%的土地。",
        [("manbij", "kurdish", "captured", "part")],
    ),
    (
        "share_fr_percent",
        "L'armée a repris 70% d'Alep-Est, selon une ONG.",
        [("east-aleppo", "government", "captured", "part")],
    ),
    (
        "share_fr_the_city",
        "Les combattants kurdes contrôlent 40% de la ville de Kobané.",
        [("kobani", "kurdish", "held", "part")],
    ),
    (
        "fraction_en",
        "Rebels now control a third of Aleppo, residents said.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "fraction_en",
        "Government forces have retaken two-thirds of eastern Aleppo.",
        [("east-aleppo", "government", "captured", "part")],
    ),
    (
        "fraction_fr",
        "L'armée a repris un tiers d'Alep-Est.",
        [("east-aleppo", "government", "captured", "part")],
    ),
    (
        "fraction_es",
        "Los rebeldes controlan dos tercios de Alepo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "share_nl_before_verb",
        "Rebellen hebben een groot deel van Aleppo veroverd.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "share_de_parts",
        "Die kurdischen Kämpfer eroberten Teile Kobanes zurück.",
        [("kobani", "kurdish", "captured", "part")],
    ),
    (
        "share_de_the_city",
        "Kurdische Kämpfer in Kobane. Die YPG kontrolliert inzwischen große Teile der Stadt.",
        [("kobani", "kurdish", "held", "part")],
    ),
    (
        "share_it_adverb",
        "I ribelli controllano ormai gran parte della città di Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "share_fr_partie",
        "Les rebelles ont pris une grande partie d'Alep.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "share_ar",
        "سيطرت قوات سوريا الديمقراطية على أكثر من 80% من مساحة مدينة منبج.",
        [("manbij", "kurdish", "captured", "part")],
    ),
    (
        "share_ar_held",
        "تسيطر المعارضة على نحو 60% من مدينة حلب.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "share_ar_its_area",
        "دخلنا مدينة منبج بعد أن أعلنت قوات سوريا الديمقراطية سيطرتها على نحو 75% من مساحتها.",
        [("manbij", "kurdish", "captured", "part")],
    ),
    (
        "share_zh",
        "叙利亚政府军已收复阿勒颇原由反对派控制的60%以上的区域。",
        [("aleppo", "government", "captured", "part")],
    ),
    (
        "share_ja",
        "シリア政府軍は、反体制派が支配してきたアレッポ東部の約50%を奪還した。",
        [
            ("east-aleppo", "government", "captured", "part"),
            ("east-aleppo", "rebels", "held", "part"),
        ],
    ),
    # 3. a side's positions or stronghold in a place
    (
        "positions_across",
        "Overnight, government jets struck rebel positions across Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "position_held_in_neighbourhood",
        "Smoke rises after a position held by rebels was hit by army shells in the neighborhood "
        "of Sakhour in Aleppo.",
        [("sakhour", "rebels", "held", "part")],
    ),
    (
        "stronghold_in_city",
        "The army said it had destroyed the main rebel stronghold in Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "stronghold_he",
        "צבא סוריה: השמדנו את מעוז המורדים העיקרי בחלב",
        [("aleppo", "rebels", "held", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # the city is a place left: the areas lie elsewhere
    ("lone_city_left", "Families fled the city of Aleppo to rebel-held areas on Monday."),
    # two cities or towns: whose parts?
    ("lone_two_cities", "Fighters in Aleppo and Manbij moved towards rebel-held areas."),
    (
        "lone_two_cities",
        "Buses carried fighters between Aleppo and al-Bab, through rebel-held areas.",
    ),
    (
        "lone_two_cities_en",
        "Residents of Manbij and Aleppo live in areas controlled by the rebels.",
    ),
    # a finer place named last before the parts: they may be its parts
    (
        "lone_finer_before",
        "Snipers on rooftops in Aleppo's old city kept troops from approaching rebel-controlled "
        "areas.",
    ),
    # parts reached, beside or near the city: perhaps outside it
    ("lone_fled_to", "Aleppo residents fled to rebel-held areas on Monday."),
    ("lone_beside", "Aid workers reached Manbij and the rebel-held areas to its south."),
    ("lone_near_fr", "Les zones tenues par les rebelles, au nord, près d'Alep."),
    ("lone_near_en", "Rebel-held areas north of Aleppo were shelled on Monday."),
    ("lone_reached_ar", "زرنا مدينة الباب ثم توجهنا إلى المناطق الخاضعة لسيطرة المعارضة."),
    # parts of another place
    (
        "lone_elsewhere",
        "Rebel-held areas near the Turkish border received aid, while Aleppo stayed calm.",
    ),
    ("lone_elsewhere", "Aleppo residents fled to rebel-held areas in Idlib province."),
    # no city: parts of a crossing's sides
    (
        "lone_no_city",
        "Civilians crossed from the government-held side to the rebel-held side of the Bustan "
        "al-Qasr crossing.",
    ),
    # a province named by the city, a former part
    (
        "rebel_part_province",
        "Rescuers search the rubble in Jandaris, in the rebel part of Aleppo province.",
    ),
    ("rebel_area_former", "Children play in a former rebel area of Aleppo."),
    # a share hedged or negated
    ("share_failed", "Rebels failed to capture 40 percent of Aleppo."),
    ("share_may", "Rebels may seize a large part of Aleppo, analysts warn."),
    ("share_es_not", "Los rebeldes no lograron tomar gran parte de Alepo."),
    ("share_ar_attempt", "تحاول المعارضة السيطرة على 60% من مدينة حلب."),
    ("share_ar_not", "لم تسيطر المعارضة على 60% من مدينة حلب."),
    ("share_zh_may", "叙利亚政府军可能收复阿勒颇60%以上的区域。"),
    # a share of a neighbourhood is no statement of it (nor of its whole)
    ("share_neighbourhood", "The army retook about 40 percent of Sakhour."),
    ("share_neighbourhood", "Rebels control 40% of the Hanano district."),
    # a share of a side's positions, not of the place
    ("share_of_positions", "Les rebelles ont perdu 40% de leurs positions à Alep."),
    # positions taken, none held, or denied
    ("positions_overran", "Turkish-backed rebels overran Kurdish positions across Manbij."),
    ("positions_none", "There are no rebel positions in Aleppo, the army said."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_a_part_never_reaches_the_timeline(gazetteer: Gazetteer) -> None:
    """Parts, shares and positions make no row of the control timeline (the map's source)."""
    captions = [caption for _, caption, _ in STATES]
    table = table_of(gazetteer, *captions)
    parts = table[table["extent"] == "part"]
    assert len(parts) >= len(STATES)
    timeline = control_timeline(parts)
    assert timeline.empty or not set(timeline["controller"]) - {"unknown"}


def test_a_share_is_never_a_whole_statement(gazetteer: Gazetteer) -> None:
    """Every statement a share, a lone part or a position gives is of extent ``part``."""
    captions = [caption for _, caption, _ in STATES]
    table = table_of(gazetteer, *captions)
    assert not table.empty
    assert set(table["extent"]) == {"part"}
