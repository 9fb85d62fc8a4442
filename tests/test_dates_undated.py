"""Dates: pictures with no day of their own (undated, archive, a Getty placeholder day, a
month with no day) and the agencies' datelines that abbreviate a month in another language."""

from __future__ import annotations

import pytest

import date_cases
from aleppomap.dates import is_file_photo

TUE_13 = "2016-12-13"  # a Tuesday


def dated(caption: str, gallery_date: str = TUE_13) -> tuple[str, str, str]:
    """(date, precision, text) that ``add_dates`` gives ``caption`` in a gallery of
    ``gallery_date``; the span always points at the text."""
    return date_cases.dated(caption, gallery_date)


# --------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        (
            "Roma, 12 dic. (askanews) - Autobus verdi attendono i civili all'uscita di Aleppo est.",
            "2016-12-12",
            "12 dic.",
        ),
        (
            "Damasco, 11 dic (EFE).- Varios niños esperan junto a un camión de ayuda en Alepo.",
            "2016-12-11",
            "11 dic",
        ),
        (
            "Berlin, 12. Dez. (dpa) - Rauch steigt über dem Osten Aleppos auf.",
            "2016-12-12",
            "12. Dez.",
        ),
        (
            "Beyrouth, 10 déc. (AFP) - Des civils fuient les quartiers est d'Alep.",
            "2016-12-10",
            "10 déc.",
        ),
        ("Lisboa, 9 dez. (Lusa) - Civis deixam o leste de Alepo a pé.", "2016-12-09", "9 dez."),
        ("Aleppo, 8 feb. 2016 (ANSA) - Profughi al confine turco.", "2016-02-08", "8 feb. 2016"),
    ],
)
def test_a_dateline_abbreviates_the_month_in_its_language(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "Rebels hold 3 mar positions near the river in Aleppo.",  # no full stop, no agency
        "Civilians wait at checkpoint 5 set up by the army in western Aleppo.",
        "Fighters rest 2 out of 3 nights in the basement of a school in Aleppo.",
    ],
)
def test_an_abbreviation_without_its_full_stop_is_a_word(caption: str) -> None:
    assert dated(caption) == (TUE_13, "gallery", "")


# --------------------------------------------------------------------------- undated pictures


@pytest.mark.parametrize(
    "caption",
    [
        # a portrait whose only day is the day of the death it tells
        "This undated handout photo released by his family shows Khaled, a nurse at a field "
        "hospital in eastern Aleppo. He was killed in an air strike on the Sakhour district "
        "on Dec. 9.",
        "An undated picture shows the surgeon in the M10 hospital of Aleppo. Activists said "
        "on Monday that he died under the rubble.",
        "UNDATED PHOTO: The minaret of the Umayyad Mosque in Aleppo. It fell in April 2013.",
        "Kinder spielen in einer Gasse der Altstadt von Aleppo (Archivbild).",
        "Der Markt von Aleppo vor dem Krieg (undatiertes Archivbild). Rebellen nahmen den "
        "Osten der Stadt am 19. Juli 2012 ein.",
        "Foto de archivo de la ciudadela de Alepo.",
        "Una foto d'archivio della cittadella di Aleppo.",
        "Halep Kalesi (Arşiv fotoğrafı)",
    ],
)
def test_an_undated_or_archive_picture_has_no_day(caption: str) -> None:
    assert dated(caption) == ("", "unknown", "")
    assert is_file_photo(caption)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the day stated in the sentence that presents the undated picture is the one it shows
        (
            "A still image from an undated video posted on social media shows smoke over the "
            "Sakhour district of Aleppo, Syria December 9, 2016.",
            "2016-12-09",
            "December 9, 2016",
        ),
        ("Imagen de archivo (23/11/2015) de un mercado de Alepo.", "2015-11-23", "23/11/2015"),
        (
            "Archivbild vom 4. März 2014: Flüchtlinge an der Grenze bei Kilis.",
            "2014-03-04",
            "4. März 2014",
        ),
    ],
)
def test_an_undated_or_archive_picture_keeps_the_day_it_states(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption) == (expected, "day", span)


def test_an_archive_picture_takes_no_weekday() -> None:
    caption = "Ein Junge in den Trümmern von Aleppo am Montag (Archivbild)."
    assert dated(caption) == ("", "unknown", "")


def test_words_like_undated_that_are_not_it() -> None:
    caption = "Residents inundated by floods wait at a school in western Aleppo."
    assert dated(caption) == (TUE_13, "gallery", "")
    assert not is_file_photo(caption)


# --------------------------------------------------------------------------- Getty placeholder


def test_gettys_placeholder_day_is_no_day() -> None:
    caption = (
        "ALEPPO, SYRIA - JANUARY 01: A vendor sells bread near the citadel of Aleppo. "
        "(Photo by Staff/Getty Images)"
    )
    assert dated(caption) == ("", "unknown", "")


def test_gettys_placeholder_gives_way_to_the_day_stated_after_it() -> None:
    caption = (
        "ALEPPO, SYRIA - JANUARY 01: Civilians leave the Bustan al-Qasr district of Aleppo on "
        "December 12, 2016. (Photo by Staff/Getty Images)"
    )
    assert dated(caption) == ("2016-12-12", "day", "December 12, 2016")


@pytest.mark.parametrize(
    ("caption", "gallery_date", "expected"),
    [
        # a real New Year's day: the header is not at the start, or it states other days
        (
            "Fireworks over Aleppo. ALEPPO, SYRIA - JANUARY 01: People celebrate the new year. "
            "(Photo by Staff/Getty Images)",
            "2017-01-02",
            "2017-01-01",
        ),
        (
            "ALEPPO, SYRIA - JANUARY 02: People celebrate the new year in Aleppo. (Photo by "
            "Staff/Getty Images)",
            "2017-01-03",
            "2017-01-02",
        ),
    ],
)
def test_other_getty_headers_keep_their_day(caption: str, gallery_date: str, expected: str) -> None:
    assert dated(caption, gallery_date)[:2] == (expected, "day")


# --------------------------------------------------------------------------- a month, no day


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        (
            "Tourists walk through the covered souk of Aleppo, Syria March 2009. REUTERS/Staff",
            "March 2009",
        ),
        ("Vista de la mezquita de los Omeyas de Alepo en abril de 2013.", "abril de 2013"),
        ("Flüchtlinge in einem Lager bei Kilis, März 2014.", "März 2014"),
        ("La citadelle d'Alep, juillet 2010 (AFP)", "juillet 2010"),
    ],
)
def test_a_month_of_another_time_than_the_gallerys_is_no_day(caption: str, span: str) -> None:
    assert dated(caption) == ("", "unknown", span)


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        (
            "Idlib. Karim waits at the tent of his uncle, who was wounded two days before. "
            "June 2015. © Layla Haddad",
            "June 2015",
        ),
        ("Alep, Syrie. Un marchand ferme sa boutique du souk. Mai 2011. (Photo Lina Saab)",
         "Mai 2011"),
    ],
)  # fmt: skip
def test_a_month_and_year_standing_as_a_sentence_of_their_own_is_no_day(
    caption: str, span: str
) -> None:
    assert dated(caption) == ("", "unknown", span)


def test_a_month_closing_a_later_sentence_of_the_story_keeps_the_gallerys_day() -> None:
    caption = "Karim waits at the tent of his uncle. The family fled Homs in June 2015. (AFP)"
    assert dated(caption) == (TUE_13, "gallery", "")


@pytest.mark.parametrize(
    ("caption", "gallery_date"),
    [
        # the gallery is of that month (a gallery of the weeks after it is not: see
        # test_dates_kinds23.py)
        ("Buses leave eastern Aleppo, Syria December 2016. REUTERS/Staff", TUE_13),
        # a month that tells the story
        (
            "A boy plays in the rubble of Aleppo. Rebels took the east of the city in July 2012.",
            TUE_13,
        ),
        ("Children play in a camp near Azaz, where they have lived since March 2013.", TUE_13),
        ("Aleppo's old city, a world heritage site since 1986, in ruins.", TUE_13),
    ],
)
def test_a_month_of_the_galleries_time_or_of_the_story_keeps_the_gallerys_day(
    caption: str, gallery_date: str
) -> None:
    assert dated(caption, gallery_date) == (gallery_date, "gallery", "")


# --------------------------------------------------------------------------- German day ranges


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        (
            "Busse verlassen den Osten Aleppos (Aufnahmen vom 12. bis 14. Dezember).",
            "2016-12-12",
            "12. bis 14. Dezember",
        ),
        (
            "Die Bilder entstanden vom 3. bis 5. März 2014 in Kilis.",
            "2014-03-03",
            "3. bis 5. März 2014",
        ),
    ],
)
def test_a_german_range_of_days_is_its_first_day(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


# --------------------------------------------------------------------------- story days


@pytest.mark.parametrize(
    ("caption", "expected", "precision"),
    [
        # a day that starts a period
        (
            "Families who have lived in the school since Dec. 2 queue for bread in Aleppo.",
            TUE_13,
            "gallery",
        ),
        (
            "Familien, die seit dem 2. Dezember in der Schule leben, warten auf Brot.",
            TUE_13,
            "gallery",
        ),
        (
            "Des familles réfugiées depuis le 2 décembre attendent du pain à Alep.",
            TUE_13,
            "gallery",
        ),
        ("Civiles refugiados desde el 2 de diciembre esperan pan en Alepo.", TUE_13, "gallery"),
        # ... and the photo's day after it
        ("Families besieged since Dec. 2 leave eastern Aleppo on Dec. 12.", "2016-12-12", "day"),
        # a day that dates a start named before it
        (
            "Seit Beginn der Feuerpause am vergangenen Montag kehren Familien nach Aleppo zurück.",
            TUE_13,
            "gallery",
        ),
        # not when a comma closes the start: the day is the photo's
        (
            "Belagert seit Beginn der Offensive, verlassen Zivilisten Aleppo am 12. Dezember.",
            "2016-12-12",
            "day",
        ),
    ],
)
def test_a_day_that_starts_a_period_is_the_storys(
    caption: str, expected: str, precision: str
) -> None:
    assert dated(caption)[:2] == (expected, precision)


@pytest.mark.parametrize(
    "caption",
    [
        "Un ragazzo cammina tra le macerie di un quartiere orientale di Aleppo. Il 22 novembre "
        "l'esercito ha ripreso il quartiere e l'8 dicembre la città vecchia.",
        "A boy walks through the rubble of a district in eastern Aleppo. On Dec. 8 the army "
        "took the old city.",
        "Un garçon marche dans les décombres d'un quartier de l'est d'Alep. Le 8 décembre "
        "l'armée a repris la vieille ville.",
    ],
)
def test_a_yearless_day_opening_a_later_sentence_is_the_storys(caption: str) -> None:
    assert dated(caption) == (TUE_13, "gallery", "")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the photo's day in a later sentence, with its year, or after a short title
        (
            "Un ragazzo cammina tra le macerie di un quartiere orientale di Aleppo. Il 12 dicembre "
            "2016.",
            "2016-12-12",
        ),
        ("Aleppo, Syria. On Dec. 12 a boy walks through the rubble of the old city.", "2016-12-12"),
    ],
)
def test_a_later_sentence_may_still_give_the_photos_day(caption: str, expected: str) -> None:
    assert dated(caption)[:2] == (expected, "day")


def test_two_days_each_after_where_its_picture_stands_give_the_later() -> None:
    caption = (
        "Le centre-ville d'Alep. A gauche: une photographie du 9 août 2010. A droite, une "
        "photographie du 13 décembre 2016."
    )
    assert dated(caption) == ("2016-12-13", "day", "13 décembre 2016")
    caption = "Aleppos Zitadelle. Links: Aufnahme vom 9. August 2010, rechts: 13. Dezember 2016."
    assert dated(caption)[:2] == ("2016-12-13", "day")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        (
            "Die Aufnahmen sind am 5. oder 6. Dezember in Aleppo entstanden.",
            "2016-12-05",
            "5. oder 6. Dezember",
        ),
        ("The pictures were taken in Aleppo on 5 or 6 December.", "2016-12-05", "5 or 6 December"),
    ],
)
def test_one_of_two_days_is_read_as_the_first(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


# --------------------------------------------------------------------------- month before day


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        (
            "Refugiados curdos em um campo em Suruc, na fronteira Turquia-Síria, dezembro 7.",
            "2016-12-07",
            "dezembro 7",
        ),
        (
            "Fumaça sobe da cidade de Alepo, vista de uma colina, dezembro de 11. (Staff / AP)",
            "2016-12-11",
            "dezembro de 11",
        ),
        (
            "Civiles cruzan la frontera en Kilis, diciembre 9, 2016. (Staff / Reuters)",
            "2016-12-09",
            "diciembre 9, 2016",
        ),
    ],
)
def test_a_foreign_month_before_its_day(caption: str, expected: str, span: str) -> None:
    assert dated(caption) == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        "Em dezembro 40 pessoas morreram em Alepo, segundo ativistas.",
        "A cidade perdeu em novembro 3,5 milhões de habitantes.",
        "Ein Junge spielt in Aleppo, wo im Dezember 2016 gekämpft wurde.",
    ],
)
def test_a_foreign_month_before_a_number_that_is_no_day(caption: str) -> None:
    assert dated(caption) == (TUE_13, "gallery", "")


# ------------------------------------------------------------ pictures of another, unstated time


@pytest.mark.parametrize(
    "caption",
    [
        "This photo taken earlier this year shows families queueing for bread in the Bustan "
        "al-Qasr district of Aleppo.",
        "In this photo taken last year, a boy rides a bicycle past the citadel of Aleppo.",
        "A picture from a few years ago shows the covered souq of Aleppo.",
        "This photo, taken before the war, shows the courtyard of the Umayyad Mosque.",
        "A satellite image shows the Kakhovka dam before the flood.",
        "Satellite images show what the street looked like before.",
        "Tariq al-Bab before the missile attack",
        "Before: the minaret of the Umayyad Mosque.",
        # German, French and Spanish pictures of before
        "Das Luftbild zeigt, wie es vorher aussah. Die Brücke und der Weg sind weg.",
        "So sah die Altstadt vor dem Krieg aus: Bild: picture alliance",
        "L'image montre la grande mosquée des Omeyyades avant la guerre.",
        "La foto muestra el zoco de Alepo antes de la guerra.",
        # a picture given out in another year than the gallery's, without its day
        "A handout image issued by the state news agency in 2012 shows the market.",
    ],
)
def test_a_picture_of_another_time_has_no_day(caption: str) -> None:
    assert dated(caption)[:2] == ("", "unknown")


@pytest.mark.parametrize(
    "caption",
    [
        # the day of the photo is stated
        "Picture taken on Dec. 12 before the war ended in the city.",
        # a file photo with its day
        "FILE PHOTO: A view of the souq before the war, Aleppo, Syria March 3, 2009.",
    ],
)
def test_a_picture_of_another_time_keeps_the_day_it_states(caption: str) -> None:
    assert dated(caption)[1] == "day"


@pytest.mark.parametrize(
    "caption",
    [
        # "before" of the picture's own time, or of another clause
        "Fighters rest in a house in Aleppo before the attack on the town.",
        "A Red Cross vehicle waits in Aleppo before the start of an evacuation.",
        "Photo taken before the vote in Aleppo.",
        "Dieser Kämpfer flüchtet vor der Explosion einer Granate im Zentrum von Aleppo.",
        "Survivors of the siege gather in a square of Aleppo.",
        # a picture given out in the gallery's own year
        "A handout image issued by the state news agency in 2016 shows the market.",
    ],
)
def test_words_of_before_that_keep_the_gallerys_date(caption: str) -> None:
    assert dated(caption) == (TUE_13, "gallery", "")


@pytest.mark.parametrize(
    "caption",
    [
        "Foto tidak bertanggal yang dirilis oleh kantor berita ini memperlihatkan benteng Aleppo.",
        "Une photo non datée de la citadelle d'Alep.",
        "Una foto senza data della cittadella di Aleppo.",
        "Halep Kalesi'nin tarihsiz bir fotoğrafı.",
        # a day of a clause about what the undated picture shows is not its own
        "An undated handout photo shows the old city, which the army retook on March 27, 2016.",
        "Foto tidak bertanggal ini memperlihatkan kota Palmyra, yang direbut kembali pada "
        "hari Minggu (27/3/2016).",
    ],
)
def test_an_undated_picture_in_more_wordings_has_no_day(caption: str) -> None:
    assert dated(caption) == ("", "unknown", "")


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("The Umayyad Mosque before (12 March 2009, left) and after the fighting (13 December "
         "2016, right).", "2016-12-13"),
        ("مسجد اموی حلب قبل از تخریب (۱۲ مارس ۲۰۰۹، سمت چپ) و پس از آن (۱۳ دسامبر ۲۰۱۶، "
         "سمت راست). عکس: رویترز", "2016-12-13"),
    ],
)  # fmt: skip
def test_two_days_each_with_their_pictures_place_in_their_brackets(
    caption: str, expected: str
) -> None:
    assert dated(caption)[:2] == (expected, "day")
