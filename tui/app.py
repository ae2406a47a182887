"""The Textual app: settings (the Arabic display, the theme) and the terminal's bidi mode;
the explorer screen does the rest."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from textual.app import SystemCommand
from textual.binding import Binding
from textual.driver import Driver
from textual.screen import Screen

from tui.corpus import Corpus
from tui.output import plain_text
from tui.screens.explorer import ExplorerScreen
from tui.settings import load_settings, save_settings
from tui.text.layout import ArabicDisplay
# terminal-wg "BiDi in terminal emulators": explicit mode (the app reorders) / implicit mode.
from tui.text.terminal_bidi import EXPLICIT as EXPLICIT_BIDI
from tui.text.terminal_bidi import IMPLICIT as IMPLICIT_BIDI
from widgets.arabic import ArabicApp
from widgets.sources import SourceList


@functools.cache
def _handing_itself_to_the_app(base: type[Driver]) -> type[Driver]:
    """`base` (the platform's driver), made to hand itself to the app that makes it: the app
    writes the terminal's bidi mode through it while it runs."""

    class TerminalDriver(base):
        def __init__(self, app, *args, **kwargs) -> None:
            super().__init__(app, *args, **kwargs)
            app.terminal = self

    return TerminalDriver


class SummitApp(ArabicApp):
    TITLE = "summit-tui"
    # Absolute, so subclasses defined elsewhere (tests, benchmarks) find it too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help", key_display="?"),
        Binding("b", "toggle_bidi", "Bidi", show=False, id="app.bidi"),
        Binding("h", "toggle_harakat", "Harakat", show=False, id="app.harakat"),
        # Ctrl-C ends the program as it does any command line tool: status 130 (128+SIGINT),
        # the terminal restored by Textual on the way out. (Textual's own binding only hints.)
        Binding("ctrl+c", "interrupt", "Quit (status 130)", show=False, priority=True,
                id="app.interrupt"),
    ]

    terminal: Driver | None = None   # the driver, once it runs (see get_driver_class)
    # Why the app gave up at start (the folder it was given cannot be used): launch prints it
    # once the terminal is restored, and the app's status is 2.
    exit_error: str | None = None

    def __init__(self, corpus: Corpus | None = None, *, path: str | None = None,
                 problems: list[str] | None = None, bidi: str | None = None,
                 freeze_heap: bool = False, fields=None) -> None:
        """Explore `corpus`; or, when it is None, read the folder `path` (None = the bundled
        seeds) in a worker with a progress bar, so the window is up at once.

        `freeze_heap` (what `summit-tui` does; not for a process that runs many apps): see
        `settle_heap`."""
        super().__init__()
        self.freeze_heap = freeze_heap
        if freeze_heap:
            # No collections until the first frame is drawn (see settle_heap): they would
            # walk, again and again, objects that all stay.
            gc.disable()
        self.corpus = corpus
        self.path = path
        self.fields = fields        # a tui.corpus.articles.Fields: --field mappings
        self.problems = list(problems or [])
        self.settings, self.setting_warnings = load_settings()
        if bidi is not None and bidi != self.settings.bidi:
            # `--bidi` wins over the saved mode and becomes the saved mode.
            self.settings = replace(self.settings, bidi=bidi)
            self._save()
        self.set_reactive(SummitApp.arabic, self.settings.arabic)
        self.terminal_writes: list[str] = []   # every bidi-mode sequence sent, for tests

    def get_driver_class(self) -> type[Driver]:
        return _handing_itself_to_the_app(super().get_driver_class())

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = False) -> None:
        # Messages carry file names, titles and labels from untrusted files: never markup
        # (a file named `[b="x].txt` would crash the app, `[@click=…]` would add an action),
        # and never a raw control character.
        super().notify(plain_text(str(message)), title=plain_text(title), severity=severity,
                       timeout=timeout, markup=False)
        # In a real terminal a toast that expires while the screen is busy (the analysis
        # arriving) can stay drawn until the next key: repaint the screen once it has gone.
        gone = (self.NOTIFICATION_TIMEOUT if timeout is None else timeout) + 0.5
        self.set_timer(gone, lambda: self.screen.refresh(layout=True))

    def action_interrupt(self) -> None:
        self.exit(return_code=130)

    @property
    def explorer(self) -> ExplorerScreen:
        return next(s for s in self.screen_stack if isinstance(s, ExplorerScreen))

    def settle_heap(self) -> None:
        """Take what exists now (modules, widgets; then the corpus, analysis and index) out
        of the cycle collector's sight. They live until the program ends, yet each full
        collection walked them all: long pauses while paging through a long article.
        Garbage made later is collected as before; garbage that exists now is kept, which
        for one app per process is little."""
        if self.freeze_heap:
            gc.freeze()

    def _first_frame_drawn(self) -> None:
        if self.freeze_heap:
            self.settle_heap()
            gc.enable()

    def get_default_screen(self) -> Screen:
        # The explorer is the first screen itself: an empty default screen under it would be
        # mounted, styled and switched away from before the first frame.
        return ExplorerScreen(self.corpus, path=self.path, fields=self.fields)

    def on_mount(self) -> None:
        self.settle_heap()
        self.call_after_refresh(self._first_frame_drawn)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        else:
            self.setting_warnings.append(f"unknown theme {self.settings.theme!r}; using default")
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self._send_bidi_mode()
        corpus_warnings = self.corpus.warnings if self.corpus is not None else ()
        for warning in [*self.setting_warnings, *corpus_warnings]:
            self.notify(warning, severity="warning", timeout=10)
        for problem in self.problems:
            self.notify(problem, severity="error", timeout=10)

    def on_unmount(self) -> None:
        if self.arabic.bidi == "visual":
            self._write_terminal(IMPLICIT_BIDI)

    # -- settings -------------------------------------------------------------------------
    def _save(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as err:
            self.notify(f"settings not saved: {err}", severity="warning")

    def _theme_changed(self, theme) -> None:
        self.settings = replace(self.settings, theme=theme.name)
        self._save()

    def _send_bidi_mode(self) -> None:
        self._write_terminal(EXPLICIT_BIDI if self.arabic.bidi == "visual" else IMPLICIT_BIDI)

    def _write_terminal(self, sequence: str) -> None:
        self.terminal_writes.append(sequence)
        if self.terminal is not None and not self.is_headless:
            self.terminal.write(sequence)
            self.terminal.flush()

    def watch_arabic(self, old: ArabicDisplay, new: ArabicDisplay) -> None:
        self.settings = replace(self.settings, bidi=new.bidi, harakat=new.harakat)
        self._save()
        if new.bidi != old.bidi:
            self._send_bidi_mode()

    def action_toggle_bidi(self) -> None:
        bidi = "logical" if self.arabic.bidi == "visual" else "visual"
        self.arabic = replace(self.arabic, bidi=bidi)
        self.notify(f"bidi mode: {bidi}" + (" (the terminal orders and shapes Arabic)"
                                             if bidi == "logical" else ""))

    def action_toggle_harakat(self) -> None:
        self.arabic = replace(self.arabic, harakat=not self.arabic.harakat)
        self.notify("harakat shown" if self.arabic.harakat else "harakat hidden")

    # -- help and the command palette -----------------------------------------------------
    def action_help(self) -> None:
        from tui.screens.help import HelpScreen
        from widgets.discrepancies import DiscrepancyList
        from widgets.hits import HitList
        from widgets.matrix import StatementMatrix
        from widgets.reader import Reader
        from widgets.search_panel import SearchPanel
        from widgets.table import ArabicTable

        self.push_screen(HelpScreen([
            ("app", self.BINDINGS), ("explorer", ExplorerScreen.BINDINGS),
            ("sources", [*SourceList.BINDINGS, *ArabicTable.BINDINGS]),
            ("search", SearchPanel.BINDINGS), ("results", HitList.BINDINGS),
            ("statements", [*StatementMatrix.BINDINGS, *ArabicTable.BINDINGS]),
            ("discrepancies", DiscrepancyList.BINDINGS),
            ("reader", Reader.BINDINGS),
        ]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from tui.screens.help import key_label

        yield from super().get_system_commands(screen)
        # What the focused chain binds, then what the other panes bind (run on that pane),
        # so the palette lists every action wherever the focus is.
        nodes = [(active.node, active.binding) for active in screen.active_bindings.values()]
        if isinstance(screen, ExplorerScreen):
            for pane in screen.query("SourceList, SearchPanel, HitList, StatementMatrix, "
                                     "DiscrepancyList, Reader"):
                nodes += [(pane, b if isinstance(b, Binding) else Binding(*b))
                          for b in type(pane).BINDINGS]
            # Each sort of the statements by name (`s` goes through them in turn).
            from widgets.matrix import SORT_NAMES

            for matrix in screen.query("StatementMatrix"):
                for sort, name in SORT_NAMES.items():
                    yield SystemCommand(f"Sort statements by {name}", "key: s (in turn)",
                                        lambda matrix=matrix, sort=sort:
                                        self.call_later(matrix.run_action,
                                                        f"sort_by('{sort}')"))
        seen = set()
        for node, binding in nodes:
            # Our actions carry ids; Textual's own cursor keys would drown them.
            if not binding.id or not binding.description:
                continue
            if (node, binding.action) in seen or binding.action in ("command_palette", "quit"):
                continue
            seen.add((node, binding.action))
            key = binding.key_display or key_label(binding.key)
            yield SystemCommand(binding.description, f"key: {key}",
                                lambda node=node, action=binding.action:
                                self.call_later(node.run_action, action))
