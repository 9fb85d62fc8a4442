"""Control statements in captions not in English: kinds of wording the world rules missed.

Our own sentences in the agencies' wordings (none copied), with the negatives the rules keep
silent on.

- Korean: a holding before the outskirts of a city's part ("반군이 장악하고 있는 X 서쪽 외곽
  지역": the part is held), a capture's noun called a side's victory ("X 탈환은 정권에 큰
  승리": the side took X), a word referring back to the place as the verb's object ("X의 치안을
  회복해 이곳을 해방했다").
- Spanish, French, Italian: a passive expulsion whose agent is the deed that brought it about
  ("expulsados de X gracias al asedio de una fuerza árabe-kurda": the Kurdish side took X).
- Turkish: a city's part as a verb's object ("X'in doğusunu ele geçirdi", "kentin doğusunu":
  the city named before; a statement on part of the city), a place a side cleared of another
  ("ÖSO'nun DEAŞ'tan temizlediği X").
- Russian: a bare "took" ("взяли X"), a city's part as its object ("взяли центр X": part of the
  city), armed groups as the rebels; a participle, its agent, then the place ("контролируемом
  курдами X"; "контролируемого боевиками района X": part of X).
- Japanese: under a side's rule ("政府統治下のX").
- Arabic: the part of a city a side holds ("الجزء الذي تسيطر عليه المعارضة من مدينة X"), a
  capture noun with "on it" after "following" ("إثر سيطرة قوات النظام عليها": the one place
  named before).
- Portuguese, Spanish, French: the people of a place by their side, then their own besieged
  town ("curdos sírios de X ... sua cidade sitiada": X besieged, held by that side).
- German: a rebel stronghold in a city is a part of it ("Rebellenhochburg in X").
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "ko_part_outskirts",
        "피난민들은 반군이 장악하고 있는 알레포 동쪽 외곽 지역으로 향했다.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "ko_part_outskirts",
        "정부군이 통제하는 알레포 서쪽 외곽지역에서 주민들이 장을 보고 있다.",
        [("west-aleppo", "government", "held")],
    ),
    (
        "ko_victory",
        "알레포 탈환은 아사드 정권에 큰 승리다.",
        [("aleppo", "government", "captured")],
    ),
    (
        "ko_victory",
        "만비즈 탈환은 미국이 지원하는 쿠르드 민병대에게 중요한 승리입니다.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "ko_victory",
        "알레포 동부 함락은 시리아 정부군의 결정적인 승리로 평가된다.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "ko_anaphor",
        "시리아군은 알레포의 치안을 회복해 이곳을 반군으로부터 해방했다고 발표했다.",
        [("aleppo", "government", "captured")],
    ),
    (
        "ko_anaphor",
        "쿠르드 민병대는 만비즈에 진입해 이 도시를 IS로부터 해방했다고 밝혔습니다.",
        [("manbij", "kurdish", "captured")],
    ),
    # Japanese: under a side's rule ("政府統治下のX")
    (
        "ja_under_rule",
        "対照的に政府統治下のアレッポ西部では市民が買い物を楽しむ。",
        [("west-aleppo", "government", "held")],
    ),
    (
        "ja_under_rule",
        "政府支配下のアレッポ西部で遊ぶ子供たち。",
        [("west-aleppo", "government", "held")],
    ),
    ("ja_under_rule", "反体制派統治下のアレッポ東部。", [("east-aleppo", "rebels", "held")]),
    # Arabic: a capture noun, its side and "on it", after "following" (the place named before)
    (
        "ar_noun_on_it",
        "مدنيون خرجوا من منطقة باب الحديد في حلب، إثر سيطرة قوات النظام عليها.",
        [("bab-al-hadid", "government", "captured")],
    ),
    (
        "ar_noun_on_it",
        "نازحون من حي الشعار بعد سيطرة المعارضة عليه.",
        [("shaar", "rebels", "captured")],
    ),
    # Portuguese, Spanish, French: the people of a place by their side, then their own besieged
    # town ("curdos sírios de X ... sua cidade sitiada"): X besieged, held by that side
    (
        "pt_their_besieged_town",
        "Curdos sírios de Kobane enterram um combatente em Suruç, perto de sua cidade sitiada.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "es_their_besieged_town",
        "Los kurdos de Kobane lloran a sus muertos a pocos kilómetros de su ciudad asediada.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "fr_their_besieged_town",
        "Les Kurdes de Kobané manifestent près de leur ville assiégée.",
        [("kobani", "kurdish", "besieged")],
    ),
    # Spanish, French, Italian: a passive expulsion whose agent is the deed it owes itself to
    (
        "es_thanks_agent",
        "Los yihadistas fueron expulsados de la ciudad de Manbij gracias al asedio de una "
        "fuerza árabe-kurda apoyada por Washington.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "es_thanks_agent",
        "Los terroristas fueron expulsados de Manbij gracias a la ofensiva de las milicias kurdas.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "fr_thanks_agent",
        "Les jihadistes ont été chassés de Manbij grâce à l'offensive des Kurdes.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "it_thanks_agent",
        "I jihadisti sono stati cacciati da Manbij grazie all'avanzata dei curdi.",
        [("manbij", "kurdish", "captured")],
    ),
    # Turkish: a place a side cleared of another, before it ("ÖSO'nun DEAŞ'tan temizlediği X")
    (
        "tr_cleared_relative",
        "Muhabirimiz, TSK ve ÖSO'nun DEAŞ'tan temizlediği El-Bab'a girdi.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "tr_cleared_relative",
        "Sivil ekipler, Özgür Suriye Ordusu'nun YPG'den temizlediği Tel Rıfat'ta çalışıyor.",
        [("tall-rifaat", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("ko_outskirts_of_city", "반군이 장악하고 있는 알레포 외곽 마을에서 전투가 벌어졌다."),
    ("ko_outskirts_no_holder", "알레포 동쪽 외곽 지역에서 공습이 이어졌다."),
    ("ko_victory_to_come", "알레포 탈환은 정권에 큰 승리가 될 것이다."),
    ("ko_defeat", "알레포 탈환은 반군에 큰 패배다."),
    ("ko_victory_aim", "정부군은 알레포 탈환을 위해 공세를 준비하고 있다."),
    ("ko_anaphor_other_side", "정부군은 알레포를 공습한 뒤 반군이 이곳을 장악했다고 밝혔다."),
    ("ko_anaphor_plan", "시리아군은 알레포에 도착해 이곳을 해방할 계획이라고 밝혔다."),
    (
        "es_thanks_no_deed",
        "Los rebeldes fueron expulsados de Hanano gracias al apoyo de la aviación rusa.",
    ),
    (
        "es_thanks_help",
        "Los yihadistas fueron expulsados de Manbij gracias a la ayuda de los kurdos.",
    ),
]


# a city's part taken or held: a statement on the city, of part of it
PARTS: list[tuple[str, str, list[Extent]]] = [
    (
        "tr_part_object",
        "Muhalifler Halep'in doğusunu ele geçirdi.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "tr_part_object_city_noun",
        "Muhalif gruplar 2012'de Halep'e saldırmış, ancak kentin yalnızca doğusunu ele "
        "geçirebilmişlerdi.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "tr_part_object_city_noun",
        "Rejim güçleri Halep'e girdi ve şehrin batı kesimini kontrol altına aldı.",
        [("aleppo", "government", "captured", "part")],
    ),
    # Russian: a city's part as the object of a bare "took" ("взяли центр X"), armed groups as
    # the rebels
    (
        "ru_part_object",
        "Вооруженные группировки взяли центр Алеппо.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "ru_part_object",
        "Повстанцы заняли центр города Алеппо.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "ru_bare_took",
        "Незаконные вооруженные формирования взяли Манбидж.",
        [("manbij", "rebels", "captured", "whole")],
    ),
    # Russian: the participle, its agent, then the place ("контролируемого боевиками района X":
    # a district of the city)
    (
        "ru_participle_part",
        "Жители контролируемого боевиками района Алеппо получают гуманитарную помощь.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "ru_participle",
        "Разрушения в контролируемом курдами Манбидже.",
        [("manbij", "kurdish", "held", "whole")],
    ),
    (
        "ru_participle",
        "Дети в освобожденном сирийской армией городе Манбидж.",
        [("manbij", "government", "captured", "whole")],
    ),
    # Arabic: the part of a city a side holds ("الجزء الذي تسيطر عليه المعارضة من مدينة X")
    (
        "ar_part_held",
        "أطفال يلعبون في الجزء الذي تسيطر عليه المعارضة المسلحة من مدينة حلب.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "ar_part_held",
        "مدنيون في الأحياء التي تسيطر عليها قوات النظام في حلب.",
        [("aleppo", "government", "held", "part")],
    ),
    # German: a rebel stronghold in a city is a part of it (English "a rebel stronghold in X")
    (
        "de_stronghold_in",
        "Zerstörung nach einem Luftangriff auf eine Rebellenhochburg in Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "de_stronghold_in",
        "Rauch steigt über den Rebellenhochburgen in Aleppo auf.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "de_stronghold_named",
        "Luftangriffe auf die Rebellenhochburg Ost-Aleppo gehen weiter.",
        [("east-aleppo", "rebels", "held", "whole")],
    ),
]


test_states, test_states_none, test_pre_check = control_case_tests(PARTS + STATES, STATES_NONE)
