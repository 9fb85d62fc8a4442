"""Control statements, session 23: five kinds of wording the rules missed.

- side nouns: state media's "terrorist groups" and "armed groups" (the rebels, or the side named
  before them), and "the organisation" that refers back to IS named before it ("التنظيم",
  "l'organisation", "die Terrormiliz");
- a flag raised over a place: a capture by the flag's side ("raised the Syrian flag over X": the
  government before December 2024; "the Turkish flag was raised over X", "the flag of the Free
  Syrian Army": the rebels; "their black flag": IS; "the YPG flag": the Kurdish forces); not a
  flag seen, held, burned, or raised at a rally;
- "lost control of X" with no gainer, in Russian, Ukrainian, French, Spanish, German, Turkish and
  Arabic: lost, its holder unknown, the loser its ``from_controller``;
- a subject pronoun or a left-out subject after a sentence that opens with one side ("Ils ont
  repris X", "Sie eroberten X", "Tomaron X", "Hanno ripreso X", "X'i ele geçirdiler"); none
  after a sentence naming two sides, or opened by someone else;
- half of a city held or taken ("rebels hold half of Aleppo", "la moitié est d'Alep est tenue
  par les rebelles", "على نصف مدينة حلب"): extent ``part``, the whole city none.

Our own captions, none copied.
"""

from __future__ import annotations

import pytest

from aleppomap.control import control_table, lexicon
from aleppomap.gazetteer import Gazetteer
from control_cases import Extent, Statement, control_case_tests, events_of

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # 1. side nouns: state media's armed groups, "the organisation" after IS
    (
        "ar_groups",
        "قالت وكالة سانا إن المجموعات الإرهابية سيطرت على حي الراموسة بعد هجوم عنيف.",
        [("ramouseh", "rebels", "captured")],
    ),
    (
        "ar_groups",
        "استعادت الجماعات المسلحة السيطرة على بلدة خان طومان فجر اليوم.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "ar_groups",
        "سيطرت التنظيمات الإرهابية على حي الشيخ سعيد في حلب.",
        [("sheikh-saeed", "rebels", "captured")],
    ),
    (
        "ar_groups",
        "هاجم مسلحو داعش قرى الريف. ثم سيطرت المجموعات الإرهابية على مدينة منبج.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "ar_organisation",
        "هاجم مسلحو تنظيم الدولة الإسلامية مواقع الجيش. وسيطر التنظيم على مدينة منبج مساء الأحد.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "ar_organisation",
        "اقتحم مقاتلو داعش المنطقة فجرا، ثم سيطر التنظيم الإرهابي على قرية الخفسة.",
        [("khafsah", "islamic_state", "captured")],
    ),
    (
        "ar_organisation",
        "تقدم الجيش السوري وهاجم تنظيم داعش. وسيطر التنظيم على منبج.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "ar_organisation",
        "سيطر تنظيم داعش على قرية الخفسة ثم سيطر التنظيم على منبج.",
        [("khafsah", "islamic_state", "captured"), ("manbij", "islamic_state", "captured")],
    ),
    (
        "fr_organisation",
        "Des jihadistes du groupe Etat islamique ont lancé une offensive. L'organisation s'est "
        "emparée de la ville de Manbij.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "fr_organisation",
        "L'EI a attaqué les positions kurdes mardi. L'organisation jihadiste a pris le contrôle "
        "de Manbij.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "de_organisation",
        "Die Terrormiliz Islamischer Staat (IS) startete eine Offensive. Die Terrormiliz eroberte "
        "die Stadt Manbij.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "de_organisation",
        "Der IS griff am Morgen an. Die Terrormiliz hat Manbij eingenommen.",
        [("manbij", "islamic_state", "captured")],
    ),
    # 2. a flag raised over a place
    (
        "flag_en",
        "Syrian troops raised the national flag over Hanano after the fighting ended.",
        [("hanano", "government", "captured")],
    ),
    (
        "flag_en",
        "Government soldiers hoist the Syrian flag in the Sheikh Saeed district of Aleppo.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "flag_en",
        "The Turkish flag was raised over Jarabulus on Wednesday.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_en",
        "Turkish-backed rebels planted the flag of the Free Syrian Army in Dabiq.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "flag_en",
        "Fighters raised the revolution flag over Dabiq after a short battle.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "flag_en",
        "Islamic State fighters raised their black flag over Manbij.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "flag_en",
        "Kurdish YPG fighters hoisted the YPG flag over Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "flag_en",
        "SDF fighters hoisted their flag in Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "flag_ar",
        "رفع جنود الجيش السوري العلم الوطني فوق حي هنانو في حلب.",
        [("hanano", "government", "captured")],
    ),
    (
        "flag_ar",
        "رفع مقاتلو الجيش الحر علم الثورة في بلدة دابق.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "flag_ar",
        "رفع مقاتلو قسد رايتهم فوق مدينة منبج.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "flag_ar",
        "رُفع العلم التركي في مدينة جرابلس.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_tr",
        "Jarabulus'ta Türk bayrağı göndere çekildi.",
        [("jarabulus", "rebels", "captured")],
    ),
    ("flag_tr", "Jarabulus'ta Türk bayrağı dikildi.", [("jarabulus", "rebels", "captured")]),
    (
        "flag_tr",
        "ÖSO savaşçıları Dabık'ta Türk bayrağını dikti.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "flag_fr",
        "Des soldats syriens ont hissé le drapeau syrien sur le quartier de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "flag_fr",
        "Le drapeau turc a été hissé sur Jarabulus mercredi.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_es",
        "Soldados sirios izaron la bandera siria en Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "flag_de",
        "Syrische Soldaten hissten die syrische Flagge über Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "flag_ru",
        "Сирийские военные подняли сирийский флаг над Манбиджем.",
        [("manbij", "government", "captured")],
    ),
    (
        "flag_passive",
        "Die türkische Flagge wurde am Mittwoch über Jarabulus gehisst.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_passive",
        "La bandera turca fue izada en Jarabulus el miércoles.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_passive",
        "La bandiera turca è stata issata su Jarabulus.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_passive",
        "A bandeira turca foi içada em Jarabulus.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_passive",
        "Турецкий флаг был поднят над Джараблусом.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "flag_passive",
        "The flag of the Free Syrian Army was raised over Azaz after IS fighters retreated.",
        [("azaz", "rebels", "captured")],
    ),
    # 3. a control lost, no gainer named: lost, the holder unknown
    (
        "lost_ru",
        "Боевики ИГИЛ утратили контроль над городом Манбидж.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "lost_ru",
        "Боевики ИГИЛ утратили контроль над Манбиджем.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "lost_uk",
        "Бойовики ІДІЛ втратили контроль над містом Манбідж.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "lost_fr",
        "Les rebelles ont perdu le contrôle du quartier de Hanano.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "lost_es",
        "Los rebeldes perdieron el control del barrio de Hanano.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "lost_de",
        "Die Terrormiliz IS hat die Kontrolle über Manbij verloren.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "lost_fr",
        "Les jihadistes de l'EI ont définitivement perdu le contrôle de Manbij.",
        [("manbij", "unknown", "lost")],
    ),
    (
        "lost_speaker",
        "Боевики ИГИЛ утратили контроль над Манбиджем, сообщили курдские источники.",
        [("manbij", "unknown", "lost")],
    ),
    ("lost_tr", "IŞİD, Münbiç'in kontrolünü kaybetti.", [("manbij", "unknown", "lost")]),
    ("lost_tr", "ÖSO Hanano'nun kontrolünü kaybetti.", [("hanano", "unknown", "lost")]),
    ("lost_ar", "فقد تنظيم داعش السيطرة على مدينة منبج.", [("manbij", "unknown", "lost")]),
    ("lost_ar", "فقدت فصائل المعارضة السيطرة على حي هنانو.", [("hanano", "unknown", "lost")]),
    # 4. a pronoun or a left-out subject, the side that opens the sentence before
    (
        "pronoun_fr",
        "Les forces gouvernementales ont lancé l'assaut à l'aube. Elles ont repris le quartier "
        "de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "pronoun_fr",
        "Les rebelles ont lancé une contre-offensive. Ils ont repris Khan Tuman.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "pronoun_fr",
        "Les rebelles ont attaqué à l'aube. Puis ils ont repris Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "pronoun_de",
        "Die Rebellen starteten am Morgen einen Angriff. Sie eroberten Khan Tuman.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "pronoun_de",
        "Die Rebellen starteten am Morgen einen Angriff. Dann eroberten sie Khan Tuman.",
        [("khan-tuman", "rebels", "captured")],
    ),
    (
        "pronoun_de",
        "Die Rebellen starteten einen Angriff. Am Sonntag eroberten sie die Stadt Manbij.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "pronoun_ru",
        "Сирийская армия начала наступление. Затем они освободили Манбидж.",
        [("manbij", "government", "captured")],
    ),
    (
        "dropped_es",
        "Los rebeldes lanzaron una ofensiva el domingo. Tomaron el barrio de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "dropped_it",
        "I ribelli hanno lanciato un attacco all'alba. Hanno ripreso il quartiere di Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "dropped_pt",
        "Os rebeldes lançaram uma ofensiva. Retomaram o bairro de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "dropped_tr",
        "ÖSO sabah saatlerinde saldırı başlattı. Dabık'ı ele geçirdiler.",
        [("dabiq", "rebels", "captured")],
    ),
    # 5. half of a city: a part
    ("half_en", "Rebels hold half of Aleppo.", [("aleppo", "rebels", "held", "part")]),
    (
        "half_en",
        "Rebels now control about half of Manbij.",
        [("manbij", "rebels", "held", "part")],
    ),
    (
        "half_en",
        "Islamic State seized half of Manbij.",
        [("manbij", "islamic_state", "captured", "part")],
    ),
    (
        "half_en",
        "Smoke rises over the western half of Manbij, held by IS.",
        [("manbij", "islamic_state", "held", "part")],
    ),
    (
        "half_en",
        "Smoke rises over half of Aleppo, held by rebels.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_fr",
        "Les rebelles contrôlent la moitié d'Alep.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_fr",
        "La moitié est d'Alep est tenue par les rebelles.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_es",
        "Los rebeldes controlan la mitad de Alepo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_de",
        "Die Rebellen kontrollieren die Hälfte Aleppos.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_de",
        "Die Armee kontrolliert die Hälfte von Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
    (
        "half_ar",
        "يسيطر المعارضون على نصف مدينة حلب.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "half_ru",
        "Повстанцы контролируют половину Алеппо.",
        [("aleppo", "rebels", "held", "part")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # 1. "the organisation" with no IS named before it, or another organisation
    ("ar_organisation", "سيطر التنظيم على منبج."),
    ("fr_organisation", "L'organisation a pris le contrôle de Manbij."),
    ("de_organisation", "Die Terrormiliz eroberte Manbij."),
    (
        "fr_organisation",
        "Les combattants d'Al-Qaïda ont attaqué. L'organisation a pris le contrôle de Manbij.",
    ),
    # 2. a flag seen, held, burned, waved, or raised at a rally; a flag of another side than
    # the subject's; an attempt
    ("flag_none", "Supporters wave the Syrian flag at a rally in Manbij."),
    ("flag_none", "A Syrian flag is seen on a building in Hanano."),
    ("flag_none", "Protesters burn a Turkish flag in Manbij."),
    ("flag_none", "A man holds a Turkish flag in Jarabulus."),
    ("flag_none", "A boy raised a Syrian flag at a rally in Hanano."),
    ("flag_none", "Residents raised Syrian flags during a demonstration in Manbij."),
    ("flag_none", "Kurdish fighters raised the Syrian flag over Manbij."),
    ("flag_none", "Rebels tried to raise the revolution flag over Hanano."),
    ("flag_none", "Un homme brandit un drapeau syrien à Hanano."),
    ("flag_none", "Des manifestants brûlent un drapeau turc à Manbij."),
    ("flag_none", "Jarabulus'ta bir Türk bayrağı görülüyor."),
    ("flag_none", "يحمل رجل العلم السوري في حي هنانو."),
    ("flag_none", "رفع المتظاهرون العلم السوري في حي هنانو."),
    ("flag_none", "Die türkische Flagge wurde über Jarabulus gesehen."),
    # 3. a loss feared, denied or not yet
    ("lost_none", "Les rebelles risquent de perdre le contrôle de Hanano."),
    ("lost_none", "Los rebeldes no perdieron el control de Hanano."),
    ("lost_none", "Der IS hat die Kontrolle über Manbij nicht verloren."),
    ("lost_none", "Боевики ИГИЛ не утратили контроль над Манбиджем."),
    ("lost_none", "IŞİD Münbiç'in kontrolünü kaybetmek üzere."),
    ("lost_none", "لم يفقد تنظيم داعش السيطرة على مدينة منبج."),
    ("negated", "Los rebeldes no tomaron Hanano."),
    # 4. a pronoun or a left-out subject after two sides, after someone else, or first
    ("pronoun_none", "Les rebelles et l'armée se sont affrontés. Ils ont repris Hanano."),
    ("pronoun_none", "Los rebeldes y el ejército combatieron. Tomaron el barrio de Hanano."),
    ("pronoun_none", "Des habitants ont fui les rebelles. Ils ont repris Hanano."),
    ("pronoun_none", "Ils ont repris Hanano."),
    ("pronoun_none", "Tomaron el barrio de Hanano."),
    ("pronoun_none", "Die Armee griff die Rebellen an. Sie eroberten Khan Tuman."),
    ("pronoun_none", "I civili sono fuggiti. Hanno ripreso il quartiere di Hanano."),
    ("pronoun_none", "Сирийская армия и повстанцы вели бои. Они захватили Манбидж."),
    ("pronoun_none", "Die Armee griff die Rebellen an. Dann eroberten sie Khan Tuman."),
    ("pronoun_none", "Die Rebellen griffen an. Die Armee hielt sie in Khan Tuman auf."),
    # ... or whose object is not the place ("took photos in X", "took the road to X")
    (
        "pronoun_object",
        "Les soldats syriens sont arrivés. Ils ont pris des photos dans le quartier de Hanano.",
    ),
    ("pronoun_object", "Los rebeldes se retiraron el domingo. Tomaron la carretera hacia Hanano."),
    (
        "pronoun_object",
        "El ejército sirio se retiró del sector. Recuperan la calma en el barrio de Hanano.",
    ),
    ("pronoun_object", "Die Rebellen zogen sich zurück. Sie nahmen Zivilisten in Khan Tuman mit."),
    (
        "pronoun_object",
        "I ribelli si sono ritirati. Hanno preso il controllo della strada per Hanano.",
    ),
    # 5. half of a city's people, a half left or destroyed, a claim denied
    ("half_none", "Half of Aleppo's residents have fled."),
    ("half_none", "Rebels fled half of Manbij."),
    ("half_none", "Les habitants de la moitié d'Alep ont fui."),
    ("half_none", "Rebels say they hold half of Aleppo, but the army denied it."),
    ("half_none", "Die Hälfte Aleppos ist zerstört."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_a_half_gives_no_statement_on_the_whole_city(gazetteer: Gazetteer) -> None:
    table = control_table(events_of(gazetteer, "Smoke rises over half of Aleppo, held by rebels."))
    assert table["extent"].tolist() == ["part"]


@pytest.mark.parametrize(
    "caption",
    [
        "Бойовики ІДІЛ втратили контроль над Манбіджем.",
        # (a side named as a speaker takes nothing)
        "Боевики ИГИЛ утратили контроль над Манбиджем, сообщили курдские источники.",
        "فقد تنظيم داعش السيطرة على مدينة منبج.",
    ],
)
def test_a_loss_names_its_loser(gazetteer: Gazetteer, caption: str) -> None:
    table = control_table(events_of(gazetteer, caption))
    assert table[["controller", "action", "from_controller"]].values.tolist() == [
        ["unknown", "lost", "islamic_state"]
    ]


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the revolution flag is the national one after the Assad government: no side of it
        ("Fighters raised the revolution flag over Dabiq after a short battle.", []),
        ("Soldiers raised the Syrian flag over Manbij.", []),
        # the Turkish flag stays the Turkish-backed factions'
        ("The Turkish flag was raised over Jarabulus on Wednesday.", ["rebels"]),
    ],
)
def test_a_national_flag_after_december_2024_names_no_side(
    gazetteer: Gazetteer, caption: str, expected: list[str]
) -> None:
    table = control_table(events_of(gazetteer, caption, date="2025-01-15"))
    assert table["controller"].tolist() == expected


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers raised the Syrian flag over X.",
        "Le drapeau turc a été hissé sur X.",
        "رفع الجنود العلم السوري في حي X.",
        "X'ta Türk bayrağı dikildi.",
        "Rebels hold half of X.",
        "Die Rebellen kontrollieren die Hälfte von X.",
        "يسيطر المعارضون على نصف مدينة X.",
        "Повстанцы контролируют половину X.",
        "IŞİD X'in kontrolünü kaybetti.",
        "Боевики утратили контроль над X.",
        "Der IS hat die Kontrolle über X verloren.",
        "فقد التنظيم السيطرة على X.",
    ],
)
def test_the_pre_check_lets_each_kind_through(text: str) -> None:
    assert lexicon.may_state_control(text)


def test_every_lose_verb_and_flag_word_is_a_trigger() -> None:
    # (the pre-check's words of these rules are in the lists it is built from)
    assert set(lexicon.KINDS_MORE_TRIGGERS) <= set(lexicon.TRIGGERS)
    for word in ("kontrolünü kaybetti", "Kontrolle über", "утратили контроль", "السيطرة على"):
        assert lexicon.may_state_control(f"Smoke, {word} today."), word
