"""Control statements, session 23: a capture or holding verb's object must be the place.

The verb rules of the other languages (``_world_verb_rule``, ``_foreign_capture_rule``,
``_foreign_hold_rule``) take a place after the verb (before a German or Dutch participle) only
where it is the verb's object: reached through articles, counts, place and control nouns and
their complements ("le contrôle du quartier stratégique de X", "la estratégica localidad de X",
"взяли под контроль район X", "على كامل حي X"), a side it was taken from ("aux forces du régime"),
a day ("jeudi", "am Sonntag") or the places of a list. A place in an adverbial phrase after
another object ("des photos *dans* X", "la carretera *hacia* X", "Zivilisten *in* X", "склад
оружия *в* районе X"), in another noun's complement ("des prisonniers *de* X", "дорогу *на* X")
or next to the object ("le village *voisin de* X") is none; for a subject named in the sentence as
for one read from the sentence before. A Turkish place with its locative adjective before the
object ("X*'taki* mevzileri ele geçirdi") is none either.

Our own captions, none copied.
"""

from __future__ import annotations

import pytest

from aleppomap.control import lexicon, rules
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # French
    ("fr", "Les rebelles ont repris la ville de Manbij.", [("manbij", "rebels", "captured")]),
    (
        "fr",
        "Les rebelles ont pris le contrôle du quartier stratégique de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "fr",
        "Les rebelles ont repris jeudi le quartier de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "fr",
        "Les rebelles ont repris aux forces du régime le quartier de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "fr",
        "L'armée syrienne s'est emparée samedi du quartier de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "fr",
        "Les rebelles ont repris les quartiers de Hanano et de Sheikh Saeed.",
        [("hanano", "rebels", "captured"), ("sheikh-saeed", "rebels", "captured")],
    ),
    ("fr", "Les rebelles contrôlent le quartier de Hanano.", [("hanano", "rebels", "held")]),
    # Spanish
    (
        "es",
        "Los rebeldes tomaron la estratégica localidad de Khan Tuman.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "es",
        "Los rebeldes tomaron el control total del barrio de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "es",
        "Los rebeldes tomaron los barrios de Hanano, Sheikh Saeed y Ramouseh.",
        [
            ("hanano", "rebels", "captured"),
            ("ramouseh", "rebels", "captured"),
            ("sheikh-saeed", "rebels", "captured"),
        ],
    ),
    (
        "es",
        "Los rebeldes tomaron este domingo el barrio de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "es",
        "Los kurdos controlan el barrio de Sheikh Maqsoud.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # Italian, Portuguese
    (
        "it",
        "I ribelli hanno conquistato il villaggio di Khan Tuman.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "pt",
        "Os rebeldes tomaram o controle do bairro de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    ("pt", "Os rebeldes tomaram a cidade de Manbij.", [("manbij", "rebels", "captured")]),
    # German, Dutch (the participle after its object too)
    (
        "de",
        "Die Rebellen eroberten den Stadtteil Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "de",
        "Die Rebellen haben am Sonntag den Ort Khan Tuman erobert.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "de",
        "Am Sonntag eroberten die Rebellen den Stadtteil Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "de",
        "Die Rebellen kontrollieren den Stadtteil Hanano.",
        [("hanano", "rebels", "held")],
    ),
    ("nl", "De rebellen veroverden de wijk Hanano.", [("hanano", "rebels", "captured")]),
    ("nl", "De rebellen hebben Khan Tuman veroverd.", [("khan-tuman", "rebels", "captured")]),
    # Russian, Ukrainian, Polish
    ("ru", "Повстанцы взяли под контроль район Ханано.", [("hanano", "rebels", "captured")]),
    ("ru", "Повстанцы установили контроль над Манбиджем.", [("manbij", "rebels", "captured")]),
    ("uk", "Повстанці захопили район Ханано.", [("hanano", "rebels", "captured")]),
    ("pl", "Rebelianci zdobyli dzielnicę Hanano.", [("hanano", "rebels", "captured")]),
    ("pl", "Rebelianci przejęli kontrolę nad Manbij.", [("manbij", "rebels", "captured")]),
    # Arabic
    ("ar", "سيطرت فصائل المعارضة على كامل حي هنانو.", [("hanano", "rebels", "captured")]),
    # Turkish, the object before its verb in the accusative
    ("tr", "Muhalifler Hanano mahallesini ele geçirdi.", [("hanano", "rebels", "captured")]),
    ("tr", "ÖSO, Dabık'ı ele geçirdi.", [("dabiq", "rebels", "captured")]),
    # a side it was taken from before the object, in each language
    (
        "fr",
        "Les rebelles ont repris lundi soir à l'EI le village de Dabiq.",
        [("dabiq", "rebels", "captured")],
    ),
    ("ru", "Повстанцы отбили у боевиков ИГ село Дабик.", [("dabiq", "rebels", "captured")]),
    ("ru", "Повстанцы выбили боевиков из района Ханано.", [("hanano", "rebels", "captured")]),
    ("pl", "Rebelianci odbili z rąk dżihadystów miasto Dabiq.", [("dabiq", "rebels", "captured")]),
    ("ar", "انتزعت فصائل المعارضة من تنظيم داعش بلدة دابق.", [("dabiq", "rebels", "captured")]),
    (
        "it",
        "I ribelli si sono impadroniti del quartiere di Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "fr",
        "Les rebelles ont repris plusieurs quartiers, dont Hanano et Sheikh Saeed.",
        [("hanano", "rebels", "captured"), ("sheikh-saeed", "rebels", "captured")],
    ),
    # the object taken, another place only where the fighting was
    (
        "fr",
        "L'armée a repris le contrôle de Hanano et a pris position dans Sheikh Saeed.",
        [("hanano", "government", "captured")],
    ),
    (
        "es",
        "Los rebeldes tomaron el control de Hanano tras duros combates en Sheikh Saeed.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "de",
        "Die Armee hat nach schweren Kämpfen in Sheikh Saeed den Stadtteil Hanano erobert.",
        [("hanano", "government", "captured")],
    ),
    # a subject read from the sentence before, its object through a place noun
    (
        "pronoun",
        "Les rebelles ont lancé un assaut. Ils ont repris le quartier stratégique de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # French: a place where another object was taken, its road, its prisoners, its neighbour
    ("fr", "Les soldats syriens ont pris des photos dans le quartier de Hanano."),
    ("fr", "Les rebelles ont libéré des prisonniers de Hanano."),
    ("fr", "Les rebelles contrôlent la route menant à Hanano."),
    ("fr", "L'armée a repris des positions autour de Khan Tuman."),
    ("fr", "Les rebelles ont pris des armes dans un dépôt de Sheikh Saeed."),
    ("fr", "Les rebelles ont repris le village voisin de Khan Tuman."),
    ("fr", "L'armée syrienne a repris des armes aux rebelles dans le quartier de Hanano."),
    # Spanish
    ("es", "Los rebeldes tomaron la carretera hacia Hanano."),
    ("es", "El ejército sirio recupera la calma en el barrio de Hanano."),
    ("es", "Los rebeldes capturaron a varios soldados en el barrio de Hanano."),
    ("es", "Los rebeldes controlan el acceso a Hanano."),
    ("es", "Los rebeldes tomaron varias colinas cerca de Khan Tuman."),
    ("es", "Los rebeldes se apoderaron de armas en Hanano."),
    # Italian, Portuguese
    ("it", "I ribelli hanno preso il controllo della strada per Hanano."),
    ("it", "I ribelli hanno catturato dei soldati nel quartiere di Hanano."),
    ("it", "I ribelli hanno conquistato una collina vicino a Khan Tuman."),
    ("pt", "Os rebeldes tomaram a estrada para Hanano."),
    ("pt", "Os rebeldes capturaram soldados no bairro de Hanano."),
    # German, Dutch
    ("de", "Die Rebellen nahmen Zivilisten in Khan Tuman mit."),
    ("de", "Die Rebellen haben Waffen in Khan Tuman erobert."),
    ("de", "Die Rebellen kontrollieren die Straße nach Khan Tuman."),
    ("de", "Die Rebellen eroberten Dörfer bei Khan Tuman."),
    ("de", "Die kurdischen Milizen eroberten gestern mehrere Dörfer um Dabiq."),
    ("nl", "De rebellen veroverden wapens in Khan Tuman."),
    # Russian, Ukrainian, Polish
    ("ru", "Повстанцы захватили склад оружия в районе Ханано."),
    ("ru", "Повстанцы контролируют дорогу на Ханано."),
    ("uk", "Повстанці захопили склад зброї в районі Ханано."),
    ("pl", "Rebelianci zdobyli broń w dzielnicy Hanano."),
    # Arabic, Turkish
    ("ar", "سيطر المعارضون على مستودع أسلحة في حي هنانو."),
    ("ar", "استعاد الجيش السوري السيطرة على طريق قرب خان طومان."),
    ("tr", "Muhalifler Hanano'da silah ele geçirdi."),
    ("tr", "Muhalifler Hanano'daki silah deposunu ele geçirdi."),
    ("tr", "ÖSO, Dabık'taki mevzileri ele geçirdi."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object's own words, from the verb's end to the place
        (" le contrôle du quartier stratégique de X", True),
        (" la estratégica localidad de X", True),
        (" samedi du quartier de X", True),
        (" les quartiers de Y et de X", True),
        (" под контроль район X", True),
        (" على كامل حي X", True),
        # an adverbial phrase, another noun's complement, a neighbour
        (" des photos dans le quartier de X", False),
        (" la carretera hacia X", False),
        (" des prisonniers de X", False),
        (" дорогу на X", False),
        (" le village voisin de X", False),
        (" склад оружия в районе X", False),
        # "a", "um": an article, or a preposition right before the place or its article
        (" a cidade de X", True),
        (" el acceso a X", False),
        (" Stellungen um X", False),
    ],
)
def test_object_reaches_reads_the_words_before_the_place(text: str, expected: bool) -> None:
    place_at = text.index("X")
    mentions = [rules.ControlMention("x", place_at, place_at + 1, place="X")]
    if "Y" in text:
        y_at = text.index("Y")
        mentions.insert(0, rules.ControlMention("y", y_at, y_at + 1, place="Y"))
    cap = rules._Caption(text, mentions)
    assert rules._object_reaches(cap, 0, place_at) is expected


def test_a_preposition_is_never_both_an_object_and_an_adverbial_one() -> None:
    # (one word, one reading: "de" links a place noun to its place, "dans" never does; an
    # article that is also an adverbial preposition is told apart by what follows it)
    of = set(lexicon.OBJECT_OF_PREPOSITIONS)
    assert not of & set(lexicon.OBJECT_ADVERBIAL_PREPOSITIONS)
    assert not of & set(lexicon.OBJECT_ARTICLES)
    assert set(lexicon.OBJECT_ARTICLES) & set(lexicon.OBJECT_ADVERBIAL_PREPOSITIONS) == {"um"}
