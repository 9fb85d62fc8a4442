"""Control statements in European languages: a capture noun only aimed at states nothing.

As "a bid to retake X" in English, a capture noun after a verb of preparing, planning or aiming
("preparano la riconquista di X", "bereitet die Rückeroberung X-s vor") or after a purpose ("une
offensive pour la reprise de X", "eine Offensive zur Rückeroberung") is no capture, even with
its agent after it; a noun spelt as a headline's verb ("la riconquista", "a retoma") is the noun.
Done captures by the same nouns, and the headline's verbs themselves, still are. Our own
captions, none copied.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # done captures by the same nouns: a cue ("after"), a completed noun's agent
    (
        "noun_done",
        "Dopo la riconquista di Aleppo est da parte dell'esercito, i civili tornano a casa.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "noun_done",
        "Después de la toma de Alepo oriental por el ejército sirio, los civiles regresan.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "noun_done",
        "Nach der Rückeroberung Aleppos durch die Armee kehren Bewohner zurück.",
        [("aleppo", "government", "captured")],
    ),
    # "after" between a verb of preparing and the noun: the capture is done
    (
        "noun_done_after_prepare",
        "Les rebelles préparent leur riposte après la reprise d'Alep-Est par l'armée.",
        [("east-aleppo", "government", "captured")],
    ),
    # the headline's verbs, no article before them
    (
        "headline_verb",
        "L'esercito siriano riconquista Aleppo est.",
        [("east-aleppo", "government", "captured")],
    ),
    ("headline_verb", "O exército sírio retoma Aleppo.", [("aleppo", "government", "captured")]),
]

STATES_NONE: list[tuple[str, str]] = [
    # a verb of preparing before the noun (it, fr, es, pt, de, nl, ru)
    ("prepare", "Le truppe siriane preparano la riconquista di Aleppo est, dopo giorni di raid."),
    ("prepare", "Le forze di Assad preparano la riconquista di Aleppo est."),
    (
        "prepare",
        "L'esercito di Assad si prepara alla riconquista di Palmira da parte delle truppe "
        "governative.",
    ),
    ("prepare", "L'armée syrienne prépare la reconquête d'Alep-Est."),
    (
        "prepare",
        "El ejército sirio se prepara para la toma de Alepo oriental por las tropas del régimen.",
    ),
    ("prepare", "O exército sírio prepara a retomada de Aleppo pelas tropas do governo."),
    ("prepare", "As tropas do regime se preparam para a retoma de Aleppo oriental."),
    (
        "prepare",
        "Die syrische Armee bereitet die Rückeroberung von Ost-Aleppo durch Regierungstruppen vor.",
    ),
    ("prepare", "Het Syrische leger bereidt de herovering van Oost-Aleppo door het leger voor."),
    ("prepare", "Сирийская армия готовится к освобождению Алеппо."),
    # planning, aiming
    ("plan", "Las fuerzas del régimen planean la reconquista de Alepo."),
    ("aim", "Le forze governative puntano alla riconquista di Aleppo est."),
    # a purpose: an offensive (operation) for the capture
    (
        "purpose",
        "Les forces du régime lancent une offensive pour la reprise de Palmyre par l'armée "
        "syrienne.",
    ),
    ("purpose", "Avec l'offensive pour la reprise d'Alep-Est par l'armée, les civils fuient."),
    (
        "purpose",
        "Regierungstruppen starteten eine Offensive zur Rückeroberung Aleppos durch die Armee.",
    ),
    (
        "purpose",
        "Le truppe di Assad preparano l'offensiva per la riconquista di Aleppo est.",
    ),
    (
        "purpose",
        "Правительственные войска начали наступление для освобождения Пальмиры армией.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
