"""Dates: the day each photo was taken, from captions, explicit columns or the gallery."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aleppomap.dates import GRACE_DAYS, DateMention, add_dates, find_date, is_file_photo
from aleppomap.errors import EventsTableError, GalleryFormatError
from aleppomap.gallery import read_gallery_text

SEED_DAYS = {
    1: 14, 2: 13, 3: 14, 4: 13, 5: 12, 6: 13, 7: 14, 8: 12, 9: 14, 10: 10, 12: 13, 13: 13,
    14: 13, 15: 13, 16: 12, 17: 13, 18: 13, 19: 12, 20: 13, 21: 12, 22: 12, 23: 11, 24: 12,
    25: 13,
}  # fmt: skip
TUE_13 = dt.date(2016, 12, 13)  # the seed's gallery date, a Tuesday


def assert_day(text: str, expected: str, span: str) -> DateMention:
    """``text``, in a gallery dated :data:`TUE_13`, gives the day ``expected`` from ``span``."""
    found = find_date(text, TUE_13)
    assert found is not None
    assert found.date is not None
    assert (found.date.isoformat(), found.text) == (expected, span)
    assert text[found.start : found.end] == span
    return found


def test_seed_dates_per_entry(seed_entries: pd.DataFrame) -> None:
    dated = seed_entries[seed_entries["entry"] != 11]
    got = {int(e): d for e, d in zip(dated["entry"], dated["date"], strict=True)}
    assert got == {e: f"2016-12-{d:02d}" for e, d in SEED_DAYS.items()}
    assert set(dated["date_precision"]) == {"day"}


def test_seed_empty_entry_falls_back_to_the_gallery_date(seed_entries: pd.DataFrame) -> None:
    row = seed_entries.set_index("entry").loc[11]
    assert row["date"] == "2016-12-13"
    assert row["date_precision"] == "gallery"
    assert (row["date_text"], row["date_start"], row["date_end"]) == ("", -1, -1)


def test_seed_spans_point_into_the_caption(seed_entries: pd.DataFrame) -> None:
    for caption, text, start, end in zip(
        seed_entries["caption"],
        seed_entries["date_text"],
        seed_entries["date_start"],
        seed_entries["date_end"],
        strict=True,
    ):
        if start >= 0:
            assert caption[start:end] == text
    row = seed_entries.set_index("entry").loc[10]
    assert row["date_text"] == "Dec. 10"  # "early Dec. 10"


def test_first_mention_is_the_photo_date() -> None:
    caption = (
        "Syrian soldiers rest in Aleppo, Syria, Dec. 12. The army recaptured the "
        "neighborhood on Dec. 13 following clashes with rebels."
    )
    found = find_date(caption, TUE_13)
    assert found is not None
    assert found.date == dt.date(2016, 12, 12)
    assert caption[found.start : found.end] == "Dec. 12"


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("in Aleppo on Dec. 14.", "2016-12-14", "Dec. 14"),
        ("the northern city of Aleppo on Dec.13, as", "2016-12-13", "Dec.13"),
        ("in Aleppo on December 14, after", "2016-12-14", "December 14"),
        ("in Aleppo on 14 December, after", "2016-12-14", "14 December"),
        ("on the 11th of December", "2016-12-11", "11th of December"),
        ("Aleppo, Syria, Dec. 12, 2016.", "2016-12-12", "Dec. 12, 2016"),
        ("Aleppo, Syria, Dec. 12,2016.", "2016-12-12", "Dec. 12,2016"),
        ("Aleppo, Dec. 28,2015 (AP)", "2015-12-28", "Dec. 28,2015"),
        ("Aleppo, Syria December 20, 2015. REUTERS", "2015-12-20", "December 20, 2015"),
        ("Aleppo, 13 December 2016.", "2016-12-13", "13 December 2016"),
        ("a field hospital, early Dec. 10.", "2016-12-10", "Dec. 10"),
        ("fighting on Tuesday, Dec. 13, in", "2016-12-13", "Tuesday, Dec. 13"),
        ("shelling on Sept. 3 killed", "2016-09-03", "Sept. 3"),
        ("shelling on Sep. 3 killed", "2016-09-03", "Sep. 3"),
        ("shelling on Sept 3 killed", "2016-09-03", "Sept 3"),
        ("on September 3rd", "2016-09-03", "September 3rd"),
        ("Jan. 5", "2016-01-05", "Jan. 5"),
        ("Feb. 6", "2016-02-06", "Feb. 6"),
        ("on March 7", "2016-03-07", "March 7"),
        ("Aug. 8", "2016-08-08", "Aug. 8"),
        ("Oct. 9", "2016-10-09", "Oct. 9"),
        ("Nov. 10", "2016-11-10", "Nov. 10"),
        ("on April 1", "2016-04-01", "April 1"),
        ("on May 2", "2016-05-02", "May 2"),
        ("on June 3", "2016-06-03", "June 3"),
        ("on July 4", "2016-07-04", "July 4"),
        ("DECEMBER 12", "2016-12-12", "DECEMBER 12"),
        ("photographed 2016-12-11 in", "2016-12-11", "2016-12-11"),
        ("photographed 28/11/2016 in", "2016-11-28", "28/11/2016"),
        ("photographed 11/28/2016 in", "2016-11-28", "11/28/2016"),
        ("fighters rest on Monday in", "2016-12-12", "Monday"),
        ("fighters rest on Tuesday in", "2016-12-13", "Tuesday"),  # the gallery's own day
        ("fighters rest on Wednesday in", "2016-12-07", "Wednesday"),
        ("fighters rest early Sunday", "2016-12-11", "Sunday"),
        ("Thursday night, shelling", "2016-12-08", "Thursday"),
        # the numbers of a day written with dots or dashes, or year first
        ("photographed 28.11.2016 in", "2016-11-28", "28.11.2016"),
        ("photographed 28-11-2016 in", "2016-11-28", "28-11-2016"),
        ("photographed 2016/11/28 in", "2016-11-28", "2016/11/28"),
        # a weekday with its day stated: the stated day (not the gallery's week)
        ("fighters rest on Thursday (Dec. 1) in", "2016-12-01", "Dec. 1"),
        ("fighters rest on Thursday, 1 December, in", "2016-12-01", "1 December"),
        ("fighters rest on Thursday 1 December in", "2016-12-01", "1 December"),
        ("fighters rest on Thursday evening, Dec. 1, in", "2016-12-01", "Dec. 1"),
        ("Thursday night, Dec. 1, shelling", "2016-12-01", "Dec. 1"),
        # a two-digit year after a slash or dot
        ("photographed 28/11/16 in", "2016-11-28", "28/11/16"),
        # two days: the first (as "Dec. 11-12" reads)
        ("on the night of 11-12 December", "2016-12-11", "11-12 December"),
        ("on 11 and 12 December", "2016-12-11", "11 and 12 December"),
    ],
)
def test_date_forms(text: str, expected: str, span: str) -> None:
    found = assert_day(text, expected, span)
    assert found.precision == "day"


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("Alep, le 3 juin 2014 (AFP)", "2014-06-03", "3 juin 2014"),
        ("Une vue d'Alep, le 1er octobre.", "2016-10-01", "1er octobre"),
        ("Des civils fuient, le 13 décembre 2016.", "2016-12-13", "13 décembre 2016"),
        ("Alep, 18 septembre (AFP)", "2016-09-18", "18 septembre"),
        ("Bambini ad Aleppo, 10 luglio 2014.", "2014-07-10", "10 luglio 2014"),
        ("en Alepo, el 3 de junio de 2014.", "2014-06-03", "3 de junio de 2014"),
        ("em Alepo, 3 de junho de 2014.", "2014-06-03", "3 de junho de 2014"),
        ("in Aleppo am 3. Juni 2014.", "2014-06-03", "3. Juni 2014"),
        ("HALEP, 27 Aralık 2016 Salı", "2016-12-27", "27 Aralık 2016"),
        ("HALEP - 12 EKİM 2016", "2016-10-12", "12 EKİM 2016"),
        ("Halep, 14 Şubat", "2016-02-14", "14 Şubat"),
        ("di Aleppo, Suriah pada 2 Juli 2016.", "2016-07-02", "2 Juli 2016"),
    ],
)
def test_day_and_month_in_other_languages(text: str, expected: str, span: str) -> None:
    assert_day(text, expected, span)


@pytest.mark.parametrize(
    "text",
    [
        "the army is now holding on 99 percent of Aleppo's eastern neighborhoods",
        "3 Maiden street",
        "version 1.12.2016.3 of the file",
        "the score was 13-12-16 at the end",
        "between 40 and 50 civilians",
        "leaving 50 thousand civilians trapped as fighting continues",
        "some 40 people suffered of such symptoms after the strikes",
        "May 5 people return?",
        "they may 5 times a day",
        "a march 3 kilometres long",
        "the uprising began in March 2011",
        "Dec. 1,500 people fled",
        "Dec. 1,20000 people fled",
        "Dec. 3.5 kilometres",
        "Dec. 32 is not a day",
        "Feb. 30 is not a day",
        "photographed 11/12/2016 in",  # November or December?
        "a Monday newspaper",
        "the Canon Monday camera",
        "Resolution 2254 of the Security Council",
        "",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_date(text, TUE_13) is None


@pytest.mark.parametrize(
    ("text", "gallery", "expected"),
    [
        ("Dec. 28", dt.date(2017, 1, 3), "2016-12-28"),  # late December, seen in January
        ("Jan. 2", dt.date(2017, 1, 3), "2017-01-02"),
        ("Jan. 2", dt.date(2016, 12, 30), "2016-01-02"),  # a year in review
        ("Dec. 14", dt.date(2016, 12, 13), "2016-12-14"),  # a gallery updated next day
        ("Dec. 31", dt.date(2016, 12, 13), "2015-12-31"),  # too far after: last year
        ("Feb. 29", dt.date(2017, 3, 1), "2016-02-29"),
        ("Feb. 29, 2016", dt.date(2017, 3, 1), "2016-02-29"),
        ("Dec. 12, 2012", dt.date(2016, 12, 13), "2012-12-12"),  # a stated year wins
        ("on Monday", dt.date(2017, 1, 3), "2017-01-02"),
        ("on Sunday", dt.date(2017, 1, 3), "2017-01-01"),
        ("on Tuesday", dt.date(2017, 1, 3), "2017-01-03"),
    ],
)
def test_the_year_and_week_come_from_the_gallery(
    text: str, gallery: dt.date, expected: str
) -> None:
    found = find_date(text, gallery)
    assert found is not None
    assert found.date is not None
    assert found.date.isoformat() == expected


def test_without_a_gallery_date_a_year_less_date_is_unknown() -> None:
    found = find_date("in Aleppo on Dec. 14, after", None)
    assert found == DateMention(None, "unknown", "Dec. 14", 13, 20)
    assert find_date("on Monday", None) == DateMention(None, "unknown", "Monday", 3, 9)
    stated = find_date("Dec. 14, 2016", None)
    assert stated is not None
    assert stated.date == dt.date(2016, 12, 14)


def test_add_dates_precisions() -> None:
    entries = pd.DataFrame(
        {
            "caption": ["Aleppo on Dec. 12.", "", "Aleppo on Dec. 12.", "no date here"],
            "gallery_date": ["2016-12-13", "2016-12-13", "", ""],
        }
    )
    out = add_dates(entries)
    assert list(out["date"]) == ["2016-12-12", "2016-12-13", "", ""]
    assert list(out["date_precision"]) == ["day", "gallery", "unknown", "unknown"]
    assert list(out["date_text"]) == ["Dec. 12", "", "Dec. 12", ""]
    assert list(out["date_start"]) == [10, -1, 10, -1]
    assert list(out["date_end"]) == [17, -1, 17, -1]
    assert "date" not in entries.columns  # a copy, the input untouched


def test_an_explicit_date_column_wins() -> None:
    entries = pd.DataFrame(
        {
            "caption": ["Aleppo on Dec. 12.", "Aleppo on Dec. 12."],
            "gallery_date": "2016-12-13",
            "date": ["2016-12-10", ""],
        }
    )
    out = add_dates(entries)
    assert list(out["date"]) == ["2016-12-10", "2016-12-12"]
    assert list(out["date_precision"]) == ["day", "day"]
    assert list(out["date_start"]) == [-1, 10]


def test_add_dates_is_idempotent(seed_entries: pd.DataFrame) -> None:
    again = add_dates(seed_entries)
    pd.testing.assert_frame_equal(again, seed_entries)


def test_an_invalid_explicit_date_names_file_and_line() -> None:
    entries = pd.DataFrame(
        {
            "caption": ["a", "b"],
            "gallery_date": "2016-12-13",
            "date": ["2016-12-10", "13/12/2016"],
            "source": "photos.csv",
            "line": [2, 3],
        }
    )
    with pytest.raises(GalleryFormatError) as err:
        add_dates(entries)
    assert err.value.source == "photos.csv"
    assert err.value.line == 3
    assert "13/12/2016" in str(err.value)
    assert "YYYY-MM-DD" in str(err.value)


def test_an_invalid_explicit_date_in_a_csv_is_an_error() -> None:
    text = "entry,caption,date\n1,Aleppo,2016-12-10\n2,Aleppo,2016-02-30\n"
    with pytest.raises(GalleryFormatError, match=r"gallery\.csv, line 3: date '2016-02-30'"):
        read_gallery_text(text, source="gallery.csv")


def test_add_dates_needs_captions() -> None:
    with pytest.raises(EventsTableError, match=r"entries table lacks the column\(s\) caption"):
        add_dates(pd.DataFrame({"entry": [1]}))


_MONTH_NAMES = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
]  # fmt: skip


@given(
    gallery=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)),
    month=st.integers(1, 12),
    day=st.integers(1, 31),
    before=st.sampled_from(["", "Aleppo, ", "in Aleppo on ", "early "]),
    after=st.sampled_from(["", ".", ", after", " (AFP)"]),
)
def test_any_stated_day_resolves_within_the_gallerys_year(
    gallery: dt.date, month: int, day: int, before: str, after: str
) -> None:
    text = f"{before}{_MONTH_NAMES[month - 1]} {day}{after}"
    found = find_date(text, gallery)
    try:
        dt.date(2000, month, day)
    except ValueError:
        assert found is None
        return
    assert found is not None
    assert found.date is not None
    assert (found.date.month, found.date.day) == (month, day)
    limit = min(gallery + dt.timedelta(days=GRACE_DAYS), dt.date(gallery.year, 12, 31))
    assert found.date <= limit
    if (month, day) != (2, 29):  # else the latest leap year
        assert found.date > limit - dt.timedelta(days=366)


@given(st.text(max_size=300), st.none() | st.dates())
def test_find_date_never_fails_and_spans_are_exact(text: str, gallery: dt.date | None) -> None:
    found = find_date(text, gallery)
    if found is not None:
        assert text[found.start : found.end] == found.text
        assert found.text
        assert (found.date is None) == (found.precision == "unknown")


def test_explicit_dates_of_any_type() -> None:
    entries = pd.DataFrame(
        {
            "caption": ["Aleppo on Dec. 12."] * 4,
            "gallery_date": "2016-12-13",
            "date": pd.Series(
                [dt.date(2016, 12, 1), pd.NA, "2016-12-02T10:00:00Z", None], dtype=object
            ),
        }
    )
    out = add_dates(entries)
    assert list(out["date"]) == ["2016-12-01", "2016-12-12", "2016-12-02", "2016-12-12"]


@pytest.mark.parametrize(
    "gallery", [dt.date(9999, 12, 31), dt.date(9999, 12, 28), dt.date(1, 1, 1)]
)
def test_dates_at_the_calendar_edges_are_read_or_left_unknown(gallery: dt.date) -> None:
    for text in ("on Dec. 31", "on Jan. 1", "on Friday", "Monday night", "on Feb. 29"):
        found = find_date(f"Smoke rises over Hanano {text}.", gallery)
        assert found is not None
        assert found.date is None or dt.date.min <= found.date <= dt.date.max
    assert find_date("on Jan. 1", dt.date(1, 1, 1)).date == dt.date(1, 1, 1)
    assert find_date("on Dec. 31", dt.date(1, 1, 1)).date is None  # would be in year 0
    assert find_date("on Dec. 31", dt.date(9999, 12, 28)).date == dt.date(9999, 12, 31)


# --------------------------------------------------------------------------- wordings of the day


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("Fighters fire a mortar in Aleppo, October, 15, 2012.", "2012-10-15", "October, 15, 2012"),
        ("A boy in Aleppo's Bab al-Hadid, March, 3, 2013.", "2013-03-03", "March, 3, 2013"),
        ("Rebels rest in Aleppo, Aug., 9 2012.", "2012-08-09", "Aug., 9 2012"),
    ],
)
def test_a_stray_comma_between_month_and_day(text: str, expected: str, span: str) -> None:
    assert_day(text, expected, span)


@pytest.mark.parametrize(
    "text",
    [
        "In March, 12 families returned to Hanano.",  # a count, not a day: no year follows
        "In March, 3 people were wounded in 2013",
        "By December, 40 shops had reopened in the old city.",
    ],
)
def test_a_month_and_comma_before_a_count_is_no_day(text: str) -> None:
    assert find_date(text, TUE_13) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Worshippers gather for prayers in a mosque of Aleppo on Friday.", "2016-12-09"),
        ("Worshippers gather for prayers in a mosque of Aleppo on friday.", "2016-12-09"),
        ("Shells landed in the Sukkari district early sunday, residents said.", "2016-12-11"),
        ("Civil defence workers search the rubble late on wednesday in Aleppo.", "2016-12-07"),
        ("Rebels pulled out of the Sukkari district last Friday, residents said.", "2016-12-09"),
        ("The bakery in Fardos was hit by a barrel bomb last saturday.", "2016-12-10"),
        # the gallery's own weekday: "last Tuesday" is a week back, "on Tuesday" that day
        ("A field hospital in Shaar was bombed last Tuesday, medics said.", "2016-12-06"),
        ("A field hospital in Shaar was bombed on Tuesday, medics said.", "2016-12-13"),
    ],
)
def test_a_weekday_alone_is_read_against_the_gallerys_date(text: str, expected: str) -> None:
    entries = pd.DataFrame({"caption": [text], "gallery_date": ["2016-12-13"]})
    row = add_dates(entries).iloc[0]
    assert (row["date"], row["date_precision"]) == (expected, "day")


@pytest.mark.parametrize("text", ["The friday market of Aleppo reopened.", "A sunday school."])
def test_a_lower_case_weekday_without_on_is_no_day(text: str) -> None:
    assert find_date(text, TUE_13) is None


def _dated(caption: str, gallery_date: str = "2016-12-17") -> pd.Series:
    return add_dates(pd.DataFrame({"caption": [caption], "gallery_date": [gallery_date]})).iloc[0]


def test_a_combination_of_pictures_takes_the_last_day_it_shows() -> None:
    caption = (
        "This combination of pictures created on December 16, 2016 shows the courtyard of "
        "Aleppo's Umayyad Mosque on March 3, 2013 (top) and the same courtyard in ruins on "
        "Dec. 14, 2016 (bottom). Government forces retook the old city on Dec. 15, 2016."
    )
    row = _dated(caption)
    assert (row["date"], row["date_text"], row["date_precision"]) == (
        "2016-12-14",
        "Dec. 14, 2016",
        "day",
    )
    assert caption[row["date_start"] : row["date_end"]] == "Dec. 14, 2016"


def test_a_combination_takes_the_latest_day_in_any_order() -> None:
    caption = (
        "A combination picture shows the citadel of Aleppo on 13 December 2016 (L) and the "
        "same view on 9 August 2010 (R)."
    )
    assert _dated(caption)["date"] == "2016-12-13"


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        ("FILE PHOTO: A rebel fighter takes position in Aleppo's Salaheddine district, Syria "
         "September 4, 2012.", "2012-09-04"),
        ("(FILE) Smoke rises over the Sheikh Maqsoud district of Aleppo, March, 3, 2013.",
         "2013-03-03"),
        ("FILE - In this Thursday, Aug. 9, 2012 file photo, a rebel runs across a street in "
         "Aleppo. Government forces said on Thursday they had retaken the district.",
         "2012-08-09"),
    ],
)  # fmt: skip
def test_a_file_photo_keeps_its_own_day(caption: str, expected: str) -> None:
    row = _dated(caption)
    assert (row["date"], row["date_precision"]) == (expected, "day")


@pytest.mark.parametrize(
    "caption",
    [
        "FILE PHOTO: Rebel fighters walk through the old city of Aleppo, Syria.",
        "FILE - Syrians walk past destroyed buildings in Aleppo on Friday.",
        "A rebel fighter in Aleppo's old city, in this file photo. (FILE)",
    ],
)
def test_a_file_photo_without_its_day_is_not_given_the_gallerys(caption: str) -> None:
    row = _dated(caption)
    assert (row["date"], row["date_precision"]) == ("", "unknown")


@pytest.mark.parametrize(
    ("caption", "expected", "span"),
    [
        ("A man walks past shops in Aleppo, which the army retook on Dec. 12. Picture taken "
         "December 16, 2016.", "2016-12-16", "December 16, 2016"),
        ("Children play near the citadel of Aleppo on Dec. 10. Photo taken on Dec. 15.",
         "2016-12-15", "Dec. 15"),
        ("Residents queue for bread in the Hamdaniyeh district, after the fighting of Nov. 28. "
         "Picture taken on December 12, 2016", "2016-12-12", "December 12, 2016"),
    ],
)  # fmt: skip
def test_a_picture_taken_line_gives_the_day(caption: str, expected: str, span: str) -> None:
    row = _dated(caption)
    assert (row["date"], row["date_text"]) == (expected, span)
    assert caption[row["date_start"] : row["date_end"]] == span


def test_words_near_the_cues_are_not_mistaken_for_them() -> None:
    assert _dated("Residents file past a bakery in Aleppo on Dec. 15.")["date"] == "2016-12-15"
    assert _dated("A photo taken by a resident shows Aleppo.")["date_precision"] == "gallery"
    assert not is_file_photo("Residents file past a bakery.")
    assert is_file_photo("FILE PHOTO: a bakery.")
