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
    "ARABIC_MONTHS",
    "ARABIC_PLACE_WORDS",
    "PART",
    "ScriptReader",
    "arabic_latin",
    "arabic_place_word",
    "arabic_word_in",
    "caseless",
    "english",
    "forms",
    "has_other_script",
    "latin",
    "other_script",
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
                "misto", "mista", "mist", "grad")  # fmt: skip
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
#: What :func:`english` gives a word that names nothing and is left out of names.
PART = ""
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
    """

    def __init__(
        self,
        word_keys: Collection[str],
        sounds: Collection[str],
        fold: Callable[[str], str],
        sound: Callable[[str], str],
        same: Mapping[str, str] | None = None,
    ) -> None:
        self._word_keys = frozenset(word_keys)
        self._names = frozenset(k for k in self._word_keys if " " not in k)
        self._sounds = frozenset(sounds)
        self._fold = fold
        self._sound = sound
        self._same = dict(same or {})
        # word as written -> (key, raw, low, upper, a name's form)
        self._cache: dict[str, tuple[str, str, str, bool, bool]] = {}

    def _read(self, raw: str, upper: bool) -> tuple[str, str, str, bool, bool]:
        options = forms(raw)
        eng = english(raw)
        if eng == PART:  # "части": left out, as "districts" is in English
            return "", options[0], options[0], False, False
        if eng is not None:  # a place word, a side, or "in", "from" ...: as the English word
            return self._fold(eng), options[0], eng, False, False
        # a one-word name first ("ალეპოს": Alepo, not a word Alepos of a longer name), then a
        # word of a name, then a word of a name's sound
        chosen = next((f for f in options if self._fold(f) in self._names), None)
        if chosen is None:
            chosen = next((f for f in options if self._fold(f) in self._word_keys), None)
        if chosen is None:
            chosen = next((f for f in options if self._sound(f) in self._sounds), None)
        if chosen is None and not self._fold(options[0]):  # an article ("аль-"): dropped
            return "", options[0], options[0], upper, False
        if chosen is None:  # no name's word: matches nothing
            low = raw.casefold()
            return low, options[0].capitalize() if upper else options[0], low, upper, False
        upper = upper or caseless(raw)  # (a Georgian word of a name: as if capitalised)
        written = chosen.capitalize() if upper else chosen
        key = self._fold(chosen)
        return self._same.get(key, key), written, chosen, upper, True

    def read(self, w: Words, flag: Callable[[str, str, str, bool], bool]) -> Words:
        """The words ``w`` with those of other alphabets read in Latin letters; ``flag``
        gives a read word's flag again."""
        if len(self._cache) > 100_000:
            self._cache.clear()
        keys, raws, lows, uppers = list(w.key), list(w.raw), list(w.low), list(w.upper)
        flags = list(w.flag) if w.flag else [False] * len(keys)
        for i, raw in enumerate(w.raw):
            if raw.isascii() or not other_script(raw):
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
