"""What a reader sees of the timeline map: the time axis, the phone, galleries, words, photos.

Headless Chromium (Playwright, Debian's chromium) with every request off the machine aborted, as
in ``test_map_browser.py``; a phone is 390×844 CSS pixels with touch.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest

from aleppomap.timeline import render_html
from browser import PageRun, chromium_available, open_page, serious_violations, wait_at_rest
from test_map_browser import AREA_POINT, ZOOM_TO_AREA
from test_timeline import FARDOS, event_row, events_of

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not chromium_available(), reason="needs Playwright and chromium"),
]

PHONE = (390, 844)
BUSTAN = (37.1487, 36.1891)

# The open popup's box and the boxes of the map's controls, in the viewport (CSS px).
POPUP_AND_CONTROLS = """() => {
  const box = (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const popups = document.querySelectorAll('.leaflet-popup');
  const popup = popups[popups.length - 1];
  const controls = [...document.querySelectorAll('.am-map .leaflet-control')]
    .map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).map(box);
  return { popup: popup ? box(popup.getBoundingClientRect()) : null, controls: controls,
    width: window.innerWidth, height: window.innerHeight };
}"""


def open_phone(browser: Any, url: str) -> AbstractContextManager[PageRun]:
    """``url`` on a phone: 390×844, touch, a mobile viewport; requests off the machine aborted."""
    return open_page(browser, url, viewport=PHONE, phone=True)


def settled_popup(run: PageRun) -> dict[str, Any]:
    """The popup and the controls once the map has stopped moving (autoPan pans it)."""
    wait_at_rest(run.page, popup=True)
    boxes: dict[str, Any] = run.page.evaluate(POPUP_AND_CONTROLS)
    return boxes


def overlaps(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def assert_on_screen_and_clear(boxes: dict[str, Any]) -> None:
    popup = boxes["popup"]
    assert popup is not None
    assert 0 <= popup["left"] <= popup["right"] <= boxes["width"], popup
    assert 0 <= popup["top"] <= popup["bottom"] <= boxes["height"], popup
    assert boxes["controls"], "the map has its zoom and layer controls"
    for control in boxes["controls"]:
        assert not overlaps(popup, control), (popup, control)


# --------------------------------------------------------------------------- the phone


def test_on_a_phone_open_entry_keeps_the_popup_on_screen_and_clear_of_the_controls(
    browser: Any, seed_page: Path, seed_events: gpd.GeoDataFrame
) -> None:
    with open_phone(browser, seed_page.as_uri()) as run:
        assert run.page.evaluate("aleppomap.openEntry(5)") is True
        boxes = settled_popup(run)
        assert_on_screen_and_clear(boxes)
        caption = str(seed_events.loc[seed_events["entry"] == 5, "caption"].iloc[0])
        text = run.page.locator(".leaflet-popup-content").last.inner_text()
        assert text.startswith("Photo 5")
        assert caption[:40] in text
        # The heading is not under anything: the element at its middle is the heading.
        inside = run.page.evaluate(
            """() => {
              const h = [...document.querySelectorAll('.am-popup-title')].pop();
              const r = h.getBoundingClientRect();
              return h.contains(document.elementFromPoint(r.left + 10, r.top + r.height / 2));
            }"""
        )
        assert inside
        assert run.errors == []


def test_on_a_phone_the_popups_buttons_stay_whole_on_screen_and_take_a_tap(
    browser: Any, seed_page: Path
) -> None:
    with open_phone(browser, seed_page.as_uri()) as run:
        page = run.page
        assert page.evaluate("aleppomap.openEntry(5)") is True
        boxes = settled_popup(run)
        assert_on_screen_and_clear(boxes)
        button = page.locator(".leaflet-popup .am-popup-show").last
        box = button.bounding_box()
        assert box is not None
        assert box["width"] >= 44
        assert box["height"] >= 44
        assert 0 <= box["x"] <= box["x"] + box["width"] <= PHONE[0], box
        assert 0 <= box["y"] <= box["y"] + box["height"] <= PHONE[1], box
        # inside the popup, and under nothing: the element at each corner is the button
        popup = boxes["popup"]
        assert popup["top"] <= box["y"]
        assert box["y"] + box["height"] <= popup["bottom"]
        for control in boxes["controls"]:
            assert not overlaps(
                {
                    "left": box["x"],
                    "top": box["y"],
                    "right": box["x"] + box["width"],
                    "bottom": box["y"] + box["height"],
                },
                control,
            )
        on_top = page.evaluate(
            """() => {
              const b = [...document.querySelectorAll('.am-popup-show')].pop();
              const r = b.getBoundingClientRect();
              return [[2, 2], [r.width - 2, 2], [2, r.height - 2], [r.width - 2, r.height - 2]]
                .every(([x, y]) => b.contains(document.elementFromPoint(r.left + x, r.top + y)));
            }"""
        )
        assert on_top
        # The body scrolls, not the buttons: scrolled to its end, the button has not moved.
        page.evaluate(
            "() => { const b = [...document.querySelectorAll('.am-popup-body')].pop();"
            " b.scrollTop = b.scrollHeight; }"
        )
        assert button.bounding_box() == box
        button.tap()
        row = page.locator("li.am-selected button.am-entry")
        assert row.get_attribute("aria-current") == "true"
        assert "Photo 5" in row.inner_text()
        assert page.evaluate("document.activeElement.classList.contains('am-entry')")
        assert run.errors == []


def test_on_a_phone_a_tapped_row_brings_the_map_and_its_popup_into_view(
    browser: Any, seed_page: Path, seed_events: gpd.GeoDataFrame
) -> None:
    with open_phone(browser, seed_page.as_uri()) as run:
        page = run.page
        row = page.locator("button.am-entry", has=page.locator(".am-row-n", has_text="Photo 5"))
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        row.scroll_into_view_if_needed()
        map_box = page.locator(".am-map").bounding_box()
        assert map_box is not None
        assert map_box["y"] + map_box["height"] <= 0
        row.tap()
        page.wait_for_function("aleppomap.state().entry === 5")
        boxes = settled_popup(run)
        assert_on_screen_and_clear(boxes)
        map_box = page.locator(".am-map").bounding_box()
        assert map_box is not None
        assert map_box["y"] >= 0
        assert run.errors == []


def test_on_a_phone_a_popup_stays_on_screen_when_the_map_is_scrolled_part_way(
    browser: Any, seed_page: Path
) -> None:
    with open_phone(browser, seed_page.as_uri()) as run:
        page = run.page
        page.evaluate("window.scrollBy(0, 240)")
        box = page.locator(".am-map").bounding_box()
        assert box is not None
        assert box["y"] < -100  # the map's top is off screen
        markers = page.evaluate("aleppomap.markersInView()")
        on_screen = [m for m in markers if 150 < box["y"] + m["y"] < 450]
        assert on_screen
        m = on_screen[0]
        page.touchscreen.tap(box["x"] + m["x"], box["y"] + m["y"])
        boxes = settled_popup(run)
        assert_on_screen_and_clear(boxes)
        assert run.errors == []


def test_on_a_phone_the_map_comes_first_and_the_intro_is_folded(
    browser: Any, seed_page: Path
) -> None:
    with open_phone(browser, seed_page.as_uri()) as run:
        page = run.page
        about = page.locator("details.am-about")
        assert about.evaluate("d => d.open") is False
        map_box = page.locator(".am-map").bounding_box()
        assert map_box is not None
        assert map_box["y"] < PHONE[1] * 0.2  # only the title above it
        assert map_box["y"] + map_box["height"] <= PHONE[1]
        assert map_box["height"] >= PHONE[1] * 0.45
        page.locator("details.am-about > summary").tap()
        assert about.evaluate("d => d.open") is True
        assert page.locator(".am-intro").is_visible()
    with open_page(browser, seed_page.as_uri()) as desktop:
        assert desktop.page.locator("details.am-about").evaluate("d => d.open") is True
        assert desktop.page.locator(".am-intro").is_visible()


def test_on_a_phone_every_control_is_a_44_pixel_target(browser: Any, seed_page: Path) -> None:
    targets = """() => [...document.querySelectorAll(
        'button, select, input[type=range], summary, .am-mode label, .am-control-switch, ' +
        '.leaflet-bar a, a.leaflet-popup-close-button, .leaflet-control-layers-toggle')]
      .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => { const r = e.getBoundingClientRect();
        return { what: e.className || e.tagName, w: r.width, h: r.height }; })"""
    with open_phone(browser, seed_page.as_uri()) as run:
        page = run.page
        page.evaluate("aleppomap.openEntry(5)")
        settled_popup(run)
        found = page.evaluate(targets)
        assert len(found) > 10
        small = [t for t in found if t["w"] < 44 - 0.5 or t["h"] < 44 - 0.5]
        assert small == []


def test_no_instruction_needs_a_mouse(browser: Any, seed_page: Path) -> None:
    with open_phone(browser, seed_page.as_uri()) as run:
        text = run.page.evaluate("document.body.innerText")
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            if re.search(r"\bhover", sentence, re.IGNORECASE):
                assert re.search(r"\btap", sentence, re.IGNORECASE), sentence


# --------------------------------------------------------------------------- the time axis


def years_apart() -> gpd.GeoDataFrame:
    """Three galleries: two photos two days apart in 2012, and one in December 2016."""
    return events_of(
        [
            event_row(
                1,
                "Shelling in Fardos.",
                gallery="aleppo-shelling-2012-03-04",
                title="Shelling of Aleppo neighbourhoods",
                date="2012-03-01",
                place="Fardos",
                point=FARDOS,
            ),
            event_row(
                2,
                "Smoke over Fardos.",
                gallery="aleppo-shelling-2012-03-04",
                title="Shelling of Aleppo neighbourhoods",
                date="2012-03-03",
                place="Fardos",
                point=FARDOS,
            ),
            event_row(
                3,
                "Residents leave Fardos.",
                gallery="aleppo-shelling-2012-03-04",
                title="Shelling of Aleppo neighbourhoods",
                date="2012-03-03",
                place="Fardos",
                point=FARDOS,
            ),
            event_row(
                1,
                "Evacuees from Bustan al-Qasr.",
                gallery="battle-for-aleppo-chicago-tribune-2016-12-13",
                title="The battle for Aleppo: the last days of the rebel-held east",
                date="2016-12-13",
                place="Bustan al-Qasr",
                point=BUSTAN,
            ),
            event_row(
                4,
                "A street in Bustan al-Qasr.",
                gallery="photos_2014.csv",
                title="",
                date="2014-06-02",
                place="Bustan al-Qasr",
                point=BUSTAN,
            ),
        ]
    )


@pytest.fixture(scope="module")
def galleries_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("galleries") / "galleries.html"
    path.write_text(render_html(years_apart()), encoding="utf-8")
    return path


def test_the_slider_is_a_time_scale_with_long_gaps_cut(browser: Any, galleries_page: Path) -> None:
    events = years_apart()
    with open_page(browser, galleries_page.as_uri()) as run:
        page = run.page
        axis = page.evaluate("aleppomap.timeAxis()")
        days = sorted(set(events["date"]))
        assert axis["days"] == days
        x = axis["x"]
        width = page.locator(".am-slider").bounding_box()["width"]
        # Two days apart in 2012 stay far apart on the axis although the whole spans 4 years...
        assert x[1] - x[0] > width / 10
        # ... and within a stretch of days the scale is linear in time.
        assert x == sorted(x)
        assert len(axis["breaks"]) == 2  # 2012 → 2014 → 2016
        ticks = page.locator(".am-tick").all_inner_texts()
        assert any("2012" in t for t in ticks)
        assert any("2016" in t for t in ticks)
        # A click on the axis picks the day drawn there.
        box = page.locator(".am-slider").bounding_box()
        page.mouse.click(box["x"] + x[1], box["y"] + box["height"] / 2)
        assert page.evaluate("aleppomap.state().date") == days[1]
        assert run.errors == []


def test_the_histogram_counts_the_photos_of_each_day(browser: Any, galleries_page: Path) -> None:
    events = years_apart()
    per_day = events.groupby("date").size()
    with open_page(browser, galleries_page.as_uri()) as run:
        page = run.page
        axis = page.evaluate("aleppomap.timeAxis()")
        assert axis["counts"] == [int(per_day[d]) for d in axis["days"]]
        # The bars drawn: a column of the canvas at each day, its painted height.
        heights = page.evaluate(
            """(xs) => {
              const c = document.querySelector('.am-hist');
              const ctx = c.getContext('2d');
              const s = c.width / c.clientWidth;
              return xs.map((x) => {
                const col = ctx.getImageData(Math.round(x * s), 0, 1, c.height).data;
                let n = 0;
                for (let i = 3; i < col.length; i += 4) { if (col[i] > 0) { n++; } }
                return n;
              });
            }""",
            axis["x"],
        )
        tallest = max(range(len(heights)), key=lambda i: heights[i])
        assert axis["counts"][tallest] == max(axis["counts"])
        assert all(h > 0 for h in heights)


def test_arrow_keys_step_the_days_and_play_has_a_speed(browser: Any, galleries_page: Path) -> None:
    with open_page(browser, galleries_page.as_uri()) as run:
        page = run.page
        days = page.evaluate("aleppomap.dates()")
        page.focus(".am-slider")
        page.keyboard.press("ArrowRight")
        assert page.evaluate("aleppomap.state().date") == days[0]
        page.keyboard.press("ArrowRight")
        assert page.evaluate("aleppomap.state().date") == days[1]
        page.keyboard.press("ArrowLeft")
        assert page.evaluate("aleppomap.state().date") == days[0]
        page.keyboard.press("End")
        assert page.evaluate("aleppomap.state().date") == days[-1]
        page.keyboard.press("Home")
        assert page.evaluate("aleppomap.state().date") == days[0]
        page.keyboard.press("Escape")
        assert page.evaluate("aleppomap.state().date") is None
        assert page.get_attribute(".am-all", "aria-pressed") == "true"
        # The fastest speed runs through every day in about a second.
        page.select_option(".am-speed", "fastest")
        page.click(".am-play")
        page.wait_for_function("(d) => aleppomap.state().date === d", arg=days[-1], timeout=4000)
        assert run.errors == []


# Five galleries from August 2012 to December 2016, in the wording of agency captions:
# (file, header, [caption, ...]).
YEARS_OF_GALLERIES = [
    (
        "fighting-2012.txt",
        "date 2012-08-10 Street fighting reaches Aleppo",
        [
            "A Free Syrian Army fighter runs across a street in the Salaheddine district of"
            " Aleppo on Aug. 4. (Rami Haddad/AFP/Getty Images)",
            "Residents carry their belongings past a damaged building in the Sukkari"
            " neighborhood of Aleppo on Aug. 7. (Omar Nasser/Reuters)",
            "Smoke rises over the Salaheddine district during clashes between rebels and"
            " government forces on Aug. 9. (AP Photo/Layla Saeed)",
        ],
    ),
    (
        "winter-2013.txt",
        "date 2013-02-02 Winter in a divided city",
        [
            "Children queue for bread in the Bustan al-Qasr neighborhood of Aleppo on Jan. 29."
            " (Rami Haddad/AFP/Getty Images)",
            "A rebel fighter walks through the Old City of Aleppo on Feb. 1. (Omar Nasser/Reuters)",
        ],
    ),
    (
        "siege-2014.txt",
        "date 2014-05-20 Aleppo under siege",
        [
            "Civilians cross the front line at the Bustan al-Qasr crossing in Aleppo on May 12."
            " (Rami Haddad/AFP/Getty Images)",
            "A man walks through the rubble of the Old City of Aleppo on May 18."
            " (Omar Nasser/Reuters)",
        ],
    ),
    (
        "airstrikes-2015.txt",
        "date 2015-10-08 Air strikes on Aleppo",
        [
            "Rescue workers search for survivors after an air strike on the Fardos neighborhood"
            " of Aleppo on Oct. 6. (Karim Daher/AFP/Getty Images)",
        ],
    ),
    (
        "evacuation-2016.txt",
        "date 2016-12-15 Evacuation of eastern Aleppo",
        [
            "Syrian residents flee the Fardos neighborhood of Aleppo on Dec. 11, as government"
            " forces advance. (Rami Haddad/AFP/Getty Images)",
            "Families wait for buses in the Sukkari neighborhood on Dec. 13."
            " (Karim Daher/AFP/Getty Images)",
            "Buses carrying evacuees leave the Salaheddine district of Aleppo on Dec. 15."
            " (AP Photo/Layla Saeed)",
        ],
    ),
]


@pytest.fixture(scope="module")
def years_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The map of five galleries, 2012 to 2016, and the days its photos were taken."""
    from aleppomap import locate, read_gallery

    folder = tmp_path_factory.mktemp("years")
    paths = []
    for name, header, captions in YEARS_OF_GALLERIES:
        lines = [header] + [f"{n}\n{caption}" for n, caption in enumerate(captions, 1)]
        paths.append(folder / name)
        paths[-1].write_text("\n".join(lines) + "\n", encoding="utf-8")
    events = locate(read_gallery(*paths))
    days = sorted(set(events.loc[events["located"], "date"]))
    path = folder / "years.html"
    path.write_text(render_html(events), encoding="utf-8")
    return path, days


def axis_box(run: PageRun) -> dict[str, float]:
    box = run.page.locator(".am-axis").bounding_box()
    assert box is not None
    return dict(box)


def drag_with_the_mouse(run: PageRun, x0: float, x1: float) -> None:
    """Drag across the histogram from x0 to x1 (px from the axis's left)."""
    box = axis_box(run)
    y = box["y"] + 20
    run.page.mouse.move(box["x"] + x0, y)
    run.page.mouse.down()
    run.page.mouse.move(box["x"] + x1, y, steps=6)
    run.page.mouse.up()


def drag_with_a_finger(run: PageRun, x0: float, x1: float) -> None:
    """The same drag on a touch screen (touch events, as a phone sends them)."""
    box = axis_box(run)
    y = box["y"] + 20
    cdp = run.page.context.new_cdp_session(run.page)
    cdp.send(
        "Input.dispatchTouchEvent",
        {"type": "touchStart", "touchPoints": [{"x": box["x"] + x0, "y": y}]},
    )
    for i in range(1, 9):
        x = box["x"] + x0 + (x1 - x0) * i / 8
        cdp.send(
            "Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y}]}
        )
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def state_date(run: PageRun) -> str | None:
    date: str | None = run.page.evaluate("aleppomap.state().date")
    return date


def test_a_drag_across_the_histogram_zooms_the_axis_to_its_days(
    browser: Any, years_page: tuple[Path, list[str]]
) -> None:
    path, days = years_page
    first_year = [d for d in days if d.startswith("2012")]
    assert len(first_year) == 3
    with open_page(browser, path.as_uri()) as run:
        page = run.page
        axis = page.evaluate("aleppomap.timeAxis()")
        assert axis["days"] == days
        assert axis["zoom"] is None
        assert page.locator(".am-zoom-reset").is_hidden()
        x = axis["x"]
        # Over four years, the three days of August 2012 are crowded at the axis's start ...
        width = axis_box(run)["width"]
        assert x[2] - x[0] < width / 4
        drag_with_the_mouse(run, x[0] - 6, x[2] + 6)
        axis = page.evaluate("aleppomap.timeAxis()")
        assert axis["zoom"] == [first_year[0], first_year[-1]]
        # ... zoomed, they span it, at their dates (the 7th: 3 days after the 4th, 2 before the 9th)
        x = axis["x"]
        assert x[0] < 20
        assert x[2] > width - 20
        assert x[1] - x[0] == pytest.approx((x[2] - x[0]) * 3 / 5, abs=1)
        assert all(xi > width for xi in x[3:])  # the later days are off the zoomed axis
        ticks = page.locator(".am-tick").all_inner_texts()
        assert any("2012" in t for t in ticks)
        assert not any("2016" in t for t in ticks)
        assert page.locator(".am-zoom-reset").is_visible()
        assert state_date(run) is None  # a zoom chooses no day
        # The slider and its keys step through the zoomed days only.
        page.focus(".am-slider")
        page.keyboard.press("ArrowRight")
        assert state_date(run) == first_year[0]
        page.keyboard.press("End")
        assert state_date(run) == first_year[-1]
        page.keyboard.press("ArrowRight")
        assert state_date(run) == first_year[-1]
        page.keyboard.press("PageUp")
        assert state_date(run) == first_year[-1]
        page.keyboard.press("Home")
        assert state_date(run) == first_year[0]
        page.click(".am-prev")
        assert state_date(run) == first_year[-1]  # round within the zoomed days
        page.click(".am-next")
        assert state_date(run) == first_year[0]
        # A click on a bar picks its day.
        box = axis_box(run)
        page.mouse.click(box["x"] + x[1], box["y"] + 20)
        assert state_date(run) == first_year[1]
        # Play runs through the zoomed days and stops at their last.
        page.select_option(".am-speed", "fastest")
        page.click(".am-play")
        page.wait_for_function("() => !document.querySelector('.am-play[aria-pressed=true]')")
        assert state_date(run) == first_year[-1]
        # "Whole period" shows every day again.
        page.click(".am-zoom-reset")
        axis = page.evaluate("aleppomap.timeAxis()")
        assert axis["zoom"] is None
        assert page.locator(".am-zoom-reset").is_hidden()
        page.focus(".am-slider")
        page.keyboard.press("End")
        assert state_date(run) == days[-1]
        assert run.errors == []


def test_the_axis_zooms_from_the_keyboard(browser: Any, years_page: tuple[Path, list[str]]) -> None:
    path, days = years_page
    with open_page(browser, path.as_uri()) as run:
        page = run.page
        page.focus(".am-slider")
        page.keyboard.press("End")
        # "+" on the slider halves the axis's span around the chosen day, until one day is left
        spans = []
        for _ in range(12):
            page.keyboard.press("+")
            zoom = page.evaluate("aleppomap.timeAxis().zoom")
            assert zoom is not None
            assert zoom[0] <= days[-1] <= zoom[1]
            spans.append(days.index(zoom[1]) - days.index(zoom[0]) + 1)
        assert spans == sorted(spans, reverse=True)
        assert spans[0] < len(days)
        assert spans[-1] == 1
        assert state_date(run) == days[-1]
        # "-" zooms out, back to the whole period
        for _ in range(12):
            page.keyboard.press("-")
        assert page.evaluate("aleppomap.timeAxis().zoom") is None
        # The "Zoom in" button, from the keyboard: the focus goes to "Whole period" and back.
        page.focus(".am-zoom-in")
        page.keyboard.press("Enter")
        assert page.evaluate("aleppomap.timeAxis().zoom") is not None
        assert page.evaluate("document.activeElement.className") == "am-zoom-reset"
        page.keyboard.press("Enter")
        assert page.evaluate("aleppomap.timeAxis().zoom") is None
        assert page.evaluate("document.activeElement.className") == "am-zoom-in"
        # A day out of the zoomed axis, chosen elsewhere (the list, the address): the whole period
        page.keyboard.press("Enter")
        page.evaluate("(d) => aleppomap.setDate(d)", days[0])
        assert page.evaluate("aleppomap.timeAxis().zoom") is None
        assert state_date(run) == days[0]
        assert run.errors == []


def test_on_a_phone_a_finger_zooms_the_axis(
    browser: Any, years_page: tuple[Path, list[str]]
) -> None:
    path, days = years_page
    last_year = [d for d in days if d.startswith("2016")]
    with open_phone(browser, path.as_uri()) as run:
        page = run.page
        brush = page.locator(".am-brush").bounding_box()
        assert brush is not None
        assert brush["height"] >= 44
        assert brush["width"] >= 300
        zoom_in = page.locator(".am-zoom-in").bounding_box()
        assert zoom_in is not None
        assert min(zoom_in["width"], zoom_in["height"]) >= 44
        page.locator(".am-axis").scroll_into_view_if_needed()
        x = page.evaluate("aleppomap.timeAxis().x")
        i = days.index(last_year[0])
        drag_with_a_finger(run, x[i] - 4, x[-1] + 4)
        axis = page.evaluate("aleppomap.timeAxis()")
        assert axis["zoom"] == [last_year[0], last_year[-1]]
        reset = page.locator(".am-zoom-reset").bounding_box()
        assert reset is not None
        assert min(reset["width"], reset["height"]) >= 44
        # a tap on a bar picks its day
        box = axis_box(run)
        page.touchscreen.tap(box["x"] + axis["x"][i + 1], box["y"] + 20)
        assert state_date(run) == last_year[1]
        page.locator(".am-zoom-reset").tap()
        assert page.evaluate("aleppomap.timeAxis().zoom") is None
        assert run.errors == []


# --------------------------------------------------------------------------- galleries


def test_with_several_galleries_no_label_is_a_slug(browser: Any, galleries_page: Path) -> None:
    events = years_apart()
    ids = sorted(set(events["gallery"]))
    with open_page(browser, galleries_page.as_uri()) as run:
        page = run.page
        assert page.inner_text(".am-title") == "3 galleries, 2012–2016"
        labels = page.locator(".am-row-n").all_inner_texts()
        assert len(labels) == len(events)
        for label in labels:
            assert re.fullmatch(r".+ · Photo \d+", label), label
        assert "Gallery 3 · Photo 4" in labels  # the untitled one, by its place in the list
        assert "Shelling of Aleppo… · Photo 2" in labels
        assert "The battle for Aleppo… · Photo 1" in labels
        page.evaluate("aleppomap.openEntry('aleppo-shelling-2012-03-04#2')")
        page.wait_for_selector(".leaflet-popup-content")
        seen = [
            *labels,
            *page.locator(".am-gallery-filter option").all_inner_texts(),
            page.locator(".leaflet-popup-content").last.inner_text(),
            page.inner_text(".am-summary"),
            page.inner_text(".am-head"),
        ]
        for text in seen:
            for gid in ids:
                assert gid not in text, (gid, text)
            assert ".csv" not in text
        assert run.errors == []


def test_the_gallery_filter_shows_one_gallery(browser: Any, galleries_page: Path) -> None:
    events = years_apart()
    with open_page(browser, galleries_page.as_uri()) as run:
        page = run.page
        everything = page.evaluate("aleppomap.visibleEntries()")
        assert len(everything) == len(events)
        page.select_option(".am-gallery-filter", "0")
        first = events[events["gallery"] == "aleppo-shelling-2012-03-04"]
        want = [f"aleppo-shelling-2012-03-04#{n}" for n in sorted(first["entry"])]
        assert page.evaluate("aleppomap.visibleEntries()") == want
        assert page.locator(".am-row").count() == len(first)
        per_day = first.groupby("date").size()
        axis = page.evaluate("aleppomap.timeAxis()")
        assert axis["counts"] == [int(per_day.get(d, 0)) for d in axis["days"]]
        # Opening a photo of another gallery shows every gallery again.
        page.evaluate("aleppomap.openEntry('photos_2014.csv#4')")
        assert page.input_value(".am-gallery-filter") == "-1"
        assert page.evaluate("aleppomap.state().entry") == "photos_2014.csv#4"
        page.select_option(".am-gallery-filter", "0")
        page.select_option(".am-gallery-filter", "-1")
        page.evaluate("aleppomap.setDate(null)")
        assert page.evaluate("aleppomap.visibleEntries()") == everything
        assert run.errors == []


# --------------------------------------------------------------------------- control words


def test_control_is_said_in_plain_words(browser: Any, seed_page: Path) -> None:
    with open_page(browser, seed_page.as_uri()) as run:
        page = run.page
        page.evaluate("aleppomap.setDate('2016-12-13')")
        page.evaluate(ZOOM_TO_AREA, ["bustan-al-qasr", 16])
        point = page.evaluate(AREA_POINT, "bustan-al-qasr")
        assert point is not None
        page.mouse.click(point["x"], point["y"])
        page.wait_for_selector(".am-control-popup")
        text = page.locator(".leaflet-popup-content").last.inner_text()
        assert "taken by government forces from rebels" in text
        assert "retook the area from rebel fighters" in text  # the evidence follows
        assert "lost (from" not in text
        assert "· government ·" not in text


@pytest.mark.parametrize(
    ("fragment", "zoom"), [("", None), ("#date=2016-12-13", 14)], ids=["first-view", "a-day-zoomed"]
)
def test_an_area_popup_is_short_newest_first_and_leaves_its_markers_in_view(
    browser: Any,
    seed_page: Path,
    seed_events: gpd.GeoDataFrame,
    fragment: str,
    zoom: int | None,
) -> None:
    from aleppomap.control import control_table

    said = control_table(seed_events).query("place_id == 'bustan-al-qasr'")
    assert said["date"].nunique() > 1
    with open_page(browser, seed_page.as_uri() + fragment) as run:
        page = run.page
        if zoom is not None:
            page.evaluate(ZOOM_TO_AREA, ["bustan-al-qasr", zoom])
        point = page.evaluate(AREA_POINT, "bustan-al-qasr")
        assert point is not None
        page.mouse.click(point["x"], point["y"])
        page.wait_for_selector(".am-control-popup")
        popup = settled_popup(run)["popup"]
        map_box = page.locator(".am-map").bounding_box()
        assert map_box is not None
        # short: well under half the map's height, whatever the number of statements
        assert popup["bottom"] - popup["top"] < map_box["height"] * 0.5
        # the newest statement first; the others behind the disclosure
        first = page.locator(".am-control-popup > .am-popup-body > .am-control-list > li").all()
        assert len(first) == 1
        newest = said[said["date"] == said["date"].max()]
        assert sorted(first[0].locator("button").all_inner_texts()) == sorted(
            f"Photo {n}" for n in newest["entry"]
        )
        assert page.locator(".am-control-more").evaluate("d => d.open") is False
        # the markers of the place are in view, and no marker is under the popup
        markers = [
            m
            for m in page.evaluate("aleppomap.markersInView()")
            if 0 <= m["x"] <= map_box["width"] and 0 <= m["y"] <= map_box["height"]
        ]
        assert any(m["place"] == "Bustan al-Qasr" for m in markers)
        for m in markers:
            x, y = map_box["x"] + m["x"], map_box["y"] + m["y"]
            # a marker whose centre is under the popup is hidden (its tip included)
            inside = popup["left"] <= x <= popup["right"] and popup["top"] <= y <= popup["bottom"]
            assert not inside, (m, popup)
        # opened, the disclosure lists the rest; the popup stays on screen, its height capped
        page.locator(".am-control-more > summary").click()
        text = page.locator(".leaflet-popup-content").last.inner_text()
        for evidence in said["evidence"]:
            assert evidence in text
        popup = settled_popup(run)["popup"]
        assert popup["top"] >= map_box["y"]
        assert popup["bottom"] - popup["top"] < 400
        assert run.errors == []


# --------------------------------------------------------------------------- photos


@pytest.fixture(scope="module")
def photo_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A local web server with one small PNG (the page may load localhost only)."""
    root = tmp_path_factory.mktemp("photos")
    # a 2×2 PNG, written byte by byte (grey pixels)
    import struct
    import zlib

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    png = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    (root / "photo.png").write_bytes(png)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))

    class Quiet(http.server.ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass

    server = Quiet(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *args: None  # type: ignore[assignment]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_photos_show_as_thumbnails_linked_to_their_page(
    browser: Any, tmp_path: Path, photo_server: str
) -> None:
    caption = "A boy carries water past a destroyed building in Fardos."
    events = events_of(
        [
            event_row(
                1,
                caption,
                place="Fardos",
                point=FARDOS,
                url="https://example.org/gallery/photo-1",
                image=f"{photo_server}/photo.png",
            ),
            event_row(
                2,
                "Snow falls on Bustan al-Qasr.",
                place="Bustan al-Qasr",
                point=BUSTAN,
                url="https://example.org/gallery/photo-2",
                image="https://images.example.org/photo-2.jpg",
            ),
            event_row(3, "Men clear rubble in Fardos.", place="Fardos", point=FARDOS),
        ]
    )
    path = tmp_path / "photos.html"
    path.write_text(render_html(events), encoding="utf-8")
    with open_page(browser, path.as_uri()) as run:
        page = run.page
        # The list: a thumbnail for each entry with an image, none for the other.
        assert page.locator(".am-row .am-thumb-row").count() == 2
        assert page.locator(".am-row").nth(2).locator(".am-thumb").count() == 0
        page.evaluate("aleppomap.openEntry(1)")
        img = page.locator(".leaflet-popup-content .am-thumb-popup img")
        img.wait_for()
        assert img.get_attribute("alt") == caption
        assert img.get_attribute("loading") == "lazy"
        page.wait_for_function(
            "() => document.querySelector('.leaflet-popup-content img').naturalWidth === 2"
        )
        link = page.locator(".leaflet-popup-content a.am-thumb-popup")
        assert link.get_attribute("href") == "https://example.org/gallery/photo-1"
        assert link.get_attribute("rel") == "noopener noreferrer"
        # Offline (the request is aborted): a placeholder says so; the popup is still there.
        page.evaluate("aleppomap.openEntry(2)")
        page.wait_for_selector(".leaflet-popup-content .am-thumb-missing")
        assert "not available offline" in page.locator(".leaflet-popup-content").last.inner_text()
        assert any("images.example.org" in url for _, url in run.blocked)
        assert run.errors == []


# --------------------------------------------------------------------------- short titles


def test_short_titles_are_short_distinct_and_never_an_id() -> None:
    from aleppomap.timeline.payload import (
        SHORT_TITLE_LENGTH,
        GalleryPayload,
        gallery_short_titles,
        short_title,
    )

    long = "Aleppo evacuation: the last convoys leave the eastern districts"
    cut = short_title(long)
    assert len(cut) <= SHORT_TITLE_LENGTH
    assert cut.endswith("…")
    assert long.startswith(cut[:-1])
    assert long[len(cut) - 1] == " "  # cut at a word
    assert short_title("Battle for Aleppo") == "Battle for Aleppo"

    def gallery(gid: str, title: str, day: str) -> GalleryPayload:
        return {"id": gid, "title": title, "date": day, "intro": ""}

    labels = gallery_short_titles(
        [
            gallery("aleppo-2016-12-13", "Aleppo", "2016-12-13"),
            gallery("aleppo-2016-12-22", "Aleppo", "2016-12-22"),
            gallery("photos.csv", "", ""),
            gallery("aleppo", "Aleppo", ""),
        ]
    )
    assert labels == ["Aleppo (13 Dec 2016)", "Aleppo (22 Dec 2016)", "Gallery 3", "Aleppo"]


# --------------------------------------------------------------------------- accessibility


@pytest.mark.slow
@pytest.mark.parametrize("viewport", [(1280, 800), PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_serious_with_a_day_and_a_popup_open(
    browser: Any, galleries_page: Path, viewport: tuple[int, int]
) -> None:
    pytest.importorskip("axe_playwright_python.sync_playwright")
    with open_page(browser, galleries_page.as_uri(), viewport=viewport) as run:
        # a day chosen: the rows of other days are greyed; a popup and the filter are there
        run.page.evaluate("aleppomap.openEntry('aleppo-shelling-2012-03-04#2')")
        run.page.wait_for_selector(".leaflet-popup-content")
        assert serious_violations(run.page) == []
        assert run.errors == []


@pytest.mark.slow
@pytest.mark.parametrize("viewport", [(1280, 800), PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_serious_with_the_axis_zoomed_and_an_area_popup_open(
    browser: Any, seed_page: Path, viewport: tuple[int, int]
) -> None:
    pytest.importorskip("axe_playwright_python.sync_playwright")
    with open_page(browser, seed_page.as_uri(), viewport=viewport, phone=viewport == PHONE) as run:
        page = run.page
        page.evaluate("aleppomap.setDate('2016-12-13')")
        page.click(".am-zoom-in")
        assert page.evaluate("aleppomap.timeAxis().zoom") is not None
        page.evaluate(ZOOM_TO_AREA, ["bustan-al-qasr", 14])
        point = page.evaluate(AREA_POINT, "bustan-al-qasr")
        assert point is not None
        page.mouse.click(point["x"], point["y"])
        settled_popup(run)
        page.locator(".am-control-more > summary").click()
        settled_popup(run)  # the popup grown by the disclosure pans into view again
        found = []
        for step in ("area", "photo"):
            if step == "photo":
                page.evaluate("aleppomap.openEntry(5)")
                settled_popup(run)
            found += [(step, *v) for v in serious_violations(page)]
        assert found == []
        assert run.errors == []
