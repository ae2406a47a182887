"""The explorer: sources, reader, search and the outlet-by-statement panel on one screen.

Wide terminals show the panes side by side; narrow ones show one pane at a time under tabs.
The screen owns the data (corpus, analysis, search index) and passes it down to the panes;
the panes report back with Messages. Analysis and indexing run in an exclusive thread worker
that reports progress, so the screen is usable (and quittable) at once.
"""

from __future__ import annotations

import bisect
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.lazy import Lazy
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Label, Tab, Tabs
from textual.worker import Worker, WorkerState, get_current_worker

from tui.corpus import Corpus
from tui.errors import UserError
from tui.text.sanitize import clean_for_clipboard
from widgets.arabic import inline
from widgets.discrepancies import DiscrepancyList
from widgets.matrix import LEGEND, StatementMatrix
from widgets.progress import ProgressLine
from widgets.reader import Reader
from widgets.search_panel import SearchPanel, speaker_label
from widgets.sources import SourceList, source_rows

NARROW_BELOW = 120   # columns: below this the panes become tabs
PANES = ("sources", "reader", "search", "statements")
PANE_IDS = {"sources": "#pane-sources", "reader": "#reader", "search": "#search",
            "statements": "#pane-statements"}
PANE_TITLES = {"sources": "Sources", "reader": "Reader", "search": "Search",
               "statements": "Statements"}
# First in the footer, so that `?` (which lists every key) and quitting are always in sight;
# the focused pane's keys follow, then the screen's shown ones.
FOOTER_FIRST = ("app.help", "app.quit")
# Foreground colours for quotations, one per speaker (cycled); quiet enough to read through.
SPEAKER_STYLES = ("#87afff", "#d7af5f", "#87d787", "#d787d7", "#5fd7d7", "#ff8787")


@dataclass(frozen=True, slots=True)
class Selection:
    """The quote the user last picked (reader jump, search hit, statement): what `y` copies."""

    source_id: str
    start: int
    end: int
    text: str
    speaker: str | None


class AnalysisProgress(Message):
    def __init__(self, fraction: float, stage: str) -> None:
        super().__init__()
        self.fraction, self.stage = fraction, stage

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


class AnalysisReady(Message):
    def __init__(self, analysis, index) -> None:
        super().__init__()
        self.analysis, self.index = analysis, index


class CorpusOpened(Message):
    """The folder is read (in the worker): the panes can show its sources, and search it
    when its index came with it (grouping statements, next, takes a while on a big folder)."""

    def __init__(self, corpus: Corpus, problems: tuple[str, ...], notices: tuple[str, ...],
                 index=None) -> None:
        super().__init__()
        self.corpus, self.problems, self.notices = corpus, problems, notices
        self.index = index


class _Cancelled(Exception):
    pass


class ExplorerScreen(Screen):
    # Shown in the footer: `?` and `q` (the app's), the focused pane's keys, `/` and `c`;
    # together they fit at 80 columns. Every key is in `?` and the command palette.
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="search.focus"),
        Binding("c", "compare", "Compare", id="matrix.compare"),
        Binding("tab", "next_pane", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False, id="pane.previous"),
        Binding("1", "show_pane('sources')", "Sources", show=False, id="pane.sources"),
        Binding("2", "show_pane('reader')", "Reader", show=False, id="pane.reader"),
        Binding("3", "show_pane('search')", "Search pane", show=False, id="pane.search"),
        Binding("4", "show_pane('statements')", "Statements", show=False,
                id="pane.statements"),
        Binding("n", "next_quote", "Next quote", show=False, id="reader.next_quote"),
        Binding("N", "previous_quote", "Prev quote", show=False, id="reader.previous_quote"),
        Binding("right_square_bracket", "next_hit", "Next hit", show=False,
                id="search.next_hit", key_display="]"),
        Binding("left_square_bracket", "previous_hit", "Prev hit", show=False,
                id="search.previous_hit", key_display="["),
        Binding("j", "scroll_reader(1)", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_reader(-1)", "Scroll up", show=False, id="reader.up"),
        Binding("y", "copy", "Copy quote", show=False, id="quote.copy"),
        Binding("e", "export", "Export", show=False, id="export"),
    ]

    corpus: reactive[Corpus | None] = reactive(None, always_update=True)
    analysis = reactive(None, always_update=True)
    index = reactive(None)
    active_pane: reactive[str] = reactive("sources")
    current_source: reactive[str | None] = reactive(None)
    selection: reactive[Selection | None] = reactive(None)

    def __init__(self, corpus: Corpus | None, *, path: str | None = None,
                 fields=None) -> None:
        """Show `corpus`; or, when it is None, the folder `path` (read in the worker) or,
        when that is None too, the bundled seeds (read here)."""
        super().__init__()
        self.path = path
        self.fields = fields
        self._seed_problems: list[str] = []
        if corpus is None and path is None:
            # The bundled seeds are five small files: read here, so the first frame already
            # lists the sources and shows an article. A user's folder may hold thousands of
            # files; that is read in the worker behind a progress bar.
            from tui.corpus import load_corpus

            try:
                corpus = load_corpus(None, problems=self._seed_problems)
            except UserError as err:   # a damaged install: the worker reports it again
                self._seed_problems.append(str(err))
        self.set_reactive(ExplorerScreen.corpus, corpus)
        # Set when the screen goes away: the analysis thread stops at its next progress call,
        # so quitting never waits for it.
        self._stopping = threading.Event()
        self._quotes_by_source: dict[str, list] | None = None
        self.busy = True   # until the folder is read and analysed (or that failed)
        self.hit_position = -1   # the hit `]` and `[` stepped to last
        self._resumed = False

    @property
    def active_bindings(self):
        bindings = super().active_bindings
        first = sorted((FOOTER_FIRST.index(b.binding.id), key) for key, b in bindings.items()
                       if b.binding.id in FOOTER_FIRST)
        return {**{key: bindings[key] for _, key in first}, **bindings}

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        # The panes carry their own borders and sit in the screen's grid (app.tcss): sources
        # over search, then the reader, then the statements. The sources' table is in a
        # container, whose border a table's background would fill.
        yield Lazy(Tabs(*(Tab(PANE_TITLES[p], id=f"tab-{p}") for p in PANES),
                        id="pane-tabs"))
        with Vertical(id="pane-sources", classes="pane"):
            yield SourceList(id="sources")
        yield Reader(id="reader", classes="pane")
        with Vertical(id="pane-statements", classes="pane"):
            yield Label(LEGEND, id="legend")
            yield StatementMatrix(id="matrix")
            yield DiscrepancyList(id="discrepancies")
        yield SearchPanel(id="search", classes="pane").data_bind(ExplorerScreen.index)
        yield ProgressLine("analysing quotes…", id="status")
        yield Footer(compact=True)

    def pane(self, name: str):
        """The widget that is the pane `name` (one of PANES): it has the border and title."""
        return self.query_one(PANE_IDS[name])

    def on_mount(self) -> None:
        for pane in PANES:
            self.pane(pane).border_title = PANE_TITLES[pane]
        self.query_one("#discrepancies").border_title = "Discrepancies"
        self._push_corpus()
        if self.corpus is not None and self.corpus.sources:
            self.open_source(self.corpus.sources[0].id)
        self._apply_layout()
        self.query_one(SourceList).focus()
        for problem in self._seed_problems:
            self.notify(problem, severity="error", timeout=10, markup=False)
        # Start the work after the first paint: its thread would compete for the GIL.
        self.call_after_refresh(self._analyse, self.corpus, self.path)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # The first resume follows the mount at once, and the mount styled every node:
        # styling them all again would only delay the first frame. Later resumes (back from
        # a dialog, after a theme change) restyle as usual.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_unmount(self) -> None:
        self._stopping.set()

    def on_resize(self) -> None:
        self._apply_layout()

    @property
    def narrow(self) -> bool:
        return self.size.width < NARROW_BELOW

    def _apply_layout(self) -> None:
        # Narrow: the tab bar (app.tcss shows it under .-narrow) and the active pane alone.
        narrow = self.narrow
        self.set_class(narrow, "-narrow")
        for pane in PANES:
            self.pane(pane).display = not narrow or pane == self.active_pane

    def watch_active_pane(self, pane: str) -> None:
        if not self.is_mounted:
            return
        for tabs in self.query("#pane-tabs"):
            if tabs.active != f"tab-{pane}":
                tabs.active = f"tab-{pane}"
        self._apply_layout()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.control.id != "pane-tabs":
            return
        event.stop()
        pane = event.tab.id.removeprefix("tab-")
        if pane != self.active_pane:
            self.active_pane = pane

    def _pane_widget(self, pane: str):
        return {"sources": "#sources", "reader": "#reader", "search": "#query",
                "statements": "#matrix"}[pane]

    def action_show_pane(self, pane: str) -> None:
        self.active_pane = pane
        self.call_after_refresh(self.query_one(self._pane_widget(pane)).focus)

    def _focused_pane(self) -> str:
        node = self.focused
        while node is not None:
            if node.has_class("pane"):
                return next(p for p, selector in PANE_IDS.items() if selector == f"#{node.id}")
            node = node.parent
        return self.active_pane

    def action_next_pane(self, step: int = 1) -> None:
        current = PANES.index(self._focused_pane())
        self.action_show_pane(PANES[(current + step) % len(PANES)])

    def action_previous_pane(self) -> None:
        self.action_next_pane(-1)

    # -- data flowing down ----------------------------------------------------------------
    @property
    def outlets(self) -> dict[str, str]:
        return {s.id: s.outlet for s in self.corpus.sources} if self.corpus else {}

    def _push_corpus(self) -> None:
        if self.corpus is None:
            return
        counts = None
        if self.analysis is not None:
            from tui.store.analysis import counts_by_source

            counts = counts_by_source(self.corpus, self.analysis)
        self.query_one(SourceList).entries = source_rows(self.corpus.sources, counts)
        self.query_one(SearchPanel).outlets = self.outlets
        matrix = self.query_one(StatementMatrix)
        matrix.outlets = tuple((s.id, s.outlet) for s in self.corpus.sources)
        discrepancies = self.query_one(DiscrepancyList)
        discrepancies.outlets = self.outlets
        if self.analysis is not None:
            matrix.statements = tuple(self.analysis.statements)
            discrepancies.discrepancies = tuple(self.analysis.discrepancies)

    def watch_corpus(self) -> None:
        if self.is_mounted:
            self._push_corpus()

    def watch_analysis(self) -> None:
        self._quotes_by_source = None
        if self.is_mounted:
            self._push_corpus()
            if self.current_source:
                self.open_source(self.current_source, keep_selection=True)

    # -- slow work ------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False)
    def _analyse(self, corpus: Corpus | None, path: str | None) -> None:
        worker = get_current_worker()

        def stop_if_asked() -> None:
            if worker.is_cancelled or self._stopping.is_set():
                raise _Cancelled

        def report(fraction: float, stage: str) -> None:
            stop_if_asked()
            self.post_message(AnalysisProgress(fraction, stage))

        from tui.store import analyse, open_corpus, open_loaded

        # The opening's own "ready" is not the app's: the analysis comes next.
        opening = lambda f, stage: f < 1 and report(0.6 * f, stage)
        if corpus is None:
            opened = open_corpus(path, progress=opening, fields=self.fields)
            self.post_message(CorpusOpened(opened.corpus, opened.problems, opened.notices,
                                           opened.index))
        else:
            opened = open_loaded(corpus, progress=opening)
        analysis = analyse(opened, lambda f, stage: report(0.6 + 0.4 * f, stage),
                           stop_if_asked)
        index = opened.index
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(analysis, index))

    def on_corpus_opened(self, message: CorpusOpened) -> None:
        self.corpus = message.corpus
        if message.index is not None:
            self.index = message.index
        if message.corpus.sources:
            self.open_source(message.corpus.sources[0].id)
        from tui.corpus.loader import summarised

        for note in summarised((*message.notices, *message.corpus.warnings)):
            self.notify(note, severity="warning", timeout=10, markup=False)
        for problem in summarised(message.problems):
            self.notify(problem, severity="error", timeout=10, markup=False)

    def on_analysis_progress(self, message: AnalysisProgress) -> None:
        self.query_one("#status", ProgressLine).update(message.fraction, f"{message.stage}…")

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.busy = False
        self.index = message.index
        self.analysis = message.analysis
        self.query_one("#status").display = False
        settle_heap = getattr(self.app, "settle_heap", None)
        if settle_heap is not None:
            settle_heap()
        if message.index is None:
            self.notify("search is not available in this build", severity="warning")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            if isinstance(event.worker.error, _Cancelled):
                return
            self.busy = False
            what = "analysis failed" if self.corpus is not None else "cannot open the folder"
            self.query_one("#status", ProgressLine).stage = what
            self.notify(f"{what}: {event.worker.error}", severity="error", timeout=15,
                        markup=False)

    # -- reader ---------------------------------------------------------------------------
    def _quotes_of(self, source_id: str) -> list:
        if self.analysis is None:
            return []
        if self._quotes_by_source is None:
            by_source: dict[str, list] = {}
            for quote in self.analysis.quotes:
                by_source.setdefault(quote.source_id, []).append(quote)
            for quotes in by_source.values():
                quotes.sort(key=lambda q: (q.start, q.end))
            self._quotes_by_source = by_source
        return self._quotes_by_source.get(source_id, [])

    def open_source(self, source_id: str, *, keep_selection: bool = False) -> None:
        source = self.corpus.source(source_id)
        speakers: dict[str, str] = {}
        spans = []
        for quote in self._quotes_of(source_id):
            key = quote.speaker.id if quote.speaker else ""
            style = speakers.setdefault(key, SPEAKER_STYLES[len(speakers) % len(SPEAKER_STYLES)])
            spans.append((quote.start, quote.end, style))
        self.current_source = source_id
        reader = self.query_one(Reader)
        reader.show(source, spans)
        if keep_selection and self.selection and self.selection.source_id == source_id:
            reader.select(self.selection.start, self.selection.end)

    def _jump(self, source_id: str, start: int, end: int, text: str,
              speaker: str | None) -> None:
        if source_id != self.current_source:
            self.open_source(source_id)
        self.selection = Selection(source_id, start, end, text, speaker)
        self.query_one(Reader).select(start, end)

    @on(SourceList.Opened)
    def _source_opened(self, message: SourceList.Opened) -> None:
        self.open_source(message.source_id)
        if self.narrow:
            self.action_show_pane("reader")

    def _step_quote(self, step: int) -> None:
        quotes = self._quotes_of(self.current_source or "")
        if not quotes:
            self.notify("no quotations found in this source" if self.analysis
                        else "still analysing quotes…")
            return
        starts = [q.start for q in quotes]
        here = self.selection.start if (self.selection and
                                        self.selection.source_id == self.current_source) else None
        if here is None:
            position = 0 if step > 0 else len(quotes) - 1
        elif step > 0:
            position = bisect.bisect_right(starts, here) % len(quotes)
        else:
            position = (bisect.bisect_left(starts, here) - 1) % len(quotes)
        quote = quotes[position]
        self._jump(quote.source_id, quote.start, quote.end, quote.text,
                   quote.speaker.label if quote.speaker else None)

    def action_scroll_reader(self, step: int) -> None:
        self.query_one(Reader).scroll_relative(y=step, animate=False)

    def action_next_quote(self) -> None:
        self._step_quote(1)

    def action_previous_quote(self) -> None:
        self._step_quote(-1)

    # -- search ---------------------------------------------------------------------------
    def action_focus_search(self) -> None:
        self.active_pane = "search"
        self.call_after_refresh(self.query_one(SearchPanel).focus_query)

    @on(SearchPanel.Left)
    def _search_left(self, message: SearchPanel.Left) -> None:
        self.action_show_pane("reader")

    @property
    def hits(self) -> list:
        """The search pane's hits (it keeps the search state)."""
        return self.query_one(SearchPanel).hits

    @on(SearchPanel.Searched)
    def _searched(self, message: SearchPanel.Searched) -> None:
        self.hit_position = -1

    @on(SearchPanel.HitChosen)
    def _hit_chosen(self, message: SearchPanel.HitChosen) -> None:
        self.hit_position = next((n for n, h in enumerate(self.hits) if h is message.hit), -1)
        self._show_hit(message.hit)
        if self.narrow:
            self.action_show_pane("reader")

    def _show_hit(self, hit) -> None:
        record = hit.record
        start, end = hit.matches[0] if hit.matches else (record.start, record.end)
        speaker = speaker_label(record)
        self._jump(record.source_id, start, end, record.text, speaker)
        # What `y` copies is the whole quote, not just the matched words.
        self.selection = Selection(record.source_id, record.start, record.end, record.text,
                                   speaker)

    def _step_hit(self, step: int) -> None:
        if not self.hits:
            self.notify("no search hits; press / to search")
            return
        self.hit_position = (self.hit_position + step) % len(self.hits)
        self._show_hit(self.hits[self.hit_position])

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    # -- statements -----------------------------------------------------------------------
    @on(StatementMatrix.Highlighted)
    def _statement_highlighted(self, message: StatementMatrix.Highlighted) -> None:
        if self.focused is not self.query_one(StatementMatrix):
            return  # the cursor moved because the rows arrived, not because the user chose
        member = message.statement.members[0] if message.statement.members else None
        if member is not None:
            speaker = message.statement.speaker.label if message.statement.speaker else None
            self.selection = Selection(member.source_id, member.start, member.end,
                                       member.text, speaker)

    @on(StatementMatrix.Chosen)
    def _statement_chosen(self, message: StatementMatrix.Chosen) -> None:
        self.open_compare(message.statement)

    def action_compare(self) -> None:
        statement = self.query_one(StatementMatrix).current
        if statement is None:
            self.notify("pick a statement in the Statements pane first")
            return
        self.open_compare(statement)

    def open_compare(self, statement) -> None:
        from tui.screens.compare import CompareScreen

        speakers = {q.id: q.speaker.label for q in self.analysis.quotes if q.speaker} \
            if self.analysis else {}
        self.app.push_screen(CompareScreen(statement, self.outlets, speakers))

    @on(DiscrepancyList.ClaimChosen)
    def _claim_chosen(self, message: DiscrepancyList.ClaimChosen) -> None:
        claim = message.claim
        self._jump(claim.source_id, claim.start, claim.end, claim.text, None)
        if self.narrow:
            self.action_show_pane("reader")

    # -- copy, export, rename -------------------------------------------------------------
    def copy_text(self) -> str | None:
        selection = self.selection
        if selection is None:
            return None
        outlet = self.outlets.get(selection.source_id, selection.source_id)
        speaker = selection.speaker or "unattributed"
        return clean_for_clipboard(f"«{selection.text}» — {speaker}, {outlet}")

    def action_copy(self) -> None:
        text = self.copy_text()
        if text is None:
            self.notify("nothing selected: jump to a quote (n), a hit or a statement first",
                        severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.notify("copied the quote with its outlet and speaker")

    # The dialogs are imported when first opened: the first frame does not need them.
    def action_export(self) -> None:
        from tui.screens.dialogs import PromptScreen

        # From the search pane the hits are what the user means; elsewhere the matrix.
        searching = self._focused_pane() == "search" and self.hits
        self.app.push_screen(PromptScreen(
            "Export to file: .csv or .md = statement matrix, .json = search results",
            "summit-hits.json" if searching else "summit-statements.csv"), self._export_named)

    def _export_named(self, name: str | None) -> None:
        from tui.export import export_format, hits_json, matrix_csv, matrix_markdown
        from tui.screens.dialogs import ConfirmScreen

        if not name:
            return
        kind = export_format(name)
        if kind is None:
            self.notify(f"{name}: use a name ending in .csv, .md or .json", severity="error")
            return
        if kind == "json":
            panel = self.query_one(SearchPanel)
            if not panel.hits:
                self.notify("no search results to export; search first (/)", severity="warning")
                return
            text = hits_json(panel.hits, self.corpus, panel.query_text)
        else:
            statements = self.query_one(StatementMatrix).shown
            if not statements:
                self.notify("no statements to export yet", severity="warning")
                return
            render = matrix_csv if kind == "csv" else matrix_markdown
            text = render(statements, self.corpus)
        path = Path(name).expanduser()
        if path.exists():
            self.app.push_screen(ConfirmScreen(f"{path} exists. Replace it?"),
                                 lambda yes: yes and self._write_export(path, text, True))
        else:
            self._write_export(path, text, False)

    def _write_export(self, path: Path, text: str, overwrite: bool) -> None:
        from tui.export import write_export

        try:
            written = write_export(path, text, overwrite=overwrite)
        except FileExistsError:
            self.notify(f"{path} appeared meanwhile; not replaced", severity="error")
        except OSError as err:
            self.notify(f"{path}: {err.strerror or err}", severity="error")
        else:
            self.notify(f"exported to {written}")

    @on(SourceList.RenameRequested)
    def _rename_requested(self, message: SourceList.RenameRequested) -> None:
        from tui.screens.dialogs import PromptScreen

        corpus = self.corpus
        if corpus is None:
            return
        if corpus.bundled:
            self.notify("the bundled seeds are part of the installed program and are not "
                        "changed; copy the seeds folder, open the copy and rename there",
                        severity="error", timeout=10)
            return
        if not corpus.manifest:
            self.notify("this folder has no sources.toml; add one to name outlets",
                        severity="error", timeout=10)
            return
        source_id = message.source_id
        self.app.push_screen(PromptScreen(f"New outlet label for {source_id}",
                                          corpus.source(source_id).outlet),
                             lambda label: self._confirm_rename(source_id, label))

    def _confirm_rename(self, source_id: str, label: str | None) -> None:
        from tui.screens.dialogs import ConfirmScreen

        if not label:
            return
        self.app.push_screen(
            ConfirmScreen(f"Write outlet = «{self._shown(label)}» for {source_id} into "
                          f"{self.corpus.manifest}?"),
            lambda yes: yes and self._rename(source_id, label))

    def _rename(self, source_id: str, label: str) -> None:
        from tui.outlets import check_label, rename_outlet

        try:
            path = rename_outlet(self.corpus, source_id, label)
        except UserError as err:
            self.notify(str(err), severity="error", timeout=10)
            return
        label = check_label(label)
        sources = tuple(replace(s, outlet=label) if s.id == source_id else s
                        for s in self.corpus.sources)
        self.corpus = replace(self.corpus, sources=sources)
        if self.current_source == source_id:
            self.open_source(source_id, keep_selection=True)
        self.notify(f"renamed {source_id} to «{self._shown(label)}» in {path}")

    def _shown(self, label: str) -> str:
        """A label as the screen draws it (shaped and ordered in visual mode)."""
        return inline(label, arabic=self.app.arabic, limit=len(label)).plain
