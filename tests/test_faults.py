"""Faults end to end: a failing geocoder, a build killed mid-run, a build killed mid-write, and
the same input under other hash seeds.

The geocoder runs against the stub Nominatim of ``stub_nominatim`` on 127.0.0.1 (never the
internet), through :func:`aleppomap.events.locate` with short timeouts, and through
``aleppomap build --geocode nominatim`` with the command's own (polite) settings.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from aleppomap.events import locate, unlocated
from aleppomap.gallery import read_gallery_text
from aleppomap.geocode import Geocoder
from stub_nominatim import HAYYAN, Stub, VirtualClock, serve

UNKNOWN = ["Qwertyabad", "Zorbak", "Kefrab", "Dashtiyeh", "Marjalun", "Sfiratash"]


def gallery(names: list[str], *, control: str = "") -> str:
    """Entry 1 names a gazetteer place; each further entry names one unknown village.

    ``control``: a last entry that states who holds a place (for the control table).
    """
    lines = ["date 2016-12-13 Faults", "1", "Residents flee al-Sukkari on Dec. 12. (AFP)"]
    for k, name in enumerate(names, start=2):
        lines += [str(k), f"Families arrive in {name} village on Dec. 13. (AFP)"]
    if control:
        lines += [str(len(names) + 2), control]
    return "\n".join(lines) + "\n"


@pytest.fixture
def stub() -> Iterator[tuple[Stub, str]]:
    with serve() as running:
        yield running


def geocoder(domain: str, cache: Path, **kw: Any) -> Geocoder:
    options: dict[str, Any] = {
        "domain": domain, "scheme": "http", "cache_dir": cache, "timeout": 0.3,
        "min_delay_seconds": 0.05, "max_retries": 2, "backoff": 0.01,
    }  # fmt: skip
    options.update(kw)
    return Geocoder(**options)


def cache_answers(cache: Path) -> list[dict[str, Any]]:
    """Every cache file, parsed (a half-written file fails here); no stray file."""
    assert all(p.suffix == ".json" for p in cache.iterdir() if not p.name.startswith(".")), list(
        cache.iterdir()
    )
    return [json.loads(p.read_text(encoding="utf-8"))["answer"] for p in cache.glob("*.json")]


def reasons(events: Any) -> dict[int, str]:
    missing = unlocated(events)
    return dict(zip(missing["entry"].astype(int), missing["reason"], strict=True))


# --------------------------------------------------------------------------- through locate


def test_timeouts_leave_the_names_unlocated_with_bounded_retries(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    state.default = (200, HAYYAN, 1.0)  # every answer comes after the 0.3 s timeout
    names = UNKNOWN[:2]
    gc = geocoder(domain, tmp_path / "cache")
    events = locate(read_gallery_text(gallery(names)), geocoder=gc.place)
    assert sorted(set(events["entry"])) == [1, 2, 3]  # the build finishes, nothing lost
    assert events.loc[events["entry"] == 1, "located"].all()
    why = reasons(events)
    for k, name in enumerate(names, start=2):
        assert f"“{name}”" in why[k]
        assert "the geocoder failed" in why[k]
        assert "did not answer in time (3 attempts)" in why[k]
    assert len(state.requests) == 3 * len(names)  # 1 + max_retries per name, no more
    assert not (tmp_path / "cache").exists() or cache_answers(tmp_path / "cache") == []


def test_429_503_and_malformed_json_are_retried_then_reported(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    state.answers = [
        # Qwertyabad: busy, then found
        (503, "busy", 0.0), (200, HAYYAN, 0.0),
        # Zorbak: rate-limited three times: given up after the retries
        (429, "slow down", 0.0), (429, "slow down", 0.0), (429, "slow down", 0.0),
        # Kefrab: not JSON (not retried: a broken answer does not mend)
        (200, "{not json", 0.0),
        # Dashtiyeh: a valid "no such place"
        (200, [], 0.0),
    ]  # fmt: skip
    sleeps: list[float] = []
    cache = tmp_path / "cache"
    # a generous timeout: on a busy machine a timed-out answer would be one request more
    gc = geocoder(domain, cache, sleep=sleeps.append, backoff=0.25, timeout=5.0)
    events = locate(read_gallery_text(gallery(UNKNOWN[:4])), geocoder=gc.place)
    row = events[events["entry"] == 2].iloc[0]
    assert (row["located"], row["method"], row["matched"]) == (True, "geocoded", "Qwertyabad")
    why = reasons(events)
    assert "failed 3 times" in why[3]
    assert "429" in why[3] or "Too Many Requests" in why[3] or "rate" in why[3].lower()
    assert "the geocoder failed" in why[4]
    assert "geocoder" not in why[5]  # looked up and not found: no failure to report
    assert state.answers == []
    assert len(state.requests) == 7
    assert sleeps == [0.25, 0.25, 0.5]  # backoff per name: 0.25 * 2**attempt
    # Only answers are cached: the place found and the place that does not exist.
    answers = cache_answers(cache)
    assert sorted(a["found"] for a in answers) == [False, True]
    # A second run asks only for what failed.
    state.answers = [(200, [], 0.0)] * 2
    again = locate(read_gallery_text(gallery(UNKNOWN[:4])), geocoder=gc.place)
    assert len(state.requests) == 9
    assert bool(again.loc[again["entry"] == 2, "located"].iloc[0])


def test_slow_answers_within_the_timeout_respect_the_rate_limit(
    stub: tuple[Stub, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    state, domain = stub
    clock = VirtualClock()
    clock.install(monkeypatch, state)
    state.default = (200, HAYYAN, 0.25)
    gc = geocoder(domain, tmp_path / "cache", timeout=2.0, min_delay_seconds=0.5)
    events = locate(read_gallery_text(gallery(UNKNOWN[:3])), geocoder=gc.place)
    assert events["located"].all()
    assert set(events["method"]) == {"exact", "geocoded"}
    # the requests are the rate limit apart; the answer's time counts towards it
    assert state.times == [0.0, 0.5, 1.0]
    assert clock.waits == [0.25, 0.25]
    assert len(cache_answers(tmp_path / "cache")) == 3


# --------------------------------------------------------------------------- through the CLI


def aleppomap(
    args: list[str], cwd: Path, *, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aleppomap", *args],
        cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False, env=env,
    )  # fmt: skip


def geocode_args(domain: str, cache: Path) -> list[str]:
    return ["--geocode", "nominatim", "--geocode-url", f"http://{domain}", "--geocode-cache",
            str(cache)]  # fmt: skip


@pytest.mark.slow
def test_cli_build_reports_what_the_geocoder_could_not_locate(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    state.answers = [(503, "busy", 0.0), (200, HAYYAN, 0.3), (200, "{not json", 0.0)]
    (tmp_path / "g.txt").write_text(gallery(UNKNOWN[:2]), encoding="utf-8")
    cache = tmp_path / "cache"
    done = aleppomap(["build", "g.txt", *geocode_args(domain, cache)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "entries located: 2" in done.stdout
    assert "entry 3: unknown place: “Zorbak”" in done.stdout
    assert "the geocoder failed" in done.stdout
    assert "geocoder failed for 'Zorbak'" in done.stderr  # and logged as a warning
    assert len(state.requests) == 3
    gaps = [b - a for a, b in zip(state.times, state.times[1:], strict=False)]
    assert min(gaps) >= 0.95  # the command's rate limit: one request a second
    assert [a["found"] for a in cache_answers(cache)] == [True]
    doc = json.loads((tmp_path / "aleppo-events.geojson").read_text(encoding="utf-8"))
    methods = {f["properties"]["entry"]: f["properties"]["method"] for f in doc["features"]}
    assert methods == {1: "exact", 2: "geocoded", 3: None}  # entry 3: a feature, unlocated


@pytest.mark.slow
def test_cli_killed_mid_geocoding_leaves_a_sound_cache_and_reruns(
    stub: tuple[Stub, str], tmp_path: Path
) -> None:
    state, domain = stub
    state.default = (200, HAYYAN, 0.5)  # slow: a request is in flight most of the time
    (tmp_path / "g.txt").write_text(gallery(UNKNOWN), encoding="utf-8")
    cache = tmp_path / "cache"
    args = [sys.executable, "-m", "aleppomap", "build", "g.txt", *geocode_args(domain, cache)]
    proc = subprocess.Popen(
        args, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(cache.glob("*.json"))) < 2:
            time.sleep(0.02)
        time.sleep(0.7)  # into the next request
        assert proc.poll() is None, "the build ended before it was killed"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    cached = cache_answers(cache)
    assert 2 <= len(cached) < len(UNKNOWN)
    assert all(a["found"] for a in cached)
    assert not (tmp_path / "aleppo-map.html").exists()
    asked_before = len(state.requests)
    state.default = (200, HAYYAN, 0.0)
    done = aleppomap(["build", "g.txt", *geocode_args(domain, cache)], tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"entries located: {len(UNKNOWN) + 1}" in done.stdout
    assert len(state.requests) - asked_before == len(UNKNOWN) - len(cached)  # the cache served
    assert len(cache_answers(cache)) == len(UNKNOWN)


# --------------------------------------------------------------------------- killed mid-write

# Runs the CLI with Path.replace stalled for one output: when the writer renames that output's
# temporary file onto its final name, the temporary file is cut to half (what a kill during the
# write leaves) and the process waits to be killed.
STALLING_BUILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    stall_at = os.environ["STALL_AT"]
    real_replace = Path.replace
    def replace(self, target):
        if Path(target).name == stall_at:
            data = self.read_bytes()
            self.write_bytes(data[: len(data) // 2])
            Path("stalled.part").write_text(self.name)
            os.rename("stalled.part", "stalled")
            time.sleep(600)
        return real_replace(self, target)
    Path.replace = replace
    from aleppomap.cli import main
    main(sys.argv[1:])
    """
)
BUILD_ALL = [
    "build", "g.txt", "--html", "out.html", "--geojson", "out.geojson", "--gpkg", "out.gpkg",
    "--csv", "out.csv", "--control-csv", "control.csv",
]  # fmt: skip
OUTPUT_NAMES = ("out.html", "out.geojson", "out.gpkg", "out.csv", "control.csv")


@pytest.mark.slow
@pytest.mark.parametrize("stall_at", OUTPUT_NAMES)
def test_a_build_killed_mid_write_keeps_the_previous_files(tmp_path: Path, stall_at: str) -> None:
    first = "Rebel-held al-Sukkari under siege on Dec. 11. (AP)"
    (tmp_path / "g.txt").write_text(gallery(UNKNOWN[:2], control=first), encoding="utf-8")
    done = aleppomap(BUILD_ALL, tmp_path)
    assert done.returncode == 0, done.stderr
    previous = {name: (tmp_path / name).read_bytes() for name in OUTPUT_NAMES}
    # The next build has other entries, so every output changes.
    second = "Syrian government forces recaptured the Hanano district on Dec. 10. (AFP)"
    (tmp_path / "g.txt").write_text(gallery(UNKNOWN[:3], control=second), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", STALLING_BUILD, *BUILD_ALL],
        cwd=tmp_path,
        env={**os.environ, "STALL_AT": stall_at},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while not (tmp_path / "stalled").exists():
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the output was never renamed into place"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        if proc.stderr:
            proc.stderr.close()
    temporary = (tmp_path / "stalled").read_text()
    assert temporary.startswith(f".{stall_at}.")  # a hidden name beside the output
    now = {name: (tmp_path / name).read_bytes() for name in OUTPUT_NAMES}
    assert now[stall_at] == previous[stall_at]  # the half file never took the final name
    # The next build succeeds and replaces everything.
    (tmp_path / "stalled").unlink()
    done = aleppomap(BUILD_ALL, tmp_path)
    assert done.returncode == 0, done.stderr
    new = {name: (tmp_path / name).read_bytes() for name in OUTPUT_NAMES}
    for name in OUTPUT_NAMES:
        assert new[name] != previous[name], name
        # Each file the killed build left is whole: the previous one or the complete new one.
        assert now[name] in (previous[name], new[name]), name
    # and the next build of that output removed the half file the killed one left
    assert not (tmp_path / temporary).exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_only_the_temporary_files_of_dead_writers_are_removed(tmp_path: Path) -> None:
    from aleppomap._atomic import _host, atomic_write_text

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = _host()
    stale = tmp_path / f".out.geojson.{host}-{dead.pid}.abc123.geojson.tmp"
    alive = tmp_path / f".out.geojson.{host}-{os.getppid()}.def456.geojson.tmp"
    elsewhere = tmp_path / f".out.geojson.{host}x-{dead.pid}.ghi789.geojson.tmp"
    other = tmp_path / f".other.geojson.{host}-{dead.pid}.jkl012.geojson.tmp"
    for path in (stale, alive, elsewhere, other):
        path.write_text("half", encoding="utf-8")
    atomic_write_text(tmp_path / "out.geojson", "{}")
    assert (tmp_path / "out.geojson").read_text(encoding="utf-8") == "{}"
    assert not stale.exists()  # its writer is dead
    assert alive.exists()  # a live process may still be writing it
    assert elsewhere.exists()  # another host's writer: nothing is known of it
    assert other.exists()  # another file's


# --------------------------------------------------------------------------- determinism

GAZETTEER = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {
                "id": f"village-{name.lower()}", "name": f"{name} village", "name_ar": "",
                "aliases": [name], "kind": "village", "parent": None, "uncertainty_m": 800,
                "source": "test", "source_ref": "test", "licence": "CC0",
            },
            "geometry": {"type": "Point", "coordinates": [37.0 + i / 50, 36.1 + i / 70]},
        }
        for i, name in enumerate(UNKNOWN[:4])
    ],
}  # fmt: skip


@pytest.mark.slow
def test_builds_are_byte_identical_under_any_hash_seed(tmp_path: Path) -> None:
    control = "Syrian government forces recaptured the Hanano district on Dec. 10. (AFP)"
    (tmp_path / "g.txt").write_text(gallery(UNKNOWN, control=control), encoding="utf-8")
    rows = [
        {"entry": 3, "caption": "Shelling hit Hanano and Qwertyabad on Dec. 9.", "url":
         "https://example.org/3", "credit": "Jane Doe/AP"},
        {"entry": 7, "caption": "Residents leave the Old City for Jibrin.", "credit": "AFP"},
        {"entry": 9, "caption": "", "credit": ""},
    ]  # fmt: skip
    (tmp_path / "more.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    (tmp_path / "places.geojson").write_text(json.dumps(GAZETTEER), encoding="utf-8")
    args = [*BUILD_ALL, "more.jsonl", "--gazetteer", "places.geojson", "--extend",
            "--title", "More", "--date", "2016-12-20"]  # fmt: skip
    outputs = []
    for seed in ("0", "1", "4242", "random"):
        out = tmp_path / f"seed-{seed}"
        out.mkdir()
        for name in ("g.txt", "more.jsonl", "places.geojson"):
            (out / name).write_bytes((tmp_path / name).read_bytes())
        done = aleppomap(args, out, env={**os.environ, "PYTHONHASHSEED": seed})
        assert done.returncode == 0, done.stderr
        outputs.append({name: (out / name).read_bytes() for name in OUTPUT_NAMES})
    assert all(len(data) > 100 for data in outputs[0].values())
    for other in outputs[1:]:
        for name in OUTPUT_NAMES:
            assert other[name] == outputs[0][name], name
    doc = json.loads(outputs[0]["out.geojson"])
    assert {f["properties"]["place_id"] for f in doc["features"]} >= {
        "village-qwertyabad",
        "village-zorbak",
    }
