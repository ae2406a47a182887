"""One statement, every outlet's wording: side by side when wide, stacked when narrow."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Label

from tui.provenance import who
from widgets.arabic import FollowsArabic, inline, one_line
from widgets.compare import CompareView, wordings


class CompareScreen(FollowsArabic, Screen):
    BINDINGS = [
        Binding("escape,q", "close", "Back", id="compare.close"),
        Binding("j", "scroll(1)", "Down", show=False),
        Binding("k", "scroll(-1)", "Up", show=False),
    ]

    def __init__(self, statement, outlets: dict[str, str], speakers: dict,
                 dates: dict[str, str | None] | None = None) -> None:
        super().__init__()
        self.statement = statement
        self.items = wordings(statement, outlets, speakers, dates)
        missing = [outlets.get(s, s) for s in statement.missing_from]
        carried = len({m.source_id for m in statement.members})
        self.summary = (f"{statement.id} · carried by {carried} outlet(s) · absent from: "
                        f"{', '.join(missing) or 'none'}")
        self.key = ("Highlighted: in the reference (first) box, its words some other version "
                    "lacks or words otherwise; in each other box, its words that differ from "
                    "the reference (spelling variants and harakat are not differences). "
                    "«» marks a direct quotation; a dashed box is reported speech.")

    def compose(self) -> ComposeResult:
        yield Label(id="compare-speaker")
        yield Label(id="compare-summary")
        yield Label(self.key, id="compare-key")
        yield CompareView(self.items, id="compare")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.relayout()

    def layout_width(self) -> int:
        return 1   # the header is laid out at its own length, whatever the screen's width

    def lay_out(self, width: int) -> None:
        line = f"Speaker: {who(self.statement.speaker)}"
        self.query_one("#compare-speaker", Label).update(
            one_line(line, len(line), arabic=self.arabic))
        self.query_one("#compare-summary", Label).update(
            inline(self.summary, arabic=self.arabic, limit=len(self.summary)))

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_scroll(self, step: int) -> None:
        self.query_one(CompareView).scroll_relative(y=step, animate=False)
