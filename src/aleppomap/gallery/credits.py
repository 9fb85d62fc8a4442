"""Photo credits: where a caption's credit is, and who it names.

This module owns the credit of an entry: :func:`split_credit` finds it at the end of a
caption (the last parenthesised group, or a trailing ``REUTERS/Name``), and
:func:`parse_credit` splits it into photographers and agencies, using the table of known
agencies and the words that mark an organisation. The text format's parser asks
:func:`_looks_like_credit` whether a line before the first entry number is a caption.
"""

from __future__ import annotations

import re

from aleppomap._names import KNOWN_AGENCIES

__all__ = ["parse_credit", "split_credit"]

_KNOWN_AGENCIES = {a.lower(): a for a in KNOWN_AGENCIES}
_AGENCY_ALIASES = {"reuters": "Reuters", "associated press": "AP", "ap photo": "AP"}
_ORG_WORDS = re.compile(
    r"\b(?:agency|news|press|images|photos?|pictures|media|center|centre|committee|"
    r"cross|crescent|ministry|council|office|service|network|tv|television|channel|"
    r"union|organi[sz]ation|foundation|army|forces|defen[cs]e|helmets|nations|"
    r"agence|group|society|institute|project|wire|post|times|handout)\b",
    re.IGNORECASE,
)
_CREDIT_PREFIX = re.compile(
    r"^(?:photo(?:graph|s)?|pictures?|images?|credit|courtesy(?: of)?)\s*(?:by\b|:)\s*"
    r"|^(?:photo(?:graph)?|picture)\s+by\s+|^courtesy\s+(?:of\s+)?",
    re.IGNORECASE,
)
# "AP Photo/Name", "AFP PHOTO/Name": the agency, then the photographer.
_AGENCY_PHOTO = re.compile(r"^(?P<agency>[A-Za-z][\w-]*)\s+photos?$", re.IGNORECASE)
_SPLIT_CREDIT = re.compile(r"\s*(?:/|;|,|\s+via\s+|\s+and\s+|\s+&\s+|\s+for\s+(?=[A-Z]{2,}))\s*")
_GLUED_AGENCY = re.compile(r"(?<=[a-z])(?P<agency>AFP|AP|EPA|SANA|REUTERS|DPA|UPI)$")
_DESCRIPTORS = frozenset({"handout", "pool", "file", "photo", "photos", "stringer", "str", "ho"})
_ACRONYM = re.compile(r"[A-Z0-9&.-]{2,}")
_REUTERS_TAIL = re.compile(r"(?:^|(?<=[.!?”\"’)]\s))(?P<credit>REUTERS(?:/[^/()\n.]+)*)\s*\.?$")


def _classify(token: str) -> tuple[str, str] | None:
    """``("agency", name)`` or ``("photographer", name)`` for one credit token."""
    token = token.strip(" .,:;-")
    if not token or token.lower() in _DESCRIPTORS:
        return None
    key = token.lower()
    if key in _AGENCY_ALIASES:
        return "agency", _AGENCY_ALIASES[key]
    if key in _KNOWN_AGENCIES:
        return "agency", _KNOWN_AGENCIES[key]
    if _ACRONYM.fullmatch(token) or _ORG_WORDS.search(token):
        return "agency", token
    return "photographer", token


def parse_credit(credit: str) -> tuple[list[str], list[str]]:
    """Split a published credit into photographers and agencies.

    Parameters
    ----------
    credit
        The credit without its parentheses, as published.

    Returns
    -------
    (photographers, agencies)
        Each in the order of the credit, without duplicates.

    Examples
    --------
    >>> parse_credit("George Ourfalian/AFP/Getty Images")
    (['George Ourfalian'], ['AFP', 'Getty Images'])
    >>> parse_credit("Karam Al-MasriAFP/Getty Images")   # a missing slash
    (['Karam Al-Masri'], ['AFP', 'Getty Images'])
    >>> parse_credit("International Committee for the Red Cross via AP")
    ([], ['International Committee for the Red Cross', 'AP'])
    >>> parse_credit("AP Photo/Hassan Ammar")
    (['Hassan Ammar'], ['AP'])
    >>> parse_credit("REUTERS/Abdalrhman Ismail")
    (['Abdalrhman Ismail'], ['Reuters'])
    """
    photographers: list[str] = []
    agencies: list[str] = []
    text = _CREDIT_PREFIX.sub("", credit.strip())
    for raw in _SPLIT_CREDIT.split(text):
        parts = [raw]
        photo = _AGENCY_PHOTO.match(raw.strip())
        glued = _GLUED_AGENCY.search(raw.strip())
        if photo is not None:
            parts = [photo.group("agency")]
        elif glued is not None and len(raw.strip()) > len(glued.group("agency")):
            head = raw.strip()[: glued.start()]
            parts = [head, glued.group("agency")]
        for part in parts:
            kind = _classify(part)
            if kind is None:
                continue
            target = agencies if kind[0] == "agency" else photographers
            if kind[1] not in target:
                target.append(kind[1])
    return photographers, agencies


def _trailing_group(text: str) -> tuple[int, str] | None:
    """The start and content of a balanced parenthesised group ending ``text``."""
    if not text.endswith(")"):
        return None
    start = text.rfind("(")
    if start >= 0 and ")" not in text[start + 1 : -1]:
        return start, text[start + 1 : -1]
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth -= 1
            if depth == 0:
                return i, text[i + 1 : -1]
    return None


def split_credit(caption: str) -> tuple[str, str]:
    """Split a caption into its text and its credit.

    The credit is the last parenthesised group, when it ends the caption (a final
    full stop may follow), or a trailing ``REUTERS/Name``.

    Examples
    --------
    >>> split_credit("Smoke over Aleppo, on Dec. 12. (AFP/Getty Images)")
    ('Smoke over Aleppo, on Dec. 12.', 'AFP/Getty Images')
    >>> split_credit("Fighters of Islamic State (IS) group in al-Bab")
    ('Fighters of Islamic State (IS) group in al-Bab', '')
    >>> split_credit("Civilians flee Aleppo, Syria December 13, 2016. REUTERS/Omar Sanadiki")
    ('Civilians flee Aleppo, Syria December 13, 2016.', 'REUTERS/Omar Sanadiki')
    """
    trimmed = caption.rstrip(" .")
    group = _trailing_group(trimmed)
    if group is not None:
        start, credit = group
        return caption[:start].rstrip(), credit.strip()
    if "REUTERS" in caption:
        m = _REUTERS_TAIL.search(caption)
        if m is not None:
            return caption[: m.start("credit")].rstrip(), m.group("credit").strip()
    return caption, ""


def _looks_like_credit(credit: str) -> bool:
    if "/" in credit or " via " in credit:
        return True
    return any(
        a.lower() in _KNOWN_AGENCIES or a.lower() in _AGENCY_ALIASES
        for a in parse_credit(credit)[1]
    )
