"""The interactive timeline map: a date slider, one marker per (entry, place), an entry panel.

:func:`timeline_map` turns the events table of :func:`aleppomap.locate` into a
:class:`folium.Map` (what Jupyter shows inline); :func:`render_html` gives the complete page
as a string, byte-identical for the same input (what the command line writes).

The table reaches the browser once, as compact columns in a ``<script type="application/json">``
element: one row per place (coordinates, name, precision, uncertainty), one per entry (its
texts, written once however many places it names) and one per marker (place, entry and a
spread slot), the markers sorted by day so that a day, or every day up to one, is a contiguous
range. The map's own script (``assets/timeline.js``) draws that range on one canvas, finds the
marker under the pointer through a grid, and builds a popup only when one is opened; every
text is inserted as text, never as HTML.

By default every asset is inlined from the copies vendored in ``aleppomap/assets/vendor`` so
that the page opens with no network; ``self_contained=False`` links Leaflet from unpkg.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from datetime import date as _date
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Final, Literal
from urllib.parse import urlsplit

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from aleppomap.errors import AleppomapError

if TYPE_CHECKING:
    from aleppomap.gazetteer import Gazetteer

__all__ = ["LEAFLET_VERSION", "PRECISIONS", "render_html", "timeline_map"]

#: The Leaflet release vendored in ``aleppomap/assets/vendor/leaflet``.
LEAFLET_VERSION: Final = "1.9.4"
_LEAFLET_CDN: Final = f"https://unpkg.com/leaflet@{LEAFLET_VERSION}/dist"

#: Place precisions, finest first; the map styles markers by them (others draw grey).
PRECISIONS: Final = ("landmark", "neighbourhood", "district", "town", "village", "city")
_ROLES: Final = ("location", "origin", "destination")
_DATE_PRECISIONS: Final = ("day", "gallery", "unknown")

_REQUIRED: Final = ("gallery", "entry", "date", "located")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

# Every link of the page opens without a handle back to the map, nor its address.
_REL: Final = 'rel="noopener noreferrer"'
_LEAFLET_PREFIX: Final = f'<a href="https://leafletjs.com" {_REL}>Leaflet</a>'
_OSM_URL: Final = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
_OSM_ATTR: Final = (
    f'&copy; <a href="https://www.openstreetmap.org/copyright" {_REL}>OpenStreetMap</a> '
    "contributors"
)
_LIGHT_URL: Final = "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png"
_LIGHT_ATTR: Final = (
    f'&copy; <a href="https://www.openstreetmap.org/copyright" {_REL}>OpenStreetMap</a> '
    f'contributors &copy; <a href="https://carto.com/attributions" {_REL}>CARTO</a>'
)

Mode = Literal["day", "cumulative"]


# --------------------------------------------------------------------------- assets


def _asset_text(*parts: str) -> str:
    return files("aleppomap").joinpath("assets", *parts).read_text(encoding="utf-8")


def _asset_bytes(*parts: str) -> bytes:
    return files("aleppomap").joinpath("assets", *parts).read_bytes()


def _sri(data: bytes) -> str:
    """A Subresource Integrity value (sha384) for ``data``."""
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


def _safe_inline(text: str, closing: str, name: str) -> str:
    """Check that an asset can be inlined in ``<script>``/``<style>`` without closing it."""
    lowered = text.lower()
    if f"</{closing}" in lowered or "<!--" in lowered:
        raise AleppomapError(
            f"the packaged asset {name} cannot be inlined: it contains </{closing}"
        )
    return text


def _leaflet_css_inline() -> str:
    """Leaflet's stylesheet with its images as data: URIs and no unused icon URL."""
    css = _asset_text("vendor", "leaflet", "leaflet.css")
    for image in ("layers.png", "layers-2x.png"):
        data = base64.b64encode(_asset_bytes("vendor", "leaflet", "images", image)).decode()
        css = css.replace(f"url(images/{image})", f"url(data:image/png;base64,{data})")
    # The default marker icon is never used (markers are drawn on a canvas).
    css = css.replace("url(images/marker-icon.png)", "none")
    return _safe_inline(css, "style", "leaflet.css")


def _leaflet_js_inline() -> str:
    js = _asset_text("vendor", "leaflet", "leaflet.js")
    js = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", js)
    return _safe_inline(js, "script", "leaflet.js")


# --------------------------------------------------------------------------- escaping


def _script_json(value: Any) -> str:
    """JSON for a ``<script type="application/json">`` element that the data cannot close.

    ``<``, ``>`` and ``&`` become ``\\u003c`` … so neither ``</script>`` nor ``<!--`` can
    appear; U+2028/U+2029 are escaped too so that the text stays valid JavaScript.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _safe_url(value: Any) -> str:
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


def _text(value: Any) -> str:
    """A cell as text: ``""`` for missing values (None, NaN, pd.NA)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


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


# --------------------------------------------------------------------------- the payload


def _column(events: pd.DataFrame, name: str, default: Any = "") -> list[Any]:
    if name in events.columns:
        # to_numpy first: iterating an Arrow-backed column item by item is slow.
        values: list[Any] = events[name].to_numpy(dtype=object).tolist()
        return values
    return [default] * len(events)


def _check(events: Any) -> gpd.GeoDataFrame:
    if not isinstance(events, gpd.GeoDataFrame):
        raise AleppomapError(
            "timeline_map needs the events GeoDataFrame of aleppomap.locate(), "
            f"not {type(events).__name__}"
        )
    missing = [c for c in _REQUIRED if c not in events.columns]
    if missing:
        raise AleppomapError(
            f"the events table lacks the column(s) {', '.join(missing)}; "
            "build it with aleppomap.locate()"
        )
    if len(events) and events.crs is not None and not events.crs.equals("EPSG:4326"):
        events = events.to_crs("EPSG:4326")
    return events


def _build_payload(events: gpd.GeoDataFrame) -> dict[str, Any]:
    """The compact columns the map's script reads (see the module docstring)."""
    n_rows = len(events)
    galleries_col = [_text(g) for g in _column(events, "gallery")]
    try:
        entry_col = [int(e) for e in _column(events, "entry")]
    except (TypeError, ValueError) as err:
        raise AleppomapError(f"the events table's entry column must hold integers: {err}") from err

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
    n_entries = len(keys)

    galleries = []
    titles = _column(events, "gallery_title")
    gdates = _column(events, "gallery_date")
    intros = _column(events, "gallery_intro")
    first_of_gallery = pd.Series(range(n_rows)).groupby(gallery_codes).first()
    for code, gid in enumerate(gallery_ids):
        i = int(first_of_gallery[code])
        galleries.append(
            {
                "id": str(gid),
                "title": _text(titles[i]),
                "date": _iso_day(gdates[i]),
                "intro": _text(intros[i]),
            }
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
    xs = np.round(xs, 6)
    ys = np.round(ys, 6)

    dates = _column(events, "date")
    date_precisions = _column(events, "date_precision")
    captions = _column(events, "caption")
    credits_ = _column(events, "credit")
    urls = _column(events, "url")
    images = _column(events, "image")
    reasons = _column(events, "reason")
    place_ids = _column(events, "place_id")
    place_names = _column(events, "place")
    matched_col = _column(events, "matched")
    starts = _column(events, "start", None)
    ends = _column(events, "end", None)
    roles = _column(events, "role")
    precisions = _column(events, "precision")
    uncertainties = _column(events, "uncertainty_m", None)

    # The entry table (texts once per entry).
    entry_day_iso = [_iso_day(dates[i]) for i in first_row]
    days = sorted(
        {
            d
            for d, has in zip(
                entry_day_iso, _entries_located(row_entry, use, n_entries), strict=True
            )
            if d and has
        }
    )
    day_index = {d: k for k, d in enumerate(days)}
    entry_day = [day_index.get(d, -1) for d in entry_day_iso]
    entry_captions = [_text(captions[i]) for i in first_row]
    reason_of = [""] * n_entries
    for i in range(n_rows):
        if not use[i]:
            k = int(row_entry[i])
            if not reason_of[k]:
                reason_of[k] = _text(reasons[i]) or (
                    "no point for its place" if located_col[i] else "not located"
                )

    # Places: one row per distinct (id, name, precision, uncertainty, point).
    place_index: dict[tuple[Any, ...], int] = {}
    p_x: list[float] = []
    p_y: list[float] = []
    p_name: list[str] = []
    p_kind: list[int] = []
    p_unc: list[int | None] = []
    kinds = list(PRECISIONS)

    # Markers: one per (entry, place), the first mention of the place in the entry.
    marker_of: dict[tuple[int, int], int] = {}
    m_place: list[int] = []
    m_entry: list[int] = []
    m_start: list[int] = []
    entry_places: list[list[Any]] = [[] for _ in range(n_entries)]
    entry_spans: list[list[int]] = [[] for _ in range(n_entries)]
    origins: dict[int, list[int]] = {}
    destinations: dict[int, list[int]] = {}

    order = np.lexsort((np.arange(n_rows), _start_keys(starts), row_entry))
    for i in order:
        if not use[i]:
            continue
        k = int(row_entry[i])
        name = _text(place_names[i]) or _text(place_ids[i]) or _text(matched_col[i])
        kind = _text(precisions[i])
        unc = _finite(uncertainties[i])
        pkey = (_text(place_ids[i]), name, kind, unc, xs[i], ys[i])
        p = place_index.get(pkey)
        if p is None:
            p = place_index[pkey] = len(p_x)
            p_x.append(float(xs[i]))
            p_y.append(float(ys[i]))
            p_name.append(name)
            if kind not in kinds:
                kinds.append(kind)
            p_kind.append(kinds.index(kind))
            p_unc.append(None if unc is None else round(unc))
        role = _text(roles[i])
        matched = _text(matched_col[i])
        caption = entry_captions[k]
        start, end = _int_or_none(starts[i]), _int_or_none(ends[i])
        if (
            start is not None
            and end is not None
            and 0 <= start < end <= len(caption)
            and (not matched or caption[start:end] == matched)
        ):
            entry_spans[k] += [_utf16_offset(caption, start), _utf16_offset(caption, end)]
        m = marker_of.get((k, p))
        if m is None:
            m = marker_of[(k, p)] = len(m_place)
            m_place.append(p)
            m_entry.append(k)
            m_start.append(start if start is not None else -1)
            entry_places[k].append([p, matched, _ROLES.index(role) if role in _ROLES else 0])
            if role == "origin":
                origins.setdefault(k, []).append(m)
            elif role == "destination":
                destinations.setdefault(k, []).append(m)

    # Sort markers by day (undated last), then entry (gallery order), then mention order.
    n_markers = len(m_place)
    m_entry_arr = np.asarray(m_entry, dtype=np.int64)
    entry_day_arr = np.asarray(entry_day, dtype=np.int64)
    m_day = entry_day_arr[m_entry_arr] if n_markers else np.zeros(0, dtype=np.int64)
    m_day_key = np.where(m_day < 0, len(days), m_day)
    sort = (
        np.lexsort((np.arange(n_markers), m_entry_arr, m_day_key))
        if n_markers
        else np.zeros(0, dtype=np.int64)
    )
    new_pos = np.empty(n_markers, dtype=np.int64)
    new_pos[sort] = np.arange(n_markers)
    m_place_arr = (
        np.asarray(m_place, dtype=np.int64)[sort] if n_markers else np.zeros(0, dtype=np.int64)
    )
    m_entry_sorted = m_entry_arr[sort] if n_markers else m_entry_arr
    day_start = np.searchsorted(m_day_key[sort], np.arange(len(days) + 1), side="left")

    arrows: list[int] = []
    for k in sorted(origins):
        for d in destinations.get(k, []):
            arrows += [int(new_pos[origins[k][0]]), int(new_pos[d])]

    payload: dict[str, Any] = {
        "version": 1,
        "galleries": galleries,
        "days": days,
        "kinds": kinds,
        "roles": list(_ROLES),
        "datePrecisions": list(_DATE_PRECISIONS),
        "places": {"x": p_x, "y": p_y, "name": p_name, "kind": p_kind, "unc": p_unc},
        "entries": {
            "gallery": [int(gallery_codes[i]) for i in first_row],
            "n": [int(entry_arr[i]) for i in first_row],
            "day": entry_day,
            "date": entry_day_iso,
            "datePrecision": [_date_precision(date_precisions[i]) for i in first_row],
            "caption": entry_captions,
            "credit": [_text(credits_[i]) for i in first_row],
            "url": [_safe_url(urls[i]) for i in first_row],
            "image": [_safe_url(images[i]) for i in first_row],
            "places": entry_places,
            "spans": entry_spans,
            "reason": reason_of,
        },
        "markers": {
            "place": m_place_arr.tolist(),
            "entry": m_entry_sorted.tolist(),
            "dayStart": day_start.tolist(),
        },
        "arrows": arrows,
    }
    if n_markers:
        payload["bounds"] = [[min(p_y), min(p_x)], [max(p_y), max(p_x)]]
    return payload


def _entries_located(row_entry: np.ndarray, use: np.ndarray, n_entries: int) -> list[bool]:
    located = np.zeros(n_entries, dtype=bool)
    located[row_entry[use]] = True
    return [bool(v) for v in located]


def _start_keys(starts: list[Any]) -> np.ndarray:
    out = np.empty(len(starts), dtype=np.int64)
    for i, s in enumerate(starts):
        v = _int_or_none(s)
        out[i] = v if v is not None else -1
    return out


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


# --------------------------------------------------------------------------- control layer

# The columns control_table reads; the rest of the events table stays behind.
_CONTROL_COLUMNS: Final = (
    "gallery", "entry", "caption", "place_id", "place", "matched", "start", "end", "role",
    "precision", "date", "gallery_date", "located",
)  # fmt: skip


def _control_payload(
    events: gpd.GeoDataFrame,
    gazetteer: Gazetteer | None,
    statements: pd.DataFrame | None = None,
) -> dict[str, Any] | None:
    """The control layer's data (issue 9), or ``None`` when no caption states control.

    Only the rows whose caption has a control word reach :func:`~aleppomap.control.control_table`
    (each distinct caption is tested once), so a large table without control phrases costs one
    regular-expression search per caption. The layer's days are the days of the statements:
    a place's controller changes only on those, so the script finds the controller of any
    slider day (and of "All dates": the latest) as that of the last statement day up to it,
    and the data grows with the statements, not with places times slider days. Per place, the
    controller is sent as its changes: ``[day, controller, statement]`` triples (indices into
    ``days``, ``controllers`` and the place's ``statements``; statement ``-1`` for none).
    """
    from aleppomap.control import STATEMENT_COLUMNS, _may_state_control, control_table

    if statements is not None:
        missing = [c for c in STATEMENT_COLUMNS if c not in statements.columns]
        if missing:
            raise AleppomapError(
                f"the control statements lack the column(s) {', '.join(missing)}; "
                "make them with aleppomap.control.control_table()"
            )
        return _control_layer(statements, gazetteer)
    if "caption" not in events.columns or "place_id" not in events.columns or not len(events):
        return None
    captions = events["caption"].to_numpy(dtype=object)
    codes, uniques = pd.factorize(pd.Series(captions, dtype=object), sort=False)
    gate = np.fromiter(
        (isinstance(c, str) and _may_state_control(c) for c in uniques),
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


def _control_layer(statements: pd.DataFrame, gazetteer: Gazetteer | None) -> dict[str, Any] | None:
    """The control layer of a statements table (see :func:`_control_payload`)."""
    from aleppomap.control import CONTROLLERS, control_layer_data, control_timeline

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
    index = {c: k for k, c in enumerate(CONTROLLERS)}
    places = []
    for place in layer["places"]:
        changes: list[list[int]] = []
        last: tuple[int, int] | None = None
        for day, (controller, statement) in enumerate(
            zip(place["controller"], place["statement"], strict=True)
        ):
            value = (
                index.get(controller, index["unknown"]),
                -1 if statement is None else statement,
            )
            if value != last:
                changes.append([day, *value])
                last = value
        places.append(
            {
                "id": place["id"],
                "name": place["name"],
                "kind": place["kind"],
                "approximate": place["approximate"],
                "radius_m": place["radius_m"],
                "geometry": place["geometry"],
                "changes": changes,
                "statements": place["statements"],
            }
        )
    if not places:
        return None
    return {
        "days": layer["days"],
        "controllers": list(CONTROLLERS),
        "legend": layer["legend"],
        "places": places,
    }


# --------------------------------------------------------------------------- folium elements


class _Page(Figure):
    """The page: a Figure with a language, a charset and its script inside ``<body>``."""

    _template = Template(
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        "{% if this.title %}<title>{{ this.title|e }}</title>\n{% endif %}"
        "{{ this.header.render(**kwargs) }}\n"
        "</head>\n"
        "<body>\n"
        "{{ this.html.render(**kwargs) }}\n"
        "<script>\n"
        "{{ this.script.render(**kwargs) }}\n"
        "</script>\n"
        "</body>\n"
        "</html>\n"
    )

    def __init__(self, title: str | None) -> None:
        super().__init__(title=title)
        self._name = "Page"
        # The template writes <meta charset>; drop Figure's http-equiv variant.
        self.header._children.pop("meta_http", None)


class _TimelineMap(folium.Map):
    """A folium Map without folium's default CDN assets (bootstrap, jQuery, font-awesome).

    The page's assets come from the :class:`_Timeline` element; the map's own template
    leaves the zoom of the page to the reader (no ``user-scalable=no``).
    """

    _template = Template(
        """
{% macro header(this, kwargs) %}
<meta name="viewport" content="width=device-width, initial-scale=1">
{% endmacro %}
{% macro html(this, kwargs) %}
<div class="folium-map am-map" id={{ this.get_name()|tojson }} role="region" aria-label="Map"></div>
{% endmacro %}
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.map({{ this.get_name()|tojson }}, {{ this.leaflet_options|tojson }});
{{ this.get_name() }}.attributionControl.setPrefix({{ this.prefix|tojson }});
{% endmacro %}
"""
    )

    def __init__(self, center: tuple[float, float], zoom: int) -> None:
        super().__init__(location=list(center), zoom_start=zoom, tiles=None)
        self.default_js = []
        self.default_css = []
        self.leaflet_options = {"center": list(center), "zoom": zoom, "zoomSnap": 0.5}
        self.prefix = _LEAFLET_PREFIX  # Leaflet's own link has no rel


class _TileLayer(folium.TileLayer):
    """A TileLayer that renders the same page every time it is rendered.

    folium's ``Layer.render`` adds a new "add to the map" child at each render (under the same
    name but a new random id), so a map saved twice gets a second ``addTo`` line; this keeps
    the first one.
    """

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        if self.get_name() + "_add" in self._children:
            MacroElement.render(self, **kwargs)  # type: ignore[no-untyped-call]
        else:
            super().render(**kwargs)  # type: ignore[no-untyped-call]


class _Verbatim(Element):
    """Rendered text, written out as it is (branca would read it again as a template)."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        # as Jinja did to it (keep_trailing_newline=False): the page's bytes stay the same
        self.text = text[:-1] if text.endswith("\n") else text


class _Timeline(MacroElement):
    """The timeline: page chrome (title, slider, panel), the data and the map's script."""

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]
        """As ``MacroElement.render``, but the rendered macros are added as text.

        ``MacroElement`` wraps each rendered macro in ``Element(text)``, which compiles the text
        as a Jinja template: a caption holding ``{{ ... }}`` would run as template code when the
        page is built. Here the macros' output is never read again.
        """
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("the timeline renders only inside a Figure")
        macros = self._template.module.__dict__
        for part, target in (
            ("header", figure.header),
            ("html", figure.html),
            ("script", figure.script),
        ):
            target.add_child(_Verbatim(macros[part](self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)

    _template = Template(_asset_text("timeline.html.j2"))

    def __init__(
        self,
        payload: dict[str, Any],
        *,
        heading: str,
        self_contained: bool,
        mode: Mode,
        uid: str,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "Timeline"
        self.uid = uid
        self.heading = heading
        self.self_contained = self_contained
        self.galleries = [{**g, "date_label": _day_label(g["date"])} for g in payload["galleries"]]
        self.n_days = len(payload["days"])
        self.data = _script_json(payload)
        self.config = {"id": uid, "mode": mode}
        self.own_css = _safe_inline(_asset_text("timeline.css"), "style", "timeline.css")
        self.own_js = _safe_inline(_asset_text("timeline.js"), "script", "timeline.js")
        if self_contained:
            self.leaflet_css = _leaflet_css_inline()
            self.leaflet_js = _leaflet_js_inline()
        else:
            self.cdn = _LEAFLET_CDN
            self.css_sri = _sri(_asset_bytes("vendor", "leaflet", "leaflet.css"))
            self.js_sri = _sri(_asset_bytes("vendor", "leaflet", "leaflet.js"))


_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _day_label(iso: str) -> str:
    """``"2016-12-13"`` → ``"13 December 2016"`` (``""`` stays ``""``)."""
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{int(day)} {_MONTHS[int(month) - 1]} {year}"


def _walk(element: Element) -> Iterator[Element]:
    yield element
    if isinstance(element, Figure):
        yield from _walk(element.header)
        yield from _walk(element.html)
        yield from _walk(element.script)
    for child in list(element._children.values()):
        yield from _walk(child)


def _fix_ids(root: Element, prefix: str) -> None:
    """Give every element of the tree an id derived from the content, not from urandom."""
    for i, element in enumerate(_walk(root)):
        element._id = f"{prefix}{i}"


#: Above this many gallery titles, the heading names two and counts the others.
_MAX_TITLES: Final = 3


def _heading(payload: dict[str, Any], title: str | None) -> str:
    if title is not None:
        return title
    titles = [g["title"] for g in payload["galleries"] if g["title"]]
    if len(payload["galleries"]) == 1 and titles:
        return str(titles[0])
    distinct = list(dict.fromkeys(titles))
    if len(distinct) > _MAX_TITLES:
        # An archive of many galleries: name a few and count the rest, so the heading stays
        # one line and the map keeps its place on screen.
        shown = " · ".join(distinct[:2])
        return f"{shown} and {len(distinct) - 2:,} more galleries"
    if distinct:
        return " · ".join(distinct)
    return "Photo timeline"


def _zoom_for(bounds: list[list[float]] | None) -> tuple[tuple[float, float], int]:
    """A first centre and zoom (the script fits the bounds once the map has a size)."""
    if not bounds:
        return (0.0, 0.0), 2
    (s, w), (n, e) = bounds
    span = max(n - s, e - w, 1e-4)
    zoom = int(max(2, min(15, np.floor(np.log2(360.0 / span)))))
    return ((s + n) / 2, (w + e) / 2), zoom


# --------------------------------------------------------------------------- public API


def timeline_map(
    events: gpd.GeoDataFrame,
    *,
    title: str | None = None,
    self_contained: bool = True,
    tiles: bool = True,
    mode: Mode = "day",
    control: bool = True,
    gazetteer: Gazetteer | None = None,
    statements: pd.DataFrame | None = None,
) -> folium.Map:
    """The interactive timeline map of an events table.

    Parameters
    ----------
    events
        The events GeoDataFrame of :func:`aleppomap.locate` (see ``docs/architecture.md``):
        one row per (entry, place), unlocated entries as rows with ``located = False``.
    title
        The page's heading and ``<title>``; the gallery's title by default.
    self_contained
        Inline every script and stylesheet (Leaflet included, from the copy vendored in the
        package) so that the page needs no network; ``False`` links Leaflet from unpkg
        (a smaller file, with integrity hashes).
    tiles
        Add the OpenStreetMap and a light (CARTO) base layer, switchable. With ``False``, or
        with no network, the points draw on a plain background.
    mode
        The slider's mode when the page opens: ``"day"`` (that day only) or ``"cumulative"``
        (every day up to that one).
    control
        Add the control layer (issue 9) when the captions state who held a place: each place
        coloured by its controller on the slider's day (see :mod:`aleppomap.control`), with
        a legend, the evidence on click, and a switch to hide it. No layer when no caption
        states control.
    gazetteer
        Where the control layer's places get their polygons (an area around the point where
        the gazetteer has only a point); the packaged gazetteer by default.
    statements
        The control statements of ``events`` when already made
        (:func:`aleppomap.control.control_table`, e.g. for the ``control`` export), so that
        the map does not extract them again.

    Returns
    -------
    folium.Map
        Shown inline by Jupyter; ``.save(path)`` writes the page (see :func:`render_html`).

    Examples
    --------
    >>> from aleppomap import read_gallery, locate, timeline_map
    >>> m = timeline_map(locate(read_gallery()))  # doctest: +SKIP
    >>> m.save("aleppo-map.html")  # doctest: +SKIP
    """
    if mode not in ("day", "cumulative"):
        raise AleppomapError(f'mode must be "day" or "cumulative", not {mode!r}')
    events = _check(events)
    payload = _build_payload(events)
    if control:
        layer = _control_payload(events, gazetteer, statements)
        if layer is not None:
            payload["control"] = layer
    heading = _heading(payload, title)
    digest = hashlib.sha256(
        _script_json([payload, heading, self_contained, tiles, mode]).encode("utf-8")
    ).hexdigest()[:10]
    uid = f"am{digest}"

    center, zoom = _zoom_for(payload.get("bounds"))
    fmap = _TimelineMap(center, zoom)
    page = _Page(title=heading)
    page.add_child(fmap)
    if tiles:
        _TileLayer(
            _LIGHT_URL, attr=_LIGHT_ATTR, name="Light (CARTO)", max_zoom=20, subdomains="abcd"
        ).add_to(fmap)
        _TileLayer(_OSM_URL, attr=_OSM_ATTR, name="OpenStreetMap", max_zoom=19, show=False).add_to(
            fmap
        )
        folium.LayerControl(position="topright", collapsed=True).add_to(fmap)
    _Timeline(payload, heading=heading, self_contained=self_contained, mode=mode, uid=uid).add_to(
        fmap
    )
    _fix_ids(page, f"{digest}_")
    return fmap


def render_html(
    events: gpd.GeoDataFrame,
    *,
    title: str | None = None,
    self_contained: bool = True,
    tiles: bool = True,
    mode: Mode = "day",
    control: bool = True,
    gazetteer: Gazetteer | None = None,
    statements: pd.DataFrame | None = None,
) -> str:
    """The complete HTML page of :func:`timeline_map`, byte-identical for the same input.

    Parameters are those of :func:`timeline_map`.

    Returns
    -------
    str
        The page, ready to be written to a ``.html`` file.
    """
    fmap = timeline_map(
        events,
        title=title,
        self_contained=self_contained,
        tiles=tiles,
        mode=mode,
        control=control,
        gazetteer=gazetteer,
        statements=statements,
    )
    out: str = fmap.get_root().render()
    return out
