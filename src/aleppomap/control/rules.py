"""Control statements of one caption: who holds which place, by what phrase.

Everything here is conservative: a statement is made only where a phrase is syntactically tied
to one place mention of the caption (or to "the area" / "the neighborhood" that refers back to
one). A control phrase never spreads to the other places of a caption, except to the places of
an enumeration it governs ("recaptured Hanano, Sakhour and Haydariyeh", "the rebel-held
districts of Sukkari and Fardos": an enumeration ends with "and"; a place with words of its own
in between is not part of it). Hedged or negated phrases ("attempted to retake", "failed to
capture", "it is unclear whether ...") make no claim. The words of every rule are those of
:mod:`aleppomap.control.lexicon`.

The rules, in the order they are tried for every place mention of a caption:

``modifier``
    A control modifier right before the place: "the government-held Mogambo neighborhood",
    "the rebel enclave of X" (not of a city: "the rebel enclave of eastern Aleppo" is a part),
    a capture named by its noun as a past event: "after the army's recapture of X", "celebrate
    the fall of X to IS", "following the capture of X by rebels" (not "to prevent the capture
    of X", nor "the fall of X" with no side),
    "the former rebel-held district of Bustan al-Qasr" (action ``lost``: the named side no longer
    holds it; the controller is the other side if exactly one other side is named in the
    sentence), "the IS-besieged town of X". Apposition ("district of", "town of") is allowed only
    where the place is of that kind: "a rebel-held area *of Aleppo*" names part of a city, so it
    makes no statement about the whole city (but one of ``extent`` ``part``: see ``part``).
``participle``
    "newly captured Al-Kalasseh", "the recaptured X": a capture whose capturer is not named. The
    capturer is the sentence's actor, and only when every actor the sentence names is on one side.
``post``
    A phrase right after the place: "X, held by rebels", "X was recaptured by the army", "X fell to
    Islamic State militants", "X, a rebel stronghold", and "X ... in the rebel-held part of
    Aleppo" (X lies in a rebel-held part, so X is rebel-held), "X, an area controlled by
    rebels"; "X, which slipped out of
    government control" / "fell out of the hands of IS" (action ``lost``), "X, now under the
    control of Turkish-backed rebels" / "under rebel control" (``held``; ``captured`` after
    "came", "back", "returned" ...), "X, lost to IS in 2014"; and, before a town or village,
    "positions held by IS in X" (in a district of a divided city such positions are a part of
    it, and make no statement). A side named jointly with another ("under the control of
    Kurdish and rebel forces") makes none either.
``clause``
    An actor as the subject of a finite verb whose object is the place or an anaphor: "Kurdish
    YPG fighters took control of Sheikh Maqsoud", "the army recaptured the neighborhood on Dec.
    12", "after they captured the area" (``they`` is the sentence's first actor, when every actor
    named before it is on one side), "Islamic State militants withdrew from al-Bab" (action
    ``lost``; ``from_controller`` is the retreating side), "government forces besieged X",
    "Kurdish fighters, who hold X" / "rebels now control all of X" (``held``), "troops ended the
    siege of X" (``held`` by the side that ends it; not "their siege"), "the army lost X to
    rebels" (``lost``; the controller is the side it was lost to), "SDF fighters drove IS out
    of X", "IS militants were driven out of the town".
    A date stated in the clause ("on Dec. 12") is the statement's date; otherwise the caption's.
    (``post``, more wordings right after the place): "X was an IS stronghold" / "X, IS's last
    remaining stronghold" / "X is a stronghold of the Islamic Front" / "X is a major IS-held
    city" (``held``; an apposition set off by commas may stand between the place and its
    predicate), "X, which
    troops recaptured on Monday" / "X, which rebels hold", "X was the first district the rebels
    took" / "X, the first neighbourhood to fall into rebel hands" (``captured``, with no date
    unless one is stated: a past event), "X has been under rebel siege" (``besieged``). After
    an enumeration and a plural verb ("X and Y are still in loyalist hands") a phrase holds
    for every place of it. A holding named in a capture's object ("retook the rebel-held X",
    "seized the IS stronghold of X", "captured X, a major IS stronghold") is the side the place
    was taken from, not a statement of its own.
``contested``
    A fight for the place's control or a split of it: "the fighting for X", "clashes with rebels
    for control of X", "the front line that divides X", "X, divided between rebels and the
    army", "contested X", "X has changed hands". Fighting *at* a place is none ("clashes in X",
    "fighting between rebels and the army in X", "near the front line in X": see
    :data:`~aleppomap.control.lexicon.FIGHTING`).
``part``
    A part of a place held, said after the part: "an area controlled by forces loyal to the
    president, in Aleppo", "Manbij's western districts are held by IS", "parts of al-Bab
    controlled by IS". These, and the modifiers before a part ("a rebel-held area of Aleppo",
    "an IS-controlled neighbourhood of Manbij"), make a statement of ``extent`` ``part`` on the
    containing place: the side holds part of it, which says nothing of the rest (the timeline
    and the map read only ``whole`` statements). A part the gazetteer names ("the rebel-held
    eastern part of Aleppo": East Aleppo) is a place of its own.
``aim``
    An aim to take a place from a side: "rebels advance in a bid to retake it from IS", "an
    offensive to recapture X from the rebels" (``held`` by that side; only for a place no other
    phrase of the caption speaks of, and not a done aim: "after a campaign to retake X").

Holdings read besides (each behind its own cheap word test): a phrase set off by dashes ("X in
Aleppo –held by the YPG–"); "the pro-government villages of X and Y" (the government's); the
places listed after a holding ("areas still under rebel control, including X and Y"; not after a
capture verb, which names who held them before); a region named after its parts ("rebel-held
neighbourhoods in eastern Aleppo"; a district's parts say nothing of it); a holding kept ("the
army retained control of X"); a holder of no side's name ("militant-held X", "X, held by Takfiri
terrorists"), read as the rebels only where the caption names no IS or Kurdish actor; "the rebel
town of X" (the rebels' own adjective; not "the Kurdish town of X", which names people); "the
divided city of X" (contested). A region of a divided city ("eastern Aleppo, which has been
divided between ...") is not contested: the division is the city's; a side's part of the city
that the caption ties to no name of the region ("the opposition-held eastern districts" after
"Aleppo") says nothing, since the statement is made of a place mention only.

Holdings in the other languages of agency captions (each side's names there in
:data:`~aleppomap.control.lexicon.FOREIGN_SIDE_NAMES`): after the place ("X, contrôlé par les
rebelles", "X, quartier tenu par le régime", "X, sous contrôle rebelle", "X, en manos de los
rebeldes", "X, controllata dai ribelli", "X, das unter Kontrolle der Armee ist", "X'ı işgal eden
YPG/PKK"), before it ("die von Rebellen gehaltene Stadt X", "rejim denetimindeki X", "la ciudad
rebelde de X") and a division ("Alep est divisée entre ... rebelles").

A flag raised over a place is its capture by the flag's side ("troops raised the Syrian flag
over X", "the Turkish flag was raised over X", "X'te Türk bayrağı dikildi"; not a flag seen,
waved or raised at a rally); half of a city held or taken ("rebels hold half of Aleppo", "la
moitié d'Alep", "نصف مدينة حلب") is a statement of ``extent`` ``part``; a subject pronoun or a
left-out subject opening a sentence ("Ils ont repris X", "Tomaron X") is the one side that opens
the sentence before (:func:`_kinds_previous_side`); a control lost with no gainer ("утратили
контроль над X", "فقدت ... السيطرة على X") is ``lost``, its holder unknown.

An entry ("rebels entered the IS-held town of X", "entered X, the last stronghold of IS") is no
capture: the holding its object or apposition names stands (see :func:`_drop_entries_held`).
An entry takes no city whole ("rebels entered Aleppo for the first time since 2016", "stormed
the city": :data:`~aleppomap.control.lexicon.ENTRY_UNTAKEN_KINDS`; a town or district entered is
taken); the city entered is what "the city" of its clause refers back to ("swept into Aleppo and
took control of most of the city"), and "most of" a city, town or village taken ("seized most of
Aleppo") is a statement of ``extent`` ``part``. The operations of the later wars
(:data:`~aleppomap.control.lexicon.OPERATION_NAMES`: Euphrates Shield, Olive Branch, Peace
Spring, Dawn of Freedom, Deterrence of Aggression) name the factions, as an agent ("Operation
Olive Branch forces took X") or as the frame of an agentless capture ("X, captured in Operation
Olive Branch"; Turkish "Zeytin Dalı Harekatı kapsamında"). A hand-over gives the place to the
side that receives it: "handed X (over) to the army" (``lost`` by the giver), "X was handed over
to the army" (``captured``), "withdrew from X and handed it over to government forces" (the
withdrawal's taker); in other languages the receiver named right after the place ("ont remis X
à l'armée", "entregaron X al ejército", "übergaben X an die Armee") or in the dative before the
verb ("X'i rejime teslim etti"), and none when no side receives it.

Last, for places no rule has read, English wordings with words between their parts
(:func:`_tolerant_rules`, the "tolerant English" words of the lexicon): fillers, quotes and a
set-off apposition between a place and its holder ("X, a town on the border, is now being
controlled by ...", "X was declared fully under control of ..."), between a side and its verb
("the SDF is 'in full control' of X", "Damascus takes full control of X"), a relative whose
subject is a side ("X to the east, which Kurdish fighters liberated"), and contests in an
apposition or with a day before "in" ("X, a disputed district", "fighting raged on Sunday in X").

"it" as the object of a verb that takes a place ("after troops retook it") refers back to the
one place named before it (in its sentence, or the previous one when its sentence names none
before it; a city counts only when no finer place is named); with two places it is ambiguous
and makes no statement. A place followed by "'s" ("Hanano's main square") is not the object:
a part of it is.

A side's anaphor as a capture's object ("a week after the SDF seized *the group's
stronghold*", "*the rebels' last enclave*", "*the IS-held town*", "*the opposition bastion*";
"*le fief du groupe*", "*el bastión yihadista*") refers back to the one place of its kinds named
before it, never with two, nor when its own place follows ("the group's stronghold of X", "in
X", ", X,"); the holding it names is the side the place was taken from, not a statement.

An anaphor ("the area", "the neighborhood", "the district", "the town", ...) refers back to a
place named *before it*: in its own sentence, or, when its sentence names none before it, in the
previous sentence. Among those places, the one the caption marks as the scene of the fighting
(the geoparser's ``origin`` role, "fleeing violence in", "restive", "battle at") wins; otherwise
the nearest one. A ``destination`` ("arrive in Aleppo's Fardos neighborhood") is never the
antecedent, nor is a city for "the area"/"the neighborhood". Hence, in "fleeing violence in the
restive Bustan al-Qasr neighborhood, arrive in Aleppo's Fardos neighborhood on Dec. 13, after
regime troops retook the area from rebel fighters", the area is Bustan al-Qasr.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Final, Protocol

from aleppomap._concepts import CJK_CITY
from aleppomap._tables import CONTEXT_CUES
from aleppomap.control import lexicon as lx

__all__ = ["ACTIONS", "CONTROLLERS", "ControlMention", "ControlStatement", "find_control"]

#: The controllers, in legend order.
CONTROLLERS: Final = ("government", "rebels", "islamic_state", "kurdish", "contested", "unknown")
#: The actions a statement can report.
ACTIONS: Final = ("held", "captured", "lost", "besieged", "contested")

#: The ``date_source`` of a statement about a past event whose day the caption does not state
#: ("X was the first district to fall to rebels"): its ``date`` is empty.
_PAST: Final = "past"

# --------------------------------------------------------------------------- data types


class _MentionLike(Protocol):
    @property
    def place_id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class ControlMention:
    """A place mention of one caption, as :func:`find_control` needs it.

    ``precision`` is the place's kind (``neighbourhood``, ``city`` ...); ``role`` the
    geoparser's role (``location``, ``origin``, ``destination``).
    """

    place_id: str
    start: int
    end: int
    place: str = ""
    matched: str = ""
    role: str = "location"
    precision: str = "neighbourhood"
    # ``container`` or ``reference`` (:data:`aleppomap._tables.CONTEXT_CUES`) for a place named
    # only to say where another is: read only where a phrase governs it (see find_control)
    cue: str = ""


@dataclass(frozen=True, slots=True)
class ControlStatement:
    """One control statement of a caption.

    Attributes
    ----------
    place_id, place, matched
        The place the statement is about, and its mention as written.
    controller
        One of :data:`CONTROLLERS`: the side that holds the place after the statement.
    action
        One of :data:`ACTIONS`.
    from_controller
        The side that lost the place (captured *from*, retreated, former holder), or ``""``.
    besieged_by
        The besieging side of a ``besieged`` statement, or ``""``.
    date, date_source
        ISO day (``""`` when unknown); ``clause`` when the phrase states it, ``caption`` when it
        is the caption's day, ``past`` for a past event whose day is not stated (no date).
    evidence, evidence_start, evidence_end
        The exact phrase of the caption and its offsets.
    rule
        Which rule made the statement (see the module documentation).
    extent
        ``whole`` when the statement is about the place itself; ``part`` when it is about a
        part of it the gazetteer does not name ("a rebel-held area of Aleppo", "an
        IS-controlled neighbourhood of Manbij"): the side holds part of the place, which says
        nothing of who holds the rest (:func:`~aleppomap.control.control_timeline` and the
        map read only ``whole`` statements).
    """

    place_id: str
    place: str
    matched: str
    controller: str
    action: str
    from_controller: str
    besieged_by: str
    date: str
    date_source: str
    evidence: str
    evidence_start: int
    evidence_end: int
    rule: str
    extent: str = "whole"


# --------------------------------------------------------------------------- patterns

_SIDE_GROUP: Final = lx.SIDE_GROUP
_NOUN: Final = "|".join(lx.ACTOR_NOUNS)
# An actor phrase: up to two words that name no side (a backer, "US-backed"; "Syrian"; an
# adjective, "hardline"), a side name (after a word of its own side: "Turkish-backed rebels"),
# an optional "(IS)", "group" / "-backed" / "terror group", an optional noun (after a word of no
# side: "pro-government *Syrian* militias").
_ACTOR_ADJECTIVE: Final = lx.alternation((*lx.ACTOR_PREFIXES, *lx.ACTOR_ADJECTIVES))
_ACTOR: Final = (
    rf"\b(?:{lx.actor_modifiers()}){{0,2}}"
    # (its short names in brackets: "(IS)", "(ISIS, ISIL, IS and Daesh)")
    rf"(?:{lx.actor_side_group()})\b(?:\s*\((?-i:[A-Z]{{2,5}}|[A-Z][\w'’-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w'’-]*){{1,4}})\))?"
    rf"(?:[\s-]+{lx.alternation(lx.ACTOR_LINKS)}){{0,2}}"
    rf"(?:[\s-]+(?:{_ACTOR_ADJECTIVE}\s+)?(?:{_NOUN}))?(?:\b|(?<=\)))"
)
_ACTOR_RE: Final = re.compile(_ACTOR, re.IGNORECASE)
# "(by) the forces of the Manbij Military Council": fighters named as a side's before its name
# (or as a collection of its groups: "by an array of rebel groups")
_FORCES_OF: Final = (
    rf"(?:(?:the\s+)?{lx.alternation(lx.FORCES_OF_NOUNS)}\s+of\s+(?:the\s+)?"
    rf"|(?:an?\s+|the\s+)?(?:{lx.alternation(lx.COLLECTIVE_OF_ADJECTIVES)}\s+)?"
    rf"{lx.alternation(lx.COLLECTIVE_OF_NOUNS)}\s+of\s+(?:the\s+)?)?"
)
# The side names alone (for "-held" modifiers): "rebel-held", "IS-held", "regime-controlled".
_SIDE_RE_TEXT: Final = rf"\b(?:{_SIDE_GROUP})"
_HELD_AFTER: Final = re.compile(
    rf"\s*{lx.DASH}\s*{lx.alternation(lx.HELD_VERBS)}\b"
    rf"|(?P<plain>\s+{lx.alternation(lx.PLAIN_HELD)}\b)(?!\s+{lx.alternation(lx.DETERMINERS)}\b)",
    re.IGNORECASE,
)
# an actor that ends with its noun ("IS militants"): "held" after it is a verb, not a modifier
_ACTOR_NOUN_END_RE: Final = re.compile(rf"\b(?:{_NOUN})$", re.IGNORECASE)


def _held_after(text: str, actor: re.Match[str], group: str = "") -> bool:
    """Whether the actor ``actor`` is a modifier: "rebel-held", "government controlled"."""
    m = _HELD_AFTER.match(text, actor.end(group) if group else actor.end())
    if m is None:
        return False
    if m.group("plain") is None:
        return True
    words = actor.group(group) if group else actor.group(0)
    return _ACTOR_NOUN_END_RE.search(words) is None


_AUX: Final = rf"(?:\s+{lx.alternation((*lx.AUXILIARIES, *lx.WHEN_BETWEEN))})*"
# an auxiliary inside a quote that opens before the verb ('the army had *"fully* recaptured" X')
_AUX_WORD: Final = lx.alternation(lx.AUXILIARIES)
# "they", "their forces", "its fighters": the sentence's actor named before
_PRONOUN_SUBJECT: Final = (
    # ("it" as a subject only where a report or a clause starts: "the army said it had ...")
    r"(?P<pronoun>\bthey(?:['’](?:ve|d))?\b|\bit\b(?:(?<=said\sit)|(?<=says\sit)|(?<=that\sit)"
    r"|(?<=,\sit)|(?<=announced\sit)|(?<=confirmed\sit)|(?<=declared\sit)"
    # (after a report's day: "the army announced on Thursday it had recaptured X")
    r"|(?<=day\sit))(?!['’])"
    rf"|\b(?:their|its)\s+{lx.alternation(lx.PRONOUN_NOUNS)}\b"
    # "the group", "the militants": the actor named before, here or in the sentence before
    rf"|(?P<back>\bthe\s+{lx.alternation(lx.BACK_REFERENCE_NOUNS)}\b)"
    # "we", "our forces" in a quote: the speaker
    rf"|(?P<we>\bwe(?:['’]ve)?\b|\bour\s+(?:[\w-]+\s+)?{lx.alternation(lx.FIRST_PERSON_NOUNS)}\b))"
)
# what may stand between a clause's subject and its verb besides auxiliaries
_EXTRAS: Final = rf"(?:{lx.alternation(lx.SUBJECT_EXTRAS)})?"
_CAPTURE_VERB: Final = lx.phrases(lx.CAPTURE_VERBS)
_RETREAT_VERB: Final = (
    # (a day may stand before "from": "pulled out *on Sunday* from X")
    rf"{lx.phrases((*lx.RETREAT_FROM_VERBS, *lx.WITHDRAWAL_NOUN_VERBS))}"
    rf"(?:\s+{lx.alternation(lx.WHEN_BETWEEN)})?\s+(?:from|out\s+of)"
    rf"|{lx.phrases(lx.RETREAT_VERBS)}"
)
_BESIEGE_VERB: Final = lx.phrases(lx.BESIEGE_VERBS)
_DRIVE_VERB: Final = lx.phrases(lx.DRIVE_VERBS)
_HOLD_VERB: Final = lx.phrases(lx.HOLD_VERBS)
_RELIEVE_VERB: Final = lx.phrases(lx.RELIEVE_VERBS)
_LOSE_VERB: Final = lx.phrases(lx.LOSE_VERBS)

_CLAUSE_RE: Final = re.compile(
    # (a relative set off by a comma or a dash: "the YPG*–that* are in control of X")
    rf"(?P<subject>{_ACTOR}|{_PRONOUN_SUBJECT}){_EXTRAS}"
    rf"(?:\s*[,‑–—-]?\s*{lx.alternation(lx.RELATIVES)})?"
    # (a quote may open before the verb: 'the YPG had "expelled all IS fighters from X"')
    rf"{_AUX}(?:\s+[\"“]{_AUX_WORD}(?:\s+{_AUX_WORD})*(?=\s))?\s+[\"“]?(?:"
    rf"(?P<capture>{_CAPTURE_VERB})"
    rf"|(?P<retreat>{_RETREAT_VERB})"
    rf"|(?P<besiege>{_BESIEGE_VERB})(?:\s+(?P<besieged>{_ACTOR.replace('?P<', '?P<b_')})"
    r"\s+(?:in|inside))?"
    rf"|(?P<drive>{_DRIVE_VERB})(?:\s+out)?\s+(?:all\s+)?(?:the\s+)?(?:remaining\s+)?"
    rf"(?P<driven>{_ACTOR.replace('?P<', '?P<d_')}|{lx.alternation(lx.DRIVEN_NOUNS)})"
    rf"(?:\s+out)?\s+{lx.alternation(lx.DRIVEN_FROM)}"
    rf"|(?P<relieve>{_RELIEVE_VERB})"
    rf"|(?P<lose>{_LOSE_VERB})"
    rf"|(?P<hold>{_HOLD_VERB})"
    # (after the drive: "cleared IS from X" is one, "cleared X of IS" this)
    # ("cleared the town of X of IS": the place's kind before its name)
    rf"|(?P<clear>{lx.phrases(lx.CLEAR_VERBS)})"
    rf"(?=\s+(?:the\s+)?(?:{lx.alternation(lx.PLACE_NOUNS)}\s+of\s+)?(?-i:[A-Z]))"
    r")\b",
    re.IGNORECASE,
)
# "... to rebel fighters" after a loss's object.
_TO_RE: Final = re.compile(
    rf"\s+to\s+(?:the\s+)?(?P<actor>{_ACTOR.replace('?P<', '?P<t_')})", re.IGNORECASE
)
# "... from rebel fighters" after a capture's object.
_FROM_RE: Final = re.compile(
    rf"\s+from\s+(?:the\s+)?(?P<actor>{_ACTOR.replace('?P<', '?P<f_')})", re.IGNORECASE
)
# "... of rebel fighters" after the place cleared of them (the side named as one taken from).
_OF_ACTOR_RE: Final = re.compile(
    rf"\s+of\s+(?:(?:all\s+)?the\s+)?(?:remaining\s+)?(?P<actor>{_ACTOR.replace('?P<', '?P<f_')})",
    re.IGNORECASE,
)
# "... by the SDF" after the side a passive's place was taken from ("X was captured from IS *by
# the SDF*"), a day may stand before it.
_BY_AFTER_FROM_RE: Final = re.compile(
    rf"(?:\s+{lx.alternation(lx.WHEN_BETWEEN)})?\s+by\s+(?:the\s+)?"
    rf"(?P<actor>{_ACTOR.replace('?P<', '?P<y_')})",
    re.IGNORECASE,
)

# Modifiers before the place.
# the words that put a modifier's holding in the past ("the *former* rebel-held X", "the *once*
# rebel-held X", "the *previously* IS-held X"; "once" after an article only, not the
# conjunction: "Once rebel-held areas fell, ...")
_FORMER_MODIFIER: Final = r"(?:former(?:ly)?|previously|one-?time|(?<=\bthe\s)once)\s+"
_MODIFIER_RE: Final = re.compile(
    # (the side's short name in brackets may stand before the verb: "Syrian Democratic Forces
    # *(SDF)* controlled X", "Islamic State *(IS)*-held X")
    # (after a word the side's name may follow: "the northern *Syrian* rebel-held town of X",
    # "the *Syrian* Kurdish-controlled town of X")
    # (words that describe the side may stand before its name, as before an actor's: "in
    # *Turkish-backed* rebel-held X", "the *US-backed* SDF-held town of X")
    rf"\b(?P<former>{_FORMER_MODIFIER})?(?:{lx.actor_modifiers()}){{0,2}}"
    rf"\b(?:{lx.actor_side_group()})(?:\s*\((?-i:[A-Z]{{2,5}})\))?(?:\s*{lx.DASH}\s*"
    rf"(?P<verb>{'|'.join(lx.HELD_VERBS)})"
    rf"|\s+(?P<verb2>{'|'.join(lx.PLAIN_HELD)}))\b",
    re.IGNORECASE,
)
_PARTICIPLE_RE: Final = re.compile(
    rf"(?:\b{lx.alternation(lx.PARTICIPLE_ADVERBS)}[\s-]+|(?<=\bthe\s)|(?<=['’]s\s))"
    rf"{lx.alternation(lx.PARTICIPLES)}\b",
    re.IGNORECASE,
)
# "the rebel enclave of X", "the former IS stronghold of X".
_STRONGHOLD_OF_RE: Final = re.compile(
    rf"(?:\b(?:the|an?)\s+)?(?:(?P<former>former)\s+|(?:{lx.alternation(lx.APPOSITION_QUALIFIERS)})"
    rf"\s+)?{_SIDE_RE_TEXT}(?:\s*(?:{lx.DASH}\s*|\s){lx.alternation(lx.PLAIN_HELD)})?"
    # ("the Islamic State group (ISIS, ISIL, IS and Daesh) stronghold of X", "Islamic State's
    # stronghold of X")
    r"(?:\s+group)?(?:\s*\((?-i:[A-Z])[\w\s,'’-]{1,40}\))?(?:['’]s?)?\s+"
    rf"(?:{lx.alternation(lx.STRONGHOLD_OF_NOUNS)}\s+of|"
    rf"{lx.alternation(lx.STRONGHOLD_BEFORE_NOUNS)})\b",
    re.IGNORECASE,
)
# "the army's recapture of X", "the fall of X to IS", "the capture of X by rebels".
_NOMINAL_RE: Final = re.compile(
    # (a name that ends with its own "'s": "*Turkey's* seizure of X")
    rf"(?:(?P<owner>{_ACTOR.replace('?P<', '?P<o_')})(?:['’]s?|(?<=['’]s))\s+)?"
    rf"(?P<noun>{lx.alternation(lx.CAPTURE_NOUNS)}){lx.NOMINAL_DAY_GAP}\s+of\b",
    re.IGNORECASE,
)
# "X's capture by rebels", "Al-Bab's swift fall to ...": right after the place
_POSSESSIVE_NOMINAL_RE: Final = re.compile(
    rf"['’]s\s+(?:(?:reported|recent|latest|swift|rapid)\s+)?"
    rf"(?P<noun>{lx.alternation(lx.CAPTURE_NOUNS)})\b(?!\s+of\b|[-‑–]){lx.NOMINAL_DAY_GAP}",
    re.IGNORECASE,
)
# "the capture of X, about 40 km north of Aleppo, by rebels": a distance or bearing set off by
# commas before the side
_NOMINAL_APPOSITION_RE: Final = re.compile(
    r",\s+(?:about|some|around|nearly|roughly|just|\d)[^,;:.()]{0,60},", re.IGNORECASE
)
# "the capture of *the town* by rebels": the place named before
_NOMINAL_ANAPHOR_RE: Final = re.compile(
    rf"\s+the(?:\s+{lx.alternation(lx.ANAPHOR_ADJECTIVES)})*\s+"
    rf"(?P<noun>{'|'.join(lx.ANAPHOR_NOUNS)})\b(?!\s+of\b|\s*[-‑–]|['’])",
    re.IGNORECASE,
)
# A capture noun states a capture only as a past event: "after", "following", "since" it, or
# where it is celebrated or marked (not "to prevent the capture of X", "fears of the fall of").
_NOMINAL_CUE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.CAPTURE_NOUN_CUES)}\s+(?:the\s+)?(?:(?:[\w-]+|[\w-]+['’]s?)\s+){{0,3}}$",
    re.IGNORECASE,
)
_NOMINAL_KEY_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.CAPTURE_NOUNS)}{lx.NOMINAL_DAY_GAP}\s+of\b", re.IGNORECASE
)
# "The capture of X [in the north] is part of ...": the noun starts its sentence, and a verb of
# a done event follows the place within its clause.
_NOMINAL_START_RE: Final = re.compile(
    # (also after an opening participle with its agent: "*Led by the Tiger Forces,* the army's
    # capture of X has ...")
    r"\s*[\"“]?(?:(?:led|backed|supported|spearheaded|aided|helped)\s+by\s+[^,;:]{1,60},\s*)?"
    r"(?:the\s+)?(?:(?:reported|recent|latest|swift|rapid)\s+)?$",
    re.IGNORECASE,
)
_NOMINAL_PREDICATE_RE: Final = re.compile(
    rf"[^,;:.]{{0,60}}?\s{lx.alternation(lx.CAPTURE_NOUN_PREDICATES)}\b", re.IGNORECASE
)
# "after driving IS out of X", "after taking control of X": the subject is the sentence's actor.
_GERUND_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.GERUND_CUES)}\s+(?:(?P<gerund>{lx.phrases(lx.GERUNDS)})"
    rf"|(?P<drive>{lx.phrases(lx.DRIVE_GERUNDS)})(?:\s+out)?\s+(?:the\s+)?"
    rf"(?P<driven>{_ACTOR.replace('?P<', '?P<d_')})\s+{lx.alternation(lx.DRIVEN_FROM)})\b",
    re.IGNORECASE,
)
# "IS launched a surprise attack, seizing X from rebels": a capture gerund after a comma, whose
# subject is the clause's
_COMMA_GERUND_RE: Final = re.compile(
    rf"[,;]\s+(?P<gerund>{lx.phrases(lx.GERUNDS)})\b", re.IGNORECASE
)
_COMMA_GERUND_KEY_RE: Final = re.compile(rf"[,;]\s+{lx.alternation(lx.heads(lx.GERUNDS))}\b")
_ADVANCE_HEADS: Final = tuple(h.lower() for h in lx.ADVANCE_VERBS.heads)


def _has_advance(low: str) -> bool:
    """Whether the lower-cased caption has a verb of an advance (a cheap test first)."""
    return any(head in low for head in _ADVANCE_HEADS)


# "troops advanced overnight seizing X": a capture gerund right after a verb of an advance
_ADVANCE_GERUND_RE: Final = re.compile(
    rf"\b{lx.ADVANCE_VERBS.pattern}\s+(?P<gerund>{lx.phrases(lx.GERUNDS)})\b", re.IGNORECASE
)
_ADVANCE_GERUND_KEY_RE: Final = re.compile(
    rf"\b{lx.ADVANCE_VERBS.pattern}\s+{lx.alternation(lx.heads(lx.GERUNDS))}\b"
)
_GIVE_RE: Final = re.compile(rf"\b{lx.phrases(lx.GIVE_CONTROL)}\b", re.IGNORECASE)
# "Held by opposition forces, the eastern districts of X have ...": a participle with its agent
# that opens its sentence describes the subject after the comma
_FRONT_PARTICIPLE_RE: Final = re.compile(
    rf"(?P<verb>{lx.alternation((*lx.PLAIN_HELD, *lx.PARTICIPLES, 'overrun'))})\s+by\s+"
    rf"(?:the\s+)?(?P<actor>{_ACTOR})[^,;:.]{{0,40}}?,\s+",
    re.IGNORECASE,
)
# "IS retreated after losing X to Turkey-backed rebels": the side named after "to" holds X
_LOSING_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.GERUND_CUES)}\s+{lx.phrases(lx.LOSE_GERUNDS)}\b", re.IGNORECASE
)
_GERUND_KEY_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.GERUND_CUES)}\s+"
    rf"{lx.alternation(lx.heads((*lx.GERUNDS, *lx.DRIVE_GERUNDS)))}\b"
)
# "... by the army", "... to IS" after the place of a capture noun.
_BY_TO_RE: Final = re.compile(
    rf"\s+(?P<prep>by|to)\s+(?:the\s+)?(?:{lx.alternation(lx.AFFILIATED)})?(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
# "positions held by Islamic State (IS) group jihadists in X": X a town or village (a side's
# positions in a town are the town's front; in a district of a divided city, a part of it).
_HELD_BY_IN_KINDS: Final = frozenset({"town", "village"})
# "positions held by Islamic State (IS) group jihadists in X".
_HELD_BY_IN_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.POSITION_NOUNS)}\s+(?:(?:which|that)\s+(?:are|were|is|was)\s+)?"
    rf"{lx.alternation(lx.POSITION_VERBS)}\s+by\s+(?:the\s+)?(?P<actor>{_ACTOR})"
    r"\s+(?:in|inside)\b",
    re.IGNORECASE,
)
# "the fighting for X", "contested X", "the front line that divides X" (see ``lx.FIGHTING``:
# fighting in a place is none)
_CONTESTED_BEFORE_RE: Final = re.compile(
    rf"\b(?:(?P<fight>{lx.alternation(lx.FIGHTING)})"
    rf"(?:\s+{lx.alternation(lx.FIGHTING_VERBS)})?"
    rf"(?:\s+{lx.FIGHTING_PARTIES}|\s+(?:the\s+)?{lx.alternation(lx.FIGHTING_OBJECTS)})?"
    rf"\s+{lx.alternation(lx.FIGHTING_PREPOSITIONS)}|{lx.CONTESTED}"
    rf"|(?P<divides>{lx.FRONT_LINES}\s+{lx.alternation(lx.FRONT_DIVIDES)}))\b",
    re.IGNORECASE,
)

# Phrases right after the place (matched at the mention's end).
# (plural after an enumeration: "X and Y *districts* were captured")
_GENERIC: Final = rf"(?:\s+{lx.alternation(lx.PLACE_NOUNS)}s?)?"
# the predicates an apposition set off by commas may stand before
_APPOS_PREDICATE: Final = (
    rf"(?:{lx.alternation(lx.PREDICATE_VERBS)}|(?:has|had|have)\s+|were|became|"
    rf"{lx.alternation(lx.FELL_VERBS)}|{lx.alternation(lx.OUT_OF_VERBS)}|came)"
)
# an apposition set off by commas before a predicate ("Aleppo*, Syria's largest city,* has been
# contested"): it names the place again, so the predicate is still about it
_SET_OFF_APPOS: Final = (
    r"(?:\s*,\s*(?:(?:(?:once|now|formerly|long|still)\s+)?(?:an?\s+|the\s+|one\s+of\s+"
    r"|[\w-]+['’]s\s+)[^,;:()]{1,80}?"
    # a distance: "X, just 25 kilometres (15 miles) south of the border, was ..."
    r"|(?:(?:just|only|some|about|around|roughly)\s+)?\d[\d.,]*\s*(?:km|kilomet|mile)"
    r"[^,;:]{1,80}?"
    # a bearing: "X, east of Aleppo, is ..."
    r"|(?:(?:just|directly|immediately)\s+)?(?:north|south|east|west)[\w-]*\s+of\s+[^,;:()]{1,40}?"
    # a participle: "X, located in the northern countryside of Aleppo province, is ..."
    rf"|{lx.alternation(lx.SET_OFF_PARTICIPLES)}\s+[^,;:()]{{1,80}}?"
    r")(?=,\s*"
    rf"(?:which\s+|that\s+)?{_APPOS_PREDICATE}\b)"
    # a locative: "Hanano, in east Aleppo, was the first district to be retaken" (not before a
    # relative, which may be the container's: "X, in Aleppo, which ...")
    rf"|\s*,\s*(?:in|inside|near|outside)\s+[^,;:()]{{1,40}}?(?=,\s*{_APPOS_PREDICATE}\b))?"
)
# a river bank between the place and its predicate ("Manbij *on the west bank of the Euphrates
# River* was captured")
_RIVER_BANK: Final = (
    r"(?:\s+on\s+the\s+(?:(?:west|east)(?:ern)?\s+)?(?:bank|banks|shore)\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+River)?)?"
)
# a place noun, and the city it lies in before a comma or "which" ("the X neighborhood of
# Aleppo, which is controlled by ..."), or the city alone before a dash that sets a phrase off
# ("X in Aleppo –held by the YPG–"): the phrase after it is about X
_SET_OFF_DASH: Final = r"(?:\s+[-–—]{1,2}\s*|\s*[–—]\s*)"
_GENERIC_IN_CITY: Final = (
    rf"(?:\s+{lx.alternation(lx.PLACE_NOUNS)}\s+(?:of|in)\s+(?-i:[A-Z])[\w'’-]+"
    rf"(?=\s*,|\s+which\b)|\s+in\s+(?-i:[A-Z])[\w'’-]+(?={_SET_OFF_DASH}(?-i:held|controlled)\b)"
    rf"|{_GENERIC})"
)
# a first predicate before a holding joined by "and" ("X *is 35 km from Aleppo and* is held by
# the YPG")
_FIRST_PREDICATE: Final = (
    r"(?:\s+(?:is|was|lies|lay)\s+[^,;:.()]{1,60}?\s+and"
    r"(?=\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:currently|now|still)\s+)?"
    rf"{lx.alternation(lx.HOLDING_PARTICIPLES)}\s+by\b))?"
)
# the city an apposition's noun lies in, before the phrase about the place ("X, a district *of
# eastern Aleppo* held by rebels", "X, a neighbourhood *in Aleppo*, controlled by the army"): the
# phrase is the apposition's, whose head is X, never the city's
_APPOS_CITY: Final = (
    r"(?:\s+(?:of|in)\s+(?:(?:the\s+)?(?:eastern|western|northern|southern|east|west|north|south"
    r"|old)\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,?)?"
)
# a member of a plural apposition ("X, *one of the* districts retaken by the army", "X, *which
# was among the* first towns seized by IS", "X *is one of several* villages held by rebels")
_ONE_OF: Final = (
    r"(?:,\s*(?:which\s+(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:one\s+of|among)\s+(?:the|several"
    r"|many|some|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of)"
)
_POST_PASSIVE_RE: Final = re.compile(
    rf"{_GENERIC_IN_CITY}{_RIVER_BANK}{_SET_OFF_APPOS}{_FIRST_PREDICATE}(?:\s*\([^()]*\))?\s*(?:(?:,\s*(?:an?|the|another)|\s+(?:is|was|remains|remained)\s+(?:an?|another)|{_ONE_OF})\s+(?:[\w-]+\s+){{0,2}}?"
    # (a relative after the apposition: "X, another Kurdish-majority neighbourhood *that* is
    # held by the YPG"; or a predicate instead of it, indefinite: "X *is a* critical enclave
    # controlled by", not "X was the first district captured by", a past event of its own)
    rf"{lx.alternation(lx.APPOSITION_NOUNS)}s?{_APPOS_CITY}(?:\s+(?:which|that))?"
    # (or set off by a dash: "X –held by the YPG fighters– has ...")
    rf"\s+|{_SET_OFF_DASH}(?=(?-i:held|controlled)\b)|,?\s*(?:(?:which|that)\s+)?)"
    rf"(?P<mods>(?:{lx.alternation(lx.PASSIVE_AUXILIARIES)}\s+)*)"
    # (a siege before the capture, one agent for both: "X was *surrounded and captured* by IS";
    # the capture is what is stated)
    rf"(?:{lx.alternation(lx.SIEGE_THEN_CAPTURE)})?"
    rf"(?P<verb>{'|'.join(lx.PASSIVE_VERBS)})\b"
    # (a second participle sharing the agent: "X was surrounded *and shelled* by IS")
    rf"(?:\s+and\s+(?:then\s+)?(?:{lx.alternation(lx.PASSIVE_ALSO)})\b)?"
    rf"(?P<by>\s+by\s+(?:the\s+)?{_FORCES_OF}"
    # (a group's own name may stand before its side: "by *Shamiya Front* rebels"; or an
    # adjective: "by the *jihadist* rebels of Jaysh al-Fateh")
    rf"(?:(?-i:[A-Z][\w'’-]*)\s+|(?!(?:an?|of)\b)(?-i:[a-z]+)\s+(?!of\b)(?=(?-i:[a-z]))){{0,3}}?"
    rf"(?P<actor>{_ACTOR}))?",
    re.IGNORECASE,
)
# "With X under their control, the army will ...": the subject after the comma holds X
_WITH_BEFORE_RE: Final = re.compile(
    r"\bwith\s+(?:the\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{lx.alternation(lx.FILLER_APPOSITIONS)}\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_WITH_UNDER_RE: Final = re.compile(
    rf"{_GENERIC}\s+(?:(?:now|firmly|fully|finally)\s+)?(?:back\s+)?under\s+(?:their|its)\s+"
    rf"(?:(?:{lx.alternation(lx.UNDER_FULL_DEGREES)})\s+)?control\s*,\s*(?:the\s+)?"
    rf"(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
# "Capturing X put the Syrian army close to ...": a capture gerund that opens its sentence as
# its subject; the side its verb names as object made the capture
_FRONT_GERUND_RE: Final = re.compile(
    rf"(?P<gerund>{lx.phrases(lx.GERUNDS)})\s+(?:the\s+)?", re.IGNORECASE
)
_GERUND_HEADS: Final = tuple(dict.fromkeys(h.lower() for h in lx.heads(lx.GERUNDS)))
_GERUND_PREDICATE_RE: Final = re.compile(
    rf"{_GENERIC}\s+(?:{lx.alternation(lx.GERUND_SUBJECT_VERBS)})\s+(?:the\s+)?"
    rf"(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
_BE_RE: Final = re.compile(rf"\b{lx.alternation(lx.BE_FORMS)}\b")
_COMPLETE_RE: Final = re.compile(rf"\b{lx.alternation(lx.COMPLETE_DEGREES)}\b")
_FORMERLY_RE: Final = re.compile(rf"\b{lx.alternation(lx.FORMERLY)}\b")
_HELD_UNTIL_RE: Final = re.compile(lx.HELD_UNTIL, re.IGNORECASE)


def _holding_ended(text: str, m: re.Match[str]) -> bool:
    """Whether the holding ``m`` states is said to have ended: "once" or "formerly" in it, or
    an end after it ("X was under rebel control *until* 2016", "X remained in the hands of IS
    until June"); by the project's convention such a holding is the side's loss."""
    return _FORMERLY_RE.search(m.group(0)) is not None or (
        _HELD_UNTIL_RE.match(text, m.end()) is not None
    )


_POST_FELL_RE: Final = re.compile(
    rf"{_GENERIC}{_SET_OFF_APPOS}\s*,?\s+(?:(?:which|that)\s+)?(?:{lx.alternation(lx.FELL_ADVERBS)}\s+)*"
    rf"{lx.alternation(lx.FELL_VERBS)}\s+(?:(?:in)?to|under)\s+(?:the\s+)?"
    r"(?:(?:hands|control)\s+of\s+(?:the\s+)?)?"
    rf"(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
# "X neighbourhood of Aleppo, which ...": the place word and the city it lies in.
_GENERIC_OF: Final = (
    # (plural after an enumeration: "X and Y *neighbourhoods*, which are under ...")
    rf"(?:\s+{lx.alternation(lx.PLACE_NOUNS)}s?(?:\s+of\s+(?-i:[A-Z])[\w'’-]+(?=\s*,))?"
    r"|\s+(?:air\s*bases|airbases|bases|airports))?"
)
_POST_OUT_OF_RE: Final = re.compile(
    rf"{_GENERIC_OF}{_SET_OFF_APPOS}\s*[,\-‑–—]?\s*(?:(?:which|that)\s+)?(?:{lx.alternation(lx.FELL_ADVERBS)}\s+)*"
    rf"(?:{lx.alternation(lx.OUT_OF_VERBS)}\s+out\s+of|{lx.alternation(lx.OUT_FROM_VERBS)}\s+from)"
    r"\s+(?:the\s+)?"
    rf"(?P<of>{lx.alternation(lx.CONTROL_NOUNS)}\s+of\s+(?:the\s+)?)?(?P<actor>{_ACTOR})"
    rf"(?(of)|(?:['’]s)?\s+{lx.alternation(lx.CONTROL_NOUNS)})\b",
    re.IGNORECASE,
)
# ", a town" / ", the last district" before "under ..." or "in ... hands"
_APPOS_NOUN: Final = (
    rf"(?:\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{lx.alternation(lx.APPOSITION_NOUNS)}"
    rf"{_APPOS_CITY}\s+)?"
)
_POST_UNDER_RE: Final = re.compile(
    rf"{_GENERIC_OF}{_APPOS_NOUN}{_SET_OFF_APPOS}\s*[,\-‑–—]?\s*(?:(?:which|that)\s+)?"
    rf"(?P<mods>(?:{lx.alternation((*lx.UNDER_MODIFIERS, *lx.UNDER_CHANGE, *lx.UNDER_ENDED))}\s+)*)"
    # (a return: "X *returned to* government control")
    r"[\"“]?(?:under|(?<=returned\s)to|(?<=back\s)to)\s+(?:the\s+)?(?:(?:full|complete|total|firm"
    r"|effective|de\s+facto|direct|sole)\s+)?"
    # ("under the control the 'Islamic State'": a word left out, the side in quotes)
    rf"(?P<of>(?:control\s+(?:of\s+)?|{lx.alternation(lx.UNDER_RULE_NOUNS)}\s+of\s+)"
    rf"(?:the\s+)?[\"“]?{_FORCES_OF})?(?P<actor>{_ACTOR})"
    # (or its rule: "under the Kurdish *self-administration*", "under rebel *rule*")
    rf"(?(of)|(?:['’]s?)?\s+(?:control|{lx.alternation(lx.UNDER_RULE_NOUNS)}))\b",
    re.IGNORECASE,
)
# "X and Soran were ...": a capitalised name after "and" that the gazetteer lacks.
_UNNAMED_MEMBER_RE: Final = re.compile(
    # (its adjectives: "X and *strategically located* Hama fall from ...")
    r"\s+and\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|ing)\s+)?"
    r"(?:(?i:al|el|ad|as|at|an|ar)[-\s])?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?=\s+(?:were|are|have|had|fell|fall\s+from)\s)"
)
# X "is under full control," a side's spokesman said: the control of the one side named before.
_POST_UNDER_FULL_RE: Final = re.compile(
    rf"{_GENERIC}\s*[\"“]?\s*(?P<mods>(?:{lx.alternation(lx.UNDER_MODIFIERS)}\s+)+)"
    rf"under\s+(?:our\s+)?{lx.alternation(lx.UNDER_FULL_DEGREES)}\s+control\b(?!\s+(?:of|by)\b)",
    re.IGNORECASE,
)
# "X, which is still in rebel hands", "X remained in the hands of the army".
_POST_IN_HANDS_RE: Final = re.compile(
    # (a distance or bearing may stand set off before it: "X, 20 kilometres to the northwest,
    # has been in rebel hands")
    rf"{_GENERIC_OF}{_APPOS_NOUN}{_SET_OFF_APPOS}\s*[,\-‑–—]?\s*(?:(?:which|that)\s+)?"
    rf"(?P<mods>(?:{lx.alternation((*lx.UNDER_MODIFIERS, *lx.UNDER_ENDED, 'been', 'back'))}\s+)+)"
    r"in\s+(?:the\s+)?(?P<of>hands\s+of\s+(?:the\s+)?)?"
    rf"(?P<actor>{_ACTOR})(?(of)|(?:['’]s?)?\s+hands)\b",
    re.IGNORECASE,
)
_UNDER_CHANGE_RE: Final = re.compile(rf"\b{lx.alternation(lx.UNDER_CHANGE)}\b", re.IGNORECASE)
_POST_LOST_RE: Final = re.compile(
    rf"{_GENERIC_OF}\s*[,\-‑–—]?\s*(?:(?:which|that)\s+)?(?:{lx.alternation(lx.LOST_TO_MODIFIERS)}\s+)*"
    rf"lost\s+to\s+(?:the\s+)?(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
_POST_APPOSITION_RE: Final = re.compile(rf"{_GENERIC}\s*{lx.APPOSITION}", re.IGNORECASE)
_POST_CONTAINED_RE: Final = re.compile(
    rf"{_GENERIC}\s*,?\s+(?:in|inside|within)\s+(?:the|a|an)\s+(?P<former>former\s+)?"
    rf"{_SIDE_RE_TEXT}\s*(?:{lx.DASH}\s*|\s){lx.alternation(lx.PLAIN_HELD)}\s+(?:\w+\s+)?"
    rf"{lx.alternation(lx.PART_NOUNS)}\b",
    re.IGNORECASE,
)
# "... in the rebel-held part *of Aleppo province*": a part of a province, not of the city, after
# a town named as the reference of a countryside ("in the *countryside of* X")
_COUNTRYSIDE_OF_RE: Final = re.compile(
    r"\b(?:countryside|outskirts|suburbs|environs|vicinity|surroundings)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?$",
    re.IGNORECASE,
)
_PROVINCE_PART_RE: Final = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:province|governorate|countryside|region)\b",
    re.IGNORECASE,
)
_POST_CONTESTED_RE: Final = re.compile(
    rf"{_GENERIC}{_SET_OFF_APPOS}(?:\s*,?\s+(?:which\s+)?(?:is|was|remains|remained|(?:has|had|have)\s+been)"
    rf"\s+(?:still\s+|hotly\s+|fiercely\s+)?{lx.CONTESTED}"
    rf"|\s*,?\s+(?:which\s+|that\s+)?(?:has\s+|had\s+|have\s+)?{lx.CHANGED_HANDS}"
    # ("X has *for years* been divided")
    # ("X, divided between ...": the participle set off)
    rf"|(?:\s*,?\s+(?:which\s+)?(?:is|was|remains|remained"
    rf"|(?:has|had|have)\s+(?:for\s+(?:many\s+)?years\s+)?been)\s+|\s*,\s*)"
    rf"(?:(?:roughly|effectively|still|now|long|currently)\s+)?(?P<division>{lx.alternation(lx.DIVIDED)})\s+[^.;]{{0,60}}?"
    rf"\b(?:{_SIDE_GROUP.replace('?P<', '?P<v_')}"
    rf"|(?P<v_rival>{lx.alternation(lx.RIVAL_SIDES)})))\b",
    re.IGNORECASE,
)
_QUALIFIERS: Final = lx.alternation(lx.APPOSITION_QUALIFIERS)
# "X was an IS stronghold", "X, IS's last remaining stronghold", "X is a stronghold of the
# Islamic Front", "X is a major IS-held city", "X, one of the largest strongholds of ...".
_POST_PREDICATE_RE: Final = re.compile(
    rf"{_GENERIC}{_SET_OFF_APPOS}(?:\s*,\s*|,?\s+(?:which\s+)?"
    rf"(?P<pverb>{lx.alternation(lx.PREDICATE_VERBS)})\s+"
    rf"(?:(?:long\s+)?(?P<used>{lx.USED_AS})\s+)?)"
    r"(?:(?:also|still|now|long)\s+)?(?:one\s+of\s+)?(?:(?:an?|the)\s+)?"
    rf"(?:(?P<former>former|one-?time|once)\s+)?(?:{_QUALIFIERS}\s+){{0,2}}"
    rf"(?:\b(?:{_SIDE_GROUP})(?:['’]s?)?(?:\s+group)?\s+(?:{_QUALIFIERS}\s+){{0,2}}"
    rf"(?:{lx.alternation(lx.STRONGHOLD_OF_NOUNS)}|(?(used){lx.alternation(lx.USED_AS_NOUNS)}|(?!)))s?"
    rf"|\b(?:{_SIDE_GROUP.replace('?P<', '?P<h_')})\s*{lx.DASH}\s*"
    rf"{lx.alternation(lx.APPOSITION_HELD)}\s+(?:[\w-]+\s+)?"
    rf"{lx.alternation((*lx.PLACE_NOUNS, *lx.APPOSITION_NOUNS))}"
    rf"|{lx.alternation((*lx.STRONGHOLD_OF_NOUNS, *lx.USED_AS_NOUNS))}s?\s+(?:of|for)\s+(?:the\s+)?"
    rf"(?P<actor>{_ACTOR.replace('?P<', '?P<a_')}))\b",
    re.IGNORECASE,
)
# "X was the first district the rebels took", "X, the first neighbourhood to fall into the
# hands of rebels", "X was the first neighbourhood that was captured by the rebels".
_POST_FIRST_RE: Final = re.compile(
    rf"{_GENERIC}{_SET_OFF_APPOS}\s*(?:,\s*|,?\s+(?:{lx.alternation(lx.PREDICATE_VERBS)}|became)\s+)"
    r"(?:also\s+)?the\s+"
    rf"{lx.alternation(lx.FIRST_WORDS)}\s+(?:[\w-]+\s+)?{lx.alternation(lx.ANAPHOR_NOUNS)}"
    r"(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:"
    # (also without its relative: "the first neighbourhood in Aleppo *taken by* rebels")
    r"(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:re-?captured|captured|taken|seized|overrun"
    rf"|retaken|stormed)\s+by\s+(?:the\s+)?(?P<actor>{_ACTOR})"
    r"|to\s+(?:fall|be\s+(?:captured|taken|seized|overrun))\s+(?:(?:in)?to\s+(?:the\s+)?"
    rf"(?:hands\s+of\s+(?:the\s+)?)?|by\s+(?:the\s+)?)(?P<a2>{_ACTOR.replace('?P<', '?P<b_')})"
    rf"|(?:that\s+|which\s+)?(?:the\s+)?(?P<a3>{_ACTOR.replace('?P<', '?P<c_')})"
    r"\s+(?:had\s+|have\s+)?(?:took|captured|seized|overran|stormed|entered))\b",
    re.IGNORECASE,
)

# What may stand between a phrase and the place it modifies.
# (besides the filler words: a few words before an apposition word, "the *strategically
# important* district of X", and a holding in a capture's object, "retook the *rebel-held* X",
# "seized the *IS stronghold of* X", which names who held it before)
_FILLER_WORD: Final = rf"(?!{lx.alternation(lx.FILLER_STOPS)}\b)[a-z][\w'’-]*\s+"
_FILLER_RE: Final = re.compile(
    # (a quote may close after the verb: 'had "fully recaptured" X')
    rf"[\"”]?(?:\s*(?:{'|'.join(lx.FILLERS)}|(?P<appos>{'|'.join(lx.FILLER_APPOSITIONS)})\s+of"
    rf"|(?:{_FILLER_WORD}){{1,3}}(?:{'|'.join(lx.FILLER_APPOSITIONS)})\s+of"
    rf"|(?:{_FILLER_WORD}){{0,3}}{lx.alternation(lx.STRONGHOLD_OF_NOUNS)}\s+of"
    rf"|[\w]+\s*{lx.DASH}\s*{lx.alternation(lx.PLAIN_HELD)}"
    # a place word right before the name ("captured the town Azaz"; its kind checked)
    rf"|{lx.alternation(lx.PLACE_NOUNS)}(?=\s*$))"
    r"(?=\s|$))*\s*",
    re.IGNORECASE,
)
# "the pro-government villages of X and Y"
_ALLEGIANCE_OF_RE: Final = re.compile(rf"\b{lx.alternation(lx.ALLEGIANCE_OF)}\s+", re.IGNORECASE)
# "the rebel town of X", "la ciudad rebelde de X" (not after "former")
# (searched in the lower-cased caption)
_REBEL_PLACE_OF_RE: Final = re.compile(rf"(?<!former\s){lx.word_search(lx.REBEL_PLACE_OF)}\s*")
_BESIEGED_KURDISH_OF_RE: Final = re.compile(rf"{lx.word_search(lx.BESIEGED_KURDISH_PLACE_OF)}\s*")
# "... that remain under rebel control, including X, Y and Z", "rebel-held districts such as X
# and Y": a holding of parts named after it (a place word in the plural before the list)
_HOLDING_INCLUDING_RE: Final = re.compile(
    rf"\b(?:under\s+(?:the\s+)?(?:{lx.alternation(lx.UNDER_FULL_DEGREES)}\s+)?"
    rf"(?P<actor>{_ACTOR})\s+control"
    rf"|{_SIDE_RE_TEXT.replace('?P<', '?P<h_')}\s*{lx.DASH}\s*{lx.alternation(lx.PLAIN_HELD)}"
    rf"\s+(?:[\w-]+\s+)?{lx.alternation(lx.REGION_PART_NOUNS)}(?:\s+of\s+[\w-]+)?)"
    rf"\s*,?\s+{lx.alternation(lx.INCLUDING)}\s+",
    re.IGNORECASE,
)
_INCLUDING_WORDS: Final = ("including", "among them", "such as")
# "came under", "fell back under": a change of hands before "under ... control"
_UNDER_CHANGE_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.UNDER_CHANGE)}\s+$", re.IGNORECASE
)
# "militant-held X", "X, which is also held by Takfiri terrorists": a holder of no side's name
_UNNAMED_MODIFIER_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.UNNAMED_HOLDER_MODIFIERS)}\s*{lx.DASH}\s*"
    rf"{lx.alternation(lx.PLAIN_HELD)}\b"
    # (the hyphen left out before a plural place noun: "the jihadist controlled villages of")
    rf"|\b{lx.alternation(lx.UNNAMED_HOLDER_MODIFIERS)}\s+{lx.alternation(lx.PLAIN_HELD)}"
    rf"(?=\s+{lx.alternation(lx.PLACE_NOUNS)}s\s+of\b)",
    re.IGNORECASE,
)
_UNNAMED_BY_RE: Final = re.compile(
    rf"{_GENERIC}\s*,?\s*(?:(?:which|that)\s+)?(?:{lx.alternation(lx.BE_FORMS)}\s+)?"
    r"(?:(?:also|still|now|currently)\s+)?"
    rf"{lx.alternation(lx.PLAIN_HELD)}\s+by\s+(?:the\s+)?{lx.alternation(lx.UNNAMED_HOLDERS)}\b",
    re.IGNORECASE,
)
# "rebel-held *neighbourhoods in* eastern Aleppo": parts (plural) in a region named after them
_REGION_IN_RE: Final = re.compile(
    rf"\s+(?:{_FILLER_WORD}){{0,2}}?{lx.alternation(lx.REGION_PART_NOUNS)}\s+(?:in|inside)\s+"
    r"(?:the\s+)?",
    re.IGNORECASE,
)
# "government forces' positions at the X airport", "positions of IS at X": the side holds X
_POSITIONS_AT: Final = (
    rf"(?:(?:{lx.alternation(lx.POSITION_AT_ADJECTIVES)})\s+)?"
    rf"{lx.alternation(lx.POSITION_AT_NOUNS)}"
)
_POSITIONS_AT_RE: Final = re.compile(
    rf"(?P<actor>{_ACTOR})(?:['’]s?)?\s+{_POSITIONS_AT}\s+(?:at|inside)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_POSITIONS_OF_AT_RE: Final = re.compile(
    rf"\b{_POSITIONS_AT}\s+(?:(?:of|held\s+by|controlled\s+by|manned\s+by)\s+(?:the\s+)?)"
    rf"(?P<actor>{_ACTOR})\s+(?:at|inside)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_FORMER_BEFORE_POSITIONS_RE: Final = re.compile(
    # (a negation: "there are *no* army positions at X"; a hedge of the clause, "aims his
    # weapon at ...", is read only inside the phrase: a position is a state, not an aim)
    r"\b(?:former|old|abandoned|captured|seized|overran|overrun|no|not|never|without|longer)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "the (army's) breaking of the siege imposed on X", "breaking the siege over X": a siege ended
_SIEGE_END_RE: Final = re.compile(
    rf"(?:(?P<owner>{_ACTOR.replace('?P<', '?P<o_')})(?:['’]s?|(?<=['’]s))\s+)?"
    rf"\b(?:{lx.alternation(lx.SIEGE_END_NOUNS)}\s+of\s+|{lx.alternation(lx.SIEGE_END_GERUNDS)}\s+)"
    r"(?:the\s+|an?\s+)?(?:(?!(?:their|its|his)\b)[\w'’-]+\s+){0,3}?siege\s+"
    r"(?:(?:imposed|laid)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?)?(?:of|on|over|around)\s+",
    re.IGNORECASE,
)
# "in a bid to retake it from IS": an aim to take a place, its holder after "from"
_AIM_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.AIM_NOUNS)}\s+to\s+"
    rf"(?:{lx.alternation(lx.AIM_FIRST_VERBS)}\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?and\s+)?"
    rf"{lx.alternation(lx.AIM_VERBS)}\s*",
    re.IGNORECASE,
)
_AIM_KEY_RE: Final = re.compile(rf"\b{lx.alternation(lx.AIM_NOUNS)}\s+to\s", re.IGNORECASE)
# "to retake *the entire* city from rebels": a whole degree before the aim's object
_AIM_WHOLE_RE: Final = re.compile(
    rf"(?:the\s+)?(?:{lx.alternation(lx.AIM_WHOLE_DEGREES)})\s+(?:control\s+(?:of|over)\s+)?",
    re.IGNORECASE,
)
# a done aim: "*after* a two-month offensive to retake X" (no longer the holder's)
_AIM_DONE_BEFORE_RE: Final = re.compile(
    r"\b(?:after|following|since|ended|ends|completed?|concluded|successful|won|wins|end\s+of)"
    r"\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "a rebel-held *area of* Aleppo", "the IS-held *western neighbourhoods in* Manbij": a part of
# the place named next (the statement's extent is ``part``)
_PART_OF_RE: Final = re.compile(
    rf"\s+(?:{lx.alternation(lx.PART_OF_ADJECTIVES)}\s+)?(?P<noun>{lx.alternation(lx.PART_OF_NOUNS)})"
    # (adjectives of the city: "an area of the *battleground Syrian* city of Aleppo")
    r"\s+(?:of|in|inside)\s+(?:the\s+)?(?:(?:[\w'’-]+\s+){0,3}?(?:city|town|village)\s+of\s+)?"
    # (its country's possessive: "rebel-held areas of *Syria's* Aleppo")
    rf"(?:{lx.alternation(lx.ANAPHOR_OWNERS)}\s+)?",
    re.IGNORECASE,
)
# a part "of (in) the city": the city named before ("rebel-held areas in *the city*")
_PART_OF_ANAPHOR_RE: Final = re.compile(
    r"(?<=\bthe\s)(?P<noun>city|town)\b(?!\s+(?:of|centre|center|hall)\b|['’])", re.IGNORECASE
)
_COUNTRY_OWNER: Final = lx.alternation(lx.ANAPHOR_OWNERS)
_CITY_POSSESSIVE_RE: Final = re.compile(r"(?-i:[A-Z])[\w-]+['’]s\s+")
_PART_CUT_RE: Final = re.compile(lx.alternation(lx.PART_OF_NEIGHBOURHOOD_NOUNS), re.IGNORECASE)
_PART_ACTOR: Final = _ACTOR.replace("?P<", "?P<p_")
_PART_HELD: Final = r"(?:(?:still|now|currently|largely|mostly)\s+)?(?:held|controlled|dominated)"
# "an *area controlled by the army*, in Aleppo": a part held, its place named after "in"
_PART_HELD_BY_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.PART_OF_ADJECTIVES)}\s+)?{lx.alternation(lx.PART_OF_NOUNS)}"
    rf"\s+(?:(?:which|that)\s+(?:is|are|was|were|remains?)\s+)?{_PART_HELD}\s+by\s+"
    rf"(?:the\s+)?(?P<actor>{_PART_ACTOR})",
    re.IGNORECASE,
)
# what may follow the holder before "in" and the place ("forces loyal to *the president*, in")
_PART_HELD_TAIL_RE: Final = re.compile(
    r"(?:(?!\s+in\s)[^,.;:()\[\]\"“”]){0,60}?\s*,?\s+in\s+", re.IGNORECASE
)
# "*parts of* al-Bab *controlled by IS*": the part's noun before the place, its holder after
_PART_NOUN_BEFORE_RE: Final = re.compile(
    rf"\b(?:(?:{lx.alternation(lx.PART_OF_ADJECTIVES)})\s+)?(?P<noun>{lx.alternation(lx.PART_OF_NOUNS)})"
    r"\s+of\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_PART_AFTER_HELD_RE: Final = re.compile(
    rf"\s*,?\s+(?:(?:which|that)\s+(?:is|are|was|were|remains?)\s+)?{_PART_HELD}\s+by\s+"
    rf"(?:the\s+)?(?P<actor>{_PART_ACTOR})",
    re.IGNORECASE,
)
# "Manbij*'s western districts are held by IS*": a part of the place before, held
_PART_POSSESSIVE_RE: Final = re.compile(
    rf"['’]s\s+(?:{lx.alternation(lx.PART_OF_ADJECTIVES)}\s+)?{lx.alternation(lx.PART_OF_NOUNS)}"
    rf"\s+(?:are|were|is|was|remain|remained|have\s+been|has\s+been)\s+{_PART_HELD}\s+by\s+"
    rf"(?:the\s+)?(?:(?:an?\s+)?(?:array|number|range|mix|patchwork)\s+of\s+)?"
    rf"(?P<actor>{_PART_ACTOR})",
    re.IGNORECASE,
)
# the modifiers whose part of a place is no holding ("the besieged areas of X")
_PART_NOT_HELD: Final = frozenset({"besieged", "sieged", "encircled", "captured", "seized"})
# the modifiers and participles of a siege ("rebel-*besieged*", "X, *sieged* by rebels")
_SIEGE_MODIFIERS: Final = ("besieged", "sieged", "encircled")
_SIEGE_PARTICIPLES: Final = (*_SIEGE_MODIFIERS, "surrounded")
_BARE_KIND_RE: Final = re.compile(rf"\b({lx.alternation(lx.PLACE_NOUNS)})\s*$", re.IGNORECASE)
# "the government-held *villages,* X and Y": a plural place word and a comma before the list
_LISTED_AFTER_RE: Final = re.compile(
    rf"\s+(?:[\w-]+\s+)?{lx.alternation(lx.LISTED_PLACE_NOUNS)}\s*,\s*(?:the\s+)?",
    re.IGNORECASE,
)
# What joins two places of one enumeration ("X, Y and Z", "X and the Y district"): commas,
# "and" or "&", with the place word of the previous place and an article.
# A name the gazetteer lacks, as one member of an enumeration ("Qaiqan", "Tallil al-Safa",
# "Um Jurn"): up to four words, each capitalised (after an article such as "al-").
_LIST_NAME: Final = (
    r"(?:the\s+)?(?:(?-i:[a-z]{1,3})[-‑])?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:(?-i:[a-z]{1,3})[-‑])?(?-i:[A-Z])[\w'’-]*){0,3}"
)
# a bearing after a member of an enumeration, to a place that is no member
_LIST_BEARING_RE: Final = re.compile(
    r"\s*,?\s+(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:city\s+of\s+)?",
    re.IGNORECASE,
)
_LIST_BEARING_NAME_RE: Final = re.compile(
    _LIST_BEARING_RE.pattern + r"(?-i:[A-Z])[\w'’-]*(?:[\s-]+(?-i:[A-Z])[\w'’-]*){0,2}",
    re.IGNORECASE,
)
_LIST_JOIN_RE: Final = re.compile(
    rf"(?:\s+{lx.alternation(lx.LIST_PLACE_NOUNS)})?"
    # (names the gazetteer lacks between two it knows: "X, Qaiqan, Bluzeh, Y and Z")
    rf"(?:\s*,\s*{_LIST_NAME}(?=\s*,|\s+(?:and|&)\s))*"
    r"\s*(?:,\s*(?P<and1>(?:and|&|as\s+well\s+as)\s+)?|(?P<and2>(?:and|&|as\s+well\s+as)\s+))"
    r"(?:the\s+)?"
    # "X and the nearby village of Y"
    rf"(?:(?:{lx.alternation(lx.LIST_ADJECTIVES)})\s+)?"
    rf"(?:{lx.alternation(lx.FILLER_APPOSITIONS)}\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
# The rest of an enumeration after its last known place: names the gazetteer lacks, the last
# after "and" ("X, Y, Um Jurn and Jib Jasim.").
_LIST_CLOSE_RE: Final = re.compile(
    rf"(?:\s*,\s*{_LIST_NAME})*\s*,?\s*(?:and|&)\s+{_LIST_NAME}"
    rf"(?=\s*(?:[.;:,)]|$)|\s+{lx.alternation(lx.LIST_TAIL_FOLLOWERS)}\b)",
    re.IGNORECASE,
)
# Names the gazetteer lacks that open an enumeration before the first place it knows
# ("retook *the villages of Qaiqan, Bluzeh and* X").
_LIST_LEAD_RE: Final = re.compile(
    rf"\s*(?P<appos>(?:the\s+)?{lx.alternation(lx.FILLER_APPOSITIONS)}\s+of\s+)?"
    rf"(?:{_LIST_NAME}\s*,\s*)*{_LIST_NAME}\s*(?:,\s*(?P<and>(?:and|&)\s+)?|(?P<and2>(?:and|&)\s+))",
    re.IGNORECASE,
)
# A mention's own leading apposition ("rebel-held area of Aleppo" as matched by the geoparser).
# (in lower case: "City" in "Old City of Aleppo" is part of a name, not an apposition)
_MENTION_PREFIX_RE: Final = re.compile(
    rf"^.*\b(?<!\bold\s)(?-i:{lx.alternation(lx.MENTION_PREFIX_NOUNS)})\s+of\s+",
    re.IGNORECASE,
)

_ANAPHOR_RE: Final = re.compile(
    rf"\s*\b(?:the|{lx.alternation(lx.ANAPHOR_OWNERS)})\s+(?:{lx.alternation(lx.ANAPHOR_ADJECTIVES)}\s+)*"
    rf"(?P<noun>{'|'.join(lx.ANAPHOR_NOUNS)})\b(?!\s+of\b)",
    re.IGNORECASE,
)
# "seized *the group's stronghold*", "took *the rebels' last enclave*", "recaptured *the IS-held
# town*", "stormed *the militant bastion*": a side's anaphor (see :func:`_side_anaphor_object`);
# not one that names its place after it ("the group's stronghold *of* X", "*in* X", ", X,")
_SIDE_ANAPHOR_QUALIFIER: Final = rf"(?:{lx.alternation(lx.SIDE_ANAPHOR_QUALIFIERS)}\s+){{0,2}}"
_NAMED_AFTER_GAP_RE: Final = re.compile(r"\s*[,(]\s*")
_SIDE_ANAPHOR_UNNAMED: Final = lx.alternation(lx.UNNAMED_HOLDER_MODIFIERS)
_SIDE_ANAPHOR_RE: Final = re.compile(
    r"\s*\bthe\s+(?:"
    # an owner: "the group's", "the rebels'", "the Islamic State group's"
    rf"(?:(?:{lx.SIDE_GROUP.replace('?P<', '?P<o_')})(?:\s+group)?"
    rf"|{lx.alternation(lx.SIDE_ANAPHOR_OWNERS)})['’]s?\s+{_SIDE_ANAPHOR_QUALIFIER}"
    rf"(?P<noun>{lx.alternation(lx.SIDE_ANAPHOR_NOUNS)})"
    # a holding: "the IS-held town", "the militant-controlled district"
    rf"|{_SIDE_ANAPHOR_QUALIFIER}(?:(?:{lx.SIDE_GROUP.replace('?P<', '?P<h_')})"
    rf"|{_SIDE_ANAPHOR_UNNAMED})\s*{lx.DASH}\s*{lx.alternation(lx.APPOSITION_HELD)}\s+"
    rf"{_SIDE_ANAPHOR_QUALIFIER}(?P<noun2>{lx.alternation(lx.SIDE_ANAPHOR_NOUNS)})"
    # a side's adjective before a stronghold: "the militant stronghold", "the opposition bastion"
    rf"|{_SIDE_ANAPHOR_QUALIFIER}(?:(?:{lx.SIDE_GROUP.replace('?P<', '?P<a_')})"
    rf"|{_SIDE_ANAPHOR_UNNAMED})\s+{_SIDE_ANAPHOR_QUALIFIER}"
    rf"(?P<noun3>{lx.alternation(lx.STRONGHOLDS)})"
    r")\b(?!\s+(?:of|in|near|at|outside|north|south|east|west)\b|\s*[-‑–]|['’])",
    re.IGNORECASE,
)
# (not a Turkish case ending after an apostrophe: "Azez'de", "Halep'te")
_POSSESSIVE_RE: Final = re.compile(r"['’](?:s\b|(?!\w))")
_FACILITY_AFTER_RE: Final = re.compile(
    rf"\s+(?:{lx.alternation(lx.FACILITY_ADJECTIVES)}\s+)?"
    rf"{lx.alternation((*lx.FACILITY_NOUNS, *lx.PEOPLE_NOUNS))}\b"
    # "the northern Aleppo *villages of* X": the place names where the others lie
    r"|\s+(?:villages|towns|districts|neighbou?rhoods|quarters)\s+of\b",
    re.IGNORECASE,
)
_NAMED_SITE_RE: Final = re.compile(
    rf"\s+{lx.alternation(lx.NAMED_SITES)}\b(?!\s+of\b)", re.IGNORECASE
)
# "the district of X": a singular place word before the name, which names the place itself
_NAMING_OF_RE: Final = re.compile(
    rf"(?:^|(?<=\s))(?:the\s+)?(?:[\w'’-]+\s+)?(?P<noun>{'|'.join(lx.SINGULAR_KINDS)})\s+of\s+$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.PREPOSITIONS)}|{lx.alternation((*lx.PART_NOUNS, *lx.EDGE_NOUNS))}"
    r"\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_STRONGHOLD_WORDS: Final = frozenset(lx.STRONGHOLD_OF_NOUNS)
# "backed by", "supported by" right before an actor: a backer, not the one who acts
_BACKER_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.BACKING_VERBS)}\s+by\s+(?:the\s+)?$", re.IGNORECASE
)
# a capture verb before a holding phrase in its clause ("retook *the rebel-held* X", "captured
# X*, a major IS stronghold*"): the phrase names who held the place before the capture (an
# infinitive is no capture: "an operation *to retake* the rebel-held X")
_CAPTURED_BEFORE_RE: Final = re.compile(
    rf"\b(?<!\bto\s)(?:(?P<verb>{lx.phrases(lx.CAPTURE_VERBS)})"
    rf"|{lx.alternation(lx.GERUND_CUES)}\s+(?P<gerund>{lx.phrases(lx.GERUNDS)}))\s+"
    rf"(?:(?!{lx.alternation(lx.PREPOSITIONS)}\b)[\w'’-]+\s+){{0,6}}$",
    re.IGNORECASE,
)
_PAST_HOLDING_RE: Final = re.compile(rf"\b(?:long|{lx.alternation(lx.FORMERLY)})\b", re.IGNORECASE)
# "declared *the* X liberated": the verb that makes the participle after X a done capture
_DECLARED_BEFORE_RE: Final = re.compile(
    r"\b(?:declared|declares|proclaimed|proclaims)\s+(?:the\s+)?$", re.IGNORECASE
)
# "the siege by government forces of X": X besieged, its holder unnamed (not "a siege", which
# may be one feared)
_SIEGE_BY_OF_RE: Final = re.compile(
    rf"\bthe\s+(?:(?:long|months-long|years-long|\w+-month|\w+-year)\s+)?{lx.SIEGE_BY}\s+"
    rf"(?:the\s+)?(?P<actor>{_ACTOR})\s+of\b",
    re.IGNORECASE,
)
# "the siege imposed by regime forces on X" / "on the city" (named before): X besieged by that
# side (not after a verb that ends or fails it: "broke the siege imposed by ...", read apart)
_SIEGE_IMPOSED_RE: Final = re.compile(
    rf"\b(?:the|a|its|their)\s+(?:[\w-]+\s+){{0,2}}?siege\s+{lx.alternation(lx.SIEGE_IMPOSED)}"
    rf"\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:and\s+(?:the\s+)?)??(?P<actor>{_ACTOR})"
    r"\s+(?:on|over|around|of)\s+(?:(?P<ana>the\s+(?P<noun>city|town|village|district|neighbou?rhood))"
    r"\b(?!\s+of\b))?",
    re.IGNORECASE,
)
_SIEGE_BROKEN_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.SIEGE_UNDONE_VERBS)}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE
)
# the verb of an entry, which says a side went in, not that it took the place
_ENTERED_RE: Final = re.compile(rf"\b{lx.alternation(lx.ENTRY_VERBS)}\b", re.IGNORECASE)
_HOLDER_IN_OBJECT_RE: Final = re.compile(
    rf"\b(?:{_SIDE_GROUP})(?:\s*{lx.DASH}\s*{lx.alternation(lx.PLAIN_HELD)}|(?:\s+group)?\s+"
    rf"{lx.alternation(lx.STRONGHOLD_OF_NOUNS)})\b",
    re.IGNORECASE,
)
# a plural verb right after the last place of an enumeration ("X and Y *are* under ...")
_PLURAL_AFTER_RE: Final = re.compile(
    r"(?:\s+(?:air\s*bases|bases|airports|districts|neighbou?rhoods|quarters|areas|towns"
    rf"|villages))?{_SET_OFF_APPOS}\s*,?\s*(?:which\s+|that\s+)?"
    # (a verb of the past, the same for one place and many: "X and Y *fell* to the army"; the
    # bare one after "saw": "saw X and Y *fall* from ...")
    r"(?:are|were|remain|remained|have|had|fell|(?<=\s)fall(?=\s+from\b)"
    # (or the members' count before a participle: "X and Y, *both* recaptured by the army", "X,
    # Y and Z, *all* held by rebels")
    r"|(?:both|all)(?=\s+(?:(?:now|still|since|recently|newly)\s+)?[a-z-]+\s+by\b))\b",
    re.IGNORECASE,
)
# "and", "with", "alongside" right before an actor: named jointly with the one before
_JOINED_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.JOINERS)}\s+(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
_DENIAL_RE: Final = re.compile(rf"\b{lx.alternation(lx.DENIALS)}\b", re.IGNORECASE)
# "X, which troops recaptured on Monday", "X, which Kurdish fighters hold": the place is the
# object of the relative clause
_POST_RELATIVE_RE: Final = re.compile(
    # ("X, which *it* controls": the one side named before it)
    rf"{_GENERIC}\s*,\s*"
    # ("X, the town on the highway that they captured": an apposition of its kind before it)
    rf"(?:(?P<appos>(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{lx.alternation(lx.PLACE_NOUNS)}\b"
    r"[^,;:.()\"“”]{0,60}?)\s+)?"
    rf"(?:which|that)\s+(?:the\s+)?(?P<actor>{_ACTOR}|(?P<it>it|they)\b)"
    rf"(?:\s+(?:have|has|had|now|still|finally|also|(?P<once>{lx.alternation(lx.FORMERLY)})))*\s+"
    rf"(?:(?P<capture>{lx.alternation(lx.RELATIVE_CAPTURE_VERBS)})"
    rf"|(?P<hold>{lx.alternation(lx.RELATIVE_HOLD_VERBS)}))\b"
    r"(?!\s+(?:the|an?|its|their|control|parts?|most|all|much)\b)",
    re.IGNORECASE,
)
# an apposition after a subject ("the SDF, *a coalition of Kurdish, Arab and Assyrian rebel
# groups,*"): the sides it names describe the subject, they do not join it
_APPOSITIVE_START_RE: Final = re.compile(
    rf"\s*[,—–-]\s*(?:an?|the)\s+(?:[\w.'’-]+\s+){{0,3}}?{lx.alternation(lx.COMPOSITION_NOUNS)}"
    r"\s+of\b",
    re.IGNORECASE,
)
# the words whose presence (as substrings of the lower-cased caption: a cheap, conservative
# test) lets the predicate, enumeration and denial checks run
_PREDICATE_WORDS: Final = (
    *(w.rstrip("?") for w in lx.STRONGHOLD_OF_NOUNS), "held", "controlled", "used", "base",
    # ("X, a rebel-run district", "X is an IS-occupied town")
    *(f"-{w}" for w in lx.APPOSITION_HELD),
)  # fmt: skip
_PLURAL_WORDS: Final = ("are", "were", "remain", "have", "had", "fell", "fall", "both", "all")
_DENIAL_STEMS: Final = ("deni", "deny", "disput", "contradict", "refut")
# "X have been under rebel siege", "X, under siege by IS": besieged, the holder unnamed
_POST_UNDER_SIEGE_RE: Final = re.compile(
    # ("X *where* had been under siege by ...", a relative as some captions write it)
    rf"{_GENERIC_OF}\s*,?\s*(?:(?:which|that|where)\s+)?"
    rf"(?:{lx.alternation((*lx.UNDER_MODIFIERS, 'been'))}\s+)*"
    rf"under\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?P<actor>{_ACTOR})\s+siege"
    # (a side named after allies of no side's name: "under siege by Iran-led militias *and
    # Assad regime forces*")
    rf"|siege\s+(?:by|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:and\s+(?:the\s+)?)??"
    rf"(?P<by>{_ACTOR.replace('?P<', '?P<u_')})"
    # ("under siege by terrorist groups": a besieger of no side's name)
    rf"|siege\s+(?:by|from)\s+(?:the\s+)?(?P<unnamed>{lx.alternation(lx.UNNAMED_HOLDERS)}))\b",
    re.IGNORECASE,
)
_RELATIVE_SET_OFF_RE: Final = re.compile(r"\s*(?:,\s*)?(?:which|that|where)\b", re.IGNORECASE)
# (also "where" right after the place, as a relative: "in X where had been under siege by ...")
_SET_OFF_RE: Final = re.compile(r"[,(\-‑–—]|\b(?:which|that)\b|^\s*where\b", re.IGNORECASE)
# a side named jointly with another ("Kurdish and rebel forces"): a statement of no one side
# people after a side's adjective ("Kurdish *civilians*", "Shiite *residents*")
_PEOPLE_AFTER_RE: Final = re.compile(rf"\s+{lx.alternation(lx.PEOPLE_AFTER_SIDE)}\b", re.IGNORECASE)
_JOINT_RE: Final = re.compile(
    rf"\s*(?:and|&|or)\s+(?:the\s+)?{_ACTOR.replace('?P<', '?P<j_')}", re.IGNORECASE
)
_IT_RE: Final = re.compile(r"\s*\bit\b(?!['’])", re.IGNORECASE)
# An actor that is the source of a report, not a fighter ("rebels *said*").
_REPORTER_AFTER_RE: Final = re.compile(
    rf"\s+(?:(?:have|has|had)\s+)?{lx.alternation(lx.REPORTING)}\b", re.IGNORECASE
)
# A day between a verb and its object ("recaptured *on Sunday* the district of X").
_WHEN_GAP_RE: Final = re.compile(
    rf"\s+{lx.alternation(lx.WHEN_BETWEEN)}(?:\s+(?:19|20)\d\d\b,?)?", re.IGNORECASE
)
# A capture's object of several places, some named after it ("seized *a string of villages
# near X, including* Y and Z").
_INCLUDING_RE: Final = re.compile(
    # (the count may stand in quotes: 'took control of *"34 villages and towns"* east of X since
    # Saturday, including ...')
    rf"\s+[\"“]?(?:[\w'’-]+\s+){{0,4}}?{lx.alternation(lx.LIST_PLACE_NOUNS)}\b[\"”]?"
    r"[^.;:\"“”]{0,100}?,?\s+(?:including|among\s+them|such\s+as)\s+",
    re.IGNORECASE,
)
# Where an elided object ends: "after they retook from rebel fighters[ on December 2]*.*"
_ELIDED_END_RE: Final = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:after|before|and|as|when)\b)")
# A thing inside the place as a capture's object: "recaptured *the power station in* the X
# area" (at most three words of the thing).
_INSIDE_OBJECT_RE: Final = re.compile(
    r"\s+the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:in|at|inside)(?=\s+the\s)", re.IGNORECASE
)
_SCENE_CUE_RE: Final = re.compile(rf"\b{lx.alternation(lx.SCENE_CUES)}\b", re.IGNORECASE)
# a hedge or negation reaches from the start of its clause; a degree word ("partly") counts
# only inside the phrase, or as "half of" / "parts of" right before the place
_CLAUSE_HEDGE_RE: Final = re.compile(rf"\b{lx.alternation(lx.HEDGES)}\b", re.IGNORECASE)
_HEDGE_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.HEDGES)}\b|{lx.alternation(lx.DEGREE_HEDGES)})", re.IGNORECASE
)
_DEGREE_OF_RE: Final = re.compile(
    rf"\b(?:{lx.alternation((*lx.DEGREE_HEDGES, 'most', 'much', 'some', 'part'))})\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_SPEAKER_RE: Final = re.compile(rf"\s+{lx.alternation(lx.SPEAKER_NOUNS)}\b", re.IGNORECASE)
_CLAUSE_BOUNDARY_RE: Final = re.compile(
    rf"[,;:()]|\b{lx.alternation(lx.CLAUSE_BOUNDARIES)}\b",
    re.IGNORECASE,
)

# "the divided city of Aleppo", "in divided Aleppo": a city split between sides
_DIVIDED_BEFORE_RE: Final = re.compile(
    "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in lx.DIVIDED_AFTER_WORDS) + ")"
    rf"{lx.alternation(lx.DIVIDED_BEFORE)}\b",
    re.IGNORECASE,
)
_DIVIDED_KINDS: Final = frozenset({"city", "town"})


def _group_side(m: re.Match[str], sides: Iterable[tuple[str, object]], prefix: str) -> str | None:
    """The side whose named group (``prefix`` + side) took part in ``m``, of a pattern made with
    one named group per side of ``sides``; ``None`` when none did."""
    for side, _ in sides:
        if m.group(prefix + side) is not None:
            return side
    return None


def _foreign_sides(prefix: str) -> str:
    """The sides' names in other languages, one named group per side (``prefix`` + side)."""
    return "|".join(
        f"(?P<{prefix}{side}>{'|'.join(names)})" for side, names in lx.FOREIGN_SIDE_NAMES
    )


def _foreign_side(m: re.Match[str], prefix: str) -> str | None:
    """The side of a match of :func:`_foreign_sides` (``None``: none of its groups took part)."""
    return _group_side(m, lx.FOREIGN_SIDE_NAMES, prefix)


# a holding said up to a time ("sous contrôle rebelle *jusqu'en* décembre"): a past one
_WORLD_UNTIL_RE: Final = re.compile(r"(?i)\s*,?\s*(?:jusqu|hasta|até|fino\s+a|bis\b|until)")
_FOREIGN_LINK: Final = rf"(?:{lx.alternation(lx.FOREIGN_LINKS)}(?:\s+|['’]\s*))*"
# "X, contrôlé par les rebelles", "X, en manos de los rebeldes", "X, unter Kontrolle der Armee"
_FOREIGN_POST_RE: Final = re.compile(
    # (an apposition's place word may stand before: "Hanano, *quartier* tenu par les rebelles")
    rf"{_GENERIC}\s*,?\s*(?:(?:(?:un|une|le|la|el|il|ein|eine)\s+)?"
    rf"{lx.alternation(lx.FOREIGN_PLACE_WORDS)}\s+)?(?:{lx.alternation(lx.FOREIGN_HELD_MODIFIERS)}\s+)*"
    rf"{lx.alternation(lx.FOREIGN_HELD_BY)}\s+{_FOREIGN_LINK}(?:{_foreign_sides('p_')})\b",
    re.IGNORECASE,
)
# "die von Rebellen gehaltene Stadt X", "das IS-kontrollierte X", "rejim denetimindeki X"
_FOREIGN_BEFORE_RE: Final = re.compile(
    rf"(?:\bvon\s+(?:den\s+|der\s+|dem\s+)?(?:{_foreign_sides('g_')})\s+"
    rf"|\b(?:{_foreign_sides('h_')})\s*{lx.DASH}\s*)"
    rf"{lx.alternation(lx.FOREIGN_PARTICIPLES)}e[nmrs]?\s+"
    rf"(?:{lx.alternation(lx.FOREIGN_PLACE_WORDS)}\s+)?"
    rf"|\b(?:{_foreign_sides('t_')})(?:['’](?:n[ıiuü]n|[ıiuü]n))?\s+"
    rf"{lx.alternation(lx.FOREIGN_HELD_BEFORE)}\s+",
    re.IGNORECASE,
)
# "Tel Rıfat'ı işgal eden terör örgütü YPG/PKK": the occupier after the place
_FOREIGN_AFTER_RE: Final = re.compile(
    rf"(?:['’]\w{{1,4}})?\s+{lx.alternation(lx.FOREIGN_HELD_AFTER)}\s+(?:terör\s+örgütü\s+)?"
    rf"(?:{_foreign_sides('a_')})\b",
    re.IGNORECASE,
)
# "Alep, deuxième ville de Syrie, est divisée entre secteurs loyalistes ... et rebelles"
_FOREIGN_DIVIDED_RE: Final = re.compile(
    rf"{_GENERIC}(?:\s*,[^,;.]{{1,60}},)?\s*{lx.alternation(lx.FOREIGN_BE)}\s+"
    rf"(?:(?:encore|toujours|aún|ancora|nog|noch|steeds)\s+)?"
    rf"(?:{lx.alternation(lx.FOREIGN_SINCE)}\s+[^,;.]{{1,50}}?\s+)?"
    rf"{lx.alternation(lx.FOREIGN_DIVIDED)}\s+[^.;]{{0,60}}?"
    rf"\b(?:{_foreign_sides('d_')})\b",
    re.IGNORECASE,
)
# the words any of these needs (in the lower-cased caption)
_FOREIGN_KEY_RE: Final = re.compile(
    lx.word_search(
        (
            *lx.FOREIGN_HELD_BY,
            *lx.FOREIGN_PARTICIPLES,
            *lx.FOREIGN_HELD_BEFORE,
            *lx.FOREIGN_HELD_AFTER,
            *lx.FOREIGN_DIVIDED,
        )
    )
)

# Where each rule's key word is (in the lower-cased caption): the rule's expensive pattern
# is then tried only in a window around each key word, so the cost grows with the key words,
# not with the length of the caption.
_PARTICIPLE_KEY_RE: Final = re.compile(rf"\b{lx.alternation(lx.PARTICIPLES)}\b")
_CONTESTED_KEY_RE: Final = re.compile(rf"\b{lx.alternation((*lx.FIGHTING, lx.CONTESTED))}\b")
_STRONGHOLD_KEY_RE: Final = re.compile(rf"\b{lx.alternation(lx.STRONGHOLD_OF_NOUNS)}\b")
_HELD_BY_KEY_RE: Final = re.compile(rf"\b{lx.alternation(lx.POSITION_VERBS)}\s+by\b")
# a clause's verb is one of the phrases (searched whole: "were driven", not every "were")
_CLAUSE_KEY_RE: Final = re.compile(rf"\b{lx.phrases(lx.CLAUSE_VERBS)}\b")
# each rule that reads right of a mention needs one of these (the apposition one of its nouns)
_POST_KEY_RE: Final = re.compile(
    r"\b"
    + lx.alternation(
        (
            *lx.PASSIVE_VERBS,
            *lx.FELL_VERBS,
            *lx.APPOSITION_NOUNS,
            lx.alternation(lx.STRONGHOLD_OF_NOUNS) + "s",
            "siege",
            lx.CONTESTED,
            *lx.DIVIDED,
            lx.FRONT_LINES,
            *lx.CONTROL_NOUNS,
            "lost",
            lx.USED_AS,
            lx.alternation(lx.USED_AS_NOUNS) + r"s?\s+(?:for|of)",
            # "under the Kurdish self-administration", "two towns loyal to the government", "X
            # is IS's last redoubt"
            *lx.UNDER_RULE_NOUNS,
            "loyal",
            *lx.HOLDING_PREDICATE_NOUNS,
        )
    )
    + r"\b"
)


def _lower(text: str) -> str:
    """``text`` lower-cased with its offsets kept (a character whose lower case is longer,
    like "İ", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _near(
    rx: re.Pattern[str], text: str, keys: Iterable[re.Match[str]], before: int, after: int
) -> list[re.Match[str]]:
    """The matches of ``rx`` that overlap a key word, searched in a window around each."""
    found: dict[tuple[int, int], re.Match[str]] = {}
    for key in keys:
        lo, hi = max(0, key.start() - before), min(len(text), key.end() + after)
        for m in rx.finditer(text, lo, hi):
            if m.start() <= key.start() and m.end() >= key.end() - 1:
                found.setdefault(m.span(), m)
    return [found[k] for k in sorted(found)]


_THEY_RE: Final = re.compile(_PRONOUN_SUBJECT)
_FORMER_BEFORE_RE: Final = re.compile(rf"\b{_FORMER_MODIFIER}$", re.IGNORECASE)


def _modifiers(cap: _Caption) -> list[re.Match[str]]:
    """The modifier matches ("former rebel-held"), tried only where an actor is one."""
    found: list[re.Match[str]] = []
    for a in cap.actors:
        if not a.modifier:
            continue
        former = _FORMER_BEFORE_RE.search(cap.text, max(0, a.start - 12), a.start)
        m = _MODIFIER_RE.match(cap.text, former.start() if former else a.start)
        if m is not None:
            found.append(m)
    return found


def _clauses(cap: _Caption, low: str) -> list[re.Match[str]]:
    """The clause matches: tried only at a subject (an actor or "they") shortly before a verb."""
    keys = list(_CLAUSE_KEY_RE.finditer(low))
    if not keys:
        return []
    starts = sorted(
        {a.start for a in cap.actors if not a.modifier}
        | {m.start() for m in _THEY_RE.finditer(low)}
    )
    found: dict[tuple[int, int], re.Match[str]] = {}
    for key in keys:
        lo = bisect.bisect_left(starts, key.start() - 180)
        hi = bisect.bisect_left(starts, key.start())
        for start in starts[lo:hi]:
            m = _CLAUSE_RE.match(cap.text, start)
            if m is not None and m.end() >= key.end():
                found.setdefault(m.span(), m)
    return [found[k] for k in sorted(found)]


# (a capital with its accent opens a sentence too: "... confine turco. *È* controllata dai
# ribelli", "*État* ...", "*Ż*ołnierze ...")
_SENTENCE_END_RE: Final = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9À-ÖØ-ÞŁŚŻŹĆŃŞĞİČŠŽĐ])")


# --------------------------------------------------------------------------- helpers


def _side_of(match: re.Match[str], prefix: str = "") -> str | None:
    """The side of an actor match (``None`` for an actor of no side)."""
    for side, _ in lx.SIDE_NAMES:
        if match.group(prefix + side) is not None:
            return side if side in lx.SIDES else None
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (a period after "Dec", "Mr", "U.S" ... ends none)."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for m in _SENTENCE_END_RE.finditer(text):
        word = re.search(r"([\w.]+)$", text[begin : m.start()])
        if word is not None and word.group(1).lower().rstrip(".") in lx.ABBREVIATIONS:
            continue
        spans.append((begin, m.start() + 1))
        begin = m.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class _Actor:
    start: int
    end: int
    side: str | None  # None: foreign forces or civilians
    modifier: bool  # "rebel-held": names a side, but describes a place, not an actor
    civilian: bool
    speaker: bool = False  # "YPG media centre", "rebel sources": a side that speaks


@dataclass(frozen=True, slots=True)
class _Slot:
    """A place mention, with the start of its core name (after any matched apposition)."""

    mention: ControlMention
    core: int


class _Caption:
    """One caption prepared for the rules: sentences, slots and actors, computed once."""

    def __init__(
        self, text: str, mentions: Sequence[ControlMention], aside: Sequence[int] = ()
    ) -> None:
        self.text = text
        # where the places named only to say where another is start (the containers a rule
        # reads only in a later pass): "it" does not reach past them
        self.aside = sorted(aside)
        self.sentences = _sentences(text)
        self.sentence_starts = [s for s, _ in self.sentences]
        slots = []
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            prefix = _MENTION_PREFIX_RE.match(text[m.start : m.end])
            core = m.start + (prefix.end() if prefix else 0)
            # a name the gazetteer writes with its modifier ("rebel-held east Aleppo"): the
            # modifier, found in the text, leads to the name after it
            # (or inside it: "eastern *opposition-held* Aleppo")
            held = _MODIFIER_RE.search(text, m.start, m.end)
            if held is not None and held.end() < m.end and text[held.end()].isspace():
                core = max(core, held.end() + 1)
            slots.append(_Slot(m, core))
        self.slots = slots
        self.slot_cores = [s.core for s in slots]
        # whether a denial may take back a report (its words' stems, looked for once)
        low = text.lower()
        self.denies = any(stem in low for stem in _DENIAL_STEMS)
        self._actors: list[_Actor] | None = None
        # "the area" that refers to a region of a place ("in the countryside of the town of K,
        # after IS took control of the area"): the anaphor's start -> K's place id; a statement
        # whose evidence holds it is one of part of K
        self.region_anaphors: dict[int, str] = {}

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, pos) - 1)

    @property
    def actors(self) -> list[_Actor]:
        if self._actors is None:
            actors = []
            # a side's word inside a place's name is no actor ("the Al-Jirah *military* airport";
            # but "*rebel-held* east Aleppo", a name written with its modifier, keeps it)
            spans = [(s.mention.start, s.mention.end) for s in self.slots]
            for m in _ACTOR_RE.finditer(self.text):
                modifier = _held_after(self.text, m)
                if not modifier and any(b <= m.start() and m.end() <= e for b, e in spans):
                    continue
                speaker = _SPEAKER_RE.match(self.text, m.end()) is not None
                # (a side's adjective before people: "*Kurdish* civilians" are no fighters)
                civilian = (
                    m.group("civilian") is not None
                    or speaker
                    or _PEOPLE_AFTER_RE.match(self.text, m.end()) is not None
                )
                actors.append(_Actor(m.start(), m.end(), _side_of(m), modifier, civilian, speaker))
            self._actors = actors
        return self._actors

    def actors_in(self, sentence: int, end: int | None = None) -> list[_Actor]:
        s, e = self.sentences[sentence]
        stop = e if end is None else end
        return [a for a in self.actors if s <= a.start and a.end <= stop]

    def slot_after(self, pos: int, sentence: int, *, site: bool = False) -> _Slot | None:
        """The mention the text at ``pos`` leads to through filler words only.

        Where ``site``, a district or village may stand before the military site named after
        it ("seized the Ramouseh military school": Ramouseh).
        """
        i = bisect.bisect_left(self.slot_cores, pos)
        if i >= len(self.slots):
            return None
        slot = self.slots[i]
        if self.sentence_of(slot.core) != sentence:
            return None
        if (
            slot.mention.precision != "landmark"
            and _FACILITY_AFTER_RE.match(self.text, slot.mention.end)
            and not (
                site
                and slot.mention.precision in lx.NAMED_SITE_KINDS
                and _NAMED_SITE_RE.match(self.text, slot.mention.end) is not None
            )
        ):
            # "Aleppo central prison": the place names another thing (a landmark is the thing:
            # "the Kweiris air base")
            return None
        if _POSSESSIVE_RE.match(self.text, slot.mention.end):
            # "Hanano's main square": a part of the place, not the place (a place named
            # next, as in "Aleppo's Sheikh Saeed", is the one meant)
            if i + 1 < len(self.slots) and _FILLER_RE.fullmatch(
                self.text, pos, self.slots[i + 1].core
            ):
                slot = self.slots[i + 1]
                if self.sentence_of(slot.core) != sentence or _POSSESSIVE_RE.match(
                    self.text, slot.mention.end
                ):
                    return None
            else:
                return None
        # the filler runs up to the mention's start or to its core (apposition inside it)
        region = slot.mention.precision in lx.REGION_KINDS
        gap = self.text[
            pos : slot.mention.start if region and pos <= slot.mention.start else slot.core
        ]
        filler = _FILLER_RE.fullmatch(gap)
        if filler is None:
            # "regained Qaiqan, Bluzeh, X, Um Jurn and Jib Jasim": names the gazetteer lacks
            # before the first it knows, in an enumeration that goes on after it or ends at it
            lead = _LIST_LEAD_RE.fullmatch(gap)
            if (
                lead is None
                # (a list by its commas or its place word: not "clashes between A at B and X")
                or ("," not in lead.group(0) and not lead.group("appos"))
            ) or not (
                lead.group("and")
                or lead.group("and2")
                or _LIST_CLOSE_RE.match(self.text, slot.mention.end) is not None
                or self.listed_after(slot)
            ):
                return None
            gap = lead.group("appos") or ""
        appos = [a.lower() for a in re.findall(r"(\w+)\s+of\b", gap)]
        if (bare := _BARE_KIND_RE.search(gap)) is not None:
            appos.append(bare.group(1).lower().replace("neighborhood", "neighbourhood"))
        if not region:
            # (a region of a city is named with its apposition: "the eastern *part of* Aleppo"
            # is the whole of East Aleppo)
            appos += [
                a.lower()
                for a in re.findall(r"(\w+)\s+of\b", self.text[slot.mention.start : slot.core])
            ]
        for noun in appos:
            kinds = lx.APPOSITION_KINDS.get(noun)
            if kinds is None:
                if noun in lx.KINDLESS_APPOSITIONS or noun in _STRONGHOLD_WORDS:
                    continue
                return None
            if slot.mention.precision not in kinds:
                return None
        return slot

    def places_after(self, pos: int, sentence: int) -> list[_Slot]:
        """The mention at ``pos`` (see :meth:`slot_after`) and those it enumerates; or none."""
        slot = self.slot_after(pos, sentence)
        return [] if slot is None else [slot, *self.listed_after(slot)]

    def listed_before(self, slot: _Slot) -> list[_Slot]:
        """The places enumerated before ``slot`` when it ends an enumeration with "and" ("X,
        Y and Z": X and Y), in one sentence; else none."""
        i = self.slots.index(slot)
        sentence = self.sentence_of(slot.core)
        members: list[_Slot] = []
        nxt = slot
        for prev in reversed(self.slots[:i]):
            if self.sentence_of(prev.core) != sentence or prev.mention.end > nxt.mention.start:
                break
            join = _LIST_JOIN_RE.fullmatch(self.text, prev.mention.end, nxt.mention.start)
            if join is None or (nxt is slot and not (join.group("and1") or join.group("and2"))):
                break
            members.append(prev)
            nxt = prev
        members.reverse()
        return members

    def listed_after(self, slot: _Slot) -> list[_Slot]:
        """The places enumerated after ``slot`` ("X, Y and Z": Y and Z), in one sentence.

        An enumeration ends with "and" (or "&"): places after a last comma-only join are not
        part of it ("captured Hanano, Sukkari residents said" names one place captured).
        """
        i = self.slots.index(slot)
        sentence = self.sentence_of(slot.core)
        members: list[_Slot] = []
        closed = 0  # members up to the last one joined by "and"
        prev = slot
        prev_end = slot.mention.end
        for nxt in self.slots[i + 1 :]:
            if self.sentence_of(nxt.core) != sentence or nxt.mention.start < prev.mention.end:
                break
            if prev_end == prev.mention.end and _LIST_BEARING_RE.fullmatch(
                self.text, prev_end, nxt.mention.start
            ):
                # "the towns of X and Y *southeast of Aleppo*, as well as Z": the place a
                # bearing refers to is no member; the enumeration may go on after it
                prev_end = nxt.mention.end
                continue
            join = _LIST_JOIN_RE.fullmatch(self.text, prev_end, nxt.mention.start)
            if join is None and prev_end == prev.mention.end:
                # (the place of the bearing named, but not one of the places read)
                bearing = _LIST_BEARING_NAME_RE.match(self.text, prev_end, nxt.mention.start)
                if bearing is not None:
                    join = _LIST_JOIN_RE.fullmatch(self.text, bearing.end(), nxt.mention.start)
            if join is None:
                break
            members.append(nxt)
            if join.group("and1") or join.group("and2"):
                closed = len(members)
            prev = nxt
            prev_end = nxt.mention.end
        if (
            members
            and closed < len(members)
            and _LIST_CLOSE_RE.match(self.text, members[-1].mention.end) is not None
        ):
            # "X, Y, Um Jurn and Jib Jasim": the enumeration closes after names unknown
            closed = len(members)
        return members[:closed]


def _single_side(actors: Iterable[_Actor]) -> str | None:
    """The one side of the armed actors named (not "-held" modifiers, not civilians).

    ``None`` when none is named, when several sides are, or when foreign forces are.
    """
    sides = {a.side for a in actors if not a.modifier and not a.civilian}
    if len(sides) != 1:
        return None
    (side,) = sides
    return side


def _other_side(actors: Iterable[_Actor], side: str) -> str:
    """The one side named as an actor besides ``side`` (not in a "-held"), else ``unknown``."""
    others = {
        a.side
        for a in actors
        if not a.modifier and not a.civilian and a.side is not None and a.side != side
    }
    if len(others) == 1:
        return next(iter(others))
    return "unknown"


_DATE_GAP_RE: Final = re.compile(r"\s+(?:on\s+|in\s+)?(?:early\s+|late\s+)?", re.IGNORECASE)


def _clause_date(clause: str, gallery_date: str) -> tuple[str, int, int]:
    """The ISO day stated in a clause ("on Dec. 12") and its span, or ``("", -1, -1)``."""
    from aleppomap.dates import find_date, parse_iso_date

    found = find_date(clause, parse_iso_date(gallery_date) if gallery_date else None)
    if found is None or found.date is None:
        return "", -1, -1
    return found.date.isoformat(), found.start, found.end


def _hedged(cap: _Caption, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]``, read from the start of its clause, is hedged or negated."""
    text = cap.text
    s_start = cap.sentences[cap.sentence_of(begin)][0]
    bounds = list(_CLAUSE_BOUNDARY_RE.finditer(text, s_start, begin))
    start = bounds[-1].end() if bounds else s_start
    return (
        _CLAUSE_HEDGE_RE.search(text, start, begin) is not None
        or _HEDGE_RE.search(text, begin, end) is not None
        or _DEGREE_OF_RE.search(text, max(start, begin - 40), begin) is not None
        or (
            cap.denies
            and _DENIAL_RE.search(text, end, cap.sentences[cap.sentence_of(begin)][1]) is not None
        )
    )


def _after_capture(cap: _Caption, pos: int, slot: _Slot) -> bool:
    """Whether ``slot`` is the object of a capture verb that stands before ``pos`` in its
    clause ("retook the" before "rebel-held X", "captured X" before ", a major IS stronghold"):
    a holding phrase there says who held the place *before* the capture."""
    m = _capture_verb_before(cap, pos)
    if m is None:
        return False
    verb_end = m.end("verb") if m.group("verb") is not None else m.end("gerund")
    return cap.slot_after(verb_end, cap.sentence_of(pos)) is slot


_THE_GAP_RE: Final = re.compile(r"\s+the\s+", re.IGNORECASE)


def _capture_object_anaphor(cap: _Caption, pos: int) -> bool:
    """Whether the holding modifier at ``pos`` opens an anaphor that is a capture verb's object
    ("the army recaptured *the IS-held town*": the side it was taken from, read by the clause
    rule, see :func:`_side_anaphor_object`)."""
    m = _capture_verb_before(cap, pos)
    if m is None:
        return False
    verb_end = m.end("verb") if m.group("verb") is not None else m.end("gerund")
    return _THE_GAP_RE.fullmatch(cap.text, verb_end, pos) is not None


def _capture_verb_before(cap: _Caption, pos: int) -> re.Match[str] | None:
    """The capture verb a few words before ``pos`` in its clause ("*retook* the"; not an entry:
    "entered the IS-held town of X" is a way in, the holding still stands)."""
    s_start = cap.sentences[cap.sentence_of(pos)][0]
    lo = max(s_start, pos - 120)
    cut = max(cap.text.rfind(",", lo, pos), cap.text.rfind(";", lo, pos))
    if cut >= 0:
        lo = cut + 1
    m = _CAPTURED_BEFORE_RE.search(cap.text, lo, pos)
    if m is None or (m.group("verb") is not None and m.group("verb").lower() in lx.ENTRY_VERBS):
        return None
    return m


# a year alone in a clause ("seized the town *in 2014*")
_CLAUSE_YEAR_RE: Final = re.compile(
    r"\b(?:in|during)\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?!\s*[-/.]\d)",
    re.IGNORECASE,
)


def _stated_date(cap: _Caption, begin: int, end: int, gallery_date: str) -> tuple[str, int]:
    """The day stated in the clause that runs from ``begin`` past ``end`` to a comma.

    Returns the ISO day (``""`` when none; :data:`_PAST` when the clause states only a year
    other than the gallery's) and the evidence's end: past the date when it follows right
    after the phrase ("recaptured the neighborhood on Dec. 12").
    """
    s_end = cap.sentences[cap.sentence_of(begin)][1]
    boundary = re.search(r"[,;]", cap.text[end:s_end])
    clause_end = end + boundary.start() if boundary is not None else s_end
    day, d_start, d_end = _clause_date(cap.text[begin:clause_end], gallery_date)
    if not day:
        year = _CLAUSE_YEAR_RE.search(cap.text, begin, clause_end)
        if year is not None and gallery_date[:4] and year.group(1) != gallery_date[:4]:
            return _PAST, end  # "IS had seized the town in 2014": not the caption's day
        return "", end
    gap = _DATE_GAP_RE.fullmatch(cap.text, end, begin + d_start)
    return day, (begin + d_end if gap is not None else end)


def find_control(
    text: str,
    mentions: Sequence[_MentionLike],
    *,
    date: str = "",
    gallery_date: str = "",
) -> list[ControlStatement]:
    """Find the control statements of one caption.

    Parameters
    ----------
    text
        The caption.
    mentions
        Its place mentions (from the events table or :meth:`aleppomap.Geoparser.find`): any
        objects with ``place_id``, ``start`` and ``end``, and optionally ``place``,
        ``matched``, ``role``, ``precision`` (the place's kind) and ``cue``. A mention whose
        ``cue`` is one of :data:`aleppomap._tables.CONTEXT_CUES` (a place named only to say
        where another is, "the Hanano district of *Aleppo*") is read only where a phrase
        governs it: a part of it ("rebel-held areas of Syria's Aleppo"), it as the subject
        opening its sentence ("Aleppo was declared under government control"), or as the
        antecedent of "the city" ("the army said it had retaken the city").
    date
        The caption's day (ISO), used unless the phrase states its own.
    gallery_date
        The gallery's day, which gives a stated "Dec. 12" its year.

    Returns
    -------
    list of ControlStatement
        In caption order; empty when the caption states nothing about control.

    Examples
    --------
    >>> text = "Syrians celebrate in the government-held Mogambo neighborhood."
    >>> m = ControlMention("mogambo", 41, 48, place="Mogambo")
    >>> [(s.place_id, s.controller, s.action) for s in find_control(text, [m])]
    [('mogambo', 'government', 'held')]
    """
    if not text or not mentions or not lx.may_state_control(text):
        return []
    # a place named only to say where another is ("Hanano in Aleppo") states nothing of its own
    every = [_as_mention(m, text) for m in mentions]
    given = [m for m in every if m.cue not in CONTEXT_CUES]
    aside = [m for m in every if m.cue in CONTEXT_CUES]
    out = _statements(
        text, given, date=date, gallery_date=gallery_date, aside=[m.start for m in aside]
    )
    if aside and given and _container_governed(text, aside):
        # ... unless a phrase governs the container itself ("rebel-held areas of Syria's
        # Aleppo", "Aleppo was declared under government control", "retook the city")
        out = _with_container_statements(text, given, aside, out, date, gallery_date)
    out = _with_lone_city_parts(text, every, out, date)
    out = _cjk_shares(text, every, out, date)
    return _without_ended_holdings(text, _without_since_clauses(text, out))


_SINCE_CLAUSE_RE: Final = re.compile(lx.SINCE_CLAUSE, re.IGNORECASE)
# the "since" clause after its subject, to its end; and a time in it that is years back
_SINCE_CLAUSE_END_RE: Final = re.compile(r"[^,;:.!?()]{0,160}")
_YEARS_AGO_RE: Final = re.compile(
    r"\b(?:years|decades?|a\s+year|one\s+year|1[2-9]\s+months|eighteen\s+months)\s+ago\b",
    re.IGNORECASE,
)
# what a "since" clause may not hold: a change of hands, not a holding ("held by rebels since
# they ...": the holding is said of the main clause)
_SINCE_ACTIONS: Final = frozenset({"captured", "lost"})


def _without_since_clauses(text: str, out: list[ControlStatement]) -> list[ControlStatement]:
    """Without the changes of hands said inside a clause opened by "since" ("the first mass
    *since rebels took control of* X four years ago", "not back *since X was captured* by IS"):
    the start of a period the caption counts from, years before the caption's day, and no
    word of who holds X now (:data:`lexicon.SINCE_CLAUSE`). One whose clause puts it in no
    other year ("since government forces took full control of it in December") stays: a
    change of the caption's own time."""
    if not out or "since" not in text.lower():
        return out
    return [s for s in out if not _said_since_long_ago(text, s)]


def _said_since_long_ago(text: str, s: ControlStatement) -> bool:
    """Whether ``s`` is a change of hands said in a "since" clause that puts it in another year
    than the statement's day: "years ago", a past with no day, or another year named."""
    if (
        s.action not in _SINCE_ACTIONS
        or _SINCE_CLAUSE_RE.search(text, max(0, s.evidence_start - 60), s.evidence_start) is None
    ):
        return False
    if s.date_source == _PAST:
        return True
    clause = _SINCE_CLAUSE_END_RE.match(text, s.evidence_start)
    said = clause.group(0) if clause is not None else ""
    if _YEARS_AGO_RE.search(said) is not None:
        return True
    return any(year != s.date[:4] for year in _CLAUSE_YEAR_RE.findall(said))


# the finite verbs of a holding's phrase, past ("had been", "était") or present ("is", "est")
_SINCE_HELD_TENSE_RE: Final = re.compile(
    # (the present verbs in lower case: "IS" is no "is")
    rf"\b(?:(?P<past>{lx.alternation(lx.SINCE_HELD_PAST)})|(?-i:{lx.alternation(lx.SINCE_HELD_NOW)}))"
    r"(?!\w)",
    re.IGNORECASE,
)
_SINCE_HELD_WORDS_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.SINCE_HELD_WORDS)}(?!\w)", re.IGNORECASE
)
# a fall said of the place after its holding's phrase, no relative word before it ("X, a
# stronghold of IS, *where* shells fell")
_HELD_THEN_FELL_RE: Final = re.compile(
    r"(?:(?!\b(?:where|which|that|when|as|où|qui|que|quand|donde|cuando|dove|quando|onde|wo|als"
    r"|die|das|waar|toen)\b)[^.;!?\n]){0,60}?"
    rf"\b{lx.alternation(lx.HELD_THEN_FELL)}(?!\w)",
    re.IGNORECASE,
)
_PLUPERFECT_RELATIVE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.PLUPERFECT_RELATIVE)}\b", re.IGNORECASE
)
_PUSHED_BACK_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.PUSHED_BACK_WORDS)}(?!\w)", re.IGNORECASE
)
_PLUPERFECT_SUBJECT_RELATIVE_RE: Final = re.compile(
    lx.alternation(lx.PLUPERFECT_SUBJECT_RELATIVE), re.IGNORECASE
)
# the rest of such a relative, its closing comma, then a present verb of its main clause
_PRESENT_MAIN_CLAUSE_RE: Final = re.compile(
    rf"[^,.;:!?()\n]{{0,60}},\s+(?:{lx.alternation(lx.MAIN_VERB_ADVERBS)}\s+)?"
    rf"(?!{lx.alternation(lx.MAIN_CLAUSE_NOT_PRESENT)}\b)(?-i:[a-z]+)\b"
    r"(?=\s+(?-i:[a-z]))",
    re.IGNORECASE,
)
# how far around a holding's phrase its start ("since 2014") is looked for, in its sentence
_SINCE_HELD_REACH: Final = 60
# an Arabic past verb right before the place's noun ("كانت مدينة X تحت سيطرة داعش منذ 2014")
_ARABIC_PAST_LEAD_RE: Final = re.compile(r"(?:^|\s)(?:كانت|كان)\s+(?:\S+\s+)?$")
_SENTENCE_STOP_RE: Final = re.compile(r"[.;!?\n]")


def _without_ended_holdings(text: str, out: list[ControlStatement]) -> list[ControlStatement]:
    """Without the holdings that ended before the caption's time: one said in a past tense of
    its own time with its start ("Dabiq had been occupied by IS since 2014",
    :data:`lexicon.SINCE_HELD_PAST`), and one of a place its sentence then says has fallen
    ("Al-Bab, one of the last strongholds of IS, has fallen", :data:`lexicon.HELD_THEN_FELL`):
    no word of who holds the place now."""
    if not out:
        return out
    return [
        s
        for s in out
        if not (s.action == "held" and _held_before_now(text, s))
        and not (s.action == "captured" and _gain_undone(text, s))
    ]


def _gain_undone(text: str, s: ControlStatement) -> bool:
    """Whether the capture ``s`` is said in a relative of the past perfect on positions its
    side was then pushed back from ("pushed the rebels back from the positions they had
    captured in X", :data:`lexicon.PLUPERFECT_RELATIVE`): a gain undone, no capture."""
    begin, end = s.evidence_start, s.evidence_end
    if _PLUPERFECT_RELATIVE_RE.search(text, begin, min(len(text), end + 30)) is None:
        return False
    before = text[max(0, begin - 120) : begin]
    stops = list(_SENTENCE_STOP_RE.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    return _PUSHED_BACK_RE.search(before + text[begin:end]) is not None


def _held_before_now(text: str, s: ControlStatement) -> bool:
    """Whether the holding ``s`` is said to have run up to a past time or to have fallen.

    Not one of the past perfect in a relative set off after its subject whose main clause is in
    the present ("Rebels, who had controlled X since 2012, board buses": held up to the
    caption's time, :data:`lexicon.PLUPERFECT_SUBJECT_RELATIVE`).
    """
    begin, end = s.evidence_start, s.evidence_end
    # (the place opens its phrase: what follows the phrase is the place's predicate)
    if text.startswith(s.matched, begin) and _HELD_THEN_FELL_RE.match(text, end) is not None:
        return True
    if _PLUPERFECT_SUBJECT_RELATIVE_RE.search(text, begin, end) is not None and (
        _PRESENT_MAIN_CLAUSE_RE.match(text, end) is not None
    ):
        return False
    before = text[max(0, begin - _SINCE_HELD_REACH) : begin]
    stops = list(_SENTENCE_STOP_RE.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    tenses = list(_SINCE_HELD_TENSE_RE.finditer(text, begin, end))
    # (an Arabic verb may open the sentence before its place: "كانت مدينة X تحت سيطرة ...")
    lead = _ARABIC_PAST_LEAD_RE.search(before) is not None
    if not (tenses and tenses[-1].group("past") is not None) and not (lead and not tenses):
        return False
    after = _SENTENCE_STOP_RE.split(text[end : end + _SINCE_HELD_REACH], maxsplit=1)[0]
    return any(
        _SINCE_HELD_WORDS_RE.search(part) is not None for part in (before, text[begin:end], after)
    )


# "the rebel half of the city", "the government-held side of Aleppo": a side's share of a city
_SIDE_HALF_RE: Final = re.compile(
    rf"(?<=\bthe\s){_SIDE_RE_TEXT}(?:\s*{lx.DASH}\s*(?:held|controlled|run))?"
    rf"\s+(?P<half>{lx.alternation(lx.SIDE_HALF_NOUNS)})\s+of\s+"
    r"(?:(?P<ana>the\s+(?:[a-z]+\s+)?(?P<noun>city|town))\b|(?:the\s+)?(?:(?:city|town)\s+of\s+)?)",
    re.IGNORECASE,
)


def _side_half_rule(cap: _Caption, add: _Add) -> None:
    """A side's half of a city: "the rebel half of the city" (the city named before), "the
    government half of Aleppo", held by the side (extent ``part``)."""
    for m in _SIDE_HALF_RE.finditer(cap.text):
        side = _side_of(m)
        sentence = cap.sentence_of(m.start())
        # (its noun is no degree: "half" of a city is the side's share)
        if side is None or _hedged(cap, m.start(), m.start("half")):
            continue
        if m.group("ana") is not None:
            slot = _antecedent(cap, m.start(), m.group("noun"))
        else:
            slot = cap.slot_after(m.end(), sentence)
            if slot is not None and slot.core != m.end():
                slot = None
        if (
            slot is None
            or slot.mention.precision not in ("city", "town")
            # ("the rebel side of Aleppo's front line": a side of another thing)
            or _POSSESSIVE_RE.match(cap.text, slot.mention.end) is not None
        ):
            continue
        add(slot, side, "held", m.start(), max(m.end(), slot.mention.end), "part", extent="part")


# "It fell into rebel hands", "The town was taken by IS": a sentence opened by an anaphor
_SUBJECT_ANAPHOR_RE: Final = re.compile(
    r"(?:(?P<it>It)\b(?!['’])|(?i:the)\s+(?:(?i:small|northern|southern|eastern|western|border"
    r"|strategic|besieged|embattled)\s+)?(?P<noun>(?i:town|city|village|district|neighbou?rhood)))"
    r"\b(?=\s+(?!(?i:of|and|or|is\s+(?:a|an|the|home|known|not))\b))"
)


def _previous_place(cap: _Caption, pos: int) -> _Slot | None:
    """The one place named before ``pos`` ("It" at a sentence's start refers back to it): the
    one place (not a city, when a finer one is named) of the caption before it; ``None`` for
    none or two."""
    before = [
        s
        for s in cap.slots
        if s.mention.end <= pos and _POSSESSIVE_RE.match(cap.text, s.mention.end) is None
    ]
    finer = [s for s in before if s.mention.precision != "city"] or before
    if len({s.mention.place_id for s in finer}) != 1:
        return None
    return finer[-1]


# "fought for weeks over *the city*": an anaphor of a town or city in the sentence before "It"
_BRIDGE_ANAPHOR_RE: Final = re.compile(r"\bthe\s+(?:town|city|village)\b(?!\s+of\b)", re.IGNORECASE)
_BRIDGE_KINDS: Final = frozenset({"city", "town", "village"})


def _it_bridged(cap: _Caption, target: _Slot, pos: int) -> bool:
    """Whether "It" at ``pos`` may refer to ``target``: the sentence before names it as no
    place of something else (not "a tank *in* X": "It" would be the tank), or refers to it as
    "the town" / "the city"."""
    sentence = cap.sentence_of(pos)
    if sentence == 0:
        return False
    s_start, s_end = cap.sentences[sentence - 1]
    if (
        target.mention.precision in _BRIDGE_KINDS
        and _BRIDGE_ANAPHOR_RE.search(cap.text, s_start, s_end) is not None
    ):
        return True
    begin = target.mention.start
    return s_start <= begin < s_end and (
        _PREPOSITION_BEFORE_RE.search(cap.text, max(0, begin - 30), begin) is None
    )


def _anaphor_subject_rule(
    cap: _Caption, add: _Add, gallery_date: str, post_words: tuple[bool, ...]
) -> None:
    """A sentence whose subject is "It" or "the town", referring back to the one place named
    before: what it says of its subject it says of that place ("Rebels and the army fought
    over Azaz for weeks. It fell into rebel hands two days before")."""
    text = cap.text
    for s_start, _ in cap.sentences[1:]:
        start = s_start + _leading_quote(text, s_start)
        ana = _SUBJECT_ANAPHOR_RE.match(text, start)
        if ana is None:
            continue
        if ana.group("it") is not None:
            target = _previous_place(cap, ana.start())
            if target is not None and not _it_bridged(cap, target, ana.start()):
                continue
        else:
            target = _antecedent(cap, ana.start(), ana.group("noun"))
        if target is None:
            continue
        standing = _Slot(replace(target.mention, start=ana.start(), end=ana.end()), ana.start())
        # (an anaphor heads no enumeration: no "X and Y were ..." reading)
        words = (*post_words[:6], False, *post_words[7:])
        _post_rules(cap, standing, add, gallery_date, words)


# --------------------------------------------------------------------------- containers

# "the rebel-held *areas of* (Syria's) X": a part noun right before a container's name
_CONTAINER_PART_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.PART_OF_NOUNS)}\s+(?:of|in|inside)\s+(?:the\s+)?"
    rf"(?:(?:[\w'’-]+\s+){{0,3}}?(?:city|town|village)\s+of\s+)?(?:{_COUNTRY_OWNER}\s+)?$",
    re.IGNORECASE,
)
# what may stand before a container that opens its sentence as the subject ("The city of X")
_CONTAINER_SUBJECT_BEFORE_RE: Final = re.compile(
    rf"[\W_]*(?:(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:city|town)\s+of\s+|{_COUNTRY_OWNER}\s+)?",
    re.IGNORECASE,
)
# "the city", "the northern town": an anaphor a clause may take a container by (not "the
# city's eastern half", a part of it)
# "retook *it*": the object that may refer back to a container
_CONTAINER_IT_RE: Final = re.compile(r"\bit\b(?!['’])")
_CONTAINER_ANAPHOR_RE: Final = re.compile(
    r"\b(?:the|this)\s+(?:[a-z]+\s+)?(?:city|town)\b"
    r"(?!\s+(?:of|centre|center|hall)\b|['’]s?(?!\w))"
    # (in German, French, Spanish, Italian, Portuguese: "nachdem Regierungstruppen *die Stadt*
    # zurückerobert haben", "l'armée a repris *la ville*"; not a city of its own name)
    r"|(?<!\w)(?:die\s+Stadt|la\s+ville|la\s+ciudad|la\s+città|a\s+cidade)(?!\w)"
    r"(?!\s*(?:de|d['’]|di|von|da|do|del)(?!\w))",
    re.IGNORECASE,
)
# "Hanano*, a* rebel-held district in Aleppo", "the X mosque*, in the* government-held area of
# Aleppo", "the X neighbourhood *on the* rebel-held side of Aleppo": a part phrase right after a
# named place describes it, or says where it lies (its holding is that place's)
_CONTAINER_LOCATES_RE: Final = re.compile(
    r"(?:\s+(?-i:[a-z])[\w'’-]*){0,2}?\s*[,(–—-]?\s*"
    r"(?:(?:in|on|at|of|inside|within)\s+)?(?:(?:the|an?|one\s+of\s+the)\s+"
    r"(?:(?!(?:in|at|on|of)\s)[\w'’-]+\s+)?)?",
    re.IGNORECASE,
)


# the words before a container that name it as where another place is ("the Y district *of*",
# "Y*,*", "*in the city of*")
_CONTAINER_PLACES_BEFORE_RE: Final = re.compile(
    r"(?:[,(–—-]|\b(?:of|in|at|near|outside|inside|from|to|on|around|across|towards?|into|by"
    r"|between|and|or|off|within))\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:city|town|village|province|governorate|countryside)\s+of\s+)?$",
    re.IGNORECASE,
)


# what may follow a container that a holding set off after it starts with
_CONTAINER_POST_RE: Final = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:is|was|has|had|remains?|remained|came|fell)\b"
    r"|(?:now\s+)?under\b|(?:held|controlled|run)\s+by\b|in\s+the\s+hands\b)",
    re.IGNORECASE,
)


def _container_core(text: str, m: ControlMention) -> ControlMention:
    """A container's mention from its name on ("*city of* Aleppo" -> "Aleppo"), so that its name
    said again is found."""
    prefix = _MENTION_PREFIX_RE.match(text[m.start : m.end])
    return replace(m, start=m.start + prefix.end()) if prefix else m


def _container_subject(text: str, m: ControlMention) -> bool:
    """Whether the container opens its sentence (as its subject: "Aleppo was declared ...")."""
    begin = max((s for s, _ in _sentences(text) if s <= m.start), default=0)
    return _CONTAINER_SUBJECT_BEFORE_RE.fullmatch(text, begin, m.start) is not None


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the sentence of ``text`` that holds ``pos``."""
    return max(((s, e) for s, e in _sentences(text) if s <= pos), default=(0, len(text)))


def _capture_noun_before(text: str, pos: int) -> int | None:
    """The start of a capture noun whose "of" (and article, place word) ends right at ``pos``,
    after "after" / "since" / "with" ("*dopo la riconquista dell'*est della città", "*après la
    reprise de l'*est de la ville", "*tras la toma de* Alepo"): a capture that was done. None
    when none does (an aim, a hope, a hedge: "preparano la riconquista di", "dopo la possibile
    riconquista di")."""
    for noun in _WORLD_NOUN_RE.finditer(text, max(0, pos - 40), pos):
        if (
            _WORLD_LEAD_RE.fullmatch(text, noun.end(), pos) is not None
            and _WORLD_NOUN_CUE_RE.search(text, max(0, noun.start() - 30), noun.start()) is not None
        ):
            return noun.start()
    return None


def _container_governed(text: str, aside: Sequence[ControlMention]) -> bool:
    """A cheap check whether any phrase may govern a container: a part noun right before one,
    a container opening its sentence, "the city" after one, or "it" after one in its
    sentence."""
    for m in aside:
        core = _container_core(text, m)
        starts = (m.start,) if core.start == m.start else (m.start, core.start)
        if any(_CONTAINER_PART_BEFORE_RE.search(text, max(0, b - 60), b) for b in starts):
            return True
        if any(_WORLD_PART_BEFORE_RE.search(text, max(0, b - 110), b) for b in starts):
            return True  # ("dans la partie rebelle d'Alep, dans l'est de la ville")
        if any(_WORLD_ONE_PART_RE.search(text, max(0, b - 40), b) for b in starts):
            return True  # ("der eine Teil Aleppos ..., den anderen Teil ...")
        if any(_WORLD_THE_SHARE_OF_RE.search(text, max(0, b - 30), b) for b in starts):
            return True  # ("dans la partie d'Alep contrôlée par le régime, près du pont X")
        if _container_subject(text, core) or _CONTAINER_ANAPHOR_RE.search(text, m.end):
            return True
        if any(_capture_noun_before(text, b) is not None for b in starts):
            return True  # ("..., ad Aleppo. Dopo la riconquista dell'est della città da parte ...")
        if _CONTAINER_POST_RE.match(text, m.end):
            return True  # "X, which is under the rebels' control"
        if (
            _KO.area_after_re is not None
            and _KO_RE.match(text, core.start) is not None
            and _KO.area_after_re.match(text, m.end) is not None
        ):
            return True  # ("알레포 동부 반군지역인 X 구역": the container is the side's area)
        it = _CONTAINER_IT_RE.search(text, m.end)
        if it is not None and it.start() < _sentence_span(text, m.start)[1]:
            return True  # "... homes in east Aleppo after troops retook it"
        name = text[core.start : core.end]
        # (a name in hangul, kana or Chinese characters may be short: "알레포", "阿勒颇")
        short = len(name) >= 2 and _CJK_NAME_RE.match(name) is not None
        if (len(name) >= 4 or short) and text.find(name, core.end) >= 0:
            return True  # said again, where a phrase may govern it
    return False


def _with_container_statements(
    text: str,
    given: list[ControlMention],
    aside: list[ControlMention],
    out: list[ControlStatement],
    date: str,
    gallery_date: str,
) -> list[ControlStatement]:
    """``out`` and the statements whose phrase governs a container itself (not a place named
    in it): a part of it ("shells fell on rebel-held *areas of Syria's Aleppo*", "in the
    government-controlled *area of Aleppo*"), the container as its sentence's subject ("*Aleppo*
    was declared fully under control of the government"), or as the antecedent of "the city"
    ("the army retook *the city*"). A phrase set off after a named place describes that place
    ("Hanano, a rebel-held district in Aleppo"): no statement of the container.
    """
    cores = [_container_core(text, m) for m in aside]
    own = {m.place_id for m in given}
    ids = {m.place_id for m in cores} - own
    if not ids:
        return out
    every = _statements(text, given + cores, date=date, gallery_date=gallery_date)
    said = {(s.place_id, s.controller, s.action) for s in out}
    named = [(m.start, m.end) for m in given]
    added: list[ControlStatement] = []
    for s in every:
        if s.place_id not in ids or (s.place_id, s.controller, s.action) in said:
            continue
        spans = [(m.start, m.end) for m in cores if m.place_id == s.place_id]
        spans += _name_repeats(text, cores, s.place_id, named)
        inside = any(s.evidence_start <= b and e <= s.evidence_end for b, e in spans)
        if s.extent != "part" and any(s.evidence_start <= b < s.evidence_end for b, _ in named):
            continue  # ("Aleppo's Hanano district was taken": a statement of the place named)
        if s.extent == "part" and not inside:
            # a part "in the city", the container its antecedent ("near Aleppo ... the road into
            # opposition-held territory in the city")
            ana = _CONTAINER_ANAPHOR_RE.search(text, s.evidence_start)
            ok = ana is not None and ana.end() == s.evidence_end
        elif s.extent == "part":
            ok = not any(
                _CONTAINER_LOCATES_RE.fullmatch(text, e, s.evidence_start) is not None
                for _, e in named
                if e <= s.evidence_start
            )
        elif inside and _CJK_NAME_RE.match(text, spans[0][0]) is not None:
            # a clause of Korean, Chinese or Japanese whose object the container is, no other
            # place named in it ("반군이 알레포를 재장악했다. 사진은 알레포대학교 앞에서 ...": the
            # university said later names the city only as where it is)
            ok = True
        elif inside:
            # the subject: the statement opens at the container, which opens its sentence, or
            # stands as a noun phrase's head, not after a word that places another in it
            # ("separating Aleppo's *X*, which is under the rebels' control"; not "the Y
            # district *of* X, which ...")
            ok = any(
                b == s.evidence_start
                and (
                    _container_subject(text, replace(cores[0], start=b))
                    or _CONTAINER_PLACES_BEFORE_RE.search(text, max(0, b - 60), b) is None
                )
                for b, _ in spans
            ) or any(
                # the object of a capture noun the phrase opens with ("Dopo *la riconquista
                # dell'*est della città da parte delle forze governative")
                s.action == "captured"
                and (noun := _capture_noun_before(text, b)) is not None
                and s.evidence_start <= noun
                for b, _ in spans
            )
        else:
            # the antecedent of "the city" the phrase names, or of its "it" when the container
            # is the place its sentence names before it ("returned to their homes in east
            # Aleppo after troops retook it")
            ana = _CONTAINER_ANAPHOR_RE.search(text, s.evidence_start)
            ok = ana is not None and ana.end() <= s.evidence_end
            it = _CONTAINER_IT_RE.search(text, s.evidence_start, s.evidence_end)
            if not ok and it is not None:
                sentence = _sentence_span(text, s.evidence_start)
                # (no other place named there, nor one referred to: "left *the district* when
                # the war came to Aleppo, and returned after the army retook it")
                ok = (
                    any(sentence[0] <= b < s.evidence_start for b, _ in spans)
                    and not any(sentence[0] <= b < it.start() for b, _ in named)
                    and _ANAPHOR_RE.search(text, sentence[0], it.start()) is None
                )
        if ok:
            added.append(s)
            said.add((s.place_id, s.controller, s.action))
    if not added:
        return out
    return sorted([*out, *added], key=lambda s: (s.evidence_start, s.place_id))


def _name_repeats(
    text: str, cores: Sequence[ControlMention], place_id: str, named: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Where a container's name is said again, outside the places named."""
    out: list[tuple[int, int]] = []
    for m in cores:
        if m.place_id != place_id:
            continue
        name = text[m.start : m.end]
        at = text.find(name, m.end)
        while at >= 0 and len(name) >= 4:
            stop = at + len(name)
            if not any(b < stop and at < e for b, e in named):
                out.append((at, stop))
            at = text.find(name, stop)
    return out


def _statements(
    text: str,
    given: list[ControlMention],
    *,
    date: str,
    gallery_date: str,
    aside: Sequence[int] = (),
) -> list[ControlStatement]:
    """The statements of one caption about its places ``given`` (see :func:`find_control`);
    ``aside`` the starts of the places named only to say where another is."""
    repeats = _repeated_mentions(text, given)
    cap = _Caption(text, given + repeats, aside)
    repeat_at = {(m.place_id, m.start) for m in repeats}
    from_repeat: set[int] = set()  # the statements made of a repeated name
    low = _lower(text)
    out: list[ControlStatement] = []
    seen: set[tuple[str, str, int, str]] = set()

    def add(
        slot: _Slot,
        controller: str,
        action: str,
        start: int,
        end: int,
        rule: str,
        *,
        from_controller: str = "",
        besieged_by: str = "",
        stated: str = "",
        extent: str = "whole",
    ) -> None:
        m = slot.mention
        if extent == "whole" and any(
            start <= at < end and place_id == m.place_id
            for at, place_id in cap.region_anaphors.items()
        ):
            extent = "part"  # "took control of the area", the countryside of the place
        key = (m.place_id, action, start, controller)
        if key in seen:
            return
        seen.add(key)
        out.append(
            ControlStatement(
                place_id=m.place_id,
                place=m.place or m.matched or m.place_id,
                matched=m.matched or text[m.start : m.end],
                controller=controller,
                action=action,
                from_controller=from_controller,
                besieged_by=besieged_by,
                date="" if stated == _PAST else (stated or date),
                date_source=stated if stated == _PAST else ("clause" if stated else "caption"),
                evidence=text[start:end],
                evidence_start=start,
                evidence_end=end,
                rule=rule,
                extent=extent,
            )
        )
        if (m.place_id, m.start) in repeat_at:
            from_repeat.add(id(out[-1]))

    # Rules that look left of a mention: modifiers, participles, "the fighting for".
    for m in _modifiers(cap):
        sentence = cap.sentence_of(m.start())
        places = (
            cap.places_after(m.end(), sentence)
            or _region_in(cap, m.end(), sentence)
            or _listed_after_plural(cap, m.end(), sentence)
        )
        if not places and (held := _held_anaphor(cap, m)) is not None:
            if _capture_object_anaphor(cap, m.start()):
                continue  # "after the army recaptured the IS-held town": the holder before
            places = [held]  # "Manbij ... the IS-held town": the place named before
        side = _side_of(m)
        extent = "whole"
        if (
            not places
            and not m.group("former")
            and (m.group("verb") or m.group("verb2")).lower() not in _PART_NOT_HELD
            and (part := _part_of(cap, m.end(), sentence)) is not None
            and _capture_verb_before(cap, m.start()) is None  # ("retook the rebel-held areas")
        ):
            places, extent = [part], "part"  # "a rebel-held area of Aleppo": part of it
        if not places or side is None:
            continue
        verb = (m.group("verb") or m.group("verb2")).lower()
        if verb not in _SIEGE_MODIFIERS and _after_capture(cap, m.start(), places[0]):
            continue  # the holder before the capture the clause states
        extra: dict[str, str] = {}
        if verb in _SIEGE_MODIFIERS:
            controller, action, extra = "unknown", "besieged", {"besieged_by": side}
        elif m.group("former"):
            controller, action = _other_side(cap.actors_in(sentence), side), "lost"
            extra = {"from_controller": side}
        elif verb in ("captured", "seized"):
            controller, action = side, "captured"
        else:
            controller, action = side, "held"
        for each in places:
            # (a place named before, "eastern Aleppo ... the rebel-held east": the modifier;
            # with its part's anaphor, "rebel-held areas in the city", up to the anaphor)
            stop = max(each.mention.end, m.end())
            if (
                extent == "part"
                and each.mention.end <= m.start()
                and (gap := _PART_OF_RE.match(text, m.end())) is not None
                and (ana := _PART_OF_ANAPHOR_RE.match(text, gap.end())) is not None
            ):
                stop = ana.end()
            add(each, controller, action, m.start(), stop, "modifier", extent=extent, **extra)

    # "the pro-government villages of X and Y": held by the government.
    if "pro" in low or "loyalist" in low:
        for m in _ALLEGIANCE_OF_RE.finditer(text):
            _held_by_modifier(cap, m, "government", add)

    # "the rebel town of X": held by the rebels.
    if "rebel" in low or "opposition" in low or "ribelle" in low:
        for m in _REBEL_PLACE_OF_RE.finditer(low):
            _held_by_modifier(cap, m, "rebels", add)
        _rebel_part_of_rule(cap, add)
        _rebel_region_rule(cap, add)

    # "the besieged Kurdish town of X": the Kurdish forces besieged there
    if "kurdish" in low:
        for m in _BESIEGED_KURDISH_OF_RE.finditer(low):
            places = cap.places_after(m.end(), cap.sentence_of(m.start()))
            if places and not _hedged(cap, m.start(), m.end()):
                for each in places:
                    add(each, "kurdish", "besieged", m.start(), each.mention.end, "modifier")

    # "government forces' positions at the X air base": the side holds the site
    watched = any(w in low for w in _WATCHED_KEYS)
    if "position" in low or "posts" in low or "bases" in low or "barracks" in low or watched:
        _positions_at_rule(cap, add, watched=watched)
    if "position" in low or "posts" in low or "מעוז" in text:
        _side_positions_in_rule(cap, add)

    # "an area controlled by the army, in Aleppo": a part of the place held
    if "held by" in low or "controlled by" in low or "dominated by" in low:
        _part_rules(cap, add)

    for m in _near(_PARTICIPLE_RE, text, _PARTICIPLE_KEY_RE.finditer(low), 12, 0):
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        if not places or _hedged(cap, m.start(), m.end()):
            continue
        side = _single_side(cap.actors_in(sentence))
        if side is not None:
            for each in places:
                add(each, side, "captured", m.start(), each.mention.end, "participle")

    for m in _near(_STRONGHOLD_OF_RE, text, _STRONGHOLD_KEY_RE.finditer(low), 80, 4):
        sentence = cap.sentence_of(m.start())
        slot = cap.slot_after(m.end(), sentence)
        side = _side_of(m)
        if (
            slot is None
            or side is None
            or cap.text[m.end() : slot.core].strip()
            or _hedged(cap, m.start(), m.end())
            or _after_capture(cap, m.start(), slot)
        ):
            continue
        if slot.mention.precision == "city":
            # "the rebel stronghold of Aleppo": a part of the city the side holds (a former one
            # says nothing of now)
            if not m.group("former"):
                add(slot, side, "held", m.start(), slot.mention.end, "modifier", extent="part")
            continue
        if m.group("former"):
            after = _other_side(cap.actors_in(sentence), side)
            add(slot, after, "lost", m.start(), slot.mention.end, "modifier", from_controller=side)
        else:
            add(slot, side, "held", m.start(), slot.mention.end, "modifier")

    for m in _near(_HELD_BY_IN_RE, text, _HELD_BY_KEY_RE.finditer(low), 40, 80):
        sentence = cap.sentence_of(m.start())
        slot = cap.slot_after(m.end(), sentence)
        side = _side_of(m)
        if (
            slot is None
            or side is None
            or slot.mention.precision not in _HELD_BY_IN_KINDS
            or _hedged(cap, m.start(), m.end())
            or _joint(text, m)
        ):
            continue
        add(slot, side, "held", m.start(), slot.mention.end, "post")

    nominals: list[tuple[int, int, list[_Slot], int, str, str | None]] = []
    # the places a capture noun (or a sentence's later verb) took, by whom
    taken: dict[tuple[str, int], str] = {}
    for m in _near(_NOMINAL_RE, text, _NOMINAL_KEY_RE.finditer(low), 60, 0):
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        last = places[-1].mention.end if places else m.end()
        if (
            not places
            and (ana := _NOMINAL_ANAPHOR_RE.match(text, m.end())) is not None
            and (m.group("owner") is not None or _BY_TO_RE.match(text, ana.end()) is not None)
        ):
            # "after the capture of the town by rebels": the place named before (only with the
            # side named after it)
            target = _antecedent(cap, m.start(), ana.group("noun"))
            places, last = ([target], ana.end()) if target is not None else ([], last)
        if not places and (incl := _INCLUDING_RE.match(text, m.end())) is not None:
            # "declared the capture of a dozen villages, including X and Y": the places named
            places = cap.places_after(incl.end(), sentence)
            last = places[-1].mention.end if places else last
        owner = _side_of_group(m, "o_") if m.group("owner") is not None else None
        if owner is None and m.group("owner") is not None:
            owner = _foreign_owner(cap, m.group("owner"))
        start = m.start() if m.group("owner") is not None else m.start("noun")
        nominals.append((m.start(), start, places, last, m.group("noun"), owner))
    if "'s " in low or "’s " in low:
        # "X's capture by rebels", "after X's fall to IS": the place owns the capture noun
        for slot in cap.slots:
            poss = _POSSESSIVE_NOMINAL_RE.match(text, slot.mention.end)
            if poss is not None:
                nominals.append(
                    (
                        slot.mention.start,
                        slot.mention.start,
                        [slot],
                        poss.end(),
                        poss.group("noun"),
                        None,
                    )
                )
    for m_start, start, places, last, noun, owner in nominals:
        if not places or places[0].mention.precision == "city":
            continue
        sentence = cap.sentence_of(m_start)
        by_to = _BY_TO_RE.match(text, last)
        if by_to is None and (gap := _NOMINAL_APPOSITION_RE.match(text, last)) is not None:
            # "the capture of X, about 40 km north of Aleppo, by rebels"
            by_to = _BY_TO_RE.match(text, gap.end())
        fall = noun.lower() == "fall"
        side = None
        end = last
        if by_to is not None and (by_to.group("prep").lower() == "to") == fall:
            side = _side_of(by_to)
            end = by_to.end()
            if side is None or _joint(text, by_to):
                continue
        elif owner is not None and not fall:
            side = owner
        elif not fall and (nominal_from := _FROM_RE.match(text, last)) is not None:
            # "the recapture of X from IS": the capturer is the one other side named
            loser = _side_of_group(nominal_from, "f_")
            other = _other_side(cap.actors_in(sentence), loser) if loser else "unknown"
            side = None if other == "unknown" else other
            end = nominal_from.end()
            if side is None:
                # (the side it was taken from is no capturer: "celebrate the liberation of X
                # from IS" names none)
                continue
        cued = _NOMINAL_CUE_RE.search(text, max(0, m_start - 60), m_start) is not None
        s_start, s_end = cap.sentences[sentence]
        if not cued:
            # "The capture of X is part of a government offensive": a done event, which the
            # one side of its clause made
            cued = (
                _NOMINAL_START_RE.fullmatch(text, s_start, m_start) is not None
                and _NOMINAL_PREDICATE_RE.match(text, end) is not None
            )
        if side is None and cued and by_to is None and not fall:
            # "commanders of rebel factions confirmed the capture of X": the one side named
            # in its clause
            comma = text.find(",", end, s_end)
            clause = [
                a
                for a in cap.actors_in(sentence)
                if a.end <= (comma if comma >= 0 else s_end) and not _loser(text, a.start)
            ]
            side = _single_side(clause)
        if side is None and cued and by_to is None and not fall:
            # "With the capture of X, the rebels ...": a phrase that opens its sentence, whose
            # side is the main clause's subject right after the comma
            side = _opening_subject(cap, sentence, m_start, end)
        if side is None or not cued or _hedged(cap, m_start, end):
            continue
        for each in places:
            add(each, side, "captured", start, end, "modifier")
            taken[(each.mention.place_id, each.mention.start)] = side

    for m in _near(_CONTESTED_BEFORE_RE, text, _CONTESTED_KEY_RE.finditer(low), 0, 160):
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        # ("*after* the fighting for X", "vowed to keep fighting for X": a fight past or wanted)
        wanted = m.group("fight") is not None and _tail_fight_wanted(cap, m.start())
        if places and not wanted and not _hedged(cap, m.start(), m.end()):
            for each in places:
                # (a front line dividing a region of a city divides the city)
                if not (m.group("divides") and each.mention.precision in lx.REGION_KINDS):
                    add(each, "contested", "contested", m.start(), each.mention.end, "contested")

    # "the rebel half of the city": a side's part of the city.
    if "half" in low or "side of" in low or "sector" in low or "enclave" in low:
        _side_half_rule(cap, add)

    # "the divided city of Aleppo": contested.
    if "divided" in low:
        for m in _DIVIDED_BEFORE_RE.finditer(text):
            slot = cap.slot_after(m.end(), cap.sentence_of(m.start()))
            if (
                slot is not None
                and slot.mention.precision in _DIVIDED_KINDS
                and not _hedged(cap, m.start(), m.end())
            ):
                add(slot, "contested", "contested", m.start(), slot.mention.end, "contested")

    if "siege by" in low:
        for m in _SIEGE_BY_OF_RE.finditer(text):
            side = _side_of(m)
            places = cap.places_after(m.end(), cap.sentence_of(m.start()))
            if side is None or not places or _hedged(cap, m.start(), m.end()) or _joint(text, m):
                continue
            for each in places:
                add(each, "unknown", "besieged", m.start(), each.mention.end, "modifier",
                    besieged_by=side)  # fmt: skip

    if "siege" in low and any(w in low for w in lx.SIEGE_IMPOSED_KEYS):
        _siege_imposed_rule(cap, add)

    # Rules that look right of a mention.
    if _POST_KEY_RE.search(low) is not None:
        # the newer phrases right of a mention, tried only where their words are
        post_words = (
            "out" in low or "hands" in low or " from " in low,
            "under" in low or "returned to" in low or "back to" in low,
            "lost" in low,
            any(word in low for word in _PREDICATE_WORDS),
            "which" in low or "that" in low,
            any(word in low for word in lx.FIRST_WORDS),
            any(word in low for word in _PLURAL_WORDS),
            "siege" in low,
        )
        for slot in cap.slots:
            _post_rules(cap, slot, add, gallery_date, post_words)
            if (
                "," in text[slot.mention.end : slot.mention.end + 2]
                and (past := _SET_OFF_PARTICIPLE_RE.match(text, slot.mention.end)) is not None
            ):
                # "X, seized by IS in 2014, was retaken by the SDF": what the sentence says of
                # X after the participle set off before it
                later = _Slot(replace(slot.mention, end=past.end()), slot.core)
                made = len(out)
                _post_rules(cap, later, add, gallery_date, post_words)
                for statement in out[made:]:
                    if statement.action == "captured":
                        # (the holding set off before it is the holder before the capture)
                        taken[(statement.place_id, slot.mention.start)] = statement.controller

        # "It fell into rebel hands": a sentence whose subject refers back to a place
        if "it " in low or "the " in low:
            _anaphor_subject_rule(cap, add, gallery_date, post_words)

    # "after driving IS out of X": a gerund whose subject is the sentence's actor.
    for key in _GERUND_KEY_RE.finditer(low):
        gerund = _GERUND_RE.match(text, key.start())
        if gerund is not None:
            _gerund_rule(cap, gerund, add, gallery_date)

    # "IS attacked at dawn, seizing X": a gerund after a comma, the clause's side before it.
    for key in _COMMA_GERUND_KEY_RE.finditer(low):
        gerund = _COMMA_GERUND_RE.match(text, key.start())
        if gerund is not None and _clause_before(cap, gerund.start()):
            _gerund_rule(cap, gerund, add, gallery_date)
    for key in _ADVANCE_GERUND_KEY_RE.finditer(low) if _has_advance(low) else ():
        gerund = _ADVANCE_GERUND_RE.match(text, key.start())
        if gerund is not None and _clause_before(cap, gerund.start()):
            _gerund_rule(cap, gerund, add, gallery_date)

    # "Held by rebels, X has ...": a participle that opens its sentence.
    if " by " in low:
        for s_start, _ in cap.sentences:
            opening = _FRONT_PARTICIPLE_RE.match(text, s_start + _leading_quote(text, s_start))
            if opening is not None and not _joint(text, opening):
                _front_participle_rule(cap, opening, add, gallery_date)

    # "With X under their control, the army ...": the subject after the comma holds X.
    if "with" in low and "under" in low:
        for slot in cap.slots:
            named = slot.mention
            with_at = _WITH_BEFORE_RE.search(text, max(0, named.start - 30), named.start)
            under = _WITH_UNDER_RE.match(text, named.end) if with_at is not None else None
            if with_at is None or under is None or _joint(text, under):
                continue
            holder = _side_of(under)
            if holder is not None and not _hedged(cap, with_at.start(), named.end):
                add(slot, holder, "held", with_at.start(), under.end(), "post")

    # "Capturing X put the army close to ...": the side named after the verb took X.
    for s_start, _ in cap.sentences if any(g in low for g in _GERUND_HEADS) else ():
        front = _FRONT_GERUND_RE.match(text, s_start + _leading_quote(text, s_start))
        if front is None:
            continue
        target = cap.slot_after(front.end(), cap.sentence_of(front.start()))
        predicate = (
            _GERUND_PREDICATE_RE.match(text, target.mention.end) if target is not None else None
        )
        if target is None or predicate is None or _joint(text, predicate):
            continue
        taker = _side_of(predicate)
        if taker is not None and not _hedged(cap, front.start(), predicate.end()):
            add(target, taker, "captured", front.start(), predicate.end(), "gerund")

    # "IS retreated after losing X to the rebels": the side after "to" took X.
    if "losing" in low:
        for losing in _LOSING_RE.finditer(text):
            _losing_rule(cap, losing, add, gallery_date)

    # "the rebel advance gave them control over X": the sentence's side before it took X.
    if "control" in low:
        for give in _GIVE_RE.finditer(text):
            _gerund_rule(cap, give, add, gallery_date)

    # Clauses: an actor (or "they") as the subject of a finite verb.
    for m in _clauses(cap, low):
        _clause_rule(cap, m, add, gallery_date)

    # Captures, withdrawals and expulsions said in ways the clause rules do not read.
    _change_of_hands_rules(cap, add, low, gallery_date)

    # "militant-held X": the rebels, where the caption names no IS or Kurdish actor.
    if (
        "militant" in low
        or "terrorist" in low
        or "gunmen" in low
        or "armed groups" in low
        or "jihadist" in low
    ) and not any(a.side in ("islamic_state", "kurdish") for a in cap.actors):
        _unnamed_holder_rule(cap, add)

    # "X, contrôlé par les rebelles", "die von Rebellen gehaltene Stadt X": other languages.
    if _FOREIGN_KEY_RE.search(low) is not None:
        _foreign_rule(cap, add)

    # "areas that remain under rebel control, including X, Y and Z": held by the side named.
    if any(word in low for word in _INCLUDING_WORDS):
        for m in _HOLDING_INCLUDING_RE.finditer(text):
            _including_rule(cap, m, add)

    # "X, Y & Z under control of the SDF": a list, its last names unknown, held by one side.
    if "under" in low and "control" in low:
        _listed_under_rule(cap, add, {s.place_id for s in out})

    # "militants' stronghold in X", "repelled an attack on X", "with the army controlling X",
    # "the dam ... remain under SDF control".
    _holding_rules(cap, low, add)
    if any(verb in low for verb in lx.FOREIGN_HOLD_VERBS):
        _foreign_hold_rule(cap, add)

    # A looser reading of a clause, for places no rule above has read: its subject may stand
    # further from its capture verb ("the army, after a week of clashes, took control of X").
    covered = {s.place_id for s in out}
    if (
        any(slot.mention.place_id not in covered for slot in cap.slots)
        and _LOOSE_CAPTURE_KEY_RE.search(low) is not None
    ):
        _loose_clause_rule(cap, add, covered)
    # English holdings and captures with words between their parts ("X is now being controlled
    # by ...", "the military says it now controls X"), for places no rule above has read.
    covered = {s.place_id for s in out}
    if any(slot.mention.place_id not in covered for slot in cap.slots):
        _tolerant_rules(cap, add, low, gallery_date, covered)
        if _TOL_CONTESTED_KEY_RE.search(low) is not None:
            _tolerant_contested(cap, add, covered)
    # Long-tail English wordings ("the battle for control over X", "the frontline district of
    # X", "X, an embattled rebel-held town"), for places no rule above has read.
    covered = {s.place_id for s in out}
    if any(slot.mention.place_id not in covered for slot in cap.slots):
        _english_tail_rules(cap, add, low, covered)
    # The parts of one English clause in the orders the rules above do not read ("during the
    # battle for X", "X, once an IS bastion", "X, the first district to be retaken by the army",
    # "soldiers celebrate in X after recapturing it"), for places no rule above has read.
    covered = {s.place_id for s in out}
    if any(slot.mention.place_id not in covered for slot in cap.slots):
        _clause_en_rules(cap, add, low, covered, gallery_date)
    # Captures said as nouns with their side ("celebrated the army regaining control of the
    # city", "since the government's capture of the city of X") and the defenders of a place
    # ("the Kurdish defenders of X"), for places no rule above has read.
    covered = {s.place_id for s in out}
    if any(slot.mention.place_id not in covered for slot in cap.slots):
        _nominal23_rules(cap, add, low, covered)

    # "celebrate the breaking of the siege imposed on X": the side that ended it holds X, for
    # the places still unread
    if "siege" in low and ("breaking" in low or "lifting" in low or "end" in low):
        _siege_end_rule(cap, add, {s.place_id for s in out})

    # "IS militants are now surrounded in X by ...": the side surrounded holds X, for the places
    # still unread
    if "surrounded" in low or "encircled" in low or "besieged" in low or "trapped" in low:
        _surrounded_side_rule(cap, add, {s.place_id for s in out})

    # "in a bid to retake it from IS": the side an aim would take a place from holds it, for
    # the places still unread
    if " from " in low and _AIM_KEY_RE.search(low) is not None:
        _aim_rule(cap, add, {s.place_id for s in out})

    # "لاستعادة X من تنظيم الدولة": the side an Arabic aim would take a place from holds it
    if not text.isascii() and _AR_AIM_RE.search(text) is not None:
        _ar_aim_rule(cap, add, {s.place_id for s in out})

    # Other languages' holdings and captures, in their general forms, for the places still
    # unread.
    if _world_key(text, low):
        # (a place only said held after its name may still be the object of a capture verb: "s'est
        # emparée du quartier de X, tenu par les rebelles"; one said held before its name may
        # still change hands after it: "DAEŞ kontrolündeki X, ÖSO'nun kontrolüne geçti")
        _world_rules(
            cap,
            add,
            {
                s.place_id
                for s in out
                if not (s.action == "held" and s.rule in ("post", "modifier"))
            },
            taken,
        )
        _world_note_captures(cap, out, taken)
        out = _world_drop_held_in_capture(out)
        out = _world_drop_unknown_loss(out)

    # A flag raised over a place, half of a city held (for the places still unread; the
    # halves, a part of the city, whatever else is said of it).
    _kinds_more_rules(cap, add, low, {s.place_id for s in out}, date)
    if any(s.extent == "part" for s in out):
        out = _kinds_drop_whole_in_half(out)

    if from_repeat:
        # a name said again states what its first mention does not ("after taking the X road,
        # IS took X"); what both state is stated once, of the first
        said = {(s.place_id, s.controller, s.action) for s in out if id(s) not in from_repeat}
        out = [
            s
            for s in out
            if id(s) not in from_repeat or (s.place_id, s.controller, s.action) not in said
        ]
    if "enter" in low and len(out) > 1:
        out = _drop_entries_held(out)
    if taken:
        out = _drop_held_before_capture(out, taken)
    if len(out) > 1:
        out = _drop_held_inside_capture(out)
    if "had" in low and len(out) > 1:
        out = _drop_earlier_taker(out)
    if cap.denies and len(cap.sentences) > 1:
        out = _drop_denied_after(cap, out)
    # (a siege in any language: its holder read from its besieger, see besieged_holder)
    out = [_besieged_holder(cap, s) for s in out]
    if any(s.action == "besieged" and s.controller == "unknown" for s in out):
        out = _siege_of_held(out)
        out = _world_drop_unknown_siege(out)
    out.sort(key=lambda s: (s.evidence_start, s.place_id))
    return out


def _siege_of_held(out: list[ControlStatement]) -> list[ControlStatement]:
    """``out`` with the holder of a siege whose holder no side names there (a siege by rebels
    with Turkey's army beside them) read from the caption's own holding of the same place, by
    one side other than the besieger ("IS 근거지 알바브 ... 반군은 ... 알바브를 포위하고 있다":
    IS's stronghold, besieged by the rebels, is IS's)."""
    held: dict[str, set[str]] = {}
    for s in out:
        if s.action == "held" and s.extent == "whole" and s.controller in lx.SIDES:
            held.setdefault(s.place_id, set()).add(s.controller)
    if not held:
        return out
    kept = []
    for s in out:
        sides = held.get(s.place_id, set()) - {s.besieged_by}
        if s.action == "besieged" and s.controller == "unknown" and len(sides) == 1:
            s = replace(s, controller=sides.pop())
        kept.append(s)
    return kept


# "Kurdish fighters *defending* X", "rebels *fighting* the army": a side that fights a besieger
_SIEGE_DEFENCE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.SIEGE_DEFENCE_WORDS)}\b", re.IGNORECASE
)
_SIEGE_DEFENCE_WORLD_RE: Final = re.compile("|".join(lx.SIEGE_DEFENCE_WORLD), re.IGNORECASE)
_KURDISH_STEM_RE: Final = re.compile("|".join(lx.KURDISH_STEMS), re.IGNORECASE)
_KURDISH_PEOPLE_RE: Final = re.compile(lx.KURDISH_PEOPLE_OR_PLACE, re.IGNORECASE)
_SIEGE_TURKISH_RE: Final = re.compile("|".join(lx.SIEGE_TURKISH_STEMS), re.IGNORECASE)
# the sides of the captions in Chinese, Japanese and Korean (no word boundaries)
_CJK_SIDE_RE: Final = re.compile(
    "|".join(
        f"(?P<c{i}_{side}>{pattern})"
        for i, table in enumerate((lx.WORLD_ZH_SIDES, lx.WORLD_JA_SIDES, lx.WORLD_KO_SIDES))
        for side, pattern in table
    )
)


def besieged_holder(besieged_by: str, defenders: Iterable[str], *, third_side: bool) -> str:
    """The side that holds a place besieged by ``besieged_by``, as analysts read a siege.

    ``defenders`` are the sides the caption names as fighting the siege there ("Kurdish fighters
    hold out in Kobani, which is under siege by IS"); ``third_side`` whether it names a side
    other than the two of the civil war's siege (:data:`lexicon.SIEGE_OPPONENTS`), which may be
    the one besieged ("the Kurdish district of Sheikh Maqsoud, besieged by rebels").

    The one defender other than the besieger holds the place; else a siege by the government is
    of a rebel-held place and one by the rebels of a government-held one (see
    :data:`lexicon.SIEGE_OPPONENTS`), unless a third side is named; else ``unknown`` (a siege by
    IS with no defender named).

    Examples
    --------
    >>> besieged_holder("government", [], third_side=False)
    'rebels'
    >>> besieged_holder("rebels", [], third_side=True)
    'unknown'
    >>> besieged_holder("islamic_state", ["kurdish"], third_side=True)
    'kurdish'
    >>> besieged_holder("islamic_state", [], third_side=False)
    'unknown'
    """
    named = set(defenders) - {besieged_by}
    if named:
        return named.pop() if len(named) == 1 else "unknown"
    opponent = lx.SIEGE_OPPONENTS.get(besieged_by)
    return "unknown" if opponent is None or third_side else opponent


_WORLD_SIEGE_VERB_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_SIEGE_VERBS)})(?!\w)", re.IGNORECASE
)


def _world_drop_unknown_siege(out: list[ControlStatement]) -> list[ControlStatement]:
    """``out`` without the sieges said by a verb of those languages ("l'EI continue d'assiéger
    X") whose holder :func:`besieged_holder` could not read: such a siege says who attacks, not
    who holds (a siege by IS with no defender named)."""
    return [
        s
        for s in out
        if not (
            s.action == "besieged"
            and s.controller == "unknown"
            and s.rule == "clause"
            and _WORLD_SIEGE_VERB_RE.search(s.evidence) is not None
        )
    ]


def _cjk_sides(text: str, begin: int, end: int) -> list[tuple[int, int, str]]:
    """The sides named in ``text[begin:end]`` by their Chinese, Japanese or Korean names."""
    out = []
    for m in _CJK_SIDE_RE.finditer(text, begin, end):
        group = next(k for k, v in m.groupdict().items() if v is not None)
        out.append((m.start(), m.end(), group.split("_", 1)[1]))
    return out


def _besieged_holder(cap: _Caption, s: ControlStatement) -> ControlStatement:
    """A siege by a named side, its place's holder read by :func:`besieged_holder`.

    A defender is a side named as fighting ("Kurdish fighters *defend* Kobani, which is under
    siege by IS": Kurdish; not "Kurdish people") in the siege's sentence or the one before or
    after it, with a word of fighting or defence there, outside the siege's phrase, and of one
    side only. A third side is any other side named in the siege's sentence, or a Kurdish word
    there; a siege by IS whose sentence names the Kurds as the place's people or its kind
    (:data:`lexicon.KURDISH_PEOPLE_OR_PLACE`) and no other side is of a place the Kurdish forces
    hold."""
    if s.action != "besieged" or s.controller != "unknown" or s.besieged_by not in lx.SIDES:
        return s
    text = cap.text
    sentence = cap.sentence_of(s.evidence_start)
    begin = cap.sentences[max(0, sentence - 1)][0]
    s_begin, s_end = cap.sentences[sentence]
    # (the defenders may be named in the sentence after: "X is under siege by IS. Kurdish
    # fighters defend the town.")
    end = cap.sentences[min(len(cap.sentences) - 1, sentence + 1)][1]

    def outside(a: int) -> bool:
        return not (s.evidence_start <= a < s.evidence_end)

    english = [a for a in cap.actors if begin <= a.start and a.end <= end and outside(a.start)]
    world = [x for x in _world_side_spans(cap, begin, end) if outside(x[0])]
    if not text.isascii():
        world += [x for x in _cjk_sides(text, begin, end) if outside(x[0])]
    defenders: set[str] = set()
    if _SIEGE_DEFENCE_RE.search(text, begin, end) is not None:
        # (not a side fought against: "died in the siege of X, while fighting *against* IS")
        defenders |= {
            a.side
            for a in english
            if not (a.modifier or a.civilian or a.speaker)
            and a.side in lx.SIDES
            and _OPPONENT_BEFORE_RE.search(text, max(0, a.start - 30), a.start) is None
        }
    if not text.isascii() and _SIEGE_DEFENCE_WORLD_RE.search(text, begin, end) is not None:
        defenders |= {side for _, _, side in world if side in lx.SIDES}
    if s.besieged_by in defenders:
        return s  # (the besieger named as a fighter: who defends is not said)
    in_sentence = {a.side for a in english if s_begin <= a.start < s_end and a.side in lx.SIDES} | {
        side for a, _, side in world if s_begin <= a < s_end and side in lx.SIDES
    }
    opponent = lx.SIEGE_OPPONENTS.get(s.besieged_by, "")
    third = bool(in_sentence - {s.besieged_by, opponent})
    if s.besieged_by != "kurdish" and _KURDISH_STEM_RE.search(text, s_begin, s_end) is not None:
        third = True
    if s.besieged_by == "rebels" and _SIEGE_TURKISH_RE.search(text, s_begin, s_end) is not None:
        third = True  # ("Turkey-backed rebels surrounded X": one of Turkey's operations)
    holder = besieged_holder(s.besieged_by, defenders, third_side=third)
    if (
        holder == "unknown"
        and s.besieged_by == "islamic_state"
        and not defenders
        and not in_sentence - {"islamic_state", "kurdish"}
        and _KURDISH_PEOPLE_RE.search(text, s_begin, s_end) is not None
    ):
        # a siege by IS of a place its sentence calls Kurdish, or whose Kurds it names, with no
        # other side there ("Kurdish families fled Kobani, which is under siege by IS"): the
        # Kurdish forces hold it, as "the besieged Kurdish town of X" says
        holder = "kurdish"
    return s if holder == "unknown" else replace(s, controller=holder)


def _siege_imposed_rule(cap: _Caption, add: _Add) -> None:
    """A siege named with the side that lays it and its place: "the siege imposed by regime
    forces on X" (or "on the city": the one place of that kind named before it), besieged by
    that side; none after a verb that ends, breaks or fails it, nor when hedged or joint."""
    text = cap.text
    for m in _SIEGE_IMPOSED_RE.finditer(text):
        side = _side_of(m)
        sentence = cap.sentence_of(m.start())
        s_start = cap.sentences[sentence][0]
        if (
            side is None
            or _hedged(cap, m.start(), m.end())
            or _joint(text, m)
            or _SIEGE_BROKEN_BEFORE_RE.search(text[max(s_start, m.start() - 60) : m.start()])
        ):
            continue
        if m.group("ana"):
            noun = m.group("noun").lower().replace("neighborhood", "neighbourhood")
            kinds = lx.SIEGE_ANAPHOR_KINDS.get(noun, frozenset())
            before = {
                s.mention.place_id: s
                for s in cap.slots
                if s.mention.end <= m.start() and s.mention.precision in kinds
            }
            if len(before) != 1:
                continue
            places = list(before.values())
        else:
            places = cap.places_after(m.end(), sentence)
        for each in places:
            add(each, "unknown", "besieged", m.start(), max(m.end(), each.mention.end), "clause",
                besieged_by=side)  # fmt: skip


def _held_by_modifier(cap: _Caption, m: re.Match[str], side: str, add: _Add) -> None:
    """The places right after a holding modifier ``m`` ("the pro-government villages of X and
    Y", "militant-held X"), held by ``side``: none when hedged or after a capture verb (who
    held them before it)."""
    places = cap.places_after(m.end(), cap.sentence_of(m.start()))
    if not places or _hedged(cap, m.start(), m.end()) or _after_capture(cap, m.start(), places[0]):
        return
    for each in places:
        add(each, side, "held", m.start(), each.mention.end, "modifier")


def _unnamed_holder_rule(cap: _Caption, add: _Add) -> None:
    """A holder named by no side's name ("militant-held X", "X, which is also held by Takfiri
    terrorists"), read as the rebels (the caller has made sure the caption names no IS or
    Kurdish actor)."""
    text = cap.text
    for m in _UNNAMED_MODIFIER_RE.finditer(text):
        _held_by_modifier(cap, m, "rebels", add)
    for slot in cap.slots:
        if slot.mention.precision == "city":
            continue  # ("neighbourhoods of Aleppo city held by armed groups": parts of it)
        by = _UNNAMED_BY_RE.match(text, slot.mention.end)
        if by is None or cap.sentence_of(by.end() - 1) != cap.sentence_of(slot.core):
            continue
        if not _hedged(cap, slot.mention.start, by.end()):
            add(slot, "rebels", "held", slot.mention.start, by.end(), "post")


def _foreign_rule(cap: _Caption, add: _Add) -> None:
    """Holdings in the other languages of agency captions: after the place ("X, contrôlé par
    les rebelles", "X, en manos del régimen", "X'ı işgal eden YPG/PKK") or before it ("die von
    Rebellen gehaltene Stadt X", "rejim denetimindeki X"); none when hedged, or after a capture
    verb (who held it before)."""
    text = cap.text
    for slot in cap.slots:
        begin, sentence = slot.mention.start, cap.sentence_of(slot.core)
        for rx, prefix in ((_FOREIGN_POST_RE, "p_"), (_FOREIGN_AFTER_RE, "a_")):
            m = rx.match(text, slot.mention.end)
            side = _foreign_side(m, prefix) if m is not None else None
            if (
                m is not None
                and side is not None
                and cap.sentence_of(m.end() - 1) == sentence
                and not _hedged(cap, begin, m.end())
                # ("las últimas zonas de Alepo en manos de ...": parts of the city)
                and not _world_landmark(cap, slot, cap.sentences[sentence][0])
                # ("sous contrôle rebelle *jusqu'en* décembre": a holding of the past)
                and _WORLD_UNTIL_RE.match(text, m.end()) is None
            ):
                add(slot, side, "held", begin, m.end(), "post")
        m = _FOREIGN_DIVIDED_RE.match(text, slot.mention.end)
        if (
            m is not None
            and slot.mention.precision not in lx.REGION_KINDS
            and not _hedged(cap, begin, m.end())
        ):
            add(slot, "contested", "contested", begin, m.end(), "contested")
    for m in _FOREIGN_BEFORE_RE.finditer(text):
        side = _foreign_side(m, "g_") or _foreign_side(m, "h_") or _foreign_side(m, "t_")
        if _WORLD_FORMER_RE.search(text, max(0, m.start() - 20), m.start() + 1) is not None:
            continue  # ("das *bisher* von Rebellen gehaltene Viertel X": its holder before)
        if side is not None:
            _held_by_modifier(cap, m, side, add)


def _including_rule(cap: _Caption, m: re.Match[str], add: _Add) -> None:
    """The places listed after a holding of parts ("... under rebel control, including X and
    Y"): held by its side, unless a capture takes them ("seized rebel-held districts, including
    X": who held them before) or a change of hands is said ("came under army control")."""
    side = _side_of(m) if m.group("actor") is not None else _side_of(m, "h_")
    sentence = cap.sentence_of(m.start())
    places = cap.places_after(m.end(), sentence)
    if (
        side is None
        or not places
        or _joint(cap.text, m)
        or _hedged(cap, m.start(), m.end())
        or _capture_verb_before(cap, m.start()) is not None
        or _UNDER_CHANGE_BEFORE_RE.search(cap.text, max(0, m.start() - 30), m.start()) is not None
    ):
        return
    for each in places:
        add(each, side, "held", m.start(), each.mention.end, "post")


def _listed_after_plural(cap: _Caption, pos: int, sentence: int) -> list[_Slot]:
    """The places a modifier's plural place word lists after a comma: "the government-held
    villages*, Nubl and Zahraa*"; none unless at least two places are listed, joined by "and"
    (the plural names more than one)."""
    gap = _LISTED_AFTER_RE.match(cap.text, pos)
    if gap is None:
        return []
    slot = cap.slot_after(gap.end(), sentence)
    if slot is None or cap.text[gap.end() : slot.core].strip():
        return []
    places = [slot, *cap.listed_after(slot)]
    return places if len(places) > 1 else []


def _region_in(cap: _Caption, pos: int, sentence: int) -> list[_Slot]:
    """The region of a city a modifier's parts lie in: "rebel-held neighbourhoods *in eastern
    Aleppo*" (as "... *of* eastern Aleppo"); none for a town or district ("rebel-held areas in
    X" are parts of X)."""
    gap = _REGION_IN_RE.match(cap.text, pos)
    if gap is None:
        return []
    slot = cap.slot_after(gap.end(), sentence)
    if slot is None or slot.mention.precision not in lx.REGION_KINDS:
        return []
    return [slot]


# "to monitor forces loyal to Assad at the X airport", "fire at government troops inside the X
# prison": the side watched or fought at a site holds it
_WATCHED_AT_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.WATCHED_AT_VERBS)})\s+(?:the\s+)?(?P<actor>{_ACTOR})"
    r"\s+(?:(?:stationed|positioned|based|entrenched|holed\s+up|dug\s+in)\s+)?"
    r"(?:at|inside)\s+(?:the\s+)?",
    re.IGNORECASE,
)


# (the cheap keys of :data:`_WATCHED_AT_RE`)
_WATCHED_KEYS: Final = ("monitor", "watch", "observ", "target", "aim", "fir", "snip")


def _positions_at_rule(cap: _Caption, add: _Add, *, watched: bool = True) -> None:
    """A side's positions at a site: "a rebel aims toward government forces' positions at the
    X air base", "shells hit the positions of IS at the X airport", "monitors forces loyal to
    Assad at the X airport", "fire at troops inside the X prison" (``held`` by the side; only
    a landmark, and not positions a capture took: "rebels overran army positions at X")."""
    text = cap.text
    for rx in (_POSITIONS_AT_RE, _POSITIONS_OF_AT_RE, *((_WATCHED_AT_RE,) if watched else ())):
        for m in rx.finditer(text):
            side = _side_of(m)
            sentence = cap.sentence_of(m.start())
            slot = cap.slot_after(m.end(), sentence)
            if (
                slot is None
                or side is None
                or slot.mention.precision != "landmark"
                or _joint(text, m)
                or _HEDGE_RE.search(text, m.start(), m.end()) is not None
                or _FORMER_BEFORE_POSITIONS_RE.search(text, max(0, m.start() - 30), m.start())
                or _capture_verb_before(cap, m.start()) is not None
            ):
                continue
            add(slot, side, "held", m.start(), slot.mention.end, "post")


# "IS militants are now (effectively) surrounded (in X) by ...": a side as the subject of a
# passive siege (not a degree short of it: "almost", "nearly", "partly")
_SURROUNDED_SIDE_RE: Final = re.compile(
    rf"(?P<actor>{_ACTOR})\s+(?:{lx.alternation(lx.SURROUNDED_BE)})\s+"
    r"(?:(?:now|still|effectively|completely|fully|entirely|all\s+but)\s+)*"
    r"(?:surrounded|encircled|besieged|trapped)\b",
    re.IGNORECASE,
)
_SURROUNDED_IN_RE: Final = re.compile(r"\s+(?:in|inside)\s+(?:the\s+)?", re.IGNORECASE)
_SURROUNDED_BY_RE: Final = re.compile(r"\s+by\s", re.IGNORECASE)


def _surrounded_side_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A side surrounded, as the subject of a passive siege: "IS militants are now surrounded in
    X by government forces" (``besieged``, held by the side surrounded; ``besieged_by`` the one
    side named after "by"); with no place after it and none in its sentence, the one town,
    village or district the sentence before names ("Smoke rises from the town of X. IS militants
    are now effectively surrounded by government forces from the south and rebels from the
    north")."""
    text = cap.text
    for m in _SURROUNDED_SIDE_RE.finditer(text):
        side = _side_of(m)
        if side is None or _hedged(cap, m.start(), m.end()):
            continue
        sentence = cap.sentence_of(m.start())
        s_start, s_end = cap.sentences[sentence]
        pos = m.end()
        by = _SURROUNDED_BY_RE.match(text, pos)
        slot: _Slot | None = None
        inside = _SURROUNDED_IN_RE.match(text, pos)
        if inside is not None:
            slot = cap.slot_after(inside.end(), sentence)
            if slot is not None and slot.mention.start != inside.end():
                slot = None
        if (
            slot is None
            and sentence > 0
            and not any(s_start <= s.mention.start < s_end for s in cap.slots)
        ):
            p_start, p_end = cap.sentences[sentence - 1]
            before = {
                s.mention.place_id: s
                for s in cap.slots
                if p_start <= s.mention.start < p_end and s.mention.precision in _SURROUNDED_KINDS
            }
            slot = next(iter(before.values())) if len(before) == 1 else None
        if slot is None or slot.mention.place_id in covered or slot.mention.precision == "city":
            continue
        besiegers = {
            a.side
            for a in cap.actors_in(sentence)
            if by is not None and a.start >= by.end() and a.side in lx.SIDES and a.side != side
        }
        add(
            slot,
            side,
            "besieged",
            m.start(),
            max(m.end(), slot.mention.end) if slot.mention.start > m.start() else m.end(),
            "clause",
            besieged_by=besiegers.pop() if len(besiegers) == 1 else "",
        )


_SURROUNDED_KINDS: Final = frozenset({"town", "village", "neighbourhood", "district"})


def _siege_end_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A siege ended, told by a noun or a gerund: "crowds celebrate the army's breaking of the
    siege imposed on X and Y", "in celebration of breaking the siege over X" (``held`` by the
    side that ended it: the noun's owner, or the one side its sentence names besides any named
    inside the phrase; only as a past event, after "after", "celebrate" ...)."""
    text = cap.text
    for m in _SIEGE_END_RE.finditer(text):
        start = m.start("owner") if m.group("owner") is not None else m.start()
        if _NOMINAL_CUE_RE.search(text, max(0, start - 60), start) is None:
            continue
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        end = places[-1].mention.end if places else m.end()
        if not places:
            # "in celebration of breaking the siege over the two towns": those named before
            places, end = _plural_antecedents(cap, m.end())
        if not places or any(p.mention.place_id in covered for p in places):
            continue
        by = _BY_TO_RE.match(text, end)
        if m.group("owner") is not None:
            side = _side_of_group(m, "o_")
        elif by is not None and by.group("prep").lower() == "by":
            # "the breaking of the siege of X by the army"
            side, end = (None if _joint(text, by) else _side_of(by)), by.end()
        else:
            side = _single_side(
                a for a in cap.actors_in(sentence) if not (m.start() <= a.start < m.end())
            )
        if side is None or _hedged(cap, start, end):
            continue
        for each in places:
            add(each, side, "held", start, end, "clause")


def _aim_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """An aim to take a place from a side: "rebels advance in a bid to retake it from IS", "an
    offensive to recapture X from the rebels" (``held`` by the side it would be taken from; not
    a done aim, "after an offensive to retake X", nor a place another phrase speaks of)."""
    text = cap.text
    for m in _AIM_KEY_RE.finditer(text):
        aim = _AIM_RE.match(text, m.start())
        if aim is None:
            continue
        sentence = cap.sentence_of(m.start())
        obj = _object_slot(cap, aim.end(), sentence, it_allowed=True)
        if obj is None:
            continue
        slot, end = obj
        frm = _FROM_RE.match(text, end)
        if (
            frm is None
            or slot.mention.place_id in covered
            or _AIM_WHOLE_RE.match(text, aim.end()) is not None
        ):
            continue
        side = _side_of_group(frm, "f_")
        s_start = cap.sentences[sentence][0]
        if (
            side is None
            or _joint(text, frm)
            or _hedged(cap, m.start(), m.start())
            or _AIM_DONE_BEFORE_RE.search(text, max(s_start, m.start() - 40), m.start())
        ):
            continue
        add(slot, side, "held", m.start(), frm.end(), "aim")


def _part_of(cap: _Caption, pos: int, sentence: int) -> _Slot | None:
    """The place a modifier's part lies in: "a rebel-held *area of Aleppo*", "the IS-held
    *neighbourhoods in Manbij*" (see :data:`~aleppomap.control.lexicon.PART_OF_NOUNS`); none
    for a place of another kind, or when words other than the part's stand between.

    A neighbourhood has a part only by a noun that cuts it (see
    :data:`~aleppomap.control.lexicon.PART_OF_NEIGHBOURHOOD_NOUNS`: "a government-held *part of*
    the X neighbourhood", also after its city's possessive, "*part of Aleppo's* X
    neighbourhood"), not by "area of", which names it whole.
    """
    gap = _PART_OF_RE.match(cap.text, pos)
    if gap is None:
        return None
    if (ana := _PART_OF_ANAPHOR_RE.match(cap.text, gap.end())) is not None:
        # "... near Aleppo, the road into opposition-held territory *in the city*": the city or
        # town named before
        target = _antecedent(cap, gap.end(), ana.group("noun"))
        if target is None or target.mention.precision not in lx.PART_OF_KINDS:
            return None
        return target
    i = bisect.bisect_left(cap.slot_cores, gap.end())
    if i >= len(cap.slots):
        return None
    slot = cap.slots[i]
    cut = _PART_CUT_RE.fullmatch(gap.group("noun")) is not None
    if slot.core != gap.end() and not (
        # "part of Aleppo's X neighbourhood": a part of X (its city's name, not a place of the
        # caption's, only says where X is)
        cut
        and slot.mention.precision in lx.PART_OF_NEIGHBOURHOOD_KINDS
        and _CITY_POSSESSIVE_RE.fullmatch(cap.text, gap.end(), slot.core) is not None
    ):
        return None
    kinds = lx.PART_OF_KINDS | (lx.PART_OF_NEIGHBOURHOOD_KINDS if cut else frozenset())
    if (
        cap.sentence_of(slot.core) != sentence
        or slot.mention.precision not in kinds
        or _POSSESSIVE_RE.match(cap.text, slot.mention.end) is not None
        or _FACILITY_AFTER_RE.match(cap.text, slot.mention.end) is not None
    ):
        return None
    return slot


def _part_rules(cap: _Caption, add: _Add) -> None:
    """A part of a place held by a side, said after the part: "an area controlled by forces
    loyal to the president, in Aleppo", "Manbij's western districts are held by IS" (extent
    ``part``: the side holds part of the place; the part is not named by the gazetteer)."""
    text = cap.text
    for m in _PART_HELD_BY_RE.finditer(text):
        side = _side_of(m, "p_")
        sentence = cap.sentence_of(m.start())
        if (
            side is None
            or _joint(text, m)
            or _hedged_around(cap, m.start(), m.end())
            or _HEDGE_RE.search(text, m.start("actor") - 4, m.end()) is not None
        ):
            continue
        if any(0 <= m.start() - s.mention.end <= 1 for s in cap.slots):
            continue  # "the X district held by ...": the part is a place of its own
        tail = _PART_HELD_TAIL_RE.match(text, m.end("actor"))
        slot = cap.slot_after(tail.end(), sentence) if tail is not None else None
        if slot is None or slot.mention.precision not in lx.PART_OF_KINDS:
            continue
        if slot.mention.precision in _HELD_BY_IN_KINDS and _HELD_BY_IN_RE.match(text, m.start()):
            continue  # "areas held by IS in X", a town: its front, a holding of X (see below)
        add(slot, side, "held", m.start(), slot.mention.end, "part", extent="part")
    for slot in cap.slots:
        if slot.mention.precision not in lx.PART_OF_KINDS:
            continue
        after = _PART_AFTER_HELD_RE.match(text, slot.mention.end)
        before = _PART_NOUN_BEFORE_RE.search(text, max(0, slot.core - 60), slot.core)
        if after is not None and before is not None and before.group("noun").lower() != "area":
            # "parts of al-Bab controlled by IS" (not "the area of X", which names X itself)
            side = _side_of(after, "p_")
            if not (
                side is None
                or _joint(text, after)
                # (not _hedged: its degree, "parts of", is this phrase's own part)
                or _hedged_around(cap, before.start(), after.end())
                or _HEDGE_RE.search(text, slot.mention.end, after.end()) is not None
                or _capture_verb_before(cap, before.start()) is not None
            ):
                add(slot, side, "held", before.start(), after.end(), "part", extent="part")
        poss = _PART_POSSESSIVE_RE.match(text, slot.mention.end)
        if poss is None:
            continue
        side = _side_of(poss, "p_")
        if (
            side is None
            or _joint(text, poss)
            or _hedged_around(cap, slot.mention.start, poss.end())
            or _HEDGE_RE.search(text, poss.start("actor") - 4, poss.end()) is not None
        ):
            continue
        add(slot, side, "held", slot.mention.start, poss.end(), "part", extent="part")


def _repeated_mentions(text: str, mentions: Sequence[ControlMention]) -> list[ControlMention]:
    """The place names the caption says again, as written at their first mention.

    The events table keeps one row per place of a caption, at its first mention; a statement
    may be made of a later one ("after taking checkpoints on the *Khanasir*-Ithriya road, IS
    took full control of *Khanasir* town"). A repeat is the same words, as a whole word, outside
    every other mention.
    """
    spans = [(m.start, m.end) for m in mentions]
    out: list[ControlMention] = []
    for m in mentions:
        name = text[m.start : m.end]
        if _CJK_NAME_RE.match(name) is not None:
            out += _repeated_cjk(text, m, name, spans)
            continue
        # (a name in a script without capitals, Arabic, Persian, Urdu, Hebrew, Devanagari or
        # Bengali: any repeat of three letters or more, as a whole word: "سوريا، حلب: صور من
        # الأحياء الخاضعة لسيطرة النظام وسط مدينة حلب")
        uncased = len(name) >= 3 and _UNCASED_NAME_RE.match(name) is not None
        if not uncased and (len(name) < 4 or not name[:1].isupper()):
            continue
        # a dateline writes its place in capitals ("AFRIN, SYRIA: ... took control of Afrin"):
        # its repeats are read whatever their case
        haystack, needle = (text.lower(), name.lower()) if name.isupper() else (text, name)
        at = haystack.find(needle)
        while at >= 0:
            stop = at + len(name)
            if (
                (at == 0 or not text[at - 1].isalnum())
                and (stop == len(text) or not text[stop].isalnum())
                and not any(b < stop and at < e for b, e in spans)
            ):
                out.append(replace(m, start=at, end=stop))
                spans.append((at, stop))
            at = haystack.find(needle, stop)
    return out


# a name written in a script without capitals (Arabic, Persian, Urdu, Hebrew, Devanagari,
# Bengali)
_UNCASED_NAME_RE: Final = re.compile(r"[\u0590-\u06ff\u0900-\u09ff]")
# a name written in hangul, kana or Chinese characters (which have no capitals, and no spaces
# around a name in Chinese and Japanese)
_CJK_NAME_RE: Final = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def _repeated_cjk(
    text: str, m: ControlMention, name: str, spans: list[tuple[int, int]]
) -> list[ControlMention]:
    """The repeats of a name written in hangul, kana or Chinese characters: in Korean as a
    word's start (a particle after it, "아프린시는": the particle of the first mention left
    off), in Chinese and Japanese anywhere outside every other mention; ``spans`` gains
    them."""
    hangul = _KO_RE.match(name) is not None
    if hangul and len(name) > 2 and (name[-1] in _SOV_PARTICLES or name[-1] == "의"):
        name = name[:-1]
    names = [name] if len(name) >= 2 else []
    # a landmark named with the city's name, said again by its noun alone ("阿勒颇城堡 ...
    # 城堡": the citadel); not a side's word ("东部"), which any place has
    city = next((c for c in CJK_CITY if name.startswith(c)), None)
    if city is not None:
        noun = name[len(city) :].strip()
        if len(noun) >= 2 and noun[-1] not in "部부쪽区區市시" and m.place_id != "aleppo":
            names.append(noun)
    out: list[ControlMention] = []
    for each in names:
        at = text.find(each)
        while at >= 0:
            stop = at + len(each)
            if not (hangul and at > 0 and _KO_RE.match(text, at - 1) is not None) and not any(
                b < stop and at < e for b, e in spans
            ):
                out.append(replace(m, start=at, end=stop, matched=each))
                spans.append((at, stop))
            at = text.find(each, stop)
    return out


def _drop_entries_held(out: list[ControlStatement]) -> list[ControlStatement]:
    """The statements of an entry ("rebels entered X") into a place its phrase says another
    side holds, one of the two left out.

    "Rebels entered the Islamic State-held town of X", "troops entered X, the last stronghold of
    IS": an entry is no capture, and the holding the phrase names (after the entry's subject, at
    most a few words past its object) is the statement. A holding of the past ("entered X,
    *long* an IS stronghold") was ended by the entry: the entry is the statement.
    """
    entries = [
        s
        for s in out
        if s.rule == "clause" and s.action == "captured" and _ENTERED_RE.search(s.evidence)
    ]
    drop: set[int] = set()
    for entry in entries:
        for h in out:
            if (
                h.action == "held"
                and h.rule in ("modifier", "post")
                and h.place_id == entry.place_id
                and h.controller != entry.controller
                and entry.evidence_start < h.evidence_start <= entry.evidence_end + 8
            ):
                past = _PAST_HOLDING_RE.search(h.evidence) is not None
                drop.add(id(h) if past else id(entry))
    return [s for s in out if id(s) not in drop] if drop else out


# ", seized by IS in 2014," before the verb of its place's sentence: a participle set off, with
# its agent, after the place
_SET_OFF_PARTICIPLE_RE: Final = re.compile(
    rf",\s*(?:{'|'.join(lx.PASSIVE_VERBS)})\s+by\s+[^,;:()\"“”]{{1,60}}?"
    rf"(?=,\s*(?:(?:has|had|have)\s+(?:since\s+)?been|was|were|is)\s)",
    re.IGNORECASE,
)


def _drop_held_before_capture(
    out: list[ControlStatement], taken: dict[tuple[str, int], str]
) -> list[ControlStatement]:
    """Without the holding that an apposition of a place a capture noun took states ("the
    liberation of X, the last IS-held town"; "X, held by IS since 2014, was captured by the
    SDF"): the holder before the capture, as after a capture verb."""
    return [
        s
        for s in out
        if not (
            s.action == "held"
            and s.rule == "post"
            and taken.get((s.place_id, s.evidence_start), s.controller) != s.controller
        )
    ]


def _drop_held_in_captures(
    out: list[ControlStatement],
    rule: str,
    within: Callable[[ControlStatement, ControlStatement], bool],
) -> list[ControlStatement]:
    """``out`` without the holdings of rule ``rule`` that lie ``within`` (holding, capture)
    the evidence of a capture of the same place by another side: what the place was before
    it changed hands."""
    captures = [s for s in out if s.action == "captured"]
    if not captures:
        return out
    return [
        s
        for s in out
        if not (
            s.action == "held"
            and s.rule == rule
            and any(
                c.place_id == s.place_id and c.controller != s.controller and within(s, c)
                for c in captures
            )
        )
    ]


def _drop_held_inside_capture(out: list[ControlStatement]) -> list[ControlStatement]:
    """Without a holding said inside the phrase of a capture of the same place by another side
    ("X, *the last Kurdish stronghold in Aleppo*, was taken by government forces"; "X, *an IS
    bastion*, was recaptured by the SDF"): the holder before the capture, as
    :func:`_drop_held_before_capture` says of a participle set off there."""
    return _drop_held_in_captures(
        out,
        "post",
        lambda s, c: c.evidence_start == s.evidence_start and s.evidence_end < c.evidence_end,
    )


# "However, the SDF denied these claims.": a sentence that takes back the one before it
_DENIED_AFTER_RE: Final = re.compile(
    rf"\s*(?:(?:but|however|yet)\s*,?\s+)?[^.;:!?]{{0,80}}?\b(?:{lx.alternation(lx.DENIALS)})\s+"
    r"(?:(?:these|those|the|such|that|this|any)\s+(?:claims?|reports?|accounts?|allegations?"
    r"|statements?|announcements?)|this|that|it)(?=\s*(?:[.,;:!?]|$))",
    re.IGNORECASE,
)


def _drop_denied_after(cap: _Caption, out: list[ControlStatement]) -> list[ControlStatement]:
    """Without the statements of a sentence the next one denies ("X was taken by Y. However,
    Z denied these claims.")."""
    denied = {
        i
        for i in range(len(cap.sentences) - 1)
        if _DENIED_AFTER_RE.match(cap.text, cap.sentences[i + 1][0]) is not None
    }
    if not denied:
        return out
    return [s for s in out if cap.sentence_of(s.evidence_start) not in denied]


class _Add(Protocol):
    def __call__(
        self,
        slot: _Slot,
        controller: str,
        action: str,
        start: int,
        end: int,
        rule: str,
        *,
        from_controller: str = ...,
        besieged_by: str = ...,
        stated: str = ...,
        extent: str = ...,
    ) -> None: ...


def _rerouted(add: _Add, route: Callable[[_Slot, int], list[tuple[_Slot, int]]]) -> _Add:
    """``add`` for the places (and starts) ``route`` gives for a slot and start: the places of
    an enumeration a statement is made of, or the head of an apposition a clause belongs to."""

    def rerouted(
        slot: _Slot,
        controller: str,
        action: str,
        start: int,
        end: int,
        rule: str,
        *,
        from_controller: str = "",
        besieged_by: str = "",
        stated: str = "",
        extent: str = "whole",
    ) -> None:
        for each, at in route(slot, start):
            add(
                each,
                controller,
                action,
                at,
                end,
                rule,
                from_controller=from_controller,
                besieged_by=besieged_by,
                stated=stated,
                extent=extent,
            )

    return rerouted


def _post_rules(
    cap: _Caption,
    slot: _Slot,
    add: _Add,
    gallery_date: str,
    extra: tuple[bool, ...] = (True,) * 8,
) -> None:
    """The rules that read right of a mention: "X, held by rebels", "X fell to ...".

    ``extra`` says whether to try "out of ... control" and "in ... hands", "under ... control",
    "lost to", "X was an IS stronghold", "X, which troops retook", and "X was the first ...".
    """
    out_of, under, lost_to, predicate, relative, first, plural, siege = extra
    text = cap.text
    pos = slot.mention.end
    if plural and (unnamed := _UNNAMED_MEMBER_RE.match(text, pos)) is not None:
        # "Dabiq and Soran were cleared": a last member the gazetteer lacks still makes the
        # enumeration the subject, and what is said of it holds for X
        pos = unnamed.end()
    begin = slot.mention.start
    sentence = cap.sentence_of(slot.core)
    # after a preposition ("rebels *in* Sukkari are under ..."), the place is no subject: a
    # phrase right after it speaks of it only when set off ("in Sukkari, which is under ...")
    in_phrase = _PREPOSITION_BEFORE_RE.search(text, max(0, begin - 30), begin) is not None
    if in_phrase and (named := _NAMING_OF_RE.search(text, max(0, begin - 30), begin)):
        # "the district of X fell to ...": the apposition names X itself, the subject
        kinds = lx.SINGULAR_KINDS.get(named.group("noun").lower(), frozenset())
        in_phrase = slot.mention.precision not in kinds

    before = (
        cap.listed_before(slot) if plural and _PLURAL_AFTER_RE.match(text, pos) is not None else []
    )
    if before:
        # "X and Y are still in loyalist hands": the enumeration is the subject, and what is
        # said of it holds for each of its places
        last, list_start = slot, before[0].mention.start

        def each_listed(s: _Slot, start: int) -> list[tuple[_Slot, int]]:
            return [(s, start)] + ([(e, list_start) for e in before] if s is last else [])

        add = _rerouted(add, each_listed)

    if (head := _bearing_head(cap, slot)) is not None and _RELATIVE_AFTER_RE.match(
        text, pos
    ) is not None:
        # "X, a town south of Y that is still held by IS": the relative clause is the
        # apposition's, whose head is X
        bearer = head

        def the_head(_s: _Slot, _start: int) -> list[tuple[_Slot, int]]:
            return [(bearer, bearer.mention.start)]

        add = _rerouted(add, the_head)

    def attached(m: re.Match[str] | None) -> re.Match[str] | None:
        if m is not None and in_phrase and _SET_OFF_RE.search(m.group(0)) is None:
            return None
        return m

    m = attached(_POST_PASSIVE_RE.match(text, pos))
    # a reduced relative set off by a comma ("X, held by rebels") is stated apart from its
    # place's clause: a degree there ("control 75% of X, held by ...") does not reach it
    comma = m.group(0).find(",") if m is not None else -1
    hedge_from = pos + comma + 1 if comma >= 0 and not text[pos : pos + comma].strip() else begin
    if (
        m is not None
        and cap.sentence_of(m.end() - 1) == sentence
        and not _hedged(cap, hedge_from, m.end())
    ):
        verb = m.group("verb").lower()
        mods = m.group("mods").lower()
        side = _side_of(m) if m.group("actor") else None
        # a reduced relative ("X held by rebels") needs its agent, or the side it was taken
        # from ("X, recaptured from IS"); else "was/is/been"
        taking = verb not in (*lx.HOLDING_PARTICIPLES, *_SIEGE_PARTICIPLES)
        # after the verb, a day before the side it was taken from ("captured *this month* from
        # IS by the SDF")
        when = _WHEN_GAP_RE.match(text, m.end()) if taking and m.group("actor") is None else None
        after_verb = when.end() if when is not None else m.end()
        # the side it was taken from: "from IS", or "of IS" after "cleared" ("X was cleared of
        # rebels by the army")
        # ("freed of IS" and "freed from IS" alike)
        from_re = _OF_ACTOR_RE if verb in ("cleared", "freed") else _FROM_RE
        if verb == "freed" and _FROM_RE.match(text, after_verb) is not None:
            from_re = _FROM_RE
        passive = (
            m.group("actor") is not None
            or _BE_RE.search(mods)
            or (taking and from_re.match(text, after_verb) is not None)
            # "we announce X *completely liberated*": the degree makes the participle a done
            # capture
            or (taking and _COMPLETE_RE.search(mods) is not None)
            # "the SDF declared X liberated": a capture the side declares done
            or (
                taking
                and verb in lx.DECLARED_PARTICIPLES
                and _DECLARED_BEFORE_RE.search(text, max(0, begin - 40), begin) is not None
            )
            # "X, captured in Operation Olive Branch": the operation's side took it
            or (taking and _operation_frame(cap, after_verb, sentence) is not None)
        )
        # ("X, held by rebels *until* December": a holding that ended)
        former = _FORMERLY_RE.search(mods) or _HELD_UNTIL_RE.match(text, m.end())
        if not passive:
            pass
        elif verb in _SIEGE_PARTICIPLES:
            if m.group("actor") is None or side is not None:
                add(slot, "unknown", "besieged", begin, m.end(), "post", besieged_by=side or "")
        elif verb in lx.HOLDING_PARTICIPLES:
            if side is not None and _joint_other(text, m):
                pass  # "held by Kurdish-led forces and the Syrian army": two sides, none
            elif side is not None and _after_capture(cap, begin, slot):
                pass  # "took X, which had been held by rebels": the holder before the capture
            elif side is not None and former:
                after = _other_side(cap.actors_in(sentence), side)
                add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
            elif side is not None:
                add(slot, side, "held", begin, m.end(), "post")
        else:
            loser = ""
            end = m.end()
            if m.group("actor"):
                agent: str | None = side
            else:
                frm = from_re.match(text, after_verb)
                by = _BY_AFTER_FROM_RE.match(text, frm.end()) if frm is not None else None
                if frm is not None and cap.sentence_of(frm.start()) == sentence:
                    # "X was liberated from IS": the side named is the one that lost it; the
                    # agent, when named after it ("from IS by the SDF"), took it
                    loser = _side_of_group(frm, "f_") or ""
                    if by is not None and not _joint(text, by):
                        agent = _side_of_group(by, "y_")
                        end = by.end()
                    else:
                        agent = _other_side(cap.actors_in(sentence), loser) if loser else None
                        end = frm.end()
                elif _in_quote(cap, begin) and (said := _speaker_side(cap, begin)) is not None:
                    # "'X has been completely liberated,' a rebel commander said"
                    agent = said
                elif (frame := _operation_frame(cap, after_verb, sentence)) is not None:
                    # "X, captured during Operation Olive Branch": the operation's side
                    agent, end = lx.OPERATION_SIDE, frame
                else:
                    agent = _passive_agent(cap, sentence)
            if agent == "unknown" and loser:
                # "X was liberated from IS", no other side named: IS lost it
                stated, end = _stated_date(cap, begin, end, gallery_date)
                add(
                    slot,
                    "unknown",
                    "lost",
                    begin,
                    end,
                    "post",
                    from_controller=loser,
                    stated=stated,
                )
            elif agent is not None and agent != "unknown":
                stated, end = _stated_date(cap, begin, end, gallery_date)
                add(
                    slot, agent, "captured", begin, end, "post", from_controller=loser,
                    stated=stated,
                )  # fmt: skip
    m = attached(_POST_FELL_RE.match(text, pos))
    if m is not None and not _hedged(cap, begin, m.end()):
        side = _side_of(m)
        if side is not None:
            stated, end = _stated_date(cap, begin, m.end(), gallery_date)
            add(slot, side, "captured", begin, end, "post", stated=stated)
    for rx in (_POST_APPOSITION_RE, _POST_CONTAINED_RE):
        m = rx.match(text, pos)
        if m is None:
            continue
        side = _side_of(m)
        # (the holder before a capture: "captured X in the Kurdish-held enclave of Y"; a town
        # named only as the reference of a countryside lies in no part the phrase names: "in
        # the countryside of X in the rebel-held part of Aleppo province" is of the village)
        if (
            side is None
            or _after_capture(cap, begin, slot)
            or (
                rx is _POST_CONTAINED_RE
                and _PROVINCE_PART_RE.match(text, m.end()) is not None
                and _COUNTRYSIDE_OF_RE.search(text, max(0, begin - 60), begin) is not None
            )
        ):
            continue
        qualifier = m.group("former") or ""
        if qualifier.strip().lower() == "former" or _HELD_UNTIL_RE.match(text, m.end()):
            after = _other_side(cap.actors_in(sentence), side)
            add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
        else:
            add(slot, side, "held", begin, m.end(), "post")
    m = _POST_PREDICATE_RE.match(text, pos) if predicate else None
    # a predicate set off by a comma (", which is the main IS base") is stated apart from its
    # place's clause: a hedge there ("rebels aim to take X") does not reach it
    set_off = m.group(0).rfind(",") if m is not None else -1
    if (
        m is not None
        and not _hedged(cap, m.start() + set_off if set_off >= 0 else begin, m.end())
        # (the holder before a capture; but a capture only aimed at takes no holding back)
        and not (_after_capture(cap, begin, slot) and not _hedged(cap, begin, begin))
        and not _inside_apposition(cap, slot)
    ):
        side = _side_of(m) or _side_of(m, "h_") or _side_of(m, "a_")
        if side is not None and not (m.group("actor") and _joint(text, m)):
            # a verb of the past ("X *was* an IS stronghold") dates it `past`, no day, as the
            # holding predicates of :func:`_holding_post_rules` do; an end puts it in the past
            # as a loss ("X, a rebel stronghold *until* December", "X was an IS stronghold
            # until August", as "X was held by IS until August"), as "former" does
            verb = " ".join((m.group("pverb") or "").lower().split())
            past = verb in lx.PAST_PREDICATE_VERBS
            # ("X, IS's *former* stronghold": the qualifier after the side's name too)
            if (
                m.group("former")
                or _FORMER_WORD_RE.search(text, m.start(), m.end())
                or _HELD_UNTIL_RE.match(text, m.end())
            ):
                after = _other_side(cap.actors_in(sentence), side)
                add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
            else:
                add(slot, side, "held", begin, m.end(), "post", stated=_PAST if past else "")
    m = _POST_RELATIVE_RE.match(text, pos) if relative else None
    if (
        m is not None
        and m.group("appos") is not None
        and any(m.start("appos") <= s.mention.start < m.end("appos") for s in cap.slots)
    ):
        m = None  # (a place named in the apposition could be the relative's: none then)
    if m is not None and not _hedged(cap, begin, m.end()) and not _joint(text, m):
        side = _side_of(m) if m.group("it") is None else _antecedent_side(cap, sentence, begin)
        # "X, which rebels *once* held", "X, which rebels held *until* the army retook it": a
        # holding of the past, which the side lost (a capture said so is read as a capture by
        # the tolerant relative, as "X, which IS had overrun in 2014" is)
        ended = m.group("once") is not None or _HELD_UNTIL_RE.match(text, m.end()) is not None
        if side is not None and m.group("hold") is not None and ended:
            after = _other_side(cap.actors_in(sentence), side)
            add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
        elif side is not None and m.group("once") is None:
            if m.group("hold") is not None:
                add(slot, side, "held", begin, m.end(), "post")
            else:
                stated, end = _stated_date(cap, begin, m.end(), gallery_date)
                add(slot, side, "captured", begin, end, "post", stated=stated)
    m = _POST_FIRST_RE.match(text, pos) if first else None
    if m is not None and not _hedged(cap, begin, m.end()):
        side = _side_of(m) or _side_of(m, "b_") or _side_of(m, "c_")
        if side is not None:
            # a past event: without its own day it has none (not the caption's)
            stated, end = _stated_date(cap, begin, m.end(), gallery_date)
            add(slot, side, "captured", begin, end, "post", stated=stated or _PAST)
    m = _POST_CONTESTED_RE.match(text, pos)
    # ("eastern Aleppo, which has been divided between regime and opposition": a region of a
    # divided city is one side's part of it; the division is the city's)
    divided = m is not None and (
        any(m.group(f"v_{side}") for side, _ in lx.SIDE_NAMES) or m.group("v_rival") is not None
    )
    if (
        m is not None
        # (the parts a division names are no degree: "divided into two *parts*")
        and not _hedged(cap, begin, m.start("division") if divided else m.end())
        and not (divided and slot.mention.precision in lx.REGION_KINDS)
    ):
        add(slot, "contested", "contested", begin, m.end(), "contested")
    m = attached(_POST_OUT_OF_RE.match(text, pos) if out_of else None)
    if m is not None and not _hedged(cap, begin, m.end()) and not _joint(text, m):
        side = _side_of(m)
        if side is not None:
            after = _other_side(cap.actors_in(sentence), side)
            stated, end = _stated_date(cap, begin, m.end(), gallery_date)
            add(slot, after, "lost", begin, end, "post", from_controller=side, stated=stated)
    m = attached(_POST_UNDER_RE.match(text, pos) if under else None)
    if m is not None and not _hedged(cap, begin, m.end()) and not _joint(text, m):
        side = _side_of(m)
        if side is not None:
            if _UNDER_CHANGE_RE.search(m.group("mods")):
                stated, end = _stated_date(cap, begin, m.end(), gallery_date)
                add(slot, side, "captured", begin, end, "post", stated=stated)
            elif _holding_ended(text, m):
                after = _other_side(cap.actors_in(sentence), side)
                add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
            else:
                add(slot, side, "held", begin, m.end(), "post")
    m = _POST_UNDER_FULL_RE.match(text, pos) if under else None
    if m is not None and not _hedged(cap, begin, m.end()):
        # the speaker's side: a spokesman's or commander's too ("the SDF's commander said X
        # 'is under full control'")
        sides = {
            a.side for a in cap.actors_in(sentence, begin) if not a.modifier and a.side in lx.SIDES
        }
        if len(sides) == 1:
            add(slot, sides.pop(), "held", begin, m.end(), "post")
    m = attached(_POST_UNDER_SIEGE_RE.match(text, pos) if under and siege else None)
    if m is not None and not (
        # (a relative states the siege apart from its place's clause: "trying to flee X, which
        # is under siege by ...", a hedge of the fleeing only; its own hedges still count)
        _HEDGE_RE.search(text, pos, m.end()) is not None
        if _RELATIVE_SET_OFF_RE.match(text, pos)
        else _hedged(cap, begin, m.end())
    ):
        side = _side_of(m) if m.group("actor") else _side_of(m, "u_")
        if side is not None or m.group("unnamed"):
            add(slot, "unknown", "besieged", begin, m.end(), "post", besieged_by=side or "")
    m = attached(_POST_IN_HANDS_RE.match(text, pos) if out_of else None)
    if m is not None and not _hedged(cap, begin, m.end()) and not _joint(text, m):
        side = _side_of(m)
        if side is not None and _holding_ended(text, m):
            after = _other_side(cap.actors_in(sentence), side)
            add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
        elif side is not None:
            add(slot, side, "held", begin, m.end(), "post")
    m = attached(_POST_LOST_RE.match(text, pos) if lost_to else None)
    if m is not None and not _hedged(cap, begin, m.end()) and not _joint(text, m):
        side = _side_of(m)
        if side is not None:
            stated, end = _stated_date(cap, begin, m.end(), gallery_date)
            add(slot, side, "captured", begin, end, "post", stated=stated)
    _holding_post_rules(cap, slot, add, pos, attached)


# ---- an operation named as the frame of an agentless capture

_OPERATION_FRAME_RE: Final = re.compile(
    lx.OPERATION_FRAME,
    re.IGNORECASE,
)


def _operation_frame(cap: _Caption, pos: int, sentence: int) -> int | None:
    """The end of an operation named right after an agentless capture at ``pos`` ("X, captured
    *in Operation Olive Branch*", "X was taken *as part of Turkey's Peace Spring offensive*"),
    in ``sentence``; ``None`` when none is."""
    frame = _OPERATION_FRAME_RE.match(cap.text, pos)
    if frame is None or cap.sentence_of(frame.end() - 1) != sentence:
        return None
    return frame.end()


# a side named as the one fought ("after clashes *with* rebels"; not "by", the agent's word)
# (the side's leader named before it, its "al-" article apart: "from *President Bashar al-*Assad's
# troops", "against *al-*Assad's army")
_FOUGHT_BEFORE_RE: Final = re.compile(
    r"\b(?:with|against|from|versus|vs\.?|between|among)\s+(?:the\s+)?"
    r"(?:(?:President|Bashar)\s+)*(?:[\w-]+['’]s?\s+)?(?:(?:President|Bashar)\s+)*(?:al-)?$",
    re.IGNORECASE,
)


def _passive_agent(cap: _Caption, sentence: int) -> str | None:
    """The side that took a place an agentless passive of ``sentence`` speaks of ("X was
    retaken on Friday, the army said"): the one side named in the sentence, not as the object
    of a preposition ("after fighting *with rebels*": the side fought, which lost it); with no
    such side, the subject that opens the sentence before ("Troops pressed on. X was retaken
    on Friday."), unless it is the side fought. ``None`` when no side is named."""
    text = cap.text
    actors = [a for a in cap.actors_in(sentence) if not a.modifier and not a.civilian]
    fought = {
        a.side
        for a in actors
        if _FOUGHT_BEFORE_RE.search(text, max(0, a.start - 40), a.start) is not None
    }
    named = [a for a in actors if a.side not in fought]
    if named:
        return _single_side(named)
    if sentence == 0:
        return None
    side = _antecedent_side(cap, sentence, cap.sentences[sentence][0])
    return None if side in fought else side


_APPOSITION_OPEN_RE: Final = re.compile(r",\s*(?:the|an?|[\w-]+['’]s)\s[^,;:()]*$", re.IGNORECASE)


# "X*, a town south of* Y": a bearing or distance from Y in an apposition of X
_BEARING_APPOS_RE: Final = re.compile(
    rf",\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{lx.alternation(lx.PLACE_NOUNS)}\s+"
    r"(?:(?:just|about|some|around|\d[\d.,]*\s*(?:km|kilomet\w*|miles?))\s+)?"
    r"(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_AFTER_RE: Final = re.compile(r"\s*,?\s*(?:that|which)\b", re.IGNORECASE)


def _bearing_head(cap: _Caption, slot: _Slot) -> _Slot | None:
    """The place X when ``slot`` is Y in "X, a town south of Y" (in one sentence); else none."""
    begin = slot.mention.start
    m = _BEARING_APPOS_RE.search(cap.text, max(0, begin - 80), begin)
    if m is None:
        return None
    for head in cap.slots:
        if head.mention.end == m.start() and cap.sentence_of(head.core) == cap.sentence_of(
            slot.core
        ):
            return head
    return None


def _inside_apposition(cap: _Caption, slot: _Slot) -> bool:
    """Whether ``slot`` is named inside an apposition set off after another place ("X, *the
    gateway to the old city*, has been ..."): what follows the apposition speaks of X."""
    begin = slot.mention.start
    opened = _APPOSITION_OPEN_RE.search(cap.text, max(0, begin - 80), begin)
    if opened is None:
        return False
    comma = opened.start()
    return any(comma - 12 <= s.mention.end <= comma and s is not slot for s in cap.slots)


def _joint_other(text: str, m: re.Match[str]) -> bool:
    """Whether the actor of ``m`` is named jointly with an actor of another side ("Kurdish-led
    forces and the Syrian army")."""
    joined = _JOINT_RE.match(text, m.end("actor"))
    return joined is not None and _side_of(joined, "j_") != _side_of(m)


def _joint(text: str, m: re.Match[str]) -> bool:
    """Whether the actor of ``m`` is named jointly with another ("Kurdish and rebel forces")."""
    return _JOINT_RE.match(text, m.end("actor")) is not None


_JOINED_RE: Final = re.compile(
    r"\s*(?:,|and|&)\s+(?:the\s+|its\s+|their\s+)?(?:allied\s+)?$", re.IGNORECASE
)


def _joint_before(cap: _Caption, pos: int, side: str, *, allied: bool = False) -> bool:
    """Whether the actor at ``pos`` is named jointly with an actor of another side before it
    ("Kurdish fighters and the Syrian army"; where ``allied``, not a foreign army that takes
    places for this side: "Turkish forces and the Free Syrian Army took X", see
    :data:`~aleppomap.control.lexicon.FOREIGN_CAPTURERS`)."""
    return any(
        a.end <= pos
        and pos - a.end <= 12
        and not a.modifier
        and a.side != side
        and _JOINED_RE.fullmatch(cap.text, a.end, pos) is not None
        and not (
            allied
            and a.side is None
            and _foreign_capturer(cap.text[a.start : a.end]) == side
            # ("Turkish forces and their FSA allies": the army's own clause states it)
            and _FOREIGN_ALLIES_RE.match(cap.text, a.end) is None
        )
        for a in cap.actors
    )


_ENTERED_INTO_RE: Final = re.compile(
    rf"\b{lx.ENTRY_INTO}\s+(?:the\s+)?(?:(?:city|town|village|district)\s+of\s+)?$",
    re.IGNORECASE,
)


def _entered_into(cap: _Caption, slot: _Slot) -> bool:
    """Whether ``slot`` is named as the place a side's fighters went into ("rebels *swept
    into* Aleppo"): where they went, and the place a later anaphor of the clause refers to
    ("... and took control of most of the city"), unlike the destination of people ("families
    moved into X", "arrive in X"). The side is named right before the entry, in its sentence."""
    start = slot.mention.start
    entry = _ENTERED_INTO_RE.search(cap.text, max(0, start - 40), start)
    if entry is None:
        return False
    sentence = cap.sentence_of(entry.start())
    return any(
        a.side in lx.SIDES
        and not a.modifier
        and not a.speaker
        and a.end <= entry.start()
        and entry.start() - a.end <= 60
        and cap.sentence_of(a.start) == sentence
        for a in cap.actors
    )


def _antecedent(
    cap: _Caption,
    pos: int,
    noun: str,
    kinds: frozenset[str] | None = None,
    *,
    targets: bool = False,
) -> _Slot | None:
    """The place an anaphor at ``pos`` ("the area") refers back to, or ``None``.

    ``kinds`` (the kinds of place the noun may refer to; by default those of
    :data:`~aleppomap.control.lexicon.ANAPHOR_KINDS`), when given, must be met by one place only.
    Where ``targets``, a place named as where something went may be the one meant ("fired
    rockets *into X*, ... against the rebel-held town": the place attacked).
    """
    unique = kinds is not None
    kept = ("",) if targets else ("destination",)
    if kinds is None:
        kinds = lx.ANAPHOR_KINDS.get(noun.lower(), frozenset())
    sentence = cap.sentence_of(pos)
    for sent in (sentence, sentence - 1):
        if sent < 0:
            return None
        s_start, s_end = cap.sentences[sent]
        before = [
            s for s in cap.slots if s_start <= s.mention.start and s.mention.end <= min(pos, s_end)
        ]
        if not before:
            continue  # nothing named before it in this sentence: look one sentence back
        candidates = [
            s
            for s in before
            if (s.mention.role not in kept or _entered_into(cap, s))
            and s.mention.precision in kinds
        ]
        if noun.lower() == "area":
            # "the countryside of the town of K ... took control of the area": K is only the
            # reference of the area meant, which the anaphor never is; the area is a part of K
            # (when K is the one place named as such a region's: not "near K")
            regions = [
                s
                for s in candidates
                if _REGION_OF_BEFORE_RE.search(
                    cap.text, max(0, s.mention.start - 60), s.mention.start
                )
                is not None
            ]
            candidates = [s for s in candidates if s not in regions]
            if not candidates:
                parts = [
                    s
                    for s in regions
                    if (
                        region := _REGION_PART_BEFORE_RE.search(
                            cap.text, max(0, s.mention.start - 60), s.mention.start
                        )
                    )
                    is not None
                    # (not the region of a settlement named before it, "in Q village in the
                    # countryside of K": the area is that settlement's, which the gazetteer
                    # lacks)
                    and _SETTLEMENT_IN_REGION_RE.search(
                        cap.text, max(0, region.start() - 60), region.start()
                    )
                    is None
                ]
                if len({s.mention.place_id for s in parts}) != 1:
                    return None
                cap.region_anaphors[pos] = parts[-1].mention.place_id
                return parts[-1]
        if not candidates and (fallback := lx.ANAPHOR_FALLBACK_KINDS.get(noun.lower())):
            # "the city" for a town, when no city is named before it
            candidates = [
                s
                for s in before
                if s.mention.role != "destination" and s.mention.precision in fallback
            ]
        if not candidates or (
            (unique or (targets and any(s.mention.role == "destination" for s in candidates)))
            and len({s.mention.place_id for s in candidates}) > 1
        ):
            return None  # (a place where something went, only as the one place of its kind)
        scene = []
        prev_end = s_start
        for s in before:
            window = cap.text[max(prev_end, s.mention.start - 60) : s.mention.start]
            if s in candidates and (
                s.mention.role == "origin" or _SCENE_CUE_RE.search(window) is not None
            ):
                scene.append(s)
            prev_end = s.mention.end
        return (scene or candidates)[-1]
    if noun.lower() in ("town", "city"):
        # neither its sentence nor the one before names a place: "the town" is the one town or
        # city the caption named further back ("... in the city of X. The SDF launched its
        # campaign in June. It finally expelled IS from the town.")
        earlier = [
            s
            for s in cap.slots
            if s.mention.end <= pos
            and s.mention.role != "destination"
            and s.mention.precision in (kinds | lx.ANAPHOR_FALLBACK_KINDS.get(noun.lower(), kinds))
        ]
        if len({s.mention.place_id for s in earlier}) == 1:
            return earlier[-1]
    return None


# "the two towns", "both villages", "the three besieged Shiite towns", "the towns": places
# named before (:func:`_plural_antecedents`)
_PLURAL_ANAPHOR_RE: Final = re.compile(
    rf"\s*\b(?:the\s+(?P<count>{lx.alternation(lx.PLURAL_ANAPHOR_COUNTS)})\s+"
    rf"|(?P<both>both)\s+(?:the\s+)?|the\s+)"
    rf"(?:(?:{lx.alternation(lx.ANAPHOR_ADJECTIVES)}|shiite|shia|kurdish|christian|druze)\s+)*"
    rf"(?P<noun>{lx.alternation(lx.PLURAL_ANAPHOR_NOUNS)})\b(?!\s+of\b|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)


def _plural_antecedents(cap: _Caption, pos: int) -> tuple[list[_Slot], int]:
    """The places a plural anaphor at ``pos`` refers back to ("broke the siege of *the two
    towns*" after "Nubl and Zahraa"), and its end; ``([], pos)`` for none.

    The places of the noun's kinds named before it in its sentence, else in the one before;
    as many as its count says ("the two", "both": exactly two of them), or at least two for a
    bare plural ("the towns").
    """
    ana = _PLURAL_ANAPHOR_RE.match(cap.text, pos)
    if ana is None:
        return [], pos
    singular = lx.PLURAL_ANAPHOR_NOUNS[ana.group("noun").lower()]
    kinds = lx.ANAPHOR_KINDS.get(singular, frozenset())
    count = lx.PLURAL_ANAPHOR_COUNTS[ana.group("count").lower()] if ana.group("count") else None
    if ana.group("both"):
        count = 2
    sentence = cap.sentence_of(pos)
    for sent in (sentence, sentence - 1):
        if sent < 0:
            break
        s_start, s_end = cap.sentences[sent]
        found: dict[str, _Slot] = {}
        for s in cap.slots:
            if (
                s_start <= s.mention.start
                and s.mention.end <= min(pos, s_end)
                and s.mention.role != "destination"
                and s.mention.precision in kinds
            ):
                found.setdefault(s.mention.place_id, s)
        if not found:
            continue
        places = list(found.values())
        if (count is None and len(places) >= 2) or len(places) == count:
            return places, ana.end()
        return [], pos
    return [], pos


_HELD_ANAPHOR_RE: Final = re.compile(
    rf"\s+(?:{lx.alternation(lx.ANAPHOR_ADJECTIVES)}\s+)*"
    rf"(?P<noun>{'|'.join(lx.ANAPHOR_NOUNS)})\b(?!\s+of\b|\s*[-‑–]|['’])",
    re.IGNORECASE,
)
_THE_BEFORE_RE: Final = re.compile(r"\bthe\s+$", re.IGNORECASE)


_HELD_BEARING_RE: Final = re.compile(
    r"\s+(?P<bearing>north|south|east|west)\b(?!\s+(?:of|(?-i:[A-Z]))\b|\s*[-‑–]|['’])",
    re.IGNORECASE,
)


def _bearing_antecedent(cap: _Caption, pos: int, bearing: str) -> _Slot | None:
    """The place "the rebel-held *east*" (a bearing, no name, at ``pos``) refers back to: the
    one place named before it in the caption as that part ("eastern Aleppo", "east Aleppo"),
    or ``None``."""
    words = (bearing.lower() + " ", bearing.lower() + "ern ")
    before = [
        s
        for s in cap.slots
        if s.mention.end <= pos
        and cap.text[s.mention.start : s.mention.end].lower().startswith(words)
    ]
    if len({s.mention.place_id for s in before}) != 1:
        return None
    return before[-1]


def _held_anaphor(cap: _Caption, m: re.Match[str]) -> _Slot | None:
    """The place "the IS-held town" (the modifier ``m`` and a place noun, no name) refers
    back to: one of the kind named before it, or ``None``; "the rebel-held east" refers to the
    part named so before ("eastern Aleppo")."""
    if _THE_BEFORE_RE.search(cap.text, max(0, m.start() - 4), m.start()) is None:
        return None
    ana = _HELD_ANAPHOR_RE.match(cap.text, m.end())
    if ana is None:
        bearing = _HELD_BEARING_RE.match(cap.text, m.end())
        if bearing is None:
            return None
        return _bearing_antecedent(cap, m.start(), bearing.group("bearing"))
    noun = ana.group("noun")
    # ("Manbij ... the Daesh-held *city*": reports call a town a city; the one place of either
    # kind named before)
    wider = lx.HELD_ANAPHOR_KINDS.get(noun.lower())
    # (the place attacked, named after "into", is the one the epithet describes: "IS fired
    # rockets into X, ... against the rebel-held town")
    return _antecedent(cap, m.start(), noun, wider, targets=True)


def _it_antecedent(cap: _Caption, pos: int) -> _Slot | None:
    """The place "it" at ``pos`` refers back to: the one place named before it, or ``None``.

    The places are those of its sentence before it, or of the previous sentence when its
    sentence names none before it; a city does not count when a finer place is named too
    ("Aleppo's Salaheddine district ... recaptured it"). Two places: "it" is ambiguous. A
    place its sentence names before it only to say where another is (a container, read in a
    later pass) keeps "it" from reaching back to the sentence before ("The X hotel ... People
    returned to their homes in east Aleppo after troops retook it": not the hotel).
    """
    sentence = cap.sentence_of(pos)
    for sent in (sentence, sentence - 1):
        if sent < 0:
            return None
        s_start, s_end = cap.sentences[sent]
        before = [
            s for s in cap.slots if s_start <= s.mention.start and s.mention.end <= min(pos, s_end)
        ]
        if not before:
            if any(s_start <= at < pos for at in cap.aside):
                return None
            continue
        before = [s for s in before if _POSSESSIVE_RE.match(cap.text, s.mention.end) is None]
        if not before:
            return None
        finer = [s for s in before if s.mention.precision != "city"] or before
        if len({s.mention.place_id for s in finer}) != 1:
            return None
        return finer[-1]
    return None


def _object_slot(
    cap: _Caption, pos: int, sentence: int, *, it_allowed: bool = False, it_from: bool = False
) -> tuple[_Slot, int] | None:
    """The place (or anaphor resolved to one) that is the object at ``pos``; with its end.

    "it" is read as a place only where ``it_allowed`` (after a verb that takes a place), or,
    where ``it_from``, when the side it was taken from follows ("seized it from rebels").
    """
    it = _IT_RE.match(cap.text, pos)
    if it is not None:
        if not it_allowed and not (it_from and _FROM_RE.match(cap.text, it.end()) is not None):
            return None
        target = _it_antecedent(cap, it.start())
        return (target, it.end()) if target is not None else None
    slot = cap.slot_after(pos, sentence)
    ana = _ANAPHOR_RE.match(cap.text, pos)
    if ana is not None and slot is None and (named := _named_anaphor(cap, ana, sentence)):
        # "stormed the town, X, and secured it": the anaphor's own name set off after it
        return named, named.mention.end
    if ana is not None and (slot is None or ana.end() <= slot.mention.start):
        target = _antecedent(cap, ana.start(), ana.group("noun"))
        return (target, ana.end()) if target is not None else None
    # a name inside the anaphor's words ("the Old City") is the place itself
    if slot is None:
        return _side_anaphor_object(cap, pos)
    return slot, slot.mention.end


def _side_anaphor_object(cap: _Caption, pos: int) -> tuple[_Slot, int] | None:
    """The place a side's anaphor at ``pos`` refers back to, with the anaphor's end.

    "A week after the SDF seized *the group's stronghold*", "took *the rebels' last enclave*",
    "recaptured *the IS-held town*", "stormed *the opposition bastion*": the one place of the
    noun's kinds (:data:`~aleppomap.control.lexicon.SIDE_ANAPHOR_KINDS`) named before it, in its
    sentence (or the one before when its sentence names none before it); none when two are,
    nor for an owner of no armed side ("the residents' district").
    """
    ana = _SIDE_ANAPHOR_RE.match(cap.text, pos)
    if ana is None or ana.group("o_civilian") or ana.group("o_other"):
        return None
    i = bisect.bisect_left(cap.slot_cores, ana.end())
    if i < len(cap.slots) and _NAMED_AFTER_GAP_RE.fullmatch(
        cap.text, ana.end(), cap.slots[i].mention.start
    ):
        return None  # its place named right after it ("the group's stronghold, X,")
    noun = (ana.group("noun") or ana.group("noun2") or ana.group("noun3")).lower()
    kinds = lx.SIDE_ANAPHOR_KINDS[noun]
    target = _antecedent(cap, ana.start(), noun, kinds, targets=True)
    return (target, ana.end()) if target is not None else None


_NAMED_ANAPHOR_GAP_RE: Final = re.compile(r"\s*,\s*")
_NAMED_ANAPHOR_END_RE: Final = re.compile(r"\s*(?:,|[.;:!?]|$)")


def _named_anaphor(cap: _Caption, ana: re.Match[str], sentence: int) -> _Slot | None:
    """The place an anaphor names in an apposition right after it ("the town, X, ..."), when
    the place is of the anaphor's kind; else ``None``."""
    i = bisect.bisect_left(cap.slot_cores, ana.end())
    if i >= len(cap.slots):
        return None
    slot = cap.slots[i]
    kinds = lx.ANAPHOR_KINDS.get(ana.group("noun").lower(), frozenset())
    if (
        cap.sentence_of(slot.core) != sentence
        or slot.mention.precision not in kinds
        or _NAMED_ANAPHOR_GAP_RE.fullmatch(cap.text, ana.end(), slot.mention.start) is None
        or _NAMED_ANAPHOR_END_RE.match(cap.text, slot.mention.end) is None
    ):
        return None
    return slot


def _antecedent_side(cap: _Caption, sentence: int, pos: int, *, back: bool = False) -> str | None:
    """The side "they", "their forces" or "the group" at ``pos`` refers back to.

    The first actor named before it in its sentence, when the armed actors there are of one
    side; when its sentence names none before it, the subject that opens the sentence before
    ("IS fighters attacked at dawn. The group seized X"). A noun that refers back (``back``:
    "the group", "the militants") names neither an army nor the source of the report it
    stands in ("Kurdish fighters said the group had been driven from X": another group).
    """
    text = cap.text
    if back:
        reporters = [
            a
            for a in cap.actors_in(sentence, pos)
            if _REPORTER_AFTER_RE.match(text, a.end) is not None
        ]
        if reporters:
            return None
        side = _antecedent_side(cap, sentence, pos)
        return None if side == "government" else side

    def named(sent: int, end: int | None) -> list[_Actor]:
        found = [
            a
            for a in cap.actors_in(sent, end)
            if not a.modifier
            # (people of a side are none: "Kurdish civilians killed by ISIL fighters")
            and (a.speaker or _PEOPLE_AFTER_RE.match(text, a.end) is None)
            and _BACKER_BEFORE_RE.search(text, max(0, a.start - 30), a.start) is None
        ]
        # a side's speaker ("the YPG media centre said *their forces* ...") is the antecedent
        return [
            _Actor(a.start, a.end, a.side, False, False) if a.speaker and a.side else a
            for a in found
        ]

    before = named(sentence, pos)
    if before and _PLURAL_PRONOUN_RE.match(text, pos) and _one_person(text, before[0]):
        # "A YPG fighter carries a boy ... after *they* fled X": one fighter is no "they" (the
        # boy's family, who fled)
        return None
    if before:
        last = before[-1]
        if (
            last.side in lx.SIDES
            and _SAID_THEY_RE.fullmatch(text, last.end, pos) is not None
            and not (len(before) > 1 and _JOINED_RE.fullmatch(text, before[-2].end, last.start))
        ):
            # "IS fighters battled Kurds, who said *they* had taken X": the sayer (one side:
            # not "rebels and Kurds said they")
            return last.side
        return before[0].side if _single_side(before) is not None else None
    if sentence == 0:
        return None
    # the sentence before: its subject, the first actor, when it opens that sentence ("IS
    # fighters attacked rebel posts at dawn. The group ...")
    previous = [a for a in named(sentence - 1, None) if not a.civilian]
    s_start = cap.sentences[sentence - 1][0]
    if not previous or len(text[s_start : previous[0].start].split()) > 2:
        return None
    if len(previous) > 1 and _JOINED_RE.fullmatch(text, previous[0].end, previous[1].start):
        return None  # "Rebels and Kurdish fighters clashed ...": no one subject
    return previous[0].side if previous[0].side in lx.SIDES else None


# a plural pronoun that refers back ("they", "their forces", "them")
_PLURAL_PRONOUN_RE: Final = re.compile(r"(?:they|their|them)\b", re.IGNORECASE)
# one member of a side, its noun in the singular right after the side's name ("a YPG
# *fighter*", "a Free Syrian Army (FSA) *soldier*")
_ONE_PERSON_AFTER_RE: Final = re.compile(
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?{lx.alternation(lx.ONE_PERSON_NOUNS)}\b(?![s'’])",
    re.IGNORECASE,
)


def _one_person(text: str, actor: _Actor) -> bool:
    """Whether ``actor`` names one member of a side ("a YPG fighter"), no "they"."""
    if _ONE_PERSON_AFTER_RE.match(text, actor.end) is not None:
        return True
    # (the noun inside the actor's own name: "a rebel fighter")
    words = text[actor.start : actor.end].split()
    return bool(words) and _ONE_PERSON_AFTER_RE.fullmatch(words[-1]) is not None


_QUOTE_OPEN: Final = '"“'
# "Kurds *said* they", "rebels *claimed on Monday that* they": a side reporting its own deed
_SAID_THEY_RE: Final = re.compile(
    r"(?:\s*,?\s+who)?\s+(?:said|say|says|claimed|claim|claims|announced|announce|announces|declared)"
    r"(?:\s+on\s+\w+day)?(?:\s+that)?\s+",
    re.IGNORECASE,
)
_QUOTE_CLOSE: Final = '"”'
_REPORTING_RE: Final = re.compile(rf"\b{lx.alternation(lx.REPORTING)}\b", re.IGNORECASE)
# where the words that name a speaker after "said" end ("said Ahmad Othman, commander of the
# Sultan Mourad rebel group*.*", "..., a rebel fighter said*, referring to* ...")
_SPEAKER_END_RE: Final = re.compile(
    r"[.;:!?]|,\s+(?:[a-z]+ing|who|which|as|while|after|when|where|but|and|according)\b",
    re.IGNORECASE,
)
_SAID_BEFORE_QUOTE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.REPORTING)}\b[^\"“”]{{0,40}}?[,:]?\s*$", re.IGNORECASE
)


def _in_quote(cap: _Caption, pos: int) -> bool:
    """Whether ``pos`` stands inside a quote opened in its sentence (a cheap test: an odd
    number of straight quotes before it, or a curly one opened and not closed)."""
    text = cap.text
    s_start = cap.sentences[cap.sentence_of(pos)][0]
    part = text[s_start:pos]
    if '"' in part and part.count('"') % 2 == 1:
        return True
    return part.rfind("“") > part.rfind("”")


def _speaker_side(cap: _Caption, pos: int) -> str | None:
    """The side of the speaker of the quote ``pos`` stands in, or ``None``.

    The speaker is named where the quote is attributed: after it ("..., a rebel fighter
    said", "... said Ahmad Othman, commander of a rebel group") or before it ("a rebel
    commander said: ..."); the armed actors named there must be of one side.
    """
    text = cap.text
    s_start = cap.sentences[cap.sentence_of(pos)][0]
    opened = max(text.rfind(q, s_start, pos) for q in _QUOTE_OPEN)
    if opened < 0:
        return None
    # the quote may run past its first sentence ("The airport is liberated. The remnants ...")
    stop = min(len(text), pos + 600)
    closes = [i for i in (text.find(q, pos, stop) for q in _QUOTE_CLOSE) if i >= 0]
    segment: tuple[int, int] | None = None
    if closes:
        close = min(closes) + 1
        after_end = cap.sentences[cap.sentence_of(close)][1]
        verb = _REPORTING_RE.search(text, close, min(after_end, close + 80))
        if verb is not None:
            if text[close : verb.start()].strip(" ,"):
                segment = (close, verb.start())  # "..., a rebel fighter said"
            else:
                end = _SPEAKER_END_RE.search(text, verb.end(), after_end)
                segment = (verb.end(), end.start() if end is not None else after_end)
    if segment is None and _SAID_BEFORE_QUOTE_RE.search(text, s_start, opened) is not None:
        segment = (s_start, opened)  # "a rebel commander said: ..."
    if segment is None:
        return None
    sides = {
        a.side
        for a in cap.actors
        if segment[0] <= a.start
        and a.end <= segment[1]
        and not a.modifier
        and (a.side in lx.SIDES or not a.civilian)
    }
    if len(sides) != 1:
        return None
    side = sides.pop()
    return side if side in lx.SIDES else None


def _clause_rule(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    text = cap.text
    sentence = cap.sentence_of(m.start())
    if m.group("we") is not None:
        # "'We have liberated X,' a rebel commander said": the speaker's side
        side = _speaker_side(cap, m.start())
    elif m.group("pronoun") is not None:
        side = _antecedent_side(cap, sentence, m.start(), back=m.group("back") is not None)
        if side is None and m.group("back") is not None and m.group("retreat") is not None:
            # "the militants withdrew from X after the army advanced": a retreat of fighters of
            # no side named, in state media's words; X goes to the one side fighting there
            _unnamed_retreat(cap, m, add, gallery_date)
            return
    else:
        side = _side_of(m)
        if _held_after(text, m, "subject"):
            return
        if _OPPONENT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None:
            return  # "militants opposing the government seized X": the side opposed took nothing
        army = _FOREIGN_ARMY_AFTER_RE.match(text, m.end("subject"))
        if army is not None and _foreign_capturer(army.group("army")) != side:
            return  # "the YPG and Turkish forces": two sides (the army takes for the rebels)
        capture = m.group("capture")
        if (
            side is None
            and ((capture and capture.lower() not in lx.ENTRY_ONLY_VERBS) or m.group("drive"))
            and _FOREIGN_ALLIES_RE.match(text, m.end("subject")) is not None
        ):
            # "Turkish forces and their allies took X": the Syrian allies the foreign army takes
            # it with (not the army alone, nor a mere entry: "Turkish troops entered X")
            side = _foreign_capturer(m.group("subject"))
        elif (
            side is None
            and capture
            and capture.lower() not in lx.ENTRY_ONLY_VERBS
            and _FOREIGN_ALONGSIDE_RE.search(
                text, m.end("subject"), min(cap.sentences[sentence][1], m.end("subject") + 160)
            )
            is not None
        ):
            # "Turkey took control of X after an incursion alongside allied Syrian fighters":
            # the allies named after the place
            side = _foreign_capturer(m.group("subject"))
    capture = m.group("capture")
    # (a foreign army named before takes with this side: not a mere entry, "Turkish troops and
    # Syrian rebels entered X")
    allied = bool(capture) and capture.lower() not in lx.ENTRY_ONLY_VERBS
    if side is None or _joint_before(cap, m.start(), side, allied=allied):
        return
    verb_start = min(
        m.start(g)
        for g in ("capture", "retreat", "besiege", "drive", "relieve", "lose", "hold", "clear")
        if m.group(g) is not None
    )
    appositive = _APPOSITIVE_START_RE.match(text, m.end("subject")) is not None
    if not appositive and any(
        m.end("subject") <= a.start < verb_start
        and not a.modifier
        and a.side in lx.SIDES
        and a.side != side
        and _JOINED_BEFORE_RE.search(text, max(0, a.start - 30), a.start) is not None
        for a in cap.actors
    ):
        return  # another side named between the subject and its verb: a joint action
    if _hedged(cap, m.start(), m.start()):
        return
    if _HEDGE_RE.search(text, m.end("subject"), m.end()) is not None:
        return
    verb = m.group("capture")
    words = verb.lower().split() if verb is not None else []
    it_allowed = bool(words) and words[0] in lx.IT_VERBS
    if len(words) == 1 and words[0] in lx.IT_VERBS_NOT_BARE:
        it_allowed = False
    it_from = bool(words) and words[0] in lx.IT_FROM_VERBS
    pos = m.end()
    # "retook *from rebel fighters* X", "recaptured *on Sunday* X": the side taken from or the
    # day may stand before the object
    before_from = _FROM_RE.match(text, pos) if verb is not None else None
    if before_from is not None:
        pos = before_from.end()
    when = _WHEN_GAP_RE.match(text, pos)
    if when is not None:
        pos = when.end()
    obj = _object_slot(cap, pos, sentence, it_allowed=it_allowed, it_from=it_from)
    if (
        obj is None
        and words
        and (words[0] in lx.INSIDE_OBJECT_VERBS or "control" in words)
        and (inside := _INSIDE_OBJECT_RE.match(text, pos)) is not None
    ):
        # "recaptured the power station in the X area": a thing inside the place taken
        obj = _object_slot(cap, inside.end(), sentence)
    if obj is None and verb is not None and (site := cap.slot_after(pos, sentence, site=True)):
        # "seized the Ramouseh military school": the district the site is named after
        obj = (site, site.mention.end)
    if (
        obj is None
        and (verb is not None or m.group("retreat") is not None)
        and (incl := _INCLUDING_RE.match(text, pos)) is not None
    ):
        # "seized several villages near X, including Y and Z": the places named (also those a
        # side left: "IS evacuated several towns, including Y")
        obj = _object_slot(cap, incl.end(), sentence)
    extent = "whole"
    if obj is None and (person := _PART_OBJECT_RE.match(text, pos)) is not None:
        # "driven out of his village in Afrin": a part of Afrin
        obj = _object_slot(cap, person.end(), sentence)
        extent = "part"
    if (
        obj is None
        and verb is not None
        and (parts := _PART_OBJECT_OF_PLACE_RE.match(text, pos)) is not None
    ):
        # "had taken control of eastern areas of the city": a part of the city (of a city, town
        # or village; not of a neighbourhood or a region of a city, whose "areas" name it)
        obj = _object_slot(cap, parts.end(), sentence)
        if obj is not None and obj[0].mention.precision not in _PARTS_TAKEN_KINDS:
            return
        extent = "part"
    if obj is None and (verb is not None or m.group("hold") is not None):
        # "the SDF seized 90 percent of the town", "rebels hold a large part of X": a share
        shared = _share_object(cap, pos, sentence)
        if shared is not None:
            obj, extent = shared, "part"
    if obj is None and verb is not None and (bare := _SIDE_PARTS_BARE_RE.match(text, pos)):
        # "had taken control of eastern areas ... when the army turned on Aleppo": a part of
        # the one city its sentence names
        city = _bare_parts_city(cap, sentence)
        if city is None:
            return  # (none, two, or one of a list: "fighting spread in Aleppo and Homs")
        obj, extent = (city, bare.end()), "part"
    plural: list[_Slot] = []
    if obj is None and (verb is not None or m.group("relieve") is not None):
        # "broke the siege of the two towns", "retook both villages": the places named before
        plural, plural_end = _plural_antecedents(cap, pos)
        if plural:
            obj = (plural[0], plural_end)
    if obj is None and before_from is not None and _ELIDED_END_RE.match(text, pos):
        # "after they retook from rebel fighters on December 2": the object left out is the
        # one place named before
        target = _it_antecedent(cap, m.start())
        obj = (target, pos) if target is not None else None
    if obj is None:
        return
    slot, end = obj
    if (
        verb is not None
        and verb.lower() in lx.ENTRY_ONLY_VERBS
        and extent == "whole"
        and slot.mention.precision in lx.ENTRY_UNTAKEN_KINDS
    ):
        return  # "rebels entered Aleppo", "stormed the city": an entry takes no city whole
    if (part := _PART_OBJECT_POSSESSIVE_RE.match(text, end)) is not None:
        # "Rebels still hold the city's eastern half": a part of the place (a city, town or
        # village; a finer place's parts say nothing of it whole)
        if slot.mention.precision not in _PARTS_TAKEN_KINDS:
            return
        extent, end = "part", part.end()
    # "captured X, Y and Z": every place named (not after an anaphor: "captured it")
    members = [slot]
    if plural:
        members = plural
    elif end == slot.mention.end:
        members += cap.listed_after(slot)
        end = members[-1].mention.end
    if m.group("hold") is not None or m.group("relieve") is not None:
        action = "held"
        loser = ""
        controller = side
    elif m.group("lose") is not None:
        action = "lost"
        loser = side
        to = _TO_RE.match(text, end)
        if to is not None and cap.sentence_of(to.start()) == sentence:
            controller = _side_of_group(to, "t_") or "unknown"
            end = to.end()
        else:
            controller = _other_side(cap.actors_in(sentence), side)
    elif m.group("capture") is not None or m.group("drive") is not None or m.group("clear"):
        action = "captured"
        loser = ""
        if m.group("drive") is not None:
            loser = _side_of_group(m, "d_") or ""
        frm = _FROM_RE.match(text, end)
        if m.group("clear"):
            frm = _OF_ACTOR_RE.match(text, end)  # "cleared X *of rebel fighters*"
        if before_from is not None:
            loser = _side_of_group(before_from, "f_") or loser
        elif frm is not None and cap.sentence_of(frm.start()) == sentence:
            loser = _side_of_group(frm, "f_") or loser
            end = frm.end()
        if not loser:
            # "retook the rebel-held X", "seized the IS stronghold of X": the holder before
            held = _HOLDER_IN_OBJECT_RE.search(text, m.end(), slot.mention.start)
            loser = (_side_of(held) or "") if held is not None else ""
        controller = side
    elif m.group("retreat") is not None:
        # A retreat says who left. The place goes to the one other side named as a fighter,
        # not as the source of the report ("*rebels said* the army had retreated from X"), and a
        # city is never left whole ("troops retreated from the city of Aleppo"): nothing then.
        agent = _agent_after(text, end) if _PASSIVE_RE.match(m.group("retreat")) else None
        if agent is not None and agent[0] != side and cap.sentence_of(agent[1]) == sentence:
            # "the YPG was driven out of X by the Turkish army and the FSA": the agent took X
            action, loser, controller, end = "captured", side, agent[0], agent[1]
        elif slot.mention.precision == "city":
            return
        else:
            # (the convention of withdrawals: the side's loss, to the one other side named as
            # a fighter when its sentence says that side enters or takes over, else unknown; a
            # side driven out, "IS was driven out of X", was driven out by the one other side)
            action = "lost"
            loser = side
            fighters = [
                a for a in cap.actors_in(sentence) if _REPORTER_AFTER_RE.match(text, a.end) is None
            ]
            controller = _other_side(fighters, side)
            if (
                controller != "unknown"
                and _PASSIVE_RE.match(m.group("retreat")) is None
                and not _takeover_said(cap, sentence, m.start(), end)
            ):
                controller = "unknown"
    else:
        action = "besieged"
        loser = ""
        controller = (_side_of_group(m, "b_") or "unknown") if m.group("besieged") else "unknown"
    stated, end = _stated_date(cap, m.start(), end, gallery_date)
    for each in members:
        add(
            each,
            controller,
            action,
            m.start(),
            end,
            "clause",
            from_controller=loser if action != "besieged" else "",
            besieged_by=side if action == "besieged" else "",
            stated=stated,
            extent=extent,
        )


_PART_OBJECT_RE: Final = re.compile(rf"\s*{lx.PART_OBJECT_OF_PERSON}", re.IGNORECASE)
_PART_OBJECT_OF_PLACE_RE: Final = re.compile(
    rf"\s*(?:{lx.PART_OBJECT_OF_PLACE}|{lx.MOST_OF_PLACE})", re.IGNORECASE
)
_SIDE_PARTS_BARE_RE: Final = re.compile(rf"\s*{lx.SIDE_PARTS_BARE}", re.IGNORECASE)


def _bare_parts_city(cap: _Caption, sentence: int) -> _Slot | None:
    """The one city ``sentence`` names, the place of parts named by their side alone ("rebels
    had taken control of *eastern areas* ... when the army turned on Aleppo"); ``None`` for
    none, two, or a city named in a list ("fighting spread in Aleppo and Homs")."""
    cities = {
        s.mention.place_id: s
        for s in cap.slots
        if cap.sentence_of(s.mention.start) == sentence and s.mention.precision == "city"
    }
    city = next(iter(cities.values())) if len(cities) == 1 else None
    if city is None or _CITY_IN_LIST_RE.match(cap.text, city.mention.end) is not None:
        return None
    return city


# a share of a place as an object, English and the other languages ("90 percent of", "gran
# parte di"): see :func:`_share_object`
_SHARE_OF_PLACE_RE: Final = re.compile(rf"\s*(?:{lx.SHARE_OF_PLACE})\s*", re.IGNORECASE)
_WORLD_SHARE_ADVERB: Final = rf"(?:\s*{lx.alternation(lx.WORLD_SHARE_ADVERBS)}(?!\w))?"
_WORLD_SHARE_OF_PLACE_RE: Final = re.compile(
    rf"{_WORLD_SHARE_ADVERB}\s*(?:{lx.WORLD_SHARE_OF_PLACE})\s*(?:(?:la\s+)?(?:ville|ciudad|cidade|città|citta|stad|Stadt)"
    rf"\s+(?:de\s+|d['’]\s*|di\s+|von\s+|van\s+)?)?",
    re.IGNORECASE,
)
#: The kinds of place a share is a part of: a city, a town, a village or a region of a city
#: ("40 percent of eastern Aleppo").
_SHARE_KINDS: Final = frozenset({"city", "town", "village", "district"})


def _share_object(cap: _Caption, pos: int, sentence: int) -> tuple[_Slot, int] | None:
    """The place a share of which is the object at ``pos`` ("seized *90 percent of the town*",
    "took *a large part of X*"), with its end; ``None`` when no share opens the object or its
    place is of no kind a share cuts (a neighbourhood, a site): the statement is of ``extent``
    ``part`` (a share never says who holds the rest)."""
    share = _SHARE_OF_PLACE_RE.match(cap.text, pos)
    if share is None:
        return None
    obj = _object_slot(cap, share.end(), sentence)
    if obj is None or obj[0].mention.precision not in _SHARE_KINDS:
        return None
    return obj


def _world_share_object(
    cap: _Caption, obj_start: int, places: Sequence[_Slot]
) -> tuple[_Slot, int] | None:
    """The place whose share opens the object of a verb in the other languages ("contrôlent
    *40% de* la ville", "tomaram *grande parte de* X", "veroveren *groot deel van* X", "*Teile*
    Kobanes"): the first place named right after the share, or the antecedent of "the city"
    there; ``None`` when no share opens the object."""
    share = _WORLD_SHARE_OF_PLACE_RE.match(cap.text, obj_start)
    if share is None or not share.group(0).strip():
        return None
    for slot in places:
        if slot.mention.start == share.end() or slot.core == share.end():
            if slot.mention.precision not in _SHARE_KINDS:
                return None
            return slot, slot.mention.end
    ana = _WORLD_SHARE_CITY_RE.match(cap.text, obj_start)
    if ana is not None and not any(ana.start() <= s.mention.start < ana.end() for s in places):
        target = _antecedent(cap, ana.start(), "city")
        if target is not None and target.mention.precision in lx.LONE_CITY_KINDS:
            return target, ana.end()
    return None


# a share right before a place ("een groot deel van *X*", "60% d'*X*")
_WORLD_SHARE_BEFORE_RE: Final = re.compile(
    rf"(?<![\w%])(?:{lx.WORLD_SHARE_OF_PLACE})\s*(?:(?:la\s+)?(?:ville|ciudad|cidade|città|citta"
    rf"|stad|Stadt)\s+(?:de\s+|d['’]\s*|di\s+|von\s+|van\s+)?)?$",
    re.IGNORECASE,
)


def _share_before(text: str, begin: int, slot: _Slot) -> bool:
    """Whether a share of ``slot`` stands right before it, after ``begin`` ("een groot deel van
    X", "große Teile von X", "70% d'X"): what a verb says of it is said of a part."""
    lo = max(begin, slot.mention.start - 48)
    return lo < slot.core and _WORLD_SHARE_BEFORE_RE.search(text, lo, slot.core) is not None


# a share of "the city" (ville, ciudad ...) itself, no name after it: the city named before
_WORLD_SHARE_CITY_RE: Final = re.compile(
    rf"{_WORLD_SHARE_ADVERB}\s*(?:{lx.WORLD_SHARE_OF_PLACE})\s*(?:la\s+)?(?:ville|ciudad|cidade|città|citta|stad|Stadt"
    r"|مساحتها)\b",
    re.IGNORECASE,
)


# a city named as one of a list ("in Aleppo *and Homs*")
_CITY_IN_LIST_RE: Final = re.compile(r"\s*(?:and|or|&)\s+(?-i:[A-Z])")
_PARTS_TAKEN_KINDS: Final = frozenset({"city", "town", "village"})
_PART_OBJECT_POSSESSIVE_RE: Final = re.compile(lx.PART_OBJECT_POSSESSIVE, re.IGNORECASE)
_PASSIVE_RE: Final = re.compile(r"(?:were|was|been)\s", re.IGNORECASE)
# "... by the SDF", "... in March by Turkish forces and the FSA": a passive's agent
_BY_AGENT_RE: Final = re.compile(
    rf"(?:\s+{lx.alternation(lx.WHEN_BETWEEN)})?\s+by\s+(?:the\s+)?(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
_FOREIGN_JOINED_RE: Final = re.compile(r"^\s*(?:and|&|or)\s+", re.IGNORECASE)


def _agent_after(text: str, pos: int) -> tuple[str, int] | None:
    """The side of a passive's agent right after ``pos`` and the agent's end ("... by the SDF"),
    or ``None``. A foreign army named with the Syrian side it takes places for is that side ("by
    the Turkish Armed Forces and the Free Syrian Army": the rebels); two sides are none."""
    m = _BY_AGENT_RE.match(text, pos)
    if m is None:
        return None
    side = _side_of(m)
    joined = _JOINT_RE.match(text, m.end("actor"))
    if joined is None:
        return (side, m.end()) if side is not None else None
    other = _side_of(joined, "j_")
    # (the second actor's words, after "and the")
    second = _FOREIGN_JOINED_RE.sub("", joined.group(0), count=1)
    if side is None and other is not None and _foreign_capturer(m.group("actor")) == other:
        return other, joined.end()
    if other is None and side is not None and _foreign_capturer(second) == side:
        return side, joined.end()
    return None


_OBJECT_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.OBJECT_PREPOSITIONS)}\s+(?:the\s+)?(?:[\w-]+['’]s?\s+)?$",
    re.IGNORECASE,
)


_TAKEOVER_RE: Final = re.compile(rf"\b(?:{lx.TAKEOVER_CUES})\b", re.IGNORECASE)


def _takeover_said(cap: _Caption, sentence: int, begin: int, end: int) -> bool:
    """Whether ``sentence``, outside the withdrawal ``text[begin:end]``, says that a side
    enters or takes over (``lexicon.TAKEOVER_CUES``: "as troops advanced", "moved in")."""
    s_start, s_end = cap.sentences[sentence]
    return (
        _TAKEOVER_RE.search(cap.text, s_start, begin) is not None
        or _TAKEOVER_RE.search(cap.text, end, s_end) is not None
    )


def _unnamed_retreat(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    """ "the militants withdrew from X as troops advanced": the one side named as a fighter in
    the sentence took X (not a city, which is never left whole)."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    obj = _object_slot(cap, m.end(), sentence)
    if obj is None or obj[0].mention.precision == "city":
        return
    slot, end = obj
    s_start = cap.sentences[sentence][0]
    fighters = [
        a
        for a in cap.actors_in(sentence)
        if not a.modifier
        and _REPORTER_AFTER_RE.match(text, a.end) is None
        # (a subject, not the object of a preposition: "under the control *of the country's*
        # soldiers")
        and _OBJECT_BEFORE_RE.search(text, max(s_start, a.start - 40), a.start) is None
    ]
    controller = _single_side(fighters)
    if not fighters and sentence > 0:
        # "Syrian troops advanced at dawn. The jihadists withdrew from X.": the subject that
        # opens the sentence before, the one side named fighting
        controller = _antecedent_side(cap, sentence, s_start)
    if controller not in lx.SIDES or _hedged(cap, m.start(), end):
        return
    stated, end = _stated_date(cap, m.start(), end, gallery_date)
    add(slot, str(controller), "lost", m.start(), end, "clause", stated=stated)


def _gerund_rule(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    """ "after taking control of X", "after driving IS out of X": the sentence's side took X."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    s_start, s_end = cap.sentences[sentence]
    before = cap.actors_in(sentence, m.start())
    side = _single_side(before)
    if side is None and m.group(0)[:3].lower() == "by ":
        # "rebels dealt a blow to IS by capturing X": the subject, not a side that is the
        # object of a preposition or named as the loser
        side = _single_side(
            a
            for a in before
            if not a.modifier
            and not _loser(text, a.start)
            and _PREPOSITION_END_RE.search(text, max(s_start, a.start - 12), a.start) is None
        )
    if side is None and not text[s_start : m.start()].strip(' "“'):
        # "After capturing X on 12 August, the SDF announced ...": the gerund opens its
        # sentence, and its subject is the main clause's, the first side named after the comma
        comma = text.find(",", m.end(), s_end)
        main = [
            a
            for a in cap.actors_in(sentence)
            if comma >= 0 and a.start > comma and not a.modifier and a.side in lx.SIDES
        ]
        if main and _APPOSITIVE_START_RE.match(text, comma) is None:
            side = main[0].side if text[comma + 1 : main[0].start].strip().lower() in (
                "the", "", "syrian"
            ) else None  # fmt: skip
    if side is None:
        return
    loser = _side_of_group(m, "d_") if m.groupdict().get("drive") else None
    if loser == side:
        return
    obj = _object_slot(cap, m.end(), sentence)
    if obj is None and (count := _LOOSE_COUNT_RE.match(text, m.end())) is not None:
        # "..., recapturing more than 28 villages and the X air base": the place named after
        obj = _object_slot(cap, count.end(), sentence)
    if obj is None:
        return
    slot, end = obj
    members = [slot]
    if end == slot.mention.end:
        members += cap.listed_after(slot)
        end = members[-1].mention.end
    frm = _FROM_RE.match(text, end)
    if frm is not None and cap.sentence_of(frm.start()) == sentence:
        loser = _side_of_group(frm, "f_") or loser
        end = frm.end()
    if loser == side or _hedged(cap, m.start(), end):
        return
    # (the evidence of a gerund after a comma starts at the gerund)
    start = m.start("gerund") if text[m.start()] in ",;" else m.start()
    stated, end = _stated_date(cap, start, end, gallery_date)
    for each in members:
        add(
            each, side, "captured", start, end, "clause", from_controller=loser or "",
            stated=stated,
        )  # fmt: skip


_PREPOSITION_END_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.PREPOSITIONS)}|for|of|by|with|against|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# the first words of the main clause's predicate, and the losses among them
_OPENING_VERB_RE: Final = re.compile(r"(?:\s+[\w'’-]+){1,3}")
_OPENING_LOSS_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.heads(lx.LOSE_VERBS))}|loses|suffered|suffers)\b", re.IGNORECASE
)
_OPENING_CUE_RE: Final = re.compile(
    rf"\s*[\"“]?{lx.alternation(lx.CAPTURE_NOUN_CUES)}\s+(?:the\s+)?$", re.IGNORECASE
)


def _opening_subject(cap: _Caption, sentence: int, start: int, end: int) -> str | None:
    """The side of the main clause's subject after a phrase that opens its sentence at ``start``
    and ends at ``end`` ("With the capture of X, *the rebels* ..."), or ``None``."""
    text = cap.text
    s_start, s_end = cap.sentences[sentence]
    if _OPENING_CUE_RE.fullmatch(text, s_start, start) is None:
        return None
    comma = text.find(",", end, s_end)
    if comma < 0 or text[end:comma].count(" ") > 6 or _APPOSITIVE_START_RE.match(text, comma):
        return None
    main = [a for a in cap.actors_in(sentence) if a.start > comma and not a.modifier]
    if not main or main[0].side not in lx.SIDES:
        return None
    lead = text[comma + 1 : main[0].start].strip().lower()
    # its verb states no loss nor a wish ("With the capture of X, IS *lost* ...", "... the
    # army *would* ...")
    verb = _OPENING_VERB_RE.match(text, main[0].end)
    if (
        verb is None
        or _CLAUSE_HEDGE_RE.search(verb.group(0)) is not None
        or _OPENING_LOSS_RE.search(verb.group(0)) is not None
    ):
        return None
    return main[0].side if lead in ("the", "", "syrian") else None


_LOSER_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.LOSS_NOUNS)}\s+(?:for|to)\s+(?:the\s+)?$", re.IGNORECASE
)


def _loser(text: str, start: int) -> bool:
    """Whether the actor at ``start`` is named as the loser ("a defeat *for* IS")."""
    return _LOSER_BEFORE_RE.search(text, max(0, start - 40), start) is not None


def _clause_before(cap: _Caption, comma: int) -> bool:
    """Whether a clause with an actor as its subject ends at ``comma`` ("IS attacked at dawn,
    seizing X"): not a phrase that only opens the sentence ("For the army, retaking X is ...")."""
    s_start = cap.sentences[cap.sentence_of(comma)][0]
    subjects = [
        a
        for a in cap.actors
        if s_start <= a.start
        and a.end <= comma
        and not a.modifier
        and not a.civilian
        and _PREPOSITION_END_RE.search(cap.text, max(s_start, a.start - 12), a.start) is None
    ]
    return bool(subjects)


def _leading_quote(text: str, start: int) -> int:
    """How many quote marks open the sentence at ``start`` (0 or 1)."""
    return 1 if text[start : start + 1] in _QUOTE_OPEN else 0


def _front_participle_rule(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    """ "Held by rebels since 2012, X has ...": the subject after the comma, held or taken by
    the agent."""
    side = _side_of(m)
    sentence = cap.sentence_of(m.start())
    places = cap.places_after(m.end(), sentence)
    if side is None or not places or _hedged(cap, m.start(), m.end()):
        return
    held = m.group("verb").lower() in lx.PLAIN_HELD
    stated, end = ("", places[-1].mention.end)
    if not held:
        stated, end = _stated_date(cap, m.start(), m.end(), gallery_date)
        end = max(end, places[-1].mention.end)
    for each in places:
        add(
            each, side, "held" if held else "captured", m.start(), end, "post",
            stated=stated or (_PAST if not held else ""),
        )  # fmt: skip


def _losing_rule(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    """ "after losing X to rebels": X went to the side named after "to" (from the one side
    named before, when one is)."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    obj = _object_slot(cap, m.end(), sentence)
    if obj is None:
        return
    slot, end = obj
    members = [slot]
    if end == slot.mention.end:
        members += cap.listed_after(slot)
        end = members[-1].mention.end
    to = _TO_RE.match(text, end)
    if to is None or _joint(text, to):
        return
    winner = _side_of_group(to, "t_")
    loser = _single_side(cap.actors_in(sentence, m.start())) or ""
    if winner is None or winner == loser or _hedged(cap, m.start(), to.end()):
        return
    stated, end = _stated_date(cap, m.start(), to.end(), gallery_date)
    for each in members:
        add(
            each, winner, "captured", m.start(), end, "clause", from_controller=loser,
            stated=stated,
        )  # fmt: skip


# ---------------------------------------------------------------- loose clause reading

# a capture verb of the lexicon, anywhere (the loose clause reading starts at each one)
_LOOSE_CAPTURE_RE: Final = re.compile(rf"\b(?:{_CAPTURE_VERB})\b", re.IGNORECASE)
_ENTRY_DECLARED_RE: Final = re.compile(lx.ENTRY_DECLARED, re.IGNORECASE)
_LOOSE_CAPTURE_KEY_RE: Final = re.compile(
    rf"\b{lx.alternation(h.lower() for h in lx.heads((*lx.CAPTURE_VERBS, *lx.HOLD_VERBS)))}\b"
)
# a holding verb, read loosely only with the place right after it ("still controls X", "holds
# the town of X"), never with another word between ("held talks in X"), nor after a dash: the
# modifier of a word that names no side ("the *militant-held* X") is no verb of the clause
_LOOSE_HOLD_RE: Final = re.compile(rf"(?<![-‑–])\b(?:{_HOLD_VERB})\b", re.IGNORECASE)
_LOOSE_HOLD_GAP_RE: Final = re.compile(
    r"\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}"
    rf"{lx.alternation(lx.MENTION_PREFIX_NOUNS)}\s+of\s+(?:the\s+)?)?",
    re.IGNORECASE,
)
_LOOSE_BOUNDARY_RE: Final = re.compile(
    rf"[;:()\[\]]|\b{lx.alternation(lx.LOOSE_CLAUSE_BOUNDARIES)}"
    rf"|,\s*{lx.alternation(lx.LOOSE_SUBORDINATORS)}\b",
    re.IGNORECASE,
)
_LOOSE_OPENING_RE: Final = re.compile(
    rf"\s*[\"“]?\s*{lx.alternation(lx.LOOSE_SUBORDINATORS)}\b", re.IGNORECASE
)
# what makes the verb no done capture: an infinitive, a negation, a participle ("X seized by")
_LOOSE_NOT_BEFORE_RE: Final = re.compile(
    r"(?:\b(?:to|not|never|no|cannot)|n['’]t)\s+(?:\w+\s+)?[\"“]?$", re.IGNORECASE
)
_LOOSE_DEGREE_RE: Final = re.compile(rf"\b{lx.alternation(lx.DEGREE_HEDGES)}\b", re.IGNORECASE)
# a participle as an adjective ("the newly captured X"): no clause's verb
_LOOSE_ATTRIBUTE_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.DETERMINERS)}|newly|recently|freshly)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_LOOSE_BY_AFTER_RE: Final = re.compile(r"\s+by\b", re.IGNORECASE)
_LOOSE_OBJECT_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.OBJECT_PREPOSITIONS)}\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
# the object of an attack before a capture verb ("forces attacked *the Kurdish fighters'*
# positions and seized X"): the side attacked, which is not the one that took X
_ATTACKED_BEFORE_RE: Final = re.compile(
    r"\b(?:attack(?:ed|ing)|target(?:ed|ing)|shell(?:ed|ing)|bomb(?:ed|ing)|struck|hit(?:ting)?|"
    r"ambush(?:ed|ing)|fought|fighting|repel(?:led|ling)|assault(?:ed|ing))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a number of places before the one named ("captured *more than 20 villages and* the town of X")
_LOOSE_COUNT_RE: Final = re.compile(
    r"\s+(?:(?:more\s+than|over|some|about|nearly|almost|at\s+least)\s+)?\d+\s+(?:[\w-]+\s+)?"
    rf"{lx.alternation(lx.LIST_PLACE_NOUNS)}s?\s+(?:,\s*)?(?:and|as\s+well\s+as|including)(?=\s)"
    # the places the count is made of, in brackets or set off ("seized two neighbourhoods
    # *(X and Y)*", "took three villages*,* X, Y and Z")
    rf"|\s+(?:(?:more\s+than|over|about|nearly|almost|at\s+least)\s+)?"
    rf"{lx.alternation(lx.COUNT_WORDS)}\s+(?:[\w-]+\s+)?{lx.alternation(lx.LIST_PLACE_NOUNS)}s?"
    # (a day may stand before the list: "took three districts *on Friday*: X, Y and Z")
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+overnight"
    r"|\s+(?:last|this)\s+(?:week|weekend))?"
    r"\s*(?:\(|,|:|[-‑–—]\s)\s*(?:namely\s+|including\s+)?(?=(?-i:[A-Z])|the\s)",
    re.IGNORECASE,
)
_LOOSE_PRONOUN_RE: Final = re.compile(
    rf"\s*[\"“]?\s*(?:(?P<they>they)|(?P<back>the\s+{lx.alternation(lx.BACK_REFERENCE_NOUNS)}))\b",
    re.IGNORECASE,
)


# the names after a place in a list, known or not ("X*, Kafr Naya & Kafr Naseh*")
_LIST_TAIL_RE: Final = re.compile(
    r"(?:\s*(?:,|&|\band\b)\s*(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:[\s-]+(?-i:[A-Z])[\w'’-]*){0,3})+",
    re.IGNORECASE,
)


def _listed_under_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A list of places, some of them unknown to the gazetteer, "under control of" one side.

    The list's names run from a place through commas, "and" or "&" to "under"; each place of
    it no other rule has read is held by the side named ("Tal Rifaat, Kafr Naya & Kafr Naseh
    under control of SDF").
    """
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        tail = _LIST_TAIL_RE.match(text, slot.mention.end)
        if tail is None:
            continue
        under = _POST_UNDER_RE.match(text, tail.end())
        if under is None or _UNDER_CHANGE_RE.search(under.group("mods") or "") is not None:
            continue
        side = _side_of(under)
        sentence = cap.sentence_of(slot.mention.start)
        if (
            side is None
            or cap.sentence_of(under.end() - 1) != sentence
            or _joint(text, under)
            or _hedged(cap, slot.mention.start, under.end())
        ):
            continue
        add(slot, side, "held", slot.mention.start, under.end(), "post")
        covered.add(slot.mention.place_id)


def _loose_clause_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """Read each capture verb's clause loosely, for places no other rule has read.

    The clause runs from the last boundary before the verb (a semicolon, "while", "but",
    "said" ...) to the verb; its armed actors that are no object ("clashes *with* IS", "attacked
    *the YPG's* positions") and no reporter must be of one side, or a "they" / "the group" that
    opens it points back to one.
    The verb must be a done capture (no hedge in the clause, no "to", "not" before it, no "by"
    after it), not a mere entry ("entered"); its object is the place right after it (through
    filler words and a "from" side) and the places listed with it.
    """
    text = cap.text
    verbs = [(v, "captured") for v in _LOOSE_CAPTURE_RE.finditer(text)]
    verbs += [(v, "held") for v in _LOOSE_HOLD_RE.finditer(text)]
    # an entry that declares its control ("swept into X, declaring full control"): a capture
    declared = (
        [(v, "captured") for v in _ENTRY_DECLARED_RE.finditer(text)]
        if "control" in text.lower()
        else []
    )
    declared_at = {v.start() for v, _ in declared}
    verbs += [(v, a) for v, a in declared if not _hedged(cap, v.start(), v.end())]
    for verb, action in verbs:
        head = verb.group(0).split()[0].lower()
        if (
            head in lx.ENTRY_ONLY_VERBS and verb.start() not in declared_at
        ) or _LOOSE_BY_AFTER_RE.match(text, verb.end()):
            continue
        if action == "held":
            gap = _LOOSE_HOLD_GAP_RE.match(text, verb.end())
            nxt = cap.slot_after(verb.end(), cap.sentence_of(verb.start()))
            if gap is None or nxt is None or gap.end() != nxt.core:
                continue  # "held talks in X": no holding of X
        before = max(0, verb.start() - 30)
        if (
            _LOOSE_NOT_BEFORE_RE.search(text, before, verb.start()) is not None
            or _LOOSE_ATTRIBUTE_RE.search(text, before, verb.start()) is not None
        ):
            continue
        sentence = cap.sentence_of(verb.start())
        s_start = cap.sentences[sentence][0]
        bounds = list(_LOOSE_BOUNDARY_RE.finditer(text, s_start, verb.start()))
        c_start = bounds[-1].end() if bounds else s_start
        if not bounds and (opening := _LOOSE_OPENING_RE.match(text, s_start)) is not None:
            c_start = opening.end()  # "As the army advanced, ...": its own clause
        # a set-off phrase that opens with a conjunction and ends with a comma before the verb
        # ("Syrian troops, *after weeks of fighting,* retook X") is skipped, not a clause
        skip = (-1, -1)
        while bounds and bounds[-1].group(0).startswith(","):
            phrase = bounds[-1].group(0)
            close = (
                bounds[-1].end() - 1
                if phrase.endswith(",")
                else text.find(",", bounds[-1].end(), verb.start())
            )
            if close < 0 or len(text[close + 1 : verb.start()].split()) > 2:
                break  # (an adverb may stand before the verb: "..., now hold X")
            skip = (bounds[-1].start(), close + 1)
            bounds.pop()
            c_start = bounds[-1].end() if bounds else s_start
        if skip[0] < 0 and bounds and (relative := _set_off_relative(text, bounds[-1], verb)):
            # "Syrian army forces, controlled by ..., *who was once a member of IS,* seized X":
            # a relative clause set off before the verb describes the subject before it
            skip = relative
            bounds.pop()
            c_start = bounds[-1].end() if bounds else s_start
            if not bounds and (opening := _LOOSE_OPENING_RE.match(text, s_start)) is not None:
                c_start = opening.end()
        if (
            _CLAUSE_HEDGE_RE.search(text, c_start, skip[0] if skip[0] >= 0 else verb.start())
            is not None
            or _hedged(cap, verb.start(), verb.end())
            or verb.start() - c_start - max(0, skip[1] - skip[0]) > 160
        ):
            continue
        from_side = ""
        extent = "whole"
        bare = _SIDE_PARTS_BARE_RE.match(text, verb.end())
        bare_city = _bare_parts_city(cap, sentence) if bare is not None else None
        slot: _Slot | None
        if bare_city is not None:
            # "had taken control of eastern areas": a part of the one city of the sentence
            slot, extent = bare_city, "part"
        else:
            slot = cap.slot_after(verb.end(), sentence, site=True)
        if slot is None and (taken_from := _FROM_RE.match(text, verb.end())) is not None:
            loser = _side_of_group(taken_from, "f_")
            slot = cap.slot_after(taken_from.end(), sentence, site=True)
            from_side = loser or ""
        if slot is None and (count := _LOOSE_COUNT_RE.match(text, verb.end())) is not None:
            slot = cap.slot_after(count.end(), sentence, site=True)
        obj_end = -1
        if slot is None and action == "captured" and verb.start() not in declared_at:
            # "rebels swept into Aleppo and took control of (most of) the city": an anaphor of
            # the place entered, or a share of it
            slot, extent, obj_end = _loose_anaphor_object(cap, verb.end(), sentence)
        if slot is None:
            continue
        places = [slot] if extent == "part" or obj_end >= 0 else [slot, *cap.listed_after(slot)]
        if (
            all(p.mention.place_id in covered for p in places)
            or _LOOSE_DEGREE_RE.search(text, c_start, slot.core) is not None
            or _hedged(cap, slot.core, places[-1].mention.end)
        ):
            continue  # "have *largely* taken control of X": not the whole place
        actors = [
            a
            for a in cap.actors
            if c_start <= a.start
            and a.end <= verb.start()
            and not a.modifier
            and not a.civilian
            and not skip[0] <= a.start < skip[1]
            and _LOOSE_OBJECT_BEFORE_RE.search(text, max(c_start, a.start - 40), a.start) is None
            and _ATTACKED_BEFORE_RE.search(text, max(c_start, a.start - 30), a.start) is None
            and _OPPONENT_BEFORE_RE.search(text, max(c_start, a.start - 30), a.start) is None
            and _REPORTER_AFTER_RE.match(text, a.end) is None
        ]
        if actors:
            # foreign forces beside one Syrian side ("Turkish troops and allied rebels") leave
            # the place to that side; foreign forces alone hold nothing
            sides = {a.side for a in actors if a.side is not None}
            side = next(iter(sides)) if len(sides) == 1 else None
            start = actors[0].start
        else:
            pronoun = _LOOSE_PRONOUN_RE.match(text, c_start)
            if pronoun is None:
                continue
            side = _antecedent_side(
                cap, sentence, pronoun.start(), back=pronoun.group("back") is not None
            )
            start = pronoun.start()
        if side is None or side not in lx.SIDES or side == from_side:
            continue
        if not from_side:
            taken_from = _FROM_RE.match(text, places[-1].mention.end)
            if taken_from is not None:
                from_side = _side_of_group(taken_from, "f_") or ""
        for place in places:
            if place.mention.place_id not in covered:
                add(
                    place,
                    side,
                    action,
                    start,
                    obj_end
                    if obj_end >= 0
                    else place.mention.end
                    if bare is None or bare_city is None
                    else bare.end(),
                    "clause",
                    from_controller=from_side,
                    extent=extent,
                )
                covered.add(place.mention.place_id)


def _loose_anaphor_object(cap: _Caption, pos: int, sentence: int) -> tuple[_Slot | None, str, int]:
    """The object of a capture verb read loosely at ``pos`` when it is an anaphor ("... and took
    control of *the city*") or a share of a place ("*most of* the city", "*parts of* X"): its
    place, the extent (``part`` for a share, only of a city, town or village) and the object's
    end; ``(None, "whole", -1)`` for none."""
    extent = "whole"
    share = _PART_OBJECT_OF_PLACE_RE.match(cap.text, pos)
    if share is not None:
        pos, extent = share.end(), "part"
    obj = _object_slot(cap, pos, sentence)
    if obj is None or (extent == "part" and obj[0].mention.precision not in _PARTS_TAKEN_KINDS):
        return None, "whole", -1
    return obj[0], extent, obj[1]


_FOREIGN_ALLIES_RE: Final = re.compile(lx.FOREIGN_ALLIES, re.IGNORECASE)
_FOREIGN_ALONGSIDE_RE: Final = re.compile(lx.FOREIGN_ALONGSIDE, re.IGNORECASE)
_FOREIGN_ARMY_AFTER_RE: Final = re.compile(lx.FOREIGN_ARMY_AFTER, re.IGNORECASE)
_FOREIGN_CAPTURER_RES: Final = tuple(
    (re.compile(pattern, re.IGNORECASE), side) for pattern, side in lx.FOREIGN_CAPTURERS
)


def _foreign_capturer(subject: str) -> str | None:
    """The side a foreign army's capture goes to ("Turkish forces" take for the rebels)."""
    for pattern, side in _FOREIGN_CAPTURER_RES:
        if pattern.match(subject):
            return side
    return None


def _foreign_owner(cap: _Caption, owner: str) -> str | None:
    """The side a foreign army's capture named by its noun went to ("*Turkey's* seizure of
    the town"): that of :data:`~aleppomap.control.lexicon.FOREIGN_CAPTURERS`, only when it is
    the one Syrian side the caption names ("Turkish-backed rebels ... Turkey's seizure of X"),
    besides the side named as the loser ("... is a blow *to the Kurds*")."""
    side = _foreign_capturer(owner)
    named = {
        a.side
        for a in cap.actors
        if a.side is not None
        and not a.civilian
        and not _loser(cap.text, a.start)
        # ("entrenches *his troops* as an occupying force": the owner's, named before)
        and _POSSESSIVE_PRONOUN_BEFORE_RE.search(cap.text, max(0, a.start - 6), a.start) is None
    }
    return side if side is not None and named == {side} else None


_POSSESSIVE_PRONOUN_BEFORE_RE: Final = re.compile(r"\b(?:his|her|its)\s+$", re.IGNORECASE)


def _side_of_group(m: re.Match[str], prefix: str) -> str | None:
    return _side_of(m, prefix)


def _as_mention(m: _MentionLike, text: str) -> ControlMention:
    if isinstance(m, ControlMention):
        return m
    return ControlMention(
        place_id=str(m.place_id),
        start=int(m.start),
        end=int(m.end),
        place=str(getattr(m, "place", "") or ""),
        matched=str(getattr(m, "matched", "") or text[int(m.start) : int(m.end)]),
        role=str(getattr(m, "role", "") or "location"),
        precision=str(getattr(m, "precision", "") or "neighbourhood"),
        cue=str(getattr(m, "cue", "") or ""),
    )


# -------------------------------------------------------------------------- holdings said otherwise

# a lower-case word (an adjective or an ordinal: "the *final* SDF-controlled territory")
_LC_WORD: Final = r"(?-i:[a-z][\w'’-]*)"
_HELD_AGENT: Final = (
    r"(?:(?:held|controlled|run|occupied|governed|dominated)\s+by\s+(?:the\s+)?"
    rf"|under\s+(?:the\s+)?(?:{lx.alternation(lx.UNDER_FULL_DEGREES)}\s+)?"
    rf"(?:control|{lx.alternation(lx.UNDER_RULE_NOUNS)})\s+of\s+(?:the\s+)?"
    r"|in\s+the\s+hands\s+of\s+(?:the\s+)?)"
)
# "X was the ISIS group's northern stronghold", "X represented the final SDF-controlled
# territory west of the Euphrates", "X is considered the second area under the control of the
# SNA": a predicate whose noun names the place as a side's hold
_HOLDING_PREDICATE_RE: Final = re.compile(
    # (or an apposition: "X, one of the few towns still under rebel control")
    rf"{_GENERIC}(?:{_SET_OFF_APPOS}\s*,?\s+(?:which\s+|that\s+)?"
    rf"(?P<verb>{lx.alternation(lx.HOLDING_PREDICATE_VERBS)})\s+|\s*,\s*(?=one\s+of\b|the\s))"
    r"(?P<once>(?:also|still|now|long|effectively|once|formerly)\s+)?"
    r"(?:(?:one\s+of\s+)?(?:the|an?)\s+)?(?:"
    # a side's own: "the ISIS group's northern stronghold", "a rebel bastion"
    rf"(?P<owner>{_ACTOR.replace('?P<', '?P<o_')})(?:['’]s?)?\s+(?:{_LC_WORD}\s+){{0,3}}?"
    rf"{lx.alternation(lx.HOLDING_PREDICATE_NOUNS)}"
    # a side's "-held" place: "the final Syrian Democratic Forces (SDF)-controlled territory"
    rf"|(?:{_LC_WORD}\s+){{0,3}}?\b(?:{_SIDE_GROUP.replace('?P<', '?P<h_')})"
    rf"(?:\s*\((?-i:[A-Z]{{2,5}})\))?\s*{lx.DASH}\s*{lx.alternation(lx.PLAIN_HELD)}\s+"
    rf"(?:{_LC_WORD}\s+){{0,2}}?{lx.alternation(lx.HOLDING_PLACE_NOUNS)}"
    # a place held by a side named after it: "the second area under the control of the SNA"
    rf"|(?:{_LC_WORD}\s+){{0,4}}?{lx.alternation(lx.HOLDING_PLACE_NOUNS)}\s+"
    r"(?:(?:still|now|currently|firmly)\s+)?"
    rf"(?:{_HELD_AGENT}{_FORCES_OF}(?P<actor>{_ACTOR})"
    rf"|under\s+(?:the\s+)?(?P<under>{_ACTOR.replace('?P<', '?P<u_')})\s+control"
    rf"|in\s+(?:the\s+)?(?P<hands>{_ACTOR.replace('?P<', '?P<n_')})(?:['’]s?)?\s+hands)"
    # a place's allegiance: "two Shiite towns loyal to the government"
    rf"|(?:[\w'’-]+\s+){{0,3}}?{lx.alternation(lx.HOLDING_PLACE_NOUNS)}\s+loyal\s+to\s+"
    rf"(?:the\s+)?(?P<loyal>{_ACTOR.replace('?P<', '?P<l_')})"
    r")\b",
    re.IGNORECASE,
)
_FORMER_WORD_RE: Final = re.compile(r"\b(?:former|one-?time|erstwhile|ex-)", re.IGNORECASE)
_WHERE_WORDS: Final = ("where", "saw", "sees", "witnessed", "seen")
_PREDICATE_KEYS: Final = (
    "stronghold", "bastion", "base", "headquarters", "enclave", "pocket", "territor", "outpost",
    "redoubt", "held", "controlled", "control", "hands", "rule", "authority", "administration",
    "loyal",
)  # fmt: skip
# "X (controlled by Turkey-backed rebels)", "X (rebel-held)", "X (opposition held territory)": a
# holding in brackets after it
_BRACKET_HELD_RE: Final = re.compile(
    rf"{_GENERIC}\s*\(\s*(?:(?:still|now|currently|then)\s+)?(?:"
    rf"{lx.alternation(lx.POSITION_VERBS)}\s+by\s+(?:the\s+)?{_FORCES_OF}(?P<actor>{_ACTOR})"
    rf"|under\s+(?:the\s+)?(?P<under>{_ACTOR.replace('?P<', '?P<u_')})\s+control"
    rf"|(?P<held>{_SIDE_GROUP.replace('?P<', '?P<h_')})\s*{lx.DASH}\s*"
    rf"{lx.alternation(lx.PLAIN_HELD)}"
    # (its hyphen left out, a place noun or nothing after it: "X (opposition held territory)";
    # not "X (rebels held a rally)")
    rf"|(?P<held2>{_SIDE_GROUP.replace('?P<', '?P<g_')})\s+{lx.alternation(lx.PLAIN_HELD)}"
    rf"(?=\s*[),]|\s+{lx.alternation(lx.BRACKET_HELD_NOUNS)}\s*[),]))"
    r"(?:\s+[\w'’-]+){0,3}?\s*[),]",
    re.IGNORECASE,
)
# "X, where rebels have been in control since 2012": the side in control there
_WHERE_IN_CONTROL_RE: Final = re.compile(
    rf"{_GENERIC}\s*,\s*where\s+(?:the\s+)?(?P<actor>{_ACTOR}){_AUX}\s+in\s+"
    rf"(?:(?:{lx.alternation(lx.UNDER_FULL_DEGREES)})\s+)?control\b(?!\s+of\b)",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- changes of hands
# The capture, withdrawal and expulsion wordings read by :func:`_change_of_hands_rules`.

# "militants *opposing* the Syrian government seized X": an actor named inside a modifier of
# the subject is the side opposed, never the one that took the place
_OPPONENT_BEFORE_RE: Final = re.compile(
    # (a leader's name may stand before the side's: "opposed to the *Assad* government")
    rf"\b{lx.alternation(lx.OPPONENT_WORDS)}\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# "the countryside of the town of K": K is only the reference of the area meant
_REGION_OF_BEFORE_RE: Final = re.compile(
    rf"(?:\b{lx.alternation(lx.REGION_OF_WORDS)}\s+of|\b(?:near|around|outside|close\s+to))\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "in Q village *in the* countryside of K", "in the village of Q, *in the* countryside of K": a
# settlement named before the region, which the region only locates (not "the village in the
# countryside of K", unnamed: the countryside's)
_SETTLEMENT_IN_REGION_RE: Final = re.compile(
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:village|town|hamlet)\s*,?|(?-i:[A-Z])[\w'’-]*"
    r"|\b(?:village|town|hamlet)\s+of\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}?(?-i:[A-Z])[\w'’-]*\s*,)"
    r"\s+in\s+the\s+"
    r"(?:(?:northern|southern|eastern|western|north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
# "the (eastern) countryside of the town of K": the region is a part of K
_REGION_PART_BEFORE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.REGION_OF_WORDS)}\s+of\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "after IS militants were pushed out by a US-backed SDF offensive"
_PUSHED_OUT_BY_RE: Final = re.compile(
    rf"(?:{_ACTOR.replace('?P<', '?P<l_')}|\b{lx.alternation(lx.DRIVEN_NOUNS)})\s+"
    rf"(?:(?:had|have|has)\s+)?{lx.PUSHED_OUT_BY}\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<actor>{_ACTOR.replace('?P<', '?P<y_')})",
    re.IGNORECASE,
)
# "the army units have expelled the terrorists": a drive with no place after it
_EXPEL_NO_PLACE_RE: Final = re.compile(
    rf"(?P<subject>{_ACTOR}){_EXTRAS}{_AUX}\s+{lx.alternation(lx.EXPEL_VERBS)}\s+(?:all\s+)?(?:the\s+)?"
    rf"(?:remaining\s+)?(?:{_ACTOR.replace('?P<', '?P<d_')}|{lx.alternation(lx.DRIVEN_NOUNS)})\b"
    r"(?!\s+(?:out\s+)?(?:of|from)\b)",
    re.IGNORECASE,
)
# "..., forcing it out of X and Y": the side struck before it, driven out by the clause's side
_COMMA_DRIVE_RE: Final = re.compile(
    rf"[,;]\s+{lx.alternation(lx.COMMA_DRIVE_GERUNDS)}\s+(?:(?P<pronoun>it|them)|(?:the\s+)?"
    rf"(?P<driven>{_ACTOR.replace('?P<', '?P<d_')}))(?:\s+out)?\s+{lx.alternation(lx.DRIVEN_FROM)}"
    r"\b",
    re.IGNORECASE,
)
# "a week after *its takeover by* HTS-led factions", "after *its recapture from* IS": "its"
# is the place just named
_ITS_NOMINAL_RE: Final = re.compile(
    rf"\bits\s+(?:(?:recent|swift|rapid|reported|final)\s+)?"
    rf"(?P<noun>{lx.alternation(lx.CAPTURE_NOUNS)})\b(?!\s+of\b|[-‑–]){lx.NOMINAL_DAY_GAP}",
    re.IGNORECASE,
)


def _holding_post_rules(
    cap: _Caption,
    slot: _Slot,
    add: _Add,
    pos: int,
    attached: Callable[[re.Match[str] | None], re.Match[str] | None],
) -> None:
    """More holdings read right of a mention: a predicate whose noun names the place as a
    side's ("X was the ISIS group's northern stronghold", "X represented the final
    SDF-controlled territory"), and fighting in a relative after it ("X, where heavy clashes
    were reported"). A holding stated with a verb of the past is dated ``past``."""
    text = cap.text
    begin = slot.mention.start
    low_after = text[pos : pos + 240].lower()
    m = (
        attached(_HOLDING_PREDICATE_RE.match(text, pos))
        if any(k in low_after for k in _PREDICATE_KEYS)
        else None
    )
    sentence = cap.sentence_of(slot.core)
    if m is not None and cap.sentence_of(m.end() - 1) == sentence:
        set_off = m.group(0).find(",")
        hedge_from = (
            pos + set_off + 1 if set_off >= 0 and not text[pos : pos + set_off].strip() else begin
        )
        if m.group("owner") is not None:
            side, actor_group = _side_of(m, "o_"), None
        elif m.group("actor") is not None:
            side, actor_group = _side_of(m), "actor"
        elif m.group("under") is not None:
            side, actor_group = _side_of(m, "u_"), None
        elif m.group("hands") is not None:
            side, actor_group = _side_of(m, "n_"), None
        elif m.group("loyal") is not None:
            side, actor_group = _side_of(m, "l_"), None
        else:
            side, actor_group = _side_of(m, "h_"), None
        if (
            side is not None
            # ("X is the rebels' former stronghold": no longer theirs)
            and _FORMER_WORD_RE.search(m.group(0)) is None
            and not _hedged(cap, hedge_from, m.end())
            and not (actor_group is not None and _joint(text, m))
            and not (_after_capture(cap, begin, slot) and not _hedged(cap, begin, begin))
            and not _inside_apposition(cap, slot)
        ):
            verb = " ".join((m.group("verb") or "").lower().split())
            once = (m.group("once") or "").strip().lower()
            if once in ("once", "formerly") or _HELD_UNTIL_RE.match(text, m.end()):
                # an ended holding ("X was once an IS stronghold", "X was under rebel control
                # until 2016") is the side's loss, as "X, held by rebels until December" is
                after = _other_side(cap.actors_in(sentence), side)
                add(slot, after, "lost", begin, m.end(), "post", from_controller=side)
            else:
                past = verb in lx.PAST_PREDICATE_VERBS
                add(slot, side, "held", begin, m.end(), "post", stated=_PAST if past else "")
    if "(" in text[pos : pos + 3]:
        m = _BRACKET_HELD_RE.match(text, pos)
        if m is not None and not _hedged(cap, begin, m.end()):
            if m.group("actor") is not None:
                side = None if _joint_other(text, m) else _side_of(m)
            else:
                prefix = "u_" if m.group("under") else "h_" if m.group("held") else "g_"
                side = _side_of(m, prefix)
            if side is not None:
                add(slot, side, "held", begin, m.end(), "post")
    m = _WHERE_IN_CONTROL_RE.match(text, pos) if "where" in low_after[:20] else None
    if m is not None and not _hedged(cap, begin, m.end()) and not _joint(text, m):
        side = _side_of(m)
        if side is not None:
            add(slot, side, "held", begin, m.end(), "post")


# "targeted militants' stronghold in al-Rashedeen", "storm Jaysh al-Fateh's stronghold at Khan
# Tuman", "army positions in X": a side's site in a place it holds
_HELD_SITE_RE: Final = re.compile(
    rf"(?:(?P<unnamed>\b{lx.alternation(lx.UNNAMED_HOLDER_MODIFIERS)})['’]s?"
    rf"\s+(?:{_LC_WORD}\s+){{0,3}}?"
    # (also the side's "-held" ones: "SDF-controlled areas in X")
    rf"|(?P<actor>{_ACTOR})(?:['’]s?\s+(?:{_LC_WORD}\s+){{0,3}}?"
    rf"|(?P<held>\s*{lx.DASH}\s*{lx.alternation(lx.PLAIN_HELD)})\s+|\s+))"
    rf"(?P<noun>{lx.alternation(lx.HELD_SITE_NOUNS)})\s+(?:in|at|inside)\s+",
    re.IGNORECASE,
)
_HELD_SITE_KEY_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.HELD_SITE_NOUNS)}\s+(?:in|at|inside)\b"
)
# the kinds of place a stronghold may stand in (not a city or a region of it: a part of them)
_HELD_SITE_KINDS: Final = frozenset({"neighbourhood", "landmark", "town", "village"})
# "the army repelled yet another Turkish-led attack on its newly-established positions in the
# towns of X and Y": the repelling side holds the place attacked
_REPEL_RE: Final = re.compile(
    rf"\b(?P<verb>{lx.alternation(lx.REPEL_VERBS)})\s+"
    r"(?:(?:an?|the|yet|another|several|two|three|multiple|repeated|new|fresh|renewed)\s+)*"
    rf"(?:(?:{_LC_WORD}|[\w'’]+{lx.DASH}(?:led|backed|supported)"
    # (the attacker's name as its modifier: "fended off *an IS* assault on X", round 23)
    rf"|(?-i:IS|ISIS|ISIL|YPG|SDF|FSA|HTS|SNA|Kurdish|Turkish|Syrian|Daesh))\s+){{0,3}}?"
    rf"{lx.alternation(lx.ATTACK_NOUNS)}\s+(?:(?:by|from)\s+[^,;:.]{{1,60}}?\s+)?"
    r"(?:on|against|targeting)\s+"
    r"(?:(?:its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:positions?|posts|bases?|defen[cs]es|lines)"
    r"\s+(?:in|at|around)\s+)?",
    re.IGNORECASE,
)
_REPEL_KEY_RE: Final = re.compile(rf"\b{lx.alternation(lx.REPEL_VERBS)}\b")
# the words between a subject and its verb ("the SDF *was able to* repel")
_REPEL_GAP_RE: Final = re.compile(
    r"(?:\s+(?:also|again|successfully|was|were|had|has|have|been|able|managed|to|later|then"
    r"|on\s+\w+day|\w+day|yesterday|today|overnight))*\s+",
    re.IGNORECASE,
)
# "with government forces controlling X (which also houses Y)"
_WITH_HOLDING_RE: Final = re.compile(
    rf"\bwith\s+(?:the\s+)?(?P<actor>{_ACTOR})\s+(?:(?:now|still|firmly|already|largely)\s+)?"
    rf"{lx.alternation(lx.WITH_HOLDING)}\s+",
    re.IGNORECASE,
)
_HOUSES_RE: Final = re.compile(
    rf"\s*\(\s*(?:which\s+|that\s+)?(?:also\s+)?{lx.alternation(lx.HOUSES_VERBS)}\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "the dam and the surrounding villages remain under SDF control": a site named before
_SITE_UNDER_RE: Final = re.compile(
    rf"\bthe\s+(?P<noun>{lx.alternation((*lx.SITE_ANAPHOR_NOUNS, *lx.ANAPHOR_NOUNS))})\b"
    r"(?:\s+and\s+(?:the\s+)?[\w\s'’-]{1,60}?)?\s*,?\s+(?:(?:which|that)\s+)?"
    rf"(?:{lx.alternation(lx.UNDER_MODIFIERS)}\s+)+under\s+(?:the\s+)?"
    rf"(?:(?:{lx.alternation(lx.UNDER_FULL_DEGREES)})\s+)?"
    rf"(?:control\s+of\s+(?:the\s+)?{_FORCES_OF}(?P<actor>{_ACTOR})"
    rf"|(?P<actor2>{_ACTOR.replace('?P<', '?P<b_')})\s+control)\b",
    re.IGNORECASE,
)
_SITE_KINDS: Final = frozenset({"landmark"})
_ATTACK_WORDS: Final = ("attack", "assault", "offensive", "incursion", "raid")
# "X, Y and Z and other areas controlled by the government forces": the places listed before
# the others are the side's too
_AND_OTHER_RE: Final = re.compile(
    rf"{_GENERIC}\s*,?\s+and\s+(?:the\s+)?other\s+(?:(?:nearby|neighbou?ring|surrounding)\s+)?"
    rf"(?:\b(?:{_SIDE_GROUP.replace('?P<', '?P<h_')})\s*{lx.DASH}\s*{lx.alternation(lx.PLAIN_HELD)}"
    r"\s+)?(?:areas|neighbou?rhoods|districts|quarters|villages|towns|parts|places|locations"
    rf"|cities)\b(?:\s+{_HELD_AGENT}{_FORCES_OF}(?P<actor>{_ACTOR})"
    rf"|\s+under\s+(?:the\s+)?(?P<under>{_ACTOR.replace('?P<', '?P<u_')})\s+control)?",
    re.IGNORECASE,
)


def _chain_before(cap: _Caption, slot: _Slot) -> list[_Slot]:
    """The places listed right before ``slot``, joined by commas or "and" ("X, Y and Z": X
    and Y), in its sentence."""
    i = cap.slots.index(slot)
    sentence = cap.sentence_of(slot.core)
    members: list[_Slot] = []
    nxt = slot
    for prev in reversed(cap.slots[:i]):
        if cap.sentence_of(prev.core) != sentence or prev.mention.end > nxt.mention.start:
            break
        if _LIST_JOIN_RE.fullmatch(cap.text, prev.mention.end, nxt.mention.start) is None:
            break
        members.append(prev)
        nxt = prev
    members.reverse()
    return members


def _subject_side(cap: _Caption, verb_start: int) -> str | None:
    """The side of the actor that stands right before a verb ("the army *also* repelled"),
    with only auxiliaries and a day between them, or ``None``."""
    sentence = cap.sentence_of(verb_start)
    before = [
        a
        for a in cap.actors_in(sentence, verb_start)
        if not a.modifier and not a.civilian and not a.speaker
    ]
    if not before:
        return None
    last = before[-1]
    if _REPEL_GAP_RE.fullmatch(cap.text, last.end, verb_start) is None:
        return None
    return last.side if last.side in lx.SIDES else None


def _holding_rules(cap: _Caption, low: str, add: _Add) -> None:
    """Holdings read left of a mention, each behind its own cheap word test: a side's site
    there ("militants' stronghold in X", "army positions in X"), an attack on it that a side
    repelled, "with government forces controlling X", and a site that refers back to its name
    ("the dam ... remain under SDF control")."""
    text = cap.text
    for m in _near(_HELD_SITE_RE, text, _HELD_SITE_KEY_RE.finditer(low), 80, 8):
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        noun = m.group("noun").lower()
        if m.group("unnamed") is not None:
            if any(a.side in ("islamic_state", "kurdish") for a in cap.actors):
                continue  # "militants" may be theirs
            side: str | None = "rebels"
        else:
            side = _side_of(m)
            if _JOINED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "Kurdish and rebel positions"
        if _FORMER_WORD_RE.search(text, max(0, m.start() - 12), m.end()):
            continue  # "the former rebel stronghold in X": no longer theirs
        if noun == "areas" and m.group("held") is None:
            continue  # (areas only a side's "-held" ones: "SDF-controlled areas in X")
        kinds = _HELD_BY_IN_KINDS if noun in lx.HELD_SITE_POSITIONS else _HELD_SITE_KINDS
        if (
            side is None
            or not places
            or _hedged(cap, m.start(), m.end())
            # ("captured the rebel stronghold in X": who held it before)
            or _capture_verb_before(cap, m.start()) is not None
        ):
            continue
        for each in places:
            if each.mention.precision in kinds:
                add(each, side, "held", m.start(), each.mention.end, "modifier")
            elif each.mention.precision == "city" and noun in _STRONGHOLD_WORDS:
                # "a rebel stronghold in Aleppo": a part of the city the side holds
                add(each, side, "held", m.start(), each.mention.end, "modifier", extent="part")
    attacked = any(noun in low for noun in _ATTACK_WORDS)
    for key in _REPEL_KEY_RE.finditer(low) if attacked else ():
        repel = _REPEL_RE.match(text, key.start())
        if repel is None:
            continue
        side = _subject_side(cap, repel.start())
        places = cap.places_after(repel.end(), cap.sentence_of(repel.start()))
        # (its determiners are no hedge: "repelled *yet* another attack")
        if side is None or not places or _hedged(cap, repel.start(), repel.end("verb")):
            continue
        for each in places:
            if each.mention.precision != "city" and each.mention.precision not in lx.REGION_KINDS:
                add(each, side, "held", repel.start(), each.mention.end, "clause")
    if "other" in low:
        for slot in cap.slots:
            other = _AND_OTHER_RE.match(text, slot.mention.end)
            if other is None:
                continue
            if other.group("actor") is not None:
                side = None if _joint(text, other) else _side_of(other)
            elif other.group("under") is not None:
                side = _side_of(other, "u_")
            else:
                side = _side_of(other, "h_")
            if side is None or _hedged(cap, slot.mention.start, other.end()):
                continue
            listed = [*_chain_before(cap, slot), slot]
            if _after_capture(cap, listed[0].mention.start, listed[0]):
                continue  # "seized X, Y and other rebel-held areas": who held them before
            for each in listed:
                if each.mention.precision != "city":
                    add(each, side, "held", each.mention.start, other.end(), "post")
    if "with" in low:
        for m in _WITH_HOLDING_RE.finditer(text):
            side = _side_of(m)
            sentence = cap.sentence_of(m.start())
            places = cap.places_after(m.end(), sentence)
            if side is None or not places or _joint(text, m) or _hedged(cap, m.start(), m.end()):
                continue
            for each in places:
                add(each, side, "held", m.start(), each.mention.end, "post")
                houses = _HOUSES_RE.match(text, each.mention.end)
                inner = cap.slot_after(houses.end(), sentence) if houses is not None else None
                if inner is not None and inner.mention.precision == "landmark":
                    # "X (which also houses Y)": Y lies in X
                    add(inner, side, "held", m.start(), inner.mention.end, "post")
    if "under" in low and "control" in low:
        for m in _SITE_UNDER_RE.finditer(text):
            side = _side_of(m) if m.group("actor") else _side_of(m, "b_")
            if (
                side is None
                or _hedged(cap, m.start(), m.end())
                or _UNDER_CHANGE_RE.search(m.group(0))
            ):
                continue
            noun = m.group("noun").lower()
            target: _Slot | None
            if noun in lx.ANAPHOR_KINDS:
                target = _antecedent(cap, m.start(), noun)
            else:
                # a site: the one named before it whose name has the noun ("Tishrin Dam")
                word = noun.split()[0].replace("\\s*", "")
                named = [
                    s
                    for s in cap.slots
                    if s.mention.end <= m.start()
                    and s.mention.precision in _SITE_KINDS
                    and word[:4] in text[s.mention.start : s.mention.end].lower()
                ]
                target = named[-1] if len({s.mention.place_id for s in named}) == 1 else None
            if target is not None:
                add(target, side, "held", m.start(), m.end(), "post")


# "HTS en verwante rebellengroepen controleren de stad Aleppo", "les rebelles contrôlent le
# quartier de X": a side's hold in the other languages (a side named in English or in them,
# its allies joined by "and")
_FOREIGN_HOLD_RE: Final = re.compile(
    rf"\b(?:(?:{_SIDE_GROUP})|(?:{_foreign_sides('d_')}))(?:\s*\((?-i:[A-Z]{{2,5}})\))?"
    rf"(?P<allies>\s+{lx.alternation(lx.FOREIGN_HOLD_JOINERS)}\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_foreign_sides('e_')}))?"
    rf"\s*[„\"“«]?\s*(?:{lx.alternation(lx.FOREIGN_HOLD_VERBS)})"
    rf"(?:\s+{lx.alternation(lx.FOREIGN_HOLD_ADVERBS)})?\s+"
    rf"(?:(?:{lx.alternation(lx.FOREIGN_HOLD_ARTICLES)})\s+"
    rf"(?:(?:{lx.alternation(lx.FOREIGN_HOLD_WHOLE)})\s+)?"
    rf"(?:{lx.alternation(lx.FOREIGN_HOLD_PLACE_WORDS)})\s+"
    rf"(?:{lx.alternation(lx.FOREIGN_HOLD_OF)}\s*)?|l['’])?",
    re.IGNORECASE,
)


def _foreign_hold_rule(cap: _Caption, add: _Add) -> None:
    """A side's hold in the other languages, said with its verb ("HTS en verwante
    rebellengroepen controleren de stad Aleppo", "les rebelles contrôlent le quartier de X"):
    the side holds the place; none when its allies are of another side or the clause is
    hedged."""
    for m in _FOREIGN_HOLD_RE.finditer(cap.text):
        side = _side_of(m) or _foreign_side(m, "d_")
        if m.group("allies") is not None and _foreign_side(m, "e_") != side:
            continue
        slot = cap.slot_after(m.end(), cap.sentence_of(m.start()))
        if side is None or slot is None or _hedged(cap, m.start(), m.end()):
            continue
        if not _object_reaches(cap, m.end(), slot.mention.start):
            continue  # ("contrôlent la route menant *à* X": the place is not the object)
        add(slot, side, "held", m.start(), slot.mention.end, "clause")


def _set_off_relative(text: str, bound: re.Match[str], verb: re.Match[str]) -> tuple[int, int]:
    """The span of a relative clause set off by commas right before ``verb`` (", who ..., "),
    opened by the loose clause's last boundary ``bound``; ``(-1, -1)`` when it is none."""
    if bound.group(0).lower() not in lx.SET_OFF_RELATIVES:
        return (-1, -1)
    close = text.rfind(",", bound.end(), verb.start())
    if close < 0 or text[close + 1 : verb.start()].strip():
        return (-1, -1)
    if not text[max(0, bound.start() - 3) : bound.start()].strip().endswith(","):
        return (-1, -1)
    return (bound.start(), close + 1)


def _foreign_capture_sides(prefix: str) -> str:
    """The sides' names that may be the subject of another language's capture verb."""
    names: dict[str, list[str]] = {}
    for side, group in (*lx.FOREIGN_SIDE_NAMES, *lx.FOREIGN_CAPTURE_SIDE_NAMES):
        names.setdefault(side, []).extend(group)
    return "|".join(f"(?P<{prefix}{side}>{'|'.join(group)})" for side, group in names.items())


_FOREIGN_CAPTURE_SIDE_RE: Final = re.compile(
    rf"\b(?:{_foreign_capture_sides('c_')})\b", re.IGNORECASE
)
_FOREIGN_CAPTURE_VERB_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.FOREIGN_CAPTURE_VERBS)}(?!\w)", re.IGNORECASE
)
_FOREIGN_NOT_SUBJECT_RE: Final = re.compile(
    rf"(?:\b{lx.alternation(lx.FOREIGN_NOT_SUBJECT_BEFORE)}\s+(?:(?:les|la|le|l['’]|los|las|el"
    rf"|den|der|dem|die|de|het)\s*)?)$",
    re.IGNORECASE,
)
_FOREIGN_PLACE_BEFORE_SIDE_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.FOREIGN_PLACE_BEFORE_SIDE)}\s+$", re.IGNORECASE
)
_FOREIGN_BY_AFTER_RE: Final = re.compile(
    rf"(?:['’]\w{{1,4}})?\s+{lx.FOREIGN_BY_AFTER}\b", re.IGNORECASE
)
# the Turkish ablative before a bare "aldı": "IŞİD'*ten* aldı" (taken from it)
_FOREIGN_FROM_BEFORE_RE: Final = re.compile(r"['’][tdTD][aeAE]n\s+(?:geri\s+)?$")
_FOREIGN_TAKEN_FROM_AFTER_RE: Final = re.compile(r"['’](?:[tdTD][aeAE]n|nin\s+elinden)\b")
_FOREIGN_CLAUSE_END_RE: Final = re.compile(lx.alternation(lx.FOREIGN_CLAUSE_END), re.IGNORECASE)
_FOREIGN_NEAR_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.FOREIGN_NEAR)}\s*(?:la\s+|le\s+|l['’]\s*)?"
    # ("près du *quartier d'*al-Ramuseh")
    rf"(?:{lx.alternation(lx.FOREIGN_PLACE_WORDS)}\s+(?:de\s+|d['’]\s*|du\s+|del\s+)?)?$",
    re.IGNORECASE,
)
_FOREIGN_CAPTURE_KEY_RE: Final = re.compile(
    lx.word_search(
        (*lx.FOREIGN_CAPTURE_VERBS, *lx.FOREIGN_RETREAT_VERBS, *lx.FOREIGN_CAPTURE_NOUNS)
    )
)
_FOREIGN_NOMINAL_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.FOREIGN_CAPTURE_NOUN_CUES)}\s+(?:la|el|il|der|dem|l['’])?\s*"
    rf"{lx.alternation(lx.FOREIGN_CAPTURE_NOUNS)}\s+(?:von\s+|de\s+|du\s+|des\s+|d['’]|del\s+"
    r"|di\s+|della\s+|dello\s+)?",
    re.IGNORECASE,
)
_FOREIGN_AGENT_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.FOREIGN_AGENT_BEFORE)}(?:\s+|(?<=['’]))(?:les|la|le|l['’]|los|las|el|il|gli|i|"
    rf"den|der|die|das)?\s*(?:{_foreign_capture_sides('a_')})\b",
    re.IGNORECASE,
)
_FOREIGN_RETREAT_VERB_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.FOREIGN_RETREAT_VERBS)}\s+(?:de|du|des|d['’]|del|dal|dalla)",
    re.IGNORECASE,
)
_FOREIGN_NOT_OBJECT_AFTER_RE: Final = re.compile(
    lx.alternation(lx.FOREIGN_NOT_OBJECT_AFTER), re.IGNORECASE
)
_FOREIGN_HEDGE_RE: Final = re.compile(rf"\b{lx.alternation(lx.FOREIGN_HEDGES)}\b", re.IGNORECASE)
_FOREIGN_DEGREE_RE: Final = re.compile(rf"\b{lx.alternation(lx.FOREIGN_DEGREES)}\b", re.IGNORECASE)
_FOREIGN_CITY_OBJECT_RE: Final = re.compile(
    r"\s+(?:le\s+contrôle\s+)?(?:(?:de\s+)?(?:la\s+)?(?:ville|ciudad|città|Stadt|stad)\s+)?"
    r"(?:d['’]\s*|de\s+|di\s+|die\s+|de\s+la\s+)?",
    re.IGNORECASE,
)
_TURKISH_VERB_RE: Final = re.compile(r"(?:geçir|al[dıi]|kurtar)", re.IGNORECASE)
_CHANGE_KEY_WORDS: Final = (
    "pushed", "driven", "forced", "kicked", "chased", "expelled", "ousted", "evicted", "routed",
    "flushed", "cleared", "drove",
)  # fmt: skip


# "the city, which was freed from ISIS by Turkish forces and the FSA": the anaphor's place
_ANAPHOR_PASSIVE_RE: Final = re.compile(
    rf"\bthe\s+(?:{lx.alternation(lx.ANAPHOR_ADJECTIVES)}\s+)*(?P<noun>{'|'.join(lx.ANAPHOR_NOUNS)})"
    r"\s*,\s*which\s+(?:had\s+been|has\s+been|was|were)\s+(?:(?:finally|fully|completely)\s+)?"
    rf"{lx.alternation(lx.RELATIVE_PASSIVE_PARTICIPLES)}"
    rf"(?:\s+from\s+(?:the\s+)?(?P<actor>{_ACTOR.replace('?P<', '?P<f_')})(?:\s+[\w-]+){{0,2}}?)?"
    rf"(?:\s+{lx.alternation(lx.WHEN_BETWEEN)})?\s+by\s+(?P<agent>[^.;,]{{1,90}})",
    re.IGNORECASE,
)
# where the agent of such a passive ends ("by X and Y *as part of* ...")
_AGENT_END_RE: Final = re.compile(r"\s+(?:as|in|on|during|after|since|when|with)\s", re.IGNORECASE)


def _change_of_hands_rules(cap: _Caption, add: _Add, low: str, gallery_date: str) -> None:
    """Captures, withdrawals and expulsions the clause rules do not read.

    A passive retreat with its agent and no place after it ("X ... after IS militants were
    pushed out by the SDF"), a drive with no place after it ("Residents of X returned after the
    army expelled the terrorists"): the place is the one named before it in its sentence. A drive
    gerund after a comma ("the SNA struck the SDF, forcing it out of X"): the clause's subject
    took X from the side struck. "after its takeover by Y": Y took the place just named. A
    capture verb of another language with a side named before it as its subject.
    """
    text = cap.text
    if any(word in low for word in _CHANGE_KEY_WORDS):
        for m in _PUSHED_OUT_BY_RE.finditer(text):
            side, loser = _side_of_group(m, "y_"), _side_of_group(m, "l_")
            sentence = cap.sentence_of(m.start())
            target = _it_antecedent(cap, m.start())
            if (
                side is None
                or side == loser
                or target is None
                or cap.sentence_of(target.core) != sentence
                or _joint(text, m)
                or _hedged(cap, m.start(), m.end())
            ):
                continue
            stated, end = _stated_date(cap, m.start(), m.end(), gallery_date)
            add(target, side, "captured", m.start(), end, "clause",
                from_controller=loser or "", stated=stated)  # fmt: skip
        for m in _EXPEL_NO_PLACE_RE.finditer(text):
            side, loser = _side_of(m), _side_of_group(m, "d_")
            sentence = cap.sentence_of(m.start())
            target = _it_antecedent(cap, m.start())
            if (
                side is None
                or side == loser
                or target is None
                or cap.sentence_of(target.core) != sentence
                or _held_after(text, m, "subject")
                or _OPPONENT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None
                or _hedged(cap, m.start(), m.end())
            ):
                continue
            stated, end = _stated_date(cap, m.start(), m.end(), gallery_date)
            add(target, side, "captured", m.start(), end, "clause",
                from_controller=loser or "", stated=stated)  # fmt: skip
    if "," in text or ";" in text:
        for m in _COMMA_DRIVE_RE.finditer(text):
            _comma_drive_rule(cap, m, add, gallery_date)
    if "which" in low and " by " in low:
        for m in _ANAPHOR_PASSIVE_RE.finditer(text):
            _anaphor_passive_rule(cap, m, add, gallery_date)
    if "its " in low:
        for m in _ITS_NOMINAL_RE.finditer(text):
            if _NOMINAL_CUE_RE.search(text, max(0, m.start() - 60), m.start()) is None:
                continue
            fall = m.group("noun").lower() == "fall"
            by_to = _BY_TO_RE.match(text, m.end())
            taken_from = None if fall or by_to is not None else _FROM_RE.match(text, m.end())
            if taken_from is not None:
                # "rebels advance in X after *its recapture from IS*": the one other side its
                # sentence names took it (the subject's)
                loser = _side_of_group(taken_from, "f_")
                sentence = cap.sentence_of(m.start())
                side = _other_side(cap.actors_in(sentence), loser) if loser else "unknown"
                target = _it_antecedent(cap, m.start())
                if (
                    loser is None
                    or side == "unknown"
                    or target is None
                    or _joint(text, taken_from)
                    or _hedged(cap, m.start(), taken_from.end())
                ):
                    continue
                add(
                    target,
                    side,
                    "captured",
                    m.start(),
                    taken_from.end(),
                    "modifier",
                    from_controller=loser,
                )
                continue
            if (
                by_to is None
                or (by_to.group("prep").lower() == "to") != fall
                or _joint(text, by_to)
            ):
                continue
            side = _side_of(by_to)
            target = _it_antecedent(cap, m.start())
            if side is None or target is None or _hedged(cap, m.start(), by_to.end()):
                continue
            add(target, side, "captured", m.start(), by_to.end(), "modifier")
    if _FOREIGN_CAPTURE_KEY_RE.search(low) is not None:
        for m in _FOREIGN_CAPTURE_VERB_RE.finditer(text):
            _foreign_capture_rule(cap, m, add)
        for m in _FOREIGN_RETREAT_VERB_RE.finditer(text):
            _foreign_capture_rule(cap, m, add, retreat=True)
        for m in _FOREIGN_NOMINAL_RE.finditer(text):
            _foreign_nominal_rule(cap, m, add)


def _anaphor_passive_rule(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    """ "the city, which was freed from ISIS by Turkish forces and the FSA": the one side named
    in the agent (foreign forces beside it leave the place to it) took the anaphor's place."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    target = _antecedent(cap, m.start(), m.group("noun"))
    if target is None:
        return
    agent_end = m.end()
    if (stop := _AGENT_END_RE.search(text, m.start("agent"), m.end())) is not None:
        agent_end = stop.start()
    agents = [
        a
        for a in cap.actors_in(sentence)
        if m.start("agent") <= a.start and a.end <= agent_end and not a.modifier
    ]
    # (foreign forces beside one Syrian side leave the place to it)
    sides = {a.side for a in agents if a.side in lx.SIDES and not a.civilian}
    side = sides.pop() if len(sides) == 1 else None
    loser = _side_of_group(m, "f_") if m.group("actor") is not None else None
    # (the relative clause is its own: a hedge of the main clause, "people are *trying* to
    # return to the city, which was freed ...", does not reach it)
    if side is None or side == loser or _HEDGE_RE.search(text, m.start(), agent_end) is not None:
        return
    stated, end = _stated_date(cap, m.start(), agent_end, gallery_date)
    add(target, side, "captured", m.start(), end, "clause", from_controller=loser or "",
        stated=stated)  # fmt: skip


def _comma_drive_rule(cap: _Caption, m: re.Match[str], add: _Add, gallery_date: str) -> None:
    """ "the SNA struck the SDF, forcing it out of X": the clause's subject took X."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    s_start = cap.sentences[sentence][0]
    before = [
        a for a in cap.actors_in(sentence, m.start()) if not a.modifier and a.side in lx.SIDES
    ]
    struck = [
        a
        for a in before
        if _ATTACKED_BEFORE_RE.search(text, max(s_start, a.start - 30), a.start) is not None
        or _LOOSE_OBJECT_BEFORE_RE.search(text, max(s_start, a.start - 40), a.start) is not None
    ]
    if m.group("pronoun") is not None:
        if not struck:
            return
        loser, limit = struck[-1].side, struck[-1].start
    else:
        loser, limit = _side_of_group(m, "d_"), m.start()
    # the subject is the side named last before the one struck ("as the army collapsed, the
    # SNA struck the SDF, forcing it out of X": the SNA)
    subjects = [a for a in before if a not in struck and not a.speaker and a.end <= limit]
    side = subjects[-1].side if subjects else None
    if side is None or loser is None or side == loser:
        return
    obj = _object_slot(cap, m.end(), sentence)
    if obj is None:
        return
    slot, end = obj
    members = [slot]
    if end == slot.mention.end:
        members += cap.listed_after(slot)
        end = members[-1].mention.end
    if _hedged(cap, m.start(), end):
        return
    start = m.start() + 1
    stated, end = _stated_date(cap, start, end, gallery_date)
    for each in members:
        add(each, side, "captured", start, end, "clause", from_controller=loser, stated=stated)


def _foreign_capture_rule(
    cap: _Caption, verb: re.Match[str], add: _Add, *, retreat: bool = False
) -> None:
    """ "l'armée a repris le contrôle des cités de X et de Y", "die Armee hat X erobert": the one
    side named as the subject before the verb took the places of its clause. Where ``retreat``
    ("les rebelles se sont retirés du quartier de X"), the side left them: to the one other side
    named in the sentence, or to no side known (never a city left whole)."""
    text = cap.text
    sentence = cap.sentence_of(verb.start())
    s_start, s_end = cap.sentences[sentence]
    if _WORLD_POSITION_RE.match(text, verb.end()) is not None:
        return  # a position taken ("a pris position à X"), not a place
    if _world_verb_is_noun(cap, verb.start(), verb.end()):
        return  # the noun ("preparano *la riconquista* di X"), read by the noun's rules
    bare_take = verb.group(0).lower().startswith("al")
    if (
        bare_take
        and _FOREIGN_FROM_BEFORE_RE.search(text, max(s_start, verb.start() - 6), verb.start())
        is None
    ):
        return  # a bare "aldı" is a capture only after the side it was taken from
    passive = verb.group(0).lower().replace("ı", "i").endswith(("ildi", "ilmişti", "indi"))
    subjects: list[tuple[int, int, str]] = []
    for a in _FOREIGN_CAPTURE_SIDE_RE.finditer(text, s_start, verb.start()):
        side = next((name[2:] for name, value in a.groupdict().items() if value is not None), None)
        if side is None:
            continue
        if passive:
            if _FOREIGN_BY_AFTER_RE.match(text, a.end()) is not None:
                subjects.append((a.start(), a.end(), side))
            continue
        if (
            _FOREIGN_NOT_SUBJECT_RE.search(text, max(s_start, a.start() - 12), a.start())
            is not None
            # ("pilonner les derniers quartiers *rebelles*": a place's modifier, not an actor)
            or _FOREIGN_PLACE_BEFORE_SIDE_RE.search(text, max(s_start, a.start() - 14), a.start())
            is not None
            or _FOREIGN_TAKEN_FROM_AFTER_RE.match(text, a.end()) is not None
            or _FOREIGN_BY_AFTER_RE.match(text, a.end()) is not None
        ):
            continue
        subjects.append((a.start(), a.end(), side))
    sides = {side for _, _, side in subjects}
    if (
        len(sides) != 1
        or _hedged(cap, verb.start(), verb.end())
        or _FOREIGN_HEDGE_RE.search(text, s_start, min(s_end, verb.end() + 12)) is not None
        or _NOT_BEFORE_VERB_RE.search(text, max(s_start, verb.start() - 16), verb.start())
    ):
        return  # (a claim: "Regierungstruppen behaupten, X zurückerobert zu haben")
    side = sides.pop()
    begin = s_start if passive else subjects[0][1]
    after = _FOREIGN_CLAUSE_END_RE.search(text, verb.end(), s_end)
    stop = after.start() if after is not None else s_end
    if (second := _WORLD_THEN_SIEGE_RE.search(text, verb.end(), stop)) is not None:
        stop = second.start()  # ("a repris des secteurs *et assiège* les rebelles dans X")
    if not retreat and not passive:
        # ("l'armée a repris 60% d'Alep-Est", "tomaram grande parte de X"): a share, a part
        window = [s for s in cap.slots if verb.end() <= s.mention.start < stop]
        if (shared := _world_share_object(cap, verb.end(), window)) is not None:
            target, share_end = shared
            add(target, side, "captured", subjects[0][0], max(verb.end(), share_end), "part",
                extent="part")  # fmt: skip
            return
    places = [
        s
        for s in cap.slots
        if begin <= s.mention.start
        and s.mention.end <= stop
        and not any(start <= s.mention.start < end for start, end, _ in subjects)
        and _FOREIGN_NEAR_RE.search(text, max(s_start, s.mention.start - 30), s.mention.start)
        is None
        and _FOREIGN_TAKEN_FROM_AFTER_RE.match(text, s.mention.end) is None
        # ("bijna een derde van X": a part of X only)
        and _FOREIGN_DEGREE_RE.search(text, max(begin, s.mention.start - 30), s.mention.start)
        is None
    ]
    if _TURKISH_VERB_RE.search(verb.group(0)) is not None:
        # the object of a Turkish verb is in the accusative: not "Çobanbey ilçesinde" (in it)
        places = [
            s for s in places if _FOREIGN_NOT_OBJECT_AFTER_RE.match(text, s.mention.end) is None
        ]
    else:
        # only a place that is the verb's object, after it or (a German or Dutch participle at
        # the end) before it: not "die Rebellen haben Waffen *in* X erobert"
        places = [
            s
            for s in places
            if (
                _object_reaches(cap, verb.end(), s.mention.start)
                if s.mention.start >= verb.end()
                else _object_reaches(cap, begin, s.mention.start, after_verb=False)
            )
        ]
    finer = [s for s in places if s.mention.precision != "city"]
    if retreat:
        places = [s for s in finer if s.mention.start >= verb.end()]
        others = {
            name[2:]
            for a in _FOREIGN_CAPTURE_SIDE_RE.finditer(text, s_start, s_end)
            for name, value in a.groupdict().items()
            if value is not None and name[2:] != side
        }
        taker = others.pop() if len(others) == 1 else "unknown"
        for each in places:
            add(each, taker, "lost", subjects[0][0], max(verb.end(), each.mention.end),
                "clause", from_controller=side)  # fmt: skip
        return
    if finer:
        places = finer
    else:
        # a city only as the verb's own object ("a repris Alep"), not a place in a later phrase
        # ("des cités de X, situées dans la banlieue sud d'Alep": X the gazetteer lacks)
        places = [s for s in places if _FOREIGN_CITY_OBJECT_RE.fullmatch(text, verb.end(), s.core)]
    for each in places:
        if _share_before(text, subjects[0][1], each):
            # ("Rebellen hebben *een groot deel van* X veroverd"): a share, a part of it
            add(each, side, "captured", subjects[0][0], max(verb.end(), each.mention.end),
                "part", extent="part")  # fmt: skip
            continue
        add(each, side, "captured", min(subjects[0][0], each.mention.start),
            max(verb.end(), each.mention.end), "clause")  # fmt: skip


def _foreign_nominal_rule(cap: _Caption, m: re.Match[str], add: _Add) -> None:
    """ "Avec la prise de ce quartier de X, le gouvernement contrôle ...": the side after "par"
    in the phrase, or the main clause's subject right after its comma, took the places named
    in the phrase (not a city, which a phrase like this never takes whole)."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    s_end = cap.sentences[sentence][1]
    comma = text.find(",", m.end(), s_end)
    stop = comma if comma >= 0 else s_end
    places = [
        s
        for s in cap.slots
        if m.end() <= s.mention.start
        and s.mention.end <= stop
        and s.mention.precision != "city"
        and _FOREIGN_NEAR_RE.search(text, max(m.end(), s.mention.start - 30), s.mention.start)
        is None
    ]
    if not places or _hedged(cap, m.start(), stop):
        return
    agent = _FOREIGN_AGENT_RE.search(text, m.end(), stop)
    if agent is not None:
        # (the agent's name is no place: "durch die Armee", however a gazetteer reads it)
        places = [s for s in places if s.mention.end <= agent.start()]
    side = None
    if agent is not None:
        side = next((k[2:] for k, v in agent.groupdict().items() if v is not None), None)
    elif comma >= 0:
        # the main clause's subject right after the comma ("..., le gouvernement contrôle")
        article = _FOREIGN_ARTICLE_RE.match(text, comma + 1)
        subject = (
            _FOREIGN_CAPTURE_SIDE_RE.match(text, article.end()) if article is not None else None
        )
        if subject is not None:
            side = next((k[2:] for k, v in subject.groupdict().items() if v is not None), None)
    if side is None or _FOREIGN_HEDGE_RE.search(text, m.start(), s_end) is not None:
        return
    for each in places:
        add(each, side, "captured", m.start(), each.mention.end, "modifier")


_FOREIGN_ARTICLE_RE: Final = re.compile(
    r"\s*(?:les|la|le|l['’]|los|las|el|il|gli|i|die|der|das|het|de)?\s*", re.IGNORECASE
)


# --------------------------------------------------------------------------- every language

# The general rules for captions in other languages, read from the tables of
# ``lexicon.WORLD_*``: each a structure (a holder named after the place, a side as the subject of
# a verb, a capture noun, a place fought over), not one wording.


def _world_sides() -> str:
    """Every side's names in those languages, one named group per side."""
    return "|".join(f"(?P<w_{side}>{'|'.join(names)})" for side, names in lx.WORLD_SIDES)


def _world_side(m: re.Match[str]) -> str | None:
    """The side of a match of :data:`_WORLD_SIDE_RE` (``None``: no side group took part)."""
    return _group_side(m, lx.WORLD_SIDES, "w_")


_WORLD_SIDE_RE: Final = re.compile(rf"(?<!\w)(?:{_world_sides()})(?!\w)", re.IGNORECASE)
# what may stand between the holding words and the side: articles, "of", a noun or two ("sous le
# contrôle *des* FDS", "controlada por *tropas leais ao* regime", "*de l'*EI")
_WORLD_FILL: Final = r"(?:\s*(?:[\w-]+['’]\s*|[\w'’-]+\s+|[«\"“(]\s*)){0,4}?"
_WORLD_POST_RE: Final = re.compile(
    rf"(?P<gap>[^.;:!?\n]{{0,80}}?)(?<!\w)(?:(?P<held>{lx.alternation(lx.WORLD_HELD_AFTER)})"
    rf"|(?P<fell>{lx.alternation(lx.WORLD_FELL_AFTER)})"
    # (an elided article may end the cue: "riconquistata *dall'*esercito")
    rf"|(?P<taken>{lx.alternation(lx.WORLD_TAKEN_BY)}))(?:(?!\w)|(?<=['’])){_WORLD_FILL}"
    rf"\s*(?<![\w-])(?:{_world_sides()})(?!\w)",
    re.IGNORECASE,
)
# the Persian passive with its agent: "X *توسط* محور مقاومت *آزاد شد*"
_WORLD_FA_PASSIVE_RE: Final = re.compile(
    rf"\s*(?:\S+\s+){{0,3}}?توسط\s+(?:{_world_sides()})\s+(?:آزاد|تصرف|فتح|پاکسازی|پس\s+گرفته)"
    r"\s*(?:شد|شده|شدند|گردید)",
    re.IGNORECASE,
)
# a stronghold after the place said closely: "X, *un* bastion de l'EI", "X *était un* bastion"
_WORLD_STRONGHOLD_GAP_RE: Final = re.compile(
    r"\s*,?\s*(?:(?:est|était|es|era|é|è|ist|war|fue|foi|fu|reste|sigue|continua|bleibt|blijft)"
    r"\s+)?(?:(?:un|une|le|la|el|o|um|uma|il|una|eine|die|der|een|het|l['’])\s*)?"
    r"(?:(?:dernier|principal|grand|último|principal|ultima|principale|letzte|ancien|antigu|antig"
    r"|ehemalig|vormalig|voormalig)\w*\s+)?",
    re.IGNORECASE,
)
_WORLD_STRONGHOLD_CUE_RE: Final = re.compile(
    r"(?:un\s+|le\s+|l['’]\s*|uno\s+|el\s+|um\s+|o\s+|una\s+|la\s+|eine\s+|die\s+|een\s+"
    r"|het\s+|أبرز\s+)?"
    r"(?:bastion|fief|basti[óã]o?n?|feudo|reduto|reducto|roccaforte|Hochburg|bolwerk|معقل)",
    re.IGNORECASE,
)
_WORLD_RELATIVE_RE: Final = re.compile(
    r"(?<!\w)(?:qui|que|où|che|dove|donde|onde|die|der|das|welche\w*|which|that|الذي|التي|الذين"
    r"|котор\w+|ki)(?!\w)",
    re.IGNORECASE,
)
# (the one list of these words in every language: ``lexicon.WORLD_FORMERLY``)
_WORLD_FORMER_RE: Final = re.compile(rf"\b(?:{lx.alternation(lx.WORLD_FORMERLY)})", re.IGNORECASE)
# a "not" right before a verb, past a pronoun or an auxiliary ("Los rebeldes *no* perdieron el
# control de X", "*no* tomaron X", "*non* hanno ripreso X"): the verb's statement is denied
_NOT_BEFORE_VERB_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.VERB_NEGATIONS)})\s+"
    rf"(?:(?:{lx.alternation(lx.NEGATED_VERB_FILLERS)})\s+)?$",
    re.IGNORECASE,
)
_WORLD_HEDGE_RE: Final = re.compile(rf"(?<!\w)(?:{lx.alternation(lx.WORLD_HEDGES)})", re.IGNORECASE)
_WORLD_NEAR_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_NEAR)})(?:\s+(?:de|d['’]|du|des|da|do|dos|das|del|di"
    r"|della|dell['’]|a|al|à|von|der|des|vom|la|le|l['’]|el|il|cidade|ciudad|ville|città|Stadt"
    r"|مدينة|من|حي|بلدة|قرية|منطقة|города?|mji|wa|kota|orașul|oraşul|thành\s+phố|thị\s+trấn))"
    r"{0,4}\s*['’]?\s*$",
    re.IGNORECASE,
)
_WORLD_PART_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation((*lx.WORLD_PARTS, *lx.WORLD_PARTITIVES))})"
    r"(?:\s+[\w'’-]+){0,3}?\s*"
    r"(?:de|d['’]|du|des|da|do|dos|das|del|di|della|dell['’]|von|der|des|من|в|از)?\s*['’]?\s*"
    r"(?:(?:la|le|el|il|die|der|a|o)\s+)?(?:(?:ville|ciudad|cidade|città|Stadt|مدينة|города?)\s+"
    r"(?:de|d['’]|di|da|do)?\s*)?$",
    re.IGNORECASE,
)
# a part noun and "of" right before the place, nothing else between ("na *zona de* Alepo", "la
# *zone d'*Alep", "un *quartiere di* Aleppo", "*أحياء* حلب")
_WORLD_PART_OF_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_PARTS)})\s*"
    r"(?:de|d['’]|da|di|del|della|dell['’]|von|der|des|من)?\s*['’]?\s*"
    r"(?:(?:la|a)\s+)?(?:(?:ville|ciudad|cidade|città|Stadt|مدينة)\s+(?:de|d['’]|di|da|do)?\s*)?$",
    re.IGNORECASE,
)
# "the *last* parts of X held by ...": a part about to be lost (evacuated, taken), no holding
_WORLD_LAST_PART_RE: Final = re.compile(
    r"(?<!\w)(?:últim[oa]s?|derni(?:er|ère)s?|ultim[oaie]|letzte\w*|laatste|آخر)\s+$",
    re.IGNORECASE,
)
_WORLD_PARTITIVE_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_PARTITIVES)})(?!\w)[^.;,]{{0,30}}$", re.IGNORECASE
)
# a share named by its definite article right before the place ("*la parte de* X controlada por
# los rebeldes", "*nella parte di* X", "*na parte de* X", "*dans la partie d'*X"): the part a side
# holds, as "la zona de X" is; not "una parte de X", "gran parte di X" (a share only)
_WORLD_THE_SHARE_OF_RE: Final = re.compile(
    r"(?<!\w)(?:la|nella|della|alla|dalla|sulla|na|en\s+la|dans\s+la|de\s+la|à\s+la)\s+"
    rf"(?:{lx.alternation(lx.WORLD_SIDE_SHARES)})\s+(?:de|d['’]|di)\s*['’]?\s*$",
    re.IGNORECASE,
)
_WORLD_CLAUSE_END_RE: Final = re.compile(lx.alternation(lx.WORLD_CLAUSE_END), re.IGNORECASE)
# what may stand between a verb and a city it takes whole ("a repris *le contrôle total de la
# ville d'*Alep", "взяли под контроль", "*o controle de toda a cidade de* X")
_WORLD_CITY_OBJECT_RE: Final = re.compile(
    r"(?:\s*(?:le|la|les|l['’]|el|los|o|a|os|il|lo|die|den|das|der|de|d['’]|du|des|del|di|do|da"
    r"|dos|della|von|über|contrôle|control|controle|controllo|Kontrolle|total|totale|complet\w*"
    r"|pleno|pieno|full|toute?|todo|toda|tutta|gesamte\w*|ganze\w*|aussi|también|também|anche"
    r"|auch|nun|ora|ahora|agora|désormais|offenbar|apparemment|aparentemente|apparentemente"
    r"|inzwischen|mittlerweile|bereits|déjà|ya|já|già|finalmente|enfin|endlich|komplett\w*"
    r"|vollständig\w*|ganz|completamente|entièrement|totalement|totalmente|ville|ciudad|cidade"
    r"|città|Stadt|Millionenstadt|adesso|ormai|maintenant|dorénavant|теперь|الآن"
    r"|Großstadt|centre|centro|Zentrum|على|مدينة|كامل|над|город\w*|весь|всю|полный|kent|merkezi"
    r"\w*|şehr\w*"
    # (Greek: "κατέλαβαν *το* Χαλέπι", "*ολόκληρη την πόλη του* Χαλεπιού")
    r"|το|τη|την|της|του|ολόκληρ\w*|πόλη|πόλης|τώρα|ήδη"
    # (Vietnamese, Indonesian, Malay, Swahili: "giành lại quyền kiểm soát *thành phố* X",
    # "menguasai *kota* X", "*seluruh kota*", "wameuteka *mji wa* X")
    r"|thành\s+phố|thị\s+trấn|toàn\s+bộ|kota|seluruh|mji\s+wa|mji"
    # (Hebrew: the object's "את", "the city": "כבשו *את העיר* X")
    r"|את|העיר"
    # (the whole named as a noun or adjective: "contrôlent *la totalité d'*Alep", "*l'ensemble
    # de la ville d'*Alep", "*la totalidad de* Alepo", "*l'intera città di* Aleppo", "*a
    # totalidade de* Alepo", "*de hele stad* X", "*całe* Aleppo", "*cijeli grad* X", "*întregul
    # oraș* X", "*весь город*", "*усе місто*")
    r"|totalité|ensemble|totalidad|totalidade|totalità|interamente|intera|intero|tutto"
    r"|Gesamtheit|hele|heel|geheel|gehele|stad|całe|cały|całą|całego|całym|miasto|miasta"
    r"|cijeli|cijelo|cijelu|cijelog|čitav\w*|ceo|celi|celo|ceo|cio|grad|grada"
    r"|întreg\w*|tot\s+ora[șş]ul|ora[șş]ul|ora[șş]ului|всё|все|всего|усе|увесь|всього|місто"
    r"|міста)(?!\w)"
    r"|\s*(?:[ld]\s*)?['’]){0,8}\s*"
    # (the city named by its rank first: "один из крупнейших городов страны - X")
    rf"(?:(?:{lx.alternation(lx.WORLD_CITY_RANKS)})\s*[-–—,]\s*)?",
    re.IGNORECASE,
)
_WORLD_NOT_SUBJECT_RE: Final = re.compile(
    r"(?<!\w)(?:contre|contra|gegen|contro|ضد|против|aux|von|vom|dai|dagli|dalle|por|par|pelo|pelos"
    r"|pela|pelas|durch|من|از|у|из|от|à|a|ao|aos|com|con|avec|mit|with|ile|da)\s+"
    r"(?:(?:les|la|le|l['’]|los|las|el|os|as|o|den|der|dem|die|i|gli|le)\s*)?$",
    re.IGNORECASE,
)
_WORLD_TR_FROM_RE: Final = re.compile(
    # (the suffix after the last of two names: "PKK*/YPG'den*")
    r"(?:/\w+)?(?:['’]?(?:[dt][ae]n|nin\s+elinden|n[ıi]n\s+elinden)\b|\s+karşı"
    # (the side as the adjective of the ones taken from: "PKK/YPG*'li teröristlerden*")
    r"|(?:['’]?l[ıiuü]|(?<=['’]l[ıiuü]))\s+\w+[dt][ae]n\b"
    # (the side with its "terror organisation" in the ablative: "PKK/YPG *terör örgütünden*",
    # "DEAŞ *terör örgütünün elinden*", "YPG *teröristlerinden*")
    r"|\s+(?:terör\s+)?örgüt(?:ü|leri)(?:nden|n[üu]n\s+elinden)\b"
    r"|\s+terörist(?:ler)?(?:in)?(?:den|inden|nin\s+elinden)\b"
    # (a side in the genitive before its holding names the holder before: "PYD'nin *elinde
    # bulunan* X'i ele geçirdi", "*YPG kontrolündeki* X'ta kontrolü ele geçirdi")
    r"|(?:['’]?n?[ıiuü]n)?\s+(?:elinde|kontrolünde|denetiminde|işgalinde|hakimiyetinde)\s+"
    r"(?:bulunan|olan)"
    r"|(?:['’]?n?[ıiuü]n)?\s+(?:elindeki|kontrolündeki|denetimindeki|işgalindeki"
    r"|hakimiyetindeki)(?!\w))"
)
# the same "from" taken in by the side's name with its suffix ("PKK/YPG*'den*")
_WORLD_TR_FROM_SUFFIX_RE: Final = re.compile(r"['’](?:[dt][ae]n|n[ıi]n\s+elinden)$", re.IGNORECASE)
# a side's losses: with no gainer ("ont perdu le contrôle de X") and hand-overs ("übergaben X")
_WORLD_LOSE_WORDS: Final = (*lx.WORLD_LOSE_VERBS, *lx.KINDS_LOSE_VERBS, *lx.WORLD_HANDOVER_VERBS)
_WORLD_VERB_RE: Final = re.compile(
    rf"(?<!\w)(?:(?P<hold>{lx.alternation((*lx.WORLD_HOLD_VERBS, *lx.WORLD_DEFEND_VERBS))})"
    rf"|(?P<take>{lx.alternation((*lx.WORLD_TAKE_VERBS, *lx.WEST23_TAKE_VERBS))})"
    rf"|(?P<lose>{lx.alternation(_WORLD_LOSE_WORDS)})"
    rf"|(?P<siege>{lx.alternation(lx.WORLD_SIEGE_VERBS)}))(?!\w)",
    re.IGNORECASE,
)
_WORLD_DEFEND_RE: Final = re.compile(lx.alternation(lx.WORLD_DEFEND_VERBS), re.IGNORECASE)
_WORLD_POSITION_RE: Final = re.compile(
    r"\s+(?:\w+\s+)?(?:positions?|posiciones|posición|posições|posição|posizion[ei]|Stellung\w*)\b",
    re.IGNORECASE,
)
_WORLD_DRIVE_RE: Final = re.compile(r"выбил|вытеснил|очистил", re.IGNORECASE)
# (also out of all its districts: "выбили боевиков *из всех районов* X", the whole city)
_WORLD_OUT_OF_RE: Final = re.compile(
    r"(?<!\w)(?:из|от)\s+(?:всех\s+(?:район|квартал)\w*\s+)?(?:города\s+)?$", re.IGNORECASE
)
# all the districts of a city as a verb's object ("освободила *все районы* X"): the whole city
_WORLD_RU_ALL_DISTRICTS_RE: Final = re.compile(
    r"\s*(?:все|всех)\s+(?:район|квартал)\w*\s+(?:город\w*\s+)?$", re.IGNORECASE
)
_WORLD_NOUN_BEFORE_RE: Final = re.compile(
    r"(?<!\w)(?:le|la|du|de|des|sous|o|el|del|il|lo|al|sob|bajo|sotto|total|pleno)\s+$",
    re.IGNORECASE,
)
_WORLD_SOV_RE: Final = re.compile(
    # (Hindi, the place before: "X *पर* कब्जा कर लिया", "X *को* आज़ाद करा लिया")
    r"पर\s|को\s|"
    # (Bengali: "X *দখল* করেছে", "X-এর *নিয়ন্ত্রণ* নিয়েছে", "X *মুক্ত* করেছে")
    r"দখল|পুনর্দখল|নি(?:য়|য\u09bc)ন্ত্রণ|মুক্ত|পুনরুদ্ধার|"
    # (Persian "بر X *مسلط* شد", "X را *در اختیار* گرفتند"; Turkish "X'i *kontrolüne* aldı")
    r"مسلط|چیره|تسلط|در\s+اختیار|به\s+اختیار|(?:kontrolüne|denetimine|hakimiyetine)\s+al|"
    r"ele\s|ələ\s|پر\s|کا\s|kurtar|kontrol\s|تصرف|آزاد|فتح|به\s+دست|در\s+دست|پس\s+گرفت|تحت\s+کنترل|پاکسازی|تسخیر|اشغال|(?:zurück)?erobert(?!e)|befreit(?!e)|wieder\s|unter\s"
    # (Persian, an entry after the places: "به محله X *وارد شدند*")
    rf"|{lx.alternation(lx.FA_ENTRY_VERBS)}"
    r"|eingenommen|(?:her|ver)overd(?!e)|ingenomen|bevrijd(?!\w)|temizle(?:di|miş)"
    # (Turkish: a control lost, the place before: "X'in *kontrolünü kaybetti*")
    r"|(?:kontrolünü|denetimini|hakimiyetini)\s",
    re.IGNORECASE,
)
_WORLD_ARABIC_RE: Final = re.compile(r"[\u0600-\u06ff]")
_WORLD_BN_RE: Final = re.compile(r"[\u0980-\u09ff]")
# a Bengali place in the locative ("আলেপ্পো*তে*", "আলেপ্পো*-এ*")
_WORLD_BN_LOCATIVE_RE: Final = re.compile(r"[\u0980-\u09ff](?:তে|-এ)(?![\u0980-\u09ff])")
_WORLD_ALA_RE: Final = re.compile(r"(?<!\w)(?:على|عليه|عليها)(?!\w)")
# a part or share of a place as the object after "على" ("على *الجزء* الشرقي منها")
_WORLD_AR_PART_OBJECT_RE: Final = re.compile(
    r"\s*(?:ال)?(?:جزء|أجزاء|بعض|معظم|أغلب|غالبية|نصف|قسم)(?!\w)"
)
_WORLD_NOUN_RE: Final = re.compile(
    rf"(?<!\w)(?P<noun>{lx.alternation(lx.WORLD_CAPTURE_NOUNS)})(?!\w)\s*"
    rf"(?:{lx.alternation(lx.WORLD_CAPTURE_NOUN_DEGREES)}\s+(?=d))?"
    r"(?:(?:(?:de|du|des|di|del|della|dello|do|da|dos|das|von|der|van)(?!\w)|d['’]|dell['’])"
    r"\s*)?",
    re.IGNORECASE,
)
# an aim before a capture noun ("preparano *la* riconquista di X", "une offensive *pour la* reprise
# de X"; not one with "after" between them: "préparent leur riposte après la reprise de X")
_WORLD_NOUN_AIM_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_NOUN_AIM_VERBS)})(?!\w)"
    r"(?:[^\w.;:!?]+(?!(?:après|depuis|dopo|nach|seit|tras|desde|após|depois|после|sau)(?!\w))\w+)"
    r"{0,5}?[^\w.;:!?]*$"
    rf"|(?<!\w)(?:{lx.alternation(lx.WORLD_NOUN_AIM_PURPOSES)})\s+"
    r"(?:(?:la|a|die|het|de|el|o|il|lo|den)\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
# an article or a preposition before a word that may be a verb or a capture noun ("*la*
# riconquista di X", "*a* retoma de X", "*la* conquista de X"): the noun, not a headline's verb
_WORLD_NOUN_ARTICLE_RE: Final = re.compile(
    r"(?<!\w)(?:la|a|una|uma|alla|della|dalla|nella|sulla|per\s+la|para\s+la|para\s+a|na|da"
    r"|pela|à|de\s+la|sua|su|nuova|nueva|nova|l['’])\s*$",
    re.IGNORECASE,
)
# "el gobierno *declaró la* liberación de X": a capture noun a side declares (its subject)
_WORLD_NOUN_DECLARED_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_NOUN_DECLARED)})\s+(?:(?:la|a|el|o|il|die)\s+|l['’]\s*)$",
    re.IGNORECASE,
)
_WORLD_NOUN_CUE_RE: Final = re.compile(
    r"(?<!\w)(?:avec|après|depuis|suite\s+à|lors\s+de|tras|con|después\s+de|desde|dopo|nach|seit"
    r"|mit|bei|após|depois\s+de|com|desde|بعد|مع|إثر|اثر|عقب|после|с"
    # (Dutch, Polish, Bosnian / Croatian / Serbian, Romanian, Ukrainian: "*na de*", "*po*",
    # "*nakon*", "*după*", "*після*")
    r"|na|po|nakon|după|після|з"
    # (Indonesian, Malay: "ditandai *dengan* direbutnya kembali X", "*setelah* dikuasainya X")
    r"|dengan|setelah|sejak|pasca|usai|selepas)\s+"
    r"(?:la|el|il|der|dem|a|o|de|l['’])?\s*$"
    r"|(?<!\w)(?:تمكن|تمكنت|تمكنوا)\s+(?:\S+\s+){0,4}?من\s+$",
    re.IGNORECASE,
)
_WORLD_NOUN_START_RE: Final = re.compile(
    r"\s*[\"“«]?\s*(?:(?:la|el|il|die|der|a|o|l['’])\s*)?$", re.IGNORECASE
)
_WORLD_AGENT_RE: Final = re.compile(
    rf"\s*,?\s*(?:{lx.alternation(lx.WORLD_AGENT)})(?:(?<=['’])|(?!\w)){_WORLD_FILL}\s*(?<![\w-])"
    rf"(?:{_world_sides()})(?!\w)",
    re.IGNORECASE,
)
_WORLD_CONTESTED_BEFORE_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_CONTESTED)})\s+"
    rf"(?:(?:{lx.alternation(lx.FOREIGN_PLACE_WORDS)}|ciudad|cidade|bairro|Stadtteil)\s+"
    r"(?:(?:de|d['’]|di|von)\s*)?)?$",
    re.IGNORECASE,
)
_WORLD_CONTESTED_AFTER_RE: Final = re.compile(
    rf"\s*,\s*(?:(?:un|une|le|la|el|o|um|il|ein|eine|der|das)\s+)?"
    rf"(?:{lx.alternation(lx.FOREIGN_PLACE_WORDS)}|bairro|cidade|Stadtteil)\s+"
    rf"(?:{lx.alternation(lx.WORLD_CONTESTED)})(?!\w)",
    re.IGNORECASE,
)
_WORLD_TR_FELL_RE: Final = re.compile(
    rf"(?P<gap>[^.;:!?\n]{{0,40}}?)(?<!\w)(?:{_world_sides()})(?:['’]\w+)?\s+"
    rf"(?:{lx.alternation(lx.WORLD_TR_FELL)})(?!\w)",
    re.IGNORECASE,
)
# "Kämpfe um X", "combats pour X", "бои за X": fought over (for the place; fighting *in* a place,
# "combats à X", "Kämpfe im Stadtteil X", "اشتباكات في حي X", says that fighting happened there,
# not who holds it: the convention of ``lexicon.FIGHTING``)
_WORLD_FIGHTING_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_FIGHTING)})(?:\s+[\w-]+){{0,2}}?\s+"
    rf"(?:{lx.alternation(lx.WORLD_FIGHTING_FOR)})\s+"
    r"(?:(?:le|la|les|l['’]|el|los|o|a|il|lo|dem|der|den|die|del|della)\s*)?"
    rf"(?:(?:{lx.alternation(lx.FOREIGN_PLACE_WORDS)}|bairro|cidade|حي|مدينة|بلدة|квартал|город)"
    r"\s+(?:(?:de|d['’]|di|von|do|da)\s*)?)?$",
    re.IGNORECASE,
)
# a fight that is over or only feared before it ("*nach den* Kämpfen um X", "*après les* combats
# pour X"): no contest now
_WORLD_FIGHT_OVER_RE: Final = re.compile(
    r"(?<!\w)(?:nach|après|after|dopo|después\s+de|tras|após|depois\s+de|после|بعد|seit\s+dem"
    r"|Ende|fin|end)\s+(?:(?:den|dem|der|des|les|la|le|los|las|i|gli|le|os|as|the)\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a Turkish converb ("*yayılarak*", "*ilerleyerek*"), one word of how a side came to hold
_TR_CONVERB: Final = rf"\w+(?:{lx.alternation(lx.TR_CONVERB_ENDINGS)})(?!\w)"
_WORLD_TR_HELD_RE: Final = re.compile(
    rf"(?<!\w)(?:{_world_sides()})(?:['’]\w+)?(?:\s+\S+){{0,4}}?"
    # (a converb of how the side came to hold it: "YPG'nin iki yıl önce Afrin'den *yayılarak*
    # işgal ettiği X")
    rf"(?:\s+{_TR_CONVERB})?\s+"
    rf"(?:{lx.alternation(lx.WORLD_TR_HELD_BEFORE)}"
    rf"|(?P<tr_siege>{lx.alternation(lx.WORLD_TR_BESIEGED_BEFORE)}))(?!\w)",
    re.IGNORECASE,
)


def _nearest_tr_holder(text: str, m: re.Match[str]) -> re.Match[str]:
    """The match of :data:`_WORLD_TR_HELD_RE` whose side stands nearest its holding word: the
    side right before the word holds, not one further back, the subject of the sentence
    ("Esed güçlerinin Halep'te *muhaliflerin kontrolündeki* X semtine saldırısı": the
    opponents hold X, the regime attacks it)."""
    while (inner := _WORLD_TR_HELD_RE.search(text, m.start() + 1, m.end())) is not None:
        if inner.end() != m.end():
            break
        m = inner
    return m


# an Estonian part after a place's genitive ("Aleppo *lääneossa*", "Aleppo *idaosast*")
# (and an Urdu part or neighbourhood of it: "X *کے قریب* دیہات", villages near X; "X *کے مشرقی
# حصے*", its eastern part)
_WORLD_ET_PART_AFTER_RE: Final = re.compile(
    r"\s+(?:ida|lääne|põhja|lõuna|kesk)?(?:osa|ossa|osas|osast|osad|osades)(?!\w)"
    r"|\s+(?:کے|کی)\s+(?:قریب|نزدیک|اطراف|مضافات|شمال|جنوب|مشرق|مغرب|\S+\s+حصے|حصے|کچھ)",
    re.IGNORECASE,
)
# the words any rule here needs (in the lower-cased caption): the Latin ones, then the others
_WORLD_LATIN_KEY_RE: Final = re.compile(
    lx.word_search((*lx.WORLD_LATIN_TRIGGERS, *lx.KINDS_MORE_TRIGGERS, *lx.WEST23_TRIGGERS))
)
_WORLD_SCRIPT_KEY_RE: Final = re.compile(
    "|".join((*lx.WORLD_SCRIPT_TRIGGERS, *lx.KINDS_MORE_SCRIPT_TRIGGERS))
)


def _world_key(text: str, low: str) -> bool:
    """Whether a caption has a trigger of the rules for the other languages (cheap)."""
    if _WORLD_LATIN_KEY_RE.search(low) is not None:
        return True
    return not text.isascii() and _WORLD_SCRIPT_KEY_RE.search(low) is not None


_WORLD_OUT_OF_HANDS_RE: Final = re.compile(lx.alternation(lx.WORLD_OUT_OF_HANDS), re.IGNORECASE)


def _world_side_spans(cap: _Caption, start: int, end: int) -> list[tuple[int, int, str]]:
    """The sides named in ``text[start:end]`` that may be a subject: not one a place was taken
    from or fought against ("*aux* rebelles", "*von den* Rebellen", "*ضد* الفصائل", "YPG*'den*"),
    not one inside a place's name."""
    text = cap.text
    out = []
    for m in _WORLD_SIDE_RE.finditer(text, start, end):
        side = _world_side(m)
        if side is None or any(
            s.mention.start < m.end() and m.start() < s.mention.end for s in cap.slots
        ):
            continue
        if _WORLD_NOT_SUBJECT_RE.search(text, max(start, m.start() - 14), m.start()) is not None:
            continue
        if (
            _WORLD_TR_FROM_RE.match(text, m.end()) is not None
            or _WORLD_TR_FROM_SUFFIX_RE.search(m.group(0)) is not None
        ):
            continue
        if _FOREIGN_PLACE_BEFORE_SIDE_RE.search(text, max(start, m.start() - 14), m.start()):
            continue
        if _WORLD_OUT_OF_HANDS_RE.search(text, max(start, m.start() - 50), m.start()):
            continue  # ("befreit X *aus der Gewalt des* IS": freed from it)
        out.append((m.start(), m.end(), side))
    if _WORLD_ANAPHOR_KEY_RE.search(text, start, end) is not None:
        out = sorted(out + _world_anaphor_spans(cap, start, end))
    return out


def _world_landmark(cap: _Caption, slot: _Slot, begin: int) -> bool:
    """Whether ``slot`` is named only as a landmark (near it, a bearing of it) or, a city, as
    the whole of which a part is meant (from ``begin``, the phrase's start)."""
    text = cap.text
    start = slot.mention.start
    if (
        _WORLD_NEAR_RE.search(text, max(begin, start - 40), start) is not None
        or _WORLD_PARTITIVE_RE.search(text, max(begin, start - 30), start) is not None
    ):
        return True
    if (
        slot.mention.precision in lx.REGION_KINDS
        and _WORLD_REGION_BEARING_RE.match(text, start, slot.mention.end) is not None
        and _WORLD_REGION_OWN_NOUN_RE.search(text, max(begin, start - 20), start) is not None
    ):
        return False  # the region's own noun ("les *quartiers* Est d'Alep": the east itself)
    return (
        slot.mention.precision == "city" or slot.mention.precision in lx.REGION_KINDS
    ) and _WORLD_PART_RE.search(text, max(begin, start - 45), start) is not None


# a region of a city named by its bearing ("*Est* de la ville d'Alep", "*orientali* di Aleppo",
# "*este* de Alepo") after its own plural part noun ("les *quartiers* Est", "i *quartieri*
# orientali", "los *barrios del* este"): the region itself, not a part of it
_WORLD_REGION_BEARING_RE: Final = re.compile(
    r"(?:est|ouest|nord|sud|orient\w*|occident\w*|este|oeste|leste|norte|sur|sul|ost\w*"
    r"|west\w*|settentrional\w*|meridional\w*)(?!\w)",
    re.IGNORECASE,
)
_WORLD_REGION_OWN_NOUN_RE: Final = re.compile(
    r"(?<!\w)(?:quartiers|quartieri|barrios|bairros|Viertel|Stadtteile|secteurs|zones|zonas"
    r"|aree|áreas|distritos)\s+(?:(?:del|do|da|dos|das|de\s+l['’]|dell['’])\s*)?$",
    re.IGNORECASE,
)


def _world_part_of(cap: _Caption, slot: _Slot, begin: int) -> int | None:
    """Where the part starts when ``slot`` is named as the place of which a part is meant, and
    only so: "*na zona de* Alepo controlada pelos rebeldes", "*la zone d'*Alep tenue par le
    régime", "*un quartiere di* Aleppo controllato dai ribelli" (a part noun and "of" right
    before a city, town or village; not near it, not a share of it, not its last parts). A
    holding said after it is a statement of that place of ``extent`` ``part``, as the English
    "a rebel-held area of Aleppo" is; ``None`` when it is not."""
    text = cap.text
    start = slot.mention.start
    if slot.mention.precision in lx.PART_OF_KINDS and (
        share := _WORLD_THE_SHARE_OF_RE.search(text, max(begin, start - 24), start)
    ):
        return share.start()
    if (
        slot.mention.precision not in lx.PART_OF_KINDS
        or _WORLD_NEAR_RE.search(text, max(begin, start - 40), start) is not None
        or _WORLD_PARTITIVE_RE.search(text, max(begin, start - 30), start) is not None
    ):
        return None
    part = _WORLD_PART_OF_RE.search(text, max(begin, start - 45), start)
    if part is None or _WORLD_LAST_PART_RE.search(
        text, max(begin, part.start() - 16), part.start()
    ):
        return None
    return part.start()


# a finer place set off right before the part of a city ("X*, un* quartiere di Aleppo,
# controllato dai ribelli", "X*, un* quartier d'Alep tenu par", "X*, a* district of")
_WORLD_APPOSED_PART_RE: Final = re.compile(
    r"\s*,\s*(?:(?:un|una|uno|une|um|uma|el|la|le|il|lo|l['’]|o|a|ein|eine|einem|een|het|de"
    r"|die|der|das)\s*)?$",
    re.IGNORECASE,
)


def _world_apposed_part(cap: _Caption, slot: _Slot, part: int) -> bool:
    """Whether the part of ``slot``'s city starting at ``part`` is an apposition of a finer place
    named right before it ("Qaterji, un quartiere di Aleppo, controllato dai ribelli"): the
    holding is that place's, read of it, and says nothing of the city."""
    return any(
        s.mention.end <= part
        and s.mention.precision not in ("city", "town")
        and _WORLD_APPOSED_PART_RE.fullmatch(cap.text, s.mention.end, part) is not None
        for s in cap.slots
    )


def _world_post_rule(cap: _Caption, slot: _Slot, add: _Add) -> None:
    """A holder named after the place ("X, controlada por tropas leais ao regime", "X, tenu
    par les rebelles", "X ... a cair nas mãos dos rebeldes", "X, un fief de l'EI", "X
    الخاضعة لسيطرة داعش", "X توسط محور مقاومت آزاد شد").

    A holding followed in its clause by a change of hands ("X, controlada por el régimen, cayó
    en manos de los rebeldes"), or one put in the past ("X, *hasta ahora* controlado por el
    régimen, ha pasado a manos de los rebeldes", "X, *ancien* fief de l'EI, est désormais aux
    mains des FDS"), names the holder before: the statement is the one said after it."""
    text = cap.text
    end = slot.mention.end
    sentence = cap.sentence_of(slot.core)
    s_start, s_end = cap.sentences[sentence]
    fa = _WORLD_FA_PASSIVE_RE.match(text, end) if "توسط" in text else None
    if fa is not None:
        side, action, m_end = _world_side(fa), "captured", fa.end()
    else:
        first = _world_post_match(cap, slot, end, s_start, s_end, first=True)
        if first is None and "سيطرة" in text:
            first = _world_ar_rank_held(cap, end, s_end)
        if first is None:
            return
        side, action, m_end, former = first
        if action == "held":
            nxt = _world_post_match(cap, slot, m_end, s_start, s_end, first=False)
            if nxt is not None and not nxt[3] and (former or nxt[1] == "captured"):
                side, action, m_end, former = nxt
        if former:
            return
    if text[end:m_end].lstrip().startswith(","):
        located = _WORLD_LOCATING_APPOS_RE.search(text, max(s_start, slot.mention.start - 70),
                                                 slot.mention.start)  # fmt: skip
        if located is not None:
            # ("Y, *localizada na província de* X, está ... dominado pela oposição": the place
            # only locates Y, whose predicate follows the apposition)
            head = next((s for s in cap.slots if s.mention.end == located.start()), None)
            if head is None or head.mention.precision == "landmark":
                # (a site "inside a territory held by" a side is not said to be held: an air
                # base may hold out in it)
                return
            slot = head
    extent, begin = "whole", slot.mention.start
    # (the places of a phrase that only says where it lies: "Marea, situada en la provincia de
    # Alepo, está controlada por ...")
    aside = _LOCATED_ASIDE_SKIP_RE.match(text, end, s_end)
    after_aside = aside.end() if aside is not None else end
    if aside is not None and slot.mention.precision == "landmark":
        # (a site set off by where it lies, then "inside a territory held by" a side, is not
        # said to be held, as above: an air base may hold out in it)
        return
    if _world_landmark(cap, slot, s_start):
        part = _world_part_of(cap, slot, s_start)
        if part is None or _world_apposed_part(cap, slot, part):
            return
        extent, begin = "part", part  # "na zona de Alepo controlada pelos rebeldes": a part
    if (
        side is None
        or _hedged(cap, slot.mention.start, m_end)
        or any(after_aside <= s.mention.start < m_end for s in cap.slots if s is not slot)
        # (a negation after the side, the verb last: "X تحت سیطره شورشیان نیست")
        or _WORLD_SOV_NEGATION_RE.match(text, m_end) is not None
        or _located_aside(cap, slot, s_start)
    ):
        return
    if (
        extent == "whole"
        and slot.mention.precision in lx.LONE_CITY_KINDS
        and _WORLD_GAP_PARTS_RE.search(text, end, m_end) is not None
    ):
        extent = "part"  # ("Alep, près des quartiers tenus par les rebelles": parts of it)
    add(slot, side, action, begin, m_end, "post", extent=extent)


# parts of a city named between it and a holder after it ("Alep, près des *quartiers* tenus
# par les rebelles"): the holder's are the parts, not the city
_WORLD_GAP_PARTS_RE: Final = re.compile(
    rf"(?<!\w){lx.alternation(lx.WORLD_LONE_PART_KEYS)}", re.IGNORECASE
)


# a place inside a set-off phrase that only locates the subject before it ("Q*, localizada na
# província de* X, está dentro de um território dominado pela oposição", "Q*, située dans la
# province d'*X, est contrôlée par ...")
_LOCATED_ASIDE_RE: Final = re.compile(
    rf",\s*(?:{lx.alternation(lx.LOCATED_ASIDE_WORDS)})(?!\w)[^,;:.!?()]{{0,60}}$", re.IGNORECASE
)
_LOCATED_ASIDE_END_RE: Final = re.compile(r"[^,;:.!?()]{0,25},")
_LOCATED_ASIDE_SKIP_RE: Final = re.compile(
    rf"\s*,\s*(?:{lx.alternation(lx.LOCATED_ASIDE_WORDS)})(?!\w)[^,;:.!?()]{{0,70}},"
    # (Arabic, the participle right after the name: "مدينة X *الواقعة شمال غربي مدينة Y،*
    # والتي يسيطر عليها ...")
    r"|\s+(?:ال)?(?:واقع|كائن)(?:ة)?(?!\w)[^,،;:.!?()]{0,70}،",
    re.IGNORECASE,
)


def _located_aside(cap: _Caption, slot: _Slot, s_start: int) -> bool:
    """Whether ``slot`` stands in a phrase set off by commas that only says where the subject
    named before it lies ("Q, localizada na província de X, está ..."): what follows the
    phrase is said of the subject, not of the container (a place the gazetteer may not know,
    whose holding is not the container's)."""
    start = slot.mention.start
    return (
        _LOCATED_ASIDE_RE.search(cap.text, max(s_start, start - 90), start) is not None
        and _LOCATED_ASIDE_END_RE.match(cap.text, slot.mention.end) is not None
    )


# Arabic: a place's rank set off after it (after its locative), the holding said of the rank's
# noun ("X الواقعة في ريف حلب، *وهي أكبر مدن* ريف حلب *الخاضعة إلى سيطرة* المعارضة")
_WORLD_AR_RANK_HELD_RE: Final = re.compile(
    r"(?:\s+(?:ال)?واقع(?:ة)?\s+(?:في|ب|شمال|جنوب|شرق|غرب)[^،,.؛:!?()]{0,50}?)?"
    r"\s*[،,]\s*(?:و?(?:هي|هو)|التي\s+(?:تعد|تعتبر|هي)|و?(?:تعد|تعتبر|يعد|يعتبر))\s+(?:من\s+)?"
    rf"(?:{lx.alternation(lx.WORLD_AR_RANKS)})\s+(?:{lx.alternation(lx.WORLD_AR_RANK_NOUNS)})"
    r"(?P<gap>(?:\s+[^\s،,.؛:!?()]+){0,6}?)\s+"
    r"(?:ال)?(?:خاضع|واقع)(?:ة)?\s+(?:ل|(?:تحت|إلى|الى)\s+)سيطرة\s*"
    rf"(?:[^\s،,.؛]+\s+){{0,2}}?(?:{_world_sides()})(?!\w)"
)


def _world_ar_rank_held(
    cap: _Caption, end: int, s_end: int
) -> tuple[str | None, str, int, bool] | None:
    """The holding of an Arabic place said of its rank set off after it ("X، وهي أكبر مدن ريف
    حلب الخاضعة لسيطرة المعارضة"), as :func:`_world_post_match` gives it; ``None`` when there is
    none, or the rank's words are hedged."""
    m = _WORLD_AR_RANK_HELD_RE.match(cap.text, end, s_end)
    if m is None or _WORLD_HEDGE_RE.search(cap.text, end, m.end()) is not None:
        return None
    return _world_side(m), "held", m.end(), False


# a place inside an apposition that locates the place before it ("Y*, localizada na província de*
# X, ...", "Y*, située dans la province d'*X, ...")
# (its participles are the ones of :data:`lexicon.LOCATED_ASIDE_WORDS`, as for the phrase read
# from the subject's side in :func:`_located_aside`)
_WORLD_LOCATING_APPOS_RE: Final = re.compile(
    rf"\s*,\s*(?:{lx.alternation(lx.LOCATED_ASIDE_WORDS)})(?!\w)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:[\w-]+['’]\s*)?$",
    re.IGNORECASE,
)
# a negation within a few words after a holding's side, where the verb closes the clause
_WORLD_SOV_NEGATION_RE: Final = re.compile(
    r"(?:[\s,]+[^\s.;:!?؟।]+){0,3}?[\s,]+"
    rf"(?:{lx.alternation(lx.WORLD_SOV_NEGATIONS)})(?![\w\u0900-\u09ff])"
)


# after a holding named in the past, the place's own predicate ("X, hasta ahora controlado por el
# régimen*, ha* pasado a manos de ...")
_WORLD_PREDICATE_LEAD_RE: Final = re.compile(r",?\s*[\w'’-]+")


# a gap ending in "in the areas" ("X ... *في المناطق* الخاضعة لسيطرة ...", "X, *dans les
# quartiers* tenus par ..."): the holding is said of those areas, not of the place before
_WORLD_IN_PARTS_RE: Final = re.compile(
    # (Persian "to", "in" the areas: "از شرق حلب *به مناطق* تحت کنترل دولت")
    r"(?<!\w)(?:(?:في|إلى|الى|به|در|dans|en|em|nas?|nos?|in|im|nelle|nei|negli|nella)\s+"
    # (the singular's article, and "to the" in one word: "en *el* área", "llegan *al* área")
    r"(?:(?:les|las|los|as|os|le|la|gli|den|die|el|l['’])\s*)?|(?:al|ao|à\s+la|au|aux|a\s+las?|para\s+(?:as?|os?|el|las?))\s+)(?:ال)?"
    rf"(?:{lx.alternation(lx.WORLD_PARTS)})\s*$",
    re.IGNORECASE,
)


# "and now" right before the holding words, ending a gap ("..., e ora controllata dal",
# "..., et désormais contrôlée par", "..., y ahora controlada por", "..., und nun kontrolliert")
_WORLD_AND_NOW_RE: Final = re.compile(
    r"(?<!\w)(?:e|ed|et|y|e|und|en)\s+(?:ora|adesso|oggi|désormais|maintenant|aujourd['’]hui"
    r"|ahora|hoy|agora|hoje|nun|jetzt|heute|inzwischen|nu)\s+(?:[\w'’]+\s+)?$",
    re.IGNORECASE,
)
# an apposition of a place's rank or kind set off by commas right after it (", a maior da Síria,",
# ", la segunda ciudad de Siria,", ", la deuxième ville du pays,"): no clause of its own
_WORLD_RANK_APPOSITION_RE: Final = re.compile(
    r"\s*,\s*(?:la|le|l['’]|el|il|lo|a|o|die|der|das|une?|una?|um|uma|eine?)\s*"
    r"(?:(?:maior|mayor|segunda?|second[ea]?|deuxième|zweit\w*|grande?|gran|plus|più|más|mais"
    r"|größte\w*|principale?|antiga|antigua|ancienne|antica|vieille|ville|ciudad|cidade|città"
    r"|Stadt|métropole|metrópoli|capital\w*|capitale)(?!\w))[^,;:.!?()]{0,50},",
    re.IGNORECASE,
)


def _world_post_match(
    cap: _Caption, slot: _Slot, pos: int, s_start: int, s_end: int, *, first: bool
) -> tuple[str | None, str, int, bool] | None:
    """The holding words after ``pos`` (the place's end, or the end of a holding before) and
    their side: (side, action, end, whether a word puts it in the past); ``None`` when there
    are none or they say something of another noun."""
    text = cap.text
    if first and (aside := _LOCATED_ASIDE_SKIP_RE.match(text, pos, s_end)) is not None:
        # ("Marea, situada en la provincia de Alepo, está controlada por ...": past the phrase
        # that only says where the place lies)
        pos = aside.end() - 1
    m = _WORLD_POST_RE.match(text, pos, s_end)
    if m is None:
        return None
    action = "captured"
    gap = m.group("gap")
    if m.group("held") is not None:
        action = "held"
        if _WORLD_STRONGHOLD_CUE_RE.fullmatch(m.group("held")) is not None and (
            not first or _WORLD_STRONGHOLD_GAP_RE.fullmatch(gap) is None
        ):
            return None  # (a stronghold only said right after the place)
    gap_end = pos + len(gap)
    relative = _WORLD_RELATIVE_RE.search(gap)
    # (a participle joined by "and now" after a long one set off from the place: "X, già messa in
    # ginocchio dalla guerra tra i ribelli e il regime *e ora controllata dal* governo")
    and_now = _WORLD_AND_NOW_RE.search(gap) if first and gap.startswith(",") else None
    now_joined = (
        and_now is not None
        and relative is None
        and m.group("held") is not None
        and len(gap.split()) <= 20
    )
    if (
        (len(gap.split()) > 8 and not now_joined)
        or (
            relative is not None
            # (a year it dates from is no other noun: "X، التي أصبحت *منذ عام 2016* خاضعة لسيطرة")
            and len(_WORLD_SINCE_YEAR_RE.sub(" ", gap[relative.end() :]).split()) > 3
        )
    ):
        return None  # (the holding words say something of a noun named after the place)
    if not first:
        lead_m = _WORLD_PREDICATE_LEAD_RE.match(text, pos)
        if lead_m is None:  # (no word after the place: a bracket, a quote, a dash)
            return None
        lead = lead_m.end()
    else:  # (a relative's own pronoun ends no clause: "X, который находится под контролем ...")
        lead = pos + relative.end() if relative is not None else pos
        # (nor an apposition of the place's rank set off by commas: "A cidade de X*, a maior da
        # Síria,* é controlada por rebeldes", "X*, la segunda ciudad de Siria,* está bajo ...")
        apposition = _WORLD_RANK_APPOSITION_RE.match(text, pos, gap_end)
        if apposition is not None:
            lead = apposition.end()
    if (
        any(pos <= s.mention.start < gap_end for s in cap.slots)
        # (nor a place between the cue and the side: "prise à X par ..." is no taker's phrase)
        or any(gap_end <= s.mention.start < m.end() for s in cap.slots)
        or _WORLD_CLAUSE_END_RE.search(text, lead, gap_end) is not None
        or _WORLD_HEDGE_RE.search(text, pos, m.end()) is not None
        # ("X ... أصبحوا الآن *في المناطق* الخاضعة لسيطرة ...": the areas they are in are held)
        or _WORLD_IN_PARTS_RE.search(gap) is not None
        # ("X ... cruzan a *la parte de la ciudad* controlada por ...": a part of it, read by
        # ``_world_city_share_rule``)
        or _WORLD_CITY_SHARE_TAIL_RE.search(gap) is not None
    ):
        return None
    former_from = max(s_start, slot.mention.start - 30) if first else pos
    if and_now is not None:
        former_from = pos + and_now.start()  # ("X, *già* segnata dalla guerra e ora ...")
    former = _WORLD_FORMER_RE.search(text, former_from, gap_end) is not None
    return _world_side(m), action, m.end(), former


# a year a holding dates from, inside a relative before it ("منذ عام 2016", "seit 2016", "depuis
# 2016", "desde 2016", "dal 2016", "sinds 2016")
_WORLD_SINCE_YEAR_RE: Final = re.compile(
    r"(?<!\w)(?:منذ|seit|depuis|desde|dal|dall['’]|sinds|od|с|з)\s+(?:(?:عام|l['’]an|el\s+año)\s+)?"
    r"\d{4}(?!\w)",
    re.IGNORECASE,
)
# a subject right after its verb: an article or "nun" / "ahora" and a side's name (then the
# side's own match must end where this does)
_WORLD_INVERTED_SUBJECT_RE: Final = re.compile(
    r"\s+(?:(?:nun|jetzt|inzwischen|ahora|ya|finalmente|endlich)\s+)?"
    r"(?:(?:die|der|den|los|las|el|les|la|le|i|gli|os|as|o|a)\s+)?"
    rf"(?<![\w-])(?:{_world_sides()})"
    r"(?!\w)",
    re.IGNORECASE,
)
# a verb in the infinitive after its auxiliary ("aver ripreso", "avoir repris", "haber tomado"):
# its subject is the main clause's
_WORLD_INFINITIVE_RE: Final = re.compile(r"(?i)(?:aver|avere|avoir|haber|ter)\s")
# "after" right before the verb ("... mengibarkan bendera *setelah* merebut X"): the same
_WORLD_AFTER_TAKING_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_AFTER_TAKING)})\s+$", re.IGNORECASE
)


# a Persian entry ("به محله X *وارد شدند*"): it never takes a city
_FA_ENTRY_RE: Final = re.compile(lx.alternation(lx.FA_ENTRY_VERBS))
# the Persian "into" before the places entered ("*به* محله های X و Y وارد شدند")
_FA_INTO_RE: Final = re.compile(r"(?<!\w)به\s")
# damage done to the place, not an entry ("به محله X *خسارت* وارد شد")
_FA_ENTRY_NOT_RE: Final = re.compile(rf"(?<!\w){lx.alternation(lx.FA_ENTRY_NOT_AFTER)}(?!\w)")


def _world_verb_rule(cap: _Caption, verb: re.Match[str], add: _Add, covered: set[str]) -> None:
    """A side as the subject of a verb of holding or taking, in any of those languages: before
    it ("los kurdos controlan X", "os combatentes pró-turcos tomaram a cidade de X", "Les FDS
    ont pris X"), or after an Arabic verb ("سيطرت قوات الأسد ... على حي X"); the places are its
    object, after it (before it in Turkish and Persian: "X'i ele geçirdi")."""
    text = cap.text
    sentence = cap.sentence_of(verb.start())
    s_start, s_end = cap.sentences[sentence]
    bounds = [
        b.end()
        for b in _WORLD_CLAUSE_END_RE.finditer(text, max(s_start, verb.start() - 160), verb.start())
    ]
    c_start = max([max(s_start, verb.start() - 160), *bounds])
    sov = _WORLD_SOV_RE.match(text, verb.start()) is not None
    # (a Persian or Urdu verb, last in its clause, is no Arabic verb first: a side after it
    # starts the next sentence, "... وارد شدند. *ارتش سوریه* پرچم ...")
    arabic = _WORLD_ARABIC_RE.match(text, verb.start()) is not None and not sov
    subjects = _world_side_spans(cap, c_start, verb.start())
    if not subjects and (
        _WORLD_INFINITIVE_RE.match(verb.group(0)) is not None
        or (
            verb.group("take") is not None
            and _WORLD_AFTER_TAKING_RE.search(text, max(s_start, verb.start() - 14), verb.start())
        )
    ):
        # ("X, *dopo aver ripreso* il controllo dell'area", "... *setelah merebut* X": the main
        # clause's subject)
        subjects = _world_side_spans(cap, s_start, c_start)
    obj_start = verb.end()
    object_end: int | None = None
    inverted_subject = False
    bengali_inverted = False
    if not subjects and sov and _WORLD_BN_RE.match(text, verb.start()) is not None:
        # (Bengali: the subject right after the verb, as in a headline: "X দখল করল বিদ্রোহীরা")
        after = _world_side_spans(cap, verb.end(), min(s_end, verb.end() + 40))
        if after and not text[verb.end() : after[0][0]].strip():
            subjects, bengali_inverted = after[:1], True
    if not subjects and not arabic and not sov:
        # the subject right after its verb (German's second place, Spanish's inversion: "Am
        # Sonntag *eroberten die Rebellen* den Stadtteil X", "Ayer *tomaron los rebeldes* X")
        inverted = _WORLD_INVERTED_SUBJECT_RE.match(text, verb.end(), s_end)
        after = _world_side_spans(cap, verb.end(), inverted.end()) if inverted else []
        if after and after[0][1] == inverted.end():  # type: ignore[union-attr]
            subjects, obj_start, inverted_subject = after[:1], after[0][1], True
    if not subjects and not arabic and c_start == s_start:
        # a subject left out, the side of the sentence before ("Los rebeldes atacaron al
        # amanecer. *Tomaron* X", "*Hanno ripreso* il quartiere di X", "X'i *ele geçirdiler*")
        dropped = _kinds_dropped_subject(cap, verb, s_start, sov=sov)
        if dropped is not None:
            subjects = [dropped]
            if dropped[0] >= verb.end():
                obj_start = dropped[1]  # ("Dann eroberten *sie* X": the object after it)
    if arabic:
        ala = _WORLD_ALA_RE.search(text, verb.end(), min(s_end, verb.end() + 120))
        if (
            ala is not None
            and _WORLD_AR_PART_OBJECT_RE.match(text, ala.end()) is not None
            and _kinds_half_object(cap, ala.end()) is None  # (a half: read below)
        ):
            return  # a part of a place ("يسيطر الثوار على *الجزء الشرقي* منها"), not a place
        after = _world_side_spans(cap, verb.end(), ala.start() if ala else verb.end() + 60)
        if after:
            subjects = after[:1]
            obj_start = ala.end() if ala is not None else after[0][1]
        elif ala is not None:
            obj_start = ala.end()
            if not subjects:
                # the subject after the object, verb first ("*ويسيطر على* مدينة X بريف حلب *قوات
                # المعارضة*"): the one side in the object's clause, the places before it
                subjects, object_end = _world_ar_late_subject(cap, ala.end(), s_end)
    sides = {side for _, _, side in subjects}
    if len(sides) != 1:
        return
    side = sides.pop()
    if verb.group("take") is not None and _world_verb_is_noun(cap, verb.start(), verb.end()):
        return  # the noun ("preparano *la riconquista* di X"), read by the noun's rules
    if (
        _WORLD_HEDGE_RE.search(text, c_start, min(s_end, verb.end() + 12)) is not None
        or _hedged(cap, verb.start(), verb.end())
        or (arabic and text[max(s_start, verb.start() - 2) : verb.start()].endswith("ل"))
        or _NOT_BEFORE_VERB_RE.search(text, max(c_start, verb.start() - 16), verb.start())
    ):
        return
    if (
        not sov
        and verb.group("lose") is None
        and verb.group("siege") is None
        and (half := _kinds_half_object(cap, obj_start)) is not None
    ):
        # ("contrôlent *la moitié d'*Alep", "على *نصف مدينة* حلب": half of the city, a part)
        half_city, half_end = half
        if half_city.mention.place_id not in covered:
            action = "held" if verb.group("hold") is not None else "captured"
            add(half_city, side, action, min(subjects[0][0], verb.start()), half_end, "part",
                extent="part")  # fmt: skip
        return
    after_end = _WORLD_CLAUSE_END_RE.search(text, obj_start, s_end)
    stop = after_end.start() if after_end is not None else s_end
    if object_end is not None:
        stop = min(stop, object_end)
    if inverted_subject and _WORLD_HEDGE_RE.search(text, obj_start, stop) is not None:
        return  # ("Bisher eroberten die Rebellen X *nicht*": the negation ends the clause)
    if sov:
        begin, stop = (c_start if bengali_inverted else subjects[-1][1]), verb.start()
    else:
        begin, stop = obj_start, min(stop, obj_start + 140)
        if verb.group("siege") is None:
            # (a siege joined after the object starts its own predicate: "a repris des secteurs
            # *et assiège* les rebelles dans X" is no capture of X)
            second = _WORLD_THEN_SIEGE_RE.search(text, obj_start, stop)
            if second is not None:
                stop = second.start()
    places = [
        s
        for s in cap.slots
        if begin <= s.mention.start
        and s.mention.end <= stop
        and s.mention.place_id not in covered
        and not any(a <= s.mention.start < b for a, b, _ in subjects)
        and not _world_landmark(cap, s, begin)
    ]
    if not sov and verb.group("siege") is None:
        # (only a place that is its verb's object: not "Les soldats ont pris des photos dans
        # X", "Los rebeldes tomaron la carretera hacia X"; a siege's side besieged *in* a place
        # is read below)
        governed = _OBJECT_GOVERNED_RE.match(text, obj_start) if "تحكم" in verb.group(0) else None
        bound = governed.end() if governed is not None else obj_start
        places = [s for s in places if _object_reaches(cap, bound, s.mention.start)]
    elif sov and _OBJECT_VERB_LAST_RE.match(verb.group(0)) is not None:
        # (a German or Dutch participle after its object: not "haben Waffen *in* X erobert")
        places = [
            s for s in places if _object_reaches(cap, begin, s.mention.start, after_verb=False)
        ]
    if sov:
        places = [
            s
            for s in places
            if _FOREIGN_NOT_OBJECT_AFTER_RE.match(text, s.mention.end) is None
            # (nor a Bengali place in the locative, where the deed happened: "আলেপ্পো*তে*")
            and _WORLD_BN_LOCATIVE_RE.search(text, s.mention.start, s.mention.end + 3) is None
            # (nor a city whose share is the object: "Halep'in *yarısını*", read as a part)
            and _WORLD_TR_SHARE_AFTER_RE.match(text, s.mention.end) is None
        ]
    if not sov and (verb.group("take") is not None or verb.group("hold") is not None):
        # ("contrôlent 40% de la ville", "tomaram grande parte de X"): a share, a part of it
        window = [s for s in cap.slots if obj_start <= s.mention.start < stop]
        if (shared := _world_share_object(cap, obj_start, window)) is not None:
            target, share_end = shared
            if target.mention.place_id not in covered:
                action = "held" if verb.group("hold") is not None else "captured"
                add(target, side, action, min(subjects[0][0], verb.start()),
                    max(verb.end(), share_end), "part", extent="part")  # fmt: skip
            return
    if sov and _FA_ENTRY_RE.fullmatch(verb.group(0)) is not None:
        # (a Persian entry: a district, town or village entered is taken, a city is not; only
        # the places after the last "into" before the verb, not one it was in or came from:
        # "در محله X به خانه ها وارد شدند", "از X به Y وارد شدند")
        into = [m.end() for m in _FA_INTO_RE.finditer(text, begin, verb.start())]
        places = [
            s
            for s in places
            if s.mention.precision not in lx.ENTRY_UNTAKEN_KINDS
            and into
            and s.mention.start >= into[-1]
            and _FA_ENTRY_NOT_RE.search(text, s.mention.end, verb.start()) is None
        ]
    finer = [s for s in places if s.mention.precision != "city"]
    if finer:
        places = finer
    else:
        places = [
            s
            for s in places
            if sov
            or _WORLD_CITY_OBJECT_RE.fullmatch(text, obj_start, s.core) is not None
            # ("выбили боевиков из города X": the place they were driven out of)
            or (
                _WORLD_DRIVE_RE.match(verb.group(0)) is not None
                and _WORLD_OUT_OF_RE.search(text, obj_start, s.core) is not None
            )
        ]
    if not places and sov and (city := _world_tr_part_object(cap, begin, verb.start())):
        # ("Muhalifler Halep'in doğusunu ele geçirdi", "kentin yalnızca doğusunu ..."): a part
        if city.mention.place_id not in covered:
            action = "held" if verb.group("hold") is not None else "captured"
            add(city, side, action, min(subjects[0][0], verb.start()), verb.end(), "part",
                extent="part")  # fmt: skip
        return
    if not places and (verb.group("take") is not None or verb.group("hold") is not None):
        # ("Die SDF hatten *die Stadt* zurückerobert", "depois de ... terem tomado *a zona*": the
        # place named before; after a verb of holding only a town with its demonstrative,
        # "militer sudah menguasai *kota itu*")
        antecedent = _world_object_anaphor(
            cap, begin, stop, obj_start, sov=sov, town_only=verb.group("take") is None
        )
        if antecedent is not None and antecedent.mention.place_id not in covered:
            places = [antecedent]
    if not places and not sov and (part_of := _world_ru_part_object(cap, obj_start)) is not None:
        # ("Вооруженные группировки взяли центр X": a part of the city after it)
        city, part_end = part_of
        if city.mention.place_id not in covered:
            action = "held" if verb.group("hold") is not None else "captured"
            whole = _WORLD_RU_ALL_DISTRICTS_RE.fullmatch(text, obj_start, city.mention.start)
            add(city, side, action, min(subjects[0][0], verb.start()), part_end, "part",
                extent="part" if whole is None else "whole")  # fmt: skip
        return
    if (
        not places
        and verb.group("take") is not None
        and not sov
        and (part := _WORLD_PART_OBJECT_RE.match(text, obj_start)) is not None
    ):
        # ("Alepo: el régimen recupera *zonas* en poder de rebeldes": parts of the caption's
        # one city or town, named before the verb)
        cities = {
            s.mention.place_id: s
            for s in cap.slots
            if s.mention.end <= verb.start() and s.mention.precision in ("city", "town")
        }
        if len(cities) == 1 and len(cap.slots) == 1:
            city = next(iter(cities.values()))
            add(city, side, "captured", min(subjects[0][0], verb.start()), part.end(), "part",
                extent="part")  # fmt: skip
        return
    if _WORLD_POSITION_RE.match(text, verb.end()) is not None:
        return  # a position taken ("a pris position à X"), not a place
    action = "held" if verb.group("hold") is not None else "captured"
    if action == "held" and _WORLD_NOUN_BEFORE_RE.search(
        text, max(s_start, verb.start() - 8), verb.start()
    ):
        return  # the noun ("*le* contrôle de X", "*sous* contrôle"), not the verb
    for each in places:
        begin, finish = min(subjects[0][0], each.mention.start), max(verb.end(), each.mention.end)
        if object_end is not None:
            begin, finish = verb.start(), subjects[0][1]  # (the subject after the object)
        if verb.group("lose") is not None and _WORLD_HANDOVER_RE.fullmatch(verb.group(0)):
            # (a hand-over: to the side named right after the place, "à l'armée")
            receiver = _world_handover_receiver(cap, verb, each)
            if receiver is not None and receiver != side:
                add(each, receiver, "lost", begin, finish, "clause", from_controller=side)
            continue
        if verb.group("lose") is not None:
            # (the side lost it: its holder is the one other side the sentence names)
            holder = _world_one_other_side(cap, each, side, begin, finish)
            add(each, holder, "lost", begin, finish, "clause", from_controller=side)
            continue
        if _WORLD_DEFEND_RE.fullmatch(verb.group(0)) is not None and (
            _WORLD_BESIEGED_RE.match(text, each.mention.end, s_end) is not None
        ):
            continue  # (its siege says who holds it: "défendent X, assiégée par l'EI")
        if verb.group("siege") is not None:
            # (the side besieges it: its holder is the side besieged, read from the besieger
            # and the defenders the caption names by ``_besieged_holder``; a side besieged *in*
            # it holds it: "assiège les rebelles dans les quartiers Est")
            inside = _world_besieged_inside(cap, obj_start, each.mention.start, side)
            add(each, inside or "unknown", "besieged", begin, finish, "clause",
                besieged_by=side)  # fmt: skip
            continue
        if _share_before(text, begin, each):
            # ("die Rebellen haben *große Teile von* X erobert"): a share, a part of it
            if each.mention.precision in _SHARE_KINDS:
                add(each, side, action, begin, finish, "part", extent="part")
            continue
        if _WORLD_HALF_AFTER_RE.match(text, each.mention.end) is not None:
            # ("Hələbin *yarısına* nəzarəti ələ keçirib", "Halep'in *yarısını* ele geçirdi": the
            # city's half, a part of it)
            if each.mention.precision in lx.PART_OF_KINDS:
                add(each, side, action, begin, finish, "part", extent="part")
            continue
        add(each, side, action, begin, finish, "clause")


# the half (a part) of a Turkish or Azerbaijani city in the genitive, right after its name
_WORLD_HALF_AFTER_RE: Final = re.compile(
    r"(?:['’]?n?[ıiuü]n)?\s+(?:(?:yalnızca|sadece|ancak)\s+)?(?:yarısı|yarı|bir\s+kısmı|bir\s+hissəsi)"
    r"\w*(?!\w)",
    re.IGNORECASE,
)
# what may stand between an Arabic verb's object and its subject after it: the object's place
# nouns, its locatives and bearings ("مدينة X *بريف حلب* قوات ...", "X *شمال حلب* قوات ...")
_WORLD_AR_LATE_GAP_RE: Final = re.compile(r"[^،,.;:!?؛\n«»\"()]{0,90}")


def _world_ar_late_subject(
    cap: _Caption, obj_start: int, s_end: int
) -> tuple[list[tuple[int, int, str]], int | None]:
    """The subject of an Arabic verb named after its object ("ويسيطر على مدينة X بريف حلب *قوات
    المعارضة*"), with where the object ends (the subject's start): the one side in the object's
    clause after a place, none when two are named or no place stands before it."""
    gap = _WORLD_AR_LATE_GAP_RE.match(cap.text, obj_start, s_end)
    end = gap.end() if gap is not None else obj_start
    late = _world_side_spans(cap, obj_start, end)
    if len({side for _, _, side in late}) != 1:
        return [], None
    first = late[0][0]
    if not any(obj_start <= s.mention.start and s.mention.end <= first for s in cap.slots):
        return [], None
    return late[:1], first


# a verb of siege joined to a verb's object by "and" ("a repris des secteurs *et assiège* ...",
# "ha ripreso X *e assedia* ...", "tomó X *y asedia* ..."): the object ends before it
_WORLD_THEN_SIEGE_RE: Final = re.compile(
    rf"(?<!\w)(?:et|e|ed|y|und|en|i|и)\s+(?:{lx.alternation(lx.WORLD_SIEGE_VERBS)})(?!\w)",
    re.IGNORECASE,
)
# a side besieged in a place, the verb's object ("assiège *les rebelles dans* les quartiers de X",
# "assedia *i ribelli nei* quartieri di X", "asedia *a los rebeldes en* X"): a locative after it
_WORLD_BESIEGED_IN_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:dans|à|en|in|im|nel|nei|nella|nelle|negli|nello|a|em|no|na|nos|nas"
    r"|w|we|в|во)(?!\w)",
    re.IGNORECASE,
)


def _world_besieged_inside(cap: _Caption, obj_start: int, place: int, besieger: str) -> str:
    """The one side named as a siege verb's object and besieged *in* the place at ``place``
    ("l'armée assiège *les rebelles dans* X": the rebels hold X), else ``""``."""
    text = cap.text
    found = [
        (m, side)
        for m in _WORLD_SIDE_RE.finditer(text, obj_start, place)
        if (side := _world_side(m)) is not None
    ]
    sides = {side for _, side in found}
    if len(sides) != 1 or besieger in sides:
        return ""
    last = found[-1][0]
    if _WORLD_BESIEGED_IN_RE.match(text, last.end(), place) is None:
        return ""
    return sides.pop()


# parts as a verb's object, of no place named after them ("recupera *zonas* en poder de
# rebeldes", "a repris *des quartiers*", "eroberte *mehrere Stadtteile*")
_WORLD_PART_OBJECT_RE: Final = re.compile(
    r"\s*(?:(?:les|des|los|las|unas|varias|nuevas|os|as|alguns|v[áa]rios|die|mehrere|weitere|i"
    r"|alcuni|diversi|altri|altre|plusieurs|d['’]autres|otras|outros|outras)\s+)?"
    r"(?:zonas|barrios|áreas|bairros|quartiers|zones|secteurs|quartieri|aree|Stadtteile"
    r"|Viertel|Gebiete)(?!\w)(?!\s*(?:de|d['’]|di|von|do|da|del|des|du|della|dos|das)(?!\w))",
    re.IGNORECASE,
)
# a noun that refers back to a place as a verb's object ("*die Stadt*", "*a zona*", "*la
# ville*", "*l'area*", "*de stad*"), by the kinds of place it may name
_WORLD_OBJ_ANAPHOR_RE: Final = re.compile(
    r"(?<!\w)(?:die|das|den|der|dem|la|a|l['’]|el|il|de|het|o|le|dell['’]|della|del|du|do|da"
    r"|de\s+la|de\s+l['’]"
    # (Persian: "*این منطقه* را از وجود تروریست ها پاکسازی کرده بودند", "*این محله* را")
    r"|این|آن"
    # (Arabic, its article joined to the noun: "بعد تحرير *البلدة*")
    r"|(?=ال))\s*(?:(?P<city>Stadt|ville|città"
    r"|ciudad|cidade|stad|شهر|المدينة|cité|localité|localidad|localidade|località|Ort)|(?P<quarter>Viertel|Stadtteil|quartier|quartiere"
    r"|barrio|bairro|wijk|محله|الحي)|(?P<village>Dorf|village|villaggio|pueblo|aldeia|dorp|روستا"
    r"|القرية|البلدة)|(?P<area>zona|zone|área|area|Gebiet|gebied|secteur|sector|settore|منطقه"
    r"|المنطقة)"
    # (a side's stronghold, its side after it: "le fief du groupe", "el bastión yihadista")
    rf"|(?P<stronghold>{lx.alternation(lx.WORLD_SIDE_ANAPHOR_NOUNS)})\s+"
    rf"(?P<owner>{lx.alternation(lx.WORLD_SIDE_ANAPHOR_OWNERS)})"
    r"(?!\s+(?:à|a|en|in|im|de|d['’]|di|von|van|del|do|da|na|no)\s+(?-i:[A-Z])))(?!\w)"
    # (Indonesian, Malay, Vietnamese, Swahili: the demonstrative after the noun, "menguasai *kota
    # itu*", "giành lại quyền kiểm soát *thành phố này*", "wameuteka *mji huo*")
    r"|(?<!\w)(?P<town>kota|thành\s+phố|thị\s+trấn|mji)\s+(?:itu|tersebut|ini|này|đó|huo|hii)"
    r"(?!\w)"
    # (Russian, Ukrainian, Polish, Bosnian-Croatian-Serbian, Turkish, with no article: "армия взяла
    # *город*", "захопили *місто*", "zdobyli *miasto*", "*şehri* IŞİD'den aldı"; with its
    # demonstrative before it, "*этот город*", "*це місто*", "*to miasto*", "*bu kenti*")
    rf"|(?<!\w)(?:(?P<this>{lx.alternation(lx.WORLD_THIS_BEFORE)})\s+)?"
    rf"(?P<slav>{lx.alternation(lx.WORLD_BARE_CITY_NOUNS)})(?!\w)",
    re.IGNORECASE,
)
_WORLD_OBJ_ANAPHOR_KINDS: Final[Mapping[str, frozenset[str]]] = {
    "city": frozenset({"city", "town"}),
    "quarter": frozenset({"neighbourhood", "district"}),
    "village": frozenset({"village", "town"}),
    # (a town too, as "the area" in English: "... منطقه «X» ... *این منطقه* را پاکسازی کرده بودند")
    "area": frozenset({"neighbourhood", "district", "landmark", "village", "town"}),
    "town": frozenset({"city", "town"}),
    "slav": frozenset({"city", "town"}),
    "stronghold": lx.SIDE_ANAPHOR_KINDS["stronghold"],
}
# what may stand between a verb and its object after it ("tomado *completamente* a zona")
_WORLD_OBJ_LEAD_RE: Final = re.compile(r"(?:\s*[\w-]+){0,2}?\s*$")


# Russian: a city's part as the object right after the verb ("взяли *центр* X", "заняли
# *восточную часть* X")
_WORLD_RU_PART_OBJECT_RE: Final = re.compile(
    rf"\s*(?:(?:всю|весь|все)\s+)?(?:{lx.alternation(lx.WORLD_RU_PART_ADJECTIVES)}\w*\s+)?"
    rf"{lx.alternation(lx.WORLD_RU_PART_NOUNS)}\w*\s+(?:город\w*\s+)?",
    re.IGNORECASE,
)


def _world_ru_part_object(cap: _Caption, obj_start: int) -> tuple[_Slot, int] | None:
    """The city whose part is the object right after a verb ("взяли центр X": X's centre), with
    the end of the city's name; else ``None``."""
    part = _WORLD_RU_PART_OBJECT_RE.match(cap.text, obj_start)
    if part is None:
        return None
    city = next((s for s in cap.slots if s.mention.start == part.end()), None)
    if city is None or city.mention.precision not in ("city", "town"):
        return None
    return city, city.mention.end


# Turkish: a city's part as the object right before the verb ("Halep*'in doğusunu*", "*kentin
# yalnızca batı kesimini*"): the city's genitive, or the noun that refers back to it
_WORLD_TR_PART_OBJECT_RE: Final = re.compile(
    # (the genitive's apostrophe may be left out, as in Azerbaijani: "*Hələbin* yarısına")
    # (or be in the name the geoparser matched, "Hələbin")
    rf"(?:(?P<own>['’]?n?[ıiuüə]n|(?<=[ıiuüə]n))"
    rf"|(?<!\w)(?P<city>{lx.alternation(lx.WORLD_TR_CITY_GENITIVES)}))"
    r"\s+(?:(?:yalnızca|sadece|yalnız|ancak|büyük\s+bölümle)\s+)?"
    rf"(?:{lx.alternation(lx.WORLD_TR_PART_DIRECTIONS)}"
    rf"(?:s[ıiuü]n[ıiuü]|[ıiuü]n[ıiuü]|\s+{lx.alternation(lx.WORLD_TR_PART_NOUNS)}\w*)"
    # (or a share of it: "Halep'in *yarısını*", "*büyük bölümünü*", "Hələbin *yarısına
    # nəzarəti*")
    rf"|(?:(?:büyük|bir)\s+)?(?:{lx.alternation(lx.WORLD_TR_SHARE_NOUNS)})s?[ıiuüə]n[ıiuüəa]"
    r"(?:\s+(?:nəzarəti|kontrolünü|denetimini))?)\s*"
    # (a whole degree or a time between the object and its verb: "doğusunu *tamamen* ele
    # geçirdi", "*yeniden*")
    r"(?:(?:tamamen|tamamıyla|bütünüyle|yeniden|tekrar|de|da)\s+)?$",
    re.IGNORECASE,
)


# a share of the place right after it, in the genitive ("Halep*'in yarısını*", "Hələb*in yarısına*")
_WORLD_TR_SHARE_AFTER_RE: Final = re.compile(
    rf"(?:['’]?n?[ıiuüə]n)?\s+(?:(?:büyük|bir)\s+)?(?:{lx.alternation(lx.WORLD_TR_SHARE_NOUNS)})"
    r"s?[ıiuüə]n[ıiuüəa](?!\w)",
    re.IGNORECASE,
)


def _world_tr_part_object(cap: _Caption, begin: int, verb_at: int) -> _Slot | None:
    """The city whose part is the object right before a Turkish verb ("Halep'in doğusunu ele
    geçirdi": Aleppo's east; "kentin doğusunu": the one city or town named before it), else
    ``None``."""
    text = cap.text
    part = _WORLD_TR_PART_OBJECT_RE.search(text, max(begin, verb_at - 60), verb_at)
    if part is None:
        return None
    cities = [
        s
        for s in cap.slots
        if s.mention.end <= part.start() and s.mention.precision in ("city", "town")
    ]
    if part.group("own") is not None:
        # (the genitive's ending may be inside the name the geoparser matched: "Hələb*in*")
        return next(
            (
                s
                for s in cap.slots
                if s.mention.start < part.start() <= s.mention.end
                and s.mention.precision in ("city", "town")
            ),
            None,
        )
    if len({s.mention.place_id for s in cities}) != 1:
        return None
    return cities[-1]


def _world_object_anaphor(
    cap: _Caption, begin: int, stop: int, obj_start: int, *, sov: bool, town_only: bool = False
) -> _Slot | None:
    """The place a verb's object refers back to ("die Stadt", "a zona", "la ville") in
    ``text[begin:stop]`` (right after the verb, or anywhere before a verb at the clause's end):
    the place of its kind named before it in the caption, when only one such place is named
    there; else ``None``. Where ``town_only``, only a town or city with its demonstrative
    after it ("kota itu", "thành phố này")."""
    text = cap.text
    ana = _WORLD_OBJ_ANAPHOR_RE.search(text, begin, stop)
    if ana is None or (town_only and ana.group("town") is None and ana.group("this") is None):
        return None
    if not sov and _WORLD_OBJ_LEAD_RE.fullmatch(text, obj_start, ana.start()) is None:
        return None
    if _WORLD_PART_RE.search(text, max(begin, ana.start() - 40), ana.start()) is not None:
        return None  # ("*parte de* la ciudad")
    if ana.group("owner") is None and re.match(
        r"\s+(?:de|d['’]|di|von|van|do|da|del)\b", text[ana.end() : ana.end() + 5]
    ):
        return None  # (a place of its own: "la ville *de* X")
    if any(
        s.mention.start >= ana.end() and not text[ana.end() : s.mention.start].strip()
        for s in cap.slots
    ):
        return None  # (its name right after it: "den Stadtteil *X*", no word for one before)
    group = next(
        g
        for g in ("city", "quarter", "village", "area", "town", "slav", "stronghold")
        if ana.group(g) is not None
    )
    kinds = _WORLD_OBJ_ANAPHOR_KINDS[group]
    before = [s for s in cap.slots if s.mention.end <= ana.start() and s.mention.precision in kinds]
    if not before or len({s.mention.place_id for s in before}) != 1:
        return None
    return before[-1]


_WORLD_LIST_JOIN_RE: Final = re.compile(
    r"\s*,?\s*(?:(?:et|y|e|und|ve|и|і|and|ed)\s+|و)?(?:(?:la|le|les|l['’]|el|los|o|a|os|il|die"
    r"|der|du|de|des|d['’]|do|da|di|del|حي|أحياء|حيي|بلدة|قرية|مدينة|квартал\w*)\s*)*",
    re.IGNORECASE,
)
_WORLD_LEAD_RE: Final = re.compile(
    r"\s*(?:(?:la|le|les|l['’]|el|los|o|a|os|il|die|der|du|de|des|d['’]|do|da|di|del|dello"
    r"|della|dell['’]|von|ville|cidade|ciudad|città|Stadt|quartier|bairro|barrio|quartiere"
    r"|Viertel|Stadtteil|village|vila|pueblo|villaggio|Dorf|حي|أحياء|حيي|بلدة|قرية|مدينة"
    r"|город\w*|квартал\w*|area|kota|distrik|desa|kawasan|wilayah)(?!\w)\s*['’]?\s*){0,4}",
    re.IGNORECASE,
)


def _world_places_after(cap: _Caption, pos: int, sentence: int) -> list[_Slot]:
    """The place right after ``pos`` (through articles and place words only: "de la ville d'X",
    "حي X") and those listed after it ("X, Y et Z", "X والصاخور")."""
    text = cap.text
    first = next((s for s in cap.slots if s.mention.start >= pos), None)
    if (
        first is None
        or cap.sentence_of(first.core) != sentence
        or _WORLD_LEAD_RE.fullmatch(text, pos, first.mention.start) is None
    ):
        return []
    out = [first]
    for nxt in cap.slots[cap.slots.index(first) + 1 :]:
        prev = out[-1].mention.end
        if nxt.mention.start < prev or cap.sentence_of(nxt.core) != sentence:
            break
        if _WORLD_LIST_JOIN_RE.fullmatch(text, prev, nxt.mention.start) is None:
            break
        out.append(nxt)
    return out


# Arabic: a city split between sides ("X ... *انقسمت بين* شرق يسيطر عليه المعارضة وغرب ...",
# "X *مقسمة بين* النظام والمعارضة"), the sides named after it
_WORLD_AR_DIVIDED_RE: Final = re.compile(
    rf"(?<!\w)[وف]?(?:{lx.alternation(lx.WORLD_AR_DIVIDED)})\s+(?:\S+\s+){{0,2}}?بين(?!\w)"
)


def _world_ar_divided_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A city or town split between sides, in Arabic ("X التي ... انقسمت بين شرق يسيطر عليه
    المعارضة وغرب ..."): contested, the one such place its sentence names before the verb, a
    side named within 60 characters after "بين"."""
    for m in _WORLD_AR_DIVIDED_RE.finditer(cap.text):
        sentence = cap.sentence_of(m.start())
        s_start = cap.sentences[sentence][0]
        before = [s for s in cap.slots if s_start <= s.mention.start and s.mention.end <= m.start()]
        if (
            len({s.mention.place_id for s in before}) != 1
            or before[0].mention.precision not in ("city", "town")
            or before[0].mention.place_id in covered
            or not _world_side_spans(cap, m.end(), min(cap.sentences[sentence][1], m.end() + 60))
            or _hedged(cap, before[0].mention.start, m.end())
        ):
            continue
        add(before[0], "contested", "contested", before[0].mention.start, m.end(), "contested")


# Arabic: the part of a city a side holds, the city after it ("*الجزء الذي تسيطر عليه*
# المعارضة *من مدينة* X", "*الأحياء التي يسيطر عليها* النظام *في* X"): part of X held
_WORLD_AR_PART_HELD_RE: Final = re.compile(
    r"(?<!\w)(?:ال)?(?:جزء|أجزاء|قسم|شطر|أحياء|مناطق|منطقة)(?:\s+(?:ال)?(?:شرقي|غربي|شمالي|جنوبي)"
    r"(?:ة)?)?\s+(?:(?:الذي|التي)\s+(?:تسيطر|يسيطر)\s+(?:عليه|عليها)"
    # (the part that lies under a side's control: "*الجزء الواقع تحت سيطرة* الحكومة *من مدينة* X",
    # "*الأحياء الخاضعة لسيطرة* النظام *في* X")
    r"|(?:ال)?(?:واقع|خاضع)(?:ة)?\s+(?:ل|إلى\s+|تحت\s+)(?:سيطرة|سلطة))\s+"
    rf"(?:{_world_sides()})(?:\s+(?:ال)?(?:سوري|مسلح|حكومي)(?:ة)?){{0,2}}\s+(?:من|في)\s+"
    r"(?:مدينة\s+)?"
)


def _world_ar_part_held_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The part of a city a side holds, in Arabic ("الجزء الذي تسيطر عليه المعارضة المسلحة من
    مدينة X"): held by that side, part of the city named right after it."""
    for m in _WORLD_AR_PART_HELD_RE.finditer(cap.text):
        side = _world_side(m)
        city = next((s for s in cap.slots if s.mention.start <= m.end() < s.mention.end), None)
        if (
            side is None
            or city is None
            or city.mention.precision not in ("city", "town")
            or city.mention.place_id in covered
            or _hedged(cap, m.start(), city.mention.end)
        ):
            continue
        add(city, side, "held", m.start(), city.mention.end, "part", extent="part")


# Arabic: a relative on a place whose verb's subject is the side named before it ("بدأ الثوار
# بتدمير التماثيل في X *التي استولوا عليها*", "... في X *التي يسيطرون عليها*")
_WORLD_AR_RELATIVE_RE: Final = re.compile(
    r"\s*[,،]?\s*و?(?:التي|الذي)\s+(?:(?P<take>استولوا|استولى|استولت|سيطروا|سيطر|سيطرت|انتزعوا)"
    r"|(?P<hold>يسيطرون|يسيطر|تسيطر))\s+(?:عليها|عليه)(?![\w\u0600-\u06ff])"
    r"(?=\s+(?:منذ|قبل|بعد|في|الآن|حاليا|حالياً|أمس|اليوم|مؤخرا|مؤخراً)(?!\w)|\s*[.,،؛:!؟)]|\s*$)"
)


def _world_ar_relative_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A place with a relative whose subject is left in its verb ("X التي استولوا عليها": X,
    which they seized), the side being the one its sentence names before the place: that
    side's capture (past) or holding (present). A side named after the verb is read by the
    holding words after a name (:func:`_world_post_rule`); two sides before it make none."""
    text = cap.text
    for slot in cap.slots:
        m = _WORLD_AR_RELATIVE_RE.match(text, slot.mention.end)
        if m is None or slot.mention.place_id in covered:
            continue
        s_start = cap.sentences[cap.sentence_of(slot.core)][0]
        # (the sentence's subject, before the place: "المعارضة بدأت ... في X التي ...")
        begin = max(s_start, text.rfind("،", 0, slot.mention.start) + 1, slot.mention.start - 160)
        sides = {side for _, _, side in _world_side_spans(cap, begin, slot.mention.start)}
        if len(sides) != 1 or _hedged(cap, begin, m.end()):
            continue
        action = "captured" if m.group("take") is not None else "held"
        add(slot, sides.pop(), action, slot.mention.start, m.end(), "post")


# Hindi: a holding said of a place, or of "this city" named before ("X *पर विद्रोहियों का कब्जा
# है*", "*इस शहर पर* विद्रोहियों का कब्जा है", "*यह शहर* विद्रोहियों के कब्जे में है")
_WORLD_HI_ANAPHOR_RE: Final = re.compile(
    rf"(?<!\S)(?:{lx.alternation(lx.WORLD_HI_ANAPHORS)})(?=\s)"
)
_WORLD_HI_HELD_RE: Final = re.compile(
    rf"\s+(?:(?P<on>पर)\s+(?:(?:अब|फिलहाल|फ़िलहाल|भी|अभी)\s+)*)?(?:{_world_sides()})\s+"
    rf"(?:(?P<own>का)\s+(?:(?:पूरा|पूर्ण)\s+)?(?:{lx.HI_KABZA}|नियंत्रण)"
    rf"|के\s+(?:कब्(?:ज\u093c?|\u095b)े|नियंत्रण)\s+में)"
    r"\s+(?:है|था|रहा\s+है|बना\s+हुआ\s+है|हो\s+गया\s+है|हो\s+चुका\s+है)"
    # (a letter after it, not the danda: "है*।*")
    r"(?![\u0900-\u0963\u0966-\u097f])"
)
_WORLD_HI_CITY_KINDS: Final = frozenset({"city", "town"})


def _world_hi_held_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A holding in Hindi with its side in the genitive, after a place or "this city": "X पर
    विद्रोहियों का कब्जा है" (on X is the rebels' seizure), "इस शहर पर विद्रोहियों का कब्जा है"
    (the one city or town the caption names before it), "यह शहर विद्रोहियों के कब्जे में है"."""
    text = cap.text
    heads: list[tuple[_Slot, int, int]] = []
    for slot in cap.slots:
        end = slot.mention.end
        noun = _WORLD_HI_PLACE_NOUN_RE.match(text, end)
        heads.append((slot, slot.mention.start, noun.end() if noun is not None else end))
    for ana in _WORLD_HI_ANAPHOR_RE.finditer(text):
        target = _world_hi_antecedent(cap, ana.start())
        if target is not None:
            heads.append((target, ana.start(), ana.end()))
    for slot, begin, end in heads:
        m = _WORLD_HI_HELD_RE.match(text, end)
        side = _world_side(m) if m is not None else None
        if (
            m is None
            or side is None
            or slot.mention.place_id in covered
            # ("X का कब्जा" only after "पर": on X)
            or (m.group("own") is not None and m.group("on") is None)
            or _hedged(cap, begin, m.end())
        ):
            continue
        add(slot, side, "held", begin, m.end(), "post")


def _world_hi_antecedent(cap: _Caption, pos: int) -> _Slot | None:
    """The city or town "this city" at ``pos`` refers back to, in Hindi: the one named before
    it in its sentence (up to the danda, "।"), else in the sentence before; ``None`` for none or
    two ("अलेप्पो और अजाज ... इस शहर": neither)."""
    text = cap.text
    end = pos
    for _ in range(2):
        begin = max(text.rfind("।", 0, end), text.rfind(". ", 0, end)) + 1
        found = [
            s
            for s in cap.slots
            if begin <= s.mention.start
            and s.mention.end <= end
            and s.mention.precision in _WORLD_HI_CITY_KINDS
        ]
        if found:
            return found[-1] if len({s.mention.place_id for s in found}) == 1 else None
        if begin == 0:
            return None
        end = begin - 1
    return None


_WORLD_HI_PLACE_NOUN_RE: Final = re.compile(r"\s+(?:शहर|कस्बे|कस्बा|नगर|गांव|गाँव|इलाके|इलाका)(?=\s)")


# Arabic: "on it" after a capture noun and its side, the place named before it
_WORLD_AR_ON_IT_RE: Final = re.compile(r"\s*(?:عليها|عليه)(?!\w)")


def _world_ar_noun_pronoun(
    cap: _Caption, m: re.Match[str], owner: tuple[int, int, str], add: _Add, covered: set[str]
) -> None:
    """An Arabic capture noun, its side and "on it" ("منطقة X ... إثر سيطرة قوات النظام
    عليها"), after "after" / "following": the one place named before it in its sentence (a
    city that only locates a finer place named there too is no other), taken by that side."""
    text = cap.text
    on_it = _WORLD_AR_ON_IT_RE.match(text, owner[1])
    sentence = cap.sentence_of(m.start())
    s_start = cap.sentences[sentence][0]
    if (
        on_it is None
        or _WORLD_NOUN_CUE_RE.search(text, max(s_start, m.start() - 30), m.start()) is None
        or _WORLD_HEDGE_RE.search(text, s_start, on_it.end()) is not None
        or _hedged(cap, m.start(), on_it.end())
    ):
        return
    before = [s for s in cap.slots if s_start <= s.mention.start and s.mention.end <= m.start()]
    finer = [s for s in before if s.mention.precision != "city"]
    if finer:
        before = finer
    if len({s.mention.place_id for s in before}) != 1 or before[0].mention.place_id in covered:
        return
    add(before[0], owner[2], "captured", m.start(), on_it.end(), "modifier")


_WORLD_AR_ON_RE: Final = re.compile(r"(?<!\S)على(?=\s)")
_WORLD_AR_ALLIES: Final = frozenset(lx.WORLD_AR_OWNER_ALLIES)


def _world_ar_allied_owner(cap: _Caption, pos: int, s_end: int) -> tuple[str, int] | None:
    """The side of an Arabic capture noun named with its allies before "على" ("سيطرة قوات
    النظام وحلفائها على X", "سيطرة القوات التركية والفصائل المعارضة القريبة منها على X"): the
    one side, and where the places start; None unless the words between are that side and
    :data:`~aleppomap.control.lexicon.WORLD_AR_OWNER_ALLIES` only (a plain "side على" is the
    caller's)."""
    text = cap.text
    on = _WORLD_AR_ON_RE.search(text, pos, min(s_end, pos + 80))
    if on is None:
        return None
    spans = _world_side_spans(cap, pos, on.start())
    sides = {side for _, _, side in spans}
    if len(sides) != 1 or any(pos <= s.mention.start < on.start() for s in cap.slots):
        return None
    rest, at = [], pos
    for a, b, _ in spans:
        rest.append(text[at:a])
        at = b
    rest.append(text[at : on.start()])
    words = " ".join(rest).split()
    if not words or not all(w in _WORLD_AR_ALLIES for w in words):
        return None
    return sides.pop(), on.end()


def _world_noun_rule(cap: _Caption, m: re.Match[str], add: _Add, covered: set[str]) -> None:
    """A capture noun with its place right after it ("die Rückeroberung Aleppos", "la presa di
    X da parte dei ribelli", "استعادة الجيش لحي X", "بعد سيطرة قوات النظام على أحياء X"): the
    side is its agent, or (the noun opening its sentence or after "after" / "with") the one side
    the sentence names."""
    text = cap.text
    sentence = cap.sentence_of(m.start())
    s_start, s_end = cap.sentences[sentence]
    start = m.end()
    side: str | None = None
    construct = False
    # (an Arabic noun joins its place with "على" or "ل"; a Persian one by the ezafe, unwritten:
    # "آزادسازی X توسط ...")
    if _WORLD_ARABIC_RE.match(text, m.start()) is not None and m.group("noun") != "آزادسازی":
        if text[max(s_start, m.start() - 1) : m.start()] == "ل":
            return  # (a purpose: "*لل*سيطرة على")
        ala = re.compile(r"\s*(?:على|ل)").match
        owner = _world_side_spans(cap, m.end(), min(s_end, m.end() + 50))
        allied = _world_ar_allied_owner(cap, m.end(), s_end)
        if allied is not None:
            side, start = allied  # ("سيطرة قوات النظام وحلفائها على X")
        elif owner and text[m.end() : owner[0][0]].strip() == "":
            link = ala(text, owner[0][1])
            if link is None:
                # ("إثر سيطرة قوات النظام *عليها*": the place named before in the sentence)
                _world_ar_noun_pronoun(cap, m, owner[0], add, covered)
                return
            side, start = owner[0][2], link.end()
        else:
            link = ala(text, m.end())
            # (the place in the noun's construct, only with its agent after it: "تحرير مدينة
            # منبج على يد قوات سوريا الديمقراطية")
            construct = link is None
            start = m.end() if link is None else link.end()
    places = [
        s for s in _world_places_after(cap, start, sentence) if s.mention.place_id not in covered
    ]
    if not places:
        _world_noun_anaphor(cap, m, start, add, covered)
        _world_noun_possessive(cap, m, add, covered)
        return
    last = places[-1].mention.end
    if side is None and (agent := _WORLD_AGENT_RE.match(text, last)) is not None:
        side = _world_side(agent)
        last = agent.end()
    elif construct:
        return
    if side is None and _WORLD_NOUN_DECLARED_RE.search(text, s_start, m.start()) is not None:
        # ("el gobierno sirio declaró la liberación de X": the one side named before the verb)
        before = {s for _, _, s in _world_side_spans(cap, s_start, m.start())}
        if len(before) != 1:
            return
        side = before.pop()
    if side is None:
        cued = (
            _WORLD_NOUN_CUE_RE.search(text, max(s_start, m.start() - 30), m.start()) is not None
            or _WORLD_NOUN_START_RE.fullmatch(text, s_start, m.start()) is not None
        )
        named = {s for a, b, s in _world_side_spans(cap, s_start, s_end) if not a < last}
        named |= {s for a, b, s in _world_side_spans(cap, s_start, m.start())}
        if not cued or len(named) != 1:
            return
        side = named.pop()
    if (
        _WORLD_HEDGE_RE.search(text, s_start, last) is not None
        or _world_noun_aimed(cap, m.start())
        or _hedged(cap, m.start(), last)
        or _world_landmark(cap, places[0], start)
    ):
        return
    for each in places:
        add(each, side, "captured", m.start(), max(last, each.mention.end), "modifier")


def _world_verb_is_noun(cap: _Caption, start: int, end: int) -> bool:
    """Whether the verb of taking at ``start:end`` is the capture noun it is also spelt as
    ("la riconquista di X", "a retoma de X", "la conquista de X"), an article or a preposition
    right before it."""
    s_start = cap.sentences[cap.sentence_of(start)][0]
    return (
        _WORLD_NOUN_RE.fullmatch(cap.text, start, end) is not None
        and _WORLD_NOUN_ARTICLE_RE.search(cap.text, max(s_start, start - 12), start) is not None
    )


def _world_noun_aimed(cap: _Caption, pos: int) -> bool:
    """Whether the capture noun at ``pos`` is only prepared, planned, aimed at or fought for
    ("preparano la riconquista di X", "une offensive pour la reprise de X", "готовится к
    освобождению X"), by the words before it in its sentence."""
    s_start = cap.sentences[cap.sentence_of(pos)][0]
    return _WORLD_NOUN_AIM_RE.search(cap.text, max(s_start, pos - 80), pos) is not None


# a possessive right before a capture noun ("*sa* libération par l'armée", "*su* toma por los
# rebeldes", "*la sua* riconquista da parte", "*seine* Rückeroberung durch", "*zijn* herovering
# door", "*a sua* libertação pelo")
_WORLD_NOUN_POSSESSIVE_RE: Final = re.compile(
    r"(?<!\w)(?:sa|son|su|sua|seine[rn]?|ihre[rn]?|zijn|haar|jego|jej)\s+$", re.IGNORECASE
)


def _world_noun_possessive(cap: _Caption, m: re.Match[str], add: _Add, covered: set[str]) -> None:
    """A capture noun after a possessive, with its agent after it ("La base de X, quelques jours
    après *sa libération par l'armée*", "X ... *su toma por los rebeldes*"): the one place the
    caption names before it, taken by the agent; none when more than one place is named before
    it, or the noun is aimed at or hedged."""
    text = cap.text
    noun = m.start("noun")
    if _WORLD_NOUN_POSSESSIVE_RE.search(text, max(0, noun - 12), noun) is None:
        return
    agent = _WORLD_AGENT_RE.match(text, m.end("noun"))
    side = _world_side(agent) if agent is not None else None
    before = [s for s in cap.slots if s.mention.end <= noun]
    if (
        side is None
        or agent is None
        or len({s.mention.place_id for s in before}) != 1
        or any(a < noun for a in cap.aside)  # (a city named to say where it lies)
    ):
        return
    slot = before[-1]
    if (
        slot.mention.place_id in covered
        or _world_noun_aimed(cap, m.start())
        or _hedged(cap, m.start(), agent.end())
        or _WORLD_HEDGE_RE.search(text, cap.sentences[cap.sentence_of(noun)][0], agent.end())
    ):
        return
    add(slot, side, "captured", noun, agent.end(), "modifier")


def _world_noun_anaphor(
    cap: _Caption, m: re.Match[str], start: int, add: _Add, covered: set[str]
) -> None:
    """A capture noun of "the city" with its agent after it ("après la libération *de la ville
    par les FDS*", "die Einnahme *der Stadt durch die Armee*", "la toma *de la ciudad por los
    rebeldes*"): the one place of that kind the caption names before it, taken by the agent."""
    text = cap.text
    lead = start + len(text[start:]) - len(text[start:].lstrip())
    # (the noun's "of" may be the anaphor's article: "die Befreiung *der* Stadt")
    ana = _WORLD_OBJ_ANAPHOR_RE.search(text, max(m.start(), start - 8), lead + 20)
    if ana is None or not ana.start() <= lead < ana.end():
        return
    agent = _WORLD_AGENT_RE.match(text, ana.end())
    stop = ana.end() if agent is None else agent.end()
    side = None if agent is None else _world_side(agent)
    if agent is None and _WORLD_ARABIC_RE.match(text, ana.start()) is not None:
        # (an Arabic liberation done, "after" it, with no agent: the one side its sentence
        # names, "جندي في الجيش ... في بلدة X ... *بعد تحرير البلدة*")
        s_start, s_end = cap.sentences[cap.sentence_of(m.start())]
        named = {x for _, _, x in _world_side_spans(cap, s_start, s_end)}
        cued = _WORLD_NOUN_CUE_RE.search(text, max(s_start, m.start() - 30), m.start())
        side = named.pop() if cued is not None and len(named) == 1 else None
    if side is None:
        return
    slot = _world_object_anaphor(cap, ana.start(), ana.end(), ana.start(), sov=False)
    if (
        slot is None
        or slot.mention.place_id in covered
        or _WORLD_HEDGE_RE.search(text, cap.sentences[cap.sentence_of(m.start())][0], stop)
        or _world_noun_aimed(cap, m.start())
        or _hedged(cap, m.start(), stop)
    ):
        return
    add(slot, side, "captured", m.start(), stop, "modifier")


# what joins the places of a Turkish list ("X, Y ve Z", "X ile Y")
_WORLD_TR_LIST_JOIN_RE: Final = re.compile(r"\s*,\s*|\s+(?:ve|ile)\s+")


def _world_tr_list_end(cap: _Caption, slot: _Slot) -> int:
    """The end of the list of places ``slot`` opens or is in ("*X*, Y ve Z": Z's end), its own
    end when no place follows it in a list."""
    text = cap.text
    end = slot.mention.end
    for nxt in cap.slots[cap.slots.index(slot) + 1 :]:
        if nxt.mention.start < end:
            continue  # (a mention inside the one before)
        if _WORLD_TR_LIST_JOIN_RE.fullmatch(text, end, nxt.mention.start) is None:
            break
        end = nxt.mention.end
    return end


# "this area" (neighbourhood, part) opening a sentence, "of the city" after it: the one
# neighbourhood, district or landmark the sentence before names ("... در مقابل قلعه حلب. *این
# منطقه از شهر* در کنترل دولت است", "... حي X. *هذه المنطقة* تخضع لسيطرة ...")
_WORLD_AREA_ANAPHOR_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_AREA_ANAPHORS)})(?!\w)"
    rf"(?:\s+(?:{lx.alternation(lx.WORLD_AREA_OF_CITY)})(?!\w))?"
)
_WORLD_AREA_ANAPHOR_KINDS: Final = frozenset({"neighbourhood", "district", "landmark"})
# a sentence's end, then what may stand before "this area": quotes, brackets, "and" (the
# Arabic-script sentences are split here, by their stops, whatever the letter after them)
_WORLD_AREA_LEAD_RE: Final = re.compile(r"[.!?؟\n][\s«»\"“”(]*(?:و\s*)?$")
_WORLD_AREA_STOP_RE: Final = re.compile(r"[.!?؟\n]")


def _world_area_anaphor_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A holding of "this area" that opens its sentence ("این منطقه از شهر در کنترل دولت است",
    "هذه المنطقة تخضع لسيطرة قوات النظام"): a holding of the one neighbourhood, district or
    landmark the sentence before names (a part of the city, which it is in: never the city)."""
    text = cap.text
    for ana in _WORLD_AREA_ANAPHOR_RE.finditer(text):
        lead = _WORLD_AREA_LEAD_RE.search(text, max(0, ana.start() - 6), ana.start())
        if lead is None:
            continue  # (only "this area" that opens its sentence)
        stops = [m.end() for m in _WORLD_AREA_STOP_RE.finditer(text, 0, lead.start())]
        p_start, p_end = (stops[-1] if stops else 0), lead.start()
        end_m = _WORLD_AREA_STOP_RE.search(text, ana.end())
        s_start, s_end = lead.end(), (end_m.start() if end_m is not None else len(text))
        before = [
            s
            for s in cap.slots
            if p_start <= s.mention.start
            and s.mention.end <= p_end
            and s.mention.precision in _WORLD_AREA_ANAPHOR_KINDS
        ]
        if len({s.mention.place_id for s in before}) != 1:
            continue
        slot = before[-1]
        if slot.mention.place_id in covered:
            continue
        found = _world_post_match(cap, slot, ana.end(), s_start, s_end, first=True)
        if found is None:
            continue
        side, action, m_end, former = found
        if (
            side is None
            or former
            or _hedged(cap, ana.start(), m_end)
            or _WORLD_HEDGE_RE.search(text, ana.start(), min(s_end, m_end + 12)) is not None
            or any(ana.end() <= s.mention.start < m_end for s in cap.slots)
        ):
            continue
        add(slot, side, action, ana.start(), m_end, "post")


# the cheap keys of the rules below (each rule's expensive pattern only where its words are)
_WORLD_POST_KEY_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation((*lx.WORLD_HELD_AFTER, *lx.WORLD_FELL_AFTER, *lx.WORLD_TAKEN_BY))}"
    r"|توسط)",
    re.IGNORECASE,
)
_WORLD_TR_KEY_RE: Final = re.compile(
    r"tuttuğu|ettiği|taraf[ıi]ndan\s+\w+\s+edilen|tutulan|denetlenen"
    r"|elindeki|kontrolündeki|denetimindeki|işgalindeki|hakimiyetindeki|kontrolli\s+all|زیر"
    r"|kuşat|ablukası"
)
_WORLD_FIGHT_KEY_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_FIGHTING)})(?!\w)", re.IGNORECASE
)
_WORLD_CONTESTED_KEY_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_CONTESTED)})(?!\w)", re.IGNORECASE
)


def _world_rules(
    cap: _Caption, add_any: _Add, covered: set[str], captures: dict[tuple[str, int], str]
) -> None:
    """The rules for captions in other languages, for the places no other rule has read.

    A holding of a place its clause captures ("L'armée a repris X, tenu par les rebelles
    depuis 2012") is the holder before the capture, not a statement: the captures are noted in
    ``captures`` (place and mention start: the taker), whose holdings the caller drops."""
    text = cap.text
    taken: set[tuple[str, int]] = set()
    read_here: set[str] = set()  # (the places a rule here has read)
    said: set[tuple[str, int, str, str]] = set()  # (the statements made here, by mention)

    def add(
        slot: _Slot,
        controller: str,
        action: str,
        start: int,
        end: int,
        rule: str,
        *,
        from_controller: str = "",
        besieged_by: str = "",
        stated: str = "",
        extent: str = "whole",
    ) -> None:
        key = (slot.mention.place_id, cap.sentence_of(slot.core))
        if action == "held" and key in taken:
            return
        if (slot.mention.place_id, slot.mention.start, controller, action) in said:
            return  # (a second verb of the same side over the same mention: "سيطر تنظيم داعش
            # على X ثم سيطر التنظيم على Y", both read Y)
        said.add((slot.mention.place_id, slot.mention.start, controller, action))
        read_here.add(slot.mention.place_id)
        if action == "captured":
            taken.add(key)
            captures[(slot.mention.place_id, slot.mention.start)] = controller
        add_any(slot, controller, action, start, end, rule, from_controller=from_controller,
                besieged_by=besieged_by, stated=stated, extent=extent)  # fmt: skip

    for verb in _WORLD_VERB_RE.finditer(text):
        _world_verb_rule(cap, verb, add, covered)
    for noun in _WORLD_NOUN_RE.finditer(text):
        _world_noun_rule(cap, noun, add, covered)
    if "يسيطر" in text or "تسيطر" in text or "سيطرة" in text or "سلطة" in text:
        _world_ar_part_held_rule(cap, add, covered)
    if "قسم" in text:
        _world_ar_divided_rule(cap, add, covered)
    if "कब्" in text or "नियंत्रण" in text:
        _world_hi_held_rule(cap, add, covered)
    if "عليها" in text or "عليه" in text:
        _world_ar_relative_rule(cap, add, covered)
    if "این" in text or "هذه" in text or "هذا" in text:
        _world_area_anaphor_rule(cap, add, covered)
    if _WORLD_TR_KEY_RE.search(text) is not None:
        for found in _WORLD_TR_HELD_RE.finditer(text):
            m = _nearest_tr_holder(text, found)
            side = _world_side(m)
            places = cap.places_after(m.end(), cap.sentence_of(m.start()))
            if side is None or _hedged(cap, m.start(), m.end()):
                continue
            for each in places:
                if each.mention.place_id in covered:
                    continue
                if _WORLD_ET_PART_AFTER_RE.match(text, each.mention.end) is not None:
                    continue  # (a part of it: "... kontrolli all olevasse X *lääneossa*")
                if _WORLD_TR_PASSIVE_AFTER_RE.match(text, each.mention.end) is not None:
                    continue  # (the holder before a capture: "YPG kontrolündeki X'ta kontrolü
                    # ele geçirdi", read by ``_world_tr_passive_rule``)
                if m.group("tr_siege") is not None:  # ("IŞİD'in kuşattığı X")
                    add(each, "unknown", "besieged", m.start(), each.mention.end, "modifier",
                        besieged_by=side)  # fmt: skip
                    continue
                add(each, side, "held", m.start(), each.mention.end, "modifier")
    cues = [m.start() for m in _WORLD_POST_KEY_RE.finditer(text)]
    turkish_fall = "geç" in text or "keç" in text  # (Azerbaijani "keçdi")
    fighting = _WORLD_FIGHT_KEY_RE.search(text) is not None
    contested = _WORLD_CONTESTED_KEY_RE.search(text) is not None
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        end = slot.mention.end
        if any(end <= c <= end + 100 for c in cues):
            _world_post_rule(cap, slot, add)
        s_start = cap.sentences[cap.sentence_of(slot.core)][0]
        # (the fall said after a list: "X, Y, Z gibi bölgeler, ÖSO'nun kontrolüne geçti")
        last = _world_tr_list_end(cap, slot) if turkish_fall else end
        fell = _WORLD_TR_FELL_RE.match(text, last) if turkish_fall else None
        if (
            fell is not None
            and (side := _world_side(fell)) is not None
            and not any(last <= s.mention.start < fell.end() for s in cap.slots)
            and not _hedged(cap, slot.mention.start, fell.end())
            and _WORLD_HEDGE_RE.search(text, end, fell.end() + 20) is None
        ):
            add(slot, side, "captured", slot.mention.start, fell.end(), "post")
        fight = (
            _WORLD_FIGHTING_RE.search(
                text, max(s_start, slot.mention.start - 60), slot.mention.start
            )
            if fighting
            else None
        )
        fought = fight is not None and (
            _WORLD_FIGHT_OVER_RE.search(text, max(s_start, fight.start() - 30), fight.start())
            is None
        )
        if fought and not _hedged(cap, slot.mention.start, end):
            add(slot, "contested", "contested", slot.mention.start, end, "contested")
        if (
            contested
            and (
                _WORLD_CONTESTED_BEFORE_RE.search(
                    text, max(s_start, slot.mention.start - 40), slot.mention.start
                )
                is not None
                or _WORLD_CONTESTED_AFTER_RE.match(text, end) is not None
            )
            and not _hedged(cap, slot.mention.start, end)
            and not _world_taken_after(cap, slot)
        ):
            add(slot, "contested", "contested", slot.mention.start, end, "contested")
    if _WORLD_ONE_OF_KEY_RE.search(text) is not None:
        _world_one_of_strongholds_rule(cap, add, covered | read_here)
    if _WORLD_OTHER_PART_KEY_RE.search(text) is not None:
        _world_two_parts_rule(cap, add, covered | {place for place, _ in taken} | read_here)
    _world_more_rules(cap, add, covered | {place for place, _ in taken})
    if _WORLD_CITY_SHARE_KEY_RE.search(text) is not None:
        _world_city_share_rule(cap, add, covered | {place for place, _ in taken} | read_here)
    _world_anaphor_post_rule(cap, add, covered | {place for place, _ in taken} | read_here)
    _world_clause_rules(cap, add, covered | {place for place, _ in taken} | read_here)
    if _WORLD_TR_HANDOVER_RE.search(text) is not None:
        _world_tr_handover_rule(cap, add, covered | {place for place, _ in taken} | read_here)


_WORLD_ONE_OF_STRONGHOLDS_RE: Final = re.compile(
    rf"\s*,\s*(?:{lx.alternation(lx.WORLD_ONE_OF)})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{lx.alternation(lx.WORLD_STRONGHOLDS_PLURAL)})(?!\w){_WORLD_FILL}"
    rf"\s*(?<![\w-])(?:{_world_sides()})(?!\w)",
    re.IGNORECASE,
)
_WORLD_ONE_OF_KEY_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_STRONGHOLDS_PLURAL)})(?!\w)", re.IGNORECASE
)
# a city named only as where the place before it lies ("le quartier de X *à* Alep", "X *in*
# Aleppo", "X *en* Alepo")
_WORLD_IN_CITY_RE: Final = re.compile(
    r"\s+(?:à|a|ad|en|in|em|no|na|im|w|we|в|у|u|στο|στη|στην|din|la)\s+", re.IGNORECASE
)
_WORLD_ASIDE_NAME_RE: Final = re.compile(r"[^,.;:!?\n]{1,30}?(?=\s*,)")


def _world_one_of_strongholds_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A place set off as "one of the strongholds of" a side ("X, l'un des bastions de la
    rébellion", "X, uno de los bastiones rebeldes", "X, eine der Hochburgen der Rebellen"): the
    side holds it. After a quarter and the city it lies in ("le quartier de X à Alep, l'un des
    bastions ..."), the quarter is the one meant (a city is one of many strongholds only as a
    whole, and the phrase names the quarter first); none put in the past ("l'un des *anciens*
    bastions") or hedged."""
    text = cap.text
    for slot in cap.slots:
        m = _WORLD_ONE_OF_STRONGHOLDS_RE.match(text, slot.mention.end)
        inside = _WORLD_IN_CITY_RE.match(text, slot.mention.end) if m is None else None
        if inside is not None and inside.end() in cap.aside:
            # (the city it lies in, named only to say so: "le quartier de X à *Alep*, l'un des")
            name = _WORLD_ASIDE_NAME_RE.match(text, inside.end())
            m = _WORLD_ONE_OF_STRONGHOLDS_RE.match(text, name.end()) if name else None
        side = _world_side(m) if m is not None else None
        if m is None or side is None:
            continue
        target = slot
        if slot.mention.precision in ("city", "town"):
            before = [s for s in cap.slots if s.mention.end <= slot.mention.start]
            prev = max(before, key=lambda s: s.mention.end) if before else None
            if (
                prev is not None
                and prev.mention.precision not in ("city", "town")
                and _WORLD_IN_CITY_RE.fullmatch(text, prev.mention.end, slot.mention.start)
            ):
                target = prev
        if (
            target.mention.place_id in covered
            or cap.sentence_of(m.end() - 1) != cap.sentence_of(target.core)
            or _hedged(cap, target.mention.start, m.end())
            or _WORLD_FORMER_RE.search(text, slot.mention.end, m.end()) is not None
        ):
            continue
        add(target, side, "held", target.mention.start, m.end(), "post")


def _world_anaphor_post_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A sentence whose subject is "the city" (the quarter, the village) with a holder or a
    taker after it ("Kobané est en ruines. *La ville a été libérée* en janvier *par les forces
    kurdes*", "*La città è stata riconquistata dall'*esercito", "*Die Stadt wurde von* der
    Armee *zurückerobert*"): the one place of that kind the caption names before it, as the
    holding words after a name are read (:func:`_world_post_rule`)."""
    text = cap.text
    for sentence, (s_start, s_end) in enumerate(cap.sentences):
        if sentence == 0:
            continue
        ana = _WORLD_SENTENCE_ANAPHOR_RE.match(text, s_start, s_end)
        if ana is None:
            _world_null_subject(cap, add, covered, sentence)
            continue
        slot = _world_object_anaphor(cap, ana.start(1), ana.end(1), ana.start(1), sov=False)
        if slot is None or slot.mention.place_id in covered:
            continue
        post = _world_post_match(cap, slot, ana.end(), s_start, s_end, first=True)
        if post is None:
            # (the German passive, its agent before the participle: "Die Stadt wurde von der
            # Armee zurückerobert", "Die Stadt wird von den Rebellen kontrolliert")
            de = _WORLD_DE_PREDICATE_RE.match(text, ana.end(), s_end)
            if (
                de is None
                or de.group("siege") is not None
                or (de.group("taken") is None and de.group("now") is None)
                or _WORLD_DE_MID_NOT_RE.search(de.group("mid")) is not None
            ):
                continue
            post = (_world_side(de), "captured" if de.group("taken") else "held", de.end(), False)
        side, action, m_end, former = post
        if side is None or former or _hedged(cap, ana.start(1), m_end):
            continue
        add(slot, side, action, ana.start(1), m_end, "post")


# a sentence opened by its verb, its subject left out (Polish, Spanish, Portuguese, Italian,
# Bosnian-Croatian-Serbian: "*Jest kontrolowane przez* SDF", "*Está controlada por* los
# rebeldes", "*È controllata dai* ribelli", "*Pod kontrolom je* ...")
_WORLD_NULL_SUBJECT_RE: Final = re.compile(
    rf"[\s\"'«„“]*(?=(?-i:{lx.alternation(lx.WORLD_NULL_SUBJECT_VERBS)})(?!\w))"
)
# the subject that opens the sentence before, a place (with its noun: "*Miasto* X leży w ...",
# "*La ciudad de* X está ...")
_WORLD_SUBJECT_LEAD_RE: Final = re.compile(
    r"[\s\"'«„“]*(?:(?:la|el|il|a|o|lo)\s+)?(?:(?:miasto|miejscowość|wieś|ciudad|localidad"
    r"|pueblo|città|cittadina|villaggio|cidade|vila|grad|mjesto|selo)\s+(?:(?:de|di|da|do)\s+)?)?",
    re.IGNORECASE,
)
_WORLD_NULL_SUBJECT_KINDS: Final = frozenset({"city", "town", "village", "neighbourhood"})


def _world_null_subject(cap: _Caption, add: _Add, covered: set[str], sentence: int) -> None:
    """A sentence opened by its verb, its subject left out, with a holder or a taker after it
    ("Miasto X leży w prowincji Aleppo. *Jest kontrolowane przez* SDF", "X está al norte de
    Alepo. *Fue tomada por* los rebeldes en 2012"): the place that opens the sentence before
    as its subject (a city, town, village or neighbourhood), read as the holding words after a
    name are (:func:`_world_post_match`); none when that sentence opens with no place."""
    text = cap.text
    s_start, s_end = cap.sentences[sentence]
    verb = _WORLD_NULL_SUBJECT_RE.match(text, s_start, s_end)
    if verb is None:
        return
    p_start, p_end = cap.sentences[sentence - 1]
    lead = _WORLD_SUBJECT_LEAD_RE.match(text, p_start, p_end)
    slot = next((s for s in cap.slots if p_start <= s.mention.start < p_end), None)
    if (
        lead is None
        or slot is None
        or slot.mention.start != lead.end()
        or slot.mention.precision not in _WORLD_NULL_SUBJECT_KINDS
        or slot.mention.place_id in covered
    ):
        return
    post = _world_post_match(cap, slot, verb.end(), s_start, s_end, first=True)
    if post is None:
        return
    side, action, m_end, former = post
    if side is None or former or _hedged(cap, verb.end(), m_end):
        return
    add(slot, side, action, verb.end(), m_end, "post")


# "the city" opening its sentence, its subject ("*La ville* a été libérée par ...", "*Die Stadt*
# wurde ...")
_WORLD_SENTENCE_ANAPHOR_RE: Final = re.compile(
    r"[\s\"'«„“]*((?:la|die|das|de|het|el|il|a|le)\s+(?:ville|Stadt|ciudad|città|cidade|stad"
    r"|quartier|Viertel|Stadtteil|barrio|quartiere|bairro|wijk|village|Dorf|pueblo|villaggio"
    r"|aldeia|dorp))(?!\w)(?!\s+(?:de|d['’]|di|von|van|do|da|del)(?!\w))",
    re.IGNORECASE,
)


def _world_taken_after(cap: _Caption, slot: _Slot) -> bool:
    """Whether a verb of a capture follows the place in its clause ("die FSA hat die umkämpfte
    Stadt X *eingenommen*", "la disputada ciudad de X fue *tomada*"): the place fought over
    until then was taken, and the capture is the statement (or, reported only, none)."""
    text = cap.text
    end = slot.mention.end
    s_end = cap.sentences[cap.sentence_of(slot.core)][1]
    stop = min(s_end, end + 80)
    clause = _WORLD_CLAUSE_END_RE.search(text, end, stop)
    verb = _WORLD_VERB_RE.search(text, end, clause.start() if clause is not None else stop)
    return verb is not None and verb.group("take") is not None


# --------------------------------------------------------------------------- tolerant English

# the words that may stand between a rule's parts: fillers, quotes and brackets around them
_TOL_FILLER: Final = lx.alternation((*lx.TOLERANT_FILLERS, *lx.WHEN_BETWEEN))
_TOL_GAP: Final = (
    rf"(?:\s*[\"“”‘’()]?\s*(?:{_TOL_FILLER})(?![\w'’-])[\"“”‘’)]?,?){{0,6}}\s*[\"“‘(]?\s*"
)
# what may stand between a place and the predicate of its holding: an apposition set off by
# commas ("Azaz, a small town on the border, is ..."), a bearing ("Manbij *to the east*")
_TOL_SET_OFF: Final = (
    r"(?:\s*,\s*(?!which\b|that\b|who\b)[^,;:()\"“”]{1,70}?"
    r"(?=\s*,\s*(?:which|that|is|are|was|were|has|have|had|now|remains?|remained|still|being"
    r"|controlled|held|under|in)\b|\s+(?:which|that)\s)"
    r"|\s+(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?(?=[\s,]))?"
)
# "X, is now being controlled by Y", "X was declared fully under control of Y", "X, in the hands
# of Y", "X, which is effectively run by Y": the holder's name starts where the match ends
_TOL_POST_RE: Final = re.compile(
    rf"{_TOL_SET_OFF}\s*,?\s*(?:(?:which|that)\s+)?{_TOL_GAP}"
    rf"(?:{lx.alternation(lx.TOLERANT_HELD_BY)})\s+by\s+(?:the\s+)?"
    rf"|{_TOL_SET_OFF}\s*,?\s*(?:(?:which|that)\s+)?{_TOL_GAP}"
    rf"(?:{lx.alternation(lx.TOLERANT_UNDER_OF)})\s+(?:the\s+)?",
    re.IGNORECASE,
)
_TOL_POST_KEY_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.TOLERANT_HELD_BY)})\s+by\b|\b(?:control|rule|grip|authority"
    r"|administration|hands)\b"
)
_TOL_METONYM: Final = "|".join(rf"(?P<{side}>\b{name}\b)" for name, side in lx.TOLERANT_METONYMS)
_TOL_METONYM_RE: Final = re.compile(_TOL_METONYM)
# a subject's gap to its verb: fillers, a day, a set-off phrase, a report of its own words
_TOL_SUBJECT_GAP: Final = (
    rf"(?:\s*,[^,;:()\"“”]{{1,80}},)?(?:\s+(?:{_TOL_FILLER}|{lx.TOLERANT_SAYS})(?![\w'’-]))*"
    rf"\s*[\"“]?\s*"
)
_TOL_CAPTURE_RE: Final = re.compile(
    rf"{_TOL_SUBJECT_GAP}(?:(?P<capture>{lx.alternation(lx.TOLERANT_CAPTURE_VERBS)})"
    rf"|(?P<hold>{lx.alternation(lx.TOLERANT_HOLD_VERBS)}))\b[\"”]?",
    re.IGNORECASE,
)
_TOL_NOT_SUBJECT_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.TOLERANT_NOT_SUBJECT_BEFORE)})\s+(?:the\s+)?$", re.IGNORECASE
)
# a place after a preposition is no subject of the predicate after it ("Rebels *in* X are under
# the control of ...", "the east neighborhoods *of* X are under ...", "a town south *of* X that
# is ..."), unless the preposition joins the place to its own kind ("the town of X")
_TOL_NOT_SUBJECT_PLACE_RE: Final = re.compile(
    r"\b(?:in|at|near|from|around|inside|outside|across|into|to|of|for|toward|towards|between)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TOL_COMMA_RE: Final = re.compile(r"\s*,")
_TOL_KIND_OF_RE: Final = re.compile(
    rf"\b(?:the|an?)\s+(?:[\w'’-]+\s+){{0,2}}{lx.alternation(lx.PLACE_NOUNS)}\s+of\s+$",
    re.IGNORECASE,
)


def _tolerant_not_subject(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a preposition other than its own kind's "of"."""
    before = max(0, start - 40)
    return (
        _TOL_NOT_SUBJECT_PLACE_RE.search(text, before, start) is not None
        and _TOL_KIND_OF_RE.search(text, before, start) is None
    )


# "it" as a verb's object, the side it was taken from after it ("seized *it from* ..."; not
# "troops seized it" alone), and a control taken with no object after it
_TOL_IT_RE: Final = re.compile(r"\s+it\s+from\b", re.IGNORECASE)
_TOL_CONTROL_END_RE: Final = re.compile(r"control[\"'”’]?$", re.IGNORECASE)
# a holder named jointly with another side ("Kurdish and rebel forces"): no statement
_TOL_JOINT_RE: Final = re.compile(
    rf"\s*(?:,|and|&)\s+(?:the\s+)?(?:allied\s+)?{_ACTOR}", re.IGNORECASE
)


def _tolerant_holder(cap: _Caption, pos: int) -> tuple[str, int] | None:
    """The one side whose actor starts at ``pos`` and its end: none for an actor of no side or
    one named jointly with another side (foreign forces beside it leave it the holder)."""
    actor = _ACTOR_RE.match(cap.text, pos)
    if actor is None:
        return None
    side = _side_of(actor)
    if side is None or _held_after(cap.text, actor):
        return None
    joint = _TOL_JOINT_RE.match(cap.text, actor.end())
    if joint is not None and _side_of(joint) not in (None, side):
        return None
    return side, actor.end()


def _tolerant_rules(
    cap: _Caption, add: _Add, low: str, gallery_date: str, covered: set[str]
) -> None:
    """English holdings and captures with words between their parts, for places no other rule
    has read.

    After the place: a participle and "by" its holder, or "under the control of", "in the
    hands of" its holder, with fillers, quotes and brackets between them
    (:data:`~aleppomap.control.lexicon.TOLERANT_FILLERS`: "X, is now being controlled by
    rebels fighting against ...", "X was declared fully under control of the government", "X
    to the east, which is run by ..."). Before it: a side's subject, fillers or a report of its
    own words, then a verb of capture or holding whose object is the place ("Forces loyal to
    the president declared full control over X", "The military says it now controls X", "The
    SDF is "in full control" of X", "Damascus takes full control of X"). A hedge or a part
    ("reportedly", "largely") makes none, as everywhere.
    """
    text = cap.text
    if _TOL_POST_KEY_RE.search(low) is not None or _TOL_RELATIVE_KEY_RE.search(low) is not None:
        for slot in cap.slots:
            if slot.mention.place_id in covered:
                continue
            if _tolerant_not_subject(text, slot.mention.start) and not _TOL_COMMA_RE.match(
                text, slot.mention.end
            ):
                continue  # (a relative or apposition set off by a comma refers to the place)
            post = _TOL_POST_RE.match(text, slot.mention.end)
            if post is None:
                _tolerant_relative(cap, slot, add, gallery_date, covered)
                continue
            holder = _tolerant_holder(cap, post.end())
            sentence = cap.sentence_of(slot.mention.start)
            if (
                holder is None
                or cap.sentence_of(holder[1] - 1) != sentence
                or _hedged(cap, slot.mention.start, holder[1])
                or _LOOSE_DEGREE_RE.search(text, slot.mention.end, post.end()) is not None
            ):
                continue
            side, end = holder
            stated, end = _stated_date(cap, slot.mention.start, end, gallery_date)
            for place in (slot, *cap.listed_before(slot)):
                if place.mention.place_id not in covered:
                    add(
                        place, side, "held", slot.mention.start, end, "tolerant_post", stated=stated
                    )
                    covered.add(place.mention.place_id)
    subjects: list[tuple[int, int, str]] = [
        (a.start, a.end, a.side)
        for a in cap.actors
        if a.side is not None and not a.modifier and not a.civilian and not a.speaker
    ]
    if "damascus" in low:
        subjects += [
            (m.start(), m.end(), side)
            for m in _TOL_METONYM_RE.finditer(text)
            for side, value in m.groupdict().items()
            if value is not None
        ]
    for start, end, side in subjects:
        if _TOL_NOT_SUBJECT_RE.search(text, max(0, start - 30), start) is not None or _joint_before(
            cap, start, side
        ):
            continue
        joint = _TOL_JOINT_RE.match(text, end)
        if joint is not None and _side_of(joint) not in (None, side):
            continue
        verb = _TOL_CAPTURE_RE.match(text, end)
        if verb is None:
            continue
        sentence = cap.sentence_of(start)
        places = cap.places_after(verb.end(), sentence)
        if not places:
            # "seized *it* from ...", "took control during ..." (its object left out): the one
            # place named before it
            elided = _TOL_IT_RE.match(text, verb.end()) or (
                verb.group("capture")
                and _TOL_CONTROL_END_RE.search(verb.group(0))
                and _TOL_RELATIVE_END_RE.match(text, verb.end())
            )
            before = _it_antecedent(cap, start) if elided else None
            places = (
                [before]
                if before is not None and cap.sentence_of(before.mention.start) == sentence
                else []
            )
        if not places or _hedged(cap, start, verb.end()):
            continue
        if _LOOSE_DEGREE_RE.search(text, end, verb.end()) is not None:
            continue
        action = "captured" if verb.group("capture") else "held"
        # (the evidence runs to the place, or to the verb when the place is the one named
        # before it: "as SDF fighters have taken back control")
        reach = max(places[0].mention.end, verb.end())
        stated, stop = _stated_date(cap, start, reach, gallery_date)
        for place in places:
            if place.mention.place_id not in covered:
                add(place, side, action, start, stop, "tolerant_clause", stated=stated)
                covered.add(place.mention.place_id)


# "X, which Kurdish fighters liberated from IS in 2016", "X to the east, which rebels hold": the
# relative's subject took or holds X
_TOL_RELATIVE_RE: Final = re.compile(
    rf"{_TOL_SET_OFF}\s*,\s*(?:which|that)\s+(?:the\s+)?", re.IGNORECASE
)
_TOL_RELATIVE_KEY_RE: Final = re.compile(r",\s*(?:which|that)\s")
# what may follow the relative's verb: its object left out (the place before it)
_TOL_RELATIVE_END_RE: Final = re.compile(
    r"\s*(?:[.,;:!?)]|$|(?:from|in|on|during|after|before|since|last|this|back|with|by|and)\b)",
    re.IGNORECASE,
)


# "X, which rebels have besieged *for* months": a siege's relative may end in its duration
_TOL_SIEGE_RE: Final = re.compile(
    rf"\s+(?:{lx.alternation(lx.TOLERANT_SIEGE_VERBS)})\b", re.IGNORECASE
)
_TOL_SIEGE_END_RE: Final = re.compile(r"\s*(?:for|until|till)\b", re.IGNORECASE)


def _tolerant_relative(
    cap: _Caption, slot: _Slot, add: _Add, gallery_date: str, covered: set[str]
) -> None:
    """A relative clause after ``slot`` whose subject is a side and whose verb takes, holds or
    besieges it, its object left out ("X to the east, which Kurdish fighters liberated from IS",
    "X, which rebels have besieged for months": a siege by the rebels, its holder read by
    :func:`besieged_holder`)."""
    text = cap.text
    rel = _TOL_RELATIVE_RE.match(text, slot.mention.end)
    if rel is None:
        return
    holder = _tolerant_holder(cap, rel.end())
    if holder is None:
        return
    side, end = holder
    siege = _TOL_SIEGE_RE.match(text, end)
    if siege is not None:
        if (
            _TOL_RELATIVE_END_RE.match(text, siege.end()) is None
            and _TOL_SIEGE_END_RE.match(text, siege.end()) is None
        ) or cap.sentence_of(siege.end() - 1) != cap.sentence_of(slot.mention.start):
            return
        if _hedged(cap, rel.end(), siege.end()):
            return
        stated, stop = _stated_date(cap, slot.mention.start, siege.end(), gallery_date)
        add(
            slot, "unknown", "besieged", slot.mention.start, stop, "tolerant_relative",
            besieged_by=side, stated=stated,
        )  # fmt: skip
        covered.add(slot.mention.place_id)
        return
    verb = _TOL_CAPTURE_RE.match(text, end)
    if verb is None or _TOL_RELATIVE_END_RE.match(text, verb.end()) is None:
        return
    sentence = cap.sentence_of(slot.mention.start)
    if cap.sentence_of(verb.end() - 1) != sentence or _hedged(cap, rel.end(), verb.end()):
        return
    if _LOOSE_DEGREE_RE.search(text, end, verb.end()) is not None:
        return
    if verb.group("hold") and (
        _FORMERLY_RE.search(text.lower(), end, verb.start("hold")) is not None
        or _HELD_UNTIL_RE.match(text, verb.end()) is not None
    ):
        # "X, which rebels *once* controlled": a holding of the past, which the side lost
        after = _other_side(cap.actors_in(cap.sentence_of(slot.mention.start)), side)
        add(
            slot, after, "lost", slot.mention.start, verb.end(), "tolerant_relative",
            from_controller=side,
        )  # fmt: skip
        covered.add(slot.mention.place_id)
        return
    action = "captured" if verb.group("capture") else "held"
    stated, stop = _stated_date(cap, slot.mention.start, verb.end(), gallery_date)
    add(slot, side, action, slot.mention.start, stop, "tolerant_relative", stated=stated)
    covered.add(slot.mention.place_id)


# "X, a disputed district of Aleppo": contested
_TOL_CONTESTED_POST_RE: Final = re.compile(
    r"\s*,\s*(?:an?|the)\s+(?:(?:hotly|fiercely|bitterly|still)\s+)?"
    rf"{lx.alternation(lx.TOLERANT_CONTESTED_ADJECTIVES)}\s+{lx.alternation(lx.PLACE_NOUNS)}\b",
    re.IGNORECASE,
)
_TOL_CONTESTED_KEY_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.TOLERANT_CONTESTED_ADJECTIVES)}\b"
)


def _hedged_around(cap: _Caption, begin: int, end: int) -> bool:
    """Whether the clause before ``begin`` is hedged or a denial follows ``end`` (the words
    between, an apposition's own "disputed", are not read as a hedge)."""
    text = cap.text
    s_start, s_end = cap.sentences[cap.sentence_of(begin)]
    bounds = list(_CLAUSE_BOUNDARY_RE.finditer(text, s_start, begin))
    start = bounds[-1].end() if bounds else s_start
    return (
        _CLAUSE_HEDGE_RE.search(text, start, begin) is not None
        or _DENIAL_RE.search(text, end, s_end) is not None
    )


def _tolerant_contested(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A contest said in an apposition, for places no other rule has read ("X, a disputed
    district of Aleppo"; not the scene of fighting: "X, the scene of heavy clashes")."""
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        m = _TOL_CONTESTED_POST_RE.match(text, slot.mention.end)
        # (a hedge read before the place and a denial after the apposition: its own
        # "disputed" is neither)
        if m is None or _hedged_around(cap, slot.mention.start, m.end()):
            continue
        add(slot, "contested", "contested", slot.mention.start, m.end(), "tolerant_contested")
        covered.add(slot.mention.place_id)


# ------------------------------------------------- every language: changes, contests, subjects

# The rules of the last block of ``lexicon`` for captions in other languages: a subject that
# refers back ("les jihadistes", "террористы"), a place fought for ("combats pour le contrôle de
# X"), a side's adjective after a place noun ("la ville rebelle assiégée d'X", "X, ciudad
# rebelde"), a German or Dutch relative holding ("X, das von der SDG kontrolliert wird"), a
# Turkish contest ("X'ta çatışmaların sürdüğü") and an Ukrainian or Russian handover said before
# the place ("Під контроль армії перейшов квартал X").

_WORLD_ANAPHOR_RE: Final = re.compile(
    "|".join(
        f"(?P<a_{kind}>{pattern})" for kind, pattern in (*lx.WORLD_ANAPHORS, *lx.KINDS_ANAPHORS)
    )
    + r"(?!\w)",
    re.IGNORECASE,
)
_WORLD_ANAPHOR_KEY_RE: Final = re.compile(
    r"(?i)jihadist|yihadist|dschihadist|cihatç|джихадист|الجهادي|terrorist|milizian|террорист"
    r"|терорист|бойовик|المسلح|مسلحو|الإرهابي"
    # (the names and pronouns of ``lexicon.KINDS_ANAPHORS``)
    r"|المجموعات|الجماعات|التنظيم|المجاميع|organisation|terrormiliz"
    r"|(?-i:\b[Ii]ls\b|\b[Ee]lles\b|\b[Ss]ie\b|[Оо]ни|[Вв]они|\b[Ee]llos\b|\b[Ee]les\b|\b[Ee]ssi\b"
    r"|\b[Oo]nlar\b)"
)
_KINDS_ANAPHOR_DEFAULT_RE: Final = re.compile(lx.KINDS_ANAPHOR_DEFAULT)
# another group called "the organisation" ("تنظيم القاعدة", "l'organisation Al-Qaïda")
_KINDS_OTHER_ORGANISATION_RE: Final = re.compile(
    r"القاعدة|al-Qa[iï]da|el-Qaida|Al-Kaida|Hay['’]?at|هيئة", re.IGNORECASE
)
_WORLD_ANAPHOR_DEFAULT_RE: Final = re.compile(
    rf"(?:\w+\s+)?(?:{lx.WORLD_ANAPHOR_DEFAULT})$", re.IGNORECASE
)


def _world_anaphor_spans(cap: _Caption, start: int, end: int) -> list[tuple[int, int, str]]:
    """The subjects in ``text[start:end]`` that refer back to a side ("Les jihadistes de l'EI
    attaquent. *Les jihadistes* ont pris X": IS; "*Террористы* захватили X": the rebels, when
    the caption names neither IS nor the Kurdish forces), as :func:`_world_side_spans` gives
    them; not one a place was taken from or fought against."""
    text = cap.text
    out = []
    for m in _WORLD_ANAPHOR_RE.finditer(text, start, end):
        named = _WORLD_SIDE_RE.search(text, m.start(), m.end() + 40)
        if named is not None and named.start() < m.end():
            continue  # (a side's own name: "террористы ИГИЛ")
        if _WORLD_NOT_SUBJECT_RE.search(text, max(start, m.start() - 14), m.start()) is not None:
            continue
        if m.group("a_pronoun") is not None:
            # ("Les rebelles ont attaqué. *Ils* ont repris X": the one side of the sentence before)
            side = _kinds_pronoun_side(cap, m.start())
            if side is not None:
                out.append((m.start(), m.end(), side))
            continue
        before = {
            side
            for n in _WORLD_SIDE_RE.finditer(text, 0, m.start())
            if (side := _world_side(n)) in ("islamic_state", "rebels")
        }
        if m.group("a_organisation") is not None:
            # ("تنظيم الدولة ... *التنظيم*", "l'EI ... *l'organisation*": IS, named before)
            if "islamic_state" in before and _KINDS_OTHER_ORGANISATION_RE.search(text) is None:
                out.append((m.start(), m.end(), "islamic_state"))
            continue
        if len(before) == 1:
            out.append((m.start(), m.end(), before.pop()))
        elif (
            not before
            and (
                (
                    m.group("a_militants") is not None
                    and _WORLD_ANAPHOR_DEFAULT_RE.search(m.group(0)) is not None
                )
                or (
                    m.group("a_groups") is not None
                    and _KINDS_ANAPHOR_DEFAULT_RE.match(m.group(0)) is not None
                )
            )
            and not any(
                _world_side(n) in ("islamic_state", "kurdish")
                for n in _WORLD_SIDE_RE.finditer(text)
            )
        ):
            out.append((m.start(), m.end(), "rebels"))
    return out


_WORLD_LEAD_WORDS: Final = (
    r"(?:(?:la|le|les|l['’]|el|los|o|a|os|il|lo|die|der|das|den|dem|de|het)\s*)?"
    r"(?:(?:quartier|ville|village|localité|barrio|ciudad|pueblo|localidad|bairro|cidade|vila"
    r"|quartiere|città|villaggio|Stadtteil|Viertel|Stadt|Dorf|Ort|wijk|stad|dorp|حي|مدينة|бلدة"
    r"|بلدة|قرية|квартал\w*|город\w*|район\w*|село)\s+(?:(?:de|d['’]|di|von|do|da|del)\s*)?)?"
)
_WORLD_FIGHT_FOR_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_FIGHT_FOR)})\s*{_WORLD_LEAD_WORDS}$", re.IGNORECASE
)
# a Turkish fight for a place, "için" after it or its control ("X *için süren çatışmalar*",
# "X'*in kontrolü için çatışmalar*"; not "X'te çatışmalar sürüyor", fighting there, as "fighting
# in X" is no contest in the other languages)
_WORLD_TR_FIGHT_RE: Final = re.compile(
    r"(?:['’]?n?[ıiuü]n\s+(?:kontrol[üu]|denetimi|hakimiyeti)\s+)?\s*için\s+(?:[\w-]+\s+){0,3}?"
    r"(?:çatışma|çarpışma|muharebe)",
    re.IGNORECASE,
)
_WORLD_ADJECTIVES: Final = "|".join(
    f"(?P<j_{side}>{pattern})" for side, pattern in lx.WORLD_SIDE_ADJECTIVES
)
_WORLD_COMPOUNDS: Final = "|".join(
    f"(?P<c_{side}>{pattern})" for side, pattern in lx.WORLD_SIDE_COMPOUNDS
)
# "la ville rebelle assiégée d'X", "el bastión rebelde de X", "un nouveau quartier rebelle, X",
# "die Rebellenhochburg X"
_WORLD_MODIFIER_BEFORE_RE: Final = re.compile(
    rf"(?<!\w)(?:(?:{lx.alternation(lx.WORLD_MODIFIER_NOUNS)})\s+(?:[\w-]+\s+)?"
    rf"(?:{_WORLD_ADJECTIVES})(?:\s+[\w-]+)?(?:\s*,\s*|\s+(?:de|di|del|do|da|van)\s+|\s+d['’]\s*)"
    rf"|(?:{_WORLD_COMPOUNDS})\s+)$",
    re.IGNORECASE,
)
# "X, ciudad rebelde", "X, une localité loyaliste"
_WORLD_MODIFIER_AFTER_RE: Final = re.compile(
    r"\s*,\s*(?:(?:un|une|la|le|el|una|um|uma|il|een|de|het|l['’])\s*)?(?:[\w-]+\s+)?"
    rf"(?:{lx.alternation(lx.WORLD_MODIFIER_NOUNS)})\s+(?:[\w-]+\s+)?(?:{_WORLD_ADJECTIVES})"
    # (the city after it: "X, un quartier rebelle *d'*Alep")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:de|di|del|do|da|van|von)\s+(?-i:[A-ZÀ-Ý])|\s+d['’]\s*(?-i:[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
# "X, das von der SDG kontrolliert wird", "X, dat door de rebellen gecontroleerd wordt"
_WORLD_RELATIVE_HOLD_RE: Final = re.compile(
    r"\s*,\s*(?:das|die|der|welche[sr]?|dat|die)\s+(?:(?:nun|noch|seit\s+\w+|jetzt|nu|nog|sinds"
    r"\s+\w+)\s+)*(?:von|vom|door)\s+(?:(?:der|den|dem|de|het)\s+)?"
    rf"(?:{_world_sides()})\s+(?:(?:nun|noch|jetzt|nu|nog)\s+)?"
    r"(?:(?P<held>kontrolliert|gehalten|besetzt|beherrscht|gecontroleerd|bezet)\s+(?:wird|werden"
    r"|ist|sind|wordt|worden)|(?P<taken>erobert|eingenommen|zurückerobert|veroverd|ingenomen)"
    r"\s+(?:wurde|wurden|worden|werd|werden))(?!\w)",
    re.IGNORECASE,
)
# "Під контроль сирійської армії перейшов квартал X", "Под контроль армии перешёл город X"
_WORLD_HANDOVER_BEFORE_RE: Final = re.compile(
    rf"(?<!\w)(?:під|под)\s+(?:повний\s+|полный\s+)?контроль\s+(?:{_world_sides()})"
    r"(?:\s+\S+){0,2}?\s+(?:перейш\w*|переш(?:ел|ёл|ла|ли|ло))\s+"
    r"(?:(?:квартал|місто|город|район|село|селище|посёлок)\s+)?$",
    re.IGNORECASE,
)
# Arabic: a thing a side seized, inside the place named after it ("قاعدة عسكرية *استولى عليها
# مسلحو المعارضة في منطقة* X", "المطار الذي *سيطرت عليه قوات النظام في* X"): a capture of the
# place, as "recaptured the power station in the X area" is in English
_WORLD_AR_SEIZED_IN_BEFORE_RE: Final = re.compile(
    r"(?<!\w)(?:(?:الذي|التي)\s+)?(?:استولى|استولت|استولوا|سيطر|سيطرت|سيطروا)\s+(?:عليها|عليه)\s+"
    rf"(?:\S+\s+){{0,2}}?(?:{_world_sides()})(?:\s+\S+){{0,2}}?\s+(?:في|ب)\s*"
    r"(?:(?:منطقة|بلدة|قرية|مدينة|حي|محيط)\s+)?$"
)
# a part of a place held by a side, said before the place with "of" or "in" (the part is not
# named by the gazetteer): "numa *zona rebelde em* X", "les *quartiers rebelles d'*X", "in den
# *Rebellenvierteln von* X", "les *quartiers tenus par les rebelles à* X", "os *bairros
# controlados pelos rebeldes em* X", "*الأحياء التي يسيطر عليها الثوار في مدينة* X"
_WORLD_PART_BEFORE_RE: Final = re.compile(
    rf"(?<!\w)(?:(?:ال)?(?:{lx.alternation(lx.WORLD_PARTS)}|(?P<share>"
    rf"{lx.alternation(lx.WORLD_SIDE_SHARES)}))\s+(?:[\w-]+\s+)?"
    rf"(?:(?:{_WORLD_ADJECTIVES})(?:\s+(?:assiégé|encerclé|sitiad|asediad|assediat|belagert)\w*)?"
    rf"|(?:(?P<held>{lx.alternation(lx.WORLD_HELD_AFTER)})"
    rf"|(?P<taken>{lx.alternation(lx.WORLD_TAKEN_BY)}))(?!\w){_WORLD_FILL}\s*(?<![\w-])"
    rf"(?:{_world_sides()})(?!\w)"
    # (the Vietnamese verb after the side: "khu vực do phiến quân *kiểm soát* ở X")
    r"(?:\s+(?:kiểm\s+soát|nắm\s+giữ|chiếm\s+giữ)(?!\w))?)"
    # (a rebel stronghold in a city is a part of it: "Luftangriff auf eine *Rebellenhochburg
    # in* X", as English "a rebel stronghold in X")
    r"|Rebellen-?(?:viertel|vierteln|stadtteile?n?|gebiete?n?|hochburg(?:en)?|bastion(?:en)?"
    # (Dutch: "in het *rebellendeel van* X", "het *rebellengebied in* X")
    r"|deel|gebied(?:en)?|wijken)"
    # (a part taken, its taker the sentence's one side: "durch einen *zurückeroberten
    # Stadtteil* von X", "dans un *quartier repris* d'X")
    rf"|(?P<ptc>{lx.alternation(lx.WORLD_PART_TAKEN_BEFORE)}))"
    # (a bearing of the part: "les quartiers rebelles *est* d'X")
    r"(?:\s+(?:est|ouest|nord|sud|este|oeste|norte|sur|sul|leste|ovest|orientai?l?[ei]s?|"
    r"occidentai?l?[ei]s?|orientaux|occidentaux))?\s*(?:,\s*)?"
    r"(?:\s(?:de|di|del|do|da|van|von|em|en|à|a|ad|in|im|nel|nella|na|no|في|ở|tại|katika"
    # (Arabic "in the middle of", "inside": "الأحياء الخاضعة لسيطرة النظام *وسط* مدينة X")
    r"|mjini|în|din|وسط|داخل)\s+|\s+d['’]\s*)"
    r"(?:(?:la|a)\s+)?(?:(?:ville|ciudad|cidade|città|Stadt|مدينة)\s+(?:(?:de|di|da|do)\s+"
    r"|d['’]\s*)?)?"
    # (Vietnamese: "... ở *khu vực miền Đông* X", "tại *thành phố* X")
    r"(?:(?:khu\s+vực|thành\s+phố)\s+)?(?:(?:miền|phía)\s+(?:Đông|Tây|Bắc|Nam)\s+)?$",
    re.IGNORECASE,
)


def _world_part_before(cap: _Caption, slot: _Slot, s_start: int) -> tuple[str, str, int] | None:
    """A part of ``slot`` (a city, town or village) a side holds or took, said before it: (side,
    action, start of the part); ``None`` when there is none. "numa zona rebelde em X", "les
    quartiers tenus par les rebelles à X": a statement of ``extent`` ``part`` of the place."""
    if slot.mention.precision not in lx.PART_OF_KINDS:
        return None
    text = cap.text
    start = slot.mention.start
    m = _WORLD_PART_BEFORE_RE.search(text, max(s_start, start - 110), start)
    if m is None or _WORLD_LAST_PART_RE.search(text, max(s_start, m.start() - 16), m.start()):
        return None
    if m.group("share") and (m.group("taken") or m.group("ptc")):
        return None  # ("la partie reprise par l'armée d'X": a share taken, not held)
    side = next((s for s, _ in lx.WORLD_SIDE_ADJECTIVES if m.groupdict().get("j_" + s)), None) or (
        _world_side(m) if m.group("held") or m.group("taken") else "rebels"
    )
    if m.group("ptc"):
        s_end = cap.sentences[cap.sentence_of(slot.core)][1]
        named = {
            x for a, _, x in _world_side_spans(cap, s_start, s_end) if not m.start() <= a < start
        }
        side = named.pop() if len(named) == 1 else None
    if (
        side is None
        or any(m.start() <= s.mention.start < start for s in cap.slots if s is not slot)
        or _hedged(cap, m.start(), slot.mention.end)
        or _world_capture_before(cap, m.start())
        or _WORLD_FORMER_RE.search(text, max(s_start, m.start() - 20), start) is not None
    ):
        return None
    return side, "captured" if m.group("taken") or m.group("ptc") else "held", m.start()


_WORLD_MORE_KEY_RE: Final = re.compile(
    r"(?i)contr[ôo]l|control|kontrolle|gevecht|strijd|slag|vecht|бо[иї]|борьб|борот|сражени"
    r"|столкновени|للسيطرة"
)


def _world_capture_before(cap: _Caption, begin: int) -> bool:
    """Whether a verb or noun of capture, or an aim, stands in the clause before ``begin`` (a
    holding named in its object is the holder before the capture: "se sont emparées d'un
    nouveau quartier rebelle, X")."""
    text = cap.text
    s_start = cap.sentences[cap.sentence_of(begin)][0]
    bounds = [b.end() for b in _WORLD_CLAUSE_END_RE.finditer(text, s_start, begin)]
    start = max([s_start, *bounds])
    return (
        any(v.group("take") is not None for v in _WORLD_VERB_RE.finditer(text, start, begin))
        or _WORLD_NOUN_RE.search(text, start, begin) is not None
        or _WORLD_HEDGE_RE.search(text, start, begin) is not None
    )


# (also a part noun with its bearing: "X, i *quartieri orientali della città* in mano ai
# ribelli", "X, les *quartiers est de la ville* tenus par": the city's parts are held, not X)
_WORLD_CITY_SHARE_TAIL_RE: Final = re.compile(
    rf"(?<!\w)(?:parte|partie|{lx.alternation(lx.WORLD_PARTS)})(?:\s+[\w'’-]+){{0,2}}?\s+"
    r"(?:de\s+la|della|da|de\s+l['’]|dell['’]|der)\s*"
    r"(?:ville|ciudad|cidade|città|Stadt)\s*$",
    re.IGNORECASE,
)
_WORLD_CITY_SHARE_KEY_RE: Final = re.compile(r"(?i)\bpart(?:e|ie)\b")
# a share of "the city" named by its definite article ("*nella parte della città* controllata dai
# ribelli", "*dans la partie de la ville* tenue par", "*en la parte de la ciudad* controlada por",
# "*na parte da cidade* controlada pelos"): a part of the one city or town named before
_WORLD_CITY_SHARE_RE: Final = re.compile(
    r"(?<!\w)(?:la|nella|della|alla|dalla|sulla|na|en\s+la|dans\s+la|de\s+la|à\s+la|a(?=\s+parte"
    r"\s+da\s))\s+(?:parte|partie)\s+(?:de\s+la|della|da|de\s+l['’]|dell['’])\s*"
    r"(?:ville|ciudad|cidade|città)(?!\w)",
    re.IGNORECASE,
)


def _world_city_share_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A share of "the city" held by a side ("vive nella parte della città controllata dai
    ribelli", "dans la partie de la ville tenue par le régime"): that side holds a part
    (``extent`` ``part``) of the one city or town the caption names before it."""
    text = cap.text
    for m in _WORLD_CITY_SHARE_RE.finditer(text):
        s_start, s_end = cap.sentences[cap.sentence_of(m.start())]
        post = _WORLD_POST_RE.match(text, m.end(), s_end)
        if (
            post is None
            or post.group("held") is None
            or len(post.group("gap").split()) > 2
            or _WORLD_CLAUSE_END_RE.search(post.group("gap")) is not None
            or _WORLD_FORMER_RE.search(text, max(s_start, m.start() - 30), post.end()) is not None
            or _WORLD_HEDGE_RE.search(text, m.start(), post.end()) is not None
            or _hedged(cap, m.start(), post.end())
            or (side := _world_side(post)) is None
        ):
            continue
        before = [
            s
            for s in cap.slots
            if s.mention.end <= m.start() and s.mention.precision in ("city", "town")
        ]
        if len({s.mention.place_id for s in before}) != 1:
            continue
        city = before[-1]
        if city.mention.place_id in covered:
            continue
        add(city, side, "held", m.start(), post.end(), "part", extent="part")


def _world_more_rules(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The rules of this block for the places no other rule has read."""
    text = cap.text
    fight = _WORLD_MORE_KEY_RE.search(text) is not None
    turkish = "için" in text and ("çatışma" in text or "çarpışma" in text or "muharebe" in text)
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        start, end = slot.mention.start, slot.mention.end
        s_start = cap.sentences[cap.sentence_of(slot.core)][0]
        before = max(s_start, start - 110)
        if (fight and _WORLD_FIGHT_FOR_RE.search(text, before, start) is not None) or (
            turkish
            and (tr := _WORLD_TR_FIGHT_RE.match(text, end)) is not None
            and not any(end <= s.mention.start < tr.end() for s in cap.slots)
        ):
            if not _hedged(cap, start, end):
                add(slot, "contested", "contested", start, end, "contested")
            continue
        handover = _WORLD_HANDOVER_BEFORE_RE.search(text, before, start)
        if handover is not None and (side := _world_side(handover)) is not None:
            if not _hedged(cap, handover.start(), end):
                add(slot, side, "captured", handover.start(), end, "modifier")
            continue
        seized = (
            _WORLD_AR_SEIZED_IN_BEFORE_RE.search(text, before, start)
            if "علي" in text[before:start]
            else None
        )
        if seized is not None and (side := _world_side(seized)) is not None:
            if not _hedged(cap, seized.start(), end):
                add(slot, side, "captured", seized.start(), end, "modifier")
            continue
        relative = _WORLD_RELATIVE_HOLD_RE.match(text, end)
        if relative is not None and (side := _world_side(relative)) is not None:
            if not _hedged(cap, start, relative.end()) and not _world_landmark(cap, slot, s_start):
                action = "held" if relative.group("held") is not None else "captured"
                add(slot, side, action, start, relative.end(), "post")
            continue
        part = _world_part_before(cap, slot, s_start)
        if part is not None:
            side, action, begin = part
            add(slot, side, action, begin, end, "part", extent="part")
            continue
        # (a city is not one side's whole: "la ville rebelle d'Alep", "die Rebellenhochburg
        # Aleppo", "Alep, fief rebelle" say that the side held a part of it, as the English "the
        # rebel stronghold of Aleppo")
        extent = "part" if slot.mention.precision == "city" else "whole"
        modifier = _WORLD_MODIFIER_BEFORE_RE.search(text, max(s_start, start - 60), start)
        after = None if modifier is not None else _WORLD_MODIFIER_AFTER_RE.match(text, end)
        found = modifier or after
        if found is None:
            continue
        side = next(
            (
                side
                for side, _ in (*lx.WORLD_SIDE_ADJECTIVES, *lx.WORLD_SIDE_COMPOUNDS)
                if found.groupdict().get("j_" + side) or found.groupdict().get("c_" + side)
            ),
            None,
        )
        begin = found.start() if modifier is not None else start
        if (
            side is None
            or _hedged(cap, begin, max(end, found.end()))
            or _world_capture_before(cap, begin)
            or _WORLD_FORMER_RE.search(text, max(s_start, begin - 20), max(end, found.end()))
        ):
            continue
        add(slot, side, "held", begin, max(end, found.end()), "modifier", extent=extent)


def _world_note_captures(
    cap: _Caption, out: list[ControlStatement], captures: dict[tuple[str, int], str]
) -> None:
    """Note in ``captures`` the places the statements ``out`` capture, by the mention their
    evidence spans (its start: the taker), so that a holding said of that mention after it
    ("L'armée a repris le quartier de X, tenu par les rebelles depuis 2012") is dropped as the
    holder before the capture."""
    for statement in out:
        if statement.action != "captured":
            continue
        for slot in cap.slots:
            if (
                slot.mention.place_id == statement.place_id
                and statement.evidence_start <= slot.mention.start < statement.evidence_end
            ):
                captures.setdefault(
                    (slot.mention.place_id, slot.mention.start), statement.controller
                )


def _world_drop_held_in_capture(out: list[ControlStatement]) -> list[ControlStatement]:
    """Without a side's modifier of a place that a capture's evidence spans with another taker
    ("L'armée a repris la ville rebelle de X": the rebels held X before), or whose place opens
    the evidence of a change of hands after it ("DAEŞ kontrolündeki X, ÖSO'nun kontrolüne
    geçti": IS held X before)."""
    return _drop_held_in_captures(
        out,
        "modifier",
        lambda s, c: (
            c.evidence_start <= s.evidence_start < c.evidence_end
            or c.evidence_start < s.evidence_end <= c.evidence_end
        ),
    )


def _world_drop_unknown_loss(out: list[ControlStatement]) -> list[ControlStatement]:
    """Without a loss to an unknown side of a place that a later statement of the caption gives
    to a named side ("O regime perdeu o controle de X. ... os rebeldes controlam X": the
    rebels' holding says who has it)."""
    return [
        s
        for s in out
        if not (
            s.action == "lost"
            and s.controller == "unknown"
            and any(
                o.place_id == s.place_id
                and o.controller not in ("unknown", "contested", s.from_controller)
                and o.action in ("held", "captured")
                and o.evidence_start >= s.evidence_end
                for o in out
            )
        )
    ]


# ------------------------------------------------- every language: the clause grammar (more)

# The rules of the tables ``lexicon.WORLD_TAKEN_FROM`` ... ``WORLD_ZH_*``, for the places no
# rule above has read: a place taken *from* a side ("X, reprise aux rebelles par l'armée", "X,
# ciudad arrebatada al EI"), a siege with its besieger ("X, assiégée par l'armée", "X المحاصرة
# من قبل قوات النظام"), the Turkish holding and passive said after the place ("X YPG'nin
# kontrolünde", "X, rejim güçleri tarafından ele geçirildi"), a German or Dutch participle
# before the place ("het door rebellen gecontroleerde oosten van X") and the clauses of
# Chinese ("政府军收复X", "反对派控制的X", "X由库尔德武装控制").

_WORLD_GAP: Final = r"(?P<gap>[^.;:!?\n]{0,60}?)"
_WORLD_TAKEN_FROM_RE: Final = re.compile(
    rf"{_WORLD_GAP}(?<!\w)(?:{lx.alternation(lx.WORLD_TAKEN_FROM)})\s*(?P<fill>{_WORLD_FILL})"
    rf"\s*(?<![\w-])(?:{_world_sides()})(?!\w)",
    re.IGNORECASE,
)
# the taker after the side it took the place from ("... aux rebelles *par l'armée*", "... al EI
# *por las fuerzas kurdas*", "... all'Isis *dalle forze curde*")
# an agent's preposition ("par", "por", "dalle", "door"): a side after it is no side taken from
_WORLD_AGENT_WORD_RE: Final = re.compile(
    r"(?<!\w)(?:par|por|pel[oa]s?|dal|dai|dalle|dagli|dalla|dallo|dall['’]|door|durch)(?!\w)",
    re.IGNORECASE,
)
# a place taken from unnamed fighters ("X, un'area appena sottratta *agli islamisti*")
_WORLD_TAKEN_FROM_UNNAMED_RE: Final = re.compile(
    rf"{_WORLD_GAP}(?<!\w)(?:{lx.alternation(lx.WORLD_TAKEN_FROM)})\s*(?:(?:les|los|as|gli|i|die"
    rf"|den)\s+)?(?:{lx.alternation(lx.WORLD_UNNAMED_FIGHTERS)})(?!\w)",
    re.IGNORECASE,
)
# the Persian place taken from a side, its verb at the end ("X *از شورشیان پس گرفته شد*", "X
# *از تروریست ها پاکسازی شده*"): the side taken from is named in the middle
_WORLD_FA_TAKEN_FROM_RE: Final = re.compile(
    rf"{_WORLD_GAP}(?<!\S)از\s+(?:(?:سیطره|وجود|دست)\s+)?(?:{_world_sides()})(?:\s+ها)?\s+"
    r"(?:پس\s+گرفته|پاکسازی|آزاد)\s*(?:شد|شده|شدند|گردید)(?!\w)",
)
_WORLD_TAKER_AFTER_RE: Final = re.compile(
    r"\s*,?\s*(?:[\w'’-]+\s+){0,3}?(?:par|por|pel[oa]s?|da\s+parte\s+d\w*|dal|dai|dalle|dagli"
    r"|dall['’]|dalla|dallo|door|durch"
    # ("... *gracias al asedio de* una fuerza kurda": the deed's agent)
    rf"|{lx.alternation(lx.WORLD_AGENT_THANKS)}(?:l|o|ll['’]|lla|l['’])?\s*(?:(?:la|el|a|o|le"
    rf"|l['’])\s*)?{lx.alternation(lx.WORLD_AGENT_THANKS_NOUNS)}\s+(?:del?|da|do|di|dei|della"
    rf"|dell['’]|degli|des|du|d['’]))(?!\w){_WORLD_FILL}\s*(?<![\w-])(?:{_world_sides()})(?!\w)",
    re.IGNORECASE,
)
# "X, que *había sido* sitiada por ...": a siege of the past (at the end of the gap before it)
_WORLD_SIEGE_PAST_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_SIEGE_PAST)})\s+$", re.IGNORECASE
)
_WORLD_BESIEGED_RE: Final = re.compile(
    rf"{_WORLD_GAP}(?<!\w)(?:{lx.alternation(lx.WORLD_BESIEGED_BY)})(?!\w){_WORLD_FILL}"
    rf"\s*(?<![\w-])(?:{_world_sides()})(?!\w)",
    re.IGNORECASE,
)
_WORLD_TR_SIDE_AFTER_RE: Final = re.compile(
    rf"{_WORLD_GAP}(?<![\w'’])(?:{_world_sides()})(?:['’]?\w+)?\s+"
    rf"(?:(?P<held>{lx.alternation(lx.WORLD_TR_HELD_AFTER)})(?!\w)(?!\s+(?:bulunan|olan|tuttuğu))"
    rf"|(?P<taken>{lx.alternation(lx.WORLD_TR_TAKEN_BY)})"
    # ("X, muhalif grupla*rca ele geçirildi*": the agent's suffix; "X, DEAŞ'ın *elinden alındı*")
    r"|(?<=[cç][ae]\s)(?P<taken_by>ele\s+geçiril(?:di|miş|mişti)|kurtarıl(?:dı|mış|mıştı)"
    r"|geri\s+alın(?:dı|mış|mıştı))|(?P<lost>elinden\s+(?:alındı|kurtarıldı|çıktı)))",
    re.IGNORECASE,
)
# "in der von Rebellen kontrollierten Stadt X", "het door rebellen gecontroleerde oosten van X"
_WORLD_PARTICIPLE_BEFORE_RE: Final = re.compile(
    r"(?<!\w)(?:von|vom|door)\s+(?:(?:der|den|dem|de|het)\s+)?"
    rf"(?:{_world_sides()})(?:\s*\([^()]{{1,12}}\))?\s+"
    # (a whole degree or "now" before the participle: "die von Rebellen *vollständig*
    # kontrollierte Stadt X", "de door rebellen *volledig* gecontroleerde stad X")
    r"(?:(?:vollständig|völlig|komplett|ganz|vollkommen|inzwischen|nun|jetzt|volledig|geheel"
    r"|helemaal|inmiddels|nu)\s+)?"
    r"(?:(?P<held>kontrollierte\w*|gehaltene\w*|besetzte\w*|beherrschte\w*"
    r"|gecontroleerde|bezette)|(?P<taken>eroberte\w*|zurückeroberte\w*|eingenommene\w*"
    r"|veroverde|heroverde|ingenomen|bevrijde)"
    # (a siege: "das von Regierungstruppen *belagerte* Ost-Aleppo", "het door het leger
    # *belegerde* Oost-Aleppo")
    r"|(?P<siege>belagerte\w*|eingekesselte\w*|umzingelte\w*|eingeschlossene\w*|belegerde))"
    # (an adjective before the noun: "kontrollierten *nordsyrischen* Stadt X", "gecontroleerde
    # *Syrische* stad X")
    r"\s+(?:(?:[\w-]+(?:e|en|er|es)\s+)?(?:Stadt|Städte|Orte|Stadtteil|Viertel|Ort|Dorf|Dörfer"
    r"|Ostteil"
    r"|Westteil|stad|wijk|dorp|deel|oosten|westen)\s+(?:van\s+|von\s+)?"
    # (a part of a city, not named: "im von Rebellen kontrollierten *Teil* Aleppos", "in den
    # von der Armee gehaltenen *Gebieten von* X", "im von Rebellen gehaltenen *Osten der
    # Stadt* X")
    rf"|(?P<part>{lx.alternation(lx.WORLD_DE_PART_NOUNS)})\s+(?:von\s+|van\s+|der\s+Stadt\s+)?)?$",
    re.IGNORECASE,
)
# Russian: the participle first, its agent in the instrumental, then the place ("в
# *контролируемом боевиками* X", "*освобожденный армией* город X"); a district or part of a
# city before the city's name is a part of it ("жители *контролируемого боевиками района* X")
_WORLD_RU_PARTICIPLE_BEFORE_RE: Final = re.compile(
    r"(?<!\w)(?:(?P<held>контролируем\w+|удерживаем\w+)|(?P<taken>освобожд[её]нн\w+"
    r"|захваченн\w+|отбит(?:ый|ая|ое|ые|ого|ой|ом|ую|ых)))\s+"
    rf"(?:{_world_sides()})\s+(?:(?P<part>(?:(?:{lx.alternation(lx.WORLD_RU_PART_ADJECTIVES)})"
    rf"\w*\s+)?(?:{lx.alternation(lx.WORLD_RU_PART_NOUNS)})\w*)\s+)?(?:(?:город|сел|посел)\w*\s+)?$",
    re.IGNORECASE,
)
# Ukrainian, Polish, Bulgarian, Serbian, Croatian (and Russian's dative): the participle first,
# its agent after it (instrumental, dative, or after "przez", "от", "od strane"), then the place's
# noun and the place ("у *підконтрольному повстанцям* місті X", "w *kontrolowanym przez
# rebeliantów* mieście X", "в *контролирания от армията* град X", "w *kontrolowanej przez
# rebeliantów części* X": a part of the city)
_WORLD_SLAVIC_PARTICIPLE_BEFORE_RE: Final = re.compile(
    rf"(?<!\w)(?:(?P<held>(?:{lx.alternation(lx.WORLD_SLAVIC_HELD_PARTICIPLES)})\w*)"
    rf"|(?P<taken>(?:{lx.alternation(lx.WORLD_SLAVIC_TAKEN_PARTICIPLES)})\w*))\s+"
    # (a time between: "kontrolowanym *od 2016 roku* przez", "контрольованому *з 2016 року*")
    r"(?:(?:od|з|із|от|с|од)\s+\d{4}(?:\s+(?:roku|року|г\.|года|година|godine))?\s+)?"
    rf"(?:(?:{lx.alternation(lx.WORLD_SLAVIC_AGENT_WORDS)})\s+)?"
    # (an adjective or a noun before the side: "przez *kurdyjskie* siły", "от *сирийската* армия")
    r"(?:(?!(?:від|від|з|із|od|z|ze|spod|от|из|iz|sa)\s)[\w-]+\s+){0,2}?"
    rf"(?:{_world_sides()})\s+"
    rf"(?:(?P<part>(?:{lx.alternation(lx.WORLD_SLAVIC_PART_NOUNS)})\w*)\s+"
    rf"|(?:[\w-]+\s+)?(?:{lx.alternation(lx.WORLD_SLAVIC_PLACE_NOUNS)})\w*\s+)?$",
    re.IGNORECASE,
)
# Swedish, Norwegian, Danish: the side's compound participle, then the place's noun ("den
# *rebellkontrollerade staden* X", "den *IS-kontrollerte byen* X")
_WORLD_NORDIC_PARTICIPLE_BEFORE_RE: Final = re.compile(
    r"(?<!\w)(?:"
    + "|".join(f"(?P<n_{side}>{pattern})" for side, pattern in lx.WORLD_NORDIC_COMPOUND_SIDES)
    + rf")(?:(?P<held>{lx.alternation(lx.WORLD_NORDIC_HELD)})|(?P<taken>"
    rf"{lx.alternation(lx.WORLD_NORDIC_TAKEN)}))\s+"
    rf"(?:(?P<part>delen\s+av|delen\s+af|del\s+av)\s+|(?:[\w-]+[ae]\s+)?"
    rf"(?:{lx.alternation(lx.WORLD_NORDIC_PLACE_NOUNS)})\s+)?$",
    re.IGNORECASE,
)
# the German passive or state said after the place, its agent before the participle at the
# clause's end ("X *wird von den Rebellen kontrolliert*", "X *wurde von der Armee
# zurückerobert*", "X *ist von Regierungstruppen eingekesselt*"); a holding only in the present
_WORLD_DE_PREDICATE_RE: Final = re.compile(
    r"\s+(?:(?P<now>wird|ist|sind|bleibt|bleiben)|wurden?|war|waren)\s+"
    r"(?P<mid>(?:[\w-]+\s+){0,3}?)(?:von|vom)\s+(?:(?:der|den|dem|die)\s+)?(?:[\w-]+\s+){0,2}?"
    # (the side's abbreviation after it: "von der Syrischen Nationalarmee *(SNA)* erobert")
    rf"(?:{_world_sides()})(?:\s*\([^()]{{1,12}}\))?\s+"
    # (a siege before the capture, one agent for both: "X wurde von Rebellen *umzingelt und
    # eingenommen*")
    r"(?:(?:eingekesselt|umzingelt|belagert|eingeschlossen)\s+und\s+(?:dann\s+|schließlich\s+"
    r"|später\s+)?(?=(?:zurückerobert|erobert|eingenommen|zurückgewonnen)\b))?"
    r"(?:(?P<held>kontrolliert|gehalten|beherrscht|besetzt)"
    # (not "befreit": "X wurde *vom IS befreit*" is freed from IS, "von kurdischen Kämpfern
    # befreit" by them; the two read alike)
    r"|(?P<taken>zurückerobert|erobert|eingenommen|zurückgewonnen)"
    r"|(?P<siege>eingekesselt|umzingelt|belagert|eingeschlossen))(?:\s+worden)?(?!\w)"
    r"(?!\s+(?:werden|zu\b|sollen|soll|könnte|kann|wäre))",
    re.IGNORECASE,
)
# the words between the verb and its agent that make it no statement ("X wird *nicht mehr*
# von ... kontrolliert", "*teilweise*", "*fast*")
_WORLD_DE_MID_NOT_RE: Final = re.compile(
    r"(?i)(?<!\w)(?:nicht|nie|kaum|fast|teilweise|teils|zum\s+teil|nur\s+noch|angeblich|nicht\s+mehr)"
    r"(?!\w)"
)
_WORLD_CLAUSE_KEY_RE: Final = re.compile(
    rf"(?i){lx.alternation((*lx.WORLD_CLAUSE_TRIGGERS, *lx.WORLD_CLAUSE_SCRIPT_TRIGGERS))}"
    r"|geçiril|kurtarıl|geri\s+alın|elinden"
    r"|kontrolliert|gehalten|besetzt|beherrscht|gecontroleerde|bezette|eroberte|veroverde"
    r"|heroverde|eingenommene|befreite|belagerte|eingekesselte|umzingelte|eingeschlossene"
    r"|belegerde"
)


# a gap with a number or a preposition names another noun the phrase may describe ("X, *à 30
# km de la ville* reprise au groupe EI")
_WORLD_GAP_NOUN_RE: Final = re.compile(
    r"\d|(?<!\w)(?:à|de|d['’]|du|des|del|di|da|do|von|vom|van|of|près|cerca|perto|vicino|nahe"
    # (the Italian "of" with its article: "X, i quartieri orientali *della* città in mano ai")
    r"|della|dello|delle|dei|degli|dell['’]"
    r"|от|из|в|на|من|في|قرب)(?!\w)",
    re.IGNORECASE,
)


def _world_gap_ok(cap: _Caption, slot: _Slot, gap_end: int, *, words: int = 7) -> bool:
    """Whether the words between a place and the phrase after it still say something of the
    place: few words, no other place, no dash or second comma (a comma right after the place
    sets off the phrase), no word that puts it in the past."""
    text = cap.text
    end = slot.mention.end
    gap = text[end:gap_end]
    # (a place noun set off by a comma may end it: "X mahallesi, PYD'nin kontrolünde")
    inner = gap.strip().removeprefix(",").removeprefix("،").removesuffix(",").removesuffix("،")
    return (
        len(gap.split()) <= words
        and not any(end <= s.mention.start < gap_end for s in cap.slots if s is not slot)
        and not any(c in inner for c in ',،–—()"«»')
        and _WORLD_GAP_NOUN_RE.search(inner) is None
        and _WORLD_FORMER_RE.search(text, max(0, slot.mention.start - 30), gap_end) is None
    )


_WORLD_HANDOVER_RE: Final = re.compile(lx.alternation(lx.WORLD_HANDOVER_VERBS), re.IGNORECASE)
# the place right after a hand-over's verb, perhaps after its article and kind ("ont remis *la
# ville de* X")
_WORLD_HANDOVER_GAP_RE: Final = re.compile(
    r"\s+(?:(?:la|le|l['’]|el|la|die|den|das|il|lo|a|o)\s*)?(?:(?:ville|localité|ciudad|localidad"
    r"|cidade|città|Stadt|town|quartier|barrio|bairro|quartiere|Viertel)\s+(?:de\s+|d['’]\s*"
    r"|di\s+|da\s+|del\s+)?)?",
    re.IGNORECASE,
)
_WORLD_HANDOVER_TO_RE: Final = re.compile(lx.WORLD_HANDOVER_TO, re.IGNORECASE)


def _world_handover_receiver(cap: _Caption, verb: re.Match[str], slot: _Slot) -> str | None:
    """The side a place is handed over to ("les FDS ont remis X *à l'armée syrienne*"): named
    right after the place, which follows the verb; ``None`` when the place is not the verb's
    object or no side receives it."""
    text = cap.text
    gap = _WORLD_HANDOVER_GAP_RE.match(text, verb.end())
    if gap is None or gap.end() != slot.mention.start:
        return None
    to = _WORLD_HANDOVER_TO_RE.match(text, slot.mention.end)
    if to is None:
        return None
    m = _WORLD_SIDE_RE.match(text, to.end())
    return _world_side(m) if m is not None else None


def _world_one_other_side(cap: _Caption, slot: _Slot, side: str, begin: int, end: int) -> str:
    """The one side the sentence of ``slot`` names besides ``side`` outside ``begin:end``
    (the taker of a place said taken from ``side``), else ``unknown``."""
    s_start, s_end = cap.sentences[cap.sentence_of(slot.core)]
    others = {
        s
        for a, b, s in _world_side_spans(cap, s_start, s_end)
        if s != side
        and not (begin <= a < end)
        # (not a speaker: "..., сообщили курдские *источники*")
        and _KINDS_SPEAKER_AFTER_RE.match(cap.text, b) is None
    }
    return others.pop() if len(others) == 1 else "unknown"


def _world_next_taker(cap: _Caption, slot: _Slot, loser: str) -> str | None:
    """The taker of a place said freed from ``loser`` with no other side in its sentence, named
    as the subject of a verb of taking or driving out in the next sentence ("X a été libérée de
    l'EI le 12 août. *Les FDS* ... *en ont délogé* les islamistes."): the one side other than
    ``loser`` named there, when that sentence has such a verb; else ``None``."""
    sentence = cap.sentence_of(slot.core)
    if _world_one_other_side(cap, slot, loser, slot.mention.start, slot.mention.start) != "unknown":
        return None
    if sentence + 1 >= len(cap.sentences):
        return None
    n_start, n_end = cap.sentences[sentence + 1]
    verb = _WORLD_DRIVE_OUT_RE.search(cap.text, n_start, n_end)
    if verb is None:
        verb = next(
            (v for v in _WORLD_VERB_RE.finditer(cap.text, n_start, n_end) if v.group("take")), None
        )
    if verb is None or _hedged(cap, n_start, n_end):
        return None
    named = {s for a, _, s in _world_side_spans(cap, n_start, verb.start())} - {loser}
    return named.pop() if len(named) == 1 else None


# the city a German quarter is of, between it and its predicate ("X *der Stadt* Aleppo wird
# ...", "X *in* Aleppo wurde ...")
_WORLD_DE_OF_CITY_RE: Final = re.compile(
    r"\s+(?:der\s+Stadt|in|von)\s+(?-i:[A-ZÄÖÜ])[\w'’-]+", re.IGNORECASE
)


def _world_unnamed_side(cap: _Caption, begin: int, end: int) -> str | None:
    """The side unnamed fighters ("les jihadistes", "gli islamisti") are in a caption: IS when
    it names IS and not the rebels, the rebels when it names them and not IS, outside
    ``begin:end`` (the phrase of the capture and its taker); else ``None``."""
    named = {
        side
        for m in _WORLD_SIDE_RE.finditer(cap.text)
        if (side := _world_side(m)) in ("islamic_state", "rebels") and not begin <= m.start() < end
    }
    return named.pop() if len(named) == 1 else None


def _world_after_place_rules(cap: _Caption, slot: _Slot, add: _Add) -> None:
    """The phrases after a place: taken from a side, a side's adjective after a holding, a
    siege, the Turkish holding and passive (see the block's head)."""
    text = cap.text
    start, end = slot.mention.start, slot.mention.end
    s_end = cap.sentences[cap.sentence_of(slot.core)][1]
    if _world_landmark(cap, slot, cap.sentences[cap.sentence_of(slot.core)][0]):
        return
    m = _WORLD_TAKEN_FROM_RE.match(text, end, s_end)
    if m is not None and _WORLD_AGENT_WORD_RE.search(m.group("fill")) is not None:
        m = None  # ("reprise aux jihadistes *par les* rebelles": the side named is the taker)
    if m is None and "از" in text:
        m = _WORLD_FA_TAKEN_FROM_RE.match(text, end, s_end)
    unnamed = None
    if m is None:
        m = unnamed = _WORLD_TAKEN_FROM_UNNAMED_RE.match(text, end, s_end)
    if m is not None and _world_gap_ok(cap, slot, end + len(m.group("gap"))):
        side = _world_side(m) if unnamed is None else None
        if unnamed is not None:
            # (the taker named after them takes it; else the side they are, if the caption
            # names one, lost it)
            taker_m = _WORLD_TAKER_AFTER_RE.match(text, m.end(), s_end)
            if taker_m is not None:
                by = _world_side(taker_m)
                if by is not None and not _hedged(cap, start, taker_m.end()):
                    add(slot, by, "captured", start, taker_m.end(), "post")
                return
            side = _world_unnamed_side(cap, end, m.end())
        gap_end = end + len(m.group("gap"))
        relative = _WORLD_RELATIVE_RE.search(text, end, gap_end)
        subject = [
            s for s in _world_side_spans(cap, relative.end(), gap_end) if s[2] != side
        ] if relative is not None else []  # fmt: skip
        taker = _WORLD_TAKER_AFTER_RE.match(text, m.end(), s_end)
        if (
            side is not None
            and not _hedged(cap, start, m.end())
            and (_WORLD_HEDGE_RE.search(text, end, m.end()) is None)
        ):
            if subject:
                add(slot, subject[0][2], "captured", start, m.end(), "post", from_controller=side)
            elif taker is not None and (by := _world_side(taker)) not in (None, side):
                add(slot, str(by), "captured", start, taker.end(), "post", from_controller=side)
            elif (taker_next := _world_next_taker(cap, slot, side)) is not None:
                add(slot, taker_next, "captured", start, m.end(), "post", from_controller=side)
            else:
                after = _world_one_other_side(cap, slot, side, end, m.end())
                add(slot, after, "lost", start, m.end(), "post", from_controller=side)
            return
    m = _WORLD_DE_PREDICATE_RE.match(text, end, s_end)
    if (
        m is None
        and slot.mention.precision != "city"
        and (of_city := _WORLD_DE_OF_CITY_RE.match(text, end, s_end)) is not None
        and not any(
            end <= c.mention.start < of_city.end() and c.mention.precision != "city"
            for c in cap.slots
        )
    ):
        # ("Das Viertel X *der Stadt Aleppo* wird von den Rebellen kontrolliert": the quarter)
        m = _WORLD_DE_PREDICATE_RE.match(text, of_city.end(), s_end)
    if (
        m is not None
        and (side := _world_side(m)) is not None
        and _WORLD_DE_MID_NOT_RE.search(m.group("mid")) is None
        and _WORLD_FORMER_RE.search(text, max(0, start - 30), m.end()) is None
        and not _hedged(cap, start, m.end())
    ):
        if m.group("siege") is not None:
            add(slot, "unknown", "besieged", start, m.end(), "post", besieged_by=side)
            return
        if m.group("taken") is not None:
            add(slot, side, "captured", start, m.end(), "post")
            return
        if m.group("now") is not None:  # ("X *war* von Rebellen kontrolliert": the past)
            add(slot, side, "held", start, m.end(), "post")
            return
    m = _WORLD_BESIEGED_RE.match(text, end, s_end)
    if (
        m is not None
        and _world_gap_ok(cap, slot, end + len(m.group("gap")), words=4)
        and (side := _world_side(m)) is not None
        and not _hedged(cap, start, m.end())
        and _WORLD_SIEGE_PAST_RE.search(m.group("gap")) is None
    ):
        add(slot, "unknown", "besieged", start, m.end(), "post", besieged_by=side)
        return
    m = _WORLD_TR_SIDE_AFTER_RE.match(text, end, s_end)
    if (
        m is not None
        and _world_gap_ok(cap, slot, end + len(m.group("gap")), words=4)
        and (side := _world_side(m)) is not None
        and not _hedged(cap, start, m.end())
        and _WORLD_HEDGE_RE.search(text, end, min(s_end, m.end() + 25)) is None
    ):
        if m.group("held") is not None:
            add(slot, side, "held", start, m.end(), "post")
        elif m.group("lost") is not None:
            after = _world_one_other_side(cap, slot, side, end, m.end())
            add(slot, after, "lost", start, m.end(), "post", from_controller=side)
        elif m.group("taken_by") is not None:
            add(slot, side, "captured", start, m.end(), "post")
        elif "kuşat" in m.group("taken"):
            add(slot, "unknown", "besieged", start, m.end(), "post", besieged_by=side)
        else:
            add(slot, side, "captured", start, m.end(), "post")


_WORLD_DRIVE_OUT_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_DRIVE_OUT)})(?!\w)", re.IGNORECASE
)
# "from" before the place a side was driven out of ("... l'EI *de la ville de* X", "... al EI *de*
# X", "... l'Isis *da* X", "... den IS *aus* X", "... المسلحين *من حي* X")
_WORLD_OUT_FROM_RE: Final = re.compile(
    r"(?<!\w)(?:hors\s+de|de|d['’]|du|des|del|aus|da|dal|dalla|dallo|dai|dagli|dall['’]|do|dos"
    r"|من)(?!\w)\s*",
    re.IGNORECASE,
)
_WORLD_OUT_STOP_RE: Final = re.compile(r"[.;:!?,،]")
# a passive: the side driven out is the subject ("l'EI *a été* chassé de X par les FDS")
_WORLD_PASSIVE_AUX_RE: Final = re.compile(
    r"(?i)(?:été|sido|stat[oaie]|wurden?|worden|fue|fueron|foi|foram)\s+(?:\w+\s+)?$"
)


def _world_drive_out_rule(cap: _Caption, verb: re.Match[str], add: _Add, covered: set[str]) -> None:
    """A side that drove another out of a place took it: "Les FDS ont chassé l'EI de X", "los
    kurdos expulsaron al EI de X", "طرد الجيش السوري المسلحين من حي X" (the subject after an
    Arabic verb), "l'EI a été chassé de X par les FDS" (the agent of a passive)."""
    text = cap.text
    sentence = cap.sentence_of(verb.start())
    s_start, s_end = cap.sentences[sentence]
    bounds = [
        b.end()
        for b in _WORLD_CLAUSE_END_RE.finditer(text, max(s_start, verb.start() - 120), verb.start())
    ]
    c_start = max([max(s_start, verb.start() - 120), *bounds])
    stop = _WORLD_OUT_STOP_RE.search(text, verb.end(), s_end)
    window = min(stop.start() if stop is not None else s_end, verb.end() + 70)
    places: list[_Slot] = []
    for out in _WORLD_OUT_FROM_RE.finditer(text, verb.end(), window):
        # (the first "from" a place follows: "al EI *de* X", not "los yihadistas *del* EI")
        places = _world_places_after(cap, out.end(), sentence)
        if places:
            break
    else:
        _world_drive_out_before(cap, verb, add, covered, c_start)
        return
    places = [
        s
        for s in places
        if s.mention.place_id not in covered and not _world_landmark(cap, s, out.end())
    ]
    if not places:
        return
    last = places[-1].mention.end
    driven = {s for _, _, s in _world_side_spans(cap, verb.end(), out.end())}
    arabic = _WORLD_ARABIC_RE.match(text, verb.start()) is not None
    if arabic:
        after = _world_side_spans(cap, verb.end(), out.end())
        subjects = after[:1]
        driven = {s for _, _, s in after[1:]}
    elif _WORLD_PASSIVE_AUX_RE.search(text, max(c_start, verb.start() - 20), verb.start()):
        taker = _WORLD_TAKER_AFTER_RE.match(text, last, s_end)
        if taker is None or (by := _world_side(taker)) is None:
            return
        subjects = [(taker.start(), taker.end(), by)]
        driven = {s for _, _, s in _world_side_spans(cap, c_start, verb.start())}
        last = taker.end()
    else:
        subjects = [s for s in _world_side_spans(cap, c_start, verb.start()) if s[2] not in driven]
    sides = {s for _, _, s in subjects}
    if (
        len(sides) != 1
        or sides & driven
        or _WORLD_HEDGE_RE.search(text, c_start, last) is not None
        or _hedged(cap, verb.start(), last)
    ):
        return
    side = sides.pop()
    start = min(subjects[0][0], verb.start())
    for each in places:
        add(each, side, "captured", start, max(last, each.mention.end), "clause",
            from_controller=next(iter(driven)) if len(driven) == 1 else "")  # fmt: skip


# the German participle that ends its clause ("Die SDF haben den IS aus X *vertrieben*"), the
# place before it after "aus" ("*aus (der Stadt)* X"), and a passive, which names no taker here
_WORLD_DE_DRIVE_END_RE: Final = re.compile(r"(?i)vertrieben|verjagt")
_WORLD_AUS_BEFORE_RE: Final = re.compile(
    r"(?<!\w)aus\s+(?:(?:der|dem|den)\s+)?(?:(?:Stadt|Stadtteil|Viertel|Ort|Ortschaft|Dorf"
    r"|Region|Gebiet|Grenzstadt|Kleinstadt)\s+)?$",
    re.IGNORECASE,
)
_WORLD_DE_PASSIVE_RE: Final = re.compile(r"(?i)(?<!\w)(?:wurden?|worden|sind|ist)(?!\w)")


def _world_drive_out_before(
    cap: _Caption, verb: re.Match[str], add: _Add, covered: set[str], c_start: int
) -> None:
    """A German side that drove another out of a place, the participle at the clause's end:
    "Die SDF haben den IS aus X vertrieben", "Kurdische Kämpfer haben die Dschihadisten aus X
    verjagt" (the first side named is the subject, the others are driven out). A passive ("Der
    IS wurde aus X vertrieben") names no taker, and makes none."""
    text = cap.text
    if (
        _WORLD_DE_DRIVE_END_RE.fullmatch(verb.group(0)) is None
        or _WORLD_DE_PASSIVE_RE.search(text, c_start, verb.start()) is not None
    ):
        return
    places: list[_Slot] = []
    aus_start = verb.start()
    for slot in cap.slots:
        start = slot.mention.start
        if not (c_start <= start and slot.mention.end <= verb.start()):
            continue
        aus = _WORLD_AUS_BEFORE_RE.search(text, max(c_start, start - 30), start)
        if aus is None or slot.mention.place_id in covered or _world_landmark(cap, slot, aus.end()):
            continue
        places.append(slot)
        aus_start = min(aus_start, aus.start())
    spans = _world_side_spans(cap, c_start, aus_start) if places else []
    if not spans:
        return
    side = spans[0][2]
    driven = {
        s for _, _, s in spans[1:] if s != side
    }  # (a side's two names: "protürkische Rebellen")
    if _WORLD_HEDGE_RE.search(text, c_start, verb.end()) is not None or _hedged(
        cap, verb.start(), verb.end()
    ):
        return
    for each in places:
        add(each, side, "captured", spans[0][0], verb.end(), "clause",
            from_controller=next(iter(driven)) if len(driven) == 1 else "")  # fmt: skip


# the people of a place by their side ("curdos sírios *de* X"), and their own besieged town later
# in the sentence ("... *sua cidade sitiada*")
_WORLD_PEOPLE_OF_RE: Final = re.compile(
    rf"(?<![\w-])(?:{_world_sides()})(?:\s+(?:sírios|sirios|syriens|siriani|syrische[n]?))?"
    r"\s+(?:de|d['’]|di|da|do|del)\s*$",
    re.IGNORECASE,
)
_WORLD_THEIR_BESIEGED_RE: Final = re.compile(
    rf"(?<!\w){lx.alternation(lx.WORLD_THEIR_BESIEGED_TOWN)}", re.IGNORECASE
)


def _world_their_besieged_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The people of a place named by their side, then their own besieged town in the sentence
    ("Curdos sírios de X cavam uma vala perto de sua cidade sitiada"): X besieged, held by that
    side (who lays the siege is not said)."""
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered or slot.mention.precision not in ("city", "town"):
            continue
        s_start, s_end = cap.sentences[cap.sentence_of(slot.core)]
        people = _WORLD_PEOPLE_OF_RE.search(text, max(s_start, slot.mention.start - 60),
                                            slot.mention.start)  # fmt: skip
        if people is None or (side := _world_side(people)) is None:
            continue
        town = _WORLD_THEIR_BESIEGED_RE.search(text, slot.mention.end, s_end)
        # ("their" is the people's: a place between, where they are, is another)
        if town is None or _hedged(cap, people.start(), town.end()):
            continue
        add(slot, side, "besieged", people.start(), town.end(), "clause")


_WORLD_SIEGED_PARTS_KEY_RE: Final = re.compile(
    r"(?i)(?:belagerten|eingekesselten|eingeschlossenen)\s+(?:Vierteln|Gebieten|Stadtteilen|Teil)"
    r"|assiégée?s\s|(?:sitiad|asediad|cercad)[oa]s\s|assediat[ie]\s"
)
_WORLD_SIEGED_PARTS_RE: Final = re.compile(
    r"(?<!\w)(?:(?:von|vom)\s+(?:(?:der|den|dem)\s+)?"
    rf"(?:{_world_sides()})\s+(?:{lx.alternation(lx.WORLD_SIEGED_PARTS_AFTER_SIDE)})"
    rf"|(?:{lx.alternation(lx.WORLD_SIEGED_PARTS_BEFORE_SIDE)}){_WORLD_FILL}\s*(?<![\w-])"
    rf"(?:{_world_sides().replace('?P<', '?P<b_')}))(?!\w)"
    # (no place of its own after it: "in den belagerten Vierteln *von* X" names its city)
    r"(?!\s+(?:von|der|des|de|d['’]|di|del|della|do|da|in|im|à|a|en)\b)",
    re.IGNORECASE,
)


def _world_sieged_parts_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """Unnamed parts of a city besieged by a side ("in den von Regierungstruppen belagerten
    Vierteln", "les quartiers assiégés par le régime"), the part of the city the caption names
    before them in that sentence or the one before ("*Im Osten von Aleppo* ... in den von
    Truppen des Assad-Regimes belagerten Vierteln"): that part is besieged and held by the
    besieger's opponent in the civil war (see :func:`besieged_holder`; none for a siege by IS or
    the Kurdish forces, nor when two such parts are named there)."""
    text = cap.text
    for m in _WORLD_SIEGED_PARTS_RE.finditer(text):
        groups = {
            k.removeprefix("b_").removeprefix("w_"): v
            for k, v in m.groupdict().items()
            if v is not None
        }
        side = next((s for s in lx.SIDES if groups.get(s)), None)
        holder = lx.SIEGE_OPPONENTS.get(side or "")
        if holder is None or _hedged(cap, m.start(), m.end()):
            continue
        sentence = cap.sentence_of(m.start())
        begin = cap.sentences[max(0, sentence - 1)][0]
        parts = [
            s
            for s in cap.slots
            if begin <= s.mention.start < m.start() and s.mention.precision == "district"
        ]
        if len({s.mention.place_id for s in parts}) != 1 or parts[0].mention.place_id in covered:
            continue
        add(parts[-1], holder, "besieged", m.start(), m.end(), "part", besieged_by=str(side))


_WORLD_OTHER_PART_KEY_RE: Final = re.compile(
    r"(?i)(?<!\w)(?:andere[nmr]?|autre|otra|outra|altra|dio|deo|ostatak)(?!\w)"
)
_WORLD_ONE_PART_RE: Final = re.compile(
    rf"(?<!\w){lx.alternation(lx.WORLD_ONE_PART)}", re.IGNORECASE
)
_WORLD_OTHER_PART_RE: Final = re.compile(
    rf"(?<!\w){lx.alternation(lx.WORLD_OTHER_PART)}(?!\w)", re.IGNORECASE
)


def _world_two_parts_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A city or town split in two, its one part said before its name and the other after it
    in the sentence, which names two sides ("Während *der eine Teil* Aleppos unter der Kontrolle
    der Armee ist, verteidigen die Rebellen *den anderen Teil*"): contested."""
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered or slot.mention.precision not in ("city", "town"):
            continue
        s_start, s_end = cap.sentences[cap.sentence_of(slot.core)]
        one = _WORLD_ONE_PART_RE.search(text, max(s_start, slot.mention.start - 40),
                                         slot.mention.start)  # fmt: skip
        if one is None or _WORLD_OTHER_PART_RE.search(text, slot.mention.end, s_end) is None:
            continue
        sides = {_world_side(m) for m in _WORLD_SIDE_RE.finditer(text, s_start, s_end)}
        if len(sides - {None}) < 2 or _hedged(cap, one.start(), slot.mention.end):
            continue
        add(slot, "contested", "contested", slot.mention.start, slot.mention.end, "contested")


def _world_clause_rules(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The rules of this block for the places in ``cap`` no rule has read (``covered``)."""
    text = cap.text
    if _WORLD_CLAUSE_KEY_RE.search(text) is None:
        return
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        _world_after_place_rules(cap, slot, add)
        s_start = cap.sentences[cap.sentence_of(slot.core)][0]
        m = _WORLD_PARTICIPLE_BEFORE_RE.search(
            text, max(s_start, slot.mention.start - 90), slot.mention.start
        )
        if m is None and not text.isascii():
            m = _WORLD_RU_PARTICIPLE_BEFORE_RE.search(
                text, max(s_start, slot.mention.start - 90), slot.mention.start
            )
        if m is None:
            m = _WORLD_SLAVIC_PARTICIPLE_BEFORE_RE.search(
                text, max(s_start, slot.mention.start - 90), slot.mention.start
            ) or _WORLD_NORDIC_PARTICIPLE_BEFORE_RE.search(
                text, max(s_start, slot.mention.start - 60), slot.mention.start
            )
        if (
            m is not None
            and (
                side := _group_side(m, lx.WORLD_NORDIC_COMPOUND_SIDES, "n_")
                if m.re is _WORLD_NORDIC_PARTICIPLE_BEFORE_RE
                else _world_side(m)
            )
            is not None
            and not _hedged(cap, m.start(), slot.mention.end)
            # ("das *bisher* von Rebellen gehaltene Viertel X": its holder before)
            and _WORLD_FORMER_RE.search(text, max(0, m.start() - 20), m.start() + 1) is None
            # ("w *rzekomo* kontrolowanym przez ...", "den *nästan* rebellkontrollerade ...")
            and (
                m.re not in (_WORLD_SLAVIC_PARTICIPLE_BEFORE_RE, _WORLD_NORDIC_PARTICIPLE_BEFORE_RE)
                or _WORLD_HEDGE_RE.search(text, max(s_start, m.start() - 20), m.end()) is None
            )
        ):
            part = bool(m.groupdict().get("part")) and slot.mention.precision in ("city", "town")
            if m.groupdict().get("siege"):
                # ("in den von der Armee belagerten Vierteln von X": a part of the city)
                add(slot, "unknown", "besieged", m.start(), slot.mention.end,
                    "part" if part else "modifier", besieged_by=side,
                    extent="part" if part else "whole")  # fmt: skip
                continue
            action = "held" if m.group("held") is not None else "captured"
            if part:
                # ("контролируемого боевиками района X": a district of the city)
                add(slot, side, action, m.start(), slot.mention.end, "part", extent="part")
            else:
                add(slot, side, action, m.start(), slot.mention.end, "modifier")
    for verb in _WORLD_DRIVE_OUT_RE.finditer(text):
        _world_drive_out_rule(cap, verb, add, covered)
    if _WORLD_TR_PASSIVE_KEY_RE.search(text) is not None:
        _world_tr_passive_rule(cap, add, covered)
    if "حصار" in text:
        _world_ar_siege_rule(cap, add, covered)
    if _WORLD_THEIR_BESIEGED_RE.search(text) is not None:
        _world_their_besieged_rule(cap, add, covered)
    if _WORLD_SIEGED_PARTS_KEY_RE.search(text) is not None:
        _world_sieged_parts_rule(cap, add, covered)
    if _WORLD_DIVIDED_KEY_RE.search(text) is not None:
        _world_divided_city_rule(cap, add, covered)
    # (Japanese, written with kana, is read by its own grammar, not Chinese's)
    if not text.isascii() and _ZH_RE.search(text) is not None and _JA_RE.search(text) is None:
        _world_zh_rules(cap, add, covered)
    if not text.isascii() and _KO_RE.search(text) is not None:
        if _KO_FIGHT_RE.search(text) is not None:
            _ko_contested(cap, add, covered)
        if "승" in text:
            _ko_victory(cap, add, covered)
        _world_sov_rules(cap, add, covered, _KO)
    if not text.isascii() and _JA_RE.search(text) is not None:
        _world_sov_rules(cap, add, covered, _JA)


# ---- a divided city in Chinese, Japanese, Korean and Turkish ("被分割的城市阿勒颇")

_WORLD_DIVIDED_WORDS: Final = "|".join(
    (*(re.escape(w) for w in lx.WORLD_CJK_DIVIDED), *lx.WORLD_TR_DIVIDED)
)
_WORLD_DIVIDED_KEY_RE: Final = re.compile(rf"(?i){_WORLD_DIVIDED_WORDS}")
# the participle right before the city, its noun between ("被分割的城市*X*", "bölünmüş kent *X*")
_WORLD_DIVIDED_BEFORE_RE: Final = re.compile(
    rf"(?i)(?<!\w)(?:{_WORLD_DIVIDED_WORDS})(?:{lx.alternation(lx.WORLD_DIVIDED_CITY_NOUNS)})?"
    r"[\s「“\"]?$"
)
# "this divided city" ("这座被分割的城市", "この分断された都市", "이 분단된 도시", "bu bölünmüş
# kent")
_WORLD_DIVIDED_ANAPHOR_RE: Final = re.compile(
    rf"(?i)(?:{lx.alternation(re.escape(a) for a in lx.WORLD_DIVIDED_ANAPHORS)})"
    rf"(?:{_WORLD_DIVIDED_WORDS})(?:{lx.alternation(lx.WORLD_DIVIDED_CITY_NOUNS)})"
)


def _world_divided_city_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A city or town split between sides, said by the participle before it or by "this
    divided city" after it, in Chinese, Japanese, Korean and Turkish ("被分割的城市阿勒颇",
    "阿勒颇 ... 这座被分割的城市", "分断された都市アレッポ", "분단된 도시 알레포", "bölünmüş kent
    Halep"): contested, as "the divided city of Aleppo" is in English."""
    text = cap.text
    cities = [s for s in cap.slots if s.mention.precision in ("city", "town")]
    for slot in cities:
        m = slot.mention
        if m.place_id in covered:
            continue
        before = _WORLD_DIVIDED_BEFORE_RE.search(text, max(0, m.start - 24), m.start)
        if before is not None and not _hedged(cap, before.start(), m.end):
            add(slot, "contested", "contested", before.start(), m.end, "contested")
    ana = _WORLD_DIVIDED_ANAPHOR_RE.search(text)
    if ana is None:
        return
    named = {s.mention.place_id for s in cities if s.mention.end <= ana.start()}
    if len(named) != 1:
        return
    slot = next(s for s in cities if s.mention.place_id in named)
    if slot.mention.place_id not in covered and not _hedged(cap, ana.start(), ana.end()):
        # (the evidence runs from the city to the words that refer back to it, so that a city
        # named as where a finer place lies keeps the statement: see
        # ``_with_container_statements``)
        add(slot, "contested", "contested", slot.mention.start, ana.end(), "contested")


# ---- Turkish passives without an agent ("Afrin'de kontrol sağlandı", "ele geçirilen X")

_WORLD_TR_PASSIVE_KEY_RE: Final = re.compile(
    r"(?i)sağlan|geçiril|alın|kurtarıl|temizlen|arındırıl|aldığı|geçirdiği|kurtardığı"
    r"|temizlediği|arındırdığı"
    r"|kontrol[üu]\s"
)
# after the place: its locative ("Afrin*'de* kontrol sağlandı", "Afrin *şehir merkezinde*"), or
# its genitive ("Bab *bölgesinin* kontrol altına alınmasıyla", "El Bab*'ın* ele geçirilmesiyle")
_WORLD_TR_PLACE_WORDS: Final = (
    r"(?:\s+(?:ilçe|şehir|kent)\s+merkez|\s+(?:bölge|ilçe|kent|köy|kasaba|mahalle|belde)s)"
)
_WORLD_TR_PASSIVE_AFTER_RE: Final = re.compile(
    rf"(?:['’]?n?[dt][ae]|{_WORLD_TR_PLACE_WORDS}i?n[dt][ae])\s+(?:[\w'’]+\s+){{0,2}}?"
    rf"(?:{lx.alternation(lx.WORLD_TR_PASSIVE_AFTER_LOCATIVE)})(?!\w)"
    rf"|(?:['’]?n?[ıiuü]n|{_WORLD_TR_PLACE_WORDS}i?n[ıi]n)\s+"
    # (an operation named as its frame between: "Afrin'in *Zeytin Dalı Harekatı kapsamında*
    # kontrol altına alınmasıyla")
    rf"(?:(?:{lx.alternation(lx.WORLD_TR_OPERATIONS)})(?:\s+(?:[Hh]arekat[ıi]|[Oo]perasyonu))?"
    rf"\s+(?:{lx.alternation(lx.WORLD_TR_FRAME_WORDS)})\s+)?"
    rf"(?:{lx.alternation(lx.WORLD_TR_PASSIVE_AFTER_GENITIVE)})(?!\w)"
    # (the place in the nominative, a finite passive after it: "El Bab DEAŞ'tan alındı")
    rf"|(?:\s+(?:{lx.WORLD_TR_NOMINATIVE_KINDS}))?\s*,?\s+"
    rf"(?:(?:{lx.alternation(lx.WORLD_TR_PASSIVE_GAP_WORDS)})\s+){{0,3}}"
    rf"(?:(?:{lx.alternation(lx.WORLD_TR_PASSIVE_AFTER_NOMINATIVE)})(?:lar|ler)?"
    r"|(?<=['’][dtDT][aeAE]n\s)alın(?:d[ıi]|m[ıi]şt[ıi]|m[ıi]ş))(?!\w)",
    re.IGNORECASE,
)
_WORLD_TR_PASSIVE_BEFORE_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_TR_PASSIVE_BEFORE)})\s+$", re.IGNORECASE
)
# a place that only locates the next ("Cerablus*'a bağlı* Keklice köyü": the village of its
# district)
_WORLD_TR_BELONGS_RE: Final = re.compile(r"['’]?n?[ya]?[ae]\s+bağlı\s+", re.IGNORECASE)
# "from terror" right before a participle of clearing ("*terörden* arındırılan X")
_WORLD_TR_TERROR_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.WORLD_TR_TERROR_FROM)})\s+$", re.IGNORECASE
)
_WORLD_TR_CLEARED_RE: Final = re.compile(r"(?i)temizlen|arındırıl|temizlediği|arındırdığı")
# an operation of Turkey's named as a frame ("Fırat Kalkanı Harekatı *kapsamında*", "Zeytin
# Dalı Harekatı*'nda*"): the time of a deed, not its agent
_WORLD_TR_FRAME_RE: Final = re.compile(
    rf"(?:{lx.alternation(lx.WORLD_TR_OPERATIONS)})(?:\s+(?:[Hh]arekat[ıi]|[Oo]perasyonu))?"
    rf"(?:['’]n[dt][ae]|\s+(?:{lx.alternation(lx.WORLD_TR_FRAME_WORDS)}))(?!\w)",
    re.IGNORECASE,
)
# a place in the genitive before another, which it only locates ("Halep*'in* El-Bab ilçesi")
_WORLD_TR_GENITIVE_RE: Final = re.compile(r"['’]n?[ıiuü]n\s+", re.IGNORECASE)
# a word in that genitive right before a place ("*Halep'in* El Bab ilçesinde")
_WORLD_TR_GENITIVE_WORD_RE: Final = re.compile(r"(?<!\w)[^\W\d_][\w-]*['’]n?[ıiuü]n\s+$")


def _world_tr_locates_next(cap: _Caption, slot: _Slot) -> bool:
    """Whether a Turkish place stands in the genitive right before the next place ("Halep'in
    El-Bab ilçesinde", "Halep'in Azez ilçesi"): it says where that one lies, and a participle
    before it ("ÖSO'nun kurtardığı Halep'in El-Bab ilçesi") describes the next one."""
    nxt = next((p for p in cap.slots if p.mention.start >= slot.mention.end), None)
    return nxt is not None and (
        _WORLD_TR_GENITIVE_RE.fullmatch(cap.text, slot.mention.end, nxt.mention.start) is not None
    )


def _world_tr_passive_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A Turkish capture in the passive without an agent, after the place ("Afrin'de kontrol
    sağlandı", "Bab bölgesinin kontrol altına alınmasıyla") or as a participle before it ("ele
    geçirilen X", "güçlerince kontrolün sağlandığı X", "X'e bağlı Y köyü": Y): taken by the side
    named before it in its sentence (an operation, an agent in "-ce": "Zeytin Dalı Harekatı'nın
    58'inci gününde", "TSK ve ÖSO güçlerince"), or else by the one side named after it."""
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        sentence = cap.sentence_of(slot.core)
        s_start, s_end = cap.sentences[sentence]
        start, end = slot.mention.start, slot.mention.end
        after = _WORLD_TR_PASSIVE_AFTER_RE.match(text, end, s_end)
        before = None
        if after is None:
            before = _WORLD_TR_PASSIVE_BEFORE_RE.search(text, max(s_start, start - 40), start)
            if before is None:
                prev = next((p for p in reversed(cap.slots) if p.mention.end <= start), None)
                if (
                    prev is None
                    or _WORLD_TR_BELONGS_RE.fullmatch(text, prev.mention.end, start)
                    or _WORLD_TR_GENITIVE_RE.fullmatch(text, prev.mention.end, start)
                ):
                    before = _WORLD_TR_PASSIVE_BEFORE_RE.search(
                        text, max(s_start, prev.mention.start - 40) if prev else start,
                        prev.mention.start if prev else start,
                    )  # fmt: skip
                if before is None and prev is None:
                    # (a genitive the geoparser reads as no place, the province: "kurtardığı
                    # Halep'in El Bab ilçesinde")
                    gen = _WORLD_TR_GENITIVE_WORD_RE.search(text, max(s_start, start - 30), start)
                    if gen is not None:
                        before = _WORLD_TR_PASSIVE_BEFORE_RE.search(
                            text, max(s_start, gen.start() - 40), gen.start()
                        )
            elif _WORLD_TR_BELONGS_RE.match(text, end) is not None or _world_tr_locates_next(
                cap, slot
            ):
                continue  # (the place only locates the next one)
        cue = after or before
        if cue is None:
            continue
        cue_start = cue.start() if before is not None else end
        cue_end = cue.end() if after is not None else end
        spans = _world_side_spans(cap, s_start, min(cue_start, start))
        if before is not None and _WORLD_TR_CLEARED_RE.search(before.group(0)) is not None:
            # (an operation named as the frame of a participle of clearing is no agent of it:
            # "Fırat Kalkanı Harekatı *kapsamında* DAEŞ'ten temizlenen X" names the side cleared
            # and no taker, as the labels read it; "ÖSO'nca arındırılan X" names one; a capture's
            # participle in the operation, "kapsamında ele geçirilen X", is still its allies')
            spans = [sp for sp in spans if _WORLD_TR_FRAME_RE.match(text, sp[0]) is None]
        sides = {side for _, _, side in spans}
        if (
            not sides
            and after is not None
            and (framed := _WORLD_TR_FRAME_RE.search(text, end, cue_end))
        ):
            # "Afrin'in Zeytin Dalı Harekatı kapsamında kontrol altına alınmasıyla": the
            # operation named inside the cue, as its frame, is the taker
            sides = {side for _, _, side in _world_side_spans(cap, framed.start(), framed.end())}
        if not sides:
            sides = {side for _, _, side in _world_side_spans(cap, cue_end, s_end)}
        if (
            not sides
            and before is not None
            and _WORLD_TR_TERROR_RE.search(text, max(s_start, cue_start - 24), cue_start)
        ):
            sides = {lx.WORLD_TR_TERROR_TAKER}  # ("terörden arındırılan X", no side named)
        if len(sides) != 1:
            continue
        if (
            _hedged(cap, min(cue_start, start), cue_end)
            or _WORLD_HEDGE_RE.search(text, min(cue_start, start), min(s_end, cue_end + 30))
            is not None
        ):
            continue
        add(slot, sides.pop(), "captured", min(cue_start, start), max(cue_end, end), "clause")


# ---- Turkish: a hand-over to a side in the dative ("X'i rejime teslim etti")

_WORLD_TR_HANDOVER_RE: Final = re.compile(
    rf"(?<!\w){lx.alternation(lx.WORLD_TR_HANDOVER_VERBS)}(?!\w)", re.IGNORECASE
)
# a side's name in the dative ("rejim*e*", "Suriye ordusun*a*", "ÖSO'*ya*")
_WORLD_TR_DATIVE_END_RE: Final = re.compile(r"(?:[ae]|['’]?[yn][ae])$", re.IGNORECASE)
# the place before the receiver: its kind, its accusative or nothing ("Tel Rıfat*'ı*", "Münbiç
# *ilçesini*", "Münbiç")
_WORLD_TR_HANDOVER_PLACE_GAP_RE: Final = re.compile(
    r"(?:\s+(?:ilçe|kent|şehir|kasaba|köy|bölge|mahalle|belde)\w*)?(?:['’]?[yn]?[ıiuü])?\s*,?\s+",
    re.IGNORECASE,
)


def _world_tr_handover_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A Turkish hand-over ("YPG/PKK, Tel Rıfat'ı rejime teslim etti", "Münbiç Suriye ordusuna
    devredildi"): the side in the dative right before the verb takes the place named right
    before it, from the one other side named before the place (``lost`` by that side), or with
    none named (``captured``)."""
    text = cap.text
    for verb in _WORLD_TR_HANDOVER_RE.finditer(text):
        sentence = cap.sentence_of(verb.start())
        s_start = cap.sentences[sentence][0]
        spans = _world_side_spans(cap, max(s_start, verb.start() - 40), verb.start())
        if not spans:
            continue
        r_start, r_end, receiver = spans[-1]
        if text[r_end : verb.start()].strip() or not _WORLD_TR_DATIVE_END_RE.search(
            text, r_start, r_end
        ):
            continue  # (the receiver right before the verb, in the dative)
        slot = next(
            (
                p
                for p in reversed(cap.slots)
                if s_start <= p.mention.start and p.mention.end <= r_start
            ),
            None,
        )
        if (
            slot is None
            or slot.mention.place_id in covered
            or _WORLD_TR_HANDOVER_PLACE_GAP_RE.fullmatch(text, slot.mention.end, r_start) is None
            or _hedged(cap, slot.mention.start, verb.end())
            or _WORLD_HEDGE_RE.search(text, slot.mention.start, min(len(text), verb.end() + 30))
        ):
            continue
        givers = {side for _, _, side in _world_side_spans(cap, s_start, slot.mention.start)} - {
            receiver
        }
        if len(givers) == 1:
            add(slot, receiver, "lost", s_start, verb.end(), "clause",
                from_controller=givers.pop())  # fmt: skip
        elif not givers:
            add(slot, receiver, "captured", slot.mention.start, verb.end(), "clause")


# ---- Arabic: the siege a side lays on a place ("الحصار الذي تفرضه قوات النظام على المدينة")

_WORLD_AR_SIEGE_RE: Final = re.compile(
    r"(?<!\w)[وبلف]?(?:ال)?حصار\s+(?:الذي|المفروض)\s+(?:\S+\s+)?"
    r"(?:تفرض|يفرض|فرضت|فرض|تفرضها|يفرضها)(?:ه|ها)?(?=\s)"
)
_WORLD_AR_SIEGE_OBJECT_RE: Final = re.compile(
    r"\s*على\s+(?:(?:(?P<city>المدينة)|(?P<town>البلدة)|(?P<quarter>الحي))(?!\w))?"
)
_WORLD_AR_SIEGE_KINDS: Final[Mapping[str, frozenset[str]]] = {
    "city": frozenset({"city", "town"}),
    "town": frozenset({"town", "village"}),
    "quarter": frozenset({"neighbourhood", "district"}),
}


def _world_ar_siege_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """An Arabic siege by a side, its place after "على" or referred back to ("بسبب الحصار الذي
    تفرضه قوات النظام على المدينة": the city named before, the only one of that kind): besieged
    by that side, held by the one other side the sentence names (else unknown)."""
    text = cap.text
    for m in _WORLD_AR_SIEGE_RE.finditer(text):
        sentence = cap.sentence_of(m.start())
        s_end = cap.sentences[sentence][1]
        ala = _WORLD_ALA_RE.search(text, m.end(), min(s_end, m.end() + 60))
        if ala is None:
            continue
        sides = {side for _, _, side in _world_side_spans(cap, m.end(), ala.start())}
        obj = _WORLD_AR_SIEGE_OBJECT_RE.match(text, ala.start())
        if len(sides) != 1 or obj is None or _hedged(cap, m.start(), obj.end()):
            continue
        side = sides.pop()
        kind = next((k for k in _WORLD_AR_SIEGE_KINDS if obj.group(k)), None)
        if kind is None:
            slot = cap.slot_after(obj.end(), sentence)
            if slot is None or slot.mention.start - obj.end() > 8:
                continue
        else:
            before = {
                s.mention.place_id: s
                for s in cap.slots
                if s.mention.end <= m.start() and s.mention.precision in _WORLD_AR_SIEGE_KINDS[kind]
            }
            if len(before) != 1:
                continue  # (no place, or several, the noun may refer back to)
            slot = next(iter(before.values()))
        if slot.mention.place_id in covered:
            continue
        holder = _world_one_other_side(cap, slot, side, m.start(), obj.end())
        add(slot, holder, "besieged", m.start(), obj.end(), "clause", besieged_by=side)


# ---- Chinese: no spaces, no articles; a clause ends at "，" / "。" / "；"

_ZH_RE: Final = re.compile(r"[\u4e00-\u9fff]")
_ZH_SIDES: Final = "|".join(f"(?P<z_{side}>{pattern})" for side, pattern in lx.WORLD_ZH_SIDES)
_ZH_SIDE_RE: Final = re.compile(_ZH_SIDES)
_ZH_TAKE: Final = "|".join(sorted(lx.WORLD_ZH_TAKE, key=len, reverse=True))
_ZH_HOLD: Final = "|".join(sorted(lx.WORLD_ZH_HOLD, key=len, reverse=True))
_ZH_LOSE: Final = "|".join(lx.WORLD_ZH_LOSE)
_ZH_SIEGE: Final = "|".join(lx.WORLD_ZH_SIEGE)
_ZH_VERB_RE: Final = re.compile(
    rf"(?P<take>{_ZH_TAKE})|(?P<hold>{_ZH_HOLD})|(?P<lose>{_ZH_LOSE})"
    # (not a side hemmed in a place: "把反政府武装*包围在*X", :data:`_ZH_HEMMED_RE`)
    rf"|(?P<siege>{_ZH_SIEGE})(?![在于於])"
)
_ZH_CLAUSE_END_RE: Final = re.compile(r"[，,。；;！？!?\n：:]")
_ZH_SENTENCE_END_RE: Final = re.compile(r"[。；;！？!?\n]")
_ZH_HEDGE_RE: Final = re.compile("|".join(lx.WORLD_ZH_HEDGES))
# a side the place was taken from or fought against, not a subject ("从反对派手中", "打击IS")
_ZH_NOT_SUBJECT_BEFORE_RE: Final = re.compile(
    r"(?:从|從|自|向|对|對|与|與|同|和|跟|打击|打擊|击退|擊退|驱逐|驅逐|赶走|趕走|抗击|抗擊|清除)"
    r"[“\"「『]?$"
)
# (its name in quotes, its fighters' noun before the hands: "从“伊斯兰国”*武装手里*")
_ZH_NOT_SUBJECT_AFTER_RE: Final = re.compile(
    r"[”\"」』]?(?:武装|武裝|组织|組織|分子|极端组织|極端組織)?的?(?:手中|手里|手裡|之手)"
)
# a landmark or a part: after the place ("阿勒颇*附近*", "*以北*", "*部分地区*")
_ZH_LANDMARK_AFTER_RE: Final = re.compile(
    r"(?:附近|周边|周邊|郊区|郊區|以北|以南|以东|以西|以東|一带|一帶|外围|外圍|部分|大部|方向"
    # (a place before "的" describes the noun after it: "阿勒颇东部*的*X区")
    r"|的"
    # (a share of it: "控制了X*百分之九十*的地区", "X*90%*的土地", "X*一半*")
    r"|百分之|[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]|一半|半数|[二三四五六七八九十]分之)"
)
# what may stand between a verb and a city it takes whole ("收复了*整个*阿勒颇", "控制*全*城")
# ... and where it lies, as Xinhua names a city: "收复*北部城市*阿勒颇", "*北部重镇*阿勒颇"
_ZH_CITY_OBJECT_RE: Final = re.compile(
    r"(?:了|全|整个|整個|全部|对|對)*(?:叙利亚|敘利亞)?(?:北部|南部|东部|東部|西部)?"
    r"(?:城市|重镇|重鎮|第二大城市|最大城市)?"
)
# a clause that reports the sentence's subject's word ("宣布完全收复X", "表示已控制X")
_ZH_ANNOUNCE_RE: Final = re.compile(r"\s*(?:宣布|宣告|表示|称|稱|证实|證實)")
# the city said again as "the city" and its liberation, with no side named in the caption
# ("2016年12月该市全面解放"): the army's, as Syrian and Chinese state media say it
_ZH_CITY_FREED_RE: Final = re.compile(
    r"(?:该市|該市|该城|該城|这座城市|這座城市|全城)(?:已经|已經|已|终于|終於)?"
    r"(?:全面|完全|彻底|徹底)?(?:解放|光复|光復)"
)
# a side besieged in a place ("把反政府武装包围在X东南部"): the side held in by the subject
_ZH_HEMMED_RE: Final = re.compile(
    rf"(?:把|将|將)(?:{_ZH_SIDES})(?:武装|武裝|分子)?(?:围困|圍困|包围|包圍|困|压缩|壓縮)(?:在|于|於)"
)
# a side expelled from a place said before the verb ("库尔德武装在X成功驱逐了IS"): the
# subject's capture of X
_ZH_EXPEL_RE: Final = re.compile(
    r"(?:在|于|於)(?P<where>[^，,。；;！？!?\n]{1,20}?)(?:成功|已经|已經|已|终于|終於|彻底|徹底)*"
    rf"(?:{'|'.join(lx.WORLD_ZH_EXPEL)})了?(?:{_ZH_SIDES})"
)
# a side using a place as its position ("政府军一直将城堡用作军事阵地"): held
_ZH_USED_AS_RE: Final = re.compile(
    r"(?:一直|曾|长期|長期|仍|仍然)?(?:将|將|把)(?P<place>[^，,。；;！？!?\n]{1,12}?)"
    r"(?:用作|用做|当作|當作|作为|作為)(?:军事|軍事|主要)?(?:阵地|陣地|据点|據點|基地|要塞|堡垒|堡壘)"
)
# the place said first: "X由反对派控制", "X被政府军收复", "X落入IS手中", "X处于库尔德武装控制之下"
_ZH_PLACE_FIRST_RE: Final = re.compile(
    rf"[^，,。；;！？!?\n]{{0,6}}?(?:已经|已經|已|仍|仍然|一直)?(?P<mark>由|被|遭到|遭|落入|处于|處於|在)"
    rf"(?:{_ZH_SIDES})(?:[^，,。；;！？!?\n]{{0,4}}?)"
    rf"(?:(?P<take>{_ZH_TAKE})|(?P<hold>{_ZH_HOLD})(?:之下|下)?|(?P<hands>手中|手里|手裡)"
    rf"|(?P<siege>{_ZH_SIEGE}))"
)


# what may stand between a subject and its verb without counting as distance: a day, a month, a
# time of year ("今年1月下旬", "周日", "2016年12月"), and the side taken from ("从“伊斯兰国”
# 武装手里", "从反对派手中")
_ZH_GAP_SKIP_RE: Final = re.compile(
    r"(?:今年|去年|前年|当天|當天|当日|當日|日前|近日|近期|本周|上周|本週|上週|最近|目前|已经|已經"
    r"|[0-9０-９]+年|[0-9０-９]+月|[0-9０-９]+日|[一二三四五六七八九十]+月|[上中下]旬|月初|月底|年初|年底"
    r"|(?:周|週|星期)[一二三四五六日天]"
    r"|(?:从|從|自)[“\"「『]?[^，,。；;！？!?\n]{1,16}?(?:手中|手里|手裡|之手|那里|那裡))"
)


def _zh_clause(text: str, pos: int, end_re: re.Pattern[str]) -> tuple[int, int]:
    """The span of the clause (or sentence, by ``end_re``) around ``pos``."""
    begin = pos
    while begin > 0 and end_re.match(text, begin - 1) is None:
        begin -= 1
    stop = end_re.search(text, pos)
    return begin, stop.start() if stop is not None else len(text)


def _zh_subjects(text: str, begin: int, end: int) -> list[tuple[int, int, str]]:
    """The sides in ``text[begin:end]`` that may be a clause's subject."""
    out = []
    for m in _ZH_SIDE_RE.finditer(text, begin, end):
        side = _group_side(m, lx.WORLD_ZH_SIDES, "z_")
        if side is None:
            continue
        if _ZH_NOT_SUBJECT_BEFORE_RE.search(text, max(begin, m.start() - 3), m.start()):
            continue
        if _ZH_NOT_SUBJECT_AFTER_RE.match(text, m.end()) is not None:
            continue
        out.append((m.start(), m.end(), side))
    return out


def _zh_objects(cap: _Caption, pos: int, stop: int, covered: set[str]) -> list[_Slot]:
    """The places a Chinese verb at ``pos`` takes, up to ``stop``: the finer places, else a
    city right after the verb; none a landmark or a part."""
    text = cap.text
    places = [
        s
        for s in cap.slots
        if pos <= s.mention.start
        and s.mention.end <= stop
        and s.mention.place_id not in covered
        and _ZH_LANDMARK_AFTER_RE.match(text, s.mention.end) is None
        and "部分" not in text[pos : s.mention.start]
    ]
    finer = [s for s in places if s.mention.precision != "city"]
    if finer:
        return finer
    return [s for s in places if _ZH_CITY_OBJECT_RE.fullmatch(text, pos, s.mention.start)]


# "the city" (town) in Chinese: a verb's object that refers back to the city or town named
# before ("收复了*该市*", "控制了*这座城市*")
_ZH_CITY_ANAPHOR_RE: Final = re.compile(
    rf"(?:了|下了)?\s*(?:{lx.alternation(lx.WORLD_CJK_CITY_ANAPHORS)})(?![\u4e00-\u9fff])"
)
_CJK_ANAPHOR_KINDS: Final = frozenset({"city", "town"})


def _cjk_city_antecedent(cap: _Caption, pos: int) -> _Slot | None:
    """The city or town a Chinese "this city" after ``pos`` refers back to: the one named
    before it in the caption (``None`` for none or two: "阿勒颇和曼比季 ...
    该市" refers to neither)."""
    before = [
        s for s in cap.slots if s.mention.end <= pos and s.mention.precision in _CJK_ANAPHOR_KINDS
    ]
    if not before or len({s.mention.place_id for s in before}) != 1:
        return None
    return before[-1]


def _world_zh_rules(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The clauses of Chinese captions: a side as the subject of a verb of taking or holding
    with its places after it ("叙利亚政府军收复了阿勒颇东部的X区"), a side's holding or capture
    before the place it describes ("反对派武装控制的X", "被政府军收复的X"), and the place said
    first ("X由库尔德武装控制", "X被政府军攻占", "X落入“伊斯兰国”手中")."""
    text = cap.text
    for verb in _ZH_VERB_RE.finditer(text):
        c_start, c_end = _zh_clause(text, verb.start(), _ZH_CLAUSE_END_RE)
        s_start, s_end = _zh_clause(text, verb.start(), _ZH_SENTENCE_END_RE)
        if _ZH_HEDGE_RE.search(text, s_start, verb.end()) is not None:
            continue
        subjects = _zh_subjects(text, c_start, verb.start())
        if not subjects and _ZH_ANNOUNCE_RE.match(text, c_start) is not None:
            # ("军方发表声明，宣布完全收复X"): the subject of the sentence's first clause
            subjects = _zh_subjects(text, s_start, c_start)
        sides = {s for _, _, s in subjects}
        if len(sides) != 1:
            continue
        # (a day or time, and the side it was taken from, may stand between the subject and
        # its verb: "库尔德武装*今年1月下旬从“伊斯兰国”武装手里*夺回X")
        between = _ZH_GAP_SKIP_RE.sub("", text[subjects[-1][1] : verb.start()])
        if len(between) > 12 and subjects[-1][1] > c_start:
            continue
        side = sides.pop()
        passive = text[max(c_start, subjects[-1][0] - 1) : subjects[-1][0]] == "被"
        # ("占领" a holding, "占领*了*" a capture: "国民军占领了X")
        held = verb.group("hold") is not None or (
            verb.group(0) in ("占领", "佔領")
            and not passive
            and not text.startswith("了", verb.end())
        )
        relative = text.startswith("的", verb.end()) or text.startswith(
            ("下的", "之下的"), verb.end()
        )
        if relative:
            # "反对派武装控制的X": the place after "的" the holding (or capture) describes
            places = _zh_objects(cap, verb.end(), min(c_end, verb.end() + 14), covered)[:1]
        else:
            places = _zh_objects(cap, verb.end(), min(c_end, verb.end() + 40), covered)
            if text.startswith(("下", "之下"), verb.end()):
                continue  # ("在政府军控制下"): a holding of what the sentence names, not here
            if not places and _ZH_CITY_ANAPHOR_RE.match(text, verb.end()) is not None:
                # ("政府军随后收复了*该市*", "控制了*这座城市*"): the one city or town named before
                target = _cjk_city_antecedent(cap, verb.start())
                if target is not None and target.mention.place_id not in covered:
                    places = [target]
        action = "held" if held else "captured"
        if verb.group("siege") is not None:
            # ("政府军包围了X", "被IS围困的X"): besieged by the subject, its holder resolved later
            for each in places:
                add(each, "unknown", "besieged", subjects[-1][0],
                    max(verb.end(), each.mention.end), "clause", besieged_by=side)  # fmt: skip
            continue
        if verb.group("lose") is not None:
            if relative:
                continue
            # ("政府军失守X"): the side lost X, to the one other side the sentence names
            others = {s for _, _, s in _zh_subjects(text, s_start, s_end) if s != side}
            after = others.pop() if len(others) == 1 else "unknown"
            for each in places:
                add(each, after, "lost", subjects[-1][0], max(verb.end(), each.mention.end),
                    "clause", from_controller=side)  # fmt: skip
            continue
        for each in places:
            add(each, side, action, subjects[-1][0], max(verb.end(), each.mention.end), "clause")
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        m = _ZH_PLACE_FIRST_RE.match(text, slot.mention.end)
        if m is None or _ZH_LANDMARK_AFTER_RE.match(text, slot.mention.end) is not None:
            continue
        holder = _group_side(m, lx.WORLD_ZH_SIDES, "z_")
        s_start, _ = _zh_clause(text, slot.mention.start, _ZH_SENTENCE_END_RE)
        if holder is None or _ZH_HEDGE_RE.search(text, s_start, m.end()) is not None:
            continue
        if m.group("siege") is not None:
            if m.group("mark") in ("被", "遭到", "遭"):  # ("X被政府军包围")
                add(slot, "unknown", "besieged", slot.mention.start, m.end(), "post",
                    besieged_by=holder)  # fmt: skip
            continue
        if m.group("hands") is not None:
            action = "captured" if m.group("mark") == "落入" else "held"
        elif m.group("take") is not None and m.group(0).find("占领") < 0:
            action = "captured"
        else:
            action = "held"
        add(slot, holder, action, slot.mention.start, m.end(), "post")
    _zh_other_rules(cap, add, covered)


def _zh_other_rules(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """Chinese: a side hemmed in a place by the subject ("政府军把反政府武装包围在X"), a side
    using a place as its position ("政府军一直将X用作军事阵地"), and the city freed, said again
    as "the city" ("该市全面解放")."""
    text = cap.text
    for m in _ZH_EXPEL_RE.finditer(text):
        expelled = _group_side(m, lx.WORLD_ZH_SIDES, "z_")
        c_start, _ = _zh_clause(text, m.start(), _ZH_CLAUSE_END_RE)
        s_start, _ = _zh_clause(text, m.start(), _ZH_SENTENCE_END_RE)
        takers = {x for _, _, x in _zh_subjects(text, c_start, m.start())}
        if (
            expelled is None
            or len(takers) != 1
            or expelled in takers
            or _ZH_HEDGE_RE.search(text, s_start, m.end()) is not None
        ):
            continue
        taker = takers.pop()
        for each in cap.slots:
            if (
                m.start("where") <= each.mention.start
                and each.mention.end <= m.end("where")
                and each.mention.place_id not in covered
                and _ZH_LANDMARK_AFTER_RE.match(text, each.mention.end) is None
            ):
                add(each, taker, "captured", m.start(), m.end(), "clause", from_controller=expelled)
    for m in _ZH_HEMMED_RE.finditer(text):
        inside = _group_side(m, lx.WORLD_ZH_SIDES, "z_")
        s_start, _ = _zh_clause(text, m.start(), _ZH_SENTENCE_END_RE)
        if inside is None or _ZH_HEDGE_RE.search(text, s_start, m.end()) is not None:
            continue
        slot = next((s for s in cap.slots if s.mention.start == m.end()), None)
        if slot is None or slot.mention.place_id in covered:
            continue
        besiegers = {x for _, _, x in _zh_subjects(text, s_start, m.start())} - {inside}
        by = besiegers.pop() if len(besiegers) == 1 else ""
        add(slot, inside, "besieged", m.start(), slot.mention.end, "clause", besieged_by=by)
    for m in _ZH_USED_AS_RE.finditer(text):
        c_start, _ = _zh_clause(text, m.start(), _ZH_CLAUSE_END_RE)
        users = _zh_subjects(text, c_start, m.start())
        sides = {x for _, _, x in users}
        if len(sides) != 1 or m.start() - users[-1][1] > 4:
            continue
        slot = next(
            (s for s in cap.slots if m.start("place") <= s.mention.start < m.end("place")), None
        )
        if slot is None or slot.mention.place_id in covered:
            continue
        add(slot, sides.pop(), "held", users[-1][0], m.end(), "clause")
    for m in _ZH_CITY_FREED_RE.finditer(text):
        if _ZH_SIDE_RE.search(text) is not None:
            continue  # (a side named: the liberation may be of any)
        before = [s for s in cap.slots if s.mention.end <= m.start()]
        city = next((s for s in reversed(before) if s.mention.precision == "city"), None)
        if city is None or city.mention.place_id in covered:
            continue
        add(city, "government", "captured", m.start(), m.end(), "clause")


# ---- Korean and Japanese: the verb at the clause's end, the roles said by particles

_KO_RE: Final = re.compile(r"[\uac00-\ud7a3]")
_JA_RE: Final = re.compile(r"[\u3040-\u30ff]")


@dataclass(frozen=True, slots=True)
class _SovGrammar:
    """The particles and words of one language whose verb ends its clause (Korean, Japanese):
    compiled once, read by :func:`_world_sov_rules`."""

    sides: tuple[tuple[str, str], ...]
    side_re: re.Pattern[str]
    # a particle after a side: its subject ("정부군*이*"), the side a place was taken from
    # ("반군*으로부터*"), the agent of a passive ("정부군*에 의해*")
    subject_re: re.Pattern[str]
    from_re: re.Pattern[str]
    # the place as the object, up to its particle ("알레포 동부*를*", "アレッポ東部*を*")
    object_re: re.Pattern[str]
    verb_re: re.Pattern[str]
    # what follows the verb of a main clause, active ("탈환*했다*", "奪還*した*")
    active_re: re.Pattern[str]
    # a verb's tail that makes it a holding ("장악*하고 있다*", "支配*している*")
    holding_tail_re: re.Pattern[str]
    # a holding or capture before the place it describes ("반군이 장악한 X", "反体制派が支配する
    # X", "정부군에 포위된 X", "반군 지역인 X"); the place said first ("X는 반군의 통제 하에",
    # "Xは政府軍に制圧された")
    relative_re: re.Pattern[str]
    place_first_re: re.Pattern[str]
    hedge_re: re.Pattern[str]
    near_re: re.Pattern[str]
    clause_end_re: re.Pattern[str]
    # the verbs whose relative is a holding ("반군이 *장악한* X": rebel-held X)
    held_relatives: tuple[str, ...]
    # a relative clause's tail before the side it describes, the place its object ("Xを支配
    # *する民兵組織「*クルド人民防衛部隊」": the side holds X); None: not read in that language
    subject_after_re: re.Pattern[str] | None = None
    # a word that refers back to the place as a verb's object, its particle after it ("X의
    # 치안을 회복해 *이곳*을 해방했다"); None: not read in that language
    anaphor_re: re.Pattern[str] | None = None
    # a side's area named right after the place ("알레포 *반군지역*이", "X *정부군 장악 지역*에서":
    # the side holds the place); None: not read in that language
    area_after_re: re.Pattern[str] | None = None
    # the word that ends a done clause inside a sentence ("X를 다시 장악한 *가운데* 한 가족이 ...
    # 위협을 피해": what follows is another clause, its hedges not the capture's); None: none
    clause_cut_re: re.Pattern[str] | None = None
    # a side's stronghold named right before the place ("IS의 *요충지인* 만비즈", "IS *근거지*
    # 알바브가"): held, also where the caption speaks of the place's outskirts; None: not read
    stronghold_re: re.Pattern[str] | None = None


# the comma that ends a clause inside a sentence
_SOV_COMMA_RE: Final = re.compile(r"[、,，]")
# the particles a Korean name read by its sound may end with
_SOV_PARTICLES: Final = frozenset("을를은는이가에도")


def _sov_sides(sides: tuple[tuple[str, str], ...]) -> str:
    return "|".join(f"(?P<o_{side}>{pattern})" for side, pattern in sides)


def _sov_grammar(
    sides: tuple[tuple[str, str], ...],
    verbs: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    particles: dict[str, str],
    hedges: tuple[str, ...],
    held_relatives: tuple[str, ...],
    subject_after_re: re.Pattern[str] | None = None,
) -> _SovGrammar:
    """The grammar of one language from its tables (see :data:`_KO` and :data:`_JA`)."""
    take, hold, siege = (
        "|".join(sorted((re.escape(v) for v in group), key=len, reverse=True)) for group in verbs
    )
    verb = rf"(?:(?P<take>{take})|(?P<hold>{hold})|(?P<siege>{siege}))"
    side = _sov_sides(sides)
    return _SovGrammar(
        sides=sides,
        side_re=re.compile(side),
        subject_re=re.compile(particles["subject"]),
        from_re=re.compile(particles["from"]),
        object_re=re.compile(particles["object"]),
        verb_re=re.compile(verb),
        active_re=re.compile(particles["active"]),
        holding_tail_re=re.compile(particles["holding"]),
        relative_re=re.compile(
            rf"(?:{side})(?:{particles['relative_side']}{verb}{particles['relative_tail']}"
            rf"|{particles['area']})"
        ),
        place_first_re=re.compile(
            rf"{particles['topic']}(?P<gap>[^.。!?！？\n]{{0,24}}?)(?:{side})"
            rf"(?:{particles['under']}|(?:{particles['agent']}|{particles['subject']}\s?){verb}"
            rf"(?:{particles['passive_tail']}|{particles['holding']}"
            rf"|(?P<relplace>{particles['held_place']})))"
        ),
        hedge_re=re.compile("|".join(hedges)),
        near_re=re.compile(rf"\s?(?:의\s?)?(?:{'|'.join(lx.WORLD_KO_JA_NEAR)})"),
        clause_end_re=re.compile(r"[.。!?！？\n]"),
        held_relatives=held_relatives,
        subject_after_re=subject_after_re,
    )


_KO: Final = replace(
    _sov_grammar(
        lx.WORLD_KO_SIDES,
        (lx.WORLD_KO_TAKE, lx.WORLD_KO_HOLD, lx.WORLD_KO_SIEGE),
        {
            "subject": r"(?:이|가|은|는|도)(?![가-힣])",
            # (also "out of its hands": "IS*의 손에서* 되찾았다", "IS *수중에서*")
            "from": r"\s?(?:으로부터|로부터|에게서|한테서|(?:의\s?)?(?:손|수중)에서)",
            "object": r"\s?(?:(?:지역|지구|일대|전역|전체|전부|시내|시)\s?)?"
            r"(?:(?P<particle>을|를|에)(?![가-힣])"
            # (the capture's noun, the place before it: "코바니 탈환에 성공했다")
            rf"|의?(?=\s?(?:{'|'.join(lx.WORLD_KO_TAKE)})에\s?성공))",
            # (and "as soon as it took", "just before it took": "반군이 X를 장악*하자* 주민들이
            # 피란길에 올랐다", "정부군이 X를 탈환*하기 직전*")
            "active": r"(?:했|하였|하고|해|시켰|시키|한|하며|하는|하자(?:마자)?(?![가-힣])"
            r"|하기\s?직전|중|에\s?성공"
            # (a native verb whose tail is its own: "되찾*았*다", "빼앗*으며*")
            r"|(?<=[았며]))",
            "holding": r"(?:하고\s?있|해\s?왔|해\s?온|하는(?!\s?데\s?성공)|중)",
            # (a whole degree or a time before the verb: "반군이 *완전히* 장악한 X")
            "relative_side": r"(?:이|가|에\s?의해|에게|에)?\s?"
            r"(?:(?:완전히|모두|이미|다시|사실상|최근)\s?)?",
            "relative_tail": r"(?:한|하는|하고\s?있는|해\s?온|된|당한|돼\s?있는|되어\s?있는"
            # (under a side's control, a capture going on: "정부군 통제*하의* X", "반군 통제
            # *하에 있는* X", "IS가 점령 *중인* X")
            r"|\s?하의|\s?하에\s?있는|\s?아래의|\s?아래\s?있는|\s?중인)\s?"
            r"(?:(?:지역|지구|거점)인\s?)?"
            # (where the place lies, between: "반군이 장악한 시리아 북부 X", "... 북서부 X")
            r"(?:시리아\s?)?(?:(?:북|남|동|서|북동|북서|남동|남서)부\s?)?(?:(?:제2\s?)?도시\s?)?$",
            "area": r"\s?(?:(?:장악|점령|통제|지배)\s?)?"
            r"(?:지역|지구|거점|점령지|장악지|통제\s?지역)인\s?$",
            "topic": r"\s?(?:은|는|이|가|도)(?![가-힣])",
            # (and into its hands: "X는 반군의 *손에 넘어갔다*")
            "under": r"(?:의)?\s?(?:통제|장악|지배|수중|손)\s?"
            r"(?:하에|아래|에\s?있|에\s?놓|(?P<into>에\s?들어갔|에\s?넘어갔))",
            "agent": r"\s?(?:에\s?의해|에\s?의하여|에게|에)\s?(?:다시\s?|완전히\s?)?",
            "passive_tail": r"(?:됐|되었|돼|되|당했|당하)",
            # the place said to be one the side holds ("X는 반군이 장악한 곳이다")
            "held_place": r"(?:한|하는|하고\s?있는|해\s?온)\s?(?:곳|지역|도시|지구|마을)"
            r"(?:이다|이며|이고|입니다|으로|이었|다|며)",
        },
        lx.WORLD_KO_HEDGES,
        ("장악", "점령", "통제", "지배"),
    ),
    anaphor_re=re.compile(
        rf"(?:{lx.alternation(lx.WORLD_KO_PLACE_ANAPHORS)})(?=\s?(?:을|를|에)\s)"
    ),
    # (a relative's tail before the side it describes, the place its object: "X를 *장악한* 반군이",
    # "X를 *점령하고 있는* IS가")
    subject_after_re=re.compile(r"(?:한|하고\s?있는|해\s?온|하는)\s?(?:무장\s?)?(?:세력인\s?)?"),
    area_after_re=re.compile(
        rf"\s(?:{_sov_sides(lx.WORLD_KO_SIDES)})"
        rf"\s?(?:(?:{lx.alternation((*lx.WORLD_KO_HOLD, '장악', '점령'))})\s?)?"
        # (or the copula of a relative, another place after it: "알레포 동부 반군지역*인* X
        # 구역")
        r"(?:지역|지구|점령지|장악지)(?:이|은|는|에서|에|을|의|으로|과|와|인)?(?![가-힣])"
    ),
    clause_cut_re=re.compile(
        rf"(?<=[한된])\s?(?:{lx.alternation(lx.WORLD_KO_DONE_CLAUSE_ENDS)})(?![가-힣])"
    ),
    stronghold_re=re.compile(
        rf"(?<![가-힣])(?:{_sov_sides(lx.WORLD_KO_SIDES)})[)」』\"”’']?\s?(?:의\s?)?"
        rf"(?:(?:최대|핵심|주요|마지막|최후의?|전략적)\s?)?"
        rf"(?:{lx.alternation(lx.WORLD_KO_STRONGHOLDS)})(?:인|이자)?\s?"
        # (where the place lies, between: "IS의 요충지인 *시리아 북부* 만비즈")
        r"(?:시리아\s?)?(?:(?:북|남|동|서|북동|북서|남동|남서)부\s?)?(?:도시\s?)?$"
    ),
)
_JA_BASE: Final = _sov_grammar(
    lx.WORLD_JA_SIDES,
    (lx.WORLD_JA_TAKE, lx.WORLD_JA_HOLD, lx.WORLD_JA_SIEGE),
    {
        # (a plural's ら before it: "政府軍らは")
        "subject": r"ら?(?:は|が|も)",
        "from": r"から",
        # (the place's whole, its district, or the rule of it: "X全体の支配権を奪還")
        # (or the town, city or village it is: "コバニ*の街*を包囲")
        "object": r"(?:の?(?:全域|全体|全土|地区|一帯)|の(?:街|町|都市|村))?"
        r"(?:の(?:支配権|実権|統治権|管理権))?"
        # (the capture's noun, the place before it: "コバニの奪還に成功した")
        rf"(?:(?P<particle>を)|の(?=(?:{'|'.join(lx.WORLD_JA_TAKE)})に成功))",
        "active": r"(?:し|す|に成功)",
        "holding": r"(?:している|してき|する)",
        # (the side it was taken from between: "クルド人部隊が*IS(イスラム国)から*奪還した")
        # (and a whole degree or a time before the verb: "反体制派が*完全に*制圧したX")
        "relative_side": r"(?:が|の|によって|に)?(?:[^、。]{1,16}?から)?"
        r"(?:完全に|すでに|既に|再び|事実上)?",
        # (where the place lies and what it is, between: "奪還した*シリア北部の要衝の町*X")
        "relative_tail": r"(?:する|している|してきた|した|された|下の|下にある)"
        r"(?:シリア(?:北|南|東|西|北東|北西|南東|南西)?部?の)?(?:(?:戦略的)?要衝の)?"
        r"(?:町|都市|村|地区)?$",
        "area": r"の?(?:支配|制圧)(?:地域|地区)(?:の|である)$",
        "topic": r"(?:は|が|も)",
        # (and in, or into, a side's hands: "反体制派の手に落ちた", "政府軍の手中にある")
        "under": r"の?(?:(?:支配|実効支配|管理)下|手中?)"
        r"(?:にあ|に置かれ|(?P<into>に入っ|に落ち|に渡っ))"
        # (a side's area: "XはISの*支配地域になっていた*", "Xは反体制派の*支配地域だ*")
        r"|の?(?:支配|実効支配|制圧)(?:地域|地区)(?:にな|であ|だ)",
        "agent": r"(?:によって|により|に)(?:再び|完全に)?",
        "passive_tail": r"(?:され|下)",
        "held_place": r"(?:する|している|してきた)(?:地域|場所|町|都市|地区)(?:だ|である|で)",
    },
    lx.WORLD_JA_HEDGES,
    ("支配", "実効支配", "占拠", "占領", "掌握"),
    # (a relative's tail, then up to a noun or two and an opening quote before the side's name:
    # "Xを支配する*民兵組織「*クルド人民防衛部隊」", "Xを制圧した*武装組織*IS")
    subject_after_re=re.compile(
        r"(?:する|している|してきた|した)(?:(?:民兵|武装|過激派)?(?:組織|勢力|部隊))?[「『]?"
    ),
)
# (a word after the place that refers back to it as the object: "Xに進攻し、*同市*を奪還した")
_JA: Final = replace(
    _JA_BASE, anaphor_re=re.compile(rf"(?:{lx.alternation(lx.WORLD_JA_PLACE_ANAPHORS)})(?=を)")
)


# Korean: a place two sides fight for ("X를 장악하려는 IS와 이를 저지하려는 쿠르드족의
# 공방전", "X를 놓고 정부군과 반군이 교전"): the place's object particle and an aim at it or
# "over it", then, in its sentence, two sides and a fight's noun
_KO_FIGHT_RE: Final = re.compile(r"공방|쟁탈전|격전|교전|전투")
_KO_FOUGHT_FOR_RE: Final = re.compile(
    r"\s?(?:을|를)\s?(?:(?:장악|점령|탈환|차지|사수|방어)(?:하려는|하기\s?위한|하기\s?위해)"
    r"|놓고|두고|둘러싸고|둘러싼|사이에\s?두고)"
)


def _ko_contested(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The places two sides fight for in a Korean caption (:data:`_KO_FOUGHT_FOR_RE`):
    contested."""
    text = cap.text
    for slot in cap.slots:
        m = slot.mention
        if m.place_id in covered:
            continue
        aim = _KO_FOUGHT_FOR_RE.match(text, m.end)
        if aim is None and m.end - m.start > 2 and text[m.end - 1] in "을를":
            aim = _KO_FOUGHT_FOR_RE.match(text, m.end - 1)
        if aim is None:
            continue
        end_m = _KO.clause_end_re.search(text, aim.end())
        s_end = end_m.start() if end_m is not None else len(text)
        fight = _KO_FIGHT_RE.search(text, aim.end(), s_end)
        if fight is None:
            continue
        sides = {
            side
            for side_m in _KO.side_re.finditer(text, _sov_clause_start(_KO, text, m.start), s_end)
            if (side := _group_side(side_m, _KO.sides, "o_")) is not None
        }
        if len(sides) >= 2:
            add(slot, "contested", "contested", m.start, fight.end(), "contested")


# Korean: a capture's noun as the topic after the place, then a side's victory ("X 탈환은 ...
# 정권에 큰 승리다": the side took X)
_KO_CAPTURE_TOPIC_RE: Final = re.compile(
    rf"\s?(?:의\s?)?(?:{lx.alternation(lx.WORLD_KO_TAKE)})(?:은|는|이|가)(?![가-힣])"
)
_KO_VICTORY_RE: Final = re.compile(
    rf"\s?(?:에게|에|의)\s?(?:[가-힣]{{1,6}}\s){{0,3}}(?:{lx.alternation(lx.WORLD_KO_VICTORY)})"
    # (a victory to come, or none: "승리가 될 것", "승리가 아니다")
    r"(?!가?\s?(?:될|아니|아닌))"
)
# the outskirts of a city's part ("X 서쪽 외곽 지역"), the part's name ending with its side
_KO_PART_OUTSKIRTS_RE: Final = re.compile(rf"\s?(?:{lx.alternation(lx.WORLD_KO_PART_OUTSKIRTS)})")
_KO_PART_END_RE: Final = re.compile(r"(?:동|서|남|북)(?:쪽|부)$")


def _ko_victory(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The places whose capture a Korean caption calls a side's victory ("X 탈환은 러시아의
    지원을 받는 정권에 큰 승리다"): captured by that side."""
    text = cap.text
    for slot in cap.slots:
        m = slot.mention
        if m.place_id in covered:
            continue
        topic = _KO_CAPTURE_TOPIC_RE.match(text, m.end)
        if topic is None:
            continue
        end_m = _KO.clause_end_re.search(text, topic.end())
        s_end = end_m.start() if end_m is not None else len(text)
        if _KO.hedge_re.search(text, _sov_clause_start(_KO, text, m.start), s_end) is not None:
            continue
        sides = {
            (side, side_m.start())
            for side_m in _KO.side_re.finditer(text, topic.end(), s_end)
            if (side := _group_side(side_m, _KO.sides, "o_")) is not None
            and _KO_VICTORY_RE.match(text, side_m.end()) is not None
        }
        if len({side for side, _ in sides}) == 1:
            side, at = sides.pop()
            add(slot, side, "captured", m.start, at, "clause")


def _ko_part_outskirts(g: _SovGrammar, text: str, m: ControlMention) -> bool:
    """Whether a Korean city's part is followed by its outskirts ("알레포 서쪽 외곽 지역"),
    which a holding before it describes with the part."""
    return (
        g is _KO
        and _KO_PART_OUTSKIRTS_RE.match(text, m.end) is not None
        and _KO_PART_END_RE.search(text, m.start, m.end) is not None
    )


def _sov_clause_start(g: _SovGrammar, text: str, pos: int) -> int:
    """The start of the sentence around ``pos``."""
    begin = pos
    while begin > 0 and g.clause_end_re.match(text, begin - 1) is None:
        begin -= 1
    return begin


def _sov_action(g: _SovGrammar, verb: re.Match[str], tail_at: int, text: str, *, rel: bool) -> str:
    """The action of a verb: a siege, a holding (its verb, or its tail: "장악하고 있다"), else a
    capture; a relative of a verb of holding ("반군이 장악한 X") is a holding."""
    if verb.group("siege") is not None:
        return "besieged"
    if verb.group("hold") is not None or g.holding_tail_re.match(text, tail_at) is not None:
        return "held"
    if rel and verb.group(0) in g.held_relatives:
        return "held"
    return "captured"


def _sov_subject_after(
    g: _SovGrammar, text: str, slot: _Slot, s_start: int, s_end: int
) -> tuple[str, str, int] | None:
    """The side a relative clause before it describes, the place the clause's object ("Xを支配
    する民兵組織「クルド人民防衛部隊」": the Kurdish forces hold X; "Xを制圧した政府軍": the
    army took it): (side, action, end of the side's name); ``None`` when there is none, or
    the relative is an aim ("支配しようとする")."""
    if g.subject_after_re is None:
        return None
    obj = g.object_re.match(text, slot.mention.end)
    m = slot.mention
    if obj is None and m.end - m.start > 2 and text[m.end - 1] in _SOV_PARTICLES:
        obj = g.object_re.match(text, m.end - 1)  # (a name read with its particle: "만비즈를")
    if obj is None:
        return None
    # (a Korean verb after a space: "알레포를 *장악한* 반군")
    verb = g.verb_re.match(text, obj.end() + (text[obj.end() : obj.end() + 1] == " "))
    if verb is None or verb.group("siege") is not None:
        return None
    tail = g.subject_after_re.match(text, verb.end(), s_end)
    side_m = g.side_re.match(text, tail.end()) if tail is not None else None
    side = _group_side(side_m, g.sides, "o_") if side_m is not None else None
    if side is None or side_m is None or g.hedge_re.search(text, s_start, side_m.end()):
        return None
    if g.side_re.search(text, s_start, slot.mention.start) is not None:
        return None  # (a side before the place is the verb's subject: read as such below)
    return side, _sov_action(g, verb, verb.end(), text, rel=True), side_m.end()


def _side_group(m: re.Match[str]) -> str:
    """The name of the side's group that matched in ``m`` (one of ``o_<side>``)."""
    return next(k for k, v in m.groupdict().items() if v is not None and k.startswith("o_"))


# what may close a side's name before its particle: its short name in brackets, closing quotes
# ("イスラム国*(IS)」*から")
_SOV_NAME_CLOSE_RE: Final = re.compile(r"(?:[(（][^)）]{0,24}[)）])?[)）」』\]】\"”]*")


def _closing_run(text: str, pos: int) -> int:
    """How long the brackets and quotes that close a side's name at ``pos`` run."""
    m = _SOV_NAME_CLOSE_RE.match(text, pos)
    return 0 if m is None else m.end() - pos


def _world_sov_rules(cap: _Caption, add: _Add, covered: set[str], g: _SovGrammar) -> None:
    """The clauses of Korean and Japanese captions, for each place no rule has read: the place
    as the object of a side's verb ("시리아 정부군이 알레포 동부를 탈환했다", "反体制派から…を
    奪還した"), a holding or capture before the place ("반군이 장악한 X", "反体制派が支配するX",
    "정부군 지역인 X"), the place said first ("X는 반군의 통제 하에 있다", "Xは政府軍に制圧され
    た"). Aims, attempts and plans, and a place only near another, state nothing."""
    text = cap.text
    for slot in cap.slots:
        m = slot.mention
        if m.place_id in covered:
            continue
        stronghold = (
            g.stronghold_re.search(text, max(0, m.start - 40), m.start)
            if g.stronghold_re is not None
            else None
        )
        if stronghold is not None and (side := _group_side(stronghold, g.sides, "o_")):
            add(slot, side, "held", stronghold.start(), m.end, "modifier")
            continue
        # (the outskirts of a city's part: only a holding before it reads, below)
        outskirts = _ko_part_outskirts(g, text, m)
        if g.near_re.match(text, m.end) is not None and not outskirts:
            continue
        s_start = _sov_clause_start(g, text, m.start)
        end_m = g.clause_end_re.search(text, m.end)
        s_end = end_m.start() if end_m is not None else len(text)
        # (an aim or an offensive in a clause after the place's, past a comma, is another
        # deed's: "X全体を奪還し、南東部に攻勢をかけ")
        comma = _SOV_COMMA_RE.search(text, m.end, s_end)
        relative = _sov_subject_after(g, text, slot, s_start, s_end)
        if relative is not None:
            # (the side after the relative whose object the place is: "Xを支配する民兵組織
            # 「YPG」"; what the main clause says after it is another deed's)
            add(slot, relative[0], relative[1], m.start, relative[2], "clause")
            continue
        # a side's area named right after the place ("알레포 *반군지역*이", "알레포 동부
        # *반군지역인* X"): a noun phrase of the place itself, which the hedges of the sentence's
        # other clauses do not touch ("구조대원이 *준비*한 산소마스크"); only the armed sides' ("X
        # 쿠르드족 지역" is where Kurds live, not whose it is)
        area = g.area_after_re.match(text, m.end) if g.area_after_re is not None else None
        side = None if area is None else _group_side(area, g.sides, "o_")
        if area is not None and side in lx.WORLD_KO_AREA_SIDES and not outskirts:
            add(slot, side, "held", m.start, area.end(), "post")  # ("알레포 반군지역이")
            continue
        cut = g.clause_cut_re.search(text, m.end, s_end) if g.clause_cut_re is not None else None
        hedge_end = min(comma.start() if comma else s_end, cut.start() if cut else s_end)
        if g.hedge_re.search(text, s_start, hedge_end) is not None:
            continue
        # the place as an object: a verb within a few words after its particle (which a name
        # read by its sound may have taken in: "만비즈를")
        obj = g.object_re.match(text, m.end)
        if obj is None and m.end - m.start > 2 and text[m.end - 1] in _SOV_PARTICLES:
            obj = g.object_re.match(text, m.end - 1)
        reach = 10
        if obj is None and g.anaphor_re is not None and not outskirts:
            # (a word after the place that refers back to it as the object: "시리아군은 X의
            # 치안을 회복해 이곳을 해방했다"; no other place nor side between)
            ana = g.anaphor_re.search(text, m.end, min(s_end, m.end + 40))
            if (
                ana is not None
                and not any(m.end <= s.mention.start < ana.start() for s in cap.slots)
                and g.side_re.search(text, m.end, ana.start()) is None
                # (nor another city or town before the place in its sentence: "アレッポとX ...
                # 同市" refers to neither)
                and not any(
                    s_start <= s.mention.start < m.start
                    and s.mention.place_id != m.place_id
                    and s.mention.precision in _CJK_ANAPHOR_KINDS
                    for s in cap.slots
                )
            ):
                obj = g.object_re.match(text, ana.end())
                reach = 30  # (the side it was taken from may come between: "이곳을 ...로부터")
        if obj is not None and outskirts:
            obj = None
        if obj is not None:
            verb = g.verb_re.search(text, obj.end(), min(s_end, obj.end() + reach))
            entry = verb is not None and verb.group(0) == "진입"
            if (
                verb is not None
                and (obj.group("particle") == "에") == entry
                and g.active_re.match(text, verb.end()) is not None
            ):
                subjects: list[tuple[int, str]] = []
                taken_from: set[str] = set()
                for side_m in g.side_re.finditer(text, s_start, m.start):
                    side = _group_side(side_m, g.sides, "o_")
                    if side is None:
                        continue
                    # (its short name in brackets may close the name before the particle:
                    # "イスラム国(ISIS)が", "시리아민주군(SDF)이")
                    after = side_m.end() + _closing_run(text, side_m.end())
                    if g.from_re.match(text, after) is not None:
                        taken_from.add(side)
                    elif g.subject_re.match(text, after) is not None:
                        subjects.append((side_m.start(), side))
                for side_m in g.side_re.finditer(text, obj.end(), verb.start()):
                    side = _group_side(side_m, g.sides, "o_")  # ("X를 반군으로부터 탈환")
                    if side is not None and g.from_re.match(text, side_m.end()) is not None:
                        taken_from.add(side)
                sides = {side for _, side in subjects}
                if len(sides) == 1 and not sides & taken_from:
                    side = sides.pop()
                    action = _sov_action(g, verb, verb.end(), text, rel=False)
                    start, stop = subjects[0][0], verb.end()
                    if action == "besieged":
                        add(slot, "unknown", "besieged", start, stop, "clause", besieged_by=side)
                    else:
                        source = next(iter(taken_from)) if len(taken_from) == 1 else ""
                        add(slot, side, action, start, stop, "clause",
                            from_controller=source if action == "captured" else "")  # fmt: skip
                    continue
        # a holding or capture said right before the place
        rel = g.relative_re.search(text, max(s_start, m.start - 40), m.start)
        side = None if rel is None else _group_side(rel, g.sides, "o_")
        if (
            rel is not None
            and side is not None
            and g.from_re.match(
                text, rel.end(_side_group(rel)) + _closing_run(text, rel.end(_side_group(rel)))
            )
        ):
            # ("クルド人部隊が「IS」*から*奪還した町X": the side before "from" lost X; the
            # taker is the one subject named before it, else none)
            taker = {
                _group_side(x, g.sides, "o_")
                for x in g.side_re.finditer(text, s_start, rel.start())
                if g.subject_re.match(text, x.end()) is not None
            } - {None, side}
            side = taker.pop() if len(taker) == 1 else None
            if side is None:
                continue
        if rel is not None and side is not None:
            if (
                rel.group("take") is None
                and rel.group("hold") is None
                and rel.group("siege") is None
            ):
                action = "held"  # ("반군 지역인 X")
            else:
                verb_at = rel.start("take") if rel.group("take") else rel.start("hold")
                if rel.group("siege") is not None:
                    verb_at = rel.start("siege")
                verb = g.verb_re.match(text, verb_at)
                assert verb is not None
                action = _sov_action(g, verb, verb.end(), text, rel=True)
                if verb.group(0) in ("진입", "함락", "陥落"):
                    continue  # (an entry, a fall: said of the place in a clause of its own)
                if "중인" in text[verb.end() : m.start] and verb.group(0) not in g.held_relatives:
                    continue  # (a capture under way: "정부군이 탈환 중인 X")
            if action == "besieged":
                add(slot, "unknown", "besieged", rel.start(), m.end, "modifier", besieged_by=side)
            else:
                add(slot, side, action, rel.start(), m.end, "modifier")
            continue
        if outskirts:
            continue
        # the place said first, its holder or taker after it
        first = g.place_first_re.match(text, m.end, s_end)
        if first is None and m.end - m.start > 2 and text[m.end - 1] in _SOV_PARTICLES:
            first = g.place_first_re.match(text, m.end - 1, s_end)
        if (
            first is not None
            and (side := _group_side(first, g.sides, "o_")) is not None
            and not any(m.end < s.mention.start < first.end() for s in cap.slots)
        ):
            if first.group("take") or first.group("hold") or first.group("siege"):
                verb_at = next(first.start(k) for k in ("take", "hold", "siege") if first.group(k))
                verb = g.verb_re.match(text, verb_at)
                assert verb is not None
                if verb.group(0) == "진입":
                    continue
                action = _sov_action(
                    g, verb, verb.end(), text, rel=first.group("relplace") is not None
                )
            else:
                action = "captured" if first.group("into") else "held"
            if action == "besieged":
                add(slot, "unknown", "besieged", m.start, first.end(), "post", besieged_by=side)
            else:
                add(slot, side, action, m.start, first.end(), "post")


# --------------------------------------------------------------------------- long-tail English
# (the words in the "long-tail English" block of ``lexicon.py``)

_TAIL_NOUNS_OF: Final = lx.alternation(lx.TAIL_FRONTLINE_NOUNS)
# "the battle for control over X", "fighting for control of X": contested
_TAIL_FIGHT_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.TAIL_FIGHT_FOR)})\s+(?:the\s+)?", re.IGNORECASE
)
_TAIL_FIGHT_KEY_RE: Final = re.compile(r"\bfor\s+(?:(?:full|total|the)\s+)?control\b")
# "the battle for control of *the district*": the place named before it
_TAIL_FIGHT_ANAPHOR_RE: Final = re.compile(
    rf"(?<=the\s)(?:(?-i:[a-z][a-z-]*)\s+)?(?P<noun>{'|'.join(lx.ANAPHOR_NOUNS)})\b"
    r"(?!\s+of\b|\s*[-‑–]|['’])",
    re.IGNORECASE,
)
_TAIL_FIGHT_NOT_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.TAIL_FIGHT_NOT_BEFORE)}\b", re.IGNORECASE
)
_TAIL_FIGHT_ENDED_RE: Final = re.compile(
    rf"\s*,?\s+(?:{lx.alternation(lx.TAIL_FIGHT_ENDED)})\b", re.IGNORECASE
)
# "the frontline district of X", "a front-line town, X": contested
_TAIL_FRONTLINE_RE: Final = re.compile(
    rf"\b(?:the|a)\s+(?:(?P<past>{lx.alternation(lx.TAIL_FRONTLINE_PAST)})\s+)?"
    rf"{lx.TAIL_FRONTLINE}\s+(?:{_TAIL_NOUNS_OF})s?\s+of\s+",
    re.IGNORECASE,
)
_TAIL_FRONTLINE_POST_RE: Final = re.compile(
    rf"\s*,\s*(?:a|the)\s+(?:(?P<past>{lx.alternation(lx.TAIL_FRONTLINE_PAST)})\s+)?"
    rf"{lx.TAIL_FRONTLINE}\s+(?:{_TAIL_NOUNS_OF})\b",
    re.IGNORECASE,
)
# "X, a district where control is split between the army and ...": contested (a side must be
# named after "between")
_TAIL_SPLIT_RE: Final = re.compile(
    rf"\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:{lx.alternation(lx.PLACE_NOUNS)})\s+)?"
    rf"(?:{lx.alternation(lx.TAIL_SPLIT)})\s+(?:(?:still|now|roughly|effectively|long)\s+)?"
    rf"(?:{lx.alternation(lx.TAIL_SPLIT_VERBS)})\s+between\s+",
    re.IGNORECASE,
)
_TAIL_SPLIT_KEY_RE: Final = re.compile(rf"\b(?:{lx.alternation(lx.TAIL_SPLIT_VERBS)})\s+between\b")
# "X, an embattled rebel-held town": held by the side (adjectives between article and holder)
_TAIL_APPOS_RE: Final = re.compile(
    rf"\s*,\s*(?:an?|the)\s+(?:(?:{lx.alternation(lx.TAIL_APPOSITION_ADJECTIVES)}),?\s+){{1,2}}"
    rf"(?:{_SIDE_GROUP})\s*(?:{lx.DASH}\s*|\s)(?:held|controlled)\s+"
    rf"(?:{lx.alternation(lx.APPOSITION_NOUNS)})\b",
    re.IGNORECASE,
)
# "X, on the government-controlled side of Aleppo (of the city)": held by the side (the part's
# city follows: a city's name or "the city"); also with the place's noun after its name and "of"
# for the side's part ("the X neighbourhood *of the rebel-held part of* eastern Aleppo", "X
# neighbourhood on the government-held side of the divided city of Aleppo"), a bearing for the
# part ("the rebel-held east of the city"), and the holding right after the name ("X rebel-held
# sector of eastern Aleppo")
_TAIL_ON_SIDE_RE: Final = re.compile(
    rf"(?:\s+(?:{lx.alternation(lx.PLACE_NOUNS)}))?"
    r"(?:\s*,?\s+(?:on|in|of)\s+the\s+(?:(?:"
    + lx.alternation(lx.TAIL_APPOSITION_ADJECTIVES)
    + r")\s+)?"
    r"|\s+)"
    rf"(?:{_SIDE_GROUP})\s*(?:{lx.DASH}\s*|\s)(?:held|controlled)\s+"
    r"(?:(?:(?:north|south|east|west)(?:ern)?\s+)?(?:side|part|half|sector)"
    r"|(?:north|south|east|west)(?=\s+of\b))\s+of\s+"
    r"(?:(?P<city>the\s+(?:[\w-]+\s+){0,4}?city\b)|(?:(?:north|south|east|west)(?:ern)?\s+)?"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+)"
    r"(?!\s+(?:province|governorate|countryside|region|district|area|plain)\b))",
    re.IGNORECASE,
)
# "the army said it was fully controlling X", "rebels are now controlling X": held
_TAIL_CONTROLLING_RE: Final = re.compile(
    r"(?:\s+(?:says?|said|announced|confirmed|stated)(?:\s+on\s+\w+day)?(?:\s+that)?"
    r"\s+(?:it|they))?\s+(?:is|are|was|were)\s+"
    rf"(?:(?:{lx.alternation(lx.TAIL_CONTROLLING_ADVERBS)})\s+){{0,2}}controlling\s+"
    # (or its participle right after the side: "rebel fighters *holding* X refused to leave")
    rf"|,?\s+(?:(?:still|now)\s+)?(?P<part>{lx.alternation(lx.TAIL_HOLDING_PARTICIPLES)})\s+",
    re.IGNORECASE,
)
# the side's noun before such a participle ("rebel *fighters* holding X"; the pre-check's cue)
_TAIL_HOLDING_SUBJECT_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.TAIL_HOLDING_SUBJECTS)}$", re.IGNORECASE
)
# what may stand between such a verb and its place: "the (town|district) of", "the"
_TAIL_OBJECT_GAP_RE: Final = re.compile(
    rf"\s*(?:the\s+)?(?:(?:[\w-]+\s+)?(?:{lx.alternation(lx.PLACE_NOUNS)})s?\s+of\s+)?",
    re.IGNORECASE,
)
# "The jihadists captured X ..., as IS pressed its offensive": a subject that opens its
# sentence, its side named once after it
_TAIL_FORWARD_RE: Final = re.compile(
    rf"[\"“]?\s*the\s+{lx.alternation(lx.TAIL_FORWARD_NOUNS)}{_AUX}\s+(?P<verb>{_CAPTURE_VERB})\b",
    re.IGNORECASE,
)
_TAIL_FORWARD_AS_RE: Final = re.compile(r"\b(?:as|while|when|after)\s+(?:the\s+)?$", re.IGNORECASE)
_TAIL_FORWARD_VERB_RE: Final = re.compile(
    rf"{_AUX}\s+{lx.alternation(lx.TAIL_FORWARD_VERBS)}\b", re.IGNORECASE
)
# "from rebels *who had* captured it", "X, *which rebels had* captured": a capture of the past
# in a relative clause
_TAIL_HAD_RE: Final = re.compile(
    r"\b(?:who|that|which)\b(?:\s+[\w'’-]+){0,4}?\s+had\b", re.IGNORECASE
)


def _tail_fight_wanted(cap: _Caption, start: int) -> bool:
    """Whether the words before a fight for control at ``start`` (in its sentence, up to 60
    characters) only want, vow or end it ("vowed to fight for control of X", "after the battle
    for control of X")."""
    s_start = cap.sentences[cap.sentence_of(start)][0]
    begin = max(s_start, start - 60)
    return _TAIL_FIGHT_NOT_RE.search(cap.text, begin, start) is not None


def _english_tail_rules(cap: _Caption, add: _Add, low: str, covered: set[str]) -> None:
    """English wordings of agency captions the rules before do not read, for places no other
    rule has read.

    Contested: a fight for its control ("the battle for control over X", "fighting for
    control of X"; not one vowed, aimed at or over: "vowed to fight for control of X", "after
    the battle for control of X"), a front line named as its kind ("the frontline district of
    X", "X, a front-line town"; not "the former frontline district"), a control split between
    sides ("X, a district where control is split between the army and jihadists"). Held: an
    apposition with adjectives before its holder ("X, an embattled rebel-held town"), a side
    "controlling" it ("the army said it was fully controlling X"). Captured: a subject that
    opens its sentence and names its side further on ("The jihadists captured X, the monitor
    said, as IS pressed its offensive"). A hedge, as everywhere, makes none.
    """
    text = cap.text
    if _TAIL_FIGHT_KEY_RE.search(low) is not None:
        _fought_for(cap, _TAIL_FIGHT_RE, add, covered, "tail_fight")
    if "front" in low:
        for m in _TAIL_FRONTLINE_RE.finditer(text):
            sentence = cap.sentence_of(m.start())
            places = cap.places_after(m.end(), sentence)
            if m.group("past") or not places or _hedged(cap, m.start(), m.end()):
                continue
            for slot in places:
                if slot.mention.place_id not in covered:
                    add(slot, "contested", "contested", m.start(), slot.mention.end, "tail_front")
                    covered.add(slot.mention.place_id)
    has_front = "front" in low
    has_split = _TAIL_SPLIT_KEY_RE.search(low) is not None
    has_held = "held" in low or "controlled" in low
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        pos = slot.mention.end
        begin = slot.mention.start
        front = _TAIL_FRONTLINE_POST_RE.match(text, pos) if has_front else None
        if front is not None and not front.group("past") and not _hedged(cap, begin, front.end()):
            add(slot, "contested", "contested", begin, front.end(), "tail_front")
            covered.add(slot.mention.place_id)
            continue
        split = _TAIL_SPLIT_RE.match(text, pos) if has_split else None
        if split is not None:
            stop = min(cap.sentences[cap.sentence_of(begin)][1], split.end() + 60)
            sides = [
                a
                for a in cap.actors
                if split.end() <= a.start
                and a.end <= stop
                and a.side in lx.SIDES
                and not a.civilian
                and not a.speaker
            ]
            if sides and not _hedged(cap, begin, split.end()):
                add(slot, "contested", "contested", begin, sides[0].end, "tail_split")
                covered.add(slot.mention.place_id)
                continue
        side_of = _TAIL_ON_SIDE_RE.match(text, pos) if has_held else None
        if (
            side_of is not None
            and slot.mention.precision != "city"
            and _REGION_OF_BEFORE_RE.search(text, max(0, begin - 60), begin) is None
            # (a town named as the reference of a countryside lies in no part the phrase names:
            # "in the countryside of X in the rebel-held part of Aleppo province" is the
            # village's, as for the holdings after the place)
            and _COUNTRYSIDE_OF_RE.search(text, max(0, begin - 60), begin) is None
        ):
            # (a name after "of" is a city's: no finer place the gazetteer knows)
            named = cap.slot_after(side_of.start("name"), cap.sentence_of(begin))
            holder = _side_of(side_of)
            if (
                holder is not None
                and (
                    side_of.group("city")
                    or named is None
                    or named.mention.start != side_of.start("name")
                    or named.mention.precision == "city"
                )
                and not _hedged(cap, begin, side_of.end())
                and not _after_capture(cap, begin, slot)
            ):
                add(slot, holder, "held", begin, side_of.end(), "tail_side_of")
                covered.add(slot.mention.place_id)
                continue
        appos = _TAIL_APPOS_RE.match(text, pos) if has_held else None
        if appos is not None:
            holder = _side_of(appos)
            if (
                holder is not None
                and not _hedged(cap, begin, appos.end())
                and not _after_capture(cap, begin, slot)
            ):
                add(slot, holder, "held", begin, appos.end(), "tail_apposition")
                covered.add(slot.mention.place_id)
    if any(word in low for word in lx.TAIL_HOLDING_PARTICIPLES):
        _tail_controlling(cap, add, covered)
    if any(noun in low for noun in lx.TAIL_FORWARD_NOUNS):
        _tail_forward(cap, add, covered)


def _tail_controlling(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A side "controlling" a place: "the army said it was fully controlling X" (held)."""
    text = cap.text
    for actor in cap.actors:
        if actor.side is None or actor.modifier or actor.civilian or actor.speaker:
            continue
        if _TOL_NOT_SUBJECT_RE.search(text, max(0, actor.start - 30), actor.start) is not None:
            continue
        verb = _TAIL_CONTROLLING_RE.match(text, actor.end)
        if verb is None or (
            verb.group("part") not in (None, "controlling")
            and _TAIL_HOLDING_SUBJECT_RE.search(text, max(0, actor.end - 12), actor.end) is None
        ):
            continue
        gap = _TAIL_OBJECT_GAP_RE.match(text, verb.end())
        sentence = cap.sentence_of(actor.start)
        slot = cap.slot_after(verb.end(), sentence)
        if (
            gap is None
            or slot is None
            or slot.mention.start != gap.end()
            or slot.mention.place_id in covered
            or _hedged(cap, actor.start, verb.end())
        ):
            continue
        add(slot, actor.side, "held", actor.start, slot.mention.end, "tail_controlling")
        covered.add(slot.mention.place_id)


def _tail_forward(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A subject noun that opens its sentence with no side before it ("The jihadists captured X
    ..., as IS pressed its offensive") takes the one side named after it in its sentence, after
    "as" / "while" / "when" / "after" and before a verb of advance: the rebels or IS only (not a
    side fought, taken from or reporting)."""
    text = cap.text
    for sentence, (s_start, _) in enumerate(cap.sentences):
        m = _TAIL_FORWARD_RE.match(text, s_start)
        if m is None or cap.actors_in(sentence, m.start()):
            continue
        if sentence > 0 and _antecedent_side(cap, sentence, m.start(), back=True) is not None:
            continue  # (the noun refers back: the clause rules read it)
        places = cap.places_after(m.end(), sentence)
        if not places or _hedged(cap, m.start(), m.end()):
            continue
        after = [
            a
            for a in cap.actors_in(sentence)
            if a.start >= m.end()
            and not a.modifier
            and not a.civilian
            and _REPORTER_AFTER_RE.match(text, a.end) is None
        ]
        if not after or any(
            _TOL_NOT_SUBJECT_RE.search(text, max(0, a.start - 30), a.start) is not None
            for a in after
        ):
            continue
        side = _single_side(after)
        if (
            side not in ("islamic_state", "rebels")  # (no army or Kurdish force is called so)
            or any(a.side is None for a in after)
            or _TAIL_FORWARD_AS_RE.search(text, max(0, after[0].start - 12), after[0].start) is None
            or _TAIL_FORWARD_VERB_RE.match(text, after[0].end) is None
        ):
            continue
        for slot in places:
            if slot.mention.place_id not in covered:
                add(slot, side, "captured", m.start(), slot.mention.end, "tail_forward")
                covered.add(slot.mention.place_id)


def _drop_earlier_taker(out: list[ControlStatement]) -> list[ControlStatement]:
    """Drop a capture said in a relative clause of the past when another side's capture of the
    place stands ("troops seized X from rebels *who had captured it*", "took X, *which rebels
    had* captured"): the last holder is the statement."""
    past = [_TAIL_HAD_RE.search(s.evidence) is not None for s in out]
    return [
        s
        for s, old in zip(out, past, strict=True)
        if not (
            old
            and s.action == "captured"
            and any(
                o.place_id == s.place_id
                and o.action == "captured"
                and o.controller != s.controller
                and not other_old
                for o, other_old in zip(out, past, strict=True)
            )
        )
    ]


# --------------------------------------------------------------------------- English clause reader
# (the words of the "English clause reader" block of ``lexicon.py``: the parts of one clause that
# state control, read where the wordings above do not reach)

# "the battle for X", "fighting for the district", "rebels and troops fought over X": contested
_CEN_FIGHT_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.CLAUSE_EN_FIGHT_FOR)})\s+(?:the\s+)?", re.IGNORECASE
)
_CEN_FIGHT_KEY_RE: Final = re.compile(lx.word_search(lx.CLAUSE_EN_FIGHT_FOR))
# "X, once an IS bastion", "X, formerly the rebels' main stronghold": lost by the side named
_CEN_ONCE_RE: Final = re.compile(
    rf"\s*,\s*(?:{lx.alternation(lx.CLAUSE_EN_ONCE)}),?\s+(?:an?|the)\s+"
    rf"(?:(?:{lx.alternation(lx.APPOSITION_QUALIFIERS)})\s+){{0,2}}"
    rf"(?:{_SIDE_GROUP})(?:['’]s?)?(?:\s*{lx.DASH}\s*(?:held|controlled))?\s+"
    rf"(?:(?:{lx.alternation(lx.APPOSITION_QUALIFIERS)})\s+)?"
    rf"(?:{lx.alternation(lx.APPOSITION_NOUNS)})\b",
    re.IGNORECASE,
)
_CEN_ONCE_KEY_RE: Final = re.compile(
    lx.word_search(word + r",?\s+(?:an?|the)\s" for word in lx.CLAUSE_EN_ONCE)
)
# "X, the first district to be recaptured by the army", "X was the latest town to have been
# seized by IS": captured by the agent
_CEN_RANK_RE: Final = re.compile(
    rf"{_SET_OFF_APPOS}(?:\s*,\s*|\s*,?\s+(?:was|is|became|has\s+become)\s+)(?:the|its)\s+"
    rf"(?:{lx.alternation(lx.CLAUSE_EN_RANKS)})\s+(?:(?-i:[a-z])[\w-]*\s+)?"
    rf"(?:{lx.alternation(lx.PLACE_NOUNS)})s?\s+(?:(?:in|of)\s+[^,;.]{{1,40}}?\s+)?"
    rf"to\s+(?:be|have\s+been)\s+(?:{lx.alternation(lx.CLAUSE_EN_RANK_PARTICIPLES)})\s+by\s+"
    rf"(?:the\s+)?(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)
_CEN_RANK_KEY_RE: Final = re.compile(
    lx.word_search(r"to\s+(?:be|have\s+been)\s+" + p for p in lx.CLAUSE_EN_RANK_PARTICIPLES)
)
# "soldiers celebrate in X after recapturing it": the subject, a verb of one to three words and
# a preposition (or a verb that takes the place itself: "troops patrol X") before the place
_CEN_SUBJECT_TO_PLACE_RE: Final = re.compile(
    # (the subject's own word after a backer's name: "Turkish-backed *Syrian* fighters")
    rf"(?:\s+(?-i:{lx.alternation(lx.ACTOR_PREFIXES)}))?"
    r"\s+(?:(?-i:[a-z])[\w-]*\s+){0,2}?(?:(?-i:[a-z])[\w-]*\s+"
    r"(?:in|inside|into|at|through|across|around|on\s+the\s+streets\s+of|in\s+the\s+streets\s+of)"
    r"|patrol(?:s|led|ling)?|tour(?:s|ing)?|comb(?:s|ing)?|search(?:es|ing)?|sweep(?:s|ing)?"
    r"|enter(?:s|ed|ing)?)"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*['’]s\s+)?$"
)
# what may follow a place before a phrase about it: its kind, the city it lies in, a day
_CEN_PLACE_TAIL: Final = (
    rf"(?:\s+(?:{lx.alternation(lx.PLACE_NOUNS)}))?"
    r"(?:\s+(?:in|of)\s+(?:(?:eastern|western|northern|southern)\s+)?(?-i:[A-Z])[\w'’-]+)?"
    r"(?:,\s+Syria\b)?"
    r"(?:,?\s+(?:on\s+)?(?:(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?-i:[A-Z])[a-z]+"
    r"(?:\s+\d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
)
# "having captured it", "after having seized it"
_CEN_HAVING: Final = rf"having\s+{lx.alternation(lx.CLAUSE_EN_HAVING_IT)}"
# after the place: its tail, then the gerund and "it"
_CEN_GERUND_IT_RE: Final = re.compile(
    _CEN_PLACE_TAIL + rf"\s*,?\s+(?:(?:{lx.alternation(lx.CLAUSE_EN_GERUND_CUES)})\s+"
    rf"(?P<gerund>{lx.alternation(lx.CLAUSE_EN_GERUNDS_IT)}|{_CEN_HAVING})|(?P<having>{_CEN_HAVING}))"
    rf"{lx.CLAUSE_EN_CONTROL_OF_IT}\s+it(?:\s+back)?"
    r"(?=[\s,.;:]|$)(?!\s+(?:was|is|had|has|would|will)\b)",
    re.IGNORECASE,
)
# "walk in X after it was recaptured by the army", "... after the district was recaptured from
# rebels": "it" (or a noun of its kind) the place, right after it; its agent, or the side it
# was taken from
_CEN_IT_PASSIVE_RE: Final = re.compile(
    _CEN_PLACE_TAIL + rf"\s*,?\s+(?:{lx.alternation(lx.CLAUSE_EN_IT_CUES)})\s+"
    rf"(?:it|the\s+(?:{lx.alternation(lx.ANAPHOR_ADJECTIVES)}\s+)*"
    rf"(?P<noun>{lx.alternation(lx.CLAUSE_EN_IT_NOUNS)}))\s+"
    rf"{lx.alternation(lx.CLAUSE_EN_IT_AUXILIARIES)}\s+"
    r"(?:(?:fully|completely|finally|recently|eventually)\s+)?"
    rf"(?:{lx.alternation(lx.CLAUSE_EN_RANK_PARTICIPLES)})(?:\s+back)?"
    rf"(?:\s+from\s+(?:the\s+)?(?P<from>{_ACTOR.replace('?P<', '?P<f_')}))?"
    r"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day|\s+(?:last|this)\s+\w+)?"
    rf"(?:\s+by\s+(?:the\s+)?(?P<actor>{_ACTOR}))?",
    re.IGNORECASE,
)
_CEN_IT_PASSIVE_KEY_RE: Final = re.compile(
    lx.word_search(
        [
            rf"(?:it|{lx.alternation(lx.CLAUSE_EN_IT_NOUNS)})\s+"
            rf"{lx.alternation(lx.CLAUSE_EN_IT_AUXILIARIES)}\s"
        ]
    )
)
# "Ramouseh, a district they seized last month": the place as the object of a relative whose
# subject refers back to the sentence's side
_CEN_PRONOUN_RELATIVE_RE: Final = re.compile(
    rf"\s*,\s*(?:an?|the)\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:{lx.alternation(lx.PLACE_NOUNS)})\s+"
    r"(?:(?:that|which)\s+)?(?:they|the\s+group|the\s+fighters)"
    r"(?:\s+(?:had|have|has|now|only|just|finally|recently|eventually)){0,2}\s+"
    rf"(?:(?P<capture>{_CAPTURE_VERB})|(?P<hold>held|controlled|hold|control))\b",
    re.IGNORECASE,
)
_CEN_GERUND_KEY_RE: Final = re.compile(
    lx.word_search(
        [
            *(
                cue + r"\s+" + lx.alternation(lx.CLAUSE_EN_GERUNDS_IT)
                for cue in lx.CLAUSE_EN_GERUND_CUES
            ),
            r"having\s+" + lx.alternation(lx.CLAUSE_EN_HAVING_IT),
        ]
    )
)


def _clause_en_rules(
    cap: _Caption, add: _Add, low: str, covered: set[str], gallery_date: str = ""
) -> None:
    """The parts of one English clause that state control in orders the rules above do not read,
    for places no other rule has read.

    Contested: a fight for the place named right after it ("during the battle for X", "rebels
    and troops fought over X"; not one wanted, won or past: "vowed to fight for X", "after the
    battle for X"). Lost: an apposition that puts a side's hold in the past ("X, once an IS
    bastion"). Captured: a rank among the places a side took ("X, the first district to be
    recaptured by the army"), a gerund whose "it" is the place the sentence's subject stands in
    ("soldiers celebrate in X after recapturing it"). A hedge, as everywhere, makes none.
    """
    if _CEN_FIGHT_KEY_RE.search(low) is not None:
        _clause_en_fight(cap, add, covered)
    if _CEN_ONCE_KEY_RE.search(low) is not None:
        _clause_en_once(cap, add, covered)
    if _CEN_RANK_KEY_RE.search(low) is not None:
        _clause_en_rank(cap, add, covered, gallery_date)
    if _CEN_GERUND_KEY_RE.search(low) is not None:
        _clause_en_gerund_it(cap, add, covered)
    if _CEN_IT_PASSIVE_KEY_RE.search(low) is not None:
        _clause_en_it_passive(cap, add, covered)
    if " they " in low or " the group " in low or " the fighters " in low:
        _clause_en_pronoun_relative(cap, add, covered)
    if "out against" in low:
        _held_out_rule(cap, add, covered)


def _clause_en_fight(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A fight for the place named right after it (or "the district" named before): contested."""
    _fought_for(cap, _CEN_FIGHT_RE, add, covered, "clause_en_fight")


def _fought_for(
    cap: _Caption, fight: re.Pattern[str], add: _Add, covered: set[str], rule: str
) -> None:
    """Each match of ``fight`` (words of a fight for a place) makes the places named right after
    it, or the one "the district" names before, contested; not a fight wanted, over, or for a
    place's own part ("the battle for X's airport"), nor a hedged one."""
    text = cap.text
    for m in fight.finditer(text):
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        if not places and (ana := _TAIL_FIGHT_ANAPHOR_RE.match(text, m.end())) is not None:
            target = _antecedent(cap, m.start(), ana.group("noun"))
            places = [target] if target is not None else []
        if (
            not places
            or _hedged(cap, m.start(), m.end())
            or _tail_fight_wanted(cap, m.start())
            or _POSSESSIVE_RE.match(text, places[0].mention.end) is not None
            or _TAIL_FIGHT_ENDED_RE.match(text, places[-1].mention.end) is not None
        ):
            continue
        for slot in places:
            if slot.mention.place_id not in covered:
                add(slot, "contested", "contested", m.start(), slot.mention.end, rule)
                covered.add(slot.mention.place_id)


def _clause_en_once(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """ "X, once an IS bastion": lost by that side, to the one other side its sentence names."""
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        m = _CEN_ONCE_RE.match(cap.text, slot.mention.end)
        side = _side_of(m) if m is not None else None
        if m is None or side is None or _hedged(cap, slot.mention.start, m.end()):
            continue
        after = _other_side(cap.actors_in(cap.sentence_of(slot.core)), side)
        add(slot, after, "lost", slot.mention.start, m.end(), "clause_en_once",
            from_controller=side)  # fmt: skip
        covered.add(slot.mention.place_id)


def _clause_en_rank(cap: _Caption, add: _Add, covered: set[str], gallery_date: str) -> None:
    """ "X, the first district to be recaptured by the army": captured by the agent, a past
    event (its day only where the clause states one: "... by the army on 27 November")."""
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        m = _CEN_RANK_RE.match(cap.text, slot.mention.end)
        side = _side_of(m) if m is not None else None
        if (
            m is None
            or side is None
            or _joint(cap.text, m)
            or _hedged(cap, slot.mention.start, m.end())
        ):
            continue
        stated, end = _stated_date(cap, slot.mention.start, m.end(), gallery_date)
        add(slot, side, "captured", slot.mention.start, end, "clause_en_rank",
            stated=stated or _PAST)  # fmt: skip
        covered.add(slot.mention.place_id)


def _clause_en_gerund_it(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """ "Soldiers celebrate in X after recapturing it": the subject's side took X.

    Only where the subject (one side's fighters) stands right before a short verb and its
    preposition ("celebrate in", "walk through") or a verb that takes the place ("patrol"), so
    that "it" has no other noun to refer to; not when the side named after "from" is the
    subject's own.
    """
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered or slot.mention.precision == "city":
            continue
        m = _CEN_GERUND_IT_RE.match(text, slot.mention.end)
        if m is None:
            continue
        sentence = cap.sentence_of(slot.core)
        subject = [
            a
            for a in cap.actors_in(sentence, slot.mention.start)
            if not a.modifier and not a.civilian and not a.speaker
        ]
        if not subject or subject[-1].side is None:
            continue
        side = _single_side(subject)
        if (
            side is None
            or _CEN_SUBJECT_TO_PLACE_RE.fullmatch(text, subject[-1].end, slot.mention.start) is None
            or _hedged(cap, subject[-1].start, m.end())
        ):
            continue
        end = m.end()
        loser = ""
        frm = _FROM_RE.match(text, end)
        if frm is not None:
            loser = _side_of_group(frm, "f_") or ""
            end = frm.end()
        if loser == side:
            continue
        gerund = m.start("gerund") if m.group("gerund") is not None else m.start("having")
        add(slot, side, "captured", gerund, end, "clause_en_gerund",
            from_controller=loser)  # fmt: skip
        covered.add(slot.mention.place_id)


def _clause_en_it_passive(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """ "Fighters walk in X after it was recaptured by the army": "it" is the place named right
    before its cue (its kind, city and day aside), taken by the agent.

    "it" may be a definite noun of the place's kind ("in X after *the district* was recaptured
    by troops"), and the agent left out where the side taken from is named ("after the district
    was recaptured from rebels"): as for "X, retaken from rebels", the one other side its
    sentence names took it, else the side named lost it (``unknown``).
    """
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered or slot.mention.precision == "city":
            continue
        m = _CEN_IT_PASSIVE_RE.match(text, slot.mention.end)
        if m is None or (m.group("actor") is None and m.group("from") is None):
            continue
        noun = m.group("noun")
        if noun is not None and slot.mention.precision not in lx.ANAPHOR_KINDS.get(
            noun.lower(), frozenset()
        ):
            continue  # ("in Aleppo after the district was ...": another place)
        loser = (_side_of_group(m, "f_") or "") if m.group("from") else ""
        if m.group("actor") is not None:
            side = _side_of(m)
            joint = _joint(text, m)
        else:
            sentence = cap.sentence_of(m.start())
            side = _other_side(cap.actors_in(sentence), loser) if loser else None
            joint = _JOINT_RE.match(text, m.end("from")) is not None
        if side is None or joint or loser == side or _hedged(cap, slot.mention.start, m.end()):
            continue
        action = "lost" if side == "unknown" else "captured"
        add(slot, side, action, slot.mention.start, m.end(), "clause_en_it_passive",
            from_controller=loser)  # fmt: skip
        covered.add(slot.mention.place_id)


def _clause_en_pronoun_relative(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """ "Rebel fighters rest in X, a district they seized last month": the relative's "they" is
    the one side its sentence names before the place (captured, or held with "held")."""
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        m = _CEN_PRONOUN_RELATIVE_RE.match(text, slot.mention.end)
        if m is None or (
            m.group("capture") is not None
            and m.group("capture").split()[0].lower() in lx.ENTRY_ONLY_VERBS
        ):
            continue
        before = [
            a
            for a in cap.actors_in(cap.sentence_of(slot.core), slot.mention.start)
            if not a.modifier and not a.civilian and not a.speaker
        ]
        side = _single_side(before)
        if side is None or any(a.side is None for a in before):
            continue
        if _hedged(cap, slot.mention.start, m.end()):
            continue
        action = "captured" if m.group("capture") is not None else "held"
        add(slot, side, action, slot.mention.start, m.end(), "clause_en_relative")
        covered.add(slot.mention.place_id)


# ------------------------------------------- more kinds: flags, losses, pronouns, halves (s23)

# A subject pronoun or a left-out subject at its sentence's start, after a lead word only
# ("*Puis* ils ont repris X", "*Luego* tomaron X"), and the auxiliaries of a left-out subject
# ("*Hanno* ripreso il quartiere").
_KINDS_LEAD_RE: Final = re.compile(
    rf"[\s\"'«„“]*(?:(?:{lx.alternation(lx.KINDS_SUBJECT_LEADS)})\s*,?\s+)?", re.IGNORECASE
)
_KINDS_DROPPED_LEAD_RE: Final = re.compile(
    rf"[\s\"'«„“]*(?:(?:{lx.alternation(lx.KINDS_SUBJECT_LEADS)})\s*,?\s+)?"
    rf"(?:(?:{lx.alternation(lx.KINDS_DROPPED_AUXILIARIES)})\s+)?",
    re.IGNORECASE,
)


def _kinds_previous_side(cap: _Caption, sentence: int) -> str | None:
    """The side a subject left out or a pronoun opening ``sentence`` refers back to: the one
    side the sentence before names, when it opens that sentence ("Les rebelles ont attaqué à
    l'aube. Ils ont repris X"); none when that sentence names two sides ("Les rebelles et l'armée
    se sont affrontés") or opens with someone else ("Des habitants fuient les rebelles")."""
    if sentence == 0:
        return None
    text = cap.text
    p_start, p_end = cap.sentences[sentence - 1]
    named = [n for n in _WORLD_SIDE_RE.finditer(text, p_start, p_end) if _world_side(n)]
    sides = {_world_side(n) for n in named} | {
        a.side for a in cap.actors_in(sentence - 1) if not a.modifier
    }
    if not named or len(sides) != 1 or None in sides:
        return None
    if len(text[p_start : named[0].start()].split()) > 2:
        return None
    spans = _world_side_spans(cap, p_start, p_end)
    if not spans or spans[0][0] != named[0].start():
        return None  # (the side opens no clause: "Contre les rebelles, ...")
    return spans[0][2]


def _kinds_pronoun_side(cap: _Caption, pos: int) -> str | None:
    """The side of a subject pronoun at ``pos`` ("Ils", "Sie", "Они") that opens its sentence
    (see :func:`_kinds_previous_side`), or ``None``."""
    text = cap.text
    sentence = cap.sentence_of(pos)
    s_start = cap.sentences[sentence][0]
    if _KINDS_LEAD_RE.fullmatch(text, s_start, pos) is None:
        return None
    return _kinds_previous_side(cap, sentence)


def _kinds_dropped_subject(
    cap: _Caption, verb: re.Match[str], s_start: int, *, sov: bool
) -> tuple[int, int, str] | None:
    """The subject a verb opening its sentence leaves out ("Los rebeldes atacaron al amanecer.
    *Tomaron* X", "*Hanno ripreso* il quartiere di X", Turkish "X'i *ele geçirdiler*" with the
    object first), as a span of no width at the sentence's start; ``None`` when the sentence
    names a side before the verb or another word opens it."""
    text = cap.text
    if _WORLD_SIDE_RE.search(text, s_start, verb.start()) is not None:
        return None
    pronoun = None if sov else _KINDS_INVERTED_PRONOUN_RE.match(text, verb.end())
    if pronoun is not None:
        # the pronoun after its verb, one phrase before them ("Dann eroberten *sie* X", "Am
        # Sonntag eroberten *sie* X")
        lead = text[s_start : verb.start()]
        if "," in lead or len(lead.split()) > 3:
            return None
        side = _kinds_previous_side(cap, cap.sentence_of(verb.start()))
        return None if side is None else (pronoun.start(1), pronoun.end(1), side)
    if sov:
        first = next((s for s in cap.slots if s_start <= s.mention.start < verb.start()), None)
        if first is None or _KINDS_LEAD_RE.fullmatch(text, s_start, first.mention.start) is None:
            return None
    elif _KINDS_DROPPED_LEAD_RE.fullmatch(text, s_start, verb.start()) is None:
        return None
    side = _kinds_previous_side(cap, cap.sentence_of(verb.start()))
    return None if side is None else (s_start, s_start, side)


# a speaker after a side's name ("курдские *источники*", "*fuentes* kurdas" is before it)
_KINDS_SPEAKER_AFTER_RE: Final = re.compile(
    rf"\s*(?:{lx.alternation(lx.KINDS_SPEAKER_NOUNS)})(?!\w)", re.IGNORECASE
)


# a German, Spanish or Portuguese subject pronoun right after its verb ("Dann eroberten *sie* X")
_KINDS_INVERTED_PRONOUN_RE: Final = re.compile(
    r"\s+(?-i:(sie|ellos|eles))(?!\w)(?!\s+(?:wurde|wurden|war|waren)\b)", re.IGNORECASE
)


# ------------------------------------------------- a capture verb's object must be the place
# (read backwards from the place to the verb: "a repris *le contrôle du quartier stratégique de*
# X" reaches the verb; "a pris des photos *dans* le quartier de X", "tomaron la carretera *hacia*
# X", "nahmen Zivilisten *in* X mit", "des prisonniers *de* X" do not)

_OBJECT_TOKEN_RE: Final = re.compile(r"[^\W\d_]+['’]?|\d+|[^\s\w]")


def _object_words(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern that fullmatches one of ``words``, in any case."""
    return re.compile(lx.alternation(words), re.IGNORECASE)


_OBJECT_ARTICLE_RE: Final = _object_words(lx.OBJECT_ARTICLES)
_OBJECT_PLACE_RE: Final = _object_words(lx.OBJECT_PLACE_NOUNS)
_OBJECT_OF_RE: Final = _object_words(lx.OBJECT_OF_PREPOSITIONS)
_OBJECT_ADVERBIAL_RE: Final = _object_words(lx.OBJECT_ADVERBIAL_PREPOSITIONS)
_OBJECT_NEAR_RE: Final = _object_words(lx.OBJECT_NEAR_ADJECTIVES)
_OBJECT_JOINER_RE: Final = _object_words(lx.OBJECT_LIST_JOINERS)
_OBJECT_FROM_SIDE_RE: Final = _object_words(lx.OBJECT_FROM_SIDE)
_OBJECT_TIME_RE: Final = _object_words(lx.OBJECT_TIME_WORDS)
# an Arabic place noun with its "in" joined to it ("*بحي* X", "*بمدينة* X"), and the article and
# "and" a noun may carry ("*وال*مدينة")
_OBJECT_AR_IN_RE: Final = re.compile(rf"[وف]?ب(?:ال)?{lx.alternation(lx.OBJECT_PLACE_NOUNS)}")
_OBJECT_AR_PREFIX_RE: Final = re.compile(r"[وف]?(?:ال)?(?=[\u0600-\u06ff]{2})")
# the "under" of a control ("взяли *под* контроль", "*sous* contrôle"): part of the verb
_OBJECT_UNDER_RE: Final = re.compile(r"под|під|pod|sous|bajo|sotto|sob|unter|onder|تحت", re.I)
_OBJECT_CONTROL_RE: Final = re.compile(
    r"(?:ال)?سيطرة|contrôle|control\w*|kontrol\w*|контрол\w*|свой|свій|полный|повний|ihre|seine",
    re.IGNORECASE,
)
# a Spanish or Italian "a", a German "um" before the place or its article ("el acceso *a* X",
# "*a la* ciudad", "Stellungen *um* X", "*um die* Stadt"), not the Portuguese article
# ("tomaram *a* cidade", "*um* bairro")
_OBJECT_TO_NEXT_RE: Final = re.compile(
    r"la|el|los|las|l['’]|il|lo|gli|die|den|das|der", re.IGNORECASE
)


# the preposition an Arabic verb governs ("الفصائل تتحكم *ب*حي X", "تتحكم *في* حي X")
_OBJECT_GOVERNED_RE: Final = re.compile(r"\s*(?:في\s+|ب)")
# a German or Dutch verb that ends its clause, its object before it ("die Rebellen haben X
# *erobert*", "die Armee hat X *wieder unter* ihre Kontrolle gebracht")
_OBJECT_VERB_LAST_RE: Final = re.compile(
    r"(?:zurück)?erobert|befreit|eingenommen|wieder|unter|(?:her|ver)overd|ingenomen|bevrijd",
    re.IGNORECASE,
)


def _object_tokens(cap: _Caption, bound: int, place_at: int) -> list[tuple[str, str]]:
    """The words between a verb's object start ``bound`` and the place at ``place_at``, each
    with its kind: ``mention`` (another place), ``side``, ``article``, ``place`` (a place noun
    or control), ``of``, ``adverbial``, ``near``, ``and``, ``skip`` (quotes, dashes), ``time``
    (a day, an adverb) or ``unknown``."""
    text = cap.text
    sides = [
        (m.start(), m.end())
        for m in _WORLD_SIDE_RE.finditer(text, bound, place_at)
        if _world_side(m) is not None
    ]
    raw = list(_OBJECT_TOKEN_RE.finditer(text, bound, place_at))
    out: list[tuple[str, str]] = []
    last_mention: int | None = None
    for n, tok in enumerate(raw):
        word = tok.group(0)
        mention = next(
            (
                s.mention.start
                for s in cap.slots
                if s.mention.start < tok.end() and tok.start() < s.mention.end
            ),
            None,
        )
        if mention is not None:
            if mention != last_mention:
                out.append(("mention", word))
            last_mention = mention
            continue
        last_mention = None
        nxt = raw[n + 1].group(0) if n + 1 < len(raw) else ""
        after_mention = bool(out) and out[-1][0] == "mention"
        bare = _OBJECT_AR_PREFIX_RE.sub("", word, count=1)
        if any(a <= tok.start() < b for a, b in sides):
            kind = "side"
        elif word == "," or (
            _OBJECT_JOINER_RE.fullmatch(word) is not None
            and (after_mention or word.lower() not in ("en", "i"))
        ):
            kind = "and"
        elif _OBJECT_UNDER_RE.fullmatch(word) is not None:
            ahead = [t.group(0) for t in raw[n + 1 : n + 3]]
            kind = (
                "article"
                if any(_OBJECT_CONTROL_RE.fullmatch(w) is not None for w in ahead)
                else "adverbial"
            )
        elif word.lower() in ("a", "um") and (
            n + 1 == len(raw) or _OBJECT_TO_NEXT_RE.fullmatch(nxt)
        ):
            kind = "adverbial"
        elif _OBJECT_PLACE_RE.fullmatch(bare) is not None:
            kind = "place"
        elif word.lower() == "de" and _OBJECT_PLACE_RE.fullmatch(nxt) is not None:
            kind = "article"  # (the Dutch article: "heeft *de* stad X veroverd")
        elif _OBJECT_ARTICLE_RE.fullmatch(bare) is not None:
            kind = "article"
        elif _OBJECT_OF_RE.fullmatch(word) is not None:
            kind = "of"
        elif (
            _OBJECT_ADVERBIAL_RE.fullmatch(word) is not None
            or _OBJECT_AR_IN_RE.fullmatch(word) is not None
        ):
            kind = "adverbial"
        elif _OBJECT_NEAR_RE.fullmatch(bare) is not None:
            kind = "near"
        elif not word[0].isalnum():
            kind = "skip"
        elif _OBJECT_TIME_RE.fullmatch(word) is not None:
            kind = "time"
        else:
            kind = "unknown"
        out.append((kind, word))
    return out


def _object_reaches(cap: _Caption, bound: int, place_at: int, *, after_verb: bool = True) -> bool:
    """Whether the place at ``place_at`` is the object of the verb whose object may start at
    ``bound`` (the verb's end where ``after_verb``; else the subject's end, the verb after the
    place, "die Rebellen haben X erobert"): reached through articles, counts, place and control
    nouns and their complements ("le contrôle du quartier stratégique de X", "la estratégica
    localidad de X", "взяли под контроль район X"), a side it was taken from ("a repris aux
    rebelles le quartier de X"), the places of a list before it, or words before all those
    (a day: "ont repris jeudi le quartier de X"); not a place in an adverbial phrase ("des
    photos *dans* le quartier de X", "la carretera *hacia* X", "склад оружия *в районе* X"), in
    another noun's complement ("des prisonniers *de* X", "дорогу *на* X"), or next to a place
    ("le village *voisin de* X")."""
    if place_at <= bound:
        return True
    toks = _object_tokens(cap, bound, place_at)
    i = len(toks) - 1
    while i >= 0:
        kind = toks[i][0]
        if kind in ("article", "place", "skip"):
            i -= 1
        elif kind == "mention":
            # (a place before in a list or as a complement's head goes on; one right before
            # another phrase starts the object: "in X *den Stadtteil* Y")
            if i + 1 < len(toks) and toks[i + 1][0] not in ("and", "of"):
                return True
            i -= 1
        elif kind == "and":
            # (a list of places: "X, Y et Z" is as its first; else the object starts here)
            if i > 0 and toks[i - 1][0] in ("mention", "place"):
                i -= 1
            else:
                return True
        elif kind == "of":
            if all(k in ("skip", "time") for k, _ in toks[:i]):
                return after_verb  # (the verb's own: "s'est emparée *du* quartier de X")
            head = toks[i - 1][0]
            if head in ("place", "mention", "article", "side", "and"):
                i -= 1
                continue
            if head != "unknown":
                return False
            # (an adjective after its place noun: "le quartier *stratégique* de X")
            j = i - 1
            while j >= 0 and toks[j][0] == "unknown" and i - j <= 2:
                j -= 1
            if j < 0 or toks[j][0] != "place":
                return False
            i = j
        elif kind == "side":
            # (the side it was taken from: "a repris *aux rebelles* le quartier de X")
            while i >= 0 and toks[i][0] in ("side", "article"):
                i -= 1
            if i >= 0 and _OBJECT_FROM_SIDE_RE.fullmatch(toks[i][1]) is not None:
                i -= 1
        elif kind in ("unknown", "time"):
            # (an adjective or a day after an article: "la *estratégica* localidad de X", "el
            # *domingo* el barrio de X"; else the words before the object: "jeudi le quartier")
            j = i
            while j >= 0 and toks[j][0] in ("unknown", "time") and i - j < 2:
                j -= 1
            if j < 0 or toks[j][0] != "article":
                return True
            i = j
        else:
            return False  # (adverbial, near)
    return True


# A half of a city right after a verb ("contrôlent *la moitié d'*Alep", "على *نصف مدينة* حلب")
_KINDS_HALF_RE: Final = re.compile(rf"\s*(?:(?:{lx.alternation(lx.HALF_OF)}))", re.IGNORECASE)


def _kinds_half_object(cap: _Caption, obj_start: int) -> tuple[_Slot, int] | None:
    """The city or town whose half is the object at ``obj_start`` ("la moitié d'Alep", "die
    Hälfte Aleppos", "half of Aleppo"), with the end of its name; else ``None``."""
    half = _KINDS_HALF_RE.match(cap.text, obj_start)
    if half is None:
        return None
    city = next(
        (
            s
            for s in cap.slots
            if half.start() < s.mention.start <= half.end() < s.mention.end
            or s.mention.start == half.end()
        ),
        None,
    )
    if city is None or city.mention.precision not in lx.PART_OF_KINDS:
        return None
    return city, city.mention.end


# English: a side that holds or took half of a city ("rebels hold half of Aleppo", "IS seized
# about half of X")
_KINDS_HALF_EN_VERB_RE: Final = re.compile(
    r"(?<!\w)(?:(?P<hold>hold|holds|held|control|controls|controlled|occupy|occupies|occupied)"
    r"|(?P<take>took|take|takes|seized|seize|seizes|captured|capture|captures|retook|retake"
    r"|retakes|recaptured|overran|conquered))\s+(?:(?:roughly|about|nearly|almost|around|over"
    r"|more\s+than|still|now)\s+)*(?=(?:the\s+|a\s+)?(?:(?:eastern|western|northern|southern)\s+)?"
    r"half\s+of)",
    re.IGNORECASE,
)
# a half of a city held, said after the city ("the eastern half of the city of X, held by
# rebels", "la moitié est d'X est tenue par les rebelles")
_KINDS_HALF_HELD_AFTER_RE: Final = re.compile(
    r"\s*,?\s*(?:(?:which\s+(?:is|was|has\s+been)|that\s+is|now|still|is|are|has\s+been)\s+)*"
    r"(?:(?:still|now)\s+)?(?:held|controlled|occupied)\s+by\s+",
    re.IGNORECASE,
)
# the words of a rally, where a flag raised or waved says nothing of a place's control
_KINDS_RALLY_RE: Final = re.compile(
    r"(?<!\w)(?:rall(?:y|ies)|protest\w*|demonstrat\w*|manifest\w*|funeral|wav(?:e|es|ed|ing)"
    r"|Kundgebung\w*|Demonstr\w*|marcha|concentración|(?:ال)?مظاهر\w*|(?:ال)?م?تظاهر\w*"
    r"|(?:ال)?محتج\w*|احتجاج\w*|(?:ال)?مسير\w*|митинг\w*"
    r"|miting\w*|gösteri\w*)",
    re.IGNORECASE,
)
_KINDS_FLAG_OWNER: Final = "|".join(f"(?P<f_{side}>{p})" for side, p in lx.FLAG_OWNERS)
# the place after a flag's preposition, with its article and noun ("over *the town of* X", "sur
# *la ville d'*X", "في *حي* X")
_KINDS_FLAG_PLACE: Final = (
    rf"\s+(?:{lx.alternation(lx.FLAG_PLACE_PREPOSITIONS)})\s*"
    r"(?:(?:the|la|le|el|il|die|der|den|dem|l['’])\s*)?(?:(?:town|city|village|district"
    r"|neighbou?rhood|ville|localité|quartier|ciudad|pueblo|barrio|localidad|città|villaggio"
    r"|quartiere|Stadt|Dorf|Viertel|Stadtteil|حي|مدينة|بلدة|قرية|город\w*|сел\w*|квартал\w*)"
    r"\s+(?:of\s+|de\s+|d['’]\s*|del\s+|di\s+)?)?"
)
_KINDS_FLAG_ACTIVE_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.FLAG_RAISE_VERBS)})\s+(?:\S+\s+){{0,4}}?(?:{_KINDS_FLAG_OWNER})"
    rf"(?:\s+(?:again|once\s+more|de\s+nouveau|otra\s+vez|erneut|مجددا|снова))?{_KINDS_FLAG_PLACE}",
    re.IGNORECASE,
)
_KINDS_FLAG_PASSIVE_RE: Final = re.compile(
    rf"(?<!\w)(?:{_KINDS_FLAG_OWNER})\s+(?:{lx.alternation(lx.FLAG_RAISED_PASSIVES)})"
    rf"(?:\s+(?:again|once\s+more|de\s+nouveau|otra\s+vez))?{_KINDS_FLAG_PLACE}",
    re.IGNORECASE,
)
# German: the passive's participle after the place ("die türkische Flagge wurde über X
# *gehisst*")
_KINDS_FLAG_DE_PASSIVE_RE: Final = re.compile(
    rf"(?<!\w)(?:{_KINDS_FLAG_OWNER})\s+(?:wurde|wurden|ist)\s+(?:\w+\s+){{0,2}}?"
    r"(?:über|in|auf)\s+(?:(?:der|dem|den)\s+)?(?:(?:Stadt|Dorf|Viertel|Stadtteil|Ort)\s+)?",
    re.IGNORECASE,
)
_KINDS_DE_HOISTED_AFTER_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:gehisst|aufgezogen)(?:\s+worden)?(?!\w)", re.IGNORECASE
)
# Turkish: the flag raised after the place in the locative ("X'te Türk bayrağı dikildi")
_KINDS_FLAG_TR_RE: Final = re.compile(
    r"['’]?(?:[dt][ae](?:ki)?)?\s+(?:\w+\s+){0,2}?"
    rf"(?:{_KINDS_FLAG_OWNER})\s+(?:yeniden\s+|tekrar\s+)?(?:{lx.alternation(lx.FLAG_TR_RAISED)})"
    r"(?!\w)",
    re.IGNORECASE,
)
_KINDS_FLAG_KEY_RE: Final = re.compile(
    r"flag|drapeau|bandera|bandeira|bandiera|flagge|fahne|bayrağ|علم|راية|رايت|флаг|прапор",
    re.IGNORECASE,
)
# a place followed by its possessive: a part of it is meant ("over Aleppo's citadel")
_KINDS_POSSESSIVE_AFTER_RE: Final = re.compile(r"['’]s\b")


def _kinds_flag_side(cap: _Caption, m: re.Match[str], date: str) -> str | None:
    """The side a flag raised stands for: its owner's ("the Turkish flag": the rebels), or the
    subject's for "their flag" (the one side the clause names before it); the Syrian national
    and revolution flags only up to :data:`lexicon.FLAG_NATIONAL_UNTIL`. ``None`` when the
    clause's subject is of another side ("Kurdish fighters raised the Syrian flag")."""
    owner = next((side for side, _ in lx.FLAG_OWNERS if m.group(f"f_{side}") is not None), None)
    if owner is None:
        return None
    text = cap.text
    flag_at = m.start(f"f_{owner}")
    if (
        owner in ("government", "rebels")
        and date
        and date > lx.FLAG_NATIONAL_UNTIL
        and re.search(r"turk|türk|турец|تركي", m.group(f"f_{owner}"), re.IGNORECASE) is None
    ):
        return None  # (the revolution flag is the national one after the Assad government)
    sentence = cap.sentence_of(m.start())
    s_start = cap.sentences[sentence][0]
    bounds = [b.end() for b in _WORLD_CLAUSE_END_RE.finditer(text, s_start, m.start())]
    c_start = max([s_start, *bounds])
    subjects = {side for _, _, side in _world_side_spans(cap, c_start, flag_at)} | {
        a.side for a in cap.actors if c_start <= a.start and a.end <= flag_at and not a.modifier
    }
    if owner == "own":
        return subjects.pop() if len(subjects) == 1 and None not in subjects else None
    if owner == "national":
        return "government" if subjects == {"government"} else None
    if any(side != owner for side in subjects):
        return None
    return owner


def _kinds_flag_rules(cap: _Caption, add: _Add, covered: set[str], date: str) -> None:
    """A flag raised over a place: a capture by the flag's side ("troops raised the Syrian flag
    over X", "the Turkish flag was raised over X", "IS militants raised their black flag over
    X", "X'te Türk bayrağı dikildi"); not a flag seen, burned or waved, nor one raised at a
    rally."""
    text = cap.text
    found: list[tuple[re.Match[str], _Slot]] = []
    for regex in (_KINDS_FLAG_ACTIVE_RE, _KINDS_FLAG_PASSIVE_RE, _KINDS_FLAG_DE_PASSIVE_RE):
        for m in regex.finditer(text):
            # (the place's noun may be in its name: "فوق *حي هنانو*")
            after = next(
                (
                    s
                    for s in cap.slots
                    if s.mention.start == m.end()
                    or m.start() < s.mention.start <= m.end() < s.mention.end
                ),
                None,
            )
            if after is not None and (
                regex is not _KINDS_FLAG_DE_PASSIVE_RE
                or _KINDS_DE_HOISTED_AFTER_RE.match(text, after.mention.end) is not None
            ):
                found.append((m, after))
    if "bayrağ" in text.lower():
        for slot in cap.slots:
            tr = _KINDS_FLAG_TR_RE.match(text, slot.mention.end)
            if tr is not None:
                found.append((tr, slot))
    for m, slot in found:
        if slot.mention.place_id in covered:
            continue
        s_start, s_end = cap.sentences[cap.sentence_of(m.start())]
        if _KINDS_RALLY_RE.search(text, s_start, s_end) is not None:
            continue
        if _KINDS_POSSESSIVE_AFTER_RE.match(text, slot.mention.end) is not None:
            continue
        side = _kinds_flag_side(cap, m, date)
        begin, end = min(m.start(), slot.mention.start), max(m.end(), slot.mention.end)
        if (
            side is None
            or _hedged(cap, begin, end)
            or _WORLD_HEDGE_RE.search(text, max(s_start, begin - 30), end) is not None
        ):
            continue
        add(slot, side, "captured", begin, end, "flag")
        covered.add(slot.mention.place_id)


def _kinds_half_rules(cap: _Caption, add: _Add) -> None:
    """Half of a city held or taken, in English ("rebels hold half of Aleppo") and, in every
    language, held after the city ("the eastern half of the city of Aleppo, held by rebels", "la
    moitié est d'Alep est tenue par les rebelles"): extent ``part`` (the whole city gets no
    statement)."""
    text = cap.text
    for verb in _KINDS_HALF_EN_VERB_RE.finditer(text):
        taken = _kinds_half_object(cap, verb.end())
        if taken is None:
            continue
        city, end = taken
        sentence = cap.sentence_of(verb.start())
        taker = _single_side(cap.actors_in(sentence, verb.start()))
        # (not _hedged up to the city: its degree, "half of", is this phrase's own part)
        if taker is None or taker not in lx.SIDES or _hedged(cap, verb.start(), verb.end()):
            continue
        action = "held" if verb.group("hold") is not None else "captured"
        add(city, taker, action, verb.start(), end, "part", extent="part")
    for half in _KINDS_HALF_RE.finditer(text):
        held = _kinds_half_object(cap, half.start()) if half.end() > half.start() else None
        if held is None:
            continue
        city, end = held
        after = _KINDS_HALF_HELD_AFTER_RE.match(text, end)
        side: str | None = None
        stop = end
        if after is not None:
            actor = next((a for a in cap.actors if a.start == after.end()), None)
            if actor is not None and not actor.modifier:
                side, stop = actor.side, actor.end
        elif (post := _WORLD_POST_RE.match(text, end)) is not None and (
            post.group("held") and len(post.group("gap")) <= 14
        ):
            side, stop = _world_side(post), post.end()
        if side is None or side not in lx.SIDES or _hedged_around(cap, half.start(), stop):
            continue
        add(city, side, "held", half.start(), stop, "part", extent="part")


def _kinds_more_rules(cap: _Caption, add: _Add, low: str, covered: set[str], date: str) -> None:
    """The flags raised over places and the halves of cities held (each behind its own cheap
    word test)."""
    if _KINDS_FLAG_KEY_RE.search(low) is not None:
        _kinds_flag_rules(cap, add, covered, date)
    if _KINDS_HALF_RE.search(low) is not None and any(
        w in low for w in ("half", "moitié", "mitad", "metade", "metà", "hälfte", "نصف", "половин")
    ):
        _kinds_half_rules(cap, add)


def _kinds_drop_whole_in_half(out: list[ControlStatement]) -> list[ControlStatement]:
    """Without the whole holdings read inside a half's phrase ("half of *Aleppo, held by
    rebels*": the half is held, not the city)."""
    halves = [
        s
        for s in out
        if s.extent == "part" and _KINDS_HALF_RE.search(s.evidence.lower()) is not None
    ]
    return [
        s
        for s in out
        if s.extent == "part"
        or not any(
            h.place_id == s.place_id
            and h.evidence_start <= s.evidence_start
            and s.evidence_end <= h.evidence_end
            for h in halves
        )
    ]


# --------------------------------------------------------------------------- round 23: nominal
# Captures said as nouns with their side, and the defenders of a place (the words in
# ``lexicon.NOMINAL23_*``), for the places no rule before has read.

_N23_ANAPHOR: Final = (
    r"the\s+(?:[a-z]+\s+)?(?P<noun>city|town|village|district|neighbou?rhood|area)\b"
    r"(?!\s+of\b|['’])"
)
# "residents celebrated the Syrian government regaining control of the city": a capture gerund
# whose subject is the side named right before it, after a cue of a past event
_N23_GERUND_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.CAPTURE_NOUN_CUES)}\s+(?:the\s+)?(?P<actor>{_ACTOR})\s+"
    rf"(?P<gerund>{lx.alternation(lx.NOMINAL23_SUBJECT_GERUNDS)})\s+(?:(?P<ana>{_N23_ANAPHOR})"
    r"|(?=\S))",
    re.IGNORECASE,
)
_N23_GERUND_KEY_RE: Final = re.compile(
    rf"\b{lx.alternation(lx.NOMINAL23_SUBJECT_GERUNDS)}\b", re.IGNORECASE
)
# "after the town's fall to the rebels", "since the city's capture by the army": a place's
# anaphor owns the capture noun, its side after "to" / "by"
_N23_ANAPHOR_NOMINAL_RE: Final = re.compile(
    r"\bthe\s+(?P<noun>city|town|village|district|neighbou?rhood)['’]s\s+"
    r"(?:(?:reported|recent|latest|swift|rapid|final)\s+)?"
    rf"(?P<cnoun>{lx.alternation(lx.CAPTURE_NOUNS)})\b(?!\s+of\b|[-‑–]){lx.NOMINAL_DAY_GAP}",
    re.IGNORECASE,
)
# "the Kurdish defenders of Kobani" / "of the town"
_N23_DEFENDERS_OF_RE: Final = re.compile(
    rf"(?P<actor>{_ACTOR})\s+{lx.alternation(lx.NOMINAL23_DEFENDER_NOUNS)}\s+of\s+"
    rf"(?:(?P<ana>{_N23_ANAPHOR})|(?=\S))",
    re.IGNORECASE,
)
# "Kobani's Kurdish defenders" (right after the place)
_N23_DEFENDERS_AFTER_RE: Final = re.compile(
    rf"['’]s?\s+(?P<actor>{_ACTOR})\s+{lx.alternation(lx.NOMINAL23_DEFENDER_NOUNS)}\b",
    re.IGNORECASE,
)
# "Kurdish fighters defend X", "YPG units, who are defending X", "Kurds who defend their town,
# X" (the Kurds who defend a town are its fighters)
_N23_DEFEND_RE: Final = re.compile(
    rf"(?:(?P<actor>{_ACTOR})|(?P<kurds>Kurds)(?=\s+who\b))\s*,?\s+(?:(?:who|that)\s+)?"
    rf"(?<!\bto\s)(?:{lx.alternation(lx.NOMINAL23_DEFEND_VERBS)})\s+"
    r"(?:(?:their|its)\s+(?:own\s+|home\s+)?(?P<noun>town|city|village|district|neighbou?rhood)"
    r"(?:\s+of|\s*,)?\s+|(?=\S))",
    re.IGNORECASE,
)
# a siege said of the defended place after it ("defend X, which IS hopes to put under siege",
# "defend X, besieged by IS"): the siege rules read who holds it
_N23_SIEGE_AFTER_RE: Final = re.compile(
    r"\s*,\s*(?:which|that|where|now|still|long)?[^.;:!?]{0,60}?\b(?:siege|besieg|encircl)",
    re.IGNORECASE,
)
# the other languages' defenders with their side before the place
_N23_WORLD_DEFENDERS_RE: Final = re.compile(
    "|".join(
        rf"(?P<d{i}>(?<!\w){pattern})\s*"
        for i, (_, pattern) in enumerate(lx.NOMINAL23_WORLD_DEFENDERS)
    ),
    re.IGNORECASE,
)
_N23_WORLD_KEY_RE: Final = re.compile(
    r"مدافع|(?<!\w)(?:verteidiger|défenseurs|defensores|difensori|защитники|savunucular|после"
    r"|після|verteidig\w*"
    rf"|{lx.alternation(lx.NOMINAL23_DE_KEEP_VERBS)}|tarafından)(?!\w)",
    re.IGNORECASE,
)
# "bisher konnten syrische Volksverteidigungseinheiten X schützen": the modal, then the side
_N23_DE_ABLE_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.NOMINAL23_DE_ABLE_VERBS)})\s+(?:die\s+|der\s+)?",
    re.IGNORECASE,
)
_N23_DE_KEEP_RE: Final = re.compile(
    rf"\s+(?:{lx.alternation(lx.NOMINAL23_DE_KEEP_VERBS)})(?!\w)", re.IGNORECASE
)
# "после освобождения города сирийской армией": a Russian or Ukrainian capture noun of "the
# city" after "after", its agent right after it (in the instrumental, or after "силами")
_N23_RU_CITY_NOUN_RE: Final = re.compile(
    rf"(?<!\w)(?:{lx.alternation(lx.NOMINAL23_RU_AFTER)})\s+"
    rf"(?:{lx.alternation(lx.NOMINAL23_RU_CITY_NOUNS)})(?!\w)\s+(?:силами\s+)?",
    re.IGNORECASE,
)
# "die Kurden, die ihre Stadt (X) verteidigen": the relative, its verb (not "verteidigen wollen")
_N23_DE_RELATIVE_RE: Final = re.compile(lx.NOMINAL23_DE_RELATIVE)
_N23_DE_DEFEND_RE: Final = re.compile(r"\s*verteidig(?:en|t|ten)(?!\w)(?!\s+woll)")
# a side's name that ends right before the relative's comma
_N23_SIDE_END_RE: Final = re.compile(rf"(?<!\w)(?:{_world_sides()})\s*$", re.IGNORECASE)
# "X'in ÖSO tarafından ele geçirilmesinin ardından": the place's genitive, the agent, the noun
_N23_TR_GENITIVE_RE: Final = re.compile(r"['’]?n?[ıiuü]n\s+", re.IGNORECASE)
_N23_TR_NOUN_RE: Final = re.compile(
    rf"\s+{lx.FOREIGN_BY_AFTER}\s+(?:{lx.alternation(lx.NOMINAL23_TR_NOUN_PASSIVES)})\s+"
    rf"(?:{lx.alternation(lx.NOMINAL23_TR_AFTER)})(?!\w)",
    re.IGNORECASE,
)


def _nominal23_rules(cap: _Caption, add: _Add, low: str, covered: set[str]) -> None:
    """Captures said as nouns and the defenders of a place, for places no rule has read:

    - a capture gerund whose subject is a side, after a cue of a past event ("residents
      celebrated the army *regaining control of* the city", "since rebels capturing X");
    - a capture noun of a city with its side named ("since the Assad government's capture of
      the city of Aleppo", "after the fall of Aleppo to the rebels"; the other kinds of place
      are read by the modifier rule);
    - a place's anaphor owning the noun ("after the town's fall to the rebels");
    - the defenders of a place with their side ("the Kurdish defenders of X", "X's Kurdish
      defenders", "Kurdish fighters defend X", "les défenseurs kurdes de X", "bisher konnten
      syrische Volksverteidigungseinheiten X schützen"): the side holds it;
    - the Turkish nominal passive with its agent ("X'in ÖSO tarafından ele geçirilmesinin
      ardından").
    """
    text = cap.text
    if _N23_GERUND_KEY_RE.search(low) is not None:
        for m in _N23_GERUND_RE.finditer(text):
            _n23_take(cap, add, covered, m, _side_of(m), m.group("noun"), "gerund")
    if "of" in low:
        _n23_city_nominals(cap, add, covered)
    if "'s" in low or "’s" in low:
        for m in _N23_ANAPHOR_NOMINAL_RE.finditer(text):
            _n23_anaphor_nominal(cap, add, covered, m)
    if "defend" in low:
        for m in _N23_DEFENDERS_OF_RE.finditer(text):
            _n23_hold(cap, add, covered, m, _side_of(m), m.group("noun"), m.end())
        for m in _N23_DEFEND_RE.finditer(text):
            side = "kurdish" if m.group("kurds") is not None else _side_of(m)
            _n23_hold(cap, add, covered, m, side, m.group("noun"), m.end())
        for slot in cap.slots:
            after = _N23_DEFENDERS_AFTER_RE.match(text, slot.mention.end)
            side = _side_of(after) if after is not None else None
            if after is None or side is None or slot.mention.place_id in covered:
                continue
            if not _hedged(cap, slot.mention.start, after.end()) and not _joint(text, after):
                add(slot, side, "held", slot.mention.start, after.end(), "modifier")
                covered.add(slot.mention.place_id)
    if _N23_WORLD_KEY_RE.search(low) is not None:
        _n23_world(cap, add, covered)


def _n23_target(cap: _Caption, m: re.Match[str], noun: str | None, pos: int) -> list[_Slot]:
    """The places a phrase ending at ``pos`` governs: those named right after it, or the one
    its anaphor ("the city") refers back to."""
    named = cap.places_after(pos, cap.sentence_of(m.start()))
    if noun is not None and not named:
        target = _antecedent(cap, m.start(), noun)
        return [] if target is None else [target]
    return named


def _n23_take(
    cap: _Caption,
    add: _Add,
    covered: set[str],
    m: re.Match[str],
    side: str | None,
    noun: str | None,
    rule: str,
) -> None:
    """A capture by ``side`` of the places the match governs (none hedged, joint or read)."""
    if side is None or _joint(cap.text, m) or _hedged(cap, m.start(), m.end()):
        return
    for each in _n23_target(cap, m, noun, m.end()):
        if each.mention.place_id not in covered:
            add(each, side, "captured", m.start(), max(m.end(), each.mention.end), rule)
            covered.add(each.mention.place_id)


def _n23_hold(
    cap: _Caption,
    add: _Add,
    covered: set[str],
    m: re.Match[str],
    side: str | None,
    noun: str | None,
    pos: int,
) -> None:
    """A holding by ``side`` (its defenders) of the places the match governs."""
    if side is None or _joint(cap.text, m) or _hedged(cap, m.start(), m.end()):
        return
    for each in _n23_target(cap, m, noun, pos):
        if _N23_SIEGE_AFTER_RE.match(cap.text, each.mention.end) is not None:
            continue  # (its siege says who holds it, as in the other languages)
        if each.mention.place_id not in covered:
            add(each, side, "held", m.start(), max(m.end(), each.mention.end), "clause")
            covered.add(each.mention.place_id)


def _n23_city_nominals(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """A capture noun of a city with its side named as its owner or after "by" / "to" ("since
    the Assad government's capture of the city of Aleppo", "after the fall of Aleppo to the
    rebels"), a past event by its cue. The modifier rule reads the other kinds of place; a city
    needs its side named in the phrase (no side from the rest of the sentence)."""
    text = cap.text
    for m in _NOMINAL_RE.finditer(text):
        sentence = cap.sentence_of(m.start())
        places = cap.places_after(m.end(), sentence)
        last = places[-1].mention.end if places else m.end()
        if not places and (ana := _NOMINAL_ANAPHOR_RE.match(text, m.end())) is not None:
            target = _antecedent(cap, m.start(), ana.group("noun"))
            places, last = ([target], ana.end()) if target is not None else ([], last)
        if not places or places[0].mention.precision != "city":
            continue
        fall = m.group("noun").lower() == "fall"
        by_to = _BY_TO_RE.match(text, last)
        if by_to is not None and (by_to.group("prep").lower() == "to") == fall:
            side, end = _side_of(by_to), by_to.end()
            if _joint(text, by_to):
                continue
        elif m.group("owner") is not None and not fall:
            side, end = _side_of_group(m, "o_"), last
        else:
            continue
        start = m.start() if m.group("owner") is not None else m.start("noun")
        if (
            side is None
            or _NOMINAL_CUE_RE.search(text, max(0, m.start() - 60), m.start()) is None
            or _hedged(cap, m.start(), end)
        ):
            continue
        for each in places:
            if each.mention.place_id not in covered:
                add(each, side, "captured", start, end, "modifier")
                covered.add(each.mention.place_id)


def _n23_anaphor_nominal(cap: _Caption, add: _Add, covered: set[str], m: re.Match[str]) -> None:
    """ "after the town's fall to the rebels": the place "the town" refers back to, taken by the
    side after "to" (a fall) or "by" (a capture), as a past event by its cue."""
    text = cap.text
    fall = m.group("cnoun").lower() == "fall"
    by_to = _BY_TO_RE.match(text, m.end())
    if by_to is None or (by_to.group("prep").lower() == "to") != fall or _joint(text, by_to):
        return
    side = _side_of(by_to)
    target = _antecedent(cap, m.start(), m.group("noun"))
    if (
        side is None
        or target is None
        or target.mention.place_id in covered
        or _NOMINAL_CUE_RE.search(text, max(0, m.start() - 60), m.start()) is None
        or _hedged(cap, m.start(), by_to.end())
    ):
        return
    add(target, side, "captured", m.start(), by_to.end(), "modifier")
    covered.add(target.mention.place_id)


def _n23_world(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """The defenders and the Turkish nominal passive in the other languages."""
    text = cap.text
    for m in _N23_WORLD_DEFENDERS_RE.finditer(text):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None)
        defender = lx.NOMINAL23_WORLD_DEFENDERS[i][0]
        slot = cap.slot_after(m.end(), cap.sentence_of(m.start()))
        if slot is None or slot.mention.place_id in covered or _n23_world_hedged(cap, m, slot):
            continue
        add(slot, defender, "held", m.start(), slot.mention.end, "clause")
        covered.add(slot.mention.place_id)
    for m in _N23_RU_CITY_NOUN_RE.finditer(text):
        named = _WORLD_SIDE_RE.match(text, m.end())
        side = _world_side(named) if named is not None else None
        target = _antecedent(cap, m.start(), "city") if side is not None else None
        if named is None or side is None or target is None or target.mention.place_id in covered:
            continue
        if not _hedged(cap, m.start(), named.end()) and not _world_noun_aimed(cap, m.start()):
            add(target, side, "captured", m.start(), named.end(), "modifier")
            covered.add(target.mention.place_id)
    for m in _N23_DE_RELATIVE_RE.finditer(text):
        _n23_de_relative(cap, add, covered, m)
    for m in _N23_DE_ABLE_RE.finditer(text):
        named = _WORLD_SIDE_RE.match(text, m.end())
        side = _world_side(named) if named is not None else None
        if named is None or side is None:
            continue
        slot = cap.slot_after(named.end(), cap.sentence_of(m.start()))
        keep = _N23_DE_KEEP_RE.match(text, slot.mention.end) if slot is not None else None
        if slot is None or keep is None or slot.mention.place_id in covered:
            continue
        if (
            not _hedged(cap, m.start(), keep.end())
            and _WORLD_HEDGE_RE.search(text, m.start(), keep.end()) is None
        ):
            add(slot, side, "held", m.start(), keep.end(), "clause")
            covered.add(slot.mention.place_id)
    for slot in cap.slots:
        if slot.mention.place_id in covered:
            continue
        gen = _N23_TR_GENITIVE_RE.match(text, slot.mention.end)
        named = _WORLD_SIDE_RE.match(text, gen.end()) if gen is not None else None
        side = _world_side(named) if named is not None else None
        noun = _N23_TR_NOUN_RE.match(text, named.end()) if named is not None else None
        if side is None or noun is None:
            continue
        if (
            not _hedged(cap, slot.mention.start, noun.end())
            and _WORLD_HEDGE_RE.search(text, slot.mention.start, noun.end()) is None
        ):
            add(slot, side, "captured", slot.mention.start, noun.end(), "modifier")
            covered.add(slot.mention.place_id)


def _n23_de_relative(cap: _Caption, add: _Add, covered: set[str], m: re.Match[str]) -> None:
    """ "die Kurden, die ihre Stadt (X) verteidigen": the side before the comma holds the town
    named in the relative, or else the one town or city named before it."""
    text = cap.text
    s_start = cap.sentences[cap.sentence_of(m.start())][0]
    named = _N23_SIDE_END_RE.search(text, max(s_start, m.start() - 60), m.start())
    side = _world_side(named) if named is not None else None
    slot = cap.slot_after(m.end(), cap.sentence_of(m.start()))
    if slot is not None and slot.core > m.end() + 2:
        slot = None
    verb = _N23_DE_DEFEND_RE.match(text, slot.mention.end if slot is not None else m.end() - 1)
    if slot is None:
        slot = _antecedent(cap, m.start(), "city")
    if (
        side is None
        or named is None
        or verb is None
        or slot is None
        or slot.mention.place_id in covered
        or _hedged(cap, named.start(), verb.end())
        or _WORLD_HEDGE_RE.search(text, named.start(), verb.end()) is not None
    ):
        return
    add(slot, side, "held", named.start(), max(verb.end(), slot.mention.end), "clause")
    covered.add(slot.mention.place_id)


def _n23_world_hedged(cap: _Caption, m: re.Match[str], slot: _Slot) -> bool:
    """Whether the defenders' phrase up to ``slot`` is hedged or negated."""
    end = slot.mention.end
    return (
        _hedged(cap, m.start(), end)
        or _WORLD_HEDGE_RE.search(cap.text, m.start(), min(len(cap.text), end + 30)) is not None
    )


# ----------------------------------------------------------- parts of the caption's one city

_LONE_PART_RE: Final = re.compile(
    rf"\s+{lx.alternation(lx.LONE_PART_NOUNS)}(?:{lx.LONE_PART_IN_CITY})?"
    rf"(?={lx.alternation(lx.LONE_PART_AFTER)})",
    re.IGNORECASE,
)
_LONE_PART_KEY_RE: Final = re.compile(
    rf"(?:held|controlled)\s+{lx.alternation(lx.LONE_PART_NOUNS)}\b"
    rf"|{lx.alternation(lx.WORLD_LONE_PART_KEYS)}",
    re.IGNORECASE,
)
_LONE_CITY_LEFT_RE: Final = re.compile(
    rf"(?:{lx.LONE_CITY_LEFT})|(?<!\w)(?:{lx.LONE_CITY_NEAR})", re.IGNORECASE
)
_LONE_MOTION_RE: Final = re.compile(rf"\b{lx.LONE_MOTION_BEFORE}", re.IGNORECASE)
_WORLD_LONE_MOTION_RE: Final = re.compile(rf"(?<!\w){lx.WORLD_LONE_MOTION_BEFORE}", re.IGNORECASE)
# every side's Chinese and Japanese names (no group: a phrase may hold one)
_CJK_SIDES: Final = "|".join(
    pattern for table in (lx.WORLD_ZH_SIDES, lx.WORLD_JA_SIDES) for _, pattern in table
)
_WORLD_LONE_PART_RES: Final = tuple(
    (
        side,
        re.compile(
            pattern.replace("{side}", rf"(?:{_world_sides()})(?!\w)").replace(
                "{cjk}", rf"(?:{_CJK_SIDES})"
            ),
            re.IGNORECASE,
        ),
    )
    for side, pattern in lx.WORLD_LONE_PARTS
)


def _lone_city(text: str, every: Sequence[ControlMention]) -> ControlMention | None:
    """The caption's one city or town (:data:`~aleppomap.control.lexicon.LONE_CITY_KINDS`),
    the place a side's parts named with no place belong to; ``None`` when it names none, two,
    or a village besides (whose parts they may be), or names the city only as a place left
    ("fled the city of X", :data:`~aleppomap.control.lexicon.LONE_CITY_LEFT`) or one the parts
    lie near ("près d'X", :data:`~aleppomap.control.lexicon.LONE_CITY_NEAR`)."""
    cities = {m.place_id: m for m in every if m.precision in lx.LONE_CITY_KINDS}
    if len(cities) != 1 or any(m.precision == "village" for m in every):
        return None
    city = next(iter(cities.values()))
    for m in every:
        if m.place_id == city.place_id and _LONE_CITY_LEFT_RE.search(
            text, max(0, m.start - 60), m.start
        ):
            return None
    return city


def _lone_part_phrases(cap: _Caption) -> list[tuple[int, int, str]]:
    """The side-held parts a caption names with no place after them (start, end, side): an
    English modifier before a part noun ("from *rebel-held areas* on Dec. 15", "towards the
    *government-held side*", "*rebel-held neighbourhoods* in the embattled city"), and the
    phrases of :data:`~aleppomap.control.lexicon.WORLD_LONE_PARTS` in the other languages. Not
    a former holding, a siege, nor the object of a capture ("retook the rebel-held areas"),
    nor a hedged phrase."""
    text = cap.text
    out: list[tuple[int, int, str]] = []
    for m in _modifiers(cap):
        verb = (m.group("verb") or m.group("verb2") or "").lower()
        part = _LONE_PART_RE.match(text, m.end())
        side = _side_of(m)
        if (
            part is None
            or side is None
            or m.group("former")
            or verb in _PART_NOT_HELD
            or verb in _SIEGE_MODIFIERS
            or _capture_verb_before(cap, m.start()) is not None
            or _hedged(cap, m.start(), m.end())  # (its part noun is no degree: "parts")
        ):
            continue
        out.append((m.start(), part.end(), side))
    if not _WORLD_LONE_KEY_RE.search(text):
        return out
    for fixed, pattern in _WORLD_LONE_PART_RES:
        for m in pattern.finditer(text):
            sides = {fixed} if fixed else {side for _, _, side in _lone_sides(text, m)}
            if len(sides) != 1 or _hedged(cap, m.start(), m.end()):
                continue
            if _WORLD_HEDGE_RE.search(text, max(0, m.start() - 40), m.start()) is not None:
                continue  # (an aim: "in een poging wijken in handen van X te heroveren")
            if _WORLD_LONE_MOTION_RE.search(text, max(0, m.start() - 12), m.start()) is not None:
                continue  # (parts reached: "توجهنا إلى المناطق الخاضعة لسيطرة ...")
            out.append((m.start(), m.end(), sides.pop()))
            joined = _WORLD_LONE_AND_BY_RE.match(text, m.end())
            other = _WORLD_SIDE_RE.match(text, joined.end()) if joined is not None else None
            if other is not None and (side := _world_side(other)) is not None:
                # ("secteurs tenus par le régime *et par les rebelles*": each side's parts)
                out.append((m.start(), other.end(), side))
    return out


# a second holder joined to a part's first ("tenus par le régime *et par* les rebelles")
_WORLD_LONE_AND_BY_RE: Final = re.compile(
    r"\s+(?:et\s+par|y\s+por|e\s+pel[oa]s?|e\s+da(?:i|gli|lle|l)?|und\s+(?:von|der)|en\s+door)\s+",
    re.IGNORECASE,
)


_WORLD_LONE_KEY_RE: Final = re.compile(lx.alternation(lx.WORLD_LONE_PART_KEYS), re.IGNORECASE)


def _lone_sides(text: str, m: re.Match[str]) -> list[tuple[int, int, str]]:
    """The sides a phrase of :data:`_WORLD_LONE_PART_RES` names (its ``{side}``)."""
    found = [
        (s.start(), s.end(), side)
        for s in _WORLD_SIDE_RE.finditer(text, m.start(), m.end())
        if (side := _world_side(s)) is not None
    ]
    return found or _cjk_sides(text, m.start(), m.end())


def _finer_place_before(
    text: str, every: Sequence[ControlMention], city: ControlMention, start: int, end: int
) -> bool:
    """Whether the place named last before a part phrase in its sentence is a finer one than
    the city ("snipers on rooftops in *X's old city*, keeping troops from rebel-controlled
    areas": the areas may be X's parts), unless the phrase names the city itself ("rebel-held
    neighbourhoods *in the embattled city*")."""
    if text[start:end].rstrip().lower().endswith("city"):
        return False
    s_start = _sentence_span(text, start)[0]
    before = [m for m in every if s_start <= m.start and m.end <= start]
    if not before:
        return False
    last = max(before, key=lambda m: m.end)
    return last.place_id != city.place_id and last.precision not in lx.LONE_CITY_KINDS


def _with_lone_city_parts(
    text: str, every: Sequence[ControlMention], out: list[ControlStatement], date: str
) -> list[ControlStatement]:
    """``out`` and a statement of ``extent`` ``part`` on the caption's one city or town (see
    :func:`_lone_city`) for each side-held part the caption names with no place after it
    (:func:`_lone_part_phrases`: "the evacuation of fighters from rebel-held areas", "les
    quartiers tenus par les rebelles", "政府軍控制的城區"), unless a statement already says
    that side holds (part of) it or the part lies inside another statement's phrase. A part
    never makes a statement of the whole city."""
    if not _LONE_PART_KEY_RE.search(text) or (city := _lone_city(text, every)) is None:
        return out
    cores = [_container_core(text, m) if m.cue in CONTEXT_CUES else m for m in every]
    cap = _Caption(text, cores, ())
    said = {(s.place_id, s.controller) for s in out}
    added: list[ControlStatement] = []
    for start, end, side in _lone_part_phrases(cap):
        if (city.place_id, side) in said or any(
            s.controller == side
            and (s.evidence_start <= start < s.evidence_end or start <= s.evidence_start < end)
            for s in out
        ):
            continue
        if _finer_place_before(text, every, city, start, end):
            continue
        if _LONE_MOTION_RE.search(text, max(0, start - 60), start) is not None and not any(
            s.place_id == city.place_id and s.extent == "part" for s in [*out, *added]
        ):
            continue  # ("residents fled to rebel-held areas": perhaps outside the city)
        said.add((city.place_id, side))
        added.append(
            ControlStatement(
                place_id=city.place_id,
                place=city.place or city.matched or city.place_id,
                matched=city.matched or text[city.start : city.end],
                controller=side,
                action="held",
                from_controller="",
                besieged_by="",
                date=date,
                date_source="caption",
                evidence=text[start:end],
                evidence_start=start,
                evidence_end=end,
                rule="part",
                extent="part",
            )
        )
    if not added:
        return out
    return sorted([*out, *added], key=lambda s: (s.evidence_start, s.place_id))


# ------------------------------------------------- a side's positions or stronghold in a city

_SIDE_POSITIONS_IN_RE: Final = re.compile(
    rf"(?P<actor>{_ACTOR}){lx.SIDE_POSITIONS_IN}", re.IGNORECASE
)
_SIDE_POSITION_HELD_RE: Final = re.compile(
    rf"{lx.SIDE_POSITION_HELD}(?:the\s+)?(?P<actor>{_ACTOR})", re.IGNORECASE
)
# the place a held position lies in, later in its clause ("... was shelled by regime forces
# *in the neighborhood of* X")
_POSITION_LIES_IN_RE: Final = re.compile(
    r"[^.;:!?]{0,80}?\bin\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:neighbou?rhood|district|city|town)"
    r"\s+of\s+)?",
    re.IGNORECASE,
)
_POSITION_PART_KINDS: Final = frozenset({"city", "town", "neighbourhood", "district"})
_WORLD_STRONGHOLD_IN_RES: Final = tuple(
    re.compile(pattern.replace("{side}", rf"(?:{_world_sides()})"), re.IGNORECASE)
    for pattern in lx.WORLD_STRONGHOLD_IN
)


def _side_positions_in_rule(cap: _Caption, add: _Add) -> None:
    """A side's positions or stronghold in a place, a part of it the side holds (``extent``
    ``part``): "the army pounded *rebel positions across* X" (a city, town or neighbourhood:
    "regime positions in the X area"), "a nearby
    *position held by* rebels was shelled *in the neighborhood of* X" (also a neighbourhood),
    "*מעוז המורדים העיקרי ב*X" (the rebels' main stronghold in X). Not positions a capture
    took ("rebels overran army positions in X"), nor a former or hedged one."""
    text = cap.text
    found: list[tuple[int, int, str, _Slot]] = []
    for m in _SIDE_POSITIONS_IN_RE.finditer(text):
        slot = cap.slot_after(m.end(), cap.sentence_of(m.start()))
        side = _side_of(m)
        if (
            slot is not None
            and side is not None
            and slot.core == m.end()
            and slot.mention.precision in lx.SIDE_POSITION_KINDS
            and not _joint(text, m)
        ):
            found.append((m.start(), slot.mention.end, side, slot))
    for m in _SIDE_POSITION_HELD_RE.finditer(text):
        side = _side_of(m)
        lies = _POSITION_LIES_IN_RE.match(text, m.end())
        if side is None or lies is None or _joint(text, m):
            continue
        slot = cap.slot_after(lies.end(), cap.sentence_of(m.start()))
        if (
            slot is not None
            and slot.core == lies.end()
            and slot.mention.precision in _POSITION_PART_KINDS
        ):
            found.append((m.start(), slot.mention.end, side, slot))
    for rx in _WORLD_STRONGHOLD_IN_RES:
        for m in rx.finditer(text):
            sides = {side for *_, side in _world_side_spans(cap, m.start(), m.end())}
            slot = cap.slot_after(m.end(), cap.sentence_of(m.start()))
            if (
                len(sides) == 1
                and slot is not None
                and slot.mention.start == m.end()
                and slot.mention.precision in lx.LONE_CITY_KINDS
            ):
                found.append((m.start(), slot.mention.end, sides.pop(), slot))
    for start, end, side, slot in found:
        if (
            _hedged(cap, start, start + 1)
            or _FORMER_BEFORE_POSITIONS_RE.search(text, max(0, start - 30), start) is not None
            or _capture_verb_before(cap, start) is not None
        ):
            continue
        add(slot, side, "held", start, end, "part", extent="part")


# ------------------------------------------------------- shares of a place, Chinese, Japanese

_CJK_SHARE_AFTER_RE: Final = re.compile(lx.CJK_SHARE_AFTER)
_ZH_SHARE_TAKEN_RE: Final = re.compile(lx.ZH_SHARE_TAKEN)
_JA_SHARE_TAKEN_RE: Final = re.compile(lx.JA_SHARE_TAKEN)
# a side named as the holder before, not the subject ("*由*反政府武装控制", "*被*叛军占据")
_CJK_HOLDER_BEFORE_RE: Final = re.compile(r"(?:由|被|原由)$")
# the subject of a Japanese sentence, its topic ("シリア政府軍*らは*")
_JA_TOPIC_RE: Final = re.compile(r"(?:ら|など)?(?:は|が)")
# a Japanese hedge after the verb ("奪還*しようとしている*", "奪還*できなかった*")
_JA_SHARE_HEDGE_RE: Final = re.compile("|".join(lx.WORLD_JA_HEDGES))


def _cjk_share_subject(text: str, begin: int, verb: int, *, ja: bool) -> str | None:
    """The side that takes a share, named before its verb in ``text[begin:verb]``: in Chinese
    the first one not named as the holder before ("*由*反政府武装控制的"), in Japanese the
    topic ("政府軍*は*"); ``None`` when none is, or two sides are."""
    sides: set[str] = set()
    for start, end, side in _cjk_sides(text, begin, verb):
        if _CJK_HOLDER_BEFORE_RE.search(text, max(begin, start - 2), start) is not None:
            continue
        if ja and (_JA_TOPIC_RE.match(text, end) is None or text.startswith("が支配", end)):
            continue
        sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def _cjk_shares(
    text: str, every: Sequence[ControlMention], out: list[ControlStatement], date: str
) -> list[ControlStatement]:
    """Shares of a place in Chinese and Japanese: a holding or capture said of a place a share
    of which follows it ("反体制派が支配してきたX東部*の約40%*") is of ``extent`` ``part``; a
    share taken ("政府军*已收复*原由反对派控制的*80%以上的区域*", "X東部*の約40%を奪還*") is a
    capture of part of its place by the side that is the sentence's subject (the place named
    right before a Japanese share, else the caption's one city). A share never makes a
    statement of the whole place."""
    if "%" not in text and "％" not in text:
        return out
    marked = [
        replace(s, extent="part")
        if s.extent == "whole"
        and any(
            m.place_id == s.place_id
            and s.evidence_start <= m.start < s.evidence_end + 1
            and _CJK_SHARE_AFTER_RE.match(text, m.end) is not None
            for m in every
        )
        else s
        for s in out
    ]
    added: list[ControlStatement] = []
    for rx, ja in ((_ZH_SHARE_TAKEN_RE, False), (_JA_SHARE_TAKEN_RE, True)):
        for m in rx.finditer(text):
            begin = _sentence_span(text, m.start())[0]
            side = _cjk_share_subject(text, begin, m.start("verb"), ja=ja)
            if ja:
                place = next((p for p in every if p.end == m.start()), None)
            else:
                place = _lone_city(text, every)
            if side is None or place is None or place.precision not in _SHARE_KINDS:
                continue
            if (
                _WORLD_HEDGE_RE.search(text, begin, m.end()) is not None
                or _ZH_HEDGE_RE.search(text, begin, m.end()) is not None
                or (ja and _JA_SHARE_HEDGE_RE.search(text, m.end(), m.end() + 12) is not None)
                or any(
                    (s.place_id, s.controller, s.action) == (place.place_id, side, "captured")
                    for s in marked
                )
            ):
                continue  # (hedged: "可能收复"; or said already)
            start = min(place.start, m.start()) if ja else m.start()
            added.append(
                ControlStatement(
                    place_id=place.place_id,
                    place=place.place or place.matched or place.place_id,
                    matched=place.matched or text[place.start : place.end],
                    controller=side,
                    action="captured",
                    from_controller="",
                    besieged_by="",
                    date=date,
                    date_source="caption",
                    evidence=text[start : m.end()],
                    evidence_start=start,
                    evidence_end=m.end(),
                    rule="part",
                    extent="part",
                )
            )
    if not added:
        return marked
    return sorted([*marked, *added], key=lambda s: (s.evidence_start, s.place_id))


# ------------------------------------------------------------- "a rebel area of the city of X"

_REBEL_PART_OF_RE: Final = re.compile(
    rf"\b(?<!former\s)(?:rebel|opposition)(?=\s+{lx.alternation(lx.REBEL_PART_NOUNS)}"
    r"\s+(?:of|in|inside)\b)",
    re.IGNORECASE,
)
# a province or countryside named by the city's name ("the rebel part of *X province*")
_REGION_AFTER_RE: Final = re.compile(
    r"\s*(?:province|governorate|countryside|region)\b", re.IGNORECASE
)


def _rebel_part_of_rule(cap: _Caption, add: _Add) -> None:
    """The rebels' own adjective before a part of a place ("airstrikes on *a rebel area of* the
    war-torn city of X", "the opposition districts of X"): the rebels hold part of it (``extent``
    ``part``, the place as :func:`_part_of` finds it); not a province named by the city ("the
    rebel part of X province"), nor a part a capture took or a hedged one."""
    text = cap.text
    for m in _REBEL_PART_OF_RE.finditer(text):
        sentence = cap.sentence_of(m.start())
        slot = _part_of(cap, m.end(), sentence)
        if (
            slot is None
            or _REGION_AFTER_RE.match(text, slot.mention.end) is not None
            or _hedged(cap, m.start(), m.end())
            or _capture_verb_before(cap, m.start()) is not None
            or _after_capture(cap, m.start(), slot)
        ):
            continue
        add(slot, "rebels", "held", m.start(), slot.mention.end, "modifier", extent="part")


# "the *rebel* eastern districts of Aleppo", "rebel east Aleppo": the rebels' bare adjective
# before the gazetteer's side of a city (not "former rebel", nor a hyphen: "rebel-held")
_REBEL_REGION_BEFORE_RE: Final = re.compile(
    rf"(?<![\w-])(?<!former\s)(?<!formerly\s){lx.alternation(lx.REBEL_ADJECTIVES)}\s+$",
    re.IGNORECASE,
)
_REBEL_REGION_BEARING_RE: Final = re.compile(
    rf"{lx.alternation(lx.REBEL_REGION_BEARINGS)}\b", re.IGNORECASE
)


def _rebel_region_rule(cap: _Caption, add: _Add) -> None:
    """The rebels' own adjective right before the gazetteer's side of a city ("the rebel eastern
    districts of Aleppo", "of the city", "rebel east Aleppo"): the rebels hold it (``held``, as
    "rebel-held eastern Aleppo" says). Not a side a capture took ("troops retook the rebel
    eastern districts": who held it before), one that held out against the rebels, a former
    one, or a hedged one."""
    text = cap.text
    for slot in cap.slots:
        start = slot.mention.start
        if (
            slot.mention.precision not in lx.REGION_KINDS
            or _REBEL_REGION_BEARING_RE.match(text, start) is None
        ):
            continue
        m = _REBEL_REGION_BEFORE_RE.search(text, max(0, start - 20), start)
        if m is None:
            continue
        held_out = _HELD_OUT_RE.match(text, slot.mention.end)
        if (
            (held_out is not None and _side_of(held_out) == "rebels")
            or _hedged(cap, m.start(), slot.mention.end)
            or _capture_verb_before(cap, m.start()) is not None
        ):
            continue
        end = held_out.end() if held_out is not None else slot.mention.end
        add(slot, "rebels", "held", m.start(), end, "modifier")


# "X, which has held out against government forces", "the districts that have held out against
# the army": the side named after it attacks X (the tail of a place and a day may stand between)
_HELD_OUT_RE: Final = re.compile(
    r"(?:\s+(?:in|of)\s+(?:the\s+)?(?:city|town)|\s+in\s+(?-i:[A-Z])[\w'’-]+)?"
    r"\s*,?\s+(?:(?:which|that)\s+)?(?:(?:has|have|had)\s+)?(?:long\s+|so\s+far\s+)?"
    rf"{lx.HELD_OUT_AGAINST}\s+(?:the\s+)?(?P<actor>{_ACTOR})",
    re.IGNORECASE,
)


def _held_out_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """ "X, which has held out against government forces": the one other side its sentence names
    as a fighter holds X (none when it names no other side, or two); not a city whole, nor a
    hedged one."""
    text = cap.text
    for slot in cap.slots:
        if slot.mention.place_id in covered or slot.mention.precision == "city":
            continue
        m = _HELD_OUT_RE.match(text, slot.mention.end)
        side = _side_of(m) if m is not None else None
        if (
            m is None
            or side is None
            or _joint(text, m)
            or _hedged(cap, slot.mention.start, m.end())
        ):
            continue
        holder = _other_side(cap.actors_in(cap.sentence_of(slot.core)), side)
        if holder == "unknown":
            continue
        add(slot, holder, "held", slot.mention.start, m.end(), "clause_en_held_out")
        covered.add(slot.mention.place_id)


# --- East, session 23: an Arabic aim to retake a place from a side ---------------------------

_AR_AIM_RE: Final = re.compile(
    rf"(?<![\w])(?:{lx.alternation(lx.AR_AIM_LEADS)})(?P<noun>{lx.alternation(lx.AR_AIM_NOUNS)})"
    r"(?!\w)"
)
# "from" (and the hands) right before the side the place would be taken from
_AR_AIM_FROM_RE: Final = re.compile(rf"\s*من\s+(?:(?:{lx.alternation(lx.AR_AIM_FROM_HANDS)})\s+)?$")
# an aim already done or given up before it ("*بعد* معركة لاستعادتها"): no holding now
_AR_AIM_DONE_RE: Final = re.compile(r"(?<!\w)(?:بعد|عقب|إثر|اثر|فشل|فشلت)(?!\w)")


def _ar_aim_rule(cap: _Caption, add: _Add, covered: set[str]) -> None:
    """An Arabic aim to take a place from a side ("لاستعادة مدينة X من تنظيم الدولة"; the place
    as the noun's pronoun, "تستعد مدينة X لمعركة ... لاستعادتها من تنظيم الدولة"): the side it
    would be taken from holds it (``held``, as :func:`_aim_rule` reads "to retake X from IS").
    The place is the first named right after the noun, or for the pronoun the one place its
    sentence names before it; the side is the one right after "من" (and "قبضة", "سيطرة" ...) that
    follows. Not an aim said after "بعد" (done) or a failure, nor a hedged one."""
    text = cap.text
    for m in _AR_AIM_RE.finditer(text):
        sentence = cap.sentence_of(m.start())
        s_start, s_end = cap.sentences[sentence]
        pronoun = m.group("noun").endswith("ها")
        if pronoun:
            before = {
                s.mention.place_id: s
                for s in cap.slots
                if s_start <= s.mention.start
                and s.mention.end <= m.start()
                and s.mention.precision != "city"
            }
            if len(before) != 1:
                continue
            slot, obj_end = next(iter(before.values())), m.end()
        else:
            after = sorted(
                (s for s in cap.slots if m.end() <= s.mention.start < min(s_end, m.end() + 30)),
                key=lambda s: s.mention.start,
            )
            if not after:
                continue
            slot, obj_end = after[0], after[0].mention.end
        # (the side after "from", which :func:`_world_side_spans` leaves out as no subject)
        named = _WORLD_SIDE_RE.search(text, obj_end, min(s_end, obj_end + 40))
        side = _world_side(named) if named is not None else None
        if named is None or side is None:
            continue
        if (
            _AR_AIM_FROM_RE.search(text, obj_end, named.start()) is None
            or slot.mention.place_id in covered
            or _hedged(cap, m.start(), m.end())
            or _AR_AIM_DONE_RE.search(text, max(s_start, m.start() - 30), m.start()) is not None
        ):
            continue
        add(slot, side, "held", m.start(), named.end(), "aim")
