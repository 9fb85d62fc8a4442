"""Parts of a place in other languages than English: a side holds (or took) part of a place.

"na zona de Alepo controlada pelos rebeldes", "la zone d'Alep tenue par le régime", "un
quartiere di Aleppo controllato dai ribelli", "numa zona rebelde em Alepo", "les quartiers tenus
par les rebelles à Alep", "الأحياء التي يسيطر عليها الثوار في مدينة حلب": a statement on the
containing place of ``extent`` ``part``, as the English "a rebel-held area of Aleppo" gives (see
``test_control_parts.py``). The control timeline and the map read only ``whole`` statements.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

from control_cases import Extent, control_case_tests

PARTS: list[tuple[str, str, list[Extent]]] = [
    # a part noun and "of" before the place, its holder named after it
    (
        "part_of_held_after",
        "Uma carrinha passa na zona de Alepo controlada pelos rebeldes, esta terça-feira.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_of_held_after",
        "Des enfants jouent dans la zone d'Alep tenue par le régime, le 3 mars.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "part_of_held_after",
        "Un uomo spinge un carretto in un quartiere di Aleppo controllato dai ribelli.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_of_held_after",
        "Un niño juega en una zona de Alepo controlada por los rebeldes.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_of_held_after",
        "Ein Mann geht durch einen Stadtteil von Aleppo unter Kontrolle der Rebellen.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_of_held_after",
        "طفل يلعب في أحياء حلب التي يسيطر عليها الثوار.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_of_held_after",
        "أطفال في أحياء حلب الخاضعة لسيطرة قوات النظام.",
        [("aleppo", "government", "held", "part")],
    ),
    # ... or the side that took it
    (
        "part_of_taken_after",
        "Un homme marche dans le quartier d'Alep repris par l'armée syrienne.",
        [("aleppo", "government", "captured", "part")],
    ),
    (
        "part_of_taken_after",
        "Uma mulher caminha no bairro de Alepo retomado pelo regime.",
        [("aleppo", "government", "captured", "part")],
    ),
    # a side's adjective after the part noun, "of" or "in" and the place
    (
        "part_adjective",
        "Um homem caminha numa zona rebelde em Alepo, no norte da Síria.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_adjective",
        "Des enfants jouent dans les quartiers rebelles d'Alep.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_adjective",
        "Un niño camina entre escombros en los barrios rebeldes de Alepo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_adjective",
        "Un bambino gioca nei quartieri ribelli di Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_adjective",
        "Des civils fuient les quartiers rebelles est d'Alep.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_adjective",
        "Ein Kind spielt in den Rebellenvierteln von Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # a part held by a side, said before "in" and the place
    (
        "part_held_before_in",
        "Des enfants jouent dans les quartiers tenus par les rebelles à Alep.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_held_before_in",
        "Uma criança brinca nos bairros controlados pelos rebeldes em Alepo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_held_before_in",
        "Un uomo nei quartieri controllati dai ribelli ad Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_held_before_in",
        "دمار في الأحياء التي يسيطر عليها الثوار في مدينة حلب.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "part_held_before_in",
        "أطفال في الأحياء الخاضعة لسيطرة قوات النظام في حلب.",
        [("aleppo", "government", "held", "part")],
    ),
    # the whole place, its holder named after it, stays whole
    (
        "whole",
        "Alepo, controlada pelos rebeldes, vive sob bombardeamentos.",
        [("aleppo", "rebels", "held", "whole")],
    ),
    (
        "whole",
        "طفل يلعب في حلب التي يسيطر عليها الثوار.",
        [("aleppo", "rebels", "held", "whole")],
    ),
]

PARTS_NONE: list[tuple[str, str]] = [
    # the part is not "of" or "in" the place: near it, a bearing from it, a verb between
    ("near", "Un niño de un barrio rebelde huye a Alepo."),
    ("near", "Des habitants des quartiers rebelles arrivent près d'Alep."),
    ("near", "Les quartiers tenus par les rebelles, au sud, près d'Alep."),
    ("bearing", "Une zone rebelle au nord d'Alep, le 4 mai."),
    # taken, tried, in the past: the holder before, or no holding
    ("captured_object", "L'armée a repris les quartiers rebelles d'Alep."),
    ("aim", "Os rebeldes tentam retomar os bairros controlados pelo regime em Alepo."),
    ("former", "Des enfants jouent dans les anciens quartiers rebelles d'Alep."),
    ("aim", "Una zona de Alepo que los rebeldes intentan recuperar."),
    # a share of the place, no part noun
    ("share", "A maioria de Alepo controlada pelo regime."),
]


test_states, test_states_none, test_pre_check = control_case_tests(PARTS, PARTS_NONE)
