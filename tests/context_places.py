"""The places a caption is about: its place mentions without those named only to say where
another named place is (role ``mentioned``, cue ``container`` or ``reference``: "Aleppo" in
"Aleppo's Hanano district" or "Marea, north of Aleppo"). Tests of matching read these; the
tests of such places themselves are in ``test_geoparse_containers.py``. And, for the tests of
kinds of wording, every place a caption names (:func:`places`)."""

from __future__ import annotations

from collections.abc import Iterable

from aleppomap.events import CONTEXT_CUES
from aleppomap.geoparse import Geoparser, PlaceMention


def about(mentions: Iterable[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` without the places named only to say where another is."""
    return [m for m in mentions if not (m.role == "mentioned" and m.cue in CONTEXT_CUES)]


def places(gp: Geoparser, text: str) -> set[str]:
    """The ids of every place ``gp`` finds in ``text``, whatever its role."""
    return {m.place_id for m in gp.find(text)}
