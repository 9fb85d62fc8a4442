"""Control statements in West-European, Slavic, Greek and Romanian captions, round 21: the kinds
the dev sets missed.

- a side holding all of a place, the whole named as a noun ("contrôlent *la totalité d'*Alep",
  "controlan *la totalidad de* Alepo", "controllano *l'intera città di* Aleppo", "*l'ensemble de
  la ville d'*Alep", "*a totalidade de* Alepo"): the whole place; not "almost all";
- a place set off as "one of the strongholds of" a side ("X, *l'un des bastions de la
  rébellion*", "X, *uno de los bastiones* rebeldes", "X, *eine der Hochburgen der* Rebellen"),
  also after the city it lies in ("le quartier de X *à Alep*, l'un des bastions ..."): the
  quarter, never the city; "la rébellion" names the rebels;
- a holding after "X, a quarter of Aleppo," ("Qaterji, *un quartiere di Aleppo*, controllato dai
  ribelli") is the quarter's only: no part of the city is read from it;
- "the eastern quarters of the city held by" after a city set off by a comma ("ad Aleppo, *i
  quartieri orientali della città* in mano ai ribelli") say nothing of the whole city: they
  are east Aleppo's.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # the whole of a place named as a noun
    (
        "whole_noun",
        "Selon une ONG, les rebelles contrôlent désormais la totalité d'Alep.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "whole_noun",
        "Los rebeldes controlan la totalidad de Alepo desde el sábado.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "whole_noun",
        "Secondo l'Osservatorio, i ribelli controllano l'intera città di Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "whole_noun",
        "I ribelli controllano la totalità di Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "whole_noun",
        "Les rebelles contrôlent l'ensemble de la ville d'Alep.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "whole_noun",
        "Os rebeldes controlam a totalidade de Alepo, segundo o Observatório.",
        [("aleppo", "rebels", "held")],
    ),
    # the eastern quarters of the city after a city set off by a comma: east Aleppo, never the
    # whole city (the geoparser reads "i quartieri orientali della città" as east Aleppo)
    (
        "city_parts_after_comma",
        "Lo scorso ottobre ad Aleppo, i quartieri orientali della città in mano ai ribelli sono "
        "stati bombardati.",
        [("east-aleppo", "rebels", "held")],
    ),
    # one of a side's strongholds
    (
        "one_of_strongholds",
        "Un obus est tombé dans le quartier de Hanano à Alep, l'un des bastions de la "
        "rébellion armée.",
        [("hanano", "rebels", "held")],
    ),
    (
        "one_of_strongholds",
        "Une frappe a touché le quartier de Hanano, l'un des fiefs des rebelles.",
        [("hanano", "rebels", "held")],
    ),
    (
        "one_of_strongholds",
        "Una bomba cayó en el barrio de Hanano en Alepo, uno de los bastiones de los rebeldes.",
        [("hanano", "rebels", "held")],
    ),
    (
        "one_of_strongholds",
        "Una bomba è caduta nel quartiere di Hanano ad Aleppo, una delle roccaforti dei ribelli.",
        [("hanano", "rebels", "held")],
    ),
    (
        "one_of_strongholds",
        "Uma bomba caiu no bairro de Hanano em Alepo, um dos redutos dos rebeldes.",
        [("hanano", "rebels", "held")],
    ),
    (
        "one_of_strongholds",
        "Eine Bombe traf das Viertel Hanano in Aleppo, eine der Hochburgen der Rebellen.",
        [("hanano", "rebels", "held")],
    ),
    (
        "one_of_strongholds",
        "Een bom viel in de wijk Hanano in Aleppo, een van de bolwerken van de rebellen.",
        [("hanano", "rebels", "held")],
    ),
    # a quarter's apposition: the holding is the quarter's, no part of the city
    (
        "quarter_apposition",
        "Ad Aleppo un raid ha colpito Qaterji, un quartiere di Aleppo, controllato dai ribelli.",
        [("karm-al-qaterji", "rebels", "held", "whole")],
    ),
    (
        "quarter_apposition",
        "À Alep, une frappe a touché Hanano, un quartier d'Alep tenu par les rebelles.",
        [("hanano", "rebels", "held", "whole")],
    ),
    (
        "quarter_apposition",
        "En Alepo, un ataque alcanzó Hanano, un barrio de Alepo, controlado por los rebeldes.",
        [("hanano", "rebels", "held", "whole")],
    ),
    # the verbs' other persons, tenses and synonyms
    ("hold_verbs", "Rebelianci kontrolują całe Aleppo.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "Armia kontroluje dzielnicę Hanano.", [("hanano", "government", "held")]),
    ("hold_verbs", "Pobunjenici kontroliraju Alep.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "Pobunjenici drže Alep već mjesecima.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "Οι αντάρτες ελέγχουν το Χαλέπι.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "Боевики удерживают Алеппо.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "Le régime tient Hanano depuis des mois.", [("hanano", "government", "held")]),
    (
        "hold_verbs",
        "Les rebelles détiennent le quartier de Hanano.",
        [("hanano", "rebels", "held")],
    ),
    (
        "hold_verbs",
        "Los rebeldes mantienen el control de Alepo.",
        [("aleppo", "rebels", "held")],
    ),
    ("hold_verbs", "Os rebeldes detêm Alepo.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "I ribelli detengono Aleppo.", [("aleppo", "rebels", "held")]),
    ("hold_verbs", "I ribelli hanno il controllo di Aleppo.", [("aleppo", "rebels", "held")]),
    (
        "hold_verbs",
        "De rebellen controleren de hele stad Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    ("take_verbs", "Rebelianci odbili dzielnicę Hanano.", [("hanano", "rebels", "captured")]),
    ("take_verbs", "Pobunjenici su zauzeli Alep.", [("aleppo", "rebels", "captured")]),
    ("take_verbs", "Sirijska vojska je oslobodila Alep.", [("aleppo", "government", "captured")]),
    ("take_verbs", "Повстанці захопили Алеппо.", [("aleppo", "rebels", "captured")]),
    ("take_verbs", "Los rebeldes se apoderaron de Alepo.", [("aleppo", "rebels", "captured")]),
    ("take_verbs", "Os rebeldes apoderaram-se de Alepo.", [("aleppo", "rebels", "captured")]),
    ("take_verbs", "O exército libertou Alepo.", [("aleppo", "government", "captured")]),
    (
        "take_verbs",
        "I ribelli si sono impadroniti di Aleppo.",
        [("aleppo", "rebels", "captured")],
    ),
    ("take_verbs", "L'esercito riconquistò Aleppo.", [("aleppo", "government", "captured")]),
    (
        "take_verbs",
        "Die Rebellen übernahmen die Kontrolle über Aleppo.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "take_verbs",
        "De rebellen namen de controle over Aleppo.",
        [("aleppo", "rebels", "captured")],
    ),
    # the rest of the holding phrases after the place
    ("held_after", "Алеппо остается в руках боевиков.", [("aleppo", "rebels", "held")]),
    ("held_after", "Алеппо перебуває в руках повстанців.", [("aleppo", "rebels", "held")]),
    (
        "held_after",
        "Квартал Ханано, подконтрольный боевикам, подвергся обстрелу.",
        [("hanano", "rebels", "held")],
    ),
    (
        "held_after",
        "Місто Алеппо, контрольоване повстанцями, зруйноване.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "A cidade de Alepo, em mãos dos rebeldes, está destruída.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "Die Stadt Aleppo, in der Gewalt der Rebellen, liegt in Trümmern.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "De stad Aleppo is in de handen van de rebellen.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "De stad Aleppo, bezet door de rebellen, ligt in puin.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "Miasto Aleppo, okupowane przez rebeliantów, leży w gruzach.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "La ville d'Alep, sous la coupe des rebelles, est en ruines.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "held_after",
        "La città di Aleppo, dominata dai ribelli, è in rovina.",
        [("aleppo", "rebels", "held")],
    ),
    # the rest of the capture participles and passives
    (
        "taken_after",
        "La città di Aleppo, espugnata dall'esercito, è in rovina.",
        [("aleppo", "government", "captured")],
    ),
    (
        "taken_after",
        "Grad Alep, oslobođen od strane sirijske vojske, je u ruševinama.",
        [("aleppo", "government", "captured")],
    ),
    (
        "taken_after",
        "Алеппо был освобожден сирийской армией.",
        [("aleppo", "government", "captured")],
    ),
    (
        "taken_after",
        "Місто Алеппо, звільнене сирійською армією, лежить у руїнах.",
        [("aleppo", "government", "captured")],
    ),
    (
        "taken_after",
        "Місто Алеппо, захоплене повстанцями, лежить у руїнах.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "taken_after",
        "Το Χαλέπι ανακαταλήφθηκε από τον στρατό.",
        [("aleppo", "government", "captured")],
    ),
    # capture nouns with their agent
    (
        "capture_noun",
        "Na de herovering van Aleppo door het Syrische leger keerden bewoners terug.",
        [("aleppo", "government", "captured")],
    ),
    (
        "capture_noun",
        "Na de verovering van Aleppo door de rebellen vluchtten duizenden mensen.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "capture_noun",
        "Po odbiciu Aleppo przez armię mieszkańcy wracają.",
        [("aleppo", "government", "captured")],
    ),
    (
        "capture_noun",
        "Po zdobyciu Aleppo przez rebeliantów tysiące ludzi uciekły.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "capture_noun",
        "Nakon oslobođenja Alepa od strane sirijske vojske stanovnici se vraćaju.",
        [("aleppo", "government", "captured")],
    ),
    (
        "capture_noun",
        "Після звільнення Алеппо сирійською армією мешканці повертаються.",
        [("aleppo", "government", "captured")],
    ),
    # a capture noun after a possessive: the one place named before
    (
        "noun_possessive",
        "La base aérienne de Kuweires, quelques jours après sa libération par l'armée syrienne.",
        [("kuweires-airbase", "government", "captured")],
    ),
    (
        "noun_possessive",
        "Il quartiere di Hanano, pochi giorni dopo la sua riconquista da parte dell'esercito.",
        [("hanano", "government", "captured")],
    ),
    (
        "noun_possessive",
        "Das Viertel Hanano, wenige Tage nach seiner Rückeroberung durch die Armee.",
        [("hanano", "government", "captured")],
    ),
    (
        "noun_possessive",
        "De wijk Hanano, enkele dagen na zijn herovering door het leger.",
        [("hanano", "government", "captured")],
    ),
    # a part of a city alone stays a part
    (
        "part_alone",
        "Une frappe a touché un quartier d'Alep tenu par les rebelles.",
        [("aleppo", "rebels", "held", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # almost all of it
    ("whole_almost", "Les rebelles contrôlent presque la totalité d'Alep."),
    ("whole_almost", "Los rebeldes controlan casi la totalidad de Alepo."),
    ("whole_almost", "I ribelli controllano quasi l'intera città di Aleppo."),
    # a stronghold of the past, or a city named alone before "one of" a side's parts
    ("one_of_former", "Hanano, l'un des anciens bastions de la rébellion, est en ruines."),
    # verbs of holding with other senses: their object is no place
    ("tight_object", "Le gouvernement tient une réunion dans le quartier de Hanano."),
    ("tight_object", "Un soldat de l'armée tient un drapeau dans le quartier de Hanano."),
    ("tight_object", "Les rebelles détiennent des otages dans le quartier de Hanano."),
    ("tight_object", "I ribelli detengono ostaggi nel quartiere di Hanano."),
    ("tight_object", "Pobunjenici drže zarobljenike u naselju Hanano."),
    ("tight_object", "Les rebelles tiennent encore des positions à Hanano."),
    ("tight_object", "L'armée prit la décision de bombarder Hanano."),
    # hands that hold a thing, no side; freed *from* a side names no taker
    ("hands_thing", "Женщина держит в руках фотографию сына в Алеппо."),
    ("hands_thing", "Un enfant à Alep, sous l'emprise de la peur, regarde les ruines."),
    ("former_held", "Квартал Ханано, ранее подконтрольный боевикам, восстанавливается."),
    ("freed_from", "Алеппо был освобожден от боевиков в 2016 году."),
    ("freed_from", "Алеппо, освобожденный от боевиков, восстанавливается."),
    ("freed_from", "Місто Алеппо, звільнене від бойовиків, відбудовується."),
    ("almost", "Алеппо почти в руках боевиков."),
    # capture nouns only aimed at, or no capture
    ("noun_aimed", "Het leger plant de herovering van Aleppo."),
    ("noun_aimed", "Armia przygotowuje się do odbicia Aleppo."),
    ("noun_aimed", "Vojska priprema oslobođenje Alepa."),
    ("noun_aimed", "Ofenziva za oslobođenje Alepa počela je."),
    ("noun_aimed", "Армія готується до звільнення Алеппо."),
    ("noun_aimed", "Wojsko rozpoczęło ofensywę w celu odbicia Aleppo przez armię."),
    ("noun_other", "De inname van medicijnen in Aleppo is gestegen."),
    # a possessive noun with two places before it, or only aimed at
    ("noun_possessive_two", "Hanano et Alep, quelques jours après sa libération par l'armée."),
    ("noun_possessive_aimed", "Hanano, l'armée prépare sa libération par l'aviation."),
    # denials
    ("denied", "Pobunjenici ne kontroliraju Alep."),
    ("denied", "Rebelianci nie kontrolują Aleppo."),
    # the city's parts held, after the city set off by a comma
    (
        "city_parts_after_comma",
        "Ad Aleppo, le aree occidentali della città controllate dal governo sono state colpite.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
