"""Find the gazetteer's places in a caption: spans, roles, scores.

>>> from aleppomap.gazetteer import Gazetteer
>>> gp = Geoparser(Gazetteer.load())
>>> [(m.place_id, m.role) for m in gp.find(
...     "Residents fleeing the Bustan al-Qasr neighborhood arrive in Aleppo’s Fardos district.")]
[('bustan-al-qasr', 'origin'), ('aleppo', 'mentioned'), ('fardos', 'destination')]

How it works, once per caption:

1. The caption is cut into words by one ``re.split`` and each word folded to a key
   (``aleppomap._names``): case, diacritics, the Arabic article, generic words, doubled letters
   and vowel spellings fold away; each word keeps its span in the text. Keys are memoised per
   word, so the Python work per word is a dictionary lookup.
2. One Aho-Corasick automaton over all alias keys (built once per :class:`Geoparser`) finds every
   alias in the space-joined keys (no key holds a space, so a match's first word is the number
   of spaces before it); matching whole words only, never across punctuation (a
   comma, period, colon, semicolon, bracket or quote: "Ansari East, Aleppo" is not East
   Aleppo) unless the gazetteer writes the name so. A compound name ("City of Aleppo",
   "Aleppo's souk") yields to a plain name it crosses ("Walled City of Aleppo", "Aleppo's Souq
   al-Hal"). Overlaps are then resolved longest first, then leftmost, so "Bab al-Nairab" and
   "Tariq al-Bab" are not al-Bab.
3. Guards reject single-word matches written in lower case, a gate-like head word ("Bab",
   "Sheikh" ...) followed by another capitalised word, and a person's surname ("Karam al-X").
   Common nouns ("the citadel", "the university", "the Great Mosque") come from the data: a
   place of the city written "X of Aleppo" / "Aleppo X" makes "the X" name it, kept only when
   the nearest other place named is in the city.
4. Whole names win: the capitalised words before neighbourhood/district/quarter/area/village
   /town/camp are one name, and a known name covering only some of them is dropped ("the
   Qwertyville al-Bab district" is not al-Bab). Those runs that no alias matched go to the fuzzy
   fallback (rapidfuzz), then to the phonetic key (``_names.phonetic_key``: one consonant
   skeleton over every name of the gazetteer); those left are
   :meth:`Geoparser.unknown_places`. Elsewhere, capitalised words no name covers (nor a whole
   name left unknown: "the Marj Dabiq area" is not Marjeh) are matched on the phonetic key
   ("Şeyh Maksud", "Sheikhmaqsoud", "Halep", "Heleb"), with guards against people's names,
   ordinary words and short keys written with other syllables ("Bayanoun" is not Banan). A
   one-word name after a capitalised word no name knows is a surname ("Nadhira Aziz"). A
   compound's first word ("Kafr", "Tal", "Qasr" ...) and the capitalised word after it are a
   name of their own: neither word alone is a place, and a near spelling keeps the first word
   ("Kafr Naseh" is not Kafr Naya). Words of peoples ("Assyrian", "Syriac") are no quarters
   without their place word. Names listed before a plural place word take it ("the Nayrab and
   Kuweires air bases"); a base named before "in" and a name is that name's ("a fighter base in
   Nayrab"). A place's name with another proper name before "Brigade", "Front" ... is a
   group's ("the Shuhada Bader Brigade"). Lists run on past the "and" of other languages
   ("Midane et Ramoussa", "Şeyh Maksud ve Eşrefiye"); a name in a Turkish caption, or next to
   a place word, is also read as Turkish writes Arabic ("Meadi", "Şear", "Cisr al-Hac"); a
   name only Turkish writes ("Başköy") names its place only in Turkish letters. A souq's own
   name beside a market's word is that souq, as written or by its sound ("le souk de
   Saqtiya"); a sound shared by several places goes to those whose names are written closest
   ("Sheran": Şeran); z for the Arabic ḍ in a compound's second word is read as d ("Sheikh
   Khizir"); a country's name before a town is no given name ("Suriyanın Azez").
4b. A caption set in a place outside the governorate ("the Old City of Mosul", "Haydarat
   area, north of Raqqa") keeps no weak match (a common noun, a fuzzy or phonetic match, a
   one-word quarter, a landmark of the city) unless a strong one (the city, a town, a proper
   name of several words, a landmark whose written name holds the city's: "Aleppo
   International Airport") names Aleppo; a place outside named as a journey's end, a road's end
   or a person's surname sets nothing. A place followed by a country's name is in that country
   ("Karkamis, Turkey"); a village placed by a side of a town elsewhere is another village
   ("Nayrab village, northwest of Saraqib"); a quarter's name before "province" is a province
   elsewhere ("the Salaheddine province").
5. Roles from cue words (a place with none of them among the eight words before it keeps
   ``location`` at once), and from Turkish case endings and the verb after them ("Şeyh
   Maksud'dan kaçan", "Afrin'e ulaştı"); a place in a background clause ("… a week after rebels
   took Idlib") is ``mentioned``. Then hierarchy: a place named only to say where another
   named place is stays, named in passing (``mentioned``), with its cue: ``container`` for a
   place that holds a finer place also named (the Old City beside the Umayyad Mosque; the city
   and its sectors beside a place in the city: "Zahraa district in Aleppo city", "Aleppo's
   Hanano"; a quarter that says where another is: "al-Shuhada neighbourhood in New Aleppo"),
   ``reference`` for the city as a reference point beside another place ("south of Aleppo",
   "ten kilometres from Aleppo", "près d'Alep") or saying where a place just outside it is
   ("Jibreen, in Aleppo"). The finer place keeps its role: it is the photo's place. Only a
   finer place named the same way makes a container: the photo's place by a finer photo's
   place ("in Aleppo, a week after rebels took Sheikh Maqsoud" is still Aleppo), a place named
   in passing by a finer one named in passing. A part of the city named with who holds it
   ("rebel-held east Aleppo ... through Jabal Badro") stays ``mentioned`` with the cue
   ``held``; the end of a journey of its own stays that end ("returned to Aleppo after ... a
   resident of Haydariye"). A place not named is never added (the city of a quarter named
   alone), and a side of the city that locates a place outside it is the province's side,
   which names no place of the city ("Deir Hafer, in eastern Aleppo", "Hreitan city northern
   Aleppo"). A place named twice is reported once, with its strongest role.
"""

from __future__ import annotations

import logging
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import compress, pairwise
from typing import Any, Final, NamedTuple, TypeVar

from aleppomap._concepts import (
    ARABIC_ARRIVAL_WORDS,
    ARABIC_BEARINGS,
    ARABIC_COMPASS,
    ARABIC_DEFINITE_NOUNS,
    ARABIC_DISTANCE,
    ARABIC_FLIGHT_WORDS,
    ARABIC_NOUN_FILLERS,
    ARABIC_OUTSKIRTS,
    ARABIC_PART_NOUNS,
    ARABIC_PLACE_PREPOSITIONS,
    ARABIC_PROVINCE,
    ARABIC_QUARTER_NOUNS,
    ARABIC_REGION,
    ARABIC_RESIDENTS,
    ARABIC_SETTLEMENTS,
    ARABIC_SIDE_AFTER,
    ARABIC_SIDE_ALONE,
    ARABIC_SIDE_BEFORE,
    ARABIC_SIDE_OF_THE_CITY,
    ARABIC_SIDE_PART,
    ARABIC_STRIKE_WORDS,
    CAPITAL_METONYMS,
    CITY_PRODUCT_AFTER,
    CITY_PRODUCT_BEFORE,
    CITY_PRODUCT_WORDS,
    CJK_AFTER,
    CJK_BEFORE,
    CJK_CHAR,
    CJK_CITY,
    CJK_CITY_GLOSSES,
    CJK_ELSEWHERE,
    CJK_NOUNS,
    CJK_PHRASES,
    CJK_PROVINCE,
    COMMON_LATIN_WORDS,
    DEFINITE,
    FOREIGN_CAPITALS,
    GOVERNMENT_VERBS,
    HISTORIC_CENTRE,
    NOUN_OF,
    NOUNS,
    OLD_CITY_AFTER,
    PART_CITY,
    SIDE_AFTER,
    SIDE_BEFORE,
    SIDE_GENITIVE,
    SIDE_PART,
    SIDE_WORDS_ALSO_WORDS,
    SLAVIC_PLACE_PREPOSITIONS,
    STANDING,
    TO_SIDE,
    URDU_OF,
    sides_of_the_city,
)
from aleppomap._names import (
    AFTER_PLACE_WORDS,
    ARTICLES,
    NON_INFLECTING_WORDS,
    QUARTER_WORDS,
    TURKISH_PLACE_WORDS,
    WordInfo,
    Words,
    alias_key,
    arabic_joined,
    article_case_stem,
    case_stems,
    fold_token,
    foreign_readings,
    glued_offset,
    hebrew_cuts,
    joins,
    phonetic_key,
    phonetic_run,
    phonetic_word,
    split_words,
    strip_marks,
    tokenize,
    turkish_key,
    unglue_credit,
    word_info,
)
from aleppomap._scripts import (
    AIRBASE,
    ARABIC_MONTHS,
    ASIAN_PLACE_ENGLISH,
    ScriptReader,
    arabic_latin,
    arabic_place_word,
    arabic_word_in,
    asian_cuts,
    asian_script,
    common_word,
    has_asian_script,
    has_indic_script,
    has_other_script,
    indic_script,
    latin,
    other_script,
)
from aleppomap.gazetteer import Gazetteer, Place

__all__ = ["Geoparser", "PlaceMention", "UnknownPlace"]

logger = logging.getLogger("aleppomap")

CITY_ID = "aleppo"

# Words that make the next capitalised words a place name, and words that follow one (English,
# and Turkish: "Eşrefiye Mahallesi’nde", "Azez ilçesinde").
_PLACE_WORDS_AFTER = TURKISH_PLACE_WORDS | AFTER_PLACE_WORDS | frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "area", "village", "town", "camp",
     "crossing"}
)  # fmt: skip
# Plural place words before "of" and a list of names ("the villages of X and Y").
_PLURAL_PLACE_WORDS = frozenset(
    {"villages", "towns", "areas", "districts", "neighbourhoods", "neighborhoods"}
)
_PLACE_WORDS_BEFORE = (
    frozenset({"village", "town", "district", "neighbourhood", "neighborhood"})
    | _PLURAL_PLACE_WORDS
)
# Words of other languages before a quarter's name, perhaps after a preposition ("le quartier
# de Fardous", "quartier d’al-Chaar", "il quartiere di Boustan al-Qasr", "im Viertel Karm").
_OF_WORDS = frozenset({"of", "de", "du", "des", "di", "del", "della", "dei", "do", "da", "von"})
# A base or airport before "in" and a name ("a fighter base in Nayrab"), and the keys of the words
# that name it after a name in the gazetteer ("Nayrab air base", "Kuweires military airport").
_BASE_WORDS = {
    word: tuple(dict.fromkeys(alias_key(k) for k in kinds))
    for word, kinds in {
        "base": ("air base", "airbase", "base"),
        "airbase": ("airbase", "air base"),
        "airport": ("military airport", "airport", "airbase"),
        "airfield": ("airfield", "airport", "airbase"),
    }.items()
}
# A military air base's name: the name, then "military" perhaps, and the word for a base; and
# every such word ("Jarrah air base", "Jirah military airport", "Menagh airfield").
_AIR_BASE_NAME = re.compile(
    r"(.+?)\s+(military\s+)?(air\s?base|airport|airfield|air\s+field)", re.IGNORECASE
)
# The words between a base's name and "base" or "airport" ("Kweiras air base").
_AIR_OR_MILITARY = frozenset({"air", "military"})
_AIR_BASE_WORDS = (
    "airbase", "air base", "military airbase", "military air base", "airport",
    "military airport", "airfield", "military airfield",
)  # fmt: skip
# A person's age after the name: "Mohammed al-Shaar, 35, carries his son".
# The endings of plural nouns in Russian, Ukrainian and Greek ("жители", "руины", "мешканці",
# "κάτοικοι"), which given names seldom have, and the shortest such noun read as one.
_PLURAL_NOUN_ENDINGS = ("и", "ы", "і", "οι")
_PLURAL_NOUN_MIN = 5
_AGE = re.compile(r",\s*\d{1,3}\s*[,)]|\s*\(\d{1,3}\)")
# Words that end a group's name ("the Shuhada Bader Brigade"), and words of kinds in such names
# that are no proper name ("the Sheikh Maqsoud Military Council").
_ORG_WORDS = frozenset(
    {"brigade", "brigades", "battalion", "battalions", "front", "movement", "legion",
     "division", "regiment", "union", "corps", "army", "gathering", "faction"}
)  # fmt: skip
# Words that start a group's name before a place's ("Fatah Halab", "Thuwar Manbij", "Jaish
# al-Bab", "Liwa Ahrar Azaz"): conquest, revolutionaries, army, brigade, battalions ...
_GROUP_HEADS = frozenset(
    {"fatah", "fateh", "fath", "thuwar", "jaish", "jaysh", "jeish", "liwa", "lewa", "kataib",
     "katibat", "katiba", "jabhat", "harakat", "faylaq", "failaq", "tajamu", "tajammu",
     "saraya", "usud", "suqour", "suqur", "fursan", "ahrar"}
)  # fmt: skip
_GROUP_TAILS = frozenset({"conquest"})  # (after the place: "the Aleppo Conquest room")
_GROUP_NAMING = _GROUP_HEADS | _GROUP_TAILS
_GROUP_WORDS = _ORG_WORDS | _GROUP_NAMING
_ORG_FILLERS = frozenset(
    {"military", "revolutionary", "revolution", "local", "city", "provincial", "free",
     "islamic", "national", "civil", "police", "council", "youth", "martyrs", "men"}
)  # fmt: skip
# A place's kind after its name, which stands with the name between a cue and the next place.
_KIND_OF_PLACE = frozenset(
    {"city", "town", "village", "district", "neighbourhood", "neighborhood", "area", "camp"}
)
# The kind of a place written right before its name, with or without "of" ("from the capital
# Damascus", "from the city of Azaz"): no cue of a role, which the word before it gives.
_SETTLEMENTS = frozenset({"city", "town", "village"})
_KIND_BEFORE_NAME = _SETTLEMENTS | {"capital"}
# Words between a name and its place word: "the Bab al-Salam refugee camp", "Shihan residential
# area".
_KINDS_BEFORE = {
    "camp": frozenset({"refugee", "refugees", "displacement", "displaced", "idp", "idps"}),
    "area": frozenset({"residential", "industrial", "housing"}),
    "crossing": frozenset({"border"}),  # "the Bab al-Salam border crossing"
}
_KINDS = frozenset().union(*_KINDS_BEFORE.values()) | {"sanayi"}  # (Turkish: industrial)
_PLACE_WORDS = _PLACE_WORDS_AFTER | QUARTER_WORDS | _PLURAL_PLACE_WORDS
# Place words that tell a quarter of the city, or a town or village outside it.
_QUARTER_WORDS = (
    QUARTER_WORDS
    | frozenset({"neighbourhood", "neighborhood", "district", "quarter", "area", "hay", "hayy"})
    | frozenset(w for w in TURKISH_PLACE_WORDS if w.startswith(("mahalle", "semt")))
    | frozenset(
        w for w in AFTER_PLACE_WORDS if w.startswith(("məhəllə", "mahalla", "negyed", "város"))
    )
)
_SETTLEMENT_WORDS = frozenset({"town", "village", "towns", "villages"}) | frozenset(
    w
    for w in TURKISH_PLACE_WORDS | AFTER_PLACE_WORDS
    if w.startswith(("köy", "koy", "kasaba", "belde", "kənd", "kand", "qəsəbə", "falu", "közs"))
)
# The Arabic sides that end the names of villages ("Kuweires Sharqi": eastern Kuweires), and
# the English words for them.
_ARABIC_SIDES = {
    "Sharqi": ("east", "eastern"), "Gharbi": ("west", "western"),
    "Shamali": ("north", "northern"), "Janoubi": ("south", "southern"),
    "Janubi": ("south", "southern"), "Qibli": ("south", "southern"),
}  # fmt: skip
# A region of the Kurdish administration, never a quarter of the city ("Shahba canton").
_CANTONS = frozenset({"canton", "cantons", "kantonu"})
_VILLAGE_WORDS = frozenset({"village", "villages"}) | frozenset(
    w
    for w in TURKISH_PLACE_WORDS | AFTER_PLACE_WORDS
    if w.startswith(("köy", "koy", "kənd", "kand", "falu"))
)
# -- the province in more languages (round 23) -------------------------------------------------
# The Turkish province ("il") after a name, in its cases and with its possessive ("Halep ili",
# "Halep iline bağlı": attached to the province of Aleppo, "Halep ilinde"), and the Portuguese
# and Spanish words for provinces ("na província de Aleppo"); joined to _PROVINCE_WORDS.
_PROVINCE_WORDS_23 = frozenset(
    {"ili", "iline", "ilinde", "ilindeki", "ilinden", "ilinin", "província", "províncias",
     "provincias"}
)  # fmt: skip
# The plural words for provinces before a list of their names ("the provinces of Idlib and
# Aleppo", "las provincias de Idlib y Alepo", "le province di Idlib e Aleppo", "as províncias
# de Idlib e Aleppo", "провинций Идлиб и Алеппо"): each name of the list is a province's.
_PROVINCES_NO_OF = frozenset(
    {"провинций", "провінцій", "провинции", "провінції", "провинциях", "провінціях",
     "провинциями", "провінціями"}
)  # fmt: skip  # (the Slavic cases, which write no "of")
_PROVINCES_BEFORE_LIST = _PROVINCES_NO_OF | frozenset(
    {"provinces", "provincias", "province", "províncias", "provinzen", "governorates",
     "gouvernorats", "provincies"}
)  # fmt: skip
_PROVINCE_LIST_REACH = 8  # (the words of such a list read back from a name, at most)
# Words that make a city's or town's name that of its province or countryside ("Aleppo
# province", "the countryside of Aleppo", "rural Aleppo").
_PROVINCE_WORDS = _PROVINCE_WORDS_23 | frozenset(
    {"province", "provinces", "governorate", "countryside", "campagne", "région", "region",
     "gouvernorat", "provincia", "provinz", "kırsalı", "kırsalında", "kırsalındaki", "kırsalına",
     "vilayeti", "provincie", "provinsen", "vilayəti", "vilayətində", "tartomány",
     "tartományban", "umland"}
)  # fmt: skip
# The province's word right before the name, in the languages that write no "of" there
# ("provinsi Aleppo", "w prowincji Aleppo", "u pokrajini Alep", "i provinsen Aleppo").
_PROVINCE_BEFORE = frozenset(
    {"provinsi", "prowincja", "prowincji", "prowincję", "pokrajina", "pokrajini", "pokrajinu",
     "provinsen", "provincie", "provincii", "provincia", "provinciei", "qarku", "provinca",
     # German ("in der Provinz Aleppo", "im Gouvernement Aleppo"); Russian and Ukrainian, in
     # their cases ("в провинции Алеппо", "мухафаза Халеб", "у провінції Алеппо")
     "provinz", "gouvernement", "провинция", "провинции", "провинцию", "провинцией",
     "мухафаза", "мухафазы", "мухафазе", "мухафазу", "провінція", "провінції", "провінцію",
     "провінцією"}
)  # fmt: skip
_COUNTRYSIDE = frozenset(
    {"countryside", "campagne", "kırsalı", "kırsalında", "kırsalındaki", "kırsalına", "umland"}
)
# (a town's region is near enough to it too, as its countryside is: "la région de Kobané",
# "the Afrin region", round 23; the city's is its province's)
_TOWN_REGION = frozenset({"région", "region"})
_TOWN_PROVINCE_WORDS = _PROVINCE_WORDS - _COUNTRYSIDE - _TOWN_REGION
# The Turkish genitive written on the city's name ("Halep'in", "Halep’in") and the words of a
# village, a district, a small town or a sub-district after the name it then governs ("Halep'in
# Ancaren köyünden", "Halep'in El-Bab ilçesinde": the province's village, district)
_TURKISH_GENITIVE = re.compile(r"[’'ʼ‘`´]n?[ıiuü]n\b")
_TURKISH_NAME_WORDS = 3  # (the words of a village's name, at most)
_TURKISH_RURAL = ("köy", "koy", "ilçe", "ilce", "belde", "kasaba", "nahiye")
_RURAL = frozenset({"rural", "rurale", "ländlichen"})
# The outskirts, suburbs, periphery and countryside of a city, in the languages that write them
# before a side and "of" ("las afueras del este de Alepo", "nos arredores do leste de Aleppo",
# "les faubourgs est d'Alep"): a side written after them is where they lie, outside the city,
# not the city's side; and the articles and "of" that may stand between.
_OUTSKIRTS = frozenset(
    {"outskirts", "suburbs", "suburb", "periphery", "countryside", "environs", "banlieue",
     "banlieues", "faubourgs", "faubourg", "périphérie", "abords", "campagne", "periferia",
     "periferie", "dintorni", "sobborghi", "campagna", "afueras", "suburbios", "alrededores",
     "extrarradio", "arredores", "subúrbios", "periferias", "vororte", "vororten", "stadtrand",
     "umgebung", "umland", "buitenwijken"}
)  # fmt: skip
_OUTSKIRTS_OF = frozenset(
    {"the", "of", "de", "del", "della", "delle", "dei", "degli", "des", "du", "la", "las", "los",
     "les", "le", "da", "do", "das", "dos", "von", "der", "den", "l", "d"}
)  # fmt: skip
# Arabic "countryside" before the city's name, bare or with a one-letter prefix ("ريف حلب",
# "بريف حلب": in the countryside of Aleppo)
_ARABIC_RURAL = frozenset({"ريف", "بريف", "وريف", "لريف", "فريف"})
# Every word by which Geoparser._province reads a name as a province's (a caption with none of
# them, and no Arabic letter, names no province so: the test is skipped for its places).
_PROVINCE_CUES = (
    _PROVINCE_WORDS | _PROVINCE_BEFORE | _RURAL | _ARABIC_RURAL | _PROVINCES_BEFORE_LIST
)
# Words for being in or near a place, before a name a person may also bear ("in Marea"), and
# how far after such a name its province may be written ("Soran in the countryside of Aleppo").
_IN_OR_NEAR = frozenset(
    {"in", "near", "outside", "around", "inside", "into", "towards", "toward",
     # German "nahe Asas", French "près d'Azaz" (past the elided "of"); not German "bei" nor
     # "von", which a person's name follows as often ("bei Maria", "ein Foto von Maria")
     "nahe", "près"}
)  # fmt: skip
_SAXON = frozenset({"'s", "’s"})
_ABROAD_WORDS = frozenset({"iraqi", "kurdistan", "lebanese", "jordanian", "irakien", "irakischen"})
_PROVINCE_REACH = 5
# The two words for a church in the names of churches, each for the other.
_CHURCH_SWAP = {"Church": "Cathedral", "Cathedral": "Church", "church": "cathedral",
                "cathedral": "church"}  # fmt: skip
_LATIN_NAME = re.compile(r"[A-Za-z' -]+")  # a name in plain Latin letters
_OPENING_QUOTES = frozenset({'"', "«", "“", "„", "”"})
# The endings of a Slavic adjective made of a city's name (Croatian, Bosnian, Serbian, Slovene
# "alepska", "alepsku", "alepskoj", "alepskog"; Czech and Slovak "aleppská", "aleppskou",
# "aleppské"), after its "sk"; and the Latin letters of the nouns it goes before
_ADJECTIVE_ENDINGS = ("a", "u", "i", "e", "o", "oj", "og", "om", "ih", "im", "ou", "á", "é",
                      "ý", "ého", "ém", "ým")  # fmt: skip
_SLAVIC_NOUN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?")
_SOUQ_OF_KHAN = re.compile(r"(Suq|Souq|Souk) Khan (.+)")  # "Suq Khan al-Jumruk"
_WORD_J = re.compile(r"(^|[\s-])J")  # a J that starts a word of a name
# The Arabic article that starts a name, apart from the next word ("al-Bab", "as-Sukkari").
_LEADING_ARTICLE = re.compile(
    r"(al|el|ad|ar|as|ash|at|az|an|ath|adh|ed|es|et|ez|er)[- ](?=[A-Za-z]{3})", re.IGNORECASE
)
# German writes the Arabic kh that starts a word ch: "Chan Tuman", "Scheich Chodr", "Chanasir".
_WORD_KH = re.compile(r"(^|[\s\-])Kh")
_CHURCH_WORD = re.compile(r"\b(?:[Cc]hurch|[Cc]athedral)\b")
_COPULAS = frozenset({"is", "was", "remains", "remained", "became"})
_DONE_TO_A_PLACE = frozenset(
    {"shelled", "bombed", "besieged", "encircled", "recaptured", "retaken", "bombarded"}
)
_AFTER_A_TOWN = frozenset(
    {"to", "that", "which", "where", "in", "on", "near", "north", "south", "east", "west",
     "held", "controlled", "under", "of", "by", "some", "about"}
)  # fmt: skip
# "East Aleppo" and "West Aleppo" in other languages: the side word before the city's name, or
# after it.
_SIDE_NAME = re.compile(r"(East|West)\s+(\S+)")
# (the sides' words in each language: aleppomap._concepts)
_SIDE_BEFORE, _SIDE_GENITIVE, _SIDE_AFTER = SIDE_BEFORE, SIDE_GENITIVE, SIDE_AFTER
_SIDE_WORDS_ALSO_WORDS, _SIDE_PART = SIDE_WORDS_ALSO_WORDS, SIDE_PART
_ELIDED = ("l'", "l’")
_ELIDED_OF = ("d'", "d’")  # (French "of" before a vowel: "la province d'Alep")
# "à l'est d'Alep", "al este de Alepo": east of Aleppo, a direction from it (not its east).
_TO_SIDE = TO_SIDE
_PART = "part"  # (a flag of _side_names: a side before the name)
_AFTER = "after"  # (and another: a side after the name, which a dash may join to it)
_ABBREV = "abbrev"  # (and another: a side's first letter before the name, "E. Aleppo")
# A side's first letter written for it before the city's name: "E. Aleppo", "W.-Aleppo".
_ABBREVIATED_SIDE = re.compile(r"\.[ -]?|\.? ?-| ")
_TURKISH_LETTERS = re.compile(r"[şğıöüçŞĞİÖÜÇ]")
# Turkish words of a side after a place's name, their first four letters: "Halep'in kuzeyinde"
# (north of Aleppo), "güneyindeki", "doğusunda", "batısındaki".
_TURKISH_SIDES = frozenset({"kuze", "güne", "doğu", "batı"})
_TURKISH_GENITIVES = frozenset({"in", "ın", "un", "ün", "nin", "nın", "nun", "nün"})
# A road named after the places at its ends: "the Aleppo-Gaziantep highway".
_ROADS = frozenset({"highway", "road", "motorway", "expressway", "route"})
_DASHES = frozenset({"-", "–", "—", "‑"})
# A y that starts a word, which Spanish writes for the Arabic j.
_SPANISH_Y = re.compile(r"^y")
# Words that join two names of places ("Kellese ve Salahaddin bölgesinde": both are places).
_AND_WORDS = frozenset({"and", "or", "ve", "et", "e", "y", "und", "dan"})


# "with" and "and" of a Turkish list of places ("Deyr Cemâl ile Akıbe", "Azez ve Mare'")
_TURKISH_LIST_WORDS = frozenset({"ve", "ile", "ila"})


def _after_turkish_bearing(text: str, w: Words, k: int) -> bool:
    """Whether word ``k`` follows a Turkish bearing in the locative, perhaps as a later name of
    a list after it ("güneybatısında Deyr Cemâl ile Akıbe": to its south-west Deir Jamal and
    Aqiba); the list's words are capitalised names, "ve" or "ile", with no sentence between."""
    lows, uppers, j = w.low, w.upper, k - 1
    while j >= 0 and k - j <= 8:
        if lows[j] in _TURKISH_BEARINGS:
            return _SENTENCE_END.search(text, w.end[j], w.start[k]) is None
        if not (uppers[j] or lows[j] in _TURKISH_LIST_WORDS):
            return False
        j -= 1
    return False


def _conjunction(text: str, w: Words, j: int) -> bool:
    """Whether word ``j``, an article in Arabic names ("et-Tal"), is the French "and" written
    apart between two names ("Midane et Ramoussa"), or the Italian "to, in" or "and" that
    take a d before a vowel ("Sheikh Maqsud ad Aleppo", "Azaz ed Afrin"): the Arabic article
    is written ad, ed only before a d ("Salah ad-Din"), never before a vowel."""
    low = w.low[j]
    if low not in _APART_JOINERS or text[w.end[j] : w.end[j] + 1] != " ":
        return False
    return low == "et" or (j + 1 < len(w.low) and w.low[j + 1][:1] in _VOWEL_STARTS)


# (the words of :func:`_conjunction`, and the letters an Italian ad, ed stands before)
_APART_JOINERS = frozenset({"et", "ad", "ed"})
_VOWEL_STARTS = frozenset("aeiouàáâèéêìíòóùú")


# Head words of compound names: alone and followed by another capitalised word, they start an
# unknown longer name ("Bab Sharqi"), not the place whose key they are.
_HEADS = frozenset(
    fold_token(w)
    for w in (
        "Bab", "Sheikh", "Karm", "Bustan", "Tal", "Jabal", "Khan", "Ard", "Souq", "Deir",
        "Kafr", "Ain", "Jisr", "Beit", "Tariq", "Hay", "Dahiyat", "Masaken", "Qasr", "Nahr",
        "Marj",
    )
)  # fmt: skip
# First words of compound names of villages and landmarks ("Kafr Naya", "Tal Rifaat", "Deir
# Hafer", "Khan al-Asal"): followed by another capitalised word they start a name of their own,
# which the gazetteer may lack. Such a name blocks a known one-word name after its first word
# ("the village of Qasr Jibrin" is not Jibreen) and a near spelling of a name with another
# second word ("Kafr Naseh" is not Kafr Naya, nor Kafra).
_PREFIXES = frozenset(
    fold_token(w)
    for w in (
        "Kafr", "Tal", "Deir", "Ain", "Khan", "Jabal", "Marj", "Bab", "Beit", "Abu", "Umm",
        "Ras", "Arab", "Sheikh", "Qasr", "Qaryat", "Burj", "Bir", "Mazraat", "Qalaat", "Jisr",
        # Qastal (a cistern, a small fort): villages of Afrin and Azaz ("Qastal Jindo", "Qestel
        # Cindo", "Kastal Miqdad"), not the Castello Road, whose name sounds the same
        "Qastal", "Kastal", "Qestel", "Castal",
    )
)  # fmt: skip
# How close the second words of two such names must be for one to be a spelling of the other.
_PREFIX_REST_SCORE = 85.0
# Words of peoples and faiths ("Assyrian", "Syriac", "Armenian"): never a place on their own;
# a quarter named after a people is one with its place word ("the Syriac quarter").
_PEOPLES = frozenset(
    {"assyrian", "assyrians", "syriac", "syriacs", "syrian", "syrians", "armenian",
     "armenians", "kurdish", "kurd", "kurds", "turkmen", "turkoman", "turkomans", "turkish",
     "circassian", "circassians", "chaldean", "chaldeans", "arab", "arabs", "arabic",
     "alawite", "alawites", "christian", "christians", "druze", "yazidi", "yazidis", "sunni",
     "sunnis", "shiite", "shiites", "shia", "muslim", "muslims", "catholic", "orthodox",
     "maronite", "palestinian", "palestinians", "iraqi", "iraqis", "lebanese", "iranian"}
)  # fmt: skip
# Words between a name and "camp" that say whose camp it is or what kind ("the Handarat
# Palestinian refugee camp").
_CAMP_KINDS = (
    _KINDS_BEFORE["camp"] | _PEOPLES | frozenset({"makeshift", "informal", "temporary", "tent"})
)
# The article written apart from its name ("Al Bab"): the forms that are no English words.
_ARTICLES_APART = frozenset({"al", "el"})
# Words of other languages, written in lower case, before the name of a town or village (perhaps
# after "de": "le village de X", "la localité de X", "el pueblo de X", "Dorf X"), or of a site
# ("l'hôpital X", "la rotunda de X", "pri dedine X").
_FOREIGN_PLACE_WORDS = frozenset(
    {"localité", "bourgade", "bourg", "hameau", "pueblo", "aldea", "localidad", "villaggio",
     "paese", "cidade", "aldeia", "vila", "povoação", "vilarejo", "povoado", "lugarejo",
     "cidadezinha", "dorf", "ortschaft", "kleinstadt",
     "dedine", "dedina", "dedinu", "obci", "obec", "hôpital", "ospedale", "rotunda", "rotonde",
     "rotatoria", "glorieta",
     # a village and a town in Dutch, Albanian, Bosnian/Croatian/Serbian, Indonesian and Malay,
     # Polish, Czech, Romanian and Swedish ("het dorp Anadan", "fshati Anadan", "selo Anadan",
     # "desa Anadan", "wieś Anadan", "vesnice Anadan", "satul Anadan", "byn Anadan")
     "dorp", "stadje", "fshati", "fshatin", "fshatit", "qyteti", "qytetin", "qytetit", "selo",
     "selu", "sela", "gradu", "desa", "kampung", "kota", "wieś", "wsi", "miasto", "mieście",
     "miasta", "vesnice", "vesnici", "městě", "město", "města", "satul", "satului", "comuna",
     "orașul", "byn", "staden", "orten",
     # Slovak, Lithuanian and Latvian: a town ("mesto Manbidž", "miestas Alepas", "pilsēta"),
     # and the Polish small town ("miasteczko Anadan")
     "mesto", "meste", "miestas", "mieste", "miesto", "pilsēta", "pilsētā", "pilsētas",
     "miasteczko", "miasteczku", "miasteczka",
     # the Dutch and Swedish town, capitalised as a headline's first word ("Stad Manbij")
     "stad"}
)  # fmt: skip
# German nouns among them, capitalised as German writes every noun.
_GERMAN_PLACE_WORDS = frozenset({"dorf", "ortschaft", "kleinstadt"})
# The words of a town or village (and a German area) beside a one-word name that is also a
# person's, which make it the place: "the town of Raju", "aus dem Gebiet Raju", "la cidade de X".
_GUARD_TOWN_WORDS = frozenset({"town", "village", "city", "gebiet", "stadt", "ort"}) | (
    _FOREIGN_PLACE_WORDS - {"hôpital", "ospedale", "rotunda", "rotonde", "rotatoria", "glorieta"}
)
# French words that are English ones too, before "de" or "d'" only ("le village de X").
_FRENCH_PLACE_WORDS = frozenset({"village", "ville"})
# ", a village near Y": the words of a place in apposition to the name before its comma, the
# articles and the few words that may stand before the place word, and the words after it that
# make it a place ("near", a bearing), not a person's title ("a village elder").
_APPOSITION_WORDS = frozenset({"village", "town", "ville", "localité", "pueblo", "aldea"})
_APPOSITION_ARTICLES = frozenset({"a", "an", "un", "une", "una"})
# The English indefinite articles: a name after one describes a place (see _described).
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
_APPOSITION_FILLERS = frozenset({"small", "nearby", "rural", "tiny", "border", "petit", "petite"})
_APPOSITION_NEXT = frozenset(
    {"near", "in", "on", "north", "south", "east", "west", "northeast", "northwest",
     "southeast", "southwest", "close", "outside", "about", "some", "held", "controlled",
     "au", "à", "près", "dans", "proche", "situé", "située", "cerca", "en", "al"}
)  # fmt: skip
# Words of a site after its name, the name and the word reported together ("the Dar al-Shifa
# hospital", "Karam Hill", "Maruf Camii").
_SITE_WORDS = frozenset(
    {"hospital", "mosque", "school", "college", "square", "souq", "souk", "hill", "farms",
     "camii", "consulate", "barracks", "roundabout"}
)  # fmt: skip
# Words of a name before a site's word that make it no place's name (an agency, a charity).
_SITE_NOT_NAME = frozenset(
    {"society", "organization", "organisation", "medical", "crescent", "cross", "foundation",
     "association", "relief", "international", "field", "doctors", "msf", "unicef", "un",
     "who", "ngo", "mobile", "children's", "government", "public", "private", "islamic",
     "charity", "main", "central", "state", "national", "american", "british", "french",
     "german", "syrian", "turkish", "kurdish", "saudi", "qatari"}
)  # fmt: skip
# Capitalised words of a site's name that are no proper name ("the Grand Mosque").
_COMMON_SITE_WORDS = frozenset({"grand", "great", "old", "new", "big", "main", "city", "central"})
# Words that make the unknown-place scan look further than the English place words.
_MORE_PLACE_CUES = _FOREIGN_PLACE_WORDS | _FRENCH_PLACE_WORDS | _SITE_WORDS | _PLACE_WORDS
# Words calling a name a town, and words before them that make it an ancient site.
_TOWN_WORDS = frozenset({"town", "village", "towns", "villages"})
_OLD_WORDS = frozenset({"ancient", "old", "historic", "antique", "ruined", "biblical"})
# The words beside which a name that is also a common word names a place ("al-Burj village").
_PLACEWORD_CUES = (_FOREIGN_PLACE_WORDS | _FRENCH_PLACE_WORDS | _PLACE_WORDS | {"city"}) - {
    "hôpital", "ospedale", "rotunda", "rotonde", "rotatoria", "glorieta", "camp", "area"
}  # fmt: skip
# ... and of them those that call a name a village or a town, not a quarter of a city.
# (and the Arabic words for a village and a town, with a joined "and" or "in")
_VILLAGE_CUES = (
    _PLACEWORD_CUES - _QUARTER_WORDS - {"neighbourhoods", "neighborhoods", "districts", "crossing"}
) | {"قرية", "بلدة", "قرى", "بلدات", "قريتي", "بلدتي", "وقرية", "وبلدة", "بقرية", "ببلدة"}
# A village of the bulk list named with other towns or villages lies within this distance of
# one of them (a village of its name farther away is another), and metres in a degree.
_OTHERS_M = 35_000.0
_DEGREE_M = 111_195.0
# The start of the note of the villages that scripts/add_osm_villages.py adds in bulk.
_BULK_NOTE = "added in bulk from its OpenStreetMap node"
# The names of a list read at most.
_LIST_NAMES = 8
# Plural place words that two names may share ("the Nayrab and Kuweires air bases"), and
# their singulars.
_SHARED_PLURALS = {
    "bases": "base", "airbases": "airbase", "airports": "airport", "airfields": "airfield",
    "camps": "camp", "crossings": "crossing", "hospitals": "hospital", "prisons": "prison",
    "academies": "academy", "mosques": "mosque", "churches": "church", "markets": "market",
    "schools": "school", "stadiums": "stadium",
}  # fmt: skip
_SHARED_PLURAL_WORDS = frozenset(_SHARED_PLURALS)
# The words between two names sharing one place word ("Nayrab and Kuweires air bases").
_SHARE_JOINERS = frozenset({"and", "or"})
# The words of a flight, a leaving, a journey and an arrival in English, then in French,
# Spanish, Italian and Portuguese ("des civils fuyant les quartiers est d'Alep", "huyen de
# Alepo hacia Idlib", "sfollati verso Azaz", "chegam a Alepo").
_FLEE = frozenset(
    {"flee", "flees", "fled", "fleeing", "escape", "escapes", "escaped", "escaping",
     "fuient", "fuit", "fuyant", "fuyaient", "fuir", "fui", "échappé", "huyen", "huye",
     "huyendo", "huyeron", "huir", "escapan", "fuggono", "fuggiti", "fuggite", "fuggire",
     "fuggendo", "fogem", "fugindo", "fugiram"}
)  # fmt: skip
_LEAVE = frozenset(
    {"leave", "leaves", "left", "leaving", "quit", "abandon", "abandoned", "quittent",
     "quitter", "quitté", "quittant", "abandonnent", "abandonné", "salen", "salir", "salieron",
     "abandonan", "abandonaron", "lasciano", "lasciato", "abbandonano", "deixam", "deixaram"}
)  # fmt: skip
_MOTION = _FLEE | _LEAVE | frozenset(
    {"displaced", "evacuated", "evacuation", "evacuate", "evacuating", "evacuees", "bused",
     "bussed", "moved", "transported", "relocated", "expelled", "driven", "came", "come", "coming",
     "arrived", "return", "returned", "returning", "went", "headed", "heading", "walk",
     "walked", "walking", "taken", "brought", "fled", "évacués", "évacuées", "évacué",
     "évacuation", "évacuer", "déplacés", "transférés", "evacuados", "evacuadas",
     "evacuación", "desplazados", "trasladados", "evacuati", "evacuazione", "sfollati",
     "trasferiti", "evacuação", "deslocados", "عاد", "وعاد", "عادوا", "وعادوا", "انتقل",
     "وانتقل", "نزح", "ونزح", "نزحوا", "ونزحوا"}
)  # fmt: skip
_TOWARDS = frozenset({"towards", "toward", "into", "vers", "hacia", "verso", "rumo", "nach"})
# "for" after a leaving verb and its place: the journey's end ("buses leave Sukkari for Idlib",
# "families left for Azaz")
_LEAVE_FOR = frozenset({"for"})
_ONWARDS = _TOWARDS | {"to"}
# "from" in French, Spanish, Portuguese and Italian, before the place a flight or journey
# leaves.
_FROM = frozenset({"from", "depuis", "desde", "da", "dal", "dalla"})
_NEAR = frozenset({"near", "outside", "nearby", "قرب", "بالقرب", "نزدیک"})
# After a flight from an origin, these words make the next place its destination.
_SUCCESSION = frozenset({"in", "into", "to", "at"})
_ARRIVE = frozenset(
    {"arrive", "arrives", "arrived", "arriving", "reach", "reached", "reaches", "reaching",
     "arrivent", "arrivés", "arrivées", "arrivé", "arrivant", "atteint", "llegan", "llegaron",
     "llegado", "llegando", "arrivano", "arrivati", "arrivate", "chegam", "chegaram"}
)  # fmt: skip
# An arrival after "from" and a place: the place is where the journey began ("a plane from
# Damascus lands at the airport", "buses from Azaz arrive in Aleppo").
_LANDS = _ARRIVE | frozenset({"land", "lands", "landed", "landing"})
# "in" and "at" after an arrival ("arrived in Azaz", "arrivés à Azaz", "llegan a Azaz").
_ARRIVE_IN = frozenset({"in", "at", "à", "a", "en", "dans", "ad"})
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern", "outskirts", "edge", "edges", "countryside", "suburbs",
     "outside", "near", "nearby", "kilometres", "kilometers", "km", "miles"}
)  # fmt: skip
# Every rule of ``Geoparser._roles`` needs one of these among the words before a place
# (but "of" + a direction: "south of Aleppo").
# Words of other languages that make the place after them a reference point: a side ("au
# nord d'Alep", "a nord di Aleppo", "al norte de Alepo", "nördlich von Aleppo") or nearness
# ("près d'Alep", "dans la banlieue d'Alep", "vicino ad Aleppo").
_FOREIGN_SIDES = frozenset(
    {"nord", "sud", "est", "ouest", "ovest", "norte", "sur", "este", "oeste", "nördlich",
     "südlich", "östlich", "westlich", "norden", "süden", "osten", "westen", "près",
     "environs", "périphérie", "banlieue", "vicino", "vicinanze", "periferia", "cerca",
     "afueras", "nahe", "rand", "umgebung", "nordöstlich", "nordwestlich", "südöstlich",
     "südwestlich", "noreste", "noroeste", "sureste", "suroeste",
     # Dutch, Polish, Bosnian/Croatian/Serbian, Czech, Swedish, Albanian, Indonesian ("ten
     # noorden van Aleppo", "na północ od Aleppo", "sjeverno od", "severně od", "norr om", "në
     # veri të", "di utara Aleppo")
     "noorden", "zuiden", "oosten", "północ", "południe", "wschód", "zachód", "sjeverno",
     "severno", "južno", "istočno", "zapadno", "severně", "jižně", "východně", "západně",
     "norr", "söder", "öster", "väster", "veri", "jug", "lindje", "perëndim", "utara",
     "selatan", "dekat",
     # Arabic, Persian and Urdu, as written before the city's name ("شمال شرقي حلب")
     "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمالی", "جنوبی", "شرقی",
     "غربی", "بشمال", "بجنوب", "بشرق", "بغرب"}
)  # fmt: skip
# "a nord di Aleppo", "al norte de Alepo", "ten noorden van", "na północ od", "norr om", "në veri
# të"
_SIDE_OF = _OF_WORDS | {"ad", "a", "van", "od", "om", "të"}
# "to" in English and Arabic ("وعاد إلى حلب": and he returned to Aleppo).
_TO = frozenset({"to", "إلى", "الى"})
_CUES = _FROM | _TO | _TOWARDS | _NEAR | _ARRIVE | _FLEE | _LEAVE | _FOREIGN_SIDES
# Words skipped between a cue and the place ("arrive in the government-held Jibreen").
_FILLERS = frozenset(
    {"the", "a", "an", "restive", "besieged", "government", "regime", "rebel", "opposition",
     "held", "controlled", "newly", "captured", "recaptured", "retaken", "former", "nearby",
     "devastated", "embattled", "war", "torn", "ravaged", "battered", "safer", "safe"}
)  # fmt: skip
# Words that never decide a role: the article and the fillers.
_SKIP = ARTICLES | _FILLERS
# After a city that opens a caption, the rest of an agency's dateline: a short day (", 15 dic",
# ", Dec 15"), the agency in brackets, then a dash ("Damasco, 15 dic (EFE).-", "DAMASCUS, Dec 15
# (Reuters) -", "Damascus (AP) —").
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*[\w. ]{1,16}?)?\s*\([A-Za-z][\w .&/-]{0,24}\)\s*\.?\s*[-–—]"
)
_SENTENCE_END = re.compile(r"[.!?;]")
_CLAUSE_END = re.compile(r"[.!?;:,()\[\]]")
_APOS_CHARS = frozenset("'’ʼ‘`´")
# The Turkish case endings of a place, written after an apostrophe: in, from, to, at.
_TURKISH_PLACE_CASE = re.compile(
    r"(?:n?d[ae]ki|n?t[ae]ki|n?d[ae]n?|n?t[ae]n?|y?[ae]|n[ae])(?![^\W\d_])", re.IGNORECASE
)
# A Turkish h at a word's start, which may write the Arabic kh ("Han": Khan).
_TURKISH_H_AS_KH = re.compile(r"(?:^|(?<= ))h(?!k)")
# One of them after a word and an apostrophe, anywhere in a text: a Turkish caption ("Han
# Tuman'da"). A test of a caption: its match starts at the apostrophe, so that the regex engine
# skips to the apostrophes (a pattern that starts with the word's letter is tried at almost
# every character).
_TURKISH_CASE_WRITTEN = re.compile(
    r"['’](?<=\w['’])(?:" + _TURKISH_PLACE_CASE.pattern + ")", re.IGNORECASE
)
# Turkish endings of "from" (group 1) and "to" (group 2) after a place's name and apostrophe,
# and the stems of the verbs of fleeing and arriving after them ("Halep'ten kaçan", "Azez'e
# ulaştı"); returning and going take either case, as "returned from" and "returned to" do
# ("Cerablus'tan döndü": the origin, "Kobani'ye döndü": the destination), and "toward" the
# dative ("Münbiç'e doğru ilerledi", advanced towards Manbij).
_TURKISH_ROLE_CASE = re.compile(r"(?:(n?[dt][ae]n)|(y?[ae]|n[ae]))(?![^\W\d_])", re.IGNORECASE)
# The same cases on a Turkish place word after its possessive ("mahallesinden", "köyünden":
# from; "mahallesine", "köyüne", "kasabasına": to), not its locative ("mahallesinde").
_TURKISH_WORD_ROLE_CASE = re.compile(r"(?:([dt][ae]n)|(n[ae]))$")
_TURKISH_ROLE_ENDING = re.compile(r"['’](?:n?[dt][ae]n|y?[ae]|n[ae])(?![^\W\d_])")
_TURKISH_FLEE = ("kaç", "terk", "göç", "ayrıl", "tahliye", "çık", "gel", "dön", "git", "gid")
_TURKISH_ARRIVE = (
    "ulaş", "gel", "var", "sığın", "yerleş", "getiril", "götürül", "nakled", "dön", "git", "gid",
    "doğru", "yönel",
)  # fmt: skip
# The words after a dative that make it a place's, not a person's ("Mare'ye saldırı", the
# attack on Marea; "Azez'e kadar", as far as Azaz; "Mare'ye bağlı", attached to Marea): the
# verbs of arriving and going, and striking, entering, reaching, nearness.
_TURKISH_TOWARDS = (
    *_TURKISH_ARRIVE,
    "saldır", "gir", "bombala", "yönelik", "sevk", "konuşlan", "uzan", "kadar", "yakın",
    "bağlı", "ilerle", "taşın", "operasyon", "hava", "roket", "top", "kuşat", "km",
    "kilometre", "uzak", "mesafe",
)  # fmt: skip
# The phonetic fallback: the shortest skeleton indexed, and the shortest matched anywhere
# (a shorter one only next to "district", "village" ...).
_PHONETIC_MIN = 3
_PHONETIC_FREE = 4
_PHONETIC_RUN = 3
# The shortest skeleton of a town's name read with two consonants swapped ("Manjib").
_SWAP_MIN = 4
# A phonetic match away from "district" ... scores this much, or follows one of these words.
_PHONETIC_FREE_SCORE = 85
# A short skeleton (three consonants) names a place only with a written name this close to its.
_PHONETIC_SHORT_SCORE = 70
_VOWEL_LETTERS = frozenset("aeiou")
_QUARTER_OR_VILLAGE = frozenset({"neighbourhood", "village"})
_HISSING = frozenset("szxßçş")  # (last letters a German genitive s is not written after)
# The vowels of a written name, a group of them one syllable ("Ba-ya-noun" has three, "Şear" one).
_VOWEL_GROUPS = re.compile(r"[aeiouıöüéèêâîôûäë]+")
# Turkish's bearings in the locative, which a place's name follows as it follows "in" ("kuzeyinde
# Azez, doğusunda Mare'": to its north Azaz, to its east Marea)
_TURKISH_BEARINGS = frozenset(
    f"{side}{end}"
    for side, ends in (
        ("kuzey", ("inde", "indeki")), ("güney", ("inde", "indeki")),
        ("doğu", ("sunda", "sundaki")), ("batı", ("sında", "sındaki")),
        ("kuzeydoğu", ("sunda", "sundaki")), ("kuzeybatı", ("sında", "sındaki")),
        ("güneydoğu", ("sunda", "sundaki")), ("güneybatı", ("sında", "sındaki")),
    )
    for end in ends
)  # fmt: skip
_LOCATIVE = frozenset(
    {"in", "of", "at", "from", "to", "near", "over", "into", "outside", "around", "across",
     "towards", "toward", "on", "inside", "through", "via", "between", "and", "or", "de", "du",
     "des", "à", "dans", "im", "quartier", "viertel", "stadtteil", "mahallesi",
     "ve", "und", "y"}
) | _TURKISH_BEARINGS  # fmt: skip  # words in a name run together or split (and "and" of
# other languages), and Turkish's bearings
# The place words that the reader of other alphabets writes in English (``_scripts.english``):
# one of them next to a one-word name read from those alphabets makes it a place.
_SCRIPT_PLACE_WORDS = (
    frozenset({"quartier", "district", "area", "village", "town", AIRBASE}) | ASIAN_PLACE_ENGLISH
)
# What says that a name written in katakana or Chinese characters is a place's, where no place
# word stands by it: a Japanese particle of place right after it ("マーレアで": in Marea,
# "マンビジに", "ジャラブルスから": from Jarabulus, "マンビジ近郊": near Manbij), or a Chinese
# word of place right before it ("在曼比季": in Manbij, "进入巴卜": into al-Bab, "叙利亚北部巴卜":
# al-Bab in northern Syria, "城市曼比季": the city of Manbij).
_KANA_LOCATIVE = ("で", "に", "へ", "から", "まで", "近郊", "周辺", "郊外",
                  # the town, city or village of it ("アインアラブの街", "マンビジの町")
                  "の街", "の町", "の村", "の市街")  # fmt: skip
_HANZI_LOCATIVE = ("在", "于", "於", "从", "從", "到", "进入", "進入", "攻入", "向",
                   "前往", "抵达", "抵達", "逃离", "逃離", "撤离", "撤離", "叙利亚",
                   "敘利亞", "北部", "东部", "東部", "南部", "西部", "附近的",
                   # a word of a city or town before its name ("北部城市曼比季": the northern
                   # city of Manbij, "边境城镇阿扎兹": the border town of Azaz, "重镇": a
                   # strategic town)
                   "城市", "城镇", "城鎮", "小镇", "小鎮", "重镇", "重鎮")  # fmt: skip
# Days and months: a time said just before a place ("captured on Friday Azaz city", "said on
# Saturday Manbij ..."), no given name before a surname nor a part of the name.
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"}
)  # fmt: skip
# Capitalised words that stand before a place name without being part of it: a longer name
# made of them and a known name is the known name ("the Kurdish Sheikh Maqsoud district").
_NOT_NAME_WORDS = frozenset(
    {"the", "a", "an", "in", "at", "on", "of", "from", "to", "into", "near", "and", "or", "by",
     "this", "that", "its", "their", "his", "her", "our", "with", "for", "as", "while", "after",
     "syrian", "syria", "kurdish", "kurd", "kurds", "christian", "armenian", "turkish",
     "russian", "iranian", "alawite", "sunni", "shiite", "shia", "druze", "arab", "muslim",
     "palestinian", "iraqi", "lebanese", "turkmen",
     "east", "west", "north", "south", "eastern", "western", "northern", "southern",
     "northeastern", "northwestern", "southeastern", "southwestern", "central", "rebel",
     "rebels", "government", "regime", "opposition", "islamic", "state", "is", "isis", "isil",
     "ypg", "sdf", "fsa", "army", "free", "besieged", "embattled", "devastated", "nearby",
     "historic", "ancient", "residential", "industrial", "popular", "poor", "working",
     "mostly", "predominantly", "majority", "controlled", "held", "war", "torn"}
) | _TIME_WORDS  # fmt: skip
# The army and the sides in languages that capitalise them or start a sentence with them ("die
# syrische Armee" sounds like al-Arima): a side is never a place read by its sound.
_SIDE_NOUNS_ABROAD = frozenset(
    {"armee", "armée", "armees", "armeen", "ejército", "ejercito", "esercito", "exército",
     "exercito", "leger", "ordu", "ordusu", "ordunun", "truppen", "soldaten", "kämpfer",
     "rebellen", "regierung", "regierungstruppen", "miliz", "milizen", "streitkräfte",
     "rebelles", "ribelli", "rebeldes", "rebeldi", "rebelde", "forces", "fuerzas", "forze",
     "forças", "troupes", "tropas", "truppe", "militanten", "dschihadisten", "jihadistes"}
)  # fmt: skip
# German articles, possessives and determiners, as written inside a sentence: German
# capitalises every noun, so the capitalised word right after one ("ihre Arme", "die Sirene",
# "seine Kamele") is a noun, that a place's name only matches by its sound with a place word
# beside it ("das Dorf …", "… Viertel"). ("des", French too, and the capitalised "Der" of
# Arabic names, Deir, are not among them.)
_GERMAN_DETERMINERS = frozenset(
    {"der", "die", "das", "dem", "den", "ein", "eine", "einem", "einen", "einer", "eines",
     "ihr", "ihre", "ihrem", "ihren", "ihrer", "sein", "seine", "seinem", "seinen", "seiner",
     "unser", "unsere", "unseren", "euer", "eure", "mein", "meine", "dein", "deine", "kein",
     "keine", "keinen", "diese", "dieser", "diesem", "diesen", "dieses", "jede", "jeder",
     "jedem", "jeden", "alle", "beide", "beiden", "viele", "vielen", "zwei", "drei", "vier",
     # a preposition fused with the article ("im Zimmer": in the room; "zum Bahnhof")
     "im", "am", "zum", "zur", "vom", "beim", "ins"}
)  # fmt: skip


# The endings of German nouns that no given name has ("Verteidigungseinheiten", "Befreiung",
# "Bevölkerung", "Gemeinschaft"), on a word of at least so many letters.
_GERMAN_NOUN_ENDINGS = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften")
_GERMAN_NOUN_MIN = 7
# The endings of a German noun or adjective after the genitive "des" ("des Krieges", "des
# Roten Halbmondes"); a French plural after "des" ("des Kurdes") is no name either.
_GERMAN_GENITIVE_ENDINGS = ("s", "en")


# The y after a vowel inside a word (doubled or not), that German writes j: "Umajjaden",
# "Sajjida", "Majadin".
_INNER_Y = re.compile(r"(?<=[aeiouAEIOU])(?:yy|y)")


# A name that ends in its part's number, Roman or not ("al-Hamdaniyeh V", "Block 3").
_NUMBERED_NAME = re.compile(r"\s(?:[IVX]+|\d+)$")


def _german_y(name: str) -> str:
    """``name`` with the y after a vowel inside a word written as German writes it, j."""
    return _INNER_Y.sub(lambda m: "j" * len(m[0]), name)


# A run of Latin letters (hyphens and apostrophes inside it), in a text of Chinese or Japanese
# that may write a name glued to its own words ("Kobani城").
_LATIN_RUN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’-][A-Za-zÀ-ÖØ-öø-ɏ]+)*")


def _writes_no_case_endings(w: Words) -> bool:
    """Whether the caption of words ``w`` is in a language that writes no case ending on a
    town's name: it writes a word of :data:`NON_INFLECTING_WORDS` in lower case ("Evacuees
    from Kafraya": English, where Kafraya is a village of its own, not Kafra inflected)."""
    return not NON_INFLECTING_WORDS.isdisjoint(w.raw)


def _name_with_more(run_key: str, name_key: str) -> bool:
    """Whether a word's key ``run_key`` is a name's key ``name_key`` with two letters or more
    after it ("kafraya": "kafra" and "ya"), which only a case ending would make one name."""
    return len(run_key) > len(name_key) + 1 and run_key.startswith(name_key)


def _after_german_determiner(text: str, w: Words, k: int) -> bool:
    """Whether word ``k`` follows a German article or possessive written in lower case and a
    space ("in die Höhe", "ihre Arme"): a German noun, by its capital, not a name."""
    j = k - 1
    return (
        j >= 0
        and w.low[j] in _GERMAN_DETERMINERS
        and w.raw[j].islower()
        and text[w.end[j] : w.start[k]] == " "
    )


def _german_noun(text: str, w: Words, k: int) -> bool:
    """Whether word ``k`` is a German noun by the article before it, in lower case or
    capitalised as its sentence's first word ("Die Orte Nubl und ...": the places): no given
    name before a surname. After the genitive "des" (French too) it needs German's genitive
    ending, of a noun or of an adjective ("des Widerstands", "des Roten Halbmondes")."""
    if _after_german_determiner(text, w, k):
        return True
    j = k - 1
    if (
        j >= 0
        and w.raw[j] == "des"
        and w.low[k].endswith(_GERMAN_GENITIVE_ENDINGS)
        and text[w.end[j] : w.start[k]] == " "
    ):
        return True
    if j < 0 or w.low[j] not in _GERMAN_DETERMINERS or text[w.end[j] : w.start[k]] != " ":
        return False
    before = text[w.end[j - 1] if j else 0 : w.start[j]]
    return j == 0 or _SENTENCE_END.search(before) is not None


# Capitalised words that never start a name matched on its sound.
_NOT_START = (
    _NOT_NAME_WORDS
    | _PEOPLES
    # Turkish "square" after its name ("Taksim Meydanı"), not the quarter al-Midan (Meydan)
    | frozenset({"meydanı", "meydani", "meydanında", "meydanına", "meydanından", "meydanındaki"})
    | _SIDE_NOUNS_ABROAD
)
# Words that never make a common noun of a place on their own ("Aleppo city", "the east").
_GENERIC_NOT = frozenset(
    {"city", "town", "east", "west", "north", "south", "southeast", "northeast", "northwest",
     "southwest", "part", "center", "centre", "countryside", "province", "governorate"}
)  # fmt: skip
# Words that may stand between "the" and a common noun ("the ancient citadel").
# Going to university as a habit ("the young went to the university", "jongeren gingen naar
# de universiteit", "les jeunes allaient à l'université"): the noun after a verb of going and
# "to" names no university of the city. The verbs of going (a few forms each), and "to" with
# the articles that may follow it.
_GOING = frozenset(
    {"go", "goes", "went", "going", "gone", "ga", "gaat", "gaan", "ging", "gingen", "gegaan",
     "gehen", "geht", "gegangen", "aller", "allaient", "allait", "vont", "va", "vais",
     "allons", "allez", "ir", "iban", "iba", "vamos", "fueron", "iam", "ia", "vão", "vai",
     "foram", "andare", "andavano", "andava", "vanno", "andiamo"}
)  # fmt: skip
# (not Spanish "van": the Dutch "of" in "de studenten van de universiteit")
_GOING_TO = frozenset(
    {"to", "naar", "zur", "zum", "zu", "an", "auf", "à", "a", "al", "alla", "ao", "para",
     "the", "de", "het", "die", "la", "l", "le"}
)  # fmt: skip
_UNIVERSITY = "university-of-aleppo"
# "of" and "in" between the noun and the city's name: "went to the university in Aleppo",
# "naar de universiteit van Aleppo", "à l'université d'Alep" name it again.
_UNIVERSITY_OF = frozenset(
    {"of", "in", "van", "von", "de", "d", "di", "del", "da", "do", "em", "en", "a", "ad"}
)  # fmt: skip


def _going_to(w: Words, k: int) -> bool:
    """Whether word ``k`` (a common noun) follows a verb of going and "to", perhaps past an
    article and one adverb ("gingen vrolijk naar de universiteit"): a habit, not a place."""
    lows, j, skipped = w.low, k - 1, 0
    while j >= 0 and skipped < 3 and lows[j] in _GOING_TO and lows[j] not in _GOING:
        j, skipped = j - 1, skipped + 1
    if j < 0 or (skipped == 0 and lows[j] not in _GOING):
        return False
    # (the verb perhaps before an adverb or the subject: "gingen jongeren gewoon naar de")
    return any(lows[i] in _GOING for i in range(max(j - 2, 0), j + 1))


_GENERIC_FILLERS = frozenset(
    {"ancient", "historic", "old", "medieval", "famed", "famous", "landmark", "iconic", "main",
     "damaged", "destroyed", "ruined", "city", "covered", "vaulted", "ottoman", "hilltop",
     "fortified", "towering", "huge", "imposing", "massive", "partly", "heavily", "badly",
     "grand", "mighty", "magnificent", "impressive",
     # what captions say of a landmark's age, fame and state ("the 13th-century citadel",
     # "the centuries-old souks", "the war-ravaged old city", "the UNESCO-listed old city")
     "century", "centuries", "medieval-era", "crusader", "mamluk", "ayyubid", "umayyad-era",
     "world", "renowned", "celebrated", "storied", "legendary", "venerable", "majestic",
     "devastated", "ravaged", "battered", "shattered", "bombed", "shelled", "scarred",
     "war", "torn", "hit", "wrecked", "gutted", "charred", "burned", "burnt", "reopened",
     "newly", "recently", "partially", "largely",
     "unesco", "listed", "heritage", "once", "bustling", "sprawling", "now", "empty",
     "deserted", "abandoned", "besieged", "international", "civilian", "largest", "oldest",
     "biggest", "12th", "13th", "14th", "11th", "16th", "8th"}
)  # fmt: skip
_ARABIC_WORD = re.compile(r"^[\u0600-\u06ff]")
_ARABIC_DEFINITE = re.compile(r"^(?:[وفبك]?ال|لل)")  # the article, perhaps after "and", "in"
_PERSIAN_PLURAL = frozenset({"هاي", "ها"})  # written apart: "بخش های شرقی" (the eastern parts)
# "The city" between the quarters' noun and their side: "أحياء المدينة الشرقية"
_ARABIC_THE_CITY = frozenset({"المدينة", "المدينه"})
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
# The Arabic article in Hebrew letters, after the one-letter words joined to it ("באל-באב": in
# al-Bab, "ולאל-באב"): the name's own, the words before it not.
_HEBREW_ARTICLE_JOINED = re.compile(r"[ובלמהכש]{1,3}אל")
# The Hebrew letters a geresh makes another sound of (ג' j, ז' zh, צ' ch, ח' kh, ע' gh, ת' th,
# ד' dh, ר' gh), and the signs written for it: the last letter of a name with its geresh.
_HEBREW_GERESH_LETTER = re.compile(r"[גזצחעתדר]")
_GERESH = frozenset("'׳’")
# Hebrew names that are common nouns too, and the words before or after them that make them the
# noun: חלב (Aleppo) is milk in "מוצרי חלב" (dairy products), "אבקת חלב" (milk powder), "שותים
# חלב" (drink milk), "לחם וחלב" (bread and milk), "חלב אם" (mother's milk).
_HEBREW_NOUNS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "חלב": (
        frozenset(
            {"מוצרי", "מוצר", "אבקת", "בקבוק", "בקבוקי", "כוס", "כוסות", "טיפת", "שקית", "שקיות",
             "קרטון", "קרטוני", "תחליף", "תחליפי", "תרכובת", "ליטר", "ליטרים", "שותים", "שותה",
             "שתו", "שתה", "לשתות", "לחם", "ביצים", "גבינה", "סוכר", "קמח", "אורז", "דבש", "מעט",
             "חולב", "חולבים", "לחלוב", "חלוקת", "מחירי", "ייצור", "צריכת", "משקה"}
        ),
        frozenset({"אם", "עיזים", "עזים", "פרה", "פרות", "בקר", "טרי", "מפוסטר", "לתינוקות",
                   "לתינוק", "תינוקות", "ניגר", "רותח", "חם", "קר", "ודבש", "ולחם"}),
    ),
}  # fmt: skip
# The first words of Arabic names that their Latin spellings keep (a khan, a bath, a house, a
# souq, a gate, a palace, a garden, a vineyard, a hill, a bridge, a school, a castle ...).
_ARABIC_HEADS = frozenset(
    ["خان", "حمام", "بيت", "سوق", "باب", "قصر", "بستان", "كرم", "تل", "جسر", "مدرسه", "قلعه",
     "دير", "عين", "كفر", "مقام", "مشهد", "جبل", "تله", "ضاحيه", "مساكن", "سد", "ازار"]
)  # fmt: skip
# First words of other languages read as the Latin names' own: Persian and Urdu "بازار" (folded
# "ازار", its b taken as "in") for the souq ("بازار الزرب" is Suq al-Zarab).
_ARABIC_HEAD_AS = {"ازار": "Suq"}
# The English words that the Latin names of squares, roundabouts, mosques ... put after the
# name, for the Arabic words before it (folded: "ساحه" is ساحة).
_ARABIC_KIND_AFTER = {
    "ساحه": ("Square",), "دوار": ("Roundabout",), "جامع": ("Mosque",), "مسجد": ("Mosque",),
    "شارع": ("Street",), "ملعب": ("Stadium",), "مشفي": ("Hospital",), "مستشفي": ("Hospital",),
    "كنيسه": ("Church",), "مدرسه": ("School", "Madrasa"), "حديقه": ("Park",),
    "مقبره": ("Cemetery",), "فندق": ("Hotel",), "ثكنه": ("Barracks",), "مطار": ("Airport",),
}  # fmt: skip
# Arabic and Persian words after a name that are no part of it: prepositions, sides, "which".
_ARABIC_NOT_NAME = frozenset(
    ["في", "من", "على", "الى", "عن", "مع", "بين", "قرب", "شمال", "جنوب", "شرق", "غرب", "شمالي",
     "جنوبي", "شرقي", "غربي", "ذي", "تي", "در", "به", "از", "با", "تا", "كه", "وسط", "بعد",
     "قبل", "خلال", "منذ", "حيث", "عند", "امام", "داخل", "خارج", "ضمن", "اثناء", "اثر", "جراء",
     "بسبب", "حتي", "او", "ثم", "پس", "پيش", "بر", "هم", "را"]
)  # fmt: skip
# Places outside the governorate that a caption may be set in (cities and regions of Syria and
# its neighbours, in the spellings of the agencies' languages): a caption set there names no
# place of Aleppo by a weak match alone ("the Old City of Mosul", "Haydarat area, north of Raqqa",
# "Nadhira Aziz"), only by a strong one (the city, a town, a proper multi-word name).
_ELSEWHERE = frozenset(
    alias_key(name)
    for name in (
        "Damascus", "Damas", "Damasco", "Damaskus", "Dimashq", "Homs", "Hims", "Humus", "Hama",
        "Idlib", "Idleb", "Raqqa", "Raqa", "Rakka", "Deir ez-Zor", "Ezzor", "Zour", "Daraa",
        "Deraa", "Douma", "Ghouta", "Jobar", "Palmyra", "Tadmur", "Latakia", "Lattakia",
        "Tartus", "Qusayr", "Qusair", "Qamishli", "Hasakah", "Hassakeh", "Mosul", "Mossoul",
        "Musul", "Gaza", "Gazze", "Beirut", "Beyrouth", "Kilis", "Gaziantep", "Reyhanli",
        "Badush", "Baghdad", "Sweida", "Suwayda", "Suweida", "Quneitra", "Amman", "Zaatari",
        # towns of Idlib, whose villages share names with Aleppo's ("Neyrab, near Saraqib"), the
        # border, the northeast, Iraq, Lebanon, Jordan, in English and Turkish (one word each:
        # "Abyad" for Tal Abyad)
        "Saraqib", "Serakib", "Sarakib", "Sheikhoun", "Shaykhun", "Shughur", "Ariha", "Binnish",
        "Abyad", "Akcakale", "Akçakale", "Suruc", "Suruç", "Karkamis", "Karkamış", "Hatay",
        "Antakya", "Urfa", "Sanliurfa", "Şanlıurfa", "Resulayn", "Ceylanpınar", "Kamışlı",
        "Haseke", "Deyrizor", "Tabqa", "Lazkiye", "Beyrut", "Arsal", "Sidon", "Mafraq", "Erbil",
        "Arbil", "Dohuk", "Duhok", "Kirkuk", "Tikrit", "Fallujah", "Ramadi", "Sinjar",
        "Qayyarah", "Yarmouk", "Qaboun", "Barzeh", "Harasta", "Zabadani", "Madaya", "Daraya",
        # Jerusalem, whose Arabic name al-Quds Aleppo's al-Quds hospital bears
        "Jerusalem", "Jérusalem", "Jerusalén", "Gerusalemme",
        # the West Bank, whose shrines of the prophets share names with the mosque of Zechariah
        # (Zakariya), the Umayyad Mosque's other name
        "Hebron", "Nablus", "Naplouse", "Sebastia", "Sebastiya", "Cisjordanie", "Cisjordania",
        # in Arabic script (Arabic, Persian, Urdu: "المسجد الأموي في دمشق")
        "دمشق", "حمص", "حماة", "إدلب", "ادلب", "الرقة", "رقه", "الموصل", "بغداد", "بيروت", "غزة",
        "درعا", "دوما", "تدمر", "اللاذقية", "طرطوس", "القامشلي", "الحسكة", "الغوطة", "جوبر",
        "داريا", "الزبداني", "مضايا", "السويداء", "القنيطرة", "سراقب", "عنتاب", "كلس", "كيليس",
        "الريحانية", "أربيل", "عمّان",
        # and the cities farther away that Arabic captions are set in, whose quarters share
        # names with Aleppo's ("حي السكري في القاهرة", "سوق المدينة في تونس")
        "تونس", "القاهرة", "الإسكندرية", "صنعاء", "طرابلس", "بنغازي", "الرياض", "جدة", "دبي",
        "إسطنبول", "اسطنبول", "أنقرة", "انقرة", "أضنة", "مرسين", "أنطاكيا", "الخليل", "رفح",
        "نابلس", "كركوك", "الفلوجة", "الرمادي", "تكريت", "دهوك", "السليمانية", "البصرة",
        "استانبول", "تهران",
    )
) - {""}  # fmt: skip
# Cities far from the governorate whose names no place of it shares, not even by their sound
# (Tehran is not the village Tarhin): read as themselves, never as a phonetic match. Iran's
# cities, Mashhad's neighbours in captions set there ("mourners in Tehran and Mashhad").
_FAR_AWAY = frozenset(
    alias_key(name)
    for name in ("Tehran", "Téhéran", "Teherán", "Teheran", "Qom", "Isfahan", "Ispahan", "Shiraz",
                 "Tabriz")
)  # fmt: skip
_ELSEWHERE = _ELSEWHERE | _FAR_AWAY
# A mosque's own name before "Mosque", and the words of "of" between the word for a mosque and
# the name in the languages that write it first ("la mesquita de Umayyad", "la moschea di X").
_MOSQUE_NAME = re.compile(r"(.+?) Mosque")
_MOSQUE_OF = ("de", "di", "da", "do", "del", "des", "dei", "degli", "della", "van", "von")
# A landmark's own name before the English word for its kind, which the Romance languages,
# Romanian, Polish and Indonesian write before the name, perhaps with "of" ("la escuela
# al-Sheebani", "a escola de al-Sheebani", "il fiume Queiq", "Piața Farhat", "la place Farhat");
# their words for the kind fold to the English one (aleppomap._names).
_KIND_LAST = re.compile(
    r"(.+?) (School|Church|Cathedral|Hospital|Square|Street|River|Hotel|Park|Museum|Palace|"
    r"Stadium|University|Hill)",
    re.IGNORECASE,
)
_NAME_NOTE = re.compile(r" \(.*\)$")  # the data's note after a name: "Maronite Church (Aleppo)"
# The words of a church's rite or people that captions put between its name and the word for a
# church ("the Forty Martyrs Armenian church", "the St Elias Maronite cathedral").
_RITES = ("Armenian", "Maronite", "Catholic", "Orthodox", "Greek", "Syriac", "Latin", "Assyrian",
          "Chaldean", "Melkite", "Evangelical", "Protestant", "Armenian Catholic",
          "Armenian Orthodox", "Greek Catholic", "Greek Orthodox", "Syriac Catholic",
          "Syriac Orthodox")  # fmt: skip
_SETTLEMENT_KINDS = frozenset({"city", "town", "village"})
_SETTLEMENT_KINDS_CITY = frozenset({"city", "town"})  # (what "the city" may refer back to)
# The shortest village name that takes the Kurdish oblique -ê in captions ("Basufane"), and the
# last letters after which it is not written (vowels, and the h of -ah, -eh).
_OBLIQUE_MIN = 5
_NO_OBLIQUE_AFTER = frozenset("aeiouyh")
# A mosque named after a dynasty, in English (a dynasty's adjective ends in -ad or -id).
_DYNASTY_MOSQUE = re.compile(r"([A-Z][a-z]+(?:ad|id)) Mosque")  # Umayyad, Ayyubid ...
_OLD_CITY_AFTER, _HISTORIC_CENTRE = OLD_CITY_AFTER, HISTORIC_CENTRE  # (aleppomap._concepts)
_OLD_CITY_KEYS = frozenset(map(alias_key, OLD_CITY_AFTER))
# "of" or "in" after a common noun, before the name of the place it is in: "the airport in
# Istanbul", "Stare Miasto w Krakowie", "la cittadella di Damasco".
_OF_OR_IN = NOUN_OF | frozenset(
    {"in", "en", "w", "we", "im", "à", "a", "i", "v", "ve", "u", "në", "di"}
)  # (Czech, Bosnian, Albanian, Indonesian "in": "Stari grad u Sarajevu", "hrad v Praze")
# "(the) city" between "of" and the city's name: "centro histórico da cidade de Aleppo".
_CITY_WORDS = frozenset({"city", "cidade", "ville", "ciudad", "città", "stadt"})
# Words between a place and the side of the city that says where it is ("in the eastern part
# of Aleppo").
_APPOSITION = frozenset({"in", "the", "of", "part", "parts", "located", "which", "is", "lies"})
# Words between a place and the city that says where it is: "Jibreen, in Aleppo".
_LOCATING = frozenset({"in", "en", "à", "a", "di", "de", "im", "bei", "near"})
_DISTANCES = frozenset({"km", "kms", "kilometers", "kilometres", "miles", "meters", "metres"})
# Words in a list of names after a place word ("the neighbourhoods of X and Y", "districts,
# including X"), and the place words such a list follows.
_LIST_WORDS = (
    ARTICLES
    | _AND_WORDS
    | _OF_WORDS
    | frozenset({"of", "including", "namely", "like", "such", "as"})
)
_PLACE_LIST_WORDS = frozenset(
    {"districts", "neighbourhoods", "neighborhoods", "quarters", "areas", "villages", "towns",
     "quartiers", "quartieri", "barrios", "bairros", "stadtteile", "stadtteilen"}
)  # fmt: skip
# Capitalised nouns that stand before a place's name, not a given name before a surname: German
# nouns ("die Stadt Azaz", "im Dorf Anadan") and English ones in titles ("Camp", "City").
# The Azerbaijani locative and ablative endings, written with its schwa ("Azezdə": in Azaz,
# "Afrindən": from Afrin, "Hələbdəki": that in Aleppo): on a town's name they tell a place.
_SCHWA_CASES = ("də", "dən", "tə", "tən", "dəki", "təki")
# Kurdish (Kurmanji) nouns of a place in their construct form, before a name in its oblique case
# ("bajarê Efrînê": the city of Afrin; "Herêma Efrînê": the region of Afrin; "gundê", "taxa",
# "navçeya", "nahiya", "bajarokê": the village, quarter, district, sub-district, small town of):
# the name after one is a place's, capitalised or not.
_KURDISH_PLACE_NOUNS = frozenset(
    {"bajarê", "bajarokê", "gundê", "herêma", "taxa", "taxên", "navçeya", "nahiya", "kampa"}
)
# Kurdish (Kurmanji) prepositions and linking particles before a name in its oblique case -ê
# (round 23): "li Efrînê" (in Afrin), "ji Kobaniyê" (from Kobani), "bo Minbicê" (to Manbij);
# "gundekî yê Efrînê" (a village of Afrin, the linker yê; "ya", "ên" its feminine, plural),
# after the stems of the Kurdish place nouns in any form ("gundekî", "bajarekî", "taxa").
_KURDISH_BEFORE_OBLIQUE = frozenset({"li", "ji", "bo", "di"})
_KURDISH_LINKERS = frozenset({"yê", "ya", "ên"})
_KURDISH_PLACE_STEMS = ("gund", "bajar", "tax", "herêm", "navçe", "nahiy", "kamp")
_NOUNS_BEFORE_NAMES = frozenset(
    {"stadt", "dorf", "ort", "ortschaft", "bezirk", "kleinstadt", "grenzstadt", "grenzort",
     "provinz", "region", "gebiet", "lager", "flüchtlingslager", "kreis", "distrikt",
     "gemeinde", "festung", "grenzübergang", "flughafen", "militärflughafen", "city", "town",
     "village", "district", "province", "camp", "crossing", "airport", "airbase", "base",
     "afghan", "circassian", "assyrian", "syriac", "yazidi", "american", "british", "french",
     "german", "european", "chinese", "islamist", "jihadist", "loyalist", "downtown",
     # Indonesian and Malay: a town, its airport, its people, capitalised as a sentence's or a
     # headline's first word ("Warga Manbij": Manbij's residents; "Kota Afrin": Afrin town)
     "kota", "bandara", "desa", "kampung", "provinsi", "wilayah", "kawasan", "daerah",
     "kabupaten", "kecamatan", "warga", "penduduk", "pengungsi", "bandar", "pekan", "negeri",
     # Hebrew, which writes no capitals: a city, a town, a region, a village, a quarter, a
     # district, a camp, and "Syrian", before a name written with the article apart ("בעיר
     # אל-באב", in the town of al-Bab; "בעיר הסורית אל-באב"): no given name
     "עיר", "העיר", "עיירה", "העיירה", "אזור", "האזור", "כפר", "הכפר", "שכונת", "שכונה",
     "השכונה", "מחוז", "המחוז", "נפת", "מחנה", "המחנה", "סורית", "הסורית", "הסורי", "בעיר",
     "בעיירה", "באזור", "בכפר", "בשכונת", "במחוז", "במחנה", "לעיר", "מהעיר",
     # the articles of German, Dutch and French, capitalised as a sentence's first word ("Die
     # Umayyaden-Moschee", "De Omajjadenmoskee"): no given name
     "der", "die", "das", "den", "dem", "ein", "eine", "de", "het", "een", "le", "la", "les",
     "un", "une"}
)  # fmt: skip
# The ends of German compound nouns of a place, capitalised as German writes every noun, before
# a place's name: no given name before a surname ("die *Rebellenhochburg* Azaz", "die
# *IS-Hochburg* Manbidsch", "die *Kurdenstadt* Kobane", "im *Rebellengebiet* Azaz").
_GERMAN_PLACE_NOUN_ENDS = (
    "stadt", "hochburg", "gebiet", "viertel", "enklave", "bastion", "bezirk", "metropole",
    "festung", "dorf", "region", "provinz",
)  # fmt: skip
# Syria and Turkey in the languages that write a country's name, often in its genitive, before a
# town's: no given name before a surname ("Suriye'nin Azez", "Suriyanın Azez şəhəri").
_COUNTRY_BEFORE = re.compile(r"(?:suriye|suriya|syrie|syria|siria|síria|türkiye|turkiye)")
# Words that say who holds a place ("rebel-held", "regime-controlled", "besieged").
_HELD = frozenset({"held", "controlled", "besieged", "occupied", "encircled"})
# Words between a side and the city's name that say who holds it or how it fares ("eastern
# opposition-held Aleppo", "the eastern besieged Aleppo neighbourhoods"); the nouns of a part
# before "of" the city ("the eastern rebel-held parts of Aleppo", "the eastern areas of the
# embattled city of Aleppo"), and the words between that "of" and the name.
_HOLDER_WORDS = _HELD | frozenset(
    {"rebel", "rebels", "opposition", "militant", "militants", "insurgent", "insurgents",
     "jihadist", "jihadists", "terrorist", "terrorists", "government", "regime", "army",
     "loyalist", "kurdish", "ypg", "sdf", "isis", "isil", "embattled", "beleaguered",
     "devastated", "war", "torn", "ravaged", "battered", "shattered", "ruined", "formerly",
     "once", "former"}
)  # fmt: skip


# The rebels' own adjective, which alone says who holds a side after "the" ("the *rebel*
# eastern districts of the city"; not "the rebels east of Aleppo", a direction).
_BARE_HOLDERS = frozenset({"rebel", "opposition"})


def _before_holding(w: Words, k: int) -> int:
    """The word before who holds a side, when word ``k`` ends a holding's words ("the
    *rebel-held* east of the city", "the *government-controlled* west of Aleppo", "the *rebel*
    eastern districts of the city"); else ``k``. Only a participle of holding, or the rebels'
    own adjective right after "the", opens the skip: "the rebels east of Aleppo" stays a
    direction.
    """
    lows, starts, ends = w.low, w.start, w.end
    if k > 1 and lows[k] in _BARE_HOLDERS and lows[k - 1] == "the" and starts[k] - ends[k - 1] == 1:
        return k - 1
    if k <= 0 or lows[k] not in _HELD:
        return k
    # (the words joined by one space or a hyphen)
    while k > 0 and lows[k] in _HOLDER_WORDS and starts[k] - ends[k - 1] <= 1:
        k -= 1
    return k


_PART_NOUNS = frozenset(
    {"part", "parts", "area", "areas", "district", "districts", "neighbourhoods",
     "neighborhoods", "quarters", "section", "sections", "side", "half", "sector", "sectors"}
)  # fmt: skip
# The nouns of a part that open a side of "the city" in other languages ("a parte leste da
# cidade": the eastern part, not a bearing), and the words of a bearing before "the east of".
_PART_NOUNS_ABROAD = frozenset(
    {"parte", "partie", "part", "ostteil", "westteil", "zona", "secteur", "settore", "sector"}
)
_SIDE_QUARTERS = frozenset({"quartiers", "quartieri", "barrios", "bairros", "wijken"})
# The sides' words that name the city's side right after such a noun ("les quartiers Est",
# "i quartieri est", "os bairros leste"), the city named in the caption.
_SIDES_AFTER_QUARTERS: dict[str, tuple[str, ...]] = {
    "east": ("est", "leste", "este"),
    "west": ("ouest", "ovest", "oeste"),
}
_SIDE_WORDS_AFTER_QUARTERS = frozenset(w for ws in _SIDES_AFTER_QUARTERS.values() for w in ws)
_BEARING_WORDS = frozenset({"to"})
_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})
_CITY_OF = _HOLDER_WORDS | frozenset({"the", "city", "of"})
_SIDE_FILLERS = _CITY_OF | _PART_NOUNS
# Words before a place outside that make it a journey's end, not where the caption is set.
_JOURNEY = (
    frozenset({"to", "from", "for", "towards", "toward", "into"})
    | _ARRIVE
    # Arabic, Persian and Urdu ("نازحون من حي الصاخور إلى إدلب")
    | frozenset({"إلى", "الى", "من", "نحو", "باتجاه", "به", "از", "سوی", "سے", "کو", "تک"})
)
# The countries around: a place followed by one of them ("Karkamis, Turkey") is there.
_COUNTRIES = frozenset(
    alias_key(name)
    for name in ("Turkey", "Türkiye", "Turquie", "Türkei", "Turquía", "Lebanon", "Liban",
                 "Libanon", "Iraq", "Irak", "Jordan", "Jordanie", "Jordanien", "Israel",
                 # Iran, whose second city, Mashhad, shares its name with an Aleppo quarter
                 # ("Mashhad, Iran")
                 "Iran", "Irán",
                 # in Arabic and Persian script
                 "تركيا", "ترکیه", "لبنان", "العراق", "عراق", "الأردن", "اردن", "مصر", "إيران",
                 "ایران")
)  # fmt: skip
_ANCHORS = _ELSEWHERE | _COUNTRIES
# The capital named for its government, before a verb of GOVERNMENT_VERBS (its keys).
_METONYM_KEYS = frozenset(alias_key(name) for name in CAPITAL_METONYMS)
# Words (their keys) of a multi-word name that holds no proper name ("Old City"): a weak match.
_COMMON_NAME_WORDS = frozenset(
    fold_token(word)
    for word in ("old", "city", "new", "walled", "ancient", "great", "vieille", "ville",
                 "città", "vecchia", "ciudad", "vieja", "cidade", "velha", "eski", "şehir",
                 # in Arabic script: "سوق المدينة" (the city's market), "المدينة القديمة"
                 "المدينة", "القديمة", "سوق", "الكبير", "الجامع")
)  # fmt: skip
# "the" in captions of other languages ("la citadelle d’Alep", "die Zitadelle").
_THE = frozenset({"the", "la", "le", "il", "el", "die", "der", "das"})
# The kinds of place whose one-word names are read in their case forms, the shortest key so
# read (a shorter one, "Bab", is too often another word's stem), and the score of such a match.
_INFLECTED_KINDS = frozenset({"city", "town"})
_INFLECTED_MIN = 4
_INFLECTED_SCORE = 95.0
# Syria's name in the languages that inflect a town's (Syria, Syrien, Siria, Síria, Sýrie,
# Szíria, Syyria, Suriye, Suriya, Kurdish Sûriye and Rojava, its Kurdish north, Сирия, Συρία):
# a caption that names it is set there.
_SYRIA = re.compile(r"(?i)syri|syyri|suri|sûri|siri|síri|sýri|szír|сири|συρ|rojava")
# Words before a person's name ("photo by Karam al-Masri"), which sounds like a place.
_PERSON_CUES = frozenset(
    {"by", "photographer", "photojournalist", "journalist", "activist", "reporter", "named",
     "mr", "mrs", "ms", "dr", "doctor", "nurse", "commander", "correspondent", "colleague",
     "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "friend",
     # "named" in German, French, Dutch, Polish ("ein Mann namens Nubel", "un homme nommé")
     "namens", "nommé", "nommée", "genaamd", "imieniu"}
)  # fmt: skip
# A person's title or trade before a given name and its surname ("graphic artist Aziz Halabi",
# "the poet Maria Saadeh"): a town's one-word name that is also a given name ("Aziz" folds as
# the Turkish "Azez" does) is the person's there (not "by": "shelled by Manbij fighters").
_GIVEN_NAME_CUES = (_PERSON_CUES - {"by"}) | frozenset(
    {"artist", "painter", "poet", "writer", "novelist", "teacher", "engineer", "volunteer",
     "designer", "singer", "musician", "cameraman", "student", "pharmacist", "surgeon"}
)  # fmt: skip
# A background clause names a place the photo was not taken in ("… a week after rebels took
# Idlib", "… since the fall of Hanano in 2016"): a conjunction of time, then a taking or a fall.
_BACKGROUND = frozenset({"after", "since", "following", "before", "until"})
_BACKGROUND_EVENTS = frozenset(
    {"took", "taken", "take", "takes", "taking", "captured", "capture", "captures", "capturing",
     "seized", "seize", "seizure", "seizing", "retook", "retaken", "retake", "retaking",
     "recaptured", "recapture", "recapturing", "overran", "overrun", "overrunning", "fell",
     "fall", "falls", "liberated", "liberation", "stormed", "storming", "lost", "loss",
     "entered", "occupied", "occupation", "regained", "conquered", "conquest", "takeover"}
)  # fmt: skip
# "fell on", "falling onto": something fell on the place, which did not fall.
_FALLS = frozenset({"fell", "fall", "falls", "falling"})
_ONTO = frozenset({"on", "onto", "upon", "in", "into", "near", "around", "across", "over"})
# Every word that the first test of Geoparser._roles looks for (and "in", "at" ... after a
# flight).
_ROLE_WORDS = _CUES | _DIRECTIONS | _BACKGROUND
_ROLE_WORDS_FLEE = _ROLE_WORDS | _SUCCESSION
# The roles of a journey's ends: a place named so is named for itself, even beside finer places
# inside it, unless it stands within this many words of one (then it only says where that is).
_JOURNEY_ROLES = frozenset({"origin", "destination"})
_PARENT_GAP = 3
# The words between a place and the city or quarter that only says where it is ("Hanano, in
# the city of Aleppo", "Aleppo's Hanano district").
_PARENT_WORDS = (
    _APPOSITION | _LOCATING | _CITY_OF | _CITY_WORDS | _QUARTER_WORDS | ARTICLES | _SAXON
)
# Conjunctions of time: a journey's end after them dates the caption's story ("the family left
# the district when the war came to Aleppo").
_WHEN = _BACKGROUND | frozenset({"when", "while", "lorsque", "quand", "cuando", "wenn", "quando"})
# Words between two names that make one say where the other is, not an item of a list with it.
_LIST_APART = frozenset(
    {"in", "of", "near", "at", "inside", "within", "'s", "’s", "de", "di", "du", "del", "im",
     "à", "en", "dans", "nel", "nella", "located", "behind"}
)  # fmt: skip
# What :meth:`Geoparser._locates` tells of a place after another: it says where the other is
# (kept, named in passing), or it is the province's side, not the city (not named).
_LOCATES: Final = "locates"
_PROVINCE: Final = "province"
_ORIGIN_WINDOW = 6
_DEST_WINDOW = 3
_RELATIVE_WINDOW = 8


class PlaceMention(NamedTuple):
    """A gazetteer place named in a text (an immutable record; a tuple, cheap to make).

    Attributes
    ----------
    place_id
        The gazetteer id.
    matched
        The text as written (``text[start:end]``).
    start, end
        Character offsets in the text.
    role
        ``location``, ``origin`` (fled/left from), ``destination`` (arrived in/towards) or
        ``mentioned`` (named in a background clause: "… a week after rebels took Idlib", not
        where the photo was taken).
    score
        0-100: 100 for an exact (normalised) match, the similarity for a fuzzy one.
    method
        ``exact``, ``phonetic`` (the same consonant skeleton: "Şeyh Maksud"), ``inflected``
        (a case form of a town's name: "Aleppóban", "z Aleppa"), ``fuzzy`` or ``geocoded``.
    cue
        Why the role: ``from``, ``flee``, ``towards``, ``arrive``, ``succession`` (an origin
        or a destination), ``background`` (named in a background clause), ``container`` (named
        as the place that holds another named place: "Aleppo's Hanano district", "the souq in
        the Old City") or ``reference`` (named to say where another place is: "Marea, north of
        Aleppo"), ``held`` (a part of the city named in passing with the side that holds it:
        "rebel-held east Aleppo"); ``""`` for a place with no cue word (``location``).
    """

    place_id: str
    matched: str
    start: int
    end: int
    role: str = "location"
    score: float = 100.0
    method: str = "exact"
    cue: str = ""


@dataclass(frozen=True, slots=True)
class UnknownPlace:
    """A capitalised name before a place word (``word``) that the gazetteer lacks; ``word``
    is empty for a name in a list of places with no place word."""

    name: str
    start: int
    end: int
    word: str

    def __str__(self) -> str:
        """The name with its place word after it, unless the name ends with that word as
        written ("Canadian Hospital", not "Canadian Hospital hospital")."""
        if not self.word or self.name.rsplit(None, 1)[-1].casefold() == self.word.casefold():
            return self.name
        return f"{self.name} {self.word}"


# -- words of the unknown-place scan (Geoparser.unknown_places) -------------------------------
# Words of roads and works after their names, besides _SITE_WORDS ("the M5 highway", "the Zeino
# intersection", "al-Zarzour base", "the Lafarge cement plant", "Shuqeif Industrial Zone").
_WORKS_WORDS: Final = frozenset(
    {"road", "highway", "motorway", "street", "avenue", "bridge", "intersection", "junction",
     "crossroads", "factory", "plant", "station", "base", "dam", "stadium", "prison",
     "academy", "zone", "complex", "mill", "silos", "market"}
)  # fmt: skip
_UNKNOWN_SITE_WORDS: Final = _SITE_WORDS | _WORKS_WORDS
# Lower-case words of a site's kind between its name and its word ("the Ein Jalout elementary
# school", "Al Muhllab military barracks", "the Tal Hasel water pumping station"), at most three.
_SITE_KINDS: Final = frozenset(
    {"military", "elementary", "primary", "secondary", "high", "preparatory", "cancer", "eye",
     "surgical", "maternity", "paediatric", "pediatric", "cement", "water", "pumping", "power",
     "thermal", "gas", "oil", "sugar", "textile", "industrial", "housing", "residential",
     "international", "strategic", "ring", "youth"}
)  # fmt: skip
_MOST_SITE_KINDS = 3
# Capitalised words of a site's name that hold no proper name ("the Military Academy", "the
# National Hospital"): a name of them alone is none.
_GENERIC_SITE_NAMES: Final = (
    _COMMON_SITE_WORDS
    | _SITE_KINDS
    | frozenset(
        {"national", "university", "police", "security", "intelligence", "air", "force",
         "children", "public", "state", "civil", "general", "specialist", "women", "field",
         "industrial", "railway", "central", "martyrs", "martyr", "free", "tv", "television",
         "radio", "petrol", "fuel", "bus", "train", "fire", "electricity", "telephone"}
    )
)  # fmt: skip
# Plural words of sites after a list of their names ("the Al-Iman and Al-Risala camps", "the
# Jabal al-Sheikh and al-Qunaiterah schools", "Al-Dawar and al-Mostawsaf streets").
_SITE_PLURALS: Final = frozenset(
    {"camps", "schools", "streets", "roads", "hospitals", "hills", "mosques", "farms"}
)
# Words after a plural place word that open a list of names ("the villages include X, Y and Z",
# "areas including X and Y").
_LIST_OPENERS: Final = frozenset({"include", "includes", "included", "including", "namely"})
# First words of a compound name that make it a place's on its own, without a place word ("the
# hilltop of Tal Ahed", "from Kafr Haddad"): settlements, hills, springs, gates (no kunya such as
# Umm or Abu, nor Sheikh or Khan, which start persons' names too).
_NAME_HEADS: Final = frozenset(
    {"kafr", "kfar", "tal", "tall", "tel", "tell", "deir", "dayr", "ain", "ayn", "ein",
     "jabal", "jebel", "khirbet", "khirbat", "qalaat", "mazraat", "marj", "bab", "jisr"}
)  # fmt: skip
# Head words that are words of English or German too, no head at a sentence's start.
_HEADS_ALSO_WORDS: Final = frozenset({"tell", "ein"})
_CLAUSE_OPENERS: Final = frozenset('.:;!?"“«(')
# Words after a number that make it a name ("the 1070-apartment area", "the 3000 project").
_NUMBERED_WORDS: Final = frozenset({"apartment", "apartments", "project", "projects", "flats"})
# Words of a number between "and other" and a plural place word ("and other three villages").
_FEW_WORDS: Final = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "small",
     "nearby", "surrounding", "neighbouring", "neighboring"}
)  # fmt: skip
# Words after "the village X" that make X a title, not a name ("the village Council").
_TITLE_NOUNS: Final = frozenset(
    {"council", "hall", "mukhtar", "elder", "elders", "chief", "head", "leader", "mayor",
     "committee", "centre", "center", "square", "school", "mosque", "hospital"}
)  # fmt: skip
# Every word that a wording of the scan starts at.
_SCAN_WORDS: Final = (
    _FOREIGN_PLACE_WORDS
    | _FRENCH_PLACE_WORDS
    | _UNKNOWN_SITE_WORDS
    | _PLACE_WORDS_AFTER
    | _PLURAL_PLACE_WORDS
    | _SITE_PLURALS
    | _SETTLEMENT_WORDS
    | _APPOSITION_WORDS
    | _NAME_HEADS
    | _NUMBERED_WORDS
    | {"city"}
)
# The words besides _MORE_PLACE_CUES that make the scan read further than the names next to a
# place word, when a name or a number stands next to one (not "the streets of Aleppo").
_NEW_CUES: Final = (
    _WORKS_WORDS | _SITE_PLURALS | _NAME_HEADS | _NUMBERED_WORDS | {"industrial"}
) - _MORE_PLACE_CUES


# Sides that make the place after "of" a reference point ("Marea, north of Aleppo").
_COMPASS_WORDS: Final = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
# Words of a distance before a side: "Marea, some 20 km north of Aleppo".
_DISTANCE_WORDS: Final = frozenset(
    {"some", "about", "around", "nearly", "roughly", "approximately", "km", "kms", "kilometers",
     "kilometres", "miles", "mi", "a", "few", "ten", "five", "twenty", "thirty", "forty", "fifty"}
)  # fmt: skip
# A side of the city's name after a place outside it names the province's side ("Azaz, north
# Aleppo", "Huraitan city in northern Aleppo"), and the words between them.
_SIDES_OF_PROVINCE: Final = _COMPASS_WORDS | frozenset(
    {"northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern"}
)  # fmt: skip
_BEFORE_SIDE: Final = frozenset({"city", "town", "village", "in", "the"})
_SUQ: Final = alias_key("Suq")  # (Souq, Souk: one key)
# A market in French, Italian and Spanish, and the "of" after it ("il mercato di Saqatiya").
_MARKET_WORDS: Final = {"marché": "de", "mercato": "di", "mercado": "de"}
# A word for a market before or after a souq's own name ("le souk de Saqtiya", "les souks
# «Attarine» et «Saqatiya»", "the Saqatiya market") and the words that join a list of them.
_MARKET_HEADS: Final = frozenset(
    {"souk", "souks", "souq", "souqs", "suq", "suqs", "sook", "market", "markets", "marché",
     "marchés", "mercato", "mercati", "mercado", "mercados", "bazaar",
     # Dutch, German, Indonesian and Malay, Albanian, Bosnian/Croatian/Serbian, Polish, Czech,
     # Hungarian, Swedish, Turkish and Azerbaijani ("de Zarab-markt", "Pasar Zarab", "pazari
     # Zarab", "čaršija", "targ", "tržiště", "piac", "basaren", "Zarab Çarşısı")
     "soek", "soeks", "markt", "märkte", "basar", "pasar", "pazari", "pazarin", "pazarit",
     "tregu", "tregun", "bazar", "bazari", "bazaru", "čaršija", "čaršiji", "pijaca", "pijaci",
     "suk", "targ", "targu", "tržiště", "tržišti", "piac", "piacon", "bazár",
     "bazárban", "marknad", "marknaden", "basaren", "souken", "çarşı", "çarşısı",
     "çarşısında", "bazarı", "bazarında"}
)  # fmt: skip
_MARKET_JOINS: Final = frozenset(
    {"de", "des", "du", "of", "di", "dei", "del", "da", "do", "and", "et", "e", "y", "the", "les",
     "le", "la", "il", "el", "al", "van", "von", "en", "dan", "i", "të", "het"}
)  # fmt: skip
_MARKET_SPAN: Final = 12  # words read after a market's word for the names of a list
_MARKET_SCORE: Final = 75  # the least likeness of a souq's name by sound ("Saqtiya", Saqatiya)
# Compass words: "east of X" is a direction from X (see Geoparser._direction_from).
_COMPASS: Final = frozenset({"north", "south", "east", "west"})
_CITY_ONLY: Final = (CITY_ID,)
# How far outside a side of the city's outline a place may lie and still be of that side (in
# degrees: about 1 km), for a point placed at a quarter's edge.
_SECTOR_MARGIN: Final = 0.01
# The marks that open a clause in Chinese, Japanese and Korean, before a side's word alone; and
# "of" written after a word (の, 的, 之, 의).
_CJK_CLAUSE_MARKS: Final = frozenset("、,,。.;;")
_CJK_OF: Final = frozenset("の的之의")
# The plain sides ("東部", too often the country's alone) that name the city's with the word for
# their quarters after them ("東部地区", "西部地域"), as a compound side's word alone does.
_CJK_PLAIN_SIDES: Final = frozenset({"東部", "东部", "西部"})
# The words of a road before the two places it joins ("autostrada Damasco-Aleppo", "трасса
# Дамаск — Алеппо"), those after them in Turkish ("Halep-Şam karayolu"), and the Arabic and
# Persian ones, folded ("طريق", "أوتوستراد", "بزرگراه"); see _road_between_ends.
_ROADS_BEFORE: Final = frozenset(
    {"autostrada", "autoroute", "carretera", "autopista", "estrada", "rodovia", "autobahn",
     "snelweg", "трасса", "трассе", "трассу", "трассы", "шоссе", "автотраса", "траса", "трасі",
     "трасу", "траси", "дорога", "дороге", "дорогу", "дороги", "αυτοκινητόδρομος"}
)  # fmt: skip
_ROADS_AFTER: Final = frozenset({"karayolu", "karayolunda", "otoyolu", "otoyolunda"})
_ROAD_WORDS_23: Final = _ROADS_BEFORE | _ROADS_AFTER
_ARABIC_ROADS: Final = frozenset({"طريق", "اوتوستراد", "اتوستراد", "بزرگراه", "جاده", "اوتوبان"})
# The Arabic words of a settlement or a quarter that head the name after them in a construct
# without their article ("سوق مدينة الأتارب"; see _construct_head): Arabic's own words, as
# Persian, which writes no article, says "شهر", "روستا", "محله" ("بخش قدیمی شهر حلب").
_ARABIC_CONSTRUCT_HEADS: Final = frozenset({"مدينه", "بلده", "قريه", "حي"})
# The words between a product's noun and the city's name ("savon d'Alep", "jabón de Alepo",
# "صابون حلب"; see _city_product).
_PRODUCT_OF: Final = frozenset({"", "d'", "d’", "de", "di", "da", "do", "del", "of"})
_CJK_SIDE_QUARTERS: Final = ("地区", "地域", "地區")


@dataclass(slots=True)
class _Cand:
    first: int  # index of the first kept token
    last: int  # index of the last kept token (inclusive)
    ids: tuple[str, ...]
    score: float
    method: str
    place_id: str = ""
    role: str = "location"
    cue: str = ""
    relative: bool = False
    generic: bool = False  # a common noun ("the citadel"): kept only in a caption about Aleppo


class _Reading(NamedTuple):
    """What :meth:`Geoparser._find` read of a text, for :meth:`Geoparser._reading`."""

    text: str
    words: Words
    kept: list[int]  # the indices of the words with a key
    left: list[tuple[int, int, str]] | None  # the runs left unmatched; None: names matched


def _add_spellings(keys: dict[str, list[str]], place_id: str, phrases: Iterable[str]) -> None:
    """Add to ``keys`` the alias key of each phrase as a name of ``place_id``; a key some place
    has already keeps it."""
    for phrase in phrases:
        key = alias_key(phrase)
        if key and key not in keys:
            keys[key] = [place_id]


_K = TypeVar("_K")
_V = TypeVar("_V")
#: The most results a per-phrase memo (fuzzy and market look-ups) keeps before it is emptied.
_MEMO_LIMIT = 50_000


def _remember(cache: dict[_K, _V], key: _K, make: Callable[[_K], _V], limit: int = 200_000) -> _V:
    """``make(key)``, kept in ``cache`` (emptied when it holds more than ``limit`` keys, so
    that a long run's memory stays bounded)."""
    if len(cache) > limit:
        cache.clear()
    value = cache[key] = make(key)
    return value


def _beside_place_word(lows: Sequence[str], at: int, last: int | None = None) -> bool:
    """Whether the name of word ``at`` (to word ``last``) has a place word just before it
    (perhaps with "of" and an article between: "the village of al-Burj", "le village
    d'al-Burj") or just after it ("al-Burj village"). A word for a quarter of a city ("the
    Rmaila neighbourhood") does not make a village's name one."""
    last = at if last is None else last
    j = at - 1
    if j >= 0 and lows[j] in ARTICLES:
        j -= 1
    if j >= 0 and lows[j] in _OF_WORDS:
        j -= 1
    if j >= 0 and lows[j] in _VILLAGE_CUES:
        return True
    return last + 1 < len(lows) and lows[last + 1] in _VILLAGE_CUES


def _numbered_quarter(w: Words, i: int) -> bool:
    """Whether word ``i`` is a number of three or four digits (no year) before a word for a
    quarter: "the 1070 district", "le quartier 1070" is read by its alias."""
    low = w.low[i]
    return (
        low.isdigit()
        and 3 <= len(low) <= 4
        and not (len(low) == 4 and low.startswith(("19", "20")))
        and i + 1 < len(w.low)
        and w.low[i + 1] in _QUARTER_WORDS
    )


_QUOTES_APART = frozenset(' «»"“”„')


def _after_arabic_place_word(text: str, w: Words, at: int) -> bool:
    """Whether the Arabic or Persian name of word ``at`` follows an Arabic or Persian place
    word, perhaps in quotes: "بلدة الحاضر" (the town of al-Hader), Persian "منطقه «الحاضر»"
    (the area of al-Hader)."""
    if not _ARABIC_WORD.match(w.raw[at]) or not arabic_place_word(w.raw[at - 1]):
        return False
    return _QUOTES_APART.issuperset(text[w.end[at - 1] : w.start[at]])


_ARABIC_SENTENCE_END = re.compile(r"[.!?;؛؟]")
_ARABIC_LIST_COMMAS = frozenset("،,")
# The place words of :data:`ARABIC_PLACE_WORDS` that name one place (a quarter, an area, a
# village, a town, a city, a street …), not several ("أحياء", "مناطق", "حيي"), folded.
_ARABIC_SINGULAR_PLACE_WORDS: Final = frozenset(
    {"حي", "منطقه", "ساحه", "دوار", "قريه", "بلده", "مدينه", "شارع", "جامع", "مسجد", "مخيم",
     "محله", "روستاي", "روستا", "شهر", "ميدان", "خيابان", "شهرك", "بخش", "علاقه", "قصبه",
     "ضلع", "بستي", "گاون", "گاوں"}
)  # fmt: skip


def _after_outskirts(w: Words, k: int) -> bool:
    """Whether word ``k``, a side, follows the word for a city's outskirts, suburbs or
    countryside, perhaps past "of" and articles: "las afueras del este de Alepo", "nos
    arredores do leste de Aleppo", "les faubourgs est d'Alep" (where the outskirts lie:
    outside the city, not its side)."""
    lows = w.low
    j = k - 1
    while j >= 0 and k - j <= 4 and lows[j] in _OUTSKIRTS_OF:
        j -= 1
    return j >= 0 and lows[j] in _OUTSKIRTS


def _in_arabic_place_list(text: str, w: Words, at: int) -> bool:
    """Whether the Arabic or Persian name of word ``at`` is joined by "and" or a comma to a
    list of names after an Arabic or Persian place word, in its sentence: "أحياء الصاخور
    والشعار" (the quarters of as-Sakhour and ash-Sha'ar), "حيي الميدان، الشعار". After a
    comma the place word must name several: a singular one names one place, and what follows
    its comma is said of it ("حي الشعار، أبرز الأحياء", ash-Sha'ar, the most prominent of the
    quarters: "أبرز" is no village Abraz)."""
    raw, starts, ends = w.raw, w.start, w.end
    if not _ARABIC_WORD.match(raw[at]):
        return False
    gap = text[ends[at - 1] : starts[at]]
    joined = raw[at].startswith("و")
    if not (joined or _ARABIC_LIST_COMMAS.intersection(gap)):
        return False
    j = at - 1
    while j >= 0 and at - j <= 2 * _LIST_NAMES:
        if _ARABIC_SENTENCE_END.search(text, ends[j], starts[j + 1]):
            return False
        if not _ARABIC_WORD.match(raw[j]) or arabic_word_in(raw[j], _ARABIC_NOT_NAME):
            return False  # a preposition or a word of another script ends the list
        if arabic_word_in(raw[j], ARABIC_QUARTER_NOUNS):
            return True
        if arabic_place_word(raw[j]) and (
            joined or not arabic_word_in(raw[j], _ARABIC_SINGULAR_PLACE_WORDS)
        ):
            return True  # (past a singular one, as past a name: "حيي الميدان، الشعار")
        j -= 1
    return False


# "On", "from" and "to" (its alef written with or without its hamza), and the words a few
# words before them that make the name after them a place's.
_ARABIC_MOTION_BEFORE: dict[str, frozenset[str]] = {
    "على": ARABIC_STRIKE_WORDS, "علي": ARABIC_STRIKE_WORDS, "من": ARABIC_FLIGHT_WORDS,
    "الى": ARABIC_ARRIVAL_WORDS, "الي": ARABIC_ARRIVAL_WORDS,
}  # fmt: skip
_ALEFS = str.maketrans({"إ": "ا", "أ": "ا", "آ": "ا"})


def _turkish_dative_to_whom(text: str, w: Words, at: int) -> bool:
    """Whether the name of word ``at`` carries the Turkish dative after its apostrophe with no
    word of going, reaching or striking after it: "to" a person ("Zehra'ya yardım", help to
    Zehra; "Raju'ya hediye"), not a place ("Mare'ye saldırı", the attack on Marea; "Zehra'ya
    ulaşan", "Azez'e kadar", "Mare'ye yakın")."""
    end = w.end[at]
    if text[end : end + 1] not in _APOS_CHARS:
        return False
    m = _TURKISH_ROLE_CASE.match(text, end + 1)
    if m is None or m.group(2) is None:
        return False
    return not any(word.startswith(_TURKISH_TOWARDS) for word in w.low[at + 1 : at + 4])


def _arabic_placed(text: str, w: Words, at: int) -> bool:
    """Whether the Arabic name of word ``at``, a common word too (an ambiguous alias: السكري
    "sugar", السفيرة "the ambassador", نبل "nobility"), is said to be a place: after a place
    word or a settlement's ("حي السكري", "بلدتي نبل والزهراء"), after a preposition of place
    written apart ("في السكري", "قرب نبل"; :data:`ARABIC_PLACE_PREPOSITIONS`), in a list after
    a place word ("أحياء المشهد والسكري"), or before a side or the countryside ("السفيرة جنوب
    شرق حلب", "نبل بريف حلب"); not "مرض السكري" (diabetes), "السفيرة الأمريكية" (the US
    ambassador), "مصاب بالسكري" (diabetic: "in" joined to the word is "with" too)."""
    raw, lows = w.raw, w.low
    if not _ARABIC_WORD.match(raw[at]):
        return False
    if not any(_ARABIC_WORD.match(raw[k]) for k in (at - 1, at + 1) if 0 <= k < len(raw)):
        return True  # the Arabic name quoted in a caption of another language ("walk through
        # السكري"): a name, not the common word of an Arabic sentence
    nxt = at + 1
    if (
        nxt < len(raw)
        and not _ARABIC_SENTENCE_END.search(text, w.end[at], w.start[nxt])
        and (lows[nxt] in _ARABIC_RURAL or arabic_word_in(raw[nxt], ARABIC_COMPASS))
    ):
        return True
    if at == 0 or _ARABIC_SENTENCE_END.search(text, w.end[at - 1], w.start[at]):
        return False
    before = raw[at - 1]
    if not _ARABIC_WORD.match(before):
        return False
    if arabic_place_word(before) or arabic_word_in(
        before, ARABIC_SETTLEMENTS | ARABIC_QUARTER_NOUNS | ARABIC_RESIDENTS
    ):
        return True
    if not raw[at].startswith(("بال", "لل", "فال", "كال")) and arabic_word_in(
        before, ARABIC_PLACE_PREPOSITIONS
    ):
        return True
    cues = _ARABIC_MOTION_BEFORE.get(before.removeprefix("و").translate(_ALEFS))
    if cues is not None and any(
        arabic_word_in(word, cues) for word in raw[max(0, at - 5) : at - 1]
    ):
        return True  # "قصف على السكري", "نازحون من السكري", "دخول القوات إلى السفيرة"
    return _in_arabic_place_list(text, w, at)


def _in_place_list(text: str, w: Words, at: int) -> bool:
    """Whether word ``at`` is in a list of names after a plural place word, in its sentence:
    "seized several towns, including Sawran, Akhtarin and Dabiq", "the villages of X and Y"."""
    lows, starts, ends = w.low, w.start, w.end
    j = at - 1
    while j >= 0 and at - j <= 2 * _LIST_NAMES:
        if _SENTENCE_END.search(text, ends[j], starts[j + 1]):
            return False
        low = lows[j]
        if low in _PLACE_LIST_WORDS:
            return True
        if not (low in _LIST_WORDS or low in _LIST_OPENERS or text[starts[j]].isupper()):
            return False
        j -= 1
    return False


def _acronym_after(name: str, word: str) -> bool:
    """Whether ``word``, after the name's word ``name``, is an acronym in capitals ("El Bab
    DEAŞ'tan alındı", "Manbij SDF fighters", "Al-Bab ISIS fighters"): a group's, no further
    word of the name (unless the name is in capitals too, as in a headline)."""
    return len(word) > 1 and word.isupper() and not name.isupper()


def _in_longer_name(text: str, w: Words, first: int, last: int) -> bool:
    """Whether the name from word ``first`` to ``last`` is joined by a space to a capitalised
    word that is no place word, so is part of a longer name ("Khirbat Jazraya", "Hayat Tahrir
    al-Sham", "Tal Khirbat"), perhaps past an article ("Hor an-Naher" is not Hur)."""
    lows, raw = w.low, w.raw
    after = last + 1
    if (
        after + 1 < len(lows)
        and lows[after] in ARTICLES
        and text[w.end[last] : w.start[after]] in (" ", "-")
        and text[w.end[after] : w.start[after + 1]] in ("-", " ")
    ):
        after += 1  # "Hor an-Naher", "Hor al Naher": past the article to the name's next word
    if (
        after < len(lows)
        and raw[after][:1].isupper()
        and lows[after] not in _VILLAGE_CUES
        and not _acronym_after(raw[last], raw[after])
        and text[w.end[after - 1] : w.start[after]] in ((" ", "-") if after > last + 1 else (" ",))
    ):
        return True
    before = first - 1
    if (
        before < 1  # (a sentence's first word is capitalised whatever it is)
        or not raw[before][:1].isupper()
        or lows[before] in _VILLAGE_CUES
        or lows[before] in ARTICLES
        or text[w.end[before] : w.start[first]] != " "
    ):
        return False
    return not _SENTENCE_END.search(text, w.end[before - 1], w.start[before])


# (the words of sides in other languages after a name's comma, the words before them, "au",
# "al", "a", "ten", and the words of "of" after them)
_APPOSED_FOREIGN_SIDES = frozenset(
    {"nord", "sud", "ouest", "ovest", "norte", "sur", "oeste", "noreste", "noroeste", "sureste",
     "suroeste", "nordest", "nordovest", "sudest", "sudovest", "nördlich", "südlich",
     "östlich", "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich",
     "noorden", "zuiden", "oosten", "westen", "leste", "nordeste", "sudeste",
     "sudoeste"}
)  # fmt: skip
# A town, suburb or village in apposition, after its article ("Marea, a suburb of Aleppo",
# "un sobborgo di", "un villaggio a nord di", "einem Vorort von", "une banlieue d'Alep", "un
# suburbio de", "um subúrbio de"), and the words after it that make it a place (not Italian
# "una cittadina", also a woman citizen).
_APPOSED_FOREIGN_ARTICLES = frozenset({"uno", "um", "uma", "ein", "eine", "einem", "einer", "een"})
_APPOSED_TOWN_WORDS = frozenset(
    {"suburb", "sobborgo", "villaggio", "paese", "borgo", "banlieue", "bourgade",
     "suburbio", "localidad", "subúrbio", "cidade", "vila", "aldeia", "vorort", "dorf",
     "kleinstadt", "ortschaft", "stadt", "stadje", "dorp", "buitenwijk"}
)  # fmt: skip
_APPOSED_TOWN_NEXT = _APPOSITION_NEXT | frozenset(
    {"of", "di", "de", "d", "du", "del", "della", "do", "da", "von", "van", "bei", "nahe",
     "vicino", "presso", "a", "nel", "nella", "im", "nördlich", "südlich", "östlich",
     "westlich", "nordöstlich", "nordwestlich", "südöstlich", "südwestlich", "bij"}
)  # fmt: skip
_SECOND_SIDES = _APPOSED_FOREIGN_SIDES | {"est", "este", "ost"}  # ("nord-est", "nord-ouest")
_APPOSED_SIDE_FILLERS = frozenset({"au", "al", "a", "à", "ao", "ten", "im", "el", "le", "no"})
_APPOSED_SIDE_OF = frozenset(
    {"de", "d", "du", "des", "di", "del", "della", "do", "da", "von", "van"}
)


def _apposed(text: str, w: Words, last: int) -> bool:
    """Whether the name ending at word ``last`` is followed by a comma and a village or a side
    of a place: "X, a village near Azaz", "X, 20 km north of Aleppo", "X, north of al-Bab";
    or a town or suburb in the agencies' other languages ("X, un sobborgo di Aleppo", "X,
    einem Vorort von Aleppo", "X, une banlieue d'Alep")."""
    lows = w.low
    j = last + 1
    if j >= len(lows) or text[w.end[last] : w.start[j]].strip(" \"'”’") != ",":
        return False
    foreign = lows[j] in _APPOSED_FOREIGN_ARTICLES
    if lows[j] in _APPOSITION_ARTICLES or foreign:
        j += 1
    while j < len(lows) and lows[j] in _APPOSITION_FILLERS:
        j += 1
    if j < len(lows) and (
        lows[j] in _APPOSITION_WORDS or (lows[j] in _APPOSED_TOWN_WORDS and j > last + 1)
    ):
        # "X, a village near Azaz", "X, a village." (not "X, a village elder")
        return (
            j + 1 == len(lows)
            or lows[j + 1] in _APPOSITION_NEXT
            or (
                lows[j] in _APPOSED_TOWN_WORDS
                and (
                    lows[j + 1] in _APPOSED_TOWN_NEXT
                    or text.startswith(_ELIDED_OF, w.end[j] + 1)  # "une banlieue d'Alep"
                )
            )
            or (_CLAUSE_END.match(text, w.end[j]) is not None)
        )
    while j < len(lows) and (
        lows[j] in _DISTANCE_WORDS or lows[j].isdigit() or lows[j] in _APPOSED_SIDE_FILLERS
    ):
        j += 1
    if j + 1 >= len(lows):
        return False
    if lows[j] in _COMPASS_WORDS:
        return lows[j + 1] == "of"
    # the same in other languages: "X, norte de la provincia de Alepo", "X, au nord d'Alep",
    # "X, a nord di Aleppo", "X, nördlich von Aleppo", "X, ten noorden van Aleppo"
    if lows[j] not in _APPOSED_FOREIGN_SIDES:
        return False
    if j + 2 < len(lows) and lows[j + 1] in _SECOND_SIDES:
        j += 1  # "au nord-ouest d'Afrin", "al nor-este de"
    return (
        lows[j + 1] in _APPOSED_SIDE_OF
        or text[w.end[j] : w.start[j + 1]].strip().casefold() in _ELIDED_OF  # "au nord d'Alep"
    )


# The particles between a name and the common noun it owns (of :data:`_CJK_OF`), and the space
# Korean writes there.
_CJK_OF_OR_SPACE = "".join(sorted(_CJK_OF)) + " "
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")


def _cjk_name_before(text: str, start: int) -> bool:
    """Whether a Chinese, Japanese or Korean common noun at ``start`` follows the name of a city
    elsewhere (:data:`CJK_ELSEWHERE`, perhaps past "of": "大马士革旧城区", "ダマスカスの国際空港",
    "다마스쿠스 국제공항"), or a foreign name in transliteration characters or katakana run on to
    it ("阿塔图尔克国际机场"): that place's noun, not one of Aleppo's."""
    before = text[max(0, start - 12) : start]
    if before.rstrip(_CJK_OF_OR_SPACE).endswith(CJK_ELSEWHERE):
        return True
    run = 0
    for ch in reversed(before):
        if not (_KATAKANA.match(ch) or asian_script(ch + ch) == "hanzi"):
            break
        run += 1
    return run >= 2


def _latin_letters(name: str) -> bool:
    """Whether every letter of ``name`` is a Latin one (with its accents: "‘Ayn al ‘Arab",
    "Şeyh Maksud"), whatever its signs.

    >>> _latin_letters("‘Ayn al ‘Arab"), _latin_letters("Kobani"), _latin_letters("عين العرب")
    (True, True, False)
    """
    return all(ch < "\u0250" for ch in name if ch.isalpha())


def _title_case(text: str, w: Words, k: int) -> bool:
    """Whether the line of word ``k`` is written in title case, as headlines and video titles
    are ("Rebels Enter Manbij After Long Battle"): no Latin word of four letters or more in it
    starts in lower case, and three such words at least do in upper case (a capitalised word
    before a name there is no given name).

    >>> line = "Rebels Enter Manbij After Long Battle"
    >>> _title_case(line, split_words(line, {}), 2)
    True
    >>> line = "Nadhira Aziz stands in front of her house"
    >>> _title_case(line, split_words(line, {}), 1)
    False
    """
    start = text.rfind("\n", 0, w.start[k]) + 1
    end = text.find("\n", w.end[k])
    end = len(text) if end < 0 else end
    capitals = 0
    for n in range(bisect_left(w.start, start), len(w.raw)):
        if w.start[n] >= end:
            break
        raw = w.raw[n]
        if len(raw) < 4 or not raw.isascii() or not raw.isalpha():
            continue
        if raw[0].islower():
            return False
        capitals += 1
    return capitals >= 3


def _korean_when(text: str, w: Words, k: int) -> bool:
    """Whether the word after word ``k`` is Korean "시" written apart with no place word after
    it: "when" after a noun ("피난 시": when fleeing, "공격 시": when attacking), not the city's
    word, which is written on the name ("만비즈시")."""
    j = k + 1
    if j >= len(w.low) or text[w.start[j] : w.end[j]] != "시":
        return False
    return j + 1 >= len(w.low) or w.low[j + 1] not in _SCRIPT_PLACE_WORDS


def _called_a_town(lows: Sequence[str], first: int, last: int) -> bool:
    """Whether the name from word ``first`` to ``last`` is called a town or village ("the
    Turkish town of Karkamis", "Karkamis town"), which a site of the same name is not (but "the
    ancient town of Carchemish" is the site)."""
    j = first - 1
    if j >= 0 and lows[j] in ARTICLES:
        j -= 1
    if j >= 0 and lows[j] == "of":
        j -= 1
    if j >= 0 and lows[j] in _TOWN_WORDS:
        return not (j > 0 and lows[j - 1] in _OLD_WORDS)
    return last + 1 < len(lows) and lows[last + 1] in _TOWN_WORDS


# A capitalised name's possessive right before a word ("Aleppo's *Tahan*"): the word names a part
# of the place before it, as a place word beside it would (see ``Geoparser._common_word_alone``).
_PLACE_POSSESSIVE_BEFORE_RE: Final = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")


class Geoparser:
    """Finds gazetteer places in text. Build it once; :meth:`find` is then fast.

    Parameters
    ----------
    gazetteer
        The places to look for.
    fuzzy_threshold
        Minimum rapidfuzz ratio (0-100) for a near-miss to count; 0 disables the fuzzy pass.
    """

    def __init__(self, gazetteer: Gazetteer, *, fuzzy_threshold: float = 86.0) -> None:
        import ahocorasick

        self.gazetteer = gazetteer
        self.fuzzy_threshold = fuzzy_threshold
        keys: dict[str, list[str]] = {}
        loose: set[str] = set()  # keys of names written across punctuation ("Kobani (Ayn ...)")
        turkish: set[str] = set()  # keys of names written with Turkish letters ("Başköy")
        plain: set[str] = set()
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                key = alias_key(name)
                (turkish if _TURKISH_LETTERS.search(name) else plain).add(key)
                if key and place.id not in keys.setdefault(key, []):
                    keys[key].append(place.id)
                toks = tokenize(name)
                if any(not joins(name[a.end : b.start]) for a, b in pairwise(toks)):
                    loose.add(key)
        unsuffixed = set(keys)
        self._genitives(gazetteer, keys)
        # the German genitives of towns' names ("Manbidschs"): no surname is written so
        self._genitive_keys = frozenset(keys.keys() - unsuffixed)
        del unsuffixed
        self._dynasty_mosques(gazetteer, keys)
        self._mosques_named_after(gazetteer, keys)
        self._gates(gazetteer, keys)
        self._compass_villages(gazetteer, keys)
        # (the Kurdish oblique case of villages' names, "Basufane": its key -> the name's)
        self._obliques = self._kurdish_obliques(gazetteer, keys)
        self._churches(gazetteer, keys)
        self._kinds_first(gazetteer, keys)
        self._spanish_j(gazetteer, keys)
        self._german_ch(gazetteer, keys)
        self._german_j(gazetteer, keys)
        self._fused_articles(gazetteer, keys)
        self._khan_souqs(gazetteer, keys)
        self._city_adjectives(gazetteer, keys)
        before = set(keys)
        self._markets(gazetteer, keys)
        self._air_bases(gazetteer, keys)
        markets = set(keys) - before
        # the old city in other words: "la città vecchia", "el casco viejo", "die Altstadt"
        old_city = keys.get(alias_key("Old City"))
        if old_city:
            for phrase in _OLD_CITY_AFTER:
                keys.setdefault(alias_key(phrase), list(old_city))
        sides = self._side_names(gazetteer, keys)
        # the sides in Arabic script ("شرق حلب", "الأحياء الشرقية في حلب", "حلب شرقی"): key -> how
        # it is written (before, after or part), each with its guard (see _arabic_side_written)
        self._arabic_sides = self._arabic_side_names(gazetteer, keys)
        # (the sides before the name, "l'est d'Alep", marked "<"; after it, "Aleppo–Est", ">")
        self._sides = frozenset(k for k in sides if k[0] not in "<>.")
        self._sides_abbreviated = frozenset(k[1:] for k in sides if k[0] == ".")
        loose.update(self._sides_abbreviated)  # (across the period: "E. Aleppo")
        self._sides_part = frozenset(k[1:] for k in sides if k[0] == "<")
        self._sides_after = frozenset(k[1:] for k in sides if k[0] == ">")
        loose.update(self._sides_part)  # (across the elided "d'")
        loose.update(self._sides_after)  # (across a dash: "Aleppo–Est"; see _side_written)
        # the city's names and places in Chinese, Japanese and Korean, cut out of their runs
        cjk_generic = self._cjk_names(gazetteer, keys)
        # (phrases made of a name and words for its kind, matched as written, not fuzzily)
        phrases = markets | self._sides_part | self._arabic_sides.keys()
        # The Arabic name is matched when it is one of the aliases, as every spelling is: the
        # gazetteer leaves out of them the names that are also common words (الراعي, a shepherd).
        self._loose = frozenset(loose)
        # a name only Turkish writes is near another written otherwise by chance alone ("Bashkoy"
        # is a village of its own, not Qabasin, which Turkish calls Başköy)
        self._turkish_only = frozenset(turkish - plain)
        self._keys = {k: tuple(v) for k, v in keys.items()}
        # One-word names the gazetteer flags as ambiguous though no other place shares them
        # ("al-Rai", whose key is also the given name Ray): they name the place only when
        # written with their article or next to a place word ("the town of Rai").
        self._guarded = frozenset(
            alias_key(a)
            for place in gazetteer
            for a in place.ambiguous_aliases
            if len(self._keys.get(alias_key(a), ())) == 1 and len(tokenize(a)) <= 2
        )
        # Names that are common words even with their article ("al-Burj", the tower): they
        # name the place only next to a place word ("the village of al-Burj", "al-Burj village").
        self._placeword = frozenset(
            alias_key(a)
            for place in gazetteer
            for a in place.placeword_aliases
            if len(self._keys.get(alias_key(a), ())) == 1
        )
        self._guarded |= self._placeword
        # The names of several words the gazetteer flags as ambiguous, which a description may
        # write too ("Canadian Hospital", "Central Prison"): after "a" or "an" they describe a
        # place ("a Canadian hospital in Aleppo": one Canada funds), and name none.
        self._described = frozenset(
            key
            for place in gazetteer
            for a in place.ambiguous_aliases
            for key in [alias_key(a)]
            if " " in key
        )
        # the places whose own name needs a place word (the villages of the bulk list): only
        # their spellings as written name them, never a name that sounds like one or is near one
        self._placeword_places = frozenset(
            p.id for p in gazetteer if alias_key(p.name) in self._placeword
        )
        # the numbers in the places' names ("Project 1070"): a name with another number is
        # another place
        self._numbered = frozenset(
            word
            for p in gazetteer
            for n in (p.name, *p.aliases)
            for word in n.split()
            if word.isdigit()
        )
        self._own_keys = {
            p.id: frozenset(alias_key(n) for n in (p.name, *p.aliases))
            for p in gazetteer
            if p.id in self._placeword_places
        }
        # ... and so are the villages added in bulk from their OpenStreetMap nodes, whose names
        # no report spelled for us: a name near one of theirs is as often another village of a
        # like name ("Rasm Hamid" is not Rasm Hamad)
        # the places of other governorates than Aleppo's (Idlib, Damascus): a caption that names
        # one is set there, as one naming a place of _ELSEWHERE is (see _not_elsewhere); they
        # too are named only as spelled (far away, their sounds would take Aleppo's names:
        # "Kasr", al-Qasr, is not al-Qusayr)
        self._outside = frozenset(p.id for p in gazetteer if p.outside_governorate)
        self._spelled_only = (
            self._placeword_places
            | frozenset(p.id for p in gazetteer if p.note.startswith(_BULK_NOTE))
            | self._outside
        )
        sounded = [p for p in gazetteer if p.id not in self._spelled_only]
        # the phonetic fallback: every name's skeleton -> (places, the name's alias key)
        phonetic: dict[str, tuple[list[str], str]] = {}
        sounding: dict[str, dict[str, set[str]]] = {}  # skeleton -> place -> its names' keys
        fused: dict[str, dict[str, str]] = {}
        plain_sounds: set[str] = set()
        turkish_sounds: set[str] = set()
        for place in sounded:
            for name in (place.name, *place.aliases):
                both = (phonetic_key(name), phonetic_key(name, articles=True)) if name else ()
                (turkish_sounds if _TURKISH_LETTERS.search(name) else plain_sounds).update(both)
                for pkey in dict.fromkeys(both):
                    if len(pkey) >= _PHONETIC_MIN:
                        ids, _ = phonetic.setdefault(pkey, ([], alias_key(name)))
                        if place.id not in ids:
                            ids.append(place.id)
                        sounding.setdefault(pkey, {}).setdefault(place.id, set()).add(
                            alias_key(name).replace(" ", "")
                        )
                for pkey in self._fused(name, both, town=place.kind in _SETTLEMENTS):
                    fused.setdefault(pkey, {})[place.id] = alias_key(name)
        # a name written with its article fused, where no other name sounds the same
        for pkey, claims in fused.items():
            if pkey not in phonetic and len(claims) == 1:
                [(place_id, key)] = claims.items()
                phonetic[pkey] = ([place_id], key)
        self._swapped_sounds = self._swapped(list(gazetteer), sounded, phonetic)
        self._phonetic_index = {k: (tuple(ids), key) for k, (ids, key) in phonetic.items()}
        self._market_sounds = self._market_names_by_sound(gazetteer)
        self._markets_ids = frozenset(p for p, _ in self._market_sounds.values()) | frozenset(
            p.id for p in gazetteer if alias_key(p.name.partition(" ")[0]) == _SUQ
        )
        # the names of places that share a skeleton ("Şeran" and "Suran" are both "srn"): the
        # written name picks the place with the closest one
        self._sound_alikes = {
            k: {p: tuple(sorted(names)) for p, names in claims.items()}
            for k, claims in sounding.items()
            if len(claims) > 1
        }
        self._turkish_cache: dict[str, str] = {}
        self._turkish_sounds = frozenset(turkish_sounds - plain_sounds)
        # what the first word of a name written in words may give: a name's first word, or a
        # whole name run together (a final d may be written t)
        firsts = {
            next((k for k in map(phonetic_word, re.findall(r"[^\W\d_]+", name)) if k), "")
            for place in sounded
            for name in (place.name, *place.aliases)
        }
        ends = {k[:-1] + "T" for k in self._phonetic_index if k.endswith("d")}
        self._phonetic_prefixes = frozenset(firsts | ends | self._phonetic_index.keys()) - {""}
        self._phonetic_cache: dict[str, str] = {}
        self._scripts: ScriptReader | None = None  # built when a caption first needs it
        self._kind = {p.id: p.kind for p in gazetteer}
        # the places every name of which ends in a (the feminine ending, or a French e):
        # a name written without it is another ("Masqan" is not Maskanah, but "Salahaddin" is
        # Salah ad-Din, also written "Salahuddin")
        self._ending_kept = frozenset(
            p.id
            for p in gazetteer
            if all(
                alias_key(n).endswith("a")
                for n in (p.name, *p.aliases)
                if _LATIN_NAME.fullmatch(n) is not None
            )
        )
        self._settlements = frozenset(p for p, kind in self._kind.items() if kind in _SETTLEMENTS)
        # the one-word names of the city and the towns, which languages with cases inflect
        # ("z Aleppa", "Aleppóban", "Hələbdə", "w Manbidżu"): a name a person bears too
        # (guarded) is left out ("Marian" is no case of Marea)
        self._inflectable: dict[str, tuple[str, ...]] = {}
        self._inflectable_short: dict[str, tuple[str, ...]] = {}
        spelt: set[str] = set()  # (those names as written, without marks, lower-case)
        for place in gazetteer:
            if place.kind not in _INFLECTED_KINDS:
                continue
            for name in (place.name, *place.aliases):
                key = alias_key(name)
                if (
                    len(key) >= _INFLECTED_MIN
                    and key.isalpha()
                    and key not in self._guarded
                    and self._keys.get(key) == (place.id,)
                ):
                    self._inflectable[key] = (place.id,)
                    spelt.add(strip_marks(name).casefold())
                elif (
                    len(key) == _INFLECTED_MIN - 1
                    and key.isascii()
                    and key.isalpha()
                    and key not in self._guarded
                    and self._keys.get(key) == (place.id,)
                ):
                    # a shorter name, read in its case forms only after its article ("pod
                    # Al-Babem"): "Bab" alone is too often another word's stem
                    self._inflectable_short[key] = (place.id,)
        self._inflectable_spelt = frozenset(spelt)
        self._inflection_cache: dict[str, tuple[str, ...]] = {}
        self._in_city = {p.id: gazetteer.is_within(p.id, CITY_ID) for p in gazetteer}
        self._in_aleppo = frozenset(p for p, inside in self._in_city.items() if inside) | {CITY_ID}
        # the city's sides ("east Aleppo"), which also name a part of the province
        self._sectors = frozenset(
            p.id for p in gazetteer if p.kind == "district" and p.parent == CITY_ID
        )
        self._generic = self._generic_keys(gazetteer)
        if "old-city" in self._kind:
            for phrase in _HISTORIC_CENTRE:
                self._generic.setdefault(alias_key(phrase), ("old-city",))
        # the common nouns of the city's places in other languages ("la vieille ville", "Ulu
        # Camii", "cetatea"), and those that need no article before them
        for place_id, forms in NOUNS.items():
            if place_id in self._kind:
                for form in forms:
                    key = alias_key(form)
                    if key and key not in self._keys:
                        self._generic.setdefault(key, (place_id,))
        for key, noun_of in cjk_generic.items():
            self._generic.setdefault(key, noun_of)
        # the city's side as a part of "the city" ("l'est de la ville"), a common noun too
        self._city_side_nouns = frozenset(
            self._add_generic(alias_key(form), f"{side}-aleppo")
            for side, forms in sides_of_the_city().items()
            for form in forms
            if f"{side}-aleppo" in self._kind
        ) - {""}
        # a side's word alone after the quarters' noun ("les quartiers Est", "i quartieri
        # ovest"), never alone ("Alep est détruite": Aleppo is destroyed)
        self._quarter_sides = frozenset(
            self._add_generic(alias_key(word), f"{side}-aleppo")
            for side, words in _SIDES_AFTER_QUARTERS.items()
            for word in words
            if f"{side}-aleppo" in self._kind
        ) - {""}
        # a side alone after a quarter's noun in Arabic script ("الأحياء الشرقية", "بخش شرقی")
        self._arabic_alone = frozenset(
            self._add_generic(alias_key(form), f"{side}-aleppo")
            for side, forms in ARABIC_SIDE_ALONE.items()
            for form in forms
            if f"{side}-aleppo" in self._kind
        ) - {""}
        self._arabic_city_sides = frozenset(
            self._add_generic(alias_key(form), f"{side}-aleppo")
            for side, forms in ARABIC_SIDE_OF_THE_CITY.items()
            for form in forms
            if f"{side}-aleppo" in self._kind
        ) - {""}
        self._standing = frozenset(alias_key(f) for f in STANDING) | frozenset(cjk_generic)
        self._cjk_generic = frozenset(cjk_generic)
        self._city_keys = frozenset(k for k, ids in self._keys.items() if ids == (CITY_ID,))
        automaton: Any = ahocorasick.Automaton()
        for key in [*self._keys, *(k for k in self._generic if k not in self._keys)]:
            found = self._keys.get(key, ())
            value = (key, found, len(key), key.count(" ") + 1, self._generic.get(key, ()))
            automaton.add_word(f" {key} ", value)
        automaton.make_automaton()
        self._automaton = automaton
        self._choices = sorted(
            k
            for k, ids in self._keys.items()
            if len(k) >= 4 and k not in phrases and not self._spelled_only.issuperset(ids)
        )
        self._ancestors = {
            p.id: frozenset(a.id for a in gazetteer.ancestors(p.id)) for p in gazetteer
        }
        # the places inside each place (the only ones, but for a district's, that make it
        # redundant: see _finer)
        inside: dict[str, list[str]] = {}
        for place_id, ancestors in self._ancestors.items():
            for a in ancestors:
                inside.setdefault(a, []).append(place_id)
        self._descendants = {a: tuple(ids) for a, ids in inside.items()}
        self._word_cache: dict[str, WordInfo] = {}
        self._name_ends: frozenset[str] | None = None
        # the words of the names in Hebrew, and a caption's Hebrew word read without the "in",
        # "and", "from" joined to it (see _hebrew_words)
        self._hebrew_name_words: frozenset[str] | None = None
        self._hebrew_cache: dict[str, tuple[int, str] | None] = {}
        self._join_cache: dict[str, bool] = {}
        self._finer_cache: dict[str, frozenset[str]] = {}
        self._outlines: dict[str, Any] = {}  # the sides' outlines, as shapely shapes
        # the closest names of a run of words (a function of its key and the cutoff), and a
        # souq's name read from its words: the same misspelling comes back caption after caption
        self._fuzzy_cache: dict[tuple[str, float], tuple[str, float, bool] | None] = {}
        self._souq_cache: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, str] | None]] = {}
        # what _find read of the last text (see _reading): the caller asks unknown_places of a
        # caption just after find found no place in it
        self._last_reading: _Reading | None = None

    @staticmethod
    def _genitives(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a city or town in the German genitive, an s written on ("Aleppos Altstadt",
        "die Straßen Afrins", "die Bewohner Manbidschs").

        Only names that end in o, i, u or e, or (the city's and the towns') in a consonant but
        for a hissing one, which takes an apostrophe ("Asas'"): an s on a final a makes other
        words ("Hama" and "Hamas"). ``keys`` gains them; a spelling that already names another
        place is left to it.
        """
        for place in gazetteer:
            if place.kind not in _SETTLEMENTS:
                continue
            for name in (place.name, *place.aliases):
                if len(name) < 4 or not name.isalpha():
                    continue
                last = name[-1].casefold()
                if last in "oiue" or (
                    place.kind in _INFLECTED_KINDS
                    and name.isascii()
                    and last not in _VOWEL_LETTERS | _HISSING
                    and keys.get(alias_key(name + "s"), [place.id]) == [place.id]
                ):
                    _add_spellings(keys, place.id, (name + "s",))

    @staticmethod
    def _kurdish_obliques(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> dict[str, str]:
        """Name a village as Kurdish writes it after a noun or a preposition, with the ending
        -ê of its oblique case, which captions in other languages copy ("Basûfanê", "the
        village of Basufane", "Kimare" for Basufan and Kimar in the Afrin countryside).

        Only the villages of the bulk list (those of the Kurdish north-west and north-east
        among them), whose names need a place word in this case too, and only their one-word
        Latin names of five letters or more that end in a consonant other than h (a name in a
        vowel or -h takes no such e). ``keys`` gains them; a spelling that already names
        another place is left to it. Returns each new spelling's key -> the key of the name it
        was made from."""
        made: dict[str, str] = {}
        for place in gazetteer:
            if place.kind != "village" or not place.note.startswith(_BULK_NOTE):
                continue
            for name in (place.name, *place.aliases):
                if (
                    len(name) >= _OBLIQUE_MIN
                    and name.isascii()
                    and name.isalpha()
                    and name[-1].casefold() not in _NO_OBLIQUE_AFTER
                ):
                    key = alias_key(name + "e")
                    if key not in keys:
                        keys[key] = [place.id]
                        made[key] = alias_key(name)
        return made

    @staticmethod
    def _compass_villages(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a village or town called after its side of another ("Kuweires Sharqi") as
        English does: the side before the name ("the east Kuweires village", "eastern
        Kuweires"). ``keys`` gains them (a phrase that already names a place is left to it)."""
        for place in gazetteer:
            if place.kind not in ("village", "town"):
                continue
            for name in (place.name, *place.aliases):
                base, _, side = name.rpartition(" ")
                for word in _ARABIC_SIDES.get(side, ()):
                    phrase = alias_key(f"{word} {base}")
                    if base and phrase not in keys:
                        keys[phrase] = [place.id]

    @staticmethod
    def _gates(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a gate ("Bab Antakeya", "Bab al-Nasr") as English does: its name and "gate"
        ("the ancient Antakeya gate", "al-Nasr gate"). ``keys`` gains them (a phrase that
        already names a place is left to it)."""
        for place in gazetteer:
            if place.kind != "landmark":
                continue
            for name in (place.name, *place.aliases):
                head, _, rest = name.partition(" ")
                if head == "Bab" and rest and " " not in rest.replace("al-", "", 1):
                    phrase = alias_key(f"{rest} gate")
                    if phrase not in keys:
                        keys[phrase] = [place.id]

    @staticmethod
    def _dynasty_mosques(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a mosque named after a dynasty ("Umayyad Mosque") as French, Italian and German
        do: the mosque of the dynasty's people ("la mosquée des Omeyyades", "la moschea degli
        Omayyadi", "die Umayyaden-Moschee", or in one word, "die Umayyadenmoschee"). ``keys``
        gains them."""
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                m = _DYNASTY_MOSQUE.fullmatch(name)
                if m is None or m.group(1).casefold() in _GENERIC_FILLERS:
                    continue
                people = m.group(1)
                german = _german_y(people)  # "Umajjaden-Moschee"
                phrases = (
                    f"mosquée des {people}es",
                    f"moschea degli {people}i",
                    f"{people}en-Moschee",
                    f"{people}enmoschee",
                    f"{german}en-Moschee",
                    f"{german}enmoschee",
                )
                _add_spellings(keys, place.id, phrases)

    @staticmethod
    def _mosques_named_after(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a mosque as the languages that put the word for a mosque first do, perhaps
        with "of" ("la mosquée Adiliyya", "la mesquita de Umayyad", "Masjid al-Tawhid", "la
        moschea di Al-Adiliyya"); their words for a mosque fold to "mosque". ``keys`` gains
        them; a phrase another place's name already has keeps that place."""
        for place in gazetteer:
            if place.kind != "landmark":
                continue
            for name in (place.name, *place.aliases):
                m = _MOSQUE_NAME.fullmatch(name)
                if m is None or m.group(1).casefold() in _COMMON_SITE_WORDS:
                    continue
                own = m.group(1)
                phrases = [f"Mosque {own}", *(f"Mosque {of} {own}" for of in _MOSQUE_OF)]
                _add_spellings(keys, place.id, phrases)

    @staticmethod
    def _churches(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a church with the other word for it: a cathedral is its city's church, and
        captions call one by either ("the Cathedral of the Forty Martyrs" for the Church of the
        Forty Martyrs, "the Maronite church" for its cathedral). ``keys`` gains them; a phrase
        another place's name already has keeps that place."""
        for place in gazetteer:
            if place.kind != "landmark":
                continue
            for name in (place.name, *place.aliases):
                if _CHURCH_WORD.search(name) is None:
                    continue
                swapped = _CHURCH_WORD.sub(lambda m: _CHURCH_SWAP[m.group(0)], name)
                _add_spellings(keys, place.id, (swapped,))

    @staticmethod
    def _kinds_first(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a landmark called "<own> <Kind>" (a school, church, hospital, square, street,
        river ...) as the languages that write the kind first do, perhaps with "of" ("la
        escuela al-Sheebani", "a escola de al-Sheebani", "il fiume Queiq", "Piața Farhat"; their
        words for the kind fold to the English one), and a church as captions name it with its
        rite between ("the Forty Martyrs Armenian church"). Not when the own name alone names a
        town ("un hospital de Alepo" is any hospital in Aleppo). ``keys`` gains them; a phrase
        another place's name already has keeps that place."""
        towns = {
            alias_key(name)
            for place in gazetteer
            if place.kind in _SETTLEMENT_KINDS
            for name in (place.name, *place.aliases)
        }
        for place in gazetteer:
            if place.kind != "landmark":
                continue
            for name in (place.name, *place.aliases):
                m = _KIND_LAST.fullmatch(_NAME_NOTE.sub("", name))
                if m is None or alias_key(m.group(1)) in towns:
                    continue
                own, kind = m.group(1), m.group(2).capitalize()
                kinds = [kind]
                if kind in _CHURCH_SWAP:
                    kinds.append(_CHURCH_SWAP[kind])
                    rites = (f"{own} {rite} {k}" for rite in _RITES for k in kinds)
                    _add_spellings(keys, place.id, rites)
                for k in kinds:
                    phrases = [f"{k} {own}", *(f"{k} {of} {own}" for of in _MOSQUE_OF)]
                    _add_spellings(keys, place.id, phrases)

    @staticmethod
    def _khan_souqs(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name the souq of a khan without the khan's word, as captions do ("the Souk
        al-Jumruk" for Suq Khan al-Jumruk). ``keys`` gains them; a phrase another place's name
        already has keeps that place."""
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                m = _SOUQ_OF_KHAN.fullmatch(name)
                if m is not None:
                    _add_spellings(keys, place.id, (f"{m.group(1)} {m.group(2)}",))

    @staticmethod
    def _spanish_j(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a place as Spanish and Italian captions write the Arabic j that starts a word
        of its name: y ("Halab al-Yadida" for Halab al-Jadida, "Yarablus"). ``keys`` gains
        them; a phrase another place's name already has keeps that place."""
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                if _WORD_J.search(name) is not None:
                    _add_spellings(keys, place.id, (_WORD_J.sub(r"\1Y", name),))

    @staticmethod
    def _german_j(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a place as German captions write the Arabic y inside a word of its name: j
        ("Sajjida Zainab" for Sayyida Zaynab, "Al-Majadin" for al-Mayadin). ``keys`` gains
        them; a phrase another place's name already has keeps that place. Not a numbered
        part's name ("al-Hamdaniyeh V"): its number, read as a word, would end another
        language's words ("Hamdáníja v Aleppu": in Aleppo)."""
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                if "y" in name and _NUMBERED_NAME.search(name) is None:
                    german = _german_y(name)
                    if german != name:
                        _add_spellings(keys, place.id, (german,))

    @staticmethod
    def _german_ch(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a place as German captions write the Arabic kh that starts a word of its name:
        ch ("Chan Tuman" for Khan Tuman, "Scheich Chodr" for Sheikh Khodr). ``keys`` gains
        them; a phrase another place's name already has keeps that place."""
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                if _WORD_KH.search(name) is not None:
                    _add_spellings(keys, place.id, (_WORD_KH.sub(r"\1Ch", name),))

    @staticmethod
    def _fused_articles(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a place whose name starts with the article as captions write it run on to the
        next word: "Aljarrah airbase", "Elbab", "Assukkari" (al-Jarrah airbase, al-Bab,
        as-Sukkari; an assimilated article is its a and the doubled letter), also a name the
        data writes without it whose first word another of the place's names has the article
        before ("Jarrah airbase" beside "al-Jarrah airport"). ``keys`` gains them; a phrase
        another place's name already has keeps that place."""
        for place in gazetteer:
            names = [n for n in (place.name, *place.aliases) if n.isascii()]
            articles: dict[str, str] = {}  # a first word -> the article the data writes before it
            for name in names:
                m = _LEADING_ARTICLE.match(name)
                if m is not None:
                    articles[name[m.end() :].split(" ", 1)[0].casefold()] = m.group(1).lower()
            for name in names:
                m = _LEADING_ARTICLE.match(name)
                rest = name[m.end() :] if m else name
                article = articles.get(rest.split(" ", 1)[0].casefold())
                if article is None:
                    continue
                heads = ["Al", "El"]
                if article not in ("al", "el"):
                    heads.append("A" + article[1:])  # "Assukkari": the a and the doubled letter
                run_on = [head + rest[0].lower() + rest[1:] for head in heads]
                _add_spellings(keys, place.id, run_on)

    @staticmethod
    def _air_bases(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a military air base with any of the words for one after its name: the gazetteer's
        "Jirah air base" and "al-Jarrah airport" make "Jarrah air base" and "Jirah military
        airport" too. A base is military when one of its names says "air base" or "military
        airport" (not "Aleppo airport"); a name some place has already keeps it. ``keys`` gains
        them."""
        for place in gazetteer:
            if place.kind != "landmark":
                continue
            found = [_AIR_BASE_NAME.fullmatch(n) for n in (place.name, *place.aliases)]
            names = [m for m in found if m is not None]
            if not any(m.group(2) or "base" in m.group(3).casefold() for m in names):
                continue
            for m in names:
                _add_spellings(keys, place.id, (f"{m.group(1)} {word}" for word in _AIR_BASE_WORDS))

    @staticmethod
    def _city_adjectives(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a place of the city as the Slavic languages do, with the city's adjective before
        the place's common noun ("Alepska citadela", "Alepsku citadelu", "Aleppská citadela",
        "alepsko sveučilište", "Halepska tvrđava"): the adjective made of each one-word Latin
        name of the city (its final o dropped) in each of its endings, before each noun of
        :data:`STANDING` (the nouns these languages write without an article) of that place.
        ``keys`` gains them; a phrase some place already has keeps it."""
        if CITY_ID not in gazetteer:
            return
        city = gazetteer.get(CITY_ID)
        stems = {
            n[:-1] if n.endswith("o") else n
            for n in (city.name, *city.aliases)
            if _LATIN_NAME.fullmatch(n) and " " not in n and n[-1:] in ("o", "p", "b")
        }
        adjectives = [f"{stem}sk{end}" for stem in sorted(stems) for end in _ADJECTIVE_ENDINGS]
        for place_id, forms in NOUNS.items():
            if place_id not in gazetteer:
                continue
            nouns = [f for f in forms if f in STANDING and _SLAVIC_NOUN.fullmatch(f)]
            for adjective in adjectives:
                for noun in nouns:
                    key = alias_key(f"{adjective} {noun}")
                    if key and key not in keys:
                        keys[key] = [place_id]

    @staticmethod
    def _markets(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> None:
        """Name a souq as English, French, Italian and Spanish do, its name before "Market"
        or after the word for a market ("al-Saqatiyah Market", "le marché al-Saqatiya", "il
        mercato di Saqatiya"). ``keys`` gains them."""
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                head, _, rest = name.partition(" ")
                if not rest or alias_key(head) != _SUQ:
                    continue
                phrases = (
                    f"{rest} Market",
                    f"{rest} {head}",
                    f"{head} de {rest}",
                    f"{head} of {rest}",
                    *(f"{word} {rest}" for word in _MARKET_WORDS),
                    *(f"{word} {of} {rest}" for word, of in _MARKET_WORDS.items()),
                )
                _add_spellings(keys, place.id, phrases)

    @staticmethod
    def _market_names_by_sound(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
        """A souq's own name (its name without "Suq") by its phonetic key -> (the souq, the
        name's alias key), for a name only one souq has: what a market's word names."""
        found: dict[str, dict[str, str]] = {}
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                head, _, rest = name.partition(" ")
                if rest and alias_key(head) == _SUQ:
                    pkey = phonetic_key(rest)
                    if len(pkey) >= _PHONETIC_MIN:
                        found.setdefault(pkey, {})[place.id] = alias_key(rest).replace(" ", "")
        return {k: next(iter(v.items())) for k, v in found.items() if len(v) == 1}

    @staticmethod
    def _side_names(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> frozenset[str]:
        """Name "East Aleppo", "West Aleppo" as other languages do, with every name of the city.

        Before the name as in English ("Ost-Aleppo", "Doğu Halep") or after it ("Alep-Est",
        "Aleppo Ovest", "Alep oriental"); ``keys`` gains them. Returns the keys whose side word
        is also a common word, which name the side only when joined by a hyphen or capitalised
        ("Alep est divisée": Aleppo is divided).
        """
        after: set[str] = set()
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                m = _SIDE_NAME.fullmatch(name)
                whole = keys.get(alias_key(m.group(2)), ()) if m else ()
                if m is None or len(whole) != 1:
                    continue
                side = m.group(1).lower()
                whole_place = gazetteer.get(whole[0])
                for other in (whole_place.name, *whole_place.aliases):
                    if not other.isascii() and not _TURKISH_LETTERS.search(other):
                        continue  # Latin script only
                    variants: list[tuple[str, bool | str]] = [
                        (f"{word} {other}", False) for word in _SIDE_BEFORE[side]
                    ]
                    if other[-1:] in ("o", "i", "u", "e"):
                        variants += [(f"{g} {other}s", False) for g in _SIDE_GENITIVE[side]]
                    variants += [
                        (f"{other} {word}", True if word in _SIDE_WORDS_ALSO_WORDS else _AFTER)
                        for word in _SIDE_AFTER[side]
                    ]
                    parts = [
                        part[: -len(of)] + longer
                        for part in _SIDE_PART[side]
                        for of, longers in PART_CITY.items()
                        if part.endswith(of)
                        for longer in longers
                    ]
                    variants += [
                        (f"{word}{other}", _PART)
                        for word in (*_SIDE_PART[side], *parts)
                        if other[:1].lower() in "aeiou" or not word.endswith("'")
                    ]
                    variants.append((f"{side[0].upper()} {other}", _ABBREV))  # "E. Aleppo"
                    for text, written in variants:  # (written: the key needs a check)
                        key = alias_key(text)
                        if key and key not in keys:
                            keys[key] = [place.id]
                            if written is _ABBREV:
                                after.add("." + key)
                            elif written is _PART:
                                after.add("<" + key)
                            elif written:
                                after.add(">" + key)
                                if written is True:
                                    after.add(key)
        return frozenset(after)

    @staticmethod
    def _arabic_side_names(gazetteer: Gazetteer, keys: dict[str, list[str]]) -> dict[str, str]:
        """Name "East Aleppo", "West Aleppo" as Arabic, Persian and Urdu do, with every name of
        the city in Arabic script (``_concepts.ARABIC_SIDE_*``); ``keys`` gains them. Returns
        each key with how it is written: ``before``, ``after`` or ``part`` the city's name."""
        if CITY_ID not in {p.id for p in gazetteer}:
            return {}
        city = gazetteer.get(CITY_ID)
        names = [n for n in (city.name_ar, *city.aliases) if n and _ARABIC_WORD.match(n)]
        sides = {"east": "east-aleppo", "west": "west-aleppo"}
        out: dict[str, str] = {}
        for how, table in (
            ("before", ARABIC_SIDE_BEFORE), ("after", ARABIC_SIDE_AFTER), ("part", ARABIC_SIDE_PART)
        ):  # fmt: skip
            for side, templates in table.items():
                place_id = sides[side]
                if place_id not in {p.id for p in gazetteer}:
                    continue
                for template in templates:
                    for name in dict.fromkeys(names):
                        key = alias_key(template.format(name))
                        if key and key not in keys:
                            keys[key] = [place_id]
                            out[key] = how
                        elif key and keys[key] == [place_id]:
                            out.setdefault(key, how)  # (the data's own: "حلب الشرقية")
        return out

    def _add_generic(self, key: str, place_id: str) -> str:
        """Make ``key`` a common noun of ``place_id`` unless it names a place; its key, or
        ``""``."""
        if not key or key in self._keys or self._generic.get(key, (place_id,)) != (place_id,):
            return ""
        self._generic[key] = (place_id,)
        return key

    def _arabic_side_written(self, w: Words, k: int, how: str) -> bool:
        """Whether a side in Arabic script whose first word is word ``k`` names the city's side:
        not after a compound bearing's first word ("شمال شرق حلب": north-east of Aleppo) nor,
        written after the name, after the countryside ("ريف حلب الشرقي"); and, written after
        the noun of a part ("الأحياء الشرقية في حلب"), only after such a noun."""
        if k == 0:
            return how != "part"
        before = w.raw[k - 1]
        if how == "part":
            return arabic_word_in(before, ARABIC_PART_NOUNS)
        if how == "after":
            return not arabic_word_in(before, ARABIC_PROVINCE | ARABIC_OUTSKIRTS)
        if arabic_word_in(
            before, ARABIC_BEARINGS | ARABIC_PROVINCE | ARABIC_DISTANCE | ARABIC_OUTSKIRTS
        ):
            return False
        if before == "و" and k > 1 and arabic_word_in(w.raw[k - 2], ARABIC_BEARINGS):
            return False  # Persian "شمالی و غربی شهر حلب": north and west of it, written apart
        # "بلدة تادف شرق حلب": a settlement's word and its name (no preposition between)
        for j in range(k - 2, max(-1, k - 4), -1):
            if w.key[j + 1] in _ARABIC_NOT_NAME or not _ARABIC_WORD.match(w.raw[j + 1]):
                break
            if arabic_word_in(w.raw[j], ARABIC_SETTLEMENTS):
                return False
        return True

    def _cjk_names(
        self, gazetteer: Gazetteer, keys: dict[str, list[str]]
    ) -> dict[str, tuple[str, ...]]:
        """Name the city's places as Chinese, Japanese and Korean do (``keys`` gains them), and
        ready the cut of their words out of a run of letters without spaces.

        The city's name with a word after it ("阿勒颇东部", "アレッポ西部", "알레포 성채") or
        before it ("东阿勒颇") names the place; a common noun alone ("旧市街", "ウマイヤ・モスク")
        names it in a caption about the city: the returned keys, common nouns.
        """
        ids = {p.id for p in gazetteer}
        cities = [c for c in CJK_CITY if keys.get(fold_token(c)) == [CITY_ID]]
        words: set[str] = set(cities)
        for place_id, after in CJK_AFTER.items():
            if place_id not in ids:
                continue
            for city in cities:
                for word in after:
                    if len(word) > 1:  # (not "시" alone: "시리아" is Syria)
                        words.add(word)
                    # written run together, and apart (Korean: "알레포 동부")
                    keys.setdefault(fold_token(city + word), [place_id])
                    keys.setdefault(f"{fold_token(city)} {fold_token(word)}", [place_id])
                    words.add(city + word)
                    if place_id == CITY_ID:
                        continue
                    for gloss in CJK_CITY_GLOSSES:  # "阿勒頗市東南部", "アレッポ(Aleppo)東部"
                        keys.setdefault(fold_token(city + gloss + word), [place_id])
                        words.add(city + gloss + word)
                for word in CJK_BEFORE.get(place_id, ()):
                    keys.setdefault(fold_token(word + city), [place_id])
                    words.add(word + city)
                    if len(word) > 1:  # (written apart too: Korean "동부 알레포")
                        keys.setdefault(f"{fold_token(word)} {fold_token(city)}", [place_id])
        # a compound side's word alone ("北東部", "남동부"; not "東部", too often the country's)
        # names the city's side only where
        # :meth:`_bare_side_written` says so: the keys, read in _exact
        bare: set[str] = set()
        for place_id, after in CJK_AFTER.items():
            if place_id in ids and place_id != CITY_ID and cities:
                for word in after:
                    if word[-1] in "部부" and len(word) > 2 and fold_token(word) not in keys:
                        keys[fold_token(word)] = [place_id]
                        bare.add(fold_token(word))
                    if word in _CJK_PLAIN_SIDES:
                        # the plain side with the word for its quarters ("東部地区", "西部地域")
                        for quarters in _CJK_SIDE_QUARTERS:
                            keys.setdefault(fold_token(word + quarters), [place_id])
                            bare.add(fold_token(word + quarters))
                            words.add(word + quarters)
        self._cjk_bare_sides = frozenset(bare)
        for city in cities:  # (the province's: a word of its own, which names no place)
            words.update(city + word for word in CJK_PROVINCE)
        for place_id, phrases in CJK_PHRASES.items():
            if place_id in ids:
                for phrase in phrases:
                    keys.setdefault(fold_token(phrase), [place_id])
                    words.add(phrase)
        generic: dict[str, tuple[str, ...]] = {}
        for place_id, nouns in CJK_NOUNS.items():
            if place_id in ids:
                for noun in nouns:
                    generic.setdefault(fold_token(noun), (place_id,))
                    words.add(noun)
        cut = "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))
        self._cjk_cut = re.compile(f"({cut})") if cities else None
        # the words cut that are no name's alone (a side: "서쪽", the province's "알레포주")
        self._cjk_not_names = frozenset(
            {w for after in CJK_AFTER.values() for w in after}
            | {city + word for city in cities for word in CJK_PROVINCE}
        )
        return generic

    def _cjk_words(self, text: str, w: Words, asian: Sequence[tuple[int, int, bool]] = ()) -> Words:
        """The words of a caption in Chinese, Japanese or Korean: each run of letters is cut at
        the city's names and places (:meth:`_cjk_names`), which become words of their own,
        written as names are (capitalised); and at the spans ``asian`` (katakana, Thai and
        Chinese names and the place words beside them: ``_scripts.asian_cuts``) that do not
        cross those."""
        cut = self._cjk_cut
        hits = (
            []
            if cut is None
            # (a side alone, the province's word: no name's words, "알레포주 서쪽 카프르 할랍")
            else [(m.start(), m.end(), m[0] not in self._cjk_not_names) for m in cut.finditer(text)]
        )
        glued = [
            (m.start(), m.end(), m[0][0].isupper())
            for m in _LATIN_RUN.finditer(text)
            if CJK_CHAR.match(text, m.end()) is not None
            or (m.start() > 0 and CJK_CHAR.match(text, m.start() - 1) is not None)
        ]
        if glued:
            # a name in Latin letters run together with the Chinese or Japanese words beside
            # it ("Kobani城": the town of Kobani; "在Afrin地区"): a word of its own
            asian = [*asian, *glued]
        if asian:
            known = hits
            hits = sorted(
                known
                + [
                    (a, b, name)
                    for a, b, name in asian
                    if not any(a < k_end and k_start < b for k_start, k_end, _ in known)
                ]
            )
        if not hits:
            return w
        keys: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        raws: list[str] = []
        uppers: list[bool] = []
        flags: list[bool] = []

        def piece(a: int, b: int, name: bool) -> None:
            raw = text[a:b]
            keys.append(fold_token(raw))
            starts.append(a)
            ends.append(b)
            raws.append(raw)
            uppers.append(name)
            flags.append(False)

        h = 0
        for n, (start, end) in enumerate(zip(w.start, w.end, strict=True)):
            while h < len(hits) and hits[h][1] <= start:
                h += 1
            if h == len(hits) or hits[h][0] >= end:  # a word no name crosses: as it was
                keys.append(w.key[n])
                starts.append(start)
                ends.append(end)
                raws.append(w.raw[n])
                uppers.append(w.upper[n])
                flags.append(w.flag[n] if w.flag else False)
                continue
            at = start
            while at < end:
                while h < len(hits) and hits[h][1] <= at:
                    h += 1
                if h < len(hits) and hits[h][0] < end:
                    name_start, name_end, name = hits[h]
                    if name_start > at:
                        piece(at, name_start, False)
                    if name_start >= at:  # (a name begun in an earlier word is made already)
                        piece(name_start, name_end, name)
                    at = name_end
                else:
                    piece(at, end, False)
                    at = end
        lows = [r.casefold() for r in raws]
        return Words(keys, starts, ends, raws, lows, uppers, flags)

    @staticmethod
    def _swapped(
        every: Sequence[Place], places: Sequence[Place], phonetic: dict[str, tuple[list[str], str]]
    ) -> frozenset[str]:
        """Index a town's one-word name with two of its consonants swapped ("Manjib", "Minjeb"
        for Manbij), where no other name sounds so; return those keys.

        Only the names of cities, towns and villages (of ``places``) of four consonants or
        more, and not their first letter: a shorter skeleton swapped is too often another
        name. A swap that sounds as a name of any place of ``every`` (a village of the bulk
        list too: "Sarwan" swapped is Shuweirin) is left out. ``phonetic`` gains them.
        """
        taken = {phonetic_key(n) for p in every for n in (p.name, *p.aliases) if n}
        claims: dict[str, dict[str, str]] = {}
        for place in places:
            if place.kind not in _SETTLEMENTS:
                continue
            for name in (place.name, *place.aliases):
                if len(tokenize(name)) != 1 or not name.isascii():
                    continue
                pkey = phonetic_key(name)
                if len(pkey) < _SWAP_MIN or not pkey.isalpha() or not pkey.islower():
                    continue
                for i in range(1, len(pkey) - 1):
                    swapped = pkey[:i] + pkey[i + 1] + pkey[i] + pkey[i + 2 :]
                    if swapped != pkey:
                        claims.setdefault(swapped, {})[place.id] = alias_key(name)
        added: set[str] = set()
        for pkey, owners in claims.items():
            if pkey not in phonetic and pkey not in taken and len(owners) == 1:
                [(place_id, key)] = owners.items()
                phonetic[pkey] = ([place_id], key)
                added.add(pkey)
        return frozenset(added)

    @staticmethod
    def _fused(name: str, keys: Sequence[str], *, town: bool = False) -> tuple[str, ...]:
        """The phonetic keys of a name whose article is written fused to it ("Aljamilieh",
        "Alsukkari", "Assukari" for al-Jamiliyeh, as-Sukkari): the article as al, or as the a
        of an assimilated one (its doubled consonant is one). A ``town``'s one-word name that
        the data writes without its article may have one too ("Alatarib", "Elatarib" for
        Atarib), when it has three consonants or more."""
        first = name.split("-", 1)[0].split(" ", 1)[0].casefold()
        if not keys or not keys[0]:
            return ()
        if first not in ARTICLES:
            if town and " " not in name and "-" not in name and len(keys[0]) >= 3:
                return (phonetic_run(["al", keys[0]]),)
            return ()
        fused = [phonetic_run(["al", keys[0]])]
        if first not in ("al", "el"):
            fused.append(phonetic_run(["a", keys[0]]))
        return tuple(fused)

    def __repr__(self) -> str:
        return f"<Geoparser {len(self._keys)} names of {len(self.gazetteer)} places>"

    def __dask_tokenize__(self) -> str:
        """A deterministic token of what the parser finds (Dask names tasks by it).

        Without it a Geoparser passed to ``map_partitions`` cannot be tokenized.
        """
        import hashlib

        digest = hashlib.sha256(repr(self.fuzzy_threshold).encode())
        for p in sorted(self.gazetteer, key=lambda p: p.id):
            fields = (p.id, p.name, p.kind, p.parent, p.lon, p.lat, p.uncertainty_m, p.aliases)
            digest.update(repr((fields, p.name_ar)).encode("utf-8"))
        return f"Geoparser-{digest.hexdigest()}"

    def _generic_keys(self, gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
        """Common nouns that name a place of the city in a caption about it, from the data.

        A place of the city written "X of Aleppo", "Aleppo X", "Aleppo’s X" (or "X حلب")
        makes "the X" name it ("the citadel", "the university", "the Great Mosque"). A noun
        that two places would claim names neither.
        """
        if CITY_ID not in self._kind:
            return {}
        city = gazetteer.get(CITY_ID)
        city_keys = {alias_key(n) for n in (city.name, city.name_ar) if n}
        city_words = "|".join(re.escape(n) for n in (city.name, city.name_ar) if n)
        forms = (
            re.compile(rf"^(?:the\s+)?(.+?)\s+of\s+(?:the\s+city\s+of\s+)?(?:{city_words})$", re.I),
            re.compile(rf"^(?:{city_words})(?:['’]s)?\s+(.+)$", re.I),
        )
        claims: dict[str, set[str]] = {}
        for place in gazetteer:
            if place.id == CITY_ID or place.kind not in ("landmark", "neighbourhood"):
                continue
            if place.id not in self._in_aleppo:
                continue
            for name in (place.name, *place.aliases, place.name_ar):
                nouns: list[str] = []
                for form in forms:
                    m = form.match(name.strip())
                    if m is not None:
                        nouns.append(m.group(1))
                words = alias_key(name).split()
                if len(words) > 1 and words[-1] in city_keys and _ARABIC_WORD.match(name):
                    nouns.append(" ".join(words[:-1]))  # Arabic: the noun before the city
                for noun in nouns:
                    key = alias_key(noun)
                    if key and key not in city_keys and not set(key.split()) <= _GENERIC_NOT:
                        claims.setdefault(key, set()).add(place.id)
        return {k: (next(iter(v)),) for k, v in claims.items() if len(v) == 1}

    # -- words ----------------------------------------------------------------------------
    def _words(self, text: str) -> Words:
        if len(self._word_cache) > 500_000:
            self._word_cache.clear()
        w = split_words(text, self._word_cache, self._may_start)
        if not text.isascii() and (has_other_script(text) or has_indic_script(text)):
            # "Джабал Бадро", "Χαλέπι", "టెల్ రిఫాత్"
            w = self._script_reader().read(w, self._may_start)
        if text.isascii():
            return w
        if _HEBREW_LETTER.search(text) is not None:  # "בחלב" (in Aleppo), "ומעפרין"
            w = self._hebrew_words(w)
        # katakana, hangul, Thai, Chinese names of foreign places: read in Latin letters
        asian = asian_cuts(text) if has_asian_script(text) else None
        if asian is not None or CJK_CHAR.search(text) is not None:
            w = self._cjk_words(text, w, asian or ())
        if asian is not None:  # (not the words cut as the city's names and places: "알레포주")
            cut = self._cjk_cut
            known = cut.fullmatch if cut is not None else None
            cuts = {(a, b) for a, b, _ in asian}
            w = self._script_reader().read(w, self._may_start, True, known, cuts)
        return w

    def _hebrew_words(self, w: Words) -> Words:
        """``w`` with each Hebrew word that is no word of a name read without the one-letter
        words joined to it ("בחלב": in Aleppo, "ומעפרין": and from Afrin), where the rest is a
        word of a name in Hebrew (see :func:`hebrew_cuts`); its span starts after them. A name
        that is a common noun beside the words that make it one (``_HEBREW_NOUNS``: "מוצרי
        חלב", dairy products) loses its key."""
        if self._hebrew_name_words is None:
            self._hebrew_name_words = frozenset(
                word for key in self._keys if _HEBREW_LETTER.match(key) for word in key.split()
            )
        known = self._hebrew_name_words
        cache = self._hebrew_cache
        found: list[tuple[int, tuple[int, str]]] = []
        lows = w.low
        for n, raw in enumerate(w.raw):
            # (what a word reads as is remembered, None for most; tested by membership, not
            # by a sentinel's identity: compiled by mypyc, a tuple of an int and a str is
            # copied, so no sentinel tuple stays itself)
            cut = cache[raw] if raw in cache else self._hebrew_cut(raw, w.key[n], known)
            if cut is None:
                continue
            # (as a noun, bare or after "and": "in milk", "from milk" are rare, "in Aleppo" is not)
            noun = _HEBREW_NOUNS.get(cut[1]) if raw[: cut[0]] in ("", "ו") else None
            if noun is not None and (
                (n > 0 and lows[n - 1] in noun[0]) or (n + 1 < len(lows) and lows[n + 1] in noun[1])
            ):
                found.append((n, (0, "")))  # the common noun ("מוצרי חלב": dairy products)
            elif cut[0]:
                found.append((n, cut))
        if not found:
            return w
        keys, starts, raws = list(w.key), list(w.start), list(w.raw)
        lows, flags = list(w.low), list(w.flag) if w.flag else [False] * len(keys)
        for n, (k, key) in found:
            keys[n], starts[n], raws[n] = key, starts[n] + k, raws[n][k:]
            lows[n], flags[n] = raws[n].casefold(), False
        return Words(keys, starts, w.end, raws, lows, w.upper, flags)

    def _hebrew_cut(self, raw: str, key: str, known: frozenset[str]) -> tuple[int, str] | None:
        """What the word ``raw`` (its key ``key``) reads as in :meth:`_hebrew_words`: ``(letters
        cut, key)`` for a word of a Hebrew name, bare (``0``) or without the words joined to it;
        ``None`` for any other word. Remembered."""
        cut: tuple[int, str] | None = None
        if key and _HEBREW_LETTER.match(key):
            if key in known:
                cut = (0, key)
            else:
                cut = next(
                    ((k, fold_token(r)) for k, r in hebrew_cuts(raw) if fold_token(r) in known),
                    None,
                )
        return _remember(self._hebrew_cache, raw, lambda _: cut, _MEMO_LIMIT)

    def _ends_name(self, raw: str) -> bool:
        """Whether the word ``raw`` is the last word of a known name ("Kobani", "Arab")."""
        if self._name_ends is None:
            self._name_ends = frozenset(k.rsplit(" ", 1)[-1] for k in self._keys)
        return word_info(raw)[0] in self._name_ends

    def _script_reader(self) -> ScriptReader:
        """The reader of words in other alphabets, over the words of every name."""
        if self._scripts is None:
            # (not the places of other governorates: named by their spellings only, they would
            # lend their sounds to other places' names, "アル−カスル" read as al-Qusayr)
            own = [p for p in self.gazetteer if p.id not in self._outside]
            names = [n for p in own for n in (p.name, *p.aliases) if n.isascii()]
            spelt = [n for p in own for n in (p.name, *p.aliases) if _latin_letters(n)]
            city = alias_key(self.gazetteer.get(CITY_ID).name) if CITY_ID in self._kind else ""
            words = {t.raw for n in names for t in tokenize(n)}
            # (and the common nouns of the city's places written in those alphabets, "Цитадель")
            nouns = {
                k
                for forms in NOUNS.values()
                for form in forms
                if other_script(form) or indic_script(form)  # (Hindi "हवाई अड्डा": no Ada)
                for k in alias_key(form).split()
            }
            self._scripts = ScriptReader(
                # (and the places elsewhere: "в старом городе Мосула" is Mosul's)
                # (not a Kurdish case of a village's name, written in Latin letters only)
                {
                    k
                    for key, ids in self._keys.items()
                    if key not in self._obliques and not self._outside.issuperset(ids)
                    for k in (key, *key.split())
                }
                | _ANCHORS
                | nouns,
                {phonetic_word(t) for t in words} - {""},
                fold_token,
                phonetic_word,
                {k: city for k, ids in self._keys.items() if ids == _CITY_ONLY and " " not in k},
                # (every name in Latin letters, with its accents and quotes: "‘Ayn al ‘Arab")
                {phonetic_key(n) for n in spelt if " " in n.strip() or "-" in n} - {""},
            )
        return self._scripts

    def _read_in_script(
        self, text: str, w: Words, kept: Sequence[int], cands: list[_Cand]
    ) -> list[_Cand]:
        """Keep a one-word name read from another alphabet ("Ханано", "Χαλεπιού") only where
        the caption names the city or another place surely (a name of several words, a town's
        own name as written), or a place word stands within two words of it ("квартал
        Ханано", "Ханано kvartal")."""
        lows, starts, ends = w.low, w.start, w.end

        def weak(c: _Cand) -> bool:
            k = kept[c.first]
            written = text[starts[k] : ends[k]]
            return (
                c.first == c.last
                and CITY_ID not in c.ids
                and (
                    other_script(written)
                    or (asian_script(written) is not None and w.raw[k] != written)
                    or (indic_script(written) and w.raw[k] != written)
                )
                and not (c.method == "exact" and self._kind.get(c.ids[0]) == "town")
            )

        def read_from_asian(c: _Cand) -> bool:
            # a one-word name read from katakana, hangul, Thai or Chinese
            k = kept[c.first]
            written = text[starts[k] : ends[k]]
            return c.first == c.last and asian_script(written) is not None and w.raw[k] != written

        def unfit(c: _Cand) -> bool:
            # a name read from katakana, hangul, Thai or Chinese beside the word of a city or
            # town ("マーリキーヤ市", "เมือง…", "…镇") is a town's: no quarter or village of the
            # same sound (Malikiyah in Hasakah is not Aleppo's quarter al-Malkiyeh)
            k = kept[c.first]
            return (
                read_from_asian(c)
                and "town" in lows[max(0, k - 1) : k + 2]
                and self._kind.get(c.ids[0]) not in ("town", "city")
            )

        def loose(c: _Cand) -> bool:
            # a short name read from those scripts (their vowels fall between any consonants
            # and they write l and r alike: "アンカラ", Ankara, reads as the village Anqala) is
            # a town's, or needs a place word beside it, even in a caption about the city
            k = kept[c.first]
            if not (read_from_asian(c) and len(sound := phonetic_word(lows[k])) < 5):
                return False
            if self._kind.get(c.ids[0]) in ("town", "city") and (
                len(sound) >= 3 or c.method == "exact"
            ):
                # (but a word read by its sound alone before Korean "시" written apart,
                # "when", is no town: "피난 시", when fleeing, is not Banan)
                return c.method != "exact" and _korean_when(text, w, k)
            return _SCRIPT_PLACE_WORDS.isdisjoint(lows[max(0, k - 2) : k + 3])

        def bare_hanzi(c: _Cand) -> bool:
            # a one-word name read from Chinese characters with no place word after it ("巴卜",
            # not "巴卜镇"): only a town's or the city's own name as written, after a word of
            # place (ordinary words are written in those characters too)
            k = kept[c.first]
            return (
                read_from_asian(c)
                and asian_script(text[starts[k] : ends[k]]) == "hanzi"
                and _SCRIPT_PLACE_WORDS.isdisjoint(lows[k + 1 : k + 2])
                and not (
                    c.method == "exact"
                    and self._kind.get(c.ids[0]) in ("town", "city")
                    and self._asian_locative(text, w, k)
                )
            )

        cands = [c for c in cands if not unfit(c) and not loose(c) and not bare_hanzi(c)]
        weak_ones = [weak(c) for c in cands]
        if not all(weak_ones):
            return cands
        return [
            c
            for c in cands
            if not _SCRIPT_PLACE_WORDS.isdisjoint(
                lows[max(0, kept[c.first] - 2) : kept[c.first] + 3]
            )
            or (read_from_asian(c) and self._asian_locative(text, w, kept[c.first]))
        ]

    @staticmethod
    def _asian_locative(text: str, w: Words, k: int) -> bool:
        """Whether word ``k``, a name written in katakana or Chinese characters, is said to be
        a place's by the word written next to it: a Japanese particle of place after it
        ("マーレアで"), a Chinese word of place before it ("在曼比季")."""
        written = text[w.start[k] : w.end[k]]
        script = asian_script(written)
        if script == "kana":
            return text.startswith(_KANA_LOCATIVE, w.end[k])
        if script == "hanzi":
            return text[max(0, w.start[k] - 3) : w.start[k]].endswith(_HANZI_LOCATIVE)
        return False

    def _arabic_by_sound(
        self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]
    ) -> list[_Cand]:
        """Names in Arabic script that the gazetteer writes in Latin letters only, after an
        Arabic or Persian place word ("حي القاطرجي": Qaterji, Karm al-Qaterji) or with the
        first word their Latin names keep ("خان الحرير": Khan Harir), on the phonetic key of
        their Latin reading: the words up to a preposition, a comma or a joined "and" (three
        at most), or their last words ("ساحة سعد الجابري": al-Jabiri Square), a place alone
        with that sound, a skeleton of four letters or more."""
        covered = {n for c in cands for n in range(c.first, c.last + 1)}
        raws, keys, starts, ends = w.raw, w.key, w.start, w.end
        out: list[_Cand] = []
        for i, raw in enumerate(raws):
            head = keys[i] in _ARABIC_HEADS
            if not head and (not arabic_place_word(raw) or not _ARABIC_WORD.match(raw)):
                continue  # "خان الحرير": the name's own first word
            run: list[int] = [bisect_left(kept, i)] if head else []
            if head and (run[0] in covered or not keys[i]):
                continue
            j = i + 1
            while (
                j < len(raws)
                and (
                    text[ends[j - 1] : starts[j]] == " "
                    # (the name quoted after its word: "جامع "العدلية"")
                    or (j == i + 1 and text[ends[i] : starts[j]].strip() in _OPENING_QUOTES)
                )
            ):
                n = bisect_left(kept, j)
                if (
                    keys[j] in _ARABIC_NOT_NAME
                    or keys[j] in self._city_keys  # "بازار العطارین حلب": Aleppo's
                    or arabic_place_word(raws[j])
                    or (run and raws[j][0] == "و")  # "and" joined: the next name
                    or (run and raws[j][0] in "بلف" and len(raws[j]) > 3 and keys[j] in self._keys)
                ):
                    break  # the name ends there
                if not keys[j] or n in covered or len(run) == 3 or not _ARABIC_WORD.match(raws[j]):
                    run = []  # a name that goes on, or another's: no match of a part of it
                    break
                run.append(n)
                j += 1
            # the kind's word that the Latin name puts after the name ("ساحة سعد الله
            # الجابري": Saadallah al-Jabiri Square), then none
            kinds = (*_ARABIC_KIND_AFTER.get(keys[i] or raw, ()), "")
            sounds = [_arabic_sound(keys[kept[n]]) for n in run]
            if head and run and keys[i] in _ARABIC_HEAD_AS:
                sounds[0] = phonetic_word(_ARABIC_HEAD_AS[keys[i]])  # "بازار": Suq
            found = next(
                (
                    (a, b, ids)
                    for b in [len(run)]  # (the name is all the run: no prefix of it)
                    for a in range(1 if head else b)
                    for kind in kinds
                    for ids in [self._sounds_alone(sounds[a:b], kind)]
                    if ids
                ),
                None,
            )
            if found is not None:
                a, b, ids = found
                out.append(_Cand(run[a], run[b - 1], ids, 80.0, "phonetic"))
                covered.update(run[a:b])
        return out

    def _sounds_alone(self, sounds: list[str], kind: str) -> tuple[str, ...]:
        """The place, alone, whose name has the phonetic key of words ``sounds`` (and of the
        English word ``kind`` after them), if that key has four letters or more."""
        pkey = phonetic_run([*sounds, phonetic_word(kind)] if kind else sounds)
        hit = self._phonetic_index.get(pkey)
        return hit[0] if hit is not None and len(hit[0]) == 1 and len(pkey) >= 4 else ()

    @staticmethod
    def _arabic_month(w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether ``c`` is a month's name written in Arabic or Persian ("17 تشرين الثاني"),
        without a place word before it ("حي تشرين" is the quarter)."""
        k = kept[c.first]
        return w.key[k] in ARABIC_MONTHS and not (k > 0 and arabic_place_word(w.raw[k - 1]))

    def _joins(self, gap: str) -> bool:
        known = self._join_cache.get(gap)
        if known is None:
            if len(self._join_cache) > 10_000:
                self._join_cache.clear()
            known = self._join_cache[gap] = joins(gap)
        return known

    # -- public ---------------------------------------------------------------------------
    def find(self, text: str) -> list[PlaceMention]:
        """Return the places named in ``text``, in text order, after hierarchy resolution.

        A photo credit glued to the name before it ("in KobaniJane Doe/AFP") is read apart.

        Parameters
        ----------
        text
            A caption (any text; empty gives ``[]``).
        """
        if not text or text.isspace():
            return []
        read, cuts = unglue_credit(text, self._ends_name)
        if not cuts:
            return self._find(text)
        out = []
        for m in self._find(read):
            start, end = glued_offset(m.start, cuts), glued_offset(m.end, cuts)
            out.append(m._replace(matched=text[start:end], start=start, end=end))
        return out

    def _find(self, text: str) -> list[PlaceMention]:
        """:meth:`find` in a text without glued credits."""
        w = self._words(text)
        kept = list(compress(range(len(w.key)), w.key))
        if not kept:
            self._last_reading = _Reading(text, w, kept, [])
            return []
        cands, left = self._matches(text, w, kept)
        # (the names matched are changed below: only a reading that matched none is kept whole)
        self._last_reading = _Reading(text, w, kept, None if cands else left)
        if cands and not _INDEFINITE_ARTICLES.isdisjoint(w.low):
            cands = [c for c in cands if not self._described_after_article(w, kept, c)]
        if not _SHARED_PLURAL_WORDS.isdisjoint(w.low):
            cands.extend(self._plural_heads(text, w, kept, cands))
        if cands and not text.isascii():
            if has_other_script(text) or has_asian_script(text) or has_indic_script(text):
                cands = self._read_in_script(text, w, kept, cands)
            if _ARABIC_LETTER.search(text):
                cands = [c for c in cands if not self._arabic_month(w, kept, c)]
        if not text.isascii() and _ARABIC_LETTER.search(text):
            cands += self._arabic_by_sound(text, w, kept, cands)
        if not cands:
            return []
        for c in cands:
            if c.ids == _CITY_ONLY:
                self._city_side(text, w, kept, c)
        if len(cands) > 1:
            cands.sort(key=_first)
            if not _SHARED_PLURAL_WORDS.isdisjoint(w.low):
                self._share_place_words(text, w, kept, cands)
        if "base" in text or "airport" in text or "airfield" in text:
            self._base_in(text, w, kept, cands)
        if "camp" in text or "Camp" in text:
            self._camp_after(text, w, kept, cands)
        self._choose_ambiguous(cands, w, kept)
        lows = w.low
        roads = "ighway" in text or "oad" in text or "otorway" in text
        provinces = "rovince" in text or "overnorate" in text
        towns = "town" in text or "village" in text
        cantons = "anton" in text  # "the Shahba canton": a region, not the quarter ash-Shahba
        arabic = not text.isascii() and _ARABIC_LETTER.search(text) is not None
        products = not CITY_PRODUCT_WORDS.isdisjoint(lows)
        commons = not COMMON_LATIN_WORDS.isdisjoint(lows) or has_other_script(text)
        roads_23 = not _ROAD_WORDS_23.isdisjoint(lows) or (
            arabic and any(arabic_word_in(raw, _ARABIC_ROADS) for raw in w.raw)
        )
        provincial = (
            arabic
            or not _PROVINCE_CUES.isdisjoint(lows)
            # the Turkish genitive of the city before a village's name ("Halep'in Anjara
            # köyünden"): its rural place word written in the caption
            or (("'" in text or "’" in text) and any(r in text for r in _TURKISH_RURAL))
        )
        cjk_provinces = not text.isascii() and any(p in text for p in CJK_PROVINCE)
        outside = self._outside
        guarded, settlements, sectors = self._guarded, self._settlements, self._sectors
        kept_cands: list[_Cand] = []
        generic = False
        for c in cands:
            if (
                (guarded and self._unguarded(text, c, cands, w, kept))
                or (roads and self._road_end(text, w, kept, c))
                or (roads_23 and self._road_between_ends(text, w, kept, c))
                or (
                    lows[kept[c.first]] in _COMPASS  # (a cheap test first: most names are not)
                    and self._direction_from(c, w, kept)
                    and not self._to_city(c, w, kept)
                )
                or (provincial and c.place_id in settlements and self._province(c, w, kept, text))
                or (
                    c.place_id in outside
                    # (a place of another governorate is named by its spellings only, as
                    # written, never by a sound nor read from another alphabet: "アル−カスル"
                    # is al-Qasr, not al-Qusayr)
                    and (
                        c.method != "exact"
                        or (not text.isascii() and self._read_elsewhere(text, w, kept, c))
                        or self._not_there(text, c, w, kept)
                    )
                )
                or (
                    cjk_provinces
                    and c.place_id in settlements
                    and text[w.end[kept[c.last]] : w.end[kept[c.last]] + 1] in CJK_PROVINCE
                )  # ("ハサカ県", "哈塞克省": the province of a city, as "アレッポ県" is)
                or (arabic and self._province_word(c, w, kept))
                or (arabic and self._construct_head(c, w, kept))
                or (arabic and self._bare_construct(c, w, kept))
                or (arabic and self._bare_joined(c, w, kept))
                or (products and c.ids == _CITY_ONLY and self._city_product(text, w, kept, c))
                or (commons and self._common_word_alone(text, w, kept, c))
                or (provinces and self._quarter_province(c, w, kept))
                or (c.place_id in sectors and self._province_follows(c, w, kept))
                or (
                    towns
                    and self._kind.get(c.place_id or "") == "landmark"
                    and _called_a_town(w.low, kept[c.first], kept[c.last])
                )
                or (
                    cantons
                    and kept[c.last] + 1 < len(lows)
                    and lows[kept[c.last] + 1] in _CANTONS
                    and c.place_id in self._in_aleppo
                )
            ):
                continue
            generic = generic or c.generic
            kept_cands.append(c)
        cands = kept_cands
        if not cands:
            return []
        if (
            not _ANCHORS.isdisjoint(w.key)
            or "Şam" in text
            or any(c.place_id in outside for c in cands)
        ):
            cands = self._not_elsewhere(text, cands, w, kept)
            if not cands:
                return []
        if generic:
            cands = self._in_context(cands, w, kept)
            if not cands:
                return []
        self._roles(text, w, kept, cands)
        if len(cands) > 1:
            cands = self._resolve(text, cands, w, kept)
        out: list[PlaceMention] = []
        starts, ends, lows = w.start, w.end, w.low
        for c in cands:
            first = kept[c.first]
            start, end = starts[first], ends[kept[c.last]]
            # a hyphenated article belongs to the name as written, and so does al or el written
            # apart ("Al Bab", "el Bab"; not "as", "at" ..., which are English words too)
            art = first - 1
            if (
                art >= 0
                and lows[art] in ARTICLES
                and (
                    text[ends[art] : start] == "-"
                    or (lows[art] in _ARTICLES_APART and text[ends[art] : start] == " ")
                )
            ):
                start = starts[art]
            elif (
                art >= 0
                and text[ends[art] : start] == "-"
                and _HEBREW_ARTICLE_JOINED.fullmatch(w.raw[art]) is not None
            ):
                start = ends[art] - 2  # the Hebrew article after "in", "to" ...: "באל-באב"
            elif (
                c.generic
                and art >= 0
                and lows[art] in _SIDE_QUARTERS
                and text[ends[art] : start] == " "
                and lows[first] in _SIDE_WORDS_AFTER_QUARTERS
            ):
                start = starts[art]  # the quarters' noun names the side with it: "quartiers Est"
            if (
                text[end : end + 1] in _GERESH
                and _HEBREW_GERESH_LETTER.match(text, end - 1) is not None
                and not text[end + 1 : end + 2].isalpha()
            ):
                end += 1  # the geresh is the Hebrew letter's own ("מנבג'": j), no apostrophe
            out.append(
                PlaceMention(
                    c.place_id, text[start:end], start, end, c.role, c.score, c.method, c.cue
                )
            )
        return out

    def find_many(self, texts: Iterable[str]) -> list[list[PlaceMention]]:
        """:meth:`find` over many texts."""
        return [self.find(t) for t in texts]

    def unknown_places(self, text: str) -> list[UnknownPlace]:
        """Capitalised names before (or after "village of" ...) a place word, not in the gazetteer.

        A name that the fuzzy pass or the phonetic key places is not unknown. Besides the names
        next to an English place word, the names are read that other wordings give a place:
        the words of other languages ("le village de X", "el pueblo de X", "Dorf X"), a
        building's, site's, road's or work's word after its name, past the words of its kind
        ("the Dar al-Shifa hospital", "Karam Hill", "the Ein Jalout elementary school", "the
        M5 highway", "the Aleppo-Gaziantep road"), a place's head word before the rest of its
        name ("Tal Ahed", "Kafr Haddad"), the other names of a list that a place or site word
        names ("the Mirkan and Sino villages", "the towns of X, Y and Z", "the villages include
        X, Y and Z", "X, Y and other villages", "X village, Y and Z", "the X and Y camps"), a
        number in a name ("Project 1070 area", "the 1070-apartment project") and a name before
        a translation in brackets ("X (The Scientific Research) neighborhood").
        """
        if not text:
            return []
        read, cuts = unglue_credit(text, self._ends_name)
        if not cuts:
            return self._unknown_places(text)
        out = []
        for u in self._unknown_places(read):
            start, end = glued_offset(u.start, cuts), glued_offset(u.end, cuts)
            out.append(UnknownPlace(text[start:end], start, end, u.word))
        return out

    def _unknown_places(self, text: str) -> list[UnknownPlace]:
        """:meth:`unknown_places` in a text without glued credits."""
        w, kept, cands, left = self._reading(text)
        if not kept:
            return []
        out: list[UnknownPlace] = []
        for first, last, word in left:
            start = w.start[kept[first]]
            end = w.end[kept[last]]
            start = self._with_article(text, w, kept[first], start)
            at = kept[first] - 1  # the number of "the 3000 Apartments area"
            if (
                at >= 0
                and w.low[at].isdigit()
                and w.low[at + 1] in _NUMBERED_WORDS
                and self._numbered_name(text, w, at + 1, set())
            ):
                start = w.start[at]
            out.append(UnknownPlace(text[start:end], start, end, word))
        if (
            _MORE_PLACE_CUES.isdisjoint(w.low)
            and not (cands and "," in text)
            and (
                _NEW_CUES.isdisjoint(w.low)
                or not self._new_cue_by_name(w, {kept[n] for c in cands for n in (c.first, c.last)})
            )
        ):
            return out
        for first, last, word, named in self._more_unknown(text, w, kept, cands, left):
            start = self._with_article(text, w, first, w.start[first])
            end = w.end[last]
            if any(u.start < end and start < u.end for u in out):
                continue
            out.append(UnknownPlace(text[start:end], start, end, word))
            if named:  # (the site's word is part of its name: "Karen Yeppe College")
                out[-1] = UnknownPlace(text[start : w.end[named]], start, w.end[named], word)
        out.sort(key=lambda u: u.start)
        return out

    def _reading(
        self, text: str
    ) -> tuple[Words, list[int], list[_Cand], list[tuple[int, int, str]]]:
        """The words of ``text``, the indices of those with a key, the names matched in it and
        the runs next to a place word that no place matches (:meth:`_matches`).

        Taken from what :meth:`_find` read when ``text`` was the last text it read (its words
        always; the names and runs when it matched none, as for most captions that name no
        place), else read anew: :meth:`unknown_places` is asked of a caption just after
        :meth:`find` found no place in it.
        """
        last = self._last_reading  # (one read of the attribute: another thread may set it)
        if last is not None and last.text == text:
            w, kept = last.words, last.kept
            if not kept:
                return w, kept, [], []
            if last.left is not None:
                return w, kept, [], last.left
            return w, kept, *self._matches(text, w, kept)
        w = self._words(text)
        kept = list(compress(range(len(w.key)), w.key))
        if not kept:
            return w, kept, [], []
        return w, kept, *self._matches(text, w, kept)

    @staticmethod
    def _new_cue_by_name(w: Words, known: set[int]) -> bool:
        """Whether a word of ``_NEW_CUES`` is capitalised, or follows a capitalised word or a
        number (perhaps past words of a site's kind: "the Jalabiya cement plant"), or comes
        before a number, none of them an end of a known name (``known``): a cheap test before
        the scan."""
        lows, uppers = w.low, w.upper
        last = len(lows) - 1
        for i, low in enumerate(lows):
            if low not in _NEW_CUES or i in known:
                continue
            if uppers[i] or (i < last and lows[i + 1][:1].isdigit()):
                return True
            k = i - 1
            while k > 0 and i - k <= _MOST_SITE_KINDS and lows[k] in _SITE_KINDS:
                k -= 1
            if k >= 0 and k not in known and (uppers[k] or lows[k][-1:].isdigit()):
                return True
        return False

    @staticmethod
    def _with_article(text: str, w: Words, first: int, start: int) -> int:
        """The start of a name with its article as written: hyphenated ("al-Foo", "as-Safira"),
        or al or el apart ("al Quds"; not "at", "as" ..., English words too)."""
        art = first - 1
        if art >= 0 and w.low[art] in ARTICLES:
            gap = text[w.end[art] : start]
            if gap == "-" or (gap == " " and w.low[art] in _ARTICLES_APART):
                return w.start[art]
        return start

    def _more_unknown(
        self,
        text: str,
        w: Words,
        kept: Sequence[int],
        cands: Sequence[_Cand],
        left: Sequence[tuple[int, int, str]],
    ) -> list[tuple[int, int, str, int]]:
        """Names of places that the wordings :meth:`_candidate_spans` leaves out give, and that
        no place of the gazetteer matches: (first word, last word, place word, the site's word
        when it is part of the name, else 0); words are counted in ``w``, not in ``kept``.
        """
        lows, uppers, raw = w.low, w.upper, w.raw
        n_words = len(lows)
        taken = {kept[n] for c in cands for n in range(c.first, c.last + 1)}
        taken.update(kept[n] for first, last, _ in left for n in range(first, last + 1))
        spans: list[tuple[int, int, str, int]] = []
        heads: list[tuple[int, int, str, int]] = []  # (after the names a place word gives)
        roads: set[tuple[int, int]] = set()

        def add(run: tuple[int, int] | None, word: str, named: int = 0) -> None:
            if run is not None:
                spans.append((run[0], run[1], word, named))

        for i, low in enumerate(lows):
            if low not in _SCAN_WORDS:
                continue  # (most words: one look-up)
            if (low in _FOREIGN_PLACE_WORDS and (raw[i] == low or low in _GERMAN_PLACE_WORDS)) or (
                low in _FRENCH_PLACE_WORDS and raw[i] == low and self._french_of(text, w, i)
            ):
                # "la localité de Kafr Naha", "el pueblo de Tal Ada", "im Dorf Ain Dara", "le
                # village de Tell Soussine", "la ville d'Akhtarin"
                j = i + 1
                if j < n_words and lows[j] in _OF_WORDS and lows[j] != "of":
                    j += 1
                add(self._run_after(text, w, j, taken), low)
            elif (low in _UNKNOWN_SITE_WORDS and i > 0) or (
                low == "city" and i > 1 and lows[i - 1] == "industrial"
            ):
                # "the Dar al-Shifa hospital", "Karam Hill", "Maruf Camii", "the M5 highway",
                # with the site's kind between: "the Ein Jalout elementary school"
                road = self._road_between(text, w, i) if low in _ROADS else None
                if road is not None:
                    roads.add(road)  # "the Aleppo-Gaziantep road": known ends, no known road
                    add(road, low, i)
                else:
                    add(self._site_name(text, w, i, taken), low, i)
            elif low in _PLACE_WORDS_AFTER and i > 0 and lows[i - 1][:1].isdigit():
                add(self._run_before(text, w, i, taken), low)  # "Project 1070 area"
            if low in _PLURAL_PLACE_WORDS or low in _SITE_PLURALS:
                # a list before a plural: "the Mirkan and Sino villages", "the Al-Iman, Al-Risala
                # and Al-Haramin camps"
                self._list_before(text, w, i - 1, taken, low, spans)
            if low in _PLURAL_PLACE_WORDS:
                # and after it, past the names the gazetteer knows: "the towns of Darat Azza,
                # al-Atareb and Qebtan al-Jabal", "areas in Kafrnaha and Khan al-Asal", "the
                # villages include X, Y and Z", "areas including X and Y"
                j = n_words
                if i + 2 < n_words and text[w.end[i] : w.start[i + 1]] == " ":
                    if lows[i + 1] in ("of", "in") or lows[i + 1] in _LIST_OPENERS:
                        j = i + 2
                elif i + 1 < n_words and text[w.end[i] : w.start[i + 1]].strip() == ":":
                    j = i + 1
                self._list_after(text, w, j, taken, low, spans, need_and=False)
                if i > 2 and (lows[i - 1] == "other" or lows[i - 2] == "other"):
                    # "X, Y, Z and other 4 villages": the names before are places too
                    k = i - 1 if lows[i - 1] == "other" else i - 2
                    if lows[k - 1] in _AND_WORDS and (
                        k == i - 1 or lows[i - 1].isdigit() or lows[i - 1] in _FEW_WORDS
                    ):
                        self._list_before(text, w, k - 2, taken, low, spans)
            elif (
                low in _SETTLEMENT_WORDS
                and 0 < i < n_words - 1
                and uppers[i - 1]
                and text[w.end[i] : w.start[i + 1]].strip() == ","
            ):
                # "Bilona village, Harbal and Sheikh Issa": a list after a name and its word
                self._list_after(text, w, i + 1, taken, low, spans, need_and=True)
            elif (
                low in _SETTLEMENT_WORDS
                and raw[i] == low
                and 0 < i < n_words - 1
                and lows[i - 1] in ("the", "a")
                and uppers[i + 1]
                and text[w.end[i] : w.start[i + 1]] == " "
            ):
                # "shelling the village Ilan, Sheikh Nasr and Qurtweran", "the village Ilan"
                self._names_after_word(text, w, i, taken, low, spans)
            if low in _APPOSITION_WORDS and i > 2:
                # "a farmer in Ghuz, a village near Aleppo", "Tall Alam, un village au sud"
                add(self._apposition(text, w, i, taken), low)
            if low in _NAME_HEADS and uppers[i] and i not in taken:
                # "the hilltop of Tal Ahed", "from Kafr Haddad": a compound name of a place
                run = self._headed_name(text, w, i, taken)
                if run is not None:
                    heads.append((run[0], run[1], "", 0))
            elif low in _NUMBERED_WORDS and i > 0:
                # "the 1070-apartment area", "the 3000 project"
                run = self._numbered_name(text, w, i, taken)
                if run is not None:
                    heads.append((run[0], run[1], "", 0))
            if i > 2 and (low in _PLACE_WORDS_AFTER or low in _UNKNOWN_SITE_WORDS):
                if text[w.end[i - 1] : w.start[i]].strip() == ")":
                    # a translation in brackets before the place word: "al-Buhuth al-Elmiyya
                    # (The Scientific Research) neighborhood"
                    add(self._before_brackets(text, w, i - 1, taken), low)
                elif text[w.end[i] : w.end[i] + 1] == ")":
                    # the place word in the brackets: "Souq al-Hal (vegetable market)"
                    add(self._before_brackets(text, w, i, taken), low)
        if cands and "," in text:
            self._lists_of_known(text, w, kept, cands, taken, spans)
        spans += heads
        out: list[tuple[int, int, str, int]] = []
        seen: set[int] = set()
        for first, last, word, named in spans:
            if seen.intersection(range(first, last + 1)):
                continue
            names = [n for n in range(first, last + 1) if uppers[n]]
            numbered = first < last and lows[first].isdigit() and lows[last] in _NUMBERED_WORDS
            if not numbered:
                if not names or all(lows[n] in _NOT_NAME_WORDS for n in names):
                    continue
                if any(lows[n] in _TIME_WORDS or lows[n] in _GROUP_WORDS for n in names):
                    continue
                if all(w.key[n] in _ANCHORS or lows[n] in _GENERIC_SITE_NAMES for n in names):
                    continue  # "the Grand Mosque": no name of its own
                if len(names) == 1 and first == names[0] and self._sentence_start(text, w, first):
                    continue  # a sentence's first word is capitalised whatever it is
            if self._known_site(text, w, first, last, named, word):
                continue  # "Al-Eis strategic hill": the gazetteer's "al-Eis hill"; "the Eis"
            a, b = bisect_left(kept, first), bisect_left(kept, last)
            if (first, last) not in roads and self._near_miss(text, w, kept, a, b, word):
                continue  # a spelling of a known place
            seen.update(range(first, last + 1))
            out.append((first, last, word, named))
        return out

    def _known_site(
        self, text: str, w: Words, first: int, last: int, named: int, word: str
    ) -> bool:
        """Whether the name from word ``first`` to ``last`` is a place of the gazetteer as
        written (the finder left it for its context), or with the site's word ``named`` after
        it (0: none), or with the singular of the plural site word ``word`` ("the Eis and X
        hills": the gazetteer's "al-Eis hill")."""
        name = text[w.start[first] : w.end[last]]
        keys = self._keys
        if alias_key(name) in keys:
            return True
        if named > 0:
            return alias_key(f"{name} {w.raw[named]}") in keys
        return word in _SITE_PLURALS and alias_key(f"{name} {word[:-1]}") in keys

    def _road_between(self, text: str, w: Words, i: int) -> tuple[int, int] | None:
        """The names of the two places that road word ``i`` follows, joined by a dash ("the
        Aleppo-Gaziantep road", "Khanser – Aathrayya road"), known or not."""
        run = self._run_before(text, w, i, set())
        if run is None:
            return None
        first, last = run
        uppers, lows = w.upper, w.low
        if any(
            text[w.end[n] : w.start[n + 1]] in _DASHES
            and uppers[n]
            and uppers[n + 1]
            and lows[n] not in ARTICLES
            for n in range(first, last)
        ):
            return first, last
        if first > 1 and text[w.end[first - 1] : w.start[first]].strip() in _DASHES:
            before = self._run_before(text, w, first, set(), plain=True)
            if before is not None:
                return before[0], last
        return None

    def _site_name(self, text: str, w: Words, i: int, taken: set[int]) -> tuple[int, int] | None:
        """The name before site word ``i``, past up to three lower-case words of the site's
        kind ("the Ein Jalout elementary school"); None for a name of an agency or a charity
        ("the Syrian American Medical Society hospital")."""
        lows = w.low
        k = i
        while k > 1 and i - k < _MOST_SITE_KINDS and lows[k - 1] in _SITE_KINDS:
            k -= 1  # (capitalised too: "the Kindi Military Hospital" is Kindi's)
        run = self._run_before(text, w, k, taken)
        if run is not None and not _SITE_NOT_NAME.isdisjoint(lows[run[0] : k]):
            return None
        return run

    def _list_before(
        self,
        text: str,
        w: Words,
        j: int,
        taken: set[int],
        word: str,
        spans: list[tuple[int, int, str, int]],
    ) -> None:
        """The names of a list that ends at word ``j`` ("X, Y and Z"), read back to its first
        name, past names the gazetteer knows."""
        lows = w.low
        for _ in range(_LIST_NAMES):
            if j <= 0:
                break
            run = self._run_before(text, w, j + 1, set(), plain=True)
            if run is None:
                break
            if taken.isdisjoint(range(run[0], run[1] + 1)):
                spans.append((run[0], run[1], word, 0))
            k = run[0] - 1
            if k > 0 and lows[k] == "al" and text[w.end[k] : w.start[k + 1]] == "-":
                k -= 1
            while k > 0 and w.upper[k] and text[w.end[k] : w.start[k + 1]] == " ":
                k -= 1  # a word that stands before names ("Arab Wiran"): the item's still
            if k <= 0:
                break
            gap = text[w.end[k] : w.start[k + 1]].strip()
            if lows[k] in _AND_WORDS and gap == "":
                before = text[w.end[k - 1] : w.start[k]].strip()
                if before not in ("", ","):
                    break
                j = k - 1
            elif gap == ",":
                j = k
            else:
                break

    def _names_after_word(
        self,
        text: str,
        w: Words,
        i: int,
        taken: set[int],
        word: str,
        spans: list[tuple[int, int, str, int]],
    ) -> None:
        """The name right after place word ``i`` ("the village Ilan"), and the other names of
        a list it starts that ends "and Z"; none for a title ("the village Council")."""
        items, ended = self._list_items(text, w, i + 1)
        if not items or w.low[items[0][1]] in _TITLE_NOUNS:
            return
        for first, last in items if ended else items[:1]:
            if taken.isdisjoint(range(first, last + 1)):
                spans.append((first, last, word, 0))

    def _headed_name(self, text: str, w: Words, i: int, taken: set[int]) -> tuple[int, int] | None:
        """The compound name that head word ``i`` starts ("Tal Ahed", "Kafr Haddad", "Tal
        al-Asfar"), when it is no part of a longer name before it, no English or German word
        at a sentence's start ("Tell", "Ein"), and no name of a place elsewhere."""
        lows, uppers = w.low, w.upper
        if i > 0:
            gap = text[w.end[i - 1] : w.start[i]]
            if gap.strip(" ") == "-" or (
                uppers[i - 1] and gap == " " and lows[i - 1] not in _NOT_NAME_WORDS
            ):
                return None  # "Imran Khan", "al-Tal": the word is in another name
        if lows[i] in _HEADS_ALSO_WORDS and (
            i == 0 or text[: w.start[i]].rstrip()[-1:] in _CLAUSE_OPENERS
        ):
            return None  # "Tell them", German "Ein Junge", "Foto: Ein Mann"
        run = self._run_after(text, w, i, taken)
        if run is None or run[1] == i:
            return None
        name = alias_key(text[w.start[run[0]] : w.end[run[1]]])
        if name in _ANCHORS or any(w.key[n] in _ANCHORS for n in range(run[0], run[1] + 1)):
            return None  # "Tal Abyad", "Deir ez-Zor": places elsewhere the finder knows
        return run

    @staticmethod
    def _numbered_name(text: str, w: Words, i: int, taken: set[int]) -> tuple[int, int] | None:
        """A number of three or four digits (no year) and the words after it that make it a
        name ("1070-apartment", "3000 apartments project"), or "Project" and its number."""
        lows = w.low
        n_words = len(lows)
        if lows[i - 1].isdigit() and text[w.end[i - 1] : w.start[i]] in (" ", "-"):
            first, last, number = i - 1, i, lows[i - 1]
            while (
                last + 1 < n_words
                and lows[last + 1] in _NUMBERED_WORDS
                and text[w.end[last] : w.start[last + 1]] == " "
            ):
                last += 1  # "1070 apartments project"
        elif (
            lows[i] in ("project", "projects")
            and i + 1 < n_words
            and lows[i + 1].isdigit()
            and text[w.end[i] : w.start[i + 1]] == " "
        ):
            first, last, number = i, i + 1, lows[i + 1]  # "Project 1070"
        else:
            return None
        if not 3 <= len(number) <= 4 or (len(number) == 4 and number.startswith(("19", "20"))):
            return None  # a year ("the 2016 project")
        if not taken.isdisjoint(range(first, last + 1)):
            return None
        return first, last

    def _before_brackets(
        self, text: str, w: Words, i: int, taken: set[int]
    ) -> tuple[int, int] | None:
        """The name before a bracket that ends at word ``i`` ("Souq al-Hal (vegetable
        market)", "al-Ansari (Ansari) district")."""
        k = i
        while k > 0 and i - k < 5 and "(" not in text[w.end[k - 1] : w.start[k]]:
            k -= 1
        if k <= 0 or text[w.end[k - 1] : w.start[k]].strip() != "(":
            return None
        return self._run_before(text, w, k, taken, plain=True)

    def _apposition(self, text: str, w: Words, i: int, taken: set[int]) -> tuple[int, int] | None:
        """The name before ", a village" (place word ``i``) when a preposition, a bearing or
        the clause's end follows the word ("Ghuz, a village near Aleppo"; not "Ahmad, a village
        elder")."""
        lows, n_words = w.low, len(w.low)
        j = i - 1
        if lows[j] in _APPOSITION_FILLERS:
            j -= 1  # "Ghuz, a small village"
        if j < 1 or lows[j] not in _APPOSITION_ARTICLES:
            return None
        if text[w.end[j - 1] : w.start[j]].strip() != ",":
            return None
        after = text[w.end[i] : w.start[i + 1] if i + 1 < n_words else len(text)].strip()
        if i + 1 < n_words and not after and lows[i + 1] not in _APPOSITION_NEXT:
            return None
        if after[:1] not in ("", ",", ".", ";", ")"):
            return None
        return self._run_before(text, w, j, taken, plain=True)

    @staticmethod
    def _french_of(text: str, w: Words, i: int) -> bool:
        """Whether word ``i`` is followed by the French "de" ("le village de X", "d'X")."""
        if i + 1 >= len(w.low):
            return False
        gap = text[w.end[i] : w.start[i + 1]].strip()
        return w.low[i + 1] in ("de", "du") or (gap[:1] == "d" and gap[1:] in _APOS_CHARS)

    def _list_after(
        self,
        text: str,
        w: Words,
        j: int,
        taken: set[int],
        word: str,
        spans: list[tuple[int, int, str, int]],
        need_and: bool,
    ) -> None:
        """The names of a list from word ``j`` ("X, Y and Z"), past names the gazetteer
        knows; with ``need_and``, only a list that ends "and Z" is one."""
        items, ended = self._list_items(text, w, j)
        if ended or not need_and:
            spans.extend(
                (first, last, word, 0)
                for first, last in items
                if taken.isdisjoint(range(first, last + 1))
            )

    def _list_items(self, text: str, w: Words, j: int) -> tuple[list[tuple[int, int]], bool]:
        """The names of a list from word ``j``, joined by commas and ending "and Z" (or at the
        first word that is no name nor a comma), and whether it ends "and Z"."""
        items: list[tuple[int, int]] = []
        ended = False
        n_words = len(w.low)
        for _ in range(_LIST_NAMES):
            run = self._run_after(text, w, j, set())
            if run is None:
                break
            items.append(run)
            if ended:
                break
            j = run[1] + 1
            if j >= n_words:
                break
            gap = text[w.end[j - 1] : w.start[j]].strip()
            if gap in (",", "") and w.low[j] in _AND_WORDS:
                j += 1
                ended = True
            elif gap != ",":
                break
        return items, ended

    def _lists_of_known(
        self,
        text: str,
        w: Words,
        kept: Sequence[int],
        cands: Sequence[_Cand],
        taken: set[int],
        spans: list[tuple[int, int, str, int]],
    ) -> None:
        """The other names of a list that names two places of the gazetteer or more ("it
        shelled Anadan, Hayan, Huraitan and Bayanon"): places too, the gazetteer lacks them."""
        lows, uppers = w.low, w.upper
        done: set[int] = set()
        for c in sorted(cands, key=lambda c: c.first):
            j = kept[c.first]
            if j in done or c.generic:
                continue
            # back to the list's first name, over the names before a comma
            while (
                j > 1
                and text[w.end[j - 1] : w.start[j]].strip() in ("-", "")
                and (lows[j - 1] in ARTICLES)
            ):
                j -= 1
            if (
                j > 1
                and lows[j - 1] in _NAME_HEADS
                and uppers[j - 1]
                and text[w.end[j - 1] : w.start[j]].strip(" '’") == ""
            ):
                j -= 1  # the known name's head: "Tal 'Oweija"
            while j > 1 and text[w.end[j - 1] : w.start[j]].strip() == ",":
                run = self._run_before(text, w, j, set(), plain=True)
                if run is None or (not uppers[run[0]] and lows[run[0]] not in ARTICLES):
                    break
                j = run[0]
            items, ended = self._list_items(text, w, j)
            done.update(first for first, _ in items)
            known = [
                r
                for r in items
                if not taken.isdisjoint(range(r[0], r[1] + 1))
                or (r[0] < r[1] and lows[r[0]] in _NAME_HEADS and uppers[r[0]])
            ]  # (a compound name of a place counts: "Talat Bureij, Tal Oweija and Tal Asfar")
            if not ended or len(items) < 3 or len(known) < 2:
                continue
            spans.extend(
                (first, last, "", 0)
                for first, last in items
                if taken.isdisjoint(range(first, last + 1)) and last - first < 3
            )

    def _run_after(self, text: str, w: Words, j: int, taken: set[int]) -> tuple[int, int] | None:
        """The capitalised name from word ``j`` (articles and a number in it), up to four
        words joined by spaces or hyphens; None at a word of ``taken``."""
        lows, uppers, n_words = w.low, w.upper, len(w.low)
        while j < n_words and lows[j] in ARTICLES and not uppers[j]:
            if text[w.end[j] : w.start[j + 1] if j + 1 < n_words else w.end[j]] not in "- ":
                return None
            j += 1
        first = j
        last = -1
        while j < n_words and j - first < 4:
            if j in taken:
                return None
            upper = uppers[j] or self._after_article(text, w, j)
            if upper or (last >= 0 and (lows[j][:1].isdigit() or lows[j] in ARTICLES)):
                if upper or lows[j][:1].isdigit():
                    last = j
            else:
                break
            if j + 1 < n_words and text[w.end[j] : w.start[j + 1]].strip(" -’'・·") != "":
                break
            j += 1
        return (first, last) if last >= first else None

    def _run_before(
        self, text: str, w: Words, i: int, taken: set[int], plain: bool = False
    ) -> tuple[int, int] | None:
        """The capitalised name that ends before word ``i`` (articles and a number in it), up
        to four words; None at a word of ``taken`` or when none is there. ``plain``: no gap
        but spaces is checked between the name and word ``i``."""
        lows, uppers = w.low, w.upper
        last = i - 1
        if not plain and text[w.end[last] : w.start[i]].strip(" -'’") != "":
            return None  # (an apostrophe ends a name: "Umm al-Qar' Hill")
        j = last
        first = -1
        while j >= 0 and last - j < 4:
            if lows[j] in _PLACE_WORDS and first >= 0:
                break  # "Şêx Meqsûd Mahallesi Maruf Camii": the name starts after the quarter's
            if j in taken:
                return None
            gap = text[w.end[j] : w.start[j + 1]]
            if lows[j] in _NOT_NAME_WORDS or lows[j] in _TIME_WORDS:
                break  # "The al-Waer hospital", "in Karam Hill"
            if uppers[j] or (j == last and self._after_article(text, w, j)):
                first = j  # (and "Al-rakhim hill")
            elif lows[j][:1].isdigit():
                before = text[w.end[j - 1] : w.start[j]] if j else ""
                if gap != " " and before != " ":
                    break
                if not (j < last and uppers[j + 1]) and not (j and uppers[j - 1]):
                    break  # a number in a name ("Project 1070"), not a date before one
                first = j
            elif first < 0 or lows[j] not in ARTICLES:
                break
            elif not (gap == "-" or (gap == " " and lows[j] in _ARTICLES_APART)):
                break  # an article written with its name: "al-Foo", "al Foo"
            if j == 0 or text[w.end[j - 1] : w.start[j]].strip(" -’'・·") != "":
                break
            j -= 1
        if first < 0 or not (
            uppers[last] or lows[last][:1].isdigit() or self._after_article(text, w, last)
        ):
            return None
        return first, last

    @staticmethod
    def _after_article(text: str, w: Words, j: int) -> bool:
        """Whether word ``j``, in lower case, follows a capitalised "Al-" or "El-" as a name's
        word ("Tel Al-rakhim")."""
        return (
            j > 0
            and w.upper[j - 1]
            and w.low[j - 1] in _ARTICLES_APART
            and text[w.end[j - 1] : w.start[j]] == "-"
            and w.low[j].isalpha()
        )

    # -- exact matching -------------------------------------------------------------------
    def _matches(
        self, text: str, w: Words, kept: Sequence[int]
    ) -> tuple[list[_Cand], list[tuple[int, int, str]]]:
        """The names matched, and the runs next to a place word that no place matches.

        Exact names first; a known name inside a longer capitalised name before "district" ...
        that the gazetteer lacks is dropped (the longer name is a run to match); the runs next
        to a place word are matched fuzzily, then on the phonetic key; the capitalised words
        left anywhere are matched on the phonetic key.
        """
        cands = self._exact(text, w, kept)
        if not text.isascii() and cands:
            cands = [c for c in cands if not self._read_elsewhere(text, w, kept, c)]
        left: list[tuple[int, int, str]] = []
        lows = w.low
        if cands and not _GROUP_WORDS.isdisjoint(lows):
            if not _ORG_WORDS.isdisjoint(lows):
                cands = self._in_org_names(text, w, kept, cands)
            if not _GROUP_NAMING.isdisjoint(lows):
                cands = self._after_group_head(text, w, kept, cands)
        if not _PLACE_WORDS.isdisjoint(lows):
            places = [(i, low) for i, low in enumerate(lows) if low in _PLACE_WORDS]
            if cands:
                cands = self._block(text, w, kept, cands, places)
            for first, last, word in self._candidate_spans(text, w, kept, cands, places):
                found = self._near_miss(text, w, kept, first, last, word)
                if found is None and first < last and self._sentence_start(text, w, kept[first]):
                    # a sentence's first word is capitalised whatever it is ("Kentin Süryan
                    # Mahallesi’nde": the city's Süryan quarter)
                    found = self._near_miss(text, w, kept, first + 1, last, word)
                if found is None:
                    left.append((first, last, word))
                else:
                    cands.append(found)
        if (not text.isascii() and _TURKISH_LETTERS.search(text)) or (
            ("'" in text or "’" in text) and _TURKISH_CASE_WRITTEN.search(text)
        ):
            # (a Turkish case ending after an apostrophe tells a Turkish caption too, written
            # without Turkish letters: "Han Tuman'da", "Tel Rifat'ta")
            read = self._turkish(text, w, kept, cands)
            if read:
                taken = {n for c in read for n in range(c.first, c.last + 1)}
                # (a shorter name inside a longer one so read loses to it: "Tuman" of "Han
                # Tuman'da" is no village Toman)
                cands = [c for c in cands if taken.isdisjoint(range(c.first, c.last + 1))]
                cands += read
                left = [r for r in left if taken.isdisjoint(range(r[0], r[1] + 1))]
        # the capitalised words whose phonetic key may start a name's (few of them)
        # (one test first: most captions have none, and listing none costs more)
        starts = list(compress(range(len(w.flag)), w.flag)) if any(w.flag) else []
        if starts and cands:  # most are the first words of names matched already
            firsts = {kept[c.first] for c in cands}
            starts = [k for k in starts if k not in firsts]
        if starts and left:
            # a whole name the gazetteer lacks ("the Marj Dabiq area") is not matched piece by
            # piece: a shorter known name inside it is not the place it names
            unknown = {kept[n] for first, last, _ in left for n in range(first, last + 1)}
            starts = [k for k in starts if k not in unknown]
        if starts:
            inflected = self._inflections(text, w, kept, starts, bool(cands))
            if inflected:
                cands += inflected
                taken = {kept[c.first] for c in inflected}
                starts = [k for k in starts if k not in taken]
        if "-" in text or not _ARTICLES_APART.isdisjoint(lows):
            after = self._inflected_after_article(text, w, kept, cands)
            if after:
                cands += after
                taken = {kept[c.first] for c in after}
                starts = [k for k in starts if k not in taken]
        if starts:
            cands += self._phonetic(text, w, kept, cands, starts)
        if not _MARKET_HEADS.isdisjoint(lows):
            souqs = self._souqs(text, w, kept, cands)
            if souqs:
                # the market's word that names them is no souk of its own ("the souk"), and a
                # sound-alike of the souq's name is not the place it sounds like
                taken = {n for c in souqs for n in range(c.first, c.last + 1)}
                cands = [
                    c
                    for c in cands
                    if (
                        not c.generic
                        or c.first != c.last
                        or lows[kept[c.first]] not in _MARKET_HEADS
                    )
                    and taken.isdisjoint(range(c.first, c.last + 1))
                ]
                cands += souqs
        return cands, left

    def _souqs(self, text: str, w: Words, kept: Sequence[int], cands: list[_Cand]) -> list[_Cand]:
        """The souqs named by their own names beside a market's word, one or a list of them,
        as written or by their sound: "le souk de Saqtiya" (Suq Saqatiya), "les souks
        «Attarine» et «Saqatiya»", "the Saqatiya market"."""
        # (a name matched only by its sound to a place that is no market is read as a souq's
        # first: "de Zarab-markt" is Suq al-Zarab, not the village Zirbeh)
        covered = {
            n
            for c in cands
            if c.method == "exact" or not self._markets_ids.isdisjoint(c.ids)
            for n in range(c.first, c.last + 1)
        }
        lows, uppers = w.low, w.upper
        size = len(kept)
        out: list[_Cand] = []
        for n in range(size):
            if lows[kept[n]] not in _MARKET_HEADS:
                continue
            spans: list[int] = [n - 1] if n > 0 else []  # the name before: "the Saqatiya souk"
            m = n + 1
            while m < size and m - n <= _MARKET_SPAN:
                k = kept[m]
                if _SENTENCE_END.search(text, w.end[kept[m - 1]], w.start[k]):
                    break
                if uppers[k] and m not in covered:
                    spans.append(m)
                elif lows[k] not in _MARKET_JOINS and m not in covered and not lows[k].isdigit():
                    break  # (a number goes with a souq's name: "Saqtiya 2")
                m += 1
            for first in spans:
                if first in covered or not uppers[kept[first]]:
                    continue
                found = self._souq_at(text, w, kept, first)
                if found is not None:
                    out.append(found)
                    covered.update(range(found.first, found.last + 1))
        return out

    def _souq_at(self, text: str, w: Words, kept: Sequence[int], first: int) -> _Cand | None:
        """The souq whose own name starts at word ``first``: up to three capitalised words
        joined, longest first, as written or by their sound."""
        from rapidfuzz import fuzz

        uppers = w.upper
        last = first
        while (
            last + 1 < len(kept)
            and last + 1 - first < 3
            and uppers[kept[last + 1]]
            and self._joined(text, w, kept[last], kept[last + 1])
        ):
            last += 1
        memo = self._souq_cache
        for end in range(last, first - 1, -1):
            words = tuple([w.raw[kept[n]] for n in range(first, end + 1)])
            read = memo.get(words)
            if read is None:
                read = _remember(memo, words, self._souq_read, _MEMO_LIMIT)
            ids, hit = read
            if ids and all(p in self._markets_ids for p in ids):
                return _Cand(first, end, ids, 100.0, "exact")
            if hit is not None:
                place_id, name_key = hit
                run_key = "".join(w.key[kept[n]] for n in range(first, end + 1))
                score = fuzz.ratio(run_key, name_key)
                if score >= _MARKET_SCORE:
                    return _Cand(first, end, (place_id,), round(float(score), 1), "phonetic")
        return None

    def _souq_read(self, words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, str] | None]:
        """The market places ``words`` name after "Suq", and the market they sound like."""
        return (
            self._keys.get(alias_key(" ".join(["Suq", *words])), ()),
            self._market_sounds.get(phonetic_run([self._phonetic_word(r) for r in words])),
        )

    def _turkish_key(self, raw: str) -> str:
        key = self._turkish_cache.get(raw)
        return key if key is not None else _remember(self._turkish_cache, raw, turkish_key)

    def _turkish(
        self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]
    ) -> list[_Cand]:
        """Names of a Turkish caption read as Turkish writes Arabic ("Meadi ve Şear
        mahallelerinde": al-Ma'adi and ash-Sha'ar), where it names places: before a place
        word or with a case ending of place (a list of them too)."""
        keys, uppers, known = w.key, w.upper, self._keys
        # the words of the names found, but those of a name of one word, which a longer name
        # read so may hold ("Han Tuman'da": Khan Tuman, not Toman)
        covered = {n for c in cands if c.first != c.last for n in range(c.first, c.last + 1)}
        single = {c.first for c in cands if c.first == c.last}
        out: list[_Cand] = []
        n, size = 0, len(kept)
        while n < size:
            k = kept[n]
            if n in covered or n in single or not uppers[k] or keys[k] in known:
                n += 1
                continue
            found = None
            for last in range(min(n + 2, size - 1), n - 1, -1):
                if any(m in covered for m in range(n, last + 1)) or not self._joined(
                    text, w, k, kept[last]
                ):
                    continue
                key = " ".join(self._turkish_key(w.raw[kept[m]]) for m in range(n, last + 1))
                ids = known.get(key)
                if ids is None and "h" in key:
                    # Turkish writes the Arabic kh as h too ("Han Tuman": Khan Tuman, "Han
                    # el Asel": Khan al-Asal), at a word's start
                    ids = known.get(_TURKISH_H_AS_KH.sub("kh", key))
                if ids and (
                    self._placed(text, w, k, kept[last]) == 2
                    or (
                        _after_turkish_bearing(text, w, k)
                        and all(self._kind[p] in _SETTLEMENTS for p in ids)
                    )
                ):
                    found = _Cand(n, last, ids, 100.0, "phonetic")
                    break
            if found is None:
                n += 1
            else:
                out.append(found)
                n = found.last + 1
        return out

    def _near_miss(
        self, text: str, w: Words, kept: Sequence[int], first: int, last: int, word: str
    ) -> _Cand | None:
        """A name next to place word ``word`` that no alias matched: fuzzily, then on its
        sound, then as Turkish writes Arabic ("the Meadi district"); a near spelling of a place
        of the wrong kind (a town before "Mahallesi") yields to a place of the right kind that
        sounds the same. A name with a number is not near a name with another number ("the
        3000 Apartments" is not the 1070 apartments)."""
        numbers = [w.low[kept[n]] for n in range(first, last + 1) if w.low[kept[n]].isdigit()]
        if numbers and not any(n in self._numbered for n in numbers):
            return None
        found = None
        if self.fuzzy_threshold > 0:
            found = self._fuzzy(w, kept, first, last)
            if found is not None and self._fits(found.ids, word):
                return found
        sound = self._phonetic_run(text, w, kept, first, last, free=False)
        if found is None and sound is None:
            # as Turkish writes Arabic, in an English caption too ("the Meadi district")
            key = " ".join(self._turkish_key(w.raw[kept[n]]) for n in range(first, last + 1))
            ids = self._keys.get(key)
            return _Cand(first, last, ids, 100.0, "phonetic") if ids else None
        if found is None or (sound is not None and self._fits(sound.ids, word)):
            return sound
        if word in _VILLAGE_WORDS and not self._fits(found.ids, word):
            # a near spelling of a quarter of the city is no village ("al-Aziza village", by
            # Kobani, is not al-Aziziyeh; a town may be a quarter grown into the city)
            return None
        return found

    def _city_side(self, text: str, w: Words, kept: Sequence[int], c: _Cand) -> None:
        """Make a match of the city the side of it named before it past who holds it.

        "eastern opposition-held Aleppo", "the eastern rebel-held parts of Aleppo city", "the
        eastern areas of the embattled city of Aleppo" name the east as "eastern Aleppo" does;
        "east of Aleppo" (a direction) does not; after a possessive, see
        :meth:`_city_side_after`. ``c`` gains the side's words and place.
        """
        lows, keys, starts, ends = w.low, w.key, w.start, w.end
        city = kept[c.last]
        if lows[city] == "city" and c.last > c.first:
            city = kept[c.last - 1]  # "Aleppo city"
        if keys[city] not in self._city_keys:
            return
        if text[ends[city] : ends[city] + 3] in _POSSESSIVE_GAPS and city == kept[c.last]:
            self._city_side_after(text, w, kept, c, city)
            return
        j = city - 1
        while (
            j > 0
            and city - j <= 9
            and lows[j] in _SIDE_FILLERS
            and text[ends[j] : starts[j + 1]] in (" ", "-")
        ):
            j -= 1
        if j == city - 1 or text[ends[j] : starts[j + 1]] not in (" ", "-"):
            return
        ids = self._keys.get(f"{keys[j]} {keys[city]}")
        if ids is None or len(ids) != 1 or ids[0] not in self._sectors:
            return
        between = lows[j + 1 : city]
        if "of" in between:
            k = between.index("of")
            if (
                k == 0
                or between[k - 1] not in _PART_NOUNS
                or not _HOLDER_WORDS.issuperset(between[: k - 1])
                or not _CITY_OF.issuperset(between[k + 1 :])
            ):
                return  # not a part of the city ("east of the city of Aleppo": a direction)
        elif not _HOLDER_WORDS.issuperset(between):
            return
        if j > 0 and text[ends[j - 1] : starts[j]] == "-":  # "south-eastern"
            two = self._keys.get(f"{keys[j - 1]} {keys[j]} {keys[city]}")
            if two is not None and len(two) == 1 and two[0] in self._sectors:
                ids, j = two, j - 1
        c.first = bisect_left(kept, j)
        c.ids = ids

    def _city_side_after(
        self, text: str, w: Words, kept: Sequence[int], c: _Cand, city: int
    ) -> None:
        """Make a match of the city, a possessive, who holds it and a side before a part's noun
        the side, who holds it said before the side or after it: "Aleppo's rebel-held eastern
        districts", "Aleppo's western rebel-held parts" (not "Aleppo's eastern countryside",
        the province's)."""
        lows, keys, starts, ends = w.low, w.key, w.start, w.end
        j, n_words = city + 1, len(lows)
        while (
            j < n_words and lows[j] in _HOLDER_WORDS and text[ends[j] : starts[j + 1]] in (" ", "-")
        ):
            j += 1
        part = j + 1
        while (
            part + 1 < n_words
            and lows[part] in _HOLDER_WORDS
            and text[ends[part - 1] : starts[part]] in (" ", "-")
        ):
            part += 1
        if part >= n_words or lows[part] not in _PART_NOUNS:
            return
        if text[ends[j] : starts[j + 1]] != " " or text[ends[part - 1] : starts[part]] != " ":
            return
        ids = self._keys.get(f"{keys[j]} {keys[city]}")
        if ids is not None and len(ids) == 1 and ids[0] in self._sectors:
            c.last = bisect_left(kept, j)
            c.ids = ids

    def _camp_after(self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]) -> None:
        """Give a name the camp named after it past the words of its kind: "the Handarat
        Palestinian refugee camp" is the Handarat camp (as "Handarat camp" is), when the
        gazetteer knows the name with "camp"."""
        lows, starts, ends, n_words = w.low, w.start, w.end, len(w.low)
        for c in cands:
            j = kept[c.last] + 1
            while (
                j < n_words
                and lows[j] in _CAMP_KINDS
                and text[ends[j - 1] : starts[j]] in (" ", "-")
            ):
                j += 1
            if j == kept[c.last] + 1 or j >= n_words or lows[j] != "camp":
                continue
            if text[ends[j - 1] : starts[j]] != " ":
                continue
            name = " ".join(w.key[kept[n]] for n in range(c.first, c.last + 1))
            ids = self._keys.get(f"{name} {w.key[j]}")
            if ids:
                c.ids, c.last = ids, bisect_left(kept, j)

    def _base_in(self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]) -> None:
        """Give a name the base or airport named before it: "a fighter base in Nayrab" is the
        Nayrab air base (not the village), when the gazetteer knows the name with that word.
        Not after a comma ("the Menagh airport, in Aleppo's countryside": the base's own name
        came first, and the name after the comma says where it is), nor when the name is a
        possessive ("a base in Aleppo's north": the name is the region's)."""
        lows = w.low
        for c in cands:
            j = kept[c.first] - 1
            while j >= 0 and lows[j] in ARTICLES:
                j -= 1
            if j < 1 or lows[j] not in ("in", "at") or lows[j - 1] not in _BASE_WORDS:
                continue
            if "," in text[w.end[j - 1] : w.start[j]]:
                continue
            end = w.end[kept[c.last]]
            if text[end : end + 2] in _POSSESSIVE_GAPS or text[end : end + 2] in _SAXON:
                continue
            name = " ".join(w.key[kept[n]] for n in range(c.first, c.last + 1))
            for word in _BASE_WORDS[lows[j - 1]]:
                ids = self._keys.get(f"{name} {word}")
                if ids:
                    c.ids = ids
                    break

    def _share_place_words(
        self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]
    ) -> None:
        """Give names in a list the plural place word after the last of them: "the Nayrab and
        Kuweires air bases" are the Nayrab air base and the Kuweires air base (not the village
        an-Nayrab), when the gazetteer knows each name with the place word. ``cands`` are in
        text order."""
        lows, starts, ends = w.low, w.start, w.end
        group: list[_Cand] = [cands[0]]
        for n in range(1, len(cands) + 1):
            a = cands[n - 1]
            if n < len(cands):
                b = cands[n]
                between = lows[kept[a.last] + 1 : kept[b.first]]
                if (
                    between
                    and _SHARE_JOINERS.issuperset(between[:1])
                    and ARTICLES.issuperset(between[1:])
                ) or (not between and text[ends[kept[a.last]] : starts[kept[b.first]]] == ", "):
                    group.append(b)
                    continue
            if len(group) > 1:
                self._share_plural(text, w, kept, group)
            if n < len(cands):
                group = [cands[n]]

    def _plural_heads(
        self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]
    ) -> list[_Cand]:
        """Names that only the plural place word after them makes known: in "the Khalfan and
        al-Qiqan mosques" al-Qiqan is the Qiqan Mosque. The one or two words before the plural
        and its singular name a place; no match covers them."""
        lows, starts, ends = w.low, w.start, w.end
        covered = {n for c in cands for n in range(c.first, c.last + 1)}
        out: list[_Cand] = []
        for n in range(1, len(kept)):
            singular = _SHARED_PLURALS.get(lows[kept[n]])
            if singular is None or n - 1 in covered or not w.upper[kept[n - 1]]:
                continue
            for first in (n - 2, n - 1):
                if first < 0 or first in covered or not w.upper[kept[first]]:
                    continue
                name = text[starts[kept[first]] : ends[kept[n - 1]]]
                ids = self._keys.get(alias_key(f"{name} {singular}"))
                if ids:
                    out.append(_Cand(first, n - 1, ids, 100.0, "exact"))
                    break
        return out

    def _share_plural(self, text: str, w: Words, kept: Sequence[int], group: list[_Cand]) -> None:
        """Names joined by "and" (``group``) before a plural place word take its singular."""
        lows, uppers, starts, ends = w.low, w.upper, w.start, w.end
        after = kept[group[-1].last] + 1
        for j in range(after, min(after + 3, len(lows))):
            if uppers[j]:
                return
            singular = _SHARED_PLURALS.get(lows[j])
            if singular is not None:
                break
        else:
            return
        phrase = " ".join([*lows[after:j], singular])
        for c in group:
            first = kept[c.first]
            if first > 0 and lows[first - 1] in ARTICLES:
                first -= 1
            name = text[starts[first] : ends[kept[c.last]]]
            found = self._keys.get(alias_key(f"{name} {phrase}"))
            if found:
                c.ids = found

    def _fits(self, ids: Sequence[str], word: str) -> bool:
        """Whether one of the places ``ids`` is of the kind place word ``word`` names."""
        if word in _QUARTER_WORDS:
            return any(self._in_city[p] for p in ids)
        if word in _SETTLEMENT_WORDS:
            return any(self._kind[p] in ("town", "village") for p in ids)
        return True

    @staticmethod
    def _sentence_start(text: str, w: Words, k: int) -> bool:
        """Whether word ``k`` starts its sentence (its capital then tells nothing)."""
        before = text[w.end[k - 1] if k else 0 : w.start[k]]
        return k == 0 or _SENTENCE_END.search(before) is not None or "\n" in before

    def _phonetic_word(self, raw: str) -> str:
        key = self._phonetic_cache.get(raw)
        return key if key is not None else _remember(self._phonetic_cache, raw, phonetic_word)

    def _phonetic(
        self, text: str, w: Words, kept: Sequence[int], cands: list[_Cand], starts: list[int]
    ) -> list[_Cand]:
        """Runs of capitalised words no name covers, matched on the phonetic key.

        A run of up to three words (joined by spaces, hyphens or an article) is tried longest
        first from each word, so that a name written run together or split matches either way.
        """
        keys, uppers, lows = w.key, w.upper, w.low
        covered: set[int] = set()
        for c in cands:
            covered.update(range(c.first, c.last + 1))
        out: list[_Cand] = []
        size = len(kept)
        n_free = 0  # the first kept word not yet taken by a match or a person's name
        for k in starts:
            n = bisect_left(kept, k)
            if n < n_free or n in covered:
                continue
            if keys[k] in _FAR_AWAY:
                continue  # a city far away known as such: "Tehran" is not the village Tarhin
            m = n
            while m + 1 < size and m + 1 - n < _PHONETIC_RUN:
                k2 = kept[m + 1]
                if (
                    m + 1 in covered  # (a known word not matched may end a longer name:
                    or not uppers[k2]  # "Xan Tuman" is Khan Tuman, not the village Tuman)
                    or lows[k2] in _NOT_NAME_WORDS
                    or any(
                        lows[j] not in ARTICLES or _conjunction(text, w, j)
                        for j in range(kept[m] + 1, k2)
                    )
                    or not self._joined(text, w, kept[m], k2)
                ):
                    break
                m += 1
            if k > 0 and lows[k - 1] in _PERSON_CUES:
                n_free = m + 1  # a person's name, all its words
                continue
            if k > 0 and self._after_prefix(text, w, k):
                continue  # "Qasr Andan": a name of two words, not Anadan
            # a compound name's first word ("Kafr Naseh") is not a name on its own (Kafra)
            lowest = n + 1 if keys[k] in _PREFIXES and self._starts_name(text, w, kept, n) else n
            for last in range(m, lowest - 1, -1):
                found = self._phonetic_run(text, w, kept, n, last, free=True)
                if found is not None:
                    out.append(found)
                    n_free = found.last + 1
                    break
        return out

    def _starts_name(self, text: str, w: Words, kept: Sequence[int], n: int) -> bool:
        """Whether kept word ``n`` is followed by a capitalised word of the same name (joined
        to it by a space or a hyphen, perhaps past an article)."""
        if n + 1 >= len(kept):
            return False
        k2 = kept[n + 1]
        return (
            w.upper[k2]
            and w.low[k2] not in _NOT_NAME_WORDS
            and self._joined(text, w, kept[n], k2)
            and all(
                w.low[j] in ARTICLES and not _conjunction(text, w, j)
                for j in range(kept[n] + 1, k2)
            )
        )

    def _may_start(self, key: str, raw: str, low: str, upper: bool) -> bool:
        """Whether a word may start a phonetic match (the flag of :meth:`_words`).

        It is capitalised, neither a known name (the exact pass decided on it) nor a word that
        stands before names, and its key starts a name's (most capitalised words do not), or
        it is a case form of a town's name (:meth:`_inflected_ids`).
        """
        return (
            upper
            and bool(key)
            and key not in self._keys
            and low not in _NOT_START
            and (
                self._phonetic_word(raw) in self._phonetic_prefixes
                or any(
                    phonetic_word(r[0]) in self._phonetic_prefixes for r in foreign_readings([raw])
                )
                or bool(self._inflected_ids(raw))
            )
        )

    def _inflected_ids(self, raw: str) -> tuple[str, ...]:
        """The city or town whose one-word name ``raw`` is a case form of ("Aleppóban",
        "Halepit", "Манбидже"), read in Latin letters and by the letters of Polish, Czech and
        Hungarian ("Manbidżu"); ``()`` for none. Remembered per word."""
        hit = self._inflection_cache.get(raw)
        if hit is not None:
            return hit
        word = latin(raw) if not raw.isascii() and other_script(raw) else raw
        found: tuple[str, ...] = ()
        # (a stem keeps three letters and its key four: a shorter word is no such form)
        if len(word) > _INFLECTED_MIN and word.isalpha():
            for reading in (word, *(r[0] for r in foreign_readings([word]))):
                found = next(
                    (
                        ids
                        for stem in case_stems(reading)
                        for ids in [self._inflectable.get(fold_token(stem))]
                        if ids
                    ),
                    (),
                )
                if found:
                    break
        return _remember(self._inflection_cache, raw, lambda _: found, _MEMO_LIMIT)

    def _inflections(
        self, text: str, w: Words, kept: Sequence[int], starts: Sequence[int], named: bool
    ) -> list[_Cand]:
        """The words of ``starts`` that are case forms of a town's or the city's name ("z
        Aleppa", "Aleppóból", "Hələbin", "nga Halepi"); not a surname, which Arabic makes of a
        town's name with -i ("Baraa al-Halabi", "Ahmad Manbiji", "by Halabi"). A town's
        (``named``: the caption names another place) needs :meth:`_inflection_placed`. None
        in a caption of a language that writes no case ending on a name (a lower-case word of
        :data:`NON_INFLECTING_WORDS`: "Evacuees from Kafraya" names no Kafra)."""
        if _writes_no_case_endings(w):
            return []
        lows = w.low
        out: list[_Cand] = []
        for k in starts:
            ids = self._inflected_ids(w.raw[k])
            if not ids or w.key[k] in self._keys:
                continue
            if k > 0 and (lows[k - 1] in ARTICLES or lows[k - 1] in _PERSON_CUES):
                continue
            if lows[k][-1:] in ("i", "y", "ı") and (
                self._surname(text, w, k) or (k > 0 and w.upper[k - 1])
            ):
                continue
            if ids != _CITY_ONLY and not self._inflection_placed(text, w, k, named or bool(out)):
                continue
            if (
                ids != _CITY_ONLY
                and _after_german_determiner(text, w, k)
                and self._placed(text, w, k, k) < 2
            ):
                continue  # "die Sirene heult" (the siren): a German noun, not Sirrin's case form
            n = bisect_left(kept, k)
            out.append(_Cand(n, n, ids, _INFLECTED_SCORE, "inflected"))
        return out

    def _inflected_after_article(
        self, text: str, w: Words, kept: Sequence[int], cands: Sequence[_Cand]
    ) -> list[_Cand]:
        """The Slavic case forms of a town's three-letter name written after its article, the
        article after a preposition of place ("pod Al-Babem", "w Al-Babie", "u Al-Bábu":
        :func:`article_case_stem`), not after another word ("Mustafa Al-Babem" is no place).
        A word another name took is left to it."""
        lows, raws = w.low, w.raw
        taken = {n for c in cands for n in range(c.first, c.last + 1)}
        out: list[_Cand] = []
        for k in range(2, len(lows)):
            if (
                lows[k - 1] not in _ARTICLES_APART
                or not w.upper[k]
                or text[w.end[k - 1] : w.start[k]] not in ("-", " ")
                or text[w.end[k - 2] : w.start[k - 1]] != " "
                or lows[k - 2] not in SLAVIC_PLACE_PREPOSITIONS
            ):
                continue
            ids = self._inflectable_short.get(article_case_stem(raws[k]))
            n = bisect_left(kept, k)
            if ids and n < len(kept) and kept[n] == k and n not in taken:
                out.append(_Cand(n, n, ids, _INFLECTED_SCORE, "inflected"))
        return out

    def _spelt_stem(self, raw: str) -> bool:
        """Whether a stem of the case form ``raw`` is a town's name as one of its spellings
        writes it, letter for letter but for marks ("Azazie", "Azázu": Azaz; "Dżarabulusu" read
        by Polish letters: Jarabulus), not a key that only folds like one ("z Azizą", with
        Aziza, folds as Azez does)."""
        word = latin(raw) if not raw.isascii() and other_script(raw) else raw
        readings = (word, *(r[0] for r in foreign_readings([word])))
        return any(
            stem in self._inflectable_spelt for reading in readings for stem in case_stems(reading)
        )

    def _inflection_placed(self, text: str, w: Words, k: int, named: bool) -> bool:
        """Whether word ``k``, a case form of a town's name, stands where a place is named: after
        a lower-case word of its sentence ("w Manbidżu", "obyvatelé Azázu"), before no
        capitalised word ("Aziza Ahmed" is a woman, not Azaz), in a caption that names Syria or
        another place (a given name may look like a town's case form: "Aziza", "Sirine")."""
        if k > 0 and w.low[k - 1] in _KURDISH_PLACE_NOUNS:
            return True  # "Herêma Efrînê", "li bajarê Kobaniyê"
        if k > 0 and w.low[k].endswith("ê") and self._kurdish_placed(w, k):
            return True  # "gundekî yê Efrînê" (a village of Afrin), "li Efrînê" (in Afrin)
        if w.low[k].endswith(_SCHWA_CASES):
            # an Azerbaijani locative or ablative ("Azezdə": in Azaz, "Afrindən": from Afrin)
            # ends no given name, so tells a place even first in its sentence or after a name
            return named or _SYRIA.search(text) is not None
        if (
            k > 0
            and w.low[k - 1] in SLAVIC_PLACE_PREPOSITIONS
            and text[w.end[k - 1] : w.start[k]] == " "
            and self._spelt_stem(w.raw[k])
        ):
            return True  # "w Azazie", "Do Dżarabulusu wjechały", "z Afrinu" (first too)
        if k == 0 or w.upper[k - 1] or self._sentence_start(text, w, k):
            return False
        nxt = k + 1
        if nxt < len(w.low) and w.upper[nxt] and text[w.end[k] : w.start[nxt]] == " ":
            return False
        return named or _SYRIA.search(text) is not None

    @staticmethod
    def _kurdish_placed(w: Words, k: int) -> bool:
        """Whether word ``k``, a town's oblique case in -ê, follows a Kurdish linker after a
        place noun ("gundekî yê Efrînê": a village of Afrin), or a Kurdish preposition in a
        caption that speaks of villages, towns or quarters ("li Efrînê" beside "gund", "bajar";
        alone, "li Azezê" may greet a man called Aziz)."""
        before = w.low[k - 1]
        if before in _KURDISH_LINKERS:
            return k > 1 and w.low[k - 2].startswith(_KURDISH_PLACE_STEMS)
        return before in _KURDISH_BEFORE_OBLIQUE and any(
            low.startswith(_KURDISH_PLACE_STEMS) for low in w.low
        )

    def _phonetic_run(
        self, text: str, w: Words, kept: Sequence[int], first: int, last: int, *, free: bool
    ) -> _Cand | None:
        """The place whose phonetic key is that of words ``first`` to ``last``, if any.

        ``free``: the run stands anywhere (not next to "district" ...); it then needs a written
        name close to the place's or a word such as "in" before it, and a short key only
        names a city, town or village, with the first two letters of the written name right
        ("Halep" is Aleppo, but "Ameer" is not al-'Amiriyeh, nor "Syrian" as-Siryan).
        """
        raws = [w.raw[kept[n]] for n in range(first, last + 1)]
        read_keys = [w.key[kept[n]] for n in range(first, last + 1)]
        pkey = phonetic_run([self._phonetic_word(raw) for raw in raws])
        hit = self._phonetic_index.get(pkey)
        if hit is None and not free and any("j" in r or r[:1] == "y" for r in map(str.lower, raws)):
            # read as Spanish writes Arabic: j for kh, y for j ("Al Sajur", "Yamilie")
            spanish = [_SPANISH_Y.sub("j", r.lower().replace("j", "kh")) for r in raws]
            hit = self._phonetic_index.get(phonetic_run([phonetic_word(r) for r in spanish]))
        if hit is None or hit[1].replace(" ", "") != "".join(read_keys):
            # read as other Latin alphabets write Arabic: x for kh or sh ("Xan Tuman",
            # "al-Xafsa"), Polish, Czech and Hungarian j, ch, sz ("Šejch Maksúd", "Dżarabulus"),
            # Italian gi, sc ("Giarabulus"); a reading that names a place closer to its
            # letters than the words as written do wins ("Giarabulus" read as English is
            # "Cirablus", Jarabulus in Turkish letters, but spelt farther)
            from rapidfuzz import fuzz

            def closeness(h: tuple[tuple[str, ...], str] | None, k: list[str]) -> float:
                return -1.0 if h is None else fuzz.ratio("".join(k), h[1].replace(" ", ""))

            best = closeness(hit, read_keys)
            for reading in foreign_readings(raws):
                pread = phonetic_run([phonetic_word(r) for r in reading])
                rhit = self._phonetic_index.get(pread)
                rkeys = [fold_token(r) for r in reading]  # its letters as read
                if rhit is not None and closeness(rhit, rkeys) > best:
                    hit, pkey, raws, read_keys = rhit, pread, reading, rkeys
                    best = closeness(rhit, rkeys)
        if (
            hit is None
            and last > first
            and w.key[kept[first]] in _PREFIXES
            and any("z" in r[1:] for r in raws[1:])
        ):
            # a compound's second word with z for the Arabic ḍ inside it, as Turkish, Persian
            # and Urdu say it ("Sheikh Khizir" for Sheikh Khodr; "Hızır"): read as d (not a
            # first z, which is the name's own: "Ain Zara" is not Ain Dara)
            dee = [raws[0], *(r[:1] + r[1:].replace("z", "d") for r in raws[1:])]
            hit = self._phonetic_index.get(phonetic_run([phonetic_word(r) for r in dee]))
            if hit is not None:
                raws = dee
        if hit is None:
            return None
        ids, name_key = hit
        if pkey in self._turkish_sounds and not self._turkish_written(w, kept, first, last):
            return None  # "Bashkoy" sounds as Başköy (Qabasin) does, but is another village
        if last > first and w.key[kept[first]] in _PREFIXES:
            # a compound name sounds like one with its first word and a second word of the same
            # sound, read apart ("Khan Afrine" is not Khan al-Farayyin, "Sheikh Judayda" not
            # Sheikh al-Hadid, though the skeletons run together are one)
            head, _, rest = name_key.partition(" ")
            if head != read_keys[0] or phonetic_key(rest) != phonetic_key(" ".join(raws[1:])):
                return None
        from rapidfuzz import fuzz

        run_key = "".join(read_keys)
        one_word = " " not in name_key
        name_key = name_key.replace(" ", "")
        if len(ids) > 1 and pkey in self._sound_alikes:
            ids, name_key = self._closest_sound(run_key, self._sound_alikes[pkey], ids, name_key)
        if one_word and _final_vowel_apart(run_key, name_key) and self._ending_kept.issuperset(ids):
            return None
        if (
            first == last
            and one_word
            and _name_with_more(run_key, name_key)
            and _writes_no_case_endings(w)
        ):
            return None  # "Evacuees from Kafraya": another village, not Kafra with an ending
        score = fuzz.ratio(run_key, name_key)
        placed = self._placed(text, w, kept[first], kept[last]) if free else 2
        if placed < 2 and first == last and _german_noun(text, w, kept[first]):
            return None  # "recken ihre Arme in die Höhe" (their arms): a noun, not al-Arima
        if placed == 0 and score < _PHONETIC_FREE_SCORE:
            return None  # an ordinary word that sounds like a name ("Ensure", "Foreign")
        if placed == 0 and self._surname(text, w, kept[first]):
            return None  # "Photo by Baraa Al-Halabi": a surname, not Halab
        if len(pkey) < _PHONETIC_FREE:
            if placed < 2 and (
                not _same_start(run_key, name_key)
                or any(self._kind[p] not in _SETTLEMENTS for p in ids)
            ):
                return None  # a short key alone: a town's name ("Halep", "Heleb"), not a person's
            if score < 60 or (
                score < _PHONETIC_SHORT_SCORE
                and len(_VOWEL_GROUPS.findall("".join(raws).lower()))
                > len(_VOWEL_GROUPS.findall(name_key))
            ):
                # "the town of Bayanoun" is not Banan, whose key is as short: a syllable more
                # is another name (one less is a vowel left out: "al-Hulk" for al-Hellok)
                return None
        elif score < 50:
            return None
        return _Cand(first, last, ids, round(float(score), 1), "phonetic")

    @staticmethod
    def _closest_sound(
        run_key: str, names: dict[str, tuple[str, ...]], ids: tuple[str, ...], name_key: str
    ) -> tuple[tuple[str, ...], str]:
        """Of places whose names sound alike, those whose name is written closest to the run
        ("Sheran" is Şeran, Sharran, not Suran): within 10 points of the written names'
        similarity of the closest, closest first, with the closest name."""
        from rapidfuzz import fuzz

        best: list[tuple[float, str, str]] = []
        for p in ids:
            score, name = max(
                ((fuzz.ratio(run_key, n), n) for n in names.get(p, ())), default=(0.0, name_key)
            )
            best.append((score, name, p))
        best.sort(reverse=True)
        top = best[0][0]
        return tuple(p for score, _, p in best if score >= top - 10), best[0][1]

    @staticmethod
    def _placed(text: str, w: Words, k: int, last: int) -> int:
        """Whether words ``k`` to ``last`` stand where a place is named: 0, 1 or 2 (surely).

        1: after "in", "of", "near" ... (a person may follow them too); 2: with a Turkish case
        ending of place ("Kellese’de": in Kellese), or before a place word, perhaps past "and"
        and another name ("Kellese ve Salahaddin bölgesinde").
        """
        lows = w.low
        end = w.end[last]
        if text[end : end + 1] in _APOS_CHARS and _TURKISH_PLACE_CASE.match(text, end + 1):
            return 2
        # a list of names before a place word: "Firdevs, Hayderiye ve Şear semtlerine"
        j, n_words, uppers = last + 1, len(lows), w.upper
        while (
            j < n_words
            and j - last < 8
            and (uppers[j] or lows[j] in _AND_WORDS or lows[j] in ARTICLES or lows[j] in _KINDS)
        ):
            j += 1
        if j < n_words and lows[j] in _PLACE_WORDS_AFTER:
            return 2
        if j + 1 < n_words and lows[j] in _AIR_OR_MILITARY:
            j += 1  # "Kweiras air base", "Koyeress military airport"
        if j < n_words and lows[j] in _BASE_WORDS:
            return 2  # a base's name before its word ("the Kweiras airbase")
        # a list of names after a place word: "six districts, including al-Hallok and ..."
        j = k - 1
        while j >= 0 and k - j < 8 and (uppers[j] or lows[j] in _LIST_WORDS):
            j -= 1
        if j >= 0 and lows[j] in _PLACE_LIST_WORDS:
            return 2
        j = k - 1
        while j >= 0 and lows[j] in ARTICLES and not _conjunction(text, w, j):
            j -= 1
        if j >= 0 and _SENTENCE_END.search(text, w.end[j], w.start[k]):
            return 0  # a word that ends the sentence before says nothing of this one's first
        return 1 if j >= 0 and (lows[j] in _LOCATIVE or _conjunction(text, w, j)) else 0

    def _block(
        self,
        text: str,
        w: Words,
        kept: Sequence[int],
        cands: list[_Cand],
        places: list[tuple[int, str]],
    ) -> list[_Cand]:
        """Drop names that are a part of a longer unknown name before a place word (or after
        "the village of" ...).

        "the Qwertyville al-Bab district" is not al-Bab: the capitalised words before
        "district" are one name (as those after "the village of" are: "the village of Hor
        an-Naher" is not Hur), and a known name covering only some of them loses to it
        (but for words that stand before names: "the Kurdish Sheikh Maqsoud district").
        ``places``: the place words of the text (index, word).
        """
        keys, lows, uppers, starts, ends = w.key, w.low, w.upper, w.start, w.end
        owner: dict[int, _Cand] = {}
        drop: set[int] = set()
        n_words = len(lows)
        for i, low in places:
            run: list[int] = []  # the capitalised words of the name by the place word
            if low in _PLACE_WORDS_BEFORE and i + 3 < n_words and w.raw[i + 1] == "of":
                # after "the village of": "the village of Hor an-Naher" is not Hur
                j = i + 2
                while j < n_words:
                    if keys[j] and uppers[j]:
                        if lows[j] in _NOT_NAME_WORDS:
                            break
                        run.append(j)
                    elif lows[j] not in ARTICLES or _conjunction(text, w, j):
                        break
                    if j + 1 < n_words and text[ends[j] : starts[j + 1]].strip(" -’'") != "":
                        break
                    j += 1
                if len(run) < 2:
                    run = []
            if not run and (
                low in QUARTER_WORDS  # (the name follows it)
                or i < 2
                or not uppers[i - 1]
                or not (uppers[i - 2] or lows[i - 2] in ARTICLES)
            ):
                continue  # not two capitalised words before it (the common case)
            j = i - 1 if not run else -1
            while j >= 0:  # the capitalised words before the place word, nearest first
                if text[ends[j] : starts[j + 1]].strip(" -’'・·") != "":
                    break
                if keys[j] and uppers[j]:
                    if lows[j] in _NOT_NAME_WORDS:
                        break
                    if run and keys[j] in self._city_keys and CJK_CHAR.match(w.raw[j]):
                        break  # the city's name run together with its quarter's: "阿勒颇X区"
                    if (
                        run
                        and keys[j] not in self._keys
                        and keys[j] not in _PREFIXES  # ("카프르 할랍": Kafr Halab)
                        and not text[ends[j] : starts[j + 1]].strip()
                        and _caseless(text[starts[j] : ends[j]])
                    ):
                        # Korean and Japanese have no capitals: a word of no name there is a
                        # day or a noun before the name, not a longer name's ("17일 시리아
                        # 알레포 지역에서", "터키 접경 시리아 아자즈 지역")
                        break
                    run.append(j)
                elif lows[j] not in ARTICLES:
                    break
                j -= 1
            if len(run) < 2:
                continue  # one word is a name or not: nothing to block
            if not owner:
                for c in cands:
                    for n in range(c.first, c.last + 1):
                        owner[n] = c
            inside: list[_Cand] = []
            unknown: list[int] = []
            for j in run:
                part = owner.get(bisect_left(kept, j))
                if part is None:
                    if keys[j] not in self._keys:
                        unknown.append(j)
                else:
                    inside.append(part)
            if unknown and inside and _title_case(text, w, i):
                # a headline capitalises the words before a name ("Rebels Capture Tal Rifaat
                # Village"): only an unknown word after the known name's start makes it a part
                start = min(kept[c.first] for c in inside)
                unknown = [j for j in unknown if j > start]
            if unknown and inside:
                drop.update(id(c) for c in inside)
        return [c for c in cands if id(c) not in drop] if drop else cands

    def _in_org_names(
        self, text: str, w: Words, kept: Sequence[int], cands: list[_Cand]
    ) -> list[_Cand]:
        """Drop names that are a part of a group's name: "the Shuhada Bader Brigade" is no
        quarter of ash-Shuhada. The capitalised words before "brigade", "front" ... are one
        name; a place's name among them and another proper name make it a group's (but not
        words of kinds: "the Sheikh Maqsoud Military Council" is of Sheikh Maqsoud)."""
        keys, lows, uppers, starts, ends = w.key, w.low, w.upper, w.start, w.end
        owner = {n: c for c in cands for n in range(c.first, c.last + 1)}
        drop: set[int] = set()
        for i, low in enumerate(lows):
            if low not in _ORG_WORDS:
                continue
            inside: list[_Cand] = []
            extra = False
            j = i - 1
            while j >= 0 and text[ends[j] : starts[j + 1]] in (" ", "-"):
                if keys[j] and uppers[j]:
                    part = owner.get(bisect_left(kept, j))
                    if part is not None and kept[part.first] <= j:
                        inside.append(part)
                    elif lows[j] not in _ORG_FILLERS and lows[j] not in _NOT_NAME_WORDS:
                        extra = True
                elif lows[j] not in ARTICLES:
                    break
                j -= 1
            if extra and inside:
                drop.update(id(c) for c in inside)
        return [c for c in cands if id(c) not in drop] if drop else cands

    @staticmethod
    def _after_group_head(
        text: str, w: Words, kept: Sequence[int], cands: list[_Cand]
    ) -> list[_Cand]:
        """Drop names that follow the first word of a group's name, as Arabic names groups
        after a place ("Fatah Halab": the conquest of Aleppo, "Thuwar Manbij", "Jaish
        al-Bab"), or that English puts before "Conquest" ("the Aleppo Conquest operations
        room"): the group's name, not the place."""
        lows, uppers, starts, ends = w.low, w.upper, w.start, w.end
        out: list[_Cand] = []
        for c in cands:
            after = kept[c.last] + 1
            if (
                after < len(lows)
                and lows[after] in _GROUP_TAILS
                and uppers[after]
                and text[ends[after - 1] : starts[after]] == " "
            ):
                continue
            k = kept[c.first] - 1
            if k > 0 and lows[k] in ARTICLES and text[ends[k] : starts[k + 1]] in (" ", "-"):
                k -= 1
            if not (
                k >= 0
                and lows[k] in _GROUP_HEADS
                and uppers[k]
                and text[ends[k] : starts[k + 1]] in (" ", "-")
            ):
                out.append(c)
        return out

    def _not_elsewhere(
        self, text: str, cands: list[_Cand], w: Words, kept: Sequence[int]
    ) -> list[_Cand]:
        """Drop weak matches in a caption set in a place outside the governorate.

        A capitalised name of such a place ("Mosul", "Raqqa", "Humus", Turkish "Şam" but not
        "Sam"), not a part of a name matched here, sets the caption there unless a strong match
        names a place of Aleppo: the city, a town or village, or a proper name of several
        words. Weak are a common noun, a
        fuzzy or phonetic match, a one-word name of a quarter ("Al-Wafaa hospital", a person's
        "Aziz"), a landmark of the city (other cities have an Umayyad Mosque) and a name of
        common words only ("the Old City of Mosul").
        """
        keys, uppers, lows = w.key, w.upper, w.low
        if not _COUNTRIES.isdisjoint(keys):
            # a place followed by a country's name is in that country: "Karkamis, Turkey"
            cands = [c for c in cands if not self._in_country(text, c, w, kept)]
        outside = self._outside
        there = [c for c in cands if c.place_id in outside and c.method == "exact"]
        covered = {
            kept[n] for c in cands if c.place_id not in outside for n in range(c.first, c.last + 1)
        }
        # (the first word of a place of another governorate the gazetteer has, written
        # capitalised, sets the caption there as a name of _ELSEWHERE does: "in Khan Sheikhoun")
        named = {kept[c.first] for c in there if not c.generic and uppers[kept[c.first]]}
        for i, key in enumerate(keys):
            if (
                (key in _ELSEWHERE or lows[i] == "şam") and uppers[i] and i not in covered
            ) or i in named:
                before = [low for low in lows[max(0, i - 4) : i] if low not in _SKIP][-2:]
                if (
                    _JOURNEY.isdisjoint(before)
                    and not self._not_a_place_there(text, w, i)
                    and not self._named_aside(text, w, i)
                ):
                    break  # set there, not a journey's end ("buses leave Ramouseh for Idlib")
        else:
            return cands
        settlements = self._settlements
        weak: list[bool] = []
        for c in cands:
            if c.generic or c.method != "exact" or c.place_id in outside:
                # (a place of another governorate is no place of Aleppo: it does not vouch
                # for the others, and is kept below)
                weak.append(True)
            elif (
                c.place_id in settlements
                and c.place_id != CITY_ID
                and self._placed_from(w, kept, c, i)
            ):
                weak.append(True)  # "Neyrab köyü, northwest of Saraqib": another village
            elif c.place_id == CITY_ID or c.place_id in settlements:
                weak.append(False)
            elif self._kind[c.place_id] == "landmark" and self._in_city[c.place_id]:
                # a landmark of the city: other cities have their own ("the Umayyad Mosque in
                # Damascus"), but not the border crossings, nor one whose name as written
                # names the city ("landed at Aleppo International Airport", from Damascus)
                weak.append(
                    not any(keys[kept[n]] in self._city_keys for n in range(c.first, c.last + 1))
                )
            else:
                words = [keys[kept[n]] for n in range(c.first, c.last + 1)]
                weak.append(len(words) == 1 or _COMMON_NAME_WORDS.issuperset(words))
        if not all(weak):
            return cands
        return [c for c in there if not c.generic]

    def _named_aside(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i``, a place outside the governorate, is named aside, not where the
        caption is set: an agency's dateline that opens it ("DAMASCUS, Dec 13 (Reuters) - ...
        in Ramouseh") or a background clause ("in Jdeydeh, days after rebels took Idlib")."""
        if i == 0 and _DATELINE_AFTER.match(text, w.end[0]) is not None:
            return True
        lows, ends, starts = w.low, w.end, w.start
        ws: list[str] = []  # the words of its clause before it, nearest first
        j = i - 1
        while j >= 0 and len(ws) < _RELATIVE_WINDOW:
            if _CLAUSE_END.search(text, ends[j], starts[j + 1]) is not None:
                break
            ws.append(lows[j])
            j -= 1
        return not _BACKGROUND.isdisjoint(ws) and self._background(ws, lows, i)

    @staticmethod
    def _placed_from(w: Words, kept: Sequence[int], c: _Cand, anchor: int) -> bool:
        """Whether ``c`` is placed by a side of word ``anchor`` (a place outside the governorate)
        a few words away: "Nayrab village, northwest of Saraqib", "Serakib ilçesinin
        kuzeybatısında yer alan Neyrab köyü"."""
        first, last = kept[c.first], kept[c.last]
        a, b = (last + 1, anchor) if anchor > last else (anchor + 1, first)
        if b - a > 6:
            return False
        return any(low in _SIDES_OF_PROVINCE or low[:4] in _TURKISH_SIDES for low in w.low[a:b])

    @staticmethod
    def _in_country(text: str, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c`` is followed by a comma and a country's name ("Karkamis, Turkey"),
        perhaps its side's adjective between ("Mashhad, northeastern Iran")."""
        k = kept[c.last] + 1
        if (
            k + 1 < len(w.key)
            and w.low[k] in _DIRECTIONS
            and w.low[k].endswith("ern")  # (a side's adjective; not "Azaz, near Turkey")
            and w.key[k + 1] in _COUNTRIES
        ):
            k += 1
            if text[w.end[k - 2] : w.start[k - 1]].strip() != ",":
                return False
            return w.upper[k] and text[w.end[k] : w.end[k] + 1] not in _DASHES
        return (
            k < len(w.key)
            and w.key[k] in _COUNTRIES
            and w.upper[k]
            and text[w.end[k - 1] : w.start[k]].strip() == ","
            # (not the country's adjective made with a dash: "Zahraa, Iran-backed militias")
            and text[w.end[k] : w.end[k] + 1] not in _DASHES
        )

    def _not_a_place_there(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i``, the name of a place outside, does not set the caption there: the
        end of a road ("the Damascus-Aleppo highway") or a person's surname ("Gen. Ali Hama")."""
        starts, ends = w.start, w.end
        if i + 1 < len(starts) and starts[i + 1] - ends[i] == 1 and text[ends[i]] in _DASHES:
            return True
        if i == 0 or starts[i] - ends[i - 1] != 1 or text[ends[i - 1]] != " ":
            return False
        k = i - 1
        if _ARABIC_WORD.match(w.raw[k]):
            return False  # (Arabic script has no capitals to tell a given name)
        return (
            w.upper[k]
            and w.low[k] not in _NOT_NAME_WORDS
            and w.low[k] not in _OLD_WORDS  # "in Old Damascus": the city's old part
            and w.low[k] not in ARTICLES
            and w.key[k] not in self._keys
            and w.key[k] not in _PREFIXES  # "Tal Abyad": a place's name of two words
        )

    def _read_elsewhere(self, text: str, w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether ``c`` names only places of other governorates in words read from another
        alphabet (katakana, Cyrillic ...): such places are named by their spellings as written
        only, and would take other names' sounds ("アル−カスル" is al-Qasr, not al-Qusayr)."""
        return self._outside.issuperset(c.ids) and any(
            w.raw[k] != text[w.start[k] : w.end[k]] for k in kept[c.first : c.last + 1]
        )

    def _not_there(self, text: str, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c``, a place of another governorate, names no place: a road named after it
        ("the Damascus highway", "the Raqqa road", "the Damascus-Aleppo highway"), a person's
        surname ("Gen. Ali Hama"), as :meth:`_not_a_place_there` reads a name of _ELSEWHERE, or
        the capital for its government ("Damascus said")."""
        after = kept[c.last] + 1
        if after < len(w.low) and w.low[after] in _ROADS:
            return True
        if (
            after < len(w.low)
            and w.low[after] in GOVERNMENT_VERBS
            and w.key[kept[c.first]] in _METONYM_KEYS
        ):
            return True  # "Damascus takes full control of ...": the government
        if w.key[kept[c.first]] in _METONYM_KEYS and self._beside_foreign_capital(
            w.low, kept[c.first], after
        ):
            return True  # "as Damascus and Ankara race to ...": two governments
        return self._not_a_place_there(text, w, kept[c.first])

    @staticmethod
    def _beside_foreign_capital(lows: Sequence[str], first: int, after: int) -> bool:
        """Whether the words ``first`` .. ``after`` - 1, a capital's name, are joined by "and"
        to a capital of :data:`FOREIGN_CAPITALS`, after it ("Damascus and Ankara") or before it
        ("Moscow and Damascus")."""
        return (
            after + 1 < len(lows) and lows[after] == "and" and lows[after + 1] in FOREIGN_CAPITALS
        ) or (first >= 2 and lows[first - 1] == "and" and lows[first - 2] in FOREIGN_CAPITALS)

    def _in_context(self, cands: list[_Cand], w: Words, kept: Sequence[int]) -> list[_Cand]:
        """Keep a common noun ("the citadel") only where the nearest name is of the city; a side
        of "the city" also where no place is named but the city is, in lower case ("the
        rebel-held east of the city ... aleppo, syria"), which names no place itself. A place of
        another governorate written after a side and "of" only says where another place is ("a
        view of Aleppo, north of Damascus, with its citadel"): no common noun refers back to it.
        """
        named = [c for c in cands if not c.generic]
        outside = self._outside
        if any(c.place_id in outside for c in named):
            lows = w.low
            referents = [
                c
                for c in named
                if not (
                    c.place_id in outside
                    and kept[c.first] > 1
                    and lows[kept[c.first] - 1] == "of"
                    and lows[kept[c.first] - 2] in _DIRECTIONS
                )
            ]
            named = referents or named
        lower_city = not named and not self._city_keys.isdisjoint(w.key)
        out: list[_Cand] = []
        for c in cands:
            if c.generic:
                if not named:
                    if lower_city and c.place_id in self._sectors:
                        out.append(c)
                    continue
                near = min(self._referents(c, named), key=lambda o: abs(o.first - c.first))
                if near.place_id not in self._in_aleppo:
                    continue
            out.append(c)
        return out

    def _referents(self, c: _Cand, named: list[_Cand]) -> list[_Cand]:
        """The names a common noun ``c`` may refer back to: all, but for a side of "the city"
        only the cities and towns (and places of the city) where the caption names one ("a
        shelter in Aleppo's Jibrin district for families from the east of the city": Jibrin, a
        village, is no city)."""
        if c.place_id not in self._sectors:
            return named
        kind = self._kind.get
        cities = [
            o
            for o in named
            if o.place_id in self._in_aleppo or kind(o.place_id or "") in _SETTLEMENT_KINDS_CITY
        ]
        return cities or named

    def _exact(self, text: str, w: Words, kept: Sequence[int]) -> list[_Cand]:
        # The kept words' keys joined by spaces: as no key holds a space, a match of
        # " key " starts at the space before kept word n, where n counts the spaces before.
        norm = " " + " ".join(filter(None, w.key)) + " "
        count = norm.count
        raw: list[_Cand] = []
        loose = self._loose
        obliques = self._obliques
        for end_idx, (key, ids, length, words, generic) in self._automaton.iter(norm):
            first = count(" ", 0, end_idx - length - 1)
            last = first + words - 1
            if key in obliques and not _LATIN_RUN.fullmatch(w.raw[kept[first]]):
                continue  # a Kurdish case is written in Latin letters ("カラセ" is al-Kallaseh)
            if first != last:
                if key not in loose and not self._joined(text, w, kept[first], kept[last]):
                    continue  # across a comma, period, bracket ... that the name does not have
                if key in self._sides_after and not self._dash_joined(text, w, kept, first, last):
                    continue  # "Aleppo, est ..." (but "Aleppo–Est")
                if key in self._sides_abbreviated and not self._side_abbreviated(
                    text, w, kept[first]
                ):
                    continue  # "W Aleppo" (Polish: in Aleppo), "I Aleppo", "e Aleppo"
                if key in self._sides and not self._side_written(text, w, kept[last]):
                    continue  # "Alep est divisée": Aleppo is divided
                if key in self._sides_part and not self._part_written(text, w, kept[first]):
                    continue  # "la plus touchée est Alep", "à l'est d'Alep": not the east
                how = self._arabic_sides.get(key)
                if how is not None and not self._arabic_side_written(w, kept[first], how):
                    continue  # "شمال شرق حلب", "ريف حلب الشرقي": not the city's side
                if ids:
                    raw.append(_Cand(first, last, ids, 100.0, "exact"))
                    continue
            elif key in self._cjk_bare_sides:
                if ids and self._bare_side_written(text, w.start[kept[first]], w.end[kept[first]]):
                    raw.append(_Cand(first, last, ids, 100.0, "exact"))
                continue
            elif (
                ids
                and self._plausible_word(text, w, kept[first])
                and not (
                    w.upper[kept[first] - 1]  # (cheap first: most names follow a lower-case word)
                    and CITY_ID not in ids
                    and self._after_given_name(text, w, kept[first])
                    and not (
                        # (a headline's capitals tell no given name, but after "by": "Photo
                        # By Nadhira Aziz")
                        _title_case(text, w, kept[first])
                        and not (kept[first] > 1 and w.low[kept[first] - 2] in _PERSON_CUES)
                    )
                )
                and not (CITY_ID not in ids and self._given_name(text, w, kept[first]))
                and not (
                    w.low[kept[first] - 1] in _GERMAN_DETERMINERS  # (cheap first)
                    and key not in _OLD_CITY_KEYS  # ("die Altstadt": the old city's own noun)
                    and self._german_noun_not_name(text, w, kept[first], ids)
                )
            ):
                raw.append(_Cand(first, last, ids, 100.0, "exact"))
                continue
            if generic and self._generic_ok(text, w, kept, first, last, key):
                raw.append(_Cand(first, last, generic, 100.0, "exact", generic=True))
        if len(raw) < 2:
            return raw
        if len(raw) == 2:
            a, b = raw
            if a.last < b.first or b.last < a.first:
                return raw  # apart: nothing to choose
        raw = self._drop_crossing_compounds(text, w, kept, raw)
        # overlapping names: longest first (in words), then leftmost
        raw.sort(key=_longest_first)
        out: list[_Cand] = []
        for c in raw:
            if all(c.last < o.first or o.last < c.first for o in out):
                out.append(c)
        return out

    def _german_noun_not_name(self, text: str, w: Words, k: int, ids: Sequence[str]) -> bool:
        """Whether word ``k``, a one-word name of a quarter or a village, is a German noun after
        its article ("die Waffe": the weapon, not al-Wafa; "im Zimmer"): not beside a place
        word. A town's or the city's name may follow an article ("das Aleppo von heute"; Dutch
        "die": which), and so may a landmark's, which German writes with its noun ("der
        Umayyadenmoschee")."""
        return (
            _german_noun(text, w, k)
            and all(self._kind[p] in _QUARTER_OR_VILLAGE for p in ids)
            and self._placed(text, w, k, k) < 2
        )

    def _generic_ok(
        self, text: str, w: Words, kept: Sequence[int], first: int, last: int, key: str = ""
    ) -> bool:
        """Whether a common noun ("the citadel") is written as the one of a place in view.

        It follows "the" in any language (or a possessive: "Aleppo’s citadel"), perhaps past an
        adjective ("the ancient citadel"), and no capitalised name other than the city's stands
        just before it ("the Kuweires airport") or after "of" ("the citadel of Damascus"). Without
        the article, "of" and a place of Aleppo after it name it in any language ("Grande
        Mesquita de Aleppo (depois)", "Gran Mezquita de Alepo"), or the city's name right after
        it ("Kota Tua Aleppo"); a noun that needs no article ("Ulu Camii", "cetatea", "旧市街")
        names it unless "of" and another place follow ("Stare Miasto w Krakowie").
        """
        lows, starts, ends = w.low, w.start, w.end
        after = kept[last] + 1
        if key in self._arabic_alone:
            # after a quarter's noun (past the Persian plural "های": "بخش های شرقی")
            j = kept[first] - 1
            if j > 0 and arabic_word_in(w.raw[j], _PERSIAN_PLURAL):
                j -= 1
            if j > 0 and w.raw[j] in _ARABIC_THE_CITY:
                j -= 1  # "أحياء المدينة الشرقية": the city's eastern quarters
            return j >= 0 and arabic_word_in(w.raw[j], ARABIC_QUARTER_NOUNS)
        if key in self._arabic_city_sides:
            # "غربي المدينة": not after a bearing, a distance or a settlement's name
            return self._arabic_side_written(w, kept[first], "before") and not self._of_elsewhere(
                w, after
            )
        if key in ARABIC_DEFINITE_NOUNS and _ARABIC_DEFINITE.match(w.raw[kept[first]]):
            return not self._of_elsewhere(w, after)  # "أمام القلعة في حلب": the citadel
        if (
            after + 1 < len(lows)
            and lows[after] in ARTICLES
            and text[ends[after] : ends[after] + 1] == "-"
        ):
            return False  # a souq's own name after the noun: "le souk al-Zarab"
        if (
            self._generic.get(key) == (_UNIVERSITY,)
            and _going_to(w, kept[first])
            and not (
                after + 1 < len(lows)
                and lows[after] in _UNIVERSITY_OF
                and text[ends[after - 1] : starts[after]] == " "
                and w.key[after + 1] in self._city_keys
            )
            and not (
                after < len(lows)
                and w.key[after] in self._city_keys
                and text[ends[after - 1] : starts[after]].strip(" ").lower() in _ELIDED_OF
            )
        ):
            return False  # "students went to the university": a habit, not the city's
            # (but "went to the university in Aleppo", "naar de universiteit van Aleppo")
        if key in self._cjk_generic and _cjk_name_before(text, starts[kept[first]]):
            return False  # "大马士革旧城区": Damascus's old city
        if key in self._standing:
            return not self._of_elsewhere(w, after)
        if key in self._quarter_sides:
            j = kept[first] - 1
            return (
                j > 0
                and lows[j] in _SIDE_QUARTERS
                and text[ends[j] : starts[j + 1]] == " "
                and not self._of_elsewhere(w, after)
            )
        if key in self._city_side_nouns and (
            self._bearing_before(w, kept[first]) or _after_outskirts(w, kept[first])
        ):
            return False  # "à l'est de la ville", "to the west of the city": a direction;
            # "en las afueras del este de la ciudad": the outskirts, outside the city
        j = kept[first] - 1
        if key in self._city_side_nouns and j > 0 and lows[j] in _SIDE_QUARTERS:
            j -= 1  # "les quartiers est de la ville": the article before the quarters' noun
        if (j >= 0 or key not in self._city_side_nouns) and text[
            ends[j] if j >= 0 else 0 : starts[j + 1]
        ].rstrip(" ")[-2:].lower() in _ELIDED:
            # "l'ancienne citadelle", "dell'università", and first in a sentence: "L'université"
            # (but a side of "the city" that opens the caption names no city yet: "L'est de la
            # ville ..., disent les habitants d'Alep", unless "of Aleppo" follows, below)
            return not self._of_elsewhere(w, after)
        if key in self._city_side_nouns:
            # who holds the side may stand before it, as before "eastern Aleppo": "the
            # rebel-held east of the city", "the government-controlled western part of the city"
            j = _before_holding(w, j)
        while j >= 0 and lows[j] in _GENERIC_FILLERS and self._joins(text[ends[j] : starts[j + 1]]):
            if text[ends[j] : ends[j] + 1] in _APOS_CHARS and lows[j] != "city":
                break
            j -= 1
        if j < 0 or not self._joins(text[ends[j] : starts[j + 1]]):
            return self._of_aleppo(text, w, kept[last] + 1)
        k = j
        while (
            k > 0 and _ARABIC_WORD.match(w.raw[k]) and arabic_word_in(w.raw[k], ARABIC_NOUN_FILLERS)
        ):
            k -= 1  # "حلب کے تاریخی قلعے": Aleppo's historic citadel
        if lows[k] in URDU_OF and k > 0 and w.key[k - 1] in self._city_keys:
            return True  # Urdu: "حلب کا قلعہ" (Aleppo's citadel)
        if lows[j] not in DEFINITE and w.key[j] not in self._city_keys:
            # (the city's name before the noun as Turkish writes it: "Halep Kalesi")
            possessive = text[ends[j] : ends[j] + 1] in _APOS_CHARS
            if not (possessive and (w.key[j] in self._keys or lows[j] == "city")):
                return self._of_aleppo(text, w, kept[last] + 1)
            ids = self._keys.get(w.key[j], (CITY_ID,))
            if not any(p in self._in_aleppo for p in ids):
                return False
        return not self._of_elsewhere(w, after)

    @staticmethod
    def _bearing_before(w: Words, k: int) -> bool:
        """Whether word ``k``, a side of "the city", follows a bearing's word, perhaps past an
        article ("to the east of the city", "à l'est de la ville", "al este de la ciudad"): a
        direction from the city, not its part; a part's noun is none ("a parte leste")."""
        lows = w.low
        if lows[k] in _PART_NOUNS_ABROAD:
            return False
        j = k - 1
        if j >= 0 and (lows[j] in _THE or lows[j] == "l") and lows[j] not in TO_SIDE:
            j -= 1
        # ("à l'est": the article elided onto the side, "à" is the word before it)
        return j >= 0 and (lows[j] in TO_SIDE or lows[j] in _BEARING_WORDS)

    def _of_elsewhere(self, w: Words, after: int) -> bool:
        """Whether the words from ``after`` on are "of" or "in" (in any language) and a
        capitalised name that is no place of Aleppo ("the citadel of Damascus", "la ciudad vieja
        de Damasco", "the airport in Istanbul")."""
        lows = w.low
        if after + 1 < len(lows) and lows[after] in _OF_OR_IN and w.upper[after + 1]:
            ids = self._keys.get(w.key[after + 1], ())
            return not any(p in self._in_aleppo for p in ids)
        return False

    def _of_aleppo(self, text: str, w: Words, after: int) -> bool:
        """Whether the words from ``after`` on are "of" (in any language, or the elided "d’")
        and the name of a place of Aleppo: "... Mesquita de Aleppo", "... Mosquée d’Alep",
        "Marea Moschee din Alep", or the city's name itself: "Kota Tua Aleppo"."""
        lows = w.low
        while (
            after + 1 < len(lows)
            and _ARABIC_WORD.match(w.raw[after])
            and arabic_word_in(w.raw[after], ARABIC_NOUN_FILLERS)
        ):
            after += 1  # "ارگ تاریخی حلب": the historic citadel of Aleppo
        if after >= len(lows):
            return False
        if w.key[after] in self._city_keys and w.upper[after]:
            gap = text[w.end[after - 1] : w.start[after]]
            # (or past the elided "of": "l'ancienne citadelle d'Alep")
            return gap in (" ", "-") or gap.strip()[-2:-1] in ("d", "D")
        if lows[after] in NOUN_OF:
            after += 1
        elif text[w.end[after - 1] : w.start[after]].strip()[-2:-1] not in ("d", "D"):
            return False
        if after + 1 < len(lows) and lows[after] in _THE and lows[after + 1] in _CITY_WORDS:
            after += 1  # "... de la ville d’Alep"
        if after + 1 < len(lows) and lows[after] in _CITY_WORDS:
            after += 1  # "... da cidade de Aleppo": then "of" again
            if lows[after] in NOUN_OF:
                after += 1
            elif text[w.end[after - 1] : w.start[after]].strip()[-2:-1] not in ("d", "D"):
                return False
        if after >= len(lows) or not w.upper[after]:
            return False
        return any(p in self._in_aleppo for p in self._keys.get(w.key[after], ()))

    def _drop_crossing_compounds(
        self, text: str, w: Words, kept: Sequence[int], raw: list[_Cand]
    ) -> list[_Cand]:
        """Drop a compound name ("City of Aleppo", "Aleppo’s souk") that crosses a plain one.

        "Walled City of Aleppo" is the Walled City (and Aleppo), not the City of Aleppo;
        "Aleppo’s Souq al-Hal" is Souq al-Hal (and Aleppo), not Aleppo's souk. A name and its
        kind ("Aleppo city") is a compound too: "the eastern part of Aleppo city" is the east.
        """

        def compound(c: _Cand) -> bool:
            for n in range(c.first, c.last + 1):
                k = kept[n]
                if n > c.first and w.low[k] == "of":
                    return True
                if n < c.last and text[w.end[k] : w.end[k] + 1] in _APOS_CHARS:
                    return True  # a possessive inside the name
            # "Aleppo city": a settlement's name and its kind
            return (
                w.low[kept[c.last]] in _SETTLEMENTS
                and c.last - 1 == c.first
                and any(p in self._settlements for p in self._keys.get(w.key[kept[c.first]], ()))
            )

        if sum(c.first != c.last for c in raw) < 2:
            return raw  # a crossing needs two names of several words
        flags = [c.first != c.last and compound(c) for c in raw]
        if not any(flags):
            return raw
        plain = [c for c, f in zip(raw, flags, strict=True) if not f and c.first != c.last]
        return [
            c
            for c, f in zip(raw, flags, strict=True)
            if not f
            or not any(
                p.first < c.first <= p.last < c.last or c.first < p.first <= c.last < p.last
                for p in plain
            )
        ]

    @staticmethod
    def _dash_joined(text: str, w: Words, kept: Sequence[int], first: int, last: int) -> bool:
        """Whether kept words ``first`` to ``last`` are joined by spaces or dashes only (a side
        after the city's name: "Aleppo Est", "Aleppo–Est", not "Aleppo, est")."""
        for n in range(first, last):
            gap = text[w.end[kept[n]] : w.start[kept[n + 1]]]
            if (
                gap != " "
                and gap.strip(" ") not in _DASHES
                # (but a Turkish genitive: "Halep'in doğu kesiminde", Aleppo's eastern part)
                and (gap[:1] not in _APOS_CHARS or gap[1:].rstrip(" ") not in _TURKISH_GENITIVES)
            ):
                return False
        return True

    @staticmethod
    def _side_written(text: str, w: Words, k: int) -> bool:
        """Whether word ``k``, a side after a city's name, is written as one: "Alep-Est",
        "Aleppo–Est", "Aleppo est" (Italian; French writes "Alep est" for Aleppo is)."""
        return (
            w.upper[k]
            or text[w.start[k] - 1 : w.start[k]] in _DASHES
            or (w.low[k] == "est" and w.low[k - 1] == "aleppo")
        )

    @classmethod
    def _side_abbreviated(cls, text: str, w: Words, k: int) -> bool:
        """Whether word ``k``, a letter before the city's name, is its side's first letter:
        "E. Aleppo", "W. Aleppo", "E Aleppo" (a capital E or W; without a period, not where a
        sentence starts: Polish "W Aleppo" is in Aleppo, Italian "E Aleppo" and Aleppo; not
        after another initial: "J. E. Aleppo" is a person)."""
        gap = text[w.end[k] : w.start[k + 1]]
        if w.raw[k] not in ("E", "W") or _ABBREVIATED_SIDE.fullmatch(gap) is None:
            return False
        if k and len(w.raw[k - 1]) == 1 and text[w.end[k - 1] : w.start[k]].startswith("."):
            return False
        return "." in gap or not cls._sentence_start(text, w, k)

    @staticmethod
    def _bare_side_written(text: str, start: int, end: int) -> bool:
        """Whether the side's word alone from ``start`` to ``end`` ("北東部", "南東部") is the
        city's side: the city named before it in the caption, the word opening a clause (after
        a comma or a full stop: "政府軍は、北東部全体を奪還し"), and not the side of a place
        named after it ("、北東部のハサカ県": of that province)."""
        before = text[:start].rstrip(" ")
        quarters = text[start:end].endswith(_CJK_SIDE_QUARTERS)
        if (
            before
            and before[-1] not in _CJK_CLAUSE_MARKS
            # (but the quarters of the city's side after its "of": "アレッポの東部地区")
            and not (quarters and before[-1] in _CJK_OF and before[:-1].endswith(CJK_CITY))
        ):
            return False  # "シリア北東部", "시리아 북동부": the country's
        if text[end : end + 1] in _CJK_OF and not quarters:
            return False  # (but "東部地区の建物": the buildings of the eastern quarters)
        return any(city in before for city in CJK_CITY)

    @staticmethod
    def _part_written(text: str, w: Words, k: int) -> bool:
        """Whether word ``k``, a side before "of" and a city's name, names the city's part: "dans
        l'est d'Alep", "les quartiers est d'Alep", "en el este de Alepo" (not "à l'est d'Alep",
        east of it, nor "est Alep", is Aleppo)."""
        if _after_outskirts(w, k):
            return False  # "las afueras del oeste de Alepo": the outskirts, outside the city
        before = text[: w.start[k]]
        if w.low[k] in ("est", "ouest", "oest"):  # (Catalan: "a l'oest d'Alep")
            if k > 0 and w.low[k - 1] in QUARTER_WORDS:
                return True  # "les quartiers est d'Alep"
            if before[-2:] not in _ELIDED:
                return False
            before = before[:-2]
        prev = before.rstrip().rsplit(None, 1)[-1:]
        return not prev or prev[0].lower() not in _TO_SIDE

    def _joined(self, text: str, w: Words, a: int, b: int) -> bool:
        """Whether every gap between words ``a`` and ``b`` lets them belong to one name: an
        opening quote after an Arabic place word too ("جامع "العادلية"", "مسجد «العادلية»": the
        mosque's name quoted after its word)."""
        starts, ends = w.start, w.end
        for j in range(a, b):
            gap = text[ends[j] : starts[j + 1]]
            if (
                gap != " "
                and gap != "-"
                and not self._joins(gap)
                and not (gap.strip() in _OPENING_QUOTES and arabic_place_word(w.raw[j]))
            ):
                return False
        return True

    def _after_given_name(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i`` follows a capitalised word that no name knows, as a surname its
        given name ("Nadhira Aziz") or a name its first word ("Liwa Salaheddin")."""
        k = i - 1
        if k < 0 or text[w.end[k] : w.start[i]] != " ":
            return False
        end = w.end[i]
        if text[end : end + 1] in _APOS_CHARS and _TURKISH_PLACE_CASE.match(text, end + 1):
            return False  # a place's case ending: "Aileler Azez’de" (families in Azaz)
        if CJK_CHAR.match(text, w.start[k]) is not None:
            return False  # a word read from hangul or kana, capitalised as read ("후": after)
        raw, key = w.raw[k], w.key[k]
        if (
            key == w.low[k]
            and len(key) >= _PLURAL_NOUN_MIN
            and key.endswith(_PLURAL_NOUN_ENDINGS)
            and other_script(key)
            and self._sentence_start(text, w, k)
        ):
            return False  # a plural noun the script reader left unread, capitalised as a
            # sentence's first word, before a name in the genitive: "Жители Манбиджа" (the
            # people of Manbij), "Руины Кобани", "Κάτοικοι του Χαλεπιού"; not a given name
            # ("Надира Азиз")
        return (
            bool(key)
            and raw.isalpha()
            and raw[0].isupper()  # (a script without capitals tells nothing)
            and not raw.isupper()
            and key not in self._keys
            and key not in _HEADS
            and w.low[k] not in _NOT_NAME_WORDS
            and w.low[k] not in _PLACE_WORDS
            and w.low[k] not in _NOUNS_BEFORE_NAMES
            # a town's or a village's word of another language, capitalised as a sentence's
            # first word ("Miasto Manbidż po walkach", "Město Manbidž", "Staden Manbij"): a
            # noun and its place's name, no given name and its surname
            and w.low[k] not in _FOREIGN_PLACE_WORDS
            and not w.low[k].endswith(_GERMAN_PLACE_NOUN_ENDS)
            and not _COUNTRY_BEFORE.match(w.low[k])
            and not _german_noun(text, w, k)  # "die Bewohner Manbidschs", "Die Orte Nubl"
            # a German noun by its ending ("Volksverteidigungseinheiten Kobane", "Befreiung
            # Manbidschs"), or a town's name in the German genitive ("Bewohner Manbidschs",
            # "Kinder Kobanes"): a noun and its place, no given name and its surname
            and not (len(raw) >= _GERMAN_NOUN_MIN and w.low[k].endswith(_GERMAN_NOUN_ENDINGS))
            and w.key[i] not in self._genitive_keys
        )

    def _given_name(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i`` is a given name before its surname: a capitalised word no name
        knows (perhaps after an article: "Aziz Al Asmar") follows it, and a person's title or
        trade stands before it ("artist Aziz Halabi") or an age after the surname ("Aziz
        Halabi, 40,")."""
        lows = w.low
        j = i + 1
        if j >= len(lows) or text[w.end[i] : w.start[j]] != " ":
            return False
        if lows[j] in ARTICLES and j + 1 < len(lows) and text[w.end[j] : w.start[j + 1]] in " -":
            j += 1
        if not (
            w.upper[j]
            and w.raw[j][:1].isupper()
            and not w.raw[j].isupper()
            and w.key[j]
            and w.key[j] not in self._keys
            and lows[j] not in _NOT_NAME_WORDS
            and lows[j] not in _PLACE_WORDS
        ):
            return False
        return (i > 0 and lows[i - 1] in _GIVEN_NAME_CUES) or _AGE.match(text, w.end[j]) is not None

    def _surname(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i``, perhaps after an article ("Baraa Al-Halabi"), follows a
        capitalised word no name knows: a surname after a given name."""
        k = i - 1
        if k > 0 and w.low[k] in ARTICLES and text[w.end[k] : w.start[i]] in (" ", "-"):
            i, k = k, k - 1
        return k >= 0 and self._after_given_name(text, w, i)

    @staticmethod
    def _after_prefix(text: str, w: Words, i: int) -> bool:
        """Whether word ``i`` follows the first word of a compound name ("Kafr", "Tal" ...),
        capitalised and joined to it by a space or a hyphen, perhaps past an article ("Tal
        al-Jibrin"): the two words are one name."""
        k = i - 1
        if w.low[k] in ARTICLES and k > 0 and text[w.end[k] : w.start[i]] in (" ", "-"):
            if _conjunction(text, w, k):
                return False  # "Bustan al-Qasr ad Aleppo": Italian "in Aleppo"
            k -= 1
        lows = w.low
        return (
            w.key[k] in _PREFIXES
            and w.upper[k]
            and (
                lows[k] not in _NOT_NAME_WORDS
                # "Arab" starts a village's name ("in Arab Ezza", "Arab Hasan village"), but
                # is a people's word before a quarter ("the predominantly Arab Shaar district")
                or (
                    lows[k] == "arab"
                    and (
                        k == 0
                        or lows[k - 1] in _LOCATIVE
                        or (i + 1 < len(lows) and lows[i + 1] in _SETTLEMENT_WORDS)
                    )
                )
            )
            and text[w.end[k] : w.start[k + 1]] in (" ", "-")
        )

    def _plausible_word(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i``, matched alone, names a place (not an ordinary word)."""
        if not w.upper[i]:
            # a single word in lower case is an ordinary word; a number is a quarter's name
            # before the word for a quarter ("Aleppo's 1070 district": the 1070 apartments)
            return _numbered_quarter(w, i)
        lows = w.low
        if lows[i] in _PEOPLES and (i + 1 >= len(lows) or lows[i + 1] not in _QUARTER_WORDS):
            return False  # "Assyrian fighters", "Syriac Christians", but "the Syriac quarter"
        if (
            i > 0
            and (w.key[i - 1] in _PREFIXES or lows[i - 1] in ARTICLES)
            and self._after_prefix(text, w, i)
        ):
            return False  # "the village of Qasr Jibrin": another name, not Jibreen
        # a head word ("Bab") directly followed by another capitalised word: a longer name
        nxt = i + 1
        if (
            nxt + 1 < len(w.key)
            and w.low[nxt] in ARTICLES
            and (
                text[w.end[nxt]] == "-" or (w.low[nxt] in ("al", "el") and text[w.end[nxt]] == " ")
            )
        ):
            nxt += 1  # "Bab al-Hawa": the head, the article, another name (not "al-Bab as ...")
        if (
            w.key[i] in _HEADS
            and nxt < len(w.key)
            and w.upper[nxt]
            and w.key[nxt]
            and text[w.end[i] : w.start[nxt]].replace(w.raw[i + 1], "").strip(" -") == ""
            and not _acronym_after(w.raw[i], w.raw[nxt])
        ):
            return False
        # "Karam al-Ansari": a surname after a first name, not the quarter
        art = i - 1
        if art >= 1 and w.low[art] in ARTICLES and not _conjunction(text, w, art):
            name = art - 1
            name_start, name_end = w.start[name], w.end[name]
            gap = text[name_end : w.start[art]]
            sentence_start = _SENTENCE_END.search(text[max(0, name_start - 3) : name_start])
            if (
                w.upper[name]
                and gap.strip() == ""
                and w.key[name] not in _HEADS
                and w.low[name] not in _NOT_NAME_WORDS
                # a noun before a place's name, no given name: "die Stadt Al-Bab", "den Ort
                # Al-Rashidin", "das Dorf Al-Rai", "the village Al-Rai"
                and w.low[name] not in _NOUNS_BEFORE_NAMES
                and w.low[name] not in _PLACE_WORDS
                and text[name_end : name_end + 1] not in ("’", "'")
                and ((not sentence_start and name_start > 0) or _AGE.match(text, w.end[i]))
                and w.key[name] not in self._keys
            ):
                return False  # (at a sentence's start too when an age follows: "..., 35,")
        return True

    # -- fuzzy fallback -------------------------------------------------------------------
    def _candidate_spans(
        self,
        text: str,
        w: Words,
        kept: Sequence[int],
        matches: Sequence[_Cand],
        places: list[tuple[int, str]],
    ) -> list[tuple[int, int, str]]:
        """Runs of capitalised kept words next to a place word, not covered by ``matches``.

        ``places``: the place words of the text (index, word).
        """
        lows = w.low
        covered = {i for c in matches for i in range(c.first, c.last + 1)}
        keys, starts, ends, uppers = w.key, w.start, w.end, w.upper
        n_words = len(keys)
        spans: list[tuple[int, int, str]] = []
        for i, word in places:
            # walk back over capitalised words (and articles) to a run
            j = i - 1 if word in _PLACE_WORDS_AFTER or word in _PLURAL_PLACE_WORDS else -1
            while j > 0 and lows[j] in _KINDS_BEFORE.get(word, ()):
                j -= 1  # "the Bab al-Salam refugee camp": the name before the place's kind
            run: list[int] = []
            while j >= 0 and len(run) < 4:
                if text[ends[j] : starts[j + 1]].strip(" -’'・·") != "":
                    break
                if keys[j] and uppers[j]:
                    if lows[j] in _TIME_WORDS:
                        break  # "seized Monday Qasr town": a time, then the name
                    n = bisect_left(kept, j)  # its place among the kept words
                    if n in covered:
                        run = []  # the name there is already matched
                        break
                    run.append(n)
                elif lows[j] not in ARTICLES:
                    break
                j -= 1
            if run:
                spans.append((min(run), max(run), word))
            j = n_words  # the words after it: "village of X", "quartier (de) X"
            if word in _PLACE_WORDS_BEFORE and i + 2 < n_words and w.raw[i + 1] == "of":
                j = i + 2
            elif word in QUARTER_WORDS and i + 1 < n_words:
                j = i + 2 if lows[i + 1] in _OF_WORDS else i + 1
            if j < n_words and _SENTENCE_END.search(text, ends[i], starts[j]):
                j = n_words  # the place word ends its sentence: the next one's first word is
                # no name of it ("...по жилым кварталам. Армия ...": the army, not al-Arima)
            # after a plural, a list: "the villages of Abtin, Zammar and Hayan"
            names = 8 if word in _PLURAL_PLACE_WORDS else 1
            while j < n_words and names:
                names -= 1
                run = []
                while j < n_words and len(run) < 4:
                    if keys[j] and uppers[j]:
                        n = bisect_left(kept, j)
                        if n in covered:
                            run = []
                            break
                        run.append(n)
                    elif lows[j] not in ARTICLES or _conjunction(text, w, j):
                        break
                    if j + 1 < n_words and text[ends[j] : starts[j + 1]].strip(" -’'・·") != "":
                        break
                    j += 1
                if not run:
                    break
                spans.append((min(run), max(run), word))
                j = kept[max(run)] + 1  # past a comma or "and" to the next name
                if j < n_words and text[ends[j - 1] : starts[j]].strip() == ",":
                    j += lows[j] in _AND_WORDS
                elif j < n_words and lows[j] in _AND_WORDS:
                    j += 1
                else:
                    break
        out: list[tuple[int, int, str]] = []
        seen: set[tuple[int, int]] = set()
        for first, last, word in spans:
            if any(n in covered for n in range(first, last + 1)) or (first, last) in seen:
                continue
            if lows[kept[first]] in {"the", "a", "an", "this", "that"}:
                continue
            if all(lows[kept[n]] in _NOT_NAME_WORDS for n in range(first, last + 1)):
                continue  # "the mainly Kurdish neighbourhood of ...": no name
            if all(keys[kept[n]] in _ANCHORS for n in range(first, last + 1)):
                continue  # "the Midan district of Damascus": a place elsewhere, known as such
            seen.add((first, last))
            out.append((first, last, word))
        return out

    def _fuzzy(self, w: Words, kept: Sequence[int], first: int, last: int) -> _Cand | None:
        key = " ".join(w.key[kept[n]] for n in range(first, last + 1))
        if len(key) < 4:
            return None
        # a short name: one letter left out of a name a letter longer ("al-Fidous" for
        # al-Firdous) at five letters, the same letters at four
        cutoff = self.fuzzy_threshold
        if len(key) < 6:
            cutoff = max(cutoff, 90.0 if len(key) == 5 else 92.0)
        memo = self._fuzzy_cache
        if (key, cutoff) in memo:
            best = memo[key, cutoff]
        else:
            best = _remember(memo, (key, cutoff), self._closest_to, _MEMO_LIMIT)
        if best is None:
            return None
        choice, score, compound = best
        if (
            not compound
            and choice in self._turkish_only
            and not self._turkish_written(w, kept, first, last)
        ):
            return None
        if _final_vowel_apart(key, choice) and self._ending_kept.issuperset(self._keys[choice]):
            return None
        if _inner_consonant_apart(key, choice):
            return None
        return _Cand(first, last, self._keys[choice], score, "fuzzy")

    def _closest_to(self, key_cutoff: tuple[str, float]) -> tuple[str, float, bool] | None:
        return self._closest(*key_cutoff)

    def _closest(self, key: str, cutoff: float) -> tuple[str, float, bool] | None:
        """The name closest to ``key`` at or above ``cutoff``, its score (rounded), and whether
        it was chosen as a compound name (its first word the same)."""
        from rapidfuzz import fuzz, process

        head, _, rest = key.partition(" ")
        if rest and head in _PREFIXES:
            # a compound name ("Kafr Naseh") is a spelling of one with its first word and a
            # second word close to its ("Kafr Naya" is another village)
            for choice, score, _ in process.extract(
                key, self._choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5
            ):
                other_head, _, other_rest = choice.partition(" ")
                if other_head == head and fuzz.ratio(rest, other_rest) >= _PREFIX_REST_SCORE:
                    return choice, round(float(score), 1), True
            return None
        best = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        return best[0], round(float(best[1]), 1), False

    @staticmethod
    def _turkish_written(w: Words, kept: Sequence[int], first: int, last: int) -> bool:
        """Whether kept words ``first`` to ``last`` hold a letter of Turkish ("Başköy")."""
        return any(_TURKISH_LETTERS.search(w.raw[kept[n]]) for n in range(first, last + 1))

    # -- ambiguity, roles, hierarchy --------------------------------------------------------
    def _direction_from(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c`` reads "east of Aleppo": a direction from a place, not its east side.

        A name that folds "east of Aleppo" onto "east Aleppo" would put every town east of the
        city inside it; "in the east of Aleppo" (with its article) is the city's east side.
        """
        lows, at = w.low, kept[c.first]
        if lows[at] not in _COMPASS or c.first == c.last:
            return False
        nxt = at + 1
        if nxt >= len(lows) or lows[nxt] != "of":
            return False
        # ("the *rebel-held* east of Aleppo": who holds the side may stand after its article)
        before = _before_holding(w, at - 1)
        return not (before >= 0 and lows[before] == "the")

    @staticmethod
    def _road_end(text: str, w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether ``c`` is an end of a road named after two places ("on the Aleppo-Gaziantep
        highway", "the Damascus-Aleppo road"): the road is not in either of them."""
        lows, starts, ends, n_words = w.low, w.start, w.end, len(w.low)
        first, last = kept[c.first], kept[c.last]
        if last + 2 < n_words and text[ends[last] : starts[last + 1]] in _DASHES:
            return w.upper[last + 1] and lows[last + 2] in _ROADS
        if first > 0 and last + 1 < n_words and text[ends[first - 1] : starts[first]] in _DASHES:
            return w.upper[first - 1] and lows[last + 1] in _ROADS
        return False

    def _province(self, c: _Cand, w: Words, kept: Sequence[int], text: str) -> bool:
        """Whether ``c`` names a province, or the city's countryside, not the place itself.

        "Manbij, Aleppo province", "in northern Aleppo countryside", "Aleppo's western
        countryside", "the countryside of Aleppo", "rural Aleppo", "Halep kırsalında", "ريف حلب" (a
        town's countryside is near enough to it: "a camp in Azaz's countryside" is Azaz), "in
        der Provinz Aleppo", "в провинции Алеппо", "la province d'Alep" (the elided "of"), and
        the Turkish genitive before a village's or a district's name ("Halep'in Ancaren köyünden").
        """
        kind = self._kind[c.place_id]
        words = _PROVINCE_WORDS if kind == "city" else _TOWN_PROVINCE_WORDS
        lows, n_words = w.low, len(w.low)
        j = kept[c.last] + 1
        if kind == "city" and _TURKISH_GENITIVE.match(text, w.end[j - 1]) is not None:
            # "Halep'in Ancaren köyünden": the name after it, then its rural place word
            while j < n_words and j - kept[c.last] <= _TURKISH_NAME_WORDS + 1:
                if lows[j].startswith(_TURKISH_RURAL):
                    return j > kept[c.last] + 1
                if not w.upper[j]:
                    break
                j += 1
            j = kept[c.last] + 1
        if j < n_words and lows[j] in _DIRECTIONS and lows[j] not in _PROVINCE_WORDS:
            j += 1  # "Aleppo's western countryside"
        if j < n_words and lows[j] in words:
            return True
        j = kept[c.first] - 1
        while j >= 0 and lows[j] in ARTICLES:
            j -= 1
        if j >= 0 and (lows[j] in _RURAL or lows[j] in _ARABIC_RURAL) and kind == "city":
            return True
        if j >= 0 and lows[j] in _PROVINCE_BEFORE and w.upper[kept[c.first]]:
            return True  # "provinsi Aleppo", "w prowincji Aleppo"
        if (
            j >= 0
            and lows[j] in words
            and text[w.end[j] : w.start[kept[c.first]]].strip(" ")[-2:] in _ELIDED_OF
        ):
            return True  # "la province d'Alep", "la campagne d'Alep"
        if (
            j >= 0
            and _ARABIC_WORD.match(w.raw[j])
            and not _ARABIC_DEFINITE.match(w.raw[j])  # (not "حي المحافظة بحلب", the quarter)
            and (
                arabic_word_in(w.raw[j], ARABIC_PROVINCE)
                or (kind == "city" and arabic_word_in(w.raw[j], ARABIC_REGION))
            )
        ):
            # "محافظة حلب", Persian "استان حلب", Urdu "صوبہ حلب": the province; "منطقة حلب",
            # the Aleppo region
            return True
        if self._in_province_list(text, w, kept[c.first]):
            return True
        if j >= 1 and lows[j] in _OF_WORDS:
            j -= 1
            while j >= 0 and lows[j] in {"the", "la", "le", "el"}:
                j -= 1
            return j >= 0 and lows[j] in words
        return False

    @staticmethod
    def _in_province_list(text: str, w: Words, k: int) -> bool:
        """Whether word ``k`` is a later name of a list after a plural word for provinces
        ("the provinces of Idlib and Aleppo", "las provincias de Idlib y Alepo", "le province
        di Idlib e Aleppo", "провинций Идлиб и Алеппо"): read back over names, "and", commas
        and "of" to the word, past one other name at least."""
        lows, uppers = w.low, w.upper
        j, names = k - 1, 0
        while j >= 0 and k - j <= _PROVINCE_LIST_REACH:
            gap = text[w.end[j] : w.start[j + 1]]
            if _CLAUSE_END.search(gap.replace(",", "")):
                return False
            if lows[j] in _PROVINCES_BEFORE_LIST:
                return names > 0 and (
                    lows[j] in _PROVINCES_NO_OF
                    or lows[j + 1] in _OF_WORDS
                    or text[w.end[j] : w.start[j + 1]].strip()[-2:] in _ELIDED_OF
                )
            if uppers[j] and lows[j] not in _AND_WORDS:
                names += 1
            elif not (lows[j] in _AND_WORDS or lows[j] in _OF_WORDS or lows[j] in ARTICLES):
                return False
            j -= 1
        return False

    def _province_word(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c``, one word in Arabic script, is the word of a province before a place's
        name ("محافظة حلب": the governorate of Aleppo, not the quarter al-Muhafaza), written
        without the article."""
        if c.first != c.last or c.first + 1 >= len(kept):
            return False
        k = kept[c.first]
        raw = w.raw[k]
        if not _ARABIC_WORD.match(raw) or _ARABIC_DEFINITE.match(raw):
            return False
        nxt = w.key[kept[c.first + 1]]
        return (
            kept[c.first + 1] == k + 1
            and arabic_word_in(raw, ARABIC_PROVINCE)
            and (nxt in self._keys or nxt in _ANCHORS)
        )

    # -- a road between two places, its word before them (round 23) -------------------------
    def _road_between_ends(self, text: str, w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether ``c`` is an end of a road named after two places with the road's word before
        them, as most languages write it ("autostrada Damasco-Aleppo", "l'autoroute Damas-Alep",
        "трасса Дамаск — Алеппо", Persian "بزرگراه دمشق - حلب", Arabic "طريق دمشق حلب" with no
        dash) or after them in Turkish ("Halep-Şam karayolu"): the road is in neither place
        (as "the Damascus-Aleppo highway" is, :meth:`_road_end`)."""
        lows, n_words = w.low, len(w.low)
        first, last = kept[c.first], kept[c.last]

        def joined(a: int, b: int) -> bool:
            # a dash between two names; or, in Arabic script, two towns' or cities' names side
            # by side ("طريق دمشق حلب")
            if not (a >= 0 and b < n_words):
                return False
            gap = text[w.end[a] : w.start[b]]
            if gap.strip() in _DASHES:
                return (w.upper[a] and w.upper[b]) or (
                    self._town_like(w, a) and self._town_like(w, b)
                )
            return gap == " " and self._town_like(w, a) and self._town_like(w, b)

        def road_before(k: int) -> bool:
            while k >= 0 and lows[k] in ARTICLES:
                k -= 1
            return k >= 0 and (
                lows[k] in _ROADS_BEFORE
                or (
                    _ARABIC_WORD.match(w.raw[k]) is not None
                    and arabic_word_in(w.raw[k], _ARABIC_ROADS)
                )
            )

        def road_after(k: int) -> bool:
            return k < n_words and lows[k] in _ROADS_AFTER

        return (joined(last, last + 1) and (road_before(first - 1) or road_after(last + 2))) or (
            joined(first - 1, first) and (road_before(first - 2) or road_after(last + 1))
        )

    def _town_like(self, w: Words, k: int) -> bool:
        """Whether word ``k``, in Arabic script, is a city's or a town's name of one word (of the
        gazetteer or elsewhere: "دمشق")."""
        if _ARABIC_WORD.match(w.raw[k]) is None:
            return False
        key = w.key[k]
        return key in _ANCHORS or any(
            self._kind.get(p) in _SETTLEMENT_KINDS_CITY for p in self._keys.get(key, ())
        )

    # -- frequent words that meet a name only through its key (round 23) ---------------------
    def _common_word_alone(self, text: str, w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether ``c``, one word, is a frequent word of its language (``COMMON_LATIN_WORDS``,
        ``_scripts.COMMON_WORDS``) that meets the place's name only through the key or its sound
        ("Arma", "Waffe", "Meydan", "Char", "База"), with no place word beside it nor a word
        such as "in" before it ("in Arme" is the village al-Arima): no place. A
        word written as a spelling the gazetteer lists for the place ("Castello", "Banan") is
        left to the other rules."""
        if c.first != c.last:
            return False
        k = kept[c.first]
        written = text[w.start[k] : w.end[k]]
        low = written.casefold()
        if low not in COMMON_LATIN_WORDS and not (other_script(written) and common_word(written)):
            return False
        if c.method == "exact" and any(low in self._spellings.get(p, frozenset()) for p in c.ids):
            return False
        return (
            not self._place_word_beside(w.low, k)
            and _PLACE_POSSESSIVE_BEFORE_RE.search(text, max(0, w.start[k] - 80), w.start[k])
            is None
            and self._placed(text, w, k, k) == 0
        )

    @staticmethod
    def _place_word_beside(lows: Sequence[str], k: int) -> bool:
        """Whether a place word of any kind stands before word ``k`` (perhaps past an article
        and "of": "le quartier Char", "the village of Arima") or after it ("Meydan
        mahallesinde", "Arima village")."""
        j = k - 1
        if j >= 0 and lows[j] in ARTICLES:
            j -= 1
        if j >= 0 and lows[j] in _OF_WORDS:
            j -= 1
        if j >= 0 and (lows[j] in _PLACE_WORDS or lows[j] in _VILLAGE_CUES):
            return True
        return k + 1 < len(lows) and (lows[k + 1] in _PLACE_WORDS or lows[k + 1] in _VILLAGE_CUES)

    @cached_property
    def _spellings(self) -> dict[str, frozenset[str]]:
        """Each place's names and aliases as written, in lower case."""
        return {
            p.id: frozenset(n.casefold() for n in (p.name, p.name_ar, *p.aliases) if n)
            for p in self.gazetteer
        }

    # -- the city's name as a product's (round 23) ------------------------------------------
    @staticmethod
    def _city_product(text: str, w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether ``c``, the city, names a thing made or grown there rather than a place: its
        name before a product's noun ("Aleppo soap", "Aleppo-Seife", "Halep sabunu"), or after
        one and an "of" ("savon d'Alep", "jabón de Alepo") or in Arabic's construct ("صابون
        حلب")."""
        lows = w.low
        first, last = kept[c.first], kept[c.last]
        after = last + 1
        if (
            after < len(lows)
            and lows[after] in CITY_PRODUCT_AFTER
            and text[w.end[last] : w.start[after]] in (" ", "-", "‑")
        ):
            return True
        j = first - 1
        if j >= 0 and lows[j] in _OF_WORDS:
            j -= 1
        return (
            j >= 0
            and lows[j] in CITY_PRODUCT_BEFORE
            and text[w.end[j] : w.start[first]].strip().casefold() in _PRODUCT_OF
        )

    # -- whole names win in Arabic (round 23) ----------------------------------------------
    def _construct_head(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c``, a name of several words in Arabic script, ends in a place word
        written without the article that a known name follows ("سوق مدينة الأتارب": the market
        of the city of al-Atarib): the place word heads the name after it, so the words are no
        name of their own (Souq al-Madina is "سوق المدينة", with the article)."""
        if c.first == c.last or c.last + 1 >= len(kept):
            return False
        k = kept[c.last]
        raw = w.raw[k]
        if not _ARABIC_WORD.match(raw) or _ARABIC_DEFINITE.match(raw):
            return False
        nxt = kept[c.last + 1]
        return (
            nxt == k + 1
            and arabic_word_in(raw, _ARABIC_CONSTRUCT_HEADS)
            and (w.key[nxt] in self._keys or w.key[nxt] in _ANCHORS)
        )

    @cached_property
    def _arabic_article_keys(self) -> frozenset[str]:
        """The keys of the Arabic names that every Arabic spelling of them writes with the
        article ("الباب", al-Bab; not "حلب", nor a name some spelling writes bare)."""
        seen: dict[str, bool] = {}
        for place in self.gazetteer:
            for name in (place.name_ar, *place.aliases):
                if name and _ARABIC_WORD.match(name) and " " not in name.strip():
                    key = alias_key(name)
                    seen[key] = seen.get(key, True) and name.startswith("ال")
        return frozenset(k for k, article in seen.items() if article)

    def _bare_construct(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c``, one word in Arabic script whose name is written with the article
        ("الباب", al-Bab), is written here without it before a word with it: the head of a
        construct that names something else ("مخيم باب النور", the Bab al-Nour camp; "باب
        الحديد" if the gazetteer lacked it), not the town."""
        if c.first != c.last:
            return False
        k = kept[c.first]
        raw = w.raw[k]
        if not _ARABIC_WORD.match(raw) or _ARABIC_DEFINITE.match(raw) or k + 1 >= len(w.raw):
            return False
        return (
            w.key[k] in self._arabic_article_keys
            and w.raw[k + 1].startswith("ال")
            and w.start[k + 1] - w.end[k] == 1  # (a space)
        )

    def _bare_joined(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c``, one word in Arabic script whose name is written with the article
        ("الرقة", Raqqa), is written here without it after a one-letter word joined to it: a
        frequent word that meets the name only through its key ("ورقة", a sheet of paper, is
        read as "و" and "رقة"; "فرقة", a band), as "and Raqqa" is "والرقة" and "in Raqqa"
        "بالرقة"."""
        if c.first != c.last or c.method != "exact":
            return False
        k = kept[c.first]
        raw = w.raw[k]
        return (
            _ARABIC_WORD.match(raw) is not None
            and _ARABIC_DEFINITE.match(raw) is None
            and arabic_joined(raw)
            and w.key[k] in self._arabic_article_keys
        )

    def _quarter_province(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c``, a quarter of the city, is written before "province" or "governorate":
        a province of its name elsewhere ("the Salaheddine province town of Tikrit")."""
        after = kept[c.last] + 1
        return (
            after < len(w.low)
            and w.low[after] in ("province", "governorate")
            and self._in_city[c.place_id]
            and c.place_id not in self._sectors
        )

    def _to_city(self, c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Narrow "east of Aleppo" to "Aleppo" (the city named as a reference); False if it
        names something else after "of" or the gazetteer has no city."""
        after = kept[c.first] + 1  # "of"
        rest = [i for i in range(c.first, c.last + 1) if kept[i] > after]
        key = "".join(w.key[kept[i]] for i in rest)
        if not rest or CITY_ID not in self._keys.get(key, ()):
            return False
        c.first, c.ids, c.place_id = rest[0], (CITY_ID,), CITY_ID
        return True

    def _unguarded(
        self, text: str, c: _Cand, cands: Sequence[_Cand], w: Words, kept: Sequence[int]
    ) -> bool:
        """Whether ``c`` is a guarded one-word name written bare, with no place word by it, or a
        name that needs a place word (``placeword``) written without one."""
        if c.place_id in self._placeword_places:
            return not self._placeword_named(text, c, cands, w, kept)
        if c.method != "exact":
            return False
        if c.first != c.last:
            key = " ".join(map(w.key.__getitem__, kept[c.first : c.last + 1]))
            return key in self._placeword and not self._placeword_named(text, c, cands, w, kept)
        if w.key[kept[c.first]] not in self._guarded:
            return False
        lows, at = w.low, kept[c.first]
        if w.key[at] in self._placeword:
            return not self._placeword_named(text, c, cands, w, kept)
        if at > 0 and lows[at - 1] in ARTICLES:
            return False
        near = {lows[k] for k in (at - 2, at - 1, at + 1) if 0 <= k < len(lows)}
        if not near.isdisjoint(_GUARD_TOWN_WORDS):
            return False  # "the town of Raju", "dem Dorf Raju", "il villaggio di Raju"
        if "of" in near and not (at > 1 and lows[at - 1] == "of" and lows[at - 2] in _PERSON_CUES):
            return False  # "north of Rai", but not "the mother of Maria"
        # after a word for being in or near a place, which a person's name does not follow:
        # "gathered in Marea", "shelling near Soran" (but "in Maria's house" is hers)
        if (
            at > 0
            and (lows[at - 1] in _IN_OR_NEAR or lows[at - 1] in _TURKISH_BEARINGS)
            and text[w.end[at] : w.end[at] + 2] not in _SAXON
            and not self._abroad(w)
        ):
            return False  # (a place abroad of the same name may follow "in" too: not then)
        if _arabic_placed(text, w, at):
            return False  # "في حي السكري", "قرب نبل", "مدينة السفيرة"
        if self._asian_locative(text, w, at):
            return False  # "マーレアで" (in Marea): katakana writes no person's name so
        if self._placed(text, w, at, at) == 2 and not _turkish_dative_to_whom(text, w, at):
            return False  # a place word after it, or a Turkish case ending of place: "the
            # Meridian district", "Mare'de" (in Marea), "Mare'ye saldırı" (but "Zehra'ya
            # yardım": help to Zehra)
        if self._province_after(text, w, at) or self._said_a_town(text, w, at):
            return False
        if _apposed(text, w, at) and not self._abroad_after(text, w, at):
            return False  # "Marea, a suburb of Aleppo", "Marea, un sobborgo di Aleppo" (not
            # "Soran, a town in northern Iraq")
        if _in_place_list(text, w, at):
            return False  # "several towns, including Sawran, ..."
        # a side of another place after it: "Marea, north of Aleppo", "Marea, 20 km north of"
        j = at + 1
        while j < len(lows) and (lows[j] in _DISTANCE_WORDS or lows[j].isdigit()):
            j += 1
        if j + 1 < len(lows) and lows[j] in _COMPASS_WORDS and lows[j + 1] == "of":
            return False
        # listed with a town or village: "between Marea and Tal Rifaat", "Azaz and Marea", "in
        # Azaz, Rasm al-Abboud, al-Shweikha, Mayer and Karm al-Kabal" (names unknown between)
        n = cands.index(c)
        return not any(
            self._kind.get(o.place_id or o.ids[0]) in ("town", "village")
            and (
                self._listed(text, w, kept, *((c, o) if m > n else (o, c)))
                if abs(m - n) == 1
                else self._same_name_run(text, w, kept, *((c, o) if m > n else (o, c)))
            )
            for m, o in enumerate(cands)
            if m != n
        )

    def _placeword_named(
        self, text: str, c: _Cand, cands: Sequence[_Cand], w: Words, kept: Sequence[int]
    ) -> bool:
        """Whether the name of ``c`` is called a place as captions call a village: beside a
        place word ("the village of X", "X village"), in a list after a plural one ("the
        villages of X, Y and Z"), before "in" and the city's countryside or province ("X in the
        northern Aleppo countryside", "X in rural Aleppo"), or before a comma and a village or
        a side of a place ("X, a village 20 km north of Aleppo"); and, named with other towns
        or villages, lies near one of them (a village of the same name lies elsewhere)."""
        first, last = kept[c.first], kept[c.last]
        written = alias_key(text[w.start[first] : w.end[last]])
        own = self._own_keys.get(c.place_id)
        if written in self._obliques and _LATIN_RUN.fullmatch(text[w.start[first] : w.end[last]]):
            written = self._obliques[written]  # "Basufane" is a case of Basufan
        if own is not None and written not in own:
            return False  # a spelling made from the names by a rule ("Jarkes" from Jarqi)
        # (a place named plainly elsewhere may have one spelling that needs a place word:
        # the Arabic "الحاضر" of al-Hader, also the word for "the present")
        if written not in self._placeword:
            return True  # a spelling that names it anywhere
        if not self._placeword_called(text, w, first, last):
            return False
        return not self._far_from_the_others(c, cands)

    def _far_from_the_others(self, c: _Cand, cands: Sequence[_Cand]) -> bool:
        """Whether ``c`` is a village that lies farther than :data:`_OTHERS_M` from every other
        town or village (not itself one that needs a place word) named in the caption."""
        get = self.gazetteer.get
        here = get(c.place_id)
        others = [
            get(o.place_id)
            for o in cands
            if o is not c
            and o.place_id
            and o.place_id not in self._placeword_places
            and self._kind.get(o.place_id) in ("town", "village")
        ]
        if not others:
            return False
        scale = math.cos(math.radians(here.lat))
        return all(
            math.hypot((p.lon - here.lon) * scale, p.lat - here.lat) * _DEGREE_M > _OTHERS_M
            for p in others
        )

    def _placeword_called(self, text: str, w: Words, first: int, last: int) -> bool:
        """Whether the name from word ``first`` to ``last`` is called a place (see
        :meth:`_placeword_named`)."""
        lows = w.low
        if _in_longer_name(text, w, first, last):
            return False  # "the towns of Khirbat Jazraya": the first word of another name
        if _beside_place_word(lows, first, last):
            return True
        if first > 0 and _after_arabic_place_word(text, w, first):
            return True  # "بلدة الحاضر", "منطقه «الحاضر»", "حي الميدان"
        if first > 0 and _in_arabic_place_list(text, w, first):
            return True  # "أحياء الصاخور والشعار"
        if _in_place_list(text, w, first):
            return True
        if last + 2 < len(lows) and lows[last + 1] in ("in", "inside"):
            if self._province_after(text, w, last):
                return True
            # "in rural Aleppo", "in the rural areas of Aleppo"
            reach = range(last + 2, min(len(lows), last + 2 + _PROVINCE_REACH))
            if any(lows[j] == "rural" for j in reach) and any(
                w.key[j] in self._city_keys for j in reach
            ):
                return True
        return _apposed(text, w, last)

    @staticmethod
    def _same_name_run(text: str, w: Words, kept: Sequence[int], a: _Cand, b: _Cand) -> bool:
        """Whether names ``a`` and ``b`` stand in one run of names listed with commas and "and"
        in a sentence, only names between them ("Azaz, Rasm al-Abboud, al-Shweikha, Mayer")."""
        lo, hi = kept[a.last] + 1, kept[b.first]
        if hi - lo > 2 * _LIST_NAMES or _SENTENCE_END.search(text, w.end[lo - 1], w.start[hi]):
            return False
        if "," not in text[w.end[lo - 1] : w.start[hi]]:
            return False
        lows, uppers = w.low, w.upper
        return all(uppers[k] or lows[k] in ARTICLES or lows[k] in _AND_WORDS for k in range(lo, hi))

    @staticmethod
    def _abroad(w: Words) -> bool:
        """Whether the text names a place or country abroad, or a people of one ("Soran, Iraqi
        Kurdistan"), beside which a name shared with a place abroad may be that place."""
        return not (_ANCHORS.isdisjoint(w.key) and _ABROAD_WORDS.isdisjoint(w.low))

    @staticmethod
    def _said_a_town(text: str, w: Words, at: int) -> bool:
        """Whether the sentence says word ``at`` is a town, or something done only to a place:
        "Marea was among the first towns to rise up", "Marea is a town north of Aleppo",
        "Marea was shelled" (not "Maria was a town councillor")."""
        lows = w.low
        if at + 2 >= len(lows):
            return False
        if lows[at + 1] in _COPULAS and lows[at + 2] in _DONE_TO_A_PLACE:
            # what is done only to a place: "Marea was shelled", "Marea was besieged" (a person
            # comes under fire, is taken, captured or hit too)
            return not Geoparser._abroad(w)
        if lows[at + 1] not in _COPULAS:
            return False
        for j in range(at + 2, min(len(lows), at + 7)):
            if _SENTENCE_END.search(text, w.end[j - 1], w.start[j]):
                return False
            if lows[j] in _SETTLEMENT_WORDS or lows[j] in ("city", "cities"):
                after = lows[j + 1] if j + 1 < len(lows) else ""
                end = _SENTENCE_END.search(text, w.end[j])
                rest = range(j + 1, len(lows))
                abroad = any(
                    w.key[k] in _ANCHORS for k in rest if end is None or w.start[k] < end.start()
                )  # "Soran is a town in northern Iraq"
                return not abroad and (
                    not after
                    or after in _AFTER_A_TOWN
                    or _CLAUSE_END.match(text, w.end[j]) is not None
                )
        return False

    @staticmethod
    def _abroad_after(text: str, w: Words, at: int) -> bool:
        """Whether the sentence of word ``at`` names a country or region abroad after it
        ("Soran, a town in northern Iraq")."""
        end = _SENTENCE_END.search(text, w.end[at])
        stop = end.start() if end is not None else len(text)
        return any(w.key[k] in _ANCHORS for k in range(at + 1, len(w.key)) if w.start[k] < stop)

    def _province_after(self, text: str, w: Words, at: int) -> bool:
        """Whether word ``at`` is followed by "in" and the city's province or countryside:
        "Hor an-Naher and Soran in the northern countryside of Aleppo", "Soran, in Aleppo
        province" (not "Maria, a mother of three in Aleppo province")."""
        lows, keys = w.low, w.key
        if at + 1 >= len(lows) or lows[at + 1] not in ("in", "inside"):
            return False
        for j in range(at + 2, min(len(lows), at + 2 + _PROVINCE_REACH)):
            if _SENTENCE_END.search(text, w.end[j - 1], w.start[j]):
                return False
            if lows[j] in _PROVINCE_WORDS:
                near = range(at + 2, min(len(lows), j + 4))
                return any(keys[k] in self._city_keys for k in near)
        return False

    @staticmethod
    def _listed(text: str, w: Words, kept: Sequence[int], a: _Cand, b: _Cand) -> bool:
        """Whether names ``a`` and ``b`` follow each other in a list: "X and Y", "X, Y", and
        Arabic's "and" joined to the second ("نبل والزهراء")."""
        between = w.low[kept[a.last] + 1 : kept[b.first]]
        if not between:
            gap = text[w.end[kept[a.last]] : w.start[kept[b.first]]]
            second = w.raw[kept[b.first]]
            return gap == ", " or (
                gap == " " and second.startswith("و") and _ARABIC_WORD.match(second) is not None
            )
        return between[0] in _AND_WORDS and ARTICLES.issuperset(between[1:])

    def _described_after_article(self, w: Words, kept: Sequence[int], c: _Cand) -> bool:
        """Whether match ``c`` is an ambiguous name of several words written after "a" or "an"
        (:attr:`_described`): "a Canadian hospital", "a central prison" describe a place."""
        before = kept[c.first] - 1
        return (
            c.first < c.last
            and before >= 0
            and w.low[before] in _INDEFINITE_ARTICLES
            and " ".join(w.key[kept[n]] for n in range(c.first, c.last + 1)) in self._described
        )

    def _choose_ambiguous(self, cands: list[_Cand], w: Words, kept: Sequence[int]) -> None:
        ambiguous = False
        for c in cands:
            if len(c.ids) == 1:
                c.place_id = c.ids[0]
            else:
                ambiguous = True
        if not ambiguous:
            return
        lows = w.low
        for c in cands:
            if c.place_id:
                continue
            # a following or preceding place word decides the kind
            after = kept[c.last] + 1
            before = kept[c.first] - 1
            words = {lows[k] for k in (after, before - 1, before) if 0 <= k < len(lows)}
            ids = list(c.ids)
            if not _SETTLEMENT_WORDS.isdisjoint(words):
                ids.sort(key=lambda p: self._kind[p] not in ("town", "village"))
            elif not _QUARTER_WORDS.isdisjoint(words):
                ids.sort(key=lambda p: not self._in_city[p])
            else:
                # the nearest unambiguous place named: inside the city or outside it
                others = [o for o in cands if o.place_id and o is not c and o.place_id != CITY_ID]
                if others:
                    near = min(others, key=lambda o: abs(o.first - c.first))
                    inside = self._in_city[near.place_id]
                    ids.sort(key=lambda p: self._in_city[p] != inside)
                else:
                    ids.sort(key=lambda p: self._in_city[p])
            c.place_id = ids[0]

    def _roles(self, text: str, w: Words, kept: Sequence[int], cands: list[_Cand]) -> None:
        lows = w.low
        if cands and kept[cands[0].first] == 0 and cands[0].place_id in self._outside:
            c = cands[0]
            if _DATELINE_AFTER.match(text, w.end[kept[c.last]]) is not None:
                # "Damasco, 15 dic (EFE).-", "DAMASCUS, Dec 15 (Reuters) -": where the dispatch
                # was filed, a city of another governorate, not where the photo was taken
                c.role, c.cue = "mentioned", "dateline"
        if "kuzey" in text or "güney" in text or "doğu" in text or "batı" in text:
            for c in cands:
                if self._turkish_side(w, kept[c.last]):
                    c.relative = True  # "Halep'in kuzeyinde": north of Aleppo
        if (("'" in text or "’" in text) and _TURKISH_ROLE_ENDING.search(text)) or (
            not text.isascii() and not TURKISH_PLACE_WORDS.isdisjoint(lows)
        ):
            self._turkish_roles(text, w, kept, cands)
        if _ROLE_WORDS.isdisjoint(lows):
            return  # (one test for the common case: no cue word anywhere)
        for c in cands:
            i0 = kept[c.first]
            if not _ROLE_WORDS.isdisjoint(lows[max(0, i0 - _RELATIVE_WINDOW) : i0]):
                break
        else:
            return  # no cue word before any place: each keeps the role "location"
        self._roles_near_cues(text, w, kept, cands)

    @staticmethod
    def _turkish_roles(text: str, w: Words, kept: Sequence[int], cands: list[_Cand]) -> None:
        """Roles from Turkish case endings and the verb after them: "Şeyh Maksud'dan kaçan
        aileler" (families fleeing Sheikh Maqsoud: the origin), "Afrin'e ulaştı" (reached
        Afrin: the destination)."""
        lows = w.low
        for c in cands:
            last = kept[c.last]
            end = w.end[last]
            if text[end : end + 1] in _APOS_CHARS:
                m = _TURKISH_ROLE_CASE.match(text, end + 1)
            elif last + 1 < len(lows) and lows[last + 1] in TURKISH_PLACE_WORDS:
                # the case written on the place word after the name ("Şeyh Said
                # mahallesinden kaçan", "Cibrin köyüne ulaşan"), as on the name itself
                last += 1
                m = _TURKISH_WORD_ROLE_CASE.search(lows[last])
            else:
                continue
            if m is None:
                continue
            after = lows[last + 1 : last + 5]
            stems = _TURKISH_FLEE if m.group(1) else _TURKISH_ARRIVE
            if any(word.startswith(stems) for word in after):
                c.role, c.cue = ("origin", "flee") if m.group(1) else ("destination", "arrive")

    def _roles_near_cues(
        self, text: str, w: Words, kept: Sequence[int], cands: list[_Cand]
    ) -> None:
        starts, lows = w.start, w.low
        clause_marks: list[int] = []
        sentence_ends: list[int] = []
        place_words: set[int] = set()
        flee_origin_sentence: set[int] = set()

        def words_before(idx: int, limit: int) -> Sequence[str]:
            """Up to ``limit`` words before word ``idx`` in its clause, nearest first."""
            # no word holds a clause mark: a clause starts after the last mark before it
            k = bisect_left(clause_marks, starts[idx])
            lo = max(bisect_right(starts, clause_marks[k - 1]) if k else 0, idx - limit, 0)
            return lows[lo:idx][::-1]

        prepared = False
        for c in cands:
            i0 = kept[c.first]
            # a first test on the words before it, whatever the clause: most places have
            # no cue word near them, and keep the role "location"
            wide = lows[max(0, i0 - _RELATIVE_WINDOW) : i0]
            if (_ROLE_WORDS_FLEE if flee_origin_sentence else _ROLE_WORDS).isdisjoint(wide):
                continue  # (one test for the common case of the tests below)
            if (
                _CUES.isdisjoint(wide)
                and ("of" not in wide or _DIRECTIONS.isdisjoint(wide))
                and (not flee_origin_sentence or _SUCCESSION.isdisjoint(wide))
                and (
                    _BACKGROUND.isdisjoint(wide)
                    or (
                        _BACKGROUND_EVENTS.isdisjoint(wide)
                        and _BACKGROUND_EVENTS.isdisjoint(lows[kept[c.last] + 1 : kept[c.last] + 3])
                    )
                )
            ):
                continue
            if not prepared:
                clause_marks = [m.start() for m in _CLAUSE_END.finditer(text)]
                sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
                place_words = {kept[n] for o in cands for n in range(o.first, o.last + 1)}
                prepared = True
            ws = words_before(i0, _RELATIVE_WINDOW)
            plain = [
                (i0 - 1 - n, low)
                for n, low in enumerate(ws)
                if low not in _SKIP
                and i0 - 1 - n not in place_words
                and not (low in _KIND_OF_PLACE and i0 - 2 - n in place_words)
            ]  # (nor the kind after a place: "fled from Hreitan city to Azaz")
            kind_at = 1 if len(plain) > 1 and plain[0][1] == "of" else 0
            if len(plain) > kind_at and plain[kind_at][1] in _KIND_BEFORE_NAME:
                # nor the kind right before it ("from the capital Damascus", "from the city of
                # Azaz"): the cue is the word before the kind
                plain = plain[kind_at + 1 :]
            sentence = bisect_left(sentence_ends, starts[i0])  # sentence ends before it
            # relative reference: "south of Aleppo", "outskirts of the city of Aleppo"
            if "of" in ws and not _DIRECTIONS.isdisjoint(ws[ws.index("of") :][:4]):
                c.relative = True
            elif len(ws) > 1 and ws[0] == "from" and ws[1] in _DISTANCES:
                c.relative = True  # "about ten kilometers from Aleppo city"
            elif ws and (
                ws[0] in _FOREIGN_SIDES
                or (len(ws) > 1 and ws[0] in _SIDE_OF and ws[1] in _FOREIGN_SIDES)
            ):
                c.relative = True  # "au nord d'Alep", "a nord di Aleppo", "près d'Alep"
            if not _NEAR.isdisjoint(ws[:2]):
                c.relative = True
            if not _BACKGROUND.isdisjoint(ws) and self._background(ws, lows, kept[c.last]):
                c.role, c.cue = "mentioned", "background"
                continue
            if plain and plain[0][1] in _FROM:
                ctx = words_before(plain[0][0], _ORIGIN_WINDOW)
                after = lows[kept[c.last] + 1 : kept[c.last] + 5]
                if (
                    not _MOTION.isdisjoint(ctx)
                    or not _ONWARDS.isdisjoint(after)
                    or not _LANDS.isdisjoint(after[:2])  # "a plane from Damascus lands at"
                ):
                    c.role, c.cue = "origin", "from"
                    if not _FLEE.isdisjoint(ctx):
                        flee_origin_sentence.add(sentence)
                continue
            near3 = [low for _, low in plain[:_DEST_WINDOW]]
            if (
                not _TOWARDS.isdisjoint(near3[:2])
                or (not _TO.isdisjoint(near3[:2]) and not _MOTION.isdisjoint(near3))
                or (near3 and near3[0] in _LEAVE_FOR and not _LEAVE.isdisjoint(near3[1:]))
            ):
                c.role, c.cue = "destination", "towards"
                continue
            if near3 and (
                near3[0] in _ARRIVE
                or (near3[0] in _ARRIVE_IN and not _ARRIVE.isdisjoint(near3[1:]))
            ):
                c.role, c.cue = "destination", "arrive"
                continue
            near6 = [low for _, low in plain[:_ORIGIN_WINDOW]]
            if not _FLEE.isdisjoint(near6) or not _LEAVE.isdisjoint(near6[:2]):
                c.role, c.cue = "origin", "flee"
                if not _FLEE.isdisjoint(near6):
                    flee_origin_sentence.add(sentence)
                continue
            if sentence in flee_origin_sentence and near3 and near3[0] in _SUCCESSION:
                c.role, c.cue = "destination", "succession"

    @staticmethod
    def _turkish_side(w: Words, k: int) -> bool:
        """Whether a side of word ``k`` follows it, the Turkish way ("Halep'in kuzeyinde")."""
        return k + 1 < len(w.low) and w.low[k + 1][:4] in _TURKISH_SIDES

    @staticmethod
    def _background(ws: Sequence[str], lows: Sequence[str], last: int) -> bool:
        """Whether a place stands in a background clause: "a week after rebels took Idlib".

        ``ws``: the words of its clause before it, nearest first. A conjunction of time
        ("after", "since" ...) before a taking or a fall ("took", "the fall of" ...) of the
        place, or just before it when the verb follows ("since Idlib fell"). Bombs that fell
        on a place are no fall of it ("after bombs fell on the Firdevs neighbourhood").
        """
        conj = next(n for n, low in enumerate(ws) if low in _BACKGROUND)
        if not _BACKGROUND_EVENTS.isdisjoint(ws[:conj]):
            for n in range(conj):
                low = ws[n]
                if low in _BACKGROUND_EVENTS and not (low in _FALLS and n and ws[n - 1] in _ONTO):
                    return True
        return conj <= 1 and not _BACKGROUND_EVENTS.isdisjoint(lows[last + 1 : last + 3])

    @staticmethod
    def _province_follows(c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether a province word follows ``c``: "in eastern Aleppo countryside"."""
        after = kept[c.last] + 1
        return after < len(w.low) and w.low[after] in _PROVINCE_WORDS

    def _province_side(self, cands: list[_Cand], n: int, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``cands[n]``, a side of the city, names the side of its province: it
        follows a place outside the city as where that place is ("Deir Hafer, in eastern
        Aleppo")."""
        c = cands[n]
        if c.place_id not in self._sectors or n == 0:
            return False
        lows = w.low
        o = cands[n - 1]
        if o.place_id in self._in_aleppo or o.role == "mentioned":
            return False
        between = lows[kept[o.last] + 1 : kept[c.first]]
        # (past the place's kind: "Anadan town in western Aleppo")
        return 0 < len(between) <= 4 and (_APPOSITION | _SETTLEMENTS).issuperset(between)

    def _arabic_bearing(self, cands: list[_Cand], n: int, w: Words, kept: Sequence[int]) -> None:
        """Make ``cands[n]``, a side of the city written in Arabic script with the side first,
        the city as a reference point when it follows a place outside the city with no word
        between: "دير حافر شرق حلب" is Deir Hafer, east of Aleppo (not in east Aleppo)."""
        c = cands[n]
        if c.place_id not in self._sectors or n == 0 or c.first == c.last:
            return
        at = kept[c.first]
        if not _ARABIC_WORD.match(w.raw[at]) or w.key[at] not in ARABIC_COMPASS:
            return
        o = cands[n - 1]
        if o.place_id in self._in_aleppo or o.role == "mentioned" or kept[o.last] + 1 != at:
            return
        c.first, c.ids, c.place_id, c.relative = c.last, _CITY_ONLY, CITY_ID, True

    def _locates(self, cands: list[_Cand], n: int, w: Words, kept: Sequence[int]) -> str:
        """Whether ``cands[n]``, the city or a quarter, only says where the place before it
        is: :data:`_LOCATES` for "a shelter in Jibreen, in Aleppo", "Azaz, Aleppo", "the Shuhada
        neighbourhood in New Aleppo"; :data:`_PROVINCE` for the city's name after a place
        outside it and a side, which names the province's side ("Huraitan city, northern
        Aleppo"), not the city; ``""`` otherwise."""
        c = cands[n]
        if n == 0:
            return ""
        o = cands[n - 1]
        if o.place_id == CITY_ID or o.role == "mentioned":
            return ""
        between = w.low[kept[o.last] + 1 : kept[c.first]]
        if (
            c.place_id == CITY_ID
            and between
            and between[-1] in _SIDES_OF_PROVINCE
            and _BEFORE_SIDE.issuperset(between[:-1])
            and not self._in_city[o.place_id]
        ):
            return _PROVINCE  # "Huraitan city, northern Aleppo": the province's north
        if c.place_id != CITY_ID:
            # a quarter after another and its place word: "al-Shuhada neighbourhood in New
            # Aleppo" is al-Shuhada (in the New Aleppo area), not two places
            return (
                _LOCATES
                if (
                    len(between) == 2
                    and between[0] in _QUARTER_WORDS
                    and between[1] in ("in", "im", "en", "dans")
                    and self._kind[c.place_id] == "neighbourhood"
                    and self._in_city[c.place_id]
                    and self._in_city[o.place_id]
                )
                else ""
            )
        if len(between) <= 1:
            return _LOCATES if _LOCATING.issuperset(between) else ""
        # "the Darat Izza neighbourhood of Aleppo", "the Sheikh Najjar industrial zone of Aleppo"
        return (
            _LOCATES
            if (
                len(between) <= 3
                and between[-1] in ("of", "in")
                and (between[-2] in _PLACE_WORDS_AFTER or between[-2] == "zone")
                and _KINDS.issuperset(between[:-2])
            )
            else ""
        )

    @staticmethod
    def _held(c: _Cand, w: Words, kept: Sequence[int]) -> bool:
        """Whether ``c`` is named with who holds it: "rebel-held east Aleppo", "the
        government-controlled west"; it then becomes a place named in passing."""
        at = kept[c.first]
        if _HELD.isdisjoint(w.low[max(0, at - 2) : at + 2]):
            return False
        c.role, c.cue = "mentioned", "held"
        return True

    def _own_journey(
        self, text: str, c: _Cand, cands: Sequence[_Cand], w: Words, words: Sequence[int]
    ) -> bool:
        """Whether ``c``, the origin or the destination of a journey, is named for itself
        beside finer places inside it: "he returned to Aleppo after ... a resident of
        Haydariye", "evacuees from eastern Aleppo wait at the Ramouseh crossing". Not when
        a finer place is an end of a journey too (a journey inside it), nor when ``c`` only says
        where a finer place next to it is ("returned to Aleppo's Hanano district", "fled Hanano,
        in Aleppo"), nor after a conjunction of time ("when the war came to Aleppo")."""
        lows, starts, ends = w.low, w.start, w.end
        first = words[c.first]
        k = first - 1
        while k >= max(0, first - _ORIGIN_WINDOW) and not _CLAUSE_END.search(
            text, ends[k], starts[k + 1]
        ):
            if lows[k] in _WHEN:
                return False  # a time, not a journey of the photo's people
            k -= 1
        finer = self._finer(c.place_id)
        for o in cands:
            if o.place_id not in finer:
                continue
            if o.role in _JOURNEY_ROLES:
                return False  # a journey inside it: "flee Sukkari towards south-east Aleppo"
            if _says_where(c, o, lows, words):
                return False
        return True

    def _held_city(
        self, text: str, c: _Cand, cands: Sequence[_Cand], w: Words, words: Sequence[int]
    ) -> bool:
        """Whether ``c``, the city, is named with the side that holds it, for itself: "rebel
        attacks on government-held Aleppo" beside Bani Zaid (not "rebel-held Aleppo's Sakhour
        district", where it says where the quarter is); it is then named in passing."""
        lows = w.low
        first, last = words[c.first], words[c.last]
        if first < 2 or lows[first - 1] not in _HELD or lows[first - 2] not in _HOLDER_WORDS:
            return False
        if text[w.end[last] : w.end[last] + 2] in _SAXON:
            return False
        finer = self._finer(c.place_id)
        for o in cands:
            if o.place_id in finer and _says_where(c, o, lows, words):
                return False
        c.role, c.cue = "mentioned", "held"
        return True

    def _list_item(self, c: _Cand, cands: Sequence[_Cand], w: Words, words: Sequence[int]) -> bool:
        """Whether ``c``, a quarter of the city, is an item of a list beside the finer
        places inside it, not where they are: "Antakeya gate, al-Aqaba neighbourhood and the
        Qiqan mosque" (but "the Qiqan mosque in al-Aqaba" is the mosque)."""
        finer = self._finer(c.place_id)
        lows = w.low
        listed = False
        for o in cands:
            if o.place_id not in finer:
                continue
            a, b = (c, o) if o.first > c.last else (o, c)
            between = lows[words[a.last] + 1 : words[b.first]]
            if _AND_WORDS.isdisjoint(between) or not _LIST_APART.isdisjoint(between):
                return False
            listed = True
        return listed

    def _finer(self, container: str) -> frozenset[str]:
        """The places whose mention makes ``container`` redundant (memoised per place)."""
        finer = self._finer_cache.get(container)
        if finer is None:
            # (only a place inside it may, or for a district any place of its scope: the
            # others are not weighed, one by one, for each container)
            pool: Iterable[str] = (
                self._ancestors
                if self._kind.get(container) == "district"
                else self._descendants.get(container, ())
            )
            finer = self._finer_cache[container] = frozenset(
                p for p in pool if self._contains(container, p)
            )
        return finer

    def _contains(self, container: str, other: str) -> bool:
        """Whether naming ``other`` makes ``container`` redundant."""
        if other == container:
            return False
        if container in self._ancestors[other]:
            # a sector contains nothing but finer places of the city, not another sector
            return not (self._kind[other] == "district" and self._kind[container] == "district")
        if self._kind[container] == "district":
            scope = self.gazetteer.get(container).parent
            return (
                scope is not None
                and scope in self._ancestors[other]
                and self._kind[other] not in ("district", "city")
                and self._in_sector(container, other)
            )
        return False

    def _in_sector(self, sector: str, other: str) -> bool:
        """Whether place ``other`` lies in the side of the city ``sector`` (within
        :data:`_SECTOR_MARGIN` degrees of its outline; any place of the city, when the side has
        no outline): "정부군 지역인 알레포 서부로" after "알레포 동부 자발바드로" is the west
        side, not a container of a quarter of the east."""
        geometry = self.gazetteer.get(sector).geometry
        if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            return True
        from shapely.geometry import Point, shape

        outline = self._outlines.get(sector)
        if outline is None:
            outline = self._outlines[sector] = shape(dict(geometry))
        place = self.gazetteer.get(other)
        return bool(outline.distance(Point(place.lon, place.lat)) <= _SECTOR_MARGIN)

    def _resolve(
        self, text: str, cands: list[_Cand], w: Words, words: Sequence[int]
    ) -> list[_Cand]:
        unique = {c.place_id for c in cands}
        # a place is set aside when a finer place inside it is also named, in the same way: the
        # photo's place by a finer photo's place ("in Aleppo, a week after rebels took Sheikh
        # Maqsoud" is Aleppo), a place named in passing by a finer one named in passing
        here = {c.place_id for c in cands if c.role != "mentioned"}
        passing = unique - here if len(here) < len(unique) else set()
        kept: list[_Cand] = []
        aside: list[_Cand] = []  # named places that only say where the others are
        for c in cands:
            if (
                self._finer(c.place_id).isdisjoint(passing if c.role == "mentioned" else here)
                or (c.role in _JOURNEY_ROLES and self._own_journey(text, c, cands, w, words))
                or (
                    self._kind[c.place_id] == "neighbourhood"
                    and self._list_item(c, cands, w, words)
                )
                or (
                    c.place_id == CITY_ID
                    and c.role != "mentioned"
                    and self._held_city(text, c, cands, w, words)
                )
                or (
                    # but a part of the city named with who holds it ("rebel-held east Aleppo
                    # ... through Jabal Badro") says something of its own: kept, as named in
                    # passing (the whole city is held by no one side: "the rebel-held part of
                    # Aleppo")
                    c.role != "mentioned" and c.place_id != CITY_ID and self._held(c, w, words)
                )
            ):
                kept.append(c)
            else:
                aside.append(c)
        # (their roles change once all are weighed: a journey's end set aside is still one)
        for c in aside:
            _as_context(c, "reference" if c.relative else "container")
        # a side of the city that locates a place outside it names the province's side
        # ("Deir Hafer, in eastern Aleppo", "near Kuweires airport in the eastern part of
        # Aleppo"): not the city's side, which is not named then
        if not self._sectors.isdisjoint(unique) and len(kept) > 1:
            for n in range(len(kept)):
                self._arabic_bearing(kept, n, w, words)
            kept = [c for n, c in enumerate(kept) if not self._province_side(kept, n, w, words)]
        # the city that says where a place just outside it is ("Jibreen, in Aleppo"), a quarter
        # that says where another is ("al-Shuhada neighbourhood in New Aleppo"); the province
        # after a town and a side ("Huraitan city, northern Aleppo") is not the city
        if len(kept) > 1 and (CITY_ID in unique or not _QUARTER_WORDS.isdisjoint(w.low)):
            says = [self._locates(kept, n, w, words) for n in range(len(kept))]
            if any(says):
                for n, c in enumerate(kept):
                    if says[n] == _LOCATES:
                        # (the city after a place outside it only says where that place is)
                        inside = c.place_id != CITY_ID or self._in_city[kept[n - 1].place_id]
                        aside.append(_as_context(c, "container" if inside else "reference"))
                kept = [c for n, c in enumerate(kept) if not says[n]]
        # the city as a reference point ("south of Aleppo") beside another place
        relative = [c.relative for c in kept]
        # (and so is a city or town of another governorate: "north of Damascus")
        if any(relative) and not all(relative) and len({c.place_id for c in kept}) > 1:
            points = self._outside | {CITY_ID}
            aside += [
                _as_context(c, "reference") for c in kept if c.relative and c.place_id in points
            ]
            kept = [c for c in kept if not (c.relative and c.place_id in points)]
        if aside:
            # (in text order again: a place set aside stays where it is named)
            kept = sorted([*kept, *aside], key=_first)
        elif len(unique) == len(cands):
            return kept  # no place named twice
        out: list[_Cand] = []
        seen: dict[str, _Cand] = {}
        for c in kept:
            prev = seen.get(c.place_id)
            if prev is None:
                seen[c.place_id] = c
                out.append(c)
            elif (prev.role == "location" and c.role not in ("location", "mentioned")) or (
                prev.role == "mentioned" and c.role != "mentioned"
            ):
                prev.role, prev.cue = c.role, c.cue
        return out


def _as_context(c: _Cand, cue: str) -> _Cand:
    """``c``, a place named only to say where another is, as named in passing with ``cue``
    (``container``: a place that holds the other; ``reference``: a place the other is placed
    by, "north of Aleppo")."""
    c.role, c.cue = "mentioned", cue
    return c


def _says_where(c: _Cand, o: _Cand, lows: Sequence[str], words: Sequence[int]) -> bool:
    """Whether ``c``, next to ``o``, only says where ``o`` is: the words between them say so
    ("Aleppo's Hanano", "Hanano, in Aleppo", "the Sakhour district in rebel-held Aleppo")."""
    if o.first > c.last:
        between = lows[words[c.last] + 1 : words[o.first]]
    else:
        between = lows[words[o.last] + 1 : words[c.first]]
    near = [low for low in between if low not in _HOLDER_WORDS]
    return len(near) <= _PARENT_GAP and _PARENT_WORDS.issuperset(near)


def _final_vowel_apart(written: str, name: str) -> bool:
    """Whether a written key is a name's key without its final a: the name ends in the Arabic
    feminine ending and the written one does not, so they are two names ("Masqan" is not
    Maskanah), not two spellings of one (a spelling keeps the ending: Maskana, Meskeneh). A
    vowel written after a name that has none is French: "Midane" is al-Midan. In a compound
    name the first word holds it ("Bab al-Salam" is Bab al-Salameh): one word only."""
    return name[-1:] == "a" and name[:-1] == written and " " not in name


def _inner_consonant_apart(written: str, name: str) -> bool:
    """Whether a one-word name is a written key with one consonant more between two vowels:
    such a letter makes a syllable of its own, so they are two names ("Hayyan" is not Hailan),
    where a consonant left out of a cluster is a spelling of one ("al-Fidous" is al-Firdous)."""
    if len(name) != len(written) + 1 or " " in name:
        return False
    k = next((i for i, (a, b) in enumerate(zip(written, name, strict=False)) if a != b), -1)
    if k <= 0 or name[:k] + name[k + 1 :] != written:
        return False
    return (
        name[k] not in _VOWEL_LETTERS
        and name[k - 1] in _VOWEL_LETTERS
        and name[k + 1] in _VOWEL_LETTERS
    )


def _same_start(written: str, name: str) -> bool:
    """Whether two keys start alike: the first letter, and the second or a vowel in both
    ("Halep" and "Heleb" are Halab; "Ameer" starts as al-'Amiriyeh does)."""
    if written[:1] != name[:1]:
        return False
    a, b = written[1:2], name[1:2]
    return a == b or (a in _VOWEL_LETTERS and b in _VOWEL_LETTERS)


@lru_cache(maxsize=65_536)
def _arabic_sound(key: str) -> str:
    """The phonetic key of an Arabic word's key read in Latin letters."""
    return phonetic_word(arabic_latin(key))


def _caseless(raw: str) -> bool:
    """Whether the word ``raw`` is written in Hangul, kana or Thai (no capitals tell a name
    there), or starts with a digit (a day written on its unit: "17일", "28日")."""
    return raw[:1].isdigit() or asian_script(raw) in ("hangul", "kana", "thai")


def _first(c: _Cand) -> int:
    return c.first


def _longest_first(c: _Cand) -> tuple[int, int]:
    return (c.first - c.last, c.first)
