"""The geoparser on places as German, French, Dutch, Polish, Russian and Ukrainian captions
write them: their spellings, the German genitive, the capitalised German noun (no name, no given
name), the capitalised article that starts a sentence, and the province's word before the name
(a province is no point of the city)."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser
from context_places import about


def places(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in about(gp.find(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German spellings of the towns and quarters
        ("Rauch steigt am Montag über Manbidsch auf.", ["manbij"]),
        ("Kämpfer patrouillieren in Dscharablus an der Grenze.", ["jarabulus"]),
        # (Asas and Azas are also Indonesian words: only where a place is named, "in Asas",
        # "die Stadt Asas")
        ("Ein Zeltlager in Asas nahe der türkischen Grenze.", ["azaz"]),
        ("Die Stadt Asas liegt nahe der Grenze.", ["azaz"]),
        ("Ein Zeltlager nahe Asas an der Grenze.", ["azaz"]),
        ("Un camp de déplacés près d'Asas, en Syrie.", ["azaz"]),
        ("Familien warten in Azas auf Hilfsgüter.", ["azaz"]),
        ("Soldaten in Asas im Norden Syriens.", ["azaz"]),
        ("Kinder spielen in Tall Rifaat.", ["tall-rifaat"]),
        ("Kurdische Kämpferinnen in Kobanê.", ["kobani"]),
        ("Bewohner von Scheich Maksud warten auf Wasser.", ["sheikh-maqsoud"]),
        ("Rebellen nehmen El Bab ein.", ["al-bab"]),
        ("Gefechte bei Chan Tuman südwestlich von Aleppo.", ["khan-tuman"]),
        ("Ein Damm bei Maskana am Euphrat.", ["maskanah"]),
        ("Ein Dorf bei Dschibrin südöstlich der Stadt.", ["jibreen"]),
        ("Zerstörte Häuser im Viertel Bustan al-Kasr.", ["bustan-al-qasr"]),
        ("Kämpfe im Stadtteil Hanano am Morgen.", ["hanano"]),
        ("Kämpfer im kurdischen Viertel Scheich Maksud.", ["sheikh-maqsoud"]),
        ("Rückkehr nach Ost-Aleppo im Winter.", ["east-aleppo"]),
        ("Ein Kind in den Ruinen Ost-Aleppos.", ["east-aleppo"]),
    ],
)
def test_german_spellings(gp: Geoparser, text: str, expected: list[str]) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Wiederaufbau Aleppos kommt nur langsam voran.", ["aleppo"]),
        ("Die Straßen Afrins sind am Morgen leer.", ["afrin"]),
        ("Die Bewohner Manbidschs fliehen vor den Kämpfen.", ["manbij"]),
        ("Ein Markt im Zentrum Manbijs am Freitag.", ["manbij"]),
        ("Die Ruinen Anadans nach dem Luftangriff.", ["anadan"]),
    ],
)
def test_german_genitive_of_a_town_ending_in_a_consonant(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a German noun before a town's name is no given name before a surname
        ("Die Orte Nubl und Zahraa wurden belagert.", ["nubl", "zahraa"]),
        ("Die Kämpfe um den Ort Nubl dauern an.", ["nubl"]),
        ("Die Bewohner Afrins kehren zurück.", ["afrin"]),
        # a sentence's capitalised article is no given name either
        ("Die Umayyaden-Moschee in Aleppo ist schwer beschädigt.", ["umayyad-mosque"]),
        ("Die Umayyadenmoschee in der Altstadt.", ["umayyad-mosque"]),  # (and its container)
        ("De Omajjadenmoskee in Aleppo na de gevechten.", ["umayyad-mosque"]),
        ("Die Altstadt von Aleppo liegt in Trümmern.", ["old-city"]),
    ],
)
def test_a_capitalised_german_noun_or_article_before_a_name(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert sorted(places(gp, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # German capitalises every noun: one after its article (or a preposition fused with it)
        # is no name read by its sound, nor a one-word quarter's name
        "Das Kind schläft im Zimmer neben dem Fenster.",
        "Die Familie sitzt abends im Zimmer.",
        "Er stellt den Koffer ins Zimmer.",
        "Ein Mann reinigt die Waffe im Hof.",
        "Man sieht die Waffe auf dem Tisch.",
        "Sie verstecken die Masken im Keller.",
        "Ein Babybett steht im Zimmer.",
    ],
)
def test_german_nouns_are_no_places(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German, Dutch: the province's word before the name
        ("Ein Flüchtlingslager in der Provinz Aleppo.", []),
        ("Dörfer im Norden der Provinz Aleppo nach dem Beben.", []),
        ("Zerstörte Häuser im Gouvernement Aleppo.", []),
        ("Manbidsch in der Provinz Aleppo am Montag.", ["manbij"]),
        ("Een vluchtelingenkamp in de provincie Aleppo.", []),
        # Russian and Ukrainian, in their cases
        ("Лагерь беженцев в провинции Алеппо.", []),
        ("Бои в провинции Халеб продолжаются.", []),
        ("Манбидж в провинции Алеппо.", ["manbij"]),
        ("Бої в провінції Алеппо тривають.", []),
        # French: the province's word and the elided "of"
        ("Des familles déplacées dans la province d'Alep.", []),
        ("Des combats dans la province d’Alep, au nord de la Syrie.", []),
        ("Des combats à Manbij, dans la province d'Alep.", ["manbij"]),
        ("Un camp dans le gouvernorat d'Alep.", []),
        # German: the countryside (Umland) of the city
        ("Ein Zeltlager im Umland von Aleppo.", []),
        ("Dörfer in Aleppos Umland nach dem Beben.", []),
        ("Ein Zeltlager im Umland von Manbidsch.", ["manbij"]),  # (a town's: by the town)
        # the city itself
        ("Des habitants d'Alep fuient les combats.", ["aleppo"]),
        ("Zivilisten in der Stadt Aleppo.", ["aleppo"]),
        ("Жители Алеппо ждут помощи.", ["aleppo"]),
    ],
)
def test_the_province_written_before_the_name_is_not_the_city(
    gp: Geoparser, text: str, expected: list[str]
) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Indonesian and Malay: asas (a principle), capitalised as a title's word or first
        "Asas hukum itu dibahas di Jakarta.",
        "Pemerintah membahas Asas Keadilan di Jakarta.",
        "Azas kekeluargaan dibahas dalam rapat.",
    ],
)
def test_a_german_spelling_that_is_another_languages_word(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French: the common noun first in its sentence, its article elided ("L'")
        ("L'université d'Alep a rouvert ses portes lundi.", ["university-of-aleppo"]),
        ("L’université d’Alep, le 30 juillet.", ["university-of-aleppo"]),
        ("Des étudiants attendent. L'université d'Alep reste fermée.", ["university-of-aleppo"]),
        # an adjective before the noun, then the elided "of" and the city
        ("Des soldats dans l'ancienne citadelle d'Alep.", ["citadel"]),
        ("Des touristes devant la vieille citadelle d’Alep.", ["citadel"]),
        ("La célèbre citadelle d'Alep au coucher du soleil.", ["citadel"]),
        # another city's
        ("L'ancienne citadelle de Damas au coucher du soleil.", ["damascus"]),
        ("L'université de Damas a rouvert ses portes.", ["damascus"]),
    ],
)
def test_french_common_nouns_of_the_city(gp: Geoparser, text: str, expected: list[str]) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian and Ukrainian: the names in their cases, Алеппо undeclined, Халеб declined
        ("Бои в Эль-Бабе продолжаются.", ["al-bab"]),
        ("Турецкие войска стоят у Эль-Баба.", ["al-bab"]),
        ("В Халебе прошли бои.", ["aleppo"]),
        ("У Халебі тривають бої.", ["aleppo"]),
        ("Жители Алеппо ждут помощи.", ["aleppo"]),
        ("Курдские бойцы в Манбидже.", ["manbij"]),
        ("Бои под Манбиджем.", ["manbij"]),
        ("Лагерь беженцев в Африне.", ["afrin"]),
        ("Бои в Дейр-Хафере.", ["dayr-hafir"]),
        ("Бои в районе Шейх-Максуд.", ["sheikh-maqsoud"]),
        ("Бої у Кобані.", ["kobani"]),
        ("Жители Восточного Алеппо ждут эвакуации.", ["east-aleppo"]),
        # Polish: "w Aleppo", "z Aleppo", the towns in their cases
        ("Ewakuacja z Aleppo w Syrii.", ["aleppo"]),
        ("Kurdowie w Manbidżu w Syrii.", ["manbij"]),
        ("Walki we wschodnim Aleppo.", ["east-aleppo"]),
        # Dutch: "die" (which, who) before a town's name is no German article
        ("Strijders die Manbij veroverden, rusten uit.", ["manbij"]),
        ("Burgers die Aleppo ontvluchten, wachten op bussen.", ["aleppo"]),
        ("Oost-Aleppo na de evacuatie.", ["east-aleppo"]),
        ("De citadel van Aleppo bij zonsondergang.", ["citadel"]),
    ],
)
def test_slavic_cases_and_dutch(gp: Geoparser, text: str, expected: list[str]) -> None:
    assert places(gp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # words that sound or are spelt like short names: Bab (al-Bab), Nubl, Azaz
        "Бабушка и внук гуляют в Москве.",
        "Он сказал, что баба пришла домой.",
        "Азазель появляется в романе Булгакова.",
        "Il a acheté un kebab près de la gare.",
        "Un homme devant le bab de sa maison.",
        "Ein Babybett steht im Kinderzimmer.",
        "Der Kebab-Stand an der Ecke ist geschlossen.",
        "Ein Mann namens Nubel wohnt in Hamburg.",
        # a one-word name a person bears too (Marea, al-Rai) is a person's after German "bei"
        # and "von", as "ein Foto von Maria"
        "Die Kinder wohnen bei Maria in Berlin.",
        "Ein Foto von Maria und ihrem Sohn.",
        "Asas hukum itu dibahas di Jakarta.",
    ],
)
def test_words_of_these_languages_are_no_places(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == []
