"""A side of "the city" named after its one city, in the other languages: "ad Aleppo ... la
riconquista dell'est della città da parte delle forze di Assad" is a capture of East Aleppo;
"les quartiers est de la ville, désormais aux mains du régime" a holding of it
(the geoparser finds the side as a mention of East or West Aleppo; the control rules read it).
No part is read where Aleppo is not named before the phrase.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one).
"""

from __future__ import annotations

import pytest

from aleppomap.gazetteer import Gazetteer
from control_cases import Statement, control_case_tests, statements_of, table_of

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "it_capture_noun",
        "Un soldato issa la bandiera ad Aleppo. Dopo la riconquista dell'est della città da parte "
        "delle forze di Assad, i civili sono tornati.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "it_capture_noun",
        "Civili in fuga ad Aleppo. Dopo la riconquista dell'est della città da parte "
        "dell'esercito governativo, i ribelli sono partiti.",
        [("east-aleppo", "government", "captured")],
    ),
    (
        "fr_held",
        "Des habitants d'Alep reviennent dans les quartiers est de la ville, désormais aux mains "
        "du régime.",
        [("east-aleppo", "government", "held")],
    ),
    (
        "es_held",
        "Familias en Alepo regresan a los barrios del este de la ciudad, en manos del gobierno "
        "sirio.",
        [("east-aleppo", "government", "held")],
    ),
    (
        "pt_held",
        "Famílias em Aleppo voltam à zona leste da cidade, sob controle do regime.",
        [("east-aleppo", "government", "held")],
    ),
    (
        "de_held",
        "Soldaten in Aleppo. Der Ostteil der Stadt ist unter der Kontrolle der Regierung.",
        [("east-aleppo", "government", "held")],
    ),
    (
        "fr_west",
        "Des familles d'Alep fuient vers l'ouest de la ville, tenu par l'armée.",
        [("west-aleppo", "government", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("no_city_before", "Des habitants reviennent dans l'est de la ville, aux mains du régime."),
    ("no_control", "Un uomo cammina ad Aleppo, nell'est della città, dove si combatte."),
    ("city_after", "L'est de la ville est aux mains des rebelles, disent les habitants d'Alep."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


# a part taken, said before its city: a statement of extent "part", taken by the sentence's
# one side
PART_TAKEN: list[tuple[str, str, list[Statement]]] = [
    (
        "de_part_taken",
        "Jubel unter den Regierungstruppen: Soldaten recken die Arme, während sie durch einen "
        "zurückeroberten Stadtteil von Aleppo fahren.",
        [("aleppo", "government", "captured")],
    ),
    (
        "de_part_taken",
        "Soldaten der Armee fahren durch einen zurückeroberten Stadtteil von Aleppo.",
        [("aleppo", "government", "captured")],
    ),
    (
        "fr_part_taken",
        "Des soldats de l'armée syrienne patrouillent dans un quartier repris d'Alep.",
        [("aleppo", "government", "captured")],
    ),
]
# parts as a capture's object, of no place named after them: of the caption's one city
PART_TAKEN += [
    (
        "es_parts_object",
        "Alepo: tras años de guerra, el régimen sirio recupera zonas en poder de rebeldes.",
        [("aleppo", "government", "captured")],
    ),
    (
        "fr_parts_object",
        "Alep : l'armée syrienne a repris des quartiers aux rebelles.",
        [("aleppo", "government", "captured")],
    ),
]
PART_TAKEN_NONE: list[tuple[str, str]] = [
    ("es_no_side", "Alepo: la ciudad recupera la normalidad tras la guerra."),
    ("es_two_places", "Alepo y Manbij: el régimen sirio recupera zonas en poder de rebeldes."),
    ("no_side", "Ein Mann läuft durch einen zurückeroberten Stadtteil von Aleppo."),
    (
        "two_sides",
        "Rebellen und Regierungstruppen kämpfen in einem zurückeroberten Stadtteil von Aleppo.",
    ),
]


@pytest.mark.parametrize(("kind", "caption", "expected"), PART_TAKEN)
def test_a_part_taken_before_its_city(
    gazetteer: Gazetteer, kind: str, caption: str, expected: list[Statement]
) -> None:
    table = table_of(gazetteer, caption)
    got = sorted(zip(table["place_id"], table["controller"], table["action"], strict=True))
    assert got == sorted(expected), kind
    assert set(table["extent"]) == {"part"}, kind


@pytest.mark.parametrize(("kind", "caption"), PART_TAKEN_NONE)
def test_a_part_taken_with_no_one_side(gazetteer: Gazetteer, kind: str, caption: str) -> None:
    assert statements_of(gazetteer, caption) == [], kind
