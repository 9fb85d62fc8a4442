"""Control clauses in French, read by the world rules from the world tables: holdings after the
place
("tenu par les rebelles", "aux mains des forces kurdes", "sous le contrôle de l'organisation État
islamique", "fief du groupe État islamique"; "Alep, fief rebelle": a part of a city), captures by
the sides' many names ("les forces prorégime", "les rebelles soutenus par Ankara", "l'armée turque
et ses alliés rebelles"), a side driven out ("ont chassé l'EI de X"), a place freed from a side
("libérée de l'EI par les FDS") and a fight for the place. A foreign army alone, a report in the
conditional ("aurait repris"), a wish, an attempt, an aim and fighting in a place state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # more wordings: holdings, captures by the sides' names, parts of a city held
    (
        "fr_more",
        "Des civils dans les quartiers rebelles assiégés d'Alep-Est.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "fr_more",
        "Alep-Est, aux mains des rebelles depuis 2012.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "fr_more",
        "Alep, entièrement contrôlée par le régime depuis décembre 2016.",
        [("aleppo", "government", "held")],
    ),
    (
        "fr_more",
        "L'armée syrienne a reconquis le quartier de Hanano.",
        [("hanano", "government", "captured")],
    ),
    ("fr_more", "L'armée a libéré le quartier de Hanano.", [("hanano", "government", "captured")]),
    (
        "fr_more",
        "Le quartier de Hanano a été reconquis par l'armée.",
        [("hanano", "government", "captured")],
    ),
    (
        "fr_more",
        "Les FDS ont chassé les jihadistes de l'EI de Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    ("fr_more", "Kobané, tenue par les forces kurdes.", [("kobani", "kurdish", "held")]),
    (
        "fr_more",
        "Les Forces démocratiques syriennes ont pris Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "fr_more",
        "Les forces loyalistes ont repris Alep-Est.",
        [("east-aleppo", "government", "captured")],
    ),
    ("fr_more", "Afrin, sous contrôle des rebelles proturcs.", [("afrin", "rebels", "held")]),
    (
        "fr_more",
        "Azaz, tenue par des rebelles soutenus par la Turquie.",
        [("azaz", "rebels", "held")],
    ),
    ("fr_more", "Hanano, un quartier rebelle d'Alep.", [("hanano", "rebels", "held")]),
    (
        "fr_more",
        "Le régime a repris le contrôle total d'Alep.",
        [("aleppo", "government", "captured")],
    ),
    (
        "fr_more",
        "Les forces gouvernementales ont repris le contrôle de la ville d'Alep.",
        [("aleppo", "government", "captured")],
    ),
    (
        "fr_more",
        "Des civils dans les quartiers rebelles assiégés d'Alep.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "fr_states",
        "Un enfant dans le quartier de Hanano, tenu par les rebelles.",
        [("hanano", "rebels", "held")],
    ),
    (
        "fr_states",
        "Le quartier de Hanano, contrôlé par le régime, le 3 décembre.",
        [("hanano", "government", "held")],
    ),
    (
        "fr_states",
        "La ville d'Afrin, aux mains des forces kurdes, le 20 janvier.",
        [("afrin", "kurdish", "held")],
    ),
    (
        "fr_states",
        "Manbij, sous le contrôle de l'organisation État islamique.",
        [("manbij", "islamic_state", "held")],
    ),
    ("fr_states", "Alep, fief rebelle, le 3 août 2012.", [("aleppo", "rebels", "held")]),
    ("fr_states", "Al-Bab, fief du groupe État islamique.", [("al-bab", "islamic_state", "held")]),
    (
        "fr_states",
        "Les forces prorégime ont repris le quartier de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "fr_states",
        "Les milices pro-Assad se sont emparées du quartier de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "fr_states",
        "Des soldats syriens ont repris le quartier de Hanano samedi.",
        [("hanano", "government", "captured")],
    ),
    (
        "fr_states",
        "Les rebelles soutenus par Ankara ont repris Al-Bab à l'EI.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "fr_states",
        "Les rebelles soutenus par Ankara se sont emparés d'Al-Bab.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "fr_states",
        "L'armée turque et ses alliés rebelles ont pris Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "fr_states",
        "Les forces kurdes ont chassé l'EI de Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "fr_states",
        "Manbij, libérée de l'EI par les FDS, le 13 août.",
        [("manbij", "kurdish", "captured")],
    ),
    ("fr_states", "Manbij, libérée de l'EI, le 13 août.", [("manbij", "unknown", "lost")]),
    (
        "fr_states",
        "Violents combats pour le quartier de Hanano.",
        [("hanano", "contested", "contested")],
    ),
    # a side's share of a city ("la partie rebelle d'Alep"): a part of the city, also when a
    # part of it is named after
    (
        "fr_share",
        "Des enfants dans la partie rebelle d'Alep.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "fr_share",
        "Un marché dans la partie gouvernementale d'Alep.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "fr_share",
        "Des immeubles détruits dans la partie rebelle d'Alep, dans l'est de la ville.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # a siege by its verb: the besieged side holds the place
    (
        "fr_siege_verb",
        "Les rebelles assiègent Nubl et Zahraa.",
        [("nubl", "government", "besieged"), ("zahraa", "government", "besieged")],
    ),
    # the YPG by its French name; a side defending a place holds it
    (
        "fr_defend",
        "Les Unités de protection du peuple contrôlent Kobané.",
        [("kobani", "kurdish", "held")],
    ),
    ("fr_defend", "Les combattants kurdes défendent Kobané.", [("kobani", "kurdish", "held")]),
    # a day between the participle and its agent; the FDS without the plural's s
    (
        "fr_when",
        "Kobané a été libérée le 26 janvier par les forces kurdes.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "fr_when",
        "Manbij, libérée par les Forces démocratiques syrienne.",
        [("manbij", "kurdish", "captured")],
    ),
    # a capture announced by its taker; Turkey's army with its Syrian allies
    (
        "fr_declared",
        "L'armée a annoncé la reprise de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "fr_declared",
        "L'armée turque et ses alliés syriens ont pris Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    # unnamed besieged quarters, the part of the city named before them
    (
        "fr_sieged_parts",
        "Dans l'est d'Alep, les habitants des quartiers assiégés par le régime manquent de tout.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    # a capture noun of "the city" with its agent: the city named before
    (
        "fr_noun_anaphor",
        "Des habitants de Manbij après la libération de la ville par les FDS.",
        [("manbij", "kurdish", "captured")],
    ),
    # a city split in two, one part before its name and the other after it, two sides named
    (
        "fr_two_parts",
        "Une partie d'Alep est tenue par le régime, l'autre par les rebelles.",
        [("aleppo", "contested", "contested")],
    ),
    # freed from a side, its taker the one side that drives it out in the next sentence
    (
        "fr_next_taker",
        "La ville de Manbij a été libérée de l'EI le 12 août. Les FDS, appuyées par la "
        "coalition, en ont chassé les jihadistes.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "fr_next_taker",
        "Manbij a été libérée de l'EI. Les habitants fêtent.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "fr_next_taker",
        "Manbij a été libérée de l'EI. Les FDS et les rebelles en ont chassé les jihadistes.",
        [("manbij", "unknown", "lost")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # wishes, threats, an encirclement, a mere presence
    ("fr_more_none", "Le régime syrien veut reprendre le contrôle d'Alep."),
    ("fr_more_none", "L'armée s'apprête à reprendre Alep."),
    ("fr_more_none", "Les rebelles menacent de reprendre Alep."),
    ("fr_more_none", "Les forces kurdes encerclent Manbij."),
    ("fr_more_none", "Un combattant rebelle à Alep."),
    ("fr_none", "L'armée turque a pris Afrin."),
    ("fr_none", "Les troupes turques à Afrin, dans le nord de la Syrie."),
    ("fr_none", "L'armée aurait repris le quartier de Hanano, selon la télévision d'État."),
    ("fr_none", "Le régime veut reprendre Alep."),
    ("fr_none", "L'armée tente de reprendre le quartier de Hanano."),
    ("fr_none", "Les rebelles lancent une offensive pour reprendre Alep."),
    ("fr_none", "Violents combats à Hanano entre l'armée et les rebelles."),
    ("fr_none", "Après les combats pour le quartier de Hanano, des habitants rentrent."),
    ("fr_none", "Des rebelles soutenus par Ankara à Azaz."),
    ("fr_none", "Les forces prorégime près d'Alep."),
    # a siege by IS names no holder; a share taken; a bearing; positions defended
    ("fr_none17", "L'EI continue d'assiéger Kobané."),
    ("fr_none17", "Des civils dans la partie reprise par l'armée d'Alep."),
    ("fr_none17", "La partie est d'Alep est détruite."),
    ("fr_none17", "Les rebelles défendent leurs positions à Hanano."),
    ("fr_none17", "Des journalistes ont annoncé la reprise de Hanano."),
    ("fr_none17", "Dans l'est d'Alep, les quartiers assiégés manquent de tout."),
    ("fr_none17", "Des habitants de Manbij après la libération de la ville."),
    ("fr_none17", "Des habitants de Manbij et d'Azaz après la libération de la ville par les FDS."),
    ("fr_none17", "Une partie d'Alep est tenue par le régime."),
    ("fr_none17", "Une partie d'Alep est détruite, l'autre est intacte."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_clauses_through() -> None:
    for _, caption, _ in STATES:
        assert lexicon.may_state_control(caption), caption
