"""Holdings: who holds a place at the time, in the wordings of a later reading of agency copy.

A phrase set off by dashes ("X –held by YPG fighters–"), a holding verb after "currently", a
side's possessive stronghold ("Islamic State's stronghold of X"), a side's name after
"terrorist" (as state media write it), a region of a divided city (one side's part of it), the
parts of a region named before it ("rebel-held neighbourhoods in eastern Aleppo"), an
allegiance word before the places ("the pro-government towns of X and Y"), the places listed
after a holding ("districts still under rebel control, including X and Y"), a holding kept
("retained control of X"), a holding after a first predicate joined by "and", and a holder of no
side's name ("militant-held X"), read as the rebels where the caption names no IS or Kurdish
actor; the factions of later years (HTS, the Syrian National Army, "Assad-held"), a side's short
name in brackets before its verb, a relative after an apposition ("X, another Kurdish
neighbourhood that is held by the YPG"), a division with its adverb, "the divided city of X", a
held anaphor that calls a town a city, and the holdings of French, Spanish, Italian, German and
Turkish captions ("X, tenu par les rebelles", "die von Rebellen gehaltene Stadt X", "rejim
denetimindeki X").

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, statements_of

HOLDS: list[tuple[str, str, list[Statement]]] = [
    (
        "dash_set_held",
        "A woman walks through the Kurdish district of Sheikh Maqsoud in Aleppo –held by YPG "
        "fighters– after a night of shelling.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "dash_set_held",
        "Smoke rises over Sheikh Maqsoud - controlled by Kurdish militia - on Tuesday.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "currently_held",
        "Azaz is currently controlled by Turkish-backed rebels, residents said.",
        [("azaz", "rebels", "held")],
    ),
    (
        "possessive_stronghold",
        "Turkish-backed rebels shelled Islamic State's stronghold of Dabiq on Saturday.",
        [("dabiq", "islamic_state", "held")],
    ),
    (
        "terrorist_prefix",
        "Tal Rifaat is controlled by the terrorist YPG, the minister told reporters.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "divided_city_not_region",
        "Aleppo, which has been divided between the army and rebels since 2012, was shelled "
        "again on Sunday.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "region_named_after_parts",
        "Air strikes hit rebel-held neighbourhoods in eastern Aleppo on Monday, rescuers said.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "region_named_after_parts",
        "Mortar rounds fell on government-controlled districts inside west Aleppo.",
        [("west-aleppo", "government", "held")],
    ),
    (
        "allegiance_places",
        "Rebels fired rockets at the pro-government towns of Nubl and Zahraa overnight.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    (
        "allegiance_places",
        "Militants shelled the loyalist town of Nubl, state media said.",
        [("nubl", "government", "held")],
    ),
    (
        "listed_after_holding",
        "Families fled to districts still under rebel control, including Sakhour and Hanano.",
        [("hanano", "rebels", "held"), ("sakhour", "rebels", "held")],
    ),
    (
        "listed_after_holding",
        "Barrel bombs fell on rebel-held neighbourhoods such as Sakhour and Hanano.",
        [("hanano", "rebels", "held"), ("sakhour", "rebels", "held")],
    ),
    (
        "holding_kept",
        "The army retained control of the Hanano district throughout the winter.",
        [("hanano", "government", "held")],
    ),
    (
        "holding_kept",
        "Government troops have held firm in Hanano for two years.",
        [("hanano", "government", "held")],
    ),
    (
        "holding_after_first_predicate",
        "Tal Rifaat lies 35 km north of Aleppo and is held by Kurdish fighters.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    # a holder of no side's name, where the caption names no IS or Kurdish actor: the rebels
    (
        "unnamed_holder",
        "Mortars fired from the militant-held Sakhour district hit Hamdaniyeh, SANA said.",
        [("sakhour", "rebels", "held")],
    ),
    (
        "unnamed_holder",
        "The army advanced near Hanano district, which is still held by Takfiri terrorists.",
        [("hanano", "rebels", "held")],
    ),
    # a holding modifier's plural place word, then the places set off by a comma
    (
        "listed_after_plural",
        "Rebels fired mortars at the government-held villages, Nubl and Zahraa, on Monday.",
        [("nubl", "government", "held"), ("zahraa", "government", "held")],
    ),
    # a stronghold with more words of rank before the side
    (
        "stronghold_ranked",
        "Shelling went on overnight in Marea, one of the most prominent rebel bastions north "
        "of Aleppo.",
        [("marea", "rebels", "held")],
    ),
    # a division with its duration between "has" and "been"
    (
        "divided_for_years",
        "Aleppo has for years been divided between a rebel-held east and a government-held west.",
        [("aleppo", "contested", "contested")],
    ),
    # a siege by a besieger of no side's name: besieged, the holder unnamed
    (
        "siege_by_unnamed",
        "Nubl and Zahraa have been under siege by armed groups since the summer of 2012.",
        [("nubl", "unknown", "besieged"), ("zahraa", "unknown", "besieged")],
    ),
    # the Assad name before a force noun names the government
    (
        "assad_militias",
        "Azaz is controlled by the Assad militias and their Iranian allies, activists said.",
        [("azaz", "government", "held")],
    ),
    (
        "assad_militias",
        "Residents of Tal Rifaat, now held by Assad's militiamen, fled north.",
        [("tall-rifaat", "government", "held")],
    ),
    # the factions of later years, by their names and short names
    (
        "later_factions",
        "Air strikes hit the HTS-held town of Atarib on Monday, rescuers said.",
        [("atarib", "rebels", "held")],
    ),
    (
        "later_factions",
        "Mortars landed in Azaz, which is controlled by the Syrian National Army, activists said.",
        [("azaz", "rebels", "held")],
    ),
    (
        "later_factions",
        "A child walks past a shop in Assad-held Hamdaniyeh on Friday.",
        [("hamdaniyeh", "government", "held")],
    ),
    (
        "later_factions",
        "Shells hit the Islamist-held Sakhour district overnight, state media said.",
        [("sakhour", "rebels", "held")],
    ),
    # the rebels' own adjective before a place word and "of", in English and other languages
    (
        "rebel_place_of",
        "Smoke rises over the rebel town of Atarib after air strikes on Monday.",
        [("atarib", "rebels", "held")],
    ),
    (
        "rebel_place_of",
        "Un obus est tombé dans le quartier rebelle de Sakhour.",
        [("sakhour", "rebels", "held")],
    ),
    # a side's short name in brackets between its name and the holding verb
    (
        "bracketed_short_name",
        "Rebels fired rockets towards Syrian Democratic Forces (SDF) controlled Tal Rifaat on "
        "Friday.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    # a relative clause after an apposition of the place
    (
        "relative_after_apposition",
        "Shells fell on Sheikh Maqsoud, a Kurdish-majority district that is held by the YPG.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "relative_after_apposition",
        "Rebels reached Ashrafiyeh, another Kurdish neighbourhood which is controlled by the YPG.",
        [("ashrafiyeh", "kurdish", "held")],
    ),
    # the apposition's noun as a predicate
    (
        "predicate_noun_held_by",
        "Tal Rifaat is a critical enclave controlled by Kurdish forces, residents say.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    # a division with an adverb of time, and the parts it names (no degree)
    (
        "division_adverb",
        "Aleppo is currently divided into two parts held by the regime and the opposition.",
        [("aleppo", "contested", "contested")],
    ),
    # "the divided city": split between sides
    (
        "divided_city",
        "A boy walks through the divided city of Aleppo on Friday.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "divided_city",
        "Snow fell overnight in divided Aleppo.",
        [("aleppo", "contested", "contested")],
    ),
    # a held anaphor that calls a town a city, where one place of either kind is named before
    (
        "held_anaphor_city",
        "Residents fled Manbij as Kurdish-led fighters closed in on the IS-held city.",
        [("manbij", "islamic_state", "held")],
    ),
    # holdings in the other languages of agency captions: after the place
    (
        "foreign_after",
        "Un enfant marche dans le quartier de Hanano, tenu par les rebelles, le 3 novembre.",
        [("hanano", "rebels", "held")],
    ),
    (
        "foreign_after",
        "Humo sobre Azaz, en manos de los rebeldes, el lunes.",
        [("azaz", "rebels", "held")],
    ),
    (
        "foreign_after",
        "Un camion brûle à Sakhour, sous contrôle rebelle.",
        [("sakhour", "rebels", "held")],
    ),
    (
        "foreign_after",
        "Macerie ad Atarib, controllata dai ribelli.",
        [("atarib", "rebels", "held")],
    ),
    (
        "foreign_after",
        "Rauch über Azaz, das unter Kontrolle der Rebellen ist.",
        [("azaz", "rebels", "held")],
    ),
    (
        "foreign_after",
        "Tel Rıfat'ı işgal eden terör örgütü YPG/PKK, sivil yerleşimleri hedef aldı.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    # before the place (German participles, Turkish "-ndeki")
    (
        "foreign_before",
        "Granaten trafen die von Rebellen gehaltene Stadt Azaz.",
        [("azaz", "rebels", "held")],
    ),
    (
        "foreign_before",
        "Rejim denetimindeki Halep kent merkezine roket atıldı.",
        [("aleppo", "government", "held")],
    ),
    # a division in those languages, with a side named after it
    (
        "foreign_divided",
        "Alep est divisée entre les rebelles et le régime depuis 2012.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "foreign_divided",
        "Alepo está dividida entre el régimen y los rebeldes.",
        [("aleppo", "contested", "contested")],
    ),
]

HOLDS_NONE: list[tuple[str, str]] = [
    # a dash that sets off no holding verb
    ("dash_set_held", "Elders of Sheikh Maqsoud – held in high regard by residents – met."),
    ("currently_held", "Azaz is currently hit by shelling almost every night."),
    # a stronghold of no side
    ("possessive_stronghold", "Rebels shelled the stronghold of Dabiq on Saturday."),
    # "terrorists" alone, as state media call rebels and IS alike, names no side where the
    # caption names a Kurdish or IS actor
    ("terrorist_prefix", "YPG fighters say Tal Rifaat is held by terrorists."),
    # the division is the city's, the region is one side's part of it
    (
        "divided_city_not_region",
        "Shells fell on eastern Aleppo, which has been divided between the army and rebels "
        "since 2012.",
    ),
    # parts of a district say nothing of the whole (one part of a region is a statement of
    # extent "part" on it: tests/test_control_parts.py)
    ("region_named_after_parts", "Air strikes hit rebel-held neighbourhoods in Hanano."),
    # no allegiance: people, or fighters, of the towns
    ("allegiance_places", "Rebels fired rockets at the Shiite towns of Nubl and Zahraa."),
    ("allegiance_places", "Pro-government fighters from the villages of Nubl and Zahraa."),
    # a list with no holding before it
    ("listed_after_holding", "Shelling hit several districts, including Sakhour and Hanano."),
    # a holding the side failed to keep
    ("holding_kept", "The army failed to retain control of the Hanano district."),
    # the second predicate is no holding
    ("holding_after_first_predicate", "Tal Rifaat is 35 km from Aleppo and was hit by shells."),
    # an IS or Kurdish actor named: "militants" may be theirs (and "held" after a dash is no
    # verb of the clause's subject)
    (
        "unnamed_holder",
        "Kurdish fighters shelled the militant-held Sakhour district on Monday.",
    ),
    ("unnamed_holder", "IS fighters shelled the jihadist-held Sakhour district on Monday."),
    # parts of a city
    (
        "unnamed_holder",
        "Shells hit neighbourhoods of Aleppo city held by armed groups, the monitor said.",
    ),
    # one place after the plural, or a clause after the comma: no list of the places held
    ("listed_after_plural", "Rebels shelled the government-held villages, Nubl, state media said."),
    (
        "listed_after_plural",
        "Rebels shelled government-held villages, killing 12 in Nubl and Zahraa.",
    ),
    # ranks of no side's stronghold, a division of no sides, a siege by civilians' word
    ("stronghold_ranked", "Marea, one of the most prominent towns north of Aleppo, was shelled."),
    ("divided_for_years", "Aleppo has for years been divided over the fate of the old souks."),
    ("siege_by_unnamed", "Nubl has been under siege by journalists since the visit began."),
    # an attack by them is no holding
    ("assad_militias", "The Assad militias shelled Azaz again on Monday, activists said."),
    # a faction's fighters in a place, or its commander there, hold nothing
    ("later_factions", "HTS fighters shelled Atarib on Monday, rescuers said."),
    ("later_factions", "A Syrian National Army commander spoke to reporters in Azaz."),
    # the rebels' former town, people of a town, the rebels from a town
    ("rebel_place_of", "Smoke rises over the former rebel town of Atarib on Monday."),
    ("rebel_place_of", "Rebel fighters of the town of Atarib rest on Monday."),
    # the bracketed name before a noun, not a holding verb
    (
        "bracketed_short_name",
        "Syrian Democratic Forces (SDF) fighters patrolled Tal Rifaat on Friday.",
    ),
    # a relative after the apposition that states no holding
    (
        "relative_after_apposition",
        "Shells fell on Sheikh Maqsoud, a Kurdish-majority district that is home to 30,000 people.",
    ),
    # the predicate's noun with a participle of no holding
    ("predicate_noun_held_by", "Tal Rifaat is a critical enclave shelled by Turkish forces."),
    # a division of no sides
    ("division_adverb", "Aleppo is currently divided into two school districts, officials said."),
    # "divided" as a verb, or of people
    ("divided_city", "Troops divided Aleppo's eastern districts in two on Monday."),
    ("divided_city", "The divided families of Aleppo met at the crossing."),
    # two places the city may be: none
    ("held_anaphor_city", "Aleppo and Manbij were shelled; the IS-held city was hit hardest."),
    # a holder of no side, a degree the modifiers do not allow
    ("foreign_after", "Un enfant marche dans le quartier de Hanano, tenu par sa mère."),
    ("foreign_after", "Humo sobre Azaz, prácticamente en manos de los rebeldes, el lunes."),
    # a participle that states no holding, a faction in the place
    ("foreign_before", "Granaten trafen die von Rebellen beschossene Stadt Azaz."),
    ("foreign_before", "Terör örgütü YPG/PKK Tel Rıfat'tan Azez'e saldırdı."),
    # a division of no sides
    ("foreign_divided", "Alep est divisée en deux par une ligne de front."),
]


test_states, test_states_none, test_pre_check = control_case_tests(HOLDS, HOLDS_NONE)


def test_a_capture_of_listed_places_is_no_holding_of_them(gazetteer: Gazetteer) -> None:
    # the holding named in a capture's object is who held them before: the capture stands alone
    caption = "Troops seized several rebel-held districts, including Sakhour and Hanano."
    assert statements_of(gazetteer, caption) == [
        ("hanano", "government", "captured"),
        ("sakhour", "government", "captured"),
    ]


def test_the_pre_check_lets_every_allegiance_phrase_through() -> None:
    for word in ("pro-government", "pro-regime", "pro-Assad", "loyalist"):
        assert lexicon.may_state_control(f"Rebels shelled the {word} villages of Nubl"), word
