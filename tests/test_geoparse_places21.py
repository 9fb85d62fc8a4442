"""The geoparser on kinds of wording met in session 21 (places): a group's acronym in capitals
after a town whose name starts with a head word ("El Bab DEAŞ'tan alındı": no gate "Bab
DEAŞ"); the Arabic article written apart in katakana ("タリク・アル・バブ" is the quarter Tariq
al-Bab, not the town al-Bab) and the dashes Japanese types inside a name ("ブスタン・アル−カスル");
names written in the Indian scripts (Telugu, Hindi, Bengali, Tamil), read in Latin letters.

The captions are written here in the wordings of agency captions (names, actions and order
changed)."""

from __future__ import annotations

import pytest

from aleppomap._scripts import indic_forms, indic_latin, indic_stem
from aleppomap.geoparse import Geoparser
from context_places import places


# -- an acronym after a name ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Haftalarca kuşatılan El Bab DEAŞ’tan alındı.", "al-bab"),
        ("ÖSO birlikleri El Bab IŞİD'den kurtarıldı, dedi.", "al-bab"),
        ("Al-Bab ISIS fighters fled towards the east.", "al-bab"),
        ("Residents of Manbij SDF-run districts queue for bread.", "manbij"),
    ],
)
def test_an_acronym_after_a_name_is_no_word_of_it(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a gate's name after the head word is still a longer name, no town al-Bab
        ("Shoppers walk near Bab Antakya in the old city of Aleppo.", "bab-antakya"),
        ("BAB AL HAWA CROSSING, SYRIA: trucks wait at the border.", "bab-al-hawa"),
    ],
)
def test_a_longer_name_after_the_head_word_still_wins(gp: Geoparser, text: str, place: str) -> None:
    found = places(gp, text)
    assert place in found
    assert "al-bab" not in found


# -- katakana: the article apart, dashes ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("アレッポ旧市街に近いタリク・アル・バブ地区で救助活動が続いた。", "tariq-al-bab"),
        ("ミサイルはタリク・アル・バブの近くに着弾した。", "tariq-al-bab"),
        ("トルコ国境のバブ・アル・サラマ検問所に避難民が集まった。", "bab-al-salameh"),
        ("バブ・アル・サラマの難民キャンプで配給を待つ家族。", "bab-al-salameh"),
        ("アレッポのバブ・アル・ハディード地区で遊ぶ子どもたち。", "bab-al-hadid"),
        ("アレッポ南部のブスタン・アル−カスル地区でデモが行われた。", "bustan-al-qasr"),
        ("アレッポ南部のブスタン・アル－カスルで市場が開かれた。", "bustan-al-qasr"),
        ("ブスタン・アル・カスルの通りを歩く住民。", "bustan-al-qasr"),
    ],
)
def test_katakana_whole_names_with_the_article_apart(gp: Geoparser, text: str, place: str) -> None:
    found = places(gp, text)
    assert place in found
    assert "al-bab" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the town itself, its article written apart or run on, and an article by ＝
        ("アル・バブの町で市場が再開した。", "al-bab"),
        ("アル−バブの町で市場が再開した。", "al-bab"),
        ("ダヒヤット・アル=アサドで戦闘が続いている。", "dahiyat-al-assad"),
        ("アイン・アルアラブの街を武装勢力が包囲した。", "kobani"),
    ],
)
def test_katakana_names_that_keep_working(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


# -- the Indian scripts --------------------------------------------------------------------------
def test_indic_letters_in_latin() -> None:
    assert indic_latin("టెల్") == "tel"
    assert indic_latin("రిఫాత్") == "rifat"
    assert indic_latin("अलेप्पो") == indic_latin("আলেপ্পো") == "aleppo"
    assert "manbij" in indic_forms("मनबिज")  # (the carried a's Hindi does not say)
    assert "afrin" in indic_forms("அஃப்ரின்")  # (Tamil's ஃப: f)
    assert "azaz" in indic_forms("ఆజాజ్")  # (z written with ja)
    assert indic_stem("అలెప్పోలో") == "అలెప్పో"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Telugu
        ("అలెప్పోకు ఉత్తరాన ఉన్న టెల్ రిఫాత్ నుండి కుటుంబాలు పారిపోయాయి", "tall-rifaat"),
        ("ఆఫ్రిన్ పట్టణంలో భూకంపం తర్వాత శిథిలాలు", "afrin"),
        ("జిందిరెస్ పట్టణంలో సహాయక చర్యలు", "jinderes"),
        # Hindi
        ("मनबिज शहर में लोग बाजार लौटे", "manbij"),
        ("तुर्की समर्थित लड़ाकों ने अफरीन शहर पर कब्जा किया", "afrin"),
        ("टेल रिफात में परिवार लौट रहे हैं", "tall-rifaat"),
        # Bengali
        ("ভূমিকম্পে আজাজ শহরে বাড়ি ধসে পড়েছে", "azaz"),
        ("মানবিজ শহরে কুর্দি বাহিনী টহল দিচ্ছে", "manbij"),
        # Tamil
        ("அலெப்போவின் அஃப்ரின் நகரில் மீட்புப் பணிகள்", "afrin"),
    ],
)
def test_names_in_the_indian_scripts(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no place: ordinary words whose Latin reading is short ("में", in, is no Min)
        "बच्चे स्कूल में पढ़ रहे हैं और माता पिता काम पर जाते हैं",
        "పిల్లలు పాఠశాలలో చదువుతున్నారు, తల్లిదండ్రులు పనికి వెళ్తారు",
        "শিশুরা মাঠে খেলছে এবং মায়েরা রান্না করছেন",
        "குழந்தைகள் பள்ளியில் படிக்கிறார்கள்",
        # places elsewhere
        "తుర్కియేలోని గాజియాంటెప్ నగరంలో భూకంపం",
    ],
)
def test_indian_words_that_name_no_place_here(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # a guarded name (al-Bab, also "door") beside the word for a town or city after it
        "ఎల్ బాబ్ పట్టణంలో ఈద్ వేడుకలు",
        "আল-বাব শহরে ঈদের উৎসব",
    ],
)
def test_indian_place_words_after_a_name(gp: Geoparser, text: str) -> None:
    assert "al-bab" in places(gp, text)


def test_an_indian_place_word_alone_names_nothing(gp: Geoparser) -> None:
    assert places(gp, "আমাদের শহরে আজ বৃষ্টি হয়েছে") == set()


def test_the_hindi_airport_stays_the_citys(gp: Geoparser) -> None:
    # the words of the airport's Hindi noun are no village read by their letters ("अड्डा")
    assert places(gp, "अलेप्पो का हवाई अड्डा बंद है") == {"aleppo", "aleppo-airport"}


# -- the sides of "the city" ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # after the Italian plural articles and the prepositions joined to them
        ("Ad Aleppo, i civili fuggono dai quartieri orientali della città.", "east-aleppo"),
        ("Ad Aleppo, molte famiglie restano nei quartieri orientali della città.", "east-aleppo"),
        (
            "Aleppo: i quartieri occidentali della città sono sotto il fuoco dei razzi.",
            "west-aleppo",
        ),
        ("Em Aleppo, os moradores dos bairros orientais da cidade fugiram.", "east-aleppo"),
        # "the city" refers back to the city, past a village named between
        (
            "A shelter in Aleppo's Jibrin district for families who fled the east of the city.",
            "east-aleppo",
        ),
        ("Aleppo: people from the west of the city queue at a camp in Jibrin.", "west-aleppo"),
        # Arabic: the city's eastern quarters, "the city" between the quarters and their side
        ("حلب: خرج المسلحون من أحياء المدينة الشرقية مساء اليوم.", "east-aleppo"),
        ("عاد السكان إلى أحياء المدينة الغربية في حلب.", "west-aleppo"),
        # Japanese, Chinese: the plain side with the word for its quarters
        ("アレッポから届いた写真では、東部地区の建物の多くが壊れている。", "east-aleppo"),
        ("アレッポの東部地区で子どもたちが遊ぶ。", "east-aleppo"),
        ("アレッポの西部地域に避難した家族。", "west-aleppo"),
        ("在阿勒颇,东部地区的居民开始撤离。", "east-aleppo"),
    ],
)
def test_sides_of_the_city(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        # "the city" is another town's
        "Families from Manbij fled the east of the city after the battle.",
        # the country's east, and a side of a town elsewhere
        "シリア東部地区で戦闘が続く。",
        "アレッポから来た家族は、シリア東部地区に住んでいた。",
        "コバニのほぼ半分が制圧された。写真はコバニ東部地区。",
        "叙利亚东部地区的居民开始撤离。",
        # an Arabic city with its own eastern side, no quarters' noun
        "وصل النازحون إلى المدينة الشرقية.",
    ],
)
def test_sides_of_another_place_are_no_sides_of_aleppo(gp: Geoparser, text: str) -> None:
    assert not places(gp, text) & {"east-aleppo", "west-aleppo"}


# -- two sides written apart in Persian, a spelling, a Chinese camp ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # north and west of the city (its fronts), Persian "و" written apart: the city itself
        "محورهای شمالی و غربی شهر حلب صحنه نبردهای شدید بود",
        "درگیری در جنوب و شرق حلب ادامه دارد",
        "قتال عنيف في شمال وغرب حلب",
    ],
)
def test_two_bearings_joined_by_and_are_no_side(gp: Geoparser, text: str) -> None:
    found = places(gp, text)
    assert "aleppo" in found
    assert not found & {"east-aleppo", "west-aleppo"}


def test_a_single_side_in_persian_still_names_it(gp: Geoparser) -> None:
    assert "west-aleppo" in places(gp, "گلوله باران در غرب حلب ادامه دارد")


@pytest.mark.parametrize(
    "text",
    [
        "The ICRC entered the area of Hanono, recently retaken by the army.",
        "Aid workers entered Hanono in eastern Aleppo on Wednesday.",
    ],
)
def test_the_o_spelling_of_hanano(gp: Geoparser, text: str) -> None:
    assert "hanano" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    [
        "12月18日,在叙利亚北部城市阿勒颇市吉卜林临时安置点,撤出的平民领取毛毯。",
        "在阿勒颇吉卜林难民营,儿童排队领取食物。",
        "在阿勒頗吉卜林難民營,兒童排隊領取食物。",
    ],
)
def test_a_chinese_camp_word_after_a_name(gp: Geoparser, text: str) -> None:
    assert "jibreen" in places(gp, text)


@pytest.mark.parametrize(
    "text",
    ["在土耳其的难民营,儿童排队领取食物。", "约旦扎塔里难民营的儿童在上学。"],
)
def test_camps_elsewhere_in_chinese(gp: Geoparser, text: str) -> None:
    assert places(gp, text) == set()


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the article joined to the name by the long-vowel mark typed for a dash
        ("アレッポ南部のブスタン・アルーカスル地区で抗議が続いた。", "bustan-al-qasr"),
        ("ブスタン・アルーカスルの住民が集まった。", "bustan-al-qasr"),
        ("アルーバブの町で市場が再開した。", "al-bab"),
    ],
)
def test_katakana_article_joined_by_the_long_vowel_mark(
    gp: Geoparser, text: str, place: str
) -> None:
    assert place in places(gp, text)


def test_a_katakana_word_with_the_long_vowel_mark_is_no_name(gp: Geoparser) -> None:
    assert places(gp, "ルールを守る子どもたちがアレッポの学校に通う。") == {"aleppo"}


# -- Arabic short vowels and the tatweel fold away -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("نزحت العائلات من مدينة عِفرين السورية.", "afrin"),
        ("سوق شعبي في مدينة مَنْبِج شمال سوريا.", "manbij"),
        ("السوق في مدينة الـبـاب شمال سوريا.", "al-bab"),
        ("أطفال يلعبون في شوارع حَلَب.", "aleppo"),
    ],
)
def test_arabic_marks_fold_away(gp: Geoparser, text: str, place: str) -> None:
    assert place in places(gp, text)
