"""The compressed captions read back by the browser (payload version 3), with no network.

Python packs the page; the page's script decompresses the captions, the places' spans in them,
the places each entry names and the links with the browser's DecompressionStream, after the
first view. These tests read them back from what the page shows.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from aleppomap.timeline import render_html
from aleppomap.timeline.payload import compress_columns
from browser import UNREADABLE, assert_data_refused, chromium_available, open_page
from test_timeline import BUSTAN, FARDOS, event_row, events_of, payload_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="needs Playwright and chromium"),
]

# The caption of entry `name`: its row in the list (every entry has one) and, for an entry on
# the map, its popup's caption and the names marked in it.
SHOWN = """async (name) => {
  aleppomap.openEntry(name);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  const row = document.querySelector('.am-row.am-selected .am-row-caption');
  const box = [...document.querySelectorAll('.leaflet-popup-content')].pop();
  const caption = box ? box.querySelector('.am-popup-caption') : null;
  return {
    row: row ? row.textContent : null,
    popup: caption ? caption.textContent : null,
    marks: caption ? [...caption.querySelectorAll('mark')].map((m) => m.textContent) : [],
    places: box ? [...box.querySelectorAll('.am-popup-places li')].length : 0,
  };
}"""

# Hold the page's decompression until the test calls window.__release().
HOLD = """(() => {
  const held = new Promise((release) => { window.__release = release; });
  const read = Response.prototype.arrayBuffer;
  Response.prototype.arrayBuffer = function () { return held.then(() => read.call(this)); };
})();"""


def utf16_slice(text: str, start: int, end: int) -> str:
    return text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le")


def test_every_seed_caption_reads_back_with_its_places_marked(
    browser: Any, seed_page: Path, seed_events: gpd.GeoDataFrame
) -> None:
    data = payload_of(seed_page.read_text(encoding="utf-8"))
    entries = data["entries"]
    located = set(seed_events.loc[seed_events["located"], "entry"])
    with open_page(browser, seed_page.as_uri()) as run:
        assert run.page.evaluate("aleppomap.ready()") is True
        for k, n in enumerate(entries["n"]):
            caption = str(seed_events.loc[seed_events["entry"] == n, "caption"].iloc[0])
            assert entries["caption"][k] == caption
            shown = run.page.evaluate(SHOWN, n)
            assert shown["row"] == (caption or "No caption"), n
            if n not in located:
                continue
            assert shown["popup"] == (caption or "No caption"), n
            spans = entries["spans"][k]
            cuts = sorted(zip(spans[::2], spans[1::2], strict=True))
            assert shown["marks"] == [utf16_slice(caption, a, b) for a, b in cuts], n
            assert shown["places"] == len(entries["places"][k])
        assert run.errors == []
        assert run.console_errors == []


# In the wording of an agency caption, with Arabic, accented letters, a flag and emoji (two
# UTF-16 units each) before the names marked: their spans count JavaScript's units.
CAPTION = (
    "\U0001f1f8\U0001f1fe A girl carries her brother through حي الفردوس — the Fardos "
    "neighbourhood — «toward the buses» \U0001f68c as families leave for Bustan al-Qasr, in "
    "eastern Aleppo, Syria, on December 13, 2016. \U0001f64f"
)


def multilingual_page(tmp_path: Path) -> Path:
    rows = [
        event_row(1, CAPTION, place="Fardos", role="origin", point=FARDOS),
        event_row(1, CAPTION, place="Bustan al-Qasr", role="destination", point=BUSTAN),
        event_row(2, "Smoke rises over Fardos, seen from the west.", place="Fardos", point=FARDOS),
    ]
    rows[0]["url"] = "https://example.org/photo/1"
    path = tmp_path / "multilingual.html"
    path.write_text(render_html(events_of(rows), tiles=False), encoding="utf-8")
    return path


def test_non_ascii_captions_read_back_and_spans_after_them_mark_the_names(
    browser: Any, tmp_path: Path
) -> None:
    path = multilingual_page(tmp_path)
    with open_page(browser, path.as_uri()) as run:
        shown = run.page.evaluate(SHOWN, 1)
        assert shown["row"] == CAPTION
        assert shown["popup"] == CAPTION
        assert shown["marks"] == ["Fardos", "Bustan al-Qasr"]
        assert shown["places"] == 2
        # the text before each mark is the caption's, to the letter
        before = run.page.evaluate(
            "() => [...document.querySelectorAll('.am-popup-caption mark')]"
            ".map((m) => m.previousSibling.textContent)"
        )
        assert before[0] == CAPTION[: CAPTION.index("Fardos")]
        assert run.page.locator(".am-popup-source").get_attribute("href") == (
            "https://example.org/photo/1"
        )
        assert run.errors == []
        assert run.console_errors == []


def test_captions_say_loading_until_read_then_show_in_place(browser: Any, tmp_path: Path) -> None:
    path = multilingual_page(tmp_path)
    with open_page(browser, path.as_uri(), wait=False) as run:
        page = run.page
        page.add_init_script(HOLD)
        page.reload()
        page.wait_for_function("() => window.aleppomap !== undefined")
        # the map and the list are there; the captions are not read yet: none is shown
        assert page.evaluate("aleppomap.markersInView().length") > 0
        rows = page.locator(".am-row-caption")
        assert rows.all_inner_texts() == ["Loading caption…", "Loading caption…"]
        shown = page.evaluate(SHOWN, 1)
        assert shown["popup"] == "Loading caption…"
        assert shown["marks"] == []
        assert page.locator(".am-popup-source").count() == 0  # its link comes with the text
        page.locator(".am-row.am-selected button.am-entry").focus()
        page.evaluate("window.__release()")
        assert page.evaluate("aleppomap.ready()") is True
        # the open popup and the rows now show the captions; the focus stayed on the row
        assert rows.all_inner_texts() == [CAPTION, "Smoke rises over Fardos, seen from the west."]
        caption = page.locator(".leaflet-popup-content .am-popup-caption").last
        assert caption.inner_text() == CAPTION
        assert caption.locator("mark").all_inner_texts() == ["Fardos", "Bustan al-Qasr"]
        assert page.locator(".leaflet-popup-content .am-place-name").count() == 2
        assert page.evaluate("document.activeElement.closest('.am-row.am-selected') !== null")
        assert run.errors == []
        assert run.console_errors == []


def broken_gzip(part: dict[str, Any]) -> str:
    """The compressed columns' gzip with its last 12 bytes cut off (a truncated download)."""
    return base64.b64encode(base64.b64decode(part["gzip"])[:-12]).decode("ascii")


def corrupted_gzip(part: dict[str, Any]) -> str:
    """The compressed columns' gzip with bytes of its middle flipped (its check sum fails)."""
    data = bytearray(base64.b64decode(part["gzip"]))
    for at in range(len(data) // 2, len(data) // 2 + 4):
        data[at] ^= 0x5A
    return base64.b64encode(bytes(data)).decode("ascii")


@pytest.mark.parametrize(
    "broken",
    [
        "not base64",
        "truncated",
        "corrupted",
        "not gzip",
        "too few captions",
        "a caption that is not a text",
        "a place out of range",
    ],
)
def test_compressed_columns_that_cannot_be_read_take_the_map_down_with_a_message(
    browser: Any, tmp_path: Path, broken: str
) -> None:
    rows = [
        event_row(1, "People fled Fardos for Bustan al-Qasr.", place="Fardos", point=FARDOS),
        event_row(2, "Smoke over Fardos.", place="Fardos", point=FARDOS),
    ]
    page = render_html(events_of(rows), tiles=False)
    found = re.findall(r'"compressed":(\{"columns":\[[^\]]*\],"gzip":"[A-Za-z0-9+/=]*"\})', page)
    assert len(found) == 1
    part = json.loads(found[0])
    columns = payload_of(page)["entries"]
    names = part["columns"]
    if broken == "not base64":
        part["gzip"] = "@@" + part["gzip"]
    elif broken == "truncated":
        part["gzip"] = broken_gzip(part)
    elif broken == "corrupted":
        part["gzip"] = corrupted_gzip(part)
    elif broken == "not gzip":
        part["gzip"] = base64.b64encode(b"People fled Fardos.").decode()
    elif broken == "too few captions":
        part = compress_columns({name: columns[name][:1] for name in names})
    elif broken == "a caption that is not a text":
        part = compress_columns(
            {name: [7, 7] if name == "caption" else columns[name] for name in names}
        )
    else:
        bad = {name: columns[name] for name in names}
        bad["places"] = [[[99, "Fardos", 0]], bad["places"][1]]
        part = compress_columns(bad)
    path = tmp_path / "broken.html"
    text = json.dumps(part, separators=(",", ":"))
    path.write_text(page.replace(found[0], text, 1), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        assert run.page.evaluate("aleppomap.ready()") is False
        alert = run.page.locator(".am-map .am-error[role=alert]")
        message = alert.inner_text()
        assert message.startswith(UNREADABLE)
        assert run.page.evaluate("aleppomap.error") == message
        assert run.page.locator(".am-summary").inner_text() == message
        # what was drawn and listed before the captions were read is gone; the slider is off
        assert run.page.locator(".am-canvas").count() == 0
        assert run.page.locator(".am-list li").count() == 0
        assert run.page.locator(".leaflet-popup").count() == 0
        assert run.page.locator(".am-slider").is_disabled()
        # the API changes nothing any more: the message stays
        assert run.page.evaluate("aleppomap.setDate('2016-12-13')") is None
        assert run.page.evaluate("aleppomap.openEntry(1)") is None
        run.page.keyboard.press("ArrowRight")
        assert run.page.locator(".am-summary").inner_text() == message
        assert run.page.locator(".leaflet-popup").count() == 0
        assert run.errors == []
        assert run.console_errors == []


def test_compressed_columns_of_another_shape_are_refused_at_once(
    browser: Any, tmp_path: Path
) -> None:
    rows = [event_row(1, "People in Fardos on Dec. 13.", place="Fardos", point=FARDOS)]
    page = render_html(events_of(rows), tiles=False)
    shape = '"columns":["caption","spans","places","url","image"]'
    assert page.count(shape) == 1
    path = tmp_path / "shape.html"
    path.write_text(page.replace(shape, '"columns":["caption","spans"]', 1), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        assert_data_refused(run)
