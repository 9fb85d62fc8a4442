"""The places a caption is about: its place mentions without those named only to say where
another named place is (role ``mentioned``, cue ``container`` or ``reference``: "Aleppo" in
"Aleppo's Hanano district" or "Marea, north of Aleppo"). Tests of matching read these; the
tests of such places themselves are in ``test_geoparse_containers.py``. And, for the tests of
kinds of wording, every place a caption names (:func:`places`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from aleppomap.events import CONTEXT_CUES
from aleppomap.geoparse import Geoparser, PlaceMention

_T = TypeVar("_T", str, tuple[Any, ...])


def about(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` without the places named only to say where another is."""
    return [m for m in mentions if not (m.role == "mentioned" and m.cue in CONTEXT_CUES)]


def of_aleppo(gp: Geoparser, found: Iterable[_T]) -> list[_T]:
    """``found`` (place ids, or (id, role) pairs) without the places of other governorates
    (Damascus, Idlib ...): for tests of what a caption names in Aleppo."""
    gaz = gp.gazetteer
    return [f for f in found if not gaz.get(f if isinstance(f, str) else f[0]).outside_governorate]


def places(gp: Geoparser, text: str) -> set[str]:
    """The ids of every place ``gp`` finds in ``text``, whatever its role."""
    return {m.place_id for m in gp.find(text)}
