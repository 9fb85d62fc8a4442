"""Find the gazetteer's places in a caption: spans, roles, scores.

>>> from aleppomap.gazetteer import Gazetteer
>>> gp = Geoparser(Gazetteer.load())
>>> [(m.place_id, m.role) for m in gp.find(
...     "Residents fleeing the Bustan al-Qasr neighborhood arrive in Aleppo’s Fardos district.")]
[('bustan-al-qasr', 'origin'), ('fardos', 'destination')]

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
4. Only the capitalised words just before or after neighbourhood/district/quarter/area/village
   /town/camp that no alias matched go to the fuzzy fallback (rapidfuzz), scored and accepted
   above a threshold; those it cannot place are :meth:`Geoparser.unknown_places`.
5. Roles from cue words (a place with none of them among the eight words before it keeps
   ``location`` at once); then hierarchy: a place is dropped when a place inside it is also named
   (the Old City when the Umayyad Mosque is named; the city and its sectors when a place in the
   city is named), and the city is dropped when it is only a reference point ("south of Aleppo")
   beside another place. A place named twice is reported once (its first mention).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress, pairwise
from typing import Any, NamedTuple

from aleppomap._names import (
    ARTICLES,
    WordInfo,
    Words,
    alias_key,
    fold_token,
    joins,
    split_words,
    tokenize,
)
from aleppomap.gazetteer import Gazetteer

__all__ = ["Geoparser", "PlaceMention", "UnknownPlace"]

logger = logging.getLogger("aleppomap")

CITY_ID = "aleppo"

# Words that make the next capitalised words a place name, and words that follow one.
_PLACE_WORDS_AFTER = frozenset(
    {"neighbourhood", "neighborhood", "district", "quarter", "area", "village", "town", "camp"}
)
_PLACE_WORDS_BEFORE = frozenset({"village", "town", "district", "neighbourhood", "neighborhood"})
# Head words of compound names: alone and followed by another capitalised word, they start an
# unknown longer name ("Bab Sharqi"), not the place whose key they are.
_HEADS = frozenset(
    fold_token(w)
    for w in (
        "Bab", "Sheikh", "Karm", "Bustan", "Tal", "Jabal", "Khan", "Ard", "Souq", "Deir",
        "Kafr", "Ain", "Jisr", "Beit", "Tariq", "Hay", "Dahiyat", "Masaken", "Qasr", "Nahr",
    )
)  # fmt: skip
_FLEE = frozenset(
    {"flee", "flees", "fled", "fleeing", "escape", "escapes", "escaped", "escaping"}
)  # fmt: skip
_LEAVE = frozenset({"leave", "leaves", "left", "leaving", "quit", "abandon", "abandoned"})
_MOTION = _FLEE | _LEAVE | frozenset(
    {"displaced", "evacuated", "evacuation", "evacuate", "evacuating", "bused", "bussed",
     "moved", "transported", "relocated", "expelled", "driven", "came", "come", "coming",
     "arrived", "return", "returned", "returning", "went", "headed", "heading", "walk",
     "walked", "walking", "taken", "brought", "fled"}
)  # fmt: skip
_TOWARDS = frozenset({"towards", "toward", "into"})
_ONWARDS = frozenset({"towards", "toward", "to", "into"})
_NEAR = frozenset({"near", "outside", "nearby"})
# After a flight from an origin, these words make the next place its destination.
_SUCCESSION = frozenset({"in", "into", "to", "at"})
_ARRIVE = frozenset(
    {"arrive", "arrives", "arrived", "arriving", "reach", "reached", "reaches", "reaching"}
)  # fmt: skip
_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern", "outskirts", "edge", "edges", "countryside", "suburbs",
     "outside", "near", "nearby", "kilometres", "kilometers", "km", "miles"}
)  # fmt: skip
# Every rule of ``Geoparser._roles`` needs one of these among the words before a place
# (but "of" + a direction: "south of Aleppo").
_CUES = frozenset({"from", "to"}) | _TOWARDS | _NEAR | _ARRIVE | _FLEE | _LEAVE
# Words skipped between a cue and the place ("arrive in the government-held Jibreen").
_FILLERS = frozenset(
    {"the", "a", "an", "restive", "besieged", "government", "regime", "rebel", "opposition",
     "held", "controlled", "newly", "captured", "recaptured", "retaken", "former", "nearby",
     "devastated", "embattled", "war", "torn", "ravaged", "battered", "safer", "safe"}
)  # fmt: skip
# Words that never decide a role: the article and the fillers.
_SKIP = ARTICLES | _FILLERS
_SENTENCE_END = re.compile(r"[.!?;]")
_CLAUSE_END = re.compile(r"[.!?;:,()\[\]]")
_APOS_CHARS = frozenset("'’ʼ‘`´")
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
        ``location``, ``origin`` (fled/left from) or ``destination`` (arrived in/towards).
    score
        0-100: 100 for an exact (normalised) match, the similarity for a fuzzy one.
    method
        ``exact``, ``fuzzy`` or ``geocoded``.
    """

    place_id: str
    matched: str
    start: int
    end: int
    role: str = "location"
    score: float = 100.0
    method: str = "exact"


@dataclass(frozen=True, slots=True)
class UnknownPlace:
    """A capitalised name before a place word (``word``) that the gazetteer lacks."""

    name: str
    start: int
    end: int
    word: str

    def __str__(self) -> str:
        return f"{self.name} {self.word}"


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
        for place in gazetteer:
            for name in (place.name, *place.aliases):
                key = alias_key(name)
                if key and place.id not in keys.setdefault(key, []):
                    keys[key].append(place.id)
                toks = tokenize(name)
                if any(not joins(name[a.end : b.start]) for a, b in pairwise(toks)):
                    loose.add(key)
        self._loose = frozenset(loose)
        self._keys = {k: tuple(v) for k, v in keys.items()}
        automaton: Any = ahocorasick.Automaton()
        for key, ids in self._keys.items():
            automaton.add_word(f" {key} ", (key, ids, len(key), key.count(" ") + 1))
        automaton.make_automaton()
        self._automaton = automaton
        self._choices = sorted(k for k in self._keys if len(k) >= 4)
        self._kind = {p.id: p.kind for p in gazetteer}
        self._in_city = {p.id: gazetteer.is_within(p.id, CITY_ID) for p in gazetteer}
        self._ancestors = {
            p.id: frozenset(a.id for a in gazetteer.ancestors(p.id)) for p in gazetteer
        }
        self._word_cache: dict[str, WordInfo] = {}
        self._join_cache: dict[str, bool] = {}
        self._finer_cache: dict[str, frozenset[str]] = {}

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
            digest.update(repr(fields).encode("utf-8"))
        return f"Geoparser-{digest.hexdigest()}"

    # -- words ----------------------------------------------------------------------------
    def _words(self, text: str) -> Words:
        if len(self._word_cache) > 500_000:
            self._word_cache.clear()
        return split_words(text, self._word_cache)

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

        Parameters
        ----------
        text
            A caption (any text; empty gives ``[]``).
        """
        if not text or text.isspace():
            return []
        w = self._words(text)
        kept = list(compress(range(len(w.key)), w.key))
        if not kept:
            return []
        cands = self._exact(text, w, kept)
        if self.fuzzy_threshold > 0:
            for first, last, _word in self._candidate_spans(text, w, kept, cands):
                fz = self._fuzzy(w, kept, first, last)
                if fz is not None:
                    cands.append(fz)
        if not cands:
            return []
        if len(cands) > 1:
            cands.sort(key=_first)
        self._choose_ambiguous(cands, w, kept)
        self._roles(text, w, kept, cands)
        if len(cands) > 1:
            cands = self._resolve(cands)
        out: list[PlaceMention] = []
        starts, ends, lows = w.start, w.end, w.low
        for c in cands:
            first = kept[c.first]
            start, end = starts[first], ends[kept[c.last]]
            art = first - 1  # a hyphenated article belongs to the name as written
            if art >= 0 and lows[art] in ARTICLES and text[ends[art] : start] == "-":
                start = starts[art]
            out.append(
                PlaceMention(c.place_id, text[start:end], start, end, c.role, c.score, c.method)
            )
        return out

    def find_many(self, texts: Iterable[str]) -> list[list[PlaceMention]]:
        """:meth:`find` over many texts."""
        return [self.find(t) for t in texts]

    def unknown_places(self, text: str) -> list[UnknownPlace]:
        """Capitalised names before (or after "village of" ...) a place word, not in the gazetteer.

        A name that the fuzzy pass places is not unknown.
        """
        if not text:
            return []
        w = self._words(text)
        kept = list(compress(range(len(w.key)), w.key))
        if not kept:
            return []
        out: list[UnknownPlace] = []
        for first, last, word in self._candidate_spans(text, w, kept, self._exact(text, w, kept)):
            if self.fuzzy_threshold > 0 and self._fuzzy(w, kept, first, last) is not None:
                continue
            start = w.start[kept[first]]
            end = w.end[kept[last]]
            # include a written article ("al-Foo") in the reported name
            prev = kept[first] - 1
            if prev >= 0 and w.low[prev] in ARTICLES:
                start = w.start[prev]
            out.append(UnknownPlace(text[start:end], start, end, word))
        return out

    # -- exact matching -------------------------------------------------------------------
    def _exact(self, text: str, w: Words, kept: Sequence[int]) -> list[_Cand]:
        # The kept words' keys joined by spaces: as no key holds a space, a match of
        # " key " starts at the space before kept word n, where n counts the spaces before.
        norm = " " + " ".join(filter(None, w.key)) + " "
        count = norm.count
        raw: list[_Cand] = []
        loose = self._loose
        for end_idx, (key, ids, length, words) in self._automaton.iter(norm):
            first = count(" ", 0, end_idx - length - 1)
            last = first + words - 1
            if first != last:
                if key not in loose and not self._joined(text, w, kept[first], kept[last]):
                    continue  # across a comma, period, bracket ... that the name does not have
                raw.append(_Cand(first, last, ids, 100.0, "exact"))
            elif self._plausible_word(text, w, kept[first]):
                raw.append(_Cand(first, last, ids, 100.0, "exact"))
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

    @staticmethod
    def _drop_crossing_compounds(
        text: str, w: Words, kept: Sequence[int], raw: list[_Cand]
    ) -> list[_Cand]:
        """Drop a compound name ("City of Aleppo", "Aleppo’s souk") that crosses a plain one.

        "Walled City of Aleppo" is the Walled City (and Aleppo), not the City of Aleppo;
        "Aleppo’s Souq al-Hal" is Souq al-Hal (and Aleppo), not Aleppo's souk.
        """

        def compound(c: _Cand) -> bool:
            for n in range(c.first, c.last + 1):
                k = kept[n]
                if n > c.first and w.low[k] == "of":
                    return True
                if n < c.last and text[w.end[k] : w.end[k] + 1] in _APOS_CHARS:
                    return True  # a possessive inside the name
            return False

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

    def _joined(self, text: str, w: Words, a: int, b: int) -> bool:
        """Whether every gap between words ``a`` and ``b`` lets them belong to one name."""
        starts, ends = w.start, w.end
        for j in range(a, b):
            gap = text[ends[j] : starts[j + 1]]
            if gap != " " and gap != "-" and not self._joins(gap):
                return False
        return True

    def _plausible_word(self, text: str, w: Words, i: int) -> bool:
        """Whether word ``i``, matched alone, names a place (not an ordinary word)."""
        if not w.upper[i]:
            return False  # a single word in lower case is an ordinary word
        # a head word ("Bab") directly followed by another capitalised word: a longer name
        nxt = i + 1
        if (
            w.key[i] in _HEADS
            and nxt < len(w.key)
            and w.upper[nxt]
            and w.key[nxt]
            and text[w.end[i] : w.start[nxt]].strip(" -") == ""
        ):
            return False
        # "Karam al-Ansari": a surname after a first name, not the quarter
        art = i - 1
        if art >= 1 and w.low[art] in ARTICLES:
            name = art - 1
            name_start, name_end = w.start[name], w.end[name]
            gap = text[name_end : w.start[art]]
            sentence_start = _SENTENCE_END.search(text[max(0, name_start - 3) : name_start])
            if (
                w.upper[name]
                and gap.strip() == ""
                and w.key[name] not in _HEADS
                and text[name_end : name_end + 1] not in ("’", "'")
                and not sentence_start
                and name_start > 0
                and w.key[name] not in self._keys
            ):
                return False
        return True

    # -- fuzzy fallback -------------------------------------------------------------------
    def _candidate_spans(
        self, text: str, w: Words, kept: Sequence[int], matches: Sequence[_Cand]
    ) -> list[tuple[int, int, str]]:
        """Runs of capitalised kept words next to a place word, not covered by ``matches``."""
        lows = w.low
        if _PLACE_WORDS_AFTER.isdisjoint(lows):
            return []
        covered = {i for c in matches for i in range(c.first, c.last + 1)}
        places = [(i, low) for i, low in enumerate(lows) if low in _PLACE_WORDS_AFTER]
        keys, starts, ends, uppers = w.key, w.start, w.end, w.upper
        n_words = len(keys)
        spans: list[tuple[int, int, str]] = []
        for i, word in places:
            # walk back over capitalised words (and articles) to a run
            j = i - 1
            run: list[int] = []
            while j >= 0 and len(run) < 4:
                if text[ends[j] : starts[j + 1]].strip(" -’'") != "":
                    break
                if keys[j] and uppers[j]:
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
            if word in _PLACE_WORDS_BEFORE and i + 2 < n_words and w.raw[i + 1] == "of":
                run = []
                j = i + 2
                while j < n_words and len(run) < 4:
                    if keys[j] and uppers[j]:
                        n = bisect_left(kept, j)
                        if n in covered:
                            run = []
                            break
                        run.append(n)
                    elif lows[j] not in ARTICLES:
                        break
                    if j + 1 < n_words and text[ends[j] : starts[j + 1]].strip(" -’'") != "":
                        break
                    j += 1
                if run:
                    spans.append((min(run), max(run), word))
        out: list[tuple[int, int, str]] = []
        seen: set[tuple[int, int]] = set()
        for first, last, word in spans:
            if any(n in covered for n in range(first, last + 1)) or (first, last) in seen:
                continue
            if lows[kept[first]] in {"the", "a", "an", "this", "that"}:
                continue
            seen.add((first, last))
            out.append((first, last, word))
        return out

    def _fuzzy(self, w: Words, kept: Sequence[int], first: int, last: int) -> _Cand | None:
        from rapidfuzz import fuzz, process

        key = " ".join(w.key[kept[n]] for n in range(first, last + 1))
        if len(key) < 4:
            return None
        cutoff = self.fuzzy_threshold if len(key) >= 6 else max(self.fuzzy_threshold, 92.0)
        best = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        if best is None:
            return None
        choice, score, _ = best
        return _Cand(first, last, self._keys[choice], round(float(score), 1), "fuzzy")

    # -- ambiguity, roles, hierarchy --------------------------------------------------------
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
            if words & {"town", "village", "towns", "villages"}:
                ids.sort(key=lambda p: self._kind[p] not in ("town", "village"))
            elif words & {"neighbourhood", "neighborhood", "district", "quarter", "area"}:
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
            if (
                _CUES.isdisjoint(wide)
                and ("of" not in wide or _DIRECTIONS.isdisjoint(wide))
                and (not flee_origin_sentence or _SUCCESSION.isdisjoint(wide))
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
                if low not in _SKIP and i0 - 1 - n not in place_words
            ]
            sentence = bisect_left(sentence_ends, starts[i0])  # sentence ends before it
            # relative reference: "south of Aleppo", "outskirts of the city of Aleppo"
            if "of" in ws and not _DIRECTIONS.isdisjoint(ws[ws.index("of") :][:4]):
                c.relative = True
            if not _NEAR.isdisjoint(ws[:2]):
                c.relative = True
            if plain and plain[0][1] == "from":
                ctx = words_before(plain[0][0], _ORIGIN_WINDOW)
                after = lows[kept[c.last] + 1 : kept[c.last] + 5]
                if not _MOTION.isdisjoint(ctx) or not _ONWARDS.isdisjoint(after):
                    c.role, c.cue = "origin", "from"
                    if not _FLEE.isdisjoint(ctx):
                        flee_origin_sentence.add(sentence)
                continue
            near3 = [low for _, low in plain[:_DEST_WINDOW]]
            if not _TOWARDS.isdisjoint(near3[:2]) or (
                "to" in near3[:2] and not _MOTION.isdisjoint(near3)
            ):
                c.role, c.cue = "destination", "towards"
                continue
            if near3 and (
                near3[0] in _ARRIVE
                or (near3[0] in {"in", "at"} and not _ARRIVE.isdisjoint(near3[1:]))
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

    def _finer(self, container: str) -> frozenset[str]:
        """The places whose mention makes ``container`` redundant (memoised per place)."""
        finer = self._finer_cache.get(container)
        if finer is None:
            finer = self._finer_cache[container] = frozenset(
                p.id for p in self.gazetteer if self._contains(container, p.id)
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
            )
        return False

    def _resolve(self, cands: list[_Cand]) -> list[_Cand]:
        unique = {c.place_id for c in cands}
        # a place is dropped when a finer place inside it is also named
        kept = [c for c in cands if self._finer(c.place_id).isdisjoint(unique)]
        # the city as a reference point ("south of Aleppo") beside another place
        relative = [c.relative for c in kept]
        if any(relative) and not all(relative) and len({c.place_id for c in kept}) > 1:
            kept = [c for c in kept if not (c.relative and c.place_id == CITY_ID)]
        if len(unique) == len(cands):
            return kept  # no place named twice
        out: list[_Cand] = []
        seen: dict[str, _Cand] = {}
        for c in kept:
            prev = seen.get(c.place_id)
            if prev is None:
                seen[c.place_id] = c
                out.append(c)
            elif prev.role == "location" and c.role != "location":
                prev.role = c.role
        return out


def _first(c: _Cand) -> int:
    return c.first


def _longest_first(c: _Cand) -> tuple[int, int]:
    return (c.first - c.last, c.first)
