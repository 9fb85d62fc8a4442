"""Figures for print: a static map of one day (or a range of days) as a matplotlib Figure.

:func:`figure` draws, with no network and no tiles, the city's neighbourhood outlines from the
gazetteer, who held what on the day (the control statements of the captions, in the colours of
the HTML map), the day's photo places as circles numbered by entry with a key, arrows from the
places people left to the places they reached, a scale bar, a north arrow, a title, the credits
of the photographs shown and the attribution of the map data. :func:`save_figure` writes it as
PNG, SVG or PDF, atomically and byte for byte the same for the same input.

>>> from aleppomap import Gazetteer, locate, read_gallery
>>> fig = figure(locate(read_gallery(), Gazetteer.load()), date="2016-12-13")
>>> save_figure(fig, "aleppo-2016-12-13.png")  # doctest: +SKIP

The module imports matplotlib (with no pyplot and no display: a figure is saved through the
Agg, SVG and PDF canvases of matplotlib), so ``import aleppomap`` never loads it.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Literal

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.collections import PatchCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, PathPatch, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.transforms import offset_copy

from aleppomap._tables import CONTEXT_CUES
from aleppomap.control import CONTROLLERS, control_table, control_timeline
from aleppomap.dates import MONTH_NAMES
from aleppomap.errors import ExportError, OptionError
from aleppomap.timeline.control_layer import CONTROLLER_COLORS, CONTROLLER_LABELS

if TYPE_CHECKING:
    import geopandas as gpd
    from matplotlib.axes import Axes

    from aleppomap.gazetteer import Gazetteer

__all__ = [
    "CONTROL_FILL",
    "CONTROL_RING_PT",
    "DPI",
    "FORMATS",
    "MAX_PANELS",
    "SIZES",
    "figure",
    "figure_bytes",
    "figure_days",
    "figure_format",
    "metres_per_degree",
    "save_figure",
]

Size = Literal["page", "column"]

#: Resolution of the saved raster (PNG) and of the figure, in dots per inch.
DPI: Final = 300
#: The sizes: width in inches (a page of text, one column of a two-column page).
SIZES: Final[Mapping[str, float]] = {"page": 7.5, "column": 3.5}
#: The file formats :func:`save_figure` writes, chosen by the file name's extension.
FORMATS: Final = ("png", "svg", "pdf")
#: At most this many panels with ``per_day=True`` (six weeks).
MAX_PANELS: Final = 42

# The controllers' colours are the map's own, ``timeline.control_layer.CONTROLLER_COLORS`` (the
# Okabe-Ito hues, safe for the common colour-vision deficiencies), which the HTML map receives
# in its control layer's legend. The fill opacity is that of the map's control layer, set in
# ``assets/js/control.js`` (``CONTROL_FILL``).
#: Fill opacity of a place's polygon coloured by its controller.
CONTROL_FILL: Final = 0.38
#: Diameter, in points, of the ring drawn around a place the gazetteer has only as a point:
#: who held it shows on its mark (as on the HTML map), never as a disc that would read as
#: territory.
CONTROL_RING_PT: Final = 17.0
_RING_WIDTH_PT: Final = 2.4

_INK: Final = "#1d2733"  # the map's text colour
_MUTED: Final = "#4a5563"
_OUTLINE: Final = "#8a96a3"
_LAND: Final = "#f4f2ed"
_PAPER: Final = "#ffffff"

# WGS 84: metres per degree of latitude and longitude at a latitude (for the scale bar).
_A: Final = 6_378_137.0
_E2: Final = 6.694_379_990_14e-3

_COMPASS: Final = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
#: The kinds whose polygons are drawn as the city's outlines (districts are unions of them).
_OUTLINE_KINDS: Final = frozenset({"neighbourhood", "landmark", "village", "town"})
_MOVETO: Final = int(MplPath.MOVETO)
_LINETO: Final = int(MplPath.LINETO)
_CLOSEPOLY: Final = int(MplPath.CLOSEPOLY)
#: A frame is at least this wide and high, in metres (a single place is not a close-up).
_MIN_SPAN_M: Final = 3_000.0


def metres_per_degree(lat: float) -> tuple[float, float]:
    """Metres per degree of longitude and of latitude at ``lat`` on the WGS 84 ellipsoid.

    >>> [round(m) for m in metres_per_degree(36.2)]
    [89970, 110959]
    """
    phi = math.radians(lat)
    w = math.sqrt(1.0 - _E2 * math.sin(phi) ** 2)
    per_lon = math.pi / 180.0 * _A * math.cos(phi) / w
    per_lat = math.pi / 180.0 * _A * (1.0 - _E2) / w**3
    return per_lon, per_lat


# --------------------------------------------------------------------------- days


def _day(value: str, what: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise OptionError(f"{what} must be a day as YYYY-MM-DD, not {value!r}") from None


def _event_days(events: pd.DataFrame) -> list[str]:
    days: set[str] = set()
    for value in events["date"].tolist() if "date" in events.columns else []:
        text = _text(value)
        try:
            days.add(dt.date.fromisoformat(text).isoformat())
        except ValueError:
            continue
    return sorted(days)


def figure_days(
    events: pd.DataFrame,
    *,
    date: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[str]:
    """The days a figure shows: ``date``, or every day from ``date_from`` to ``date_to``.

    A missing end of the range is the first (or last) day of the events; with no day at all,
    every day from the events' first to their last.

    Raises
    ------
    OptionError
        When a day is not ``YYYY-MM-DD``, ``date`` is given with a range, the range ends
        before it starts, or the events have no dates and none is given.
    """
    if date is not None:
        if date_from is not None or date_to is not None:
            raise OptionError("give either a day or a range of days (from, to), not both")
        return [_day(date, "the day to draw").isoformat()]
    known = _event_days(events)
    if (date_from is None or date_to is None) and not known:
        raise OptionError("the events have no dates: give the day to draw")
    first = _day(date_from, "the first day") if date_from is not None else _day(known[0], "")
    last = _day(date_to, "the last day") if date_to is not None else _day(known[-1], "")
    if last < first:
        raise OptionError(f"the range ends ({last}) before it starts ({first})")
    return [(first + dt.timedelta(days=k)).isoformat() for k in range((last - first).days + 1)]


def _long_day(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def _short_day(day: str) -> str:
    d = dt.date.fromisoformat(day)
    return f"{d.day} {MONTH_NAMES[d.month - 1][:3]}"


def _span_words(days: Sequence[str]) -> str:
    if len(days) == 1:
        return _long_day(days[0])
    a, b = dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {MONTH_NAMES[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{_short_day(days[0])} – {_short_day(days[-1])} {a.year}"
    return f"{_long_day(days[0])} – {_long_day(days[-1])}"


# --------------------------------------------------------------------------- data


def _text(value: Any) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


@dataclass(frozen=True)
class _Mention:
    """One located place mention of one entry."""

    label: str
    place_id: str
    place: str
    role: str
    precision: str
    lon: float
    lat: float


@dataclass
class _Entry:
    """One photo entry shown (or listed) in the figure."""

    gallery: str
    entry: int
    label: str
    day: str
    gallery_date_only: bool
    mentions: list[_Mention] = field(default_factory=list)
    reason: str = ""
    credit: str = ""
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()


def _names(value: Any) -> tuple[str, ...]:
    if isinstance(value, (list, tuple, np.ndarray)):
        return tuple(str(v) for v in value if _text(v))
    return ()


def _entries(events: pd.DataFrame, days: Sequence[str]) -> list[_Entry]:
    """The entries dated on ``days``, in gallery then entry order, with their mentions."""
    wanted = set(days)
    rows = events[events["date"].map(_text).isin(wanted)] if len(events) else events
    galleries = list(dict.fromkeys(_text(g) for g in events.get("gallery", pd.Series([]))))
    multi = len(galleries) > 1
    out: dict[tuple[str, int], _Entry] = {}
    geom_name = getattr(events, "_geometry_column_name", "geometry")
    for rec in rows.to_dict("records"):
        gallery = _text(rec.get("gallery"))
        number = int(rec["entry"])
        key = (gallery, number)
        label = f"{galleries.index(gallery) + 1}.{number}" if multi else str(number)
        item = out.get(key)
        if item is None:
            item = _Entry(
                gallery=gallery,
                entry=number,
                label=label,
                day=_text(rec.get("date")),
                gallery_date_only=_text(rec.get("date_precision")) == "gallery",
                credit=_text(rec.get("credit")),
                photographers=_names(rec.get("photographers")),
                agencies=_names(rec.get("agencies")),
            )
            out[key] = item
        located = bool(rec.get("located", True)) and _text(rec.get("place_id")) != ""
        aside = _text(rec.get("role")) == "mentioned" and _text(rec.get("reason")) in CONTEXT_CUES
        if located and aside:
            continue  # a place named only to say where another is: the other one is drawn
        geom = rec.get(geom_name)
        if not located or geom is None or getattr(geom, "is_empty", True):
            item.reason = _text(rec.get("reason")) or "no place"
            continue
        item.mentions.append(
            _Mention(
                label=label,
                place_id=_text(rec["place_id"]),
                place=_text(rec.get("place")) or _text(rec["place_id"]),
                role=_text(rec.get("role")) or "location",
                precision=_text(rec.get("precision")),
                lon=float(geom.x),
                lat=float(geom.y),
            )
        )
    order = {g: k for k, g in enumerate(galleries)}
    return sorted(out.values(), key=lambda e: (order.get(e.gallery, 0), e.entry))


def _city_ids(gaz: Gazetteer) -> set[str]:
    """The places inside a city of the gazetteer (all places if it has no city)."""
    cities = {p.id for p in gaz if p.kind == "city"}
    if not cities:
        return {p.id for p in gaz}
    return {p.id for p in gaz if any(a.id in cities for a in gaz.ancestors(p.id))}


def _outline_frame(gaz: Gazetteer) -> gpd.GeoDataFrame:
    frame = gaz.places
    polygonal = frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])
    return frame[polygonal & frame["kind"].isin(sorted(_OUTLINE_KINDS))]


# --------------------------------------------------------------------------- geometry


@dataclass(frozen=True)
class _Extent:
    west: float
    south: float
    east: float
    north: float

    @property
    def lat0(self) -> float:
        return (self.south + self.north) / 2.0

    @property
    def lon0(self) -> float:
        return (self.west + self.east) / 2.0

    def metres(self) -> tuple[float, float]:
        per_lon, per_lat = metres_per_degree(self.lat0)
        return (self.east - self.west) * per_lon, (self.north - self.south) * per_lat

    def contains(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    def fitted(self, ratio: float) -> _Extent:
        """Grown around its centre so that height / width (in metres) is ``ratio``."""
        per_lon, per_lat = metres_per_degree(self.lat0)
        w, h = self.metres()
        if h / w < ratio:
            h = w * ratio
        else:
            w = h / ratio
        dlon, dlat = w / per_lon / 2.0, h / per_lat / 2.0
        return _Extent(self.lon0 - dlon, self.lat0 - dlat, self.lon0 + dlon, self.lat0 + dlat)


def _extent_of(points: Sequence[tuple[float, float]], city: _Extent) -> _Extent:
    """The frame around ``points`` (those in the city), padded, at least 3 km wide and high."""
    per_lon, per_lat = metres_per_degree(city.lat0)
    margin_lon, margin_lat = 1_000.0 / per_lon, 1_000.0 / per_lat
    inside = [
        (x, y)
        for x, y in points
        if city.west - margin_lon <= x <= city.east + margin_lon
        and city.south - margin_lat <= y <= city.north + margin_lat
    ]
    if not inside:
        return city
    xs, ys = [p[0] for p in inside], [p[1] for p in inside]
    west, east, south, north = min(xs), max(xs), min(ys), max(ys)
    pad_lon = max((east - west) * 0.18, 600.0 / per_lon)
    pad_lat = max((north - south) * 0.18, 600.0 / per_lat)
    west, east, south, north = west - pad_lon, east + pad_lon, south - pad_lat, north + pad_lat
    half_lon, half_lat = _MIN_SPAN_M / per_lon / 2.0, _MIN_SPAN_M / per_lat / 2.0
    cx, cy = (west + east) / 2.0, (south + north) / 2.0
    if east - west < 2 * half_lon:
        west, east = cx - half_lon, cx + half_lon
    if north - south < 2 * half_lat:
        south, north = cy - half_lat, cy + half_lat
    return _Extent(west, south, east, north)


def _rings_path(geom: Any) -> MplPath | None:
    """A matplotlib path of a (Multi)Polygon, holes included."""
    polygons = getattr(geom, "geoms", [geom])
    verts: list[Any] = []
    codes: list[int] = []
    for poly in polygons:
        if poly.geom_type != "Polygon" or poly.is_empty:
            continue
        for ring in [poly.exterior, *poly.interiors]:
            xy = np.asarray(ring.coords)[:, :2]
            if len(xy) < 3:
                continue
            verts.extend(xy.tolist())
            codes.extend([_MOVETO] + [_LINETO] * (len(xy) - 2) + [_CLOSEPOLY])
    if not verts:
        return None
    return MplPath(np.asarray(verts, dtype=float), codes)


def _intersects(path: MplPath, ext: _Extent) -> bool:
    box = path.get_extents()
    return not (box.x1 < ext.west or box.x0 > ext.east or box.y1 < ext.south or box.y0 > ext.north)


def _bearing(ext: _Extent, lon: float, lat: float) -> tuple[float, str]:
    """Distance (km) and compass direction of a point from the frame's nearest edge."""
    per_lon, per_lat = metres_per_degree(ext.lat0)
    cx = min(max(lon, ext.west), ext.east)
    cy = min(max(lat, ext.south), ext.north)
    dx, dy = (lon - cx) * per_lon, (lat - cy) * per_lat
    dx0, dy0 = (lon - ext.lon0) * per_lon, (lat - ext.lat0) * per_lat
    angle = math.degrees(math.atan2(dx0, dy0)) % 360.0
    return math.hypot(dx, dy) / 1000.0, _COMPASS[round(angle / 45.0) % 8]


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class _Style:
    width: float
    margin: float
    map_height: float
    title_pt: float
    sub_pt: float
    key_pt: float
    small_pt: float
    marker_pt: float
    gap: float


_STYLES: Final[Mapping[str, _Style]] = {
    "page": _Style(7.5, 0.35, 5.3, 13.0, 8.0, 7.0, 6.0, 11.0, 0.12),
    "column": _Style(3.5, 0.14, 3.1, 9.0, 6.0, 5.6, 4.8, 8.5, 0.08),
}


def _line_in(pt: float) -> float:
    """Height of a line of text of ``pt`` points, in inches."""
    return pt * 1.32 / 72.0


def _chars(width_in: float, pt: float) -> int:
    """About how many characters of ``pt`` points fit in ``width_in`` inches."""
    return max(8, int(width_in * 72.0 / (pt * 0.52)))


class _Sheet:
    """Places things on the figure in inches from its top-left corner."""

    def __init__(self, fig: Figure, width: float, height: float) -> None:
        self.fig = fig
        self.width = width
        self.height = height

    def axes(self, left: float, top: float, width: float, height: float) -> Axes:
        return self.fig.add_axes(
            (
                left / self.width,
                1.0 - (top + height) / self.height,
                width / self.width,
                height / self.height,
            )
        )

    def text(self, left: float, top: float, text: str, **kw: Any) -> None:
        kw.setdefault("color", _INK)
        self.fig.text(left / self.width, 1.0 - top / self.height, text, va="top", **kw)


# --------------------------------------------------------------------------- drawing


@dataclass
class _Drawn:
    """What the panels drew, for the legend and the attribution."""

    controllers: set[str] = field(default_factory=set)
    approximate: bool = False


def _control_at(statements: pd.DataFrame, day: str) -> dict[str, str]:
    if statements.empty:
        return {}
    table = control_timeline(statements, [day])
    return {
        _text(pid): _text(ctl)
        for pid, ctl in zip(table["place_id"].tolist(), table["controller"].tolist(), strict=True)
        if _text(ctl) and _text(ctl) != "unknown"
    }


def _draw_base(ax: Axes, outlines: list[tuple[str, MplPath]], ext: _Extent, pt: float) -> None:
    ax.set_facecolor(_PAPER)
    shown = [p for _, p in outlines if _intersects(p, ext)]
    base = PatchCollection(
        [PathPatch(p) for p in shown],
        facecolor=_LAND,
        edgecolor=_OUTLINE,
        linewidth=0.35 * pt / 11.0 + 0.15,
        zorder=1,
    )
    base.set_gid("neighbourhoods")
    ax.add_collection(base)


def _draw_control(
    ax: Axes,
    control: Mapping[str, str],
    gaz: Gazetteer,
    ext: _Extent,
    drawn: _Drawn,
) -> None:
    frame = gaz.places
    shapes: list[tuple[float, str, MplPath, str]] = []
    rings: list[tuple[str, float, float, str]] = []
    for pid, ctl in sorted(control.items()):
        if pid not in frame.index or ctl not in CONTROLLER_COLORS:
            continue
        row = frame.loc[pid]
        geom = row["geometry"]
        if geom is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
            point = row["point"]
            lon, lat = float(point.x), float(point.y)
            if ext.west <= lon <= ext.east and ext.south <= lat <= ext.north:
                rings.append((pid, lon, lat, ctl))
            continue
        path = _rings_path(geom)
        if path is None or not _intersects(path, ext):
            continue
        box = path.get_extents()
        shapes.append((-(box.width * box.height), pid, path, ctl))
    shapes.sort(key=lambda s: (s[0], s[1]))
    for _, pid, path, ctl in shapes:
        color = CONTROLLER_COLORS[ctl]
        patch = PathPatch(
            path,
            facecolor=to_rgba(color, CONTROL_FILL),
            edgecolor=to_rgba(color, 0.9),
            linewidth=1.1,
            zorder=2,
        )
        patch.set_gid(f"control-{pid}")
        ax.add_patch(patch)
        drawn.controllers.add(ctl)
    for pid, lon, lat, ctl in rings:
        (ring,) = ax.plot(
            [lon],
            [lat],
            marker="o",
            markersize=CONTROL_RING_PT,
            markerfacecolor="none",
            markeredgecolor=CONTROLLER_COLORS[ctl],
            markeredgewidth=_RING_WIDTH_PT,
            linestyle="none",
            zorder=4,
        )
        ring.set_gid(f"control-ring-{pid}")
        drawn.controllers.add(ctl)
        drawn.approximate = True


@dataclass
class _Group:
    """The numbered circles of one place in one panel."""

    place_id: str
    place: str
    lon: float
    lat: float
    labels: list[str]


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])


def _draw_marks(
    ax: Axes,
    fig: Figure,
    groups: list[_Group],
    arrows: list[tuple[_Mention, _Mention]],
    style: _Style,
    size_in: tuple[float, float],
    *,
    scale: float = 1.0,
) -> None:
    d = style.marker_pt * scale
    step = d + 1.2
    font = d * 0.6
    name_pt = style.small_pt * (1.0 if scale >= 1.0 else 0.9)
    to_pt = 72.0 / fig.dpi

    width_pt, height_pt = size_in[0] * 72.0, size_in[1] * 72.0
    placed: list[tuple[float, float, float, float]] = []
    anchors = [
        (x * to_pt, y * to_pt)
        for x, y in ax.transData.transform([(g.lon, g.lat) for g in groups] or np.empty((0, 2)))
    ]
    # the places with most entries first: they need the most room
    rows_at: dict[str, tuple[float, float, float]] = {}
    order = sorted(range(len(groups)), key=lambda i: (-len(groups[i].labels), groups[i].place_id))
    for i in order:
        group = groups[i]
        ax0, ay0 = anchors[i]
        ax_left, ax_bottom = (
            ax.get_position().x0 * fig.get_figwidth() * 72.0,
            (ax.get_position().y0 * fig.get_figheight() * 72.0),
        )
        x0, y0 = ax0 - ax_left, ay0 - ax_bottom
        n = len(group.labels)
        circles_w = n * step
        name_w = len(group.place) * name_pt * 0.56 + 3.0
        near: list[tuple[float, float]] = [(0.0, 0.0)]
        far: list[tuple[float, float]] = []
        for ring in (1.0, 1.9, 2.8, 3.8):
            r = d * ring
            ring_at = [(0.0, r), (0.0, -r), (r + circles_w / 2, 0.0), (-r - circles_w / 2, 0.0)]
            ring_at += [(r, r), (-r, r), (r, -r), (-r, -r)]
            (near if ring < 1.5 else far).extend(ring_at)
        # near the place with its name, else near without it (the key has it), else farther
        tries = [(at, side) for at in near for side in ("right", "left")]
        tries += [(at, "") for at in near]
        tries += [(at, side) for at in far for side in ("right", "left")]
        tries += [(at, "") for at in far]
        choice: tuple[float, float, str] = (0.0, 0.0, "right")
        for (dx, dy), side in tries:
            cx, cy = x0 + dx, y0 + dy
            left = cx - circles_w / 2 - (name_w if side == "left" else 0.0)
            right = cx + circles_w / 2 + (name_w if side == "right" else 0.0)
            box = (left, cy - d / 2 - 1.0, right, cy + d / 2 + 1.0)
            inside = box[0] >= 2 and box[2] <= width_pt - 2 and box[1] >= 2
            inside = inside and box[3] <= height_pt - 2
            if inside and not any(_overlaps(box, other) for other in placed):
                choice = (dx, dy, side)
                placed.append(box)
                break
        dx, dy, side = choice
        rows_at[group.place_id] = (dx, dy, circles_w)
        moved = math.hypot(dx, dy) > 0.5
        if moved:
            ax.plot([group.lon], [group.lat], marker="o", markersize=2.2, color=_INK, zorder=5)
            ax.annotate(
                "",
                xy=(group.lon, group.lat),
                xytext=(dx, dy),
                textcoords="offset points",
                arrowprops={"arrowstyle": "-", "color": _INK, "linewidth": 0.5, "shrinkB": 1.5},
                zorder=5,
            )
        for k, label in enumerate(group.labels):
            ox = dx + (k - (n - 1) / 2.0) * step
            where = offset_copy(ax.transData, fig=fig, x=ox, y=dy, units="points")
            (circle,) = ax.plot(
                [group.lon],
                [group.lat],
                marker="o",
                markersize=d,
                markerfacecolor=_INK,
                markeredgecolor="white",
                markeredgewidth=0.8,
                transform=where,
                zorder=6,
            )
            circle.set_gid(f"entry-{label}-{group.place_id}")
            size = font if len(label) <= 2 else font * 2.2 / len(label)
            txt = ax.text(
                group.lon,
                group.lat,
                label,
                transform=where,
                ha="center",
                va="center_baseline",
                fontsize=size,
                fontweight="bold",
                color="white",
                zorder=7,
            )
            txt.set_gid(f"entry-{label}-{group.place_id}-number")
        if not side:
            continue
        sign = 1.0 if side == "right" else -1.0
        name_at = offset_copy(
            ax.transData, fig=fig, x=dx + sign * (circles_w / 2 + 1.5), y=dy, units="points"
        )
        name = ax.text(
            group.lon,
            group.lat,
            group.place,
            transform=name_at,
            ha="left" if side == "right" else "right",
            va="center_baseline",
            fontsize=name_pt,
            color=_INK,
            zorder=7,
        )
        name.set_path_effects(
            [patheffects.withStroke(linewidth=1.8, foreground="white", alpha=0.85)]
        )

    def clearance(place_id: str, ux: float, uy: float) -> float:
        """Points from a place's point to the edge of its row of circles, along (ux, uy)."""
        dx, dy, width = rows_at.get(place_id, (1.0, 1.0, 0.0))
        if math.hypot(dx, dy) > 0.5:  # the row moved away: only the dot is there
            return 2.5
        return min(width / 2 / max(abs(ux), 1e-9), d / 2 / max(abs(uy), 1e-9)) + 1.5

    rad = 0.22
    for origin, dest in arrows:
        (x0, y0), (x1, y1) = ax.transData.transform(
            [(origin.lon, origin.lat), (dest.lon, dest.lat)]
        )
        # the arc's control point (as matplotlib's arc3): the ends leave towards it
        cx, cy = (x0 + x1) / 2 + rad * (y1 - y0), (y0 + y1) / 2 - rad * (x1 - x0)

        def unit(ax_: float, ay_: float) -> tuple[float, float]:
            norm = math.hypot(ax_, ay_) or 1.0
            return ax_ / norm, ay_ / norm

        arrow = FancyArrowPatch(
            (origin.lon, origin.lat),
            (dest.lon, dest.lat),
            arrowstyle="-|>",
            mutation_scale=d * 0.9,
            connectionstyle=f"arc3,rad={rad}",
            shrinkA=clearance(origin.place_id, *unit(cx - x0, cy - y0)),
            shrinkB=clearance(dest.place_id, *unit(x1 - cx, y1 - cy)),
            color=_INK,
            linewidth=d / 8.0,
            zorder=4,
        )
        arrow.set_gid(f"arrow-{origin.place_id}-{dest.place_id}")
        ax.add_patch(arrow)


def _draw_scale(ax: Axes, fig: Figure, ext: _Extent, style: _Style) -> None:
    per_lon, _ = metres_per_degree(ext.lat0)
    width_m = ext.metres()[0]
    target = width_m / 5.0
    nice = [100, 200, 250, 500, 1_000, 2_000, 2_500, 5_000, 10_000, 20_000, 50_000]
    length = max([n for n in nice if n <= target] or [nice[0]])
    x0 = ext.west + 0.04 * (ext.east - ext.west)
    y0 = ext.south + 0.04 * (ext.north - ext.south)
    bar_h = 0.012 * (ext.north - ext.south) * (style.width / 7.5) ** -0.3
    half = length / 2.0 / per_lon
    for k, color in enumerate((_INK, "white")):
        rect = Rectangle(
            (x0 + k * half, y0),
            half,
            bar_h,
            facecolor=color,
            edgecolor=_INK,
            linewidth=0.6,
            zorder=8,
        )
        rect.set_gid(f"scale-bar-{k}")
        ax.add_patch(rect)
    label = f"{length // 1000:g} km" if length >= 1_000 else f"{length} m"
    if length >= 1_000 and length % 1_000:
        label = f"{length / 1000:g} km"
    t = ax.text(
        x0 + half,
        y0 + bar_h,
        label,
        transform=offset_copy(ax.transData, fig=fig, x=0, y=1.5, units="points"),
        ha="center",
        va="bottom",
        fontsize=style.small_pt,
        color=_INK,
        zorder=8,
        gid="scale-label",
    )
    t.set_path_effects([patheffects.withStroke(linewidth=1.8, foreground="white")])


def _draw_north(ax: Axes, style: _Style) -> None:
    length = style.marker_pt * 1.5
    ax.annotate(
        "",
        xy=(0.96, 0.97),
        xycoords="axes fraction",
        xytext=(0, -length),
        textcoords="offset points",
        arrowprops={"arrowstyle": "-|>", "color": _INK, "linewidth": 1.0, "shrinkA": 0},
        zorder=8,
        gid="north-arrow",
    )
    north = ax.annotate(
        "N",
        xy=(0.96, 0.97),
        xycoords="axes fraction",
        xytext=(0, -length - 1.0),
        textcoords="offset points",
        ha="center",
        va="top",
        fontsize=style.key_pt + 1,
        fontweight="bold",
        color=_INK,
        zorder=8,
    )
    north.set_path_effects([patheffects.withStroke(linewidth=1.8, foreground="white")])


def _note(ax: Axes, text: str, style: _Style) -> None:
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=style.key_pt,
        color=_INK,
        bbox={"boxstyle": "round,pad=0.5", "facecolor": "white", "edgecolor": _OUTLINE},
        zorder=9,
        gid="no-entries-note",
    )


# --------------------------------------------------------------------------- the key


def _key_line(entry: _Entry, ext: _Extent) -> str:
    if not entry.mentions:
        text = f"not located ({entry.reason})" if entry.reason else "not located"
    else:
        parts: list[str] = []
        origins = [m for m in entry.mentions if m.role == "origin"]
        dests = [m for m in entry.mentions if m.role == "destination"]

        def name(m: _Mention) -> str:
            if m.precision == "city":
                return f"{m.place} (city-wide; not drawn)"
            if not ext.contains(m.lon, m.lat):
                km, where = _bearing(ext, m.lon, m.lat)
                return f"{m.place} (outside the frame, {km:,.0f} km {where})"
            return m.place

        if origins and dests:
            parts.append(
                " / ".join(name(m) for m in origins) + " → " + " / ".join(name(m) for m in dests)
            )
        else:
            parts += [f"from {name(m)}" for m in origins] + [f"to {name(m)}" for m in dests]
        parts += [name(m) for m in entry.mentions if m.role not in ("origin", "destination")]
        text = "; ".join(dict.fromkeys(parts))
    if entry.gallery_date_only:
        text += "; dated by the gallery"
    return text


_KeyItem = tuple[str, list[str]]


def _key_columns(
    key: Sequence[tuple[str, str]], inner: float, pt: float, size: str
) -> tuple[list[list[_KeyItem]], float, float]:
    """The key's lines wrapped and split into columns; the column and number widths (in)."""
    num_w = pt * 0.6 * 4 / 72.0
    rows_of_one = len(key)
    if size == "page":
        key_cols, max_rows = (1 if rows_of_one <= 6 else 2 if rows_of_one <= 16 else 3), 15
    else:
        key_cols, max_rows = (1 if rows_of_one <= 22 else 2), 26
    col_w = (inner - (key_cols - 1) * 0.2) / key_cols
    text_chars = _chars(col_w - num_w, pt)
    wrapped: list[_KeyItem] = [
        (label, textwrap.wrap(text, text_chars) or [""]) for label, text in key
    ]
    limit = max_rows * key_cols
    total = sum(len(w) for _, w in wrapped)
    if total > limit:
        keep: list[_KeyItem] = []
        used = 0
        for item in wrapped:
            if used + len(item[1]) > limit - key_cols - 1:
                break
            keep.append(item)
            used += len(item[1])
        more = len([w for w in wrapped[len(keep) :] if w[0]])
        keep.append(("", [f"… and {more} more entries (see the events data)"]))
        wrapped = keep
        total = used + 1
    per_col = math.ceil(total / key_cols)
    columns: list[list[_KeyItem]] = [[] for _ in range(key_cols)]
    c, used, heading = 0, 0, ""
    for label, lines in wrapped:
        if used + len(lines) > per_col and c < key_cols - 1 and used:
            c, used = c + 1, 0
            if label and heading:  # a day's entries go on in the next column
                columns[c].append(("", [f"{heading} (continued)"]))
                used += 1
        if not label and not lines[0].startswith("…"):
            heading = lines[0]
        columns[c].append((label, lines))
        used += len(lines)
    return columns, col_w, num_w


def _credits(entries: Iterable[_Entry]) -> str:
    """ "Photos: <photographers>; <agencies>" of the entries shown."""
    people: dict[str, None] = {}
    agencies: dict[str, None] = {}
    for e in entries:
        for p in e.photographers:
            people.setdefault(p, None)
        if e.agencies:
            agencies.setdefault("/".join(e.agencies), None)
        elif not e.photographers and e.credit:
            agencies.setdefault(e.credit, None)
    parts = [", ".join(sorted(people)), "; ".join(sorted(agencies))]
    text = "; ".join(p for p in parts if p)
    return f"Photos: {text}." if text else ""


def _attribution(gaz: Gazetteer, place_ids: Iterable[str]) -> str:
    frame = gaz.places
    seen: dict[str, None] = {}
    for pid in sorted(set(place_ids)):
        if pid not in frame.index:
            continue
        licence = _text(frame.at[pid, "licence"]).replace(" (derived geometry)", "").strip()
        source = _text(frame.at[pid, "source"]).strip()
        text = source if licence and licence in source else licence or source
        if text:
            seen.setdefault(text, None)
    if not seen:
        return ""
    return "Map data: " + "; ".join(sorted(seen)) + "."


# --------------------------------------------------------------------------- figure


class _PrintFigure(Figure):
    """A Figure that also shows itself in Jupyter when pyplot was never imported."""

    def _repr_png_(self) -> bytes:
        buf = io.BytesIO()
        self.savefig(buf, format="png", dpi=100, metadata={"Software": None})
        return buf.getvalue()


def figure(
    events: gpd.GeoDataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    date: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    per_day: bool = False,
    size: Size = "page",
    title: str | None = None,
    statements: pd.DataFrame | None = None,
) -> Figure:
    """Draw the events of a day, or of a range of days, as a map for print.

    Parameters
    ----------
    events
        The events table of :func:`aleppomap.locate`.
    gazetteer
        The gazetteer the events were located with (default: the packaged one): its polygons
        are the city's outlines, and its ``source``/``licence`` the data attribution.
    date
        The day to draw (``YYYY-MM-DD``).
    date_from, date_to
        Or a range of days (a missing end is the events' first or last day; with no day at
        all, every day of the events). One panel shows all the range's entries, with who
        held what on its last day; with ``per_day`` one panel per day.
    per_day
        Small multiples: one panel per day of the range, all with the same frame.
    size
        ``"page"`` (7.5 in wide) or ``"column"`` (3.5 in wide); the height follows the
        content. Saved at :data:`DPI` (300) dots per inch.
    title
        The title (default: the gallery's title and the days).
    statements
        The control statements of :func:`aleppomap.control_table` (computed from ``events``
        when not given).

    Returns
    -------
    matplotlib.figure.Figure
        The photo places are circles numbered by entry (SVG id ``entry-<n>-<place id>``),
        explained in the key below the map; places outside the frame (a town far from the city) are
        listed there as "outside the frame". A day with no entries draws the city with a note.

    Raises
    ------
    OptionError
        For a bad day or range (see :func:`figure_days`), an unknown ``size``, or more than
        :data:`MAX_PANELS` panels.
    """
    if size not in _STYLES:
        raise OptionError(f"size must be 'page' or 'column', not {size!r}")
    style = _STYLES[size]
    missing = [c for c in ("entry", "date") if c not in events.columns]
    if missing:
        raise OptionError(
            f"the events table lacks the column(s) {', '.join(missing)}; "
            "make it with aleppomap.locate()"
        )
    days = figure_days(events, date=date, date_from=date_from, date_to=date_to)
    if per_day and len(days) > MAX_PANELS:
        raise OptionError(
            f"{len(days)} days make too many panels (at most {MAX_PANELS}): draw a shorter range"
        )
    if gazetteer is None:
        from aleppomap.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    if statements is None:
        statements = control_table(events)

    panels = [[d] for d in days] if per_day else [days]
    entries = _entries(events, days)
    city_ids = _city_ids(gazetteer)
    outline_frame = _outline_frame(gazetteer)
    outlines = [
        (str(pid), path)
        for pid, geom in zip(outline_frame.index, outline_frame.geometry, strict=True)
        if (path := _rings_path(geom)) is not None
    ]
    city_paths = [p for pid, p in outlines if pid in city_ids] or [p for _, p in outlines]
    if city_paths:
        boxes = [p.get_extents() for p in city_paths]
        city = _Extent(
            min(b.x0 for b in boxes),
            min(b.y0 for b in boxes),
            max(b.x1 for b in boxes),
            max(b.y1 for b in boxes),
        )
    else:
        lons = [p.lon for p in gazetteer]
        lats = [p.lat for p in gazetteer]
        city = _Extent(min(lons), min(lats), max(lons), max(lats))

    points = [(m.lon, m.lat) for e in entries for m in e.mentions if m.precision not in ("city",)]
    raw = _extent_of(points, city)

    # ---- layout (inches)
    n = len(panels)
    inner = style.width - 2 * style.margin
    if n == 1:
        ncols, panel_w, panel_h = 1, inner, style.map_height
    else:
        ncols = (2 if n <= 4 else 3) if size == "page" else (1 if n <= 2 else 2)
        panel_w = (inner - (ncols - 1) * style.gap) / ncols
        w_m, h_m = raw.metres()
        panel_h = panel_w * min(max(h_m / w_m, 0.7), 1.15)
    nrows = math.ceil(n / ncols)
    # a page fits on a page: a long key makes the map lower (down to 70 %), not the page longer
    max_height = 9.0 if size == "page" else 8.0
    lowest = panel_h * 0.7
    for _attempt in range(3):
        ext = raw.fitted(panel_h / panel_w)

        title_text = title if title is not None else _default_title(events, days)
        sub = (
            "Photo places numbered by entry; areas coloured by who held them "
            f"{'on each day' if per_day else 'on ' + _long_day(days[-1])}, as the captions state."
        )
        title_lines = textwrap.wrap(title_text, _chars(inner, style.title_pt)) or [""]
        sub_lines = textwrap.wrap(sub, _chars(inner, style.sub_pt))
        head_h = len(title_lines) * _line_in(style.title_pt) + len(sub_lines) * _line_in(
            style.sub_pt
        )
        map_top = style.margin + head_h + 0.08
        maps_h = nrows * panel_h + (nrows - 1) * (style.gap + _line_in(style.sub_pt))
        if n > 1:
            maps_h += _line_in(style.sub_pt)

        # key lines
        key: list[tuple[str, str]] = []
        for panel_days in panels:
            shown = [e for e in entries if e.day in panel_days]
            if n > 1 or len(days) > 1:
                for day in panel_days:
                    of_day = [e for e in shown if e.day == day]
                    key.append(("", _short_day(day) + ("" if of_day else ": no photo entries")))
                    key += [(e.label, _key_line(e, ext)) for e in of_day]
            else:
                key += [(e.label, _key_line(e, ext)) for e in shown]
        if not entries:
            key.append(("", f"No photo entries dated {_span_words(days)}."))

        # the legend of controllers and the key share the band below the maps
        band_top = map_top + maps_h + 0.14
        legend_cols = 2 if size == "page" else 1
        cap_pt = style.key_pt
        columns, col_w, num_w = _key_columns(key, inner, cap_pt, size)
        key_h = max(sum(len(w) for _, w in col) for col in columns) * _line_in(cap_pt)
        key_h += _line_in(cap_pt) * 1.4  # the heading

        drawn = _Drawn()
        # drawing needs the figure's size: the legend rows are known only after drawing, so
        # reserve the rows of every controller that could appear (at most all of them)
        fills = {ctl for p in panels for ctl in _control_at(statements, p[-1]).values()}
        legend_items = [c for c in CONTROLLERS if c in fills and c != "unknown"]
        legend_rows = math.ceil((len(legend_items) + 1) / legend_cols) if legend_items else 1
        legend_h = (legend_rows + 1.3) * _line_in(cap_pt) + 0.04

        photos = [e for e in entries if e.mentions or e.reason]
        credit_text = _credits(photos)
        credit_chars = _chars(inner, style.small_pt)

        # the attribution needs the places drawn: those whose outlines are in the frame
        in_frame = [pid for pid, p in outlines if _intersects(p, ext)]
        marked = [m.place_id for e in entries for m in e.mentions]
        controlled = [pid for p in panels for pid in _control_at(statements, p[-1])]
        attribution = _attribution(gazetteer, [*in_frame, *marked, *controlled])
        foot = [
            *textwrap.wrap(credit_text, credit_chars),
            *textwrap.wrap(attribution, credit_chars),
            *textwrap.wrap(
                "Control as the photo captions state it, not a verified front line. Projection: "
                "longitude and latitude at true scale on the frame's middle latitude. "
                "Made with aleppomap.",
                credit_chars,
            ),
        ]
        foot_h = len(foot) * _line_in(style.small_pt)

        height = band_top + legend_h + key_h + 0.08 + foot_h + style.margin
        over = height - max_height
        if over <= 0.005 or panel_h <= lowest:
            break
        panel_h = max(lowest, panel_h - over / nrows)
    height = round(height * 100) / 100.0
    fig = _PrintFigure(figsize=(style.width, height), dpi=DPI)
    fig.patch.set_facecolor("white")
    sheet = _Sheet(fig, style.width, height)

    y = style.margin
    for line in title_lines:
        sheet.text(style.margin, y, line, fontsize=style.title_pt, fontweight="bold")
        y += _line_in(style.title_pt)
    for line in sub_lines:
        sheet.text(style.margin, y, line, fontsize=style.sub_pt, color=_MUTED)
        y += _line_in(style.sub_pt)

    label_h = _line_in(style.sub_pt) if n > 1 else 0.0
    for k, panel_days in enumerate(panels):
        r, c = divmod(k, ncols)
        left = style.margin + c * (panel_w + style.gap)
        top = map_top + r * (panel_h + style.gap + label_h) + label_h
        ax = sheet.axes(left, top, panel_w, panel_h)
        ax.set_xlim(ext.west, ext.east)
        ax.set_ylim(ext.south, ext.north)
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_linewidth(0.6)
            spine.set_edgecolor(_MUTED)
        ax.set_gid(f"panel-{panel_days[0]}" if n > 1 else "map")
        if n > 1:
            sheet.text(
                left,
                top - label_h,
                _long_day(panel_days[0]),
                fontsize=style.sub_pt,
                fontweight="bold",
            )
        _draw_base(ax, outlines, ext, style.marker_pt)
        _draw_control(ax, _control_at(statements, panel_days[-1]), gazetteer, ext, drawn)
        shown = [e for e in entries if e.day in panel_days]
        groups: dict[str, _Group] = {}
        arrows: dict[tuple[str, str], tuple[_Mention, _Mention]] = {}
        for e in shown:
            for m in e.mentions:
                if m.precision == "city" or not ext.contains(m.lon, m.lat):
                    continue
                g = groups.setdefault(m.place_id, _Group(m.place_id, m.place, m.lon, m.lat, []))
                if m.label not in g.labels:
                    g.labels.append(m.label)
            origins = [m for m in e.mentions if m.role == "origin" and m.precision != "city"]
            dests = [m for m in e.mentions if m.role == "destination" and m.precision != "city"]
            for o in origins:
                for dd in dests:
                    ends_in = ext.contains(o.lon, o.lat) and ext.contains(dd.lon, dd.lat)
                    if o.place_id != dd.place_id and ends_in:
                        arrows.setdefault((o.place_id, dd.place_id), (o, dd))
        ordered = sorted(groups.values(), key=lambda g: g.place_id)
        _draw_marks(
            ax,
            fig,
            ordered,
            list(arrows.values()),
            style,
            (panel_w, panel_h),
            scale=1.0 if n == 1 else 0.8,
        )
        if not shown:
            _note(ax, f"No photo entries dated {_span_words(panel_days)}", style)
        elif not groups:
            _note(ax, "No photo place of this day lies in the frame (see the key)", style)
        if k == 0:
            _draw_scale(ax, fig, ext, style)
            _draw_north(ax, style)
        if n > 1:  # ids stay unique in an SVG of several panels
            for artist in ax.get_children():
                gid = artist.get_gid()
                if gid and not gid.startswith("panel-"):
                    artist.set_gid(f"{panel_days[0]}-{gid}")

    # ---- legend of controllers
    y = band_top
    sheet.text(style.margin, y, "Who held the place", fontsize=cap_pt, fontweight="bold")
    y += _line_in(cap_pt) * 1.3
    items: list[tuple[str, str, str, bool]] = [
        (CONTROLLER_COLORS[c], CONTROLLER_LABELS[c], c, False)
        for c in CONTROLLERS
        if c in drawn.controllers
    ]
    if drawn.approximate:
        items.append((_MUTED, "A ring: who held a place known only as a point", "ring", True))
    if not items:
        sheet.text(
            style.margin, y, "No caption states who held a place in the frame.", fontsize=cap_pt
        )
    leg_col_w = inner / legend_cols
    sw = cap_pt / 72.0 * 1.1
    for k, (color, label, cid, approx) in enumerate(items):
        r, c = divmod(k, legend_cols)
        left = style.margin + c * leg_col_w
        top = y + r * _line_in(cap_pt)
        swatch = sheet.axes(left, top + 0.1 * sw, sw * 1.6, sw * 0.85)
        swatch.set_axis_off()
        swatch.set_gid(f"legend-{cid}")
        if approx:
            swatch.plot(
                [0.5],
                [0.5],
                transform=swatch.transAxes,
                marker="o",
                markersize=cap_pt * 0.85,
                markerfacecolor="none",
                markeredgecolor=color,
                markeredgewidth=1.6,
                linestyle="none",
            )
        else:
            swatch.add_patch(
                Rectangle(
                    (0.02, 0.02),
                    0.96,
                    0.96,
                    transform=swatch.transAxes,
                    facecolor=to_rgba(color, CONTROL_FILL),
                    edgecolor=color,
                    linewidth=0.8,
                )
            )
        sheet.text(left + sw * 1.6 + 0.06, top, label, fontsize=cap_pt)

    # ---- the key
    y = band_top + legend_h
    heading = "Photo entries (number: place)"
    sheet.text(style.margin, y, heading, fontsize=cap_pt, fontweight="bold")
    y += _line_in(cap_pt) * 1.4
    for c, col in enumerate(columns):
        left = style.margin + c * (col_w + 0.2)
        yy = y
        for label, lines in col:
            if label:
                sheet.text(
                    left + num_w - 0.04,
                    yy,
                    label,
                    fontsize=cap_pt,
                    fontweight="bold",
                    ha="right",
                )
            for k, line in enumerate(lines):
                bold = not label and k == 0 and not line.startswith("…")
                sheet.text(
                    left + (num_w if label else 0.0),
                    yy,
                    line,
                    fontsize=cap_pt,
                    fontweight="bold" if bold else "normal",
                    color=_INK if label or bold else _MUTED,
                )
                yy += _line_in(cap_pt)

    # ---- credits and attribution
    y = height - style.margin - foot_h
    for line in foot:
        sheet.text(style.margin, y, line, fontsize=style.small_pt, color=_MUTED)
        y += _line_in(style.small_pt)
    return fig


def _default_title(events: pd.DataFrame, days: Sequence[str]) -> str:
    titles = (
        list(dict.fromkeys(_text(t) for t in events["gallery_title"].tolist() if _text(t)))
        if "gallery_title" in events.columns
        else []
    )
    name = titles[0] if len(titles) == 1 else "Aleppo"
    return f"{name}: {_span_words(days)}"


# --------------------------------------------------------------------------- saving


def figure_format(path: str | Path) -> str:
    """The format of ``path`` from its extension: ``png``, ``svg`` or ``pdf``.

    Raises
    ------
    ExportError
        For any other extension.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        what = f".{suffix} is not a figure format" if suffix else "the name has no extension"
        raise ExportError(f"cannot write {path}: {what}; name the file .png, .svg or .pdf")
    return suffix


#: Metadata that would change from run to run, removed (per format).
_METADATA: Final[Mapping[str, Mapping[str, Any]]] = {
    "png": {"Software": None},
    "svg": {"Date": None},
    "pdf": {"CreationDate": None, "ModDate": None},
}


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """The figure as the bytes of a PNG, SVG or PDF file, the same on every run."""
    if fmt not in FORMATS:
        raise OptionError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    buf = io.BytesIO()
    rc: dict[Any, Any] = {
        "svg.hashsalt": "aleppomap",
        "svg.fonttype": "none",  # text stays text: searchable and editable
        "pdf.fonttype": 42,  # TrueType fonts, as print workflows ask
    }
    with mpl.rc_context(rc):
        fig.savefig(
            buf,
            format=fmt,
            dpi=DPI,
            metadata=dict(_METADATA[fmt]),
            facecolor="white",
        )
    return buf.getvalue()


def save_figure(fig: Figure, path: str | Path) -> Path:
    """Write ``fig`` to ``path`` (PNG, SVG or PDF, from the extension), atomically.

    The same figure gives byte-identical files: dates and tool versions that would change
    are left out of the file's metadata.

    Raises
    ------
    ExportError
        For an unknown extension or a file that cannot be written.
    """
    from aleppomap._atomic import atomic_write_bytes

    return atomic_write_bytes(path, figure_bytes(fig, figure_format(path)))
