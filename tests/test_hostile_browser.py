"""Hostile text in a real browser: every payload of ``data/xss_payloads.txt`` shows as text and
runs nothing.

Each payload is at once a caption, a credit, a gallery title, the name of a place in a custom
gazetteer, and the ``url`` and ``image`` of its entry. The map is built once by ``aleppomap
build`` and opened once in headless chromium (no network); each entry's popup and panel row is
read, and each payload gets its own test. A canary (``window.__pwned``, any dialog, any page
error) must stay silent; a control page that does parse the payloads as HTML proves the canary
works.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from aleppomap.events import locate
from aleppomap.gallery import read_gallery
from aleppomap.gazetteer import Gazetteer
from browser import chromium_available, is_local, launch

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="needs Playwright and chromium"),
]

PAYLOADS = [
    line
    for line in (Path(__file__).parent / "data" / "xss_payloads.txt")
    .read_text(encoding="utf-8")
    .split("\n")
    if line
]
SAFE_URLS = ['https://example.org/photo/1?a=<b>&c="d"', "http://example.org/a'b"]
CANARY = "() => [window.__pwned, window.top.__pwned, document.title]"
# The tags the map's popups are made of (see assets/js/popups.js): anything else came from data.
POPUP_TAGS = {"DIV", "H3", "P", "UL", "LI", "SPAN", "Q", "MARK", "EM", "BUTTON", "A", "IMG"}

READ_POPUP = """(n) => {
  const boxes = [...document.querySelectorAll('.leaflet-popup-content')];
  const box = boxes[boxes.length - 1];
  const title = box && box.querySelector('.am-popup-title');
  if (!title || title.textContent !== 'Photo ' + n) { return null; }
  return {
    text: box.textContent,
    tags: [...new Set([...box.querySelectorAll('*')].map((e) => e.tagName))],
    links: [...box.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.target,
      cls: a.className })),
    images: [...box.querySelectorAll('img')].map((i) => i.getAttribute('src')),
  };
}"""
ALL_LINKS = """() => [...document.querySelectorAll('a[href]')].map((a) => ({
  href: a.getAttribute('href'), rel: a.getAttribute('rel') || '', protocol: a.protocol }))"""


SYLLABLES = ["kor", "ten", "mil", "dos", "paf", "rug", "vex", "lon", "buz", "hiq"]


def alias(i: int) -> str:
    """A made-up one-word place name for place ``i`` (distinct after name folding)."""
    return "Zu" + SYLLABLES[i // 10 % 10] + SYLLABLES[i % 10]


def gazetteer_of(payloads: list[str]) -> dict[str, Any]:
    features = []
    for i, payload in enumerate(payloads):
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "id": f"xss-{i:03d}", "name": payload, "name_ar": payload,
                    "aliases": [alias(i)], "ambiguous_aliases": [payload], "kind": "village",
                    "parent": None, "uncertainty_m": 300, "source": payload,
                    "source_ref": payload, "licence": payload, "note": payload,
                },
                "geometry": {"type": "Point", "coordinates": [
                    37.02 + (i % 10) * 0.025, 36.12 + (i // 10) * 0.02]},
            }
        )  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def gallery_rows(payloads: list[str]) -> list[dict[str, Any]]:
    rows = []
    for i, payload in enumerate(payloads):
        rows.append(
            {
                "gallery": f"x{i:03d}", "gallery_title": payload, "gallery_date": "2016-12-13",
                "gallery_intro": payload, "entry": i + 1,
                "caption": f"Families in {alias(i)} on Dec. 12. {payload}",
                "credit": payload, "url": payload, "image": payload,
            }
        )  # fmt: skip
    for j, url in enumerate(SAFE_URLS):
        i = len(payloads) + j
        rows.append(
            {
                "gallery": f"x{i:03d}", "gallery_title": "Safe links", "entry": i + 1,
                "caption": f"Families in {alias(0)} on Dec. 13.", "credit": "AP",
                "url": url, "image": url,
            }
        )  # fmt: skip
    return rows


@dataclass
class Loaded:
    """What the page showed for each entry, and what the canary saw."""

    events: gpd.GeoDataFrame
    heading: str = ""
    popups: dict[int, Any] = field(default_factory=dict)
    rows: dict[int, str] = field(default_factory=dict)
    links: list[dict[str, str]] = field(default_factory=list)
    canary: list[Any] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)


@contextmanager
def opened(browser: Any, url: str, loaded: Loaded) -> Iterator[Any]:
    """Open ``url`` with the canary's listeners in place before the page runs anything."""
    context = browser.new_context(viewport={"width": 1280, "height": 800}, reduced_motion="reduce")
    page = context.new_page()

    def route(r: Any) -> None:
        if is_local(r.request.url):
            r.continue_()
        else:
            loaded.blocked.append(f"{r.request.resource_type} {r.request.url}")
            r.abort()

    def dialog(d: Any) -> None:
        loaded.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    context.route("**/*", route)
    page.on("dialog", dialog)
    page.on("pageerror", lambda err: loaded.errors.append(str(err)))
    try:
        page.goto(url)
        page.wait_for_function("() => window.aleppomap !== undefined")
        yield page
    finally:
        context.close()


def name_of(i: int) -> str:
    return f"x{i:03d}#{i + 1}"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, gpd.GeoDataFrame]:
    """The map of the hostile gallery, built by the command line, and its events."""
    folder = tmp_path_factory.mktemp("hostile")
    n = len(PAYLOADS)
    (folder / "places.geojson").write_text(json.dumps(gazetteer_of(PAYLOADS)), encoding="utf-8")
    (folder / "xss.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in gallery_rows(PAYLOADS)), encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "aleppomap", "build", "xss.jsonl", "--gazetteer",
         "places.geojson", "--html", "map.html", "--geojson", "events.geojson"],
        cwd=folder, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"entries read:    {n + len(SAFE_URLS)}" in done.stdout
    events = locate(read_gallery(folder / "xss.jsonl"), Gazetteer.load(folder / "places.geojson"))
    return folder / "map.html", events


@pytest.fixture(scope="module")
def loaded(built: tuple[Path, gpd.GeoDataFrame]) -> Loaded:
    """Open the map once; read every entry's popup and panel row."""
    page_path, events = built
    result = Loaded(events)
    with launch() as browser, opened(browser, page_path.as_uri(), result) as page:
        result.heading = page.locator(".am-title").text_content() or ""
        for i in range(len(PAYLOADS) + len(SAFE_URLS)):
            if not page.evaluate("(n) => aleppomap.openEntry(n)", name_of(i)):
                continue
            page.wait_for_function(f"(n) => ({READ_POPUP})(n) !== null", arg=i + 1)
            result.popups[i] = page.evaluate(READ_POPUP, i + 1)
            page.evaluate("[...document.querySelectorAll('.am-popup-show')].pop().click()")
            result.rows[i] = page.evaluate(
                "() => (document.activeElement.closest('.am-row') || {}).textContent || ''"
            )
        page.wait_for_timeout(500)  # let any late handler (onerror, onload, timers) run
        result.links = page.evaluate(ALL_LINKS)
        result.canary = page.evaluate(CANARY)
    return result


def expected(events: gpd.GeoDataFrame, i: int) -> dict[str, Any]:
    rows = events[(events["gallery"] == f"x{i:03d}") & (events["entry"] == i + 1)]
    assert len(rows) >= 1
    first = rows.iloc[0]
    return {
        "caption": str(first["caption"]),
        "credit": str(first["credit"]),
        "title": str(first["gallery_title"]),
        "places": [str(p) for p in rows["place"] if isinstance(p, str)],
    }


# --------------------------------------------------------------------------- per payload


def test_the_corpus_is_large_and_varied() -> None:
    assert len(PAYLOADS) >= 50
    assert len(set(PAYLOADS)) == len(PAYLOADS)
    for kind in ("<script", "</script>", "onerror=", "javascript:", "data:", "<svg", "&#"):
        assert any(kind in p.lower() for p in PAYLOADS), kind


@pytest.mark.parametrize("i", range(len(PAYLOADS)), ids=lambda i: f"payload{i:02d}")
def test_payload_shows_as_text_and_runs_nothing(loaded: Loaded, i: int) -> None:
    payload = PAYLOADS[i]
    want = expected(loaded.events, i)
    assert want["places"], f"{payload!r}: its place was not located"
    if "&" not in payload and payload == " ".join(payload.split()):
        # the hostile text reached the table as published (so it reached the page)
        assert want["caption"].endswith(payload)
        assert want["credit"] == want["title"] == payload
    popup = loaded.popups.get(i)
    assert popup is not None, f"{payload!r}: the popup did not open"
    for key in ("caption", "credit", "title"):
        assert want[key] in popup["text"], (payload, key)
    for place in want["places"]:
        assert place in popup["text"], (payload, "place")
    assert set(popup["tags"]) <= POPUP_TAGS, (payload, popup["tags"])
    assert popup["links"] == [], payload  # its url is no http(s) URL
    assert popup["images"] == [], payload
    row = loaded.rows.get(i, "")
    assert want["caption"] in row, payload
    for place in want["places"]:
        assert place in row, (payload, "place in the panel")


def test_the_canary_stayed_silent(loaded: Loaded) -> None:
    assert loaded.canary[:2] == [None, None]
    assert loaded.dialogs == []
    assert loaded.errors == []
    assert len(loaded.popups) == len(PAYLOADS) + len(SAFE_URLS)
    # Only the map's tiles and the safe entries' photos were asked of the network (and
    # blocked); no payload fetched anything.
    for blocked in loaded.blocked:
        kind, url = blocked.split(" ", 1)
        assert kind == "image", blocked
        assert (
            "basemaps" in url
            or "tile" in url
            or url.startswith(("https://example.org/", "http://example.org/"))
        )


def test_the_heading_summarises_the_galleries(loaded: Loaded) -> None:
    # Many galleries: the heading counts them and gives their years (every title is checked,
    # as text, in its photos' popups above).
    galleries = set(loaded.events["gallery"])
    assert len(galleries) > 3
    dates = [*loaded.events["gallery_date"], *loaded.events["date"]]
    years = sorted({str(d)[:4] for d in dates if d})
    span = years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}"
    assert loaded.heading == f"{len(galleries):,} galleries, {span}"


def test_links_are_http_only_and_open_nothing_back(loaded: Loaded) -> None:
    for j, url in enumerate(SAFE_URLS):
        popup = loaded.popups[len(PAYLOADS) + j]
        # the photo's page: the "Source" link, and the thumbnail when there is one
        (link,) = [a for a in popup["links"] if a["cls"] == "am-popup-source"]
        assert {a["href"] for a in popup["links"]} == {link["href"]}
        assert link["href"].startswith(url[: url.index(".org/") + 5])
        assert not set('<>"') & set(link["href"])
        assert link["rel"] == "noopener noreferrer"
        assert link["target"] == "_blank"
        assert len(popup["images"]) == 1
        assert popup["images"][0].split(":")[0] in ("http", "https")
    # Every link of the page: a place in the page itself (Leaflet's "#close") or http(s)
    # opened without a handle back to the map.
    assert any("//example.org/" in link["href"] for link in loaded.links)  # a popup is open
    for link in loaded.links:
        if link["href"].startswith("#"):
            continue
        assert link["protocol"] in ("http:", "https:"), link
        assert {"noopener", "noreferrer"} <= set(link["rel"].split()), link


# --------------------------------------------------------------------------- the control


UNSAFE_RENDERER = """<script>
(async function () {
  var data = JSON.parse(document.querySelector('script[type="application/json"]').textContent);
  var box = document.createElement('div');
  document.body.appendChild(box);
  // the captions: the first column of the compressed lines (payload.compress_columns)
  var gzip = new Blob([Uint8Array.fromBase64(data.entries.compressed.gzip)]).stream();
  var text = await new Response(gzip.pipeThrough(new DecompressionStream('gzip'))).text();
  var captions = [].concat.apply([], text.split('\\n').map(JSON.parse));
  captions.slice(0, data.entries.n.length)
    .forEach(function (c) { box.insertAdjacentHTML('beforeend', c); });
})();
</script>"""


def test_the_canary_catches_a_page_that_parses_the_payloads_as_html(
    built: tuple[Path, gpd.GeoDataFrame],
) -> None:
    page_path, _ = built
    html = page_path.read_text(encoding="utf-8")
    assert html.count("</body>") == 1
    unsafe = page_path.with_name("unsafe.html")
    unsafe.write_text(html.replace("</body>", UNSAFE_RENDERER + "</body>"), encoding="utf-8")
    caught = Loaded(gpd.GeoDataFrame())
    with launch() as browser, opened(browser, unsafe.as_uri(), caught) as page:
        page.wait_for_timeout(800)
        caught.canary = page.evaluate(CANARY)
    assert caught.canary[0] == 1 or caught.canary[1] == 1
    assert caught.dialogs, "an alert() payload fired in the unsafe page"


# --------------------------------------------------------------------------- bidi controls

RLO, PDI = "\u202e", "\u2069"  # right-to-left override; pop directional isolate
BIDI_TITLES = [f"Aleppo {RLO}diary{PDI}", "Eastern Ghouta notebook"]
# Each element is given as a CSS selector within the open popup, the panel row or the header.
READ_BIDI = """() => {
  const range = (node, a, b) => {
    const r = document.createRange();
    r.setStart(node, a);
    r.setEnd(node, b);
    return r.getBoundingClientRect();
  };
  // [top, left] of the first and of the last character of a text node: its reading order
  const chars = (node) => {
    const n = node.textContent.length;
    return [range(node, 0, 1), range(node, n - 1, n)].map((r) => [r.top, r.left]);
  };
  const end = (e) => { const r = [...e.getClientRects()].pop(); return [r.top, r.right]; };
  const start = (e) => { const r = e.getClientRects()[0]; return [r.top, r.left]; };
  const box = [...document.querySelectorAll('.leaflet-popup-content')].pop();
  const name = box.querySelector('.am-place-name');
  const kind = name.nextSibling;  // ", village, within 300 m"
  const caption = box.querySelector('.am-popup-caption');
  const credit = box.querySelector('.am-popup-credit');
  const row = document.activeElement.closest('.am-row');
  const names = [...row.querySelectorAll('.am-row-places bdi')];
  // several galleries: the heading counts them, the list of galleries names them (opened)
  const list = document.querySelector('details.am-galleries');
  list.open = true;
  const first = list.querySelector('li');
  const title = first.querySelector('bdi');
  const gallery = row.querySelector('.am-row-gallery');
  const style = (e) => [e.dir, getComputedStyle(e).unicodeBidi];
  return {
    kind: kind.textContent,
    nameEnd: end(name), kindChars: chars(kind),
    captionEnd: end(caption), creditChars: chars(credit.firstChild),
    rowNames: names.map((b) => b.textContent), rowEdges: [end(names[0]), start(names[1])],
    heading: document.querySelector('.am-title').textContent,
    titleEdges: [end(title), start(first.querySelector('time'))],
    rowGallery: gallery.textContent,
    galleryEdges: [end(gallery), start(row.querySelector('.am-row-photo'))],
    listed: [...document.querySelectorAll('.am-galleries li bdi')].map((b) => b.textContent),
    styles: [name, caption, credit, box.querySelector('.am-popup-gallery'),
             row.querySelector('.am-row-caption'), gallery].map(style),
  };
}"""


def reads_before(a: list[float], b: list[float]) -> bool:
    """Whether the point ``a`` ([top, x]) comes before ``b`` in left-to-right reading order."""
    return a[0] < b[0] - 2 or (abs(a[0] - b[0]) <= 2 and a[1] <= b[1] + 0.5)


def test_bidi_controls_in_names_captions_and_titles_cannot_reorder_the_text_around_them(
    tmp_path: Path,
) -> None:
    from aleppomap.timeline import render_html

    # The place's name holds an override that is never closed, then a stray "pop isolate" that
    # would end an isolate made of characters rather than of elements.
    names = [f"Zu{RLO}kormil{PDI}", "Zukorten"]
    gazetteer = gazetteer_of(names)
    for i, feature in enumerate(gazetteer["features"]):
        feature["properties"]["aliases"] = [alias(i)]
        feature["properties"]["ambiguous_aliases"] = []
    (tmp_path / "places.geojson").write_text(json.dumps(gazetteer), encoding="utf-8")
    caption = f"Families flee {alias(0)} towards {alias(1)} on Dec. 12. {RLO}under shelling"
    rows = [
        {"gallery": "bidi-a", "gallery_title": BIDI_TITLES[0], "gallery_date": "2016-12-13",
         "gallery_intro": f"Notes {RLO}from the east", "entry": 1, "caption": caption,
         "credit": "Jane Roe/AFP"},
        {"gallery": "bidi-b", "gallery_title": BIDI_TITLES[1], "gallery_date": "2016-12-14",
         "entry": 1, "caption": f"Smoke over {alias(1)}.", "credit": "AP"},
    ]  # fmt: skip
    (tmp_path / "bidi.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    events = locate(
        read_gallery(tmp_path / "bidi.jsonl"), Gazetteer.load(tmp_path / "places.geojson")
    )
    (tmp_path / "map.html").write_text(render_html(events, tiles=False), encoding="utf-8")
    seen = Loaded(events)
    with launch() as browser, opened(browser, (tmp_path / "map.html").as_uri(), seen) as page:
        assert page.evaluate("(n) => aleppomap.openEntry(n)", "bidi-a#1")
        page.wait_for_function(f"(n) => ({READ_POPUP})(n) !== null", arg=1)
        page.evaluate("[...document.querySelectorAll('.am-popup-show')].pop().click()")
        got = page.evaluate(READ_BIDI)
    assert not seen.errors
    # The popup: the text after the place's name keeps its place (after the name) and its
    # order (first character first), however the name's own letters are shown.
    assert got["kind"].startswith(", village")
    assert reads_before(got["nameEnd"], got["kindChars"][0]), got
    assert reads_before(*got["kindChars"]), got
    # The caption's override ends with the caption: the credit after it reads left to right.
    assert reads_before(got["captionEnd"], got["creditChars"][0]), got
    assert reads_before(*got["creditChars"]), got
    # Every element showing such text is isolated.
    for direction, bidi in got["styles"]:
        assert direction == "auto"
        assert bidi in ("isolate", "plaintext")
    # The list of photos: the second place comes after the first.
    assert got["rowNames"] == [names[0], names[1]]
    assert reads_before(*got["rowEdges"]), got
    # Several galleries: the heading counts them and the list of galleries names them, each
    # title isolated, the date after it; the row's gallery label is isolated from its number.
    assert not any(title in got["heading"] for title in BIDI_TITLES), got
    assert reads_before(*got["titleEdges"]), got
    assert got["rowGallery"] == BIDI_TITLES[0]
    assert reads_before(*got["galleryEdges"]), got
    assert got["listed"] == [BIDI_TITLES[0], rows[0]["gallery_intro"], BIDI_TITLES[1]]
