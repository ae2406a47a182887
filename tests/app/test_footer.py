"""The footer at the smallest supported terminal: the keys that lead to every other key show."""

from __future__ import annotations

from tests.app.helpers import make_app, run_async, settle
from widgets.footer import KeyFooter


def visible_keys(app, width: int) -> list[str]:
    footer = app.screen.query_one(KeyFooter)
    assert footer.region.right <= width
    return footer.shown_keys()


@run_async
async def test_help_and_quit_are_in_sight_at_80_columns_whatever_has_focus(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for pane in ("1", "2", "4"):     # sources, reader, statements
            await pilot.press(pane)
            await pilot.pause()
            shown = visible_keys(app, 80)
            assert shown[:2] == ["question_mark", "q"], shown
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


@run_async
async def test_the_focused_pane_keys_follow_help_and_quit(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("1")
        await pilot.pause()
        shown = visible_keys(app, 120)
        assert "r" in shown           # rename outlet, the sources pane's own key
        assert len(shown) == len(set(shown))


@run_async
async def test_a_click_on_a_key_in_the_footer_presses_it(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.click(KeyFooter, offset=(2, 0))    # " ? Help " starts the line
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
