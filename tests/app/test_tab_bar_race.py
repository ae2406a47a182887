"""A pane chosen by key before the narrow layout's tab bar has joined (it is Lazy: it mounts
after the first frame) stays chosen: the bar's own first activation does not undo it."""

from __future__ import annotations

from textual.widgets import Tabs

from tests.app.helpers import explorer, make_app, run_async, settle
from tui.screens.explorer import PANES


@run_async
async def test_a_pane_chosen_before_the_tab_bar_joins_stays_chosen(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = explorer(app)
        joined_before = bool(screen.query("#pane-tabs"))
        await pilot.press("2")
        await settle(pilot)
        assert screen.query_one(Tabs).active == "tab-reader"
        assert screen.active_pane == "reader"
        assert [p for p in PANES if screen.pane(p).display] == ["reader"]
        # The race this guards against needs the key in before the bar: if the bar came
        # first the test proves nothing, and says so.
        assert not joined_before, "the tab bar joined before the first key"
