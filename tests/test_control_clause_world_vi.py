"""Control clauses in Vietnamese: a holding said after the place, read by the world rules from
the world tables (``lexicon.WORLD_HELD_AFTER``, ``WORLD_SIDES``): the side between "do" and the
verb ("X do phiến quân kiểm soát", "X do lực lượng người Kurd nắm giữ", "X do IS chiếm giữ"),
or after "dưới sự kiểm soát của" / "nằm trong tay". Sides: phiến quân / quân nổi dậy (rebels),
quân đội Syria / quân chính phủ (the government; not "quân đội Thổ Nhĩ Kỳ"), IS, lực lượng
người Kurd / SDF. The verbs of a side that takes or holds ("giành lại quyền kiểm soát X", "chiếm
được X", "tái chiếm X", "giải phóng X", "kiểm soát X"), the passive with the side between ("X bị
phiến quân chiếm", "X được quân đội Syria giải phóng", "X bị ... bao vây"), the fall ("X rơi vào
tay ..."), and an area held said before its city ("vùng do quân đội Syria kiểm soát ở X"). A
holding that is past, almost, wanted, an aim ("nhằm", "để"), not yet, of a part or of another
noun states nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "vi_do_held",
        "Người dân sơ tán khỏi quận Hanano do phiến quân kiểm soát ở Aleppo.",
        [("hanano", "rebels", "held")],
    ),
    (
        "vi_do_held",
        "Trẻ em chơi đùa ở khu Sheikh Maqsoud do lực lượng nổi dậy nắm giữ.",
        [("sheikh-maqsoud", "rebels", "held")],
    ),
    (
        "vi_do_held",
        "Thị trấn Afrin do lực lượng người Kurd nắm giữ.",
        [("afrin", "kurdish", "held")],
    ),
    ("vi_do_held", "Người dân ở Bab do IS chiếm giữ.", [("al-bab", "islamic_state", "held")]),
    (
        "vi_under_control",
        "Khu phố Hanano dưới sự kiểm soát của quân đội Syria.",
        [("hanano", "government", "held")],
    ),
    (
        "vi_in_hands",
        "Thành phố Manbij nằm trong tay phiến quân.",
        [("manbij", "rebels", "held")],
    ),
    # the verbs of a side that takes or holds, the place after them
    (
        "vi_take_verb",
        "Quân đội Syria giành lại quyền kiểm soát thành phố Manbij.",
        [("manbij", "government", "captured")],
    ),
    (
        "vi_take_verb",
        "Phiến quân chiếm được thị trấn Azaz hôm thứ Bảy.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "vi_take_verb",
        "Quân đội Syria tái chiếm khu Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "vi_take_verb",
        "Lực lượng SDF giải phóng thành phố Manbij khỏi IS.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "vi_hold_verb",
        "Các chiến binh nổi dậy kiểm soát thị trấn Azaz.",
        [("azaz", "rebels", "held")],
    ),
    # the passive with the side between ("bị ... chiếm", "được ... giải phóng"), the fall
    (
        "vi_passive",
        "Thị trấn Azaz bị phiến quân chiếm hôm thứ Bảy.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "vi_passive",
        "Thị trấn Azaz được quân đội Syria giải phóng hôm qua.",
        [("azaz", "government", "captured")],
    ),
    (
        "vi_fell",
        "Thị trấn Manbij rơi vào tay phiến quân.",
        [("manbij", "rebels", "captured")],
    ),
    # an area held said before the city ("khu vực / vùng do ... kiểm soát ở X")
    (
        "vi_part_before",
        "Người dân ra vùng do quân đội Syria kiểm soát ở Aleppo.",
        [("aleppo", "government", "held")],
    ),
    (
        "vi_part_before",
        "Người dân chờ sơ tán khỏi khu vực do lực lượng nổi dậy nắm giữ tại khu vực miền Đông"
        " Aleppo.",
        # the geoparser reads "khu vực miền Đông Aleppo" as East Aleppo, as other languages' sides
        [("east-aleppo", "rebels", "held")],
    ),
    # a siege with the besieger between
    ("vi_besieged", "Thị trấn Nubl bị phiến quân bao vây.", [("nubl", "government", "besieged")]),
]

STATES_NONE: list[tuple[str, str]] = [
    ("vi_once", "Thành phố Manbij từng nằm trong tay phiến quân."),
    ("vi_almost", "Thành phố Manbij gần như nằm trong tay phiến quân."),
    ("vi_wanted", "Quân đội Syria muốn kiểm soát Hanano."),
    ("vi_because", "Người dân ở Hanano do thiếu nước."),
    ("vi_no_side", "Người dân ở Hanano do chính quyền địa phương kiểm soát."),
    # an aim, another state's army, not yet, once, a checkpoint, shelling, a part
    ("vi_aim", "Cuộc chiến nhằm giải phóng hoàn toàn thành phố Manbij."),
    ("vi_aim", "Quân đội Syria đang nắm lợi thế để giành lại thị trấn Azaz."),
    ("vi_foreign_army", "Quân đội Thổ Nhĩ Kỳ chiếm được thị trấn Afrin."),
    ("vi_advance", "Quân đội Thổ Nhĩ Kỳ tiến về thị trấn Afrin."),
    ("vi_not_yet", "Quân đội Syria chưa chiếm được khu Hanano."),
    ("vi_once_fell", "Thị trấn Manbij từng rơi vào tay phiến quân."),
    ("vi_checkpoint", "Sĩ quan quân đội Syria tại một điểm kiểm soát ở Aleppo."),
    ("vi_wanted_take", "Phiến quân muốn giành lại thị trấn Azaz."),
    ("vi_shelled", "Thị trấn Azaz bị phiến quân pháo kích."),
    ("vi_part_taken", "Quân đội Syria giành lại một phần thành phố Manbij."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
