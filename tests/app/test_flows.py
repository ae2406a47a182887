"""Pilot tests, one per user flow, asserting on app state and on the messages that flowed."""

from __future__ import annotations

import json
import re
import shutil
import tomllib

import pytest
from textual.widgets import Tabs

from tests.app.helpers import explorer, make_app, notes, run_async, search_for, settle, unique
from tui.app import EXPLICIT_BIDI, IMPLICIT_BIDI
from tui.corpus import load_corpus
from tui.corpus.loader import seeds_dir
from tui.screens.compare import CompareScreen
from tui.screens.explorer import PANES
from tui.screens.dialogs import ConfirmScreen, PromptScreen
from tui.screens.help import HelpScreen
from tui.settings import load_settings
from tui.text.layout import ArabicDisplay
from widgets.compare import CompareView, WordingPanel
from widgets.matrix import StatementMatrix, relations
from widgets.reader import Reader
from widgets.sources import SourceList

PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
BARE = re.compile("[\u0621-\u064a]")


@run_async
async def test_open_a_source_from_the_sources_pane(seeds):
    messages = []
    app = make_app(seeds)
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await settle(pilot)
        assert explorer(app).current_source == "s1"
        await pilot.press("down", "down", "enter")
        assert explorer(app).current_source == "s3"
        assert explorer(app).query_one(Reader).source.id == "s3"
        opened = [m.source_id for m in unique(messages) if isinstance(m, SourceList.Opened)]
        assert opened == ["s3"]
        rows = explorer(app).query_one(SourceList).entries
        # Counts arrive from the analysis worker: every source has its quotes counted.
        analysis = explorer(app).analysis
        assert [r.quotes for r in rows] == [
            sum(q.source_id == s.id for q in analysis.quotes) for s in seeds.sources]
        assert all(r.only_here <= r.statements for r in rows)


@run_async
async def test_narrow_terminal_shows_one_pane_under_tabs_and_tab_cycles(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = explorer(app)
        assert screen.has_class("-narrow")
        shown = [p for p in PANES if screen.pane(p).display]
        assert shown == ["sources"]
        await pilot.press("tab")
        await pilot.pause()
        assert screen.active_pane == "reader"
        assert screen.pane("reader").display
        assert not screen.pane("sources").display
        assert app.focused is explorer(app).query_one(Reader)
        await pilot.press("tab", "tab", "tab")
        await pilot.pause()
        assert screen.active_pane == "discrepancies"       # a pane of its own, by Tab too
        assert app.focused is screen.query_one("#discrepancies")
        await pilot.press("tab")
        await pilot.pause()
        assert screen.active_pane == "sources"
        # Growing the terminal puts every pane on screen at once, at once.
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert not screen.has_class("-narrow")
        assert all(screen.pane(p).display for p in PANES)
        assert not screen.query_one("#pane-tabs").display
        # And narrow again: the same tab bar, on the pane that was active.
        await pilot.press("2")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert len(screen.query("#pane-tabs")) == 1 and screen.query_one("#pane-tabs").display
        assert screen.query_one(Tabs).active == "tab-reader"
        assert [p for p in PANES if screen.pane(p).display] == ["reader"]


@run_async
async def test_a_wide_terminal_never_shows_the_tab_bar(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not explorer(app).query_one("#pane-tabs").display


@run_async
async def test_next_and_previous_quote_in_the_reader(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        quotes = sorted((q for q in explorer(app).analysis.quotes if q.source_id == "s1"),
                        key=lambda q: (q.start, q.end))
        await pilot.press("2", "n")
        assert (explorer(app).selection.start, explorer(app).selection.end) == \
            (quotes[0].start, quotes[0].end)
        await pilot.press("n")
        assert explorer(app).selection.start == quotes[1].start
        await pilot.press("N")
        assert explorer(app).selection.start == quotes[0].start
        await pilot.press("N")  # wraps to the last quote
        assert explorer(app).selection.start == quotes[-1].start


@run_async
async def test_copy_puts_quote_outlet_and_speaker_on_the_clipboard(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        assert app.clipboard == ""
        assert any("nothing selected" in n for n in notes(app))
        await pilot.press("2", "n", "y")
        screen = explorer(app)
        quotes = sorted((q for q in screen.analysis.quotes if q.source_id == "s1"),
                        key=lambda q: (q.start, q.end))
        # The first quote of Source 1 is reported speech (قال إن …): copied without «» and
        # said to be reported, with who, which statement and where.
        first = quotes[0]
        assert not first.direct
        statement = next(st.id for st in screen.analysis.statements
                         if any(m.quote_id == first.id for m in st.members))
        assert app.clipboard == (f"Reported: {' '.join(first.text.split())} — "
                                 f"{first.speaker.label} ({first.speaker.type}), Source 1, "
                                 f"{statement}, s1:{first.start}-{first.end}")
        assert "«" not in app.clipboard
        assert any("reported speech" in n for n in notes(app))
        # A direct quotation keeps its marks.
        direct = next(q for q in quotes if q.direct and q.kind == "statement")
        while screen.selection.start != direct.start:
            await pilot.press("n")
        await pilot.press("y")
        assert app.clipboard.startswith(f"«{' '.join(direct.text.split())}» — ")
        assert app.clipboard.endswith(f"s1:{direct.start}-{direct.end}")


@run_async
async def test_matrix_select_opens_the_compare_view(seeds):
    messages = []
    app = make_app(seeds)
    async with app.run_test(size=(160, 45), message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("4", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        chosen = [m.statement for m in unique(messages) if isinstance(m, StatementMatrix.Chosen)]
        assert len(chosen) == 1 and app.screen.statement is chosen[0]
        assert chosen[0] is explorer(app).analysis.statements[1]
        panels = app.screen.query(WordingPanel)
        assert len(panels) == len(chosen[0].members)
        assert not app.screen.query_one(CompareView).stacked
        await pilot.press("escape")
        assert app.screen is explorer(app)


@run_async
async def test_compare_view_stacks_when_narrow(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4", "enter")
        await pilot.pause()
        assert app.screen.query_one(CompareView).stacked


@run_async
async def test_sort_and_only_one_filter(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        matrix = explorer(app).query_one(StatementMatrix)
        await pilot.press("4")
        counts = [len(relations(s)) for s in matrix.shown]
        assert counts == sorted(counts, reverse=True) and counts[0] > 1
        first_rows = [s.id for s in matrix.shown]
        await pilot.press("s")                     # by first report: a visible change
        assert matrix.sort == "first" and [s.id for s in matrix.shown] != first_rows
        assert "sort: first report" in str(explorer(app).pane("statements").border_subtitle)
        await pilot.press("s", "s")
        assert matrix.sort == "outlets" and [s.id for s in matrix.shown] == first_rows
        await pilot.press("o")
        assert matrix.shown and all(len(relations(s)) == 1 for s in matrix.shown)
        assert matrix.row_count == len(matrix.shown)


@run_async
async def test_export_matrix_prompts_and_never_overwrites_silently(seeds, tmp_path):
    app = make_app(seeds)
    target = tmp_path / "matrix.csv"
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("4", "e")
        assert isinstance(app.screen, PromptScreen)
        prompt = app.screen.query_one("#answer")
        prompt.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        first = target.read_text(encoding="utf-8")
        assert first.splitlines()[0] == "id,statement,speaker,speaker type,outlets," + \
            ",".join(s.outlet for s in seeds.sources)
        assert len(first.splitlines()) == 1 + len(explorer(app).analysis.statements)
        target.write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        app.screen.query_one("#answer").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("e")
        app.screen.query_one("#answer").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == first


@run_async
async def test_export_json_without_hits_warns_and_writes_nothing(seeds, tmp_path):
    app = make_app(seeds)
    target = tmp_path / "hits.json"
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        app.screen.query_one("#answer").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert not target.exists()
        assert any("no search results" in n for n in notes(app))


@run_async
async def test_bidi_toggle_reaches_panes_terminal_and_settings(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        assert app.terminal_writes == [EXPLICIT_BIDI]
        reader = explorer(app).query_one(Reader)
        assert reader.arabic.bidi == "visual" and reader.document.mode == "visual"
        await pilot.press("b")
        await pilot.pause()
        assert app.arabic.bidi == "logical"
        assert reader.document.mode == "logical"
        assert not PRESENTATION.search(explorer(app).query_one(StatementMatrix).get_row_at(0)[-1].plain)
        assert app.terminal_writes[-1] == IMPLICIT_BIDI
        assert load_settings()[0].bidi == "logical"
        await pilot.press("h")
        await pilot.pause()
        assert reader.document.harakat is False and load_settings()[0].harakat is False
    # The next start remembers both; --bidi wins and is remembered in turn.
    again = make_app(seeds)
    assert again.arabic == ArabicDisplay("logical", harakat=False)
    forced = make_app(seeds, bidi="visual")
    assert forced.arabic.bidi == "visual" and load_settings()[0].bidi == "visual"


@run_async
async def test_visual_mode_restores_implicit_bidi_on_exit(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("q")
    assert app.terminal_writes == [EXPLICIT_BIDI, IMPLICIT_BIDI]


@run_async
async def test_help_lists_every_key_and_the_palette_every_action(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        commands = {c.title for c in app.get_system_commands(app.screen)}
        # Focus is on the sources pane, yet the other panes' actions are listed too.
        for wanted in ("Next quote", "Copy with source", "Export", "Bidi", "Harakat", "Search",
                       "Compare", "Help", "Sort", "Only-one filter", "Scope",
                       "Rename outlet", "Discrepancies", "Open folder or file", "Zoom pane",
                       "Copies", "Sort statements by number of outlets",
                       "Sort statements by first report", "Sort statements by speaker"):
            assert wanted in commands
        sort = next(c for c in app.get_system_commands(app.screen)
                    if c.title == "Sort statements by number of outlets")
        sort.callback()
        await pilot.pause()
        assert explorer(app).query_one(StatementMatrix).by_count
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        described = {what for _, _, what in app.screen.rows}
        assert {"Next quote", "Copy with source", "Rename outlet", "Sort",
                "Only-one filter", "Bidi", "Harakat", "Discrepancies", "Copies",
                "Open folder or file"} <= described
        assert ("sources", "j", "Down (alias)") in app.screen.rows
        await pilot.press("escape")
        assert app.screen is explorer(app)


@run_async
async def test_rename_refused_for_the_bundled_seeds(seeds):
    before = (seeds_dir() / "sources.toml").read_bytes()
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("1", "r")
        # Offered a copy instead; declined, nothing is written anywhere.
        assert isinstance(app.screen, ConfirmScreen)
        assert "bundled seeds" in app.screen.question and "Copy them" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is explorer(app)
    assert (seeds_dir() / "sources.toml").read_bytes() == before


@run_async
async def test_rename_writes_the_manifest_after_confirmation(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    app = make_app(load_corpus(folder))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await pilot.press("1", "down", "r")
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one("#answer").value = "Outlet Two"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        # Nothing is written before the yes.
        assert tomllib.loads((folder / "sources.toml").read_text())["source"][1]["outlet"] \
            == "Source 2"
        await pilot.press("y")
        await pilot.pause()
        assert tomllib.loads((folder / "sources.toml").read_text())["source"][1]["outlet"] \
            == "Outlet Two"
        assert explorer(app).corpus.source("s2").outlet == "Outlet Two"
        assert explorer(app).query_one(SourceList).entries[1].outlet == "Outlet Two"


@run_async
async def test_an_arabic_outlet_label_is_shaped_wherever_it_shows(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir(), folder, ignore=shutil.ignore_patterns("__*"))
    manifest = folder / "sources.toml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(
        'outlet = "Source 2"', 'outlet = "قناة الغد"'), encoding="utf-8")
    app = make_app(load_corpus(folder))
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        table = explorer(app).query_one(SourceList)
        cell = table.get_row_at(1)[0].plain
        assert PRESENTATION.search(cell) and not BARE.search(cell)
        await pilot.press("1", "down", "enter")
        title = str(explorer(app).pane("reader").border_title)
        assert PRESENTATION.search(title) and not BARE.search(title)


@run_async
async def test_theme_choice_is_remembered(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert load_settings()[0].theme == "nord"
    again = make_app(seeds)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


@run_async
async def test_j_and_k_scroll_the_reader(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        reader = explorer(app).query_one(Reader)
        await pilot.press("j", "j", "j")
        assert reader.scroll_y == 3
        await pilot.press("k")
        assert reader.scroll_y == 2


@run_async
async def test_export_from_the_search_pane_writes_the_hits_as_json(seeds, tmp_path):
    pytest.importorskip("tui.search")
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        await search_for(pilot, "بوتين")
        await pilot.press("down", "e")
        assert isinstance(app.screen, PromptScreen)
        assert app.screen.query_one("#answer").value.endswith(".json")
        app.screen.query_one("#answer").value = str(tmp_path / "hits.json")
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads((tmp_path / "hits.json").read_text(encoding="utf-8"))
        hits = explorer(app).query_one("SearchPanel").hits
        assert data["query"] == "بوتين" and len(data["hits"]) == len(hits) > 0
        assert [(h["source"], h["start"], h["end"]) for h in data["hits"]] == [
            (h.record.source_id, h.record.start, h.record.end) for h in hits]


@run_async
async def test_choosing_a_discrepancy_side_shows_it_in_the_reader(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(pilot)
        screen = explorer(app)
        discrepancy = screen.analysis.discrepancies[0]
        claim = discrepancy.claims[-1]
        listing = screen.query_one("#discrepancies")
        listing.focus()
        # Row 0 is the topic (not selectable); its sides follow in order.
        listing.highlighted = len(discrepancy.claims)
        await pilot.press("enter")
        assert screen.current_source == claim.source_id
        assert (screen.selection.start, screen.selection.end) == (claim.start, claim.end)


@run_async
async def test_bidi_toggle_reaches_the_open_compare_view(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("4", "enter")
        await pilot.pause()
        speaker = app.screen.query_one("#compare-speaker")
        panel = app.screen.query(WordingPanel).first()
        assert BARE.search(str(speaker.render())) is None
        await pilot.press("b")
        await pilot.pause()
        assert panel.arabic.bidi == "logical"
        if app.screen.statement.speaker is not None:
            assert BARE.search(str(speaker.render()))


@run_async
async def test_escape_leaves_the_search_box_for_the_reader(seeds):
    app = make_app(seeds)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert explorer(app).active_pane == "search"
        await pilot.press("escape")
        await pilot.pause()
        assert explorer(app).active_pane == "reader"
        assert app.focused is explorer(app).query_one(Reader)


def _top(reader) -> tuple[int, int]:
    """The reader's place: the block and first offset of its top line."""
    document = reader.document
    block, line = document.locate(reader.laid_width, int(reader.scroll_y))
    shown = document.line(reader.laid_width, block, line)
    return block, shown.laid.start if shown.laid else -1


@run_async
async def test_resizing_keeps_the_readers_place(seeds):
    """Issue 17: the reader lost its place when the terminal was resized, notably when a
    taller screen made Textual pull the scroll back into range before the reader laid its
    lines out again, and while the reader was under another tab."""
    app = make_app(seeds)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", *["j"] * 45)
        await pilot.pause()
        reader = explorer(app).query_one(Reader)
        place = _top(reader)
        assert place[0] > 3
        for size, keys in (((100, 30), ()), ((90, 30), ("1",)), ((90, 30), ("2",)),
                           ((120, 40), ()), ((80, 24), ("3",)), ((160, 45), ())):
            await pilot.press(*keys)
            if size != app.size:
                await pilot.resize_terminal(*size)
            await pilot.pause(0.2)
            if reader.display and reader.size.width:
                top = _top(reader)
                # The top line holds the place (the line it is in starts at or before it).
                assert top[0] == place[0] and top[1] <= max(place[1], 0), (size, top, place)
        assert _top(reader)[0] == place[0]
