"""Dates: a year opening the caption, and a day in a later sentence that tells the story
(before a sentence about now, or stated without its year and without the picture)."""

from __future__ import annotations

import pytest

from date_cases import dated

# ------------------------------------------------------------- a year opening the caption


@pytest.mark.parametrize(
    "caption",
    [
        "In 2012, vendors still sold spices under the vaulted roof of the old souk of Aleppo.",
        "Em 2011, a praça central de Homs ainda estava cheia de gente ao anoitecer.",
        "En 2010, les touristes visitaient encore la citadelle d'Alep.",
    ],
)
def test_a_year_opening_the_caption_dates_the_picture(caption: str) -> None:
    assert dated(caption, "2016-12-20")[:2] == ("", "unknown")


def test_a_year_opening_the_caption_of_the_gallerys_year_is_the_gallerys() -> None:
    caption = "In 2016, families crossed the river out of eastern Aleppo by night."
    assert dated(caption, "2016-12-20")[:2] == ("2016-12-20", "gallery")


def test_a_year_opening_the_caption_gives_way_to_a_stated_day() -> None:
    caption = "In 2013, rebels held the old city. Picture taken March 3, 2013."
    assert dated(caption, "2016-12-20")[:2] == ("2013-03-03", "day")


def test_a_year_in_the_middle_of_an_opening_phrase_is_not_read() -> None:
    caption = "In Aleppo, 2012, the fighting reached the old city, and later the citadel."
    assert dated(caption, "2016-12-20")[:2] == ("2016-12-20", "gallery")


# ------------------------------------------------ a day before a sentence about now


@pytest.mark.parametrize(
    "caption",
    [
        "The Umayyad mosque was badly damaged in the fighting. Its minaret from the 11th "
        "century was brought down on April 24, 2013. Today the courtyard is a field of rubble.",
        "Der Markt war einst der größte überdachte Basar der Welt. Er brannte am "
        "29. September 2012 nieder. Heute stehen nur noch die Mauern.",
        "A igreja foi atingida várias vezes durante o cerco da cidade. O sino caiu em 5 de "
        "maio de 2014. Hoje, o edifício está vazio.",
    ],
)
def test_a_day_before_a_sentence_about_now_tells_the_story(caption: str) -> None:
    assert dated(caption, "2016-12-20")[:2] == ("2016-12-20", "gallery")


def test_a_day_of_the_pictures_sentence_stays_before_a_sentence_about_now() -> None:
    caption = (
        "Worshippers pray in the courtyard of the Umayyad mosque in Aleppo on April 24, 2009. "
        "Today the courtyard is a field of rubble."
    )
    assert dated(caption, "2016-12-20")[:2] == ("2009-04-24", "day")


# ------------------------------------------- a day without its year in a later sentence


def test_a_later_sentences_day_without_the_picture_tells_the_story() -> None:
    caption = (
        "Whole streets were wiped out along the riverbed in the centre of the town. The "
        "floodwater carried away houses and cars on September 11 night, residents said."
    )
    assert dated(caption, "2023-09-15")[:2] == ("2023-09-15", "gallery")


@pytest.mark.parametrize(
    ("caption", "day"),
    [
        (
            "Tens of thousands of displaced people now live in tents around the town. The "
            "picture, taken on February 2, shows a truck bringing families into the camp.",
            "2024-02-02",
        ),
        (
            "Les bombardements ne laissent aucun abri aux habitants des quartiers ouest. Pour la "
            "seule journée du mardi 3 mai, des dizaines d'obus sont tombés sur la ville.",
            "2016-05-03",
        ),
        (
            "Aid convoys reach the town after a week of waiting at the border crossing. Trucks "
            "unload flour at the stadium on Tuesday, Feb. 6.",
            "2024-02-06",
        ),
    ],
)
def test_a_later_sentences_day_of_the_picture_is_read(caption: str, day: str) -> None:
    assert dated(caption, "2024-02-08" if day.startswith("2024") else "2016-05-04")[:2] == (
        day,
        "day",
    )


def test_a_year_closing_the_first_sentence_before_a_sentence_about_now_is_the_storys() -> None:
    caption = (
        "O mercado coberto ardeu nos combates em 2012. Hoje, os comerciantes reconstroem tudo."
    )
    assert dated(caption, "2019-07-01")[:2] == ("2019-07-01", "gallery")
    # ("Today" after a sentence of another year is "nowadays": the gallery's day, not stated)
    caption = "The covered souk burnt down in the fighting in 2012. Today traders rebuild it."
    assert dated(caption, "2019-07-01")[:2] == ("2019-07-01", "gallery")
    # ... but with no year before it, the day of the picture
    caption = "Traders carry goods into the covered souk. Today they reopened their shops."
    assert dated(caption, "2019-07-01")[:2] == ("2019-07-01", "day")


# ------------------------------------------- a day after a count of days "earlier"


@pytest.mark.parametrize(
    ("caption", "day"),
    [
        (
            "Boys stand at the edge of a crater left two days earlier by an air strike on "
            "Oct. 8, 2016 in Sanaa, Yemen. (Reuters)",
            "2016-10-10",
        ),
        (
            "Des habitants fouillent les décombres d'un marché détruit trois jours auparavant "
            "par un bombardement mené le 12 mars 2017 à Idleb.",
            "2017-03-15",
        ),
        (
            "Helfer räumen die Trümmer einer Schule, die einen Tag zuvor bei einem Angriff am "
            "4. Mai 2018 getroffen wurde.",
            "2018-05-05",
        ),
        (
            "Two days earlier, an air strike on Oct. 8 tore through the hall where the funeral "
            "was held; mourners return to it.",
            "2016-10-10",
        ),
    ],
)
def test_a_day_after_a_count_of_days_earlier_dates_the_picture_that_much_later(
    caption: str, day: str
) -> None:
    assert dated(caption, "2016-12-07" if day.startswith("2016") else day)[:2] == (day, "day")


@pytest.mark.parametrize(
    "caption",
    [
        # the count after the day: the day is the picture's
        "Boys stand on Oct. 10, 2016 at the edge of a crater left by an air strike two days "
        "earlier in Sanaa, Yemen.",
        # the count in another sentence
        "The hall was hit two days earlier. Boys stand at its gate in Sanaa on Oct. 10, 2016.",
        # days "before" an event are not a count back from the day
        "Supporters rally in Sanaa on Oct. 10, 2016, two days before the talks.",
    ],
)
def test_a_count_of_days_elsewhere_leaves_the_day(caption: str) -> None:
    assert dated(caption, "2016-12-07")[:2] == ("2016-10-10", "day")


# ------------------------------------------------ a day closing a clause about a deed


def test_a_day_after_since_and_a_deed_starts_a_period() -> None:
    caption = "Families queue for water near Erbil since gunmen overran the town on June 10."
    assert dated(caption, "2014-07-01")[:2] == ("2014-07-01", "gallery")


def test_a_day_of_the_picture_before_a_since_clause_is_read() -> None:
    caption = (
        "Families queue for water near Erbil on June 20, since gunmen overran the town on June 10."
    )
    assert dated(caption, "2014-07-01")[:2] == ("2014-06-20", "day")


def test_a_deeds_day_after_after_in_a_much_later_gallery_is_not_the_pictures() -> None:
    caption = (
        "Evacuees sleep on the floor of a cargo plane bound for Qatar, leaving the country "
        "after the militia seized the capital on August 14."
    )
    assert dated(caption, "2021-09-20")[:2] == ("2021-09-20", "gallery")


@pytest.mark.parametrize(
    "caption",
    [
        "Crowds rush across the runway of the airport after the militia seized the capital on "
        "August 14.",
        # stated with its year, the day is the picture's
        "Evacuees sleep on the floor of a cargo plane after the militia seized the capital on "
        "August 14, 2021.",
    ],
)
def test_a_deeds_day_after_after_in_a_gallery_of_the_days_after_is_the_pictures(
    caption: str,
) -> None:
    assert dated(caption, "2021-08-16" if "runway" in caption else "2021-09-20")[:2] == (
        "2021-08-14",
        "day",
    )
