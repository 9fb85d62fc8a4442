"""Control statements in Turkish, the Romance languages, German, Dutch, Persian, Arabic and
Estonian: the wordings of the clause grammar's second round.

Each kind is written in several wordings of our own (none copied from a published caption): a
Turkish change of hands whose former holder is named before the place, the fall of a listed
set of places, the passives that name no agent (the operation of the sentence takes the place),
the Persian clearing of a place, an area with a side's adjective, an Estonian holding before
the place, a division, a holding put in the past by "war seit", a side that lost control of a
place, and the phrases the rules must not attach to the place before them (an exception, "in
the areas held by ...", another area of a city). The negatives are aims, expectations and
holdings of other nouns.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a change of hands after a holding named before the place: the later holder wins
    (
        "tr_handover",
        "Suriye'nin kuzeyinde DAEŞ kontrolündeki Cerablus ilçe merkezi ÖSO'nun kontrolüne geçti.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "tr_handover",
        "Halep'in kuzeyindeki DEAŞ elindeki Dabık köyü Suriye Milli Ordusu'nun eline geçti.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "tr_handover",
        "YPG kontrolündeki Tel Rıfat kasabası rejim güçlerinin kontrolüne geçti.",
        [("tall-rifaat", "government", "captured")],
    ),
    # (a change only expected: the holding before it stands)
    (
        "tr_handover",
        "DAEŞ kontrolündeki Cerablus ilçe merkezinin ÖSO'nun kontrolüne geçmesi bekleniyor.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # a list of places before the fall
    (
        "tr_list",
        "Halep'in Hanano, Şeyh Maksud, Bustan el Kasr gibi mahalleleri rejim güçlerinin "
        "kontrolüne geçti.",
        [
            ("bustan-al-qasr", "government", "captured"),
            ("hanano", "government", "captured"),
            ("sheikh-maqsoud", "government", "captured"),
        ],
    ),
    (
        "tr_list",
        "Çarşı merkezindeki Hanano ve Bustan el Kasr gibi bölgeler, Tevhid Tugayı'nın kontrolüne "
        "geçti.",
        [("bustan-al-qasr", "rebels", "captured"), ("hanano", "rebels", "captured")],
    ),
    (
        "tr_list",
        "Dabık, Ahtarin ve Akdaş köyleri ÖSO'nun kontrolüne geçti.",
        [("dabiq", "rebels", "captured"), ("akhtarin", "rebels", "captured")],
    ),
    # the place as the object after a possessive
    (
        "tr_object",
        "Tevhid Tugayı askerleri, Halep'in merkez Hanano mahallesini ele geçirdi.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "tr_object",
        "ÖSO askerleri, Halep'in merkezindeki Bustan el Kasr mahallesini ele geçirdi.",
        [("bustan-al-qasr", "rebels", "captured")],
    ),
    # passives without an agent: the operation (Turkey and the FSA: the rebels) takes the place
    (
        "tr_passive",
        "Zeytin Dalı Harekatı'nın 40'ıncı gününde Cinderes'te kontrol sağlandı.",
        [("jinderes", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "Zeytin Dalı Harekatı’nın 58’inci gününde Afrin’de kontrol sağlandı.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "TSK ve ÖSO güçlerince kontrolün sağlandığı Afrin şehir merkezinde bayrak asıldı.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "Fırat Kalkanı harekatı kapsamında ele geçirilen Dabık köyünde ÖSO bayrağı asıldı.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "Fırat Kalkanı harekatı kapsamında ele geçirilen Cerablus'a bağlı Dabık köyüne IŞİD "
        "bayrağı indirilerek ÖSO bayrağı asıldı.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "Fırat Kalkanı Harekatı'nda, Bab bölgesinin kontrol altına alınmasıyla ÖSO birlikleri "
        "ilçede dolaşıyor.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "El Bab'ın ele geçirilmesinin ardından ÖSO birlikleri mayınları temizliyor.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "tr_passive",
        "DEAŞ tarafından 2014'te ele geçirilen Dabık köyünde sivil kalmadı.",
        [("dabiq", "islamic_state", "captured")],
    ),
    # Persian: cleared of the terrorists, taken back from the rebels
    (
        "fa_cleared",
        "ارتش سوریه محله هنانو را از تروریست ها پاکسازی کرده است.",
        [("hanano", "government", "captured")],
    ),
    (
        "fa_cleared",
        "نیروهای ارتش سوریه روستای نبل را از وجود تروریست ها پاکسازی کردند.",
        [("nubl", "government", "captured")],
    ),
    (
        "fa_cleared",
        "محله هنانو توسط ارتش سوریه پاکسازی شد.",
        [("hanano", "government", "captured")],
    ),
    (
        "fa_taken_from",
        "در ادامه عملیات ارتش سوریه، محله هنانو از شورشیان پس گرفته شد.",
        [("hanano", "government", "lost")],
    ),
    (
        "fa_taken_from",
        "محله هنانو از شورشیان پس گرفته شده است.",
        [("hanano", "unknown", "lost")],
    ),
    # an area with a side's adjective
    (
        "area_adjective",
        "Niños juegan en la zona rebelde de Bustan al-Qasr, en Alepo.",
        [("bustan-al-qasr", "rebels", "held")],
    ),
    (
        "area_adjective",
        "Moradores deixam a área rebelde de Hanano, no leste de Aleppo.",
        [("hanano", "rebels", "held")],
    ),
    (
        "area_adjective",
        "Un homme marche dans la zone rebelle de Cheikh Saïd.",
        [("sheikh-saeed", "rebels", "held")],
    ),
    ("area_adjective", "Civili nella zona ribelle di Sukkari.", [("sukkari", "rebels", "held")]),
    (
        "area_adjective",
        "Un soldat dans le secteur loyaliste de Hamdaniyé.",
        [("hamdaniyeh", "government", "held")],
    ),
    # Estonian: the holder in the genitive before "kontrolli all olev..."
    (
        "et_held_before",
        "Tuhanded inimesed lahkuvad mässuliste kontrolli all olevast Aleppost.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "et_held_before",
        "Abikonvoi jõudis valitsusvägede kontrolli all olevasse Nubli linna.",
        [("nubl", "government", "held")],
    ),
    # a division, with the time it has lasted
    (
        "divided",
        "Aleppo, eens de grootste stad van Syrië, is sinds een offensief in 2012 opgedeeld in "
        "een door het regime gecontroleerd deel en een door rebellen gecontroleerd deel.",
        # (and each side's part: see test_control_parts23.py)
        [
            ("aleppo", "contested", "contested"),
            ("aleppo", "government", "held"),
            ("aleppo", "rebels", "held"),
        ],
    ),
    (
        "divided",
        "Aleppo is sinds 2012 verdeeld tussen het regime en de rebellen.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "divided",
        "Aleppo ist seit 2012 geteilt zwischen Regierungstruppen und Rebellen.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "divided",
        "Alep est depuis l'été 2012 divisée entre secteurs loyalistes et rebelles.",
        [("aleppo", "contested", "contested")],
    ),
    # a holding since a time said in the present is one now
    (
        "since_now",
        "Die Bewohner von Manbidsch feiern. Manbidsch ist seit 2016 unter der Kontrolle der SDF.",
        [("manbij", "kurdish", "held")],
    ),
    ("since_now", "Manbij est depuis 2016 aux mains des FDS.", [("manbij", "kurdish", "held")]),
    # the later holder wins over one put in the past
    (
        "handover_after_former",
        "La ville d'Alep, jusque-là contrôlée par le régime, est passée samedi sous le contrôle "
        "des rebelles.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "handover_after_former",
        "Le quartier de Hanano, jusque-là tenu par les rebelles, est passé sous le contrôle de "
        "l'armée.",
        [("hanano", "government", "captured")],
    ),
    # a side lost control of a place: the one other side named holds it, else unknown
    (
        "lost_control",
        "El ejército sirio perdió el control de Hanano tras una ofensiva de los rebeldes.",
        [("hanano", "rebels", "lost")],
    ),
    (
        "lost_control",
        "O regime de Assad perdeu completamente o controle de Aleppo, informou uma ONG.",
        [("aleppo", "unknown", "lost")],
    ),
    ("lost_control", "Le régime a perdu le contrôle d'Alep.", [("aleppo", "unknown", "lost")]),
    (
        "lost_control",
        "L'esercito ha perso il controllo di Hanano.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "lost_control",
        "Die Armee verlor die Kontrolle über Hanano.",
        [("hanano", "unknown", "lost")],
    ),
    (
        "lost_control",
        "Het leger verloor de controle over Hanano aan de rebellen.",
        [("hanano", "rebels", "lost")],
    ),
    (
        "lost_control",
        "O regime perdeu o controle de Aleppo. Segundo o OSDH, os rebeldes controlam a cidade de "
        "Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    # an exception ends the clause: the holding after it is of other places (the city's parts
    # the other side holds: a statement of extent part, see test_control_parts23.py)
    (
        "exception",
        "Os rebeldes controlam a cidade de Aleppo, com exceção dos bairros controlados pelas "
        "forças curdas.",
        [("aleppo", "rebels", "held"), ("aleppo", "kurdish", "held")],
    ),
    (
        "exception",
        "Le régime contrôle Alep, à l'exception des quartiers tenus par les Kurdes.",
        [("aleppo", "government", "held"), ("aleppo", "kurdish", "held")],
    ),
    ("in_areas", "حي هنانو الخاضع لسيطرة الحكومة.", [("hanano", "government", "held")]),
    # a verb's object that refers back to the place named before ("die Stadt", "a zona")
    (
        "object_anaphor",
        "Die Bewohner von Manbidsch feiern. Frauen tanzen. Die SDF hatten die Stadt am "
        "Wochenende zurückerobert.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "object_anaphor",
        "Edifícios destruídos perto da rotunda de Hanano, depois de as forças de Assad terem "
        "tomado a zona.",
        [("hanano", "government", "captured")],
    ),
    (
        "object_anaphor",
        "Civis em Hanano, depois de o exército ter tomado o bairro.",
        [("hanano", "government", "captured")],
    ),
    (
        "object_anaphor",
        "Des habitants de Manbij dans la rue. Les FDS ont repris la ville dimanche.",
        [("manbij", "kurdish", "captured")],
    ),
    # an infinitive after "dopo" / "après": the main clause's subject
    (
        "infinitive",
        "Un soldato delle forze governative brucia una bandiera a Hanano, dopo aver ripreso il "
        "controllo dell'area.",
        [("hanano", "government", "captured")],
    ),
    (
        "infinitive",
        "L'armée syrienne a célébré à Hanano, après avoir repris le quartier.",
        [("hanano", "government", "captured")],
    ),
    # the subject after its verb (German's verb in second place, Spanish inversion)
    (
        "verb_first",
        "Am Sonntag eroberten die Rebellen den Stadtteil Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "verb_first",
        "Inzwischen kontrolliert die Armee den Stadtteil Hanano.",
        [("hanano", "government", "held")],
    ),
    (
        "verb_first",
        "Seit Wochen kontrollieren kurdische Milizen das Viertel Scheich Maksud.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "verb_first",
        "Im August eroberten die SDF die Stadt Manbidsch zurück.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "verb_first",
        "Nach heftigen Kämpfen nahmen Regierungstruppen das Viertel Hanano ein.",
        [("hanano", "government", "captured")],
    ),
    (
        "verb_first",
        "Ayer tomaron los rebeldes el barrio de Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    # Turkish: a capture done before the main clause, the centre of a place as the object
    (
        "tr_before_main",
        "ÖSO, El Bab'ı ele geçirmesinin ardından ilçede devriye geziyor.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "tr_before_main",
        "TSK'nın desteklediği Özgür Suriye Ordusu (ÖSO), El Bab'ın merkezini ele geçirmesinin "
        "ardından ilçedeki mayınları temizliyor.",
        [("al-bab", "rebels", "captured")],
    ),
    ("tr_centre", "ÖSO, El Bab'ın merkezini ele geçirdi.", [("al-bab", "rebels", "captured")]),
    (
        "tr_centre",
        "Muhalifler, Cerablus'un kontrolünü ele geçirdi.",
        [("jarabulus", "rebels", "captured")],
    ),
    # German: a quarter with its city before the predicate
    (
        "de_quarter_of_city",
        "Das Viertel Bustan al-Qasr der Stadt Aleppo wird von den Rebellen kontrolliert.",
        [("bustan-al-qasr", "rebels", "held")],
    ),
    (
        "de_quarter_of_city",
        "Der Stadtteil Hanano in Aleppo wurde von der Armee zurückerobert.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_quarter_of_city",
        "Das Viertel Bustan al-Qasr in Aleppo ist von Regierungstruppen eingekesselt.",
        [("bustan-al-qasr", "rebels", "besieged")],
    ),
    # taken from unnamed fighters: IS or the rebels by the caption's other names
    (
        "unnamed_from",
        "Soldati dell'esercito governativo rimuovono una bandiera dello Stato islamico a Hanano, "
        "un'area appena sottratta agli islamisti.",
        [("hanano", "government", "lost")],
    ),
    (
        "unnamed_from",
        "Soldados del ejército sirio y una bandera del Estado Islámico en Hanano, arrebatada a "
        "los yihadistas.",
        [("hanano", "government", "lost")],
    ),
    (
        "unnamed_from",
        "Des soldats brûlent un drapeau de l'EI à Dabiq, reprise aux jihadistes par les rebelles.",
        [("dabiq", "rebels", "captured")],
    ),
    (
        "unnamed_from",
        "Des soldats brûlent un drapeau à Dabiq, reprise aux jihadistes par les rebelles.",
        [("dabiq", "rebels", "captured")],
    ),
    # a side's share of a city; a day between the participle and its agent; a siege by its
    # verb; a side defending a place; Turkey's army with its Syrian allies; the YPG's name
    ("es_share", "Niños en la parte rebelde de Alepo.", [("aleppo", "rebels", "held", "part")]),
    ("it_share", "Bambini nella metà ribelle di Aleppo.", [("aleppo", "rebels", "held", "part")]),
    (
        "es_when",
        "Alepo fue tomada el sábado por los rebeldes.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "it_when",
        "Hanano è stata ripresa ieri dalle forze governative.",
        [("hanano", "government", "captured")],
    ),
    ("es_siege_verb", "Los rebeldes asedian Nubl.", [("nubl", "government", "besieged")]),
    ("it_defend", "I curdi difendono Kobane.", [("kobani", "kurdish", "held")]),
    (
        "es_turkey_allies",
        "Las tropas turcas y sus aliados sirios tomaron Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "es_ypg",
        "Las Unidades de Protección Popular controlan Kobani.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "es_noun_anaphor",
        "Vecinos de Alepo tras la toma de la ciudad por los rebeldes.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "es_two_parts",
        "Una parte de Alepo está en manos del ejército y la otra de los rebeldes.",
        [("aleppo", "contested", "contested")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # aims and expectations
    ("et_part", "Abikonvoi jõudis valitsusvägede kontrolli all olevasse Aleppo lääneossa."),
    (
        "tr_aim",
        "Fırat Kalkanı Harekatı'nda El Bab'ın kontrol altına alınması için operasyon sürüyor.",
    ),
    ("tr_aim", "Zeytin Dalı Harekatı'nda Afrin'in ele geçirilmesi hedefleniyor."),
    ("tr_aim", "Cinderes'te kontrol sağlanamadı, Zeytin Dalı Harekatı sürüyor."),
    ("tr_no_side", "Halep'te yangın kontrol altına alındı."),
    ("fa_aim", "ارتش سوریه قصد دارد محله هنانو را پاکسازی کند."),
    ("fa_no_side", "مردم به محله هنانو که پاکسازی شده بازگشتند."),
    ("lost_aim", "O regime pode perder o controle de Aleppo."),
    ("lost_negated", "O regime não perdeu o controle de Aleppo."),
    # the holding is said of other areas
    ("in_areas", "نازحون من حي هنانو يقيمون الآن في المناطق الخاضعة لسيطرة الحكومة."),
    (
        "in_areas",
        "الفارون من القتال في شرقي حلب وصلوا إلى المناطق الخاضعة لسيطرة القوات الحكومية.",
    ),
    ("in_areas", "Des civils de Hanano réfugiés dans les quartiers tenus par le régime."),
    ("part", "منطقه دیگری از شرق شهر حلب از شورشیان پس گرفته شده است."),
    # a holding of the past
    (
        "past_since",
        "Die Bewohner von Manbidsch feiern. Manbidsch war seit Anfang 2014 unter der Kontrolle "
        "des IS.",
    ),
    ("past_since", "Manbij était depuis 2014 aux mains de l'EI."),
    ("past_since", "Manbidsch stand seit 2014 unter der Kontrolle des IS, bis zum Sommer."),
    # a division into parts of no side
    ("divided_other", "Aleppo is opgedeeld in wijken."),
    # an area's adjective with a capture before it: the holder before
    ("area_captured", "Les troupes ont repris la zone rebelle de Hanano."),
    ("area_past", "Bombardeo contra la antigua zona rebelde de Kallaseh."),
    ("verb_first_aim", "Am Sonntag versuchten die Rebellen, Hanano zu erobern."),
    ("verb_first_aim", "Seit Tagen versucht die Armee, das Viertel Hanano einzunehmen."),
    ("verb_first_negated", "Bisher eroberten die Rebellen den Stadtteil Hanano nicht."),
    ("tr_aim", "ÖSO'nun El Bab'ı ele geçirmesi için operasyon sürüyor."),
    (
        "tr_genitive",
        "ÖSO, El Bab'ın doğusundaki köylerde ilerliyor, Kabasin'in merkezi bombalandı.",
    ),
    ("de_negated", "Der Stadtteil Hanano in Aleppo wurde nicht von der Armee zurückerobert."),
    # a French negation with an elided "ne" ("n'ont pas repris")
    ("negated", "Les rebelles n'ont pas repris Manbij."),
    ("negated", "Les rebelles n'ont pas repris la ville de Manbij."),
    ("negated", "Des enfants à Manbij. Les rebelles n'ont pas repris la ville."),
    # an anaphor with two places it may name, or an aim
    ("object_anaphor_two", "Civils à Manbij et à Jarablus. Les FDS ont repris la ville."),
    ("object_anaphor_aim", "Die SDF wollen die Stadt zurückerobern. Manbidsch ist umkämpft."),
    (
        "object_anaphor_part",
        "Crianças em Hanano, depois de os rebeldes terem tomado parte da zona.",
    ),
    # the unnamed fighters of no known side, or two sides before an infinitive
    (
        "unnamed_from",
        "Soldati dell'esercito governativo a Hanano, un'area appena sottratta agli islamisti.",
    ),
    (
        "infinitive_two_sides",
        "Soldati governativi e miliziani dello Stato islamico a Hanano, dopo aver ripreso il "
        "controllo dell'area.",
    ),
    # a siege by IS names no holder; positions defended; a share taken
    ("es_none17", "Los yihadistas del EI asedian Kobani."),
    ("es_none17", "Los rebeldes defienden sus posiciones en Hanano."),
    ("it_none17", "Le forze turche hanno preso Afrin."),
    ("es_none17", "Vecinos de Alepo tras la toma de la ciudad de Mosul por los rebeldes."),
    ("es_none17", "Una parte de Alepo está destruida y la otra no."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_reads_the_new_words() -> None:
    assert lexicon.may_state_control("Afrin'de kontrol sağlandı.")
    assert lexicon.may_state_control("ele geçirilen Dabık köyü")
    assert lexicon.may_state_control("mässuliste kontrolli all olevast Aleppost")
    assert lexicon.may_state_control("X پاکسازی شد")
    assert lexicon.may_state_control("O regime perdeu o controle de Aleppo.")
