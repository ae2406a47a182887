"""Textual's Input still has the private parts widgets/input_cells.py builds on, and still
uses them the way ArabicInput relies on: where the cursor is drawn and scrolled to, and which
position a click lands on. If Textual changes any of them these tests fail, saying so."""

from __future__ import annotations

import inspect

from textual.app import App, ComposeResult
from textual.reactive import Reactive
from textual.widgets import Input

from tests.app.helpers import run_async
from widgets.input_cells import CellMappedInput

CHANGED = ("Textual's Input changed ({what}): widgets/input_cells.py relies on it; adapt that "
           "module and the textual range in pyproject.toml")


def test_input_has_the_private_names_the_adapter_overrides():
    cursor_offset = inspect.getattr_static(Input, "_cursor_offset", None)
    assert isinstance(cursor_offset, property), CHANGED.format(what="_cursor_offset")
    to_index = inspect.getattr_static(Input, "_cell_offset_to_index", None)
    assert callable(to_index) and list(inspect.signature(to_index).parameters) == \
        ["self", "offset"], CHANGED.format(what="_cell_offset_to_index(offset)")
    blink = inspect.getattr_static(Input, "_cursor_visible", None)
    assert isinstance(blink, Reactive), CHANGED.format(what="_cursor_visible")


class Mirrored(CellMappedInput):
    """Draws nothing of its own; maps position p to cell 20 - p, as a right-to-left box."""

    def cursor_cell(self) -> int:
        return 20 - self.cursor_position

    def position_at_cell(self, cell: int) -> int:
        return max(0, min(len(self.value), 20 - cell))


class Host(App):
    def compose(self) -> ComposeResult:
        yield Mirrored("abcde")


@run_async
async def test_input_puts_the_cursor_and_maps_clicks_through_the_adapter():
    app = Host()
    async with app.run_test(size=(40, 5)) as pilot:
        box = app.query_one(Mirrored)
        box.focus()
        box.cursor_position = 2
        await pilot.pause()
        x = box.content_region.x - int(box.scroll_offset.x)
        assert box.cursor_screen_offset.x == x + 18, CHANGED.format(
            what="cursor_screen_offset no longer comes from _cursor_offset")
        left = box.content_region.x - box.region.x
        await pilot.click(Mirrored, offset=(left + 17, 0))
        await pilot.pause()
        assert box.cursor_position == 3, CHANGED.format(
            what="a click no longer maps through _cell_offset_to_index")
        assert box.cursor_shown in (True, False), CHANGED.format(what="_cursor_visible")
