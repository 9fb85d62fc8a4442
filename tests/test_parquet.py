"""GeoParquet of events: the spec's metadata, round trips, partitions, and the CLI's use of it."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

pq = pytest.importorskip("pyarrow.parquet")

from aleppomap.cli import main  # noqa: E402
from aleppomap.errors import ExportError, GalleryFormatError  # noqa: E402
from aleppomap.parquet import (  # noqa: E402
    EventsParquetWriter,
    events_schema,
    is_parquet,
    read_events_parquet,
    write_events_parquet,
)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(frame).reset_index(drop=True)


def test_round_trip_keeps_the_events_table(tmp_path: Path, seed_events: gpd.GeoDataFrame) -> None:
    path = write_events_parquet(seed_events, tmp_path / "events.parquet")
    back = read_events_parquet(path)
    pd.testing.assert_frame_equal(_plain(back), _plain(seed_events))
    assert back.crs.to_epsg() == 4326
    assert isinstance(back["photographers"].iloc[0], list)
    # nothing but the file is left (written through a temporary file)
    assert [p.name for p in tmp_path.iterdir()] == ["events.parquet"]


def test_file_follows_the_geoparquet_spec(tmp_path: Path, seed_events: gpd.GeoDataFrame) -> None:
    path = write_events_parquet(seed_events, tmp_path / "events.parquet")
    assert path.read_bytes()[:4] == b"PAR1"
    geo = json.loads(pq.ParquetFile(path).metadata.metadata[b"geo"])
    assert geo["version"] == "1.1.0"
    assert geo["primary_column"] == "geometry"
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB"
    assert column["geometry_types"] == ["Point"]
    assert column["crs"]["id"] == {"authority": "EPSG", "code": 4326}
    located = seed_events[seed_events["located"]]
    assert column["bbox"] == pytest.approx(list(located.total_bounds))
    # the Arrow schema (what pyarrow readers see) names the geometry column too
    assert json.loads(pq.read_schema(path).metadata[b"geo"])["primary_column"] == "geometry"
    # geopandas' own reader: one row per (entry, place), unlocated entries with no geometry
    read = gpd.read_parquet(path)
    assert len(read) == len(seed_events)
    assert read.crs.to_epsg() == 4326
    assert read.geometry.isna().tolist() == (~seed_events["located"]).tolist()
    assert list(read["agencies"].iloc[0]) == seed_events["agencies"].iloc[0]


def test_duckdb_reads_it(tmp_path: Path, seed_events: gpd.GeoDataFrame) -> None:
    duckdb = pytest.importorskip("duckdb")
    path = write_events_parquet(seed_events, tmp_path / "events.parquet")
    rows = duckdb.sql(f"SELECT count(*), count(geometry) FROM read_parquet('{path}')").fetchall()
    assert rows == [(len(seed_events), int(seed_events["located"].sum()))]


def test_partitions_make_one_file(tmp_path: Path, seed_events: gpd.GeoDataFrame) -> None:
    # the first partition has only unlocated rows and no credits: its all-null and
    # empty-list columns must not fix the file's types
    first = seed_events[~seed_events["located"]].copy()
    first["photographers"] = [[] for _ in range(len(first))]
    rest = seed_events[seed_events["located"]]
    with EventsParquetWriter(tmp_path / "parts.parquet") as out:
        out.write(first)
        out.write(rest.iloc[:10])
        out.write(rest.iloc[10:])
    back = read_events_parquet(tmp_path / "parts.parquet")
    pd.testing.assert_frame_equal(_plain(back), _plain(pd.concat([first, rest])))


def test_mixed_extra_column_is_written_as_text(
    tmp_path: Path, seed_events: gpd.GeoDataFrame
) -> None:
    events = seed_events.copy()
    events["photo_id"] = [i if i % 2 else "" for i in range(len(events))]
    back = read_events_parquet(write_events_parquet(events, tmp_path / "e.parquet"))
    assert back["photo_id"].tolist()[:3] == ["", "1", ""]


def test_failed_write_leaves_nothing(tmp_path: Path, seed_events: gpd.GeoDataFrame) -> None:
    target = tmp_path / "e.parquet"

    def fail() -> None:
        with EventsParquetWriter(target) as out:
            out.write(seed_events)
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError, match="no events"), EventsParquetWriter(target):
        pass
    assert list(tmp_path.iterdir()) == []


def test_schema_for_dask_has_list_columns(seed_events: gpd.GeoDataFrame) -> None:
    import pyarrow as pa

    schema = events_schema(seed_events.iloc[:1])
    assert schema.field("photographers").type == pa.list_(pa.string())
    assert schema.names == list(seed_events.columns)


def test_is_parquet_and_not_an_events_table(tmp_path: Path, seed_path: Path) -> None:
    plain = tmp_path / "plain.parquet"
    pd.DataFrame({"x": [1]}).to_parquet(plain)
    assert is_parquet(plain)
    assert not is_parquet(seed_path)
    with pytest.raises(GalleryFormatError, match=r"not a GeoParquet|not an events table"):
        read_events_parquet(plain)


def test_cli_locate_then_build_gives_the_same_files(tmp_path: Path) -> None:
    from benchmarks.bench_geoparse import write_gallery

    gallery = tmp_path / "g.jsonl"
    write_gallery(2_000, 3, str(gallery))
    events = tmp_path / "events.parquet"
    main(["locate", str(gallery), "--parquet", str(events), "--workers", "1"])
    direct = ["--html", str(tmp_path / "a.html"), "--geojson", str(tmp_path / "a.geojson")]
    main(["build", str(gallery), "--workers", "1", *direct])
    again = ["--html", str(tmp_path / "b.html"), "--geojson", str(tmp_path / "b.geojson")]
    main(["build", str(events), *again])
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    assert (tmp_path / "a.geojson").read_bytes() == (tmp_path / "b.geojson").read_bytes()


def test_cli_locate_seed_and_parquet_entries(
    tmp_path: Path, seed_entries: pd.DataFrame, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "seed.parquet"
    main(["locate", "--parquet", str(out)])
    assert "entries read:    25" in capsys.readouterr().out
    # entries stored as Parquet (the columns of read_gallery) are located as they are
    entries = tmp_path / "entries.parquet"
    seed_entries.to_parquet(entries)
    again = tmp_path / "again.parquet"
    main(["locate", str(entries), "--parquet", str(again), "--workers", "1"])
    a = read_events_parquet(out)
    b = read_events_parquet(again)
    pd.testing.assert_frame_equal(_plain(a), _plain(b))
