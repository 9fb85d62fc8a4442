"""Events: one row per (entry, place) mention, the table every output consumes.

``locate`` joins the three upstream stages: the entries of :func:`aleppomap.read_gallery`
(with their dates), the place mentions found by :class:`aleppomap.Geoparser`, and the
coordinates of the :class:`aleppomap.Gazetteer`. Entries with no locatable place stay in the
table as one row with ``located = False``, no geometry and a ``reason`` (see
``docs/architecture.md``), so that nothing is lost between the input and any output.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from aleppomap.errors import AleppomapError, GeocodeError

if TYPE_CHECKING:
    from aleppomap.gazetteer import Gazetteer, Place
    from aleppomap.geoparse import Geoparser

__all__ = [
    "EVENT_COLUMNS",
    "Geocoder",
    "locate",
    "located_events",
    "unlocated",
]

log = logging.getLogger("aleppomap")

#: The columns of the events table, in order (the input's extra columns follow them).
EVENT_COLUMNS: tuple[str, ...] = (
    "gallery",
    "entry",
    "date",
    "date_precision",
    "place_id",
    "place",
    "matched",
    "start",
    "end",
    "role",
    "precision",
    "uncertainty_m",
    "caption",
    "credit",
    "gallery_title",
    "gallery_date",
    "gallery_intro",
    "photographers",
    "agencies",
    "date_text",
    "date_start",
    "date_end",
    "score",
    "method",
    "located",
    "reason",
)

# Entry columns copied as they are onto every row of that entry.
_ENTRY_COLUMNS: tuple[str, ...] = (
    "gallery",
    "entry",
    "date",
    "date_precision",
    "caption",
    "credit",
    "gallery_title",
    "gallery_date",
    "gallery_intro",
    "photographers",
    "agencies",
    "date_text",
    "date_start",
    "date_end",
)
# Entry columns that are bookkeeping of the reader, not data for the outputs.
_READER_COLUMNS: frozenset[str] = frozenset({"source", "line"})
_REQUIRED: tuple[str, ...] = ("gallery", "entry", "caption")


class _Mention(Protocol):
    place_id: str
    matched: str
    start: int
    end: int
    role: str
    score: float
    method: str


#: A geocoder: a name the gazetteer lacks → a place, or None when it cannot be found
#: (e.g. :meth:`aleppomap.geocode.Geocoder.place`).
Geocoder = Callable[[str], "Place | None"]


def _entry_value(entries: pd.DataFrame, column: str, default: Any) -> list[Any]:
    if column in entries.columns:
        return list(entries[column])
    return [default] * len(entries)


def _unknown_reason(names: Sequence[str]) -> str:
    quoted = ", ".join(f"“{n}”" for n in names)
    return f"unknown place: {quoted} (not in the gazetteer)"


def locate(
    entries: pd.DataFrame,
    gazetteer: Gazetteer | None = None,
    *,
    geoparser: Geoparser | None = None,
    geocoder: Geocoder | None = None,
) -> gpd.GeoDataFrame:
    """Find and locate the places of every entry: entries in, events out.

    Parameters
    ----------
    entries
        The frame returned by :func:`aleppomap.read_gallery` (one row per photo entry).
        Date columns are added with :func:`aleppomap.add_dates` when they are missing.
    gazetteer
        The places to resolve names against; the packaged Aleppo gazetteer by default.
    geoparser
        A prepared :class:`~aleppomap.Geoparser` (saves compiling the names again when
        ``locate`` is called on many partitions); built from ``gazetteer`` by default.
    geocoder
        Optional fallback for capitalised names the gazetteer lacks (see
        :mod:`aleppomap.geocode`). Off by default: no network.

    Returns
    -------
    geopandas.GeoDataFrame
        The events table of ``docs/architecture.md`` in EPSG:4326: one row per (entry,
        place) mention, plus one row with ``located = False`` and a ``reason`` for each entry
        that names no locatable place. Every input entry appears at least once.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> events = locate(read_gallery())
    >>> int(events.loc[events.entry == 13, "place_id"].iloc[0] == "al-bab")
    1
    """
    missing = [c for c in _REQUIRED if c not in entries.columns]
    if missing:
        raise AleppomapError(
            f"the entries table lacks the column(s) {', '.join(missing)}; "
            "read it with aleppomap.read_gallery()"
        )
    if "date_precision" not in entries.columns:
        from aleppomap.dates import add_dates

        entries = add_dates(entries)
    if geoparser is None:
        from aleppomap.geoparse import Geoparser

        if gazetteer is None:
            from aleppomap.gazetteer import Gazetteer

            gazetteer = Gazetteer.load()
        geoparser = Geoparser(gazetteer)
    places = geoparser.gazetteer.places
    place_name = places["name"].to_dict()
    place_kind = places["kind"].to_dict()
    place_unc = places["uncertainty_m"].astype(float).to_dict()
    points = places["point"]
    place_x = dict(zip(places.index, shapely.get_x(points.values), strict=True))
    place_y = dict(zip(places.index, shapely.get_y(points.values), strict=True))

    # One pass over the captions; columns are built as lists, then the frame at once.
    row_of: list[int] = []
    place_id: list[str | None] = []
    matched: list[str | None] = []
    start: list[int | None] = []
    end: list[int | None] = []
    role: list[str | None] = []
    score: list[float | None] = []
    method: list[str | None] = []
    reason: list[str] = []
    extra_places: dict[str, Place] = {}

    captions = _entry_value(entries, "caption", "")
    for i, caption in enumerate(captions):
        text = caption if isinstance(caption, str) else ""
        mentions: Iterable[_Mention] = geoparser.find(text) if text.strip() else ()
        found = False
        for m in mentions:
            found = True
            row_of.append(i)
            place_id.append(m.place_id)
            matched.append(m.matched)
            start.append(m.start)
            end.append(m.end)
            role.append(m.role)
            score.append(float(m.score))
            method.append(m.method)
            reason.append("")
        if found:
            continue
        why = "empty caption" if not text.strip() else "no place named in the caption"
        if text.strip():
            unknown = geoparser.unknown_places(text)
            if unknown:
                names = [u.name for u in unknown]
                hit = None
                why_geocoder = ""
                if geocoder is not None:
                    for u in unknown:
                        try:
                            hit = geocoder(u.name)
                        except GeocodeError as err:
                            log.warning("geocoder failed for %r: %s", u.name, err)
                            why_geocoder = f"; the geocoder failed: {err}"
                            break
                        if hit is not None:
                            extra_places[hit.id] = hit
                            row_of.append(i)
                            place_id.append(hit.id)
                            matched.append(u.name)
                            start.append(u.start)
                            end.append(u.end)
                            role.append("location")
                            score.append(None)
                            method.append("geocoded")
                            reason.append("")
                            break
                if hit is not None:
                    continue
                why = _unknown_reason(names) + why_geocoder
        row_of.append(i)
        place_id.append(None)
        matched.append(None)
        start.append(None)
        end.append(None)
        role.append(None)
        score.append(None)
        method.append(None)
        reason.append(why)

    for p in extra_places.values():
        place_name[p.id] = p.name
        place_kind[p.id] = p.kind
        place_unc[p.id] = p.uncertainty_m
        place_x[p.id] = p.lon
        place_y[p.id] = p.lat

    idx = np.asarray(row_of, dtype=np.intp)
    data: dict[str, Any] = {}
    for col in _ENTRY_COLUMNS:
        default: Any = [] if col in ("photographers", "agencies") else ""
        values = _entry_value(entries, col, default)
        data[col] = [values[j] for j in idx]
    located = [p is not None for p in place_id]
    data["place_id"] = pd.array(place_id, dtype="string")
    data["place"] = pd.array(
        [place_name[p] if p is not None else None for p in place_id], dtype="string"
    )
    data["matched"] = pd.array(matched, dtype="string")
    data["start"] = pd.array(start, dtype="Int64")
    data["end"] = pd.array(end, dtype="Int64")
    data["role"] = pd.array(role, dtype="string")
    data["precision"] = pd.array(
        [place_kind[p] if p is not None else None for p in place_id], dtype="string"
    )
    data["uncertainty_m"] = np.array(
        [place_unc[p] if p is not None else np.nan for p in place_id], dtype=float
    )
    data["score"] = np.array([s if s is not None else np.nan for s in score], dtype=float)
    data["method"] = pd.array(method, dtype="string")
    data["located"] = np.array(located, dtype=bool)
    data["reason"] = reason

    xs = np.array([place_x[p] if p is not None else np.nan for p in place_id], dtype=float)
    ys = np.array([place_y[p] if p is not None else np.nan for p in place_id], dtype=float)
    geoms = shapely.points(xs, ys)
    geoms[~data["located"]] = None

    extra_cols = [
        c
        for c in entries.columns
        if c not in _ENTRY_COLUMNS and c not in _READER_COLUMNS and c not in EVENT_COLUMNS
    ]
    for col in extra_cols:
        values = list(entries[col])
        data[col] = [values[j] for j in idx]

    frame = pd.DataFrame(data, columns=[*EVENT_COLUMNS, *extra_cols])
    events = gpd.GeoDataFrame(frame, geometry=geoms, crs="EPSG:4326")
    events["entry"] = events["entry"].astype("int64")
    log.debug(
        "located %d of %d entries (%d events)",
        int(events.loc[events["located"], "entry"].nunique()),
        len(entries),
        int(events["located"].sum()),
    )
    return events


def located_events(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The rows of ``events`` that have a place and a point."""
    return events[events["located"].astype(bool)]


def unlocated(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """The entries of ``events`` that have no place, with the reason, as a plain table."""
    rows = events[~events["located"].astype(bool)]
    cols = [c for c in rows.columns if c != rows.geometry.name]
    return pd.DataFrame(rows[cols])
