"""The footer at the smallest supported terminal: `?` and `q` first, the focused pane's keys,
and no key cut at the right edge."""

from __future__ import annotations

from textual.widgets import Footer

from tests.app.helpers import make_app, run_async, settle


def footer_keys(app, width: int) -> list[str]:
    """The keys the footer shows, left to right, each drawn whole within `width` columns."""
    footer = app.screen.query_one(Footer)
    keys = [key for key in footer.query("FooterKey") if key.display]
    for key in keys:
        assert key.region.right <= width, f"{key.key} is cut at the edge"
    palette = [key for key in keys if key.has_class("-command-palette")]
    left = [key for key in keys if key not in palette]
    if palette:   # (narrow terminals leave ^p to `?`)
        assert all(key.region.right <= palette[0].region.x for key in left), "keys overlap ^p"
    return [key.key for key in sorted(left, key=lambda k: k.region.x)]


@run_async
async def test_help_quit_and_the_pane_keys_fit_at_80_columns_whatever_has_focus(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for pane, own in (("1", ["r"]), ("2", []), ("4", ["s", "o"])):
            await pilot.press(pane)
            await pilot.pause()
            shown = footer_keys(app, 80)
            assert shown[:2] == ["question_mark", "q"], shown
            assert shown[2:2 + len(own)] == own, shown
            assert len(shown) == len(set(shown))
        # In the search box `?` and `q` are typed: the box's own keys lead.
        await pilot.press("3")
        await pilot.pause()
        assert footer_keys(app, 80)[0] == "ctrl+s"
        await pilot.press("escape", "1", "question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


@run_async
async def test_a_click_on_a_key_in_the_footer_presses_it(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.click("FooterKey", offset=(0, 0))    # "? Help" starts the line
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
