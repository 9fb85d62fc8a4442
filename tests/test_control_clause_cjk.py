"""More control statements in Chinese, Korean and Japanese captions (issue 14).

Chinese: a capture announced in a clause of its own ("军方发表声明，宣布完全收复北部城市X"), the
city freed said again as "the city" ("该市全面解放", the army's as state media say it, where no
side is named), a side hemmed in a place ("把反政府武装包围在X东南部": besieged, the side
inside), a side using a place as its position ("政府军一直将城堡用作军事阵地", the citadel
named before). Korean: a holding before the place past where it lies ("반군이 장악하고 있는
시리아 북부 X", "반군이 장악한 북서부 X"), the place said to be one a side holds ("X는 반군이
장악한 곳이다"), a retaking ("재장악하는 데 성공"), a place two sides fight for ("X를 장악하려는
A와 이를 저지하려는 B의 공방전": contested). Japanese: a plural subject ("政府軍らは"), the rule
of the place as the object ("X全体の支配権を奪還し"), an offensive in the next clause that is
another deed's, a place fallen into a side's hands ("Xは反体制派の手に落ちた"). Our own
sentences in the agencies' wordings; the negatives keep a part ("80%以上的区域", "Xの複数の地域"),
an aim, one side only, a side named where "the city" is freed.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Chinese
    (
        "zh_announced",
        "叙利亚军方当天发表声明，宣布完全收复北部城市阿勒颇。",
        [("aleppo", "government", "captured")],
    ),
    (
        "zh_announced",
        "叙利亚军队22日晚发表声明,宣布收复阿勒颇东部。",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "zh_city_freed",
        "阿勒颇战事于2012年爆发。2016年12月该市全面解放,居民陆续返回。",
        [("aleppo", "government", "captured")],
    ),
    (
        "zh_city_freed",
        "戰後的阿勒頗滿目瘡痍。經過四年戰火,該市終於解放。",
        [("aleppo", "government", "captured")],
    ),
    (
        "zh_hemmed",
        "叙利亚政府军已把反政府武装包围在阿勒颇东南部的狭小区域内。",
        [("south-east-aleppo", "rebels", "besieged")],
    ),
    (
        "zh_hemmed",
        "政府軍將反政府武裝圍困在阿勒頗東部。",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "zh_used_as",
        "阿勒颇城堡建于中世纪。战争期间,政府军一直将城堡用作军事阵地。",
        [("citadel", "government", "held")],
    ),
    # Korean
    (
        "ko_relative_where",
        "시리아 반군이 장악하고 있는 시리아 북부 알레포에 공습이 이어지고 있다.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "ko_relative_where",
        "반군이 장악한 북서부 아자즈 지역에서 구조대가 생존자를 찾고 있다.",
        [("azaz", "rebels", "held")],
    ),
    (
        "ko_held_place",
        "지진으로 아프린시의 건물이 무너졌다. 아프린시는 시리아 반군이 장악한 곳이다.",
        [("afrin", "rebels", "held")],
    ),
    (
        "ko_held_place",
        "만비즈는 쿠르드족 민병대가 통제하는 도시다.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "ko_retaken",
        "2일(현지시간) 시리아 반군이 알레포를 재장악하는 데 성공했다.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ko_contested",
        "코바니를 장악하려는 이슬람국가(IS)와 이를 막으려는 쿠르드족의 공방전이 "
        "한 달째 이어지고 있다.",
        [("kobani", "contested", "contested")],
    ),
    (
        "ko_contested",
        "만비즈를 놓고 쿠르드족 민병대와 반군이 교전을 벌이고 있다.",
        [("manbij", "contested", "contested")],
    ),
    # Japanese
    (
        "ja_rule_of",
        "政府軍らは現在、アレッポ北東部全体の支配権を奪還し、南東部に攻勢をかけている。",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ja_rule_of",
        "シリア政府軍らは、アレッポ東部を奪還した。",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ja_hands",
        "アレッポ東部は2012年夏に反体制派の手に落ちた。",
        [("east-aleppo", "rebels", "captured")],
    ),
    ("ja_hands", "マンビジュは現在もクルド人勢力の手中にある。", [("manbij", "kurdish", "held")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # a part only, or no place named as the object
    ("zh_part", "叙利亚政府军已收复原由反政府武装控制的80%以上的区域。"),
    ("ja_part", "反体制派は、アレッポ西郊のダヒヤット・アル=アサドの複数の地域を支配した。"),
    # "the city" freed where a side is named: which side's liberation is not said here
    ("zh_city_freed_side", "库尔德武装攻入曼比季。该市全面解放后居民返回。"),
    # a siege or a position with no side
    ("zh_hemmed_none", "居民被困在阿勒颇东部。"),
    # an aim after the place's clause, with nothing taken
    ("ja_aim", "政府軍は、アレッポ東部の奪還を目指し、攻勢を強めた。"),
    # one side only, or no fight: no contest
    ("ko_one_side", "반군이 알레포를 장악하기 위해 공세를 펼치면서 교전이 이어지고 있다."),
    ("ko_over_no_side", "알레포를 둘러싼 도로가 막혀 있다."),
    # a place where a side holds said of the past, or of plans
    ("ko_plan", "정부군은 알레포 동부를 재장악할 계획이다."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
