"""The search pane: a query box and ranked results that update while the user types.

Searching runs in an exclusive thread worker after a short pause in typing, so keystrokes
never wait for ranking; a newer query cancels the older one. The index comes down from the
screen (`index`), with the statements (`statements`: quote id -> statement) that join
results into rows; results go up as `SearchPanel.Searched`, a chosen one as `HitChosen`.

The query may name who said it or which outlet carried it (`speaker:NAME`, `outlet:NAME`;
tui.search.query); a result row stands for every article carrying the same words or the
same statement (tui.search.rows).
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.lazy import Lazy
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input
from textual.worker import get_current_worker

from tui.search.rows import HitRow, RowMember
from widgets.arabic import FollowsArabic
from widgets.arabic_input import ArabicInput
from widgets.hits import HitList, member_prompt, row_prompt

DEBOUNCE_SECONDS = 0.12
# The box's hint, the longest that fits whole.
PLACEHOLDERS = ("words, speaker:NAME or outlet:NAME (Arabic or English)",
                "words, speaker:NAME, outlet:NAME", "search quotes", "search")


def speaker_label(record) -> str | None:
    """A search record's speaker as text (sentences carry a label, quotes a Speaker)."""
    speaker = record.speaker
    return speaker if isinstance(speaker, str) else getattr(speaker, "label", None)


class SearchPanel(FollowsArabic, Vertical):
    BINDINGS = [
        # F2 for terminals whose flow control swallows Ctrl+S.
        Binding("ctrl+s,f2", "toggle_scope", "Scope", id="search.scope"),
        Binding("down", "to_hits", "Hits", show=False),
        Binding("escape", "leave", "Leave search", show=False, id="search.leave"),
    ]

    index = reactive(None, always_update=True)
    outlets: reactive[Mapping[str, str]] = reactive(dict)   # source id -> outlet label
    statements: reactive[Mapping] = reactive(dict)          # quote id -> its statement
    scope: reactive[str] = reactive("quotes")
    limit = 50

    class Searched(Message):
        """Results for `query` are on screen (an empty query gives none): `rows`, and
        `hits`, every hit they stand for."""

        def __init__(self, query: str, scope: str, rows: list[HitRow]) -> None:
            super().__init__()
            self.query, self.scope, self.rows = query, scope, rows
            self.hits = [hit for row in rows for hit in row.hits]

    class HitChosen(Message):
        """A result to show: `hit` (the row's best, or the hit of one member), and where
        exactly (`member`, or None for the hit itself); `position` is the row's."""

        def __init__(self, hit, position: int = -1, member: RowMember | None = None,
                     row: HitRow | None = None) -> None:
            super().__init__()
            self.hit, self.position, self.member, self.row = hit, position, member, row

    class Left(Message):
        """Escape: the user is done searching; the screen decides where focus goes."""

    class _Results(Message):
        def __init__(self, query: str, scope: str, rows: list[HitRow]) -> None:
            super().__init__()
            self.query, self.scope, self.rows = query, scope, rows

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rows: list[HitRow] = []
        self.query_text = ""
        self.shown_query = ""
        self.position = -1        # the row `]` and `[` stepped to, or Enter chose
        self._timer = None

    @property
    def hits(self) -> list:
        """Every hit on screen, each once (a row may stand for several)."""
        return [hit for row in self.rows for hit in row.hits]

    def compose(self) -> ComposeResult:
        # The box draws the query laid out for the bidi mode, as the results are. The scope
        # and the current result are in the pane's lower border.
        yield ArabicInput(placeholder=PLACEHOLDERS[-1], id="query")
        # Empty until the first search: it joins after the first frame.
        yield Lazy(HitList(id="hits"))

    def on_mount(self) -> None:
        self._show_state()

    def watch_scope(self) -> None:
        self._show_state()
        self._schedule()

    def watch_index(self) -> None:
        self._schedule()

    def watch_statements(self) -> None:
        if self.query_text.strip():
            self._schedule()

    def _show_state(self) -> None:
        parts = []
        if self.rows:
            if self.position >= 0:
                parts.append(f"{self.position + 1}/{len(self.rows)}")
            else:
                parts.append(f"{len(self.rows)} result" + ("s" if len(self.rows) > 1 else ""))
        parts.append(f"scope: {self.scope}")
        self.border_subtitle = " · ".join(parts)

    def action_toggle_scope(self) -> None:
        from tui.search.model import SCOPES

        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]

    @property
    def hit_list(self) -> HitList | None:
        """The list of results, once it has joined the pane."""
        found = self.query_children(HitList)
        return found.first() if found else None

    def action_to_hits(self) -> None:
        hits = self.hit_list
        if hits is None:
            return
        hits.focus()
        if hits.option_count and hits.highlighted is None:
            hits.highlighted = 0

    def action_leave(self) -> None:
        self.post_message(self.Left())

    def focus_query(self) -> None:
        self.query_one("#query", ArabicInput).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        self._schedule()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        hits = self.hit_list
        if hits is not None and self.rows:
            hits.focus()
            hits.highlight_row(0)

    def _schedule(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self.is_mounted:
            self._timer = self.set_timer(DEBOUNCE_SECONDS, self._start_search)

    def _start_search(self) -> None:
        self._timer = None
        query = self.query_text.strip()
        if not query or self.index is None:
            self._show([], query, self.scope)
            return
        self._search(self.index, query, self.scope, self.statements, self._order())

    def _order(self) -> dict[str, int]:
        return {source: n for n, source in enumerate(self.outlets)}

    # (a description of our own: Textual's default is the repr of every argument, and the
    # statements of a big folder take minutes and gigabytes to repr)
    @work(thread=True, exclusive=True, group="search", description="search")
    def _search(self, index, query: str, scope: str, statements, order) -> None:
        from tui.search.rows import collapse

        hits = index.search(query, scope=scope, limit=self.limit)
        if get_current_worker().is_cancelled:
            return
        rows = collapse(hits, index, statements, order) if hasattr(index, "copy_sources") \
            else [HitRow((hit,), None, (hit.record.source_id,)) for hit in hits]
        if not get_current_worker().is_cancelled:
            self.post_message(self._Results(query, scope, rows))

    def on_search_panel__results(self, message: _Results) -> None:
        message.stop()
        if message.query == self.query_text.strip() and message.scope == self.scope:
            self._show(message.rows, message.query, message.scope)

    def _show(self, rows: list[HitRow], query: str, scope: str) -> None:
        self.rows = list(rows)
        self.shown_query = query
        self.position = -1
        self._show_state()
        self._fill(keep=False)
        self.post_message(self.Searched(query, scope, self.rows))

    # -- stepping through results (`]`, `[` from the screen) ------------------------------
    def step(self, step: int) -> HitRow | None:
        """Move to the next (or previous) result, wrapping; it is highlighted in the list."""
        if not self.rows:
            return None
        self.position = (self.position + step) % len(self.rows) if self.position >= 0 \
            else (0 if step > 0 else len(self.rows) - 1)
        hit_list = self.hit_list
        if hit_list is not None and hit_list.option_count:
            hit_list.highlight_row(self.position)
        self._show_state()
        return self.rows[self.position]

    # -- laying out -----------------------------------------------------------------------
    def lay_out(self, width: int) -> None:
        box = self.query_one("#query", ArabicInput)
        room = max(1, box.scrollable_content_region.width or width - 4)
        box.placeholder = next((p for p in PLACEHOLDERS if cell_len(p) <= room),
                               PLACEHOLDERS[-1])
        self._fill(keep=True)

    def _fill(self, keep: bool) -> None:
        hit_list = self.hit_list
        if hit_list is None:
            return
        # The list's own width less its frame, padding and a scrollbar: a line never wraps.
        width = max(10, (hit_list.size.width or self.size.width) - hit_list.styles.gutter.width
                    - 2)
        index = self.index
        arabic = self.arabic
        outlets = self.outlets

        def describe(row: HitRow, number: int, width: int):
            record = row.hit.record
            quote = index.quote_of(record) if hasattr(index, "quote_of") else None
            speaker = (index.speaker_of(record) if hasattr(index, "speaker_of") else None)
            if speaker is None and record.kind == "quote" and speaker_label(record):
                from tui.quotes.model import Speaker

                speaker = Speaker(speaker_label(record), speaker_label(record))
            direct = getattr(quote, "direct", None) if record.kind == "quote" else None
            return row_prompt(row, number, width, outlets=outlets, speaker=speaker,
                              arabic=arabic, direct=direct)

        def describe_member(member: RowMember, width: int):
            return member_prompt(member, width, outlets=outlets, arabic=arabic)

        def list_members(row: HitRow):
            from tui.search.rows import members

            return members(row, index)

        hit_list.describe, hit_list.describe_member = describe, describe_member
        hit_list.list_members = list_members
        hit_list.empty_note = self._empty_note()
        hit_list.show_rows(self.rows, width, keep=keep)
        if self.position >= 0 and not keep:
            hit_list.highlight_row(self.position)

    def _empty_note(self) -> str:
        query = self.shown_query
        if not query:
            return ""
        other = "sentences" if self.scope == "quotes" else "quotes"
        note = f"No {self.scope} match {query}."
        if "speaker:" in query.lower() and self.scope == "sentences":
            note += " speaker: applies to quotes."
        return note + f" Ctrl+S searches the {other}."

    # -- choosing -------------------------------------------------------------------------
    def on_hit_list_row_chosen(self, message: HitList.RowChosen) -> None:
        message.stop()
        self.position = message.index
        self._show_state()
        self.post_message(self.HitChosen(message.row.hit, message.index, None, message.row))

    def on_hit_list_member_chosen(self, message: HitList.MemberChosen) -> None:
        message.stop()
        self.position = self.rows.index(message.row)
        self._show_state()
        self.post_message(self.HitChosen(message.row.hit, self.position, message.member,
                                         message.row))

    def on_hit_list_row_highlighted(self, message: HitList.RowHighlighted) -> None:
        message.stop()
