"""Containers that reuse one inside row draw exactly what Textual draws row by row."""

from __future__ import annotations

from textual.app import App
from textual.containers import Vertical
from textual.geometry import Region
from textual.screen import Screen
from textual.widgets import Label

from tests.app.helpers import make_app, run_async, settle
from widgets.plain_inside import Pane, PlainInside


def cells(strips) -> list[list[tuple[str, str]]]:
    return [[(seg.text, str(seg.style)) for seg in strip] for strip in strips]


def as_textual_draws(widget, crop: Region, base: type):
    """The rows as the container's Textual base class renders them, from a clean cache."""
    widget._styles_cache.clear()
    return cells(base.render_lines(widget, crop))


class Panes(App):
    CSS = """
    Pane { border: round red; height: 9; padding: 0 2; background: $panel; }
    #padded { padding: 1 2; }
    #tall { height: 10; overflow-y: scroll; }
    #short { height: 3; }
    """

    def compose(self):
        with Pane(id="titled"):
            yield Label("inside")
        with Pane(id="padded"):
            yield Label("inside")
        with Pane(id="tall"):           # its child overflows it: a scrollbar shows
            yield Label("x\n" * 40)
        with Pane(id="short"):
            yield Label("s")


@run_async
async def test_a_pane_draws_what_a_vertical_draws():
    app = Panes()
    async with app.run_test(size=(40, 40)) as pilot:
        await pilot.pause()
        for pane in app.query(Pane):
            pane.border_title, pane.border_subtitle = "Title", "sub"
        await pilot.pause()
        for pane in app.query(Pane):
            height = pane.size.height
            for crop in (Region(0, 0, pane.size.width, height), Region(0, 1, pane.size.width, 4),
                         Region(3, min(2, height - 1), 7, max(1, height - 2))):
                pane._styles_cache.clear()
                ours = cells(pane.render_lines(crop))
                assert ours == as_textual_draws(pane, crop, Vertical), (pane.id, crop)
                assert len(ours) == crop.height
        assert app.query_one("#tall").show_vertical_scrollbar   # the fallback was exercised


@run_async
async def test_the_explorer_screen_and_its_panes_draw_what_textual_draws(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        full = Region(0, 0, *screen.size)
        screen._styles_cache.clear()
        assert cells(screen.render_lines(full)) == as_textual_draws(screen, full, Screen)
        panes = [w for w in screen.walk_children() if isinstance(w, PlainInside)]
        assert {w.id for w in panes} == {"pane-sources", "pane-statements", "search"}
        for pane in panes:
            crop = Region(0, 0, *pane.size)
            pane._styles_cache.clear()
            assert cells(pane.render_lines(crop)) == as_textual_draws(pane, crop, Vertical)


class EmptyDiscrepancies(App):
    CSS = "DiscrepancyList { height: 10; border-top: solid red; }"

    def compose(self):
        from widgets.discrepancies import DiscrepancyList

        yield DiscrepancyList(id="discrepancies")


@run_async
async def test_an_empty_discrepancy_list_draws_what_an_option_list_draws():
    from textual.widgets import OptionList

    app = EmptyDiscrepancies()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        listing = app.query_one("#discrepancies")
        listing.border_title = "Discrepancies"
        await pilot.pause()
        assert listing.option_count == 0
        for crop in (Region(0, 0, *listing.size), Region(1, 2, 9, 6)):
            listing._styles_cache.clear()
            ours = cells(listing.render_lines(crop))
            assert ours == as_textual_draws(listing, crop, OptionList)
            assert len(ours) == crop.height
