"""The geoparser on kinds of wording that missed places, or made false ones, in Korean, Arabic,
Persian, Chinese, Turkish and Dutch captions (issue 14): the Kurdish name of Kobani in Arabic
letters, Tal Rifaat written as one Korean word (a final ㄹ before ㄹ is l then r) and in Chinese,
the Turkish genitive of the city before a village's or a district's name (the province, not the
city), and a Dutch word with "sch" that only an Italian reading makes sound like a town."""

from __future__ import annotations

import pytest

from aleppomap._scripts import asian_forms
from aleppomap.geoparse import Geoparser


def every(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- the Kurdish name of Kobani in Arabic and Persian letters --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "نزح آلاف المدنيين من كوباني نحو الحدود التركية",
        "دبابة تركية على الحدود قرب مدينة كوباني",
        "مقاتلون أكراد في شوارع كوباني بعد المعارك",
        "وعاد السكان إلى كوباني المدمرة",  # (with a joined "and" before the verb)
        "بكوباني دمار واسع بعد أشهر من القتال",
        "نیروهای کرد در خیابان‌های کوبانی",  # Persian: its kaf and yeh
    ],
)
def test_kobani_in_arabic_letters(gp: Geoparser, text: str) -> None:
    assert "kobani" in every(gp, text)


# -- Tal Rifaat in Korean and Chinese ------------------------------------------------------------


def test_korean_final_l_before_r_reads_l_and_r() -> None:
    assert "telrifat" in asian_forms("텔리파트")
    assert "telrifat" in asian_forms("텔리파트를")  # (the object particle comes off)


@pytest.mark.parametrize(
    "text",
    [
        "반군이 알레포 북부 텔리파트를 장악했다.",
        "알레포 북부 텔리파트에서 주민들이 피란길에 올랐다.",
        "알레포 교외 텔리파트 인근에서 교전이 벌어졌다.",
    ],
)
def test_tal_rifaat_in_korean(gp: Geoparser, text: str) -> None:
    assert "tall-rifaat" in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "库尔德武装进入叙利亚北部城市泰勒里法特。",
        "叙利亚阿勒颇省北部城市泰勒里法特的居民撤离。",
        "土耳其军队炮击泰勒里法特附近地区。",
    ],
)
def test_tal_rifaat_in_chinese(gp: Geoparser, text: str) -> None:
    assert "tall-rifaat" in every(gp, text)


# -- the Turkish genitive of the city before a village's or a district's name ---------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Halep'in Anjara köyünden gelen aileler kampta kalıyor.", "anjara"),
        ("Halep’in El-Bab ilçesinde bayram hazırlığı yapılıyor.", "al-bab"),
        ("Halep'in Deyr Cemal köyünde çocuklar okula dönüyor.", "deir-jamal"),
        ("Halep'in Mare' ilçesine yardım tırları ulaştı.", "marea"),
    ],
)
def test_turkish_genitive_of_the_province(gp: Geoparser, text: str, place: str) -> None:
    found = every(gp, text)
    assert place in found
    assert "aleppo" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Halep'in Bilinmeyenköy köyünden gelen 20 aile çadırlarda yaşıyor.",
        "Halep’in Qwertyli beldesinden kaçan siviller sınıra ulaştı.",
    ],
)
def test_turkish_genitive_before_an_unknown_village_names_no_city(gp: Geoparser, text: str) -> None:
    assert "aleppo" not in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a quarter of the city: the city is its container, named
        "Halep'in Şeyh Maksud mahallesinde çatışmalar sürüyor.",
        # a bearing between: the city as a reference, named
        "Halep'in kuzeyindeki köylerde çatışmalar sürüyor.",
        # another case: the city itself
        "Halep’te yaşayan aileler köylerine döndü.",
    ],
)
def test_turkish_city_kept_without_a_village_name(gp: Geoparser, text: str) -> None:
    assert "aleppo" in every(gp, text)


# -- a Dutch or German word with "sch" is read by no Italian letters -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Misschien een ietwat geromantiseerd beeld van de stad.",
        "Misschien is dat het mooiste van Aleppo.",
        "Hotels zaten vol. Misschien komt dat ooit terug.",
    ],
)
def test_dutch_sch_word_is_no_town(gp: Geoparser, text: str) -> None:
    assert "maskanah" not in every(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sceich Maqsud, quartiere curdo di Aleppo", "sheikh-maqsoud"),
        ("Giarabulus, al confine turco, è stata presa", "jarabulus"),
    ],
)
def test_italian_readings_kept(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


# -- a name after a Turkish bearing in the locative ("doğusunda Mare'": to its east Marea) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Kasabanın kuzeyinde Azez, doğusunda Mare' bulunuyor.",
        "Tel Rıfat'ın doğusunda, Mare', güneyinde ise Kefr Naya yer alıyor.",
        "Bölgenin kuzeydoğusundaki Mare' ile Azez arasında çatışma çıktı.",
    ],
)
def test_guarded_town_after_a_turkish_bearing(gp: Geoparser, text: str) -> None:
    assert "marea" in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Şehrin kuzeyinde Meryem adında bir kadın yaşıyor.",
        "Kuzeyinde Mehmet Bey'in evi var.",
    ],
)
def test_given_name_after_a_turkish_bearing_is_no_town(gp: Geoparser, text: str) -> None:
    assert "marea" not in every(gp, text)


# -- the city's Slavic adjective before a common noun of its place ---------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pogled na Alepsku citadelu s krova stare kuće.", "citadel"),
        ("Alepska citadela je oštećena u potresu.", "citadel"),
        ("Oštećenja na Halepskoj tvrđavi nakon granatiranja.", "citadel"),
        ("Aleppská citadela po zemětřesení.", "citadel"),
        ("Turisti ispred Alepske citadele prije rata.", "citadel"),
    ],
)
def test_city_adjective_before_a_place_noun(gp: Geoparser, text: str, place: str) -> None:
    assert place in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mostarska tvrđava u sumrak.",
        "Pogled na Beogradsku citadelu s rijeke.",
        "Kupila je alepski sapun na tržnici u Zagrebu.",
    ],
)
def test_another_city_adjective_names_no_place(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []


# -- the old market: the souqs -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "der alte historische Markt von Aleppo liegt in Trümmern.",
        "A man walks through the old market of Aleppo.",
        "A man walks through Aleppo's old market.",
        "Un hombre camina por el mercado antiguo de Alepo.",
        "Halep'in tarihi çarşısı yeniden açıldı.",
    ],
)
def test_old_market_of_the_city_is_the_souq(gp: Geoparser, text: str) -> None:
    assert "souq-al-madina-area" in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "People shop at the old market in Idlib.",
        "Shoppers at the old market in Gaziantep, Turkey.",
        "Gaziantep'in tarihi çarşısı yeniden açıldı.",
        "A man sells bread at a market in Aleppo's Bustan al-Qasr district.",
    ],
)
def test_old_market_elsewhere_or_a_market_is_no_souq(gp: Geoparser, text: str) -> None:
    assert "souq-al-madina-area" not in every(gp, text)


# -- an Arabic place word before its name in quotes ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'صلاة العيد في جامع "العادلية" في حلب القديمة',
        "صلاة العيد في جامع «العادلية» في حلب القديمة",
        'توافد المصلون إلى جامع "العدلية" في حلب القديمة',  # (the alef left out)
        "صلاة في مسجد «العدلية» بحلب",
    ],
)
def test_arabic_name_quoted_after_its_place_word(gp: Geoparser, text: str) -> None:
    assert "adliyeh-mosque" in every(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        'اجتمع الناس أمام "العدلية" في دمشق أمس',  # the courthouse, no mosque's word
        'صلاة العيد في جامع "الكبير" في دمشق',
        'قال "العادلية" هو الاسم',
    ],
)
def test_arabic_quoted_word_without_its_place_word(gp: Geoparser, text: str) -> None:
    assert "adliyeh-mosque" not in every(gp, text)


# -- names listed after the dual of the quarter ("حيين": two quarters) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وباتوا يسيطرون فقط على حيين رئيسيين هما السكري والمشهد.",
        "سيطرت القوات على حيين هما الصالحين والمشهد في حلب.",
        "بقي المقاتلون في حيين اثنين، الكلاسة والمشهد.",
    ],
)
def test_quarter_listed_after_the_dual(gp: Geoparser, text: str) -> None:
    assert "mashhad" in every(gp, text)


def test_common_word_without_a_quarters_word_is_no_quarter(gp: Geoparser) -> None:
    assert "mashhad" not in every(gp, "المشهد نفسه يتكرر في حلب والمشهد مؤلم")


# -- the city in the Indian scripts, with the case endings written on it ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "போராளிகள் அலெப்போவின் பெரும்பகுதியைக் கைப்பற்றினர்.",  # Tamil: of Aleppo
        "இரண்டாவது பெரிய நகரமான அலெப்போவில் மக்கள் வெளியேறினர்.",  # in Aleppo
        "மக்கள் அலெப்போவிலிருந்து வெளியேறினர்.",  # from Aleppo
        "বিদ্রোহীরা আলেপ্পো শহরের নিয়ন্ত্রণ নিয়েছে",  # Bengali
        "আলেপ্পোতে বোমা হামলা",  # Bengali: in Aleppo
        "अलेप्पो में विद्रोहियों का हमला",  # Hindi
        "యోధులు అలెప్పోలో దాడి చేశారు",  # Telugu: in Aleppo
    ],
)
def test_city_in_indian_scripts(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == ["aleppo"]


@pytest.mark.parametrize(
    "text",
    [
        "दमिश्क में विद्रोहियों का हमला",  # Hindi: Damascus
        "சிரியாவின் தலைநகரில் மக்கள் வெளியேறினர்.",  # Tamil: Syria's capital
        "ইদলিবে বোমা হামলা",  # Bengali: in Idlib
    ],
)
def test_other_words_in_indian_scripts_name_no_place(gp: Geoparser, text: str) -> None:
    assert every(gp, text) == []


# -- a word of size or splendour between the city and a landmark's noun ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Aleppo grand castle is seen from the roof of an old house.",
        "Aleppo's mighty citadel towers over the old city.",
        "The magnificent castle in Aleppo's old city at dusk.",
    ],
)
def test_splendour_word_before_a_landmark_noun(gp: Geoparser, text: str) -> None:
    assert "citadel" in every(gp, text)


@pytest.mark.parametrize(
    "text",
    ["The grand castle of Damascus at dusk.", "A grand hotel in Aleppo reopens."],
)
def test_splendour_word_elsewhere_names_no_citadel(gp: Geoparser, text: str) -> None:
    assert "citadel" not in every(gp, text)
