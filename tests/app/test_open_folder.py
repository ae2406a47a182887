"""The app reading a folder itself (as `summit-tui DIR` does): progress, then the panes fill."""

from __future__ import annotations

import shutil

from tests.app.helpers import explorer, make_app, run_async, settle, unique
from tui.corpus.loader import seeds_dir
from tui.screens.explorer import AnalysisProgress, CorpusOpened
from widgets.sources import SourceList


@run_async
async def test_a_folder_is_read_in_the_worker_with_progress(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    messages = []
    app = make_app(None, path=str(folder))
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        screen = explorer(app)
        assert screen.corpus is not None and screen.corpus.ids == ("s1", "s2", "s3", "s4", "s5")
        assert screen.analysis is not None and screen.analysis.statements
        assert screen.index is not None
        assert [r.id for r in screen.query_one(SourceList).entries] == list(screen.corpus.ids)
        assert screen.current_source == "s1"
        seen = unique(messages)
        stages = {m.stage for m in seen if isinstance(m, AnalysisProgress)}
        assert "grouping statements across outlets" in stages
        assert sum(isinstance(m, CorpusOpened) for m in seen) == 1
        # The status line is back from the progress bar to what is open.
        status = screen.query_one("#status")
        assert status.fraction is None
        quotes = len(screen.analysis.quotes)
        assert status.render().plain.startswith(
            f" Putin–Trump Alaska summit · 5 sources · {quotes} q")


@run_async
async def test_the_bundled_seeds_open_when_no_folder_is_given():
    app = make_app(None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert explorer(app).corpus.bundled
        assert explorer(app).analysis is not None


@run_async
async def test_the_seeds_are_listed_and_shown_in_the_first_frame(monkeypatch):
    # The analysis never starts here: what the user sees first must not wait for it.
    from tui.screens.explorer import ExplorerScreen
    from widgets.reader import Reader

    monkeypatch.setattr(ExplorerScreen, "_analyse", lambda self, corpus, path: None)
    app = make_app(None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = explorer(app)
        assert screen.busy and screen.analysis is None
        assert [r.id for r in screen.query_one(SourceList).entries] == list(screen.corpus.ids)
        assert screen.query_one(SourceList).row_count == 5
        assert screen.current_source == "s1"
        reader = screen.query_one(Reader)
        assert reader.source.id == "s1" and reader.virtual_size.height > 10
        assert any(reader.render_line(y).text.strip() for y in range(3))


@run_async
async def test_a_broken_manifest_is_reported_and_the_app_still_quits(tmp_path):
    (tmp_path / "a.txt").write_text("مرحبا\n", encoding="utf-8")
    (tmp_path / "sources.toml").write_text("[[source]\n", encoding="utf-8")
    app = make_app(None, path=str(tmp_path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.pause(0.2)
    # Nothing to show: the app ends with status 2 and one line for launch to print, as a
    # folder that does not exist does (not a sticky error over an empty window).
    assert app.return_code == 2
    assert "malformed manifest" in app.exit_error and "sources.toml" in app.exit_error


@run_async
async def test_search_works_while_statements_are_still_grouped(tmp_path, monkeypatch):
    """A big folder's grouping takes a while after its quotations and index are in: the
    search pane finds quotations meanwhile."""
    import threading

    import tui.store.analysis
    from widgets.search_panel import SearchPanel

    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    grouping, release = threading.Event(), threading.Event()
    real = tui.store.analysis.cached_groups

    def slow_groups(opened, group, *args):
        grouping.set()
        release.wait(20)
        return real(opened, group, *args)

    monkeypatch.setattr(tui.store.analysis, "cached_groups", slow_groups)
    app = make_app(None, path=str(folder))
    async with app.run_test(size=(120, 40)) as pilot:
        try:
            for _ in range(200):
                await pilot.pause(0.05)
                if grouping.is_set():
                    break
            assert grouping.is_set()
            screen = explorer(app)
            assert screen.analysis is None and screen.busy        # still grouping
            await pilot.press("slash", *"ترمب")
            await pilot.pause(0.5)
            hits = screen.query_one(SearchPanel).hits
            assert hits and any("ترامب" in h.record.text or "ترمب" in h.record.text
                                for h in hits)
        finally:
            release.set()
        await settle(pilot)
        assert explorer(app).analysis is not None
