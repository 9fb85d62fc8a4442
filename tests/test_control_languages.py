"""Control statements said in other languages than English.

Each kind (a holder named after the place, a fall to a side, a side as the subject of a verb of
taking or holding, a capture noun, a place fought over) is written in several languages and
wordings, with the negatives the rules must keep silent on: a part of a place, a landmark, an
attempt, a claim, a denial.
"""

from __future__ import annotations

import pytest

from aleppomap.control import lexicon
from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, statements_of

STATES: list[tuple[str, str, list[Statement]]] = [
    # a holder named after the place, with its articles and a noun or two before the side
    (
        "held_after",
        "Des habitants reviennent à Hanano, quartier tenu par l'armée syrienne depuis novembre.",
        [("hanano", "government", "held")],
    ),
    (
        "held_after",
        "Manbij, sous le contrôle des Forces démocratiques syriennes, accueille des déplacés.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "held_after",
        "Una calle de Azaz, ciudad en manos de los rebeldes, tras un bombardeo.",
        [("azaz", "rebels", "held")],
    ),
    (
        "held_after",
        "Moradores deixam Tal Rifaat, controlada por milícias curdas, nesta terça-feira.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "held_after",
        "Un mercato di Al-Bab, città controllata dallo Stato islamico, dopo un raid aereo.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "held_after",
        "Ein Markt in Afrin, das unter der Kontrolle der Kurden steht.",
        [("afrin", "kurdish", "held")],
    ),
    (
        "held_after",
        "أطفال في حي الصاخور الخاضع لسيطرة قوات النظام",
        [("sakhour", "government", "held")],
    ),
    ("held_after", "نازحون من مدينة منبج الواقعة تحت سيطرة قسد", [("manbij", "kurdish", "held")]),
    (
        "held_after",
        "Вид на Алеппо под контролем сирийской армии",
        [("aleppo", "government", "held")],
    ),
    ("held_after", "حلب تحت کنترل ارتش سوریه است", [("aleppo", "government", "held")]),
    # a stronghold said right after the place
    (
        "stronghold_after",
        "Jarabulus, un fief de l'État islamique, vu depuis la frontière turque.",
        [("jarabulus", "islamic_state", "held")],
    ),
    (
        "stronghold_after",
        "Manbij era una roccaforte dell'Isis sulla strada per Raqqa.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "stronghold_after",
        "Al-Bab, o último reduto do Estado Islâmico na província.",
        [("al-bab", "islamic_state", "held")],
    ),
    # a fall to a side
    (
        "fell_to",
        "Azaz caiu nas mãos dos rebeldes em julho.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "fell_to",
        "Dabiq cayó en manos de los rebeldes apoyados por Turquía.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "fell_to",
        "Jarabulus est tombée aux mains des rebelles syriens.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "fell_to",
        "Алеппо перешел под полный контроль сирийской армии.",
        [("aleppo", "government", "captured")],
    ),
    # a side as the subject of a verb of taking, the places its object
    (
        "take_verb",
        "Os rebeldes tomaram o bairro de Ramousah no domingo.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "take_verb",
        "O exército sírio retomou o controle de Shaar.",
        [("shaar", "government", "captured")],
    ),
    (
        "take_verb",
        "Las fuerzas kurdas tomaron Manbij tras dos meses de combates.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "take_verb",
        "L'armée vient de reprendre le contrôle du quartier de Sakhour.",
        [("sakhour", "government", "captured")],
    ),
    (
        "take_verb",
        "سيطرت فصائل المعارضة على حي الصاخور",
        [("sakhour", "rebels", "captured")],
    ),
    (
        "take_verb",
        "استعاد الجيش السوري السيطرة على مدينة منبج",
        [("manbij", "government", "captured")],
    ),
    (
        "take_verb",
        "سيطرت قوات النظام، بعد معارك عنيفة، على حي الشعار",
        [("shaar", "government", "captured")],
    ),
    (
        "take_verb",
        "Сирийская армия взяла под контроль Алеппо",
        [("aleppo", "government", "captured")],
    ),
    ("take_verb", "ارتش سوریه حلب را آزاد کرد", [("aleppo", "government", "captured")]),
    # a side as the subject of a verb of holding
    (
        "hold_verb",
        "Los kurdos controlan ahora Sheikh Maqsoud.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "hold_verb",
        "Os rebeldes controlam a cidade de Azaz desde 2012.",
        [("azaz", "rebels", "held")],
    ),
    (
        "hold_verb",
        "Die Rebellen setzen ihren Vormarsch fort und kontrollieren nun offenbar auch Afrin.",
        [("afrin", "rebels", "held")],
    ),
    ("hold_verb", "قوات النظام تسيطر على حي الشعار", [("shaar", "government", "held")]),
    ("hold_verb", "Сирийская армия контролирует Алеппо", [("aleppo", "government", "held")]),
    # a capture noun, its place after it, its side the agent or the one side named
    (
        "capture_noun",
        "La reconquête de Manbij par les FDS a duré deux mois.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "capture_noun",
        "La presa di Azaz da parte dei ribelli ha aperto la strada verso il confine.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "capture_noun",
        "A retomada de Hanano pelo exército sírio abriu caminho para o leste.",
        [("hanano", "government", "captured")],
    ),
    (
        "capture_noun",
        "بعد سيطرة قوات النظام على حي الشعار عاد السكان",
        [("shaar", "government", "captured")],
    ),
    # a place fought over
    (
        "contested",
        "Zivilisten im umkämpften Stadtteil Sakhour.",
        [("sakhour", "contested", "contested")],
    ),
    (
        "contested",
        "Des familles rentrent à Hanano, quartier disputé de la ville.",
        [("hanano", "contested", "contested")],
    ),
    (
        "contested",
        "Una calle de la disputada ciudad de Azaz.",
        [("azaz", "contested", "contested")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # an encirclement, an attempt, a claim, a denial
    ("encircled", "Les forces kurdes ont encerclé Manbij."),
    ("attempt", "Los rebeldes intentan recuperar Azaz."),
    ("attempt", "تحاول قوات النظام السيطرة على حي الشعار"),
    ("attempt", "Боевики пытаются захватить Алеппо"),
    ("claim", "Muhaliflerin Azaz'ı ele geçirdiği iddia edildi."),
    ("negated", "I ribelli non controllano Azaz."),
    # a part of a place, a city's parts
    ("part", "Os rebeldes controlam parte de Ramousah."),
    # (half of a city is a part held: test_control_kinds23.py, extent part)
    ("part", "قوات النظام تسيطر على أجزاء من حي الشعار"),
    ("part", "Las últimas zonas de Alepo en manos de los kurdos fueron evacuadas."),
    # a holding said of another noun named after the place
    ("other_noun", "Desde Shaar se ve la carretera que lleva a la zona controlada por los kurdos."),
    # a former holder
    ("former", "Das bisher von Rebellen gehaltene Viertel Hanano wurde geräumt."),
    ("former_es", "La ciudad de Manbij, hasta ahora controlada por los kurdos, fue bombardeada."),
    ("former_pt", "A cidade de Azaz, até agora controlada pelos rebeldes, foi bombardeada."),
    ("former_it", "La città di Manbij, finora controllata dai curdi, è stata bombardata."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_other_scripts_through() -> None:
    for caption in (
        "سيطرت قوات النظام على حي الشعار",
        "Сирийская армия взяла под контроль Алеппо",
        "حلب تحت کنترل ارتش سوریه است",
        "Os rebeldes tomaram o bairro de Ramousah.",
    ):
        assert lexicon.may_state_control(caption), caption
    assert not lexicon.may_state_control("Una calle de Alepo al atardecer.")


FIGHTING_AND_FALLS: list[tuple[str, list[Statement]]] = [
    # fighting words before "for" and the place: fought over; before "in", or the German "kam
    # es zu Kämpfen" after it, fighting happened there, which states no control (as "clashes in
    # X" in English)
    (
        "Violents combats pour Hanano entre l'armée et les rebelles.",
        [("hanano", "contested", "contested")],
    ),
    ("Heftige Kämpfe um den Stadtteil Hanano in Aleppo.", [("hanano", "contested", "contested")]),
    ("Violents combats à Hanano entre l'armée et les rebelles.", []),
    ("اشتباكات عنيفة في حي الشعار", []),
    ("Im Stadtteil Sheikh Maqsoud kam es nach Angaben von Aktivisten zu heftigen Kämpfen.", []),
    ("Nach den Kämpfen um den Stadtteil Hanano kehren Bewohner zurück.", []),
    ("Violents combats près de Manbij.", []),
    # the Turkish fall and prenominal holding, the taker before in the genitive
    ("Şeyh Said mahallesi ÖSO'nun eline geçti.", [("sheikh-saeed", "rebels", "captured")]),
    ("ÖSO tarafından kontrol edilen Afrin'de bir pazar.", [("afrin", "rebels", "held")]),
    # the Turkish-backed factions and a rebel group named in the singular
    (
        'Os combatentes pró-turcos "tomaram a cidade de Tal Rifaat", perto da fronteira.',
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "Les combattants soutenus par la Turquie ont pris Jarabulus.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "Il gruppo ribelle Sultan Murad ha riconquistato il villaggio di Dabiq.",
        [("dabiq", "rebels", "captured")],
    ),
]


@pytest.mark.parametrize(("caption", "expected"), FIGHTING_AND_FALLS)
def test_other_languages_fighting_falls_and_factions(
    gazetteer: Gazetteer, caption: str, expected: list[Statement]
) -> None:
    assert statements_of(gazetteer, caption) == sorted(expected)


MORE_FORMS: list[tuple[str, list[Statement]]] = [
    # an Arabic "managed to take", a capture noun as a subject of something else (none)
    ("تمكنت قوات النظام من السيطرة على حي الشعار", [("shaar", "government", "captured")]),
    ("وستؤدي السيطرة على حي الشعار إلى عزل المنطقة", []),
    # a position taken is no place taken
    ("L'armée syrienne a pris position à Manbij.", []),
    ("Las tropas sirias tomaron posiciones cerca de Afrin.", []),
    # a list after "including" that follows a city's parts: the place listed, not the part
    (
        "L'esercito aveva preso il controllo di tre quartieri di Aleppo est, tra cui Hanano.",
        [("hanano", "government", "captured")],
    ),
    # the German perfect, its participle after the place
    ("Die syrische Armee hat Hanano zurückerobert.", [("hanano", "government", "captured")]),
    (
        "Die Armee hat die gesamte Stadt Afrin wieder unter ihre Kontrolle gebracht.",
        [("afrin", "government", "captured")],
    ),
    # a Russian drive out of a place, a Persian fall
    (
        "Курдские отряды выбили боевиков ИГ из города Алеппо.",
        [("aleppo", "kurdish", "captured")],
    ),
    ("منبج به دست داعش افتاد", [("manbij", "islamic_state", "captured")]),
]


@pytest.mark.parametrize(("caption", "expected"), MORE_FORMS)
def test_other_languages_more_forms(
    gazetteer: Gazetteer, caption: str, expected: list[Statement]
) -> None:
    assert statements_of(gazetteer, caption) == sorted(expected)
