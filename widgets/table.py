"""A table with a row cursor whose rows are made only when drawn, for the tables of laid-out
Arabic (sources, matrix).

Textual's DataTable keeps every row it is given (a dict of cells, a Row and a RowKey each,
and its offsets): on a real archive's 60,000 statements and 24,000 sources that was about
300 MiB, held as long as the app ran. `RowTable` keeps nothing per row: its owner says how
many rows there are and makes a row's cells when asked (`fill(columns, count, row)`); only
the rows on screen (and a few hundred recently drawn) are made. It draws as DataTable does
with a row cursor, no cell padding, one-line rows and a header (the same component classes,
styles and per-cell mouse metadata), so a screen looks the same, and it answers the same keys.
It uses Textual's public Line API (`ScrollView.render_line`) only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.renderables.styled import Styled
from textual.scroll_view import ScrollView
from textual.strip import Strip

from widgets.arabic import FollowsArabic

HEADER = -1     # the header's row number, as in the cells' mouse metadata
_EMPTY_TEXT = Text(no_wrap=True, end="")

@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: Text
    width: int      # in cells; there is no padding, so this is what it takes on screen

class RowTable(ScrollView, can_focus=True):
    """Rows of one line under a one-line header, with a row cursor: Enter posts `RowSelected`,
    moving the cursor `RowHighlighted`. Rows are made by the owner's function when drawn."""

    # DataTable's keys for a row cursor (Enter, arrows, pages, ctrl+home/end).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("right", "cursor_right", "Cursor right", show=False),
        Binding("left", "cursor_left", "Cursor left", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("ctrl+home", "scroll_top", "Top", show=False),
        Binding("ctrl+end", "scroll_bottom", "Bottom", show=False),
    ]

    # DataTable's component classes and their styles, so a theme styles both alike.
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "datatable--cursor", "datatable--hover", "datatable--header",
        "datatable--header-cursor", "datatable--header-hover",
        "datatable--odd-row", "datatable--even-row",
    }

    DEFAULT_CSS = """
    RowTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;

        &:focus {
            background-tint: $foreground 5%;
            & > .datatable--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }

            & > .datatable--header {
                background-tint: $foreground 5%;
            }
        }

        &:dark {
            & > .datatable--even-row {
                background: $surface-darken-1 40%;
            }
        }

        & > .datatable--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .datatable--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }

        & > .datatable--odd-row {

        }

        & > .datatable--even-row {
            background: $surface-lighten-1 50%;
        }

        & > .datatable--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }

        & > .datatable--header-cursor {
            background: $accent-darken-1;
            color: $foreground;
        }

        & > .datatable--header-hover {
            background: $accent 30%;
        }

        & > .datatable--hover {
            background: $block-hover-background;
        }
    }
    """

    class RowHighlighted(Message):
        """The cursor moved to row `cursor_row` (key `row_key`)."""

        def __init__(self, table: RowTable, cursor_row: int, row_key: str) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row
            self.row_key = row_key

        @property
        def control(self) -> RowTable:
            return self.table

    class RowSelected(RowHighlighted):
        """Enter (or a click on the cursor's row) on row `cursor_row` (key `row_key`)."""

    # Rows made and lines drawn are kept for this many rows: a few screens' worth, so moving
    # the cursor over rows already drawn neither makes nor lays them out again.
    CACHED_ROWS = 512

    def __init__(self, *, zebra_stripes: bool = False, name: str | None = None,
                 id: str | None = None, classes: str | None = None,
                 disabled: bool = False) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.zebra_stripes = zebra_stripes
        self.columns: tuple[Column, ...] = ()
        self.row_count = 0
        self.cursor_row = 0
        self._make_row: Callable[[int], tuple[str, Sequence]] = _no_row
        self._hover_row = 0
        self._show_hover = False   # the mouse's row is drawn only once the mouse moves
        self._rows: LRUCache[int, tuple[str, Sequence]] = LRUCache(self.CACHED_ROWS)
        self._lines: LRUCache[tuple, Strip] = LRUCache(self.CACHED_ROWS)

    # -- what the table shows ---------------------------------------------------------
    @property
    def ordered_columns(self) -> tuple[Column, ...]:
        return self.columns

    @property
    def filling(self) -> bool:
        """Rows still to join: never (rows are made when drawn; benches and tests ask)."""
        return False

    def fill(self, columns: Sequence[tuple[str, Text, int]], count: int,
             row: Callable[[int], tuple[str, Sequence]], *, cursor: int | None = None) -> None:
        """Columns (key, label, width) and `count` rows, row i being `row(i)` = (key, cells),
        asked only when the row is drawn or read. The cursor stays on its row number (or goes
        to row `cursor`), within the rows."""
        keep = max(self.cursor_row if cursor is None else cursor, 0)
        self.columns = tuple(Column(key, label, width) for key, label, width in columns)
        self.row_count = count
        self._make_row = row
        self._forget()
        self._hover_row = 0
        self.virtual_size = Size(sum(c.width for c in self.columns), count + 1)
        self.cursor_row = min(keep, max(count - 1, 0))
        if count:
            self._post_highlighted()
        # As DataTable refills: from the top, then the cursor's row brought into view once
        # the new size is laid out.
        self.scroll_x = self.scroll_y = 0
        self.call_after_refresh(self._scroll_cursor_into_view)
        self.refresh()

    def get_row_at(self, row: int) -> list:
        """The cells of row number `row` (made now if they are not in the cache)."""
        if not 0 <= row < self.row_count:
            raise IndexError(f"no row {row} in a table of {self.row_count}")
        return list(self._made(row)[1])

    def row_key_at(self, row: int) -> str:
        return self._made(row)[0]

    def _made(self, row: int) -> tuple[str, Sequence]:
        made = self._rows.get(row)
        if made is None:
            made = self._make_row(row)
            self._rows[row] = made
        return made

    def _forget(self) -> None:
        self._rows.clear()
        self._lines.clear()

    # -- the cursor -----------------------------------------------------------------------
    def move_cursor(self, *, row: int | None = None, animate: bool = False,
                    scroll: bool = True) -> None:
        """The cursor to row `row` (kept within the rows); scrolled into view if `scroll`."""
        if row is None or not self.row_count:
            return
        row = min(max(row, 0), self.row_count - 1)
        if scroll:
            self._scroll_cursor_into_view(animate=animate, row=row)
        if row != self.cursor_row:
            old, self.cursor_row = self.cursor_row, row
            self._refresh_row(old)
            self._refresh_row(row)
            self._post_highlighted()
            self._scroll_cursor_into_view()

    def _post_highlighted(self) -> None:
        self.post_message(self.RowHighlighted(self, self.cursor_row,
                                              self.row_key_at(self.cursor_row)))

    def _scroll_cursor_into_view(self, animate: bool = False, row: int | None = None) -> None:
        # The row's line (under the header, which stays) in view, as DataTable scrolls it.
        row = self.cursor_row if row is None else row
        width = max(self.size.width, self.virtual_size.width)
        region = Region(int(self.scroll_x), row + 1, width, 1)
        self.scroll_to_region(region, animate=animate, spacing=Spacing(1, 0, 0, 0),
                              force=True)

    def _refresh_row(self, row: int) -> None:
        # Its line on screen, if it is there (line 0 is the header).
        y = row + 1 - int(self.scroll_y)
        if 1 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def _set_hover(self, shown: bool, row: int | None = None) -> None:
        old = self._hover_row
        self._show_hover = shown
        if row is not None:
            self._hover_row = row
        self._refresh_row(old)
        self._refresh_row(self._hover_row)
        if old == HEADER or self._hover_row == HEADER:
            self.refresh(Region(0, 0, self.size.width, 1))

    # -- keys -----------------------------------------------------------------------------
    def action_cursor_up(self) -> None:
        self._set_hover(False)
        self.move_cursor(row=self.cursor_row - 1, scroll=False)

    def action_cursor_down(self) -> None:
        self._set_hover(False)
        self.move_cursor(row=self.cursor_row + 1, scroll=False)

    def action_cursor_right(self) -> None:
        self._set_hover(False)
        self.action_scroll_right()

    def action_cursor_left(self) -> None:
        self._set_hover(False)
        self.action_scroll_left()

    def action_page_down(self) -> None:
        # A page is the rows under the header; the cursor goes that far and the view with it.
        self._set_hover(False)
        height = self.scrollable_content_region.height - 1
        target = self.cursor_row + min(self.row_count - self.cursor_row, height + 1) - 1
        self.scroll_relative(y=height, animate=False, force=True)
        self.move_cursor(row=target, scroll=False)

    def action_page_up(self) -> None:
        self._set_hover(False)
        height = self.scrollable_content_region.height - 1
        target = self.cursor_row - min(self.cursor_row + 1, height + 1) + 1
        self.scroll_relative(y=-height, animate=False)
        self.move_cursor(row=target, scroll=False)

    def action_scroll_top(self) -> None:
        self._set_hover(False)
        self.move_cursor(row=0, scroll=False)

    def action_scroll_bottom(self) -> None:
        self._set_hover(False)
        self.move_cursor(row=self.row_count - 1, scroll=False)

    def action_select_cursor(self) -> None:
        self._set_hover(False)
        if self.row_count:
            self.post_message(self.RowSelected(self, self.cursor_row,
                                               self.row_key_at(self.cursor_row)))

    # -- the mouse (each cell's segments carry its row and column, as DataTable's do) ------
    async def _on_click(self, event: events.Click) -> None:
        self._set_hover(True)
        meta = event.style.meta
        if "row" not in meta or meta["row"] == HEADER or not self.row_count:
            return
        row = meta["row"]
        again = row == self.cursor_row
        self.move_cursor(row=row, scroll=False)
        if again:
            self.action_select_cursor()
            self._show_hover = True
        self._scroll_cursor_into_view(animate=True)
        event.stop()

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        meta = event.style.meta
        if not meta or "row" not in meta:
            self._set_hover(False)
            return
        self._set_hover(True, meta["row"])

    def _on_leave(self, _: events.Leave) -> None:
        self._set_hover(False)

    # -- drawing --------------------------------------------------------------------------
    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()
        self.refresh()

    def _on_resize(self, _: events.Resize) -> None:
        self._lines.clear()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        scroll_x, scroll_y = self.scroll_offset
        base_style = self.rich_style
        row = HEADER if y == 0 else y - 1 + scroll_y
        if row >= self.row_count:
            return Strip.blank(width, base_style)
        hover = self._show_hover and row == self._hover_row
        cursor = row == self.cursor_row
        key = (row, cursor, hover, width, scroll_x, base_style, self.has_focus)
        strip = self._lines.get(key)
        if strip is None:
            strip = self._render_row(row, cursor, hover, width, scroll_x, base_style)
            self._lines[key] = strip
        return strip

    def _render_row(self, row: int, cursor: bool, hover: bool, width: int, scroll_x: int,
                    base_style: Style) -> Strip:
        # As DataTable draws a row with a row cursor: each cell rendered to its column's
        # width with the row's style, the cursor's or the hover's over it, and metadata
        # saying where it is; then the rest of the line in the row's style.
        header = row == HEADER
        if header:
            row_style = self.get_component_styles("datatable--header").rich_style
            cells = [column.label for column in self.columns]
        else:
            if self.zebra_stripes:
                stripe = "datatable--odd-row" if row % 2 else "datatable--even-row"
                row_style = self.get_component_styles(stripe).rich_style
            else:
                row_style = base_style
            cells = self._made(row)[1]
        # A row with fewer cells than columns is blank in the rest, as in DataTable.
        cells = [*cells, *(_EMPTY_TEXT for _ in range(len(self.columns) - len(cells)))]
        component, post = self._cell_styles(header, hover, cursor)
        console = self.app.console
        options = self.app.console_options
        segments: list[Segment] = []
        for number, (column, cell) in enumerate(zip(self.columns, cells)):
            style = row_style + Style.from_meta({"row": row, "column": number})
            lines = console.render_lines(
                Styled(Padding(cell, (0, 0)), pre_style=style + component, post_style=post),
                options.update_dimensions(column.width, 1).update(no_wrap=True))
            segments.extend(lines[0])
        table_width = sum(column.width for column in self.columns)
        extend, _ = self._cell_styles(header, hover, cursor)
        extend_style = row_style + extend + Style.from_meta(
            {"row": row, "column": 0, "out_of_bounds": True})
        segments.append(Segment(" " * max(0, width - table_width), extend_style))
        return (Strip(segments).crop(scroll_x, scroll_x + width)
                .adjust_cell_length(width, base_style).simplify())

    def _cell_styles(self, header: bool, hover: bool, cursor: bool) -> tuple[Style, Style]:
        # The component styles over a cell, and after its own (the cursor's colour wins
        # over the cell's; its background does not), as DataTable's defaults have them.
        get = self.get_component_rich_style
        style = Style()
        if hover:
            style += get("datatable--hover")
            if header:
                style += get("datatable--header-hover")
        if cursor:
            style += get("datatable--cursor")
            if header:
                style += get("datatable--header-cursor")
        return style, Style.from_color(color=style.color)

def _no_row(row: int) -> tuple[str, Sequence]:
    raise IndexError(row)

class ArabicTable(FollowsArabic, RowTable):
    """Rows chosen with Enter (`RowSelected`), Home/End to the first/last row, j/k aliases.

    The cells are laid out for the table's width and the app's Arabic setting, so the
    subclass's `relayout()` refills the table with `fill`, cells cut to the column widths
    (no cell padding: the widths are the cells'). Rows are made when drawn, so a table of
    tens of thousands of rows is filled at once and holds only what has been on screen;
    cells that are `widgets.arabic.Later` are laid out only when drawn."""

    BINDINGS = [
        Binding("home", "scroll_top", "First row", show=False),
        Binding("end", "scroll_bottom", "Last row", show=False),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]
