"""Control statements in West-European and South-Slavic captions, round 20: the kinds the dev sets
missed.

- a siege joined after a capture's object ("a repris des secteurs *et assiège* les rebelles dans
  X") ends that object: X is not captured; a side besieged *in* a place holds it ("assiège *les
  rebelles dans* X": besieged, held by the rebels), also with the singular Spanish, Italian and
  Portuguese verbs ("asedia", "assedia");
- the side a place was taken from, between the participle and its agent ("X, *presa ai ribelli*
  dall'esercito", "X, *reprise aux rebelles* par l'armée"): the agent's capture;
- a holding said after an apposition of the place's rank ("A cidade de X*, a maior da Síria,* é
  controlada por ...") or after "and now" closing a long participle ("X, già segnata dalla guerra
  *e ora controllata dal* governo"); an administration ("*bajo la administración de* HTS");
- "*nella parte della città* controllata dai ribelli": a part of the one city named before;
- a region named by its bearing after its own plural noun ("les *quartiers* Est d'Alep");
- "the city" in German, French, Spanish, Italian, Portuguese as the antecedent of a city named
  only as where a place is ("der Basar von Aleppo ..., nachdem die Armee *die Stadt*
  zurückerobert hat");
- Bosnian, Croatian and Serbian: the sides, "*pod kontrolom*", a city split in two ("*Dio* X je
  pod kontrolom vojske, *a dio* kontroliraju pobunjenici": contested).

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # a side besieged in a place, after a capture of other places
    (
        "siege_side_in",
        "Le régime a repris plusieurs villages et assiège les rebelles dans les quartiers Est "
        "de la ville d'Alep.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "siege_side_in",
        "Les forces gouvernementales assiègent les rebelles dans Alep-Est depuis l'été.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "siege_side_in",
        "El ejército sirio asedia a los rebeldes en los barrios del este de Alepo.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "siege_side_in",
        "L'esercito assedia i ribelli nei quartieri orientali di Aleppo da settimane.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "siege_side_in",
        "L'armée a repris des secteurs et assiège désormais les jihadistes dans le quartier de "
        "Hanano.",
        [("hanano", "rebels", "besieged")],
    ),
    # the capture's object ends at the siege: the city is besieged, not captured
    (
        "siege_not_capture",
        "Le régime a repris de nombreux secteurs et assiège désormais la ville d'Alep.",
        [("aleppo", "rebels", "besieged")],
    ),
    # the side taken from between the participle and its agent
    (
        "taken_from_between",
        "Il quartiere di Hanano, presa ai ribelli dall'esercito siriano, è deserto.",
        [("hanano", "government", "captured")],
    ),
    (
        "taken_from_between",
        "Ad Aleppo oggi è deserta la città vecchia, ripresa agli insorti dalle forze governative.",
        [("old-city", "government", "captured")],
    ),
    (
        "taken_from_between",
        "Le quartier de Hanano, repris aux rebelles par l'armée syrienne, est en ruines.",
        [("hanano", "government", "captured")],
    ),
    (
        "taken_from_between",
        "O bairro de Hanano, retomado aos rebeldes pelo exército sírio, está em ruínas.",
        [("hanano", "government", "captured")],
    ),
    # a holding after a rank apposition, or after "and now"
    (
        "rank_apposition",
        "A cidade de Aleppo, a maior da Síria, é controlada por rebeldes e sofre ataques.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "rank_apposition",
        "Manbij, la ciudad principal de la zona, está bajo el control de las FDS.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "and_now",
        "Aleppo, già segnata dalla guerra tra i ribelli e il regime e ora controllata dal "
        "governo, conta i morti del sisma.",
        [("aleppo", "government", "held")],
    ),
    (
        "and_now",
        "Alep, ravagée par des années de combats et désormais contrôlée par le régime, pleure "
        "ses morts.",
        [("aleppo", "government", "held")],
    ),
    (
        "and_now",
        "Alepo, devastada por la guerra y ahora controlada por el gobierno sirio, llora a sus "
        "muertos.",
        [("aleppo", "government", "held")],
    ),
    # an administration
    (
        "administration",
        "Alepo, la segunda ciudad de Siria, está bajo la administración de los rebeldes desde "
        "noviembre.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "administration",
        "Manbij è sotto l'amministrazione delle Forze democratiche siriane dal 2016.",
        [("manbij", "kurdish", "held")],
    ),
    # the share of "the city" held by a side: a part of the one city named before
    (
        "city_share",
        "Ecco Aleppo oggi, raccontata da un fotografo che vive nella parte della città "
        "controllata dai ribelli.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "city_share",
        "Alep, le 3 décembre. Des familles fuient vers la partie de la ville tenue par le régime.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "city_share",
        "Vecinos de Alepo cruzan a la parte de la ciudad controlada por el gobierno.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "city_share",
        "Moradores de Aleppo fogem para a parte da cidade controlada pelas forças do governo.",
        [("aleppo", "government", "held", "part")],
    ),
    # a region named by its bearing after its own noun
    (
        "region_own_noun",
        "Les quartiers Est d'Alep, tenus par les rebelles, sont bombardés.",
        [("east-aleppo", "rebels", "held")],
    ),
    # "die Stadt" referring back to a city named only as where a place is
    (
        "container_anaphor",
        "Trümmer in der Altstadt von Aleppo, ein Jahr nachdem Regierungstruppen die Stadt "
        "zurückerobert haben.",
        [("aleppo", "government", "captured")],
    ),
    (
        "container_anaphor",
        "Der Basar von Aleppo liegt in Trümmern, auch zwei Jahre nachdem die Armee die Stadt "
        "zurückerobert hat.",
        [("aleppo", "government", "captured")],
    ),
    (
        "container_anaphor",
        "Il suk di Aleppo in rovina, un anno dopo che l'esercito ha riconquistato la città.",
        [("aleppo", "government", "captured")],
    ),
    # Bosnian, Croatian, Serbian
    (
        "bcs_held",
        "Manbij je pod kontrolom kurdskih snaga od 2016.",
        [("manbij", "kurdish", "held")],
    ),
    ("bcs_held", "Aleppo je pod kontrolom pobunjenika.", [("aleppo", "rebels", "held")]),
    (
        "bcs_held",
        "Kobani je pod kontrolom Islamske države.",
        [("kobani", "islamic_state", "held")],
    ),
    (
        "bcs_split",
        "Dio Alepa je pod kontrolom sirijske vojske, a dio kontroliraju pobunjenici.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "bcs_split",
        "Dio Alepa je pod kontrolom vladinih snaga, dok ostatak drže pobunjeničke grupe.",
        [("aleppo", "contested", "contested")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a place between the participle and "par" is no taker's phrase
    ("taken_from_place", "Le village de Dabiq, repris à Alep par les rebelles."),
    # a holding put in the past ("un tempo", "già" with no "and now")
    (
        "city_share_former",
        "Ecco Aleppo, raccontata da un fotografo che vive nella parte della città un tempo "
        "controllata dai ribelli.",
    ),
    ("former", "Aleppo, già controllata dai ribelli, è in ginocchio."),
    # "and now" with a new clause, not a participle of the place
    (
        "and_now_clause",
        "Aleppo, devastata dai bombardamenti, e ora i ribelli sono in mano ai curdi.",
    ),
    # a share of the city with no city named before
    ("city_share_no_city", "Un fotografo vive nella parte della città controllata dai ribelli."),
    # "die Stadt" only aimed at, or a city of its own name
    (
        "container_anaphor_aim",
        "Der Basar von Aleppo liegt in Trümmern. Die Rebellen wollen die Stadt zurückerobern.",
    ),
    # Bosnian: a part only, no split between sides; a foreign army
    ("bcs_part", "Deo Alepa je pod kontrolom sirijske vojske."),
    ("bcs_part", "Dio Alepa je razoren, a dio je netaknut."),
    ("bcs_foreign", "Azaz je pod kontrolom turske vojske."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
