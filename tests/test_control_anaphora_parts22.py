"""Control statements, round 22: anaphora and parts of a city in every language.

- a part of a city named with its article, the city said again as where a place lies after it
  ("dans la partie d'Alep contrôlée par le régime, près du quartier de X"): a part of the city;
- Arabic parts that lie under a side's control, the city after them ("الجزء الواقع تحت سيطرة
  الحكومة من مدينة X", "الأحياء الخاضعة لسيطرة المعارضة في مدينة X");
- a place inside a phrase set off after a subject that only says where the subject lies
  ("Q, localizada na província de X, está dentro de um território dominado pela oposição"): the
  predicate is the subject's, never the container's;
- a sentence opened by its verb, its subject left out, after a sentence whose subject is a place
  ("X está al norte de Alepo. Está controlada por ..."; Spanish, Portuguese, Italian, Polish);
- Hindi holdings with the side in the genitive, after a place or "this city" ("X पर विद्रोहियों
  का कब्जा है", "इस शहर पर ... कब्जा है");
- Arabic relatives on a place whose subject is the side named before it ("في X التي استولوا
  عليها") or after it past a locating participle ("X الواقعة ...، والتي يسيطر عليها ...");
- "the rebel-held town" as the epithet of a place attacked, named after "into";
- "the city" with no article in Russian, Ukrainian and Turkish, and "la localité", "la localidad",
  "den Ort", as a verb of taking's object.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # a part of the city, the city a container of a place named after it
    (
        "share_container",
        "Des autobus attendent dans la partie d'Alep tenue par le régime, près du quartier de "
        "Ramouseh.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "share_container",
        "Los autobuses esperan en la parte de Alepo controlada por el gobierno, junto al barrio de "
        "Ramouseh.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "share_container",
        "Gli autobus attendono nella parte di Aleppo controllata dal regime, vicino al quartiere "
        "di Ramouseh.",
        [("aleppo", "government", "held", "part")],
    ),
    # Arabic parts under a side's control
    (
        "ar_part_under",
        "التقط زوار صورا في الجزء الواقع تحت سيطرة الحكومة السورية من مدينة حلب.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "ar_part_under",
        "عاد السكان إلى المناطق الواقعة تحت سيطرة قوات النظام من مدينة حلب بعد القصف.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "ar_part_under",
        "يلعب أطفال في الأحياء الخاضعة لسيطرة المعارضة المسلحة في مدينة حلب.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "ar_part_under",
        "يلعب الأطفال في الجزء الواقع تحت سيطرة المعارضة من مدينة إعزاز.",
        [("azaz", "rebels", "held", "part")],
    ),
    # the predicate after a locating phrase is the subject's
    (
        "located_aside",
        "Azaz, situada en la provincia de Alepo, está controlada por los rebeldes.",
        [("azaz", "rebels", "held")],
    ),
    (
        "located_aside",
        "يتجه النازحون نحو مدينة جرابلس الواقعة شمال غربي مدينة منبج، "
        "والتي يسيطر عليها تنظيم داعش.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # the subject left out
    (
        "null_subject",
        "Manbij está al noreste de Alepo. Está controlada por las Fuerzas Democráticas Sirias.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "null_subject",
        "La ciudad de Azaz está cerca de la frontera turca. Fue tomada por los rebeldes en 2012.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "null_subject",
        "Azaz si trova vicino al confine turco. È controllata dai ribelli.",
        [("azaz", "rebels", "held")],
    ),
    (
        "null_subject",
        "A cidade de Azaz fica perto da fronteira. É controlada pelos rebeldes.",
        [("azaz", "rebels", "held")],
    ),
    # Hindi: a holding after a place or "this city"
    (
        "hi_held",
        "फिलहाल अजाज शहर पर विद्रोहियों का कब्जा है।",
        [("azaz", "rebels", "held")],
    ),
    (
        "hi_held",
        "यह तस्वीर अजाज शहर की है। फिलहाल इस शहर पर विद्रोहियों का कब्जा है।",
        [("azaz", "rebels", "held")],
    ),
    (
        "hi_held",
        "यह तस्वीर मनबिज की है। इस शहर पर कुर्द लड़ाकों का कब्जा है।",
        [("manbij", "kurdish", "held")],
    ),
    (
        "hi_held",
        "यह तस्वीर अजाज शहर की है। यह शहर विद्रोहियों के कब्जे में है।",
        [("azaz", "rebels", "held")],
    ),
    (
        "hi_held",
        "इदलिब प्रांत के मरात अल नुमान में एक अस्पताल पर मिसाइल गिरी। यह तस्वीर तुर्की की सीमा से सटे "
        "अजाज शहर की है फिलहाल इस शहर पर विद्रोहियों का कब्जा है।",
        [("azaz", "rebels", "held")],
    ),
    # Arabic relatives on a place
    (
        "ar_relative",
        "بدأ الثوار بتدمير تماثيل حافظ الأسد في حلب التي استولوا عليها.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ar_relative",
        "بدأت قوات المعارضة بإزالة صور الأسد في مدينة منبج التي سيطرت عليها أمس.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "ar_relative",
        "يتجه النازحون نحو مدينة جرابلس، والتي يسيطر عليها تنظيم داعش.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # the epithet of a place attacked
    (
        "held_epithet",
        "IS fired rockets into Marea, the latest attack by the group against the rebel-held town "
        "north of Aleppo.",
        [("marea", "rebels", "held")],
    ),
    (
        "held_epithet",
        "IS fired rockets into Marea on Sunday, attacking the rebel-held town.",
        [("marea", "rebels", "held")],
    ),
    (
        "held_epithet",
        "Rebels fired rockets into Nubl, the latest attack on the government-held town north of "
        "Aleppo.",
        [("nubl", "government", "held")],
    ),
    # "the city" with no article, and other nouns of a town
    (
        "bare_city",
        "Повстанцы окружили Манбидж, а затем захватили город.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "bare_city",
        "Повстанці оточили Манбідж і захопили місто.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "bare_city",
        "ÖSO, El Bab'ı kuşattı ve şehri DEAŞ'tan aldı.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "bare_city",
        "Les rebelles sont entrés à Al-Bab jeudi et ont repris la localité.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "bare_city",
        "Los rebeldes rodearon Manbij y tomaron la localidad.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "bare_city",
        "Die Rebellen umzingelten Manbidsch und eroberten den Ort.",
        [("manbij", "rebels", "captured")],
    ),
]

# a relative set off by a dash after its side
STATES += [
    (
        "dash_relative",
        "A spokesman for the Kurdish People's Protection Units (YPG)–that are in control of "
        "Sheikh Maqsoud–told reporters the shelling went on.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "dash_relative",
        "A spokesman for the YPG - which is in control of Sheikh Maqsoud - said the shelling went "
        "on.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # a city's half taken or held, in Azerbaijani and Turkish: a part
    (
        "half",
        "Üsyançı qüvvələr Hələbin yarısına nəzarəti ələ keçirib.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "half",
        "Muhalifler Halep'in yarısını ele geçirdi.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    # "the city" in Chinese, the one city or town named before
    (
        "zh_city_anaphor",
        "叙利亚政府军包围了曼比季。政府军随后收复了该市。",
        [("manbij", "government", "captured"), ("manbij", "rebels", "besieged")],
    ),
    (
        "zh_city_anaphor",
        "库尔德武装在曼比季郊外集结。库尔德武装随后控制了这座城市。",
        [("manbij", "kurdish", "captured")],
    ),
]

# "the area" (zone) after a town named before, in the other languages as in English
STATES += [
    (
        "area_town",
        "مردم به منطقه «الحاضر» بازگشتند. نیروهای ارتش سوریه سه روز پیش این منطقه را از وجود "
        "تروریست ها پاکسازی کرده بودند.",
        [("al-hader", "government", "captured")],
    ),
    (
        "area_town",
        "Les habitants sont rentrés à Tal Rifaat. Les rebelles ont repris la zone il y a trois "
        "jours.",
        [("tall-rifaat", "rebels", "captured")],
    ),
]

# "the city" in Japanese, the place named before it in its sentence
STATES += [
    (
        "ja_city_anaphor",
        "クルド人部隊はマンビジに進攻し、同市を奪還した。",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "ja_city_anaphor",
        "クルド人部隊はマンビジに進攻し、この町を制圧した。",
        [("manbij", "kurdish", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # the container of a locating phrase takes nothing of its subject
    (
        "located_aside",
        "Qwertzdorf, localizada na província de Aleppo, está dentro de um território dominado pela "
        "oposição síria.",
    ),
    (
        "located_aside",
        "Qwertzdorf, située dans la province d'Alep, est contrôlée par les rebelles.",
    ),
    (
        "located_aside",
        "Qwertzdorf, situada en la provincia de Alepo, está controlada por los rebeldes.",
    ),
    # a subject left out after a sentence that opens with no place, or a predicate of no side
    ("null_subject", "Mieszkańcy uciekli z Aleppo. Jest kontrolowane przez SDF."),
    ("null_subject", "Manbij está al noreste de Alepo. Está destruida por los bombardeos."),
    # "this city" after two cities, or denied
    ("hi_held", "अलेप्पो और अजाज की तस्वीरें। इस शहर पर विद्रोहियों का कब्जा है।"),
    ("hi_held", "विद्रोहियों ने कहा कि इस शहर पर सेना का कब्जा नहीं है।"),
    # an Arabic relative with two sides before it, or none
    ("ar_relative", "اشتبكت قوات النظام مع الثوار في حلب التي استولوا عليها."),
    ("ar_relative", "زار صحفيون مدينة منبج التي استولوا عليها."),
    # the epithet after two places, one of them a destination
    ("held_epithet", "Families fled to Azaz and Marea, fearing an attack on the rebel-held town."),
    (
        "held_epithet",
        "Families fled from Manbij to Azaz, after weeks of shelling on the IS-held town.",
    ),
    # "the city" after two cities, or not a verb of taking
    ("bare_city", "Сирийская армия окружила Алеппо и Манбидж, а затем заняла город."),
    ("bare_city", "Повстанцы обстреляли город и отступили."),
    # a Chinese "this city" after two cities, or with none before it
    ("zh_city_anaphor", "记者走访了阿勒颇和曼比季。政府军随后收复了该市。"),
    ("zh_city_anaphor", "叙利亚政府军随后收复了该市。"),
    # "the zone" after two towns
    (
        "area_town",
        "Les habitants sont rentrés à Tal Rifaat et à Azaz. Les rebelles ont repris la zone il y a "
        "trois jours.",
    ),
    # a Japanese "this city" after two cities or towns
    ("ja_city_anaphor", "反体制派はアレッポとマンビジに進攻し、同市を奪還した。"),
    # a dash that sets off no relative of the side's
    ("dash_relative", "Rebels - fighters said - that the town of Sheikh Maqsoud was quiet."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
