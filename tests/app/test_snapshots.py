"""A few screenshots at fixed sizes (pytest-textual-snapshot); update with --snapshot-update.

They change when textual or the layout engine changes: look at the report, then accept.
"""

from __future__ import annotations

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
