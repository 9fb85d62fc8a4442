"""Control clauses in Indonesian and Malay: a holding said after the place, its side named next
("X yang dikuasai pemberontak", "X yang dikuasai oleh kumpulan penentang", "X yang berada di
bawah kendali rezim"), read by the world rules from the world tables (``lexicon.WORLD_SIDES``,
``WORLD_HELD_AFTER``): rebels (pemberontak, oposisi, penentang, militan), the government
(pasukan pemerintah, rezim), IS (ISIS, NIIS), the Kurds (pasukan Kurdi). A holding that is past
("setelah selama empat tahun dikuasai", "yang pernah dikuasai"), almost or only intended states
nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, assert_pre_check_changes_nothing, statements_of

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "id_held_rebels",
        "Warga mengungsi dari distrik Hanano yang dikuasai pemberontak di Aleppo, Suriah.",
        [("hanano", "rebels", "held")],
    ),
    (
        "id_held_rebels",
        "Seorang anak berdiri di reruntuhan di Sheikh Maqsoud yang dikuasai kelompok oposisi.",
        [("sheikh-maqsoud", "rebels", "held")],
    ),
    (
        "ms_held_rebels",
        "Bangunan yang rosak di kawasan Hanano yang dikuasai oleh kumpulan penentang.",
        [("hanano", "rebels", "held")],
    ),
    (
        "id_held_rebels",
        "Jalan utama di kota Azaz yang dikuasai pasukan Turki dan kelompok oposisi.",
        [("azaz", "rebels", "held")],
    ),
    (
        "id_held_kurdish",
        "Bangunan rusak di kota Afrin yang dikuasai oleh pasukan Kurdi, Minggu (18/3).",
        [("afrin", "kurdish", "held")],
    ),
    (
        "id_held_is",
        "Anak-anak bermain di Jarablus yang dikuasai NIIS.",
        [("jarabulus", "islamic_state", "held")],
    ),
    (
        "id_held_is",
        "Warga di kota Bab, yang dikuasai ISIS sejak 2014.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "id_held_government",
        "Warga di distrik Hanano yang dikuasai pasukan pemerintah, Kamis (15/12).",
        [("hanano", "government", "held")],
    ),
    (
        "id_held_government",
        "Warga di distrik Hanano yang berada di bawah kendali rezim.",
        [("hanano", "government", "held")],
    ),
    (
        "id_held_predicate",
        "Distrik Hanano, Aleppo, dikuasai oleh pemberontak.",
        [("hanano", "rebels", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a past holding, a once, an almost, an aim, a negation
    (
        "id_past",
        "Tentara Suriah tiba di Hanano setelah selama empat tahun dikuasai pemberontak.",
    ),
    ("id_once", "Warga kembali ke distrik Hanano yang pernah dikuasai pemberontak."),
    ("id_almost", "Warga di distrik Hanano yang hampir dikuasai pasukan pemerintah."),
    ("id_not", "Warga di distrik Hanano yang tidak dikuasai pemberontak."),
    ("id_future", "Distrik Hanano akan dikuasai pasukan pemerintah, kata pejabat itu."),
    # no side, no holding
    ("id_no_side", "Warga berjalan di distrik Hanano yang dikuasai, kata saksi."),
    ("id_no_holding", "Pemberontak berjalan di distrik Hanano pada Kamis (15/12)."),
]


@pytest.mark.parametrize(("kind", "caption", "expected"), STATES)
def test_indonesian_malay_clauses(
    gazetteer: Gazetteer, kind: str, caption: str, expected: list[Statement]
) -> None:
    assert statements_of(gazetteer, caption) == sorted(expected), kind


@pytest.mark.parametrize(("kind", "caption"), STATES_NONE)
def test_indonesian_malay_clauses_that_state_nothing(
    gazetteer: Gazetteer, kind: str, caption: str
) -> None:
    assert statements_of(gazetteer, caption) == [], kind


def test_the_pre_check_changes_no_statement_of_these_clauses(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_pre_check_changes_nothing(gazetteer, monkeypatch, STATES, STATES_NONE)
