"""The map at 1k … 1M events, next to folium's TimestampedGeoJson on the same events.

For each size: build time and HTML bytes of ``aleppomap.timeline.render_html`` and of a
folium map with ``TimestampedGeoJson`` (one Point feature per event, ``times`` = its day,
``popup`` = its caption; the default marker), then in headless Chromium:

* first view: ``performance.now()`` (ms since navigation start) once the map is ready
  (``window.aleppomap`` set, for ours; the page's ``load`` event for folium) and two animation
  frames have passed, timed in the page (a script run before the page's own hooks the moment);
  "polled" is the same measure taken as earlier runs did, two frames counted from when the
  benchmark saw the map ready: it adds the polling's delay and any work the page started
  meanwhile (ours: the captions, read after the first view);
* captions (ours): ``performance.now()`` once ``window.aleppomap.ready()`` has settled: the
  captions are read after the first view, from their gzip-compressed column (an upper bound:
  the time the benchmark asked, when they were ready before);
* a step: ``window.aleppomap.setDate(day)`` then two animation frames (ours), or
  ``timeDimension.setCurrentTime(t)``, its ``timeload`` event, then two frames (folium),
  median over the days, in day mode (folium: ``duration="P1D"``) and cumulative mode
  (folium: no duration). The floor of that measure, two frames after doing nothing, is
  reported beside it.

Every request stays on 127.0.0.1: the pages are served by a local ``http.server``; folium's
CDN URLs are rewritten to it and answered from packages fetched with ``npm pack`` into
``benchmarks/.cache/npm`` (git-ignored); a URL with no local copy gets an empty answer.
The npm registry has no jQuery-UI 1.10.2 (the version folium links): 1.12.1 stands in.

The captions of the synthetic archive are made from a few templates and compress far better
than real ones: the benchmark prints the ratio gzip reached on them and on the seed gallery's
captions, and the page's size had its captions compressed at the seed's ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import http.server
import json
import re
import statistics
import subprocess
import sys
import tarfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE.parent / "tests"))
from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (the browser tests' launch flags)

NPM_PACKAGES = (
    "leaflet@1.9.3",
    "jquery@3.7.1",
    "jquery-ui-dist@1.12.1",
    "iso8601-js-period@0.2.1",
    "leaflet-timedimension@1.1.1",
    "moment@2.18.1",
)
# folium's CDN URL (after the scheme) → file inside the unpacked npm package
_CDN_FILES = {
    "cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/": "leaflet/package/dist/",
    "cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js": (
        "jquery/package/dist/jquery.min.js"
    ),
    "code.jquery.com/jquery-3.7.1.min.js": "jquery/package/dist/jquery.min.js",
    "cdnjs.cloudflare.com/ajax/libs/jqueryui/1.10.2/jquery-ui.min.js": (
        "jquery-ui-dist/package/jquery-ui.min.js"
    ),
    "cdn.jsdelivr.net/npm/iso8601-js-period@0.2.1/iso8601.min.js": (
        "iso8601-js-period/package/iso8601.js"
    ),
    "cdn.jsdelivr.net/npm/leaflet-timedimension@1.1.1/dist/": (
        "leaflet-timedimension/package/dist/"
    ),
    "cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js": (
        "moment/package/min/moment.min.js"
    ),
}
_TYPES = {".js": "application/javascript", ".css": "text/css", ".html": "text/html"}
_TWO_FRAMES = "await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));"
# Run before the page's scripts: window.__firstView once the map is ready and two frames drawn.
_FIRST_VIEW_OURS = """(() => {
  let value;
  const seen = () => requestAnimationFrame(() => requestAnimationFrame(() => {
    window.__firstView = performance.now();
  }));
  Object.defineProperty(window, 'aleppomap', {
    configurable: true,
    get: () => value,
    set: (v) => { value = v; seen(); },
  });
})();"""
_FIRST_VIEW_FOLIUM = """window.addEventListener('load', () => requestAnimationFrame(() =>
  requestAnimationFrame(() => { window.__firstView = performance.now(); })));"""


# ----------------------------------------------------------------------------- assets


def npm_assets() -> Path:
    """Unpack folium's JS dependencies from the npm registry into the cache; return it."""
    root = CACHE / "npm"
    root.mkdir(parents=True, exist_ok=True)
    for spec in NPM_PACKAGES:
        name, version = spec.rsplit("@", 1)
        target = root / name
        if (target / "package").is_dir():
            continue
        tgz = root / f"{name}-{version}.tgz"
        if not tgz.exists():
            subprocess.run(["npm", "pack", "--silent", spec], cwd=root, check=True)
        target.mkdir(exist_ok=True)
        with tarfile.open(tgz) as tar:
            tar.extractall(target, filter="data")
    return root


def _local_file(url_path: str, npm: Path) -> Path | None:
    for prefix, rel in _CDN_FILES.items():
        if url_path == prefix or (prefix.endswith("/") and url_path.startswith(prefix)):
            path = npm / (rel + url_path[len(prefix) :] if prefix.endswith("/") else rel)
            return path if path.is_file() else None
    return None


@contextlib.contextmanager
def serve(pages: Path, npm: Path) -> Iterator[str]:
    """Serve ``pages`` at ``/`` and the CDN copies at ``/cdn/<host>/<path>``; yield the base."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path.startswith("/cdn/"):
                local = _local_file(path[len("/cdn/") :], npm)
            else:
                local = pages / path.lstrip("/")
                local = local if local.is_file() else None
            body = local.read_bytes() if local is not None else b""
            kind = _TYPES.get(local.suffix if local else "", "text/plain")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# ----------------------------------------------------------------------------- pages


def folium_html(events: Any, duration: str | None, base: str) -> str:
    """folium's TimestampedGeoJson page of ``events``, CDN URLs pointing at ``base``/cdn."""
    import folium
    import shapely
    from folium.plugins import TimestampedGeoJson

    located = events[events["located"]]
    xs = shapely.get_x(located.geometry.values)
    ys = shapely.get_y(located.geometry.values)
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(x), float(y)]},
            "properties": {"times": [d], "popup": c},
        }
        for x, y, d, c in zip(xs, ys, located["date"], located["caption"], strict=True)
    ]
    fmap = folium.Map(location=[36.2, 37.15], zoom_start=12, tiles=None)
    TimestampedGeoJson(
        {"type": "FeatureCollection", "features": features},
        period="P1D",
        duration=duration,
        auto_play=False,
        loop=False,
        add_last_point=False,
    ).add_to(fmap)
    html: str = fmap.get_root().render()
    return re.sub(r"https?://", f"{base}/cdn/", html)


# ----------------------------------------------------------------------------- browser


def _open(
    browser: Any, url: str, ready_js: str, timeout_s: float, hook_js: str
) -> tuple[Any, Any, float, float]:
    """The page opened: its context, the page, its first view in the page, and polled."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    context.add_init_script(hook_js)
    blocked: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith(("http://127.0.0.1", "file:", "data:", "blob:", "about:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.set_default_timeout(timeout_s * 1000)
    page.goto(url, wait_until="load", timeout=timeout_s * 1000)
    page.wait_for_function(ready_js, timeout=timeout_s * 1000)
    polled = float(page.evaluate(f"async () => {{ {_TWO_FRAMES} return performance.now(); }}"))
    page.wait_for_function("() => window.__firstView !== undefined", timeout=timeout_s * 1000)
    first = float(page.evaluate("() => window.__firstView"))
    return context, page, first, polled


def _median_steps(page: Any, step_js: str, args: list[Any], budget_s: float = 60.0) -> float:
    """Median of the steps; stops early (at least one step) once ``budget_s`` is spent."""
    times: list[float] = []
    t0 = time.perf_counter()
    for a in args:
        times.append(float(page.evaluate(step_js, a)))
        if time.perf_counter() - t0 > budget_s:
            break
    return statistics.median(times)


def _floor(page: Any) -> float:
    js = (
        "async () => { const t0 = performance.now(); "
        + _TWO_FRAMES
        + " return performance.now() - t0; }"
    )
    return statistics.median(float(page.evaluate(js)) for _ in range(15))


OURS_STEP = (
    "async (d) => { const t0 = performance.now(); window.aleppomap.setDate(d); "
    + _TWO_FRAMES
    + " return performance.now() - t0; }"
)


def measure_ours(
    browser: Any, url: str, timeout_s: float, busiest: dict[str, tuple[float, float]]
) -> dict[str, Any]:
    context, page, first, polled = _open(
        browser, url, "() => window.aleppomap !== undefined", timeout_s, _FIRST_VIEW_OURS
    )
    try:
        ready = page.evaluate("() => window.aleppomap.ready().then(ok => [ok, performance.now()])")
        days: list[str] = page.evaluate("() => window.aleppomap.dates()")
        out: dict[str, Any] = {
            "first_view_ms": round(first),
            "first_view_polled_ms": round(polled),
            "captions_ms": round(ready[1]) if ready[0] else None,
            "floor_ms": round(_floor(page), 1),
        }
        for mode in ("day", "cumulative"):
            page.evaluate(f"() => window.aleppomap.setMode('{mode}')")
            page.evaluate(OURS_STEP, days[0])  # warm up
            out[f"{mode}_ms"] = round(_median_steps(page, OURS_STEP, days[1:] + days), 1)
        day = days[len(days) // 2]
        out["click_opens_popup"] = _click_marker(page, day, busiest[day])
        return out
    finally:
        context.close()


_CLUSTER_POINT = """([lat, lon]) => {
  const name = Object.keys(window).find(k => k.startsWith('map_') && window[k] instanceof L.Map);
  const pt = window[name].latLngToContainerPoint([lat, lon]);
  return {x: pt.x, y: pt.y};
}"""


def _click_marker(page: Any, day: str, busiest: tuple[float, float]) -> bool | None:
    """Click a drawn marker on ``day``; True when a popup opens.

    A single marker when the page lists any in view (``markersInView``), else the cluster
    drawn at the day's busiest place (``busiest``: lat, lon). None: no way to find one.
    """
    has_api = page.evaluate("() => typeof window.aleppomap.markersInView === 'function'")
    if not has_api:
        return None
    page.evaluate("() => window.aleppomap.setMode('day')")
    page.evaluate(f"() => window.aleppomap.setDate({json.dumps(day)})")
    page.locator(".leaflet-container").first.scroll_into_view_if_needed()
    markers = page.evaluate("() => window.aleppomap.markersInView()")
    box = page.locator(".leaflet-container").first.bounding_box()
    m = markers[len(markers) // 2] if markers else page.evaluate(_CLUSTER_POINT, list(busiest))
    page.mouse.click(box["x"] + m["x"], box["y"] + m["y"])
    try:
        page.wait_for_selector(".leaflet-popup", timeout=5_000)
    except Exception:
        return False
    return True


FOLIUM_STEP = (
    "async (t) => { const td = window[window.__mapName].timeDimension;"
    " const t0 = performance.now();"
    " const done = new Promise(r => td.once('timeload', r));"
    " td.setCurrentTime(t); await done; " + _TWO_FRAMES + " return performance.now() - t0; }"
)


def measure_folium(
    browser: Any, url: str, map_name: str, steps: int, timeout_s: float
) -> dict[str, Any]:
    ready = f"() => window.{map_name} !== undefined && window.{map_name}.timeDimension"
    context, page, first, polled = _open(browser, url, ready, timeout_s, _FIRST_VIEW_FOLIUM)
    try:
        page.evaluate(f"() => {{ window.__mapName = {json.dumps(map_name)}; }}")
        times: list[int] = page.evaluate(
            f"() => window.{map_name}.timeDimension.getAvailableTimes()"
        )
        # consecutive slider steps from the first day, as a user plays the slider
        page.evaluate(FOLIUM_STEP, times[0])  # warm up
        pick = [times[1 + i % (len(times) - 1)] for i in range(steps)]
        return {
            "first_view_ms": round(first),
            "first_view_polled_ms": round(polled),
            "step_ms": round(_median_steps(page, FOLIUM_STEP, pick), 1),
            "steps": len(pick),
        }
    finally:
        context.close()


# ----------------------------------------------------------------------------- page size


def _gzip_ratio(captions: list[str]) -> tuple[int, int]:
    """Bytes of ``captions`` as the page's compressed lines, before and after gzip."""
    import base64

    from aleppomap.timeline.payload import compress_columns

    raw = sum(len(json.dumps(c, ensure_ascii=False).encode()) + 1 for c in captions)
    packed = compress_columns({"caption": captions})["gzip"]
    return raw, len(base64.b64decode(packed))


def seed_caption_ratio() -> float:
    """How much gzip shrinks the seed gallery's captions (real agency captions)."""
    from aleppomap.gallery import embedded_gallery, read_gallery

    raw, packed = _gzip_ratio([str(c) for c in read_gallery(embedded_gallery())["caption"]])
    return packed / raw


def page_size(html: str, seed_ratio: float) -> dict[str, Any]:
    """The page's captions: their bytes, gzip's ratio on them, and the page at the seed's ratio.

    The projection replaces the captions' compressed bytes (base64: 4/3 of them) by what they
    would take at ``seed_ratio``.
    """
    import base64

    from aleppomap.timeline.payload import decompress_columns

    found = re.search(r'<script type="application/json" id="[^"]*-data">(.*?)</script>', html, re.S)
    if found is None:
        return {}
    entries = json.loads(found.group(1))["entries"]
    kind, _, numbers = entries["n"].partition(":")  # a packed column: its length
    n = len(base64.b64decode(numbers)) // {"u8": 1, "i8": 1, "u16": 2, "i16": 2}.get(kind, 4)
    captions = decompress_columns(entries["compressed"], n)["caption"]
    raw, packed = _gzip_ratio(captions)
    projected = len(html.encode()) + round((raw * seed_ratio - packed) * 4 / 3)
    return {
        "captions_raw_bytes": raw,
        "caption_ratio": round(packed / raw, 3),
        "compressed_bytes": len(entries["compressed"]["gzip"]),
        "html_bytes_at_seed_ratio": projected,
        "seed_ratio": round(seed_ratio, 3),
    }


# ----------------------------------------------------------------------------- run


def run(sizes: list[int], folium_max: int, timeout_s: float, seed: int) -> list[dict[str, Any]]:
    import tempfile

    from playwright.sync_api import sync_playwright

    from aleppomap.gazetteer import Gazetteer
    from aleppomap.timeline import render_html
    from benchmarks.synth import events_from, generate

    gazetteer = Gazetteer.load()
    npm = npm_assets()
    seed_ratio = seed_caption_ratio()
    rows: list[dict[str, Any]] = []
    with (
        tempfile.TemporaryDirectory(prefix="aleppomap-bench-") as tmp,
        serve(Path(tmp), npm) as base,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for n in sizes:
                synthetic = generate(int(n * 0.8) + 10, seed=seed, gazetteer=gazetteer)
                events = events_from(synthetic, n, gazetteer=gazetteer)
                del synthetic
                row: dict[str, Any] = {"n": int(events["located"].sum())}
                t0 = time.perf_counter()
                html = render_html(events, tiles=False, title="Synthetic archive")
                row["build_s"] = round(time.perf_counter() - t0, 2)
                row["html_bytes"] = len(html.encode())
                row.update(page_size(html, seed_ratio))
                (Path(tmp) / f"ours-{n}.html").write_text(html, encoding="utf-8")
                del html
                busiest = _busiest_places(events)
                row["ours"] = _safely(
                    measure_ours, browser, f"{base}/ours-{n}.html", timeout_s, busiest
                )
                print(_fmt_ours(row), flush=True)
                if n <= folium_max:
                    for label, duration in (("day", "P1D"), ("cumulative", None)):
                        t0 = time.perf_counter()
                        fhtml = folium_html(events, duration, base)
                        build = round(time.perf_counter() - t0, 2)
                        match = re.search(r"var (map_[0-9a-f]+) = L\.map", fhtml)
                        map_name = match.group(1) if match else ""
                        path = Path(tmp) / f"folium-{label}-{n}.html"
                        path.write_text(fhtml, encoding="utf-8")
                        size = len(fhtml.encode())
                        del fhtml
                        steps = 10 if n <= 10_000 else 5 if n <= 100_000 else 3
                        res = _safely(
                            measure_folium,
                            browser,
                            f"{base}/{path.name}",
                            map_name,
                            steps,
                            timeout_s,
                        )
                        row[f"folium_{label}"] = {"build_s": build, "html_bytes": size, **res}
                        print(_fmt_folium(row["n"], label, row[f"folium_{label}"]), flush=True)
                rows.append(row)
        finally:
            browser.close()
    return rows


def _busiest_places(events: Any) -> dict[str, tuple[float, float]]:
    """For each day, (lat, lon) of the place with the most events that day."""
    import shapely

    located = events[events["located"]]
    top = located.groupby("date")["place_id"].agg(lambda s: s.value_counts().index[0])
    points = located.drop_duplicates("place_id").set_index("place_id").geometry
    return {
        day: (float(shapely.get_y(points[pid])), float(shapely.get_x(points[pid])))
        for day, pid in top.items()
    }


def _safely(fn: Any, *args: Any) -> dict[str, Any]:
    t0 = time.perf_counter()
    try:
        result: dict[str, Any] = fn(*args)
        return result
    except Exception as err:  # a page that does not open is a result, not a crash
        first = str(err).strip().splitlines()[0][:160] if str(err).strip() else type(err).__name__
        return {"error": f"{type(err).__name__} after {time.perf_counter() - t0:.0f} s: {first}"}


def _fmt_ours(row: dict[str, Any]) -> str:
    o = row["ours"]
    if "error" in o:
        return f"aleppomap {row['n']:>9,}: build {row['build_s']} s, {o['error']}"
    return (
        f"aleppomap {row['n']:>9,}: build {row['build_s']:6.2f} s, HTML {row['html_bytes']:>12,} B"
        f" ({row['html_bytes_at_seed_ratio']:,} B with captions compressed as the seed's: "
        f"gzip ratio {row['caption_ratio']} here, {row['seed_ratio']} on the seed),"
        f" first view {o['first_view_ms']:>6,} ms (polled {o['first_view_polled_ms']:,} ms),"
        f" captions read {o['captions_ms']} ms,"
        f" step day {o['day_ms']} ms, cumulative {o['cumulative_ms']} ms (floor {o['floor_ms']}"
        f" ms), click opens popup: {o['click_opens_popup']}"
    )


def _fmt_folium(n: int, label: str, f: dict[str, Any]) -> str:
    head = (
        f"folium    {n:>9,} ({label}): build {f['build_s']:6.2f} s, HTML {f['html_bytes']:>12,} B"
    )
    if "error" in f:
        return f"{head}, {f['error']}"
    steps = f"step {f['step_ms']} ms ({f['steps']} steps)"
    first = f"first view {f['first_view_ms']:>6,} ms (polled {f['first_view_polled_ms']:,} ms)"
    return f"{head}, {first}, {steps}"


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000,1000000")
    parser.add_argument("--folium-max", type=int, default=1_000_000)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds for a page to open")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"map benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, sizes {sizes}")
    return run(sizes, args.folium_max, args.timeout, args.seed)


if __name__ == "__main__":
    main()
