"""Control statements in Turkish, Persian and Arabic, session 23: the kinds the real captions of the
h23 set missed, each in wordings of our own.

- Turkish: a converb of how a side came to hold a place ("-arak", "-erek": "by spreading", "by
  advancing") between the side in the genitive and its holding relative ("YPG'nin Afrin'den
  *yayılarak* işgal ettiği X"): the side holds the place, as without the converb; not a
  converb before a verb of attack, a negated holding or an attempt.
- Persian: a side's entry into districts, towns or villages, the places after "به" and before
  "وارد شدند" ("ارتش سوریه به محله های X و Y وارد شدند"): a capture, as an entry is in English;
  never of a city, nor of a place it was in or came from, nor with damage done ("خسارت وارد
  شد"), nor negated ("وارد نشدند") or aimed at ("وارد شود").
- Arabic: an aim to retake a place from a side ("لاستعادة مدينة X من تنظيم الدولة", "لتحرير
  حي X من سيطرة ...", the place as the noun's pronoun: "تستعد مدينة X ... لاستعادتها من ..."):
  the side it would be taken from holds it, as in English; not an aim done ("بعد معركة ..."),
  one with no side it is taken from, nor a pronoun with two places before it.
- Persian and Urdu verbs last in their clause are no Arabic verbs first: a side named right
  after the verb starts the next sentence and is not its subject.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "tr_converb_held",
        "YPG'nin üç yıl önce Afrin'den yayılarak işgal ettiği Tel Rıfat ilçesi görüntülendi.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "tr_converb_held",
        "Rejim güçlerinin geçen kış kentin güneyinden ilerleyerek kontrol ettiği Hanano "
        "mahallesinde sessizlik var.",
        [("hanano", "government", "held")],
    ),
    (
        "tr_converb_held",
        "Terör örgütü PKK/YPG'nin 2016'da güneyden yayılarak işgal ettiği Münbiç ilçesinde ev "
        "yıkıldı.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "fa_entry_districts",
        "نیروهای ارتش سوریه برای نخستین بار به محله های صاخور و هنانو وارد شدند.",
        [("hanano", "government", "captured"), ("sakhour", "government", "captured")],
    ),
    (
        "fa_entry_districts",
        "شورشیان به محله صلاح الدین در جنوب غرب شهر حلب وارد شدند.",
        [("salah-ad-din", "rebels", "captured")],
    ),
    (
        "fa_entry_from_into",
        "ارتش سوریه از محله هنانو به محله صاخور وارد شده اند.",
        [("sakhour", "government", "captured")],
    ),
    # the side named again after the verb, in the next sentence
    (
        "fa_entry_next_sentence",
        "نیروهای ارتش سوریه به محله های الاشرفیه و شیخ مقصود وارد شدند. ارتش سوریه در آنجا پرچم "
        "برافراشت.",
        [("ashrafiyeh", "government", "captured"), ("sheikh-maqsoud", "government", "captured")],
    ),
    (
        "fa_take_next_sentence",
        "شورشیان محله صاخور را تصرف کردند. ارتش سوریه پاسخ داد.",
        [("sakhour", "rebels", "captured")],
    ),
    # Arabic: an aim to retake a place from a side
    (
        "ar_aim_from",
        "حشدت الفصائل مقاتليها لاستعادة مدينة منبج من تنظيم الدولة.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "ar_aim_from",
        "تحشد قوات النظام بهدف انتزاع حي الصاخور من قبضة المعارضة.",
        [("sakhour", "rebels", "held")],
    ),
    (
        "ar_aim_pronoun",
        "تنتظر بلدة دابق هجوما قريبا لاستعادتها من تنظيم الدولة.",
        [("dabiq", "islamic_state", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # Arabic: an aim done, an aim with no side it is taken from, a pronoun with two places
    ("ar_aim_done", "بعد معركة لاستعادة مدينة منبج من تنظيم الدولة عاد السكان إلى بيوتهم."),
    ("ar_aim_no_side", "تستعد الفصائل لاستعادة مدينة منبج."),
    ("ar_aim_two_places", "تنتظر بلدتا دابق ومنبج هجوما قريبا لاستعادتها من تنظيم الدولة."),
    # Persian: a city entered is not taken
    ("fa_entry_city", "نیروهای ارتش سوریه به شهر حلب وارد شدند."),
    # nor a district the side was in, nor one not entered, nor one aimed at
    ("fa_entry_inside", "ارتش سوریه در محله صاخور به خانه ها وارد شد."),
    ("fa_entry_negated", "نیروهای ارتش سوریه به محله صاخور وارد نشدند."),
    ("fa_entry_aim", "ارتش سوریه قصد دارد به محله صاخور وارد شود."),
    # damage done to a district, not an entry
    ("fa_entry_damage", "در حمله ارتش سوریه به محله صاخور خسارت زیادی وارد شد."),
    # no side enters
    ("fa_entry_no_side", "خبرنگاران به محله صاخور وارد شدند."),
    # an attempt to hold, not a holding
    (
        "tr_converb_attempt",
        "ÖSO, YPG'nin üç yıl önce Afrin'den yayılarak işgal etmeye çalıştığı Tel Rıfat ilçesini "
        "savundu.",
    ),
    # a converb before an attack: no holding
    (
        "tr_converb_attack",
        "Muhaliflerin üç gün boyunca doğudan ilerleyerek saldırdığı Hanano mahallesinde sessizlik "
        "var.",
    ),
    # a negated holding
    (
        "tr_converb_negated",
        "YPG'nin iki yıl önce Afrin'den yayılarak işgal etmediği Tel Rıfat ilçesi görüntülendi.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
