"""The outlet-by-statement matrix: statements as rows, outlets as columns, one symbol per cell."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import DataTable

from widgets.arabic import one_line
from widgets.table import ArabicTable

# One glyph per relation, readable without colour; colour only reinforces it.
MARKS = {
    "verbatim": ("●", "bold green"),
    "near-verbatim": ("◕", "green"),
    "paraphrase": ("◑", "yellow"),
    "indirect": ("○", "cyan"),
}
ABSENT_MARK = ("·", "dim")
MAX_OUTLET_COLUMNS = 16   # beyond this the busiest outlets get columns; exports keep all
LEGEND = "● verbatim ◕ near ◑ paraphrase ○ indirect · absent"


def relations(statement) -> dict[str, str]:
    """Each outlet's strongest relation to the statement (verbatim beats paraphrase...)."""
    order = list(MARKS)
    best: dict[str, str] = {}
    for member in statement.members:
        current = best.get(member.source_id)
        if current is None or order.index(member.relation) < order.index(current):
            best[member.source_id] = member.relation
    return best


def arrange(statements: Sequence, *, by_count: bool, only_one: bool) -> list:
    """The rows to show: optionally only single-outlet statements, optionally most-carried first."""
    rows = [s for s in statements if not only_one or len(relations(s)) == 1]
    if by_count:
        rows.sort(key=lambda s: -len(relations(s)))  # stable: ties keep the analysis order
    return rows


def shown_outlets(outlets: Sequence[tuple[str, str]], statements: Sequence,
                  limit: int = MAX_OUTLET_COLUMNS) -> tuple[tuple[str, str], ...]:
    """All outlets when they fit; else the `limit` that carry most statements, in corpus order."""
    if len(outlets) <= limit:
        return tuple(outlets)
    carried: dict[str, int] = {}
    for statement in statements:
        for source_id in relations(statement):
            carried[source_id] = carried.get(source_id, 0) + 1
    order = {source_id: n for n, (source_id, _) in enumerate(outlets)}
    busiest = sorted(outlets, key=lambda o: (-carried.get(o[0], 0), order[o[0]]))[:limit]
    return tuple(sorted(busiest, key=lambda o: order[o[0]]))


class StatementMatrix(ArabicTable):
    BINDINGS = [
        Binding("s", "toggle_sort", "Sort by outlets", id="matrix.sort"),
        Binding("o", "toggle_only_one", "Only-one filter", id="matrix.only_one"),
    ]

    statements: reactive[tuple] = reactive(tuple, always_update=True)
    outlets: reactive[tuple[tuple[str, str], ...]] = reactive(tuple)  # (source id, label)
    by_count: reactive[bool] = reactive(False)
    only_one: reactive[bool] = reactive(False)

    class Chosen(Message):
        """Enter on a statement: open the compare view."""

        def __init__(self, statement) -> None:
            super().__init__()
            self.statement = statement

    class Highlighted(Message):
        def __init__(self, statement) -> None:
            super().__init__()
            self.statement = statement

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.shown: list = []
        self.columns_shown: tuple[tuple[str, str], ...] = ()

    def watch_statements(self) -> None:
        self.relayout()

    def watch_outlets(self) -> None:
        self.relayout()

    def watch_by_count(self) -> None:
        self.relayout()

    def watch_only_one(self) -> None:
        self.relayout()

    def action_toggle_sort(self) -> None:
        self.by_count = not self.by_count
        self.notify("sorted by number of outlets" if self.by_count else "in analysis order")

    def action_toggle_only_one(self) -> None:
        self.only_one = not self.only_one
        self.notify("only statements carried by one outlet" if self.only_one
                    else "all statements")

    def relayout(self) -> None:
        # What is shown is known before the rows can be laid out (exports read it); the
        # cursor stays on its statement wherever that moves.
        current = self.current
        self.shown = arrange(self.statements, by_count=self.by_count, only_one=self.only_one)
        self.columns_shown = shown_outlets(self.outlets, self.statements)
        super().relayout()
        if current in self.shown and self.row_count:
            self.move_cursor(row=self.shown.index(current), animate=False)

    def lay_out(self, width: int) -> None:
        arabic = self.arabic
        # '#' (4), a 3-cell column per outlet, a scrollbar; the rest is the statement.
        text_width = max(10, width - 4 - 3 * len(self.columns_shown) - 2)
        columns = [("n", Text("  #"), 4)]
        for source_id, label in self.columns_shown:
            short = _short(label)
            header = (Text(short, justify="center") if short.isascii()
                      else one_line(label, 3, arabic=arabic))
            columns.append((source_id, header, 3))
        hidden = len(self.outlets) - len(self.columns_shown)
        title = f" statement (+{hidden} outlets not shown)" if hidden else " statement"
        # Text, not str: a str label is parsed as markup.
        columns.append(("text", Text(title), text_width))
        self.fill(columns, (self._row(number, statement, text_width)
                            for number, statement in enumerate(self.shown, 1)))

    def _row(self, number: int, statement, text_width: int) -> tuple[str, list[Text]]:
        carried = relations(statement)
        cells = [Text(f"{number} ", justify="right")]
        for source_id, _ in self.columns_shown:
            mark, style = MARKS.get(carried.get(source_id, ""), ABSENT_MARK)
            cells.append(Text(mark, style=style, justify="center"))
        cells.append(Text(" ") + one_line(statement.text, text_width - 1, arabic=self.arabic))
        return statement.id, cells

    @property
    def current(self):
        if not self.shown or self.cursor_row < 0 or self.cursor_row >= len(self.shown):
            return None
        return self.shown[self.cursor_row]

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Chosen(self.current))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Highlighted(self.current))


def _short(label: str) -> str:
    """A 3-cell column header: 'Source 3' -> 'S3'; other labels keep their first letters."""
    words = label.split()
    if len(words) == 2 and words[1].isdigit():
        return f"{words[0][:1]}{words[1]}"[:3]
    return label[:3]
