"""The timeline map as HTML: what the page holds, how it escapes, what it links, that it repeats.

Browser behaviour (slider, popups, panel, fragment) is in ``test_map_browser.py``.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import Point

from aleppomap.errors import AleppomapError
from aleppomap.timeline import LEAFLET_VERSION, PAYLOAD_VERSION, render_html, timeline_map
from aleppomap.timeline.page import JS_FILES, timeline_script
from aleppomap.timeline.payload import (
    COMPRESSED_COLUMNS,
    DICTIONARY_COLUMNS,
    PACKED_COLUMNS,
    decompress_columns,
)

DATA_SCRIPT = re.compile(
    r'<script type="application/json" id="(am[0-9a-f]+)-data">(.*?)</script>', re.S
)

COLUMNS = [
    "gallery", "gallery_title", "gallery_date", "gallery_intro", "entry", "date",
    "date_precision", "place_id", "place", "matched", "start", "end", "role", "precision",
    "uncertainty_m", "caption", "credit", "photographers", "agencies", "score", "method",
    "located", "reason",
]  # fmt: skip


PACKED_TYPES = {"u8": "<u1", "i8": "<i1", "u16": "<u2", "i16": "<i2", "i32": "<i4"}


def unpacked(text: str) -> list[int]:
    """A packed column of the page (``"<type>:<base64>"``, little-endian) as its integers."""
    kind, _, data = text.partition(":")
    values: list[int] = np.frombuffer(base64.b64decode(data, validate=True), PACKED_TYPES[kind])
    return [int(v) for v in values]


def payload_of(page: str) -> dict[str, Any]:
    """The JSON the page's script reads, its packed integer columns read back as lists."""
    found = DATA_SCRIPT.findall(page)
    assert len(found) == 1
    data: dict[str, Any] = json.loads(found[0][1])
    for part, column in PACKED_COLUMNS:
        if column is None:
            data[part] = unpacked(data[part])
        else:
            data[part][column] = unpacked(data[part][column])
    for column in DICTIONARY_COLUMNS:
        data["entries"][column] = undictionary(data["entries"][column])
    compressed = data["entries"].pop("compressed")
    assert compressed["columns"] == list(COMPRESSED_COLUMNS)
    data["entries"].update(decompress_columns(compressed, len(data["entries"]["n"])))
    return data


def undictionary(column: dict[str, Any]) -> list[str]:
    """A text column carried as its distinct values and packed codes, as its texts."""
    return [column["values"][k] for k in unpacked(column["codes"])]


def event_row(
    entry: int,
    caption: str,
    *,
    gallery: str = "g-2016-12-13",
    title: str = "A gallery",
    date: str = "2016-12-13",
    place: str | None = None,
    matched: str | None = None,
    role: str = "location",
    precision: str = "neighbourhood",
    point: tuple[float, float] | None = None,
    reason: str = "",
    **extra: Any,
) -> dict[str, Any]:
    """One row of the events table of docs/architecture.md, written by hand."""
    located = place is not None
    matched = matched if matched is not None else place
    start = caption.find(matched) if located and matched else -1
    return {
        "gallery": gallery,
        "gallery_title": title,
        "gallery_date": "2016-12-13",
        "gallery_intro": "An introduction.",
        "entry": entry,
        "date": date,
        "date_precision": "day" if date else "unknown",
        "place_id": place.lower().replace(" ", "-") if located else None,
        "place": place,
        "matched": matched if located else None,
        "start": start if located else None,
        "end": start + len(matched) if located and matched else None,
        "role": role if located else None,
        "precision": precision if located else None,
        "uncertainty_m": 500.0 if located else float("nan"),
        "caption": caption,
        "credit": "Agency",
        "photographers": [],
        "agencies": ["Agency"],
        "score": 100.0 if located else float("nan"),
        "method": "exact" if located else None,
        "located": located,
        "reason": "" if located else (reason or "no place named in the caption"),
        "geometry": Point(*point) if located and point else None,
        **extra,
    }


def events_of(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    extra = [c for c in rows[0] if c not in COLUMNS and c != "geometry"]
    return gpd.GeoDataFrame(
        rows, columns=[*COLUMNS, *extra, "geometry"], geometry="geometry", crs="EPSG:4326"
    )


def synthetic_events(
    n_events: int, *, n_days: int = 365, n_places: int = 3000, per_entry: int = 2, seed: int = 0
) -> gpd.GeoDataFrame:
    """A large events table with the contract's columns: random places around Aleppo.

    ``n_places = n_events`` gives every marker its own point (the worst case for drawing).
    """
    rng = np.random.default_rng(seed)
    n_entries = max(1, n_events // per_entry)
    entry = np.repeat(np.arange(1, n_entries + 1), per_entry)[:n_events]
    e = entry - 1
    days = np.datetime_as_string(np.datetime64("2016-01-01") + rng.integers(0, n_days, n_entries))
    place = rng.integers(0, n_places, n_events)
    px = 37.05 + rng.random(n_places) * 0.2
    py = 36.12 + rng.random(n_places) * 0.16
    kinds = np.array(["landmark", "neighbourhood", "district", "city"])[
        rng.integers(0, 4, n_places)
    ]
    names = np.array([f"Place {i}" for i in range(n_places)], dtype=object)
    captions = np.array(
        [f"Photo {k + 1}: people in {names[p]} during the battle, a caption of ordinary length."
         for k, p in zip(e, place, strict=True)],
        dtype=object,
    )  # fmt: skip
    frame = pd.DataFrame(
        {
            "gallery": "synthetic-2016-12-31",
            "gallery_title": "Synthetic",
            "gallery_date": "2016-12-31",
            "gallery_intro": "Synthetic events.",
            "entry": entry,
            "date": days[e],
            "date_precision": "day",
            "place_id": [f"p{i}" for i in place],
            "place": names[place],
            "matched": names[place],
            "start": 0,
            "end": 0,
            "role": "location",
            "precision": kinds[place],
            "uncertainty_m": 500.0,
            "caption": captions,
            "credit": "Agency",
            "photographers": [[] for _ in range(n_events)],
            "agencies": [["Agency"] for _ in range(n_events)],
            "score": 100.0,
            "method": "exact",
            "located": True,
            "reason": "",
        }
    )
    return gpd.GeoDataFrame(frame, geometry=shapely.points(px[place], py[place]), crs="EPSG:4326")


FARDOS = (37.1545, 36.1835)
BUSTAN = (37.1395, 36.1905)
CAP2 = "Residents fleeing Bustan al-Qasr arrive in Fardos on Dec. 13."
CAP5 = "Smoke billows from Bustan al-Qasr on Dec. 12."


@pytest.fixture
def small_events() -> gpd.GeoDataFrame:
    """Four entries: a movement, one place on another day, an unlocated and an undated one."""
    return events_of(
        [
            event_row(2, CAP2, place="Bustan al-Qasr", role="origin", point=BUSTAN),
            event_row(2, CAP2, place="Fardos", role="destination", point=FARDOS),
            event_row(5, CAP5, date="2016-12-12", place="Bustan al-Qasr", point=BUSTAN),
            event_row(7, "A street in the city.", date="", place="Fardos", point=FARDOS),
            event_row(11, "", reason="empty caption"),
        ]
    )


# --------------------------------------------------------------------------- the page


def test_returns_a_folium_map_that_saves_the_same_page(
    small_events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    fmap = timeline_map(small_events)
    assert isinstance(fmap, folium.Map)
    fmap.save(str(tmp_path / "map.html"))
    assert (tmp_path / "map.html").read_text(encoding="utf-8") == render_html(small_events)


def test_same_input_same_bytes_and_no_random_ids(small_events: gpd.GeoDataFrame) -> None:
    first = render_html(small_events)
    assert render_html(small_events.copy()) == first
    assert not re.search(r"[0-9a-f]{32}", first), "a uuid-like id is left in the page"
    other = render_html(small_events, title="Another title")
    assert DATA_SCRIPT.findall(other)[0][0] != DATA_SCRIPT.findall(first)[0][0]


def test_a_map_rendered_twice_gives_the_same_page(small_events: gpd.GeoDataFrame) -> None:
    fmap = timeline_map(small_events)
    first = fmap.get_root().render()
    assert fmap.get_root().render() == first
    assert "srcdoc" in fmap._repr_html_()  # Jupyter's view


def test_the_input_table_is_not_modified(small_events: gpd.GeoDataFrame) -> None:
    before = small_events.copy()
    render_html(small_events)
    pd.testing.assert_frame_equal(pd.DataFrame(small_events), pd.DataFrame(before))


def test_self_contained_page_loads_nothing_from_the_network(
    small_events: gpd.GeoDataFrame,
) -> None:
    page = render_html(small_events)
    assert not re.search(r"<script[^>]*\bsrc=", page)
    assert not re.search(r"<link[^>]*\bhref=", page)
    assert not re.search(r"@import|url\((?!data:|#)", page), "a stylesheet loads a file"
    assert f'version="{LEAFLET_VERSION}"' in page  # Leaflet is inlined
    for dropped in ("bootstrap", "jquery", "font-awesome", "fontawesome", "awesome-markers"):
        assert dropped not in page.lower()
    assert "sourceMappingURL" not in page


def test_cdn_page_links_leaflet_with_integrity(small_events: gpd.GeoDataFrame) -> None:
    inline = render_html(small_events)
    page = render_html(small_events, self_contained=False)
    base = f"https://unpkg.com/leaflet@{LEAFLET_VERSION}/dist"
    assert re.search(rf'<script src="{re.escape(base)}/leaflet.js"\s+integrity="sha384-', page)
    assert re.search(rf'<link rel="stylesheet" href="{re.escape(base)}/leaflet.css"', page)
    assert len(page) < len(inline) - 100_000
    # The map's own script still comes with the page.
    assert "L.aleppomapTimeline = function" in page


def test_without_tiles_no_tile_layer(small_events: gpd.GeoDataFrame) -> None:
    assert "tile.openstreetmap.org" in render_html(small_events)
    page = render_html(small_events, tiles=False)
    assert "L.tileLayer" not in page
    assert "tile.openstreetmap.org" not in page


def test_title_date_and_intro_in_the_header(small_events: gpd.GeoDataFrame) -> None:
    page = render_html(small_events)
    assert "<title>A gallery</title>" in page
    assert '<h1 class="am-title">A gallery</h1>' in page
    assert '<time datetime="2016-12-13">13 December 2016</time>' in page
    assert "An introduction." in page
    assert "<title>Mine</title>" in render_html(small_events, title="Mine")


def test_heading_of_many_galleries_stays_short() -> None:
    rows = [
        event_row(
            1,
            "Smoke over Bustan al-Qasr.",
            gallery=f"g{i}",
            title=f"Gallery {i}",
            place="Bustan al-Qasr",
            point=(37.15, 36.19),
        )
        for i in range(40)
    ]
    page = render_html(events_of(rows))
    assert "<title>40 galleries, 2016</title>" in page
    two = render_html(events_of(rows[:2]))
    assert "<title>2 galleries, 2016</title>" in two


def test_asset_files_ship_in_the_package() -> None:
    from importlib.resources import files

    assets = files("aleppomap").joinpath("assets")
    for name in ("timeline.css", "timeline.html.j2", *(f"js/{n}" for n in JS_FILES)):
        assert assets.joinpath(name).is_file()
    # every script file is joined into the page, once
    shipped = {p.name for p in assets.joinpath("js").iterdir() if p.name.endswith(".js")}
    assert sorted(shipped) == sorted(JS_FILES)
    leaflet = assets.joinpath("vendor", "leaflet")
    assert "Volodymyr Agafonkin" in leaflet.joinpath("LICENSE").read_text(encoding="utf-8")
    assert leaflet.joinpath("leaflet.js").read_text(encoding="utf-8").count(LEAFLET_VERSION)


# --------------------------------------------------------------------------- escaping


def test_the_map_script_never_parses_data_as_html() -> None:
    script = timeline_script()
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script
    # Leaflet treats a string given to a popup or tooltip as HTML: ours get DOM nodes.
    assert sorted(set(re.findall(r"setContent\((\w+)", script))) == ["box", "content"]


def test_the_map_script_is_joined_in_one_scope_and_leaks_no_name(
    small_events: gpd.GeoDataFrame,
) -> None:
    script = timeline_script()
    # one function scope around every file, in the order of JS_FILES
    assert script.startswith("(function (L) {\n")
    assert script.endswith("}(window.L));\n")
    starts = [script.index(files_text(f"js/{name}")) for name in JS_FILES]
    assert starts == sorted(starts)
    # only the page's own line sets a global: window.aleppomap
    assert re.findall(r"window\.\w+\s*=(?!=)", script) == []
    page = render_html(small_events)
    assert page.count(script) == 1


def test_large_integer_columns_are_packed_as_narrow_typed_arrays(
    small_events: gpd.GeoDataFrame,
) -> None:
    found = DATA_SCRIPT.findall(render_html(small_events))
    raw = json.loads(found[0][1])
    data = payload_of(render_html(small_events))
    assert data["markers"]["entry"], "the markers"
    for text, values in (
        (raw["markers"]["place"], data["markers"]["place"]),
        (raw["markers"]["entry"], data["markers"]["entry"]),
        (raw["entries"]["day"], data["entries"]["day"]),
        (raw["arrows"], data["arrows"]),
    ):
        kind = text.partition(":")[0]
        info = np.iinfo(np.dtype(PACKED_TYPES[kind]))
        assert all(info.min <= v <= info.max for v in values)
        narrower = [k for k in PACKED_TYPES if np.dtype(PACKED_TYPES[k]).itemsize < info.bits // 8]
        assert not any(  # the narrowest type that holds the values
            np.iinfo(np.dtype(PACKED_TYPES[k])).min <= min(values, default=0)
            and max(values, default=0) <= np.iinfo(np.dtype(PACKED_TYPES[k])).max
            for k in narrower
        ), (kind, values)
    # the captions travel compressed; the credits, days and reasons, which repeat, are
    # written once each
    assert "caption" not in raw["entries"]
    assert raw["entries"]["compressed"]["columns"] == ["caption", "spans", "places", "url", "image"]
    for column in ("credit", "date", "reason"):
        values = raw["entries"][column]["values"]
        assert len(values) == len(set(values)) == len(set(data["entries"][column]))


def test_a_column_too_wide_for_32_bits_is_refused() -> None:
    from aleppomap.errors import EventsTableError
    from aleppomap.timeline.payload import pack_column

    assert unpacked(pack_column([-(2**31), 2**31 - 1])) == [-(2**31), 2**31 - 1]
    assert unpacked(pack_column([-1, 200])) == [-1, 200]
    assert pack_column([]) == "u8:"
    with pytest.raises(EventsTableError, match="32 bits"):
        pack_column([2**31])


def test_the_script_reads_the_payload_version_python_writes(
    small_events: gpd.GeoDataFrame,
) -> None:
    assert payload_of(render_html(small_events))["version"] == PAYLOAD_VERSION
    api = files_text("js/api.js")
    assert re.findall(r"var PAYLOAD_VERSION = (\d+);", api) == [str(PAYLOAD_VERSION)]


def files_text(name: str) -> str:
    from importlib.resources import files

    return files("aleppomap").joinpath("assets", name).read_text(encoding="utf-8")


HOSTILE = [
    "</script><script>window.__xss=1</script>",
    "<!--<script>",
    "<img src=x onerror=alert(1)>",
    "\u2028line\u2029separators & ampersands",
    "\"quotes' and `backticks`",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_data_cannot_close_its_script_and_round_trips(text: str) -> None:
    events = events_of(
        [
            event_row(
                1,
                f"Caption {text} in Fardos",
                title=f"Title {text}",
                place=f"Fardos {text}",
                matched="Fardos",
                point=FARDOS,
            )
        ]
    )
    events["credit"] = f"Credit {text}"
    events["gallery_intro"] = f"Intro {text}"
    page = render_html(events)
    body = DATA_SCRIPT.findall(page)[0][1]
    for raw in ("<", ">", "&", "\u2028", "\u2029"):
        assert raw not in body
    data = payload_of(page)
    assert data["entries"]["caption"] == [f"Caption {text} in Fardos"]
    assert data["entries"]["credit"] == [f"Credit {text}"]
    assert data["places"]["name"] == [f"Fardos {text}"]
    # Outside the data, the texts reach HTML escaped.
    assert "window.__xss=1</script>" not in page.replace(body, "")
    assert "<img src=x" not in page
    assert f'<h1 class="am-title">Title {text}' not in page or "<" not in text


def test_header_texts_are_escaped() -> None:
    events = events_of([event_row(1, "In Fardos.", place="Fardos", point=FARDOS)])
    events["gallery_intro"] = "<b>bold</b> & more"
    page = render_html(events, title="<script>alert(1)</script>")
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert '<h1 class="am-title">&lt;script&gt;alert(1)&lt;/script&gt;</h1>' in page
    assert '<p class="am-intro">&lt;b&gt;bold&lt;/b&gt; &amp; more</p>' in page


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/photo/1", True),
        ("http://example.org/a?b=c&d=e", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("//example.org/no-scheme", False),
        ("https:///no-host", False),
        ("https://exa mple.org/space", False),
        ("java\tscript:alert(1)", False),
        ("", False),
    ],
)
def test_only_http_urls_reach_the_page(url: str, kept: bool) -> None:
    events = events_of(
        [event_row(1, "In Fardos.", place="Fardos", point=FARDOS, url=url, image=url)]
    )
    data = payload_of(render_html(events))
    assert data["entries"]["url"] == [url if kept else ""]
    assert data["entries"]["image"] == [url if kept else ""]


# --------------------------------------------------------------------------- the data


def test_payload_columns(small_events: gpd.GeoDataFrame) -> None:
    data = payload_of(render_html(small_events))
    entries = data["entries"]
    assert entries["n"] == [2, 5, 7, 11]  # every entry, in gallery order
    # Only days with markers are stops; the undated entry is shown under "all dates" only.
    assert data["days"] == ["2016-12-12", "2016-12-13"]
    assert entries["day"] == [1, 0, -1, 1]  # an unlocated entry keeps its day
    assert entries["reason"] == ["", "", "", "empty caption"]
    markers = data["markers"]
    # One marker per (entry, place), sorted by day: 5 (12 Dec), 2 ×2 (13 Dec), then 7.
    by_entry = [entries["n"][k] for k in markers["entry"]]
    assert by_entry == [5, 2, 2, 7]
    assert markers["dayStart"] == [0, 1, 3]
    names = data["places"]["name"]
    assert [names[p] for p in markers["place"]] == [
        "Bustan al-Qasr",
        "Bustan al-Qasr",
        "Fardos",
        "Fardos",
    ]
    assert data["arrows"] == [1, 2]  # entry 2: Bustan al-Qasr → Fardos
    # Coordinates once per place, rounded to 6 decimals.
    assert sorted(zip(data["places"]["x"], data["places"]["y"], strict=True)) == [BUSTAN, FARDOS]
    # Spans in the caption, for marking the places named.
    k2 = entries["n"].index(2)
    spans = entries["spans"][k2]
    assert [CAP2[spans[i] : spans[i + 1]] for i in range(0, len(spans), 2)] == [
        "Bustan al-Qasr",
        "Fardos",
    ]


def test_a_place_named_twice_in_an_entry_is_one_marker() -> None:
    caption = "Fardos, and again Fardos."
    rows = [
        event_row(1, caption, place="Fardos", point=FARDOS),
        event_row(1, caption, place="Fardos", point=FARDOS),
    ]
    rows[1]["start"], rows[1]["end"] = 18, 24
    data = payload_of(render_html(events_of(rows)))
    assert len(data["markers"]["entry"]) == 1
    assert data["entries"]["spans"] == [[0, 6, 18, 24]]


def test_spans_count_utf16_units_for_javascript() -> None:
    caption = "\U0001f4f7 A photo in Fardos"
    data = payload_of(render_html(events_of([event_row(1, caption, place="Fardos", point=FARDOS)])))
    start, end = data["entries"]["spans"][0]
    assert caption.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le") == "Fardos"


def test_several_galleries_name_entries_by_gallery() -> None:
    events = events_of(
        [
            event_row(
                1, "In Fardos.", gallery="b-gallery", title="B", place="Fardos", point=FARDOS
            ),
            event_row(
                1, "In Fardos.", gallery="a-gallery", title="A", place="Fardos", point=FARDOS
            ),
        ]
    )
    page = render_html(events)
    data = payload_of(page)
    # Galleries keep the order of the table, not the alphabet.
    assert [g["id"] for g in data["galleries"]] == ["b-gallery", "a-gallery"]
    assert data["entries"]["gallery"] == [0, 1]
    assert "2 galleries" in page


def test_points_from_another_crs_are_reprojected() -> None:
    events = events_of([event_row(1, "In Fardos.", place="Fardos", point=FARDOS)])
    data = payload_of(render_html(events.to_crs("EPSG:3857")))
    assert data["places"]["x"] == [pytest.approx(FARDOS[0], abs=1e-6)]
    assert data["places"]["y"] == [pytest.approx(FARDOS[1], abs=1e-6)]


def test_a_located_row_without_point_is_listed_as_unlocated() -> None:
    row = event_row(1, "In Fardos.", place="Fardos", point=FARDOS)
    row["geometry"] = None
    data = payload_of(render_html(events_of([row])))
    assert data["markers"]["entry"] == []
    assert data["entries"]["reason"] == ["no point for its place"]
    assert "bounds" not in data


def test_invalid_dates_are_undated() -> None:
    events = events_of(
        [
            event_row(1, "In Fardos.", date="2016-02-30", place="Fardos", point=FARDOS),
            event_row(2, "In Fardos.", date="13 Dec", place="Fardos", point=FARDOS),
        ]
    )
    data = payload_of(render_html(events))
    assert data["days"] == []
    assert data["entries"]["date"] == ["", ""]


def test_an_empty_table_gives_a_page() -> None:
    events = events_of([event_row(1, "In Fardos.", place="Fardos", point=FARDOS)]).iloc[:0]
    data = payload_of(render_html(events))
    assert data["entries"]["n"] == []
    assert data["days"] == []


def test_wrong_input_raises_a_clear_error(small_events: gpd.GeoDataFrame) -> None:
    with pytest.raises(AleppomapError, match="GeoDataFrame"):
        timeline_map(pd.DataFrame(small_events))  # type: ignore[arg-type]
    with pytest.raises(AleppomapError, match="located"):
        timeline_map(small_events.drop(columns=["located"]))
    with pytest.raises(AleppomapError, match="mode"):
        timeline_map(small_events, mode="weekly")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- the seed


def test_seed_payload_matches_the_events_table(seed_events: gpd.GeoDataFrame) -> None:
    data = payload_of(render_html(seed_events))
    located = seed_events[seed_events["located"]]
    assert data["days"] == sorted(set(located["date"]) - {""})
    entries = data["entries"]
    assert entries["n"] == sorted(set(seed_events["entry"]))
    # one marker per entry and place where the photo was taken (none for a place named in passing)
    keys = located.loc[located["role"] != "mentioned", ["entry", "place_id"]].drop_duplicates()
    assert len(data["markers"]["entry"]) == len(keys)
    for row in seed_events.drop_duplicates("entry").itertuples():
        k = entries["n"].index(row.entry)
        assert entries["caption"][k] == row.caption
        assert entries["credit"][k] == row.credit


# --------------------------------------------------------------------------- scale


@pytest.mark.slow
def test_100k_events_page_is_smaller_than_timestamped_geojson() -> None:
    from folium.plugins import TimestampedGeoJson

    events = synthetic_events(100_000)
    ours = render_html(events)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(x, 6), round(y, 6)]},
            "properties": {"times": [d], "popup": f"<b>Photo {n}</b><br>{c}<br>{cr}"},
        }
        for x, y, d, n, c, cr in zip(
            shapely.get_x(events.geometry.values),
            shapely.get_y(events.geometry.values),
            events["date"],
            events["entry"],
            events["caption"],
            events["credit"],
            strict=True,
        )
    ]
    fmap = folium.Map(location=[36.2, 37.15], zoom_start=12)
    TimestampedGeoJson({"type": "FeatureCollection", "features": features}).add_to(fmap)
    theirs = fmap.get_root().render()
    assert len(ours.encode()) < len(theirs.encode())


# --------------------------------------------------------------------------- control layer


def control_state(layer: dict[str, Any], place_id: str, day: str) -> tuple[str, int]:
    """A place's controller and statement index on a day, read as the map's script reads it."""
    place = next(p for p in layer["places"] if p["id"] == place_id)
    k = sum(1 for d in layer["days"] if d <= day) - 1
    controller, statement = "unknown", -1
    for change_day, c, s in place["changes"]:
        if change_day <= k:
            controller, statement = layer["controllers"][c], s
    return controller, statement


def test_seed_page_has_the_control_layer(seed_events: gpd.GeoDataFrame) -> None:
    from aleppomap.control import control_table, whole_statements
    from aleppomap.timeline.control_layer import CONTROLLER_COLORS

    page = render_html(seed_events)
    assert render_html(seed_events) == page  # still deterministic
    layer = payload_of(page)["control"]
    # the map draws the statements about whole places ("a rebel-held area of Aleppo" is part of
    # the city: not drawn)
    statements = whole_statements(control_table(seed_events))
    dated = statements[statements["date"] != ""]
    assert layer["days"] == sorted(set(dated["date"]))
    assert {p["id"] for p in layer["places"]} == set(dated["place_id"])
    assert {(i["controller"], i["color"]) for i in layer["legend"]} == set(
        CONTROLLER_COLORS.items()
    )

    bustan = next(p for p in layer["places"] if p["id"] == "bustan-al-qasr")
    assert bustan["approximate"] is False  # the gazetteer has its outline
    assert bustan["geometry"]["type"] in ("Polygon", "MultiPolygon")
    said = statements[statements["place_id"] == "bustan-al-qasr"]
    assert sorted(s["entry"] for s in bustan["statements"]) == sorted(said["entry"])
    assert {s["evidence"] for s in bustan["statements"]} == set(said["evidence"])
    assert control_state(layer, "bustan-al-qasr", "2016-12-10") == ("unknown", -1)
    controller, k = control_state(layer, "bustan-al-qasr", "2016-12-13")
    assert controller == "government"
    assert bustan["statements"][k]["date"] == "2016-12-13"  # the latest evidence that day

    # A place the gazetteer knows only as a point: a circle of its uncertainty, marked.
    approximate = [p for p in layer["places"] if p["approximate"]]
    assert approximate
    for place in approximate:
        assert place["radius_m"] > 0
        assert len(place["geometry"]["coordinates"][0]) == 33


def test_no_control_layer_without_control_phrases(small_events: gpd.GeoDataFrame) -> None:
    assert "control" not in payload_of(render_html(small_events))
    assert "control" not in payload_of(render_html(synthetic_events(2000)))


def test_control_layer_can_be_left_out(seed_events: gpd.GeoDataFrame) -> None:
    assert "control" not in payload_of(render_html(seed_events, control=False))


def test_control_statements_made_once_give_the_same_page(seed_events: gpd.GeoDataFrame) -> None:
    from aleppomap.control import control_table

    statements = control_table(seed_events)
    assert render_html(seed_events, statements=statements) == render_html(seed_events)
    with pytest.raises(AleppomapError, match="control_table"):
        render_html(seed_events, statements=statements[["place_id", "date"]])


def test_control_evidence_cannot_close_the_script() -> None:
    hostile = '</script><img src=x onerror="window.__xss=1"><!--'
    caption = f"Smoke over the rebel-held Fardos{hostile} neighborhood on Dec. 13."
    events = events_of(
        [event_row(1, caption, place="Fardos", matched=f"Fardos{hostile}", point=FARDOS)]
    )
    page = render_html(events)
    found = DATA_SCRIPT.findall(page)
    assert len(found) == 1
    assert "</script" not in found[0][1].lower()
    layer = payload_of(page)["control"]
    (place,) = layer["places"]
    assert place["id"] == "fardos"
    assert [s["evidence"] for s in place["statements"]] == [f"rebel-held Fardos{hostile}"]
    assert control_state(layer, "fardos", "2016-12-13")[0] == "rebels"


# --------------------------------------------------------------------------- the first view


def test_the_first_view_leaves_a_far_town_out_and_keeps_the_city() -> None:
    from aleppomap.timeline.payload import frame_bounds

    # eight photos in the city, one from al-Bab 35 km east
    xs = np.array([37.140, 37.143, 37.150, 37.151, 37.156, 37.160, 37.135, 37.148, 37.516])
    ys = np.array([36.176, 36.191, 36.187, 36.194, 36.199, 36.201, 36.178, 36.183, 36.371])
    (s, w), (n, e) = frame_bounds(xs, ys)
    assert (s, w) == (36.176, 37.135)
    assert (n, e) == (36.201, 37.160)


def test_the_first_view_keeps_every_place_when_none_is_far() -> None:
    from aleppomap.timeline.payload import frame_bounds

    xs = np.array([37.14, 37.15, 37.16])
    ys = np.array([36.18, 36.19, 36.20])
    assert frame_bounds(xs, ys) == [[36.18, 37.14], [36.20, 37.16]]


def test_the_first_view_never_drops_more_than_a_fifth() -> None:
    from aleppomap.timeline.payload import frame_bounds

    # half the photos in the city, half spread over the countryside: most stay in view
    rng = np.random.default_rng(7)
    xs = np.concatenate([37.15 + rng.normal(0, 0.003, 50), 37.15 + rng.uniform(-0.6, 0.6, 50)])
    ys = np.concatenate([36.19 + rng.normal(0, 0.003, 50), 36.19 + rng.uniform(-0.4, 0.4, 50)])
    (s, w), (n, e) = frame_bounds(xs, ys)
    inside = (xs >= w) & (xs <= e) & (ys >= s) & (ys <= n)
    assert inside.mean() >= 0.8


def test_seed_page_frames_the_city_and_knows_the_extent(seed_events: gpd.GeoDataFrame) -> None:
    data = payload_of(render_html(seed_events))
    (s, w), (n, e) = data["bounds"]
    (s0, w0), (n0, e0) = data["extent"]
    # al-Bab (37.52 E) is in the extent, not in the first view
    assert e0 > 37.5 > e
    assert s0 <= s < n <= n0
    assert w0 <= w < e <= e0


# --------------------------------------------------------------------------- the offline city


def test_the_base_layer_draws_every_outline_of_the_gazetteer(
    seed_events: gpd.GeoDataFrame,
) -> None:
    from aleppomap.gazetteer import Gazetteer
    from aleppomap.timeline.payload import BASE_SCALE

    gazetteer = Gazetteer.load()
    frame = gazetteer.places
    data = payload_of(render_html(seed_events))
    base = data["base"]
    assert base["scale"] == BASE_SCALE
    by_name = {p["name"]: p for p in base["places"]}
    polygons = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon"])]
    # every outline, and the towns and villages known as points (a square and a name); the
    # other points (landmarks) have nothing to draw and are left out of the page, and so are
    # the places of other governorates (Damascus, Idlib: a marker names them where photos are)
    points = frame[
        ~frame.index.isin(polygons.index)
        & frame["kind"].isin(["town", "village"])
        & (frame["governorate"] == "Aleppo")
    ]
    assert len(base["places"]) == len(polygons) + len(points)
    assert all(by_name[name]["rings"] == [] for name in points["name"])
    for pid, place in polygons.iterrows():
        drawn = by_name[place["name"]]
        assert drawn["rings"], pid
        assert drawn["nameAr"] == place["name_ar"]
        # the outline decoded (first point absolute, then differences) is the gazetteer's,
        # within the simplification (a few metres)
        ring = np.cumsum(np.asarray(drawn["rings"][0]).reshape(-1, 2), axis=0) / BASE_SCALE
        outline = shapely.Polygon(ring)
        assert shapely.hausdorff_distance(outline.exterior, _outer(place.geometry)) < 0.0002
    # the quarters of the old city are marked for their own tone
    assert by_name["al-Farafra"]["oldCity"] is True
    assert by_name["Sheikh Saeed"]["oldCity"] is False


def _outer(geometry: Any) -> Any:
    """The exterior of a polygon, or of the first part of a multipolygon."""
    parts = getattr(geometry, "geoms", [geometry])
    return parts[0].exterior


def test_the_base_layer_keeps_the_page_small(seed_events: gpd.GeoDataFrame) -> None:
    data = payload_of(render_html(seed_events))
    base_json = json.dumps(data["base"], separators=(",", ":"), ensure_ascii=False)
    # the whole city, every outline and both names of each place, in under 80 kB, and the
    # governorate's towns and villages known only as points (about 100 bytes each)
    points = sum(1 for p in data["base"]["places"] if not p["rings"])
    assert points > 500
    assert len(base_json.encode("utf-8")) < 80_000 + 100 * points


def test_tiles_are_options_beside_the_offline_city(small_events: gpd.GeoDataFrame) -> None:
    page = render_html(small_events)
    assert "City outlines (no network)" in page
    for name in ("Light (CARTO)", "Dark (CARTO)", "OpenStreetMap", "Imagery (Esri)"):
        assert name in page
    # the tile layers are offered, none added: the page opens with no tile request
    assert page.count(".addTo(") >= 1
    assert not re.search(r"tile_layer_\w+\.addTo\(", page)
