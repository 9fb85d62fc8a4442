"""Control statements, round 22: statements that must not be made (precision).

- a holding said in a past tense of its own time with its start ("X had been occupied by IS
  since 2014", "X était tenue par l'EI depuis 2014", "X había sido ocupada desde 2014"): the
  holding ran up to a past time the caption does not give, no word of who holds X now;
- a place named as a side's holding (its stronghold) that its sentence then says has fallen
  ("X, one of the last strongholds of IS, has fallen", "l'un des derniers bastions de Daesh est
  tombé"): the holder before a change of hands, no holding now;
- a capture said in a relative of the past perfect on positions the side was then pushed back
  from ("the fighting pushed the rebels back from the positions they had captured in X", "hanno
  fatto arretrare i ribelli dalla posizione che avevano conquistato"): a gain undone;
- a plural "they" after one member of a side ("a YPG fighter carries a boy after they fled X"):
  the people with him, no side.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a holding now, with its start: it stands
    (
        "held_since_now",
        "Dabiq has been held by IS militants since August 2014.",
        [("dabiq", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "Dabiq est occupée par l'EI depuis août 2014.",
        [("dabiq", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "Dabiq está ocupada por el Estado Islámico desde agosto de 2014.",
        [("dabiq", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "Jarabulus has been occupied by Islamic State fighters since 2013.",
        [("jarabulus", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "Dabiq wird seit 2014 vom IS kontrolliert.",
        [("dabiq", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "مدينة الباب خاضعة لسيطرة تنظيم داعش منذ عام 2014.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "Город Эль-Баб находится под контролем ИГ с 2014 года.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "held_since_now",
        "Al-Bab è in mano all'Isis dal 2014.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a past verb before the place in another clause: the holding stands
    (
        "held_since_now",
        "Residents who had been displaced return to Hanano, held by rebels since 2012.",
        [("hanano", "rebels", "held")],
    ),
    (
        "stronghold_not_fallen",
        "Аль-Баб, один из последних оплотов ИГ, подвергся обстрелу.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a stronghold where something else fell: the holding stands
    (
        "stronghold_not_fallen",
        "Al-Bab, a stronghold of IS, where shells fell on Thursday.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "stronghold_not_fallen",
        "Al-Bab, l'un des derniers bastions de Daesh, où sont tombés des obus jeudi.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "stronghold_not_fallen",
        "Al-Bab, a stronghold of IS, is under heavy bombardment.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a fall with its taker: the capture is the statement
    (
        "stronghold_fell_to",
        "Al-Bab, IS's last stronghold in the province, fell to Turkish-backed rebels on Thursday.",
        [("al-bab", "rebels", "captured")],
    ),
    # a capture in a relative of the past perfect, no push back: it stands
    (
        "pluperfect_relative_kept",
        "I ribelli, che avevano conquistato il quartiere di Salahaddine, resistono.",
        [("salah-ad-din", "rebels", "captured")],
    ),
    (
        "pluperfect_relative_kept",
        "Los rebeldes, que habían tomado el barrio de Salahedín en julio, lo defienden.",
        [("salah-ad-din", "rebels", "captured")],
    ),
    (
        "pluperfect_relative_kept",
        "Die Rebellen haben das Viertel Salaheddine erobert.",
        [("salah-ad-din", "rebels", "captured")],
    ),
    # a plural "they" after several fighters still refers back to them
    (
        "they_after_fighters",
        "Kurdish YPG fighters said they had captured Maskana.",
        [("maskanah", "kurdish", "captured")],
    ),
    (
        "they_after_fighters",
        "Rebel fighters rest in Hanano, a district they seized last month.",
        [("hanano", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a holding in the past perfect (or the imperfect) with its start or a duration
    ("held_since_past", "Dabiq had been held by IS militants since August 2014."),
    (
        "held_since_past",
        "Dabiq, some ten kilometres from the border, had been occupied by IS militants since 2014.",
    ),
    ("held_since_past", "Since 2014, Dabiq had been under the control of IS."),
    ("held_since_past", "Dabiq had been in the hands of IS for two years."),
    ("held_since_past", "IS militants had held Dabiq since 2014."),
    ("held_since_past", "Jarabulus had been occupied by Islamic State fighters since 2013."),
    ("held_since_past", "Dabiq était occupée par l'EI depuis août 2014."),
    ("held_since_past", "Dabiq avait été occupée par l'EI depuis août 2014."),
    ("held_since_past", "Dabiq estaba ocupada por el EI desde agosto de 2014."),
    ("held_since_past", "Dabiq había sido ocupada por el Estado Islámico desde 2014."),
    ("held_since_past", "Dabiq estava ocupada pelo Estado Islâmico desde 2014."),
    ("held_since_past", "Dabiq era stata occupata dall'Isis dal 2014."),
    ("held_since_past", "Dabiq war seit 2014 vom IS besetzt."),
    ("held_since_past", "كانت مدينة الباب تحت سيطرة تنظيم داعش منذ عام 2014."),
    ("held_since_past", "مدينة الباب كانت خاضعة لسيطرة تنظيم داعش منذ عام 2014."),
    ("held_since_past", "Город Эль-Баб находился под контролем ИГ с 2014 года."),
    ("held_since_past", "Город Эль-Баб был под контролем боевиков ИГ с 2014 года."),
    ("held_since_past", "Al-Bab era in mano all'Isis dal 2014."),
    # a stronghold that has fallen, no taker named
    ("stronghold_fallen", "مدينة الباب، آخر معاقل تنظيم داعش، سقطت."),
    ("stronghold_fallen", "Аль-Баб, один из последних оплотов ИГ, пал."),
    ("stronghold_fallen", "Al-Bab, one of the last strongholds of IS, has fallen."),
    (
        "stronghold_fallen",
        "Al-Bab, the last bastion of Islamic State in the area, fell on Thursday.",
    ),
    ("stronghold_fallen", "Al-Bab, l'un des derniers bastions de Daesh en Syrie, est tombé."),
    ("stronghold_fallen", "Al-Bab, l'un des derniers bastions de l'EI est tombé jeudi."),
    ("stronghold_fallen", "Al-Bab, uno de los últimos bastiones del Estado Islámico, ha caído."),
    ("stronghold_fallen", "Al-Bab, eine der letzten Hochburgen des IS, ist gefallen."),
    ("stronghold_fallen", "Al-Bab, um dos últimos redutos do Estado Islâmico, caiu."),
    # a gain undone: the side pushed back from what it had taken
    (
        "gain_undone",
        "I combattimenti hanno fatto arretrare i ribelli dalla posizione che avevano conquistato "
        "nel quartiere di Salahaddine.",
    ),
    (
        "gain_undone",
        "Los combates hicieron retroceder a los rebeldes de las posiciones que habían tomado en el "
        "barrio de Salahedín.",
    ),
    (
        "gain_undone",
        "Die Kämpfe drängten die Rebellen aus den Stellungen zurück, die sie im Viertel "
        "Salaheddine erobert hatten.",
    ),
    (
        "gain_undone",
        "Os combates fizeram recuar os rebeldes das posições que tinham conquistado no bairro de "
        "Salaheddine.",
    ),
    (
        "gain_undone",
        "The fighting pushed the rebels back from the positions they had captured in the "
        "Salaheddine district.",
    ),
    # one fighter is no "they"
    (
        "one_fighter_they",
        "A YPG fighter carries a boy hurt by a mine after they fled Maskana town, June 16, 2015.",
    ),
    ("one_fighter_they", "A rebel fighter helps a woman after they fled Maskana on Sunday."),
    (
        "one_fighter_they",
        "A Free Syrian Army (FSA) soldier walks with a family after they left Maskana on Sunday.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
