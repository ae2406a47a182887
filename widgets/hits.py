"""The list of search results: one row per thing said, opened to list its members.

A row shows the outlet and the speaker (with their type), how many query words it holds
when not all, the words themselves (whole when they fit in two lines), and, when several
articles carry it, how many and which, and its statement's id. Space (or →) opens a row to
list every article's version; ← closes it. Enter shows the row, or the member, in the reader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.provenance import SPEAKER_TYPES, TYPE_LETTERS, relation_label
from tui.search.rows import HitRow, RowMember
from widgets.arabic import excerpt, inline, one_line
from widgets.matrix import short_name

MATCH_STYLE = "bold reverse"
OUTLETS_NAMED = 3   # outlets a row names before "+N"


class HitList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("space,right", "open_row", "Copies", id="hits.open"),
        Binding("left", "close_row", "Fold", show=False, id="hits.close"),
    ]

    class RowChosen(Message):
        """Enter on a row: show it (its best hit) in the reader."""

        def __init__(self, row: HitRow, index: int) -> None:
            super().__init__()
            self.row, self.index = row, index

    class MemberChosen(Message):
        """Enter on one article's version of a row."""

        def __init__(self, row: HitRow, member: RowMember) -> None:
            super().__init__()
            self.row, self.member = row, member

    class RowHighlighted(Message):
        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[HitRow] = []
        self.opened: dict[int, tuple[list[RowMember], int]] = {}
        self.empty_note: str = ""
        # Given by the panel: how to lay out, label and list a row.
        self.describe: Callable[[HitRow, int, int], Text] | None = None
        self.describe_member: Callable[[RowMember, int], Text] | None = None
        self.list_members: Callable[[HitRow], tuple[list[RowMember], int]] | None = None

    # -- filling --------------------------------------------------------------------------
    def show_rows(self, rows: Sequence[HitRow], width: int, keep: bool = False) -> None:
        """Fill the list; `keep`: the same rows laid out again (the highlight and the opened
        rows stay)."""
        highlighted = self.highlighted_option.id if keep and self.highlighted_option else None
        if not keep:
            self.opened = {}
        self.rows = list(rows)
        self.clear_options()
        options: list[Option] = []
        if not self.rows and self.empty_note:
            options.append(Option(Text(self.empty_note, style="italic"), disabled=True))
        for n, row in enumerate(self.rows):
            options.append(Option(self.describe(row, n, width), id=f"r{n}"))
            if n in self.opened:
                listed, more = self.opened[n]
                for k, member in enumerate(listed):
                    options.append(Option(self.describe_member(member, width), id=f"m{n}.{k}"))
                if more:
                    options.append(Option(Text(f"    … and {more:,} more (e exports them all)",
                                               style="dim"), disabled=True))
        self.add_options(options)
        if highlighted is not None:
            try:
                self.highlighted = self.get_option_index(highlighted)
            except Exception:
                self.highlighted = None

    @property
    def row_index(self) -> int | None:
        """The row the highlight is on (or on one of whose members it is)."""
        option = self.highlighted_option
        if option is None or option.id is None:
            return None
        return int(option.id[1:].split(".")[0])

    def highlight_row(self, index: int) -> None:
        self.highlighted = self.get_option_index(f"r{index}")

    # -- opening rows ---------------------------------------------------------------------
    def action_open_row(self) -> None:
        index = self.row_index
        if index is None or index in self.opened or self.list_members is None:
            return
        self.opened[index] = self.list_members(self.rows[index])
        self.show_rows(self.rows, self._width(), keep=True)

    def action_close_row(self) -> None:
        index = self.row_index
        if index is None or index not in self.opened:
            return
        del self.opened[index]
        self.show_rows(self.rows, self._width(), keep=True)
        self.highlight_row(index)

    def _width(self) -> int:
        return max(10, self.size.width - self.styles.gutter.width - 2)

    # -- choosing -------------------------------------------------------------------------
    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("r"):
            index = int(option_id[1:])
            self.post_message(self.RowChosen(self.rows[index], index))
        elif option_id.startswith("m"):
            row, k = option_id[1:].split(".")
            self.post_message(self.MemberChosen(self.rows[int(row)],
                                                self.opened[int(row)][0][int(k)]))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        index = self.row_index
        if index is not None:
            self.post_message(self.RowHighlighted(index))


def row_prompt(row: HitRow, number: int, width: int, *, outlets: Mapping[str, str],
               speaker, arabic, direct: bool | None) -> Text:
    """A row of the list: who and where, the words, and who else carries them."""
    hit = row.hit
    record = hit.record
    head = Text(f"{number + 1}. ", style="dim")
    head.append_text(inline(outlets.get(record.source_id, record.source_id), arabic=arabic,
                            limit=18))
    if record.kind == "quote":
        head.append(" · ")
        if speaker is None:
            head.append("unattributed", style="dim")
        else:
            # The type first: an anonymous source is a finding even where the name is cut.
            kind = getattr(speaker, "type", "unknown") or "unknown"
            tag = SPEAKER_TYPES.get(kind, kind) if width >= 50 else TYPE_LETTERS.get(kind, "?")
            head.append(f"{tag}: ", style="bold yellow" if kind == "anonymous" else "dim")
            room = max(4, width - head.cell_len - 2)
            head.append_text(inline(short_name(speaker, room), arabic=arabic, limit=room))
    tags = []
    if hit.words and not hit.whole:
        tags.append(f"{hit.matched}/{hit.words} words")
    if direct is False:
        tags.append("reported")
    if tags:
        head.append("  " + " · ".join(tags), style="italic")
    head.truncate(width, overflow="ellipsis")
    text = record.text
    spans = [(s - record.start, e - record.start, MATCH_STYLE) for s, e in hit.matches
             if record.start <= s and e <= record.end]
    if direct:
        text = f"«{text}»"
        spans = [(s + 1, e + 1, style) for s, e, style in spans]
    body = excerpt(text, width, spans, lines=2, arabic=arabic)
    lines = [head, *body]
    if row.articles > 1 or row.statement_id:
        lines.append(carried_by(row, width, outlets, arabic))
    return Text("\n").join(lines)


def carried_by(row: HitRow, width: int, outlets: Mapping[str, str], arabic) -> Text:
    line = Text("  ▸ ", style="dim")
    if row.articles > 1:
        names: list[str] = []
        for source in row.first_sources(4 * OUTLETS_NAMED):
            label = outlets.get(source, source)
            if label not in names:
                names.append(label)
            if len(names) > OUTLETS_NAMED:
                break
        line.append(f"{row.articles:,} articles: ", style="dim")
        for n, name in enumerate(names[:OUTLETS_NAMED]):
            line.append_text((Text(", ") if n else Text("")) + inline(name, arabic=arabic,
                                                                        limit=16))
        total_outlets = row.outlet_count(outlets)
        if total_outlets > OUTLETS_NAMED:
            line.append(f" +{total_outlets - OUTLETS_NAMED:,}", style="dim")
    if row.statement_id:
        line.append(("  · " if row.articles > 1 else "") + row.statement_id, style="bold")
    line.truncate(width, overflow="ellipsis")
    return line


def member_prompt(member: RowMember, width: int, *, outlets: Mapping[str, str],
                  arabic) -> Text:
    """One article's version, under its row."""
    head = Text("    ↳ ", style="dim")
    head.append_text(inline(outlets.get(member.source_id, member.source_id), arabic=arabic,
                            limit=18))
    if member.direct is None:
        relation = member.relation
    elif member.relation == "same words":
        relation = "same words" + ("" if member.direct else ", reported")
    else:
        relation = relation_label(member.relation, member.direct)
    head.append(f" · {relation}", style="italic")
    if member.speaker is not None:
        head.append(" · ")
        head.append_text(inline(getattr(member.speaker, "label", str(member.speaker)),
                                arabic=arabic, limit=20))
    head.truncate(width, overflow="ellipsis")
    words = one_line(member.text, max(1, width - 6), arabic=arabic)
    return Text("\n").join([head, Text("      ") + words])
