"""Control statements in Korean and Japanese captions, and the German passive after the place.

Korean and Japanese end a clause with its verb and mark each role with a particle: the side as
the subject ("정부군*이*", "政府軍*は*"), the place as the object ("알레포 동부*를*", "アレッポ
東部*を*"), the side it was taken from ("반군*으로부터*", "反体制派*から*"), the agent of a
passive ("정부군*에 의해*", "政府軍*に*"); a holding or a capture may stand right before the
place ("반군이 장악한 X", "反体制派が支配するX"). German says the passive or the state after
the place, the participle at the clause's end ("X wird von den Rebellen kontrolliert"). Our own
captions in the agencies' wordings (none copied), with the negatives the rules keep silent on:
air strikes, people fleeing, aims, attempts and plans, fighting near a place, a holding of the
past.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Korean: the place as the object of a side's verb
    (
        "ko_object",
        "시리아 정부군이 알레포 동부를 탈환했다.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ko_object",
        "【알레포=AP/뉴시스】 시리아 정부군이 13일(현지시간) 알레포 동부 전체를 반군으로부터 "
        "탈환했다고 밝혔다.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ko_object",
        "반군이 알레포를 장악한 후 정부군은 서쪽으로 물러났다.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ko_object",
        "반정부군이 알레포 동부를 통제하고 있다고 현지 활동가들이 전했다.",
        [("east-aleppo", "rebels", "held")],
    ),
    ("ko_object", "쿠르드족 민병대가 만비즈를 점령했다.", [("manbij", "kurdish", "captured")]),
    ("ko_object", "시리아군이 알레포에 진입했다.", [("aleppo", "government", "captured")]),
    (
        "ko_besieged",
        "아사드 정권군이 알레포 동부를 포위했다.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    # Korean: a holding or capture before the place
    (
        "ko_relative",
        "반군이 점령한 알레포 동부에서 한 소년이 폐허 사이를 걷고 있다.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_relative",
        "정부군이 탈환한 알레포 동부로 주민들이 돌아오고 있다.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ko_relative",
        "반군이 장악한 지역인 알레포 동부의 한 병원.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_area",
        "정부군 지역인 알레포 서부에서 시민들이 장을 보고 있다.",
        [("west-aleppo", "government", "held")],
    ),
    (
        "ko_besieged",
        "정부군에 포위된 알레포 동부에서 주민들이 빵을 받고 있다.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    # Korean: the place said first
    ("ko_first", "알레포 동부는 반군의 통제 하에 있다.", [("east-aleppo", "rebels", "held")]),
    ("ko_first", "만비즈는 쿠르드족 민병대가 장악하고 있다.", [("manbij", "kurdish", "held")]),
    ("ko_first", "알레포가 정부군에 의해 탈환됐다.", [("aleppo", "government", "captured")]),
    # Japanese: the place as the object
    (
        "ja_object",
        "シリア政府軍は13日、アレッポ東部を奪還した。",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ja_object",
        "シリア軍は反体制派からアレッポ東部を完全に奪還したと発表した。",
        [("east-aleppo", "government", "captured")],
    ),
    ("ja_object", "政権側がアレッポ東部を制圧した。", [("east-aleppo", "government", "captured")]),
    # Japanese: a holding or capture before the place
    (
        "ja_relative",
        "反体制派が支配するアレッポ東部で遊ぶ子ども。",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ja_relative",
        "反体制派が支配してきたアレッポ東部から退避する戦闘員。",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ja_relative",
        "政府軍が制圧したアレッポ東部の街並み。",
        [("east-aleppo", "government", "captured")],
    ),
    ("ja_relative", "イスラム国が支配するアルバブの市場。", [("al-bab", "islamic_state", "held")]),
    (
        "ja_relative",
        "反体制派支配下のアレッポ東部で配給を待つ住民。",
        [("east-aleppo", "rebels", "held")],
    ),
    ("ja_besieged", "政府軍に包囲されたアレッポ東部で", [("east-aleppo", "rebels", "besieged")]),
    # Japanese: the place said first
    ("ja_first", "アレッポ東部は反体制派の支配下にある。", [("east-aleppo", "rebels", "held")]),
    ("ja_first", "アレッポ東部は反体制派が支配している。", [("east-aleppo", "rebels", "held")]),
    ("ja_first", "アレッポは政府軍に制圧された。", [("aleppo", "government", "captured")]),
    # German: the passive or the state after the place
    (
        "de_passive",
        "Das Viertel Hanano wird von den Rebellen kontrolliert.",
        [("hanano", "rebels", "held")],
    ),
    (
        "de_passive",
        "Der Osten Aleppos wird von Rebellen kontrolliert.",
        [("east-aleppo", "rebels", "held")],
    ),
    ("de_passive", "Manbidsch wird von den Kurden kontrolliert.", [("manbij", "kurdish", "held")]),
    ("de_passive", "Hanano wird seit 2012 von Rebellen gehalten.", [("hanano", "rebels", "held")]),
    (
        "de_passive",
        "Hanano wurde am Montag von der syrischen Armee zurückerobert.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_passive",
        "Hanano wurde von der Armee eingenommen.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_besieged",
        "Nubl ist von Regierungstruppen eingekesselt.",
        [("nubl", "rebels", "besieged")],
    ),
    (
        "de_besieged",
        "Tall Rifaat ist von Rebellen umzingelt.",
        [("tall-rifaat", "government", "besieged")],
    ),
    ("de_hand", "Aleppo ist seit 2012 in der Hand der Rebellen.", [("aleppo", "rebels", "held")]),
]

STATES_NONE: list[tuple[str, str]] = [
    ("ko_air_strike", "정부군이 알레포 동부를 공습했다."),
    ("ko_flee", "알레포 동부에서 피란한 주민들이 버스에 오르고 있다."),
    ("ko_attempt", "정부군이 알레포 동부 탈환을 시도하고 있다."),
    ("ko_plan", "정부군은 알레포 동부를 탈환할 계획이다."),
    ("ko_near", "알레포 인근에서 정부군과 반군의 전투가 벌어졌다."),
    ("ko_near", "정부군이 알레포 인근 마을을 장악했다."),
    ("ko_past", "반군이 장악했던 알레포 동부에 정부군이 들어섰다."),
    ("ja_air_strike", "政府軍がアレッポ東部を空爆した。"),
    ("ja_flee", "アレッポ東部から避難した住民。"),
    ("ja_aim", "政府軍はアレッポ東部の奪還を目指す。"),
    ("ja_aim", "政府軍はアレッポを制圧する狙いだ。"),
    ("ja_near", "アレッポ近くで戦闘があった。"),
    ("ja_near", "政府軍はアレッポ近郊の村を制圧した。"),
    ("de_past", "Hanano war bis 2016 von Rebellen kontrolliert."),
    ("de_aim", "Hanano soll von der Armee eingenommen werden."),
    ("de_negated", "Hanano wird nicht mehr von Rebellen kontrolliert."),
    ("de_other_event", "Hanano wurde von der Armee bombardiert."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_reads_the_korean_and_japanese_verbs() -> None:
    # the rules' own word lists make the pre-check's triggers
    assert lexicon.may_state_control("정부군이 알레포 동부를 탈환했다.")
    assert lexicon.may_state_control("反体制派が支配するアレッポ東部")
    assert lexicon.may_state_control("Hanano wurde von der Armee eingenommen.")
    assert not lexicon.may_state_control("알레포 동부에서 피란한 주민들.")
    assert not lexicon.may_state_control("アレッポ東部から避難した住民。")
