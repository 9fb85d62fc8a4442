"""Control wordings of round 17 (issue 14), in English and the world languages but German,
French and Dutch:

- an aim to take a place from a side with a whole degree before its object ("an assault to
  retake *the entire* city from the rebels", "*the whole of* X", "*all of* X", "*the rest of*
  X") states no holding: the side holds a part of it, not the whole (without the degree the aim
  still says the side holds the place, ``lexicon.AIM_NOUNS``);
- fighting at a place in Spanish, Portuguese, Italian, Arabic and Russian ("combates en X",
  "scontri nel quartiere di X", "اشتباكات في X", "бои в X") is no contest, as "clashes in X"
  is none in English (``lexicon.WORLD_FIGHTING_FOR``: only a fight *for* a place); a fight for it is
  ("бои за X", "combates por el control de X", "معارك للسيطرة على X");
- a siege after the place put in the past by its auxiliary ("X, que *había sido* sitiada por
  ...", "que *fue* asediada", "que *tinha sido* cercada", "che *era stata* assediata") states
  nothing (``lexicon.WORLD_SIEGE_PAST``), as "had besieged" in English;
- a capture noun a side declares ("el gobierno *declaró la liberación (total) de* X", "o
  exército *anunciou a libertação completa de* X", "l'esercito *ha annunciato la liberazione
  di* X") is that side's done capture, the one side named before the verb
  (``lexicon.WORLD_NOUN_DECLARED``, ``WORLD_CAPTURE_NOUN_DEGREES``);
- a holding in brackets after the place with its hyphen left out ("X (opposition held
  territory)", "X (IS held town)"; not "X (rebels held a rally)": a place noun or nothing after
  it, ``lexicon.BRACKET_HELD_NOUNS``);
- an Arabic city split between sides ("X ... انقسمت بين شرق يسيطر عليه المعارضة وغرب ...", "X
  مقسمة بين النظام والمعارضة"): contested (``lexicon.WORLD_AR_DIVIDED``), with a side named after
  "بين";
- a Chinese expulsion from a place said before its verb ("库尔德武装在X成功驱逐了伊斯兰国"): the
  subject's capture (``lexicon.WORLD_ZH_EXPEL``; not an attempt, a place near, or no side);
- a city named by its rank before its name as a verb's object ("взяли под контроль один из
  крупнейших городов страны - X", "tomaron la segunda ciudad del país, X";
  ``lexicon.WORLD_CITY_RANKS``);
- a siege of a place named by its Kurdish people ("the besieged Kurdish town of X"): the
  Kurdish forces besieged there (``lexicon.BESIEGED_KURDISH_PLACE_OF``; "the Kurdish town of
  X" alone still names no side);
- a rebel siege with Turkey or its army named in its sentence ("Turkey-backed rebels surrounded
  X") is one of Turkey's operations, against the Kurdish forces or IS: no holder is read from
  the besieger (``lexicon.SIEGE_TURKISH_STEMS``), as with a Kurdish word;
- a former holding keeps its convention: lost by the side, to the one other side its sentence
  names, also when that side is named as the actor of an operation to retake the city.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # an aim without a degree: the side taken from holds the place
    (
        "aim_from",
        "Soldiers stand on a roof in Aleppo during their offensive to retake the city from "
        "rebel fighters.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "aim_from",
        "The army launched an operation to retake Manbij from IS on Monday.",
        [("manbij", "islamic_state", "held")],
    ),
    # fighting for a place is still a contest
    ("ru_fight_for", "Бои за Алеппо идут уже неделю.", [("aleppo", "contested", "contested")]),
    (
        "es_fight_for",
        "Combates por el control de Alepo entre rebeldes y el ejército.",
        [("aleppo", "contested", "contested")],
    ),
    ("ar_fight_for", "معارك للسيطرة على حي الشعار", [("shaar", "contested", "contested")]),
    # a siege said now
    (
        "es_siege_now",
        "Vecinos hacen fila por pan en Alepo, sitiada por los rebeldes.",
        [("aleppo", "government", "besieged")],
    ),
    # a capture noun a side declares
    (
        "es_declared",
        "El gobierno sirio declaró la liberación total de la ciudad de Alepo tras años de "
        "combates.",
        [("aleppo", "government", "captured")],
    ),
    (
        "es_declared",
        "El gobierno sirio declaró la liberación total de la ciudad de Alepo, que había sido "
        "sitiada por el Estado Islámico.",
        [("aleppo", "government", "captured")],
    ),
    (
        "es_declared",
        "El ejército sirio anunció la liberación de Alepo y la gente salió a las calles.",
        [("aleppo", "government", "captured")],
    ),
    (
        "es_declared",
        "Las milicias kurdas anunciaron la toma de Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "pt_declared",
        "O exército sírio anunciou a libertação completa de Aleppo.",
        [("aleppo", "government", "captured")],
    ),
    (
        "it_declared",
        "L'esercito siriano ha annunciato la liberazione di Manbij.",
        [("manbij", "government", "captured")],
    ),
    # a holding in brackets after the place, its hyphen left out
    (
        "en_bracket_held",
        "Rural Aleppo, Manbij (opposition held territory). Children study in a shelter.",
        [("manbij", "rebels", "held")],
    ),
    (
        "en_bracket_held",
        "Children play in Azaz (rebel held area) on Monday.",
        [("azaz", "rebels", "held")],
    ),
    (
        "en_bracket_held",
        "A market in Jarabulus (IS held town) in 2015.",
        [("jarabulus", "islamic_state", "held")],
    ),
    (
        "en_bracket_held",
        "A street in Afrin (Kurdish held) in 2017.",
        [("afrin", "kurdish", "held")],
    ),
    # an Arabic split between sides
    (
        "ar_divided",
        "حلب التي كانت أكبر المدن السورية انقسمت بين شرق يسيطر عليه أنصار المعارضة وغرب تسيطر "
        "عليه القوات الحكومية.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "ar_divided",
        "مدينة حلب مقسمة بين قوات النظام وفصائل المعارضة منذ عام 2012.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "ar_divided",
        "منبج منقسمة بين شرق تسيطر عليه المعارضة وغرب يسيطر عليه الأكراد.",
        [("manbij", "contested", "contested")],
    ),
    # a Chinese expulsion from a place said before the verb
    ("zh_expel", "库尔德武装在曼比季成功驱逐了伊斯兰国武装。", [("manbij", "kurdish", "captured")]),
    ("zh_expel", "庫爾德人慶祝在曼比季成功驅逐伊斯蘭國勢力。", [("manbij", "kurdish", "captured")]),
    (
        "zh_expel",
        "叙利亚政府军在阿勒颇东部驱逐反对派武装。",
        [("east-aleppo", "government", "captured")],
    ),
    # a city named by its rank before its name, as a verb's object
    (
        "ru_rank_object",
        "Повстанцы в Сирии взяли под контроль один из крупнейших городов страны - Алеппо.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "es_rank_object",
        "Los rebeldes tomaron la segunda ciudad del país, Alepo.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "pt_rank_object",
        "Os rebeldes tomaram a segunda maior cidade da Síria, Aleppo.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "it_rank_object",
        "I ribelli hanno preso la seconda città del paese, Aleppo.",
        [("aleppo", "rebels", "captured")],
    ),
    # a siege of a place named by its Kurdish people: the Kurdish forces besieged there
    (
        "en_besieged_kurdish",
        "Children play in the besieged Kurdish town of Kobani on Tuesday.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "en_besieged_kurdish",
        "Refugees from the besieged Syrian Kurdish town of Kobani wait at the border.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "en_besieged_kurdish",
        "Children chant in the besieged Kurdish city of Ain al-Arab, which Kurds call Kobani.",
        [("kobani", "kurdish", "besieged")],
    ),
    # a rebel siege with Turkey named beside it: one of Turkey's operations, no holder read
    (
        "en_siege_turkey_backed",
        "Turkey-backed rebels surrounded Afrin city on Tuesday.",
        [("afrin", "unknown", "besieged")],
    ),
    (
        "en_siege_turkey_backed",
        "The Free Syrian Army and the Turkish army encircled Afrin on Tuesday.",
        [("afrin", "unknown", "besieged")],
    ),
    # a rebel siege alone: of a government-held place
    ("en_siege_rebels", "Rebels besieged Nubl on Tuesday.", [("nubl", "government", "besieged")]),
    (
        "en_siege_rebels",
        "Rebels besieged Nubl. Turkish aid trucks arrived at the border.",
        [("nubl", "government", "besieged")],
    ),
    # a former holding: lost to the one other side the sentence names
    (
        "former_to_other_side",
        "Smoke rises from the former rebel-held district of Hanano during an operation by "
        "government forces to retake the city.",
        [("hanano", "government", "lost")],
    ),
    (
        "former_no_other_side",
        "Smoke rises from the former rebel-held district of Hanano on Monday.",
        [("hanano", "unknown", "lost")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # an aim with a whole degree: the side holds a part, not the whole
    (
        "aim_whole",
        "Soldiers stand on a roof overlooking Aleppo during their offensive to retake the "
        "entire city from rebel fighters.",
    ),
    (
        "aim_whole",
        "Troops gather in Aleppo in a push to recapture the whole of the city from the rebels.",
    ),
    (
        "aim_whole",
        "Government troops near Aleppo, in a bid to retake all of the city from the opposition.",
    ),
    ("aim_whole", "The army launched an operation to retake the rest of Manbij from IS."),
    # fighting at a place is no contest
    ("ru_fighting", "Это первые бои такого масштаба в Алеппо за последние годы."),
    ("ru_fighting", "Тяжелые бои в Манбидже между курдами и боевиками ИГ."),
    ("ru_fighting", "Столкновения в районе Шейх-Максуд продолжаются."),
    ("es_fighting", "Combatientes rebeldes descansan luego de combates en Alepo."),
    ("es_fighting", "Intensos enfrentamientos en el barrio de Salahedín."),
    ("pt_fighting", "Confrontos na cidade de Alepo deixam mortos."),
    ("it_fighting", "Scontri nel quartiere di Salaheddine ad Aleppo."),
    ("ar_fighting", "اشتباكات عنيفة في حي الشعار"),
    ("ar_fighting", "معارك عنيفة في مدينة منبج بين الأكراد وتنظيم الدولة."),
    # a siege of the past
    ("es_siege_past", "Vecinos en Alepo, que había sido asediada por los rebeldes."),
    ("es_siege_past", "Vecinos en Alepo, que fue sitiada por los rebeldes durante cuatro años."),
    ("pt_siege_past", "Moradores de Aleppo, que tinha sido cercada pelos rebeldes."),
    ("it_siege_past", "Abitanti di Aleppo, che era stata assediata dai ribelli."),
    # a verb "held" in brackets, or a side alone
    ("en_bracket_not_held", "Children in Azaz (rebels held a rally) on Monday."),
    ("en_bracket_not_held", "Children in Azaz (opposition) on Monday."),
    # an Arabic split of no sides
    ("ar_divided_no_side", "عائلات من حلب انقسمت بين البقاء والرحيل."),
    ("ar_divided_no_side", "حلب انقسمت بين الماضي والحاضر."),
    # a Chinese expulsion tried, near the place, or by no side
    ("zh_expel_attempt", "叙利亚政府军试图在阿勒颇驱逐反对派武装。"),
    ("zh_expel_near", "库尔德武装在曼比季附近驱逐了伊斯兰国武装。"),
    ("zh_expel_no_side", "民众在阿勒颇驱逐伊斯兰国。"),
    # a rank that is not the place's apposition
    (
        "ru_rank_not_apposition",
        "Повстанцы взяли под контроль один из крупнейших городов страны, в том числе районы "
        "Алеппо.",
    ),
    (
        "es_rank_not_apposition",
        "Los rebeldes tomaron la segunda ciudad del país y bombardearon Alepo.",
    ),
    # the people's adjective alone names no side
    ("en_kurdish_people", "Refugees from the Kurdish town of Kobani wait at the border."),
    # a Chinese share of a place taken (a percentage) is no statement of the whole place (a
    # share written with digits is one of a part: see test_control_parts23.py)
    ("zh_percentage", "库尔德武装控制了曼比季百分之九十的地区。"),
    # a declaration by two sides, or a denial
    ("es_declared_two", "El gobierno sirio y los rebeldes anunciaron la liberación de Alepo."),
    ("es_denied", "El gobierno sirio negó la liberación de Alepo."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
