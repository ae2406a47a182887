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
from tui.provenance import Provenance, corpus_name, source_date, who
from tui.screens.opening import OpenFlow
from tui.screens.support import fit_footer
from widgets.arabic import inline
from widgets.discrepancies import DiscrepancyList
from widgets.matrix import StatementMatrix
from widgets.reader import Reader
from widgets.search_panel import SearchPanel
from widgets.sources import SourceList, source_rows
from widgets.status import StatusLine

NARROW_BELOW = 120   # columns: below this the panes become tabs
PANES = ("sources", "reader", "search", "statements", "discrepancies")
PANE_IDS = {"sources": "#pane-sources", "reader": "#reader", "search": "#search",
            "statements": "#pane-statements", "discrepancies": "#discrepancies"}
PANE_TITLES = {"sources": "Sources", "reader": "Reader", "search": "Search",
               "statements": "Statements", "discrepancies": "Discrepancies"}
# Tab labels when the tab bar is narrower than the full ones (the number is the pane's key).
SHORT_TITLES = {"sources": "1 Src", "reader": "2 Read", "search": "3 Find",
                "statements": "4 Stmt", "discrepancies": "5 Diff"}
# First in the footer, so that `?` (which lists every key) and quitting are always in sight;
# the focused pane's keys follow, then the screen's shown ones.
FOOTER_FIRST = ("app.help", "app.quit")
# Foreground colours for quotations, one per speaker (cycled); quiet enough to read through.
SPEAKER_STYLES = ("#87afff", "#d7af5f", "#87d787", "#d787d7", "#5fd7d7", "#ff8787")


@dataclass(frozen=True, slots=True)
class Selection:
    """What the user last picked (a quote in the reader, a search result, a statement, one
    side of a discrepancy): what `y` copies and the status line describes."""

    source_id: str
    start: int
    end: int
    text: str
    speaker: object | None            # tui.quotes.Speaker, or a label
    direct: bool | None = None        # quoted directly / reported; None: article text
    statement_id: str | None = None


class AnalysisProgress(Message):
    def __init__(self, fraction: float, stage: str) -> None:
        super().__init__()
        self.fraction, self.stage = fraction, stage

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


class AnalysisReady(Message):
    def __init__(self, analysis, index, derived=None) -> None:
        super().__init__()
        self.analysis, self.index = analysis, index
        self.derived = derived   # what the panes need of it, worked out in the worker


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


class ExplorerScreen(OpenFlow, Screen):
    # Shown in the footer: `?` and `q` (the app's), the focused pane's keys, `/` and `c`;
    # together they fit at 80 columns (keys that do not fit whole are left to `?`). Every
    # key is in `?` and the command palette.
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
        Binding("5", "show_pane('discrepancies')", "Discrepancies", show=False,
                id="pane.discrepancies"),
        Binding("ctrl+o,O", "open", "Open folder or file", show=False, id="corpus.open",
                key_display="^O"),
        Binding("z", "zoom", "Zoom pane", show=False, id="pane.zoom"),
        Binding("n", "next_quote", "Next quote", show=False, id="reader.next_quote"),
        Binding("N", "previous_quote", "Prev quote", show=False, id="reader.previous_quote"),
        Binding("right_square_bracket", "next_hit", "Next hit", show=False,
                id="search.next_hit", key_display="]"),
        Binding("left_square_bracket", "previous_hit", "Prev hit", show=False,
                id="search.previous_hit", key_display="["),
        Binding("j", "scroll_reader(1)", "Scroll down", show=False, id="reader.down"),
        Binding("k", "scroll_reader(-1)", "Scroll up", show=False, id="reader.up"),
        Binding("y", "copy", "Copy with source", show=False, id="quote.copy"),
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
        self._statement_of: dict[str, object] = {}   # quote id -> its statement
        # The folder being read ("" for the bundled seeds) until it is open; the last one
        # opened.
        self.opening: str | None = (path or "") if corpus is None else None
        self.opened_path: str | None = path
        self.busy = True   # until the folder is read and analysed (or that failed)
        self._resumed = False

    @property
    def hit_position(self) -> int:
        """The search result `]` and `[` stepped to (or Enter chose) last, -1 for none."""
        return self.query_one(SearchPanel).position

    @property
    def active_bindings(self):
        bindings = super().active_bindings
        first = sorted((FOOTER_FIRST.index(b.binding.id), key) for key, b in bindings.items()
                       if b.binding.id in FOOTER_FIRST)
        ordered = {**{key: bindings[key] for _, key in first}, **bindings}
        return fit_footer(ordered, self.size.width)

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
            yield Label(id="legend")
            yield StatementMatrix(id="matrix")
        yield SearchPanel(id="search", classes="pane").data_bind(ExplorerScreen.index)
        yield DiscrepancyList(id="discrepancies", classes="pane")
        # The status line sits on the row above the footer (two bottom docks would overlap).
        with Vertical(id="bottom"):
            yield StatusLine("analysing quotes…", id="status")
            yield Footer(compact=True)

    def pane(self, name: str):
        """The widget that is the pane `name` (one of PANES): it has the border and title."""
        return self.query_one(PANE_IDS[name])

    def on_mount(self) -> None:
        for pane in PANES:
            self.pane(pane).border_title = PANE_TITLES[pane]
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

    zoomed: reactive[bool] = reactive(False)

    @property
    def narrow(self) -> bool:
        """One pane at a time, under tabs: a terminal under 120 columns, or a pane zoomed."""
        return self.size.width < NARROW_BELOW or self.zoomed

    def action_zoom(self) -> None:
        """The focused pane alone on a wide terminal (and back): the statements or the
        reader at the whole width."""
        if self.size.width < NARROW_BELOW:
            self.notify("each pane has the whole screen already (narrow terminal)")
            return
        self.active_pane = self._focused_pane()
        self.zoomed = not self.zoomed

    def watch_zoomed(self) -> None:
        if self.is_mounted:
            self._apply_layout()
            self.call_after_refresh(self.query_one(self._pane_widget(self.active_pane)).focus)

    def _apply_layout(self) -> None:
        # Narrow: the tab bar (app.tcss shows it under .-narrow) and the active pane alone.
        narrow = self.narrow
        self.set_class(narrow, "-narrow")
        for pane in PANES:
            self.pane(pane).display = not narrow or pane == self.active_pane
        self._label_tabs()
        # The legend only where it leaves the statements room.
        self.query_one("#legend").display = self.size.height >= 20
        self.call_after_refresh(self._after_resize)

    def _after_resize(self) -> None:
        """What depends on the panes' new sizes: the sources' key, the matrix's legend."""
        sources = self.pane("sources")
        sources.border_subtitle = SourceList.key(max(0, (sources.size.width or
                                                         self.size.width) - 6))
        self._show_legend()
        for footer in self.query(Footer):
            footer.show_command_palette = self.size.width >= 60

    def _show_legend(self) -> None:
        pane = self.pane("statements")
        width = (pane.size.width or self.size.width) - 4
        self.query_one("#legend", Label).update(
            self.query_one(StatementMatrix).legend(max(20, width)))

    def watch_active_pane(self, pane: str) -> None:
        if not self.is_mounted:
            return
        for tabs in self._tab_bar():
            if tabs.active != f"tab-{pane}":
                tabs.active = f"tab-{pane}"
        self._apply_layout()

    def _tab_bar(self) -> list[Tabs]:
        """The tab bar, once its tabs are there. It joins after the first frame (Lazy), and
        for a moment it is in the screen without its tabs: choosing a tab then (a key
        pressed at once) raises. The pane chosen meanwhile is applied when it joins (see
        on_tabs_tab_activated)."""
        return [tabs for tabs in self.query("#pane-tabs").results(Tabs)
                if tabs.tab_count == len(PANES)]

    def _label_tabs(self) -> None:
        """Tab labels that fit the width: the panes' names, or short ones with their keys."""
        short = self.size.width < sum(len(t) + 2 for t in PANE_TITLES.values())
        for tabs in self._tab_bar():
            for pane in PANES:
                label = SHORT_TITLES[pane] if short else PANE_TITLES[pane]
                tab = tabs.query_one(f"#tab-{pane}", Tab)
                if str(tab.label) != label:
                    tab.label = label

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.control.id != "pane-tabs":
            return
        event.stop()
        self._label_tabs()   # the tab bar joins after the first frame (Lazy)
        pane = event.tab.id.removeprefix("tab-")
        if not self._tab_bar_joined:
            # The bar's first activation is its mount choosing its first tab, not a user's
            # choice: a pane chosen by key before the bar joined (`2` at once) stands.
            self._tab_bar_joined = True
            if pane != self.active_pane:
                event.control.active = f"tab-{self.active_pane}"
            return
        if pane != self.active_pane:
            self.active_pane = pane

    _tab_bar_joined = False

    def _pane_widget(self, pane: str):
        return {"sources": "#sources", "reader": "#reader", "search": "#query",
                "statements": "#matrix", "discrepancies": "#discrepancies"}[pane]

    def action_show_pane(self, pane: str) -> None:
        self.active_pane = pane
        # Focus moves once the pane is drawn; until then the pane asked for counts as the
        # focused one (Tab pressed again at once goes on from it).
        self._pane_asked = pane
        self.call_after_refresh(self._focus_pane, pane)

    def _focus_pane(self, pane: str) -> None:
        self.query_one(self._pane_widget(pane)).focus()
        if self._pane_asked == pane:
            self._pane_asked = None

    _pane_asked: str | None = None

    def _focused_pane(self) -> str:
        if self._pane_asked is not None:
            return self._pane_asked
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
        return self.corpus.outlet_of if self.corpus else {}

    def _push_corpus(self) -> None:
        if self.corpus is None:
            return
        counts, firsts = self._derived()[1:] if self.analysis is not None else (None, {})
        self.query_one(SourceList).entries = source_rows(self.corpus.sources, counts)
        panel = self.query_one(SearchPanel)
        panel.outlets = self.outlets
        matrix = self.query_one(StatementMatrix)
        matrix.outlets = tuple((s.id, s.outlet) for s in self.corpus.sources)
        discrepancies = self.query_one(DiscrepancyList)
        discrepancies.outlets = self.outlets
        analysis = self.analysis
        matrix.firsts = firsts
        matrix.statements = tuple(analysis.statements) if analysis else ()
        discrepancies.discrepancies = tuple(analysis.discrepancies) if analysis else ()
        panel.statements = self._statement_of
        self._show_status()

    # (analysis, corpus, quote id -> statement, counts by source, first reports)
    _derived_memo: tuple | None = None

    def _derived(self) -> tuple:
        """(quote id -> statement, source id -> counts, statement id -> first report) for
        the analysis and corpus shown: from the worker when it sent them, else made here."""
        memo = self._derived_memo
        if memo is None or memo[0] is not self.analysis or memo[1] is not self.corpus:
            from tui.store.analysis import derived

            memo = (self.analysis, self.corpus, *derived(self.corpus, self.analysis))
            self._derived_memo = memo
        return memo[2:]

    def watch_corpus(self) -> None:
        if self.is_mounted:
            self._push_corpus()

    def watch_analysis(self) -> None:
        self._quotes_by_source = None
        self._statement_of = self._derived()[0] if self.analysis is not None else {}
        if self.is_mounted:
            self._push_corpus()
            if self.current_source:
                self.open_source(self.current_source, keep_selection=True)

    # -- slow work ------------------------------------------------------------------------
    # (each worker names itself: Textual's default description is the repr of its arguments,
    # a whole corpus here)
    @work(thread=True, exclusive=True, group="analysis", exit_on_error=False,
          description="open and analyse")
    def _analyse(self, corpus: Corpus | None, path: str | None) -> None:
        worker = get_current_worker()

        def stop_if_asked() -> None:
            if worker.is_cancelled or self._stopping.is_set():
                raise _Cancelled

        def report(fraction: float, stage: str) -> None:
            stop_if_asked()
            self.post_message(AnalysisProgress(fraction, stage))

        from tui.store import analyse, open_corpus, open_loaded
        from tui.store.searchable import tell_index

        # The opening's own "ready" is not the app's: the analysis comes next.
        opening = lambda f, stage: f < 1 and report(0.6 * f, stage)
        if corpus is None:
            # (the analysis below compares facts: each article's are made in the pool)
            opened = open_corpus(path, progress=opening, fields=self.fields, facts=True)
            self.post_message(CorpusOpened(opened.corpus, opened.problems, opened.notices,
                                           opened.index))
        else:
            opened = open_loaded(corpus, progress=opening)
        analysis = analyse(opened, lambda f, stage: report(0.6 + 0.35 * f, stage),
                           stop_if_asked)
        report(0.95, "joining search results by statement")
        tell_index(opened, analysis)
        index = opened.index
        # What the panes need of the analysis, here rather than in the UI thread (a real
        # archive's sixty thousand statements take a second).
        from tui.store.analysis import derived

        found = derived(opened.corpus, analysis)
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(analysis, index, (opened.corpus, *found)))

    def on_corpus_opened(self, message: CorpusOpened) -> None:
        self.opening = None
        self.opened_path = self.path
        self.selection = None
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
        self.query_one(StatusLine).update(message.fraction, f"{message.stage}…")

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        self.busy = False
        if message.derived is not None:
            self._derived_memo = (message.analysis, *message.derived)
        self.index = message.index
        self.analysis = message.analysis
        self.query_one(StatusLine).update(None)
        settle_heap = getattr(self.app, "settle_heap", None)
        if settle_heap is not None:
            settle_heap()
        if message.index is None:
            self.notify("search is not available in this build", severity="warning")
        self.opened()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "analysis" and event.state == WorkerState.ERROR:
            if isinstance(event.worker.error, _Cancelled):
                return
            self.busy = False
            error = event.worker.error
            opening, self.opening = self.opening, None
            if opening is not None and self.corpus is None:
                # Nothing to show: the folder given on the command line cannot be used. Said
                # on one line after the terminal is restored, with status 2, as for a
                # folder that does not exist.
                where = "the bundled seeds" if opening == "" else opening
                reason = str(error) if isinstance(error, UserError) else f"{where}: {error}"
                self.app.exit_error = reason
                self.app.exit(return_code=2)
                return
            if opening is not None:
                # Another folder could not be opened: the one open stays.
                self.query_one(StatusLine).update(None)
                self.notify(f"cannot open {opening}: {error}", severity="error", timeout=15,
                            markup=False)
                if self.analysis is not None:
                    self.path = self.opened_path
                    return
            what = "analysis failed" if self.corpus is not None else "cannot open the folder"
            self.query_one(StatusLine).update(0.0, what)
            self.notify(f"{what}: {error}", severity="error", timeout=15, markup=False)

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

    def _jump(self, selection: Selection, start: int | None = None,
              end: int | None = None) -> None:
        """Show `selection` in the reader (its words, or start:end within them) and make it
        what `y` copies."""
        if selection.source_id != self.current_source:
            self.open_source(selection.source_id)
        self.selection = selection
        self.query_one(Reader).select(selection.start if start is None else start,
                                      selection.end if end is None else end)

    def quote_selection(self, quote) -> Selection:
        statement = self._statement_of.get(quote.id)
        return Selection(quote.source_id, quote.start, quote.end, quote.text, quote.speaker,
                         quote.direct, getattr(statement, "id", None))

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
        self._jump(self.quote_selection(quotes[position]))

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
        self._show_status()

    @on(SearchPanel.HitChosen)
    def _hit_chosen(self, message: SearchPanel.HitChosen) -> None:
        self._show_hit(message.hit, message.member)
        if self.narrow:
            self.action_show_pane("reader")

    def _show_hit(self, hit, member=None) -> None:
        """Show a search result in the reader: its first matched words highlighted, the
        whole quote (or one article's version, `member`) what `y` copies."""
        record = hit.record
        index = self.index
        if member is not None:
            statement = self._statement_of.get(member.quote_id or "")
            selection = Selection(member.source_id, member.start, member.end, member.text,
                                  member.speaker, member.direct, getattr(statement, "id", None))
            self._jump(selection)
        else:
            quote = index.quote_of(record) if hasattr(index, "quote_of") else None
            if quote is not None:
                selection = self.quote_selection(quote)
            else:
                selection = Selection(record.source_id, record.start, record.end, record.text,
                                      record.speaker if record.kind == "quote" else None,
                                      True if record.kind == "quote" else None)
            start, end = hit.matches[0] if hit.matches else (record.start, record.end)
            self._jump(selection, start, end)
        self._show_status()

    def _step_hit(self, step: int) -> None:
        panel = self.query_one(SearchPanel)
        row = panel.step(step)
        if row is None:
            self.notify("no search results; press / to search")
            return
        self._show_hit(row.hit)

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    # -- statements -----------------------------------------------------------------------
    @on(StatementMatrix.Highlighted)
    def _statement_highlighted(self, message: StatementMatrix.Highlighted) -> None:
        if self.focused is not self.query_one(StatementMatrix):
            return  # the cursor moved because the rows arrived, not because the user chose
        statement = message.statement
        member = statement.members[0] if statement.members else None
        if member is not None:
            quote = self.index.quote(member.quote_id) \
                if member.quote_id and hasattr(self.index, "quote") else None
            speaker = getattr(quote, "speaker", None) or statement.speaker
            self.selection = Selection(member.source_id, member.start, member.end,
                                       member.text, speaker, member.direct, statement.id)

    @on(StatementMatrix.Arranged)
    def _matrix_arranged(self, message: StatementMatrix.Arranged) -> None:
        matrix = message.matrix
        self.pane("statements").border_subtitle = matrix.state
        self._show_legend()
        self._show_status()

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

        speakers = {q.id: q.speaker for q in self.analysis.quotes if q.speaker} \
            if self.analysis else {}
        dates = {s.id: source_date(s) for s in self.corpus.sources} if self.corpus else {}
        self.app.push_screen(CompareScreen(statement, self.outlets, speakers, dates))

    @on(DiscrepancyList.ClaimChosen)
    def _claim_chosen(self, message: DiscrepancyList.ClaimChosen) -> None:
        claim = message.claim
        self._jump(Selection(claim.source_id, claim.start, claim.end, claim.text, None))
        if self.narrow:
            self.action_show_pane("reader")

    # -- copy, export, rename -------------------------------------------------------------
    def provenance(self) -> Provenance | None:
        """Where the selection comes from: outlet, date, speaker, statement, offsets."""
        selection = self.selection
        if selection is None or self.corpus is None:
            return None
        try:
            source = self.corpus.source(selection.source_id)
        except KeyError:
            return None
        return Provenance(selection.source_id, selection.start, selection.end, selection.text,
                          source.outlet, source_date(source), selection.speaker,
                          selection.direct, selection.statement_id)

    def copy_text(self) -> str | None:
        found = self.provenance()
        return None if found is None else found.line()

    def action_copy(self) -> None:
        found = self.provenance()
        if found is None:
            self.notify("nothing selected: jump to a quote (n), a hit or a statement first",
                        severity="warning")
            return
        self.app.copy_to_clipboard(found.line())
        self.notify(found.notice())

    # -- the status line ------------------------------------------------------------------
    def watch_selection(self) -> None:
        if self.is_mounted:
            self._show_status()

    def _show_status(self) -> None:
        status = self.query_one(StatusLine)
        corpus, analysis = self.corpus, self.analysis
        status.corpus = corpus_name(corpus) if corpus is not None else ""
        status.counts = (len(corpus.sources), len(analysis.quotes), len(analysis.statements)) \
            if corpus is not None and analysis is not None else None
        panel = self.query_one(SearchPanel)
        status.hit = (f"hit {panel.position + 1}/{len(panel.rows)}"
                      if panel.position >= 0 and panel.rows else "")
        found = self.provenance()
        if found is not None:
            pieces = [] if found.direct is None else [who(found.speaker)]
            pieces += ([found.statement_id] if found.statement_id else []) + [found.where]
            if found.direct is False:
                pieces.append("reported")
            status.selection = tuple(pieces)
        else:
            status.selection = ()
        filters = []
        matrix = self.query_one(StatementMatrix)
        if matrix.only_one:
            filters.append("only one outlet")
        if matrix.sort != "outlets":
            filters.append(f"sort: {matrix.sort}")
        status.filters = tuple(filters)
        status.query = f"{panel.scope}: {panel.shown_query}" if panel.shown_query else ""

    # The dialogs are imported when first opened: the first frame does not need them.
    def action_export(self) -> None:
        from tui.screens.dialogs import PromptScreen

        # From the search pane the hits are what the user means; elsewhere the matrix. The
        # name is offered as a full path, so where the file goes is plain before it goes.
        searching = self._focused_pane() == "search" and self.hits
        name = "summit-hits.json" if searching else "summit-statements.csv"
        self.app.push_screen(PromptScreen(
            "Export to file: .csv or .md = statement matrix (as shown: filter and sort), "
            ".json = search results with their copies",
            str(Path.cwd() / name)), self._export_named)

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
            text = hits_json(panel.rows, self.corpus, panel.shown_query, index=self.index)
        else:
            statements = self.query_one(StatementMatrix).shown
            if not statements:
                self.notify("no statements to export yet", severity="warning")
                return
            render = matrix_csv if kind == "csv" else matrix_markdown
            text = render(statements, self.corpus)
        path = Path(name).expanduser().absolute()
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
            self.notify(f"exported to {written.absolute()}", timeout=10)

    @on(SourceList.RenameRequested)
    def _rename_requested(self, message: SourceList.RenameRequested) -> None:
        corpus = self.corpus
        if corpus is None:
            return
        source_id = message.source_id
        if corpus.bundled:
            # Never changed in place: offered as a copy, opened, renamed there.
            self.offer_seeds_copy(source_id)
            return
        if not corpus.manifest:
            self.offer_manifest(source_id)
            return
        self.ask_outlet_label(source_id)

    def ask_outlet_label(self, source_id: str) -> None:
        from tui.screens.dialogs import PromptScreen

        self.app.push_screen(PromptScreen(f"New outlet label for {source_id}",
                                          self.corpus.source(source_id).outlet),
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
        if self.analysis is not None and self.index is not None:
            self._describe_again(self.index, self.analysis.quotes, self.corpus)
        self.notify(f"renamed {source_id} to «{self._shown(label)}» in {path}")

    @work(thread=True, exclusive=True, group="describe", description="describe outlets")
    def _describe_again(self, index, quotes, corpus) -> None:
        """The outlets' new names, for search (outlet:NAME)."""
        from tui.store.searchable import describe

        describe(index, quotes, corpus)

    def _shown(self, label: str) -> str:
        """A label as the screen draws it (shaped and ordered in visual mode)."""
        return inline(label, arabic=self.app.arabic, limit=len(label)).plain
