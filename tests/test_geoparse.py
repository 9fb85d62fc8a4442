"""The geoparser on the seed gallery, on other spellings, and on captions it has not seen."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aleppomap._names import (
    alias_key,
    fold_token,
    joins,
    phonetic_key,
    phonetic_word,
    split_words,
    tokenize,
)
from aleppomap.gazetteer import Gazetteer
from aleppomap.geoparse import Geoparser, PlaceMention
from context_places import about


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
    return [(m.place_id, m.role) for m in about(gp.find(text))]


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
    found = about(gp.find(caption))
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
    found = about(gp.find(text))
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
    assert [m.place_id for m in about(gp.find(text))] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fired at government positions in Bab al-Nairab on Monday.",
        "Fighting raged along Tariq al-Bab in the east of the city.",
    ],
)
def test_longest_match_wins_over_al_bab(gp: Geoparser, text: str) -> None:
    ids = [m.place_id for m in about(gp.find(text))]
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
    found = gp.find("Mayor Mohammed al-Ansari speaks to reporters in Damascus.")
    assert [m.place_id for m in found] == ["damascus"]
    assert [m.place_id for m in about(gp.find("Clashes in al-Ansari on Friday."))] == ["ansari"]


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
            [("ramouseh", "origin"), ("idlib", "destination")],
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
        ["khan-tuman", "castello-road"],
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
    assert [m.place_id for m in about(gp.find(text))] == expected


def test_the_city_as_a_reference_point_is_named_in_passing(gp: Geoparser) -> None:
    found = [
        (m.place_id, m.role, m.cue) for m in gp.find("Anadan, 12 km north of Aleppo, was shelled.")
    ]
    assert found == [("anadan", "location", ""), ("aleppo", "mentioned", "reference")]
    # a side of the city beside a place outside it is a place of its own
    ids = [(m.place_id, m.role) for m in gp.find("Shelling in eastern Aleppo and in Anadan.")]
    assert ids == [("east-aleppo", "location"), ("anadan", "location")]


def test_fuzzy_near_miss_kept_with_its_score(gp: Geoparser) -> None:
    found = gp.find("Residents of the Hamdaniyyeh neighborhood queue for water.")
    assert [m.place_id for m in found] == ["hamdaniyeh"]
    for text, place in [
        ("Clashes in the Sukkarei neighbourhood on Monday.", "sukkari"),
        ("Smoke over the Bustan al-Qasar district.", "bustan-al-qasr"),
    ]:
        found = about(gp.find(text))
        assert [(m.place_id, m.method) for m in found] == [(place, "fuzzy")]
        assert 86 <= found[0].score < 100
        assert gp.unknown_places(text) == []


def test_fuzzy_match_follows_a_threshold_raised_after_use(gazetteer: Gazetteer) -> None:
    parser = Geoparser(gazetteer)
    text = "Families shelter in the Sukkarei neighbourhood after the strikes."
    first = parser.find(text)
    assert [(m.place_id, m.method) for m in first] == [("sukkari", "fuzzy")]
    assert parser.find(text) == first  # asked again: the same answer
    parser.fuzzy_threshold = first[0].score + 1
    assert all(m.method != "fuzzy" for m in parser.find(text))


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
    "d'",
    "l’",
    "dell'",
    "Alep",
    "'de",
    "’nde",
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


# ASCII pieces only: most captions are ASCII, cut by a faster pattern when they hold no
# apostrophe nor "_" (digits, hyphens, dots and the words of a dateline among them).
_ASCII_PIECES = [
    *"aZ09 -,./()_'`\t\n",
    "Aleppo",
    "Aleppo's",
    "al-Bab",
    "d'",
    "l'Alep",
    "2016",
    "Dec.",
    "Jane Doe/AFP",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_PIECES), max_size=40).map("".join))
def test_split_words_cuts_an_ascii_text_as_tokenize(text: str) -> None:
    cache: dict[str, tuple[str, int, str, str, bool]] = {}
    for _ in range(2):  # a cold memo (a word may come twice), then a warm one
        words = split_words(text, cache)
        assert words.tokens() == tokenize(text)
        assert list(words.low) == [raw.casefold() for raw in words.raw]


def test_split_words_flags_each_word_once_per_memo() -> None:
    met: list[str] = []

    def flag(key: str, raw: str, low: str, upper: bool) -> bool:
        met.append(raw)
        return upper

    cache: dict[str, tuple[str, int, str, str, bool, bool]] = {}
    words = split_words("Near Marea, south of Marea and Azaz", cache, flag)
    assert list(words.flag) == [True, True, False, False, True, False, True]
    assert split_words("Azaz and Marea", cache, flag).flag == (True, False, True)
    assert sorted(set(met)) == ["Azaz", "Marea", "Near", "and", "of", "south"]


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
        assert m.role in {"location", "origin", "destination", "mentioned"}


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
    assert [(m.place_id, m.matched) for m in about(gp.find(text))] == expected


def test_names_written_with_punctuation_still_match(gp: Geoparser) -> None:
    # the gazetteer writes these with a slash or brackets: the caption may too
    assert [m.matched for m in about(gp.find("Smoke over Beit Muheb / Jdeydeh on Monday."))] == [
        "Beit Muheb / Jdeydeh"
    ]
    assert [m.place_id for m in about(gp.find("Shelling in Kobani (Ayn al-Arab) on Monday."))] == [
        "kobani"
    ]


def test_joins() -> None:
    for gap in (" ", " - ", "’s ", " '", " / ", ""):
        assert joins(gap), gap
    for gap in (", ", ". ", "; ", ": ", " (", ") ", ' "', "” ", "' ", "! "):
        assert not joins(gap), gap


# -- spellings of other languages and habits: one phonetic key over the whole gazetteer --------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Turkish: ş ç ğ ı, "Halep", -iye, a final t for d
        ("Kurdish YPG fighters stand guard in the Şeyh Maksud neighbourhood.", "sheikh-maqsoud"),
        ("Residents of Şeyh Maksut queue for bread on Tuesday.", "sheikh-maqsoud"),
        ("Smoke rises over Halep after overnight air strikes.", "aleppo"),
        ("A man walks past a shelled shop in the Eşrefiye district.", "ashrafiyeh"),
        # French and German
        ("Des civils dans le quartier de Boustane al-Qasr, le 3 mars.", "bustan-al-qasr"),
        ("Une femme marche dans le quartier de Ferdaous.", "fardos"),
        ("Kinder spielen im Viertel Scheich Maksud.", "sheikh-maqsoud"),
        # English habits: names run together or split, vowels dropped or added
        ("Fighters take positions in Sheikhmaqsoud on Monday.", "sheikh-maqsoud"),
        ("Rescuers search the rubble in Bustanalqasr on Monday.", "bustan-al-qasr"),
        ("Boys play football in Bostan Pasha before sunset.", "bustan-al-basha"),
        ("Civil defence workers in the Sukkariyah neighbourhood.", "sukkari"),
        ("A girl carries water in the Hananu housing project.", "hanano"),
        # Arabic script
        ("نازحون من حلب الشرقية", "east-aleppo"),
    ],
)
def test_spellings_of_other_languages_meet_on_the_phonetic_key(
    gp: Geoparser, text: str, place: str
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == [place]


def test_phonetic_key_classes() -> None:
    # one key for the ways one name is written
    assert phonetic_key("Şeyh Maksud") == phonetic_key("Sheikh Maqsoud")
    assert phonetic_key("Scheich Maksud") == phonetic_key("Cheikh Maksoud")
    assert phonetic_key("Sheikhmaqsoud") == phonetic_key("Sheikh Maqsoud")
    assert phonetic_key("Boustane al-Qasr") == phonetic_key("Bustan el Kasr")
    assert phonetic_word("Ashrafiye") == phonetic_word("Ashrafiyah") == phonetic_word("Ashrafieh")
    # but different names stay apart
    assert phonetic_key("Sheikh Saeed") != phonetic_key("Sheikh Maqsoud")
    assert phonetic_key("East Aleppo") != phonetic_key("West Aleppo")
    # the ending -iyeh is a consonant: Azez (Azaz) is not al-Aziziyeh, whatever the spelling
    assert phonetic_key("Azez") == phonetic_key("Azaz") != phonetic_key("al-Aziziyeh")
    assert phonetic_key("Aziziye") == phonetic_key("Azizieh") == phonetic_key("al-'Aziziyeh")
    # Turkish v is the Arabic w; the h after sh is not heard apart
    assert phonetic_key("Firdevs") == phonetic_key("Firdaws")
    assert phonetic_key("Suveyka") == phonetic_key("Suwayqa")
    assert phonetic_key("Meshed") == phonetic_key("Mashhad")
    # a t is d only when the name is written ending in it, not when its vowels go
    assert phonetic_key("Maksut") == phonetic_key("Maqsoud")
    assert phonetic_key("Mishatiyah") != phonetic_key("Meshed")


def test_the_key_reads_french_german_and_turkish_letters() -> None:
    assert alias_key("Achrafieh") == alias_key("al-Ashrafiyeh")
    assert alias_key("ach-Chaar") == alias_key("ash-Shaar")
    assert alias_key("Djebel Saman") == alias_key("Jabal Saman")
    assert alias_key("Dscharabulus") == alias_key("Jarabulus")
    assert alias_key("Şeyh Said") == alias_key("Scheich Said") == alias_key("Sheikh Said")
    assert alias_key("Tel Rıfat") == alias_key("Tal Rifat")
    assert alias_key("al-Zibdyah") == alias_key("az-Zebdiyeh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an elided article or preposition before the name (French, Italian)
        ("Une vue du marché d'Alep, le 3 mars 2016.", [("aleppo", "Alep")]),
        ("Un combattant dans le quartier d’al-Chaar, à Alep.", [("shaar", "al-Chaar")]),
        ("Des habitants fuient le quartier d'Achrafieh.", [("ashrafiyeh", "Achrafieh")]),
        ("Civili in fuga dal quartiere Sukkari dell'Aleppo orientale.", [("sukkari", "Sukkari")]),
        # Turkish case endings after an apostrophe, and the Turkish place words
        ("Yardım tırları Halep'e ulaştı.", [("aleppo", "Halep")]),
        ("Aileler Azez'de çadırlarda kalıyor.", [("azaz", "Azez")]),
        ("Yaralılar Eşrefiye Mahallesi'nde tedavi ediliyor.", [("ashrafiyeh", "Eşrefiye")]),
        (
            "Saldırıda Kellese'de 12, Firdevs'te 4 kişi öldü.",
            [("kallaseh", "Kellese"), ("fardos", "Firdevs")],
        ),
        (
            "Kellese ve Salahaddin bölgesindeki evler yıkıldı.",
            [("kallaseh", "Kellese"), ("salah-ad-din", "Salahaddin")],
        ),
        ("Halep'in Aziziye semtinde Noel ağacı.", [("aziziyeh", "Aziziye")]),
        ("Şeyh Hıdır Mahallesi'ne bomba düştü.", [("sheikh-kheder", "Şeyh Hıdır")]),
        (
            "Jetler Firdevs ve Kellese semtlerine saldırdı.",
            [("fardos", "Firdevs"), ("kallaseh", "Kellese")],
        ),
        ("Etarib ilçesinden bir yetkili konuştu.", [("atarib", "Etarib")]),
        # a side of the city after its name is a reference point, as "north of Aleppo" is
        ("Halep'in kuzeyindeki Anadan ilçesi bombalandı.", [("anadan", "Anadan")]),
        ("Kentin Süryan Mahallesi'nde bir okul vuruldu.", [("siryan", "Süryan")]),
        # the old city, the citadel, the Great Mosque in the words of other languages
        ("Une vue de la vieille ville d'Alep.", [("old-city", "vieille ville")]),
        ("Des touristes devant la citadelle d'Alep.", [("citadel", "citadelle")]),
        ("Die Zitadelle von Aleppo im Abendlicht.", [("citadel", "Zitadelle")]),
        ("La Grande Mosquée d'Alep.", [("umayyad-mosque", "Grande Mosquée")]),
        ("Halep'in eski şehir bölgesinde yıkım.", [("old-city", "eski şehir")]),
        # the city's sides, the side word after the name or before it
        ("Des civils fuient Alep-Est.", [("east-aleppo", "Alep-Est")]),
        ("Des obus tombent sur Alep-Ouest.", [("west-aleppo", "Alep-Ouest")]),
        ("Alep est divisée depuis 2012.", [("aleppo", "Alep")]),
        ("Famiglie nell'Aleppo orientale.", [("east-aleppo", "Aleppo orientale")]),
        ("Zivilisten in Ost-Aleppo.", [("east-aleppo", "Ost-Aleppo")]),
        ("Yardımlar Doğu Halep'e ulaştı.", [("east-aleppo", "Doğu Halep")]),
        # the name after a quarter word of another language, with or without a preposition
        ("Un garçon dans le quartier de Helk, à Alep.", [("trab-al-hellok", "Helk")]),
        ("Zerstörte Häuser im Stadtteil Bustan al-Kasr.", [("bustan-al-qasr", "Bustan al-Kasr")]),
        ("Rescatistas en el barrio de al-Kalasa, en Alepo.", [("kallaseh", "al-Kalasa")]),
        # Spanish writes the Arabic kh as j, and the j as y
        ("El objetivo es el distrito de Al Sajur.", [("sakhour", "Al Sajur")]),
        ("Bombardeos en el barrio de Yamilie.", [("jamiliyeh", "Yamilie")]),
        ("Combates en el barrio de Jan al Asal.", [("khan-al-asal", "Jan al Asal")]),
        # English spellings
        ("Rescuers in the Meshed neighborhood of Aleppo.", [("mashhad", "Meshed")]),
        ("Families leave Al-Zibdyah on foot.", [("zebdiyeh", "Al-Zibdyah")]),
    ],
)
def test_places_in_the_wordings_of_other_languages(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(m.place_id, m.matched) for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Suriyeli Ahmed'in ailesi yardım bekliyor.",
        "Kemal'in kardeşi okula gidiyor.",
        "L'enfant d'Ahmed joue dans la cour.",
        "Un homme l'a vu dell'anno scorso.",
    ],
)
def test_people_with_turkish_endings_or_elisions_are_not_places(gp: Geoparser, text: str) -> None:
    assert gp.find(text) == []


def test_bombs_that_fell_on_a_place_are_no_fall_of_it(gp: Geoparser) -> None:
    text = "A boy cries after bombs fell on the Bab al-Nairab district of Aleppo on Aug. 27."
    assert places(gp, text) == [("bab-al-nairab", "location")]
    # the fall of a place still makes it a background one
    text = "Fighters rest in Jarabulus, a week after the fall of Manbij."
    assert places(gp, text) == [("jarabulus", "location"), ("manbij", "mentioned")]


FEATURE_NOUNS = {
    "mosque", "madrasa", "madrassa", "mausoleum", "roundabout", "church", "khan", "stadium",
    "mall", "hospital", "hotel", "airbase", "prison", "castle", "temple", "lake", "synagogue",
    "crossing", "courthouse",
}  # fmt: skip


def test_every_place_is_found_by_its_phonetic_key(gp: Geoparser) -> None:
    # each name of the gazetteer, written run together, still names its place
    for place in gp.gazetteer:
        if place.note.startswith("added in bulk from its OpenStreetMap node"):
            continue  # a village of the bulk list is named by its own spellings only
        if place.outside_governorate:
            continue  # so is a city of another governorate (Damascus, Idlib)
        for name in (place.name, *place.aliases):
            words = re.findall(r"\w+", name)
            if len(words) != 2 or not name.isascii() or len(phonetic_key(name)) < 5:
                continue
            if words[1][0] in "hH" or words[0].islower():
                continue  # run together, "Qalaat Halab" would read "th": another letter
            if words[0].isdigit():
                continue  # nobody writes "1070apartments": a number stays apart
            if {x.lower() for x in words} & FEATURE_NOUNS:
                continue  # nobody writes "Madrassasahibiye": the kind of building stays apart
            run_together = words[0] + words[1].lower()
            found = {m.place_id for m in gp.find(f"Smoke rises over {run_together} on Monday.")}
            assert found & {place.id, *gp._phonetic_index[phonetic_key(name)][0]}, name


def test_the_unknown_place_detector_tries_the_phonetic_key(gp: Geoparser) -> None:
    text = "Women shop in the Şeyhmeksud quarter."  # neither an alias nor a near spelling
    assert gp.unknown_places(text) == []
    assert [m.method for m in about(gp.find(text))] == ["phonetic"]
    assert [str(u) for u in gp.unknown_places("Children in the Qwertyville quarter.")] == [
        "Qwertyville quarter"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Photo by Karam al-Masri, who covered the battle.",
        "A boy in the rubble, said his father Ameer Alhalbi.",
        "Syrian children walk to school on Monday.",
        "Ameer sits on a chair outside his home.",
        "Nabil, 12, carries his brother.",
        "A mainly Kurdish neighbourhood, seen from a rooftop.",
        "Foreign journalists wait at a checkpoint.",
        "Ensure the list is complete, the officer said.",
        "Initial reports spoke of two dead.",
    ],
)
def test_phonetic_key_leaves_people_and_ordinary_words_alone(gp: Geoparser, text: str) -> None:
    assert gp.find(text) == []
    assert gp.unknown_places(text) == []


# -- whole names win -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters gather at Bab Antakya on Friday.", ["bab-antakya"]),
        ("A fighter at the Bab al-Hawa border crossing with Turkey.", ["bab-al-hawa"]),
        ("Trucks queue at Bab al-Salama near Azaz.", ["bab-al-salameh", "azaz"]),
        ("IS fighters withdrew from al-Bab as Turkish-backed rebels advanced.", ["al-bab"]),
        ("Shelling hit the Qwertyville al-Bab district on Monday.", []),
        ("Shelling hit the al-Bab Qwertyville district on Monday.", []),
        ("A street in the Qwerty Sukkari neighbourhood.", []),
        # words that stand before a name do not make a longer one
        ("Kurdish fighters in the Kurdish Sheikh Maqsoud district.", ["sheikh-maqsoud"]),
        ("Residents of the Christian al-Suleimaniyeh neighbourhood.", ["suleimaniyeh"]),
        ("In Sukkari district, a man sells bread.", ["sukkari"]),
    ],
)
def test_whole_names_win_over_a_part_of_them(gp: Geoparser, text: str, expected: list[str]) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


def test_an_unknown_longer_name_is_reported_whole(gp: Geoparser) -> None:
    text = "Shelling hit the Qwertyville al-Bab district on Monday."
    assert [u.name for u in gp.unknown_places(text)] == ["Qwertyville al-Bab"]


# -- common nouns in a caption about Aleppo --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers stand guard at the citadel in Aleppo on Tuesday.", ["citadel"]),
        ("Aleppo's ancient citadel is seen at dusk.", ["citadel"]),
        ("Students sit an exam at the university in Aleppo.", ["university-of-aleppo"]),
        ("A plane lands at the airport, east of Aleppo, on Sunday.", ["aleppo-airport"]),
        ("The damaged minaret of the Great Mosque in Aleppo's old city.", ["umayyad-mosque"]),
        # not about Aleppo, or another place's
        ("The Great Mosque of Damascus after Friday prayers.", ["damascus"]),
        ("A view of the citadel in Azaz.", ["azaz"]),
        ("Soldiers at the Kuweires airport outside Aleppo.", ["kuweires-airbase"]),
        ("Students walk to the university on Monday.", []),
    ],
)
def test_common_nouns_name_aleppos_places_in_a_caption_about_aleppo(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


def test_common_nouns_come_from_the_data(gp: Geoparser) -> None:
    # every noun names a place of the city that the gazetteer writes "X of Aleppo" or so
    nouns = {alias_key(n) for n in ("citadel", "university", "airport", "Great Mosque")}
    assert nouns <= set(gp._generic)
    for ids in gp._generic.values():
        assert len(ids) == 1
        assert gp.gazetteer.is_within(ids[0], "aleppo")


# -- where the photo was taken vs what the caption mentions ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A boy plays in the rubble of al-Shaar, a week after rebels took Sheikh Maqsoud.",
            [("shaar", "location"), ("sheikh-maqsoud", "mentioned")],
        ),
        (
            "Civilians queue for bread in Sukkari, months after the fall of Hanano in 2016.",
            [("sukkari", "location"), ("hanano", "mentioned")],
        ),
        (
            "Kurdish fighters patrol Sheikh Maqsoud since Tal Rifaat fell in February.",
            [("sheikh-maqsoud", "location"), ("tall-rifaat", "mentioned")],
        ),
        # the city stays the photo's place beside a district named in passing
        (
            "A man sells vegetables in Aleppo, days after government forces seized Hanano.",
            [("aleppo", "location"), ("hanano", "mentioned")],
        ),
        # an air strike is not a taking: the photo is there
        (
            "Residents inspect damage after an air strike on the Sukkari district.",
            [("sukkari", "location")],
        ),
    ],
)
def test_a_background_clause_only_mentions_its_place(
    gp: Geoparser, text: str, expected: list[tuple[str, str]]
) -> None:
    assert places(gp, text) == expected


def test_a_place_mentioned_in_passing_stays_in_the_events_but_has_no_marker(
    gp: Geoparser,
) -> None:
    import pandas as pd

    from aleppomap.events import locate
    from aleppomap.timeline.payload import build_payload

    captions = [
        "A girl walks in Sukkari, a week after rebels took Sheikh Maqsoud.",
        "Fighters rest in Hanano on Monday.",
        "Fighters rest in the Qwertyville district, a week after rebels took Hanano.",
    ]
    entries = pd.DataFrame(
        {
            "gallery": "g",
            "gallery_title": "",
            "gallery_intro": "",
            "gallery_date": "2016-12-13",
            "entry": [1, 2, 3],
            "caption": captions,
            "credit": "",
            "photographers": [[], [], []],
            "agencies": [[], [], []],
            "source": "",
            "line": [1, 2, 3],
        }
    )
    ev = locate(entries, gp.gazetteer, geoparser=gp)
    rows = list(zip(ev["place_id"], ev["role"], ev["located"], strict=True))
    assert rows[:4] == [
        ("sukkari", "location", True),
        ("sheikh-maqsoud", "mentioned", True),
        ("hanano", "location", True),
        ("hanano", "mentioned", True),
    ]
    # the photo of the last entry was taken in a place the gazetteer lacks: it says so
    assert not rows[4][2]
    assert "Qwertyville" in ev["reason"].iloc[4]
    payload = build_payload(ev)
    names = payload["places"]["name"]
    drawn = sorted(names[p] for p in payload["markers"]["place"])
    assert drawn == sorted(gp.gazetteer.get(p).name for p in ("hanano", "sukkari"))
    assert "Qwertyville" in payload["entries"]["reason"][2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ray of light falls on Ray Street as fighters rest.", []),
        ("Photographer Ray Smith walks past the ruins.", []),
        ("Smoke rises over al-Rai, a town held by IS.", ["al-rai"]),
        ("Turkish-backed rebels entered the town of Rai on Monday.", ["al-rai"]),
        ("Fighters rest in Rai town.", ["al-rai"]),
    ],
)
def test_a_one_word_name_flagged_ambiguous_needs_its_article_or_a_place_word(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


def test_an_arabic_name_that_is_a_common_word_is_not_matched(gp: Geoparser) -> None:
    # al-Rai's Arabic name is also "shepherd": the gazetteer keeps it out of the aliases
    assert gp.gazetteer.get("al-rai").name_ar not in gp.gazetteer.get("al-rai").aliases
    assert gp.find("يقف راعي الأغنام قرب منزله") == []
    assert [m.place_id for m in about(gp.find("نزوح من حلب الشرقية"))] == ["east-aleppo"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smoke rises over al-Bab, 40 km east of Aleppo, on Monday.", ["al-bab"]),
        ("Residents of Deir Hafer, east of Aleppo, flee the shelling.", ["dayr-hafir"]),
        ("Villages south-east of Aleppo emptied overnight.", ["aleppo"]),  # the reference
        ("Fighters regroup in the east of Aleppo on Monday.", ["east-aleppo"]),
        ("Residents flee east Aleppo on foot.", ["east-aleppo"]),
    ],
)
def test_a_direction_from_the_city_is_not_its_east_side_but_names_the_city(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel fighters rest in the northern Aleppo countryside on Monday.", []),
        ("Smoke rises over Aleppo's western countryside on Monday.", []),
        ("Families shelter in the countryside of Aleppo on Monday.", []),
        ("A camp in the province of Aleppo, on Monday.", []),
        ("A boy sits outside a tent in Manbij, Aleppo province.", ["manbij"]),
        ("Families arrive in the rural Aleppo town of Hreitan.", ["hreitan"]),
        # a town's countryside is by the town; the city seen from the countryside is the city
        ("Children play in a camp in Azaz's countryside.", ["azaz"]),
        ("Smoke billows over the city of Aleppo, seen from the countryside.", ["aleppo"]),
        # Arabic: "countryside" before the name, bare or with "in" joined to it
        ("عائلات نازحة في مخيم في ريف حلب الشمالي", []),
        ("قصف مدفعي على بلدة عندان بريف حلب", ["anadan"]),
        ("عائلات تعود إلى منازلها في مدينة حلب", ["aleppo"]),
    ],
)
def test_a_province_or_the_citys_countryside_is_not_the_city(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A vendor sells petals in the Aljamilieh market.", "jamiliyeh"),
        ("Residents of Alsukkari wait for aid.", "sukkari"),
        ("Residents of Assukari wait for aid.", "sukkari"),
    ],
)
def test_a_name_written_with_its_article_fused(gp: Geoparser, text: str, place: str) -> None:
    assert [m.place_id for m in about(gp.find(text))] == [place]


@pytest.mark.parametrize(
    "text", ["Photo by Ameer Alhalbi.", "Karam Almasri walks home.", "Bashar Assad speaks."]
)
def test_people_written_with_a_fused_article_are_not_places(gp: Geoparser, text: str) -> None:
    assert gp.find(text) == []


def test_a_settlement_named_with_its_kind_yields_to_a_longer_name_across_it(gp: Geoparser) -> None:
    text = "A man walks past damaged buildings in the eastern part of Aleppo city, northern Syria."
    assert [m.place_id for m in about(gp.find(text))] == ["east-aleppo"]
    assert [m.place_id for m in about(gp.find("People walk in the Walled City of Aleppo."))] == [
        "old-city"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des rebelles à Anadan, au nord d'Alep.", ["anadan"]),
        ("Combattenti ad Anadan, a nord di Aleppo.", ["anadan"]),
        ("Rebeldes en Anadan, al norte de Alepo.", ["anadan"]),
        ("Kämpfer in Anadan, nördlich von Aleppo.", ["anadan"]),
        ("Un camp à Azaz, près d'Alep.", ["azaz"]),
        ("Des civils à Alep, le 3 mai.", ["aleppo"]),
    ],
)
def test_a_side_of_the_city_in_other_languages_is_a_reference_point(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A convoy on the Aleppo-Gaziantep highway near Azaz.", ["azaz"]),
        ("Trucks queue on the Damascus-Aleppo highway.", []),
        ("A car on the Aleppo-Azaz road.", []),
        ("Buses on the road to Aleppo.", ["aleppo"]),
    ],
)
def test_a_road_named_after_its_ends_is_in_neither(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert [m.place_id for m in about(gp.find(text))] == expected
