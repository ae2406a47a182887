"""The sources pane: one row per source with its outlet, title and quote/statement counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive

from widgets.arabic import RelaidOnChange, inline, one_line
from widgets.row_table import RowTable


COUNT_WIDTH = 5


# A NamedTuple rather than a frozen dataclass: the class is made at every start, and a
# NamedTuple costs about a tenth as much to make.
class SourceRow(NamedTuple):
    id: str
    outlet: str
    title: str
    quotes: int | None = None      # None while the analysis runs
    statements: int | None = None
    only_here: int | None = None


class SourceList(RelaidOnChange, RowTable):
    """Enter opens the highlighted source (SourceList.Opened); `r` asks to rename its outlet."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("r", "rename", "Rename outlet", id="sources.rename"),
    ]

    mode: reactive[str] = reactive("visual")
    harakat: reactive[bool] = reactive(True)
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
        self._rebuild()

    def _rebuild(self) -> None:
        if not self.is_mounted:
            return
        self._width = self.size.width
        keep = self.cursor_row
        outlet_width = min(14, max([len(r.outlet) for r in self.entries] + [6]))
        # No cell padding: widths are set here so the title gets what the rest leaves
        # (outlet + a space, three 5-cell counts, a scrollbar).
        title_width = max(8, self._width - (outlet_width + 2) - 3 * COUNT_WIDTH - 2)
        if not self._width:
            return   # not laid out yet: rows at width 0 would only be laid out again
        self.clear(columns=True)
        # Text, not str: a str label is parsed as markup, which loads rich's emoji table.
        self.add_column(Text(" outlet"), key="outlet", width=outlet_width + 2)
        self.add_column(Text("title"), key="title", width=title_width)
        for label in ("Q", "St", "Only"):
            self.add_column(Text(label, justify="right"), key=label, width=COUNT_WIDTH)
        self.add_rows(
            ((Text(" ", style="bold") + inline(row.outlet, mode=self.mode,
                                                harakat=self.harakat, limit=outlet_width),
              one_line(row.title, title_width - 1, mode=self.mode, harakat=self.harakat)
              + Text(" "),
              *(Text(_count(n), justify="right") for n in (row.quotes, row.statements,
                                                           row.only_here))),
             row.id)
            for row in self.entries)
        if self.entries:
            self.move_cursor(row=min(max(keep, 0), len(self.entries) - 1), animate=False)

    @property
    def current_id(self) -> str | None:
        if not self.entries or self.cursor_row < 0:
            return None
        return self.entries[min(self.cursor_row, len(self.entries) - 1)].id

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        self.post_message(self.Opened(event.key))

    def action_rename(self) -> None:
        if self.current_id:
            self.post_message(self.RenameRequested(self.current_id))


def _count(value: int | None) -> str:
    return "…" if value is None else str(value)


def source_rows(sources: Sequence, counts: Mapping[str, tuple[int, int, int]] | None) -> tuple[SourceRow, ...]:
    """Rows for `sources`; `counts` maps a source id to (quotes, statements, only-here)."""
    rows = []
    for source in sources:
        quotes = statements = only = None
        if counts is not None:
            quotes, statements, only = counts.get(source.id, (0, 0, 0))
        rows.append(SourceRow(source.id, source.outlet, source.title, quotes, statements, only))
    return tuple(rows)
