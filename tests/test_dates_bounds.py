"""Dates: a release day alone, a relative day bounding a state ("until yesterday"), and the
lead of a Japanese dispatch under its dateline."""

from __future__ import annotations

import pytest

from date_cases import dated

# ------------------------------------------------------------------ a day of the release only


@pytest.mark.parametrize(
    "caption",
    [
        "In this photo provided on Wednesday, Jan. 3, 2018 by an opposition media group, "
        "which has been authenticated based on its contents and other AP reporting, shows "
        "rescuers on a street hit by air strikes in Maarat al-Numan, Syria.",
        "In this photo released on Friday, Jan. 5, 2018 by the Syrian Civil Defense, "
        "volunteers carry a wounded man from a collapsed house in Saraqeb.",
        "A handout photo made available by the official news agency SANA on 4 January 2018 "
        "shows soldiers at a checkpoint on the road to Aleppo.",
        "A handout picture posted online on Jan. 4 by an activist group shows smoke over "
        "the town of Khan Sheikhoun.",
        "Cette photo diffusée le 4 janvier par l'agence officielle Sana montre des soldats "
        "dans le sud d'Idleb.",
        "Esta foto difundida el 4 de enero por la Defensa Civil muestra a rescatistas en Idlib.",
    ],
)
def test_a_release_day_alone_is_not_the_photos(caption: str) -> None:
    assert dated(caption, "2018-01-06") == ("2018-01-06", "gallery", "")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # the day of the scene, after the one who provided the picture and a clause
        ("In this photo provided by an opposition media group, which has been authenticated "
         "based on its contents, shows rescuers in Aleppo, Syria, Thursday, Jan. 4, 2018.",
         "2018-01-04", "Thursday, Jan. 4, 2018"),
        # the release day, then the picture's own
        ("A handout photo made available by SANA on 5 January 2018 shows soldiers near "
         "Aleppo, Syria, 4 January 2018.", "2018-01-04", "4 January 2018"),
        # the picture's day before the words of its release
        ("Soldiers patrol the old city of Aleppo, Jan. 4, in this photo released by SANA.",
         "2018-01-04", "Jan. 4"),
        # a German handout photo "of" a day is dated by it
        ("Ein Handout-Foto der Weißhelme vom 4.1.2018 zeigt Helfer in Idlib.", "2018-01-04",
         "4.1.2018"),
        # "provided" with no day after it
        ("Civil defence volunteers, in a picture provided by the group, search the rubble in "
         "Idlib on Jan. 4, 2018.", "2018-01-04", "Jan. 4, 2018"),
    ],
)  # fmt: skip
def test_the_photos_day_near_release_words_stays(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2018-01-06") == (expected, "day", span)


def test_a_file_photo_released_keeps_its_day() -> None:
    caption = (
        "FILE - In this photo released on Dec. 12, 2016 by SANA, soldiers walk in the old "
        "city of Aleppo."
    )
    assert dated(caption, "2018-01-06") == ("2016-12-12", "day", "Dec. 12, 2016")


# ------------------------------------------------ a relative day that ends or starts a state


@pytest.mark.parametrize(
    "caption",
    [
        "Fino a ieri sulla collina sopra la città sventolava la bandiera nera dei jihadisti.",
        "Until yesterday the black flag of the militants flew over the hill near Kobani.",
        "The hill, held by the militants till yesterday, is quiet.",
        "Jusqu'à hier, le drapeau noir flottait sur la colline de Kobané.",
        "Bis gestern wehte die schwarze Fahne der Miliz über dem Hügel bei Kobane.",
        "Hasta ayer la bandera negra ondeaba en la colina que domina Kobani.",
        "Até ontem a bandeira negra tremulava na colina sobre Kobani.",
        # since yesterday: a state that began then
        "Seit gestern schweigen die Waffen in Aleppo.",
        "Depuis hier, les armes se taisent à Alep.",
        "Desde ayer no hay agua en los barrios del este de Alepo.",
    ],
)
def test_a_relative_day_bounding_a_state_is_no_day(caption: str) -> None:
    assert dated(caption, "2014-10-14") == ("2014-10-14", "gallery", "")


@pytest.mark.parametrize(
    ("caption", "span"),
    [
        ("Smoke rises over the hill near Kobani yesterday.", "yesterday"),
        ("Ribelli siriani sulla collina di Kobane ieri.", "ieri"),
        ("Kämpfer auf dem Hügel bei Kobane gestern.", "gestern"),
        ("Des combattants sur la colline de Kobané hier.", "hier"),
        ("Combatientes en la colina de Kobani ayer, bajo el fuego.", "ayer"),
    ],
)
def test_a_relative_day_of_the_picture_stays(caption: str, span: str) -> None:
    assert dated(caption, "2014-10-14") == ("2014-10-13", "day", span)


# ------------------------------------------------------- the lead of a Japanese dispatch


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # the place, then the day of what the picture shows, under the dateline
        ("【10月24日 AFP】シリア北部の町コバニ(Kobane)で23日、空爆から逃げる戦闘員らの姿を"
         "カメラマンが国境の向こうから捉えた。空爆は夕方に行われた。",
         "2014-10-24", "2014-10-23", "23日"),
        ("【1月29日 AFP】がれきの残る町コバニ(Kobane)に28日、記者団が入った。"
         "クルド人部隊は26日にコバニを奪還していた。", "2015-01-29", "2015-01-28", "28日"),
        # the month before the dateline's
        ("【12月2日 AFP】アレッポ(Aleppo)東部で30日、政府軍が進撃した。", "2016-12-02",
         "2016-11-30", "30日"),
        # the day the picture was taken wins
        ("【12月2日 AFP】アレッポ(Aleppo)で1日、政府軍が進撃した。11月30日撮影。",
         "2016-12-02", "2016-11-30", "11月30日"),
    ],
)  # fmt: skip
def test_the_lead_day_of_a_japanese_dispatch(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "gallery"),
    [
        # a day in a later sentence is the story's, and the dateline is the dispatch's day
        ("【1月29日 AFP】がれきの残る町コバニ(Kobane)を戦闘員が歩く。クルド人部隊は26日、"
         "コバニを奪還した。", "2015-01-29"),
        # the day of a statement
        ("【10月24日 AFP】在英の人権団体は23日、コバニ(Kobane)で戦闘が続いていると発表した。",
         "2014-10-24"),
        ("【10月24日 AFP】トルコ当局は23日、国境の町で砲撃があったと明らかにした。",
         "2014-10-24"),
        # a day long before the dateline is the story's
        ("【3月20日 AFP】アレッポ(Aleppo)で2日、停戦が始まった。", "2016-03-20"),
        # the dateline alone: an aerial picture of no stated day
        ("【11月23日 AFP】イドリブ(Idlib)県郊外の訓練場を捉えた空撮写真。", "2018-11-25"),
    ],
)  # fmt: skip
def test_a_dispatchs_dateline_is_not_the_photos_day(caption: str, gallery: str) -> None:
    assert dated(caption, gallery) == (gallery, "gallery", "")


def test_a_dispatchs_dateline_with_no_gallery_date_gives_no_day() -> None:
    caption = "【11月23日 AFP】イドリブ(Idlib)県郊外の訓練場を捉えた空撮写真。"
    assert dated(caption, "")[:2] == ("", "unknown")


# ------------------------------------- a weekday, day and month with no year, no gallery date


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Reporters walk through east Aleppo on Thursday, Dec. 22, after the last rebels left "
         "the city in 2016.", "2016-12-22", "Thursday, Dec. 22"),
        ("Nos reporters sont retournés jeudi 22 décembre dans les quartiers est d'Alep, repris "
         "par l'armée en 2016.", "2016-12-22", "22 décembre"),
        ("Reporter kehrten am Donnerstag, 22. Dezember, in die 2016 zurückeroberte Altstadt "
         "zurück.", "2016-12-22", "22. Dezember"),
        ("Los periodistas volvieron el jueves 22 de diciembre a Alepo, reconquistada en 2016.",
         "2016-12-22", "22 de diciembre"),
        ("Os repórteres voltaram na quinta-feira, 22 de dezembro, a Aleppo, retomada em 2016.",
         "2016-12-22", "22 de dezembro"),
    ],
)  # fmt: skip
def test_a_weekday_picks_the_year_written_in_the_caption(
    caption: str, expected: str, span: str
) -> None:
    assert dated(caption, "") == (expected, "day", span)


@pytest.mark.parametrize(
    "caption",
    [
        # no year written: a weekday fits one year in seven
        "Nos reporters sont retournés jeudi 22 décembre dans les quartiers est d'Alep.",
        "Reporters walk through east Aleppo on Thursday, Dec. 22.",
        # a year written that the weekday does not fit (nor is the year before tried)
        "Reporters walk through Aleppo on Thursday, Dec. 22, four years after the battle of 2012.",
        # no weekday
        "Reporters walk through east Aleppo on Dec. 22, after the rebels left in 2016.",
    ],
)
def test_a_day_with_no_year_to_fit_stays_unknown(caption: str) -> None:
    assert dated(caption, "")[:2] == ("", "unknown")


def test_a_weekday_with_the_gallerys_date_takes_the_gallerys_year() -> None:
    caption = "Reporters walk through east Aleppo on Thursday, Dec. 22, four years on from 2012."
    assert dated(caption, "2016-12-23") == ("2016-12-22", "day", "Thursday, Dec. 22")


# ------------------------------------------- a day closing a participle that dates an event


@pytest.mark.parametrize(
    ("caption", "gallery"),
    [
        ("Des secouristes fouillent les décombres d'une clinique à Maaret al-Noomane, suite à "
         "une frappe aérienne menée le 15 février 2016, qui a tué une vingtaine de personnes.",
         ""),
        ("Rescuers search the rubble of a clinic after an air strike carried out on Feb. 15, "
         "2016, which killed 20 people in Maarat al-Numan.", ""),
        ("Rescuers search the ruins of a school hit by airstrikes conducted on Feb. 15 in "
         "Idlib province.", "2016-03-01"),
        ("Rescatistas entre los escombros tras un bombardeo realizado el 15 de febrero de 2016 "
         "en Idlib.", ""),
        ("Soccorritori tra le macerie dopo un attacco aereo condotto il 15 febbraio 2016 a "
         "Idlib.", ""),
        ("Socorristas nos escombros após um ataque aéreo levado a cabo em 15 de fevereiro de "
         "2016 em Idlib.", ""),
    ],
)  # fmt: skip
def test_an_events_day_in_a_participle_is_not_the_photos(caption: str, gallery: str) -> None:
    assert dated(caption, gallery)[2] == ""  # (the gallery's date, or none)


@pytest.mark.parametrize(
    ("caption", "gallery", "expected", "span"),
    [
        # a gallery of the days right after the event: a picture taken right after it
        ("Rescuers search the rubble of a clinic after an air strike carried out on Feb. 15 "
         "in Maarat al-Numan.", "2016-02-16", "2016-02-15", "Feb. 15"),
        # the picture's own day after the event's
        ("Rescuers search the rubble of a clinic after an air strike carried out on Feb. 15, "
         "2016 in Maarat al-Numan, Feb. 17, 2016.", "", "2016-02-17", "Feb. 17, 2016"),
        # a relative clause after "after" keeps the event's day (agencies' habit)
        ("Volunteers search the rubble after an air strike that hit the town on Feb. 15, 2016.",
         "", "2016-02-15", "Feb. 15, 2016"),
        # a participle of no event
        ("Rebels carried out on Feb. 15, 2016 a raid near Idlib.", "", "2016-02-15",
         "Feb. 15, 2016"),
        # the Reuters day closing the sentence, after the site of a strike
        ("A man inspects a damaged building at a site hit by what activists said was a barrel "
         "bomb in Maarat al-Numan, June 4, 2015. REUTERS/Stringer", "2015-06-05", "2015-06-04",
         "June 4, 2015"),
    ],
)  # fmt: skip
def test_the_photos_day_near_an_events_participle_stays(
    caption: str, gallery: str, expected: str, span: str
) -> None:
    assert dated(caption, gallery) == (expected, "day", span)
