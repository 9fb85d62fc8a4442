"""Names that are common words even with their article ("al-Burj", the tower): an alias of
status ``placeword`` in the curated table is carried by the build into the gazetteer and names
the place only next to a place word."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gp(tmp_path_factory: pytest.TempPathFactory) -> Geoparser:
    """The gazetteer rebuilt with "al-Burj" a place-word spelling of the village Burj Abdullah
    (a stand-in: the table marks no village of that name yet)."""
    tmp = tmp_path_factory.mktemp("placeword")
    tables = tmp / "gazetteer"
    shutil.copytree(REPO / "data" / "gazetteer", tables)
    with (tables / "aliases.csv").open("a", encoding="utf-8") as f:
        f.write("burj-abdullah,al-Burj,placeword,also the word for a tower\n")
    out = tmp / "neighborhoods.geojson"
    cmd = [sys.executable, str(REPO / "scripts/build_gazetteer.py"), "--tables", str(tables)]
    subprocess.run([*cmd, "--out", str(out)], check=True, capture_output=True)
    gaz = Gazetteer.load(out)
    assert gaz.get("burj-abdullah").placeword_aliases == ("al-Burj",)
    return Geoparser(gaz)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Smoke rises over the village of al-Burj after an air strike, north-west of Aleppo.",
        "Residents of al-Burj village return to their homes after the fighting ended.",
        "Displaced families arrive from the town of Burj after a night of shelling.",
    ],
)
def test_a_placeword_name_next_to_a_place_word_is_the_place(gp: Geoparser, text: str) -> None:
    assert [m.place_id for m in gp.find(text)] == ["burj-abdullah"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A fighter keeps watch from al-Burj, the old stone tower above the front line.",
        "Shelling hit near al-Burj on Tuesday, a monitor said.",
        "Children play by the al-Burj building in the west of the city.",
    ],
)
def test_a_placeword_name_without_a_place_word_is_no_place(gp: Geoparser, text: str) -> None:
    assert "burj-abdullah" not in [m.place_id for m in gp.find(text)]
