"""Control wordings of round 2 of session 17: who holds a place besieged by IS, and a side
set off by its leader's name.

- a siege by IS of a place where the caption names one other side holding its ground there
  ("Kurdish fighters *hold positions* in X, besieged by IS", "YPG fighters *patrol* X",
  "soldiers *guard* the air base", "fighters *man a checkpoint* in the IS-besieged town of
  X"): that side holds the place (``lexicon.SIEGE_DEFENCE_WORDS``); with no such side named, or
  two, the holder stays unknown (no guess from the place alone);
- a side named after its leader's name ("not from *President Bashar al-*Assad's troops",
  "fighting with *al-*Assad's army") is the side fought or left, as "from the army" is: an
  agentless passive ("X had been liberated") takes no holder from it;
- a share of a city named by its definite article before it ("*la parte de* X controlada por
  los rebeldes", "*nella parte di* X", "*na parte de* X", "*dans la partie d'*X"): a part the
  side holds, as "la zona de X" is; not "una parte de X", "gran parte di X" (a share only);
- a side celebrating a capture noun is its taker, as in English ("los rebeldes *celebran* la
  toma de X", "*festeggiano* la presa di X", "*célèbrent* la prise d'X", "*feiern* die Einnahme
  von X"; ``lexicon.WORLD_NOUN_DECLARED``): not with no side before the verb, nor of another
  noun;
- the Portuguese capture noun "a tomada de X" reads as "a retomada de X" does (its agent after
  it, a side declaring or celebrating it); the participle ("X foi tomada pelos rebeldes") is
  read as before.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a siege by IS, one side holding its ground there
    (
        "is_siege_positions",
        "Kurdish fighters hold positions in Kobani, which is besieged by IS.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "is_siege_patrol",
        "YPG fighters patrol a street in Kobani, besieged by Islamic State militants.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "is_siege_guard",
        "Syrian soldiers guard the gate of Kuweires air base, besieged by IS since 2013.",
        [("kuweires-airbase", "government", "besieged")],
    ),
    (
        "is_siege_man",
        "Kurdish fighters man a checkpoint in the IS-besieged town of Kobani.",
        [("kobani", "kurdish", "besieged")],
    ),
    (
        "is_siege_stand_guard",
        "A Kurdish fighter stands guard on a roof in Kobani, besieged by Islamic State "
        "militants for weeks.",
        [("kobani", "kurdish", "besieged")],
    ),
    # no defender named, or two: the holder is not guessed
    (
        "is_siege_no_defender",
        "Smoke rises over the IS-besieged town of Kobani.",
        [("kobani", "unknown", "besieged")],
    ),
    (
        "is_siege_onlooker",
        "Turkish soldiers watch from the border as smoke rises over Kobani, besieged by IS.",
        [("kobani", "unknown", "besieged")],
    ),
    (
        "is_siege_two_defenders",
        "Rebels and Kurdish fighters patrol in Kobani, besieged by IS.",
        [("kobani", "unknown", "besieged")],
    ),
    # a side named by its leader's name after "by" is still the agent
    (
        "leader_agent",
        "Marea was retaken on Friday by al-Assad's army.",
        [("marea", "government", "captured")],
    ),
    # the share of a city named by its definite article
    (
        "the_share_of",
        "Un fotografo vive nella parte di Aleppo controllata dai ribelli.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "the_share_of",
        "Un niño camina en la parte de Alepo controlada por los rebeldes.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "the_share_of",
        "Uma criança caminha na parte de Aleppo controlada pelos rebeldes.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "the_share_of",
        "Un enfant marche dans la partie d'Alep contrôlée par les rebelles.",
        [("aleppo", "rebels", "held", "part")],
    ),
    # a side celebrating a capture
    (
        "celebrate_capture",
        "Ribelli siriani festeggiano la presa di Afrin in piazza.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "celebrate_capture",
        "Rebeldes sirios celebran la toma de Afrin en la plaza.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "celebrate_capture",
        "Les rebelles syriens célèbrent la prise d'Afrin sur la place.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "celebrate_capture",
        "Syrische Rebellen feiern die Einnahme von Afrin.",
        [("afrin", "rebels", "captured")],
    ),
    # the Portuguese capture noun "tomada"
    (
        "pt_tomada",
        "Rebeldes sírios comemoram a tomada de Afrin na praça.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "pt_tomada",
        "Após a tomada de Manbij pelas FDS, moradores voltaram.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "pt_tomada",
        "O exército anunciou a tomada de Alepo.",
        [("aleppo", "government", "captured")],
    ),
    (
        "pt_tomada_participle",
        "Afrin, tomada pelos rebeldes em março, está em ruínas.",
        [("afrin", "rebels", "captured")],
    ),
    # a photo "tomada" (taken) is no capture: the holding after it is still read
    (
        "photo_tomada",
        "La imagen de arriba, tomada poco después de un ataque contra la zona rebelde de Kallaseh.",
        [("kallaseh", "rebels", "held")],
    ),
    (
        "photo_tomada",
        "Una fotografía tomada el lunes en la zona rebelde de Kallaseh.",
        [("kallaseh", "rebels", "held")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # the side after "not from" or "with", named by its leader's name, took nothing
    (
        "leader_not_from",
        "Refugees learned that Marea had been freed, not from President Bashar al-Assad's "
        "forces but from jihadists.",
    ),
    (
        "leader_not_from",
        "Families cheered that their town of Azaz had been liberated, not from Bashar "
        "al-Assad's soldiers but from the militants who ruled it.",
    ),
    (
        "leader_fought",
        "Marea was retaken on Friday after heavy fighting with al-Assad's army.",
    ),
    # the besiegers holding positions around the place: no defender
    (
        "is_siege_besieger_positions",
        "IS fighters hold positions around Kobani, which they have besieged for weeks.",
    ),
    # a share only, or a share of no side
    ("a_share_of", "Una parte de Alepo está controlada por los rebeldes."),
    ("a_share_of", "Gran parte di Aleppo controllata dai ribelli è in rovina."),
    ("the_share_no_side", "Il fotografo vive nella parte di Aleppo vicina al fronte."),
    # a celebration by no side, or of no capture
    ("celebrate_no_side", "Residentes celebran la toma de Afrin en la plaza."),
    ("celebrate_no_capture", "Los rebeldes celebran el aniversario de la revolución en Alepo."),
    ("celebrate_no_capture", "I ribelli festeggiano il Nowruz ad Afrin."),
    # "tomada" with no side
    ("pt_tomada_no_side", "A cidade de Afrin foi tomada de assalto."),
    ("pt_tomada_no_side", "Moradores fazem compras após a tomada de Afrin."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)
