"""Broken and awkward input, one test each, through the reader and through the command line.

What is broken (an empty file, a header without entries, a binary file, UTF-16 without a BOM,
entries out of order or repeated, a gazetteer with duplicate ids, a shared alias, swapped
coordinates, invalid GeoJSON) is refused with one :class:`AleppomapError` that names the file,
the line (or the gazetteer feature) and what to fix; ``aleppomap build`` then exits 1 with that
one message, no traceback, and writes nothing. What is only awkward (CRLF line ends, UTF-16 with
a BOM, a caption of 1 MB, a 100 MB gallery) is read correctly and builds.

The command runs in this process (:func:`aleppomap.cli.main`, its output captured); the
installed ``aleppomap`` script itself runs in a child process in two slow tests.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import subprocess
import sys
import textwrap
from contextlib import chdir, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from aleppomap.cli import main
from aleppomap.errors import GalleryFormatError, GazetteerError
from aleppomap.gallery import read_gallery, read_gallery_text
from aleppomap.gazetteer import Gazetteer, validate_gazetteer

GALLERY = (
    "date 2016-12-13 Bad input\n"
    "An introduction.\n"
    "1\n"
    "Residents flee al-Sukkari towards Fardos on Dec. 12. (George Ourfalian/AFP)\n"
    "2\n"
    "Smoke over the Old City of Aleppo. (Karam al-Masri/AFP)\n"
    "3\n"
    "A caption that names no place. (AP)\n"
)
OUTPUTS = ("out.html", "out.geojson", "out.gpkg", "out.csv")


def command(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``aleppomap ARGS`` run in ``cwd`` in this process: its exit status and what it printed."""
    out, err = io.StringIO(), io.StringIO()
    log = logging.getLogger("aleppomap")
    handlers = log.handlers[:]
    log.handlers.clear()  # the command adds its own handler, which then writes to ``err``
    status: int | str | None = 0
    try:
        with chdir(cwd), redirect_stdout(out), redirect_stderr(err):
            main(list(args))
    except SystemExit as stop:
        status = stop.code
    finally:
        log.handlers[:] = handlers
    return subprocess.CompletedProcess(list(args), status or 0, out.getvalue(), err.getvalue())


def build(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``aleppomap build ARGS`` in ``tmp_path``, asking for every output format."""
    return command(
        tmp_path, "build", *args,
        "--html", OUTPUTS[0], "--geojson", OUTPUTS[1], "--gpkg", OUTPUTS[2], "--csv", OUTPUTS[3],
    )  # fmt: skip


def script(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed ``aleppomap`` console script, run in a child process."""
    path = Path(sys.executable).with_name("aleppomap")
    if not path.is_file():
        pytest.skip("the aleppomap console script is not installed beside this Python")
    return subprocess.run(
        [str(path), *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def assert_refused(
    done: subprocess.CompletedProcess[str], tmp_path: Path, before: set[str], *where: str
) -> str:
    """Exit 1, one message naming ``where``, no traceback, and no file written or left."""
    assert done.returncode == 1, (done.stdout, done.stderr)
    message = done.stderr.strip()
    assert "Traceback" not in message
    assert len(message.splitlines()) == 1, message
    assert message.startswith("aleppomap: error: ")
    for part in where:
        assert part in message, (part, message)
    assert {p.name for p in tmp_path.iterdir()} == before  # no output, no temporary file
    assert done.stdout == ""
    return message


def refused(tmp_path: Path, name: str, data: bytes | str, *where: str) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    before = {p.name for p in tmp_path.iterdir()}
    return assert_refused(build(tmp_path, name), tmp_path, before, name, *where)


def reader_error(path: Path) -> GalleryFormatError:
    with pytest.raises(GalleryFormatError) as caught:
        read_gallery(path)
    assert caught.value.source == str(path)
    assert str(caught.value).startswith(str(path))
    return caught.value


def builds(tmp_path: Path, name: str) -> dict[str, Any]:
    """Build ``name`` in ``tmp_path``; return the GeoJSON written."""
    done = build(tmp_path, name)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    for output in OUTPUTS:
        assert (tmp_path / output).stat().st_size > 0
    doc: dict[str, Any] = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    return doc


def entries_of(doc: dict[str, Any]) -> set[int]:
    """The entries of a GeoJSON: every entry is a feature, located or not."""
    return {f["properties"]["entry"] for f in doc["features"]}


# --------------------------------------------------------------------------- refused galleries


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert "empty file" in reader_error(tmp_path / "empty.txt").message
    message = refused(tmp_path, "empty.txt", b"", "empty file")
    assert "gallery" in message


def test_header_only(tmp_path: Path) -> None:
    text = "date 2016-12-13 Battle for Aleppo\n"
    (tmp_path / "header.txt").write_text(text, encoding="utf-8")
    err = reader_error(tmp_path / "header.txt")
    assert err.line == 1
    assert "number alone on a line" in err.message  # what to fix
    refused(tmp_path, "header.txt", text, "line 1", "no entries")


def test_binary_file(tmp_path: Path) -> None:
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + bytes(range(256)) * 64
    (tmp_path / "photo.jpg").write_bytes(jpeg)
    assert "binary" in reader_error(tmp_path / "photo.jpg").message
    refused(tmp_path, "photo.jpg", jpeg, "binary file")


def test_utf16_without_bom(tmp_path: Path) -> None:
    data = GALLERY.encode("utf-16-le")
    (tmp_path / "u16.txt").write_bytes(data)
    assert "UTF-16" in reader_error(tmp_path / "u16.txt").message
    refused(tmp_path, "u16.txt", data, "save it as UTF-8")


def test_entries_out_of_order(tmp_path: Path) -> None:
    text = GALLERY.replace("3\n", "0\n")
    (tmp_path / "order.txt").write_text(text, encoding="utf-8")
    err = reader_error(tmp_path / "order.txt")
    assert (err.line, err.message) == (
        7,
        "entry 0 comes after entry 2; entry numbers must increase",
    )
    refused(tmp_path, "order.txt", text, "line 7", "entry 0 comes after entry 2")


def test_entries_repeated(tmp_path: Path) -> None:
    text = GALLERY.replace("3\n", "1\n")
    (tmp_path / "twice.txt").write_text(text, encoding="utf-8")
    err = reader_error(tmp_path / "twice.txt")
    assert err.line == 7
    assert "entry 1 is repeated (first at line 3)" in err.message
    refused(tmp_path, "twice.txt", text, "line 7", "entry 1 is repeated")


def test_entries_repeated_in_csv(tmp_path: Path) -> None:
    text = "entry,caption\n1,In Fardos.\n2,In al-Sukkari.\n2,In Hanano.\n"
    refused(tmp_path, "rows.csv", text, "line 4", "entry 2 is repeated (first at line 3)")


@pytest.mark.slow
def test_console_script_refuses_a_gallery_with_exit_1_and_one_line(tmp_path: Path) -> None:
    text = GALLERY.replace("3\n", "0\n")
    (tmp_path / "order.txt").write_text(text, encoding="utf-8")
    before = {p.name for p in tmp_path.iterdir()}
    done = script(tmp_path, "build", "order.txt", "--html", OUTPUTS[0], "--gpkg", OUTPUTS[2])
    assert_refused(done, tmp_path, before, "order.txt", "line 7", "entry 0 comes after entry 2")


# --------------------------------------------------------------------------- awkward, but read


def test_crlf_line_ends_read_as_lf(tmp_path: Path) -> None:
    lf, crlf = tmp_path / "lf", tmp_path / "crlf"
    lf.mkdir()
    crlf.mkdir()
    (lf / "g.txt").write_bytes(GALLERY.encode())
    (crlf / "g.txt").write_bytes(GALLERY.replace("\n", "\r\n").encode())
    a, b = read_gallery(lf / "g.txt"), read_gallery(crlf / "g.txt")
    pd.testing.assert_frame_equal(a.drop(columns="source"), b.drop(columns="source"))
    assert not b["caption"].str.contains("\r").any()
    assert builds(lf, "g.txt") == builds(crlf, "g.txt")
    assert (lf / "out.geojson").read_bytes() == (crlf / "out.geojson").read_bytes()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_bom_read_as_utf8(tmp_path: Path, encoding: str) -> None:
    plain, marked = tmp_path / "plain", tmp_path / "marked"
    plain.mkdir()
    marked.mkdir()
    text = GALLERY.replace("Fardos", "Fardos (الفردوس)", 1)
    (plain / "g.txt").write_text(text, encoding="utf-8")
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    (marked / "g.txt").write_bytes(bom + text.encode(encoding))
    boms = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8[:2])
    assert (marked / "g.txt").read_bytes()[:2] in boms
    pd.testing.assert_frame_equal(
        read_gallery(plain / "g.txt").drop(columns="source"),
        read_gallery(marked / "g.txt").drop(columns="source"),
    )
    assert builds(plain, "g.txt") == builds(marked, "g.txt")


def write_caption_of_1_mb(tmp_path: Path) -> str:
    """Write ``long.txt``, whose entry 3 has a caption of 1 MB; return that caption."""
    sentence = "Residents of the Fardos neighbourhood queue for bread on Dec. 12, "
    caption = (sentence * (2**20 // len(sentence) + 1))[: 2**20].rstrip(" ,") + "."
    text = GALLERY.replace("A caption that names no place.", caption)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    return caption


def test_caption_of_1_mb_is_read_whole(tmp_path: Path) -> None:
    caption = write_caption_of_1_mb(tmp_path)
    entries = read_gallery(tmp_path / "long.txt")
    assert list(entries["entry"]) == [1, 2, 3]
    assert entries.loc[2, "caption"] == caption
    assert entries.loc[2, "credit"] == "AP"


@pytest.mark.slow
def test_caption_of_1_mb_builds(tmp_path: Path) -> None:
    caption = write_caption_of_1_mb(tmp_path)
    doc = builds(tmp_path, "long.txt")
    assert entries_of(doc) == {1, 2, 3}
    (long_row,) = [f for f in doc["features"] if f["properties"]["entry"] == 3]
    assert long_row["properties"]["caption"] == caption
    assert long_row["properties"]["place_id"] == "fardos"


# --------------------------------------------------------------------------- 100 MB, streamed

CAPTION = (
    "Residents walk past damaged buildings in the al-Shaar neighbourhood of eastern Aleppo on "
    "Dec. 12, as government forces advance. (George Ourfalian/AFP/Getty Images)"
)
READ_AND_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from aleppomap.gallery import read_gallery
    rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    before = rss()
    t0 = time.perf_counter()
    e = read_gallery(sys.argv[1])
    seconds = time.perf_counter() - t0
    print(json.dumps({
        "n": len(e), "first": int(e["entry"].iloc[0]), "last": int(e["entry"].iloc[-1]),
        "caption": e["caption"].iloc[-1], "credit": e["credit"].iloc[-1],
        "line": int(e["line"].iloc[-1]), "date": e["date"].iloc[-1],
        "table": int(e.memory_usage(deep=True).sum()), "extra": rss() - before,
        "seconds": seconds,
    }))
    """
)


def write_big(path: Path, *, padding: int = 0) -> int:
    """A gallery of just over 100 MB, written in blocks; return its number of entries."""
    pad = " " * padding
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        fh.write("date 2016-12-13 A very large gallery\nAn introduction.\n")
        size = 0
        while size < 100 * 2**20:
            block = "".join(f"{k}\n{CAPTION}{pad}\n" for k in range(n + 1, n + 2001))
            fh.write(block)
            size += len(block)
            n += 2000
    return n


def read_measured(path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", READ_AND_MEASURE, str(path)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.slow
def test_100_mb_gallery_is_read_whole_and_streamed(tmp_path: Path) -> None:
    # Dense: ~600,000 ordinary entries. Every one is read; the reader's peak memory is a
    # small multiple of the table it returns.
    dense = tmp_path / "dense.txt"
    n = write_big(dense)
    got = read_measured(dense)
    assert (got["n"], got["first"], got["last"]) == (n, 1, n)
    assert got["caption"] == CAPTION.rsplit(" (", 1)[0]
    assert got["credit"] == "George Ourfalian/AFP/Getty Images"
    assert (got["line"], got["date"]) == (2 * n + 1, "2016-12-12")
    assert got["extra"] < 4 * got["table"], got
    # Sparse: 100 MB of which most is trailing blanks, so the table is small. The file is
    # read in blocks: memory follows the entries, never the file.
    sparse = tmp_path / "sparse.txt"
    n = write_big(sparse, padding=4000)
    assert sparse.stat().st_size > 100 * 2**20
    got = read_measured(sparse)
    assert (got["n"], got["last"], got["caption"]) == (n, n, CAPTION.rsplit(" (", 1)[0])
    assert got["extra"] < 300 * 2**20, got


# --------------------------------------------------------------------------- gazetteers


def place(pid: str, name: str, lon: float, lat: float, **props: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": {
            "id": pid, "name": name, "name_ar": "", "aliases": [], "kind": "neighbourhood",
            "parent": None, "uncertainty_m": 500, "source": "test", "source_ref": "test",
            "licence": "CC0", **props,
        },
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
    }  # fmt: skip


def gazetteer_refused(tmp_path: Path, features: list[Any] | str, *where: str) -> None:
    """Through ``Gazetteer.load``, ``gazetteer check`` and ``build --gazetteer``."""
    path = tmp_path / "places.geojson"
    if isinstance(features, str):
        path.write_text(features, encoding="utf-8")
    else:
        collection = {"type": "FeatureCollection", "features": features}
        path.write_text(json.dumps(collection, indent=1), encoding="utf-8")
    (tmp_path / "g.txt").write_text(GALLERY, encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(path)
    assert caught.value.source == str(path)
    for part in where:
        assert part in str(caught.value)
    before = {p.name for p in tmp_path.iterdir()}
    done = build(tmp_path, "g.txt", "--gazetteer", "places.geojson")
    assert_refused(done, tmp_path, before, "places.geojson", *where)
    check = command(tmp_path, "gazetteer", "check", "places.geojson")
    assert check.returncode == 1
    assert "Traceback" not in check.stderr
    assert all(part in check.stderr for part in where), check.stderr


def test_gazetteer_with_duplicate_ids(tmp_path: Path) -> None:
    features = [
        place("qarlaq", "Qarlaq", 37.15, 36.2),
        place("hellok", "Hellok", 37.17, 36.23),
        place("qarlaq", "Qarlaq Jadid", 37.16, 36.21),
    ]
    gazetteer_refused(tmp_path, features, "feature 2 (qarlaq)", "duplicate id (also feature 0)")


def test_gazetteer_alias_shared_by_two_places(tmp_path: Path) -> None:
    features = [
        place("qarlaq", "Qarlaq", 37.15, 36.2, aliases=["Bab Qarlaq"]),
        place("bab-qarlaq", "Bab al-Qarlaq", 37.16, 36.21),  # the same key as the alias
    ]
    gazetteer_refused(
        tmp_path, features, "feature 1 (bab-qarlaq)", "names several places", "ambiguous_aliases"
    )


def test_gazetteer_with_swapped_latitude_and_longitude(tmp_path: Path) -> None:
    # [lat, lon] of Aleppo read as [lon, lat] falls inside Syria's box, outside the governorate
    features = [place("qarlaq", "Qarlaq", 36.2, 37.15)]
    gazetteer_refused(tmp_path, features, "feature 0 (qarlaq)", "outside the Aleppo", "swapped")
    # [lat, lon] of Damascus falls outside Syria
    features = [place("damascus", "Damascus", 33.51, 36.29)]
    gazetteer_refused(tmp_path, features, "feature 0 (damascus)", "outside Syria", "swapped")


@pytest.mark.slow
def test_console_script_refuses_a_gazetteer_with_exit_1(tmp_path: Path) -> None:
    collection = {"type": "FeatureCollection", "features": [place("paris", "Paris", 2.35, 48.85)]}
    (tmp_path / "places.geojson").write_text(json.dumps(collection), encoding="utf-8")
    done = script(tmp_path, "gazetteer", "check", "places.geojson")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "feature 0 (paris)" in done.stderr
    assert "outside Syria" in done.stderr


def test_gazetteer_point_far_outside_syria_gets_no_swap_hint(tmp_path: Path) -> None:
    features = [place("paris", "Paris", 2.35, 48.85)]
    gazetteer_refused(tmp_path, features, "feature 0 (paris)", "outside Syria")
    with pytest.raises(GazetteerError) as caught:
        Gazetteer.load(tmp_path / "places.geojson")
    assert "swapped" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"type": "FeatureCollection",\n "features": [\n  {"type": "Feature"},\n]}',
         ("line 4", "not valid JSON")),
        ('{"type": "FeatureCollection", "features": [', ("line 1", "not valid JSON")),
        ('{"type": "Feature", "properties": {}}', ("not a GeoJSON FeatureCollection",)),
        ('{"type": "FeatureCollection", "features": {}}', ("'features' must be a list",)),
        ('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
         '{"id": "x"}, "geometry": {"type": "LineString", "coordinates": [[37, 36]]}}]}',
         ("feature 0 (x)",)),
        ("\x00\x01\x02binary", ("not valid JSON",)),
    ],
)  # fmt: skip
def test_invalid_geojson_gazetteer(tmp_path: Path, text: str, where: tuple[str, ...]) -> None:
    gazetteer_refused(tmp_path, text, *where)


def test_empty_gazetteer_is_refused(tmp_path: Path) -> None:
    gazetteer_refused(tmp_path, [], "no places")
    with pytest.raises(GazetteerError, match="no places"):
        Gazetteer([])


# --------------------------------------------------------------------------- hostile options


def test_calendar_edges_on_the_command_line(tmp_path: Path) -> None:
    csv = "entry,caption\n1,Smoke rises over Fardos on Dec. 31. (AFP)\n"
    (tmp_path / "edge.csv").write_text(csv, encoding="utf-8")
    for day in ("9999-12-31", "0001-01-01"):
        done = build(tmp_path, "edge.csv", "--date", day)
        assert done.returncode == 0, done.stderr
        doc = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
        assert {g["date"] for g in doc["galleries"].values()} == {day}
    before = {p.name for p in tmp_path.iterdir()}
    assert_refused(build(tmp_path, "edge.csv", "--date", "0000-01-01"), tmp_path, before)
    for day in ("10000-01-01", "2016-02-30"):
        with pytest.raises(GalleryFormatError, match=day):
            read_gallery_text(csv, format="csv", date=day)


def test_entry_numbers_that_are_not_64_bit_integers(tmp_path: Path) -> None:
    for number in ("nan", "inf", "1e400", "9" * 30, "-5"):
        text = f"entry,caption\n{number},Smoke rises over Fardos. (AFP)\n"
        with pytest.raises(GalleryFormatError, match=f"'{number}'") as caught:
            read_gallery_text(text, format="csv", source="numbers.csv")
        assert caught.value.line == 2
    refused(tmp_path, "nan.csv", "entry,caption\nNaN,Smoke over Fardos. (AFP)\n", "line 2")
    for value in (True, 1.5, "1e3"):
        line = json.dumps({"entry": value, "caption": "Smoke over Fardos. (AFP)"}) + "\n"
        with pytest.raises(GalleryFormatError, match=json.dumps(value).strip('"')) as caught:
            read_gallery_text(line, format="jsonl", source="numbers.jsonl")
        assert caught.value.line == 1


def test_workers_are_capped_at_the_cpus_and_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    import concurrent.futures

    from aleppomap import events

    pools: list[int] = []

    class InProcessPool:  # records the pool asked for, runs the chunks here
        def __init__(self, max_workers: int, mp_context: Any = None, **_: Any) -> None:
            pools.append(max_workers)  # (and the worker initializer: none runs here)

        def __enter__(self) -> InProcessPool:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def map(self, func: Any, tasks: Any) -> Any:
            return map(func, tasks)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", InProcessPool)
    monkeypatch.setattr(events, "usable_cpus", lambda: 3)
    rows = "".join(f"{i},Smoke rises over Fardos on Dec. 12. (AFP)\n" for i in range(1, 10_001))
    entries = read_gallery_text("entry,caption\n" + rows, format="csv", date="2016-12-13")
    alone = events.locate(entries, workers=1)
    # 10,000 captions make two chunks of 5,000: two processes, however many are asked for
    for asked in (2, 3, 64, 10**9):
        pools.clear()
        pd.testing.assert_frame_equal(events.locate(entries, workers=asked), alone)
        assert pools == [2]
    monkeypatch.setattr(events, "usable_cpus", lambda: 1)  # one CPU: no pool at all
    pools.clear()
    pd.testing.assert_frame_equal(events.locate(entries, workers=10**9), alone)
    assert pools == []
    assert events.pool_size(10**9, 200_000) == 1
    monkeypatch.setattr(events, "usable_cpus", lambda: 16)
    assert events.pool_size(10**9, 200_000) == 16
    assert events.pool_size(10**9, 10_000) == 2  # the work: two chunks
    assert events.pool_size(0, 200_000) == events.pool_size(None, 200_000) == 1


def test_a_huge_workers_count_builds_as_one_process(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text(GALLERY, encoding="utf-8")
    alone = builds(tmp_path, "g.txt")
    done = build(tmp_path, "g.txt", "--workers", str(10**30))
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8")) == alone


# --------------------------------------------------------------------------- nested values


def test_nested_json_values_are_exported_as_json(tmp_path: Path) -> None:
    rows = []
    for i in range(1, 4):
        row: dict[str, Any] = {
            "id": i,
            "caption": f"Civil defence workers search rubble in al-Sukkari on Dec. {9 + i}. (AFP)",
            "camera": {"body": "Nikon D5", "lens": {"mm": 24, "f": 2.8}},
            "keywords": ["rubble", {"iptc": "disaster"}],
            "tags": ["Aleppo", "rescue"],
        }
        row |= {f"field_{i}_{j}": {"n": j} for j in range(40)}  # past MAX_EXTRA_COLUMNS
        rows.append(row)
    text = "".join(json.dumps(r) + "\n" for r in rows)
    (tmp_path / "nested.jsonl").write_text(text, encoding="utf-8")
    done = build(tmp_path, "nested.jsonl", "--date", "2016-12-13")
    assert done.returncode == 0, done.stderr
    doc = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    table = pd.read_csv(tmp_path / "out.csv", keep_default_na=False)
    import pyogrio

    layers = {
        layer: pyogrio.read_dataframe(tmp_path / "out.gpkg", layer=layer)
        for layer in ("events", "entries")
    }
    assert len(doc["features"]) == len(table) == len(layers["events"]) == 3
    for n, props in enumerate(f["properties"] for f in doc["features"]):
        cells = [table.iloc[n], *(layer.iloc[n] for layer in layers.values())]
        row = rows[props["entry"] - 1]
        assert props["camera"] == row["camera"]  # GeoJSON keeps the objects themselves
        assert props["keywords"] == row["keywords"]
        extras = {k: v for k, v in row.items() if k.startswith("field_")}
        assert props["other_fields"] == {k: extras[k] for k in props["other_fields"]}
        for cell in cells:  # the formats without objects hold JSON text, not Python's repr
            assert json.loads(cell["camera"]) == row["camera"]
            assert json.loads(cell["keywords"]) == row["keywords"]
            assert cell["tags"] == "Aleppo; rescue"  # plain lists stay joined
            assert json.loads(cell["other_fields"]) == props["other_fields"]
            first = f"field_{props['entry']}_1"
            if first in cell:
                assert json.loads(cell[first]) == {"n": 1}


# --------------------------------------------------------------------------- messages


def test_a_file_not_in_utf8_is_reported_once_in_one_line(tmp_path: Path) -> None:
    gallery = Path(__file__).parent / "data" / "galleries" / "ap-aleppo-2017-01-03-cp1252.txt"
    done = build(tmp_path, str(gallery))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("aleppomap: WARNING: ")
    assert gallery.name in lines[0]
    assert "not UTF-8" in lines[0]
    assert "Windows-1252" in lines[0]
    assert "UnicodeWarning" not in done.stderr


def test_json_lines_nested_deeper_than_the_writers_go_are_refused(tmp_path: Path) -> None:
    caption = "Smoke rises over al-Sukkari on Dec. 12. (AFP)"
    for depth, ok in ((32, True), (33, False)):
        line = {"caption": caption, "exif": json.loads("[" * depth + "]" * depth)}
        name = f"deep-{depth}.jsonl"
        if ok:
            (tmp_path / name).write_text(json.dumps(line) + "\n", encoding="utf-8")
            builds(tmp_path, name)
        else:
            refused(tmp_path, name, json.dumps(line) + "\n", "line 1", "32 levels deep")


# --------------------------------------------------------------------------- geocoder cache


@pytest.mark.slow
def test_a_geocoder_cache_entry_with_non_numeric_coordinates_is_asked_again(
    tmp_path: Path,
) -> None:
    from stub_nominatim import HAYYAN, serve

    # (a name the gazetteer lacks, so that the geocoder is asked)
    text = (
        "date 2016-12-13 Geocoded\nAn introduction.\n1\n"
        "Smoke rises over the Qwertzabad district. (AP)\n"
    )
    (tmp_path / "g.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    with serve() as (state, domain):
        state.default = (200, HAYYAN, 0.0)
        online = ("--geocode", "nominatim", "--geocode-url", f"http://{domain}",
                  "--geocode-cache", str(cache))  # fmt: skip
        assert build(tmp_path, "g.txt", *online).returncode == 0
        (entry,) = cache.glob("*.json")
        cached = json.loads(entry.read_text(encoding="utf-8"))
        assert cached["answer"]["found"] is True
        cached["answer"] |= {"lat": "north of the citadel", "lon": float("nan")}
        entry.write_text(json.dumps(cached), encoding="utf-8")
        done = build(tmp_path, "g.txt", *online)
        assert len(state.requests) == 2  # the broken entry was asked again
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "unusable answer" in done.stderr
    doc = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    assert [f["properties"]["method"] for f in doc["features"]] == ["geocoded"]
    assert json.loads(entry.read_text(encoding="utf-8"))["answer"]["lat"] == 36.292


# --------------------------------------------------------------------------- odd files and options


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_gazetteer_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text(GALLERY, encoding="utf-8")
    before = {p.name for p in tmp_path.iterdir()}
    done = build(tmp_path, "g.txt", "--gazetteer", "/dev/zero")
    assert_refused(done, tmp_path, before, "/dev/zero", "NUL bytes")
    with pytest.raises(GazetteerError, match="NUL bytes"):
        Gazetteer.load("/dev/zero")


def test_a_file_that_only_starts_like_parquet_is_refused(tmp_path: Path) -> None:
    (tmp_path / "entries.parquet").write_bytes(b"PAR1" + b"not parquet at all" + b"PAR1")
    before = {p.name for p in tmp_path.iterdir()}
    done = subprocess.run(
        [sys.executable, "-m", "aleppomap", "locate", "entries.parquet",
         "--parquet", "out.parquet"],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert_refused(done, tmp_path, before, "entries.parquet", "not a Parquet file")


def test_a_geocoder_url_that_is_no_url_is_refused(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text(GALLERY, encoding="utf-8")
    before = {p.name for p in tmp_path.iterdir()}
    for url in ("http://[::1", "ftp://example.org", "http://"):
        done = build(tmp_path, "g.txt", "--geocode", "nominatim", "--geocode-url", url)
        assert_refused(done, tmp_path, before, "--geocode-url", repr(url))


def test_a_gazetteer_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    collection = {"type": "FeatureCollection", "features": [place("qarlaq", "Qarlaq", 37.15, 36.2)]}
    path = tmp_path / "places.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8-sig")
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert [p.id for p in Gazetteer.load(path)] == ["qarlaq"]
    assert validate_gazetteer(path) == []


def test_an_output_that_names_an_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "g.txt").write_text(GALLERY, encoding="utf-8")
    collection = {"type": "FeatureCollection", "features": [place("qarlaq", "Qarlaq", 37.15, 36.2)]}
    (tmp_path / "places.geojson").write_text(json.dumps(collection), encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("g.txt")
    before = {p.name for p in tmp_path.iterdir()}
    kept = {name: (tmp_path / name).read_bytes() for name in ("g.txt", "places.geojson")}
    for args in (
        ["export", "g.txt", "--csv", "./g.txt"],
        ["export", "link.txt", "--geojson", "g.txt"],
        ["build", "g.txt", "--gazetteer", "places.geojson", "--geojson", "places.geojson"],
        ["locate", "g.txt", "--parquet", "g.txt"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "aleppomap", *args],
            cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        assert_refused(done, tmp_path, before, "would replace what it is read from")
    assert {name: (tmp_path / name).read_bytes() for name in kept} == kept
