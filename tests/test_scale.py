"""Scale: locate on Dask partitions and in a process pool gives the single-process events;
the synthetic generator of the benchmarks is deterministic and its captions parse back.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from benchmarks.synth import generate

from aleppomap.dates import add_dates
from aleppomap.events import locate
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser
from context_places import about


@pytest.fixture(scope="module")
def synthetic(gazetteer: Gazetteer):  # type: ignore[no-untyped-def]
    return generate(1_500, seed=11, gazetteer=gazetteer)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(frame).reset_index(drop=True)


@pytest.mark.slow
def test_generator_is_deterministic(gazetteer: Gazetteer) -> None:
    a = generate(300, seed=3, gazetteer=gazetteer)
    b = generate(300, seed=3, gazetteer=gazetteer)
    c = generate(300, seed=4, gazetteer=gazetteer)
    pd.testing.assert_frame_equal(a.entries, b.entries)
    assert a.plants == b.plants
    assert a.dates == b.dates
    assert a.entries["caption"].tolist() != c.entries["caption"].tolist()


def test_captions_parse_back_to_the_planted_places(synthetic, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    parser = Geoparser(gazetteer)
    wrong = []
    for caption, plants in zip(synthetic.entries["caption"], synthetic.plants, strict=True):
        # (the city a planted place is placed by, "north of Aleppo", is named in passing)
        found = about(parser.find(caption))
        want = [(p.place_id, p.role) for p in plants]
        if sorted((m.place_id, m.role) for m in found) != sorted(want):
            wrong.append((caption, want, found))
            continue
        # each match lies inside the name as planted (a trailing "Area" or an unhyphenated
        # article is not part of the match; an alias may take the next "village") and is
        # that text as written
        by_id = {p.place_id: p for p in plants}
        for m in found:
            planted = by_id[m.place_id]
            tail = caption[planted.end : m.end].strip()
            inside = m.end <= planted.end or tail in ("village", "town", "camp")
            if (
                not (planted.start <= m.start < planted.end and inside)
                or caption[m.start : m.end] != m.matched
            ):
                wrong.append((caption, planted, m))
    assert wrong == []
    # the spellings are varied: many are no name of the gazetteer as written
    names = {n.casefold() for p in gazetteer for n in (p.name, *p.aliases)}
    written = [p.matched for plants in synthetic.plants for p in plants]
    unlisted = [w for w in written if w.casefold() not in names]
    assert len(written) > 1_000
    assert len(unlisted) > len(written) // 4
    # an article respelled "el-" appears somewhere in a name, not only at its start
    assert any(word.startswith("el-") for w in written for word in w.casefold().split())


def test_captions_state_the_planted_dates(synthetic) -> None:  # type: ignore[no-untyped-def]
    dated = add_dates(synthetic.entries)
    assert dated["date"].tolist() == synthetic.dates
    assert {"day", "gallery"} <= set(dated["date_precision"])


def test_dask_partitions_give_the_single_process_events(synthetic, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    dask = pytest.importorskip("dask")
    dd = pytest.importorskip("dask.dataframe")
    dask_geopandas = pytest.importorskip("dask_geopandas")

    entries = synthetic.entries
    expected = locate(entries, gazetteer)
    parser = Geoparser(gazetteer)
    meta = locate(entries.head(1), geoparser=parser).iloc[:0]
    with dask.config.set({"dataframe.convert-string": False, "scheduler": "threads"}):
        parts = dd.from_pandas(entries, npartitions=4)
        ddf = parts.map_partitions(locate, geoparser=parser, meta=meta)
        assert isinstance(ddf, dask_geopandas.GeoDataFrame)
        assert ddf.npartitions == 4
        result = ddf.compute()
    assert isinstance(result, gpd.GeoDataFrame)
    assert result.crs == expected.crs
    pd.testing.assert_frame_equal(_plain(result), _plain(expected))


@pytest.mark.slow
def test_workers_give_the_single_process_events(gazetteer: Gazetteer) -> None:
    entries = generate(10_000, seed=5, gazetteer=gazetteer).entries
    expected = locate(entries, gazetteer)
    seen: list[tuple[int, int]] = []
    result = locate(entries, gazetteer, workers=2, progress=lambda d, n: seen.append((d, n)))
    pd.testing.assert_frame_equal(pd.DataFrame(result), pd.DataFrame(expected))
    assert result.crs == expected.crs
    assert seen[-1] == (10_000, 10_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.slow
@pytest.mark.parametrize("galleries", [1, 4])
def test_workers_date_a_looking_back_gallery_as_one_process(
    gazetteer: Gazetteer, galleries: int
) -> None:
    # Undated entries are dated by the workers; a day without its year takes the year of its
    # gallery's previous entry, also at the first row of a chunk.
    n = 12_000
    captions = [
        "On March 2, residents gather in Aleppo's old city."
        if i % 2 == 0
        else "Fighters rest in Aleppo's Salaheddine district, February 25, 2011."
        for i in range(n)
    ]
    entries = pd.DataFrame(
        {
            "gallery": [f"g{i * galleries // n}" for i in range(n)],
            "gallery_title": "Two years on",
            "gallery_date": "2013-03-01",
            "entry": [i + 1 for i in range(n)],
            "caption": captions,
            "credit": "",
        }
    )
    expected = locate(entries, gazetteer)
    result = locate(entries, gazetteer, workers=2)
    pd.testing.assert_frame_equal(pd.DataFrame(result), pd.DataFrame(expected))
    days = expected.drop_duplicates("entry").set_index("entry")["date"]
    # each gallery's first "On March 2" has no story before it: the gallery's year
    assert days[days.index % 2 == 1].value_counts().to_dict() == {
        "2011-03-02": n // 2 - galleries,
        "2013-03-02": galleries,
    }


def test_progress_is_reported_in_one_process(gazetteer: Gazetteer) -> None:
    entries = generate(3_000, seed=6, gazetteer=gazetteer).entries
    seen: list[tuple[int, int]] = []
    locate(entries, gazetteer, progress=lambda d, n: seen.append((d, n)))
    assert len(seen) > 2
    assert seen[-1] == (3_000, 3_000)


def test_cli_progress_bar_only_for_long_runs_on_a_terminal() -> None:
    from aleppomap.cli import PROGRESS_MIN_ENTRIES, _progress_bar

    with _progress_bar(10) as small:
        assert small is None
    # pytest captures standard error: not a terminal, so no bar however long the run
    with _progress_bar(PROGRESS_MIN_ENTRIES * 10) as long_run:
        assert long_run is None


def test_cli_reading_spinner_only_for_large_files_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, seed_path: Path
) -> None:
    import os
    import select

    from aleppomap import cli

    def shown(files: list[Path]) -> str:
        """What ``_reading_status`` writes to a terminal (a pseudo-terminal here)."""
        master, slave = os.openpty()
        tty = os.fdopen(slave, "w", encoding="utf-8")
        saved = sys.stderr
        sys.stderr = tty
        try:
            with cli._reading_status(files):
                pass
        finally:
            sys.stderr = saved
        tty.flush()
        chunks = []
        try:
            # the terminal hands the output over in pieces: read until none comes
            while select.select([master], [], [], 0.5)[0]:
                chunks.append(os.read(master, 100_000))
        finally:
            tty.close()
            os.close(master)
        return b"".join(chunks).decode("utf-8", "replace")

    assert shown([seed_path]) == ""  # small: no spinner, even on a terminal
    monkeypatch.setattr(cli, "READING_STATUS_MIN_BYTES", 100)
    assert f"reading {seed_path.name}" in shown([seed_path])
    # not a terminal (pytest captures standard error): nothing, however large
    with cli._reading_status([seed_path]):
        pass
