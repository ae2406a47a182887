"""The search box draws the query as layout() lays it out; cursor and selection on its cells."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.app import App, ComposeResult

from tests.app.helpers import run_async
from tui.text.layout import layout
from widgets.arabic_input import ArabicInput
from widgets.search_panel import SearchPanel

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BARE_LETTERS = re.compile("[\u0621-\u064a]")
MIXED = "ترامب 2025 Alaska"


class FakeIndex:
    def search(self, query, scope="quotes", limit=50):
        return []


class PanelApp(App):
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
async def test_the_cursor_cell_follows_left_right_home_end_over_arabic():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "ترامب")
        line = laid(box)
        width = box.scrollable_content_region.width
        # At the end (just typed): the cell left of the last letter typed.
        assert cursor_cells(box) == [line.cells.index(4) - 1] == [width - 6]
        await pilot.press("home")
        assert box.cursor_position == 0 and cursor_cells(box) == [width - 1]
        # Right is one letter on in the text: in Arabic, one cell to the left.
        for position in range(1, 6):
            await pilot.press("right")
            assert box.cursor_position == position
            assert cursor_cells(box) == [width - 1 - position]
        await pilot.press("left", "left")
        assert cursor_cells(box) == [width - 4]
        await pilot.press("end")
        assert cursor_cells(box) == [width - 6]


@run_async
async def test_the_cursor_cell_over_mixed_arabic_digits_and_latin():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        line = laid(box)
        assert plain(box) == line.plain
        assert line.plain.rstrip().endswith("Alaska 2025 " + line.plain.split()[-1])
        await pilot.press("home")
        seen = []
        for position in range(len(MIXED) + 1):
            if position:
                await pilot.press("right")
            assert box.cursor_position == position
            seen.append(cursor_cells(box))
            assert seen[-1] == [expected_cursor(MIXED, line, position)], position
        # Right after "2025" and right after "Alaska": past the number's last digit on its
        # right, and past the word on its right (where the next Latin letter goes).
        assert seen[10] == [line.cells.index(9) + 1]
        assert seen[len(MIXED)] == [line.cells.index(len(MIXED) - 1) + 1]
        for position in range(len(MIXED) - 1, -1, -1):
            await pilot.press("left")
            assert cursor_cells(box) == seen[position]


@run_async
async def test_a_selection_covers_the_cells_of_the_selected_characters():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        line = laid(box)
        await pilot.press("home", "shift+right", "shift+right", "shift+right")
        assert sorted(box.selection) == [0, 3]
        assert selected_cells(box) == sorted(line.cells.index(o) for o in range(3))
        # "2025 Alaska" from the end: two left-to-right runs and the space between them.
        await pilot.press("end", *["shift+left"] * 11)
        assert sorted(box.selection) == [6, 17]
        marked = set(selected_cells(box)) | set(cursor_cells(box))
        assert marked == {line.cells.index(o) for o in range(6, 17)}


@run_async
async def test_a_lam_alef_ligature_and_harakat_keep_their_cells():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, "لا مُحَمَّد")
        line = laid(box)
        assert plain(box) == line.plain
        ligature = next(n for n, offs in enumerate(line.cell_offsets) if offs == (0, 1))
        await pilot.press("home")
        assert cursor_cells(box) == [ligature]
        # Between the lam and the alef, and after the alef: past the ligature, on its left.
        await pilot.press("right")
        assert cursor_cells(box) == [ligature - 1]
        await pilot.press("right")
        assert cursor_cells(box) == [ligature - 1]
        # Selecting the lam alone marks the ligature's cell, the one it is drawn in.
        await pilot.press("home", "shift+right")
        assert selected_cells(box) == [ligature] and cursor_cells(box) == [ligature - 1]
        app.query_one(SearchPanel).harakat = False
        await pilot.pause()
        assert box.harakat is False
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


@run_async
async def test_logical_mode_draws_the_stored_text_as_the_stock_input_does():
    app = PanelApp()
    async with app.run_test(size=(60, 16)) as pilot:
        box = await typed(pilot, MIXED)
        app.query_one(SearchPanel).mode = "logical"
        await pilot.pause()
        assert box.mode == "logical"
        assert plain(box).rstrip() == MIXED
        assert cursor_cells(box) == [len(MIXED)]
        await pilot.press("home", "right")
        assert cursor_cells(box) == [1]
        app.query_one(SearchPanel).mode = "visual"
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
            app.query_one(SearchPanel).mode = mode
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
        assert plain(box).startswith("search quotes (Arabic or English)")
