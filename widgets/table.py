"""Textual's DataTable with a row cursor, for the tables of laid-out Arabic (sources, matrix)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from widgets.arabic import FollowsArabic


class ArabicTable(FollowsArabic, DataTable):
    """Rows chosen with Enter (`RowSelected`), Home/End to the first/last row, j/k aliases.

    The cells are laid out for the table's width and the app's Arabic setting, so the
    subclass's `relayout()` refills the table with `fill`, cells cut to the column widths
    (no cell padding: the widths are the cells')."""

    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, *, zebra_stripes: bool = False, **kwargs) -> None:
        super().__init__(cursor_type="row", cell_padding=0, zebra_stripes=zebra_stripes,
                         **kwargs)

    def fill(self, columns: Sequence[tuple[str, Text, int]],
             rows: Iterable[tuple[str, Sequence[Text]]]) -> None:
        """Columns (key, label, width) and rows (key, cells); the cursor keeps its row."""
        keep = self.cursor_row
        self.clear(columns=True)
        for key, label, width in columns:
            self.add_column(label, key=key, width=width)
        for key, cells in rows:
            self.add_row(*cells, key=key)
        if self.row_count:
            self.move_cursor(row=min(max(keep, 0), self.row_count - 1), animate=False)
