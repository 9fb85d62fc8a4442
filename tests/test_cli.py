"""The ``aleppomap`` command, run as a user runs it."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

from aleppomap.cli import main


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aleppomap", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_build_without_arguments_writes_the_default_outputs(tmp_path: Path) -> None:
    done = run(["build"], tmp_path)
    assert done.returncode == 0, done.stderr
    html = tmp_path / "aleppo-map.html"
    geojson = tmp_path / "aleppo-events.geojson"
    assert html.stat().st_size > 10_000
    assert "wrote aleppo-map.html" in done.stdout
    assert "wrote aleppo-events.geojson" in done.stdout
    assert "entries read:    25" in done.stdout
    # entry 11 has no caption: it is reported, with its reason
    assert "entry 11: empty caption" in done.stdout
    events = gpd.read_file(geojson)
    assert len(events) > 0
    assert set(events["entry"]) | {11} == set(range(1, 26))
    # and nothing else is left beside the outputs (no temporary files)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "aleppo-events.geojson",
        "aleppo-map.html",
    ]


def test_build_names_the_outputs_and_reads_given_files(
    tmp_path: Path, seed_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    html = tmp_path / "m.html"
    geojson = tmp_path / "e.geojson"
    main(["build", str(seed_path), "--html", str(html), "--geojson", str(geojson)])
    out = capsys.readouterr().out
    assert f"wrote {html}" in out
    doc = json.loads(geojson.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


def test_bad_input_is_one_message_exit_1_and_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "broken.txt"
    bad.write_text("this is not a gallery\n1\nA caption (AP)\n", encoding="utf-8")
    done = run(["build", str(bad)], tmp_path)
    assert done.returncode == 1
    assert "broken.txt" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "aleppo-map.html").exists()
    assert not (tmp_path / "aleppo-events.geojson").exists()


def test_missing_input_file_is_a_clear_error(tmp_path: Path) -> None:
    done = run(["build", "no-such-gallery.txt"], tmp_path)
    assert done.returncode == 1
    assert "no-such-gallery.txt" in done.stderr
    assert "Traceback" not in done.stderr


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    done = run(["build", "--html", str(tmp_path / "missing-dir" / "m.html")], tmp_path)
    assert done.returncode == 1
    assert "missing-dir" in done.stderr
    assert "Traceback" not in done.stderr


def test_build_writes_gpkg_with_control_layer_and_csvs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyogrio

    gpkg, csv, control = tmp_path / "e.gpkg", tmp_path / "e.csv", tmp_path / "control.csv"
    main(
        [
            "build",
            "--html",
            str(tmp_path / "m.html"),
            "--geojson",
            str(tmp_path / "e.geojson"),
            "--gpkg",
            str(gpkg),
            "--csv",
            str(csv),
            "--control-csv",
            str(control),
        ]
    )
    layers = {name for name, _ in pyogrio.list_layers(gpkg)}
    assert {"events", "places", "entries", "control"} <= layers
    statements = pyogrio.read_dataframe(gpkg, layer="control")
    assert "bustan-al-qasr" in set(statements["place_id"])
    assert set(statements["controller"]) <= {
        "government",
        "rebels",
        "islamic_state",
        "kurdish",
        "contested",
        "unknown",
    }
    text = control.read_text(encoding="utf-8")
    assert text.startswith("place_id,place,date,controller,action,entry,evidence")
    assert "lon" in csv.read_text(encoding="utf-8").splitlines()[0]


def test_places_command_shows_spans_roles_and_unknown_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["places", "Residents fled al-Sukkari towards the Qwertzuiop district on Monday."])
    out = capsys.readouterr().out
    assert "'al-Sukkari'" in out
    assert "origin" in out
    assert "Qwertzuiop district" in out
    assert "unknown place" in out


def test_places_command_labels_latitude_and_longitude(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from aleppomap.gazetteer import Gazetteer

    main(["places", "Families waited for the buses in Fardos on Tuesday."])
    out = capsys.readouterr().out
    found = re.search(r"lat (-?[0-9.]+), lon (-?[0-9.]+)", out)
    assert found, out
    fardos = Gazetteer.load().get("fardos")
    assert float(found.group(1)) == pytest.approx(fardos.lat, abs=1e-5)
    assert float(found.group(2)) == pytest.approx(fardos.lon, abs=1e-5)


_UNDATED_CSV = (
    "entry,caption,credit\n"
    "1,A man carries a child through the rubble of the Bustan al-Qasr district.,AFP\n"
    "2,Buses wait to take civilians out of eastern Aleppo on Dec. 15.,Reuters\n"
    "3,Smoke rises over the Sukkari neighbourhood after an air strike.,AP\n"
)


def test_build_summary_counts_entries_without_a_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gallery = tmp_path / "evacuation.csv"
    gallery.write_text(_UNDATED_CSV, encoding="utf-8")
    outputs = ["--html", str(tmp_path / "m.html"), "--geojson", str(tmp_path / "e.geojson")]
    main(["build", str(gallery), "--title", "Evacuation", *outputs])
    out = capsys.readouterr().out
    # "Dec. 15" has no year and the gallery no date: no entry can be dated
    assert "3 entries have no date" in out
    main(["build", str(gallery), "--title", "Evacuation", "--date", "2016-12-15", *outputs])
    assert "no date" not in capsys.readouterr().out
    main(["build", *outputs])  # the seed: every entry dated
    assert "no date" not in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_tabular_gallery_without_title_says_where_its_title_came_from(
    suffix: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    gallery = tmp_path / f"aleppo-evacuation{suffix}"
    if suffix == ".csv":
        gallery.write_text(_UNDATED_CSV, encoding="utf-8")
    else:
        rows = [line.split(",", 2) for line in _UNDATED_CSV.splitlines()[1:]]
        gallery.write_text(
            "".join(json.dumps({"entry": int(n), "caption": c}) + "\n" for n, c, _ in rows),
            encoding="utf-8",
        )
    out = tmp_path / "e.geojson"
    with caplog.at_level(logging.WARNING, logger="aleppomap"):
        main(["export", str(gallery), "--date", "2016-12-15", "--geojson", str(out)])
    said = [r.getMessage() for r in caplog.records if "title" in r.getMessage()]
    assert said == [
        f"{gallery}: title taken from the file name 'aleppo-evacuation' "
        "(the rows have no gallery_title; give one with --title)"
    ]
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [g["title"] for g in doc["galleries"].values()] == ["aleppo-evacuation"]
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="aleppomap"):
        main(["export", str(gallery), "--title", "Evacuation", "--geojson", str(out)])
    assert not [r for r in caplog.records if "title" in r.getMessage()]


def test_gazetteer_check_passes_on_ours_and_fails_on_a_broken_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["gazetteer", "check"])
    assert "valid" in capsys.readouterr().out
    broken = tmp_path / "g.geojson"
    broken.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}')
    done = run(["gazetteer", "check", str(broken)], tmp_path)
    assert done.returncode == 1
    assert "g.geojson" in done.stderr
    assert "Traceback" not in done.stderr


def test_export_needs_an_output(tmp_path: Path) -> None:
    done = run(["export"], tmp_path)
    assert done.returncode == 2
    assert "--geojson" in done.stderr


@pytest.mark.slow
def test_workers_build_the_same_files_as_one_process(tmp_path: Path) -> None:
    from benchmarks.synth import generate

    entries = generate(12_000, seed=11).entries  # more than the 10,000 that start a pool
    columns = ["gallery", "gallery_title", "gallery_date", "entry", "caption", "credit"]
    archive = tmp_path / "archive.jsonl"
    entries[columns].to_json(archive, orient="records", lines=True, force_ascii=False)
    outputs = {}
    for workers in ("1", "2"):
        geojson = tmp_path / f"events-{workers}.geojson"
        done = run(
            ["build", str(archive), "--workers", workers, "--html", f"map-{workers}.html",
             "--geojson", geojson.name],
            tmp_path,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "entries read:    12000" in done.stdout
        outputs[workers] = (geojson.read_bytes(), (tmp_path / f"map-{workers}.html").read_bytes())
    assert outputs["1"] == outputs["2"]
    assert run(["build", str(archive), "--workers", "-1"], tmp_path).returncode == 2
