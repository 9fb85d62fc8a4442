"""Control clauses in German, read by the world rules from the world tables
(``lexicon.WORLD_SIDES``,
``WORLD_HELD_AFTER``, ``WORLD_TAKE_VERBS``, ``WORLD_TAKEN_FROM``, ``WORLD_DRIVE_OUT``): holdings
after and before the place ("unter Kontrolle der Kurden", "in der Hand der von der Türkei
unterstützten Rebellen", "die vom IS kontrollierte Stadt X"), a side's compound before it
("die IS-Hochburg X", "die Rebellenhochburg Aleppo": a part of a city), captures by the sides'
many names ("Regimetruppen", "Assads Truppen", "die Kurdenmiliz YPG"), a place freed from a side
("befreit vom IS durch die SDF"), a side driven out ("haben den IS aus X vertrieben"), a siege and
a fight for the place. A foreign army alone, a report ("sollen"), a wish, an aim, fighting in a
place and a passive drive-out state nothing.

Every caption here is written for this module in the manner of agency captions (none is copied
from a published one).
"""

from __future__ import annotations

from aleppomap.control import lexicon
from control_cases import Statement, control_case_tests

STATES: list[tuple[str, str, list[Statement]]] = [
    # more wordings: holdings, captures, a capture noun with its agent
    ("de_more", "Aleppo ist wieder in der Hand der Regierung.", [("aleppo", "government", "held")]),
    (
        "de_more",
        "Ganz Aleppo ist nun unter Kontrolle der syrischen Armee.",
        [("aleppo", "government", "held")],
    ),
    ("de_more", "Manbidsch wird von den SDF kontrolliert.", [("manbij", "kurdish", "held")]),
    (
        "de_more",
        "Die Armee hat das Viertel Hanano unter ihre Kontrolle gebracht.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_more",
        "Kurdische Einheiten haben Manbidsch vom IS zurückerobert.",
        [("manbij", "kurdish", "captured")],
    ),
    ("de_more", "Islamistische Rebellen haben Aleppo erobert.", [("aleppo", "rebels", "captured")]),
    (
        "de_more",
        "Die Rebellen der HTS haben die Millionenstadt Aleppo eingenommen.",
        [("aleppo", "rebels", "captured")],
    ),
    (
        "de_more",
        "Nach der Rückeroberung Aleppos durch die Armee kehren Bewohner zurück.",
        [("aleppo", "government", "captured")],
    ),
    (
        "de_more",
        "Türkische Truppen und protürkische Rebellen haben Dscharablus eingenommen.",
        [("jarabulus", "rebels", "captured")],
    ),
    # a siege said before the place, its besieger's side before the participle
    (
        "de_siege",
        "Kinder im von Regierungstruppen belagerten Ost-Aleppo.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "de_siege",
        "Das von der Armee eingekesselte Ost-Aleppo am Sonntag.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "de_siege",
        "Die von Rebellen belagerte Stadt Zahraa.",
        [("zahraa", "government", "besieged")],
    ),
    # the SDF by their German name, not an army ("Streitkräfte"); the army by "Streitkräfte"
    (
        "de_states",
        "Kinder in Manbidsch. Die von den USA unterstützten Syrischen Demokratischen "
        "Streitkräfte haben die Stadt am Sonntag zurückerobert.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "de_states",
        "Die syrischen Streitkräfte haben das Viertel Hanano zurückerobert.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_states",
        "Zerstörte Häuser im von Rebellen gehaltenen Osten Aleppos.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "de_states",
        "Helfer im von den Aufständischen kontrollierten Ostteil Aleppos.",
        [("east-aleppo", "rebels", "held")],
    ),
    (
        "de_states",
        "Eine Frau in dem von der Regierung kontrollierten Westteil Aleppos.",
        [("west-aleppo", "government", "held")],
    ),
    (
        "de_states",
        "Die Stadt Afrin steht unter Kontrolle der Kurden.",
        [("afrin", "kurdish", "held")],
    ),
    (
        "de_states",
        "Die Stadt Manbidsch ist unter Kontrolle des IS.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "de_states",
        "Die Stadt Azaz ist seit Februar in der Hand der von der Türkei unterstützten Rebellen.",
        [("azaz", "rebels", "held")],
    ),
    (
        "de_states",
        "Die vom IS kontrollierte Stadt Manbidsch.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "de_states",
        "Kinder in der vom IS gehaltenen Stadt Manbidsch am Montag.",
        [("manbij", "islamic_state", "held")],
    ),
    (
        "de_states",
        "Der Stadtteil Scheich Maksud wird von kurdischen Milizen kontrolliert.",
        [("sheikh-maqsoud", "kurdish", "held")],
    ),
    (
        "de_states",
        "Die Kurdenstadt Kobane ist in der Hand der Kurdenmiliz YPG.",
        [("kobani", "kurdish", "held")],
    ),
    ("de_states", "Die IS-Hochburg Dscharablus.", [("jarabulus", "islamic_state", "held")]),
    ("de_states", "Luftangriff auf die Rebellenhochburg Azaz.", [("azaz", "rebels", "held")]),
    ("de_states", "Kinder im Rebellenviertel Hanano in Aleppo.", [("hanano", "rebels", "held")]),
    (
        "de_states",
        "Zerstörte Häuser in der Rebellenhochburg Aleppo.",
        [("aleppo", "rebels", "held")],
    ),
    (
        "de_states",
        "Die Kurdenmiliz YPG hat Manbidsch zurückerobert.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "de_states",
        "Die von der Türkei unterstützten Rebellen haben die Stadt Azaz eingenommen.",
        [("azaz", "rebels", "captured")],
    ),
    (
        "de_states",
        "Assads Truppen haben das Viertel Hanano zurückerobert.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_states",
        "Regimetruppen eroberten am Sonntag das Viertel Hanano.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_states",
        "Regimetruppen haben das Viertel Hanano in Aleppo erobert.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_states",
        "Regierungssoldaten haben den Stadtteil Hanano eingenommen.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_states",
        "Der Stadtteil Hanano wurde am Samstag von der Armee eingenommen.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_states",
        "Protürkische Rebellen haben Afrin eingenommen.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "de_states",
        "Die türkische Armee und verbündete Rebellen haben Afrin erobert.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "de_states",
        "Die syrische Armee hat Aleppo vollständig zurückerobert.",
        [("aleppo", "government", "captured")],
    ),
    ("de_states", "Manbidsch, befreit vom IS, am Sonntag.", [("manbij", "unknown", "lost")]),
    ("de_states", "Manbidsch, befreit vom IS durch die SDF.", [("manbij", "kurdish", "captured")]),
    (
        "de_states",
        "Die SDF haben den IS aus Manbidsch vertrieben.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "de_states",
        "Kurdische Kämpfer haben die Dschihadisten aus Kobane vertrieben.",
        [("kobani", "kurdish", "captured")],
    ),
    (
        "de_states",
        "Protürkische Rebellen haben die Kurdenmiliz YPG aus der Stadt Afrin verjagt.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "de_states",
        "Kurdische Kämpfer vertrieben die Dschihadisten des IS aus Manbidsch.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "de_states",
        "Der Osten Aleppos ist von Regierungstruppen eingekesselt.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "de_states",
        "Heftige Kämpfe um den Stadtteil Hanano in Aleppo.",
        [("hanano", "contested", "contested")],
    ),
    # a side occupies a place ("besetzen", "besetzten"): a capture
    (
        "de_occupy",
        "Syrische Rebellen besetzen das Viertel Hanano.",
        [("hanano", "rebels", "captured")],
    ),
    (
        "de_occupy",
        "Bewaffnete Rebellen besetzten am Morgen die Umayyaden-Moschee.",
        [("umayyad-mosque", "rebels", "captured")],
    ),
    # the YPG by its German name; a side defending a place holds it
    (
        "de_defend",
        "Die kurdischen Volksverteidigungseinheiten kontrollieren Kobane.",
        [("kobani", "kurdish", "held")],
    ),
    (
        "de_defend",
        "Kurdische Kämpfer verteidigen Kobane gegen den IS.",
        [("kobani", "kurdish", "held")],
    ),
    ("de_defend", "Seit Wochen verteidigen die Rebellen Hanano.", [("hanano", "rebels", "held")]),
    # Turkey's troops with their Syrian allies: the rebels; control brought without a possessive
    (
        "de_turkey_allies",
        "Türkische Truppen und verbündete syrische Milizen haben Afrin unter Kontrolle gebracht.",
        [("afrin", "rebels", "captured")],
    ),
    (
        "de_turkey_allies",
        "Die Armee hat Manbidsch vollständig unter Kontrolle gebracht.",
        [("manbij", "government", "captured")],
    ),
    # a side's part of a city after its participle: a part of the city
    (
        "de_part",
        "Ein Junge im von Rebellen kontrollierten Teil Aleppos.",
        [("aleppo", "rebels", "held", "part")],
    ),
    (
        "de_part",
        "Familien in den von der Armee gehaltenen Gebieten von Aleppo.",
        [("aleppo", "government", "held", "part")],
    ),
    # a capture reported by its taker ("meldeten", "verkündete" the capture noun)
    (
        "de_declared",
        "Drei Rebellengruppen meldeten die Rückeroberung von Al-Bab.",
        [("al-bab", "rebels", "captured")],
    ),
    (
        "de_declared",
        "Die Armee verkündete die Einnahme von Hanano.",
        [("hanano", "government", "captured")],
    ),
    # a siege by its verb: the besieged side holds the place
    (
        "de_siege_verb",
        "Regierungstruppen belagern Ost-Aleppo.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    ("de_siege_verb", "Die Rebellen umzingelten Nubl.", [("nubl", "government", "besieged")]),
    # unnamed besieged quarters, the part of the city named in the sentence before; the
    # government's troops by the regime's or its ruler's name
    (
        "de_sieged_parts",
        "Im Osten von Aleppo fehlt es an allem. Die Menschen in den von Regierungstruppen "
        "belagerten Vierteln hungern.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "de_sieged_parts",
        "Kaum Ärzte im Osten von Aleppo: in den von Truppen des Assad-Regimes belagerten "
        "Vierteln fehlt Medizin.",
        [("east-aleppo", "rebels", "besieged")],
    ),
    (
        "de_sieged_parts",
        "Familien in den von der Armee belagerten Vierteln von Aleppo.",
        [("aleppo", "rebels", "besieged", "part")],
    ),
    (
        "de_regime_troops",
        "Truppen von Machthaber Baschar al-Assad haben Hanano erobert.",
        [("hanano", "government", "captured")],
    ),
    (
        "de_noun_anaphor",
        "Bewohner von Manbidsch feiern die Befreiung der Stadt durch die SDF.",
        [("manbij", "kurdish", "captured")],
    ),
    # a place freed out of a side's hands: that side is no subject of the verb at the end
    (
        "de_out_of_hands",
        "Kurdische Kämpfer haben die Stadt Manbidsch aus der Gewalt des IS befreit.",
        [("manbij", "kurdish", "captured")],
    ),
    (
        "de_out_of_hands",
        "Der IS hat Manbidsch aus der Gewalt der Rebellen erobert.",
        [("manbij", "islamic_state", "captured")],
    ),
    (
        "de_two_parts",
        "Während der eine Teil Aleppos unter der Kontrolle der Armee steht, verteidigen die "
        "Rebellen den anderen Teil.",
        [("aleppo", "contested", "contested")],
    ),
    (
        "de_two_parts",
        "Der eine Teil Aleppos gehört den Rebellen, der andere den Truppen des Assad-Regimes. "
        "Zerstörung im Viertel Hanano.",
        [("aleppo", "contested", "contested")],
    ),
]

STATES_NONE: list[tuple[str, str]] = [
    # wishes, threats, an encirclement, a mere presence
    ("de_more_none", "Die Armee hat eine Offensive auf Aleppo begonnen."),
    ("de_more_none", "Die Rebellen wollen Aleppo zurückerobern."),
    ("de_more_none", "Aleppo ist nicht mehr in der Hand der Rebellen."),
    ("de_more_none", "Die Kurdenmiliz YPG kämpft in Manbidsch gegen den IS."),
    ("de_more_none", "Türkische Soldaten in Afrin."),
    # freed from (or by) a side before the place reads both ways; a siege with no besieger
    ("de_none", "Die vom IS befreite Stadt Manbidsch."),
    ("de_none", "Das belagerte Ost-Aleppo am Sonntag."),
    ("de_none", "Die türkische Armee hat Afrin erobert."),
    ("de_none", "Türkische Truppen haben Afrin eingenommen."),
    ("de_none", "Die Stadt Manbidsch wurde vom IS befreit."),
    ("de_none", "Regierungstruppen sollen das Viertel Hanano eingenommen haben."),
    ("de_none", "Angeblich haben Regierungstruppen das Viertel Hanano eingenommen."),
    ("de_none", "Die Armee will das Viertel Hanano erobern."),
    ("de_none", "Die Offensive zur Rückeroberung von Manbidsch hat begonnen."),
    ("de_none", "Die Rebellen versuchen, das Viertel Hanano zu erobern."),
    ("de_none", "Kämpfe im Viertel Hanano in Aleppo."),
    ("de_none", "Nach den Kämpfen um den Stadtteil Hanano kehren Bewohner zurück."),
    ("de_none", "Der IS wurde aus Manbidsch vertrieben."),
    ("de_none", "Tausende Menschen wurden aus Afrin vertrieben."),
    ("de_none", "Die SDF wollen den IS aus Manbidsch vertreiben."),
    ("de_none", "Die aus Afrin vertriebenen Familien leben in Zelten."),
    ("de_none", "Kinder in der Kurdenstadt Kobane."),
    ("de_none", "Die Kurdenmiliz YPG in Afrin am Sonntag."),
    ("de_none", "Assads Truppen rücken auf Azaz vor."),
    # a siege by IS names no holder; positions defended; a wish; a foreign army alone; a
    # report by no side
    ("de_none17", "Die IS-Kämpfer belagern Kobane seit Wochen."),
    ("de_none17", "Rebellen verteidigen ihre Stellungen in Hanano."),
    ("de_none17", "Die Rebellen wollen Hanano besetzen."),
    ("de_none17", "Türkische Truppen haben Afrin unter Kontrolle gebracht."),
    ("de_none17", "Reporter meldeten die Rückeroberung von Al-Bab."),
    ("de_none17", "Die Rebellen verteidigen den anderen Teil der Stadt."),
    # besieged quarters with no besieger, or besieged by IS, name no holder
    (
        "de_none17",
        "Im Osten von Aleppo fehlt es an allem. Die Menschen in den belagerten Vierteln hungern.",
    ),
    (
        "de_none17",
        "Im Osten von Aleppo fehlt es an allem. In den vom IS belagerten Vierteln hungern Kinder.",
    ),
    ("de_none17", "Bewohner von Manbidsch nach der Befreiung der Stadt."),
    ("de_none17", "Die Stadt Manbidsch wurde aus der Gewalt des IS befreit."),
    ("de_none17", "Der eine Teil Aleppos ist zerstört, der andere Teil nicht."),
]


test_states, test_states_none, test_pre_check = control_case_tests(STATES, STATES_NONE)


def test_the_pre_check_lets_these_clauses_through() -> None:
    for _, caption, _ in STATES:
        assert lexicon.may_state_control(caption), caption
