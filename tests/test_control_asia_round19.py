"""Control statements in Korean, Chinese, Persian, Arabic and Turkish captions, round 19.

The kinds: a side's stronghold named before the place in Korean ("IS의 요충지인 X": held,
also where the caption speaks of its outskirts); a Korean capture whose clause ends with "가운데"
or "뒤", the threats and plans after it another clause's; the native Korean verbs of a capture
("되찾았다", "빼앗으며") and the side taken from as "IS의 손에서"; a Korean relative before the side
it describes ("X를 장악한 반군이": held) and a place gone into a side's hands ("X는 반군의 손에
넘어갔다"); a Korean place the geoparser
reads as the container of a landmark named later ("알레포대학교"); the Chinese side taken from in
quotes, its fighters' noun before its hands ("从“伊斯兰国”武装手里夺回X"); a siege whose holder
no side names there, of a place the caption says one side holds (that side); the Persian siege with
its besieger after "در محاصره" and a Kurdish place by its Persian or Arabic adjective; the Turkish
holder nearest its holding word ("Esed güçlerinin ... muhaliflerin kontrolündeki X": the
opponents'), a place cleared of a side ("X'i teröristlerden temizledi") and the side as the
adjective of the ones taken from ("PKK/YPG'li teröristlerden"); an Arabic part of a city "in the
middle of" or "inside" it ("الأحياء الخاضعة لسيطرة النظام وسط مدينة X"); an Arabic thing a side
seized inside the place named after it ("قاعدة استولى عليها مسلحو المعارضة في منطقة X"); "after
the liberation of the town" with no agent, the one side its sentence names. Our own sentences in
the wordings of the press of those languages (none copied), with the negatives the rules keep
silent on: a former stronghold, an aim, a clearing under way, streets cleared of rubble.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Korean: a side's stronghold before the place
    (
        "ko_stronghold",
        "IS 근거지 알바브에서 검은 연기가 피어오르고 있다.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "ko_stronghold",
        "IS의 요충지인 시리아 북부 만비즈 외곽에서 주민들이 모여 있다.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "ko_stronghold",
        "반군의 최대 거점인 알레포 동부에서 주민들이 떠나고 있다.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_stronghold",
        "IS의 거점인 만비즈에서 연기가 피어오르고 있다.",
        [("manbij", "islamic_state", "held")],
    ),
    # Korean: a siege whose holder no side names there, of a place the caption says a side holds
    (
        "ko_siege_of_held",
        "IS 근거지 알바브가 포위됐다. 터키군을 포함한 반군은 북쪽과 서쪽에서 알바브를 "
        "포위하고 있다.",
        [("al-bab", "islamic_state", "held"), ("al-bab", "islamic_state", "besieged")],
    ),
    # Korean: a done capture, then another clause after "가운데" / "뒤"
    (
        "ko_done_clause",
        "반군이 알레포를 다시 장악한 가운데 한 가족이 반군의 위협을 피해 도시를 떠나고 있다.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ko_done_clause",
        "정부군이 알레포 동부를 탈환한 뒤 주민들이 귀환을 준비하고 있다.",
        [("east-aleppo", "government", "captured")],
    ),
    # Korean: the native verbs, the side's hands
    (
        "ko_native_verb",
        "쿠르드 민병대가 IS의 손에서 코바니를 되찾았다.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "ko_native_verb",
        "반군이 지난달 알레포를 빼앗으며 세력을 넓혔다.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ko_native_verb",
        "정부군이 반군으로부터 알레포 동부를 되찾았다.",
        [("east-aleppo", "government", "captured")],
    ),
    # Korean: a relative clause before the side it describes, the place its object; a place
    # gone into a side's hands
    (
        "ko_side_after_relative",
        "알레포를 장악한 반군이 시내를 순찰하고 있다.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "ko_side_after_relative",
        "만비즈를 점령하고 있는 IS가 주민들을 위협하고 있다.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "ko_side_after_relative",
        "알레포 동부를 탈환한 정부군이 거리를 순찰하고 있다.",
        [("east-aleppo", "government", "captured")],
    ),
    ("ko_into_hands", "알레포는 반군의 손에 넘어갔다.", [("aleppo", "rebels", "captured")]),
    # Korean: the city named again inside a landmark's name
    (
        "ko_container",
        "반군이 알레포를 재장악했다. 사진은 알레포대학교 앞에 모인 반군의 모습.",
        [("aleppo", "rebels", "captured")],
    ),
    # Chinese: the side taken from in quotes, its fighters' hands
    (
        "zh_from_hands",
        "库尔德武装从“伊斯兰国”武装手里夺回科巴尼。",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "zh_from_hands",
        "库尔德武装从“伊斯兰国”手中夺回了曼比季。",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "zh_from_hands",
        "政府军从“反对派”的手中收复了阿勒颇东部。",
        [("east-aleppo", "government", "captured")],
    ),
    # Persian: a siege with its besieger after "در محاصره"
    (
        "fa_siege",
        "کوبانی، شهر کردنشین سوریه، در محاصره داعش است.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "fa_siege",
        "مردم کرد کوبانی در محاصره داعش هستند.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "fa_siege",
        "شرق حلب که محاصره شده توسط ارتش سوریه است.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    ("fa_siege", "غرب حلب در محاصره شورشیان است.", [("west-aleppo", "government", "besieged")]),
    # (IS's siege with no defender named nor the place called Kurdish: its holder unknown)
    ("fa_siege", "کوبانی در محاصره داعش است.", [("kobani", "unknown", "besieged")]),
    # Arabic: a Kurdish place by its adjective after the name
    (
        "ar_kurdish_place",
        "مدينة كوباني الكردية المحاصرة من قبل تنظيم داعش",
        [("kobani", "kurdish", "besieged")],
    ),
    # Turkish: the holder nearest its holding word
    (
        "tr_nearest_holder",
        "Rus uçaklarının muhaliflerin kontrolündeki Meşhed semtini bombaladığı bildirildi.",
        [("mashhad", "rebels", "held")],
    ),
    (
        "tr_nearest_holder",
        "Rejim güçlerinin Halep'te muhaliflerin denetimindeki Sukeri semtine saldırısı sürüyor.",
        [("sukkari", "rebels", "held")],
    ),
    (
        "tr_nearest_holder",
        "DEAŞ'ın saldırısında YPG kontrolündeki Menbiç'te 5 kişi öldü.",
        [("manbij", "kurdish", "held")],
    ),
    # Turkish: cleared of a side; the side as the adjective of the ones taken from
    (
        "tr_cleared",
        "ÖSO, Mare ilçesini teröristlerden temizledi.",
        [("marea", "rebels", "captured")],
    ),
    (
        "tr_cleared",
        "Türk Silahlı Kuvvetleri ve ÖSO, Cinderes ilçesini PKK/YPG'li teröristlerden temizledi.",
        [("jinderes", "rebels", "captured")],
    ),
    (
        "tr_cleared",
        "ÖSO, dün Tel Rıfat'ı DEAŞ'tan tamamen temizlemişti.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "tr_from_adjective",
        "TSK ve ÖSO, Raco'yu PKK/YPG'li teröristlerden ele geçirdi.",
        [("raju", "rebels", "captured")],
    ),
    # Arabic: a liberation of "the town" done, no agent: the one side its sentence names
    (
        "ar_after_liberation",
        "جندي في الجيش السوري يلتقي بأهله في بلدة خان طومان بريف حلب بعد تحرير البلدة.",
        [("khan-tuman", "government", "captured")],
    ),
    (
        "ar_after_liberation",
        "عاد مقاتلو المعارضة إلى قرية تل رفعت بعد تحرير القرية.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "ar_after_liberation",
        "عاد الأهالي إلى مدينة منبج بعد تحرير المدينة من قبل قوات سوريا الديمقراطية.",
        [("manbij", "kurdish", "captured")],
    ),
    # Arabic: a thing a side seized inside the place named after it
    (
        "ar_seized_in",
        "مزق أشخاص صورة عند مدخل قاعدة عسكرية استولى عليها مسلحو المعارضة في منطقة الزربة.",
        [("zirbeh", "rebels", "captured")],
    ),
    (
        "ar_seized_in",
        "يظهر المطار الذي سيطرت عليه قوات النظام في منطقة النيرب بعد معارك عنيفة.",
        [("nayrab", "government", "captured")],
    ),
    (
        "ar_seized_in",
        "دخل الصحفيون إلى المستشفى الذي استولى عليه تنظيم داعش في بلدة الباب.",
        [("al-bab", "islamic_state", "captured")],
    ),
    # Arabic: a part of the city "in the middle of" or "inside" it
    (
        "ar_part_amid",
        "صور من الأحياء الخاضعة لسيطرة النظام وسط مدينة حلب، شمالي البلاد.",
        [("aleppo", "government", "held")],
    ),
    (
        "ar_part_amid",
        "انتشرت الحواجز في الأحياء التي يسيطر عليها الثوار داخل مدينة حلب.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "ar_part_amid",
        "سقطت قذيفة على الأحياء الخاضعة لسيطرة المعارضة وسط حلب.",
        [("aleppo", "rebels", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a former stronghold
    ("ko_former_stronghold", "IS의 옛 근거지 만비즈에서 주민들이 돌아오고 있다."),
    ("ko_former_stronghold", "IS의 근거지였던 만비즈에서 주민들이 돌아오고 있다."),
    # an aim, a failure
    ("ko_aim", "반군이 알레포를 탈환하려 한 뒤 주민들이 떠났다."),
    ("ko_aim", "반군이 알레포를 되찾으려 하고 있다."),
    ("ko_failed", "쿠르드 민병대가 코바니를 되찾지 못했다."),
    ("zh_aim", "政府军试图从反对派手中夺回阿勒颇东部。"),
    ("ko_aim_relative", "알레포를 장악하려는 반군이 공세를 펴고 있다."),
    ("ko_attack_relative", "알레포를 공격한 반군이 후퇴했다."),
    ("ko_former_relative", "IS가 장악했던 만비즈에서 주민들이 돌아왔다."),
    # people who fled a siege: no holding said
    ("fa_fled", "مردم کوبانی از محاصره داعش گریختند."),
    # a clearing under way, expected, or of rubble
    ("tr_under_way", "ÖSO, Afrin'deki köyleri teröristlerden temizlemeyi sürdürüyor."),
    ("tr_expected", "ÖSO'nun El Bab'ı DEAŞ'tan temizlemesi bekleniyor."),
    ("tr_rubble", "Belediye ekipleri Azez'in sokaklarını enkazdan temizledi."),
    # a liberation with no side named, or with two, or only aimed at
    ("ar_no_side", "عاد الأهالي إلى بلدة خان طومان بعد تحرير البلدة."),
    ("ar_two_sides", "قوات النظام ومقاتلو المعارضة في بلدة خان طومان بعد تحرير البلدة."),
    ("ar_aim", "الجيش السوري يستعد لتحرير البلدة بعد وصوله إلى أطراف خان طومان."),
    ("ar_seize_aim", "قاعدة عسكرية يحاول مسلحو المعارضة السيطرة عليها في منطقة الزربة."),
    # an operation's aim
    ("ar_aim", "أطلقت تركيا عملية لتطهير مدينة عفرين من الإرهاب."),
    ("ar_aim", "بدأت القوات عملية في مدينة عفرين بهدف تطهيرها من المسلحين."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
