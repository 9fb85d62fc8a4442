"""The geocoder fallback against a stub Nominatim on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from aleppomap.errors import GeocodeError, GeocodeTimeout
from aleppomap.geocode import Geocoder
from stub_nominatim import HAYYAN, PARIS, Stub, VirtualClock, serve


@pytest.fixture
def stub() -> Iterator[tuple[Stub, str]]:
    with serve() as running:
        yield running


def make(domain: str, tmp_path: Path | None, **kw: object) -> Geocoder:
    sleeps: list[float] = []
    options: dict[str, object] = {
        "domain": domain, "scheme": "http", "timeout": 1.0, "min_delay_seconds": 0.05,
        "max_retries": 2, "backoff": 0.01, "sleep": sleeps.append,
        "cache_dir": tmp_path,
    }  # fmt: skip
    options.update(kw)
    gc = Geocoder(**options)  # type: ignore[arg-type]
    gc.sleeps = sleeps  # type: ignore[attr-defined]
    return gc


def test_found_bounded_and_cached(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(200, HAYYAN, 0.0)]
    gc = make(domain, tmp_path)
    found = gc.geocode("Hayyan")
    assert found is not None
    assert (found.lat, found.lon) == (36.292, 37.025)
    query = state.requests[0]
    assert query["q"] == ["Hayyan"]
    assert query["bounded"] == ["1"]
    assert "viewbox" in query
    # the second call comes from the cache: no request
    assert gc.geocode("Hayyan") == found
    assert len(state.requests) == 1
    assert len(list(tmp_path.glob("*.json"))) == 1
    place = gc.place("Hayyan")
    assert place is not None
    assert place.id == "geocoded-hayyan"
    assert len(state.requests) == 1


def test_answer_outside_the_box_is_ignored(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(200, PARIS, 0.0)]
    assert make(domain, tmp_path).geocode("Paris") is None


def test_not_found(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(200, [], 0.0)]
    gc = make(domain, tmp_path)
    assert gc.geocode("Qwertyabad") is None
    assert gc.place("Qwertyabad") is None  # a valid "no such place" answer is cached
    assert len(state.requests) == 1


def test_rate_limit_is_honoured(stub: tuple[Stub, str], monkeypatch: pytest.MonkeyPatch) -> None:
    state, domain = stub
    clock = VirtualClock()
    clock.install(monkeypatch, state)
    state.answers = [(200, [], 0.0)] * 3
    gc = make(domain, None, min_delay_seconds=0.5)
    for name in ("a place", "b place", "c place"):
        gc.geocode(name)
    assert state.times == [0.0, 0.5, 1.0]
    assert clock.waits == [0.5, 0.5]


def test_retries_with_backoff_then_succeeds(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(503, "busy", 0.0), (429, "slow down", 0.0), (200, HAYYAN, 0.0)]
    gc = make(domain, tmp_path)
    assert gc.geocode("Hayyan") is not None
    assert len(state.requests) == 3
    assert gc.sleeps == [0.01, 0.02]  # type: ignore[attr-defined]


def test_failures_raise_and_are_never_cached(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(502, "bad gateway", 0.0)] * 3
    gc = make(domain, tmp_path)
    with pytest.raises(GeocodeError, match="3 times"):
        gc.geocode("Hayyan")
    assert list(tmp_path.glob("*.json")) == []
    state.answers = [(200, HAYYAN, 0.0)]
    assert gc.geocode("Hayyan") is not None


def test_timeout(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(200, HAYYAN, 1.0)] * 2
    gc = make(domain, tmp_path, timeout=0.2, max_retries=1)
    with pytest.raises(GeocodeTimeout):
        gc.geocode("Hayyan")
    state.answers = [(200, HAYYAN, 1.0)] * 2
    with pytest.raises(TimeoutError):  # also a builtin TimeoutError
        gc.geocode("Hayyan")
    assert list(tmp_path.glob("*.json")) == []


def test_malformed_json(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(200, "{not json", 0.0)]
    with pytest.raises(GeocodeError):
        make(domain, tmp_path, max_retries=0).geocode("Hayyan")
    assert list(tmp_path.glob("*.json")) == []


def test_corrupt_cache_file_is_ignored(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.answers = [(200, HAYYAN, 0.0), (200, HAYYAN, 0.0)]
    gc = make(domain, tmp_path)
    gc.geocode("Hayyan")
    (cache_file,) = tmp_path.glob("*.json")
    cache_file.write_text("{half", encoding="utf-8")
    assert gc.geocode("Hayyan") is not None
    assert len(state.requests) == 2
    assert json.loads(cache_file.read_text(encoding="utf-8"))["answer"]["found"] is True


def test_a_dead_service_is_given_up_after_failed_names_in_a_row(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    gc = make(domain, tmp_path, max_retries=1, max_failures=2)
    state.answers = [(200, HAYYAN, 0.0)]
    assert gc.geocode("Hayyan") is not None  # cached
    state.default = (502, "bad gateway", 0.0)
    for name in ("Anadan", "Hreitan"):
        with pytest.raises(GeocodeError, match="2 times"):
            gc.geocode(name)
    asked = len(state.requests)
    assert asked == 1 + 2 * 2  # one success, then two names of 1 + 1 retry each
    with pytest.raises(GeocodeError, match="gave up after 2 failed names"):
        gc.geocode("Khan Touman")
    assert len(state.requests) == asked  # no request to a dead service
    assert gc.geocode("Hayyan") is not None  # the cache still answers
    assert len(state.requests) == asked


@pytest.mark.parametrize(
    "answer",
    [
        {"found": True, "lat": "36.29", "lon": "37.02", "display_name": "Hayyan"},
        {"found": True, "lat": float("nan"), "lon": 37.02, "display_name": "Hayyan"},
        {"found": True, "lat": 48.85, "lon": 2.35, "display_name": "Paris"},
        {"found": True, "lat": 36.29, "lon": 37.02},
        {"found": "yes"},
        ["not", "an", "answer"],
    ],
)
def test_a_cache_entry_with_unusable_coordinates_is_asked_again(
    stub: tuple[Stub, str], tmp_path: Path, answer: object
) -> None:
    state, domain = stub
    state.answers = [(200, HAYYAN, 0.0), (200, HAYYAN, 0.0)]
    gc = make(domain, tmp_path)
    gc.geocode("Hayyan")
    (cache_file,) = tmp_path.glob("*.json")
    entry = json.loads(cache_file.read_text(encoding="utf-8"))
    entry["answer"] = answer
    cache_file.write_text(json.dumps(entry), encoding="utf-8")
    found = gc.geocode("Hayyan")
    assert found is not None
    assert (found.lat, found.lon) == (36.292, 37.025)
    assert len(state.requests) == 2


def test_a_long_retry_after_is_capped(stub: tuple[Stub, str], tmp_path: Path) -> None:
    state, domain = stub
    state.retry_after = "86400"  # a day
    state.answers = [(429, "slow down", 0.0), (200, HAYYAN, 0.0)]
    gc = make(domain, tmp_path, max_retry_after=0.5)
    assert gc.geocode("Hayyan") is not None
    assert gc.sleeps == [0.5]  # type: ignore[attr-defined]


def test_a_server_that_trickles_its_answer_is_cut_off_by_the_deadline(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    state.trickle = 0.05  # every byte well within the read timeout; the whole answer is not
    gc = make(domain, tmp_path, timeout=1.0, deadline=0.3, max_retries=0)
    state.answers = [(200, HAYYAN, 0.0)]
    with pytest.raises(GeocodeTimeout):
        gc.geocode("Hayyan")
    assert list(tmp_path.glob("*.json")) == []


def test_names_from_the_server_lose_terminal_escapes(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    state.answers = [
        (200, [{**HAYYAN[0], "display_name": "Hayyan\x1b[2J\x1b]0;owned\x07\u202e"}], 0.0)
    ]
    found = make(domain, tmp_path).geocode("Hayyan")
    assert found is not None
    assert found.display_name == "Hayyan"
