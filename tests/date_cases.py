"""Shared pieces of the tests that date written captions: one caption through ``add_dates``."""

from __future__ import annotations

import pandas as pd

from aleppomap.dates import add_dates


def dated_row(caption: str, gallery_date: str) -> pd.Series:
    """The date columns ``add_dates`` gives ``caption`` in a gallery of ``gallery_date``; the
    span always points at the text."""
    row = add_dates(pd.DataFrame({"caption": [caption], "gallery_date": [gallery_date]})).iloc[0]
    if row["date_start"] >= 0:
        assert caption[row["date_start"] : row["date_end"]] == row["date_text"]
    return row


def dated(caption: str, gallery_date: str) -> tuple[str, str, str]:
    """(date, precision, text) that ``add_dates`` gives ``caption`` in a gallery of
    ``gallery_date``."""
    row = dated_row(caption, gallery_date)
    return str(row["date"]), str(row["date_precision"]), str(row["date_text"])
