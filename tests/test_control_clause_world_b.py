"""Control clauses of other languages, second round: Turkish captures said in the locative or
in a relative before the place (with the Syrian National Army: rebels), Arabic announcements,
relatives and sieges, and a Japanese relative clause before the side it describes ("Xを支配す
る民兵組織「クルド人民防衛部隊」": the side holds X).

- Arabic: a side announced its control of a place ("أعلن الجيش الحر سيطرته على كامل مدينة
  X"); a relative of a past capture after the place ("حي X، الذي سيطرت عليه قوات الأسد"); the
  siege a side lays on a place named before ("بسبب الحصار الذي تفرضه قوات النظام على المدينة":
  besieged by that side, held by the side the siege is laid against: see
  ``rules.besieged_holder``).
- Turkish: control taken *in* a place ("SMO, X'ta kontrolü ele geçirdi", "X'ta kontrolü
  sağladı"), the holder before it named by a modifier ("YPG kontrolündeki X'ta kontrolü ele
  geçirdi": the capture, not the YPG holding); a relative of the capture before the place
  ("SMO'nun PKK/YPG'den geri aldığı X", "DEAŞ'tan ele geçirdiği X"); a place cleared of a side
  ("PKK/YPG'den temizlenen X": taken by the side named before).

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Turkish: control taken in a place (the locative before "kontrolü")
    (
        "tr_locative_control",
        "Suriye Milli Ordusu, YPG kontrolündeki Tel Rıfat’ta kontrolü ele geçirdi.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "tr_locative_control",
        "SMO, YPG kontrolündeki Münbiç'te kontrolü ele geçirdi.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "tr_locative_control",
        "Suriye Milli Ordusu (SMO), sınıra yakın Tel Rıfat'ta kontrolü sağladı.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "tr_locative_control",
        "Suriye Milli Ordusu, rejim kontrolündeki Tel Rıfat'ta tam kontrolü sağladı.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "tr_locative_control",
        "Rejim güçleri, Münbiç'te kontrolü sağladı.",
        [("manbij", "government", "captured")],
    ),
    # a past holding after the capture names the holder before: no holding
    (
        "tr_past_holding",
        "Suriye Milli Ordusu, Tel Rıfat'ta kontrolü sağladı. Tel Rıfat, 8 yıldır teröristlerin "
        "kontrolünde bulunuyordu.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    # a relative of the capture before the place, the side taken from in "-den"
    (
        "tr_relative_capture",
        "Suriye Milli Ordusu, PKK/YPG'den geri aldığı Tel Rıfat'ta sessizlik hakim.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "tr_relative_capture",
        "Muhalifler, PKK/YPG'den geri aldığı Münbiç'te bayram kutladı.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "tr_relative_capture",
        "Suriye Milli Ordusu, DEAŞ'tan ele geçirdiği El Bab'da devriye attı.",
        [("al-bab", "rebels", "captured")],
    ),
    # a place cleared of a side, the taker named before
    (
        "tr_cleared_of",
        "Suriye Milli Ordusu (SMO), terör örgütü PKK/YPG'den temizlenen Tel Rıfat'ta halka yemek "
        "dağıttı.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    # Japanese: a relative clause whose object is the place, before the side it describes
    (
        "ja_relative_before_side",
        "トルコ軍は、アフリンを支配する民兵組織「クルド人民防衛部隊(YPG)」に対する軍事作戦を"
        "進めている。",
        [("afrin", "kurdish", "held")],
    ),
    (
        "ja_relative_before_side",
        "トルコ軍は、アフリンを支配するクルド人勢力への攻撃を続けている。",
        [("afrin", "kurdish", "held")],
    ),
    (
        "ja_relative_before_side",
        "アレッポを制圧した政府軍の兵士たちが通りを歩く。",
        [("aleppo", "government", "captured")],
    ),
    # Japanese: a relative capture before the place, the side taken from and where the place
    # lies between
    (
        "ja_relative_capture",
        "クルド人部隊がISから奪還したコバニに記者団が入った。",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "ja_relative_capture",
        "クルド人部隊がイスラム国(IS)から奪還したシリア北部の要衝の町コバニに28日、記者団が入った。",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "ja_relative_capture",
        "政府軍が奪還した町アレッポで市民が帰還を始めた。",
        [("aleppo", "government", "captured")],
    ),
    # Arabic: a side announced its control of a place
    (
        "ar_announced_control",
        "أعلن الجيش الحر سيطرته على كامل مدينة الباب بعد أشهر من القتال.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "ar_announced_control",
        "أعلنت قوات النظام سيطرتها على كامل مدينة حلب.",
        [("aleppo", "government", "captured")],
    ),
    (
        "ar_announced_control",
        "أعلن الجيش الحر سيطرته على مدينة الباب بدعم تركي.",
        [("al-bab", "rebels", "captured")],
    ),
    # ("the revolutionaries": the rebels)
    (
        "ar_revolutionaries",
        "يسيطر الثوار على حي الشعار منذ سنوات.",
        [("shaar", "rebels", "held")],
    ),
    # Arabic: a relative of a past capture after the place, its subject after it
    (
        "ar_relative_capture",
        "دمار في حي الشعار، الذي سيطرت عليه قوات الأسد الشهر الماضي.",
        [("shaar", "government", "captured")],
    ),
    (
        "ar_relative_capture",
        "أطفال يلعبون في حي الشعار الذي استعادته قوات النظام.",
        [("shaar", "government", "captured")],
    ),
    # Arabic: the siege a side lays on a place, named after "على" or referred back to
    (
        "ar_siege",
        "يعاني سكان حلب من نقص الغذاء بسبب الحصار الذي تفرضه قوات النظام على المدينة.",
        [("aleppo", "rebels", "besieged")],
    ),
    (
        "ar_siege",
        "الحياة في حلب صعبة. فبسبب الحصار الذي تفرضه قوات النظام على المدينة، يعاني السكان.",
        [("aleppo", "rebels", "besieged")],
    ),
    (
        "ar_siege",
        "يعاني سكان حلب بسبب الحصار الذي تفرضه قوات النظام على المدينة وقصف الثوار.",
        [("aleppo", "rebels", "besieged")],
    ),
    (
        "ar_siege",
        "طوابير أمام فرن بسبب الحصار الذي تفرضه قوات النظام على حلب.",
        [("aleppo", "rebels", "besieged")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # Japanese: an aim in the relative, a verb of no control
    ("ja_aim", "アフリンを支配しようとする武装組織IS。"),
    ("ja_other_verb", "アフリンを攻撃するクルド人勢力の戦闘員。"),
    ("ja_aim", "クルド人部隊がISから奪還を目指すコバニの戦況。"),
    # Arabic: denied, an aim; a siege noun with no place of its kind named before
    ("ar_denied", "نفى الجيش الحر سيطرته على مدينة الباب."),
    ("ar_no_announcement", "أعلن الجيش الحر عن معركة جديدة في مدينة الباب."),
    ("ar_siege_no_place", "الحصار الذي تفرضه قوات النظام على المدينة مستمر منذ أشهر."),
    ("ar_siege_no_place", "سكان حي الشعار يعانون من الحصار الذي تفرضه قوات النظام على المدينة."),
    # Arabic: a part of a place as the verb's object, a place named in a later sentence
    (
        "ar_part_object",
        "يسيطر الثوار على الجزء الشرقي من المدينة. وقد تعرض لدمار كبير. الصورة هنا لحي الشعار.",
    ),
    ("ar_part_object", "تسيطر قوات النظام على معظم أحياء حلب الغربية."),
    # Turkish: an aim, no side, a relative of another verb, cleared of mines
    ("tr_aim", "Suriye Milli Ordusu, Tel Rıfat'ta kontrolü sağlamaya çalışıyor."),
    ("tr_aim", "YPG, Tel Rıfat'ta kontrolü ele geçirmek istiyor."),
    ("tr_no_taker", "Halk, terör örgütü YPG'den temizlenen Tel Rıfat'a dönüyor."),
    ("tr_mines", "Suriye Milli Ordusu, mayınlardan temizlenen Tel Rıfat'ta çalışıyor."),
    ("tr_other_verb", "Vatandaşlar, satın aldığı Münbiç'teki evlere taşındı."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
