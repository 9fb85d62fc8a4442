"""Dates: the machinery that makes dating fast gives the dates it gives without it."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from aleppomap import dates
from aleppomap.dates import add_dates

# Captions of our own in the wordings of _RARE_RE (and around them): Persian, Arabic, the
# months written after the day, Arabic ordinal days, Hungarian, Vietnamese, Chinese, Japanese,
# Korean, relative days and weekdays in many languages (Turkish in lower case), and none at all.
RARE_WORDINGS = (
    "Residents of Aleppo queue for bread, ۱۵ آذر ۱۴۰۳.",
    "مقاتلون في حلب يوم 23 أيلول 2016، بحسب المرصد",
    "مقاتلون في حلب يوم الأحد الحادي عشر من كانون الأول 2016 والثالث من الشهر",
    "Halep'te cuma günü ve pazartesi sabahı yıkılan binalar, cuma namazı.",
    "Ruiny Aleppa 20. apríla 2022 po ostreľovaní.",
    "Mieszkańcy Aleppo 20 kwietnia 2022 roku przy ruinach.",
    "Жители Алеппо 20 апреля 2022 года у разрушенного дома.",
    "Lakók Aleppóban 2016. március 31-én, a romok között.",
    "Người dân ở Aleppo ngày 31 tháng 3 năm 2016; Rạng sáng 6/2 có động đất.",
    "阿勒颇居民2018年4月16日在废墟中行走。",
    "シリア北部アレッポで30日、がれきの中を歩く住民",
    "=9日午後、アレッポ、記者撮影",
    "시리아 알레포에서 주민들이 28일(현지시간) 폐허를 걷고 있다.",
    "当地时间 28日，阿勒颇的居民",
    "叙利亚政府军星期五在阿勒颇东部推进。",
    "Rebellen in Aleppo am Freitag; gestern war es ruhig.",
    "Des habitants d'Alep vendredi soir, hier encore sous les bombes.",
    "Residentes de Alepo ayer y el viernes por la mañana.",
    "Halep'te Cuma günü yıkılan binalar, dün akşam.",
    "Бойцы в Алеппо в пятницу вечером.",
    "Αντάρτες στο Χαλέπι την Παρασκευή.",
    "Warga Aleppo pada hari Jumat (12/12/2016) kemarin.",
    "Aleppo yesterday, and on Tuesday night, Dec. 13, 2016.",
    "No day here at all, only Aleppo and its 40 people.",
    "",
)


def test_rare_pattern_gate_changes_no_match() -> None:
    """_RARE_RE (its wordings behind a test of where one can start) matches what the bare
    alternation of its wordings matches: from every position, and searching."""
    bare = re.compile(
        f"{dates._FA_DATE}|{dates._AR_DATE}|{dates._OTHER_DATE}|{dates._FIRST_DATE}"
        f"|{dates._VI_DATE}|{dates._CJK_DATE}|{dates._JP_DAY}|{dates._AR_ORDINAL_DATE}"
        f"|{dates._RELATIVE}"
        f"|{dates._FOREIGN_WEEKDAY}"
    )
    seen = set()
    for text in RARE_WORDINGS:
        found = [(m.span(), m.lastgroup, m.groupdict()) for m in dates._RARE_RE.finditer(text)]
        assert found == [(m.span(), m.lastgroup, m.groupdict()) for m in bare.finditer(text)]
        seen.update(kind for _, kind, _ in found)
        for pos in range(len(text) + 1):
            gated, plain = dates._RARE_RE.match(text, pos), bare.match(text, pos)
            assert (gated and (gated.span(), gated.lastgroup)) == (
                plain and (plain.span(), plain.lastgroup)
            ), (text, pos)
    # (the sentences reach the wordings of every kind)
    assert {"fa", "ar", "ard", "om", "hu", "vi", "cjk", "jd", "rel", "fwd", "fwdc"} <= seen


# Wordings of _RARE_RE after marks and spaces (where no letter stands before them), and digits
# after several spaces: the places the gate's letter test and space test read.
AFTER_MARKS = (
    "Aleppo, (yesterday) and «hier» soir, «gestern»; “ayer”",
    "Alep ,mardi soir - vendredi... - heute",
    "알레포, 어제 (금요일) 주민들",
    "阿勒颇，昨天，（星期五）",
    "Aleppo  28日,  \t 9日",
    "حلب، (أمس) ـ يوم الجمعة",
    "Халеп: (вчера) - в пятницу",
    "Aleppo 3 .. ngày 31 tháng 3,(Rạng sáng 6/2)",
)


def test_rare_gate_reads_every_wording_start() -> None:
    """The gate's test after no letter (_start_test of the wordings not led by a digit) lets
    through every character a wording of _RARE_RE can start with, but a digit or spaces before
    a digit (which the gate's first two tests pass): the wordings found are those of the bare
    alternation, after marks and spaces too."""
    letter_led = "|".join(
        (dates._VI_DATE, dates._AR_ORDINAL_DATE, dates._RELATIVE, dates._FOREIGN_WEEKDAY)
    )
    test = dates._start_test(letter_led)
    assert test.startswith("(?=[")
    assert test.endswith("])")
    allowed = re.compile(test[3:-1])
    body = dates._RARE_RE.pattern[len(dates._RARE_GATE) :]
    starts, empty = dates._seq_starts(dates._sre_parse.parse(body, 0), 0, False)
    assert not empty
    for _, item in starts:
        if item in (r"\d", r"\s") or re.fullmatch(r"[0-9٠-٩۰-۹](?:-[0-9٠-٩۰-۹])?", item):
            continue  # (a digit, or spaces before one: the first two tests)
        assert allowed.match(item.replace("\\", "")[0]), item
    bare = re.compile(body[3:-1])  # (the wordings without the gate)
    for text in (*AFTER_MARKS, *RARE_WORDINGS):
        for pos in range(len(text) + 1):
            gated, plain = dates._RARE_RE.search(text, pos), bare.search(text, pos)
            assert (gated and (gated.span(), gated.lastgroup)) == (
                plain and (plain.span(), plain.lastgroup)
            ), (text, pos)


@pytest.mark.parametrize("pattern", [r".abc", r"(?i)abc", r"a?", r"[^a]b"])
def test_start_test_of_any_start_is_none(pattern: str) -> None:
    """A pattern that may start with any character (or match nothing) gets no start test."""
    assert dates._start_test(pattern) == ""


def test_start_test_reads_the_first_characters() -> None:
    """The start test of words lets through their first letters only."""
    test = re.compile(dates._start_test(r"(?:yesterday|today)\b|heute|\d+日"))
    assert [c for c in "ythdx7" if test.match(c)] == ["y", "t", "h", "7"]


def _one_by_one(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` dated one row at a time (no row's caption read for another)."""
    return pd.concat([add_dates(table.iloc[[i]]) for i in range(len(table))])


@pytest.mark.parametrize("limit", [4096, 2])
def test_repeated_captions_dated_as_alone(monkeypatch: pytest.MonkeyPatch, limit: int) -> None:
    """A caption repeated in a gallery, next to itself or not, is dated as it is alone (its
    reading is kept for the gallery's run of rows), however few readings are kept."""
    monkeypatch.setattr(dates, "_STATED_MEMO", limit)
    captions = [
        "Fighters in Aleppo on Dec. 12.",
        "Smoke rises over the old city on Monday.",
        "Fighters in Aleppo on Dec. 12.",
        "FILE PHOTO: a market in Aleppo, March 3, 2013.",
        "Smoke rises over the old city on Monday.",
        "Smoke rises over the old city on Monday.",
        "A street with no day.",
        "Fighters in Aleppo on Dec. 12.",
    ]
    table = pd.DataFrame(
        {
            "gallery": ["a"] * 5 + ["b"] * 3,
            "gallery_date": ["2016-12-13"] * 5 + ["2017-01-20"] * 3,
            "caption": captions,
        }
    )
    dated = add_dates(table)
    cols = ["date", "date_precision", "date_text", "date_start", "date_end"]
    assert dated[cols].to_dict("records") == _one_by_one(table)[cols].to_dict("records")
    # the gallery of 20 January reads "Monday" as its own Monday, not 12 December's
    assert dated["date"].tolist()[4:6] == ["2016-12-12", "2017-01-16"]


# Patterns of every construct _gated reads, and strings that reach their branches.
GATED_KINDS = (
    (r"\bFILE\b(?=\s*PHOTO)|\(FILE\)|\b[Ff]ile\s+photo|Archiv(?:bild|foto)", True),
    (r"(?:[Uu]n)?dated\b|(?<!\d)(?:19|20)\d\d(?!\d)|\s+[-–]\s+$", True),
    (r"x?\bY|(?P<a>[a-c\d_]+)(?=!)|(?>q+)r|[Ωω]μ", True),
    (r"\bsaid\s+(?:on\s+)?$|,\s*(?:announced|stated)\s+$", True),
    (r"(?i:photo)|file", False),  # (case folded: no test)
    (r"a?b*", False),  # (matches nothing: no test)
    (r"[^abc]x|.y", False),  # (any character: no test)
)
GATED_TEXTS = (
    "FILE PHOTO: rebels in Aleppo, (FILE) again, a file photo and an Archivbild.",
    "An undated picture, dated 2016, 12016 and 20161; Aleppo - ",
    "xY Y aY abc_1! qqqr Ωμ ωμ qr.",
    "The army said on Tuesday; officials, announced ",
    "A Photo, a PHOTO, a file, nothing.",
    "",
)


@pytest.mark.parametrize(("pattern", "gated"), GATED_KINDS)
def test_gated_pattern_finds_what_the_pattern_finds(pattern: str, gated: bool) -> None:
    """A pattern behind the test of where it can start finds the same matches, from every
    position and in every window; a pattern that may start anywhere is left as it is."""
    plain = re.compile(pattern)
    fast = dates._gated(pattern)
    assert (fast.pattern != pattern) is gated
    for text in GATED_TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for pos in range(len(text) + 1):
            for end in (pos, (pos + len(text)) // 2, len(text)):
                a, b = fast.search(text, pos, end), plain.search(text, pos, end)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
            a, b = fast.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_module_patterns_gated_find_the_same() -> None:
    """Every pattern of the dates module built behind a test (_gated) finds, on captions of
    many kinds, what its bare pattern finds."""
    gated = [
        value
        for value in vars(dates).values()
        if isinstance(value, re.Pattern)
        and value.pattern.startswith("(?=")
        and "])(?:" in value.pattern
        and value is not dates._RARE_RE
    ]
    assert len(gated) >= 15
    texts = (
        *RARE_WORDINGS,
        *GATED_TEXTS,
        "FILE PHOTO: Smoke rises over Aleppo, Syria March 3, 2013. Picture taken March 3, 2013.",
        "This undated handout photo released by SANA on Dec. 13, 2016 shows fighters.",
        "Archivbild: Kämpfer in Aleppo am 13. Dezember 2016 (Archiv).",
        "Photo d'archives: des rebelles à Alep le 13 décembre, a annoncé l'armée mardi.",
        "Residents celebrate Christmas Eve in Aleppo on the first day of Eid al-Adha.",
        "A fighter, who was killed on March 3, 2016, poses. The army said on Tuesday.",
        "Foto de archivo de la ciudad el 3 de junio de 2014, según dijo el ministro.",
    )
    for pattern in gated:
        bare = re.compile(pattern.pattern.split("])(?:", 1)[1][:-1], pattern.flags)
        for text in texts:
            for pos in range(0, len(text) + 1, 2):
                a, b = pattern.search(text, pos), bare.search(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (
                    bare.pattern[:40],
                    text,
                    pos,
                )
