"""Names that are common words even with their article ("al-Burj", the tower): an alias of
status ``placeword`` in the curated table is carried by the build into the gazetteer and names
the place only next to a place word. The village al-Burj of the al-Bab sub-district has only such
spellings."""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser
from context_places import about


def test_the_build_carries_placeword_spellings_apart(gazetteer: Gazetteer) -> None:
    place = gazetteer.get("burj-al-bab")
    assert "al-Burj" in place.placeword_aliases
    assert "البرج" in place.placeword_aliases


@pytest.mark.parametrize(
    "text",
    [
        "Smoke rises over the village of al-Burj after an air strike, north-west of Aleppo.",
        "Residents of al-Burj village return to their homes after the fighting ended.",
        "Displaced families arrive from the town of Burj after a night of shelling.",
    ],
)
def test_a_placeword_name_next_to_a_place_word_is_the_place(gp: Geoparser, text: str) -> None:
    assert [m.place_id for m in about(gp.find(text))] == ["burj-al-bab"]


@pytest.mark.parametrize(
    "text",
    [
        "A fighter keeps watch from al-Burj, the old stone tower above the front line.",
        "Shelling hit near al-Burj on Tuesday, a monitor said.",
        "Children play by the al-Burj building in the west of the city.",
    ],
)
def test_a_placeword_name_without_a_place_word_is_no_place(gp: Geoparser, text: str) -> None:
    assert "burj-al-bab" not in [m.place_id for m in about(gp.find(text))]
