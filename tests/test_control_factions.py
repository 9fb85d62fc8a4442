"""The rebel factions named by their own names take a place for the ``rebels`` (the convention of
the Aleppo 2016 captions, kept for the factions of later years), in the spellings agencies use:
the Tawhid Brigade (Liwa al-Tawhid, Tawheed), Jaysh al-Mujahideen, the Hamza Division, the Sham
Legion, Suqour al-Sham, Ahrar al-Sham, Nour al-Din al-Zenki, Hay'at Tahrir al-Sham; and in Arabic
the factions of Turkey's operations by the operation's name (درع الفرات, غصن الزيتون).

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from control_cases import statements_of

FACTIONS = [
    "The Tawhid Brigade",
    "Fighters of Liwa al-Tawhid",
    "Tawheed Brigade fighters",
    "Fighters from the al-Tawhid Brigade",
    "Jaysh al-Mujahideen fighters",
    "The Hamza Division",
    "The Sham Legion",
    "Suqour al-Sham fighters",
    "Ahrar al-Sham fighters",
    "Nour al-Din al-Zenki fighters",
    "Hay'at Tahrir al-Sham fighters",
]


@pytest.mark.parametrize("faction", FACTIONS)
def test_a_faction_by_its_own_name_takes_a_place_for_the_rebels(
    gazetteer: Gazetteer, faction: str
) -> None:
    caption = f"{faction} seized the Salaheddine district of Aleppo on Sunday, Aug. 5, 2012."
    assert statements_of(gazetteer, caption) == [("salah-ad-din", "rebels", "captured")]


@pytest.mark.parametrize(
    "caption",
    [
        # the word of faith, not the brigade
        "A preacher speaks of tawhid to worshippers in the Salaheddine district of Aleppo.",
        # a faction named, but no taking or holding
        "A Tawhid Brigade fighter rests in the Salaheddine district of Aleppo.",
    ],
)
def test_no_statement_without_a_faction_that_takes_or_holds(
    gazetteer: Gazetteer, caption: str
) -> None:
    assert statements_of(gazetteer, caption) == []


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the factions of Turkey's operations named by the operation, in Arabic
        ("سيطرت قوات درع الفرات يوم الخميس على مدينة الباب بريف حلب الشرقي.", "al-bab"),
        ('سيطرت قوات "درع الفرات"، الخميس، على مدينة الباب.', "al-bab"),
        ("سيطرت فصائل غصن الزيتون على مدينة عفرين.", "afrin"),
    ],
)
def test_the_factions_of_turkeys_operations_in_arabic(
    gazetteer: Gazetteer, caption: str, expected: str
) -> None:
    assert statements_of(gazetteer, caption) == [(expected, "rebels", "captured")]


def test_the_euphrates_river_is_no_side(gazetteer: Gazetteer) -> None:
    assert statements_of(gazetteer, "أطفال يلعبون قرب نهر الفرات في مدينة منبج.") == []
