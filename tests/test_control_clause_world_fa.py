"""Control statements in Persian captions: the sides by their names, the verbs of a capture and
of a holding.

Persian names the Syrian army "ارتش سوریه" but also Turkey's ("ارتش ترکیه") and the rebels' Free
and National Armies ("ارتش آزاد سوریه", "ارتش ملی سوریه"): only the first is the government. The
verb ends the clause, the place its object with "را" ("X را تسخیر کردند"), or the place comes
first with its holder after it ("X در کنترل نیروهای کرد است", "X به تصرف ... درآمد"). Our own
sentences in the wordings of the Persian press (none copied), with the negatives the rules keep
silent on: a foreign army alone, an aim.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a foreign army with the Free Syrian Army: the rebels'
    (
        "fa_foreign_with_fsa",
        "ارتش ترکیه و نیروهای ارتش آزاد سوریه شهر عفرین را تصرف کردند.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "fa_free_army",
        "نیروهای ارتش آزاد سوریه شهر الباب را از داعش پس گرفتند.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "fa_national_army",
        "ارتش ملی سوریه شهر منبج را اشغال کرد.",
        [("manbij", "rebels", "captured")],
    ),
    ("fa_hts", "هیئت تحریر الشام شهر حلب را تصرف کرد.", [("aleppo", "rebels", "captured")]),
    ("fa_hts", "تحریرالشام کنترل حلب را به دست گرفت.", [("aleppo", "rebels", "captured")]),
    ("fa_in_hand", "شورشیان کنترل حلب را در دست گرفتند.", [("aleppo", "rebels", "captured")]),
    ("fa_conquer", "شورشیان مسلح شهر حلب را تسخیر کردند.", [("aleppo", "rebels", "captured")]),
    # the Syrian army is still the government
    ("fa_army", "ارتش سوریه محله هنانو را تصرف کرد.", [("hanano", "government", "captured")]),
    # the SDF by its name
    (
        "fa_sdf",
        "نیروهای دموکراتیک سوریه شهر منبج را از داعش آزاد کردند.",
        [("manbij", "kurdish", "captured")],
    ),
    # the place first, its holder after it
    (
        "fa_came_into",
        "شهر عفرین به تصرف ارتش آزاد سوریه درآمد.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "fa_in_control",
        "محله شیخ مقصود در کنترل نیروهای کرد است.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    ("fa_under_rule", "شهر منبج تحت تسلط داعش است.", [("manbij", "islamic_state", "held")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # another state's army alone names no side
    ("fa_foreign_alone", "ارتش ترکیه شهر عفرین را تصرف کرد."),
    ("fa_foreign_alone", "ارتش روسیه محله هنانو را بمباران کرد."),
    # an aim
    ("fa_aim", "ارتش سوریه قصد دارد شهر حلب را تسخیر کند."),
    ("fa_aim", "شورشیان می‌خواهند کنترل حلب را به دست بگیرند."),
    # people, not a holding
    ("fa_people", "مردم عفرین در کنار نیروهای ارتش ترکیه عکس گرفتند."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
