"""The city's own concepts as other languages name them: one table of concepts × languages.

The geoparser (:mod:`aleppomap.geoparse`) reads these tables once, when it is built, and turns
them into alias keys: the city's sides ("Ost-Aleppo", "Aleppo timur", "estul Alepului",
"阿勒颇东部"), and the common nouns of its landmarks ("la vieille ville", "Ulu Camii", "Marea
Moschee", "旧市街"), which name the city's place only in a caption about the city. The city's
own names in other languages are data (the gazetteer's aliases); the words here are joined to
each of them.

Each table lists, for each concept, every common form a careful writer of each language uses:
inflections (Polish cases, the Romanian enclitic article, the German genitive), word order
(the side before or after the name), compounds ("Ost-Aleppo", "Oost-Aleppo") and the words of
"the part of" ("la partie est d'Alep", "het oosten van Aleppo", "wschodnia część Aleppo").

Chinese, Japanese and Korean write no spaces between words (Korean none before its particles):
:data:`CJK_CITY` and the words of :data:`CJK_AFTER`, :data:`CJK_BEFORE` and :data:`CJK_NOUNS`
are cut out of a run of those letters as words of their own (see ``Geoparser._words``).
"""

from __future__ import annotations

import re

__all__ = [
    "ARABIC_BEARINGS",
    "ARABIC_COMPASS",
    "ARABIC_DEFINITE_NOUNS",
    "ARABIC_DISTANCE",
    "ARABIC_NOUN_FILLERS",
    "ARABIC_OUTSKIRTS",
    "ARABIC_PART_NOUNS",
    "ARABIC_PROVINCE",
    "ARABIC_QUARTER_NOUNS",
    "ARABIC_SETTLEMENTS",
    "ARABIC_SIDE_AFTER",
    "ARABIC_SIDE_ALONE",
    "ARABIC_SIDE_BEFORE",
    "ARABIC_SIDE_OF_THE_CITY",
    "ARABIC_SIDE_PART",
    "CAPITAL_METONYMS",
    "CJK_AFTER",
    "CJK_BEFORE",
    "CJK_CHAR",
    "CJK_CITY",
    "CJK_NOUNS",
    "CJK_PHRASES",
    "CJK_PROVINCE",
    "DEFINITE",
    "FOREIGN_CAPITALS",
    "GOVERNMENT_VERBS",
    "HISTORIC_CENTRE",
    "NOUNS",
    "NOUN_OF",
    "OLD_CITY_AFTER",
    "PART_CITY",
    "SIDE_AFTER",
    "SIDE_BEFORE",
    "SIDE_GENITIVE",
    "SIDE_OF_THE_CITY",
    "SIDE_PART",
    "SIDE_WORDS_ALSO_WORDS",
    "STANDING",
    "THE_CITY_FOR_OF",
    "TO_SIDE",
    "URDU_OF",
    "sides_of_the_city",
]

# -- the city's sides -------------------------------------------------------------------------
# The side word before the city's name ("Ost-Aleppo", "Doğu Halep", "Oost-Aleppo", "wschodnie
# Aleppo", "wilayah timur Aleppo", "wilayah timur kota Aleppo": of the city of), in every
# case a language inflects it in (Polish: wschodnie,
# wschodniego, wschodnim; the part's noun in its cases: "wschodnia część Aleppo", "we wschodniej
# części Aleppo"; Vietnamese "phía đông Aleppo", "khu vực miền Đông Aleppo").
SIDE_BEFORE: dict[str, tuple[str, ...]] = {
    "east": (
        "Ost", "Doğu", "Dogu", "Osten von", "Ostteil von", "östliches", "östlichen",
        "Oost", "oostelijk",
        "wschodnie", "wschodniego", "wschodnim", "wschodnia część", "wschodniej części",
        "wschodnią część", "wschodnie dzielnice", "wschodnich dzielnicach", "wschodnich dzielnic",
        "wilayah timur", "bagian timur", "kawasan timur", "daerah timur", "sisi timur",
        "wilayah timur kota", "bagian timur kota", "kawasan timur kota", "daerah timur kota",
        "sisi timur kota",
        "estul", "partea de est a", "partea estică a", "cartierele din estul",
        "istočni", "istočnom", "istočnog", "istočni dio", "istočnom dijelu", "istočni deo",
        "istočnom delu", "istočne četvrti", "istočnim četvrtima", "východní", "východním",
        "východního", "východní části", "Kelet-", "keleti", "östra", "lindja e", "Doğu",
        "østlige", "det østlige", "Øst", "Itä",
        # Vietnamese: the side ("phía đông Aleppo"), the region ("miền Đông Aleppo"), the area
        "phía đông", "miền đông", "vùng phía đông", "khu vực phía đông", "khu vực miền đông",
        "phần phía đông",
    ),
    "west": (
        "Batı", "Bati", "Westen von", "Westteil von", "westliches", "westlichen",
        "West", "westelijk",
        "zachodnie", "zachodniego", "zachodnim", "zachodnia część", "zachodniej części",
        "zachodnią część", "zachodnie dzielnice", "zachodnich dzielnicach", "zachodnich dzielnic",
        "wilayah barat", "bagian barat", "kawasan barat", "daerah barat", "sisi barat",
        "wilayah barat kota", "bagian barat kota", "kawasan barat kota", "daerah barat kota",
        "sisi barat kota",
        "vestul", "partea de vest a", "partea vestică a", "cartierele din vestul",
        "zapadni", "zapadnom", "zapadnog", "zapadni dio", "zapadnom dijelu", "zapadni deo",
        "zapadnom delu", "zapadne četvrti", "zapadnim četvrtima", "západní", "západním",
        "západního", "západní části", "Nyugat-", "nyugati", "västra", "perëndimi i",
        "vestlige", "det vestlige", "Vest", "Länsi",
        "phía tây", "miền tây", "vùng phía tây", "khu vực phía tây", "khu vực miền tây",
        "phần phía tây",
    ),
}  # fmt: skip
# German names the side with the city's genitive too: "im Osten Aleppos" (in east Aleppo), and
# the compound in the genitive: "die Evakuierung Ost-Aleppos" (not "West-Aleppos": its key is
# that of "western Aleppos", a misspelt possessive, "north-western Aleppos key districts").
SIDE_GENITIVE: dict[str, tuple[str, ...]] = {
    "east": ("Osten", "Ostteil", "Ost", "östlichen Teil"),
    "west": ("Westen", "Westteil", "westlichen Teil"),
}
# The side word after the city's name ("Alep-Est", "Aleppo Ovest", "Alepo oriental", "Aleppo
# timur", "Alepul de Est", "Aleppo bagian timur", Turkish "Halep'in doğu kesiminde", "Halep'in
# doğu mahallelerinde", whose place word is no word of a key).
SIDE_AFTER: dict[str, tuple[str, ...]] = {
    "east": ("Est", "Orientale", "Oriental", "Este", "Leste", "Timur", "bagian timur", "de Est",
             "doğu", "doğu kesimi", "doğu kesiminde", "doğu kesimindeki", "doğu kesimleri",
             "doğu kesimlerinde"),
    "west": ("Ouest", "Ovest", "Occidentale", "Occidental", "Oeste", "Barat", "bagian barat",
             "de Vest", "batı", "batı kesimi", "batı kesiminde", "batı kesimindeki",
             "batı kesimleri", "batı kesimlerinde"),
}  # fmt: skip
# Side words after the name that are also common words: they name the side only capitalised or
# joined to the name by a dash ("Alep est divisée": Aleppo is divided; "Alepo este año").
SIDE_WORDS_ALSO_WORDS = frozenset({"Est", "Este"})
# The side as a part of the city named after it, before "of": "dans l'est d'Alep", "nella parte
# est di Aleppo", "en el este de Alepo", "no leste de Aleppo". The French one only with the
# article elided ("est Alep": is Aleppo); see TO_SIDE for the bearings ("à l'est d'Alep").
SIDE_PART: dict[str, tuple[str, ...]] = {
    "east": ("l'est d'", "partie est d'", "partie orientale d'", "quartiers est d'",
             "quartiers orientaux d'", "bairros orientais de ", "zona oriental de ",
             "secteur est d'", "leste de ", "zona leste de ", "parte leste de ",
             "parte est di ", "parte orientale di ", "zona est di ", "quartieri orientali di ",
             "settore orientale di ", "este de ", "parte este de ", "zona este de ",
             "parte oriental de ", "zona oriental de ", "barrios orientales de ",
             "sector oriental de ", "Ostteil von ", "oosten van ", "oostelijk deel van ",
             "oostelijke deel van ", "oostelijke wijken van "),
    "west": ("l'ouest d'", "partie ouest d'", "partie occidentale d'", "quartiers ouest d'",
             "quartiers occidentaux d'", "bairros ocidentais de ", "zona ocidental de ",
             "secteur ouest d'", "oeste de ", "zona oeste de ", "parte oeste de ",
             "parte ovest di ", "parte occidentale di ", "zona ovest di ",
             "quartieri occidentali di ", "settore occidentale di ",
             "parte occidental de ", "zona occidental de ", "barrios occidentales de ",
             "sector occidental de ", "Westteil von ", "westen van ", "westelijk deel van ",
             "westelijke deel van ", "westelijke wijken van "),
}  # fmt: skip
# The side as a part of "the city", the city named before ("… in Aleppo. After the recapture of
# the east of the city"; "dell'est della città", "les quartiers est de la ville", "el este de la
# ciudad"): a common noun of the side, kept after an article in a caption about the city; the
# same words after a bearing's word ("à l'est de la ville", "to the east of the city") are no
# part of it (see TO_SIDE).
SIDE_OF_THE_CITY: dict[str, tuple[str, ...]] = {
    "east": ("east of the city", "eastern part of the city", "eastern parts of the city",
             "eastern districts of the city", "eastern neighbourhoods of the city",
             "eastern neighborhoods of the city", "eastern half of the city",
             "est de la ville", "partie est de la ville", "partie orientale de la ville",
             "quartiers orientaux de la ville",
             "est della città", "parte est della città", "parte orientale della città",
             "quartieri orientali della città",
             "este de la ciudad", "parte este de la ciudad", "parte oriental de la ciudad",
             "barrios orientales de la ciudad",
             "leste da cidade", "parte leste da cidade", "parte oriental da cidade",
             "bairros orientais da cidade",
             "Osten der Stadt", "Ostens der Stadt", "Ostteil der Stadt", "oosten van de stad",
             "oostelijke deel van de stad",
             # the side's zone, "of the city" left to the caption that names it ("Aleppo: a
             # zona leste", "ad Aleppo, nella zona est"; not the French quarters, whose noun the
             # key drops)
             "zona leste", "zona est", "zona este"),
    "west": ("west of the city", "western part of the city", "western parts of the city",
             "western districts of the city", "western neighbourhoods of the city",
             "western neighborhoods of the city", "western half of the city",
             "ouest de la ville", "partie ouest de la ville", "partie occidentale de la ville",
             "quartiers occidentaux de la ville",
             "ovest della città", "parte ovest della città", "parte occidentale della città",
             "quartieri occidentali della città",
             "oeste de la ciudad", "parte oeste de la ciudad", "parte occidental de la ciudad",
             "barrios occidentales de la ciudad",
             "oeste da cidade", "parte oeste da cidade", "parte ocidental da cidade",
             "bairros ocidentais da cidade",
             "Westen der Stadt", "Westens der Stadt", "Westteil der Stadt", "westen van de stad",
             "westelijke deel van de stad",
             "zona oeste", "zona ovest"),
}  # fmt: skip
# "Of the city" in the place of "of" and the city's name in each SIDE_PART ("la zona est di
# Aleppo" -> "la zona est della città", "le secteur ouest d'Alep" -> "… de la ville"): those
# sides of "the city" too (see sides_of_the_city).
THE_CITY_FOR_OF: dict[str, tuple[str, ...]] = {
    "d'": ("de la ville",),
    "di ": ("della città",),
    "de ": ("de la ciudad", "da cidade"),
    "van ": ("van de stad",),
    "von ": ("der Stadt",),
}


def sides_of_the_city() -> dict[str, tuple[str, ...]]:
    """Every side of "the city" by side: SIDE_OF_THE_CITY and each SIDE_PART with "of the
    city" for its "of" ("zona est della città", "secteur ouest de la ville")."""
    out: dict[str, tuple[str, ...]] = {}
    for side, forms in SIDE_OF_THE_CITY.items():
        derived = [
            part[: -len(of)].rstrip() + " " + city
            for part in SIDE_PART[side]
            for of, cities in THE_CITY_FOR_OF.items()
            if part.endswith(of)
            for city in cities
        ]
        out[side] = tuple(dict.fromkeys((*forms, *derived)))
    return out


# ... and in Arabic script: "غربي المدينة" (the west of the city), Persian "غرب شهر"; not after
# a bearing's first word, a distance or a settlement's name (see ARABIC_DISTANCE).
ARABIC_SIDE_OF_THE_CITY: dict[str, tuple[str, ...]] = {
    "east": ("شرق المدينة", "شرقي المدينة", "شرق شهر"),
    "west": ("غرب المدينة", "غربي المدينة", "غرب شهر"),
}
# "Of the (Syrian) city of" in the place of "of" in those parts: "del este de la ciudad siria de
# Alepo", "no leste da cidade de Aleppo", "dans la partie est de la ville d'Alep".
PART_CITY: dict[str, tuple[str, ...]] = {
    "de ": ("de la ciudad de ", "de la ciudad siria de ", "da cidade de ", "da cidade síria de "),
    "d'": ("de la ville d'", "de la ville syrienne d'"),
    "di ": ("della città di ", "della città siriana di "),
    "van ": ("van de stad ", "van de Syrische stad "),
}
# The words before a side that make it a bearing from the city, not its part: "à l'est d'Alep",
# "al este de Alepo", "a leste de Aleppo", "ten oosten van Aleppo".
TO_SIDE = frozenset({"à", "a", "al", "au", "ao", "ten"})

# The sides in Arabic script (Arabic, Persian, Urdu), "{}" standing for each of the city's names
# in that script: before it ("شرق حلب", "شرقي حلب", Persian "بخش شرقی حلب", Urdu "مشرقی حلب"),
# after it ("حلب الشرقية", Persian "حلب شرقی", Urdu "حلب کے مشرقی علاقے"); and the side after a
# part's noun and before "in", "of" or "to" and the name ("الأحياء الشرقية في حلب", "الأحياء
# الغربية من مدينة حلب", "الجزء الشرقي من حلب"), which names the side only after such a noun
# (ARABIC_PART_NOUNS). A compound bearing before the side ("شمال شرق حلب": north-east of
# Aleppo) or the countryside before the name ("ريف حلب الشرقي") is no side of the city
# (ARABIC_BEARINGS, ARABIC_PROVINCE).
ARABIC_SIDE_BEFORE: dict[str, tuple[str, ...]] = {
    "east": ("شرق {}", "شرقي {}", "مشرقی {}", "شرق مدينة {}", "شرقي مدينة {}", "شرق شهر {}",
             "شرقی شهر {}"),
    "west": ("غرب {}", "غربي {}", "مغربی {}", "غرب مدينة {}", "غربي مدينة {}", "غرب شهر {}",
             "غربی شهر {}"),
}  # fmt: skip
ARABIC_SIDE_AFTER: dict[str, tuple[str, ...]] = {
    "east": ("{} الشرقية", "{} شرقی", "{} کے مشرقی", "{} کا مشرقی", "{} کی مشرقی"),
    "west": ("{} الغربية", "{} غربی", "{} کے مغربی", "{} کا مغربی", "{} کی مغربی"),
}
ARABIC_SIDE_PART: dict[str, tuple[str, ...]] = {
    side: tuple(
        f"{adjective} {of}{city}{{}}"
        for adjective in adjectives
        for of in ("في ", "من ", "ل", "ب")
        for city in ("", "مدينة ")
    )
    for side, adjectives in (("east", ("الشرقية", "الشرقي")), ("west", ("الغربية", "الغربي")))
}
# The nouns of a part before those sides (a quarter, an area, a part, a half, a side, a
# sector), folded
# as the geoparser folds Arabic (no article, ة as ه, Persian and Urdu letters as Arabic ones).
ARABIC_PART_NOUNS = frozenset(
    {"احياء", "حي", "مناطق", "منطقه", "جزء", "اجزاء", "قسم", "اقسام", "شطر", "جهه", "ناحيه",
     "نواحي", "قطاع", "بخش", "محلات", "علاقي", "علاقه", "حصي", "حصه",
     # a side, an edge, a half: "الجانب الشرقي من حلب", "الطرف الغربي", "الشق الشرقي"
     "جانب", "طرف", "شق"}
)  # fmt: skip
# The words before a side that make it a compound bearing ("شمال شرق حلب", "جنوب غربي حلب"),
# and those before the city's name that make it its province's ("ريف حلب الشرقي"), folded.
ARABIC_BEARINGS = frozenset({"شمال", "جنوب", "شمالي", "جنوبي"})
# A side right after a distance or a word of lying somewhere ("30 كم شرق حلب", "يقع شرق حلب",
# Persian "۳۰ کیلومتری شرق حلب"), or after a settlement's word and its name ("بلدة تادف شرق
# حلب": the town of Tadif, east of Aleppo), is a bearing from the city, folded.
ARABIC_DISTANCE = frozenset(
    {"كم", "كلم", "كيلومتر", "كيلومترات", "كيلومتري", "متر", "ميل", "يقع", "تقع", "واقع",
     "واقعه"}
)  # fmt: skip
ARABIC_SETTLEMENTS = frozenset(
    {"قريه", "بلده", "مدينه", "مخيم", "ناحيه", "روستا", "روستاي", "شهرك", "قري", "بلدات",
     "بلدتي", "قريتي", "گاون", "قصبه"}
)  # fmt: skip
ARABIC_PROVINCE = frozenset({"ريف", "محافظه", "استان", "صوبه"})
# The words before "على" (on, over), "من" (from) and "إلى" (to) a few words ahead that make
# the name after them a place's, folded: striking and taking ("قصف على السكري", shelling on
# as-Sukkari; "سيطرت القوات على السفيرة", the forces took al-Safira), fleeing ("نازحون من
# السكري", displaced from as-Sukkari), arriving and entering ("دخول القوات إلى السفيرة"); not
# "ردت على السفيرة" (replied to the ambassador), "يعاني من السكري" (suffers from diabetes),
# "تحدث إلى السفيرة" (spoke to the ambassador).
ARABIC_STRIKE_WORDS = frozenset(
    {"قصف", "غاره", "غارات", "هجوم", "هجمات", "قذائف", "قذيفه", "صواريخ", "صاروخ", "براميل",
     "سيطره", "سيطرت", "يسيطر", "تسيطر", "سيطر", "استولت", "استولي", "اطبقت", "زحف",
     "هجومها", "هجومه", "ضربات", "ضربه"}
)  # fmt: skip
ARABIC_FLIGHT_WORDS = frozenset(
    {"نزح", "نزحوا", "نازح", "نازحون", "نازحين", "نزوح", "هرب", "هربوا", "فر", "فروا", "خرج",
     "خرجوا", "خروج", "تهجير", "مهجرين", "مهجرون", "اخلاء", "انسحب", "انسحبت", "انسحاب",
     "طرد", "قادمين", "قادمون", "فرار", "هاربين"}
)  # fmt: skip
ARABIC_ARRIVAL_WORDS = frozenset(
    {"وصل", "وصلت", "وصلوا", "وصول", "دخل", "دخلت", "دخلوا", "دخول", "عاد", "عادت", "عادوا",
     "عوده", "توجه", "توجهت", "تقدم", "تقدمت", "اقتحم", "اقتحمت", "اقتحام", "نقل", "نقلوا",
     "لجا", "لجؤوا"}
)  # fmt: skip
# The people of a place before its name, folded ("أهالي نبل", "سكان السفيرة").
ARABIC_RESIDENTS = frozenset({"اهالي", "اهل", "سكان", "قاطني"})
# The prepositions of Polish, Czech, Slovak, Slovene, Croatian, Serbian and Bosnian, and of
# Lithuanian and Latvian, before a town's name in a case form, lower-case or capitalised as a
# sentence's first word ("w Azazie", "Do Dżarabulusu wjechały", "z Afrinu", "pod Al-Babem", "v
# Manbidži", "u Azazu", "kod Afrina", "blízko Azázu", "prie Azazo", "į Manbidžą"): in, at,
# from, to, under, by, near, towards; the word after them in a case form of a town's name is
# the town, not a given name in its case.
SLAVIC_PLACE_PREPOSITIONS = frozenset(
    {"w", "we", "z", "ze", "do", "pod", "spod", "koło", "przy", "od", "pobliżu", "okolicach",
     "v", "ve", "u", "k", "ke", "ku", "nedaleko", "blízko", "okolí", "pri", "pred", "iz",
     "kod", "blizu", "okolini", "kraj", "prema", "proti", "ob",
     "iš", "į", "prie", "netoli", "ties", "pie", "uz"}
)  # fmt: skip
# The prepositions of being in, at or near a place, written apart before a name, folded ("في
# السكري", "قرب نبل", "داخل السفيرة", "باتجاه نبل", "بمحيط السفيرة"): a name that is also a
# common word (the ambiguous aliases: السكري "sugar, diabetic", السفيرة "the ambassador", نبل
# "nobility") names its place after one of them. Not "من" (from) nor "إلى" (to), which the
# common words follow as often ("يعاني من السكري", suffers from diabetes; "تحدث إلى السفيرة").
ARABIC_PLACE_PREPOSITIONS = frozenset(
    {"في", "قرب", "بقرب", "داخل", "حول", "نحو", "اتجاه", "محيط", "مدخل", "مداخل", "جوار",
     "تخوم", "اطراف", "ضواحي", "مشارف"}
)  # fmt: skip
# The region's word before the city's name, folded ("في منطقة حلب": in the Aleppo region, as
# "the Aleppo region" is the province's): of the city's name only, as "منطقة الشيخ مقصود" is the
# quarter itself.
ARABIC_REGION = frozenset({"منطقه"})
# The outskirts and suburbs of a city, folded ("الضواحي الغربية لحلب", "أطراف حلب الشرقية",
# "ضواحي شرق حلب"): a side after them is where they lie, outside the city, not its side.
ARABIC_OUTSKIRTS = frozenset({"ضواحي", "ضاحيه", "اطراف", "حومه", "تخوم"})
# A side alone, after the noun of a quarter or a section ("الأحياء الشرقية", Persian "بخش
# شرقی", "محلات غربی"): the city's side in a caption about the city.
ARABIC_SIDE_ALONE: dict[str, tuple[str, ...]] = {
    "east": ("الشرقية", "شرقی"),
    "west": ("الغربية", "غربی"),
}
# (and the dual of the quarter, "حيين": "حيين رئيسيين هما السكري والمشهد", two quarters)
ARABIC_QUARTER_NOUNS = frozenset({"احياء", "محلات", "بخش", "نواحي", "اجزاء", "حيين", "حيان"})
# The plain sides of a bearing in Arabic script, folded: "دير حافر شرق حلب" is Deir Hafer, east
# of Aleppo (a direction from the city, which is then named as its reference point).
ARABIC_COMPASS = frozenset(
    {"شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "مشرقي", "مغربي"}
)

# -- the city's name as a product's (round 23) -------------------------------------------------
# Things named after the city, not made or found at a place of the photo: its soap, its pine, its
# pepper. The nouns after the city's name ("Aleppo soap", "Aleppo-Seife", "Halep sabunu") and
# those before an "of" and its name, or before it in Arabic's construct ("savon d'Alep", "sapone
# di Aleppo", "jabón de Alepo", "sabão de Alepo", "صابون حلب"): the name there is no place.
CITY_PRODUCT_AFTER = frozenset(
    {"soap", "soaps", "pine", "pines", "pepper", "seife", "seifen", "kiefer", "kiefern",
     "pfeffer", "zeep", "sabunu", "sabunları", "çamı", "çamları", "biberi", "mydło", "mýdlo"}
)  # fmt: skip
CITY_PRODUCT_BEFORE = frozenset(
    {"savon", "savons", "pin", "pins", "piment", "sapone", "saponi", "pino", "pini",
     "peperoncino", "jabón", "jabones", "pimienta", "pimiento", "sabão", "sabonete",
     "sabonetes", "pinheiro", "pimenta", "zeep", "صابون"}
)  # fmt: skip
#: Every word of the city's products, for the rule's fast pre-check.
CITY_PRODUCT_WORDS = CITY_PRODUCT_AFTER | CITY_PRODUCT_BEFORE

# -- frequent words that meet a place's name only through its key (round 23) -------------------
# Frequent words of the languages written in Latin letters whose key or sound is a place's
# ("Arme", "arma": weapon, sounds as al-Arima does; German "Waffe" folds as Wafa, Turkish
# "Meydan" as al-Midan, Indonesian "Hadir" as al-Hader, French "Char", a tank, as ash-Sha'ar),
# capitalised where they start a sentence or a title: such a word names its place only beside a
# place word ("le quartier Char"), or where it is written as a spelling the gazetteer lists.
# Found by reading the 4,000 most frequent words of each language against the gazetteer
# (``scripts/common_words.py``, run again whenever the gazetteer grows: Spanish "Fue", was, is
# al-Fuaa's key, Finnish "harrastaa" Harasta's, Vietnamese "chăm" was ash-Sham's). Kept out
# (``COMMON_WORDS_KEPT_OUT``) is a word English captions use alone as the place's name
# (Indonesian "tahan", Karm al-Tahhan's "Tahan": "flee Tahan towards ..."; Danish "hader",
# al-Hader's "Hader"; Malay "Ghazali", the quarter's "Ghazali"; Malay "bab", a chapter, al-Bab's
# "Bab"; Portuguese "castelo", English captions' "Castelo" for Castello Road: "flee Castelo
# towards ..."), as "Castello" is kept bare (a spelling the gazetteer lists, which the rule
# leaves alone).
COMMON_LATIN_WORDS = frozenset(
    {  # Romance
     "arme", "armes", "arma", "armas", "armă", "char", "chars", "allais", "serán", "serían",
     "tales", "isabel", "andare", "baza", "bază", "fue", "fué", "dire", "dira", "daría",
     "seran", "assassí", "castillo", "castilla", "castell", "castellà", "castelló",
     # German, Dutch, Scandinavian
     "beiden", "geboren", "waffe", "serien", "aantal", "antal", "enkele", "doden", "döden",
     "gebeuren", "boze", "kärlek", "rätten", "talas", "affären", "medan", "halb", "raka",
     "døden", "maskine", "dere", "antall",
     # Turkish
     "bize", "hazır", "aziz", "sakarya", "meydan", "maddi", "tarihine", "şirin", "alıp",
     # Indonesian, Malay and Filipino
     "hadir", "miskin", "masakan", "masukan", "balapan", "senarai", "masukkan", "beza", "halip",
     "alipin", "balat",
     # Vietnamese (each "chăm" had the key of ash-Sham, an alias of Damascus dropped since:
     # "al-Sham" in English captions names groups and networks, "Ahrar al-Sham")
     "chăm", "chậm", "chạm", "chấm", "châm", "chằm",
     # Polish, Czech, Slovene, Serbo-Croatian
     "boże", "zamiar", "bože", "beze", "baze", "iza", "ikada", "dođu",
     # Hungarian, Finnish, Lithuanian, Latvian
     "találni", "kártya", "tähän", "meidän", "myöskään", "raaka", "harrastaa", "bazė", "bazę",
     "dāmas", "kursa", "rajons", "bāze", "barona"}
)  # fmt: skip
#: The frequent words kept out of :data:`COMMON_LATIN_WORDS` (why: in its comment) and of
#: ``_scripts.COMMON_WORDS`` (why: in its comment), in lower case: not read by the parser, only
#: by ``scripts/common_words.py`` (which marks them) and the tests.
COMMON_WORDS_KEPT_OUT = frozenset(
    {"tahan", "castello", "castelo", "hader", "ghazali", "bab", "баба", "μπαμπάς", "μπαμπά"}
)

# -- the common nouns of the city's places ----------------------------------------------------
# "The old city" in languages that put the adjective after the noun, or say it otherwise: a
# name of the old city wherever written (as "the Old City" is).
OLD_CITY_AFTER = (
    "città vecchia", "centro storico", "ciudad vieja", "casco viejo", "casco antiguo",
    "cidade velha", "Altstadt",
)  # fmt: skip
# The old city as "the historic centre" says it: a common noun, of Aleppo only in a caption about
# it ("le centre historique d'Alep", "centro histórico da cidade de Aleppo").
HISTORIC_CENTRE = ("centro histórico", "centre historique")
# Common nouns of the city's places in each language, by place: each names the place only in a
# caption about the city, after an article (DEFINITE) or before "of" and the city's name
# (NOUN_OF), or after the city's name ("Halep Kalesi", "Aleppos Altstadt"); those of STANDING
# need no article (a language without one, or with it written on the noun: Romanian "cetatea",
# the citadel).
NOUNS: dict[str, tuple[str, ...]] = {
    "souq-al-madina-area": (
        "الأسواق القديمة", "الأسواق المسقوفة", "السوق المسقوف", "السوق القديم",
        "بازار", "bazaar", "bazar", "bazari", "pazari", "čaršija", "čaršiji", "bazarul", "bazaren",
        "basaren", "pasar",
        "covered market", "zoco", "zocos", "suk", "marché couvert", "mercado cubierto",
        "mercado coberto", "mercato coperto", "Basar", "kapalı çarşı", "kapalı çarşısı",
        "overdekte markt", "pasar tertutup", "kryty targ", "bazarul acoperit",
        # the old market (the souqs are the old city's market): "the old market of Aleppo",
        # "der historische Markt von Aleppo", "el mercado antiguo de Alepo"
        "old market", "old markets", "historic market", "ancient market", "alte Markt",
        "alten Markt", "historische Markt", "historischen Markt", "mercado antiguo",
        "mercado viejo", "mercado histórico", "mercado antigo", "vieux marché",
        "marché historique", "mercato antico", "mercato storico", "tarihi çarşı",
        "tarihi çarşısı", "eski çarşı", "eski çarşısı", "oude markt",
    ),
    "old-city": (
        "old town", "ancient city", "historic centre", "historic center", "walled city",
        "vieille ville", "cité antique",
        "historische Altstadt", "Altstadt",
        "ciudad antigua", "casco histórico", "centro histórico",
        "cidade antiga", "parte antiga da cidade", "parte velha da cidade", "zona antiga",
        "città antica", "centro storico",
        "eski şehir", "eski kent", "tarihi kent merkezi", "tarihi şehir merkezi",
        "oude stad", "oude binnenstad", "historische binnenstad", "historische centrum",
        "kota tua", "kota lama",
        "stare miasto", "starym mieście", "starego miasta", "starówka", "starówce", "starówki",
        "orașul vechi", "oraşul vechi", "centrul vechi", "centrul istoric",
        "qyteti i vjetër", "qytetin e vjetër", "qytetit të vjetër", "qyteti i lashtë", "stari grad",
        "stari dio", "starom dijelu", "stari deo", "starom delu",
        "starom gradu", "starog grada", "staré město", "starém městě", "starého města", "óváros",
        "óvárosban", "óvárosa", "óvárosában", "gamla stan", "gamla staden", "gamlebyen",
        "köhnə şəhər", "köhnə şəhərdə", "köhnə şəhərin", "kota lama", "Stadtkern", "oude centrum",
        "città vecchia", "شهر قدیمی", "شهر قدیم", "بافت قدیمی", "بافت قدیم", "بافت تاریخی",
        "پرانا شہر",
        "پرانے شہر", "قدیم شہر", "قدیمی شہر", "بخش قدیمی", "بخش قدیمی شهر", "بخش تاریخی",
        # Hindi, after the city's name and its "of" ("अलेप्पो का पुराना शहर")
        "पुराना शहर", "पुराने शहर",
        # Vietnamese: the old quarter, the ancient city ("phố cổ Aleppo", "khu phố cổ của
        # Aleppo", "thành phố cổ Aleppo")
        "phố cổ", "khu phố cổ", "thành phố cổ",
    ),
    "citadel": (
        "citadel", "citadelle", "Zitadelle", "ciudadela", "cidadela", "cittadella", "kalesi",
        "cytadela", "cytadeli", "cytadelę", "cytadelą", "cetatea", "citadela", "benteng",
        "castle", "château", "castillo", "castelo", "castelul",
        "cetății", "cetăţii", "ارگ", "قلعه", "قلعہ", "قلعے", "دژ", "kalaja", "kalanë",
        "kalaja e vjetër", "tvrđava", "tvrđavi", "tvrđavu", "tvrđave", "tvrdjava", "citadele",
        "citadelu", "citadeli", "hrad", "hradě", "hradu", "fellegvár", "fellegvárat",
        "fellegvárban", "fellegvára", "citadella", "citadellet", "citadellen", "qala", "qalası",
        "qalasında", "цитадель", "цитадели", "цитаделі", "цитаделата", "ακρόπολη", "ακρόπολης",
        "κάστρο",
        "किला", "क़िला", "किले", "क़िले",
        # Vietnamese: the ancient citadel ("Thành cổ Aleppo"), the fortress ("pháo đài")
        "thành cổ", "pháo đài",
    ),
    "umayyad-mosque": (
        "Great Mosque", "Grand Mosque", "grande mosquée", "Große Moschee", "gran mezquita",
        "grande mesquita", "grande moschea", "Grote Moskee", "Ulu Cami", "Ulu Camii",
        "Ulu Camisi", "Wielki Meczet", "Wielkiego Meczetu", "Wielkim Meczecie", "Masjid Agung",
        "Masjid Raya", "Marea Moschee", "Moscheea Mare",
        "مسجد جامع", "جامع مسجد", "مسجد بزرگ", "بڑی مسجد", "xhamia e madhe", "xhaminë e madhe",
        "xhamisë së madhe", "velika džamija", "velikoj džamiji", "veliku džamiju", "velká mešita",
        "velké mešitě", "nagymecset", "nagymecsetben", "stora moskén", "böyük məscid",
        "Masjid Besar", "Grote Moskee",
        # Hindi: the great mosque ("अलेप्पो की महान मस्जिद", "... की बड़ी मस्जिद")
        "महान मस्जिद", "बड़ी मस्जिद", "बड़ी मस्जिद",
        # Russian and Ukrainian: the great mosque and the mosque of the Umayyads, in their cases
        # before the city's name ("Великая мечеть Алеппо", "у Большой мечети Алеппо", Ukrainian
        # "у Великій мечеті Алеппо")
        "Великая мечеть", "Великой мечети", "Великую мечеть", "Большая мечеть",
        "Большой мечети", "Большую мечеть", "мечеть Омейядов", "мечети Омейядов",
        "Велика мечеть", "Великої мечеті", "Великій мечеті", "Велику мечеть", "мечеть Умайяд",
        "мечеті Умайяд", "мечеть Омеядів", "мечеті Омеядів",
        # Vietnamese: the great mosque ("Đại thánh đường Hồi giáo Aleppo", "nhà thờ Hồi giáo
        # lớn", "thánh đường Hồi giáo lớn")
        "đại thánh đường Hồi giáo", "nhà thờ Hồi giáo lớn", "thánh đường Hồi giáo lớn",
    ),
    "university-of-aleppo": (
        "université", "Universität", "universidad", "universidade", "università", "universiteit",
        "üniversitesi", "universitas", "uniwersytet", "universitatea",
        "دانشگاه", "یونیورسٹی", "جامعہ", "universiteti", "universitetin", "univerzitet",
        "univerzitetu", "sveučilište", "sveučilištu", "univerzita", "univerzitě", "egyetem",
        "egyetemen", "universitetet", "universiteti", "университет", "университете",
        "विश्वविद्यालय", "यूनिवर्सिटी",
        # Vietnamese: "Đại học Aleppo", "trường Đại học Aleppo"
        "đại học", "trường đại học",
    ),
    "aleppo-airport": (
        "aéroport", "Flughafen", "aeropuerto", "aeroporto", "luchthaven", "havalimanı",
        "havaalanı", "bandara", "bandar udara", "lapangan terbang", "sân bay", "lotnisko",
        "sân bay quốc tế",
        "aeroportul",
        "فرودگاه", "ہوائی اڈہ", "ہوائی اڈے", "ایئرپورٹ", "ائیرپورٹ", "aeroporti", "aeroportin",
        "aerodrom", "aerodromu", "zračna luka", "zračnoj luci", "letiště", "letišti", "repülőtér",
        "repülőtéren", "flygplatsen", "hava limanı", "hava limanında", "аэропорт", "аэропорту",
        "аеропорт",
        # Hindi: the airport after the city's "of" ("अलेप्पो का हवाई अड्डा"); the international
        # airport, the governorate's only one, alone in a caption about the city (as "国际机场")
        "हवाई अड्डा", "हवाई अड्डे", "एयरपोर्ट", "अंतरराष्ट्रीय हवाई अड्डा", "अंतरराष्ट्रीय हवाई अड्डे",
        "अंतर्राष्ट्रीय हवाई अड्डा", "अंतर्राष्ट्रीय हवाई अड्डे",
    ),
    "city-wall": (
        "Stadtmauer", "Stadtmauern", "remparts", "muraille", "murailles", "mura",
        "mura della città",
        "murallas", "muralla", "muralhas", "stadsmuur", "stadsmuren", "surları", "surlarında",
        "mury miejskie", "murów miejskich", "gradske zidine", "zidine", "muret e qytetit",
        "tembok kota", "zidurile", "سور", "باروی", "فصیل",
    ),
    "bab-al-faraj-clock-tower": (
        "tour de l'horloge", "Uhrturm", "torre del reloj", "torre do relógio",
        "torre dell'orologio", "saat kulesi", "klokkentoren", "menara jam", "wieża zegarowa",
        "turnul cu ceas",
        "برج ساعت", "گھنٹہ گھر", "برج الساعة", "Sahat-kula", "sahat kula", "sahat-kuli",
        "sahat kuli",
        "kulla e sahatit", "hodinová věž", "óratorony", "klocktornet", "saat qülləsi", "Uhrenturm",
    ),
}  # fmt: skip
# Forms that need no article before them: languages without one (Turkish, Indonesian, Polish),
# the Romanian article written on the noun ("cetatea", "orașul vechi"), and the landmarks'
# common names that stand as names ("Ulu Camii", "Marea Moschee", "Wielki Meczet").
STANDING = frozenset(
    {"Ulu Cami", "Ulu Camii", "Ulu Camisi", "Wielki Meczet", "Wielkiego Meczetu",
     "Wielkim Meczecie", "Masjid Agung", "Masjid Raya", "Marea Moschee", "Moscheea Mare",
     "eski şehir", "eski kent", "tarihi kent merkezi", "tarihi şehir merkezi", "kota tua",
     "tarihi çarşı", "tarihi çarşısı", "eski çarşı", "eski çarşısı",
     "kota lama", "stare miasto", "starym mieście", "starego miasta", "starówka", "starówce",
     "starówki", "orașul vechi", "oraşul vechi", "centrul vechi", "centrul istoric", "cetatea",
     "citadela", "castelul", "cytadela", "cytadeli", "cytadelę", "cytadelą", "benteng", "Altstadt",
     # Vietnamese writes no article (not its words for a fortress, a university, an airport,
     # which stand for others alone: they name the city's before its name, "Đại học Aleppo")
     "phố cổ", "khu phố cổ", "thành phố cổ", "thành cổ", "đại thánh đường Hồi giáo",
     "nhà thờ Hồi giáo lớn", "thánh đường Hồi giáo lớn",
     "historische Altstadt",
     # Albanian writes its article on the noun ("kalaja": the citadel); Bosnian, Croatian,
     # Serbian, Czech, Russian, Ukrainian and Azerbaijani write none; Hungarian "a" is also a
     # word of other languages; Swedish writes it on the noun ("citadellet")
     "qyteti i vjetër", "qytetin e vjetër", "qytetit të vjetër", "qyteti i lashtë", "kalaja",
     "kalanë", "kalaja e vjetër", "xhamia e madhe", "xhaminë e madhe",
     "xhamisë së madhe", "universiteti", "universitetin", "aeroporti", "aeroportin",
     "kulla e sahatit", "pazari", "bazari", "stari grad", "starom gradu", "starog grada",
     "stari dio", "starom dijelu", "stari deo", "starom delu", "tvrđava", "tvrđavi", "tvrđavu",
     "tvrđave", "tvrdjava", "velika džamija",
     "velikoj džamiji", "veliku džamiju", "Sahat-kula", "sahat kula", "sahat-kuli", "sahat kuli",
     "čaršija", "čaršiji", "staré město", "starém městě", "starého města", "velká mešita",
     "velké mešitě", "citadele", "citadelu", "citadeli", "hrad", "hradě", "hradu", "óváros",
     "óvárosban", "óvárosa", "óvárosában", "fellegvár", "fellegvárat",
     "fellegvárban", "fellegvára", "nagymecset", "nagymecsetben", "citadellet", "stora moskén",
     "gamla stan", "gamla staden", "gamlebyen", "flygplatsen", "universitetet", "klocktornet",
     "basaren", "bazaren", "köhnə şəhər", "köhnə şəhərdə", "köhnə şəhərin", "qala", "qalası",
     "qalasında", "böyük məscid", "saat qülləsi", "hava limanı", "hava limanında", "цитадель",
     "цитадели", "цитаделі", "цитаделата",
     # Arabic nouns of several words written with the article ("برج الساعة": the clock tower,
     # "الأسواق القديمة": the old souqs)
     "برج الساعة", "الأسواق القديمة", "الأسواق المسقوفة", "السوق المسقوف", "السوق القديم",
     # Persian's old part of the city, of several words ("در بخش قدیمی شهر")
     "بخش قدیمی", "بخش قدیمی شهر", "بخش تاریخی", "شهر قدیمی", "بافت قدیمی", "بافت تاریخی",
     # Hindi writes no article: its international airport
     "अंतरराष्ट्रीय हवाई अड्डा", "अंतरराष्ट्रीय हवाई अड्डे", "अंतर्राष्ट्रीय हवाई अड्डा",
     "अंतर्राष्ट्रीय हवाई अड्डे"}
)  # fmt: skip
# The definite articles, and the prepositions written with one ("du", "della", "na", "im"),
# after which a common noun is the one of the place in view ("dans la vieille ville", "nella
# città vecchia", "na cidade velha", "in de oude stad", "in het oude centrum").
DEFINITE = frozenset(
    {"the", "la", "le", "les", "il", "lo", "l", "el", "los", "las", "die", "der", "das", "den",
     "dem", "des", "de", "het", "o", "os", "as", "du", "au", "aux", "del", "al", "della",
     "dello", "nella", "nello", "nel", "sulla", "sul", "alla", "dalla", "dal", "da",
     "do", "dos", "na", "no", "nas", "nos", "pela", "pelo", "à", "im", "am", "zum",
     "zur", "vom", "beim", "its", "sua", "seu", "su", "sa", "son", "sein", "seine", "seiner",
     # the Italian plural articles and the prepositions they join ("nei quartieri orientali
     # della città", "dai", "sui"), the Portuguese ones ("aos", "pelos")
     "i", "gli", "dei", "degli", "delle", "nei", "negli", "nelle", "dai", "dagli", "dalle",
     "ai", "agli", "alle", "sui", "sugli", "sulle", "aos", "pelos", "pelas", "às"}
)  # fmt: skip
# The words of "of" between a common noun and the city's name, in every language: "la
# citadelle d'Alep", "de oude stad van Aleppo", "Marea Moschee din Alep", "cetatea din Alep"
# (not "in": "a souq in Aleppo" is any souq).
NOUN_OF = frozenset(
    {"of", "de", "du", "des", "di", "del", "della", "dei", "do", "da", "von", "van", "din",
     # Albanian ("kalaja e Halepit", "qyteti i vjetër i Halepit"), Greek ("η ακρόπολη του
     # Χαλεπιού")
     "i", "e", "të", "του", "της"}
)  # fmt: skip

# Arabic, Persian and Urdu: the adjectives that may stand between a noun and the city's name
# after it ("ارگ تاریخی حلب": the historic citadel of Aleppo, "بازار قدیمی حلب", "القلعة
# التاريخية في حلب"), folded; and Urdu's "of", written after the city's name before the noun
# ("حلب کا قلعہ": Aleppo's citadel, "حلب کے پرانے شہر").
ARABIC_NOUN_FILLERS = frozenset(
    {"تاريخي", "باستاني", "قديمي", "قديم", "بزرگ", "كهن", "معروف", "مشهور", "تاريخيه",
     "قديمه", "اثريه", "شهيره", "كبير", "سرپوشيده", "مسقوفه",
     # main ("فرودگاه اصلی حلب": Aleppo's main airport)
     "اصلي", "رئيسي"}
)  # fmt: skip
# (and Hindi's, written the same way: "अलेप्पो की महान मस्जिद", Aleppo's great mosque)
URDU_OF = frozenset({"کا", "کی", "کے", "का", "की", "के"})
# Arabic common nouns that, written with the article, name the city's place in a caption about
# the city wherever they stand ("أطفال أمام القلعة في حلب": the citadel), folded; not the
# adjectives of names ("الجديدة", "القديمة"), nor a noun of several places ("المطار" is also
# the military air base's, "الجامعة" the Arab League's).
ARABIC_DEFINITE_NOUNS = frozenset({"قلعه"})

# -- Chinese, Japanese and Korean -------------------------------------------------------------
# Any letter of those scripts: the cheap test before the cut below.
CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# The city's names (simplified and traditional Chinese, Japanese, Korean).
# Thai, which writes no spaces between words either, is cut the same way ("ในเมืองอาเลปโป").
CJK_CITY = ("阿勒颇", "阿勒頗", "阿勒坡", "アレッポ", "알레포", "อะเลปโป", "อาเลปโป", "อเลปโป")
# Words after the city's name, by place: its sides ("阿勒颇东部", "アレッポ東部", "알레포 동부"),
# its old city ("阿勒颇旧城", "阿勒颇古城": the old city; but "古城阿勒颇", the ancient city of
# Aleppo, is the city), its citadel ("阿勒颇城堡", "アレッポ城", "알레포 성채"), its university,
# its airport.
CJK_AFTER: dict[str, tuple[str, ...]] = {
    "aleppo": ("市", "시"),  # the city: "阿勒颇市"
    # (the north-east is of the east side, as "north-east Aleppo" is; the south-east has its
    # own place; the north-west and south-west are of the west side)
    "east-aleppo": ("东部", "東部", "东区", "東區", "동부", "동쪽", "ตะวันออก", "东北部", "東北部",
                    "北東部", "북동부"),
    "south-east-aleppo": ("东南部", "東南部", "南東部", "남동부"),
    "west-aleppo": ("西部", "西区", "西區", "서부", "서쪽", "ตะวันตก", "西北部", "北西部", "西南部",
                    "南西部", "북서부", "남서부"),
    "old-city": ("旧城", "旧城区", "古城", "古城区", "老城", "老城区", "老城區", "舊城", "舊城區",
                 "历史中心", "歷史中心", "旧市街", "구시가지", "구시가", "올드시티", "구도심",
                 "옛 시가지", "옛시가지", "구 시가지"),
    "citadel": ("城堡", "城塞", "要塞", "성채", "요새"),
    "umayyad-mosque": ("大清真寺", "倭马亚清真寺", "大モスク", "대모스크"),
    "university-of-aleppo": ("大学", "大學", "대학교", "대학"),
    "aleppo-airport": ("机场", "國際機場", "国际机场", "機場", "空港", "国際空港", "공항",
                       "국제공항"),
}  # fmt: skip
# What may stand between the city's name and its side: its kind ("阿勒頗市東南部", "アレッポ市東部")
# or its name in Latin letters in brackets, as Japanese agencies gloss it ("アレッポ(Aleppo)東部").
CJK_CITY_GLOSSES = ("市", "(Aleppo)", "(Aleppo)", "(Alep)")
# Words after the city's name that make it its province's, which names no place (as "Aleppo
# province" does not): "阿勒頗省", "アレッポ県", "알레포주".
CJK_PROVINCE = ("省", "県", "州", "주")
# Whole names written with one of the city's names: Japanese 城 is a castle ("アレッポ城", the
# citadel), Chinese 城 a city ("阿勒颇城" is Aleppo).
CJK_PHRASES: dict[str, tuple[str, ...]] = {"citadel": ("アレッポ城",)}
# Words before the city's name: "东阿勒颇", "東アレッポ", "동알레포" (east Aleppo); Thai names a
# landmark before the city, with or without "of" (แห่ง): "ป้อมปราการแห่งอาเลปโป" (the citadel of
# Aleppo), "มัสยิดใหญ่แห่งอาเลปโป" (its Great Mosque), "เมืองเก่าอาเลปโป" (its old city), as the
# Thai Wikipedia article on the city names them.
CJK_BEFORE: dict[str, tuple[str, ...]] = {
    # (and the side's part, as Japanese and Korean also write it before the name: "東部アレッポ",
    # "동부 알레포", the eastern part's Aleppo)
    "east-aleppo": ("东", "東", "동", "東部", "东部", "동부"),
    "west-aleppo": ("西", "서", "西部", "서부"),
    "citadel": ("ป้อมปราการแห่ง", "ป้อมปราการ"),
    "umayyad-mosque": ("มัสยิดใหญ่แห่ง", "มัสยิดใหญ่"),
    "old-city": ("เมืองเก่าแห่ง", "เมืองเก่า", "เมืองโบราณแห่ง"),
}
# Cities elsewhere whose own old city, great mosque, citadel or international airport Chinese,
# Japanese and Korean name with the same common noun right after the city's name ("大马士革旧城区",
# Damascus's old city; "ダマスカスの国際空港"; "다마스쿠스 국제공항"): the noun after one of them
# is that city's, not Aleppo's. (A name in transliteration characters or katakana run on to the
# noun is another place's too; those below are also written otherwise.)
CJK_ELSEWHERE = (
    "大马士革", "大馬士革", "ダマスカス", "다마스쿠스", "霍姆斯",
    "ホムス", "홈스", "哈马", "哈馬", "ハマ",
    "하마", "伊德利卜", "イドリブ", "이들리브", "拉卡",
    "ラッカ", "락까", "락카", "代尔祖尔", "デリゾール",
    "데이르에조르", "摩苏尔", "摩蘇爾", "モスル", "모술",
    "巴格达", "巴格達", "バグダッド", "바그다드", "贝鲁特",
    "貝魯特", "ベイルート", "베이루트", "伊斯坦布尔", "伊斯坦堡",
    "イスタンブール", "이스탄불", "安卡拉", "アンカラ", "앙카라",
    "加济安泰普", "ガジアンテップ", "가지안테프", "开罗", "開羅",
    "カイロ", "카이로", "安曼", "アンマン", "암만",
    "德黑兰", "德黑蘭", "テヘラン", "테헤란", "耶路撒冷",
    "エルサレム", "예루살렘", "拉塔基亚", "ラタキア", "라타키아",
    "北京", "上海", "东京", "東京", "首尔",
    "首爾", "ソウル", "서울", "仁川", "インチョン",
    "인천", "成田", "羽田",
)  # fmt: skip
# Common nouns that name the city's place alone in a caption about the city (Chinese "古城",
# "城堡" alone are not among them: "古城阿勒颇" is the ancient city of Aleppo, the city).
CJK_NOUNS: dict[str, tuple[str, ...]] = {
    # (Korean also "옛 시가지", the old town quarter)
    "old-city": ("旧城区", "老城区", "老城區", "舊城區", "旧市街", "구시가지", "올드시티",
                 "옛 시가지", "옛시가지", "구 시가지"),
    # (and with 大, "great": "倭马亚大清真寺", as Chinese news photo reports name it)
    "umayyad-mosque": ("倭马亚大清真寺", "倭馬亞大清真寺", "伍麦叶大清真寺", "伍麥葉大清真寺",
                       "倭马亚清真寺", "倭馬亞清真寺", "伍麦叶清真寺", "伍麥葉清真寺",
                       "ウマイヤ・モスク", "ウマイヤド・モスク", "ウマイヤモスク",
                       "우마이야 모스크", "우마이야모스크"),
    "citadel": ("城塞", "성채"),
    # its international airport, the governorate's only one (the air bases are military:
    # "军用机场"; "机场" alone is any airport)
    "aleppo-airport": ("国际机场", "國際機場", "国際空港", "국제공항"),
}  # fmt: skip

# A capital named for its government ("Damascus takes full control of Tal Rifaat", "Damascus
# said"): the control rules read it as the government (control.lexicon.TOLERANT_METONYMS), the
# geoparser as no place when one of GOVERNMENT_VERBS follows it.
CAPITAL_METONYMS: tuple[str, ...] = ("Damascus",)
# Capitals of the war's foreign powers, none of them a place of the gazetteer: beside one, joined
# by "and", the capital is its government too ("as Damascus and Ankara race to capture al-Bab",
# "Moscow and Damascus agreed").
FOREIGN_CAPITALS = frozenset({"ankara", "moscow", "tehran", "washington", "riyadh", "doha"})
# Verbs of a government acting or speaking, right after a capital's name.
GOVERNMENT_VERBS = frozenset(
    {"takes", "took", "regains", "regained", "retakes", "retook", "controls", "controlled",
     "says", "said", "accuses", "accused", "announces", "announced", "denies", "denied",
     "claims", "claimed", "agrees", "agreed", "rejects", "rejected", "blames", "blamed",
     "warns", "warned", "insists", "insisted", "sends", "sent", "wants", "wanted"}
)  # fmt: skip
