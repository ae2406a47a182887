"""A few screenshots at fixed sizes (pytest-textual-snapshot); update with --snapshot-update.

They change when textual or the layout engine changes: look at the report, then accept.
"""

from __future__ import annotations

import pytest

from textual.widgets import Input

from tests.app.helpers import settle as _ready
from tui.app import SummitApp


def test_explorer_narrow_80x24(snap_compare, seeds):
    assert snap_compare(SummitApp(seeds), terminal_size=(80, 24), run_before=_ready)


def test_explorer_wide_120x40(snap_compare, seeds):
    assert snap_compare(SummitApp(seeds), terminal_size=(120, 40), run_before=_ready)


def test_reader_on_a_quote_80x24(snap_compare, seeds):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("2", "n", "n")
        await pilot.pause()

    assert snap_compare(SummitApp(seeds), terminal_size=(80, 24), run_before=run_before)


def test_compare_view_120x40(snap_compare, seeds):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("4", "down", "enter")
        await pilot.pause()

    assert snap_compare(SummitApp(seeds), terminal_size=(120, 40), run_before=run_before)


def test_help_80x24(snap_compare, seeds):
    async def run_before(pilot) -> None:
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(SummitApp(seeds), terminal_size=(80, 24), run_before=run_before)


def _after(*keys: str, wait: float = 0.0, query: str | None = None):
    """Press `keys` once the explorer is ready; with `query`, wait until the search pane
    shows the results of that query (typed among the keys) before pressing the rest."""
    async def run_before(pilot) -> None:
        from tests.app.helpers import explorer
        from widgets.search_panel import SearchPanel

        await _ready(pilot)
        # A blinking cursor is drawn or not depending on when the shot is taken; without
        # blinking it is always drawn where it stands.
        for box in pilot.app.screen.query(Input):
            box.cursor_blink = False
        typed, waiting = "", query
        for key in keys:
            await pilot.press(key)
            if waiting is None:
                continue
            if len(key) == 1:
                typed += key
            if typed == waiting:
                panel = explorer(pilot.app).query_one(SearchPanel)
                for _ in range(200):
                    await pilot.pause(0.05)
                    await _ready(pilot)
                    if panel.shown_query == waiting:
                        break
                waiting = None   # the rest of the keys act on the results
        if wait:
            await pilot.pause(wait)
            await _ready(pilot)
        await pilot.pause()

    return run_before


SIZES = [(80, 24), (120, 40)]
SIZE_IDS = ["80x24", "120x40"]


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_search_by_speaker(snap_compare, seeds, size):
    """speaker:NAME narrows the quotes to one speaker; rows say who (and their type) and
    which statement; the status line says which hit is shown."""
    keys = ["slash", *"speaker:بوتين موسكو"]
    assert snap_compare(SummitApp(seeds), terminal_size=size,
                        run_before=_after(*keys, wait=0.2, query="speaker:بوتين موسكو"))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_a_result_row_opened_to_its_articles(snap_compare, seeds, size):
    keys = ["slash", *"اتصالات مباشرة", "down", "right_square_bracket", "3", "down",
            "space"]
    assert snap_compare(SummitApp(seeds), terminal_size=size,
                        run_before=_after(*keys, wait=0.2, query="اتصالات مباشرة"))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_statements_sorted_by_speaker_and_filtered(snap_compare, seeds, size):
    assert snap_compare(SummitApp(seeds), terminal_size=size,
                        run_before=_after("4", "s", "s", "o", "down"))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_discrepancies_by_keyboard(snap_compare, seeds, size):
    assert snap_compare(SummitApp(seeds), terminal_size=size,
                        run_before=_after("5", "down", "down"))


def test_compare_view_80x24(snap_compare, seeds):
    assert snap_compare(SummitApp(seeds), terminal_size=(80, 24),
                        run_before=_after("4", "down", "enter"))


@pytest.mark.parametrize("size", [(80, 24), (40, 12)], ids=["80x24", "40x12"])
def test_rename_on_the_seeds_offers_a_copy(snap_compare, seeds, size):
    assert snap_compare(SummitApp(seeds), terminal_size=size,
                        run_before=_after("1", "r"))


def test_explorer_40x12(snap_compare, seeds):
    assert snap_compare(SummitApp(seeds), terminal_size=(40, 12), run_before=_ready)


def test_statements_40x12(snap_compare, seeds):
    assert snap_compare(SummitApp(seeds), terminal_size=(40, 12), run_before=_after("4"))
