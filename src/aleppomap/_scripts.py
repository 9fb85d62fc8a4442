"""Place names written in other alphabets: Cyrillic, Greek, Georgian, Armenian, Arabic.

Captions come in Russian, Ukrainian, Bulgarian, Greek, Georgian and Armenian as well as in
Arabic and Persian. A word of the first alphabets is written in Latin letters
(:func:`latin`) as those languages write an Arabic name ("Джабал Бадро": Jabal Badro,
"Χαλέπι": Halepi, "ალეპო": Alepo, "Հալեպ": Halep), and its case endings are offered as
alternatives (:func:`forms`: "Хуритана" is Хуритан with the genitive -а, "Χαλεπιού" Χαλέπι with
the genitive -ού, "ალეპოში" ალეპო with -ში, "Հալեպում" Հալեպ with -ում), so that the
geoparser can take the form that is a name of the gazetteer.

Arabic script is matched as written, against the Arabic names of the gazetteer; Persian
letters are read as their Arabic ones (``_names``). Month names and the words around dates
are never places (:data:`ARABIC_MONTHS`).

Words that say a place follows or precedes (a quarter, a district, a village, a town) and
the words for "in", "from", "near", "to" and "and" are read as the words the geoparser knows
(:func:`english`).

The functions are pure and cheap; callers test :func:`has_other_script` first (most
captions are ASCII).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aleppomap._names import Words

__all__ = [
    "AIRBASE",
    "ARABIC_MONTHS",
    "ARABIC_PLACE_WORDS",
    "ASIAN_PLACE_ENGLISH",
    "COMMON_FORMS",
    "COMMON_WORDS",
    "PART",
    "ScriptReader",
    "arabic_latin",
    "arabic_place_word",
    "arabic_word_in",
    "asian_cuts",
    "asian_english",
    "asian_forms",
    "asian_script",
    "caseless",
    "common_word",
    "english",
    "forms",
    "hangul_latin",
    "hanzi_latin",
    "has_asian_script",
    "has_indic_script",
    "has_other_script",
    "indic_forms",
    "indic_latin",
    "indic_script",
    "indic_stem",
    "kana_latin",
    "latin",
    "other_script",
    "thai_latin",
]

# Cyrillic (U+0400-04FF), Greek (U+0370-03FF, 1F00-1FFF), Armenian (U+0530-058F) and Georgian
# (U+10A0-10FF, 1C90-1CBF).
_OTHER_RE = re.compile(
    r"[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff\u1c90-\u1cbf\u1f00-\u1fff]"
)
_GEORGIAN_RE = re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]")


def has_other_script(text: str) -> bool:
    """Whether ``text`` holds a Cyrillic, Greek, Georgian or Armenian letter.

    >>> has_other_script("Aleppo"), has_other_script("Алеппо"), has_other_script("حلب")
    (False, True, False)
    """
    return not text.isascii() and _OTHER_RE.search(text) is not None


def other_script(word: str) -> bool:
    """Whether the word ``word`` is written in one of the alphabets :func:`latin` reads."""
    return _OTHER_RE.search(word) is not None


def caseless(word: str) -> bool:
    """Whether ``word`` is Georgian, whose alphabet has no capital letters (so that every
    Georgian word may start a name, as every Arabic one may)."""
    return _GEORGIAN_RE.search(word) is not None


# Letter groups first, then letters. Russian, Ukrainian, Bulgarian and Serbian share the table
# (Ukrainian і ї є ґ, Serbian ђ ј љ њ ћ џ); the soft and hard signs are dropped (the Bulgarian ъ,
# a vowel, is written a), and дж is the Arabic j.
_CYRILLIC = {
    "дж": "j", "дз": "dz", "кх": "kh",
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "ј": "y", "к": "k", "л": "l",
    "љ": "ly", "м": "m", "н": "n", "њ": "ny", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "ћ": "ch", "ђ": "j", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "џ": "j", "ш": "sh", "щ": "shch", "ъ": "a", "ы": "i", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
# Greek: the digraphs that write b, d, g, j, u (μπ, ντ, γκ, τζ, ου), then letters; accents go
# with the other marks first.
_GREEK = {
    "μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng", "τζ": "j", "τσ": "ts", "ου": "u", "αι": "e",
    "ει": "i", "οι": "i", "αυ": "av", "ευ": "ev",
    "α": "a", "β": "v", "γ": "gh", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "kh", "ψ": "ps", "ω": "o",
}  # fmt: skip
# Georgian (Mkhedruli; the capital Mtavruli letters fold to them with casefold).
_GEORGIAN = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
    "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s",
    "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch",
    "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h", "ჱ": "e",
    "ჲ": "y", "ჳ": "w", "ჴ": "q", "ჵ": "o",
}  # fmt: skip
# Armenian, as Eastern Armenian reads it (Western Armenian's voiced and voiceless stops swap,
# which the phonetic key's classes b/p and k/g mostly absorb); ու is u, և ev.
_ARMENIAN = {
    "ու": "u", "եւ": "ev", "և": "ev",
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "e", "թ": "t",
    "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz",
    "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch",
    "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts", "ւ": "v",
    "փ": "p", "ք": "k", "օ": "o", "ֆ": "f",
}  # fmt: skip
_TABLE = {**_CYRILLIC, **_GREEK, **_GEORGIAN, **_ARMENIAN}
_LETTERS_RE = re.compile("|".join(sorted(map(re.escape, _TABLE), key=len, reverse=True)))


def _sub(m: re.Match[str]) -> str:
    return _TABLE[m.group()]


def _unmarked(word: str) -> str:
    # the marks of Greek accents, the Cyrillic breve (й) and diaeresis (ё ї) go; й and ї are
    # put back whole first, since their marks make them other letters
    # a Greek vowel with a diaeresis is read apart from the one before it: "Σεΐχ" is Se-ikh
    word = unicodedata.normalize("NFC", word)
    for vowel in "ΐϊΰϋΪΫ":
        word = word.replace(vowel, "\x03")
    word = word.casefold().replace("й", "\x00").replace("ї", "\x01").replace("ё", "\x02")
    decomposed = unicodedata.normalize("NFKD", word)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return kept.replace("\x00", "й").replace("\x01", "ї").replace("\x02", "ё")


def latin(word: str) -> str:
    """Write a Cyrillic, Greek, Georgian or Armenian word in Latin letters, lower case.

    Letters of other alphabets (Latin ones included) are kept as they are.

    >>> latin("Джабал"), latin("Χαλέπι"), latin("ალეპო"), latin("Հալեպ"), latin("Ντούμα")
    ('jabal', 'khalepi', 'alepo', 'halep', 'duma')
    """
    return _LETTERS_RE.sub(_sub, _unmarked(word)).replace("\x03", "i")


# The case endings and postpositions written on a name, longest first, in Latin letters as
# :func:`latin` writes them; a form is offered only where it leaves three letters or more.
_ENDINGS: dict[str, tuple[str, ...]] = {
    # Russian, Ukrainian, Bulgarian, Serbian: genitive, dative, accusative, instrumental,
    # prepositional (and the Ukrainian locative -i, the Bulgarian article -ta, -to, -a)
    "cyrillic": ("ami", "akh", "ikh", "om", "oy", "ey", "em", "ovi", "iv", "ov", "ta", "to",
                 "yu", "ya", "a", "u", "e", "i"),
    # Greek: genitive -ου/-ιού, accusative and genitive -ος, -ας, -ης, plural -ες; the neuter
    # -ι and -ο stay (they are the names' own: Χαλέπι)
    "greek": ("ios", "iu", "us", "os", "as", "is", "es", "u", "a"),
    # Georgian: genitive -ის, dative -ს, locative -ში (in), ablative -დან (from), -თან (at),
    # -ზე (on), -კენ (towards), instrumental -ით, adverbial -ად, ergative -მა/-მ, and the
    # nominative -ი of a name that ends in a consonant
    "georgian": ("isken", "sken", "istan", "shi", "dan", "tan", "ze", "ken", "is", "it", "ad",
                 "ma", "s", "m", "i"),
    # Armenian: genitive/dative -ի, locative -ում, ablative -ից (Western -էն), instrumental
    # -ով, the article -ը/-ն, and -ցի (someone from); Western -ին
    "armenian": ("umi", "um", "its", "tsi", "ov", "in", "en", "i", "e", "n"),
}  # fmt: skip
_SCRIPT_OF = (
    (re.compile(r"[\u0400-\u04ff]"), "cyrillic"),
    (re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"), "greek"),
    (re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]"), "georgian"),
    (re.compile(r"[\u0530-\u058f]"), "armenian"),
)


def forms(word: str) -> tuple[str, ...]:
    """The Latin forms a name written ``word`` may have: as written, then without each case
    ending its language may have put on it (longest first), each in Latin letters; then the
    same with kh read h (these alphabets write the Arabic ḥ and kh with one letter).

    >>> forms("Хуритана")[:2]
    ('khuritana', 'khuritan')
    >>> "khalepi" in forms("Χαλεπιού"), "alepo" in forms("ალეპოში"), "halep" in forms("Հալեպում")
    (True, True, True)
    """
    written = latin(word)
    out = [written]
    for pattern, script in _SCRIPT_OF:
        if pattern.search(word):
            for ending in _ENDINGS[script]:
                if written.endswith(ending) and len(written) - len(ending) >= 3:
                    stem = written[: -len(ending)]
                    out.append(stem)
                    if script == "georgian" and stem.endswith("i") and len(stem) > 3:
                        out.append(stem[:-1])  # the nominative -ი before the case ending
                    if script == "greek":
                        out.append(stem + "i")  # Χαλεπιού: the -ι of the nominative
            break
    # х, χ, ხ write both the Arabic ḥ and kh: "Ханано" is Hanano, "Хуритан" Huritan
    out += [f.replace("kh", "h") for f in out if "kh" in f]
    return tuple(dict.fromkeys(out))


# The words of these languages read as the word of the same use that the geoparser knows, so
# that its cues apply to them. A place word before a name, as Russian, Ukrainian, Bulgarian
# and Greek put it ("квартал Ханано", "город Хуритан", "η συνοικία Σεΐχ Μακσούντ"), is read as
# the French "quartier" (the place words of other languages that stand before a name, without
# an "of"); one after a name, as Georgian and Armenian put it ("ნორ გიუღის უბანი", "Նոր Գյուղ
# թաղամասը"), as "district", "village" or "town". "In", "from", "near", "to" and "and" are
# read as the English words ("в Алеппо", "στο Χαλέπι", "из Алеппо", "და").
_BEFORE_NAME = ("kvartal", "rayon", "raion", "mikrorayon", "sinikia", "sinikie", "sinikio",
                "periokh", "derevn", "selo", "sela", "sele", "khorio", "khoria", "gorod",
                "misto", "mista", "mist", "grad",
                # a settlement, a township ("посёлок Анадан", "в посёлке", "селище")
                "posyolok", "posyolk", "poselok", "poselk", "selishch")  # fmt: skip
_AFTER_NAME = (
    ("district", ("uban", "raion", "taghamas")),
    ("area", ("shrjan",)),
    ("village", ("sopel", "sopl", "gyugh", "givgh")),
    ("town", ("kalak", "kaghak")),
)
_ENGLISH_WORDS = {
    "in": ("v", "vo", "vav", "u", "se", "sto", "sti", "stin", "ston", "sta", "stis", "stus"),
    "from": ("iz", "ot", "z", "zi", "vid", "apo"),
    "near": ("okolo", "vozle", "bliz", "bilya", "poblizu", "blizo", "konta"),
    "to": ("k", "ko", "kam", "do", "pros"),
    "and": ("i", "ta", "ke", "da", "ev", "ou"),
}
_ENGLISH: dict[str, str] = {w: eng for eng, words in _ENGLISH_WORDS.items() for w in words}
# The sides of a city in every case form, as the English adjectives ("в восточном Алеппо",
# "східних районах Алеппо", "ανατολικό Χαλέπι", "ალეპოს აღმოსავლეთში", "Հալեպի արևելյան
# թաղամասերը"), and the words for a part of it, read as a word that names nothing ("в
# восточной части Алеппо": in eastern Aleppo).
_SIDES = (
    ("eastern", ("vostoch", "vostok", "skhid", "iztoch", "anatol", "aghmosavlet", "arevel")),
    ("western", ("zapad", "zakhid", "ditik", "dasavlet", "arevmt")),
    ("northern", ("sever", "pivnich", "vori", "chrdiloet", "hyusis", "hivsis")),
    ("southern", ("yuzh", "yug", "pivden", "noti", "samkhret", "harav")),
)
_SIDES_RE = re.compile("|".join(f"(?P<{eng}>{'|'.join(stems)})" for eng, stems in _SIDES))
# "Old" and "city", for the old city: "старый город", "Старого города", "η Παλιά Πόλη",
# "ძველი ქალაქი", "Հին քաղաք" (a city's word after "old" is "city", not a place word before a
# name).
_OLD_RE = re.compile(r"star[oay]|stari|pali[aoe]|dzvel|hin$|stare")
_CITY_RE = re.compile(r"gorod|misto|mista|mist|grad|poli|kalak|kaghak")
_PART_RE = re.compile(r"chast|tmima|meros|meri|natsil|mas$|mas[iu]|masum")
# A souq's word before its name, as Greek writes it ("το παζάρι Αλ Ζαραμπ"), read as "souq"
# (the word of the souqs' names: "Souq al-Zarab").
_SOUQ_RE = re.compile(r"pazar(?:i|ia|iou|ion)?$")
#: What :func:`english` gives a word that names nothing and is left out of names.
PART = ""
# -- the words for an air base (round 23) ---------------------------------------------------
# The words for an air base, an airfield or an airport, which these languages put before its
# name ("авиабазу Квейрис", "авіабазу Квайрес", "аэродром Кувейрис", "αεροδρόμιο"), in any
# case form: read as the English "airbase", a place word beside a name read from them.
#: What :func:`english` gives a word for an air base.
AIRBASE = "airbase"
_AIRBASE_STEMS = ("aviabaz", "aviobaz", "vazdukhoplovn", "aerodrom", "aeroport", "aerodromi")
_AIRBASE_RE = re.compile("|".join(_AIRBASE_STEMS))
_BEFORE_RE = re.compile("|".join(_BEFORE_NAME))
_AFTER_RE = re.compile("|".join(f"(?P<{eng}>{'|'.join(stems)})" for eng, stems in _AFTER_NAME))
_POSTPOSITIONAL_RE = re.compile(r"[\u0530-\u058f\u10a0-\u10ff\u1c90-\u1cbf]")  # hy, ka


def english(word: str) -> str | None:
    """The word the geoparser knows for a word of these languages: a place word in any of its
    case forms ("quartier" before a name, "district", "village", "town" after one), a side
    ("eastern" ...), "in", "from", "near", "to", "and", or :data:`PART` for a word for a part
    of a city; else ``None``.

    >>> english("кварталом"), english("στο"), english("სოფელში"), english("թաղամասը")
    ('quartier', 'in', 'village', 'district')
    """
    written = latin(word)
    eng = _ENGLISH.get(written)
    if eng is not None:
        return eng
    if _OLD_RE.match(written):
        return "old"
    m = _SIDES_RE.match(written)
    if m is not None:
        return m.lastgroup
    if _PART_RE.match(written):
        return PART
    if _SOUQ_RE.match(written):
        return "souq"  # "το παζάρι Αλ Ζαραμπ": the Souq al-Zarab
    if _AIRBASE_RE.match(written):
        return AIRBASE  # "авиабазу Квейрис": the Kuweires air base
    if _POSTPOSITIONAL_RE.search(word):
        m = _AFTER_RE.match(written)
        return m.lastgroup if m is not None else None
    return "quartier" if _BEFORE_RE.match(written) else None


#: The Arabic and Persian names of months (the Levantine, the Egyptian and Gulf, and the
#: Persian calendars' names), folded as ``_names.fold_token`` folds Arabic: never places
#: without a place word before them ("17 تشرين الثاني 2016" is a date, not the quarter
#: Tishreen; "حي تشرين" is the quarter).
ARABIC_MONTHS: frozenset[str] = frozenset(
    [
        # Levantine: كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول، تشرين
        "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين",
        # Gregorian: يناير ... ديسمبر
        "يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
        "اكتوبر", "نوفمبر", "ديسمبر",
        # Persian: فروردین ... اسفند, and the Gregorian names as Persian writes them
        "فروردين", "ارديبهشت", "خرداد", "تير", "مرداد", "شهريور", "مهر", "ابان", "اذر", "دي",
        "بهمن", "اسفند", "ژانويه", "فوريه", "اوريل", "مه", "ژوين", "ژوييه", "اوت", "سپتامبر",
        "اكتبر", "نوامبر", "دسامبر",
    ]
)  # fmt: skip
#: Arabic and Persian words before a place's name (a quarter, an area, a square, a
#: roundabout, a village, a town, a city, a street, a mosque, a camp), folded.
ARABIC_PLACE_WORDS: frozenset[str] = frozenset(
    ["حي", "حيي", "احياء", "منطقه", "مناطق", "ساحه", "دوار", "قريه", "بلده", "مدينه", "شارع",
     "جامع", "مسجد", "مخيم", "محله", "محلات", "روستاي", "روستا", "شهر", "ميدان", "خيابان",
     "شهرك", "بخش",
     # Urdu (folded): an area ("علاقہ", "علاقے"), a village ("گاؤں"), a town, a district
     "علاقه", "علاقي", "گاون", "گاوں", "قصبه", "ضلع", "بستي"]
)  # fmt: skip

# (and the Persian and Urdu letters of the same sounds, as ``_names`` folds them: "محلہ")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ۀ": "ه", "ہ": "ه",
     "ۂ": "ه", "ۃ": "ه", "ھ": "ه", "ے": "ي", "ں": "ن", "ٹ": "ت", "ڈ": "د", "ڑ": "ر", "ؤ": "و"}
)  # fmt: skip


def _arabic_forms(word: str) -> tuple[str, str]:
    # the word folded without its article, then without a joined "and", "in" or "to" too
    w = "".join(ch for ch in word if not unicodedata.combining(ch)).translate(_ARABIC_FOLD)
    w = w.removeprefix("ال")
    bare = w[1:] if w[:1] in "وفبل" else w
    return w, bare.removeprefix("ال")


@lru_cache(maxsize=65_536)
def arabic_place_word(word: str) -> bool:
    """Whether an Arabic or Persian word is a place word of :data:`ARABIC_PLACE_WORDS`, with a
    joined "and", "in" or "to" ("وحي", "بمنطقة") or the article ("الحي").

    >>> arabic_place_word("وحي"), arabic_place_word("منطقة"), arabic_place_word("محلهٔ")
    (True, True, True)
    """
    return arabic_word_in(word, ARABIC_PLACE_WORDS)


def arabic_word_in(word: str, words: Collection[str]) -> bool:
    """Whether an Arabic, Persian or Urdu word, folded (its article, a joined "and", "in" or
    "to", its Persian and Urdu letters as Arabic ones), is one of ``words`` (folded so too).

    >>> arabic_word_in("والأحياء", {"احياء"}), arabic_word_in("بالمناطق", {"مناطق"})
    (True, True)
    """
    w, bare = _arabic_forms(word)
    return w in words or bare in words


# Arabic and Persian letters in Latin ones, as the transliterations of Arabic names write them
# (the phonetic key then folds their classes); ا و ي are the vowels a u i, and w, y first.
_ARABIC_LATIN = {
    "ا": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "گ": "g", "ل": "l",
    "م": "m", "ن": "n", "ه": "h", "و": "u", "ي": "i", "ء": "", "ئ": "", "ؤ": "",
}  # fmt: skip


def arabic_latin(key: str) -> str:
    """Write a word of Arabic script, as ``_names.fold_token`` folds it (no article, ة as ه),
    in Latin letters as the transliterations of Arabic names write it: consonants, ا و ي as
    vowels (and و ي as w y first), a final ه as the ending -a, ending -iya.

    >>> arabic_latin("قاطرجي"), arabic_latin("حيدريه"), arabic_latin("عين")
    ('qatrji', 'hidriya', 'ain')
    """
    out = []
    for n, ch in enumerate(key):
        if n == 0 and ch in "وي":
            out.append("w" if ch == "و" else "y")
        elif n == 0 and ch == "ع":
            out.append("a")
        elif n == len(key) - 1 and ch == "ه" and n > 1:
            out.append("ya" if key[n - 1] == "ي" else "a")
            if key[n - 1] == "ي":
                out[-2] = "i"
        else:
            out.append(_ARABIC_LATIN.get(ch, ""))
    return "".join(out)


def _run(sound: str) -> str:
    """A word's sound as a name of several words run together has it: a final t written as
    the last letter (``T``) is d, as ``_names.phonetic_run`` makes it ("텔리파트": Tal Rifaat)."""
    return sound[:-1] + "d" if sound.endswith("T") else sound


# -- the Indian scripts --------------------------------------------------------------------
# Devanagari (Hindi), Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada and Malayalam
# share one layout: a letter sits at the same place in each script's block of 128 code points
# (क, ক, க, క, ಕ are all at 0x15), so one table by place reads them all. A consonant carries
# the vowel a unless a vowel sign or the virama (0x4D) follows it; a nukta (0x3C) makes ज z,
# फ f, क q. Tamil writes k/g, t/d, p/b with one letter each (read k, t, p), which the phonetic
# key's classes mostly absorb.
_INDIC_RE = re.compile(r"[\u0900-\u0d7f]")
_INDIC_VOWELS = {
    0x05: "a", 0x06: "a", 0x07: "i", 0x08: "i", 0x09: "u", 0x0A: "u", 0x0B: "ri", 0x0D: "e",
    0x0E: "e", 0x0F: "e", 0x10: "ai", 0x11: "o", 0x12: "o", 0x13: "o", 0x14: "au",
}  # fmt: skip
_INDIC_SIGNS = {
    0x3E: "a", 0x3F: "i", 0x40: "i", 0x41: "u", 0x42: "u", 0x43: "ri", 0x45: "e", 0x46: "e",
    0x47: "e", 0x48: "ai", 0x49: "o", 0x4A: "o", 0x4B: "o", 0x4C: "au", 0x57: "au",
}  # fmt: skip
_INDIC_CONSONANTS = {
    0x15: "k", 0x16: "kh", 0x17: "g", 0x18: "gh", 0x19: "n", 0x1A: "ch", 0x1B: "ch", 0x1C: "j",
    0x1D: "jh", 0x1E: "n", 0x1F: "t", 0x20: "th", 0x21: "d", 0x22: "dh", 0x23: "n", 0x24: "t",
    0x25: "th", 0x26: "d", 0x27: "dh", 0x28: "n", 0x29: "n", 0x2A: "p", 0x2B: "f", 0x2C: "b",
    0x2D: "bh", 0x2E: "m", 0x2F: "y", 0x30: "r", 0x31: "r", 0x32: "l", 0x33: "l", 0x34: "l",
    0x35: "v", 0x36: "sh", 0x37: "sh", 0x38: "s", 0x39: "h",
    # (the letters Devanagari and Bengali write with a nukta, precomposed: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़)
    0x58: "q", 0x59: "kh", 0x5A: "gh", 0x5B: "z", 0x5C: "r", 0x5D: "r", 0x5E: "f", 0x5F: "y",
}  # fmt: skip
_INDIC_NUKTA = {"j": "z", "f": "f", "k": "q", "kh": "kh", "g": "gh", "d": "r", "dh": "r"}
_INDIC_MARKS = {0x01: "n", 0x02: "n", 0x03: "h"}  # (candrabindu, anusvara, visarga)
_INDIC_VIRAMA = 0x4D
_INDIC_NUKTA_AT = 0x3C
# The case endings the Indian scripts write on a name (Tamil, after the glide v of a name that
# ends in a vowel: "அலெப்போவின்" of Aleppo, "அலெப்போவில்" in it; Bengali "আলেপ্পোতে" in it,
# "আলেপ্পোর" of it, and the vowel sign e of the locative on a name that ends in a consonant:
# "মানবিজে" in Manbij, "আল-বাবে" in al-Bab; Telugu "అలెప్పోలో" in it), longest first
_INDIC_ENDINGS = tuple(
    sorted(
        {"விலிருந்து", "வுக்கு", "வின்", "வில்", "வை", "வும்", "வோடு",
         "তে", "র", "য়", "কে", "\u09c7", "লোনি", "లో", "కు", "నుంచి", "నుండి",
         # Marathi and Gujarati "in", written on the name ("मनबिजमध्ये", "અલેપ્પોમાં")
         "मध्ये", "માં"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_INDIC_STEM = 3  # (the letters a stem keeps at least)
# The words for a city, a town, a village, which follow a name in these languages ("अल-बाब
# शहर", "ఆఫ్రిన్ పట్టణంలో", "আজাজ শহরে"), by their English word (stems, and the forms with a
# case vowel that indic_stem leaves on)
_INDIC_PLACE_WORDS = {
    "शहर": "city", "नगर": "city", "कस्बा": "town", "कस्बे": "town", "गांव": "village",
    "गाँव": "village",
    "শহর": "city", "শহরে": "city", "গ্রাম": "village", "গ্রামে": "village",
    "పట్టణం": "town", "నగరం": "city", "గ్రామం": "village",
    "நகரம்": "city", "நகரில்": "city", "நகரத்தில்": "city", "கிராமம்": "village",
    "கிராமத்தில்": "village",
}  # fmt: skip
_INDIC_SHORT = 3  # (a word read this short names a place only beside its name's other word)


def has_indic_script(text: str) -> bool:
    """Whether ``text`` holds a letter of an Indian script (Devanagari to Malayalam)."""
    return not text.isascii() and _INDIC_RE.search(text) is not None


def indic_script(word: str) -> bool:
    """Whether the word ``word`` is written in an Indian script."""
    return _INDIC_RE.search(word) is not None


def indic_stem(word: str) -> str:
    """``word`` without a case ending an Indian script writes on a name (a word of another
    script is returned as it is).

    >>> indic_stem("అలెప్పోలో"), indic_stem("Aleppo")
    ('అలెప్పో', 'Aleppo')
    """
    if _INDIC_RE.search(word) is None:
        return word
    for ending in _INDIC_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _INDIC_STEM:
            return word[: -len(ending)]
    return word


_INHERENT = "\x00"  # (the vowel a a consonant carries, while a word is read)
# Hindi and Bengali do not say a carried a at a word's end, nor between a vowel and its
# consonant and a consonant with a vowel ("मनबिज" ma-na-bi-ja is Manbij, "আফরিন" Afrin).
_SILENT_A = re.compile(
    f"(?<=[aeiou{_INHERENT}][^aeiou{_INHERENT}])" + _INHERENT + f"(?=[^aeiou{_INHERENT}][aeiou])"
)


def indic_latin(word: str) -> str:
    """Write a word of an Indian script in Latin letters, lower case, each consonant with the
    vowel a that it carries unless a vowel sign or the virama follows it (letters of other
    scripts are kept as they are).

    >>> indic_latin("టెల్"), indic_latin("రిఫాత్"), indic_latin("अलेप्पो"), indic_latin("আলেপ্পো")
    ('tel', 'rifat', 'aleppo', 'aleppo')
    """
    return _indic_read(word).replace(_INHERENT, "a")


# Malayalam's chillu letters, consonants written without the vowel they would carry, each its
# own character ("അൽ-ബാബ്": al-Bab).
_MALAYALAM_CHILLU = {"ൺ": "n", "ൻ": "n", "ർ": "r", "ൽ": "l", "ൾ": "l", "ൿ": "k"}
# Tamil writes p and b, k and g, t and d with one letter each: read with the voiced one too
# ("மன்பிஜ்" manpij is Manbij, "அல்-பாப்" al-pap is al-Bab).
_TAMIL_RE = re.compile(r"[\u0b80-\u0bff]")
_TAMIL_VOICED = str.maketrans({"p": "b", "k": "g"})


def _indic_read(word: str) -> str:
    """:func:`indic_latin` with each carried vowel written ``_INHERENT``."""
    out: list[str] = []
    n = len(word)
    i = 0
    while i < n:
        ch = word[i]
        if not _INDIC_RE.match(ch):
            out.append(ch.casefold())
            i += 1
            continue
        chillu = _MALAYALAM_CHILLU.get(ch)
        if chillu is not None:  # (a consonant that carries no vowel: "അൽ" al)
            out.append(chillu)
            i += 1
            continue
        at = (ord(ch) - 0x900) % 0x80
        consonant = _INDIC_CONSONANTS.get(at)
        if consonant is None:
            out.append(_INDIC_VOWELS.get(at) or _INDIC_SIGNS.get(at) or _INDIC_MARKS.get(at, ""))
            i += 1
            continue
        i += 1
        if i < n and _INDIC_RE.match(word[i]) and (ord(word[i]) - 0x900) % 0x80 == _INDIC_NUKTA_AT:
            consonant = _INDIC_NUKTA.get(consonant, consonant)
            i += 1
        out.append(consonant)
        nxt = (ord(word[i]) - 0x900) % 0x80 if i < n and _INDIC_RE.match(word[i]) else -1
        if nxt == _INDIC_VIRAMA:
            i += 1
        elif nxt not in _INDIC_SIGNS:
            out.append(_INHERENT)
    return "".join(out)


def _indic_said(word: str) -> str:
    """:func:`indic_latin`, with the carried vowels Hindi and Bengali do not say left out."""
    read = _indic_read(word)
    return _SILENT_A.sub("", read.removesuffix(_INHERENT)).replace(_INHERENT, "a")


def indic_forms(word: str) -> tuple[str, ...]:
    """The Latin forms a name written ``word`` in an Indian script may have: as written, then
    without its case ending, each also without the vowel a after its last consonant (Hindi
    and Bengali do not say it) and with double letters single.

    >>> "rifat" in indic_forms("రిఫాత్"), "alepo" in indic_forms("অলেপ্পোতে")
    (True, True)
    """
    stem = indic_stem(word)
    out = [indic_latin(word), indic_latin(stem), _indic_said(word), _indic_said(stem)]
    out += [f.replace("hp", "f") for f in out if "hp" in f]  # Tamil's ஃப: f
    if _TAMIL_RE.search(word) is not None:
        out += [f.translate(_TAMIL_VOICED) for f in out]
    out += [f.replace("j", "z") for f in out if "j" in f]  # (z written with ja: "ఆజాజ్" Azaz)
    out += [re.sub(r"(.)\1", r"\1", f) for f in out]
    return tuple(dict.fromkeys(f for f in out if f))


# (and joined to the name by the long-vowel mark, typed for a dash: "アルーカスル")
_KANA_ARTICLE_DASHED = ("アルー", "エルー")
#: The Arabic article as katakana writes it apart, between middle dots or before a dash
#: ("タリク・アル・バブ": Tariq al-Bab; "ブスタン・アル－カスル"): dropped as the Latin "al" is,
#: so that a whole name meets its key and the name after it is no name alone.
KANA_ARTICLES: frozenset[str] = frozenset({"アル", "エル"})


# -- the common words of these languages (round 23) ----------------------------------------
# Words that a caption in Russian, Ukrainian, Bulgarian, Serbian or Greek writes often, and that
# may start a sentence or a title with a capital: the army, troops, fighters, the city, its
# streets and houses, families, children, photos, control, fighting, and the little words.
# Read in Latin letters, some sound like a village's name ("Армия" has the consonants of
# al-Arima, "Сосна" of a Sousnah); such a word is read as a name only where it is spelt as one
# (a name's key), never by its sound alone. One list, as written; :data:`COMMON_FORMS` holds the
# Latin forms of its words (:func:`forms`), which a word's forms are checked against.
COMMON_WORDS: tuple[str, ...] = (
    # Russian
    "армия", "войска", "войско", "военные", "военный", "солдат", "солдаты", "боевики",
    "боевик", "боец", "бойцы", "бои", "бой", "боев", "сила", "силы", "ополченцы", "повстанцы",
    "оппозиция", "правительство", "президент", "город", "улица", "улицы", "дом", "дома",
    "здание", "здания", "руины", "развалины", "жители", "житель", "люди", "семья", "семьи",
    "дети", "ребенок", "женщина", "женщины", "мужчина", "беженцы", "лагерь", "фото", "видео",
    "снимок", "кадр", "кадры", "сеть", "сети", "интернет", "контроль", "контролем",
    "техника", "танк", "танки", "оружие", "удар", "удары", "обстрел", "взрыв", "война",
    "сирия", "сирии", "россия", "турция", "пока", "после", "более", "один", "одна", "это",
    "этот", "который", "которые", "его", "рядом", "около", "также", "сосна", "мир", "помощь",
    "гуманитарная", "колонна", "автобус", "автобусы", "машина", "машины", "врачи", "больница",
    "школа", "мечеть", "церковь", "рынок", "площадь", "вода", "хлеб", "зима", "день",
    # Ukrainian
    "армія", "війська", "військові", "бойовики", "бої", "сили", "місто", "вулиця", "вулиці",
    "будинок", "будинки", "мешканці", "сім'ї", "діти", "біженці", "табір", "таборі", "табори",
    "фото", "відео", "після", "також", "сирія", "сирії", "умовах", "серію", "допомога",
    # Bulgarian and Serbian
    "армията", "войската", "бойци", "градът", "улицата", "хората", "децата", "војска",
    "војници", "борци", "улица", "људи", "деца", "избеглице",
    # Greek
    "στρατός", "στρατού", "στρατιώτες", "μαχητές", "αντάρτες", "πόλη", "πόλης", "δρόμος",
    "σπίτια", "κτίρια", "κτήρια", "ερείπια", "κάτοικοι", "παιδιά", "οικογένειες", "πρόσφυγες",
    "φωτογραφία", "εικόνα", "εικόνες", "βίντεο", "έλεγχο", "μάχες", "σιωπή", "χέρια", "όπου",
    "όλη", "μιας", "ένα", "έγινε", "πέρασε", "εναντίον",
    # words whose Latin key is a village's ("база", a base: Bza'a; "сфере", a sphere: as-Safira)
    "база", "сфера", "σφαίρα",
    # (Bulgarian "сирене", cheese: Sirrin. Kept out: Bulgarian and Macedonian "баба", a
    # grandmother, and Greek "μπαμπάς", a father, both al-Bab's key, since the forms of a word
    # listed here take its stem, "Баб", "Μπαμπ", as al-Bab is written: "Бои под Аль-Бабом")
    "сирене",
    # the little words (prepositions, pronouns, particles)
    "на", "под", "за", "с", "не", "по", "про", "им", "наш", "нашем", "під", "як", "ім", "це",
    "των", "την", "το", "ο", "η", "που", "και", "στη", "από",
)  # fmt: skip


def _common_forms(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(f for word in words for f in forms(word))


#: The Latin forms of :data:`COMMON_WORDS`.
COMMON_FORMS: frozenset[str] = _common_forms(COMMON_WORDS)


def common_word(word: str) -> bool:
    """Whether ``word`` (in one of the alphabets :func:`latin` reads) is a form of a word of
    :data:`COMMON_WORDS` ("Армии" is the army's genitive; "Квейрис" is no common word).

    >>> common_word("Армии"), common_word("Армией"), common_word("Квейрис")
    (True, True, False)
    """
    return not COMMON_FORMS.isdisjoint(forms(word))


class ScriptReader:
    """Read the words of other alphabets in a caption's words as names of the gazetteer.

    Each such word takes the first of its :func:`forms` whose key (``fold``) is a word of a
    name, else the first whose sound (``sound``) is a word's of a name; its raw text becomes
    that form in Latin letters (capitalised as written; a Georgian word, which has no capital,
    as if it were), so that the
    geoparser's phonetic fallback reads it. A word no form of which is a name's keeps a key
    that matches nothing.

    Parameters
    ----------
    word_keys
        The keys of the gazetteer's names and of their words.
    sounds
        The phonetic keys of the words of the gazetteer's names.
    fold, sound
        The key and the phonetic key of a word in Latin letters (``_names.fold_token`` and
        ``_names.phonetic_word``).
    same
        Keys read as another key: the one-word names of the city as its main name's key, so
        that its sides meet theirs ("ανατολικό Χαλέπι" is "eastern Aleppo").
    name_sounds
        The phonetic keys of the names of several words: Korean, Thai and Chinese write such a
        name as one word ("자발바드로": Jabal Badro), read as it sounds.
    """

    def __init__(
        self,
        word_keys: Collection[str],
        sounds: Collection[str],
        fold: Callable[[str], str],
        sound: Callable[[str], str],
        same: Mapping[str, str] | None = None,
        name_sounds: Collection[str] = (),
    ) -> None:
        self._word_keys = frozenset(word_keys)
        self._name_sounds = frozenset(name_sounds)
        self._names = frozenset(k for k in self._word_keys if " " not in k)
        self._sounds = frozenset(sounds)
        self._fold = fold
        self._sound = sound
        self._same = dict(same or {})
        # word as written -> (key, raw, low, upper, a name's form)
        self._cache: dict[str, tuple[str, str, str, bool, bool]] = {}

    def _read(self, raw: str, upper: bool) -> tuple[str, str, str, bool, bool]:
        asian = asian_script(raw) is not None or asian_english(raw) is not None
        options = asian_forms(raw) if asian else forms(raw)
        eng = asian_english(raw) if asian else english(raw)
        if eng == PART:  # "части": left out, as "districts" is in English
            return "", options[0], options[0], False, False
        if eng is not None:  # a place word, a side, or "in", "from" ...: as the English word
            return self._fold(eng), options[0], eng, False, False
        # a one-word name first ("ალეპოს": Alepo, not a word Alepos of a longer name), then a
        # word of a name, then a word of a name's sound
        chosen = next((f for f in options if self._fold(f) in self._names), None)
        if chosen is None:
            chosen = next((f for f in options if self._fold(f) in self._word_keys), None)
        if chosen is None and not (not asian and common_word(raw)):
            # (a common word of the language is no name by its sound: "Армия", the army)
            chosen = next((f for f in options if self._sound(f) in self._sounds), None)
        if chosen is None and asian:  # a name of several words written as one ("자발바드로")
            chosen = next((f for f in options if _run(self._sound(f)) in self._name_sounds), None)
        if chosen is None and not self._fold(options[0]):  # an article ("аль-"): dropped
            return "", options[0], options[0], upper, False
        if chosen is None:  # no name's word: matches nothing
            low = raw.casefold()
            return low, options[0].capitalize() if upper else options[0], low, upper, False
        upper = upper or caseless(raw) or asian  # (Georgian, katakana ...: no capitals)
        written = chosen.capitalize() if upper else chosen
        key = self._fold(chosen)
        return self._same.get(key, key), written, chosen, upper, True

    def _indic_got(self, raw: str) -> tuple[str, str, str, bool, bool]:
        got = self._cache.get(raw)
        if got is None:
            got = self._cache[raw] = self._read_indic(raw)
        return got

    def _indic_pair(self, w: Words, i: int) -> bool:
        """Whether the Indian word ``i`` stands beside the article or beside the word that
        makes a name of the gazetteer with it."""
        key = self._indic_got(w.raw[i])[0]
        for j in (i - 1, i + 1):
            if not (0 <= j < len(w.raw)) or _INDIC_RE.search(w.raw[j]) is None:
                continue
            other = self._indic_got(w.raw[j])
            if not other[4]:
                continue
            pair = f"{other[0]} {key}" if j < i else f"{key} {other[0]}"
            if not other[0] or pair in self._word_keys:
                return True
        return False

    def _read_indic(self, raw: str) -> tuple[str, str, str, bool, bool]:
        """:meth:`_read` for a word of an Indian script, which has no capitals: only a form
        that is a word of a name as spelt (no sound-alike: every word may be read so)."""
        options = indic_forms(raw)
        said = _indic_said(raw)
        if not self._fold(said):  # the article ("अल-बाब", "ఎల్ బాబ్"): dropped
            return "", said, said, False, True
        chosen = next((f for f in options if self._fold(f) in self._names), None)
        if chosen is None:
            chosen = next((f for f in options if self._fold(f) in self._word_keys), None)
        if chosen is None or len(self._fold(chosen)) < _INDIC_STEM:
            return raw, raw, raw, False, False
        key = self._fold(chosen)
        return self._same.get(key, key), chosen.capitalize(), chosen, True, True

    def read(
        self,
        w: Words,
        flag: Callable[[str, str, str, bool], bool],
        asian: bool = False,
        known: Callable[[str], object] | None = None,
        cut: Collection[tuple[int, int]] = (),
    ) -> Words:
        """The words ``w`` with those of other alphabets read in Latin letters; ``flag``
        gives a read word's flag again. With ``asian``, the katakana, hangul and Thai words
        and place words instead, but those written as a name of the gazetteer is ("アレッポ")
        or that ``known`` tells (the words cut as the city's names and places); a Thai or
        Chinese word only where it is one of the spans ``cut`` (a name beside a place word:
        the other words of a run without spaces are pieces of words)."""
        if len(self._cache) > 100_000:
            self._cache.clear()
        keys, raws, lows, uppers = list(w.key), list(w.raw), list(w.low), list(w.upper)
        flags = list(w.flag) if w.flag else [False] * len(keys)
        for i, raw in enumerate(w.raw):
            if raw.isascii():
                continue
            if asian:
                if raw in KANA_ARTICLES:
                    continue  # (the article: no key, as split_words gave it)
                script = asian_script(raw)
                if (known is not None and known(raw)) or (
                    asian_english(raw) is None  # (a place word in kanji: "地区")
                    and (
                        script is None
                        or w.key[i] in self._word_keys
                        or (script in ("thai", "hanzi") and (w.start[i], w.end[i]) not in cut)
                    )
                ):
                    continue
            elif not other_script(raw):
                if _INDIC_RE.search(raw) is None:
                    continue
                place_word = _INDIC_PLACE_WORDS.get(indic_stem(raw))
                if w.key[i] in self._word_keys:
                    # (an Indian word written as a name of the gazetteer: "అలెప్పో"); a place
                    # word that is also a word of a name ("शहर" of "पुराना शहर", the old city)
                    # stays so, without a capital: after "अल-बाब" no second word of its name
                    if place_word is not None:
                        uppers[i] = False
                    continue
                if place_word is not None:
                    # "अल-बाब शहर", "ఆఫ్రిన్ పట్టణంలో": as the English word after a name
                    keys[i], lows[i], uppers[i] = self._fold(place_word), place_word, False
                    continue
                read_as = self._indic_got(raw)
                if not read_as[4] or (
                    0 < len(read_as[0]) <= _INDIC_SHORT and not self._indic_pair(w, i)
                ):
                    # no name's word: as it was (Hindi "का", "हवाई अड्डा" ...), and no capital,
                    # as these scripts write none (after "अल-बाब", "में" is no second word of a
                    # longer name); a short one only beside the article or the other word of
                    # its name ("में", in, is no Min; "టెల్ రిఫాత్" is Tell Rifaat)
                    uppers[i] = False
                    continue
            got = self._cache.get(raw)
            if got is None:
                got = self._cache[raw] = self._read(raw, w.upper[i])
            keys[i], raws[i], lows[i], uppers[i], _ = got
            flags[i] = got[4] and flag(got[0], got[1], got[2], got[3])
            if i and lows[i - 1] == "old" and _CITY_RE.match(latin(raw)):
                keys[i], lows[i] = self._fold("city"), "city"  # "старый город": the old city
        return w._replace(
            key=tuple(keys), raw=tuple(raws), low=tuple(lows), upper=tuple(uppers),
            flag=tuple(flags),
        )  # fmt: skip


# -- Japanese katakana, Korean hangul, Thai ---------------------------------------------------
# Japanese writes a foreign name in katakana ("スッカリ地区", "シェイク・マクスード"), Korean in
# hangul ("아자즈에서", "카프르 할랍 마을"), Thai in its own letters ("ย่านชีคมักซูด"). Each is
# written in Latin letters as its language reads it (:func:`kana_latin`, :func:`hangul_latin`,
# :func:`thai_latin`), and :func:`asian_forms` offers the spellings of the Arabic letters the
# script merges: Japanese and Korean write l and r with one letter, Korean z with its j and f
# with its p, Japanese kh with its k or f; Korean particles come off ("아자즈에서": Azaz). The
# vowels these scripts put after a consonant ("アザーズ" a-za-zu, "카프르" ka-peu-reu) vanish in
# the phonetic key, which keeps a name's consonants.

# Katakana (and the half-width forms, folded by NFKC), Hangul syllables, Thai.
# (and the Chinese place words' characters that end a name: 区 镇 村 市 场; and the last
# characters of the Chinese words of place before one: 在 于 从 到 进入 向 前往 抵达 逃离
# 叙利亚 北部 ...)
_ASIAN_RE = re.compile(
    r"[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f\uac00-\ud7a3\u0e01-\u0e4e区區镇鎮村市场場"
    r"在于於从從到入向往达達离離亚亞部的]"
)
_KANA_RE = re.compile(r"[\u30a1-\u30fa\u30fc-\u30ff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_THAI_RE = re.compile(r"[\u0e01-\u0e4e]")


def has_asian_script(text: str) -> bool:
    """Whether ``text`` holds a katakana, hangul or Thai letter, or a character of a Chinese
    place word after a name or of a word of place before one (the cheap test first).

    >>> has_asian_script("Aleppo"), has_asian_script("阿勒颇"), has_asian_script("スッカリ")
    (False, False, True)
    """
    return not text.isascii() and _ASIAN_RE.search(text) is not None


@lru_cache(maxsize=65_536)
def asian_script(word: str) -> str | None:
    """The script of ``word``: ``"kana"``, ``"hangul"``, ``"thai"``, ``"hanzi"`` (a word
    all of the characters Chinese writes foreign names with), or ``None``."""
    if len(word) > 1 and all(ch in _HANZI or ch in "·・" for ch in word):
        return "hanzi"
    if _KANA_RE.search(word):
        return "kana"
    if _HANGUL_RE.search(word):
        return "hangul"
    if _THAI_RE.search(word):
        return "thai"
    return None


# The characters Chinese writes foreign names with (Xinhua's table of transliteration), simplified
# and traditional, in pinyin without tones: "哈纳诺" is ha-na-nuo (Hanano), "萨胡尔" sa-hu-er
# (Sakhour).
_HANZI_PINYIN = {
    "a": "阿", "ai": "埃艾", "an": "安", "ang": "昂", "ao": "奥奧", "ba": "巴", "bai": "拜",
    "ban": "班", "bao": "包", "bei": "贝貝", "ben": "本", "bi": "比", "bin": "宾賓",
    "bu": "布卜", "cha": "查", "da": "达達", "dai": "代", "dan": "丹", "dao": "道",
    "de": "德", "di": "迪", "ding": "丁", "du": "杜", "duo": "多朵", "e": "厄",
    "er": "尔爾", "fa": "法", "fan": "凡", "fang": "方", "fei": "菲费費", "fen": "芬",
    "fu": "弗福夫富", "gai": "盖蓋", "gan": "甘", "ge": "戈格", "gu": "古", "ha": "哈",
    "hai": "海", "han": "汉漢", "he": "赫何", "hei": "黑", "hu": "胡", "huo": "霍",
    "ji": "基吉", "jia": "加贾賈", "jie": "杰傑", "jin": "金", "ka": "卡喀", "kai": "凯凱",
    "kan": "坎", "ke": "科克", "ku": "库庫", "la": "拉", "lai": "莱萊", "lan": "兰蘭",
    "lao": "劳勞", "le": "勒", "lei": "雷", "li": "里利裏", "lin": "林", "lu": "卢鲁盧魯",
    "luo": "罗洛羅", "ma": "马馬", "mai": "迈麦邁麥", "man": "曼", "mei": "梅", "men": "门",
    "meng": "蒙", "mi": "米", "mo": "莫", "mu": "穆姆", "na": "纳納", "nai": "奈",
    "nan": "南", "ni": "尼", "nu": "努", "nuo": "诺諾", "pa": "帕", "pei": "佩", "pi": "皮",
    "pu": "普", "qi": "齐奇齊", "sa": "萨薩", "sai": "赛塞賽", "sang": "桑", "sha": "沙莎",
    "shan": "山", "she": "舍", "shi": "什", "shu": "舒", "si": "斯", "su": "苏蘇",
    "suo": "索", "ta": "塔", "tai": "泰", "tan": "坦", "te": "特", "ti": "提", "tu": "图圖",
    "tuo": "托", "wa": "瓦", "wan": "万萬", "wei": "威韦韋维維", "wen": "温", "wo": "沃倭",
    "wu": "乌伍烏", "xi": "西希锡", "xie": "谢謝", "ya": "亚雅亞", "yang": "扬", "ye": "耶叶葉",
    "yi": "伊", "you": "尤", "yu": "于", "zai": "宰", "zan": "赞", "ze": "泽澤",
    "za": "扎紮", "zi": "兹茲", "zu": "祖", "zuo": "佐",
    # (and less common ones, that a name's run may start with: "玛阿米勒" is Ma'amil; 因 is the
    # n of Ayn: "艾因阿拉伯", Ain al-Arab)
    "bo": "波博柏伯", "fo": "佛", "gen": "根", "hong": "洪", "hui": "惠", "jian": "坚堅",
    "kong": "孔", "kua": "夸", "kui": "奎", "kun": "昆", "liao": "廖", "lie": "列",
    "lun": "伦倫", "mo ": "摩默", "na ": "娜那", "ni ": "妮", "niu": "纽紐", "ou": "欧歐",
    "pang": "庞龐", "peng": "彭蓬", "sa ": "撒", "sen": "森", "shen": "申", "song": "松",
    "tang": "唐", "teng": "滕", "ting": "汀", "weng": "翁", "xia": "霞", "xiang": "香",
    "xiao": "萧蕭", "xu": "许許", "xue": "薛", "yan": "延", "yao": "尧堯", "yi ": "依",
    "ying": "英", "yin": "因", "zhan": "詹", "zhang": "章", "zhe": "哲", "zhen": "珍", "zhu": "朱",
    "zhuo": "卓", "zong": "宗", "zou": "邹鄒", "ma ": "玛瑪", "li ": "莉丽麗黎",
    "dai ": "戴", "di ": "蒂", "ya ": "娅婭", "ge ": "哥", "han ": "汗", "he ": "荷",
    "heng": "亨", "ji ": "季", "jie ": "捷", "ke ": "柯", "mu ": "木慕", "shi ": "施",
    "tai ": "太", "tu ": "突土",
}  # fmt: skip
_HANZI = {ch: py.strip() for py, chars in _HANZI_PINYIN.items() for ch in chars}
# Pinyin's letters as the Arabic sounds they write: x is sh, q ch, zh j, er (尔) an r.
_PINYIN_LATIN = (("xi", "shi"), ("x", "sh"), ("q", "ch"), ("zh", "j"), ("uo", "o"))


def hanzi_latin(word: str) -> str:
    """Write a name in the characters Chinese writes foreign names with in Latin letters, as
    their pinyin reads (x as sh, 尔 as r); the middle dot parts words.

    >>> hanzi_latin("哈纳诺"), hanzi_latin("萨胡尔"), hanzi_latin("谢赫·马克苏德")
    ('hanano', 'sahur', 'shiehe makesude')
    """
    out = []
    for ch in word:
        if ch in "·・":
            out.append(" ")
            continue
        py = _HANZI.get(ch, ch)
        for old, new in _PINYIN_LATIN:
            py = py.replace(old, new)
        out.append("r" if py == "er" and out else py)
    return "".join(out)


# The katakana syllables: a consonant and a vowel each ("シ" is sh + i, "チ" ch + i, "ツ" ts +
# u); the small vowels and ャュョ replace the vowel of the syllable before ("シェ" she, "ファ"
# fa, "ジャ" ja), ッ doubles the next consonant, ー lengthens the vowel before, ン is n.
def _kana_rows() -> dict[str, tuple[str, str]]:
    rows = {
        "": "アイウエオ", "k": "カキクケコ", "g": "ガギグゲゴ", "s": "サシスセソ",
        "z": "ザジズゼゾ", "t": "タチツテト", "d": "ダヂヅデド", "n": "ナニヌネノ",
        "h": "ハヒフヘホ", "b": "バビブベボ", "p": "パピプペポ", "m": "マミムメモ",
        "y": "ヤ\0ユ\0ヨ", "r": "ラリルレロ", "w": "ワヰ\0ヱヲ",
    }  # fmt: skip
    out = {ch: (c, "aiueo"[n]) for c, chars in rows.items() for n, ch in enumerate(chars)}
    out.pop("\0", None)
    out.update({"シ": ("sh", "i"), "ジ": ("j", "i"), "チ": ("ch", "i"), "ヂ": ("j", "i"),
                "ツ": ("ts", "u"), "ヅ": ("z", "u"), "フ": ("f", "u"), "ヴ": ("v", "u"),
                "ヲ": ("", "o"), "ヷ": ("v", "a"), "ヺ": ("v", "o")})  # fmt: skip
    return out


_KANA = _kana_rows()
_KANA_SMALL = {"ァ": "a", "ィ": "i", "ゥ": "u", "ェ": "e", "ォ": "o", "ャ": "ya", "ュ": "yu",
               "ョ": "yo", "ヮ": "wa"}  # fmt: skip


def kana_latin(word: str, bare: bool = False) -> str:
    """Write a katakana word in Latin letters (Hepburn), long vowels doubled, lower case; with
    ``bare``, without the vowel Japanese puts after a consonant that none follows (the u of
    ク ス ズ ル ブ フ ム シュ ..., the o of ト ド) before another consonant or at the end.

    Other letters are kept as they are.

    >>> kana_latin("アザーズ", bare=True), kana_latin("アシュラフィーヤ", bare=True)
    ('azaaz', 'ashrafiiya')
    >>> kana_latin("マクスード", bare=True), kana_latin("スッカリ", bare=True)
    ('maksuud', 'sukkari')

    >>> kana_latin("スッカリ"), kana_latin("シェイク"), kana_latin("アザーズ"), kana_latin("ハナノ")
    ('sukkari', 'sheiku', 'azaazu', 'hanano')
    >>> kana_latin("ファルドゥース"), kana_latin("マンビジュ"), kana_latin("ティシュリーン")
    ('faruduusu', 'manbiju', 'tishuriin')
    """
    word = unicodedata.normalize("NFKC", word)
    out: list[list[str]] = []  # [consonant, vowel] per syllable
    double = False
    for ch in word:
        if ch in _KANA:
            cons, vowel = _KANA[ch]
            if double and cons:
                cons = ("t" if cons == "ch" else cons[0]) + cons
            double = False
            out.append([cons, vowel])
        elif ch in _KANA_SMALL and out:
            small = _KANA_SMALL[ch]
            last = out[-1]
            if small[0] == "y" and last[1] == "i":  # キャ kya, シャ sha, ジャ ja
                last[0] += "" if last[0] in ("sh", "j", "ch") else "y"
                last[1] = small[1:]
            elif last[0] in ("t", "d") and small == "u":  # トゥ tu, ドゥ du
                last[1] = "u"
            elif last[0] in ("t", "d") and small == "i" and last[1] in "eo":  # ティ, ディ
                last[1] = "i"
            elif last[1] == "u" or last[1] == "i":  # ファ fa, シェ she, ウィ wi, ヴァ va
                if not last[0]:
                    last[0] = "w" if last[1] == "u" else "y"
                last[1] = small
            else:
                out.append(["", small])
        elif ch == "ッ":
            double = True
        elif ch == "ン":
            out.append(["n", ""])
        elif ch == "ー" and out:
            out.append(["", out[-1][1]])
        elif ch in _KANA_SMALL:
            out.append(["", _KANA_SMALL[ch]])
        else:
            out.append([ch, ""])
    if bare:
        for n, (cons, vowel) in enumerate(out):
            nxt = out[n + 1][0] if n + 1 < len(out) else ""
            doubled = len(nxt) > 1 and nxt[0] == nxt[1]  # ("スッカリ": su-kka, a vowel said)
            if (
                cons
                and (vowel == "u" or (vowel == "o" and cons in ("t", "d")))
                and (n + 1 == len(out) or (nxt and nxt[0] not in "aeiou" and not doubled))
            ):
                out[n][1] = ""
    return "".join(c + v for c, v in out)


# Hangul in the Revised Romanization, a syllable decomposed by arithmetic into its initial,
# medial and final letters (U+AC00 + (initial × 21 + medial) × 28 + final).
_HANGUL_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj",
                   "ch", "k", "t", "p", "h")  # fmt: skip
_HANGUL_MEDIAL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo",
                  "u", "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
_HANGUL_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
                 "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip


def _hangul_parts(word: str) -> list[tuple[str, str, str]]:
    parts = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            parts.append(
                (_HANGUL_INITIAL[code // 588], _HANGUL_MEDIAL[code % 588 // 28],
                 _HANGUL_FINAL[code % 28])
            )  # fmt: skip
        else:
            parts.append((ch, "", ""))
    return parts


def hangul_latin(word: str) -> str:
    """Write a hangul word in Latin letters (Revised Romanization), lower case: ㄹ is r before
    a vowel and l elsewhere (ㄹㄹ ll), a final consonant as it sounds.

    >>> hangul_latin("알레포"), hangul_latin("아자즈"), hangul_latin("할랍"), hangul_latin("하나노")
    ('allepo', 'ajajeu', 'hallap', 'hanano')
    """
    parts = _hangul_parts(word)
    out = []
    for n, (initial, medial, final) in enumerate(parts):
        if initial == "r" and (n == 0 or parts[n - 1][2] == "l"):
            initial = "l"  # ㄹ starting a word or after a final ㄹ: l
        out.append(initial + medial + final)
    return "".join(out)


# Thai letters in a simple reading as the Royal Thai General System writes them; a vowel
# written before its consonant (เ แ โ ใ ไ) is read after it, the tone marks go, and a letter
# with the silencing mark (์) is not read.
_THAI_CONSONANTS = {
    "ก": "k", "ข": "kh", "ฃ": "kh", "ค": "kh", "ฅ": "kh", "ฆ": "kh", "ง": "ng", "จ": "ch",
    "ฉ": "ch", "ช": "ch", "ซ": "s", "ฌ": "ch", "ญ": "y", "ฎ": "d", "ฏ": "t", "ฐ": "th",
    "ฑ": "th", "ฒ": "th", "ณ": "n", "ด": "d", "ต": "t", "ถ": "th", "ท": "th", "ธ": "th",
    "น": "n", "บ": "b", "ป": "p", "ผ": "ph", "ฝ": "f", "พ": "ph", "ฟ": "f", "ภ": "ph", "ม": "m",
    "ย": "y", "ร": "r", "ฤ": "rue", "ล": "l", "ฦ": "lue", "ว": "w", "ศ": "s", "ษ": "s",
    "ส": "s", "ห": "h", "ฬ": "l", "อ": "", "ฮ": "h",
}  # fmt: skip
_THAI_VOWELS = {"ะ": "a", "ั": "a", "า": "a", "ำ": "am", "ิ": "i", "ี": "i", "ึ": "ue",
                "ื": "ue", "ุ": "u", "ู": "u", "ๅ": "a"}  # fmt: skip
_THAI_BEFORE = {"เ": "e", "แ": "ae", "โ": "o", "ใ": "ai", "ไ": "ai"}


def thai_latin(word: str, silent: bool = False) -> str:
    """Write a Thai word in Latin letters, lower case (a simple RTGS-like reading); with
    ``silent``, the letters marked silent too (a foreign name's: "คาฟร์" is Kafr).

    >>> thai_latin("อาเลปโป"), thai_latin("อเลปโป"), thai_latin("มันบิจ"), thai_latin("ฮานาโน")
    ('aleppo', 'aleppo', 'manbich', 'hanano')
    """
    out: list[str] = []
    held = ""  # a vowel written before its consonant
    chars = list(word)
    if len(chars) > 1 and chars[0] == "อ" and chars[1] not in _THAI_VOWELS:
        out.append("a")  # อ before a consonant: its own vowel a ("อเลปโป": a-lep-po)
    for n, ch in enumerate(chars):
        if n + 1 < len(chars) and chars[n + 1] == "\u0e4c" and not silent:
            continue  # ์: this letter is not said (with ``silent``, read as the name has it)
        if ch in _THAI_BEFORE:
            held = _THAI_BEFORE[ch]
        elif ch in _THAI_CONSONANTS:
            cons = _THAI_CONSONANTS[ch]
            nxt = chars[n + 1] if n + 1 < len(chars) else ""
            if held and nxt in ("ร", "ล") and n + 2 < len(chars):  # เปร: pre (a cluster)
                out.append(cons)
            elif held:
                out.append(cons + held)
                held = ""
            else:
                out.append(cons)
        elif ch in _THAI_VOWELS:
            out.append(_THAI_VOWELS[ch])
        elif "\u0e47" <= ch <= "\u0e4e":  # the short-vowel, tone and silencing marks
            continue
        else:
            out.append(ch)
    return "".join(out) + held


# The endings of a Korean word that are no part of a name: particles (in, from, of, to, the
# topic and subject, the object, "and", "also"), alone or after a place word's.
_KOREAN_PARTICLES = ("에서는", "에서도", "에서의", "으로부터", "로부터", "에게서", "까지", "부터",
                     "에서", "에게", "으로", "에는", "에도", "에의", "과", "와", "의", "에", "은",
                     "는", "이", "가", "을", "를", "로", "도")  # fmt: skip
# Place words written after a name, by the English word the geoparser knows: Japanese
# (地区 district, 地域 area, 市 and 町 town, 村 village), Korean (지역 area, 지구 and 구역
# district, 마을 village, 시 city), Thai (ย่าน, เขต district, เมือง town, หมู่บ้าน village,
# written before the name); the kinds of a landmark (citadel, airport, university, mosque) too.
_ASIAN_PLACE_WORDS: dict[str, str] = {
    "地区": "district", "地域": "area", "区": "district", "市": "town", "町": "town",
    "村": "village", "集落": "village", "要塞": "citadel", "城塞": "citadel", "空港": "airport",
    "大学": "university", "モスク": "mosque", "街区": "district",
    "지역": "area", "지구": "district", "구역": "district", "마을": "village", "시": "town",
    "성채": "citadel", "요새": "citadel", "공항": "airport",
    "대학": "university", "대학교": "university", "모스크": "mosque",
    "ย่าน": "district", "เขต": "district", "เมือง": "town", "หมู่บ้าน": "village",
    "ตำบล": "area", "ชุมชน": "area",
    # (Chinese 镇 is a town or a village: "吉卜林镇", Jibreen)
    "區": "district", "地區": "district", "社区": "district", "镇": "village", "鎮": "village",
    "广场": "square", "廣場": "square",
    # (a camp or a shelter for the displaced: "吉卜林难民营", "吉卜林臨時安置點")
    "难民营": "camp", "難民營": "camp", "营地": "camp", "營地": "camp", "安置点": "camp",
    "安置點": "camp", "临时安置点": "camp", "臨時安置點": "camp",
}  # fmt: skip
#: The English words :func:`asian_english` gives, which make a one-word name beside them a
#: place.
ASIAN_PLACE_ENGLISH: frozenset[str] = frozenset(_ASIAN_PLACE_WORDS.values())
# Korean place words written on a name ("아자즈시", "하나노지역에서"), longest first.
_KOREAN_ON_NAME = tuple(
    sorted((w for w in _ASIAN_PLACE_WORDS if _HANGUL_RE.match(w)), key=len, reverse=True)
)


def _korean_article_off(word: str) -> str:
    """``word`` without the ㅅ that Korean writes under a first vowel for an Arabic article
    assimilated to the consonant after it ("앗자즈" a'-Zaz, Azaz; "앗샴" ash-Sham): the name
    as written without it ("아자즈"); else ``word``.

    >>> _korean_article_off("앗자즈"), _korean_article_off("아자즈"), _korean_article_off("갓자")
    ('아자즈', '아자즈', '갓자')
    """
    code = ord(word[0]) - 0xAC00 if len(word) > 2 else -1
    # (a first syllable of no initial consonant, ㅇ, and of a final ㅅ)
    if 0 <= code < 11172 and code // 588 == 11 and code % 28 == 19:
        return chr(ord(word[0]) - 19) + word[1:]
    return word


def _korean_stem(word: str) -> str:
    """A Korean word without the particle written on it (two syllables kept at least)."""
    for particle in _KOREAN_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


@lru_cache(maxsize=65_536)
def asian_english(word: str) -> str | None:
    """The English place word of a Japanese, Korean or Thai place word (with a Korean
    particle on it), else ``None``.

    >>> asian_english("地区"), asian_english("마을에"), asian_english("지역에서")
    ('district', 'village', 'area')
    >>> asian_english("ย่าน")
    'district'
    >>> asian_english("주민들이") is None
    True
    """
    eng = _ASIAN_PLACE_WORDS.get(word)
    if eng is None and _HANGUL_RE.match(word):
        eng = _ASIAN_PLACE_WORDS.get(_korean_stem(word))
    return eng


_LONG_VOWEL_RE = re.compile(r"([aeiou])\1+")
# Korean's ㅡ (eu) after a consonant is the vowel it adds to a foreign consonant ("카프르"
# ka-peu-reu is Kafr), not one of the name's.
_EU_RE = re.compile(r"(?<=[^aeiouyw])eu(?![aeiou])")
_IYA_RE = re.compile(r"(?<=[^aeiouy])(?:eiye|eiya|ie|iye|iya|ia|iyeo|ye|ya)$")


def _variants(base: str, swaps: tuple[tuple[str, str], ...]) -> list[str]:
    out = [base]
    for old, new in swaps:
        out += [f.replace(old, new) for f in out if old in f]
    return list(dict.fromkeys(out))


def asian_forms(word: str) -> tuple[str, ...]:
    """The Latin forms a name written ``word`` in katakana, hangul or Thai may have: as its
    language reads it, long vowels and the vowels Korean adds after a consonant left out, then
    with the letters the script merges read as the other Arabic letters they write (l for r,
    z for the Korean j, f for its p, kh for a Japanese final ku or fu, s for the Thai ch) and
    the ending -iyeh; a Korean particle and place word come off first.

    >>> asian_forms("スッカリ")[0], "kalase" in asian_forms("カラセ")
    ('sukkari', True)
    >>> asian_forms("아자즈에서")[:2], "kafr" in asian_forms("카프르")
    (('ajaj', 'azaz'), True)
    >>> "telrifat" in asian_forms("텔리파트")  # a final ㄹ before ㄹ: l and r (Tal Rifaat)
    True
    >>> "manbij" in asian_forms("만비지")  # the i Korean adds after a final j
    True
    >>> "sheikh" in asian_forms("シェイク"), asian_forms("อาเลปโป")[0]
    (True, 'aleppo')
    """
    script = asian_script(word)
    if script == "kana":
        bases = [_LONG_VOWEL_RE.sub(r"\1", kana_latin(word, bare)) for bare in (True, False)]
        out = [v for b in dict.fromkeys(bases) for v in _variants(b, (("r", "l"),))]
        # the article: "アルバブ" (al-Bab), and written ar before the next name's consonant, as
        # Japanese reads its ル ("アルカースル": al-Qasr, "アルシャール": ash-Shaar)
        out += [
            f[2:]
            for f in out
            if len(f) > 4 and (f.startswith("al") or (f.startswith("ar") and f[2] not in "aeiou"))
        ]
        out += [re.sub(r"(?:ku|fu)$", "kh", f) for f in out if re.search(r"(?:ku|fu)$", f)]
        if word.startswith(_KANA_ARTICLE_DASHED) and len(word) > len(_KANA_ARTICLE_DASHED[0]) + 1:
            # the article joined by the long-vowel mark typed as a dash: "アルーカスル" (al-Qasr)
            out += asian_forms(word[len(_KANA_ARTICLE_DASHED[0]) :])
    elif script == "hangul":
        stem = _korean_stem(word)
        for place in _KOREAN_ON_NAME:  # "아자즈시": Azaz
            if stem.endswith(place) and len(stem) - len(place) >= 2:
                stem = _korean_stem(stem[: -len(place)])
                break
        out = []
        for spelt in (stem, _korean_article_off(stem)):
            base = _EU_RE.sub("", hangul_latin(spelt))
            base = base.removesuffix("eu") if len(base) > 4 else base
            out += _variants(
                base, (("sy", "sh"), ("j", "z"), ("p", "f"), ("r", "l"), ("l", "r"), ("ll", "lr"))
            )
        out = list(dict.fromkeys(out))
        # the i Korean adds after a final j or ch, as it adds eu after other consonants
        # ("만비지": Manbij)
        out += [f[:-1] for f in out if len(f) > 4 and f.endswith(("ji", "zi", "chi"))]
        out += [f + "h" for f in out if f.endswith("k")]  # "셰이크": Sheikh
        out += [f.replace("k", "kh", 1) for f in out if f.startswith("k")]  # "칸투만": Khan
        out += [f[2:] for f in out if f.startswith("al") and len(f) > 4]  # "알밥": al-Bab
    elif script == "thai":
        said = dict.fromkeys((thai_latin(word), thai_latin(word, silent=True)))
        out = [v for b in said for v in _variants(b, (("ch", "sh"), ("kh", "k"), ("s", "z")))]
    elif script == "hanzi":  # (one word: the geoparser cuts at the middle dot)
        out = _variants(hanzi_latin(word).replace(" ", ""), (("ie", "ei"), ("l", "r"), ("e", "")))
        # 赫 at the end is kh ("谢赫": Sheikh), before any other reading; the vowel after a
        # last consonant is Chinese's ("巴布": Bab)
        out = [f[:-2] + "kh" for f in out if f.endswith("he")] + out
        out += [
            re.sub(r"(?<=[^aeiou])[eiou]$", "", f) for f in out if re.search(r"[^aeiou][eiou]$", f)
        ]
    else:
        return (word.casefold(),)
    out += [_IYA_RE.sub("iyeh", f) for f in out if _IYA_RE.search(f)]
    return tuple(dict.fromkeys(out))


# The cuts of a run of letters without spaces: a katakana name and the place word after it
# ("スッカリ地区"), a Thai place word and the name after it up to a space, a sign or a word
# that ends it (of, in, and, that, towards ...).
_KANA_CUT_RE = re.compile(
    "([\u30a1-\u30fa\u30fc-\u30ff]+)("
    + "|".join(sorted((w for w in _ASIAN_PLACE_WORDS if not _HANGUL_RE.match(w)
                       and not _THAI_RE.match(w)), key=len, reverse=True))
    + ")?"
)  # fmt: skip
# Chinese: names in the characters of foreign names, parted by a middle dot and joined by
# "and" (和 与 及 、), before a place word ("哈纳诺区", "谢赫·马克苏德和阿什拉菲耶街区").
_HANZI_RUN = "[" + "".join(_HANZI) + "](?:[·・]?[" + "".join(_HANZI) + "])+"
# (A run written right after the country's name starts after it: "叙利亚阿夫林市" is Afrin city
# in Syria, whose 利亚 are the end of Syria's name, no part of the town's.)
_HANZI_CUT_RE = re.compile(
    f"(?:叙利亚|敘利亞)?"
    f"((?:{_HANZI_RUN}[和与與及、])*{_HANZI_RUN})(街区|街區|地区|地區|社区|区|區|镇|鎮|村|市|广场|廣場"
    "|难民营|難民營|营地|營地|临时安置点|臨時安置點|安置点|安置點)"
)
_HANZI_NAME_RE = re.compile("[" + "".join(_HANZI) + "]+")
# A run of those characters with no place word after it ("在曼比季", "叙利亚北部巴卜"): a name
# of its own too, but not the country's name that a run may start with ("叙利亚曼比季").
_HANZI_BARE_RE = re.compile(f"(叙利亚|敘利亞)|({_HANZI_RUN})")
_THAI_CUT_RE = re.compile(
    "(ย่าน|เขต|เมือง|หมู่บ้าน|ตำบล|ชุมชน)"
    "([\u0e01-\u0e4e]+?)(?=ของ|ใน|และ|ที่|ซึ่ง|ทาง|ทิศ|ภาค|ใกล้|จาก|ซีเรีย|[^\u0e01-\u0e4e]|$)"
)


def asian_cuts(text: str) -> list[tuple[int, int, bool]]:
    """The spans to cut out of a caption's runs of Japanese and Thai letters as words of
    their own, each with whether it is a name (a katakana run, the words after a Thai place
    word) or a place word.

    >>> asian_cuts("アレッポのスッカリ地区で")
    [(0, 4, True), (5, 9, True), (9, 11, False)]
    """
    cuts: list[tuple[int, int, bool]] = []
    if _KANA_RE.search(text):
        for m in _KANA_CUT_RE.finditer(text):
            cuts.append((m.start(1), m.end(1), True))
            if m.group(2):
                cuts.append((m.start(2), m.end(2), False))
    if not _KANA_RE.search(text) and not _HANGUL_RE.search(text):  # (Chinese)
        for m in _HANZI_CUT_RE.finditer(text):
            for name in _HANZI_NAME_RE.finditer(m.group(1)):
                cuts.append((m.start(1) + name.start(), m.start(1) + name.end(), True))
            cuts.append((m.start(2), m.end(2), False))
        named = [(a, b) for a, b, _ in cuts]
        for m in _HANZI_BARE_RE.finditer(text):
            a, b = m.span(2)
            if a >= 0 and not any(a < y and x < b for x, y in named):
                cuts.append((a, b, True))
        cuts.sort()
    if _THAI_RE.search(text):
        for m in _THAI_CUT_RE.finditer(text):
            cuts.append((m.start(1), m.end(1), False))
            cuts.append((m.start(2), m.end(2), True))
        cuts.sort()
    return cuts
