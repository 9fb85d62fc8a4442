"""What a reader sees first on the map, in headless Chromium with no network.

The first view frames the city, far places stay reachable, the city is drawn from the
gazetteer with no tiles, a marker's kind is told by its shape (never by a controller's
colour), uncertainty reads as an outline, the arrows of people fleeing are legible in the
first view, and axe-core finds no serious or critical accessibility violation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from aleppomap.events import CONTEXT_CUES
from aleppomap.timeline.control_layer import CONTROLLER_COLORS
from browser import PageRun, chromium_available, open_page, serious_violations, wait_at_rest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="needs Playwright and chromium"),
]

DESKTOP = (1280, 800)
PHONE = (390, 844)


@pytest.fixture
def desktop(browser: Any, seed_page: Path) -> Iterator[PageRun]:
    with open_page(browser, seed_page.as_uri(), viewport=DESKTOP) as run:
        yield run
        assert run.errors == []


def located_markers(events: gpd.GeoDataFrame) -> int:
    """Markers of the table: one per (entry, place) of its located rows (a place named only to
    say where another is, reason ``container`` or ``reference``, is drawn as no marker)."""
    rows = events[events["located"] & ~events["reason"].isin(CONTEXT_CUES)]
    return len(rows[["gallery", "entry", "place_id"]].drop_duplicates())


def markers_on_screen(run: PageRun) -> list[dict[str, Any]]:
    size = run.page.evaluate("(() => { const s = aleppomap.map.getSize(); return [s.x, s.y]; })()")
    markers = run.page.evaluate("aleppomap.markersInView()")
    return [m for m in markers if 0 <= m["x"] <= size[0] and 0 <= m["y"] <= size[1]]


def middle_spread(values: list[float]) -> float:
    """The width of the middle 80 % of ``values`` (10th to 90th percentile)."""
    v = sorted(values)
    lo = v[int(0.1 * (len(v) - 1))]
    hi = v[round(0.9 * (len(v) - 1))]
    return hi - lo


# Pixels of a canvas of the map, as [r, g, b, a] samples on a grid (every `step` px).
CANVAS_SAMPLES = """([selector, step]) => {
  const c = document.querySelector(selector);
  const ctx = c.getContext('2d');
  const data = ctx.getImageData(0, 0, c.width, c.height).data;
  const out = [];
  for (let y = 0; y < c.height; y += step) {
    for (let x = 0; x < c.width; x += step) {
      const i = 4 * (y * c.width + x);
      out.push([data[i], data[i + 1], data[i + 2], data[i + 3]]);
    }
  }
  return out;
}"""

# How many of the pixels of a canvas that lie inside the map's view are painted (sampled on a
# grid of `step` CSS pixels): [painted, sampled].
PAINTED_IN_VIEW = """([selector, step]) => {
  const c = document.querySelector(selector);
  const r = c.getBoundingClientRect();
  const m = document.querySelector('.am-map').getBoundingClientRect();
  const k = c.width / r.width;
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let painted = 0;
  let total = 0;
  for (let y = m.top + step / 2; y < m.bottom; y += step) {
    for (let x = m.left + step / 2; x < m.right; x += step) {
      const px = Math.round((x - r.left) * k);
      const py = Math.round((y - r.top) * k);
      if (px < 0 || py < 0 || px >= c.width || py >= c.height) { total++; continue; }
      total++;
      if (d[4 * (py * c.width + px) + 3] > 0) { painted++; }
    }
  }
  return [painted, total];
}"""


# --------------------------------------------------------------------------- framing


def test_first_view_frames_the_city_not_every_far_town(
    desktop: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    total = located_markers(seed_events)
    on_screen = markers_on_screen(desktop)
    assert len(on_screen) >= 0.75 * total, (len(on_screen), total)
    size = desktop.page.evaluate(
        "(() => { const s = aleppomap.map.getSize(); return [s.x, s.y]; })()"
    )
    spread_x = middle_spread([m["x"] for m in on_screen]) / size[0]
    spread_y = middle_spread([m["y"] for m in on_screen]) / size[1]
    assert max(spread_x, spread_y) >= 0.35, (spread_x, spread_y)
    # al-Bab, 35 km out, is not in the first view: the city is
    places = {m["place"] for m in on_screen}
    assert "al-Bab" not in places
    assert {"Bustan al-Qasr", "al-Fardos", "Sheikh Saeed"} <= places


def test_far_places_are_one_keyboard_press_away(
    desktop: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = desktop.page
    button = page.locator(".am-frame-button")
    label = button.inner_text()
    assert label.startswith("Show all places")
    assert "off screen" in label  # the count of places out of view
    button.focus()
    page.keyboard.press("Enter")
    wait_at_rest(page)
    assert len(markers_on_screen(desktop)) == located_markers(seed_events)
    assert button.inner_text() == "Back to the city"
    page.keyboard.press("Enter")
    wait_at_rest(page)
    assert "al-Bab" not in {m["place"] for m in markers_on_screen(desktop)}


def test_an_edge_mark_points_toward_places_off_screen(desktop: PageRun) -> None:
    page = desktop.page
    # al-Bab lies east of the city: a mark is drawn on the east edge of the view
    samples = page.evaluate(
        """() => {
      const c = document.querySelector('.leaflet-aleppomapPoints-pane canvas');
      const r = c.getBoundingClientRect();
      const m = document.querySelector('.am-map').getBoundingClientRect();
      const ctx = c.getContext('2d');
      const k = c.width / r.width;
      // a band 80 px wide along the map's right edge
      const x0 = Math.round((m.right - r.left - 80) * k);
      const y0 = Math.round((m.top - r.top) * k);
      const d = ctx.getImageData(x0, y0, Math.round(80 * k), Math.round(m.height * k)).data;
      let ink = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i + 3] > 200 && d[i] < 60 && d[i + 1] < 70 && d[i + 2] < 100) { ink++; }
      }
      return ink;
    }"""
    )
    assert samples > 50, "no mark drawn on the east edge"
    # a click on the mark shows every place
    box = page.locator(".am-map").bounding_box()
    marks = page.evaluate(
        """() => { const t = document.querySelector('.am-frame-button'); return t.textContent; }"""
    )
    assert "off screen" in marks
    before = page.evaluate("aleppomap.map.getZoom()")
    # scan the band for the mark: the first point whose click zooms out
    for y in range(40, int(box["height"]) - 40, 12):
        page.mouse.click(box["x"] + box["width"] - 40, box["y"] + y)
        wait_at_rest(page)
        if page.evaluate("aleppomap.map.getZoom()") < before:
            break
        page.evaluate("aleppomap.map.closePopup()")
    assert page.evaluate("aleppomap.map.getZoom()") < before


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_edge_marks_keep_clear_of_the_map_controls(
    browser: Any, seed_page: Path, phone: bool
) -> None:
    viewport = PHONE if phone else DESKTOP
    script = """() => {
          const m = document.querySelector('.am-map').getBoundingClientRect();
          const controls = [...document.querySelectorAll('.am-map .leaflet-control')]
            .map(c => c.getBoundingClientRect())
            .filter(r => r.width && r.height)
            .map(r => [r.left - m.left, r.top - m.top, r.right - m.left, r.bottom - m.top]);
          return { marks: aleppomap.edgeMarks(), controls };
        }"""
    views = []
    # the first view, and the view of one photo opened by its link
    for fragment in ("", "#entry=5"):
        with open_page(
            browser, seed_page.as_uri() + fragment, viewport=viewport, phone=phone
        ) as run:
            wait_at_rest(run.page)  # the map has flown to the photo
            views.append(run.page.evaluate(script))
            assert run.errors == []
    for found in views:
        # the seed's far places (al-Bab, Jibreen ...) are off screen in both views
        assert found["marks"], "no edge mark"
        for mark in found["marks"]:
            a = mark["box"]
            for b in found["controls"]:
                overlap = not (a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1])
                assert not overlap, (mark, b)


def test_a_day_out_of_view_brings_the_map_to_it(
    desktop: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = desktop.page
    rows = seed_events[seed_events["located"]]
    bab_day = str(rows.loc[rows["place"] == "al-Bab", "date"].iloc[0])
    # a day in view does not move the map
    centre = page.evaluate(
        "(() => { const c = aleppomap.map.getCenter(); return [c.lat, c.lng]; })()"
    )
    city_day = str(rows.loc[rows["place"] == "Bustan al-Qasr", "date"].iloc[0])
    page.evaluate("(d) => aleppomap.setDate(d)", city_day)
    assert page.evaluate(
        "(() => { const c = aleppomap.map.getCenter(); return [c.lat, c.lng]; })()"
    ) == pytest.approx(centre)
    # the map far from every marker of the day: it eases to them
    page.evaluate("aleppomap.map.setView([36.6, 36.8], 14, {animate: false})")
    assert markers_on_screen(desktop) == []
    page.evaluate("(d) => aleppomap.setDate(d)", bab_day)
    wait_at_rest(page)
    shown = markers_on_screen(desktop)
    assert shown, "the day's markers were not brought into view"


# --------------------------------------------------------------------------- the city offline


def test_the_city_is_drawn_with_no_network(desktop: PageRun) -> None:
    page = desktop.page
    canvas = ".leaflet-aleppomapBase-pane canvas"
    assert page.locator(canvas).count() == 1
    painted, total = page.evaluate(PAINTED_IN_VIEW, [canvas, 8])
    # the outlines' fills cover the view: not a blank field
    assert painted >= 0.7 * total, (painted, total)
    # and no tile was asked for
    assert not [u for kind, u in desktop.blocked if kind == "image"]


def test_tiles_that_fail_leave_the_city_drawn(desktop: PageRun) -> None:
    page = desktop.page
    page.hover(".leaflet-control-layers")
    with page.expect_event("requestfailed", lambda request: "cartocdn" in request.url):
        page.get_by_label("Light (CARTO)").check()
    wait_at_rest(page)
    # the tiles were asked for and blocked (no network): the drawing stays, fills and all
    assert [u for kind, u in desktop.blocked if "cartocdn" in u]
    painted, total = page.evaluate(PAINTED_IN_VIEW, [".leaflet-aleppomapBase-pane canvas", 8])
    assert painted >= 0.7 * total, (painted, total)


def test_neighbourhood_names_and_arabic_on_hover(desktop: PageRun) -> None:
    page = desktop.page
    page.evaluate("aleppomap.map.setView([36.2146, 37.1390], 15, {animate: false})")
    wait_at_rest(page)
    box = page.locator(".am-map").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_selector(".am-base-tip")
    tip = page.inner_text(".am-base-tip")
    arabic = page.locator(".am-base-tip [lang=ar]")
    assert arabic.count() == 1
    assert any("\u0600" <= c <= "\u06ff" for c in arabic.inner_text())
    assert tip.split("\n")[0].strip()


def test_tiles_stay_options_beside_the_offline_drawing(desktop: PageRun) -> None:
    page = desktop.page
    names = page.locator(".leaflet-control-layers-base label").all_inner_texts()
    names = [n.strip() for n in names]
    assert names[0] == "City outlines (no network)"
    assert {"Light (CARTO)", "Dark (CARTO)", "OpenStreetMap", "Imagery (Esri)"} <= set(names)
    checked = page.locator(".leaflet-control-layers-base input:checked + span").inner_text()
    assert checked.strip() == "City outlines (no network)"


# ------------------------------------------------------------------ one meaning, one channel


def near(rgb: list[int], hex_colour: str, tolerance: int = 40) -> bool:
    want = [int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]
    return sum(abs(a - b) for a, b in zip(rgb, want, strict=True)) <= tolerance


def test_markers_never_wear_a_controllers_colour(desktop: PageRun) -> None:
    page = desktop.page
    samples = page.evaluate(CANVAS_SAMPLES, [".leaflet-aleppomapPoints-pane canvas", 1])
    opaque = [s[:3] for s in samples if s[3] == 255]
    assert len(opaque) > 500  # the markers are there
    colours = [c for k, c in CONTROLLER_COLORS.items() if k not in ("unknown", "islamic_state")]
    wearing = [s for s in opaque if any(near(s, c) for c in colours)]
    assert wearing == []


def test_the_legend_says_what_shape_and_colour_mean(desktop: PageRun) -> None:
    legend = desktop.page.inner_text(".am-legend")
    assert "Shapes: what kind of place" in legend
    assert "Colours of areas: who held them" in legend
    assert desktop.page.locator(".am-legend canvas.am-shape").count() >= 3


# --------------------------------------------------------------------------- uncertainty


def test_uncertainty_is_an_outline_on_hover_not_a_fill(desktop: PageRun) -> None:
    page = desktop.page
    (m,) = [m for m in markers_on_screen(desktop) if m["place"] == "al-Idha'a (Ithaa)"][:1]
    box = page.locator(".am-map").bounding_box()
    page.mouse.move(box["x"] + m["x"], box["y"] + m["y"])
    page.wait_for_selector("path.am-uncertainty")
    circle = page.locator("path.am-uncertainty")
    assert circle.get_attribute("fill") == "none"
    page.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5)
    page.locator("path.am-uncertainty").wait_for(state="detached")
    # an open popup keeps it
    page.mouse.click(box["x"] + m["x"], box["y"] + m["y"])
    page.wait_for_selector(".leaflet-popup-content")
    page.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5)
    assert page.locator("path.am-uncertainty").count() == 1


def test_control_of_a_point_only_place_is_a_ring_not_a_disc(desktop: PageRun) -> None:
    page = desktop.page
    ring = page.locator('path.am-control-ring[data-place="ithaa"]')
    assert ring.count() == 1
    box = ring.bounding_box()
    assert box is not None
    assert box["width"] <= 40  # pixels, not 1.8 km
    assert box["height"] <= 40
    assert float(ring.get_attribute("fill-opacity") or "1") == 0
    page.evaluate("aleppomap.map.setZoom(16, {animate: false})")
    wait_at_rest(page)
    box = ring.bounding_box()
    assert box is not None
    assert box["width"] <= 40  # the same at every zoom
    # a place with an outline keeps its fill
    area = page.locator('path.am-control-area[data-place="bustan-al-qasr"]')
    assert float(area.get_attribute("fill-opacity") or "0") > 0.2


# --------------------------------------------------------------------------- arrows


def test_the_fleeing_arrow_is_legible_in_the_first_view(
    desktop: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = desktop.page
    rows = seed_events[seed_events["located"]]
    origin = rows[rows["role"] == "origin"].iloc[0]
    entry = int(origin["entry"])
    dest = rows[(rows["entry"] == entry) & (rows["role"] == "destination")].iloc[0]
    page.evaluate("(d) => aleppomap.setDate(d)", str(origin["date"]))
    on_screen = markers_on_screen(desktop)
    (a,) = [m for m in on_screen if m["entry"] == entry and m["place"] == origin["place"]]
    (b,) = [m for m in on_screen if m["entry"] == entry and m["place"] == dest["place"]]
    length = ((a["x"] - b["x"]) ** 2 + (a["y"] - b["y"]) ** 2) ** 0.5
    assert length >= 30  # long enough to draw, at the first view's zoom
    # dark pixels of the arrow along the middle of the line between the two markers
    dark = page.evaluate(
        """([a, b]) => {
      const c = document.querySelector('.leaflet-aleppomapPoints-pane canvas');
      const r = c.getBoundingClientRect();
      const m = document.querySelector('.am-map').getBoundingClientRect();
      const k = c.width / r.width;
      const ctx = c.getContext('2d');
      let n = 0;
      for (let t = 0.35; t <= 0.65; t += 0.05) {
        const x = (m.left - r.left + a.x + t * (b.x - a.x)) * k;
        const y = (m.top - r.top + a.y + t * (b.y - a.y)) * k;
        const d = ctx.getImageData(Math.round(x) - 2, Math.round(y) - 2, 5, 5).data;
        for (let i = 0; i < d.length; i += 4) {
          if (d[i + 3] > 200 && d[i] < 60 && d[i + 1] < 60 && d[i + 2] < 60) { n++; break; }
        }
      }
      return n;
    }""",
        [a, b],
    )
    assert dark >= 3, dark


# --------------------------------------------------------------------------- accessibility


@pytest.mark.slow
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_violation(
    browser: Any, seed_page: Path, viewport: tuple[int, int]
) -> None:
    pytest.importorskip("axe_playwright_python.sync_playwright")
    with open_page(browser, seed_page.as_uri(), viewport=viewport) as run:
        wait_at_rest(run.page)
        assert serious_violations(run.page) == []
        assert run.errors == []
        assert run.blocked == []  # axe-core came from the package, not the network
