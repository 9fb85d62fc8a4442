"""The geoparser on captions in other alphabets: Russian, Ukrainian, Bulgarian, Greek, Georgian
and Armenian words read in Latin letters with their case endings off, Arabic and Persian names
with their letters folded, month names that are no places, and one-word names read from another
alphabet kept only beside a place word or the city."""

from __future__ import annotations

import pytest

from aleppomap._scripts import english, forms, has_other_script, latin
from aleppomap.geoparse import Geoparser


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Russian, Ukrainian, Bulgarian
        (
            "Жители возвращаются в квартал Джабал Бадро на востоке Алеппо, 2 января 2017.",
            "jabal-badro",
        ),
        (
            "Правительственные войска вошли в квартал Шейх-Максуд, 10 января 2026 года.",
            "sheikh-maqsoud",
        ),
        ("Бойцы оппозиции покидают город Хуритан, 5 февраля 2016 года.", "hreitan"),
        ("Мешканці району Ханано розбирають завали після обстрілу.", "hanano"),
        ("Разрушена сграда в квартал Шейх Саед след въздушен удар.", "sheikh-saeed"),
        # Greek
        ("Κάτοικοι περπατούν ανάμεσα στα ερείπια στο Χαλέπι, 14 Δεκεμβρίου 2016.", "aleppo"),
        ("Άμαχοι εγκαταλείπουν τη συνοικία Σεΐχ Μακσούντ του Χαλεπιού.", "sheikh-maqsoud"),
        ("Ένα παιδί στέκεται στα ερείπια της Παλιάς Πόλης του Χαλεπιού.", "old-city"),
        # Georgian
        ("ალეპოში სამოქალაქო მოსახლეობა ნანგრევებს ასუფთავებს.", "aleppo"),
        ("ალეპოს ძველი ქალაქის ქუჩა დაბომბვის შემდეგ.", "old-city"),
        ("მაცხოვრებლები ბრუნდებიან ალეპოდან ევაკუაციის შემდეგ.", "aleppo"),
        # Armenian (Eastern and the diaspora's classical spelling)
        ("Հալեպում վերսկսվել են բախումները։", "aleppo"),
        ("Հրթիռակոծվել է Հալէպի Ազիզիէ թաղամասը։", "aziziyeh"),
        ("Հալեպի հին քաղաքի շուկան վերականգնվում է։", "old-city"),
        # Persian and Arabic
        ("ورود نیروهای ارتش سوریه به محله شیخ مقصود در حلب", "sheikh-maqsoud"),
        ("آتش سوزی در محله الحیدریه در شمال حلب", "haydariyeh"),
        ("دمار واسع في خان الحرير في حلب القديمة بعد المعارك", "khan-harir"),
        ("عمال يرممون حمام النحاسين في المدينة القديمة", "hammam-nahassin"),
    ],
)
def test_a_place_written_in_another_alphabet_is_found(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Дым над восточной частью Алеппо после авиаудара, 3 декабря 2016.", "east-aleppo"),
        ("Евакуація мирних жителів зі східних районів Алеппо.", "east-aleppo"),
        ("Αντάρτες αποχωρούν από το ανατολικό Χαλέπι, 15 Δεκεμβρίου 2016.", "east-aleppo"),
        ("ალეპოს აღმოსავლეთში დაზიანებული შენობა.", "east-aleppo"),
        ("Հալեպի արևելյան թաղամասերից դուրս են բերվել քաղաքացիները։", "east-aleppo"),
    ],
)
def test_a_side_of_the_city_in_another_alphabet_is_that_side(
    gp: Geoparser, text: str, place: str
) -> None:
    assert ids(gp, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Дети играют во дворе школы после уроков.",
        "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.",
        "მოსახლეობამ ქალაქი დატოვა ზამთრის დადგომამდე.",
        "Քաղաքացիները վերադառնում են իրենց տները։",
        "Армия пока не может вытеснить боевиков из города.",
    ],
)
def test_ordinary_words_of_other_alphabets_name_no_place(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "أطفال يلعبون في حي الشعار بحلب، 3 تشرين الثاني 2016",
        "نازحون يصلون إلى مدينة حلب في 20 كانون الأول 2016",
        "وصلت القافلة إلى حي الشيخ مقصود بحلب في أيار الماضي",
        "توزیع کمک ها در حلب در ماه آبان",
    ],
)
def test_a_month_written_in_arabic_or_persian_is_no_place(gp: Geoparser, text: str) -> None:
    assert "tishreen" not in ids(gp, text)
    assert ids(gp, text)  # the places named are found


def test_a_month_name_after_a_place_word_is_the_quarter(gp: Geoparser) -> None:
    assert "tishreen" in ids(gp, "سقوط قذائف على حي تشرين في حلب")


@pytest.mark.parametrize(
    "text",
    [
        "Контроль установлен над кварталом Ханано.",  # a place word before it
        "Ханано и другие кварталы Алеппо пострадали.",  # the city named
    ],
)
def test_a_one_word_name_read_from_another_alphabet_needs_a_place_word_or_the_city(
    gp: Geoparser, text: str
) -> None:
    assert "hanano" in ids(gp, text)


def test_a_one_word_name_read_alone_is_not_taken(gp: Geoparser) -> None:
    # "Ханано" alone, with neither a place word nor the city: not enough
    assert ids(gp, "Ханано говорит, что помощь не пришла.") == []


def test_latin_letters_and_case_endings() -> None:
    assert latin("Джабал Бадро") == "jabal badro"
    assert latin("Σεΐχ Μακσούντ") == "seikh maksud"
    assert "khuritan" in forms("Хуритане")
    assert "alepo" in forms("ალეპოდან")
    assert "halep" in forms("Հալեպից")
    assert english("районе") == "quartier"
    assert english("უბანში") == "district"
    assert english("восточных") == "eastern"
    assert not has_other_script("Aleppo, Syria")
    assert not has_other_script("حلب")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the Latin name puts its kind after the name: "al-Jabiri Square", "Khan Harir"
        ("تجمع الأهالي في ساحة سعد الجابري وسط حلب", "saadallah-al-jabiri-square"),
        ("أضرار في خان الحرير بحلب القديمة", "khan-harir"),
        ("بيت غزالة بعد انتهاء أعمال الترميم", "beit-ghazale"),
    ],
)
def test_an_arabic_name_the_gazetteer_writes_in_latin_letters_is_matched_by_sound(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in ids(gp, text)


def test_a_part_of_a_longer_arabic_name_is_not_matched_by_sound(gp: Geoparser) -> None:
    # a mosque named after Omar ibn al-Khattab is not the Amiri Mosque ("Omar Mosque")
    assert ids(gp, "قبة مسجد عمر بن الخطاب في حي كفر حمرة") == ["kafr-hamrah"]
