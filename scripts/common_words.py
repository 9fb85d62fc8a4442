"""Frequent words of each language that the geoparser reads as a place: to check the gazetteer.

A developer tool, run after the gazetteer grows (``scripts/build_gazetteer.py``): a new place
whose key or sound is a frequent word of some language ("Fue", Spanish "was", is al-Fuaa's
key; German "Waffe" folds as Wafa) turns that word, capitalised at a sentence's start, into a
place and perhaps a control statement. The geoparser keeps such words out when they stand
alone (``Geoparser._common_word_alone``) if they are listed: ``COMMON_LATIN_WORDS`` in
``aleppomap._concepts`` for the languages written in Latin letters, ``COMMON_WORDS`` in
``aleppomap._scripts`` for Cyrillic and Greek (listed in any case form: the reader takes each
word's forms).

For each language, the ``--top`` most frequent words of the ``wordfreq`` package (a ``dev``
extra, not a runtime dependency) are read, each lowercase and Capitalised, as a one-word
caption and inside a neutral sentence (``--sentence``), through the Geoparser of the packaged
gazetteer (or ``--gazetteer FILE``). A word is listed when it gives a place by its key or sound
(``phonetic``, ``inflected``, ``fuzzy``) or by an exact match of its key that is not a spelling
the gazetteer lists for the place (names, Arabic name, aliases). A word that is a listed
spelling ("Castello") is shown with ``--spellings`` only: the gazetteer names the place so.

Each word found is then decided by hand: added to the list of its script, or kept out because
English captions use it alone as the place's name ("Hader", al-Hader), or because a Cyrillic or
Greek word's stem is how the place is written there (the forms of "баба" take "Баб", as in
"Аль-Баб"); the kept-out words are ``COMMON_WORDS_KEPT_OUT`` in ``aleppomap._concepts`` (the
reasons in the comments of the two lists), marked ``kept out`` here so that a run shows what is
new. A run over the lists as committed lists the kept-out words only.

Arabic, Persian and Hebrew (``--langs ar,fa,he``) are read too but not by default: their
scripts have no such list. An Arabic word that meets a name written with the article only
through its key after a joined "and", "in" ("ورقة", a sheet of paper, as و and رقة, Raqqa) is
no place by a rule of the geoparser (``Geoparser._bare_joined``); what remains is "باب" (a door)
alone, al-Bab's key, and Hebrew "באב", left to the other rules.

Usage::

    PYTHONPATH=src python scripts/common_words.py [--top 4000] [--langs es,de,...]
        [--sentence "{word}, 12 March 2016."] [--spellings] [--gazetteer FILE]

It prints one line a finding (language, the word as read, where: ``alone`` or ``sentence``,
the place's id, the match's method and score) and exits 1 when a word neither listed nor kept
out gives a place (so that it can gate a gazetteer change), else 0.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from aleppomap._concepts import COMMON_WORDS_KEPT_OUT
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

#: The languages of ``wordfreq`` written in Latin letters.
LATIN_LANGS = (
    "en", "fr", "es", "ca", "it", "pt", "ro", "de", "nl", "sv", "da", "nb", "is", "tr", "id",
    "ms", "fil", "vi", "pl", "cs", "sk", "sl", "sh", "hu", "fi", "lt", "lv",
)  # fmt: skip
#: Those in the alphabets the geoparser reads as Latin (``_scripts.latin``): Cyrillic, Greek.
OTHER_LANGS = ("ru", "uk", "bg", "mk", "el")
#: The default neutral sentence: the word at its start, capitalised as a sentence's first word.
SENTENCE = "{word}, 12 March 2016."


@dataclass(frozen=True)
class Finding:
    """One word of ``lang`` (``written`` as read, ``where``: alone or in the sentence) that
    gave the place ``place_id`` by ``method`` with ``score``; ``spelling`` when the word is a
    spelling the gazetteer lists for the place."""

    lang: str
    written: str
    where: str
    place_id: str
    method: str
    score: float
    spelling: bool


def _is_word(word: str) -> bool:
    """Whether ``word`` is letters only (a hyphen or an apostrophe inside allowed), two or more."""
    core = word.replace("-", "").replace("'", "").replace("’", "")
    return len(core) >= 2 and all(unicodedata.category(ch).startswith("L") for ch in core)


def _latin(word: str) -> bool:
    """Whether every letter of ``word`` is a Latin one."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in word if ch.isalpha())


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def spellings(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Each place's names and aliases as written, in lower case (as the geoparser's)."""
    return {
        p.id: frozenset(n.casefold() for n in (p.name, p.name_ar, *p.aliases) if n)
        for p in gazetteer
    }


def findings(
    parser: Geoparser,
    spelled: dict[str, frozenset[str]],
    lang: str,
    words: Sequence[str],
    sentence: str,
) -> Iterator[Finding]:
    """The places that ``words`` of ``lang`` give, each lowercase and Capitalised, alone and
    at the start of ``sentence``: only mentions whose span is the word itself."""
    for word in words:
        for where, text in (
            *(("alone", form) for form in dict.fromkeys((_capitalised(word), word))),
            ("sentence", sentence.format(word=_capitalised(word))),
        ):
            form = text[: len(word)]
            for m in parser.find(text):
                if m.start != 0 or text[m.start : m.end].casefold() != form.casefold():
                    continue
                low = form.casefold()
                yield Finding(
                    lang,
                    text[m.start : m.end],
                    where,
                    m.place_id,
                    m.method,
                    m.score,
                    m.method == "exact" and low in spelled.get(m.place_id, frozenset()),
                )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=4000, help="words of each language (4000)")
    ap.add_argument(
        "--langs",
        default=",".join(LATIN_LANGS + OTHER_LANGS),
        help="wordfreq's language codes, comma-separated (default: every Latin-script one, "
        "and Russian, Ukrainian, Bulgarian, Macedonian and Greek)",
    )
    ap.add_argument("--sentence", default=SENTENCE, help=f"the neutral sentence ({SENTENCE!r})")
    ap.add_argument("--spellings", action="store_true", help="show listed spellings too")
    ap.add_argument("--gazetteer", default=None, help="a gazetteer file (default: ours)")
    args = ap.parse_args(argv)
    try:
        import wordfreq
    except ImportError:
        print("needs the wordfreq package (the dev extra)", file=sys.stderr)
        return 2
    gazetteer = Gazetteer.load(args.gazetteer) if args.gazetteer else Gazetteer.load()
    parser = Geoparser(gazetteer)
    spelled = spellings(gazetteer)
    known = wordfreq.available_languages()
    new = 0
    kept_out = {w.casefold() for w in COMMON_WORDS_KEPT_OUT}
    seen: set[tuple[str, str, str]] = set()
    for lang in args.langs.split(","):
        if lang not in known:
            print(f"{lang}: not in wordfreq", file=sys.stderr)
            continue
        words = [w for w in wordfreq.top_n_list(lang, args.top) if _is_word(w)]
        if lang in LATIN_LANGS:
            words = [w for w in words if _latin(w)]
        for f in findings(parser, spelled, lang, words, args.sentence):
            if f.spelling and not args.spellings:
                continue
            key = (f.lang, f.written, f.place_id)
            if key in seen:
                continue
            seen.add(key)
            low = f.written.casefold()
            mark = "spelling" if f.spelling else "kept out" if low in kept_out else "NEW"
            new += mark == "NEW"
            print(
                f"{f.lang}\t{f.written}\t{f.where}\t{f.place_id}\t{f.method}\t{f.score:.1f}\t{mark}"
            )
    print(f"{new} new word(s)", file=sys.stderr)
    return 1 if new else 0


if __name__ == "__main__":
    sys.exit(main())
