"""Control statements in French, Spanish, Portuguese, Italian and Dutch captions, session 23.

The kinds (``lexicon.WEST23_TAKE_VERBS``): the Spanish take verb with its contracted article
("se apoderaron *del* barrio de X"); the Italian participle agreeing with its object ("dopo
aver *riconquistati* l'area"); a capture's gerund after its clause, whose subject is the
clause's ("sono entrati in città, *conquistando* X", "avanzaron, *recuperando* X"); a side's
success ("ont *réussi à reprendre* X", "*lograron tomar* X", "*sono riusciti a conquistare* X",
"*conseguiram retomar* X"); the Dutch headline's present ("rebellen *veroveren* een groot
deel van X", "het leger *herovert* X"); and the Italian pro-government forces ("forze
*filo-governative*"). Our own sentences in the wordings of those presses (none copied), with
the negatives the rules keep silent on: a failure, an aim, an infinitive before its object in
another sentence, a gerund with no place, forces that only advance.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Spanish: the verb with its contracted article
    (
        "es_apoderar_del",
        "Los rebeldes se apoderaron del barrio de Hanano el martes.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "es_apoderar_del",
        "Las tropas sirias se han apoderado del barrio de Sheikh Saeed.",
        [("sheikh-saeed", "government", "captured")],
    ),
    # Italian: the participle agreeing with its object, "the area" the place named before
    (
        "it_participle_agreeing",
        "Truppe governative tra le macerie di Hanano, dopo aver riconquistati l’area ai ribelli.",
        [("hanano", "government", "captured")],
    ),
    (
        "it_pro_government",
        "Forze filo-governative siriane pattugliano la moschea degli Omayyadi, dopo aver "
        "riconquistato l'area.",
        [("umayyad-mosque", "government", "captured")],
    ),
    (
        "it_pro_government",
        "Milizie filo-Assad hanno ripreso Manbij all'alba.",
        [("manbij", "government", "captured")],
    ),
    # the gerund of a capture after its clause
    (
        "it_gerund",
        "I ribelli sono entrati a Idlib, conquistando Manbij e i villaggi vicini.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "es_gerund",
        "Las tropas sirias avanzaron durante la noche, recuperando Hanano.",
        [("hanano", "government", "captured")],
    ),
    # a side's success
    (
        "fr_reussi",
        "Samedi, les combattants kurdes ont réussi à reprendre Manbij des mains de l'EI.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "es_lograron",
        "Los rebeldes lograron tomar Manbij tras tres días de combates.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "it_riusciti",
        "I ribelli sono riusciti a conquistare Manbij dopo una lunga battaglia.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "pt_conseguiram",
        "Os rebeldes conseguiram retomar Manbij na segunda-feira.",
        [("manbij", "rebels", "captured")],
    ),
    # the Dutch headline's present
    (
        "nl_present",
        "Het leger herovert Manbij na weken van strijd",
        [("manbij", "government", "captured")],
    ),
]

EXTENTS: list[tuple[str, str, list[tuple[str, str, str, str]]]] = [
    (
        "nl_present_share",
        "Syrische rebellen veroveren een groot deel van Aleppo op het leger",
        [("aleppo", "rebels", "captured", "part")],
    ),
    # the greater share of a city, taken or held: a part of it
    (
        "fr_majeure_partie",
        "Les rebelles ont pris la majeure partie d'Alep en quatre jours.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "fr_majeure_partie_city",
        "Alep, en 2014. Les rebelles contrôlent la majeure partie de la ville.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "es_mayor_parte",
        "Los rebeldes controlan ya la mayor parte de Alepo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "pt_maior_parte",
        "Os rebeldes tomaram a maior parte de Aleppo no fim de semana.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "it_maggior_parte",
        "I ribelli hanno conquistato la maggior parte di Aleppo in pochi giorni.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "de_grossteil",
        "Die Rebellen eroberten einen Großteil Aleppos binnen weniger Tage.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "de_groessten_teil",
        "Die Rebellen kontrollieren den größten Teil von Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # English: a side's held parts of a town taken: a part of it
    (
        "en_held_parts_taken",
        "Syrian troops retook the rebel-held parts of Manbij on Tuesday.",
        [("manbij", "government", "captured", "part")],
    ),
    # almost all of a city taken: a part of it
    (
        "es_casi_toda",
        "Los rebeldes tomaron casi toda la ciudad de Alepo en una semana.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "pt_praticamente_toda",
        "Os rebeldes tomaram praticamente toda a cidade de Aleppo.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "it_quasi_tutta",
        "I ribelli hanno conquistato quasi tutta Aleppo.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "fr_presque_toute",
        "Les rebelles ont pris presque toute la ville d'Alep.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "de_fast_ganz",
        "Die Rebellen eroberten fast ganz Aleppo.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    # a share held "still" or "today"
    (
        "fr_share_today",
        "L'EI assiège Manbij depuis mai. Les jihadistes contrôlent aujourd'hui 30% de la ville.",
        [("manbij", "islamic_state", "held", "part")],
    ),
    (
        "es_share_still",
        "Los rebeldes controlan todavía la mayor parte de Alepo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "de_share_still",
        "Die Rebellen kontrollieren noch einen Großteil Aleppos.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # (shelled, not taken: the holding stands)
    (
        "en_held_parts_shelled",
        "The army shelled the rebel-held parts of Manbij overnight.",
        [("manbij", "rebels", "held", "part")],
    ),
    (
        "nl_grootste_deel",
        "De rebellen hebben het grootste deel van Aleppo veroverd.",
        [("aleppo", "rebels", "captured", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a failure
    ("fr_reussi_not", "Les combattants kurdes n'ont pas réussi à reprendre Manbij."),
    ("es_lograron_not", "Los rebeldes no lograron tomar Manbij."),
    ("pt_conseguiram_not", "Os rebeldes não conseguiram retomar Manbij."),
    # an aim, the infinitive before its object in the next sentence
    (
        "nl_infinitive_aim",
        "Het regime stuurt versterkingen naar het noorden om wijken van de oppositie te "
        "heroveren. Aleppo is sinds 2012 verdeeld.",
    ),
    # a gerund that takes no place
    ("es_gerund_none", "Los vecinos de Hanano siguen recuperando sus casas tras los combates."),
    # forces that only advance
    ("it_pro_government_advance", "Le forze filo-governative avanzano verso Manbij."),
    # the contracted article with no capture
    ("es_del_none", "Los vecinos hablan del barrio de Hanano."),
    # the greater share of the people, of a neighbourhood: no part of a city taken
    ("es_mayor_parte_people", "La mayor parte de los vecinos de Alepo huyeron hacia el oeste."),
    ("fr_majeure_partie_quarter", "Les rebelles ont pris la majeure partie du quartier de Hanano."),
    ("es_casi_toda_region", "Los rebeldes tomaron casi toda la región de Alepo."),
    ("fr_presque_toute_people", "Presque toute la population d'Alep a fui."),
    ("fr_share_still_aid", "Les habitants de Manbij attendent toujours 30% de l'aide promise."),
    ("de_grossteil_people", "Ein Großteil der Einwohner Aleppos ist geflohen."),
]

test_states, test_states_none, test_pre_check = control_case_tests([*STATES, *EXTENTS], STATES_NONE)
