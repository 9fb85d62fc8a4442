"""Control statements whose words are all known, in an order the rules did not read (round 22).

- a participle phrase before the place's noun, its agent inside it: Ukrainian, Polish,
  Bulgarian, Serbian, Croatian and Russian's dative ("у *підконтрольному повстанцям* місті X",
  "w *kontrolowanym przez rebeliantów* mieście X", "в *контролирания от армията* град X", "u
  *kontroliranom od strane pobunjenika* gradu X"), every case and gender; the Nordic compound
  participle ("den *rebellkontrollerade* staden X", "den *IS-kontrollerte* byen X"); before a
  part's noun, a part of the city; not after a word of the past or a hedge;
- "Y治下的X" (Chinese): a holding, as "Y控制下的X";
- the Arabic verb first, its object, then its subject ("*ويسيطر على* مدينة X بريف حلب *قوات
  المعارضة*"): one side only, after a place;
- an Arabic place's rank set off after it, the holding said of the rank's noun ("X، *وهي أكبر
  مدن* ريف حلب *الخاضعة إلى سيطرة* المعارضة"), and "الخاضعة إلى سيطرة" as "الخاضعة لسيطرة";
- a siege and a capture joined, sharing the agent ("X was *surrounded and captured by* rebels",
  "X wurde von Rebellen *umzingelt und eingenommen*", "l'armée a *encerclé puis repris* X", "i
  ribelli hanno *accerchiato e conquistato* X"): the capture, not a siege by the side;
- what a side managed to take, the side in the dative ("rebeliantom *udało się już zająć* X",
  "повстанцям *вдалося захопити* X"), a participle phrase between the verb and its object;
- a whole degree between the phrase's words ("von Rebellen *vollständig* kontrollierte", "fue
  tomada *totalmente* por", "doğusunu *tamamen* ele geçirdi"), not a hedging one ("*teilweise*",
  "*parcialmente*"), nor a capture only almost made ("the army *almost completely* retook X");
  a share of a Turkish or Azerbaijani city as the object ("Halep'in *büyük bölümünü*",
  "Hələbin *yarısına*"): a part;
- a place inside an apposition that locates the one before it ("Y, *localizada na província de*
  X, está ... dominado pela oposição"): the predicate is Y's;
- a Turkish participle before a place in a case, its agent by the suffix "-nca"
  ("Özgür Suriye *Ordusunca* IŞİD'den arındırılan X'ta"); an operation named only as the frame
  ("Fırat Kalkanı Harekatı *kapsamında* DEAŞ'tan temizlenen X") is no agent, as no agent at all.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Extent, Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]] | tuple[str, str, list[Extent]]] = [
    # the Slavic participle before the place's noun
    (
        "slavic_participle",
        "У підконтрольному повстанцям місті Манбідж пройшов мітинг.",
        [("manbij", "rebels", "held")],
    ),
    (
        "slavic_participle",
        "Діти граються у контрольованому ІДІЛ місті Манбідж.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "slavic_participle",
        "Мешканці повертаються до захопленого курдами міста Манбідж.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "slavic_participle",
        "В подконтрольном боевикам городе Манбидж прошёл митинг.",
        [("manbij", "rebels", "held")],
    ),
    (
        "slavic_participle",
        "Dzieci bawią się w kontrolowanym przez rebeliantów mieście Manbidż.",
        [("manbij", "rebels", "held")],
    ),
    (
        "slavic_participle",
        "Ruiny w opanowanym przez Państwo Islamskie mieście Manbidż.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "slavic_participle",
        "Kontrolowana przez Kurdów miejscowość Manbidż leży nad Eufratem.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "slavic_participle",
        "W zdobytym przez rebeliantów mieście Manbidż trwa odbudowa.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "slavic_participle",
        "В контролирания от армията град Манбидж има разрушения.",
        [("manbij", "government", "held")],
    ),
    (
        "slavic_participle",
        "Контролираният от ДАЕШ град Манбидж е разрушен.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "slavic_participle",
        "Djeca se igraju u kontroliranom od strane pobunjenika gradu Manbidž.",
        [("manbij", "rebels", "held")],
    ),
    (
        "slavic_participle_part",
        "Szkoła w kontrolowanej przez rebeliantów części Aleppo.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # the Nordic compound participle
    (
        "nordic_compound",
        "Barn leker i den rebellkontrollerade staden Manbij.",
        [("manbij", "rebels", "held")],
    ),
    (
        "nordic_compound",
        "En gata i den IS-kontrollerade staden Manbij.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "nordic_compound",
        "Ruiner i den kurdiskkontrollerte byen Manbij.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "nordic_compound",
        "Ruiner i den oprørskontrollerede by Manbij.",
        [("manbij", "rebels", "held")],
    ),
    (
        "nordic_compound_part",
        "Bussar i den regimkontrollerade delen av Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
    # Chinese: "rules over" before the place
    (
        "zh_rules_over",
        "“伊斯兰国”治下的曼比季，孩子们在玩耍。",
        [("manbij", "islamic_state", "held")],
    ),
    # Arabic: verb, object, subject
    (
        "ar_vos",
        "ويسيطر على مدينة منبج بريف حلب قوات المعارضة السورية، لكن المسؤولين يعملون.",
        [("manbij", "rebels", "held")],
    ),
    (
        "ar_vos",
        "وسيطرت على مدينة الباب قوات درع الفرات بعد معارك عنيفة.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "ar_vos",
        "ويسيطر على مدينة جرابلس تنظيم داعش منذ أشهر.",
        [("jarabulus", "islamic_state", "held")],
    ),
    # Arabic: a rank set off after the place, held
    (
        "ar_rank_held",
        "يقع المخيم في مدينة إعزاز الواقعة في ريف حلب الشمالي، وهي أكبر مدن ريف حلب الشمالي "
        "الخاضعة إلى سيطرة المعارضة المسلحة، من حيث عدد السكان.",
        [("azaz", "rebels", "held")],
    ),
    (
        "ar_rank_held",
        "زرنا مدينة الباب، وهي من أهم مدن الريف الشرقي الخاضعة لسيطرة الجيش الوطني السوري.",
        [("al-bab", "rebels", "held")],
    ),
    (
        "ar_relative_since",
        "زرنا مدينة منبج، التي أصبحت منذ عام 2016 خاضعة لسيطرة قوات سوريا الديمقراطية.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "ar_held_ila",
        "يلعب الأطفال في مدينة منبج الخاضعة إلى سيطرة المعارضة.",
        [("manbij", "rebels", "held")],
    ),
    # a siege and a capture sharing their agent
    (
        "siege_then_capture",
        "The town of Manbij was surrounded and captured by rebels last week.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "siege_then_capture",
        "Manbij was encircled and then taken by government forces on Sunday.",
        [("manbij", "government", "captured")],
    ),
    (
        "siege_then_capture",
        "Manbij, besieged and later stormed by IS fighters, lies in ruins.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "siege_then_capture",
        "Die Stadt Manbidsch wurde von Rebellen umzingelt und eingenommen.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "siege_then_capture",
        "Manbidsch wurde von der Armee eingekesselt und schließlich erobert.",
        [("manbij", "government", "captured")],
    ),
    (
        "siege_then_capture",
        "L'armée a encerclé puis repris Manbij.",
        [("manbij", "government", "captured")],
    ),
    (
        "siege_then_capture",
        "Les rebelles ont encerclé et pris la ville de Manbij.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "siege_then_capture",
        "I ribelli hanno accerchiato e conquistato la città di Manbij.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "siege_then_capture",
        "Manbij werd omsingeld en veroverd door door Turkije gesteunde rebellen.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "siege_then_capture",
        "Tel Rifaat werd omsingeld en veroverd door het door Turkije gesteunde Syrisch Nationaal "
        "Leger.",
        [("tall-rifaat", "rebels", "captured")],
    ),
    # a second participle that changes no hands, sharing the agent
    (
        "passive_also",
        "The town of Manbij was surrounded and shelled by rebels for weeks.",
        [("manbij", "government", "besieged")],
    ),
    (
        "passive_also",
        "Manbij, held and fortified by IS fighters, lies near the border.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "passive_also",
        "Manbij was captured and looted by IS fighters in 2014.",
        [("manbij", "islamic_state", "captured")],
    ),
    # the side's abbreviation between the side and the participle
    (
        "abbreviation_between",
        "Manbidsch wurde von der Syrischen Nationalarmee (SNA) erobert.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "abbreviation_between",
        "In der von der Freien Syrischen Armee (FSA) kontrollierten Stadt Manbidsch.",
        [("manbij", "rebels", "held")],
    ),
    # what a side managed to take, the side in the dative
    (
        "managed_dative",
        "Rebeliantom udało się już zająć położone na północ od Aleppo miasto Manbidż.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "managed_dative",
        "Kurdom udało się wreszcie odbić miasto Manbidż.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "managed_dative",
        "Повстанцям вдалося захопити місто Манбідж.",
        [("manbij", "rebels", "captured")],
    ),
    # a whole degree between the words of the phrase
    (
        "degree_between",
        "Kinder spielen in der von Rebellen vollständig kontrollierten Stadt Manbidsch.",
        [("manbij", "rebels", "held")],
    ),
    (
        "degree_between",
        "Kinderen spelen in de door rebellen volledig gecontroleerde stad Manbij.",
        [("manbij", "rebels", "held")],
    ),
    (
        "degree_between",
        "Manbij fue tomada totalmente por los rebeldes tras semanas de combates.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "degree_between",
        "Manbij a été reprise entièrement par l'armée dimanche.",
        [("manbij", "government", "captured")],
    ),
    (
        "degree_between",
        "Manbij è stata riconquistata completamente dall'esercito.",
        [("manbij", "government", "captured")],
    ),
    (
        "degree_between",
        "Rejim güçleri Halep'in doğusunu tamamen ele geçirdi.",
        [("aleppo", "government", "captured", "part")],
    ),
    (
        "degree_between",
        "反体制派が完全に制圧したマンビジで子供たちが遊ぶ。",
        [("manbij", "rebels", "captured")],
    ),
    (
        "degree_between",
        "쿠르드군이 완전히 장악한 만비즈에서 아이들이 놀고 있다.",
        [("manbij", "kurdish", "held")],
    ),
    (
        "time_between",
        "W kontrolowanym od 2016 roku przez rebeliantów mieście Manbidż trwa odbudowa.",
        [("manbij", "rebels", "held")],
    ),
    (
        "time_between",
        "У контрольованому з 2016 року повстанцями місті Манбідж.",
        [("manbij", "rebels", "held")],
    ),
    # an adjective before the place's noun
    (
        "adjective_before_noun",
        "Kinder spielen in der von Rebellen kontrollierten nordsyrischen Stadt Manbidsch.",
        [("manbij", "rebels", "held")],
    ),
    (
        "adjective_before_noun",
        "Kinderen spelen in de door rebellen gecontroleerde Syrische stad Manbij.",
        [("manbij", "rebels", "held")],
    ),
    (
        "adjective_before_noun",
        "Dzieci bawią się w kontrolowanym przez rebeliantów syryjskim mieście Manbidż.",
        [("manbij", "rebels", "held")],
    ),
    (
        "adjective_before_noun",
        "Barn leker i den rebellkontrollerade syriska staden Manbij.",
        [("manbij", "rebels", "held")],
    ),
    # a share of the city as the object: a part, never the whole
    (
        "tr_share_part",
        "Muhalifler Halep'in büyük bölümünü ele geçirdi.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    (
        "tr_share_part",
        "Üsyançı qüvvələr Hələbin yarısına nəzarəti ələ keçirib.",
        [("aleppo", "rebels", "captured", "part")],
    ),
    # a place that only locates the one before it: the predicate after it is that one's
    (
        "locating_apposition",
        "Tal Rifaat, localizada na província de Aleppo, está dentro de um território dominado "
        "pela oposição.",
        [("tall-rifaat", "rebels", "held")],
    ),
    (
        "locating_apposition",
        "A cidade de Azaz, situada na província de Aleppo, está dentro de um território "
        "dominado pela oposição.",
        [("azaz", "rebels", "held")],
    ),
    # Turkish: the agent's suffix before a participle and a place in a case
    (
        "tr_agent_suffix",
        "Özgür Suriye Ordusunca (ÖSO) IŞİD'den arındırılan Cerablus'ta okullar açıldı.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "tr_agent_suffix",
        "Fırat Kalkanı Harekatı kapsamında Özgür Suriye Ordusunca DEAŞ'tan temizlenen "
        "Cerablus'ta çarşı açıldı.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "tr_agent_suffix",
        "Suriye Milli Ordusunca YPG'den temizlenen Münbiç'e aileler dönüyor.",
        [("manbij", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # the participle's holding put in the past, hedged, or not before the place
    ("slavic_former", "W niegdyś kontrolowanym przez rebeliantów mieście Manbidż."),
    ("slavic_former", "В доскоро контролирания от армията град Манбидж."),
    ("slavic_hedged", "W rzekomo kontrolowanym przez rebeliantów mieście Manbidż."),
    ("slavic_hedged", "У нібито підконтрольному повстанцям місті Манбідж."),
    ("slavic_other_place", "W kontrolowanym przez rebeliantów mieście, niedaleko Manbidż."),
    ("slavic_freed_from", "Місто Манбідж, звільнене від бойовиків, відбудовується."),
    ("nordic_former", "Barn i den tidigare rebellkontrollerade staden Manbij."),
    ("nordic_hedged", "Barn i den nästan rebellkontrollerade staden Manbij."),
    ("nordic_not_before", "Den rebellkontrollerade staden ligger nära Manbij."),
    (
        "participle_other_noun",
        "Kinder in der von Rebellen kontrollierten Region nahe der Stadt Manbidsch.",
    ),
    # Arabic verb first: negated, aimed at, two sides, a part
    ("ar_vos_denied", "لا يسيطر على مدينة منبج قوات المعارضة."),
    ("ar_vos_aim", "تحاول السيطرة على مدينة منبج قوات المعارضة."),
    ("ar_vos_two", "ويسيطر على مدينة منبج قوات المعارضة وقوات سوريا الديمقراطية."),
    ("ar_vos_part", "ويسيطر على الجزء الشرقي من مدينة منبج قوات المعارضة."),
    # an Arabic rank whose holding is of another noun, denied or past
    (
        "ar_rank_other",
        "زرنا مدينة منبج، وهي أكبر مدن الريف، ثم توجهنا إلى المناطق الخاضعة لسيطرة المعارضة.",
    ),
    ("ar_rank_denied", "زرنا مدينة منبج، وهي أكبر مدن الريف التي لم تعد خاضعة لسيطرة المعارضة."),
    (
        "ar_relative_since_denied",
        "زرنا مدينة منبج، التي لم تعد منذ عام 2016 خاضعة لسيطرة قوات سوريا الديمقراطية.",
    ),
    ("ar_rank_past", "زرنا مدينة منبج، وهي أكبر مدن الريف الخاضعة سابقا لسيطرة المعارضة."),
    # a siege joined to no capture, or to one only almost done
    ("siege_then_other", "L'armée a encerclé puis bombardé Manbij."),
    ("siege_then_other", "I ribelli hanno accerchiato e bombardato la città di Manbij."),
    ("siege_then_denied", "L'armée n'a pas encerclé puis repris Manbij."),
    # what a side did not manage to take
    ("managed_denied", "Rebeliantom nie udało się zająć miasta Manbidż."),
    ("managed_denied", "Rebeliantom prawie udało się zająć miasto Manbidż."),
    ("managed_denied", "Повстанцям не вдалося захопити місто Манбідж."),
    # a degree that hedges, a capture only almost made, a passive denied
    (
        "degree_hedged",
        "Kinder spielen in der von Rebellen teilweise kontrollierten Stadt Manbidsch.",
    ),
    (
        "degree_hedged",
        "Kinderen spelen in de door rebellen grotendeels gecontroleerde stad Manbij.",
    ),
    ("degree_hedged", "Manbij fue tomada parcialmente por los rebeldes."),
    ("degree_denied", "Manbij no fue tomada totalmente por los rebeldes."),
    ("degree_denied", "Manbij no fue tomada por los rebeldes."),
    ("almost_taken", "The army almost completely retook Manbij."),
    ("passive_also_only", "Manbij was shelled and bombarded by rebels."),
    ("almost_taken", "反体制派がほぼ制圧したマンビジで子供たちが遊ぶ。"),
    ("almost_taken", "반군이 거의 장악한 만비즈에서 아이들이 놀고 있다."),
    ("almost_taken", "Rebels have nearly captured Manbij."),
    ("almost_taken", "Manbij was almost completely captured by rebels."),
    # a site inside a territory a side holds may hold out in it; the province only locates it
    (
        "locating_apposition_site",
        "O aeroporto militar de Mannagh, situado na província de Aleppo, está dentro de um "
        "território dominado pela oposição.",
    ),
    # a Turkish participle with no agent, the operation only its frame
    (
        "tr_frame_only",
        "Fırat Kalkanı Harekatı kapsamında DEAŞ'tan temizlenen Cerablus'ta okullar açıldı.",
    ),
    ("tr_frame_only", "Zeytin Dalı Harekatı'nda YPG'den temizlenen Cinderes'te çarşı açıldı."),
    ("tr_no_agent", "DEAŞ'tan temizlenen Cerablus'ta okullar açıldı."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
