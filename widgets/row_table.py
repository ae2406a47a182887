"""A table of whole rows: a header line, rows of fixed-width cells, a row cursor.

The sources and the statement matrix need only that. Textual's DataTable renders every cell
through Rich's console, keeps several caches per table and brings a large stylesheet; for
these two small panes it was about a twentieth of the work before the first frame. Here a
row is one line of Text cut to its cells' widths, drawn through the Line API, so only the
rows on screen are ever drawn (a matrix of thousands of statements scrolls as fast as five).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from widgets.plain_inside import same_rows


class Column(NamedTuple):
    key: str
    label: Text
    width: int


def fit(cell: Text, width: int) -> Text:
    """`cell` cut or padded to exactly `width` cells, placed as its `justify` asks, as Rich
    places a table cell (right and centred text lose trailing spaces first)."""
    text = cell.copy()
    if cell.justify in ("right", "center"):
        text.rstrip()
    text.truncate(width, overflow="crop")
    room = width - text.cell_len
    if cell.justify == "right":
        text.pad_left(room)
    elif cell.justify == "center":
        text.pad_left(room // 2)
        text.pad_right(room - room // 2)
    elif room > 0:
        # Rich pads a left-aligned cell outside the text's own style (a bold label's padding
        # is not bold).
        padded = Text()
        padded.append_text(text)
        padded.append(" " * room)
        return padded
    return text


class RowTable(ScrollView, can_focus=True):
    """Rows added with `add_row(*cells, key=…)` or `add_rows` under columns from `add_column`.

    Up/down/page/home/end move the cursor (`RowHighlighted`); Enter or a click on a row
    chooses it (`RowSelected`)."""

    BINDINGS = [
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,ctrl+home", "first_row", "First row", show=False),
        Binding("end,ctrl+end", "last_row", "Last row", show=False),
    ]

    COMPONENT_CLASSES = {"row-table--header", "row-table--cursor", "row-table--even-row"}

    # The looks of Textual's DataTable, which these panes used to be.
    DEFAULT_CSS = """
    RowTable {
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        & > .row-table--header { text-style: bold; background: $panel; color: $foreground; }
        & > .row-table--even-row { background: $surface-lighten-1 50%; }
        &:dark > .row-table--even-row { background: $surface-darken-1 40%; }
        & > .row-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .row-table--header { background-tint: $foreground 5%; }
            & > .row-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """

    class RowHighlighted(Message):
        """The cursor is on row `row` (its key `key`)."""

        def __init__(self, table: RowTable, row: int, key: str) -> None:
            super().__init__()
            self.table, self.row, self.key = table, row, key

        @property
        def control(self) -> RowTable:
            return self.table

    class RowSelected(RowHighlighted):
        """Row `row` (its key `key`) was chosen: Enter, or a click. (Handlers are found by
        the message's own class name, so a RowSelected never reaches a RowHighlighted one.)"""

    def __init__(self, *, zebra_stripes: bool = False, name: str | None = None,
                 id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.zebra_stripes = zebra_stripes
        self.columns: dict[str, Column] = {}
        self._rows: list[tuple[Text, ...]] = []
        self._keys: list[str] = []
        self.cursor_row = 0
        self._base = Style()

    # -- contents -------------------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    def clear(self, columns: bool = False) -> None:
        self._rows, self._keys = [], []
        self.cursor_row = 0
        if columns:
            self.columns = {}
        self._resized()

    def add_column(self, label: Text, *, key: str, width: int) -> None:
        self.columns[key] = Column(key, label, width)
        self._resized()

    def add_row(self, *cells: Text, key: str) -> None:
        self.add_rows([(cells, key)])

    def add_rows(self, rows: Iterable[tuple[Sequence[Text], str]]) -> None:
        """Many (cells, key) rows at once: the table is measured again once, not per row."""
        for cells, key in rows:
            self._rows.append(tuple(cells))
            self._keys.append(key)
        self._resized()

    def get_row_at(self, row: int) -> tuple[Text, ...]:
        return self._rows[row]

    def _resized(self) -> None:
        width = sum(c.width for c in self.columns.values())
        # The header is the first line of the virtual area; it is drawn at the top always.
        self.virtual_size = Size(width, len(self._rows) + 1)
        self.refresh()

    # -- cursor ---------------------------------------------------------------------------
    def move_cursor(self, *, row: int, animate: bool = False) -> None:
        if not self._rows:
            self.cursor_row = 0
            return
        row = min(max(row, 0), len(self._rows) - 1)
        self.cursor_row = row
        self._scroll_to_cursor(animate)
        self.refresh()
        self.post_message(self.RowHighlighted(self, row, self._keys[row]))

    def _scroll_to_cursor(self, animate: bool = False) -> None:
        shown = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=animate, immediate=True)
        elif self.cursor_row >= top + shown:
            self.scroll_to(y=self.cursor_row - shown + 1, animate=animate, immediate=True)

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 2)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._page())

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._page())

    def action_first_row(self) -> None:
        self.move_cursor(row=0)

    def action_last_row(self) -> None:
        self.move_cursor(row=len(self._rows) - 1)

    def action_select_cursor(self) -> None:
        if self._rows:
            self.post_message(self.RowSelected(self, self.cursor_row, self._keys[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        row = round(self.scroll_y) + offset.y - 1
        if row < len(self._rows):
            self.move_cursor(row=row)
            self.action_select_cursor()

    # -- drawing --------------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        self._base = self.rich_style
        gutter = self.styles.gutter
        if (self.show_vertical_scrollbar or self.show_horizontal_scrollbar
                or gutter.top or gutter.bottom):
            return super().render_lines(crop)
        # Every row below the last is the same blank line (an empty matrix is all such rows).
        below = 1 + max(0, len(self._rows) - round(self.scroll_y))
        return same_rows(super().render_lines, crop, below, self.size.height)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            cells = tuple(c.label for c in self.columns.values())
            style = self.get_component_rich_style("row-table--header")
        else:
            row = round(self.scroll_y) + y - 1
            if row >= len(self._rows):
                return Strip.blank(width, self._base)
            cells = self._rows[row]
            if row == self.cursor_row:
                style = self.get_component_rich_style("row-table--cursor")
            elif self.zebra_stripes and row % 2 == 0:
                style = self.get_component_rich_style("row-table--even-row")
            else:
                style = Style()
        line = Text()
        for cell, column in zip(cells, self.columns.values()):
            line.append_text(fit(cell, column.width))
        line.stylize_before(self._base + style)
        if y and row == self.cursor_row:
            # The cursor's colours win over the cells' own (a mark's green on the cursor's
            # blue would be hard to read); their bold and dim stay.
            line.stylize(Style(color=style.color, bgcolor=style.bgcolor))
        segments = list(line.render(self.app.console))
        return Strip(segments, line.cell_len).crop_extend(0, width, self._base + style)
