"""Control clauses in Indonesian and Malay, read by the world rules from the world tables
(``lexicon.WORLD_SIDES``, ``WORLD_HELD_AFTER``, ``WORLD_TAKE_VERBS``, ``WORLD_HOLD_VERBS``):
a holding said after the place, its side named next ("X yang dikuasai pemberontak", "X yang
dikuasai oleh kumpulan penentang", "X yang berada di bawah kendali rezim"), and the verbs of a
side that takes or holds ("merebut kembali X", "mengambil alih X", "menguasai X"), and an
area of a city held ("wilayah yang dikuasai pemberontak di X"); the passive with its agent
("X direbut kembali oleh tentara Suriah", "X dibebaskan oleh ...", "X jatuh ke tangan ..."),
a side's pocket or base ("X yang menjadi kantong terakhir pemberontak"), a siege ("X yang
dikepung oleh ..."), and "setelah merebut X" with the main clause's subject. Sides: rebels
(pemberontak, oposisi, penentang (Assad), militan, Tentara Pembebasan Suriah), the government
(pasukan pemerintah, tentara / tentera / militer Suriah, tentera kerajaan, rezim; not another
state's "pasukan pemerintah Turki"), IS (ISIS, NIIS), the Kurds (pasukan Kurdi). A holding or a
capture that is past, almost, only intended ("untuk merebut", "siap rebut"), tried, of a part
or near the place states nothing.

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
    # the army named "tentara" / "tentera" (not read as an attempt, French "tenter")
    (
        "id_army_tentara",
        "Tentara Suriah merebut kembali distrik Hanano, Senin (12/12).",
        [("hanano", "government", "captured")],
    ),
    (
        "id_army_tentara",
        "Tentara Suriah kembali menguasai distrik Sheikh Maqsoud setelah empat tahun.",
        [("sheikh-maqsoud", "government", "captured")],
    ),
    (
        "ms_army_tentera",
        "Tentera kerajaan menguasai semula daerah Hanano.",
        [("hanano", "government", "captured")],
    ),
    # the passive with its agent after it ("direbut (kembali) oleh", "berhasil direbut",
    # "dibebaskan oleh", "diambil alih oleh", "jatuh ke tangan")
    (
        "id_passive_agent",
        "Distrik Hanano direbut kembali oleh tentara Suriah pada Senin (12/12).",
        [("hanano", "government", "captured")],
    ),
    (
        "id_passive_agent",
        "Kota Manbij berhasil direbut pasukan SDF dari ISIS.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "id_passive_agent",
        "Kota Jarablus dibebaskan oleh kelompok oposisi yang didukung Turki.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "id_passive_agent",
        "Kota Azaz diambil alih oleh pemberontak pada Jumat.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "id_fell_to",
        "Kota Manbij jatuh ke tangan pemberontak pada Minggu.",
        [("manbij", "rebels", "captured")],
    ),
    # "after taking X": the main clause's subject ("setelah merebut"), the Free Syrian Army
    # named in Indonesian, another state's forces named with it no side of their own
    (
        "id_after_taking",
        "Pasukan Turki dan Tentara Pembebasan Suriah mengibarkan bendera setelah merebut Afrin"
        " dari YPG.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "id_after_taking",
        "Pejuang oposisi berfoto setelah berhasil merebut kota Manbij.",
        [("manbij", "rebels", "captured")],
    ),
    # a side's pocket or base after the place
    (
        "id_pocket",
        "Warga di wilayah timur kota Aleppo yang menjadi kantong terakhir pemberontak.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "id_pocket",
        "Anak-anak di distrik Hanano, markas pemberontak di Aleppo.",
        [("hanano", "rebels", "held")],
    ),
    # the opponents of Assad, and an aim of another verb that hedges nothing
    (
        "ms_part_before",
        "Kuburan di kawasan yang dikuasai kumpulan penentang Presiden Bashar al-Assad di Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "id_other_aim",
        "Bus untuk mengevakuasi warga meninggalkan wilayah yang dikuasai pemberontak di Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    # the capture nouns ("direbutnya kembali X", "dikuasainya X oleh ...", "pembebasan X
    # oleh ..."): the agent after, or after "dengan" / "setelah" the sentence's one side
    (
        "id_capture_noun",
        "Keberhasilan tentara Suriah ditandai dengan direbutnya kembali distrik Hanano pada Senin.",
        [("hanano", "government", "captured")],
    ),
    (
        "id_capture_noun",
        "Warga merayakan setelah dikuasainya kota Manbij oleh pasukan Kurdi.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "id_capture_noun",
        "Warga merayakan pembebasan kota Manbij oleh pasukan SDF.",
        [("manbij", "kurdish", "captured")],
    ),
    # a siege with its besieger
    (
        "id_besieged",
        "Kota Nubl yang dikepung oleh pemberontak sejak 2012.",
        [("nubl", "government", "besieged")],
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
    # another state's government forces, an aim, an attempt, a future, a past, fighting, a siege
    # with no besieger, a part taken near a place
    ("id_foreign_army", "Pasukan pemerintah Turki merebut kota Afrin."),
    ("id_foreign_army", "Pasukan pemerintah Turki memasuki kota Afrin."),
    ("id_ready_to_take", "Pasukan SNA siap rebut Manbij."),
    ("id_attempt", "Tentara Suriah berupaya merebut kembali distrik Hanano."),
    ("id_offensive_aim", "Tentara Suriah melancarkan serangan untuk merebut kota Azaz."),
    ("id_passive_future", "Kota Manbij akan direbut oleh pasukan Kurdi."),
    ("id_passive_once", "Distrik Hanano yang pernah direbut oleh pemberontak."),
    ("id_fighting", "Tentara Suriah bertempur dengan pemberontak di distrik Hanano."),
    ("id_other_aim_only", "Bus untuk mengevakuasi warga tiba di distrik Hanano."),
    ("id_besieged_no_side", "Warga di distrik Hanano yang terkepung."),
    ("id_near_taken", "Tentara Suriah merebut kembali desa-desa dekat kota Azaz."),
    # a capture noun that is an aim, or with no side named
    (
        "id_noun_aim",
        "Pasukan SDF melancarkan operasi untuk pembebasan kota Manbij oleh pasukan SDF.",
    ),
    ("id_noun_no_side", "Warga merayakan setelah direbutnya kembali distrik Hanano."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
