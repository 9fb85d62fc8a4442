"""Control statements in European and other languages, round 19: the kinds the dev sets missed.

- "the city" with its demonstrative after it as a verb's object, in Indonesian, Malay and
  Vietnamese ("merebut *kota itu*", "giành lại quyền kiểm soát *thành phố này*"): the one town or
  city named before; after a verb of holding too ("menguasai kota itu"), as the demonstrative
  makes it the place named before;
- a Vietnamese city word between the verb and the name ("giành lại quyền kiểm soát *thành phố*
  X"), and the bare Indonesian army as a subject ("*militer* menyatakan ...");
- "the city" opening a sentence, with a passive and its agent after it ("La ville a été libérée
  par ...", "La città è stata riconquistata dall'esercito"), a month between the participle and
  the agent ("libérée *en janvier* par"), an elided Italian article as the agent's ("dall'"),
  the German passive with its agent before the participle ("Die Stadt wurde von der YPG
  zurückerobert");
- Russian "all the districts of X" as a capture's object: the whole city;
- Hebrew sides and verbs of taking ("המורדים כבשו את X"), with its negations and attempts.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # the town with its demonstrative, after a verb of taking or holding
    (
        "demonstrative_town",
        "Warga Manbij merayakan setelah pasukan SDF merebut kota itu.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "demonstrative_town",
        "Ribuan warga Aleppo berpawai setelah tentara Suriah merebut kembali kota tersebut.",
        [("aleppo", "government", "captured")],
    ),
    (
        "demonstrative_town",
        "Warga Aleppo turun ke jalan setelah militer menyatakan sudah sepenuhnya menguasai kota "
        "itu.",
        [("aleppo", "government", "held")],
    ),
    (
        "demonstrative_town",
        "Người dân Aleppo ăn mừng sau khi quân đội Syria giành lại quyền kiểm soát thành phố này.",
        [("aleppo", "government", "captured")],
    ),
    (
        "demonstrative_town",
        "Người dân Manbij xuống đường sau khi quân đội Syria tuyên bố đã giành lại toàn bộ quyền "
        "kiểm soát thành phố này từ tay phiến quân.",
        [("manbij", "government", "captured")],
    ),
    # the Vietnamese city word before the name
    (
        "vi_city_word",
        "Quân đội Syria giành lại quyền kiểm soát thành phố Aleppo.",
        [("aleppo", "government", "captured")],
    ),
    (
        "vi_city_word",
        "Quân đội Syria đã giành lại toàn bộ quyền kiểm soát thành phố Aleppo từ tay phiến quân.",
        [("aleppo", "government", "captured")],
    ),
    # the bare Indonesian army before its verb
    (
        "id_bare_army",
        "Tentara telah merebut kembali kota Manbij.",
        [("manbij", "government", "captured")],
    ),
    # "the city" opening a sentence, its passive and agent after it
    (
        "anaphor_passive",
        "Kobané en ruines. La ville a été libérée en janvier par les forces kurdes.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "anaphor_passive",
        "Manbij en ruines. La ville a été reprise par les FDS en août.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "anaphor_passive",
        "Al-Bab en ruinas. La ciudad fue tomada en febrero de 2017 por el ejército sirio.",
        [("al-bab", "government", "captured")],
    ),
    (
        "anaphor_passive",
        "Al-Bab distrutta. La città è stata riconquistata dall'esercito siriano a marzo.",
        [("al-bab", "government", "captured")],
    ),
    (
        "anaphor_passive",
        "Manbij em ruínas. A cidade foi retomada em agosto pelas FDS.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "anaphor_passive",
        "Una strada di Sukkari. Il quartiere è controllato dai ribelli.",
        [("sukkari", "rebels", "held")],
    ),
    # the German passive, its agent before the participle
    (
        "anaphor_passive_de",
        "Kobane liegt in Trümmern. Die Stadt wurde von der YPG zurückerobert.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "anaphor_passive_de",
        "Al-Bab liegt in Trümmern. Die Stadt wurde im Februar von der Armee eingenommen.",
        [("al-bab", "government", "captured")],
    ),
    (
        "anaphor_passive_de",
        "Sukkari am Morgen. Das Viertel wird von den Rebellen kontrolliert.",
        [("sukkari", "rebels", "held")],
    ),
    # the elided article of the agent, a month before the agent, after the name
    (
        "elided_agent",
        "Al-Bab è stata riconquistata dall'esercito siriano.",
        [("al-bab", "government", "captured")],
    ),
    (
        "month_agent",
        "Kobané a été libérée en janvier par les forces kurdes.",
        [("kobani", "kurdish", "captured")],
    ),
    # Hebrew: a side before its verb of taking, the object after "את" or "על"
    ("he_take", "המורדים כבשו את חלב.", [("aleppo", "rebels", "captured")]),
    (
        "he_take",
        "המורדים הג'יהאדיסטים שכבשו את חלב מתקדמים דרומה.",
        [("aleppo", "rebels", "captured")],
    ),
    ("he_take", "צבא סוריה כבש מחדש את חלב.", [("aleppo", "government", "captured")]),
    ("he_take", "הצבא הסורי השתלט על העיר חלב.", [("aleppo", "government", "captured")]),
    # all the districts of a city: the whole city
    (
        "ru_all_districts",
        "Армия освободила все районы Алеппо.",
        [("aleppo", "government", "captured", "whole")],
    ),
    (
        "ru_all_districts",
        "Армия освободила все кварталы города Алеппо.",
        [("aleppo", "government", "captured", "whole")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a hedge or a wish before the verb
    ("demonstrative_hedged", "Warga Aleppo berharap tentara tidak akan merebut kota itu."),
    ("demonstrative_hedged", "Người dân Aleppo lo sợ phiến quân muốn chiếm thành phố này."),
    # a verb of holding with "the city" without its demonstrative: not read
    ("hold_article_anaphor", "Los vecinos de Alepo dicen que los rebeldes controlan la ciudad."),
    # the army's adjective after a thing ("military vehicle") names no subject
    ("id_adjective", "Kendaraan militer Turki melintasi Azaz."),
    # "the city" with two towns named before, a report, a part, a city of its own name (one
    # the gazetteer lacks: Raqqa and Homs are in it since g24)
    ("anaphor_two", "Alep et Manbij en ruines. La ville a été reprise par les FDS."),
    ("anaphor_hedged", "Kobané en ruines. La ville aurait été libérée par les forces kurdes."),
    ("anaphor_part", "Kobané a été libérée en partie par les forces kurdes."),
    ("anaphor_own_name", "Kobané en ruines. La ville de Mossoul a été libérée par les FDS."),
    (
        "anaphor_de_not",
        "Sukkari am Morgen. Das Viertel wird nicht mehr von den Rebellen kontrolliert.",
    ),
    ("anaphor_de_two", "Al-Bab und Manbij in Trümmern. Die Stadt wurde von der Armee eingenommen."),
    (
        "anaphor_de_report",
        "Kobane liegt in Trümmern. Die Stadt soll von der YPG zurückerobert worden sein.",
    ),
    # Hebrew: not, tried; no side named
    ("he_hedged", "המורדים לא כבשו את חלב."),
    ("he_hedged", "המורדים ניסו לכבוש את חלב."),
    ("he_no_side", "ילדים משחקים בחלב אחרי שכבשו את העיר."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
