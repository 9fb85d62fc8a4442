"""Reading galleries: entries, credits, text repair, formats and clear errors."""

from __future__ import annotations

import codecs
import io
import json
import logging
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aleppomap.errors import AleppomapError, GalleryFormatError
from aleppomap.gallery import (
    ENTRY_COLUMNS,
    embedded_gallery,
    parse_credit,
    read_gallery,
    read_gallery_text,
    split_credit,
)
from aleppomap.text import needs_repair, normalize_space, repair_text, slugify

DATA = Path(__file__).parent / "data" / "galleries"
DATE_COLUMNS = ["date", "date_precision", "date_text", "date_start", "date_end"]


def _gallery(*entries: str, header: str = "date 2016-12-13 Test gallery") -> str:
    lines = [header, "An introduction."]
    for number, caption in enumerate(entries, start=1):
        lines += [str(number), caption]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- the seed


def test_seed_has_every_entry_in_order(seed_entries: pd.DataFrame) -> None:
    assert len(seed_entries) == 25
    assert list(seed_entries["entry"]) == list(range(1, 26))
    assert list(seed_entries.columns[: len(ENTRY_COLUMNS)]) == list(ENTRY_COLUMNS)
    assert list(seed_entries.columns[-5:]) == DATE_COLUMNS
    assert seed_entries["entry"].dtype == "int64"
    assert seed_entries["line"].dtype == "int64"


def test_seed_gallery_columns(seed_entries: pd.DataFrame) -> None:
    first = seed_entries.iloc[0]
    assert set(seed_entries["gallery"]) == {"battle-for-aleppo-2016-12-13"}
    assert first["gallery_title"] == "Battle for Aleppo"
    assert first["gallery_date"] == "2016-12-13"
    assert first["gallery_intro"].startswith("After weeks of heavy fighting, regime forces")
    assert first["gallery_intro"].endswith("trapped as fighting continues.")
    assert first["source"] == "battle-for-aleppo-2016-12-13.txt"


def test_seed_lines_point_at_entry_numbers(seed_entries: pd.DataFrame, seed_path: Path) -> None:
    lines = seed_path.read_text(encoding="utf-8").splitlines()
    for entry, line in zip(seed_entries["entry"], seed_entries["line"], strict=True):
        assert lines[line - 1].strip() == str(entry)


def test_seed_empty_entry_is_kept(seed_entries: pd.DataFrame) -> None:
    row = seed_entries.set_index("entry").loc[11]
    assert row["caption"] == ""
    assert row["credit"] == ""
    assert row["photographers"] == []
    assert row["agencies"] == []
    assert row["line"] == 23


def test_seed_credits(seed_entries: pd.DataFrame) -> None:
    by_entry = seed_entries.set_index("entry")
    captioned = by_entry.drop(index=11)
    assert (captioned["credit"] != "").all()
    assert captioned["agencies"].map(len).gt(0).all()
    assert by_entry.loc[1, "credit"] == "George Ourfalian/AFP/Getty Images"
    assert by_entry.loc[1, "photographers"] == ["George Ourfalian"]
    assert by_entry.loc[1, "agencies"] == ["AFP", "Getty Images"]
    # a missing slash, as published
    assert by_entry.loc[4, "credit"] == "Karam Al-MasriAFP/Getty Images"
    assert by_entry.loc[4, "photographers"] == ["Karam Al-Masri"]
    assert by_entry.loc[4, "agencies"] == ["AFP", "Getty Images"]
    assert by_entry.loc[8, "agencies"] == ["Syrian Arab News Agency", "EPA"]
    assert by_entry.loc[9, "credit"] == "EPA"
    assert by_entry.loc[10, "photographers"] == ["Ghirh Sy"]
    assert by_entry.loc[24, "credit"] == "International Committee for the Red Cross via AP"
    assert by_entry.loc[24, "photographers"] == []
    assert by_entry.loc[24, "agencies"] == ["International Committee for the Red Cross", "AP"]


def test_seed_captions_lose_the_credit_and_keep_the_rest(seed_entries: pd.DataFrame) -> None:
    by_entry = seed_entries.set_index("entry")
    for caption, credit in zip(by_entry["caption"], by_entry["credit"], strict=True):
        assert credit == "" or f"({credit})" not in caption
        assert caption == caption.strip()
    # (IS) inside a caption is not a credit
    assert "Islamic State (IS) group" in by_entry.loc[13, "caption"]
    assert by_entry.loc[7, "caption"].endswith("uncertain of their future")
    assert by_entry.loc[2, "caption"].startswith("Syrian residents, fleeing violence")


def test_seed_broken_encoding_is_repaired(seed_entries: pd.DataFrame) -> None:
    by_entry = seed_entries.set_index("entry")
    assert "99 percent of Aleppo’s eastern neighborhoods." in by_entry.loc[16, "caption"]
    assert not any("€" in c or "â" in c for c in seed_entries["caption"])
    # curly apostrophes stay curly
    assert "Aleppo’s Fardos neighborhood" in by_entry.loc[2, "caption"]


def test_embedded_gallery_is_the_default(seed_path: Path) -> None:
    assert embedded_gallery().name == "battle-for-aleppo-2016-12-13.txt"
    explicit = read_gallery(seed_path)
    default = read_gallery()
    assert list(explicit["caption"]) == list(default["caption"])
    assert explicit["source"].iloc[0] == str(seed_path)


# --------------------------------------------------------------------------- other agencies


def test_reuters_gallery_with_bom_crlf_and_bare_credits() -> None:
    raw = (DATA / "reuters-aleppo-2016-12-22.txt").read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    assert b"\r\n" in raw
    entries = read_gallery(DATA / "reuters-aleppo-2016-12-22.txt")
    by_entry = entries.set_index("entry")
    assert list(entries["entry"]) == [1, 2, 3, 4, 5]
    assert entries["gallery"].iloc[0] == "aleppo-evacuation-the-last-convoys-leave-2016-12-22"
    assert by_entry.loc[1, "credit"] == "REUTERS/Abdalrhman Ismail"
    assert by_entry.loc[1, "photographers"] == ["Abdalrhman Ismail"]
    assert by_entry.loc[1, "agencies"] == ["Reuters"]
    # a tab, doubled and trailing blanks are normalised
    assert by_entry.loc[2, "caption"] == (
        "Civilians wait to be evacuated from eastern Aleppo, on Dec. 21, 2016. "
        "The evacuation was delayed for hours by snow."
    )
    # a caption over two lines is one caption
    assert by_entry.loc[3, "caption"].endswith("seen from the citadel, in a photograph taken on "
                                              "December 19, 2016.")  # fmt: skip
    assert by_entry.loc[4, "caption"] == ""
    assert by_entry.loc[5, "credit"] == "Reuters"
    assert list(entries["date"]) == [
        "2016-12-20",
        "2016-12-21",
        "2016-12-19",
        "2016-12-22",
        "2016-12-18",
    ]
    assert list(entries["date_precision"]) == ["day", "day", "day", "gallery", "day"]
    assert list(entries["line"]) == [3, 5, 7, 10, 12]
    assert not any("\r" in c or "\ufeff" in c for c in entries["caption"])


def test_cp1252_file_is_read_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    path = DATA / "ap-aleppo-2017-01-03-cp1252.txt"
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    with (
        caplog.at_level(logging.WARNING, logger="aleppomap"),
        pytest.warns(UnicodeWarning, match=r"ap-aleppo-2017-01-03-cp1252\.txt.*not UTF-8"),
    ):
        entries = read_gallery(path)
    assert any("Windows-1252" in r.getMessage() for r in caplog.records)
    by_entry = entries.set_index("entry")
    assert "Aleppo’s Hanano district" in by_entry.loc[1, "caption"]
    assert "“We have nothing left,” one man said." in entries["gallery_intro"].iloc[0]
    assert by_entry.loc[1, "photographers"] == ["Hassan Ammar"]
    assert by_entry.loc[1, "agencies"] == ["AP"]
    assert by_entry.loc[3, "agencies"] == ["SANA", "AP"]
    # a gallery of Tuesday 2017-01-03: Monday, the Dec. 28 of last year, Jan. 2
    assert list(entries["date"]) == ["2017-01-02", "2016-12-28", "2017-01-02", "2016-12-31"]


def test_latin1_file_with_other_entry_markers() -> None:
    with pytest.warns(UnicodeWarning, match="latin1"):
        entries = read_gallery(DATA / "getty-mosul-2017-07-10-latin1.txt")
    by_entry = entries.set_index("entry")
    assert list(entries["entry"]) == [1, 2, 3, 4]
    assert by_entry.loc[2, "photographers"] == ["Félix Marchand"]
    assert by_entry.loc[3, "caption"] == ""
    assert by_entry.loc[4, "credit"] == "Photo by Martyn Aim/Getty Images"
    assert by_entry.loc[4, "photographers"] == ["Martyn Aim"]
    assert list(entries["date"]) == ["2017-07-09", "2017-07-07", "2017-07-10", "2017-07-09"]


def test_a_byte_that_windows_1252_lacks_is_read_as_latin1(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(b"date 2016-12-13 Odd\n1\nA caf\xe9 \x81in Aleppo on Dec. 12. (AFP)\n")
    with pytest.warns(UnicodeWarning, match="Latin-1"):
        entries = read_gallery(path)
    assert entries["caption"].iloc[0].startswith("A café")


def test_csv_with_extra_columns_and_explicit_dates() -> None:
    entries = read_gallery(DATA / "afp-aleppo-2016-12-15.csv")
    assert list(entries["entry"]) == [1, 2, 3, 5]
    assert list(entries["line"]) == [2, 3, 5, 6]
    assert set(entries["gallery"]) == {"aleppo-the-evacuation-begins-2016-12-15"}
    assert list(entries["url"]) == [f"https://example.org/aleppo/{n}" for n in (1, 2, 3, 5)]
    assert list(entries["image"]) == [f"aleppo-{n}.jpg" for n in (1, 2, 3, 5)]
    by_entry = entries.set_index("entry")
    assert by_entry.loc[1, "credit"] == "Youssef Karwashan/AFP/Getty Images"
    assert by_entry.loc[2, "credit"] == "George Ourfalian/AFP/Getty Images"
    assert by_entry.loc[2, "caption"] == (
        "Buses carrying evacuees leave east Aleppo. The first convoy left at dawn."
    )
    assert by_entry.loc[3, "caption"] == ""
    assert list(entries["date"]) == ["2016-12-15", "2016-12-15", "2016-12-15", "2016-12-14"]
    assert list(entries["date_precision"]) == ["day", "day", "gallery", "day"]
    assert by_entry.loc[2, "date_start"] == -1  # the explicit date won


def test_jsonl_with_ids_and_options() -> None:
    entries = read_gallery(DATA / "epa-aleppo.jsonl", title="Aleppo, by EPA", date="2016-12-16")
    assert list(entries["entry"]) == [1, 2, 3, 4]
    assert list(entries["line"]) == [1, 3, 4, 5]
    assert set(entries["gallery"]) == {"aleppo-by-epa-2016-12-16"}
    assert list(entries["url"]) == [f"https://example.org/epa/{n}" for n in (1, 2, 3, 4)]
    assert entries["tags"].iloc[0] == ["smoke", "aleppo"]
    by_entry = entries.set_index("entry")
    assert by_entry.loc[1, "agencies"] == ["EPA"]  # EPA/STRINGER
    assert by_entry.loc[1, "photographers"] == []
    assert by_entry.loc[2, "agencies"] == ["Aleppo Media Center", "EPA"]
    assert by_entry.loc[3, "caption"] == ""
    assert by_entry.loc[4, "credit"] == "EPA"
    assert list(entries["date"]) == ["2016-12-13", "2016-12-10", "2016-12-16", "2016-12-16"]


def test_jsonl_without_title_is_named_after_the_file() -> None:
    entries = read_gallery(DATA / "epa-aleppo.jsonl")
    assert set(entries["gallery"]) == {"epa-aleppo"}
    assert set(entries["gallery_date"]) == {""}
    assert entries.set_index("entry").loc[3, "date_precision"] == "unknown"


def test_several_galleries_in_one_call(seed_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnicodeWarning)
        entries = read_gallery(
            seed_path, DATA / "reuters-aleppo-2016-12-22.txt", DATA / "epa-aleppo.jsonl"
        )
    assert len(entries) == 25 + 5 + 4
    assert list(dict.fromkeys(entries["gallery"])) == [
        "battle-for-aleppo-2016-12-13",
        "aleppo-evacuation-the-last-convoys-leave-2016-12-22",
        "epa-aleppo",
    ]
    assert list(entries.index) == list(range(len(entries)))
    assert entries["url"].iloc[0] == ""  # extra columns filled for other galleries
    assert entries["url"].iloc[-1] == "https://example.org/epa/4"


def test_the_same_gallery_twice_gets_two_ids(seed_path: Path) -> None:
    entries = read_gallery(seed_path, seed_path)
    assert list(dict.fromkeys(entries["gallery"])) == [
        "battle-for-aleppo-2016-12-13",
        "battle-for-aleppo-2016-12-13-2",
    ]


def test_two_galleries_in_one_text_file() -> None:
    text = _gallery("Aleppo on Dec. 12. (AFP)") + _gallery(
        "Homs on Nov. 2. (EPA)", header="date 2016-11-03 Homs"
    )
    entries = read_gallery_text(text)
    assert list(entries["gallery"]) == ["test-gallery-2016-12-13", "homs-2016-11-03"]
    assert list(entries["date"]) == ["2016-12-12", "2016-11-02"]
    assert list(entries["line"]) == [3, 7]


# --------------------------------------------------------------------------- formats


def test_format_is_detected_from_content(tmp_path: Path) -> None:
    csv_in_txt = tmp_path / "photos.txt"
    csv_in_txt.write_text("id;caption\n1;Aleppo on Dec. 12.\n", encoding="utf-8")
    jsonl_in_dat = tmp_path / "photos.dat"
    jsonl_in_dat.write_text('{"caption": "Aleppo on Dec. 12."}\n', encoding="utf-8")
    text_in_csv = tmp_path / "photos.csv"
    text_in_csv.write_text(_gallery("Aleppo on Dec. 12."), encoding="utf-8")
    for path in (csv_in_txt, jsonl_in_dat, text_in_csv):
        entries = read_gallery(path, date="2016-12-13")
        assert list(entries["entry"]) == [1]
        assert entries["date"].iloc[0] == "2016-12-12"


def test_tsv_and_a_forced_format() -> None:
    tsv = "entry\tcaption\turl\n1\tAleppo, Dec. 12. (AFP)\thttps://example.org/1\n"
    entries = read_gallery_text(tsv, date="2016-12-13")
    assert entries["credit"].iloc[0] == "AFP"
    assert entries["url"].iloc[0] == "https://example.org/1"
    with pytest.raises(GalleryFormatError, match="missing header"):
        read_gallery_text(tsv, format="text")


def test_file_objects_binary_and_text(seed_path: Path) -> None:
    raw = seed_path.read_bytes()
    from_bytes = read_gallery(io.BytesIO(raw))
    from_text = read_gallery(io.StringIO(raw.decode("utf-8")))
    assert list(from_bytes["caption"]) == list(from_text["caption"])
    assert len(from_bytes) == 25
    assert from_bytes["source"].iloc[0] == "<stream>"


def test_utf16_with_bom_is_decoded(tmp_path: Path, seed_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-16")
    assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    entries = read_gallery(path)
    assert list(entries["caption"]) == list(read_gallery()["caption"])


def test_marker_variants_and_whitespace() -> None:
    text = (
        "\ufeff  date 2016-12-13   Markers\u00a0test  \r\n"
        "Intro with (parentheses) and 40 people.\r\n\r\n"
        "1.\r\n\tFirst\u00a0caption,\u2009Dec.\u00a012.\u200b  (AFP)  \r\n"
        "#2\r\nSecond caption\r\n   continued. (EPA)\r\n"
        "Photo 3\r\n"
        "4 of 5\r\nFourth. (AP)\r\n"
    )
    entries = read_gallery_text(text)
    assert list(entries["entry"]) == [1, 2, 3, 4]
    assert entries["gallery_title"].iloc[0] == "Markers test"
    assert entries["gallery_intro"].iloc[0] == "Intro with (parentheses) and 40 people."
    assert list(entries["caption"]) == [
        "First caption, Dec. 12.",
        "Second caption continued.",
        "",
        "Fourth.",
    ]
    assert list(entries["credit"]) == ["AFP", "EPA", "", "AP"]
    assert list(entries["line"]) == [4, 6, 9, 10]


def test_entry_numbers_may_skip() -> None:
    text = "date 2016-12-13 Gaps\n1\nOne.\n4\nFour.\n"
    assert list(read_gallery_text(text)["entry"]) == [1, 4]


# --------------------------------------------------------------------------- credits and text


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies"),
    [
        ("George Ourfalian/AFP/Getty Images", ["George Ourfalian"], ["AFP", "Getty Images"]),
        ("Karam Al-MasriAFP/Getty Images", ["Karam Al-Masri"], ["AFP", "Getty Images"]),
        ("EPA", [], ["EPA"]),
        ("AFP/Getty Images", [], ["AFP", "Getty Images"]),
        ("Syrian Arab News Agency/EPA", [], ["Syrian Arab News Agency", "EPA"]),
        ("International Committee for the Red Cross via AP", [],
         ["International Committee for the Red Cross", "AP"]),
        ("AP Photo/Hassan Ammar", ["Hassan Ammar"], ["AP"]),
        ("AP Photo", [], ["AP"]),
        ("REUTERS/Omar Sanadiki", ["Omar Sanadiki"], ["Reuters"]),
        ("Photo by Martyn Aim/Getty Images", ["Martyn Aim"], ["Getty Images"]),
        ("Photo: Ameer Alhalbi/AFP", ["Ameer Alhalbi"], ["AFP"]),
        ("HANDOUT/SANA", [], ["SANA"]),
        ("Baraa Al-Halabi and Thaer Mohammed/AFP", ["Baraa Al-Halabi", "Thaer Mohammed"],
         ["AFP"]),
        ("", [], []),
    ],
)  # fmt: skip
def test_parse_credit(credit: str, photographers: list[str], agencies: list[str]) -> None:
    assert parse_credit(credit) == (photographers, agencies)


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("Smoke over Aleppo. (AFP/Getty Images)", "Smoke over Aleppo.", "AFP/Getty Images"),
        ("Smoke over Aleppo (EPA).", "Smoke over Aleppo", "EPA"),
        ("Fighters of Islamic State (IS) in al-Bab", "Fighters of Islamic State (IS) in al-Bab",
         ""),
        ("Smoke (file photo) (AP Photo/Name (Pool))", "Smoke (file photo)",
         "AP Photo/Name (Pool)"),
        ("Aleppo, Syria December 13, 2016. REUTERS/Omar Sanadiki",
         "Aleppo, Syria December 13, 2016.", "REUTERS/Omar Sanadiki"),
        ("", "", ""),
    ],
)  # fmt: skip
def test_split_credit(caption: str, text: str, credit: str) -> None:
    assert split_credit(caption) == (text, credit)


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Aleppo’€™s eastern neighborhoods", "Aleppo’s eastern neighborhoods"),
        ("Aleppoâ€™s Fardos neighborhood", "Aleppo’s Fardos neighborhood"),
        ("the â€œOld Cityâ€\x9d of Aleppo", "the “Old City” of Aleppo"),
        ("cafÃ© Al-Halabi", "café Al-Halabi"),
        ("Aleppo€™s citadel", "Aleppo’s citadel"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("“Old City” — Aleppo’s heart", "“Old City” — Aleppo’s heart"),
        ("the ﬁrst convoy", "the ﬁrst convoy"),
        ("حلب الشرقية", "حلب الشرقية"),
    ],
)
def test_repair_text(broken: str, fixed: str) -> None:
    assert repair_text(broken) == fixed


def test_clean_text_is_not_sent_to_ftfy() -> None:
    assert not needs_repair("Aleppo’s “Old City” — 40 people…")
    assert not needs_repair("حلب")
    assert needs_repair("Aleppo’€™s")
    assert needs_repair("Ã©")


def test_normalize_space_and_slugify() -> None:
    assert normalize_space(" a\u00a0b\tc\u2003d\u200be \r\n f ") == "a b c de f"
    assert slugify("Battle for Aleppo") == "battle-for-aleppo"
    assert slugify("Alep : la chute d’une ville") == "alep-la-chute-d-une-ville"
    assert slugify("حلب") == "حلب"
    assert slugify("!!!") == "gallery"


# --------------------------------------------------------------------------- bad input


def _error(text: str | bytes, tmp_path: Path, name: str = "bad.txt") -> GalleryFormatError:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    with pytest.raises(GalleryFormatError) as err:
        read_gallery(path)
    assert err.value.source == str(path)
    assert str(err.value).startswith(str(path))
    return err.value


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", None, "empty file"),
        ("  \n\n \t\n", None, "empty file"),
        ("Battle for Aleppo\n1\nA caption.\n", 1, "missing header"),
        ("\n\n2016-12-13 Battle for Aleppo\n1\nA caption.\n", 3, "missing header"),
        ("date 2016-13-45 Battle\n1\nA caption.\n", 1, "malformed header"),
        ("date 13/12/2016 Battle\n1\nA caption.\n", 1, "malformed header"),
        ("date 2016-12-13\n1\nA caption.\n", 1, "title is missing"),
        ("date 2016-12-13 T\nIntro.\n1\nA.\n2\nB.\n2\nC.\n", 7,
         r"entry 2 is repeated \(first at line 5\)"),
        ("date 2016-12-13 T\n1\nA.\n3\nB.\n2\nC.\n", 6, "entry 2 comes after entry 3"),
        ("date 2016-12-13 T\nIntro.\nSmoke over Aleppo on Dec. 12. (George Ourfalian/AFP)\n"
         "1\nA.\n", 3, "before the first entry number"),
        ("date 2016-12-13 T\nAn introduction only.\n", 1, "no entries"),
    ],
)  # fmt: skip
def test_malformed_text_galleries(
    text: str, line: int | None, message: str, tmp_path: Path
) -> None:
    err = _error(text, tmp_path)
    assert err.line == line
    assert re.search(message, err.message)


def test_binary_files_are_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8
    assert "binary" in _error(png, tmp_path, "photo.png").message
    nul_later = b"date 2016-12-13 T\n1\nA caption.\n2\nB\x00C\n"
    err = _error(nul_later, tmp_path, "nul.txt")
    assert "binary" in err.message
    assert err.line == 5
    utf16_without_bom = "date 2016-12-13 T\n1\nA.\n".encode("utf-16-le")
    assert "UTF-16" in _error(utf16_without_bom, tmp_path, "u16.txt").message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("entry,text,url\n1,Aleppo,https://x\n", 1, "no 'caption' column"),
        ("entry,caption\n", None, "no entries"),
        ("entry,caption\n1,A\n1,B\n", 3, "entry 1 is repeated"),
        ("entry,caption\n2,A\n1,B\n", 3, "entry 1 comes after entry 2"),
        ("entry,caption\none,A\n", 2, "not a whole number"),
        ("entry,caption\n1,A,B\n", 2, "3 fields but the header has 2"),
        ("entry,caption,caption\n1,A,B\n", 1, "repeats the column"),
        ("entry,caption,gallery_date\n1,A,13/12/2016\n", 2, "gallery date"),
    ],
)
def test_malformed_csv(text: str, line: int | None, message: str, tmp_path: Path) -> None:
    err = _error(text, tmp_path, "bad.csv")
    assert err.line == line
    assert message in err.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('{"caption": "A"}\n{"caption": "B"\n', 2, "not a JSON object"),
        ('{"caption": "A"}\n[1, 2]\n', 2, "must be a JSON object"),
        ('{"caption": "A"}\n\n{"url": "x"}\n', 3, "no 'caption'"),
        ('{"caption": 12}\n', 1, "'caption' must be text"),
    ],
)
def test_malformed_jsonl(text: str, line: int | None, message: str, tmp_path: Path) -> None:
    err = _error(text, tmp_path, "bad.jsonl")
    assert err.line == line
    assert message in err.message


def test_missing_file_and_bad_options(tmp_path: Path) -> None:
    with pytest.raises(AleppomapError, match="no such file"):
        read_gallery(tmp_path / "nope.txt")
    with pytest.raises(AleppomapError, match="folder"):
        read_gallery(tmp_path)
    with pytest.raises(GalleryFormatError, match="YYYY-MM-DD"):
        read_gallery(date="13 December 2016")
    with pytest.raises(AleppomapError, match="unknown format"):
        read_gallery(format="xml")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text_reads_or_raises_a_clear_error(text: str) -> None:
    error: AleppomapError | None = None
    try:
        entries = read_gallery_text(text)
    except AleppomapError as err:
        error = err
    if error is not None:
        assert error.message
        return
    assert len(entries) >= 1
    assert list(entries.columns[: len(ENTRY_COLUMNS)]) == list(ENTRY_COLUMNS)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_any_bytes_read_or_raise_a_clear_error(raw: bytes) -> None:
    error: AleppomapError | None = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnicodeWarning)
            entries = read_gallery(io.BytesIO(raw))
    except AleppomapError as err:
        error = err
    if error is None:
        assert len(entries) >= 1
    else:
        assert error.message


_WORDS = st.text(
    alphabet=st.characters(
        codec="utf-8", categories=["L", "Nd", "P", "Zs"], exclude_characters="()\u2028\u2029"
    ),
    min_size=1,
    max_size=60,
)
_CAPTIONS = (
    st.lists(_WORDS, min_size=1, max_size=3)
    .map(lambda ws: "A " + " ".join(ws))  # a caption starts with a word, not a number
    .filter(lambda c: normalize_space(c) != "" and not normalize_space(c)[-1].isdigit())
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    numbers=st.lists(st.integers(0, 10**6), min_size=1, max_size=12, unique=True).map(sorted),
    captions=st.data(),
    credited=st.booleans(),
)
def test_generated_galleries_keep_every_entry(
    numbers: list[int], captions: st.DataObject, credited: bool
) -> None:
    lines = ["date 2016-12-13 Generated", "An introduction."]
    expected = []
    for number in numbers:
        caption = captions.draw(st.one_of(st.just(""), _CAPTIONS))
        lines.append(str(number))
        if caption:
            lines.append(caption + (" (Jane Doe/AFP)" if credited else ""))
        expected.append(caption)
    entries = read_gallery_text("\n".join(lines) + "\n")
    assert list(entries["entry"]) == numbers
    assert len(entries) == len(numbers)
    for got, want in zip(entries["caption"], expected, strict=True):
        published = want + (" (Jane Doe/AFP)" if credited and want else "")
        assert got == split_credit(repair_text(normalize_space(published)))[0]
    has_credit = [bool(c) and credited for c in expected]
    assert list(entries["credit"] == "Jane Doe/AFP") == has_credit


def test_galleries_in_other_scripts_are_text_not_binary() -> None:
    text = "date 2016-12-13 حلب\n1\n" + "豈" * 5000 + "\n2\nمدينة حلب القديمة (AFP)\n"
    entries = read_gallery_text(text)
    assert list(entries["entry"]) == [1, 2]
    assert entries["gallery"].iloc[0] == "حلب-2016-12-13"
    assert entries["credit"].iloc[1] == "AFP"


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64])
def test_tiny_read_blocks_give_the_same_entries(
    block: int, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, seed_path: Path
) -> None:
    """Lines, CRLF pairs and multi-byte characters that straddle two reads."""
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-16")
    paths = [seed_path, DATA / "reuters-aleppo-2016-12-22.txt", utf16, DATA / "epa-aleppo.jsonl"]
    paths += [DATA / "afp-aleppo-2016-12-15.csv", DATA / "ap-aleppo-2017-01-03-cp1252.txt"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnicodeWarning)
        expected = [read_gallery(p) for p in paths]
        monkeypatch.setattr("aleppomap.gallery.decoding._BLOCK", block)
        got = [read_gallery(p) for p in paths]
    for want, have in zip(expected, got, strict=True):
        pd.testing.assert_frame_equal(want, have)


def test_a_small_binary_file_without_nul_bytes(tmp_path: Path) -> None:
    noise = bytes(b for b in range(1, 256) if b not in b"\n\r") * 3
    assert "binary" in _error(noise, tmp_path, "noise.bin").message


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('entry,caption\n1,"Smoke rises over Hanano\n2,Residents flee\n3,Troops advance\n', 2),
        ('entry,caption\n1,Troops advance\n2,"Smoke rises over Hanano', 3),
        ('entry,caption\n1,"Fighters in\nal-Sukkari"\n2,ok\n3,"never closed\n4,x\n', 5),
    ],
)
def test_csv_unterminated_quote_names_the_line_where_it_opened(
    tmp_path: Path, text: str, line: int
) -> None:
    path = tmp_path / "gallery.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GalleryFormatError, match=rf"gallery\.csv, line {line}: a quoted field"):
        read_gallery(path, title="T", date="2016-12-13")


def test_csv_quoted_fields_over_several_lines_still_read(tmp_path: Path) -> None:
    path = tmp_path / "gallery.csv"
    path.write_text(
        'entry,caption\n1,"A man walks\nin al-Sukkari"\n2,"Smoke, rising"\n', encoding="utf-8"
    )
    entries = read_gallery(path, title="T", date="2016-12-13")
    assert entries["caption"].tolist() == ["A man walks in al-Sukkari", "Smoke, rising"]


def test_jsonl_keys_of_single_rows_do_not_become_columns_of_every_row(tmp_path: Path) -> None:
    from aleppomap.gallery.tabular import MAX_EXTRA_COLUMNS, OVERFLOW_COLUMN

    rows = [
        {"caption": f"Smoke rises over Hanano, photo {i}", "url": f"u{i}", f"note_{i}": i}
        for i in range(500)
    ]
    path = tmp_path / "wide.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    entries = read_gallery(path)
    assert len(entries) == 500
    extra = [c for c in entries.columns if c == "url" or c.startswith("note_")]
    assert len(extra) == MAX_EXTRA_COLUMNS
    # every key of every row is kept: as a column, or in the row's overflow dict
    for i, row in enumerate(entries.to_dict("records")):
        kept = (
            row[f"note_{i}"]
            if f"note_{i}" in entries.columns
            else row[OVERFLOW_COLUMN][f"note_{i}"]
        )
        assert kept == i
        assert row["url"] == f"u{i}"


def test_jsonl_keys_that_name_the_same_column_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "twice.jsonl"
    path.write_text('{"caption": "a"}\n{"caption": "b", "Caption": "c"}\n', encoding="utf-8")
    with pytest.raises(GalleryFormatError, match=r"line 2: the keys 'caption' and 'Caption'"):
        read_gallery(path)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_input_without_line_breaks_is_refused_at_once() -> None:
    with pytest.raises(GalleryFormatError, match=r"/dev/zero, line 1: no line break in 4 MB"):
        read_gallery("/dev/zero")


def test_a_line_of_megabytes_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("date 2016-12-13 T\n" + "word " * 1_000_000, encoding="utf-8")
    with pytest.raises(GalleryFormatError, match=r"dump\.txt, line 2: no line break"):
        read_gallery(path)


def test_a_first_line_too_long_for_a_csv_header_is_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text('"' + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(GalleryFormatError, match="missing header"):
        read_gallery(path)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"caption": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"entry": 99999999999999999999999999, "caption": "x"}', "entry number .* too large"),
        ('{"entry": 1e400, "caption": "x"}', "not a whole number"),
        ('{"entry": NaN, "caption": "x"}', "not a whole number"),
    ],
)
def test_jsonl_numbers_and_nesting_beyond_reason_are_clear_errors(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(GalleryFormatError, match=rf"odd\.jsonl, line 1: .*{message}"):
        read_gallery(path)


def test_jsonl_lines_with_spaces_around_or_crlf_read_as_plain_ones(tmp_path: Path) -> None:
    rows = [
        {"gallery_title": "Aleppo", "gallery_date": "2016-12-13", "caption": "Smoke over Hanano."},
        {
            "gallery_title": "Aleppo",
            "gallery_date": "2016-12-13",
            "caption": "A street in Salihin.",
        },
    ]
    plain = tmp_path / "plain.jsonl"
    plain.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    spaced = tmp_path / "spaced.jsonl"
    spaced.write_bytes(
        ("  " + json.dumps(rows[0]) + "\t\r\n" + json.dumps(rows[1]) + " \r\n").encode()
    )
    columns = ["gallery", "entry", "caption", "line", "date"]
    assert read_gallery(spaced)[columns].equals(read_gallery(plain)[columns])


def test_jsonl_line_with_more_than_one_value_is_an_error(tmp_path: Path) -> None:
    one = '{"caption": "Smoke over Hanano."}'
    for line in (one + " " + one, one + ", 3", one + "x", one + "\u00a0"):
        err = _error('{"caption": "A street in Salihin."}\n' + line + "\n", tmp_path, "two.jsonl")
        assert err.line == 2
        assert "Extra data" in err.message
