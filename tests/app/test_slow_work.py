"""Slow analysis: the UI answers keys meanwhile, shows progress, and quits without waiting."""

from __future__ import annotations

import threading

from textual.widgets import Footer

import tui.store.analysis
from tests.app.helpers import explorer, make_app, notes, run_async, unique
from tui.screens.explorer import AnalysisProgress


@run_async
async def test_ui_answers_and_quits_while_the_analysis_runs(seeds, monkeypatch):
    started = threading.Event()
    stopped = threading.Event()

    def slow_analyze(corpus, quotes, progress, tick, **_):
        started.set()
        try:
            for step in range(3000):  # ~30 s unless cancelled
                progress(step / 3000, "grouping")
                threading.Event().wait(0.01)
        finally:
            stopped.set()
        raise AssertionError("the analysis was never cancelled")

    monkeypatch.setattr(tui.store.analysis, "analysis_from_quotes", slow_analyze)
    messages = []
    app = make_app(seeds)
    async with app.run_test(size=(80, 24), message_hook=messages.append) as pilot:
        await pilot.pause()
        assert started.wait(5)
        await pilot.pause(0.3)
        screen = explorer(app)
        assert screen.analysis is None
        await pilot.press("tab")
        assert screen.active_pane == "reader"
        progress = [m.fraction for m in unique(messages) if isinstance(m, AnalysisProgress)]
        assert progress and 0 < max(progress) < 1
        assert screen.query_one("#status").display
        bar = screen.query_one("#status")
        drawn = bar.render().plain
        assert 0 < bar.fraction < 1 and drawn.endswith(f"{round(bar.fraction * 100):3d}%")
        assert len(drawn) == bar.size.width
        # the progress line sits on the row above the footer, not under it
        status, footer = screen.query_one("#status"), screen.query_one(Footer)
        assert status.region.height == 1 and not status.region.overlaps(footer.region)
        assert status.region.bottom == footer.region.y == 23
        await pilot.press("q")
    assert stopped.wait(5)


@run_async
async def test_a_failed_analysis_is_reported_not_swallowed(seeds, monkeypatch):
    def broken(corpus, quotes, progress, tick, **_):
        raise RuntimeError("grouping exploded")

    monkeypatch.setattr(tui.store.analysis, "analysis_from_quotes", broken)
    app = make_app(seeds)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        # Not workers.wait_for_complete(): it raises the failed worker's error itself when
        # it looks before the worker is gone, which made this test fail on a busy machine.
        for _ in range(200):
            await pilot.pause(0.05)
            if any("grouping exploded" in note for note in notes(app)):
                break
        assert any("grouping exploded" in note for note in notes(app))
        assert explorer(app).analysis is None
