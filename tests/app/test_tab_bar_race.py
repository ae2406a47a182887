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


@run_async
async def test_a_pane_chosen_while_the_tab_bar_has_no_tabs_yet_is_shown(seeds):
    # The bar is in the screen a moment before its tabs are (they mount with it, after it
    # joins): `/` pressed then once ended the app with "No Tab with id 'tab-search'". Its
    # tabs taken away stands for that moment.
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = explorer(app)
        await settle(pilot)
        await screen.query_one("#pane-tabs", Tabs).clear()
        await pilot.press("slash")
        await settle(pilot)
        assert app.is_running and screen.active_pane == "search"
        assert [p for p in PANES if screen.pane(p).display] == ["search"]
        assert screen.query_one("#query").has_focus
