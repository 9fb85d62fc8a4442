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
import warnings
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markupsafe import escape

from aleppomap.errors import AleppomapError
from aleppomap.events import locate
from aleppomap.export import geojson_text
from aleppomap.gallery import ENTRY_COLUMNS, read_gallery, read_gallery_text
from aleppomap.gazetteer import Gazetteer
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
