"""Take the README's screenshot: the seed map in headless Chromium (Playwright), no network.

Usage: ``.venv/bin/python scripts/screenshot.py [OUT.png] [--fragment '#date=...&entry=...']``
(default ``docs/screenshot.png``, 1280×800: 13 December 2016, zoomed on the east of the city,
with the evidence of who held Bustan al-Qasr open; ``--place ''`` skips that popup).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from aleppomap import locate, read_gallery  # noqa: E402
from aleppomap.timeline import render_html  # noqa: E402
from browser import launch, open_page  # noqa: E402  (the tests' launcher, same flags)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshot.png")
    parser.add_argument("--fragment", default="#date=2016-12-13")
    parser.add_argument("--place", default="bustan-al-qasr", help="control area to click")
    parser.add_argument("--zoom", type=int, default=14)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "aleppo-map.html"
        page_path.write_text(render_html(locate(read_gallery())), encoding="utf-8")
        with launch() as browser, open_page(browser, page_path.as_uri() + args.fragment) as run:
            page = run.page
            if args.place:
                area = page.locator(f'path[data-place="{args.place}"]')
                box = area.bounding_box()
                if box is None:
                    raise SystemExit(f"no control area {args.place!r} on the map")
                # zoom on the area's centre, then click it there
                cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
                page.evaluate(
                    """([x, y, z]) => {
                        const m = window.aleppomap.map;
                        const r = m.getContainer().getBoundingClientRect();
                        const at = m.containerPointToLatLng([x - r.left, y - r.top]);
                        m.setView(at, z, {animate: false});
                    }""",
                    [cx, cy, args.zoom],
                )
                page.wait_for_timeout(300)
                box = area.bounding_box()
                if box is None:
                    raise SystemExit(f"control area {args.place!r} left the view")
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.75)
            page.wait_for_timeout(1500)  # let the map and the popup settle
            page.screenshot(path=str(args.out))
            if run.errors:
                raise SystemExit(f"page errors: {run.errors}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
