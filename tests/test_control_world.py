"""Control statements in other languages than English: changes of hands, contests, subjects.

Each kind is written in several languages and wordings of agency captions (our own captions,
none copied), with the negatives the rules must keep silent on: a holder put in the past, a
holding inside a capture's object, an attempt, a part, a side named as the one fought, a
"jihadist" subject with no side named before it.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a holder put in the past, then the change of hands that names the new one
    (
        "former_then_fall",
        "El distrito de Haydariyeh, hasta ahora en manos del régimen, ha pasado a manos de los "
        "insurgentes este domingo.",
        [("haydariyeh", "rebels", "captured")],
    ),
    (
        "former_then_fall",
        "Sukkari, jusque-là tenu par l'armée, est passé dimanche sous le contrôle des rebelles.",
        [("sukkari", "rebels", "captured")],
    ),
    (
        "former_then_fall",
        "Jarabulus, antigo reduto do Estado Islâmico, está agora nas mãos dos rebeldes.",
        [("jarabulus", "rebels", "held")],
    ),
    # a holding followed by a fall in its clause: the fall is the statement
    (
        "held_then_fall",
        "Il villaggio di Deir Hafer, controllato dai ribelli, è caduto nelle mani dello Stato "
        "islamico.",
        [("dayr-hafir", "islamic_state", "captured")],
    ),
    # handovers after the place
    (
        "handover",
        "O bairro de Shaar passou para o controle das forças do governo na quinta-feira.",
        [("shaar", "government", "captured")],
    ),
    (
        "handover",
        "Il quartiere di Haydariyeh è passato sotto il controllo dell'esercito siriano.",
        [("haydariyeh", "government", "captured")],
    ),
    (
        "handover",
        "Tal Rifaat geriet am Montag unter die Kontrolle der kurdischen Milizen.",
        [("tall-rifaat", "kurdish", "captured")],
    ),
    ("handover", "Azaz fiel an die Freie Syrische Armee.", [("azaz", "rebels", "captured")]),
    (
        "handover",
        "Під контроль сирійської армії перейшов квартал Ханано.",
        [("hanano", "government", "captured")],
    ),
    # a holding of a place its clause captures is the holder before
    (
        "held_in_capture",
        "L'armée syrienne s'est emparée lundi du quartier de Jabal Badro, tenu par les insurgés "
        "depuis l'été 2012.",
        [("jabal-badro", "government", "captured")],
    ),
    # subjects that refer back, and the state media's "terrorists"
    (
        "anaphor",
        "Les combattants de l'EI ont attaqué à l'aube. Les jihadistes se sont emparés de Dabiq.",
        [("dabiq", "islamic_state", "captured")],
    ),
    (
        "anaphor",
        "Die Kämpfer der IS-Miliz rückten nachts vor. Die Dschihadisten haben Dabiq eingenommen.",
        [("dabiq", "islamic_state", "captured")],
    ),
    (
        "anaphor",
        "Террористы захватили квартал Шейх-Саид.",
        [("sheikh-saeed", "rebels", "captured")],
    ),
    ("anaphor", "ДАИШ захватил город Эль-Баб.", [("al-bab", "islamic_state", "captured")]),
    # contests
    (
        "fight_for",
        "Kurdes et rebelles se disputent le contrôle de Cheikh Maqsoud depuis mardi.",
        [("sheikh-maqsoud", "contested", "contested")],
    ),
    (
        "fight_for",
        "Sigue la batalla por el control del barrio de Bustan al-Qasr.",
        [("bustan-al-qasr", "contested", "contested")],
    ),
    (
        "fight_for",
        "Combatentes curdos e rebeldes lutam pelo controle de Tal Rifaat.",
        [("tall-rifaat", "contested", "contested")],
    ),
    ("fight_for", "Бои за Эль-Баб не утихают.", [("al-bab", "contested", "contested")]),
    (
        "fight_for",
        "تتواصل المعارك للسيطرة على حي الشيخ سعيد",
        [("sheikh-saeed", "contested", "contested")],
    ),
    (
        "fight_for",
        "Dabiq için süren çatışmalar yoğunlaştı.",
        [("dabiq", "contested", "contested")],
    ),
    (
        "fight_for",
        "El Bab'ın kontrolü için çatışmalar sürüyor.",
        [("al-bab", "contested", "contested")],
    ),
    # a side's adjective after a place noun, before or after the name
    (
        "adjective",
        "Des civils quittent la ville rebelle assiégée de Deir Hafer.",
        [("dayr-hafir", "rebels", "held")],
    ),
    (
        "adjective",
        "Bombardeos sobre el bastión rebelde de Tariq al-Bab.",
        [("tariq-al-bab", "rebels", "held")],
    ),
    ("adjective", "Una calle de Azaz, ciudad rebelde.", [("azaz", "rebels", "held")]),
    (
        "adjective",
        "Kinder spielen in der Rebellenhochburg Deir Hafer.",
        [("dayr-hafir", "rebels", "held")],
    ),
    (
        "adjective",
        "İsyancıların elindeki Dabiq köyünde bir pazar.",
        [("dabiq", "rebels", "held")],
    ),
    # ... but not in the object of a capture: the holder before it
    (
        "adjective_capture",
        "L'armée a repris la ville rebelle de Deir Hafer.",
        [("dayr-hafir", "government", "captured")],
    ),
    # German and Dutch relative holdings
    (
        "relative",
        "Zivilisten in Manbidsch, das von der SDG kontrolliert wird.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "relative",
        "Volgens het leger is Jabal Badro volledig onder controle van regeringstroepen.",
        [("jabal-badro", "government", "held")],
    ),
    # the army alone is Syria's
    ("army", "سيطر الجيش على مدينة حلب", [("aleppo", "government", "captured")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # a holder put in the past with no change after it
    ("former", "Jarabulus, antigo reduto do Estado Islâmico, foi bombardeada."),
    ("former", "Manbij, ancien fief de l'EI, vu depuis une colline."),
    # a "jihadist" subject with no side named before it
    (
        "anaphor_none",
        "Les jihadistes se sont emparés de Dabiq après des combats avec les rebelles.",
    ),
    ("anaphor_none", "Cihatçılar El Bab'ı ele geçirdi."),
    # "terrorists" when IS is named in the caption: not the rebels
    ("anaphor_none", "Террористы захватили Эль-Баб, сообщили в ИГИЛ."),
    # a holding inside the object of an attempt
    ("adjective_aim", "El ejército intenta recuperar Azaz, ciudad rebelde."),
    # a Kurdish adjective names people; a city is never one side's whole
    ("adjective_people", "Une rue du quartier kurde de Cheikh Maqsoud."),
    # a part of the place, a claim
    ("part", "Le quartier de Sukkari est passé en partie sous le contrôle des rebelles."),
    ("claim", "Regierungstruppen behaupten, Sukkari zurückerobert zu haben."),
    # fighting near a place, not for it
    ("near", "Des combats pour le contrôle de la route près de Deir Hafer."),
    # fighting in a place is no fight for it (a fight *for* it is contested: "için")
    ("fight_in", "Dabiq'te çatışmaların sürdüğü bildirildi."),
    ("fight_in", "Halep kent merkezinde süren çatışmalar görüntülendi."),
    ("fight_in", "Münbiç'te çatışmalar devam ediyor."),
    # a foreign army names no side of the war (Turkey's, Russia's), in Arabic and Turkish
    ("abroad_army", "سيطر الجيش التركي على مدينة عفرين"),
    ("abroad_army", "سيطر الجيش الروسي على مدينة حلب"),
    ("abroad_army", "Türk ordusu Afrin'i ele geçirdi."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_finds_a_cyrillic_trigger_at_a_sentence_start() -> None:
    assert lexicon.may_state_control("Бои за Эль-Баб не утихают.")
    assert not lexicon.may_state_control("Жители Эль-Баба возвращаются домой.")


def test_one_list_of_former_words_for_every_language() -> None:
    # the English words are the lexicon's own, but "once" (Spanish "eleven")
    assert set(lexicon.FORMERLY) - {"once"} <= set(lexicon.WORLD_FORMERLY)
    assert "once" not in lexicon.WORLD_FORMERLY
