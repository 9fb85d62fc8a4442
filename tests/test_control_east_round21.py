"""Control statements in Arabic, Persian, Turkish, Korean, Japanese and Chinese, round 21: the
kinds the newest dev sets missed, each in several wordings of our own.

- the holding phrases still missing: Persian "تحت / در / زیر سیطره" (and "حاکمیت", "تصرف",
  "زیر کنترل") and Arabic "في قبضة", "بقبضة", "في أيدي", "تحت سلطة" after the place; a
  negation after the side, the verb last ("... شورشیان نیست"), takes the holding back;
- the SDF's Arabic name with its brackets or quotes around its last words ("قوات (سوريا
  الديمقراطية)");
- a place named again in a script without capitals (Arabic, Persian, Hebrew, Devanagari): the
  repeat is read like the first mention ("سوريا، حلب: ... وسط مدينة حلب");
- Korean: a side's area named right after the place, a relative's copula after it ("알레포 동부
  반군지역인 X"), whatever the other clauses of the sentence hedge;
- Japanese and Korean: a side's name closed by its short name in brackets before the subject's
  particle ("イスラム国(IS)が");
- Chinese: a day, a month, and the side taken from between the subject and its verb
  ("库尔德武装去年1月从“伊斯兰国”手中夺回X");
- Turkish: the side taken from named with "terror organisation" in the ablative ("PKK/YPG terör
  örgütünden kurtarılan X") is not the taker; a finite passive after the place in the
  nominative ("El Bab ilçesi DEAŞ'tan alındı", "Afrin teröristlerden kurtarıldı"), the taker
  the one side named before it;
- a city split between sides said by its participle before it, or by "this divided city"
  after it, in Chinese, Japanese, Korean and Turkish ("被分割的城市X", "X ... 这座被分割的城市",
  "分断された都市X", "분단된 도시 X", "bölünmüş kent X"): contested;
- Bengali: the sides, the verbs of taking with the place before them and the subject before
  or right after ("বিদ্রোহীরা X দখল করেছে", "X দখল করল বিদ্রোহীরা"), a holding with the side in
  the genitive ("X বিদ্রোহীদের নিয়ন্ত্রণে রয়েছে"); its negations, aims and attempts, a foreign
  army, a place in the locative;
- the verbs, sides and holding phrases each language still lacked: Turkish "Suriye Demokratik
  Güçleri", "Türkiye destekli", the bare "rejim", "kontrolüne aldı"; Persian "نیروهای سوری",
  "مسلط شد", "در اختیار گرفتند"; Urdu "شامی حکومت کی فوج"; Arabic "حرّرت" (its shadda written),
  "استرجع", "استولى على"; Hebrew "בשליטת", "בידי", "נכבשה בידי"; Chinese "光复", "占据";
  Japanese "取り戻した"; Korean "차지했다"; Arabic "تدير" (runs) and "تتحكم في" (controls) a
  place named by its noun; Japanese "X は Y の支配地域だ" (X is Y's area), a possibility
  ("可能性がある") stating nothing.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Persian: under the control of, in other words
    ("fa_sitareh", "محله صاخور تحت سیطره شورشیان است.", [("sakhour", "rebels", "held")]),
    ("fa_sitareh", "قلعه حلب در سیطره ارتش سوریه است.", [("citadel", "government", "held")]),
    (
        "fa_zir_kontrol",
        "محله شیخ مقصود زیر کنترل نیروهای کرد است.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # Arabic: in the grip, in the hands of
    ("ar_grip", "حي الصاخور في قبضة قوات النظام.", [("sakhour", "government", "held")]),
    ("ar_grip", "مدينة عفرين بقبضة الفصائل منذ 2018.", [("afrin", "rebels", "held")]),
    ("ar_hands", "حي الشعار في أيدي المعارضة.", [("shaar", "rebels", "held")]),
    # Arabic: the SDF's name with brackets or quotes
    (
        "ar_sdf_brackets",
        "قوات (سوريا الديمقراطية) تسيطر على سد تشرين",
        [("tishrin-dam", "kurdish", "held")],
    ),
    ("ar_sdf_brackets", "قوات “سوريا الديمقراطية” تسيطر على منبج", [("manbij", "kurdish", "held")]),
    # a repeat of an Arabic name (a dateline's city said again)
    (
        "ar_repeat",
        "سوريا، حلب: صور من الأحياء الخاضعة لسيطرة النظام وسط مدينة حلب.",
        [("aleppo", "government", "held")],
    ),
    # Korean: a side's area right after the place, whatever the sentence's other clauses say
    (
        "ko_area_copula",
        "시리아 알레포 동부 반군지역인 주택가에서 아이들이 놀고 있다.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_area_other_clause",
        "알레포 동부 반군지역에서 구호단체가 준비한 식량이 배급됐다.",
        [("east-aleppo", "rebels", "held")],
    ),
    # Japanese: a side's short name in brackets before its particle
    (
        "ja_bracket_subject",
        "イスラム国(IS)がクルド人が暮らすコバニの街を包囲している。",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "ja_bracket_subject",
        "反体制派(FSA)がアレッポ東部を支配している。",
        [("east-aleppo", "rebels", "held")],
    ),
    # Chinese: a time and the side taken from between the subject and its verb
    (
        "zh_time_gap",
        "库尔德武装去年1月从“伊斯兰国”手中夺回科巴尼。",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "zh_time_gap",
        "叙利亚政府军2016年12月从反对派手中收复阿勒颇东部。",
        [("east-aleppo", "government", "captured")],
    ),
    # Turkish: the side taken from with its "terror organisation" is not the taker
    (
        "tr_terror_from",
        "SMO tarafından PKK/YPG terör örgütünden kurtarılan Münbiç görüntülendi.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "tr_terror_from",
        "ÖSO tarafından DEAŞ terör örgütünün elinden kurtarılan Cerablus'ta hayat normale döndü.",
        [("jarabulus", "rebels", "captured")],
    ),
    # Turkish: a finite passive after the place in the nominative
    (
        "tr_nominative_passive",
        "TSK ve ÖSO tarafından kuşatılan El Bab ilçesi DEAŞ’tan alındı.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "tr_nominative_passive",
        "ÖSO ve TSK tarafından Afrin teröristlerden kurtarıldı.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "tr_nominative_passive",
        "ÖSO güçlerinin ilerlemesiyle Münbiç ilçesi tamamen ele geçirildi.",
        [("manbij", "rebels", "captured")],
    ),
]

# a divided city
STATES += [
    (
        "zh_divided",
        "被分割的城市阿勒颇的一名男子走在废墟中。",
        [("aleppo", "contested", "contested")],
    ),
    (
        "zh_divided",
        "阿勒颇的一名老人坐在家门口。这座被分割的城市里仍有许多儿童。",
        [("aleppo", "contested", "contested")],
    ),
    (
        "ja_divided",
        "分断された都市アレッポで子どもたちが遊ぶ。",
        [("aleppo", "contested", "contested")],
    ),
    (
        "ko_divided",
        "분단된 도시 알레포에서 아이들이 놀고 있다.",
        [("aleppo", "contested", "contested")],
    ),
    ("tr_divided", "Bölünmüş kent Halep'te hayat zor.", [("aleppo", "contested", "contested")]),
]
# Bengali
STATES += [
    ("bn_take", "বিদ্রোহীরা আলেপ্পো দখল করেছে।", [("aleppo", "rebels", "captured")]),
    ("bn_take_inverted", "আলেপ্পো দখল করল বিদ্রোহীরা।", [("aleppo", "rebels", "captured")]),
    ("bn_take", "সিরীয় সেনাবাহিনী আলেপ্পো পুনর্দখল করেছে।", [("aleppo", "government", "captured")]),
    ("bn_take", "কুর্দি যোদ্ধারা আলেপ্পো দখল করেছে।", [("aleppo", "kurdish", "captured")]),
    ("bn_take", "আইএস আলেপ্পোর নিয়ন্ত্রণ নিয়েছে।", [("aleppo", "islamic_state", "captured")]),
    ("bn_held", "আলেপ্পো বিদ্রোহীদের নিয়ন্ত্রণে রয়েছে।", [("aleppo", "rebels", "held")]),
]

# the verbs, sides and holding phrases completed
STATES += [
    ("tr_side", "SDG Münbiç'i ele geçirdi.", [("manbij", "kurdish", "captured")]),
    (
        "tr_side",
        "Türkiye destekli gruplar Tel Rıfat'ı ele geçirdi.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    ("tr_into_control", "ÖSO, Cerablus'u kontrolüne aldı.", [("jarabulus", "rebels", "captured")]),
    ("fa_side", "نیروهای سوری محله صاخور را آزاد کردند.", [("sakhour", "government", "captured")]),
    ("fa_dominant", "داعش بر شهر منبج مسلط شد.", [("manbij", "islamic_state", "captured")]),
    (
        "fa_into_hands",
        "شورشیان کنترل محله صاخور را در اختیار گرفتند.",
        [("sakhour", "rebels", "captured")],
    ),
    ("ur_side", "شامی حکومت کی فوج نے حلب پر قبضہ کر لیا۔", [("aleppo", "government", "captured")]),
    ("ar_shadda", "حرّرت قوات النظام حي الشعار.", [("shaar", "government", "captured")]),
    ("ar_retrieve", "استرجع الجيش السوري حي الشعار.", [("shaar", "government", "captured")]),
    ("he_held", "חלב נמצאת בשליטת צבא סוריה.", [("aleppo", "government", "held")]),
    ("he_taken_by", "העיר חלב נכבשה בידי המורדים.", [("aleppo", "rebels", "captured")]),
    ("zh_take", "叙利亚政府军光复了阿勒颇。", [("aleppo", "government", "captured")]),
    ("zh_hold", "反对派武装占据的阿勒颇东部。", [("east-aleppo", "rebels", "held")]),
    ("ja_take", "政府軍がアレッポ東部を取り戻した。", [("east-aleppo", "government", "captured")]),
    ("ko_take", "반군이 알레포를 차지했다.", [("aleppo", "rebels", "captured")]),
    ("ar_runs", "قوات درع الفرات تدير مدينة عفرين.", [("afrin", "rebels", "held")]),
    ("ar_runs", "الفصائل تتحكم بحي الشعار منذ 2012.", [("shaar", "rebels", "held")]),
    ("ar_runs", "الجيش السوري يدير حي الشعار بعد استعادته.", [("shaar", "government", "held")]),
    ("ja_area", "コバニはISの支配地域になっていた。", [("kobani", "islamic_state", "held")]),
    ("ja_area", "アレッポ東部は反体制派の支配地域だ。", [("east-aleppo", "rebels", "held")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # the completed verbs and phrases, hedged, denied or with no side
    ("tr_no_capture", "Rejim karşıtı gruplar Halep'te gösteri yaptı."),
    ("he_not", "חלב אינה בשליטת המורדים."),
    ("zh_attempt", "反对派武装试图占据阿勒颇东部。"),
    ("ja_aim", "政府軍はアレッポ東部を取り戻そうとしている。"),
    ("ko_aim", "반군이 알레포를 차지하려 한다."),
    ("fa_no_side", "گردشگران بر بام قلعه حلب ایستاده اند."),
    # Arabic: people freed from a building near a place (no capture of the place)
    ("ar_near", "حرّرت الفصائل عددا من الأسرى من مبنى القريب من حي الشعار."),
    # Arabic: a side that runs or controls a thing in a place, a person who runs a shop
    ("ar_runs_thing", "الجيش يتحكم في أسعار الخبز في حي الشعار."),
    ("ar_runs_thing", "يدير أحمد متجرا في حي الشعار."),
    # Japanese: only a possibility
    ("ja_possible", "アレッポ東部は反体制派の支配地域になる可能性がある。"),
    # a word of division that says nothing of a city
    ("zh_divided_other", "阿勒颇一名男子走在废墟中。分裂的家庭很多。"),
    # Bengali: not, an aim, an attempt, a foreign army alone, a place in the locative only
    ("bn_not", "আলেপ্পো বিদ্রোহীদের নিয়ন্ত্রণে নেই।"),
    ("bn_aim", "বিদ্রোহীরা আলেপ্পো দখল করতে চায়।"),
    ("bn_attempt", "বিদ্রোহীরা আলেপ্পো দখলের চেষ্টা করছে।"),
    ("bn_foreign", "তুর্কি সেনাবাহিনী আলেপ্পো দখল করেছে।"),
    ("bn_locative", "আলেপ্পোতে একটি শিশু।"),
    ("bn_locative", "আলেপ্পোতে বিদ্রোহীরা একটি ঘাঁটি দখল করেছে।"),
    # Turkish: a thing taken in a place, a photo taken, a capture to come, a foreign army alone
    ("tr_thing_taken", "Halep kırsalında mühimmat ele geçirildi."),
    ("tr_photo", "Fotoğraf Halep'ten alındı."),
    ("tr_photo", "Halep fotoğrafı dün alındı."),
    ("tr_future", "ÖSO güçleri ilerliyor, Münbiç ilçesi yakında ele geçirilecek."),
    ("tr_foreign_alone", "TSK tarafından kuşatılan El Bab ilçesi DEAŞ’tan alındı."),
    # Persian, Arabic: the areas held, not the place; a negation
    ("fa_to_areas", "فرار غیرنظامیان از محله صاخور به مناطق تحت سیطره دولت"),
    ("fa_not", "محله صاخور تحت سیطره شورشیان نیست."),
    ("fa_not", "محله صاخور در کنترل شورشیان نیست."),
    ("ar_not", "حي الصاخور ليس في قبضة قوات النظام."),
    # Chinese: an attempt
    ("zh_attempt", "库尔德武装今年1月试图从“伊斯兰国”手中夺回科巴尼。"),
    # Korean: where the Kurds live is no holding
    ("ko_people_area", "셰이크 막수드 쿠르드족 지역에서 아이들이 놀고 있다."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
