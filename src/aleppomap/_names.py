"""Name normalisation shared by the gazetteer (alias keys) and the geoparser (caption scan).

A caption is cut into word tokens once; each token is folded to a *key* so that the many
transliterations of one Arabic name meet: case, diacritics, apostrophes and ayn/hamza marks,
doubled consonants, common vowel spellings (ou/u/o, ee/i/e, ei/ey/ay/ai, final -eh/-ah/-a, -iyeh),
q/k, and a few word-level synonyms (Sheikh/Sheik/Shaykh/Cheikh, Tal/Tell, Souq/Souk/Suq ...).
The Arabic article (al-, el- and its assimilated forms ad-, ar-, as-, ash-, at-, az- ...) and the
words neighbourhood/neighborhood/district/quarter/area are dropped as tokens. Arabic script is
folded too (hamza forms of alef, ta marbuta, alef maqsura, harakat, the article).

A second, coarser key (:func:`phonetic_key`, a consonant skeleton with Turkish, French and
German spellings mapped) is the geoparser's fallback for spellings the first key misses.

Each token keeps its span in the original text, so a match on keys maps back to the text as
written. The functions here are pure; the geoparser caches token keys on its instance.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate
from operator import add
from typing import NamedTuple

from aleppomap._scripts import KANA_ARTICLES, indic_stem, latin, other_script

__all__ = [
    "AFTER_PLACE_WORDS",
    "ARTICLES",
    "GENERIC_WORDS",
    "KNOWN_AGENCIES",
    "NON_INFLECTING_WORDS",
    "QUARTER_WORDS",
    "TURKISH_PLACE_WORDS",
    "Token",
    "WordInfo",
    "Words",
    "alias_key",
    "arabic_joined",
    "article_case_stem",
    "case_stems",
    "fold_token",
    "foreign_readings",
    "glued_offset",
    "hebrew_cuts",
    "joins",
    "phonetic_key",
    "phonetic_run",
    "phonetic_word",
    "split_words",
    "strip_marks",
    "tokenize",
    "turkish_key",
    "unglue_credit",
    "word_info",
]

# A word: letters/digits (with Arabic and Latin combining marks), possibly joined by an
# apostrophe or ayn/hamza mark ("Sa'eed", "A’zaz", "Aleppo’s").
_MARKS = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640"
    # the vowel signs and viramas of the Indian scripts (Devanagari to Malayalam), parts of
    # their words: "அலெப்போவின்" is one word, not five
    + "".join(
        f"{chr(base)}-{chr(base + 3)}{chr(base + 0x3A)}-{chr(base + 0x57)}"
        f"{chr(base + 0x62)}-{chr(base + 0x63)}"
        for base in range(0x900, 0xD80, 0x80)
    )
)
_APOS = "'’ʼʿʾ`´‘\u05f3"  # (and the Hebrew geresh: "ג׳ראבלוס" is one word)
# A French or Italian elided article or preposition before a name ("d’Alep", "l’hôpital",
# "dell’ospedale") is not a part of the name: a word never starts with one, nor inside another
# word (the elision is left in the gap before the name).
_ELISION = (
    rf"(?<![^\W_])(?<![{_MARKS}])"
    rf"(?!(?:[dDlL]|[dDnNsS]ell|[aA]ll|[dD]all|[sS]ull)[{_APOS}][^\W\d_])"
)
_TOKEN_RE = re.compile(rf"{_ELISION}(?:[^\W_]|[{_MARKS}])+(?:[{_APOS}](?:[^\W_]|[{_MARKS}])+)*")
# What ends a word without being a part of its name: the English possessive ("Aleppo’s") and
# the Turkish case endings written after an apostrophe ("Halep’te", "Kellese’de",
# "Mahallesi’nde", "Halep’in", "Azez’e").
# A one-vowel ending follows a consonant only: after a vowel Turkish writes "’ye", "’yi", and
# an Arabic name may end in a hamza and a vowel ("al-Ra’i", "Idha’a").
# Azerbaijani writes them with its schwa ("Hələb'də", "Hələb'dən"). An ending may be followed
# by -ki (that is in), the plural and another ending: "Halep'tekiler" (those in Aleppo),
# "Halep'tekilerin".
_TURKISH_CASES = (
    "da de ta te dan den tan ten daki deki taki teki in ın un ün nin nın nun nün ya ye "
    "yi yı yu yü la le yla yle nde nda ndeki ndaki nden ndan ne na ni nı nu nü "
    "də dən dəki tə tən yə lə ndə ndən nə"
)
_TURKISH_CASE_ALTERNATION = "|".join(sorted(_TURKISH_CASES.split(), key=len, reverse=True))
_POSSESSIVE_RE = re.compile(
    rf"[{_APOS}](?:[sS]|(?i:(?:{_TURKISH_CASE_ALTERNATION})(?:l[ae]r(?:{_TURKISH_CASE_ALTERNATION})?)?)"
    rf"|(?<![aeiouyıöüəAEIOUYIİÖÜƏ][{_APOS}])(?i:[aeiıuüə]))$"
)
_APOS_RE = re.compile(rf"[{_APOS}]")
_ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
# What may stand between two words of one name: spaces, hyphens and slashes, after an optional
# possessive of the first word ("Aleppo’s old city") and before an optional ayn/hamza mark of
# the next ("Dahret 'Awwad"). Anything else (comma, period, colon, semicolon, brackets, double
# quotes, a closing quote, ! ?) ends a name.
# The middle dots that part the words of a foreign name in Japanese and Chinese
# ("シェイク・マクスード", "谢赫·马克苏德") join them too, and so do the double hyphens Japanese
# writes between the words of an Arabic name ("ハーン・アル＝アサル": Khan al-Asal; the
# full-width ＝ and the katakana ゠) and the Hebrew hyphen, the maqaf ("באב אל־נסר").
_JOIN_RE = re.compile(
    rf"(?:[{_APOS}][sS])?[\s\-\u2010\u2011\u2212\uff0d\u05be/\u30fb\uff65\u00b7\uff1d\u30a0]*"
    rf"(?<=[\s\-\u2010\u2011\u2212\uff0d\u05be/\u30fb\uff65\u00b7\uff1d\u30a0])[{_APOS}]?|"
)
_ARABIC_MARKS_RE = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

#: Tokens dropped as the Arabic article (Latin transliterations), compared case-folded.
ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "ar", "as", "ash", "at", "az", "aj", "an", "ath", "adh", "ed", "es", "et",
     "ech", "ach", "esh", "ej", "ez", "er", "eth", "edh",
     # and the article as Hebrew writes it in Arabic names ("אל-באב", "א-זהרא": al-Bab, az-Zahraa)
     "אל", "א"}
) | KANA_ARTICLES  # fmt: skip


# Letters that are a Latin letter with a stroke, which Unicode does not decompose: Vietnamese
# đ ("Đarat Izza"), Polish ł, Danish and Norwegian ø.
# Azerbaijani's schwa ə is the a of the Arabic names it writes ("Hələb" is Halab).
_STROKED = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ə": "a", "Ə": "A"}
)


def strip_marks(text: str) -> str:
    """``text`` without its letters' marks and strokes, as :func:`case_stems` reads a word.

    >>> strip_marks("Azázu"), strip_marks("Manbidż")
    ('Azazu', 'Manbidz')
    """
    return _strip_marks(text)


def _strip_marks(text: str) -> str:
    if text.isascii():
        return text  # (ASCII has no marks to strip, no stroked letter: most words are so)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_STROKED)


def _turkish_forms(stems: str) -> frozenset[str]:
    """Every case form of Turkish place words ("mahalle:si,sinde ..."), singular and plural
    ("semtlerine": to the quarters of), as written and without their marks (as
    :func:`fold_token` compares them)."""
    forms: set[str] = set()
    for entry in stems.split():
        stem, endings = entry.split(":")
        back = next(c for c in reversed(stem) if c in "aeıioöuü") in "aıou"  # vowel harmony
        plural = stem + ("lar" if back else "ler")
        i = "ı" if back else "i"
        a = "a" if back else "e"
        plurals = ["", i, f"{i}nd{a}", f"{i}nd{a}ki", f"{i}n{a}", f"{i}n{i}", f"{i}nd{a}n", a,
                   f"d{a}", f"d{a}ki", f"d{a}n"]  # fmt: skip
        for word in [stem + e for e in ["", *endings.split(",")]] + [plural + e for e in plurals]:
            forms.add(word)
            forms.add(_strip_marks(word))
    return frozenset(forms)


_POSSESSED = "si,sinde,sindeki,sine,sini,sinden,sinin"
#: Turkish words after a place's name ("Eşrefiye Mahallesi’nde", "Azez ilçesinde", "Şeyh İsa
#: köyüne"), in their case forms: a neighbourhood, district, region, village, town, city.
TURKISH_PLACE_WORDS: frozenset[str] = _turkish_forms(
    f"mahalle:{_POSSESSED} "
    f"bölge:{_POSSESSED} ilçe:{_POSSESSED} belde:{_POSSESSED} "
    f"semt:i,inde,indeki,ine,ini,inden,inin kent:i,inde,indeki,ine,ini,inden,inin "
    f"köy:ü,ünde,ündeki,üne,ünü,ünden,ünün kasaba:sı,sında,sındaki,sına,sını,sından,sının"
) - {"kent"}
#: Words of other languages before a quarter's name ("le quartier de Fardous", "il quartiere
#: di Boustan al-Qasr", "el barrio de Tariq al-Bab", "im Stadtteil Bani Zeid"; Dutch "de wijk
#: Hanano", Albanian "lagjja Hanano", Bosnian, Croatian and Serbian "četvrt Hanano", Czech
#: "čtvrť Hanano", Polish "dzielnica Hanano", Romanian "cartierul Hanano", Indonesian and Malay
#: "kawasan Hanano", Swedish "stadsdelen Hanano"), in the cases they are written in.
QUARTER_WORDS: frozenset[str] = frozenset(
    {"quartier", "quartiers", "quartiere", "quartieri", "barrio", "barrios", "bairro",
     "bairros", "viertel", "stadtteil", "stadtteils", "stadtviertel", "distrik", "distrito",
     "wijk", "stadsdeel", "lagja", "lagjja", "lagjen", "lagjes", "lagjet", "lagjeve", "četvrt",
     "četvrti", "četvrtu", "naselje", "naselju", "čtvrť", "čtvrti", "čtvrtě", "dzielnica",
     "dzielnicy", "dzielnicę", "cartierul", "cartierului", "kawasan", "kelurahan", "stadsdel",
     "stadsdelen"}
)  # fmt: skip
#: Words after a place's name in Azerbaijani and Hungarian, which write it there as Turkish
#: does ("Şeyx Məqsud məhəlləsində", "a Hanano negyedben", "Anadan faluban"): a quarter, a
#: district, a village, a settlement, in their case forms; and the same without their marks.
AFTER_PLACE_WORDS: frozenset[str] = frozenset(
    f
    for word in (
        "məhəllə", "məhəlləsi", "məhəlləsində", "məhəlləsindəki", "məhəlləsinə", "məhəlləsini",
        "məhəlləsindən", "məhəllələri", "məhəllələrində", "rayonu", "rayonunda", "rayonundakı",
        "kəndi", "kəndində", "kəndindəki", "kəndinə", "kəndindən", "qəsəbəsi", "qəsəbəsində",
        "negyed", "negyedben", "negyedében", "negyedét", "negyedből", "negyedébe", "negyedbe",
        "városrész", "városrészben", "városrészében", "falu", "faluban", "falut", "faluba",
        "faluból", "község", "községben",
    )
    for f in (word, _strip_marks(word))
)  # fmt: skip
#: Generic words dropped from names and captions alike (English, Arabic, and the place words
#: of Turkish, French, Italian, Spanish and German captions).
GENERIC_WORDS: frozenset[str] = (
    TURKISH_PLACE_WORDS
    | QUARTER_WORDS
    | AFTER_PLACE_WORDS
    | frozenset(
        {
            "neighbourhood",
            "neighborhood",
            "neighbourhoods",
            "neighborhoods",
            "district",
            "districts",
            "quarter",
            "quarters",
            "area",
            "areas",
            "حي",
            "احياء",
            "hay",  # حي written in Latin letters: "Hay al-Zahraa"
            "hayy",
            "منطقه",
        }
    )
)
# Word-level spelling variants, applied to the case-folded, mark-free token.
_SYNONYMS: dict[str, str] = {
    "sheikh": "shaykh",
    "sheik": "shaykh",
    "shaikh": "shaykh",
    "shiekh": "shaykh",
    "cheikh": "shaykh",
    "cheik": "shaykh",
    "sjeik": "shaykh",  # Dutch ("Sjeik Najjar", "Sjeich Maksoed")
    "sjeikh": "shaykh",
    "sjeich": "shaykh",
    "seyh": "shaykh",
    "scheich": "shaykh",
    "scheikh": "shaykh",
    "mesekin": "masaken",  # Turkish "Mesekin Hananu"
    "sheij": "shaykh",  # Spanish writes the kh j: "Sheij Maqsud"
    "cheij": "shaykh",
    "sheykh": "shaykh",
    "tell": "tal",
    "tall": "tal",
    "tel": "tal",
    "souq": "suq",
    "souk": "suq",
    "suk": "suq",
    "sooq": "suq",
    "souks": "suqs",
    "souqs": "suqs",
    # jam'iyat, an association ("Jamiat al-Zahraa", "Jumiet al-Zahra")
    "jamiat": "jamiyat",
    "jamiyyat": "jamiyat",
    "jamiyet": "jamiyat",
    "jamiet": "jamiyat",
    "jumiet": "jamiyat",
    "jumiat": "jamiyat",
    "jameiat": "jamiyat",
    # the first words of compound names as Polish, Czech and Slovak write them (j for y,
    # dż/dž for j): "Ajn al-Arab", "Dajr Hafir", "Dżabal", "Džabal"
    "ajn": "ayn",
    "ejn": "ayn",
    "dajr": "dayr",
    "dejr": "dayr",
    "dzabal": "jabal",  # (the marks of dż, dž gone)
    "dzebel": "jabal",
    "jebel": "jabal",
    "jabel": "jabal",
    "jbel": "jabal",
    "djebel": "jabal",
    "deir": "dayr",
    "dair": "dayr",
    "ain": "ayn",
    "ein": "ayn",
    "aïn": "ayn",
    "abou": "abu",
    "beni": "bani",
    "karam": "karm",
    "kfar": "kafr",
    "kafar": "kafr",
    "kefr": "kafr",
    "cebel": "jabal",
    "dschabal": "jabal",
    "deyr": "dayr",
    "bostan": "bustan",
    "boustan": "bustan",
    "masakin": "masaken",
    "masakine": "masaken",
    "mosque": "mosque",
    # the words of "the old city", "the citadel", "the Great Mosque" in French, Italian,
    # Spanish, German and Turkish captions, where they stand in the English order
    "vieille": "old",
    "vieux": "old",
    "ville": "city",
    "eski": "old",
    "sehir": "city",
    "citadelle": "citadel",
    "cittadella": "citadel",
    "ciudadela": "citadel",
    "zitadelle": "citadel",
    "cidadela": "citadel",  # Portuguese
    "grande": "great",
    "gran": "great",
    "grosse": "great",
    "havalimanı": "airport",  # Turkish: "Halep Uluslararası Havalimanı", "Halep Kalesi"
    "havalimani": "airport",
    "uluslararası": "international",
    "uluslararasi": "international",
    "kalesi": "citadel",
    "camii": "mosque",
    "cami": "mosque",  # Turkish: "Emevi Cami'nin", "Ulu Cami"
    "camisi": "mosque",
    "mosquee": "mosque",
    "moschea": "mosque",
    "mezquita": "mosque",
    "mesquita": "mosque",
    "emevi": "umayyad",  # Turkish: "Emevi Camii", the Umayyad Mosque
    "moschee": "mosque",
    "moskee": "mosque",  # Dutch: "de Umayyad-moskee", "de Grote Moskee"
    "masjid": "mosque",  # Indonesian and Malay: "Masjid Umayyah"
    "meczet": "mosque",  # Polish, in its cases: "meczet Umajjadów", "w meczecie"
    "meczetu": "mosque",
    "meczecie": "mosque",
    # German writes a place's kind joined to its name by a hyphen ("das Shahba-Einkaufszentrum",
    # "das Dar-al-Shifa-Krankenhaus", "der Saadallah-al-Jabiri-Platz"), in the genitive too
    "einkaufszentrum": "mall",
    "einkaufszentrums": "mall",
    "krankenhaus": "hospital",
    "krankenhauses": "hospital",
    "platz": "square",
    "platzes": "square",
    "kirche": "church",
    "kathedrale": "cathedral",
    "schule": "school",
    "kaserne": "barracks",
    "stadion": "stadium",
    "stadions": "stadium",
    "flughafen": "airport",
    "flughafens": "airport",
    "omaijaden": "umayyaden",  # German spellings of the dynasty: "die Omaijaden-Moschee"
    "omajjaden": "umayyaden",
    "omayyaden": "umayyaden",
    # the words for a landmark's kind that the Romance languages, Romanian, Polish and
    # Indonesian write before its name ("la escuela al-Sheebani", "il fiume Queiq", "Piața
    # Farhat"), and German joins after it ("die Al-Khandaq-Straße"): the English word
    "escuela": "school",
    "escola": "school",
    "scuola": "school",
    "ecole": "school",
    "scoala": "school",
    "szkola": "school",
    "sekolah": "school",
    "iglesia": "church",
    "igreja": "church",
    "chiesa": "church",
    "eglise": "church",
    "biserica": "church",
    "kosciol": "church",
    "gereja": "church",
    "catedral": "cathedral",
    "cattedrale": "cathedral",
    "cathedrale": "cathedral",
    "catedrala": "cathedral",
    "katedra": "cathedral",
    "katedral": "cathedral",
    "ospedale": "hospital",
    "hopital": "hospital",
    "spital": "hospital",
    "szpital": "hospital",
    "plaza": "square",
    "praca": "square",
    "piazza": "square",
    "piata": "square",
    "place": "square",
    "plac": "square",
    "plein": "square",
    "rue": "street",
    "calle": "street",
    "rua": "street",
    "strada": "street",
    "ulica": "street",
    "strasse": "street",
    "rio": "river",
    "fiume": "river",
    "riviere": "river",
    "fleuve": "river",
    "raul": "river",
    "rzeka": "river",
    "sungai": "river",
    "parque": "park",
    "parco": "park",
    "parc": "park",
    "museo": "museum",
    "musee": "museum",
    "museu": "museum",
    "muzeum": "museum",
    "palacio": "palace",
    "palazzo": "palace",
    "palais": "palace",
    "estadio": "stadium",
    "stadio": "stadium",
    "stade": "stadium",
    "universidad": "university",
    "universita": "university",
    "universite": "university",
    "universidade": "university",
    "nazionale": "national",  # ("l'Ospedale Nazionale", "el Museo Nacional")
    "nacional": "national",
    "collina": "hill",
    "colline": "hill",
    "colina": "hill",
    "eastern": "east",
    "western": "west",
    "southeastern": "southeast",
    "south-eastern": "southeast",
    "neighbourhood": "neighborhood",
    # the Dutch souk ("de al-Zarab soek")
    "soek": "souk",
    "soeks": "souks",
    # Albanian writes the kind first too, with its article on it, in its cases ("Sheshi Saadallah
    # al-Jabiri": the Saadallah al-Jabiri Square; "në Spitalin al-Razi"; "afër Kishës ...")
    "sheshi": "square",
    "sheshin": "square",
    "sheshit": "square",
    "rruga": "street",
    "rrugen": "street",
    "rruges": "street",
    "spitali": "hospital",
    "spitalin": "hospital",
    "spitalit": "hospital",
    "kisha": "church",
    "kishen": "church",
    "kishes": "church",
    "shkolla": "school",
    "shkollen": "school",
    "shkolles": "school",
    "hoteli": "hotel",
    "hotelin": "hotel",
    "hotelit": "hotel",
    "muzeu": "museum",
    "muzeun": "museum",
    "muzeut": "museum",
    "pallati": "palace",
    "pallatin": "palace",
    "pallatit": "palace",
    "lumi": "river",
    "lumin": "river",
    "lumit": "river",
    # Bosnian, Croatian and Serbian ("na trgu Saadallah al-Jabiri", "u bolnici al-Razi"), and
    # Romanian with its article on the noun ("Hotelul Baron", "Spitalul al-Razi", "Parcul ...")
    "trg": "square",
    "trgu": "square",
    "bolnica": "hospital",
    "bolnici": "hospital",
    "bolnicu": "hospital",
    "crkva": "church",
    "crkvi": "church",
    "crkvu": "church",
    "skola": "school",
    "skoli": "school",
    "hotelul": "hotel",
    "spitalul": "hospital",
    "parcul": "park",
    "muzeul": "museum",
    "palatul": "palace",
}
# Turkish words for a landmark's kind, after its name as English writes it, with the ending of
# a compound and in their case forms ("Kuds Hastanesi'nde", "Baron Oteli", "Sadullah Cabiri
# Meydanı", "Kuveyk Nehri"): the English word.
_TURKISH_KINDS = (
    ("hastane", _POSSESSED, "hospital"),
    ("kilise", _POSSESSED, "church"),
    ("cadde", _POSSESSED, "street"),
    ("müze", _POSSESSED, "museum"),
    ("üniversite", _POSSESSED, "university"),
    ("otel", "i,inde,indeki,ine,ini,inden,inin", "hotel"),
    ("meydan", "ı,ında,ındaki,ına,ını,ından,ının", "square"),
    ("saray", "ı,ında,ındaki,ına,ını,ından,ının", "palace"),
    ("okul", "u,unda,undaki,una,unu,undan,unun", "school"),
    ("stadyum", "u,unda,undaki,una,unu,undan,unun", "stadium"),
    ("nehr", "i,inde,indeki,ine,ini,inden,inin", "river"),  # (nehir drops its i: nehri)
)
# (only the forms with the compound's ending: the bare noun may be a name's word, "Meydan" is
# the al-Midan quarter and the village Meydan Ekbez)
for _stem, _endings, _english in _TURKISH_KINDS:
    for _ending in _endings.split(","):
        _SYNONYMS.setdefault(_stem + _ending, _english)
        _SYNONYMS.setdefault(_strip_marks(_stem + _ending), _english)
# The word for a sheikh as other languages write it, before a name as English does: Spanish,
# Portuguese, Catalan and Basque (j and x for sh: "Jeque", "Xeic Maqsud", "Xeque"), Italian
# ("Sceicco"), Polish ("Szejk", "Szejka", "Szejku"), Czech and Slovak ("Šejk", "Šejch"),
# Hungarian ("Sejk"), Indonesian and Malay ("Syekh", "Syaikh", "Syeikh"). Each is the common
# noun of its language too ("el jeque Taha", a sheikh called Taha), so it is the word of a name
# only when capitalised.
_SHEIKH_WORDS = frozenset(
    {"jeque", "xeque", "xeic", "xeique", "xeij", "xeikh", "sceicco", "sceic", "szejk", "szejka",
     "szejku", "szejch", "sejk", "sejch", "sejcha", "syekh", "syaikh", "syeikh", "syeh"}
)  # fmt: skip
# (and the Persian and Kurdish letters of the same sounds: ی ک ۀ ە ھ, "شیخ مقصود"; and Urdu's:
# its h ہ, its ta marbuta ۃ, its nasal n ں, its final ye ے, and its retroflex ٹ ڈ ڑ as t d r,
# "قلعہ" as قلعه)
_ARABIC_ALEF = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ی": "ي", "ک": "ك",
     "ۀ": "ه", "ە": "ه", "ھ": "ه", "ے": "ي", "ہ": "ه", "ۂ": "ه", "ۃ": "ه", "ں": "ن", "ٹ": "ت",
     "ڈ": "د", "ڑ": "ر", "ۓ": "ي",
     # Central Kurdish (Sorani) letters: its o ۆ, its long e ێ, its dark l ڵ and its trilled
     # r ڕ, as Arabic writes those sounds ("کۆبانێ" is كوباني, Kobani)
     "ۆ": "و", "ێ": "ي", "ڵ": "ل", "ڕ": "ر"}
)  # fmt: skip
# Sorani writes the short vowel e (ە) that Arabic leaves unwritten: inside a word it is no
# letter of the name's Arabic spelling ("حەلەب" is حلب, Aleppo; "شێخ مەقسود" شيخ مقسود); at the
# end it is the Arabic final h (ة, ه), as the table above reads it.
_SORANI_SHORT_E = re.compile("ە(?=.)")
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
# The one-letter words Arabic writes joined to the next: "and" (و, ف), "in" (ب), "to" (ل).
# "وبيانون" is "and Bayanoun", "بحلب" "in Aleppo". They are taken off every word that keeps
# three letters after them (on a name of the gazetteer as on a caption's word, so a name that
# starts with one of these letters still meets itself).
_ARABIC_PROCLITICS = "وفبل"
# Hebrew writes its "and" (ו), "in" (ב), "to" (ל), "from" (מ), "that" (ש), "as" (כ) and "when" (כש)
# joined to the next word too, one or several: "בחלב" is "in Aleppo", "ומעפרין" "and from Afrin".
# Many Hebrew names start with those letters (מנבג', שייח' מקסוד, כובאני), so they are not taken
# off every word as the Arabic ones are: :func:`hebrew_cuts` gives the readings of a word without
# them, and the geoparser keeps one only where it is a word of a known name. The article ה is no
# such prefix ("החלב" is "the milk"); after ב, ל, כ it is not written ("במסגד" is "in the mosque").
_HEBREW_PROCLITICS = tuple(
    sorted(
        {"ו", "ב", "ל", "מ", "ש", "כ", "כש", "וב", "ול", "ומ", "וש", "וכ", "וכש", "שב", "של", "שמ",
         "שכ", "ושב", "ושל", "ושמ", "כשב", "וכשב"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_HEBREW_WORD_RE = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea\u0591-\u05c7'’\u05f3]+")
_VOWELS = "aeiou"
# The letters French and German write for the Arabic sounds j and sh, and Dutch's sj for sh
# ("Sjaar", "Sjeich").
_FRENCH_RE = re.compile(r"dsch|dj|sch|ch|sj")
_FRENCH_SOUND: Callable[[re.Match[str]], str] = lambda m: "j" if m.group()[0] == "d" else "sh"  # noqa: E731
# A y between a consonant and a vowel is the vowel i: "al-Zibdyah" is al-Zebdiyeh.
_CONSONANT_Y = re.compile(r"(?<=[^aeiouy])y(?=[aeiou])")
_AW_BEFORE_CONSONANT = re.compile(r"aw(?=[^aeiouy]|$)")  # "aw" before a consonant reads "u"
# The article run on to a capitalised name: "alAzameyeh", "elMarjeh".
_FUSED_ARTICLE = re.compile(r"^(?:al|el)(?=[A-Z][a-z])")
# The ending -eyeh, -eyah after a consonant (its final h already gone): -iyeh.
_EYE_ENDING = re.compile(r"(?<=[^aeiouy])ey[ae]$")
_ROMAN = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii"})


def arabic_joined(word: str) -> bool:
    """Whether the Arabic word ``word`` starts with a one-letter word joined to it that its key
    leaves off (:data:`_ARABIC_PROCLITICS`: "ورقة" is read as و and رقة).

    >>> arabic_joined("وبيانون"), arabic_joined("بحلب"), arabic_joined("حلب"), arabic_joined("باب")
    (True, True, False, False)
    """
    word = _ARABIC_MARKS_RE.sub("", word).translate(_ARABIC_ALEF)
    return word[:1] in _ARABIC_PROCLITICS and len(word) > 3


def hebrew_cuts(word: str) -> tuple[tuple[int, str], ...]:
    """The readings of a Hebrew word without the one-letter words joined to it (see
    ``_HEBREW_PROCLITICS``): ``(letters cut, rest)``, the longest cut first; after ב, ל or כ the
    rest also with the article ה those absorb. A rest keeps two letters; ``()`` for a word that
    is not Hebrew.

    >>> hebrew_cuts("ובחלב")[:2]
    ((2, 'חלב'), (2, 'החלב'))
    >>> hebrew_cuts("עפרין"), hebrew_cuts("לבנון")[0]
    ((), (1, 'בנון'))
    >>> hebrew_cuts("Aleppo")
    ()
    """
    if _HEBREW_WORD_RE.fullmatch(word) is None:
        return ()
    out: list[tuple[int, str]] = []
    for prefix in _HEBREW_PROCLITICS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            rest = word[len(prefix) :]
            out.append((len(prefix), rest))
            if prefix[-1] in "בלכ":
                out.append((len(prefix), "ה" + rest))
    return tuple(out)


class Token(NamedTuple):
    """One word of a text: its folded key and its span in the original text.

    ``start``/``end`` exclude a possessive ``’s``; ``raw`` is the word as written (same span).
    ``upper`` tells whether it starts with a capital letter (Arabic script counts as capital).
    """

    key: str
    start: int
    end: int
    raw: str
    upper: bool


def _dedupe(word: str) -> str:
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _synonym(word: str) -> str:
    """The word that ``word`` stands for (:data:`_SYNONYMS`), also when one of its letters is
    written twice ("Hastannesi" as "Hastanesi": hospital); else ``word``."""
    found = _SYNONYMS.get(word)
    if found is None:
        found = _SYNONYMS.get(_dedupe(word), word)
    return found


def _fold_arabic(word: str) -> str:
    if "ە" in word:
        word = _SORANI_SHORT_E.sub("", word)
    word = _ARABIC_MARKS_RE.sub("", word).translate(_ARABIC_ALEF)
    while word[:1] in _ARABIC_PROCLITICS and len(word) > 3:
        word = word[1:]
    for prefix in _ARABIC_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


@lru_cache(maxsize=1 << 16)  # a pure function of a word: the gazetteer's and captions' words repeat
def fold_token(word: str) -> str:
    """Fold one word (as written, without a possessive) to its matching key.

    Returns ``""`` for the Arabic article and for generic words (neighbourhood, district ...).
    A key never holds a space (a compatibility form such as a ligature may decompose into
    one), so that a space-joined string of keys has spaces between words only.

    Examples
    --------
    >>> fold_token("Kallaseh") == fold_token("Kalasseh") == fold_token("Kallasa")
    True
    >>> fold_token("Sukkary") == fold_token("Sukari")
    True
    >>> fold_token("al")
    ''
    """
    if _ARABIC_RE.search(word):
        folded = _fold_arabic(word)
        if folded in GENERIC_WORDS or word in GENERIC_WORDS:
            return ""
        return folded
    if not word.isascii():
        word = indic_stem(word)  # "அலெப்போவின்": அலெப்போ (Aleppo)
    word = _FUSED_ARTICLE.sub("", word)  # "alAzameyeh": the article run on
    if not word.isascii() and other_script(word):
        word = latin(word)  # Cyrillic, Greek, Georgian, Armenian: "Джабал" is jabal
    w = _APOS_RE.sub("", _strip_marks(word).casefold()).replace(" ", "")
    if not w or w in ARTICLES or w in GENERIC_WORDS:
        return ""
    w = _synonym(w)
    if w in _SHEIKH_WORDS and word[:1].isupper():
        w = "shaykh"
    if w.isdigit() or w in _ROMAN:
        return w
    if "j" in w or "ch" in w:  # French dj, ch and German dsch, sch: j, sh ("Achrafieh")
        w = _FRENCH_RE.sub(_FRENCH_SOUND, w)
    w = _dedupe(w.replace("ı", "i"))  # Turkish dotless i
    # final ta marbuta / -eh / -ah / -e
    if len(w) > 3 and w[-1] == "h" and w[-2] in _VOWELS:
        w = w[:-1]
        if w[-3:-1] == "ey":
            w = _EYE_ENDING.sub("iya", w)  # -eyeh written for -iyeh: "Hamdaneyeh"
    if len(w) > 2 and w[-1] == "e":
        w = w[:-1] + "a"
    # ou, au and the Dutch oe are u ("Djarabloes", "Soekkari", "Koeweires")
    w = w.replace("ou", "u").replace("au", "u").replace("oe", "u")
    w = w.replace("ei", "ai").replace("ey", "ai").replace("ay", "ai")
    w = _AW_BEFORE_CONSONANT.sub("u", w)
    w = w.replace("e", "i").replace("o", "u").replace("q", "k").replace("ph", "f")
    w = _CONSONANT_Y.sub("i", w).replace("iy", "i")
    if len(w) > 2 and w[-1] == "y" and w[-2] not in _VOWELS:
        w = w[:-1] + "i"
    return _dedupe(w)


_TURKISH_AS_ARABIC = str.maketrans({"ş": "sh", "ç": "j", "c": "j", "ğ": "", "ı": "i", "e": "a"})


def turkish_key(word: str) -> str:
    """Fold a name as Turkish writes Arabic, its e an a and its c a j ("Meadi" for al-Ma'adi,
    "Şear" for ash-Sha'ar, "Cebel" for Jabal): the key of the name so read.

    >>> turkish_key("Şear") == fold_token("Shaar")
    True
    >>> turkish_key("Meadi") == fold_token("Maadi")
    True
    """
    if _strip_marks(word).casefold() in _SYNONYMS:
        return fold_token(word)  # a word of names ("Şeyh"): its own fold
    return fold_token(word.casefold().translate(_TURKISH_AS_ARABIC))


def word_info(word: str) -> tuple[str, int, bool]:
    """Return ``(key, length without a possessive, starts upper-case)`` for one word."""
    raw = word
    pm = _POSSESSIVE_RE.search(word)
    if pm is not None and len(word) > 2:
        raw = word[: pm.start()]
    first = raw[0]
    upper = (
        first.isupper()
        or bool(_ARABIC_RE.match(first))
        or bool(_FUSED_ARTICLE.match(raw))
        or "\u05d0" <= first <= "\u05ea"  # (Hebrew, which has no case, counts as capital too)
        or "\u0900" <= first <= "\u0d7f"  # (and so do the Indian scripts)
    )
    return fold_token(raw), len(raw), upper


def tokenize(text: str, info: Callable[[str], tuple[str, int, bool]] = word_info) -> list[Token]:
    """Cut ``text`` into word tokens with folded keys (empty key for dropped words).

    Hyphens separate words ("al-Sukari" is two tokens); apostrophes inside a word do not.
    A trailing possessive (``Aleppo’s``) is excluded from the token's key and span. ``info``
    replaces :func:`word_info` (e.g. by a cached version of it).
    """
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        key, length, upper = info(word)
        start = m.start()
        append(Token(key, start, start + length, word[:length], upper))
    return tokens


def joins(gap: str) -> bool:
    """Tell whether ``gap``, the text between two tokens, lets them belong to one name.

    Examples
    --------
    >>> joins(" "), joins("-"), joins("’s "), joins(" '"), joins(", "), joins(" ("), joins("' ")
    (True, True, True, True, False, False, False)
    """
    return _JOIN_RE.fullmatch(gap) is not None


class Words(NamedTuple):
    """The words of one text as parallel sequences: word ``i`` is ``key[i]``, ``start[i]`` ...

    The fields are those of :class:`Token` (``low`` is ``raw`` case-folded), kept as one
    sequence per field so that a scan can slice a window of words without building an
    object per word; ``flag`` is what the ``flag`` function of :func:`split_words` tells of
    each word.
    """

    key: Sequence[str]
    start: Sequence[int]
    end: Sequence[int]
    raw: Sequence[str]
    low: Sequence[str]
    upper: Sequence[bool]
    flag: Sequence[bool] = ()

    def tokens(self) -> list[Token]:
        """The words as :class:`Token` objects (what :func:`tokenize` returns)."""
        return list(map(Token, self.key, self.start, self.end, self.raw, self.upper))


#: What :func:`split_words` remembers of a word: key, length, raw, case-folded raw, upper,
#: flag.
WordInfo = tuple[str, int, str, str, bool, bool]
_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_SPLIT_PLAIN_RE = re.compile(f"({_TOKEN_RE.pattern.removeprefix(_ELISION)})")
# The same cut for a text without "_": one character class per step, which ``re`` runs
# several times faster than the alternation above (``\w`` differs from ``[^\W_]`` by "_").
_WORD = rf"[\w{_MARKS}]"
_SPLIT_FAST_RE = re.compile(rf"({_WORD}+(?:[{_APOS}]{_WORD}+)*)")
_SPLIT_FAST_ELISION_RE = re.compile(_ELISION + _SPLIT_FAST_RE.pattern)
# Where an elision may be (every one ends in d or l and an apostrophe): the cuts above without
# the elision's look-arounds are faster, and give the same words in a text without one.
_ELIDED_RE = re.compile(rf"[dDlL][{_APOS}]")
# The same cut for an ASCII text without an apostrophe or "_" (most captions): there every
# mark and apostrophe of the cuts above is absent, and ``\w`` read as ASCII is a letter or
# a digit, which ``re`` tests faster than the Unicode classes.
_SPLIT_ASCII_RE = re.compile(r"(\w+)", re.ASCII)


def _has_apostrophe(text: str) -> bool:
    """Whether ``text`` holds an apostrophe (substring tests: cheaper than a search; an ASCII
    text, told at once, can hold two of them only)."""
    if text.isascii():
        return "'" in text or "`" in text
    return (
        "’" in text
        or "'" in text
        or "‘" in text
        or "ʼ" in text
        or "ʿ" in text
        or "ʾ" in text
        or "`" in text
        or "´" in text
        or "\u05f3" in text
    )


def split_words(
    text: str,
    cache: dict[str, WordInfo],
    flag: Callable[[str, str, str, bool], bool] | None = None,
) -> Words:
    """:func:`tokenize` as parallel sequences, with a memo of words.

    ``cache`` (word -> :data:`WordInfo`) is filled as words are met; the caller owns it and
    bounds its size (and keeps one ``flag`` function per cache). The text is cut by one
    ``re.split`` and the offsets summed by ``itertools.accumulate``, so the per-word work left
    in Python is one dictionary lookup. ``flag(key, raw, low, upper)``, called once per word,
    gives :attr:`Words.flag` (``False`` for every word without it).

    >>> w = split_words("Aleppo’s al-Sukari", {})
    >>> w.tokens() == tokenize("Aleppo’s al-Sukari")
    True
    """
    if "_" in text:
        plain = not _has_apostrophe(text) or _ELIDED_RE.search(text) is None
        split = _SPLIT_PLAIN_RE.split if plain else _SPLIT_RE.split
    elif text.isascii() and "'" not in text and "`" not in text:
        split = _SPLIT_ASCII_RE.split
    elif not _has_apostrophe(text) or _ELIDED_RE.search(text) is None:
        split = _SPLIT_FAST_RE.split
    else:
        split = _SPLIT_FAST_ELISION_RE.split
    parts = split(text)  # gap, word, gap, word ..., gap
    words = parts[1::2]
    if not words:
        return Words((), (), (), (), (), (), ())
    infos: list[WordInfo]
    try:  # (every word met before: the common case, without a test of each)
        infos = list(map(cache.__getitem__, words))
    except KeyError:
        infos = _read_words(words, cache, flag)
    offsets = list(accumulate(map(len, parts)))
    start = offsets[0:-1:2]  # a word starts where the gap before it ends
    keys, lengths, raws, lows, uppers, flags = zip(*infos, strict=True)
    return Words(keys, start, list(map(add, start, lengths)), raws, lows, uppers, flags)


def _read_words(
    words: Sequence[str],
    cache: dict[str, WordInfo],
    flag: Callable[[str, str, str, bool], bool] | None,
) -> list[WordInfo]:
    """The :data:`WordInfo` of each of ``words`` (for :func:`split_words`), those not in
    ``cache`` read and remembered there."""
    infos: list[WordInfo] = []
    for word in words:
        info = cache.get(word)
        if info is None:
            key, length, upper = word_info(word)
            raw = word[:length]
            low = raw.casefold()
            flagged = flag is not None and flag(key, raw, low, upper)
            info = cache[word] = (key, length, raw, low, upper, flagged)
        infos.append(info)
    return infos


# The photo agencies credits name, as they write themselves (``gallery.credits`` classifies a
# credit's parts by them; :func:`unglue_credit` parts a credit ending in one from the caption).
KNOWN_AGENCIES: tuple[str, ...] = (
    "AFP",
    "AP",
    "EPA",
    "EPA-EFE",
    "EFE",
    "Reuters",
    "Getty Images",
    "SANA",
    "Anadolu",
    "Anadolu Agency",
    "Xinhua",
    "DPA",
    "ANSA",
    "UPI",
    "TASS",
    "Sputnik",
    "NurPhoto",
    "SOPA Images",
    "LightRocket",
    "ZUMA Press",
    "ZUMA Wire",
    "Shutterstock",
    "Rex",
    "Bloomberg",
    "Polaris",
    "Redux",
    "Magnum",
    "VII",
    "Corbis",
    "Sipa",
    "Abaca",
    "Kyodo",
    "Yonhap",
    "Aleppo Media Center",
    "AMC",
    "White Helmets",
    "Syrian Civil Defense",
    "Syrian Civil Defence",
    "Thiqa News Agency",
    "Qasioun News Agency",
    "IHH",
    "UNICEF",
    "UNHCR",
    "ICRC",
    "SARC",
    "The Washington Post",
    "The New York Times",
    "Associated Press",
    "Agence France-Presse",
)
# A trailing credit's agencies after the photographer's name: "/AFP", " / Anadolu Agency",
# "/AFP/Getty Images", perhaps a full stop, ending the text.
_AGENCY_ALT = "|".join(
    re.escape(a)
    for a in sorted({*KNOWN_AGENCIES, *(a.upper() for a in KNOWN_AGENCIES)}, key=len, reverse=True)
)
_AGENCY_TAIL_RE = re.compile(rf"(?: ?/ ?(?:{_AGENCY_ALT}))+[ .]*$")
# A word of a photographer's name in a credit: capitalised, or a particle ("Karam al-Masri").
_CREDIT_WORD_RE = re.compile(r"[A-Z][\w'’.-]*|(?:al|el|de|da|van|von|bin|ben)(?:-[A-Z][\w'’.-]*)?")
# The credits of one word before an agency ("STR/AFP"): any other is a name's last word.
_ONE_WORD_CREDITS = frozenset({"Stringer", "STR", "Str", "HO", "Handout", "Pool", "POOL"})
# The words of a photographer's name at most, and of the capitalised run read before it.
_CREDIT_WORDS = 4
_CREDIT_RUN = 7

# A photo credit glued to the word before it, where a page lost the space between caption and
# credit ("… in KobaniJane Doe/AFP", "… militantsAFP"): a lower-case letter, then a credit-like
# run up to the "/" or "|" that follows it — capitalised names (with their particles) or an
# agency in capitals.
_AGENCY_CAPS = r"(?:AFP|AP|EPA|REUTERS|SANA|ANHA|DPA|UPI|ANSA|AA|IHA|DHA)"
_GLUED_CREDIT_RE = re.compile(
    rf"[a-zß-ÿ](?:[A-Z][a-zß-ÿ]+(?:[ -](?:[A-Z][\w'’.]*|al|el|de|da|van|von|bin|ben))*"
    rf"|{_AGENCY_CAPS}) ?$"
)
# The same credit ending the text without a "/" ("… militantsAFP", "… KobaniReuters").
_GLUED_AGENCY_ENDS = ("AFP", "AP", "EPA", "REUTERS", "Reuters", "SANA", "ANHA", "Getty Images")
# How far before a "/" a glued credit may start, and how many "/" or "|" a text is read at.
_CREDIT_REACH = 48
_CREDIT_MARKS = 4


def _glued_credit_starts(text: str) -> list[int]:
    """Where a credit glued to the word before it starts in ``text`` (its first letter).

    Cheap for most captions: only the few characters before each of the first "/" or "|"
    (and a text ending in an agency's name) are read, by a regex anchored at their end.
    """
    found: list[int] = []
    for mark in ("/", "|") if "|" in text else ("/",):
        at = text.find(mark)
        n = 0
        while at > 0 and n < _CREDIT_MARKS:
            # a name's last letter before the mark (most credits there are an agency's
            # capitals, "REUTERS/", or a date's digits): only then is the regex run
            j = at - 2 if text[at - 1] == " " else at - 1
            if j >= 0 and text[j].islower():
                m = _GLUED_CREDIT_RE.search(text, max(0, at - _CREDIT_REACH), at)
                if m is not None:
                    found.append(m.start() + 1)
            at = text.find(mark, at + 1)
            n += 1
    if text.endswith(_GLUED_AGENCY_ENDS):
        for agency in _GLUED_AGENCY_ENDS:
            j = len(text) - len(agency)
            if text.endswith(agency) and j > 0 and text[j - 1].islower():
                found.append(j)
                break
    return found


def _spaced_credit_cut(text: str, known: Callable[[str], bool]) -> int | None:
    """Where a credit that ends ``text`` after a space, with no full stop before it, starts
    within the run of capitalised words it ends ("the town of Kobani Jane Doe/AFP"): the end
    of the run's word before the credit, a word ``known`` to end a name ("Kobani"); the
    rightmost such word that leaves two words or more to the photographer's name (a first
    name and a surname: "Aleppo Old City Jane Doe/AFP" keeps "Old City"), else a credit of
    one word that names no one ("Kobani Stringer/AFP", "STR/AFP"). ``None`` where no credit
    of a known agency ends the text or no word of the run ends a name."""
    tail = None
    at = text.find("/", max(0, len(text) - _CREDIT_REACH * 2))
    while tail is None and at > 0:  # (the regex tried at each "/" of the text's end only)
        tail = _AGENCY_TAIL_RE.match(text, at - 1 if text[at - 1] == " " else at)
        at = text.find("/", at + 1)
    if tail is None:
        return None
    # the capitalised run before the agency, word by word from its end
    words: list[tuple[int, int]] = []  # (start, end) of each word, last first
    end = tail.start()
    while len(words) < _CREDIT_RUN and end > 0:
        start = text.rfind(" ", 0, end) + 1
        if _CREDIT_WORD_RE.fullmatch(text, start, end) is None:
            break
        words.append((start, end))
        if start == 0 or text[start - 1] != " ":
            break
        end = start - 1
    words.reverse()
    best: int | None = None
    for i in range(1, len(words)):
        after = len(words) - i  # the words of the photographer's name
        if (
            after > _CREDIT_WORDS
            or not text[words[i][0]][:1].isupper()
            or (after == 1 and text[words[i][0] : words[i][1]] not in _ONE_WORD_CREDITS)
        ):
            continue
        a, b = words[i - 1]
        # (a word's last part: "al-Bab" ends with "Bab")
        if (after >= 2 or best is None) and known(re.split(r"\W", text[a:b].rstrip("'’.-"))[-1]):
            best = b
    return best


def unglue_credit(text: str, known: Callable[[str], bool]) -> tuple[str, tuple[int, ...]]:
    """Part a photo credit from the word it was glued to ("in KobaniJane Doe/AFP").

    Return ``text`` with ". " put before each glued credit, and where the credits start in
    ``text`` (``()``, and ``text`` itself, for almost every caption: only those with a "/" or
    "|", or ending in an agency's name, are read further). A word is cut only where the
    credit-like run after the cut reaches a "/" or "|" (or is an agency ending the text) and
    ``known`` tells that the word's part before the cut ends a name ("Kobani"): "McDonald",
    "YouTube" or "iPhone" stay whole.

    >>> unglue_credit("a school in KobaniJane Doe/AFP", lambda word: word == "Kobani")
    ('a school in Kobani. Jane Doe/AFP', (18,))
    >>> unglue_credit("the McDonald/AFP", lambda word: word == "Kobani")
    ('the McDonald/AFP', ())
    """
    if "/" not in text and "|" not in text and not text.endswith(_GLUED_AGENCY_ENDS):
        return text, ()
    cuts: list[int] = []
    for cut in sorted(set(_glued_credit_starts(text))):
        start = cut
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if known(text[start:cut]):
            cuts.append(cut)
    if not cuts and "/" in text:
        spaced = _spaced_credit_cut(text, known)
        if spaced is not None:
            cuts.append(spaced)
    if not cuts:
        return text, ()
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return ". ".join(parts), tuple(cuts)


def glued_offset(offset: int, cuts: Sequence[int]) -> int:
    """The offset in the text as written of ``offset`` in the text :func:`unglue_credit`
    gave, whose credits it parted at ``cuts`` (two characters before each)."""
    for n, cut in enumerate(cuts):
        if offset < cut + 2 * n:
            return offset - 2 * n
        if offset < cut + 2 * (n + 1):
            return cut  # (in the ". " put in)
    return offset - 2 * len(cuts)


# Letters of other alphabets' transliterations, mapped before marks are stripped: Turkish
# (ş ç ğ ı), German (ß) and the Arabic-transliteration dots and macrons (ṣ ḥ ṭ ḍ ẓ ā ...) fall
# to their base letter when their marks go.
_FOREIGN = str.maketrans(
    {"ş": "sh", "ç": "ch", "ğ": "", "ı": "i", "ß": "ss", "ʻ": "", "ʽ": "", "đ": "d", "ł": "l",
     "ø": "o", "æ": "ae", "œ": "oe"}
)  # fmt: skip
# A word in Turkish spelling: its letters, or the ending -iye.
_TURKISH_RE = re.compile(r"[şğıöü]|iy+e$")
# Consonant classes of the phonetic key, applied in order to the case-folded word.
_PHONETIC_STEPS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"tsch|sch", "sh"),  # German Scheich
        (r"^ch", "sh"),  # French Cheikh, Chahba
        (r"(?<=[aeiouy])ch", "kh"),  # German Scheich (after a vowel)
        (r"th|dh|z", "z"),  # th/dh/z: one Arabic letter family
        (r"(?<=s)hh", "h"),  # Mashhad, written Meshed: the h after sh is not heard apart
        (r"kh|h", "h"),  # Turkish Şeyh for Sheikh
        (r"sh|s", "s"),  # s/ṣ/sh
        (r"gh|[kqcgx]", "k"),  # k/q/c/g
        (r"ph|f", "f"),
        (r"v", "w"),  # Arabic has no v: Turkish writes its w so (Firdevs, Suveyka)
        (r"p|b", "b"),  # Turkish Halep for Halab
        (r"(?<=[^aeiouyw])(?:[ie]y+|i|y+)[ae]$", "Y"),  # the ending -iyeh/-eyeh/-iye/-yah: a y
        (r"(.)\1+", r"\1"),  # doubled letters (before the vowels between letters go)
        (r"(?<=[aeiou])w(?![aeiou])", ""),  # aw, ow: a vowel
        (r"(?<=.)[aeiouy]+", ""),  # vowels after the first letter
        (r"^[aeiouy]+", "a"),  # a first vowel is kept as one mark
    )
)


@lru_cache(maxsize=1 << 16)  # (a pure function of a word, as fold_token)
def phonetic_word(word: str) -> str:
    """Return the phonetic key of one word as written: its consonant skeleton.

    Coarser than :func:`fold_token` and only used as a fallback: vowels (but a first one) and
    doubled letters go, and the consonants fall into classes (k/q/c/g, s/sh, th/dh/z, b/p,
    kh/h), after the letters of Turkish, German and French transliterations
    are mapped (ş, ç, ğ, ı, and c as j in a Turkish word; sch; initial ch). The article and
    generic words give ``""``.

    Examples
    --------
    >>> phonetic_word("Şeyh") == phonetic_word("Sheikh") == phonetic_word("Scheich")
    True
    >>> phonetic_word("Halep") == phonetic_word("Halab")
    True
    """
    if not word.isascii() and other_script(word):
        word = latin(word)  # Cyrillic, Greek, Georgian, Armenian
    w = _FUSED_ARTICLE.sub("", word).casefold()
    if _TURKISH_RE.search(w):
        w = w.replace("c", "j")  # Turkish c: Cemiliye for Jamiliyeh
    w = _APOS_RE.sub("", w.translate(_FOREIGN))
    if _ARABIC_RE.search(w):
        return fold_token(word)
    w = _strip_marks(w).replace(" ", "")
    if not w or w in ARTICLES or w in GENERIC_WORDS:
        return ""
    w = _synonym(w)
    if w in _SHEIKH_WORDS and word[:1].isupper():
        w = "shaykh"
    if w.isdigit() or w in _ROMAN:
        return w
    if len(w) > 3 and w[-1] == "h" and w[-2] in _VOWELS:
        w = w[:-1]  # final ta marbuta: -eh, -ah
    final_t = w[-1] == "t"
    for pattern, repl in _PHONETIC_STEPS:
        w = pattern.sub(repl, w)
    return w[:-1] + "T" if final_t and w[-1:] == "t" else w


# Other Latin alphabets' letters for Arabic sounds, each a way of reading a word as English
# transliterates it (tried by the geoparser when a word's own key names nothing):
# - x is kh in Spanish, Kurdish and Uzbek ("al-Xafsa", "Xan Tuman"), ...
_X_AS_KH = (re.compile(r"x"), "kh")
# - ... and sh in Catalan, Portuguese, Basque and Maltese ("Xarif", "Xahba");
_X_AS_SH = (re.compile(r"x"), "sh")
# - Polish, Czech, Slovak and Hungarian write j for y, ch for kh, sz/š for sh (Hungarian sz and
#   s: s), cz/č/cs for ch, and dż/dž/dzs/ż/ž/zs/gy for the j of Arabic ("Szejch Maksud",
#   "Šejch Maksúd", "Dżarabulus", "Makszúd"). A word is read so only when it holds one of
#   those letters, a j after a vowel that no vowel follows ("Sejk", "Ajn") or the ij of the
#   ending -ija ("Hamdanija"), which English spellings of Arabic write rarely.
_SLAVIC_MARK = re.compile(r"sz|cz|cs|zs|gy|[żžźšśćčřěůłő]|(?<=[aeiou])j(?![aeiouj])|ij")
_SLAVIC_LETTERS = re.compile(r"dd[żž]|dzs|d[żž]|zs|[żž]|gy|sz|[šś]|cz|cs|[čć]|ch|j|ł")
_SLAVIC_SOUND = {"ddż": "jj", "ddž": "jj", "dzs": "j", "dż": "j", "dž": "j", "zs": "j", "ż": "j",
                 "ž": "j", "gy": "j",
                 "sz": "sh", "š": "sh", "ś": "sh", "cz": "tsh", "cs": "tsh", "č": "tsh",
                 "ć": "tsh", "ch": "kh", "j": "y", "ł": "l"}  # fmt: skip


# - Italian writes sci/sc before e, i for sh, gi/g before e, i for j, and ch before e, i for k
#   ("Sceich Maqsud", "Giarabulus", "Gebel").
_ITALIAN_MARK = re.compile(r"sc[ie]|gi[aou]|g[ei]|ch[ei]")
_ITALIAN_LETTERS = re.compile(r"sci(?=[aou])|sc(?=[ei])|gi(?=[aou])|g(?=[ei])|ch(?=[ei])")
_ITALIAN_SOUND = {"sci": "sh", "sc": "sh", "gi": "j", "g": "j", "ch": "k"}


def _italian_reading(low: str) -> str | None:
    # (sch is German's and Dutch's sh or s-kh, not an Italian sk: "Misschien" (perhaps) is no
    # "Miskien", nor a name that sounds so)
    if _ITALIAN_MARK.search(low) is None or "sch" in low:
        return None
    return _ITALIAN_LETTERS.sub(lambda m: _ITALIAN_SOUND[m.group()], low)


def _x_reading(sound: tuple[re.Pattern[str], str]) -> Callable[[str], str | None]:
    pattern, repl = sound

    def read(low: str) -> str | None:
        return pattern.sub(repl, low) if "x" in low else None

    return read


def _slavic_reading(low: str) -> str | None:
    if _SLAVIC_MARK.search(low) is None and _SLAVIC_MARK.search(_strip_marks(low)) is None:
        return None
    return _SLAVIC_LETTERS.sub(lambda m: _SLAVIC_SOUND[m.group()], low)


_READINGS: tuple[Callable[[str], str | None], ...] = (
    _x_reading(_X_AS_KH),
    _x_reading(_X_AS_SH),
    _slavic_reading,
    _italian_reading,
)


def foreign_readings(words: Sequence[str]) -> list[list[str]]:
    """The words (a name as written, word by word) read by other Latin alphabets' letters.

    One list of words per way of reading that changes a word: x as kh (Spanish, Kurdish), x as
    sh (Catalan, Portuguese), the letters of Polish, Czech and Hungarian (j as y, ch as kh,
    sz as sh, dż as j ...) and of Italian (sc, gi and ch before a vowel: sh, j, k). A word
    that is a known word of names (Sheikh's spellings, "Tell" ...) stays as written. The
    lists are for :func:`phonetic_word`, not for display.

    >>> foreign_readings(["Xan", "Tuman"])
    [['khan', 'Tuman'], ['shan', 'Tuman']]
    >>> foreign_readings(["Szejk", "Makszúd"])
    [['Szejk', 'makshúd']]
    >>> foreign_readings(["Jabal", "Sayyid"])
    []
    """
    out: list[list[str]] = []
    lows = [w.casefold() for w in words]
    # (a known word of names is read by no alphabet: decided once per word, not per reading)
    bares = [_strip_marks(low) for low in lows]
    kept = [bare in _SYNONYMS or bare in _SHEIKH_WORDS for bare in bares]
    for read in _READINGS:
        changed = False
        reading: list[str] = []
        for word, low, known in zip(words, lows, kept, strict=True):
            new = None if known else read(low)
            if new is not None and new != low:
                changed = True
                reading.append(new)
            else:
                reading.append(word)
        if changed:
            out.append(reading)
    return out


# The endings languages that inflect a town's name write on it, without their marks: Polish,
# Czech, Slovak, Slovene, Croatian, Serbian and Russian cases ("z Aleppa", "v Aleppu", "w
# Manbidżu", "Aleppem", "в Манбидже"), Hungarian ("Aleppóban", "Aleppóból", "Aleppónál"),
# Finnish ("Alepossa", "Alepposta", "Aleppoon"), Estonian ("Aleppos"), Albanian ("Halepi",
# "Halepit", and a t on a final i: "Kobanit"), Azerbaijani and Turkish written without an
# apostrophe ("Hələbdə", "Hələbin", "Halepte"), Romanian ("Alepului"), Lithuanian and Latvian
# ("Alepe"), Basque ("Alepon", "Alepotik") and the genitive -s. The Slavic endings of the first
# line take the place of a final o ("Aleppo": "Aleppa", "Aleppu", "Aleppem", "Aleppie").
_SLAVIC_CASES = ("a", "u", "e", "y", "i", "em", "om", "ie", "ou", "ovi", "ach", "ami")
_CASE_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {*_SLAVIC_CASES,
         "ban", "ben", "ba", "be", "bol", "nal", "nel", "hoz", "hez", "tol", "ra", "re", "rol",
         "val", "vel", "ig", "on", "en", "ot", "et",
         "ssa", "sta", "lla", "lta", "lle", "ksi", "hin", "na", "ta", "n",
         "s", "st", "sse", "le", "lt", "ga",
         "it", "in", "es", "se",
         "da", "de", "dan", "den", "te", "tan", "ten", "daki", "deki", "nin", "un", "ya", "ye",
         "nda", "ndan",
         "ul", "ului", "lui",
         "tik", "ko"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_SLAVIC_SET = frozenset(_SLAVIC_CASES)
# The endings by their length, longest first: a word ends in at most one ending of a length,
# so it is looked up once per length, not tested against every ending.
_ENDINGS_BY_LENGTH: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (n, frozenset(e for e in _CASE_ENDINGS if len(e) == n))
    for n in sorted({len(e) for e in _CASE_ENDINGS}, reverse=True)
)


# The Slavic endings a short name written with its article takes ("pod Al-Babem", "w Al-Babie",
# "u Al-Bábu", "v Al-Bábu"): not a, i, y, which make other words of it ("al-Baba", the Pope;
# "al-Babi", a man from al-Bab), longest first.
_ARTICLE_CASES = tuple(sorted(set(_SLAVIC_CASES) - {"a", "i", "y"}, key=len, reverse=True))


# Function words of the Latin-script languages read here that write no case ending on a town's
# name (English, French, Spanish, Italian, Portuguese, Dutch, Indonesian), none of them a word of
# a language of :data:`_CASE_ENDINGS` (so not "de", "la", "na", "do", "il", "en", "et", "van",
# "des", "das", "di", "una"): a caption that writes one in lower case is in such a language, where
# a known name with letters after it is another word or another place ("Kafraya" is no case form
# of Kafra, "Halabi" no Aleppo), and the geoparser reads no case ending in it.
NON_INFLECTING_WORDS = frozenset(
    {
        # English
        "the", "and", "of", "from", "with", "were", "was", "after", "near", "their", "who",
        "into", "while", "during",
        # French
        "les", "dans", "avec", "sont", "près",
        # Spanish, Italian, Portuguese
        "los", "las", "del", "con", "cerca", "della", "nella", "nel", "degli", "dos", "uma",
        "com",
        # Dutch, Indonesian
        "het", "een", "yang", "dengan",
    }
)  # fmt: skip


def article_case_stem(word: str) -> str:
    """The three-letter stem of a Slavic case form of a short name written after its article
    (``word`` "Babem" of "Al-Babem": "bab"), lower-case and without marks; "" for none.

    >>> article_case_stem("Babem"), article_case_stem("Bábu"), article_case_stem("Baba")
    ('bab', 'bab', '')
    """
    low = _strip_marks(word).casefold()
    for ending in _ARTICLE_CASES:
        if low.endswith(ending) and len(low) - len(ending) == 3:
            return low[: -len(ending)]
    return ""


def case_stems(word: str) -> tuple[str, ...]:
    """The words an inflected name may be a case form of: ``word`` (as written) without a
    case ending of a language that writes one on a town's name, without the vowel that may
    join the ending to it ("Manbijissa": Manbij), and with the o a Slavic ending replaces
    ("Aleppa": Aleppo). Lower-case, without marks; a stem keeps three letters.

    >>> "aleppo" in case_stems("Aleppóban"), "aleppo" in case_stems("Aleppa")
    (True, True)
    >>> "halep" in case_stems("Halepit"), "manbij" in case_stems("Manbijissa")
    (True, True)
    >>> "kobani" in case_stems("Kobanit")
    True
    >>> "efrin" in case_stems("Efrînê"), "kobani" in case_stems("Kobaniyê")
    (True, True)
    """
    low = _strip_marks(word).casefold()
    out: list[str] = []
    if word[-1:] in ("ê", "Ê") and len(low) > 4:
        # Kurdish (Kurmanji) writes a town's name in its oblique case with ê, yê after a vowel
        # ("li Efrînê", in Afrin; "ji Kobaniyê", from Kobani; "bajarê Helebê")
        out.append(low[:-2] if low[-2] == "y" and low[-3] in _VOWELS else low[:-1])
    for size, endings in _ENDINGS_BY_LENGTH:
        if len(low) - size < 3 or low[-size:] not in endings:
            continue
        ending = low[-size:]
        stem = low[:-size]
        if ending == "s" and stem[-1] == "a":
            continue  # an s on a final a makes another word: "Hamas" is not Hama
        out.append(stem)
        if stem[-1] == "i" and len(stem) > 3 and len(ending) > 1 and ending[0] not in _VOWELS:
            out.append(stem[:-1])  # the vowel Finnish joins an ending with: "Manbijissa"
        if ending in _SLAVIC_SET and stem[-1] not in _VOWELS:
            out.append(stem + "o")
        if ending == "it":
            out.append(low[:-1])  # Albanian's t on a name that ends in i: "Kobanit" (Kobani)
    return tuple(dict.fromkeys(out))


def phonetic_key(name: str, *, articles: bool = False) -> str:
    """Return the phonetic key of a place name: its words' skeletons run together.

    Words run together or split the same ("Sheikhmaqsoud", "Sheikh Maqsoud"); the Arabic
    article and generic words are dropped as in :func:`alias_key`, or with ``articles`` an
    article inside the name is kept as ``l`` (a name written in one word keeps it:
    "Bustanalqasr").

    Examples
    --------
    >>> phonetic_key("Şeyh Maksud") == phonetic_key("Sheikhmaqsoud")
    True
    >>> phonetic_key("Boustane al-Qasr") == phonetic_key("Bustan al-Qaser")
    True
    """
    words = [name[m.start() : m.end()] for m in _TOKEN_RE.finditer(name)]
    keys = [
        "l"
        if articles and n and w.casefold() in ARTICLES
        else phonetic_word(_POSSESSIVE_RE.sub("", w) if len(w) > 2 else w)
        for n, w in enumerate(words)
    ]
    return phonetic_run(keys)


def phonetic_run(keys: Sequence[str]) -> str:
    """The phonetic key of words from their keys: run together, as one word would give.

    Only the first word keeps its first vowel's mark, and only the last its ending -iyeh
    (``Y``); a final t written as the name's last letter (``T`` in its word's key) is d
    (Turkish writes the final d of Arabic names as t: "Maksut"), but not a t left last by the
    vowels after it ("Mishatiyah").
    """
    key = ""
    for k in keys:
        if key[-1:] == "T":
            key = key[:-1] + "t"
        elif key[-1:] == "Y":
            key = key[:-1]  # run together, the ending -iya is a vowel inside the word
        if key and k[:1] == "a":
            k = k[1:]
        if key and k[:1] == key[-1:]:
            k = k[1:]  # one letter doubled across the words: "Sheikhkheder"
        key += k
    return key[:-1] + "d" if key.endswith("T") else key


def alias_key(name: str) -> str:
    """Return the normalised key of a place name: its folded tokens joined by spaces.

    Two spellings of a name that the normaliser treats as the same give the same key.

    Examples
    --------
    >>> alias_key("al-Sheikh Sa'eed district") == alias_key("Sheikh Said")
    True
    """
    return " ".join(t.key for t in tokenize(name) if t.key)
