"""The tables' rows are made when drawn: a table of 100,000 rows makes only what reaches the
screen, answers the same keys as Textual's DataTable with a row cursor, and looks the same."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from tests.app.helpers import run_async
from widgets.arabic import ArabicApp
from widgets.table import ArabicTable, RowTable

ROWS = 100_000
COLUMNS = [("id", Text("id"), 8), ("n", Text("n", justify="right"), 6),
           ("words", Text("words"), 30)]


def cells(n: int) -> list[Text]:
    return [Text(f"r{n}"), Text(str(n * 7), justify="right"), Text(f"row number {n}")]


class Numbers(ArabicTable):
    """Filled as the app's tables are: when laid out for its width."""

    def lay_out(self, width: int) -> None:
        self.fill(COLUMNS, self.app.count, self.app.row)


class TableApp(ArabicApp):
    TITLE = "table"

    def __init__(self, count: int = ROWS, zebra: bool = False) -> None:
        super().__init__()
        self.count, self.zebra = count, zebra
        self.made: list[int] = []
        self.messages: list[tuple[str, int, str]] = []

    def row(self, n: int) -> tuple[str, list[Text]]:
        self.made.append(n)
        return f"key{n}", cells(n)

    def compose(self) -> ComposeResult:
        yield Numbers(zebra_stripes=self.zebra)

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        self.messages.append(("highlighted", event.cursor_row, event.row_key))

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        self.messages.append(("selected", event.cursor_row, event.row_key))


@run_async
async def test_only_the_rows_drawn_are_made():
    app = TableApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(RowTable)
        assert table.row_count == ROWS and not table.filling
        assert table.virtual_size.height == ROWS + 1      # the header and every row
        assert 0 < len(set(app.made)) <= 24                # a screen's worth, not 100,000
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == ROWS - 1
        assert app.messages[-1] == ("highlighted", ROWS - 1, f"key{ROWS - 1}")
        assert len(set(app.made)) <= 48                    # the first and the last screens
        assert int(table.scroll_y) == table.max_scroll_y
        assert [c.plain for c in table.get_row_at(ROWS - 1)] == \
            [c.plain for c in cells(ROWS - 1)]


KEYS = ["down", "down", "up", "j", "pagedown", "pagedown", "k", "pageup", "end", "down",
        "pageup", "home", "up", "ctrl+end", "pageup", "ctrl+home", "pagedown", "right", "left"]


async def _moves(app: App, keys: list[str]) -> list[tuple[int, int]]:
    # (cursor row, first row shown) after each key
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(RowTable) if isinstance(app, TableApp) else \
            app.query_one(DataTable)
        table.focus()
        await pilot.pause()
        found = []
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            found.append((table.cursor_row, int(table.scroll_y)))
        return found


@run_async
async def test_keys_move_the_cursor_and_the_view_as_in_a_data_table():
    ours = await _moves(TableApp(count=1000), KEYS)
    theirs = await _moves(DataTableApp(1000, False), KEYS)
    assert ours == theirs
    assert ours[0][0] == 1 and ours[8][0] == 999 and ours[11][0] == 0


@run_async
async def test_enter_and_clicks_choose_a_row():
    app = TableApp(count=1000)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(RowTable)
        table.focus()
        await pilot.press("down", "enter")
        assert app.messages[-2:] == [("highlighted", 1, "key1"), ("selected", 1, "key1")]
        # A click on a row moves the cursor there; a click on the cursor's row selects it.
        await pilot.click(RowTable, offset=(3, 1 + 5))
        assert table.cursor_row == 5 and app.messages[-1] == ("highlighted", 5, "key5")
        await pilot.click(RowTable, offset=(3, 1 + 5))
        assert app.messages[-1] == ("selected", 5, "key5")
        await pilot.click(RowTable, offset=(3, 0))           # the header: nothing chosen
        assert table.cursor_row == 5 and app.messages[-1] == ("selected", 5, "key5")


@run_async
async def test_a_refill_keeps_the_cursor_within_the_rows():
    app = TableApp(count=50)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.query_one(RowTable)
        table.move_cursor(row=40)
        table.fill(COLUMNS, 50, app.row)
        assert table.cursor_row == 40                       # its row number, as before
        table.fill(COLUMNS, 50, app.row, cursor=7)
        assert table.cursor_row == 7
        table.fill(COLUMNS, 3, app.row)
        assert table.cursor_row == 2 and table.row_count == 3
        table.fill(COLUMNS, 0, app.row)
        assert table.row_count == 0
        table.action_select_cursor()                        # nothing to select: no message
        await pilot.pause()
        assert app.messages[-1][0] == "highlighted"


class OldTable(DataTable):
    """DataTable as the app's tables were before (row cursor, no padding, the same keys)."""

    BINDINGS = ArabicTable.BINDINGS


class DataTableApp(App):
    """The same rows in Textual's DataTable, configured as the tables were before."""

    TITLE = "table"

    def __init__(self, count: int, zebra: bool) -> None:
        super().__init__()
        self.count, self.zebra = count, zebra

    def compose(self) -> ComposeResult:
        yield OldTable(cursor_type="row", cell_padding=0, zebra_stripes=self.zebra)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, label, width in COLUMNS:
            table.add_column(label, key=key, width=width)
        for n in range(self.count):
            table.add_row(*cells(n), key=f"key{n}")


async def _screen(app: App, focus: bool, cursor: int) -> str:
    async with app.run_test(size=(60, 12)) as pilot:
        await pilot.pause()
        table = app.query_one(RowTable) if isinstance(app, TableApp) else \
            app.query_one(DataTable)
        if focus:
            table.focus()
        else:
            app.set_focus(None)
        table.move_cursor(row=cursor)
        await pilot.pause()
        await pilot.pause()
        return app.export_screenshot()


@run_async
async def test_it_looks_like_a_data_table_with_a_row_cursor():
    # Its drawing follows DataTable's (the same component classes, styles and layering), so
    # the app's screens look as they did: the same screen, focused or not, with stripes.
    for zebra in (False, True):
        for focus in (False, True):
            for cursor in (0, 3, 25):
                ours = await _screen(TableApp(count=40, zebra=zebra), focus, cursor)
                theirs = await _screen(DataTableApp(40, zebra), focus, cursor)
                assert ours == theirs, (zebra, focus, cursor)
