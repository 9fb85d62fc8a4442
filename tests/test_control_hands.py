"""Changes of hands in the many ways captions say them: a degree inside the verb phrase ("taken
total control of"), a relative passive after an anaphor with both sides ("the town, which was freed
from IS by ..."), a passive retreat with its agent and the place named before it ("X ... after IS
fighters were pushed out by ..."), a drive gerund whose "it" is the side struck ("attacked the SDF,
forcing it out of X"), "its takeover by" after the place, a count with its places in brackets, a
withdrawal said as a noun ("announced the withdrawal of its fighters from X"), "expelled the
terrorists" after the place, a side named inside a modifier of the subject ("rebels fighting the
government"), a relative clause set off before the verb, "the area" after a town's countryside, and
the capture verbs of French, Spanish, German, Dutch and Turkish captions.

Every caption here is written for this module in the manner of agency captions and wire copy
(none is copied from a published one). Each kind is tested both ways.
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # a degree inside the verb phrase ("taken total control of")
    (
        "degree_inside_verb",
        "Government troops have taken total control of the town of Khanasir after a three-day "
        "battle.",
        [("khanasir", "government", "captured")],
    ),
    # a quoted degree ("established 'full military control' of")
    (
        "quoted_degree",
        "The army said it had established 'full military control' of Maskanah on Saturday.",
        [("maskanah", "government", "captured")],
    ),
    # an anaphor's relative passive with both sides: the agent, not the side it was freed from
    (
        "anaphor_passive_both_sides",
        "Shops reopen in Jarabulus as families return to the town, which was freed from IS by "
        "Turkish troops and the FSA in August.",
        [("jarabulus", "rebels", "captured")],
    ),
    # a passive retreat with its agent: the place named before it in the sentence
    (
        "pushed_out_by_agent",
        "Children play in a street of Manbij, weeks after IS fighters were pushed out by a "
        "US-backed SDF offensive.",
        [("manbij", "kurdish", "captured")],
    ),
    # a drive gerund after a comma whose "it" is the side struck before it
    (
        "forcing_it_out",
        "Turkish-backed factions attacked the SDF on Sunday, forcing it out of Tal Rifaat and "
        "Shahba.",
        [("shahba", "rebels", "captured"), ("tall-rifaat", "rebels", "captured")],
    ),
    # "its takeover by": "its" is the place just named
    (
        "its_takeover_by",
        "A market reopens in Salaheddine, days after its takeover by HTS-led factions.",
        [("salah-ad-din", "rebels", "captured")],
    ),
    # a long apposition after the subject and a count with its places in brackets
    (
        "apposition_and_bracketed_count",
        "Syrian army troops, led by a Tiger Forces commander, seized two neighbourhoods (Hanano "
        "and Jabal Badro) on Saturday.",
        [("hanano", "government", "captured"), ("jabal-badro", "government", "captured")],
    ),
    # a withdrawal said as a noun: the SDF's loss; the side only fought is not said to take the
    # places over (the convention of withdrawals): unknown
    (
        "withdrawal_noun_fought_side",
        "The SDF announced the withdrawal of its fighters from Dayr Hafir and Maskanah after days "
        "of clashes with government forces.",
        [("dayr-hafir", "unknown", "lost"), ("maskanah", "unknown", "lost")],
    ),
    (
        "withdrawal_noun_other_side",
        "The SDF announced the withdrawal of its fighters from Dayr Hafir and Maskanah as "
        "government forces advanced from the west.",
        [("dayr-hafir", "government", "lost"), ("maskanah", "government", "lost")],
    ),
    # a withdrawal said as a noun with no other side: unknown
    (
        "withdrawal_noun_no_side",
        "The SDF announced the withdrawal of its fighters from Dayr Hafir on Friday.",
        [("dayr-hafir", "unknown", "lost")],
    ),
    # "expelled the terrorists" with the place named before it in the sentence
    (
        "expelled_place_before",
        "Residents of Sheikh Saeed return to their homes after army units and allied forces "
        "expelled the terrorists.",
        [("sheikh-saeed", "government", "captured")],
    ),
    # a side named inside a modifier of the subject ("fighting the government") is not the taker
    (
        "opponent_in_subject",
        "Rebels fighting the Syrian government captured the town of Khan Tuman on Friday.",
        [("khan-tuman", "rebels", "captured")],
    ),
    # the side opposed named after a leader's name
    (
        "opponent_with_leader_name",
        "Rebels opposed to the Assad government overran the town of Khan Tuman.",
        [("khan-tuman", "rebels", "captured")],
    ),
    # a relative clause set off before the verb describes the subject
    (
        "relative_set_off",
        "Army troops under a new commander, who was once a member of the Islamic State, seized "
        "Hanano on Sunday.",
        [("hanano", "government", "captured")],
    ),
    # French "ont repris le contrôle des quartiers de X et de Y"
    (
        "french_repris_controle",
        "Les forces gouvernementales ont repris le contrôle des quartiers de Hanano et de Jabal "
        "Badro.",
        [("hanano", "government", "captured"), ("jabal-badro", "government", "captured")],
    ),
    # French "ont conquis la ville de X"
    (
        "french_conquis",
        "Les rebelles ont conquis la ville de Khan Tuman vendredi.",
        [("khan-tuman", "rebels", "captured")],
    ),
    # Spanish "ha tomado el control de"
    (
        "spanish_tomado",
        "El ejército sirio ha tomado el control de la localidad de Khanasir.",
        [("khanasir", "government", "captured")],
    ),
    # German "hat die Stadt X erobert"
    (
        "german_erobert",
        "Die syrische Armee hat die Stadt Khanasir erobert.",
        [("khanasir", "government", "captured")],
    ),
    # Dutch "heeft de stad X veroverd"
    (
        "dutch_veroverd",
        "Het Syrische leger heeft de stad Khanasir veroverd.",
        [("khanasir", "government", "captured")],
    ),
    # Turkish passive with its agent ("tarafından ele geçirildi")
    (
        "turkish_passive_agent",
        "Dabık köyü muhalifler tarafından ele geçirildi.",
        [("dabiq", "rebels", "captured")],
    ),
    # French retreat: the side left, to no side known
    (
        "french_retreat",
        "Les rebelles se sont retirés du quartier de Hanano dimanche.",
        [("hanano", "unknown", "lost")],
    ),
    # a French bearing inside the place's own apposition ("le quartier ouest de X")
    (
        "french_bearing_apposition",
        "L'armée a reconquis le quartier ouest de Dahiyet al-Assad.",
        [("dahiyat-al-assad", "government", "captured")],
    ),
    # a French capture noun after its cue, the main clause's subject after the comma
    (
        "french_nominal_main_subject",
        "Avec la prise de ce quartier de Tariq al-Bab, le gouvernement contrôle désormais la "
        "moitié du secteur rebelle.",
        [("tariq-al-bab", "government", "captured")],
    ),
    # a French capture noun with its agent after "par"
    (
        "french_nominal_agent",
        "Après la reprise du quartier de Sakhour par l'armée, les civils ont fui.",
        [("sakhour", "government", "captured")],
    ),
    # an enumeration goes on after a bearing to a place that is no member of it
    (
        "list_after_bearing",
        "Rebels captured the towns of Safira and Khanasir southeast of Aleppo, as well as the "
        "Kuweires air base.",
        [
            ("khanasir", "rebels", "captured"),
            ("kuweires-airbase", "rebels", "captured"),
            ("safira", "rebels", "captured"),
        ],
    ),
    # a place after a bearing and another verb is no member
    (
        "bearing_then_other_verb",
        "Rebels captured Safira southeast of Aleppo and shelled Hanano.",
        [("safira", "rebels", "captured")],
    ),
    # a count in quotes, its places named after "including" further on
    (
        "quoted_count_including",
        'The army said it had taken control of "dozens of villages and towns" east of Aleppo '
        "since Saturday, including the towns of Dayr Hafir and Maskanah.",
        [("dayr-hafir", "government", "captured"), ("maskanah", "government", "captured")],
    ),
    # the army by another of its French names
    (
        "french_forces_militaires",
        "Les forces militaires ont repris le quartier de Hanano après des combats.",
        [("hanano", "government", "captured")],
    ),
    # a side's name after a place noun is the place's modifier, not a second actor
    (
        "french_side_as_place_modifier",
        "Les forces de l'armée ont pilonné les derniers quartiers rebelles et ont fini par "
        "reprendre le quartier de Sakhour.",
        [("sakhour", "government", "captured")],
    ),
    # a city as the French verb's own object
    (
        "french_city_object",
        "L'armée syrienne a repris Alep.",
        [("aleppo", "government", "captured")],
    ),
    # each place with its own countryside
    (
        "two_countrysides",
        "The army took control of Khanasir in Aleppo countryside and Douma in Damascus "
        "countryside.",
        [("khanasir", "government", "captured")],
    ),
    # a retreat with a day before "from"
    (
        "retreat_day_before_from",
        "The last YPG fighters pulled out on Sunday from Manbij, local officials said.",
        [("manbij", "unknown", "lost")],
    ),
    # a foreign army "and allied Syrian militias"
    (
        "foreign_army_allied_militias",
        "The Turkish army and allied Syrian militias had taken complete control of Jarabulus, "
        "Ankara said.",
        [("jarabulus", "rebels", "captured")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # a Turkish place in the locative is where, not what, the side took
    ("turkish_locative", "Muhalifler Çobanbey ilçesinde iki köyü ele geçirdi."),
    # a capture only claimed, in German
    (
        "german_claim",
        "Regierungstruppen behaupten, das Viertel Salahaddin zurückerobert zu haben.",
    ),
    # a part of a place taken, in Dutch
    ("dutch_part_only", "Het regime heeft bijna een derde van Masakin Hanano ingenomen."),
    # a city named in a later phrase of the clause, not the verb's object
    (
        "french_city_in_later_phrase",
        "Les forces du régime ont repris le contrôle des cités de Banesse et de Rasm al-Sahridj, "
        "situées dans la banlieue sud d'Alep.",
    ),
    # a French capture noun that is only planned (no cue of a done event)
    ("french_nominal_planned", "Le régime prépare la prise de Sakhour, selon des sources."),
    # positions near a district, in French, with the district's own place word
    (
        "french_near_district",
        "Les forces armées ont repris toutes les bases situées près du quartier de Ramouseh.",
    ),
    # a city is never left whole
    ("french_retreat_city", "Les rebelles se sont retirés d'Alep."),
    # ("the area" after the countryside of a town is a part of the town: its statements are in
    # test_control_takers_parts.py)
    # (the side opposed is not the taker; "militants opposing the government" are the rebels:
    # see test_control_takers_parts.py)
    # "almost complete control" is no capture
    (
        "almost_complete",
        "Turkish-backed rebels have taken almost complete control of al-Bab.",
    ),
    # a hedged withdrawal
    ("hedged_withdrawal", "The SDF may announce the withdrawal of its fighters from Dayr Hafir."),
    # a passive retreat with no place named before it
    (
        "pushed_out_no_place",
        "IS fighters were pushed out by a US-backed SDF offensive.",
    ),
    # two places before "expelled the terrorists": no one place meant
    (
        "expelled_two_places",
        "Residents of Hanano and Sheikh Saeed fled after the army expelled the terrorists.",
    ),
    # "its takeover" with no agent
    ("its_takeover_no_agent", "Shops in Salaheddine closed after its takeover."),
    # "forcing it out" with no side struck before it
    (
        "forcing_it_no_struck",
        "The SNA advanced on Sunday, forcing it out of Tal Rifaat.",
    ),
    # a place near the positions taken is not taken
    (
        "french_near",
        "L'armée a repris aux rebelles les positions près de Khan Tuman.",
    ),
    # a bare Turkish "aldı" (took) is no capture without the side it was taken from
    ("turkish_bare_aldi", "Ordu Hanasir'de yeni mevziler aldı."),
    # a relative passive with no agent
    (
        "anaphor_passive_no_agent",
        "Residents of Jarabulus returned to the town, which was freed from IS last year.",
    ),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_wordings_through() -> None:
    for words in (
        "announced the withdrawal of its fighters from",
        "attacked the SDF, forcing it out of",
        "ont conquis la ville de",
        "hat die Stadt erobert",
        "heeft de stad veroverd",
        "tarafından ele geçirildi",
        "se sont retirés du",
    ):
        assert lexicon.may_state_control(f"Rebels {words} Hanano"), words
