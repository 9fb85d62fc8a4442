"""Control statements in Turkish, Arabic, German and Spanish captions: the words that link a side
or a place to a statement, and the ones that move it elsewhere.

- Turkish: a siege before the place, its side in the genitive ("rejim güçlerinin *kuşatması
  altındaki* X", "IŞİD'in *kuşattığı* X"); a place in the genitive before another only
  locates it ("Halep'in El Bab ilçesi"): a participle before it ("ÖSO'nun kurtardığı Halep'in
  El Bab ilçesi") describes the next one;
  a place "cleared of terror" ("terörden arındırılan X", "teröristlerden temizlenen X") is the
  Turkish press's word for the places Turkey and the factions it backs took, the rebels' when no
  side is named.
- Arabic: a capture noun whose side comes with its allies or with a foreign army before "على"
  ("سيطرة قوات النظام وحلفائها على X"): that side's; a liberation with its agent after the place
  ("تحرير X على يد ..."); the factions' offensive of 2024 by its names ("ردع العدوان").
- German: a place "fought over" that a capture verb then takes ("die umkämpfte Stadt X
  eingenommen") is taken, not contested.
- Spanish: an area held "en el área controlada por ..." after a place is that area, not the place
  before it.

Our own sentences in the agencies' wordings (none copied), with the negatives.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "tr_genitive_locates",
        "ÖSO'nun DEAŞ'ten kurtardığı Halep'in El Bab ilçesinde bayram sevinci yaşanıyor.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "tr_genitive_locates",
        "ÖSO'nun DEAŞ'ten kurtardığı Halep'in Azez ilçesinde hayat normale döndü.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "tr_terror_cleared",
        "Teröristlerden temizlenen Afrin'de, bir Türk askeri tankla geçerken halk onu selamladı.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "tr_terror_cleared",
        "Zeytin Dalı Harekatı ile terörden arındırılan Afrin'de çarşı yeniden açıldı.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "tr_terror_cleared",
        "Terör örgütünden temizlenen Tel Rıfat'ta okullar yeniden açıldı.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    # Turkish: a siege before the place, its side in the genitive; HTS by its Turkish name
    (
        "tr_siege_before",
        "Rejim güçlerinin kuşatması altındaki Doğu Halep'te insani durum kötüleşiyor.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "tr_siege_before",
        "Esed rejiminin kuşattığı Doğu Halep'te gıda tükeniyor.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    ("tr_hts", "Heyet Tahrir el Şam, Halep'i ele geçirdi.", [("aleppo", "rebels", "captured")]),
    (
        "ar_noun_allies",
        "بعد ساعات من سيطرة قوات النظام وحلفائها على حيي الشيخ سعيد والصالحين.",
        [("salheen", "government", "captured"), ("sheikh-saeed", "government", "captured")],
    ),
    (
        "ar_noun_allies",
        "عاد السكان بعد سيطرة قوات النظام والميليشيات الموالية لها على حي الصاخور.",
        [("sakhour", "government", "captured")],
    ),
    (
        "ar_noun_foreign",
        "اشتد القتال عقب سيطرة القوات التركية والفصائل المعارضة القريبة منها على مدينة الباب.",
        [("al-bab", "rebels", "captured")],
    ),
    # Arabic: a liberation with its agent "على يد"; the offensive of 2024 by its names
    (
        "ar_agent_hand",
        "بعد تحرير مدينة منبج على يد قوات سوريا الديمقراطية عاد السكان.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "ar_offensive_2024",
        "سيطرت إدارة العمليات العسكرية على مدينة حلب.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ar_offensive_2024",
        "فصائل «ردع العدوان» تسيطر على مدينة حلب.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "de_contested_taken",
        "Die FSA hat die umkämpfte Stadt Afrin eingenommen.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "de_contested",
        "Rauch über der umkämpften Stadt Afrin.",
        [("afrin", "contested", "contested")],
    ),
    (
        "es_area_after",
        "Familias de Alepo oriental llegan al área controlada por el gobierno de Jibreen.",
        [("jibreen", "government", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # Turkish: cleared of mines, not of a side; an aim
    ("tr_mines", "Mayınlardan temizlenen Afrin yollarında trafik başladı."),
    ("tr_aim", "Afrin'de teröristlerden temizlenecek bölgeler için operasyon sürüyor."),
    # Turkish: a siege with no side named
    ("tr_siege_no_side", "Kuşatma altındaki Doğu Halep'te yardım bekleniyor."),
    # Arabic: two sides before "على"; an aim
    ("ar_two_sides", "بعد سيطرة قوات النظام والقوات الكردية على حي الصاخور."),
    ("ar_aim", "تسعى قوات النظام وحلفائها للسيطرة على حي الصاخور."),
    # Arabic: a liberation with no agent named
    ("ar_no_agent", "احتفل السكان بتحرير مدينة منبج."),
    ("ar_no_agent", "بعد تحرير مدينة الباب من داعش."),
    # German: a capture only reported ("soll ... eingenommen haben")
    ("de_reported", "Die FSA soll am Sonntag die stark umkämpfte Stadt Afrin eingenommen haben."),
    # Spanish: the people come from the place to an area held by a side
    ("es_area_after", "Familias de Alepo oriental llegan a la zona controlada por el gobierno."),
    (
        "es_area_after",
        "Familias de Alepo oriental buscan comida en el área controlada por el gobierno.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
