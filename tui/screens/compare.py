"""One statement, every outlet's wording: side by side when wide, stacked when narrow."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Label

from widgets.compare import CompareView, wordings
from widgets.footer import KeyFooter
from widgets.arabic import inline, one_line


class CompareScreen(Screen):
    BINDINGS = [
        Binding("escape,q", "close", "Back", id="compare.close"),
        Binding("j", "scroll(1)", "Down", show=False),
        Binding("k", "scroll(-1)", "Up", show=False),
    ]

    mode: reactive[str] = reactive("visual")
    harakat: reactive[bool] = reactive(True)

    def __init__(self, statement, outlets: dict[str, str], speakers: dict[str, str], *,
                 mode: str = "visual", harakat: bool = True) -> None:
        super().__init__()
        self.statement = statement
        self.items = wordings(statement, outlets, speakers)
        missing = [outlets.get(s, s) for s in statement.missing_from]
        carried = len({m.source_id for m in statement.members})
        self.summary = (f"carried by {carried} outlet(s) · absent from: "
                        f"{', '.join(missing) or 'none'} · highlighted: words that differ from "
                        "the reference wording")
        self.set_reactive(CompareScreen.mode, mode)
        self.set_reactive(CompareScreen.harakat, harakat)

    def compose(self) -> ComposeResult:
        speaker, summary = self._header()
        yield Label(speaker, id="compare-speaker")
        yield Label(summary, id="compare-summary")
        yield CompareView(self.items, id="compare").data_bind(CompareScreen.mode,
                                                               CompareScreen.harakat)
        yield KeyFooter()

    def _header(self):
        speaker = self.statement.speaker.label if self.statement.speaker else "unattributed"
        line = f"Speaker: {speaker}"
        return (one_line(line, len(line), mode=self.mode, harakat=self.harakat),
                inline(self.summary, mode=self.mode, harakat=self.harakat,
                       limit=len(self.summary)))

    def _refresh_header(self) -> None:
        if self.is_mounted:
            speaker, summary = self._header()
            self.query_one("#compare-speaker", Label).update(speaker)
            self.query_one("#compare-summary", Label).update(summary)

    def watch_mode(self) -> None:
        self._refresh_header()

    def watch_harakat(self) -> None:
        self._refresh_header()

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_scroll(self, step: int) -> None:
        self.query_one(CompareView).scroll_relative(y=step, animate=False)
