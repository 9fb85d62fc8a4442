"""Dates: a day that dates an event before the picture (not the picture), a picture dated by
its year alone, and the archive markers of French and German captions."""

from __future__ import annotations

import pytest

from aleppomap.dates import is_file_photo
from date_cases import dated

# ------------------------------------------------------------- the day of an earlier event


@pytest.mark.parametrize(
    "caption",
    [
        # a day "of" the event named before it
        "Vue aérienne d'un quartier de Jandairis, l'une des villes les plus touchées par les "
        "séismes du 6 février 2023. (Photo AFP)",
        "Trümmer eines Wohnhauses in Aleppo nach Monaten; das Haus war beim Erdbeben vom "
        "6. Februar 2023 eingestürzt. Foto: dpa",
        "Volunteers clear a school hit in the strike of Feb. 2 near Idlib, Syria. (AP Photo)",
        # an English day before the place and its event
        "The minaret of the old mosque fell in the 6 February 2023 Antakya earthquake, but its "
        "base remains.",
        # a day closing a clause about the event named before it
        "Samir, 9, plays outside his family's tent; he lost his home in the earthquakes that "
        "struck southern Turkey and northern Syria on February 6, 2023. (UNICEF)",
        "Amal pose devant sa tente à Jindires. Elle a perdu sa maison dans les séismes qui ont "
        "touché la région le 6 février 2023. Crédit : AFP",
        # a picture that says it was taken after the event
        "Smoke hangs over the market in this picture taken after an attack on 9 May. "
        "REUTERS/Stringer",
        "A woman looks at a burnt bus, in a photo taken hours after the bombing on May 2, 2016 "
        "in Aleppo. (AFP)",
    ],
)
def test_the_day_of_an_earlier_event_is_not_the_photos(caption: str) -> None:
    assert dated(caption, "2023-02-20")[1:] == ("gallery", "")


@pytest.mark.parametrize(
    "caption",
    [
        # the suffix of "the one on": "the earthquakes of 6 February"
        "Antakya'da 6 Şubat'taki depremlerde yıkılan Habib-i Neccar Camii'nin kalıntıları.",
        # a participle saying what happened on the day
        "Kahramanmaraş'ta 6 Şubat 2023 günü yaşanan depremin ardından enkaz kaldırma "
        "çalışmaları sürüyor.",
        "Hatay'da 20 Şubat tarihinde meydana gelen sarsıntıdan sonra boşaltılan binalar.",
        # the event right after the day
        "İskenderun limanı, 6 Şubat depreminin vurduğu kentte yeniden açıldı.",
    ],
)
def test_a_turkish_day_of_an_earlier_event_is_not_the_photos(caption: str) -> None:
    assert dated(caption, "2023-06-01") == ("2023-06-01", "gallery", "")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("Antakya'da 8 Şubat 2023'te çekilen fotoğrafta kurtarma ekipleri enkazda çalışıyor.",
         "2023-02-08", "8 Şubat 2023"),
        ("Kurtarma ekipleri 8 Şubat'ta Antakya'da enkazda çalışıyor.", "2023-02-08",
         "8 Şubat"),
        # the event's day first, then the picture's
        ("6 Şubat'taki depremin ardından Antakya, 9 Şubat 2023. (AA)", "2023-02-09",
         "9 Şubat 2023"),
    ],
)  # fmt: skip
def test_a_turkish_day_of_the_picture_stays(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2023-06-01") == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # agencies date a picture taken right after an event by the event's day
        (
            "Helfer bergen nach dem Luftangriff vom 9. Mai einen Verletzten in Idlib. Foto: dpa",
            "2023-05-09",
            "9. Mai",
        ),
        (
            "A man cries outside a hospital following a huge explosion that rocked the capital "
            "on Aug. 4, 2020. (Photo by STR/AFP via Getty Images)",
            "2020-08-04",
            "Aug. 4, 2020",
        ),
        (
            "Rescuers search the rubble after an earthquake that struck Turkey and Syria, in "
            "Aleppo, Syria, February 6, 2023. REUTERS/Firas Makdesi",
            "2023-02-06",
            "February 6, 2023",
        ),
        (
            "Smoke rises after an attack on May 9 in the rebel-held town of Douma. (AFP)",
            "2023-05-09",
            "May 9",
        ),
        # the event's day before the picture's: the picture's
        (
            "A man looks at his shop, damaged by the May 9 air strike on the market, in Douma, "
            "Syria, May 10, 2023. REUTERS/Stringer",
            "2023-05-10",
            "May 10, 2023",
        ),
        (
            "A family shelters in a tent after the 6 February 2023 Antakya earthquake, in Hatay, "
            "Turkey, February 9, 2023. REUTERS/Umit Bektas",
            "2023-02-09",
            "February 9, 2023",
        ),
        (
            "Trümmer des Anschlags vom 9. Mai: Helfer räumen am 10. Mai in Azaz auf. Foto: dpa",
            "2023-05-10",
            "10. Mai",
        ),
        # a day of the picture that a clause follows
        (
            "People walk past the building that collapsed, in Aleppo on May 12, 2023, "
            "after a strike. (Photo by AFP)",
            "2023-05-12",
            "May 12, 2023",
        ),
    ],
)
def test_the_photos_own_day_stays(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2023-05-20") == (expected, "day", span)


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        # a day set beside its event, then the picture's day closing the sentence
        (
            "Rescuers carry a girl out of a collapsed building following an earthquake, "
            "Feb. 6, 2023, in Antakya, Turkey, Feb. 8, 2023. (Photo by AFP via Getty Images)",
            "2023-02-08",
            "Feb. 8, 2023",
        ),
        # ... but alone, the event's day is the picture's
        (
            "Rescuers search the rubble in Aleppo following an earthquake, Feb. 6, 2023. (AFP)",
            "2023-02-06",
            "Feb. 6, 2023",
        ),
        # a day opening the caption is the picture's, whatever happened on it
        (
            "On February 6, 2023, an earthquake hit Aleppo. Here residents flee. (AFP)",
            "2023-02-06",
            "February 6, 2023",
        ),
        # a later sentence that opens with a day and no event: the picture's
        (
            "Ruins of the old city of Aleppo. On February 8, 2023, a girl walks past the "
            "citadel. (AFP)",
            "2023-02-08",
            "February 8, 2023",
        ),
    ],
)
def test_a_day_beside_or_before_an_event(caption: str, expected: str, span: str) -> None:
    assert dated(caption, "2023-02-10") == (expected, "day", span)


def test_a_later_sentence_dating_an_event_tells_the_story() -> None:
    caption = (
        "The ruined old town of Antakya. On February 6, 2023, a 7.8 magnitude earthquake "
        "struck southern Turkey and northern Syria."
    )
    assert dated(caption, "2023-03-16") == ("2023-03-16", "gallery", "")


def test_a_file_photo_of_an_earlier_events_day_has_no_day() -> None:
    caption = (
        "Ein Mann steht in Jindires in den Trümmern des Erdbebens vom 6. Februar 2023. "
        "(Archivbild) Foto: Ghaith Alsayed/AP/dpa"
    )
    assert dated(caption, "2024-02-06") == ("", "unknown", "")


# ------------------------------------------------------------------- a year alone


@pytest.mark.parametrize(
    "caption",
    [
        "Fighters of the Islamic State group parade in Raqqa in 2014. REUTERS/Stringer",
        "Kämpfer der Miliz 2014 in Rakka. Bild: REUTERS/Stringer",
        "Des combattants rebelles à Alep en 2013. (AFP)",
        "Turistas caminham perto da cidadela de Aleppo. A foto foi tirada em 2009. Hoje a "
        "cidadela recebe poucos visitantes.",
        "Tourists walk by the citadel, in a picture taken in 2010. (Reuters)",
    ],
)
def test_a_year_alone_of_another_time_leaves_the_day_unknown(caption: str) -> None:
    assert dated(caption, "2019-07-01")[:2] == ("", "unknown")


@pytest.mark.parametrize(
    "caption",
    [
        # after a title of a few words
        "Homs. Le marché couvert en 2008. (Photo Karim Nasr)",
        # before a day of another year in a later sentence (the story's, or a source's)
        "Alep. Le marché couvert en 2008. Les échoppes ont brûlé en 2012, selon le quotidien "
        "libanais L'Orient-Le Jour du 9 janvier 2017.",
        "Aleppo. The covered market in 2008. Its stalls burned in fighting that the army "
        "said ended on Dec. 22, 2016.",
    ],
)
def test_a_year_dating_the_picture_after_a_title_leaves_the_day_unknown(caption: str) -> None:
    assert dated(caption, "2019-07-01")[:2] == ("", "unknown")


@pytest.mark.parametrize(
    ("caption", "expected", "precision"),
    [
        # a first sentence of more than a few words is the picture's: its year is the story's
        ("Smoke rises over the old city. The minaret was destroyed in 2013. It was built in "
         "1090, the guide said on Dec. 12, 2016.", "2016-12-12", "day"),
        # a day of the year of the first sentence's is not set aside
        ("Aleppo. The covered market in 2016. The army took it on Dec. 12, 2016.",
         "2016-12-12", "day"),
    ],
)  # fmt: skip
def test_a_year_of_the_story_leaves_a_later_day(
    caption: str, expected: str, precision: str
) -> None:
    assert dated(caption, "2019-07-01")[:2] == (expected, precision)


@pytest.mark.parametrize(
    ("caption", "gallery"),
    [
        # the gallery's own year (or the month after it)
        (
            "Fighters of the Islamic State group parade in Raqqa in 2014. REUTERS/Stringer",
            "2014-06-30",
        ),
        ("Children play in the snow in a camp near Azaz in 2018. (UNICEF)", "2019-01-10"),
        # a year of the story, not of the picture
        ("Rebels have held this district since 2012. REUTERS/Stringer", "2016-12-13"),
        ("A woman walks past houses damaged in the war of 2011-2016. (AFP)", "2019-07-01"),
        ("Smoke rises over Aleppo. The minaret was destroyed in 2013. (AFP)", "2016-12-13"),
        ("Civilians wait for buses out of Aleppo before 2017. (AFP)", "2016-12-13"),
    ],
)
def test_a_year_that_does_not_date_another_time_keeps_the_gallerys(
    caption: str, gallery: str
) -> None:
    assert dated(caption, gallery) == (gallery, "gallery", "")


# --------------------------------------------------------------------- archive markers


@pytest.mark.parametrize(
    "caption",
    [
        "Des déplacés syriens attendent une distribution d'aide près d'Idleb. /Photo "
        "d'archives/REUTERS/Khalil Ashawi",
        "Un combattant rebelle dans la vieille ville d'Alep (photo d'archive).",
        "Des enfants dans un camp de la Bekaa. PHOTO D'ARCHIVES AFP",
        "Syrer feiern in Berlin den Sturz der Regierung (Archiv) - Foto: dpa",
    ],
)
def test_french_and_german_archive_markers_make_a_file_photo(caption: str) -> None:
    assert is_file_photo(caption)
    # a file photo's day is its own: a weekday read against the gallery's date is not it
    assert dated(caption + " Mardi.", "2016-12-13") == ("", "unknown", "")


def test_an_archive_photo_keeps_its_stated_day() -> None:
    caption = (
        "Un combattant rebelle à Alep, le 3 juin 2014. Photo d'archives AFP. Vendredi, la ville "
        "était calme."
    )
    assert dated(caption, "2016-12-13") == ("2014-06-03", "day", "3 juin 2014")


@pytest.mark.parametrize(
    "caption",
    [
        "Les archives de la ville sont conservées dans la citadelle d'Alep.",
        "Im Archiv des Museums lagern Fotos aus Aleppo.",
    ],
)
def test_archives_as_a_subject_are_not_a_file_photo(caption: str) -> None:
    assert not is_file_photo(caption)
    assert dated(caption, "2016-12-13") == ("2016-12-13", "gallery", "")
