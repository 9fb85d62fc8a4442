"""Control statements in Korean and Chinese captions: more verb endings, a side's area after the
place, sieges.

Korean says "as soon as it took" and "just before it took" with endings of the same verb
("반군이 X를 장악*하자*", "정부군이 X를 탈환*하기 직전*"), and names a side's area right after the
place ("X *반군지역*에서", "X *정부군 장악 지역*으로": the side holds X; not the Kurds' "쿠르드족
지역", where Kurds live). Chinese besieges with "包围" / "围困" (the place the object, or after
"被 <side> ... 的"), says a capture with "占领了" (a bare "占领" a holding) and names the rebels of
later years "哈亚特解放沙姆", "反叛武装". Our own sentences in the agencies' wordings (none
copied), with the negatives: aims, a capture under way ("탈환 중인 X"), a place with no side
named. Korean also says a holding with "under" ("정부군 통제*하의* X") or "going on" ("IS가
점령 *중인* X").
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Korean: the verb's "as soon as" and "just before"
    (
        "ko_as_soon_as",
        "시리아 반군이 만비즈를 장악하자 수천 명의 주민이 피란길에 올랐다.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "ko_as_soon_as",
        "정부군이 알레포 동부를 탈환하자 주민들이 거리로 나왔다.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ko_as_soon_as",
        "반군이 알레포를 장악하자마자 정부군의 공습이 시작됐다.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ko_just_before",
        "정부군이 알레포를 탈환하기 직전, 시민들은 SNS로 메시지를 보냈다.",
        [("aleppo", "government", "captured")],
    ),
    # Korean: a side's area after the place
    (
        "ko_area_after",
        "시리아 알레포 반군지역이 공습으로 폐허가 됐다.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "ko_area_after",
        "알레포 동부 반군 장악 지역에서 한 소년이 구조되고 있다.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_area_after",
        "피란민들이 알레포 서부 정부군 지역으로 향하고 있다.",
        [("west-aleppo", "government", "held")],
    ),
    # Korean: under a side's control, a holding going on
    (
        "ko_under",
        "정부군 통제하의 알레포 서부에서 주민들이 장을 보고 있다.",
        [("west-aleppo", "government", "held")],
    ),
    (
        "ko_under",
        "반군 통제 하에 있는 알레포 동부에서 구조대원들이 일하고 있다.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_holding_on",
        "IS가 점령 중인 만비즈에서 연기가 피어오르고 있다.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "ko_sdf_bracket",
        "쿠르드 주도의 시리아민주군(SDF)이 만비즈를 장악했다.",
        [("manbij", "kurdish", "captured")],
    ),
    # Korean: HTS and the National Army by their names
    (
        "ko_hts",
        "하야트 타흐리르 알샴(HTS)이 알레포를 장악했다.",
        [("aleppo", "rebels", "captured")],
    ),
    ("ko_hts", "HTS가 알레포를 장악했다.", [("aleppo", "rebels", "captured")]),
    ("ko_sna", "시리아 국민군이 만비즈를 점령했다.", [("manbij", "rebels", "captured")]),
    # Chinese: sieges
    (
        "zh_siege",
        "叙利亚政府军包围了阿勒颇东部。",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "zh_siege",
        "被政府军包围的阿勒颇东部居民在等待救援。",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "zh_siege",
        "阿勒颇东部被政府军围困，居民缺少食物。",
        [("east-aleppo", "rebels", "besieged")],
    ),
    # Chinese: "占领了" a capture; the rebels' later names
    (
        "zh_occupied_le",
        "土耳其支持的叙利亚国民军占领了阿夫林。",
        [("afrin", "rebels", "captured")],
    ),
    ("zh_hts", "哈亚特解放沙姆在12月攻占阿勒颇。", [("aleppo", "rebels", "captured")]),
    ("zh_insurgents", "反叛武装控制的阿勒颇东部遭到空袭。", [("east-aleppo", "rebels", "held")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # Korean: the Kurds' area is where they live; a side's area "of" a part is not the place's
    ("ko_kurd_area", "알레포 쿠르드족 지역에서 주민들이 축제를 열었다."),
    ("ko_area_of", "알레포 동부의 반군지역을 정부군이 공격했다."),
    # Korean: a capture under way; an aim
    ("ko_under_way", "정부군이 탈환 중인 알레포 동부에서 교전이 이어졌다."),
    ("ko_aim", "정부군이 알레포를 탈환하기 위해 공세를 시작했다."),
    # Chinese: an aim, a bare besieged city (no side named)
    ("zh_aim", "政府军试图包围阿勒颇东部。"),
    ("zh_no_side", "被围困的阿勒颇东部居民在等待救援。"),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
