"""A corpus of many thousands of articles: the panes list their rows at once and keys are
answered while the analysis runs."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

from textual import events

import tui.store
from tests.app.helpers import explorer, make_app, run_async
from tui.corpus.model import Corpus
from widgets.sources import SourceList

ARTICLES = 6000


def many(seeds) -> Corpus:
    sources = tuple(replace(source, id=f"{n:05d}-{source.id}",
                            title=f"{source.title} {n}")
                    for n in range(ARTICLES // len(seeds.sources) + 1)
                    for source in seeds.sources)[:ARTICLES]
    return Corpus(seeds.root, sources)


@run_async
async def test_sources_listed_and_keys_answered_before_the_rest(seeds, monkeypatch):
    release = threading.Event()
    entered = threading.Event()

    def slow_open(corpus, *, progress=None, **kwargs):
        # The analysis of 6,000 articles, as long as the test wants it to be.
        entered.set()
        while not release.wait(0.01):
            pass
        raise RuntimeError("stopped by the test")

    monkeypatch.setattr(tui.store, "open_loaded", slow_open)
    corpus = many(seeds)
    app = make_app(corpus)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await check(pilot, corpus, entered, release)
    finally:
        release.set()


async def check(pilot, corpus, entered, release) -> None:
    app = pilot.app
    for _ in range(500):
        if entered.is_set():
            break
        await pilot.pause(0.01)
    screen = explorer(app)
    sources = screen.query_one(SourceList)
    assert entered.is_set() and screen.busy
    # Every row is listed at once (a row is made only when drawn: nothing is left to join).
    assert sources.row_count == ARTICLES and not sources.filling
    assert sources.current_id == corpus.sources[0].id
    assert str(sources.get_row_at(0)[-1]).strip()   # its title, laid out when drawn
    # A key, as the terminal sends it, is answered while the analysis runs.
    app.post_message(events.Key("j", "j"))
    for _ in range(200):
        if sources.cursor_row == 1:
            break
        await asyncio.sleep(0.005)
    assert sources.cursor_row == 1 and screen.busy
    await pilot.press("end")
    assert sources.current_id == corpus.sources[-1].id
    release.set()
