"""Properties (hypothesis) across the pipeline.

``test_gallery.py`` already checks that any text or bytes read as a text gallery give entries
or an :class:`AleppomapError`, and that generated text galleries keep their entries. Here:
the same for CSV and JSON Lines; generated galleries keep every entry and its numbers all the
way through ``read_gallery`` → ``locate`` → GeoJSON → read back; and any text in the map's data
comes back from the page exactly (no template or script injection).
"""

from __future__ import annotations

import io
import json
import math
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from aleppomap.errors import AleppomapError
from aleppomap.events import locate
from aleppomap.export import csv_text, geojson_text
from aleppomap.gallery import ENTRY_COLUMNS, read_gallery, read_gallery_text
from aleppomap.gazetteer import Gazetteer, validate_gazetteer
from aleppomap.geoparse import Geoparser
from aleppomap.timeline import render_html
from test_timeline import FARDOS, event_row, events_of, payload_of

# --------------------------------------------------------------------------- any input


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=300), fmt=st.sampled_from(["csv", "jsonl"]))
def test_any_text_as_csv_or_jsonl_reads_or_raises_a_clear_error(text: str, fmt: Any) -> None:
    error: AleppomapError | None = None
    try:
        entries = read_gallery_text(text, format=fmt, source=f"any.{fmt}")
    except AleppomapError as err:
        error = err
    if error is not None:
        assert error.message
        assert error.source == f"any.{fmt}"
        return
    assert len(entries) >= 1
    assert list(entries.columns[: len(ENTRY_COLUMNS)]) == list(ENTRY_COLUMNS)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.dictionaries(st.sampled_from(
    ["caption", "entry", "id", "credit", "date", "gallery_date", "title", "url", "x"]),
    _JSON_VALUES, max_size=5), min_size=1, max_size=5))  # fmt: skip
def test_any_json_lines_read_or_raise_a_clear_error(records: list[dict[str, Any]]) -> None:
    raw = "".join(json.dumps(r) + "\n" for r in records).encode()
    error: AleppomapError | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnicodeWarning)
            entries = read_gallery(io.BytesIO(raw), format="jsonl")
    except AleppomapError as err:
        error = err
    if error is not None:
        assert error.message
        assert error.line is None or 1 <= error.line <= len(records)
        return
    assert len(entries) == len(records)


# JSON Lines as a careless or hostile exporter writes them: numbers JSON has no word for (NaN,
# Infinity), integers past 64 bits, numbers written as text, and nesting past any sane depth.
_ODD_NUMBERS = st.sampled_from(
    ["NaN", "Infinity", "-Infinity", "1e400", "-0", "10" * 40, "1.5", '"12"', '" 7 "', '"1e3"']
)
_ODD_VALUES = st.one_of(
    _ODD_NUMBERS,
    st.integers(1, 5_000).map(lambda depth: "[" * depth + "]" * depth),
    st.integers(1, 100_000).map(lambda depth: '{"a":' * depth + "1" + "}" * depth),
    st.builds(json.dumps, _JSON_VALUES),
)
_CAPTION = '"Smoke rises over al-Sukkari, Aleppo, on Dec. 12. (AFP)"'


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(
    st.sampled_from(["entry", "id", "caption", "date", "gallery_date", "url", "other_fields"]),
    _ODD_VALUES), min_size=1, max_size=4), st.integers(1, 3))  # fmt: skip
def test_odd_numbers_and_deep_json_lines_read_or_raise_a_clear_error(
    fields: list[tuple[str, str]], copies: int
) -> None:
    members = {"caption": _CAPTION} | dict(fields)
    line = "{" + ", ".join(f"{json.dumps(k)}: {v}" for k, v in members.items()) + "}\n"
    error: AleppomapError | None = None
    try:
        entries = read_gallery_text(line * copies, format="jsonl", source="odd.jsonl")
    except AleppomapError as err:
        error = err
    if error is not None:
        assert error.message
        assert error.source == "odd.jsonl"
        assert error.line is None or 1 <= error.line <= copies
        return
    assert len(entries) == copies
    # what was read goes all the way to the exports without an error
    events = locate(entries)
    json.loads(geojson_text(events))
    csv_text(events)


# --------------------------------------------------------------------------- gazetteers

# Numbers as a careless gazetteer holds them: NaN and infinities, huge integers, text, null.
_GZ_NUMBERS = st.one_of(
    st.floats(36.0, 37.5),
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(-(10**30), 10**30),
    st.sampled_from(["37.1", "", "NaN"]),
    st.none(),
    st.booleans(),
)
_GZ_JSON = st.recursive(
    st.none() | st.booleans() | _GZ_NUMBERS | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=8,
)  # fmt: skip
_POSITIONS = st.lists(st.lists(_GZ_NUMBERS, max_size=4), max_size=6)
_GEOMETRIES = st.one_of(
    st.fixed_dictionaries({"type": st.just("Point"), "coordinates": st.lists(_GZ_NUMBERS,
                                                                              max_size=4)}),
    st.fixed_dictionaries({"type": st.just("Polygon"), "coordinates": st.lists(_POSITIONS,
                                                                                max_size=2)}),
    st.fixed_dictionaries({"type": st.just("MultiPolygon"),
                           "coordinates": st.lists(st.lists(_POSITIONS, max_size=2), max_size=2)}),
    st.fixed_dictionaries({"type": st.sampled_from(
        ["LineString", "MultiPoint", "GeometryCollection", "Circle", ""]),
        "coordinates": _GZ_JSON}),
    _GZ_JSON,
)  # fmt: skip
_SQUARE = [[37.1, 36.1], [37.2, 36.1], [37.2, 36.2], [37.1, 36.2], [37.1, 36.1]]
_PROPERTIES = ["id", "name", "name_ar", "aliases", "kind", "parent", "uncertainty_m", "source",
               "licence", "ambiguous_aliases", "note", "point"]  # fmt: skip


def _valid_place(i: int) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": {
            "id": f"zukor-{i}", "name": f"Zukor{i}", "name_ar": "", "aliases": [f"Zukor Tahta{i}"],
            "kind": "neighbourhood", "parent": None, "uncertainty_m": 400, "source": "survey",
            "source_ref": "field notes", "licence": "CC0",
        },
        "geometry": {"type": "Point", "coordinates": [37.12 + i / 100, 36.2]},
    }  # fmt: skip


# One change to a valid place: a property, the geometry, a ring of odd positions, or a polygon
# with an odd representative point.
_CHANGES = st.one_of(
    st.tuples(st.just("property"), st.sampled_from(_PROPERTIES), _GZ_JSON),
    st.tuples(st.just("geometry"), st.just(""), _GEOMETRIES),
    st.tuples(st.just("ring"), st.sampled_from(["Polygon", "MultiPolygon"]), _POSITIONS),
    st.tuples(st.just("point"), st.sampled_from(["Polygon", "MultiPolygon"]), _GZ_JSON),
)


def _changed(n: int, changes: list[tuple[str, str, Any]]) -> list[dict[str, Any]]:
    features = [_valid_place(i) for i in range(n)]
    for i, (what, key, value) in enumerate(changes):
        feature = features[i % n]
        if what == "property":
            feature["properties"][key] = value
        elif what == "geometry":
            feature["geometry"] = value
        else:
            ring = value + value[:1] if what == "ring" else _SQUARE
            coordinates = [ring] if key == "Polygon" else [[ring]]
            feature["geometry"] = {"type": key, "coordinates": coordinates}
            feature["properties"]["point"] = [37.15, 36.15] if what == "ring" else value
    return features


_COLLECTIONS = st.one_of(
    st.builds(_changed, st.integers(1, 3), st.lists(_CHANGES, min_size=1, max_size=3)),
    st.lists(st.fixed_dictionaries({"type": st.just("Feature"), "properties": _GZ_JSON,
                                    "geometry": _GEOMETRIES}), max_size=3),
    _GZ_JSON,
).map(lambda features: {"type": "FeatureCollection", "features": features})  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=_COLLECTIONS | _GZ_JSON, extend=st.booleans())
def test_any_gazetteer_loads_or_raises_a_clear_error(doc: Any, extend: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "places.geojson"
        path.write_text(json.dumps(doc), encoding="utf-8")  # NaN and Infinity as Python writes
        problems = validate_gazetteer(path)
        assert all(str(p).startswith(str(path)) for p in problems)
        error: AleppomapError | None = None
        try:
            gazetteer = Gazetteer.load(path, extend=extend)
        except AleppomapError as err:
            error = err
        if error is not None:
            assert error.source == str(path)
            assert error.message
            return
        # what loads is usable: its names are found in a caption
        assert not [p for p in problems if p.severity == "error"]
        Geoparser(gazetteer).find("Residents cross Zukor0 and the Zukor1 district on foot.")


# --------------------------------------------------------------------------- valid galleries


@pytest.fixture(scope="module")
def places() -> dict[str, Any]:
    gz = Gazetteer.load()
    return {p.id: p for p in gz}


NAMED = ["al-Sukkari", "Fardos", "Hanano", "the Umayyad Mosque", "Bustan al-Qasr", "Jibrin"]
CAPTIONS = st.one_of(
    st.just(""),
    st.sampled_from(NAMED).map(lambda n: f"Residents walk in {n} on Dec. 12."),
    st.tuples(st.sampled_from(NAMED), st.sampled_from(NAMED)).map(
        lambda ns: f"Families fled {ns[0]} towards {ns[1]}."
    ),
    st.just("A man rests in the Qwertzuiop district."),
    st.just("A volunteer carries water."),
)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    numbers=st.lists(st.integers(0, 10**6), min_size=1, max_size=10, unique=True).map(sorted),
    data=st.data(),
)
def test_generated_galleries_keep_entries_and_numbers_to_geojson_and_back(
    places: dict[str, Any], numbers: list[int], data: st.DataObject
) -> None:
    captions = [data.draw(CAPTIONS) for _ in numbers]
    lines = ["date 2016-12-13 Generated", "An introduction."]
    for number, caption in zip(numbers, captions, strict=True):
        lines.append(str(number))
        if caption:
            lines.append(f"{caption} (Jane Doe/AFP)")
    entries = read_gallery_text("\n".join(lines) + "\n")
    assert list(entries["entry"]) == numbers
    events = locate(entries)
    doc = json.loads(geojson_text(events))
    located = [f["properties"] for f in doc["features"] if f["geometry"] is not None]
    missing = [f["properties"] for f in doc["features"] if f["geometry"] is None]
    # every entry is a feature, in order; none twice on the unlocated side
    seen = [f["properties"]["entry"] for f in doc["features"]]
    assert sorted(set(seen)) == numbers
    assert seen == sorted(seen)
    assert len({u["entry"] for u in missing}) == len(missing)
    assert not {u["entry"] for u in missing} & {p["entry"] for p in located}
    assert len(doc["features"]) == len(events)
    by_entry = dict(zip(numbers, captions, strict=True))
    for u in missing:
        assert u["reason"]
        assert u["located"] is False
        assert u["caption"] == by_entry[u["entry"]]
    for feature in doc["features"]:
        if feature["geometry"] is None:
            continue
        props = feature["properties"]
        place = places[props["place_id"]]
        lon, lat = feature["geometry"]["coordinates"]
        assert math.isclose(lon, place.lon, abs_tol=1e-6)
        assert math.isclose(lat, place.lat, abs_tol=1e-6)
        assert props["uncertainty_m"] == place.uncertainty_m
        caption = by_entry[props["entry"]]
        assert caption[props["char_start"] : props["char_end"]] == props["matched"]
        assert props["credit"] == "Jane Doe/AFP"
    for entry, caption in by_entry.items():
        if any(n in caption for n in NAMED):
            assert entry in {p["entry"] for p in located}, caption


# --------------------------------------------------------------------------- the page

_HOSTILE_TEXT = st.text(
    alphabet=st.sampled_from(list("{}%#<>/&'\"`$\\ \u2028\u2029abcXYZ019=:;()[]!-")),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(caption=_HOSTILE_TEXT, title=_HOSTILE_TEXT, place=_HOSTILE_TEXT, intro=_HOSTILE_TEXT)
def test_any_text_reaches_the_page_data_exactly(
    caption: str, title: str, place: str, intro: str
) -> None:
    events = events_of(
        [event_row(1, f"In Fardos {caption}", title=title, place=place, matched="Fardos",
                   point=FARDOS)]
    )  # fmt: skip
    events["credit"] = caption
    events["gallery_intro"] = intro
    page = render_html(events, tiles=False)
    data = payload_of(page)
    assert data["entries"]["caption"] == [f"In Fardos {caption}"]
    assert data["entries"]["credit"] == [caption]
    assert data["places"]["name"] == [place]
    assert [g["title"] for g in data["galleries"]] == [title]
    # The header shows them escaped, as written: no text was read as a template.
    assert f'<h1 class="am-title">{escape(title)}</h1>' in page
    assert f'<p class="am-intro">{escape(intro)}</p>' in page
