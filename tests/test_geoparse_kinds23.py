"""Six kinds of place names: Turkish case endings after an apostrophe (the span ends before it,
the role comes from the case and its verb); a town's or a quarter's noun of another language
opening a sentence before the name ("Miasto Manbidż", "Město Manbidž", "Staden Manbij"); the
Indian scripts with the article ("अल-बाब में"); Hebrew names of the towns with the one-letter
words joined to them ("במנבג'", "לג'ראבלוס"); Arabic names that are common words (السكري,
السفيرة, نبل, الأنصاري), found after a place word or a preposition of place and not in their
common use; and the Slavic case forms of the towns after a preposition ("w Azazie", "Do
Dżarabulusu", "pod Al-Babem")."""

from __future__ import annotations

import pytest

from aleppomap._names import article_case_stem
from aleppomap.geoparse import Geoparser, PlaceMention


def _found(gp: Geoparser, text: str) -> list[PlaceMention]:
    return gp.find(text)


def _ids(gp: Geoparser, text: str) -> list[str]:
    return [m.place_id for m in gp.find(text)]


# -- 1. Turkish case endings after an apostrophe -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "written"),
    [
        ("Askerler dün Münbiç'i çevreledi.", "manbij", "Münbiç"),
        ("Sabah saatlerinde Halep'te yeni bir patlama oldu.", "aleppo", "Halep"),
        ("Yardım tırları Azez'e vardı.", "azaz", "Azez"),
        ("Muhalifler El Bab'a girdi.", "al-bab", "El Bab"),
        ("Afrin'in doğusunda bir köy boşaltıldı.", "afrin", "Afrin"),
        ("Tel Rıfat'ta iki ev yıkıldı.", "tall-rifaat", "Tel Rıfat"),
        ("Kobani'ye yeni bir okul açıldı.", "kobani", "Kobani"),
        ("Halep’te çarşı yeniden açıldı.", "aleppo", "Halep"),
        ("Cerablus’un merkezinde kutlama yapıldı.", "jarabulus", "Cerablus"),
        ("HALEP'TE SOĞUK BİR SABAH", "aleppo", "HALEP"),
        ("Şeyh Maksud'da elektrik kesildi.", "sheikh-maqsoud", "Şeyh Maksud"),
        # (no Turkish letter: the case ending tells Turkish; its h writes the Arabic kh, and
        # the village Toman inside the name is no place of its own)
        ("Han Tuman'da yeni bir cephe açıldı.", "khan-tuman", "Han Tuman"),
        ("Tel Rifat'ta okul açıldı.", "tall-rifaat", "Tel Rifat"),
    ],
)
def test_a_turkish_case_ending_leaves_the_name_and_its_span_ends_before_the_apostrophe(
    gp: Geoparser, text: str, place: str, written: str
) -> None:
    found = _found(gp, text)
    assert [m.place_id for m in found] == [place]
    assert found[0].matched == written
    assert text[found[0].end] in "'’"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Aileler Cerablus'tan döndü.", "origin"),
        ("Aileler Kobani'ye döndü.", "destination"),
        ("Zırhlı araçlar Münbiç'e doğru ilerledi.", "destination"),
        ("Menbiç'e giden yol kapandı.", "destination"),
        ("Halep'ten giden son otobüs.", "origin"),
        ("Siviller Afrin'den kaçtı.", "origin"),
        ("Han Tuman'dan kaçan aileler.", "origin"),
        ("Kobani'de bayram kutlandı.", "location"),
        ("Askerler El Bab'a girdi.", "location"),  # (entering is where, as in English)
    ],
)
def test_the_turkish_case_and_its_verb_give_the_role(gp: Geoparser, text: str, role: str) -> None:
    found = _found(gp, text)
    assert len(found) == 1
    assert found[0].role == role


@pytest.mark.parametrize(
    ("text", "place", "role"),
    [
        ("Şeyh Said mahallesinden kaçan siviller.", "sheikh-saeed", "origin"),
        ("Siviller Şeyh Said mahallesine ulaştı.", "sheikh-saeed", "destination"),
        ("Anadan köyünden göç eden aileler.", "anadan", "origin"),
        ("Şeyh Said mahallesinde çatışma.", "sheikh-saeed", "location"),
        ("Şeyh Said mahallesindeki okul kapandı.", "sheikh-saeed", "location"),
    ],
)
def test_the_case_on_the_turkish_place_word_after_the_name_gives_the_role(
    gp: Geoparser, text: str, place: str, role: str
) -> None:
    found = _found(gp, text)
    assert [(m.place_id, m.role) for m in found] == [(place, role)]


@pytest.mark.parametrize(
    "text",
    [
        "Ali'nin evi yıkıldı.",
        "Ayşe'ye bir mektup yazdı.",
        "Ahmet'in babası konuştu.",
        "Meryem'e hediye verdi.",
        # (a town's name that is a given name too, in the dative with no word of going or
        # striking after it: to a person)
        "Hayyan'a bir mektup yazdı.",
        "Raju'ya hediye verdi.",
    ],
)
def test_a_persons_name_with_a_turkish_case_ending_is_no_place(gp: Geoparser, text: str) -> None:
    assert _ids(gp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mare'ye saldırı düzenlendi.",
        "Konvoy Mare'ye ulaştı.",
        "Mare'ye 5 km uzaklıkta bir köy.",
        "Mare'de çatışma çıktı.",
    ],
)
def test_a_town_that_is_a_given_name_too_in_a_turkish_case_of_place(
    gp: Geoparser, text: str
) -> None:
    assert _ids(gp, text) == ["marea"]


# -- 2. a place noun opening a sentence --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Miasto Manbidż po całonocnych walkach.", "manbij"),
        ("Miasto Azaz przy granicy z Turcją.", "azaz"),
        ("Miasto Dżarabulus nad Eufratem.", "jarabulus"),
        ("Město Manbidž po bojích.", "manbij"),
        ("Mesto Manbidž po bojoch.", "manbij"),
        ("Staden Manbij efter striderna.", "manbij"),
        ("Orașul Manbij după lupte.", "manbij"),
        ("Qyteti Manbij pas luftimeve.", "manbij"),
        ("Wieś Anadan po walkach.", "anadan"),
        ("Vesnice Anadan po bojích.", "anadan"),
        ("Fshati Anadan pas luftimeve.", "anadan"),
        ("Dzielnica Szejk Maksud pod ostrzałem.", "sheikh-maqsoud"),
        ("Город Манбидж после боёв.", "manbij"),
        ("Die Stadt Manbidsch nach den Kämpfen.", "manbij"),
        ("La ciudad de Manbij tras los combates.", "manbij"),
        ("Boje skončily. Město Manbidž je tiché.", "manbij"),
        ("Miasteczko Anadan po walkach.", "anadan"),
        ("Stad Manbij na de gevechten.", "manbij"),
        ("Посёлок Анадан после боёв.", "anadan"),
        ("Бои в посёлке Анадан.", "anadan"),
    ],
)
def test_a_place_noun_opening_a_sentence_names_the_place_after_it(
    gp: Geoparser, text: str, place: str
) -> None:
    assert _ids(gp, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Nadhira Aziz stands in front of her house.",  # a given name before a surname
        "Miasto Damaszek po walkach.",  # a town elsewhere: no place of Aleppo
        "Miasto nocą, zdjęcie z archiwum.",
    ],
)
def test_a_capitalised_word_before_a_name_is_still_a_given_name_unless_a_place_noun(
    gp: Geoparser, text: str
) -> None:
    assert _ids(gp, text) == []


# -- 3. the Indian scripts with the article ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("अल-बाब में भारी लड़ाई हुई।", "अल-बाब"),
        ("अल बाब में भारी लड़ाई हुई।", "अल बाब"),
        ("अल-बाब शहर पर कब्ज़ा", "अल-बाब"),
        ("সেনারা আল-বাব শহরে ঢুকেছে", "আল-বাব"),
        ("আল বাব শহরে যুদ্ধ", "আল বাব"),
        ("আল-বাবে যুদ্ধ চলছে", "আল-বাবে"),  # (the locative's vowel sign on the name)
        ("الباب میں لڑائی جاری ہے", "الباب"),
        ("அல்-பாப் நகரில் போர்", "அல்-பாப்"),  # (Tamil's one letter for p and b)
        ("അൽ-ബാബ് നഗരത്തിൽ യുദ്ധം", "അൽ-ബാബ്"),  # (Malayalam's chillu l)
        ("అల్-బాబ్ పట్టణంలో యుద్ధం", "అల్-బాబ్"),
    ],
)
def test_al_bab_with_its_article_in_the_indian_scripts_and_urdu(
    gp: Geoparser, text: str, written: str
) -> None:
    found = _found(gp, text)
    assert [m.place_id for m in found] == ["al-bab"]
    assert found[0].matched == written


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("मनबिज शहर में लड़ाई", "manbij"),
        ("अफ़रीन में लड़ाई", "afrin"),
        ("কোবানি শহরে উৎসব", "kobani"),
        ("মানবিজে যুদ্ধ চলছে", "manbij"),
        ("আজাজে যুদ্ধ চলছে", "azaz"),
        ("மன்பிஜ் நகரில் போர்", "manbij"),
        ("मनबिजमध्ये लढाई", "manbij"),  # (Marathi's "in" written on the name)
        ("અલેપ્પોમાં યુદ્ધ", "aleppo"),  # (Gujarati's)
    ],
)
def test_a_town_before_the_indian_word_for_city(gp: Geoparser, text: str, place: str) -> None:
    assert _ids(gp, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "बाबा रामदेव ने योग सिखाया",
        "अल बाबा की कहानी",
        "अलग अलग शहर में लोग",
        "মানুষ বাবা মায়ের সাথে",
        "বাবে গেল",
        "பாப் இசை நிகழ்ச்சி",  # (pop music: a bare Bab is no al-Bab)
        "মানুষ বাড়িতে ফিরেছে",
    ],
)
def test_indian_words_like_the_article_or_bab_are_no_place(gp: Geoparser, text: str) -> None:
    assert _ids(gp, text) == []


# -- 4. Hebrew names and the one-letter words joined to them ---------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("הצבא נכנס למנבג' בבוקר", "manbij"),
        ("קרבות קשים במנבג'", "manbij"),
        ("העיר מנבג' שקטה", "manbij"),
        ("טנקים נכנסו לג'ראבלוס", "jarabulus"),
        ("המצב בג'ראבלוס", "jarabulus"),
        ("פליטים נמלטו מחלב", "aleppo"),
        ("הצבא הטורקי בעפרין", "afrin"),
        ("קרבות בעזאז", "azaz"),
        ("הכורדים בקובאני", "kobani"),
        ("קרבות באל-באב", "al-bab"),
    ],
)
def test_hebrew_names_of_the_towns_with_the_words_joined_to_them(
    gp: Geoparser, text: str, place: str
) -> None:
    assert _ids(gp, text) == [place]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("קרבות במנבג' נמשכים", "מנבג'"),  # (the geresh is the letter's own: j)
        ("העיר מנביג' שקטה", "מנביג'"),
        ("טנקים נכנסו לג'ראבלוס", "ג'ראבלוס"),
        ("קרבות באל-באב", "אל-באב"),  # (the article is the name's, "in" joined to it not)
        ("הכוחות נכנסו לאל-באב", "אל-באב"),
        ("פליטים נמלטו מחלב", "חלב"),
    ],
)
def test_the_hebrew_span_is_the_name_with_its_geresh_and_article(
    gp: Geoparser, text: str, written: str
) -> None:
    found = _found(gp, text)
    assert len(found) == 1
    assert found[0].matched == written
    assert text[found[0].start : found[0].end] == written


@pytest.mark.parametrize("text", ["שתינו כוס חלב חם", "מוצרי חלב בסופר", "מנה של לחם וחלב"])
def test_hebrew_milk_is_no_aleppo(gp: Geoparser, text: str) -> None:
    assert _ids(gp, text) == []


# -- 5. Arabic names that are common words -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قصف مدفعي على حي السكري", "sukkari"),
        ("معارك عنيفة في السكري", "sukkari"),
        ("اشتباكات في حي الشعار", "shaar"),
        ("دخول القوات إلى مدينة السفيرة", "safira"),
        ("انفجار في السفيرة صباح اليوم", "safira"),
        ("سقوط قذائف قرب نبل", "nubl"),
        ("قتلى في نبل", "nubl"),
        ("في حي الأنصاري", "ansari"),
        ("قصف على السكري", "sukkari"),  # (on, after a word of striking or taking)
        ("سيطرت القوات على السفيرة", "safira"),
        ("غارات جوية على الأنصاري", "ansari"),
        ("نازحون من السكري", "sukkari"),  # (from, after a word of fleeing)
        ("دخول القوات إلى السفيرة", "safira"),  # (to, after a word of entering)
        ("وصلت المساعدات الى نبل", "nubl"),
        ("أهالي نبل يحتفلون", "nubl"),  # (the people of a place)
        ("Residents walk through السكري on Tuesday.", "sukkari"),
    ],
)
def test_an_arabic_name_that_is_a_common_word_after_a_place_word_or_preposition(
    gp: Geoparser, text: str, place: str
) -> None:
    assert _ids(gp, text) == [place]


def test_an_arabic_name_that_is_a_common_word_before_a_bearing_from_the_city(
    gp: Geoparser,
) -> None:
    assert _ids(gp, "السفيرة جنوب شرق حلب") == ["safira", "aleppo"]


@pytest.mark.parametrize("text", ["حصار بلدتي نبل والزهراء", "حصار نبل والزهراء"])
def test_nubl_listed_with_az_zahraa(gp: Geoparser, text: str) -> None:
    assert _ids(gp, text) == ["nubl", "zahraa"]


@pytest.mark.parametrize(
    "text",
    [
        "يعاني من مرض السكري منذ سنوات",
        "مرضى السكري في المخيم بلا دواء",
        "طفل مصاب بالسكري",
        "السفيرة الأمريكية في الأمم المتحدة",
        "صرحت السفيرة بأن المساعدات تأخرت",
        "ردت على السفيرة في المؤتمر",
        "يعاني من السكري",
        "خالية من السكري",
        "تحدث إلى السفيرة الفرنسية",
        "التركيز على السكري في الغذاء",
        "رفعوا الشعار في المظاهرة",
        "نبل الأخلاق",
        "قال الأنصاري إن الوضع صعب",
        "محمد الأنصاري يتحدث للصحفيين",
        "جنة الفردوس",
    ],
)
def test_an_arabic_name_in_its_common_use_is_no_place(gp: Geoparser, text: str) -> None:
    assert _ids(gp, text) == []


# -- 6. Slavic case endings on the towns ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place", "written"),
    [
        ("Walki w Manbidżu trwają.", "manbij", "Manbidżu"),
        ("Konwój dotarł do Afrinu.", "afrin", "Afrinu"),
        ("Walki w Azazie.", "azaz", "Azazie"),
        ("W Azazie trwają walki.", "azaz", "Azazie"),
        ("Do Dżarabulusu wjechały czołgi.", "jarabulus", "Dżarabulusu"),
        ("Walki pod Al-Babem.", "al-bab", "Al-Babem"),
        ("Walki w Al-Babie ucichły.", "al-bab", "Al-Babie"),
        ("Boje u Al-Bábu.", "al-bab", "Al-Bábu"),
        ("Boje v Azázu.", "azaz", "Azázu"),
        ("Boje v Manbidži pokračují.", "manbij", "Manbidži"),
        ("Uprchlíci z Aleppa.", "aleppo", "Aleppa"),
        ("Borbe u Manbidžu.", "manbij", "Manbidžu"),
        ("Бои в Манбидже.", "manbij", "Манбидже"),
        ("Беженцы из Алеппо.", "aleppo", "Алеппо"),
        ("Бои под Аль-Бабом.", "al-bab", "Аль-Бабом"),
        ("Бої у Манбіджі.", "manbij", "Манбіджі"),
    ],
)
def test_a_slavic_case_form_of_a_town_after_a_preposition(
    gp: Geoparser, text: str, place: str, written: str
) -> None:
    found = _found(gp, text)
    assert [m.place_id for m in found] == [place]
    assert found[0].matched == written


@pytest.mark.parametrize(
    "text",
    [
        "Wywiad z Azizą Ahmed.",  # (with Aziza: folds as Azez does, is no spelling of Azaz)
        "Pojechał do Azizy.",
        "Rozmowa z Marią Nowak.",
        "Bajka o Babie Jadze.",  # (a Bab without its article is no al-Bab)
        "Spotkanie z Al-Babim.",  # (-i makes a man's name of it)
        "Mustafa Al-Babem przyszedł.",  # (no preposition before the article)
    ],
)
def test_a_persons_name_in_a_slavic_case_is_no_town(gp: Geoparser, text: str) -> None:
    assert _ids(gp, text) == []


def test_article_case_stem_reads_only_the_slavic_endings_of_a_three_letter_name() -> None:
    assert article_case_stem("Babem") == "bab"
    assert article_case_stem("Bábu") == "bab"
    assert article_case_stem("Babie") == "bab"
    assert article_case_stem("Baba") == ""  # (al-Baba: the Pope)
    assert article_case_stem("Babi") == ""
    assert article_case_stem("Manbidżu") == ""
