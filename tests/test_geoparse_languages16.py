"""The geoparser on wordings of session 16's languages: the city's sides as Vietnamese writes
them ("phía đông Aleppo", "khu vực miền Đông Aleppo"), and what must stay the city."""

from __future__ import annotations

import pytest

from aleppomap.geoparse import Geoparser


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cảnh đổ nát ở phía đông Aleppo sau nhiều tháng giao tranh.", "east-aleppo"),
        ("Dân thường rời khỏi khu vực miền Đông Aleppo bằng xe buýt.", "east-aleppo"),
        ("Quân chính phủ tiến vào vùng phía đông Aleppo hôm thứ Ba.", "east-aleppo"),
        ("Một khu chợ ở phía tây Aleppo bị trúng đạn pháo.", "west-aleppo"),
        ("Người dân ở miền tây Aleppo đón năm mới.", "west-aleppo"),
    ],
)
def test_a_vietnamese_side_of_the_city_is_that_side(gp: Geoparser, text: str, place: str) -> None:
    assert ids(gp, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Người dân tập trung đông đúc tại thành phố Aleppo.",  # đông: crowded
        "Thành phố Aleppo, Syria, ngày 5 tháng 12 năm 2016.",
    ],
)
def test_vietnamese_without_a_side_stays_the_city(gp: Geoparser, text: str) -> None:
    assert ids(gp, text) == ["aleppo"]
