"""Control statements in other languages than English: the clause grammar of the last block.

Each kind is written in several languages and wordings of agency captions (our own captions,
none copied): a place taken *from* a side (its taker named after it, or the one other side of
the sentence), a side driving another out, a siege with its besieger, the Turkish holding and
passive said after the place, Russian participles with their agent, Persian verbs at the
clause's end, German and Dutch participles before the place, holdings with a side's
adjective, and the clauses of Chinese (a side as the subject of its verb, a holding before the
place it describes, the place said first). The negatives are those the rules must keep silent
on: aims, attempts, threats and denials, bombardments, refugees, fighting near a place, a part
of it, a phrase said of another noun, a holding of the past.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "taken_from",
        "Un soldat syrien dans le quartier de Hanano, repris aux rebelles par l'armée mardi.",
        [("hanano", "government", "captured")],
    ),
    (
        "taken_from",
        "Des combattants des FDS à Manbij, ville reprise au groupe Etat islamique en août.",
        [("manbij", "kurdish", "lost")],
    ),
    (
        "taken_from",
        "Des rebelles syriens à Dabiq, qu'ils ont reprise dimanche à l'EI.",
        [("dabiq", "rebels", "lost")],
    ),
    (
        "taken_from",
        "Milicianos kurdos en Manbij, ciudad arrebatada al Estado Islámico el verano pasado.",
        [("manbij", "kurdish", "lost")],
    ),
    (
        "taken_from",
        "Soldados sirios en el barrio de Sheij Said, recuperado a los rebeldes por el ejército.",
        [("sheikh-saeed", "government", "captured")],
    ),
    (
        "taken_from",
        "Combatientes del Ejército Libre Sirio en Al Bab, que arrebataron al EI en febrero.",
        [("al-bab", "rebels", "lost")],
    ),
    (
        "taken_from",
        "Soldati nel quartiere di Hanano, strappato ai ribelli dalle forze governative.",
        [("hanano", "government", "captured")],
    ),
    (
        "taken_from",
        "Combattenti curdi a Manbij, strappata all'Isis ad agosto.",
        [("manbij", "kurdish", "lost")],
    ),
    (
        "taken_from",
        "Soldados no bairro de Hanano, retomado aos rebeldes pelo exército.",
        [("hanano", "government", "captured")],
    ),
    (
        "besieged",
        "Tall Rifaat, assiégée par les forces kurdes, le 15 février.",
        [("tall-rifaat", "unknown", "besieged")],
    ),
    (
        "besieged",
        "La ciudad de Nubl, sitiada por los rebeldes desde hace meses.",
        [("nubl", "government", "besieged")],
    ),
    ("besieged", "مدينة نبل المحاصرة من قبل فصائل المعارضة.", [("nubl", "government", "besieged")]),
    (
        "besieged",
        "Город Нубль, осажденный боевиками, получил гуманитарную помощь.",
        [("nubl", "government", "besieged")],
    ),
    (
        "tr_after",
        "Halep'in Şeyh Maksud mahallesi YPG'nin kontrolünde bulunuyor.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "tr_after",
        "Tel Rıfat, rejim güçleri tarafından ele geçirildi.",
        [("tall-rifaat", "government", "captured")],
    ),
    (
        "tr_after",
        "Cerablus, ÖSO tarafından DEAŞ'tan geri alındı.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "ru_participle",
        "Район Бустан аль-Каср, освобожденный сирийской армией.",
        [("bustan-al-qasr", "government", "captured")],
    ),
    (
        "ru_participle",
        "Город Эль-Баб, захваченный боевиками ИГ в 2014 году.",
        [("al-bab", "islamic_state", "captured")],
    ),
    (
        "ru_participle",
        "Город Манбидж, контролируемый курдами, живёт мирной жизнью.",
        [("manbij", "kurdish", "held")],
    ),
    ("fa", "ارتش سوریه کنترل محله هنانو را به دست گرفت.", [("hanano", "government", "captured")]),
    (
        "fa",
        "نیروهای ارتش سوریه شهر الباب را از داعش پس گرفتند.",
        [("al-bab", "government", "captured")],
    ),
    ("fa", "آزادسازی حلب توسط ارتش سوریه.", [("aleppo", "government", "captured")]),
    (
        "participle_before",
        "Burgers ontvluchten het door rebellen gecontroleerde oosten van Aleppo.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "participle_before",
        "Die Regierungstruppen haben die Kontrolle über ganz Aleppo übernommen.",
        [("aleppo", "government", "captured")],
    ),
    (
        "held_adjective",
        "Civis fogem do leste de Alepo, sob controle rebelde.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "held_adjective",
        "Um combatente no bairro de Sheikh Maqsoud, nas mãos das milícias curdas.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "held_adjective",
        "Milicianos en Tal Rifaat, bajo control kurdo.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    ("zh_clause", "叙利亚政府军收复阿勒颇东部哈纳努区。", [("hanano", "government", "captured")]),
    (
        "zh_clause",
        "政府军夺取了位于阿勒颇市东部的哈纳努区。",
        [("hanano", "government", "captured")],
    ),
    ("zh_clause", "叙政府军完全收复阿勒颇。", [("aleppo", "government", "captured")]),
    ("zh_clause", "土耳其支持的叙利亚自由军攻占巴卜镇。", [("al-bab", "rebels", "captured")]),
    (
        "zh_clause",
        "叙利亚政府军从反对派控制下解放了哈纳努区。",
        [("hanano", "government", "captured")],
    ),
    ("zh_clause", "叙利亚政府军首度失守阿勒颇。", [("aleppo", "unknown", "lost")]),
    ("zh_relative", "反对派武装控制的阿勒颇东部地区。", [("east-aleppo", "rebels", "held")]),
    ("zh_relative", "被政府军收复的哈纳努区。", [("hanano", "government", "captured")]),
    ("zh_place_first", "哈纳努区被叙利亚政府军攻占。", [("hanano", "government", "captured")]),
    ("zh_place_first", "阿勒颇完全掌控在政府手中。", [("aleppo", "government", "held")]),
    ("zh_place_first", "哈纳努区遭到反对势力掌控。", [("hanano", "rebels", "held")]),
    ("drive_out", "Les FDS ont chassé l'EI de Manbij.", [("manbij", "kurdish", "captured")]),
    (
        "drive_out",
        "Les rebelles ont été chassés du quartier de Hanano par l'armée syrienne.",
        [("hanano", "government", "captured")],
    ),
    (
        "drive_out",
        "Los kurdos expulsaron a los yihadistas del Estado Islámico de la ciudad de Manbij.",
        [("manbij", "kurdish", "captured")],
    ),
    ("drive_out", "I curdi hanno cacciato l'Isis da Manbij.", [("manbij", "kurdish", "captured")]),
    (
        "drive_out",
        "Die kurdischen Milizen vertrieben den IS aus Manbidsch.",
        [("manbij", "kurdish", "captured")],
    ),
    ("drive_out", "طرد الجيش السوري المسلحين من حي هنانو.", [("hanano", "government", "captured")]),
    (
        "tr_after",
        "Tel Rıfat, muhalif gruplarca ele geçirildi.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    ("tr_after", "Cerablus, DEAŞ'ın elinden alındı.", [("jarabulus", "unknown", "lost")]),
    (
        "tr_holder_in_object",
        "Muhalifler Halep'in kuzeyinde PYD'nin elinde bulunan Tel Rıfat'ı ele geçirdi.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    (
        "reported",
        "L'armée syrienne a annoncé avoir repris le quartier de Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "stronghold",
        "La ciudad de Al Bab, último bastión del EI en la provincia de Alepo.",
        [("al-bab", "islamic_state", "held")],
    ),
    (
        "ru_restored",
        "Правительственные силы восстановили контроль над кварталом Ханано.",
        [("hanano", "government", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("aim", "Les rebelles tentent de reprendre le quartier de Cheikh Saïd aux forces du régime."),
    ("aim", "Des réfugiés venus de Manbij, ville que l'EI menace de reprendre aux Kurdes."),
    ("aim", "Los rebeldes pretenden tomar el barrio de Hanano."),
    ("aim", "I ribelli cercano di strappare Manbij all'Isis."),
    ("aim", "Die Rebellen versuchen, Manbidsch vom IS zurückzuerobern."),
    ("aim", "ÖSO, El Bab'ı DEAŞ'tan geri almayı hedefliyor."),
    ("aim", "Сирийская армия готовится освободить район Ханано."),
    ("aim", "تحاول قوات النظام السيطرة على حي الشيخ سعيد."),
    ("aim", "叙利亚政府军试图收复阿勒颇东部哈纳努区。"),
    ("aim", "叙利亚政府军计划攻占阿勒颇东部。"),
    ("negated", "Los rebeldes no han recuperado el barrio de Sheij Said."),
    ("negated", "反对派否认政府军已收复哈纳努区。"),
    ("other_event", "Des civils fuient les bombardements sur le quartier de Hanano, à Alep."),
    ("other_event", "Refugiados huyen de Manbij tras los bombardeos del régimen."),
    ("other_event", "Rejim güçleri Halep'in doğusundaki Hanano mahallesini bombaladı."),
    ("other_event", "Беженцы из Манбиджа прибыли в лагерь."),
    ("other_event", "قصفت قوات النظام حي هنانو في شرق حلب."),
    ("other_event", "叙利亚政府军空袭阿勒颇东部。"),
    ("other_event", "数千名平民逃离阿勒颇东部。"),
    ("other_event", "叙利亚政府军在阿勒颇附近与反对派交火。"),
    ("part", "叙利亚政府军收复阿勒颇东部部分地区。"),
    ("other_noun", "Un combattant kurde à Manbij, à 30 km de la ville reprise au groupe EI."),
    ("past", "Civils évacués d'Alep-Est, sous contrôle rebelle jusqu'en décembre, selon l'ONU."),
    ("landmark", "政府军进攻反对派控制的哈纳努区附近。"),
    ("aim", "Les FDS tentent de chasser l'EI de Manbij."),
    ("other_event", "Des habitants chassés de Manbij par les combats."),
    ("other_event", "Des familles expulsées de Hanano par les bombardements, selon l'ONU."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_reads_the_clause_words_of_every_script() -> None:
    # the rules' own word lists make the pre-check's triggers
    assert lexicon.may_state_control("叙利亚政府军收复哈纳努区。")
    assert lexicon.may_state_control("Manbij, ville reprise au groupe EI.")
    assert lexicon.may_state_control("Город Нубль, осажденный боевиками.")
    assert not lexicon.may_state_control("数千名平民逃离阿勒颇东部。")
