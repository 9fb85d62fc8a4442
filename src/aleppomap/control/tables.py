"""The control statements of an events table, and the control timeline they make.

:func:`control_table` runs the rules of :mod:`aleppomap.control.rules` over every caption of
the events table (one row per statement); :func:`control_timeline` turns the statements into
the last known controller of every place on every day of the map's slider.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import numpy as np
import pandas as pd

from aleppomap._tables import CONTEXT_CUES, require_columns
from aleppomap._tables import text as _text
from aleppomap.control import lexicon
from aleppomap.control.rules import ControlMention, find_control

__all__ = [
    "STATEMENT_COLUMNS",
    "TIMELINE_COLUMNS",
    "control_table",
    "control_timeline",
    "whole_statements",
]

#: Columns of :func:`control_table`, in order.
STATEMENT_COLUMNS: Final = (
    "place_id",
    "place",
    "date",
    "controller",
    "action",
    "entry",
    "evidence",
    "gallery",
    "from_controller",
    "besieged_by",
    "matched",
    "rule",
    "date_source",
    "evidence_start",
    "evidence_end",
    "extent",
)
#: Columns of :func:`control_timeline`, in order.
TIMELINE_COLUMNS: Final = (
    "place_id",
    "place",
    "day",
    "controller",
    "action",
    "date",
    "entry",
    "gallery",
    "evidence",
)
_TABLE_REQUIRED: Final = ("gallery", "entry", "caption", "place_id", "start", "end")
# The columns of the events that control_table reads.
_TABLE_READ: Final = (
    *_TABLE_REQUIRED,
    *("located", "place", "matched", "role", "precision", "date", "gallery_date", "reason"),
)


def _column(frame: pd.DataFrame, name: str, default: Any) -> list[Any]:
    if name in frame.columns:
        return frame[name].tolist()
    return [default] * len(frame)


def control_table(events: pd.DataFrame) -> pd.DataFrame:
    """The control statements of every caption of ``events``, one row per statement.

    Only located rows are read (``located`` True, a ``place_id``; the places named only to
    say where another is, whose ``reason`` is one of :data:`aleppomap.events.CONTEXT_CUES`,
    only where a phrase governs them, see :func:`~aleppomap.control.find_control`), and each
    caption once, with all its place mentions; captions with no control word are skipped at
    the cost of one regular-expression search.

    Parameters
    ----------
    events
        The events table of :func:`aleppomap.locate` (columns ``gallery``, ``entry``,
        ``caption``, ``place_id``, ``start``, ``end``; ``place``, ``matched``, ``role``,
        ``precision``, ``date``, ``gallery_date`` are used when present).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STATEMENT_COLUMNS`: ``place_id``, ``place``, ``date`` (ISO day or
        ``""``), ``controller`` (one of :data:`CONTROLLERS`), ``action`` (one of
        :data:`ACTIONS`), ``entry``, ``evidence`` (the exact phrase of the caption),
        ``gallery``, then ``from_controller``, ``besieged_by``, ``matched``, ``rule``,
        ``date_source`` (``clause``, ``caption``, or ``past``: a past event with no day
        stated, and no date), ``evidence_start``, ``evidence_end``, ``extent`` (``whole``: the
        statement is about the place; ``part``: about a part of it the gazetteer does not name,
        "a rebel-held area of Aleppo", which :func:`control_timeline` and the map do not read).
        In the events' gallery order, then entry, then position in the caption. This is the
        GeoPackage layer ``control`` and the control CSV.

    Examples
    --------
    >>> from aleppomap import read_gallery, locate
    >>> table = control_table(locate(read_gallery()))
    >>> table.loc[table.place_id == "mogambo", ["date", "controller", "action"]].values.tolist()
    [['2016-12-12', 'government', 'held']]
    """
    require_columns(events, _TABLE_REQUIRED)
    rows = events[[c for c in _TABLE_READ if c in events.columns]]  # (not the geometry ...)
    if "located" in rows.columns:
        rows = rows[rows["located"].fillna(False).astype(bool)]
    rows = rows[rows["place_id"].notna()]
    cues = [""] * len(rows)
    if "reason" in rows.columns and "role" in rows.columns:
        # a place named only to say where another is ("Hanano in Aleppo", "Marea, north of
        # Aleppo") is no place a statement is about, the other one is: find_control reads it
        # only where a phrase governs it ("rebel-held areas of Aleppo")
        aside = rows["role"].eq("mentioned").fillna(False) & rows["reason"].isin(CONTEXT_CUES)
        cues = [_text(r) if a else "" for r, a in zip(rows["reason"], aside, strict=True)]

    galleries = _column(rows, "gallery", "")
    entries = _column(rows, "entry", 0)
    captions = _column(rows, "caption", "")
    place_ids = _column(rows, "place_id", "")
    places = _column(rows, "place", "")
    matched = _column(rows, "matched", "")
    starts = _column(rows, "start", 0)
    ends = _column(rows, "end", 0)
    roles = _column(rows, "role", "location")
    precisions = _column(rows, "precision", "neighbourhood")
    dates = _column(rows, "date", "")
    gallery_dates = _column(rows, "gallery_date", "")

    # the rows of one caption, in first-seen order (events are ordered, but need not be)
    groups: dict[tuple[str, int], list[int]] = {}
    for i, key in enumerate(zip(galleries, entries, strict=True)):
        groups.setdefault((_text(key[0]), int(key[1])), []).append(i)

    records: list[tuple[Any, ...]] = []
    for (gallery, entry), idx in groups.items():
        caption = _text(captions[idx[0]])
        if not caption or not lexicon.may_state_control(caption):
            continue
        mentions = [
            ControlMention(
                place_id=_text(place_ids[i]),
                start=int(starts[i]),
                end=int(ends[i]),
                place=_text(places[i]),
                matched=_text(matched[i]),
                role=_text(roles[i]) or "location",
                precision=_text(precisions[i]) or "neighbourhood",
                cue=cues[i],
            )
            for i in idx
            if _text(starts[i]) != "" and _text(ends[i]) != ""
        ]
        found = find_control(
            caption,
            mentions,
            date=_text(dates[idx[0]]),
            gallery_date=_text(gallery_dates[idx[0]]),
        )
        for st in found:
            records.append(
                (
                    st.place_id,
                    st.place,
                    st.date,
                    st.controller,
                    st.action,
                    entry,
                    st.evidence,
                    gallery,
                    st.from_controller,
                    st.besieged_by,
                    st.matched,
                    st.rule,
                    st.date_source,
                    st.evidence_start,
                    st.evidence_end,
                    st.extent,
                )
            )
    table = pd.DataFrame.from_records(records, columns=list(STATEMENT_COLUMNS))
    for col in ("entry", "evidence_start", "evidence_end"):
        table[col] = table[col].astype("int64")
    for col in STATEMENT_COLUMNS:
        if col not in ("entry", "evidence_start", "evidence_end"):
            table[col] = table[col].astype(object).astype("string")
    return table


def whole_statements(statements: pd.DataFrame) -> pd.DataFrame:
    """The statements about whole places: those of ``extent`` ``part`` ("a rebel-held area of
    Aleppo") left out; all of them for a table made before the column existed."""
    if "extent" not in statements.columns:
        return statements
    return statements[statements["extent"].fillna("whole").astype(str) != "part"]


def _informs(controller: str, action: str) -> bool:
    """Whether a statement says who holds the place (or that its holder lost it)."""
    return controller != "unknown" or action == "lost"


def control_timeline(
    statements: pd.DataFrame,
    days: Iterable[str] | None = None,
    *,
    places: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The last known controller of every place on every slider day.

    Parameters
    ----------
    statements
        The table of :func:`control_table`.
    days
        The slider's days (ISO ``YYYY-MM-DD``); by default the days of the statements.
    places
        Place ids to include besides those with statements (they are ``unknown`` throughout).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TIMELINE_COLUMNS`, one row per (place, day), places sorted by id and
        days ascending. ``controller`` is that of the latest statement dated on or before the
        day (on one day, the later in gallery order wins: a caption's capture follows its
        "held"), with its ``action``, ``date``, ``entry``, ``gallery`` and ``evidence``;
        ``unknown`` with empty evidence (and ``entry`` <NA>) where nothing was said yet.
        Statements without a date, ``besieged`` ones that name no holder, and those about a
        part of a place (``extent`` ``part``) do not count.
    """
    table = whole_statements(statements).reset_index(drop=True)
    day_list = sorted(
        {d for d in (days if days is not None else table["date"].tolist()) if _text(d)}
    )
    names: dict[str, str] = {}
    for pid, name in zip(table["place_id"].tolist(), table["place"].tolist(), strict=True):
        names.setdefault(_text(pid), _text(name))
    for pid in places or ():
        names.setdefault(str(pid), str(pid))

    by_place: dict[str, list[int]] = {}
    for i, (pid, d, ctl, act) in enumerate(
        zip(
            table["place_id"].tolist(),
            table["date"].tolist(),
            table["controller"].tolist(),
            table["action"].tolist(),
            strict=True,
        )
    ):
        if _text(d) and _informs(_text(ctl), _text(act)):
            by_place.setdefault(_text(pid), []).append(i)

    day_arr = np.asarray(day_list, dtype=object)
    out: dict[str, list[Any]] = {c: [] for c in TIMELINE_COLUMNS}
    records = table.to_dict("records")
    for pid in sorted(names):
        idx = sorted(by_place.get(pid, []), key=lambda i: (_text(records[i]["date"]), i))
        stated = np.asarray([_text(records[i]["date"]) for i in idx], dtype=object)
        # for each day, how many statements are dated on or before it
        upto: list[int] = (
            np.searchsorted(stated, day_arr, side="right").tolist() if idx else [0] * len(day_list)
        )
        for k, day in enumerate(day_list):
            out["place_id"].append(pid)
            out["place"].append(names[pid])
            out["day"].append(day)
            n = upto[k]
            if n == 0:
                out["controller"].append("unknown")
                out["action"].append("")
                out["date"].append("")
                out["entry"].append(pd.NA)
                out["gallery"].append("")
                out["evidence"].append("")
                continue
            row = records[idx[n - 1]]
            out["controller"].append(_text(row["controller"]))
            out["action"].append(_text(row["action"]))
            out["date"].append(_text(row["date"]))
            out["entry"].append(int(row["entry"]))
            out["gallery"].append(_text(row["gallery"]))
            out["evidence"].append(_text(row["evidence"]))
    frame = pd.DataFrame(out, columns=list(TIMELINE_COLUMNS))
    frame["entry"] = frame["entry"].astype("Int64")
    for col in TIMELINE_COLUMNS:
        if col != "entry":
            frame[col] = frame[col].astype(object).astype("string")
    return frame
