"""The row table behind the sources and the matrix: cells fitted, a header that stays, a
cursor that keys and clicks move and that the view follows."""

from __future__ import annotations

from rich.text import Text
from textual.app import App

from tests.app.helpers import run_async
from widgets.row_table import RowTable, fit


def test_fit_places_cells_as_a_rich_table_would():
    assert fit(Text("ab"), 5).plain == "ab   "
    assert fit(Text("ab ", justify="right"), 5).plain == "   ab"
    assert fit(Text("ab", justify="center"), 5).plain == " ab  "
    assert fit(Text("abcdef"), 4).plain == "abcd"
    # A left cell's own style stays on its text; its padding is plain.
    cell = fit(Text("ab", style="bold"), 4)
    assert [(s.start, s.end, str(s.style)) for s in cell.spans] == [(0, 2, "bold")]


class Table(App):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows
        self.events: list[tuple[str, int, str]] = []

    def compose(self):
        yield RowTable(id="table", zebra_stripes=True)

    def on_mount(self) -> None:
        table = self.query_one(RowTable)
        table.add_column(Text("n"), key="n", width=4)
        table.add_column(Text("word"), key="word", width=10)
        for n in range(self.rows):
            table.add_row(Text(str(n), justify="right"), Text(f"w{n}"), key=f"k{n}")
        table.focus()

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        self.events.append(("highlighted", event.row, event.key))

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        self.events.append(("selected", event.row, event.key))


def _lines(app) -> list[str]:
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


@run_async
async def test_keys_move_the_cursor_and_enter_chooses_the_row():
    app = Table(5)
    async with app.run_test(size=(30, 10)) as pilot:
        table = app.query_one(RowTable)
        assert table.row_count == 5 and table.cursor_row == 0
        await pilot.press("down", "down")
        assert table.cursor_row == 2
        await pilot.press("up")
        assert table.cursor_row == 1
        await pilot.press("end")
        assert table.cursor_row == 4
        await pilot.press("down")          # stays on the last row
        assert table.cursor_row == 4
        await pilot.press("home", "enter")
        await pilot.pause()
        assert table.cursor_row == 0
        assert app.events[-2:] == [("highlighted", 0, "k0"), ("selected", 0, "k0")]
        assert ("highlighted", 4, "k4") in app.events


@run_async
async def test_a_click_on_a_row_chooses_it_and_a_click_on_the_header_does_not():
    app = Table(5)
    async with app.run_test(size=(30, 10)) as pilot:
        await pilot.click(RowTable, offset=(2, 3))   # the header is line 0: row 2
        await pilot.pause()
        assert app.query_one(RowTable).cursor_row == 2
        assert app.events[-1] == ("selected", 2, "k2")
        count = len(app.events)
        await pilot.click(RowTable, offset=(2, 0))
        await pilot.pause()
        assert len(app.events) == count


@run_async
async def test_the_view_follows_the_cursor_and_the_header_stays_on_top():
    app = Table(200)
    async with app.run_test(size=(30, 10)) as pilot:
        table = app.query_one(RowTable)
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        row = table.cursor_row
        assert row > 10
        lines = _lines(app)
        assert lines[0].startswith("n   word")
        # The cursor's row is on screen, under the header.
        assert any(line.startswith(f"{row:>4}w{row} ") for line in lines[1:])
        await pilot.press("home")
        await pilot.pause()
        assert _lines(app)[1].startswith("   0w0 ")


@run_async
async def test_clearing_the_rows_keeps_the_columns_unless_asked():
    app = Table(3)
    async with app.run_test(size=(30, 10)) as pilot:
        table = app.query_one(RowTable)
        table.clear()
        await pilot.pause()
        assert table.row_count == 0 and list(table.columns) == ["n", "word"]
        table.clear(columns=True)
        assert table.columns == {}


@run_async
async def test_rows_below_the_last_are_drawn_once_and_as_textual_draws_them():
    from textual.geometry import Region
    from textual.scroll_view import ScrollView

    def cells(strips):
        return [[(seg.text, str(seg.style)) for seg in strip] for strip in strips]

    for rows in (0, 3, 40):                      # empty, short, scrolled with a scrollbar
        app = Table(rows)
        async with app.run_test(size=(30, 12)) as pilot:
            table = app.query_one(RowTable)
            await pilot.press("down", "down")
            await pilot.pause()
            for crop in (Region(0, 0, *table.size), Region(2, 3, 10, 5)):
                table._styles_cache.clear()
                ours = cells(table.render_lines(crop))
                table._styles_cache.clear()
                theirs = cells(ScrollView.render_lines(table, crop))
                assert ours == theirs, (rows, crop)
                assert len(ours) == crop.height
