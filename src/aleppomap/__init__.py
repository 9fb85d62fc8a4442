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

# The public API, declared here once: each name and the module that defines it. ``__all__``
# is made from it; the imports below repeat it for type checkers (``tests/test_api.py``
# checks that the three agree).
_LAZY: dict[str, str] = {
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
    "AssetError": "aleppomap.errors",
    "ClusterError": "aleppomap.errors",
    "EventsTableError": "aleppomap.errors",
    "ExportError": "aleppomap.errors",
    "GalleryFormatError": "aleppomap.errors",
    "GazetteerError": "aleppomap.errors",
    "GeocodeError": "aleppomap.errors",
    "GeocodeTimeout": "aleppomap.errors",
    "InputError": "aleppomap.errors",
    "OptionError": "aleppomap.errors",
}

__all__ = sorted(_LAZY)

if TYPE_CHECKING:  # ``name as name``: re-exported for type checkers (``__all__`` is computed)
    from aleppomap.control import control_table as control_table
    from aleppomap.control import control_timeline as control_timeline
    from aleppomap.dates import add_dates as add_dates
    from aleppomap.dates import find_date as find_date
    from aleppomap.errors import AleppomapError as AleppomapError
    from aleppomap.errors import AssetError as AssetError
    from aleppomap.errors import ClusterError as ClusterError
    from aleppomap.errors import EventsTableError as EventsTableError
    from aleppomap.errors import ExportError as ExportError
    from aleppomap.errors import GalleryFormatError as GalleryFormatError
    from aleppomap.errors import GazetteerError as GazetteerError
    from aleppomap.errors import GeocodeError as GeocodeError
    from aleppomap.errors import GeocodeTimeout as GeocodeTimeout
    from aleppomap.errors import InputError as InputError
    from aleppomap.errors import OptionError as OptionError
    from aleppomap.events import locate as locate
    from aleppomap.events import located_events as located_events
    from aleppomap.events import unlocated as unlocated
    from aleppomap.export import write_csv as write_csv
    from aleppomap.export import write_geojson as write_geojson
    from aleppomap.export import write_gpkg as write_gpkg
    from aleppomap.export import write_outputs as write_outputs
    from aleppomap.gallery import embedded_gallery as embedded_gallery
    from aleppomap.gallery import read_gallery as read_gallery
    from aleppomap.gazetteer import Gazetteer as Gazetteer
    from aleppomap.geoparse import Geoparser as Geoparser
    from aleppomap.timeline import timeline_map as timeline_map


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aleppomap' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])


# A compiled geoparser (``scripts/build_native.py``) left older than its source is not used.
import_module("aleppomap._native").use_fresh_modules()
