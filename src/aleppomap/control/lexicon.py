"""The words the control rules read, kept in one place.

Every rule of :mod:`aleppomap.control.rules` is built from the lists below, and so is the fast
pre-check :func:`may_state_control`, which lets a caption without any control phrase skip the
rules. Each rule needs one of its *trigger* phrases to make a statement: a "-held" verb, a
participle ("newly captured"), a passive verb ("held by"), "fell to", a clause's verb
("captured", "withdrew from", "pushed ... out of"), "clashes", "contested", or an apposition
("X, a rebel stronghold"). :data:`TRIGGERS` collects the trigger phrases of every rule from the
very lists the rules use, and the pre-check looks for any of them, so a word added to a list
reaches the rule and the pre-check together: the pre-check may let through a caption the rules
then find nothing in, but never rejects one they would make a statement about. (A new rule adds
its trigger phrases to :data:`TRIGGERS`; the tests compare the statements with and without the
pre-check.) Every trigger starts with a lower-case letter, so that the pre-check can skip the
positions where no trigger starts with one look-ahead (see :func:`may_state_control`).

Entries are regular-expression fragments, matched case-insensitively by the rules. The trigger
phrases are all lower case, so that the pre-check can search them in the lower-cased caption
(an ``IGNORECASE`` alternation is several times slower).

Actors map to sides: government / regime / pro-government / pro-regime / Syrian (Arab) army /
army / (Syrian) military / Syrian (armed) forces / troops / soldier(s) / loyalists / Assad forces /
SAA / Hezbollah / "the armed forces" → ``government``; rebels / opposition / insurgents /
anti-government / Free Syrian Army / FSA / Turkish- or Turkey-backed / Euphrates Shield / Jabhat
Fateh (Fath) al-Sham / (al-)Nusra / Ahrar al-Sham / Jaish (Jaysh) al-Fatah, the Army of Conquest /
Fatah Halab / Nour al-Din al-Zenki / the Islamic Front / the Levant Front / Islamist forces,
fighters / Hay'at Tahrir al-Sham (HTS) / the Syrian National Army (SNA) / the National Liberation
Front / Jaysh al-Islam / Faylaq al-Rahman / pro-Turkey, Turkish-supported, Ankara-backed / Jund
al-Aqsa / the Shamiya Front / Sultan Murad ... → ``rebels`` (the convention of the Aleppo 2016
captions, kept for the factions of later years); "Assad-held" → ``government``; Islamic State / IS /
ISIS / ISIL / Daesh → ``islamic_state``; Kurdish / Kurd(s) fighters / Kurdish-Arab, Arab and Kurd /
YPG / YPJ / SDF / PYD / PKK (also "YPG/PKK") → ``kurdish``. "Jihadists" alone names no side (IS
or the Nusra Front). A name may follow "Syrian" or a backer ("the Syrian regime", "US-backed
rebels": the side is the one named). Turkish, Russian, Iranian, Iraqi, US or coalition forces
(also their "armed forces") and civilians are actors of no side: they are never a controller,
and they stop ``they`` from resolving to someone else (but a Turkish army that takes a place
with its Syrian allies, "Turkish forces and their FSA allies took X", takes it for them, the
``rebels``: see :data:`FOREIGN_CAPTURERS`; Turkish forces alone take nothing here); a side's
name before "sources", "officials", "media" ... names a speaker, not a fighter, and counts as
no actor either (but "their forces" after it are its fighters).

A report attributed by a reporting verb ("state television said troops had taken X", "..., a
monitor said", "according to the Observatory") is a statement: an analyst records it, with its
source, which the evidence's caption gives; a report the caption doubts or that a denial takes
back ("reportedly", "claimed", "but the army denied it") is none. A purpose ("launched an
offensive to drive IS out of X") states no control: it says what a side wants, not what it holds.

A subject may be named elsewhere: "they" / "the group" / "the militants" refer back to the side
named before in the sentence, or to the subject that opens the sentence before ("IS fighters
attacked at dawn. The group seized X"; "the militants" never to an army); "we" / "our forces"
inside a quote are the speaker, whose side is named where the quote is attributed ("'We have
liberated X,' a rebel commander said"); a capture gerund after a comma or semicolon, after
"by" or right after an advance has its clause's subject ("IS attacked at dawn, seizing X from
rebels", "rebels dealt IS a blow by capturing X", "troops advanced overnight seizing X"). "The
militants" / "the terrorists" that name no side (state media's words) and retreat from a place
leave it to the one side named as a fighter there ("the militants withdrew from X as army units
advanced").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final, NamedTuple

from aleppomap._concepts import CAPITAL_METONYMS

__all__ = [
    "ABBREVIATIONS",
    "ACTOR_ADJECTIVES",
    "ACTOR_BACKERS",
    "ACTOR_BACKER_VERBS",
    "ACTOR_LINKS",
    "ACTOR_NOUNS",
    "ACTOR_PREFIXES",
    "ACTOR_SIDE_MODIFIERS",
    "ADVANCE_VERBS",
    "AFFILIATED",
    "AIM_FIRST_VERBS",
    "AIM_NOUNS",
    "AIM_VERBS",
    "AIM_WHOLE_DEGREES",
    "ALLEGIANCE_OF",
    "ALLEGIANCE_PLACE_NOUNS",
    "ALLEGIANCE_WORDS",
    "ANAPHOR_ADJECTIVES",
    "ANAPHOR_FALLBACK_KINDS",
    "ANAPHOR_KINDS",
    "ANAPHOR_NOUNS",
    "ANAPHOR_OWNERS",
    "APPOSITION",
    "APPOSITION_HELD",
    "APPOSITION_KINDS",
    "APPOSITION_NOUNS",
    "APPOSITION_QUALIFIERS",
    "ATTACK_NOUNS",
    "AUXILIARIES",
    "BACKING_VERBS",
    "BACK_REFERENCE_NOUNS",
    "BESIEGED_KURDISH_PLACE_OF",
    "BESIEGE_VERBS",
    "BE_FORMS",
    "BRACKET_HELD_NOUNS",
    "CAPTURE_NOUNS",
    "CAPTURE_NOUN_CUES",
    "CAPTURE_NOUN_PREDICATES",
    "CAPTURE_VERBS",
    "CHANGED_HANDS",
    "CLAUSE_BOUNDARIES",
    "CLAUSE_EN_CONTROL_OF_IT",
    "CLAUSE_EN_FIGHT_FOR",
    "CLAUSE_EN_GERUNDS_IT",
    "CLAUSE_EN_GERUND_CUES",
    "CLAUSE_EN_HAVING_IT",
    "CLAUSE_EN_IT_AUXILIARIES",
    "CLAUSE_EN_IT_CUES",
    "CLAUSE_EN_IT_NOUNS",
    "CLAUSE_EN_ONCE",
    "CLAUSE_EN_RANKS",
    "CLAUSE_EN_RANK_PARTICIPLES",
    "CLAUSE_EN_TRIGGERS",
    "CLAUSE_VERBS",
    "CLEAR_VERBS",
    "COLLECTIVE_OF_ADJECTIVES",
    "COLLECTIVE_OF_NOUNS",
    "COMMA_DRIVE_GERUNDS",
    "COMPLETE_DEGREES",
    "COMPOSITION_NOUNS",
    "CONTESTED",
    "CONTROL_DEGREE",
    "CONTROL_DEGREE_WORDS",
    "CONTROL_NOUNS",
    "CONTROL_OF",
    "COUNT_WORDS",
    "DASH",
    "DECLARED_PARTICIPLES",
    "DEGREE_HEDGES",
    "DENIALS",
    "DETERMINERS",
    "DIVIDED",
    "DIVIDED_AFTER_WORDS",
    "DIVIDED_BEFORE",
    "DRIVEN_FROM",
    "DRIVEN_NOUNS",
    "DRIVE_GERUNDS",
    "DRIVE_VERBS",
    "EDGE_NOUNS",
    "ENTRY_DECLARED",
    "ENTRY_ONLY_VERBS",
    "ENTRY_VERBS",
    "EXPEL_VERBS",
    "FACILITY_ADJECTIVES",
    "FACILITY_NOUNS",
    "FELL_ADVERBS",
    "FELL_VERBS",
    "FIGHTING",
    "FIGHTING_OBJECTS",
    "FIGHTING_PARTIES",
    "FIGHTING_PREPOSITIONS",
    "FIGHTING_VERBS",
    "FILLERS",
    "FILLER_APPOSITIONS",
    "FILLER_STOPS",
    "FIRST_PERSON_NOUNS",
    "FIRST_WORDS",
    "FORCES_OF_NOUNS",
    "FOREIGN_AGENT_BEFORE",
    "FOREIGN_ALLIES",
    "FOREIGN_ALONGSIDE",
    "FOREIGN_ARMY_AFTER",
    "FOREIGN_BE",
    "FOREIGN_BY_AFTER",
    "FOREIGN_CAPTURERS",
    "FOREIGN_CAPTURE_NOUNS",
    "FOREIGN_CAPTURE_NOUN_CUES",
    "FOREIGN_CAPTURE_SIDE_NAMES",
    "FOREIGN_CAPTURE_VERBS",
    "FOREIGN_CLAUSE_END",
    "FOREIGN_DEGREES",
    "FOREIGN_DIVIDED",
    "FOREIGN_HEDGES",
    "FOREIGN_HELD_AFTER",
    "FOREIGN_HELD_BEFORE",
    "FOREIGN_HELD_BY",
    "FOREIGN_HELD_MODIFIERS",
    "FOREIGN_HOLD_ADVERBS",
    "FOREIGN_HOLD_ARTICLES",
    "FOREIGN_HOLD_JOINERS",
    "FOREIGN_HOLD_OF",
    "FOREIGN_HOLD_PLACE_WORDS",
    "FOREIGN_HOLD_VERBS",
    "FOREIGN_LINKS",
    "FOREIGN_NEAR",
    "FOREIGN_NOT_OBJECT_AFTER",
    "FOREIGN_NOT_SUBJECT_BEFORE",
    "FOREIGN_PARTICIPLES",
    "FOREIGN_PLACE_BEFORE_SIDE",
    "FOREIGN_PLACE_WORDS",
    "FOREIGN_RETREAT_VERBS",
    "FOREIGN_SIDE_NAMES",
    "FOREIGN_SINCE",
    "FORMERLY",
    "FRONT_DIVIDES",
    "FRONT_LINES",
    "GERUNDS",
    "GERUND_CUES",
    "GIVE_CONTROL",
    "HEDGES",
    "HELD_ANAPHOR_KINDS",
    "HELD_OUT_AGAINST",
    "HELD_SITE_NOUNS",
    "HELD_SITE_POSITIONS",
    "HELD_THEN_FELL",
    "HELD_UNTIL",
    "HELD_VERBS",
    "HOLDING_PARTICIPLES",
    "HOLDING_PLACE_NOUNS",
    "HOLDING_PREDICATE_NOUNS",
    "HOLDING_PREDICATE_VERBS",
    "HOLDING_TRIGGERS",
    "HOLD_VERBS",
    "HOUSES_VERBS",
    "INCLUDING",
    "INSIDE_OBJECT_VERBS",
    "IT_FROM_VERBS",
    "IT_VERBS",
    "IT_VERBS_NOT_BARE",
    "JOINERS",
    "KINDLESS_APPOSITIONS",
    "KURDISH_PEOPLE_OR_PLACE",
    "KURDISH_STEMS",
    "LIST_ADJECTIVES",
    "LIST_PLACE_NOUNS",
    "LIST_TAIL_FOLLOWERS",
    "LOOSE_CLAUSE_BOUNDARIES",
    "LOOSE_SUBORDINATORS",
    "LOSE_GERUNDS",
    "LOSE_VERBS",
    "LOSS_NOUNS",
    "LOST_TO_MODIFIERS",
    "MAIN_CLAUSE_NOT_PRESENT",
    "MAIN_VERB_ADVERBS",
    "MENTION_PREFIX_NOUNS",
    "NOMINAL_DAY_GAP",
    "OBJECT_PREPOSITIONS",
    "ONE_PERSON_NOUNS",
    "OPPONENT_WORDS",
    "OUT_FROM_VERBS",
    "OUT_OF_VERBS",
    "PARTICIPLES",
    "PARTICIPLE_ADVERBS",
    "PART_NOUNS",
    "PART_OBJECT_OF_PERSON",
    "PART_OBJECT_OF_PLACE",
    "PART_OBJECT_POSSESSIVE",
    "PART_OF_ADJECTIVES",
    "PART_OF_KINDS",
    "PART_OF_NEIGHBOURHOOD_KINDS",
    "PART_OF_NEIGHBOURHOOD_NOUNS",
    "PART_OF_NOUNS",
    "PASSIVE_AUXILIARIES",
    "PASSIVE_VERBS",
    "PAST_PREDICATE_VERBS",
    "PEOPLE_AFTER_SIDE",
    "PEOPLE_NOUNS",
    "PLACE_NOUNS",
    "PLAIN_HELD",
    "PLUPERFECT_RELATIVE",
    "PLUPERFECT_SUBJECT_RELATIVE",
    "PLURAL_ANAPHOR_COUNTS",
    "PLURAL_ANAPHOR_NOUNS",
    "POSITION_AT_ADJECTIVES",
    "POSITION_AT_NOUNS",
    "POSITION_NOUNS",
    "POSITION_VERBS",
    "PREDICATE_VERBS",
    "PREPOSITIONS",
    "PRONOUN_NOUNS",
    "PUSHED_BACK_WORDS",
    "PUSHED_OUT_BY",
    "REBEL_ADJECTIVES",
    "REBEL_PLACE_OF",
    "REBEL_REGION_BEARINGS",
    "REGION_KINDS",
    "REGION_OF_WORDS",
    "REGION_PART_NOUNS",
    "RELATIVES",
    "RELATIVE_CAPTURE_VERBS",
    "RELATIVE_HOLD_VERBS",
    "RELATIVE_PASSIVE_PARTICIPLES",
    "RELIEVE_VERBS",
    "REPEL_VERBS",
    "REPORTING",
    "RETREAT_FROM_VERBS",
    "RETREAT_VERBS",
    "RIVAL_SIDES",
    "SCENE_CUES",
    "SET_OFF_PARTICIPLES",
    "SET_OFF_RELATIVES",
    "SIDES",
    "SIDE_ANAPHOR_KINDS",
    "SIDE_ANAPHOR_NOUNS",
    "SIDE_ANAPHOR_OWNERS",
    "SIDE_ANAPHOR_QUALIFIERS",
    "SIDE_GROUP",
    "SIDE_HALF_NOUNS",
    "SIDE_NAMES",
    "SIDE_PARTS_BARE",
    "SIEGE_ANAPHOR_KINDS",
    "SIEGE_BY",
    "SIEGE_DEFENCE_WORDS",
    "SIEGE_DEFENCE_WORLD",
    "SIEGE_END_GERUNDS",
    "SIEGE_END_NOUNS",
    "SIEGE_IMPOSED",
    "SIEGE_IMPOSED_KEYS",
    "SIEGE_OPPONENTS",
    "SIEGE_TURKISH_STEMS",
    "SIEGE_UNDONE_VERBS",
    "SINCE_CLAUSE",
    "SINCE_HELD_NOW",
    "SINCE_HELD_PAST",
    "SINCE_HELD_WORDS",
    "SINGULAR_KINDS",
    "SITE_ANAPHOR_NOUNS",
    "SPEAKER_NOUNS",
    "STRONGHOLDS",
    "STRONGHOLD_BEFORE_NOUNS",
    "STRONGHOLD_OF_NOUNS",
    "SUBJECT_EXTRAS",
    "SURROUNDED_BE",
    "TAIL_APPOSITION_ADJECTIVES",
    "TAIL_CONTROLLING_ADVERBS",
    "TAIL_FIGHT_ENDED",
    "TAIL_FIGHT_FOR",
    "TAIL_FIGHT_NOT_BEFORE",
    "TAIL_FORWARD_NOUNS",
    "TAIL_FORWARD_VERBS",
    "TAIL_FRONTLINE",
    "TAIL_FRONTLINE_NOUNS",
    "TAIL_FRONTLINE_PAST",
    "TAIL_HOLDING_PARTICIPLES",
    "TAIL_HOLDING_SUBJECTS",
    "TAIL_SPLIT",
    "TAIL_SPLIT_VERBS",
    "TAIL_TRIGGERS",
    "TAKEOVER_CUES",
    "TOLERANT_CAPTURE_VERBS",
    "TOLERANT_CONTESTED_ADJECTIVES",
    "TOLERANT_FILLERS",
    "TOLERANT_HELD_BY",
    "TOLERANT_HOLD_VERBS",
    "TOLERANT_METONYMS",
    "TOLERANT_NOT_SUBJECT_BEFORE",
    "TOLERANT_SAYS",
    "TOLERANT_SIEGE_VERBS",
    "TOLERANT_TRIGGERS",
    "TOLERANT_UNDER_OF",
    "TRIGGERS",
    "UNDER_CHANGE",
    "UNDER_ENDED",
    "UNDER_FULL_DEGREES",
    "UNDER_MODIFIERS",
    "UNDER_RULE_NOUNS",
    "UNDER_SIEGE",
    "UNNAMED_HOLDERS",
    "UNNAMED_HOLDER_MODIFIERS",
    "USED_AS",
    "USED_AS_NOUNS",
    "WATCHED_AT_VERBS",
    "WHEN_BETWEEN",
    "WITHDRAWAL_NOUN_VERBS",
    "WITH_HOLDING",
    "WORLD_AGENT",
    "WORLD_CAPTURE_NOUNS",
    "WORLD_CLAUSE_END",
    "WORLD_CONTESTED",
    "WORLD_FELL_AFTER",
    "WORLD_FIGHTING",
    "WORLD_HEDGES",
    "WORLD_HELD_AFTER",
    "WORLD_HOLD_VERBS",
    "WORLD_LATIN_TRIGGERS",
    "WORLD_NEAR",
    "WORLD_PARTITIVES",
    "WORLD_PARTS",
    "WORLD_PART_TAKEN_BEFORE",
    "WORLD_SCRIPT_TRIGGERS",
    "WORLD_SIDES",
    "WORLD_SIDE_ANAPHOR_NOUNS",
    "WORLD_SIDE_ANAPHOR_OWNERS",
    "WORLD_TAKEN_BY",
    "WORLD_TAKE_VERBS",
    "WORLD_TR_FELL",
    "WORLD_TR_HELD_BEFORE",
    "Phrase",
    "actor_modifiers",
    "actor_side_group",
    "alternation",
    "heads",
    "may_state_control",
    "phrases",
    "word_search",
]


def alternation(words: Iterable[str]) -> str:
    """``(?:a|b|c)``: any one of ``words`` (regular-expression fragments)."""
    return "(?:" + "|".join(words) + ")"


class Phrase(NamedTuple):
    """A verb phrase: any one of its head words, then what must follow it.

    ``Phrase(("took",), r"\\s+over")`` is "took over". The head words are where a clause's
    verb starts (the rules look for a subject just before them).
    """

    heads: tuple[str, ...]
    tail: str = ""

    @property
    def pattern(self) -> str:
        """The phrase as a regular-expression fragment (an alternation when it has no tail)."""
        if not self.tail:
            return "|".join(self.heads)
        head = self.heads[0] if len(self.heads) == 1 else alternation(self.heads)
        return head + self.tail


def phrases(items: Iterable[Phrase]) -> str:
    """Any one of the phrases ``items``, as one alternation."""
    return alternation(p.pattern for p in items)


def heads(items: Iterable[Phrase]) -> tuple[str, ...]:
    """The head words of the phrases ``items``, each once, in order."""
    return tuple(dict.fromkeys(h for p in items for h in p.heads))


# --------------------------------------------------------------------------- actors

#: The sides that can hold a place (the controllers besides ``contested`` and ``unknown``).
SIDES: Final = frozenset({"government", "rebels", "islamic_state", "kurdish"})

# ---- operations named as a side (the later wars of Aleppo province, 2016-2025)
#: The military operations of Aleppo province's later wars, by their names: Turkey's with the
#: factions it backs (Euphrates Shield 2016-17, Olive Branch 2018, Peace Spring 2019), the
#: Syrian National Army's "Dawn of Freedom" and the HTS-led "Deterrence of Aggression" (2024).
#: Every place they took went to the Syrian factions, which :data:`SIDE_NAMES` names ``rebels``:
#: an operation named as an agent ("*Operation Olive Branch* forces took X") or as the frame of
#: an agentless capture ("X, captured *in Operation Olive Branch*": see
#: :data:`OPERATION_FRAME`) is that side. The names that are also common words are read only
#: capitalised ("an olive branch" offered is none).
OPERATION_NAMES: Final = (
    r"Euphrates\s+Shield",
    r"(?-i:Olive\s+Branch|Peace\s+Spring|Dawn\s+of\s+Freedom)",
    r"Deterr(?:ence|ing)\s+(?:of\s+)?(?:the\s+)?Aggression|Aggression\s+Deterrence",
)
#: An operation's name with its "Operation" before it or its noun after it, and quotes.
OPERATION_NAME: Final = (
    r"(?:Operation\s+)?[\"“]?(?:" + "|".join(OPERATION_NAMES) + r")[\"”]?"
    r"(?:\s+(?:operation|offensive|campaign))?"
)
#: The frame of an agentless capture after the place: "X, captured *in* / *during* / *as part
#: of* (*Turkey's*) Operation Olive Branch": the operation's side took it.
OPERATION_FRAME: Final = (
    r"\s+(?:in|during|under|within|as\s+part\s+of|in\s+the\s+course\s+of)\s+"
    r"(?:the\s+|an?\s+|Turkey['’]s\s+|Ankara['’]s\s+|its\s+|their\s+)?"
    r"(?:(?:Turkish|Turkish-led|Turkish-backed|rebel|rebel-led|military|cross-border|HTS-led)\s+)?"
    + OPERATION_NAME
)
#: The side of every operation of :data:`OPERATION_NAMES`.
OPERATION_SIDE: Final = "rebels"
__all__ += ["OPERATION_FRAME", "OPERATION_NAME", "OPERATION_NAMES", "OPERATION_SIDE"]


#: Each side's names, in the order they are tried; "other" and "civilian" are actors of no
#: side (never a controller).
SIDE_NAMES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "kurdish",
        (
            r"Syrian?\s+Democratic\s+Forces",
            r"Democratic\s+Forces\s+of\s+Syria",
            r"People['’]s\s+Protection\s+Units",
            r"Kurd(?:ish|s)?(?:\s+and\s+|\s*[-‑–/]\s*)Arabs?",
            r"Arabs?(?:\s+and\s+|\s*[-‑–/]\s*)Kurd(?:ish|s)?",
            r"Kurdish(?:-led)?",
            r"Kurds?(?=\s+(?:fighters|forces|militia))",
            # "the Kurds took X": the plural after "the" names the Kurdish forces (not "Kurds
            # who fled", "the Kurds who live there": people)
            r"(?<=the\s)Kurds(?!\s+who\b)",
            # "Kurds said they had taken X": Kurds that report their own capture are its forces
            r"Kurds(?=\s+(?:said|say|says|claimed|announced)\s+(?:that\s+)?they\b)",
            r"(?-i:(?:YPG|YPJ|SDF|PYD|PKK)(?:\s*/\s*(?:YPG|YPJ|SDF|PYD|PKK))*)",
            # the Kurdish Peshmerga, who fought beside the YPG at Kobani ("*Peshmerga* fighters")
            r"Pe(?:sh|ş)merga",
            # (the Autonomous Administration by its initials: "held by the *AANES*")
            r"(?-i:AANES|DAANES)",
            # the SDF's other components and bodies ("the *Manbij Military Council*", "*Jaysh
            # al-Thuwar*", the *Asayish*, "the *Women's Protection Units*", the PYD's full
            # name, "the *Autonomous Administration*"; the towns' councils before "military",
            # a government word)
            # (one alternative behind a look-ahead for its first letters: cheaper to pass)
            r"(?=[ajmdstrkw])(?:"
            r"(?:Manbij|Menbij|al[-\s]Bab|Jarabl?[ou]?s|Jarabulus|Deir\s+(?:ez|el|al)[-\s]?Zor|Syriac"
            r"|Tabqa|Raqqa|Kobani|Tell?\s+Abyad)\s+Military\s+Council"
            r"|J[ae][iy]sh\s+al[-\s]Th[ou]{1,2}w+[ae]r"
            r"|Army\s+of\s+(?:the\s+)?Revolutionaries"
            r"|Asayi?sh"
            r"|Women['’]s\s+Protection\s+Units"
            r"|Democratic\s+Union\s+Party"
            r"|Autonomous\s+Administration"
            r"|Afrin\s+Liberation\s+Forces"
            r"|Jabhat\s+al[-\s]Akrad"
            r")",
        ),
    ),
    (
        "rebels",
        (
            r"anti-?\s?(?:government|regime|Assad)",
            # the opposition named by its verb ("*militants opposing the Syrian government*
            # seized X", "*fighters opposed to President Bashar al-Assad*")
            r"(?:militants|fighters|forces|groups|insurgents|gunmen|factions)\s+"
            r"(?:opposing|opposed\s+to)\s+(?:the\s+)?(?:Syrian\s+)?(?:government|regime"
            r"|(?:President\s+)?(?:Bashar\s+)?(?:al-)?Assad)(?!['’])",
            r"Free\s+Syrian\s+Army",
            # (its short names in captions of 2012: "fighters of the *Free Army*", "a *Free
            # Syria Army* fighter")
            r"Free\s+(?:Syria\s+)?Army",
            r"(?-i:FSA)",
            r"Turk(?:ish|ey)-backed",
            # the forces Turkey leads are its Syrian allies with its army ("*Turkish-led* forces
            # took X": the rebels, as "Turkish troops and allied rebels" are)
            r"Turk(?:ish|ey)[-\s]led(?=[-\s]+(?:forces|fighters|troops|coalition|rebels|factions"
            r"|groups|alliance|militias?)\b)",
            # the Turkish-backed factions by their other names ("the *Syrian National Army
            # (SNA)* gained control of X", "*pro-Turkey* forces retook X", "*Ankara-backed*
            # factions")
            r"Syrian\s+National\s+Army",
            r"(?-i:SNA)",
            r"pro-?\s?Turk(?:ish|ey)",
            r"Turk(?:ish|ey)-(?:supported|aligned|allied)",
            r"Ankara-(?:backed|supported|aligned|allied)",
            r"Hay['’]?(?:at|et|a)\s+Tahrir\s+al[-\s]Sham",
            r"(?-i:HTS)",
            r"Jund\s+al[-\s]Aqsa",
            r"(?:al[-\s])?Shamiya\s+Front",
            r"Sultan\s+Mura[dt]",
            r"(?:Jabhat\s+)?Fat[ae]?h\s+(?:al[-\s]Sham|Halab)",
            r"(?:Jabhat\s+)?(?:al[-\s])?Nusra(?:h)?(?:\s+Front)?",
            r"Ahrar\s+al[-\s]Sham",
            r"J[ae][iy]sh\s+al[-\s]Fat[ae]?h",
            r"Army\s+of\s+Conquest",
            r"Nou?r(?:\s+al-|e)\s?D[ie]n\s+al-Zen?n?[ki]{2}",
            r"(?:Islamic|Levant)\s+Front",
            r"Jabhat\s+al-Shamiya",
            # (the Levant Front by its name with the article: "*al-Jabha al-Shamiya*")
            r"al[-\s]Jabha\s+al[-\s]Shamiya",
            # Turkey's later operations and the factions' offensives of 2024, named as an agent
            # or a frame (see OPERATION_NAMES)
            OPERATION_NAME,
            # more factions by their own names ("*Jaysh al-Mujahideen*", "the *Tawhid
            # Brigade*", "the *Syrian Liberation Front*", "the *Hamza Division*")
            # (one alternative behind a look-ahead for its first letters: cheaper to pass)
            r"(?=[jltashnfmi])(?:"
            r"J[ae][iy]sh\s+al[-\s]Mujah?ideen"
            r"|Liwa['’]?a?\s+al[-\s]Tawh?(?:ee|i)d|(?:al[-\s])?Tawh?(?:ee|i)d\s+Brigade"
            r"|Syrian\s+Liberation\s+Front"
            r"|Hamza\s+Division"
            r"|Suq[ou]{1,2}r\s+al[-\s]Sham"
            r"|National\s+Front\s+for\s+(?:the\s+)?Liberation"
            r"|(?:Ahrar|J[ae][iy]sh)\s+al[-\s]Sharq[iy]{1,2}a"
            r"|Sham\s+Legion"
            r"|J[ae][iy]sh\s+al[-\s](?:Nasr|Ahrar|Izza)"
            r"|Fastaqim(?:\s+Kama\s+Umirt)?"
            r"|Military\s+Operations\s+Command"
            r"|(?:Syrian\s+)?(?:Salvation|Interim)\s+Government"
            r")",
            # the factions of later years ("Hay'at Tahrir al-Sham", "HTS", "the Levant Liberation
            # Committee", "the Syrian National Army", "Jaysh al-Islam", "Faylaq al-Rahman")
            r"H[ae][iy]{1,2}['’]?a{1,2}t\s+Tahrir\s+al[-\s]?Sha{1,2}m",
            r"Tahrir\s+al[-\s]?Sha{1,2}m",
            r"Levant\s+Liberation\s+(?:Committee|Organi[sz]ation|Body|Board)",
            r"Syrian\s+National\s+Army",
            r"National\s+Liberation\s+Front",
            r"J[ae][iy]sh\s+al[-\s]Islam",
            r"Fa[iy]laq\s+al[-\s](?:Rahman|Sham)",
            r"(?-i:HTS|SNA|NLF)",
            # ("*Islamist*-held X": the name alone before a holding verb)
            r"Islamists?(?=\s*[-‑–]\s*(?:held|controlled|run|dominated)\b)",
            r"Islamists?(?=\s+(?:forces|fighters|rebels|insurgents|militants|militias?|groups?"
            r"|factions|brigades?|coalition|alliance))",
            r"rebels?",
            r"opposition",
            # ("*the insurgency* said it reclaimed X": the rebels as one body)
            r"insurgen(?:ts?|cy)",
        ),
    ),
    (
        "islamic_state",
        (
            # the group's earlier names ("the Islamic State of Iraq and the Levant", "... and
            # Syria", "... and al-Sham") before the short one, which would stop at "State"
            r"Islamic\s+State\s+(?:of|in)\s+Iraq\s+and\s+(?:the\s+)?(?:Levant|(?:Greater\s+)?Syria"
            r"|(?:al|ash)[-\s]?Sham|Sham)",
            r"Islamic\s+State",
            r"(?-i:ISIS|ISIL|IS)",
            r"Daesh",
            r"Da['’]?ish",
        ),
    ),
    (
        "government",
        (
            r"pro-?\s?(?:government|regime|Assad)",
            r"Syrian\s+Arab\s+Army",
            r"Syrian\s+(?:Arab\s+)?(?:armed\s+)?forces",
            # (a foreign army's "armed forces" is no side: looked behind only once "armed" is read)
            r"armed(?<!Turkish\sarmed)(?<!Russian\sarmed)(?<!Iranian\sarmed)(?<!Iraqi\sarmed)"
            r"(?<!Turkey['’]s\sarmed)(?<!US\sarmed)\s+forces",
            # the army's own units and allied militias by their names ("the *Tiger Forces*",
            # the *National Defence Forces*, *Liwa al-Quds*, the *Republican Guard*, the
            # *Desert Hawks*, the *Baath Battalions*; "*General Security*" of later years)
            # (one alternative behind a look-ahead for its first letters: cheaper to pass)
            r"(?=[tqnlrdbg4f5])(?:"
            r"Tiger\s+Forces"
            r"|Qawat\s+al[-\s]Nimr"
            r"|National\s+Defen[cs]e\s+(?:Forces?|Militias?)"
            r"|(?-i:NDF)"
            r"|Liwa['’]?a?\s+al[-\s]Quds"
            r"|Quds\s+Brigade"
            r"|Republican\s+Guards?"
            r"|Desert\s+Hawks"
            r"|Ba['’]?ath\s+Battalions"
            r"|General\s+Security"
            r"|(?:4th|Fourth)\s+(?:Armou?red\s+)?Division"
            r"|(?:5th|Fifth)\s+(?:Assault\s+)?(?:Legion|Corps)"
            r")",
            # (not an adjective before another noun: "a significant *military* achievement",
            # "a *military* operation"; its forces and spokesmen still are: "military sources")
            r"(?:Syrian\s+)?military(?!\s+(?-i:achievements?|success(?:es)?|victor(?:y|ies)|"
            r"gains?|setbacks?|defeats?|operations?|campaigns?|offensives?|interventions?|"
            r"escalation|pressure|analysts?|experts?|observers?|vehicles?|equipment|"
            r"hardware|parade|cemetery|academy|college|hospital|airport|plane|aircraft)\b)",
            r"(?-i:SAA)",
            r"(?:forces|troops|soldiers|fighters|militias?|units|gunmen)\s+loyal\s+to\s+(?:the\s+)?"
            # ("loyal to *the Syrian government*", "loyal to *Syria's President* Bashar al-Assad")
            r"(?:Syrian\s+|Syria['’]s\s+)?(?:President\s+)?(?:Bashar\s+)?(?:al[-\s])?"
            r"(?:Assad|government|regime)",
            # ("the Assad militias", "Assad's militiamen", "the Assad regime")
            r"Assad(?:['’]s)?\s+(?:forces|troops|army|militia(?:s|men)?|regime)",
            # ("*Assad*-held Aleppo": the name alone before a holding verb)
            r"Assad(?=\s*[-‑–]\s*(?:held|controlled|run)\b)",
            # ("from *President Bashar al-Assad*'s control", "under *Assad*'s rule": the name
            # alone before the possessive of control)
            r"(?:President\s+)?(?:Bashar\s+)?(?:al[-\s])?Assad"
            r"(?=['’]s\s+(?:control|hands|rule|grip)\b)",
            r"government",
            r"regime",
            r"loyalists?",
            r"(?:Syrian\s+)?army",
            r"troops",
            r"soldiers?",
            r"Hezbollah",
            r"Hizb[ou]llah",
            # the militias Iran backs on the government's side ("*Iran-backed* militias retook
            # X", "*Iranian-backed Shiite* fighters", "the *Fatemiyoun* Brigade"); "Iranian
            # forces" alone stay a foreign army
            r"Iran(?:ian)?[-\s](?:backed|supported|sponsored|allied|led)"
            r"(?=\s+(?:Shi['’]?(?:ite|a|i)\s+|Iraqi\s+|Afghan\s+|Pakistani\s+)?"
            r"(?:militias?|militiamen|paramilitar(?:y|ies)|fighters|groups?|forces)\b)",
            r"Shi['’]?(?:ite|a)\s+militia(?:s|men)?",
            r"Fat[ei]miy?[ou]u?n|Zaynabiy?[ou]u?n|Zainabiy?[ou]u?n|Harakat\s+al[-\s]Nujaba",
            # the state's forces after December 2024, by the names captions give them ("*Syria's
            # new authorities*", "the *interim authorities*", "*Syrian security forces*", "the
            # *Syrian Defence Ministry*'s forces"): the government, as captions call it
            r"(?:Syria['’]s\s+)?(?:new|interim|transitional|caretaker)\s+(?:Islamist[-\s]led\s+)?"
            r"(?:Syrian\s+)?authorities",
            r"(?:Syrian|Syria['’]s)\s+(?:general\s+)?security\s+(?:forces|services|personnel"
            r"|units)",
            r"(?:Syrian|Syria['’]s)\s+(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e)"
            r"(?:['’]s)?(?=\s+(?:forces|troops|units|fighters)\b)",
        ),
    ),
    (
        "other",
        (
            # (a foreign army's "armed forces" is the foreign army: no side)
            r"Turk(?:ish|ey['’]s)(?:\s+armed\s+forces)?",
            # the country named for its army as a capture's subject ("*Turkey* took control of
            # X": the state, through its army; elsewhere "Turkey" is a place)
            r"Turkey(?=\s+(?:(?:has|had)\s+)?(?:took|takes|taken|seized|seizes|captured|captures"
            r"|overran|wrested)\b)",
            r"Russian(?:\s+armed\s+forces)?",
            r"Iranian(?:\s+armed\s+forces)?",
            r"Iraqi(?:\s+armed\s+forces)?",
            r"(?-i:US|U\.S\.)(?:-led)?",
            r"American",
            r"coalition",
        ),
    ),
    (
        "civilian",
        (
            r"civilians?", r"residents?", r"people", r"families", r"displaced", r"refugees",
            r"medics", r"children", r"women", r"men", r"journalists?", r"volunteers?",
        ),
    ),
)  # fmt: skip
#: Any side's name, one named group per side ("(?P<kurdish>...)|(?P<rebels>...)|...").
SIDE_GROUP: Final = "|".join(f"(?P<{side}>{'|'.join(names)})" for side, names in SIDE_NAMES)
#: The nouns an actor phrase may end with ("rebel *fighters*").
ACTOR_NOUNS: Final = (
    "forces", "fighters", "troops", "militia(?:s|men)?", "militants", "jihadists", "soldiers",
    "gunmen", "units?", "groups?", "army", "brigades?", "factions?", "members", "allies",
    "terrorists", "extremists", "military", "combatants", "coalition", "alliance", "elements",
)  # fmt: skip
#: What may join a side's name and the noun ("Turkish-*backed* rebels", "IS *group*", "Daesh
#: *terror group*"); at most two of them.
ACTOR_LINKS: Final = (
    "group", "led", "backed", "linked", "allied", "affiliated", "terror(?:ist)?", "rebel",
)  # fmt: skip
#: A backer named before a side, which the side keeps ("*US-backed* rebels", "*Russian-backed*
#: government forces"); a backer alone ("US-backed forces") names no side.
ACTOR_BACKERS: Final = (
    r"(?-i:US|U\.S\.)", "American", "Western", "Russian?", "Iran(?:ian)?", "coalition",
)  # fmt: skip
#: The verbs of a backer before a side ("US-*backed*", "Iranian-*sponsored*").
ACTOR_BACKER_VERBS: Final = ("backed", "supported", "sponsored")
#: The words a side's name may follow ("the *Syrian* regime", "*Syrian* rebels", "the
#: *terrorist* PYD/PKK": the name still names its side; a bare "terrorists" or "Takfiri
#: terrorists", as state media call rebels and IS alike, names none).
ACTOR_PREFIXES: Final = ("Syrian", "terrorist")
#: Adjectives of a side's fighters that name no side, which may stand before its name like
#: :data:`ACTOR_PREFIXES` ("*hardline* rebels", "*Islamist* rebels", "*allied* Syrian rebels",
#: "*elite* troops", "*jihadist* IS fighters"): the name after them names the side.
ACTOR_ADJECTIVES: Final = (
    "hard-?line", "Islamist", "jihadist", "allied", "elite", "moderate", "local", "mainly",
    "mostly", "predominantly", "foreign", "Sunni", "Arab",
)  # fmt: skip
#: Per side, words that name the side itself and may stand before another of its names ("the
#: *Turkish-backed* Syrian rebels", "the *Kurdish-led* SDF", "*pro-government* NDF militias",
#: "the Syrian *army's elite* Tiger Forces"); only before a name of the same side, so that "Kurdish
#: fighters and rebels" or a "Kurdish-led" before a rebel name stay two actors. With the backers
#: and adjectives above, at most two words before the name (see :data:`actor_modifiers`).
ACTOR_SIDE_MODIFIERS: Final[Mapping[str, tuple[str, ...]]] = {
    "kurdish": (r"Kurdish(?:[-\s]led)?", r"(?-i:YPG|SDF)-led"),
    "rebels": (
        r"Turk(?:ish|ey)[-\s](?:backed|supported|sponsored|led|allied|aligned)",
        r"Ankara-(?:backed|supported|aligned|allied)",
        r"pro-?\s?Turk(?:ish|ey)",
        r"anti-?\s?(?:government|regime|Assad)",
        "opposition",
        "rebel",
    ),
    "government": (
        r"pro-?\s?(?:government|regime|Assad)",
        # the army's own units by its possessive ("the Syrian *army's elite* Tiger Forces",
        # "*Assad's* Republican Guard")
        r"(?:Syrian\s+)?(?:army|regime|government|(?:President\s+)?(?:Bashar\s+)?(?:al[-\s])?Assad)"
        r"['’]s(?:\s+elite)?",
        "regime",
        "government",
        "loyalist",
    ),
}


def actor_modifiers() -> str:
    """The words that may stand before a side's name without naming another side: a backer
    ("US-backed"), "Syrian", an adjective ("hardline"); any one, each followed by spaces."""
    backer = f"{alternation(ACTOR_BACKERS)}[\\s-]+{alternation(ACTOR_BACKER_VERBS)}"
    return f"(?:{backer}|{alternation(ACTOR_PREFIXES)}|{alternation(ACTOR_ADJECTIVES)})\\s+"


def actor_side_group(prefix: str = "") -> str:
    """Any side's name, one named group per side (``prefix`` + side) as :data:`SIDE_GROUP`, each
    name allowed after one of its own side's words (:data:`ACTOR_SIDE_MODIFIERS`) and a word of
    :func:`actor_modifiers` ("Turkish-backed *Syrian* rebels")."""
    neutral = actor_modifiers()
    groups = []
    for side, names in SIDE_NAMES:
        own = ACTOR_SIDE_MODIFIERS.get(side)
        before = f"(?:{alternation(own)}\\s+(?:{neutral})?)?" if own else ""
        groups.append(f"(?P<{prefix}{side}>{before}(?:{'|'.join(names)}))")
    return "|".join(groups)


#: What may follow an actor and stand between it and its verb ("rebels *backed by Turkey*
#: captured", "the army *and allied militias* retook", "SDF fighters, *an alliance of Kurdish and
#: Arab groups,* took"): a participle with its agent, allies, an apposition.
SUBJECT_EXTRAS: Final = (
    # (also a tie to another group: "IS militants *affiliated with al Qaeda* overran X")
    r"\s*,?\s+(?:(?:backed|supported|aided|assisted|led|helped|allied)\s+by"
    r"|(?:affiliated|linked|allied|aligned)\s+(?:with|to))\s+(?:the\s+)?"
    r"[\w.'’-]+(?:\s+(?!(?:on|in)\b)[\w.'’-]+){0,3}?(?=\s*,|\s+(?:on\s+)?[a-z])(?:\s*,)?",
    r"\s+and\s+(?:their\s+|its\s+)?(?:(?:allied|loyalist|pro-government|popular|local"
    r"|paramilitary|militia|supporting|auxiliary)\s+)?(?:Syrian\s+)?"
    r"(?:allies|militias?|militiamen|fighters|forces|paramilitaries)",
    # a foreign army named after the side it takes places for: "the FSA *and Turkish forces*
    # liberated X" (see FOREIGN_ARMY_AFTER; after another side's name it makes no statement)
    r"\s+and\s+(?:the\s+)?Turk(?:ish|ey['’]s)\s+(?:armed\s+forces|forces|army|troops|military"
    r"|soldiers)",
    # allies named by their name: "Turkish forces *and their Free Syrian Army (FSA) allies*"
    r"\s+and\s+(?:their|its)\s+(?:[\w()'’-]+\s+){1,5}?(?:allies|proxies)",
    r"\s*,\s*(?:an?|the)\s+[^;:()]{1,100}?,",
    # set off by commas or dashes: "Government forces, *backed by Russian air strikes and
    # Iranian-backed militias,* retook X", "the SDF *— a coalition of Kurdish and Arab groups —*
    # gained control of X", "the FSA groups, *part of the operations room,* took X" (an actor of
    # another side named inside makes no statement)
    r"\s*,\s*(?:backed|supported|aided|assisted|led|helped|joined|reinforced|covered)\s+by"
    r"\s+[^,;:()]{1,100}?,",
    r"\s*,\s*(?:part|members?|units?|one)\s+of\s+[^,;:()]{1,100}?,",
    # backers listed without a comma before them: "the army *backed by popular forces, Russian
    # and Syrian warplanes,* managed to recapture X"
    r"\s+(?:backed|supported|aided|assisted|covered)\s+by\s+[^,;:()]{1,60}?,[^,;:()]{1,60}?,",
    # "the FSA*, some supplied with arms by Turkey,* captured X"
    r"\s*,\s*(?:some|many|most|all)\s+(?:of\s+them\s+)?[^,;:()]{1,100}?,",
    # "troops *supporting the Syrian president, Bashar al-Assad,* captured X"
    r"\s+(?:supporting|backing)\s+(?:the\s+)?[^,;:()]{1,60}?(?:,\s*[^,;:()]{1,40}?,|(?=\s+[a-z]))",
    r"\s+[—–-]{1,2}\s+[^—–;:()]{1,120}?\s+[—–-]{1,2}(?=\s)",
)
#: The verbs of a backer named after a side ("rebels *backed* by Turkey"): the backer is no
#: actor of the side's clause.
BACKING_VERBS: Final = ("backed", "supported", "aided", "assisted", "helped", "covered")
#: Words that name an actor jointly with the one before it ("Kurdish fighters, the army *and*
#: Hezbollah"): a clause of two sides states no control.
JOINERS: Final = ("and", "with", "alongside", r"together\s+with", r"as\s+well\s+as")
#: The nouns of an apposition that describes a subject's make-up ("the SDF, *a coalition of*
#: Kurdish, Arab and Assyrian groups,"): the sides it names do not join the subject.
COMPOSITION_NOUNS: Final = (
    "coalition", "alliance", "umbrella", "grouping", "mix", "group", "force", "militia",
)  # fmt: skip
#: Speakers, not fighters: a side's name before them is no actor of the fight ("rebel *sources*
#: said", "government *officials*").
SPEAKER_NOUNS: Final = (
    "sources?", "officials?", r"spokes(?:man|woman|person)", "activists?", "media",
    "television", "TV", "commanders? said", "statement", "supporters",
)  # fmt: skip

# --------------------------------------------------------------------------- verbs

#: A dash as written in "rebel-held".
DASH: Final = "[-‑–]"
#: The place nouns a side's holding in brackets may end with when its hyphen is left out ("X
#: (opposition held *territory*)", "X (rebel held *area*)"; not "X (rebels held a rally)").
BRACKET_HELD_NOUNS: Final = (
    r"territor(?:y|ies)", "areas?", "zones?", "regions?", "enclaves?", "pockets?", "towns?",
    "city", "villages?", "districts?", "neighbou?rhoods?", "parts?", "sides?",
)  # fmt: skip
#: The verbs of a modifier after a side's name: "rebel-*held*", "IS-*besieged*" (also the
#: shorter "rebel-*sieged*").
HELD_VERBS: Final = (
    "held", "controlled", "run", "occupied", "dominated", "besieged", "sieged", "encircled",
    "captured", "seized",
)  # fmt: skip
#: The modifier verbs that may also follow without a dash: "government *held*" (a verb, not a
#: modifier, before a determiner: "rebels held *the* town", or after a noun: "IS *militants*
#: controlled X").
PLAIN_HELD: Final = ("held", "controlled")
#: The participles of holding after a side and its dash in an apposition or predicate ("X, a
#: rebel-*run* district", "X is an IS-*occupied* town"); not "-dominated", said of a people
#: ("a Kurdish-dominated district").
APPOSITION_HELD: Final = (*PLAIN_HELD, "run", "occupied")
#: Words that start a noun phrase as a verb's object ("held *the* town").
DETERMINERS: Final = (
    "the", "an?", "all", "most", "much", "parts?", "large", "several", "some", "its", "their",
    "two", "three", "four", "five", "many", "swathes", "swaths",
)  # fmt: skip
#: Words between a clause's subject and its verb ("the army *has finally* recaptured").
AUXILIARIES: Final = (
    "have", "has", "had", "finally", "now", "fully", "completely", "also", "then", "later",
    "eventually", "quickly", "swiftly", "recently", "since", "still", "are", "is", "were", "was",
    "remain", "remains", "remained", "again", "overnight", "effectively", "totally",
    "successfully", "officially", "just", "already", "entirely", "newly", "swiftly",
    # "rebels have *been* in control of X"
    "been",
    # "the YPG *continues to* control X"
    r"continu(?:es|ed|e)\s+to",
)  # fmt: skip
#: Days and times that may stand between a clause's subject and its verb ("Kurdish forces *on
#: Monday* seized", "government forces *Friday* took control of").
WHEN_BETWEEN: Final = (
    r"(?:early\s+|late\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?:\s+(?:night|morning|evening|afternoon))?,?",
    r"(?:this|last)\s+(?:week|month|year)",
    r"on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?",
    r"in\s+(?:(?:early|late|mid-?)\s*)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.?(?:\s+\d{4})?,?",
    r"in\s+(?:19|20)\d\d,?",
)
#: The degree of a control taken, inside the verb phrase ("took *complete* control of", "seized
#: *full* control of", "established *'full military* control' of"): up to two of these words,
#: after an opening quote (its closing quote after "control"). "Nearly" / "almost" stand before
#: them only in the first phrase of :data:`CAPTURE_VERBS`, as before ("have taken *almost*
#: complete control of X" makes no statement).
CONTROL_DEGREE_WORDS: Final = (
    "full", "complete", "total", "firm", "effective", "absolute", "overall", "military",
    "entire", "sole",
)  # fmt: skip
CONTROL_DEGREE: Final = (
    r"(?:[\"'“‘]\s*)?"
    rf"(?:(?:{'|'.join(CONTROL_DEGREE_WORDS)})\s+){{0,2}}"
)
#: "control" after :data:`CONTROL_DEGREE`, its closing quote and "of" / "over".
CONTROL_OF: Final = r"control[\"'”’]?\s+(?:of|over)"
#: A clause's verbs of capture, followed by the place taken.
CAPTURE_VERBS: Final = (
    Phrase(
        (
            "took", "gained", "wrested", "seized", "assumed", "retook", "re-took", "retaken",
            "imposed", "established", "restored", "asserted", "extended", "achieved", "secured",
            "regained",
            # a control taken back ("the army *reasserted control over* X", "*re-established
            # full control of* X")
            "reasserted", "re-asserted", "reestablished", "re-established", "reimposed",
            "re-imposed",
            # the present of a headline ("Army *takes control of* X", "Rebels *seize control
            # of* X")
            "takes", "gains", "seizes", "retakes", "regains", "secures", "wrests", "take", "seize",
            "retake", "regain", "wrest",
        ),
        r"(?:\s+back)?\s+(?:(?:nearly|almost|near)\s+)?" + CONTROL_DEGREE +
        # (a time or a day may stand inside: "took control *overnight* of X", "seized full
        # control *Friday* of X")
        r"control[\"'”’]?\s+(?:(?:overnight|today|yesterday|early|late)\s+"
        # ("gained control *last week* of X")
        r"|(?:(?:last|this|earlier\s+this)\s+(?:week|weekend|month|night)\s+)"
        r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?(?:of|over)",
    ),
    # ("taken over" before a bare "taken", which the alternation would try first)
    Phrase(("took", "taken", "takes", "take"), r"\s+over"),
    # ("have *taken back* X", "Army *takes back* X": before the bare "taken", which the
    # alternation would try first)
    Phrase(("took", "taken", "takes", "won", "clawed"), r"\s+back"),
    Phrase(("taken", "retaken"), rf"(?:\s+{CONTROL_DEGREE}{CONTROL_OF})?"),
    # a control widened to a place: "the army *extended its control to* X", "*expanded their
    # control over* X"
    Phrase(
        ("extended", "extends", "expanded", "expands"),
        r"\s+(?:its|their)\s+control\s+(?:to|over)",
    ),
    # ("seized back X", "wrested back X": before the bare verbs, which the alternation would
    # try first)
    Phrase(("seized", "snatched", "grabbed", "wrested"), r"\s+back"),
    # the words of state media: "the army *restored security and stability to* X"
    Phrase(
        ("restored", "restores", "restore"),
        r"\s+[\"“]?(?:security\s+and\s+stability|stability\s+and\s+security|security|stability)"
        r"[\"”]?\s+(?:to|in)",
    ),
    Phrase(
        (
            "re-?captured", "captured", "retook", "re-took", "seized", "overran", "stormed",
            "entered", "liberated", "conquered", "secured", "regained", "reclaimed",
            # state media's word: "the army has *freed* the town of X"
            "freed",
            # ("troops *wrested* X from rebels")
            "wrested",
            # the present of a headline ("FSA *recaptures* X", "Army *retakes* X"), also after a
            # plural subject ("IS fighters *seize* X")
            "re-?captures", "captures", "retakes", "seizes", "overruns", "storms", "liberates",
            "regains", "re-?capture", "capture", "retake", "seize", "regain",
        )
    ),
    Phrase(("overrun",)),
    Phrase(("took", "takes")),
    # a success that states the capture: "*managed to capture* X", "*were able to control* X",
    # "*succeeded to fully recapture* X" (a purpose, "launched an offensive to capture X", is none)
    Phrase(
        ("managed", "succeeded", "able"),
        # (a control taken first: "*able to seize control of* X" before a bare "seize")
        r"\s+(?:to|in)\s+(?:fully\s+|completely\s+)?(?:"
        r"(?:tak(?:e|ing)|gain(?:ing)?|seiz(?:e|ing)|impos(?:e|ing)|regain(?:ing)?|retak(?:e|ing))\s+"
        + CONTROL_DEGREE + CONTROL_OF +
        r"|(?:re-?)?captur(?:e|ing)|retak(?:e|ing)"
        r"|wrest(?:ing)?\s+control\s+(?:of|over)"
        r"|seiz(?:e|ing)|overrun(?:ning)?|storm(?:ing)?|enter(?:ing)?|liberat(?:e|ing)"
        r"|regain(?:ing)?|conquer(?:ing)?|control(?:ling)?|dislodg(?:e|ing)|expel(?:ling)?)",
    ),
)  # fmt: skip
#: Capture verbs that say only that a side went in, not that it took the place: a clause read
#: loosely (its subject further from its verb) never takes them as a capture.
ENTRY_ONLY_VERBS: Final = frozenset({"entered", "enters", "stormed", "storms", "storm"})
#: A side's entry into a place, the place after it ("rebels *swept into* Aleppo", "*entered*",
#: "*stormed*"): the place a later anaphor of the clause may refer to ("swept into Aleppo and
#: took control of most of *the city*"), though the geoparser reads it as where they went.
ENTRY_INTO: Final = (
    r"(?:(?:swept|rolled|marched|moved|pushed|poured|surged|advanced|burst|stormed)\s+into"
    r"|entered|stormed)"
)
__all__ += ["ENTRY_INTO"]
#: An entry that declares its control as it goes in ("rebels swept into X, *declaring full
#: control* on Sunday", "troops entered X and declared complete control"): a capture of the
#: place entered, by the clause's side; a declaration "of" another place is that place's (read
#: by the gerund rules), and one only aimed at or denied is none. The entry verbs, and the
#: declaration after them in their sentence (no "of" or "over" after "control").
ENTRY_DECLARED: Final = (
    rf"\b{ENTRY_INTO}\b"
    r"(?=[^.;:!?]{1,220}?(?:,\s*|\s+and\s+(?:then\s+)?)"
    r"(?:declar|announc|proclaim)(?:ing|ed)\s+(?:(?:its|their)\s+)?"
    r"(?:(?:full|complete|total|firm)\s+)?control\b(?!\s+(?:of|over)\b))"
)
#: The Kurds named as a besieged place's people or its kind ("*Kurdish families* fled X, which is
#: under siege by IS", "*the Kurds* of X", "the *Kurdish town* of X"): with a siege by IS and no
#: other side in its sentence, the Kurdish forces hold the place (not "Kurdish journalists").
KURDISH_PEOPLE_OR_PLACE: Final = (
    r"\bKurds\b|\bKurdish\s+(?:people|families|residents|refugees|civilians|inhabitants"
    r"|population|town|city|enclave|district|neighbou?rhood|area|region|villages?)\b"
    # Persian ("شهر *کردنشین* X", "*مردم کرد* X", "*کردها*") and Arabic ("المدينة *الكردية*",
    # "*الأكراد*", "السكان *الأكراد*")
    r"|(?<!\w)(?:کردها|کردنشین|(?:شهر|منطقه|محله|مردم|ساکنان|خانواده\s*های|پناهجویان)\s+کرد(?:ی)?"
    r"|(?:ال)?أكراد|(?:المدينة|البلدة|المنطقة|الأحياء|الحي|القرى)\s+الكردية?"
    r"|(?:مدينة|بلدة|منطقة|حي|قرية)\s+\S+(?:\s+\S+)?\s+الكردية?)(?!\w)"
    # Japanese ("*クルド人が暮らす* X", "*クルド人の町* X"), Chinese ("*库尔德人聚居*的X",
    # "*库尔德城镇* X") and Korean ("*쿠르드족 도시* X", "*쿠르드족이 사는* X")
    r"|クルド人?(?:が(?:多く)?(?:暮ら|住)|の(?:町|街|都市|村|住民|市民|難民))"
    r"|(?:库尔德|庫爾德)人?(?:聚居|城镇|城鎮|城市|小镇|小鎮|重镇|重鎮|村庄|村莊|居民|平民|难民|難民)"
    r"|쿠르드족?\s?(?:도시|마을|거주|주민|난민|이\s?사는|이\s?거주하는)"
)
#: The kinds of place an entry never takes whole ("rebels *entered* Aleppo for the first time
#: since 2016", "insurgents *stormed* the city"): a city is entered, fought in and taken district
#: by district, so going in says nothing of who holds it (a town, village or district entered
#: is taken, the convention of :data:`ENTRY_ONLY_VERBS`; a city "left" is none either).
ENTRY_UNTAKEN_KINDS: Final = frozenset({"city"})
__all__ += ["ENTRY_UNTAKEN_KINDS"]
#: The verbs of a mere entry: a holder named in their object ("entered the IS-held town of X",
#: "entered X, the last stronghold of IS") still holds the place.
ENTRY_VERBS: Final = ("entered", "enters")
#: Words before an actor that make it the object of something else, not a clause's subject
#: ("after clashes *with* IS, the rebels took X").
OBJECT_PREPOSITIONS: Final = (
    "with", "against", "from", "by", "on", "of", "between", "to", "for", "at", "among",
    "versus", "vs", "toward", "towards", "into", "than",
)  # fmt: skip
#: Where a clause read loosely ends: a semicolon, a colon, a bracket, a conjunction that opens
#: another clause ("..., while government troops withdrew"), a report's verb ("rebels said")
#: or source ("according to state media,").
LOOSE_CLAUSE_BOUNDARIES: Final = (
    "while", "whereas", "but", "although", "though", "which", "who", "whose", "said", "says",
    "told", "reported", r",?\s*according\s+to\b[^,;]*,",
)  # fmt: skip
#: Conjunctions that end a clause read loosely only after a comma or at the sentence's start
#: ("*As* the army advanced, ..."; not '"*after* a series of operations" took control of X').
LOOSE_SUBORDINATORS: Final = (
    "after", "before", "as", "when", "where", "since", "until", "because", "following",
)  # fmt: skip
#: A clause's verbs of retreat, followed by "from" / "out of" and the place left.
RETREAT_FROM_VERBS: Final = (
    # (the present of a headline too: "IS *withdraws* from X"; a degree may stand before the
    # place: "withdrew *completely* from X")
    Phrase(
        ("retreated", "withdrew", "withdrawn", "withdraws", "withdraw", "retreats"),
        r"(?:\s+(?:completely|fully|entirely|totally))?",
    ),
    # ("pulled back from X", "pulled out from X", "pulled out of X")
    # (a day may stand before "from": "pulled out *on Sunday* from X")
    Phrase(
        ("pulled",),
        r"(?:\s+back(?=\s+from)|\s+out(?=(?:\s+(?:on\s+)?[a-z]+day)?\s+from)|(?=\s+out\s+of))",
    ),
    Phrase(("fled", "evacuated")),
    Phrase(("were", "was", "been"), r"\s+(?:driven|pushed|forced|kicked|chased)"),
    Phrase(("were", "was", "been"), r"\s+(?:expelled|ousted|evicted)"),
)
#: A part of a place as a clause's object, by a person's own ("the YPG was driven out of *his
#: village in* Afrin", "rebels took *their town in* the X district"): a part of the place.
PART_OBJECT_OF_PERSON: Final = (
    r"(?:his|her|their|its)\s+(?:home\s+|native\s+)?"
    r"(?:village|town|neighbou?rhood|district|area)s?\s+(?:in|of)\s+(?:the\s+)?"
)
#: Parts of a place as a capture's object ("rebels had taken control of *eastern areas of* the
#: city", "troops took *areas of* X", "IS seized *several districts of* X"): a part of the place
#: (not a degree: "most of X", "half of X" state nothing).
PART_OBJECT_OF_PLACE: Final = (
    r"(?:the\s+)?(?:(?:(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?|large|several"
    r"|some|many|few|outlying|residential|key|strategic|central|northern|southern|eastern"
    r"|western"
    # (a side's holding: "the army retook *the rebel-held areas of* X", its former holder)
    r"|(?:rebel|opposition|insurgent|militant|jihadist|IS|ISIS|ISIL|Daesh|Kurdish|YPG|SDF"
    r"|government|regime|loyalist)[\s-](?:held|controlled))\s+){0,2}"
    r"(?:areas|parts|districts|neighbou?rhoods|sections|quarters|suburbs)\s+of(?=\s)"
)
#: The greater share of a place as a capture's object ("the rebels seized *most of* Aleppo",
#: "took control of *the bulk of* the city"): a part of a city, town or village, as its "parts"
#: are (never the whole; a neighbourhood's share says nothing, and a held share, "control 90
#: percent of X", or a smaller one, "half of X", states nothing).
MOST_OF_PLACE: Final = (
    r"(?:(?:almost|nearly|virtually)\s+)?(?:most|the\s+bulk|the\s+(?:vast\s+)?majority"
    r"|(?:large|vast)\s+swath(?:e)?s)\s+of(?=\s)"
)
__all__ += ["MOST_OF_PLACE"]
#: Parts of a place named by their side alone as a capture's object, no "of" after them ("rebels
#: had taken control of *eastern areas* and were battling ... when the army turned on Aleppo"):
#: a part of the one city its sentence names, before or after them.
SIDE_PARTS_BARE: Final = (
    r"(?:the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?ern|eastern|western)\s+"
    r"(?:areas|parts|districts|neighbou?rhoods|sections|quarters|half)\b"
    r"(?!\s+(?:of|in|near|around|outside|beyond|along)\b|\s*[-‑–]\s*held)"
)
#: The verbs whose object is a side's forces at a site, which the side then holds there ("a
#: rebel aims his weapon *to monitor* forces loyal to Assad at the X airport", "rebels *fire at*
#: government troops inside the X prison"): a site (a landmark) only, as for positions at it.
WATCHED_AT_VERBS: Final = (
    r"monitor(?:s|ed|ing)?", r"watch(?:es|ed|ing)?", r"observ(?:e|es|ed|ing)",
    r"target(?:s|ed|ing)?", r"aim(?:s|ed|ing)?\s+at", r"fir(?:e|es|ed|ing)\s+(?:at|on)",
    r"snip(?:e|es|ed|ing)\s+at",
)  # fmt: skip
#: The forms of "to be" before a side's passive siege ("IS militants *are now* surrounded").
SURROUNDED_BE: Final = (
    "are", "were", "is", "was", r"(?:have|has|had)\s+been", "remain", "remains", "remained",
)  # fmt: skip
#: A hand-over of a place, its receiver after "to" ("*handed it over to* government forces",
#: "*handed the town over to*", "*handing control to*"): the receiver takes the place.
HANDOVER_CUE: Final = (
    r"hand(?:ed|s|ing)\s+(?:(?:it|them|control(?:\s+of\s+(?:it|them|the\s+\w+))?"
    r"|the\s+(?:town|city|village|district|area|neighbou?rhood|base|airport))\s+)?"
    r"(?:back\s+)?(?:over\s+)?to"
)
__all__ += ["HANDOVER_CUE"]
#: What names the side that takes over a place another side withdrew from (the convention of
#: withdrawals: "X withdrew from P" is X's loss of P, to the one other side its sentence names
#: *as entering or taking over*, else to no side known): an advance, an entry, a takeover or a
#: presence in the place ("rebels withdrew from X *as troops advanced* (*moved in*)", "*ahead of
#: a rebel push*", "SDF fighters *patrol* X after IS was driven out"); not a side only fought
#: ("after days of *clashes with* government forces": unknown).
TAKEOVER_CUES: Final = (
    r"advanc(?:ed|es|ing|e)|avancée|avançaient|moved\s+in|mov(?:ed|es|ing)\s+into"
    r"|enter(?:ed|s|ing)|clos(?:ed|es|ing)\s+in|push(?:ed|es|ing)?|sw(?:ept|eeps|eeping)\s+in"
    r"|stormed|took\s+over|tak(?:en|es|ing)\s+over|took\s+(?:full\s+)?control|seized|captured"
    r"|recaptured|retook|patrol(?:s|led|ling)?|st(?:and|ands|ood|anding)\s+guard|deployed"
    r"|raised\s+(?:their|its|the)\s+flag"
    # a hand-over of the place left ("the SDF withdrew from X *and handed it over to*
    # government forces", "*handing control to* the army")
    r"|" + HANDOVER_CUE
)
#: A clause's verbs of retreat followed by the place left itself ("abandoned X").
#: (not "withdrew *to* their territory in X", a hold of :data:`HOLD_VERBS`)
RETREAT_VERBS: Final = (Phrase(("abandoned", "evacuated", "fled", "withdrew"), r"(?!\s+to\b)"),)
#: A clause's verbs of siege, followed by the place (or "rebels in" the place).
BESIEGE_VERBS: Final = (
    Phrase(("besieged", "sieged", "encircled", "surrounded")),
    Phrase(("laid",), r"\s+siege\s+to"),
    Phrase(("besieging", "encircling")),
)
#: A clause's verbs that drive a side out of the place ("pushed rebels out of X").
DRIVE_VERBS: Final = (
    Phrase(
        (
            "drove", "driven", "pushed", "expelled", "ousted", "forced", "dislodged", "evicted",
            "routed", "ejected", "flushed", "kicked", "chased", "cleared",
        )
    ),
)  # fmt: skip
#: A clause's verbs that clear the place of a side, followed by the place and "of" the side
#: ("troops *cleared* X of rebel fighters").
CLEAR_VERBS: Final = (Phrase(("cleared", "purged")),)
#: The people a side drives out that name no side ("troops dislodged *terrorists* from X"): the
#: place still goes to the side that drove them out.
DRIVEN_NOUNS: Final = ("terrorists", "militants", "jihadists", "extremists", "gunmen", "fighters")
#: What follows the side driven out and leads to the place: "drove IS *out of* X", "*from* X",
#: "forced IS *to retreat from* X".
DRIVEN_FROM: Final = (
    r"out\s+of",
    "from",
    r"to\s+(?:retreat|withdraw|pull\s+(?:out|back)|flee)\s+(?:from|out\s+of)",
)
#: A clause's verbs of holding, followed by the place held ("rebels *now hold* all of X").
HOLD_VERBS: Final = (
    # (a longer phrase before its head alone) a holding kept: "the army *retained control of*
    # the citadel", "troops *have held firm in* X"
    Phrase(
        (
            "retain", "retains", "retained", "keep", "keeps", "kept", "maintain", "maintains",
            "maintained",
        ),
        r"\s+(?:full\s+|firm\s+|effective\s+)?control\s+(?:of|over)",
    ),
    Phrase(("hold", "holds", "held"), r"\s+firm\s+in"),
    Phrase(
        (
            "hold", "holds", "held", "control", "controls", "controlled", "occupy", "occupies",
            "occupied", "retain", "retains", "retained", "keep", "keeps", "kept",
        )
    ),
    Phrase(
        ("in",), r"\s+(?:full\s+|complete\s+|total\s+|firm\s+|effective\s+)?control\s+(?:of|over)"
    ),
    # a retreat into what the side still holds: "IS fighters *withdrew to their nearby territory
    # in* the towns of X and Y"
    Phrase(
        ("withdrew", "retreated", "fled", "withdrawn"),
        r"\s+to\s+(?:their|its)\s+(?:[\w-]+\s+)?(?:territory|territories|positions|strongholds?"
        r"|bastions?|lines)\s+in",
    ),
    # a hold kept: "Syrian forces *continue to secure* the X neighbourhood" (not "secured", a
    # capture)
    Phrase(
        ("continue", "continues", "continued", "continuing"),
        r"\s+to\s+(?:secure|guard|hold|control|defend|protect)",
    ),
    # a hold made firmer: "the government *has consolidated control of* X"
    Phrase(
        ("consolidated", "consolidates", "consolidate", "cemented"),
        r"\s+(?:its\s+|their\s+)?(?:grip|hold|control)\s+(?:of|over|on)",
    ),
)  # fmt: skip
#: A clause's verbs that end a siege, followed by the place relieved, which the subject's side
#: holds ("troops *ended the siege of* Nubl and Zahraa", "rebels *broke the siege of* X").
RELIEVE_VERBS: Final = (
    Phrase(
        ("ended", "broke", "lifted", "broken", "breaking", "ending", "lifting"),
        r"\s+(?:the\s+|an?\s+)?(?:(?!(?:their|its|his)\b)[\w'’-]+\s+){0,3}?siege"
        r"\s+(?:(?:imposed|laid)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?)?(?:of|on|in|over|around)",
    ),
)
#: The nouns and gerunds that end a siege, without a clause of their own ("celebrate *the
#: breaking of the siege imposed on* Nubl and Zahraa", "the army's *lifting of the siege of* X",
#: "in celebration of *breaking the siege over* X"): the side that ends it holds the place.
SIEGE_END_NOUNS: Final = ("breaking", "lifting", "end", "ending")
SIEGE_END_GERUNDS: Final = ("breaking", "lifting", "ending")
#: A clause's verbs of loss, followed by the place lost and "to" the side that took it
#: ("the army *lost* X to rebels").
LOSE_VERBS: Final = (
    Phrase(("lost",), r"(?:\s+(?:full\s+|complete\s+|all\s+)?control\s+(?:of|over))?"),
    # a place given up to the other side ("rebels *surrendered* X to the army", "*handed over*")
    Phrase(("surrendered", "ceded"), r"(?:\s+(?:full\s+)?control\s+(?:of|over))?"),
    # ("handed over X to", "handed X to": the side after "to" takes it)
    Phrase(("handed",), r"(?:\s+over)?(?:\s+control\s+of)?"),
)
#: The verbs whose object may be "it" for a place named before ("after troops *retook* it"):
#: verbs that take a place, not a thing (not "seized it", "entered it", "held it").
IT_VERBS: Final = frozenset(
    {
        "recaptured", "re-captured", "captured", "retook", "re-took", "overran", "liberated",
        "conquered", "regained", "took", "wrested", "retaken", "taken", "overrun", "reclaimed",
    }
)  # fmt: skip
#: Verbs of :data:`IT_VERBS` that take "it" only with more words ("took *control of* it", not
#: "took it"); and the verbs that take "it" only with the side it was taken from ("troops
#: *seized it from rebel fighters*").
IT_VERBS_NOT_BARE: Final = frozenset({"took"})
IT_FROM_VERBS: Final = frozenset({"seized", "entered", "stormed", "secured"})
#: The verbs whose object may be a thing inside the place, which they take with it
#: ("*recaptured* the power station in the X area"); not "captured" or "seized", which take
#: people too ("captured a commander in X").
INSIDE_OBJECT_VERBS: Final = frozenset(
    {
        "recaptured", "re-captured", "retook", "re-took", "retaken", "overran", "overrun",
        "liberated", "stormed", "regained", "recaptures", "retakes",
    }
)  # fmt: skip
#: The degrees that make a bare participle after a place a done capture ("we announce X
#: *completely* liberated"), as a passive would.
COMPLETE_DEGREES: Final = ("fully", "completely", "entirely", "totally")
#: The degrees of a control said without its side ("X is under *full* control," a side said).
UNDER_FULL_DEGREES: Final = ("full", "complete", "total", "firm")
#: The gerunds of a capture after "after" / "since" / "following" / "by", whose subject is the
#: sentence's actor ("SDF fighters raise their flag *after driving IS out of* the town", "rebels
#: dealt IS a blow *by capturing* X").
GERUND_CUES: Final = (
    "after", "since", "following", "upon", "by",
    # a success told by its gerund: "the SDF finally *succeeded in* expelling IS from the city"
    r"succe(?:ed|eds|eded)\s+in",
)  # fmt: skip
#: (A capture gerund set off by a comma or a semicolon after its clause has the clause's subject
#: too: "IS launched a surprise attack, *seizing* X from rebels".)
GERUNDS: Final = (
    # ("seizing control of X" before a bare "seizing", which the alternation would try first)
    Phrase(
        ("taking", "seizing", "gaining", "regaining", "wresting", "retaking", "securing"),
        rf"\s+{CONTROL_DEGREE}{CONTROL_OF}",
    ),
    # a control the side declares as it goes ("swept into X, *declaring full control of* the
    # town")
    Phrase(("declaring", "announcing", "proclaiming"), rf"\s+{CONTROL_DEGREE}{CONTROL_OF}"),
    Phrase(
        (
            "capturing", "recapturing", "re-capturing", "seizing", "retaking", "liberating",
            "overrunning", "storming",
        )
    ),
    Phrase(("controlling",)),
    # (bare "taking" after "taking control of", which the alternation must try first)
    Phrase(("taking",)),
)  # fmt: skip
#: Verbs of an advance a capture gerund may follow without a comma, with the clause's subject
#: ("troops *advanced overnight* seizing X from rebels").
ADVANCE_VERBS: Final = Phrase(
    ("advanced", "pushed", "pressed", "moved", "swept", "surged"),
    r"(?:\s+(?:overnight|forward|further|ahead|on|deeper|quickly|rapidly|swiftly))?",
)
#: The verbs whose subject may be a capture gerund and whose object is the side that made it
#: ("Capturing X *put* the army within reach of the old city").
GERUND_SUBJECT_VERBS: Final = (
    "put", "puts", "gave", "gives", "brought", "brings", "allowed", "allows", "enabled",
    "enables", "left", "leaves", "placed", "places",
)  # fmt: skip
#: The gerunds that drive a side out ("after *driving* IS *out of* X", "after *expelling* IS
#: from X").
DRIVE_GERUNDS: Final = (
    Phrase(("driving", "pushing", "expelling", "ousting", "forcing", "dislodging", "evicting")),
)
#: A loss after a cue, to the side named after the place: "IS retreated *after losing* X to
#: Turkey-backed rebels" (the side it went to holds it).
LOSE_GERUNDS: Final = (Phrase(("losing",), rf"(?:\s+{CONTROL_DEGREE}{CONTROL_OF})?"),)
#: A gain that gives the sentence's side the place: "the rebel advance *gave them control over*
#: X" (the side is the one named before it, as for a gerund).
GIVE_CONTROL: Final = (
    Phrase(
        ("gave", "gives", "given", "giving"),
        rf"\s+(?:them|it)\s+{CONTROL_DEGREE}{CONTROL_OF}",
    ),
)
# --------------------------------------------------------------------------- changes of hands
# (the words of the capture, withdrawal and expulsion rules added with
# ``rules._change_of_hands_rules``; each list here is also a trigger of the pre-check)

#: A withdrawal a side announces, said as a noun: "the SDF *announced the withdrawal of its
#: fighters* from X" (a retreat of the side, as "the SDF withdrew from X").
WITHDRAWAL_NOUN_VERBS: Final = (
    Phrase(
        (
            "announced", "announces", "announce", "confirmed", "confirms", "completed",
            "completes", "began", "begins", "started", "starts", "ordered", "orders",
        ),
        r"\s+(?:the\s+|a\s+)?(?:full\s+|complete\s+|total\s+)?(?:withdrawal|pull-?out|evacuation)"
        r"\s+of\s+(?:(?:their|its|all|the|his)\s+)?(?:remaining\s+)?(?:[\w-]+\s+)?"
        r"(?:fighters|forces|troops|units|members|men|militants)",
    ),
)  # fmt: skip
#: Words before an actor inside a subject that make it the one opposed, not the subject
#: ("militants *opposing* the Syrian government seized X": not the government's capture).
OPPONENT_WORDS: Final = (
    "opposing", r"opposed\s+to", "fighting", "battling", "combating", "combatting", "against",
    r"hostile\s+to", r"rebelling\s+against", r"at\s+war\s+with", r"waging\s+war\s+on",
)  # fmt: skip
#: A passive retreat whose agent follows: "after IS militants *were pushed out by* a US-backed
#: SDF offensive" (the place is the one named before it in its sentence).
PUSHED_OUT_BY: Final = (
    r"(?:were|was|been|being)\s+(?:(?:finally|eventually|completely|fully)\s+)?"
    r"(?:pushed|driven|forced|kicked|chased|expelled|ousted|evicted|routed|flushed|cleared)"
    r"(?:\s+out)?\s+by"
)
#: A drive with its object and no place after it: "the army *expelled the terrorists*" (the
#: place is the one named before it in its sentence: "Residents of X returned after ...").
EXPEL_VERBS: Final = (
    "expelled", "ousted", "evicted", r"drove\s+out", r"kicked\s+out", r"chased\s+out",
    r"flushed\s+out", r"pushed\s+out", r"routed",
)  # fmt: skip
#: A drive gerund after a comma whose object is "it" / "them", the side struck before it ("the
#: SNA struck the SDF, *forcing it out of* X"); or a side named there.
COMMA_DRIVE_GERUNDS: Final = ("forcing", "driving", "pushing", "expelling", "ousting", "kicking")
#: The participles of a capture in a relative clause after an anaphor ("returning to *the city,
#: which was freed from* ISIS *by* Turkish forces and the FSA"): the agent after "by" took the
#: place the anaphor refers back to.
RELATIVE_PASSIVE_PARTICIPLES: Final = (
    "freed", "liberated", "re-?captured", "captured", "retaken", "seized", "taken", "wrested",
    "cleared", "regained",
)  # fmt: skip
#: Relative pronouns that open a clause set off by commas before a capture verb ("the army,
#: *which* ..., seized X"): the verb's subject stands before them.
SET_OFF_RELATIVES: Final = frozenset({"who", "which"})
#: A count before a list of places in brackets or set off by commas ("seized *two
#: neighbourhoods* (X and Y)", "took *three villages*, X, Y and Z,"): the count's words.
COUNT_WORDS: Final = (
    r"\d+", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "several", r"a\s+few", r"a\s+number\s+of", r"dozens\s+of", "some", "many",
)  # fmt: skip
#: Region words before a place that make it only the reference of another area ("the
#: *countryside of the town of* K"): "the area" after them never refers back to K.
REGION_OF_WORDS: Final = (
    "countryside", "outskirts", "vicinity", "surroundings", "environs", "suburbs", "periphery",
    "edges?", r"rural\s+areas?",
)  # fmt: skip
#: A foreign country's adjective next to an army's or troops' name in the other languages, which
#: makes it no Syrian army ("*die türkische* Armee", "*het Turkse* leger", "l'armée *turque*",
#: "el ejército *turco*", "*türkische* Truppen"): the side names of the government below carry
#: these look-arounds, so that a foreign army names no side (as in English, where Turkish forces
#: alone take nothing: :data:`FOREIGN_CAPTURERS`). Before the name (German, Dutch): fixed-width
#: look-behinds, one a form.
ABROAD_ARMY_BEFORE: Final = "".join(
    rf"(?<!{adjective}\s)"
    for adjective in (
        "türkische", "türkischen", "russische", "russischen", "amerikanische", "amerikanischen",
        "israelische", "israelischen", "irakische", "irakischen", "iranische", "iranischen",
        "Turkse", "Russische", "Amerikaanse", "Israëlische", "Iraakse", "Iraanse",
        # Russian, Ukrainian ("*турецкая* армия", "*турецької* армії")
        "турецкая", "турецкой", "турецкую", "турецкие", "турецких", "российская", "российской",
        "американская", "американской", "израильская", "израильской", "иракская", "иракской",
        "турецька", "турецької", "турецьку", "російська", "російської",
        # Polish ("*turecka* armia", "*tureckiej* armii")
        "turecka", "tureckiej", "turecką", "rosyjska", "rosyjskiej", "amerykańska",
    )
)  # fmt: skip
#: ... and after the name (French, Spanish, Portuguese, Italian): "l'armée *turque*".
ABROAD_ARMY_AFTER: Final = (
    r"(?!\s+(?:turque|turques|turcs?|turca|turcas|turcos?|turch[eiao]|russes?|russ[oa]s?"
    r"|américaine|americana|americano|israélienne|israel[íi]|israeliana|irakienne|iraqu[íi]"
    r"|iracheno|libanaise|jordanienne|iranienne|iran[íi]|iraniano)(?!\w))"
)
#: ... in Arabic, after the army ("*الجيش التركي*", "الجيش *الروسي*"), and in Turkish, before it
#: ("*Türk* ordusu", "*Rus* ordusu").
ABROAD_ARMY_AFTER_AR: Final = (
    r"(?!\s+(?:التركي|الروسي|الأمريكي|الأميركي|الإسرائيلي|العراقي|الإيراني|اللبناني"
    r"|الأردني)(?!\w))"
)
ABROAD_ARMY_BEFORE_TR: Final = "".join(
    rf"(?<!{adjective}\s)" for adjective in ("Türk", "Rus", "Irak", "İran", "ABD", "Amerikan")
)
__all__ += [
    "ABROAD_ARMY_AFTER",
    "ABROAD_ARMY_AFTER_AR",
    "ABROAD_ARMY_BEFORE",
    "ABROAD_ARMY_BEFORE_TR",
]
#: Other languages' verbs of a capture (French, Spanish, Italian, German, Dutch, Turkish), in
#: the past or a headline's present, with :data:`FOREIGN_SIDE_NAMES` (and
#: :data:`FOREIGN_CAPTURE_SIDE_NAMES`) as their subject: "l'armée *a repris le contrôle des*
#: cités de X et de Y", "los rebeldes *han tomado* X", "die Armee hat X *erobert*", "het leger
#: heeft X *veroverd*", "ordu X'i *ele geçirdi*".
_FR_TAKEN: Final = (
    r"(?:(?:désormais|finalement|enfin|déjà|rapidement|totalement|entièrement)\s+)?"
    r"(?:repris|pris|conquis|reconquis|libéré|capturé|arraché)"
)
_ES_IT_TAKEN: Final = (
    r"(?:(?:ya|finalmente|completamente)\s+)?"
    r"(?:recuperado|tomado|conquistado|reconquistado|capturado|liberado|arrebatado|preso|"
    r"conquistato|riconquistato|ripreso|catturato|liberato|strappato)"
)
FOREIGN_CAPTURE_VERBS: Final = (
    # French (each fragment starts with a letter: the pre-check's fast path needs it)
    *(aux + r"\s+" + _FR_TAKEN for aux in ("a", "ont", "avait", "avaient", "aurait", "auraient")),
    "reprend", "reprennent", r"s['’]empar(?:e|ent|ée?s?)", "conquiert", "conquièrent",
    r"fini\s+par\s+(?:reprendre|prendre|conquérir)",
    # Spanish, Italian
    *(aux + r"\s+" + _ES_IT_TAKEN
      for aux in ("ha", "han", "había", "habían", "hanno", "aveva", "avevano")),
    r"tom(?:ó|aron)", r"recuper(?:ó|aron)", r"conquist(?:ó|aron)", r"captur(?:ó|aron)",
    r"riconquista", r"riprende",
    # German, Dutch (the participle ends the clause: "hat X erobert")
    r"erober(?:t|te|ten)", r"zurückerober(?:t|te|ten)", r"eingenommen", r"nahm(?:en)?\s+ein",
    r"verover(?:d|de|den)", r"herover(?:d|de|den)", r"ingenomen",
    # Turkish ("X'i ele geçirdi", "muhalifler tarafından ele geçirildi", "IŞİD'ten aldı",
    # "PYD'nin elinden kurtardı"); a bare "aldı" only after the side it was taken from (the
    # dotless ı as i too: the pre-check folds it)
    r"ele\s+geçir(?:di|diler|mişti|miş|ildi|ilmişti)", r"geri\s+al(?:d[ıi]|d[ıi]lar|[ıi]nd[ıi])",
    # (the capture done before the main clause: "ÖSO, X'i *ele geçirmesinin ardından* ...")
    r"ele\s+geçirme(?:si|leri)(?:nin\s+ardından|yle|nden\s+sonra)",
    r"kurtar(?:d[ıi]|d[ıi]lar|[ıi]ld[ıi])", r"al(?:d[ıi]|d[ıi]lar|[ıi]nd[ıi])",
)  # fmt: skip
#: Sides' names in Dutch (the other languages' are in :data:`FOREIGN_SIDE_NAMES`), as subjects
#: of :data:`FOREIGN_CAPTURE_VERBS`.
FOREIGN_CAPTURE_SIDE_NAMES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "government",
        (
            rf"(?:Syrische\s+)?{ABROAD_ARMY_BEFORE}leger",
            r"regeringstroepen",
            rf"{ABROAD_ARMY_BEFORE_TR}ordu(?:su)?",
            # the army by its other names ("les *forces militaires*", "les *forces syriennes*",
            # "die *syrischen Truppen*", "las *tropas sirias*")
            rf"forces\s+(?:militaires|armées|syriennes|du\s+gouvernement){ABROAD_ARMY_AFTER}",
            rf"(?:syrischen\s+)?{ABROAD_ARMY_BEFORE}(?:Regierungs)?truppen",
            r"tropas\s+sirias",
            r"fuerzas\s+sirias",
        ),
    ),
    ("rebels", (r"rebellen", r"opstandelingen")),
    ("islamic_state", (r"Islamitische\s+Staat",)),
    ("kurdish", (r"Koerd(?:en|ische\s+(?:strijders|milities))",)),
)
#: Words right before a side that make it the one a place was taken from or the agent
#: of something else, not the subject ("repris *aux* rebelles", "*von* den Rebellen").
FOREIGN_NOT_SUBJECT_BEFORE: Final = (
    "aux", "à", "von", "vom", "door", "van", "por", "dai", "ai", "dagli", "agli", "contre", "durch",
    "contra", "gegen", "tegen", "contro", "avec", "mit", "met", "con",
)  # fmt: skip
#: Place nouns before a side's name that make it a modifier of the place, not an actor ("les
#: derniers *quartiers* rebelles", "le *secteur* rebelle", "la *zone* kurde").
FOREIGN_PLACE_BEFORE_SIDE: Final = (
    r"quartiers?", r"secteurs?", r"zones?", r"bastions?", r"positions?", r"barrios?",
    r"posiciones", r"territoires?", r"territorios?", r"Gebiete?n?", r"Viertel",
)  # fmt: skip
#: The Turkish agent after a side ("muhalifler *tarafından* ele geçirildi": taken by them).
FOREIGN_BY_AFTER: Final = r"taraf[ıi]ndan"
#: Where another language's clause ends after its capture verb ("..., a indiqué la source").
FOREIGN_CLAUSE_END: Final = (
    r",\s*(?:a|ont|selon|según|secondo|laut|volgens|ha|han)\b", r"\bselon\b", r"\bsegún\b",
    r"\bsecondo\b", r"\blaut\b", r"\bvolgens\b", r";", r"\bmais\b", r"\bpero\b",
    r"\baber\b", r"\bmaar\b",
)  # fmt: skip
#: Words before a place in those languages that make it a landmark of the phrase, not a place
#: taken ("*près de* X", "*cerca de* X", "*nahe* X").
FOREIGN_NEAR: Final = (
    r"près\s+d[eu']", r"proche\s+d[eu']", r"cerca\s+de", r"vicino\s+a", r"nahe", r"bij",
    r"nabij", r"périphérie\s+d[eu']", r"environs\s+d[eu']",
    # a bearing after "au" / "dans le" ("*au sud d'*Alep"; not "le quartier *ouest de* X")
    r"(?:au|dans\s+le|à\s+l['’])\s*(?:sud|nord|est|ouest)(?:-est|-ouest)?\s+d[eu']",
)  # fmt: skip
#: What follows a place in Turkish that makes it no object of the verb: a locative or genitive
#: ending ("Cerablus'*ta*", "Halep'*in*") or a place word in those cases ("Çobanbey
#: *ilçesinde*", "Halep *ilinin*"): the object of "ele geçirdi" is in the accusative.
FOREIGN_NOT_OBJECT_AFTER: Final = (
    # (but a genitive before the object's own noun names the place taken: "El Bab'ın
    # *merkezini* ele geçirdi", "X'in *kontrolünü* ele geçirdi")
    # (nor a dative, a place gone to or attacked: "Halep*'e* saldırmış, ... doğusunu ele geçirdi")
    # (nor a place whose thing is the object: "Dabık*'taki* mevzileri ele geçirdi")
    r"['’](?:[dt][ae](?:ki)?\b|y?[ae]\b|[ny]?[ıiuü]n\b"
    r"(?!\s+(?:(?:şehir|kent|ilçe)\s+)?(?:merkezini|tamamını|kontrolünü)\b))",
    r"\s+\w*(?:nde|nda|ndeki|ndaki|n[ıiuü]n|y[ae])\b",
)  # fmt: skip
#: Words of those languages that make a capture only claimed, hoped for or not done
#: ("Regierungstruppen *behaupten*, X zurückerobert zu haben", "l'armée *pourrait* reprendre X").
FOREIGN_HEDGES: Final = (
    r"behaupt\w*", r"prétend\w*", r"revendiqu\w*", r"zu\s+haben", r"iddia\w*", r"pourrai\w*",
    r"voudrai\w*", r"tent\w*", r"essa(?:i|y)\w*", r"könnte\w*", r"wolle\w*", r"versuch\w*",
    r"podría\w*", r"intent\w*", r"potrebbe\w*", r"zou(?:den)?", r"probeer\w*",
    r"(?:ne\s+|n['’]\s*)\w+\s+pas", r"nicht", r"kein\w*", r"niet", r"no\s+ha\w*", r"non\s+ha\w*",
    r"değil", r"não", r"jamais", r"nunca",
    # a report, a wish ("Regierungstruppen *sollen* X eingenommen haben", "*angeblich*", "die
    # Armee *will*", "l'armée *aurait* repris X", "le régime *veut* ..."), a Dutch "not yet"
    r"soll(?:en|te|ten)?", r"angeblich", r"mutmaßlich", r"vermutlich", r"will", r"wollen",
    r"aurai(?:t|ent)", r"veu(?:t|lent)", r"geen", r"nooit", r"wil(?:len)?",
)  # fmt: skip
#: Degrees of those languages that make a capture one of a part only ("*bijna een derde van*
#: X", "*une partie de* X", "*la mitad de* X", "*Teile* von X").
FOREIGN_DEGREES: Final = (
    r"bijna", r"deel", r"gedeelte\w*", r"derde", r"helft", r"partie", r"parte", r"moitié",
    r"mitad", r"metà", r"Teil\w*", r"Hälfte", r"Drittel", r"presque", r"quasi", r"fast", r"casi",
    r"\d+\s*(?:%|pour\s*cent|por\s*ciento|Prozent|procent)", r"kısm\w*", r"yarıs\w*",
)  # fmt: skip
#: A capture noun after a cue in those languages ("*Avec la prise de* X, le gouvernement ...",
#: "*après la reprise du* quartier de X par l'armée", "*tras la toma de* X"): its side is the one
#: after "par" / "por" / "durch", or the main clause's subject right after the comma.
FOREIGN_CAPTURE_NOUNS: Final = (
    "prise", "reprise", "conquête", "reconquête", "toma", "conquista", "reconquista",
    "recuperación", "presa", "riconquista", "einnahme", "eroberung", "rückeroberung",
)  # fmt: skip
#: The cues before those nouns that make the capture a done event ("*avec* la prise de X",
#: "*après* la reprise de X", "*tras* la toma de X", "*nach der* Einnahme").
FOREIGN_CAPTURE_NOUN_CUES: Final = (
    "avec", "après", "depuis", r"suite\s+à", r"lors\s+de", "tras", "con", r"después\s+de",
    "desde", "dopo", "nach", "seit", "mit",
)  # fmt: skip
#: The words before a side that make it the agent of such a noun ("la prise de X *par*
#: l'armée").
FOREIGN_AGENT_BEFORE: Final = (
    r"par", r"por", r"da", r"dal", r"dalla", r"durch",
    # ("*da parte delle* forze di Assad", "*da parte dell'*esercito")
    r"da\s+parte\s+(?:dei|degli|delle|della|del|di)", r"da\s+parte\s+dell['’]",
)  # fmt: skip
#: Other languages' verbs of a retreat, with the side that left as their subject: "les rebelles
#: *se sont retirés du* quartier de X", "los rebeldes *se retiraron de* X".
FOREIGN_RETREAT_VERBS: Final = (
    r"s['’](?:est|était|étaient)\s+(?:(?:notamment|totalement|entièrement)\s+)?retirée?s?",
    r"se\s+sont\s+(?:(?:notamment|totalement|entièrement)\s+)?retirée?s?",
    r"se\s+(?:han\s+retirado|retiraron|retiró)", r"si\s+sono\s+ritirat[ie]",
)  # fmt: skip

#: Every verb of a clause.
CLAUSE_VERBS: Final = (
    *CAPTURE_VERBS,
    *RETREAT_FROM_VERBS,
    *RETREAT_VERBS,
    *BESIEGE_VERBS,
    *DRIVE_VERBS,
    *HOLD_VERBS,
    *RELIEVE_VERBS,
    *LOSE_VERBS,
    *CLEAR_VERBS,
    *WITHDRAWAL_NOUN_VERBS,
)
#: The nouns after "their" / "its" that refer back to the sentence's actor as a clause's subject
#: ("the YPG said *its fighters* had taken X").
PRONOUN_NOUNS: Final = ("forces", "fighters", "troops", "units", "militants", "men", "allies")
#: The nouns after "the" that refer back, as a clause's subject, to the actor named before
#: ("IS fighters attacked at dawn. *The group* seized X"): the one side named in the sentence
#: before it, or in the sentence before. An army is never called so ("the army said the
#: militants retreated": not the army), so they never refer back to the government.
BACK_REFERENCE_NOUNS: Final = ("group", "militants", "jihadists", "extremists", "terrorists")
#: The nouns after "our" in a quote ("*our forces* took X," a rebel commander said): with "we",
#: the subject is the speaker, whose side is named where the quote is attributed.
FIRST_PERSON_NOUNS: Final = ("forces", "fighters", "troops", "units", "men", "heroes")
#: Relative pronouns that may stand between a clause's subject and its verb ("Kurdish
#: fighters, *who* hold X").
RELATIVES: Final = ("who", "which", "that")
#: Nouns of a capture before "of" and the place ("the army's *recapture* of X", "the *fall*
#: of X to IS").
CAPTURE_NOUNS: Final = (
    "re-?capture", "capture", "seizure", "takeover", "take-over", "fall", "liberation",
    "conquest",
    # (a gerund used as the noun: "celebrate their *capturing* of X")
    "re-?capturing", "capturing",
)  # fmt: skip
#: A day between a capture noun and its "of" ("the capture *overnight Thursday* of X").
NOMINAL_DAY_GAP: Final = (
    r"(?:\s+(?:overnight\s+|early\s+|late\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:\s+(?:night|morning|evening|afternoon))?,?)?"
)
#: The words before a capture noun that make it a past event ("*after* the army's recapture of
#: X", "residents *celebrate* the fall of X to ...").
CAPTURE_NOUN_CUES: Final = (
    "after", "following", "since", r"celebrat\w*", "marks?", "marking", "marked",
    r"commemorat\w*",
    # a report of it ("commanders *confirmed* the capture of X"), its end ("*completed* its
    # takeover of X")
    r"confirm(?:s|ed|ing)?", r"announc(?:e|es|ed|ing)", "completed",
    # ("opposition forces *declared* the capture of X")
    r"declar(?:e|es|ed|ing)", r"proclaim(?:s|ed|ing)?",
    # a done event a sentence opens with: "*With* the fall of X to the SDF, ...", "*With* the
    # capture of X, the rebels ..." (its side named after it or as the main clause's subject)
    "with",
    # what an operation ended in ("the offensive *resulted in* the recapture of X", "*led to*")
    r"result(?:s|ed)\s+in", r"led\s+to",
)  # fmt: skip
#: The words that name a side's fighters by its banner after "by" / "to" ("the capture of X by
#: *groups affiliated with the umbrella* Free Syrian Army"): the side is the one named after it.
AFFILIATED: Final = (
    r"(?:groups|factions|brigades|fighters|forces|units|militias|battalions)\s+"
    r"(?:affiliated\s+with|loyal\s+to|belonging\s+to|(?:fighting\s+)?under\s+the\s+banner\s+of)"
    r"\s+(?:the\s+)?(?:umbrella\s+)?",
)
#: The nouns of a loss, after which "for" / "to" names the side that lost ("the capture of X is
#: the biggest *defeat for* IS", "rebels dealt a *blow to* IS by capturing X"): that side is no
#: capturer.
LOSS_NOUNS: Final = (r"defeats?", r"blows?", r"setbacks?", r"loss(?:es)?", "humiliation")
#: Foreign armies that take a place with their Syrian allies, with the side the place goes to:
#: Turkey's operations in Aleppo province (Euphrates Shield, Olive Branch) handed every town they
#: took to the Turkish-backed Syrian factions, which :data:`SIDE_NAMES` names ``rebels`` (as it
#: names "Turkish-backed" fighters). A capture's subject that is such an army with its allies
#: (:data:`FOREIGN_ALLIES`: "*the Turkish army and its allies* seized X", "*Turkish forces and
#: their FSA allies* took X") names that side. A foreign army alone ("Turkish troops captured
#: X") names none, nor does a Turkish actor anywhere else: it never holds a place itself. The
#: country's bare name as a capture's subject is its army: "*Turkey* took control of X after an
#: incursion alongside allied Syrian fighters" gives X to the rebels; "Turkey took control of X"
#: with no Syrian ally named gives none, as "Turkish troops captured X" does.
FOREIGN_CAPTURERS: Final[tuple[tuple[str, str], ...]] = (
    (r"(?:the\s+)?Turk(?:ish|ey['’]s|ey)\b", "rebels"),
)
#: A foreign army named after a Syrian side, jointly ("the FSA *and Turkish Armed Forces*
#: seized X"): the place goes to the side of :data:`FOREIGN_CAPTURERS` (the named side must be
#: that one: "the YPG and Turkish forces" names two sides, and no statement).
FOREIGN_ARMY_AFTER: Final = (
    r"\s+and\s+(?:the\s+)?(?P<army>Turk(?:ish|ey['’]s)\s+(?:armed\s+forces|forces|army|troops"
    r"|military|soldiers))\b"
)
#: The allies named right after a foreign army ("Turkish forces *and their allies*", "*and its
#: Free Syrian Army allies*").
FOREIGN_ALLIES: Final = (
    r"\s+and\s+(?:their|its)\s+(?:[\w()'’-]+\s+){0,5}?(?:allies|proxies)\b"
    # ("the Turkish military *and allied Syrian militias*")
    r"|\s+and\s+(?:the\s+)?(?:allied|affiliated|Turkish-backed)\s+(?:Syrian\s+)?"
    r"(?:militias|factions|groups|fighters|forces)\b"
)
#: The Syrian allies named after a foreign army's capture ("Turkey took control of X after an
#: incursion *alongside allied Syrian fighters*", "Turkish troops seized X *together with
#: Syrian rebels*"): the place goes to the side of :data:`FOREIGN_CAPTURERS`. A bare "with
#: fighters" names no ally.
FOREIGN_ALONGSIDE: Final = (
    r"\b(?:alongside|along\s+with|together\s+with|backed\s+by|aided\s+by|supported\s+by)\s+"
    r"(?:the\s+)?(?:(?:its|their)\s+)?(?:(?:allied|affiliated|Turkish-backed|Ankara-backed)\s+)?"
    r"(?:Syrian\s+)?(?:(?<=allied\s)(?:Syrian\s+)?(?:fighters|militias|factions|groups|forces)"
    r"|(?<=Syrian\s)(?:fighters|militias|factions|groups)|(?<=its\s)allies|(?<=their\s)allies"
    r"|rebels|rebel\s+(?:fighters|groups|factions)|opposition\s+(?:fighters|groups|factions)"
    r"|Free\s+Syrian\s+Army|(?-i:FSA)|Syrian\s+National\s+Army|(?-i:SNA))\b"
)
#: The verbs after "the capture of X" that state it as done when the noun starts its sentence
#: ("*The capture of* X *is* part of a wider offensive"; not "would", "could").
CAPTURE_NOUN_PREDICATES: Final = (
    "is", "was", "came", "comes", "has", "had", "marks", "marked", "means", "meant", "gives",
    "gave", "leaves", "left", "opened", "opens", "puts", "put", "cut", "cuts", "underscores",
    "underscored", "underlines", "underlined", "highlights", "highlighted", "follows",
    "followed", "represents", "represented", "deals", "dealt",
    # what the capture did: "The capture of X by the rebels *secures* a supply line"
    "secures", "secured", "deprives", "deprived", "ends", "ended", "brings", "brought",
    "allows", "allowed", "removes", "removed", "paves", "paved", "boosts", "boosted",
)  # fmt: skip
#: A capture whose capturer is not named: "newly *captured* X", "the *recaptured* X".
PARTICIPLES: Final = ("re-?captured", "captured", "retaken", "seized", "liberated", "conquered")
#: The adverbs that make a participle a modifier: "*newly* captured".
PARTICIPLE_ADVERBS: Final = ("newly", "recently", "just", "freshly")
#: A change of hands inside a clause opened by "since" and put years back ("the first mass
#: *since rebels took control of* X four years ago", "the first time *since the army retook* X
#: in 2016"): the start of a period the caption counts from, not on the caption's day, and no
#: word of who holds X now (the period may be the one of that holding, or the one after its
#: end); the rules make no statement of it. One of the caption's own time stays ("since troops
#: took it in December"). Not "since" before a time ("since then", "since 2012, rebels ...").
SINCE_CLAUSE: Final = (
    r"\bsince\s+(?!(?:then|last|early|late|mid|ever|the\s+(?:start|beginning|end|outbreak)"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|\d)\b)"
    r"(?:[a-z][\w'’-]*\s+){0,4}$"
)
#: A holding said in a past tense of its own time with its start ("Dabiq *had been* occupied by
#: IS *since* August 2014", "X *était* tenue par l'EI *depuis* 2014", "X *había sido* ocupada
#: *desde* 2014"): the holding ran up to a past time, which its sentence does not give, and says
#: nothing of who holds X now; no statement (as "X *war seit* 2014 unter der Kontrolle des IS",
#: see :data:`WORLD_FORMERLY`, alone makes none). The last finite verb of the holding's phrase
#: decides: a present one after it (:data:`SINCE_HELD_NOW`: "X, qui *était* une ville
#: prospère, *est* tenue par l'EI depuis 2014") keeps the holding.
SINCE_HELD_PAST: Final = (
    # English (the past perfect, passive or active: "had been held", "IS had held X since")
    r"had(?:\s+(?:long|already|then))?\s+(?:been|held|controlled|occupied|run)",
    # French (the pluperfect and the imperfect: "avait été tenue", "était occupée ... depuis")
    r"avai(?:en)?t\s+été", r"étai(?:en)?t", r"avai(?:en)?t\s+(?:tenu|contrôlé|occupé)",
    # Spanish, Portuguese
    r"había(?:n)?\s+(?:sido|estado)", r"estaba(?:n)?", r"(?:tinha|havia)(?:m)?\s+(?:sido|estado)",
    r"estava(?:m)?",
    # Italian ("era stata occupata dal 2014", "era in mano all'Isis dal 2014")
    r"era(?:no)?(?:\s+stat[aoie])?",
    # German, Dutch ("war seit 2014 vom IS besetzt", "was sinds 2014 in handen van IS")
    r"war(?:en)?", r"hatte(?:n)?",
    # Arabic, Russian ("كانت مدينة X تحت سيطرة داعش منذ", "X находился под контролем ИГ с 2014")
    "كانت", "كان", r"находил(?:ся|ась|ось|ись)", r"был(?:а|о|и)?",
)  # fmt: skip
#: A present verb of a holding's phrase after a past one (see :data:`SINCE_HELD_PAST`).
SINCE_HELD_NOW: Final = (
    "has", "have", "is", "are", "remains", "remain",
    "est", "sont", "reste", "restent", "demeure",
    "está", "están", "es", "son", "sigue", "siguen", "é", "são", "estão", "continua",
    "è", "sono", "resta", "rimane", "ist", "sind", "wird", "werden", "bleibt", "blijft", "zijn",
    "لا تزال", "لا يزال", "ما زالت", r"наход(?:ится|ятся)", r"оста(?:е|ё)тся",
)  # fmt: skip
#: The start of a holding that ran up to a past time (see :data:`SINCE_HELD_PAST`): "since",
#: "depuis", "desde", "seit", "sinds", Italian "dal" before a time (not its agent: "dal
#: governo"), and a duration ("for two years", "da due anni").
SINCE_HELD_WORDS: Final = (
    r"since", r"for\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+)?"
    r"[\w-]+\s+(?:years?|months?)",
    "depuis", "desde", "seit", "sinds", r"dal\s+\d+", r"dall['’]\s*(?:\d+|inizio)",
    "منذ", r"с\s+\d{4}", r"с\s+(?:начала|конца|середины|января|февраля|марта|апреля|мая|июня"
    r"|июля|августа|сентября|октября|ноября|декабря)",
    r"da\s+(?:\d+|due|tre|quattro|cinque|molti)\s+(?:anni|mesi)",
)  # fmt: skip
#: A holding of the past perfect in a relative set off after its subject ("Rebels*, who had*
#: controlled X since 2012, board buses"): the main clause's present is its time, so the side held
#: X up to the caption's time (a holding of the caption's day, as "who have held X since 2012"
#: is); with the main clause in the past ("..., left the city on Thursday") the time is that
#: past one, and the holding stays ended (:data:`SINCE_HELD_PAST`). The relative's words.
PLUPERFECT_SUBJECT_RELATIVE: Final = (r",\s*(?:who|which|that)\s+had\b",)
#: The adverbs that may stand before the main clause's verb ("..., *now* board buses").
MAIN_VERB_ADVERBS: Final = ("now", "still", "finally", "today", "also", "then", "reportedly")
#: Words after such a relative that are no present verb of its main clause: a past verb
#: (regular, "boarded", or one of these), an auxiliary of the past, or a word that opens a phrase
#: ("..., in Aleppo", "..., and").
MAIN_CLAUSE_NOT_PRESENT: Final = (
    r"[a-z]+ed", "was", "were", "had", "did", "would", "could", "left", "fled", "went", "rode",
    "took", "came", "sat", "stood", "began", "gave", "got", "made", "drove", "saw", "lost",
    "won", "fought", "held", "kept", "ran", "met", "told", "said", "paid", "sent", "spent",
    "in", "on", "at", "of", "to", "from", "near", "the", "an?", "and", "or", "but", "as",
    "after", "before", "since", "when", "while", "with", "during", "until", "by", "for",
    "who", "which", "that", "where", "according",
)  # fmt: skip
#: A place named as a side's holding (its stronghold, its apposition) that its sentence then
#: says has fallen ("Al-Bab, one of the last strongholds of IS, *has fallen*", "X, l'un des
#: derniers bastions de Daesh, *est tombé*", "*ha caído*", "*è caduta*", "*ist gefallen*",
#: "*caiu*", "*is gevallen*"): the holder before a change of hands, no holding now (the one who
#: took it is for the capture's rules to read). Not a thing that fell there ("X, a stronghold of
#: IS, *where* shells fell"): a relative word before the verb stops it.
HELD_THEN_FELL: Final = (
    r"(?:has|have|had)\s+(?:now\s+|finally\s+|also\s+)?fallen", "fell", "falls",
    r"(?:est|sont)\s+(?:finalement\s+|désormais\s+)?tombée?s?", r"(?:ha|han)\s+caído",
    r"cayó", r"cayeron", r"(?:è|sono)\s+(?:ormai\s+)?cadut[aoie]", "cadde", r"ist\s+gefallen",
    r"sind\s+gefallen", "fiel", r"(?:caiu|caíram)", r"(?:is|zijn)\s+gevallen", "viel", "düştü",
    "سقطت", "سقط", r"пал(?:а|о|и)?",
)  # fmt: skip
#: One member of a side, the noun after the side's name ("a YPG *fighter*", "an FSA
#: *soldier*"): a plural "they" after it refers to other people (the civilians with him).
ONE_PERSON_NOUNS: Final = (
    "fighter", "soldier", "member", "militant", "commander", "officer", "gunman", "jihadist",
    "sniper", "volunteer", "policeman", "guard", "spokesman", "rebel",
)  # fmt: skip
#: A capture said in a relative of the past perfect on the positions a side was then pushed
#: back from ("the fighting pushed the rebels back from the positions *they had captured* in
#: X", "hanno fatto arretrare i ribelli dalla posizione *che avevano conquistato* nel quartiere
#: X", "hicieron retroceder a los rebeldes de las posiciones *que habían tomado*", "drängten
#: die Rebellen aus den Stellungen zurück, *die sie* in X erobert *hatten*"): a gain undone, no
#: capture (its sentence must name the push back, :data:`PUSHED_BACK_WORDS`).
PLUPERFECT_RELATIVE: Final = (
    r"(?:which|that)?\s*they\s+had", r"che\s+(?:avevano|aveva)",
    r"qu['’](?:ils|elles?|il)\s+avai(?:en)?t", r"que\s+(?:habían|había)",
    r"que\s+(?:tinham|tinha|haviam|havia)", r"die\s+sie\b[^,.;]{0,60}?hatten",
)  # fmt: skip
#: A side pushed back (or out) from a place, in its sentence before it (see
#: :data:`PLUPERFECT_RELATIVE`).
PUSHED_BACK_WORDS: Final = (
    r"pushed\s+(?:\w+\s+){0,3}?back", r"drove\s+(?:\w+\s+){0,3}?(?:back|out)",
    r"driven\s+(?:back|out)",
    r"forced\s+(?:\w+\s+){0,3}?(?:back|out)", "expelled", "repelled", "dislodged", "ousted",
    r"arretra\w*", r"respint\w*", r"ricacciat\w*", r"cacciat\w*", r"ritira\w*", r"sloggiat\w*",
    r"repouss\w*", r"chass[ée]\w*", r"recul\w*", r"délog\w*", r"retir[ée]\w*",
    r"retroce\w*", r"repleg\w*", r"expulsad\w*", r"expuls[oa]\w*", r"desaloj\w*", r"recua\w*",
    r"repelid\w*", r"zurückgedrängt", r"zurückgeschlagen", r"vertrieben", r"drängt\w*",
    r"zurückgezogen",
)  # fmt: skip
#: The verbs of a passive after the place: "X, *held* by rebels", "X was *retaken*".
PASSIVE_VERBS: Final = (
    # ("X was *taken back* from IS": before "taken", which the alternation would try first)
    r"taken\s+back",
    # ("X, *taken over* by IS", "X, *won back* by the army": the phrases before their heads)
    r"taken\s+over", r"won\s+back",
    "held", "controlled", "re-?captured", "captured", "re-?taken", "seized", "taken", "liberated",
    "overrun", "besieged", "sieged", "encircled", "surrounded", "cleared", "freed", "regained",
    "stormed", "occupied",
    # the rest of the capture verbs' participles ("X, *conquered* by IS in 2014", "X,
    # *reclaimed* by government forces", "X was *wrested* from IS by the SDF")
    "re-?conquered", "conquered", "reclaimed", "wrested",
)  # fmt: skip
#: A siege participle joined to the capture's that shares its agent ("X was *surrounded and*
#: captured by rebels", "*encircled, then* taken by troops", "*besieged before being* stormed"):
#: the capture is what the phrase states.
SIEGE_THEN_CAPTURE: Final = (
    r"(?:besieged|sieged|encircled|surrounded)\s*(?:,\s*|\s+)(?:and\s+then|and|then|before"
    r"\s+being)\s+(?:(?:later|eventually|finally|subsequently|quickly|soon)\s+)?"
    r"(?=(?:re-?captured|captured|re-?taken|taken|seized|stormed|overrun|re-?conquered|conquered"
    r"|liberated|occupied)\b)",
)
__all__ += ["SIEGE_THEN_CAPTURE"]
#: A second participle after a passive's, sharing its agent, that changes no hands ("X was
#: surrounded *and shelled* by IS", "X, held *and fortified* by rebels"): the agent is the
#: first one's.
PASSIVE_ALSO: Final = (
    "shelled", "bombarded", "attacked", "pounded", "starved", "blockaded", "fortified",
    "looted", r"cut\s+off",
)  # fmt: skip
__all__ += ["PASSIVE_ALSO"]
#: "the *siege by* government forces of X": a siege named with its side before its place.
SIEGE_BY: Final = r"siege\s+by"
#: "the siege *imposed* by regime forces on X": the participles of a siege laid by a side, and
#: the words that let that rule run (substrings of the lower-cased caption).
SIEGE_IMPOSED: Final = ("imposed", "laid", "placed", "enforced", "maintained")
SIEGE_IMPOSED_KEYS: Final = ("imposed by", "laid by", "placed by", "enforced by", "maintained by")
#: The verbs before such a siege that end or fail it ("*broke* the siege imposed by ..."): that
#: siege is read by the rule of a siege ended, not as a siege.
SIEGE_UNDONE_VERBS: Final = (
    "br(?:eak|eaks|oke|oken|eaking)", "lift(?:s|ed|ing)?", "end(?:s|ed|ing)?",
    "breaking\\s+of", "lifting\\s+of", "end\\s+of",
)  # fmt: skip
#: The kinds of place "the city" / "the town" / "the district" of such a siege refers back to.
SIEGE_ANAPHOR_KINDS: Final[Mapping[str, frozenset[str]]] = {
    "city": frozenset({"city"}),
    "town": frozenset({"town", "city"}),
    "village": frozenset({"village", "town"}),
    "district": frozenset({"district", "neighbourhood"}),
    "neighbourhood": frozenset({"neighbourhood", "district"}),
}
#: A part of a place taken, said before it ("durch einen *zurückeroberten Stadtteil* von X",
#: "dans un *quartier repris* d'X", "en un *barrio recuperado* de X"): taken by the one side
#: its sentence names (a statement of ``extent`` ``part``).
WORLD_PART_TAKEN_BEFORE: Final = (
    r"(?:zurück)?(?:eroberte[nmrs]?|befreite[nmrs]?|eingenommene[nmrs]?)\s+"
    r"(?:Stadtteil|Stadtviertel|Viertel|Teil|Bezirk|Gebiet)(?:e|en|s)?",
    r"(?:quartiers?|zones?|secteurs?|parties?)\s+(?:récemment\s+)?(?:reprise?s?|reconquise?s?"
    r"|libérée?s?)",
    r"(?:barrios?|zonas?|partes?)\s+(?:recién\s+)?(?:recuperad|reconquistad|liberad)[oa]s?",
)  # fmt: skip
#: The participles a side declares of a place ("the SDF declared X *liberated*").
DECLARED_PARTICIPLES: Final = ("liberated", "freed", "captured", "retaken", "recaptured", "secured")
#: The passive verbs that state a holding, not a capture ("X *had been occupied* by IS").
HOLDING_PARTICIPLES: Final = ("held", "controlled", "occupied")
#: Forms of "to be" that make a passive ("X *was* retaken").
BE_FORMS: Final = ("is", "was", "were", "are", "been")
#: Words that put a holding in the past ("X, *formerly* held by rebels").
FORMERLY: Final = ("formerly", "previously", "once", r"until\s+recently")
#: What after a holding puts it in the past too: its end ("X, held by rebels *until* December",
#: "X, which rebels held for four years *until* the army retook it", "X, a rebel stronghold
#: *until* last week"), a duration allowed before it; also after a verb of the past ("X *was* an
#: IS stronghold until August", "X was under rebel control until 2016"): an ended holding is the
#: side's loss, whatever words state it (see docs/architecture.md, "Past holdings").
HELD_UNTIL: Final = (
    r"(?:\s+(?:for\s+(?:(?:more|less)\s+than|nearly|almost|about|over|some)?\s*[\w-]+\s+"
    r"(?:years?|months?|weeks?|days?)|since\s+\d{4}))?,?\s+(?:until|till)\b"
    # (not a holding that lasts: "held by rebels *until now*", "until today")
    r"(?!\s+(?:now|today|this\s+day|the\s+present)\b)"
)
#: Words between the place and a passive verb.
PASSIVE_AUXILIARIES: Final = (
    *BE_FORMS, "has", "had", "have", "now", "currently", "still", "long", "already", "fully",
    "completely",
    "entirely", "firmly", "effectively", "totally", "then", "later", "finally", "recently",
    # ("X has *since* been retaken")
    "since",
    # the adverbs of a participle's time or manner ("X, *newly* captured by rebels", "X, *only
    # recently* retaken by the army", "X, *swiftly* overrun by IS")
    "newly", "just", "only", "lately", "eventually", "subsequently", "swiftly", "quickly",
    "successfully",
    # (the members' count after an enumeration: "X and Y, *both* recaptured by the army")
    "both", "all",
    *FORMERLY,
    # "X can now be considered fully liberated" (a done capture only with its degree)
    r"can\s+(?:now\s+)?be\s+considered",
)  # fmt: skip
#: "X *slipped out of* government control", "X fell out of the hands of IS".
OUT_OF_VERBS: Final = ("slipped", "slid", "fell", r"has\s+fallen", r"had\s+fallen", "passed")
#: "X *fell from* the regime's control", "saw X *fall from* Assad's control": a loss, its verb
#: before "from" (any form: after "saw X" it is the bare one).
OUT_FROM_VERBS: Final = ("fall", "falls", "fell", "fallen", "slip", "slips", "slipped", "slid")
#: The nouns after "out of" / "under": "out of government *control*", "out of regime *hands*".
CONTROL_NOUNS: Final = ("control", "hands")
#: Words between the place and "under ... control" ("X, which *remains* under ...", "X was
#: *declared* fully under government control").
UNDER_MODIFIERS: Final = (
    "is", "was", "were", "are", "been", "has", "had", "have", "remains?", "remained", "stays?",
    "stayed", "now", "currently", "still", "firmly", "fully", "entirely", "completely",
    "already", "long", "declared", "officially",
)  # fmt: skip
#: Words before "under ... control" or "in the hands of" that end the holding, the side's loss
#: ("X, *previously* under SDF control", "X, once in rebel hands"; not read before a siege).
UNDER_ENDED: Final = ("previously", "formerly", "once")
#: Words that make "under ... control" a change of hands ("X *came* under army control").
UNDER_CHANGE: Final = (
    "came", "comes", "come", "fell", "falls", "fallen", "back", "returned", "brought", "passed",
    "again",
    # a fall then the control it gave: "X *had fallen and was now* under government control"
    r"(?:has|had)\s+fallen\s+and\s+(?:is|was)",
)  # fmt: skip
#: Words between the place and "lost to" ("X, which *was* lost to IS").
LOST_TO_MODIFIERS: Final = ("was", "were", "is", "been", "had", "has", "have", "then", "later")
#: "X *fell* to the army".
FELL_VERBS: Final = (
    "fell", r"has\s+fallen", r"had\s+fallen",
    # a hand-over, its giver not named ("X *was handed over to* the Syrian army", "X *has been
    # formally handed to* government forces", "X *was surrendered to* the SDF"): the receiver
    # takes it
    r"(?:was|were|been)\s+(?:formally\s+|officially\s+|peacefully\s+|fully\s+)?"
    r"(?:handed(?:\s+back)?(?:\s+over)?|turned\s+over|surrendered|ceded|transferred)",
)  # fmt: skip
#: Words between the place and "fell".
FELL_ADVERBS: Final = ("has", "had", "finally", "eventually", "also", "then", "later")

# --------------------------------------------------------------------------- fighting

#: "the *front line*".
FRONT_LINES: Final = r"front[\s-]?lines?"
#: The fighting words. A fight *for* a place is a contest of its control ("the fighting *for*
#: X", "clashes between rebels and troops *for* X"); fighting *in* or *at* a place is none
#: (the convention: "clashes in X", "heavy fighting between the FSA and government forces in
#: X", "near the front line in X", "X, where clashes were reported", "X, the scene of heavy
#: fighting" say that fighting happened there, not who holds it or that its control is split;
#: independent readers never count them). Contests are "the battle for (control of) X",
#: "fighting for control of X", "X, divided between ...", "the front line that divides X",
#: "contested X", "X changed hands".
FIGHTING: Final = ("clashes", "clashing", "fighting", "battles", FRONT_LINES)
#: Who fights whom, between the fighting word and its place: "clashes *with rebels* in X",
#: "fighting *between the army and rebels* in X".
#: A side fought, right after the fighting word: "fighting *rebels* in X".
FIGHTING_OBJECTS: Final = (
    "rebels", "insurgents", "troops", "soldiers", "militants", "jihadists", "loyalists", "army",
    r"(?:government|regime|pro-government|Kurdish|rebel|opposition)\s+(?:forces|fighters)",
    "(?-i:IS|ISIS|ISIL|YPG|SDF)", "Daesh",
)  # fmt: skip
_PARTY_WORD: Final = r"[\w'’-]+(?:\s*\([\w'’ .-]{1,30}\))?"
#: The parties of a fight before its place: a few words, an abbreviation in brackets counting
#: with its name, and a comma only before "the" ("clashes between the Free Syrian Army (FSA)
#: and the PKK's affiliate*, the* People's Protection Units (YPG)*,* in X").
FIGHTING_PARTIES: Final = (
    rf"(?:with|against|between)\s+(?:the\s+)?{_PARTY_WORD}"
    rf"(?:(?:\s+|,\s+(?=the\s)){_PARTY_WORD}){{0,12}}?,?"
)
#: Verbs after the fighting word: "clashes *erupted* in X".
FIGHTING_VERBS: Final = (
    "erupted", r"broke\s+out", "raged", "continued", "continue", "continues", r"was\s+raging",
)  # fmt: skip
#: A front line that splits the place between sides ("the front line *that divides* X", "the
#: frontline *running through* X"): contested (a city or a town, not a region of it: "the front
#: line that divides eastern and western Aleppo" splits the city, not its east).
FRONT_DIVIDES: Final = (
    r"(?:that|which)\s+(?:divides|divided|splits|split|runs\s+through|ran\s+through"
    r"|cuts\s+through|cut\s+through)",
    "dividing", "splitting", r"running\s+through", r"cutting\s+through",
)  # fmt: skip
#: The preposition before the place fought over: "clashes *for* X", "clashing with rebels *for
#: control of* X" (not "in", "at", "around": see :data:`FIGHTING`).
FIGHTING_PREPOSITIONS: Final = (r"for(?:\s+(?:(?:full|total|the)\s+)?control\s+(?:of|over))?",)
#: "*contested* X", "X is *contested*".
CONTESTED: Final = "contested"
#: "X has been *divided into* a rebel-held east and a government-held west": a place split
#: between sides is contested (a side must be named after it).
DIVIDED: Final = (r"divided\s+(?:into|between)", r"split\s+(?:into|between)")
#: The nouns of one side's share of a divided city ("the *rebel half* of the city", "the
#: government *side* of Aleppo"): a part of the city the side holds.
SIDE_HALF_NOUNS: Final = ("half", "side", "sector", "enclave")
#: The sides of a division named together, none by its name ("Aleppo is divided into
#: neighbourhoods controlled by *the rival armies*").
RIVAL_SIDES: Final = (
    r"(?:rival|opposing|warring|competing|two)\s+(?:armies|sides|forces|factions|camps)",
)
#: "*the divided* city of Aleppo", "in divided Aleppo": a city or town split between sides is
#: contested (the participle as an adjective, after an article or a preposition; not "troops
#: divided the enclave").
DIVIDED_BEFORE: Final = ("divided",)
#: The words right before it there (a look-behind each: the pre-check searches the word alone,
#: rarer than "the" or "in").
DIVIDED_AFTER_WORDS: Final = ("the", "in", "of")

# --------------------------------------------------------------------------- other languages


#: The sides' names in the other languages of agency captions (French, Spanish, Italian,
#: German, Turkish), read only after (or before) the holding words of
#: :data:`FOREIGN_HELD_BY`, :data:`FOREIGN_HELD_BEFORE` and :data:`FOREIGN_HELD_AFTER`.
FOREIGN_SIDE_NAMES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "kurdish",
        (
            r"(?:forces|milices|fuerzas|milicias|forze|milizie|Milizen|Einheiten)\s+"
            r"kurd(?:es|as|e|i|ischen)",
            r"kurdes|kurdos|curdi|Kurden|kurde|kurda|kurdo|curd[oa]s?",
            r"(?-i:FDS|YPG|YPJ|PKK|PYD|SDF|SDG|SDK)(?:\s*/\s*(?-i:YPG|PKK|PYD|SDG))*",
            # Dutch ("de *Koerdische strijdkrachten*", "de *Koerden*")
            r"Koerdische\s+(?:strijdkrachten|troepen|milities|strijders)|Koerden",
        ),
    ),
    (
        "rebels",
        (
            r"rebel(?:les?|des?)|ribell[ei]|Rebellen|insurg(?:és|entes|enti)|Aufständischen",
            r"opposition|oposición|opposizione|opositor(?:es|a|as)?|oposicionista",
            r"Armée\s+syrienne\s+libre|Ejército\s+Sirio\s+Libre|Esercito\s+siriano\s+libero",
            r"Freien?\s+Syrischen?\s+Armee|Ejército\s+Libre\s+Sirio",
            r"Suriye\s+Milli\s+Ordusu|Özgür\s+Suriye\s+Ordusu|muhalif(?:ler(?:in)?|\s+güçler(?:in)?)",
            r"(?-i:ASL|ESL|HTS|SMO|ÖSO)",
            # Dutch ("*rebellen*", "verwante *rebellengroepen*", "de *oppositie*")
            r"rebellen(?:groepen)?|opstandelingen|oppositie",
        ),
    ),
    (
        "islamic_state",
        (
            r"État\s+islamique|Estado\s+Islámico|Stato\s+islamico|Islamischen\s+Staat(?:es)?",
            r"(?-i:EI|IS|ISIS|Daech|Daesh|DEAŞ|DAEŞ)",
            r"Islamitische\s+Staat",
        ),
    ),
    (
        "government",
        (
            r"(?:forces|troupes|fuerzas|tropas|forze|truppe)\s+(?:gouvernementales|loyalistes"
            r"|du\s+régime|gubernamentales|leales|del\s+régimen|governative|del\s+regime)",
            r"régime|régimen|regime|Regime|rejim(?:\s+güçleri)?|Esed\s+rejimi",
            r"gouvernement(?:ale?s?)?|gobierno|governo|Regierung(?:struppen)?|gubernamental"
            r"|governativ[oa]|governamental|lealist[ai]",
            rf"(?:armée(?:\s+syrienne)?|ejército(?:\s+sirio)?|esercito(?:\s+siriano)?)"
            rf"{ABROAD_ARMY_AFTER}|{ABROAD_ARMY_BEFORE}Armee",
            r"Suriye\s+ordusu|loyalistes",
            # Dutch ("de *regeringstroepen*", "het Syrische *leger*")
            rf"regeringstroepen|regeringsleger|(?:Syrische\s+)?{ABROAD_ARMY_BEFORE}leger",
        ),
    ),
)  # fmt: skip
#: The words after a place that name its holder next, in those languages ("X, *contrôlé par*
#: les rebelles", "X, *tenu par* le régime", "*sous contrôle* rebelle", "*aux mains* de l'EI",
#: "*en manos de* los rebeldes", "*controlada por* el régimen", "*bajo control de* la
#: oposición", "*controllata dai* ribelli", "*in mano ai* ribelli", "*unter Kontrolle der*
#: Rebellen", "*in der Hand der* Armee"). Lower case: they are triggers too.
FOREIGN_HELD_BY: Final = (
    r"tenue?s?\s+par", r"contrôlée?s?\s+par", r"détenue?s?\s+par",
    r"sous\s+(?:le\s+)?contrôle", r"aux\s+mains", r"entre\s+les\s+mains",
    r"en\s+manos", r"controlad[oa]s?\s+por", r"dominad[oa]s?\s+por", r"bajo\s+(?:el\s+)?control",
    r"controllat[aoie]", r"mano(?=\s+a)", r"sotto\s+(?:il\s+)?controllo", r"nelle\s+mani",
    r"unter\s+(?:der\s+)?kontrolle", r"hand(?=\s+(?:der|des|von)\s)", r"händen",
    # Dutch: "X, dat *gecontroleerd wordt door* de rebellen", "*in handen van*", "*onder
    # controle van*"
    r"gecontroleerd\s+(?:wordt\s+|worden\s+)?door", r"in\s+handen", r"onder\s+(?:de\s+)?controle",
    # Portuguese ("*sob controle* rebelde", "*nas mãos* dos rebeldes")
    r"sob\s+(?:o\s+)?(?:controle|controlo)", r"nas?\s+mãos",
)  # fmt: skip
#: What may stand between the place and those words: a relative pronoun, a verb "to be", "still"
#: ("X, *qui est encore* aux mains des rebelles", "X, *que sigue* en manos de ...", "X, *die
#: noch* unter Kontrolle der Rebellen ...").
FOREIGN_HELD_MODIFIERS: Final = (
    # ("X, *in* mano ai ribelli", "X, *in den* Händen der Rebellen")
    "in", "den",
    "qui", "que", "che", "die", "der", "das", "est", "sont", "reste", "restent", "está", "están",
    "sigue", "siguen", "è", "sono", "resta", "ist", "sind", "bleibt", "encore", "toujours",
    "aún", "todavía", "ancora", "noch", "désormais", "ahora", "ora", "jetzt",
    # Dutch
    "dat", "wordt", "worden", "is", "zijn", "nog", "steeds", "altijd", "nu",
)  # fmt: skip
#: The articles and "of" / "by" between the holding words and the side ("aux mains *des*
#: rebelles", "en manos *de los* rebeldes", "contrôlé par *l'*EI").
FOREIGN_LINKS: Final = (
    "de", "del", "des", "du", "dei", "degli", "della", "der", "von", "den", "dem", "los", "las",
    "les", "la", "le", "el", "il", "gli", "ai", "agli", "al", "alla", "dai", "dagli", "dal",
    "dalla", "da", "d", "l",
    # Dutch ("in handen *van de* rebellen")
    "van", "het",
)  # fmt: skip
#: Turkish: a city's part as a verb's object, said by the city's genitive and its side
#: ("Halep'in *doğusunu* ele geçirdi", "kentin yalnızca *batı kesimini* kontrol altına aldı").
WORLD_TR_PART_DIRECTIONS: Final = (
    "kuzeydoğu", "kuzeybatı", "güneydoğu", "güneybatı", "doğu", "batı", "kuzey", "güney",
    # (its half: "Halep'in *yarısını* ele geçirdi")
    "yarı",
)  # fmt: skip
WORLD_TR_PART_NOUNS: Final = ("kesim", "kısm", "bölüm", "yaka", "mahalle", "semt")
#: Turkish and Azerbaijani: a share of the city as the object ("Halep'in *yarısını* ele geçirdi",
#: "*büyük bölümünü*", "Hələbin *yarısına* nəzarəti ələ keçirib"): a part, never the whole.
WORLD_TR_SHARE_NOUNS: Final = ("yarı", "kısm", "bölüm", "hissə")
__all__ += ["WORLD_TR_SHARE_NOUNS"]
#: Turkish: the nouns that refer back to the city named before ("*kentin* doğusunu").
WORLD_TR_CITY_GENITIVES: Final = ("kentin", "şehrin")
__all__ += ["WORLD_TR_CITY_GENITIVES", "WORLD_TR_PART_DIRECTIONS", "WORLD_TR_PART_NOUNS"]
#: Russian: a city's part as a verb's object, the city after it ("взяли *центр* X", "заняли
#: *восточную часть* X", "освободили *северные районы* X"): a statement on part of the city.
WORLD_RU_PART_NOUNS: Final = ("част", "район", "квартал", "центр", "окраин")
WORLD_RU_PART_ADJECTIVES: Final = (
    "восточн", "западн", "северн", "южн", "северо-восточн", "северо-западн", "юго-восточн",
    "юго-западн", "историческ", "стар", "больш",
)  # fmt: skip
__all__ += ["WORLD_RU_PART_ADJECTIVES", "WORLD_RU_PART_NOUNS"]
#: Ukrainian, Polish, Bulgarian, Serbian and Croatian (and Russian's dative): the participle
#: before the place, its agent after it in the instrumental or dative, or after "przez", "от",
#: "od strane" (:data:`WORLD_SLAVIC_AGENT_WORDS`), then the place's noun and the place ("у
#: *підконтрольному* повстанцям місті X", "w *kontrolowanym* przez rebeliantów mieście X", "в
#: *контролирания* от армията град X", "в *подконтрольном* боевикам городе X"). Every case,
#: gender and number ("\w" ends each stem). Not "freed" ("звільнене від", "освободен от": freed
#: *from* a side reads alike).
WORLD_SLAVIC_HELD_PARTICIPLES: Final = (
    "підконтрольн", "подконтрольн", "контрольован", "утримуван", "окупован",
    "kontrolowan", "opanowan", "okupowan", "kontroliran", "kontrolisan", "kontrolovan",
    "ovládan", "контролиран", "окупиран",
)  # fmt: skip
WORLD_SLAVIC_TAKEN_PARTICIPLES: Final = (
    "захоплен", "відбит", "zdobyt", "zajęt", "odbit", "przejęt", "превзет", "завзет",
    "отвоюван", "osvojen", "zauzet", "dobyt",
)  # fmt: skip
#: The agent's preposition after such a participle (none for the instrumental and dative).
WORLD_SLAVIC_AGENT_WORDS: Final = ("przez", "от", r"od\s+strane")
#: The place's noun between the agent and the place, every case ("w ... *mieście* X", "у ...
#: *місті* X", "в ... *град* X"); the part nouns make it a part of a city named after them ("w
#: kontrolowanej przez rebeliantów *części* Aleppo").
WORLD_SLAVIC_PLACE_NOUNS: Final = (
    "міст", "сел", "містечк", "miast", "mieści", "miejscowoś", "wsi", "wios", "град", "село",
    "grad", "sel", "naselj", "город", "посел",
)  # fmt: skip
WORLD_SLAVIC_PART_NOUNS: Final = (
    "частин", "район", "квартал", "częś", "dzielnic", "част", "dijel", "delu", "čtvrt",
)  # fmt: skip
#: Swedish, Norwegian, Danish: the side's compound participle before the place ("den
#: *rebellkontrollerade* staden X", "den *IS-kontrollerte* byen X", "den *oprørskontrollerede* by
#: X"): each side's first part of the compound.
WORLD_NORDIC_COMPOUND_SIDES: Final[tuple[tuple[str, str], ...]] = (
    ("islamic_state", r"(?-i:IS|ISIS|IS-)-?"),
    ("kurdish", r"kurd(?:isk)?-?|(?-i:SDF|YPG)-"),
    ("rebels", r"rebell-?|opprørs-?|oprørs-?|opposition(?:s)?-?|upprors-?"),
    ("government", r"regim-?|regerings-?|regjerings-?|armé-?"),
)
WORLD_NORDIC_HELD: Final = (
    r"kontroller(?:ade|at|ad|ede|ete|te|et|t)",
    r"behärskade",
    r"ockuperade",
    r"okkuperte",
)
WORLD_NORDIC_TAKEN: Final = (r"erövrade", r"intagn[ae]|intagen", r"erobrede|erobret")
#: The place's noun after it ("*staden*", "*byen*", "*området*", "*delen av*").
WORLD_NORDIC_PLACE_NOUNS: Final = (
    r"staden|stad|byn|byen|by|orten|staden\s+i|området|distriktet|stadsdelen|bydelen|landsbyen"
    r"|byn|delen\s+av|delen\s+af|del\s+av",
)
__all__ += [
    "WORLD_NORDIC_COMPOUND_SIDES", "WORLD_NORDIC_HELD", "WORLD_NORDIC_PLACE_NOUNS",
    "WORLD_NORDIC_TAKEN", "WORLD_SLAVIC_AGENT_WORDS", "WORLD_SLAVIC_HELD_PARTICIPLES",
    "WORLD_SLAVIC_PART_NOUNS", "WORLD_SLAVIC_PLACE_NOUNS", "WORLD_SLAVIC_TAKEN_PARTICIPLES",
]  # fmt: skip
#: The people of a place named by their side, then their own besieged town ("curdos sírios de
#: X ... *sua cidade sitiada*", "los kurdos de X ... *su ciudad asediada*", "les Kurdes de X
#: ... *leur ville assiégée*"): X is besieged, held by that side.
WORLD_THEIR_BESIEGED_TOWN: Final = (
    r"(?:sua|su|seu|leur|loro|la\s+loro)\s+(?:propia\s+|própria\s+)?(?:cidade|ciudad|ville|città"
    r"|localidade|pueblo|vila)\s+(?:sitiad|asediad|assiég|assediat)\w*",
)
__all__ += ["WORLD_THEIR_BESIEGED_TOWN"]
#: The agent of a passive said as the deed it owes its outcome to ("expulsados de X *gracias
#: al asedio de* una fuerza kurda", "chassés de X *grâce à l'offensive des* Kurdes", "cacciati da
#: X *grazie all'avanzata dei* curdi"): "thanks to", then one of these nouns, then "of".
WORLD_AGENT_THANKS: Final = (r"gracias\s+a", r"graças\s+a", r"grazie\s+a", r"grâce\s+à")
WORLD_AGENT_THANKS_NOUNS: Final = (
    "asedio", "cerco", "ofensiva", "avance", "ataque", "operación", "intervención", "campaña",
    "avanço", "operação", "intervenção", "campanha", "assedio", "offensiva", "avanzata",
    "operazione", "siège", "offensive", "avancée", "opération", "intervention", "campagne",
)  # fmt: skip
__all__ += ["WORLD_AGENT_THANKS", "WORLD_AGENT_THANKS_NOUNS"]
#: A holding before the place in German: "die *von Rebellen gehaltene* Stadt X", "das
#: *IS-kontrollierte* X" (the participles' stems, lower case: triggers too).
FOREIGN_PARTICIPLES: Final = ("gehalten", "kontrolliert", "besetzt", "beherrscht")
#: A holding before the place in Turkish: "*rejim denetimindeki* X", "*YPG/PKK işgalindeki* X",
#: "*SMO'nun kontrolündeki* X" (the side before these words).
FOREIGN_HELD_BEFORE: Final = ("kontrolündeki", "işgalindeki", "elindeki", "denetimindeki")
#: Place words that may stand between such a participle and the name ("die von Rebellen
#: gehaltene *Stadt* X"), or in an apposition before the holding words ("Hanano, *quartier* tenu
#: par les rebelles").
FOREIGN_PLACE_WORDS: Final = (
    "Stadt", "Viertel", "Stadtviertel", "Stadtteil", "Ort", "Ortschaft", "Dorf", "Region",
    "Provinz", "Bezirk", "Enklave", "Hochburg", "quartier", "ville", "village", "localité",
    "enclave", "bastion", "barrio", "ciudad", "pueblo", "localidad", "bastión",
    "quartiere", "città", "villaggio", "roccaforte",
)  # fmt: skip
#: A division in those languages ("Alep *est divisée entre* secteurs loyalistes et rebelles",
#: "*dividida entre* el régimen y los rebeldes", "*divisa tra* ..."): contested, as "divided
#: between" with a side named after it.
FOREIGN_DIVIDED: Final = (
    r"divisée?s?\s+(?:entre|en)", r"dividid[ao]s?\s+(?:entre|en)", r"divis[ao]\s+(?:tra|fra|in)",
    # Dutch, German ("X is sinds 2012 *opgedeeld in* een door het regime gecontroleerd deel en
    # een door rebellen gecontroleerd deel", "X ist *geteilt in* ...")
    r"(?:opgedeeld|verdeeld|gesplitst)\s+(?:in|tussen)", r"(?:geteilt|gespalten)\s+(?:in|zwischen)",
)  # fmt: skip
#: The verbs "to be" before such a division ("Alep *est* divisée", "Aleppo *is* opgedeeld").
FOREIGN_BE: Final = (
    "est", r"a\s+été", "es", "está", "è", r"ha\s+sido", r"è\s+stata", "is", "ist", "wordt", "wird",
)  # fmt: skip
#: A time the division has lasted since, between the verb and the participle ("X is *sinds
#: 2012* opgedeeld", "X ist *seit 2012* geteilt", "X est *depuis 2012* divisée").
FOREIGN_SINCE: Final = ("sinds", "seit", "depuis", "desde", "dal", "dalla", "dès")
#: A holding after the place in Turkish: "Tel Rıfat'ı *işgal eden* terör örgütü YPG/PKK" (the
#: side that occupies it, named after these words).
FOREIGN_HELD_AFTER: Final = (r"işgal\s+eden", r"kontrol\s+eden")

# --------------------------------------------------------------------------- every language

# The general tables of the rules for captions in other languages (French, Spanish, Portuguese,
# Italian, German, Turkish, Arabic, Persian, Russian and Ukrainian): each side's names with their
# articles and case forms, and each family of cues (holding, taking, falling, the capture
# nouns, contested) with its inflections. The rules read them in
# ``rules._world_rules``, only for places no other rule has read.

#: Turkish: the names of the operations of :data:`OPERATION_NAMES` ("*Zeytin Dalı* Harekatı",
#: "*Fırat Kalkanı*", "*Barış Pınarı*", the SNA's "*Özgürlük Şafağı*", the HTS-led
#: "*Saldırganlığı Caydırma*"): the Turkish-backed factions and the rebels, as in English.
WORLD_TR_OPERATIONS: Final = (
    r"Fırat\s+Kalkanı", r"Zeytin\s+Dalı", r"Barış\s+Pınarı", r"Özgürlük\s+Şafağı",
    r"Saldırganlığı\s+Caydırma",
)  # fmt: skip
#: ... the words that make such an operation the frame of a deed ("Zeytin Dalı Harekatı
#: *kapsamında*"): the time of the deed, which the operation's side did.
WORLD_TR_FRAME_WORDS: Final = ("kapsamında", "çerçevesinde", "sürecinde", "sırasında")
#: French, Spanish, Portuguese, Italian and German: the same operations by their names there
#: ("l'opération *Rameau d'olivier*", "la operación *Rama de Olivo*", "die *Operation
#: Olivenzweig*", "l'offensive *Aube de la liberté*"), always after the word "operation" (or
#: "offensive") and perhaps in quotes: the rebels.
WORLD_OPERATIONS: Final = (
    r"Rameau\s+d['’]\s*olivier|Bouclier\s+de\s+l['’]\s*Euphrate|Source\s+de\s+(?:la\s+)?paix"
    r"|Aube\s+de\s+la\s+libert[ée]|Dissuasion\s+de\s+l['’]\s*agression",
    r"Ram[ao]\s+de\s+Olivo|Escudo\s+del\s+[ÉE]ufrates|(?:Manantial|Fuente)\s+de\s+(?:la\s+)?Paz"
    r"|Amanecer\s+de\s+la\s+Libertad|Disuasi[óo]n\s+de\s+la\s+Agresi[óo]n",
    r"Ramo\s+de\s+Oliveira|Escudo\s+do\s+Eufrates|Fonte\s+da\s+Paz|Ramoscello\s+d['’]\s*ulivo"
    r"|Scudo\s+dell['’]\s*Eufrate|Sorgente\s+di\s+pace",
    r"Olivenzweig|Schutzschild\s+Euphrat|Euphrat[-\s]Schild|Friedensquelle"
    r"|Quelle\s+des\s+Friedens|Morgenr[öo]te\s+der\s+Freiheit|Abschreckung\s+der\s+Aggression",
)
#: ... with the word before it.
WORLD_OPERATION_NAME: Final = (
    r"(?:l['’]\s*|la\s+|die\s+|der\s+|a\s+)?(?:op[ée]ration|operaci[óo]n|opera[çc][ãa]o"
    r"|operazione|Operation|offensive|ofensiva|offensiva|Offensive|Militäroffensive)\s+"
    r"(?:[«\"“„]\s*)?(?:" + "|".join(WORLD_OPERATIONS) + r")(?:\s*[»\"”“])?"
)
__all__ += [
    "WORLD_OPERATIONS",
    "WORLD_OPERATION_NAME",
    "WORLD_TR_FRAME_WORDS",
    "WORLD_TR_OPERATIONS",
]


#: Each side's names in those languages (matched case-insensitively; an Arabic name may carry
#: the prefixed "and" / "by" / "for": "*و*الجيش"). The first alternative that matches wins: IS
#: before the rebels ("боевики ИГ"), the Kurdish forces before the government ("Forces
#: démocratiques syriennes" is no army).
#: The Swahili subject prefixes of a verb ("*wa*meuteka", "*vi*meukomboa", "*i*nayodhibitiwa",
#: "*u*litekwa"), the verbs' tables and their pre-check triggers built from them.
WORLD_SW_SUBJECT_PREFIXES: Final = ("wa", "vi", "li", "ya", "zi", "u", "i", "ki", "a")
_SW_SUBJECT: Final = "(?:" + "|".join(WORLD_SW_SUBJECT_PREFIXES) + ")"
#: Hindi nouns of fighters after a side's adjective ("कुर्द *लड़ाकों*", "विपक्षी *लड़ाके*"; the
#: nukta composed or not).
HI_FIGHTERS: Final = r"ल(?:ड\u093c|\u095c)ाक(?:ों|े|ा)|बलों|बल|मिलिशिया|सेना(?:ओं)?"
#: Bengali: a name's case ending and the end of a Bengali word ("বিদ্রোহী*রা*", "বাহিনী*র*",
#: "আইএস*-এর*"), and the letter "ya", composed or not ("নি*য়*েছে").
BN_END: Final = r"(?:-?[\u0980-\u09ff]*)(?![\u0980-\u09ff])"
BN_YA: Final = "(?:য়|য\u09bc)"
WORLD_SIDES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    (
        "islamic_state",
        (
            r"[ÉE]tat\s+islamique|Estado\s+Isl[áâ]mico|Stato\s+islamico",
            r"Islamischen?\s+Staat(?:es)?|IS-Miliz|Dschihadistenmiliz\s+IS",
            r"(?-i:EI|EIIL|IS|ISIS|ISIL|Isis|Daech|Daesh|Daech|DAESH|IŞİD|IŞİD|DEAŞ|DAEŞ|ИГ|ИГИЛ)",
            r"Islamsk\w+\s+государств\w*|«Исламск\w+\s+государств\w*»",
            r"(?:боевик\w*|террорист\w*)\s+(?:(?-i:ИГ|ИГИЛ)|«?Исламск\w+\s+государств\w*»?)",
            r"Исламск\w+\s+государств\w*",
            r"(?-i:ДАИШ|ДАЕШ|ІДІЛ|ІД)|Ісламськ\w+\s+держав\w*|Islamitische\s+Staat",
            r"[وبلف]?(?:تنظيم\s+)?[«\"]?داعش[»\"]?|[وبلف]?تنظيم\s+الدولة(?:\s+الإسلامية)?",
            r"[وبلف]?الدولة\s+الإسلامية",
            # Greek ("το *Ισλαμικό Κράτος*", "οι τζιχαντιστές του *ΙΚ*")
            r"Ισλαμικ\w+\s+Κράτ\w*|(?-i:ΙΚ|ΙΚΙΛ)",
            # Indonesian, Malay, Vietnamese ("*NIIS*", "*Negara Islam*", "*Nhà nước Hồi giáo*")
            r"(?-i:NIIS)|Negara\s+Islam|Nhà\s+nước\s+Hồi\s+giáo",
            # Swahili, Romanian, Azerbaijani ("*Dola la Kiislamu*", "*Statul Islamic*", "*İŞİD*")
            r"Dola\s+la\s+Kiislamu|Statul(?:ui)?\s+Islamic|(?-i:İŞİD)(?:-\w+)?",
            # Polish ("*Państwo Islamskie*", "bojownicy *Państwa Islamskiego*")
            r"Państw\w+\s+Islamsk\w+",
            # Bosnian, Croatian, Serbian ("*Islamska država*", "pod kontrolom *Islamske države*")
            r"Islamsk\w+\s+držav\w*",
            # Hebrew ("*דאעש*", "*המדינה האסלאמית*"; a prefix letter may join it: "*ו*דאעש")
            r"[ושהבלמ]?(?:דאע\"?ש|דאעש|המדינה\s+האסלאמית)",
            # Persian ("*گروه دولت اسلامی*", "*دولت اسلامی*")
            r"(?:گروه\s+)?دولت\s+اسلامی",
            # Hindi ("*इस्लामिक स्टेट*", "*आईएस*", "*दाएश*"; a name ends before no Devanagari sign)
            r"(?:इस्लामिक\s+स्टेट|आईएसआईएस|आईएसआईएल|आईएस|दाएश|दाइश)(?![\u0900-\u097f])",
            # Bengali ("*আইএস*", "*ইসলামিক স্টেট*", "*আইএসের*", "*দায়েশ*")
            rf"(?:ইসলামিক\s+স্টেট|আইএসআইএস|আইএসআইএল|আইএস|আইসিস|দা{BN_YA}েশ){BN_END}",
            # Swedish, Danish, Norwegian ("*Islamiska staten*", "*Islamisk Stat*", "*Den islamske
            # staten*"), Finnish ("*Isisin*", "*Islamilaisen valtion*"), Czech, Slovak
            # ("*Islámského státu*", "*Islamský štát*"), Bulgarian ("*Ислямска държава*", "*ИД*")
            r"(?:Den\s+)?[Ii]slami?sk[ae]?\s+[Ss]tat(?:en|ens)?|Islamilai\w+\s+valtio\w*"
            r"|(?-i:Isis)(?:in|iin|istä|iltä|ille)|Isl[áa]msk\w+\s+(?:stát|štát)\w*"
            r"|Ислямск\w+\s+държав\w*|(?-i:ИДИЛ|ИД)",
            # Ukrainian fighters of IS ("*бойовики ІД*"), Azerbaijani ("*İslam Dövləti*"), Kurmanji
            # ("*DAIŞ*", "*çeteyên DAIŞê*")
            r"бойовик\w*\s+(?:(?-i:ІД|ІДІЛ)|«?Ісламськ\w+\s+держав\w*»?)|İslam\s+Dövləti\w*"
            r"|(?:çeteyên\s+)?(?-i:DAIŞ|DAÎŞ|DAİŞ|DAEŞ)(?:ê)?",
        ),
    ),
    (
        "kurdish",
        (
            r"Forces\s+d[ée]mocratiques\s+syriennes?|Fuerzas\s+(?:de\s+Siria\s+)?Democr[áa]ticas"
            r"(?:\s+Sirias)?|For[çc]as\s+Democr[áa]ticas\s+(?:da\s+Síria|Sírias)"
            r"|Forze\s+democratiche\s+siriane|Demokratischen\s+Kr[äa]fte\s+Syriens",
            r"(?:forces|milices|unités|combattants|fuerzas|milicias|unidades|combatientes|for[çc]as"
            r"|milícias|combatentes|tropas|forze|milizie?|miliziani|combattenti|Milizen|Einheiten"
            r"|Kämpfer|Truppen|Verbände)\s+(?:irregulares\s+)?(?:kurd|curd)\w*",
            # one force or alliance of Arabs and Kurds ("una *fuerza árabe-kurda*", "une
            # *alliance arabo-kurde*", "un'*alleanza arabo-curda*")
            r"(?:fuerza|força|forza|force|alianza|aliança|alleanza|alliance|coalición|coalizão"
            r"|coalizione|coalition)\s+(?:ár|ar)ab[eo]?[-‑](?:kurd|curd)\w*",
            r"(?:les\s+|los\s+|os\s+|i\s+|die\s+)?(?:Kurdes|kurdos|curdos|curdi|Kurden|Kürtler)",
            r"Kürt\s+(?:güçleri|milisleri|grupları|savaşçıları)\w*",
            r"kurdische[n]?\s+(?:Milizen|Kämpfer|Einheiten|Truppen|Kräfte)",
            r"(?-i:FDS|SDF|Sdf|QSD|YPG|Ypg|YPJ|PKK|PYD|SDG|SDK|СДС)(?:\s*/\s*(?-i:YPG|PKK|PYD|SDG))*"
            r"(?:['’]\w+)?",
            # Turkish: the SDF and the YPG by their names ("*Suriye Demokratik Güçleri*", "*Halk
            # Koruma Birlikleri*")
            r"Suriye\s+Demokratik\s+Güçleri\w*|Halk\s+Koruma\s+Birlikleri\w*",
            r"[وبلف]?(?:قسد|قوات\s+[\"«“(]?\s*سوري[اة]\s+الديمو?قراطية\s*[\"»”)]?|وحدات\s+حماية\s+الشعب)",
            r"[وبلف]?(?:الأكراد|المقاتل(?:ون|ين)\s+الأكراد|القوات\s+الكردية|الوحدات\s+الكردية)",
            r"курд\w*(?:\s+(?:отряд|формировани|ополчен|сил|милици)\w*)?",
            r"(?:отряд|формировани|ополчен)\w*\s+курд\w*(?:\s+милиции)?",
            r"(?:Сирийск\w+\s+)?[Дд]емократическ\w+\s+сил\w*(?:\s+Сирии)?",
            r"(?:نیروهای\s+)?(?:کردها|کرد|سوریه\s+دموکراتیک)",
            # Persian: the SDF and the YPG by their names ("*نیروهای دموکراتیک سوریه*",
            # "*قسد*", "*یگان‌های مدافع خلق*", "*شبه‌نظامیان کرد*")
            r"نیروهای\s+دموکراتیک\s+سوریه|قسد|یگان(?:‌|\s)?های\s+مدافع\s+خلق|نیروهای\s+کردی"
            r"|(?:شبه(?:‌|\s)?نظامیان|رزمندگان|جنگجویان)\s+کرد(?:ی)?",
            r"Koerd(?:en|ische\s+(?:strijdkrachten|troepen|milities|militie|strijders))",
            r"Syrische\s+Democratische\s+Strijdkrachten|Syrischen?\s+Demokratischen?\s+Streitkräfte",
            # the YPG by its name in those languages ("die kurdischen
            # *Volksverteidigungseinheiten*", "les *Unités de protection du peuple*", "las
            # *Unidades de Protección Popular*", "le *Unità di protezione popolare*")
            r"(?:kurdische[n]?\s+|syrische[n]?\s+)?(?:Volks|Frauen)verteidigungseinheiten"
            r"|Unités\s+(?:kurdes\s+)?de\s+protection\s+du\s+peuple"
            r"|Unidades\s+de\s+Prote(?:cción|ção)\s+(?:Popular|do\s+Povo)"
            r"|Unità\s+di\s+(?:protezione|difesa)\s+popolare|Volksbeschermingseenheden",
            # German: the Kurdish militia in one word ("die *Kurdenmiliz* YPG", "*Kurdenmilizen*")
            r"Kurdenmiliz(?:en)?(?:\s+(?-i:YPG|SDF|SDK|SDG))?|kurdische[nr]?\s+(?:YPG-)?Miliz",
            # the Peshmerga in German ("die *Peschmerga*", "*Peschmerga-Kämpfer*")
            r"Pe(?:sch|sh)merga(?:-(?:Kämpfer|Armee|Einheiten|Truppen))?",
            # Greek ("οι *Κούρδοι*", "οι *κουρδικές δυνάμεις*")
            r"(?:οι\s+|των\s+|τους\s+)?Κούρδ(?:οι|ων|ους)|κουρδικ\w+\s+(?:δυνάμ|πολιτοφυλακ|μαχητ)\w*",
            # Indonesian, Malay, Vietnamese ("*milisi Kurdi*", "*lực lượng người Kurd*")
            r"(?:pasukan|milisi|militan|pejuang|kelompok)\s+Kurdi|(?:lực\s+lượng|dân\s+quân"
            r"|tay\s+súng|chiến\s+binh)\s+(?:người\s+)?Kurd",
            # Swahili, Romanian, Azerbaijani ("*wapiganaji wa Kikurdi*", "*kurzii*", "*forțele
            # kurde*", "*kürd silahlıları*")
            r"(?:wapiganaji|vikosi|wanamgambo)\s+(?:wa|vya)\s+Kikurdi|Wakurdi"
            r"|kurzii|kurzilor|(?:forțele|forţele|milițiile|miliţiile|luptătorii)\s+(?:kurde|kurzi)"
            # Hebrew ("*הכורדים*", "*הכוחות הכורדיים*")
            r"|[ושהבלמ]?(?:ה)?כורדים|[ושהבלמ]?(?:ה)?כוחות\s+(?:ה)?כורדיים"
            # Hindi ("*कुर्द लड़ाकों* ने", "*एसडीएफ*", "*वाईपीजी*"; not the people, "कुर्द")
            rf"|(?:कुर्द\s+(?:{HI_FIGHTERS})|कुर्दों|एसडीएफ|वाईपीजी)(?![\u0900-\u097f])"
            # Bengali ("*কুর্দি যোদ্ধারা*", "*কুর্দি বাহিনী*", "*এসডিএফ*", "*ওয়াইপিজি*"; not the
            # people, "কুর্দি জনগণ")
            rf"|(?:কুর্দি\s+(?:যোদ্ধা|বাহিনী|মিলিশি{BN_YA}া|সেনা)|কুর্দিরা|এসডিএফ|ও{BN_YA}াইপিজি){BN_END}"
            r"|kürd\s+(?:qüvvələri|silahlıları|yaraqlıları)\w*",
            # Polish ("*Kurdowie*", "pod kontrolą *Kurdów*", "*kurdyjskie siły*", "*kurdyjscy
            # bojownicy*")
            r"Kurd(?:owie|ów|ami|om)|kurdyjsk\w+\s+(?:bojownic\w*|milicj\w*|sił\w*|oddział\w*)"
            r"|(?:siły|sił|oddziały|bojownicy|milicje)\s+kurdyjsk\w*",
            # Bosnian, Croatian, Serbian ("*Kurdi*", "*kurdske snage*", "*kurdski borci*")
            r"Kurd(?:i|ima)(?!\w)|kurdsk\w+\s+(?:snag\w*|borc\w*|milicij\w*|jedinic\w*)",
            # the SDF by its full name ("*Syryjskie Siły Demokratyczne*", "*Sirijske demokratske
            # snage*", "*Forțele Democratice Siriene*", "*Συριακές Δημοκρατικές Δυνάμεις*",
            # "*Сирійські демократичні сили*", "*Syrische Demokratische Kräfte*", "*Pasukan
            # Demokratik Suriah*")
            r"Syryjsk\w+\s+Sił\w*\s+Demokratyczn\w*|Sirijsk\w+\s+demokratsk\w+\s+snag\w*"
            r"|For[țţ]ele\s+Democratice\s+Siriene|For[țţ]elor\s+Democratice\s+Siriene"
            r"|Συριακ\w+\s+Δημοκρατικ\w+\s+Δυνάμ\w*|Сирійськ\w+\s+демократичн\w+\s+сил\w*"
            r"|Syrische[n]?\s+Demokratische[n]?\s+Kräfte|Pasukan\s+Demokratik\s+Suriah",
            # the Autonomous Administration the Kurdish-led forces answer to ("*l'Administration
            # autonome* kurde", "*la Administración Autónoma*", "*die kurdische
            # Selbstverwaltung*", "*الإدارة الذاتية*")
            r"(?:l['’]\s*)?[Aa]dministration\s+autonome(?:\s+kurde|\s+du\s+[Nn]ord[-\s][Ee]st"
            r"(?:\s+de\s+la\s+Syrie|\s+syrien)?)?|Administraci[óo]n\s+Aut[óo]noma"
            r"|Administra[çc][ãa]o\s+Aut[ôo]noma|Amministrazione\s+autonoma"
            r"|(?:kurdische[n]?\s+|nordsyrische[n]?\s+)Selbstverwaltung"
            r"|[وبلف]?الإدارة\s+الذاتية(?:\s+الكردية)?|ایس\s+ڈی\s+ایف",
            # Swedish, Danish, Norwegian ("*kurdiska styrkor*", "*kurderna*", "*de kurdiske
            # styrker*", "*Syriska demokratiska styrkorna*")
            r"kurdisk[ae]?\s+(?:styrk|milis|trupp|krigare|enhet|enhed|soldat)\w*|kurder(?:na|ne)"
            r"|Syrisk[ae]\s+[Dd]emokratisk[ae]\s+[Ss]tyrk\w+",
            # Finnish ("*kurdijoukot*", "*kurdijoukkojen*", "*kurdien*", "*kurdimiliisit*")
            r"kurdi(?:jou\w+|miliisi\w*|taistelij\w*|t|en)(?!\w)|Syyrian\s+demokraattis\w+\s+jouk\w*",
            # Czech, Slovak ("*Kurdové*", "*Kurdů*", "*Kurdov*", "*kurdské síly*", "*Syrské
            # demokratické síly*")
            r"Kurd(?:ové|ů|ov|y)(?!\w)|kurdsk\w+\s+(?:s[íi]l\w*|jednotk\w*|milic\w*|bojovn\w*)"
            r"|Syrsk\w+\s+demokratick\w+\s+s[íi]l\w*",
            # Bulgarian ("*кюрдите*", "*кюрдските сили*", "*Сирийските демократични сили*")
            r"кюрд(?:ите|и)(?!\w)|кюрдск\w+\s+(?:сил|отряд|бойц|милиц|формирован)\w*"
            r"|Сирийск\w+\s+демократичн\w+\s+сили",
            # Kurmanji ("*HSD*", "*QSD*", "*Hêzên Sûriya Demokratîk*", "*Rêveberiya Xweser*")
            r"(?-i:HSD|QSD)(?:ê|yê)?|Hêzên\s+Sûriya\s+Demokratîk|Yekîneyên\s+Parastina\s+Gel"
            r"|Rêveberiya\s+Xweser\w*",
            # Hebrew ("*הכוחות הדמוקרטיים הסוריים*"), Azerbaijani ("*SDQ*")
            r"[ושהבלמ]?(?:ה)?כוחות\s+(?:ה)?דמוקרטיים\s+(?:ה)?סוריים|(?-i:SDQ)(?:-\w+)?",
        ),
    ),
    (
        "rebels",
        (
            r"(?:les\s+|los\s+|os\s+|i\s+|die\s+)?(?:rebelles|rebeldes|ribelli|Rebellen|insurg[ée]s"
            r"|insurgentes|insorti|Aufständischen|Aufständische|opositores|muhalifler\w*)",
            r"(?:groupes|grupos|gruppi|factions|facciones|facções)\s+(?:rebelles|rebeldes|ribelli"
            r"|armés|armados|armati|islamistes|islamistas|islamisti)",
            # ("le *groupe rebelle* X", "il *gruppo ribelle* Sultan Murad")
            r"(?:groupe|grupo|gruppo|milice|milicia|milícia|milizia|faction|facción|facção|fazione"
            r"|brigade|brigada|brigata)\s+(?:rebelle|rebelde|ribelle|insurgé|insurgente|armé)",
            # the Turkish-backed factions ("les combattants *pro-turcs*", "os combatentes
            # *pró-turcos*", "*protürkische* Milizen", "*apoiados pela Turquia*")
            r"(?:\w+\s+)?(?:pro|pró|filo)[-‑]?\s*turc\w*|protürkisch\w*|pro-?türkisch\w*"
            r"|türkeitreue\w*|(?:\w+\s+)?(?:soutenus|appuyés|apoyados|respaldados|apoiados"
            r"|sostenuti|appoggiati)\s+(?:par|por|pel[oa]|dalla)\s+(?:la\s+|a\s+)?"
            r"(?:Turquie|Turquía|Turquia|Turchia|Ankara)",
            # ("die *von der Türkei unterstützten Rebellen*", "*von Ankara unterstützte* Milizen",
            # "*door Turkije gesteunde* rebellen")
            r"(?:von\s+(?:der\s+)?)?(?:Türkei|Ankara)\s+(?:unterstützte\w*|gestützte\w*"
            r"|finanzierte\w*)\s+(?:Rebellen|Milizen|Kämpfer|Gruppen|Truppen|Einheiten|Söldner)"
            r"|(?:door\s+)?(?:Turkije|Ankara)\s+gesteunde\s+(?:rebellen|milities|strijders"
            r"|groepen)",
            # Turkey's army and its Syrian allies together, the factions of its operations (the
            # rebels, as "Turkish forces and their Syrian rebel allies": "*Türkische Truppen und
            # verbündete syrische Milizen*", "*l'armée turque et ses alliés syriens*", "*las
            # tropas turcas y sus aliados sirios*", "*le truppe turche e i loro alleati
            # siriani*")
            r"(?:die\s+)?türkische[n]?\s+(?:Truppen|Armee|Streitkräfte|Soldaten)\s+und\s+(?:ihre\s+"
            r"|deren\s+)?(?:verbündete[n]?|protürkische[n]?)\s+(?:syrische[n]?\s+)?(?:Milizen"
            r"|Rebellen|Kämpfer|Gruppen|Verbündeten)"
            r"|(?:l['’]\s*armée|les\s+forces|les\s+troupes)\s+turques?\s+et\s+(?:leurs|ses)\s+"
            r"(?:alliés|supplétifs)(?:\s+syriens)?"
            r"|(?:el\s+ejército|las\s+(?:tropas|fuerzas))\s+turc[oa]s?\s+y\s+sus\s+aliados"
            r"(?:\s+sirios)?"
            r"|(?:l['’]\s*esercito|le\s+(?:truppe|forze))\s+turc[oh]e?\s+e\s+i\s+(?:loro|suoi)\s+"
            r"alleati(?:\s+siriani)?",
            # German: the opposition's fighters and groups ("*Oppositionskämpfer*",
            # "*Rebellengruppen*", "*Regimegegner*")
            r"Opposition(?:skämpfer|sgruppen|skräfte|smilizen|elle[n]?)|Rebellen(?:gruppen|milizen"
            r"|kämpfer|verbände|allianz)|Regimegegner|Assad-Gegner",
            # the rising by its own name ("l'un des bastions de *la rébellion armée*", "en manos
            # de *la rebelión*", "*la ribellione*", "*a rebelião*")
            r"r[ée]bellion(?:\s+(?:armée|syrienne|islamiste))?|rebeli[óo]n(?:\s+armada)?"
            r"|ribellione(?:\s+armata)?|rebeli[ãa]o(?:\s+armada)?",
            r"(?:l['’]\s*)?opposition(?:\s+armée)?|oposici[óo]n(?:\s+armada)?|oposi[çc][ãa]o"
            r"(?:\s+armada)?|opposizione(?:\s+armata)?",
            r"Arm[ée]e\s+syrienne\s+libre|Ej[ée]rcito\s+Sirio\s+Libre|Ex[ée]rcito\s+S[íi]rio\s+Livre"
            r"|Esercito\s+siriano\s+libero|Freien?\s+Syrischen?\s+Armee"
            r"|Arm[ée]e\s+nationale\s+syrienne|Ej[ée]rcito\s+Nacional\s+Sirio"
            r"|Ex[ée]rcito\s+Nacional\s+S[íi]rio|Esercito\s+nazionale\s+siriano",
            r"(?-i:ASL|ESL|ELS|FSA|ANS|SNA|HTS|HTŞ|ÖSO|SMO)(?:['’]\w+)?",
            r"Ej[ée]rcito\s+Libre\s+Sirio|Ex[ée]rcito\s+Livre\s+S[íi]rio|Syrischen?\s+Nationalarmee|Syrischen?\s+Nationalen?\s+Armee"
            r"|isyancı\w*|opstandelingen|rebellengroepen"
            # (the SNA's Dutch name, before its "Leger" reads as the army: "veroverd door het
            # *Syrisch Nationaal Leger*")
            r"|Syrische?\s+Nationa(?:al|le)\s+Leger",
            r"Hayat\s+Tahrir\s+al[-\s][CSŞ]h?[aâ]m|Heyet\s+Tahrir\s+(?:el[-\s]|e[sş][-\s]?)?Şam"
            r"|Hajat\s+Tahrir\s+al-Scham",
            # (with the agent's suffix of a passive participle: "Özgür Suriye *Ordusunca*
            # arındırılan X")
            r"Özgür\s+Suriye\s+Ordusu(?:['’]\w+|n[cç][ae])?|Suriye\s+Milli\s+Ordusu(?:['’]\w+"
            r"|n[cç][ae])?"
            r"|muhalif\s+(?:gruplar|güçler)\w*|rejim\s+karşıtı\s+(?:gruplar|güçler)\w*"
            # (the SNA's other Turkish name, the factions Turkey backs: "*Suriye Ulusal
            # Ordusu*", "*Türkiye destekli* gruplar")
            r"|Suriye\s+Ulusal\s+Ordusu(?:['’]\w+|n[cç][ae])?|Türkiye\s+destekli\s+\w+",
            # a Turkish-named rebel brigade ("*Tevhid Tugayı* askerleri"), and Turkey's operations
            # with the factions they fought with ("*Zeytin Dalı Harekatı*'nın 58'inci gününde",
            # "*Fırat Kalkanı* harekatı kapsamında"): Turkey and the FSA / SNA, the rebels here
            WORLD_OPERATION_NAME,
            r"Tevhid\s+Tugay\w*|(?:" + "|".join(WORLD_TR_OPERATIONS) + ")"
            r"(?:\s+[Hh]arekat\w*)?(?:['’]\w+)?",
            r"[وبلف]?(?:فصائل\s+المعارضة|الفصائل(?:\s+المعارضة|\s+المسلحة)?|المعارضة(?:\s+المسلحة)?"
            r"|مقاتل(?:و|ي)\s+المعارضة|الجيش\s+(?:السوري\s+)?الحر|هيئة\s+تحرير\s+الشام"
            r"|الجيش\s+الوطني(?:\s+السوري)?|المقاتلون|المقاتلين"
            # "the revolutionaries", the opposition's own word for its fighters ("*الثوار*")
            r"|الثوار|الثوّار"
            # the factions of Turkey's operations by the operation's name ("قوات *درع الفرات*")
            r"|درع\s+الفرات|غصن\s+الزيتون|نبع\s+السلام"
            # ... and the factions' offensive of 2024 by its names ("فصائل *«ردع العدوان»*",
            # "*إدارة العمليات العسكرية*", "*فجر الحرية*")
            r"|[«\"“]?ردع\s+العدوان[»\"”]?|إدارة\s+العمليات\s+العسكرية|[«\"“]?فجر\s+الحرية[»\"”]?)",
            # the Nusra Front and its allies (the rebels, as in English captions)
            r"Front\s+al-Nosra|Frente\s+al[-\s]Nusra|Fronte\s+al-Nusra|(?:al-)?Nusra-Front"
            r"|Fateh\s+al-Cham|Fatah\s+al-Sham|Ahrar\s+al-(?:Cham|Sham|Scham)",
            r"[وبلف]?(?:جبهة\s+(?:النصرة|فتح\s+الشام)|أحرار\s+الشام|جيش\s+الفتح"
            r"|فصائل\s+(?:إسلامية|مقاتلة|مسلحة))",
            r"повстанц\w*|боевик\w*|(?:вооруженн\w+\s+)?оппозици\w*"
            r"|антиправительственн\w+\s+(?:вооруженн\w+\s+)?группировк\w*|повстанці\w*",
            # ("*вооруженные группировки*", "*незаконные вооруженные формирования*": not
            # "вооруженные силы", the army)
            r"(?:незаконн\w+\s+)?вооруж[её]нн\w+\s+(?:группировк|формировани|отряд)\w*",
            r"(?:شورشیان|مخالفان|تروریست‌ها|تروریستها)",
            # Persian: the Free and National Armies, HTS, the armed opposition ("*ارتش آزاد
            # سوریه*", "*ارتش ملی سوریه*", "*هیئت تحریر الشام*", "*گروه‌های مسلح*")
            r"(?:(?:نیروهای|گروه|گروه‌های|شبه\s*نظامیان)\s+)*(?:ارتش\s+(?:آزاد|ملی)(?:\s+سوریه)?"
            r"|(?:هیئت|هیات|هيئت)\s+تحریر\s*(?:الشام|شام)|تحریر\s*الشام|جبهه\s+النصره"
            r"|گروه(?:‌|\s)?های\s+(?:مسلح|شورشی|معارض)|معارضان(?:\s+مسلح)?|شورشی(?:ان)?)",
            # Urdu ("*باغیوں* کے قبضے میں", "*باغی* گروپوں", "*حزب اختلاف* کے جنگجو")
            r"باغی(?:وں)?(?:\s+(?:گروپوں|گروپ|جنگجوؤں|جنگجو))?|حزب\s+اختلاف(?:\s+کے\s+جنگجو(?:ؤں)?)?",
            # Hebrew ("*המורדים*", "*מורדי האופוזיציה*", "*ארגוני המורדים*"; a prefix letter may
            # join it: "*ו*המורדים", "*ש*המורדים")
            r"[ושהבלמ]?(?:ה)?מורדי(?:ם)?(?:\s+(?:ה)?אופוזיציה)?|[ושהבלמ]?ארגוני\s+המורדים",
            # Hindi ("*विद्रोहियों* ने", "*विद्रोही गुटों*", "*बागियों*", "*विपक्षी लड़ाकों*",
            # "*हयात तहरीर अल-शाम*")
            r"(?:(?:सीरियाई|इस्लामी|इस्लामिक)\s+)?(?:विद्रोहियों|विद्रोही|(?:बाग\u093c?|बा\u095a)(?:ी|ियों)"
            rf"|विपक्षी)(?:\s+(?:गुटों|गुट|समूहों|समूह|{HI_FIGHTERS}))?(?![\u0900-\u097f])"
            r"|(?:हयात\s+तहरीर\s+अल[-\s]?शाम|एचटीएस)(?![\u0900-\u097f])",
            # Bengali ("*বিদ্রোহীরা*", "*বিদ্রোহী গোষ্ঠীগুলো*", "*বিরোধী যোদ্ধারা*", "*হায়াত
            # তাহরির আল-শাম*", "*এইচটিএস*")
            rf"(?:বিদ্রোহী|বিরোধী\s+(?:যোদ্ধা|বাহিনী|গোষ্ঠী)|হা{BN_YA}াত\s+তাহরির\s+আল[-\s]?শাম"
            rf"|এইচটিএস){BN_END}(?:\s+(?:যোদ্ধা|গোষ্ঠী|বাহিনী|সংগঠন){BN_END})?",
            # Estonian ("*mässuliste* kontrolli all", "*opositsiooni* kontrolli all")
            r"mässuli\w*|opositsiooni\w*",
            # Greek ("οι *αντάρτες*", "των *ανταρτών*", "ο *Ελεύθερος Συριακός Στρατός*")
            r"(?:οι\s+|των\s+|τους\s+|στους\s+)?(?:ισλαμιστ\w+\s+)?αντ[άα]ρτ(?:ες|ών|ας|ισσες)"
            r"|αντικαθεστωτικ\w+|(?:της\s+)?αντιπολίτευσης"
            r"|Ελε[υύ]θερ\w+\s+Συριακ\w+\s+Στρατ\w*",
            # Indonesian, Malay ("*pemberontak*", "*kelompok oposisi*", "*kumpulan penentang*",
            # "*militan*")
            # "*kumpulan penentang Presiden Bashar al-Assad*": the opponents of Assad)
            r"(?:(?:para|kelompok|kumpulan|pasukan|pejuang|milisi)\s+)?(?:pemberontak|oposisi"
            r"|penentang|militan)(?:\s+(?:(?:yang\s+)?menentang\s+)?(?:Presiden\s+)?(?:Bashar\s+)?"
            r"(?:al[-\s]?)?Assad)?",
            # (the Free Syrian Army, the Syrian National Army: "*Tentara Pembebasan Suriah*")
            r"Tentara\s+(?:Pembebasan|Nasional)\s+(?:Suriah|Syria)",
            # Vietnamese ("*phiến quân*", "*quân nổi dậy*", "*lực lượng nổi dậy*", "*phe đối lập*",
            # "*các chiến binh nổi dậy*")
            r"(?:các\s+)?(?:phiến\s+quân|(?:quân|lực\s+lượng|nhóm|chiến\s+binh|tay\s+súng)"
            r"\s+(?:nổi\s+dậy|đối\s+lập)|phe\s+đối\s+lập)",
            # Swahili ("*waasi*", "*wapiganaji wa upinzani*", "*kundi la waasi*")
            r"(?:(?:wapiganaji|vikosi|kundi|makundi)\s+(?:wa|vya|la|ya)\s+)?(?:waasi|upinzani)",
            # Romanian ("*rebelii*", "*insurgenții*", "*opoziția armată*", "*Armata Siriană
            # Liberă*")
            r"rebel(?:ii|ilor|i)|insurgen(?:ții|ţii|ților|ţilor)|opozi(?:ția|ţia|ției|ţiei)"
            r"(?:\s+armat[ăe])?|Armat(?:a|ei)\s+Sirian[ăe]\s+Liber[ăe]",
            # Azerbaijani ("*ASO-nun* nəzarətində", "*üsyançılar*", "*müxalifət qüvvələri*")
            r"(?-i:ASO)(?:-\w+)?|Azad\s+Suriya\s+Ordusu\w*|üsyançı\w*|müxalif(?:ət|lər)\w*",
            # Polish ("*rebelianci*", "przez *rebeliantów*", "*powstańcy*", "*opozycja*",
            # "*wspierani przez Turcję* rebelianci")
            r"(?:wspierani\s+przez\s+(?:Turcję|Ankarę)\s+)?(?:rebelianc\w*|rebeliant\w*"
            r"|powstańc\w*|powstańcy)|opozycj[aięą]",
            # Bosnian, Croatian, Serbian ("*pobunjenici*", "*pobunjeničke grupe*", "od strane
            # *pobunjenika*", "*islamističke pobunjeničke grupe*")
            r"(?:islamističk\w+\s+)?pobunjeni(?:ci|ka|cima|čk\w+(?:\s+(?:grup|snag|frakcij)\w*)?)",
            # the Free and National Armies, before the army's own words ("*Wolna Armia
            # Syryjska*", "*Syryjska Armia Narodowa*", "*Slobodna sirijska vojska*", "*Vrij
            # Syrisch Leger*", "*Syrisch Nationaal Leger*", "*Свободная сирийская армия*",
            # "*Вільна сирійська армія*", "*Свободната сирийска армия*", "*צבא סוריה החופשי*")
            r"Woln\w+\s+Armi\w+\s+Syryjsk\w*|Syryjsk\w+\s+Armi\w+\s+Narodow\w*"
            r"|Slobodn\w+\s+sirijsk\w+\s+vojsk\w*|Vrij(?:e)?\s+Syrisch(?:e)?\s+Leger"
            r"|Syrisch(?:e)?\s+Nationa(?:al|le)\s+Leger|(?:de\s+)?oppositie(?:strijders|groepen)?|Свободн\w+\s+сирийск\w+\s+арми\w*"
            r"|Вільн\w+\s+сирійськ\w+\s+армі\w*|[ושהבלמ]?צבא\s+סוריה\s+החופשי",
            # the factions Turkey backs ("*factions soutenues par la Turquie*", "*facciones
            # apoyadas por Turquía*", "*protureccy bojownicy*", "*протурецкие группировки*")
            r"(?:\w+\s+)?(?:soutenues|appuyées|apoyadas|respaldadas|apoiadas|sostenute|appoggiate)"
            r"\s+(?:par|por|pel[oa]|dalla)\s+(?:la\s+|a\s+)?(?:Turquie|Turquía|Turquia|Turchia"
            r"|Ankara)",
            r"protur(?:eck|ec)\w+(?:\s+(?:bojowni|rebeliant|oddział|ugrupowa|milicj)\w*)?"
            r"|протурецк\w+(?:\s+(?:группировк|боевик|формировани|сил)\w*)?"
            r"|протурецьк\w+(?:\s+(?:угрупован|бойовик|формуван|сил)\w*)?",
            # Hay'at Tahrir al-Sham and the Nusra Front by their names in the other scripts and
            # spellings ("*Hajat Tahrir asz-Szam*", "*Хайят Тахрир аш-Шам*", "*ХТШ*", "*Джебхат
            # ан-Нусра*", "*היאת תחריר א-שאם*", "*Heyət Təhrir əş-Şam*", "*HTC*")
            r"Ha(?:j|i|y)at\s+Tahrir\s+(?:al|asz|aš|as)[-\s]?(?:Scham|Szam|Šam|Sham|Cham)"
            r"|Haj[áa]t\s+Tahr[íi]r\s+a[šs][-\s]Š[áa]m|(?-i:HTC)"
            r"|Front(?:a)?\s+an[-\s]Nusr[aá]|(?:al-)?Nusra[-\s]?[Ff]ront(?:en)?|(?:El\s+)?Nusra\s+Cephesi\w*"
            r"|(?:Хай(?:ят|ат|аят)|Хаят)\s+Тахрир\s+аш[-\s]Шам|Хаят\s+Тахрір\s+аш[-\s]Шам|(?-i:ХТШ|ССА)"
            r"|(?:Heyet|Desteya)\s+Tehr[îi]r\s+(?:El|el|eş)[-\s]?Şam|Heyet\s+Tahr[îi]r\s+(?:El|el|eş)[-\s]?Şam"
            r"|çekdarên\s+opozisyon\w*|opozicij\w*"
            r"|[ושהבלמ]?(?:ה)?אופוזיציה(?:\s+(?:ה)?סורית)?"
            r"|«?Джеб(?:х)?ат\s+ан[-\s]Нусра»?|«?Джабхат\s+ан[-\s]Нусра»?|Фронт\s+ан[-\s]Нусра"
            r"|[ושהבלמ]?(?:היאת|הייאת|האיית)\s+תחריר\s+א[-\s]?שאם|[ושהבלמ]?ג'בהת\s+א[-\s]?נוסרה"
            r"|Heyət\s+Təhrir\s+əş[-\s]Şam(?:-\w+)?|Χα(?:γι|ι)[άα]τ\s+Ταχρ[ίι]ρ\s+(?:αλ|ασ)[-\s]?Σα[μχ]",
            # Swedish, Danish, Norwegian ("*rebellerna*", "*oppositionella*", "*oppositionen*",
            # "*upprorsmän*", "*Fria syriska armén*", "*oprørerne*", "*opprørsgrupper*",
            # "*Turkiet-stödda* rebeller")
            r"rebell(?:er|erna|grupp\w*|styrk\w*|trupp\w*|krigare\w*|soldat\w*)|oppositionell\w*|oppositionen"
            r"|upprorsm\w+|opp?rør(?:er\w*|sgrupp\w*|sstyrk\w*|skriger\w*|ssoldat\w*)|opposisjonen"
            r"|(?:Fria|Frie|frie|Den\s+[Ff]rie)\s+[Ss]yrisk[ae]?\s+(?:armén|hær\w*|armé\w*)"
            r"|Syriska\s+nationella\s+armén"
            r"|(?:Turkiet|tyrkisk|Tyrkia)[-\s]?(?:stödda|støttede|støttet)\s+\w+",
            # Finnish ("*kapinalliset*", "*kapinallisten*", "*oppositio*", "*Vapaa Syyrian
            # armeija*", "*Turkin tukemat* kapinalliset")
            r"(?:Turkin\s+tukem\w+\s+)?kapinalli\w*|oppositio(?:n|ta|lle|joukko\w*)?(?!\w)"
            r"|Vapaa(?:n)?\s+Syyrian\s+armeija\w*",
            # Czech, Slovak ("*povstalci*", "*povstalců*", "*rebelové*", "*opozice*", "*opozícia*",
            # "*Svobodná syrská armáda*")
            r"(?:Turecko(?:m)?\s+podporovan\w+\s+)?(?:povstalc\w*|povstaleck\w+\s+(?:skupin|sil"
            r"|síl|frakc|jednotk)\w*)|rebel(?:ové|ů|ům|y|mi|ov)(?!\w)|opozic(?:e|í|i)(?!\w)"
            r"|opozíci\w*|Svobodn\w+\s+syrsk\w+\s+armád\w*",
            # Bulgarian ("*бунтовниците*", "*въстаниците*", "*опозицията*", "*опозиционните
            # сили*")
            r"бунтовниц\w*|въстаниц\w*|опозиция(?:та)?|опозиционн\w+(?:\s+(?:сили|групи|бойци))?",
            # Ukrainian ("*опозиція*", "*опозиційні формування*", "*бойовики*", "*угруповання
            # повстанців*")
            r"опозиці\w*|опозиційн\w+(?:\s+(?:формуван|угрупован|сил)\w*)?|бойовик\w*"
            r"|угрупован\w+\s+(?:повстанц|бойовик)\w*",
            # Kurmanji ("*çeteyên* Tirkiyê", "*komên çekdar ên opozisyona Sûriyê*", "*Artêşa Azad
            # a Sûriyê*", "*Artêşa Niştimanî ya Sûriyê*")
            r"çete(?:yên|yan|ye|yê|ya)?(?!\w)|komên\s+çekdar(?:\s+ên\s+opozisyon\w*(?:\s+Sûriyê)?)?"
            r"|opozisyon(?:a|ê)?(?:\s+Sûriyê)?|Artêşa\s+(?:Azad|Niştimanî)\s+(?:a|ya)\s+Sûriyê",
            # Greek, Arabic, Malay ("*η αντιπολίτευση*", "*المعارضون*", "*pembangkang*")
            r"(?:η\s+)?αντιπολίτευση|[وبلف]?المعارض(?:ون|ين)|[وبلف]?المتمرد(?:ون|ين)|pembangkang",
        ),
    ),
    (
        "government",
        (
            r"(?:l['’]\s*)?"
            + ABROAD_ARMY_BEFORE
            + r"arm[ée]e(?:\s+(?:arabe\s+)?syrienne|\s+régulière|\s+de\s+Damas)?"
            + ABROAD_ARMY_AFTER,
            r"(?:forces|troupes)\s+(?:armées\s+)?(?:gouvernementales|loyalistes|du\s+régime"
            r"|pro-?gouvernementales|syriennes|militaires|de\s+Damas|d['’]Assad|de\s+Bachar)",
            r"(?:le\s+)?r[ée]gime(?:\s+syrien)?|(?:le\s+)?gouvernement(?:\s+syrien)?|loyalistes",
            # ("les forces *prorégime*", "les milices *pro-Assad*", "les *soldats syriens*")
            r"(?:forces|troupes|milices|combattants|unités)\s+(?:pro-?\s?(?:r[ée]gime|Assad"
            r"|gouvernementales|Damas))|(?:soldats|militaires)\s+syriens",
            r"(?:el\s+)?ej[ée]rcito(?:\s+(?:árabe\s+)?sirio|\s+regular|\s+de\s+Damasco)?"
            + ABROAD_ARMY_AFTER,
            r"(?:o\s+)?ex[ée]rcito(?:\s+(?:árabe\s+)?s[íi]rio|\s+da\s+S[íi]ria|\s+regular)?"
            + ABROAD_ARMY_AFTER,
            r"(?:fuerzas|tropas|for[çc]as)\s+(?:gubernamentales|governamentais|del\s+régimen"
            r"|do\s+regime|leales|leais|sirias|s[íi]rias|progubernamentales|do\s+governo"
            r"(?:\s+s[íi]rio)?|del\s+gobierno|pró-governo|de\s+Assad|de\s+Damasco)",
            r"(?:el\s+)?r[ée]gimen(?:\s+sirio)?|(?:el\s+)?gobierno(?:\s+sirio)?|(?:o\s+)?governo"
            r"(?:\s+s[íi]rio)?",
            r"(?:l['’]\s*)?esercito(?:\s+siriano|\s+governativo|\s+regolare|\s+di\s+Damasco)?"
            + ABROAD_ARMY_AFTER,
            r"(?:forze|truppe)\s+(?:governative|lealiste|del\s+regime|di\s+Damasco|siriane"
            r"|fedeli\s+ad?\s+Assad|di\s+(?:Bashar\s+)?(?:al[-\s]?)?Assad)|lealisti",
            # ("*forze filo-governative* siriane", "*milizie filo-Assad*")
            r"(?:forze|truppe|milizie)\s+filo-?\s?(?:governative|regime|Assad)",
            rf"(?:die\s+)?(?:syrische[n]?\s+)?{ABROAD_ARMY_BEFORE}Armee|Regierungstruppen"
            r"|Regierungskräfte|Assad-Truppen"
            # ("*Regimetruppen*", "*regimetreue Milizen*", "*Assads Truppen*", "*Assad-treue
            # Kräfte*", "*Regierungssoldaten*", "die *syrischen Streitkräfte*")
            r"|Regime(?:truppen|kräfte|soldaten|armee)|regimetreue\w*\s+(?:Truppen|Kräfte|Milizen"
            r"|Einheiten|Kämpfer)|Assads\s+(?:Truppen|Armee|Streitkräfte|Soldaten|Kräfte)"
            r"|Assad-(?:treue\w*\s+)?(?:Truppen|Armee|Kräfte|Soldaten|Milizen)"
            r"|Assad-treue\w*|Regierungs(?:soldaten|armee|einheiten|streitkräfte)"
            # ("die *Truppen des Assad-Regimes*", "*Truppen von Machthaber Baschar al-Assad*")
            r"|(?:Truppen|Streitkräfte|Soldaten|Einheiten|Kräfte)\s+(?:des\s+(?:syrischen\s+)?"
            r"(?:Assad-)?Regimes|(?:von\s+)?(?:Machthaber|Präsident|Staatschef)\s+(?:Baschar\s+)?"
            r"(?:al-)?Assad)"
            r"|(?:syrischen?\s+)?(?<!Demokratischen\s)Streitkräfte(?=\s)(?!\s+(?:der\s+)?Türkei)"
            r"|Truppen\s+(?:des\s+Regimes|der\s+Regierung|Assads|des\s+syrischen\s+Präsidenten)"
            r"|(?:das\s+)?Regime|(?:die\s+)?Regierung",
            r"Suriye\s+ordusu\w*|(?:Esed|Esad)\s+rejim\w*(?:\s+güçleri\w*)?|rejim\s+güçleri\w*"
            # (the bare "regime" in its cases: "*rejim* X'i ele geçirdi", "*rejimin* kontrolünde")
            r"|rejim(?:in|i|e|den|le)?(?!\w)(?!\s+karşıtı)"
            r"|(?:Esed|Esad)\s+güçleri\w*|Şam\s+yönetimi\w*|ordu\s+güçleri\w*",
            # Hezbollah (the government's side, as in English captions)
            r"Hezbollah|Hizbollah|Hisbollah|Hezbolá|Hizbullah|Хезболл\w*|[وبلف]?حزب\s+الله",
            r"[وبلف]?القوات\s+الموالية(?:\s+للنظام)?|сирийск\w+\s+военн\w+",
            r"[وبلف]?(?:قوات\s+(?:النظام|الأسد|الحكومة)|القوات\s+(?:النظامية|الحكومية|السورية)"
            r"|الجيش\s+(?:السوري|العربي\s+السوري|النظامي)|جيش\s+النظام|وحدات\s+من\s+الجيش"
            r"|النظام(?:\s+السوري)?|الحكومة(?:\s+السورية)?|الجيش" + ABROAD_ARMY_AFTER_AR + ")",
            # the state's forces after December 2024 ("قوات *الأمن العام*", "*إدارة الأمن العام*",
            # "قوات *وزارة الدفاع* السورية", "*السلطات السورية الجديدة*"): the government
            r"[وبلف]?(?:(?:قوات|عناصر|إدارة)\s+)?الأمن\s+العام|[وبلف]?قوات\s+وزارة\s+الدفاع"
            r"(?:\s+السورية)?|[وبلف]?السلطات\s+(?:السورية\s+)?(?:الجديدة|الانتقالية)",
            rf"(?:сирийск\w+\s+)?{ABROAD_ARMY_BEFORE}арми\w*(?:\s+(?:Сирии|САР))?"
            r"|правительственн\w+\s+(?:войск|сил)\w*"
            r"|сирийск\w+\s+войск\w*|войск\w*\s+Асада|(?:Сирийск\w+\s+)?арабск\w+\s+арми\w*"
            rf"|сирійськ\w+\s+арміі?\w*|{ABROAD_ARMY_BEFORE}арміі?\w*",
            # Persian: the army, not another state's nor the Free / National Army ("*ارتش
            # سوریه*", "ارتش *ترکیه*" no side, "ارتش *آزاد* سوریه" the rebels)
            r"(?:نیروهای\s+)?ارتش(?!\s*(?:ترکیه|روسیه|آمریکا|امریکا|اسرائیل|عراق|ایران|آزاد|ملی"
            r"|ترک)(?!\w))(?:\s+سوریه)?|محور\s+مقاومت|نیروهای\s+دولتی|دولت\s+سوریه",
            # (the bare "government" after a holding: "X *در کنترل دولت* است"; not the Islamic
            # State, nor another state's)
            r"دولت(?!\s*(?:اسلامی|ترکیه|روسیه|آمریکا|امریکا|اسرائیل|عراق|ایران|ترک|خودگردان)(?!\w))",
            # ("*نیروهای سوری*", "*نیروهای نظامی سوریه*": the SDF, "نیروهای سوریه دموکراتیک", is
            # the Kurds' and tried before)
            r"نیروهای\s+(?:نظامی\s+)?سوری(?:ه)?(?!\s*دموکراتیک)(?!\w)",
            # Urdu ("*سرکاری فوج* نے", "*شامی فوج*", "*حکومتی فورسز*", "*شامی افواج*")
            r"(?:سرکاری|شامی|حکومتی)\s+(?:فوج|افواج|فورسز|دستوں|دستے)"
            # ("*شامی حکومت*", "*اسد حکومت*", "*بشار الاسد کی فوج*")
            r"|(?:شامی|اسد)\s+حکومت|(?:بشار\s+)?(?:الاسد|اسد)\s+(?:کی|کے)\s+(?:فوج|افواج|فورسز)",
            # Hebrew ("*צבא סוריה*", "*הצבא הסורי*", "*כוחות המשטר*", "*צבא אסד*")
            r"[ושהבלמ]?(?:צבא\s+(?:סוריה|אסד)|(?:ה)?צבא\s+(?:ה)?סורי|כוחות\s+(?:ה)?משטר"
            r"|כוחות\s+אסד|(?:ה)?משטר\s+(?:ה)?סורי)",
            # Hindi ("*सीरियाई सेना* ने", "*सरकारी बलों*", "*असद की सेना*"; not another state's)
            r"(?:सीरियाई\s+(?:सेना|सेनाओं|(?:फ\u093c?|\u095e)ौज|सरकार)|सरकारी\s+(?:सेना|सेनाओं|बलों|बल|(?:फ\u093c?|\u095e)ौज)"
            r"|असद\s+(?:की|के)\s+(?:सेना|सेनाओं|बलों|(?:फ\u093c?|\u095e)ौज))(?![\u0900-\u097f])",
            # Bengali ("*সিরীয় সেনাবাহিনী*", "*সরকারি বাহিনী*", "*আসাদের বাহিনী*"; not another
            # state's army, "তুর্কি সেনাবাহিনী")
            rf"(?:(?:সিরী{BN_YA}|সিরি{BN_YA}ার|সিরি{BN_YA}ান|সরকারি|সরকারী|আসাদ(?:ের)?(?:\s+সরকারের)?)"
            rf"\s+(?:সেনাবাহিনী|বাহিনী|সেনা|সৈন্য)){BN_END}",
            rf"regeringstroepen|regeringsleger|(?:het\s+)?(?:Syrische\s+)?{ABROAD_ARMY_BEFORE}leger",
            # the soldiers of the government ("*soldati governativi*", "*soldats loyalistes*")
            r"(?:soldat[io]|soldats?|soldados?|Soldaten)\s+(?:governativ\w*|gouvernementaux"
            r"|gubernamentales|governamentais|lealist\w*|loyalistes|del\s+r[ée]gimen?"
            r"|du\s+régime|do\s+regime)",
            # Estonian ("*valitsusvägede* kontrolli all", "*režiimi* kontrolli all")
            r"valitsusv[äa]\w*|režiimi\w*|Süüria\s+arme\w*",
            # Greek ("ο *συριακός στρατός*", "στον *συριακό στρατό*", "οι *κυβερνητικές
            # δυνάμεις*", "το *καθεστώς* του Άσαντ")
            r"(?:ο\s+|τον\s+|του\s+|στον\s+)?συριακ(?:ός|ό|ού)\s+στρατ(?:ός|ό|ού)"
            r"|κυβερνητικ\w+\s+(?:δυνάμ|στρατε[υύ]μ)\w*|(?:το\s+|του\s+)?καθεστ[ώω]τ(?:ος|ός|ώς)?"
            r"(?:\s+του\s+Άσαντ)?|δυνάμ\w+\s+του\s+Άσαντ"
            # (the army with its article and no other state's adjective: "από *τον στρατό*")
            r"|(?:ο|τον|του|στον)\s+στρατ(?:ός|ό|ού)(?!\s+(?:της\s+)?Τουρκ)",
            # Indonesian, Malay ("*pasukan pemerintah*", "*tentara Suriah*", "*militer
            # Suriah*", "*rezim*")
            # (not another state's: "*pasukan pemerintah Turki*")
            r"(?:pasukan|tentara|militer|tentera|angkatan)\s+(?:pro-?pemerintah|pemerintah"
            r"(?!\s+(?:Turki|Rusia|Irak|Iran|AS|Amerika))|kerajaan(?!\s+(?:Turki|Rusia))|Suriah"
            r"|Syiria|Syria|Assad|rezim)|pasukan\s+propemerintah|rezim(?:\s+Assad)?",
            # (the bare army as a subject, before its verb: "setelah *militer* menyatakan",
            # "*tentara* telah merebut"; not a thing's adjective, "kendaraan militer Turki")
            # (the lookahead may also stop at the verb where a rule reads the subject before it)
            r"(?:militer|tentara)(?=\s+(?:telah|sudah|berhasil|kini|akhirnya|menyatakan"
            r"|mengumumkan|merebut|menguasai|membebaskan|mengambil)(?!\w)|\s*$)",
            # Vietnamese ("*quân đội Syria*", "*quân chính phủ*", "*lực lượng chính phủ*"; not
            # another state's army: "*quân đội Thổ Nhĩ Kỳ*")
            r"quân\s+đội(?!\s+(?:Thổ|Mỹ|Nga|Iraq|Israel|Iran))(?:\s+(?:Syria|chính\s+phủ))?"
            r"|(?:quân|lực\s+lượng)\s+(?:thân\s+)?chính\s+phủ",
            # Swahili ("*vikosi vya serikali*", "*wanajeshi wa serikali*", "*jeshi la Syria*")
            r"(?:vikosi|wanajeshi|majeshi|askari)\s+(?:vya|wa|ya)\s+serikali(?:\s+ya\s+Syria)?"
            r"|jeshi\s+la\s+(?:Syria|serikali)|serikali\s+ya\s+Syria",
            # Romanian ("*forțele guvernamentale*", "*armata siriană*", "*regimul sirian*")
            r"(?:forțele|forţele|trupele|forțelor|forţelor|trupelor)\s+(?:guvernamentale"
            r"|regimului|lui\s+Assad|loiale\s+(?:regimului|lui\s+Assad))"
            r"|armat(?:a|ei)\s+(?:sirian[ăe]|regimului|lui\s+Assad)|regimul(?:ui)?(?:\s+(?:sirian"
            r"|lui\s+Assad|de\s+la\s+Damasc))?",
            # Azerbaijani ("*Suriya ordusu*", "*hökumət qüvvələri*", "*Əsəd rejimi*")
            r"Suriya\s+ordusu\w*|(?:hökumət|rejim)\s+qüvvələri\w*|Əsəd\s+rejimi\w*",
            # Polish ("*syryjska armia*", "*siły rządowe*", "*wojska reżimu*", "*reżim Asada*")
            rf"(?:syryjsk\w+\s+)?{ABROAD_ARMY_BEFORE}armi(?:a|i|ę|ą)(?!\w)"
            r"|(?:siły|sił|siłom|siłami|wojska|wojsk|oddziały)\s+(?:rządow\w*|syryjsk\w*"
            r"|reżimu|Asada)|reżim(?:u|em)?(?:\s+Asada)?",
            # Bosnian, Croatian, Serbian ("*sirijska vojska*", "pod kontrolom *sirijske vojske*",
            # "*vladine snage*", "*režim* Asada"; not "*turska* vojska")
            r"(?<!turska\s)(?<!turske\s)(?<!ruska\s)(?<!ruske\s)(?:sirijsk\w+\s+)?vojsk(?:a|e|om|u)"
            r"(?!\w)(?!\s+(?:Turske|Rusije|SAD))|vladin\w+\s+snag\w*|snag\w+\s+(?:režima|vlade)"
            r"|režim(?:a|om|u)?(?:\s+Asada)?",
            # Swedish, Danish, Norwegian ("*regeringsstyrkorna*", "*regeringstrupper*", "*syriska
            # armén*", "*regimen*", "*Assadregimen*", "*regimstyrkor*", "*den syriske hær*",
            # "*regimet*"; not another state's army, "turkiska armén")
            r"Assad-?troepen|regerings(?:styrk|trupp|armé|soldat)\w*|regjerings(?:styrk|trupp|hær|soldat)\w*"
            r"|regime?(?:styrk|trupp|soldat)\w*|(?:Assad-?)?regim(?:en|et)(?!\w)"
            r"|(?:den\s+)?syrisk[ae]?\s+(?:armén|armé|hær(?:en)?|hæren)"
            r"|(?<!turkiska\s)(?<!ryska\s)(?<!israeliska\s)(?<!amerikanska\s)armén",
            # Finnish ("*hallituksen joukot*", "*Syyrian armeijan*", "*Assadin hallinnon*")
            r"hallituksen\s+jouk\w*|hallitusjouk\w*|Syyrian\s+(?:armeija|hallitu|hallinno|hallinto)\w*"
            r"|Assadin\s+(?:hallinno|hallinto|jouk|armeija)\w*",
            # Czech, Slovak ("*vládní vojska*", "*vládních vojsk*", "*syrská armáda*", "*sýrskej
            # armády*", "*Asadův režim*", "*vládne sily*")
            r"vládn\w+\s+(?:vojsk\w*|sil\w*|síl\w*|jednotk\w*)|s[ýy]rsk\w+\s+armád\w*"
            r"|Asadov\w*\s+režim\w*|režim\w*\s+(?:Bašára\s+)?(?:al-)?Asada",
            # Bulgarian ("*правителствените сили*", "*сирийската армия*", "*режимът*", "*режима на
            # Асад*", "*армията*"; not another state's)
            r"правителствен\w+\s+(?:сили|войски)|сирийск\w+\s+армия|армията(?!\s+на\s+Турция)"
            r"|режим(?:ът|а)(?:\s+на\s+(?:Башар\s+)?(?:ал-)?Асад)?",
            # Russian, Ukrainian ("*армия Асада*", "*режима Асада*", "*проправительственные
            # силы*", "*урядові війська*", "*режиму Асада*", "*проурядові сили*"; the bare
            # "режим" may be a ceasefire's, "режим прекращения огня")
            r"арми\w+\s+Асада|режим\w*\s+(?:Башара\s+)?(?:аль-)?Асада|асадівськ\w+\s+режим\w*"
            r"|сирийск\w+\s+режим\w*|сирійськ\w+\s+режим\w*"
            r"|проправительственн\w+\s+(?:сил|войск|формировани)\w*"
            r"|урядов\w+\s+(?:військ|сил)\w*|проурядов\w+\s+(?:сил|військ|формуван)\w*"
            r"|армі\w+\s+Асада",
            # Kurmanji ("*rejîma Esed*", "*artêşa Sûriyê*", "*hêzên rejîmê*", "*hikûmeta Sûriyê*")
            r"(?:hêzên\s+)?rejîm(?:a|ê)?(?:\s+(?:Sûriyê|Esed|Beşar\s+Esed|Şamê))?(?!\w)"
            r"|artêşa\s+(?:Sûriyê|rejîmê|Esed)|hikûmeta\s+(?:Sûriyê|Şamê)",
            # Hebrew ("*בשליטת הממשלה*", "*כוחות הממשלה*", "*המשטר*"; not another state's
            # government, "הממשלה הטורקית")
            r"[ושהבלמ]?(?:כוחות\s+)?(?:ה)?ממשלה(?:\s+(?:ה)?סורית)?(?!\s+(?:ה)?(?:טורקית|רוסית"
            r"|אמריקנית|ישראלית|עיראקית|איראנית))|[ושהבלמ]?(?:ה)?משטר(?:\s+(?:ה)?סורי|\s+אסד)?"
            r"(?!\s+(?:ה)?(?:טורקי|איראני|רוסי))",
            # Greek, Azerbaijani, Arabic, Hindi ("*το καθεστώς*", "*hökumət qoşunları*",
            # "*الميليشيات الموالية*", "*असद शासन*")
            r"(?:το\s+)?καθεστώς|(?:hökumət|rejim|Suriya)\s+qoşunları\w*"
            r"|[وبلف]?(?:الميليشيات|المليشيات)\s+الموالية(?:\s+للنظام)?"
            r"|(?:असद|सीरियाई)\s+(?:शासन|सरकार)(?![\u0900-\u097f])",
        ),
    ),
)  # fmt: skip
#: "This area" (neighbourhood, part) in Persian and Arabic, opening a sentence about the
#: place the sentence before names ("*این منطقه* در کنترل دولت است", "*هذه المنطقة* تخضع
#: لسيطرة ..."), and "of the city" after it ("این منطقه *از شهر*").
WORLD_AREA_ANAPHORS: Final = (
    r"(?:این|آن)\s+(?:منطقه|محله|قسمت|بخش|ناحیه)",
    r"(?:هذه|تلك)\s+(?:المنطقة|الناحية)", r"(?:هذا|ذلك)\s+(?:الحي|الجزء|القسم)",
)  # fmt: skip
WORLD_AREA_OF_CITY: Final = (r"از\s+شهر(?:\s+حلب)?", r"من\s+المدينة", r"من\s+مدينة\s+حلب")
__all__ += ["WORLD_AREA_ANAPHORS", "WORLD_AREA_OF_CITY"]
#: "The city" in the languages without an article (Russian, Ukrainian, Polish,
#: Bosnian-Croatian-Serbian; Turkish in the accusative): the object a verb of taking may refer
#: back by ("армия взяла *город*", "захопили *місто*", "zdobyli *miasto*", "*şehri* aldı"), and
#: the demonstratives before it ("*этот* город", "*це* місто", "*to* miasto", "*ovaj* grad",
#: "*bu* kenti"), which let a verb of holding refer back by it too.
WORLD_BARE_CITY_NOUNS: Final = (
    r"город", r"місто", r"miasto", r"grad", r"şehri", r"kenti",
)  # fmt: skip
WORLD_THIS_BEFORE: Final = (
    r"этот", r"цей", r"це", r"to", r"ovaj", r"taj", r"bu",
)  # fmt: skip
__all__ += ["WORLD_BARE_CITY_NOUNS", "WORLD_THIS_BEFORE"]
#: "The city" (town) in Chinese, referring back to the one city or town named before
#: ("收复了*该市*", "控制了*这座城市*").
WORLD_CJK_CITY_ANAPHORS: Final = (
    "该市", "該市", "该城", "該城", "该镇", "該鎮", "这座城市", "這座城市", "这座城镇", "這座城鎮",
    "这座城", "這座城", "此城", "这个城市", "這個城市",
)  # fmt: skip
__all__ += ["WORLD_CJK_CITY_ANAPHORS"]
#: "This city" (town) in Hindi, the one city or town named before it ("*इस शहर* पर विद्रोहियों
#: का कब्जा है", "*यह शहर* विद्रोहियों के कब्जे में है").
WORLD_HI_ANAPHORS: Final = (
    r"(?:इस|उस)\s+(?:शहर|कस्बे|नगर)", r"(?:यह|वह)\s+(?:शहर|कस्बा|नगर)",
)  # fmt: skip
__all__ += ["WORLD_HI_ANAPHORS"]
#: The verbs that may open a sentence whose subject, a place named as the subject of the
#: sentence before, is left out (Polish, Spanish, Portuguese, Italian, Bosnian-Croatian-Serbian:
#: "*Jest* kontrolowane przez SDF", "*Está* controlada por los rebeldes", "*Fue* tomada por",
#: "*È* controllata dai ribelli", "*Pod kontrolom je*"); capitalised, as they open it.
WORLD_NULL_SUBJECT_VERBS: Final = (
    # Polish
    r"Jest",
    r"Był[oa]?",
    r"Został[oa]?",
    r"Pozostaje",
    r"Znajduje\s+się",
    # Spanish, Portuguese
    r"Está",
    r"Estaba",
    r"Es",
    r"Fue",
    r"Era",
    r"Sigue",
    r"Permanece",
    r"Se\s+encuentra",
    r"Encontra-se",
    r"Foi",
    r"É",
    r"Estava",
    r"Continua",
    # Italian
    r"È",
    r"Fu",
    r"Rimane",
    r"Resta",
    r"Si\s+trova",
    # Bosnian, Croatian, Serbian
    r"Pod\s+kontrolom\s+je",
    r"Nalazi\s+se",
    r"Bio\s+je",
    r"Bila\s+je",
    r"Bilo\s+je",
)
__all__ += ["WORLD_NULL_SUBJECT_VERBS"]
#: The participles of a phrase set off after a subject that only says where it lies ("Q*,
#: localizada na* província de X, está ...", "*située dans*", "*situata nella*", "*gelegen in*",
#: "*położone w*", "*расположенный в*", "*الواقعة في*"): a place in the phrase is no subject of
#: the predicate after it.
LOCATED_ASIDE_WORDS: Final = (
    r"localizad[oa]s?",
    r"situad[oa]s?",
    r"ubicad[oa]s?",
    r"situ[ée]e?s?",
    r"localis[ée]e?s?",
    r"situat[oaie]",
    r"collocat[oaie]",
    r"ubicat[oaie]",
    r"gelegen(?:e|en)?",
    r"located",
    r"situated",
    r"lying",
    r"położon\w*",
    r"leżąc\w*",
    r"лежащ\w*",
    r"расположенн\w*",
    r"розташован\w*",
    r"(?:ال)?واقع(?:ة)?",
    r"bulunan",
    r"yer\s+alan",
)
__all__ += ["LOCATED_ASIDE_WORDS"]
#: The cues after a place that name its holder next ("X, *controlada por* tropas leais ao
#: regime", "X, *tenu par* les rebelles", "X, *in mano ai* ribelli", "X *unter der Kontrolle
#: der* Regierung", "*الخاضعة لسيطرة* داعش", "*под контролем* курдов", "*تحت کنترل*
#: کردها"), and a stronghold ("X, *un bastion de* l'EI", "*una roccaforte dell'*Isis").
WORLD_HELD_AFTER: Final = (
    # French
    r"(?:contrôl|ten|détenu|occup|domin)\w*\s+par", r"tenue?s?\s+par", r"sous\s+(?:le\s+)?contrôle",
    r"aux\s+mains", r"entre\s+les\s+mains", r"(?:un\s+|le\s+|l['’]\s*)?(?:bastion|fief)",
    # Spanish, Portuguese
    r"(?:controlad|dominad|ocupad|mantid|retenid)[oa]s?\s+(?:por|pel[oa]s?)", r"en\s+manos",
    r"nas?\s+mãos", r"bajo\s+(?:el\s+)?(?:control|dominio)",
    r"sob\s+(?:o\s+)?(?:controle|controlo|domínio)", r"en\s+poder", r"em\s+poder",
    # an administration ("X está *bajo la administración de* HTS", "X, *sob a administração
    # das* forças curdas", "*sotto l'amministrazione dei* ribelli", "*sous l'administration
    # de* l'EI")
    r"bajo\s+(?:la\s+)?administración", r"sob\s+(?:a\s+)?administração",
    r"sotto\s+(?:l['’]\s*)?amministrazione", r"sous\s+(?:l['’]\s*)?administration",
    r"(?:un\s+|uno\s+|el\s+|um\s+|o\s+)?(?:basti[óã]o?n?|feudo|reduto|reducto)",
    # Italian
    r"(?:controllat|occupat|tenut)[aoie]\s+da\w*", r"in\s+mano", r"nelle\s+mani",
    r"sotto\s+(?:il\s+)?controllo", r"(?:una\s+|la\s+)?roccaforte",
    # German
    r"(?:kontrolliert|gehalten|besetzt|beherrscht)\s+(?:von|vom)", r"unter\s+(?:der\s+)?Kontrolle",
    r"in\s+(?:der\s+)?Hand", r"in\s+den\s+Händen", r"(?:eine\s+|die\s+)?Hochburg",
    # Arabic ("*الواقعة تحت سيطرة* داعش", "*الذي تسيطر عليه* الفصائل", "*بيد* الأكراد")
    # (also with "إلى": "X *الخاضعة إلى سيطرة* المعارضة")
    r"(?:ال)?(?:خاضع|واقع)(?:ة)?\s+(?:ل|(?:تحت|إلى|الى)\s+)سيطرة", r"تحت\s+سيطرة",
    # (its present: "X *تخضع لسيطرة* المعارضة", "*يخضع لسيطرة* قوات النظام")
    r"(?:ت|ي)خضع\s+(?:ل|(?:تحت|إلى|الى)\s+)سيطرة", r"بيد", r"في\s+يد",
    r"بأيدي", r"و?(?:الذي|التي)\s+(?:تسيطر|يسيطر)\s+(?:عليه|عليها)", r"(?:أبرز\s+)?معقل",
    # (in a side's grip, in its hands, under its authority: "X *في قبضة* قوات النظام", "X *بقبضة*
    # الفصائل", "X *في أيدي* المعارضة", "X *الخاضعة لسلطة* ...", "X *تحت سلطة* ...")
    r"(?:في|تحت)\s+قبضة", r"بقبضة", r"في\s+أيدي", r"(?:ال)?(?:خاضع|واقع)(?:ة)?\s+(?:ل|تحت\s+)سلطة",
    r"تحت\s+سلطة",
    # Russian, Ukrainian, Persian
    r"под\s+контролем", r"під\s+контролем", r"контролируем(?:ый|ая|ое|ые|ого|ой|ую|ых)",
    r"تحت\s+کنترل", r"در\s+دست",
    # Persian ("X *در کنترل* نیروهای کرد است", "X *تحت تسلط* داعش", "X *در اشغال* ...")
    r"در\s+کنترل", r"تحت\s+(?:تسلط|سلطه|اشغال)", r"در\s+اشغال",
    # (under a side's control in its other words: "X *تحت سیطره* دولت سوریه", "X *در سیطره*
    # داعش", "X *زیر کنترل* شورشیان", "X *تحت حاکمیت* ...", "X *در تصرف* ...", "X *در
    # چنگ* داعش")
    r"(?:تحت|در|زیر)\s+(?:سیطره|سیطرهٔ|سيطره|حاکمیت|تصرف|کنترل\s+کامل|کنترل|سلطه|تسلط)(?:\s*ی)?",
    r"در\s+چنگ",
    # Hebrew ("X *שבשליטת* המורדים", "X *נמצאת בשליטת* צבא סוריה", "X *בידי* דאעש", "X
    # *הנשלטת על ידי* הכורדים", "*מעוז* המורדים")
    r"(?:ש|ה)?(?:נמצא(?:ת|ות|ים)?\s+)?(?:בשליטת|בשליטה\s+של|בידי)",
    r"(?:ש|ה)?נשלט(?:ת|ות|ים)?\s+(?:על\s+ידי|בידי)", r"(?:ה)?מעוז",
    # Dutch ("X, *in handen van* de rebellen", "*onder controle van* regeringstroepen")
    r"in\s+handen", r"onder\s+(?:de\s+)?(?:volledige\s+)?controle", r"gecontroleerd\s+door",
    r"(?:een\s+|het\s+)?bolwerk",
    # Greek ("X, *υπό τον έλεγχο* των ανταρτών", "*στα χέρια* του ΙΚ", "*ελεγχόμενη από*")
    r"(?:βρίσκεται\s+|βρισκόταν\s+|παραμένει\s+)?υπό\s+τον\s+(?:πλήρη\s+)?έλεγχο",
    r"(?:βρίσκεται\s+|βρισκόταν\s+|παραμένει\s+)?στα\s+χέρια", r"ελεγχόμεν\w+\s+από",
    r"(?:το\s+|ένα\s+)?προπύργιο",
    # Indonesian, Malay ("X yang *dikuasai* pemberontak", "X *yang dikuasai oleh* kumpulan
    # penentang", "X *di bawah kendali* pasukan pemerintah")
    # (not "*dikuasai kembali oleh*", a capture)
    r"(?:yang\s+)?(?:dikuasai(?!\s+(?:kembali|semula))|dikendalikan|diduduki)(?:\s+oleh)?",
    r"(?:yang\s+)?(?:berada\s+)?di\s+bawah\s+(?:kendali|kawalan|kontrol)",
    # (a side's pocket or stronghold: "X yang menjadi sisa-sisa *kantong* pejuang oposisi",
    # "X, *markas* pemberontak"; not "basis", an English word too, which would wake the
    # pre-check for English captions)
    r"(?:yang\s+)?(?:(?:menjadi|merupakan)\s+)?(?:sisa-sisa\s+|salah\s+satu\s+)?"
    r"(?:kantong|markas)(?:\s+(?:terakhir|utama))?",
    # Vietnamese ("X *do* phiến quân *kiểm soát*", the side between; "X *dưới sự kiểm soát
    # của* quân đội Syria", "X *nằm trong tay* phiến quân")
    r"do(?=\s[^.;,:!?]{1,40}?\s(?:kiểm\s+soát|nắm\s+giữ|chiếm\s+giữ)(?!\w))",
    r"(?:nằm\s+)?dưới\s+(?:sự\s+)?kiểm\s+soát\s+của", r"(?:nằm\s+)?trong\s+tay",
    # Swahili ("X *inayodhibitiwa na* waasi", "X *chini ya udhibiti wa* serikali", "X
    # *mikononi mwa* waasi", "*ngome ya* waasi")
    _SW_SUBJECT + r"(?:na|li)(?:yo|o|cho|lo|zo|vyo)dhibitiwa\s+na",
    r"(?:(?:i|u|ki|li|zi|ya|vi)(?:ko|po|mo|liyo|meo)\s+)?chini\s+ya\s+(?:udhibiti|utawala)\s+wa",
    r"mikononi\s+mwa", r"ngome\s+(?:kuu\s+)?(?:ya|wa)",
    # Romanian ("X, *controlat de* rebeli", "*sub controlul* forțelor guvernamentale", "*în
    # mâinile* rebelilor")
    r"(?:controlat|deținut|deţinut|ocupat)(?:[ăe]|ul|ului)?\s+de", r"sub\s+controlul",
    r"în\s+mâinile",
    # Polish ("X *pod kontrolą* Kurdów", "X *kontrolowane przez* rebeliantów", "*w rękach*")
    r"pod\s+(?:pełną\s+)?kontrolą", r"kontrolowan\w*\s+przez", r"w\s+rękach",
    # Bosnian, Croatian, Serbian ("X je *pod kontrolom* vojske", "X, *kontroliran od strane*
    # pobunjenika", "*u rukama*")
    r"(?:je\s+|su\s+)?pod\s+(?:potpunom\s+|punom\s+)?kontrolom",
    r"kontrolira\w*\s+od\s+strane", r"kontrolisa\w*\s+od\s+strane", r"u\s+rukama",
    # the rest of each language's holding phrases: Russian, Ukrainian ("X *остается в руках*
    # боевиков", "X, *подконтрольный* боевикам", "X, *контрольоване* повстанцями"),
    # Portuguese ("*em mãos* dos rebeldes"), German ("*in der Gewalt* der Rebellen"), Dutch ("*in
    # de handen van*", "*bezet door*"), Polish ("*okupowane przez*", "*zajmowane przez*"),
    # French ("*sous la coupe des*", "*sous l'emprise de*"), Italian ("*dominata dai*")
    r"(?:оста[её]тся\s+|оставал(?:ся|ась|ось|ись)\s+|находи(?:тся|лся|лась)\s+|перебува(?:є|в|ла)"
    r"\s+|залиша(?:ється|вся|лася)\s+)?(?:в|у)\s+руках",
    r"подконтрольн\w*", r"підконтрольн\w*", r"контрольован\w*",
    r"em\s+mãos", r"in\s+der\s+Gewalt", r"in\s+de\s+handen", r"bezet\s+door",
    r"(?:okupowan|zajmowan)\w*\s+przez", r"sous\s+la\s+coupe", r"sous\s+l['’]\s*emprise",
    r"dominat[aoie]\s+da\w*",
    # Swedish, Danish, Norwegian ("X *kontrolleras av* oppositionella", "X, *som kontrolleres
    # af* oprørerne", "X er *kontrollert av* opprørerne", "*under kontroll av*", "*i händerna
    # på*", "*i hænderne på*", "*i hendene på*", "X, *ett fäste för* IS"; the side between:
    # "X är *under* rebellernas *kontroll*")
    r"(?:kontroller(?:as|ats|ad[es]?|at|es|et|t)|hålls|holdes|holdt|behärskas|ockuper(?:ad[es]?|as)"
    r"|okkupert|besat|besættes)\s+a[vf]",
    r"under\s+(?:(?:full|fuld)\s+)?kontroll?\s+a[vf]", r"i\s+(?:händerna|hænderne|hendene)\s+på",
    r"(?:ett\s+|en\s+|et\s+)?(?:fäste|högborg|højborg|høyborg)\s+f(?:ör|or)",
    r"under(?=\s[^.;,:!?]{1,40}?s\s+(?:(?:full|fuld)\s+)?kontroll?(?!\w))",
    # Czech, Slovak ("X je *pod kontrolou* povstalců", "X, *ovládané* povstalci", "*v rukou*
    # povstalců", "*v rukách* rebelov"; the agent in the instrumental after the participle)
    r"(?:je\s+|jsou\s+|sú\s+|je\s+stále\s+)?pod\s+(?:plnou\s+|úplnou\s+)?kontrolou",
    r"(?:ovládan|ovládnut|kontrolovan|okupovan|držen)\w*(?!\s+(?:od|z|ze)\s)",
    r"v\s+(?:rukou|rukách)",
    # Bulgarian ("X, *контролиран от* бунтовниците", "*под контрола на* армията", "*в ръцете
    # на*", "*крепост на*")
    r"контролиран\w*\s+от", r"под\s+(?:пълния\s+)?контрол(?:а)?\s+на", r"в\s+ръцете\s+на",
    r"(?:крепост|бастион)\w*\s+на",
    # Kurmanji ("X *di kontrola* çeteyan *de ye*", "*di bin kontrola* HSD *de*", "*di destê*
    # rejîmê *de*", "*di bin dagirkeriya* Tirkiyê û çeteyên wê *de*")
    r"di\s+(?:bin\s+)?(?:kontrol(?:a|ê)|destê|dagirkeriya|desthilatdariya)",
    # Malay ("X *dikawal oleh* tentera kerajaan")
    r"(?:yang\s+)?dikawal(?:\s+oleh)?",
)  # fmt: skip
#: "One of the strongholds of" a side, set off after a place ("X, *l'un des bastions de* la
#: rébellion", "X, *uno de los bastiones* rebeldes", "X, *una delle roccaforti dei* ribelli",
#: "X, *eine der Hochburgen der* Rebellen", "X, *een van de bolwerken van* de rebellen"): the side
#: holds the place (``rules._world_one_of_strongholds_rule``); after "in" and a city ("le quartier
#: de X *à Alep*, l'un des bastions ...") it is the quarter's, not the city's. Its plural nouns:
WORLD_STRONGHOLDS_PLURAL: Final = (
    r"bastions", r"fiefs", r"bastiones", r"feudos", r"reductos", r"bastiões", r"redutos",
    r"roccaforti", r"Hochburgen", r"Bastionen", r"bolwerken", r"bastionów", r"twierdz",
    r"bastioane", r"uporišta", r"оплотов", r"оплотів", r"προπύργια",
)  # fmt: skip
#: ... and "one of" before them.
WORLD_ONE_OF: Final = (
    r"l['’]\s*une?\s+des", r"une?\s+des", r"uno\s+de\s+los", r"una\s+de\s+las", r"uno\s+dei",
    r"uno\s+degli", r"una\s+delle", r"um\s+dos", r"uma\s+das", r"eine[rs]?\s+der",
    r"(?:een|één)\s+van\s+de", r"jed(?:en|na|no)\s+z", r"jed(?:an|na|no)\s+od",
    r"(?:один|одна|одно)\s+из", r"(?:один|одна|одне)\s+з", r"ένα\s+από\s+τα",
    r"(?:unul|una)\s+dintre",
)  # fmt: skip
__all__ += ["WORLD_ONE_OF", "WORLD_STRONGHOLDS_PLURAL"]
#: The cues after a place that say it fell to the side named next ("X ... *a cair nas mãos
#: dos* rebeldes", "X *est tombée aux mains de* l'EI", "X *cayó en manos de* ...", "X *è caduta
#: in mano ai* ...", "X *fiel an* die Rebellen", "X *перешел под (полный) контроль* армии").
WORLD_FELL_AFTER: Final = (
    r"tomb\w*\s+(?:aux|entre\s+les)\s+mains", r"(?:cay[óe]\w*|caer|caído)\s+en\s+manos",
    r"(?:cair|caiu|caíram|caído|caída)\s+(?:nas?|em)\s+mãos",
    r"(?:cadut[oaie]|cadere|cade)\s+(?:nelle\s+mani|in\s+mano)",
    r"fiel(?:en)?\s+(?:[\w-]+\s+){0,3}?(?:an|in\s+die\s+Hände)",
    r"переш(?:ел|ёл|ла|ли|ло)\s+под\s+(?:полный\s+)?контроль",
    r"перейш(?:ов|ла|ли|ло)\s+під\s+(?:повний\s+)?контроль",
    r"(?:سقط|سقطت)\s+(?:ب|في\s+)(?:يد|أيدي)",
    r"به\s+دست",
    # Persian ("X *به تصرف* ارتش آزاد *درآمد*", "X *به کنترل* شورشیان *درآمد*")
    r"به\s+(?:تصرف|کنترل|اشغال)",
    # handovers ("X *est passée* samedi *sous le contrôle des* rebelles", "X *ha pasado a manos
    # de* ...", "X *quedó bajo control del* ...", "X *passou para o controle do* ...", "X *è
    # passata sotto il controllo dei* ...", "X *geriet unter die Kontrolle der* ...")
    r"pass[ée]e?s?\s+(?:[\w-]+\s+){0,3}?(?:sous\s+(?:le\s+)?contrôle|aux\s+mains|entre\s+les\s+mains)",
    r"(?:pasad[oa]s?|pas(?:ó|aron))\s+(?:[\w-]+\s+){0,2}?a\s+(?:manos|poder|(?:estar\s+)?bajo"
    r"\s+(?:el\s+)?control)",
    r"qued(?:ó|aron|ado|ada)\s+(?:[\w-]+\s+){0,2}?(?:en\s+manos|bajo\s+(?:el\s+)?control)",
    r"pass(?:ou|aram|ado|ada)\s+(?:[\w-]+\s+){0,2}?(?:para\s+(?:o|as)|ao|sob\s+o)\s+"
    r"(?:controle|controlo|domínio|mãos)",
    r"passat[oaie]\s+(?:[\w-]+\s+){0,2}?(?:sotto\s+(?:il\s+)?controllo|nelle\s+mani|in\s+mano)",
    r"finit[oaie]\s+(?:nelle\s+mani|in\s+mano|sotto\s+(?:il\s+)?controllo)",
    r"geriet(?:en)?\s+(?:[\w-]+\s+){0,2}?unter\s+(?:die\s+)?(?:vollständige\s+)?Kontrolle",
    r"(?:kwam|kwamen|viel|vielen)\s+(?:[\w-]+\s+){0,2}?(?:onder\s+(?:de\s+)?controle|in\s+handen)",
    r"оказал(?:ся|ась|ось|ись)\s+под\s+(?:полным\s+)?контролем",
    # Greek ("X *έπεσε στα χέρια* του ΙΚ", "X *πέρασε υπό τον έλεγχο* του στρατού", "ο έλεγχος
    # της X *πέρασε από τα χέρια των ανταρτών στον* συριακό στρατό": the side it went to)
    r"(?:έπεσε|έπεσαν|πέρασε|πέρασαν)\s+(?:[\w-]+\s+){0,2}?(?:στα\s+χέρια|υπό\s+τον\s+έλεγχο"
    r"|στον\s+έλεγχο)",
    r"(?:πέρασε|πέρασαν)\s+(?:[\w-]+\s+){0,2}?από\s+τα\s+χέρια\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?=\s+σ?τ(?:ον|ην|ους|ις|ο|α)\s)",
    # Indonesian, Malay ("X *jatuh ke tangan* pemberontak"), Vietnamese ("X *rơi vào tay* phiến
    # quân", "X *về tay* quân đội Syria"), Swahili ("X *uliangukia mikononi mwa* waasi"),
    # Romanian ("X *a căzut în mâinile* rebelilor", "*a trecut sub controlul*")
    r"(?:telah\s+|sudah\s+)?jatuh\s+ke\s+(?:dalam\s+)?tangan",
    r"(?:đã\s+)?(?:rơi\s+vào|về)\s+tay",
    _SW_SUBJECT + r"(?:li|me)angukia\s+mikononi\s+mwa",
    r"(?:a|au)\s+(?:căzut\s+în\s+mâinile|trecut\s+sub\s+controlul)",
    # Swedish, Danish, Norwegian ("X *föll i händerna på* IS", "X *faldt i hænderne på*", "X
    # *falt i hendene på*", "X *föll till* rebellerna"), Czech, Slovak ("X *padlo do rukou*
    # povstalců", "*padlo do rúk*"), Bulgarian ("X *падна в ръцете на*"), Kurmanji ("X *ket
    # destê* çeteyan")
    r"(?:föll|faldt|falt)\s+(?:i\s+(?:händerna|hænderne|hendene)\s+på|till?)(?!\w)",
    r"padl[aoiy]?\s+do\s+(?:rukou|rúk)",
    r"пад(?:на|наха)\s+(?:в\s+ръцете\s+на|под\s+контрола\s+на)",
    r"ket(?:in)?\s+(?:bin\s+)?(?:destê|kontrola)",
)  # fmt: skip
#: The day between such a participle and its agent ("X a été libérée *le 26 janvier* par les
#: forces kurdes", "X fue tomada *el sábado* por los rebeldes", "X è stata ripresa *ieri* dalle
#: forze governative").
WORLD_TAKEN_WHEN: Final = (
    r"(?:(?:(?:le|el|o|il|au|en|ce|este|esta|lo|la|em|a)\s+)?(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?"
    r"[a-zéûè]+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles"
    r"|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
    r"|hier|ayer|ontem|ieri"
    # a month ("libérée *en janvier* par", "tomada *en marzo* por", "riconquistata *a marzo*
    # da", "retomada *em agosto* pelas")
    r"|(?:en|in|a|em|nel|ad)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre"
    r"|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio"
    r"|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
    r"|novembro|dezembro)(?:\s+(?:de\s+)?\d{4})?)\s+)?"
)
__all__ += ["WORLD_TAKEN_WHEN"]
#: The side a place was taken from, between a capture participle and its agent ("X, *prise aux
#: rebelles* par l'armée", "X, *presa ai ribelli* dall'esercito", "X, *tomada a los rebeldes* por
#: el ejército", "X, *retomada aos jihadistas* pelas tropas"): at most three words after "to the".
WORLD_TAKEN_FROM_GAP: Final = (
    r"(?:(?:aux|au|à\s+la|à\s+l['’]|à|a\s+los|a\s+las|aos|às|ao|ai|agli|alle|allo|all['’])"
    r"\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}?,?\s+)?"
)
__all__ += ["WORLD_TAKEN_FROM_GAP"]
#: A whole degree between a capture's participle and its agent ("X fue tomada *totalmente* por",
#: "X a été reprise *entièrement* par", "X è stata riconquistata *completamente* dall'esercito").
WORLD_TAKEN_DEGREE: Final = (
    r"(?:(?:entièrement|totalement|complètement|intégralement|totalmente|completamente"
    r"|enteramente|íntegramente|integralmente|interamente|del\s+todo|por\s+completo"
    r"|por\s+inteiro|del\s+tutto)\s+)?"
)
__all__ += ["WORLD_TAKEN_DEGREE"]
#: The cues of a capture passive, the taker named after them ("X, *tomada por* los rebeldes",
#: "X *prise par* l'EI", "X *riconquistata dalle* forze governative", "X *erobert von* ...").
WORLD_TAKEN_BY: Final = (
    rf"(?:pris|repris|conquis|reconquis|libéré|capturé)e?s?\s+{WORLD_TAKEN_DEGREE}"
    rf"{WORLD_TAKEN_WHEN}{WORLD_TAKEN_FROM_GAP}par",
    r"(?:tomad|conquistad|reconquistad|capturad|recuperad|retomad|liberad|libertad)[oa]s?\s+"
    rf"{WORLD_TAKEN_DEGREE}{WORLD_TAKEN_WHEN}{WORLD_TAKEN_FROM_GAP}(?:por|pel[oa]s?)",
    rf"(?:pres|ripres|conquistat|riconquistat|liberat|catturat|espugnat|strappat)[aoie]\s+"
    rf"{WORLD_TAKEN_DEGREE}{WORLD_TAKEN_WHEN}"
    rf"{WORLD_TAKEN_FROM_GAP}da\w*['’]?",
    r"(?:erobert|zurückerobert|eingenommen)\s+(?:von|vom|durch)",
    # Dutch ("X werd zaterdag *ingenomen door* regeringstroepen", "X is *heroverd door* het leger")
    r"(?:heroverd|veroverd|ingenomen|bevrijd)\s+door",
    # ("*befreit von* X" is freed from X: :data:`WORLD_TAKEN_FROM`; its agent is "durch")
    r"befreit\s+durch",
    # Russian: the agent in the instrumental after the participle ("X, *освобожденный*
    # сирийской армией", "*захваченный* боевиками ИГ", "*отбитый* курдами")
    r"(?:освобожд[её]нн\w*|захваченн\w*|отбит(?:ый|ая|ое|ые|ого|ой|ую))(?!\s+(?:от|из|у)\s)",
    # (the short passive: "X *был освобожден* сирийской армией"; Ukrainian "X, *звільнене*
    # армією", "X *було звільнено* армією", "*захоплене* повстанцями"; Bosnian, Croatian,
    # Serbian "X, *oslobođen od strane* vojske", "*zauzet od strane*")
    # (not freed *from* a side: "*освобожден от* боевиков", "*звільнене від* бойовиків")
    r"(?:был[аои]?\s+)?(?:освобожд[её]н|захвач[её]н|отбит)[аоы]?(?=\s)(?!\s+(?:от|из|у)\s)",
    r"(?:було\s+|був\s+|була\s+)?(?:звільнен|захоплен|відбит)\w*(?!\s+(?:від|з|із|у)\s)",
    r"(?:oslobođen|osloboden|zauzet|osvojen|preuzet)\w*\s+od\s+strane",
    # Arabic: a relative of a past capture, its subject after it ("حي X، *الذي سيطرت عليه*
    # قوات الأسد", "*التي استعادتها* قوات النظام")
    r"(?:الذي|التي)\s+(?:سيطرت|سيطر|سيطروا)\s+(?:عليه|عليها)",
    # an operation of WORLD_OPERATIONS as the frame of the capture, its side the taker ("X,
    # *prise lors de* l'opération Rameau d'olivier", "*tomada durante* la operación Rama de
    # Olivo", "*presa durante* l'operazione Ramoscello d'ulivo")
    r"(?:pris|repris|conquis|capturé)e?s?\s+(?:lors\s+de|pendant|durant|au\s+cours\s+de"
    r"|dans\s+le\s+cadre\s+de)(?=\s+" + WORLD_OPERATION_NAME + ")",
    r"(?:tomad|conquistad|capturad|retomad)[oa]s?\s+(?:durante|en\s+el\s+marco\s+de|en)"
    r"(?=\s+" + WORLD_OPERATION_NAME + ")",
    r"(?:pres|conquistat|catturat)[aoie]\s+(?:durante|nel\s+corso\s+del(?:la|l['’])?)"
    r"(?=\s*" + WORLD_OPERATION_NAME + ")",
    r"(?:الذي|التي)\s+(?:استعادت|استعاد|استعادوا|حررت|حرر|حرروا)(?:ه|ها)",
    # Greek ("X *ανακαταλήφθηκε από* τον στρατό", "X, *που απελευθερώθηκε από* τους Κούρδους")
    r"(?:ανακαταλήφθηκ|καταλήφθηκ|απελευθερώθηκ|ανακτήθηκ)\w*\s+(?:[\w-]+\s+){0,2}?από",
    # Indonesian, Malay: the passive with its agent ("X *direbut kembali oleh* tentara Suriah",
    # "X *berhasil direbut* pasukan pemerintah", "*dibebaskan oleh*", "*diambil alih oleh*",
    # "*dikuasai kembali oleh*", "*ditawan semula oleh*")
    r"(?:(?:yang\s+)?(?:berhasil|telah|sudah|baru\s+saja)\s+)?(?:di\s?rebut(?:\s+kembali)?"
    r"|dikuasai\s+(?:kembali|semula)|dibebaskan|diambil\s+alih|ditawan(?:\s+semula)?"
    r"|dirampas)(?:\s+oleh)?",
    # Vietnamese ("X *bị* phiến quân *chiếm*", "X *được* quân đội Syria *giải phóng*", the side
    # between; "X *bị chiếm bởi*")
    r"(?:bị|được)(?=\s[^.;,:!?]{1,40}?\s(?:chiếm|tái\s+chiếm|giải\s+phóng|giành\s+lại"
    r"|đánh\s+chiếm)(?!\w))",
    r"(?:bị|được)\s+(?:tái\s+chiếm|chiếm|giải\s+phóng|đánh\s+chiếm)\s+bởi",
    # Swahili ("X *ulitekwa na* waasi", "X *umekombolewa na* jeshi la Syria")
    _SW_SUBJECT + r"(?:li|me)(?:tekwa|kombolewa)\s+na",
    # Romanian ("X, *recucerit de* armata siriană", "*eliberat de*", "*capturat de*")
    r"(?:re)?(?:cucerit|eliberat|capturat|preluat)(?:[ăe]|ul|ului)?\s+de",
    # Hebrew ("X *נכבשה בידי* המורדים", "X *שוחררה על ידי* צבא סוריה")
    r"(?:ש|ה)?(?:נכבש|שוחרר|נכבשה|שוחררה|נכבשו|שוחררו)\s+(?:מחדש\s+)?(?:על\s+ידי|בידי)",
    # Polish ("X, *odbite przez* armię", "X *zajęte przez* rebeliantów")
    r"(?:odbit|zdobyt|zajęt|wyzwolon|przejęt|opanowan)\w*\s+przez",
    # Swedish, Danish, Norwegian ("X *erövrades av* rebellerna", "X *intogs av*", "X blev
    # *generobret af* hæren", "X ble *erobret av*", "*befriades av*")
    r"(?:åter)?(?:erövr|intag|intog|återtag|återerövr)\w*\s+av",
    r"(?:gen|gjen)?(?:erobr|indtag|inntat|inntatt|inntok)\w*\s+a[vf]",
    r"(?:befria|befrie|frigjor)\w*\s+a[vf]",
    # Czech, Slovak, the agent in the instrumental ("X, *dobyté* povstalci", "*osvobozené*
    # armádou"; not taken *from* a side: "*osvobozené od* IS")
    r"(?:znovu\s+)?(?:dobyt|obsazen|osvobozen|oslobóden|obsaden)\w*(?!\s+(?:od|z|ze|spod)\s)",
    # Bulgarian ("X, *превзет от* бунтовниците", "*освободен от* армията")
    r"(?:превзет|завзет|освободен)\w*\s+от",
)  # fmt: skip
#: What must follow a verb of holding or taking that has other senses ("tenir une réunion",
#: "détenir des otages", "drže položaje", "prit la décision"): the place itself (a capital),
#: or a place noun, after articles and adverbs only ("le régime *tient* Hanano", "*tient le
#: quartier de* X", "*drže* Alep").
WORLD_TIGHT_OBJECT: Final = (
    r"(?=\s+(?:(?:le|la|les|l['’]|el|los|las|il|lo|i|gli|o|a|os|as|die|der|das|den|de|het|το|τη"
    r"|την|τον|encore|toujours|désormais|déjà|aún|todavía|ainda|ancora|già|noch|nog|još|uvijek"
    r"|dalje|nadal|wciąż|już|ещё|досі|toute?|todo|toda|tutta|tutto|intera|ganz|hele|cijeli|cijelo"
    r"|ολόκληρ\w*|весь|всю|увесь|усе)\s*)*"
    r"(?:(?:quartier|ville|village|localité|secteur|zone|aéroport|base|citadelle|barrio|ciudad"
    r"|pueblo|bairro|cidade|aldeia|quartiere|città|villaggio|aeroporto|naselj|grad|sel|kvart"
    r"|πόλη|συνοικία|χωριό|район|квартал|город|місто|селищ|село)\w*"
    r"|(?-i:[A-ZÀ-ÝĆČŠŽĐΑ-ΩА-ЯІЄЇ])))"
)
#: The verbs of a side that holds (its subject before; present tense): "les rebelles
#: *contrôlent* X", "los kurdos *controlan* X", "os rebeldes *controlam* X", "i ribelli
#: *controllano* X", "die Rebellen *kontrollieren* nun auch X", "курды *контролируют* X",
#: "الفصائل *تسيطر على* X", "*تسيطر* قوات النظام *على* X".
WORLD_HOLD_VERBS: Final = (
    r"contrôlen?t?", rf"tienn?ent{WORLD_TIGHT_OBJECT}", r"controlan?", r"dominan?", r"controlam",
    r"dominam",
    r"controllano", r"controlla", r"kontrollier(?:en|t)", r"beherrsch(?:en|t)",
    r"контролиру(?:ют|ет)", r"контролю(?:ють|є)",
    # (with "and" joined to it, the verb opening its clause: "*ويسيطر* على X قوات المعارضة")
    r"[وف]?(?:ت|ي)سيطر(?:ون)?(?=\s)",
    # (runs, administers, controls a place named by its noun: "قوات درع الفرات *تدير* مدينة X",
    # "الفصائل *تتحكم في* حي X"; not a thing in it, "يتحكم في أسعار الخبز في X")
    r"(?:ت|ي)دير(?:ون|ان)?(?=\s+(?:ال)?(?:مدينة|بلدة|قرية|حي|أحياء|منطقة|مناطق)(?!\w))",
    r"(?:ت|ي)تحكم(?:ون|ان)?(?=\s+(?:في\s+|ب)(?:ال)?(?:مدينة|بلدة|قرية|حي|أحياء|منطقة|مناطق)(?!\w))",
    # Indonesian, Malay ("pemberontak *menguasai* X", "*mengendalikan*", "*menduduki*"; not
    # "*menguasai semula*", a capture)
    r"menguasai(?!\s+semula)", r"mengendalikan", r"menduduki",
    # Vietnamese ("phiến quân *kiểm soát* X"; not "vùng do quân đội *kiểm soát ở* X", where the
    # place is where the part held lies)
    r"(?:đang\s+|vẫn\s+)?(?:kiểm\s+soát|nắm\s+giữ|chiếm\s+giữ)(?!\s+(?:ở|tại)(?!\w))",
    # Swahili ("waasi *wanadhibiti* X"), Romanian ("rebelii *controlează* X")
    _SW_SUBJECT + r"na(?:u|i|ki|zi|ya|li)?dhibiti", r"controlează|controleaza|dețin|deţin",
    # the rest of the present's persons and synonyms ("le régime *tient* X", "les rebelles
    # *détiennent* X", "los rebeldes *mantienen el control de* X", "os curdos *detêm* X", "i
    # ribelli *detengono* X", "*hanno il controllo di* X", "rebelianci *kontrolują* X", "armia
    # *kontroluje* X", "pobunjenici *kontroliraju* X", "*drže* X", "οι αντάρτες *ελέγχουν* X",
    # "боевики *удерживают* X", "*утримують* X")
    rf"(?:tient|détienn?ent|détient){WORLD_TIGHT_OBJECT}",
    r"(?:mantienen?|tienen?)\s+(?:el\s+)?control\s+(?:de|del|sobre)",
    rf"det[êé]m{WORLD_TIGHT_OBJECT}",
    r"(?:mantêm|mantém|têm|tem)\s+o\s+(?:controle|controlo)\s+(?:de|do|da|dos|das|sobre)",
    rf"(?:deten(?:gono|go)|detiene){WORLD_TIGHT_OBJECT}",
    r"(?:mantengono|mantiene|hanno|ha)\s+il\s+controllo\s+(?:di|del|della|dello|dell['’]|su)",
    r"kontroluj(?:ą|e)", r"(?:sprawuj|utrzymuj)(?:ą|e)\s+kontrolę\s+nad", r"panuj(?:ą|e)\s+nad",
    r"kontroli(?:raju|ra|šu|še)", rf"drž(?:e|i){WORLD_TIGHT_OBJECT}",
    r"ελέγχ(?:ουν|ει)", rf"κατέχ(?:ουν|ει){WORLD_TIGHT_OBJECT}",
    rf"(?:удержива(?:ют|ет)|утриму(?:ють|є)){WORLD_TIGHT_OBJECT}",
)  # fmt: skip
#: The verbs of a side defending a place, which holds it (its subject before, the place after):
#: "kurdische Einheiten *verteidigen* X", "les Kurdes *défendent* X", "los kurdos *defienden*
#: X", "i curdi *difendono* X"; not their positions there (``rules._WORLD_POSITION_RE``), and
#: not a place besieged after it, whose siege says the same ("défendent X, assiégée par l'EI").
WORLD_DEFEND_VERBS: Final = (
    r"verteidig(?:en|t|ten)", r"défenden?t", r"defiend(?:e|en)", r"difend(?:e|ono)",
    r"defend(?:e|em)",
)  # fmt: skip
__all__ += ["WORLD_DEFEND_VERBS"]
#: The verbs of a side that takes (its subject before; past or a headline's present) and
#: their infinitives after an auxiliary or a "managed to" ("*tomaram* a cidade de X", "*vient de
#: reprendre le contrôle du* camp de X", "*aver riconquistato* X", "*eroberten* sie X", "*взяли
#: под контроль* X", "*сумела освободить* X", "*سيطرت* قوات الأسد *على* X", "*استعاد* الجيش X").
#: The Hindi noun of a seizure, its nukta composed or not ("*कब्जा*", "*कब्ज़ा*").
HI_KABZA: Final = r"कब्(?:ज\u093c?|\u095b)ा"
#: Bengali: a done "did" or "took" after a noun of seizure ("দখল *করেছে*", "দখল *করে
#: নিয়েছে*", "দখল *নিয়ে নেয়*", "দখল *করল*"); not a future, an infinitive or a wish ("দখল
#: *করবে*", "দখল *করতে*", "দখলের *চেষ্টা*").
BN_DONE: Final = (
    rf"(?:কর(?:েছে|েছেন|েছিল|েছিলেন|ল|লো|লেন|ে(?:\s+(?:নি{BN_YA}েছে|নি{BN_YA}েছিল|নে{BN_YA}|নিল|নিলো))?)"
    rf"|নি{BN_YA}ে(?:ছে|ছিল|ছেন)|নি{BN_YA}ে\s+(?:নে{BN_YA}|নিল|নিলো|নি{BN_YA}েছে)|নে{BN_YA}|নিল|নিলো)"
    r"(?![\u0980-\u09ff])"
)
#: Persian: a side's entry, the places before it ("ارتش سوریه به محله های X و Y *وارد شدند*"):
#: a capture of a district, town or village entered, never of a city (the convention of
#: :data:`ENTRY_ONLY_VERBS` and :data:`ENTRY_UNTAKEN_KINDS`); not "وارد *نشدند*" (did not).
#: What makes "وارد شد" no entry, between the place and the verb: damage or a blow done to the
#: place ("به محله X *خسارت* زیادی وارد شد", "*ضربه*", "*آسیب*").
FA_ENTRY_NOT_AFTER: Final = ("خسارت", "خسارات", "آسیب", "ضربه", "ضربات", "فشار", "تلفات", "زیان")
FA_ENTRY_VERBS: Final = (r"وارد\s+(?:شد|شدند|شده\s*اند|شده‌اند)",)
__all__ += ["FA_ENTRY_NOT_AFTER", "FA_ENTRY_VERBS"]
WORLD_TAKE_VERBS: Final = (
    # French
    # (a siege before, the two verbs sharing their subject: "l'armée a *encerclé puis repris* X")
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:(?:encerclé|assiégé|cerné|investi)\s+(?:puis|et"
    r"|et\s+puis)\s+(?:\w+\s+)?)?(?:repris|pris|conquis|reconquis|libéré|capturé)",
    r"(?:vient|viennent)\s+de\s+(?:reprendre|prendre|conquérir|libérer)",
    r"avoir\s+(?:\w+\s+)?(?:repris|pris|conquis|reconquis|libéré)",
    r"s['’]empar\w+", r"reprend|reprennent|conquiert|conquièrent",
    r"(?:s['’]est|se\s+sont|s['’]étai(?:en)?t)\s+(?:[\w-]+\s+){0,4}?empar\w+",
    # Spanish, Portuguese
    r"tom(?:ó|aron|ou|aram)", r"recuper(?:ó|aron|ou|aram)", r"conquist(?:ó|aron|ou|aram)",
    # (a headline's present: "el régimen *recupera* X", "o exército *retoma* X")
    r"recuperan?", r"retoman?",
    r"captur(?:ó|aron|ou|aram)", r"retom(?:ó|aron|ou|aram)", r"reconquist(?:ó|aron|ou|aram)",
    r"liber(?:ó|aron)", r"libert(?:ou|aram)",
    r"(?:ha|han|había|habían|tem|têm|tinha|tinham|ter|terem|haber)\s+(?:\w+\s+)?(?:tomado|recuperado|conquistado"
    r"|capturado|retomado|reconquistado|liberado|libertado)",
    r"(?:se\s+(?:ha|han)\s+hecho|se\s+hizo|se\s+hicieron)\s+con",
    r"(?:assumiu|assumiram|tomaram|tomou)\s+o\s+controle",
    # Italian
    # ("i ribelli hanno *accerchiato e conquistato* X": a siege before, one subject)
    r"(?:ha|hanno|aveva|avevano|aver|avere)\s+(?:\w+\s+)?(?:(?:accerchiato|assediato|circondato)"
    r"\s+(?:e|e\s+poi|poi)\s+(?:\w+\s+)?)?(?:preso|ripreso|conquistato|riconquistato"
    r"|liberato|catturato|strappato)", r"(?:ri)?conquista(?:no)?", r"riprend(?:e|ono)",
    # German
    r"(?:zurück)?erober(?:t|te|ten)", r"nahm(?:en)?", r"befreit(?:e|en)?", r"eingenommen",
    # (a side occupies a place: "Rebellen *besetzen* die Moschee", "*besetzten* das Viertel";
    # not the participle "besetzt", a holding said after the place)
    r"besetz(?:en|te|ten)",
    # (the control taken said with its verb at the end: "hätten die vollständige *Kontrolle
    # über* X erlangt")
    r"Kontrolle\s+über(?=[^.;:!?]{0,80}?\b(?:erlangt|übernommen|gewonnen|errungen)\b)",
    # (the participle ends the clause: "die Armee hat X *unter ihre Kontrolle gebracht*")
    # ("... haben die Region X *vollständig unter Kontrolle gebracht*")
    r"(?:wieder\s+)?unter\s+(?:(?:ihre|seine|die)\s+)?"
    r"(?:vollständige\s+)?Kontrolle\s+gebracht",
    # Dutch: the past ("het leger *heroverde* X") and the participle that ends the clause ("het
    # leger heeft X *heroverd*", "*ingenomen*", "*bevrijd*")
    r"(?:her|ver)over(?:d|de|den)", r"ingenomen", r"bevrijd(?:de|den)?",
    # Turkish (after the place in the accusative: "X'i *ele geçirdi*", "Afrin'i ... *kurtarmıştı*")
    r"ele\s+geçir(?:di|diler|mişti|mişlerdi|miş)", r"kurtar(?:dı|dılar|mıştı|mışlardı)",
    # (what a side managed to take: "X'in doğusunu *ele geçirebilmişlerdi*")
    r"ele\s+geçirebil(?:di|diler|mişti|mişlerdi|miş)",
    r"ele\s+geçirme(?:si|leri)(?:nin\s+ardından|yle|nden\s+sonra)",
    r"kontrol\s+altına\s+al(?:dı|dılar|mıştı)",
    # (took into its control: "ÖSO, X'i *kontrolüne aldı*", "*denetimine aldı*")
    r"(?:kontrolüne|denetimine|hakimiyetine)\s+al(?:dı|dılar|mıştı|mışlardı)",
    # (cleared of a side: "ÖSO, X'i DEAŞ'tan *temizledi*"; not "temizlemeyi sürdürüyor", a
    # clearing under way)
    r"temizle(?:di|diler|mişti|mişlerdi|miş)",
    # Arabic
    r"[وف]?(?:سيطر|سيطرت|سيطروا|سيطرا)(?=\s)", r"(?:استعاد|استعادت|استعادوا)(?=\s)",
    r"(?:حرر|حررت|حرروا|تحرر|يحرر|تستعيد|يستعيد)(?=\s)",
    # (with the shadda written, and the other verbs of seizing, retrieving, wresting, cleansing:
    # "*حرّرت* القوات X", "*استولى* المسلحون *على* X", "*استرجع* الجيش X", "*انتزعت* الفصائل X",
    # "*طهّر* الجيش X من ...")
    r"(?:حرّر|حرّرت|حرّروا|استولى|استولت|استولوا|استرجع|استرجعت|استرجعوا|انتزع|انتزعت|انتزعوا"
    r"|طهر|طهرت|طهروا|طهّر|طهّرت|طهّروا)(?=\s)",
    r"(?:أحكم|أحكمت|أحكموا|بسط|بسطت|بسطا|بسطوا|فرض|فرضت|فرضوا)(?=\s)",
    # (a side announced its control of X: "*أعلن* الجيش الحر سيطرته على كامل مدينة X", the
    # control noun with the side's pronoun and "على" next in the clause)
    r"(?:أعلن|أعلنت|أعلنوا)(?=\s[^.؛،,]{0,60}?\sسيطرت(?:ه|ها|هم|هما)\s+(?:التامة\s+|الكاملة\s+)?على\s)",
    # Russian, Ukrainian
    r"(?:взял[аио]?|взяли|взят[аоы]?)\s+под\s+(?:свой\s+)?(?:полный\s+)?контроль",
    r"(?:взяла|взяли|взяв)\s+під\s+(?:повний\s+)?контроль",
    r"(?:установил[аи]?|вернул[аи]?|восстановил[аи]?)\s+(?:себе\s+)?(?:полный\s+)?контроль\s+над",
    r"(?:смог(?:ла|ли)?|удалось|сумел[аи]?)\s+(?:взять\s+под\s+контроль|вернуть\s+контроль\s+над"
    r"|освободить|отбить|захватить)",
    r"(?:освободил[аи]?|отбил[аи]?|захватил[аи]?|занял[аи]?|выбил[аи]?|вытеснил[аи]?"
    r"|очистил[аи]?|звільнил[аи]?)",
    # ("боевики *взяли* центр X": took it; not "взяли в плен", "взяли на себя", "взяли с собой")
    r"взял[аи]?(?!\s+(?:под|в|во|на|с|со|себе)\s)",
    # Persian ("X را *تصرف کردند*")
    r"(?:تصرف|آزاد|فتح)\s*(?:کرد|کردند)",
    # ("داعش بر X *مسلط شد*", "*تسلط یافتند*", "کنترل X را *در اختیار گرفتند*", "X را *باز
    # پس گرفتند*")
    r"(?:مسلط|چیره)\s*(?:شد|شدند|شده)", r"تسلط\s+یافت(?:ند)?",
    r"(?:در|به)\s+اختیار\s+(?:خود\s+)?گرفت(?:ند)?",
    r"(?:به\s+دست|در\s+دست|پس)\s+گرفت(?:ند)?", r"تحت\s+کنترل\s+(?:خود\s+)?درآورد(?:ند)?",
    # ("X را *به تصرف خود درآوردند*", "X را *تسخیر کردند*", "X را *اشغال کردند*")
    r"به\s+تصرف\s+(?:خود\s+)?درآورد(?:ند)?", r"(?:تسخیر|اشغال)\s*(?:کرد|کردند)",
    # (cleared of the terrorists: "X را از تروریست ها *پاکسازی کرده* است")
    r"پاکسازی\s*(?:کرد|کردند|کرده)",
    # (an entry into districts: "ارتش به محله های X و Y *وارد شدند*", ``FA_ENTRY_VERBS``)
    *FA_ENTRY_VERBS,
    # Greek ("ο στρατός *ανακατέλαβε* X", "οι αντάρτες *κατέλαβαν* X", "*απελευθέρωσαν*",
    # "*πήραν τον έλεγχο* της X", "*έχει ανακαταλάβει*")
    r"(?:ανακατέλαβ|κατέλαβ|απελευθέρωσ|ανέκτησ)(?:ε|αν)", r"(?:πήρ|ανέλαβ)(?:ε|αν)\s+τον\s+έλεγχο",
    r"(?:έχει|έχουν|είχε|είχαν)\s+(?:ανακαταλάβει|καταλάβει|απελευθερώσει)",
    # Indonesian, Malay ("tentara Suriah *merebut kembali* X", "*berhasil merebut*", "*kembali
    # menguasai*", "*mengambil alih*", "*membebaskan*", "*menawan*")
    r"(?:berhasil\s+|telah\s+|sudah\s+)?(?:merebut(?:\s+kembali)?|kembali\s+menguasai"
    r"|menguasai\s+semula|mengambil\s+alih(?:\s+kendali)?|membebaskan|menawan(?:\s+semula)?"
    r"|merampas)",
    # Vietnamese ("quân đội Syria *giành lại quyền kiểm soát* X", "*chiếm được* X", "*tái
    # chiếm* X", "*giải phóng* X", "*đánh chiếm* X")
    r"(?:đã\s+)?(?:giành\s+lại|giành\s+được|chiếm\s+lại|lấy\s+lại)(?:\s+(?:toàn\s+bộ\s+)?"
    r"(?:quyền\s+)?kiểm\s+soát(?:\s+(?:hoàn\s+toàn\s+)?(?:đối\s+với|tại|ở))?)?",
    r"(?:đã\s+)?(?:chiếm\s+được|tái\s+chiếm|giải\s+phóng|đánh\s+chiếm|chiếm)(?!\s+giữ)",
    # Swahili ("waasi *wameuteka* mji wa X", "vikosi vya serikali *vimeukomboa* X", "*wamechukua
    # udhibiti wa* X"; not "*wateka nyara*", kidnappers)
    _SW_SUBJECT + r"(?:me|li)?(?:u|i|ki|vi|zi|ya|li|wa)?(?:teka|komboa)(?!\s+nyara)",
    _SW_SUBJECT + r"(?:me|li)chukua\s+udhibiti(?:\s+(?:kamili\s+)?wa)?",
    # Romanian ("armata siriană *a recucerit* X", "rebelii *au cucerit* X", "*au preluat
    # controlul asupra* X", "*au eliberat* X")
    r"(?:au|a)\s+(?:re)?(?:cucerit|eliberat|capturat|ocupat)",
    # Hebrew, the past, its object after "את" ("המורדים *כבשו* את X", "*השתלטו על* X", "צבא
    # סוריה *שחרר* את X", "*כבש מחדש*"; a relative's prefix: "המורדים *ש*כבשו את X")
    r"ש?(?:כבש|כבשו|כבשה|שחרר|שחררו|שחררה)(?:\s+מחדש)?|ש?(?:השתלט|השתלטו|השתלטה)\s+על",
    r"(?:au|a)\s+preluat\s+(?:(?:complet|total|deplin)\s+)?controlul(?:\s+(?:asupra|a[l]?))?",
    r"(?:re)?cuceresc|(?:re)?cucerește|(?:re)?cucereşte",
    # Urdu, the place before ("سرکاری فوج نے X *پر قبضہ کر لیا*", "X *کا کنٹرول* ... *چھین لیا*")
    r"پر\s+(?:دوبارہ\s+|مکمل\s+)?قبضہ\s+(?:کر\s+لیا|کرلیا|کر\s+لی|کر\s+لیے|کیا)",
    r"کا\s+(?:مکمل\s+)?کنٹرول\s+(?:\S+\s+){0,6}?(?:سنبھال|حاصل\s+کر|چھین)\s+(?:لیا|لی|لیے)",
    # Hindi, the place before ("विद्रोहियों ने X *पर कब्जा कर लिया*", "X *पर भी कब्ज़ा कर लिया
    # है*", "सेना ने X *को आज़ाद करा लिया*", "X *पर नियंत्रण हासिल कर लिया*")
    rf"पर\s+(?:भी\s+|फिर\s+से\s+|दोबारा\s+|पूरी\s+तरह\s+(?:से\s+)?)?(?:पूरा\s+)?{HI_KABZA}"
    r"\s+(?:कर\s+(?:लिया|ली|लिए)|किया)",
    r"पर\s+(?:भी\s+|फिर\s+से\s+|दोबारा\s+)?(?:पूरा\s+|पूर्ण\s+)?नियंत्रण\s+(?:हासिल\s+|स्थापित\s+)?"
    r"कर\s+(?:लिया|ली|लिए)",
    r"को\s+(?:भी\s+|फिर\s+से\s+)?(?:आ(?:ज\u093c?|\u095b)ाद|मुक्त)\s+(?:करा|कर)\s+(?:लिया|ली|लिए)",
    # Bengali, the place before ("বিদ্রোহীরা X *দখল করেছে*", "X-এর *দখলও নিয়ে নেয়*", "X
    # *পুনর্দখল করে*", "X-এর *নিয়ন্ত্রণ নিয়েছে*", "X *মুক্ত করেছে*"); the subject may follow
    # the verb, as in a headline ("X দখল করল বিদ্রোহীরা")
    rf"(?:পুনর্দখল|দখল)(?:ও|ে)?\s+{BN_DONE}",
    rf"নি{BN_YA}ন্ত্রণ(?:ও)?\s+(?:নি{BN_YA}ে\s+নে{BN_YA}|নি{BN_YA}েছে|নি{BN_YA}েছিল|নে{BN_YA}|নিল|নিলো"
    r"|প্রতিষ্ঠা\s+কর\S*|গ্রহণ\s+কর\S*)(?![\u0980-\u09ff])",
    rf"(?:মুক্ত|পুনরুদ্ধার)\s+{BN_DONE}",
    # Azerbaijani ("ASO X-i *ələ keçirdi*", its object before it)
    r"ələ\s+keçir(?:di|dilər|ib|miş|mişdi)",
    # Polish, the past ("armia *odbiła* X", "rebelianci *zajęli* X", "*zdobyli*", "*wyzwolili*",
    # "*przejęli kontrolę nad* X")
    r"(?:odbił|zdobył|zajął|zajęł|zajęl|wyzwolił|opanował|przejął|przejęł|przejęl)\w*"
    r"(?:\s+kontrolę\s+nad)?",
    # (and the men's plural: "rebelianci *odbili* X", "*zdobyli*", "*wyzwolili*", "*opanowali*")
    r"(?:odbil|zdobyl|wyzwolil|opanowal)[iy]",
    # (what a side managed to take, the side in the dative before it: "rebeliantom *udało się
    # już zająć* X"; Ukrainian "повстанцям *вдалося захопити* X")
    r"udało\s+się\s+(?:(?:już|wreszcie|ostatecznie|w\s+końcu)\s+)?(?:zająć|zdobyć|odbić"
    r"|opanować|wyzwolić|odzyskać|przejąć(?:\s+kontrolę\s+nad)?)",
    r"(?:вдалося|вдалось)\s+(?:(?:вже|нарешті|остаточно)\s+)?(?:захопити|відбити|звільнити"
    r"|взяти\s+під\s+(?:свій\s+)?контроль)",
    # the rest of each past's persons and synonyms: French ("l'armée *reprit* X", "*s'est
    # emparée*"), Spanish ("los rebeldes *se apoderaron de* X", "*arrebataron*"), Portuguese
    # ("*apoderaram-se de* X", "*libertou*", "*liberaram*"), Italian ("*riconquistò* X", "*si
    # sono impadroniti di* X", "*hanno espugnato*"), German ("*übernahmen die Kontrolle über*
    # X", "*gewannen die Kontrolle über*", "*zurückgewonnen*"), Dutch ("*namen de controle over*
    # X"), Ukrainian ("*захопили* X", "*відбили*", "*встановили контроль над*"), Bosnian,
    # Croatian, Serbian ("*zauzeli su* X", "*oslobodili*", "*preuzeli kontrolu nad*")
    rf"(?:(?:re)?pri(?:t|rent)|(?:re)?conqui(?:t|rent)|libér(?:a|èrent)){WORLD_TIGHT_OBJECT}",
    r"se\s+apoder(?:ó|aron)\s+de|(?:se\s+)?(?:ha|han|había|habían)\s+apoderado\s+de"
    r"|arrebat(?:ó|aron)|(?:ha|han)\s+arrebatado",
    r"apoder(?:ou|aram)[\s-]+se\s+d[eoa]s?|se\s+apoder(?:ou|aram)\s+d[eoa]s?|liber(?:ou|aram)",
    r"(?:ri)?conquist(?:ò|arono)|liber(?:ò|arono)", rf"(?:ri)?presero{WORLD_TIGHT_OBJECT}",
    r"(?:si\s+(?:sono|è)\s+)?impadronit[oiae]\s+d\w*|s['’]è\s+impadronit[oa]\s+d\w*"
    r"|(?:ha|hanno)\s+espugnato",
    r"(?:übernahm|gewann)(?:en)?\s+(?:die\s+)?(?:vollständige\s+)?Kontrolle\s+über",
    r"zurückgewonnen|zurückgewann(?:en)?",
    r"(?:namen|nam)\s+(?:de\s+)?(?:volledige\s+)?controle\s+over",
    r"захопил[аи]?|відбил[аи]?|зайнял[аи]?|встановил[аи]?\s+(?:повний\s+)?контроль\s+над",
    r"(?:su\s+|je\s+)?(?:zauze(?:li|la|o)|osvoji(?:li|la|o)|oslobodi(?:li|la|o))(?:\s+su|\s+je)?"
    r"|(?:su\s+|je\s+)?preuze(?:li|la|o)\s+kontrolu\s+nad",
    # Polish, a side's success ("bojownikom *udało się zająć* X", "*udało się odbić*")
    r"udało\s+(?:się\s+)?(?:już\s+)?(?:zająć|zdobyć|odbić|przejąć(?:\s+kontrolę\s+nad)?|opanować"
    r"|wyzwolić)",
    # Portuguese, Spanish ("*recapturaram* X")
    r"recaptur(?:ou|aram|ó|aron)",
    # Swedish, Danish, Norwegian ("rebellerna *erövrade* X", "*intog*", "*återtog*", "*har
    # intagit*", "*tog kontrollen över*", "oprørerne *erobrede*", "*generobrede*", "*indtog*",
    # "opprørerne *inntok*", "*gjenerobret*")
    r"(?:har\s+|hade\s+|havde\s+)?(?:åter)?(?:erövrade|erövrat|intog|intagit|återtog|återtagit)",
    r"(?:har\s+|havde\s+|hadde\s+)?(?:gen|gjen)?(?:erobrede|erobret|indtog|indtaget|inntok|inntatt)",
    r"(?:tog|tok|tagit|tatt|taget)\s+(?:(?:full|fuld)\s+)?kontroll?(?:en)?\s+(?:över|over)",
    # Finnish ("kapinalliset *valtasivat* X", "*valloittivat*", "*ottivat haltuunsa*")
    r"(?:valtasi(?:vat)?|valloitti(?:vat)?|vapautti(?:vat)?)(?:\s+takaisin)?"
    r"|otti(?:vat)?\s+haltuunsa",
    # Czech, Slovak ("povstalci *dobyli* X", "armáda *znovu dobyla*", "*obsadili*", "*ovládli*",
    # "*získali kontrolu nad*", "*převzali kontrolu nad*")
    r"(?:znovu\s+)?(?:dobyl[aoiy]?|obsadil[aoiy]?|ovládl[aoiy]?|osvobodil[aoiy]?|oslobodil[aoiy]?)"
    r"|(?:získal|převzal|prevzal|získali|převzali|prevzali|získala|převzala|prevzala)\s+kontrolu"
    r"\s+nad",
    # Bulgarian ("бунтовниците *превзеха* X", "*завзеха*", "*поеха контрола над*")
    r"(?:превзе(?:ха)?|завзе(?:ха)?|освободи(?:ха)?|(?:поеха|пое|установиха|установи)\s+"
    r"(?:пълен\s+)?контрол(?:а)?\s+над)",
)  # fmt: skip
#: The verbs of a side that besieges a place (its subject before, the place after them): "l'EI
#: *continue d'assiéger* X", "les rebelles *assiègent* X", "los yihadistas *asedian* X", "i
#: jihadisti *assediano* X", "die Armee *belagert* X", "*umzingelten* X", "het leger *belegert*
#: X": the holder is the side besieged (see ``rules.besieged_holder``).
WORLD_SIEGE_VERBS: Final = (
    r"(?:continuen?t?\s+d['’]\s*)?(?:assièg(?:e|ent)|assiégeai(?:en)?t|ont\s+assiégé|a\s+assiégé)",
    r"(?:continuen?t?\s+d['’]\s*|de\s+)?assiéger",
    r"(?:asedi|siti)(?:a|an|aba|aban|ó|aron)", r"(?:continúan?|siguen?)\s+(?:asediando|sitiando)",
    r"(?:sitia|sitiam|cercam|sitiou|sitiaram|cercaram)",
    r"assedia(?:no|vano|va)?|(?:hanno|ha)\s+assediato",
    r"belager(?:n|ten)|umzingel(?:n|ten)|kesselten", r"belegeren|belegerden",
)  # fmt: skip
__all__ += ["WORLD_SIEGE_VERBS"]
#: Unnamed parts of a city besieged by a side, after the side ("in den *von Regierungstruppen
#: belagerten Vierteln*") or before it ("les *quartiers assiégés par* le régime", "los *barrios
#: sitiados por* el ejército", "i *quartieri assediati dalle* forze governative"): the part of the
#: city the sentence before names (east Aleppo) is besieged.
WORLD_SIEGED_PARTS_AFTER_SIDE: Final = (
    r"(?:belagerten|eingekesselten|eingeschlossenen)\s+(?:Vierteln|Gebieten|Stadtteilen|Teilen"
    r"|Teil)",
)  # fmt: skip
WORLD_SIEGED_PARTS_BEFORE_SIDE: Final = (
    r"(?:quartiers|zones|secteurs)\s+assiégée?s\s+(?:depuis\s+\w+(?:\s+\w+)?\s+)?par",
    r"(?:barrios|zonas|bairros)\s+(?:sitiad|asediad|cercad)[oa]s\s+(?:por|pel[oa]s?)",
    r"(?:quartieri|zone|aree)\s+assediat[ie]\s+da\w*",
)  # fmt: skip
__all__ += ["WORLD_SIEGED_PARTS_AFTER_SIDE", "WORLD_SIEGED_PARTS_BEFORE_SIDE"]
#: The words before a side a place was freed from, out of its hands ("befreiten X *aus der
#: Gewalt des sogenannten* Islamischen Staates", "*des mains de* l'EI", "*de las manos del*
#: EI", "*dalle mani dell'*Isis"): that side is no subject of the verb.
WORLD_OUT_OF_HANDS: Final = (
    r"(?:aus\s+(?:der\s+Gewalt|den\s+Händen|der\s+Hand|der\s+Kontrolle)|des\s+mains"
    r"|de\s+las\s+manos|das\s+mãos|dalle\s+mani)\s+(?:(?:des|der|de|du|del|dei|degli|dos|das"
    r"|dello|della)\s+|d['’]\s*|dell['’]\s*)?(?:(?:sogenannten|so\s+genannten|selbst\s+ernannten"
    r"|soi-disant|autoproclamé|llamado|autoproclamado|cosiddetto|sedicente)\s+)?$",
)  # fmt: skip
__all__ += ["WORLD_OUT_OF_HANDS"]
#: A city split in two said by its parts, one held by each of two sides: "*der eine Teil*
#: Aleppos ist unter der Kontrolle der Armee, die Rebellen verteidigen *den anderen*", "*une
#: partie d'*Alep est tenue par le régime, *l'autre* par les rebelles", "*una parte de* Alepo
#: ... *la otra*": contested. The share before the city, and the other one after it.
WORLD_ONE_PART: Final = (
    r"(?:der|den|dem|die|une|una|um|uma)\s+(?:eine[nmr]?\s+)?(?:Teil|Hälfte|partie|moitié"
    r"|parte|mitad|metade|metà)\s+(?:de\s+|d['’]\s*|di\s+|von\s+|da\s+|do\s+|del\s+"
    r"|della\s+)?$",
    # Bosnian, Croatian, Serbian: "part" opening its sentence, the city in the genitive ("*Dio*
    # Alepa je pod kontrolom vojske, a dio ...", "*Jedan dio* grada ...", "*Deo* Alepa")
    r"(?:^|(?<=[.!?:]\s))(?-i:(?:Jedan\s+)?(?:Dio|Deo|dio|deo))\s+(?:grada\s+)?$",
)  # fmt: skip
WORLD_OTHER_PART: Final = (
    r"(?:den|der|dem|die|l['’]\s*|la|a|el)\s*(?:andere[nmr]?|autre|otra|outra|altra)"
    r"(?:\s+(?:Teil|Hälfte|partie|moitié|parte|mitad|metade|metà))?",
    # ("..., *a dio* kontroliraju pobunjenici", "*a drugi dio*", "*dok ostatak*", "*a ostatak*")
    r"(?:a|dok|i)\s+(?:drugi\s+)?(?:dio|deo|ostatak|ostali\s+dio)",
)  # fmt: skip
__all__ += ["WORLD_ONE_PART", "WORLD_OTHER_PART"]
#: The verbs of a side that lost a place (its subject before, the place after them): "o regime
#: *perdeu completamente o controle de* X", "el ejército *perdió el control de* X", "le régime
#: *a perdu le contrôle d'*X", "l'esercito *ha perso il controllo di* X", "die Armee *verlor die
#: Kontrolle über* X", "het leger *verloor de controle over* X": its holder is the one other side
#: the sentence names, else unknown.
WORLD_LOSE_VERBS: Final = (
    r"(?:perd(?:eu|eram|ió|ieron)|(?:ha|han|tem|têm|a|ont|avait|avaient|había|habían)\s+perd(?:ido|u))"
    r"\s+(?:(?:completamente|totalmente|definitivamente|totalement|complètement|définitivement)\s+)?"
    r"(?:o|el|le)\s+(?:controle|controlo|control|contrôle)\s+(?:de|du|del|da|do|sobre|sur"
    r"|d(?=['’]))",
    r"(?:ha|hanno|aveva|avevano)\s+(?:(?:completamente|definitivamente)\s+)?perso\s+il\s+controllo"
    r"\s+(?:di|del|della|su|dell(?=['’]))",
    r"verlor(?:en)?\s+(?:(?:nun|endgültig|vollständig|komplett)\s+)?die\s+(?:vollständige\s+)?"
    r"Kontrolle\s+über",
    r"(?:verloor|verloren)\s+(?:(?:\w+\s+)?de\s+)?(?:volledige\s+)?controle\s+over",
)  # fmt: skip
#: A hand-over of a place by its subject's side ("les FDS *ont remis* X à l'armée", "*ont cédé
#: le contrôle de* X au régime", "las FDS *entregaron* X al ejército", "*hanno consegnato* X",
#: "die SDF *übergaben* X an die Armee"): a loss, to the side named right after the place with
#: "to" (:data:`WORLD_HANDOVER_TO`); the place must follow the verb, and with no side so named
#: ("remis des prisonniers à l'armée à X", "remis X à des conseils locaux") it is none.
WORLD_HANDOVER_VERBS: Final = (
    r"(?:(?:ont|a|avaient|avait)\s+(?:remis|cédé|rétrocédé)|remet(?:tent)?|cèdent|cède)"
    r"(?:\s+le\s+contrôle\s+(?:de|du|d(?=['’])))?",
    r"(?:entreg(?:ó|aron|ou|aram)|(?:ha|han|había|habían|tem|têm)\s+entregado|ced(?:ió|ieron))"
    r"(?:\s+(?:el|o)\s+(?:control|controle|controlo)\s+(?:de|del|da|do))?",
    r"(?:(?:ha|hanno|aveva|avevano)\s+consegnato|consegn(?:ò|arono)|ced(?:uto|ette|ettero))"
    r"(?:\s+il\s+controllo\s+(?:di|del|della|dell(?=['’])))?",
    r"übergab(?:en)?(?:\s+die\s+Kontrolle\s+über)?",
)  # fmt: skip
#: The "to" of a hand-over's receiver, right after the place ("X *à l'*armée", "*aux* forces",
#: "*al* ejército", "*a las* fuerzas", "*ao* exército", "*all'*esercito", "*an die* Armee").
WORLD_HANDOVER_TO: Final = (
    r"\s*,?\s*(?:à\s+l['’]\s*|à\s+la\s+|aux\s+|au\s+|à\s+|al\s+|a\s+(?:la|las|los|el)\s+"
    r"|ao\s+|aos\s+|às?\s+|all['’]\s*|alla\s+|alle\s+|agli\s+|ai\s+|al\s+"
    r"|an\s+(?:die|den|das)\s+|an\s+)"
)
#: Turkish: a hand-over, its receiver in the dative right before it ("YPG/PKK, Tel Rıfat'ı
#: *rejime teslim etti*", "Münbiç Suriye ordusuna *devredildi*"): the receiver takes the place.
WORLD_TR_HANDOVER_VERBS: Final = (
    r"teslim\s+(?:etti|ettiler|etmişti|etmiş|edildi|edilmişti|edilmiş)",
    r"devr(?:etti|ettiler|etmişti|edildi|edilmişti)",
)
__all__ += [
    "WORLD_HANDOVER_TO", "WORLD_HANDOVER_VERBS", "WORLD_LOSE_VERBS", "WORLD_TR_HANDOVER_VERBS",
]  # fmt: skip
#: The capture nouns, their place after them (in the genitive, or after "of"): "*die
#: Rückeroberung* Aleppos", "*la reconquête d'*Alep", "*la toma de* X", "*la presa di* X",
#: "*استعادة* الجيش *ل*حي X", "*освобождение* X".
WORLD_CAPTURE_NOUNS: Final = (
    r"(?:re)?prise|reconquête|libération", r"(?:re)?toma|reconquista|recuperación|liberación",
    r"retomada|libertação|conquista", r"(?:ri)?presa|(?:ri)?conquista|liberazione",
    # (the Portuguese noun only after its article: "*a tomada de* X", not the participle of a
    # photo, "la imagen, tomada ...", "fotografía tomada el ...")
    r"(?<=\ba\s)tomada|(?<=\bda\s)tomada|(?<=\bna\s)tomada",
    r"(?:Rück)?eroberung|Einnahme|Befreiung",
    r"[وب]?(?:ال)?(?:استعادة|تحرير|سيطرة)", r"освобождени\w|взяти\w", r"آزادسازی",
    r"(?:η\s+|την\s+|της\s+)?(?:ανακατάληψη|κατάληψη|απελευθέρωση)",
    # Indonesian, Malay ("ditandai dengan *direbutnya kembali* X", "setelah *dikuasainya* X oleh
    # ...", "*pembebasan* X")
    r"direbutnya(?:\s+kembali)?|dikuasainya(?:\s+kembali)?|pembebasan",
    # Dutch ("na *de herovering van* X door het leger", "*de verovering van*", "*de bevrijding
    # van*", "*de inname van*"), Polish ("po *odbiciu* X przez armię", "*zdobyciu*",
    # "*wyzwoleniu*", "*przejęciu*"), Bosnian, Croatian, Serbian ("nakon *oslobođenja* X od
    # strane vojske", "*zauzimanja*", "*osvajanja*"), Romanian ("*recucerirea*", "*eliberarea*"),
    # Ukrainian ("після *звільнення* X", "*захоплення*", "*відвоювання*")
    r"herovering|verovering|bevrijding|inname",
    r"odbici\w*|zdobyci\w*|wyzwoleni\w*|przejęci\w*",
    r"oslobođenj\w*|oslobodjenj\w*|zauzimanj\w*|osvajanj\w*",
    r"(?:re)?cucerir\w*|eliberar\w*",
    r"звільненн\w*|захопленн\w*|відвоюванн\w*",
)  # fmt: skip
#: Words before such a noun, a few words before it in its clause, that make the capture only
#: prepared, planned, aimed at or fought for, as "a bid to retake X" is in English (see
#: :data:`AIM_NOUNS`): a verb of preparing, planning or aiming ("i soldati *preparano la*
#: riconquista di X", "l'armée *prépare la* reprise d'X", "die Armee *bereitet die*
#: Rückeroberung X-s vor", "армия *готовится к* освобождению X"), an aim's noun ("*l'objectif
#: est la* reprise de X", "*con el objetivo de la* toma de X") or a purpose right before the
#: noun ("une offensive *pour la* reprise de X", "l'operazione *per la* riconquista di X", "eine
#: Offensive *zur* Rückeroberung X-s", "наступление *для* освобождения X"). The words between
#: them may not be "after" ("préparent leur riposte *après* la reprise de X" is done); a purpose
#: stands right before the noun, its article between them.
WORLD_NOUN_AIM_VERBS: Final = (
    # preparing (it, es, pt, fr, de, nl, ru)
    r"prepar\w*|prépar\w*|vorbereit\w*|bereite[nt]?|bereid\w*|готов\w*|подготов\w*",
    # planning, aiming, hoping, an aim's noun (trying is a hedge of every clause already:
    # :data:`WORLD_HEDGES`)
    r"plan(?:s|t|en|te|ten|nen|ne|ifi\w*|ej\w*)?|pianific\w*|progett\w*|projet\w*|geplant"
    r"|планир\w*|план\w*|punt(?:a|ano|ava|avano)|apunt\w*|ziel(?:t|en|te|ten)?|doel\w*"
    r"|objecti\w*|obiettiv\w*|цел\w*|hoff\w*|sper(?:a|ano|ava|avano)|esper(?:a|an|am|aba)"
    r"|espèr\w*|esfuerzo\w*|esforço\w*|sforz\w*|effort\w*",
    # Polish, Bosnian / Croatian / Serbian, Romanian, Ukrainian ("*przygotowuje się do*
    # odbicia X", "*priprema* oslobođenje X", "*pregătește* recucerirea X", "*готується до*
    # звільнення X")
    r"przygotow\w*|planuj\w*|priprem\w*|planira\w*|pregăt\w*|готу\w*|планує\w*",
)  # fmt: skip
WORLD_NOUN_AIM_PURPOSES: Final = (
    r"pour|per|para|zur|zum|für|voor|ter|um|для|ради|к",
    # ("walka *o* odbicie X", "ofenziva *za* oslobođenje X", "ofensiva *pentru* recucerirea X",
    # "наступ *для* звільнення X")
    r"o|za|pentru|do|w\s+celu|radi|задля",
)  # fmt: skip
__all__ += ["WORLD_NOUN_AIM_PURPOSES", "WORLD_NOUN_AIM_VERBS"]
#: A whole degree between such a noun and its place ("la liberación *total* de X", "a
#: libertação *completa* de X", "la liberazione *totale* di X").
WORLD_CAPTURE_NOUN_DEGREES: Final = (
    "total", "totale", "completa", "completo", "plena", "definitiva", "definitivo",
)  # fmt: skip
#: The verbs of a declaration before such a noun, their subject the side that took the place
#: ("el gobierno sirio *declaró* la liberación de X", "el ejército *anunció* la toma de X", "o
#: exército *anunciou* a libertação de X", "l'esercito *ha annunciato* la liberazione di X"):
#: a done capture by the one side named before the verb in its sentence.
WORLD_NOUN_DECLARED: Final = (
    r"declar(?:ó|aron|ou|aram)", r"anunci(?:ó|aron|ou|aram)", r"proclam(?:ó|aron|ou|aram)",
    r"confirm(?:ó|aron|ou|aram)", r"(?:ha|hanno)\s+(?:annunciato|dichiarato|proclamato)",
    r"(?:annunciò|dichiarò|proclamò)",
    # French, German ("l'armée *a annoncé* la reprise de X", "les FDS *ont proclamé* la
    # libération de X", "Rebellengruppen *meldeten* die Rückeroberung von X", "die Armee
    # *verkündete* die Einnahme X-s")
    r"(?:a|ont)\s+(?:annoncé|proclamé|revendiqué|confirmé)", r"annoncen?t?|revendiquen?t?",
    r"(?:ver)?melde(?:te|ten|t|n)", r"verkünde(?:te|ten|t|n)",
    # a side celebrating a capture is its taker, as in English ("los rebeldes *celebran* la toma
    # de X", "i ribelli *festeggiano* la presa di X", "*comemoram* a tomada de X", "*célèbrent*
    # la prise d'X", "Rebellen *feiern* die Einnahme von X")
    r"celebr(?:an|aron|am|aram|ano)", r"festeggi(?:ano|avano|arono)",
    r"(?:hanno|ha)\s+festeggiato", r"comemor(?:am|aram)", r"célèbrent|fêtent",
    r"ont\s+(?:célébré|fêté)", r"feier(?:n|ten)",
)  # fmt: skip
__all__ += ["WORLD_CAPTURE_NOUN_DEGREES", "WORLD_NOUN_DECLARED"]
#: The agent after such a noun ("la prise de X *par* l'armée", "la presa di X *da parte dei*
#: ribelli", "*durch* die Armee").
WORLD_AGENT: Final = (
    r"par", r"por", r"pel[oa]s?", r"da\s+parte\s+d\w*['’]?", r"durch", r"من\s+قبل", r"توسط", r"από",
    # ("تحرير X *على يد* قوات سوريا الديمقراطية")
    r"على\s+يد(?:ي)?",
    r"oleh",
    # Dutch, Polish, Bosnian / Croatian / Serbian, Romanian ("*door* het leger", "*przez*
    # armię", "*od strane* vojske", "*de către* armata")
    r"door", r"przez", r"od\s+strane", r"de\s+către",
)  # fmt: skip
#: The words that name a place fought over, before or after it: "im *umkämpften* Stadtteil X",
#: "X, *quartier disputé*", "la *disputada* ciudad de X".
WORLD_CONTESTED: Final = (
    r"umkämpfte[nmrs]?", r"disputée?s?", r"disputad[oa]s?", r"contes[oa]", r"contese?",
    r"conflictiv[oa]",
)  # fmt: skip
#: Words right before a place in those languages that make it a landmark of the phrase, not
#: the place held or taken: near ("*près de* X", "*perto de* X", "*قرب* X", "*около* X") or a
#: bearing ("*au sud d'*X", "*no oeste da cidade de* X", "*شمال* X").
WORLD_NEAR: Final = (
    r"près|proche|autour|périphérie|environs|abords|perto|próxim[oa]|cerca|alrededores|arredores",
    r"vicino|dintorni|nahe|nähe|bei|Umgebung|Rand|قرب|محيط|أطراف|اطراف|مشارف|تخوم|около|возле",
    # (Arabic "near", as an adjective: "فرع الأمن *القريب من* حي X", "*بالقرب من* X")
    r"(?:ال)?قريب(?:ة)?|بالقرب",
    r"окрестност\w*|پیرامون|اطراف",
    # an offensive's aim, not a place taken ("... и готовятся к *наступлению на* X")
    r"наступлени\w*\s+на|offensive\s+(?:sur|contre|vers)|ofensiva\s+(?:sobre|contra|hacia)"
    r"|Offensive\s+(?:auf|gegen)",
    r"nord|sud|est|ouest|norte|sur|sul|este|leste|oeste|ovest|Norden|Süden|Osten|Westen"
    r"|nord-est|nord-ouest|sud-est|sud-ouest|nordeste|noroeste|sudeste|sudoeste|nordöstlich"
    r"|nördlich|südlich|östlich|westlich|شمال\w*|جنوب\w*|شرق\w*|غرب\w*",
    # Indonesian, Malay ("pedesaan *di barat* X", "*dekat* X", "*pinggiran* X")
    r"utara|selatan|timur|barat|dekat|sekitar|pinggiran|luar",
    # Vietnamese ("*gần* X", "*ngoại ô* X", "*phía bắc* X"), Swahili ("*karibu na* X", "*nje
    # ya* X", "*kaskazini mwa* X"), Romanian ("*lângă* X", "*în apropiere de* X", "*vest*")
    r"gần|ngoại\s+ô|phía\s+(?:bắc|nam|đông|tây)|vùng\s+ven|cách",
    r"karibu\s+na|nje\s+ya|viunga\s+vya|(?:kaskazini|kusini|mashariki|magharibi)\s+(?:mwa|ya)",
    r"lângă|apropiere|periferia|împrejurimile|vest|nord-vest|sud-vest|nord-est|sud-est",
)  # fmt: skip
#: Words before a place in those languages that make a statement one of its parts only ("*une
#: partie de* X", "*parte de* X", "*la mitad de* X", "*60% de* X", "*أجزاء من* X", "*часть*
#: X", "X'in *yüzde* 80'i").
WORLD_PARTITIVES: Final = (
    r"partie|parties|parte|partes|Teile?n?|Hälfte|moitié|mitad|metade|metà|majorité|mayoría",
    r"maioria|maggior|أجزاء|جزء|части|часть|частью|kısm\w*|yüzde",
    r"\d+\s*(?:%|pour\s*cent|por\s*ciento|por\s*cento|per\s*cento|Prozent)",
    # Indonesian, Malay ("*sejumlah pedesaan di* barat X", "*sebagian* X", "*beberapa desa di*")
    r"sejumlah|beberapa|sebagian|separuh|pedesaan|desa-desa",
    # Vietnamese ("*một phần* X", "*phần lớn* X", "*các khu vực ở* X"), Swahili ("*sehemu za*
    # X", "*baadhi ya*"), Romanian ("*o parte din* X", "*jumătate*")
    r"một\s+phần|phần\s+lớn|các\s+khu\s+vực|sehemu|baadhi|jumătate|părți|părţi",
    # Bosnian, Croatian, Serbian ("*dio* Alepa", "*veći dio* grada", "*polovina*")
    r"dio|deo|dijelovi|delovi|polovin\w*",
)  # fmt: skip
#: Words before a city that make it the whole of which the places meant are parts ("*les
#: quartiers ouest de* la ville", "*las últimas zonas de* Alepo", "*aree di* Aleppo").
WORLD_PARTS: Final = (
    r"quartiers?|secteurs?|zones?|zonas?|áreas?|barrios?|bairros?|distritos?|quartier[ei]|aree|area",
    r"Viertel|Stadtteile?|Gebiete?|أحياء|مناطق|район\w*|квартал\w*|mahalle\w*|bölge\w*",
    # Persian ("*منطقه دیگری از* شرق شهر حلب": another area of it)
    r"منطقه|مناطق|بخش\w*|قسمت\w*",
    # Indonesian, Malay ("dari *wilayah* yang dikuasai pemberontak di X", "*kawasan*")
    r"wilayah|kawasan|daerah",
    # Vietnamese ("*khu vực* do phiến quân kiểm soát ở X", "*vùng*"), Swahili ("*maeneo*
    # yanayodhibitiwa na waasi mjini X"), Romanian ("*zona* controlată de rebeli din X")
    r"khu\s+vực|vùng|khu|maeneo|eneo|zona|zonele|zonă|cartierele|cartierul",
)  # fmt: skip
#: A share of a place a side's adjective or holding may follow, like a part ("la *partie*
#: rebelle d'X", "la *moitié* tenue par les rebelles d'X", "la *parte* rebelde de X", "la
#: *metà* ribelle di X"): the side holds a part of the place (as "the rebel-held part of X").
WORLD_SIDE_SHARES: Final = (
    r"partie|parties|parte|partes|moitié|mitad|metade|metà",
)  # fmt: skip
#: German and Dutch parts of a city after a side's participle ("im von Rebellen gehaltenen
#: *Teil* X-s", "in den von der Armee kontrollierten *Gebieten von* X", "im von Rebellen
#: gehaltenen *Osten* X-s", "de door rebellen gecontroleerde *helft van* X"): the side holds a
#: part of the city.
WORLD_DE_PART_NOUNS: Final = (
    r"Teil|Teilen|Gebiet|Gebiete|Gebieten|Vierteln|Stadtteilen|Osten|Westen|Norden|Süden",
    r"helft|gedeelte|gebieden|wijken",
)  # fmt: skip
__all__ += ["WORLD_DE_PART_NOUNS", "WORLD_SIDE_SHARES"]

#: A "not" right before a verb in Spanish and Italian ("los rebeldes *no* tomaron X", "*non*
#: hanno ripreso X", "*nunca* perdieron"), and what may stand between it and the verb (a
#: pronoun, an auxiliary: "*no lo* tomaron", "*non hanno* ripreso"): the statement is denied.
VERB_NEGATIONS: Final = ("no", "non", "nunca", "jamás")
NEGATED_VERB_FILLERS: Final = (
    "lo", "la", "los", "las", "le", "ha", "han", "hanno", "había", "habían",
)  # fmt: skip
__all__ += ["NEGATED_VERB_FILLERS", "VERB_NEGATIONS"]

#: Words of a clause in those languages that make its statement only intended, tried, claimed
#: or denied ("*intentan recuperar*", "*tenta di* ...", "*versuchen*", "*تهدف إلى السيطرة*",
#: "*öne sürüldü*", "*نفت*", "*пытаются*").
WORLD_HEDGES: Final = (
    # ("*tentent*", "*tentam*"; not the Indonesian and Malay army, "*tentara*", "*tentera*")
    r"tent(?!ara|era)\w*|essa[iy]\w*|intent\w*|procur\w*|cherch\w*|versuch\w*|cerca\s+di|mira\w*|vis\w*"
    r"|pour\s+(?:reprendre|prendre)|para\s+(?:tomar|recuperar|retomar|capturar)"
    r"|per\s+(?:riprendere|prendere|conquistare)",
    r"prétend\w*|revendiqu\w*|affirm\w*|behaupt\w*|iddia\w*|öne\s+sür\w*|zu\s+haben",
    # German, Dutch and French reports, wishes and denials ("Regierungstruppen *sollen* X
    # eingenommen haben", "*angeblich*", "die Armee *will* X erobern", "X is *niet* meer in
    # handen van", "het leger *zou* X hebben ingenomen", "l'armée *aurait* repris X", "le régime
    # *veut* reprendre X")
    r"(?:soll|sollen|sollte|sollten|angeblich|mutmaßlich|vermutlich|will|wollen|wollte"
    r"|wollten)(?!\w)",
    r"(?:niet|geen|nooit|zou|zouden|bijna|wil|willen|wilde|wilden|probe(?:ert|ren|erde|erden)"
    r"|poging(?:en)?)(?!\w)",
    r"(?:aurai(?:t|ent)|veu(?:t|lent)|voul(?:ait|aient|ant|oir))(?!\w)",
    # Bosnian, Croatian, Serbian: not, tries, almost ("pobunjenici *ne* kontroliraju X",
    # "*pokušavaju* zauzeti", "*gotovo*", "*skoro*"); Ukrainian "tries", "almost"
    # ("*намагаються*", "*майже*")
    r"(?-i:ne)\s+(?:kontrol\w*|drž\w*|drže)|pokušava\w*|gotovo|skoro|djelomično|delimično"
    r"|намага\w*|майже",
    # Polish: not, tries, wants, almost, partly ("*nie*", "*próbują* odbić", "*chcą*", "*prawie*")
    r"(?:nie|próbuj\w*|usiłuj\w*|chc[eąi]\w*|prawie|niemal|częściowo|rzekomo)(?!\w)",
    # claims, "almost", "partly" in Ukrainian, Russian, Bulgarian, Serbian, Croatian and the
    # Nordic languages ("*нібито* підконтрольному", "*уж* контролирания", "*navodno*", "*nästan*
    # rebellkontrollerade", "*delvis*"), and their "not" ("*inte*", "*ikke*")
    r"(?:нібито|частково|якобы|будто|уж|почти|частично|navodno|djelomi\w*|podobno|ponoć"
    r"|nästan|nesten|næsten|delvis|påstått|påstås|angivelig\w*|inte|ikke|icke)(?!\w)",
    # Turkish aims and expectations ("kontrolüne geçmesi *bekleniyor*", "ele geçirilmesi
    # *hedefleniyor*", "... *amacıyla*", "... *için*")
    r"beklen\w*|hedefl\w*|planlan\w*|amacıyla|için",
    r"(?:ne\s+|n['’]\s*)\w+\s+(?:pas|plus|que)|não|nicht|kein\w*|nunca|jamais|niemals|değil",
    r"pourrai\w*|podría\w*|poderia\w*|potrebbe\w*|könnte\w*|würde\w*",
    r"تهدف|تحاول|يحاول|محاولة|نفت|نفى|ينفي|تنفي|لا\s|لم\s|لن\s",
    # (a side's own claim: "*قائلين إنهم* حرروا المدينة", "*زاعمين*", "*ادعى*", as
    # "affirment avoir repris")
    r"قائل(?:ين|ون)\s+(?:إن|أن)\w*|زاعم\w*|(?:ي|ت)زعم\w*|ادع(?:ى|ت|وا)",
    # Arabic "is not"; Persian: not, probably, perhaps, almost, tried, a claim ("*نیست*",
    # "*احتمالا*", "*شاید*", "*تقریبا*", "*تلاش*", "*ادعا*")
    r"(?:ليست|ليس|نیست|نیستند|نبود|نبودند|احتمالا|احتمالاً|شاید|تقریبا|تقریباً|تلاش|ادعا)(?!\w)",
    r"пыта\w*|попытк\w*|намерен\w*|опроверг\w*|не\s",
    # almost ("*casi* en manos del ejército", "*presque* entièrement", "*почти*")
    r"casi|presque|quase|quasi|fast|nahezu|beinahe|почти|تقريبا|شبه|neredeyse|prácticamente"
    r"|praticamente|pratiquement|praktisch|практически|عمليا",
    # (and its passive: "X *no fue* tomada (totalmente) por ...")
    r"(?-i:no)\s+(?:está|están|ha|han|controla\w*|tiene\w*"
    r"|(?:fue|fueron|es|son|era|eran|había|habían)(?!\w))",
    # a part only ("*en grande partie*", "*teilweise*", "*частично*")
    r"en\s+(?:grande\s+)?partie|partiellement|parcialmente|en\s+parte|in\s+parte|parzialmente"
    r"|teilweise|größtenteils|weitgehend|gedeeltelijk|grotendeels|частично|جزئيا|kısmen",
    r"(?-i:non)\s+(?:è|sono|ha|hanno|controlla\w*)",
    # Greek: a negation, an attempt, a plan, a threat, a part ("*δεν* κατέλαβαν", "*προσπαθούν
    # να* ανακαταλάβουν", "*εν μέρει*")
    r"δεν|προσπαθ\w*|επιχειρ\w*|σχεδιάζ\w*|απειλ\w*|σχεδόν|εν\s+μέρει|μερικώς|φέρεται",
    # Indonesian, Malay: once, formerly, not, almost, will, tried ("X yang *pernah* dikuasai",
    # "*tidak* dikuasai", "*hampir*", "*akan*", "*mencoba*", "*sebagian*")
    r"(?:pernah|sempat|dulu|dahulu|sebelumnya|tidak|bukan|belum|hampir|akan|mencoba|berusaha|berupaya"
    r"|sebagian|separuh)(?!\w)",
    # an aim: "in order to" before a verb of taking or holding ("serangan *untuk merebut* X",
    # "*siap rebut*"; not "bus *untuk mengevakuasi* warga ... dari wilayah yang dikuasai ...":
    # an aim of another verb)
    r"(?:untuk|guna|demi|bertujuan|ingin|hendak|siap)\s+(?:untuk\s+)?"
    r"(?:(?:kembali|segera)\s+)?(?:me)?(?:rebut|nguasai|kuasai|ngambil\s+alih|mbebaskan|bebaskan"
    r"|nawan|ngepung|kepung|nduduki|duduki|ngendalikan|pembebasan|direbutnya)",
    # Vietnamese: once, not yet, not, almost, about to, wants ("X *từng* nằm trong tay", "*gần
    # như*", "*sắp*", "*không*", "*chưa*", "*muốn*", "*cố gắng*")
    r"(?:từng|chưa|không|gần|sắp|muốn|cố\s+gắng|một\s+phần)(?!\w)",
    # Urdu: an attempt, an aim, not, almost, wanted ("*کی کوشش*", "*کے لیے*", "*نہیں*",
    # "*تقریباً*", "*چاہتے*")
    r"کوشش|کے\s+لیے|کے\s+لئے|نہیں|تقریباً|تقریبا|چاہت\w*|ارادہ",
    # (an aim, a plan, a "may": "cuộc chiến *nhằm* giải phóng X", "*để* giành lại X", "*tìm
    # cách*", "*chuẩn bị*", "*có thể*", "*được cho là*")
    r"(?:nhằm|để|tìm\s+cách|chuẩn\s+bị|có\s+thể|được\s+cho\s+là|dự\s+kiến)(?!\w)",
    # Swahili: an attempt, an aim, almost, perhaps, formerly ("*wanajaribu* kuuteka X", "*ili
    # ku*teka", "*karibu*", "*huenda*", "*awali*")
    r"\w*jaribu\w*|\w*taka(?=\s+ku)|ili\s+ku\w+|karibu|huenda|awali|zamani|lengo|mpango",
    # Romanian: an attempt, an aim, almost, not ("*încearcă* să recucerească", "*pentru a*
    # cuceri", "*aproape*", "*nu* controlează", "*ar fi*", "*fostul* bastion")
    r"încear\w*|încerc\w*|pentru\s+a|aproape|(?-i:nu)\s+(?:au|a|mai|controlează|dețin|deţin)"
    r"|ar\s+fi|fostul|fosta|fostele|foștii|odinioară|anterior",
    # Hebrew: not, tried, almost, perhaps, plans, in order to ("*לא* כבשו", "*ניסו* לכבוש",
    # "*כמעט*", "*אולי*", "*מתכננים*", "*כדי* לכבוש", "*מאיימים*")
    # (and "is not": "X *אינה* בשליטת ...", "*אין*")
    r"(?:לא|ניס\w*|מנס\w*|כמעט|אולי|מתכננ\w*|תכנ\w*|כדי|מאיימ\w*|איימ\w*|עשוי\w*|אינ\w*|אין)(?!\w)",
    # Hindi: an attempt, an aim, not, almost, perhaps, a claim ("*कोशिश*", "*के लिए*", "*नहीं*",
    # "*लगभग*", "*शायद*", "*दावा*", "*चाहते*", "*योजना*")
    r"(?:कोशिश|के\s+लिए|नहीं|लगभग|करीब-करीब|शायद|दावा|चाहत|चाहते|योजना|प्रयास)(?![\u0900-\u097f])",
    # Bengali: an attempt, an aim, not, almost, perhaps, a claim, a threat ("*চেষ্টা*", "দখলের
    # *লক্ষ্যে*", "*নেই*", "*না*", "*প্রায়*", "*সম্ভবত*", "*দাবি*", "*চায়*", "*হুমকি*")
    rf"(?<![\u0980-\u09ff])(?:চেষ্টা|লক্ষ্যে|জন্য|নেই|না|ন{BN_YA}|দাবি|সম্ভবত|প্রা{BN_YA}|চা{BN_YA}|চাইছে"
    r"|পরিকল্পনা|হুমকি)(?![\u0980-\u09ff])",
    # Swedish, Danish, Norwegian: not, almost, partly, tried, wants, a report or claim
    # ("*inte*", "*ikke*", "*nästan*", "*delvis*", "*försöker* inta", "rebellerna *kan ha*
    # intagit X", "*uppges* ha", "*påstår*"; not the French "ville")
    r"(?:inte|ikke|ej|aldrig|aldri|nästan|næsten|nesten|delvis|försök\w*|forsøg\w*|forsøk\w*"
    r"|prøv\w*|vill|planer\w*|uppges|uppger|påstås|påstår|hävdar|hevder|hævder|kan\s+ha"
    r"|kan\s+have|skal\s+ha|skal\s+have|ska\s+ha|enligt\s+uppgift)(?!\w)",
    # Finnish: not, tries, almost, partly, claims ("*ei*", "*yrittävät*", "*lähes*",
    # "*osittain*", "*väittävät*"; lower case: "EI" is the French IS)
    r"(?-i:ei|eivät|eikä)(?!\w)|(?:yrittä\w*|yritys\w*|lähes|melkein|osittain|väittä\w*"
    r"|väitet\w*)(?!\w)",
    # Czech, Slovak: tries, almost, partly, reportedly, want ("*snaží se* dobýt", "*pokoušejí
    # se*", "*téměř*", "*částečně*", "*údajně*", "*chtějí*")
    r"(?:snaž\w*|snaž\w*|pokouš\w*|pokúš\w*|téměř|takmer|částečně|čiastočne|údajně|údajne"
    r"|prý|chtěj\w*|chc\w*)(?!\w)",
    # Bulgarian: tries, claims ("*опитват се* да превземат", "*твърдят*")
    r"опитва\w*|опит(?:а|и)?(?!\w)|твърд\w*",
    # Kurmanji: tries, wants ("*hewl didin*", "*dixwazin*")
    r"hewl\w*|dixwaz\w*",
)  # fmt: skip
#: The words "after" right before a verb of taking whose subject is the main clause's ("Pasukan
#: ... mengibarkan bendera *setelah* merebut X", "*baada ya* kuuteka X"): the clause is no new
#: subject's.
WORLD_AFTER_TAKING: Final = (
    r"setelah", r"sesudah", r"seusai", r"usai", r"selepas", r"baada\s+ya", r"sau\s+khi",
)  # fmt: skip
__all__ += ["WORLD_AFTER_TAKING", "WORLD_SW_SUBJECT_PREFIXES"]
#: What ends a clause after its verb in those languages (the places after it are no object):
#: a reporting verb ("..., *disse* o Observatório", "*selon* l'OSDH"), a relative pronoun, "but".
WORLD_CLAUSE_END: Final = (
    r";", r"[–—]", r"\bmais\b", r"\bpero\b", r"\baber\b", r"\bma\b", r"\bmas\b", r"\bно\b",
    r"\bselon\b", r"\bsegún\b", r"\bsegundo\b", r"\bsecondo\b", r"\blaut\b", r"\bвслед\b",
    r",\s*(?:qui|que|où|donde|onde|dove|che|wo|die|der|das|den|dem|welche\w*|который|которая"
    r"|которые|которого|котор\w+|الذي|التي|الذين|حيث|وذلك|بعد|après|tras|após|dopo|nach)\b",
    r",\s*(?:a|ont|ha|han|disse|dijo|informou|informó|afirmou|afirmó|relataram|indicó|indiqué"
    r"|précisé|rapporté|ajouté|sagte|teilte|berichtete|hieß|denildi|bildirildi|belirtti"
    r"|сообщ\w*|заявил\w*|передает)\b",
    r"،\s*(?:حسب|وفق|بحسب|وذلك|بعد|حيث)",
    # an exception ("controlam a cidade de X, *com exceção dos* bairros controlados pelas forças
    # curdas": the holding after it is of another place)
    r"\b(?:com|à|con|a)\s+exce(?:ção|pción)\b", r"\bexceto\b", r"\bexcepto\b", r"\bsauf\b",
    r"\bà\s+l['’]exception\b", r"\btranne\b", r"\beccetto\b", r"\bad\s+eccezione\b",
    r"\baußer\b", r"\bmit\s+Ausnahme\b", r"\bbehalve\b", r"\bmet\s+uitzondering\b", r"\bhariç\b",
    r"باستثناء", r"عدا",
    # Indonesian, Malay: after, before, during, except ("X *setelah* selama 4 tahun dikuasai
    # ...": a past holding)
    r"\bsetelah\b", r"\bsebelum\b", r"\bselama\b", r"\bsejak\b", r"\bselepas\b",
    r"\bkecuali\b",
    # Vietnamese, Swahili, Romanian: "but" ("*nhưng*", "*lakini*", "*dar*", "*însă*")
    r"\bnhưng\b", r"\blakini\b", r"\bdar\b", r"\bînsă\b",
)  # fmt: skip
#: The negations that close a holding said after the place in the languages whose verb ends
#: the clause, within a few words after the side (Persian, Urdu, Turkish, Hindi, Bengali: "X
#: تحت سیطره شورشیان *نیست*", "X باغیوں کے قبضے میں *نہیں* ہے", "X YPG'nin kontrolünde
#: *değil*", "X विद्रोहियों के कब्जे में *नहीं* है", "X বিদ্রোহীদের নিয়ন্ত্রণে *নেই*"): no
#: statement.
WORLD_SOV_NEGATIONS: Final = (
    "نیست", "نیستند", "نبود", "نبودند", "نمی", "نہیں", "نہ", "değil", "değildir", "değildi",
    "नहीं", "নেই", "নয়", "নয়", "না",
)  # fmt: skip
__all__ += ["WORLD_SOV_NEGATIONS"]
#: The Turkish holding before its places, the side before it in the genitive
#: ("PKK/YPG'nin Halep'te *işgalinde tuttuğu* X ve Y mahalleleri", "YPG'nin *işgal ettiği*
#: X").
WORLD_TR_HELD_BEFORE: Final = (
    r"(?:işgal|kontrol|denetim)(?:i|ü)nde\s+tuttuğu", r"elinde\s+tuttuğu",
    r"(?:işgal|kontrol)\s+ettiği",
    # ("ÖSO *tarafından kontrol edilen* X", "rejim *tarafından tutulan* X")
    r"taraf[ıi]ndan\s+(?:kontrol\s+edilen|işgal\s+edilen|tutulan|denetlenen)",
    # ("isyancıların *elindeki* X", "SDG'nin *kontrolündeki* X")
    r"(?:elindeki|kontrolündeki|denetimindeki|işgalindeki|hakimiyetindeki)",
    # Estonian, the side before in the genitive too ("mässuliste *kontrolli all olevast* X")
    r"kontrolli\s+all\s+olev\w*",
    # Urdu, the side before with its "of" ("کرد ملیشیا *کے زیر انتظام* علاقہ X", "باغیوں *کے زیر
    # کنٹرول* شہر X")
    r"(?:کے\s+)?زیر\s+(?:کنٹرول|انتظام|قبضہ|تسلط)(?:\s+(?:علاقہ|علاقے|شہر|قصبہ|قصبے|گاؤں))?",
)  # fmt: skip
#: The Turkish siege before its places, the side before it in the genitive ("rejim güçlerinin
#: *kuşatması altındaki* X", "IŞİD'in *kuşattığı* X", "DEAŞ'ın *kuşatma altında tuttuğu* X").
WORLD_TR_BESIEGED_BEFORE: Final = (
    r"kuşatması\s+altındaki", r"kuşattığı", r"kuşatma\s+altında\s+tuttuğu",
    r"ablukası\s+altındaki",
)  # fmt: skip
__all__ += ["WORLD_TR_BESIEGED_BEFORE"]
#: The Turkish fall of a place, its taker before in the genitive ("X, ÖSO'nun *eline geçti*",
#: "X'in YPG'nin *kontrolüne geçmesinin* ardından").
WORLD_TR_FELL: Final = (
    r"(?:eline|kontrolüne|denetimine|hakimiyetine)\s+geç(?:ti|tiler|mişti|mesi\w*|tiği\w*"
    r"|mesiyle)",
    # Azerbaijani ("X ASO-nun *nəzarətinə keçdi*", "*əlinə keçib*")
    r"(?:tam\s+)?(?:nəzarətinə|əlinə)\s+keç(?:di|dilər|ib|miş|mişdi)",
)  # fmt: skip
#: The Turkish passives of a capture that name no agent, the place before them in the locative
#: or the genitive ("Afrin'de *kontrol sağlandı*", "Bab bölgesinin *kontrol altına
#: alınmasıyla*", "X'in *ele geçirilmesinin ardından*"), or after them as a participle ("TSK ve
#: ÖSO güçlerince *kontrolün sağlandığı* X", "Fırat Kalkanı harekatı kapsamında *ele geçirilen*
#: X"): the taker is the side named before them in the sentence (the operation, an agent in
#: "-ce"), else the one named after. Only done: "alınması için", "ele geçirilecek" are aims.
WORLD_TR_PASSIVE_AFTER_LOCATIVE: Final = (
    r"kontrol\s+(?:tamamen\s+|yeniden\s+)?sağlan(?:dı|mıştı|mış)",
    # the active, its subject the side before ("SMO, X'ta *kontrolü ele geçirdi*", "X'ta
    # *kontrolü sağladı*": took control in X)
    r"(?:tam\s+)?kontrol[üu]\s+(?:tamamen\s+|yeniden\s+)?(?:sağla|ele\s+geçir)"
    r"(?:dı|dılar|mıştı|mışlardı|mış)",
)  # fmt: skip
WORLD_TR_PASSIVE_AFTER_GENITIVE: Final = (
    r"(?:tamamen\s+|yeniden\s+)?(?:kontrol\s+altına\s+alınması|ele\s+geçirilmesi"
    r"|kontrolün(?:ün)?\s+sağlanması|kurtarılması|geri\s+alınması)"
    r"(?:y(?:la|le)|n[ıi]n\s+ardından|ndan\s+sonra)",
)  # fmt: skip
#: The Turkish finite passives of a capture after the place in the nominative, its taker
#: named before it in the sentence ("TSK ve ÖSO tarafından kuşatılan El Bab DEAŞ'tan *alındı*",
#: "Münbiç ilçesi *ele geçirildi*", "Afrin teröristlerden *kurtarıldı*"); the bare "alındı"
#: (taken) only after the side it was taken from ("DEAŞ'*tan alındı*").
WORLD_TR_PASSIVE_AFTER_NOMINATIVE: Final = (
    r"(?:geri\s+alın|ele\s+geçiril|kurtarıl|kontrol\s+altına\s+alın)(?:d[ıi]|m[ıi]şt[ıi]|m[ıi]ş)",
)
#: ... the words that may stand between the place and that passive: its kind ("El Bab
#: *ilçesi*"), the side taken from in the ablative ("*DEAŞ'tan*", "*PKK/YPG terör
#: örgütünden*", "*teröristlerden*"), an adverb of degree or time ("*tamamen*", "*dün*").
WORLD_TR_NOMINATIVE_KINDS: Final = (
    r"ilçesi|ilçe\s+merkezi|kenti|şehri|beldesi|köyü|kasabası|mahallesi|bölgesi|barajı"
)
WORLD_TR_PASSIVE_GAP_WORDS: Final = (
    r"[\w/]+['’](?:[dt][ae]n|n[ıi]n\s+elinden)", r"(?:terör\s+)?örgüt(?:ü|leri)nden",
    r"teröristlerden", r"terörden", r"tamamen", r"yeniden", r"dün", r"bugün", r"sonunda",
    r"nihayet", r"resmen", r"haftalar\s+sonra", r"kısa\s+sürede",
)  # fmt: skip
#: Turkish: "from terror", "from the terrorists" before a participle of clearing ("*terörden*
#: arındırılan X"). Turkey's press says it of the places Turkey's army and the Syrian factions
#: it backs (the FSA / SNA) took from the YPG or from ISIS: with no side named in the sentence,
#: the taker is the rebels (:data:`WORLD_TR_TERROR_TAKER`).
WORLD_TR_TERROR_FROM: Final = (
    "terörden",
    "teröristlerden",
    "terör örgütünden",
    "terör örgütlerinden",
    "teröristten",
)
WORLD_TR_TERROR_TAKER: Final = "rebels"
WORLD_TR_PASSIVE_BEFORE: Final = (
    r"kontrolün\s+(?:tamamen\s+)?sağlandığı", r"ele\s+geçirilen", r"kontrol\s+altına\s+alınan",
    r"kurtarılan", r"geri\s+alınan",
    # a place cleared of a side, named right before with its "from" ("PKK/YPG'*den temizlenen*
    # X"; not "mayınlardan temizlenen", cleared of mines: the apostrophe of a name)
    r"(?<=['’][dtDT][aeAE]n\s)(?:temizlenen|arındırılan)",
    # the relative of an active capture, its subject the side before ("SMO'nun / SMO, YPG'den
    # *geri aldığı* X", "*ele geçirdiği* X", "*kurtardığı* X")
    r"geri\s+aldığı", r"ele\s+geçirdiği", r"kurtardığı", r"kontrol\s+altına\s+aldığı",
    # (a place a side cleared of another: "ÖSO'nun DEAŞ'tan *temizlediği* X")
    r"(?<=['’][dtDT][aeAE]n\s)(?:temizlediği|arındırdığı)",
    # a place cleared "of terror", the Turkish press's word for the YPG / PKK and for ISIS
    # ("*terörden arındırılan* X", "*teröristlerden temizlenen* X", "ÖSO'nun *teröristlerden
    # arındırdığı* X"): see WORLD_TR_TERROR_CLEARED
    *(rf"(?<={word}\s)(?:temizlenen|arındırılan|kurtarılan|temizlediği|arındırdığı)"
      for word in WORLD_TR_TERROR_FROM),
)  # fmt: skip
__all__ += [
    "WORLD_TR_NOMINATIVE_KINDS",
    "WORLD_TR_PASSIVE_AFTER_GENITIVE",
    "WORLD_TR_PASSIVE_AFTER_LOCATIVE",
    "WORLD_TR_PASSIVE_AFTER_NOMINATIVE",
    "WORLD_TR_PASSIVE_BEFORE",
    "WORLD_TR_PASSIVE_GAP_WORDS",
    "WORLD_TR_TERROR_FROM",
    "WORLD_TR_TERROR_TAKER",
]  # fmt: skip
#: The fighting words of those languages, before "for" and a place ("*Kämpfe um* X", "*combats
#: pour* X", "*combates por* X", "*scontri per* X", "*бои за* X"): the place is fought over.
#: Before "in" ("combats à X", "Kämpfe im Stadtteil X", "اشتباكات في X") they say that fighting
#: happened there, which states no control (the convention of :data:`FIGHTING`).
WORLD_FIGHTING: Final = (
    r"combats|affrontements|combates|enfrentamientos|scontri|combattimenti|Kämpfe|Gefechte",
    r"Straßenkämpfe|اشتباكات|معارك|бои|столкновения",
)  # fmt: skip
#: The prepositions "for" after those words ("Kämpfe *um* X", "combats *pour* X", "бои *за* X").
WORLD_FIGHTING_FOR: Final = ("um", "für", "pour", "por", "per", "за", "من\\s+أجل")
__all__ += ["WORLD_FIGHTING_FOR"]
#: The place nouns a side's adjective may follow before a place's name ("la ville *rebelle*
#: assiégée d'X", "el *bastión* rebelde de X", "un nouveau *quartier* rebelle, X") or after it
#: ("X, *ciudad* rebelde").
WORLD_MODIFIER_NOUNS: Final = (
    "ville", "localité", "village", "quartier", "bastion", "fief", "enclave", "bourg",
    "ciudad", "localidad", "pueblo", "barrio", "bastión", "feudo", "reducto", "enclave",
    "cidade", "bairro", "vila", "reduto", "bastião", "aldeia",
    "città", "cittadina", "quartiere", "villaggio", "roccaforte", "paese", "enclave",
    "stad", "wijk", "dorp", "bolwerk",
    # an area ("la *zone* rebelle de X", "la *zona* rebelde de X", "a *área* rebelde de X")
    "zone", "secteur", "zona", "área", "sector", "area", "settore",
)  # fmt: skip
#: A side's adjective after such a noun: the rebels' ("rebelle", "rebelde", "ribelle",
#: "insurgé", "opposant"); the government's ("loyaliste", "gouvernemental", "gubernamental",
#: "governativo", "lealista"). (The Kurdish adjective names people there, as in English: "the
#: Kurdish town of X" is no holding.)
WORLD_SIDE_ADJECTIVES: Final[tuple[tuple[str, str], ...]] = (
    ("rebels", r"rebelles?|rebeldes?|ribelli|ribelle|insurgée?s?|insurgentes?|insort[aoie]"
     r"|opposante?s?|opositora?s?|rebellen"),
    ("government", r"loyalistes?|gouvernementale?s?|progouvernementale?s?|gubernamental(?:es)?"
     r"|progubernamental(?:es)?|governativ[aoie]|lealist[aie]|governamenta(?:l|is)"),
)  # fmt: skip
#: The trigger fragments of the rules of the last block of this module (changes, contests,
#: subjects) for the pre-check (lower case, each starting
#: with a letter; the other scripts' are searched only in a caption outside ASCII): the changes of
#: hands after a place ("est *passée* sous", "*pasado a* manos", "*passou para* o controle",
#: "*geriet* unter"), the French reflexive capture ("s'est *emparée*"), the contests, the side's
#: adjectives after a place noun and its compounds, the relative holdings of German and Dutch
#: ("das von der SDG *kontrolliert* wird", "dat door de rebellen *gecontroleerd* wordt"), the
#: Dutch holdings and the Turkish holdings before the place. (A subject that refers back needs a
#: verb, whose trigger is its own.)
WORLD_MORE_TRIGGERS: Final = (
    "empar", r"passée?s?\b", r"pasad[oa]s?\s+a", r"pas(?:ó|aron)\s+a",
    r"pass(?:ou|aram)\s+(?:para|ao|sob)", r"passat[oaie]\s+(?:sotto|nelle|in)",
    r"qued(?:ó|aron)\s+(?:en|bajo)", "geriet", r"control\s+del?\b", r"controle\s+d",
    r"controlo\s+d", r"controllo\s+d", "kontrolle", "eingenommen",
    r"gevechten\s+om", r"strijd\s+om", r"slag\s+om", r"vechten\s+om",
    *(noun + r"\s+(?:[\w-]+\s+)?" + alternation(a for _, a in WORLD_SIDE_ADJECTIVES)
      for noun in WORLD_MODIFIER_NOUNS),
    # the plural parts of a place ("les *quartiers rebelles* d'X", "los *barrios rebeldes* de X")
    *(part + r"\s+(?:[\w-]+\s+)?" + alternation(a for _, a in WORLD_SIDE_ADJECTIVES)
      for part in (r"quartiers", r"barrios", r"bairros", r"quartieri", r"zones", r"zonas",
                   r"áreas", r"aree", r"secteurs", r"sectores", r"settori")),
    # (a share: "la *partie rebelle* d'X", "la *parte rebelde* de X")
    *(share + r"\s+(?:[\w-]+\s+)?" + alternation(a for _, a in WORLD_SIDE_ADJECTIVES)
      for share in (r"partie", r"parte", r"moitié", r"mitad", r"metade", r"metà")),
    r"rebellen-?(?:hochburg|stadt|viertel|bastion|enklave|ort|stadtteil|gebiet|wijk|bolwerk"
    r"|deel|gebied)",
    r"is-(?:hochburg|stadt|bastion|enklave)",
    # (the Nordic "-held" in one word: "*rebellkontroll*erade", "*oprørskontroll*erede")
    "rebellkontroll", "rebellhålln", "oppositionskontroll", "opposisjonskontroll",
    "oprørskontroll", "opprørskontroll", "regimkontroll", "regimekontroll", "regeringskontroll",
    "regjeringskontroll", "kurdkontroll", "kurdiskkontroll",
    "gecontroleerd", "veroverd", "ingenomen", "herover", "verover", "bevrijd",
    r"onder\s+(?:de\s+)?controle", r"in\s+handen",
    r"çat[ıi]şma", r"çarp[ıi]şma", "muharebe", "elindeki", "kontrolündeki", "denetimindeki",
    "işgalindeki", "kuşat",
)  # fmt: skip
WORLD_MORE_SCRIPT_TRIGGERS: Final = (
    "бои", "бої", "борьб", "борот", "сражени", "столкновени", "перейш", "переш",
    "под контроль", "під контроль", "للسيطرة", "оплот", "προπύργια", "ελέγχ", "κατέχ",
    "удержива", "утриму", "захопил", "відбил", "зайнял", "контроль над", "в руках", "у руках",
    "подконтрольн", "підконтрольн", "контрольован", "освобожден", "освобождён", "захвачен",
    "отбит", "звільнен", "захоплен", "відбит", "відвоюванн",
)  # fmt: skip
# ------------------------------------------------- every language: the clause grammar (more)
# The tables of ``rules._world_clause_rules``: a place taken *from* a side ("X, reprise aux
# rebelles"), a siege with its besieger, the Turkish and Russian holdings said after the place,
# and the clauses of Chinese.

#: A capture's participle or verb and the preposition of the side it was taken from, the side
#: named next ("X, ville *reprise au* groupe EI", "X, *arrebatada al* Estado Islámico", "X,
#: *retomada aos* jihadistas", "X, *strappata all'*Isis", "X, *heroverd op* IS"; a relative:
#: "X, qu'ils ont *reprise* dimanche *à* l'EI").
WORLD_TAKEN_FROM: Final = (
    r"(?:repris|pris|conquis|reconquis|arrach[ée])(?:e|es|s)?\s+(?:\w+\s+){0,2}?(?:aux?|à)",
    r"(?:arrebat|recuper|reconquist|conquist|retom|tom|captur)(?:ad[oa]s?|ó|aron|ou|aram)\s+"
    r"(?:\w+\s+){0,2}?(?:al|a(?=\s+l[oa]s\b)|aos?|às?|do|dos)",
    r"(?:strappat|sottratt|ripres|riconquistat|conquistat|tolt)[aoie]\s+(?:\w+\s+){0,2}?"
    r"(?:ai|agli|all['’]|alla|alle|allo|al)",
    r"(?:heroverd|veroverd|ingenomen)\s+op",
    # freed from a side ("X, *befreit vom* IS", "X, *libérée de* l'EI par les FDS", "X, *bevrijd
    # van* IS"): the side named next held it before (its taker after "par" / "durch" / "door")
    r"befreit\s+(?:vom|von)", r"libérée?s?\s+(?:du|des|de|d['’])", r"bevrijd\s+van",
)  # fmt: skip
#: The unnamed fighters a place may be said taken from ("X, un'area appena sottratta *agli
#: islamisti*", "X, reprise *aux jihadistes*", "X, arrebatada *a los yihadistas*"): IS when the
#: caption names IS and not the rebels, the rebels when it names them and not IS, else no one.
WORLD_UNNAMED_FIGHTERS: Final = (
    r"islamist(?:i|as|es|en)", r"jihadist(?:i|as|es)", r"djihadistes", r"yihadistas",
    r"Dschihadisten", r"terrorist(?:i|as|es|en)", r"miliziani",
)  # fmt: skip
__all__ += ["WORLD_UNNAMED_FIGHTERS"]
#: The auxiliaries that put such a siege in the past ("X, que *había sido* sitiada por ...",
#: "X, que *fue* asediada por ...", "X, que *tinha sido* cercada pelos ...", "X, che *era stata*
#: assediata dai ..."): a siege of the past states no holding now, as "had besieged" in English.
WORLD_SIEGE_PAST: Final = (
    r"hab[íi]an?\s+sido", r"fue(?:ron)?", r"(?:tinha|havia)m?\s+sido", r"foi", r"foram",
    r"era(?:no)?\s+stat[aoie]", r"fu(?:rono)?",
)  # fmt: skip
__all__ += ["WORLD_SIEGE_PAST"]
#: A siege's participle after the place, the besieger named next ("X, *assiégée par*
#: l'armée", "X, *sitiada por* ...", "X, *cercada pelas* ...", "X, *assediata dalle* ...",
#: "X, *belagert von* ...", "X *المحاصرة من قبل* قوات النظام", "X, *осажденный* боевиками").
WORLD_BESIEGED_BY: Final = (
    r"assiégée?s?\s+(?:depuis\s+\w+(?:\s+\w+)?\s+)?par", r"encerclée?s?\s+par",
    r"(?:sitiad|asediad|cercad)[oa]s?\s+(?:por|pel[oa]s?)", r"assediat[aoie]\s+da\w*",
    r"(?:belagert|umzingelt|eingekesselt)\s+(?:von|vom|durch)", r"belegerd\s+door",
    r"(?:ال)?محاصر(?:ة|ين)?\s+من\s+قبل", r"(?:التي|الذي)\s+(?:تحاصرها|يحاصرها|تحاصره|يحاصره)",
    r"осажд[её]нн\w*", r"блокированн\w*",
    # Greek ("X, *πολιορκημένη από* τον στρατό")
    r"πολιορκ(?:ημέν|είτ|ούνταν|ούταν)\w*\s+(?:[\w-]+\s+){0,2}?από",
    # Indonesian, Malay ("X yang *dikepung oleh* pasukan pemerintah", "X *terkepung* pemberontak"),
    # Vietnamese ("X *bị bao vây bởi* ...", "X *bị* quân đội Syria *bao vây*"), Swahili ("X
    # *uliozingirwa na* ..."), Romanian ("X, *asediat de* ...", "*încercuit de*")
    r"(?:yang\s+)?(?:dikepung|terkepung)(?:\s+oleh)?",
    r"bị\s+bao\s+vây(?:\s+bởi)?", r"bị(?=\s[^.;,:!?]{1,40}?\sbao\s+vây(?!\w))",
    _SW_SUBJECT + r"(?:li|me|na)(?:o|yo|cho|lo|zo)?zingirwa\s+na",
    r"(?:asediat|încercuit)(?:[ăe]|ul|ului)?\s+de",
    # Persian ("X *در محاصره* داعش", "X *در محاصره کامل* ارتش", "X، *محاصره شده توسط* ...")
    r"در\s+(?:حلقه\s+)?محاصره(?:\s*ی)?(?:\s+(?:کامل|شدید|سنگین))?(?:\s+(?:نیروهای|گروه))?",
    r"(?:که\s+)?(?:به\s+)?محاصره(?:\s+شده|\s+درآمده)\s+(?:توسط|از\s+سوی)",
)  # fmt: skip
#: The Turkish holding after the place, the side before it in the genitive ("X *YPG'nin*
#: *kontrolünde* bulunuyor", "X, DEAŞ'ın *elinde*"), and the Turkish passives with their agent
#: ("X, rejim güçleri *tarafından ele geçirildi*").
WORLD_TR_HELD_AFTER: Final = (
    r"(?:kontrol|denetim|işgal|hakimiyet)(?:i|ü)nde", r"elinde",
    # Azerbaijani ("X ASO-nun *tam nəzarətində*", "üsyançıların *nəzarəti altında*")
    r"(?:tam\s+)?nəzarətində(?:dir)?", r"(?:tam\s+)?nəzarəti\s+altında(?:dır)?", r"əlində",
    # Urdu ("X باغیوں *کے قبضے میں* ہے", "*کے کنٹرول میں*")
    r"کے\s+(?:قبضے|کنٹرول)\s+میں",
    # Hindi ("X विद्रोहियों *के कब्जे में* है", "*के नियंत्रण में*")
    r"के\s+(?:कब्(?:ज\u093c?|\u095b)े|नियंत्रण)\s+में",
    # Bengali ("X বিদ্রোহীদের *দখলে* রয়েছে", "*নিয়ন্ত্রণে*", "*নিয়ন্ত্রণাধীন*")
    rf"(?:দখলে|নি{BN_YA}ন্ত্রণে|নি{BN_YA}ন্ত্রণাধীন)(?![\u0980-\u09ff])",
    # Finnish ("X on kapinallisten *hallussa*", "X on hallituksen joukkojen *hallinnassa*",
    # "Kurdijoukkojen *valvonnassa*", "*käsissä*")
    r"(?:hallussa|hallinnassa|valvonnassa|käsissä)",
)  # fmt: skip
WORLD_TR_TAKEN_BY: Final = (
    r"taraf[ıi]ndan\s+(?:ele\s+geçirildi|geri\s+alındı|kurtarıldı|işgal\s+edildi"
    r"|kontrol\s+altına\s+alındı)",
    r"taraf[ıi]ndan\s+kuşatıl(?:dı|an|mış)",
)  # fmt: skip
#: The verbs of a side driving another out of a place, the side driven out after them and the
#: place after "from" ("Les FDS *ont chassé* l'EI de X", "los kurdos *expulsaron* al EI de X",
#: "*hanno cacciato* l'Isis da X", "*vertrieben* den IS aus X", "*طرد* الجيش المسلحين من X"; the
#: passive: "l'EI *a été chassé* de X par les FDS").
WORLD_DRIVE_OUT: Final = (
    r"chass(?:é|ée|és|ées|ent|ait|aient|a|èrent)", r"délog(?:é|ée|és|ées|ent|ait|a|èrent)",
    r"expuls(?:é|ée|és|ées|ent|ait|a|èrent|ó|aron|ado|ada|ados|adas|ou|aram|at[oaie]|ano)",
    r"(?:s)?cacciat[oaie]|cacciano|cacciarono", r"vertrieb(?:en)?|verjagt(?:en)?",
    r"طرد|طردت|طردوا|أخرج|أخرجت|أخرجوا|دحر|دحرت|دحروا",
)  # fmt: skip
#: The Chinese sides (simplified and traditional), IS before the rebels ("极端组织“伊斯兰国”"),
#: the rebels before the government ("反政府武装" holds "政府武装").
WORLD_ZH_SIDES: Final[tuple[tuple[str, str], ...]] = (
    ("islamic_state", r"[“\"「]?伊斯兰国[”\"」]?(?:组织|武装(?:分子)?|极端分子)?"
     r"|[“\"「]?伊斯蘭國[”\"」]?|达伊沙|IS(?![A-Za-z])"),
    ("kurdish", r"(?:库尔德|库德|庫爾德|庫德)(?:族)?"
     r"(?:武装|武裝|民兵|人民保护部队|部队|部隊|工人党)?"
     r"|叙利亚民主(?:力量|军)|敘利亞民主(?:力量|軍)|人民保护部队|YPG|SDF"),
    ("rebels", r"反对派(?:武装)?(?:分子)?|反對派(?:武裝)?|反政府武装(?:分子)?|反政府武裝"
     r"|叛军|叛軍|(?:叙利亚)?自由军|敘利亞自由軍|(?:叙利亚)?国民军|武装分子|武裝分子"
     r"|努斯拉阵线|征服阵线|征服军|沙姆解放组织|沙姆自由人|反对势力|反對勢力|反政府势力|反政府勢力"
     r"|反抗军|反抗軍"
     # (the rebels of the later years by the name of the group, and "the insurgent forces":
     # "*哈亚特解放沙姆*", "*沙姆解放阵线*", "*反叛武装*")
     r"|哈亚特(?:·|・)?解放沙姆|哈耶特(?:·|・)?解放沙姆|沙姆解放(?:阵线|陣線|組織)|解放沙姆(?:组织|阵线)?"
     r"|反叛武装|反叛武裝|反叛分子|叛乱武装|叛亂武裝|叛乱分子|叛亂分子|HTS"),
    ("government", r"(?:叙利亚|叙|敘利亞|敘)?政府军"
     r"|(?:叙利亚|叙|敘利亞)(?:阿拉伯)?(?:军队|军方|軍隊|軍方)"
     r"|叙军|敘軍|政府武装|阿萨德(?:政府|部队)|真主党|(?:叙利亚|叙|敘利亞|敘)?政府(?=手中|手裡|控制)"),
)  # fmt: skip
#: The Chinese verbs of a capture ("收复", "攻占", "夺回", "解放"), and of a holding ("控制",
#: "掌控", "盘踞"); "控制了" / "重新控制" / "全面控制" take.
WORLD_ZH_TAKE: Final = (
    "收复", "收復", "攻占", "攻佔", "夺回", "奪回", "夺取", "奪取", "攻克", "拿下", "解放",
    # (won, retook, took over, stormed, recovered: "*夺得*", "*光复*", "*接管*", "*攻陷*", "*收回*")
    "夺得", "奪得", "光复", "光復", "接管", "攻陷", "收回", "重新夺回", "重新奪回",
    "占领", "佔領", "重新控制", "重新掌控", "控制了", "全面控制", "完全控制", "进入并控制",
)  # fmt: skip
WORLD_ZH_HOLD: Final = (
    "控制", "掌控", "盘踞", "盤踞", "据守", "據守", "把守",
    # (occupies, holds, rules: "*占据*", "*掌握*", "*实际控制*", "*统治*")
    "占据", "佔據", "掌握", "实际控制", "實際控制", "统治", "統治",
    # (rules over, before the place it rules: "“伊斯兰国”*治下*的X")
    "治下",
)  # fmt: skip
#: The Chinese verbs of a siege ("政府军*包围*了X", "被IS*围困*的X"): the place besieged by the
#: subject (or the agent after "被").
WORLD_ZH_SIEGE: Final = ("包围", "包圍", "围困", "圍困", "围攻", "圍攻")
#: The Chinese verbs of an expulsion, the place said before them after "在" ("库尔德武装*在*X
#: 成功*驱逐*了“伊斯兰国”"): a capture of the place by the subject, from the side expelled.
WORLD_ZH_EXPEL: Final = ("驱逐", "驅逐", "赶走", "趕走", "逐出", "赶出", "趕出")
#: The Chinese verbs of a loss, the side that lost the place their subject ("政府军*失守*X").
WORLD_ZH_LOSE: Final = ("失守", "丢失", "丟失", "丢掉", "丟掉", "失去")
#: The Chinese words that make a clause an aim, an attempt, a denial, a threat or a part only
#: ("试图收复", "准备攻占", "否认", "未能", "部分地区"); a place only near ("X附近") is the rule's
#: own test.
WORLD_ZH_HEDGES: Final = (
    "试图", "試圖", "企图", "企圖", "准备", "準備", "计划", "計劃", "打算", "意图", "意圖",
    "未能", "没能", "沒能", "没有", "沒有", "尚未", "否认", "否認", "即将", "即將", "将要",
    "可能", "力图", "力圖", "旨在", "以便", "为了", "為了", "威胁", "威脅", "声称", "聲稱",
    "部分", "一些",
)  # fmt: skip
#: The Korean and Japanese sides, in the order they are tried (the rebels' "반정부군" and
#: "反政府勢力" before the government's "정부군" and "政府"); each may be followed by a particle.
WORLD_KO_SIDES: Final[tuple[tuple[str, str], ...]] = (
    ("islamic_state", r"(?<![A-Za-z])(?:IS|ISIS|ISIL|이슬람\s?국가|이슬람국가\(IS\))"
     r"(?:\s?무장\s?(?:세력|단체|조직))?(?![A-Za-z])"),
    ("kurdish", r"쿠르드(?:족)?(?:\s?(?:민병대|민병대원들?|세력|군|반군|병력))?"
     r"|(?:시리아\s?민주군|(?<![A-Za-z])(?:SDF|YPG))(?:\s?\((?:SDF|YPG|시리아\s?민주군)\))?"),
    ("rebels", r"반정부\s?(?:군|세력|무장\s?세력|반군)|반군(?:\s?세력|들)?|자유시리아군"
     # (HTS by its name, its initials in brackets after it: "하야트 타흐리르 알샴(HTS)이")
     r"|(?:하야트\s?타흐리르\s?(?:알\s?)?샴|(?<![A-Za-z])HTS)(?:\s?\((?:HTS|하야트[^)]{0,12})\))?"
     r"|시리아\s?국민군|누스라\s?전선"),
    ("government", r"(?:시리아\s?)?정부군|시리아군|(?:아사드\s?)?정권군|아사드\s?정권(?:\s?군)?"
     r"|시리아\s?(?:군|정부)"),
)  # fmt: skip
#: Japanese: what follows "the Kurds" as a place's people or kind ("クルド人*が暮らす* X",
#: "クルド人*の町* X", "クルド*の街*"), no side.
JA_KURDISH_PEOPLE: Final = (
    r"が(?:多く)?(?:暮ら|住)|の(?:町|街|都市|村|住民|市民|難民|人々|家族|子ども|子供|女性|男性)"
)
WORLD_JA_SIDES: Final[tuple[tuple[str, str], ...]] = (
    ("islamic_state", r"(?:過激派組織)?(?:イスラム国|ＩＳ|(?<![A-Za-z])(?:IS|ISIS)(?![A-Za-z]))"),
    # (not the Kurds as a place's people: "*クルド人が暮らす* X", "*クルド人の町* X")
    ("kurdish", r"クルド(?:人)?(?:勢力|部隊|民兵(?:組織)?|武装組織)"
     # (the YPG and the Autonomous Administration the Kurdish-led forces answer to: "*クルド
     # 人民防衛隊*", "*北・東シリア自治局*", "*北東シリア自治政府*")
     r"|クルド人民防衛隊|(?:北・?東シリア|北東シリア|シリア北・?東部)自治(?:局|政府|行政区?)"
     rf"|クルド(?:人(?!{JA_KURDISH_PEOPLE})|(?!人|{JA_KURDISH_PEOPLE}))|シリア民主軍|SDF|YPG"),
    ("rebels", r"反体制派(?:武装勢力|勢力|部隊)?|反政府(?:武装)?(?:勢力|組織)|反政府派"
     r"|自由シリア軍"
     # (HTS and the Nusra Front by their names: "*ハイアト・タハリール・アル・シャーム*",
     # "*シャーム解放機構*", "*ヌスラ戦線*", "*HTS*"; the Syrian National Army)
     r"|(?:ハイアト|ハヤト|ハイアット|ハイヤト)・?タハリール・?(?:アル・?)?シャーム|シャーム解放機構"
     r"|ヌスラ戦線|(?<![A-Za-z])HTS(?![A-Za-z])|シリア国民軍"),
    ("government", r"(?:シリア)?政府軍|シリア軍|(?:アサド)?政権(?:軍|側)|アサド政権"
     # (the government by its rule: "*政府*統治下のX", "*政府側*が支配する")
     r"|(?:シリア)?政府側|(?:シリア)?政府(?=の?(?:統治|支配|実効支配|管理)下)"),
)  # fmt: skip
#: The Korean verbs of a capture ("탈환", "장악", "점령", "함락", "진입" as the verb of a main
#: clause), of a holding ("통제", "지배") and of a siege ("포위"); the Japanese ones
#: ("奪還", "制圧", "掌握", "占領", "陥落", "解放"; "支配", "実効支配"; "包囲").
WORLD_KO_TAKE: Final = (
    "탈환",
    "재탈환",
    "장악",
    "재장악",
    "점령",
    "재점령",
    "함락",
    "진입",
    "수복",
    "해방",
    # (the native verbs, with the past or linking tail they are read in: "X를 *되찾았다*",
    # "X를 *빼앗으며*")
    "되찾았",
    "되찾으며",
    # (took, took over: "X를 *차지*했다", "X를 *접수*했다")
    "차지",
    "접수",
    "빼앗았",
    "빼앗으며",
)
WORLD_KO_HOLD: Final = ("통제", "지배")
#: Korean: the sides whose "area" named right after a place is their holding ("알레포
#: *반군지역*", "X *정부군 지역*"); not the Kurds, whose "쿠르드족 지역" is where they live.
WORLD_KO_AREA_SIDES: Final = frozenset({"rebels", "government", "islamic_state"})
WORLD_KO_SIEGE: Final = ("포위",)
WORLD_JA_TAKE: Final = (
    "奪還", "奪回", "制圧", "掌握", "占領", "陥落", "解放", "奪取", "攻略",
    # (took back, took over: "*取り戻*した", "*取り返*した", "*掌握*した", "*接収*した")
    "取り戻", "取り返", "接収",
)  # fmt: skip
WORLD_JA_HOLD: Final = ("実効支配", "支配", "占拠", "統治")
WORLD_JA_SIEGE: Final = ("包囲",)
#: The Korean and Japanese words that make a clause an aim, an attempt, a plan, a denial or a
#: failure ("탈환을 *시도*", "탈환할 *계획*", "奪還を*目指す*", "制圧を*狙う*").
WORLD_KO_HEDGES: Final = (
    "시도", "계획", "하려", "위해", "목표", "노리", "부인", "못했", "못한", "실패", "예정", "위협",
    "주장", "작전을", "공세", "할 것", "할 수", "준비", "나설", "임박",
)  # fmt: skip
WORLD_JA_HEDGES: Final = (
    "目指", "めざ", "狙", "試み", "計画", "予定", "否定", "できず", "失敗", "ため", "ようと",
    "準備", "見通し", "とみられ", "主張", "作戦", "攻勢", "迫る",
    # (a negation: "奪還に成功*していない*", "制圧でき*なかった*")
    "ていない", "なかった", "ません",
    # (a possibility, a fear: "*可能性*がある", "*かもしれない*", "*恐れ*がある")
    "可能性", "かもしれ", "恐れ",
)  # fmt: skip
#: The Korean and Japanese words of a place only near, around or part of another ("알레포
#: *인근*", "アレッポ*近郊*").
WORLD_KO_JA_NEAR: Final = (
    "인근", "근처", "부근", "외곽", "주변", "일부", "교외", "쪽", "방면",
    "近く", "近郊", "付近", "周辺", "郊外", "の一部", "方面",
)  # fmt: skip
#: Korean: the words that end a done clause inside its sentence after a relative's "한" ("X를
#: 다시 장악한 *가운데*", "X를 탈환한 *뒤*"): what follows is another clause, whose aims or
#: threats ("위협을 피해") are not the capture's.
WORLD_KO_DONE_CLAUSE_ENDS: Final = ("가운데", "뒤", "후", "이후", "직후", "다음")
#: Korean: a side's stronghold, named right before the place ("IS의 *요충지인* 만비즈", "IS
#: *근거지* 알바브", "반군의 *거점 도시인* X"): the side holds the place (not "옛 거점", a former
#: one, which never stands between the side and the noun).
WORLD_KO_STRONGHOLDS: Final = (
    "근거지", "본거지", "요충지", "거점", "거점 도시", "거점도시", "아성", "수도", "텃밭", "본산",
)  # fmt: skip
#: The Korean and Japanese trigger fragments for the pre-check.
WORLD_KO_JA_TRIGGERS: Final = (
    *WORLD_KO_TAKE, *WORLD_KO_HOLD, *WORLD_KO_SIEGE, *WORLD_JA_TAKE, *WORLD_JA_HOLD,
    *WORLD_JA_SIEGE, "지역인", "支配地域", *WORLD_KO_STRONGHOLDS,
    # (a place two sides fight for: "X를 놓고 ... 교전", "X를 장악하려는 A와 B의 공방전")
    "공방", "쟁탈전", "둘러싼", "둘러싸고", "를 놓고", "을 놓고", "를 두고", "을 두고",
    "の手に", "の手中", "곳이다", "곳이며", "손에 넘어", "손에 들어",
    # (a side's area after the place: "알레포 반군지역이", "X 정부군 지역으로")
    "군지역", "군 지역", "IS 지역", "IS지역",
)  # fmt: skip
#: Korean: the words that make a capture's noun a side's "victory" ("X 탈환은 정권에 큰
#: *승리*": the side the victory is of took X), and the words that refer back to a place named
#: before in the sentence as a verb's object ("X의 치안을 회복해 *이곳*을 해방했다").
WORLD_KO_VICTORY: Final = ("승리", "승전")
WORLD_KO_PLACE_ANAPHORS: Final = ("이곳", "그곳", "이 도시", "이 지역", "이도시", "이지역")
#: The same in Japanese ("*同市*を奪還した", "*この町*を制圧した").
WORLD_JA_PLACE_ANAPHORS: Final = ("同市", "同町", "同村", "この町", "この街", "この都市", "同地")
#: Korean: the outskirts of a city's part a relative of holding describes ("반군이 장악하고
#: 있는 X 서쪽 *외곽 지역*": the part is held, not a place near it).
WORLD_KO_PART_OUTSKIRTS: Final = ("외곽 지역", "외곽지역", "외곽")
__all__ += [
    "WORLD_JA_HEDGES",
    "WORLD_JA_HOLD",
    "WORLD_JA_PLACE_ANAPHORS",
    "WORLD_JA_SIDES",
    "WORLD_JA_SIEGE",
    "WORLD_JA_TAKE",
    "WORLD_KO_AREA_SIDES",
    "WORLD_KO_DONE_CLAUSE_ENDS",
    "WORLD_KO_HEDGES",
    "WORLD_KO_HOLD",
    "WORLD_KO_JA_NEAR",
    "WORLD_KO_JA_TRIGGERS",
    "WORLD_KO_PART_OUTSKIRTS",
    "WORLD_KO_PLACE_ANAPHORS",
    "WORLD_KO_SIDES",
    "WORLD_KO_SIEGE",
    "WORLD_KO_STRONGHOLDS",
    "WORLD_KO_TAKE",
    "WORLD_KO_VICTORY",
]  # fmt: skip
#: A city split between sides said by its participle before it, as "the divided city of Aleppo"
#: in English: Chinese ("*被分割的城市*阿勒颇", "*分裂的*阿勒颇"), Japanese ("*分断された都市*
#: アレッポ", "*二分された*アレッポ"), Korean ("*분단된 도시* 알레포", "*둘로 나뉜* 알레포"),
#: Turkish ("*bölünmüş kent* Halep", "*ikiye bölünmüş* Halep"): contested. The participles, then
#: the city's noun that may follow them; and "this divided city" after the city named before in
#: the caption ("阿勒颇 ... *这座被分割的城市*", "アレッポ ... *この分断された都市*").
WORLD_CJK_DIVIDED: Final = (
    "被分割", "被分裂", "分裂", "被一分为二", "被一分為二", "一分为二", "一分為二", "分治",
    "分断された", "二分された", "분단된", "분할된", "양분된", "둘로 나뉜", "둘로 쪼개진",
)  # fmt: skip
WORLD_TR_DIVIDED: Final = (r"(?:ikiye\s+)?bölünmüş", r"parçalanmış")
WORLD_DIVIDED_CITY_NOUNS: Final = (
    r"的?(?:城市|城)", r"の?(?:都市|街|町)", r"\s?(?:도시|도시인)", r"\s+(?:kent|şehir)",
)  # fmt: skip
WORLD_DIVIDED_ANAPHORS: Final = ("这座", "這座", "该", "該", "この", "이 ", "bu ")
__all__ += [
    "WORLD_CJK_DIVIDED", "WORLD_DIVIDED_ANAPHORS", "WORLD_DIVIDED_CITY_NOUNS", "WORLD_TR_DIVIDED",
]  # fmt: skip
#: The trigger fragments of these tables for the pre-check (Latin in lower case; the others
#: looked for only in a caption outside ASCII).
WORLD_CLAUSE_TRIGGERS: Final = (
    r"(?:repris|pris|conquis|reconquis|arrach[ée])(?:e|es|s)?\s+(?:\w+\s+){0,2}?(?:aux?|à)\b",
    r"arrebat", "strappat", "sottratt", "tolt[aoie]", r"heroverd\s+op", r"veroverd\s+op",
    r"libérée?s?\s+(?:du|des|de|d['’])", r"bevrijd\s+van",
    r"ingenomen\s+op", r"(?:ripres|riconquistat|conquistat)[aoie]\s", r"retom(?:ad|ou|aram)",
    r"chass", r"délog", r"expuls", r"cacci", r"vertrieb", r"verjagt", r"avoir\s+",
    r"(?:recuper|reconquist|conquist|tom|captur)(?:ad[oa]s?|ó|aron|ou|aram)\s",
    "assiég", r"encerclée?s?\s+par", "sitiad", "asediad", r"cercad[oa]s?\s+p",
    "assediat", "belagert", "umzingelt", "eingekesselt", "belegerd", r"taraf[ıi]ndan",
    r"(?:zurück)?erobert\b", r"eingenommen\b", r"befreit\b", r"eingeschlossen\b",
    r"(?:kontrol|denetim|işgal|hakimiyet)(?:i|ü)nde", "elinde", r"kontrolli\s+all",
    # the Turkish passives without an agent ("kontrol sağlandı", "kontrolün sağlandığı", "ele
    # geçirilen", "kontrol altına alınması": "ele geçir", "kontrol altına" are triggers already)
    r"kontrol(?:ün)?\s+(?:tamamen\s+|yeniden\s+)?sağlan", "kurtarıl", r"geri\s+alın",
    r"kontrol\s+altına\s+alın", r"ele\s+geçiril",
    # a place cleared of a side or taken back by one, before it ("YPG'den temizlenen X", "geri
    # aldığı X", "ele geçirdiği X", "kurtardığı X")
    "temizlen", "temizlediği", "arındırıl", "arındırdığı", r"geri\s+aldığı", r"ele\s+geçirdiği",
    "kurtardığı",
    r"(?:kontrolüne|denetimine|hakimiyetine)\s+al",
    # (a place taken from a side, in the passive after it: "El Bab DEAŞ'*tan alındı*")
    r"tan\s+alın", r"ten\s+alın", r"dan\s+alın", r"den\s+alın",
    r"kontrol[üu]\s+(?:tamamen\s+|yeniden\s+)?(?:sağla|ele\s+geçir)",
    # the sieges of Indonesian, Malay, Vietnamese, Swahili, Romanian ("*dikepung*", "*bị bao
    # vây*", "*zingirwa*", "*asediat*"), the Azerbaijani holdings ("*nəzarətində*")
    "dikepung", "terkepung", r"bao\s+vây", "zingirwa", "asediat", "încercuit", "nəzarət", "əlində",
    # (a divided city in Turkish: "*bölünmüş* kent Halep")
    "bölünmüş", "parçalanmış",
    # the Finnish holdings after the side ("kapinallisten *hallussa*")
    "hallussa", "hallinnassa", "valvonnassa", "käsissä",
    # the Slavic participles before the place, their agent after them ("w *kontrolowanym* przez
    # rebeliantów mieście X"), and the Nordic compounds ("den *rebellkontrollerade* staden X")
    *(p for p in WORLD_SLAVIC_HELD_PARTICIPLES + WORLD_SLAVIC_TAKEN_PARTICIPLES if p.isascii()),
    "kontrolisan", "ovládan", "zajęt", "przejęt",
    r"(?:is|isis|sdf|ypg)-kontroll", r"(?:rebell|opprørs|oprørs|upprors|oppositions?|regim"
    r"|regerings|regjerings|kurd|kurdisk|armé)-?kontroll",
)  # fmt: skip
WORLD_CLAUSE_SCRIPT_TRIGGERS: Final = (
    # (the Slavic participles before the place in Cyrillic: "у *підконтрольному* повстанцям
    # місті X", "в *контролирания* от армията град X")
    *(p for p in WORLD_SLAVIC_HELD_PARTICIPLES + WORLD_SLAVIC_TAKEN_PARTICIPLES if not p.isascii()),
    "محاصر", "تحاصر", "يحاصر", "حصار", "طرد", "أخرج", "دحر", "осажд", "блокирован", "освобожд",
    "захвачен", "отбит", "πολιορκ",
    "контролируем", "به دست", "پس گرفت", "آزادسازی", "تحت کنترل", "پاکسازی", "پس گرفته",
    *WORLD_ZH_TAKE, *WORLD_ZH_HOLD, *WORLD_ZH_LOSE, *WORLD_ZH_EXPEL,
    "落入", "手中", "控制下", "控制之下",
    "包围在", "包圍在", "围困在", "圍困在", "用作", "用做", "光复", "光復", *WORLD_ZH_SIEGE,
    *WORLD_KO_JA_TRIGGERS, *WORLD_CJK_DIVIDED,
    # Urdu ("*زیر* کنٹرول", "کے *قبضے* میں", "پر *قبضہ* کر لیا", "کا *کنٹرول* ... سنبھال لیا")
    "زیر", "قبضے", "قبضہ", "کنٹرول",
    # Hebrew ("*כבשו*", "*שחררו*", "*השתלטו*"; "*בשליטת*", "*בידי*", "*מעוז*", "*נכבשה*",
    # "*שוחררה*")
    "כבש", "שחרר", "השתלט", "שליט", "בידי", "מעוז", "נכבש", "שוחרר",
    # Hindi ("पर *कब्जा* कर लिया", "*नियंत्रण* में", "को *आज़ाद* करा लिया")
    "कब्ज", "कब्ज़", "नियंत्रण", "आजाद", "आज़ाद", "आज़ाद", "मुक्त",
    # Bengali ("*দখল*", "*নিয়ন্ত্রণ*", "*মুক্ত*", "*পুনরুদ্ধার*")
    "দখল", "নিয়ন্ত্রণ", "নিয\u09bcন্ত্রণ", "মুক্ত", "পুনরুদ্ধার",
)  # fmt: skip
__all__ += [
    "WORLD_BESIEGED_BY", "WORLD_CLAUSE_SCRIPT_TRIGGERS", "WORLD_CLAUSE_TRIGGERS",
    "WORLD_DRIVE_OUT", "WORLD_TAKEN_FROM",
    "WORLD_TR_HELD_AFTER", "WORLD_TR_TAKEN_BY", "WORLD_ZH_EXPEL", "WORLD_ZH_HEDGES",
    "WORLD_ZH_HOLD", "WORLD_ZH_LOSE", "WORLD_ZH_SIDES", "WORLD_ZH_SIEGE", "WORLD_ZH_TAKE",
]  # fmt: skip

#: The trigger fragments of those rules in the Latin scripts, for the pre-check (lower case,
#: each starting with a letter).
WORLD_LATIN_TRIGGERS: Final = (
    # the hand-overs of WORLD_LOSE_VERBS ("ont *remis* X à l'armée", "*entregaron* X",
    # "*consegnato*", "*übergaben*")
    r"remis\b", r"remet", "cédé", r"cèden?t?\b", "rétrocéd", "entreg", r"ced(?:ió|ieron)\b",
    "consegn", r"ced(?:uto|ette|ettero)\b", "übergab", *WORLD_TR_HANDOVER_VERBS,
    # the participles of WORLD_TAKEN_BY before an operation's frame ("*prise lors* de
    # l'opération ...", "*presa durante* l'operazione ...")
    r"(?:re)?prise?s?\s+(?:lors|pendant|durant|au\s+cours|dans\s+le\s+cadre)",
    r"(?:conquis|capturé)e?s?\s+(?:lors|pendant|durant|au\s+cours|dans\s+le\s+cadre)",
    r"(?:pres|conquistat|catturat)[aoie]\s+(?:durante|nel\s+corso)",
    "contrôl", r"tenue?s?\s+par", r"détenue?s?\s+par", r"occupée?s?\s+par", r"dominée?s?\s+par",
    r"aux\s+mains", r"entre\s+les\s+mains", "bastion", "basti[óã]", "fief", "bolwerk",
    "controlad", "dominad",
    r"ocupad[oa]s?\s+p", r"mantid[oa]s?\s+p", r"en\s+manos", "mãos", r"bajo\s+(?:el\s+)?control",
    r"bajo\s+(?:el\s+)?dominio", r"sob\s+(?:o\s+)?(?:controle|controlo|domínio)", r"en\s+poder",
    r"em\s+poder", "feudo", "reduto", "reducto", "controllat", r"occupat[aoie]\s+da",
    r"tenut[aoie]\s+da", r"in\s+mano", r"nelle\s+mani", r"sotto\s+(?:il\s+)?controllo",
    "roccaforte", "roccaforti", "twierdz", "bastioane", "uporišta",
    "kontroll", "gehalten", "besetzt", "beherrsch", r"in\s+der\s+hand",
    r"in\s+den\s+händen", "hochburg", r"tomb\w*\s+(?:aux|entre)", r"cay[óe]", r"caer\b", "caído",
    r"cair\b", "caiu", "caíram", "cadut", "cadere", r"fiel(?:en)?\s+(?:an|in)\b", r"pris\b",
    r"prise?s?\s+par", r"repris", "conquis", "reconquis", "libéré", "capturé", "tomad",
    "conquist", "reconquist", "riconquist", "capturad", "recuperad", "retomad", "liberad",
    "libertad",
    r"pres[aoie]\s+da", r"pres[aoie]\s+a", r"ripres[aoie]\s+da", "liberat", "catturat",
    "strappato", "erober",
    "zurückerober", "eingenommen", "befreit", "tiennent", "besetz", "assièg", "assiég",
    "asedi", "sitia", "sitió", "sitiou", "assedia", r"bajo\s+(?:la\s+)?administración",
    r"sob\s+(?:a\s+)?administração", "amministrazione", r"sous\s+(?:l['’]\s*)?administration",
    r"eine[nmr]?\s+(?:teil|hälfte)", r"(?:andere[nmr]?|autre|otra|outra|altra)\s+"
    r"(?:teil|hälfte|partie|moitié|parte|mitad|metade|metà)",
    "verteidig", r"défenden?t\b", r"defiend(?:e|en)\b", r"difend(?:e|ono)\b", r"defend(?:e|em)\b",
    r"asedi(?:an|aban|aron)", r"siti(?:an|aban|aron|am|aram)\b", r"cerca(?:m|ram)\b",
    r"assedia(?:no|vano)\b", r"belager(?:n|ten)\b", r"umzingel(?:n|ten)\b", "kesselten",
    r"beleger(?:en|den)\b", "verteidigungseinheiten", r"protection\s+du\s+peuple",
    r"protecci[óo]n\s+popular", r"proteção\s+popular", r"protezione\s+popolare",
    "controla", r"domina[nm]?\b",
    "controlla", r"vient\s+de", r"viennent\s+de", r"s['’]empar", "reprend", "conquiert",
    "conquièrent", r"tom(?:ó|aron|ou|aram)\b", r"recuper(?:ó|aron|ou|aram)\b",
    r"captur(?:ó|aron|ou|aram)\b", r"retom(?:ó|aron|ou|aram)\b", r"liber(?:ó|aron)\b",
    r"recuperan?\b", r"retoman?\b",
    r"libert(?:ou|aram)\b", "tomado", "recuperado", "capturado", "liberado", "libertado",
    r"hecho\s+con\b", r"hizo\s+con\b", r"hicieron\s+con\b", r"assum(?:iu|iram)\b",
    r"o\s+controle\b", r"preso\b",
    r"ripreso\b", r"nahm(?:en)?\b", r"ele\s+geçir", "kurtar", r"kontrol\s+altına", "işgal",
    r"temizle(?:di|miş)",
    r"elinde\s+tuttuğu", "denetim", "reconquête", r"prise\s+d", r"reprise\s+d", "libération",
    r"toma\s+de", "recuperación", "liberación", "retomada", r"tomada\s+d", "libertação",
    r"presa\s+di",
    r"ripresa\s+di", "liberazione", "rückeroberung", "eroberung", "einnahme", "befreiung",
    "umkämpft", "disputé", "disputad", r"contes[oa]\b", "conflictiv", "combats",
    r"perd(?:eu|eram|ió|ieron|ido|u)\s", r"perso\s+il", "verlor", "verloor",
    "affrontements", "combates", "enfrentamientos", "scontri", "combattimenti", "kämpfe",
    "gefechte", r"stra(?:ß|ss)enkämpfe", r"eline\s+geç", r"kontrolüne\s+geç", r"denetimine\s+geç",
    r"hakimiyetine\s+geç", r"taraf[ıi]ndan\s+(?:kontrol|işgal|tutulan|denetlenen)",
    # a place cleared of a side, taken back by one ("YPG'den *temizlen*en X", "*geri ald*ığı
    # X"), control taken in it ("X'ta *kontrolü sağla*dı")
    "temizlen", "arındırıl", r"geri\s+ald", r"kontrol[üu]\s+sağla",
    # Indonesian, Malay ("X yang *dikuasai* pemberontak", "*di bawah kendali*")
    "dikuasai", r"di\s+bawah\s+(?:kendali|kawalan)",
    "menguasai", "merebut", r"mengambil\s+alih", "membebaskan", r"menawan\s+semula",
    # Bosnian, Croatian, Serbian ("*pod kontrolom*", "*kontroliran od strane*", "*u rukama*")
    r"pod\s+(?:potpunom\s+|punom\s+)?kontrolom", r"kontrolira\w*\s+od", r"kontrolisa\w*\s+od",
    r"u\s+rukama",
    # Polish ("*pod kontrolą*", "*kontrolowane przez*", "*w rękach*", "*odbiła*", "*zajęli*")
    r"pod\s+(?:pełną\s+)?kontrol", "kontrolowan", r"w\s+rękach", "odbił", "odbit", "zdoby",
    "kontroluj", r"kontrolę\s+nad", r"panuj(?:ą|e)\s+nad", "odbil", "wyzwolil", "opanowal",
    "kontrolir", "kontroliš", "inname", "odbici", "przejęci", "oslobođenj", "oslobodjenj",
    "zauzimanj", "osvajanj", "eliberar", r"od\s+strane", r"em\s+mãos", r"in\s+der\s+gewalt",
    r"in\s+de\s+handen", r"bezet\s+door", "okupowan", "zajmowan", r"sous\s+la\s+coupe",
    "emprise", r"dominat[aoie]\s+da", "espugnat", r"strappat[aoie]\b",
    r"drž(?:e|i)\b", "zauze", "osvoji", "oslobodi", r"kontrolu\s+nad",
    "tient", "détien", r"control\s+(?:de|del|sobre)\b", "detêm", "detém", r"controle\s+sobre",
    "detengo", "detiene", r"controllo\s+su\b", r"pri(?:t|rent)\b", r"conqui(?:t|rent)\b",
    r"libér(?:a|èrent)\b", "apoder", "arrebat", r"liber(?:ou|aram)\b", r"conquist(?:ò|arono)",
    r"liber(?:ò|arono)", r"presero\b", "impadronit", "espugnat", r"kontrolle\s+über",
    "zurückgew", r"controle\s+over",
    "zajął", "zajęł", "zajęl", "zajęt", "wyzwoli", "opanowa", "przejął", "przejęł", "przejęl",
    # (what a side managed to take: "rebeliantom *udało się* zająć X")
    r"udało\s+się",
    "przejęt",
    # Vietnamese ("X do phiến quân *kiểm soát*", "*nắm giữ*", "*trong tay*")
    r"kiểm\s+soát", r"nắm\s+giữ", r"chiếm\s+giữ", r"trong\s+tay",
    # (Indonesian, Malay: the passives, the pockets, the falls: "*direbut*", "*di rebut*",
    # "*dibebaskan*", "*diambil alih*", "*ditawan*", "*dirampas*", "*dikendalikan*", "*diduduki*",
    # "*kantong*", "*markas*", "*jatuh ke tangan*", "*menawan*", "*menduduki*")
    "rebut", "direbut", "dibebaskan", "pembebasan", r"diambil\s+alih", "ditawan", "dirampas",
    "dikendalikan", "diduduki", "mengendalikan", "menduduki", "menawan", "merampas",
    r"kontrol\b", "kantong", "markas", r"jatuh\s+ke",
    # (Vietnamese: "*giành*", "*chiếm*", "*lấy lại*", "*giải phóng*", "*rơi vào tay*", "*về tay*")
    "giành", "chiếm", r"lấy\s+lại", r"giải\s+phóng", r"rơi\s+vào\s+tay", r"về\s+tay",
    # Swahili: a verb's root after its prefixes of subject, tense and object ("*wameuteka*",
    # "*vimeukomboa*", "*inayodhibitiwa*", "*ulitekwa*", "*uliozingirwa*", "*wamechukua
    # udhibiti*"), and "*mikononi*", "*ngome*"
    *(prefix + r"\w{0,5}?(?:teka|tekwa|komboa|kombolewa|dhibiti|zingirwa|angukia|chukua)"
      for prefix in WORLD_SW_SUBJECT_PREFIXES),
    "mikononi", "ngome", "chini",
    # Romanian ("*controlat*", "*controlul*", "*controlează*", "*în mâinile*", "*cucerit*",
    # "*eliberat*", "*capturat*", "*preluat*", "*deținut*", "*ocupat*", "*căzut*")
    "controlat", "controlul", "controlează", "controleaza", "mâinile", "cucer", "recucer",
    "eliberat",
    "capturat", "preluat", "deținut", "deţinut", r"ocupat", r"dețin\b", r"deţin\b",
    # Azerbaijani ("*ələ keçirdi*", "*nəzarətinə keçdi*", "*əlinə keçdi*")
    r"ələ\s+keçir", r"əlinə\s+keç",
    # Swedish, Danish, Norwegian, Finnish, Czech, Slovak, Kurmanji, Polish, Malay (the words
    # of the cues above)
    r"hålls\s+av", r"holdes\s+af", r"behärskas\s+av", r"ockuper", r"okkupert\s+av",
    r"besat\s+af", r"besættes\s+af", "händerna", "hænderne", "hendene", "fäste", "högborg",
    "højborg", "høyborg", "erövr", "återerövr", "intog", "intag", "återtog", "återtag",
    "erobr", "generobr", "gjenerobr", r"holdt\s+af",
    "indtog", "indtag", "inntok", "inntat", "befria", "befrie", "frigjor", r"föll\s+", r"faldt\s+",
    r"falt\s+", "kontrolou", "ovládan", "ovládnut", "kontrolovan", "okupovan", r"držen",
    r"v\s+ruk", "dobyl", "dobyt", "obsadil", "obsazen", "obsaden", "ovládl", "osvobo", "oslobo",
    r"kontrolu\s+nad", r"padl[aoiy]?\s+do", r"di\s+(?:bin\s+)?(?:kontrol|destê|dagirkeriya"
    r"|desthilatdariya)", r"ket(?:in)?\s+(?:bin\s+)?(?:destê|kontrola)", r"udało\s+",
    "recaptur", "dikawal", "valtasi", "valloitti", "vapautti", "haltuunsa",
    *WORLD_MORE_TRIGGERS,
    *WORLD_CLAUSE_TRIGGERS,
)  # fmt: skip
#: The trigger fragments of those rules in the other scripts (Arabic, Persian, Cyrillic), looked
#: for only in a caption with a character outside ASCII.
WORLD_SCRIPT_TRIGGERS: Final = (
    "سيطر", "استعاد", "حرر", "تحرير", "أحكم", "بسط", "فرض", "بيد", "في يد", "بأيدي", "معقل",
    # (a thing a side seized: "قاعدة *استولى* عليها مسلحو المعارضة في منطقة X")
    "استول",
    "خاضع", "تحت", "سقط", "قسم", "контрол", "освобод", "отбил", "захват", "занял", "взят", "взял",
    "перешл",
    # ("повстанцям *вдалося* захопити X")
    "вдалос",
    "перешел", "перешёл", "перейш", "під контрол", "کنترل", "آزاد", "تصرف", "فتح", "در دست",
    "تدير", "يدير", "تتحكم", "يتحكم",
    "تسخیر", "اشغال", "تسلط", "سلطه", "مسلط", "چیره", "اختیار", "استرجع", "انتزع", "طهر", "طهّر",
    # (a Persian entry, ``FA_ENTRY_VERBS``: "به محله X *وارد* شدند")
    "وارد",
    "حرّر", "سیطره", "سيطره", "حاکمیت", "در چنگ", "قبضة", "أيدي", "سلطة",
    "اشتباكات", "معارك", "бои", "столкновения",
    "выбил", "вытеснил", "очистил", "звільн", "به دست",
    # Greek
    "έλεγχο", "χέρια", "ελεγχόμεν", "προπύργιο", "κατέλαβ", "απελευθερ", "ανέκτησ", "ανακαταλ",
    "καταλήφθ", "ανακτήθ", "ανακατάληψ", "κατάληψ", "πολιορκ", "απελευθέρ",
    # Bulgarian, Hebrew ("*контролиран от*", "*под контрола на*", "*в ръцете на*", "*превзеха*",
    # "*הנשלטת*")
    "контролиран", "контрола", "ръцете", "крепост", "бастион", "превзе", "завзе", "освободи",
    "освободен", "падна", "נשלט",
    *WORLD_MORE_SCRIPT_TRIGGERS,
    *WORLD_CLAUSE_SCRIPT_TRIGGERS,
)  # fmt: skip

# --------------------------------------------------------------------------- places

#: The place word that may follow a name ("Hanano *neighborhood*").
PLACE_NOUNS: Final = ("neighbou?rhood", "district", "quarter", "area", "town", "village", "city")
#: Nouns of a holding in an apposition: "X, a rebel *stronghold*".
STRONGHOLDS: Final = ("stronghold", "bastion", "enclave")
#: Every noun of an apposition: "X, a rebel *stronghold*", "X, a government *district*".
APPOSITION_NOUNS: Final = (
    *STRONGHOLDS, "neighbou?rhood", "district", "area", "town", "village", "quarter", "pocket",
    "sector",
)  # fmt: skip
#: The words before the side in an apposition ("X, the *former* rebel stronghold").
APPOSITION_QUALIFIERS: Final = (
    "former", "key", "last", "main", "major", "only", "remaining", "largest", "biggest",
    "strategic", "important",
    # "X, one of the *most significant* rebel bastions"
    "most", "significant", "prominent",
)  # fmt: skip
#: A place that is a side's holding, said with "is" / "was" or an apposition: "X was *an IS
#: stronghold*", "X, *IS's last remaining stronghold*", "X is *a stronghold of the Islamic
#: Front*", "X is *a major IS-held city*".
PREDICATE_VERBS: Final = (
    "is",
    "was",
    r"has\s+(?:long\s+)?been",
    r"had\s+(?:long\s+)?been",
    "remains",
    "remained",
    "became",
    r"has\s+become",
)
#: "X was *the first district the rebels took*", "X, *the first neighbourhood to fall into the
#: hands of rebels*": the ranks of such a place.
FIRST_WORDS: Final = ("first", "last", "latest", "only")
STRONGHOLD_OF_NOUNS: Final = (*STRONGHOLDS, "pocket")
#: "X has been *used as* a rebel base": a place a side uses is one it holds; the nouns such a
#: use may name besides the strongholds.
USED_AS: Final = r"used\s+as"
USED_AS_NOUNS: Final = ("base", "headquarters", r"launch(?:ing)?\s*pad", r"staging\s+ground")
#: Nouns of a holding that may stand right before the place ("Daesh *stronghold* al-Bab").
STRONGHOLD_BEFORE_NOUNS: Final = STRONGHOLDS
#: The parts of a place a side holds, before "in" and the place ("*positions* held by IS in X").
POSITION_NOUNS: Final = (
    "positions?", "posts?", "bases?", "areas?", "parts?", "territory", "territories",
    "neighbou?rhoods?", "districts?", "quarters?", r"front[\s-]?lines?",
)  # fmt: skip
#: A side's positions at a site ("government forces' *positions at* the X air base", "the
#: *positions of* IS *at* the X airport"): the side holds the site (a landmark only: positions
#: in a town or district are its front). The nouns, and the words that may stand before them.
POSITION_AT_NOUNS: Final = ("positions", "posts", "bases", "barracks")
POSITION_AT_ADJECTIVES: Final = (
    "military",
    r"front[\s-]?line",
    "forward",
    "defensive",
    "remaining",
)
#: The verbs of a holding before "by" in "positions *held* by IS in X".
POSITION_VERBS: Final = ("held", "controlled", "occupied", "run")
#: The apposition after a place, from its comma: ", a rebel stronghold", ", the former
#: government-held district".
APPOSITION: Final = (
    rf",\s*(?:an?|the)\s+(?:(?P<former>{'|'.join(APPOSITION_QUALIFIERS)})\s+)?"
    rf"(?:(?:{'|'.join(APPOSITION_QUALIFIERS)})\s+)?"
    # (a side's own word may stand before its name: "X, a *Turkish-backed* rebel stronghold";
    # not a word of no side, which may describe the people: "X, a mainly Kurdish district")
    rf"\b(?:{actor_side_group()})(?:\s*(?:{DASH}\s*|\s){alternation(APPOSITION_HELD)})?\s+"
    rf"{alternation(APPOSITION_NOUNS)}\b"
)
#: The parts of a city a place may lie in: "X, in the rebel-held *part* of Aleppo".
PART_NOUNS: Final = (
    "part", "parts", "side", "area", "areas", "sector", "sectors", "half", "enclave", "pocket",
    "districts?", "neighbou?rhoods?", "east", "west", "north", "south",
)  # fmt: skip
#: Words that may stand between a phrase and the place it modifies ("the *embattled* X").
FILLERS: Final = (
    "the", "an?", r"\w+['’]s", "northern", "southern", "eastern", "western", "north-?eastern",
    "south-?eastern", "north-?western", "south-?western", "central", "embattled", "besieged",
    "restive", "ancient", "old", "strategic", "key", "war-?torn", "devastated", "nearby",
    "historic", r"rest\s+of", r"whole\s+of", r"all\s+of", "entire", "Syrian", "border",
    "battered", "battleground", "frontline", "flashpoint", "nearby", "northwestern",
    "northeastern", "southwestern", "southeastern", "neighbouring", "neighboring", "so-called",
    r"[\w]+-majority", "mainly", "predominantly", "Kurdish", "Shiite", "Christian", "Arab",
    "small", "large", "tiny", "major", "important", "remote",
    # a compass word before a city's name ("*southeast* Aleppo's Sheikh Saeed district")
    r"(?:north|south)-?(?:east|west)", "north", "south", "east", "west",
    # an article the geoparser leaves out of the name ("Al Bab" matched as "Bab")
    "al", "el",
)  # fmt: skip
#: Words that end the adjectives before an apposition word ("the *strategically important*
#: district of X"): such a run of words never crosses them.
FILLER_STOPS: Final = (
    "of", "in", "near", "to", "from", "and", "or", "at", "on", "by", "with", "for", "outside",
    "around", "into", "towards?", "across", "through", "after", "before", "than", "but", "while",
    "as", "where", "which", "that", "who",
)  # fmt: skip
#: Place words of an apposition before the place ("the *districts of* X and Y").
FILLER_APPOSITIONS: Final = (
    "areas?", "districts?", "neighbou?rhoods?", "quarters?", "sectors?", "towns?", "villages?",
    "city", "cities", "camp",
    # a site named after a place ("the key military *air base of* Menagh")
    "bases?", "airbases?", "airports?",
)  # fmt: skip
#: Words before the place word of a later place of an enumeration ("X and the *nearby* village
#: of Y").
LIST_ADJECTIVES: Final = (
    "nearby", "neighbou?ring", "adjacent", "key", "strategic", "northern", "southern", "eastern",
    "western", "small", "large",
)  # fmt: skip
#: Place words that may end one place of an enumeration ("Sukkari *district* and Fardos").
LIST_PLACE_NOUNS: Final = (
    "neighbou?rhoods?", "districts?", "quarters?", "areas?", "villages", "towns", "settlements",
    "localities",
)  # fmt: skip
#: The words that may follow a name the gazetteer lacks at the end of an enumeration ("took X,
#: Y and Zed *on* Monday"; not "took X, Y and Syrian *state* media said"): the enumeration
#: closes there.
LIST_TAIL_FOLLOWERS: Final = (
    "on", "in", "at", "after", "from", "near", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "villages", "towns", "areas", "districts",
    "neighbou?rhoods",
)  # fmt: skip
#: The place kinds (gazetteer ``kind``) each apposition word may name ("district of X"; "the
#: areas of west Aleppo" are parts of a district, not all of it).
SINGULAR_KINDS: Final[Mapping[str, frozenset[str]]] = {
    # ("the strategic *area of* Khanasser": a town or village with its surroundings)
    "area": frozenset({"neighbourhood", "landmark", "town", "village"}),
    "district": frozenset({"neighbourhood", "district", "landmark"}),
    "neighbourhood": frozenset({"neighbourhood", "district", "landmark"}),
    "neighborhood": frozenset({"neighbourhood", "district", "landmark"}),
    "quarter": frozenset({"neighbourhood", "district", "landmark"}),
    # (not a region of the city: "a rebel-held *sector of* eastern Aleppo" is a part of it, as
    # "an area of" is)
    "sector": frozenset({"neighbourhood", "landmark"}),
    "town": frozenset({"town", "village"}),
    "village": frozenset({"village", "town"}),
    "city": frozenset({"city", "town"}),
    # "the camp of Handarat": a camp, or the village or district it is named after
    "camp": frozenset({"landmark", "village", "town", "neighbourhood", "district"}),
    # "the military air base of Menagh", "the airport of Kuweires": the site itself
    "base": frozenset({"landmark"}),
    "airbase": frozenset({"landmark"}),
    "airport": frozenset({"landmark"}),
}
#: As :data:`SINGULAR_KINDS`, with the plurals ("the districts of X and Y").
APPOSITION_KINDS: Final[Mapping[str, frozenset[str]]] = {
    **SINGULAR_KINDS,
    **{("cities" if k == "city" else k + "s"): v for k, v in SINGULAR_KINDS.items()},
    # ("the *areas of* west Aleppo" are parts of it, not its towns)
    "areas": frozenset({"neighbourhood", "landmark"}),
    # ("the rebel-held *sectors of* eastern Aleppo" are the region, as its "districts" are; "a
    # *sector of*" it is a part)
    "sectors": frozenset({"neighbourhood", "district", "landmark"}),
}
#: The kinds of place that are a region of a city, whose names carry their own apposition
#: ("the eastern *part of* Aleppo", "the eastern *areas of* the city of Aleppo").
REGION_KINDS: Final = frozenset({"district"})
#: Apposition words that name no kind ("the *rest of* X").
KINDLESS_APPOSITIONS: Final = frozenset({"rest", "whole", "all"})
#: The parts of a city's region a modifier may name before "in" and the region ("rebel-held
#: *neighbourhoods* in eastern Aleppo": as "... of eastern Aleppo", the region is the side's; a
#: part in the singular is only a part of it).
REGION_PART_NOUNS: Final = (
    "areas", "districts", "neighbou?rhoods", "quarters", "sectors", "parts",
)  # fmt: skip
#: Plural place words a holding modifier may name before a list of places set off by a comma
#: ("the government-held *villages*, X and Y"): the places listed are the side's.
LISTED_PLACE_NOUNS: Final = ("villages", "towns", "districts", "neighbou?rhoods", "cities")
#: The rebels' own adjectives before a part of a place ("a *rebel* area of X", "the
#: *opposition* districts of X", "the *rebel* eastern districts of the city").
REBEL_ADJECTIVES: Final = ("rebel", "opposition")
#: The rebels' own adjective before a place word and "of" ("the *rebel town of* X", "la
#: *ciudad rebelde de* X", "le *quartier rebelle de* X", "la *città ribelle di* X"): the place is
#: theirs (only the rebels: "the Kurdish town of X" names people, not a side). Lower case:
#: triggers too.
#: (Each fragment starts with its own word, so that the pre-check keeps its look-ahead.)
REBEL_PLACE_OF: Final = (
    *(
        rf"{adj}\s+(?:town|city|village|district|neighbou?rhood|quarter)\s+of"
        for adj in REBEL_ADJECTIVES
    ),
    *(rf"{w}\s+rebelde\s+de" for w in ("ciudad", "localidad", "aldea", "población", "barrio")),
    *(rf"{w}\s+rebelle\s+d(?:e|['’])" for w in ("ville", "localité", "village", "quartier")),
    *(rf"{w}\s+ribelle\s+di" for w in ("città", "cittadina", "villaggio", "quartiere")),
)
#: A siege of a place named by its Kurdish people before its place word and "of" ("the
#: *besieged Kurdish town of* X", "the *encircled Syrian Kurdish city of* X"): the besieged are
#: the Kurdish forces (``besieged`` with the Kurdish forces as holder; the people's adjective
#: alone, "the Kurdish town of X", still names no side).
BESIEGED_KURDISH_PLACE_OF: Final = tuple(
    rf"{verb}\s+(?:(?:syrian|northern|border)\s+)?kurdish(?:-majority)?\s+"
    r"(?:town|city|village|district|neighbou?rhood|quarter|enclave)\s+of"
    for verb in ("besieged", "encircled", "surrounded", "beleaguered")
)
#: Words of allegiance to the government before a place word and "of" ("the *pro-government*
#: villages of X and Y", "the *loyalist* town of X"): the places are the government's (held).
#: Only allegiance: "the Kurdish villages of", "the Shiite towns of" name people, not a side.
ALLEGIANCE_WORDS: Final = (r"pro-?\s?government", r"pro-?\s?regime", r"pro-?\s?assad", "loyalist")
#: The place words after an allegiance word (one more word may stand between: "the
#: pro-government *Shiite* villages of X").
ALLEGIANCE_PLACE_NOUNS: Final = (
    "villages?", "towns?", "districts?", "neighbou?rhoods?", "quarters?", "areas?", "enclaves?",
)  # fmt: skip
#: "the pro-government villages of": the allegiance phrase before the places.
ALLEGIANCE_OF: Final = tuple(
    rf"{word}\s+(?:[\w-]+\s+)?{alternation(ALLEGIANCE_PLACE_NOUNS)}\s+of"
    for word in ALLEGIANCE_WORDS
)
#: Holders named by no side's name: "*militant*-held X", "X, which is held by *Takfiri
#: terrorists*". State media and some agencies call rebels so, and IS too, but IS by its name
#: ("ISIS terrorists"); so such a holder is read as the rebels only where the caption names no
#: Islamic State or Kurdish actor (else it names no side). "Jihadists" stay no side.
UNNAMED_HOLDERS: Final = (
    r"(?:takfiri\s+)?terrorists", r"terrorist\s+(?:groups|organi[sz]ations)", "militants",
    "gunmen", r"armed\s+groups",
)  # fmt: skip
#: The same as a modifier's first word: "*militant*-held", "*terrorist*-controlled"; also
#: "*jihadist* controlled villages of ..." (a hyphen left out before a plural place noun).
UNNAMED_HOLDER_MODIFIERS: Final = ("militants?", "terrorists?", "gunmen", "jihadists?")
#: The words before the places a holding names after it ("parts of the city that remain under
#: rebel control, *including* X, Y and Z"; "rebel-held districts, *such as* X and Y").
INCLUDING: Final = ("including", r"among\s+them", r"such\s+as")
#: The words of a mention's own leading apposition ("rebel-held *area of* Aleppo").
MENTION_PREFIX_NOUNS: Final = (
    "areas?", "districts?", "neighbou?rhoods?", "quarters?", "sectors?", "towns?", "villages?",
    "city", "parts?", "sides?",
)  # fmt: skip
#: The nouns of an anaphor ("after troops retook *the area*").
ANAPHOR_NOUNS: Final = ("area", "neighbou?rhood", "district", "quarter", "town", "village", "city")
#: The words that may stand in an anaphor ("after they captured *the strategic* town").
ANAPHOR_ADJECTIVES: Final = (
    "whole", "entire", "strategic", "key", "battered", "embattled", "besieged", "devastated",
    "ruined", "northern", "southern", "eastern", "western", "central", "nearby", "border",
    "Syrian", "ancient", "old", "rebel", "jihadist",
    # ("Syria's second city", "the country's largest city": the city named before)
    "second", r"second[\s-]largest", "largest", "biggest", "commercial", "economic",
)  # fmt: skip
#: The owners that may stand for "the" in an anaphor ("insurgents captured *Syria's* second
#: city", "*the country's* largest city").
ANAPHOR_OWNERS: Final = (r"Syria['’]s", r"the\s+country['’]s")
#: A side's anaphor as a capture's object ("the SDF seized *the group's stronghold*", "took *the
#: rebels' last enclave*", "recaptured *the IS-held town*", "stormed *the militant bastion*"):
#: the one place named before it, of the kinds :data:`SIDE_ANAPHOR_KINDS` gives its noun. The
#: owners that refer back to a side without naming it (a side's own name may stand there too):
SIDE_ANAPHOR_OWNERS: Final = (
    "group", "organi[sz]ation", "jihadists?", "jihadis", "militants?", "extremists?",
    "insurgents?", "terrorists?", "fighters", "militias?",
)  # fmt: skip
#: The nouns of such an anaphor after an owner or a holding ("the group's *town*", "the IS-held
#: *city*"); after a side's bare adjective only :data:`STRONGHOLDS` ("the opposition *bastion*":
#: "the Kurdish town" names a people).
SIDE_ANAPHOR_NOUNS: Final = (
    "stronghold", "bastion", "enclave", "town", "city", "village", "district", "neighbou?rhood",
    "quarter",
)  # fmt: skip
#: The words that may stand between the owner and the noun ("the rebels' *last* enclave").
SIDE_ANAPHOR_QUALIFIERS: Final = (
    "former", "key", "last", "main", "major", "only", "remaining", "largest", "biggest",
    "strategic", "important", r"de\s+facto", "self-declared", "self-styled", "northern",
    "southern", "eastern", "western", "border", "besieged", "embattled",
)  # fmt: skip
#: The place kinds each noun of a side's anaphor may refer back to (one place only).
SIDE_ANAPHOR_KINDS: Final[Mapping[str, frozenset[str]]] = {
    "stronghold": frozenset({"city", "town", "village", "neighbourhood", "district"}),
    "bastion": frozenset({"city", "town", "village", "neighbourhood", "district"}),
    "enclave": frozenset({"town", "village", "neighbourhood", "district"}),
    "town": frozenset({"town", "village", "city"}),
    "city": frozenset({"city", "town"}),
    "village": frozenset({"village", "town"}),
    "district": frozenset({"neighbourhood", "district"}),
    "neighbourhood": frozenset({"neighbourhood", "district"}),
    "neighborhood": frozenset({"neighbourhood", "district"}),
    "quarter": frozenset({"neighbourhood", "district"}),
}
#: The same anaphor in the other languages, as a verb's object after its article: a
#: stronghold's noun ("les FDS ont pris *le fief* du groupe", "*el bastión* yihadista", "*la
#: roccaforte* dei jihadisti", "*die Hochburg* der Dschihadisten") ...
WORLD_SIDE_ANAPHOR_NOUNS: Final = (
    "fief", "bastion", "bastión", "bastião", "reducto", "reduto", "roccaforte", "Hochburg",
    "bolwerk",
)  # fmt: skip
#: ... with the side it belongs to after it (required: "le fief *de* X" names another place).
WORLD_SIDE_ANAPHOR_OWNERS: Final = (
    # French
    r"du\s+groupe(?:\s+(?:EI|jihadiste|djihadiste|[EÉ]tat\s+islamique))?",
    r"des\s+(?:jihadistes|djihadistes|rebelles|insurgés|extrémistes|islamistes)",
    r"de\s+l['’](?:EI|[EÉ]tat\s+islamique|opposition)", "jihadiste", "djihadiste", "rebelle",
    # Spanish, Portuguese
    r"del\s+grupo(?:\s+(?:EI|yihadista|Estado\s+Isl[aá]mico))?",
    r"de\s+los\s+(?:yihadistas|rebeldes|insurgentes)", r"del\s+(?:EI|Estado\s+Isl[aá]mico)",
    "yihadista", "rebelde", r"do\s+grupo", r"dos\s+(?:jihadistas|rebeldes)", "jihadista",
    # Italian
    r"del\s+gruppo", r"dei\s+(?:jihadisti|ribelli|miliziani)", r"dell['’](?:Isis|Is)", "ribelle",
    # German, Dutch
    r"der\s+(?:Dschihadisten|Jihadisten|Rebellen|Extremisten|Terrormiliz|IS-Miliz|Miliz)",
    r"van\s+(?:de\s+)?(?:jihadisten|rebellen|IS)",
)  # fmt: skip
#: The plural anaphors of places named before ("broke the siege of *the two towns*", "retook
#: *both villages*"): each plural noun with its singular (whose :data:`ANAPHOR_KINDS` it refers
#: back to), and the counts that may stand before it (the number of places it refers to).
PLURAL_ANAPHOR_NOUNS: Final[Mapping[str, str]] = {
    "towns": "town",
    "villages": "village",
    "neighbourhoods": "neighbourhood",
    "neighborhoods": "neighborhood",
    "districts": "district",
}
PLURAL_ANAPHOR_COUNTS: Final[Mapping[str, int]] = {"two": 2, "both": 2, "three": 3}
#: The place kinds each anaphor may refer back to.
ANAPHOR_KINDS: Final[Mapping[str, frozenset[str]]] = {
    "area": frozenset({"neighbourhood", "district", "landmark", "town", "village"}),
    "neighbourhood": frozenset({"neighbourhood", "district", "landmark"}),
    "neighborhood": frozenset({"neighbourhood", "district", "landmark"}),
    "district": frozenset({"neighbourhood", "district"}),
    "quarter": frozenset({"neighbourhood", "district"}),
    # (reports call one place a town and a village by turns: "seized Khan Tuman ... retook the
    # town")
    "town": frozenset({"town", "village"}),
    "village": frozenset({"village", "town"}),
    "city": frozenset({"city"}),
}
#: The kinds a held anaphor may refer back to beyond :data:`ANAPHOR_KINDS` ("Manbij ... the
#: Daesh-held *city*": a town the report calls a city), when one place only is of them.
HELD_ANAPHOR_KINDS: Final[Mapping[str, frozenset[str]]] = {"city": frozenset({"city", "town"})}

#: The kinds an anaphor may refer back to when none of its own kinds is named before it: "the
#: city" for a town (reports call Manbij or al-Bab a city; the gazetteer's one city is Aleppo).
ANAPHOR_FALLBACK_KINDS: Final[Mapping[str, frozenset[str]]] = {"city": frozenset({"town"})}
#: What a place name may stand before as a mere modifier of another thing ("Aleppo *central
#: prison*", "the Aleppo *countryside*"): a statement is then about that thing, not the place.
FACILITY_NOUNS: Final = (
    "prison", "airport", r"air\s*base", "base", "university", "hospital", "countryside",
    "province", "governorate", "outskirts", "road", "highway", "dam", "academy", "college",
    "factory", "plant", "camp", "checkpoint", "crossing", "front",
)  # fmt: skip
#: People a place name may stand before as a modifier ("took Hanano *residents* to hospital").
PEOPLE_NOUNS: Final = (
    "residents", "families", "people", "civilians", "fighters", "children", "men", "women",
    "prisoners", "detainees", "students", "refugees", "locals", "natives", "shopkeepers",
    "traders", "workers", "youths", "activists", "officials", "council", "mosque", "school",
    "market", "hospital", "rebels", "displaced", "youth", "complex",
)  # fmt: skip
#: An aim to take a place from a side ("in a *bid to retake* it from IS", "an *offensive to
#: recapture* X from the rebels", "in an *attempt to enter* the city *and wrest control of* it
#: from IS"): the side it is to be taken from holds it (the aim says who holds the place now,
#: not that it changes hands; read only of a place no other phrase of the caption speaks of).
AIM_NOUNS: Final = (
    "bid", "attempt", "effort", "offensive", "push", "campaign", "operation", "assault",
    "battle", "fight", "drive", "race",
)  # fmt: skip
#: The verbs of such an aim, in the infinitive ("to *retake control of*").
AIM_VERBS: Final = (
    r"re-?take\s+control\s+(?:of|over)", r"(?:re)?gain\s+control\s+(?:of|over)",
    r"wrest\s+(?:back\s+)?(?:control\s+(?:of|over)\s+)?",
    r"take\s+(?:back\s+)?control\s+(?:of|over)",
    r"re-?take", r"re-?capture", "capture", "seize", "liberate", "free", r"take\s+back",
)  # fmt: skip
#: A whole degree before an aim's object ("an assault to retake *the entire* city from the
#: rebels", "a push to recapture *the whole of* X", "*all of* X", "*the rest of* X"): the side
#: it is to be taken from holds a part of it, not the whole, and the aim states no holding.
AIM_WHOLE_DEGREES: Final = (
    "entire", "whole", r"whole\s+of", r"all\s+of", r"all", r"rest\s+of", r"remainder\s+of",
    "remaining", "full", "complete", "total",
)  # fmt: skip
#: What an aim may name before its verb ("a bid to *enter the city and* retake it").
AIM_FIRST_VERBS: Final = ("enter", "storm", "reach", "encircle", "surround", "besiege")
#: The parts of a place a holding names before "of" or "in" and a place the gazetteer names
#: whole ("a rebel-held *area of* Aleppo", "an IS-controlled *neighbourhood of* Manbij", "an
#: *area controlled by* the army, in Aleppo", "Manbij's western *districts are held by* IS"):
#: the side holds a part of that place, which says nothing of the rest of it (a statement of
#: extent ``part``, which the timeline and the map do not read). A part the gazetteer names
#: ("the rebel-held eastern part of Aleppo": East Aleppo) is a place of its own.
PART_OF_NOUNS: Final = (
    "areas?", "parts?", "sides?", "sectors?", "districts?", "neighbou?rhoods?", "quarters?",
    "pockets?", "enclaves?", "zones?", r"territor(?:y|ies)",
)  # fmt: skip
#: The words that may stand before such a part ("the rebel-held *eastern* part of X").
PART_OF_ADJECTIVES: Final = (
    "northern", "southern", "eastern", "western", "north-?eastern", "north-?western",
    "south-?eastern", "south-?western", "central", "besieged", "outlying", "remaining",
)  # fmt: skip
#: A part of a place said with the place's possessive after a clause's verb, as its object
#: ("Rebels still hold *the city's eastern half*", "troops took *Manbij's western districts*"):
#: a statement of part of the place (``extent`` ``part``, of a city, town or village), never of
#: the whole.
PART_OBJECT_POSSESSIVE: Final = (
    r"['’]s\s+(?:(?:"
    + "|".join((*PART_OF_ADJECTIVES, "last", "few", "several", "some"))
    + r")\s+){0,2}(?:halves|half|suburbs|outskirts|streets|"
    + "|".join(PART_OF_NOUNS)
    + r")\b"
)
#: The kinds of place a part is read of: a city, a town or village, a region of the city (a
#: district or neighbourhood is named whole by "area of": "the rebel-held area of X").
PART_OF_KINDS: Final = frozenset({"city", "town", "village", "district"})
#: The words of a side that fights a besieger ("Kurdish fighters *defending* X, which is under
#: siege by IS"): with them, the side named beside a siege holds the besieged place.
SIEGE_DEFENCE_WORDS: Final = (
    "defend(?:s|ed|ing)?", "defenders?", "fight(?:s|ing)?", "fought", "battl(?:e|es|ed|ing)",
    "resist(?:s|ed|ing)?", "repel(?:s|led|ling)?", r"h(?:o|e)ld\s+out", r"holds?\s+out",
    r"holding\s+out", r"hold(?:s|ing)?\s+the\s+line",
    # (a side holding its ground there: "Kurdish fighters *hold positions* in X, besieged by IS",
    # "YPG fighters *man a checkpoint* in X", "soldiers *guard* the airport, besieged by IS")
    r"h(?:o|e)ld(?:s|ing)?\s+(?:(?:their|its|a|the)\s+)?(?:front\s*line\s+)?positions?",
    r"man(?:s|ned|ning)?\s+(?:(?:their|its|a|the)\s+)?(?:checkpoints?|positions?|barricades?)",
    r"guard(?:s|ed|ing)?", r"patrol(?:s|led|ling)?", r"stand(?:s|ing)?\s+guard",
    r"stood\s+guard",
)  # fmt: skip
#: The nouns that cut a neighbourhood into parts ("a government-held *part of* the X
#: neighbourhood"), and the kinds of place read so (not "area of X", which names X whole, nor
#: "on the rebel-held side of X", which may only say where another place lies).
#: The same words in the other languages ("*résistent*", "*difendono*", "*verteidigen*",
#: "*يدافع*", "*抵抗*"), searched without word boundaries (Japanese, Chinese and Korean have none):
#: each is a stem that starts no common word of another sense.
SIEGE_DEFENCE_WORLD: Final = (
    "résist", "défend", "defiend", "defend", "difend", "resist", "verteidig", "widerstand",
    "direniş", "savunan", "savunuyor", "يدافع", "المدافع", "تدافع", "يقاوم", "صمود",
    "抵抗", "抗戦", "防戦", "死守", "抗击", "抗擊", "坚守", "堅守", "저항", "방어",
)  # fmt: skip
#: The side a place is held by when it is besieged by the other side of the civil war and the
#: caption names no defender and no third side: a siege by the government or its militias is of
#: a rebel-held place, and one by the rebels of a government-held one (Nubl and Zahraa, Fuaa and
#: Kafraya, west Aleppo in 2016). A siege by IS or by the Kurdish forces has no such opponent:
#: its place is the defender's, named as such, or unknown.
SIEGE_OPPONENTS: Final[Mapping[str, str]] = {"government": "rebels", "rebels": "government"}
#: The words that name the Kurds in any language, a third side that may be the one besieged by
#: either side of the civil war ("the Kurdish district of Sheikh Maqsoud, besieged by rebels").
KURDISH_STEMS: Final = (
    "kurd",
    "curd",
    "kürt",
    "курд",
    "کرد",
    "كرد",
    "クルド",
    "库尔德",
    "庫爾德",
    "쿠르드",
)
#: The words that name Turkey or its army beside a rebel siege ("Turkey-backed rebels
#: surrounded X", "the FSA and the Turkish army encircled X"): the siege is one of Turkey's
#: operations, against the Kurdish forces or IS, not of a government-held place, so no holder is
#: read from the besieger alone (a third side, as a Kurdish word is). English, Spanish,
#: Portuguese, Italian, Russian, Arabic and Turkish stems (the French and German ones, "turc",
#: "türk", are covered by these stems too).
SIEGE_TURKISH_STEMS: Final = ("turk", "turqu", "turc", "türk", "турц", "турец", "ترك", "تركي")
PART_OF_NEIGHBOURHOOD_NOUNS: Final = ("parts?", "sectors?", "half")
PART_OF_NEIGHBOURHOOD_KINDS: Final = frozenset({"neighbourhood"})
#: The edges and middles of a place before "of" ("the *outskirts of* X"): like a part, a phrase
#: right after the place may speak of them, not of the place.
EDGE_NOUNS: Final = ("outskirts", "edge", "edges", "centre", "center", "heart", "rest")
#: Prepositions after which a place is no subject ("rebels *in* Sukkari are ...").
PREPOSITIONS: Final = (
    "in", "at", "from", "near", "inside", "outside", "around", "to", "into", "across", "through",
    "towards?", "within",
)  # fmt: skip
#: Military sites named after the district or village they stand in ("the Ramouseh military
#: *school*"): a capture of one takes the place, as a capture of its barracks would.
NAMED_SITES: Final = (
    r"(?:military\s+|artillery\s+|armou?red\s+|air\s+force\s+)?(?:school|college|academy"
    r"|barracks|base)",
)
#: The place kinds a military site may be named after (not a city or town: "the Aleppo military
#: academy" is one site of a city).
NAMED_SITE_KINDS: Final = frozenset({"neighbourhood", "district", "village"})
#: What may stand between a place and its facility noun ("Aleppo *central* prison").
FACILITY_ADJECTIVES: Final = (
    "central", "international", "military", "main", "old", "new", "Palestinian", r"refugees?",
)  # fmt: skip
#: Words that mark a place as the scene of the fighting ("fleeing violence in X").
SCENE_CUES: Final = (
    "restive", "embattled", "battle", "fighting", "violence", "clashes", "flee", "fleeing",
    "fled", "shelling",
)  # fmt: skip

# --------------------------------------------------------------------------- sentences

#: Words that make a phrase claim nothing: hedges and negations. A report attributed by a
#: reporting verb ("state television *said* troops had taken X", "..., a monitor *said*") is a
#: statement, as an analyst records it with its source (:data:`REPORTING`); a claim the caption
#: itself doubts ("reportedly", "claimed", "denied") is none.
HEDGES: Final = (
    "whether", "unclear", "unconfirmed", "denied", "denies", "deny", "denying",
    "rumou?r(?:s|ed)?", r"disput(?:es|ing)",
    "reportedly", "allegedly", "claim(?:s|ed)?", "if",
    "would", "could", "might", "attempt(?:s|ed|ing)?", "fail(?:s|ed)?", "tried", "trying",
    "sought", "seeking", "bid", "aim(?:s|ed|ing)?", "plan(?:s|ned)?", "not", "never",
    r"no\s+longer", "yet", "(?-i:may)",
    r"threat(?:en|ens|ened)", "vow(?:s|ed)?", "want(?:s|ed)?", "hop(?:e|es|ed|ing)",
    "should", "will", "expected", "poised", "unless", "disputed?", "contradict(?:s|ed)?",
    # a capture only almost made ("the army *almost (completely)* retook X", "X was *nearly*
    # captured"; not a degree of its object, "took almost all of X")
    r"(?:almost|nearly)\s+(?:(?:completely|fully|entirely|totally)\s+)?(?:re-?)?(?:captur|took"
    r"|tak|seiz|overr|storm|conquer|fell|fall|lost|los|encircl|surround)\w*",
)  # fmt: skip
#: Words that take back, later in the sentence, what was reported before them ("rebels said
#: they had taken X, *but the army denied it*").
DENIALS: Final = (
    "denied", "denies", "deny", "denying", r"disput(?:ed|es|ing)", r"contradict(?:s|ed|ing)?",
    "refuted",
)  # fmt: skip
#: The verbs of a relative clause whose object is the place before it ("X, *which troops
#: recaptured* on Monday"; "X, *which rebels hold*").
RELATIVE_CAPTURE_VERBS: Final = (
    "re-?captured", "captured", "retook", "re-took", "seized", "took", "overran", "stormed",
    "liberated", "regained", r"took\s+over", r"won\s+back", "entered",
)  # fmt: skip
RELATIVE_HOLD_VERBS: Final = ("hold", "holds", "held", "control", "controls", "controlled")
#: The reporting verbs that attribute a statement to a source ("the army *said*", "*according
#: to* the Observatory", "SANA *reported*"): the statement stands, and the sentence's words
#: from its start or its last comma up to the verb are its source.
REPORTING: Final = (
    "said", "says", "say", "told", "reported", "reports", "report", r"according\s+to",
    r"announc(?:e|es|ed)", r"declar(?:e|es|ed)", r"confirm(?:s|ed)?", "added",
)  # fmt: skip
#: A siege said with "under": "X has been *under rebel siege*", "X, *under siege by* IS".
UNDER_SIEGE: Final = r"under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?siege"
#: Words that change hands: "X *has changed hands* several times" is contested.
CHANGED_HANDS: Final = r"(?:ex)?chang(?:ed|es|ing)\s+hands"
#: Words that make a phrase claim nothing when they stand inside it ("*partly* under rebel
#: control"), but not when they only describe the place ("the *partially* destroyed Hanano,
#: under the control of the army").
DEGREE_HEDGES: Final = (
    "largely",
    "partly",
    "partially",
    "mostly",
    "parts",
    "half",
    r"\d+\s*(?:%|per\s?cent\b)",
)
#: Words that start a new clause (a hedge before them does not reach past them).
CLAUSE_BOUNDARIES: Final = (
    "after", "before", "as", "while", "when", "since", "following", "during", "and", "but",
    "where",
)  # fmt: skip
#: Abbreviations whose period ends no sentence ("Dec. 12").
ABBREVIATIONS: Final = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "maj", "capt", "no", "u.s",
        "u.n", "vs", "approx", "mt",
    }
)  # fmt: skip

# -------------------------------------------------------------------------- holdings said otherwise

#: Fighters named as "the forces of" a side before its name ("still controlled by *the forces
#: of* the Manbij Military Council"): the side is the one named after them.
FORCES_OF_NOUNS: Final = (
    "forces", "fighters", "troops", "units", "militias", "members", "elements", "brigades",
    "factions", "police",
)  # fmt: skip
#: A side named as a collection of its groups ("controlled by *an array of* rebel groups", "held
#: by *a loose coalition of* rebel factions", "*a patchwork of* Kurdish militias"): the side is
#: the one named after it (two sides named there are none: "a mix of rebel and Kurdish forces").
COLLECTIVE_OF_NOUNS: Final = (
    "array", "coalition", "patchwork", "mix", "mixture", "alliance", "assortment",
    "collection", "constellation", "number", "variety", "range", "host", "myriad", "dozens",
    "handful", "medley", "web", "network",
)  # fmt: skip
#: The adjectives a collection may take ("a *loose* coalition of").
COLLECTIVE_OF_ADJECTIVES: Final = ("loose", "broad", "wide", "diverse", "motley", "disparate")
#: Nouns of a side's rule after "under" besides "control" ("X and Y, which are under the
#: *Kurdish self-administration*", "under *rebel rule*", "under the *authority of* the SDF").
UNDER_RULE_NOUNS: Final = ("self-?administration", "administration", "rule", "authority")
#: A side's site before "in" / "at" and the place it holds there ("targeted *militants'
#: stronghold in* al-Rashedeen", "storm *Jaysh al-Fateh's stronghold at* Khan Tuman", "an attack
#: on *its positions in* the towns of X and Y", "*SDF-controlled areas in* X"); positions, posts
#: and areas only in a town or village (in a district of a divided city they are a part of it).
HELD_SITE_NOUNS: Final = (
    "strongholds?", "bastions?", "bases", "base", "headquarters", "positions?", "posts", "areas",
)  # fmt: skip
HELD_SITE_POSITIONS: Final = frozenset({"position", "positions", "posts", "areas"})
#: The verbs of a predicate whose noun names the place as a side's ("X *represented* the final
#: SDF-controlled territory", "X *is considered* the second area under the control of the SNA",
#: "X *was* the ISIS group's northern stronghold").
HOLDING_PREDICATE_VERBS: Final = (
    r"is\s+considered", r"was\s+considered", r"has\s+(?:long\s+)?been", r"had\s+(?:long\s+)?been",
    r"has\s+become", r"serves\s+as", r"served\s+as", "is", "was", "are", "were", "remains",
    "remained", "represents", "represented", "constitutes", "constituted", "became",
)  # fmt: skip
#: Of those, the ones of a holding in the past: such a statement is dated ``past`` (no day: the
#: caption says the side held it once, not on its own day).
PAST_PREDICATE_VERBS: Final = frozenset(
    {"was", "were", "represented", "constituted", "became", "had been", "had long been",
     "was considered", "served as"}
)  # fmt: skip
#: The nouns of a side's hold in such a predicate (a side's adjective before "town" or
#: "village" names people, not a holder: "a Kurdish town").
HOLDING_PREDICATE_NOUNS: Final = (
    "strongholds?", "bastions?", "bases?", "headquarters", "enclaves?", "pockets?", "territory",
    "territories", "outposts?", "redoubts?",
)  # fmt: skip
#: The place nouns a predicate may end with before its holding ("the second *area* under the
#: control of ...", "the final SDF-controlled *territory*").
HOLDING_PLACE_NOUNS: Final = (
    *HOLDING_PREDICATE_NOUNS, "areas?", "towns?", "villages?", "cit(?:y|ies)", "districts?",
    "neighbou?rhoods?", "quarters?", "regions?", "parts?", "sectors?", "zones?", "locality",
)  # fmt: skip
#: An attack a side repelled on a place it holds ("the army *repelled* another attack on its
#: positions in X", "the SDF *repulsed an assault on* X").
REPEL_VERBS: Final = (
    "repelled", "repulsed", "repels", "repel", "repulses", "foiled", "thwarted",
    r"fended\s+off", r"beat\s+back", r"beaten\s+back",
)  # fmt: skip
ATTACK_NOUNS: Final = ("attacks?", "assaults?", "offensives?", "incursions?", "raids?")
#: A side's hold said with "with" and a participle ("*with* government forces *controlling*
#: X").
WITH_HOLDING: Final = ("controlling", "occupying", r"in\s+control\s+of", r"holding\s+on\s+to")
#: A place inside a held one, in brackets after it ("X *(which also houses* Y)").
HOUSES_VERBS: Final = ("houses", "hosts", "includes", "contains", "comprises")
#: Sites a definite noun refers back to when their name has the noun ("the *dam*" for the
#: Tishrin Dam named before it).
SITE_ANAPHOR_NOUNS: Final = ("dam", "airport", "air\\s*base", "airbase", "base", "citadel")
#: A participle set off after the place before its predicate ("X*, located in the northern
#: countryside,* is controlled by ...").
SET_OFF_PARTICIPLES: Final = ("located", "situated", "lying", "nestled", "perched", "based")
#: A side's hold said with its verb after the side in the other languages (Dutch "HTS en
#: verwante rebellengroepen *controleren* de stad Aleppo", German "die Rebellen *kontrollieren*
#: X", French "les rebelles *contrôlent* le quartier de X", Spanish "*controlan*", Italian
#: "*controllano*"), with its allies joined by "and" and what may stand before the name: an
#: adverb, an article and a place word with its "of" ("de stad", "le quartier de", "la città
#: di").
FOREIGN_HOLD_VERBS: Final = (
    "controleren", "controleert", "beheersen", "beheerst", "kontrollieren", "kontrolliert",
    "beherrschen", "beherrscht", "contrôlent", "contrôle", "tiennent", "controlan", "controla",
    "controllano", "controlla",
)  # fmt: skip
FOREIGN_HOLD_JOINERS: Final = ("en", "und", "et", "y", "e")
FOREIGN_HOLD_ADVERBS: Final = (
    "désormais", "toujours", "encore", "noch", r"immer\s+noch", "nog", "steeds", "aún",
    "todavía", "ancora", "ora", "ahora", "jetzt", "nu", "nun",
)  # fmt: skip
FOREIGN_HOLD_ARTICLES: Final = ("de", "het", "die", "den", "das", "le", "la", "les", "el", "il")
#: The whole of the place, between the article and its noun ("controleren *de hele* stad X",
#: "kontrollieren *die gesamte* Stadt X").
FOREIGN_HOLD_WHOLE: Final = ("hele", "gehele", "ganze", "gesamte", "gesamten")
FOREIGN_HOLD_PLACE_WORDS: Final = (
    "stad", "wijk", "dorp", "stadje", "regio", "gebied", "Stadt", "Dorf", "Ort", "Viertel",
    "Stadtteil", "quartier", "ville", "localité", "village", "ciudad", "barrio", "pueblo",
    "localidad", "città", "quartiere", "villaggio",
)  # fmt: skip
FOREIGN_HOLD_OF: Final = ("de", "d['’]", "di", "del", "von")
#: People a side's adjective may stand before: "*Kurdish civilians*", "*Kurdish families*" are
#: no fighters of the side; nor is the people's adjective of a place ("the Syrian *Kurdish town*
#: of Kobani, after IS fighters took control of the area": IS is the one side named).
PEOPLE_AFTER_SIDE: Final = (
    "civilians", "residents", "families", "people", "children", "women", "refugees",
    "villagers", "inhabitants", "displaced", "population", "communit(?:y|ies)", "IDPs",
    # a people's things ("a figure in *Kurdish culture*")
    "culture", "language", "heritage", r"traditions?", "identity", "history", "music",
    "folklore", "mythology", r"legends?", r"poets?", r"singers?", r"songs?",
    r"towns?\s+of", r"city\s+of", r"villages?\s+of", r"(?:town|city|village)(?=\s+(?-i:[A-Z]))",
)  # fmt: skip
#: The trigger phrases of these rules for the pre-check (besides those of other lists).
HOLDING_TRIGGERS: Final = (
    *(r"under\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?" + n for n in UNDER_RULE_NOUNS),
    # (a side's "areas" only after its "-held", a trigger already)
    *(n + r"\s+(?:in|at|inside)" for n in HELD_SITE_NOUNS if n != "areas"),
    *REPEL_VERBS,
    *(w for w in WITH_HOLDING if w[0].isalpha()),
    "represent",
    "constitut",
    r"loyal\s+to",
    "governed",
    *HOLDING_PREDICATE_NOUNS,
    *FOREIGN_HOLD_VERBS,
)

# --------------------------------------------------------------------------- tolerant English

#: Words that may stand between the parts of an English holding or capture without changing
#: what it states (``rules._tolerant_rules``): auxiliaries, adverbs of time and of a whole
#: degree, the verb of a declaration or of a belief ("X *is now being* controlled by ...", "X
#: *was declared fully* under control of ...", "X *is believed to be* held by ...", "the army
#: *has officially* declared ..."). A doubt or a part ("reportedly", "largely", "partly": the
#: :data:`HEDGES` and :data:`DEGREE_HEDGES`) is no filler: it still makes no statement.
TOLERANT_FILLERS: Final = (
    "is", "are", "was", "were", "has", "have", "had", "been", "being", "be", "now", "still",
    "already", "fully", "completely", "entirely", "totally", "effectively", "officially",
    "firmly", "also", "all", "long", "currently", "today", "again", "then", "finally", "once",
    "remain", "remains", "remained", "stay", "stays", "stayed", "firmly", "securely",
    "declared", "considered", "deemed", "certified",
    r"(?:said|believed|reported|thought|understood|known|seen|confirmed)\s+to\s+(?:be|have\s+been)",
    r"seen\s+as",
)  # fmt: skip
#: The participles of a holding before "by" and its holder ("X, *controlled by* ...").
TOLERANT_HELD_BY: Final = (
    "controlled", "held", "run", "occupied", "dominated", "administered", "ruled", "governed",
)  # fmt: skip
#: A holding said with a noun between a preposition and "of" its holder, a whole degree and
#: quotes allowed ("*under the full control of* ...", "*under "total control" of* ...", "*in
#: the hands of* ...", "*under the rule of* ...").
TOLERANT_UNDER_OF: Final = (
    r"under\s+(?:the\s+)?" + CONTROL_DEGREE
    + r"(?:control|rule|grip|authority|administration)[\"'”’]?\s+of",
    r"in\s+(?:the\s+)?(?:firm\s+)?(?:hands|grip)\s+of",
)  # fmt: skip
#: The verbs an English subject takes a place with (its object), whatever words of
#: :data:`TOLERANT_FILLERS` stand between: a declaration of control or of a liberation ("Y
#: *declared full control over* X", "the army *officially declared the full liberation of*
#: X"), a control taken ("Damascus *takes full control of* X"), two verbs of one assault
#: ("*stormed and captured* X"), a success ("*managed to drive out* ... of X").
TOLERANT_CAPTURE_VERBS: Final = (
    r"(?:declar|announc|proclaim)(?:ed|es|e)\s+(?:the\s+)?" + CONTROL_DEGREE
    + r"(?:control[\"'”’]?\s+(?:of|over)|(?:liberation|capture|recapture|conquest)\s+of)",
    r"(?:took|takes|take|taken|gained|gains|seized|seizes|assumed|established|imposed|regained"
    r"|regains|retook|retakes|wrested|secured|won)\s+(?:back\s+)?" + CONTROL_DEGREE
    + r"control[\"'”’]?\s+(?:of|over)",
    # (a control taken with its object left out: "... until the SNA *took control* during ...")
    # ("they *have taken back control*": its perfect too)
    r"(?:took|takes|taken|gained|gains|seized|seizes|assumed|wrested|regained|retook|won)"
    r"\s+(?:back\s+)?" + CONTROL_DEGREE + r"control(?![\"'”’]?\s+(?:of|over)\b)",
    r"(?:stormed|attacked|entered|besieged|encircled|assaulted)\s+and\s+(?:then\s+)?"
    r"(?:(?:re-?)?captured|seized|took|retook|liberated|overran|secured|freed|conquered)",
    r"(?:re-?captured|recaptures|captured|captures|seized|seizes|retook|retakes|liberated"
    r"|liberates|freed|frees|overran|overruns|conquered|took|takes|wrested)",
)  # fmt: skip
#: The verbs of an English subject's holding, its object the place ("the military *says it
#: now controls* X", "the SDF *is "in full control" of* X", "rebels *retain control over* X";
#: not "had full control of", which may be a control just taken or a part of it).
TOLERANT_HOLD_VERBS: Final = (
    r"(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:(?:now|still|firmly)\s+)?"
    r"[\"“]?in\s+" + CONTROL_DEGREE + r"control[\"'”’]?\s+(?:of|over)",
    r"(?:retains?|retained|keeps?|kept|maintains?|maintained)\s+" + CONTROL_DEGREE
    + r"control[\"'”’]?\s+(?:of|over)",
    r"(?:controls|controlled|control|holds|hold|occupies|occupied|occupy|runs|dominates"
    r"|dominated)",
)  # fmt: skip
#: The verbs of a siege in a relative clause after the place, its subject a side and its object
#: left out ("X, which rebels *have besieged* for months", "X, which the army *has been
#: encircling* since July", "X, which IS militants *surround*"): the side besieges X. Only a
#: siege that goes on: one of the past ("had besieged", "once besieged", "besieged in 2014") or
#: only wanted ("want to besiege") is none.
TOLERANT_SIEGE_VERBS: Final = (
    r"ha(?:ve|s)\s+(?:(?:long|now|still)\s+)?(?:been\s+)?"
    r"(?:besieg|encircl|surround)(?:ed|ing)",
    r"ha(?:ve|s)\s+(?:(?:long|now|still)\s+)?(?:laid|kept)\s+(?:under\s+)?siege(?:\s+to)?",
    r"(?:are|is)\s+(?:(?:now|still)\s+)?(?:besieg|encircl|surround)ing",
    r"(?:(?:now|still)\s+)?(?:besieges?|encircles?|surrounds?|(?:lay|lays)\s+siege\s+to)",
)
#: A report of the subject's own words between it and its verb ("the military *says it* now
#: controls X", "rebels *said they had* taken X").
TOLERANT_SAYS: Final = (
    r"(?:says|said|say|announced|announces|confirmed|confirms|stated|states|added|reported)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\s+that)?\s+(?:it|they)"
    r"(?:['’](?:s|d|ve))?"
)
#: A capital named for its government as the subject of a capture ("*Damascus* takes full
#: control of X"): the government, but only before a verb of
#: :data:`TOLERANT_CAPTURE_VERBS` or :data:`TOLERANT_HOLD_VERBS` (anywhere else it is a place).
TOLERANT_METONYMS: Final = tuple((re.escape(name), "government") for name in CAPITAL_METONYMS)
#: Words before a side's name that make it no subject ("rebels fighting *against* the army",
#: "militants *opposing* the government", "clashes *with* IS", "*under* IS control").
TOLERANT_NOT_SUBJECT_BEFORE: Final = (
    *OBJECT_PREPOSITIONS, "opposing", "fighting", "battling", "under", "within", "inside",
)  # fmt: skip
#: A contest said of the place in its apposition ("X, *a disputed district* of Aleppo"). A
#: "disputed" claim elsewhere stays a hedge. (The scene of fighting is none: "X, the scene of
#: heavy clashes", "fighting raged on Sunday in X"; see :data:`FIGHTING`.)
TOLERANT_CONTESTED_ADJECTIVES: Final = ("disputed", "contested", "divided")
#: The trigger phrases of the tolerant rules for the pre-check.
TOLERANT_TRIGGERS: Final = (
    *(verb + r"\s+by" for verb in TOLERANT_HELD_BY),
    "control",
    "hands",
    r"grip\s+of",
    r"rule\s+of",
    r"authority\s+of",
    r"administration\s+of",
    r"liberation\s+of",
    r"conquest\s+of",
    r"capture\s+of",
    # (every verb's own word, which the pre-check finds by its first letter)
    "re-?captured", "recaptures", "captured", "captures", "seized", "seizes", "retook",
    "retakes", "liberated", "liberates", "freed", "frees", "overran", "overruns", "conquered",
    "disputed", "contested", "divided",
    "took", "takes", "wrested", "controls", "controlled", "holds", "hold", "occupies",
    "occupied", "occupy", "runs", "dominates", "dominated",
    # (the siege verbs of a relative: "X, which rebels have besieged")
    "besieg", "encircl", "surround", r"siege\s+to",
)  # fmt: skip

# --------------------------------------------------------------------------- long-tail English
# (the words of ``rules._english_tail_rules``: wordings of English agency captions the rules
# above do not read; each phrase here is also a trigger of the pre-check)

#: A fight for a place's control, which makes the place contested ("the *battle for control
#: over* X", "*fighting for control of* X", "the *struggle for control of* X").
TAIL_FIGHT_FOR: Final = (
    r"(?:battles?|fight(?:s|ing)?|struggle|tussle|contest)\s+for\s+(?:(?:full|total|the)\s+)?"
    r"control\s+(?:of|over)",
)
#: Words before such a fight (in its sentence, up to 60 characters) that make it only wanted,
#: threatened, won or past ("rebels *vowed to* fight for control of X", "the army *aims to win*
#: the battle for control of X", "*after* the battle for control of X"); "continue(d) to fight"
#: is still a fight.
TAIL_FIGHT_NOT_BEFORE: Final = (
    r"(?<!continue\s)(?<!continues\s)(?<!continued\s)(?<!still\s)to", "will", "vow(?:s|ed)?",
    "pledg(?:es|ed)", "promis(?:es|ed)", "prepar(?:es|ed|ing)", "ready", "readying",
    "intend(?:s|ed)?", "threat(?:en|ens|ened)", "expected", "looming", "upcoming",
    "coming", "future", "next", "won", "wins", "lost", "loses", "after", "following", "since",
    "ended", "former", "previous", "earlier",
)  # fmt: skip
#: Words after the place that end the fight ("the battle for control of X *ended*").
TAIL_FIGHT_ENDED: Final = (
    r"ended",
    r"ends",
    r"was\s+over",
    r"is\s+over",
    r"finished",
    r"was\s+won",
)
#: A front line named as the kind of a place: "the *frontline district of* X", "X, a *front-line*
#: neighbourhood" (contested); the place nouns it may go with.
TAIL_FRONTLINE: Final = r"front[\s-]?line"
TAIL_FRONTLINE_NOUNS: Final = (
    "district", "neighbou?rhood", "quarter", "town", "village", "city", "suburb", "area",
)  # fmt: skip
#: Words before a front line that put it in the past ("the *former* frontline district of X").
TAIL_FRONTLINE_PAST: Final = ("former", "one-?time", "erstwhile", "once", "then", "old")
#: A control shared out between sides, said of the place ("X, a district *where control is
#: split between* the army and jihadists", "X, *control of which is divided between* ...").
TAIL_SPLIT: Final = (
    r"(?:where|in\s+which)\s+control\s+(?:is|was|has\s+(?:long\s+)?been|remains|remained)",
    r"control\s+of\s+which\s+(?:is|was|has\s+(?:long\s+)?been|remains|remained)",
)
TAIL_SPLIT_VERBS: Final = (r"split", r"divided", r"shared", r"carved\s+up")
#: The adjectives that may stand between an apposition's article and its holder ("X, *an
#: embattled* rebel-held town", "X, a *Syrian* rebel-held town", "X, a *small northern*
#: IS-held village"); "former", "once" are none (a holding of the past).
TAIL_APPOSITION_ADJECTIVES: Final = (
    "embattled", "besieged", "beleaguered", "encircled", "surrounded", "restive", "battered",
    r"war-?torn", "devastated", "strategic", r"strategically\s+(?:important|located|vital)",
    "key", "vital", "important", "small", "tiny", "large", "major", "remote", "nearby", "border",
    "frontline", "Syrian", "northern", "southern", "eastern", "western", r"north-?eastern",
    r"north-?western", r"south-?eastern", r"south-?western", "central", "rural", "mainly",
    "predominantly", "sprawling", "densely", "populated", "poor", "impoverished", "ancient",
)  # fmt: skip
#: A holding said with "controlling" ("the army said it *was fully controlling* X", "rebels
#: *are now controlling* X"): the adverbs that may stand between.
TAIL_CONTROLLING_ADVERBS: Final = ("now", "still", "fully", "completely", "firmly", "effectively")
#: A side's participle of holding right before the place ("rebel fighters *holding* X refused
#: to leave", "the IS militants *controlling* the town of X"; not "holding positions in X",
#: "holding out in X", "holding talks in X": the place must follow it).
TAIL_HOLDING_PARTICIPLES: Final = ("controlling", "holding", "occupying")
#: The last words of a side's name before "holding" / "occupying" (the pre-check's cue: "a man
#: *holding* a child" is common and states nothing, so the side's noun goes with it).
TAIL_HOLDING_SUBJECTS: Final = (
    "rebels", "fighters", "militants", "forces", "troops", "soldiers", "jihadists", "militias",
    "militiamen", "insurgents", "army", "regime", "opposition", "gunmen", "units", "groups",
    "factions", "isis", "isil", "daesh", "sdf", "ypg", "hts", "sna", "fsa",
)  # fmt: skip
#: The nouns that name a side's fighters in a caption that names that side once further on
#: ("*The jihadists* captured X on Sunday, the monitor said, as IS pressed its offensive"): the
#: one side named after them in their sentence after "as" / "while" / "when" / "after", the
#: rebels or IS (no army or Kurdish force is called so), never one fought or taken from
#: ("from", "with", "against").
TAIL_FORWARD_NOUNS: Final = ("jihadists", "militants", "extremists", "insurgents")
#: The verbs of an advance that make the side named after such a noun the one it names ("..., as
#: IS *pressed* its offensive"; not "as rebels *withdrew*": the side that lost it).
TAIL_FORWARD_VERBS: Final = (
    "pressed", "presses", "pushed", "pushes", "advanced", "advances", "launched", "launches",
    "continued", "continues", "expanded", "expands", "extended", "extends", "tightened",
    "tightens", r"closed\s+in", r"closes\s+in", "stepped", "steps", "swept", "sweeps",
)  # fmt: skip
#: The trigger phrases of those rules for the pre-check.
TAIL_TRIGGERS: Final = (
    # (a fight for control and "controlling" pass through "control", a trigger already)
    "control",
    *(
        subject + r",?\s+(?:(?:still|now)\s+)?(?:holding|occupying)\s"
        for subject in TAIL_HOLDING_SUBJECTS
    ),
    TAIL_FRONTLINE,
    *(verb + r"\s+between" for verb in TAIL_SPLIT_VERBS),
)

# --------------------------------------------------------------------------- English clause reader
# (the words of ``rules._clause_en_rules``: the parts of one English clause that state control
# in orders the rules above do not read; each phrase here is also a trigger of the pre-check)

#: A fight for the place named right after it ("the *battle for* X", "*fighting for* X", "the
#: *fight for* the district"): contested, unless only wanted, won or past (the words of
#: :data:`TAIL_FIGHT_NOT_BEFORE` before it, :data:`TAIL_FIGHT_ENDED` after the place).
CLAUSE_EN_FIGHT_FOR: Final = (
    # (each starts with its letter, as every trigger of the pre-check must)
    *(
        noun + r"\s+for"
        for noun in ("battles?", "battling", "fights?", "fighting", "struggle", "tussle")
    ),
    *(
        verb + r"\s+over"
        for verb in ("fought", "battled", "battling", "fighting", "struggling", "vying", "vied")
    ),
)
#: Words of an apposition that put its holder in the past: "X, *once* an IS bastion", "X,
#: *formerly* a rebel stronghold" (the place was lost by that side; "long" is no past: "X, long
#: an IS stronghold" still is one).
CLAUSE_EN_ONCE: Final = (
    "once", "formerly", "previously", r"until\s+recently",
)  # fmt: skip
#: Ranks of a place among those a side took ("X, the *first* district to be recaptured by the
#: army"; not "the *next*", which is not yet taken).
CLAUSE_EN_RANKS: Final = ("first", "second", "third", "latest", "last", r"most\s+recent")
#: The capture participles after "to be" in such a rank ("the first district *to be retaken*
#: by the army").
CLAUSE_EN_RANK_PARTICIPLES: Final = (
    r"re-?captured", "captured", "retaken", "taken", "seized", "liberated", "freed", "regained",
    "overrun", r"taken\s+back", "cleared",
)  # fmt: skip
#: The capture gerunds before "it" that refer back to the place the sentence's subject stands
#: in ("soldiers celebrate in X *after recapturing it*").
CLAUSE_EN_GERUNDS_IT: Final = (
    r"re-?capturing", "capturing", "retaking", "taking", "seizing", "regaining", "liberating",
    "freeing", "overrunning", "securing", r"winning", "wresting",
)  # fmt: skip
#: The cues before such a gerund.
CLAUSE_EN_GERUND_CUES: Final = ("after", "since", "following", r"days?\s+after", r"hours\s+after")
#: The participles after "having" before such an "it" ("rebels patrol X, *having captured it*
#: from IS"; also after a cue: "after having seized it").
CLAUSE_EN_HAVING_IT: Final = (
    r"re-?captured", "captured", "retaken", "taken", "seized", "regained", "liberated", "freed",
    "overrun", "secured", "won", "wrested",
)  # fmt: skip
#: What may stand between such a gerund or participle and "it" ("after *wresting control of*
#: it from IS", "having *taken full control of* it").
CLAUSE_EN_CONTROL_OF_IT: Final = r"(?:\s+(?:back\s+)?(?:full\s+|total\s+)?control\s+(?:of|over))?"
#: The cues before "it" as a passive's subject that refers back to the place ("walk in X *after it
#: was* recaptured by the army"; not "before", which says it was someone else's then).
CLAUSE_EN_IT_CUES: Final = ("after", "since", "when", "once", "because", "as")
#: The passive's auxiliaries after that subject ("after it *had been* recaptured").
CLAUSE_EN_IT_AUXILIARIES: Final = ("was", r"had\s+been", r"has\s+been")
#: The definite nouns that stand for "it" as that subject, of the place named right before the
#: cue when it is of the noun's kind (:data:`ANAPHOR_KINDS`): "walk in X after *the district*
#: was recaptured from rebels".
CLAUSE_EN_IT_NOUNS: Final = (
    "area", "neighbou?rhood", "district", "quarter", "town", "village",
)  # fmt: skip
#: The trigger phrases of those rules for the pre-check.
CLAUSE_EN_TRIGGERS: Final = (
    *CLAUSE_EN_FIGHT_FOR,
    *(r"to\s+(?:be|have\s+been)\s+" + p for p in CLAUSE_EN_RANK_PARTICIPLES),
    *(word + r",?\s+(?:an?|the)\s" for word in CLAUSE_EN_ONCE),
    *(cue + r"\s+" + alternation(CLAUSE_EN_GERUNDS_IT) for cue in CLAUSE_EN_GERUND_CUES),
    r"having\s+" + alternation(CLAUSE_EN_HAVING_IT),
    r"it\s+(?:was|had\s+been|has\s+been)\s+(?:\w+\s+)?" + alternation(CLAUSE_EN_RANK_PARTICIPLES),
    alternation(CLAUSE_EN_IT_NOUNS)
    + r"\s+"
    + alternation(CLAUSE_EN_IT_AUXILIARIES)
    + r"\s+(?:\w+\s+)?"
    + alternation(CLAUSE_EN_RANK_PARTICIPLES),
)

# ------------------------------------------- more kinds: flags, losses, pronouns, halves (s23)
# (Each list below feeds one rule of ``rules`` and, through :data:`KINDS_MORE_TRIGGERS` and
# :data:`KINDS_MORE_SCRIPT_TRIGGERS`, the pre-check.)

#: More verbs of a side that lost a place, its subject before them, the place after them (as
#: :data:`WORLD_LOSE_VERBS`): Russian, Ukrainian ("ИГИЛ *утратил контроль над* X", "бойовики
#: *втратили контроль над* X"), Arabic, the subject after the verb ("*فقدت* قوات المعارضة *السيطرة
#: على* X"), German's perfect, its participle after the place ("der IS *hat die Kontrolle über* X
#: verloren") and Turkish, the place before ("IŞİD X'in *kontrolünü kaybetti*").
KINDS_LOSE_VERBS: Final = (
    r"(?:утрат|потер|втрат)(?:ил|ила|или|ило|ял|яла|яли|яло)\s+(?:(?:полный|весь|свой)\s+)?"
    r"контроль\s+(?:над|за)",
    r"(?:فقد|فقدت|فقدوا|يفقد|تفقد)(?=(?:\s+\S+){1,5}?\s+(?:ال)?سيطرة(?:ها|ه|هم)?\s+على)",
    r"(?:hat|haben|hatte|hatten)\s+(?:(?:nun|endgültig|vollständig|komplett|inzwischen)\s+)?"
    r"die\s+(?:vollständige\s+)?Kontrolle\s+über"
    # (its participle after the place, no "nicht" before it: "... über X *nicht* verloren")
    r"(?=(?:(?!nicht\s|kaum\s|nie\s)[^.;:!?]){1,80}?\s+verloren(?!\w))",
    # (an adverb between the auxiliary and the participle: "ont *définitivement* perdu le contrôle
    # de X", "han *completamente* perdido el control de X")
    r"(?:a|ont|avait|avaient|ha|han|había|habían)\s+(?:définitivement|complètement|totalement"
    r"|entièrement|completamente|totalmente|definitivamente)\s+perd(?:u|ido)\s+(?:le|el)\s+"
    r"(?:contrôle|control)\s+(?:de|du|del|d(?=['’]))",
    r"(?:kontrolünü|denetimini|hakimiyetini)\s+(?:tamamen\s+)?(?:kaybetti|kaybettiler|kaybetmişti"
    r"|kaybetmiş|yitirdi|yitirdiler)",
)  # fmt: skip

#: More names that refer back to a side named before them (as :data:`WORLD_ANAPHORS`), by
#: kind: ``groups`` are state media's "terrorist groups" and "armed groups" (IS or the rebels
#: named before them, else the rebels where the caption names neither IS nor the Kurdish forces,
#: as ``militants``); ``organisation`` is "the organisation" of Arabic, French and German captions
#: ("التنظيم", "l'organisation", "die Terrormiliz"), IS only, and only where the caption named IS
#: before it; ``pronoun`` is a subject pronoun opening its sentence ("Ils ont repris X", "Sie
#: eroberten X", "Они захватили X"): the one side that opens the sentence before, when that
#: sentence names no other side.
KINDS_ANAPHORS: Final[tuple[tuple[str, str], ...]] = (
    (
        "groups",
        r"[وبلف]?(?:المجموعات|الجماعات|التنظيمات|المجاميع)\s+(?:الإرهابية|المسلحة)",
    ),
    (
        "organisation",
        r"(?:l['’]\s*organisation|(?:die|der)\s+Terrormiliz|[وبلف]?التنظيم)"
        r"(?:\s+(?:jihadiste|djihadiste|terroriste|extrémiste|الإرهابي|المتطرف))?",
    ),
    (
        "pronoun",
        r"(?-i:[Ii]ls|[Ee]lles|[Ss]ie|[Оо]ни|[Вв]они|[Ee]llos|[Ee]les|[Ee]ssi|[Oo]nlar)",
    ),
)
#: The ``groups`` names that are the rebels when no side is named before them.
KINDS_ANAPHOR_DEFAULT: Final = r"[وبلف]?(?:المجموعات|الجماعات|التنظيمات|المجاميع)\s+\S+"
#: The words a subject pronoun or a left-out subject may come after at its sentence's start
#: ("*Puis* ils ont repris X", "*Luego* tomaron X", "*Poi* hanno ripreso X", "*Dann* eroberten
#: sie X"), and the auxiliaries before a participle whose subject is left out ("*Hanno* ripreso
#: il quartiere", "*Han* recuperado", "*Têm* tomado").
KINDS_SUBJECT_LEADS: Final = (
    "puis", "ensuite", "dann", "danach", "luego", "después", "despues", "poi", "quindi", "depois",
    "então", "затем", "потом", "потім", "ardından", r"daha\s+sonra", "sonra", "y", "e", "und",
    "et", "и", "і", r"más\s+tarde", r"plus\s+tard", r"più\s+tardi", "später",
)  # fmt: skip
KINDS_DROPPED_AUXILIARIES: Final = (
    "hanno", "avevano", "han", "habían", "hemos", "têm", "tinham", "haben", "hatten",
)  # fmt: skip

#: A flag raised over a place: the raising verbs, active and passive ("soldiers *raised* the
#: Syrian flag over X", "*hissé le* drapeau", "*izaron* la bandera", "*hissten* die Flagge",
#: "*رفع* العلم", "*подняли* флаг", "the flag *was raised* over X", "*a été hissé*", "*fue
#: izada*", "*wurde* in X *gehisst*", "*رُفع* العلم"), and the prepositions before the place.
FLAG_RAISE_VERBS: Final = (
    r"rais(?:e|ed|es|ing)", r"hoist(?:ed|s|ing)?", r"plant(?:ed|s|ing)?", r"ran\s+up",
    r"(?:a|ont|avaient|avait)\s+(?:\w+\s+)?(?:hissé|planté|levé)", r"hiss(?:ent|èrent|a|ait|aient)",
    r"planta(?:ient)?", r"plantèrent",
    r"iz(?:ó|aron|an|a)", r"(?:ha|han|había|habían)\s+izado", r"colocaron", r"plantaron",
    r"içaram|hastearam|hasteou|içou|ergueram", r"(?:hanno|ha)\s+(?:issato|piantato|alzato)",
    r"issarono|piantarono",
    r"hisst(?:en|e)?",
    r"رفع|رفعت|رفعوا|يرفع|ترفع|يرفعون|غرز|غرزت|غرزوا|نصب|نصبت|نصبوا|رُفع|رُفِع|رُفِعَ",
    r"подняли|поднял|подняла|водрузили|водрузил|підняли|підняв|встановили",
)  # fmt: skip
FLAG_RAISED_PASSIVES: Final = (
    r"(?:was|were|has\s+been|had\s+been|is|is\s+being|was\s+being)\s+(?:\w+\s+)?"
    r"(?:raised|hoisted|planted|run\s+up)",
    r"(?:a|ont|avait)\s+été\s+(?:\w+\s+)?(?:hissée?s?|plantée?s?)",
    r"(?:fue|fueron|ha\s+sido|ha\s+sido)\s+(?:\w+\s+)?(?:izad[ao]s?|colocad[ao]s?)",
    r"(?:foi|foram)\s+(?:\w+\s+)?(?:içad[ao]s?|hastead[ao]s?)",
    r"(?:è\s+stat[ao]|sono\s+stat[ei])\s+(?:\w+\s+)?(?:issat[ao]|piantat[ao]|alzat[ao])",
    r"(?:был|была|было|были)\s+(?:\w+\s+)?(?:поднят\w*|водружен\w*|водружён\w*)",
)  # fmt: skip
#: The flags by the side that raises them ("the Syrian flag": the government, before the fall
#: of the Assad government in December 2024 (:data:`FLAG_NATIONAL_UNTIL`); "the Turkish flag",
#: "the flag of the Free Syrian Army", "the revolution flag": the rebels, Turkish-backed
#: factions counted as rebels; "the black flag of IS": IS; "the YPG flag": the Kurdish forces);
#: ``own`` a flag named by its possessive ("their flag", "leur drapeau", "علمها"), the subject's;
#: ``national`` "the national flag", the government's where the clause names the government as
#: its subject.
FLAG_OWNERS: Final[tuple[tuple[str, str], ...]] = (
    (
        "government",
        r"(?:the\s+|a\s+)?(?:red,?\s+white\s+and\s+black\s+)?Syrian\s+(?:national\s+|government\s+"
        r"|state\s+|regime\s+)?flags?"
        r"|(?:le\s+|un\s+)?drapeau\s+(?:national\s+)?syrien(?:\s+officiel)?"
        r"|(?:la\s+|una\s+)?bandera\s+(?:nacional\s+)?siria"
        r"|(?:a\s+|uma\s+)?bandeira\s+(?:nacional\s+)?síria"
        r"|(?:la\s+|una\s+)?bandiera\s+(?:nazionale\s+)?siriana"
        r"|(?:die\s+|eine\s+)?syrische\s+(?:National)?(?:flagge|fahne)"
        r"|(?:ال)?علم\s+(?:ال)?(?:سوري|وطني|الجمهورية\s+العربية\s+السورية|الدولة\s+السورية)"
        r"(?:\s+(?:ال)?(?:سوري|وطني))?"
        r"|(?:сирийский|сирійський)\s+(?:государственный\s+|державний\s+)?(?:флаг|прапор)"
        r"|(?:государственный\s+)?флаг\s+Сирии",
    ),
    (
        "rebels",
        r"(?:the\s+|a\s+)?(?:Turkish|FSA|Free\s+Syrian\s+Army|opposition|revolution(?:ary)?"
        r"|independence|rebel)\s+flags?"
        r"|(?:the\s+|a\s+)?flags?\s+of\s+(?:the\s+)?(?:Free\s+Syrian\s+Army|FSA|(?:Syrian\s+)?"
        r"revolution|Syrian\s+opposition|opposition|rebels)"
        r"|(?:le\s+|un\s+)?drapeau\s+(?:turc|de\s+la\s+(?:révolution|rébellion)|de\s+l['’]\s*ASL"
        r"|de\s+l['’]\s*Armée\s+syrienne\s+libre|rebelle|de\s+l['’]\s*opposition)"
        r"|(?:la\s+|una\s+)?bandera\s+(?:turca|de\s+la\s+revolución|rebelde|del\s+ELS"
        r"|del\s+Ejército\s+Sirio\s+Libre|de\s+la\s+oposición)"
        r"|(?:a\s+|uma\s+)?bandeira\s+(?:turca|da\s+revolução|do\s+ELS)"
        r"|(?:la\s+|una\s+)?bandiera\s+(?:turca|della\s+rivoluzione|dell['’]\s*ELS)"
        r"|(?:die\s+|eine\s+)?(?:türkische\s+(?:flagge|fahne)|(?:flagge|fahne)\s+der\s+"
        r"(?:Revolution|FSA|Freien\s+Syrischen\s+Armee|Opposition|Rebellen)|Rebellenflagge)"
        r"|(?:ال)?علم\s+(?:ال)?(?:تركي|الثورة|الجيش\s+(?:السوري\s+)?الحر|المعارضة)"
        r"|(?:турецкий|турецький)\s+(?:флаг|прапор)|флаг\s+(?:Турции|ССА|оппозиции)"
        r"|Türk\s+bayrağ(?:ı|ını)|ÖSO\s+bayrağ(?:ı|ını)|Özgür\s+Suriye\s+Ordusu(?:['’]nun)?\s+"
        r"bayrağ(?:ı|ını)",
    ),
    (
        "islamic_state",
        r"(?:the\s+|a\s+)?(?:black\s+)?(?:IS|ISIS|ISIL|Islamic\s+State|jihadist)\s+(?:black\s+)?flags?"
        r"|(?:the\s+|a\s+)?black\s+flag\s+of\s+(?:the\s+)?(?:IS|ISIS|ISIL|Islamic\s+State|jihadists)"
        r"|(?:le\s+|un\s+)?drapeau\s+noir\s+(?:de\s+l['’]\s*(?:EI|Etat\s+islamique|État\s+islamique)"
        r"|des\s+jihadistes|jihadiste)"
        r"|(?:la\s+)?bandera\s+negra\s+(?:del\s+(?:EI|Estado\s+Islámico)|yihadista)"
        r"|(?:die\s+)?schwarze\s+(?:flagge|fahne)\s+(?:des\s+IS|der\s+Terrormiliz|der\s+Dschihadisten)"
        r"|(?:ال)?(?:راية|علم)\s+(?:ال)?(?:تنظيم\s+)?(?:داعش|الدولة\s+الإسلامية)"
        r"|(?:черный|чёрный)\s+флаг\s+(?:ИГИЛ|ИГ|боевиков)|флаг\s+ИГИЛ",
    ),
    (
        "kurdish",
        r"(?:the\s+|a\s+)?(?:YPG|YPJ|SDF|Kurdish|PYD)\s+flags?"
        r"|(?:the\s+|a\s+)?flags?\s+of\s+(?:the\s+)?(?:YPG|SDF|Syrian\s+Democratic\s+Forces"
        r"|People['’]s\s+Protection\s+Units)"
        r"|(?:le\s+|un\s+)?drapeau\s+(?:kurde|des\s+(?:FDS|YPG)|des\s+Forces\s+démocratiques\s+syriennes)"
        r"|(?:la\s+)?bandera\s+(?:kurda|de\s+las\s+(?:FDS|YPG))"
        r"|(?:die\s+)?(?:kurdische\s+(?:flagge|fahne)|(?:YPG|SDF)-(?:Flagge|Fahne))"
        r"|(?:ال)?(?:علم|راية)\s+(?:ال)?(?:وحدات\s+حماية\s+الشعب|قسد|قوات\s+سوريا\s+الديمقراطية|الكردي)"
        r"|(?:курдский|курдський)\s+(?:флаг|прапор)|флаг\s+(?:СДС|YPG)",
    ),
    (
        "national",
        r"(?:the\s+|a\s+)?national\s+flag|(?:le\s+|un\s+)?drapeau\s+national"
        r"|(?:la\s+|una\s+)?bandera\s+nacional|(?:a\s+|uma\s+)?bandeira\s+nacional"
        r"|(?:la\s+)?bandiera\s+nazionale|(?:die\s+)?National(?:flagge|fahne)"
        r"|национальный\s+флаг|государственный\s+флаг",
    ),
    (
        "own",
        r"(?:their|its)\s+(?:own\s+)?(?:black\s+)?flags?|(?:leur|son)\s+drapeau(?:\s+noir)?"
        r"|su\s+bandera(?:\s+negra)?|(?:ihre|seine)\s+(?:schwarze\s+)?(?:flagge|fahne)"
        r"|(?:علمها|علمهم|رايتها|رايتهم|رايته|علمه)|свой\s+(?:черный\s+|чёрный\s+)?флаг",
    ),
)
#: The last day a Syrian national flag raised says the Assad government took the place (the
#: new authorities raised the revolution flag as the national one after 8 December 2024): a
#: flag raised later says nothing of the government or the rebels.
FLAG_NATIONAL_UNTIL: Final = "2024-12-07"
#: The words between a flag and its place: a preposition, then the place's noun ("over *the
#: town of* X", "sur *la ville d'*X", "في *حي* X").
FLAG_PLACE_PREPOSITIONS: Final = (
    r"over|above|in|on|atop|at", r"sur|à|a|dans|au-dessus\s+de", r"en|sobre|encima\s+de",
    r"em|no|na|sobre", r"su|in|a|sopra", r"über|in|auf", r"في|فوق|على|ب", r"над|в|на",
)  # fmt: skip
#: Turkish: a flag raised in a place said after the place in the locative ("X'te Türk bayrağı
#: *dikildi*", "*göndere çekildi*", "bayrağını *diktiler*").
FLAG_TR_RAISED: Final = (
    r"dikildi|dikti|diktiler|göndere\s+çekildi|göndere\s+çektiler|çekildi|asıldı|astı|astılar"
    r"|dalgalandı|dalgalanıyor",
)

#: Speakers, not fighters, in the other languages (as :data:`SPEAKER_NOUNS`): a side's name
#: before them names no side of the fight ("Боевики утратили контроль над X, сообщили *курдские
#: источники*": the Kurdish sources are no taker).
KINDS_SPEAKER_NOUNS: Final = (
    r"sources?", "fuentes", "fontes", "fonti", r"Quellen?", r"kaynak\w*", r"источник\w*",
    r"джерел\w*", "СМИ", "ЗМІ", r"media\w*", "médias", r"medios", r"officiels?", r"responsables?",
    r"porte-parole", "portavoz", "Sprecher", "sözcüsü", r"представител\w*", r"активист\w*",
    r"مصادر", r"وسائل", r"مصدر", r"ناشطون", r"ناشطين", r"مسؤول\w*",
)  # fmt: skip

#: A half of a city as the object of a verb or a holding's subject, the city after it ("hold
#: *half of* Aleppo", "*la moitié est d'*Alep", "*la mitad de* Alepo", "*die Hälfte* Aleppos",
#: "على *نصف مدينة* حلب", "*половину* Алеппо"): a statement on part of the city (the whole city
#: gets none), as "a rebel-held area of Aleppo" is.
HALF_OF: Final = (
    r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|around\s+)?(?:the\s+|a\s+)?"
    r"(?:(?:eastern|western|northern|southern|other)\s+)?half\s+of\s+(?:the\s+city\s+of\s+)?",
    r"(?:(?:environ|près\s+de|presque)\s+)?(?:la\s+)?moitié\s+(?:(?:est|ouest|nord|sud|orientale"
    r"|occidentale)\s+)?(?:de\s+la\s+ville\s+)?(?:d['’]\s*|de\s+)",
    r"(?:(?:casi|cerca\s+de)\s+)?(?:la\s+)?mitad\s+(?:(?:este|oeste|norte|sur|oriental|occidental)\s+)?"
    r"(?:de\s+la\s+ciudad\s+)?de\s+",
    r"(?:(?:quase|cerca\s+de)\s+)?(?:a\s+)?metade\s+(?:(?:leste|oeste|norte|sul|oriental|ocidental)"
    r"\s+)?(?:da\s+cidade\s+)?de\s+",
    r"(?:(?:quasi|circa)\s+)?(?:la\s+)?metà\s+(?:(?:est|ovest|orientale|occidentale)\s+)?"
    r"(?:della\s+città\s+)?di\s+",
    r"(?:(?:fast|etwa|rund)\s+)?(?:die\s+)?(?:(?:östliche|westliche|nördliche|südliche)\s+)?"
    r"Hälfte\s+(?:der\s+Stadt\s+|von\s+)?",
    r"(?:ال)?نصف\s+(?:(?:ال)?(?:شرقي|غربي|شمالي|جنوبي)\s+)?(?:من\s+)?(?:مدينة\s+)?",
    r"(?:почти\s+|около\s+)?(?:(?:восточн|западн)\w+\s+)?половин\w*\s+(?:города\s+)?",
)  # fmt: skip

#: The pre-check's triggers of these rules (lower case; the Latin ones at a word's start), and
#: those in the other scripts.
KINDS_MORE_TRIGGERS: Final = (
    "flag", "drapeau", "bandera", "bandeira", "bandiera", "flagge", "fahne", "bayrağ",
    r"half\s+of", "moitié", "mitad", "metade", "metà", "hälfte",
    r"kontrolünü\s", r"denetimini\s", r"hakimiyetini\s",
)  # fmt: skip
KINDS_MORE_SCRIPT_TRIGGERS: Final = (
    "علم", "راية", "رايت", "نصف", "флаг", "прапор", "половин", "утратил", "потерял", "втратил",
)  # fmt: skip
__all__ += [
    "FLAG_NATIONAL_UNTIL",
    "FLAG_OWNERS",
    "FLAG_PLACE_PREPOSITIONS",
    "FLAG_RAISED_PASSIVES",
    "FLAG_RAISE_VERBS",
    "FLAG_TR_RAISED",
    "HALF_OF",
    "KINDS_ANAPHORS",
    "KINDS_ANAPHOR_DEFAULT",
    "KINDS_DROPPED_AUXILIARIES",
    "KINDS_LOSE_VERBS",
    "KINDS_MORE_SCRIPT_TRIGGERS",
    "KINDS_MORE_TRIGGERS",
    "KINDS_SPEAKER_NOUNS",
    "KINDS_SUBJECT_LEADS",
]

# ------------------------------------------- captures said as nouns, defenders (round 23)
# The tables of ``rules._nominal23_rules``: a capture said by a gerund with its side as subject
# after a cue of a past event, a capture noun of a city with its side named, a place's anaphor
# owning the noun, the defenders of a place, and the Turkish nominal passive with its agent.

__all__ += [
    "NOMINAL23_DEFENDER_NOUNS",
    "NOMINAL23_DEFEND_VERBS",
    "NOMINAL23_DE_ABLE_VERBS",
    "NOMINAL23_DE_KEEP_VERBS",
    "NOMINAL23_DE_RELATIVE",
    "NOMINAL23_RU_AFTER",
    "NOMINAL23_RU_CITY_NOUNS",
    "NOMINAL23_SUBJECT_GERUNDS",
    "NOMINAL23_TRIGGERS",
    "NOMINAL23_TR_AFTER",
    "NOMINAL23_TR_NOUN_PASSIVES",
    "NOMINAL23_WORLD_DEFENDERS",
]

#: The gerunds of a capture whose subject is a side named right before them, after a cue of a
#: past event (:data:`CAPTURE_NOUN_CUES`): "residents *celebrated* the army *regaining control
#: of* the city", "*since* rebels *capturing* X" (not "to prevent the army retaking X", no cue).
NOMINAL23_SUBJECT_GERUNDS: Final = (
    rf"(?:re)?gaining\s+{CONTROL_DEGREE}{CONTROL_OF}",
    rf"(?:taking|seizing|wresting|retaking|securing)\s+{CONTROL_DEGREE}{CONTROL_OF}",
    r"re-?capturing", "capturing", "retaking", "liberating", "overrunning",
)  # fmt: skip
#: The nouns of the fighters who defend a place (its side named with them: "the *Kurdish
#: defenders of* Kobani", "Kobani's *Kurdish defenders*"): the side holds it.
NOMINAL23_DEFENDER_NOUNS: Final = ("defenders", "defender")
#: The English verbs of a side defending a place it stands in, present or gerund ("Kurdish
#: fighters *defend* X", "YPG units *defending* X", "Kurds who *defend their town*, X"): the side
#: holds it. Not "to defend X" (an aim), nor "defended" (a past defence says nothing of now).
NOMINAL23_DEFEND_VERBS: Final = ("defend", "defends", "defending", r"are\s+defending")
#: The defenders of a place with their side's adjective in the other languages, the place after
#: them ("die *kurdischen Verteidiger* (von) X", "les *défenseurs kurdes de* X", "los
#: *defensores kurdos de* X", "i *difensori curdi di* X", "os *defensores curdos de* X",
#: "*курдские защитники* X"): (side, pattern) pairs.
NOMINAL23_WORLD_DEFENDERS: Final[tuple[tuple[str, str], ...]] = (
    ("kurdish", r"kurdische[nr]?\s+Verteidiger(?:\s+von)?"),
    ("kurdish", r"défenseurs\s+kurdes\s+(?:de\s+|d['’])"),
    ("kurdish", r"defensores\s+(?:kurdos|curdos)\s+de"),
    ("kurdish", r"difensori\s+curdi\s+(?:di|della|del)"),
    ("kurdish", r"курдские\s+защитники"),
    ("kurdish", r"Kürt\s+savunucular[ıi]"),
    # Arabic ("المقاتلون الأكراد *المدافعون عن* X", "*المدافعين الأكراد عن* X"), Persian
    # ("*مدافعان کرد* X")
    ("kurdish", r"(?:ال)?(?:أكراد|كرد)\s+(?:ال)?مدافع(?:ون|ين)\s+عن"),
    ("kurdish", r"(?:ال)?مدافع(?:ون|ين)\s+(?:ال)?(?:أكراد|كرد)\s+عن"),
    ("kurdish", r"مدافعان\s+کرد(?:ی)?"),
)
#: German modal verbs that state a side was able to keep a place, the side after them ("bisher
#: *konnten* syrische Volksverteidigungseinheiten X schützen"), and the verbs of the keeping
#: after the place (:data:`NOMINAL23_DE_KEEP_VERBS`): the side holds it.
NOMINAL23_DE_ABLE_VERBS: Final = ("konnten", "konnte", "können", "kann")
#: A German relative of a side defending its town, after the side and a comma ("die Kurden, *die
#: ihre Stadt* (X) *verteidigen*"): the town named in it, or else the one named before; not
#: "verteidigen wollen" (an aim).
NOMINAL23_DE_RELATIVE: Final = r",\s+die\s+ihre\s+(?:Heimat)?[Ss]tadt\s+"
NOMINAL23_DE_KEEP_VERBS: Final = ("schützen", "verteidigen", "halten")
#: The Turkish nominal passive of a capture after the place's genitive ("X'in ÖSO tarafından
#: *ele geçirilmesinin* ardından", "*kurtarılmasının*", "*alınmasının*"), its agent before it
#: with "tarafından", and the cue of a past event after it (:data:`NOMINAL23_TR_AFTER`).
NOMINAL23_TR_NOUN_PASSIVES: Final = (
    r"ele\s+geçirilmesi(?:nin|nden)", r"kurtarılması(?:nın|ndan)", r"alınması(?:nın|ndan)",
    r"kontrol(?:ü|e)?\s+altına\s+alınması(?:nın|ndan)",
)  # fmt: skip
NOMINAL23_TR_AFTER: Final = (r"ardından", r"sonra", r"akabinde", r"itibaren")
#: A Russian or Ukrainian capture noun of "the city" after "after" ("*после освобождения
#: города* сирийской армией", "*після звільнення міста* курдськими силами"): the city named
#: before, taken by the side named right after it.
NOMINAL23_RU_AFTER: Final = (r"после", r"після", r"с\s+момента", r"з\s+моменту")
NOMINAL23_RU_CITY_NOUNS: Final = (
    r"(?:освобождени[яе]|взяти[яе]|звільнення|взяття)\s+(?:этого\s+|цього\s+)?(?:города|міста)",
)
#: The trigger phrases of those rules for the pre-check (all lower case).
NOMINAL23_TRIGGERS: Final = (
    *NOMINAL23_SUBJECT_GERUNDS,
    *NOMINAL23_DEFENDER_NOUNS,
    *NOMINAL23_DEFEND_VERBS,
    *(pattern.lower() for _, pattern in NOMINAL23_WORLD_DEFENDERS),
    *NOMINAL23_DE_KEEP_VERBS,
    *NOMINAL23_TR_NOUN_PASSIVES,
    *NOMINAL23_RU_CITY_NOUNS,
)

#: The part nouns after the rebels' own adjective ("a rebel *area* of X", "the opposition
#: *districts* of X"): a part of the place the rebels hold.
REBEL_PART_NOUNS: Final = (
    "area", "areas", "part", "parts", "side", "sector", "sectors", "district", "districts",
    "neighbou?rhoods?", "quarters?",
)  # fmt: skip
#: The bearings that open the gazetteer's side of a city after the rebels' adjective ("the rebel
#: *eastern* districts of Aleppo", "rebel *east* Aleppo": the rebels hold that side, as
#: "rebel-held eastern Aleppo" says).
REBEL_REGION_BEARINGS: Final = (
    r"(?:north|south)?[-‑]?(?:east|west)(?:ern)?", r"(?:north|south)(?:ern)?",
)  # fmt: skip
#: "X, which has *held out against* government forces": the side named after it besieges or
#: attacks X, which the one other side its sentence names holds.
HELD_OUT_AGAINST: Final = r"h(?:e|o)ld(?:s|ing)?\s+out\s+against"
#: The triggers of a side's positions in a place ("rebel *positions across* X"; see
#: :data:`SIDE_POSITIONS_IN`), of the rebels' own adjective before a part ("a *rebel area of*
#: X", "the *rebel eastern* districts"), and of a place that held out against a side.
PART_TRIGGERS: Final = (
    r"(?:positions|posts|outposts)\s+(?:across|throughout|in|inside|around)\s",
    rf"{alternation(REBEL_ADJECTIVES)}\s+{alternation(REBEL_PART_NOUNS)}\s+(?:of|in|inside)\s",
    rf"{alternation(REBEL_ADJECTIVES)}\s+{alternation(REBEL_REGION_BEARINGS)}\s",
    HELD_OUT_AGAINST,
)

# ------------------------------------------- a capture verb's object must be the place (s23)
# (The words of ``rules._object_reaches``: read backwards from a place to its verb, they say
# whether the place is the verb's object, "a repris *le contrôle du quartier stratégique de*
# X", or stands in an adverbial phrase after another object, "a pris des photos *dans le
# quartier de* X", "tomaron la carretera *hacia* X", "nahmen Zivilisten *in* X mit". Lower
# case; each a whole word.)

#: Articles, determiners and counts inside an object's noun phrase ("*les deux* quartiers",
#: "*todos los* barrios", "*die* Stadt", "*несколько* сёл", "*كامل* مدينة").
OBJECT_ARTICLES: Final = (
    "le", "la", "les", "l['’]", "un", "une", "el", "los", "las", "lo", "il", "i", "gli", "o", "a",
    "os", "as", "um", "uma", "die", "der", "den", "dem", "das", "ein", "eine", "einen", "einem",
    "einer", "het", "een", "the", "ce", "cet", "cette", "ces", "este", "esta", "estos", "estas",
    "ese", "esa", "questo", "questa", "quel", "quella", "esse", "essa", "diese", "diesen",
    "dieses", "plusieurs", "deux", "trois", "quatre", "cinq", "tous", "toutes", "tout", "toute",
    "certains", "certaines", "nombreux", "nombreuses", "varios", "varias", "dos", "tres",
    "cuatro", "todos", "todas", "todo", "toda", "diversi", "diverse", "alcuni", "alcune", "due",
    "tre", "tutti", "tutte", "tutto", "tutta", "intera", "intero", "vários", "várias", "três",
    "mehrere", "alle", "zwei", "drei", "vier", "ganze", "ganzen", "gesamte", "gesamten",
    "meerdere", "enkele", "twee", "drie", "hele", "gehele", "несколько", "все", "всех", "весь",
    "всю", "всё", "два", "две", "три", "кілька", "усі", "всі", "увесь", "kilka", "wszystkie",
    "całe", "cały", "całą", "dwie", "dwa", "trzy", "عدة", "عدد", "كل", "كامل", "معظم", "بعض",
    "أغلب", "غالبية", "total", "totale", "pleno", "pieno", "entier", "entière", "entero",
    "entera", "nouveau", "nouveaux", "nuevo", "nuevos", "nuovo", "novo", "nouvelle", "nueva",
    r"\d+",
)  # fmt: skip
#: The nouns of an object that is a place, its part or its control, before the place ("le
#: *quartier* de X", "el *control* del *barrio* de X", "*die Kontrolle* über X", "*район* X",
#: "*dzielnicę* X", "*حي* X"): stems where the word inflects.
OBJECT_PLACE_NOUNS: Final = (
    # French, Spanish, Italian, Portuguese
    r"quartiers?", r"villes?", r"villages?", r"localités?", r"secteurs?", r"zones?", r"bourgs?",
    r"cités?", r"communes?", r"régions?", r"provinces?", r"bastions?", r"fiefs?", r"enclaves?",
    r"parties?", r"moitié", r"totalit\w*", r"ensemble", r"majorité", r"plupart", r"centre",
    r"contrôle", r"aéroport", r"bases?", r"citadelle", r"faubourgs?", r"collines?",
    r"barrios?", r"ciudad(?:es)?", r"pueblos?", r"localidad(?:es)?", r"aldeas?", r"sectores?",
    r"zonas?", r"áreas?", r"regi(?:ón|ones)", r"provincias?", r"bastión", r"bastiones",
    r"feudos?", r"partes?", r"mitad", r"totalidad\w*", r"mayoría", r"centro", r"control",
    r"aeropuerto", r"ciudadela", r"quartier[ei]", r"città", r"villaggi?o?", r"paes[ei]",
    r"località", r"cittadina", r"aree?", r"roccaforte", r"controllo", r"metà", r"maggior",
    r"aeroporto", r"bairros?", r"cidades?", r"vilas?", r"localidades?", r"reduto",
    r"controle", r"controlo", r"metade", r"maioria", r"distritos?",
    # German, Dutch
    r"stadt", r"städte", r"stadtteile?n?", r"stadtviertel", r"viertel[ns]?", r"ort(?:e|s)?",
    r"ortschaft(?:en)?", r"dorf", r"dörfer[n]?", r"bezirk(?:e|en)?", r"provinz", r"enklave",
    r"hochburg", r"teile?n?", r"hälfte", r"gebiete?n?", r"kontrolle", r"zentrum", r"flughafen",
    r"stad", r"wijk(?:en)?", r"dorp(?:en)?", r"plaats(?:en)?", r"gebied(?:en)?", r"deel",
    r"helft", r"controle", r"regio", r"gesamtheit", r"geheel",
    # Russian, Ukrainian, Polish
    r"город\w*", r"район\w*", r"квартал\w*", r"сел[оаеу]\w*", r"сёл\w*", r"посел\w*",
    r"деревн\w*", r"част\w*", r"половин\w*", r"контрол\w*", r"центр\w*", r"аэропорт\w*",
    r"міст[оау]\w*", r"містечк\w*", r"селищ\w*", r"аеропорт\w*", r"dzielnic\w*", r"miast\w*",
    r"miejscowoś\w*", r"wsi", r"wieś", r"osiedl\w*", r"częś\w*", r"kontrol\w*", r"lotnisk\w*",
    # Arabic (the article and a joining "and" taken off first)
    r"حي", r"أحياء", r"احياء", r"مدينة", r"مدن", r"بلدة", r"بلدات", r"قرية", r"قرى", r"منطقة",
    r"مناطق", r"سيطرة", r"أجزاء", r"اجزاء", r"جزء", r"قسم", r"مطار", r"قاعدة", r"مركز", r"ريف",
)  # fmt: skip
#: Prepositions of a noun's complement ("le quartier *de* X", "el control *del* barrio", "die
#: Kontrolle *über* X", "контроль *над* X", "أجزاء *من* X"): the place after one is the object
#: where the noun before it is a place noun, its control, or the verb itself ("s'est emparée
#: *du* quartier de X"); not after another noun ("des prisonniers *de* X", "дорогу *на* X").
OBJECT_OF_PREPOSITIONS: Final = (
    "de", "d['’]", "du", "des", "del", "della", "dello", "dell['’]", "dei", "degli", "delle",
    "di", "do", "da", "von", "vom", "van", "über", "over", "sur", "sobre", "su", "of",
    "над", "на", "из", "от", "з", "із", "від", "nad", "od", "z", "ze", "من",
)  # fmt: skip
#: Prepositions of an adverbial phrase: a place after one is where the deed was done or where
#: something else lies, not the object ("des photos *dans* X", "la carretera *hacia* X",
#: "Zivilisten *in* X", "склад *в районе* X", "broń *w* dzielnicy X", "مستودع *في* حي X"). A
#: following control noun makes "under" part of the verb ("взяли *под* контроль").
OBJECT_ADVERBIAL_PREPOSITIONS: Final = (
    # French, Spanish, Italian, Portuguese
    "dans", "en", "à", "au", "aux", "vers", "près", "proche", "autour", "depuis", "contre",
    "pour", "par", "chez", "entre", "devant", "derrière", "menant", "hacia", "hasta", "cerca",
    "junto", "para", "por", "desde", "contra", "al", "in", "nel", "nella", "nei", "negli",
    "nelle", "nello", "nell['’]", "per", "verso", "presso", "vicino", "tra", "fra", "dal",
    "dalla", "em", "no", "na", "nos", "nas", "num", "numa", "perto", "pelo", "pela", "ao",
    "aos", "às", "rumo",
    # German, Dutch
    "im", "bei", "beim", "nach", "nahe", "um", "an", "am", "auf", "aus", "vor", "hinter",
    "zu", "zum", "zur", "gegen", "durch", "mit", "bij", "naar", "nabij", "rond", "rondom",
    "buiten", "op", "uit", "aan", "met", "tegen", "door",
    # Russian, Ukrainian, Polish
    "в", "во", "у", "около", "возле", "близ", "вблизи", "к", "ко", "через", "под", "біля",
    "поблизу", "до", "під", "w", "we", "przy", "pod", "koło", "obok", "ku", "blisko",
    "niedaleko", "wokół",
    # Arabic
    "في", "قرب", "بالقرب", "حول", "نحو", "إلى", "الى", "عند", "داخل", "خارج", "بين", "باتجاه",
    # the "under" of a control ("*sous* contrôle", "*unter* Kontrolle")
    "sous", "bajo", "sotto", "sob", "unter", "onder", "تحت",
)  # fmt: skip
#: Adjectives after a place noun that make the place named next a landmark, not the object ("le
#: village *voisin de* X", "el pueblo *cercano a* X", "соседнее с X село").
OBJECT_NEAR_ADJECTIVES: Final = (
    r"voisin\w*", r"proches?", r"avoisinant\w*", r"vecin[oa]s?", r"cercan[oa]s?", r"próxim[oa]s?",
    r"vicin[oiae]", r"limítrof\w*", r"benachbart\w*", r"angrenzend\w*", r"naburig\w*",
    r"соседн\w*", r"близлежащ\w*", r"сусідн\w*", r"sąsiedni\w*", r"pobliski\w*", r"المجاور\w*",
    r"القريب\w*",
)  # fmt: skip
#: Days and adverbs between a verb and its object, which leave the object as it is ("s'est
#: emparée *samedi* du quartier de X", "tomaron *ayer* el barrio", "eroberten *gestern* X",
#: "a repris *totalement* le contrôle de X"); and adverbs in "-ment", "-mente".
OBJECT_TIME_WORDS: Final = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]|hui|soir|matin",
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|anoche|lunedì|martedì",
    r"mercoledì|giovedì|venerdì|sabato|domenica|ieri|oggi|segunda|terça|quarta|quinta|sexta",
    r"ontem|hoje|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute",
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vandaag",
    r"вчера|сегодня|вчора|сьогодні|wczoraj|dziś|dzisiaj|أمس|اليوم|الأحد|السبت|الجمعة",
    r"déjà|enfin|finalement|désormais|ya|finalmente|già|ora|já|agora|bereits|schon|endlich|nun",
    r"inzwischen|reeds|nu|уже|вже|już|\w+ment|\w+mente",
)  # fmt: skip
#: Words that join the places of a list ("X, Y *et* Z", "X *und* Y", "X *и* Y", "X *i* Y").
OBJECT_LIST_JOINERS: Final = (
    ",", "et", "y", "e", "und", "en", "и", "і", "й", "та", "oraz", "i", "ve", "و", "and",
)  # fmt: skip
#: The prepositions before a side the place was taken from, inside an object ("a repris *aux*
#: rebelles le quartier de X", "отбили *у* боевиков X", "انتزعت *من* التنظيم حي X").
OBJECT_FROM_SIDE: Final = (
    "à", "a", "aux", "au", "al", "von", "vom", "van", "aan", "у", "от", "від", "od",
    "z", "من", "dai", "ai", "agli", "dagli", "dalle", "de", "del", "des", "du", "d['’]", "da",
    "do", "dos", "das", "aus",
)  # fmt: skip
__all__ += [
    "OBJECT_ADVERBIAL_PREPOSITIONS",
    "OBJECT_ARTICLES",
    "OBJECT_FROM_SIDE",
    "OBJECT_LIST_JOINERS",
    "OBJECT_NEAR_ADJECTIVES",
    "OBJECT_OF_PREPOSITIONS",
    "OBJECT_PLACE_NOUNS",
    "OBJECT_TIME_WORDS",
]


# --- c23c-west: the western languages' take verbs (session 23) ------------------------------
__all__ += ["WEST23_TAKE_VERBS"]

#: More verbs of a side that takes a place in French, Spanish, Portuguese, Italian and Dutch,
#: read as :data:`WORLD_TAKE_VERBS` are (their subject before, the place after): the Spanish
#: verb with its contracted article ("los rebeldes *se apoderaron del* barrio de X"), the
#: Italian participle agreeing with its object ("dopo *aver riconquistati* l'area"), the
#: gerund of a capture after its clause ("i ribelli sono entrati in città, *conquistando* X",
#: "las tropas avanzaron, *recuperando* X"), a success ("les Kurdes *ont réussi à reprendre* X",
#: "*lograron recuperar*", "*sono riusciti a conquistare*", "*conseguiram retomar*") and the
#: Dutch headline's present ("rebellen *veroveren* X", "het leger *herovert* X").
WEST23_TAKE_VERBS: Final = (
    r"se\s+apoder(?:ó|aron)\s+del(?=\s)",
    r"(?:se\s+)?(?:ha|han|había|habían)\s+apoderado\s+del(?=\s)",
    r"(?:ha|hanno|aveva|avevano|aver|avere)\s+(?:\w+\s+)?(?:ri)?(?:conquistat|catturat)[iae]",
    r"(?:ri)?conquistando|riprendendo|strappando",
    r"(?:re)?conquistando|recuperando|retomando|capturando",
    r"(?:a|ont|avait|avaient)\s+(?:\w+\s+)?réussi\s+à\s+(?:re)?(?:prendre|conquérir|libérer)",
    r"(?:logr|consigui)(?:ó|aron)\s+(?:re)?(?:tomar|recuperar|conquistar|capturar|liberar)",
    r"(?:è|sono)\s+riuscit[oaie]\s+a\s+(?:ri)?(?:conquistare|prendere|liberare|catturare)",
    r"consegui(?:u|ram)\s+(?:re)?(?:tomar|retomar|recuperar|conquistar|capturar|libertar)",
    r"(?:her|ver)over(?:en|t)",
)  # fmt: skip
#: The words :data:`WEST23_TAKE_VERBS` needs in the cheap pre-checks (lower case, at a word's
#: start).
WEST23_TRIGGERS: Final = (
    "apoderad", "riconquistat", "conquistat", "catturat", "conquistando", "reconquistando",
    "riprendendo", "strappando", "recuperando", "retomando", "capturando", "réussi", "lograron",
    "logró", "consiguieron", "consiguió", "riuscit", "conseguiu", "conseguiram", "verover",
    "herover",
)  # fmt: skip
__all__ += ["WEST23_TRIGGERS"]


# --------------------------------------------------------------------------- the pre-check

#: The trigger phrases of every rule but the apposition: each rule's statement contains one
#: (modifier, participle, passive, "fell", clause, fighting and contested rules; "out of ...
#: control/hands", "under ... control", "lost to", "the rebel enclave of", "positions held by
#: ... in").
TRIGGERS: Final[tuple[str, ...]] = tuple(
    dict.fromkeys(
        (
            *HELD_VERBS,
            *PARTICIPLES,
            *PASSIVE_VERBS,
            *FELL_VERBS,
            *(head + p.tail for p in CLAUSE_VERBS for head in p.heads),
            *FIGHTING,
            CONTESTED,
            *DIVIDED,
            *DIVIDED_BEFORE,
            # "the rebel half of the city"
            *(noun + r"\s+of" for noun in SIDE_HALF_NOUNS),
            *FOREIGN_HELD_BY,
            *FOREIGN_PARTICIPLES,
            *FOREIGN_HELD_BEFORE,
            *FOREIGN_HELD_AFTER,
            *FOREIGN_DIVIDED,
            *OUT_OF_VERBS,
            *(verb + r"\s+from" for verb in OUT_FROM_VERBS),
            *CONTROL_NOUNS,
            "lost",
            *STRONGHOLD_OF_NOUNS,
            USED_AS,
            # "X is the main base for IS"
            *(noun + r"s?\s+(?:for|of)" for noun in USED_AS_NOUNS),
            *POSITION_VERBS,
            # a side surrounded ("IS militants are now effectively surrounded")
            *(
                be + r"\s+(?:[a-z]+\s+){0,3}?(?:surrounded|encircled|besieged|trapped)"
                for be in SURROUNDED_BE
            ),
            # a side watched or fought at a site ("to monitor forces loyal to Assad at the X
            # airport"): the verb and "at" or "inside" after it
            *(verb + r"\s[^.;]{0,80}?\s(?:at|inside)\s" for verb in WATCHED_AT_VERBS),
            *CAPTURE_NOUNS,
            UNDER_SIEGE,
            SIEGE_BY,
            # "the siege imposed by X on Y"
            r"siege\s+" + alternation(SIEGE_IMPOSED) + r"\s+by",
            # a siege ended, told by its noun or gerund ("the breaking of the siege on X")
            *(
                word + r"\s+(?:of\s+)?(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?siege"
                for word in dict.fromkeys((*SIEGE_END_NOUNS, *SIEGE_END_GERUNDS))
            ),
            # one fragment per cue, its gerunds in one group (cheaper than one per gerund)
            *(cue + r"\s+" + phrases((*GERUNDS, *DRIVE_GERUNDS)) for cue in GERUND_CUES),
            # a gerund after a comma ("IS attacked at dawn, *seizing* X"): the gerund itself
            *(head + p.tail for p in GERUNDS for head in p.heads),
            *(cue + r"\s+" + phrases(LOSE_GERUNDS) for cue in GERUND_CUES),
            *(head + p.tail for p in GIVE_CONTROL for head in p.heads),
            *ALLEGIANCE_OF,
            *REBEL_PLACE_OF,
            *BESIEGED_KURDISH_PLACE_OF,
            *HOLDING_TRIGGERS,
            # the changes of hands of ``rules._change_of_hands_rules``
            *COMMA_DRIVE_GERUNDS,
            *FOREIGN_CAPTURE_VERBS,
            *FOREIGN_RETREAT_VERBS,
            *WORLD_LATIN_TRIGGERS,
            *FOREIGN_CAPTURE_NOUNS,
            # the tolerant English wordings of ``rules._tolerant_rules``
            *TOLERANT_TRIGGERS,
            # the long-tail English wordings of ``rules._english_tail_rules``
            *TAIL_TRIGGERS,
            # the English clause reader of ``rules._clause_en_rules``
            *CLAUSE_EN_TRIGGERS,
            # the flags, losses and halves of ``rules._kinds_more_rules``
            *KINDS_MORE_TRIGGERS,
            # the captures said as nouns and the defenders of ``rules._nominal23_rules``
            *NOMINAL23_TRIGGERS,
            # a side's positions in a place (``rules._side_positions_in_rule``)
            *PART_TRIGGERS,
            # the western languages' take verbs of session 23 (``WEST23_TAKE_VERBS``)
            *WEST23_TRIGGERS,
        )
    )
)


def _has_top_bar(fragment: str) -> bool:
    """Whether ``fragment`` is an alternation itself ("a|b"), outside any group or class."""
    depth, in_class, escaped = 0, False, False
    for c in fragment:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


def _leads_with_letter(fragment: str) -> bool:
    """Whether ``fragment`` starts with a plain letter (no quantifier on it, no top-level "|")."""
    return (
        fragment[:1].isalpha()
        and fragment[1:2] not in ("?", "*", "+", "{")
        and not _has_top_bar(fragment)
    )


def _prefix_tree(fragments: Iterable[str]) -> str:
    """One alternation of ``fragments`` with their common leading letters factored out.

    Equivalent to :func:`alternation` for a search (which only asks whether one matches), but
    the search compares one letter per branch of a prefix tree instead of trying each fragment
    in turn: "captured", "clashes" and "contested" become "c(?:aptured|lashes|ontested)".
    """
    groups: dict[str, list[str]] = {}
    rest: list[str] = []
    for f in dict.fromkeys(fragments):
        if _leads_with_letter(f):
            groups.setdefault(f[0], []).append(f[1:])
        else:
            rest.append(f)
    branches = [
        c + (_prefix_tree(tails) if len(tails) > 1 else tails[0]) for c, tails in groups.items()
    ]
    if len(branches) + len(rest) == 1:
        return (branches or rest)[0] if not rest else alternation(rest)
    return alternation([*branches, *rest])


def _by_first_letter(fragments: Iterable[str]) -> str:
    """One alternation of ``fragments`` at a word's start, factored as a prefix tree.

    Equivalent to ``\\b`` and :func:`alternation`, but tried at a position the search compares
    one letter per branch instead of one fragment after another; and when every fragment
    starts with a letter, a look-ahead for those letters lets the search skip the other
    positions at once.
    """
    items = list(fragments)
    firsts = {f[0] for f in items if _leads_with_letter(f)}
    branches = _prefix_tree(items)
    if len(firsts) == 0 or not all(_leads_with_letter(f) for f in items):
        return rf"\b(?:{branches})"
    if not all(c.islower() for c in firsts):
        return rf"\b(?:{branches})"
    return rf"(?=[{''.join(sorted(firsts))}])\b(?:{branches})"


def word_search(fragments: Iterable[str]) -> str:
    """Any one of ``fragments`` (lower case, each starting with a letter) at a word's start, as
    a pattern the search skips through quickly (see :func:`_by_first_letter`): for the
    lower-cased caption."""
    return _by_first_letter(fragments)


# The apposition names a side, whose names are partly case-sensitive ("IS"): it is searched in
# the caption as written (every match starts with a comma, so the search is fast).
_APPOSITION_RE: Final = re.compile(APPOSITION, re.IGNORECASE)
# The characters that match another letter case-insensitively but lower-case to no ASCII
# letter: the dotted and dotless i and the long s.
# the other scripts' triggers (no letter case), searched only in a caption outside ASCII
_WORLD_SCRIPT_RE: Final = re.compile(
    "|".join((*WORLD_SCRIPT_TRIGGERS, *KINDS_MORE_SCRIPT_TRIGGERS))
)
_FOLD: Final = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
# The triggers folded as the caption is: a Turkish trigger written with its dotless i
# ("kontrol altına") must still be found in a caption folded to "kontrol altina" (or written in
# capitals, "KONTROL ALTINA").
_TRIGGER_RE: Final = re.compile(_by_first_letter(t.translate(_FOLD) for t in TRIGGERS))


def may_state_control(text: str) -> bool:
    """Whether ``text`` has a trigger phrase of any rule (a fast, conservative pre-check).

    ``False`` means that no rule can make a statement about ``text``; ``True`` only that one
    might.

    Examples
    --------
    >>> may_state_control("Government forces pushed the rebels out of Hanano.")
    True
    >>> may_state_control("A woman walks past a damaged mosque.")
    False
    """
    low = text.lower() if text.isascii() else text.translate(_FOLD).lower()
    return (
        _TRIGGER_RE.search(low) is not None
        or _APPOSITION_RE.search(text) is not None
        or (not text.isascii() and _WORLD_SCRIPT_RE.search(low) is not None)
    )


# ------------------------------------------------- every language: changes, contests, subjects
# (The tables below extend the rules of ``rules._world_rules`` for captions in other languages
# than English: French, Spanish, Portuguese, Italian, German, Dutch, Turkish, Arabic, Persian,
# Russian and Ukrainian.)

__all__ += [
    "WORLD_ANAPHORS",
    "WORLD_FIGHT_FOR",
    "WORLD_FORMERLY",
    "WORLD_MODIFIER_NOUNS",
    "WORLD_SIDE_ADJECTIVES",
    "WORLD_SIDE_COMPOUNDS",
]

#: A city named by its rank before its name, set off by a dash or comma, as a verb's object
#: ("взяли под контроль *один из крупнейших городов страны* - X", "tomaron *la segunda ciudad
#: del país*, X", "tomaram *a segunda maior cidade da Síria*, X", "hanno preso *la seconda
#: città del paese*, X"): the place named after it is the object.
WORLD_CITY_RANKS: Final = (
    r"(?:один\s+из\s+)?(?:крупнейш\w+|больш\w+|втор\w+\s+по\s+(?:величине|значимости)|главн\w+)"
    r"\s+город\w*(?:\s+(?:страны|Сирии))?",
    r"(?:la\s+)?(?:segunda\s+ciudad|mayor\s+ciudad|ciudad\s+más\s+poblada)(?:\s+(?:del\s+país"
    r"|de\s+Siria))?",
    r"(?:a\s+)?(?:segunda\s+(?:maior\s+)?cidade|maior\s+cidade)(?:\s+(?:do\s+país|da\s+Síria))?",
    r"(?:la\s+)?(?:seconda\s+città|città\s+più\s+grande)(?:\s+(?:del\s+paese|della\s+Siria))?",
)  # fmt: skip
__all__ += ["WORLD_CITY_RANKS"]
#: The Arabic verbs and participles of a split before "بين" ("X *انقسمت* بين شرق ... وغرب
#: ...", "X *مقسمة* بين النظام والمعارضة"): contested, with a side named after "بين".
#: Arabic: the words that may join a side's name between a capture noun and its "على" ("سيطرة
#: قوات النظام *وحلفائها* على X", "سيطرة *القوات التركية و*الفصائل المعارضة *القريبة منها* على
#: X"): the allies, a foreign army with its factions. Only these words and the one side: the
#: capture is that side's.
WORLD_AR_OWNER_ALLIES: Final = (
    "و", "وحلفائها", "وحلفائه", "وحلفاؤها", "وحلفاؤه", "وحلفائهم", "حلفائها", "والقوات", "القوات",
    "الرديفة", "الرديفة لها", "الموالية", "الموالية لها", "الموالية له", "القريبة", "منها", "منه",
    "المدعومة", "المدعومة من", "من", "لها", "له", "تركيا", "أنقرة", "التركية", "والتركية",
    "الروسية", "الإيرانية", "الجيش", "والجيش", "التركي", "الروسي", "الحليفة", "الحليفة لها",
    "والميليشيات", "الميليشيات", "والمليشيات", "المليشيات",
)  # fmt: skip
#: Arabic: a place's rank set off after it, its holding said of the rank's noun ("X، *وهي أكبر
#: مدن* ريف حلب الشمالي الخاضعة لسيطرة المعارضة", "X، *وهي من أهم بلدات* ..."): the rank words
#: and the place nouns they count among.
WORLD_AR_RANKS: Final = (
    "أكبر", "اكبر", "أهم", "اهم", "ثاني", "ثالث", "كبرى", "إحدى", "احدى", "أحد", "احد", "آخر",
    "أبرز", "ابرز",
)  # fmt: skip
WORLD_AR_RANK_NOUNS: Final = (
    "مدن", "المدن", "مدينة", "بلدات", "البلدات", "بلدة", "أحياء", "الأحياء", "قرى", "القرى",
    "معاقل", "مناطق", "المناطق",
)  # fmt: skip
__all__ += ["WORLD_AR_RANKS", "WORLD_AR_RANK_NOUNS"]
WORLD_AR_DIVIDED: Final = ("انقسمت", "انقسم", "منقسمة", "منقسم", "مقسمة", "مقسم", "تنقسم", "قسمت")
__all__ += ["WORLD_AR_DIVIDED"]
#: The words that put a holding named next to them in the past, in every language ("X,
#: *hasta ahora* controlado por el régimen", "das *bisher* von Rebellen gehaltene Viertel X",
#: "X, *ancien* fief de l'EI", "X, *ранее* подконтрольный ИГИЛ"): the holder named is the one
#: before, so the holding is no statement (and a change said after it names the new one: "...,
#: ha pasado a manos de los rebeldes"). English ones are :data:`FORMERLY` (but "once", which is
#: "eleven" in Spanish). Each is matched at a word's start (its end may run on: "früher*en*").
WORLD_FORMERLY: Final = (
    *(w for w in FORMERLY if w != "once"),
    # German, Dutch
    "bisher", "bislang", r"bis\s+dahin", r"bis\s+vor\s+kurzem", r"ehemal\w*", r"früher\w*",
    r"vormal\w*", r"einstig\w*", "zuvor", "voorheen", r"tot\s+(?:nu\s+toe|voor\s+kort)",
    r"voormalig\w*",
    # a holding since a time, in the past ("X *war seit* Anfang 2014 unter der Kontrolle des IS":
    # it held X until a later change; "X *ist seit* 2014 ..." is a holding now)
    r"(?:war|waren|stand|standen)\s+seit", r"(?:was|waren|stond|stonden)\s+sinds",
    # French
    "anciennement", "autrefois", "naguère", "auparavant", r"jusqu['’](?:ici|alors|à\s+présent)",
    r"(?:était|étaient)\s+depuis",
    r"jusque-là", r"ancien(?:ne)?s?\b", "ex-",
    # Spanish, Portuguese
    "anteriormente", "antes", r"hasta\s+(?:ahora|entonces|hace\s+poco)", r"antigu[oa]s?\b",
    r"até\s+(?:agora|então|há\s+pouco)", r"antig[oa]s?\b",
    # Italian
    "già", "finora", r"un\s+tempo", r"fino\s+(?:ad\s+)?(?:ora|allora)", r"in\s+precedenza",
    "precedentemente",
    # Turkish
    "önceden", r"daha\s+önce", r"şimdiye\s+kadar", r"eski\b",
    # Arabic, Persian
    "سابقا", "سابقاً", r"في\s+السابق", "پیشتر", "قبلا",
    # Russian, Ukrainian
    "ранее", "прежде", "раньше", r"бывш\w*", "раніше", r"колишн\w*", "донедавна",
    # Polish, Bulgarian, Serbian, Croatian, the Nordic languages ("w *niegdyś* kontrolowanym
    # przez rebeliantów mieście X", "*доскоро* контролирания", "*tidigare* rebellkontrollerade")
    "niegdyś", "wcześniej", "dawniej", r"do\s+niedawna", "доскоро", r"бивш\w*",
    "ranije", r"nekada\w*", r"bivš\w*", "donedavno", "tidigare", "tidligere", "förut",
    r"forhenværende", r"fram\s+till",
)  # fmt: skip

#: Names that refer back to a side named before them in the caption ("Les jihadistes de l'EI
#: attaquent. *Les jihadistes* se sont emparés de X": IS), by kind: ``jihadists`` point back to
#: IS or the rebels and to no one else; ``militants`` (the "terrorists" and "gunmen" of state
#: media) also, and with no side named before them and none of IS or the Kurdish forces in the
#: caption, they are the rebels (as "militants" in English captions). Never the army.
WORLD_ANAPHORS: Final[tuple[tuple[str, str], ...]] = (
    (
        "jihadists",
        r"(?:les\s+|los\s+|os\s+|i\s+|gli\s+|die\s+|de\s+)?(?:jihadistes|yihadistas|jihadistas"
        r"|jihadisti|Dschihadisten|Jihadisten|jihadisten|cihatçı\w*|джихадист\w*|джихадист\w*"
        r"|[وبلف]?(?:الجهاديون|الجهاديين))",
    ),
    (
        "militants",
        r"(?:les\s+|los\s+|os\s+|i\s+|gli\s+|die\s+|de\s+)?(?:terroristes|terroristas|terroristi"
        r"|Terroristen|miliziani|террорист\w*|терорист\w*|бойовик\w*"
        r"|[وبلف]?(?:المسلحون|المسلحين|مسلحو|الإرهابيون|الإرهابيين))",
    ),
)
#: The ``militants`` names that are the rebels when no side is named before them (not the
#: Italian "miliziani", said of any side's fighters).
WORLD_ANAPHOR_DEFAULT: Final = (
    r"terroristes|terroristas|terroristi|Terroristen|террорист\w*|терорист\w*|бойовик\w*"
    r"|[وبلف]?(?:المسلحون|المسلحين|مسلحو|الإرهابيون|الإرهابيين)"
)
__all__ += ["WORLD_ANAPHOR_DEFAULT"]

#: A place fought over, said before it with the control it is fought for ("des *combats pour le
#: contrôle de* X", "la *lucha por el control de* X", "*lutam pelo controle de* X", "*scontri per
#: il controllo di* X", "*Gefechte um die Kontrolle über* X", "*gevechten om* X", "*бои за* X",
#: "*المعارك للسيطرة على* X"): contested.
WORLD_FIGHT_FOR: Final = (
    # ("se disputent le contrôle de X", "disputan el control de X", "si contendono il
    # controllo di X")
    r"(?:se\s+disputent|disputan|se\s+disputan|disputam|si\s+contendono|ringen\s+um\s+die)\s+"
    r"(?:le\s+|el\s+|o\s+|il\s+)?(?:contrôle|control|controle|controllo|Kontrolle)\s+(?:de|d['’]|du|del"
    r"|do|da|di|della|dell['’]|über)",
    r"(?:combats?|affrontements|bataille|lutte|luttent|se\s+disputent|s['’]affrontent)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:pour|autour\s+du)\s+(?:le\s+)?contrôle\s+(?:de|d['’]|du|des)",
    r"(?:combates|enfrentamientos|lucha|luchan|batalla|pugna|disputa|disputan|combaten)"
    r"\s+(?:[\w-]+\s+){0,2}?por\s+(?:el\s+)?control\s+(?:de|del)",
    r"(?:combates|confrontos|luta|lutam|batalha|disputa|disputam|combatem)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:pelo|por)\s+(?:o\s+)?(?:controle|controlo)\s+(?:de|do|da|dos|das)",
    r"(?:scontri|combattimenti|lotta|lottano|battaglia|combattono|si\s+contendono)"
    r"\s+(?:[\w-]+\s+){0,2}?per\s+(?:il\s+)?controllo\s+(?:di|del|della|dello|dell['’])",
    r"(?:Kämpfe|Gefechte|Kampf|Schlacht|kämpfen|ringen)\s+(?:[\w-]+\s+){0,2}?um\s+die\s+Kontrolle"
    r"\s+(?:über|von)",
    r"(?:gevechten|strijd|slag|vechten)\s+(?:[\w-]+\s+){0,2}?om\s+(?:de\s+controle\s+over\s+)?",
    r"(?:бои|боев|бої|борьба|боротьба|сражени\w*|столкновени\w*)\s+(?:\w+\s+){0,2}?за\s+"
    r"(?:контроль\s+над\s+)?",
    r"(?:المعارك|معارك|الاشتباكات|اشتباكات|القتال|معركة)\s+(?:\S+\s+){0,2}?(?:لل|من\s+أجل\s+ال)"
    r"سيطرة\s+على",
)  # fmt: skip

#: A German or Dutch compound that names a side's place before the name ("die
#: *Rebellenhochburg* X", "das *Rebellenviertel* X", "die *IS-Hochburg* X", "de
#: *rebellenstad* X").
#: The place nouns that may stand between a Nordic "-held" compound and the place ("den
#: rebellkontrollerade *staden* X", "den oprørskontrollerede *by* X").
_NORDIC_PLACE_NOUN: Final = (
    r"(?:\s+(?:staden|stad|byn|by|byen|stadsdelen|bydelen|kvarteret|området|omr[åa]det|orten"
    r"|byen|distriktet|provinsen))?"
)
WORLD_SIDE_COMPOUNDS: Final[tuple[tuple[str, str], ...]] = (
    ("rebels", r"Rebellen-?(?:hochburg|stadt|viertel|bastion|enklave|ort|stadtteil|gebiet|wijk"
     r"|bolwerk)"
     # Swedish, Danish, Norwegian: the side's "-held" in one word, a place noun after it ("den
     # *rebellkontrollerade* staden X", "den *oprørskontrollerede* by X", "det *IS-kontrollerade*
     # X", "den *regimkontrollerade* delen", "den *kurdkontrollerade* stadsdelen X")
     r"|(?:rebell|oppositions|opposisjons|opp?rørs)(?:kontroller(?:ade|ede|te)|hållna)"
     + _NORDIC_PLACE_NOUN),
    ("islamic_state", r"(?-i:IS)-(?:Hochburg|Stadt|Bastion|Enklave)"
     rf"|(?-i:IS|ISIS)-kontroller(?:ade|ede|te){_NORDIC_PLACE_NOUN}"),
    ("kurdish", r"(?:kurd(?:isk)?|(?-i:SDF|YPG)-)kontroller(?:ade|ede|te)" + _NORDIC_PLACE_NOUN),
    ("government", r"(?:regim|regime|regerings|regjerings)kontroller(?:ade|ede|te)"
     + _NORDIC_PLACE_NOUN),
)  # fmt: skip

__all__ += ["WORLD_MORE_SCRIPT_TRIGGERS", "WORLD_MORE_TRIGGERS"]

# ------------------------------------------------ shares of a place, parts of its one city
# (A side that took or holds a share of a place, "90 percent of" it, "a large part of" it, or
# parts of a caption's one city named by the side alone, "rebel-held areas": a statement of
# ``extent`` ``part`` on the place, never of the whole of it. See ``rules._share_object`` and
# ``rules._lone_city_parts``.)

__all__ += [
    "LONE_CITY_KINDS",
    "LONE_PART_NOUNS",
    "SHARE_OF_PLACE",
    "WORLD_SHARE_ADVERBS",
    "WORLD_SHARE_OF_PLACE",
]

#: A share of a place as the object of a verb of taking or holding, English ("the SDF seized
#: *90 percent of* the town", "retook *about 40 per cent of* eastern X", "rebels hold *a large
#: part of* X"): a part of the place. (Not "most of", "half of", nor "100 percent".)
SHARE_OF_PLACE: Final = (
    r"(?:(?:about|around|some|nearly|almost|over|roughly|approximately|more\s+than|at\s+least"
    r"|up\s+to)\s+)?\d{1,2}(?:[.,]\d+)?\s*(?:%|percent|per\s+cent)\s+of(?=\s)"
    r"|(?:a\s+)?(?:large|big|great|significant|substantial|good|small)\s+"
    r"(?:part|parts|portion|portions|chunk|chunks|swath|swaths|swathes|share)\s+of(?=\s)"
    # a fraction ("a third of", "two-thirds of", "about a quarter of")
    r"|(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than)\s+)?"
    r"(?:a|one|two|three)[\s-](?:third|thirds|quarter|quarters|fifth|fifths)\s+of(?=\s)"
)
#: The same share in the other languages of agency captions, before the place or "the city"
#: ("contrôlent *40% de* la ville", "tomaram *grande parte de* X", "conquistato *gran parte
#: di* X", "veroveren *groot deel van* X", "*Teile* Kobanes zurückerobern", "*une partie d'*X").
WORLD_SHARE_OF_PLACE: Final = (
    r"(?:(?:environ|près\s+de|plus\s+de|quelque|cerca\s+del?|casi\s+el|más\s+del?|mais\s+de"
    r"|quase|cerca\s+di|circa\s+il|oltre\s+il|il|el|etwa|rund|über|ruim|bijna|meer\s+dan"
    r"|около|более|почти)\s+)?\d{1,2}(?:[.,]\d+)?\s*(?:%|pour\s*cent|por\s*ciento|por\s*cento"
    r"|per\s*cento|prozent|procent|процент\w*)\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|del?\s+|"
    r"da\s+|do\s+|di\s+|della\s+|dell['’]\s*|von\s+|der\s+|van\s+(?:de\s+|het\s+)?)?"
    r"|(?:une\s+)?(?:grande\s+)?partie\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*)"
    r"|(?:una\s+)?gran\s+parte\s+(?:de\s+(?:la\s+)?|del\s+|di\s+|della\s+|dell['’]\s*)"
    r"|(?:uma\s+)?grande\s+parte\s+(?:d[aeo]\s+|di\s+|della\s+|dell['’]\s*)"
    r"|(?:een\s+)?(?:groot\s+)?deel\s+van\s+(?:de\s+|het\s+)?"
    # the greater share ("*la majeure partie d'*X", "*la mayor parte de* X", "*a maior parte
    # de* X", "*la maggior parte di* X", "*einen Großteil* Xs", "*den größten Teil von* X")
    r"|(?:la\s+)?(?:majeure|plus\s+grande)\s+partie\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*)"
    r"|(?:la\s+|a\s+)?(?:mayor|maior)\s+parte\s+(?:de\s+(?:la\s+)?|del\s+|d[ao]\s+)"
    r"|(?:la\s+)?maggior\s+parte\s+(?:di\s+|della\s+|dell['’]\s*|del\s+)"
    r"|(?:einen\s+|den\s+)?Großteil\s+(?:von\s+|der\s+|des\s+)?"
    r"|(?:den\s+)?größten\s+Teil\s+(?:von\s+|der\s+|des\s+)?"
    # almost all of it ("*casi toda la ciudad de* X", "*praticamente toda a* X", "*presque
    # toute la ville d'*X", "*quasi tutta* X", "*fast ganz* X", "*bijna heel* X")
    r"|(?:casi|prácticamente|praticamente|quase|presque|quasi|fast|nahezu|bijna)\s+"
    r"(?:tod[ao]|toute|tutt[ao]|ganz|heel)\s+(?:la\s+|a\s+|l['’]\s*)?"
    r"(?:(?:ciudad|cidade|ville|città|citta|Stadt|stad)\s+(?:de\s+|d['’]\s*|di\s+|von\s+|van\s+))?"
    r"|(?:große\s+|weite\s+)?Teile\s+(?:von\s+|der\s+)?"
    r"|(?:einen\s+)?(?:großen\s+)?Teil\s+(?:von\s+|der\s+)"
    r"|parti\s+(?:di\s+|della\s+|dell['’]\s*)"
    # a fraction ("un tiers d'X", "dos tercios de X", "due terzi di X", "een derde van X")
    r"|(?:(?:près\s+d['’]\s*|plus\s+d['’]\s*|casi\s+|cerca\s+de\s+|quase\s+|quasi\s+|bijna\s+"
    r"|ruim\s+|fast\s+|etwa\s+))?(?:un|deux|trois|dos|tres|um|dois|três|uno|due|tre|ein|zwei"
    r"|drei|een|twee|drie)\s+(?:tiers|quarts?|tercios?|cuartos?|terços?|quartos?|terz[oi]|quart[oi]"
    r"|Drittel|derde|kwart)\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|del?\s+|da\s+|do\s+|di\s+"
    r"|della\s+|dell['’]\s*|von\s+|der\s+|van\s+(?:de\s+|het\s+)?)?"
    # Arabic ("*أكثر من 90% من* مساحة مدينة X", "... *من* مساحتها")
    r"|(?:أكثر\s+من\s+|نحو\s+|حوالي\s+|قرابة\s+)?\d{1,2}\s*[%٪]\s+من\s+(?:مساحة\s+)?"
    r"(?:مدينة\s+|بلدة\s+)?"
)
#: The adverbs that may stand between a verb and the share it takes ("controllano *ormai* gran
#: parte di X", "contrôlent *actuellement* 40% de la ville").
WORLD_SHARE_ADVERBS: Final = (
    "ormai", "ora", "già", "inzwischen", "bereits", "nun", "jetzt", "désormais", "déjà",
    "actuellement", "ya", "ahora", "já", "agora", "nu", "al", "inmiddels",
    # (still, today: "contrôlent *toujours* 40% de la ville", "*aujourd'hui*", "controlan *aún*
    # la mitad", "controllano *ancora*", "*noch*", "*nog*")
    "toujours", "encore", r"aujourd['’]hui", "aún", "todavía", "ancora", "ainda", "noch", "nog",
)  # fmt: skip
#: The kinds of place a share or the caption's one city may be: a town or a city (a share of
#: a district, "40 percent of eastern X", is a part of it too).
LONE_CITY_KINDS: Final = frozenset({"city", "town"})
#: The part nouns a side's modifier may name, English, with no place after them ("evacuated
#: from *rebel-held areas*", "towards the *government-held side*", "crossed into the
#: *government-controlled parts*", "*rebel-held neighbourhoods* in the embattled city"): a part
#: of the caption's one city or town. (Not "territory", which reports use of a region: "camps
#: in rebel-held territory".)
LONE_PART_NOUNS: Final = (
    "areas", "parts", "side", "neighbourhoods", "neighborhoods", "districts", "quarters",
    "sectors", "sections",
)  # fmt: skip
#: What may follow those English part nouns for them to be parts of the caption's one city:
#: the end of a clause, a day, a way onward ("from rebel-held areas *on* Dec. 15", "towards
#: the government-held side *through* X"), or "in" the city itself ("rebel-held neighbourhoods
#: *in Syria's northern embattled city*"); not "of"/"in"/"near" another place ("rebel-held
#: areas *of Idlib province*", "*near the border*").
LONE_PART_AFTER: Final = (
    r"\s*(?:[,.;:!?)]|$)",
    r"\s+(?:on|and|through|towards|toward|via|as|after|before|while|where|which|that"
    r"|during|since|for|amid|under|into)\b",
    # ("to" onward, not "to its west": areas beside the place)
    r"\s+to\b(?!\s+(?:its|the)\s+(?:north|south|east|west))",
)
#: "In" the city itself after those part nouns ("rebel-held neighbourhoods *in Syria's northern
#: embattled city*"): part of the phrase.
LONE_PART_IN_CITY: Final = r"\s+in\s+(?:the\s+|this\s+|Syria['’]s\s+)(?:[\w-]+\s+){0,3}?city\b"
#: The verbs and prepositions that name the caption's one city as a place left ("fled *from
#: the city of* X to rebel-held areas"): the areas are then elsewhere, no part of it.
LONE_CITY_LEFT: Final = (
    r"(?:fled|flee|flees|fleeing|left|leave|leaves|leaving|escaped|escaping|from|out\s+of)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}(?:city|town)\s+of\s+)?$"
)
#: A move toward a side's parts, English ("residents *fled to* rebel-held areas", "*crossed
#: into* the government-controlled parts"): parts of the caption's one city only where the
#: caption has cut the city into parts already ("a rebel-held area of X ... towards the
#: government-held side"); else they may lie outside it.
LONE_MOTION_BEFORE: Final = (
    r"(?:fled|flee|flees|fleeing|escaped|escaping|moved|moving|headed|heading|went|going|gone"
    r"|travell?ed|returned|returning|bus(?:s)?ed|evacuated|relocated|displaced|sent|crossed"
    r"|crossing|walked|walking|arrived|arriving|taken|brought)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:to|into|towards|toward|for|in)\s+(?:the\s+)?$"
)
#: The words that name the caption's one city only as a landmark the parts lie near or beside
#: ("les quartiers tenus par les rebelles, au sud, *près d'*X", "*north of* X"): they are no
#: parts of it.
LONE_CITY_NEAR: Final = (
    r"(?:near|outside|around|close\s+to|(?:north|south|east|west)\s+of|près\s+d['’e]\s*"
    r"|autour\s+d['’e]\s*|aux\s+abords\s+d['’e]\s*|au\s+(?:nord|sud|est|ouest)\s+d['’e]\s*"
    r"|cerca\s+de|perto\s+de|vicino\s+a|nahe|bei|bij|nabij|около|под|у|قرب|بالقرب\s+من|حول"
    r"|ريف)\s*(?:(?:the\s+)?(?:city|town)\s+of\s+|la\s+ville\s+d['’e]\s*"
    r"|مدينة\s+)?$"
)
#: The words of a motion toward a side's parts in the other languages ("ثم توجهنا *إلى*
#: المناطق الخاضعة لسيطرة المعارضة", "partirent *vers* les zones ..."): the parts of a place
#: reached, which may lie outside the city named before (English, "towards the government-held
#: side", reads them: its captions say so of a city's two sides).
WORLD_LONE_MOTION_BEFORE: Final = (
    r"(?:إلى|الى|نحو|vers|hacia|para|verso|naar|nach|richting|в|во|к|до)\s+(?:les\s+|los\s+|las\s+"
    r"|as\s+|os\s+|le\s+|de\s+|die\s+|den\s+)?$"
)
#: A part of a place held by a side in the other languages, no place after it, with ``{side}``
#: where the side's name stands (each side's names of :data:`WORLD_SIDES`; ``{cjk}``: its
#: Chinese or Japanese name): "les quartiers tenus par *les rebelles*", "bairros controlados
#: pelas *forças curdas*", "wijken in handen van *de oppositie*", "een door *het regime*
#: gecontroleerd deel", "tereny kontrolowane przez *rebeliantów*", "συνοικίες που ελέγχουν *οι
#: αντάρτες*", "مناطق سيطرة *المعارضة*", "*政府軍*控制的城區", "*反政府勢力*が支配する地域".
#: The side of a part named by an adjective is given first ("distritos ... bajo control
#: gubernamental").
WORLD_LONE_PARTS: Final[tuple[tuple[str, str], ...]] = (
    ("", r"(?<!\w)(?:quartiers|secteurs|zones)\s+(?:tenu|contrôlé)e?s\s+par\s+{side}"),
    ("", r"(?<!\w)(?:barrios|distritos|zonas|áreas)\s+(?:controlad[oa]s\s+por\s+"
     r"|en\s+manos\s+de\s+|bajo\s+(?:el\s+)?control\s+de\s+)(?:los\s+|las\s+|el\s+|la\s+)?"
     r"{side}"),
    ("government", r"(?<!\w)(?:barrios|distritos|zonas|áreas)\s+(?:del\s+\w+\s+)?bajo\s+(?:el\s+)?"
     r"control\s+(?:gubernamental|del\s+(?:gobierno|régimen))(?!\w)"),
    ("", r"(?<!\w)(?:bairros|zonas|áreas)\s+(?:controlad[oa]s\s+pel[oa]s?\s+"
     r"|sob\s+(?:o\s+)?controle\s+d[oa]s?\s+|nas\s+mãos\s+d[oa]s?\s+){side}"),
    ("", r"(?<!\w)(?:quartieri|zone|aree)\s+(?:controllat[ei]\s+da(?:i|gli|lle|l)?\s+|in\s+mano\s+"
     r"a(?:i|gli|lle|l)?\s+){side}"),
    ("", r"(?<!\w)(?:Stadtteile|Stadtviertel|Viertel|Gebiete)n?\s+unter\s+(?:der\s+)?Kontrolle\s+"
     r"(?:der\s+|des\s+)?{side}"),
    ("", r"(?<!\w)(?:wijken|gebieden|delen)\s+in\s+handen\s+van\s+{side}"),
    ("", r"(?<!\w)door\s+(?:het\s+|de\s+)?{side}\s+gecontroleerde?\s+"
     r"(?:deel|delen|wijken|gebieden|stadsdelen)(?!\w)"),
    ("", r"(?<!\w)(?:tereny|dzielnice|obszary)\s+kontrolowane\s+przez\s+{side}"),
    ("", r"(?<!\w)(?:районы|кварталы)\s+(?:под\s+контролем\s+|контролируем\w+\s+){side}"),
    ("", r"(?<!\w)συνοικί\w+\s+που\s+ελέγχουν\s+{side}"),
    ("", r"(?<!\w)(?:ال)?(?:مناطق|أحياء)\s+(?:سيطرة\s+|التي\s+(?:ي|ت)سيطر\s+عليها\s+|الخاضعة\s+"
     r"لسيطرة\s+){side}"),
    ("", r"被?{cjk}(?:所)?(?:控制|佔據|占据|佔領|占领)的(?:部分)?"
     r"(?:城區|城区|地區|地区|區域|区域)"),
    ("", r"{cjk}が(?:支配|制圧|掌握)(?:する|している|してきた)(?:地域|地区|区域)"),
)  # fmt: skip
#: The cheap test before :data:`WORLD_LONE_PARTS` are tried (their part nouns).
WORLD_LONE_PART_KEYS: Final = (
    "quartiers", "secteurs", "zones", "barrios", "distritos", "zonas", "áreas", "bairros",
    "quartieri", "zone", "aree", "Viertel", "Gebiete", "Stadtteile", "wijken", "gebieden", "delen",
    "gecontroleerd", "tereny", "dzielnice", "obszary", "районы", "кварталы", "συνοικί",
    "مناطق", "أحياء", "城區", "城区", "地區", "地区", "區域", "区域", "地域",
)  # fmt: skip

__all__ += [
    "LONE_CITY_LEFT",
    "LONE_CITY_NEAR",
    "LONE_MOTION_BEFORE",
    "LONE_PART_AFTER",
    "LONE_PART_IN_CITY",
    "WORLD_LONE_MOTION_BEFORE",
    "WORLD_LONE_PARTS",
    "WORLD_LONE_PART_KEYS",
]

__all__ += [
    "PART_TRIGGERS",
    "REBEL_PART_NOUNS",
    "SIDE_POSITIONS_IN",
    "SIDE_POSITION_HELD",
    "SIDE_POSITION_KINDS",
    "WORLD_STRONGHOLD_IN",
]

#: A side's positions in a city, a town or a neighbourhood, the side's name before them ("the
#: army pounded *rebel positions across* X", "*IS posts in* X", "fire towards *regime positions
#: in the* X *area*", "*army positions in the neighbourhood of* X"): the side holds part of the
#: place (:data:`SIDE_POSITION_KINDS`).
SIDE_POSITIONS_IN: Final = (
    r"(?:['’]s?)?\s+(?:(?:main|key|last|remaining|forward|front-?line)\s+)?"
    r"(?:positions|posts|outposts)\s+(?:across|throughout|in|inside|around)\s+"
    r"(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:city|town)\s+of\s+"
    # (a district's words are no name: "in *the Ramouseh district of* Aleppo" is Ramouseh's)
    r"|(?:the\s+)?(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:district|neighbou?rhood|quarter|area)\s+of\s+"
    r"|the\s+(?=(?-i:[A-Z])))?"
)
#: The kinds of place a side's positions in it make a part of: a city, a town, a neighbourhood
#: (which captions call a district or an area too); not a region of the city (the gazetteer's
#: ``district``: "rebel positions in eastern Aleppo" are its front), nor a village.
SIDE_POSITION_KINDS: Final = frozenset({"city", "town", "neighbourhood"})
#: A position a side holds, said before the place it lies in, words between ("a nearby
#: *position held by* Syrian rebels was shelled by regime forces *in the neighborhood of* X"):
#: the side holds part of X (a city, a town or a neighbourhood).
SIDE_POSITION_HELD: Final = r"\b(?:position|post|outpost)\s+(?:held|controlled|manned)\s+by\s+"
#: A side's stronghold in a city, in the other languages, with ``{side}`` where the side's name
#: stands, the city's name right after ("*מעוז המורדים העיקרי ב*X": the rebels' main
#: stronghold in X): a part of the city.
WORLD_STRONGHOLD_IN: Final = (r"(?<!\w)(?:ה)?מעוז\s+{side}(?:\s+ה\w+)?\s+ב",)

__all__ += ["CJK_SHARE_AFTER", "JA_SHARE_TAKEN", "ZH_SHARE_TAKEN"]

#: A share right after a place in Chinese or Japanese ("阿勒颇*的80%以上*", "X東部*の約40%*"):
#: what a holding or capture of it says is said of a part of it.
CJK_SHARE_AFTER: Final = (
    r"[^。，,、；;]{0,16}?(?:的|の)(?:約|大約|大约|近|超過|超过|およそ)?\d{1,2}(?:\.\d+)?\s*[%％]"
)
#: A share taken, Chinese ("政府军*已收复*原由反对派控制的*80%以上的区域*"): the verb, then the
#: share of areas (a relative may stand between).
ZH_SHARE_TAKEN: Final = (
    r"(?P<verb>收復|收复|奪回|夺回|攻佔|攻占|奪取|夺取|佔領|占领|控制了)[^。，,；;]{0,20}?"
    r"(?:約|大約|大约|近|超過|超过)?\d{1,2}(?:\.\d+)?\s*[%％](?:以上|左右)?的"
    r"(?:區域|区域|地區|地区|城區|城区|土地|面積|面积)"
)
#: A share taken, Japanese ("X東部*の約40%を奪還*した"): the share, then its verb.
JA_SHARE_TAKEN: Final = (
    r"の(?:約|およそ)?\d{1,2}(?:\.\d+)?\s*[%％](?:以上|近く)?を(?P<verb>奪還|制圧|奪取|掌握)"
)


# --- East, session 23 (Turkish, Persian): the wordings the real captions of set h23 missed ---
#: The Turkish converb endings ("-arak", "-erek": "by spreading", "by advancing"): a word of
#: how a side came to hold a place, between the side and its holding relative ("YPG'nin
#: Afrin'den *yayılarak* işgal ettiği X", "rejimin *ilerleyerek* kontrol ettiği X").
TR_CONVERB_ENDINGS: Final = ("arak", "erek")
__all__ += ["TR_CONVERB_ENDINGS"]
#: Arabic: an aim to retake a place from a side, "to" written on the noun ("*لاستعادة* مدينة X
#: من تنظيم الدولة", "*لتحرير* X من قبضة ...", "*بهدف انتزاع* X من ..."; the place as the noun's
#: pronoun, "*لاستعادتها* من تنظيم الدولة"): the side it would be taken from holds it now, as in
#: English ("an offensive to retake X from IS"). The nouns, with their pronoun "ها" (it).
AR_AIM_NOUNS: Final = (
    r"استعاد(?:ة|تها)", r"تحرير(?:ها)?", r"انتزاع(?:ها)?", r"استرجاع(?:ها)?",
)  # fmt: skip
#: What says the aim: "to" on the noun, "in order to", "with the aim of".
AR_AIM_LEADS: Final = (r"ل", r"بهدف\s+", r"من\s+أجل\s+", r"لأجل\s+", r"سعيا\s+ل")
#: The words between "from" and the side ("من *قبضة* تنظيم الدولة", "من *سيطرة*", "من *أيدي*").
AR_AIM_FROM_HANDS: Final = (r"قبضة", r"سيطرة", r"أيدي", r"يد", r"براثن")
__all__ += ["AR_AIM_FROM_HANDS", "AR_AIM_LEADS", "AR_AIM_NOUNS"]
