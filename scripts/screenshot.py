"""Take the README's screenshots: the seed map in headless Chromium (Playwright), no network.

Usage: ``.venv/bin/python scripts/screenshot.py [--desktop OUT.png] [--phone OUT.png]``

- desktop (default ``docs/screenshot.png``, 1280×800): the map as a reader first sees it (every
  date, the city framed), with the popup of who held Bustan al-Qasr open: its newest statement,
  the others behind "N more statements", above the area so that its markers stay in view
  (``--place ''`` skips that popup; ``--fragment``, ``--zoom`` choose another view);
- phone (default ``docs/screenshot-phone.png``, 390×844 at twice the pixels, touch): the page
  opened on photo 5 (``--phone-fragment``), its popup clear of the map's controls, its buttons
  in view.

Each shot prints how many of the markers in view its popup covers. Every request that would
leave the machine is aborted, as in the browser tests.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from aleppomap import locate, read_gallery  # noqa: E402
from aleppomap.timeline import render_html  # noqa: E402
from browser import PageRun, launch, open_page  # noqa: E402  (the tests' launcher)

PHONE = (390, 844)


def open_phone(browser: Any, url: str) -> AbstractContextManager[PageRun]:
    """``url`` on a phone-sized touch screen, every request off the machine aborted."""
    return open_page(browser, url, viewport=PHONE, phone=True)


# A point of a control area to click: inside it, away from every marker, as low as possible
# (the popup opens above the area's top edge whatever the point).
AREA_POINT = """(id) => {
  const path = document.querySelector(`path.am-control-area[data-place="${id}"]`);
  if (!path) { return null; }
  const map = document.querySelector('.am-map').getBoundingClientRect();
  const box = path.getBoundingClientRect();
  const markers = aleppomap.markersInView();
  for (let fy = 0.9; fy > 0; fy -= 0.1) {
    for (let fx = 0.1; fx < 1; fx += 0.1) {
      const x = box.left + fx * box.width;
      const y = box.top + fy * box.height;
      if (document.elementFromPoint(x, y) !== path) { continue; }
      if (markers.every((m) => Math.hypot(m.x + map.left - x, m.y + map.top - y) > 12)) {
        return { x: x, y: y };
      }
    }
  }
  return null;
}"""

# The markers in view, and those under the open popup's box (its tip excluded).
UNDER_POPUP = """() => {
  const m = document.querySelector('.am-map').getBoundingClientRect();
  const markers = aleppomap.markersInView()
    .filter((k) => k.x >= 0 && k.y >= 0 && k.x <= m.width && k.y <= m.height);
  const boxes = [...document.querySelectorAll('.leaflet-popup-content-wrapper')];
  if (!boxes.length) { return [markers.length, []]; }
  const r = boxes[boxes.length - 1].getBoundingClientRect();
  const under = markers.filter((k) => k.x + m.left >= r.left && k.x + m.left <= r.right &&
    k.y + m.top >= r.top && k.y + m.top <= r.bottom);
  return [markers.length, under.map((k) => k.place)];
}"""


def report(page: Any, out: Path) -> None:
    shown, under = page.evaluate(UNDER_POPUP)
    print(f"{out}: {shown} markers in view, {len(under)} under the popup {under}")


def desktop(browser: Any, url: str, out: Path, place: str, zoom: int | None) -> None:
    with open_page(browser, url) as run:
        page = run.page
        if place:
            if zoom is not None:
                area = page.locator(f'path[data-place="{place}"]')
                box = area.bounding_box()
                if box is None:
                    raise SystemExit(f"no control area {place!r} on the map")
                cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
                page.evaluate(
                    """([x, y, z]) => {
                        const m = window.aleppomap.map;
                        const r = m.getContainer().getBoundingClientRect();
                        const at = m.containerPointToLatLng([x - r.left, y - r.top]);
                        m.setView(at, z, {animate: false});
                    }""",
                    [cx, cy, zoom],
                )
                page.wait_for_timeout(300)
            point = page.evaluate(AREA_POINT, place)
            if point is None:
                raise SystemExit(f"no free point of the control area {place!r} in view")
            page.mouse.click(point["x"], point["y"])
        page.wait_for_timeout(1500)  # let the map and the popup settle
        page.screenshot(path=str(out))
        report(page, out)
        if run.errors:
            raise SystemExit(f"page errors: {run.errors}")


def phone(browser: Any, url: str, out: Path) -> None:
    with open_phone(browser, url) as run:
        run.page.wait_for_timeout(1500)  # let the map pan the popup clear of the controls
        run.page.screenshot(path=str(out))
        report(run.page, out)
        if run.errors:
            raise SystemExit(f"page errors: {run.errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--desktop", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--phone", type=Path, default=REPO / "docs" / "screenshot-phone.png")
    parser.add_argument("--fragment", default="", help="of the desktop view (none: as it opens)")
    parser.add_argument("--phone-fragment", default="#entry=5")
    parser.add_argument("--place", default="bustan-al-qasr", help="control area to click")
    parser.add_argument("--zoom", type=int, default=None, help="zoom on the area first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "aleppo-map.html"
        page_path.write_text(render_html(locate(read_gallery())), encoding="utf-8")
        with launch() as browser:
            url = page_path.as_uri()
            desktop(browser, url + args.fragment, args.desktop, args.place, args.zoom)
            print(f"wrote {args.desktop}")
            phone(browser, url + args.phone_fragment, args.phone)
            print(f"wrote {args.phone}")


if __name__ == "__main__":
    main()
