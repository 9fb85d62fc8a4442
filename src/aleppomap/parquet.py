"""GeoParquet in and out: the events table as one Parquet file, written a partition at a time.

The file follows the GeoParquet 1.1 specification: the geometry column is WKB with a ``geo``
key in the file's metadata naming it (``primary_column``), its CRS as PROJJSON, the geometry
types and the bounding box. One row per (entry, place) mention, as in :func:`aleppomap.locate`;
entries without a place keep their row with a null geometry. ``geopandas.read_parquet``,
DuckDB (``ST_GeomFromWKB`` or its spatial extension) and QGIS read it.

:class:`EventsParquetWriter` takes the events a frame at a time (the partitions of a cluster
run arrive one by one) and writes each as row groups, so the whole table never needs to be in
memory; the ``geo`` metadata, which covers every row, goes into the file's footer at the end.
The file appears under its name only once complete (see :mod:`aleppomap._atomic`).

>>> from aleppomap import read_gallery, locate
>>> import tempfile, pathlib
>>> events = locate(read_gallery())
>>> path = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
>>> _ = write_events_parquet(events, path)
>>> read_events_parquet(path).equals(events)
True
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from aleppomap.errors import ExportError, GalleryFormatError

if TYPE_CHECKING:
    import geopandas as gpd
    import pyarrow as pa

__all__ = [
    "GEOPARQUET_VERSION",
    "EventsParquetWriter",
    "events_schema",
    "is_parquet",
    "read_events_parquet",
    "write_events_parquet",
]

#: The GeoParquet specification version the files follow.
GEOPARQUET_VERSION = "1.1.0"
_MAGIC = b"PAR1"
# Columns of the events table that hold lists of strings.
_LIST_COLUMNS = ("photographers", "agencies")
# Rows per row group (a partition of 25,000 entries is about one group).
_ROW_GROUP = 65_536


def is_parquet(path: str | Path) -> bool:
    """Whether ``path`` is a Parquet file: it starts with ``PAR1`` (or is named ``.parquet``)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError:
        return path.suffix.lower() in (".parquet", ".geoparquet")
    return head == _MAGIC


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as err:  # pragma: no cover - pyarrow comes with pandas 3
        raise ImportError(
            'GeoParquet needs pyarrow: pip install "aleppomap[dask]" (or pyarrow)'
        ) from err
    return pa, pq


def _arrow_type_of(values: Any) -> Any:
    """The Arrow type an object column of mixed Python values is written as."""
    import numpy as np

    pa, _ = _pyarrow()
    items = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if items and all(isinstance(v, list | tuple | np.ndarray) for v in items):
        return pa.list_(pa.string())
    return pa.string()


def _plain_object(frame: Any, column: str) -> Any:
    """An object column that Arrow cannot infer (e.g. numbers and ``""`` mixed) as text."""
    series = frame[column]

    def text(v: Any) -> Any:
        if v is None or isinstance(v, str):
            return v
        if isinstance(v, list | tuple | dict):
            return json.dumps(v, ensure_ascii=False)
        return str(v)

    return series.map(text)


def _table(events: gpd.GeoDataFrame) -> pa.Table:
    """``events`` as an Arrow table: geometry as WKB, the list columns as lists of strings."""
    pa, _ = _pyarrow()
    frame = events
    for column in frame.columns:
        if column == frame.geometry.name or frame[column].dtype != object:
            continue
        if _arrow_type_of(frame[column]) == pa.string() and not all(
            v is None or isinstance(v, str) for v in frame[column]
        ):
            if frame is events:
                frame = events.copy()
            frame[column] = _plain_object(frame, column)
    return pa.table(frame.to_arrow(index=False, geometry_encoding="WKB"))


def _settled(schema: pa.Schema) -> pa.Schema:
    """``schema`` with columns of no known type (all null, empty lists) typed as strings."""
    pa, _ = _pyarrow()
    fields = []
    for f in schema:
        if pa.types.is_null(f.type):
            f = f.with_type(pa.large_string())
        elif pa.types.is_list(f.type) and pa.types.is_null(f.type.value_type):
            f = f.with_type(pa.list_(pa.string()))
        fields.append(f)
    return pa.schema(fields, metadata=schema.metadata)


class EventsParquetWriter:
    """Write events tables, one after another, into one GeoParquet file (atomically).

    Use as a context manager; the file appears under ``path`` when the block ends without an
    error. Every frame must have the columns of the first.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> import tempfile, pathlib
    >>> events = locate(read_gallery())
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "two.parquet"
    >>> with EventsParquetWriter(path) as out:
    ...     out.write(events.iloc[:10])
    ...     out.write(events.iloc[10:])
    >>> len(read_events_parquet(path)) == len(events)
    True
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.rows = 0
        self._stack = ExitStack()
        self._tmp: Path | None = None
        self._writer: Any = None
        self._schema: Any = None
        self._crs: Any = None
        self._geometry = "geometry"
        self._types: set[str] = set()
        self._bbox = [math.inf, math.inf, -math.inf, -math.inf]

    def __enter__(self) -> EventsParquetWriter:
        from aleppomap._atomic import atomic_path

        self._tmp = self._stack.enter_context(atomic_path(self.path))
        return self

    def write(self, events: gpd.GeoDataFrame) -> None:
        """Append the rows of ``events`` (an events table, e.g. one partition's)."""
        import shapely

        if self._tmp is None:
            raise RuntimeError("use EventsParquetWriter as a context manager")
        _, pq = _pyarrow()
        geom = events.geometry
        table = _table(events)
        if self._writer is None:
            self._crs = events.crs
            self._geometry = geom.name
            # The Arrow schema (read by pyarrow and geopandas) carries the ``geo`` key too,
            # without the types and bounds known only at the end (the spec allows that).
            schema = _settled(table.schema)
            self._schema = schema.with_metadata(
                {**(schema.metadata or {}), b"geo": json.dumps(self._geo()).encode()}
            )
            self._writer = pq.ParquetWriter(self._tmp, self._schema, compression="zstd")
        elif list(table.schema.names) != list(self._schema.names):
            raise ExportError(
                f"cannot write {self.path}: a partition's columns differ from the first's "
                f"({', '.join(table.schema.names)})"
            )
        table = table.replace_schema_metadata(self._schema.metadata).cast(self._schema)
        self._writer.write_table(table, row_group_size=_ROW_GROUP)
        self.rows += len(events)
        present = geom[geom.notna() & ~geom.is_empty] if len(geom) else geom
        if len(present):
            self._types.update(shapely.get_type_id(present.values).astype(str).tolist())
            x0, y0, x1, y1 = present.total_bounds
            b = self._bbox
            self._bbox = [min(b[0], x0), min(b[1], y0), max(b[2], x1), max(b[3], y1)]

    def _geo(self) -> dict[str, Any]:
        names = {"0": "Point", "1": "LineString", "3": "Polygon", "4": "MultiPoint"}
        names |= {"5": "MultiLineString", "6": "MultiPolygon", "7": "GeometryCollection"}
        column: dict[str, Any] = {
            "encoding": "WKB",
            "geometry_types": sorted(names[t] for t in self._types),
        }
        if self._crs is not None:
            column["crs"] = self._crs.to_json_dict()
        if self._types:
            column["bbox"] = [float(v) for v in self._bbox]
        return {
            "version": GEOPARQUET_VERSION,
            "primary_column": self._geometry,
            "columns": {self._geometry: column},
            "creator": {"library": "aleppomap"},
        }

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is not None:  # the temporary file goes, the error goes on
            try:
                if self._writer is not None:
                    self._writer.close()
            finally:
                self._stack.__exit__(kind, error, trace)
            return
        with self._stack:  # renamed into place unless this raises
            if self._writer is None:
                raise ExportError(f"cannot write {self.path}: no events to write")
            self._writer.add_key_value_metadata({"geo": json.dumps(self._geo())})
            self._writer.close()


def write_events_parquet(
    events: gpd.GeoDataFrame | Iterable[gpd.GeoDataFrame], path: str | Path
) -> Path:
    """Write an events table (or a sequence of them, e.g. partitions) as one GeoParquet file.

    Parameters
    ----------
    events
        The table of :func:`aleppomap.locate`, or an iterable of such tables with the same
        columns, written one after another.
    path
        The file to write (atomically).

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    import geopandas as gpd

    frames: Iterable[gpd.GeoDataFrame] = (
        [events] if isinstance(events, gpd.GeoDataFrame) else events
    )
    with EventsParquetWriter(path) as out:
        for frame in frames:
            out.write(frame)
    return Path(path)


def _lists(values: Any) -> Iterator[Any]:
    for v in values:
        yield list(v) if v is not None and not isinstance(v, float) else []


def read_events_parquet(path: str | Path) -> gpd.GeoDataFrame:
    """Read a GeoParquet of events (as written by ``aleppomap locate --parquet``).

    The column types are those of :func:`aleppomap.locate` (``photographers`` and
    ``agencies`` lists of strings again), so the map drawn from it is the map drawn from
    the gallery.

    Raises
    ------
    GalleryFormatError
        The file is no GeoParquet, or not an events table (no ``gallery``, ``entry``,
        ``located`` column).
    """
    import geopandas as gpd
    import pandas as pd

    _pyarrow()
    try:
        events = gpd.read_parquet(path)
    except (ValueError, OSError) as err:
        raise GalleryFormatError(f"not a GeoParquet of events: {err}", source=path) from err
    missing = [c for c in ("gallery", "entry", "caption", "located") if c not in events.columns]
    if missing:
        raise GalleryFormatError(
            f"not an events table (no column {', '.join(missing)}); "
            "write it with aleppomap locate --parquet",
            source=path,
        )
    for column in _LIST_COLUMNS:
        if column in events.columns:
            events[column] = pd.Series(list(_lists(events[column])), index=events.index)
    return events


def events_schema(sample: gpd.GeoDataFrame) -> pa.Schema:
    """The Arrow schema of an events table, from a (non-empty) sample of it.

    For writers that need it before the data, e.g. Dask's ``to_parquet(..., schema=)``: Dask
    infers a schema from fake values, which fails on the list columns (``photographers``,
    ``agencies``). Geometry is WKB; columns the sample leaves empty are strings.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> events_schema(locate(read_gallery().head(1))).field("agencies").type
    ListType(list<item: string>)
    """
    return _settled(_table(sample).schema)
