"""The search panel on its own: debounced, off the UI thread, stale answers dropped."""

from __future__ import annotations

import threading

from textual.app import ComposeResult

from tests.app.helpers import run_async, unique
from widgets.arabic import ArabicApp
from widgets import search_panel
from widgets.search_panel import SearchPanel


def FakeRecord(id, source_id, start, end, text, kind, speaker):   # noqa: N802
    from tui.search.model import Record

    return Record(id, source_id, start, end, text, "quote" if kind == "quotes" else
                  "sentence" if kind == "sentences" else kind, speaker)


def FakeHit(record, score, matches):   # noqa: N802
    from tui.search.model import Hit

    return Hit(record, score, matches, matched=1, words=1)


class FakeIndex:
    """Answers every query with one hit echoing it; records which queries it was asked."""

    def __init__(self) -> None:
        self.queries: list[tuple[str, str]] = []
        self.threads: set[str] = set()

    def search(self, query, scope="quotes", limit=50):
        self.queries.append((query, scope))
        self.threads.add(threading.current_thread().name)
        text = f"قال بوتين {query} اليوم"
        record = FakeRecord("r1", "s2", 100, 100 + len(text), text, scope, "بوتين")
        return [FakeHit(record, 90.0, ((110, 110 + len(query)),))]


class PanelApp(ArabicApp):
    def __init__(self, index) -> None:
        super().__init__()
        self.index = index

    def compose(self) -> ComposeResult:
        panel = SearchPanel()
        panel.index = self.index
        panel.outlets = {"s2": "Source 2"}
        yield panel


@run_async
async def test_typing_searches_once_after_a_pause_and_enter_picks_a_hit(monkeypatch):
    # (the pause is made long here so that a busy machine's slow keystrokes, each sent by
    # Pilot in turn, never look like a pause: what is tested is one search per pause)
    monkeypatch.setattr(search_panel, "DEBOUNCE_SECONDS", 1.0)
    index = FakeIndex()
    messages = []
    app = PanelApp(index)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        app.query_one(SearchPanel).focus_query()
        await pilot.press(*"ترمب")
        await pilot.pause(1.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        # One search for the whole word, not one per keystroke, and not on the UI thread.
        assert index.queries == [("ترمب", "quotes")]
        assert threading.main_thread().name not in index.threads
        searched = [m for m in unique(messages) if isinstance(m, SearchPanel.Searched)]
        assert searched[-1].query == "ترمب" and len(searched[-1].hits) == 1
        await pilot.press("enter", "enter")
        chosen = [m for m in unique(messages) if isinstance(m, SearchPanel.HitChosen)]
        assert chosen and chosen[0].hit.record.source_id == "s2"


@run_async
async def test_scope_toggle_searches_again_in_the_other_scope():
    index = FakeIndex()
    app = PanelApp(index)
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(SearchPanel)
        assert str(panel.border_subtitle) == "scope: quotes"   # shown in the lower border
        panel.focus_query()
        await pilot.press(*"abc")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.press("ctrl+s")
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        assert panel.scope == "sentences"
        assert index.queries[-1] == ("abc", "sentences")
        assert str(panel.border_subtitle) == "1 result · scope: sentences"


@run_async
async def test_a_stale_answer_is_not_shown():
    app = PanelApp(FakeIndex())
    async with app.run_test(size=(80, 24)) as pilot:
        panel = app.query_one(SearchPanel)
        panel.query_text = "new"
        record = FakeRecord("r", "s2", 0, 3, "old", "quotes", None)
        panel.post_message(SearchPanel._Results("old", "quotes", [FakeHit(record, 1.0, ())]))
        await pilot.pause()
        assert panel.hits == []
