"""The geoparser on the spelling habits of Dutch captions (issue 14): oe for the vowel u
("Djarabloes", "Soekkari", "Koeweires") and sj for the sound sh ("Sjaar", "Sjeik Najjar"),
beside Dutch words that have those letters and name no place."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rebellen trokken Djarabloes binnen, aan de Turkse grens.", "jarabulus"),
        ("Bewoners keren terug naar de wijk Soekkari in Aleppo.", "sukkari"),
        ("Gevechten rond de luchtmachtbasis Koeweires, ten oosten van Aleppo.", "kuweires-airbase"),
        ("Puin in de wijk Boestan al-Kasr in Aleppo.", "bustan-al-qasr"),
        ("Schade in de wijk Sjaar in Aleppo.", "shaar"),
        ("Fabrieken in Sjeik Najjar, ten noorden van Aleppo.", "sheikh-najjar"),
        ("Koerdische strijders in de wijk Sjeik Maksoed.", "sheikh-maqsoud"),
    ],
)
def test_dutch_spellings_name_the_place(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Hoe gaat het met de boeren in het noorden?",
        "Een vrouw draagt een sjaal tegen de kou.",
        "De soep wordt uitgedeeld aan de kinderen.",
    ],
)
def test_dutch_words_with_those_letters_name_no_place(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []
