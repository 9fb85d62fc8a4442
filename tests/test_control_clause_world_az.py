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

from control_cases import Statement, control_case_tests

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


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
