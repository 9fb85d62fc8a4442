"""Control wordings of round 23: captures said as nouns with their side, the defenders of a
place, and side names still missing.

- a capture gerund whose subject is a side named right before it, after a cue of a past event
  ("residents *celebrated the army regaining control of* the town", "*following* government
  troops *recapturing* X"); not without the cue ("to prevent the army regaining ...", "fear the
  army retaking X"), nor with two sides as its subject;
- a capture noun of a city with its side named in the phrase ("*after the Syrian army's
  recapture of the city*", "*since the rebels' capture of the city of* X", "*the fall of* X *to
  the rebels*"): a city needs its side in the phrase, a past event by its cue; "the fall of X"
  with no side, or not done ("fear the fall of X to"), states nothing;
- a place's anaphor owning the noun ("after *the town's fall to* Turkish-backed rebels");
- the defenders of a place with their side hold it ("the *Kurdish defenders of* X", "X's
  *Kurdish defenders*", "YPG fighters *defending* X", "Kurds *who defend their town*, X", "die
  *kurdischen Verteidiger* X-s", "les *défenseurs kurdes de* X", "bislang *konnten* kurdische
  Volksverteidigungseinheiten X *halten*", "die Kurden, *die ihre Stadt* (X) *verteidigen*",
  "المقاتلون الأكراد *المدافعون عن* X", "*مدافعان کرد* X"); not the defenders with no side, an
  aim ("vowed *to defend*", "verteidigen *wollen*"), a past defence ("defended X for months"),
  a negation ("konnten X *nicht* halten");
- an attack named by its attacker ("fended off *an IS* assault on X"): the side that repels it
  holds X, as with "an army attack";
- a Russian or Ukrainian capture noun of "the city" after "after", its agent right after it
  ("*после освобождения города* сирийской армией", "*після звільнення міста* курдськими
  силами"): the city named before; not with no agent, nor a liberation awaited;
- the Turkish nominal passive with its agent and a cue of a past event ("X'in ÖSO *tarafından
  ele geçirilmesinin ardından*"); not an aim ("ele geçirilmesi *için*");
- side names: the Peshmerga (Kurdish; German "Peschmerga"), "al-Jabha al-Shamiya" (rebels), and
  the names of the other languages the brief listed, which were there already (Persian, Greek,
  Dutch, Russian, Turkish), checked here.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

import re

from aleppomap.control import lexicon as lx
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a capture gerund with its side as subject, after a past event's cue
    (
        "gerund_celebrated",
        "Crowds waved flags in Azaz as residents celebrated the rebels regaining control of "
        "the town.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "gerund_following",
        "Shops reopened in Hanano following government troops recapturing the district.",
        [("hanano", "government", "captured")],
    ),
    (
        "gerund_celebrated_place",
        "Kurdish residents celebrated the SDF taking full control of Manbij on Friday.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "gerund_city",
        "Fireworks lit the sky over Aleppo as families celebrated Syrian government forces "
        "regaining control of the city.",
        [("aleppo", "government", "captured")],
    ),
    # a capture noun of a city with its side named
    (
        "city_noun_anaphor",
        "Markets reopened in Aleppo after the Syrian army's recapture of the city.",
        [("aleppo", "government", "captured")],
    ),
    (
        "city_noun_city_of",
        "Since the rebels' capture of the city of Aleppo, thousands of families have fled west.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "city_noun_fall_to",
        "Residents celebrated the fall of Aleppo to the rebels with gunfire.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "city_noun_owner",
        "Since the Assad government's capture of Aleppo, the western countryside has been shelled.",
        [("aleppo", "government", "captured")],
    ),
    # a place's anaphor owning the capture noun
    (
        "anaphor_fall_to",
        "A boy walks past rubble in Jarabulus days after the town's fall to Turkish-backed rebels.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "anaphor_capture_by",
        "Traders reopen shops in Sukkari after the district's capture by government forces.",
        [("sukkari", "government", "captured")],
    ),
    # the defenders of a place, with their side
    (
        "defenders_of",
        "The Kurdish defenders of Kobani rest in a bombed house.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "defenders_after",
        "IS fired mortars at Kobani's Kurdish defenders overnight.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "defending_gerund",
        "YPG fighters defending Kobani rest in a school.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "who_defend_their_town",
        "Kurds who defend their town, Kobani, gather at a checkpoint.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "defend_against",
        "Rebel fighters defend Sukkari against an army assault.",
        [("sukkari", "rebels", "held")],
    ),
    (
        "de_defenders_von",
        "Die kurdischen Verteidiger von Kobane ruhen sich in einem Haus aus.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "de_defenders_genitive",
        "Die kurdischen Verteidiger Kobanes wehren einen neuen Angriff ab.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "de_able_to_keep",
        "Bislang konnten kurdische Volksverteidigungseinheiten Kobane halten.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "fr_defenders",
        "Les défenseurs kurdes de Kobané se reposent dans une maison.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "es_defenders",
        "Los defensores kurdos de Kobani descansan junto a una trinchera.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "it_defenders",
        "I difensori curdi di Kobane resistono all'assalto.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "pt_defenders",
        "Os defensores curdos de Kobani resistem ao ataque.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "ar_defenders",
        "يستريح المقاتلون الأكراد المدافعون عن عين العرب في مدرسة.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "ar_defenders_before",
        "قصف التنظيم مواقع المدافعين الأكراد عن كوباني ليلا.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "fa_defenders",
        "مدافعان کرد کوبانی در یک مدرسه استراحت می کنند.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "de_relative_town_named",
        "Am Hügel beobachten Männer die Gefechte der Kurden, die ihre Stadt Kobane verteidigen.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "de_relative_town_before",
        "Der IS beschießt Kobane seit Tagen. Die Kurden, die ihre Stadt verteidigen, warten "
        "auf Munition.",
        [("kobani", "kurdish", "held")],
    ),
    # an attack its side's name modifies, repelled by the side that holds the place
    (
        "repel_named_attack",
        "YPG fighters fended off an IS assault on Kobani overnight.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "repel_kurdish_attack",
        "IS fighters repelled a Kurdish attack on Manbij.",
        [("manbij", "islamic_state", "held")],
    ),
    # a Russian or Ukrainian capture noun of "the city" with its agent after it
    (
        "ru_after_city_noun",
        "Семьи возвращаются в Манбидж после освобождения города сирийской армией.",
        [("manbij", "government", "captured")],
    ),
    (
        "ru_after_city_noun_forces",
        "Торговцы открывают лавки в Алеппо после освобождения города силами сирийской армии.",
        [("aleppo", "government", "captured")],
    ),
    (
        "uk_after_city_noun",
        "Родини повертаються до Манбіджа після звільнення міста курдськими силами.",
        [("manbij", "kurdish", "captured")],
    ),
    # the Turkish nominal passive with its agent
    (
        "tr_noun_passive",
        "Cerablus'un ÖSO tarafından ele geçirilmesinin ardından halk evlerine dönmeye başladı.",
        [("jarabulus", "rebels", "captured")],
    ),
    (
        "tr_noun_passive_sonra",
        "Menbiç'in YPG tarafından alınmasından sonra binlerce kişi bölgeye döndü.",
        [("manbij", "kurdish", "captured")],
    ),
    # Turkish fell-into-hands and control-passed wordings with a genitive side (read before)
    (
        "tr_fell_into_hands",
        "Hanano mahallesi geçen hafta muhaliflerin eline geçti.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "tr_control_passed",
        "Sukkari mahallesi de Tevhid Tugayı'nın kontrolüne geçti.",
        [("sukkari", "rebels", "captured")],
    ),
    (
        "tr_participle_genitive_agent",
        "ÖSO'nun DEAŞ'ten kurtardığı Cerablus ilçesinde çarşı yeniden açıldı.",
        [("jarabulus", "rebels", "captured")],
    ),
    # side names
    (
        "peshmerga_en",
        "Peshmerga fighters defend Kobani against IS.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "peschmerga_de",
        "Die Peschmerga eroberten Manbidsch.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "jabha_shamiya",
        "Fighters of al-Jabha al-Shamiya captured Sukkari on Monday.",
        [("sukkari", "rebels", "captured")],
    ),
    (
        "fa_armed_opposition",
        "مخالفان مسلح منبج را تصرف کردند.",
        [("manbij", "rebels", "captured")],
    ),
    (
        "el_syrian_army",
        "Ο συριακός στρατός κατέλαβε τη Μανμπίτζ.",
        [("manbij", "government", "captured")],
    ),
    (
        "nl_regime",
        "Het regime heroverde Manbij.",
        [("manbij", "government", "captured")],
    ),
    (
        "uk_militants",
        "Бойовики захопили Манбідж.",
        [("manbij", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    ("gerund_no_cue", "Rebels vowed to prevent the army regaining control of the city of Manbij."),
    ("gerund_feared", "Residents fear the army retaking Manbij within days."),
    ("gerund_two_sides", "After the army and rebels regaining control of Manbij, people returned."),
    ("city_noun_not_done", "Rebels fear the fall of Aleppo to the army."),
    ("city_noun_no_side", "Residents celebrate the fall of Aleppo."),
    ("city_noun_before", "Before the army's capture of Aleppo, families fled to the west."),
    (
        "city_noun_denied",
        "After the reported fall of Aleppo to rebels, which the army denied, residents fled.",
    ),
    ("liberation_no_side", "Residents celebrate the liberation of their city, Manbij."),
    ("anaphor_fall_no_side", "A boy walks in Manbij after the town's fall."),
    ("defend_aim", "Kurdish fighters vowed to defend Kobani against IS."),
    ("defended_past", "Kurdish fighters defended Kobani for months."),
    ("defend_positions_near", "Kurdish fighters defend their positions near Kobani."),
    ("defenders_no_side", "The defenders of Kobani fire at IS positions."),
    ("defenders_after_no_side", "Kobani's defenders fire at IS positions."),
    ("defending_hedged", "Kurdish fighters may soon be defending Kobani."),
    ("de_not_kept", "Die Kurden konnten Kobane nicht halten."),
    (
        "de_not_protected",
        "Bisher konnten syrische Volksverteidigungseinheiten Kobane nicht schützen.",
    ),
    ("de_defenders_no_side", "Die Verteidiger Kobanes kämpfen gegen den IS."),
    ("de_support_defenders", "Die Peschmerga unterstützen die Verteidiger Kobanes."),
    (
        "de_relative_wanted",
        "Der IS kämpft gegen die Kurden, die ihre Stadt Kobane verteidigen wollen.",
    ),
    ("de_relative_no_side", "Die Menschen, die ihre Stadt Kobane verteidigen, hungern."),
    ("ar_defenders_no_side", "يستريح المدافعون عن كوباني في مدرسة."),
    ("fr_defenders_no_side", "Les défenseurs de Kobané résistent."),
    ("es_defenders_no_side", "Los defensores de Kobani resisten."),
    ("ru_city_noun_no_agent", "Родини повертаються до Манбіджа після звільнення міста."),
    ("ru_city_noun_awaited", "Жители Манбиджа ждут освобождения города сирийской армией."),
    ("repel_no_place", "Kurdish fighters repelled an IS attack overnight."),
    ("tr_noun_aim", "Menbiç'in ÖSO tarafından ele geçirilmesi için operasyon başladı."),
    ("tr_noun_expected", "Menbiç'in ÖSO tarafından ele geçirilmesi bekleniyor."),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_triggers_in_pre_check() -> None:
    """The rules' words are the pre-check's: every trigger of the round-23 rules is one of
    ``TRIGGERS``, in lower case (the pre-check searches the lower-cased caption)."""
    for trigger in lx.NOMINAL23_TRIGGERS:
        assert trigger in lx.TRIGGERS
        assert trigger == trigger.lower()


def test_defender_words_reach_pre_check() -> None:
    """A caption whose only control words are a defenders' phrase passes the pre-check."""
    for caption in (
        "The Kurdish defenders of Kobani rest.",
        "Les défenseurs kurdes de Kobané se reposent.",
        "Bislang konnten kurdische Einheiten Kobane halten.",
        "Cerablus'un ÖSO tarafından ele geçirilmesinin ardından",
    ):
        assert lx.may_state_control(caption), caption


def test_world_defender_patterns_compile() -> None:
    """Each side of the other languages' defenders is a side, each pattern a valid regex."""
    for side, pattern in lx.NOMINAL23_WORLD_DEFENDERS:
        assert side in lx.SIDES
        re.compile(pattern)
