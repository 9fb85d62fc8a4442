"""Who held which place, day by day, from what the captions say.

The captions of a war gallery state control as they go: "the government-held Mogambo
neighborhood", "newly captured Al-Kalasseh", "after regime troops retook the area from rebel
fighters". This package turns such phrases into *control statements* (who, what, when, and the
evidence) and those into a *control timeline* (per place and slider day, the last known
controller), and prepares the map layer that colours each place by it:

:mod:`~aleppomap.control.lexicon`
    the words every rule reads, and the fast pre-check built from the same words;
:mod:`~aleppomap.control.rules`
    the statements of one caption (:func:`find_control`);
:mod:`~aleppomap.control.tables`
    the statements of an events table (:func:`control_table`) and the timeline
    (:func:`control_timeline`);
:mod:`~aleppomap.control.layer`
    the data of the map's control layer (:func:`control_layer_data`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from aleppomap.control import lexicon
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
)

if TYPE_CHECKING:
    from aleppomap.control.layer import CONTROLLER_COLORS, CONTROLLER_LABELS, control_layer_data

__all__ = [
    "ACTIONS",
    "CONTROLLERS",
    "CONTROLLER_COLORS",
    "CONTROLLER_LABELS",
    "STATEMENT_COLUMNS",
    "TIMELINE_COLUMNS",
    "ControlMention",
    "ControlStatement",
    "control_layer_data",
    "control_table",
    "control_timeline",
    "find_control",
]

# The rules' pre-check, under the name the map's module imports it by.
_may_state_control = lexicon.may_state_control

# The map layer's names load on first use: the layer reads this package's public names (it
# is map code, and may move next to the map), so importing it here would be circular.
_LAYER = frozenset({"CONTROLLER_COLORS", "CONTROLLER_LABELS", "control_layer_data"})


def __getattr__(name: str) -> Any:
    if name not in _LAYER:
        raise AttributeError(f"module 'aleppomap.control' has no attribute {name!r}")
    value = getattr(import_module("aleppomap.control.layer"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAYER])
