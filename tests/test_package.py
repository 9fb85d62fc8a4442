"""The package as it is installed: a wheel carries the embedded gallery and the gazetteer."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from aleppomap.gallery import embedded_gallery
from aleppomap.timeline.page import JS_FILES

REPO = Path(__file__).resolve().parent.parent
# SHA-256 of the seed gallery as published to the project (its file 000_c15644ab28c94689.txt)
PUBLISHED_SEED_SHA256 = "412f06871139511c2d522e05d1b27865b42424f2e6bd1447fd840fad50cc503e"


@pytest.mark.slow
def test_wheel_contains_the_seed_gallery_and_the_gazetteer(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("aleppomap-*.whl")
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        gazetteer = zf.read("aleppomap/data/neighborhoods.geojson")
        seed = zf.read("aleppomap/data/battle-for-aleppo-2016-12-13.txt")
    assert "aleppomap/cli.py" in names
    # the real files, not links or placeholders
    assert gazetteer == (REPO / "data" / "neighborhoods.geojson").read_bytes()
    assert seed == Path(str(embedded_gallery())).read_bytes()
    assert any(n.startswith("aleppomap/assets/") for n in names)
    # the licence and the data sources' notice travel with the package
    assert {
        "aleppomap-0.1.0.dist-info/licenses/LICENSE",
        "aleppomap-0.1.0.dist-info/licenses/NOTICE",
    } <= names
    # the map's script files, every one the page joins
    assert {f"aleppomap/assets/js/{n}" for n in JS_FILES} <= names


@pytest.mark.slow
def test_sdist_can_rebuild_the_gazetteer(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(tmp_path)],
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("aleppomap-*.tar.gz")
    with tarfile.open(sdist) as tf:
        names = {n.split("/", 1)[1] for n in tf.getnames() if "/" in n}
    sources = {
        str(p.relative_to(REPO)) for p in (REPO / "data" / "sources").rglob("*") if p.is_file()
    }
    assert {"LICENSE", "NOTICE", "scripts/build_gazetteer.py", "scripts/trim_sources.py"} <= names
    assert {"data/gazetteer/places.csv", "data/gazetteer/aliases.csv"} <= names
    assert sources <= names


def test_embedded_gallery_is_the_published_seed() -> None:
    data = Path(str(embedded_gallery())).read_bytes()
    assert hashlib.sha256(data).hexdigest() == PUBLISHED_SEED_SHA256


def test_import_is_light() -> None:
    """``import aleppomap`` must not pull in the heavy stages (the CLI starts fast)."""
    code = (
        "import sys, aleppomap; "
        "heavy = [m for m in ('geopandas', 'folium', 'pandas') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
