"""The data the timeline map's script reads: the events table as compact JSON columns.

:func:`build_payload` turns the events table into a :class:`Payload`, one ``TypedDict`` per part
(galleries, entries, places, markers, control layer), each built by a small function of its own.
One row per place (coordinates, name, precision, uncertainty), one per entry (its texts, written
once however many places it names) and one per marker (place, entry), the markers sorted by day
so that a day, or every day up to one, is a contiguous range.

The page carries the payload packed (:func:`pack_payload`): its large integer columns (markers,
the entries' numbers, the arrows) as base64 of little-endian typed arrays rather than JSON
arrays of numbers, and the captions with what only the list of photos and the popups show
(the places' spans in them, the places each entry names, the links) gzip-compressed
(:func:`compress_columns`): a smaller page that the script reads faster, the captions
decompressed once the map is drawn.

The payload carries a ``version`` (:data:`PAYLOAD_VERSION`); the script refuses a page whose
data has a version it does not know. Change the version whenever the shape of the payload
changes, in this module and in ``assets/js/api.js`` together.
"""

from __future__ import annotations

import base64
import gzip
import json
import re
from dataclasses import dataclass
from datetime import date as _date
from typing import TYPE_CHECKING, Any, Final, Literal, NotRequired, TypedDict
from urllib.parse import urlsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from aleppomap._tables import CONTEXT_CUES, integers, require_columns
from aleppomap._tables import text as _text
from aleppomap.errors import EventsTableError

if TYPE_CHECKING:
    from aleppomap.gazetteer import Gazetteer

__all__ = [
    "PAYLOAD_VERSION",
    "PRECISIONS",
    "BasePayload",
    "BasePlacePayload",
    "ControlPayload",
    "ControlPlacePayload",
    "EntriesPayload",
    "GalleryPayload",
    "MarkersPayload",
    "Payload",
    "PlacesPayload",
    "base_payload",
    "build_payload",
    "check_events",
    "compress_columns",
    "control_payload",
    "decompress_columns",
    "frame_bounds",
    "gallery_short_titles",
    "pack_column",
    "pack_payload",
    "short_title",
]

#: The version of the payload's shape; the script knows this one only.
PAYLOAD_VERSION: Final = 3

#: Place precisions, finest first; the map styles markers by them (others draw grey).
PRECISIONS: Final = ("landmark", "neighbourhood", "district", "town", "village", "city")
_ROLES: Final = ("location", "origin", "destination")
_DATE_PRECISIONS: Final = ("day", "gallery", "unknown")

_REQUIRED: Final = ("gallery", "entry", "date", "located")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


# --------------------------------------------------------------------------- the shape


class GalleryPayload(TypedDict):
    """One gallery: its id, title, ISO date (or ``""``), introduction and short title."""

    id: str
    title: str
    date: str
    intro: str
    short: NotRequired[str]  # its entries' label, when not the title: gallery_short_titles


class PlacesPayload(TypedDict):
    """The places, as columns: coordinates, name, precision (index into ``kinds``), radius."""

    x: list[float]
    y: list[float]
    name: list[str]
    kind: list[int]
    unc: list[int | None]


#: One place an entry names: ``[place index, text as written, role index]``.
EntryPlace = list[Any]


class EntriesPayload(TypedDict):
    """The entries, in gallery order, as columns (texts once per entry)."""

    gallery: list[int]  # index into galleries
    n: list[int]  # the entry's number in its gallery
    day: list[int]  # index into days, -1 when not on the slider
    date: list[str]
    datePrecision: list[int]  # index into datePrecisions
    caption: list[str]
    credit: list[str]
    url: list[str]
    image: list[str]
    places: list[list[EntryPlace]]
    spans: list[list[int]]  # [start, end, ...] UTF-16 offsets of the places' names
    reason: list[str]  # why (part of) the entry is not on the map


class MarkersPayload(TypedDict):
    """One marker per (entry, place), sorted by day (undated last)."""

    place: list[int]  # index into places
    entry: list[int]  # index into entries
    dayStart: list[int]  # where each day starts, then where the undated markers start


class ControlPlacePayload(TypedDict):
    """A place of the control layer and its controller's changes ``[day, controller, stmt]``."""

    id: str
    name: str
    kind: str
    approximate: bool
    radius_m: float | None
    geometry: dict[str, Any]  # GeoJSON (Multi)Polygon
    changes: list[list[int]]
    statements: list[dict[str, Any]]


class ControlPayload(TypedDict):
    """The control layer: statement days, controllers, legend and places."""

    days: list[str]
    controllers: list[str]
    legend: list[dict[str, str]]
    places: list[ControlPlacePayload]


class BasePlacePayload(TypedDict):
    """A place of the base layer: names, kind, label point and outline.

    ``rings`` are the outline's rings (outer and holes of every part, drawn even-odd), each a
    flat list of integer coordinates in units of :data:`BASE_SCALE` degrees: the first
    ``x, y`` absolute, each next one the difference from the previous (small numbers, a small
    page). A place known only as a point has no rings.
    """

    name: str
    nameAr: str
    kind: str
    label: list[float]  # [lon, lat] of the place's representative point
    rings: list[list[int]]
    oldCity: bool  # the old city or a quarter of it (drawn in its own tone)


class BasePayload(TypedDict):
    """The city drawn with no network: the gazetteer's outlines and points, for context."""

    scale: int
    places: list[BasePlacePayload]


class Payload(TypedDict):
    """Everything the map's script reads, embedded once in the page as JSON."""

    version: Literal[3]
    galleries: list[GalleryPayload]
    days: list[str]  # ISO days with located entries, in order: the slider's steps
    kinds: list[str]  # place precisions, PRECISIONS first
    roles: list[str]
    datePrecisions: list[str]
    places: PlacesPayload
    entries: EntriesPayload
    markers: MarkersPayload
    arrows: list[int]  # pairs of markers: origin, destination
    # the first view: the places that matter ([[south, west], [north, east]], frame_bounds)
    bounds: NotRequired[list[list[float]]]
    extent: NotRequired[list[list[float]]]  # every located place, same form
    base: NotRequired[BasePayload]
    control: NotRequired[ControlPayload]


# --------------------------------------------------------------------------- cells


def safe_url(value: Any) -> str:
    """``value`` when it is an absolute http(s) URL with a host, else ``""``."""
    if not isinstance(value, str):
        return ""
    url = value.strip()
    if not url or any(ord(c) < 0x20 or c.isspace() for c in url):
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return url


def _iso_day(value: Any) -> str:
    """``value`` as an ISO day ``YYYY-MM-DD`` when it is a valid one, else ``""``."""
    text = _text(value).strip()
    if not _ISO_DAY.fullmatch(text):
        return ""
    try:
        _date.fromisoformat(text)
    except ValueError:
        return ""
    return text


def _utf16_offset(text: str, index: int) -> int:
    """The JavaScript (UTF-16) offset of the Python (code point) offset ``index``."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)


def _int_or_none(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        if pd.isna(value):
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


def _finite(value: Any) -> float | None:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if np.isfinite(v) and v >= 0 else None


def _date_precision(value: Any) -> int:
    text = _text(value)
    return _DATE_PRECISIONS.index(text) if text in _DATE_PRECISIONS else 2


def _column(events: pd.DataFrame, name: str, default: Any = "") -> list[Any]:
    if name in events.columns:
        # to_numpy first: iterating an Arrow-backed column item by item is slow.
        values: list[Any] = events[name].to_numpy(dtype=object).tolist()
        return values
    return [default] * len(events)


def check_events(events: Any) -> gpd.GeoDataFrame:
    """``events`` in EPSG:4326 when it is an events table; :class:`EventsTableError` if not."""
    if not isinstance(events, gpd.GeoDataFrame):
        raise EventsTableError(
            "timeline_map needs the events GeoDataFrame of aleppomap.locate(), "
            f"not {type(events).__name__}"
        )
    require_columns(events, _REQUIRED)
    if len(events) and events.crs is not None and not events.crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    return events


# --------------------------------------------------------------------------- the table's rows


@dataclass(frozen=True)
class _Rows:
    """The events table read once: each row's entry, whether it is drawn, and its point.

    Entries are numbered in gallery order (galleries in order of first appearance), then by
    their number; ``first_row[k]`` is the first row of entry ``k``, ``row_entry[i]`` the entry
    of row ``i``. A row is drawn (``use``) when it is located and has a finite point.
    """

    events: gpd.GeoDataFrame
    gallery_codes: np.ndarray
    gallery_ids: pd.Index
    entry_numbers: np.ndarray
    row_entry: np.ndarray
    first_row: np.ndarray
    n_entries: int
    located: list[bool]
    use: np.ndarray
    xs: np.ndarray
    ys: np.ndarray

    def column(self, name: str, default: Any = "") -> list[Any]:
        """The column ``name`` as a list (``default`` in every row when it is missing)."""
        return _column(self.events, name, default)


def _rows(events: gpd.GeoDataFrame) -> _Rows:
    n_rows = len(events)
    galleries_col = [_text(g) for g in _column(events, "gallery")]
    entry_col = integers(_column(events, "entry"), column="entry")

    # Galleries in order of first appearance; entries in gallery order, then by number.
    gallery_codes, gallery_ids = pd.factorize(pd.Series(galleries_col, dtype=object), sort=False)
    gallery_codes = np.asarray(gallery_codes, dtype=np.int64)
    entry_arr = np.asarray(entry_col, dtype=np.int64)
    key_frame = pd.DataFrame({"g": gallery_codes, "n": entry_arr})
    keys = key_frame.drop_duplicates().sort_values(["g", "n"], kind="stable")
    first_row = keys.index.to_numpy()  # the first row of each entry, in gallery order
    entry_of_key = {
        (int(g), int(n)): k for k, (g, n) in enumerate(zip(keys["g"], keys["n"], strict=True))
    }
    row_entry = np.fromiter(
        (entry_of_key[(int(g), int(n))] for g, n in zip(gallery_codes, entry_arr, strict=True)),
        dtype=np.int64,
        count=n_rows,
    )

    located_col = [bool(v) if not pd.isna(v) else False for v in _column(events, "located")]
    geoms = np.asarray(events.geometry.values if n_rows else [], dtype=object)
    has_point = ~shapely.is_missing(geoms) & ~shapely.is_empty(geoms)
    use = np.asarray(located_col, dtype=bool) & has_point
    xs = np.full(n_rows, np.nan)
    ys = np.full(n_rows, np.nan)
    if use.any():
        pts = [g if g.geom_type == "Point" else g.representative_point() for g in geoms[use]]
        xs[use] = shapely.get_x(np.asarray(pts, dtype=object))
        ys[use] = shapely.get_y(np.asarray(pts, dtype=object))
    use &= np.isfinite(xs) & np.isfinite(ys)
    return _Rows(
        events=events,
        gallery_codes=gallery_codes,
        gallery_ids=gallery_ids,
        entry_numbers=entry_arr,
        row_entry=row_entry,
        first_row=first_row,
        n_entries=len(keys),
        located=located_col,
        use=use,
        xs=np.round(xs, 6),
        ys=np.round(ys, 6),
    )


def _mention_order(rows: _Rows) -> np.ndarray:
    """The rows by entry, then mention start, then row: the order places and markers are met."""
    starts = rows.column("start", None)
    start_keys = np.empty(len(starts), dtype=np.int64)
    for i, s in enumerate(starts):
        v = _int_or_none(s)
        start_keys[i] = v if v is not None else -1
    return np.lexsort((np.arange(len(starts)), start_keys, rows.row_entry))


# --------------------------------------------------------------------------- the parts


def galleries_payload(rows: _Rows) -> list[GalleryPayload]:
    """The galleries, in order of first appearance, from the first row of each."""
    titles = rows.column("gallery_title")
    gdates = rows.column("gallery_date")
    intros = rows.column("gallery_intro")
    first_of_gallery = pd.Series(range(len(rows.events))).groupby(rows.gallery_codes).first()
    galleries: list[GalleryPayload] = []
    for code, gid in enumerate(rows.gallery_ids):
        i = int(first_of_gallery[code])
        galleries.append(
            {
                "id": str(gid),
                "title": _text(titles[i]),
                "date": _iso_day(gdates[i]),
                "intro": _text(intros[i]),
            }
        )
    for gallery, short in zip(galleries, gallery_short_titles(galleries), strict=True):
        if short != gallery["title"]:  # the script reads the title when there is no short one
            gallery["short"] = short
    return galleries


# --------------------------------------------------------------------------- short titles

#: The longest short title of a gallery, in characters (the ellipsis included).
SHORT_TITLE_LENGTH: Final = 24
_MONTHS_SHORT: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


def short_title(title: str, limit: int = SHORT_TITLE_LENGTH) -> str:
    """``title`` on one line, cut at a word boundary to at most ``limit`` characters.

    >>> short_title("Aleppo evacuation: the last convoys leave")
    'Aleppo evacuation: the…'
    """
    text = " ".join(title.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:·-–—/") + "…"


def _short_day(iso: str) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{int(day)} {_MONTHS_SHORT[int(month) - 1]} {year}"


def gallery_short_titles(galleries: list[GalleryPayload]) -> list[str]:
    """A short, distinct label per gallery, for its entries' rows: never its id or file name.

    The title cut to :data:`SHORT_TITLE_LENGTH` characters; an untitled gallery is "Gallery N"
    (its position). Labels that would be the same get the gallery's date, then a number.
    """
    labels = [short_title(g["title"]) or f"Gallery {n}" for n, g in enumerate(galleries, 1)]
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    labels = [
        f"{label} ({_short_day(g['date'])})" if counts[label] > 1 and g["date"] else label
        for label, g in zip(labels, galleries, strict=True)
    ]
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def _days(rows: _Rows) -> tuple[list[str], list[str], list[int]]:
    """The slider's days, each entry's ISO day and each entry's day index (-1: none)."""
    dates = rows.column("date")
    entry_day_iso = [_iso_day(dates[i]) for i in rows.first_row]
    located = np.zeros(rows.n_entries, dtype=bool)
    located[rows.row_entry[rows.use]] = True
    days = sorted({d for d, has in zip(entry_day_iso, located, strict=True) if d and has})
    day_index = {d: k for k, d in enumerate(days)}
    return days, entry_day_iso, [day_index.get(d, -1) for d in entry_day_iso]


def places_payload(rows: _Rows, order: np.ndarray) -> tuple[PlacesPayload, list[str], np.ndarray]:
    """The places: one per distinct (id, name, precision, uncertainty, point).

    Returns the places, the precisions (``kinds``: :data:`PRECISIONS`, then any other met) and
    each row's place index (-1 for a row not drawn). Places are numbered in ``order``. A place
    named only to say where another is (its ``reason`` one of
    :data:`aleppomap.events.CONTEXT_CUES`) is no place of the map: its name is marked in the
    caption, and the map and its extent are those of the other places.
    """
    roles = rows.column("role")
    reasons = rows.column("reason")
    place_ids = rows.column("place_id")
    place_names = rows.column("place")
    matched_col = rows.column("matched")
    precisions = rows.column("precision")
    uncertainties = rows.column("uncertainty_m", None)
    kinds = list(PRECISIONS)
    places: PlacesPayload = {"x": [], "y": [], "name": [], "kind": [], "unc": []}
    place_index: dict[tuple[Any, ...], int] = {}
    row_place = np.full(len(rows.events), -1, dtype=np.int64)
    for i in order:
        if not rows.use[i] or (
            _text(roles[i]) == "mentioned" and _text(reasons[i]) in CONTEXT_CUES
        ):
            continue
        name = _text(place_names[i]) or _text(place_ids[i]) or _text(matched_col[i])
        kind = _text(precisions[i])
        unc = _finite(uncertainties[i])
        pkey = (_text(place_ids[i]), name, kind, unc, rows.xs[i], rows.ys[i])
        p = place_index.get(pkey)
        if p is None:
            p = place_index[pkey] = len(places["x"])
            places["x"].append(float(rows.xs[i]))
            places["y"].append(float(rows.ys[i]))
            places["name"].append(name)
            if kind not in kinds:
                kinds.append(kind)
            places["kind"].append(kinds.index(kind))
            places["unc"].append(None if unc is None else round(unc))
        row_place[i] = p
    return places, kinds, row_place


@dataclass
class _Mentions:
    """The markers in the order first met (one per entry and place), and what entries name."""

    place: list[int]
    entry: list[int]
    entry_places: list[list[EntryPlace]]
    entry_spans: list[list[int]]
    origins: dict[int, list[int]]
    destinations: dict[int, list[int]]


def _mentions(
    rows: _Rows, order: np.ndarray, row_place: np.ndarray, captions: list[str]
) -> _Mentions:
    """One marker per (entry, place): the first mention of the place in the entry."""
    matched_col = rows.column("matched")
    starts = rows.column("start", None)
    ends = rows.column("end", None)
    roles = rows.column("role")
    out = _Mentions(
        place=[],
        entry=[],
        entry_places=[[] for _ in range(rows.n_entries)],
        entry_spans=[[] for _ in range(rows.n_entries)],
        origins={},
        destinations={},
    )
    marker_of: dict[tuple[int, int], int] = {}
    for i in order:
        if not rows.use[i]:
            continue
        k = int(rows.row_entry[i])
        p = int(row_place[i])
        role = _text(roles[i])
        matched = _text(matched_col[i])
        caption = captions[k]
        start, end = _int_or_none(starts[i]), _int_or_none(ends[i])
        if (
            start is not None
            and end is not None
            and 0 <= start < end <= len(caption)
            and (not matched or caption[start:end] == matched)
        ):
            out.entry_spans[k] += [_utf16_offset(caption, start), _utf16_offset(caption, end)]
        if role == "mentioned":  # named in passing, not where the photo was taken: no marker
            continue
        m = marker_of.get((k, p))
        if m is None:
            m = marker_of[(k, p)] = len(out.place)
            out.place.append(p)
            out.entry.append(k)
            out.entry_places[k].append([p, matched, _ROLES.index(role) if role in _ROLES else 0])
            if role == "origin":
                out.origins.setdefault(k, []).append(m)
            elif role == "destination":
                out.destinations.setdefault(k, []).append(m)
    return out


def entries_payload(
    rows: _Rows,
    captions: list[str],
    entry_day_iso: list[str],
    entry_day: list[int],
    mentions: _Mentions,
) -> EntriesPayload:
    """The entries, in gallery order: texts, day, the places they name, why not on the map."""
    first = rows.first_row
    date_precisions = rows.column("date_precision")
    credits_ = rows.column("credit")
    urls = rows.column("url")
    images = rows.column("image")
    reasons = rows.column("reason")
    reason_of = [""] * rows.n_entries
    for i in range(len(rows.events)):
        if not rows.use[i]:
            k = int(rows.row_entry[i])
            if not reason_of[k]:
                reason_of[k] = _text(reasons[i]) or (
                    "no point for its place" if rows.located[i] else "not located"
                )
    return {
        "gallery": [int(rows.gallery_codes[i]) for i in first],
        "n": [int(rows.entry_numbers[i]) for i in first],
        "day": entry_day,
        "date": entry_day_iso,
        "datePrecision": [_date_precision(date_precisions[i]) for i in first],
        "caption": captions,
        "credit": [_text(credits_[i]) for i in first],
        "url": [safe_url(urls[i]) for i in first],
        "image": [safe_url(images[i]) for i in first],
        "places": mentions.entry_places,
        "spans": mentions.entry_spans,
        "reason": reason_of,
    }


def markers_payload(
    mentions: _Mentions, entry_day: list[int], n_days: int
) -> tuple[MarkersPayload, list[int]]:
    """The markers sorted by day (undated last), then entry, then mention; and the arrows.

    The arrows are pairs of sorted marker positions: the first origin of an entry to each of
    its destinations, sorted by origin, then destination (the order the script draws them in).
    """
    n_markers = len(mentions.place)
    m_entry = np.asarray(mentions.entry, dtype=np.int64)
    m_day = np.asarray(entry_day, dtype=np.int64)[m_entry] if n_markers else np.zeros(0, np.int64)
    m_day_key = np.where(m_day < 0, n_days, m_day)
    sort = (
        np.lexsort((np.arange(n_markers), m_entry, m_day_key))
        if n_markers
        else np.zeros(0, dtype=np.int64)
    )
    new_pos = np.empty(n_markers, dtype=np.int64)
    new_pos[sort] = np.arange(n_markers)
    m_place = (
        np.asarray(mentions.place, dtype=np.int64)[sort]
        if n_markers
        else np.zeros(0, dtype=np.int64)
    )
    m_entry_sorted = m_entry[sort] if n_markers else m_entry
    day_start = np.searchsorted(m_day_key[sort], np.arange(n_days + 1), side="left")

    pairs = [
        (int(new_pos[mentions.origins[k][0]]), int(new_pos[d]))
        for k in mentions.origins
        for d in mentions.destinations.get(k, [])
    ]
    arrows = [m for pair in sorted(pairs) for m in pair]
    markers: MarkersPayload = {
        "place": m_place.tolist(),
        "entry": m_entry_sorted.tolist(),
        "dayStart": day_start.tolist(),
    }
    return markers, arrows


def build_payload(events: gpd.GeoDataFrame) -> Payload:
    """The payload of an events table (checked by :func:`check_events`), without control."""
    rows = _rows(events)
    order = _mention_order(rows)
    captions_col = rows.column("caption")
    captions = [_text(captions_col[i]) for i in rows.first_row]
    days, entry_day_iso, entry_day = _days(rows)
    places, kinds, row_place = places_payload(rows, order)
    mentions = _mentions(rows, order, row_place, captions)
    markers, arrows = markers_payload(mentions, entry_day, len(days))
    payload: Payload = {
        "version": PAYLOAD_VERSION,
        "galleries": galleries_payload(rows),
        "days": days,
        "kinds": kinds,
        "roles": list(_ROLES),
        "datePrecisions": list(_DATE_PRECISIONS),
        "places": places,
        "entries": entries_payload(rows, captions, entry_day_iso, entry_day, mentions),
        "markers": markers,
        "arrows": arrows,
    }
    if markers["place"]:
        xs, ys = places["x"], places["y"]
        payload["extent"] = [[min(ys), min(xs)], [max(ys), max(xs)]]
        m_place = np.asarray(markers["place"], dtype=np.int64)
        payload["bounds"] = frame_bounds(
            np.asarray(xs, dtype=float)[m_place], np.asarray(ys, dtype=float)[m_place]
        )
    return payload


# --------------------------------------------------------------------------- packing

#: The integer columns the page carries packed (:func:`pack_column`): ``(part, column)``, or
#: ``(column, None)`` for a column at the top of the payload.
PACKED_COLUMNS: Final = (
    ("markers", "place"),
    ("markers", "entry"),
    ("entries", "gallery"),
    ("entries", "n"),
    ("entries", "day"),
    ("entries", "datePrecision"),
    ("arrows", None),
)

#: The text columns of the entries the page carries as a dictionary (:func:`pack_payload`):
#: texts that repeat (an agency's credit, a day, a reason), each written once.
DICTIONARY_COLUMNS: Final = ("credit", "date", "reason")

# The typed arrays of packed columns, narrowest first: (name, numpy little-endian type).
_PACK_TYPES: Final = (
    ("u8", "<u1"),
    ("i8", "<i1"),
    ("u16", "<u2"),
    ("i16", "<i2"),
    ("i32", "<i4"),
)


def pack_column(values: list[int]) -> str:
    """Integers as ``"<type>:<base64>"``: the bytes of the narrowest typed array that holds them.

    ``type`` is ``u8``, ``i8``, ``u16``, ``i16`` or ``i32`` (JavaScript's ``Uint8Array`` …
    ``Int32Array``), the bytes little-endian. Base64 has no ``<``, ``>`` or ``&``: the packed
    column cannot close the page's script element.

    >>> pack_column([0, 1, 300])
    'u16:AAABACwB'
    """
    arr = np.asarray(values, dtype=np.int64)
    lo = int(arr.min()) if len(arr) else 0
    hi = int(arr.max()) if len(arr) else 0
    for name, dtype in _PACK_TYPES:
        info = np.iinfo(np.dtype(dtype))
        if info.min <= lo and hi <= info.max:
            return name + ":" + base64.b64encode(arr.astype(dtype).tobytes()).decode("ascii")
    raise EventsTableError(f"a column of the map's data does not fit 32 bits: {lo} … {hi}")


def _dictionary(texts: list[str]) -> dict[str, Any]:
    """``texts`` as their distinct values (in order of first appearance) and packed codes."""
    codes, values = pd.factorize(pd.Series(texts, dtype=object), sort=False)
    return {"values": [str(v) for v in values], "codes": pack_column(codes.tolist())}


#: The entries' columns the page carries gzip-compressed (:func:`compress_columns`), in this
#: order: the captions and what only the list of photos and the popups show (the places'
#: spans in the caption, the places each entry names, the links of the photo). The script
#: reads them after the first view is drawn.
COMPRESSED_COLUMNS: Final = ("caption", "spans", "places", "url", "image")

#: Values per line of the compressed text: the script parses one line at a time, between frames.
COMPRESSED_LINE: Final = 8192


def compress_columns(columns: dict[str, list[Any]]) -> dict[str, Any]:
    """Columns of equal length as ``{"columns": [names], "gzip": base64}``.

    The compressed text is UTF-8, one JSON array per line: each column in turn, its values cut
    into lines of at most :data:`COMPRESSED_LINE` values (compact JSON has no raw line break:
    one in a text is written ``\\n``). It is compressed by gzip with no time stamp and an
    "unknown" operating system in its header, so that the same columns give the same bytes,
    and written as base64, which has no ``<``, ``>`` or ``&``: it cannot close the page's
    script element. The page's script reads it with the browser's own ``DecompressionStream``.

    Examples
    --------
    >>> part = compress_columns({"caption": ["Smoke over Fardos.", "Ölçüm ✓"]})
    >>> part["columns"]
    ['caption']
    >>> decompress_columns(part, 2)
    {'caption': ['Smoke over Fardos.', 'Ölçüm ✓']}
    """
    lines: list[str] = []
    for values in columns.values():
        for at in range(0, len(values), COMPRESSED_LINE):
            chunk = values[at : at + COMPRESSED_LINE]
            lines.append(
                json.dumps(chunk, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
            )
    data = gzip.compress("\n".join(lines).encode("utf-8"), compresslevel=9, mtime=0)
    data = data[:9] + b"\xff" + data[10:]  # the header's OS byte: "unknown", on every system
    return {"columns": list(columns), "gzip": base64.b64encode(data).decode("ascii")}


def decompress_columns(part: dict[str, Any], n: int) -> dict[str, list[Any]]:
    """The columns of :func:`compress_columns` back, each of ``n`` values.

    Raises
    ------
    ValueError
        When ``part`` is not compressed columns of ``n`` values each.
    """
    try:
        names = [str(name) for name in part["columns"]]
        text = gzip.decompress(base64.b64decode(part["gzip"], validate=True)).decode("utf-8")
    except (KeyError, TypeError, OSError, EOFError, UnicodeDecodeError, ValueError) as err:
        raise ValueError(f"not compressed columns: {err}") from err
    lines = iter(text.split("\n") if text else [])
    out: dict[str, list[Any]] = {}
    for name in names:
        values: list[Any] = []
        while len(values) < n:
            line = json.loads(next(lines, "null"))
            if not isinstance(line, list) or not line or len(values) + len(line) > n:
                raise ValueError(f"the compressed column {name!r} does not hold {n} values")
            values += line
        out[name] = values
    if next(lines, None) is not None:
        raise ValueError("the compressed columns hold more values than the entries")
    return out


def pack_payload(payload: Payload) -> dict[str, Any]:
    """``payload`` as the page carries it: the :data:`PACKED_COLUMNS` packed by :func:`pack_column`.

    Each of the entries' :data:`DICTIONARY_COLUMNS` becomes ``{"values": [...], "codes": ...}``:
    its distinct texts in order of first appearance and, packed, each entry's index into them.
    The entries' :data:`COMPRESSED_COLUMNS` leave the entries for ``entries["compressed"]``
    (:func:`compress_columns`). The other parts (texts, small columns) stay JSON;
    ``payload`` itself is not changed.
    """
    packed: dict[str, Any] = dict(payload)
    entries: dict[str, Any] = dict(payload["entries"])
    entries["compressed"] = compress_columns(
        {name: entries.pop(name) for name in COMPRESSED_COLUMNS}
    )
    for name in DICTIONARY_COLUMNS:
        entries[name] = _dictionary(entries[name])
    packed["entries"] = entries
    for part, column in PACKED_COLUMNS:
        if column is None:
            packed[part] = pack_column(packed[part])
        else:
            packed[part] = {**packed[part], column: pack_column(packed[part][column])}
    return packed


# --------------------------------------------------------------------------- the first view

#: Markers farther than this many times their median distance from their median point are
#: left out of the first view (reachable by the map's "show all places").
FRAME_SPREAD: Final = 3.0
#: ... but the first view keeps at least this share of the markers.
FRAME_KEEP: Final = 0.8
#: ... but the first view keeps at least this radius (metres) around the median point.
FRAME_MIN_RADIUS_M: Final = 1500.0
_M_PER_DEG: Final = 111_320.0


def frame_bounds(xs: np.ndarray, ys: np.ndarray) -> list[list[float]]:
    """The first view of the map: the bounds of the markers that are not far outliers.

    The markers' coordinate-wise median point is the centre of the events; a marker farther
    from it than :data:`FRAME_SPREAD` times the markers' median distance is left out, so that
    one photo from a town 40 km away does not shrink the city to a corner; but never more than
    a fifth of the markers (:data:`FRAME_KEEP`), nor any within :data:`FRAME_MIN_RADIUS_M`.
    Every marker is counted (a place named by ten photos weighs ten times one named once).

    Parameters
    ----------
    xs, ys
        Longitude and latitude of each marker (degrees, finite).

    Returns
    -------
    list
        ``[[south, west], [north, east]]`` of the kept markers (all of them when none is far).

    Examples
    --------
    >>> import numpy as np
    >>> frame_bounds(np.array([37.15, 37.16, 37.14, 37.52]), np.array([36.20, 36.19, 36.21, 36.37]))
    [[36.19, 37.14], [36.21, 37.16]]
    """
    if not len(xs):
        raise ValueError("frame_bounds needs at least one marker")
    mx, my = float(np.median(xs)), float(np.median(ys))
    kx = _M_PER_DEG * max(float(np.cos(np.radians(my))), 1e-6)
    dist = np.hypot((xs - mx) * kx, (ys - my) * _M_PER_DEG)
    reach = max(
        FRAME_SPREAD * float(np.median(dist)),
        float(np.quantile(dist, FRAME_KEEP)),
        FRAME_MIN_RADIUS_M,
    )
    keep = dist <= reach
    kx_, ky_ = xs[keep], ys[keep]
    return [
        [round(float(ky_.min()), 6), round(float(kx_.min()), 6)],
        [round(float(ky_.max()), 6), round(float(kx_.max()), 6)],
    ]


# --------------------------------------------------------------------------- the base layer

#: Coordinates of the base layer are integers in units of 1 / BASE_SCALE degrees (about 1 m).
BASE_SCALE: Final = 100_000
#: Outlines are simplified within this many degrees (about 5 m): a pixel at street zoom.
_BASE_TOLERANCE: Final = 0.00005


#: Kinds of place the base layer draws when known only as a point (base.js: a square and a name).
_BASE_POINT_KINDS: Final = frozenset({"town", "village"})


def _delta_ring(coords: Any) -> list[int]:
    """A ring as flat integers: the first point absolute, then differences (closing point off)."""
    pts = np.round(np.asarray(coords, dtype=float)[:, :2] * BASE_SCALE).astype(np.int64)
    if len(pts) > 1 and (pts[0] == pts[-1]).all():
        pts = pts[:-1]
    out = pts.copy()
    out[1:] -= pts[:-1]
    flat: list[int] = out.reshape(-1).tolist()
    return flat


def base_payload(gazetteer: Gazetteer | None = None) -> BasePayload:
    """The base layer of the map: the city drawn from the gazetteer, with no network.

    Every place of the gazetteer that the map draws: its outline when it has one (simplified,
    its rings as small integers, see :class:`BasePlacePayload`), its names (English and Arabic)
    and its representative point, where the map writes its name at the zooms where it fits.
    A place known only as a point is drawn (a square and its name) when it is a town or a
    village; the other points (landmarks, the city itself) have no outline to draw and the
    markers name them where photos are, so they are left out and the page stays small. So are
    the places of other governorates (``Place.governorate``: Idlib, Damascus, named in
    captions): the base layer is the Aleppo governorate's, and a marker names such a place
    where a photo is.

    Parameters
    ----------
    gazetteer
        The places to draw; the packaged gazetteer by default.

    Returns
    -------
    BasePayload
        Places with an outline first, largest first (drawn in that order, the smaller lie on
        top), then the towns and villages known only as a point; ties by id.
    """
    from aleppomap.gazetteer import ALEPPO_GOVERNORATE

    if gazetteer is None:
        from aleppomap.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    frame: Any = gazetteer.places
    rows: list[tuple[int, float, str, BasePlacePayload]] = []
    for pid, place in frame.iterrows():
        geom = place["geometry"]
        point = place["point"]
        rings: list[list[int]] = []
        area = 0.0
        if geom is not None and geom.geom_type in ("Polygon", "MultiPolygon"):
            simple = shapely.simplify(geom, _BASE_TOLERANCE, preserve_topology=True)
            parts = getattr(simple, "geoms", [simple])
            for part in parts:
                for ring in (part.exterior, *part.interiors):
                    if len(ring.coords) >= 4:
                        rings.append(_delta_ring(ring.coords))
            area = float(geom.area)
        if not rings and _text(place["kind"]) not in _BASE_POINT_KINDS:
            continue
        if _text(place["governorate"]) != ALEPPO_GOVERNORATE:
            continue
        rows.append(
            (
                0 if rings else 1,
                -area,
                str(pid),
                {
                    "name": _text(place["name"]) or str(pid),
                    "nameAr": _text(place["name_ar"]),
                    "kind": _text(place["kind"]),
                    "label": [round(float(point.x), 5), round(float(point.y), 5)],
                    "rings": rings,
                    "oldCity": str(pid) == "old-city" or _text(place["parent"]) == "old-city",
                },
            )
        )
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return {"scale": BASE_SCALE, "places": [r[3] for r in rows]}


# --------------------------------------------------------------------------- control layer

# The columns control_table reads; the rest of the events table stays behind.
_CONTROL_COLUMNS: Final = (
    "gallery", "entry", "caption", "place_id", "place", "matched", "start", "end", "role",
    "precision", "date", "gallery_date", "located", "reason",
)  # fmt: skip


def control_payload(
    events: gpd.GeoDataFrame,
    gazetteer: Gazetteer | None,
    statements: pd.DataFrame | None = None,
) -> ControlPayload | None:
    """The control layer's data, or ``None`` when no caption states control.

    Only the rows whose caption has a control word reach :func:`~aleppomap.control.control_table`
    (each distinct caption is tested once), so a large table without control phrases costs one
    regular-expression search per caption. The layer's days are the days of the statements:
    a place's controller changes only on those, so the script finds the controller of any
    slider day (and of "All dates": the latest) as that of the last statement day up to it,
    and the data grows with the statements, not with places times slider days. Per place, the
    controller is sent as its changes: ``[day, controller, statement]`` triples (indices into
    ``days``, ``controllers`` and the place's ``statements``; statement ``-1`` for none).
    """
    from aleppomap.control import STATEMENT_COLUMNS, control_table, lexicon

    if statements is not None:
        # (a table made before its ``extent`` column: every statement is of a whole place)
        required = tuple(c for c in STATEMENT_COLUMNS if c != "extent")
        require_columns(statements, required, table="control statements")
        return _control_layer(statements, gazetteer)
    if "caption" not in events.columns or "place_id" not in events.columns or not len(events):
        return None
    captions = events["caption"].to_numpy(dtype=object)
    codes, uniques = pd.factorize(pd.Series(captions, dtype=object), sort=False)
    gate = np.fromiter(
        (isinstance(c, str) and lexicon.may_state_control(c) for c in uniques),
        dtype=bool,
        count=len(uniques),
    )
    rows = np.zeros(len(events), dtype=bool)
    known = codes >= 0
    rows[known] = gate[codes[known]]
    if not rows.any():
        return None
    columns = [c for c in _CONTROL_COLUMNS if c in events.columns]
    candidates = pd.DataFrame(events.loc[rows, columns]).reset_index(drop=True)
    return _control_layer(control_table(candidates), gazetteer)


def _changes(controllers: list[str], statements: list[int | None]) -> list[list[int]]:
    """A place's controller per day as its changes: ``[day, controller, statement]``."""
    from aleppomap.control import CONTROLLERS

    index = {c: k for k, c in enumerate(CONTROLLERS)}
    changes: list[list[int]] = []
    last: tuple[int, int] | None = None
    for day, (controller, statement) in enumerate(zip(controllers, statements, strict=True)):
        value = (
            index.get(controller, index["unknown"]),
            -1 if statement is None else statement,
        )
        if value != last:
            changes.append([day, *value])
            last = value
    return changes


def _control_layer(statements: pd.DataFrame, gazetteer: Gazetteer | None) -> ControlPayload | None:
    """The control layer of a statements table (see :func:`control_payload`)."""
    from aleppomap.control import CONTROLLERS, control_timeline
    from aleppomap.control.tables import whole_statements
    from aleppomap.timeline.control_layer import control_layer_data

    # the map colours whole places: a part of one ("a rebel-held area of Aleppo") is not drawn
    statements = whole_statements(statements).reset_index(drop=True)
    if not len(statements):
        return None
    stated_days = sorted({_iso_day(d) for d in statements["date"].tolist()} - {""})
    if not stated_days:
        return None
    if gazetteer is None:
        from aleppomap.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    timeline = control_timeline(statements, days=stated_days)
    layer = control_layer_data(statements, timeline, gazetteer)
    places: list[ControlPlacePayload] = [
        {
            "id": place["id"],
            "name": place["name"],
            "kind": place["kind"],
            "approximate": place["approximate"],
            "radius_m": place["radius_m"],
            "geometry": place["geometry"],
            "changes": _changes(place["controller"], place["statement"]),
            "statements": place["statements"],
        }
        for place in layer["places"]
    ]
    if not places:
        return None
    return {
        "days": layer["days"],
        "controllers": list(CONTROLLERS),
        "legend": layer["legend"],
        "places": places,
    }
