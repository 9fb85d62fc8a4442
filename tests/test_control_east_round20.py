"""Control statements in Hindi, Persian and Arabic, round 20: the kinds the dev sets missed.

- Hindi sides (rebels, the army, IS, the Kurdish fighters) and their verbs of taking, the place
  before the verb ("विद्रोहियों ने X पर कब्जा कर लिया", "सेना ने X को आज़ाद करा लिया"), a holding
  with the side before in its genitive ("X विद्रोहियों के कब्जे में है"), with Hindi negations,
  attempts and claims;
- "this area" (neighbourhood, part) opening a Persian or Arabic sentence, with a holder after
  it ("... قلعه حلب. این منطقه از شهر در کنترل دولت است", "... حي X. هذه المنطقة تخضع لسيطرة
  المعارضة"): the one neighbourhood, district or landmark the sentence before names, never a
  city;
- a siege by IS of a place whose Kurdish people or kind a Japanese, Chinese or Korean sentence
  names ("ISがクルド人が暮らすX(の街)を包囲", "包围了库尔德人聚居的城镇X", "IS가 쿠르드족 도시
  X를 포위"): the Kurdish forces hold it, as in the other languages; "the Kurds" as a place's
  people is no side of the clause, and "X の街を" is X as the verb's object;
- the Persian bare "government" (دولت) as a holder, not the Islamic State nor another state;
  the Arabic present "تخضع لسيطرة" after the place.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Hindi: a side, the place, then the verb of taking
    ("hi_take", "विद्रोहियों ने अलेप्पो पर कब्जा कर लिया है।", [("aleppo", "rebels", "captured")]),
    (
        "hi_take",
        "बागियों ने रविवार को अलेप्पो पर भी कब्ज़ा कर लिया।",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "hi_take",
        "सीरियाई सेना ने अलेप्पो को आज़ाद करा लिया।",
        [("aleppo", "government", "captured")],
    ),
    (
        "hi_take",
        "सरकारी बलों ने अलेप्पो पर दोबारा नियंत्रण हासिल कर लिया है।",
        [("aleppo", "government", "captured")],
    ),
    (
        "hi_take",
        "इस्लामिक स्टेट ने अलेप्पो पर कब्जा कर लिया।",
        [("aleppo", "islamic_state", "captured")],
    ),
    (
        "hi_take",
        "कुर्द लड़ाकों ने अलेप्पो पर फिर से कब्जा कर लिया।",
        [("aleppo", "kurdish", "captured")],
    ),
    # Hindi: a holding, the side before in its genitive
    ("hi_held", "अलेप्पो विद्रोहियों के कब्जे में है।", [("aleppo", "rebels", "held")]),
    ("hi_held", "अलेप्पो सीरियाई सेना के नियंत्रण में है।", [("aleppo", "government", "held")]),
    # "this area" opening a sentence: the one finer place of the sentence before
    (
        "fa_area_anaphor",
        "گردشگران در مقابل قلعه حلب عکس می گیرند. این منطقه از شهر در کنترل دولت است.",
        [("citadel", "government", "held")],
    ),
    (
        "fa_area_anaphor",
        "کودکان در محله شیخ مقصود بازی می کنند. این محله در کنترل نیروهای کرد است.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "fa_area_anaphor",
        "ویرانی در محله صاخور. این منطقه تحت کنترل شورشیان است.",
        [("sakhour", "rebels", "held")],
    ),
    (
        "ar_area_anaphor",
        "أطفال يلعبون في حي الصاخور. هذه المنطقة تخضع لسيطرة المعارضة.",
        [("sakhour", "rebels", "held")],
    ),
    (
        "ar_area_anaphor",
        "دمار واسع في حي الشعار. هذا الحي تحت سيطرة قوات النظام.",
        [("shaar", "government", "held")],
    ),
    # a siege by IS of a Kurdish town, its people or kind named in CJK
    (
        "cjk_kurdish_siege",
        "ISがトルコ国境にあるクルド人が暮らすコバニの街を包囲している。",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "cjk_kurdish_siege",
        "イスラム国がクルド人の町コバニを包囲しています。",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "cjk_kurdish_siege",
        "“伊斯兰国”武装包围了库尔德人聚居的城镇科巴尼。",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "cjk_kurdish_siege",
        "IS가 쿠르드족 도시 코바니를 포위했다.",
        [("kobani", "kurdish", "besieged")],
    ),
    ("ja_town_object", "クルド人部隊がコバニの町を奪還した。", [("kobani", "kurdish", "captured")]),
    # the Persian bare government, the Arabic present after the place
    ("fa_bare_government", "قلعه حلب در کنترل دولت است.", [("citadel", "government", "held")]),
    ("ar_present_held", "حي الصاخور يخضع لسيطرة المعارضة.", [("sakhour", "rebels", "held")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # Hindi: not, an attempt, a claim; no side; the people's adjective only
    ("hi_hedged", "विद्रोहियों ने अलेप्पो पर कब्जा नहीं किया।"),
    ("hi_hedged", "विद्रोहियों ने अलेप्पो पर कब्जा करने की कोशिश की।"),
    ("hi_hedged", "विद्रोहियों ने दावा किया कि उन्होंने अलेप्पो पर कब्जा कर लिया है।"),
    ("hi_no_side", "तुर्की सेना ने अलेप्पो पर कब्जा कर लिया।"),
    ("hi_no_side", "कुर्द लोगों ने अलेप्पो में रैली की।"),
    ("hi_no_cue", "अलेप्पो में एक महिला अपने बच्चे के साथ।"),
    # "this area": a city before it (its part, not the city), two places, a negation, a hedge,
    # not opening its sentence
    ("area_city", "مردم در حلب جمع شدند. این منطقه در کنترل دولت است."),
    ("area_two", "أطفال في حي الصاخور وحي الشعار. هذه المنطقة تحت سيطرة المعارضة."),
    ("area_not", "کودکان در محله شیخ مقصود بازی می کنند. این محله در کنترل نیروهای کرد نیست."),
    (
        "area_hedged",
        "کودکان در محله شیخ مقصود بازی می کنند. این محله احتمالا در کنترل نیروهای کرد است.",
    ),
    ("area_not", "أطفال يلعبون في حي الصاخور. هذه المنطقة ليست تحت سيطرة المعارضة."),
    # a siege by IS of a town whose people no word names: no holder
    ("ja_siege_unknown", "イスラム国がコバニの街を包囲する計画だ。"),
    # people fleeing from a place to the areas a side holds: the areas are held, not the place
    ("fa_to_areas", "فرار غیرنظامیان از محله صاخور به مناطق تحت کنترل دولت"),
    ("fa_to_areas", "خانواده ها از محله صاخور در مناطق تحت کنترل ارتش سوریه پناه گرفتند."),
    # the Persian Islamic State or another state is no government
    ("fa_not_government", "قلعه حلب در کنترل دولت ترکیه است."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
