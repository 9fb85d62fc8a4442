"""The geoparser on captions in Japanese, Korean, Chinese and Thai: names of Aleppo's quarters,
towns and landmarks written in katakana, hangul, Thai letters or the characters Chinese writes
foreign names with, read in Latin letters and matched on the phonetic key; their place words as
cues; and the common words, foreign cities and pieces of words that must not become places.

The captions are written here in the wordings of Japanese, Korean, Chinese and Thai agency
captions (names, actions and order changed)."""

from __future__ import annotations

import pytest

from aleppomap._scripts import (
    asian_cuts,
    asian_english,
    asian_forms,
    hangul_latin,
    hanzi_latin,
    has_asian_script,
    kana_latin,
    thai_latin,
)
from aleppomap.geoparse import Geoparser


def ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Japanese: katakana before a place word, with the middle dot between a name's words
        ("アレッポ東部のスッカリ地区で、がれきを片付ける住民(12月3日撮影)", "sukkari"),
        ("シリア北部アレッポのシェイク・マクスード地区で警備にあたる治安部隊員", "sheikh-maqsoud"),
        ("アレッポ市のシャイフ・マクスード地区から避難する家族", "sheikh-maqsoud"),
        ("アレッポのカラセ地区で救出された男児", "kallaseh"),
        ("アレッポ東部のハイダリーア地区を歩く人々=10日、アレッポ", "haydariyeh"),
        ("アレッポのサラディン地区で続く戦闘", "salah-ad-din"),
        ("トルコ国境に近いアザーズの避難民キャンプで配給を待つ子どもたち", "azaz"),
        ("シリア北部アレッポ県アルバブで、市場に並ぶ野菜(5月12日撮影)", "al-bab"),
        ("アレッポ南郊のハン・トゥマン村に戻った農家", "khan-tuman"),
        ("アレッポ要塞の城壁を修復する作業員", "citadel"),
        # Korean: particles off, place words after the name, the letters Korean merges
        ("14일 시리아 알레포 북부 아자즈에서 구호품을 나르는 주민들", "azaz"),
        ("알레포주 서쪽 카프르 할랍 마을에 포탄이 떨어진 뒤 연기가 솟고 있다.", "kafr-halab"),
        ("알레포의 셰이크 막수드 지역에서 검문하는 보안군", "sheikh-maqsoud"),
        ("정부군이 탈환한 알레포 동부 자발바드로에서 버스를 기다리는 피란민들", "jabal-badro"),
        ("알레포 남부 칸투만 마을로 돌아온 주민들", "khan-tuman"),
        ("2016년 12월 13일, 알레포의 오래된 성채 앞을 지나는 군인들", "citadel"),
        # Chinese: Xinhua's transliteration before 区 / 街区, the middle dot, 和 between names
        ("叙利亚政府军当天收复了阿勒颇市东部的哈纳诺区。", "hanano"),
        ("阿勒颇北部谢赫·马克苏德街区的居民正在撤离。", "sheikh-maqsoud"),
        ("政府军与库尔德武装在谢赫·马克苏德和阿什拉菲耶街区交火。", "ashrafiyeh"),
        ("叙利亚军队当天夺取了阿勒颇的萨胡尔区。", "sakhour"),
        ("民众在阿勒颇的倭马亚大清真寺前合影。", "umayyad-mosque"),
        ("叙利亚北部曼比季市的市场重新开放。", "manbij"),
        ("阿勒颇南郊的汗土曼镇,农民在田间劳作。", "khan-tuman"),
        # Thai: the place word before the name, the city's Thai names and landmarks
        ("กองกำลังรัฐบาลเข้าควบคุมย่านชีคมักซูดในเมืองอาเลปโป", "sheikh-maqsoud"),
        ("ชาวบ้านในหมู่บ้านคาฟร์ฮาลับ ทางตะวันตกของอาเลปโป", "kafr-halab"),
        ("ผู้คนเดินผ่านซากอาคารในเมืองอเลปโป ประเทศซีเรีย", "aleppo"),
        ("นักท่องเที่ยวถ่ายภาพป้อมปราการแห่งอาเลปโป", "citadel"),
        ("ชาวมุสลิมละหมาดในมัสยิดใหญ่แห่งอาเลปโป", "umayyad-mosque"),
        ("ครอบครัวอพยพออกจากอาเลปโปตะวันออก", "east-aleppo"),
    ],
)
def test_a_place_written_in_an_asian_script_is_found(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # common words and loanwords beside the city's name
        "アレッポの病院でミサイル攻撃の負傷者を手当てするボランティア",
        "アレッポでシリア政府軍の兵士がトラックに乗り込む",
        "알레포에서 정부군과 반군이 교전하는 가운데 주민들이 대피하고 있다.",
        "알레포의 한 임시 병원에서 치료를 기다리는 어린이들",
        "阿勒颇市民在市场购物,政府军控制区恢复平静。",
        "ผู้ลี้ภัยชาวซีเรียรอรับอาหารที่ค่ายผู้อพยพ",
        # another country's city in katakana, hanzi or Thai: no village of Aleppo
        "トルコの首都アンカラで、アレッポ出身の難民が集会",
        "イスタンブールで暮らすアレッポ出身の家族",
        "ハサカ県のマーリキーヤ市に身を寄せたアレッポの住民",
        "土耳其加济安泰普市的难民营,阿勒颇",
        "ผู้ลี้ภัยในเมืองกาเซียนเท็ป ประเทศตุรกี",
    ],
)
def test_common_words_and_foreign_cities_name_no_place_of_aleppo(gp: Geoparser, text: str) -> None:
    assert set(ids(gp, text)) <= {"aleppo"}


def test_a_one_word_name_read_alone_needs_a_place_word(gp: Geoparser) -> None:
    # a quarter's name read from katakana, with the city but without a place word: not taken;
    # with 地区 after it, it is
    assert "sukkari" not in ids(gp, "アレッポのスッカリで")
    assert "sukkari" in ids(gp, "アレッポのスッカリ地区で")


def test_a_name_beside_a_city_word_is_a_town(gp: Geoparser) -> None:
    # 市 (city) after a name that sounds as a quarter: not the quarter; a town keeps it
    assert "malkiyeh" not in ids(gp, "マーリキーヤ市で、アレッポ")
    assert "azaz" in ids(gp, "シリア北部のアザーズ市で")


def test_the_korean_word_for_a_city_inside_syria_is_not_cut(gp: Geoparser) -> None:
    # "시" (city) is cut only after the city's name: "시리아" (Syria) stays one word
    assert ids(gp, "시리아 카프르 할랍 마을에서") == ["kafr-halab"]


def test_latin_readings() -> None:
    assert kana_latin("シャイフ") == "shaifu"
    assert kana_latin("ハイダリーア") == "haidariia"
    assert hangul_latin("자발바드로") == "jabalbadeuro"
    assert hangul_latin("셰이크") == "syeikeu"
    assert thai_latin("ชีคมักซูด") == "chikhmaksud"
    assert thai_latin("คาฟร์", silent=True) == "khafr"
    assert hanzi_latin("阿什拉菲耶") == "ashilafeiye"
    # the letters a script merges are offered as the Arabic ones
    assert "kallasa" not in asian_forms("カラセ")
    assert "kalase" in asian_forms("カラセ")
    assert "azaz" in asian_forms("아자즈에서")
    assert "sheikh" in asian_forms("谢赫")


def test_place_words_and_cuts() -> None:
    assert asian_english("地区") == "district"
    assert asian_english("마을에서") == "village"
    assert asian_english("เมือง") == "town"
    assert asian_english("街区") == "district"
    assert asian_english("주민") is None
    assert asian_english("東部") is None
    text = "谢赫·马克苏德和阿什拉菲耶街区"
    assert [text[a:b] for a, b, _ in asian_cuts(text)] == ["谢赫", "马克苏德", "阿什拉菲耶", "街区"]
    # a Chinese run of common characters before 区 is no name
    assert asian_cuts("政府军控制区") == []


def test_the_cheap_check() -> None:
    assert not has_asian_script("Aleppo, Syria")
    assert not has_asian_script("Alep, le 3 décembre")
    assert not has_asian_script("阿勒颇")  # (Chinese without a place word: the concept table)
    assert has_asian_script("스카리")
    assert has_asian_script("ย่าน")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the city's name run together with its quarter's, no particle between them
        ("在阿勒颇萨拉赫丁区,一位老人坐在门口。", ["aleppo", "salah-ad-din"]),
        ("在阿勒颇哈纳诺区,孩子们在街上踢球。", ["aleppo", "hanano"]),
        ("工人在阿勒颇东部卡姆·贾兹玛蒂社区清理瓦砾。", ["east-aleppo", "karm-aj-jazmati"]),
        # the city named, then a landmark of it after a Korean word read as a name ("후")
        ("반군이 알레포를 장악한 후 알레포대학교 앞에 모였다.", ["aleppo", "university-of-aleppo"]),
        ("정부군은 알레포 진입 후 알레포대학교 주변을 돌았다.", ["aleppo", "university-of-aleppo"]),
        # the city and a quarter written as Japanese agencies do, words run together
        ("アレッポのシェイクサイード地区で車列が進む", ["aleppo", "sheikh-saeed"]),
        ("反政府勢力はアレッポ西郊のダヒヤット・アル=アサド地区に入った", ["dahiyat-al-assad"]),
    ],
)
def test_the_city_and_the_quarter_after_it_are_both_found(
    gp: Geoparser, text: str, places: list[str]
) -> None:
    found = ids(gp, text)
    assert all(p in found for p in places), found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a compound side after the city's name: the north-east is of the east side, the
        # south-east its own, the north-west of the west side
        ("阿勒颇东北部的居民开始返回家园", "east-aleppo"),
        ("叙利亚政府军把武装分子包围在阿勒頗市東南部。", "south-east-aleppo"),
        ("정부군이 알레포 북동부 전체를 되찾았다.", "east-aleppo"),
        ("알레포 남동부에서 피란민들이 걸어 나오고 있다.", "south-east-aleppo"),
        ("アレッポ北西部の住宅地で続く砲撃", "west-aleppo"),
        # the city's kind (市) or its Latin name in brackets between the name and its side
        ("アレッポ市東部で配給を待つ住民", "east-aleppo"),
        ("【3月1日 AFP】アレッポ(Aleppo)東部で撮影された写真", "east-aleppo"),
        # a compound side alone opening a clause, the city named before
        ("アレッポで政府軍が前進。反体制派は、南東部に追い詰められた", "south-east-aleppo"),
        ("알레포에서 교전이 이어졌다. 남동부 일대에 주민이 남아 있다.", "south-east-aleppo"),
        # Korean: the ㅅ written for an assimilated article ("앗자즈": A'zaz)
        ("시리아 북부 앗자즈의 난민촌에서 아이들이 놀고 있다.", "azaz"),
        ("지진으로 무너진 잔다리스의 건물 잔해를 치우는 주민들", "jinderes"),
    ],
)
def test_a_side_or_town_in_an_asian_script(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a compound side of the country or of another place: not the city's
        "アレッポから避難した家族が、シリア北東部のハサカ県に着いた",
        "알레포 출신 난민들이 시리아 북동부 하사카로 향했다.",
        "阿勒颇难民抵达叙利亚东北部的哈塞克省",
        # a side alone with no city named before it
        "反体制派は、南東部に追い詰められた",
        # a side alone of a place named after it
        "アレッポで戦闘。、北東部のラッカ県でも空爆",
        # a Korean word with ㅅ under its first vowel: no name
        "옷자락을 붙잡은 아이가 울고 있다.",
    ],
)
def test_a_side_not_of_the_city_is_not_its_side(gp: Geoparser, text: str) -> None:
    found = ids(gp, text)
    assert not {"east-aleppo", "south-east-aleppo", "west-aleppo", "azaz"} & set(found), found


def roles(gp: Geoparser, text: str) -> dict[str, str]:
    return {m.place_id: m.role for m in gp.find(text)}


def test_a_side_of_the_city_contains_only_its_own_quarters(gp: Geoparser) -> None:
    # a quarter of the east named before the west side: the west is a place of its own
    text = "정부군이 진입한 알레포 동부 자발바드로에서 주민들이 알레포 서부로 가는 버스를 기다린다."
    assert roles(gp, text)["west-aleppo"] != "mentioned"
    assert roles(gp, text)["east-aleppo"] == "mentioned"
    text = "Buses took families from Hanano in east Aleppo to government-held west Aleppo."
    assert roles(gp, text)["west-aleppo"] != "mentioned"
    # a quarter of the west names where in the west: the side is set aside as before
    assert roles(gp, "알레포 서부 함다니예 지구에서 장을 보는 주민들")["west-aleppo"] == "mentioned"
    assert roles(gp, "Residents shop in west Aleppo's Hamdaniyeh district.")["west-aleppo"] == (
        "mentioned"
    )


# -- a town's name right after the country's, before 市 (city) or 镇 (town) --------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这是4月2日在叙利亚阿夫林市城区拍摄的一辆装甲车。", "afrin"),
        ("土耳其士兵在叙利亚阿夫林市中心巡逻。", "afrin"),
        ("叙利亚曼比季市城区的一个市场。", "manbij"),
        ("一名男子在叙利亚巴卜镇的废墟中行走。", "al-bab"),
        ("敘利亞曼比季市的居民返回家園。", "manbij"),
    ],
)
def test_a_town_after_the_countrys_name_is_cut_apart_from_it(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in [m.place_id for m in gp.find(text)]


def test_the_countrys_name_alone_is_no_place(gp: Geoparser) -> None:
    assert ids(gp, "这是在叙利亚拍摄的一辆汽车。") == []


@pytest.mark.parametrize(
    "text",
    [
        # Korean "시" written apart after a noun is "when": the noun read by its sound is no
        # town ("피난", refuge, sounds as Banan)
        "만비즈 주민들은 피난 시 짐을 챙겨 떠났다.",
        "무장대원들은 피난 시 민간인을 방패로 삼았다고 감시단체가 전했다.",
        "알레포 동부 주민들은 피난 시 가족과 헤어지는 일이 많았다.",
    ],
)
def test_a_korean_noun_before_when_is_no_town(gp: Geoparser, text: str) -> None:
    assert "banan" not in ids(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # but a town's name as written before "시" (its word written apart) stays the town
        ("바난 시 주민들이 배급을 기다리고 있다.", "banan"),
        ("아자즈 시 외곽에서 구호품을 나르는 주민들", "azaz"),
        ("튀르키예군이 만비즈 시 인근을 순찰하고 있다.", "manbij"),
        ("반군이 마레아 시 북쪽에서 진격했다.", "marea"),
    ],
)
def test_a_town_before_its_korean_word_written_apart(gp: Geoparser, text: str, place: str) -> None:
    assert place in ids(gp, text)
