"""Who held which place, day by day, from what the captions say.

The captions of a war gallery state control as they go: "the government-held Mogambo
neighborhood", "newly captured Al-Kalasseh", "after regime troops retook the area from rebel
fighters". This package turns such phrases into *control statements* (who, what, when, and the
evidence) and those into a *control timeline* (per place and slider day, the last known
controller); the map colours each place by it (:mod:`aleppomap.timeline.control_layer`):

:mod:`~aleppomap.control.lexicon`
    the words every rule reads, and the fast pre-check built from the same words;
:mod:`~aleppomap.control.rules`
    the statements of one caption (:func:`find_control`);
:mod:`~aleppomap.control.tables`
    the statements of an events table (:func:`control_table`) and the timeline
    (:func:`control_timeline`).
"""

from __future__ import annotations

from aleppomap.control import lexicon as lexicon  # the word lists, for tests and tools
from aleppomap.control.rules import (
    ACTIONS,
    CONTROLLERS,
    ControlMention,
    ControlStatement,
    find_control,
)
from aleppomap.control.tables import (
    STATEMENT_COLUMNS,
    TIMELINE_COLUMNS,
    control_table,
    control_timeline,
    whole_statements,
)

__all__ = [
    "ACTIONS",
    "CONTROLLERS",
    "STATEMENT_COLUMNS",
    "TIMELINE_COLUMNS",
    "ControlMention",
    "ControlStatement",
    "control_table",
    "control_timeline",
    "find_control",
    "whole_statements",
]
