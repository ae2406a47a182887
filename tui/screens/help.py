"""The `?` screen: every key of the app, the explorer and its panes, hidden aliases included."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


_KEY_NAMES = {"question_mark": "?", "slash": "/", "right_square_bracket": "]",
              "left_square_bracket": "[", "escape": "Esc", "enter": "Enter"}


def key_label(key: str) -> str:
    return _KEY_NAMES.get(key, key)


def key_rows(groups: Iterable[tuple[str, Iterable]]) -> list[tuple[str, str, str]]:
    """(where, keys, what) for each binding; tuples like ("q", "quit", "Quit") count too."""
    rows = []
    for where, bindings in groups:
        for binding in bindings:
            if not isinstance(binding, Binding):
                binding = Binding(*binding)
            keys = ", ".join(key_label(k.strip()) for k in binding.key.split(","))
            what = binding.description or binding.action.replace("_", " ")
            if not binding.show and binding.key in ("j", "k"):
                what += " (alias)"
            rows.append((where, keys, what))
    return rows


LEGENDS = """
Sources: Q quotations · St statements the outlet carries · Only: statements no other
outlet carries.
Statements: ● verbatim ◕ near-verbatim ◑ paraphrase ◔ loose ○ indirect (reported speech,
never verbatim) · absent. Speaker types: P person, O organisation, A anonymous source,
? unknown. Outlet columns are headed by name, short label or number (the legend says which).
Search: words match the quotation, its speaker's names and its outlet; speaker:NAME and
outlet:NAME narrow ("…" or «…» around a name of several words). "2/3 words": a result
holding only some of them. A row stands for every article carrying the same words or the
same statement; Space lists them.
y copies «a direct quotation» or "Reported: …" (indirect speech), with speaker and type,
outlet, date, statement id and source:start-end.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "close", "Close", id="help.close")]

    def __init__(self, groups: list[tuple[str, Iterable]]) -> None:
        super().__init__(classes="dialog")
        self.rows = key_rows(groups)

    def compose(self) -> ComposeResult:
        table = Table(title="summit-tui keys", expand=True, show_edge=False)
        table.add_column("where", style="dim")
        table.add_column("key", style="bold")
        table.add_column("does")
        for row in self.rows:
            table.add_row(*row)
        with VerticalScroll(classes="dialog-box", id="help-box"):
            yield Static(table)
            yield Static(LEGENDS, classes="dim")
            yield Static("Esc closes · Ctrl+P opens the command palette with every action",
                         classes="dim")

    def action_close(self) -> None:
        self.dismiss(None)
