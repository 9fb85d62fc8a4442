"""Control statements in Turkish, session 23: the kinds the real captions of the h23 set missed,
each in wordings of our own.

- Turkish: a converb of how a side came to hold a place ("-arak", "-erek": "by spreading", "by
  advancing") between the side in the genitive and its holding relative ("YPG'nin Afrin'den
  *yayılarak* işgal ettiği X"): the side holds the place, as without the converb; not a
  converb before a verb of attack, a negated holding or an attempt.

Our own captions, none copied.
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    (
        "tr_converb_held",
        "YPG'nin üç yıl önce Afrin'den yayılarak işgal ettiği Tel Rıfat ilçesi görüntülendi.",
        [("tall-rifaat", "kurdish", "held")],
    ),
    (
        "tr_converb_held",
        "Rejim güçlerinin geçen kış kentin güneyinden ilerleyerek kontrol ettiği Hanano "
        "mahallesinde sessizlik var.",
        [("hanano", "government", "held")],
    ),
    (
        "tr_converb_held",
        "Terör örgütü PKK/YPG'nin 2016'da güneyden yayılarak işgal ettiği Münbiç ilçesinde ev "
        "yıkıldı.",
        [("manbij", "kurdish", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # an attempt to hold, not a holding
    (
        "tr_converb_attempt",
        "ÖSO, YPG'nin üç yıl önce Afrin'den yayılarak işgal etmeye çalıştığı Tel Rıfat ilçesini "
        "savundu.",
    ),
    # a converb before an attack: no holding
    (
        "tr_converb_attack",
        "Muhaliflerin üç gün boyunca doğudan ilerleyerek saldırdığı Hanano mahallesinde sessizlik "
        "var.",
    ),
    # a negated holding
    (
        "tr_converb_negated",
        "YPG'nin iki yıl önce Afrin'den yayılarak işgal etmediği Tel Rıfat ilçesi görüntülendi.",
    ),
]

test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
