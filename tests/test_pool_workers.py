"""Work shared by a pool of processes: read_gallery(workers=N) dates the table of one process,
and a worker of locate unpickles its geoparser once."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pandas as pd
import pytest

from aleppomap.errors import GalleryFormatError
from aleppomap.events import _worker_geoparser
from aleppomap.gallery import read_gallery
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

CAPTIONS = (
    "Residents flee the Bustan al-Qasr district on Dec. 12, carrying their belongings.",
    "Smoke rises over eastern Aleppo on Tuesday.",
    "A man walks through the rubble of the old city on Dec. 30.",
    "FILE PHOTO: A fighter stands in the Salaheddine district, Aleppo, Syria March 3, 2013.",
    "Children play in a street of the Hanano district yesterday.",
    "A boy sits on a swing in a park.",
    "",
)
DAYS = ("2016-12-13", "2017-01-02", "2016-12-22", "")


def _write(path: Path, rows: int, bad_at: int | None = None) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(rows):
            gallery = n // 37
            row = {
                "gallery": f"aleppo-{gallery}",
                "gallery_title": f"Aleppo {gallery}",
                "gallery_date": DAYS[gallery % len(DAYS)],
                "entry": n % 37 + 1,
                "caption": CAPTIONS[(n * 5 + gallery) % len(CAPTIONS)],
            }
            if n % 101 == 0:
                row["date"] = "2016-11-30"  # an explicit day
            if n == bad_at:
                row["date"] = "30/11/2016"
            out.write(json.dumps(row) + "\n")
    return path


@pytest.mark.slow
def test_entries_dated_in_two_processes_are_those_of_one(tmp_path: Path) -> None:
    path = _write(tmp_path / "big.jsonl", 12_000)
    one = read_gallery(path)
    two = read_gallery(path, workers=2)
    pd.testing.assert_frame_equal(one, two, check_exact=True)
    assert set(one["date_precision"]) == {"day", "gallery", "unknown"}
    # a day without its year across New Year, and the explicit days, as in one process
    assert "2016-12-30" in set(one.loc[one["gallery_date"] == "2017-01-02", "date"])
    assert (one["date"].iloc[::101] == "2016-11-30").all()


@pytest.mark.slow
def test_a_bad_date_in_a_later_chunk_is_the_error_of_one_process(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.jsonl", 12_000, bad_at=11_000)
    with pytest.raises(GalleryFormatError) as one:
        read_gallery(path)
    with pytest.raises(GalleryFormatError) as two:
        read_gallery(path, workers=2)
    assert str(two.value) == str(one.value)
    assert two.value.line == 11_001


def test_a_small_table_is_dated_in_this_process(tmp_path: Path) -> None:
    path = _write(tmp_path / "small.jsonl", 200)
    pd.testing.assert_frame_equal(read_gallery(path, workers=4), read_gallery(path))


def test_a_worker_unpickles_the_geoparser_of_one_locate_once() -> None:
    parser = Geoparser(Gazetteer.load())
    blob = pickle.dumps(parser)
    first = _worker_geoparser(blob)
    assert _worker_geoparser(blob) is first  # the next chunk of the same call
    caption = "Residents flee the Bustan al-Qasr district towards Fardos."
    assert first.find(caption) == parser.find(caption)
    other = pickle.dumps(Geoparser(Gazetteer.load(), fuzzy_threshold=95))
    assert _worker_geoparser(other) is not first  # another call's geoparser
