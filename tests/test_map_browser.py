"""The timeline map in headless Chromium (Playwright, Debian's chromium), with no network.

Every test opens the page from a file, aborts any request that leaves the machine, and fails on
a page error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from aleppomap.timeline import render_html
from aleppomap.timeline.page import _MONTHS as MONTHS
from browser import PageRun, assert_data_refused, chromium_available, open_page, wait_at_rest
from test_timeline import FARDOS, event_row, events_of, synthetic_events

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="needs Playwright and chromium"),
]

# Set the mode and the day, then let the page draw two frames.
STEP = """async ([day, mode]) => {
  aleppomap.setMode(mode);
  aleppomap.setDate(day);
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""


@pytest.fixture
def seed(browser: Any, seed_page: Path) -> Iterator[PageRun]:
    with open_page(browser, seed_page.as_uri()) as run:
        yield run
        assert run.errors == []


def located_entries(events: gpd.GeoDataFrame, date: str | None = None) -> list[int]:
    rows = events[events["located"]]
    if date is not None:
        rows = rows[rows["date"] == date]
    return sorted({int(e) for e in rows["entry"]})


def caption_of(events: gpd.GeoDataFrame, entry: int) -> str:
    return str(events.loc[events["entry"] == entry, "caption"].iloc[0])


def popup_text(run: PageRun) -> str:
    """The text of the open popup (the last one: a closed popup fades out for a moment)."""
    run.page.wait_for_selector(".leaflet-popup-content")
    return str(run.page.locator(".leaflet-popup-content").last.inner_text())


def day_label(iso: str) -> str:
    """ "2016-12-13" as the page writes it: "13 December 2016"."""
    day = date.fromisoformat(iso)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def some_day(events: gpd.GeoDataFrame) -> str:
    """The seed's 12 December, or the first day of any other table."""
    days = sorted(set(events.loc[events["located"], "date"]) - {""})
    return "2016-12-12" if "2016-12-12" in days else days[0]


# --------------------------------------------------------------------------- the API


def test_all_dates_shows_every_located_entry(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    page = seed.page
    assert page.evaluate("aleppomap.state().date") is None  # the opening view
    assert page.evaluate("aleppomap.visibleEntries()") == located_entries(seed_events)
    assert page.evaluate("aleppomap.setDate(null)") is True
    assert page.evaluate("aleppomap.visibleEntries()") == located_entries(seed_events)
    assert page.inner_text(".am-label") == "All dates"


def test_dates_are_the_days_with_photos(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    days = sorted(set(seed_events.loc[seed_events["located"], "date"]) - {""})
    assert seed.page.evaluate("aleppomap.dates()") == days
    assert seed.page.evaluate("aleppomap.timeAxis().days") == days  # the slider's stops


def test_one_day_shows_exactly_its_entries(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    page = seed.page
    for day in page.evaluate("aleppomap.dates()"):
        assert page.evaluate("(d) => aleppomap.setDate(d)", day) is True
        assert page.evaluate("aleppomap.visibleEntries()") == located_entries(seed_events, day)
    day = some_day(seed_events)
    page.evaluate("(d) => aleppomap.setDate(d)", day)
    assert page.evaluate("aleppomap.visibleEntries()") == located_entries(seed_events, day)
    assert page.get_attribute(".am-slider", "aria-valuetext") == day_label(day)
    assert page.evaluate("aleppomap.setDate('1999-01-01')") is False  # no such stop


def test_cumulative_mode_shows_every_day_up_to_one(
    seed: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = seed.page
    days = page.evaluate("aleppomap.dates()")
    assert page.evaluate("aleppomap.setMode('cumulative')") is True
    for day in days:
        page.evaluate("(d) => aleppomap.setDate(d)", day)
        rows = seed_events[seed_events["located"] & (seed_events["date"] <= day)]
        assert page.evaluate("aleppomap.visibleEntries()") == sorted(set(rows["entry"]))
    assert page.is_checked(".am-mode input[value=cumulative]")
    assert page.evaluate("aleppomap.setMode('weekly')") is False


def test_open_entry_opens_its_popup(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    page = seed.page
    assert page.evaluate("aleppomap.openEntry(5)") is True
    text = popup_text(seed)
    assert text.startswith("Photo 5")
    assert caption_of(seed_events, 5) in text
    date = seed_events.loc[seed_events["entry"] == 5, "date"].iloc[0]
    assert page.evaluate("aleppomap.state()") == {"date": date, "mode": "day", "entry": 5}
    assert page.evaluate("aleppomap.openEntry(9999)") is False


def test_clicking_an_entry_in_the_panel_opens_its_popup(
    seed: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = seed.page
    entry = located_entries(seed_events)[-1]
    index = sorted(set(seed_events["entry"])).index(entry)
    page.evaluate(
        "(y) => { document.querySelector('.am-scroll').scrollTop = y; }", index * 76 - 100
    )
    page.click(f"button.am-entry[data-k='{index}']")
    assert caption_of(seed_events, entry) in popup_text(seed)
    assert page.evaluate("aleppomap.state().entry") == entry
    # The slider moved to the entry's day.
    day = seed_events.loc[seed_events["entry"] == entry, "date"].iloc[0]
    assert page.evaluate("aleppomap.state().date") == day
    assert page.get_attribute(".am-slider", "aria-valuetext") == day_label(day)
    assert page.get_attribute(f"button.am-entry[data-k='{index}']", "aria-current") == "true"


def test_from_the_popup_to_the_entry_in_the_panel(seed: PageRun) -> None:
    page = seed.page
    page.evaluate("aleppomap.openEntry(5)")
    page.evaluate("document.querySelector('.am-scroll').scrollTop = 100000")
    wait_at_rest(page, popup=True)  # the popup auto-pans into view
    page.click(".am-popup-show")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.startswith("Photo 5")
    assert page.evaluate("document.activeElement.getAttribute('aria-current')") == "true"


def test_slider_marks_the_entries_in_view(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    page = seed.page
    day = some_day(seed_events)
    page.evaluate("(d) => aleppomap.setDate(d)", day)
    entries = sorted(set(seed_events["entry"]))
    shown = set(located_entries(seed_events, day))
    for k in page.evaluate(
        "[...document.querySelectorAll('.am-row')].map((r) => Number(r.firstChild.dataset.k))"
    ):
        in_view = page.evaluate(
            "(k) => document.querySelector(`button[data-k='${k}']`).parentNode"
            ".classList.contains('am-in')",
            k,
        )
        assert in_view == (entries[k] in shown), entries[k]


def test_unlocated_entries_are_listed_with_their_reason(
    seed: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    missing = seed_events[~seed_events["located"]]
    assert len(missing), "the seed has unlocated entries"
    page = seed.page
    entries = sorted(set(seed_events["entry"]))
    for row in missing.itertuples():
        k = entries.index(row.entry)
        page.evaluate("(y) => { document.querySelector('.am-scroll').scrollTop = y; }", k * 76)
        text = page.inner_text(f"button.am-entry[data-k='{k}']")
        assert f"Not located: {row.reason}" in text


def test_clicking_a_marker_opens_its_popup_even_when_several_share_a_place(
    seed: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = seed.page
    page.click(".am-frame-button")  # the first view leaves the far towns out: show them all
    wait_at_rest(page)
    markers = page.evaluate("aleppomap.markersInView()")
    # one marker per entry and place where the photo was taken (none for a place named in passing)
    drawn = seed_events["located"] & (seed_events["role"] != "mentioned")
    keys = seed_events[drawn][["entry", "place"]].drop_duplicates()
    assert sorted((m["entry"], m["place"]) for m in markers) == sorted(
        (int(e), p) for e, p in zip(keys["entry"], keys["place"], strict=True)
    )
    box = page.locator(".am-map").bounding_box()
    crowded = [m for m in markers if sum(o["place"] == m["place"] for o in markers) > 1]
    assert crowded, "some place has several photos"
    clicked = 0
    for want in crowded:
        # Positions again: opening a popup may pan the map.
        now = page.evaluate("aleppomap.markersInView()")
        (m,) = [o for o in now if (o["entry"], o["place"]) == (want["entry"], want["place"])]
        if any(o is not m and abs(o["x"] - m["x"]) + abs(o["y"] - m["y"]) < 3 for o in now):
            continue  # another place's marker drawn a pixel away: a click cannot tell them apart
        clicked += 1
        page.mouse.click(box["x"] + m["x"], box["y"] + m["y"])
        text = popup_text(seed)
        assert text.startswith(f"Photo {m['entry']}\n"), (m, text[:40])
        page.evaluate("aleppomap.map.closePopup()")
        wait_at_rest(page)  # let a pan to show the popup end
    assert clicked >= len(crowded) // 2


def test_hover_shows_the_place_and_its_uncertainty(seed: PageRun) -> None:
    page = seed.page
    m = page.evaluate("aleppomap.markersInView()")[0]
    box = page.locator(".am-map").bounding_box()
    page.mouse.move(box["x"] + m["x"], box["y"] + m["y"])
    page.wait_for_selector(".am-tip")
    assert m["place"] in page.inner_text(".am-tip")
    assert page.locator("path.leaflet-interactive, .leaflet-overlay-pane path").count() >= 1


def test_legend_names_the_precisions(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    legend = seed.page.inner_text(".am-legend")
    for precision in set(seed_events.loc[seed_events["located"], "precision"]):
        assert precision in legend


# --------------------------------------------------------------------------- the fragment


def test_fragment_follows_the_slider_and_the_open_entry(
    seed: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    page = seed.page
    day = some_day(seed_events)
    page.evaluate("(d) => aleppomap.setDate(d)", day)
    page.wait_for_function("(d) => location.hash === '#date=' + d", arg=day)
    page.evaluate("aleppomap.openEntry(5)")
    page.wait_for_function("() => location.hash === '#entry=5'")
    page.evaluate("aleppomap.setDate(null)")  # entry 5 stays in view, its popup open
    page.wait_for_function("() => location.hash === '#date=all&entry=5'")
    page.evaluate("aleppomap.map.closePopup()")
    page.wait_for_function("() => location.hash === ''")


@pytest.mark.parametrize("fragment", ["#entry=5", "#date=2016-12-12", "#date=all&entry=5"])
def test_fragment_restores_the_view(
    browser: Any, seed_page: Path, seed_events: gpd.GeoDataFrame, fragment: str
) -> None:
    with open_page(browser, seed_page.as_uri() + fragment) as run:
        if "entry" in fragment:
            assert caption_of(seed_events, 5) in popup_text(run)
            assert run.page.evaluate("aleppomap.state().entry") == 5
            all_dates = "date=all" in fragment
            assert (run.page.evaluate("aleppomap.state().date") is None) == all_dates
        else:
            assert run.page.evaluate("aleppomap.state().date") == "2016-12-12"
            assert run.page.evaluate("aleppomap.visibleEntries()") == located_entries(
                seed_events, "2016-12-12"
            )
        assert run.errors == []


def test_fragment_of_an_unlocated_entry_selects_it_in_the_panel(
    browser: Any, seed_page: Path, seed_events: gpd.GeoDataFrame
) -> None:
    entry = int(seed_events.loc[~seed_events["located"], "entry"].iloc[0])
    with open_page(browser, f"{seed_page.as_uri()}#entry={entry}") as run:
        page = run.page
        assert page.inner_text(".am-selected .am-row-n") == f"Photo {entry}"
        assert "Not located" in page.inner_text(".am-selected")
        # the fragment is written after a short delay
        page.wait_for_function("(h) => location.hash === h", arg=f"#entry={entry}")
        assert run.errors == []


@pytest.mark.parametrize(
    "fragment",
    ["#date=2016-13-45", "#entry=9999", "#entry=5&entry=6", "#zoom=3", "#date=", "#%E0%A4%A"],
)
def test_a_malformed_fragment_gives_the_opening_view(
    browser: Any, seed_page: Path, seed_events: gpd.GeoDataFrame, fragment: str
) -> None:
    with open_page(browser, seed_page.as_uri() + fragment) as run:
        page = run.page
        assert page.evaluate("aleppomap.state()") == {"date": None, "mode": "day", "entry": None}
        assert page.evaluate("aleppomap.visibleEntries()") == located_entries(seed_events)
        assert page.locator(".leaflet-popup").count() == 0
        assert run.errors == []


def test_several_galleries_name_entries_by_gallery(browser: Any, tmp_path: Path) -> None:
    events = events_of(
        [
            event_row(5, "In Fardos.", gallery="b-2016", title="B", place="Fardos", point=FARDOS),
            event_row(5, "Also Fardos.", gallery="a-2016", title="A", place="Fardos", point=FARDOS),
            event_row(6, "Nowhere.", gallery="a-2016", title="A"),
        ]
    )
    path = tmp_path / "two.html"
    path.write_text(render_html(events), encoding="utf-8")
    with open_page(browser, path.as_uri() + "#entry=a-2016%235") as run:
        page = run.page
        assert "Also Fardos." in popup_text(run)
        assert page.evaluate("aleppomap.state().entry") == "a-2016#5"
        assert page.evaluate("aleppomap.visibleEntries()") == ["b-2016#5", "a-2016#5"]
        assert page.evaluate("aleppomap.openEntry('b-2016#5')") is True
        assert "In Fardos." in popup_text(run)
        assert page.evaluate("aleppomap.openEntry(5)") is False  # ambiguous: needs the gallery
        assert run.errors == []


# --------------------------------------------------------------------------- time zones


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Tokyo", "Pacific/Kiritimati"])
def test_day_label_is_right_in_every_time_zone(browser: Any, seed_page: Path, zone: str) -> None:
    with open_page(browser, seed_page.as_uri(), timezone_id=zone) as run:
        page = run.page
        assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == zone
        assert page.evaluate("aleppomap.setDate('2016-12-13')") is True
        assert page.inner_text(".am-label") == "13 December 2016"
        assert page.get_attribute(".am-slider", "aria-valuetext") == "13 December 2016"
        assert run.errors == []


# --------------------------------------------------------------------------- keyboard


def test_keyboard_moves_the_slider_and_opens_entries(seed: PageRun) -> None:
    page = seed.page
    days = page.evaluate("aleppomap.dates()")
    page.focus(".am-slider")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("aleppomap.state().date") == days[0]
    page.focus(".am-next")
    page.keyboard.press("Enter")
    assert page.evaluate("aleppomap.state().date") == days[1 % len(days)]
    page.focus("button.am-entry[data-k='0']")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('data-k')") == "1"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"  # focus is visible
    page.keyboard.press("Enter")
    page.wait_for_selector(".leaflet-popup-content")


def test_play_steps_through_the_days(seed: PageRun) -> None:
    page = seed.page
    days = page.evaluate("aleppomap.dates()")
    page.click(".am-play")
    assert page.evaluate("aleppomap.state().date") == days[0]
    assert page.get_attribute(".am-play", "aria-pressed") == "true"
    page.click(".am-play")
    assert page.get_attribute(".am-play", "aria-pressed") == "false"


# --------------------------------------------------------------------------- offline, safe


def test_self_contained_page_requests_only_tiles(
    browser: Any, seed_events: gpd.GeoDataFrame, tmp_path: Path
) -> None:
    for tiles in (True, False):
        path = tmp_path / f"map-{tiles}.html"
        path.write_text(render_html(seed_events, tiles=tiles), encoding="utf-8")
        with open_page(browser, path.as_uri()) as run:
            run.page.wait_for_timeout(300)
            kinds = {kind for kind, _ in run.blocked}
            if tiles:
                assert kinds <= {"image"}
                assert all("tile" in url or "basemaps" in url for _, url in run.blocked)
            else:
                assert run.blocked == []
            # The points draw without the network.
            assert len(run.page.evaluate("aleppomap.markersInView()")) > 0
            assert run.errors == []


HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'


def test_hostile_texts_show_literally_and_run_nothing(browser: Any, tmp_path: Path) -> None:
    caption = f"In Fardos {HOSTILE}"
    rows = [
        event_row(
            1,
            caption,
            title=HOSTILE,
            place=f"Fardos{HOSTILE}",
            matched="Fardos",
            point=FARDOS,
            url="javascript:window.__xss=3",
            image="javascript:window.__xss=4",
        ),
        event_row(
            2,
            f"Also in Fardos {HOSTILE}",
            place="Fardos",
            point=FARDOS,
            url="https://example.org/a",
            image="https://example.org/a.jpg",
        ),
    ]
    events = events_of(rows)
    events["credit"] = HOSTILE
    path = tmp_path / "hostile.html"
    path.write_text(render_html(events, title=HOSTILE), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        page = run.page
        page.evaluate("aleppomap.openEntry(1)")
        text = popup_text(run)
        assert HOSTILE in text
        assert page.locator(".leaflet-popup-content a").count() == 0
        assert page.locator(".leaflet-popup-content img").count() == 0
        page.evaluate("aleppomap.openEntry(2)")
        run.page.wait_for_selector(".am-popup-source")
        link = page.locator(".am-popup-source")
        assert link.get_attribute("href") == "https://example.org/a"
        assert link.get_attribute("rel") == "noopener noreferrer"
        assert page.inner_text(".am-title") == HOSTILE
        assert page.evaluate("window.__xss") is None
        assert run.errors == []


# --------------------------------------------------------------------------- scale


@pytest.mark.slow
@pytest.mark.parametrize("n_places", [3000, 100_000])
def test_100k_events_step_through_and_stay_clickable(
    browser: Any, tmp_path: Path, n_places: int
) -> None:
    # How fast a step is, is measured in benchmarks/ (bench_map: "step day ms"), not here: a
    # timed assertion fails on a loaded machine for no fault of the page.
    path = tmp_path / "large.html"
    path.write_text(render_html(synthetic_events(100_000, n_places=n_places)), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        page = run.page
        days = page.evaluate("aleppomap.dates()")
        shown = {}
        for mode in ("day", "cumulative"):
            counts = []
            for d in days[::12]:
                page.evaluate(STEP, [d, mode])
                state = page.evaluate("aleppomap.state()")
                assert (state["date"], state["mode"]) == (d, mode)
                counts.append(page.evaluate("aleppomap.visibleEntries().length"))
            shown[mode] = counts
        assert all(n > 0 for n in shown["day"]), shown["day"]  # every day has its photos
        # the days so far: never fewer than the day's own, never fewer as the days go on
        assert all(c >= n for c, n in zip(shown["cumulative"], shown["day"], strict=True))
        assert shown["cumulative"] == sorted(shown["cumulative"]), shown["cumulative"]
        page.evaluate("aleppomap.setMode('day')")
        page.evaluate("(d) => aleppomap.setDate(d)", days[len(days) // 2])
        m = page.evaluate("aleppomap.markersInView()")[0]
        box = page.locator(".am-map").bounding_box()
        page.mouse.click(box["x"] + m["x"], box["y"] + m["y"])
        assert popup_text(run).startswith("Photo ")
        assert run.errors == []


# --------------------------------------------------------------------------- control layer

# A point of a place's area, in the map's container, at least 30 px from every drawn marker
# (a marker on top of the area would take the click): searched on a grid over the path's box
# with elementFromPoint, so it is a point where the area itself is what a click reaches.
AREA_POINT = """(id) => {
  const path = document.querySelector(`path.am-control-area[data-place="${id}"]`);
  const map = document.querySelector('.am-map').getBoundingClientRect();
  const box = path.getBoundingClientRect();
  const markers = aleppomap.markersInView();
  for (let fy = 0.1; fy < 1; fy += 0.1) {
    for (let fx = 0.1; fx < 1; fx += 0.1) {
      const x = box.left + fx * box.width;
      const y = box.top + fy * box.height;
      if (document.elementFromPoint(x, y) !== path) { continue; }
      const free = markers.every((m) => Math.hypot(m.x + map.left - x, m.y + map.top - y) > 30);
      if (free) { return { x: x, y: y }; }
    }
  }
  return null;
}"""


# Centre the map on a place's area at a zoom ([id, zoom]); 16 leaves its markers room around
# them.
ZOOM_TO_AREA = """([id, zoom]) => {
  const path = document.querySelector(`path.am-control-area[data-place="${id}"]`);
  const map = document.querySelector('.am-map').getBoundingClientRect();
  const box = path.getBoundingClientRect();
  const centre = aleppomap.map.containerPointToLatLng(
    [box.left + box.width / 2 - map.left, box.top + box.height / 2 - map.top]);
  aleppomap.map.setView(centre, zoom, { animate: false });
}"""


def area_fill(run: PageRun, place_id: str) -> str:
    return str(
        run.page.get_attribute(f'path.am-control-area[data-place="{place_id}"]', "fill")
    ).upper()


def test_control_layer_colours_places_by_the_slider_day(
    seed: PageRun, seed_events: gpd.GeoDataFrame
) -> None:
    from aleppomap.control import control_table, whole_statements
    from aleppomap.timeline.control_layer import CONTROLLER_COLORS

    page = seed.page
    # the map colours whole places: a statement about a part of one ("the rebel-held areas" of
    # Aleppo) is in the table, not on the map
    statements = whole_statements(control_table(seed_events))
    dated = statements[statements["date"] != ""]
    assert sorted(page.evaluate("aleppomap.controlPlaces()")) == sorted(set(dated["place_id"]))
    assert page.locator("path.am-control-area").count() == len(set(dated["place_id"]))
    page.evaluate("aleppomap.setDate('2016-12-13')")
    assert page.evaluate("aleppomap.controlAt('bustan-al-qasr')") == "government"
    assert area_fill(seed, "bustan-al-qasr") == CONTROLLER_COLORS["government"]
    first = page.evaluate("aleppomap.dates()")[0]
    assert first < min(dated["date"])  # the slider starts before any statement
    page.evaluate("(d) => aleppomap.setDate(d)", first)
    assert page.evaluate("aleppomap.controlAt('bustan-al-qasr')") == "unknown"
    assert area_fill(seed, "bustan-al-qasr") == CONTROLLER_COLORS["unknown"]
    # "All dates": the latest known controller of each place.
    page.evaluate("aleppomap.setDate(null)")
    for place_id, rows in dated.groupby("place_id"):
        latest = rows[rows["date"] == rows["date"].max()].iloc[-1]
        assert page.evaluate("(p) => aleppomap.controlAt(p)", place_id) == latest["controller"]
    assert page.evaluate("aleppomap.controlAt('fardos')") is None  # nothing said about it
    legend = page.inner_text(".am-control-legend")
    assert "Government and pro-government forces" in legend
    assert "known only as a point" in legend


def test_clicking_an_area_lists_its_evidence(seed: PageRun, seed_events: gpd.GeoDataFrame) -> None:
    from aleppomap.control import control_table

    page = seed.page
    page.evaluate("aleppomap.setDate('2016-12-13')")
    page.evaluate(ZOOM_TO_AREA, ["bustan-al-qasr", 16])
    point = page.evaluate(AREA_POINT, "bustan-al-qasr")
    assert point is not None
    page.mouse.click(point["x"], point["y"])
    text = popup_text(seed)
    assert text.startswith("Bustan al-Qasr")
    said = control_table(seed_events).query("place_id == 'bustan-al-qasr'")
    # The newest statement shows; the others are behind "N more statements".
    more = page.locator(".leaflet-popup-content .am-control-more > summary")
    newest = said[said["date"] == said["date"].max()]
    hidden = len(said) - len(newest)
    assert more.inner_text() == f"{hidden} more statement" + ("" if hidden == 1 else "s")
    assert newest["evidence"].iloc[0] in text
    wait_at_rest(page, popup=True)
    more.click()
    text = popup_text(seed)
    buttons = page.locator(".leaflet-popup-content button.am-control-entry").all_inner_texts()
    assert sorted(buttons) == sorted(f"Photo {n}" for n in said["entry"])
    for evidence in said["evidence"]:
        assert evidence in text
    assert page.evaluate("aleppomap.state().entry") is None  # an area, not a photo
    # An entry of the evidence opens that photo's popup (once the popup has stopped moving:
    # it auto-pans into view, and a busy machine may still be animating it).
    # A click that lands while the map still moves can miss: try again once it is at rest.
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    entry = int(said["entry"].iloc[0])
    button = page.locator(
        ".leaflet-popup-content button.am-control-entry", has_text=f"Photo {entry}"
    ).first
    # A click that lands while the popup moves can hit what lay under it (a marker, the map):
    # then the area's popup is gone, and it is opened again before the next try.
    for attempt in range(3):
        if not button.count():
            page.evaluate("aleppomap.setDate('2016-12-13')")
            page.evaluate(ZOOM_TO_AREA, ["bustan-al-qasr", 16])
            point = page.evaluate(AREA_POINT, "bustan-al-qasr")
            page.mouse.click(point["x"], point["y"])
            wait_at_rest(page, popup=True)
            more.click()
        wait_at_rest(page, popup=True)
        button.click()
        try:
            page.wait_for_function(
                "(n) => aleppomap.state().entry === n", arg=entry, timeout=20_000
            )
            break
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise
    assert popup_text(seed).startswith(f"Photo {entry}")


def test_a_marker_over_an_area_still_takes_the_click(seed: PageRun) -> None:
    page = seed.page
    page.evaluate("aleppomap.setDate('2016-12-13')")
    marker = next(
        m for m in page.evaluate("aleppomap.markersInView()") if m["place"] == "Bustan al-Qasr"
    )
    box = page.locator(".am-map").bounding_box()
    page.mouse.click(box["x"] + marker["x"], box["y"] + marker["y"])
    assert popup_text(seed).startswith("Photo ")
    assert page.evaluate("aleppomap.state().entry") == marker["entry"]


def test_the_control_layer_can_be_switched_off(seed: PageRun) -> None:
    page = seed.page
    n = page.locator("path.am-control-area").count()
    assert n > 0
    assert page.evaluate("aleppomap.setControlVisible(false)") is True
    assert page.locator("path.am-control-area").count() == 0
    assert page.evaluate("aleppomap.controlVisible()") is False
    assert not page.is_checked(".am-control-switch input")
    page.click(".am-control-switch input")  # the panel's switch turns it back on
    assert page.locator("path.am-control-area").count() == n
    assert page.evaluate("aleppomap.controlVisible()") is True
    page.evaluate("aleppomap.setDate('2016-12-13')")
    assert page.locator('path.am-control-area[data-place="bustan-al-qasr"]').count() == 1


def test_no_control_layer_without_control_phrases(browser: Any, tmp_path: Path) -> None:
    rows = [event_row(1, "People in Fardos on Dec. 13.", place="Fardos", point=FARDOS)]
    path = tmp_path / "plain.html"
    path.write_text(render_html(events_of(rows)), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        assert run.page.evaluate("aleppomap.controlPlaces()") == []
        assert run.page.evaluate("aleppomap.setControlVisible(true)") is False
        assert run.page.locator(".am-control-legend").count() == 0
        assert run.page.locator(".leaflet-map-pane path").count() == 0  # no areas drawn
        assert run.page.locator(".leaflet-aleppomapControl-pane").count() == 0
        assert run.errors == []


def test_hostile_control_evidence_shows_literally(browser: Any, tmp_path: Path) -> None:
    caption = f"Smoke over the rebel-held Fardos{HOSTILE} neighborhood on Dec. 13."
    rows = [event_row(1, caption, place="Fardos", matched=f"Fardos{HOSTILE}", point=FARDOS)]
    path = tmp_path / "hostile-control.html"
    path.write_text(render_html(events_of(rows), tiles=False), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        page = run.page
        assert page.evaluate("aleppomap.controlAt('fardos')") == "rebels"
        page.evaluate(ZOOM_TO_AREA, ["fardos", 16])
        point = page.evaluate(AREA_POINT, "fardos")
        assert point is not None
        page.mouse.click(point["x"], point["y"])
        text = popup_text(run)
        assert f"rebel-held Fardos{HOSTILE}" in text
        assert (
            page.locator(".leaflet-popup-content img, .leaflet-popup-content script").count() == 0
        )
        assert page.evaluate("window.__xss") is None
        assert run.errors == []


# --------------------------------------------------------------------------- the data's version


@pytest.mark.parametrize(
    ("version", "said"),
    [
        ("2", "version 2,"),
        ("4", "version 4,"),
        ('"3"', "version 3,"),
        ("null", "version null,"),
    ],
)
def test_data_of_an_unknown_version_is_refused_with_a_message(
    browser: Any, tmp_path: Path, version: str, said: str
) -> None:
    rows = [event_row(1, "People in Fardos on Dec. 13.", place="Fardos", point=FARDOS)]
    page = render_html(events_of(rows), tiles=False)
    assert page.count('{"version":3,') == 1
    path = tmp_path / "future.html"
    path.write_text(page.replace('{"version":3,', '{"version":' + version + ",", 1), "utf-8")
    with open_page(browser, path.as_uri()) as run:
        alert = run.page.locator(".am-map .am-error[role=alert]")
        assert alert.is_visible()
        message = alert.inner_text()
        assert message.startswith("This map cannot be shown: its data is in format ")
        assert said in message
        assert "reads version 3 only" in message
        assert run.page.locator(".am-summary").inner_text() == message
        assert run.page.evaluate("aleppomap.error") == message
        # nothing drawn, nothing listed, the slider off; no error anywhere
        assert run.page.locator(".am-canvas").count() == 0
        assert run.page.locator(".am-list li").count() == 0
        assert run.page.locator(".am-slider").is_disabled()
        assert run.page.locator(".am-play").is_disabled()
        assert run.errors == []
        assert run.console_errors == []


def test_unreadable_data_is_refused_with_a_message(browser: Any, tmp_path: Path) -> None:
    rows = [event_row(1, "People in Fardos on Dec. 13.", place="Fardos", point=FARDOS)]
    page = render_html(events_of(rows), tiles=False)
    path = tmp_path / "broken.html"
    path.write_text(page.replace('{"version":3,', '{"version":3', 1), "utf-8")
    with open_page(browser, path.as_uri()) as run:
        assert_data_refused(run)


@pytest.mark.parametrize(
    ("column", "broken"),
    [
        ("arrows", '"u8:A"'),
        ("entry", '"i64:AAAAAAAAAAA="'),
        ("datePrecision", "[0]"),
        ("n", '"u16:AA=="'),
        ("place", '"u8:/w=="'),  # a marker's place: 255, with one place
        ("day", '"i32:AAAAAAAAAAA="'),  # two days for one entry
    ],
)
def test_a_packed_column_that_cannot_be_read_is_refused(
    browser: Any, tmp_path: Path, column: str, broken: str
) -> None:
    rows = [
        event_row(1, "People fled Fardos for Bustan al-Qasr.", place="Fardos", point=FARDOS),
    ]
    page = render_html(events_of(rows), tiles=False)
    found = re.findall(rf'"{column}":"[a-z0-9]+:[A-Za-z0-9+/=]*"', page)
    assert len(found) == 1, found
    path = tmp_path / "broken.html"
    path.write_text(page.replace(found[0], f'"{column}":{broken}', 1), "utf-8")
    with open_page(browser, path.as_uri()) as run:
        assert_data_refused(run)


def test_the_known_version_has_no_error(seed: PageRun) -> None:
    assert seed.page.evaluate("aleppomap.error") is None
    assert seed.page.locator(".am-error").count() == 0
