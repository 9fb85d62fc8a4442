"""Text repair and normalisation for gallery text.

Captions keep their text as published -- curly quotes stay curly, ligatures and
full-width characters are left alone -- but two kinds of damage are undone:

* **whitespace**: non-breaking and other odd spaces, tabs and line/paragraph
  separators become one plain space, zero-width characters and stray control
  characters are removed, runs of spaces collapse, ends are trimmed;
* **broken encoding** (mojibake): ``Aleppoâ€™s`` reads ``Aleppo’s``. This is ftfy's
  job, configured to keep published punctuation; the remnant ``Aleppo’€™s``, which
  ftfy leaves alone (a correct character followed by the tail of its own mojibake),
  is repaired here.

ftfy is costly, so it only runs on text that contains a character that can be
part of mojibake (:func:`needs_repair`); clean text is returned untouched.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from typing import Any

import ftfy
import pandas as pd

__all__ = [
    "as_str_array",
    "clean_spaces",
    "needs_repair",
    "normalize_space",
    "repair_text",
    "slugify",
]

#: ftfy, told to keep the text as published: only encoding, HTML entities and
#: control characters are fixed.
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

_ODD_SPACES = (
    "\t\x0b\x0c\x1c\x1d\x1e\x1f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# Invisible characters that carry nothing in a caption. ZWNJ/ZWJ (U+200C/D) stay:
# they matter in Arabic and Persian script.
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e"
_CONTROLS = "".join(chr(c) for c in (*range(0x01, 0x09), *range(0x0E, 0x1C), 0x7F))

_MULTISPACE = re.compile(r" {2,}")
# Odd spaces become " "; invisible and control characters go. "\n" and "\r" are left for
# the line splitter; C1 controls (U+0080-U+009F) are left for ftfy, which reads them as
# the Windows-1252 characters they were. (Regexes: a search over a block of clean text
# is much faster than str.translate.)
_ODD_SPACE_RE = re.compile("[" + re.escape(_ODD_SPACES) + "]")
_REMOVED_RE = re.compile("[" + re.escape(_INVISIBLE + _CONTROLS) + "]")
# Anything normalize_space changes besides the two ends (and a run of spaces): one search
# for clean text. A character class alone (no alternation) lets the regex engine skip fast.
_UNNORMAL_RE = re.compile("[" + re.escape("\r\n" + _ODD_SPACES + _INVISIBLE + _CONTROLS) + "]")

# A character that can be part of mojibake: Latin-1 supplement letters and C1 controls,
# the Windows-1252 extras that are rare in English text, the replacement character, and
# HTML entities. Curly quotes, dashes, the ellipsis and Arabic are *not* suspicious.
_SUSPICIOUS = re.compile(
    "[\x80-\xff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u20ac\u2122\ufffd\ud800-\udfff]"
)
# Non-ASCII characters so common in clean captions that they are checked for first.
_COMMON_PUNCTUATION = ("\u2019", "\u2018", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+[0-9]*);")


def _mojibake_remnants() -> dict[str, str]:
    """Map the UTF-8-read-as-Windows-1252 remnants of punctuation to the character.

    For ``’`` (U+2019) the mojibake is ``â€™``; its remnants are ``’€™`` (the
    character followed by the tail of its own mojibake), ``â€™`` and ``€™``.
    """
    out: dict[str, str] = {}
    for code in range(0x2010, 0x2040):
        char = chr(code)
        try:
            moji = char.encode("utf-8").decode("cp1252")
        except UnicodeDecodeError:
            continue
        tail = moji[1:]
        out[char + tail] = char
        out[moji] = char
        out[tail] = char
    return out


_REMNANTS = _mojibake_remnants()
_REMNANT_RE = re.compile(
    "|".join(re.escape(k) for k in sorted(_REMNANTS, key=lambda k: (-len(k), k)))
)


def clean_spaces(text: str) -> str:
    """Odd spaces -> ``" "``; invisible and control characters removed; nothing else.

    Line breaks are kept, and runs of spaces are not collapsed (see
    :func:`normalize_space`). Fast on clean text: two regex scans, no copy.

    Examples
    --------
    >>> clean_spaces("Dec.\\u00a014,\\tAleppo\\u200b")
    'Dec. 14, Aleppo'
    """
    if _ODD_SPACE_RE.search(text) is not None:
        text = _ODD_SPACE_RE.sub(" ", text)
    if _REMOVED_RE.search(text) is not None:
        text = _REMOVED_RE.sub("", text)
    return text


def needs_repair(text: str) -> bool:
    """Whether ``text`` holds a character that can be part of broken encoding.

    Examples
    --------
    >>> needs_repair("Aleppo’s Fardos neighborhood")
    False
    >>> needs_repair("Aleppoâ€™s")
    True
    """
    if "&" in text and _ENTITY.search(text) is not None:
        return True
    if text.isascii():
        return False
    bare = text
    for char in _COMMON_PUNCTUATION:
        if char in bare:
            bare = bare.replace(char, "")
    if bare.isascii():
        return False
    return _SUSPICIOUS.search(text) is not None


def normalize_space(text: str) -> str:
    """Replace odd spaces, tabs and line breaks by one space; trim; drop invisibles.

    Examples
    --------
    >>> normalize_space(" Dec.\\u00a014,\\tAleppo \\r\\n")
    'Dec. 14, Aleppo'
    """
    if _UNNORMAL_RE.search(text) is None and "  " not in text:
        return text.strip()
    text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")
    text = clean_spaces(text)
    if "  " in text:
        text = _MULTISPACE.sub(" ", text)
    return text.strip()


def repair_text(text: str) -> str:
    """Repair broken encoding in ``text``, keeping the published punctuation.

    Clean text is returned as it is (and fast). Whitespace is normalised as by
    :func:`normalize_space` when a repair took place.

    Examples
    --------
    >>> repair_text("Aleppo’€™s eastern neighborhoods")
    'Aleppo’s eastern neighborhoods'
    >>> repair_text("Aleppoâ€™s “Old City”")
    'Aleppo’s “Old City”'
    >>> repair_text("cafÃ© in Aleppo")
    'café in Aleppo'
    """
    if not needs_repair(text):
        return text
    text = _REMNANT_RE.sub(lambda m: _REMNANTS[m.group(0)], text)
    if not needs_repair(text):  # the remnants were all (ftfy is costly)
        return normalize_space(text)
    text = ftfy.fix_text(text, FTFY_CONFIG)
    text = _REMNANT_RE.sub(lambda m: _REMNANTS[m.group(0)], text)
    return normalize_space(text)


_NON_WORD = re.compile(r"[\W_]+")


def slugify(text: str) -> str:
    """A lower-case, hyphenated identifier for ``text`` (accents removed).

    Letters of other scripts are kept; an empty result becomes ``"gallery"``.

    Examples
    --------
    >>> slugify("Battle for Aleppo")
    'battle-for-aleppo'
    >>> slugify("  Alep : la chute d’une ville ")
    'alep-la-chute-d-une-ville'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = _NON_WORD.sub("-", stripped.lower()).strip("-")
    return slug or "gallery"


def as_str_array(values: list[str]) -> Any:
    """``values`` as a pandas ``str`` array, built through Arrow when it is there (fast).

    Examples
    --------
    >>> as_str_array(["Aleppo", "Homs"]).dtype
    <StringDtype(na_value=nan)>
    """
    try:
        pa: Any = importlib.import_module("pyarrow")  # pandas' optional storage
    except ImportError:  # pragma: no cover - pandas then stores str in Python objects
        return pd.array(values, dtype="str")
    return pd.array(pa.array(values, type=pa.large_string()), dtype="str")
