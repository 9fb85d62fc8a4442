"""Figures for print: ``aleppomap figure`` and :func:`aleppomap.figure.figure`."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from geopy.distance import geodesic
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import PathPatch, Rectangle

from aleppomap.cli import main
from aleppomap.control import CONTROLLERS
from aleppomap.events import CONTEXT_CUES
from aleppomap.figure import (
    CONTROL_FILL,
    CONTROL_RING_PT,
    DPI,
    figure,
    figure_days,
    metres_per_degree,
    save_figure,
)
from aleppomap.gazetteer import Gazetteer
from aleppomap.timeline.control_layer import CONTROLLER_COLORS

DAY = "2016-12-13"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def day_figure(seed_events: gpd.GeoDataFrame, gazetteer: Gazetteer) -> Figure:
    return figure(seed_events, gazetteer=gazetteer, date=DAY)


def _map_axes(fig: Figure, gid: str = "map") -> list:
    return [ax for ax in fig.axes if (ax.get_gid() or "").startswith(gid)]


def _markers(fig: Figure) -> list[str]:
    """The ids of the numbered circles (``entry-<n>-<place>``)."""
    return [
        line.get_gid()
        for ax in fig.axes
        for line in ax.lines
        if isinstance(line, Line2D) and (line.get_gid() or "").startswith("entry-")
    ]


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.texts] + [t.get_text() for ax in fig.axes for t in ax.texts]


# --------------------------------------------------------------------------- the command


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_figure_command_writes_the_day_and_the_same_bytes_twice(
    tmp_path: Path, fmt: str, seed_events: gpd.GeoDataFrame, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"fig.{fmt}"
    main(["figure", "--date", DAY, "--out", str(out)])
    assert f"wrote {out}" in capsys.readouterr().out
    first = out.read_bytes()
    main(["figure", "--date", DAY, "--out", str(out)])
    assert out.read_bytes() == first, "two runs must give identical bytes"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left

    located = seed_events[seed_events["located"] & (seed_events["date"] == DAY)]
    if fmt == "png":
        from PIL import Image

        with Image.open(out) as image:
            assert image.format == "PNG"
            assert image.size[0] >= 1200
            assert image.size[0] == round(7.5 * DPI)
    elif fmt == "pdf":
        assert first.startswith(b"%PDF")
        assert b"CreationDate" not in first
    else:
        root = ET.fromstring(first)
        ids = {el.get("id"): el for el in root.iter() if el.get("id")}
        outlines = ids["neighbourhoods"]
        assert len(list(outlines.iter(f"{SVG}path"))) > 20
        texts = {el.text for el in root.iter(f"{SVG}text")}
        in_city = located[located["precision"] != "city"]
        for entry in set(in_city["entry"]) - {13}:  # 13 is al-Bab, outside the frame
            assert str(entry) in texts
        assert any(i.startswith("arrow-bustan-al-qasr-fardos") for i in ids)


def test_an_unknown_format_is_one_message_and_exit_1(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aleppomap", "figure", "--date", DAY, "--out", "fig.jpg"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1
    assert "fig.jpg" in done.stderr
    assert ".png, .svg or .pdf" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_bad_day_is_one_message_and_exit_1_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["figure", "--date", "2016-13-01", "--out", str(tmp_path / "f.png")])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "YYYY-MM-DD" in err
    assert "Traceback" not in err
    assert not (tmp_path / "f.png").exists()


def test_column_size_per_day_and_a_title_from_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "col.png"
    main(
        [
            "figure",
            "--from",
            "2016-12-12",
            "--to",
            "2016-12-13",
            "--per-day",
            "--size",
            "column",
            "--title",
            "Aleppo, two days",
            "--out",
            str(out),
        ]
    )
    from PIL import Image

    with Image.open(out) as image:
        assert image.size[0] == round(3.5 * DPI)
    assert "1050 x" in capsys.readouterr().out


# --------------------------------------------------------------------------- the figure


def test_figure_numbers_the_day_s_places_from_the_events(
    day_figure: Figure, seed_events: gpd.GeoDataFrame
) -> None:
    (ax,) = _map_axes(day_figure)
    west, east = ax.get_xlim()
    south, north = ax.get_ylim()
    rows = seed_events[
        seed_events["located"]
        & (seed_events["date"] == DAY)
        & (seed_events["precision"] != "city")
        & ~seed_events["reason"].isin(CONTEXT_CUES)  # (the place another is placed by: no mark)
    ]
    inside = rows[rows.geometry.x.between(west, east) & rows.geometry.y.between(south, north)]
    expected = {f"entry-{e}-{p}" for e, p in zip(inside["entry"], inside["place_id"], strict=True)}
    assert len(expected) >= 5
    assert sorted(_markers(day_figure)) == sorted(expected)
    # the far town is in the key, not a reason to shrink the city to a dot
    outside = rows.drop(inside.index)
    assert set(outside["place"]) == {"al-Bab"}
    assert any("al-Bab (outside the frame" in t for t in _texts(day_figure))
    assert (east - west) * metres_per_degree((south + north) / 2)[0] < 10_000


def test_figure_has_a_key_credits_attribution_scale_and_north(day_figure: Figure) -> None:
    texts = _texts(day_figure)
    assert texts[0] == "Battle for Aleppo: 13 December 2016"
    assert any(t.startswith("Photos:") and "George Ourfalian" in t for t in texts)
    assert any(t.startswith("Map data:") and "Columbia Center" in t for t in texts)
    assert "Bustan al-Qasr → al-Fardos" in texts
    assert any("not located (empty caption)" in t for t in texts)  # entry 11
    (ax,) = _map_axes(day_figure)
    assert any(a.get_gid() == "north-arrow" for a in ax.get_children())
    bar = [p for p in ax.patches if (p.get_gid() or "").startswith("scale-bar")]
    (label,) = [t for t in ax.texts if t.get_gid() == "scale-label"]
    value, unit = label.get_text().split()
    metres = float(value) * (1000 if unit == "km" else 1)
    lat = sum(ax.get_ylim()) / 2
    assert isinstance(bar[0], Rectangle)
    drawn = sum(p.get_width() for p in bar) * metres_per_degree(lat)[0]
    assert drawn == pytest.approx(metres, rel=1e-9)


def test_control_fill_uses_the_map_s_colours(day_figure: Figure) -> None:
    (ax,) = _map_axes(day_figure)
    fills = {
        p.get_gid(): p.get_facecolor()
        for p in ax.patches
        if isinstance(p, PathPatch) and (p.get_gid() or "").startswith("control-")
    }
    # Bustan al-Qasr was captured by the government on 13 December (entries 2, 6, 18)
    colour = fills["control-bustan-al-qasr"]
    assert colour[:3] == pytest.approx(to_rgb(CONTROLLER_COLORS["government"]))
    assert colour[3] == pytest.approx(CONTROL_FILL)


def test_control_of_a_point_only_place_is_a_ring_not_a_disc(
    day_figure: Figure, gazetteer: Gazetteer
) -> None:
    """A place the gazetteer has only as a point shows who held it as a hollow ring."""
    (ax,) = _map_axes(day_figure)
    places = gazetteer.places
    rings = {
        line.get_gid()[len("control-ring-") :]: line
        for line in ax.get_lines()
        if (line.get_gid() or "").startswith("control-ring-")
    }
    # the captions put the Umayyad Mosque (a landmark point) in government hands by 13 December
    assert "umayyad-mosque" in rings
    for pid, ring in rings.items():
        assert places.loc[pid, "geometry"] is None or places.loc[pid, "geometry"].geom_type in (
            "Point",
            "MultiPoint",
        )
        assert ring.get_markerfacecolor() == "none"
        assert ring.get_markersize() == CONTROL_RING_PT
        point = places.loc[pid, "point"]
        assert (ring.get_xdata()[0], ring.get_ydata()[0]) == (point.x, point.y)
    # no control patch is drawn for a point-only place: no disc that reads as territory
    patches = {p.get_gid() for p in ax.patches if (p.get_gid() or "").startswith("control-")}
    assert not patches & {f"control-{pid}" for pid in rings}
    assert "control-bustan-al-qasr" in patches


def test_per_day_draws_one_panel_per_day_with_one_frame(
    seed_events: gpd.GeoDataFrame, gazetteer: Gazetteer
) -> None:
    first, last = "2016-12-10", "2016-12-14"
    fig = figure(seed_events, gazetteer=gazetteer, date_from=first, date_to=last, per_day=True)
    panels = _map_axes(fig, "panel-")
    days = (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days + 1
    assert len(panels) == days
    assert len({(ax.get_xlim(), ax.get_ylim()) for ax in panels}) == 1
    # every located entry of the range is numbered in the panel of its day
    for ax in panels:
        day = ax.get_gid().removeprefix("panel-")
        shown = {
            line.get_gid().split("-entry-")[1].split("-")[0]
            for line in ax.lines
            if "-entry-" in (line.get_gid() or "")
        }
        rows = seed_events[
            seed_events["located"]
            & (seed_events["date"] == day)
            & (seed_events["precision"] != "city")
            & (seed_events["place_id"] != "al-bab")
        ]
        assert shown == {str(e) for e in rows["entry"]}


def test_a_day_without_entries_draws_the_city_with_a_note(
    seed_events: gpd.GeoDataFrame, gazetteer: Gazetteer, tmp_path: Path
) -> None:
    fig = figure(seed_events, gazetteer=gazetteer, date="2016-12-20")
    (ax,) = _map_axes(fig)
    assert _markers(fig) == []
    (outlines,) = [c for c in ax.collections if c.get_gid() == "neighbourhoods"]
    assert len(outlines.get_paths()) > 50  # the whole city
    assert any(t == "No photo entries dated 20 December 2016" for t in _texts(fig))
    assert save_figure(fig, tmp_path / "empty.svg").stat().st_size > 10_000


def test_days_of_a_figure() -> None:
    events = gpd.GeoDataFrame({"date": ["2016-12-12", "", "2016-12-10"]})
    assert figure_days(events) == ["2016-12-10", "2016-12-11", "2016-12-12"]
    assert figure_days(events, date="2016-12-13") == ["2016-12-13"]
    assert figure_days(events, date_to="2016-12-11") == ["2016-12-10", "2016-12-11"]
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        figure_days(events, date="13/12/2016")
    with pytest.raises(ValueError, match="before it starts"):
        figure_days(events, date_from="2016-12-12", date_to="2016-12-01")
    with pytest.raises(ValueError, match="not both"):
        figure_days(events, date="2016-12-12", date_to="2016-12-13")


def test_metres_per_degree_matches_the_geodesic() -> None:
    for lat in (0.0, 36.2, 60.0):
        per_lon, per_lat = metres_per_degree(lat)
        # a small step, so that the chord is the arc
        assert per_lon * 0.01 == pytest.approx(geodesic((lat, 0), (lat, 0.01)).m, rel=1e-6)
        north = geodesic((lat - 0.005, 0), (lat + 0.005, 0)).m
        assert per_lat * 0.01 == pytest.approx(north, rel=1e-6)


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
_CVD = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
}


def _lab(linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
    x = (xyz @ linear) / np.array([0.95047, 1.0, 1.08883])
    f = np.where(x > 216 / 24389, np.cbrt(x), (24389 / 27 * x + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("deficiency", sorted(_CVD))
def test_controller_colours_stay_apart_for_colour_blind_readers(deficiency: str) -> None:
    """The outlines (full colour) of any two controllers differ by ΔE*ab > 12 when simulated."""
    matrix = np.asarray(_CVD[deficiency])

    def seen(hex_colour: str) -> np.ndarray:
        c = np.asarray(to_rgb(hex_colour))
        linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
        return _lab(np.clip(matrix @ linear, 0, 1))

    for a, b in itertools.combinations(CONTROLLERS, 2):
        delta = float(np.linalg.norm(seen(CONTROLLER_COLORS[a]) - seen(CONTROLLER_COLORS[b])))
        assert delta > 12, (a, b, delta)


def test_import_aleppomap_does_not_load_matplotlib() -> None:
    code = "import sys, aleppomap, aleppomap.cli; print('matplotlib' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "False"


def test_figure_shows_itself_in_jupyter_without_pyplot(day_figure: Figure) -> None:
    png = day_figure._repr_png_()  # type: ignore[attr-defined]
    assert png.startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("name", ["fig.jpg", "fig"])
def test_save_figure_refuses_other_formats(day_figure: Figure, tmp_path: Path, name: str) -> None:
    from aleppomap.errors import ExportError

    with pytest.raises(ExportError, match=r"\.png, \.svg or \.pdf"):
        save_figure(day_figure, tmp_path / name)
    assert list(tmp_path.iterdir()) == []
