"""The raw columns that every format parser fills, before repair and credits.

:class:`_Columns` is the hand-over between the parsers (:mod:`.text_format`,
:mod:`.tabular`) and the assembly of the entries table (:mod:`.read`): it lives here, on
its own, so that the parsers need not import the module that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__: list[str] = []  # internal to aleppomap.gallery, which re-exports its API


@dataclass
class _Columns:
    """Raw entries of one input, column by column, before repair and credits."""

    # (gallery id, title, date, intro) of consecutive runs of entries, and run lengths
    galleries: list[tuple[str, str, str, str]] = field(default_factory=list)
    runs: list[int] = field(default_factory=list)
    entry: list[int] = field(default_factory=list)
    caption: list[str] = field(default_factory=list)
    credit: list[str] | None = None
    line: list[int] = field(default_factory=list)
    extras: dict[str, list[Any]] = field(default_factory=dict)

    def add_run(self, gallery: tuple[str, str, str, str], n: int) -> None:
        if self.galleries and self.galleries[-1] == gallery:
            self.runs[-1] += n
        else:
            self.galleries.append(gallery)
            self.runs.append(n)
