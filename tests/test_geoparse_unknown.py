"""Names the gazetteer lacks, in the wordings that make them places: the place words of other
languages, a site's word after its name, lists that a place word names or that name known
places, and a number in a name; and the names that are no place (a person, a group, an agency,
a common word) left unreported."""

from __future__ import annotations

import pytest

from aleppomap.events import locate, unlocated
from aleppomap.gallery import read_gallery_text
from aleppomap.geoparse import Geoparser


def unknown(gp: Geoparser, text: str) -> list[str]:
    return [u.name for u in gp.unknown_places(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Des civils fuient la localité de Tell Zawrak après des frappes aériennes, "
            "selon l'Observatoire.",
            ["Tell Zawrak"],
        ),
        (
            "Les rebelles ont repris le village de Qarqoubiyeh après trois jours de combats.",
            ["Qarqoubiyeh"],
        ),
        (
            "Un niño camina entre los escombros en el pueblo de Um Jurnaz, tras un bombardeo.",
            ["Um Jurnaz"],
        ),
        (
            "Kämpfer der Rebellen im Dorf Kafr Belloush nach schweren Gefechten.",
            ["Kafr Belloush"],
        ),
        (
            "Des pompiers éteignent l'incendie provoqué par la frappe sur l'hôpital Al-Zarrouq.",
            ["Al-Zarrouq"],
        ),
    ],
)
def test_a_place_word_of_another_language_names_the_place_after_it(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert gp.find(text) == []
    assert unknown(gp, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "A man carries a wounded boy out of the Dar al-Zahraweh hospital after an air "
            "strike, activists said.",
            ["Dar al-Zahraweh hospital"],
        ),
        (
            "Fighters take positions on Tallet Mushrifeh Hill during clashes with government "
            "forces.",
            ["Tallet Mushrifeh Hill"],
        ),
        (
            "Worshippers leave the Abu Dhourr al-Ghifari mosque after Friday prayers.",
            ["Abu Dhourr al-Ghifari mosque"],
        ),
    ],
)
def test_a_site_word_after_a_name_reports_the_name_with_its_word(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert unknown(gp, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # an agency, a charity: no place's name before the site's word
        "A nurse tends to a child at a Syrian American Medical Society hospital.",
        "Volunteers of the Red Crescent hospital unload aid boxes.",
        # a common word: "the Grand Mosque" has no name of its own
        "A boy stands in front of the Grand Mosque after the strike.",
        # the sentence's first word, a day: no name
        "Hospital staff treat the wounded on Monday.",
        "The strike on Monday Hospital staff said they were overwhelmed.",
    ],
)
def test_a_site_word_after_no_place_name_reports_nothing(gp: Geoparser, text: str) -> None:
    assert unknown(gp, text) == []


def test_a_site_word_reports_no_date_nor_preposition_before_the_name(gp: Geoparser) -> None:
    text = "Displaced families shelter on August 2, 2016 at al-Zarrouq hospital, a doctor said."
    assert unknown(gp, text) == ["al-Zarrouq hospital"]


def test_an_english_word_before_a_name_is_no_article_of_it(gp: Geoparser) -> None:
    text = "Local residents walk at Qarqoubiyeh neighborhood on the outskirts of the city."
    assert unknown(gp, text) == ["Qarqoubiyeh"]


def test_every_name_before_a_plural_place_word_is_reported(gp: Geoparser) -> None:
    text = (
        "Turkish-backed fighters captured the Qarqoubiyeh and Tell Zawrak villages in the "
        "countryside after a day of fighting."
    )
    assert unknown(gp, text) == ["Qarqoubiyeh", "Tell Zawrak"]


def test_a_list_after_a_plural_place_word_goes_past_the_known_names(gp: Geoparser) -> None:
    text = (
        "Warplanes struck the towns of Qarqoubiyeh, Anadan, Tell Zawrak and Kafr Belloush "
        "overnight, a monitor said."
    )
    assert unknown(gp, text) == ["Qarqoubiyeh", "Tell Zawrak", "Kafr Belloush"]
    assert [m.place_id for m in gp.find(text)] == ["anadan"]


def test_a_list_after_a_village_and_its_name_names_villages(gp: Geoparser) -> None:
    text = (
        "Artillery shelling targeted Qarqoubiyeh village, Um Jurnaz, and Tell Zawrak, "
        "with no information about casualties."
    )
    assert unknown(gp, text) == ["Qarqoubiyeh", "Um Jurnaz", "Tell Zawrak"]


def test_a_list_after_a_village_needs_its_and(gp: Geoparser) -> None:
    # "Qarqoubiyeh village, Reuters reported": a comma, then no list of places
    text = "Fighters entered Qarqoubiyeh village, Reuters reported on Sunday."
    assert unknown(gp, text) == ["Qarqoubiyeh"]


def test_the_other_names_of_a_list_of_known_places_are_places(gp: Geoparser) -> None:
    text = "Government helicopters bombarded Anadan, Qarqoubiyeh, Hreitan and Um Jurnaz."
    assert unknown(gp, text) == ["Qarqoubiyeh", "Um Jurnaz"]


@pytest.mark.parametrize(
    "text",
    [
        "Photographers Ahmad Qarqoubi, Yaman Zawrak and Thaer Belloush covered the fighting "
        "in Anadan, Hreitan and Azaz.",
        "Fighters from Anadan, Hreitan and Azaz joined Ahrar al-Sham, Jaish al-Islam and "
        "Nour al-Din al-Zinki.",
        "Leaders of Turkey, Russia and Iran met to discuss Anadan, Hreitan and Azaz.",
        "The UN, the Red Cross and the WHO delivered aid to Anadan, Hreitan and Azaz.",
    ],
)
def test_persons_groups_and_countries_in_lists_are_not_reported(gp: Geoparser, text: str) -> None:
    assert unknown(gp, text) == []


def test_a_compound_name_of_a_place_counts_as_a_place_of_a_list(gp: Geoparser) -> None:
    text = (
        "Government forces captured Shuwayhat, Rasm Kharbush, Anadan and Tal Sabbagh on Thursday."
    )
    assert unknown(gp, text) == ["Shuwayhat", "Rasm Kharbush", "Tal Sabbagh"]


def test_a_list_that_names_one_known_place_reports_no_other_name(gp: Geoparser) -> None:
    text = "Rebels said Qarqoubi, Zawrak and Hreitan were under fire."
    assert unknown(gp, text) == []


def test_a_number_in_a_name_is_part_of_it(gp: Geoparser) -> None:
    text = "Rockets fell on Project 4040 area, injuring three people, the agency said."
    assert unknown(gp, text) == ["Project 4040"]


def test_a_known_place_in_another_language_is_not_unknown(gp: Geoparser) -> None:
    # a spelling of a place of the gazetteer (the Slovak "Chán Túmán") is no unknown place
    text = "Lietadlá podnikli desiatky úderov pri dedine Chán Túmán."
    assert unknown(gp, text) == []


def test_the_unlocated_entry_names_its_unknown_places_in_its_reason() -> None:
    gallery = (
        "date 2016-05-02 Strikes in the countryside\n"
        "Scenes from the villages.\n"
        "1\n"
        "Rescuers search the rubble in the towns of Qarqoubiyeh, Anadan and Kafr Belloush "
        "after air strikes on May 1. (AFP)\n"
        "2\n"
        "Des civils fuient la localité de Tell Zawrak, le 1er mai. (AFP)\n"
    )
    events = locate(read_gallery_text(gallery))
    rows = unlocated(events)
    reasons = dict(zip(rows["entry"], rows["reason"], strict=True))
    assert 1 not in reasons  # Anadan locates it; the unknown names are not asked for
    assert reasons[2] == "unknown place: “Tell Zawrak” (not in the gazetteer)"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Abu Khaled, 41, farms wheat in Qarqoubiyeh, a village near the Turkish border.",
            ["Qarqoubiyeh"],
        ),
        ("Les frappes ont touché Tell Zawrak, un village au nord de la ville.", ["Tell Zawrak"]),
        ("Families fled Um Jurnaz, a small town north of the city, on Sunday.", ["Um Jurnaz"]),
        # a person's title, not a place: "a village elder"
        ("We spoke to Abu Khaled, a village elder, at the camp.", []),
    ],
)
def test_a_name_before_a_village_in_apposition_is_a_place(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert unknown(gp, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Government troops advanced on the hilltop of Tal Sabbagh south of the city, "
            "state media said.",
            ["Tal Sabbagh"],
        ),
        ("Rebels shelled Kafr Jumaa and the hills around it overnight.", ["Kafr Jumaa"]),
        ("Fighters dig trenches on Tal al-Mushrifa west of the airport.", ["Tal al-Mushrifa"]),
    ],
)
def test_a_compound_name_that_a_place_head_starts_is_a_place(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert gp.find(text) == []
    assert unknown(gp, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # an English word, a German article: a sentence's first word
        "Tell them we are still here, a resident said on Sunday.",
        "Ein Junge trägt Brot durch eine zerstörte Straße.",
        "Nach dem Angriff in der Stadt: Ein Helfer trägt eine verletzte Frau.",
        # the head word inside a group's name
        "A fighter of Liwa Jabal al-Akrad rests near the front line.",
        # a place elsewhere that the finder knows as such
        "Smoke rises over Tal Abyad on the Turkish border.",
        "A man walks past shuttered shops in Deir ez-Zor on Sunday.",
    ],
)
def test_a_head_word_reports_no_word_group_or_place_elsewhere(gp: Geoparser, text: str) -> None:
    assert unknown(gp, text) == []


def test_a_known_place_in_a_new_spelling_with_a_head_is_not_unknown(gp: Geoparser) -> None:
    text = "Kurdish fighters withdrew from Tal Rifat on Monday, a monitor said."
    assert [m.place_id for m in gp.find(text)] == ["tall-rifaat"]
    assert unknown(gp, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Pupils sit among the rubble of the Saad Zaghloul primary school after an air "
            "strike, activists said.",
            ["Saad Zaghloul primary school"],
        ),
        (
            "Rebels fired mortars from the Zarzouri Industrial City, the army said.",
            ["Zarzouri Industrial City"],
        ),
        ("Trucks queue on the M4 highway near the crossing.", ["M4 highway"]),
        (
            "Workers inspect the Jalabiya cement plant after the fighting ended.",
            ["Jalabiya cement plant"],
        ),
        (
            "Turkish troops stationed at al-Wadiha base shelled the area on Friday.",
            ["al-Wadiha base"],
        ),
    ],
)
def test_a_site_of_a_kind_a_road_or_a_work_after_its_name_is_reported(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert unknown(gp, text) == names


@pytest.mark.parametrize(
    "text",
    [
        # only words of a kind: no name
        "Cadets march at the Military Academy on graduation day.",
        # a charity's name before the site's word
        "Nurses of the Save the Children hospital treat a boy.",
        # places the gazetteer has, with their site's word
        "Soldiers guard the Ramouseh roundabout on Monday.",
        "Trucks pass along the Castello road north of the city.",
    ],
)
def test_a_site_word_after_no_unknown_name_reports_nothing(gp: Geoparser, text: str) -> None:
    assert unknown(gp, text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Families shelter in the Al-Salam and Al-Nour camps near the border.",
            ["Al-Salam", "Al-Nour"],
        ),
        (
            "The liberated villages include Tal Jabin, Harjaleh and Tamura, the group said.",
            ["Tal Jabin", "Harjaleh", "Tamura"],
        ),
        (
            "Government forces took Tal Dadin, Tell Shaer and other three villages on Monday.",
            ["Tal Dadin", "Tell Shaer"],
        ),
        (
            "Artillery shelled the village Tal Malid, Um Jurnaz and Tell Zawrak at dawn.",
            ["Tal Malid", "Um Jurnaz", "Tell Zawrak"],
        ),
    ],
)
def test_every_name_of_a_list_of_places_is_reported(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert unknown(gp, text) == names


def test_a_name_of_a_list_the_gazetteer_has_with_the_site_word_is_not_unknown(
    gp: Geoparser,
) -> None:
    # the gazetteer has "al-Eis hill": only the other hill is unknown
    text = "Fighters advanced toward the Eis and Syriatel hills south of the city."
    assert unknown(gp, text) == ["Syriatel"]


def test_a_village_before_a_title_names_no_place(gp: Geoparser) -> None:
    assert unknown(gp, "Members of the village Council met on Sunday.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            # (the 1070 project is in the gazetteer: tests/test_geoparse_p24_places.py)
            "Fighters clash in the 1500-apartment project area, a monitor said.",
            ["1500-apartment project"],
        ),
        ("Shells hit the 3000 Apartments in the south-west of the city.", ["3000 Apartments"]),
        ("Families return to the 4000 Apartments area after the fighting.", ["4000 Apartments"]),
        # a year is no name
        ("The 2016 project was funded by donors.", []),
    ],
)
def test_a_number_before_apartments_or_a_project_names_a_place(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert unknown(gp, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Shells fell on al-Maslakh (slaughterhouse) district, the agency said.", ["al-Maslakh"]),
        (
            "Traders reopen their shops in Souq al-Jumaa (vegetable market), residents said.",
            ["Souq al-Jumaa"],
        ),
        ("Soldiers dig in on Umm Sabaa' Hill south of the city.", ["Umm Sabaa' Hill"]),
        ("The army took the Al-mushrifa hill west of the colleges.", ["Al-mushrifa hill"]),
    ],
)
def test_a_translation_in_brackets_or_an_apostrophe_leaves_the_name_whole(
    gp: Geoparser, text: str, names: list[str]
) -> None:
    assert unknown(gp, text) == names


def test_an_unlocated_entry_names_a_hill_it_does_not_know_in_its_reason() -> None:
    gallery = (
        "date 2016-08-24 The southern front\n"
        "Scenes from the fighting.\n"
        "1\n"
        "Government troops advance on the hilltop of Tal Sabbagh on August 23. (AFP)\n"
    )
    rows = unlocated(locate(read_gallery_text(gallery)))
    assert list(rows["reason"]) == ["unknown place: “Tal Sabbagh” (not in the gazetteer)"]


def test_a_road_named_after_two_places_is_reported_whole(gp: Geoparser) -> None:
    # the finder names neither end the place of a photo on the road
    text = "Trucks loaded with flour queue on the Aleppo-Gaziantep road, the agency said."
    assert gp.find(text) == []
    assert unknown(gp, text) == ["Aleppo-Gaziantep road"]
