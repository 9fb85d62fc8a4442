"""Exports: the events as data people can take elsewhere (GeoJSON, GeoPackage, CSV).

Every writer takes the events GeoDataFrame of :func:`aleppomap.locate` (see
``docs/architecture.md``), writes atomically (a temporary file beside the target, then a
rename) and deterministically: the same events give byte-identical files, whatever the time,
the machine's locale or ``PYTHONHASHSEED``.

Formats
-------
GeoJSON (:func:`write_geojson`, :func:`geojson_text`, :func:`to_geojson`)
    RFC 7946: a FeatureCollection in WGS84 longitude-latitude, without ``crs`` member,
    coordinates rounded to 6 decimals (about 10 cm). One Feature per row of the events
    table, in its order: a located event has its Point, an entry without a place has
    ``"geometry": null`` (RFC 7946 section 3.2), ``located: false`` and its ``reason``. The
    properties are those of :func:`feature_table` (lists as JSON arrays, dates as ISO
    strings, missing values as ``null``); what describes a gallery (title, date,
    introduction) is given once, under the top-level foreign member ``"galleries"``, keyed
    by gallery id. ``docs/geojson.md`` is the schema.
GeoPackage (:func:`write_gpkg`)
    Layers ``events`` (the located events, Points), ``places`` (the places those events
    use, at the events' Point, with their source and licence), ``place_areas`` (the outlines
    of those places that have one, MultiPolygons), ``entries`` (one row per entry, located
    or not, without geometry) and ``galleries`` (one row per gallery, without geometry), all
    in EPSG:4326. Further layers (e.g. ``control``) come through ``extra_layers``.
CSV (:func:`write_csv`)
    Every row of the events table, located or not, with ``lon`` / ``lat`` columns (empty
    when unlocated) instead of a geometry, for spreadsheet users. UTF-8 without BOM. The
    columns are the events table's, as they are.

In the GeoJSON and the GeoPackage, the character offsets are named as offsets
(:data:`OFFSET_NAMES`: ``start`` is ``char_start``, ``date_start`` is ``date_char_start``
…), so that no one reads them as dates. In the GeoPackage and the CSV, which have no list
type, the list columns (``photographers``, ``agencies``) are joined with ``"; "``
(:data:`LIST_SEPARATOR`), which reads well in a spreadsheet or an attribute table;
:func:`split_list` turns such a cell back into a list.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from aleppomap._atomic import OutputSet, atomic_write_text, staged_outputs
from aleppomap._tables import geometry_name as _geometry_name
from aleppomap._tables import require_columns
from aleppomap.errors import EventsTableError, ExportError, OptionError
from aleppomap.events import MENTION_COLUMNS

if TYPE_CHECKING:
    import geopandas as gpd

    from aleppomap.gazetteer import Gazetteer

__all__ = [
    "COORDINATE_DECIMALS",
    "FORMULA_STARTS",
    "GALLERY_FACTS",
    "LIST_SEPARATOR",
    "OFFSET_NAMES",
    "csv_text",
    "entries_table",
    "feature_table",
    "galleries_table",
    "geojson_text",
    "neutralise_formulas",
    "place_areas_table",
    "places_table",
    "split_list",
    "table_csv_text",
    "to_geojson",
    "write_csv",
    "write_geojson",
    "write_gpkg",
    "write_outputs",
]

#: Decimals kept in exported coordinates (RFC 7946 §11.2: 6 decimals is about 10 cm).
COORDINATE_DECIMALS = 6
#: Joins list values (photographers, agencies) in formats without a list type.
LIST_SEPARATOR = "; "
#: The events table's character offsets and their names in the GeoJSON and the GeoPackage.
OFFSET_NAMES: Mapping[str, str] = MappingProxyType(
    {
        "start": "char_start",
        "end": "char_end",
        "date_start": "date_char_start",
        "date_end": "date_char_end",
    }
)
#: The events table's gallery columns and their names in the galleries member / layer.
GALLERY_FACTS: Mapping[str, str] = MappingProxyType(
    {"gallery_title": "title", "gallery_date": "date", "gallery_intro": "intro"}
)
# The GeoPackage's own layers, in order (extra layers may not take these names).
_GPKG_LAYERS = ("events", "places", "place_areas", "entries", "galleries")

# Gazetteer columns copied into the ``places`` layer, when present, in this order.
_PLACE_COLUMNS: tuple[str, ...] = (
    "name",
    "name_ar",
    "aliases",
    "kind",
    "parent",
    "uncertainty_m",
    "source",
    "source_ref",
    "licence",
    "note",
)
# GDAL stamps ``gpkg_contents.last_change`` with the current time unless this config option
# fixes it; config options are process-wide, so writers take turns.
_GDAL_DATE_OPTION = "OGR_CURRENT_DATE"
_GDAL_CONFIG_LOCK = threading.Lock()


# --------------------------------------------------------------------------------- values


def _json_value(value: Any) -> Any:
    """A cell of the events table as a JSON value (``None`` for every kind of missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, str | bool):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, pd.Timestamp | dt.datetime | np.datetime64):
        if pd.isna(value):
            return None
        stamp = pd.Timestamp(value)
        if stamp.tz is None and stamp == stamp.normalize():
            return stamp.date().isoformat()
        return stamp.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple | np.ndarray | pd.Series):
        return [_json_value(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json_value(v) for k, v in value.items()}
    return str(value)


_SEQUENCES = (list, tuple, np.ndarray, pd.Series)
_NESTED = (Mapping, *_SEQUENCES)


def _text_cell(value: Any) -> Any:
    """A cell for a format without lists or objects.

    A list of plain values is joined with :data:`LIST_SEPARATOR`; an object (e.g. a nested
    JSON value of a JSON Lines gallery, or ``other_fields``) or a list holding objects or
    lists is written as JSON text, never as Python's ``repr``.
    """
    if isinstance(value, Mapping):
        return json.dumps(_json_value(value), ensure_ascii=False)
    if isinstance(value, _SEQUENCES):
        if any(isinstance(v, _NESTED) for v in value):
            return json.dumps(_json_value(value), ensure_ascii=False)
        return LIST_SEPARATOR.join(str(v) for v in value if _json_value(v) is not None)
    return value


def split_list(cell: Any) -> list[str]:
    """Turn a GeoPackage/CSV cell of a list column back into a list.

    Examples
    --------
    >>> split_list("George Ourfalian; Karam al-Masri")
    ['George Ourfalian', 'Karam al-Masri']
    >>> split_list("")
    []
    """
    if not isinstance(cell, str) or not cell:
        return []
    return cell.split(LIST_SEPARATOR)


def _is_list_column(series: pd.Series) -> bool:
    return bool(series.map(lambda v: isinstance(v, list | tuple | np.ndarray | Mapping)).any())


def _flatten_lists(frame: pd.DataFrame) -> pd.DataFrame:
    """Copy of ``frame`` with list columns joined and objects as JSON (see :func:`_text_cell`)."""
    out = frame.copy()
    for col in out.columns:
        if col != _geometry_name(out) and out[col].dtype == object and _is_list_column(out[col]):
            out[col] = out[col].map(_text_cell).astype("string")
    return out


# ------------------------------------------------------------------------------ selection


def _check_events(events: pd.DataFrame) -> None:
    """Refuse a table that is not the events GeoDataFrame of :func:`aleppomap.locate`."""
    require_columns(events, ("gallery", "entry"), geometry=True, doing="cannot export")


def _wgs84(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``events`` in longitude-latitude WGS84 (a frame without CRS is taken as such)."""
    if events.crs is None or events.crs.equals("EPSG:4326"):
        return events
    return events.to_crs("EPSG:4326")


def _located_mask(events: gpd.GeoDataFrame) -> pd.Series:
    """Rows that are features: ``located`` when the column exists, else having a geometry."""
    if "located" in events.columns:
        return pd.Series(events["located"].fillna(False).to_numpy(dtype=bool), index=events.index)
    geom = events.geometry
    return pd.Series(~(geom.isna() | geom.is_empty), index=events.index)


def _property_columns(events: pd.DataFrame) -> list[str]:
    geometry = _geometry_name(events)
    return [str(c) for c in events.columns if c != geometry]


# -------------------------------------------------------------------------------- GeoJSON


def _round_coords(coords: Any) -> Any:
    if isinstance(coords, float | int):
        return round(float(coords), COORDINATE_DECIMALS)
    return [_round_coords(c) for c in coords]


def _geometry_json(geom: Any) -> dict[str, Any] | None:
    if geom is None or geom.is_empty:
        return None
    import shapely.geometry

    mapping = shapely.geometry.mapping(geom)
    if mapping["type"] == "GeometryCollection":
        parts = [_geometry_json(g) for g in geom.geoms]
        return {"type": "GeometryCollection", "geometries": [p for p in parts if p]}
    return {"type": mapping["type"], "coordinates": _round_coords(mapping["coordinates"])}


def _records(frame: pd.DataFrame, columns: Sequence[str]) -> Iterator[dict[str, Any]]:
    values = [frame[c].tolist() for c in columns]
    for row in zip(*values, strict=True):
        yield {c: _json_value(v) for c, v in zip(columns, row, strict=True)}


def feature_table(events: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The events as the GeoJSON's features and the GeoPackage's ``events`` layer give them.

    Every row of ``events`` in WGS84, in the table's order, with the gallery's columns
    (:data:`GALLERY_FACTS`: they go to :func:`galleries_table`, once per gallery) left out
    and the character offsets renamed (:data:`OFFSET_NAMES`); every other column, including
    any extra input column, is kept as it is. ``docs/geojson.md`` describes each column.

    Raises
    ------
    EventsTableError
        When ``events`` is not an events table, or has a column named as an offset is in the
        export (``char_start`` …), which the renaming would duplicate.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> table = feature_table(locate(read_gallery()))
    >>> [c for c in table.columns if "start" in c]
    ['char_start', 'date_char_start']
    """
    _check_events(events)
    frame = _wgs84(events)
    dropped = [c for c in GALLERY_FACTS if c in frame.columns]
    table = frame.drop(columns=dropped) if dropped else frame.copy()
    renames = {old: new for old, new in OFFSET_NAMES.items() if old in table.columns}
    clash = sorted(set(renames.values()) & set(table.columns))
    if clash:
        raise EventsTableError(
            f"cannot export: the events table has the column(s) {', '.join(clash)}, which "
            "its character offsets are named in the export; rename them"
        )
    return table.rename(columns=renames)


def galleries_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per gallery of ``events``, in order of appearance: what describes a gallery.

    Columns ``gallery`` (the id), ``title``, ``date`` (ISO ``YYYY-MM-DD`` or ``""``) and
    ``intro`` (the gallery's introduction as published, or ``""``): the events table's
    gallery columns (:data:`GALLERY_FACTS`), each taken from the gallery's first row.
    """
    require_columns(events, ("gallery",), doing="cannot export")
    first = pd.DataFrame(events).drop_duplicates("gallery", keep="first")
    table = pd.DataFrame({"gallery": pd.array([str(g) for g in first["gallery"]], dtype="string")})
    for column, name in GALLERY_FACTS.items():
        values = first[column].tolist() if column in first.columns else [None] * len(first)
        table[name] = pd.array(
            [None if _json_value(v) is None else str(v) for v in values], dtype="string"
        )
    return table


def to_geojson(events: gpd.GeoDataFrame) -> dict[str, Any]:
    """The events as an RFC 7946 FeatureCollection (a pure function: no file, no clock).

    Parameters
    ----------
    events
        The events GeoDataFrame of :func:`aleppomap.locate`. A frame in another CRS is
        reprojected to WGS84; one without CRS is taken to be longitude-latitude already.

    Returns
    -------
    dict
        ``{"type": "FeatureCollection", "galleries": {...}, "features": [...]}``: one
        Feature per row of the table, in its order, with the columns of
        :func:`feature_table` as properties; an entry without a place (``located`` false)
        is a Feature with ``"geometry": null``. ``"galleries"`` (a foreign member, RFC 7946
        section 6.1) maps each gallery id to its ``title``, ``date`` and ``intro``.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> doc = to_geojson(locate(read_gallery()))
    >>> doc["type"], "crs" in doc, list(doc["galleries"])
    ('FeatureCollection', False, ['battle-for-aleppo-2016-12-13'])
    >>> [f["properties"]["reason"] for f in doc["features"] if f["geometry"] is None]
    ['empty caption']
    """
    table = feature_table(events)
    located = _located_mask(table)
    columns = _property_columns(table)
    geometries = [
        _geometry_json(geom) if is_located else None
        for geom, is_located in zip(table.geometry.tolist(), located.tolist(), strict=True)
    ]
    features = [
        {"type": "Feature", "geometry": geom, "properties": props}
        for geom, props in zip(geometries, _records(table, columns), strict=True)
    ]
    galleries = {
        str(row.pop("gallery")): row
        for row in _records(galleries_table(events), ["gallery", *GALLERY_FACTS.values()])
    }
    return {"type": "FeatureCollection", "galleries": galleries, "features": features}


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def geojson_text(events: gpd.GeoDataFrame) -> str:
    """The GeoJSON document of :func:`to_geojson` as text, one Feature per line.

    The text is deterministic: keys in a fixed order (the table's columns), floats in
    Python's shortest round-trip form, UTF-8 characters kept as they are, ``\\n`` line ends
    and a final newline. One gallery and one Feature per line keeps diffs short.
    """
    doc = to_geojson(events)

    def block(items: list[str], open_: str, close: str) -> str:
        if not items:
            return open_ + close
        return open_ + "\n" + ",\n".join(items) + "\n" + close

    galleries = [f"{_dumps(k)}:{_dumps(v)}" for k, v in doc["galleries"].items()]
    features = [_dumps(feature) for feature in doc["features"]]
    return (
        '{"type":"FeatureCollection",\n'
        f'"galleries":{block(galleries, "{", "}")},\n'
        f'"features":{block(features, "[", "]")}\n'
        "}\n"
    )


def write_geojson(events: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Write the events as RFC 7946 GeoJSON to ``path``, atomically; return the path.

    See :func:`to_geojson` for the content and :func:`geojson_text` for the layout.

    Raises
    ------
    EventsTableError
        When ``events`` is not the events GeoDataFrame of :func:`aleppomap.locate`.
    ExportError
        When the file cannot be written (naming it).
    """
    return atomic_write_text(path, geojson_text(events))


# ---------------------------------------------------------------------------- GeoPackage


def entries_table(events: gpd.GeoDataFrame) -> pd.DataFrame:
    """One row per entry of ``events``, located or not, without geometry.

    The entry's columns (gallery, entry, date, caption, credit, …, and any extra input
    column) are kept, and the mention columns are summarised: ``located`` (true when the
    entry has at least one located place), ``n_places``, ``place_ids`` (the located places'
    ids in caption order, joined with :data:`LIST_SEPARATOR`) and ``reason`` (why it has no
    place; ``""`` when located).
    """
    _check_events(events)
    geometry = _geometry_name(events)
    entry_cols = [c for c in events.columns if c != geometry and c not in MENTION_COLUMNS]
    frame = pd.DataFrame(events.drop(columns=[geometry]))
    frame["_located"] = _located_mask(events).to_numpy()
    keys = ["gallery", "entry"]
    first = frame.drop_duplicates(subset=keys, keep="first")
    table = pd.DataFrame(first[entry_cols]).reset_index(drop=True)
    located = frame[frame["_located"]]
    grouped = located.groupby(keys, sort=False)
    counts = grouped.size()
    ids = (
        grouped["place_id"].agg(lambda s: LIST_SEPARATOR.join(str(v) for v in s))
        if "place_id" in located.columns
        else pd.Series(dtype=object)
    )
    index = pd.MultiIndex.from_frame(table[keys])
    n_places = counts.reindex(index, fill_value=0).to_numpy(dtype="int64")
    table["located"] = n_places > 0
    table["n_places"] = n_places
    table["place_ids"] = pd.array(ids.reindex(index).fillna("").to_numpy(), dtype="string")
    if "reason" in frame.columns:
        reasons = frame[~frame["_located"]].drop_duplicates(subset=keys).set_index(keys)
        table["reason"] = pd.array(
            reasons["reason"].reindex(index).fillna("").to_numpy(), dtype="string"
        )
        table.loc[table["located"], "reason"] = ""
    return table


def places_table(events: gpd.GeoDataFrame, gazetteer: Gazetteer | None = None) -> gpd.GeoDataFrame:
    """The places the located events use, one Point per place id, sorted by id.

    Each place stands at the point its events have (the place's representative point), so
    that the layer is all Points and joins the events on ``place_id`` where they are drawn;
    the outlines of the places that have one are in :func:`place_areas_table`. With a
    gazetteer, each place has the gazetteer's attributes (name, kind, parent, uncertainty,
    ``source``, ``source_ref``, ``licence``, …). A place the gazetteer lacks (found by the
    geocoder fallback) is described from the events (name, precision, uncertainty) with
    ``source = "geocoded"``. Every row also counts its ``n_events``.
    """
    import geopandas as gpd

    _check_events(events)
    frame = _wgs84(events)
    located = frame[_located_mask(frame)]
    if "place_id" not in located.columns:
        located = located.assign(place_id=pd.Series(dtype="string"))
    ids = sorted({str(p) for p in located["place_id"].dropna()})
    counts = located.groupby("place_id").size()
    first = located.drop_duplicates("place_id").set_index("place_id")
    known = gazetteer.places if gazetteer is not None else None
    rows: list[dict[str, Any]] = []
    geoms: list[Any] = []
    for pid in ids:
        row: dict[str, Any] = {"place_id": pid}
        event = first.loc[pid]
        if known is not None and pid in known.index:
            place = known.loc[pid]
            for col in _PLACE_COLUMNS:
                if col in known.columns:
                    row[col] = _text_cell(place[col])
        else:
            row["name"] = event.get("place")
            row["kind"] = event.get("precision")
            row["uncertainty_m"] = event.get("uncertainty_m")
            row["source"] = "geocoded"
        geoms.append(event[frame.geometry.name])
        row["n_events"] = int(counts.get(pid, 0))
        rows.append(row)
    columns = ["place_id", *[c for c in _PLACE_COLUMNS if any(c in r for r in rows)]]
    columns.append("n_events")
    table = pd.DataFrame(rows, columns=columns)
    for col in columns:
        if col not in ("uncertainty_m", "n_events"):
            table[col] = table[col].astype("string")
    if "uncertainty_m" in table.columns:
        table["uncertainty_m"] = pd.to_numeric(table["uncertainty_m"], errors="coerce")
    table["n_events"] = table["n_events"].astype("int64")
    return gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geoms, crs=frame.crs))


def place_areas_table(
    events: gpd.GeoDataFrame, gazetteer: Gazetteer | None = None
) -> gpd.GeoDataFrame:
    """The outlines of the places the located events use, as MultiPolygons, sorted by id.

    One row per place of :func:`places_table` whose gazetteer geometry is a Polygon or a
    MultiPolygon (a Polygon is promoted to a one-part MultiPolygon, so that the layer has
    one geometry type), with ``place_id``, ``name`` and ``kind``. Places known only as a
    point (landmarks, towns, geocoded places) have no row.
    """
    import geopandas as gpd
    import shapely

    points = places_table(events, gazetteer)
    known = gazetteer.places if gazetteer is not None else None
    rows: list[dict[str, Any]] = []
    geoms: list[Any] = []
    for row in points.itertuples(index=False):
        pid = str(row.place_id)
        if known is None or pid not in known.index:
            continue
        geom = known.loc[pid][known.geometry.name]
        if isinstance(geom, shapely.Polygon):
            geom = shapely.MultiPolygon([geom])
        if not isinstance(geom, shapely.MultiPolygon) or geom.is_empty:
            continue
        rows.append(
            {
                "place_id": pid,
                "name": getattr(row, "name", None),
                "kind": getattr(row, "kind", None),
            }
        )
        geoms.append(geom)
    table = pd.DataFrame(rows, columns=["place_id", "name", "kind"]).astype("string")
    crs = known.crs if known is not None else "EPSG:4326"
    areas = gpd.GeoDataFrame(table, geometry=gpd.GeoSeries(geoms, crs=crs))
    return areas.to_crs("EPSG:4326") if areas.crs is not None else areas


def _stamp(events: pd.DataFrame) -> str:
    """A fixed ``last_change`` for the GeoPackage: the latest gallery date, or the epoch."""
    dates: list[str] = []
    for col in ("gallery_date", "date"):
        if col in events.columns:
            for value in events[col].dropna().unique().tolist():
                try:
                    dates.append(dt.date.fromisoformat(str(value)).isoformat())
                except ValueError:
                    continue
    return f"{max(dates, default='1970-01-01')}T00:00:00.000Z"


@contextmanager
def _gdal_current_date(stamp: str) -> Iterator[None]:
    """Set GDAL's ``OGR_CURRENT_DATE`` for the duration of a write, then restore it."""
    import pyogrio

    with _GDAL_CONFIG_LOCK:
        previous = pyogrio.get_gdal_config_option(_GDAL_DATE_OPTION)
        pyogrio.set_gdal_config_options({_GDAL_DATE_OPTION: stamp})
        try:
            yield
        finally:
            pyogrio.set_gdal_config_options({_GDAL_DATE_OPTION: previous})


def _gpkg_ready(frame: pd.DataFrame) -> pd.DataFrame:
    """Columns GDAL can store: lists joined, object columns of text as strings."""
    out = _flatten_lists(frame)
    geometry = _geometry_name(out)
    for col in out.columns:
        if col != geometry and out[col].dtype == object:
            out[col] = out[col].map(lambda v: None if _json_value(v) is None else v)
    return out


def write_gpkg(
    events: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    *,
    gazetteer: Gazetteer | None = None,
    extra_layers: Mapping[str, pd.DataFrame] | None = None,
) -> Path:
    """Write the events as a GeoPackage: ``events``, ``places``, ``place_areas``, ``entries``, ….

    Parameters
    ----------
    events
        The events GeoDataFrame of :func:`aleppomap.locate`.
    path
        The ``.gpkg`` file to write (replaced atomically if it exists).
    gazetteer
        The gazetteer the events were located with, for the ``places`` layer's attributes,
        sources and licences; the packaged gazetteer by default.
    extra_layers
        More layers to add, by name, after the five standard ones, in the mapping's order:
        a GeoDataFrame becomes a spatial layer, a DataFrame an attribute table.

    Returns
    -------
    pathlib.Path
        ``path``.

    Notes
    -----
    Every spatial layer has one geometry type and the CRS EPSG:4326. Layer ``events`` holds
    the located events (Points; the columns of :func:`feature_table`); ``places`` the places
    they use (Points, see :func:`places_table`); ``place_areas`` the outlines of those that
    have one (MultiPolygons, see :func:`place_areas_table`); ``entries`` every entry, located
    or not (no geometry, see :func:`entries_table`; offsets renamed as in the events);
    ``galleries`` one row per gallery (no geometry, see :func:`galleries_table`): the
    ``events`` and ``entries`` layers do not repeat the gallery's title, date and
    introduction. List columns are joined with :data:`LIST_SEPARATOR`. The file is
    byte-identical for the same input: the ``last_change`` GDAL writes into
    ``gpkg_contents`` is fixed to the latest gallery date instead of the clock.

    Raises
    ------
    EventsTableError
        When ``events`` is not the events GeoDataFrame of :func:`aleppomap.locate`.
    OptionError
        When an extra layer takes the name of a standard one.
    ExportError
        When the file cannot be written (naming it).
    """
    with staged_outputs() as out:
        _stage_gpkg(out, path, *_gpkg_layers(events, path, gazetteer, extra_layers))
    return Path(path)


def _gpkg_layers(
    events: gpd.GeoDataFrame,
    path: str | os.PathLike[str],
    gazetteer: Gazetteer | None,
    extra_layers: Mapping[str, pd.DataFrame] | None,
) -> tuple[gpd.GeoDataFrame, list[tuple[str, pd.DataFrame]]]:
    """The events in WGS84 and the GeoPackage's layers, by name, in order."""
    _check_events(events)
    extra = dict(extra_layers or {})
    clash = sorted(set(extra) & set(_GPKG_LAYERS))
    if clash:
        raise OptionError(f"cannot write {path}: layer name(s) {', '.join(clash)} are reserved")
    if gazetteer is None:
        from aleppomap.gazetteer import Gazetteer

        gazetteer = Gazetteer.load()
    frame = _wgs84(events)
    if frame.crs is None:  # taken as longitude-latitude: say so in the file
        frame = frame.set_crs("EPSG:4326")
    entries = entries_table(frame)
    entries = entries.drop(columns=[c for c in GALLERY_FACTS if c in entries.columns])
    layers: list[tuple[str, pd.DataFrame]] = [
        ("events", feature_table(frame[_located_mask(frame)])),
        ("places", places_table(frame, gazetteer)),
        ("place_areas", place_areas_table(frame, gazetteer)),
        ("entries", entries.rename(columns=dict(OFFSET_NAMES))),
        ("galleries", galleries_table(frame)),
        *extra.items(),
    ]
    return frame, layers


# The geometry type of each standard spatial layer, declared so that GDAL does not guess it
# from the rows (an empty layer would be "Unknown").
_GPKG_GEOMETRY_TYPES = {"events": "Point", "places": "Point", "place_areas": "MultiPolygon"}


def _stage_gpkg(
    out: OutputSet,
    path: str | os.PathLike[str],
    frame: gpd.GeoDataFrame,
    layers: list[tuple[str, pd.DataFrame]],
) -> None:
    """Write the GeoPackage's ``layers`` into a file staged in ``out`` for ``path``."""
    import pyogrio
    import pyogrio.errors

    final = Path(path)
    try:
        with out.path(final, suffix=".gpkg") as tmp, _gdal_current_date(_stamp(frame)):
            for name, layer in layers:
                data = _gpkg_ready(layer)
                options: dict[str, Any] = {}
                if _geometry_name(data) is None:
                    data = pd.DataFrame(data)
                elif name in _GPKG_GEOMETRY_TYPES:
                    options["geometry_type"] = _GPKG_GEOMETRY_TYPES[name]
                pyogrio.write_dataframe(
                    data.reset_index(drop=True), tmp, layer=name, driver="GPKG", **options
                )
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as err:
        raise ExportError(f"cannot write {final}: {err}") from err
    except pyogrio.errors.FieldError as err:
        raise ExportError(f"cannot write {final}: {err}") from err
    except OSError as err:
        if isinstance(err, ExportError):
            raise
        raise ExportError(f"cannot write {final}: {err.strerror or err}") from err


# ----------------------------------------------------------------------------------- CSV

#: What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formulas(table: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``table`` whose text cells cannot run as spreadsheet formulas.

    A text cell that starts with one of :data:`FORMULA_STARTS` gets a leading apostrophe
    (OWASP's advice), which spreadsheets show as text and do not evaluate. Numbers, booleans
    and missing values are left as they are: ``-1`` in a number column is a number.

    >>> neutralise_formulas(pd.DataFrame({"a": ["=1+1", "ok", "-x"], "n": [-1, 2, 3]}))
           a  n
    0  '=1+1 -1
    1     ok  2
    2    '-x  3
    """
    out = table.copy()
    for col in out.columns:
        if out[col].dtype == object or isinstance(out[col].dtype, pd.StringDtype):
            out[col] = out[col].map(
                lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v
            )
    return out


def table_csv_text(table: pd.DataFrame, *, formulas: bool = False) -> str:
    """``table`` as CSV text (UTF-8, ``\\n`` line ends, no index).

    Text cells that a spreadsheet would run as formulas are neutralised (see
    :func:`neutralise_formulas`) unless ``formulas`` is true: use that for data pipelines that
    read the cells exactly, never for files opened in a spreadsheet.
    """
    buffer = io.StringIO()
    (table if formulas else neutralise_formulas(table)).to_csv(
        buffer, index=False, lineterminator="\n"
    )
    return buffer.getvalue()


def csv_text(events: gpd.GeoDataFrame, *, formulas: bool = False) -> str:
    """Every row of ``events`` as CSV text with ``lon`` / ``lat`` instead of a geometry.

    The columns are the table's (lists joined with :data:`LIST_SEPARATOR`) followed by
    ``lon`` and ``lat`` (WGS84, 6 decimals, empty when the row has no point). Booleans are
    ``True`` / ``False``; missing values are empty cells. Cells that would run as formulas
    in a spreadsheet are neutralised unless ``formulas`` is true (see
    :func:`table_csv_text`).
    """
    _check_events(events)
    frame = _wgs84(events)
    geometry = frame.geometry
    points = [
        (round(g.x, COORDINATE_DECIMALS), round(g.y, COORDINATE_DECIMALS))
        if g is not None and not g.is_empty and g.geom_type == "Point"
        else (
            (
                round(g.representative_point().x, COORDINATE_DECIMALS),
                round(g.representative_point().y, COORDINATE_DECIMALS),
            )
            if g is not None and not g.is_empty
            else (None, None)
        )
        for g in geometry.tolist()
    ]
    table = _flatten_lists(pd.DataFrame(frame.drop(columns=[geometry.name])))
    for col in table.columns:
        if table[col].dtype == object:
            table[col] = table[col].map(lambda v: v if isinstance(v, str) else _json_value(v))
    table["lon"] = pd.array([p[0] for p in points], dtype="Float64")
    table["lat"] = pd.array([p[1] for p in points], dtype="Float64")
    return table_csv_text(table, formulas=formulas)


def write_csv(
    events: gpd.GeoDataFrame, path: str | os.PathLike[str], *, formulas: bool = False
) -> Path:
    """Write every row of the events table as CSV with ``lon`` / ``lat``; return the path.

    See :func:`csv_text` for the content (and ``formulas``). Written atomically, UTF-8
    without BOM.

    Raises
    ------
    EventsTableError
        When ``events`` is not the events GeoDataFrame of :func:`aleppomap.locate`.
    ExportError
        When the file cannot be written (naming it).
    """
    return atomic_write_text(path, csv_text(events, formulas=formulas))


# ------------------------------------------------------------------------------ together


def write_outputs(
    events: gpd.GeoDataFrame,
    *,
    geojson: str | os.PathLike[str] | None = None,
    gpkg: str | os.PathLike[str] | None = None,
    csv: str | os.PathLike[str] | None = None,
    gazetteer: Gazetteer | None = None,
    extra_layers: Mapping[str, pd.DataFrame] | None = None,
    formulas: bool = False,
    outputs: OutputSet | None = None,
) -> list[Path]:
    """Write the requested exports, all or none, and return their paths in that order.

    Every file is staged first and moved into place only when all are written: an output
    that cannot be written (a missing folder, a full disk, a folder in the way) leaves every
    previous file as it was.

    Parameters
    ----------
    formulas
        Write CSV cells exactly, without neutralising spreadsheet formulas (see
        :func:`table_csv_text`).
    outputs
        Stage the files into this set of :func:`aleppomap._atomic.staged_outputs` instead,
        so that the caller moves them into place with its own files (the command line's map).

    Raises
    ------
    EventsTableError, OptionError, ExportError
        As :func:`write_geojson`, :func:`write_gpkg` and :func:`write_csv`.
    """
    if outputs is None:
        with staged_outputs() as own:
            return write_outputs(
                events, geojson=geojson, gpkg=gpkg, csv=csv, gazetteer=gazetteer,
                extra_layers=extra_layers, formulas=formulas, outputs=own,
            )  # fmt: skip
    written: list[Path] = []
    if geojson is not None:
        outputs.write_text(geojson, geojson_text(events))
        written.append(Path(geojson))
    if gpkg is not None:
        _stage_gpkg(outputs, gpkg, *_gpkg_layers(events, gpkg, gazetteer, extra_layers))
        written.append(Path(gpkg))
    if csv is not None:
        outputs.write_text(csv, csv_text(events, formulas=formulas))
        written.append(Path(csv))
    return written
