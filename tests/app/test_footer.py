"""The footer at the smallest supported terminal: the keys that lead to every other key show."""

from __future__ import annotations

from textual.widgets._footer import FooterKey

from tests.app.helpers import make_app, run_async, settle


def visible_keys(app, width: int) -> list[str]:
    return [key.key for key in app.screen.query(FooterKey)
            if key.region.width and key.region.right <= width]


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
