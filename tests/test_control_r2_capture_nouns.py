"""A side of the city, named after a landmark and its city, as the object of a capture noun
after "after" / "since" / "with": "X ad Aleppo. Dopo *la riconquista dell'est della città da parte
delle* forze governative, ...", "après *la reprise de l'est de la ville par* l'armée", "tras *la
reconquista del este de la ciudad por* las fuerzas del régimen". The side of the city is then a
place named only to say where (a container of the landmark's sentence), yet the noun governs it:
the agent took it. An aim, an attempt, a hedge, fighting there, or a capture still to come
("preparano la riconquista di", "si combatte per la riconquista di", "dopo la possibile
riconquista", "prima della riconquista") states nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "it_after_noun",
        "Un bambino gioca davanti alla cittadella di Aleppo. Dopo la riconquista dell'est "
        "della città da parte dell'esercito siriano, molte famiglie sono tornate.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "it_after_noun",
        "Volontari puliscono la moschea degli Omayyadi ad Aleppo. Dopo la riconquista "
        "dell'est della città da parte delle forze governative, i mercati riaprono.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "fr_after_noun",
        "Des enfants jouent près de la citadelle d'Alep. Après la reprise de l'est de la "
        "ville par l'armée syrienne, des familles reviennent.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "es_after_noun",
        "Voluntarios limpian la mezquita de los Omeyas en Alepo. Tras la reconquista del "
        "este de la ciudad por las fuerzas del régimen, los mercados reabren.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "pt_after_noun",
        "Crianças brincam perto da cidadela de Alepo. Após a retomada do leste da cidade "
        "pelas forças do governo, as famílias voltam.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "de_after_noun",
        "Kinder spielen vor der Zitadelle von Aleppo. Nach der Rückeroberung des Ostens "
        "der Stadt durch die syrische Armee kehren Familien zurück.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "it_with_noun",
        "Un mercato vicino alla cittadella di Aleppo. Con la presa dell'est della città "
        "da parte dei ribelli, i prezzi sono saliti.",
        [("east-aleppo", "rebels", "captured")],
    ),
    (
        "fr_since_noun",
        "Des civils près de la mosquée des Omeyyades à Alep. Depuis la prise de l'ouest "
        "de la ville par les rebelles, les écoles sont fermées.",
        [("west-aleppo", "rebels", "captured")],
    ),
    (
        "es_after_noun",
        "Niños cerca de la ciudadela de Alepo. Después de la toma del este de la ciudad "
        "por los rebeldes, las escuelas cerraron.",
        [("east-aleppo", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    (
        "it_aim",
        "Un bambino gioca davanti alla cittadella di Aleppo. Le forze governative "
        "preparano la riconquista dell'est della città.",
    ),
    (
        "it_fighting_for",
        "Un bambino gioca davanti alla cittadella di Aleppo. Si combatte per la "
        "riconquista dell'est della città da parte dell'esercito siriano.",
    ),
    (
        "it_hedge",
        "Un bambino gioca davanti alla cittadella di Aleppo. Dopo la possibile "
        "riconquista dell'est della città da parte dell'esercito siriano, i civili "
        "temono.",
    ),
    (
        "fr_aim",
        "Des enfants jouent près de la citadelle d'Alep. L'armée syrienne vise la reprise "
        "de l'est de la ville.",
    ),
    (
        "fr_fighting_in",
        "Des enfants jouent près de la citadelle d'Alep. Des combats ont lieu dans l'est "
        "de la ville.",
    ),
    (
        "pt_attempt",
        "Crianças brincam perto da cidadela de Alepo. O exército tenta a retomada do "
        "leste da cidade.",
    ),
    (
        "it_before",
        "Un bambino gioca davanti alla cittadella di Aleppo nel 2012, prima della "
        "riconquista dell'est della città da parte dell'esercito siriano.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
