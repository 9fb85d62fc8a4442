"""aleppomap: turn news photo galleries into a geospatial timeline.

The pipeline, one public function per stage::

    entries = read_gallery()                 # the embedded "Battle for Aleppo" gallery
    events = locate(entries, Gazetteer.load())
    timeline_map(events).save("aleppo-map.html")
    write_geojson(events, "aleppo-events.geojson")

The names below are imported lazily, so that ``import aleppomap`` and the command line
stay fast: a stage's heavy dependencies (geopandas, folium) load when it is first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY = {
    "read_gallery": "aleppomap.gallery",
    "embedded_gallery": "aleppomap.gallery",
    "add_dates": "aleppomap.dates",
    "find_date": "aleppomap.dates",
    "Gazetteer": "aleppomap.gazetteer",
    "Geoparser": "aleppomap.geoparse",
    "locate": "aleppomap.events",
    "located_events": "aleppomap.events",
    "unlocated": "aleppomap.events",
    "timeline_map": "aleppomap.timeline",
    "write_geojson": "aleppomap.export",
    "write_gpkg": "aleppomap.export",
    "write_csv": "aleppomap.export",
    "write_outputs": "aleppomap.export",
    "control_table": "aleppomap.control",
    "control_timeline": "aleppomap.control",
    "AleppomapError": "aleppomap.errors",
    "GalleryFormatError": "aleppomap.errors",
    "GazetteerError": "aleppomap.errors",
    "GeocodeError": "aleppomap.errors",
    "GeocodeTimeout": "aleppomap.errors",
    "ExportError": "aleppomap.errors",
}

__all__ = [
    "AleppomapError",
    "ExportError",
    "GalleryFormatError",
    "Gazetteer",
    "GazetteerError",
    "GeocodeError",
    "GeocodeTimeout",
    "Geoparser",
    "add_dates",
    "control_table",
    "control_timeline",
    "embedded_gallery",
    "find_date",
    "locate",
    "located_events",
    "read_gallery",
    "timeline_map",
    "unlocated",
    "write_csv",
    "write_geojson",
    "write_gpkg",
    "write_outputs",
]

if TYPE_CHECKING:
    from aleppomap.control import control_table, control_timeline
    from aleppomap.dates import add_dates, find_date
    from aleppomap.errors import (
        AleppomapError,
        ExportError,
        GalleryFormatError,
        GazetteerError,
        GeocodeError,
        GeocodeTimeout,
    )
    from aleppomap.events import locate, located_events, unlocated
    from aleppomap.export import write_csv, write_geojson, write_gpkg, write_outputs
    from aleppomap.gallery import embedded_gallery, read_gallery
    from aleppomap.gazetteer import Gazetteer
    from aleppomap.geoparse import Geoparser
    from aleppomap.timeline import timeline_map


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aleppomap' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
