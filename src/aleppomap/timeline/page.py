"""The page of the timeline map: its folium/branca elements, assets and HTML.

The map's own script is kept in ``aleppomap/assets/js`` as one file per concern; :data:`JS_FILES`
is the order in which they are joined, inside one function scope, into the single script
inlined in the page (no build step): :func:`timeline_script`. The files share names through
one object ``am`` of that scope, never through ``window``.

By default every asset is inlined from the copies vendored in ``aleppomap/assets/vendor`` so
that the page opens with no network; ``self_contained=False`` links Leaflet from unpkg.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from typing import Any, Final, Literal

import folium
import numpy as np
from branca.element import Element, Figure, MacroElement
from folium.template import Template
from markupsafe import Markup, escape

from aleppomap.errors import AssetError
from aleppomap.timeline.payload import Payload, pack_payload

__all__ = [
    "JS_FILES",
    "LEAFLET_VERSION",
    "OUTLINES_NAME",
    "Mode",
    "page_map",
    "script_json",
    "timeline_script",
]

#: The Leaflet release vendored in ``aleppomap/assets/vendor/leaflet``.
LEAFLET_VERSION: Final = "1.9.4"
_LEAFLET_CDN: Final = f"https://unpkg.com/leaflet@{LEAFLET_VERSION}/dist"

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

_DARK_URL: Final = "https://{s}.basemaps.cartocdn.com/dark_all/{z}/{x}/{y}{r}.png"
_IMAGERY_URL: Final = (
    "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}"
)
_IMAGERY_ATTR: Final = (
    "Tiles &copy; Esri &mdash; Source: Esri, Maxar, Earthstar Geographics, "
    "and the GIS User Community"
)
#: The name of the default base layer in the layer switch: the city drawn from the gazetteer.
OUTLINES_NAME: Final = "City outlines (no network)"

Mode = Literal["day", "cumulative"]

#: The map's script, one file per concern in ``assets/js``, in the order they are joined:
#: ``core.js`` first (the constructor and shared helpers), ``api.js`` last (the entry point).
JS_FILES: Final = (
    "core.js",
    "data.js",
    "markers.js",
    "base.js",
    "popups.js",
    "control.js",
    "slider.js",
    "panel.js",
    "url.js",
    "api.js",
)

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
        raise AssetError(f"the packaged asset {name} cannot be inlined: it contains </{closing}")
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


def script_json(value: Any) -> str:
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


@cache
def timeline_script() -> str:
    """The map's script: the files of :data:`JS_FILES` joined in one function scope.

    The scope receives Leaflet as ``L`` and holds ``am``, the object through which the files
    share their names; each file keeps its own names in a function of its own.
    """
    parts = []
    for name in JS_FILES:
        text = _asset_text("js", name)
        parts.append(_safe_inline(text, "script", f"js/{name}"))
    return (
        "(function (L) {\n"
        "  'use strict';\n"
        "  var am = {};\n\n" + "\n".join(parts) + "}(window.L));\n"
    )


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


class _OutlinesLayer(folium.FeatureGroup):
    """The default base layer: empty (the script draws the city under every base layer).

    Rendered once, like :class:`_TileLayer`.
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
        payload: Payload,
        *,
        heading: Markup,
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
        self.data = script_json(pack_payload(payload))
        self.config = {"id": uid, "mode": mode}
        self.own_css = _safe_inline(_asset_text("timeline.css"), "style", "timeline.css")
        self.own_js = timeline_script()
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


def _heading_parts(payload: Payload, title: str | None) -> tuple[list[str], str]:
    """The titles the heading names and what follows them.

    One gallery: its title. Several: no title but a summary, "4 galleries, 2012–2016".
    """
    if title is not None:
        return [title], ""
    galleries = payload["galleries"]
    titles = [g["title"] for g in galleries if g["title"]]
    if len(galleries) <= 1:
        return [str(titles[0]) if titles else "Photo timeline"], ""
    return [], _galleries_summary(payload)


def _heading(payload: Payload, title: str | None) -> str:
    shown, rest = _heading_parts(payload, title)
    return " · ".join(shown) + rest


def _heading_html(payload: Payload, title: str | None) -> Markup:
    """The heading as HTML, escaped; a title is put in a ``<bdi>`` when text follows it, so
    that the bidirectional controls it may hold (U+202A-202E, U+2066-2069) cannot reorder it.
    """
    shown, rest = _heading_parts(payload, title)
    if not rest:
        return escape(" · ".join(shown))
    return Markup(" · ").join(Markup("<bdi>%s</bdi>") % t for t in shown) + rest


def _galleries_summary(payload: Payload) -> str:
    """ "4 galleries, 2012–2016": how many galleries, and the years of their dates and photos."""
    dates = [g["date"] for g in payload["galleries"] if g["date"]] + list(payload["days"])
    years = sorted({d[:4] for d in dates})
    text = f"{len(payload['galleries']):,} galleries"
    if years:
        text += f", {years[0]}" if len(years) == 1 else f", {years[0]}–{years[-1]}"
    return text


def _zoom_for(bounds: list[list[float]] | None) -> tuple[tuple[float, float], int]:
    """A first centre and zoom (the script fits the bounds once the map has a size)."""
    if not bounds:
        return (0.0, 0.0), 2
    (s, w), (n, e) = bounds
    span = max(n - s, e - w, 1e-4)
    zoom = int(max(2, min(15, np.floor(np.log2(360.0 / span)))))
    return ((s + n) / 2, (w + e) / 2), zoom


def page_map(
    payload: Payload,
    *,
    title: str | None,
    self_contained: bool,
    tiles: bool,
    mode: Mode,
) -> folium.Map:
    """The map of ``payload`` in its page: base layers, the timeline element, stable ids."""
    heading = _heading(payload, title)
    digest = hashlib.sha256(
        script_json([payload, heading, self_contained, tiles, mode]).encode("utf-8")
    ).hexdigest()[:10]
    uid = f"am{digest}"

    center, zoom = _zoom_for(payload.get("bounds"))
    fmap = _TimelineMap(center, zoom)
    page = _Page(title=heading)
    page.add_child(fmap)
    if tiles:
        # The default base layer draws nothing itself: the script draws the city's outlines
        # over every base layer, so with no tiles (or with tiles that fail) the city is there.
        _OutlinesLayer(name=OUTLINES_NAME, overlay=False, show=True).add_to(fmap)
        for url, attr, name, max_zoom, subdomains in (
            (_LIGHT_URL, _LIGHT_ATTR, "Light (CARTO)", 20, "abcd"),
            (_DARK_URL, _LIGHT_ATTR, "Dark (CARTO)", 20, "abcd"),
            (_OSM_URL, _OSM_ATTR, "OpenStreetMap", 19, "abc"),
            (_IMAGERY_URL, _IMAGERY_ATTR, "Imagery (Esri)", 19, "abc"),
        ):
            _TileLayer(
                url, attr=attr, name=name, max_zoom=max_zoom, subdomains=subdomains, show=False
            ).add_to(fmap)
        folium.LayerControl(position="topright", collapsed=True).add_to(fmap)
    _Timeline(
        payload,
        heading=_heading_html(payload, title),
        self_contained=self_contained,
        mode=mode,
        uid=uid,
    ).add_to(fmap)
    _fix_ids(page, f"{digest}_")
    return fmap
