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
    "CJK_AFTER",
    "CJK_BEFORE",
    "CJK_CHAR",
    "CJK_CITY",
    "CJK_NOUNS",
    "CJK_PHRASES",
    "CJK_PROVINCE",
    "DEFINITE",
    "HISTORIC_CENTRE",
    "NOUNS",
    "NOUN_OF",
    "OLD_CITY_AFTER",
    "PART_CITY",
    "SIDE_AFTER",
    "SIDE_BEFORE",
    "SIDE_GENITIVE",
    "SIDE_PART",
    "SIDE_WORDS_ALSO_WORDS",
    "STANDING",
    "TO_SIDE",
]

# -- the city's sides -------------------------------------------------------------------------
# The side word before the city's name ("Ost-Aleppo", "Doğu Halep", "Oost-Aleppo", "wschodnie
# Aleppo", "wilayah timur Aleppo"), in every case a language inflects it in (Polish: wschodnie,
# wschodniego, wschodnim; the part's noun in its cases: "wschodnia część Aleppo", "we wschodniej
# części Aleppo").
SIDE_BEFORE: dict[str, tuple[str, ...]] = {
    "east": (
        "Ost", "Doğu", "Dogu", "Osten von", "Ostteil von", "östliches", "östlichen",
        "Oost", "oostelijk",
        "wschodnie", "wschodniego", "wschodnim", "wschodnia część", "wschodniej części",
        "wschodnią część", "wschodnie dzielnice", "wschodnich dzielnicach", "wschodnich dzielnic",
        "wilayah timur", "bagian timur", "kawasan timur", "daerah timur", "sisi timur",
        "estul", "partea de est a", "partea estică a", "cartierele din estul",
    ),
    "west": (
        "Batı", "Bati", "Westen von", "Westteil von", "westliches", "westlichen",
        "West", "westelijk",
        "zachodnie", "zachodniego", "zachodnim", "zachodnia część", "zachodniej części",
        "zachodnią część", "zachodnie dzielnice", "zachodnich dzielnicach", "zachodnich dzielnic",
        "wilayah barat", "bagian barat", "kawasan barat", "daerah barat", "sisi barat",
        "vestul", "partea de vest a", "partea vestică a", "cartierele din vestul",
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
        "covered market", "zoco", "zocos", "suk", "marché couvert", "mercado cubierto",
        "mercado coberto", "mercato coperto", "Basar", "kapalı çarşı", "kapalı çarşısı",
        "overdekte markt", "pasar tertutup", "kryty targ", "bazarul acoperit",
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
    ),
    "citadel": (
        "citadel", "citadelle", "Zitadelle", "ciudadela", "cidadela", "cittadella", "kalesi",
        "cytadela", "cytadeli", "cytadelę", "cytadelą", "cetatea", "citadela", "benteng",
        "castle", "château", "castillo", "castelo", "castelul",
    ),
    "umayyad-mosque": (
        "Great Mosque", "Grand Mosque", "grande mosquée", "Große Moschee", "gran mezquita",
        "grande mesquita", "grande moschea", "Grote Moskee", "Ulu Cami", "Ulu Camii",
        "Ulu Camisi", "Wielki Meczet", "Wielkiego Meczetu", "Wielkim Meczecie", "Masjid Agung",
        "Masjid Raya", "Marea Moschee", "Moscheea Mare",
    ),
    "university-of-aleppo": (
        "université", "Universität", "universidad", "universidade", "università", "universiteit",
        "üniversitesi", "universitas", "uniwersytet", "universitatea",
    ),
    "aleppo-airport": (
        "aéroport", "Flughafen", "aeropuerto", "aeroporto", "luchthaven", "havalimanı",
        "havaalanı", "bandara", "lotnisko", "aeroportul",
    ),
    "bab-al-faraj-clock-tower": (
        "tour de l'horloge", "Uhrturm", "torre del reloj", "torre do relógio",
        "torre dell'orologio", "saat kulesi", "klokkentoren", "menara jam", "wieża zegarowa",
        "turnul cu ceas",
    ),
}  # fmt: skip
# Forms that need no article before them: languages without one (Turkish, Indonesian, Polish),
# the Romanian article written on the noun ("cetatea", "orașul vechi"), and the landmarks'
# common names that stand as names ("Ulu Camii", "Marea Moschee", "Wielki Meczet").
STANDING = frozenset(
    {"Ulu Cami", "Ulu Camii", "Ulu Camisi", "Wielki Meczet", "Wielkiego Meczetu",
     "Wielkim Meczecie", "Masjid Agung", "Masjid Raya", "Marea Moschee", "Moscheea Mare",
     "eski şehir", "eski kent", "tarihi kent merkezi", "tarihi şehir merkezi", "kota tua",
     "kota lama", "stare miasto", "starym mieście", "starego miasta", "starówka", "starówce",
     "starówki", "orașul vechi", "oraşul vechi", "centrul vechi", "centrul istoric", "cetatea",
     "citadela", "castelul", "cytadela", "cytadeli", "cytadelę", "cytadelą", "benteng", "Altstadt",
     "historische Altstadt"}
)  # fmt: skip
# The definite articles, and the prepositions written with one ("du", "della", "na", "im"),
# after which a common noun is the one of the place in view ("dans la vieille ville", "nella
# città vecchia", "na cidade velha", "in de oude stad", "in het oude centrum").
DEFINITE = frozenset(
    {"the", "la", "le", "les", "il", "lo", "l", "el", "los", "las", "die", "der", "das", "den",
     "dem", "des", "de", "het", "o", "os", "as", "du", "au", "aux", "del", "al", "della",
     "dello", "nella", "nello", "nel", "sulla", "sul", "alla", "dalla", "dal", "da",
     "do", "dos", "na", "no", "nas", "nos", "pela", "pelo", "à", "im", "am", "zum",
     "zur", "vom", "beim", "its", "sua", "seu", "su", "sa", "son", "sein", "seine", "seiner"}
)  # fmt: skip
# The words of "of" between a common noun and the city's name, in every language: "la
# citadelle d'Alep", "de oude stad van Aleppo", "Marea Moschee din Alep", "cetatea din Alep"
# (not "in": "a souq in Aleppo" is any souq).
NOUN_OF = frozenset(
    {"of", "de", "du", "des", "di", "del", "della", "dei", "do", "da", "von", "van", "din"}
)

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
    "east-aleppo": ("东部", "東部", "东区", "東區", "동부", "동쪽", "ตะวันออก"),
    "west-aleppo": ("西部", "西区", "西區", "서부", "서쪽", "ตะวันตก"),
    "old-city": ("旧城", "旧城区", "古城", "古城区", "老城", "老城区", "老城區", "舊城", "舊城區",
                 "历史中心", "歷史中心", "旧市街", "구시가지", "구시가", "올드시티", "구도심"),
    "citadel": ("城堡", "城塞", "要塞", "성채", "요새"),
    "umayyad-mosque": ("大清真寺", "倭马亚清真寺", "大モスク", "대모스크"),
    "university-of-aleppo": ("大学", "大學", "대학교", "대학"),
    "aleppo-airport": ("机场", "國際機場", "国际机场", "機場", "空港", "国際空港", "공항",
                       "국제공항"),
}  # fmt: skip
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
    "east-aleppo": ("东", "東", "동"),
    "west-aleppo": ("西", "서"),
    "citadel": ("ป้อมปราการแห่ง", "ป้อมปราการ"),
    "umayyad-mosque": ("มัสยิดใหญ่แห่ง", "มัสยิดใหญ่"),
    "old-city": ("เมืองเก่าแห่ง", "เมืองเก่า", "เมืองโบราณแห่ง"),
}
# Common nouns that name the city's place alone in a caption about the city (Chinese "古城",
# "城堡" alone are not among them: "古城阿勒颇" is the ancient city of Aleppo, the city).
CJK_NOUNS: dict[str, tuple[str, ...]] = {
    "old-city": ("旧城区", "老城区", "老城區", "舊城區", "旧市街", "구시가지", "올드시티"),
    # (and with 大, "great": "倭马亚大清真寺", as Chinese news photo reports name it)
    "umayyad-mosque": ("倭马亚大清真寺", "倭馬亞大清真寺", "伍麦叶大清真寺", "伍麥葉大清真寺",
                       "倭马亚清真寺", "倭馬亞清真寺", "伍麦叶清真寺", "伍麥葉清真寺",
                       "ウマイヤ・モスク", "ウマイヤド・モスク", "ウマイヤモスク",
                       "우마이야 모스크", "우마이야모스크"),
    "citadel": ("城塞", "성채"),
}  # fmt: skip
