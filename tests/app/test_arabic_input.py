"""The search box draws the query as layout() lays it out; cursor and selection on its cells;
in visual mode Left and Right move the cursor on the screen."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.widgets import Input

from tests.app.helpers import run_async
from tui.text.layout import ArabicDisplay, layout
from widgets.arabic import ArabicApp
from widgets.arabic_input import ArabicInput
from widgets.search_panel import SearchPanel

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BARE_LETTERS = re.compile("[\u0621-\u064a]")
MIXED = "ترامب 2025 Alaska"


class FakeIndex:
    def search(self, query, scope="quotes", limit=50):
        return []


class PanelApp(ArabicApp):
    def compose(self) -> ComposeResult:
        panel = SearchPanel()
        panel.index = FakeIndex()
        yield panel


def cells(box: ArabicInput) -> list[tuple[str, object]]:
    """The box's drawn row, one (text, style) per cell of its content width."""
    out: list[tuple[str, object]] = []
    for segment in box.render_line(0):
        for ch in segment.text:
            if cell_len(ch) == 0 and out:
                out[-1] = (out[-1][0] + ch, out[-1][1])
            else:
                out.extend([(ch, segment.style)] * max(1, cell_len(ch)))
    return out[:box.scrollable_content_region.width]


def plain(box: ArabicInput) -> str:
    return "".join(text for text, _ in cells(box))


def cursor_cells(box: ArabicInput) -> list[int]:
    background = box.get_component_rich_style("input--cursor").bgcolor
    return [n for n, (_, style) in enumerate(cells(box)) if style and style.bgcolor == background]


def selected_cells(box: ArabicInput) -> list[int]:
    background = box.get_component_rich_style("input--selection").bgcolor
    return [n for n, (_, style) in enumerate(cells(box)) if style and style.bgcolor == background]


async def typed(pilot, text: str) -> ArabicInput:
    pilot.app.query_one(SearchPanel).focus_query()
    box = pilot.app.query_one(ArabicInput)
    box.cursor_blink = False  # the cursor cell is always drawn
    await pilot.press(*text)
    await pilot.pause()
    return box


async def walk(pilot, key: str) -> list[int]:
    """The positions the cursor stops at while `key` is pressed until it stays put."""
    box = pilot.app.query_one(ArabicInput)
    stops = [box.cursor_position]
    while True:
        await pilot.press(key)
        if box.cursor_position == stops[-1]:
            return stops
        stops.append(box.cursor_position)
        assert len(stops) <= len(box.value) + 1, stops


def laid(box: ArabicInput):
    return layout(box.value, box.scrollable_content_region.width)[0]


def expected_cursor(value: str, line, position: int) -> int:
    """The documented rule, spelled out for these texts: the block sits past the trailing edge
    of the character before the cursor (left of Arabic letters and of the spaces, which are
    at the right-to-left level here; right of digits and Latin)."""
    if position == 0:
        return line.cells.index(0)
    before = position - 1
    cell = line.cells.index(before)
    rtl = BARE_LETTERS.match(value[before]) or value[before] == " "
    return cell - 1 if rtl else cell + 1


@run_async
async def test_an_arabic_query_is_drawn_shaped_and_right_to_left_in_the_box():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "ترامب")
        drawn = plain(box)
        assert drawn == laid(box).plain
        assert PRESENTATION.search(drawn) and not BARE_LETTERS.search(drawn)
        # Right-aligned, first letter at the right edge: the laid-out line, not the stored one.
        assert drawn.rstrip() == drawn and drawn.strip()[-1] == "\ufe97"  # initial teh
        # The box itself shows the laid-out query: there is no echo under it any more.
        assert not app.query("#query-shaped")


@run_async
async def test_left_and_right_move_the_cursor_on_the_screen_over_arabic():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "ترامب")
        line = laid(box)
        width = box.scrollable_content_region.width
        # At the end (just typed): the cell left of the last letter typed, the left edge.
        assert cursor_cells(box) == [line.cells.index(4) - 1] == [width - 6]
        await pilot.press("left")
        assert box.cursor_position == 5 and cursor_cells(box) == [width - 6]
        # Home is the start of the text: in Arabic, the right edge; Right stays there.
        await pilot.press("home", "right")
        assert box.cursor_position == 0 and cursor_cells(box) == [width - 1]
        # Left is one cell to the left: one letter on in the text.
        for position in range(1, 6):
            await pilot.press("left")
            assert box.cursor_position == position
            assert cursor_cells(box) == [width - 1 - position]
        for position in range(4, -1, -1):
            await pilot.press("right")
            assert box.cursor_position == position
            assert cursor_cells(box) == [width - 1 - position]
        await pilot.press("left", "left", "end")
        assert box.cursor_position == 5 and cursor_cells(box) == [width - 6]


@run_async
async def test_the_cursor_cell_over_mixed_arabic_digits_and_latin():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        line = laid(box)
        assert plain(box) == line.plain
        assert line.plain.rstrip().endswith("Alaska 2025 " + line.plain.split()[-1])
        rule = []
        for position in range(len(MIXED) + 1):
            box.cursor_position = position
            await pilot.pause()
            rule.append(expected_cursor(MIXED, line, position))
            assert cursor_cells(box) == [rule[-1]], position
        # Right after "2025" and right after "Alaska": past the number's last digit on its
        # right, and past the word on its right (where the next Latin letter goes).
        assert rule[10] == line.cells.index(9) + 1
        assert rule[len(MIXED)] == line.cells.index(len(MIXED) - 1) + 1


@run_async
async def test_left_walks_mixed_text_cell_by_cell_from_the_right_edge_to_the_left():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        line = laid(box)
        rule = [expected_cursor(MIXED, line, p) for p in range(len(MIXED) + 1)]
        await pilot.press("home")
        leftward = await walk(pilot, "left")
        drawn = [rule[p] for p in leftward]
        # Strictly leftward, from the rightmost cursor cell to the leftmost, missing none.
        assert drawn == sorted(set(rule), reverse=True)
        # Over the Arabic word and its space, across the number from its right end (the
        # cell right of "2025" is the "5"), then into "Alaska" from its right end.
        assert leftward == [0, 1, 2, 3, 4, 5, 6, 8, 7, 17, 16, 15, 14, 13, 12]
        assert cursor_cells(box) == [line.cells.index(12)]  # right of the "A": the edge
        rightward = await walk(pilot, "right")
        assert [rule[p] for p in rightward] == sorted(set(rule))
        assert rightward == [12, 13, 14, 15, 16, 17, 7, 8, 9, 10, 4, 3, 2, 1, 0]
        # Every position but one is reached. The start of "Alaska" (11: after the space,
        # which is right to left here) is drawn on the last "a", as 16 is, and from either
        # side the arrows stop at 16: Ctrl+Right (word starts, logical) gets there.
        assert set(leftward) | set(rightward) == set(range(len(MIXED) + 1)) - {11}
        assert rule[11] == rule[16] == line.cells.index(16)
        await pilot.press("ctrl+right", "ctrl+right")
        assert box.cursor_position == 11 and cursor_cells(box) == [rule[11]]
        # Typing and deleting work there.
        await pilot.press("x")
        assert box.value == "ترامب 2025 xAlaska" and box.cursor_position == 12
        assert plain(box) == laid(box).plain and "xAlaska 2025" in plain(box)
        await pilot.press("backspace")
        assert box.value == MIXED and box.cursor_position == 11
        await pilot.press("delete")
        assert box.value == "ترامب 2025 laska" and plain(box) == laid(box).plain


@run_async
async def test_shift_arrows_select_the_cells_passed_over_and_arrows_collapse_to_a_side():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "ترامب")
        width = box.scrollable_content_region.width
        # From the right edge, three cells leftwards: the three rightmost letters.
        await pilot.press("home", "shift+left", "shift+left", "shift+left")
        assert tuple(box.selection) == (0, 3)
        assert selected_cells(box) == [width - 3, width - 2, width - 1]
        assert cursor_cells(box) == [width - 4]
        # Back one: the moving end goes right, the selection shrinks to two letters.
        await pilot.press("shift+right")
        assert tuple(box.selection) == (0, 2) and selected_cells(box) == [width - 2, width - 1]
        # Without Shift the selection collapses to its end drawn on that side.
        await pilot.press("right")
        assert box.cursor_position == 0 and cursor_cells(box) == [width - 1]
        await pilot.press("shift+left", "shift+left", "left")
        assert box.cursor_position == 2 and cursor_cells(box) == [width - 3]
        # Selected from the left edge rightwards, the moving end is the start of the text.
        await pilot.press("end", *["shift+right"] * 6)
        assert tuple(box.selection) == (5, 0)
        assert cursor_cells(box) == [width - 1]   # drawn over the first letter, selected
        assert selected_cells(box) == list(range(width - 5, width - 1))


@run_async
async def test_a_selection_covers_the_cells_of_the_selected_characters():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        line = laid(box)
        await pilot.press("home", "shift+left", "shift+left", "shift+left")
        assert sorted(box.selection) == [0, 3]
        assert selected_cells(box) == sorted(line.cells.index(o) for o in range(3))
        # On across the space into the number, which is entered from its right end: the
        # selection is the text's first eight characters, wherever they are drawn.
        await pilot.press("shift+left", "shift+left", "shift+left", "shift+left")
        assert tuple(box.selection) == (0, 8)
        assert selected_cells(box) == sorted(line.cells.index(o) for o in range(8))
        # "laska" from the end: leftwards over the word from its right end.
        await pilot.press("end", *["shift+left"] * 5)
        assert tuple(box.selection) == (17, 12)
        marked = set(selected_cells(box)) | set(cursor_cells(box))
        assert marked == {line.cells.index(o) for o in range(12, 17)}
        await pilot.press("right")
        assert box.cursor_position == 17
        # A selection across the boundary: its start is drawn right of its end, so Right
        # collapses to the start, Left to the end.
        await pilot.press("home", *["shift+left"] * 9)
        assert tuple(box.selection) == (0, 17)
        await pilot.press("right")
        assert box.cursor_position == 0
        await pilot.press(*["shift+left"] * 9, "left")
        assert box.cursor_position == 17


@run_async
async def test_a_lam_alef_ligature_and_harakat_keep_their_cells():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        # Pasted: a pressed haraka is no key (the pilot drops it), a pasted one is kept.
        box = await typed(pilot, "")
        box.insert_text_at_cursor("لا مُحَمَّد")
        await pilot.pause()
        assert box.value == "لا مُحَمَّد"
        line = laid(box)
        assert plain(box) == line.plain and "\u064f" in plain(box)
        ligature = next(n for n, offs in enumerate(line.cell_offsets) if offs == (0, 1))
        await pilot.press("home")
        assert cursor_cells(box) == [ligature]
        # Between the lam and the alef, and after the alef: past the ligature, on its left.
        for position in (1, 2):
            box.cursor_position = position
            await pilot.pause()
            assert cursor_cells(box) == [ligature - 1]
        # One cell at a time leftwards: the cell left of the ligature, then of each letter
        # with its harakat, each at the position logically nearest to the last one (before
        # a letter's harakat going left, after them going right).
        await pilot.press("home")
        leftward = await walk(pilot, "left")
        assert leftward == [0, 1, 3, 4, 6, 8, 11]
        assert cursor_cells(box) == [ligature - 6]
        rightward = await walk(pilot, "right")
        assert rightward == [11, 10, 7, 5, 3, 2, 0]
        # Both positions drawn left of the ligature are reached, one from each side.
        # Position 9 (between the fatha and the shadda, on the dal's cell with 8 and 10) is
        # the middle of three on one cell: no arrow stops there; typing there works.
        assert set(leftward) | set(rightward) == set(range(12)) - {9}
        box.cursor_position = 9
        await pilot.press("x")
        assert box.value == "لا مُحَمَxّد" and box.cursor_position == 10
        await pilot.press("backspace")
        assert box.value == "لا مُحَمَّد" and plain(box) == line.plain
        # Selecting the lam alone marks the ligature's cell, the one it is drawn in.
        await pilot.press("home", "shift+left")
        assert selected_cells(box) == [ligature] and cursor_cells(box) == [ligature - 1]
        app.arabic = ArabicDisplay("visual", harakat=False)
        await pilot.pause()
        assert plain(box) == layout(box.value, box.scrollable_content_region.width,
                                    harakat=False)[0].plain
        assert "\u064f" not in plain(box)


@run_async
async def test_a_long_query_scrolls_to_keep_the_cursor_in_the_box():
    app = PanelApp()
    async with app.run_test(size=(24, 12)) as pilot:
        text = "قال الرئيس ترامب اليوم في ألاسكا"
        box = await typed(pilot, text)
        width = box.scrollable_content_region.width
        assert len(text) > width
        whole = layout(text, 200)[0].plain.strip()
        # Typing goes on at the left end; the box shows the left part, the cursor in it.
        assert cursor_cells(box) == [0]
        assert plain(box) == " " + whole[:width - 1]
        await pilot.press("home")
        assert box.scroll_offset.x > 0
        assert cursor_cells(box) == [width - 1]
        assert plain(box) == whole[-width:]
        # The screen cursor (for input methods) is where the block is drawn.
        assert box.cursor_screen_offset.x == box.content_region.x + width - 1
        await pilot.press("end")
        assert box.scroll_offset.x == 0 and cursor_cells(box) == [0]
        # Right from the left end scrolls the box along, the cursor always in sight.
        await pilot.press("right")
        assert box.cursor_position == len(text) - 1 and cursor_cells(box) == [1]
        stops = await walk(pilot, "right")
        assert stops[-1] == 0 and box.scroll_offset.x > 0
        assert cursor_cells(box) == [width - 1]


class SideBySide(ArabicApp):
    """The box and a stock Input, the same value in both."""

    def __init__(self, value: str, mode: str) -> None:
        super().__init__()
        self.value = value
        self.set_reactive(ArabicApp.arabic, ArabicDisplay(mode))

    def compose(self) -> ComposeResult:
        yield ArabicInput(self.value, id="box")
        yield Input(self.value, id="stock")


KEYS = ["end", "left", "left", "shift+left", "shift+left", "left", "right", "shift+right",
        "shift+right", "shift+right", "right", "home", "left", "right", "right",
        "shift+right", "left", "shift+end", "left", "shift+home", "right", *["left"] * 4,
        *["shift+left"] * 20, "right", *["shift+right"] * 20, *["left"] * 20, "end",
        *["right"] * 3, "ctrl+left", "shift+left", "ctrl+right", "left"]


async def keyed(pilot, selector: str) -> list[tuple[int, int]]:
    """The selection after each of KEYS, pressed in the widget `selector`."""
    widget = pilot.app.query_one(selector)
    widget.focus()
    await pilot.pause()
    seen = []
    for key in KEYS:
        await pilot.press(key)
        seen.append(tuple(widget.selection))
    return seen


@run_async
async def test_left_to_right_text_moves_as_in_the_stock_input():
    for value in ("Alaska 2025 ok", "a  b"):
        app = SideBySide(value, "visual")
        async with app.run_test(size=(60, 16)) as pilot:
            box = app.query_one(ArabicInput)
            assert box.moves_on_screen and plain(box) == value + " " * (len(plain(box)) - len(value))
            assert await keyed(pilot, "#box") == await keyed(pilot, "#stock")
            box.focus()
            box.cursor_blink = False
            await pilot.pause()
            for position in range(len(value) + 1):
                box.cursor_position = position
                await pilot.pause()
                assert cursor_cells(box) == [position]


@run_async
async def test_logical_mode_keeps_the_stock_keys_over_arabic():
    app = SideBySide(MIXED, "logical")
    async with app.run_test(size=(60, 16)) as pilot:
        assert await keyed(pilot, "#box") == await keyed(pilot, "#stock")
        box = app.query_one(ArabicInput)
        box.focus()
        await pilot.press("home", "left", "right")
        assert box.cursor_position == 1


@run_async
async def test_logical_mode_draws_the_stored_text_as_the_stock_input_does():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        app.arabic = ArabicDisplay("logical")
        await pilot.pause()
        assert plain(box).rstrip() == MIXED
        assert cursor_cells(box) == [len(MIXED)]
        await pilot.press("home", "right")
        assert cursor_cells(box) == [1]
        app.arabic = ArabicDisplay("visual")
        await pilot.pause()
        assert plain(box) == laid(box).plain


@run_async
async def test_pasted_controls_and_bidi_overrides_never_reach_the_terminal():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "")
        box.insert_text_at_cursor("\x1b[2Jترامب\u202eabc\x07")
        await pilot.pause()
        assert box.value.startswith("\x1b")  # the value keeps what was pasted
        for mode in ("visual", "logical"):
            app.arabic = ArabicDisplay(mode)
            await pilot.pause()
            drawn = plain(box)
            assert not any(ch in drawn for ch in "\x1b\u202e\x07"), (mode, drawn)
            assert "\u241b" in drawn  # the escape shows as its control picture


@run_async
async def test_a_click_puts_the_cursor_on_the_clicked_cell():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "ترامب")
        line = laid(box)
        left = box.content_region.x - box.region.x
        top = box.content_region.y - box.region.y
        await pilot.click(box, offset=(left + line.cells.index(2), top))
        await pilot.pause()
        assert box.cursor_position == 2
        assert cursor_cells(box) == [line.cells.index(2)]
        # Left of the text (the padding of a right-aligned line): the end of the query.
        await pilot.click(box, offset=(left + 1, top))
        await pilot.pause()
        assert box.cursor_position == 5


@run_async
async def test_the_placeholder_shows_while_the_box_is_empty():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "ب")
        await pilot.press("backspace")
        # The longest hint that fits whole: never cut at the box's edge.
        from widgets.search_panel import PLACEHOLDERS

        shown = plain(box).rstrip()
        assert shown in PLACEHOLDERS and shown == box.placeholder
        assert len(shown) <= box.scrollable_content_region.width
