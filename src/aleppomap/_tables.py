"""Helpers for the tables handed between the stages: required columns, text and integer cells.

Every public function that takes a table (the entries of :func:`aleppomap.read_gallery`, the
events of :func:`aleppomap.locate`, the control statements of
:func:`aleppomap.control_table`) checks it here, so that a wrong table is refused with one
:class:`~aleppomap.errors.EventsTableError` worded the same way everywhere::

    the events table lacks the column(s) gallery, entry; build it with aleppomap.locate()

Cells are read with one rule for missing values (:func:`text`) and one for integers
(:func:`integers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import pandas as pd

from aleppomap.errors import EventsTableError

#: The ``reason`` of an events row named in passing (role ``mentioned``) only to say where another
#: named place is (the geoparser's cue): ``container`` (it holds that place: "Aleppo's Hanano
#: district", "the souq in the Old City") or ``reference`` (that place is placed by it: "Marea,
#: north of Aleppo"). Such a place is no place of the photo, and states no control of its own.
CONTEXT_CUES: frozenset[str] = frozenset({"container", "reference"})

__all__ = ["MAKERS", "Table", "geometry_name", "integers", "require_columns", "text"]

#: The tables handed between the stages.
Table = Literal["entries", "events", "control statements"]

#: How each kind of table is made, for the hint of a refusal.
MAKERS: dict[Table, str] = {
    "entries": "read it with aleppomap.read_gallery()",
    "events": "build it with aleppomap.locate()",
    "control statements": "make it with aleppomap.control_table()",
}


def geometry_name(frame: Any) -> str | None:
    """The name of a GeoDataFrame's active geometry column, or None (none, or no GeoDataFrame)."""
    name = getattr(frame, "_geometry_column_name", None)
    return name if isinstance(name, str) and name in frame.columns else None


def require_columns(
    frame: pd.DataFrame,
    columns: Sequence[str],
    *,
    table: Table = "events",
    geometry: bool = False,
    doing: str = "",
) -> None:
    """Refuse ``frame`` unless it has every one of ``columns``.

    Parameters
    ----------
    frame
        The table handed to the API.
    columns
        The columns it must have, in the order the message names the missing ones.
    table
        Which table it should be: ``"entries"``, ``"events"`` or ``"control statements"``
        (the message says how to make it, see :data:`MAKERS`).
    geometry
        Also require an active geometry column (a GeoDataFrame's), named ``geometry`` in the
        message when it is missing.
    doing
        What the caller was doing, put before the message (e.g. ``"cannot export"``).

    Raises
    ------
    EventsTableError
        Naming the missing columns and the function that makes the table.

    Examples
    --------
    >>> try:
    ...     require_columns(pd.DataFrame({"entry": [1]}), ["gallery", "entry"])
    ... except EventsTableError as err:
    ...     print(err)
    the events table lacks the column(s) gallery; build it with aleppomap.locate()
    """
    present = set(frame.columns)
    missing = [c for c in columns if c not in present]
    if geometry and geometry_name(frame) is None:
        missing.append("geometry")
    if missing:
        message = f"the {table} table lacks the column(s) {', '.join(missing)}; {MAKERS[table]}"
        raise EventsTableError(f"{doing}: {message}" if doing else message)


def text(value: Any) -> str:
    """A cell as text, with one rule for missing values.

    ``None`` and every scalar pandas counts as missing (``NaN`` of any float type,
    ``pd.NA``, ``pd.NaT``, numpy's ``NaT``) become ``""``; a string is returned as it is;
    anything else is ``str(value)`` (a list too, even one holding only NaN).

    Examples
    --------
    >>> [text(v) for v in (None, float("nan"), pd.NA, pd.NaT, "Aleppo", 3, 2.5)]
    ['', '', '', '', 'Aleppo', '3', '2.5']
    """
    if isinstance(value, str):
        return value
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    return str(value)


def integers(values: Iterable[Any], *, column: str, table: Table = "events") -> list[int]:
    """``values`` (a column's cells) as Python ints, or refuse the table.

    Parameters
    ----------
    values
        The cells, e.g. ``frame[column].tolist()``.
    column, table
        Which column of which table, for the message.

    Raises
    ------
    EventsTableError
        When ``int()`` refuses a cell (a missing value, a word, ``"2.5"``).

    Examples
    --------
    >>> integers([1, "2", 3.0], column="entry")
    [1, 2, 3]
    """
    try:
        return [int(v) for v in values]
    except (TypeError, ValueError) as err:
        raise EventsTableError(
            f"the {table} table's {column} column must hold integers: {err}"
        ) from err
