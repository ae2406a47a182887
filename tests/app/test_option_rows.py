"""Options made when drawn: a list of 100,000 makes only what reaches the screen, and it looks
and answers keys as Textual's OptionList with the same options."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tests.app.helpers import run_async
from widgets.options import OptionRows

MORE = "  … and 1,234 more (`summit-tui discrepancies` lists all), a line long enough to wrap"


def prompt(n: int) -> Text:
    # Every fifth option a disabled heading; every seventh heading's successor a long line.
    if n % 5 == 0:
        heading = Text(f"topic {n}")
        heading.stylize("bold")
        return heading
    if n % 35 == 1:
        return Text(MORE, style="dim")
    return Text(f"  outlet {n % 3}: value {n * 11}")


def disabled(n: int) -> bool:
    return n % 5 == 0 or n % 35 == 1


class RowsApp(App):
    TITLE = "options"

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.made: list[int] = []
        self.chosen: list[int] = []

    def make(self, n: int) -> Text:
        self.made.append(n)
        return prompt(n)

    def compose(self) -> ComposeResult:
        yield OptionRows()

    def on_mount(self) -> None:
        rows = self.query_one(OptionRows)
        rows.fill(self.count, self.make, disabled,
                  tall=[n for n in range(self.count) if n % 35 == 1])

    def on_option_rows_selected(self, event: OptionRows.Selected) -> None:
        self.chosen.append(event.index)


class ListApp(App):
    TITLE = "options"

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.chosen: list[int] = []

    def compose(self) -> ComposeResult:
        yield OptionList()

    def on_mount(self) -> None:
        self.query_one(OptionList).add_options(
            Option(prompt(n), id=str(n), disabled=disabled(n)) for n in range(self.count))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.chosen.append(event.option_index)


@run_async
async def test_only_the_options_drawn_are_made():
    app = RowsApp(100_000)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        rows = app.query_one(OptionRows)
        assert rows.option_count == 100_000 and rows.highlighted is None
        # The long lines were measured (2,858 of them); the rest made only when drawn.
        assert len(set(app.made) - {n for n in range(100_000) if n % 35 == 1}) <= 20
        rows.focus()
        await pilot.press("end")
        assert rows.highlighted == 99_999
        await pilot.press("enter")
        assert app.chosen == [99_999]
        assert len(set(app.made) - {n for n in range(100_000) if n % 35 == 1}) <= 40


KEYS = ["down", "down", "down", "down", "down", "up", "pagedown", "pagedown", "pageup", "end",
        "down", "up", "home", "up", "pageup", "pagedown", "enter"]


async def _session(app: App, keys: list[str]) -> tuple[list, list[str], list[int]]:
    # (highlighted and scroll after each key, a screenshot after each, what was chosen)
    async with app.run_test(size=(50, 14)) as pilot:
        await pilot.pause()
        widget = app.query_one(OptionRows) if isinstance(app, RowsApp) else \
            app.query_one(OptionList)
        states, screens = [], [app.export_screenshot()]
        widget.focus()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            states.append((widget.highlighted, int(widget.scroll_y)))
            screens.append(app.export_screenshot())
        await pilot.click(type(widget), offset=(4, 3))
        await pilot.pause()
        states.append((widget.highlighted, int(widget.scroll_y)))
        screens.append(app.export_screenshot())
        return states, screens, app.chosen


@run_async
async def test_it_looks_and_moves_like_an_option_list():
    ours = await _session(RowsApp(80), KEYS)
    theirs = await _session(ListApp(80), KEYS)
    assert ours[0] == theirs[0]             # the highlight and the view, key by key
    assert ours[2] == theirs[2] and ours[2]  # what Enter and the click chose
    for n, (mine, reference) in enumerate(zip(ours[1], theirs[1])):
        assert mine == reference, n


class DiscrepancyApp(App):
    def __init__(self, discrepancies) -> None:
        super().__init__()
        self.discrepancies = discrepancies
        self.claims: list = []

    def compose(self) -> ComposeResult:
        from widgets.discrepancies import DiscrepancyList

        listing = DiscrepancyList()
        listing.outlets = {"a": "Outlet A", "b": "Outlet B"}
        listing.discrepancies = self.discrepancies
        yield listing

    def on_discrepancy_list_claim_chosen(self, message) -> None:
        self.claims.append(message.claim)


@run_async
async def test_the_discrepancies_list_topics_their_first_claims_and_how_many_more():
    from tui.quotes.model import Claim, Discrepancy
    from widgets.arabic import ArabicApp
    from widgets.discrepancies import CLAIMS_SHOWN, DiscrepancyList

    class App_(ArabicApp, DiscrepancyApp):
        pass

    def claims(n: int, count: int) -> tuple[Claim, ...]:
        return tuple(Claim("ab"[k % 2], k, k + 2, f"نص {k}", f"{n}-{k}") for k in range(count))

    discrepancies = (Discrepancy("topic one", claims(1, 3)),
                     Discrepancy("topic two", claims(2, CLAIMS_SHOWN + 4)),
                     Discrepancy("topic three", claims(3, 2)))
    app = App_(discrepancies)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        listing = app.query_one(DiscrepancyList)
        # topic, 3 claims; topic, 8 claims, "4 more"; topic, 2 claims
        assert listing.option_count == 4 + 10 + 3
        assert [listing.claim_at(n) for n in (0, 4, 13, 14)] == [None, None, None, None]
        assert listing.claim_at(1) is discrepancies[0].claims[0]
        assert listing.claim_at(12) is discrepancies[1].claims[CLAIMS_SHOWN - 1]
        assert listing.claim_at(16) is discrepancies[2].claims[1]
        listing.focus()
        await pilot.press("down", "down", "down", "down", "enter")   # past the second topic
        assert app.claims == [discrepancies[1].claims[0]]
        await pilot.press("end", "enter")
        assert app.claims[-1] is discrepancies[2].claims[-1]
