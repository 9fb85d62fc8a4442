"""The geoparser on kinds of wording that missed places in Indonesian, Malay, Vietnamese and
Azerbaijani captions (issue 14): a capitalised common noun before a town's name ("Warga Manbij":
Manbij's residents), the east or west "of the city of" Aleppo in Indonesian, the airport's noun
in those languages, and the Azerbaijani locative and ablative on a town's name first in its
sentence. Each kind has sentences where no place may be read."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- a capitalised common noun before a town's name ------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Warga Manbij merayakan kepergian militan dari kota mereka.", "manbij"),
        ("Warga Afrin mengungsi ke desa-desa di sekitarnya.", "afrin"),
        ("Penduduk Manbij kembali ke rumah mereka, Selasa.", "manbij"),
        ("Kota Afrin dikuasai pasukan Turki pada hari Minggu.", "afrin"),
        ("Tentara Turki memasuki Kota Afrin city pada Ahad pagi.", "afrin"),
        ("Pengungsi Tal Rifaat tiba di kamp dekat perbatasan.", "tall-rifaat"),
    ],
)
def test_indonesian_noun_before_a_town(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Warga Sipil mengungsi dari kota itu pada malam hari.",
        "Warga Negara Indonesia dievakuasi dari Turki.",
        "Penduduk Desa menanam padi di sawah.",
        "Kota Tua Damaskus rusak berat akibat perang.",
    ],
)
def test_indonesian_noun_before_no_place(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == []


# -- Indonesian: the east or west "of the city of" Aleppo ------------------------------------


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Bus evakuasi tiba di wilayah timur kota Aleppo, Kamis.", "east-aleppo"),
        ("Pasukan pemerintah menguasai kawasan timur kota Aleppo.", "east-aleppo"),
        ("Warga berjalan di bagian barat kota Aleppo yang dikuasai pemerintah.", "west-aleppo"),
        ("Asap membubung di sisi barat kota Aleppo, Suriah.", "west-aleppo"),
    ],
)
def test_indonesian_side_of_the_city(gp: Geoparser, text: str, side: str) -> None:
    assert side in ids(gp, text)


def test_indonesian_side_of_an_unnamed_city_is_none(gp: Geoparser) -> None:
    assert ids(gp, "Bagian timur kota itu hancur akibat serangan udara.") == []


# -- the airport's noun -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah menutup Bandar Udara Aleppo setelah serangan itu.",
        "Penerbangan dari lapangan terbang Aleppo dibatalkan hari ini.",
        "Máy bay chở hàng cứu trợ hạ cánh xuống sân bay Aleppo.",
    ],
)
def test_airport_noun(gp: Geoparser, text: str) -> None:
    assert "aleppo-airport" in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pesawat itu mendarat di Bandar Udara Soekarno-Hatta, Jakarta.",
        "Máy bay hạ cánh xuống sân bay Nội Bài ở Hà Nội.",
    ],
)
def test_airport_noun_elsewhere(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == []


# -- Azerbaijani locative and ablative, first in the sentence ----------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Türk əsgərləri Suriyanın şimalındadır. Afrindən 15 kilometr aralı kənd.", "afrin"),
        ("Suriyada qaçqınların sayı artır. Azezdə yaşayan ailələr çadırlarda qalır.", "azaz"),
        ("Suriya: Əsgərlər Azezdən geri çəkilib.", "azaz"),
        ("Qaçqınlar Afrindən qaçıb, Suriya ordusu bildirib.", "afrin"),
    ],
)
def test_azerbaijani_case_first_in_sentence(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Azərbaycanda Bakıdan gələn qonaqlar Gəncədə qalıb.",
        "Suriyalı qadın Səbinə Gəncədən gəlib.",
        "Ailələr Aziza Əliyeva ilə görüşüb, Suriya mövzusunu müzakirə ediblər.",
    ],
)
def test_azerbaijani_case_of_no_place(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Warga Manbij merayakan kepergian militan dari kota mereka.",
        "Kota Afrin dikuasai pasukan Turki pada hari Minggu.",
        "Pemerintah menutup Bandar Udara Aleppo setelah serangan itu.",
    ],
)
def test_noun_before_a_town_makes_no_unknown_place(gp: Geoparser, text: str) -> None:
    assert gp.unknown_places(text) == []
