"""The interactive timeline map: a date slider, one marker per (entry, place), an entry panel.

:func:`timeline_map` turns the events table of :func:`aleppomap.locate` into a
:class:`folium.Map` (what Jupyter shows inline); :func:`render_html` gives the complete page
as a string, byte-identical for the same input (what the command line writes).

The table reaches the browser once, as compact columns in a ``<script type="application/json">``
element (:mod:`aleppomap.timeline.payload`: what the columns are, declared as TypedDicts). The map's
own script (``assets/js``, joined by :mod:`aleppomap.timeline.page`) draws a day's range of
markers on one canvas, finds the marker under the pointer through a grid, and builds a popup
only when one is opened; every text is inserted as text, never as HTML.

By default every asset is inlined from the copies vendored in ``aleppomap/assets/vendor`` so
that the page opens with no network; ``self_contained=False`` links Leaflet from unpkg.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import folium
import geopandas as gpd
import pandas as pd

from aleppomap.errors import OptionError
from aleppomap.timeline.page import LEAFLET_VERSION, Mode, page_map
from aleppomap.timeline.payload import (
    PAYLOAD_VERSION,
    PRECISIONS,
    Payload,
    base_payload,
    build_payload,
    check_events,
    control_payload,
)

if TYPE_CHECKING:
    from aleppomap.gazetteer import Gazetteer

__all__ = [
    "LEAFLET_VERSION",
    "PAYLOAD_VERSION",
    "PRECISIONS",
    "Mode",
    "Payload",
    "render_html",
    "timeline_map",
]


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
        Offer web map tiles (light and dark CARTO, OpenStreetMap, Esri imagery) as base
        layers beside the default one, the city drawn from the gazetteer (every outline and
        name, no network needed). With ``False``, or with no network, that drawing alone.
    mode
        The slider's mode when the page opens: ``"day"`` (that day only) or ``"cumulative"``
        (every day up to that one).
    control
        Add the control layer when the captions state who held a place: each place
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
        raise OptionError(f'mode must be "day" or "cumulative", not {mode!r}')
    events = check_events(events)
    payload = build_payload(events)
    payload["base"] = base_payload(gazetteer)
    if control:
        layer = control_payload(events, gazetteer, statements)
        if layer is not None:
            payload["control"] = layer
    return page_map(payload, title=title, self_contained=self_contained, tiles=tiles, mode=mode)


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
