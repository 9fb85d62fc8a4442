"""The word lists of the world rules, measured as a coverage table: each side's names and the
holding and taking phrases in the languages whose captions the lists lacked or read only in
part (Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Bulgarian, Kurmanji, Hebrew,
Ukrainian, and the factions' names in the others: "oppositionella", "kontrolleras av",
"di kontrola ... de ye", "çeteyên", "בשליטת הממשלה", "урядові війська", "北・東シリア自治局").

A held and a taken statement per language, a side named with no statement (fighting, shelling,
a hedge), every new side name read as its side by ``lexicon.WORLD_SIDES`` (and the Japanese
table), and every new holding or taking phrase let through by the pre-check
(``lexicon.may_state_control``), so that rules and pre-check keep one word list.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import re

import pytest

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # Swedish
    (
        "sv_held",
        "Azaz är en gränsstad som kontrolleras av oppositionella grupper.",
        [("azaz", "rebels", "held")],
    ),
    (
        "sv_held",
        "Manbij har kontrollerats av de kurdiska styrkorna sedan 2016.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "sv_held_side_between",
        "Afrin är under Turkiet-stödda rebellers kontroll sedan 2018.",
        [("afrin", "rebels", "held")],
    ),
    (
        "sv_stronghold",
        "Al-Bab, ett fäste för Islamiska staten, ligger nordost om Aleppo.",
        [("al-bab", "islamic_state", "held")],
    ),
    ("sv_hands", "Aleppo är i händerna på regeringsstyrkorna.", [("aleppo", "government", "held")]),
    (
        "sv_taken",
        "Syriska demokratiska styrkorna erövrade Manbij i augusti 2016.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "sv_taken",
        "Rebellerna intog al-Bab efter veckor av strider.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "sv_taken_by",
        "Jarabulus erövrades av rebellerna med turkiskt stöd.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "sv_retaken",
        "Regimstyrkorna återtog Aleppo i december 2016.",
        [("aleppo", "government", "captured")],
    ),
    (
        "sv_fell",
        "Al-Bab föll i händerna på Islamiska staten 2014.",
        [("al-bab", "islamic_state", "captured")],
    ),
    (
        "sv_took_control",
        "Rebellerna tog kontrollen över Aleppo i december 2024.",
        [("aleppo", "rebels", "captured")],
    ),
    # the Nordic "-held" in one word (a city: a part of it)
    (
        "sv_held_compound",
        "Barn leker i den rebellkontrollerade staden Azaz.",
        [("azaz", "rebels", "held")],
    ),
    (
        "sv_held_compound",
        "Invånare flyr från det IS-kontrollerade al-Bab.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "da_held_compound",
        "Børn leger i den oprørskontrollerede by Azaz.",
        [("azaz", "rebels", "held")],
    ),
    (
        "no_held_compound",
        "Folk handler i den kurdiskkontrollerte byen Manbij.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "sv_held_compound_city",
        "Bussar väntar i det regimkontrollerade Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
    # Danish
    (
        "da_held",
        "Azaz, der kontrolleres af oprørerne, ligger ved den tyrkiske grænse.",
        [("azaz", "rebels", "held")],
    ),
    (
        "da_held",
        "Manbij er under kontrol af de kurdiske styrker.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "da_taken",
        "Oprørerne erobrede al-Bab fra Islamisk Stat.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "da_taken_by",
        "Manbij blev generobret af kurdiske styrker i august.",
        [("manbij", "kurdish", "captured")],
    ),
    # Norwegian
    ("no_held", "Azaz er kontrollert av opprørerne.", [("azaz", "rebels", "held")]),
    (
        "no_retaken",
        "Regjeringsstyrkene gjenerobret Aleppo i desember 2016.",
        [("aleppo", "government", "captured")],
    ),
    (
        "no_fell",
        "Al-Bab falt i hendene på Den islamske staten i 2014.",
        [("al-bab", "islamic_state", "captured")],
    ),
    # Finnish (the side before its holding, in the genitive)
    ("fi_held", "Azaz on kapinallisten hallussa.", [("azaz", "rebels", "held")]),
    ("fi_held", "Manbij on kurdijoukkojen hallinnassa.", [("manbij", "kurdish", "held")]),
    (
        "fi_taken",
        "Kapinalliset valtasivat Aleppo joulukuussa.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "fi_retaken",
        "Hallituksen joukot valtasivat takaisin Aleppo vuonna 2016.",
        [("aleppo", "government", "captured")],
    ),
    # Czech, Slovak
    ("cs_held", "Azaz je pod kontrolou povstalců.", [("azaz", "rebels", "held")]),
    (
        "cs_held_instrumental",
        "Manbij, ovládaný Kurdy, leží východně od Aleppa.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "cs_retaken",
        "Syrská armáda znovu dobyla Aleppo v prosinci 2016.",
        [("aleppo", "government", "captured")],
    ),
    (
        "cs_taken",
        "Povstalci dobyli al-Bab od Islámského státu.",
        [("al-bab", "rebels", "captured")],
    ),
    ("cs_fell", "Aleppo padlo do rukou povstalců.", [("aleppo", "rebels", "captured")]),
    ("sk_held", "Azaz je pod kontrolou povstalcov.", [("azaz", "rebels", "held")]),
    ("sk_taken", "Povstalci obsadili al-Bab.", [("al-bab", "rebels", "captured")]),
    # Bulgarian
    (
        "bg_held",
        "Джандарис, контролиран от бунтовниците, беше тежко засегнат от земетресението.",
        [("jinderes", "rebels", "held")],
    ),
    ("bg_held", "Алепо е под контрола на сирийската армия.", [("aleppo", "government", "held")]),
    ("bg_taken", "Бунтовниците превзеха Алепо.", [("aleppo", "rebels", "captured")]),
    ("bg_fell", "Алепо падна в ръцете на бунтовниците.", [("aleppo", "rebels", "captured")]),
    # Kurmanji
    ("ku_held", "Efrîn di kontrola çeteyên Tirkiyê de ye.", [("afrin", "rebels", "held")]),
    (
        "ku_held_joint",
        "Efrîn di kontrola hêzên artêşa Tirkiyê û komên çekdar ên opozisyona Sûriyê de ye.",
        [("afrin", "rebels", "held")],
    ),
    ("ku_held", "Minbic di bin kontrola HSD de ye.", [("manbij", "kurdish", "held")]),
    ("ku_fell", "Efrîn ket destê çeteyan.", [("afrin", "rebels", "captured")]),
    (
        "ku_held_affiliated",
        "Efrîn ji 2018an ve di bin kontrola Tirkiyê û komên çekdar ên girêdayî wê de ye.",
        [("afrin", "rebels", "held")],
    ),
    (
        "ku_held_hts",
        "Heleb di kontrola Desteya Tehrîr El-Şam de ye.",
        [("aleppo", "rebels", "held")],
    ),
    ("ku_held_hands", "Ezaz di destê çekdarên opozisyonê de ye.", [("azaz", "rebels", "held")]),
    (
        "fa_held_kurdish",
        "محله شیخ مقصود در کنترل نیروهای کردی است.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    # Hebrew
    ("he_held", "חלב נמצאת בשליטת הממשלה.", [("aleppo", "government", "held")]),
    ("he_held", "חלב נמצאת בשליטת המשטר.", [("aleppo", "government", "held")]),
    ("he_held", "חלב בשליטת האופוזיציה.", [("aleppo", "rebels", "held")]),
    ("he_held_fsa", "חלב בשליטת צבא סוריה החופשי.", [("aleppo", "rebels", "held")]),
    ("he_held", "חלב, הנשלטת על ידי המורדים, הופצצה שוב.", [("aleppo", "rebels", "held")]),
    ("he_taken", "המורדים כבשו את חלב.", [("aleppo", "rebels", "captured")]),
    # Ukrainian, Russian
    ("uk_held", "Алеппо під контролем урядових військ.", [("aleppo", "government", "held")]),
    ("uk_held_hts", "Алеппо під контролем ХТШ.", [("aleppo", "rebels", "held")]),
    ("uk_taken", "Опозиційні формування захопили Алеппо.", [("aleppo", "rebels", "captured")]),
    ("ru_held_hts", "Алеппо под контролем «Хайят Тахрир аш-Шам».", [("aleppo", "rebels", "held")]),
    (
        "ru_taken_hts",
        "Боевики Хайят Тахрир аш-Шам захватили Алеппо.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ru_held_fsa",
        "Азаз находится под контролем Свободной сирийской армии.",
        [("azaz", "rebels", "held")],
    ),
    ("ru_taken", "Армия Асада освободила Алеппо.", [("aleppo", "government", "captured")]),
    # Japanese
    (
        "ja_held_aanes",
        "北・東シリア自治局支配下のシャイフ・マクスード地区で建物が倒壊した。",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "ja_taken_hts",
        "ハイアト・タハリール・アル・シャームがアレッポを制圧した。",
        [("aleppo", "rebels", "captured")],
    ),
    ("ja_taken_nusra", "ヌスラ戦線がアレッポを制圧した。", [("aleppo", "rebels", "captured")]),
    # the factions' and the administration's names in the other languages
    ("nl_held_fsa", "Azaz is in handen van het Vrij Syrisch Leger.", [("azaz", "rebels", "held")]),
    ("nl_held", "Azaz is in handen van de oppositie.", [("azaz", "rebels", "held")]),
    (
        "pl_taken_success",
        "Protureckim bojownikom udało się już zająć miasto Tal Rifat.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "pl_held_sdf",
        "Manbidż jest kontrolowane przez Syryjskie Siły Demokratyczne.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "el_taken_hts",
        "Η Χαγιάτ Ταχρίρ αλ-Σαμ κατέλαβε το Χαλέπι.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "ar_held",
        "تقع مدينة إعزاز الخاضعة إلى سيطرة المعارضة المسلحة في ريف حلب.",
        [("azaz", "rebels", "held")],
    ),
    ("ar_held_aanes", "مدينة منبج تحت سيطرة الإدارة الذاتية.", [("manbij", "kurdish", "held")]),
    (
        "fr_held_aanes",
        "Cheikh Maqsoud, sous le contrôle de l'Administration autonome kurde, a été bombardé.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "fr_held_hts",
        "Azaz, tenue par Hayat Tahrir al-Cham, est proche de la frontière.",
        [("azaz", "rebels", "held")],
    ),
    (
        "fr_held_turkish_backed",
        "Al-Bab est contrôlée par des factions soutenues par la Turquie.",
        [("al-bab", "rebels", "held")],
    ),
    (
        "es_held_turkish_backed",
        "Afrin está en manos de facciones apoyadas por Turquía.",
        [("afrin", "rebels", "held")],
    ),
    (
        "de_held_aanes",
        "Manbidsch steht unter Kontrolle der kurdischen Selbstverwaltung.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "az_held_hts",
        "Azez Heyət Təhrir əş-Şam-ın nəzarətindədir.",
        [("azaz", "rebels", "held")],
    ),
    ("pt_recaptured", "Os rebeldes recapturaram Aleppo.", [("aleppo", "rebels", "captured")]),
]

STATES_NONE: list[tuple[str, str]] = [
    ("sv_fighting", "Rebellerna och regeringsstyrkorna stred i Azaz på söndagen."),
    ("sv_shelling", "Regeringsstyrkorna besköt Manbij under natten."),
    ("sv_hedge", "Rebellerna kan ha intagit Azaz, enligt obekräftade uppgifter."),
    ("sv_attempt", "Kurdiska styrkor försöker inta Manbij."),
    ("sv_compound_elsewhere", "Barn leker i staden Azaz nära den rebellkontrollerade gränsen."),
    ("da_attack", "Oprørerne angreb regeringsstyrkerne nær Azaz."),
    ("da_not", "Regimet har ikke generobret Aleppo."),
    ("no_fighting", "Opprørerne kjempet mot regjeringsstyrkene i Aleppo."),
    ("fi_fighting", "Kapinalliset ja hallituksen joukot taistelivat Azazissa."),
    ("fi_attempt", "Kapinalliset yrittävät vallata Aleppo."),
    ("cs_fighting", "Povstalci a vládní vojska bojují u Azazu."),
    ("cs_attempt", "Povstalci se snaží dobýt Aleppo."),
    ("bg_shelling", "Бунтовниците обстрелваха Алепо."),
    ("bg_attempt", "Бунтовниците се опитват да превземат Алепо."),
    ("ku_shelling", "Çeteyan gundên Efrînê bombebaran kirin."),
    ("ku_turkey_alone", "Efrîn di bin kontrola Tirkiyê de ye."),
    ("he_shelling", "המורדים הפגיזו את חלב."),
    ("uk_shelling", "Урядові війська обстрілюють Алеппо."),
    ("ru_ceasefire_regime", "В Алеппо действует режим прекращения огня."),
    ("ar_claim", "المتمردون قائلين إنهم حرروا حلب من قبضة النظام."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def _side_table(table: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """Every side's names of ``table`` as one pattern, a named group per side."""
    return re.compile(
        "|".join(f"(?P<{side}>{'|'.join(names)})" for side, names in table), re.IGNORECASE
    )


_WORLD = _side_table(lexicon.WORLD_SIDES)
_JA = re.compile(
    "|".join(f"(?P<{side}>{names})" for side, names in lexicon.WORLD_JA_SIDES), re.IGNORECASE
)

#: The side names added to the lists, one form a line, with the side each names.
NEW_NAMES: list[tuple[str, str]] = [
    # Swedish, Danish, Norwegian
    ("regeringsstyrkorna", "government"),
    ("syriska armén", "government"),
    ("regimen", "government"),
    ("Assadregimen", "government"),
    ("den syriske hær", "government"),
    ("regjeringsstyrkene", "government"),
    ("rebellerna", "rebels"),
    ("oppositionella", "rebels"),
    ("oppositionen", "rebels"),
    ("upprorsmännen", "rebels"),
    ("Fria syriska armén", "rebels"),
    ("oprørerne", "rebels"),
    ("opprørsgrupper", "rebels"),
    ("Turkiet-stödda rebeller", "rebels"),
    ("Islamiska staten", "islamic_state"),
    ("Islamisk Stat", "islamic_state"),
    ("Den islamske staten", "islamic_state"),
    ("kurdiska styrkorna", "kurdish"),
    ("kurderna", "kurdish"),
    ("Syriska demokratiska styrkorna", "kurdish"),
    # Finnish
    ("hallituksen joukot", "government"),
    ("Syyrian armeijan", "government"),
    ("kapinallisten", "rebels"),
    ("Vapaa Syyrian armeija", "rebels"),
    ("Islamilaisen valtion", "islamic_state"),
    ("Isisin", "islamic_state"),
    ("kurdijoukkojen", "kurdish"),
    # Czech, Slovak
    ("vládní vojska", "government"),
    ("sýrskej armády", "government"),
    ("povstalců", "rebels"),
    ("rebelové", "rebels"),
    ("opozice", "rebels"),
    ("Svobodná syrská armáda", "rebels"),
    ("Islámského státu", "islamic_state"),
    ("Islamský štát", "islamic_state"),
    ("Kurdové", "kurdish"),
    ("kurdské síly", "kurdish"),
    # Bulgarian
    ("правителствените сили", "government"),
    ("сирийската армия", "government"),
    ("режима на Асад", "government"),
    ("бунтовниците", "rebels"),
    ("опозицията", "rebels"),
    ("Свободната сирийска армия", "rebels"),
    ("Ислямска държава", "islamic_state"),
    ("кюрдите", "kurdish"),
    ("Сирийските демократични сили", "kurdish"),
    # Russian, Ukrainian
    ("урядові війська", "government"),
    ("проурядові сили", "government"),
    ("режиму Асада", "government"),
    ("армия Асада", "government"),
    ("опозиційних", "rebels"),
    ("бойовики", "rebels"),
    ("Вільна сирійська армія", "rebels"),
    ("Свободная сирийская армия", "rebels"),
    ("протурецкие группировки", "rebels"),
    ("Хайят Тахрир аш-Шам", "rebels"),
    ("ХТШ", "rebels"),
    ("Джебхат ан-Нусра", "rebels"),
    ("Сирійські демократичні сили", "kurdish"),
    ("бойовики ІД", "islamic_state"),
    # Kurmanji
    ("rejîma Esed", "government"),
    ("artêşa Sûriyê", "government"),
    ("çeteyên", "rebels"),
    ("komên çekdar ên opozisyona Sûriyê", "rebels"),
    ("Artêşa Niştimanî ya Sûriyê", "rebels"),
    ("DAIŞ", "islamic_state"),
    ("çeteyên DAIŞê", "islamic_state"),
    ("HSD", "kurdish"),
    ("Hêzên Sûriya Demokratîk", "kurdish"),
    ("Rêveberiya Xweser", "kurdish"),
    ("Desteya Tehrîr El-Şam", "rebels"),
    ("çekdarên opozisyonê", "rebels"),
    ("opprørskrigere", "rebels"),
    ("rebellkrigare", "rebels"),
    ("نیروهای کردی", "kurdish"),
    # Hebrew
    ("הממשלה", "government"),
    ("כוחות הממשלה", "government"),
    ("המשטר", "government"),
    ("האופוזיציה", "rebels"),
    ("צבא סוריה החופשי", "rebels"),
    ("היאת תחריר א-שאם", "rebels"),
    ("הכוחות הדמוקרטיים הסוריים", "kurdish"),
    # the others
    ("Wolna Armia Syryjska", "rebels"),
    ("protureckim bojownikom", "rebels"),
    ("Hajat Tahrir asz-Szam", "rebels"),
    ("Syryjskie Siły Demokratyczne", "kurdish"),
    ("Slobodna sirijska vojska", "rebels"),
    ("Sirijske demokratske snage", "kurdish"),
    ("Vrij Syrisch Leger", "rebels"),
    ("Syrisch Nationaal Leger", "rebels"),
    ("de oppositie", "rebels"),
    ("Assad-troepen", "government"),
    ("factions soutenues par la Turquie", "rebels"),
    ("HTC", "rebels"),
    ("l'Administration autonome kurde", "kurdish"),
    ("Haiat Tahrir al-Scham", "rebels"),
    ("Syrische Demokratische Kräfte", "kurdish"),
    ("kurdische Selbstverwaltung", "kurdish"),
    ("facciones apoyadas por Turquía", "rebels"),
    ("Forțele Democratice Siriene", "kurdish"),
    ("το καθεστώς", "government"),
    ("η αντιπολίτευση", "rebels"),
    ("Συριακές Δημοκρατικές Δυνάμεις", "kurdish"),
    ("Nusra Cephesi", "rebels"),
    ("hökumət qoşunları", "government"),
    ("İslam Dövləti", "islamic_state"),
    ("SDQ", "kurdish"),
    ("الميليشيات الموالية", "government"),
    ("المعارضون", "rebels"),
    ("المتمردون", "rebels"),
    ("الإدارة الذاتية", "kurdish"),
    ("असद शासन", "government"),
    ("Pasukan Demokratik Suriah", "kurdish"),
    ("pembangkang", "rebels"),
]

#: Japanese names, read by the Japanese table.
NEW_JA_NAMES: list[tuple[str, str]] = [
    ("ハイアト・タハリール・アル・シャーム", "rebels"),
    ("ヌスラ戦線", "rebels"),
    ("HTS", "rebels"),
    ("北・東シリア自治局", "kurdish"),
    ("クルド人民防衛隊", "kurdish"),
]


def _side(pattern: re.Pattern[str], form: str) -> str | None:
    """The side whose name ``form`` is, whole (``None``: no side's name)."""
    m = pattern.fullmatch(form)
    if m is None:
        return None
    return next(side for side, value in m.groupdict().items() if value is not None)


@pytest.mark.parametrize(("form", "side"), NEW_NAMES)
def test_new_side_names(form: str, side: str) -> None:
    assert _side(_WORLD, form) == side


@pytest.mark.parametrize(("form", "side"), NEW_JA_NAMES)
def test_new_japanese_side_names(form: str, side: str) -> None:
    assert _side(_JA, form) == side


@pytest.mark.parametrize(
    "form",
    [
        "Assadregimen",
        "regimen",
        "HTC",
    ],
)
def test_names_keep_case_and_other_states_out(form: str) -> None:
    # (a side's name is whole: "regimen" is the Swedish regime, and the French initials stay
    # upper case; another state's army or government is no side)
    assert _side(_WORLD, form) is not None
    assert _side(_WORLD, "turkiska armén") is None
    assert _side(_WORLD, "הממשלה הטורקית") is None
    assert _side(_WORLD, "режим прекращения огня") is None
    assert _side(_WORLD, "htc") is None


#: The holding and taking phrases added to the lists, each in a caption of its own: the
#: pre-check lets every one through.
NEW_PHRASES: list[str] = [
    "Azaz kontrolleras av rebellerna.",
    "Azaz har kontrollerats av rebellerna.",
    "Azaz är kontrollerad av rebellerna.",
    "Azaz hålls av rebellerna.",
    "Azaz, der kontrolleres af oprørerne.",
    "Azaz er kontrolleret af oprørerne.",
    "Azaz holdes af oprørerne.",
    "Azaz er kontrollert av opprørerne.",
    "Azaz är under kontroll av rebellerna.",
    "Azaz är under rebellernas kontroll.",
    "Azaz är i händerna på rebellerna.",
    "Azaz er i hænderne på oprørerne.",
    "Azaz er i hendene på opprørerne.",
    "Al-Bab, ett fäste för IS.",
    "Al-Bab, en højborg for IS.",
    "Al-Bab, en høyborg for IS.",
    "Rebellerna erövrade Azaz.",
    "Rebellerna intog Azaz.",
    "Regimen återtog Aleppo.",
    "Regimen återerövrade Aleppo.",
    "Rebellerna har intagit Azaz.",
    "Rebellerna tog kontrollen över Azaz.",
    "Azaz erövrades av rebellerna.",
    "Azaz intogs av rebellerna.",
    "Oprørerne erobrede Azaz.",
    "Regimet generobrede Aleppo.",
    "Oprørerne indtog Azaz.",
    "Opprørerne inntok Azaz.",
    "Regimet gjenerobret Aleppo.",
    "Azaz blev erobret af oprørerne.",
    "Azaz befriades av kurderna.",
    "Azaz föll i händerna på IS.",
    "Azaz faldt i hænderne på IS.",
    "Azaz falt i hendene på IS.",
    "Azaz on kapinallisten hallussa.",
    "Azaz on kapinallisten hallinnassa.",
    "Azaz on kurdien valvonnassa.",
    "Azaz on kapinallisten käsissä.",
    "Kapinalliset valtasivat Azaz.",
    "Kapinalliset valloittivat Azaz.",
    "Kurdit vapauttivat Azaz.",
    "Kapinalliset ottivat haltuunsa Azaz.",
    "Azaz je pod kontrolou povstalců.",
    "Azaz, ovládané povstalci.",
    "Azaz je v rukou povstalců.",
    "Azaz je v rukách povstalcov.",
    "Povstalci dobyli Azaz.",
    "Povstalci obsadili Azaz.",
    "Povstalci ovládli Azaz.",
    "Kurdové osvobodili Azaz.",
    "Povstalci získali kontrolu nad Azaz.",
    "Azaz, dobyté povstalci.",
    "Azaz padlo do rukou povstalců.",
    "Азаз, контролиран от бунтовниците.",
    "Азаз е под контрола на армията.",
    "Азаз е в ръцете на бунтовниците.",
    "Азаз, крепост на ИД.",
    "Бунтовниците превзеха Азаз.",
    "Бунтовниците завзеха Азаз.",
    "Армията освободи Азаз.",
    "Бунтовниците поеха контрола над Азаз.",
    "Азаз, превзет от бунтовниците.",
    "Азаз падна в ръцете на бунтовниците.",
    "Efrîn di kontrola çeteyan de ye.",
    "Efrîn di bin kontrola HSD de ye.",
    "Efrîn di destê rejîmê de ye.",
    "Efrîn di bin dagirkeriya çeteyan de ye.",
    "Efrîn ket destê çeteyan.",
    "חלב, הנשלטת על ידי המורדים.",
    "تقع مدينة إعزاز الخاضعة إلى سيطرة المعارضة.",
    "Bojownikom udało się zająć Azaz.",
    "Os rebeldes recapturaram Azaz.",
    "Οι αντάρτες απελευθέρωσαν το Χαλέπι.",
    "Azaz dikawal oleh tentera kerajaan.",
    "Den rebellkontrollerade staden Azaz.",
    "Den oprørskontrollerede by Azaz.",
    "Den opprørskontrollerte byen Azaz.",
    "Det regimkontrollerade Aleppo.",
    "Den regjeringskontrollerte byen Aleppo.",
    "Den kurdkontrollerade stadsdelen Sheikh Maqsoud.",
]


@pytest.mark.parametrize("caption", NEW_PHRASES)
def test_new_phrases_pass_the_pre_check(caption: str) -> None:
    assert lexicon.may_state_control(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "A boy sits under a tree in the old town of Aleppo.",
        "Residents walk past damaged buildings in Aleppo.",
        "Une femme marche dans la ville d'Alep.",
    ],
)
def test_plain_captions_stay_out_of_the_pre_check(caption: str) -> None:
    assert not lexicon.may_state_control(caption)
