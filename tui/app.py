"""The Textual app: settings, terminal bidi mode, dialogs; the explorer screen does the rest."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen

from tui.corpus import Corpus
from tui.errors import UserError
from tui.output import plain_text
from tui.screens.explorer import ExplorerScreen
from tui.settings import load_settings, save_settings
# terminal-wg "BiDi in terminal emulators": explicit mode (the app reorders) / implicit mode.
from tui.text.terminal_bidi import EXPLICIT as EXPLICIT_BIDI
from tui.text.terminal_bidi import IMPLICIT as IMPLICIT_BIDI
from widgets.sources import SourceList
from widgets.stylesheet_cache import CachedStylesheet, cached


class SummitApp(App[int]):
    TITLE = "summit-tui"
    # Absolute, so subclasses defined elsewhere (tests, benchmarks) find it too.
    CSS_PATH = Path(__file__).with_name("app.tcss")
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help", key_display="?"),
        Binding("b", "toggle_bidi", "Bidi", id="app.bidi"),
        Binding("h", "toggle_harakat", "Harakat", id="app.harakat"),
        # Ctrl-C ends the program as it does any command line tool: status 130 (128+SIGINT),
        # the terminal restored by Textual on the way out. (Textual's own binding only hints.)
        Binding("ctrl+c", "interrupt", "Quit (status 130)", show=False, priority=True,
                id="app.interrupt"),
    ]

    bidi: reactive[str] = reactive("visual", init=False)
    harakat: reactive[bool] = reactive(True, init=False)

    def __init__(self, corpus: Corpus | None = None, *, path: str | None = None,
                 problems: list[str] | None = None, bidi: str | None = None,
                 freeze_heap: bool = False, style_cache: bool = True, fields=None) -> None:
        """Explore `corpus`; or, when it is None, read the folder `path` (None = the bundled
        seeds) in a worker with a progress bar, so the window is up at once.

        `freeze_heap` (what `summit-tui` does; not for a process that runs many apps): see
        `settle_heap`. `style_cache`: keep parsed stylesheets on disk (see
        widgets.stylesheet_cache)."""
        super().__init__()
        if style_cache:
            self.stylesheet = cached(self.stylesheet)
        self.freeze_heap = freeze_heap
        if freeze_heap:
            # No collections until the first frame is drawn (see settle_heap): about every
            # thirtieth instruction of the start went to walking objects that all stay.
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
        self.set_reactive(SummitApp.bidi, self.settings.bidi)
        self.set_reactive(SummitApp.harakat, self.settings.harakat)
        self.terminal_writes: list[str] = []   # every bidi-mode sequence sent, for tests

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
        collection walked them all: 90-180 ms pauses while paging through a long article,
        and about 5% of the work before the first frame. Garbage made later is collected as
        before; garbage that exists now is kept, which for one app per process is little."""
        if self.freeze_heap:
            gc.freeze()

    def _first_frame_drawn(self) -> None:
        if self.freeze_heap:
            self.settle_heap()
            gc.enable()
        self._save_styles()

    def _save_styles(self) -> None:
        # What the first frame parsed (and, at exit, what later screens did) for next time.
        if isinstance(self.stylesheet, CachedStylesheet):
            self.stylesheet.save()

    def get_default_screen(self) -> Screen:
        # The explorer is the first screen itself: an empty default screen under it was
        # mounted, styled and switched away from before the first frame.
        return ExplorerScreen(self.corpus, path=self.path, mode=self.bidi, harakat=self.harakat,
                              fields=self.fields)

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
        self._save_styles()
        if self.bidi == "visual":
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
        self._write_terminal(EXPLICIT_BIDI if self.bidi == "visual" else IMPLICIT_BIDI)

    def _write_terminal(self, sequence: str) -> None:
        self.terminal_writes.append(sequence)
        driver = self._driver
        if driver is not None and not self.is_headless:
            driver.write(sequence)
            driver.flush()

    def watch_bidi(self, mode: str) -> None:
        self.settings = replace(self.settings, bidi=mode)
        self._save()
        self._send_bidi_mode()
        for screen in self.screen_stack:
            if hasattr(screen, "mode"):
                screen.mode = mode

    def watch_harakat(self, harakat: bool) -> None:
        self.settings = replace(self.settings, harakat=harakat)
        self._save()
        for screen in self.screen_stack:
            if hasattr(screen, "harakat"):
                screen.harakat = harakat

    def action_toggle_bidi(self) -> None:
        self.bidi = "logical" if self.bidi == "visual" else "visual"
        self.notify(f"bidi mode: {self.bidi}" + (" (the terminal orders and shapes Arabic)"
                                                  if self.bidi == "logical" else ""))

    def action_toggle_harakat(self) -> None:
        self.harakat = not self.harakat
        self.notify("harakat shown" if self.harakat else "harakat hidden")

    # -- help and the command palette -----------------------------------------------------
    def action_help(self) -> None:
        from tui.screens.help import HelpScreen
        from widgets.matrix import StatementMatrix
        from widgets.reader import Reader
        from widgets.search_panel import SearchPanel

        self.push_screen(HelpScreen([
            ("app", self.BINDINGS), ("explorer", ExplorerScreen.BINDINGS),
            ("sources", SourceList.BINDINGS), ("search", SearchPanel.BINDINGS),
            ("statements", StatementMatrix.BINDINGS), ("reader", Reader.BINDINGS),
        ]))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from tui.screens.help import key_label

        yield from super().get_system_commands(screen)
        # What the focused chain binds, then what the other panes bind (run on that pane),
        # so the palette lists every action wherever the focus is.
        nodes = [(active.node, active.binding) for active in screen.active_bindings.values()]
        if isinstance(screen, ExplorerScreen):
            for pane in screen.query("SourceList, SearchPanel, StatementMatrix, Reader"):
                nodes += [(pane, b if isinstance(b, Binding) else Binding(*b))
                          for b in type(pane).BINDINGS]
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

    # -- export and rename dialogs --------------------------------------------------------
    # The dialogs are imported when first opened: the first frame does not need them.
    def on_explorer_screen_export_requested(self, message: ExplorerScreen.ExportRequested) -> None:
        from tui.screens.dialogs import PromptScreen

        self.push_screen(PromptScreen(
            "Export to file: .csv or .md = statement matrix, .json = search results",
            message.suggested), self._export_named)

    def _export_named(self, name: str | None) -> None:
        from tui.export import export_format, hits_json, matrix_csv, matrix_markdown
        from tui.screens.dialogs import ConfirmScreen

        if not name:
            return
        explorer = self.explorer
        kind = export_format(name)
        if kind is None:
            self.notify(f"{name}: use a name ending in .csv, .md or .json", severity="error")
            return
        if kind == "json":
            if not explorer.hits:
                self.notify("no search results to export; search first (/)", severity="warning")
                return
            text = hits_json(explorer.hits, explorer.corpus, explorer.query_text)
        else:
            statements = explorer.query_one("#matrix").shown
            if not statements:
                self.notify("no statements to export yet", severity="warning")
                return
            render = matrix_csv if kind == "csv" else matrix_markdown
            text = render(statements, explorer.corpus)
        path = Path(name).expanduser()
        if path.exists():
            self.push_screen(ConfirmScreen(f"{path} exists. Replace it?"),
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

    def on_source_list_rename_requested(self, message: SourceList.RenameRequested) -> None:
        from tui.screens.dialogs import PromptScreen

        corpus = self.explorer.corpus
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
        self.push_screen(PromptScreen(f"New outlet label for {source_id}",
                                      corpus.source(source_id).outlet),
                         lambda label: self._confirm_rename(source_id, label))

    def _confirm_rename(self, source_id: str, label: str | None) -> None:
        from tui.screens.dialogs import ConfirmScreen

        if not label:
            return
        manifest = self.explorer.corpus.manifest
        self.push_screen(
            ConfirmScreen(f"Write outlet = «{self._shown(label)}» for {source_id} into "
                          f"{manifest}?"),
            lambda yes: yes and self._rename(source_id, label))

    def _rename(self, source_id: str, label: str) -> None:
        from tui.outlets import check_label, rename_outlet

        explorer = self.explorer
        try:
            path = rename_outlet(explorer.corpus, source_id, label)
        except UserError as err:
            self.notify(str(err), severity="error", timeout=10)
            return
        explorer.set_outlet(source_id, check_label(label))
        self.notify(f"renamed {source_id} to «{self._shown(check_label(label))}» in {path}")

    def _shown(self, label: str) -> str:
        """A label as the screen should draw it (shaped and ordered in visual mode)."""
        from widgets.arabic import inline

        return inline(label, mode=self.bidi, harakat=self.harakat, limit=len(label)).plain
