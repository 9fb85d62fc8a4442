"""The geoparser on the seed gallery, on other spellings, and on captions it has not seen."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aleppomap._names import alias_key, fold_token, joins, split_words, tokenize
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser, PlaceMention


@pytest.fixture(scope="module")
def gp() -> Geoparser:
    return Geoparser(Gazetteer.load())


def seed_captions() -> dict[int, str]:
    """Entry number -> caption (credit removed) of the packaged seed gallery."""
    text = (
        resources.files("aleppomap")
        .joinpath("data/battle-for-aleppo-2016-12-13.txt")
        .read_text(encoding="utf-8")
    )
    entries: dict[int, str] = {}
    current: int | None = None
    for line in text.splitlines()[2:]:
        if re.fullmatch(r"\d+", line.strip()):
            current = int(line)
            entries[current] = ""
        elif current is not None:
            entries[current] += line
    return {n: re.sub(r"\s*\([^()]*\)\s*$", "", c) for n, c in entries.items()}


def places(gp: Geoparser, text: str) -> list[tuple[str, str]]:
    return [(m.place_id, m.role) for m in gp.find(text)]


# entry: [(place, role or None when the role is not asserted)]
SEED_EXPECTED: dict[int, list[tuple[str, str | None]]] = {
    1: [("sukkari", None)],
    2: [("bustan-al-qasr", "origin"), ("fardos", "destination")],
    3: [("jisr-al-haj", None)],
    4: [("aleppo", None)],
    5: [("bustan-al-qasr", None)],
    6: [("bustan-al-qasr", "origin"), ("fardos", "destination")],
    7: [("aleppo", None)],
    8: [("aleppo", None)],
    9: [("mashhad", None)],
    10: [("kallaseh", None)],
    11: [],
    12: [("umayyad-mosque", None)],
    13: [("al-bab", None)],
    14: [("kallaseh", None)],
    15: [("umayyad-mosque", None)],
    16: [("sheikh-saeed", None)],
    17: [("aleppo", None)],
    18: [("bustan-al-qasr", "origin"), ("fardos", "destination")],
    19: [("sukkari", "origin")],
    20: [("old-city", None)],
    21: [("sheikh-saeed", None)],
    22: [("mogambo", None)],
    23: [("ithaa", None)],
    24: [("east-aleppo", "origin"), ("jibreen", None)],
    25: [("umayyad-mosque", None)],
}


@pytest.mark.parametrize("entry", sorted(SEED_EXPECTED))
def test_seed_entry(gp: Geoparser, entry: int) -> None:
    caption = seed_captions()[entry]
    found = gp.find(caption)
    assert [m.place_id for m in found] == [p for p, _ in SEED_EXPECTED[entry]]
    for m, (_, role) in zip(found, SEED_EXPECTED[entry], strict=True):
        if role is not None:
            assert m.role == role
        assert caption[m.start : m.end] == m.matched
        assert m.method == "exact"
        assert m.score == 100


def test_seed_has_25_entries() -> None:
    assert sorted(seed_captions()) == list(range(1, 26))


def test_spans_are_the_text_as_written(gp: Geoparser) -> None:
    text = "Smoke rises over Aleppo’s al-Sukkari and Al-Kalasseh neighborhoods."
    found = gp.find(text)
    assert [m.matched for m in found] == ["al-Sukkari", "Al-Kalasseh"]
    assert all(text[m.start : m.end] == m.matched for m in found)


@pytest.mark.parametrize(
    ("spelling", "place"),
    [
        ("Sukkari", "sukkari"), ("Sukari", "sukkari"), ("Sukkary", "sukkari"),
        ("al-Sukkari", "sukkari"), ("Kallaseh", "kallaseh"), ("Kalasseh", "kallaseh"),
        ("Kallasa", "kallaseh"), ("Kalasa", "kallaseh"), ("Fardos", "fardos"),
        ("Firdaws", "fardos"), ("Ferdous", "fardos"), ("Firdous", "fardos"),
        ("Ithaa", "ithaa"), ("Idha'a", "ithaa"), ("Izaa", "ithaa"),
        ("Sheikh Saeed", "sheikh-saeed"), ("Sheik Said", "sheikh-saeed"),
        ("Shaykh Sa'id", "sheikh-saeed"), ("Cheikh Saïd", "sheikh-saeed"),
        ("el-Sheikh Saeed", "sheikh-saeed"), ("Sheikh Maqsoud", "sheikh-maqsoud"),
        ("Sheikh Maksoud", "sheikh-maqsoud"), ("Bustan al-Qasr", "bustan-al-qasr"),
        ("Boustan al-Qasr", "bustan-al-qasr"), ("Bustan el-Kasr", "bustan-al-qasr"),
        ("Haidariya", "haydariyeh"), ("Haydariyeh", "haydariyeh"),
        ("Masaken Hanano", "hanano"), ("Salaheddine", "salah-ad-din"),
        ("Salah al-Din", "salah-ad-din"), ("Saif al-Dawla", "sayf-ad-dawla"),
        ("Seif el-Dawleh", "sayf-ad-dawla"), ("Ramouseh", "ramouseh"), ("Ramousa", "ramouseh"),
        ("Castello road", "castello-road"), ("Mokambo", "mogambo"), ("Jibrin", "jibreen"),
        ("A'zaz", "azaz"), ("Tal Rifaat", "tall-rifaat"), ("Tell Rifat", "tall-rifaat"),
        ("Deir Hafer", "dayr-hafir"), ("al-Safira", "safira"), ("Manbij", "manbij"),
        ("Nubl", "nubl"), ("Anadan", "anadan"), ("Khan al-Assal", "khan-al-asal"),
        ("Handarat", "handarat"), ("Layramoun", "belleramoon"), ("Bani Zeid", "rasafeh"),
        ("Karm al-Tahhan", "karm-homad"), ("Tariq al-Bab", "tariq-al-bab"),
        ("Bab al-Nairab", "bab-al-nairab"), ("Bab al-Hadid", "bab-al-hadid"),
        ("the Citadel", "citadel"), ("Umayyad Mosque", "umayyad-mosque"),
        ("Aleppo airport", "aleppo-airport"), ("Aleppo University", "university-of-aleppo"),
        ("الكلاسة", "kallaseh"), ("حي الكلاسه", "kallaseh"), ("بستان القصر", "bustan-al-qasr"),
        ("الشيخ سعيد", "sheikh-saeed"), ("السكري", "sukkari"),
    ],
)  # fmt: skip
def test_spellings(gp: Geoparser, spelling: str, place: str) -> None:
    text = f"Residents walk through {spelling} on Tuesday."
    assert [m.place_id for m in gp.find(text)] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired at government positions in Bab al-Nairab on Monday.",
        "Fighting raged along Tariq al-Bab in the east of the city.",
    ],
)
def test_longest_match_wins_over_al_bab(gp: Geoparser, text: str) -> None:
    ids = [m.place_id for m in gp.find(text)]
    assert "al-bab" not in ids
    assert len(ids) == 1


def test_al_bab_itself(gp: Geoparser) -> None:
    assert places(gp, "Turkish-backed rebels advance on al-Bab.") == [("al-bab", "location")]


@pytest.mark.parametrize(
    "text",
    [
        "A man carries a child along a street on Monday.",
        "People wait for bread after the market reopened in the morning.",
        "Photo by Karam Al-Masri, who covered the battle for AFP.",
        "Fighters gather at a mosque, as dusk falls over the marketplace.",
        "A boy sits by the sabil, a public water fountain, at sunset.",
        "The area was hit by barrel bombs; the district council met in the quarter.",
        "",
        "   ",
    ],
)
def test_ordinary_words_are_not_places(gp: Geoparser, text: str) -> None:
    assert gp.find(text) == []


def test_surname_is_not_a_place(gp: Geoparser) -> None:
    # al-Ansari is a quarter, but after a first name it is a person
    assert gp.find("Mayor Mohammed al-Ansari speaks to reporters in Damascus.") == []
    assert [m.place_id for m in gp.find("Clashes in al-Ansari on Friday.")] == ["ansari"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syrians displaced from the Hanano district arrive in the government-held Jibreen "
            "neighbourhood on Nov. 28, 2016.",
            [("hanano", "origin"), ("jibreen", "destination")],
        ),
        (
            "Civilians evacuated from eastern Aleppo arrive in Khan al-Asal, west of the city, "
            "on Dec. 22, 2016.",
            [("east-aleppo", "origin"), ("khan-al-asal", "destination")],
        ),
        (
            "Families fleeing the Sakhour area head towards Sheikh Maqsoud on Nov. 27, 2016.",
            [("sakhour", "origin"), ("sheikh-maqsoud", "destination")],
        ),
        (
            "Buses carrying fighters leave Ramouseh towards rebel-held Idlib.",
            [("ramouseh", "origin")],
        ),
        (
            "A Syrian man left Bustan al-Basha on foot.",
            [("bustan-al-basha", "origin")],
        ),
        (
            "Rescue workers search the rubble in the rebel-held Salheen neighbourhood.",
            [("salheen", "location")],
        ),
    ],
)
def test_roles(gp: Geoparser, text: str, expected: list[tuple[str, str]]) -> None:
    assert places(gp, text) == expected


AGENCY_CAPTIONS = [
    # (caption in the style of AFP / AP / Reuters / EPA captions of 2012-2016, expected ids)
    (
        "A Free Syrian Army fighter takes position in the Salaheddine district of central "
        "Aleppo, Syria, on Aug. 8, 2012.",
        ["salah-ad-din"],
    ),
    (
        "Smoke rises after an air strike on the rebel-held Tariq al-Bab neighbourhood of "
        "Aleppo on Sept. 25, 2016.",
        ["tariq-al-bab"],
    ),
    (
        "Syrian army soldiers stand near the Citadel in Aleppo's Old City, Syria, 2013.",
        ["citadel"],
    ),
    (
        "A man walks past damaged buildings in Aleppo's Bab al-Hadid area on Dec. 8, 2016.",
        ["bab-al-hadid"],
    ),
    (
        "Residents of the besieged Shiite towns of Nubl and Zahraa celebrate after government "
        "forces broke the siege, Feb. 3, 2016.",
        ["nubl", "zahraa"],
    ),
    (
        "Fighters from the Zahraa district repel an attack in western Aleppo, 2015.",
        ["zahra"],
    ),
    (
        "Syrian pro-government forces advance near Khan Touman and the Castello road.",
        ["castello-road"],
    ),
    (
        "Kurdish fighters patrol the Sheikh Maqsoud neighbourhood of Aleppo, April 2016.",
        ["sheikh-maqsoud"],
    ),
    (
        "A boy stands amid the rubble in the Kalasa district of Aleppo, Aug. 2016. "
        "(Ameer Alhalbi/AFP)",
        ["kallaseh"],
    ),
    (
        "Displaced Syrians from Manbij and al-Bab arrive at a camp near Azaz, 2016.",
        ["manbij", "al-bab", "azaz"],
    ),
    ("Aleppo, Syria, on July 30, 2012.", ["aleppo"]),
    ("Smoke billows over east Aleppo, Nov. 20, 2016.", ["east-aleppo"]),
    (
        "Civilians are evacuated from the last rebel-held pocket of south-eastern Aleppo.",
        ["south-east-aleppo"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGENCY_CAPTIONS)
def test_agency_style_captions(gp: Geoparser, text: str, expected: list[str]) -> None:
    assert [m.place_id for m in gp.find(text)] == expected


def test_hierarchy_keeps_city_when_only_outside_places(gp: Geoparser) -> None:
    ids = [m.place_id for m in gp.find("Anadan, 12 km north of Aleppo, was shelled.")]
    assert ids == ["anadan"]
    ids = [m.place_id for m in gp.find("Shelling in eastern Aleppo and in Anadan.")]
    assert ids == ["east-aleppo", "anadan"]


def test_fuzzy_near_miss_kept_with_its_score(gp: Geoparser) -> None:
    found = gp.find("Residents of the Hamdaniyyeh neighborhood queue for water.")
    assert [m.place_id for m in found] == ["hamdaniyeh"]
    for text, place in [
        ("Clashes in the Sukkarei neighbourhood on Monday.", "sukkari"),
        ("Smoke over the Bustan al-Qasar district.", "bustan-al-qasr"),
    ]:
        found = gp.find(text)
        assert [(m.place_id, m.method) for m in found] == [(place, "fuzzy")]
        assert 86 <= found[0].score < 100
        assert gp.unknown_places(text) == []


def test_fuzzy_rejects_distant_names(gp: Geoparser) -> None:
    text = "Clashes in the Zarzour neighbourhood on Monday."
    assert gp.find(text) == []
    assert [str(u) for u in gp.unknown_places(text)] == ["Zarzour neighbourhood"]


def test_unknown_places(gp: Geoparser) -> None:
    text = (
        "Rebels shelled the Foo Bar district and the village of Qwertyabad, "
        "near al-Kallaseh neighbourhood."
    )
    unknown = gp.unknown_places(text)
    assert [u.name for u in unknown] == ["Foo Bar", "Qwertyabad"]
    assert [u.word for u in unknown] == ["district", "village"]
    assert all(text[u.start : u.end] == u.name for u in unknown)
    assert gp.unknown_places("") == []


def test_mention_is_frozen_and_text_order(gp: Geoparser) -> None:
    found = gp.find("From Hanano to Sakhour and then Haydariyeh.")
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert isinstance(found[0], PlaceMention)
    with pytest.raises(AttributeError):
        found[0].place_id = "x"  # type: ignore[misc]


def test_normaliser_folds_articles_spellings_and_apostrophes() -> None:
    assert alias_key("al-Sheikh Sa’eed district") == alias_key("Sheikh Said")
    assert alias_key("ash-Shaar") == alias_key("Sha'ar") == alias_key("el-Shaar quarter")
    assert fold_token("Sukkari") == fold_token("Sukary")
    assert fold_token("al") == fold_token("neighbourhood") == ""
    toks = tokenize("Aleppo’s Fardos")
    assert [(t.raw, t.start, t.end) for t in toks] == [("Aleppo", 0, 6), ("Fardos", 9, 15)]


# Pieces the word cutter treats specially: Latin and Arabic letters, combining marks,
# apostrophes and ayn marks, "_" (a word character that is not a letter), hyphens, punctuation
# and U+037A, a letter whose compatibility form decomposes into a space.
_PIECES = [
    *"aAbQsS al-'’ʿ_,.()\u0301\u064e\u037a\n",
    "حي",
    "ال",
    "Sheikh",
    "Saeed",
    "Bab",
    "’s",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_split_words_cuts_as_tokenize(text: str) -> None:
    cache: dict[str, tuple[str, int, str, str, bool]] = {}
    for _ in range(2):  # a cold memo, then a warm one
        words = split_words(text, cache)
        assert words.tokens() == tokenize(text)
        assert list(words.low) == [raw.casefold() for raw in words.raw]
        assert not any(" " in key for key in words.key)  # what the matcher relies on


def test_a_letter_decomposing_into_a_space_leaves_no_space_in_its_key(gp: Geoparser) -> None:
    assert fold_token("Fardos\u037a") == fold_token("Fardos")
    assert alias_key("Jisr\u037a al-Haj") == alias_key("Jisr al-Haj")
    found = gp.find("Residents of Jisr\u037a al-Haj wait.")
    assert [(m.place_id, m.matched) for m in found] == [("jisr-al-haj", "Jisr\u037a al-Haj")]


def test_find_gives_the_same_mentions_whatever_it_has_met_before(gp: Geoparser) -> None:
    from benchmarks.synth import generate

    captions = generate(3_000, seed=7, gazetteer=gp.gazetteer).entries["caption"].tolist()
    warm = [gp.find(c) for c in captions]  # the module's parser, memo already filled
    fresh = Geoparser(gp.gazetteer)
    cold = [fresh.find(c) for c in reversed(captions)][::-1]
    assert warm == cold
    assert sum(map(len, warm)) > 3_000  # the captions do name places


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_never_fails_and_spans_match(gp: Geoparser, text: str) -> None:
    for m in gp.find(text):
        assert text[m.start : m.end] == m.matched
        assert m.place_id in gp.gazetteer
        assert m.role in {"location", "origin", "destination"}


# A name never runs across punctuation, and a compound name ("City of Aleppo", "Aleppo's souk")
# does not take a word from a plain name it crosses; the city is then dropped by hierarchy.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes in Ansari East, Aleppo, on Monday.", [("ansari-sharqi", "Ansari East")]),
        ("Clashes in Ansari East; Aleppo was quiet.", [("ansari-sharqi", "Ansari East")]),
        ("Clashes in Ansari East (Aleppo) on Monday.", [("ansari-sharqi", "Ansari East")]),
        ("Clashes in Ansari East Aleppo on Monday.", [("ansari-sharqi", "Ansari East")]),
        ("A view of the Walled City of Aleppo on Monday.", [("old-city", "Walled City")]),
        ("Smoke over the Walled City, Aleppo.", [("old-city", "Walled City")]),
        ("Traders at Aleppo's Souq al-Hal market.", [("souq-al-hal", "Souq al-Hal")]),
        ("Traders at Aleppo’s Souq al-Hal on Monday.", [("souq-al-hal", "Souq al-Hal")]),
        ("Shelling hit Bab al-Hadid (Aleppo) on Monday.", [("bab-al-hadid", "Bab al-Hadid")]),
        ("Fighting in the east. Aleppo residents fled.", [("aleppo", "Aleppo")]),
        ("Sheikh: Saeed and the others wait.", []),
        ('He said "Bustan" al-Qasr was calm.', []),
        # names that keep their possessive, their ayn mark or their "of"
        ("Aleppo's old city was shelled.", [("old-city", "Aleppo's old city")]),
        ("Smoke over Aleppo's east on Monday.", [("east-aleppo", "Aleppo's east")]),
        ("The Old City of Aleppo was hit.", [("old-city", "Old City of Aleppo")]),
        ("Smoke over the Citadel of Aleppo.", [("citadel", "Citadel of Aleppo")]),
        ("Residents of Dahret 'Awwad wait.", [("dahret-awwad", "Dahret 'Awwad")]),
        ("Civilians in Aleppo’s Souq al-Madina.", [("souq-al-madina", "Souq al-Madina")]),
    ],
)
def test_names_stop_at_punctuation(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place_id, m.matched) for m in gp.find(text)] == expected


def test_names_written_with_punctuation_still_match(gp: Geoparser) -> None:
    # the gazetteer writes these with a slash or brackets: the caption may too
    assert [m.matched for m in gp.find("Smoke over Beit Muheb / Jdeydeh on Monday.")] == [
        "Beit Muheb / Jdeydeh"
    ]
    assert [m.place_id for m in gp.find("Shelling in Kobani (Ayn al-Arab) on Monday.")] == [
        "kobani"
    ]


def test_joins() -> None:
    for gap in (" ", " - ", "’s ", " '", " / ", ""):
        assert joins(gap), gap
    for gap in (", ", ". ", "; ", ": ", " (", ") ", ' "', "” ", "' ", "! "):
        assert not joins(gap), gap
