"""Control clauses in Azerbaijani, read by the world rules from the Turkish tables they share
(``lexicon.WORLD_TR_HELD_AFTER``, ``WORLD_TR_FELL``, ``WORLD_SIDES``): the side before in the
genitive, its holding after ("X ASO-nun *tam nəzarətindədir*", "X üsyançıların *nəzarəti
altındadır*") or the fall to it ("X ASO-nun *nəzarətinə keçdi*"). Sides: ASO / Azad Suriya
Ordusu / üsyançılar (rebels), Suriya ordusu (the government), kürd silahlıları. Fighting and an
entry state nothing.

(Places in the Azerbaijani cases of the genitive and locative, "Azezin", "Azezdə", are the
geoparser's to find; these cases name the place in the nominative.)

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, assert_pre_check_changes_nothing, statements_of

STATES: list[tuple[str, str, list[Statement]]] = [
    ("az_held_after", "Azez ASO-nun tam nəzarətindədir.", [("azaz", "rebels", "held")]),
    (
        "az_held_after",
        "Azez ASO-nun tam nəzarətində olduğu bildirilir.",
        [("azaz", "rebels", "held")],
    ),
    ("az_held_after", "Azez üsyançıların nəzarəti altındadır.", [("azaz", "rebels", "held")]),
    ("az_fell", "Azez ASO-nun nəzarətinə keçdi.", [("azaz", "rebels", "captured")]),
]

STATES_NONE: list[tuple[str, str]] = [
    ("az_fighting", "Azez yaxınlığında ASO ilə kürdlər arasında döyüşlər gedir."),
    ("az_entry", "Türk əsgərləri və ASO Azez şəhərinə daxil olub."),
]


@pytest.mark.parametrize(("kind", "caption", "expected"), STATES)
def test_azerbaijani_clauses(
    gazetteer: Gazetteer, kind: str, caption: str, expected: list[Statement]
) -> None:
    assert statements_of(gazetteer, caption) == sorted(expected), kind


@pytest.mark.parametrize(("kind", "caption"), STATES_NONE)
def test_azerbaijani_clauses_that_state_nothing(
    gazetteer: Gazetteer, kind: str, caption: str
) -> None:
    assert statements_of(gazetteer, caption) == [], kind


def test_the_pre_check_changes_no_statement_of_these_clauses(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_pre_check_changes_nothing(gazetteer, monkeypatch, STATES, STATES_NONE)
