"""Control clauses in Indonesian and Malay, read by the world rules from the world tables
(``lexicon.WORLD_SIDES``, ``WORLD_HELD_AFTER``, ``WORLD_TAKE_VERBS``, ``WORLD_HOLD_VERBS``):
a holding said after the place, its side named next ("X yang dikuasai pemberontak", "X yang
dikuasai oleh kumpulan penentang", "X yang berada di bawah kendali rezim"), and the verbs of a
side that takes or holds ("merebut kembali X", "mengambil alih X", "menguasai X"), and an
area of a city held ("wilayah yang dikuasai pemberontak di X"). Sides: rebels (pemberontak,
oposisi, penentang, militan), the government (pasukan pemerintah, rezim), IS (ISIS, NIIS), the
Kurds (pasukan Kurdi). A holding or a capture that is past, almost, only
intended, of a part or near the place states nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

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
    # the verbs of a side that takes or holds, its subject before ("merebut kembali",
    # "berhasil merebut", "mengambil alih", "menguasai")
    (
        "id_take_verb",
        "Pasukan pemerintah merebut kembali distrik Hanano, Senin (12/12).",
        [("hanano", "government", "captured")],
    ),
    (
        "id_take_verb",
        "Pemberontak berhasil merebut Manbij dari tangan NIIS.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "id_take_verb",
        "Kelompok oposisi mengambil alih Manbij pada Jumat (29/11).",
        [("manbij", "rebels", "captured")],
    ),
    ("id_hold_verb", "Pemberontak menguasai distrik Hanano.", [("hanano", "rebels", "held")]),
    # an area of a city held by a side, said before the city ("wilayah / kawasan / daerah yang
    # dikuasai ... di X")
    (
        "id_part_before",
        "Warga menunggu untuk dievakuasi dari wilayah yang dikuasai pemberontak di Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "ms_part_before",
        "Kubur di kawasan yang dikuasai kumpulan penentang di Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "id_part_before",
        "Warga di daerah yang dikuasai pasukan pemerintah di Manbij.",
        [("manbij", "government", "held")],
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
    # a take or hold verb that is future, tried, almost, not yet, an aim, or of a part only
    ("id_verb_future", "Pasukan pemerintah akan merebut distrik Hanano."),
    ("id_verb_tried", "Pasukan pemerintah mencoba merebut kembali distrik Hanano."),
    ("id_verb_almost", "Pasukan pemerintah hampir menguasai distrik Hanano."),
    ("id_verb_not_yet", "Tentara Suriah belum menguasai Hanano."),
    ("id_verb_aim", "Pasukan SDF melancarkan serangan untuk merebut Manbij dari ISIS."),
    ("id_verb_part", "Pemberontak masih menguasai sejumlah desa di barat Manbij."),
    ("id_verb_near", "Pemberontak menguasai desa-desa dekat Manbij."),
    ("id_part_once", "Warga di wilayah yang pernah dikuasai pemberontak di Aleppo."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
