"""The geoparser on kinds seen in a fresh set of English agency captions (issue 14, round 24):
a known name with letters after it in a language that writes no case ending on a name (no
case form of it, no sound-alike either), a photographer's credit run into the caption after a
space, the report of an unknown name that ends with its place word, the housing project and
the hospital under the names captions give them, and an ambiguous name after "a"."""

from __future__ import annotations

import pytest

from aleppomap._names import NON_INFLECTING_WORDS, unglue_credit
from aleppomap.gallery.credits import parse_credit
from aleppomap.geoparse import Geoparser
from context_places import places


def _ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- 1. a known name with letters after it, in an English (or French, Spanish ...) caption ---


@pytest.mark.parametrize(
    "text",
    [
        "Buses carrying evacuees from the villages of Foua and Kafraya arrive in the city.",
        "Families evacuated from Kafraya wait at a checkpoint.",
        "Residents of Kafraya and Foua board buses during the evacuation.",
        "Des familles évacuées de Kafraya dans les bus, avec leurs bagages.",
        "Familias evacuadas de Kafraya llegan con los autobuses del convoy.",
    ],
)
def test_a_name_with_more_letters_is_no_case_form_in_english(gp: Geoparser, text: str) -> None:
    assert "kafra" not in places(gp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name itself, in the same wordings: still the village
        ("Families evacuated from Kafra wait at a checkpoint.", "kafra"),
        ("Residents of the town of Kafra board buses.", "kafra"),
        # the languages with cases keep their case forms
        ("Ewakuacja cywilów z Aleppa, 15 grudnia 2016.", "aleppo"),
        ("Romos lakóházak Aleppóban a harcok után.", "aleppo"),
        ("Perheitä lähtee Alepposta busseilla.", "aleppo"),
        ("Kurdyjskie oddziały w Manbidżu, sierpień 2016.", "manbij"),
        ("Menekülő családok Aleppóból, 2016. december 14.", "aleppo"),
    ],
)
def test_names_and_case_forms_where_cases_are_written(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert expected in places(gp, text)


def test_the_english_cue_words_are_no_words_of_an_inflecting_language() -> None:
    # (a Polish, Czech, Romanian, Turkish or German caption must not read as English)
    for word in ("do", "na", "de", "la", "il", "en", "et", "van", "des", "das", "to", "on", "a"):
        assert word not in NON_INFLECTING_WORDS


# -- 2. a credit after a space, run into the caption ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurdish families return to the ruined town of Kobani Jane Doe/AFP", "kobani"),
        ("Rebel fighters rest in al-Bab Karam Masri/AFP/Getty Images", "al-bab"),
        ("A boy walks past rubble in Azaz Stringer/AFP", "azaz"),
        ("Fighters near the town of Marea John Smith/Reuters", "marea"),
        ("Smoke rises over Manbij Ahmet Yilmaz / Anadolu Agency.", "manbij"),
        ("A street in the Sheikh Maqsoud district Jane Doe/AP", "sheikh-maqsoud"),
        ("Shoppers in Sheikh Maqsoud Jane Doe/EPA", "sheikh-maqsoud"),
    ],
)
def test_a_spaced_credit_does_not_hide_the_place(gp: Geoparser, text: str, expected: str) -> None:
    assert expected in places(gp, text)


def test_a_spaced_credit_keeps_the_words_of_a_longer_name(gp: Geoparser) -> None:
    # the rightmost end of a name that leaves a first name and a surname to the credit
    assert _ids(gp, "Smoke rises over the Old City Jane Doe/AFP") == ["old-city"]


@pytest.mark.parametrize(
    "text",
    [
        # no agency it knows after the "/": no credit is cut
        "Rebels in the town of Marea Jane Doe/Someone",
        # a lower-case word before the run, and no known name in it
        "A view of the city Jane Doe/AFP",
        "Members of the Syrian Democratic Forces/AFP",
    ],
)
def test_no_spaced_credit_cut_without_an_agency_or_a_name(gp: Geoparser, text: str) -> None:
    read, cuts = unglue_credit(text, gp._ends_name)
    assert cuts == ()
    assert read == text


def test_the_spaced_credit_is_cut_where_the_name_ends(gp: Geoparser) -> None:
    text = "Families in the town of Kobani Jane Doe/AFP"
    read, _ = unglue_credit(text, gp._ends_name)
    assert read == "Families in the town of Kobani.  Jane Doe/AFP"
    [m] = gp.find(text)
    assert (m.place_id, m.matched, text[m.start : m.end]) == ("kobani", "Kobani", "Kobani")


def test_the_credit_parser_reads_the_same_agencies() -> None:
    assert parse_credit("Jane Doe/Anadolu Agency") == (["Jane Doe"], ["Anadolu Agency"])
    assert parse_credit("John Smith/Xinhua") == (["John Smith"], ["Xinhua"])


# -- 3. names of the gazetteer's places as captions write them, and the unknown-name report -


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops in the 1070 Apartment Project in south-western Aleppo.",
            "1070-apartments",
        ),
        ("Rubble in the 1070 Apartments Project after the fighting.", "1070-apartments"),
        ("Rebels advance on the Canadian Hospital north of Aleppo.", "kindi-hospital"),
        ("Rebel fighters storm the Canadian hospital building in Aleppo.", "kindi-hospital"),
    ],
)
def test_the_project_and_the_hospital_by_their_caption_names(
    gp: Geoparser, text: str, expected: str
) -> None:
    assert expected in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a hospital Canada funds, described with "a": not the al-Kindi hospital
        "A Canadian hospital in Aleppo was destroyed in an air strike.",
        "Medical supplies reach a Canadian hospital in Aleppo.",
        # "Central Prison" (every city has one) after "a"
        "Inmates were moved to a central prison in the south.",
        # another number is another project
        "Rubble in the 1080 Apartment Project.",
    ],
)
def test_a_description_or_another_number_names_neither(gp: Geoparser, text: str) -> None:
    assert {"kindi-hospital", "aleppo-central-prison", "1070-apartments"}.isdisjoint(
        places(gp, text)
    )


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("Doctors at the Qwertyville Hospital in Aleppo.", ["Qwertyville Hospital"]),
        ("Worshippers at the Zorbanian mosque in Aleppo.", ["Zorbanian mosque"]),
        ("Children in the Qwertyville quarter.", ["Qwertyville quarter"]),
    ],
)
def test_an_unknown_name_ending_with_its_place_word_is_reported_once(
    gp: Geoparser, text: str, unknown: list[str]
) -> None:
    assert [str(u) for u in gp.unknown_places(text)] == unknown
