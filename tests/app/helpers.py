"""Shared by the app tests: start the app on a corpus and wait until the analysis is in."""

from __future__ import annotations

from tui.app import SummitApp


async def settle(pilot, timeout: float = 30.0) -> None:
    """Wait until the explorer has read and analysed its corpus (or reported failing to)."""
    import time

    from tui.screens.explorer import ExplorerScreen

    app = pilot.app
    deadline = time.monotonic() + timeout
    while True:
        await pilot.pause()
        await app.workers.wait_for_complete()
        explorer = next((s for s in app.screen_stack if isinstance(s, ExplorerScreen)), None)
        if explorer is None or not explorer.busy:
            break
        assert time.monotonic() < deadline, "the explorer never finished loading"
        await pilot.pause(0.05)
    await pilot.pause()


async def search_for(pilot, query: str, timeout: float = 10.0):
    """Type `query` into the search box (`/` first, unless the box has the focus) and wait
    until the search pane shows its results; returns the pane."""
    import time

    from textual.widgets import Input

    from widgets.search_panel import SearchPanel

    panel = explorer(pilot.app).query_one(SearchPanel)
    if not (isinstance(pilot.app.focused, Input) and pilot.app.focused in panel.query(Input)):
        await pilot.press("slash")
    await pilot.press(*query)
    deadline = time.monotonic() + timeout
    while panel.shown_query != query:
        assert time.monotonic() < deadline, f"the search for {query!r} never showed"
        await pilot.pause(0.05)
    await settle(pilot)
    return panel


class NotedApp(SummitApp):
    """The app, keeping the text of every notification it shows (Textual's Notify message)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.notes: list[str] = []

    def on_notify(self, event) -> None:
        self.notes.append(event.notification.message)


def make_app(corpus=None, **kwargs) -> NotedApp:
    return NotedApp(corpus, **kwargs)


def explorer(app):
    """The app's explorer screen (the first on its stack, under any dialog)."""
    from tui.screens.explorer import ExplorerScreen

    return next(s for s in app.screen_stack if isinstance(s, ExplorerScreen))


def notes(app: NotedApp) -> list[str]:
    return app.notes


def run_async(test):
    """Run an async test body with asyncio (the project adds no pytest async plugin)."""
    import asyncio
    import functools

    @functools.wraps(test)
    def wrapper(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))

    return wrapper


def unique(messages: list) -> list:
    """Each message once: the hook sees a message again at every node it bubbles through."""
    seen: set[int] = set()
    out = []
    for message in messages:
        if id(message) not in seen:
            seen.add(id(message))
            out.append(message)
    return out
