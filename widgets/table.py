"""Textual's DataTable with a row cursor, for the tables of laid-out Arabic (sources, matrix)."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import DataTable

from widgets.arabic import FollowsArabic


class Grew(Message):
    """A slice of rows joined a long list after the first frame's worth: they stay, and
    the app may take them out of the cycle collector's sight (its full collections walked
    every row again and again while a real archive's tables filled: pauses of 0.7 s)."""


class ArabicTable(FollowsArabic, DataTable):
    """Rows chosen with Enter (`RowSelected`), Home/End to the first/last row, j/k aliases.

    The cells are laid out for the table's width and the app's Arabic setting, so the
    subclass's `relayout()` refills the table with `fill`, cells cut to the column widths
    (no cell padding: the widths are the cells'). A long table is filled a slice per frame
    (the rows on screen first), so keys are answered while tens of thousands of rows join;
    cells that are `widgets.arabic.Later` are laid out only when drawn."""

    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, *, zebra_stripes: bool = False, **kwargs) -> None:
        super().__init__(cursor_type="row", cell_padding=0, zebra_stripes=zebra_stripes,
                         **kwargs)

    # Rows added at once (more than a screen holds), then per frame for at most SLICE_S
    # plus ROW_S for each row already in: after each slice DataTable goes over all of its
    # rows (their offsets), so slices grow with the table, or a 60,000-row table would
    # take minutes to fill.
    FIRST_ROWS = 200
    SLICE_S = 0.012
    ROW_S = 0.0000015

    _filling = 0          # which fill is current: a new fill stops the previous one
    _pending = False      # rows of the current fill are still to come

    @property
    def filling(self) -> bool:
        """Rows of the last `fill` are still being added."""
        return self._pending

    def fill(self, columns: Sequence[tuple[str, Text, int]],
             rows: Iterable[tuple[str, Sequence[Text]]], *, cursor: int | None = None) -> None:
        """Columns (key, label, width) and rows (key, cells); the cursor keeps its row (or
        goes to row `cursor`), once that row has joined."""
        keep = max(self.cursor_row if cursor is None else cursor, 0)
        self._filling += 1
        self.clear(columns=True)
        for key, label, width in columns:
            self.add_column(label, key=key, width=width)
        self._add_rows(self._filling, iter(rows), keep, None)

    def _add_rows(self, filling: int, rows: Iterator, keep: int | None,
                  budget: float | None) -> None:
        # `keep`: the row the cursor goes to once it has joined; None once it is there (the
        # user moves it from then on).
        if filling != self._filling:
            return   # refilled meanwhile
        start = time.perf_counter()
        added = 0
        for key, cells in rows:
            self.add_row(*cells, key=key)
            added += 1
            if budget is None:
                if added >= max(self.FIRST_ROWS, (keep or 0) + self.size.height):
                    break
            elif added % 32 == 0 and time.perf_counter() - start > budget:
                break
        else:
            self._pending = False
            if keep is not None and self.row_count:
                self.move_cursor(row=min(keep, self.row_count - 1), animate=False)
            if budget is not None:
                self.post_message(Grew())
            return
        self._pending = True
        if keep is not None and keep < self.row_count:
            self.move_cursor(row=keep, animate=False)
            keep = None
        if budget is not None:
            self.post_message(Grew())
        self.call_after_refresh(self._add_rows, filling, rows, keep,
                                self.SLICE_S + self.ROW_S * self.row_count)
