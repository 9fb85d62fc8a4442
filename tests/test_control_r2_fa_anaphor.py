"""Persian: "this area" / "this neighbourhood" / "this village" / "this city" as the object of a
verb of taking, the place named before it in the caption ("... به محله X بازگشتند. ارتش سوریه
*این محله* را از وجود تروریست ها پاکسازی کرده بود"): the one place of that kind named before it
(``_WORLD_OBJ_ANAPHOR_RE``, as "die Stadt", "la zona"). An aim ("برای پاکسازی"), an intent ("قصد
دارد ... پاکسازی کند") or fighting there ("درگیری ... در این محله") states nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "fa_this_quarter",
        (
            "مردم به محله هنانو بازگشتند. "
            "ارتش سوریه سه روز پیش این محله را از وجود تروریست ها پاکسازی کرده بود."
        ),
        [("hanano", "government", "captured")],
    ),
    (
        "fa_this_village",
        (
            "خانواده ها به روستای نبل بازگشتند. "
            "ارتش سوریه هفته گذشته این روستا را از تروریست ها پاکسازی کرد."
        ),
        [("nubl", "government", "captured")],
    ),
    (
        "fa_this_city",
        ("ساکنان به شهر منبج بازگشتند. نیروهای دموکراتیک سوریه این شهر را از داعش پس گرفتند."),
        [("manbij", "kurdish", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    (
        "fa_aim",
        ("مردم به محله هنانو بازگشتند. ارتش سوریه برای پاکسازی این محله از تروریست ها می جنگد."),
    ),
    (
        "fa_intent",
        ("مردم به محله هنانو بازگشتند. ارتش سوریه قصد دارد این محله را از تروریست ها پاکسازی کند."),
    ),
    (
        "fa_fighting_in",
        ("مردم به محله هنانو بازگشتند. درگیری ارتش سوریه با تروریست ها در این محله ادامه دارد."),
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
