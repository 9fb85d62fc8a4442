"""Control clauses in Vietnamese: a holding said after the place, read by the world rules from
the world tables (``lexicon.WORLD_HELD_AFTER``, ``WORLD_SIDES``): the side between "do" and the
verb ("X do phiến quân kiểm soát", "X do lực lượng người Kurd nắm giữ", "X do IS chiếm giữ"),
or after "dưới sự kiểm soát của" / "nằm trong tay". Sides: phiến quân / quân nổi dậy (rebels),
quân đội Syria / quân chính phủ (the government), IS, lực lượng người Kurd. A holding that is
past, almost, wanted or of another noun states nothing.

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
]

STATES_NONE: list[tuple[str, str]] = [
    ("vi_once", "Thành phố Manbij từng nằm trong tay phiến quân."),
    ("vi_almost", "Thành phố Manbij gần như nằm trong tay phiến quân."),
    ("vi_wanted", "Quân đội Syria muốn kiểm soát Hanano."),
    ("vi_because", "Người dân ở Hanano do thiếu nước."),
    ("vi_no_side", "Người dân ở Hanano do chính quyền địa phương kiểm soát."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
