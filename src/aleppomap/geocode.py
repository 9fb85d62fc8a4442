"""Optional geocoder fallback for place names the gazetteer lacks (off by default).

Nominatim through geopy, bounded to the Aleppo governorate box, at most one request per
``min_delay_seconds`` (geopy's ``RateLimiter``), a timeout per request, bounded retries with
exponential backoff on timeouts, 429 and 5xx answers, and an on-disk cache: one JSON file per
request, named by a hash of the request, written atomically; errors are never cached.

>>> gc = Geocoder(cache_dir="~/.cache/aleppomap", user_agent="my-project")  # doctest: +SKIP
>>> gc.place("Hayyan village")  # doctest: +SKIP
Place(id='geocoded-hayyan-village', ...)
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aleppomap._atomic import atomic_write_text
from aleppomap.errors import GeocodeError, GeocodeTimeout
from aleppomap.gazetteer import ALEPPO_GOVERNORATE_BBOX, Place

__all__ = ["GeocodeResult", "Geocoder", "printable"]

logger = logging.getLogger("aleppomap")
_CACHE_VERSION = 1


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """One answer of the geocoding service."""

    query: str
    lat: float
    lon: float
    display_name: str


class Geocoder:
    """Nominatim lookups for names the gazetteer lacks, polite and cached.

    Parameters
    ----------
    cache_dir
        Folder of the on-disk cache (created if missing); ``None`` disables caching.
    user_agent
        Sent to the service (Nominatim's usage policy asks for one that identifies you).
    domain, scheme
        The Nominatim server; tests point these at a local server.
    timeout
        Seconds to wait for one answer.
    min_delay_seconds
        Minimum interval between two requests (1 s: Nominatim's usage policy).
    max_retries
        Retries after a timeout, a 429 or a 5xx answer; each waits ``backoff * 2**attempt``
        seconds (or the server's Retry-After, if longer, but never more than
        ``max_retry_after``).
    max_retry_after
        The longest wait a server's Retry-After can ask for, in seconds.
    deadline
        Seconds one whole answer may take, however slowly the server sends it (``timeout``
        bounds each read only); past it the attempt counts as timed out.
    bbox
        (min lon, min lat, max lon, max lat) the answers must fall in.
    max_failures
        After this many names in a row failed (timeouts, errors), the service is taken as
        down: later names not in the cache fail at once, with no request, so a build against a
        dead server still finishes quickly. A success resets the count.
    sleep
        The sleeping function (tests pass a fake one).
    """

    def __init__(
        self,
        *,
        cache_dir: str | Path | None = None,
        user_agent: str = "aleppomap",
        domain: str = "nominatim.openstreetmap.org",
        scheme: str = "https",
        timeout: float = 10.0,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        backoff: float = 2.0,
        max_retry_after: float = 30.0,
        deadline: float = 30.0,
        bbox: tuple[float, float, float, float] = ALEPPO_GOVERNORATE_BBOX,
        max_failures: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        from geopy.adapters import URLLibAdapter
        from geopy.extra.rate_limiter import RateLimiter
        from geopy.geocoders import Nominatim

        self.domain = domain
        self.bbox = bbox
        self.max_retries = max_retries
        self.backoff = backoff
        self.max_retry_after = max_retry_after
        self.deadline = deadline
        self.cache_dir = Path(cache_dir).expanduser() if cache_dir is not None else None
        self._sleep = sleep
        self._nominatim = Nominatim(
            user_agent=user_agent,
            domain=domain,
            scheme=scheme,
            timeout=timeout,
            # urllib: no hidden retries below ours, so the retry budget is ours alone
            adapter_factory=lambda proxies, ssl_context: URLLibAdapter(
                proxies=proxies, ssl_context=ssl_context
            ),
        )
        self._limited = RateLimiter(
            self._nominatim.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            swallow_exceptions=False,
        )
        self.requests = 0  # number of HTTP requests made (for logs and tests)
        self.max_failures = max_failures
        self._failures = 0  # names in a row that failed

    def __repr__(self) -> str:
        return f"<Geocoder {self.domain} cache={self.cache_dir}>"

    # -- cache ----------------------------------------------------------------------------
    def _request(self, query: str) -> dict[str, Any]:
        min_lon, min_lat, max_lon, max_lat = self.bbox
        return {
            "v": _CACHE_VERSION,
            "domain": self.domain,
            "q": " ".join(query.split()),
            "viewbox": [min_lon, min_lat, max_lon, max_lat],
            "bounded": True,
            "countrycodes": "sy",
        }

    def _cache_path(self, request: dict[str, Any]) -> Path | None:
        if self.cache_dir is None:
            return None
        digest = hashlib.sha256(json.dumps(request, sort_keys=True).encode()).hexdigest()
        return self.cache_dir / f"{digest}.json"

    def _cache_read(self, path: Path | None, request: dict[str, Any]) -> dict[str, Any] | None:
        if path is None or not path.is_file():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            logger.warning("ignoring unreadable geocoder cache file %s", path)
            return None
        if not isinstance(data, dict) or data.get("request") != request:
            return None
        answer = data.get("answer")
        if not _valid_answer(answer, self.bbox):
            logger.warning("ignoring a geocoder cache file with an unusable answer: %s", path)
            return None
        return answer

    def _cache_write(
        self, path: Path | None, request: dict[str, Any], answer: dict[str, Any]
    ) -> None:
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(
            {"request": request, "answer": answer}, ensure_ascii=False, sort_keys=True
        )
        atomic_write_text(path, text + "\n")

    # -- lookups --------------------------------------------------------------------------
    def geocode(self, query: str) -> GeocodeResult | None:
        """Look a name up; ``None`` when the service knows no such place in the box.

        Raises
        ------
        GeocodeTimeout
            When every attempt timed out.
        GeocodeError
            When the service keeps failing (429/5xx) or answers something unreadable.
        """
        request = self._request(query)
        path = self._cache_path(request)
        answer = self._cache_read(path, request)
        if answer is None:
            if self._failures >= self.max_failures:
                raise GeocodeError(
                    f"{self.domain} gave up after {self._failures} failed names in a row"
                )
            try:
                answer = self._ask(request)
            except GeocodeError:
                self._failures += 1
                raise
            self._failures = 0
            self._cache_write(path, request, answer)
        if not answer.get("found"):
            return None
        return GeocodeResult(request["q"], answer["lat"], answer["lon"], answer["display_name"])

    def place(self, name: str, *, uncertainty_m: float = 1000.0) -> Place | None:
        """Geocode ``name`` and return it as a gazetteer-like :class:`Place` (or ``None``).

        The id is ``geocoded-<slug>``, kind ``neighbourhood``, source the Nominatim server.
        """
        found = self.geocode(name)
        if found is None:
            return None
        slug = re.sub(r"[^a-z0-9]+", "-", found.query.casefold()).strip("-") or "place"
        return Place(
            id=f"geocoded-{slug}",
            name=found.query,
            name_ar="",
            kind="neighbourhood",
            parent=None,
            lon=found.lon,
            lat=found.lat,
            uncertainty_m=uncertainty_m,
            source=f"Nominatim ({self.domain}), OpenStreetMap data",
            source_ref=found.display_name,
            licence="ODbL (OpenStreetMap contributors)",
            geometry={"type": "Point", "coordinates": [found.lon, found.lat]},
        )

    def _ask(self, request: dict[str, Any]) -> dict[str, Any]:
        from geopy import exc

        min_lon, min_lat, max_lon, max_lat = request["viewbox"]
        attempt = 0
        while True:
            self.requests += 1
            try:
                loc = _within(
                    self.deadline,
                    lambda: self._limited(
                        request["q"],
                        exactly_one=True,
                        viewbox=[(min_lat, min_lon), (max_lat, max_lon)],
                        bounded=True,
                        country_codes=request["countrycodes"],
                    ),
                )
            except (exc.GeocoderTimedOut, exc.GeocoderUnavailable, exc.GeocoderRateLimited,
                    exc.GeocoderServiceError) as err:  # fmt: skip
                retryable = not isinstance(
                    err, exc.GeocoderQueryError | exc.GeocoderAuthenticationFailure
                )
                if isinstance(err, exc.GeocoderParseError) or not retryable:
                    raise GeocodeError(f"{self.domain} answered badly: {err}") from err
                if attempt >= self.max_retries:
                    if isinstance(err, exc.GeocoderTimedOut):
                        raise GeocodeTimeout(
                            f"{self.domain} did not answer in time ({attempt + 1} attempts)"
                        ) from err
                    raise GeocodeError(f"{self.domain} failed {attempt + 1} times: {err}") from err
                wait = self.backoff * 2**attempt
                retry_after = getattr(err, "retry_after", None)
                if isinstance(retry_after, int | float) and retry_after > wait:
                    wait = min(float(retry_after), self.max_retry_after)
                logger.info("geocoder: %s; retrying in %.1f s", err, wait)
                self._sleep(wait)
                attempt += 1
                continue
            except (ValueError, TypeError, KeyError) as err:
                raise GeocodeError(f"{self.domain} answered something unreadable: {err}") from err
            break
        if loc is None:
            return {"found": False}
        lat, lon = float(loc.latitude), float(loc.longitude)
        if not (min_lon <= lon <= max_lon and min_lat <= lat <= max_lat):
            logger.info("geocoder: %s lies outside the Aleppo box; ignored", request["q"])
            return {"found": False}
        name = printable(str(loc.address))
        return {"found": True, "lat": lat, "lon": lon, "display_name": name}


# C0 and C1 controls (ESC starts terminal sequences), DEL, and the bidirectional controls:
# text from a remote server must not move the cursor, recolour the terminal or reorder a line.
_CONTROLS = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # CSI sequences: colours, cursor moves
    "|\x1b\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?"  # OSC sequences: window titles, links
    "|[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """``text`` without terminal escape sequences, control or bidirectional-control characters.

    >>> printable("Hanano\x1b[31m, Aleppo\x1b[0m\u202e")
    'Hanano, Aleppo'
    """
    return _CONTROLS.sub("", text)


def _valid_answer(answer: Any, bbox: tuple[float, float, float, float]) -> bool:
    """Whether a cached answer can be used: found with finite coordinates in ``bbox``."""
    if not isinstance(answer, dict) or not isinstance(answer.get("found"), bool):
        return False
    if not answer["found"]:
        return True
    lat, lon, name = answer.get("lat"), answer.get("lon"), answer.get("display_name")
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon))
    return (
        numbers
        and isinstance(name, str)
        and bbox[0] <= lon <= bbox[2]  # type: ignore[operator]
        and bbox[1] <= lat <= bbox[3]  # type: ignore[operator]
    )


def _within(seconds: float, call: Callable[[], Any]) -> Any:
    """``call()``, or geopy's timeout error when it has not returned within ``seconds``.

    The call runs in a daemon thread: a server that trickles its answer is abandoned (the
    thread ends with its socket's own timeout) rather than waited for.
    """
    from geopy import exc

    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as err:  # handed to the caller's thread
            box["error"] = err

    thread = threading.Thread(target=run, name="aleppomap-geocode", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise exc.GeocoderTimedOut(f"no whole answer within {seconds:g} s")
    if "error" in box:
        raise box["error"]
    return box.get("value")
