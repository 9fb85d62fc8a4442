"""A scripted Nominatim on 127.0.0.1 for the geocoder tests (never the internet).

Each request pops the next ``(status, body, delay)`` answer of :class:`Stub`; when none is
left it answers ``default`` (200 and an empty result list: "no such place"). :func:`serve`
runs one for the length of a ``with`` block. :class:`VirtualClock` times the requests exactly,
whatever the machine's load.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

HAYYAN = [{"lat": "36.2920", "lon": "37.0250", "display_name": "Hayyan, Aleppo, Syria",
           "place_id": 1, "osm_type": "node", "osm_id": 1,
           "boundingbox": ["36.28", "36.30", "37.01", "37.04"], "importance": 0.5}]  # fmt: skip
PARIS = [{"lat": "48.85", "lon": "2.35", "display_name": "Paris, France", "place_id": 2,
          "boundingbox": ["48.8", "48.9", "2.3", "2.4"]}]  # fmt: skip


class Stub:
    """A scripted server: each request pops the next (status, body, delay) answer."""

    def __init__(self) -> None:
        self.answers: list[tuple[int, object, float]] = []
        self.default: tuple[int, object, float] = (200, [], 0.0)
        self.requests: list[dict[str, list[str]]] = []
        self.retry_after = "0"  # the Retry-After header of 429 answers
        self.trickle = 0.0  # seconds between the bytes of a body: a server too slow to finish
        self.times: list[float] = []
        self.lock = threading.Lock()
        # when each request came (``times``) and how an answer's delay is waited
        self.clock: Callable[[], float] = time.monotonic
        self.wait: Callable[[float], None] = time.sleep


class VirtualClock:
    """A clock that moves only when something waits on it; rate-limit tests use no wall clock.

    :meth:`install` puts it under geopy's ``RateLimiter``, whose waits then only move it on
    (and are recorded in ``waits``); a :class:`Stub` given it stamps its requests with it and
    moves it on by each answer's delay (after really waiting that long). The gaps between the
    requests are then exact.
    """

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []  # what the rate limiter waited

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def answer(self, seconds: float) -> None:
        time.sleep(seconds)
        self.now += seconds

    def install(self, monkeypatch: Any, stub: Stub) -> None:
        """Time geopy's rate limiter and ``stub`` with this clock (for one test)."""
        monkeypatch.setattr("geopy.extra.rate_limiter.default_timer", self)
        monkeypatch.setattr("geopy.extra.rate_limiter.sleep", self.sleep)
        stub.clock, stub.wait = self, self.answer


@contextmanager
def serve() -> Iterator[tuple[Stub, str]]:
    """Run a stub server; yield its state and its ``host:port``."""
    state = Stub()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with state.lock:
                state.times.append(state.clock())
                state.requests.append(parse_qs(urlparse(self.path).query))
                status, body, delay = state.answers.pop(0) if state.answers else state.default
            state.wait(delay)
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
            try:
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", state.retry_after)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if state.trickle:
                    for byte in data:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(state.trickle)
                else:
                    self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    # a short poll: shutting the server down at the end of a test waits for one poll
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield state, f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
