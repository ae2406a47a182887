"""Shared by the app tests: start the app on a corpus and wait until the analysis is in."""

from __future__ import annotations

from tui.app import SummitApp


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def make_app(corpus, **kwargs) -> SummitApp:
    return SummitApp(corpus, **kwargs)


def notes(app) -> list[str]:
    return [n.message for n in app._notifications]


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
