"""A holding said after a place and followed at once by punctuation that starts no word: a slash
(Arabic agency captions write months as "تموز/يوليو", and a dateline may follow a holder with
"/"), an opening bracket, a guillemet or a quote. The holding is read; what follows it is not
taken for a second holding (it once raised ``AttributeError`` on such captions).

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, statements_of

CASES: list[tuple[str, str, list[Statement]]] = [
    (
        "arabic_slash_then_second_holding",
        "مدنيون في حي الشيخ سعيد الخاضع لسيطرة المعارضة/ وكانت المنطقة خاضعة لسيطرة النظام",
        [("sheikh-saeed", "rebels", "held")],
    ),
    (
        "arabic_month_pair_after_holder",
        "حي الشعار الخاضع لسيطرة الفصائل/تموز/يوليو 2016 وهو خاضع لسيطرة الفصائل",
        [("shaar", "rebels", "held")],
    ),
    (
        "spanish_bracket_repeats_holding",
        "Vecinos en el barrio de Sukkari, controlado por los rebeldes (controlado por los "
        "rebeldes desde 2012)",
        [("sukkari", "rebels", "held")],
    ),
    (
        "french_guillemets_repeat_holding",
        "Des habitants à Hanano, tenu par les rebelles « tenu par les rebelles » depuis 2012",
        [("hanano", "rebels", "held")],
    ),
]


@pytest.mark.parametrize(("kind", "caption", "expected"), CASES, ids=[kind for kind, _, _ in CASES])
def test_a_holding_followed_by_punctuation_is_read_once(
    gazetteer: Gazetteer, kind: str, caption: str, expected: list[Statement]
) -> None:
    assert statements_of(gazetteer, caption) == expected
