"""Headless Chromium for the browser tests: Debian's chromium through Playwright, no network.

``open_page`` launches nothing itself: it takes a Playwright ``Browser`` (see ``launch``),
opens a page on a ``file://`` URL, aborts every request that is neither ``file:`` nor
``data:``/``blob:`` nor localhost, and records what it blocked and every page error.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

CHROMIUM = os.environ.get("ALEPPOMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


def chromium_available() -> bool:
    """Whether Playwright and a chromium executable are both there."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).is_file() or shutil.which(CHROMIUM) is not None


@contextmanager
def launch() -> Iterator[Any]:
    """A headless chromium ``Browser`` (Playwright), closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def is_local(url: str) -> bool:
    """Whether loading ``url`` stays on this machine."""
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    return parts.scheme in ("http", "https", "ws", "wss") and (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class PageRun:
    """A page opened by :func:`open_page`, with what happened while it ran."""

    page: Any
    errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    blocked: list[tuple[str, str]] = field(default_factory=list)  # (resource type, url)


@contextmanager
def open_page(
    browser: Any,
    url: str,
    *,
    timezone_id: str | None = None,
    viewport: tuple[int, int] = (1280, 800),
    wait: bool = True,
    phone: bool = False,
) -> Iterator[PageRun]:
    """Open ``url`` in a fresh context with every non-local request aborted.

    Parameters
    ----------
    browser
        A Playwright Browser (from :func:`launch`).
    url
        Usually ``path.as_uri()`` (optionally with a ``#fragment``).
    timezone_id
        The context's time zone, e.g. ``"America/New_York"``.
    viewport
        Width and height in CSS pixels.
    wait
        Wait until ``window.aleppomap`` exists and its captions are read before yielding.
    phone
        A phone's touch screen: touch events, a mobile viewport, two device pixels per CSS px.
    """
    options: dict[str, Any] = {
        "viewport": {"width": viewport[0], "height": viewport[1]},
        "reduced_motion": "reduce",
    }
    if timezone_id is not None:
        options["timezone_id"] = timezone_id
    if phone:
        options.update(has_touch=True, is_mobile=True, device_scale_factor=2)
    context = browser.new_context(**options)
    page = context.new_page()
    run = PageRun(page)

    def route(r: Any) -> None:
        request = r.request
        if is_local(request.url):
            r.continue_()
        else:
            run.blocked.append((request.resource_type, request.url))
            r.abort()

    context.route("**/*", route)
    page.on("pageerror", lambda err: run.errors.append(str(err)))
    page.on(
        "console",
        lambda msg: run.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    try:
        page.goto(url)
        if wait:
            page.wait_for_function("() => window.aleppomap !== undefined")
            # the captions are read after the first view: wait for them too
            page.evaluate("() => window.aleppomap.ready && window.aleppomap.ready()")
        yield run
    finally:
        context.close()


# True once the map is at rest: no Leaflet pan or zoom animation runs, and the view (centre, zoom)
# and the open popup's box (the last one: a closed popup fades out for a moment) are what they
# were at the previous frame; with ``popup`` true, only once a popup is open. A plain predicate,
# polled at every frame by ``wait_for_function`` with a fresh ``token`` (a predicate that
# returned a promise would be truthy at once: Playwright does not wait for its value).
AT_REST = """([token, popup]) => {
  const map = aleppomap.map;
  const popups = document.querySelectorAll('.leaflet-popup');
  const open = popups.length ? popups[popups.length - 1] : null;
  if (popup && !open) { return false; }
  const r = open ? open.getBoundingClientRect() : null;
  const c = map.getCenter();
  const now = [c.lat, c.lng, map.getZoom(), r && r.left, r && r.top, r && r.width, r && r.height]
    .join();
  // Leaflet 1.9's own flags of a zoom animation and of a pan (panBy, a popup's auto-pan); a
  // flight (flyTo) moves the view at every frame
  const moving = !!(map._animatingZoom || (map._panAnim && map._panAnim._inProgress));
  const last = window.__amAtRest;
  window.__amAtRest = { token: token, view: now };
  return !moving && !!last && last.token === token && last.view === now;
}"""

_rest_calls = itertools.count()


def wait_at_rest(page: Any, *, popup: bool = False, timeout: float | None = None) -> None:
    """Wait until the map of ``page`` has stopped moving (see :data:`AT_REST`).

    Clicks at positions read from the map, and reads of positions, are only meaningful then:
    an auto-pan of a popup, or a pan or zoom of the view, can still be running on a busy machine
    long after the call that started it returned.
    """
    page.wait_for_function(AT_REST, arg=[next(_rest_calls), popup], timeout=timeout)


def serious_violations(page: Any) -> list[tuple[str, str, list[Any]]]:
    """axe-core's serious and critical violations on ``page``: (rule, impact, first targets).

    axe-core comes from the ``axe-playwright-python`` package (injected into the page, no
    network); the caller skips when that package is missing.
    """
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


#: The message of a page whose data its script cannot read (``assets/js/api.js``).
UNREADABLE = "This map cannot be shown: its data cannot be read."


def assert_data_refused(run: PageRun) -> None:
    """The page shows :data:`UNREADABLE` in its alert, draws no map and throws nothing."""
    message = run.page.locator(".am-error[role=alert]").inner_text()
    assert message.startswith(UNREADABLE), message
    assert run.page.locator(".am-canvas").count() == 0
    assert run.errors == []
    assert run.console_errors == []
