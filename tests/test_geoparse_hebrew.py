"""The geoparser on Hebrew captions: the Hebrew names of the city, its quarters and the towns of
the governorate, read with the one-letter words Hebrew joins to a name ("בחלב": in Aleppo,
"ומעפרין": and from Afrin), and the words that only look like them (the article, a common noun,
words that start with the same letters)."""

from __future__ import annotations

import pytest

from aleppomap._names import hebrew_cuts
from aleppomap.geoparse import Geoparser


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the bare name and each joined word: in, to, from, and, and-in, and-from, when, that-in
        ("מורדים חמושים ברחובות חלב, צילום: רויטרס", "aleppo"),
        ("טנק של הצבא הסורי בחלב, 2016", "aleppo"),
        ("משפחות עקורות חוזרות לחלב אחרי הקרבות", "aleppo"),
        ("אזרחים נמלטים מחלב בשיירת אוטובוסים", "aleppo"),
        ("הרס כבד בדמשק וחלב אחרי ההפצצות", "aleppo"),
        ("מטוסים תקפו אמש ובחלב נשמעו פיצוצים", "aleppo"),
        ("כשחלב נפלה, חגגו חיילי המשטר ברחובות", "aleppo"),
        ("המראות שבחלב מזכירים את מלחמת העולם", "aleppo"),
        ("לוחם כורדי בחאלב, צילום: אי-פי-אי", "aleppo"),
        # a word of milk beside the name glued to "in" leaves it the city ("בחלב חם": hot in Aleppo)
        ("בחלב חם מאוד והתושבים עומדים בתור למים", "aleppo"),
        # the towns and quarters
        ("כוחות טורקיים נכנסו לעפרין ביום ראשון", "afrin"),
        ("שיירת הפליטים יצאה ומעפרין המשיכה צפונה", "afrin"),
        ("חיילים אמריקאים בסיור ליד מנביג'", "manbij"),
        ("מעבר הגבול ליד עזאז נסגר בעקבות הקרבות", "azaz"),
        ("משאיות סיוע יצאו מעזאז דרומה", "azaz"),
        ("המורדים התקדמו לעבר ג'רבלוס שעל הגבול", "jarabulus"),
        ("לוחמות כורדיות בקובאני אחרי נסיגת דאעש", "kobani"),
        ("עשן מיתמר מעל עין אל-ערב שבצפון סוריה", "kobani"),
        ("תושבים חוזרים למזרח חלב ההרוס", "east-aleppo"),
        ("קרבות קשים בשכונת שייח' מקסוד הלילה", "sheikh-maqsoud"),
        ("בית כנסת עתיק בג׳מיליה שבעיר", "jamiliyeh"),
        # the article that ב, ל, כ absorb: "ברובע" is "in the quarter"
        ("חיילים ברובע העתיק של חלב אחרי הקרבות", "old-city"),
        # the maqaf between the words of a name
        ("המתפללים התאספו ליד באב אל־נסר", "bab-al-nasr"),
    ],
)
def test_a_hebrew_name_is_found_with_the_words_joined_to_it(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # milk, which Hebrew writes as it writes Aleppo, beside the words that make it milk
        "מוצרי חלב נמכרים בשוק של דמשק",
        "ארגוני סיוע חילקו אבקת חלב לעקורים באידליב",
        "ילדים שותים חלב בבית ספר בעזה",
        "לחם וחלב הגיעו למחנה הפליטים בלבנון",
        "אמהות מבקשות חלב לתינוקות במחנה",
        "חלוקת חלב וחיתולים לעקורים בצפון סוריה",
        # the article is no joined word: "החלב" is "the milk"
        "מחיר החלב עלה שוב השבוע",
        # words that start with the joined letters and are no names
        "הלבנון והלבנים הלכו לבית הקברות",
        "שלום לכולם, המלחמה נגמרה",
        "אני בלב המאבק על השכונה",
        "כובע צבאי ובאנר ליד הבית",
    ],
)
def test_hebrew_words_that_look_like_names_are_no_place(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == []


def test_hebrew_cuts_give_the_word_without_its_joined_words() -> None:
    assert hebrew_cuts("ובחלב")[:2] == ((2, "חלב"), (2, "החלב"))
    assert (1, "המסגד") in hebrew_cuts("במסגד")  # ב absorbs the article
    assert (1, "חלב") in hebrew_cuts("מחלב")
    assert (1, "החלב") not in hebrew_cuts("מחלב")  # מ does not absorb the article
    assert hebrew_cuts("עפרין") == ()  # no joined word
    assert hebrew_cuts("בא") == ()  # a rest keeps two letters
    assert hebrew_cuts("Aleppo") == ()
