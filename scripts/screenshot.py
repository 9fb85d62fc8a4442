"""Take the README's screenshots: the seed map in headless Chromium (Playwright), no network.

Usage: ``.venv/bin/python scripts/screenshot.py [--desktop OUT.png] [--phone OUT.png]``

- desktop (default ``docs/screenshot.png``, 1280×800): 13 December 2016, zoomed on the east of
  the city, with the evidence of who held Bustan al-Qasr open (``--place ''`` skips that popup);
- phone (default ``docs/screenshot-phone.png``, 390×844 at twice the pixels, touch): the page
  opened on photo 5 (``--phone-fragment``), its popup clear of the map's controls.

Every request that would leave the machine is aborted, as in the browser tests.
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


def desktop(browser: Any, url: str, out: Path, place: str, zoom: int) -> None:
    with open_page(browser, url) as run:
        page = run.page
        if place:
            area = page.locator(f'path[data-place="{place}"]')
            box = area.bounding_box()
            if box is None:
                raise SystemExit(f"no control area {place!r} on the map")
            # zoom on the area's centre, then click it there
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
            box = area.bounding_box()
            if box is None:
                raise SystemExit(f"control area {place!r} left the view")
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.75)
        page.wait_for_timeout(1500)  # let the map and the popup settle
        page.screenshot(path=str(out))
        if run.errors:
            raise SystemExit(f"page errors: {run.errors}")


def phone(browser: Any, url: str, out: Path) -> None:
    with open_phone(browser, url) as run:
        run.page.wait_for_timeout(1500)  # let the map pan the popup clear of the controls
        run.page.screenshot(path=str(out))
        if run.errors:
            raise SystemExit(f"page errors: {run.errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--desktop", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--phone", type=Path, default=REPO / "docs" / "screenshot-phone.png")
    parser.add_argument("--fragment", default="#date=2016-12-13", help="of the desktop view")
    parser.add_argument("--phone-fragment", default="#entry=5")
    parser.add_argument("--place", default="bustan-al-qasr", help="control area to click")
    parser.add_argument("--zoom", type=int, default=14)
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
