"""The outlet-by-statement matrix: statements as rows, outlets as columns, one symbol per cell.

Each row carries its statement's stable id (the id of `summit-tui statements`, of exports
and of what `y` copies), the speaker with their type, one mark per outlet and the words.
Outlet columns stay told apart whatever the outlets are called: their full labels when they
fit, else short labels, else numbers, with a key to the full names in the legend.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive

from tui.provenance import TYPE_LETTERS, outlet_relations
from widgets.arabic import Later, inline, one_line
from widgets.table import ArabicTable, RowTable

# One glyph per relation, readable without colour; colour only reinforces it. An outlet
# whose only version is reported speech (قال إن …) gets the indirect mark: never verbatim.
MARKS = {
    "verbatim": ("●", "bold green"),
    "near-verbatim": ("◕", "green"),
    "paraphrase": ("◑", "yellow"),
    "loose": ("◔", "yellow"),
    "indirect": ("○", "cyan"),
}
ABSENT_MARK = ("·", "dim")


def _mark_cell(relation: str) -> Later:
    mark, style = MARKS.get(relation, ABSENT_MARK)
    return Later(Text, mark, style=style, justify="center")


# One cell per mark, shared by every row (a cell is only drawn, never changed).
_MARK_CELLS = {relation: _mark_cell(relation) for relation in (*MARKS, "")}
MAX_OUTLET_COLUMNS = 16   # beyond this the busiest outlets get columns; exports keep all
LEGEND = "● verbatim ◕ near ◑ paraphrase ◔ loose ○ indirect (reported) · absent"
TYPES_LEGEND = "speaker: P person O organisation A anonymous ? unknown"
TYPE_STYLES = {"anonymous": "bold yellow", "unknown": "dim"}
# Statement ids are given in the first sort's order (most outlets first, then first
# reported), so it is also the id order.
SORTS = ("outlets", "first", "speaker")
SORT_NAMES = {"outlets": "number of outlets", "first": "first report", "speaker": "speaker"}
MIN_TEXT = 12             # cells the statement's words keep, whatever else must go


def relations(statement) -> dict[str, str]:
    """Each outlet's strongest relation to the statement (verbatim beats paraphrase...);
    reported speech is always indirect."""
    return {source: relation for source, (relation, _) in outlet_relations(statement).items()}


def _outlets_of(statement) -> set[str]:
    """The sources carrying `statement`: the keys of `relations`, without ranking them (it
    is asked of sixty thousand statements at each sort)."""
    return {member.source_id for member in statement.members}


def _number(statement_id: str) -> tuple[int, str]:
    digits = re.findall(r"\d+", statement_id)
    return (int(digits[-1]) if digits else 0, statement_id)


def arrange(statements: Sequence, *, by_count: bool = False, only_one: bool = False,
            sort: str | None = None, firsts: Mapping[str, tuple] | None = None) -> list:
    """The rows to show: optionally only single-outlet statements, sorted by `sort` (see
    SORTS; `by_count`, kept for callers, is the default). Ties keep the id order.
    `firsts`: statement id -> when it was first reported (for sort="first")."""
    sort = sort or "outlets"
    firsts = firsts or {}
    rows = [s for s in statements if not only_one or len(_outlets_of(s)) == 1]
    rows.sort(key=lambda s: _number(s.id))
    if sort == "outlets":
        # the most carried first; of those carried alike, the first reported first
        rows.sort(key=lambda s: (-len(_outlets_of(s)), firsts.get(s.id, (1,))))
    elif sort == "first":
        rows.sort(key=lambda s: firsts.get(s.id, (1,)))
    elif sort == "speaker":
        rows.sort(key=lambda s: (s.speaker is None, s.speaker.label if s.speaker else ""))
    return rows


def shown_outlets(outlets: Sequence[tuple[str, str]], statements: Sequence,
                  limit: int = MAX_OUTLET_COLUMNS) -> tuple[tuple[str, str], ...]:
    """All outlets when they fit; else the `limit` that carry most statements, in corpus order."""
    if len(outlets) <= limit:
        return tuple(outlets)
    carried: dict[str, int] = {}
    for statement in statements:
        for source_id in _outlets_of(statement):
            carried[source_id] = carried.get(source_id, 0) + 1
    order = {source_id: n for n, (source_id, _) in enumerate(outlets)}
    busiest = sorted(outlets, key=lambda o: (-carried.get(o[0], 0), order[o[0]]))[:limit]
    return tuple(sorted(busiest, key=lambda o: order[o[0]]))


def short_label(label: str) -> str:
    """A short Latin label: 'Source 3' -> 'S3', 'Al Jazeera' -> 'AJ', 'Reuters' -> 'Reu'."""
    words = label.split()
    if len(words) == 2 and words[1].isdigit():
        return f"{words[0][:1]}{words[1]}"
    if len(words) > 1:
        return "".join(w[:1] for w in words)[:4]
    return label[:3]


def outlet_headers(labels: Sequence[str], budget: int,
                   numbers: Sequence[int] | None = None) -> tuple[str, list[str], int]:
    """How to head the outlet columns in `budget` cells: ("full", labels, width), ("short",
    abbreviations, width) or ("number", numbers, width), the first that fits with its
    headers all different (numbers always; `numbers`: each outlet's place in the corpus,
    counted from 1). Width is per column, a gap included."""
    count = max(1, len(labels))
    full = max((cell_len(label) for label in labels), default=1) + 1
    if full * count <= budget and len(set(labels)) == len(labels):
        return "full", list(labels), full
    if all(label.isascii() for label in labels):
        shorts = [short_label(label) for label in labels]
        width = max(3, max((len(s) for s in shorts), default=1) + 1)
        if len(set(shorts)) == len(shorts) and width * count <= budget:
            return "short", shorts, width
    numbers = list(numbers) if numbers is not None else list(range(1, len(labels) + 1))
    headers = [str(n) for n in numbers]
    return "number", headers, max((len(h) for h in headers), default=1) + 1


def short_name(speaker, width: int) -> str:
    """The speaker's label if it fits `width` cells, else the longest of the other names
    the texts give them that is the end of the label and fits (بوتين for فلاديمير بوتين:
    the family name, not a bare title such as الرئيس), else the label's last word."""
    label = speaker.label
    if cell_len(label) <= width:
        return label
    fitting = [n for n in getattr(speaker, "names", ())
               if 0 < cell_len(n) <= width and label.endswith(n)]
    if fitting:
        return max(fitting, key=cell_len)
    return label.split()[-1] if label.split() else label


class StatementMatrix(ArabicTable):
    BINDINGS = [
        Binding("s", "cycle_sort", "Sort", id="matrix.sort"),
        Binding("o", "toggle_only_one", "Only-one filter", id="matrix.only_one"),
    ]

    statements: reactive[tuple] = reactive(tuple, always_update=True)
    outlets: reactive[tuple[tuple[str, str], ...]] = reactive(tuple)  # (source id, label)
    firsts: reactive[dict] = reactive(dict)     # statement id -> when first reported
    sort: reactive[str] = reactive("outlets")
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

    class Arranged(Message):
        """What the matrix shows changed: its sort, its filter, its columns' key."""

        def __init__(self, matrix: StatementMatrix) -> None:
            super().__init__()
            self.matrix = matrix

        def can_replace(self, message: Message) -> bool:
            # What the matrix shows now is what counts: an arrangement not yet reported
            # (several come at once as the panes get their sizes) is not reported at all.
            return isinstance(message, StatementMatrix.Arranged) and message.matrix is self.matrix

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.shown: list = []
        self.columns_shown: tuple[tuple[str, str], ...] = ()
        self.outlet_key: list[tuple[str, str]] = []   # (header, full label) when not full

    @property
    def by_count(self) -> bool:
        return self.sort == "outlets"

    def watch_statements(self) -> None:
        self.relayout()

    def watch_outlets(self) -> None:
        self.relayout()

    def watch_firsts(self) -> None:
        if self.sort == "first":
            self.relayout()

    def watch_sort(self) -> None:
        self.relayout()

    def watch_only_one(self) -> None:
        self.relayout()

    def action_cycle_sort(self) -> None:
        # No toast: the pane's lower border and the status line say the sort.
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]

    def action_sort_by(self, sort: str) -> None:
        self.sort = sort

    def action_toggle_only_one(self) -> None:
        self.only_one = not self.only_one

    @property
    def state(self) -> str:
        """The sort and filter, as the pane's lower border says them."""
        parts = []
        if self.only_one:
            parts.append(f"only one outlet: {len(self.shown)} of {len(self.statements)}")
        else:
            parts.append(f"{len(self.statements)} statements")
        parts.append(f"sort: {SORT_NAMES[self.sort]}")
        return " · ".join(parts)

    def relayout(self) -> None:
        # What is shown is known before the rows can be laid out (exports read it); the
        # cursor stays on its statement wherever that moves.
        current = self.current
        self.shown = arrange(self.statements, sort=self.sort, only_one=self.only_one,
                             firsts=self.firsts)
        self.columns_shown = shown_outlets(self.outlets, self.statements)
        self._keep = self.shown.index(current) if current in self.shown else None
        super().relayout()
        self.post_message(self.Arranged(self))

    _keep: int | None = None   # the row the cursor goes to once the rows are in

    def lay_out(self, width: int) -> None:
        arabic = self.arabic
        room = max(1, width - 2)     # less a scrollbar
        id_width = max([cell_len(s.id) for s in self.shown] + [2]) + 1
        # The speaker's name where there is room; always their type. The words keep at
        # least 40% of the row: outlets are headed by numbers before the words are cut.
        speaker_width = 20 if room >= 100 else 14 if room >= 70 else 10 if room >= 56 else 3
        budget = max(0, room - id_width - speaker_width - max(MIN_TEXT, room * 2 // 5))
        place = {source_id: n for n, (source_id, _) in enumerate(self.outlets, 1)}
        mode, headers, column = self._headers(place, budget)
        if column * len(self.columns_shown) > budget:
            # Not even numbers fit beside the words: the busiest outlets that fit keep a column.
            keep = max(1, budget // column)
            self.columns_shown = shown_outlets(self.outlets, self.statements, keep)
            mode, headers, column = self._headers(place, budget)
        labels = [label for _, label in self.columns_shown]
        self.outlet_key = [] if mode == "full" else list(zip(headers, labels))
        text_width = max(MIN_TEXT, room - id_width - speaker_width - column * len(labels))
        columns = [("id", Text("id"), id_width)]
        for (source_id, label), header in zip(self.columns_shown, headers):
            cell = (Text(header, justify="center") if header.isascii()
                    else inline(header, arabic=arabic, limit=column - 1))
            columns.append((source_id, cell, column))
        columns.append(("speaker", Text("speaker" if speaker_width > 8 else "sp"),
                        speaker_width))
        hidden = len(self.outlets) - len(self.columns_shown)
        title = f"statement (+{hidden} outlets not shown)" if hidden else "statement"
        # Text, not str: a str label is parsed as markup.
        columns.append(("text", Text(title), text_width))
        # One function for each of the laid-out columns, shared by every row's cells (a
        # bound method or keywords of their own were a few hundred bytes a row).
        speaker = functools.partial(self._speaker, width=speaker_width)
        line = functools.partial(one_line, width=text_width - 1, arabic=self.arabic)
        shown = self.shown   # this arrangement's rows, whatever `shown` becomes later
        self.fill(columns, len(shown), lambda n: self._row(shown[n], speaker, line),
                  cursor=self._keep)

    def _headers(self, place: Mapping[str, int], budget: int) -> tuple[str, list[str], int]:
        return outlet_headers([label for _, label in self.columns_shown], budget,
                              [place[source_id] for source_id, _ in self.columns_shown])

    def _row(self, statement, speaker: Callable[[object], Text],
             line: Callable[[str], Text]) -> tuple[str, list[Later]]:
        # Made when the row is drawn, its cells laid out then too. (`speaker`, `line`: the
        # speaker's and the words' cells laid out for their widths)
        carried = relations(statement)
        cells = [Later(Text, statement.id)]
        for source_id, _ in self.columns_shown:
            cells.append(_MARK_CELLS.get(carried.get(source_id, ""), _MARK_CELLS[""]))
        cells.append(Later(speaker, statement.speaker))
        cells.append(Later(line, statement.text))
        return statement.id, cells

    def _speaker(self, speaker, width: int) -> Text:
        arabic = self.arabic
        if speaker is None:
            return Text("– unattributed"[:width - 1], style="dim")
        kind = getattr(speaker, "type", "unknown") or "unknown"
        letter = Text(TYPE_LETTERS.get(kind, "?") + " ", style=TYPE_STYLES.get(kind, "bold"))
        if width <= 3:
            return letter
        return letter + one_line(short_name(speaker, width - 3), max(1, width - 3),
                                 arabic=arabic)

    def legend(self, width: int = 80) -> Text:
        """The marks, the speaker types and, when the columns are not headed by the outlets'
        full names, which outlet each column is: items wrapped to `width`."""
        items = [Text(f"{MARKS[r][0]} {name}") for r, name in (
            ("verbatim", "verbatim"), ("near-verbatim", "near"), ("paraphrase", "paraphrase"),
            ("loose", "loose"), ("indirect", "indirect/reported"))]
        items.append(Text(f"{ABSENT_MARK[0]} absent"))
        items += [Text(f"{letter} {name}") for name, letter in
                  (("person", "P"), ("organisation", "O"), ("anonymous", "A"),
                   ("unknown", "?"))]
        for header, label in self.outlet_key:
            items.append(Text(header + " ", style="bold")
                         + inline(label, arabic=self.arabic, limit=30))
        lines: list[Text] = []
        line = Text("")
        for item in items:
            if line.cell_len and line.cell_len + 2 + item.cell_len > width:
                lines.append(line)
                line = Text("")
            line = line + Text("  ") + item if line.cell_len else item
        lines.append(line)
        return Text("\n").join(lines)

    @property
    def current(self):
        if not self.shown or self.cursor_row < 0 or self.cursor_row >= len(self.shown):
            return None
        return self.shown[self.cursor_row]

    def on_row_table_row_selected(self, event: RowTable.RowSelected) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Chosen(self.current))

    def on_row_table_row_highlighted(self, event: RowTable.RowHighlighted) -> None:
        event.stop()
        if self.current is not None:
            self.post_message(self.Highlighted(self.current))
