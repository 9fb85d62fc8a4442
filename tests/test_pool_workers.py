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
from aleppomap.gallery import read_gallery, read_gallery_text
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


def test_forked_workers_scan_the_parents_geoparser_and_captions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # with fork, a worker of locate takes the geoparser and its rows of captions from its
    # parent's memory: nothing of them is pickled, and the events are those of one process
    import multiprocessing

    import aleppomap.events as events

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    rows = [
        {
            "gallery": f"g{n // 50}",
            "gallery_date": DAYS[(n // 50) % 3],
            "entry": n % 50 + 1,
            "caption": f"{CAPTIONS[n % len(CAPTIONS)]} ({n})",
        }
        for n in range(10_400)
    ]
    entries = read_gallery_text(_lines(rows), format="jsonl")
    parser = Geoparser(Gazetteer.load())
    alone = events.locate(entries, geoparser=parser)

    def refused(self: object, protocol: int) -> object:
        raise AssertionError("the geoparser was pickled")

    monkeypatch.setattr(events, "usable_cpus", lambda: 2)
    monkeypatch.setattr(Geoparser, "__reduce_ex__", refused)
    two = events.locate(entries, geoparser=parser, workers=2)
    pd.testing.assert_frame_equal(pd.DataFrame(two), pd.DataFrame(alone), check_exact=True)
    assert not events._FORKED  # (the parent lets go of them once the pool is done)


# -- a JSON Lines file read in pieces by the workers (read_gallery(path, workers=N)) --------


@pytest.fixture
def split_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small files are read in pieces of about 1,500 bytes, on two CPUs."""
    import aleppomap.events
    import aleppomap.gallery.read as reader

    monkeypatch.setattr(reader, "_SPLIT_MIN_BYTES", 0)
    monkeypatch.setattr(reader, "_SPLIT_PIECE_BYTES", 1_500)
    monkeypatch.setattr(aleppomap.events, "usable_cpus", lambda: 2)


def _rows(n: int, **changes: object) -> list[dict[str, object]]:
    """``n`` rows of galleries of 23 entries (each spans several pieces of the file)."""
    rows: list[dict[str, object]] = []
    for k in range(n):
        row: dict[str, object] = {
            "gallery": f"g{k // 23}",
            "gallery_title": f"Aleppo {k // 23}",
            "gallery_date": DAYS[(k // 23) % 3],
            "entry": k % 23 + 1,
            "caption": CAPTIONS[k % len(CAPTIONS)],
        }
        row.update({key: f(k) for key, f in changes.items() if callable(f)})  # type: ignore[misc]
        rows.append({key: v for key, v in row.items() if v is not _DROP})
    return rows


_DROP = object()


def _every_40th(i: int) -> object:
    """A column's value on every 40th row (from row ``i``), absent from the others."""
    return lambda k: k if k % 40 == i else _DROP


def _lines(rows: list[dict[str, object]], end: str = "\n") -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + end for r in rows)


def _split_read(path: Path, caplog: pytest.LogCaptureFixture) -> tuple[pd.DataFrame, bool]:
    """The table read with two workers, and whether the workers read the file."""
    caplog.clear()
    with caplog.at_level("INFO", logger="aleppomap"):
        table = read_gallery(path, workers=2)
    return table, any("processes" in r.getMessage() for r in caplog.records)


@pytest.mark.usefixtures("split_small")
@pytest.mark.parametrize(
    ("name", "changes", "end"),
    [
        ("plain", {}, "\n"),
        ("windows line ends", {}, "\r\n"),
        # a credit column from a later piece on, and captions ending in their credit
        (
            "credits",
            {"credit": lambda k: "Jane Roe/AFP" if k > 150 else _DROP},
            "\n",
        ),
        # an extra column first met in a later piece, and one in the first only
        (
            "extra columns",
            {
                "url": lambda k: f"https://example.org/{k}" if k > 200 else _DROP,
                "note": lambda k: "first" if k < 3 else _DROP,
            },
            "\n",
        ),
        # no title: the file's name stands in (said once)
        ("no titles", {"gallery_title": lambda k: _DROP}, "\n"),
        ("other alphabets", {"caption": lambda k: f"قصف على حلب {k} — Алеппо «{k}»"}, "\n"),
    ],
)
def test_a_file_read_in_pieces_is_the_table_of_one_process(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    name: str,
    changes: dict[str, object],
    end: str,
) -> None:
    path = tmp_path / "pieces.jsonl"
    path.write_text("\n" + _lines(_rows(400, **changes), end) + "\n\n", encoding="utf-8")
    one = read_gallery(path)
    two, split = _split_read(path, caplog)
    assert split, name
    pd.testing.assert_frame_equal(one, two, check_exact=True)
    assert len(two) == 400
    assert two["line"].iloc[-1] == 401
    if name == "no titles":
        said = [r for r in caplog.records if "title taken from the file name" in r.getMessage()]
        assert len(said) == 1


@pytest.mark.usefixtures("split_small")
@pytest.mark.parametrize(
    ("name", "changes"),
    [
        # entries without numbers: a gallery's rows in a later piece follow its earlier ones
        ("no entry numbers", {"entry": lambda k: _DROP}),
        # more extra columns than the table keeps: the later ones go to other_fields
        (
            "many extra columns",
            {f"x{i}": _every_40th(i) for i in range(40)},
        ),
    ],
)
def test_a_file_that_pieces_cannot_read_apart_is_read_whole(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, name: str, changes: dict[str, object]
) -> None:
    path = tmp_path / "whole.jsonl"
    path.write_text(_lines(_rows(400, **changes)), encoding="utf-8")
    one = read_gallery(path)
    two, split = _split_read(path, caplog)
    assert not split, name
    pd.testing.assert_frame_equal(one, two, check_exact=True)
    assert two["entry"].iloc[24] == 2


@pytest.mark.usefixtures("split_small")
@pytest.mark.parametrize(
    ("name", "bad"),
    [
        (
            "a line that is not JSON",
            lambda rows, text: text.replace('"entry": 5,', '"entry": 5', 1),
        ),
        # entry numbers going backwards across two pieces
        ("entries backwards", lambda rows, text: text + _lines(rows[300:301])),
        ("a bad gallery date", lambda rows, text: text.replace("2016-12-22", "22/12/2016")),
        ("an empty caption key", lambda rows, text: text + '{"gallery": "g99"}\n'),
    ],
)
def test_a_bad_line_in_a_later_piece_is_the_error_of_one_process(
    tmp_path: Path, name: str, bad: object
) -> None:
    rows = _rows(400)
    head, tail = _lines(rows[:200]), _lines(rows[200:])
    path = tmp_path / "bad.jsonl"
    path.write_text(head + bad(rows, tail), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(GalleryFormatError) as one:
        read_gallery(path)
    with pytest.raises(GalleryFormatError) as two:
        read_gallery(path, workers=2)
    assert str(two.value) == str(one.value), name
    assert two.value.line is not None
    assert two.value.line > 200
    assert str(path) in str(two.value)


@pytest.mark.usefixtures("split_small")
def test_a_line_not_in_utf8_in_a_later_piece_is_read_and_said_as_in_one_process(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = _rows(400)
    data = _lines(rows[:300]).encode("utf-8")
    data += _lines([{**rows[300], "caption": "Café in Aleppo"}]).encode("cp1252")
    data += _lines(rows[301:]).encode("utf-8")
    path = tmp_path / "cp1252.jsonl"
    path.write_bytes(data)
    with pytest.warns(UnicodeWarning, match="from line 301"):
        one = read_gallery(path)
    with pytest.warns(UnicodeWarning, match="from line 301"):
        two, split = _split_read(path, caplog)
    assert not split
    pd.testing.assert_frame_equal(one, two, check_exact=True)
    assert two["caption"].iloc[300] == "Café in Aleppo"
