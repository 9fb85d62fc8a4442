"""The day each photo was taken, from its caption (or an explicit ``date`` column).

A caption states the day in news style: ``Dec. 14``, ``Dec.13``, ``December 14``,
``14 December``, ``Dec. 12, 2016``, ``early Dec. 10``, ``Tuesday, Dec. 13``,
``Sept. 3``, an ISO ``2016-12-12``, an unambiguous ``28/12/2016`` (with dots, the day
first: ``08.02.2023``; one that reads either way, ``12/06/2012``, the day first outside
English and none in English), or only a weekday:
``on Monday``, ``early Tuesday``, ``Monday night``, ``on friday``, and ``October, 15,
2012`` (a stray comma, read only with its year). Other languages write the day before the
month (``le 3 juin 2014``, ``3 de junio de 2014``, ``3. Juni 2014``, ``27 Aralık 2016``,
``23 أيلول``, ``12 ديسمبر/كانون الأول``, ``١٣ كانون الأول ٢٠١٦``); a range of days is
read as its first day (``11-12 December``, ``tra il 13 e il 14 dicembre``). The months of
Slovak, Czech, Polish, Serbian, Russian, Ukrainian, Greek, Swedish and Danish captions
(``20. apríla 2022``, ``20 kwietnia 2022``, ``12 ноября 2022 года``, ``15 січня``, ``8
Φεβρουαρίου 2023``, ``5 maj 2023``) and Chinese, Japanese and Korean days (``2018年4月16日``,
``4月16日``, ``4월 16일``) are read like the rare wordings below, where no other day is stated.

A day may also be said relative to the gallery's date (``yesterday``, ``last night``,
``today``, ``gestern``, ``ayer``, ``ieri``, ``dün``, ``önceki gün``, ``bugün``, ``أمس``) or by a
weekday in another language (``am Freitag``, ``vendredi``, ``el viernes``, ``venerdì``,
``Cuma günü``, ``الجمعة``). These are weaker statements than a stated day: they are
read only where the caption states no day with its month (or in numbers), or, the English
ones, before its first English weekday. "Smoke rises over Aleppo yesterday" is the day
before the gallery's; "Smoke rises over Aleppo yesterday, after the army took the old city
on Dec. 7" is Dec. 7 (agencies state the photo's day when they state any). Their words are
looked for only in captions that a few substring tests let through (``_may_be_rare``):
the words of French, Spanish, Italian, Turkish and Arabic (and German "gestern") only in
captions with letters beyond ASCII, or with a short word of those languages between spaces
("de", "di", "el", "il", "le", "la", "les", "des", "ad", "der", "ve", "ile", "bir", or
"bugun": a caption written without accents, "Ribelli siriani nel quartiere di Salaheddine
ieri"; Turkish months and weekdays are read without their letters too: "15 Aralik 2016",
"Carsamba"; so are "marco" for "março" and "Marz" for "März"). A month abbreviated in another
language is read with its full stop, before an agency's name in brackets or before a year
("12 dic 2016", "12. Dez 2016", "12 Ara. 2016", "3 Şub 2016"), and between hyphens with its
day and year ("12-Dec-2016", "12-DEC-16", "12-dic-2016"). French "hier" alone is read only
in a caption with a French letter or word and no German or Dutch word (where "hier" is
"here").

The same holds for the weekdays and relative days of Portuguese, Dutch, Greek, Russian,
Ukrainian, Polish, Romanian, Hungarian, Indonesian, Vietnamese and Persian (``nesta
sexta-feira``, ``vrijdagavond``, ``την Παρασκευή``, ``в пятницу``, ``у п'ятницю``, ``w
piątek``, ``vineri``, ``pénteken``, ``pada Jumat``, ``hôm thứ Sáu``, ``روز جمعه``; ``ontem``,
``gisteren``, ``χθες``, ``вчера``, ``wczoraj``, ``tegnap``, ``kemarin``, ``hôm qua``,
``دیروز``), of Chinese, Japanese and Korean, written with no space around them (``星期五``,
``周五``, ``金曜日``, ``금요일``, ``昨天``, ``昨日``, ``어제``), and for the parts of today
(``this morning``, ``ce matin``, ``esta mañana``, ``stamattina``, ``bu sabah``, ``صباح
اليوم``). None is a day after "every" ("every Friday", "jeden Freitag", "κάθε Παρασκευή",
"每周五"), nor "today" meaning nowadays: said with "is" ("Aleppo today is a city of ruins",
"ist heute zerstört", "Сегодня Алеппо — город руин") or opening a sentence after one that
states a year ("... in 2012. Today traders rebuild it"), nor "今天的" (today's). Words that are
something else besides a weekday are read only where they are one: the Greek ordinals
(Τρίτη, "third", not before "εβδομάδα"), the saints (Αγία Παρασκευή), Russian "среду" (not
"окружающую среду"), Romanian "luni" and Arabic "اليوم" (also "months", "the day") only
closing a clause.

The **first** date mention of the caption is the photo's date (later ones tell the story:
"Dec. 12. The army recaptured the neighborhood on Dec. 12 ..."), except that

- a line giving the day the picture was taken ("Picture taken December 13, 2016",
  "Photo taken on Dec. 13") wins wherever it stands; so does a day stated with its year on a
  line or as a sentence of its own that closes the caption ("... The mosque fell.\n23
  February 2013", "... モスクが崩れた。2013年2月23日", "... ausgebrochen. (7. Februar 2023)"),
  after a first sentence that dated the event; not a day in numbers with its year first
  ("... 2024.12.04."), the day a Korean agency sent the picture (see :func:`_closing_line`);
- a combination of pictures ("This combination of pictures ... shows X on March 3, 2013
  and Y on Dec. 14, 2016") takes the latest day shown in its sentence (not the day the
  combination was "created on"); so do two or more days each followed by where its
  picture stands ("el 16 de abril de 2013 (arriba) y el 24 de abril de 2016 (abajo)"),
  or one such day and another stated with its year in its sentence ("il 12 marzo 2009 (a
  sinistra) e il 13 dicembre 2016");
- two days of different years joined by "and" ("photographed on 9 August 2010 and
  13 December 2016", "le 9 août 2010 et le 13 décembre 2016") are a pair of pictures: the
  later day;
- a first day that is the day the picture was released ("In this photo released on Dec. 14
  by SANA, ... Dec. 13", "Handout-Foto vom 13.12.2016 zeigt ... am 12.12.2016") gives way
  to the next day of its sentence on or before it;
- a release day alone ("In this photo provided on Wednesday, Jan. 3, 2018 by X, ... shows
  ...", "A handout photo made available by SANA on 12 December 2016 shows ...") is not the
  picture's: the caption states no day (a German "Handout-Foto vom 13.12.2016" is a photo of
  that day, and a FILE photo keeps it); goods "provided" or "distributed" are no picture:
  "water provided by the Red Crescent in Damascus on Jan. 10" is the picture's day;
- a relative day that bounds a state ("until yesterday", "fino a ieri", "jusqu'à hier", "bis
  gestern", "hasta ayer"; "since yesterday", "seit gestern") is no day;
- a page's stamp, a day with its year under the page's title followed by a clock time or by
  the day's own weekday ("Τρίτη, 12 Νοεμβρίου 2013 09:40", "4.9.2013 / 11:05", "جمعه 8 مرداد
  1395 - 22:02", "2 Eylül 2016 Cuma"; not "... Cuma günü"), is the day the page was
  published: its date is the page's (precision ``gallery``), and a day the body states, a
  weekday too, read against it, is the picture's (see :func:`_stamp_line`);
- a day closing a later sentence than the picture's (after one of :data:`_TITLE_CHARS`
  characters or more) that tells a deed suffered, a passive in the day's clause ("... Its
  minaret was destroyed on 24 April 2013.", "Son toit a été détruit le 9 mars 2015.",
  "宣礼塔在2013年4月24日被炮火摧毁", "为炮火所毁", "破壊された"), and names no picture, tells
  the story: the next day stated, else the gallery's date;
- under the dateline of a Japanese dispatch ("【10月24日 AFP】"), a day of the lead's first
  sentence after its place or subject ("コバニで23日、", "キリスで1月30日、"), in the days of
  grace before the
  dateline, is the picture's (not one of a later sentence, nor a statement's; a "撮影" line
  wins); the dateline alone is the dispatch's day, not the picture's: no day;
- under the dateline of a Chinese dispatch ("新华社大马士革12月14日电") or its photo service's
  header ("新华社照片，阿勒颇（叙利亚），2016年12月14日"), the day its first sentence states
  ("13日，……", "政府军13日在……"), in the days of grace before the dateline, is the picture's
  (not a statement's); else the dateline stays; a Korean day after the subject of a later
  sentence than the picture's ("... 순찰하고 있다. 반군은 27일 공세를 시작했다.") tells the
  story, unless that sentence names the picture ("사진은") or "이날" puts the picture on it;
- a day closing a participle that dates an event ("an air strike carried out on Feb. 15,
  2016", "une frappe aérienne menée le 15 février 2016") is the event's, even after "after":
  the picture's only in a gallery of the GRACE_DAYS after it (see :func:`_participle_event`);
- a day with its weekday and month and no year, in a gallery of no date ("jeudi 22
  décembre"), takes the one year written in the caption that fits the weekday, else none;
- a first day of someone's life ("X, who died on Dec. 3, 2016, poses ... May 12, 2009",
  "(born June 1, 1988)", "quien fue asesinado ... el 17 de marzo", "qui a été tué le 2
  mars") gives way to the next day that is not one (a portrait's), unless that day tells the
  story (see "a day in a later sentence" below: then neither is the picture's);
- a first day stated without its year, before a later day stated with its year that
  closes the sentence (at its full stop or credit), tells the story: "Families who fled on
  Nov. 27 return to Aleppo, Syria December 15, 2016." is Dec. 15;
- a file photo ("FILE PHOTO", "(FILE)", "FILE -", "in this file photo", "(Archivbild)",
  "(Archiv)", "Photo d'archives", "imagen de archivo", "foto d'archivio") keeps its own day:
  a weekday or a relative day (read against the gallery's date) is not its day, and when it
  states no day its date is unknown, never the gallery's; an undated picture ("This undated
  handout photo shows X. X was killed on May 23.") moreover takes no day after the sentence
  that presents it;
- a Getty header with the placeholder day ("ALEPPO, SYRIA - JANUARY 01: ...") states no
  day (the agency did not know it): a day stated after it, else none;
- a day that starts a period ("since Dec. 2", "seit dem 2. Dezember", "depuis le 2
  décembre") or dates a start named before it with no comma between ("Seit Beginn der
  Feuerpause am vergangenen Montag") gives way to the next day; a day without its year that
  opens a later sentence than the picture's ("Il 24 febbraio le truppe ...", "On Dec. 8 the
  army ...") tells the story, and so do the days after it;
- two or more days each after where its picture stands ("A gauche: ... du 9 août 2010. A
  droite, ... du 13 décembre 2016") give the latest;
- a day that dates an event before the picture gives way to the next day (else none): a
  day "of" an event ("épicentre des séismes du 6 février 2023", "the attack of May 9"), a day
  closing a clause about an event ("les séismes qui ont frappé la Turquie le 6 février", "the
  earthquake that struck Syria on Feb. 6"), an English day before its event ("the May 9 air
  strike"), a Turkish day of an event ("6 Şubat'taki depremler", "6 Şubat 2023 günü yaşanan
  depremler", "6 Şubat depremi"; not "8 Şubat'ta çekilen fotoğraf"), a day set beside its
  event before a later day of the sentence ("following an earthquake, Feb. 6, 2023, in
  Antakya, Feb. 8, 2023"), a day opening a later sentence that
  names the event ("... On February 6, 2023, a 7.8 magnitude earthquake hit the region."),
  or tells what was done then in the past, after a first sentence of
  :data:`_TITLE_CHARS` characters or more and naming no picture ("The clinic is one of the
  last still open. On 23 July 2016, the streets around it were bombed.", "Le 3 mars 2016, le
  quartier a été bombardé.", "Am 3. März 2016 wurde ..."; not "On 13 December 2016, families
  leave the area"), a day closing a move or a loss in the life of a portrait's sitter, named
  with an age ("Osman, 36, returned to al-Bab on Feb. 25, after he fled ...", "X, 36 ans, est
  rentré ... le", "X, 36 años, regresó ... el"; not "X, 36, sits in his shop on Feb. 25"),
  a day after "taken after" ("Picture taken after an attack on 9 May"); but a
  picture taken right after an event is dated by the event's day, as agencies do ("following
  a huge explosion that rocked the capital on Aug. 4", "nach dem Luftangriff vom Samstag");
- a day closing a clause about a deed opened by "since" ("since gunmen took the town on June
  10") starts a period: the next day, else none; opened by "after" ("after the Taliban seized
  power on August 15"), a day stated without its year is the picture's only in a gallery of
  the :data:`GRACE_DAYS` after it (in a gallery dated later, the gallery's time is the
  picture's);
- a day after a count of days "earlier" in its sentence ("a crater left two days earlier by an
  air strike on Oct. 8", "deux jours auparavant", "zwei Tage zuvor") dates what happened
  then: the picture's day is that many days after it (the text is still the stated day's);
- a year alone dating the picture ("A foto foi tirada em 2009", "Fighters parade in Raqqa in
  2014.", "Kämpfer 2014 in Rakka.") of another year than the gallery's (whose date is
  neither in that year nor in the 31 days after it) leaves the date unknown; not "since
  2012", "before 2017" nor a span "2011-2016"; so does a year opening the caption ("In
  2010, tourists ...", "Em 2010, ...") or closing the sentence after a title of a few
  words ("Alep. Le souk en 2006."), and a day of another year in a later sentence then
  tells the story ("... L'Orient-Le Jour du 7 janvier 2017."); but a year closing the first
  sentence before a sentence about now ("... damaged in the fighting in 2013. Today ...") is
  the story's;
- a day in a later sentence than the picture's tells the story (the date is the gallery's)
  when a sentence about now follows it ("... destroyed on 24 March 2013. Today, the mosque
  ...", "Heute", "Hoje", "Aujourd'hui"), or when it is stated without its year in a sentence
  that neither names a picture nor gives the day its weekday ("The flood swept away whole
  streets on September 10 night.");
- an anniversary is no day of the picture: "today" that names the day years ago ("a year ago
  today", "في مثل هذا اليوم", "heute vor einem Jahr"), and a day some whole years before the
  gallery's date after words that count them ("a year after the army retook the city on Dec.
  22, 2016", "un an après ... le 22 décembre 2016", "hace un año, el 22 de diciembre de
  2016"): the next day stated, else none (see :func:`_anniversary`);
- a weekday in a later sentence whose subject is the event the picture's sentence says it
  follows ("... following an earthquake. The quake that struck in the early hours of Monday
  ...") is that event's day, the picture's (see :func:`_event_told`);
- a month and year with no day closing the picture's first sentence ("Old Damascus March
  2009.", "al-Bab, January 2017." in a gallery of 2017-02-07), or standing as a sentence of
  their own ("... two days before. July 2017. © X"), of another month than the gallery's
  date's (or in a gallery of no date) leaves the date unknown: the gallery's date is not the
  photo's, and a month is not a day (its words are the date's text); so does a Russian or
  Arabic month and year closing the first sentence ("..., январь 2017 года.", "في الباب،
  كانون الثاني 2017."; not after "с", "после", "который", "منذ", "الذي" ...) and a Chinese,
  Japanese or Korean one opening the caption before a comma ("2017年1月，...") or closing it as
  a sentence of its own ("... 。2017年1月", "... 반군. 2017년 1월"): see :func:`_month_more`.

A day named for its feast ("on Christmas Day", "la veille de Noël", "am Heiligabend",
"Nochebuena", "New Year's Eve", "Silvester", "Easter Sunday", "Good Friday", "Nowruz", "the
first day of Eid al-Adha", "Kurban Bayramı'nın ilk günü", "أول أيام عيد الفطر") is read where the
caption states no other day, in the picture's sentence, in the gallery's year (or the year
stated after it); Easter by the computus (Western and Orthodox), the Eids by the Umm al-Qura
calendar (see :data:`_EID_AL_FITR`); not a day before or after it ("ahead of Eid", "since
Christmas"), nor a thing named after it ("Christmas decorations"), nor a bare name of a feast
of two days not said to be the day ("celebrate Christmas", but "on Christmas", "à Noël"). A
feast of several days named with no day of it, in a gallery dated during the feast, leaves the
gallery's date. An Indonesian weekday before its day and month in numbers ("Kamis (15/12)",
"Rabu (1/2/17)"), a Vietnamese part of the day ("sáng 6/2"), a Japanese day opening the
caption ("13日、..."), a Chinese one after its place or subject before a comma
("阿勒颇6日，"; not "截至6日，", up to the 6th) and one in the brackets that close a Japanese
or Chinese caption with the place and the day, or the day alone ("(シリア北部アレッポ、7日)",
"（7日、アレッポ）", "(14日)": of the gallery's month or the one before, as every day without
its month) are days too.
A picture dated by a month with no day before the words "taken" ("(2018年10月シリア・
コバニ・山田撮影)", "(昨年10月 ... 撮影)", "（去年10月摄于科巴尼）", "작년 10월 ... 촬영"), or
by "last October" closing its first sentence, of another month than the gallery's, has no day and is
not the gallery's (:func:`_month_taken`). A picture dated by its decade ("photographed in the
1980s"), or by a month of another year after words saying when it was taken ("A imagem foi
feita em agosto de 2010") or inside its first sentence after a word of time ("im Dezember 2009
an der Decke"), has no day and is not the gallery's; so is a picture with an archive credit
("ARCHIVES AGENCE FRANCE-PRESSE", "(archive)", "EFE/Archivo") that states no day, which takes
the day of its taken line in any of six languages ("Cette photo prise le 5 juillet 2018").

A month of another language written before its day ("novembro 7", "novembro de 13", as
translated captions have it) is read only in a caption that states no other day.
Agencies' datelines abbreviate the month in their language, read with its full stop or
before the agency's name in brackets: "Roma, 10 feb. (askanews)", "Damasco, 10 feb (EFE)",
"Berlin, 10. Dez. (dpa)".

A weekday or a relative day closing the words of someone who spoke ("The Observatory said on
Wednesday that 20 people were killed", "the ministry announced late on Saturday", "a indiqué
mercredi", "teilte am Mittwoch mit", "informó el miércoles", "ha detto mercoledì", "disse nesta
quarta-feira", "Çarşamba günü yaptığı açıklamada", "وقال المرصد يوم الأربعاء") dates the
statement, not the picture, in whichever sentence it stands: the next day stated is the
photo's, else the caption states none and the gallery's date stands (a weekday before the
speech, "... on Tuesday, the Observatory said", stays the picture's). A first day closing a
clause about a deed done before the picture ("The Umayyad Mosque, destroyed on Aug. 4, 2012, is
seen on Dec. 14", "a shop burnt on Sept. 29, 2012 is pictured Dec. 12, 2016", "la mosquée,
détruite le 24 avril 2013, photographiée le 12 décembre 2016", "die am 24. April 2013 zerstörte
Moschee") gives way to a later day of its sentence that is neither a statement's nor another
deed's; alone, it stays read. A day and month in numbers without a year are read where they
can only be a day, in a caption that states no other: a title's ("Aleppo 12/30:", "ALEPPO
(11/12) -", "Aleppo, 12.12.:") or after a word of a day ("on 12/30", "le 30/12", "am 30.12.");
a dot writes the day first, a slash either way, and a pair that is a day both ways ("12/11") is
read as the one nearest before the gallery's date, only within a month of it (never without a
gallery date). Not "3/4 of the buildings", "24/7". Days in numbers in Arabic-Indic or Persian
digits ("١٢/١٢/٢٠١٦") are read as in ASCII digits. "last week", "earlier this month", "this
week", "overnight", "the day before" state no day.

A weekday, English or of another language, that is the first day stated but stands in a later
sentence than the picture's ("A boy climbs out of a shelter. Jets bombed the villages on
Wednesday", "... Les avions ont bombardé mercredi plusieurs hôpitaux", "... Kampfjets
bombardierten am Mittwoch ...") tells the story, not the photo's day (a first sentence of a
few words, a title or a place, does not count). A month misspelt by a transposed, missing or
extra letter ("Ocotber 8, 2014", "Febuary 3, 2015") or written in odd capitals ("JUly 23,
2012") is read only with its day and year, in a caption that states no other day; so is a
weekday without "on" ("during clashes Saturday with rebels"), and only in the caption's
first sentence (not "Friday prayers", "Saturday's", "said Monday").

The year comes from the gallery date (or, for a day stated without its year that falls
after the gallery's date, from the gallery's previous entry when that one is of an earlier
year and the day falls within 31 days after it: a gallery that looks back, "two years on",
tells its story in order; the previous entry is one of the same run of rows of the gallery,
so a table cut between two galleries is dated the same in pieces as whole). A day that falls
more than :data:`GRACE_DAYS` after the gallery date belongs to the previous year (a gallery of
2017-01-03 saying ``Dec. 28`` means 2016-12-28); a live gallery is updated for a few
days after its date, so ``Dec. 14`` in a gallery of 2016-12-13 stays 2016-12-14, but
never into the next year (``Jan. 2`` in a review of the year dated 2016-12-30 is
2016-01-02). A stated year wins. A weekday is the last such weekday on or before the
gallery date ("last Friday" a week back when the gallery's date is a Friday);
"yesterday" and "last night" the day before it, "the day before yesterday" two days
before, "today" and "tonight" the gallery's date itself. A capitalised
"Today" or "Yesterday" after a word ("Russia Today") is a name, not a day.

Numbers that are not dates do not become dates: ``99 percent``, ``50 thousand``,
``40 people``, ``May 5 people`` (lower-case ``may``/``march`` are words, not months).
Ambiguous numeric dates (``12/11/2016``) are not read. Numeric days may be spaced out
(``28 / 12 / 2016``), digits written full width (``１２月１３日``), Arabic days written as
ordinal words (``الثالث من ديسمبر``, ``الحادي عشر من كانون الأول``) or with "من" (``13 من
ديسمبر``, ``13 من الشهر الجاري``: the gallery's month), and Turkish weekdays in lower case
before "günü" or a part of the day, or after "geçen" (``cuma günü``, ``geçen cuma``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final, Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from aleppomap._tables import require_columns
from aleppomap._tables import text as cell_text
from aleppomap.errors import GalleryFormatError
from aleppomap.text import as_str_array

__all__ = [
    "GRACE_DAYS",
    "MONTH_NAMES",
    "DateMention",
    "add_dates",
    "find_date",
    "gallery_runs",
    "is_file_photo",
    "parse_iso_date",
]

log = logging.getLogger("aleppomap")

# The regex parser of the standard library and its opcodes (private modules, no stubs): _gated
# reads a pattern with them.
_sre_parse: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
# (and the compiler, which tells what the engine skips to: see _engine_skips)
_sre_compiler: Any = importlib.import_module("re._compiler")

# The categories of a parsed class _gated writes back (see there).
_CATEGORIES: Final = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_WORD: r"\w",
}


# ------------------------------------------------------------- where a pattern can start
# A long alternation whose branches open with "\b", a character class or a group gives the
# regex engine no first character to skip to: a search tries every branch at every character
# of the caption. _gated puts before such a pattern a test of the characters its matches can
# start with (and whether a word boundary comes first), read from the pattern itself: most
# characters of a caption fail it at once, and every match of the pattern passes it, so the
# matches are the same.
class _AnyStartError(Exception):
    """A pattern that may start with any character (or match nothing): no test."""


def _class_item(op: Any, av: Any, flags: int) -> str:
    """One item of a parsed character class (or a literal) as written in a class."""
    if flags & re.IGNORECASE:
        raise _AnyStartError  # (case folding: not worth reading)
    if op is _sre.LITERAL:
        return re.escape(chr(av))
    if op is _sre.RANGE:
        return re.escape(chr(av[0])) + "-" + re.escape(chr(av[1]))
    if op is _sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _AnyStartError  # (a negated class or category)


def _seq_starts(items: Any, flags: int, boundary: bool) -> tuple[set[tuple[bool, str]], bool]:
    """The (after a word boundary?, class item) pairs a match of the parsed sequence ``items``
    may start with, and whether it may match nothing. Lookarounds and anchors other than
    ``\b`` are passed over (a wider test, never a narrower one)."""
    starts: set[tuple[bool, str]] = set()
    for op, av in items:
        if op is _sre.AT:
            boundary = boundary or av is _sre.AT_BOUNDARY
            continue
        if op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            continue
        if op is _sre.LITERAL:
            first, empty = {(boundary, _class_item(op, av, flags))}, False
        elif op is _sre.IN:
            first, empty = {(boundary, _class_item(o, a, flags)) for o, a in av}, False
        elif op is _sre.SUBPATTERN:
            first, empty = _seq_starts(av[3], (flags | av[1]) & ~av[2], boundary)
        elif op is _sre.ATOMIC_GROUP:
            first, empty = _seq_starts(av, flags, boundary)
        elif op is _sre.BRANCH:
            first, empty = set(), False
            for branch in av[1]:
                more, none = _seq_starts(branch, flags, boundary)
                first |= more
                empty = empty or none
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            first, empty = _seq_starts(av[2], flags, boundary)
            empty = empty or av[0] == 0
        else:
            raise _AnyStartError  # (any character, a negated literal, a back-reference)
        starts |= first
        if not empty:
            return starts, False
    return starts, True


def _engine_skips(pattern: str, flags: int) -> bool:
    """Whether the regex engine skips by itself to where ``pattern`` can match: it starts with
    a literal, a character class or a branch of literals (``re`` looks for those characters
    at C speed, where a pattern that starts with a lookahead is tried at every character)."""
    try:
        parsed = _sre_parse.parse(pattern, flags)
        prefix = _sre_compiler._get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or _sre_compiler._get_charset_prefix(parsed, flags) is not None
    except Exception:  # (a private API: another Python's may differ; then gate as before)
        return False


def _gated(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled behind a lookahead of the characters its matches can start with
    (see above): the same matches, found faster. Compiled as it is when it may start with any
    character or match nothing, or when the engine skips to its first characters by itself
    (:func:`_engine_skips`: a lookahead before it would only slow it down)."""
    compiled = re.compile(pattern, flags)
    if _engine_skips(pattern, compiled.flags):
        return compiled
    try:
        starts, empty = _seq_starts(_sre_parse.parse(pattern, flags), compiled.flags, False)
    except (_AnyStartError, re.error):
        return compiled
    if empty:
        return compiled
    anywhere = {item for at_boundary, item in starts if not at_boundary}
    bounded = {item for at_boundary, item in starts if at_boundary} - anywhere
    tests = [rf"\b[{''.join(sorted(bounded))}]"] if bounded else []
    if anywhere:
        tests.append(f"[{''.join(sorted(anywhere))}]")
    try:
        return re.compile("(?=" + "|".join(tests) + ")(?:" + pattern + ")", flags)
    except re.error:  # (flags written at the pattern's start, "(?x)...": left as it is)
        return compiled


def _start_test(pattern: str) -> str:
    """A lookahead of the characters a match of ``pattern`` can start with (read as
    :func:`_gated` reads them), or ``""`` when any character may start one: put after a test
    that many positions pass, it lets the regex engine leave most of them at once."""
    try:
        flags = re.compile(pattern).flags
        starts, empty = _seq_starts(_sre_parse.parse(pattern, flags), flags, False)
    except (_AnyStartError, re.error):
        return ""
    if empty:
        return ""
    return "(?=[" + "".join(sorted({item for _, item in starts})) + "])"


#: Days after the gallery date that a year-less date may fall and stay in the gallery's
#: year (a gallery keeps being updated after the date in its header).
GRACE_DAYS = 7

DATE_COLUMNS: tuple[str, ...] = ("date", "date_precision", "date_text", "date_start", "date_end")

_MONTH_NUMBER = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAY_NUMBER = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}


def _cased(*words: str) -> str:
    """An alternation of ``words`` as written, and in capitals: ``Dec|DEC``."""
    return "|".join(v for w in words for v in (w, w.upper()))


#: The months' English names, January first (not the locale's: outputs stay the same).
MONTH_NAMES: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_ABBREVIATED = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Case-sensitive on purpose ("may", "march" are words; "dec." is not written). Full
# names end at a word boundary; abbreviations may take a full stop ("Dec.14").
_MONTH = r"(?:(?:" + _cased(*MONTH_NAMES) + r")\b|(?:" + _cased(*_ABBREVIATED) + r")(?:\.|\b))"
_WEEKDAY = r"(?:" + _cased(*_WEEKDAYS) + r")"
_NOT_A_COUNT = (
    r"(?!\s*(?:%|percent\b|per\s+cent\b|thousand\b|hundred\b|million\b|people\b|persons\b"
    r"|civilians\b|residents\b|families\b|children\b|men\b|women\b|fighters\b|soldiers\b"
    r"|troops\b|rebels\b|refugees\b|others\b))"
)
_YEAR = r"(?:,?\s*(?P<{name}>(?:19|20)\d\d)(?!\d)" + _NOT_A_COUNT + r")?"
# A day is not followed by a digit, nor by ".5" or ",500" ("Dec. 1,500 people" is a count),
# but may be by ",2016" ("Dec. 12,2016": the year without its space).
_DAY = (
    r"(?P<{name}x>(?P<{name}>\d{{1,2}})(?:st|nd|rd|th)?)(?!\d)(?!\.\d)"
    r"(?!,(?!(?:19|20)\d\d(?!\d))\d)" + _NOT_A_COUNT
)


# The months of captions in other languages, written after the day: French, Italian, Spanish,
# Portuguese, German, Dutch, Indonesian, Swahili and Turkish ("le 3 juin 2014", "14 luglio
# 2014", "3 de junio de 2014", "3. Juni 2014", "27 Aralık 2016", "tarehe 12 Desemba 2016").
_FOREIGN_MONTHS: Final = (
    "janvier gennaio enero janeiro januar jänner januari ocak",
    "février fevrier febbraio febrero fevereiro februar februari şubat subat",
    "mars marzo março marco märz maerz marz maart maret mart machi",
    "avril aprile abril april nisan aprili",
    "mai maggio mayo maio mei mayıs mayis",
    "juin giugno junio junho juni haziran",
    "juillet luglio julio julho juli temmuz",
    "août aout agosto august augustus agustus ağustos agustos agosti",
    "septembre settembre septiembre setiembre setembro september eylül eylul septemba",
    "octobre ottobre octubre outubro oktober ekim oktoba",
    "novembre noviembre novembro november kasım kasim novemba",
    "décembre decembre dicembre diciembre dezembro dezember december desember aralık aralik"
    " desemba",
)


def _written(name: str) -> tuple[str, ...]:
    """A month's name as captions write it: lower case, capitalised, in capitals (Turkish
    capitals dot the i: EKİM)."""
    return (name, name.title(), name.upper(), name.upper().replace("I", "İ"))


def _month_forms(months: tuple[str, ...]) -> tuple[dict[str, int], list[str]]:
    """Each written form of ``months`` (the names of month 1, 2 ... each a string of names)
    case-folded with its number, and the forms, longest first."""
    numbers = {
        form.casefold(): number
        for number, names in enumerate(months, start=1)
        for name in names.split()
        for form in _written(name)
    }
    forms = {form for names in months for name in names.split() for form in _written(name)}
    return numbers, sorted(forms, key=len, reverse=True)


_FOREIGN_MONTH_NUMBER, _FOREIGN_MONTH_FORMS = _month_forms(_FOREIGN_MONTHS)
# The months as agencies abbreviate them in other languages, read only with their full stop,
# before the agency's name in brackets (a dateline: "Roma, 10 feb. (askanews)", "Damasco, 10
# feb (EFE)", "Berlin, 10. Dez. (dpa)") or before a year ("12 dic 2016", "12 Dez 2016", "12
# Ara 2016"). Italian, Spanish, French, German, Portuguese, Turkish and Indonesian ("12 Ara.
# 2016", "3 Şub. 2016", "13 Des 2016", "17 Agt 2016").
_FOREIGN_ABBREVIATIONS: Final = (
    "gen ene janv oca",
    "feb févr fevr fév fev şub sub",
    "mar mär",
    "apr abr avr nis",
    "mag may",
    "giu jun haz",
    "lug jul juil tem",
    "ago aug ağu agu agt ags",
    "set sep sept eyl",
    "ott oct okt out eki",
    "nov kas",
    "dic dez déc dec ara des",
)
_ABBREVIATION_NUMBER, _FOREIGN_ABBREVIATION_FORMS = _month_forms(_FOREIGN_ABBREVIATIONS)
_FOREIGN_MONTH_NUMBER.update(_ABBREVIATION_NUMBER)
# The months' first letters first: the regex engine then leaves a number that no month
# follows ("40 percent") after one test, not one a month.
_FOREIGN_MONTH = (
    r"(?=["
    + "".join(sorted({f[0] for f in _FOREIGN_MONTH_FORMS}))
    + r"])(?:"
    + "|".join(_FOREIGN_MONTH_FORMS)
    + r")(?![^\W\d_])"
    + r"|(?=["
    + "".join(sorted({f[0] for f in _FOREIGN_ABBREVIATION_FORMS}))
    + r"])(?:"
    + "|".join(_FOREIGN_ABBREVIATION_FORMS)
    + r")(?:\.(?![^\W\d_])|(?=\s*\((?:[A-Za-z]|$))|(?=,?\s+(?:19|20)\d\d(?!\d)))"
)


def _month_day(kind: str) -> str:
    return (
        r"(?P<"
        + kind
        + "_mon>"
        + _MONTH
        + r")\s*"
        + _DAY.format(name=kind + "_day")
        + _YEAR.format(name=kind + "_yr")
    )


# What makes a weekday not the day read: the day stated after it ("Thursday (Dec. 22)",
# "Tuesday evening, December 13", "Thursday, 22 December").
_STATED = (
    r"(?!(?:\s+(?:morning|afternoon|evening|night)\b)?,?\s+\(?(?:"
    + _MONTH
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH
    + r"))"
)
_DATE_RE = re.compile(
    # Tuesday, Dec. 13
    r"(?P<wmd>(?P<wmd_wd>" + _WEEKDAY + r"),?\s+" + _month_day("wmd") + r")"
    # Dec. 14 | Dec.14 | December 14, 2016 (and "early Dec. 10")
    r"|(?P<md>" + _month_day("md") + r")"
    # October, 15, 2012: a stray comma between month and day, read only with its year
    r"|(?P<mc>(?P<mc_mon>"
    + _MONTH
    + r"),\s*"
    + _DAY.format(name="mc_day")
    + r",?\s*(?P<mc_yr>(?:19|20)\d\d)(?!\d)"
    + _NOT_A_COUNT
    + r")"
    # 14 December | 14th of Dec. 2016 | 12-13 December, 12 and 13 December (the first day)
    r"|(?P<dm>(?:(?P<dm_from>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–/]\s*|\s+(?:and|to|or|&)\s+)(?=\d))?"
    + _DAY.format(name="dm_day")
    + r"\s+(?:of\s+)?"
    r"(?P<dm_mon>" + _MONTH + r")" + _YEAR.format(name="dm_yr") + r")"
    # 3 juin 2014 | le 1er octobre | 3 de junio de 2014 | 3. Juni 2014 | 27 Aralık 2016
    r"|(?P<fm>(?P<fm_dayx>(?P<fm_day>\d{1,2})(?:er|º|°|\.)?)(?!\d)\s+(?:de\s+)?"
    r"(?P<fm_mon>" + _FOREIGN_MONTH + r")(?:\s+de)?"
    r"(?:,?\s*(?P<fm_yr>(?:19|20)\d\d)(?!\d)" + _NOT_A_COUNT + r")?)"
    # 2016-12-14 | 2016/12/14 | 2016.12.14 (Korean and Hungarian captions: "2024.11.30/ ⓒ")
    r"|(?P<iso>(?P<iso_y>(?:19|20)\d\d)(?P<iso_sep>[-/.])(?P<iso_m>\d\d)(?P=iso_sep)"
    r"(?P<iso_d>\d\d))(?![\d-])(?![/.]\d)"
    # 12-Dec-2016 | 12-DEC-16 | 12-dic-2016: the month's abbreviation between hyphens
    r"|(?P<hy>(?P<hy_day>\d{1,2})-(?P<hy_mon>[^\W\d_]{3,4})\.?-(?P<hy_yr>(?:19|20)\d\d|\d\d))"
    r"(?![\d-])"
    # 28/12/2016 | 28.12.2016 | 28-12-2016 (with a slash or a hyphen only when unambiguous; a
    # dot writes the day first, as every language that writes it does: "08.02.2023" is 8 Feb)
    # (and a slash with a space either side, as some agencies space it out: "3 / 12 / 2024")
    r"|(?P<sl>(?P<sl_a>\d{1,2})(?P<sl_sep>[/.-]| ?/ ?)(?P<sl_b>\d{1,2})(?P=sl_sep)"
    r"(?P<sl_y>(?:19|20)\d\d|(?<=[/.])\d\d))(?![\d/])(?![.-]\d)"
    # on Monday | early Tuesday | late on Sunday | last Friday (not "on Tuesday, Dec. 13":
    # see above); "last" is told apart by _LAST_BEFORE; after a part of that day ("in the
    # early hours of Monday", "the small hours of Monday", "on the morning of Sunday", "the
    # night of Monday to Tuesday": its first day)
    r"|(?:(?<=\bon )|(?<=\bOn )|(?<=\bearly )|(?<=\bEarly )|(?<=\blate )|(?<=\bLate )"
    r"|(?<=\blast )|(?<=\bLast )|(?<=\bearly hours of )|(?<=\bsmall hours of )"
    r"|(?<=\bwee hours of )|(?<=\bfirst hours of )|(?<= morning hours of )|(?<=\bmorning of )"
    r"|(?<=\bevening of )|(?<=\bafternoon of )|(?<=\bnight of )|(?<=\bdawn of )"
    r"|(?<=\bdaybreak of ))"
    r"(?P<wd>"
    + _WEEKDAY
    + r"|"
    + "|".join(w.lower() for w in _WEEKDAYS)
    + r")\b"
    # (not "on Thursday (Dec. 22)", "on Thursday, 22 December": the day is stated)
    + _STATED
    # Monday night (not "Tuesday night, Dec. 13": the day is stated)
    + r"|(?P<wd2>"
    + _WEEKDAY
    + r")\s+(?:morning|afternoon|evening|night)\b"
    + _STATED
)
# The first day of a range written before a day in another language ("tra il 13 e il 14
# dicembre", "du 5 au 11 septembre", "del 5 al 11 de junio"; or of two days one of which it
# is, "am 5. oder 6. August"), ending where the day starts.
_FOREIGN_RANGE = _gated(
    r"(?<!\d)(\d{1,2})(?:er|º|°|\.)?(?:\s*[-–/]\s*|\s+(?:e|et|y|und|bis|al|au|ve|oder|ou|o|veya)\s+"
    r"(?:il\s+|l['’]|le\s+|el\s+|den\s+)?)$"
)
# Where a date can start: a digit, or a capital that begins a month or a weekday. The
# pattern starts with a character class, so the regex engine skips fast to candidates;
# _DATE_RE is then tried there only (ten times faster than searching with _DATE_RE).
_CANDIDATE = re.compile(
    r"[JFMASONDTW0-9](?:(?<=[0-9])|an|eb|ar|pr|ay|un|ul|ug|ep|ct|ov|ec|AN|EB|AR|PR|AY|UN|UL"
    r"|UG|EP|CT|OV|EC|onday|uesday|ednesday|hursday|riday|aturday|unday|ONDAY|UESDAY"
    r"|EDNESDAY|HURSDAY|RIDAY|ATURDAY|UNDAY)"
)
# "last Friday": the weekday before the gallery's own (a week back when the gallery's date
# is a Friday), where "on Friday" may be the gallery's day itself.
_LAST_BEFORE = re.compile(r"\b[Ll]ast $")
# A weekday in lower case ("on friday") is read only after "on", "early", "late" or "last"; captions
# that have one (rare) are searched with this slower pattern (_CANDIDATE_LOWER). Which
# captions have one, or "yesterday" or "today", tells _DAY_WORD: its pattern starts with
# the letters "day", which the regex engine finds as fast as a substring test.
_DAY_WORD = re.compile(
    r"day(?:(?P<lower>"
    + "|".join(f"(?<={w.lower()})" for w in _WEEKDAYS)
    + r")|(?P<relative>(?<=yesterday)|(?<=Yesterday)|(?<=today)|(?<=Today)))"
)
_CANDIDATE_LOWER = re.compile(
    _CANDIDATE.pattern + r"|(?<=(?:on|ly|te|st) )(?=[mtwfs][a-z]+day\b)"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date stated in a caption.

    Attributes
    ----------
    date
        The day, or ``None`` when the caption states it but no year can be found
        (no gallery date and no year in the text).
    precision
        ``"day"`` when ``date`` is known, ``"unknown"`` otherwise.
    text
        The mention as written, e.g. ``"Dec. 14"``.
    start, end
        Its character offsets in the caption: ``caption[start:end] == text``.
    """

    date: dt.date | None
    precision: Literal["day", "unknown"]
    text: str
    start: int
    end: int


def parse_iso_date(value: str) -> dt.date | None:
    """``YYYY-MM-DD`` (optionally followed by a time) as a date, or ``None``.

    Examples
    --------
    >>> parse_iso_date("2016-12-13")
    datetime.date(2016, 12, 13)
    >>> parse_iso_date("2016-12-13T09:30:00Z")
    datetime.date(2016, 12, 13)
    >>> parse_iso_date("13/12/2016") is None
    True
    """
    value = value.strip()
    if len(value) < 10 or not (value[4] == "-" and value[7] == "-"):
        return None
    if len(value) > 10 and value[10] not in "T ":
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _valid_day(month: int, day: int) -> bool:
    try:
        dt.date(2000, month, day)  # a leap year: Feb. 29 is a day
    except ValueError:
        return False
    return True


def _in_year(year_hint: dt.date, month: int, day: int) -> dt.date | None:
    """The latest (month, day) on or before ``year_hint + GRACE_DAYS`` in its year.

    ``None`` only at the calendar's edge: no such day on or after 1 January of year 1.
    """
    end_of_year = dt.date(year_hint.year, 12, 31)
    grace = dt.timedelta(days=GRACE_DAYS)
    limit = end_of_year if end_of_year - year_hint < grace else year_hint + grace
    year = limit.year
    for _ in range(9):  # Feb. 29 needs up to eight years back
        if year < dt.MINYEAR:
            return None
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            year -= 1
            continue
        if candidate <= limit:
            return candidate
        year -= 1
    return None  # unreachable for a valid day


def _month(token: str) -> int:
    return _MONTH_NUMBER[token[:3].lower()]


def _dated_in(
    kind: str, year: str | None, month: int, day: int, gallery_date: dt.date | None
) -> tuple[str, dt.date | None] | None:
    """The span group and date of a valid month and day: in ``year`` when one is stated (``None``
    for a day that year lacks, Feb. 29 of a common year), else in the gallery's year
    (:func:`_in_year`), else with no date."""
    if year is not None:
        try:
            return kind, dt.date(int(year), month, day)
        except ValueError:  # Feb. 29 of a common year
            return None
    if gallery_date is None:
        return kind, None
    return kind, _in_year(gallery_date, month, day)


def _resolve(m: re.Match[str], gallery_date: dt.date | None) -> tuple[str, dt.date | None] | None:
    """The span group and date of a match; ``None`` when the match is not a date."""
    kind = m.lastgroup or ""
    if kind in ("md", "wmd", "dm", "mc", "fm"):
        name = m.group(f"{kind}_mon")
        month = _FOREIGN_MONTH_NUMBER[name.casefold().rstrip(".")] if kind == "fm" else _month(name)
        day = int(
            m.group("dm_from") or m.group("dm_day") if kind == "dm" else m.group(f"{kind}_day")
        )
        if not _valid_day(month, day):
            return None
        return _dated_in(kind, m.group(f"{kind}_yr"), month, day, gallery_date)
    if kind == "iso":
        try:
            return "iso", dt.date(
                int(m.group("iso_y")), int(m.group("iso_m")), int(m.group("iso_d"))
            )
        except ValueError:
            return None
    if kind == "hy":
        name = m.group("hy_mon").casefold()
        month = _FOREIGN_MONTH_NUMBER.get(name) or _MONTH_NUMBER.get(name, 0)
        day, y = int(m.group("hy_day")), int(m.group("hy_yr"))
        if not month or not _valid_day(month, day):
            return None
        return _dated_in("hy", str(y + 2000 if y < 100 else y), month, day, gallery_date)
    if kind == "sl":
        a, b, y = int(m.group("sl_a")), int(m.group("sl_b")), int(m.group("sl_y"))
        if y < 100:
            y += 2000  # 13/12/16
        if a > 12 >= b or (m.group("sl_sep") == "." and a <= 12 and b <= 12):
            day, month = a, b  # (a dot writes the day first: "08.02.2023", as dpa does)
        elif b > 12 >= a or a == b:
            month, day = a, b
        else:
            return None  # 11/12/2016: November or December?
        try:
            return "sl", dt.date(y, month, day)
        except ValueError:
            return None
    kind = "wd" if m.group("wd") is not None else "wd2"
    if gallery_date is None:
        return kind, None
    back = _weekday_back(gallery_date, _WEEKDAY_NUMBER[m.group(kind).lower()], m)
    return kind, _days_before(gallery_date, back)


# Words of an English sentence: a caption with one is English, where a day written in numbers
# may put the month first ("12/06/2012" is June 12 or December 6).
_ENGLISH_WORD_RE = re.compile(r" (?:the|of|and|in|on|at|is|are|was|were|by|from|with|after) ")


def _day_first(m: re.Match[str]) -> tuple[str, dt.date] | None:
    """The date of a :data:`_DATE_RE` day in numbers that may be read either way
    ("12/06/2012", "05-11-2016") when its caption is in another language than English: the
    day first, as the press of every other language read here writes it (Indonesian,
    Vietnamese, Swahili, French, Turkish, Arabic ...). In English, where American agencies
    write the month first and British ones the day, ``None``: no day rather than a guess (an
    ASCII caption with no word of another language is taken for English)."""
    text = m.string
    if (
        (text.isascii() and not _foreign_words(text))
        or _ENGLISH_WORD_RE.search(text) is not None
        or text[m.start() - 1 : m.start()] == "("
    ):
        return None  # (in brackets, after an Indonesian weekday: see _short_numeric)
    y = int(m.group("sl_y"))
    try:
        return "sl", dt.date(y + 2000 if y < 100 else y, int(m.group("sl_b")), int(m.group("sl_a")))
    except ValueError:
        return None


def _weekday_back(gallery_date: dt.date, weekday: int, m: re.Match[str]) -> int:
    """Days from the gallery's date back to the weekday ``m`` names (Monday is 0).

    The last such weekday on or before the gallery's date; "last Friday" in a gallery dated
    on a Friday is a week back.
    """
    back = (gallery_date.weekday() - weekday) % 7
    if back == 0 and _LAST_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
        back = 7
    return back


def _days_before(gallery_date: dt.date, back: int) -> dt.date | None:
    """The day ``back`` days before the gallery's date; ``None`` before 1 January of year 1."""
    try:
        return gallery_date - dt.timedelta(days=back)
    except OverflowError:
        return None


def find_date(text: str, gallery_date: dt.date | None) -> DateMention | None:
    """The first date stated in ``text``, resolved against the gallery's date.

    Parameters
    ----------
    text
        A caption.
    gallery_date
        The gallery's date: it gives the year (and the week, for a weekday).

    Returns
    -------
    DateMention or None
        ``None`` when the text states no date.

    Examples
    --------
    >>> g = dt.date(2016, 12, 13)
    >>> find_date("Smoke billows in Aleppo, on Dec. 12, during an operation", g)
    DateMention(date=datetime.date(2016, 12, 12), precision='day', text='Dec. 12', start=28, end=35)
    >>> find_date("a field hospital, early Dec. 10.", g).date
    datetime.date(2016, 12, 10)
    >>> find_date("Fighters rest on Monday.", g).date  # the Monday before Tue 13
    datetime.date(2016, 12, 12)
    >>> find_date("Dec. 28, east Aleppo", dt.date(2017, 1, 3)).date
    datetime.date(2016, 12, 28)
    >>> find_date("the army holds 99 percent; 40 people fled", g) is None
    True
    """
    found = _first_date(text, gallery_date)
    if found is None:
        return None
    day, span, start, end = found
    return DateMention(
        date=day,
        precision="day" if day is not None else "unknown",
        text=span,
        start=start,
        end=end,
    )


_Resolved = tuple[str, dt.date | None] | None


_Found = tuple[dt.date | None, str, int, int]
_Mention = tuple[dt.date | None, str, int, int, str]


# A trailing line that states the day the picture was taken ("Picture taken December 13,
# 2016", "Photo taken on Dec. 13"): that day is the photo's, whatever the caption said before.
_TAKEN_RE = _gated(
    r"\b(?:[Pp]icture|[Pp]hoto(?:graph)?|[Ii]mage|PICTURE|PHOTO)\s+(?:was\s+)?(?:taken|TAKEN)"
    r"(?:\s+(?:on|in|ON|IN))?\s+"
    # the same in other languages: "photo prise le", "foto tomada el", "foto scattata il",
    # "foto tirada em", "Das Foto wurde am ... aufgenommen", "aufgenommen am"
    r"|\b(?:[Pp]hoto(?:graphie)?|[Ii]mage|[Cc]lich[ée])\s+(?:a\s+été\s+)?prise?\s+(?:le\s+)?"
    r"|\b(?:[Ff]oto(?:graf[íi]a)?|[Ii]magen)\s+(?:fue\s+)?tomada\s+(?:el\s+)?"
    r"|\b(?:[Ff]oto(?:grafia)?|[Ii]mmagine)\s+(?:è\s+stata\s+)?scattata\s+(?:il\s+|l['’])?"
    r"|\b(?:[Ff]oto(?:grafia)?|[Ii]magem)\s+(?:foi\s+)?(?:tirada|feita)\s+(?:em|no\s+dia)\s+"
    r"|\b(?:Foto|Bild|Aufnahme)\s+(?:wurde|ist)\s+am\s+|\baufgenommen\s+am\s+"
)
# "Taken" after the day, as Japanese captions close ("11月30日撮影", "2016年10月28日、撮影:"):
# that day is the photo's, whatever day the dateline before gave (【12月2日 AFP】).
_TAKEN_CJK_RE = re.compile(r"[、,]?\s*撮影")
# A combination of pictures ("This combination of pictures ... shows X on March 3, 2013 and
# Y on Dec. 14, 2016"): the photo's day is the latest day it shows.
_COMBINATION_RE = re.compile(
    r"\b(?:[Cc]ombination|[Cc]ombo|COMBINATION|COMBO)\s+(?:of\s+)?(?:\w+\s+){0,2}?"
    r"(?:pictures|photos|photographs|images|file\s+photos|PICTURES|PHOTOS|IMAGES)\b"
    r"|\b(?:[Cc]ombination|COMBINATION)\s+(?:picture|photo|image|PICTURE|PHOTO|IMAGE)\b"
)
# The day a combination was put together is not a day it shows.
_MADE_ON_RE = re.compile(r"\b(?:created|made|compiled|released|combined)\s+(?:on\s+)?$")
# The end of the sentence that shows the pictures (not the full stop of "Dec.").
_SENTENCE_END_RE = _gated(
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)"
    r"(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)\.\s+(?=[A-Z(])"
)
# A file photo ("FILE PHOTO:", "(FILE)", "FILE - In this ... file photo"): an old picture,
# whose day is its own, never the gallery's.
_FILE_RE = _gated(
    r"\bFILE\b(?=\s*(?:PHOTO|PICTURE|IMAGE|[-–—:)]))|\(FILE\)"
    r"|\b[Ff]ile\s+(?:[Pp]hoto|[Pp]icture|[Ii]mage)(?:graph)?s?\b"
    # the same in other languages: "(Archivbild)", "Imagen de archivo", "foto d'archivio"
    r"|Archiv(?:bild|foto|aufnahme)|\((?:Archiv|ARCHIV)\)"
    # "Photo d'archives", "photo d'archive", "image d'archives"
    r"|\b(?:[Pp]hoto(?:graphie)?|[Ii]mage|PHOTO)s?\s+[dD]['’]\s*(?:archives?|ARCHIVES?)\b"
    r"|\b(?:[Ii]mag[ae][nm]|[Ff]oto(?:graf[íi]a)?|[Ii]mmagine)"
    r"\s+(?:de|d['’]|di)\s*(?:archivo|archivio|arquivo)\b|[Aa]rşiv\s+fotoğraf|صورة أرشيفية"
    # an archive credit: "ARCHIVES AGENCE FRANCE-PRESSE", "(archive)", "EFE/Archivo", "Foto:
    # Archivo", "(Arşiv)", "Archives AFP"
    r"|\b(?:ARCHIVES?|ARCHIVO|ARCHIVIO|ARQUIVO|ARŞİV)\b"
    r"|\((?:[Aa]rchives?|[Aa]rchivo|[Aa]rchivio|[Aa]rquivo|[Aa]rşiv|أرشيف)\)"
    r"|[/:]\s*(?:[Aa]rchives?|[Aa]rchivo|[Aa]rchivio|[Aa]rquivo|[Aa]rşiv)\b"
    r"|\bArchives?\s+(?:AFP|Reuters|REUTERS|AP|EPA|Getty|de\s+l['’]AFP)\b"
    r"|\b[Aa]rchiv(?:e|al)\s+(?:photo|picture|image|footage)s?\b"
    # ... in the languages of the rarer wordings: "자료사진", "资料照片", "資料写真", "архивное
    # фото", "(архив)", "zdjęcie archiwalne", "φωτογραφία αρχείου", "عکس آرشیوی", "fotografie
    # de arhivă", "archív fotó", "ảnh tư liệu"
    r"|자료\s*사진|资料(?:照片|图片?|圖片?)|資料(?:照片|圖片?|写真)|ファイル写真"
    r"|[Аа]рх[иі]вн\w+\s+(?:фото\w*|снимо?к\w*|кадр\w*|знімо?к\w*)|\((?:[Аа]рхив|[Аа]рхів)\)"
    r"|(?:фото|снимок)\s+из\s+архива|[Zz]djęci[ae]\s+archiwaln\w+|[Aa]rchiwaln\w+\s+zdjęci\w+"
    r"|φωτογραφία\s+αρχείου|\(αρχείου\)"
    r"|(?:عکس|تصویر)\s+آرشیوی"
    r"|[Ff]otografie\s+de\s+arhiv[ăa]|[Ff]oto\s+(?:de\s+)?arhiv[ăa]|[Aa]rchív\s+(?:fotó|kép|felvétel)"
    r"|\([Aa]rchív\)|[Ảả]nh\s+tư\s+liệu"
    # ... "foto arsip", "(Arsip)", "Foto: Arsip" (Indonesian), "צילום ארכיון", "(ארכיון)"
    # (Hebrew), "فائل فوٹو" (Urdu), "arxiv fotosu" (Azerbaijani), "arkivbild", "arkivfoto"
    # (Swedish, Danish, Norwegian), "archivní snímek" (Czech, Slovak), "arhivska fotografija"
    # (Croatian, Serbian)
    r"|\b(?:[Ff]oto|FOTO)\s+[Aa]rsip\b|\([Aa]rsip\)|[/:]\s*[Aa]rsip\b"
    r"|(?:צילום|תמונת)\s*:?\s*ארכיון|\(ארכיון\)|فائل\s+فوٹو"
    r"|\b[Aa]rxiv\s+(?:foto|şəkil|görüntü)\w*|\([Aa]rxiv\)|[Aa]rkiv(?:bild|foto)"
    r"|[Aa]rch[ií]vn[íaeý]\s+(?:snímek|snímka|snímku|foto\w*)|[Aa]rhivsk[aeio]\s+(?:foto\w*|snim\w+)"
    # an undated picture ("This undated handout photo", "undatiertes Archivbild")
    r"|(?P<undated>\b(?:[Uu]ndated|UNDATED|[Uu]ndatiert(?:e[nmrs]?)?|tidak\s+bertanggal"
    r"|non\s+datée?s?|senza\s+data|tarihsiz)\b)"
)
# A relative word that opens a clause about what an undated picture shows ("... the city,
# which the army retook on March 27", "yang direbut kembali ... pada hari Minggu (27/3/2016)").
_RELATIVE_RE = re.compile(
    r"\b(?:which|who|whom|yang|qui|lequel|laquelle|que|quien|die|der|welche[rs]?|che|cui"
    r"|który|która|które|ktorý|ktorá|který|která|которы\w*)\b[^,.;:()]*\(?$"
)
# A Getty Images header with its placeholder day ("ALEPPO, SYRIA - JANUARY 01: ..."): the
# agency did not know the day (an old or undated picture).
_PLACEHOLDER_RE = re.compile(r"[A-Z][^a-z:]{0,60}?\s[-–]\s+JANUARY 01:\s")
# Where any of these cues may be: "aken ", "AKEN ", "ombination", "OMBINATION", "ombo",
# "OMBO", "FILE", "ile ", "rchiv", "RCHIV", "quivo", "şiv", "أرشيفية", "undat", "UNDAT", "Y 01:",
# "Beginn" (as substrings), the words of :data:`_EARLIER_RE` ("earlier", "auparavant",
# "zuvor") and the undated pictures of other languages ("tidak ber", "senza d", "tarihsiz",
# "non daté"). Each alternative starts at its rarest letter, so the regex engine tries only the
# positions of k, K, b, B, F, l, v, V, q, ş, ش, U, u, Y, z and é: one search costs less than the
# substring tests.
_CUES_RE = re.compile(
    r"k(?<=ak)en |K(?<=AK)EN |b(?<=omb)(?:ination|o)|B(?<=OMB)(?:INATION|O)|FILE|l(?<=il)e "
    r"|v(?<=rchiv)|q(?=uivo)|ş(?=iv)|ش(?=يفية)|U(?=NDAT|ndat)|u(?=ndat)|Y(?= 01:)|B(?=eginn)"
    r"|V(?<=RCHIV)|Ş(?=İV)|ي(?<=أرشي)|l(?<=earl)ier|v(?<=parav)ant|z(?=uvor)|k(?<=tidak)(?= ber)"
    r"|z(?<=senz)a d|z(?<=tarihsiz)|é(?<=non daté)"
    # (the archive markers of the rarer languages: see _FILE_RE)
    r"|影(?<=撮影)|료(?=\s*사진)|料(?<=资料)|料(?<=資料)|ァイル写|х(?<=[Аа]рх)[иі]в|ę(?<=[Zz]dję)c|ρ(?=χείου)"
    r"|ر(?<=آر)شیو|v(?<=rhiv)|í(?<=rchí)v|ư(?= liệu)"
    r"|כ(?<=ארכ)יון|ئ(?<=فائ)ل|x(?<=[Aa]rx)iv|k(?<=[Aa]rk)iv"
)


def _cued(text: str) -> bool:
    """Whether ``text`` may hold a cue of :data:`_CUES_RE`, or the Indonesian archive marker
    ("foto arsip", "(Arsip)") by one substring test: a first letter as common as "p" in the
    pattern would cost a test at a fiftieth of the letters of every caption."""
    return _CUES_RE.search(text) is not None or "rsip" in text


_WEEKDAY_GROUPS = frozenset({"wd", "wd2", "rel", "fwd", "relc", "fwdc"})


def is_file_photo(text: str) -> bool:
    """Whether a caption presents its picture as a file photo ("FILE PHOTO", "(FILE)").

    Examples
    --------
    >>> is_file_photo("FILE PHOTO: A rebel fighter walks in Aleppo, Syria March 3, 2013.")
    True
    >>> is_file_photo("FILE - In this Oct. 5, 2012 file photo, smoke rises over Aleppo.")
    True
    >>> is_file_photo("Residents file past a damaged mosque in Aleppo.")
    False
    """
    return _FILE_RE.search(text) is not None


# A day that starts a period is not the photo's: "since Dec. 12", "seit dem 12. Dezember",
# "depuis le 12 décembre", "desde el 12 de diciembre", "dal 12 dicembre"; so is one that dates
# the start named before it, with no comma between ("Seit Beginn der Waffenruhe am vergangenen
# Dienstag kehrt ...").
_SINCE_WORDS: Final = frozenset(
    [
        "since",
        "Since",
        "seit",
        "Seit",
        "depuis",
        "Depuis",
        "desde",
        "Desde",
        "dal",
        "Dal",
        "dalla",
        "Dalla",
        # Indonesian and Malay, Swahili, Vietnamese ("kể từ ngày": see _since), Swedish, Danish and
        # Norwegian, Dutch, Polish, Czech, Slovak, Croatian, Hebrew
        "sejak",
        "Sejak",
        "tangu",
        "Tangu",
        "từ",
        "Từ",
        "sedan",
        "siden",
        "sinds",
        "Sinds",
        "od",
        "Od",
        "מאז",
        # Arabic ("منذ 18 آذار 2018"); Kurdish "ji" opens a day that "ve" closes ("ji 18ê
        # Adara 2018an ve": see _since)
        "منذ",
        "ji",
        "Ji",
    ]
)
_SINCE_ARTICLES: Final = frozenset(
    ["dem", "le", "el", "the", "il", "tanggal", "tarehe", "ngày", "den", "تاريخ", "يوم"]
)
# What closes a Kurdish day that starts a period, after its year's or its month's ending
# ("ji 18ê Adara 2018 ve", "ji 18ê Adara 2018an ve", "ji 18ê Adarê û vir ve").
_KU_SINCE_END_RE = re.compile(r"(?:an|yan|ê|yê)?\s+(?:û\s+vir\s+)?ve\b")
_SINCE_START_RE = re.compile(r"\b[Ss]eit\s+(?:dem\s+)?Beginn\b[^,.;:]*$")
_START_REACH = 120


def _since(text: str, start: int, end: int = -1) -> bool:
    """Whether the day starting at ``start`` (and ending at ``end``, when known) starts a
    period ("since Dec. 2", "seit dem 2. Dezember", "depuis le", "desde el", "dal", "dall'",
    "منذ", Kurdish "ji ... ve") or dates a start named before it with no comma between ("seit
    Beginn der Feuerpause am Montag")."""
    if start > 4:
        if text[start - 1] == " ":
            cut = text.rfind(" ", 0, start - 1)
            word = text[cut + 1 : start - 1]
            if word in _SINCE_ARTICLES and cut > 0:
                end = cut
                cut = text.rfind(" ", 0, end)
                word = text[cut + 1 : end]
            if word in _SINCE_WORDS:
                if word in ("ji", "Ji"):  # (Kurdish "ji", from, starts a period with "ve" only)
                    return end >= 0 and _KU_SINCE_END_RE.match(text, end) is not None
                # (Vietnamese "từ" alone is also "from" of a range: "kể từ", since, only)
                return word not in ("từ", "Từ") or text[cut - 2 : cut + 1] in ("kể ", "Kể ")
        elif text[start - 1] in "'’" and text[start - 5 : start - 1] in ("dall", "Dall"):
            return True
    return (
        "Beginn" in text
        and _SINCE_START_RE.search(text, max(0, start - _START_REACH), start) is not None
    )


# A day without its year that opens a later sentence than the picture's ("Una donna va in
# bicicletta vicino a Kiev. Il 24 febbraio le truppe russe sono entrate ...", "... On Dec. 12
# the army took the district") tells the story.
_OPENER_RE = re.compile(r"(?:Il|Le|El|On|Am|Em|No|Ao|Au)\s+$")
_OPENERS: Final = frozenset(("Il ", "Le ", "El ", "On ", "Am ", "Em ", "No ", "Ao ", "Au "))
# How the words before a day that starts a period end: "since ", "seit ", "depuis ", "desde ",
# "dal ", "dalla ", "dem ", "le ", "el ", "the ", "il " (and "dall'").
_SINCE_ENDS: Final = frozenset(
    ("ce ", "it ", "is ", "de ", "al ", "la ", "em ", "le ", "el ", "he ", "il ", "ll'", "ll’",
     "ak ", "gu ", "ày ", "từ ", "an ", "en ", "ds ", "od ", "Od ", "אז ", "نذ ", "ji ", "Ji ",
     "يخ ", "وم ")
)  # fmt: skip
# The three characters before a day that :func:`_not_since` may set aside.
_STORY_ENDS: Final = _SINCE_ENDS | _OPENERS


def _opens_story(text: str, found: _Mention) -> bool:
    """Whether ``found`` (stated without its year) opens a later sentence than the
    picture's (one of :data:`_TITLE_CHARS` characters or more)."""
    start = found[2]
    if start < _TITLE_CHARS or found[4] in _WEEKDAY_GROUPS or found[1][-4:].isdigit():
        return False
    stop = text.rfind(". ", 0, start)
    return (
        stop >= _TITLE_CHARS
        and _OPENER_RE.match(text, stop + 2, start) is not None
        and _FULL_STOP_RE.match(text, stop) is not None
    )


def _not_since(
    text: str,
    found: _Mention | None,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> _Mention | None:
    """``found``, or when it starts a period (:func:`_since`) the next day that does not;
    ``None`` when there is none, or when it opens a sentence of the story
    (:func:`_opens_story`: the days after it tell the story too)."""
    if found is None:
        return None
    # (cheap tests first: the two characters before the day, two substring tests)
    if text[found[2] - 3 : found[2]] in _SINCE_ENDS or "Beginn" in text:
        while found is not None and _since(text, found[2], found[3]):
            found = _next_date(text, gallery_date, memo, found[3], rare)
        if found is None:
            return None
    if text[found[2] - 3 : found[2]] in _OPENERS and _opens_story(text, found):
        return None
    return found


# A day that dates an event before the picture is not the picture's: a day "of" an event
# named before it ("épicentre des séismes du 6 février 2023", "nach dem Anschlag vom 9. Mai",
# "the attack of May 9"), a day closing a clause about an event named before it ("les séismes
# qui ont frappé la Turquie le 6 février 2023", "the earthquake that struck Syria on Feb. 6"),
# an English day before its event ("the May 9 attack") and, in a caption that says when its
# picture was taken, a day after "taken after" ("Picture taken after an attack on 9 May").
_EVENT_WORDS: Final = (
    "earthquake earthquakes quake quakes attack attacks strike strikes airstrike airstrikes "
    "bombing bombings blast blasts explosion explosions massacre "
    "séisme séismes tremblement tremblements attaque attaques attentat attentats frappe "
    "frappes bombardement bombardements "
    "Erdbeben Erdbebens Anschlag Anschlags Anschlägen Angriff Angriffs Angriffen "
    "Luftangriff Luftangriffs Luftangriffen Explosion Explosionen "
    "terremoto terremoti sisma attacco attacchi attentato attentati bombardamento "
    "bombardamenti esplosione esplosioni "
    "terremotos sismo sismos ataque ataques atentado atentados bombardeo bombardeos "
    "bombardeio bombardeios explosión explosiones explosão explosões"
)
_EVENT_NOUNS: Final = frozenset(_EVENT_WORDS.split())
# The words that tie a day to the event named before it ("séismes du", "Anschlag vom").
_EVENT_OF: Final = frozenset(
    ("du", "des", "of", "vom", "von", "del", "dello", "della", "do", "da", "de", "dell'", "dell’")
)
# How the text before such a day ends (its last three characters): "du ", "of ", "om " ...,
# and the words before the day of a clause ("on ", "le ", "am ", "il ", "el ", "em ").
_EVENT_ENDS: Final = frozenset(
    ("du ", "es ", "of ", "om ", "on ", "el ", "lo ", "la ", "do ", "da ", "de ", "ll'", "ll’")
) | frozenset(("le ", "am ", "il ", "em "))
_CLAUSE_DAY_WORDS: Final = frozenset(("on", "le", "am", "il", "el", "em"))
# The relative pronouns that open a clause about the event named before them (a cheap test
# first looks for the English ones only in a caption written in ASCII letters: French,
# German, Italian and Spanish captions have accents), and the marks that end such a clause.
_EVENT_CLAUSES: Final = (" that ", " which ", " qui ", " die ", " der ", " che ", " que ")
_ANY_CLAUSE_RE = re.compile(r" (?:that|which|qui|die|der|che|que) ")
_CLAUSE_BREAK_RE = re.compile(r"[.,;:()]")
_EVENT_REACH = 90
_TAKEN_AFTER_RE = re.compile(
    r"\b(?:[Tt]aken|TAKEN)\s+(?:\w+\s+){0,2}?(?:after|following|AFTER)\s[^.;!?]*$"
)
# An English day written before its event, or before the place and its event: "the May 9
# attack", "an April 20 air strike", "the 25 April 2015 Nepal earthquake".
_EVENT_AFTER_RE = re.compile(
    r" (?:[A-Z][\w'’-]+ )?(?:air\s+strikes?|(?:earth)?quakes?|attacks?|strikes?|airstrikes?"
    r"|bombings?|blasts?|explosions?|massacre)\b"
)


# Words before an event that make its day the picture's all the same (agencies date a
# picture taken in the hours after an event by the event's day: "following a huge explosion
# that rocked the capital on Aug. 4, 2020").
_RIGHT_AFTER: Final = (
    "after ",
    "After ",
    "following ",
    "Following ",
    "après ",
    "Après ",
    "nach ",
    "Nach ",
    "dopo ",
    "Dopo ",
    "tras ",
    "Tras ",
    "después ",
    "após ",
    "Após ",
    "depois ",
)


def _right_after(text: str, noun_start: int) -> bool:
    """Whether an event named at ``noun_start`` follows a word of :data:`_RIGHT_AFTER`
    (within a few words: "following a huge explosion")."""
    lo = max(0, noun_start - 24)
    return any(text.find(word, lo, noun_start) >= 0 for word in _RIGHT_AFTER)


# A later sentence that opens with a day and names an event as what happened then ("The
# destroyed old city. On February 6, 2023, a 7.8 magnitude earthquake hit the region.").
_EVENT_SUBJECT_RE = re.compile(
    r",\s+(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll][ea]s?|[Ee]ine?|[Dd](?:er|ie|as)|[Ee]l|[Ii]l|[Uu]n[ao])\s+"
    r"(?:[\w.'’-]+\s+){0,3}?(?:" + "|".join(sorted(_EVENT_NOUNS, key=len, reverse=True)) + r")\b"
)


# A day closing a clause that says what someone did, opened by "since" or "after" ("since
# militants took the city on June 10", "after the Taliban seized power on August 15"): the
# day of the deed. After "since" it starts a period (never the picture's day); after "after"
# it is the picture's only in a gallery of the days right after it (agencies date a picture
# taken in the hours after an event by the event's day): in a gallery dated more than
# GRACE_DAYS later, the gallery's time is the picture's.
_DEED_RE = re.compile(
    r"\b(?:(?P<since>[Ss]ince)|[Aa]fter)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:seized|took|captured|entered|overran|stormed|invaded|retook|recaptured|launched|began"
    r"|started|declared|fell|swept|struck|hit|attacked|bombed|shelled|killed|withdrew|pulled)"
    r"\b[^,.;:()]{0,60}\son\s$"
)


def _deed_day(text: str, found: _Mention, gallery_date: dt.date | None) -> bool:
    """Whether the day ``found`` (after "on ") closes a clause of :data:`_DEED_RE` and is not
    the picture's."""
    start = found[2]
    m = _DEED_RE.search(text, max(0, start - _EVENT_REACH), start)
    if m is None:
        return False
    if m.group("since"):
        return True
    day = found[0]
    return (
        day is not None
        and gallery_date is not None
        and (gallery_date - day).days > GRACE_DAYS
        and not _year_stated(found[1])
    )


# A Turkish day that dates an event, written before it: with the suffix of "the one on" ("6
# Şubat'taki depremler", "the earthquakes of 6 February"), before a participle saying what
# happened then ("6 Şubat 2023 günü yaşanan depremler", "tarihinde meydana gelen") or before
# the event itself ("6 Şubat depremi"). Not "8 Şubat'ta çekilen fotoğraf" (the picture taken
# on 8 February). The cheap test first: how the text after the day starts.
_TR_EVENT_STARTS: Final = ("'", "’", " günü ", " tarihinde ", " yaşanan", " meydana ", " deprem")
_TR_EVENT_RE = re.compile(
    r"(?:['’][dt][ae]ki\b"
    r"|(?:['’][dt][ae]|\s+(?:günü|tarihinde))?\s+(?:yaşanan|meydana\s+gelen|gerçekleşen|olan"
    r"|vuran)\b"
    r"|\s+deprem\w*)"
)


def _turkish_event(text: str, end: int) -> bool:
    """Whether the Turkish day ending at ``end`` dates an event (:data:`_TR_EVENT_RE`)."""
    return text.startswith(_TR_EVENT_STARTS, end) and _TR_EVENT_RE.match(text, end) is not None


# The verbs of a beginning before the day of a clause ("the uprising, which began on March
# 15, 2011", "une bataille qui a commencé le 15 novembre", "der Krieg, der am 15. März 2011
# begann" is not read: the verb follows): the day a period started, never the picture's.
_BEGAN: Final = frozenset(
    (
        "began", "begun", "started", "erupted", "commencé", "commencée", "débuté", "débutée",
        "commencés", "begonnen", "comenzó", "empezó", "comenzaron", "iniciada", "iniziata",
        "iniziato", "iniziò", "cominciata", "cominciato", "começou", "iniciou", "começaram",
    )
)  # fmt: skip
_BEGAN_LAST: Final = frozenset(word[-1] for word in _BEGAN)


# "Yesterday" in Turkish and the verb of a beginning later in its clause, in the pluperfect or
# as a participle ("Karkamış dün boşaltılmaya başlanmıştı": the evacuation of Karkamış had begun
# yesterday; "dün başlayan tahliye": the evacuation that began yesterday): the day a period
# began, as with _BEGAN, not the picture's. ("Operasyon dün başladı", it began yesterday, may
# be what the picture shows: kept.)
_TR_BEFORE_DAYS: Final = frozenset({"dün", "önceki gün", "evvelki gün"})
_TR_BEGAN_RE = re.compile(r"[^.!?;]*?\bbaşla(?:n|t)?(?:mıştı|yan|dığı)", re.IGNORECASE)


def _turkish_began(text: str, found: _Mention) -> bool:
    """Whether ``found`` is a Turkish "yesterday" whose sentence says something began then."""
    if "aşla" not in text or found[1].casefold() not in _TR_BEFORE_DAYS:
        return False
    return _TR_BEGAN_RE.match(text, found[3]) is not None


# A clause set aside by a comma that says what was done to what it follows, closing on the
# day ("Aleppo, which rebels seized on Nov. 30, is quiet", "Hanano, where the army entered on
# Nov. 27, ..."): the day of that deed, not the picture's.
_ASIDE_DEED_RE = re.compile(
    r", (?:which|where|who) [^,.;:()]{0,60}?\b(?:seized|took|captured|entered|overran|stormed"
    r"|retook|recaptured|fell|withdrew|pulled\s+out|swept|invaded|liberated|besieged)"
    r"\b[^,.;:()]{0,30}\son $"
)


def _aside_deed(text: str, start: int) -> bool:
    """Whether the day at ``start`` closes a clause of :data:`_ASIDE_DEED_RE`."""
    return _ASIDE_DEED_RE.search(text, max(0, start - _EVENT_REACH - 20), start) is not None


# A later sentence opened by its day that tells what was done then in a past passive or the
# pluperfect ("The hospital is one of the few still open in the east. On 23 July 2016, the
# area around it was bombed twice.", "... Le 3 mars 2016, le quartier a été bombardé.", "...
# Il 3 marzo 2016 l'ospedale è stato colpito.", "... El 3 de marzo de 2016 el barrio fue
# bombardeado.", "... Am 3. März 2016 wurde das Viertel bombardiert."): the story of the place
# the picture's sentence describes, not the picture's day (a sentence that names a picture is).
_TOLD_PAST_RE = re.compile(
    r"[^.;!?]{0,100}?(?<![^\W\d_])(?:(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|hit|struck|shot"
    r"|built|lost|held|cut|burnt|caught|left)"
    r"|had\s+(?:[a-z]+ly\s+)?[a-z]+ed|(?:a|ont|avait|avaient)\s+été|(?:è|sono|era|erano)\s+stat[oaie]"
    r"|(?:fue|fueron|había\s+sido|foi|foram)\s+[^\W\d_]+[ai]d[oa]s?|wurden?|hatten?)(?![^\W\d_])"
)


def _told_past(text: str, start: int, end: int) -> bool:
    """Whether the day from ``start`` to ``end``, opening a later sentence after one of
    :data:`_TITLE_CHARS` characters or more, dates what that sentence tells in the past
    (:data:`_TOLD_PAST_RE`), and the sentence names no picture."""
    if start - 5 < _TITLE_CHARS or _FULL_STOP_RE.match(text, start - 5) is None:
        return False
    if _TOLD_PAST_RE.match(text, end) is None:
        return False
    stop = text.find(". ", end)
    return _PICTURE_WORD_RE.search(text, start, stop if stop >= 0 else len(text)) is None


# A portrait's sitter, named with an age, and a verb of a move or a loss in the past before the
# day ("Osama, 36, returned to al-Bab on Feb. 25, after he fled ...", "X, 40, fled Aleppo on",
# "X, 12, was wounded in an air strike on", "X, 36 ans, est rentré à Alep le", "X, 36 años,
# regresó a Alepo el", "X, 36 anni, è tornato ad Aleppo il"): a day of the sitter's life, not
# the portrait's (which says what the sitter does now: "X, 36, sits in his shop on Feb. 25").
_SITTER_AGE_RE = re.compile(
    r",\s+(?:aged\s+)?\d\d?(?:\s+(?:years?\s+old|ans|años|anni|anos|Jahre))?,\s"
)
_SITTER_PAST_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+(?:aged\s+)?\d\d?"
    r"(?:\s+(?:years?\s+old|ans|años|anni|anos|Jahre))?,\s+"
    r"(?:(?:has|had)\s+)?(?:returned|fled|left|arrived|escaped|moved|came\s+back|went\s+back|lost"
    r"|sustained|survived|relocated|was\s+(?:wounded|injured|hurt|displaced|arrested|detained"
    r"|released|evacuated)"
    r"|est\s+(?:rentrée?|revenue?|retournée?|arrivée?|partie?)|a\s+(?:fui|quitté|perdu|survécu"
    r"|été\s+blessée?)|regresó|volvió|huyó|llegó|perdió|escapó|salió|fue\s+herid[oa]"
    r"|è\s+(?:tornat|fuggit|arrivat|rientrat|stat[oa]\s+ferit)[oa]?|ha\s+perso)"
    r"(?![^\W\d_])[^.;!?()]*\s(?:on|le|el|il)\s$"
)
_SITTER_REACH = 160


def _sitter_past(text: str, start: int) -> bool:
    """Whether the day at ``start`` closes a clause of :data:`_SITTER_PAST_RE` (a cheap test
    for the sitter's age first)."""
    lo = max(0, start - _SITTER_REACH)
    return (
        _SITTER_AGE_RE.search(text, lo, start) is not None
        and _SITTER_PAST_RE.search(text, lo, start) is not None
    )


def _event_day(text: str, found: _Mention, gallery_date: dt.date | None = None) -> bool:
    """Whether the day ``found`` dates an event before the picture (see
    :data:`_EVENT_NOUNS`, :data:`_DEED_RE`, :data:`_BEGAN` and :data:`_TR_EVENT_RE`), not the
    picture."""
    start = found[2]
    end = found[3]
    if found[4] == "fm" and _turkish_event(text, end):
        return True
    before = text[start - 3 : start]
    if before in _ARTICLE_ENDS and _EVENT_AFTER_RE.match(text, end) is not None:
        return True
    if before not in _EVENT_ENDS:
        return (
            before in _OPENERS
            and text[start - 5 : start - 3] == ". "
            and (_EVENT_SUBJECT_RE.match(text, end) is not None or _told_past(text, start, end))
        )
    # the word before the day, and the one before it
    if text[start - 4 : start - 3] == " ":
        cut = start - 4
        word = before[:2]  # ("on ", "le ", "du " ...: the most usual)
    else:
        cut = text.rfind(" ", 0, start - 1)
        word = text[cut + 1 : start - 1] if text[start - 1] == " " else text[cut + 1 : start]
    if word in _EVENT_OF:
        at = text.rfind(" ", 0, cut) + 1
        before = text[at:cut]
        if word == "of" and before == "the":
            cut = at - 1
            at = text.rfind(" ", 0, cut) + 1
            before = text[at:cut]
        if before in _EVENT_NOUNS and not _right_after(text, at):
            return True
    if word in _CLAUSE_DAY_WORDS:
        if _sitter_past(text, start):
            return True  # ("X, 36, returned to al-Bab on Feb. 25": a day of the sitter's life)
        if _participle_event(text, start):
            day = found[0]
            return not (
                day is not None
                and gallery_date is not None
                and 0 <= (gallery_date - day).days <= GRACE_DAYS
            )
        if word == "on" and _deed_day(text, found, gallery_date):
            return True
        if text[cut - 1 : cut] in _BEGAN_LAST and text[text.rfind(" ", 0, cut) + 1 : cut] in _BEGAN:
            return True  # "the uprising, which began on March 15, 2011": a period's start
        if word == "on" and _aside_deed(text, start):
            return True  # "Aleppo, which rebels seized on Nov. 30, ...": the place's story
        lo = max(0, start - _EVENT_REACH)
        for clause in _EVENT_CLAUSES:
            at = text.rfind(clause, lo, start)
            if at > 0 and _CLAUSE_BREAK_RE.search(text, at, start) is None:
                noun_at = text.rfind(" ", 0, at) + 1
                if text[noun_at:at] in _EVENT_NOUNS and not _right_after(text, noun_at):
                    return True
    if "aken " in text:
        lo = max(0, start - _EVENT_REACH - 40)
        return _TAKEN_AFTER_RE.search(text, lo, start) is not None
    return False


# The three characters before the day of a clause that are not those of a day "of" an event
# ("on ", "le " ...; not "el ", as in "del").
_CLAUSE_ONLY_ENDS: Final = frozenset(("on ", "le ", "am ", "il ", "em "))


# The three characters before an English day written before its event: an article ("the
# May 9 attack", "an April 20 air strike").
_ARTICLE_ENDS: Final = frozenset(("he ", "an ", " a ", "He ", "An "))
# The three characters before a day that :func:`_may_be_event` looks at further.
_EVENT_GATE: Final = _EVENT_ENDS | _OPENERS | _ARTICLE_ENDS
# ... and those, with a letter and a comma ("e, "), that the fast path of _photo_date lets
# through to it (every event noun ends in an ASCII letter).
_EVENT_FAST_GATE: Final = _EVENT_GATE | frozenset(
    letter + ", " for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_EN_CLAUSE_RE = re.compile(r"h(?:(?<= th)at|(?<= wh)ich) |c(?<=[Ss]inc)e |r(?<= wher)e ")


def _long_before(found: _Mention, gallery_date: dt.date | None) -> bool:
    """Whether ``found``, stated without its year, falls more than :data:`GRACE_DAYS` before
    the gallery's date (then :func:`_deed_day` may set it aside: a cheap test)."""
    day = found[0]
    return (  # (the days first: most days are of the gallery's week)
        day is not None
        and gallery_date is not None
        and (gallery_date - day).days > GRACE_DAYS
        and not _year_stated(found[1])
    )


# A day closing a participle that dates an event named just before it ("an air strike carried
# out on Feb. 15, 2016", "une frappe aérienne menée le 15 février 2016", "un bombardeo
# realizado el", "un attacco condotto il"): the event's day, told as background. Even after
# "after" or "following" (see _RIGHT_AFTER, where a relative clause, "following a huge
# explosion that rocked the capital on Aug. 4", dates a picture taken right after it), the
# participle dates the event apart from the picture: the picture's day only in a gallery of
# the GRACE_DAYS after it; in a gallery dated later, or of no date, the caption states none.
# (German writes the participle after the day, "der am 15. Februar geflogene Luftangriff", and
# "nach dem Luftangriff vom Samstag" stays the picture's: not read here.)
_PARTICIPLES: Final = frozenset(
    (
        "conducted", "launched", "mounted", "staged", "perpetrated", "menée", "menées", "mené",
        "menés", "effectuée", "effectuées", "effectué", "effectués", "lancée", "lancées",
        "perpétrée", "perpétré", "réalisée", "réalisé", "realizado", "realizada", "realizados",
        "realizadas", "lanzado", "lanzada", "perpetrado", "perpetrada", "efectuado",
        "efectuada", "effettuato", "effettuata", "effettuati", "condotto", "condotta",
        "condotti", "lanciato", "lanciata", "compiuto", "compiuta", "lançado", "lançada",
        "efetuado", "efetuada",
    )
)  # fmt: skip
# "carried out on", "llevado a cabo el", "levado a cabo em": the last word of the participle
_PARTICIPLE_TAILS: Final = {
    "out": ("carried out",),
    "cabo": ("llevado a cabo", "llevada a cabo", "levado a cabo", "levada a cabo"),
}
_PARTICIPLE_NOUN_REACH = 40


def _participle_event(text: str, start: int) -> bool:
    """Whether the day at ``start`` closes a participle of :data:`_PARTICIPLES` (after "on ",
    "le ", "el ", "il ", "em ") that dates an event of :data:`_EVENT_NOUNS` named in the few
    words before it ("an air strike carried out on", "une frappe aérienne menée le")."""
    cut = start - 4
    if text[cut : cut + 1] != " ":
        return False
    at = text.rfind(" ", 0, cut) + 1
    word = text[at:cut]
    if word in _PARTICIPLE_TAILS:
        at = next(
            (at - len(whole) + len(word) for whole in _PARTICIPLE_TAILS[word]
             if text.endswith(whole, 0, cut)),
            -1,
        )  # fmt: skip
        if at < 0:
            return False
    elif word not in _PARTICIPLES:
        return False
    return any(
        noun in _EVENT_NOUNS for noun in text[max(0, at - _PARTICIPLE_NOUN_REACH) : at].split()[-3:]
    )


def _may_be_event(text: str, start: int, before: str) -> bool:
    """Whether the day from ``start``, after the three characters ``before``, may date an
    event before the picture (a cheap test before :func:`_not_event`, which runs for few
    captions)."""
    if before in _EVENT_GATE:
        if before not in _CLAUSE_ONLY_ENDS:
            return True
        # (a caption saying its picture was "taken after" an event never comes here: "aken "
        # is one of the cues of _CUES_RE)
        if _participle_event(text, start) or _sitter_past(text, start):
            return True
        lo = start - _EVENT_REACH if start > _EVENT_REACH else 0
        return (
            _EN_CLAUSE_RE.search(text, lo, start) is not None
            if text.isascii()
            else _ANY_CLAUSE_RE.search(text, lo, start) is not None
        )
    if before[1:] == ", ":  # a day set beside its event ("an earthquake, Feb. 6, 2023")
        return text[text.rfind(" ", 0, start - 2) + 1 : start - 2] in _EVENT_NOUNS
    return False


def _not_event(
    text: str,
    found: _Mention | None,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> _Mention | None:
    """``found``, or when it dates an event before the picture (:func:`_event_day`) the next
    day that does not; ``None`` when there is none."""
    while found is not None and (day := found[0]) is not None:
        if _event_day(text, found, gallery_date):
            found = _next_date(text, gallery_date, memo, found[3], rare)
            continue
        start = found[2]
        if text[start - 2 : start] == ", ":
            # a day set beside its event ("following a massive earthquake, Feb. 6, 2023, in
            # Antakya, Turkey, Feb. 8, 2023"): a later day of the sentence is the picture's
            cut = text.rfind(" ", 0, start - 2)
            if text[cut + 1 : start - 2] in _EVENT_NOUNS:
                other = _next_date(text, gallery_date, memo, found[3], rare)
                if (
                    other is not None
                    and other[0] is not None
                    and other[0] > day
                    and _FULL_STOP_RE.search(text, found[3], other[2]) is None
                ):
                    return other
        break
    return found


# A day stated after a count of days "earlier" in its sentence ("a crater left two days
# earlier by an air strike on Oct. 8", "un cratère occasionné deux jours auparavant par une
# frappe menée le 8 octobre", "zwei Tage zuvor") is the
# day of what happened then: the picture's day is that many days after it. (Not "two days
# before the vote on Oct. 8", nor a count after the day: "on Oct. 10, two days earlier".)
_EARLIER_RE = re.compile(
    r"\b(?:(?P<en>a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+earlier"
    r"|(?P<fr>un|deux|trois|quatre|cinq|six|sept|[1-7])\s+jours?\s+auparavant"
    r"|(?P<de>einen|zwei|drei|vier|fünf|sechs|sieben|[1-7])\s+Tage?n?\s+zuvor)\b"
    r"[^.;!?]*$",
    re.IGNORECASE,
)
_COUNTS: Final = {
    language: {word: number for number, word in enumerate(words.split(), 1)}
    for language, words in (
        ("en", "one two three four five six seven"),
        ("fr", "un deux trois quatre cinq six sept"),
        ("de", "einen zwei drei vier fünf sechs sieben"),
    )
}


def _days_later(text: str, found: _Mention) -> _Mention:
    """``found``, or when a count of days "earlier" stands before it in its sentence
    (:data:`_EARLIER_RE`) the day that many days after it (its text is still the day's)."""
    day = found[0]
    if day is None or found[4] in _WEEKDAY_GROUPS:
        return found
    m = _EARLIER_RE.search(text, max(0, found[2] - _EVENT_REACH), found[2])
    if m is None or m.lastgroup is None:
        return found
    word = m.group(m.lastgroup)
    count = int(word) if word.isdigit() else _COUNTS[m.lastgroup].get(word.lower(), 1)
    return day + dt.timedelta(days=count), found[1], found[2], found[3], found[4]


# What may close a caption after a closing date line ("... 2013年2月23日。", "(7. Februar
# 2023)"): spaces, full stops, closing brackets.
_CLOSING_LINE_TAIL: Final = " \t\r\n.。)）"
# The last character of a day stated with its year: the year's last digit ("23 February
# 2013", "Feb. 23, 2013", "23.02.2013"), the day's of a Chinese, Japanese or Korean date
# ("2013年2月23日", "2013년 2월 23일"), Russian "year" after it ("23 февраля 2013 года", "2013 г.").
_CLOSING_LINE_LAST: Final = frozenset("0123456789日일аг")
# How far before the caption's end a closing date line may start: a place of a few words
# and a day ("Aleppo, Syria, 23 de fevereiro de 2013" is 38 characters).
_CLOSING_LINE_CHARS = 80
# The place before the day of a closing date line: at most two names of at most four words,
# each closed by a comma ("Aleppo, Syria, ", "シリア北部アレッポ、", "Alep (Syrie), ").
_LINE_PLACE_CHARS = 44
_LINE_PLACE_PARTS = 2
_LINE_PLACE_WORDS = 4
_PLACE_COMMA_RE = re.compile(r"[,、，]")
_LAST_LATIN = 0x24F
# The end of what comes before a closing date line: a sentence's end, a line break, or the
# opening of the brackets that close the caption.
_LINE_BREAK_RE = re.compile(r"[。！？\n(（]|[.!?](?=\s)")
# What may open the line between that end and its day: spaces, an opening bracket.
_LINE_OPENING: Final = " \t\r\n(（"
# A day written in numbers with its year first ("2024.12.04.", "2024-12-04", "2024/12/04"):
# how Korean and Chinese agencies stamp the day they sent the picture, under its caption ("[베이루트
# =AP/뉴시스] 5일(현지시간) ... 2024.12.06."); not a closing date line.
_STAMP_RE = re.compile(r"\d{4}\s*[./-]")


# The Russian word "year" after a year ("2013 года", "2013 г."), outside a date's span.
_YEAR_WORD_RE = re.compile(r"\s*(?:года|г)")


def _closes_year_word(text: str, at: int, end: int) -> bool:
    """Whether only the word "year" stands between ``at`` and ``end``."""
    m = _YEAR_WORD_RE.match(text, at, end)
    return m is not None and m.end() == end


def _line_place(head: str, bracket: bool) -> bool:
    """Whether ``head`` (what stands between a closing date line's start and its day) is
    empty or a place: one or two names of a few words each written with a capital (or in a
    script without capitals), each closed by a comma. In brackets that open after a word, not
    empty: a day in brackets alone is glued to what stands before it ("Minggu (18/8/2018)", an
    Indonesian weekday's)."""
    if not head:
        return not bracket
    if len(head) > _LINE_PLACE_CHARS or head.rstrip()[-1:] not in (",", "、", "，"):
        return False
    parts = _PLACE_COMMA_RE.split(head)[:-1]
    if len(parts) > _LINE_PLACE_PARTS:
        return False
    for part in parts:
        words = part.split()
        if not words or len(words) > _LINE_PLACE_WORDS:
            return False
        for word in words:
            first = word.lstrip("(")[:1]
            if not first or not (first.isupper() or (first.isalpha() and ord(first) > _LAST_LATIN)):
                return False
    return True


# What may follow the number that opens a closing date line: a separator of numbers, a letter
# ("23 February", "7. Februar", "23 de", "2013年", "2013년", "23/02"); not "4, 2016" (the rest
# of "Dec. 4, 2016" after its full stop).
_LINE_NUMBER_RE = re.compile(r"\d+\s*(?:[./\-]|[^\W\d_])")
# A word written in small Latin letters ("on December 15, 2016", "fled on ...").
_SMALL_WORD_RE = re.compile(r"(?<![^\s(,])[a-zß-ÿ]")


def _may_close(line: str) -> bool:
    """Whether ``line`` may be a closing date line, by cheap tests: opened by a number, one a
    date may start with; else with no word written in small letters before its first number (a
    place, a weekday and a month before the day are written with capitals)."""
    if line[0].isdigit():
        return _LINE_NUMBER_RE.match(line) is not None
    number = _DIGIT_RE.search(line)
    return number is not None and _SMALL_WORD_RE.search(line, 0, number.start()) is None


def _year_closes(text: str, end: int) -> bool:
    """Whether a year may close ``text[:end]`` with its day (cheap string tests): "... 2013",
    "2013年2月23日", "2013년 2월 23일", "2013 года"."""
    last = text[end - 1]
    if last.isdigit():
        return text[end - 4 : end - 2] in ("19", "20") and text[end - 2 : end].isdigit()
    if last in "日일":
        return (
            text.find("年", max(0, end - 8), end) >= 0
            or text.find("년", max(0, end - 10), end) >= 0
        )
    return (
        text.find(" 20", max(0, end - 12), end) >= 0 or text.find(" 19", max(0, end - 12), end) >= 0
    )


# A credit after a closing date line, on a line of its own or in the brackets that close the
# caption ("...\n23 February 2013\nREUTERS/Stringer", "... 23 February 2013. (Photo: AFP/Getty
# Images)", "2013年2月23日\n撮影：ロイター"): a photographer's or an agency's words, or a slash
# between names; a few words.
_CREDIT_WORD_RE = re.compile(
    r"(?i)\b(?:photos?|fotos?|foto:|photographer|picture|pictures|credit|crédit|bild|"
    r"reuters|afp|getty|anadolu|epa|sana|xinhua|ap|aa|dpa)\b|©|撮影|写真|提供|사진|图|摄|صورة"
)
_CREDIT_CHARS = 80


def _credit_trimmed(text: str) -> str | None:
    """``text`` without the credit that closes it (:data:`_CREDIT_WORD_RE`), or ``None``."""
    body = text.rstrip()
    if body[-1:] in (")", "）"):
        opening = max(body.rfind("("), body.rfind("（"))
        credit = body[opening + 1 : -1]
        if opening > 0 and _is_credit(credit):
            return body[:opening]
    cut = body.rfind("\n")
    if cut > 0 and _is_credit(body[cut + 1 :]):
        return body[:cut]
    return None


def _is_credit(words: str) -> bool:
    return (
        0 < len(words) <= _CREDIT_CHARS
        and any(ch.isalpha() for ch in words)
        and ("/" in words or _CREDIT_WORD_RE.search(words) is not None)
    )


def _closing_line(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> _Mention | None:
    """The day stated with its year that stands on a line or as a sentence of its own at the
    end of ``text`` ("... 衝撃でモスクが崩れた。2013年2月23日", "... the mosque fell.\n23
    February 2013", "... ausgebrochen. (7. Februar 2023)"): the day the picture was taken,
    as a "Picture taken" line, whatever day the sentences before it told ("2013年2月22日、
    ミサイルが落ちた。... 2013年2月23日" is the 23rd). ``None`` when the caption closes
    otherwise ("... in Aleppo, Syria December 13, 2016.": the normal reading), or with a day
    in numbers written year first (:data:`_STAMP_RE`: the day the picture was sent)."""
    end = len(text.rstrip(_CLOSING_LINE_TAIL))
    if not end:
        return None
    if text[end - 1] not in _CLOSING_LINE_LAST:
        # (one character tested: this runs for every caption; then a credit after the line,
        # on a line of its own or in closing brackets: the line before it is read)
        if text[end : end + 1] not in (")", "）") and "\n" not in text:
            return None
        trimmed = _credit_trimmed(text)
        return None if trimmed is None else _closing_line(trimmed, gallery_date, memo)
    if not _year_closes(text, end):
        return None
    for stop in _LINE_BREAK_RE.finditer(text, max(0, end - _CLOSING_LINE_CHARS), end):
        start = stop.end()
        while start < end and text[start] in _LINE_OPENING:
            start += 1
        first = text[start : start + 1]
        if not first or not (
            first.isdigit() or first.isupper() or (first.isalpha() and ord(first) > _LAST_LATIN)
        ):
            continue
        # the line alone is read (a few words: the whole caption's tests would cost more)
        line = text[start:end]
        if not _may_close(line):
            continue
        found = _next_date(line, gallery_date, memo, 0)
        if (
            found is not None
            and found[0] is not None
            and found[4] not in _WEEKDAY_GROUPS
            and (found[3] == len(line) or _closes_year_word(line, found[3], len(line)))
            and _line_place(line[: found[2]], stop.group() in "(（")
            and _HAS_YEAR_RE.search(found[1]) is not None
            and _STAMP_RE.match(found[1]) is None
        ):
            return found[0], found[1], start + found[2], start + found[3], found[4]
    return None


# A page's stamp: under the page's title, before its body, a day with its year and a clock time
# ("Πέμπτη, 18 Οκτωβρίου 2012 10:35", "8.8.2012 / 18:29", "جمعه 8 مرداد 1395 - 22:02") or the
# day's own weekday after it ("27 Ağustos 2016 Cumartesi"; not "... Cumartesi günü"): the day
# the page was published, not the picture's (see :func:`_stamp_line`). The lines of a page
# may have been joined into one by the gallery's reader: the stamp is read in the words.
_STAMP_GLUE = " \t\r\n,/|-–—"
_CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:])")
_FOUR_DIGITS_RE = re.compile(r"\d{4}")
# A word of a sentence right before the day ("... in Aleppo on Dec. 13, 2016 Tuesday ..."): the
# day is the sentence's, no stamp.
_STAMP_NOT_AFTER_RE = re.compile(
    r"(?<![^\W\d_])(?:on|at|in|of|since|from|until|le|du|au|el|del|il|dal|am|vom|em|no|de|den"
    r"|в|с|на|от|في|منذ)[\s,]*$"
)
_STAMP_WORD_RE = re.compile(r"[^\W\d_]+")
_STAMP_WEEKDAY_NOT_BEFORE_RE = re.compile(
    r"\s*(?:g[üu]n[üu]|sabah|akşam|aksam|gece|öğle|ogle|night|morning|evening|afternoon|noon"
    r"|soir|matin|après-midi|noche|mañana|tarde|notte|mattin|sera|pomeriggio|nacht|abend"
    r"|morgen|vormittag|nachmittag|вечер|утр|ночь|днём|днем)",
    re.IGNORECASE,
)
# What a stamp may be (a cheap test, before the caption is read for one): a year, then a clock
# time or a word (the weekday, see :func:`_may_stamp`). (Its four digits written "\d\d{3}": a
# pattern that starts with one character class lets the regex engine skip to the digits, where
# one that starts with a repeat is tried at every character of the caption.)
_STAMP_CUE_RE = re.compile(
    r"\d\d{3}[\s,/|–—-]{1,4}(?:(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.:]))|(?P<word>[^\W\d_]+))"
)
# The kind of the mention :func:`_stamp_line` gives for a stamp itself (its date is the page's:
# precision "gallery").
_STAMP_KIND: Final = "stamp"


def _stamp_weekday(word: str) -> int | None:
    """The weekday ``word`` names, in any language read here, else ``None``."""
    number = _FOREIGN_WEEKDAY_NUMBER.get(word)
    if number is None:
        number = _WEEKDAY_NUMBER.get(word.lower())
    return None if number is None else number % 7  # (the table counts Monday 0 and 7)


def _stamp_end(text: str, found: _Mention) -> int | None:
    """Where the page's stamp whose day is ``found`` ends: after the clock time or the day's
    own weekday that follows it (past the spaces, commas, slashes and dashes of
    :data:`_STAMP_GLUE`); ``None`` when neither follows."""
    at = found[3]
    while at < len(text) and text[at] in _STAMP_GLUE:
        at += 1
    clock = _CLOCK_RE.match(text, at)
    if clock is not None:
        return clock.end()
    word = _STAMP_WORD_RE.match(text, at)
    day = found[0]
    if (
        word is None
        or day is None
        or _stamp_weekday(word.group()) != day.weekday()
        or _STAMP_WEEKDAY_NOT_BEFORE_RE.match(text, word.end()) is not None
    ):
        return None
    return word.end()


def _may_stamp(text: str) -> bool:
    """Whether ``text`` may hold a page's stamp: a year followed by a clock time or by a
    weekday (:data:`_STAMP_CUE_RE`)."""
    return any(
        cue.group("clock") is not None or _stamp_weekday(cue.group("word")) is not None
        for cue in _STAMP_CUE_RE.finditer(text)
    )


def _stamp_line(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> tuple[_Mention | None, bool] | None:
    """The photo's date of a page's text whose first day, with its year, after the page's
    title, is its stamp (:func:`_stamp_end`): the day its body states, read against the
    stamp's day ("... στο Χαλέπι την Τρίτη." under a stamp of Thursday 18 October 2012 is the
    16th), else the stamp itself, as a gallery's date (kind :data:`_STAMP_KIND`). ``None``
    when the text has no such stamp."""
    found = _next_date(text, gallery_date, memo, 0)
    if (
        found is None
        or found[0] is None
        or _FOUR_DIGITS_RE.search(found[1]) is None
        or _STAMP_WORD_RE.search(text, 0, found[2]) is None  # (a title before it)
        or _TAKEN_RE.search(text, max(0, found[2] - 60), found[2]) is not None  # (its day)
        or _STAMP_NOT_AFTER_RE.search(text, max(0, found[2] - 12), found[2]) is not None
    ):
        return None
    end = _stamp_end(text, found)
    if end is None or _STAMP_WORD_RE.search(text, end) is None:  # (a body after it)
        return None
    body, file_photo = _photo_date(text[end:], found[0], memo)
    if body is not None:
        return (body[0], body[1], body[2] + end, body[3] + end, body[4]), file_photo
    if file_photo:
        return None, True
    return (found[0], found[1], found[2], found[3], _STAMP_KIND), False


def _photo_date(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None = None,
) -> tuple[_Mention | None, bool]:
    """The photo's date mention (date, text, start, end, kind) and whether it is a file photo:
    the day :func:`_stated_day` finds, unless it is only the day the picture was released
    (:func:`_released_only`: no day), or the dateline of a Japanese dispatch (its lead's day of
    what it shows, else none: :func:`_lead_day`)."""
    if not text.isascii() and _FULLWIDTH_DIGIT_RE.search(text) is not None:
        # digits written full width ("１３日"): read as ASCII ones (one character each, so the
        # span stays that of the caption's own text)
        found, file_photo = _photo_date(text.translate(_FULLWIDTH_DIGITS), gallery_date, memo)
        if found is not None:
            found = found[0], text[found[2] : found[3]], found[2], found[3], found[4]
        return found, file_photo
    if _may_stamp(text):
        stamped = _stamp_line(text, gallery_date, memo)
        if stamped is not None:
            return stamped
    closing = _closing_line(text, gallery_date, memo)
    if closing is not None:
        return closing, False  # (a line of its own that dates the picture: see there)
    found, file_photo = _stated_day(text, gallery_date, memo)
    if found is None or file_photo:
        return found, file_photo
    if found[4] == "cjk" and found[2] < 2 and text.startswith("【"):
        return _lead_day(text, found), False  # (a dispatch's dateline: 【10月24日 AFP】)
    if found[4] == "cjk" and _chinese_dateline(text, found):
        return _dispatch_day(text, found), False  # (新华社大马士革12月14日电, 新华社照片，…)
    if found[4] in ("cjk", "jd"):
        found = _cjk_photo_day(text, found, gallery_date, memo)
        if (
            found is not None
            and found[0] is not None
            and gallery_date is not None
            and (gallery_date - found[0]).days > _ANNIVERSARY_MIN
            and _anniversary(text, found, gallery_date)
        ):
            return _after_anniversary(text, found, gallery_date, memo), False
        return found, False
    while found is not None and found[4] == "fm" and _TR_SINCE_RE.match(text, found[3]):
        # a Turkish day that starts a period ("17 Temmuz'dan beri", "... bu yana", "...
        # itibaren"), as "since July 17": the next day stated, else none
        found = _next_date(text, gallery_date, memo, found[3])
    if found is None:
        return None, False
    start = found[2]
    if text[start - 3 : start] in _RELEASE_ENDS and _released_only(text, found):
        return None, False
    if found[0] is None and found[4] in _WEEKDAY_YEAR_KINDS:
        return _weekday_year(text, found), False
    if (
        gallery_date is not None
        and found[0] is not None
        and found[4] in _GALLERY_READ_KINDS
        and (" 20" in text or " 19" in text)
        and _other_month(text, found[0], gallery_date)
    ):
        return None, False  # (the month or year stated is read instead: _month_only)
    day = found[0]
    if (
        day is not None
        and gallery_date is not None
        and (gallery_date - day).days > _ANNIVERSARY_MIN
        and _anniversary(text, found, gallery_date)
    ):
        return _after_anniversary(text, found, gallery_date, memo), False
    if day is not None and gallery_date is not None and (day - gallery_date).days > GRACE_DAYS:
        return _not_ahead(text, found, gallery_date, memo), False
    if day is not None and text[start - 1 : start] in _WEEKDAY_GLUES:
        named = _weekday_before(text, start)
        if named is not None and named[0] != day.weekday():
            return None, False  # ("Minggu (18/8/2018)", a Saturday: a slip; no day stated)
    if found[4] == "wmd" and day is not None:
        weekday = _WEEKDAY_NUMBER.get(found[1].split(",")[0].split()[0].lower())
        if weekday is not None and weekday != day.weekday():
            return None, False  # ("Monday, Dec. 13, 2016", a Tuesday)
    return found, False


# What may close the words between a weekday and the day it names: "Senin (12/12/2016)",
# "Tuesday, 13 December", "mardi 13 décembre".
_WEEKDAY_GLUES: Final = frozenset((" ", "("))


# A day a whole number of years (give or take a month) before the gallery's date, after words
# that count the years since it ("a year after the army retook the city on Dec. 22, 2016",
# "one year ago, on December 22, 2016", "un an après la reprise d'Alep le 22 décembre 2016",
# "ein Jahr nach der Rückeroberung am 22. Dezember 2016", "hace un año, el 22 de diciembre de
# 2016", "bir yıl önce, 22 Aralık 2016'da", "في مثل هذا اليوم قبل 3 أعوام ... في 20 يناير 2018",
# "on the first anniversary of ..."): the day of what the gallery marks the anniversary of, not
# the picture's, which is taken on the anniversary (the gallery's date stands).
_ANNIVERSARY_MIN = 334  # (days: a year less a month)
_ANNIVERSARY_SLACK = 31
_YEARS_SINCE_RE = re.compile(
    r"\b(?:years?\s+(?:after|since|ago|later|on)\b|anniversary|on\s+this\s+day"
    r"|ans?\s+(?:après|plus\s+tard|jour\s+pour\s+jour)|il\s+y\s+a\s+(?:\w+\s+)?ans?\b"
    r"|anniversaire|Jahre?n?\s+(?:nach|danach|später)\b|vor\s+(?:\w+\s+)?Jahr(?:en)?\b"
    r"|Jahrestag|años?\s+(?:después|tras|más\s+tarde)\b|hace\s+(?:\w+\s+)?años?\b"
    r"|aniversario|ann[oi]\s+(?:dopo|fa|più\s+tardi)\b|anos?\s+(?:depois|após"
    r"|mais\s+tarde)\b|(?:há|faz)\s+(?:\w+\s+)?anos?\b|aniversário|yıl\s+(?:önce|sonra)\b"
    r"|yıl\s*dönümü|лет\s+назад|год\s+назад|годовщин|спустя\s+(?:\w+\s+)?(?:год|лет)"
    r"|jaar\s+(?:na|geleden|later)\b)"
    r"|(?:بعد|قبل)\s+(?:مرور\s+)?(?:\S+\s+)?(?:عام|أعوام|اعوام|سنة|سنوات|عامين|سنتين)"
    r"|ذكرى|مثل\s+(?:هذا|ذلك)\s+اليوم|주년|년\s*전|周年|週年|年前",
    re.IGNORECASE,
)


# Words that present a picture in the sentence of the day ("This picture shows ...", "Das Bild
# zeigt ...", "사진은 ..."): an old picture's own day, beside an anniversary.
_PICTURED_RE = re.compile(
    r"[Pp]hoto|[Ff]oto|[Pp]icture|[Ii]mage|[Bb]ild|pictured|shows|zeigt|montre|mostra|muestra"
    r"|사진|照片|图为|圖為|写真|صورة"
)


def _anniversary(text: str, found: _Mention, gallery_date: dt.date) -> bool:
    """Whether ``found`` is a day some whole years before ``gallery_date`` that words before it
    count the years since (:data:`_YEARS_SINCE_RE`), not a day a "taken" line gives nor one of
    a sentence that presents a picture (:data:`_PICTURED_RE`)."""
    day = found[0]
    if day is None:
        return False
    apart = (gallery_date - day).days
    years = round(apart / 365.2425)
    if years < 1 or abs(apart - years * 365.2425) > _ANNIVERSARY_SLACK:
        return False
    start = found[2]
    if any(t.end() == start for t in _TAKEN_RE.finditer(text, max(0, start - 60), start)):
        return False
    opened = max(text.rfind(". ", 0, start), text.rfind("。", 0, start))
    if _PICTURED_RE.search(text, opened + 1, start) is not None:
        return False  # ("Two years on, ... The picture shows residents fleeing on Dec. 13, 2016")
    return _YEARS_SINCE_RE.search(text, max(0, start - 400), start) is not None


def _after_anniversary(
    text: str,
    found: _Mention,
    gallery_date: dt.date,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> _Mention | None:
    """The next day stated after the anniversary's ``found`` (:func:`_anniversary`) that is
    not one, on or before the gallery's date and its days of grace; else none."""
    for other in _dates(text, gallery_date, memo, found[3]):
        if (
            other[0] is not None
            and (other[0] - gallery_date).days <= GRACE_DAYS
            and not _anniversary(text, other, gallery_date)
        ):
            return other
    return None


def _not_ahead(
    text: str,
    found: _Mention,
    gallery_date: dt.date,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> _Mention | None:
    """The photo's day when the day ``found`` falls after the gallery's date and its days of
    grace: no photo is published before it is taken, so ``found`` is a day to come ("talks
    set for Jan. 23, 2017") or a slip of the pen ("18/8/2018" in a gallery of 18 March 2018).
    The next day stated with its month (or in numbers) on or before that limit, else none."""
    # (days apart, not gallery_date + grace: a gallery of 31 Dec 9999 has no later date)
    for other in _dates(text, gallery_date, memo, found[3]):
        if (
            other[0] is not None
            and (other[0] - gallery_date).days <= GRACE_DAYS
            and other[4] not in _GALLERY_READ_KINDS
        ):
            return other
    return None


def _weekday_before(text: str, start: int) -> tuple[int, int] | None:
    """The weekday (Monday 0) written just before the day at ``start`` and where it starts
    ("Senin (12/12/2016)", "Wednesday (February 3)", "jeudi, 22 décembre"), or ``None``."""
    # (most days have no weekday before them: the last three letters before the glue first)
    before = text[max(0, start - 28) : start].rstrip()
    if before.endswith((",", "(")):
        before = before[:-1].rstrip()
    if before[-3:].lower() not in _WEEKDAY_ENDINGS:
        return None
    m = _WEEKDAY_BEFORE_RE.search(text, max(0, start - 28), start)
    if m is None:
        return None
    word = m.group("w")
    number = _WEEKDAY_NUMBER.get(word.lower())
    if number is None:
        number = _FOREIGN_WEEKDAY_NUMBER[word] % 7
    return number, m.start("w")


# The kinds of a day read against the gallery's date alone: a weekday ("on Friday", "Friday"),
# a feast's day without its year ("Easter Sunday", "on Christmas Eve").
_GALLERY_READ_KINDS: Final = _WEEKDAY_GROUPS | {"named"}


def _other_month(text: str, day: dt.date, gallery_date: dt.date) -> bool:
    """Whether ``text`` dates its picture by a month and year, or a year, that ``day`` (a
    weekday's or a feast's, read against the gallery's date) is not in (:func:`_month_only`):
    "attends Easter Sunday mass ... in April 2022" in a gallery of 2024, "prays on Friday in
    Aleppo in May 2021": the caption's month, not a day near the gallery's. Not a month after
    a verb of a deed (:data:`_DEED_BEFORE_RE`), which is the deed's."""
    stated = _month_only(text, gallery_date)
    if stated is None or _DEED_BEFORE_RE.search(text, 0, stated[2]) is not None:
        return False  # (not "walks on Friday past a mosque destroyed in April 2013")
    span = stated[1]
    if stated[4] == "year":
        return not span.startswith(str(day.year))
    return not span.endswith(str(day.year)) or _month_named(span) != day.month


def _month_named(span: str) -> int | None:
    """The month of a "Month YYYY" mention that :func:`_month_only` gives."""
    m = _MONTH_BEFORE_RE.search(span.rsplit(" ", 1)[0].rstrip(" ,"))
    if m is None:
        return None
    if m.group("mon") is not None:
        return _month(m.group("mon"))
    return _FOREIGN_MONTH_NUMBER.get(m.group("fmon").casefold().rstrip("."))


# The kinds of a day stated with its month and no year (English, then other languages).
_WEEKDAY_YEAR_KINDS: Final = frozenset(("wmd", "md", "dm", "fm"))
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
# The article that Danish and Swedish write between a weekday and its day ("torsdag den 8.
# december").
_ARTICLES_AFTER_WEEKDAY: Final = frozenset(("den",))


def _weekday_year(text: str, found: _Mention) -> _Mention:
    """The day ``found``, stated with its weekday and month but no year in a gallery of no
    date ("jeudi 22 décembre", "on Thursday, Dec. 22", "am Donnerstag, 22. Dezember"), in the
    one year written in the caption that makes the weekday fit ("... retook in 2016": 22
    December 2016 is a Thursday); else ``found`` (no year: no day). Not the years next to
    those written: a weekday fits one year in seven, and with three years a year of the
    background ("four years after the battle of 2012") would fit Thursday, Dec. 22 in 2011;
    the years written are the caption's own time or its story's, and only they are tried."""
    start, end = found[2], found[3]
    years = {int(m.group()) for m in _HAS_YEAR_RE.finditer(text)}
    if not years:
        return found
    words = _WORD_RE.findall(text, max(0, start - 24), start)
    if found[4] == "wmd":
        words = _WORD_RE.findall(found[1])[:1]
    if words and words[-1] in _ARTICLES_AFTER_WEEKDAY:
        words.pop()  # ("torsdag den 8. december", "torsdagen den 8 december")
    if not words:
        return found
    word = words[-1]
    weekday = _WEEKDAY_NUMBER.get(word.lower())
    if weekday is None:
        number = _FOREIGN_WEEKDAY_NUMBER.get(word)
        if number is None:
            return found
        weekday = number % 7
    fits = set()
    for year in years:
        again = _next_date(found[1], dt.date(year, 12, 31), None, 0)
        if again is not None and again[0] is not None and again[0].weekday() == weekday:
            fits.add(again[0])
    if len(fits) != 1:
        return found
    return fits.pop(), found[1], start, end, found[4]


def _stated_day(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None = None,
) -> tuple[_Mention | None, bool]:
    """The photo's date mention (date, text, start, end, kind) and whether it is a file photo.

    In order: the day of a "Picture taken ..." line; the latest day a combination of
    pictures shows; the first date stated. A file photo takes no weekday nor a day said
    relative to the gallery's ("yesterday"): both are read against the gallery's date, and
    a file photo is older than its gallery.
    """
    if not _cued(text):
        found = _next_date(text, gallery_date, memo, 0)
        if found is not None and _weekday_reported(text, found):
            found = _not_reported(
                text, _next_date(text, gallery_date, memo, found[3]), gallery_date, memo, None
            )[0]
            if found is None:
                return None, False  # ("said on Wednesday (February 3)": a statement's day)
        if found is not None and found[4] in _WEEKDAY_GROUPS and _reported(text, found):
            found = _not_reported(text, found, gallery_date, memo, None)[0]
            if found is None:
                return None, False  # (a statement's day: not a weekday's read otherwise)
        if found is not None:
            before = text[found[2] - 3 : found[2]]  # (sliced once: this runs for every caption)
            if before in _STORY_ENDS:
                found = _not_since(text, found, gallery_date, memo, None)
                before = "" if found is None else text[found[2] - 3 : found[2]]
            if found is not None and (
                (
                    before in _EVENT_FAST_GATE
                    and (
                        _may_be_event(text, found[2], before)
                        or (before == "on " and _long_before(found, gallery_date))
                    )
                )
                or (found[4] == "fm" and _turkish_event(text, found[3]))
            ):
                found = _not_event(text, found, gallery_date, memo, None)
                if found is None:
                    return None, False  # (a day is stated: not a misspelt month's nor a weekday's)
            if found is not None and found[4] == "rel" and _turkish_began(text, found):
                found = _next_date(text, gallery_date, memo, found[3])
                if found is None:
                    return None, False  # (the day something began: no day of the picture)
        if (
            found is not None
            and found[4] in _STORY_KINDS
            and (found[4] != "rel" or found[0] != gallery_date)  # ("Today ...": the same day)
            and _in_story(text, found[2])
            and not _event_told(text, found[2])
        ):
            found = None  # (_in_story's first test is a substring test)
        elif found is not None and (
            (found[4] in _RARE_DAY_KINDS and _rare_story(text, found))
            or (
                found[2] > _TITLE_CHARS
                and (  # (a later sentence, or a title and a year before the day: cheap tests)
                    text.find(". ", _TITLE_CHARS, found[2]) >= 0
                    or (
                        text.find(". ", 0, _TITLE_CHARS) >= 0
                        and (
                            text.find(" 20", 0, found[2]) >= 0 or text.find(" 19", 0, found[2]) >= 0
                        )
                    )
                )
                and _told_later(text, found)
            )
        ):
            return None, False
        if found is None:
            if ", 20" in text or ", 19" in text:
                found = _misspelt_month(text, gallery_date)
            found = (
                found
                or _month_first(text, gallery_date)
                or _short_numeric(text, gallery_date)
                or _numeric_day(text, gallery_date)
                or _arabic_numeric(text, gallery_date)
                or _named_day(text, gallery_date)
                or _bare_weekday(text, gallery_date)
            )
            if (
                found is not None
                and text[found[2] - 3 : found[2]] in _SINCE_ENDS
                and _since(text, found[2], found[3])
            ):
                # (the day set aside above as a period's start, found again by another
                # reading: "since March 18, 2018" read month first)
                return None, False
            return found, False
        end = found[3]
        if text.startswith(_PLACED_STARTS, end) and _PLACED_RE.match(text, end) is not None:
            return _placed_pictures(text, gallery_date, memo) or found, False
        looked = _second_look(text, found, gallery_date, memo, None, False)
        # (!=, not "is not": compiled by mypyc, a tuple returned is a copy)
        if looked != found and looked[2] >= _TITLE_CHARS and _told_later(text, looked):
            return None, False  # (the day given instead tells the story: see _told_later)
        return looked, False
    if "Y 01:" in text:
        placeholder = _placeholder(text, gallery_date, memo)
        if placeholder is not None:
            return placeholder
    rare = _may_be_rare(text)
    file = _FILE_RE.search(text)
    file_photo = file is not None
    for taken in _TAKEN_RE.finditer(text):
        found = next(_dates(text, gallery_date, memo, taken.end(), rare), None)
        if found is not None and found[2] == taken.end() and found[0] is not None:
            return found, file_photo
    if "撮影" in text:  # Japanese writes the day before the word: "11月30日撮影", "(25日撮影)"
        for found in _dates(text, gallery_date, memo, 0, rare):
            if found[0] is not None and _TAKEN_CJK_RE.match(text, found[3]) is not None:
                return found, file_photo
    combo = _COMBINATION_RE.search(text)
    if combo is not None:
        stop_at = _SENTENCE_END_RE.search(text, combo.end())
        stop = stop_at.start() if stop_at is not None else len(text)
        shown = [
            d
            for d in _dates(text, gallery_date, memo, 0, rare)
            if d[2] < stop
            and d[0] is not None
            and d[4] not in _WEEKDAY_GROUPS
            and _MADE_ON_RE.search(text, max(0, d[2] - 20), d[2]) is None
        ]
        if shown:
            latest = max(shown, key=lambda d: (d[0], d[2]))
            return latest, file_photo
    elif "(" in text:
        placed = _placed_pictures(text, gallery_date, memo)
        if placed is not None:
            return placed, file_photo
    if not file_photo:
        found = _next_date(text, gallery_date, memo, 0, rare)
        if found is not None and _weekday_reported(text, found):
            found = _not_reported(
                text, _next_date(text, gallery_date, memo, found[3], rare), gallery_date, memo, rare
            )[0]
            if found is None:
                return None, False
        if found is not None and found[4] in _WEEKDAY_GROUPS and _reported(text, found):
            found = _not_reported(text, found, gallery_date, memo, rare)[0]
            if found is None:
                return None, False
        if found is not None and (text[found[2] - 3 : found[2]] in _STORY_ENDS or "Beginn" in text):
            found = _not_since(text, found, gallery_date, memo, rare)
        if found is not None:
            found = _not_event(text, found, gallery_date, memo, rare)
            if found is None:
                return None, False
            found = _days_later(text, found)
        if (
            found is not None
            and found[4] in _STORY_KINDS
            and (found[4] != "rel" or found[0] != gallery_date)  # ("Today ...": the same day)
            and _in_story(text, found[2])
            and not _event_told(text, found[2])
        ):
            found = None
        elif found is not None and (
            (found[4] in _RARE_DAY_KINDS and _rare_story(text, found))
            or (found[2] >= _TITLE_CHARS and _told_later(text, found))
        ):
            return None, False
        if found is None:
            return (
                _misspelt_month(text, gallery_date)
                or _month_first(text, gallery_date)
                or _short_numeric(text, gallery_date)
                or _numeric_day(text, gallery_date)
                or _arabic_numeric(text, gallery_date)
                or _named_day(text, gallery_date)
                or _bare_weekday(text, gallery_date)
            ), False
        looked = _second_look(text, found, gallery_date, memo, rare, False)
        if looked != found and looked[2] >= _TITLE_CHARS and _told_later(text, looked):
            return None, False  # ("X, morta il 9 aprile ... . La città è stata liberata il 1
            # aprile ...": neither day is the picture's)
        return looked, False
    if file is not None and file.lastgroup == "undated":
        # an undated picture shows no day of its own after the sentence that presents it
        # ("This undated handout photo shows X. X was killed on May 23.")
        stop_at = _FULL_STOP_RE.search(text, file.end())
        stop = stop_at.start() if stop_at is not None else len(text)
        for found in _dates(text, gallery_date, memo, 0, rare):
            if found[2] >= stop:
                break
            if found[4] not in _WEEKDAY_GROUPS:
                if _RELATIVE_RE.search(text, file.end(), found[2]) is not None:
                    break  # a day of a clause about what it shows ("..., which rebels took
                    # on March 27"): not the picture's
                found = _second_look(text, found, gallery_date, memo, rare, True)
                return (found if found[2] < stop else None), True
        return None, True
    for found in _dates(text, gallery_date, memo, 0, rare):
        if found[4] not in _WEEKDAY_GROUPS and not _event_day(text, found):
            return _second_look(text, found, gallery_date, memo, rare, True), True
    return _misspelt_month(text, gallery_date), True


# A month and year with no day ("Old Damascus March 2009.", "en abril de 2016.") closing the
# sentence that shows the picture: its month, not its day. Not "since March 2011".
# (matched before the year, which str.find finds fast: " 2009")
_MONTH_BEFORE_RE = re.compile(
    r"(?:(?P<mon>" + _MONTH + r")|(?P<fmon>" + _FOREIGN_MONTH + r"))(?:\s+de)?,?$"
)
_SINCE_RE = re.compile(
    r"(?:\b(?:[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]ill|[Ss]eit|[Bb]is|[Dd]esde|[Dd]epuis|[Dd]al|[Ff]ino)"
    r"|[Dd]all['’])\s*(?:(?:the\s+end\s+of|early|late|mid-?|[Ee]nde|[Aa]nfang|fin|début)\s*)?$"
)


# A month and year inside the picture's first sentence, after a word of time, dates the picture
# ("Weihnachtsgeschenke baumeln im Dezember 2009 an der Decke", "Tourists stroll in the souk in
# August 2010 before ...") unless a verb of what happened then stands before it in its clause
# ("a mosque destroyed in March 2013", "the city, which fell in December 2016").
_NOW_WORD_RE = re.compile(
    r"\b(?:today|now|nowadays|heute|jetzt|aujourd['’]hui|actualidad|hoy|hoje|oggi|bugün|vandaag"
    r"|nu|ora|adesso|agora|currently)\b"
)
_TIME_WORD_ENDS: Final = ("in ", "im ", "en ", "em ", "nel ", "w ", "в ", "во ", "a ", "di ")
_DEED_BEFORE_RE = re.compile(
    r"\b(?:\w+ed|began|begun|fell|broke|took|came|hit|struck|won|lost|left|fled|built|held|was"
    r"|were|became|ge\w+[te]n?|\w+iert|zerstört|\w+(?:é|ée|és|ées)|\w+(?:ad|id)[oa]s?"
    r"|\w+(?:at|ut|it)[oaie]|since|seit|depuis|desde|dal|до|с|od|from|von)\b"
    r"|\b(?:which|who|that|where|qui|où|que|die|der|das|wo|che|dove|cuando|quand|als|when)\b"
)


def _month_of_picture(text: str, start: int, end: int) -> bool:
    """Whether the month and year at ``text[start:end]`` stand in the picture's first sentence
    after a word of time, with no verb of a deed, relative pronoun or "since" before them in
    the sentence (:data:`_DEED_BEFORE_RE`) and no other time after them in it (a pair of
    pictures: "in juni 2009 en diezelfde binnenplaats in december 2016", "... and today")."""
    if not text.endswith(_TIME_WORD_ENDS, 0, start):
        return False
    if _DEED_BEFORE_RE.search(text, 0, start) is not None:
        return False
    stop_at = _FULL_STOP_RE.search(text, end)
    hi = stop_at.start() if stop_at is not None else len(text)
    return _HAS_YEAR_RE.search(text, end, hi) is None and _NOW_WORD_RE.search(text, end, hi) is None


# A relative pronoun opening the clause of a month ("..., which fell in January 2017", "...,
# qui a été libérée en janvier 2015", "..., die im Januar 2017 fiel", "..., que cayó en enero
# de 2017"): the month is the deed's the clause tells, not the picture's.
_RELATIVE_WORD_RE = re.compile(
    r"(?:^|[,;(]\s*|\s)(?:which|who|that|where|when|qui|où|que|quand|die|der|das|wo|als|che"
    r"|dove|quando|cuando|donde|onde)\s"
)
_RELATIVE_REACH = 60
# A day written before a month ("6 février", "6. Februar", "6 de febrero", "1er mars").
_DAY_BEFORE_MONTH_RE = re.compile(r"(?<!\d)\d{1,2}(?:er|º|ª|\.)?\s+(?:de\s+)?$")


def _relative_clause(text: str, start: int) -> bool:
    """Whether a relative pronoun (:data:`_RELATIVE_WORD_RE`) stands in the clause before
    ``start`` (after its last comma, semicolon or bracket, within :data:`_RELATIVE_REACH`
    characters)."""
    lo = max(0, start - _RELATIVE_REACH)
    for stop in _CLAUSE_BREAK_RE.finditer(text, lo, start):
        lo = stop.start()
    return _RELATIVE_WORD_RE.search(text, lo, start) is not None


def _month_only(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The month and year (:data:`_MONTH_BEFORE_RE` and the year after it) closing the
    picture's sentence of a caption that states no day, when the gallery's date is not
    within that month (a review of past years, or a gallery of the next month: "al-Bab,
    January 2017." in a gallery of 2017-02-07; the gallery's date is not the photo's), or
    when the gallery has no date; ``None`` otherwise (and for a year closing the first
    sentence that a sentence about now follows, :data:`_NOW_RE`: the picture is of now, the
    year the story's).
    Its date is ``None``: a month is not a day."""
    years = sorted(
        p
        for lead in (" 19", " 20")
        for p in _find_all(text, lead)
        if text[p + 3 : p + 5].isdigit() and not text[p + 5 : p + 6].isdigit()
    )
    for at in years:
        m = _MONTH_BEFORE_RE.search(text, max(0, at - 16), at)
        if m is None:
            alone = _year_alone(text, at)
            if alone is None:
                continue
            if alone == at + 1 and _NOW_RE.search(text, at) is not None:
                return None  # "damaged in the fighting in 2013. Today ..."
            year = int(text[at + 1 : at + 5])
            close = _year_end(text, at)
            if gallery_date is None:
                pass  # (no gallery's day to keep)
            elif close == at + 5 and (
                year <= gallery_date.year <= year + 1
                and (gallery_date.year == year or gallery_date.timetuple().tm_yday <= 31)
            ):
                return None  # the gallery's year (or the month after it)
            elif close > at + 5 and year <= gallery_date.year < year + 10:
                return None  # the gallery's decade
            return None, text[alone:close], alone, close, "year"
        end = at + 5
        if _YEAR_TAKEN_RE.search(text, max(0, m.start() - 60), m.start()) is not None:
            pass  # a month after words saying when the picture was taken ("A imagem foi feita
            # em agosto de 2010"), wherever it stands
        elif _FULL_STOP_RE.search(text, 0, m.start()) is not None and not (
            text[: m.start()].rstrip().endswith(".") and _CLOSING_RE.match(text, end) is not None
        ):
            return None  # in a later sentence than the picture's: the story (not a sentence
            # of its own, a month and year alone: "... before. July 2017. © Name")
        elif _CLOSING_RE.match(text, end) is None and (
            (gallery_date is not None and int(text[at + 1 : end]) == gallery_date.year)
            or not _month_of_picture(text, m.start(), end)
        ):
            continue  # (inside the sentence, only a month of another year than the gallery's)
        if _SINCE_RE.search(text, max(0, m.start() - 30), m.start()) is not None:
            continue
        if _DAY_BEFORE_MONTH_RE.search(text, max(0, m.start() - 8), m.start()) is not None:
            continue  # (a day's month: "séismes du 6 février 2023", read or set aside as a day)
        if _relative_clause(text, m.start()):
            continue  # ("Children play in Manbij, which fell in January 2017.": the deed's)
        month = (
            _month(m.group("mon"))
            if m.group("mon") is not None
            else _FOREIGN_MONTH_NUMBER[m.group("fmon").casefold().rstrip(".")]
        )
        first = dt.date(int(text[at + 1 : end]), month, 1)
        after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        if gallery_date is not None and first <= gallery_date < after:
            return None  # (the gallery's own month: its day may be the picture's)
        return None, text[m.start() : end], m.start(), end, "month"
    return None


# A month with no day that dates the picture: a Chinese, Japanese or Korean month before the
# words "taken" in its brackets or sentence ("(2018年10月シリア・コバニ・山田撮影)", "(昨年10月
# ... 撮影)", "（去年10月摄于科巴尼）", "작년 10월 코바니에서 촬영"), with its year, "last year"
# or neither; an English "last October" closing the picture's first sentence ("... in Kobani
# last October."). Of another month than the gallery's date's, the gallery's day is not the
# picture's (see :func:`_month_taken`).
_CJK_MONTH_TAKEN_RE = re.compile(
    r"(?<![\d年년月월])(?:(?P<yr>(?:19|20)\d\d)\s*[年년]\s*|(?P<last>昨年|去年|작년|지난해)\s*)?"
    r"(?P<mon>1[0-2]|0?[1-9])\s*[月월](?!\s*\d)"
    r"(?=[^。！？.!?()（）]{0,40}?(?:撮影|拍摄|拍攝|摄于|攝於|촬영))"
)
_LAST_MONTH_RE = re.compile(
    r"\blast\s+(?P<mon>" + "|".join(MONTH_NAMES) + r")\b(?=[\s,]*(?:$|[.(]|REUTERS|AFP|Reuters))"
)


# A month and year with no day of Russian or Arabic, closing the picture's first sentence ("...
# под Эль-Бабом, январь 2017 года.", "... в январе 2017 г.", "... في الباب، كانون الثاني
# 2017.", "يناير 2017"), or Chinese, Japanese or Korean, opening the caption before a comma
# ("2017年1月，...") or closing it as a sentence of its own ("... 歩く戦闘員。2017年1月",
# "... 반군. 2017년 1월"): the picture's month, as :func:`_month_only` reads the others.
# Words before a Russian or Arabic month that make it a deed's or a period's ("которые бежали в
# январе 2017", "с января 2017", "منذ يناير 2017", "الذي سقط في يناير 2017").
_MORE_DEED_RE = re.compile(
    r"(?<![^\W\d_])(?:котор\w*|когда|где|с|со|после|до|начиная|منذ|الذي|التي|الذين|حين|عندما"
    r"|بعد|قبل|حتى)(?![^\W\d_])"
)
_MORE_CLOSE_RE = re.compile(r"[\s,،]*(?:$|[.。(（)）©]|REUTERS|AFP|Reuters|EPA|Getty)")


def _month_more(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The month and year with no day of :data:`_MORE_MONTH_YEAR_RE` or
    :data:`_CJK_MONTH_YEAR_RE` that dates the picture, when ``gallery_date`` is not in that
    month (or there is none); ``None`` otherwise. Its date is ``None``: a month is not a day."""
    found: tuple[int, int, int, int] | None = None  # (year, month, start, end)
    if "年" in text or "년" in text:
        for m in _CJK_MONTH_YEAR_RE.finditer(text):
            head = text[: m.start()].rstrip()
            opens = (
                not head
                and _MORE_CLOSE_RE.match(text, m.end()) is None
                and text[m.end() : m.end() + 2].lstrip()[:1] in ("，", ",", "、")
            )
            closes = (not head or head.endswith(("。", ".", "！", "？"))) and text[m.end() :].strip(
                " 。."
            ) == ""
            if opens or closes:
                found = int(m.group("yr")), int(m.group("mon")), m.start(), m.end()
                break
    if found is None and not text.isascii() and (" 19" in text or " 20" in text):
        for m in _MORE_MONTH_YEAR_RE.finditer(text):
            if _MORE_CLOSE_RE.match(text, m.end()) is None:
                continue
            before = text[: m.start()].rstrip()
            own = before.endswith((".", "。"))  # (a sentence of its own)
            if not own and (". " in before or "。" in before):
                continue  # (in a later sentence: the story)
            if _MORE_DEED_RE.search(text, max(0, m.start() - _DEED_NEAR), m.start()) is not None:
                continue
            month = (
                _RU_MONTH_NUMBER[m.group("ru")]
                if m.group("ru") is not None
                else _ARABIC_MONTH_NUMBER.get(_arabic_key(m.group("ar")), 0)
            )
            if month:
                found = int(m.group("yr")), month, m.start(), m.end()
                break
    if found is None:
        return None
    year, month, start, end = found
    if gallery_date is not None and (gallery_date.year, gallery_date.month) == (year, month):
        return None  # (the gallery's month: its day may be the picture's)
    return None, text[start:end], start, end, "month"


_DEED_NEAR = 40  # (characters before "last October" where a verb of a deed is its)
_LAST_DEED_RE = re.compile(
    r"\b(?:\w+ed|fled|took|fell|left|came|began|begun|broke|won|lost|held|built|hit|struck"
    r"|was|were|had|who|which|that|since|until|till)\b"
)


def _month_taken(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The month with no day that dates the picture (:data:`_CJK_MONTH_TAKEN_RE`,
    :data:`_LAST_MONTH_RE`, the English one in the first sentence and after no verb of a deed),
    when it is not the month of ``gallery_date`` (or there is none); its date is ``None``: a
    month is not a day."""
    m: re.Match[str] | None = None
    last = False
    if "月" in text or "월" in text:
        m = _CJK_MONTH_TAKEN_RE.search(text)
        last = m is not None and m.group("last") is not None
    if m is None and "last " in text:
        m = _LAST_MONTH_RE.search(text)
        if m is not None and (
            _FULL_STOP_RE.search(text, 0, m.start()) is not None
            or _LAST_DEED_RE.search(text, max(0, m.start() - _DEED_NEAR), m.start()) is not None
        ):
            return None  # (in a later sentence, or after a deed: "who fled Azaz last October")
        last = m is not None
    if m is None:
        return None
    month = int(m.group("mon")) if m.group("mon").isdigit() else _month(m.group("mon"))
    if gallery_date is not None:
        if m.groupdict().get("yr"):
            year = int(m.group("yr"))
        elif last and not m.group("mon").isdigit():
            year = gallery_date.year - (1 if month >= gallery_date.month else 0)
        elif last:
            year = gallery_date.year - 1
        else:
            year = gallery_date.year - (1 if month > gallery_date.month else 0)
        if (year, month) == (gallery_date.year, gallery_date.month):
            return None  # (the gallery's month: its day may be the picture's)
    return None, m.group(), m.start(), m.end(), "month"


# A picture from another time that the caption does not date: "This photo taken earlier this
# year shows ...", "a picture from last year", "taken before the war"; a view of before an
# event, in a before-and-after gallery ("The satellite image shows the dam before the flood",
# "what the street looked like before", "So sah es dort vor der Flut aus", "wie es vorher
# aussah", "l'image montre la mosquée avant la guerre", "Before: ..."). Read in the picture's
# (first) sentence only, where the caption states no day: the gallery's date is not the photo's.
_EVENTS_BEFORE: Final = (
    "war conflict fighting uprising revolution destruction flood floods flooding earthquake "
    "earthquakes quake disaster storm hurricane cyclone typhoon tsunami fire fires wildfire "
    "wildfires eruption invasion bombing bombings bombardment siege collapse demolition "
    "occupation"
)
_BEFORE_EVENT = (
    r"before\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(_EVENTS_BEFORE.split(), key=len, reverse=True))
    + r")\b"
)
_OTHER_TIME_RE = re.compile(
    # taken earlier this year | from last year | taken years ago | taken before the war
    r"\b(?:taken|shot|photographed|from)\s+(?:earlier\s+(?:this|in\s+the)\s+(?:year|month)"
    r"|(?:earlier\s+)?last\s+(?:year|month|summer|winter|spring|autumn|fall)"
    r"|(?:(?:a\s+few|several|some|many|two|three|four|five|\d+)\s+)?(?:years|months)\s+"
    r"(?:ago|earlier)|an?\s+(?:year|month)\s+(?:ago|earlier)|in\s+the\s+past|"
    + _BEFORE_EVENT
    + r")"
    # how it looked before | what it looked like before
    r"|\blooked(?:\s+like)?\b[^.;!?]{0,40}?\bbefore\b"
    # a picture of before an event
    r"|\b(?:[Pp]hoto\w*|[Pp]icture\w*|[Ii]mage\w*|[Vv]iews?|pictured|shows?|showing|shown)"
    r"\b[^.;!?]{0,80}?\b"
    + _BEFORE_EVENT
    # German: sah ... vor der Flut aus | wie es vorher aussah | das Bild zeigt ... vor dem Krieg
    + r"|\b(?:sah|aussah|aussieht|aussehen)\b[^.;!?]{0,60}?"
    r"\b(?:vorher|zuvor|früher|vor\s+d(?:er|em|en))\b"
    r"|\b(?:vorher|zuvor|früher|vor\s+d(?:er|em|en)\s+\w+)\b[^.;!?]{0,40}?\b(?:sah|aussah|aussieht)\b"
    r"|\b(?:Bild|Foto|Aufnahme|Satellitenbild|Luftbild|Luftaufnahme)\w*\b[^.;!?]{0,80}?"
    r"\bvor\s+d(?:er|em)\s+(?:\w+\s+)?(?:Flut|Krieg|Erdbeben|Beben|Zerstörung|Hochwasser"
    r"|Überschwemmung|Katastrophe|Brand|Angriff|Bombardierung|Unwetter|Sturm|Explosion"
    r"|Einsturz|Invasion)"
    # French, Spanish, Italian, Portuguese: a picture of before the war, the flood ...
    r"|\b(?:[Pp]hoto\w*|[Ii]mage\w*|[Vv]ue|[Cc]lich[ée]|[Ff]oto\w*|[Ii]mag[ei]n\w*|[Vv]ista"
    r"|[Vv]eduta|montre|muestra|mostra)\b[^.;!?]{0,80}?\b(?:avant\s+(?:la|le|les|l['’])\s*"
    r"|antes\s+d(?:el|e\s+la|e\s+las|e\s+los|a|o|as|os)\s+|prima\s+(?:della|del|dell['’]|dei|delle)\s*)"
    r"(?:guerre|conflit|séisme|tremblement|inondation|crue|destruction|catastrophe|incendie"
    r"|bombardement|explosion|tempête|ouragan|invasion|combats|guerra|conflicto|conflito"
    r"|terremoto|sismo|inundaci|enchente|destrucci|destrui|cat[aá]strofe|incendio|incêndio"
    r"|bombardeo|bombardeio|explos|tormenta|tempestade|hurac|furac|invas|conflitto|sisma"
    r"|alluvione|distruzione|catastrofe|bombardament|esplosione|tempesta|uragano|invasione)"
    r"|\b(?:à\s+quoi\s+ressemblait|cómo\s+era|como\s+era|com['’]era)\b[^.;!?]{0,60}?\b(?:avant|antes|prima)\b"
    # a title of a few words: "Tariq al-Bab before the missile attack."
    r"|^(?:[\w'’-]+\s+){1,5}?before\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:attacks?|strikes?"
    r"|airstrikes?|bombings?|explosions?|blasts?|shelling|"
    + "|".join(sorted(_EVENTS_BEFORE.split(), key=len, reverse=True))
    + r")\s*(?:[.(]|$)"
    # a label: "Before:", "BEFORE -", "Vorher:", "Avant :", "Antes:", "Prima:"
    r"|^(?:Before|BEFORE|Vorher|VORHER|Avant|AVANT|Antes|ANTES|Prima|PRIMA)\s*[:–-]"
)


def _may_be_other_time(text: str) -> bool:
    """Whether ``text`` may hold a wording of :data:`_OTHER_TIME_RE` (substring tests)."""
    return (
        "efore" in text  # (taken/shot/from before, looked before, a picture of before)
        or "aken " in text  # (taken earlier this year, taken last year ...)
        or "vor" in text  # (vorher, vor der, zuvor)
        or "rüher" in text
        or "avant" in text
        or "ntes" in text
        or "rima" in text
        or "EFORE" in text
        or "AVANT" in text
        or "ANTES" in text
        or "PRIMA" in text
        or "ORHER" in text
        or "s ago" in text  # (years ago, months ago)
        or "from last" in text
        or "from earlier" in text
        or "shot last" in text
        or "shot earlier" in text
        or "graphed last" in text
        or "graphed earlier" in text
    )


def _other_time(text: str) -> bool:
    """Whether the picture's (first) sentence presents a picture of another time
    (:data:`_OTHER_TIME_RE`) with no day."""
    stop_at = _FULL_STOP_RE.search(text)
    hi = stop_at.start() if stop_at is not None else len(text)
    if hi < _TITLE_CHARS and stop_at is not None:  # a title of a few words first
        stop_at = _FULL_STOP_RE.search(text, stop_at.end())
        hi = stop_at.start() if stop_at is not None else len(text)
    return _OTHER_TIME_RE.search(text, 0, hi) is not None


# A year alone that dates the picture: after words saying when it was taken ("A foto foi
# tirada em 2009", "picture taken in 2013", "photo prise en 2013", "aufgenommen 2014"), or
# closing the picture's first sentence, alone or before its place ("Fighters in Raqqa in
# 2014.", "Kämpfer des Islamischen Staats 2014 in Rakka."). Not "since 2011", "until 2014",
# nor a span of years ("2011-2016").
_YEAR_TAKEN_RE = _gated(
    r"\b(?:taken|photographed|pictured|shot|tirada|feita|tomada|prise|scattata|aufgenommen"
    r"|entstand|entstanden|réalisée?|hecha|fatta|gemacht"
    # "when I took this photo in 2009", "this picture was made in", "a foto foi feita em"
    r"|(?:took|made|shot)\s+(?:this|the|that)\s+(?:photo(?:graph)?|picture|image|shot)"
    r"|(?:photo(?:graph)?|picture|image)\s+(?:was\s+)?(?:made|shot|snapped)"
    # "a picture from the 1990s", "eine Aufnahme aus den 1990er Jahren", "una foto de 2008"
    r"|(?:[Aa]ufnahme|[Bb]ild|[Ff]oto(?:grafía|grafia)?|[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage"
    r"|[Ii]magen|[Ii]mmagine|[Ii]magem)s?\s+(?:aus|from|dating\s+from|de|di|da|del|des))"
    # (in, im, em ...; before a decade: "in the 1980s", "dans les années 1980", "in den")
    r"(?:\s+(?:in|em|en|nel|im|dans|no|na|ca\.|around|circa|um))?"
    r"(?:\s+(?:the|les\s+années|den|dem\s+Jahr|los\s+años|gli\s+anni|anni|os\s+anos|anos"
    r"|early|late|mid-?))*\s$"
)
# The end of a decade written after its first year: "the 1980s", "the 1980's", "1980er",
# "les années 1980" (nothing).
_DECADE_END_RE = re.compile(r"(?:['’]?s|er(?:\s+Jahren?)?)(?![^\W\d_])")
_YEAR_PLACE_RE = re.compile(
    r" (?:in|en|em|à|a|nel|im|near) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?=[\s,]*(?:$|[.(]))"
)
# ... or after the words of a picture given out then ("an image issued by the agency KCNA in
# 2013", "a photo released by the army in 2014").
_YEAR_ISSUED_RE = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Hh]andout|[Ss]till|[Ff]ootage)s?\s+"
    r"(?:was\s+|were\s+)?(?:issued|released|distributed|published|provided|handed\s+out"
    r"|made\s+public|circulated|posted)(?:\s+by\s+[^,.;()]{1,70}?)?\s+in\s$"
)
_ISSUED_REACH = 110
# The words that open a caption with its year ("In 2013, rebels held the old city").
_YEAR_OPENERS: Final = frozenset(("In", "Em", "En", "Au", "Nel", "Im", "Ende", "Anfang", "Dans"))
_DAY_BEFORE_RE = re.compile(r"\d(?:st|nd|rd|th|er|º)?\.?,?$")
_NOT_YEAR_RE = re.compile(
    r"(?:\b(?:[Bb]efore|[Aa]fter|[Bb]y|[Bb]etween|[Aa]vant|[Aa]ntes|[Pp]rima|[Vv]or|[Nn]ach)"
    r"|[-–/])\s*$"
)


def _year_end(text: str, at: int) -> int:
    """Where the year at ``at`` (" 1980") ends, with the end of a decade (:data:`_DECADE_END_RE`:
    "the 1980s", "1980er Jahre")."""
    end = at + 5
    if text[end : end + 1] in ("s", "'", "’", "e"):
        decade = _DECADE_END_RE.match(text, end)
        if decade is not None:
            return decade.end()
    return end


def _year_alone(text: str, at: int) -> int | None:
    """Where the words dating the picture by the year at ``at`` (" 2014") start, if the year
    alone dates it (see :data:`_YEAR_TAKEN_RE`), or a decade ("the 1980s"); ``None``
    otherwise."""
    end = _year_end(text, at)
    if text[end : end + 1] in ("-", "–", "/") or text[at - 1 : at] in ("-", "–", "/"):
        return None  # a span of years
    if text[end : end + 1] == "," and text[:at] in _YEAR_OPENERS:
        return 0  # the year opening the caption ("In 2013, ...", "Em 2010, ...")
    if _DAY_BEFORE_RE.search(text, max(0, at - 8), at) is not None:
        return None  # the year of a day ("May 2, 2016")
    lo = max(0, at - 30)
    taken = _YEAR_TAKEN_RE.search(text, lo, at + 1)
    if taken is None and text[at - 3 : at] == " in":
        taken = _YEAR_ISSUED_RE.search(text, max(0, at - _ISSUED_REACH), at + 1)
    if taken is not None:
        return taken.start()
    if _CLOSING_RE.match(text, end) is None and _YEAR_PLACE_RE.match(text, end) is None:
        return None
    if _SINCE_RE.search(text, lo, at + 1) is not None or _NOT_YEAR_RE.search(text, lo, at + 1):
        return None
    stop_at = _FULL_STOP_RE.search(text, 0, at)
    if stop_at is not None and (
        text.count(" ", 0, stop_at.start()) > 2
        or _FULL_STOP_RE.search(text, stop_at.end(), at) is not None
    ):
        return None  # in a later sentence than the picture's (after more than a title of
        # a few words: "Alep. Le souk en 2006."): the story
    return at + 1


def _find_all(text: str, part: str) -> Iterator[int]:
    """Where ``part`` stands in ``text``."""
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _placeholder(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> tuple[_Mention | None, bool] | None:
    """The photo's date of a caption whose Getty header gives the placeholder day
    "JANUARY 01" (:data:`_PLACEHOLDER_RE`): a day stated after it, else none (and never the
    gallery's: the picture is older than its gallery). ``None`` when the caption has no
    such header."""
    header = _PLACEHOLDER_RE.match(text)
    if header is None:
        return None
    at = text.index("JANUARY 01", header.start())
    blank = text[:at] + " " * len("JANUARY 01") + text[at + len("JANUARY 01") :]
    found, _ = _photo_date(blank, gallery_date, memo)
    if found is not None and (found[0] is None or found[4] in _WEEKDAY_GROUPS):
        found = None
    return found, True


# A day of the rarer languages' months (:data:`_OTHER_MONTHS`, Hungarian, Vietnamese, Chinese)
# that tells the story, not the picture: one in a clause about someone killed or dead ("syna
# Vadyma, ktorého zabili ruskí vojaci 30. marca v Buči"), one opening a later sentence than the
# picture's that names no picture and goes on with what happened ("... UNESCO. 12. července
# 2015 došlo k explozi ..."), a Chinese day in a sentence before the one presenting the picture
# ("图为 ...", "the picture shows") that states none (not the dateline of a dispatch, "4月16日电").
_RARE_DAY_KINDS = frozenset({"om", "hu", "vi", "cjk"})
_RARE_LIFE_RE = re.compile(
    r"\b(?:ktor|kter|któr|котор|кој|кот|koj)\w*\s+(?:[^,;()]{0,40}?\s)?"
    r"(?:zabil|zabit|zabic|zahynul|zomrel|zemřel|zginął|zginęł|zginęli|zmarł|ubij|ubil|ubit"
    r"|убил|убит|убий|погиб|умер|загин)\w*[^,;()]{0,60}$",
    re.IGNORECASE,
)
_RARE_PICTURE_RE = re.compile(
    r"fot|snímk|snimk|zdjęci|фото|снимк|знімк|kép|felvétel|kuva|bild|slik|imagin|εικόν|φωτογρ"
    r"|תמונ|צילום|ảnh|\bpictur|\bphoto|\bimage",
    re.IGNORECASE,
)
_PICTURE_SHOWS: Final = ("图为", "圖為", "图中", "圖中")
# Slavic words for "it happened": a day of what happened then ("Do użycia broni chemicznej
# miało dojść 21 sierpnia", "12. července 2015 došlo k explozi").
_RARE_HAPPENED_RE = re.compile(
    r"\b(?:doszło|doszł\w*|dojść|došlo|došl\w*|dôjsť|произошл\w*|случил\w*|сталося|сталась"
    r"|відбул\w*|dogodil\w*|zgodil\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def _rare_story(text: str, found: _Mention) -> bool:
    """Whether the day ``found`` of :data:`_RARE_DAY_KINDS` tells the story."""
    start, end = found[2], found[3]
    if found[4] == "cjk":
        if text[end : end + 1] in ("电", "電"):
            return False  # the dateline of a dispatch
        for shows in _PICTURE_SHOWS:
            at = text.find(shows, end)
            if at >= 0 and text.find("。", end, at) >= 0:
                close = text.find("。", at)
                return _CJK_DAY_RE.search(text, at, close if close >= 0 else len(text)) is None
        return False
    if _RARE_LIFE_RE.search(text, max(0, start - 100), start) is not None:
        return True
    stop = text.rfind(". ", 0, start)
    close = text.find(". ", end)
    if (
        _RARE_HAPPENED_RE.search(text, max(stop, start - 60, 0), close if close >= 0 else len(text))
        is not None
    ):
        return True  # "miało dojść 21 sierpnia", "12. července 2015 došlo k explozi"
    if stop < _TITLE_CHARS or len(text[stop + 2 : start].split()) > 1:
        return False  # in the picture's sentence, or not opening its own
    close = text.find(". ", end)
    hi = close if close >= 0 else len(text)
    if _RARE_PICTURE_RE.search(text, stop, hi) is not None:
        return False
    return len(text[end:hi].split()) > 2  # (not a day closing its sentence: "... 2022 r.")


_CJK_DAY_RE = re.compile(r"\d\s*[月월]\s*\d{1,2}\s*[日号일]")


# A weekday (English, or of another language written with spaces) that is the caption's first
# day but stands in a later sentence than the one showing the picture tells the story ("A man
# looks out of a cave in Idlib. Russia resumed air strikes on Tuesday", "... Les avions ont
# bombardé mercredi ...", "... a Kurdish official said on Tuesday"): the photo's day is not
# stated. A first "sentence" of a few words is a title or a place ("Aleppo. Rebels fire ...
# on Tuesday"), not the picture's.
# A day said relative to the gallery's in a later sentence ("... Jets bombed the area yesterday,
# activists said.", "... Hier, des avions ont bombardé le secteur.") tells the story too; "Today
# they reopened their shops" is the gallery's day either way, and stays read.
_STORY_KINDS = frozenset({"wd", "wd2", "fwd", "fwdc", "rel"})
_TITLE_CHARS = 40


# The end of a sentence as _SENTENCE_END_RE reads it, written to start with the full stop
# (the regex engine then skips fast to one).
_FULL_STOP_RE = _gated(
    r"\.(?<!\bJan\.)(?<!\bFeb\.)(?<!\bMar\.)(?<!\bApr\.)(?<!\bJun\.)(?<!\bJul\.)(?<!\bAug\.)"
    r"(?<!\bSep\.)(?<!\bSept\.)(?<!\bOct\.)(?<!\bNov\.)(?<!\bDec\.)\s+(?=[A-Z(])"
)


def _in_story(text: str, start: int) -> bool:
    """Whether a sentence of :data:`_TITLE_CHARS` characters or more ends before ``start``
    (at a full stop and a space)."""
    return (
        text.find(". ", _TITLE_CHARS, start) >= 0  # a substring test first (fast)
        and _FULL_STOP_RE.search(text, _TITLE_CHARS, start + 1) is not None
    )


# A later sentence whose subject is the event the picture's sentence shows it right after
# ("Rescuers search a building following an earthquake in Aleppo. The quake that struck in the
# early hours of Monday ...", "... après un séisme. Le séisme survenu lundi ...", "... nach
# einem Erdbeben. Das Erdbeben am Montag ..."): its weekday is the event's, which agencies
# date the picture by (as :func:`_right_after` in one sentence).
_RIGHT_AFTER_EVENT_RE = re.compile(
    r"(?:after|following|après|nach|dopo|tras|después\s+de|após|depois\s+de)\s+"
    r"(?:an?|the|un|une|le|la|l['’]|einem|einer|dem|der|uno?|una|il|lo|el|um|uma|o|a)\s*"
    r"(?P<w1>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?",
    re.IGNORECASE,
)
_EVENT_SUBJECT_START_RE = re.compile(
    r"(?:The|Le|La|L['’]|Das|Der|Die|Il|Lo|El|O|A)\s*(?P<w1>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?"
)


def _names_event(m: re.Match[str] | None) -> bool:
    """Whether the first or second word ``m`` matched (its groups ``w1``, ``w2``: a noun, or
    an adjective and a noun) is an event noun of :data:`_EVENT_NOUNS`."""
    return m is not None and (m.group("w1") in _EVENT_NOUNS or m.group("w2") in _EVENT_NOUNS)


def _event_told(text: str, start: int) -> bool:
    """Whether the sentence of the day at ``start`` is about the event that the picture's first
    sentence shows it right after (:data:`_RIGHT_AFTER_EVENT_RE`): its subject is that event
    (:data:`_EVENT_SUBJECT_START_RE`), an event noun of :data:`_EVENT_NOUNS`."""
    opened = text.rfind(". ", 0, start)
    if opened < 0:
        return False
    if not _names_event(_EVENT_SUBJECT_START_RE.match(text, opened + 2)):
        return False
    first = _FULL_STOP_RE.search(text)
    stop = first.end() if first is not None else opened
    return any(_names_event(m) for m in _RIGHT_AFTER_EVENT_RE.finditer(text, 0, stop))


# A day in a later sentence than the picture's tells the story when a sentence about now
# follows it ("... the minaret was destroyed on 24 March 2013. Today the mosque lies in
# ruins.": the picture is of now), or when it is stated without its year in a sentence that
# neither names a picture nor gives the day its weekday ("Homes line the river in Derna. The
# flood swept away whole streets on September 10 night."); not "The picture, taken on Feb. 1,
# shows ...", "Pour la journée du mardi 3 mai, ...".
_NOW_RE = re.compile(r"\.\s+(?:Today|Hoje|Aujourd['’]hui|Heute|Hoy|Oggi|Bugün)\b")
_PICTURE_WORD_RE = _gated(
    r"[Pp]hoto|[Ff]oto|[Pp]icture|[Ii]mage|[Bb]ild|taken|aufgenommen|prise|scattat|tomad|shows"
    r"|zeigt|montre|mostra|muestra|journée|PHOTO|PICTURE|FOTO"
    r"|\b(?:" + _cased(*_WEEKDAYS) + r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
)


def _year_stated(span: str) -> bool:
    """Whether a day's text states its year ("Dec. 12, 2016", "2016-12-12", "12.12.2016")."""
    return span[-4:].isdigit() or span[:4].isdigit()


def _dated_by_year(text: str, found: _Mention) -> bool:
    """Whether the picture's sentence (the first, or the second after a title of a few
    words), when ``found`` stands after it, dates the picture by a year alone
    (:func:`_year_alone`) other than the year of ``found``: "Alep. Le souk en 2006. ...
    L'Orient-Le Jour du 7 janvier 2017." (the later day tells the story)."""
    day = found[0]
    start = found[2]
    if day is None or (text.find(" 20", 0, start) < 0 and text.find(" 19", 0, start) < 0):
        return False  # (no year before the day: cheap tests first)
    stop_at = _FULL_STOP_RE.search(text, 0, start)
    if stop_at is not None and text.count(" ", 0, stop_at.start()) <= 2:
        stop_at = _FULL_STOP_RE.search(text, stop_at.end(), start)  # after a title
    if stop_at is None:
        return False
    hi = stop_at.start()
    for lead in (" 19", " 20"):
        at = text.find(lead, 0, hi)
        while at >= 0:
            if (
                text[at + 3 : at + 5].isdigit()
                and not text[at + 5 : at + 6].isdigit()
                and int(text[at + 1 : at + 5]) != day.year
                and _MONTH_BEFORE_RE.search(text, max(0, at - 16), at) is None
                and _year_alone(text, at) is not None
            ):
                return True
            at = text.find(lead, at + 1, hi)
    return False


def _deed_told_later(text: str, found: _Mention) -> bool:
    """Whether the first day ``found`` closes a later sentence than the picture's (one of
    :data:`_TITLE_CHARS` characters or more) that tells a deed done in the past, a passive
    before the day (:data:`_TOLD_PAST_RE`: "The mosque stands in ruins after years of war. Its
    minaret was destroyed on 24 April 2013.", "Son minaret a été détruit le 24 avril 2013."),
    and names no picture: the story's day, not the picture's."""
    start = found[2]
    stops = list(_FULL_STOP_RE.finditer(text, 0, start))
    if not stops or stops[-1].start() < _TITLE_CHARS:
        return False
    stop_at = stops[-1]
    lo = stop_at.end()
    hi = text.find(". ", found[3])
    if _PICTURE_WORD_RE.search(text, lo, hi if hi >= 0 else len(text)) is not None:
        return False
    clause = max(lo, text.rfind(",", lo, start) + 1)  # (the day's clause: not "It was built in
    # 1090, the guide said on Dec. 12, 2016.")
    return _TOLD_PAST_RE.match(text, clause, start) is not None


def _told_later(text: str, found: _Mention) -> bool:
    """Whether the first day ``found`` (not a weekday) tells the story (see
    :data:`_NOW_RE`)."""
    start = found[2]
    if found[4] in _WEEKDAY_GROUPS:
        return False
    if _dated_by_year(text, found):
        return True
    if text.find(". ", _TITLE_CHARS, start) < 0:
        return False
    if _deed_told_later(text, found):
        return True
    if _year_stated(found[1]):
        return _NOW_RE.search(text, found[3]) is not None and _in_story(text, start)
    if not _in_story(text, start):
        return False
    if _NOW_RE.search(text, found[3]) is not None:
        return True
    lo = text.rfind(". ", 0, start)
    hi = text.find(". ", found[3])
    return _PICTURE_WORD_RE.search(
        text, lo, hi if hi >= 0 else len(text)
    ) is None and not _picture_fragment(text, lo + 2, start)


# A sentence of no verb that presents what the picture shows, its day closing it, after a long
# first sentence of background ("Four in ten of the fighters are women. Some of their members on
# a road near Kobani on September 19.", "... Two Kurdish fighters walking near the border on
# Oct. 3."): the picture's day, not the story's. A determiner, a noun (with "of them", "of the",
# an adjective of a people or a name, a participle) and a preposition open it, and no verb of a
# deed nor relative pronoun (:data:`_DEED_BEFORE_RE`) stands between them and the day.
_FRAGMENT_RE = re.compile(
    r"(?:A|An|The|Some|Many|Several|Two|Three|Four|Five|Six|Dozens|Hundreds|One|Most|Other)\s+"
    r"(?:of\s+them\s+|(?:of\s+(?:the|their|his|her|its|these|those)\s+)?"
    r"(?:[A-Z][\w'’-]*\s+|[a-z]+(?:ish|ian|ese|i)\s+)?[a-z][\w'’-]*\s+(?:[a-z]+ing\s+)?)"
    r"(?:on|in|at|near|inside|outside|along|during|by|among|beside|with|amid)\s"
)


def _picture_fragment(text: str, lo: int, start: int) -> bool:
    """Whether the sentence from ``lo`` to the day at ``start`` is one of no verb that
    presents the picture (:data:`_FRAGMENT_RE`)."""
    m = _FRAGMENT_RE.match(text, lo, start)
    return m is not None and _DEED_BEFORE_RE.search(text, m.end(), start) is None


# ------------------------------------------------------------------------- reported speech
# A weekday (or a relative day) closing the words of someone who spoke ("The Observatory said
# on Wednesday that ...", "the ministry announced late on Sunday", "told reporters on Monday",
# "a indiqué mercredi", "teilte am Mittwoch mit", "informó el miércoles", "ha detto mercoledì",
# "disse nesta quarta-feira") dates the statement, not the picture: the next day stated is the
# photo's, else the caption states none (the gallery's date stands, as for a weekday that tells
# the story). A weekday before the speech ("... on Tuesday, the Observatory said") stays the
# picture's. Not the adjective ("a reported air strike on Monday").
# The verbs of speech, one string a language, each with what may stand between it and the day
# (a regex): the rule (_REPORTED_RE) and its cheap pre-check (_SPEECH_WORDS) are built from them.
_SPEECH_VERBS: Final = (
    (  # English ("said on Wednesday", "told reporters in Geneva late on Monday")
        "said says told announced reported stated declared claimed added warned confirmed "
        "denied insisted noted wrote tweeted accused urged estimated acknowledged admitted "
        "alleged revealed",
        r"(?:\s+[\w'’-]+){0,4}?\s+(?:(?:late|early)\s+)?(?:on\s+)?",
    ),
    (  # French ("a indiqué mercredi", "a déclaré ce jeudi")
        "indiqué annoncé déclaré affirmé dit rapporté précisé assuré expliqué estimé dénoncé "
        "démenti confirmé",
        r"\s+(?:ce\s+|le\s+)?",
    ),
    (  # Spanish ("informó el miércoles", "dijo este lunes")
        "informó dijo anunció declaró afirmó aseguró indicó señaló explicó denunció informaron "
        "dijeron anunciaron aseguraron",
        r"\s+(?:este\s+|el\s+)?",
    ),
    (  # Italian ("ha detto mercoledì", "ha reso noto il lunedì")
        "detto annunciato dichiarato riferito affermato spiegato denunciato noto comunicato",
        r"\s+(?:il\s+)?",
    ),
    (  # Portuguese ("disse nesta quarta-feira")
        "disse afirmou anunciou informou declarou disseram afirmaram anunciaram",
        r"\s+(?:nesta\s+|neste\s+|na\s+|no\s+)?",
    ),
    (  # German ("teilte am Mittwoch mit", "sagte der Sprecher am Montag")
        "teilte teilten sagte sagten erklärte erklärten berichtete berichteten meldete meldeten "
        "hieß bestätigte kündigte gab",
        r"(?:\s+es)?\s+(?:[\w-]+\s+){0,3}?(?:am\s+)?",
    ),
    (  # Arabic, with or without "and" ("وقال المرصد يوم الأربعاء", "أعلنت الوزارة الأحد")
        "قال قالت أعلن أعلنت أفاد أفادت ذكر ذكرت أكد أكدت صرح صرحت أوضح أوضحت",
        r"(?:\s+\S+){0,3}?\s+(?:يوم\s+)?",
    ),
)
_REPORTED_RE = _gated(
    "(?:"
    + "|".join(
        # (not the English adjective: "a reported air strike on Monday"; but "a indiqué")
        (r"(?<!\ba )(?<!\ban )(?<!\bthe )" if i == 0 else "")
        + r"(?<![^\s(])و?(?:"
        + "|".join(verbs.split())
        + ")"
        + tail
        for i, (verbs, tail) in enumerate(_SPEECH_VERBS)
    )
    + ")$"
)
# Each verb as a word, with the Arabic "and" before it: a day is looked at further only when one
# of the last words before it is one.
_SPEECH_WORDS: Final = frozenset(
    form
    for verbs, _ in _SPEECH_VERBS
    for verb in verbs.split()
    for form in (verb, verb.capitalize(), "و" + verb)
)
_SPEECH_LAST_WORDS = 9
# ... or, in Turkish, before the words of the statement: "Çarşamba günü yaptığı açıklamada" (in
# the statement made on Wednesday), "Pazartesi günü yapılan açıklamaya göre".
_REPORTED_AFTER_RE = re.compile(
    r"(?:\s+günü)?\s+(?:yaptığı|yapılan|düzenlediği|yayımladığı|yaptıkları)\s+"
    r"(?:yazılı\s+|basın\s+)?(?:açıklama|toplantı|bildiri)"
)
_REPORT_REACH = 60


def _reported(text: str, found: _Mention, stated: bool = False) -> bool:
    """Whether the weekday or relative day ``found`` closes the words of someone who spoke
    (:data:`_REPORTED_RE`, :data:`_REPORTED_AFTER_RE`): the day of a statement, not of the
    picture. A day stated with its month is read only with ``stated`` ("..., the guide said on
    Dec. 12, 2016" is how agencies date a visit: the first day stated stays the photo's)."""
    start = found[2]
    if not stated and found[4] not in _WEEKDAY_GROUPS:
        return False
    if found[4] == "fwd" and _REPORTED_AFTER_RE.match(text, found[3]) is not None:
        return True
    lo = max(0, start - _REPORT_REACH)
    words = text[lo:start].split()[-_SPEECH_LAST_WORDS:]
    return not _SPEECH_WORDS.isdisjoint(words) and _REPORTED_RE.search(text, lo, start) is not None


def _weekday_reported(text: str, found: _Mention) -> bool:
    """Whether the day ``found`` names the weekday before it that closes someone's words
    ("the government said on Wednesday (February 3)", "officials said on Tuesday, Dec. 13",
    "a annoncé mardi 13 décembre"): the day of a statement, as the weekday alone is
    (:func:`_reported`); a day stated with its month alone after "said on" stays read."""
    start = found[2]
    if found[4] == "wmd":
        return _reported(text, (found[0], found[1], start, found[3], "wd"))
    if found[4] in _WEEKDAY_GROUPS or text[start - 1 : start] not in _WEEKDAY_GLUES:
        return False
    named = _weekday_before(text, start)
    return named is not None and _reported(text, (found[0], "", named[1], start, "wd"))


def _not_reported(
    text: str,
    found: _Mention | None,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> tuple[_Mention | None, bool]:
    """``found``, or when it is the day of a statement (:func:`_reported`) the next day that
    is not one (``None`` when there is none); and whether a day was set aside."""
    skipped = False
    while found is not None and _reported(text, found):
        skipped = True
        found = _next_date(text, gallery_date, memo, found[3], rare)
    return found, skipped


# ------------------------------------------------------ a deed's day before the photo's day
# A first day closing a clause about something done before the picture ("The Umayyad Mosque,
# destroyed on Aug. 4, 2012, is seen on Dec. 14", "a building damaged on Aug. 4, 2012 is seen
# in Aleppo on Dec. 12, 2016", "the minaret, which collapsed on April 24, 2013, ...", "the
# Carlton hotel, blown up by rebels on May 8, 2014, ...", "la mosquée, détruite le 24 avril
# 2013, photographiée le 12 décembre 2016", "die am 24. April 2013 zerstörte Moschee"): a later
# day of the same sentence, not itself such a day nor a statement's, is the photo's. Not a day
# of the picture's own making ("A photo taken on Dec. 1 and released on Dec. 3").
_DEED_WORD_RE = _gated(
    r"\b(?:destroy|damag|bomb|shell|hit\b|struck|collaps|burn|blown|blew|explod|seiz|captur"
    r"|overr[au]n|retak|retook|recaptur|liberat|razed|levell?ed|flatten|loot|torch|abandon"
    r"|evacuat|besieg|kill|wound|injur|fled\b|displac|attack|target|demolish|gutted|toppl"
    r"|storm|fell\b|détrui|endommag|bombard|frapp|tué|effondr|incendi|repris|libér|évacu"
    r"|assiég|destruid|dañad|danificad|derrumb|alcanzad|distrutt|danneggi|colpit|crollat"
    r"|uccis|devastad|saquead)"
)
_OWN_MAKING_RE = re.compile(
    r"\b(?:taken|photographed|pictured|filmed|seen|shown|released|provided|posted|published"
    r"|distributed|issued|uploaded|created|made|compiled|combined|dated|prise?|tomad[ao]"
    r"|scattat[ao]|aufgenommen|photographi\w*|fotografiad\w*|fotografat\w*)\b"
)
# A German day before its participle ("die am 24. April 2013 zerstörte Moschee").
_DE_DEED_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:zerstört|beschädigt|bombardiert|eingestürzt|eingenommen"
    r"|zurückerobert|getötet|verwüstet|niedergebrannt|beschossen|zerbombt|gesprengt)\w*"
)
_CLAUSE_START_RE = re.compile(r"[,;:(.]\s")
_DEED_REACH = 100


def _deed_clause(text: str, found: _Mention) -> bool:
    """Whether the day ``found`` closes a clause about a deed before the picture
    (:data:`_DEED_WORD_RE`, in its clause and not of the picture's making) or, in German,
    precedes its participle (:data:`_DE_DEED_AFTER_RE`)."""
    start = found[2]
    if text[start - 3 : start] == "am " and _DE_DEED_AFTER_RE.match(text, found[3]) is not None:
        return True
    lo = max(0, start - _DEED_REACH)
    for clause in _CLAUSE_START_RE.finditer(text, lo, start):
        lo = clause.end()
    return (
        _DEED_WORD_RE.search(text, lo, start) is not None
        and _OWN_MAKING_RE.search(text, lo, start) is None
    )


def _after_deed(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
    file_photo: bool,
) -> _Mention | None:
    """The photo's day when the first day ``found`` closes a clause about a deed
    (:func:`_deed_clause`) and a later day follows in its sentence; else ``None``."""
    day = found[0]
    if day is None:
        return None
    stop_at = _FULL_STOP_RE.search(text, found[3])
    stop = stop_at.start() if stop_at is not None else len(text)
    for candidate in _CANDIDATE.finditer(text, found[3], stop):
        if _DATE_RE.match(text, candidate.start()) is not None:
            break
    else:
        return None  # (nothing in the sentence after it is a day: a cheap test)
    deed: bool | None = None  # (looked at only when a later day follows: most have none)
    # (the later day in the wordings of _DATE_RE only, unless the caption is known to hold rarer
    # ones: finding that out costs more than the rule is worth)
    for other in _dates(text, gallery_date, memo, found[3], rare or False):
        if other[2] >= stop:
            break
        if (
            other[0] is not None
            and other[0] > day
            and not (file_photo and other[4] in _WEEKDAY_GROUPS)
        ):
            if deed is None:
                deed = _deed_clause(text, found)
            if not deed:
                return None
            if not _reported(text, other, stated=True) and not _deed_clause(text, other):
                return other
    return None


# ------------------------------------------------------ when the first day is not the photo's
# Words before the first day that make it the day a picture was released ("In this photo
# released by SANA on Dec. 14, ..."), not the day it shows, when the sentence states another
# day on or before it; and words that make it a day of someone's life ("X, who died on
# March 3, 2016, poses ...", "(born May 1, 1950)"), not the day of a portrait stated later.
_RELEASED_WORDS = (
    r"[Rr]eleased|[Pp]rovided|[Pp]osted|[Uu]ploaded|[Dd]istributed|[Pp]ublished|[Ii]ssued"
    r"|ver(?:ö|oe)ffentlicht\w*|publi[ée]e?s?|diffus[ée]e?s?|publicad[ao]s?|difundid[ao]s?"
    r"|divulgad[ao]s?|pubblicat[ao]|diffus[ao]|[Mm]ade\s+available"
    # Indonesian and Malay ("dirilis oleh SANA pada"), Vietnamese ("do SANA công bố ngày")
    r"|dirilis|dipublikasikan|diunggah|disediakan|dibagikan|diterbitkan|dikeluarkan"
    r"|dimuat\s+naik|công\s+bố|đăng\s+tải|cung\s+cấp|phát\s+hành"
)
_LEAD_RE = _gated(
    r"(?P<released>\b(?:"
    + _RELEASED_WORDS
    + r")\b(?:(?!\b(?:shows?|showing|zeigt|montre|muestra|mostra|menunjukkan|memperlihatkan"
    r"|cho\s+thấy)\b)[^.;!?,]){0,80}"
    r"|\b[Hh]andout\b[^.;!?,]{0,90}\bvom\s+)$"
    r"|(?P<life>(?:\bwhom?\s+(?:[^,;()]{0,40}?\s)?(?:was\s+|were\s+|had\s+been\s+|has\s+)?"
    r"(?:killed|died|born|passed\s+away)|\((?:born|b\.|died|d\.)|,\s+(?:born|died)\b|\b(?:died|born|passed\s+away)"
    r"\s+on\b|\b(?:mort|morte|décédée?|née?)\s+le\b|\b(?:fallecid[ao]|nacid[ao]|murió)\s+el\b"
    r"|\b(?:mort[ao]|nat[ao])\s+il\b"
    # "quien fue asesinado por el ejército el", "qui a été tué le", "che è stato ucciso il"
    r"|\b(?:quien(?:es)?|que|qui|che|chi)\s+(?:[^,;()]{0,40}?\s)?(?:fue|fueron|foi|foram"
    r"|a\s+été|ont\s+été|è\s+stat[ao]|sono\s+stat[ie]|fu)\s+(?:asesinad|matad|ejecutad"
    r"|assassin|mort[ao]s?\b|tué|abattu|uccis|ammazzat)"
    r")[^,;()]{0,120}|\b(?:born|died)(?:\s+on)?\s+)$"
)
# Where one of those words may be, a cheap test before the search of _LEAD_RE: the English
# words that end in "ed" by one regex whose alternatives all start with those letters (the
# regex engine stops only at an "ed"), "born" by substring, and the words of other languages
# in a caption with letters beyond ASCII from there on (German captions have them after the
# day too: "Handout-Foto vom 13.12.2016 zeigt ... Rettungskräfte").
_LEAD_ED_RE = re.compile(
    r"ed(?<=eleased)|ed(?<=rovided)|ed(?<=osted)|ed(?<=ploaded)|ed(?<=istributed)"
    r"|ed(?<=ublished)|ed(?<=ssued)|ed(?<=killed)|ed(?<=died)|ed(?<=passed)"
)


# "made available on 12 December 2016", and the stems of the Romance words of a release that
# a caption may write in ASCII letters ("difundida el", "pubblicata il", "diffusa il",
# "publicado el"): one search of the window.
_MORE_RELEASED_RE = re.compile(r"availab|ifundid|ublicad|ivulgad|ubblicat|iffus")


def _may_lead(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` may hold a word of :data:`_LEAD_RE` (a cheap test)."""
    return (
        _LEAD_ED_RE.search(text, lo, hi) is not None
        or "born" in text
        or (not text.isascii() and _FOREIGN_LETTER.search(text, lo) is not None)
        or "vom " in text  # German written without umlauts: "Handout-Foto vom 13.12.2016"
        or _MORE_RELEASED_RE.search(text, lo, hi) is not None
    )


# Two days of a pair of pictures joined by "and" ("photographed on 9 August 2010 and
# 13 December 2016"): when they are of different years, the later one is the photo's.
_PAIR_STARTS = (" and ", " y ", " et ", " e ", " und ", " ve ")
_PAIR_RE = re.compile(r"\s+(?:and|y|et|e|und|ve)\s+(?:(?:on|el|le|il|am|em)\s+)?")
_HAS_YEAR_RE = _gated(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _second_look(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
    file_photo: bool,
) -> _Mention:
    """The photo's day when the first date ``found`` may not be it, else ``found``: see
    :func:`_paired`, :func:`_after_lead` and :func:`_closing_day`."""
    end = found[3]
    if _CANDIDATE.search(text, end) is None:
        return found  # no other date follows
    if found[0] is None:  # a day without its year, in a gallery of no date
        return _year_given_later(text, found, gallery_date, memo, rare)
    lo = max(0, found[2] - _POSITION_REACH)
    if text.find(":", lo, found[2]) >= 0 and _position_end(text, lo, found[2]) >= 0:
        # (the first picture's place is written with a colon: "A gauche:", "Links:")
        positioned = _positioned(text, gallery_date, memo, rare)
        if positioned is not None:
            return positioned
    if text.startswith(_PAIR_STARTS, end):
        return _paired(text, found, gallery_date, memo, rare)
    start = found[2]
    later = _after_deed(text, found, gallery_date, memo, rare, file_photo)
    if later is not None:
        return later
    if start and _may_lead(text, max(0, start - 130), start):
        return _after_lead(text, found, gallery_date, memo, rare, file_photo)
    if (
        not found[1][-4:].isdigit()  # stated without its year
        and not file_photo
        and _YEAR_AHEAD_RE.search(text, end) is not None
    ):
        return _closing_day(text, found, gallery_date, memo, rare)
    return found


def _year_given_later(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> _Mention:
    """The same day stated again later with its year, when the first date ``found`` has no
    year and the gallery no date to lend it one (a Getty header, "ALEPPO, SYRIA - DECEMBER 15:
    ... on December 15, 2016"); or a later day with its year closing the sentence, which
    then is the photo's (:func:`_closing_day`: "... hit on 16 January by a drone, 24 January
    2025 (Name/Agency)"); else ``found``. Another day later says nothing of the first's year."""
    for other in _dates(text, gallery_date, memo, found[3], rare):
        if other[0] is None or other[4] in _WEEKDAY_GROUPS:
            continue
        again = _next_date(found[1], other[0], None, 0)
        if again is None or again[0] is None:
            return found
        if again[0] == other[0]:
            return other
        closing = _closing_day(text, (again[0], *found[1:]), other[0], memo, rare)
        return closing if closing[0] is not None and closing[0] == other[0] else found
    return found


# Where a picture of a pair stands, written before its day: "A gauche: une photographie du 8
# mai 2022. A droite, une photographie du 17 mai 2023."
_POSITIONS: Final = frozenset(
    [
        "gauche",
        "droite",
        "Links",
        "Rechts",
        "links",
        "rechts",
        "Oben",
        "Unten",
        "oben",
        "unten",
        "izquierda",
        "derecha",
        "sinistra",
        "destra",
        "Left",
        "Right",
        "Top",
        "Bottom",
        "LEFT",
        "RIGHT",
        "TOP",
        "BOTTOM",
    ]
)


def _position_end(text: str, lo: int, hi: int) -> int:
    """Where the last word of :data:`_POSITIONS` followed by a colon or a comma ("A gauche:",
    "rechts,") ends between ``lo`` and ``hi``; -1 when there is none. (Found from the
    punctuation with str.find: the words are rare, colons and commas few.)"""
    last = -1
    for mark in ":,":
        at = text.find(mark, lo, hi)
        while at > 0:
            end = at - 1 if text[at - 1] == " " else at
            word = text[text.rfind(" ", 0, end) + 1 : end]
            if word in _POSITIONS and at + 1 > last:
                last = at + 1
            at = text.find(mark, at + 1, hi)
    return last


_POSITION_REACH = 60


def _positioned(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> _Mention | None:
    """The latest of two or more days each after where its picture stands
    (:func:`_position_end`, in the same sentence), if any."""
    placed = []
    for d in _dates(text, gallery_date, memo, 0, rare):
        if d[0] is None or d[4] in _WEEKDAY_GROUPS:
            continue
        last = _position_end(text, max(0, d[2] - _POSITION_REACH), d[2])
        if last >= 0 and _FULL_STOP_RE.search(text, last, d[2]) is None:
            placed.append(d)
    if len(placed) < 2:
        return None
    return max(placed, key=lambda d: (d[0], d[2]))


# A year after a space or a comma ("December 15, 2016", "15 December 2016", "Dec. 15,2016"):
# the pattern starts with a character class, which the regex engine skips to fast.
_YEAR_AHEAD_RE = re.compile(r"[ ,](?:19|20)\d\d(?!\d)")
# What may follow the day that closes a picture's sentence: its end, or the credit.
_CLOSING_RE = re.compile(r"[\s,]*(?:$|[.(]|REUTERS|AFP|Reuters|EPA|Getty|Picture)")


def _closing_day(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> _Mention:
    """The day stated with its year that closes the sentence of the first date ``found``
    (stated without its year) when it is a later day: the first one tells the story ("Men
    who fled the district on Dec. 12 return to it, Aleppo, December 15, 2016."); else
    ``found``."""
    end = found[3]
    year = _YEAR_AHEAD_RE.search(text, end)
    if (
        found[0] is None
        or year is None
        or _CLOSING_RE.match(text, year.end()) is None
        or _FULL_STOP_RE.search(text, end, year.start()) is not None
    ):
        return found  # no year closes the sentence
    other = _next_date(text, gallery_date, memo, end, rare)
    if (
        other is None
        or other[0] is None
        or other[3] != year.end()
        or other[0] <= found[0]
        or other[4] in _WEEKDAY_GROUPS
    ):
        return found
    return other


def _paired(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
) -> _Mention:
    """The later of ``found`` and the day joined to it by "and", when both state their
    years and the years differ (a pair of pictures); else ``found``."""
    pair = _PAIR_RE.match(text, found[3])
    if pair is None or found[0] is None or _HAS_YEAR_RE.search(found[1]) is None:
        return found
    other = _next_date(text, gallery_date, memo, pair.end(), rare)
    if (
        other is not None
        and other[2] == pair.end()
        and other[0] is not None
        and other[0].year != found[0].year
        and _HAS_YEAR_RE.search(other[1])
    ):
        return other if other[0] > found[0] else found
    return found


def _after_lead(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    rare: bool | None,
    file_photo: bool,
) -> _Mention:
    """The photo's day when words before the first date ``found`` make it a release day
    or a day of someone's life (:data:`_LEAD_RE`), else ``found``.

    After a release day, the next day of its sentence on or before it; after a day of a
    life, the next day that is not one. A file photo takes no weekday.
    """
    start, end = found[2], found[3]
    lead = _LEAD_RE.search(text, max(0, start - 130), start)
    if lead is None or found[0] is None:
        return found
    if lead.lastgroup == "released":
        if _goods_given(text, lead.start(), start):
            return found  # ("water provided by the Red Crescent on Jan. 10": no release)
        stop_at = _SENTENCE_END_RE.search(text, end)
        stop = stop_at.start() if stop_at is not None else len(text)
        for other in _dates(text, gallery_date, memo, end, rare):
            if other[2] >= stop:
                break
            if (
                other[0] is not None
                and other[0] <= found[0]
                and not (file_photo and other[4] in _WEEKDAY_GROUPS)
            ):
                return other
        return found
    previous = end
    for other in _dates(text, gallery_date, memo, end, rare):
        if (
            other[0] is not None
            and not (file_photo and other[4] in _WEEKDAY_GROUPS)
            and _LEAD_RE.search(text, max(previous, other[2] - 130), other[2]) is None
        ):
            return other
        previous = other[3]
    return found


_DIGIT_RE = re.compile(r"\d")
# Where a word of a release may be (one search of the window before the day; see
# _RELEASED_WORDS).
_RELEASE_HINT_RE = re.compile(
    r"ed(?<=eleased)|ed(?<=rovided)|ed(?<=osted)|ed(?<=ploaded)|ed(?<=istributed)"
    r"|ed(?<=ublished)|ed(?<=ssued)|availab|ifundid|ublicad|ivulgad|ubblicat|iffus|ffentlicht"
    r"|fentlicht|ubli[ée]|dirilis|ipublikasikan|iunggah|isediakan|ibagikan|iterbitkan|ikeluarkan"
    r"|imuat naik|công bố|đăng tải|cung cấp|phát hành"
)
# How the words of a release end before its day (a cheap test first): "on ", "le ", "el ",
# "il ", "am ", "em " (and "issued 13 December", "diffusée 13 décembre").
_RELEASE_ENDS: Final = frozenset(
    ("on ", "le ", "el ", "il ", "am ", "em ", "ed ", "ée ", "ta ", "da ", "ày ", "bố ")
)


def _released_only(text: str, found: _Mention) -> bool:
    """Whether the day ``found`` is only the day its picture was released, provided, posted or
    made available (:data:`_LEAD_RE`), with no day of its own after it (the photo's day is not
    stated: "In this photo provided on Wednesday, Jan. 3, 2018 by an activist group, ... shows
    rescuers in Idlib", "A handout photo made available by SANA on 12 December 2016 shows ...",
    "Cette photo diffusée le 13 décembre par Sana montre ..."). A day of the picture written
    after it has already been taken instead (:func:`_after_lead`); so has one the release
    words follow ("... in Aleppo, Dec. 12, in this photo released by SANA"). Not a German
    "Handout-Foto vom 13.12.2016": a photo "of" that day is dated by it."""
    start = found[2]
    if start < 10 or text[start - 3 : start] not in _RELEASE_ENDS:
        return False
    lo = max(0, start - 130)
    if _RELEASE_HINT_RE.search(text, lo, start) is None:
        return False
    lead = _LEAD_RE.search(text, lo, start)
    return (
        lead is not None
        and lead.lastgroup == "released"
        and not lead.group().startswith(("Handout", "handout"))
        and _DIGIT_RE.search(text, lead.start(), start) is None  # (no other day between)
        and not _goods_given(text, lead.start(), start)
    )


# Goods that are "provided" or "distributed", not a picture ("water provided by the Red
# Crescent in Damascus on Jan. 10", "food parcels distributed by the WFP on", "blankets
# supplied ..."): the day of the picture's scene, not of a release.
_GOODS: Final = frozenset(
    (
        "water", "food", "aid", "bread", "meals", "meal", "supplies", "blankets", "medicine",
        "medicines", "kits", "parcels", "rations", "fuel", "tents", "vaccines", "clothes",
        "clothing", "assistance", "relief", "items", "boxes", "baskets", "flour",
        "milk", "heaters", "mattresses", "toys", "gifts", "shelter", "vouchers", "packages",
    )
)  # fmt: skip


def _goods_given(text: str, at: int, start: int) -> bool:
    """Whether the word before the release word at ``at`` names goods (:data:`_GOODS`), and
    no word of a picture stands between it and the day at ``start`` ("aid distributed ...
    in this photo released by SANA on" is a release)."""
    if text[at - 1 : at] != " ":
        return False
    cut = text.rfind(" ", 0, at - 1)
    return (
        text[cut + 1 : at - 1].lower() in _GOODS
        and _PICTURE_WORD_RE.search(text, at, start) is None
    )


# A Chinese, Japanese or Korean day that is not the picture's: one that starts a period
# ("7月17日から包囲され": besieged since 17 July; "9月22日から開始した"; "7월 17일부터";
# "自7月17日起", "7月17日以来"), as "since July 17" is in English; one of a sentence that closes on
# a statement ("22일 시리아군은 ... 해방했다고 밝혔다", "... 장악했다고 22일 발표했다", "政府軍は
# 15日、...と発表した", "军方22日宣布 ..."): the day something was said, not photographed, unless a
# later sentence puts the picture on that day ("사진은 이날 ...", "当天", "この日"), or what was
# said happened on it ("22일 관측소는 정부군이 이날 ... 장악했다고 밝혔다"); a past day ("지난
# 27일") of a sentence after the picture's, unless it names the picture (사진, 촬영). Not the
# first day of a range ("12月13日から14日にかけて": read as a range's first day is). The next
# day stated that is neither is the picture's; else none (the gallery's date stands).
_CJK_FROM_RE = re.compile(r"\s*(?:から|より|以来|以降|부터|이후|이래|起)(?!\s*(?:[0-9]|[０-９]))")
_CJK_FROM_BEFORE: Final = ("自", "从", "從")
_CJK_SAID_RE = re.compile(
    r"밝혔|밝히|발표했|발표하|발표됐|말했|주장했|보도했|성명을|発表し|明らかに|述べ|語っ|報じ|伝えた|話した"
    r"|表明|声明|聲明"
    r"|宣布|表示|声称|聲稱|宣称|宣稱"
)
_CJK_SENTENCE_END_RE = re.compile(r"[。！？]|[.!?](?:\s|$)")
_CJK_SAME_DAY_RE = re.compile(r"이날|이 날|当天|當天|当日|同日|この日")
# Words that name the picture in a sentence ("사진은", "촬영", "撮影", "拍摄", "图为", "写真"): a
# sentence about the picture, whose day is the picture's wherever it stands.
_CJK_PICTURE_RE = re.compile(r"사진|촬영|撮影|拍摄|拍攝|图为|圖為|写真|画面|映像|화면|영상")
# The characters of a title before the picture's first sentence: a sentence end among them
# does not make the next sentence a later one ("알레포 격화. 27일 ...").
_CJK_TITLE_CHARS = 12


# The final consonant "ㅆ" of a Korean syllable (its index among the finals of Unicode's
# Hangul syllables), which marks the past tense before "다" ("했다", "됐다", "시작했다").
_HANGUL_FIRST = 0xAC00
_HANGUL_LAST = 0xD7A3
_HANGUL_FINALS = 28
_FINAL_SS = 20


def _korean_past(text: str, stop: int) -> bool:
    """Whether the Korean sentence ending at ``stop`` closes with a verb in the past tense
    ("시작했다", "장악됐다": what was done, the story), not the present of a picture ("걷고
    있다", "서 있다")."""
    if text[stop - 1 : stop] != "다":
        return False
    syllable = text[stop - 2 : stop - 1]
    if not syllable or syllable == "있" or not _HANGUL_FIRST <= ord(syllable) <= _HANGUL_LAST:
        return False
    return (ord(syllable) - _HANGUL_FIRST) % _HANGUL_FINALS == _FINAL_SS


# A deed suffered, told after a day ("在2013年4月24日被炮火摧毁", "为炮火所毁", "遭到轰炸",
# "空爆で破壊された", "포격으로 파괴됐다"): in a later sentence than the picture's, the story's.
_CJK_DEED_RE = re.compile(
    r"被|遭到|遭受|所毁|所摧毁|所破坏|毁于|された|されました|破壊|倒壊|崩壊|파괴됐|파괴되었|무너졌"
)


def _cjk_not_photo(text: str, found: _Mention) -> bool:
    """Whether the Chinese, Japanese or Korean day ``found`` starts a period or is a
    statement's (see :data:`_CJK_FROM_RE`)."""
    start, end = found[2], found[3]
    if _CJK_FROM_RE.match(text, end) is not None or text[start - 1 : start] in _CJK_FROM_BEFORE:
        return True
    close = _CJK_SENTENCE_END_RE.search(text, end)
    stop = close.start() if close is not None else len(text)
    opened = _CJK_SENTENCE_END_RE.search(text, _CJK_TITLE_CHARS, start)
    if opened is not None:
        # a day told in a later sentence than the picture's ("... 순찰하고 있다. 반군은 27일
        # 공세를 시작했다."; a past day, "지난 27일", always): what came before the picture,
        # unless that sentence is about the picture ("지난 27일 촬영한 사진", "사진은 ...") or
        # the caption puts the picture on that day after it ("이날", "当天")
        lo = opened.end()
        while (later := _CJK_SENTENCE_END_RE.search(text, lo, start)) is not None:
            lo = later.end()
        if _CJK_PICTURE_RE.search(text, lo, stop) is None and (
            text.startswith("지난", start)
            or text.endswith("지난 ", 0, start)
            or (
                text.startswith("일", end - 1)
                and (
                    text[lo:start].strip() != ""
                    or (text[:lo].rstrip().endswith("있다.") and _korean_past(text, stop))
                )
                and _CJK_SAME_DAY_RE.search(text, end) is None
            )
        ):
            return True  # (or one opening a later sentence that tells what was done, after
            # the sentence that shows the picture: "... 순찰하고 있다. 27일 반군은 공세를
            # 시작했다.")
        if (
            _CJK_PICTURE_RE.search(text, lo, stop) is None
            and _CJK_DEED_RE.search(text, end, stop) is not None
        ):
            return True  # (a deed done to what the picture shows, in a later sentence:
            # "... 伫立着。宣礼塔在2013年4月24日被炮火摧毁。")
    said = _CJK_SAID_RE.search(text, end, stop)
    return (
        said is not None
        and _CJK_SAME_DAY_RE.search(text, end, said.start()) is None
        and _CJK_SAME_DAY_RE.search(text, stop) is None
    )


def _cjk_photo_day(
    text: str,
    found: _Mention,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> _Mention | None:
    """``found``, a Chinese, Japanese or Korean day, or when it is not the picture's
    (:func:`_cjk_not_photo`) the next such day that is; ``None`` when there is none."""
    while _cjk_not_photo(text, found):
        later = _next_rare(text, gallery_date, memo, found[3], len(text), cjk=True)
        if later is None:
            return None
        found = later
    return found


# A lead of a Japanese dispatch that states the day of what it shows, under the dispatch's
# dateline ("【10月24日 AFP】 ... コバニ(Kobane)で23日、... 戦闘員らの姿を捉えた。"): a day after
# a place or subject ("で", "に", "は", "が"), alone or with its month ("キリスで1月30日、"),
# before a comma, in the first sentence (to its "。"), on or in the GRACE_DAYS before the
# dateline's day. A day of a later sentence tells the story
# ("クルド人部隊は26日に ... 奪還に成功した"); a "撮影" line (the day it was taken) has won
# before this is looked at.
_LEAD_DAY_RE = re.compile(
    r"(?<=[でにはが])(?:(?P<mon>1[0-2]|0?[1-9])月)?(?P<day>3[01]|[12]\d|0?[1-9])日"
    r"(?:午前|午後|夜|朝|未明|夕方)?[、，,]"
)


# The words of a statement closing the lead ("監視団は23日、…と発表した", "明らかにした",
# "述べた", "伝えた", "報じた"): the day of what was said, not of a picture.
_LEAD_SAID_RE = re.compile(r"発表|明らかに|述べ|語っ|伝え|報じ|によると|表明|話し")


def _first_sentence_day(
    text: str, found: _Mention, day_re: re.Pattern[str], said_re: re.Pattern[str]
) -> re.Match[str] | None:
    """The match of ``day_re`` in the sentence that opens after the dateline ``found`` (up to
    its "。"), unless a word of ``said_re`` follows it there: the day of a statement."""
    close = text.find("。", found[3])
    stop = close if close >= 0 else len(text)
    m = day_re.search(text, found[3], stop)
    if m is None or said_re.search(text, m.end(), stop) is not None:
        return None
    return m


def _day_up_to(dateline: dt.date, day: int) -> dt.date | None:
    """Day ``day`` of the dateline's month when it is not after the dateline, else of the month
    before; ``None`` when that month has no such day (or there is no month before)."""
    if day <= dateline.day:
        return dateline.replace(day=day)
    first = dateline.replace(day=1)
    if first == dt.date.min:
        return None
    last = first - dt.timedelta(days=1)
    if day > last.day:
        return None
    return last.replace(day=day)


def _lead_day(text: str, found: _Mention) -> _Mention | None:
    """The day the lead of a Japanese dispatch states (:data:`_LEAD_DAY_RE`) when ``found``
    is its dateline; else none: the dateline is the day the dispatch was sent, not the day of
    its picture (as a release day is not, see :func:`_released_only`), and the gallery's date
    stands. (With a "撮影" line that gave no day, ``found``.)"""
    dateline = found[0]
    if "撮影" in text:
        return found
    if dateline is None:
        return None
    m = _first_sentence_day(text, found, _LEAD_DAY_RE, _LEAD_SAID_RE)
    if m is None:
        return None
    stated = _graced_day(dateline, None, m.group("mon"), int(m.group("day")))
    if stated is None:
        return None
    end = m.end("day") + 1  # (with its "日")
    return stated, text[m.start() : end], m.start(), end, "jd"


# Full-width digits ("１２月１３日"), as some Chinese pages write them, and their ASCII ones.
_FULLWIDTH_DIGIT_RE = re.compile("[０-９]")
_FULLWIDTH_DIGITS: Final = str.maketrans("０１２３４５６７８９", "0123456789")
# The dateline of a Chinese agency's dispatch ("新华社大马士革12月14日电", "中新社北京12月14日电")
# or the header of its photo service ("新华社照片，阿勒颇（叙利亚），2016年12月14日"): the day it
# was filed, not the picture's. The picture's is the day its text states in its first sentence
# ("13日，在叙利亚阿勒颇……", "12月13日，……", "叙利亚政府军13日在……") on or in the GRACE_DAYS
# before the dateline's day, unless what the sentence tells is a statement ("13日，军方宣布");
# else the dateline stays the day (a dispatch of the day it shows).
_DATELINE_ENDS: Final = ("电", "電")
_PHOTO_SERVICE: Final = ("社照片", "社圖片", "社图片")
_DISPATCH_DAY_RE = re.compile(
    r"(?<![\d年月])(?:(?P<yr>(?:19|20)\d\d)年)?(?:(?P<mon>1[0-2]|0?[1-9])月)?"
    r"(?P<day>3[01]|[12]\d|0?[1-9])日(?=\s*(?:[，,、]|在|于|於|晚|夜|上午|下午|凌晨|清晨|早上|傍晚|中午))"
)


def _chinese_dateline(text: str, found: _Mention) -> bool:
    """Whether the Chinese day ``found`` is an agency's dateline or photo header
    (:data:`_DATELINE_ENDS`, :data:`_PHOTO_SERVICE`)."""
    end = found[3]
    if text.startswith(_DATELINE_ENDS, end):
        return True
    return found[2] < 40 and any(text.find(w, 0, found[2]) >= 0 for w in _PHOTO_SERVICE)


def _dispatch_day(text: str, found: _Mention) -> _Mention:
    """The day the first sentence under the Chinese dateline ``found`` states
    (:data:`_DISPATCH_DAY_RE`), in the GRACE_DAYS up to the dateline's day; else ``found``."""
    dateline = found[0]
    if dateline is None:
        return found
    m = _first_sentence_day(text, found, _DISPATCH_DAY_RE, _CJK_SAID_RE)
    if m is None:
        return found  # (no day, or a statement's: "13日，叙军方宣布……")
    stated = _graced_day(dateline, m.group("yr"), m.group("mon"), int(m.group("day")))
    if stated is None:
        return found
    return stated, m.group(), m.start(), m.end(), "jd"


def _graced_day(dateline: dt.date, year: str | None, month: str | None, day: int) -> dt.date | None:
    """The day a lead states under a dispatch's ``dateline``: ``day`` of ``month`` (the
    dateline's year, or the one before when the month is after the dateline's) or of
    ``year``, else of the dateline's month or the one before (:func:`_day_up_to`); ``None``
    when it is no day or not in the GRACE_DAYS up to the dateline's day."""
    if month is not None:
        mon = int(month)
        yr = int(year) if year else dateline.year
        if not year and mon > dateline.month:
            yr -= 1
        if not _valid_day(mon, day) or not dt.MINYEAR <= yr <= dt.MAXYEAR:
            return None
        try:
            stated: dt.date | None = dt.date(yr, mon, day)
        except ValueError:
            return None
    else:
        stated = _day_up_to(dateline, day)
    if stated is None or not 0 <= (dateline - stated).days <= GRACE_DAYS:
        return None
    return stated


# A month misspelt ("Ocotber 8, 2014", "Feburary 3, 2015"), read only with its day and year
# and only in a caption that states no other date.
_MISSPELT_RE = re.compile(
    r"\b(?P<mon>[A-Z][A-Za-z]{2,8})\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,\s*(?P<yr>(?:19|20)\d\d)"
    r"(?!\d)"
)


# ... and, in a caption printed all in lower case (as some sites print an agency's: "...,
# syria, tuesday, jan. 28, 2025."), a month's name or abbreviation with its day and year.
_LOWER_MONTH_RE = re.compile(
    r"\b(?P<mon>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,\s*(?P<yr>(?:19|20)\d\d)(?!\d)"
)
_LOWER_ABBREVIATED: Final = {
    short.lower(): next(n for n, name in enumerate(MONTH_NAMES, 1) if name.startswith(short))
    for short in _ABBREVIATED
}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter left out (``len(b) == len(a) - 1``)."""
    return any(a[:i] + a[i + 1 :] == b for i in range(len(a)))


def _near_month(word: str) -> int | None:
    """The month ``word`` misspells: its letters in another order, or one letter more or
    less (months of six letters or more); ``None`` when it is none."""
    w = word.lower()
    for number, name in enumerate(MONTH_NAMES, start=1):
        n = name.lower()
        if w == n:
            return number  # in odd capitals ("JUly"): the month, written as no pattern reads it
        if w[0] != n[0] or len(n) < 5:
            continue
        if len(w) == len(n) and sorted(w) == sorted(n):
            return number
        if len(n) >= 6 and (_one_edit(n, w) or _one_edit(w, n)):
            return number
    return None


def _misspelt_month(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The first day written with a misspelt month and its year, if any (or, in a caption
    all in lower case, with a month's name or abbreviation: :data:`_LOWER_MONTH_RE`)."""
    if ", 20" not in text and ", 19" not in text:
        return None
    lower = text.islower()
    for m in (_LOWER_MONTH_RE if lower else _MISSPELT_RE).finditer(text):
        month = _near_month(m.group("mon"))
        if month is None and lower:
            month = _LOWER_ABBREVIATED.get(m.group("mon"))
        if month is None or not _valid_day(month, int(m.group("day"))):
            continue
        try:
            day = dt.date(int(m.group("yr")), month, int(m.group("day")))
        except ValueError:
            continue
        return day, m.group(), m.start(), m.end(), "md"
    return None


# A month of another language written before its day, as a translated caption may ("Suruc,
# na fronteira Turquia-Síria, novembro 7.", "novembro de 13"): read only in a caption that
# states no other day. The pattern starts at the day's digit (the regex engine skips fast to
# one); the word before it is then looked up among the months' full names.
_MONTH_FIRST_RE = re.compile(
    r"(?P<day>\d(?<=[^\W\d_] \d)\d?)(?!\d)(?![.,]\d)"
    r"(?!\s*(?:%|pessoas|persone|personas|personnes|Menschen|mil\b|morti|mortos|muertos|morts))"
    r"(?:,?\s*(?P<yr>(?:19|20)\d\d)(?!\d))?"
)
_FOREIGN_MONTH_NAMES: Final = {
    name: number for number, names in enumerate(_FOREIGN_MONTHS, start=1) for name in names.split()
}


def _month_first(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The first day written after its month of another language (:data:`_MONTH_FIRST_RE`),
    if any."""
    for m in _MONTH_FIRST_RE.finditer(text):
        start = m.start()
        cut = text.rfind(" ", 0, start - 1)
        word = text[cut + 1 : start - 1]
        if word == "de" and cut > 0:
            start_word = text.rfind(" ", 0, cut)
            word, cut = text[start_word + 1 : cut], start_word
        month = _FOREIGN_MONTH_NAMES.get(word.casefold())
        if month is None or not _valid_day(month, int(m.group("day"))):
            continue
        if m.group("yr") is not None:
            day: dt.date | None = dt.date(int(m.group("yr")), month, int(m.group("day")))
        elif gallery_date is not None:
            day = _in_year(gallery_date, month, int(m.group("day")))
        else:
            day = None
        return day, text[cut + 1 : m.end()], cut + 1, m.end(), "fm"
    return None


# A day written in numbers after a weekday of Indonesian or Malay, as their agencies write it
# ("Kamis (15/12)", "Rabu (1/2/17)", "Senin, (19/12/2016)"): the day, then the month (and the
# year, of two digits or four). Read only in a caption that states no other day.
_ID_NUMERIC_RE = re.compile(
    r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Ahad|Isnin|Khamis)\s*,?\s*"
    r"\(\s*(?P<day>\d{1,2})/(?P<mon>\d{1,2})(?:/(?P<yr>(?:19|20)?\d\d))?\s*\)"
)


# The verbs of an event whose day follows ("gempa yang mengguncang ... pada", "dipicu oleh ...
# pada"): not the picture's day.
_ID_EVENT_RE = re.compile(
    r"\b(?:melanda|dilanda|dipicu|terjadi|mengguncang|diguncang|menghantam|dihantam|menewaskan"
    r"|menyerang|diserang|dibom|meledak|meletus)\b"
)


def _short_numeric(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The first day of :data:`_ID_NUMERIC_RE` in ``text``, if any."""
    if "/" not in text or ")" not in text:
        return None
    for m in _ID_NUMERIC_RE.finditer(text):
        if text.endswith("pada ", 0, m.start()) and _ID_EVENT_RE.search(
            text, max(0, m.start() - 90), m.start()
        ):
            continue  # the day of an event ("banjir yang melanda ... pada Minggu (10/9/2023)")
        day, month = int(m.group("day")), int(m.group("mon"))
        if not 1 <= month <= 12 or not _valid_day(month, day):
            continue
        year = m.group("yr")
        if year is not None and len(year) == 2:
            year = "20" + year
        dated = _dated_in("idn", year, month, day, gallery_date)
        if dated is None:
            continue
        return dated[1], m.group(), m.start(), m.end(), "idn"
    return None


# A day and month in numbers without a year, where they can only be a day: a title's
# ("Aleppo 12/30:", "Aleppo, 30/12 -", "ALEPPO (11/12) -", "Aleppo, 12.12.:") or after a word
# of a day ("on 12/30", "le 30/12", "am 30.12.", "el 30/12"). Read only in a caption that
# states no other day, in the gallery's year (as a day stated with its month's name is). A
# dot writes the day first (30.12.); a slash either way: the US month first (12/30), the rest
# of the world the day first (30/12), so a pair that is a day both ways (12/11) is read as
# the day nearest before the gallery's date (or in the GRACE_DAYS after it), and only when
# that day is within a month of it (an agency dates its day, not one of long ago); never
# without a gallery date. Not a fraction or a count ("on 3/4 of the buildings", "24/7").
# A day and month in brackets that end the caption, as Brazilian and Portuguese sites date a
# picture's text ("... nos bairros do leste. (01/12)"), is read the same way.
_NUMERIC_DAY_RE = re.compile(
    r"^[^\W\d_][^\d:!?\n]{0,40}?[\s,(]+(?P<t_a>\d{1,2})(?P<t_sep>[/.])(?P<t_b>\d{1,2})\.?\)?"
    r"\s*(?::|[-–—]\s)"
    r"|(?<![^\s(])(?:on|On|le|Le|el|El|am|Am|il|Il|em|Em|du|vom|no|ON)\s+(?P<o_a>\d{1,2})"
    r"(?:(?P<o_dot>\.)(?P<o_db>\d{1,2})\.(?!\d)|/(?P<o_b>\d{1,2})(?![/\d]|\.\d))"
    r"(?!\s*(?:of|de|des|del|der|du|di|%|percent|per)\b)"
    r"|(?<!\S)\((?P<e_a>\d{1,2})/(?P<e_b>\d{1,2})\)\s*$"
)
_NUMERIC_REACH = 31
# Two numbers joined by a slash or a dot: the cheap test before _NUMERIC_DAY_RE.
_NUMERIC_GATE_RE = re.compile(r"\d[/.]\d")


def _numeric_day(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The first day of :data:`_NUMERIC_DAY_RE` in ``text``, if any."""
    if gallery_date is None or _NUMERIC_GATE_RE.search(text) is None:
        return None
    for m in _NUMERIC_DAY_RE.finditer(text):
        if m.group("t_a") is not None:
            a, b, dot = int(m.group("t_a")), int(m.group("t_b")), m.group("t_sep") == "."
            lo, hi = m.start("t_a"), m.end("t_b")
        elif m.group("e_a") is not None:
            a, b, dot = int(m.group("e_a")), int(m.group("e_b")), False
            lo, hi = m.start("e_a"), m.end("e_b")
        else:
            dot = m.group("o_dot") is not None
            a, b = int(m.group("o_a")), int(m.group("o_db") if dot else m.group("o_b"))
            lo, hi = m.start("o_a"), m.end()
        readings = [(b, a)] if dot or a > 12 else [(a, b)] if b > 12 else [(b, a), (a, b)]
        days = [
            d
            for month, day in readings
            if 1 <= month <= 12
            and _valid_day(month, day)
            and (d := _in_year(gallery_date, month, day)) is not None
        ]
        if len(days) > 1 or (days and not dot and a <= 12 and b <= 12) or m.group("e_a"):
            days = [d for d in days if (gallery_date - d).days <= _NUMERIC_REACH]
        if not days:
            continue
        day = min(days, key=lambda d: abs((gallery_date - d).days))
        return day, text[lo:hi], lo, hi, "num"
    return None


# Days in numbers written in Arabic-Indic or Persian digits ("١٢/١٢/٢٠١٦", "۱۳۹۵/۰۹/۲۲" is the
# Persian calendar's and not read): read as the same days in ASCII digits are (:data:`_DATE_RE`).
_AR_NUMERIC_RE = _gated(
    r"(?<![0-9٠-٩۰-۹])[٠-٩۰-۹]{1,4}(?:[/.-]| ?/ ?)[٠-٩۰-۹]{1,2}(?:[/.-]| ?/ ?)[٠-٩۰-۹]{2,4}"
    r"(?![0-9٠-٩۰-۹])"
)


def _arabic_numeric(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The first day of :data:`_AR_NUMERIC_RE` in ``text``, if any."""
    if text.isascii():
        return None
    for m in _AR_NUMERIC_RE.finditer(text):
        ascii_day = m.group().translate(_ARABIC_DIGITS)
        day_m = _DATE_RE.fullmatch(ascii_day)
        if day_m is None or day_m.lastgroup not in ("iso", "sl"):
            continue
        resolved = _resolve(day_m, gallery_date)
        if resolved is None or resolved[1] is None or resolved[1].year < 1900:
            continue
        return resolved[1], m.group(), m.start(), m.end(), resolved[0]
    return None


# A weekday written without "on" ("fires a machine gun during clashes Saturday with rebels"),
# read only in the caption's first sentence (the one that shows the picture; "activists said
# Sunday" in a later one tells the story) and only when the caption states no other day.
# Not "Friday prayers", "Saturday's attack", "the army said Monday", "every Friday", "next
# Friday", "since Saturday", nor a weekday inside a feast's name ("Good Friday", "Maundy
# Thursday", "Ash Wednesday", "Easter Monday", "Black Friday", "Super Tuesday").
_BARE_WEEKDAY_RE = _gated(
    r"(?<!Good )(?<!Black )(?<!Maundy )(?<!Holy )(?<!Ash )(?<!Easter )(?<!Palm )(?<!Bloody )"
    r"(?<!Great )(?<!Clean )(?<!Super )(?<!Cyber )(?<!Whit )(?<!Shrove )(?<!said )(?<!says )"
    r"(?<!announced )(?<!reported )(?<!every )"
    r"(?<!each )(?<!next )(?<!Next )(?<!coming )(?<!since )(?<!Since )"
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"(?![’']s\b)(?!\s+(?:prayers?|sermons?|market|Times|Telegraph|Mail|Express)\b)"
)


def _bare_weekday(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The weekday of :data:`_BARE_WEEKDAY_RE` in the first sentence of ``text``, if any."""
    if gallery_date is None or "day" not in text:
        return None
    m = _BARE_WEEKDAY_RE.search(text)
    if m is None:
        return None
    stop_at = _SENTENCE_END_RE.search(text, 0, m.start())
    if stop_at is not None:
        return None  # in a later sentence
    back = _weekday_back(gallery_date, _WEEKDAY_NUMBER[m.group("wd").lower()], m)
    return _days_before(gallery_date, back), m.group("wd"), m.start(), m.end(), "wd"


# Where a picture of a pair stands, written after its day: "el 16 de abril de 2013 (arriba)
# y el 24 de abril de 2016 (abajo)" shows two pictures without naming them a combination.
_PLACED_RE = re.compile(
    r"\s*\((?:top|bottom|left|right|L|R|arriba|abajo|izquierda|derecha|oben|unten|links"
    r"|rechts|en haut|en bas|à gauche|à droite|sopra|sotto|a sinistra|a destra|üstte|altta"
    r"|solda|sağda)\)"
    # ... or inside the day's own brackets: "(12 March 2009, left)", "(۱۲ مارس ۲۰۰۹، سمت چپ)"
    r"|\s*[,،]\s*(?:left|right|top|bottom|سمت\s+(?:چپ|راست)|يسار|يمين)\)"
)
# How the text after a day of :data:`_PLACED_RE` starts.
_PLACED_STARTS: Final = (" (", ", left)", ", right)", ", top)", ", bottom)", "، ", "،")


def _placed_pictures(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
) -> _Mention | None:
    """The latest of two or more days each followed by where its picture stands, if any; or,
    when one day only is followed by where its picture stands ("il 12 marzo 2009 (a
    sinistra) e il 13 dicembre 2016"), the latest day stated with its year in its sentence
    (the other picture's day, its place written before it or not at all)."""
    days = [
        d
        for d in _dates(text, gallery_date, memo)
        if d[0] is not None and d[4] not in _WEEKDAY_GROUPS
    ]
    placed = [d for d in days if _PLACED_RE.match(text, d[3])]
    if len(placed) == 1:
        lo = text.rfind(". ", 0, placed[0][2]) + 1
        stop_at = _FULL_STOP_RE.search(text, placed[0][3])
        hi = stop_at.start() if stop_at is not None else len(text)
        placed = [d for d in days if lo <= d[2] < hi and _HAS_YEAR_RE.search(d[1])]
    if len(placed) < 2:
        return None
    return max(placed, key=lambda d: (d[0], d[2]))


# A night written as a range of two days ("dans la nuit du 30 au 31 mai", "the night of 11-12
# December"): after an event of that night ("après les bombardements de la nuit du 30 au 31
# mai", "following air strikes on the night of 11-12 December") the picture is of the
# morning after, the later day.
_NIGHT_WORDS: Final = ("nuit", "night", "Nacht", "notte", "noche", "noite")


def _after_night(text: str, start: int) -> bool:
    """Whether the range of days starting at ``start`` is a night (:data:`_NIGHT_WORDS` just
    before it) after an event (a word of :data:`_RIGHT_AFTER` before it in its sentence)."""
    lo = max(0, start - 16)
    if not any(text.find(word, lo, start) >= 0 for word in _NIGHT_WORDS):
        return False
    lo = max(0, start - _EVENT_REACH - 30)
    stop = text.rfind(". ", lo, start)
    if stop >= 0:
        lo = stop
    return any(text.find(word, lo, start) >= 0 for word in _RIGHT_AFTER)


_EVERY_EN: Final = ("every ", "each ", "Every ", "Each ")


def _first_date(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None = None,
) -> _Found | None:
    """:func:`find_date` as a plain tuple (date, text, start, end): the fast path.

    ``memo`` remembers resolved mentions ("Dec. 14" in a gallery of 2016-12-13) across
    the captions of one table.
    """
    found = _next_date(text, gallery_date, memo, 0)
    return None if found is None else found[:4]


def _dates(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None = None,
    pos: int = 0,
    rare: bool | None = None,
) -> Iterator[_Mention]:
    """Every date stated in ``text`` from ``pos``: (date, text, start, end, kind)."""
    while (found := _next_date(text, gallery_date, memo, pos, rare)) is not None:
        yield found
        pos = found[3]


def _next_date(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    pos: int,
    rare: bool | None = None,
) -> _Mention | None:
    """The first date stated in ``text`` from ``pos``: (date, text, start, end, kind).

    The wordings of :data:`_RARE_RE` are read only before the first weekday, or where no
    date follows (a day stated with its month wins over "yesterday" or "am Freitag"),
    except an Arabic day, read like the others. ``rare`` says whether ``text`` may hold
    one of them (``None``: find out, with :func:`_may_be_rare`, when it matters).
    """
    found: _Mention | None = None
    origin = pos
    search = _CANDIDATE.search
    relative = False
    if "day" in text and _DAY_WORD.search(text) is not None:
        for word in _DAY_WORD.finditer(text):
            if word.lastgroup == "relative":
                relative = True
            else:
                search = _CANDIDATE_LOWER.search
    match = _DATE_RE.match
    while (candidate := search(text, pos)) is not None:
        begin = candidate.start()
        pos = begin + 1
        if begin > 0:
            before = text[begin - 1]
            if before.isalnum() or before == "_":
                continue  # inside a word or a number
            if before in ",." and text[begin].isdigit() and text[begin - 2 : begin - 1].isdigit():
                continue  # "1,14 December"
        m = match(text, begin)
        if m is None:
            continue
        if memo is None:
            resolved = _resolve(m, gallery_date)
        else:
            key = (m.group(), gallery_date)
            if key in memo:
                resolved = memo[key]
            else:
                resolved = memo[key] = _resolve(m, gallery_date)
        if resolved is None and (m.lastgroup != "sl" or (resolved := _day_first(m)) is None):
            continue  # (not a day; a day in numbers read either way: see _day_first)
        group, day = resolved
        start, end = m.span(group)
        if group in ("wd", "wd2") and text.endswith(_EVERY_EN, 0, start):
            continue  # "every Thursday": no day
        if group in ("md", "wmd", "mc"):
            year_group = group + "_yr"
            end = m.end(year_group) if m.group(year_group) is not None else m.end(group + "_dayx")
        elif group in ("dm", "fm"):
            year_group = group + "_yr"
            end = m.end(year_group) if m.group(year_group) is not None else m.end(group + "_mon")
            if group == "fm" and day is not None and begin > 2:
                first = _FOREIGN_RANGE.search(text, max(0, begin - 24), begin)
                if first is not None and int(first.group(1)) < day.day:
                    start = first.start()
                    if not _after_night(text, start):
                        day = day.replace(day=int(first.group(1)))
            elif (
                group == "dm"
                and day is not None
                and m.group("dm_from") is not None
                and _after_night(text, start)
            ):
                later = int(m.group("dm_day"))  # (the memo holds the range's first day)
                if later > day.day:
                    day = day.replace(day=later)
        span = text[start:end].rstrip(" ,")
        found = day, span, start, start + len(span), group
        break
    if rare is False:
        return found
    if found is None:
        if rare is None:  # _may_be_rare, inlined (this runs for a sixth of the captions)
            rare = (
                relative
                or "tag" in text
                or ("night" in text and ("t night" in text or "onight" in text))
                or _this_part(text)
                or (
                    _FOREIGN_LETTER.search(text) is not None
                    if not text.isascii()
                    else _foreign_words(text)
                )
            )
        if rare:
            return _next_rare(text, gallery_date, memo, origin, len(text))
    elif found[4] in ("wd", "wd2"):
        # before an English weekday, English words: "yesterday", "today", "last night"
        if rare or (
            rare is None
            and (relative or ("night" in text and ("t night" in text or "onight" in text)))
        ):
            return _next_rare(text, gallery_date, memo, origin, found[2]) or found
    elif not text.isascii() and _ARABIC_LETTER.search(text, origin, found[2]) is not None:
        return _next_rare(text, gallery_date, memo, origin, found[2], stated=True) or found
    elif not text.isascii() and _CJK_DAY_RE.search(text, origin, found[2]) is not None:
        # a Korean or Japanese day before a closing stamp ("29일(현지시간) ... 2016-11-30
        # 사진=AFP"): the caption's own day, the stamp its sending's (and, without the
        # gallery's date, the day the caption's is read against)
        own = _next_rare(text, gallery_date or found[0], memo, origin, found[2], cjk=True)
        return own if own is not None and own[0] is not None else found
    return found


# ------------------------------------------------------------------------------ named days
# A day named for what is celebrated on it ("on Christmas Day", "la veille de Noël", "am
# Heiligabend", "Nochebuena", "New Year's Eve", "Silvester", "the first day of Eid al-Adha",
# "Kurban Bayramı'nın ilk günü", "أول أيام عيد الفطر", "Easter Sunday", "Nowruz"), read where the
# caption states no other day, in the picture's (first) sentence, and in the year of the
# gallery's date as a day stated without its year is (:func:`_in_year`), or in the year stated
# after it ("Christmas Eve 2016"). Not a day before or after it ("ahead of Eid", "days before
# Christmas", "seit Silvester", "depuis Noël", "antes de Navidad"), nor a thing named after it
# ("Christmas decorations", "a Christmas tree", "Noel eşyaları", "Weihnachtsmarkt", "the Eid
# truce"), nor, for the bare name of a feast of two days ("Christmas", "Noël", "Weihnachten",
# "Easter"), one not said to be the day ("on Christmas", "à Noël", "an Weihnachten", "a Natale",
# "en Navidad", "no Natal", "на Рождество", "Noel'de").
#
# The first days of Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah) of 1420–1457 AH
# (2000–2036) are those of Saudi Arabia's Umm al-Qura calendar (the tables of the King Abdulaziz
# City for Science and Technology, as the hijridate package computes them). Syria's Ministry of
# Awqaf declares its Eid by the sighting of the new moon, which in some years falls a day later
# (or earlier) than that calendar: the table is the nearest public one, and a day stated in the
# caption wins over it. A feast of several days (Eid al-Fitr three, Eid al-Adha four) named with
# no day of it ("children celebrate Eid al-Adha") in a gallery dated during the feast leaves the
# gallery's date; dated after it, its first day; "the second day of Eid" is the day after the
# first, "the eve of Eid" the day before.
def _iso_days(days: str) -> tuple[dt.date, ...]:
    """The days of ``days``, ISO dates separated by spaces."""
    return tuple(dt.date.fromisoformat(day) for day in days.split())


_EID_AL_FITR: Final = _iso_days(
    "2000-01-08 2000-12-27 2001-12-16 2002-12-05 2003-11-25 2004-11-14 2005-11-03 2006-10-23 "
    "2007-10-13 2008-10-01 2009-09-20 2010-09-10 2011-08-30 2012-08-19 2013-08-08 2014-07-28 "
    "2015-07-17 2016-07-06 2017-06-25 2018-06-15 2019-06-04 2020-05-24 2021-05-13 2022-05-02 "
    "2023-04-21 2024-04-10 2025-03-30 2026-03-20 2027-03-09 2028-02-26 2029-02-14 2030-02-04 "
    "2031-01-24 2032-01-14 2033-01-02 2033-12-23 2034-12-12 2035-12-01"
)
_EID_AL_ADHA: Final = _iso_days(
    "2000-03-16 2001-03-05 2002-02-22 2003-02-11 2004-02-01 2005-01-21 2006-01-10 2006-12-31 "
    "2007-12-20 2008-12-08 2009-11-27 2010-11-16 2011-11-06 2012-10-26 2013-10-15 2014-10-04 "
    "2015-09-23 2016-09-11 2017-09-01 2018-08-21 2019-08-11 2020-07-31 2021-07-20 2022-07-09 "
    "2023-06-28 2024-06-16 2025-06-06 2026-05-27 2027-05-16 2028-05-05 2029-04-24 2030-04-13 "
    "2031-04-02 2032-03-22 2033-03-11 2034-03-01 2035-02-18 2036-02-07"
)
_FEAST_LENGTH: Final = {"fitr": 3, "adha": 4, "eid": 3}


def _easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the Gregorian computus, "anonymous" algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _orthodox_easter(year: int) -> dt.date:
    """Orthodox Easter Sunday of ``year`` in the Gregorian calendar (the Julian computus, Meeus,
    moved by the days the Julian calendar lags: 13 in 1900–2099)."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    lag = year // 100 - year // 400 - 2
    return dt.date(year, month, day + 1) + dt.timedelta(days=lag)


# (kind, how it is written). The kinds: a fixed day of the year (_FIXED_DAYS), a day of the
# Easter cycle (_EASTER_DAYS), a feast of the Islamic calendar (fitr, adha, eid); "*_on": a bare
# name, read only after a word saying "on" (_ON_WORDS).
_NAMED: Final = (
    (
        "xeve",
        r"Christmas[ -][Ee]ve|CHRISTMAS EVE|[Vv]eille\s+de\s+Noël|[Rr]éveillon\s+de\s+Noël"
        r"|[Nn]uit\s+de\s+Noël|Heilig(?:e[nr]?\s*)?[Aa]bend|Nochebuena|[Vv]éspera\s+de\s+Natal"
        r"|[Nn]oite\s+de\s+Natal|[Vv]igilia\s+di\s+Natale|[Nn]otte\s+di\s+Natale"
        r"|Noel\s+(?:akşamı|gecesi|arifesi)|ليلة\s+عيد\s+الميلاد|[Сс]очельник\w*"
        r"|[Кк]анун\w*\s+Рождества",
    ),
    (
        "oxmas",
        r"(?:Orthodox|orthodoxe[nms]?|ortodox[ao]|ortodoss[ao]|православн\w+)\s+"
        r"(?:Christmas|Noël|Weihnacht\w*|Navidad|Natale|Natal|Рождеств\w+)"
        r"|(?:Noël|Navidad|Natal|Natale)\s+(?:orthodoxe|ortodox[ao]|ortodosso)",
    ),
    ("axmas", r"Armenian\s+Christmas|Noël\s+arménien|armenische[ns]?\s+Weihnacht\w*"),
    (
        "xmas",
        r"Christmas\s+(?:[Dd]ay|[Mm]orning)|CHRISTMAS DAY|[Jj]our\s+de\s+Noël"
        r"|(?:erste[nm]?\s+|1\.\s*)?Weihnachts(?:feier)?tag|[Dd]ía\s+de\s+Navidad"
        r"|[Dd]ia\s+de\s+Natal|[Gg]iorno\s+di\s+Natale|Noel\s+günü|يوم\s+عيد\s+الميلاد",
    ),
    (
        "xmas_on",
        r"Christmas|Noël|Noel|Weihnachten|Navidad|Natale|Natal"
        r"|عيد\s+الميلاد(?:\s+المجيد)?|Рождеств[оа]",
    ),
    (
        "nye",
        r"New\s+Year['’]?s['’]?\s+[Ee]ve|NEW YEAR['’]S EVE|Saint-Sylvestre"
        r"|[Rr]éveillon\s+du\s+(?:Nouvel\s+An|jour\s+de\s+l['’]an)|Silvester(?:abend|nacht)?"
        r"|Nochevieja|[Vv]éspera\s+de\s+Ano\s+Novo|[Rr]éveillon\s+de\s+Ano\s+Novo|San\s+Silvestro"
        r"|[Nn]otte\s+di\s+Capodanno|[Yy]ılbaşı\s+gecesi|ليلة\s+رأس\s+السنة"
        r"|[Нн]овогодн\w+\s+ноч\w+|[Кк]анун\w*\s+Нового\s+года",
    ),
    (
        "nyd",
        r"New\s+Year['’]?s['’]?\s+[Dd]ay|NEW YEAR['’]S DAY|[Jj]our\s+de\s+l['’][Aa]n"
        r"|Neujahrstag|[Dd]ía\s+de\s+Año\s+Nuevo|[Dd]ia\s+de\s+Ano\s+Novo|Capodanno",
    ),
    (
        "nowruz",
        r"N(?:ow|aw|ew|ev|av|au|oo|o)r(?:ou|u|o)z|NEWROZ|NOWRUZ|Norooz|نوروز|Навруз"
        r"|Новруз|(?:Persian|Kurdish|Iranian)\s+New\s+Year|Nouvel\s+An\s+(?:persan|kurde)"
        r"|(?:persische|kurdische)[ns]?\s+Neujahr\w*",
    ),
    (
        "oeaster",
        r"(?:Orthodox|orthodoxe[nms]?|ortodox[ao]|ortodoss[ao])\s+"
        r"(?:Easter|Ostern|Pascua|Pasqua|Páscoa)|(?:Pâques|Pascua|Pasqua|Páscoa)\s+"
        r"(?:orthodoxe?s?|ortodox[ao]|ortodossa)|Пасх[аиуе]",
    ),
    (
        "easter",
        r"Easter\s+(?:Sunday|[Dd]ay|[Mm]orning|[Mm]ass|[Ss]ervices?|[Ll]iturgy)"
        r"|[Dd]imanche\s+de\s+Pâques|Ostersonntag|[Dd]omingo\s+de\s+(?:Pascua|Resurrecci[oó]n"
        r"|Páscoa)|[Dd]omenica\s+di\s+Pasqua|Paskalya\s+(?:Pazarı|günü)|عيد\s+الفصح",
    ),
    ("easter_on", r"Easter|Pâques|Ostern|Pascua|Pasqua|Páscoa|Paskalya"),
    (
        "gfri",
        r"Good\s+Friday|[Vv]endredi\s+saint|Karfreitag|Viernes\s+Santo|Venerdì\s+Santo"
        r"|Sexta-[Ff]eira\s+Santa",
    ),
    (
        "palm",
        r"Palm\s+Sunday|[Dd]imanche\s+des\s+Rameaux|Palmsonntag|Domingo\s+de\s+Ramos"
        r"|[Dd]omenica\s+delle\s+Palme",
    ),
    (
        "fitr",
        r"(?:Eid|EID|A[iï]d|Idul|Iedul|Ied|Id)(?:[\s-]+(?:al|el|ul|Al|El|Ul|AL)[\s-]*|[\s-]*)"
        r"F[iI]t(?:h)?r[i]?|Ramazan\s+Bayram\w*|Şeker\s+Bayram\w*|Zuckerfest\w*|عيد\s+الفطر"
        r"|عید\s+(?:سعید\s+)?فطر"
        r"|Lebaran|Ураза[-\s]байрам\w*",
    ),
    (
        "adha",
        r"(?:Eid|EID|A[iï]d|Idul|Iedul|Ied|Id)(?:[\s-]+(?:al|el|ul|Al|El|Ul|AL)[\s-]*"
        r"|[\s-]*)(?:Adh?a|ADHA|Azha|K[eé]bir|Kabir|Qurban)|Kurban\s+Bayram\w*|Opferfest\w*"
        r"|عيد\s+ال[أا]ضحى|[Ff]ête\s+du\s+[Ss]acrifice|[Ff]iesta\s+del\s+(?:Cordero|Sacrificio)"
        r"|[Ff]esta\s+del\s+[Ss]acrificio|[Ff]east\s+of\s+(?:the\s+)?[Ss]acrifice"
        r"|Курбан[-\s]байрам\w*|عید\s+(?:سعید\s+)?قربان",
    ),
    ("eid", r"Eid|EID|Aïd|Bayram\w*|العيد"),
)
_NAMED_KINDS: Final = tuple(kind for kind, _ in _NAMED)
# "the first day of", "le deuxième jour de l'", "am dritten Tag des", "el primer día del",
# "il secondo giorno dell'", "o primeiro dia do", "hari pertama", "أول أيام" (a day of a feast);
# "the eve of", "la veille de l'", "am Vorabend des", "la víspera del", "عشية" (the day before).
_NTH_WORDS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "premier": 1, "deuxième": 2, "second jour": 2, "troisième": 3, "quatrième": 4,
    "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "primer": 1, "segundo": 2,
    "tercer": 3, "cuarto": 4, "primo": 1, "secondo": 2, "terzo": 3, "quarto": 4,
    "primeiro": 1, "terceiro": 3, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4,
    "أول": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "ilk": 1, "birinci": 1, "ikinci": 2,
    "üçüncü": 3, "dördüncü": 4,
}  # fmt: skip
_NTH_BEFORE_RE = _gated(
    r"(?:\b(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|premier|deuxième|troisième"
    r"|quatrième|ersten|zweiten|dritten|vierten|primer|segundo|tercer|cuarto|primo|secondo"
    r"|terzo|quarto|primeiro|terceiro)\s+(?:day|jour|Tag|día|dia|giorno)\s+"
    r"(?:of|de|des|du|del|della|dell['’]|do|da|d['’])?\s*"
    r"|\bhari\s+(?P<nth_id>pertama|kedua|ketiga|keempat)\s+"
    r"|(?P<nth_ar>أول|ثاني|ثالث|رابع)\s+أيام\s+"
    r"|\b(?P<eve>eve|veille|Vorabend|víspera|vigilia|véspera)\s+(?:of|de|des|du|del|dell['’]|do|da)?\s*"
    r"|عشية\s+)"
    r"(?:the\s+|l['’]|la\s+|el\s+|o\s+|a\s+|le\s+|des\s+)?(?:(?:Muslim|Islamic|muslimischen"
    r"|musulmane?)\s+)?(?:(?:holiday|feast|festival|fête|fiesta|festa)\s+(?:of\s+|de\s+|del\s+"
    r"|di\s+)?(?:l['’])?)?$"
)
_NTH_AFTER_RE = re.compile(
    r"(?:['’]?n[ıi]n)?\s+(?P<nth>ilk|birinci|ikinci|üçüncü|dördüncü)\s+gün"
    r"|(?P<eve>['’]?(?:nin|nın)?\s+arife)"
)
_NAMED_RE = _gated("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _NAMED) + r"(?![^\W\d_])")
_FIXED_DAYS: Final = {
    "xeve": (12, 24), "xmas": (12, 25), "xmas_on": (12, 25), "oxmas": (1, 7), "axmas": (1, 6),
    "nye": (12, 31), "nyd": (1, 1), "nowruz": (3, 21),
}  # fmt: skip
_EASTER_DAYS: Final = {"easter": 0, "easter_on": 0, "oeaster": 0, "gfri": -2, "palm": -7}
# Words saying "on" before a bare name ("on Christmas", "à Noël", "an Weihnachten").
_ON_WORDS: Final = frozenset(("on", "On", "à", "a", "an", "zu", "en", "no", "na", "в", "на", "في"))
# Words before a named day that make it not the picture's: a day before or after it.
_NOT_ON: Final = (
    "before ahead after since until till approaching avant après depuis jusqu'à approche "
    "vor nach seit bis antes después desde hasta prima dopo fino önce sonra beri "
    "قبل بعد منذ до после перед накануне Before Ahead After Since Until Avant Après Depuis "
    "Vor Nach Seit Antes Después Desde Hasta Prima Dopo"
)
_NOT_ON_WORDS: Final = frozenset(_NOT_ON.split())
_FOR_WORDS: Final = frozenset(("for", "pour", "für", "para", "per", "için", "ل"))
# ... nor a thing named after it ("Christmas decorations", "Noel eşyaları", "the Eid truce").
_NAMED_THING_RE = re.compile(
    r"['’]?s?\s*-?\s*(?:decorations?|trees?|markets?|lights?|shopping|shoppers|preparations?"
    r"|gifts?|presents?|sales?|sweets?|cookies|cakes?|clothes|bazaars?|goods|items|ornaments"
    r"|cards?|truce|ceasefire|cease-fire|message|address|speech|sermon|holidays?\s+season"
    r"|eşya\w*|ağac\w*|alışveriş\w*|hazırlı\w*|décorations?|sapins?|marchés?|achats|cadeaux"
    r"|trêve|Baum|Markt|Geschenk\w*|Einkäufe|Waffenruhe|árbol(?:es)?|mercados?|compras"
    r"|regalos|tregua|albero|mercatin[oi]|regali|árvores?|presentes|trégua)\b",
)
# A feast named for the prayers or the service of its day ("arrive for Eid al-Fitr prayers",
# "gather for Christmas Eve mass"): after "for", the day itself.
_NAMED_SERVICE_RE = re.compile(
    r"\s+(?:prayers?|mass|Mass|services?|liturgy|sermon|prière|messe|Gebet|Messe|Gottesdienst"
    r"|oración|misa|preghiera|messa|oração|missa|namaz\w*|ayin\w*)\b"
)
# A bare "Eid" is read with a day of it ("the first day of Eid") or as the feast ("the Eid
# holiday", "Eid prayers", "celebrate Eid").
_EID_WORD_AFTER_RE = re.compile(
    r"\s+(?:holidays?|prayers?|festival|celebrations?|feast|festivities)\b|['’]?(?:de|da)\b"
)
_YEAR_AFTER_RE = re.compile(r",?\s+(?:de\s+|del\s+)?(?P<yr>(?:19|20)\d\d)(?!\d)")
# Where a named day may be: one search that the regex engine runs fast (one class of capitals,
# then what may follow one: "Christmas", "Eid", "Easter", "Noël", "Natal", "Weihnacht",
# "Heilig", "Silvester", "Capodanno", "Aïd", "Idul", "Bayram", "Kurban", "Opferfest", "Pâques",
# "Pascua", "Good Friday", "Palm", "Rameaux", "Resurrección" ...; "New Year", "Nowruz" and its
# spellings by their "z", "jour de l'an"), and in a caption with letters beyond ASCII a second
# one (Turkish, Arabic and Russian names).
_NAMED_CUE_RE = re.compile(
    r"[ACEFGHIKLNOPRSVWZ](?=hristmas|HRISTMAS|apodanno|ordero|id|ID|aster|o[eë]l|atal|avidad"
    r"|ochebuena|ochevieja|ouvel|eujahr|ovo|uevo|EWROZ|OWRUZ|eihnacht|eilig|ilvest|ylvest"
    r"|aint-Sylv|ant[oa]|acrific|ête\s+du|east\s+of|iesta\s+del|esta\s+del|endredi\s+saint"
    r"|[iï]d[\s-]|ïd|dul|edul|d[\s-]+al|ayram|urban|arfreitag|pferfest|stern|uckerfest|ebaran"
    r"|âques|ascua|asqua|áscoa|askalya|alm|ood\s+Friday|amos|ameaux|esurrec|amazan)"
    r"|Y(?<=New Y|NEW Y)|z(?<=r[uo]z)|z(?<=ro[ou]z)|j(?=our\s+de\s+l)"
)
_NAMED_CUE_BEYOND_RE = re.compile(
    r"[ŞıعنرРПНнбСсУК](?=eker|lbaşı|يد|ید|وروز|أس|ожд|асх|авруз|овруз|ового|овогод|айрам|очельник"
    r"|раза|урбан)"
)


def _may_be_named(text: str) -> bool:
    """Whether ``text`` may name a day (:data:`_NAMED_CUE_RE`, :data:`_NAMED_CUE_BEYOND_RE`)."""
    return _NAMED_CUE_RE.search(text) is not None or (
        not text.isascii() and _NAMED_CUE_BEYOND_RE.search(text) is not None
    )


def _islamic_first(kind: str, limit: dt.date) -> tuple[str, dt.date] | None:
    """The feast (fitr or adha; either for a bare "eid") whose first day is the latest on or
    before ``limit``, with that day; ``None`` outside the table."""
    best: tuple[str, dt.date] | None = None
    for name, table in (("fitr", _EID_AL_FITR), ("adha", _EID_AL_ADHA)):
        if kind not in (name, "eid"):
            continue
        for first in reversed(table):
            if first <= limit:
                if best is None or first > best[1]:
                    best = (name, first)
                break
    if best is None or (limit - best[1]).days > 400:
        return None  # (before or long after the table)
    return best


# The prayers of Eid, said on the morning of its first day only ("Eid al-Adha prayers", "the
# Eid prayer", "Kurban Bayramı namazı", "صلاة عيد الأضحى", "la prière de l'Aïd", "das Gebet
# zum Opferfest"): that day, even in a gallery dated on a later day of the feast.
_EID_PRAYERS_AFTER_RE = re.compile(
    r"\s+(?:morning\s+)?(?:prayers?|[Pp]rayer\s+service|namaz\w*|Gebet\w*|صلاة)(?![^\W\d_])"
)
_EID_PRAYERS_BEFORE_RE = _gated(
    r"(?:صلاة|نماز|(?:[Pp]rayers?|prière|Gebet|oración|preghiera|oração|namaz\w*)\s+(?:of|for"
    r"|marking|de|du|zum|zu|del|dell['’]|do|da|della)(?:\s+(?:the|la|l['’]|el|o|a))?)\s*$"
)


def _eid_prayers(text: str, start: int, end: int) -> bool:
    """Whether the feast named at ``text[start:end]`` is named for its prayers."""
    return (
        _EID_PRAYERS_AFTER_RE.match(text, end) is not None
        or _EID_PRAYERS_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    )


def _named_resolve(
    kind: str, text: str, start: int, end: int, year: int | None, gallery_date: dt.date | None
) -> dt.date | bool | None:
    """The day of the named day ``kind`` at ``text[start:end]``: a date, ``None`` when no year
    can be found, ``False`` when it is not the picture's day (a feast of several days in whose
    days the gallery is dated, a bare "Eid" with no day of it)."""
    nth = 0
    eve = False
    before = _NTH_BEFORE_RE.search(text, max(0, start - 60), start)
    if before is not None:
        word = before.group("nth") or before.group("nth_id") or before.group("nth_ar")
        if word:
            nth = _NTH_WORDS[word]
        else:
            eve = True
    else:
        after = _NTH_AFTER_RE.match(text, end)
        if after is not None:
            if after.group("nth"):
                nth = _NTH_WORDS[after.group("nth")]
            else:
                eve = True
    if kind == "xmas" and text.startswith("Рожд", start) and year is None and gallery_date:
        # Christmas in Russian: the Orthodox one (7 January) or the Western one, whichever
        # came last
        days = (_in_year(gallery_date, 12, 25), _in_year(gallery_date, 1, 7))
        return max(day for day in days if day is not None)
    if kind in _FIXED_DAYS:
        month, day = _FIXED_DAYS[kind]
        if eve:  # "on the eve of Nowruz", "la veille du Nouvel An"
            month, day = (12, 31) if (month, day) == (1, 1) else (month, day - 1)
        if year is not None:
            return dt.date(year, month, day)
        return None if gallery_date is None else _in_year(gallery_date, month, day)
    if kind == "eid" and not nth and not eve and _EID_WORD_AFTER_RE.match(text, end) is None:
        lead = text[max(0, start - 12) : start]
        if "celebrat" not in lead and "Celebrat" not in lead and not lead.endswith(" on "):
            return False  # a bare "Eid": a name ("Mohammed Eid") unless a day of it is said
    if year is None and gallery_date is None:
        return None
    if kind in _EASTER_DAYS:
        shift = dt.timedelta(days=_EASTER_DAYS[kind] - eve)
        easter = _orthodox_easter if kind == "oeaster" else _easter
        if year is not None:
            return easter(year) + shift
        assert gallery_date is not None
        limit = gallery_date + dt.timedelta(days=GRACE_DAYS)
        found = easter(limit.year) + shift
        return found if found <= limit else easter(limit.year - 1) + shift
    # a feast of the Islamic calendar
    if year is not None:
        limit = dt.date(year, 12, 31)
    else:
        assert gallery_date is not None
        limit = gallery_date + dt.timedelta(days=GRACE_DAYS)
    feast = _islamic_first(kind, limit)
    if feast is None:
        return False
    first = feast[1]
    if year is not None and first.year != year:
        return False
    if eve:
        return first - dt.timedelta(days=1)
    if nth:
        return first + dt.timedelta(days=nth - 1)
    if gallery_date is not None and year is None:
        length = _FEAST_LENGTH[feast[0]]
        if first <= gallery_date < first + dt.timedelta(days=length) and not _eid_prayers(
            text, start, end
        ):
            return False  # during the feast: the gallery's day is as good as any of its days
    return first


def _named_day(text: str, gallery_date: dt.date | None) -> _Mention | None:
    """The first day named for what is celebrated on it (:data:`_NAMED`) in the picture's
    sentence, if any."""
    if not _may_be_named(text):
        return None
    for m in _NAMED_RE.finditer(text):
        kind = m.lastgroup or ""
        start, end = m.span()
        stop = _FULL_STOP_RE.search(text, _TITLE_CHARS, start)
        if stop is not None:
            return None  # in a later sentence than the picture's: the story
        lead = text[max(0, start - 32) : start].split()
        last = lead[-1] if lead else ""
        if last in ("the", "The", "la", "le", "l'", "el", "il", "o", "a", "des", "del", "de"):
            last2 = lead[-2] if len(lead) > 1 else ""
        else:
            last2 = last
        near = " ".join(lead[-4:])
        if any(word in _NOT_ON_WORDS for word in lead[-4:]) or any(
            words in near for words in ("ahead of", "run-up to", "lead-up to", "countdown to")
        ):
            continue
        if _NAMED_THING_RE.match(text, end) is not None:
            continue
        if (last in _FOR_WORDS or last2 in _FOR_WORDS) and _NAMED_SERVICE_RE.match(
            text, end
        ) is None:
            continue
        if (
            kind.endswith("_on")
            and last not in _ON_WORDS
            and not text.startswith(("'de", "’de", "'da", "’da"), end)
        ):
            continue
        year_m = _YEAR_AFTER_RE.match(text, end)
        year = int(year_m.group("yr")) if year_m is not None else None
        day = _named_resolve(kind.removesuffix("_on"), text, start, end, year, gallery_date)
        if day is False:
            continue
        stop_at = year_m.end() if year_m is not None else end
        return (
            day if isinstance(day, dt.date) else None,
            text[start:stop_at],
            start,
            stop_at,
            "named",
        )
    return None


# ------------------------------------------------------------------ rarer wordings of the day
# Words that are searched for only in the captions a cheap test lets through (_may_be_rare):
# days said relative to the gallery's date ("yesterday", "last night", "gestern", "dün",
# "أمس"), weekdays in other languages ("am Freitag", "vendredi", "el viernes", "venerdì",
# "Cuma günü", "الجمعة") and days with an Arabic month ("23 أيلول", "12 ديسمبر/كانون الأول",
# "١٣ كانون الأول ٢٠١٦"). One pattern holds them all; it costs a few microseconds a caption,
# so it runs only where one of its words may be.

#: Days back from the gallery's date, per word (the longest wordings first in the pattern).
_RELATIVE_DAYS: Final = {
    "the day before yesterday": 2,
    "yesterday": 1,
    "Yesterday": 1,
    "last night": 1,
    "Last night": 1,
    "today": 0,
    "Today": 0,
    "tonight": 0,
    "Tonight": 0,
    "heute": 0,
    "Heute": 0,
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "Aujourd'hui": 0,
    "Aujourd’hui": 0,
    "hoy": 0,
    "Hoy": 0,
    "oggi": 0,
    "Oggi": 0,
    "bugün": 0,
    "Bugün": 0,
    "bugun": 0,
    "Bugun": 0,
    "vorgestern": 2,
    "Vorgestern": 2,
    "gestern": 1,
    "Gestern": 1,
    "anteayer": 2,
    "Anteayer": 2,
    "ayer": 1,
    "Ayer": 1,
    "l'altro ieri": 2,
    "l’altro ieri": 2,
    "ieri": 1,
    "Ieri": 1,
    "avant-hier": 2,
    "hier soir": 1,
    "hier": 1,
    "Hier": 1,
    "hier matin": 1,
    "Hier soir": 1,
    "önceki gün": 2,
    "Önceki gün": 2,
    "evvelki gün": 2,
    "dün": 1,
    "Dün": 1,
    "أول أمس": 2,
    "أول امس": 2,
    "الأمس": 1,
    "أمس": 1,
    "امس": 1,
    # English, French, Spanish, Italian, Portuguese, German and Turkish parts of today
    "this morning": 0,
    "This morning": 0,
    "this afternoon": 0,
    "This afternoon": 0,
    "this evening": 0,
    "This evening": 0,
    "ce matin": 0,
    "Ce matin": 0,
    "cet après-midi": 0,
    "ce soir": 0,
    "la nuit dernière": 1,
    "esta mañana": 0,
    "Esta mañana": 0,
    "esta tarde": 0,
    "anoche": 1,
    "Anoche": 1,
    "stamattina": 0,
    "Stamattina": 0,
    "stamane": 0,
    "stasera": 0,
    "questa mattina": 0,
    "hoje": 0,
    "Hoje": 0,
    "ontem": 1,
    "Ontem": 1,
    "anteontem": 2,
    "nesta manhã": 0,
    "esta manhã": 0,
    "bu sabah": 0,
    "Bu sabah": 0,
    "bu akşam": 0,
    "Bu akşam": 0,
    # Arabic and Persian: "this morning" ("صباح اليوم"), "last night", "yesterday"; a bare
    # "اليوم" (also "the day": "اليوم الأول") only closing a clause (:func:`_next_rare`)
    "صباح اليوم": 0,
    "هذا الصباح": 0,
    "هذا المساء": 0,
    "مساء اليوم": 0,
    "ظهر اليوم": 0,
    "فجر اليوم": 0,
    "اليوم": 0,
    "البارحة": 1,
    "الليلة الماضية": 1,
    "امروز": 0,
    "دیروز": 1,
    "پریروز": 2,
    "دیشب": 1,
    "امشب": 0,
    # Russian, Ukrainian, Greek, Polish
    "сегодня": 0,
    "Сегодня": 0,
    "вчера": 1,
    "Вчера": 1,
    "позавчера": 2,
    "прошлой ночью": 1,
    "сьогодні": 0,
    "Сьогодні": 0,
    "вчора": 1,
    "Вчора": 1,
    "учора": 1,
    "Учора": 1,
    "позавчора": 2,
    "минулої ночі": 1,
    "σήμερα": 0,
    "Σήμερα": 0,
    "χθες": 1,
    "Χθες": 1,
    "χτες": 1,
    "εχθές": 1,
    "Εχθές": 1,
    "προχθές": 2,
    "απόψε": 0,
    "dzisiaj": 0,
    "Dzisiaj": 0,
    "dziś": 0,
    "Dziś": 0,
    "wczoraj": 1,
    "Wczoraj": 1,
    "przedwczoraj": 2,
    # Dutch, Romanian, Hungarian ("ma", today, only with a part of the day)
    "vandaag": 0,
    "Vandaag": 0,
    "vanochtend": 0,
    "Vanochtend": 0,
    "vanmorgen": 0,
    "gisteren": 1,
    "Gisteren": 1,
    "gisteravond": 1,
    "eergisteren": 2,
    "astăzi": 0,
    "Astăzi": 0,
    "alaltăieri": 2,
    "tegnap": 1,
    "Tegnap": 1,
    "tegnapelőtt": 2,
    "ma reggel": 0,
    "Ma reggel": 0,
    "ma délután": 0,
    "ma este": 0,
    # Indonesian and Malay, Vietnamese
    "hari ini": 0,
    "Hari ini": 0,
    "pagi ini": 0,
    "Pagi ini": 0,
    "kemarin": 1,
    "Kemarin": 1,
    "tadi malam": 1,
    "semalam": 1,
    "hôm nay": 0,
    "Hôm nay": 0,
    "sáng nay": 0,
    "Sáng nay": 0,
    "chiều nay": 0,
    "hôm qua": 1,
    "Hôm qua": 1,
    "tối qua": 1,
    "đêm qua": 1,
    "Đêm qua": 1,
    "hôm kia": 2,
    # Swahili ("jana"; capitalised, a name), Swedish, Danish and Norwegian, Czech, Slovak,
    # Croatian, Serbian and Slovenian, Azerbaijani, Hebrew, Urdu ("گزشتہ روز", the day before;
    # not "کل", both yesterday and tomorrow)
    "jana": 1,
    "i går": 1,
    "I går": 1,
    "igår": 1,
    "Igår": 1,
    "i förrgår": 2,
    "i forgårs": 2,
    "i dag": 0,
    "I dag": 0,
    "idag": 0,
    "Idag": 0,
    "včera": 1,
    "Včera": 1,
    "předevčírem": 2,
    "dnes": 0,
    "Dnes": 0,
    "jučer": 1,
    "Jučer": 1,
    "juče": 1,
    "Juče": 1,
    "danas": 0,
    "Danas": 0,
    "včeraj": 1,
    "Včeraj": 1,
    "danes": 0,
    "Danes": 0,
    "dünən": 1,
    "Dünən": 1,
    "srağagün": 2,
    "bu gün": 0,
    "Bu gün": 0,
    "אתמול": 1,
    "אמש": 1,
    "שלשום": 2,
    "היום": 0,
    "گزشتہ روز": 1,
    "گذشتہ روز": 1,
}
# ... and in Chinese, Japanese and Korean, written with no space around them (not "今日俄罗斯",
# Russia Today; "오늘날", nowadays; "어제오늘", these days).
_CJK_RELATIVE_DAYS: Final = {
    "一昨日": 2,
    "前天": 2,
    "昨天": 1,
    "昨日": 1,
    "昨晚": 1,
    "昨夜": 1,
    "昨晩": 1,
    "今天": 0,
    "今日": 0,
    "今晨": 0,
    "今早": 0,
    "今朝": 0,
    "어제": 1,
    "오늘": 0,
    "지난밤": 1,
}
# Weekdays in other languages, Monday first. German ones may run into a part of the day
# ("Freitagabend"); Turkish ones may be followed by "günü" (Pazar, also "market", must be).
_FOREIGN_WEEKDAYS: Final = (
    ("lundi", "lunes", "lunedì", "lunedi", "Montag", "des Montags", "Pazartesi", "الاثنين",
     "الإثنين"),
    ("mardi", "martes", "martedì", "martedi", "Dienstag", "des Dienstags", "Salı", "Sali gunu",
     "الثلاثاء"),
    ("mercredi", "miércoles", "miercoles", "mercoledì", "mercoledi", "Mittwoch",
     "des Mittwochs", "Çarşamba", "Carsamba", "الأربعاء", "الاربعاء"),
    ("jeudi", "jueves", "giovedì", "giovedi", "Donnerstag", "des Donnerstags", "Perşembe",
     "Persembe", "الخميس"),
    ("vendredi", "viernes", "venerdì", "venerdi", "Freitag", "des Freitags", "Cuma", "الجمعة"),
    ("samedi", "sábado", "sabado", "sabato", "Samstag", "des Samstags", "Sonnabend",
     "des Sonnabends", "Cumartesi", "السبت"),
    ("dimanche", "domingo", "domenica", "Sonntag", "des Sonntags", "Pazar günü", "الأحد",
     "الاحد"),
)  # fmt: skip
# (German weekdays also in the genitive after a part of the day: "in den frühen Morgenstunden
# des Montags", "am Abend des Freitags")
# Turkish weekdays written in lower case, read only before "günü" (day) or a part of the day
# ("pazartesi günü", "cuma akşamı", "salı sabahı") or after "geçen" (last: "geçen cuma",
# "geçtiğimiz pazartesi"; not "geçen pazar", also "the market that passed"): lower-case "cuma"
# alone is also Friday prayers, "pazar" a market.
_TR_DAY_PARTS: Final = ("günü", "gunu", "sabahı", "sabahi", "akşamı", "aksami", "gecesi")
_TR_LAST: Final = ("geçen", "gecen", "geçtiğimiz", "gectigimiz")
_TR_LOWER_WEEKDAYS: Final = tuple(
    tuple(f"{day} {part}" for day in days for part in _TR_DAY_PARTS)
    + tuple(f"{last} {day}" for day in days for last in _TR_LAST if day != "pazar")
    for days in (
        ("pazartesi",),
        ("salı", "sali"),
        ("çarşamba", "carsamba"),
        ("perşembe", "persembe"),
        ("cuma",),
        ("cumartesi",),
        ("pazar",),
    )
)
# ... in Portuguese, Dutch, Greek (the accusative after "την", "το", and the genitive: "τα
# ξημερώματα της Παρασκευής"), Russian, Ukrainian and Polish (the accusative after "в", "у",
# "w"), Romanian, Hungarian ("pénteken"), Indonesian, Vietnamese ("thứ Sáu") and Persian, Monday
# first. The Greek days that are also ordinals (Δευτέρα, Τρίτη, Τετάρτη, Πέμπτη) and the
# Indonesian ones ("Minggu", also "week") are read capitalised only; Romanian "luni" (also
# "months") only closing a clause (:func:`_next_rare`).
_MORE_WEEKDAYS: Final = (
    ("segunda-feira", "maandag", "Δευτέρα", "Δευτέρας", "понедельник", "понеділок",
     "poniedziałek", "luni", "hétfőn", "hétfő", "Senin", "thứ Hai", "دوشنبه"),
    ("terça-feira", "dinsdag", "Τρίτη", "Τρίτης", "вторник", "вівторок", "wtorek", "marți",
     "marţi", "kedden", "kedd", "Selasa", "thứ Ba", "سه‌شنبه", "سه شنبه", "سهشنبه"),
    ("quarta-feira", "woensdag", "Τετάρτη", "Τετάρτης", "среду", "середу", "środę", "miercuri",
     "szerdán", "szerda", "Rabu", "thứ Tư", "چهارشنبه", "چهار شنبه"),
    ("quinta-feira", "donderdag", "Πέμπτη", "Πέμπτης", "четверг", "четвер", "czwartek", "joi",
     "csütörtökön", "csütörtök", "Kamis", "thứ Năm", "پنجشنبه", "پنج‌شنبه", "پنج شنبه"),
    ("sexta-feira", "vrijdag", "Παρασκευή", "Παρασκευής", "пятницу", "п'ятницю", "п’ятницю",
     "пʼятницю", "piątek", "vineri", "pénteken", "péntek", "Jumat", "Jum'at", "thứ Sáu", "جمعه"),
    ("zaterdag", "Σάββατο", "Σαββάτου", "субботу", "суботу", "sobotę", "sâmbătă", "sîmbătă",
     "szombaton", "szombat", "Sabtu", "thứ Bảy", "شنبه"),
    ("zondag", "Κυριακή", "Κυριακής", "воскресенье", "неділю", "niedzielę", "duminică",
     "vasárnap", "Minggu", "Chủ nhật", "Chủ Nhật", "یکشنبه", "یک‌شنبه"),
)  # fmt: skip
# ... in Swahili, Malay ("Khamis" and "Ahad", also names, only after "hari" or "pada"),
# Swedish, Danish and Norwegian (with the article and "i måndags", last Monday), Czech, Slovak,
# Croatian, Serbian and Slovenian (the accusative after "v", "ve", "u": "ve středu", "u
# srijedu"), Azerbaijani ("bazar", also "market", only with "ertəsi" or "günü"), Hebrew (after
# "יום", with the prefix "ב": "ביום שני") and Urdu (before "کو" or "کے روز": "پیر کو"; "پیر"
# alone is also a saint), Monday first.
_PRESS_WEEKDAYS: Final = (
    "Jumatatu Isnin måndag måndagen måndags mandag mandagen mandags pondělí pondelok "
    "ponedjeljak ponedeljak ponedeljek",
    "Jumanne tisdag tisdagen tisdags tirsdag tirsdagen tirsdags úterý utorok utorak torek",
    "Jumatano onsdag onsdagen onsdags středu stredu srijedu sredu sredo çərşənbə",
    "Alhamisi torsdag torsdagen torsdags čtvrtek štvrtok četvrtak četrtek",
    "Ijumaa Jumaat fredag fredagen fredags pátek piatok petak petek cümə",
    "Jumamosi lördag lördagen lördags lørdag lørdagen lørdags sobotu subotu soboto şənbə",
    "Jumapili söndag söndagen söndags søndag søndagen søndags neděli nedeľu nedjelju nedelju "
    "nedeljo",
)
# ... in Kurmanji Kurdish (with the "ê" or "a" of "roja Duşemê", on Monday; Friday "În" only
# as "Înê", Romanian "în" being "in") and Sorani Kurdish ("ڕۆژی دووشەممە"), Monday first.
_KURDISH_WEEKDAYS: Final = (
    "Duşem Duşemê Duşema دووشەممە",
    "Sêşem Sêşemê Sêşema سێشەممە",
    "Çarşem Çarşemê Çarşema چوارشەممە",
    "Pêncşem Pêncşemê Pêncşema پێنجشەممە",
    "Înê هەینی",
    "Şemî Şemiyê شەممە",
    "Yekşem Yekşemê Yekşema یەکشەممە",
)
_HEBREW_WEEKDAYS: Final = ("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון")
_URDU_WEEKDAYS: Final = ("پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ ہفتے", "اتوار")
_PRESS_WEEKDAY_NUMBER: Final = (
    {name: n for n, names in enumerate(_PRESS_WEEKDAYS) for name in names.split()}
    | {name: n for n, names in enumerate(_KURDISH_WEEKDAYS) for name in names.split()}
    | {"hari Khamis": 3, "pada Khamis": 3, "hari Ahad": 6, "pada Ahad": 6}
    | {"bazar ertəsi": 0, "çərşənbə axşamı": 1, "cümə axşamı": 3, "bazar günü": 6}
    | {f"{on}יום {day}": n for n, day in enumerate(_HEBREW_WEEKDAYS) for on in ("", "ב")}
    | {
        f"{day} {after}": n
        for n, days in enumerate(_URDU_WEEKDAYS)
        for day in days.split()
        for after in ("کو", "کے روز", "کے دن")
    }
)
# ... and in Chinese, Japanese and Korean, with no space around them: 星期五, 周五, 金曜日, 금요일
# (not "每周五", every Friday).
_CJK_WEEKDAYS: Final = {
    **{
        f"{week}{day}": n
        for n, day in enumerate("一二三四五六日")
        for week in ("星期", "周", "週", "礼拜", "禮拜")
    },
    **{f"{week}天": 6 for week in ("星期", "礼拜", "禮拜")},
    **{f"{day}曜": n for n, day in enumerate("月火水木金土日")},
    **{f"{day}요일": n for n, day in enumerate("월화수목금토일")},
}  # fmt: skip
_FOREIGN_WEEKDAY_NUMBER: Final = {
    form: number
    for name, number in [
        *(
            (name, n)
            for n, names in enumerate(_FOREIGN_WEEKDAYS + _MORE_WEEKDAYS)
            for name in names
        ),
        *_PRESS_WEEKDAY_NUMBER.items(),
    ]
    for form in ({name, name[0].upper() + name[1:]} if name[0].islower() else {name})
    if form != "Domingo"  # a name
} | {name: n for n, names in enumerate(_TR_LOWER_WEEKDAYS) for name in names}
# Arabic months: the Levantine names and those borrowed from the European ones, written
# with or without hamza ("الأول"/"الاول"): the pattern and the key take any alif.
_LEVANTINE_MONTHS: Final[tuple[tuple[str, ...], ...]] = (
    ("كانون الثاني", "كانون ثاني", "يناير", "ژانویه", "جنوری"),
    ("شباط", "فبراير", "فوریه", "فروری"),
    ("آذار", "مارس", "مارچ"),
    ("نيسان", "أبريل", "ابريل", "إبريل", "آوریل", "اپریل"),
    ("أيار", "مايو", "مه", "مئی"),
    ("حزيران", "يونيو", "يونيه", "ژوئن", "ژوین", "جون"),
    ("تموز", "يوليو", "يوليه", "ژوئیه", "ژوییه", "جولای", "جولائی"),
    ("آب", "أغسطس", "اغسطس", "اوت", "آگوست", "اگست"),
    ("أيلول", "سبتمبر", "سپتامبر", "ستمبر"),
    ("تشرين الأول", "تشرين أول", "أكتوبر", "اكتوبر", "اکتبر", "اکتوبر"),
    ("تشرين الثاني", "تشرين ثاني", "نوفمبر", "نوامبر", "نومبر"),
    ("كانون الأول", "كانون أول", "ديسمبر", "دسامبر", "دسمبر"),
)  # (the Levantine names, also without their article as some agencies write them: "20 يناير/
# كانون ثاني 2018"; the Egyptian ones, the Persian and the Urdu ones of the same months)
# ... and the Sorani Kurdish ones (the Levantine months in Kurdish letters: "1ی تشرینی دووەم",
# November 1st), also with the "دا" that closes "لە ... دا" (on), "لە 1 تشرینی دووەمدا", and
# the "ی" (of) before a year: "15ی کانوونی یەکەمی 2016".
_SORANI_MONTHS: Final = (
    ("کانوونی دووەم", "کانونی دووەم"),
    ("شوبات",),
    ("ئازار",),
    ("نیسان",),
    ("ئایار",),
    ("حوزەیران",),
    ("تەممووز", "تەمموز"),
    ("ئاب",),
    ("ئەیلوول", "ئەیلول"),
    ("تشرینی یەکەم",),
    ("تشرینی دووەم",),
    ("کانوونی یەکەم", "کانونی یەکەم"),
)
_ARABIC_MONTHS: Final = tuple(
    (*names, *(name + end for name in sorani for end in ("", "دا", "ی", "یدا")))
    for names, sorani in zip(_LEVANTINE_MONTHS, _SORANI_MONTHS, strict=True)
)


_ALIFS: Final = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def _arabic_key(word: str) -> str:
    """An Arabic month name with its alifs made one letter and its spaces one space."""
    return re.sub(r"\s+", " ", word.translate(_ALIFS))


_ARABIC_MONTH_NUMBER: Final = {
    _arabic_key(name): number
    for number, names in enumerate(_ARABIC_MONTHS, start=1)
    for name in names
}
_ARABIC_MONTH = (
    "(?:"
    + "|".join(
        sorted(
            {
                re.sub("[اأإآ]", "[اأإآ]", re.escape(n)).replace(r"\ ", r"\s+")
                for names in _ARABIC_MONTHS
                for n in names
            },
            key=len,
            reverse=True,
        )
    )
    + ")"
)
# (the months of :func:`_month_more`)
_RU_MONTH_FORMS: Final = (
    "январь января январе",
    "февраль февраля феврале",
    "март марта марте",
    "апрель апреля апреле",
    "май мая мае",
    "июнь июня июне",
    "июль июля июле",
    "август августа августе",
    "сентябрь сентября сентябре",
    "октябрь октября октябре",
    "ноябрь ноября ноябре",
    "декабрь декабря декабре",
)
_RU_MONTH_NUMBER: Final = {
    form: number
    for number, forms in enumerate(_RU_MONTH_FORMS, start=1)
    for word in forms.split()
    for form in (word, word.capitalize())
}
_MORE_MONTH_YEAR_RE = _gated(
    r"(?<![^\W\d_])(?:(?P<ru>"
    + "|".join(sorted(_RU_MONTH_NUMBER, key=len, reverse=True))
    + r")|(?P<ar>"
    + _ARABIC_MONTH
    + r"))(?![^\W\d_])\s*(?P<yr>(?:19|20)\d\d)(?!\d)(?:\s*(?:года|г\.|г(?![^\W\d_])|م\.?))?"
)
_CJK_MONTH_YEAR_RE = re.compile(
    r"(?<![\d年년])(?P<yr>(?:19|20)\d\d)\s*[年년]\s*(?P<mon>1[0-2]|0?[1-9])\s*[月월](?!\s*\d)"
)
_ARABIC_DIGITS: Final = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AR_NUMBER = r"[0-9٠-٩۰-۹]"
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


def _alternation(words: Any) -> str:
    """A pattern matching any of ``words``, the longest first where one starts another
    ("hier soir" before "hier"), written as a tree of their common beginnings ("l(?:un(?:di
    |es)|...)"): the regex engine then tests each letter of the text once against the
    words' first letters, not once a word (the lists hold hundreds of words)."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, Any]) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        if "" in node:  # a word ends here: a longer one first, then this one
            body = (body if len(parts) > 1 else "(?:" + body + ")") + "?"
        return body

    return branch(tree)


# A weekday just before a day: "Senin (12/12/2016)", "Tuesday, 13 December", "jeudi, 22".
# The last three letters of every weekday :data:`_WEEKDAY_BEFORE_RE` reads (all have three or
# more), in lower case: its cheap first test.
_WEEKDAY_ENDINGS: Final = frozenset(w.lower()[-3:] for w in (*_WEEKDAYS, *_FOREIGN_WEEKDAY_NUMBER))
_WEEKDAY_BEFORE_RE = re.compile(
    rf"{_LETTER_BEFORE}(?P<w>{_alternation([*_WEEKDAYS, *(w.upper() for w in _WEEKDAYS)])}"
    rf"|{_alternation(_FOREIGN_WEEKDAY_NUMBER)})"
    r"(?:,\s*|\s*\(\s*|\s+)$"
)
# 23 أيلول | 12 ديسمبر/كانون الأول | (9/كانون الاول/2016) | ١٣ كانون الأول ٢٠١٦ | 1ی تشرینی دووەم
# (Sorani writes "ی", of, after the day)
# ... or with "من" (of) between them ("13 من ديسمبر"), or of the current month ("13 من الشهر
# الجاري", "الحالي": the gallery's month)
_THIS_MONTH = r"الشهر\s+(?:الجاري|الحالي)"
_AR_DATE = (
    rf"(?P<ar>(?<!{_AR_NUMBER})(?P<ar_day>{_AR_NUMBER}{{1,2}})(?!{_AR_NUMBER})(?:ی(?=\s))?"
    rf"(?:\s*/?\s*|\s+من\s+(?:شهر\s+)?)"
    rf"(?P<ar_mon>{_ARABIC_MONTH}|{_THIS_MONTH}){_LETTER_AFTER}(?:\s*/\s*{_ARABIC_MONTH}{_LETTER_AFTER})?"
    rf"(?:\s*[/,،]?\s*(?P<ar_yr>(?:19|20|١٩|٢٠|۱۹|۲۰){_AR_NUMBER}{{2}})(?!{_AR_NUMBER}))?)"
)
# A day written as an Arabic ordinal word before its month: "في الثالث من ديسمبر", "يوم الأحد
# الحادي عشر من كانون الأول 2016", "الثاني والعشرين من شهر ديسمبر/كانون الأول" (the day's
# ordinal, "من" (of), the month, its year).
_AR_UNITS: Final = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                    "الثامن", "التاسع")  # fmt: skip
_AR_ORDINAL_NUMBER: Final = {
    _arabic_key(word): number
    for word, number in (
        *((unit, n) for n, unit in enumerate(_AR_UNITS, start=1)),
        ("العاشر", 10),
        ("الحادي عشر", 11),
        *((f"{unit} عشر", n) for n, unit in enumerate(_AR_UNITS[1:], start=12)),
        ("العشرين", 20),
        ("الحادي والعشرين", 21),
        *((f"{unit} والعشرين", n) for n, unit in enumerate(_AR_UNITS[1:], start=22)),
        ("الثلاثين", 30),
        ("الحادي والثلاثين", 31),
    )
}
_AR_ORDINAL_DATE = (
    rf"(?P<ard>(?P<ard_day>(?:{_alternation(_AR_ORDINAL_NUMBER)}|الاول|الأول))"
    rf"\s+من\s+(?:شهر\s+)?(?P<ard_mon>{_ARABIC_MONTH}|{_THIS_MONTH}){_LETTER_AFTER}"
    rf"(?:\s*/\s*{_ARABIC_MONTH}{_LETTER_AFTER})?"
    rf"(?:\s*[/,،]?\s*(?:(?:من\s+)?عام\s+)?(?P<ard_yr>(?:19|20|١٩|٢٠|۱۹|۲۰){_AR_NUMBER}{{2}})"
    rf"(?!{_AR_NUMBER}))?)"
).replace(r"\ ", r"\s+")
# yesterday | last night | gestern | ayer | ieri | dün | أمس (not "yesterday's")
_RELATIVE = (
    rf"{_LETTER_BEFORE}(?P<rel>{_alternation(_RELATIVE_DAYS)}){_LETTER_AFTER}(?![’']s\b)(?!-l[àa])"
    rf"|(?P<relc>{_alternation(_CJK_RELATIVE_DAYS)})(?!俄|头|頭|美国|美國|날|오늘|的)"
)
# am Freitag | vendredi | el viernes | venerdì | Cuma günü | الجمعة | την Παρασκευή | в пятницу |
# vrijdagavond | 星期五 | 金曜日 | 금요일; not "vendredi 29 avril", "am Freitag, 3. Juni": the day
# stated after it is read instead (but a day of the month with no month after it, "este martes
# 13,", "ce mardi 13,", "am Dienstag, 13.,", leaves the weekday read: :func:`_next_rare` checks
# that the day is that weekday's; and a Brazilian day of the month in brackets, "no sábado
# (30)", "no domingo (1º)", leaves the weekday read)
_FOREIGN_WEEKDAY = (
    rf"{_LETTER_BEFORE}(?P<fwd>{_alternation(_FOREIGN_WEEKDAY_NUMBER)})"
    rf"(?:abend|morgen|nacht|nachmittag|vormittag|mittag|avond|ochtend|middag)?"
    rf"(?:\s+g[üu]n[üu])?{_LETTER_AFTER}"
    rf"(?:(?=\s*\(\d\d?[º°]?\))|(?=,?\s+\d\d?\.?\s*(?:[,;)]|$|(?<=\.)\s))"
    rf"|(?![\s,،(]*(?:{_AR_NUMBER}|(?:le|el|den|il)\s+{_AR_NUMBER}"
    rf"|{re.sub(r'[(][?]P<[a-z_]+>', '(?:', _AR_ORDINAL_DATE)})))"
    rf"|(?<!每)(?P<fwdc>{_alternation(_CJK_WEEKDAYS)})"
)
# The months of captions in Slovak, Czech, Polish, Serbian and Bosnian (in Latin and Cyrillic
# letters), Croatian, Slovenian, Russian, Ukrainian, Bulgarian, Macedonian, Greek, Swedish,
# Danish, Romanian, Finnish, Estonian, Latvian, Albanian, Catalan, Galician, Malay,
# Azerbaijani and Hebrew, as they are written after the day ("20. apríla 2022", "20 kwietnia
# 2022", "20 апреля 2022 года", "20 квітня", "20 Απριλίου 2022", "5 maj 2023", "31 martie",
# "31. maaliskuuta", "31. märtsil", "2016. gada 31. martā", "31 במרץ"): read, like the other
# rare wordings, only in a caption where no day of the languages above is stated. (Croatian
# "listopada" is October, but Polish November: it is read as the Polish.)
_OTHER_MONTHS: Final = (
    "januára ledna stycznia januara января січня ιανουαρίου siječnja januarja јануара януари "
    "јануари ianuarie tammikuuta jaanuar jaanuaril janvārī janvāris janar janarit gener "
    "xaneiro yanvar ינואר בינואר",
    "februára února lutego februara февраля лютого φεβρουαρίου veljače februarja фебруара "
    "февруари februarie helmikuuta veebruar veebruaril februārī februāris shkurt shkurtit "
    "febrer febreiro fevral פברואר בפברואר",
    "marca března marta марта березня μαρτίου marts ožujka марта март martie maaliskuuta "
    "märts märtsil martā marts marsit març mac מרץ במרץ",
    "apríla dubna kwietnia aprila апреля квітня απριλίου travnja априла април aprilie "
    "huhtikuuta aprill aprillil aprīlī aprīlis prill prillit aprel אפריל באפריל",
    "mája května maja мая травня μαΐου maj svibnja маја май мај toukokuuta mail maijā maijs "
    "majit maig מאי במאי",
    "júna června czerwca juna июня червня ιουνίου lipnja junija јуна юни јуни iunie "
    "kesäkuuta juuni juunil jūnijā jūnijs qershor qershorit juny xuño iyun יוני ביוני",
    "júla července lipca jula июля липня ιουλίου srpnja julija јула юли јули iulie "
    "heinäkuuta juuli juulil jūlijā jūlijs korrik korrikut juliol xullo julai iyul יולי ביולי",
    "augusta srpna sierpnia avgusta августа серпня αυγούστου augusti kolovoza август "
    "elokuuta augustil augustā augusts gusht gushtit agost ogos avqust אוגוסט באוגוסט",
    "septembra září września сентября вересня σεπτεμβρίου rujna септембра септември "
    "septembrie syyskuuta septembril septembrī septembris shtator shtatorit setembre "
    "sentyabr ספטמבר בספטמבר",
    "októbra října października oktobra октября жовтня οκτωβρίου октобра октомври "
    "octombrie lokakuuta oktoober oktoobril oktobrī oktobris tetor tetorit oktyabr "
    "אוקטובר באוקטובר",
    "novembra listopadu listopada ноября листопада νοεμβρίου studenoga studenog новембра "
    "ноември noiembrie marraskuuta novembril novembrī novembris nëntor nëntorit noyabr "
    "נובמבר בנובמבר",
    "decembra prosince grudnia декабря грудня δεκεμβρίου prosinca децембра декември "
    "decembrie joulukuuta detsember detsembril decembrī decembris dhjetor dhjetorit desembre "
    "disember dekabr דצמבר בדצמבר",
)
# A Croatian (or Bosnian) caption, told from a Polish one by its letters and words: where
# "listopada" is October, not November.
_CROATIAN_RE = re.compile(r"[čšđČŠĐ]|\b(?:godine|su|prema|tijekom|kod)\b")
_POLISH_RE = re.compile(r"[łąęśźńŁŚŹŃ]|\b(?:roku|się|oraz|przez|dla|w)\b")
# ... and of Kurmanji Kurdish captions, the Levantine names and the Kurdish ones (some of two
# words), also with the "ê" that closes "di ... de" (on): "1 Çiriya Paşîn 2014", "di 1ê
# Mijdarê de", "12'ê Gulanê". (Matched in lower case, as the months above.)
_KURMANJI_MONTHS: Final = (
    ("kanûna paşîn", "rêbendan"),
    ("sibat", "reşemî"),
    ("adar",),
    ("nîsan", "avrêl"),
    ("gulan",),
    ("hezîran", "pûşper"),
    ("tîrmeh", "temmûz"),
    ("tebax", "gelawêj"),
    ("îlon", "rezber", "elûl"),
    ("çiriya pêşîn", "cotmeh", "kewçêr"),
    ("çiriya paşîn", "mijdar", "sermawez"),
    ("kanûna pêşîn", "berfanbar"),
)
_OTHER_MONTH_NUMBER: Final = {
    name: number for number, names in enumerate(_OTHER_MONTHS, start=1) for name in names.split()
} | {
    name + end: number
    for number, names in enumerate(_KURMANJI_MONTHS, start=1)
    for name in names
    for end in ("", "ê", "a")
}
# The months of Hungarian and Lithuanian captions, written before the day, with the year
# before them: "2016. március 31-én", "március 31.", "2016 m. kovo 31 d."; Hungarian ones
# abbreviated with their full stop ("márc. 31.").
_MONTHS_FIRST: Final = (
    "január sausio yanvarın",
    "február vasario fevralın",
    "március kovo martın",
    "április balandžio aprelin",
    "május gegužės mayın",
    "június birželio iyunun",
    "július liepos iyulun",
    "augusztus rugpjūčio avqustun",
    "szeptember rugsėjo sentyabrın",
    "október spalio oktyabrın",
    "november lapkričio noyabrın",
    "december gruodžio dekabrın",
)  # (and Azerbaijani, the month's genitive before the day: "dekabrın 12-də", "2016-cı il
# dekabrın 12-si")
_MONTHS_FIRST_SHORT: Final = ("jan", "febr", "márc", "ápr", "máj", "jún", "júl", "aug", "szept",
                               "okt", "nov", "dec")  # fmt: skip
_FIRST_MONTH_NUMBER: Final = {
    name: number for number, names in enumerate(_MONTHS_FIRST, start=1) for name in names.split()
} | {name: number for number, name in enumerate(_MONTHS_FIRST_SHORT, start=1)}
# 20. apríla 2022 | 20 апреля 2022 | 5 maj 2023 | 2016. gada 31. martā | 1 d'abril
_OTHER_DATE = (
    rf"(?P<om>(?=[0-9])(?:(?P<om_yr0>(?:19|20)\d\d)\.?\s+gada\s+)?(?<![\d.])(?P<om_day>\d{{1,2}})"
    rf"(?:\.|η|[-'’]?ê)?\s+"
    rf"(?:de\s+|d['’])?(?P<om_mon>(?i:{_alternation(_OTHER_MONTH_NUMBER)})){_LETTER_AFTER}"
    rf"(?:,?\s+(?:de\s+)?(?P<om_yr>(?:19|20)\d\d)(?!\d))?)"
)
# 2016. március 31-én | március 31. | 2016 m. kovo 31 d. -- matched from the day's digits
# (after a letter or a full stop and a space), the month then looked for before them
# (:data:`_FIRST_MONTH_BEFORE_RE`): a pattern that starts at a letter costs a test at every
# letter of every caption with letters beyond ASCII.
_FIRST_DATE = r"(?P<hu>(?P<hu_day>\d(?<=[^\W\d_]\s\d|\.\s\d)\d?)(?:\.(?!\d)|-(?=[^\W\d_])|\s*d\.))"
_FIRST_MONTH_BEFORE_RE = re.compile(
    rf"(?:(?P<hu_yr>(?:19|20)\d\d)(?:\.|\s*m\.|-?c[ıiuü]\s+il)\s*)?{_LETTER_BEFORE}"
    rf"(?P<hu_mon>(?i:{_alternation(n for ns in _MONTHS_FIRST for n in ns.split())}"
    rf"|(?:{_alternation(_MONTHS_FIRST_SHORT)})\.)){_LETTER_AFTER}\s$"
)
# Vietnamese days: ngày 31 tháng 3 năm 2016 | ngày 6/2/2023 (the day first) | sáng 6/2 (the
# morning of 6 February), chiều, tối, đêm, trưa, rạng sáng, hôm 6/2
# (the words before the day, each written with a lower-case first letter: a capital one is read
# too)
_VI_WORDS: Final = ("ngày", "sáng", "chiều", "tối", "đêm", "trưa", "hôm", r"rạng\s+sáng")
_VI_DATE = (
    r"(?P<vi>(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _VI_WORDS)
    + r")\s+(?P<vi_day>\d{1,2})(?:\s+tháng\s+|/)(?P<vi_mon>\d{1,2})(?!\d)"
    r"(?:(?:\s+năm\s+|/)(?P<vi_yr>(?:19|20)\d\d)(?!\d))?)"
)
# Chinese, Japanese and Korean days: 2018年4月16日 | 4月16日 | 4월 16일
_CJK_DATE = (
    r"(?P<cjk>(?=[0-9])(?<!\d)(?:(?P<cjk_yr>(?:19|20)\d\d)\s*[年년]\s*)?(?P<cjk_mon>1[0-2]|0?[1-9])"
    r"\s*[月월]\s*(?P<cjk_day>3[01]|[12]\d|0?[1-9])\s*[日号일])"
)
# A Japanese newspaper's day of the month after an equals sign, closing the caption ("...
# =9日午後、アレッポ、X撮影": the 9th, in the afternoon): the gallery's month, or the one before.
# ... or opening the caption, or a sentence, before a comma ("13日、浸水した住宅で", "13日，"):
# the 13th of the gallery's month, or of the month before when later than the gallery's day.
# The parts of a day a Japanese caption may write after it ("13日午後": the 13th, in the afternoon).
_JP_DAY_PARTS = "午前|午後|朝|夜|未明|夕方|深夜|早朝|上午|下午|晚"
_JP_DAY = (
    r"(?P<jd>(?=\s*[0-9]|지난)(?:(?<=[=＝])(?P<jd_day>3[01]|[12]\d|0?[1-9])日"
    r"|(?:(?<![^\n。])|(?<=^\s)|(?<=　))(?P<jd_day2>3[01]|[12]\d|0?[1-9])日(?=[、，,]|(?:午前|午後"
    r"|朝|夜|晚|上午|下午)?[、，,])"
    # ... or a Korean one opening the caption, a sentence or the text after an agency's
    # bracketed dateline before a space ("15일 시리아 알레포 외곽에서 ...", "[서울=뉴시스] 15일
    # ..."), also after "지난" (past: "지난 15일 알레포에서 ..."), not a count of days ("15일
    # 동안": for 15 days; "지난 3일간": for the last three days)
    r"|(?:(?<![^\n。】])|(?<=[.\])]\s)|(?<=지난\s)(?<![^\n。】]지난\s)|(?<=[.\])]\s지난\s))"
    r"(?P<jd_day3>3[01]|[12]\d|0?[1-9])일(?=\s)"
    r"(?!\s*(?:동안|간|째|까지|만에|부터|이상|이내|후|뒤|전))"
    # ... or a day of last month ("지난달 28일": the month before the gallery's; the look
    # ahead of the group lets its "지난" in), there or after the sentence's subject
    r"|(?:(?<![^\n。】])|(?<=[.\])]\s)|(?<=[가-힣][가이은는]\s)|(?<=[가-힣]에서\s))지난\s?달\s*"
    r"(?P<jd_day11>3[01]|[12]\d|0?[1-9])일(?=[\s(])"
    r"(?!\s*(?:동안|간|째|까지|만에|부터|이상|이내|후|뒤|전))"
    # ... or anywhere with the words "local time" ("28일(현지시간)", "28일(현지시각)", "28日（現地
    # 時間）", "当地时间28日"), or after the subject of the sentence: a Korean particle ("병사가
    # 28일 알레포의 ...", "병사가 지난 28일 ..."; not "오는 28일": the coming 28th), a Chinese
    # subject before "在" ("人员30日在阿勒颇") or its place before a comma ("叙利亚阿勒颇6日，";
    # not "截至6日，": up to the 6th), a Japanese place before "で" ("アレッポで30日、")
    r"|(?<![\d.年년月월/])(?P<jd_day4>3[01]|[12]\d|0?[1-9])(?:日|일)(?=\s*[(（]\s*(?:이하\s?)?"
    r"(?:현지\s?시[간각]|현지|혀지시간|現地時間|当地时间|當地時間)\s*[)）])"
    r"|(?<=当地时间|當地時間|現地時間)\s*(?P<jd_day5>3[01]|[12]\d|0?[1-9])日"
    # ("2일(이하 현지시간)": local time here and below; "현지시간 2일", "현지 시각으로 2일")
    r"|(?:(?<=현지시[간각]\s)|(?<=현지\s시[간각]\s)|(?<=현지시[간각]으로\s)|(?<=현지\s시[간각]으로\s))"
    r"(?P<jd_day12>3[01]|[12]\d|0?[1-9])일(?=[\s,])"
    r"(?!\s*(?:동안|간|째|까지|만에|부터|이상|이내|후|뒤|전))"
    r"|(?:(?<=[가-힣][가이은는]\s)|(?<=[가-힣]에서\s)|(?<=[가-힣][가이은는]\s지난\s)"
    r"|(?<=[가-힣]에서\s지난\s))(?<!오는\s)(?P<jd_day6>3[01]|[12]\d|0?[1-9])일(?=\s)"
    r"(?!\s*(?:동안|간|째|까지|만에|부터|이상|이내|후|뒤|전))(?!\s*\S*(?:부터|까지)\s)"
    r"|(?<=[\u4e00-\u9fff])(?<![月年至止自从從到])(?P<jd_day7>3[01]|[12]\d|0?[1-9])日"
    r"(?=在|于|於|拍摄|拍攝|晚|夜|上午|下午|凌晨|清晨|早上|傍晚|[，,](?!\s*(?:表示|说|說|称|稱)))"
    r"|(?<=[でがはにも])(?P<jd_day8>3[01]|[12]\d|0?[1-9])日(?=[、，,]|午前|午後|夜|朝|未明|夕方)"
    # ... or a Japanese one before "taken" ("25日撮影", "25日、撮影"), or a Korean one after
    # a clause that describes it, before a comma ("공격에 나선 9일, ...": on the 9th, when ...)
    r"|(?<![\d.年년月월/])(?P<jd_day9>3[01]|[12]\d|0?[1-9])日(?=[、,]?\s*撮影)"
    r"|(?<=[가-힣]\s)(?<!지난\s)(?<!오는\s)(?P<jd_day10>3[01]|[12]\d|0?[1-9])일(?=,)"
    # ... or before a space after such a clause closed by its verb's adnominal ending ("철수에
    # 합의한 13일 무장 괴한이 ...", "지진이 발생한 6일 ..."), not a count of days
    r"|(?<=[가-힣][한된난진선운던른]\s)(?<!지난\s)(?<!오는\s)(?<!다른\s)"
    r"(?P<jd_day13>3[01]|[12]\d|0?[1-9])일(?=\s)"
    r"(?!\s*(?:동안|간|째|까지|만에|부터|이상|이내|후|뒤|전))(?!\s*\S*(?:부터|까지)\s)"
    # ... or a Japanese (or Chinese) one in the brackets where a newspaper closes its caption
    # with the place and the day, or the day alone ("(シリア北部アレッポ、13日)",
    # "（13日、アレッポ）", "(14日)", "(13日午後)", "（阿勒颇，13日）"): the day opens the brackets
    # or closes them
    r"|(?<=[(（])(?P<jd_day14>3[01]|[12]\d|0?[1-9])日(?:" + _JP_DAY_PARTS + r")?(?=\s*[)）、，,])"
    r"|(?<=[、，,])(?P<jd_day15>3[01]|[12]\d|0?[1-9])日(?:" + _JP_DAY_PARTS + r")?(?=\s*[)）])))"
)
# A second day joined to a first (a picture of two times, before and after: "2009년 3월12일과
# 2016년 12월13일", "2009年3月12日和2016年12月13日"): the later one is the photo's last.
_CJK_PAIR_RE = re.compile(r"\s*(?:과|와|및|和|与|及|と|、|,)\s*" + _CJK_DATE)
# A day of the Persian (Solar Hijri) calendar, as Iranian agencies date a caption: "۱۵ آذر",
# "15 آذر 1403", "۱۵ آذر ماه ۱۴۰۳" (the year is of that calendar).
_JALALI_MONTHS: Final = (
    "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
    "بهمن", "اسفند",
)  # fmt: skip
_JALALI_MONTH_NUMBER: Final = {name: n for n, name in enumerate(_JALALI_MONTHS, start=1)} | {
    "امرداد": 5
}
_FA_DATE = (
    rf"(?P<fa>(?<!{_AR_NUMBER})(?P<fa_day>{_AR_NUMBER}{{1,2}})\s+"
    rf"(?P<fa_mon>{_alternation(_JALALI_MONTH_NUMBER)}){_LETTER_AFTER}"
    rf"(?:\s*(?:ماه\s+)?(?P<fa_yr>(?:13|14|۱۳|۱۴){_AR_NUMBER}{{2}})(?!{_AR_NUMBER}))?)"
)


def _from_jalali(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a day of the Persian (Solar Hijri) calendar (the arithmetic of
    the calendar's 2820-year cycle as Iranian software computes it); ``None`` for a day that
    month lacks."""
    if not 1 <= month <= 12 or not 1 <= day <= (31 if month <= 6 else 30):
        return None
    jy = year + 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    if not 1 <= days - 365 <= dt.date.max.toordinal():
        return None
    return dt.date.fromordinal(days - 365)


def _resolve_jalali(m: re.Match[str], gallery_date: dt.date | None) -> _Resolved:
    """The date of a :data:`_FA_DATE` match: in its year, or without one the latest such day
    on or before the gallery's date + :data:`GRACE_DAYS`; ``None`` when not a day."""
    month = _JALALI_MONTH_NUMBER[m.group("fa_mon")]
    day = int(m.group("fa_day").translate(_ARABIC_DIGITS))
    year = m.group("fa_yr")
    if year is not None:
        found = _from_jalali(int(year.translate(_ARABIC_DIGITS)), month, day)
        return None if found is None else ("fa", found)
    if _from_jalali(1403, month, day) is None:
        return None  # (a day that month never has)
    if gallery_date is None:
        return "fa", None
    limit = gallery_date + dt.timedelta(days=GRACE_DAYS)
    for year_of in (limit.year - 620, limit.year - 621, limit.year - 622):
        found = _from_jalali(year_of, month, day)
        if found is not None and found <= limit:
            return "fa", found
    return None


# Where a wording of _RARE_RE can start (a test that every one of its wordings passes where it
# starts, and most letters of a word fail at once): a digit; spaces before a digit (a Japanese
# day after "当地时间 "); no letter before it (a word of _RELATIVE or _FOREIGN_WEEKDAY); a
# Vietnamese word of _VI_WORDS; the first character of a Chinese, Japanese or Korean day's
# word; Korean "지난" (past), which opens a day of last month ("지난달 28일"). Without it, the
# regex engine tries each of the wordings at every character of a caption with letters beyond
# ASCII (the engine finds no first character to skip to in a pattern whose branches open with
# lookarounds): four times the time, for the same matches. After no letter, only a character
# that a wording not led by a digit can start with (_start_test: most places after a space or a
# mark fail at once, a fifth of the time on the captions of other languages); spaces only
# before a digit (a digit itself passes the first test).
_RARE_GATE = (
    r"(?=[\d٠-٩۰-۹"
    + "".join(sorted({re.escape(w[0]) for w in (*_CJK_RELATIVE_DAYS, *_CJK_WEEKDAYS)}))
    + r"]|\s+[0-9]|지난|"
    + _LETTER_BEFORE
    + _start_test("|".join((_VI_DATE, _AR_ORDINAL_DATE, _RELATIVE, _FOREIGN_WEEKDAY)))
    + "|["
    + "".join(sorted({w[0].upper() + w[0] for w in _VI_WORDS}))
    + "](?:"
    + "|".join(w[1:] for w in _VI_WORDS)
    + "))"
)
# (the wordings in their order, those that start at a digit, or at spaces before one, behind
# that test again: a word's first letter fails it at once)
_RARE_RE = re.compile(
    rf"{_RARE_GATE}(?:(?=[\d٠-٩۰-۹])(?:{_FA_DATE}|{_AR_DATE}|{_OTHER_DATE}|{_FIRST_DATE})"
    rf"|{_VI_DATE}|(?=\s*[0-9]|지난)(?:{_CJK_DATE}|{_JP_DAY})|(?=ال){_AR_ORDINAL_DATE}|{_RELATIVE}"
    rf"|{_FOREIGN_WEEKDAY})"
)
# Letters outside ASCII other than typographic punctuation: a caption in another language.
_FOREIGN_LETTER = re.compile(r"[^\x00-\x7f’‘“”–—…\xa0]")
# A day of the month in Chinese, Japanese or Korean ("29일", "9日"): the cheap test before
# reading those wordings ahead of a date in digits.
_CJK_DAY_RE = re.compile(r"\d\s*[日일]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def _may_be_rare(text: str) -> bool:
    """Whether ``text`` may hold a wording of :data:`_RARE_RE` (a few substring tests).

    English and German words are looked for by a part of them ("yesterday" and "today" by
    _DAY_WORD, "tag": Freitag …, "night" after "last" or "to"); the words of the other
    languages (and German "gestern", "Mittwoch", "Sonnabend") only in captions with letters
    beyond ASCII, as French, Spanish, Italian, Turkish, Arabic and most German captions have.
    :func:`_next_date` holds a copy of this test.
    """
    return (
        ("day" in text and _DAY_WORD.search(text) is not None)
        or "tag" in text
        or ("night" in text and ("t night" in text or "onight" in text))
        or _this_part(text)
        or (
            _FOREIGN_LETTER.search(text) is not None if not text.isascii() else _foreign_words(text)
        )
    )


def _this_part(text: str) -> bool:
    """Whether ``text`` may say "this morning", "this afternoon" or "this evening" (three
    substring tests). :func:`_next_date` holds a copy of :func:`_may_be_rare`, which calls it."""
    return "is mor" in text or "is aft" in text or "is eve" in text


# A short word of French, Spanish, Italian, Portuguese, German or Turkish between spaces: an
# ASCII caption that has one may be written in one of those languages without an accent
# ("Ribelli siriani nel quartiere di Salaheddine ieri"). The pattern starts with a space and
# the letters that may follow it, which the regex engine tests fast.
_FOREIGN_WORD_RE = re.compile(
    r" (?=[dceilavbhpowyknst])(?:de|di|el|il|le|la|les|des|ad|der|ve|ile|bir|en|em|het|een|op"
    r"|pada|hari|din|w|yang|dari|dan|ke|ya|wa|na|kwa|pe|si|tarehe|siku|och|på|v|u)"
    r" "
)


# Parts of the words of :data:`_RELATIVE_DAYS` and :data:`_FOREIGN_WEEKDAY_NUMBER` that a
# caption written without accents may hold with none of those short words: Turkish "bugun",
# Finnish "-kuuta", Dutch "vrijdag", "vandaag", "gisteren", German "Mittwoch", "gestern",
# French "ce matin", "ce soir", Italian "stamattina", "stasera", Portuguese "ontem", "hoje",
# Indonesian "kemarin", Spanish "ayer" (" ayer": not "prayer"), Italian "ieri".
_ASCII_CUES: Final = (
    "ugun", "kuuta", "dag", "daag", "gister", "woch", "gestern", "matin", "soir", "stamat",
    "stamane", "stasera", "ontem", "hoje", "kemarin", " ayer", "Ayer", " ieri", "Ieri",
    "Juma", "Ijumaa", "Alhamisi", " jana", "Isnin", "Khamis", "Ahad", "igar", "i gar",
)  # fmt: skip


def _foreign_words(text: str) -> bool:
    """Whether an ASCII caption has a short word of :data:`_FOREIGN_WORD_RE` ("de", "di",
    "el", "il", "le", "la", "les", "des", "ad", "der", "ve", "ile", "bir", "en", "em", "het",
    "een", "op", "pada", "hari", "din", "w") or a part of a word of :data:`_ASCII_CUES`;
    English captions seldom have one."""
    if _FOREIGN_WORD_RE.search(text) is not None:
        return True
    for cue in _ASCII_CUES:  # noqa: SIM110 (a loop: a third faster than any() on a generator)
        if cue in text:
            return True
    return False


# "hier" alone is French "yesterday" but German and Dutch "here": read only in a caption with
# a French letter or word and no German or Dutch word.
_FRENCH_WORD_RE = re.compile(r"[éèàçêùÀÉ]| (?:les|des|du|au|aux|dans|sur|une|est|par|près) ")
_GERMAN_WORD_RE = re.compile(r" (?:der|die|das|und|ist|im|von|mit|den|het|een|van|zijn) ")


def _french(text: str) -> bool:
    """Whether ``text`` has a French letter or word of :data:`_FRENCH_WORD_RE` and no German
    or Dutch word (:data:`_GERMAN_WORD_RE`)."""
    return _FRENCH_WORD_RE.search(text) is not None and _GERMAN_WORD_RE.search(text) is None


def _resolve_rare(m: re.Match[str], gallery_date: dt.date | None) -> _Resolved:
    """The span group and date of a :data:`_RARE_RE` match; ``None`` when not a date."""
    kind = m.lastgroup or ""
    if kind == "fa":
        return _resolve_jalali(m, gallery_date)
    if kind in ("ar", "ard"):
        month = _ARABIC_MONTH_NUMBER.get(_arabic_key(m.group(f"{kind}_mon")))
        if m.group(f"{kind}_mon").startswith("الشهر") and gallery_date is not None:
            month = gallery_date.month  # "الشهر الجاري": the gallery's month
        if kind == "ard":
            day = _AR_ORDINAL_NUMBER.get(_arabic_key(m.group("ard_day")), 0)
        else:
            day = int(m.group("ar_day").translate(_ARABIC_DIGITS))
        if month is None or not _valid_day(month, day):
            return None
        year = m.group(f"{kind}_yr")
        return _dated_in(
            kind, None if year is None else year.translate(_ARABIC_DIGITS), month, day, gallery_date
        )
    if kind in ("om", "cjk", "hu", "vi"):
        if kind == "om":
            name = m.group("om_mon").casefold()
            # (casefold writes the Greek "ΐ" of "Μαΐου" as three characters: lower does not)
            month = _OTHER_MONTH_NUMBER.get(name) or _OTHER_MONTH_NUMBER.get(
                m.group("om_mon").lower(), 0
            )
            if (
                name == "listopada"
                and _CROATIAN_RE.search(m.string) is not None
                and _POLISH_RE.search(m.string) is None
            ):
                month = 10  # Croatian October (Polish November)
        elif kind == "hu":
            return None  # (see _resolve_first)
        else:
            month = int(m.group(f"{kind}_mon"))
        day = int(m.group(f"{kind}_day"))
        if not month or not _valid_day(month, day):
            return None
        year = m.group(f"{kind}_yr")
        if kind == "om" and year is None:
            year = m.group("om_yr0")  # "2016. gada 31. martā"
        return _dated_in(kind, year, month, day, gallery_date)
    if gallery_date is None:
        return kind, None
    if kind == "jd":
        if m.group("jd_day11"):  # (a day of the month before the gallery's)
            first = gallery_date.replace(day=1)
            if first == dt.date.min:
                return None
            last = first - dt.timedelta(days=1)
            day = int(m.group("jd_day11"))
            return (kind, last.replace(day=day)) if day <= last.day else None
        written = next(
            m.group(f"jd_day{n}")
            for n in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15)
            if m.group(f"jd_day{n}")
        )
        # a day written without its month is one of the month the caption was written in,
        # which is the gallery's: a day later than the gallery's is of the month before ("27일"
        # in a gallery of 20 February is 27 January), never a day to come in its days of grace
        # (those are for a day stated with its month, :func:`_in_year`); but the day after
        # the gallery's is the next day still, a gallery dated a time zone behind Syria's
        # (an American page's "28일(현지시간)" on the 27th)
        if gallery_date < dt.date.max:
            gallery_date += dt.timedelta(days=1)
        return kind, _day_up_to(gallery_date, int(written))
    if kind == "rel":
        back = _RELATIVE_DAYS[m.group("rel")]
    elif kind == "relc":
        back = _CJK_RELATIVE_DAYS[m.group("relc")]
    elif kind == "fwdc":
        back = _weekday_back(gallery_date, _CJK_WEEKDAYS[m.group("fwdc")], m)
    else:
        back = _weekday_back(gallery_date, _FOREIGN_WEEKDAY_NUMBER[m.group("fwd")], m)
    return kind, _days_before(gallery_date, back)


def _resolve_first(
    month_m: re.Match[str], m: re.Match[str], gallery_date: dt.date | None
) -> _Resolved:
    """The date of a Hungarian or Lithuanian day: its month and year ``month_m``
    (:data:`_FIRST_MONTH_BEFORE_RE`), its day ``m`` (the ``hu`` group of :data:`_RARE_RE`)."""
    month = _FIRST_MONTH_NUMBER.get(month_m.group("hu_mon").casefold().rstrip("."), 0)
    day = int(m.group("hu_day"))
    if not month or not _valid_day(month, day):
        return None
    return _dated_in("hu", month_m.group("hu_yr"), month, day, gallery_date)


# The Greek weekdays that are also ordinals, and the nouns they count ("η Τρίτη εβδομάδα", the
# third week; "Δευτέρα φορά", a second time).
_GREEK_ORDINALS: Final = frozenset(("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη"))
_GREEK_COUNTED_RE = re.compile(
    r"\s+(?:συνεχόμενη\s+)?(?:εβδομάδα|ημέρα|μέρα|φορά|θέση|χρονιά|νύχτα|πτέρυγα|γενιά|περίοδο|φάση)"
)
# Weekdays that are also a noun or a saint's name, and the words before them that make them so.
_ALSO_NOUNS: Final = frozenset(("среду", "Παρασκευή", "Κυριακή", "Παρασκευής", "Κυριακής"))
_NOUN_BEFORE_RE = _gated(
    r"(?:(?:окружающ|природн|городск|социальн|информационн|культурн|медийн|водн|морск)\w*"
    r"|Αγ(?:ία|ίας|\.))\s+$"
)
# Words read as a day only where a clause ends after them (Arabic "اليوم" and Hebrew "היום",
# also "the day"; Romanian "luni", also "months").
_CLOSING_ONLY: Final = frozenset(("اليوم", "היום", "luni", "Luni"))
# ... and the words that make "luni" a weekday wherever it stands: "of the day of" ("în zorii
# zilei de luni", "dimineața zilei de luni"), "in the night of ... to" ("în noaptea de
# duminică spre luni").
_DAY_OF: Final = ("zilei de ", "ziua de ", " spre ")
_CLOSING_AFTER_RE = re.compile(r"\s*(?:$|[.,;:()،؛]|\s(?:în|la|pe)\s)")
# "every" before a weekday, in the languages read: "chaque vendredi", "jeden Freitag", "her
# Cuma", "κάθε Παρασκευή", "каждую пятницу", "w każdy piątek", "elke vrijdag", "setiap Jumat",
# "هر جمعه", "كل جمعة", "每周五" (the last in the pattern of the Chinese weekdays); and "next"
# ("am nächsten Freitag", "el próximo viernes", "gelecek Cuma", "يوم غد الجمعة", "в следующую
# пятницу", "την επόμενη Παρασκευή", "w przyszły piątek", "volgende vrijdag"), before or after
# it ("vendredi prochain", "venerdì prossimo", "sexta-feira que vem", "Jumat depan", "الجمعة
# المقبلة"): a habit or a day to come, not the picture's.
_EVERY_RE = re.compile(
    r"(?:\b(?i:every|each|chaque|jeden|jede|cada|ogni|todas?\s+as|todos?\s+os|her|elke|iedere"
    r"|setiap|tiap|każd[ąy]|w\s+każd[ąy]|в\s+кажд\w+|кожн\w+|κάθε|în\s+fiecare|minden"
    r"|kila|varje|hver|každ\w+|svak\w+|hər|כל|ہر"
    r"|next|nächsten|kommenden|próximo|prossimo|prochain|gelecek|önümüzdeki|следующ\w+"
    r"|ближайш\w+|наступн\w+|επόμενη|επόμενο|przyszł\w+|najbliższ\w+|volgende|komende"
    r"|viitoare|jövő)"
    r"|هر|كل|غد|غدا|غداً)\s+(?:(?:la|le|el|il|am|la|hari|روز|يوم|в|у|w|την|το|a)\s+)?$"
)
_TR_SINCE_RE = re.compile(
    r"(?:['’]?[dt][ae]n|\s+tarihinden|\s+tarihten)\s+(?:beri|bu\s+yana|itibaren)\b"
)
# "yesterday and today" ("hier et aujourd'hui", "gestern und heute", "ayer y hoy", "dün ve
# bugün", "вчера и сегодня", "昨天和今天"): then and now, neither the picture's day.
_AND_RE = re.compile(r"\s*(?:and|et|und|y|e|ve|и|і|та|και|i|en|dan|và|و|和|与|と|과|와)\s*")


def _then_and_now(text: str, m: re.Match[str]) -> bool:
    """Whether the relative day ``m`` is one of a pair joined by "and" ("yesterday and
    today", "gestern und heute"): a time past and the present, no day."""
    pair = _AND_RE.match(text, m.end())
    if pair is not None:
        after = _RARE_RE.match(text, pair.end())
        if after is not None and after.lastgroup in ("rel", "relc"):
            return True
    lo = max(0, m.start() - 24)
    for before in _RARE_RE.finditer(text, lo, m.start()):
        if before.lastgroup in ("rel", "relc"):
            joint = _AND_RE.match(text, before.end())
            if joint is not None and joint.end() == m.start():
                return True
    return False


# A relative day that ends or starts a state, not the day of the picture: "until yesterday"
# ("Until yesterday the black flag flew on the hill"), "till yesterday", "up to yesterday",
# "jusqu'à hier", "bis gestern", "hasta ayer", "fino a ieri", "até ontem", "tot gisteren",
# "μέχρι χθες", "до вчера"; and "since yesterday" ("seit gestern", "depuis hier", "desde ayer",
# "da ieri", "desde ontem", "sinds gisteren"): the picture shows what was or is, its day is not
# stated. Looked for only before a relative day (few captions), in the 16 characters before it.
_UNTIL_BEFORE_RE = re.compile(
    r"(?<![^\W\d_])(?:until|till|up\s+to|jusqu['’]à|jusqu['’]|bis|hasta|fino\s+ad?|sino\s+ad?"
    r"|até|tot|μέχρι|до|since|seit|depuis|desde|da|sinds|od|від|עד|מאז|till|sedan|siden|do"
    r"|sejak|hadi|tangu)\s*$",
    re.IGNORECASE,
)
_UNTIL_REACH = 16


def _until(text: str, start: int) -> bool:
    """Whether the relative day at ``start`` follows "until" or "since"
    (:data:`_UNTIL_BEFORE_RE`): the end or start of a state, not the picture's day."""
    return _UNTIL_BEFORE_RE.search(text, max(0, start - _UNTIL_REACH), start) is not None


_NEXT_AFTER_RE = re.compile(
    r"\s+(?:prochaine?|prossim[oa]|próximo|que\s+vem|depan|mendatang|ال[مق]قبل[ةه]?|المقبل[ةه]?"
    r"|آینده)(?![^\W\d_])"
)


# "Today" meaning "nowadays": said with "is" ("Aleppo today is a city of ruins", "Die Stadt
# ist heute zerstört", "Το Χαλέπι σήμερα είναι", "Сегодня Алеппо — город руин").
_BEING = (
    r"(?:is|are|ist|sind|est|sont|es|son|è|sono|é|são|está|estão|είναι|є|jest|są|is|zijn"
    r"|este|sunt|adalah|là|är|er|je|jsou|su|ni|hiyo)"
)
_BEING_BEFORE_RE = _gated(rf"(?<![^\W\d_]){_BEING}\s+$")
_BEING_AFTER_RE = re.compile(rf",?\s+(?:[^\W\d_]+\s+)?(?:{_BEING}(?![^\W\d_])|[—–]\s)")


def _nowadays(text: str, m: re.Match[str]) -> bool:
    """Whether the word for "today" that ``m`` matched means "nowadays": it opens a sentence
    after one that states a year ("... combates em 2012. Hoje, os comerciantes ...", the
    story's present against the picture's past) or is said with "is" (:data:`_BEING_AFTER_RE`)."""
    word = m.group()
    if _RELATIVE_DAYS.get(word, _CJK_RELATIVE_DAYS.get(word)) != 0:
        return False
    start = m.start()
    ahead = text[:start].rstrip()
    if ahead.endswith((".", "。")) and _HAS_YEAR_RE.search(ahead) is not None:
        return True
    return (
        _BEING_AFTER_RE.match(text, m.end()) is not None
        or _BEING_BEFORE_RE.search(text, max(0, start - 8), start) is not None
    )


# "Today" as the day of an anniversary, that day years ago, not the picture's: after "ago"
# ("a year ago today") or "like this" ("في مثل هذا اليوم", "في مثل ذلك اليوم", on this very
# day), or before a count of years ago ("heute vor einem Jahr", "hoy hace un año", "hoje faz
# um ano", "bugün bir yıl önce" ...).
_ANNIVERSARY_BEFORE_RE = re.compile(r"(?:\bago|مثل\s+(?:هذا|ذلك))[\s,]+$")
_ANNIVERSARY_AFTER_RE = re.compile(
    r"[\s,]+(?:(?:genau|exakt|exactly|exactement|exactamente|exatamente|esattamente|tam)\s+)?"
    r"(?:vor\s+(?:\w+\s+)?Jahr|hace\s+(?:\w+\s+)?años?\b|hace\s+un\s+año|fa\s+(?:\w+\s+)?ann"
    r"|(?:faz|há)\s+(?:\w+\s+)?anos?\b|(?:\w+\s+)?yıl\s+önce|(?:\w+\s+)?years?\s+ago"
    r"|(?:\w+\s+)?ans?\s+jour\s+pour\s+jour|il\s+y\s+a\s+(?:\w+\s+)?ans?\b"
    r"|قبل\s+(?:\S+\s+)?(?:عام|أعوام|اعوام|سنة|سنوات|عامين|سنتين))"
)


def _anniversary_today(text: str, m: re.Match[str]) -> bool:
    """Whether the relative day ``m`` ("today", "اليوم", "heute") names the day of an
    anniversary, some years before (:data:`_ANNIVERSARY_BEFORE_RE`,
    :data:`_ANNIVERSARY_AFTER_RE`): no day of the picture."""
    start = m.start()
    return (
        _ANNIVERSARY_BEFORE_RE.search(text, max(0, start - 12), start) is not None
        or _ANNIVERSARY_AFTER_RE.match(text, m.end()) is not None
    )


# The day of the month after a weekday, with no month after it ("este martes 13,", "ce mardi
# 13,", "am Dienstag, 13.,"): it must be that weekday's day.
_WEEKDAY_NUMBERED_RE = re.compile(r",?\s+(\d\d?)\.?\s*(?:[,;)]|$|(?<=\.)\s)")


_NUMBERED_WEEKS = 4


def _numbered_weekday(day: dt.date | None, number: int) -> dt.date | None:
    """The weekday ``day`` (the last on or before the gallery's date) or one of the few
    before it whose day of the month is ``number`` ("este martes 6," in a gallery of 14
    December 2016: Tuesday the 6th); ``None`` when none is."""
    for _ in range(_NUMBERED_WEEKS):
        if day is None or day.day == number:
            return day
        day = _days_before(day, 7)
    return None


def _next_rare(
    text: str,
    gallery_date: dt.date | None,
    memo: dict[tuple[str, dt.date | None], _Resolved] | None,
    pos: int,
    before: int,
    stated: bool = False,
    cjk: bool = False,
) -> _Mention | None:
    """The first :data:`_RARE_RE` date in ``text[pos:before]``: (date, text, start, end, kind).

    With ``stated``, only a day stated with its month ("23 أيلول"); with ``cjk``, only a
    Chinese, Japanese or Korean one ("29일", "12月9日").
    """
    for m in _RARE_RE.finditer(text, pos, before):
        if stated and m.lastgroup not in ("ar", "ard"):
            continue
        if cjk and m.lastgroup not in ("cjk", "jd"):
            continue
        if m.lastgroup == "rel" and m.group() in ("hier", "Hier") and not _french(text):
            continue  # German or Dutch "hier": here
        if m.lastgroup == "rel" and m.group()[0].isupper():
            ahead = text[: m.start()].rstrip()
            if ahead and ahead[-1].isalnum():
                continue  # "Russia Today", "USA Today": a name, not a day
        if m.lastgroup == "rel" and _until(text, m.start()):
            continue  # "Fino a ieri sventolava la bandiera", "since yesterday": a state's bound
        if m.lastgroup in ("rel", "relc") and _nowadays(text, m):
            continue  # "Hoje, o local está em ruínas", "Aleppo today is a city of ruins"
        if (
            m.group() in _CLOSING_ONLY
            and _CLOSING_AFTER_RE.match(text, m.end()) is None
            and not text.endswith(_DAY_OF, 0, m.start())
        ):
            continue  # "اليوم الأول" (the first day), "de luni de zile" (for months); but
            # "în zorii zilei de luni" (at the dawn of Monday) is a weekday
        if m.lastgroup == "rel" and _anniversary_today(text, m):
            continue  # "في مثل هذا اليوم قبل 3 أعوام", "a year ago today": that day years ago
        if m.lastgroup in ("fwd", "fwdc") and (
            _EVERY_RE.search(text, max(0, m.start() - 16), m.start()) is not None
            or _NEXT_AFTER_RE.match(text, m.end()) is not None
        ):
            continue  # "every Friday", "next Friday": no day
        if m.lastgroup == "fwd" and _TR_SINCE_RE.match(text, m.end()) is not None:
            continue  # "Cuma'dan beri" (since Friday): a period's start
        numbered = (
            _WEEKDAY_NUMBERED_RE.match(text, m.end())
            if m.lastgroup == "fwd" and text[m.end() : m.end() + 3].lstrip(", ")[:1].isdigit()
            else None
        )
        if m.lastgroup in ("rel", "relc") and _then_and_now(text, m):
            continue  # "Aleppo yesterday and today": two times, neither stated
        if m.group() in _GREEK_ORDINALS and _GREEK_COUNTED_RE.match(text, m.end()) is not None:
            continue  # "την Τρίτη εβδομάδα": the third week
        if m.group() in _ALSO_NOUNS and _NOUN_BEFORE_RE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            continue  # "окружающую среду" (the environment), "Αγία Παρασκευή" (a saint)
        if m.lastgroup == "hu":
            month_m = _FIRST_MONTH_BEFORE_RE.search(text, max(pos, m.start() - 40), m.start())
            if month_m is None:
                continue
            resolved = _resolve_first(month_m, m, gallery_date)
            if resolved is None:
                continue
            day = resolved[1]
            return (
                day,
                text[month_m.start() : m.end("hu_day")],
                month_m.start(),
                m.end("hu_day"),
                "hu",
            )
        if memo is None:
            resolved = _resolve_rare(m, gallery_date)
        else:
            key = ("\0" + m.group(), gallery_date)
            if key in memo:
                resolved = memo[key]
            else:
                resolved = memo[key] = _resolve_rare(m, gallery_date)
        if resolved is None:
            continue
        group, day = resolved
        if numbered is not None:
            day = _numbered_weekday(day, int(numbered.group(1)))
            if day is None:
                continue  # ("este martes 14," where no Tuesday is a 14th: a slip, no day)
        if group == "cjk" and day is not None:
            pair = _CJK_PAIR_RE.match(text, m.end())
            later = None if pair is None else _resolve_rare(pair, gallery_date)
            if pair is not None and later is not None and later[1] is not None and later[1] > day:
                span = later[0]
                return later[1], pair[span], pair.start(span), pair.end(span), "cjk"
        start = m.start(group)
        end = m.end(group)
        if group in ("ar", "ard"):
            end = m.end(f"{group}_yr") if m.group(f"{group}_yr") else m.end(f"{group}_mon")
        if group == "fa" and not m.group("fa_yr"):
            end = m.end("fa_mon")
        if group == "om" and not m.group("om_yr"):
            end = m.end("om_mon")
        return day, text[start:end], start, end, group
    return None


def _where(entries: pd.DataFrame, position: int) -> tuple[str | None, int | None]:
    source: str | None = None
    line: int | None = None
    if "source" in entries.columns:
        source = str(entries["source"].iloc[position])
    if "line" in entries.columns:
        value = entries["line"].iloc[position]
        line = int(value) if pd.notna(value) else None
    if source is None:
        source = f"entries row {position}"
    return source, line


def _carried(previous: dt.date, day: dt.date) -> dt.date:
    """``day`` (stated without its year, after the gallery's date) in the year of the
    gallery's previous entry when it falls within 31 days after that entry's day: a gallery
    that looks back ("two years on") tells its story in order, "January 25, 2011" then
    "On January 28"; else ``day``."""
    for year in (previous.year, previous.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:  # Feb. 29
            continue
        if 0 <= (candidate - previous).days <= 31:
            return candidate
    return day


def gallery_runs(entries: pd.DataFrame) -> npt.NDArray[np.bool_]:
    """Where a run of rows of one gallery starts in ``entries``: one flag per row, true at the
    first row and wherever the ``gallery`` or ``gallery_date`` cell (those of the two that the
    table has) differs from the row before.

    :func:`add_dates` lends a day without its year the year of an earlier entry only within a
    run, so a table cut where runs start is dated in pieces as it is whole.

    Examples
    --------
    >>> t = pd.DataFrame({"gallery": ["a", "a", "b"], "gallery_date": "2016-12-13"})
    >>> gallery_runs(t).tolist()
    [True, False, True]
    """
    n = len(entries)
    starts = np.zeros(n, dtype=bool)
    if n:
        starts[0] = True
    for column in ("gallery", "gallery_date"):
        if column in entries.columns and n > 1:
            cells = entries[column]
            codes = cells.cat.codes.to_numpy() if cells.dtype == "category" else None
            if codes is not None and codes.min() >= 0:
                # rows of one code are one value: only where the code changes are the values
                # written out and compared (a table read has a code per gallery, none missing)
                at = np.flatnonzero(codes[1:] != codes[:-1])
                before = cells.take(at).astype(str).to_numpy()
                after = cells.take(at + 1).astype(str).to_numpy()
                starts[at + 1] |= before != after
                continue
            values = cells.astype(str).to_numpy()
            starts[1:] |= values[1:] != values[:-1]
    return starts


# The most captions of one run of rows whose dates :func:`add_dates` keeps (galleries are far
# smaller; a table with no gallery column is one run).
_STATED_MEMO: Final = 4096


def add_dates(entries: pd.DataFrame) -> pd.DataFrame:
    """Add the date columns to an entries table.

    For each entry, in order of preference: an explicit non-empty ``date`` column
    (``YYYY-MM-DD``; precision ``day``, span ``-1``), the day stated in the caption
    (precision ``day``: see the module's documentation for which one), the gallery date or
    the page's stamp the caption holds (precision ``gallery``; never for a file photo, nor
    for a picture dated by a month of another month than the gallery's), nothing (``date =
    ""``, precision ``unknown``).

    Parameters
    ----------
    entries
        A table with a ``caption`` column and, usually, ``gallery_date`` (ISO or ``""``)
        and ``source``/``line`` (used in error messages).

    Returns
    -------
    pandas.DataFrame
        A copy with ``date`` (ISO or ``""``), ``date_precision``, ``date_text``,
        ``date_start`` and ``date_end`` (``-1`` when no span). Running it again on its
        own output gives the same table.

    Raises
    ------
    EventsTableError
        When ``entries`` has no ``caption`` column.
    GalleryFormatError
        An explicit ``date`` or a ``gallery_date`` that is not a ``YYYY-MM-DD`` date,
        naming the file and line of the entry.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"caption": ["Aleppo on Dec. 12.", ""], "gallery_date": "2016-12-13"})
    >>> add_dates(t)[["date", "date_precision", "date_text", "date_start"]]
             date date_precision date_text  date_start
    0  2016-12-12            day   Dec. 12          10
    1  2016-12-13        gallery                    -1
    """
    require_columns(entries, ("caption",), table="entries")
    n = len(entries)
    captions = entries["caption"].tolist()
    gallery_dates = (
        entries["gallery_date"].tolist() if "gallery_date" in entries.columns else [""] * n
    )
    explicit: list[Any] = entries["date"].tolist() if "date" in entries.columns else [""] * n
    run_starts = gallery_runs(entries).tolist()
    if "date_precision" in entries.columns:
        # Our own output: only dates that were explicit (day, no span) stay explicit.
        precision_in = entries["date_precision"].tolist()
        start_in = entries["date_start"].tolist() if "date_start" in entries.columns else [-1] * n
        explicit = [
            e if p == "day" and s == -1 else ""
            for e, p, s in zip(explicit, precision_in, start_in, strict=True)
        ]

    parsed_gallery: dict[str, dt.date | None] = {}
    iso: dict[dt.date, str] = {}
    out_date: list[str] = []
    out_precision: list[str] = []
    out_text: list[str] = []
    out_start: list[int] = []
    out_end: list[int] = []
    photo_date = _photo_date
    # (the lists' append methods, bound once: this loop runs once a caption)
    add_date = out_date.append
    add_precision = out_precision.append
    add_text = out_text.append
    add_start = out_start.append
    add_end = out_end.append
    memo: dict[tuple[str, dt.date | None], _Resolved] = {}
    # The day of the last dated entry of the current run of rows of one gallery.
    previous: dt.date | None = None
    # What each caption of the current run of rows (one gallery, one gallery date) states: a
    # gallery repeats a caption on the photos of one scene, next to each other or not. (Kept
    # for one run only, and at most _STATED_MEMO captions of it: the memory stays small.)
    stated: dict[str, tuple[_Mention | None, bool]] = {}
    stated_in: dt.date | None = None  # (the gallery date they were read against)
    for i, caption in enumerate(captions):
        if run_starts[i]:
            previous = None
            stated.clear()
        given = explicit[i]
        if given.__class__ is not str:
            given = cell_text(given)
        if given and (given := given.strip()):
            day = parse_iso_date(given)
            if day is None:
                source, line = _where(entries, i)
                raise GalleryFormatError(
                    f"date {given!r} is not a date; write it as YYYY-MM-DD (e.g. 2016-12-13)",
                    source=source,
                    line=line,
                )
            add_date(day.isoformat())
            add_precision("day")
            add_text("")
            add_start(-1)
            add_end(-1)
            continue
        g_text = gallery_dates[i]
        if g_text in parsed_gallery:
            g_date = parsed_gallery[g_text]
        else:
            g_clean = cell_text(g_text).strip()
            g_date = parse_iso_date(g_clean) if g_clean else None
            if g_clean and g_date is None:
                source, line = _where(entries, i)
                raise GalleryFormatError(
                    f"gallery date {g_clean!r} is not a date; write it as YYYY-MM-DD",
                    source=source,
                    line=line,
                )
            parsed_gallery[g_text] = g_date
        file_photo = False
        found = None
        if isinstance(caption, str) and caption:
            if g_date != stated_in:  # (a run has one gallery date: this is a safeguard)
                stated.clear()
                stated_in = g_date
            if caption in stated:
                found, file_photo = stated[caption]
            else:
                found, file_photo = photo_date(caption, g_date, memo)
                if found is None and not file_photo and (" 20" in caption or " 19" in caption):
                    found = _month_only(caption, g_date)
                    file_photo = found is not None  # a month: not the gallery's day either
                if (
                    found is None
                    and not file_photo
                    and ("月" in caption or "월" in caption or "last " in caption)
                ):
                    found = _month_taken(caption, g_date)
                    file_photo = found is not None
                if (
                    found is None
                    and not file_photo
                    and ("年" in caption or "년" in caption or " 19" in caption or " 20" in caption)
                ):
                    found = _month_more(caption, g_date)
                    file_photo = found is not None
                if (
                    found is None
                    and g_date is not None
                    and not file_photo
                    and _may_be_other_time(caption)
                ):
                    file_photo = _other_time(caption)  # a picture of another time: no day
                if len(stated) >= _STATED_MEMO:
                    stated.clear()
                stated[caption] = found, file_photo
        if found is None:
            add_text("")
            add_start(-1)
            add_end(-1)
            day = None
        else:
            day = found[0]
            if (
                day is not None
                and g_date is not None
                and day > g_date
                and previous is not None
                and previous.year < g_date.year
                and found[4] not in _WEEKDAY_GROUPS
                and _HAS_YEAR_RE.search(found[1]) is None
            ):
                day = _carried(previous, day)
            if day is not None and not file_photo:
                previous = day
            add_text(found[1])
            add_start(found[2])
            add_end(found[3])
        if day is not None:
            text = iso.get(day)
            if text is None:
                text = iso[day] = day.isoformat()
            add_date(text)
            # (a page's stamp is the page's date, as a gallery's: not the picture's day)
            add_precision("gallery" if found is not None and found[4] == _STAMP_KIND else "day")
        elif g_date is not None and not file_photo:
            add_date(g_date.isoformat())
            add_precision("gallery")
        else:
            add_date("")
            add_precision("unknown")

    result = entries.copy()
    result["date"] = pd.Series(as_str_array(out_date), index=entries.index)
    result["date_precision"] = pd.Series(as_str_array(out_precision), index=entries.index)
    result["date_text"] = pd.Series(as_str_array(out_text), index=entries.index)
    result["date_start"] = pd.Series(out_start, index=entries.index, dtype="int64")
    result["date_end"] = pd.Series(out_end, index=entries.index, dtype="int64")
    counts = pd.Series(out_precision).value_counts().to_dict() if n else {}
    log.debug("dates: %s", counts)
    return result
