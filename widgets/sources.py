"""The sources pane: one row per source with its outlet, title and quote/statement counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive

from widgets.arabic import Later, inline, one_line
from widgets.matrix import short_label
from widgets.table import ArabicTable, RowTable

COUNT_WIDTH = 5   # a count column, its gap included


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: str
    outlet: str
    title: str
    quotes: int | None = None      # None while the analysis runs
    statements: int | None = None
    only_here: int | None = None


class SourceList(ArabicTable):
    """Enter opens the highlighted source (SourceList.Opened); `r` asks to rename its outlet."""

    BINDINGS = [Binding("r", "rename", "Rename outlet", id="sources.rename")]

    entries: reactive[tuple[SourceRow, ...]] = reactive(tuple, always_update=True)

    class Opened(Message):
        def __init__(self, source_id: str) -> None:
            super().__init__()
            self.source_id = source_id

    class RenameRequested(Message):
        def __init__(self, source_id: str) -> None:
            super().__init__()
            self.source_id = source_id

    def __init__(self, **kwargs) -> None:
        super().__init__(zebra_stripes=True, **kwargs)

    def watch_entries(self) -> None:
        self.relayout()

    def lay_out(self, width: int) -> None:
        arabic = self.arabic
        # The counts always fit (the outlet's label gives way, to 4 cells); the title gets
        # what the rest leaves (none when that is too little to read), less a scrollbar.
        count = COUNT_WIDTH
        outlet_width = min(14, max([len(r.outlet) for r in self.entries] + [6]),
                           max(4, width - 2 - 3 * count - 2))
        room = width - (outlet_width + 2) - 3 * count - 2
        # Text, not str: a str label is parsed as markup.
        columns = [("outlet", Text(" outlet"), outlet_width + 2),
                   *((label, Text(label, justify="right"), count)
                     for label in ("Q", "St", "Only"))]
        title_width = room if room >= 8 else 0
        if title_width:
            columns.append(("title", Text(" title"), title_width))

        def outlet_cell(label: str) -> Text:
            if len(label) > outlet_width and label.isascii():
                label = short_label(label)   # "Source 3" -> "S3", as the matrix heads it
            return Text(" ", style="bold") + inline(label, arabic=arabic, limit=outlet_width)

        def title_cell(title: str) -> Text:
            return Text(" ") + one_line(title, title_width - 1, arabic=arabic)

        entries = self.entries   # these rows, whatever `entries` becomes later

        def cells(number: int) -> tuple[str, list[Later]]:
            # Made when the row is drawn, its cells laid out then too.
            row = entries[number]
            found = [Later(outlet_cell, row.outlet),
                     *(Later(_count_cell, n)
                       for n in (row.quotes, row.statements, row.only_here))]
            if title_width:
                found.append(Later(title_cell, row.title))
            return row.id, found

        self.fill(columns, len(entries), cells)

    @staticmethod
    def key(width: int) -> str:
        """What the count columns mean, as much as fits in `width` cells."""
        for text in ("Q quotes · St statements · Only: statements no other outlet carries",
                     "Q quotes · St statements · Only: no other outlet",
                     "Q quotes St statements Only alone", "Q St Only: see ?"):
            if len(text) <= width:
                return text
        return ""

    @property
    def current_id(self) -> str | None:
        if not self.entries or self.cursor_row < 0:
            return None
        return self.entries[min(self.cursor_row, len(self.entries) - 1)].id

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Opened(event.row_key))

    def action_rename(self) -> None:
        if self.current_id:
            self.post_message(self.RenameRequested(self.current_id))


def _count(value: int | None) -> str:
    return "…" if value is None else str(value)


def _count_cell(value: int | None) -> Text:
    return Text(_count(value), justify="right")


def source_rows(sources: Sequence,
                counts: Mapping[str, tuple[int, int, int]] | None) -> tuple[SourceRow, ...]:
    """Rows for `sources`; `counts` maps a source id to (quotes, statements, only-here)."""
    rows = []
    for source in sources:
        quotes = statements = only = None
        if counts is not None:
            quotes, statements, only = counts.get(source.id, (0, 0, 0))
        rows.append(SourceRow(source.id, source.outlet, source.title, quotes, statements, only))
    return tuple(rows)
