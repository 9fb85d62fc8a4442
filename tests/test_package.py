"""The package as it is installed: a wheel carries the embedded gallery and the gazetteer."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from aleppomap.gallery import embedded_gallery
from aleppomap.timeline.page import JS_FILES

REPO = Path(__file__).resolve().parent.parent
SHARED_SEED = REPO.parent / "shared" / "seeds" / "000_c15644ab28c94689.txt"


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
    # the map's script files, every one the page joins
    assert {f"aleppomap/assets/js/{n}" for n in JS_FILES} <= names


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="no shared seed folder")
def test_embedded_gallery_is_the_published_seed() -> None:
    assert Path(str(embedded_gallery())).read_bytes() == SHARED_SEED.read_bytes()


def test_import_is_light() -> None:
    """``import aleppomap`` must not pull in the heavy stages (the CLI starts fast)."""
    code = (
        "import sys, aleppomap; "
        "heavy = [m for m in ('geopandas', 'folium', 'pandas') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
