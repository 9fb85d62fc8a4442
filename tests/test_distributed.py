"""Locating on a Dask cluster: partitions of the input, the same events as one process,
the README's recipe, and ``aleppomap locate --scheduler local``.
"""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask_geopandas")

from benchmarks.bench_geoparse import write_gallery  # noqa: E402

from aleppomap.distributed import (  # noqa: E402
    locate_distributed,
    locate_to_parquet,
    plan_pieces,
    read_piece,
)
from aleppomap.errors import GalleryFormatError  # noqa: E402
from aleppomap.events import locate  # noqa: E402
from aleppomap.gallery import read_gallery  # noqa: E402
from aleppomap.gazetteer import Gazetteer  # noqa: E402
from aleppomap.parquet import read_events_parquet  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
_READER = ["source", "line"]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(frame).reset_index(drop=True)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """A two-worker cluster in this process (threads: quick to start)."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dist") / "synth.jsonl"
    write_gallery(2_000, 21, str(path))
    return path


def test_pieces_cover_the_file_at_line_ends(jsonl: Path) -> None:
    pieces = plan_pieces([jsonl], per_partition=300, min_partitions=4)
    assert len(pieces) >= 6
    data = jsonl.read_bytes()
    assert pieces[0].start == 0
    assert pieces[-1].stop == len(data)
    for a, b in itertools.pairwise(pieces):
        assert a.stop == b.start
        assert data[a.stop - 1 : a.stop] == b"\n"
    parts = [read_piece(p) for p in pieces]
    joined = pd.concat([p for p in parts if p is not None], ignore_index=True)
    whole = read_gallery(jsonl)
    pd.testing.assert_frame_equal(
        joined.drop(columns=_READER).astype(str), whole.drop(columns=_READER).astype(str)
    )


def test_csv_pieces_carry_the_header(tmp_path: Path, jsonl: Path) -> None:
    entries = read_gallery(jsonl)
    csv = tmp_path / "g.csv"
    entries[["gallery", "gallery_title", "gallery_date", "entry", "caption", "credit"]].to_csv(
        csv, index=False
    )
    pieces = plan_pieces([csv], per_partition=500, min_partitions=2)
    assert len(pieces) >= 4
    assert {p.header for p in pieces} == {csv.read_bytes().split(b"\n")[0] + b"\n"}
    joined = pd.concat([read_piece(p) for p in pieces], ignore_index=True)
    assert joined["caption"].tolist() == read_gallery(csv)["caption"].tolist()


def test_unnumbered_and_text_galleries_are_read_whole(tmp_path: Path, seed_path: Path) -> None:
    plain = tmp_path / "plain.jsonl"
    plain.write_text('{"caption": "Aleppo, Dec. 13"}\n' * 3, encoding="utf-8")
    kinds = [p.kind for p in plan_pieces([plain, seed_path], min_partitions=4)]
    assert kinds == ["whole", "whole"]


def test_parquet_input_is_cut_by_row_groups(tmp_path: Path, jsonl: Path) -> None:
    entries = read_gallery(jsonl)
    path = tmp_path / "entries.parquet"
    entries.to_parquet(path, row_group_size=250)
    pieces = plan_pieces([path], per_partition=600, min_partitions=2)
    assert [len(p.row_groups) for p in pieces] == [3, 3, 2]
    joined = pd.concat([read_piece(p) for p in pieces], ignore_index=True)
    assert joined["caption"].tolist() == entries["caption"].tolist()


def test_cluster_gives_the_events_of_one_process(
    client: Any, jsonl: Path, gazetteer: Gazetteer
) -> None:
    expected = locate(read_gallery(jsonl), gazetteer)
    seen: list[tuple[int, int]] = []
    timings: list[float] = []
    parts = list(
        locate_distributed(
            [jsonl],
            gazetteer,
            client=client,
            per_partition=400,
            progress=lambda d, n: seen.append((d, n)),
            timings=timings,
        )
    )
    assert len(parts) == len(timings) >= 5
    result = pd.concat(parts, ignore_index=True)
    assert isinstance(result, gpd.GeoDataFrame)
    assert result.crs == expected.crs
    pd.testing.assert_frame_equal(_plain(result), _plain(expected))
    assert max(seen) == (len(parts), len(parts))


def test_cluster_mixes_inputs_in_order(
    client: Any, tmp_path: Path, jsonl: Path, seed_path: Path, gazetteer: Gazetteer
) -> None:
    entries = read_gallery(jsonl)
    parquet = tmp_path / "entries.parquet"
    entries.iloc[:700].to_parquet(parquet, row_group_size=200)
    out = tmp_path / "events.parquet"
    stats = locate_to_parquet([seed_path, parquet], out, gazetteer, client=client)
    expected = pd.concat(
        [locate(read_gallery(seed_path), gazetteer), locate(entries.iloc[:700], gazetteer)],
        ignore_index=True,
    )
    got = read_events_parquet(out)
    assert stats.rows == len(got) == len(expected)
    assert stats.entries == 725
    cols = ["gallery", "entry", "start", "place_id", "date", "caption"]
    pd.testing.assert_frame_equal(_plain(got[cols]), _plain(expected[cols]))


def test_entries_going_back_across_partitions_are_refused(client: Any, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [f'{{"entry": {n}, "caption": "In Aleppo, Dec. {n % 28 + 1}"}}\n' for n in range(400)]
    lines += ['{"entry": 5, "caption": "Aleppo again"}\n']
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(GalleryFormatError, match="entry 5 comes after entry 399"):
        list(locate_distributed([path], client=client, per_partition=100))


def test_readme_recipe_runs_as_written(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jsonl: Path
) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"on Dask partitions yourself:\n\n```python\n(.*?)```", readme, re.S)
    assert match is not None
    code = match.group(1)
    address = '"tcp://scheduler:8786"'
    assert address in code
    entries = read_gallery(jsonl)
    (tmp_path / "captions").mkdir()
    entries.iloc[:1_200].to_parquet(tmp_path / "captions" / "a.parquet")
    entries.iloc[1_200:].to_parquet(tmp_path / "captions" / "b.parquet")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(code.replace(address, repr(client.scheduler.address)), namespace)
    namespace["client"].close()
    got = gpd.read_parquet(tmp_path / "events")
    expected = locate(entries)
    assert len(got) == len(expected)
    cols = ["gallery", "entry", "start", "place_id", "caption"]
    pd.testing.assert_frame_equal(_plain(got[cols]), _plain(expected[cols]), check_dtype=False)


def _cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aleppomap", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def _scheduler_local(n: int, tmp_path: Path) -> None:
    gallery = tmp_path / "g.jsonl"
    write_gallery(n, 8, str(gallery))
    done = _cli(
        ["locate", "g.jsonl", "--parquet", "dist.parquet", "--scheduler", "local"], tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert f"entries read:    {n}" in done.stdout
    one = _cli(["locate", "g.jsonl", "--parquet", "one.parquet", "--workers", "1"], tmp_path)
    assert one.returncode == 0, one.stderr
    pd.testing.assert_frame_equal(
        _plain(read_events_parquet(tmp_path / "dist.parquet")),
        _plain(read_events_parquet(tmp_path / "one.parquet")),
    )
    mapped = _cli(["build", "dist.parquet", "--html", "m.html", "--geojson", "m.geojson"], tmp_path)
    assert mapped.returncode == 0, mapped.stderr
    direct = _cli(["build", "g.jsonl", "--html", "d.html", "--geojson", "d.geojson"], tmp_path)
    assert direct.returncode == 0, direct.stderr
    assert (tmp_path / "m.html").read_bytes() == (tmp_path / "d.html").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["g.jsonl", "dist.parquet", "one.parquet", "m.html", "m.geojson", "d.html", "d.geojson"]
    )


def test_cli_scheduler_local(tmp_path: Path) -> None:
    _scheduler_local(2_000, tmp_path)


@pytest.mark.slow
def test_cli_scheduler_local_20000_entries(tmp_path: Path) -> None:
    """The issue's acceptance: 20,000 entries of JSON Lines on a local cluster."""
    _scheduler_local(20_000, tmp_path)


def test_cli_refuses_geocode_on_a_cluster(tmp_path: Path, seed_path: Path) -> None:
    done = _cli(
        [
            *("locate", str(seed_path), "--parquet", "x.parquet"),
            *("--scheduler", "local", "--geocode", "nominatim"),
        ],
        tmp_path,
    )
    assert done.returncode == 2
    assert "--geocode works in one process" in done.stderr
    assert not (tmp_path / "x.parquet").exists()


def test_progress_bar_only_on_a_terminal() -> None:
    from aleppomap.distributed import terminal_progress

    # pytest captures standard error: not a terminal, so no bar
    with terminal_progress("locating") as progress:
        assert progress is None


def test_cli_names_a_bad_scheduler_address(tmp_path: Path, seed_path: Path) -> None:
    done = _cli(
        ["locate", str(seed_path), "--parquet", "x.parquet", "--scheduler", "foo"], tmp_path
    )
    assert done.returncode == 1
    assert "no scheduler address" in done.stderr
    assert "Traceback" not in done.stderr
