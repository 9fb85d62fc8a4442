"""Synthetic photo galleries: N entries from templates, seeded and deterministic.

Each caption names places of the packaged gazetteer in varied spellings (al-/el-/none,
doubled or single consonants, Sheikh/Sheik/Shaykh, Souq/Souk, -eh/-a endings ...), some as
the origin or destination of a displacement, with a date in one of the forms that
:mod:`aleppomap.dates` reads (``Dec. 14``, ``Dec.13``, ``14 December``, ``Dec. 12, 2016``,
``early Dec. 10``, ``Tuesday, Dec. 13``, ``2016-12-12``, ``28/12/2016``, ``on Monday``,
``Monday night`` ... or none, falling back to the gallery's date) and an agency credit.

Every entry records what was planted (place ids, roles, spans, the intended date), so the
geoparser can be checked against it and the map can be fed events without geoparsing.

>>> g = generate(5, seed=1)
>>> list(g.entries.columns[:6])
['gallery', 'gallery_title', 'gallery_date', 'gallery_intro', 'entry', 'caption']
>>> generate(5, seed=1).entries.equals(g.entries)
True
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from aleppomap._names import alias_key
from aleppomap.gazetteer import Gazetteer

__all__ = ["Plant", "Synthetic", "events_from", "generate", "spelling_variants"]

#: The first day of the default 20-day window of events.
DEFAULT_START = dt.date(2016, 11, 28)
DAYS = 20

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]  # fmt: skip
_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
         "Nov.", "Dec."]  # fmt: skip
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (pattern, replacements) applied word by word; a variant is kept only when the gazetteer's
# normaliser folds it to the same key as the alias (the point is to vary the spelling,
# not to invent new names).
_WORD_SWAPS: dict[str, tuple[str, ...]] = {
    "sheikh": ("Sheik", "Shaykh", "Sheikh", "Cheikh"),
    "sheik": ("Sheikh", "Shaykh"),
    "souq": ("Souk", "Suq", "Souq"),
    "souk": ("Souq", "Suq"),
    "tal": ("Tell", "Tal", "Tel"),
    "tell": ("Tal", "Tel"),
    "deir": ("Dair", "Deir"),
    "dayr": ("Deir", "Dair"),
    "jabal": ("Jebel", "Jabal"),
    "ain": ("Ein", "Ayn"),
    "karm": ("Karam", "Karm"),
    "bustan": ("Bostan", "Boustan"),
}
_ARTICLE_FORMS = ("al-", "al-", "Al-", "el-", "El-", "")


@dataclass(frozen=True, slots=True)
class Plant:
    """A place written into a caption: id, role and the span as written."""

    place_id: str
    role: str
    start: int
    end: int
    matched: str


@dataclass
class Synthetic:
    """A generated archive: the entries table and what each entry's caption contains."""

    entries: pd.DataFrame
    plants: list[list[Plant]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)  # the intended date of each entry (ISO)


def _vary_word(word: str, rng: random.Random) -> str:
    low = word.casefold()
    if low in _WORD_SWAPS:
        new = rng.choice(_WORD_SWAPS[low])
        return new if word[:1].isupper() else new.lower()
    letters = list(word)
    choice = rng.random()
    if choice < 0.3:
        # undouble a doubled consonant, or double a single one between vowels
        for i in range(1, len(letters)):
            if letters[i] == letters[i - 1] and letters[i] not in "aeiou":
                del letters[i]
                return "".join(letters)
        for i in range(1, len(letters) - 1):
            if (
                letters[i] not in "aeiouy"
                and letters[i - 1] in "aeiou"
                and letters[i + 1] in "aeiou"
            ):
                letters.insert(i, letters[i])
                return "".join(letters)
    elif choice < 0.5:
        for old, new in (("eh", "a"), ("ah", "eh"), ("a", "eh"), ("ou", "u"), ("u", "ou")):
            if low.endswith(old) and len(word) > 4:
                return word[: len(word) - len(old)] + new
    elif choice < 0.6 and "ee" in low:
        return word.replace("ee", "i", 1)
    elif choice < 0.7 and "y" in low[1:]:
        return word[:1] + word[1:].replace("y", "i", 1)
    return word


def spelling_variants(alias: str, rng: random.Random, n: int = 4) -> list[str]:
    """Up to ``n`` distinct spellings of ``alias`` that fold to the same key (itself first).

    >>> rng = random.Random(3)
    >>> all(alias_key(v) == alias_key("al-Sheikh Saeed")
    ...     for v in spelling_variants("al-Sheikh Saeed", rng))
    True
    """
    key = alias_key(alias)
    out = [alias]
    for _ in range(n * 6):
        if len(out) >= n:
            break
        words = alias.split(" ")
        new_words: list[str] = []
        for w in words:
            head, sep, rest = w.partition("-")
            if sep and head.casefold() in ("al", "el", "as", "ad", "ar", "ash", "at", "az", "an"):
                art = rng.choice(_ARTICLE_FORMS)
                if art and head.casefold() != "al" and rng.random() < 0.5:
                    art = head + "-"  # keep an assimilated article (as-, ad- ...)
                new_words.append(art + _vary_word(rest, rng))
            else:
                new_words.append(_vary_word(w, rng))
        variant = " ".join(new_words).strip()
        if variant and variant not in out and alias_key(variant) == key:
            out.append(variant)
    return out


@dataclass(frozen=True, slots=True)
class _Name:
    place_id: str
    kind: str
    in_city: bool
    spellings: tuple[str, ...]
    prefix_ok: bool  # "Aleppo’s X" does not form another name ("Aleppo’s Souq ...")


def _plantable(gazetteer: Gazetteer, rng: random.Random) -> list[_Name]:
    """Places with at least one Latin name that only they carry and that names them bare, with
    its spellings."""
    owners: dict[str, set[str]] = {}
    for place in gazetteer:
        for name in (place.name, *place.aliases):
            owners.setdefault(alias_key(name), set()).add(place.id)
    out: list[_Name] = []
    for place in gazetteer:
        # (the captions are an Aleppo gallery's: a town of another governorate beside a
        # misspelt quarter of Aleppo sets the caption there, where the quarter is no longer read)
        if place.kind in ("city", "district") or place.outside_governorate:
            continue
        names = [
            n
            for n in dict.fromkeys((place.name, *place.aliases))
            if not _ARABIC.search(n)
            and n not in place.ambiguous_aliases
            and n not in place.placeword_aliases  # (named only beside a place word)
            and owners.get(alias_key(n)) == {place.id}
            and n[:1].isupper()
            and "(" not in n
            and "aleppo" not in n.casefold()
        ]
        if not names:
            continue
        spellings: list[str] = []
        for n in names[:3]:
            spellings.extend(spelling_variants(n, rng))
        first_words = {alias_key(n).split(" ")[0] for n in names}
        out.append(
            _Name(
                place.id,
                place.kind,
                gazetteer.is_within(place.id, "aleppo"),
                tuple(dict.fromkeys(spellings)),
                not any(
                    k.startswith(f"{alias_key('Aleppo')} {w}") for k in owners for w in first_words
                ),
            )
        )
    return out


_WHO = (
    "Syrian residents", "Syrian women", "Civilians", "Men", "Families", "Children",
    "Wounded boys", "Pro-government fighters", "Rebel fighters", "Elderly couples",
    "Volunteers of the civil defence", "Displaced Syrians", "Girls", "Medics",
)  # fmt: skip
_LOCATION_TEMPLATES = (
    "{who} walk past destroyed buildings in {pre}{P}{pw}{ref}{date}.",
    "Smoke billows over {pre}{P}{pw}{ref}{date}, during an operation by government forces.",
    "{who} gather in the courtyard of a school in {pre}{P}{pw}{ref}{date}.",
    "A general view shows damaged streets in {pre}{P}{pw}{ref}{date}.",
    "{who} rest after the battle at {pre}{P}{pw}{ref}{date}. Some {n} people were trapped there.",
    "{who} queue for bread in {pre}{P}{pw}{ref}{date}.",
)
_MOVE_TEMPLATES = (
    "{who}, fleeing violence in {O}{opw}, arrive in {D}{dpw}{date}.",
    "{who} evacuated from {O}{opw} head towards {D}{dpw}{date}.",
    "{who} flee {O}{opw} towards {D}{dpw}{date}, carrying their belongings.",
    "{who} cross from {O}{opw} into {D}{dpw}{date}.",
)
_PAIR_TEMPLATES = (
    "Clashes between {P}{pw} and {Q}{qw}{date} left {n} dead.",
    "Shelling hit {P}{pw} and {Q}{qw}{date}, according to {n} percent of witnesses.",
)
_NO_PLACE = (
    "{who} cook in the street{date}, as {n} thousand civilians remain trapped.",
    "{who} wait for the buses{date}.",
)
_UNKNOWN = ("{who} inspect the rubble in the Zorbatiya neighborhood{date}.",)
_CREDITS = (
    ("{p}/AFP/Getty Images", ("AFP", "Getty Images")),
    ("AFP/Getty Images", ("AFP", "Getty Images")),
    ("EPA", ("EPA",)),
    ("{p}/EPA", ("EPA",)),
    ("AP Photo/{p}", ("AP",)),
    ("{p}/Reuters", ("Reuters",)),
    ("Syrian Arab News Agency/EPA", ("SANA", "EPA")),
)
_PHOTOGRAPHERS = (
    "George Ourfalian", "Karam Al-Masri", "Youssef Karwashan", "Ameer Alhalbi",
    "Omar Haj Kadour", "Abdalrhman Ismail", "Hassan Ammar", "Thaer Mohammed",
)  # fmt: skip
# not east/west: "east of Aleppo" names the East Aleppo sector
_DIRECTIONS = ("north", "south", "northeast", "northwest", "southwest")


def _place_word(name: _Name, rng: random.Random) -> str:
    r = rng.random()
    if name.kind == "neighbourhood":
        words = (" neighborhood", " neighbourhood", " district", " area", "", "")
        return rng.choice(words) if r < 0.9 else ""
    if name.kind in ("town", "village") and r < 0.5:
        return " " + name.kind
    return ""


def _city_ref(name: _Name, rng: random.Random) -> tuple[str, str]:
    """Text before and after a place that names the city as a reference.

    A place in the city is written "Aleppo’s X" (as agencies do); one outside it
    "X, north of Aleppo". (Not "X, Aleppo": the geoparser matches names across a comma,
    so "Ansari East, Aleppo" reads as East Aleppo; not "X of Aleppo" either: "Walled City
    of Aleppo" reads as the city.)
    """
    r = rng.random()
    if name.in_city and name.prefix_ok:
        if r < 0.3:
            return "Aleppo’s ", ""
        if r < 0.4:
            return "Aleppo's ", ""
        if r < 0.5:
            return "", " in Syria"
        return "", ""
    if name.in_city:
        return "", ""
    if r < 0.5:
        return "", f", {rng.choice(_DIRECTIONS)} of Aleppo"
    return "", ""


def _date_form(day: dt.date, gallery_date: dt.date, rng: random.Random) -> tuple[str, str]:
    """A date clause (with its leading separator) and the date it states (ISO or '')."""
    r = rng.randrange(14)
    m = day.month - 1
    d = day.day
    wd = _WEEKDAYS[day.weekday()]
    if r == 0:
        return f" on {_ABBR[m]} {d}", day.isoformat()
    if r == 1:
        return f" on {_ABBR[m]}{d}", day.isoformat()
    if r == 2:
        return f", {_MONTHS[m]} {d}", day.isoformat()
    if r == 3:
        return f" on {d} {_MONTHS[m]}", day.isoformat()
    if r == 4:
        return f" on {_ABBR[m]} {d}, {day.year}", day.isoformat()
    if r == 5:
        return f", early {_ABBR[m]} {d}", day.isoformat()
    if r == 6:
        return f" on {wd}, {_ABBR[m]} {d}", day.isoformat()
    if r == 7:
        return f" on {day.isoformat()}", day.isoformat()
    if r == 8 and d > 12:
        return f" on {d:02d}/{day.month:02d}/{day.year}", day.isoformat()
    if r == 8:
        return f", {d} {_ABBR[m]} {day.year}", day.isoformat()
    if r == 9:
        return f" on {wd}", day.isoformat()
    if r == 10:
        return f" early {wd}", day.isoformat()
    if r == 11:
        return f", {wd} night", day.isoformat()
    return "", gallery_date.isoformat()  # no date: the gallery's


def _credit(rng: random.Random) -> tuple[str, list[str], list[str]]:
    text, agencies = rng.choice(_CREDITS)
    photographer = rng.choice(_PHOTOGRAPHERS) if "{p}" in text else ""
    return text.format(p=photographer), [photographer] if photographer else [], list(agencies)


def _fill(
    template: str, slots: dict[str, str], places: dict[str, tuple[str, str]]
) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Fill ``template``; return the text and (slot, start, end, text) of each place slot."""
    out: list[str] = []
    spans: list[tuple[str, int, int, str]] = []
    pos = 0
    for literal, name, _spec, _conv in _FORMATTER.parse(template):
        out.append(literal)
        pos += len(literal)
        if name is None:
            continue
        if name in places:
            written = places[name][0]
            spans.append((name, pos, pos + len(written), written))
            value = written
        else:
            value = slots[name]
        out.append(value)
        pos += len(value)
    return "".join(out), spans


class _Fmt:
    @staticmethod
    def parse(template: str) -> list[tuple[str, str | None, str, str | None]]:
        parts: list[tuple[str, str | None, str, str | None]] = []
        for literal, name in re.findall(r"([^{]*)(?:\{(\w+)\})?", template):
            if literal or name:
                parts.append((literal, name or None, "", None))
        return parts


_FORMATTER = _Fmt()


def generate(
    n: int,
    *,
    seed: int = 0,
    gazetteer: Gazetteer | None = None,
    start: dt.date = DEFAULT_START,
    days: int = DAYS,
    gallery_size: int = 40,
) -> Synthetic:
    """Generate ``n`` entries (about 40 to a gallery) over ``days`` days from ``start``.

    The same ``n``, ``seed`` and gazetteer always give the same table. About 1 in 100
    captions is empty, 2 in 100 name no place, 1 in 100 names a place the gazetteer lacks;
    the rest name one or two places (a quarter of them as origin and destination).
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    rng = random.Random(seed)
    names = _plantable(gaz, rng)
    ancestors = {p.id: {a.id for a in gaz.ancestors(p.id)} for p in gaz}

    cols: dict[str, list[Any]] = {
        c: []
        for c in (
            "gallery", "gallery_title", "gallery_date", "gallery_intro", "entry", "caption",
            "credit", "photographers", "agencies", "source", "line",
        )
    }  # fmt: skip
    plants: list[list[Plant]] = []
    dates: list[str] = []
    gallery_no = 0
    entry_no = gallery_size
    g_date = start
    g_id = g_title = ""
    for _ in range(n):
        if entry_no >= gallery_size:
            gallery_no += 1
            entry_no = 0
            g_date = start + dt.timedelta(days=rng.randrange(min(6, days - 1), days))
            g_title = f"Synthetic gallery {gallery_no}"
            g_id = f"synthetic-gallery-{gallery_no}-{g_date.isoformat()}"
        entry_no += 1
        day = g_date - dt.timedelta(days=rng.randrange(0, 7))
        date_text, intended = _date_form(day, g_date, rng)
        who = rng.choice(_WHO)
        number = str(rng.choice((40, 50, 99, 120)))
        r = rng.random()
        plant: list[Plant] = []
        if r < 0.01:
            caption = ""
            intended = g_date.isoformat()
        elif r < 0.04:
            template = rng.choice(_UNKNOWN if r < 0.02 else _NO_PLACE)
            caption, _ = _fill(template, {"who": who, "date": date_text, "n": number}, {})
        else:
            a = rng.choice(names)
            b = rng.choice(names)
            while (
                b.place_id == a.place_id
                or a.place_id in ancestors[b.place_id]
                or (b.place_id in ancestors[a.place_id])
            ):
                b = rng.choice(names)
            a_text = rng.choice(a.spellings)
            b_text = rng.choice(b.spellings)
            slots = {"who": who, "date": date_text, "n": number}
            if r < 0.28:
                template = rng.choice(_MOVE_TEMPLATES)
                slots["opw"], slots["dpw"] = _place_word(a, rng), _place_word(b, rng)
                roles = {"O": (a, "origin"), "D": (b, "destination")}
                caption, spans = _fill(template, slots, {"O": (a_text, ""), "D": (b_text, "")})
            elif r < 0.4:
                template = rng.choice(_PAIR_TEMPLATES)
                slots["pw"], slots["qw"] = _place_word(a, rng), _place_word(b, rng)
                roles = {"P": (a, "location"), "Q": (b, "location")}
                caption, spans = _fill(template, slots, {"P": (a_text, ""), "Q": (b_text, "")})
            else:
                template = rng.choice(_LOCATION_TEMPLATES)
                slots["pw"] = _place_word(a, rng)
                slots["pre"], slots["ref"] = _city_ref(a, rng)
                roles = {"P": (a, "location")}
                caption, spans = _fill(template, slots, {"P": (a_text, "")})
            for slot, s, e, written in spans:
                name, role = roles[slot]
                plant.append(Plant(name.place_id, role, s, e, written))
        credit, photographers, agencies = _credit(rng)
        cols["gallery"].append(g_id)
        cols["gallery_title"].append(g_title)
        cols["gallery_date"].append(g_date.isoformat())
        cols["gallery_intro"].append("")
        cols["entry"].append(entry_no)
        cols["caption"].append(caption)
        cols["credit"].append(credit)
        cols["photographers"].append(photographers)
        cols["agencies"].append(agencies)
        cols["source"].append("synthetic")
        cols["line"].append(len(dates) + 1)
        plants.append(plant)
        dates.append(intended)
    entries = pd.DataFrame(cols)
    entries["entry"] = entries["entry"].astype("int64")
    entries["line"] = entries["line"].astype("int64")
    return Synthetic(entries, plants, dates)


def events_from(
    synthetic: Synthetic, n_events: int | None = None, *, gazetteer: Gazetteer | None = None
) -> Any:
    """The events table of the planted places (no geoparsing): the map benchmark's input.

    Columns follow ``aleppomap.events.EVENT_COLUMNS``; dates are the intended ones. With
    ``n_events``, the table is cut after that many located rows (entries with no place keep
    their one unlocated row, as in ``locate``'s output).
    """
    import geopandas as gpd
    import numpy as np
    import shapely

    from aleppomap.events import EVENT_COLUMNS

    gaz = gazetteer if gazetteer is not None else Gazetteer.load()
    places = gaz.places
    xs = dict(zip(places.index, shapely.get_x(places["point"].values), strict=True))
    ys = dict(zip(places.index, shapely.get_y(places["point"].values), strict=True))
    names = places["name"].to_dict()
    kinds = places["kind"].to_dict()
    unc = places["uncertainty_m"].astype(float).to_dict()
    ent = synthetic.entries
    cap = ent["caption"].tolist()
    rows: list[tuple[int, Plant | None]] = []
    located = 0
    for i, plant in enumerate(synthetic.plants):
        if n_events is not None and located >= n_events:
            break
        if not plant:
            rows.append((i, None))
        for p in plant:
            if n_events is not None and located >= n_events:
                break
            rows.append((i, p))
            located += 1
    idx = [i for i, _ in rows]
    data: dict[str, Any] = {}
    for col in ("gallery", "entry", "credit", "gallery_title", "gallery_date", "gallery_intro",
                "photographers", "agencies"):  # fmt: skip
        values = ent[col].tolist()
        data[col] = [values[i] for i in idx]
    data["caption"] = [cap[i] for i in idx]
    data["date"] = [synthetic.dates[i] for i in idx]
    data["date_precision"] = ["day"] * len(idx)
    data["date_text"] = [""] * len(idx)
    data["date_start"] = [-1] * len(idx)
    data["date_end"] = [-1] * len(idx)
    pids = [p.place_id if p else None for _, p in rows]
    data["place_id"] = pd.array(pids, dtype="string")
    data["place"] = pd.array([names[p] if p else None for p in pids], dtype="string")
    data["matched"] = pd.array([p.matched if p else None for _, p in rows], dtype="string")
    data["start"] = pd.array([p.start if p else None for _, p in rows], dtype="Int64")
    data["end"] = pd.array([p.end if p else None for _, p in rows], dtype="Int64")
    data["role"] = pd.array([p.role if p else None for _, p in rows], dtype="string")
    data["precision"] = pd.array([kinds[p] if p else None for p in pids], dtype="string")
    data["uncertainty_m"] = np.array([unc[p] if p else np.nan for p in pids], dtype=float)
    data["score"] = np.array([100.0 if p else np.nan for p in pids], dtype=float)
    data["method"] = pd.array(["exact" if p else None for p in pids], dtype="string")
    data["located"] = np.array([p is not None for p in pids], dtype=bool)
    data["reason"] = ["" if p else "no place named in the caption" for p in pids]
    geoms = shapely.points(
        np.array([xs[p] if p else np.nan for p in pids]),
        np.array([ys[p] if p else np.nan for p in pids]),
    )
    geoms[~data["located"]] = None
    frame = pd.DataFrame(data, columns=list(EVENT_COLUMNS))
    return gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326")
