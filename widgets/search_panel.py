"""The search pane: a query box and ranked hits that update while the user types.

Searching runs in an exclusive thread worker after a short pause in typing, so keystrokes
never wait for ranking; a newer query cancels the older one. The index comes down from the
screen (`index`); results go up as `SearchPanel.Searched`, a chosen hit as `HitChosen`.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.lazy import Lazy
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from widgets.arabic import FollowsArabic, one_line, snippet
from widgets.arabic_input import ArabicInput

DEBOUNCE_SECONDS = 0.12
MATCH_STYLE = "bold reverse"


def speaker_label(record) -> str | None:
    """A search record's speaker as text (sentences carry a label, quotes a Speaker)."""
    speaker = record.speaker
    return speaker if isinstance(speaker, str) else getattr(speaker, "label", None)


class HitList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]


class SearchPanel(FollowsArabic, Vertical):
    BINDINGS = [
        # F2 for terminals whose flow control swallows Ctrl+S.
        Binding("ctrl+s,f2", "toggle_scope", "Scope", id="search.scope"),
        Binding("down", "to_hits", "Hits", show=False),
        Binding("escape", "leave", "Leave search", show=False, id="search.leave"),
    ]

    index = reactive(None, always_update=True)
    outlets: reactive[Mapping[str, str]] = reactive(dict)   # source id -> outlet label
    scope: reactive[str] = reactive("quotes")
    limit = 50

    class Searched(Message):
        """Hits for `query` are on screen (an empty query gives no hits)."""

        def __init__(self, query: str, scope: str, hits: list) -> None:
            super().__init__()
            self.query, self.scope, self.hits = query, scope, hits

    class HitChosen(Message):
        def __init__(self, hit) -> None:
            super().__init__()
            self.hit = hit

    class Left(Message):
        """Escape: the user is done searching; the screen decides where focus goes."""

    class _Results(Message):
        def __init__(self, query: str, scope: str, hits: list) -> None:
            super().__init__()
            self.query, self.scope, self.hits = query, scope, hits

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list = []
        self.query_text = ""
        self._timer = None

    def compose(self) -> ComposeResult:
        # The box draws the query laid out for the bidi mode, as the hits are. The scope is
        # in the pane's lower border: a 38-cell pane has no room for it beside the box.
        yield ArabicInput(placeholder="search quotes (Arabic or English)", id="query")
        # Empty until the first search: it joins after the first frame.
        yield Lazy(HitList(id="hits"))

    def on_mount(self) -> None:
        self._show_scope()

    def watch_scope(self) -> None:
        self._show_scope()
        self._schedule()

    def watch_index(self) -> None:
        self._schedule()

    def _show_scope(self) -> None:
        self.border_subtitle = f"scope: {self.scope}"

    def action_toggle_scope(self) -> None:
        from tui.search.model import SCOPES

        self.scope = SCOPES[(SCOPES.index(self.scope) + 1) % len(SCOPES)]

    @property
    def hit_list(self) -> HitList | None:
        """The list of hits, once it has joined the pane."""
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
        if hits is not None and hits.option_count:
            hits.focus()
            hits.highlighted = 0

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
        self._search(self.index, query, self.scope)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, index, query: str, scope: str) -> None:
        hits = index.search(query, scope=scope, limit=self.limit)
        if not get_current_worker().is_cancelled:
            self.post_message(self._Results(query, scope, hits))

    def on_search_panel__results(self, message: _Results) -> None:
        message.stop()
        if message.query == self.query_text.strip() and message.scope == self.scope:
            self._show(message.hits, message.query, message.scope)

    def _show(self, hits: list, query: str, scope: str) -> None:
        self.hits = list(hits)
        self.relayout()
        self.post_message(self.Searched(query, scope, self.hits))

    def lay_out(self, width: int) -> None:
        hit_list = self.hit_list
        if hit_list is None:
            return
        # The list's own width less its frame, padding and a scrollbar: a line never wraps.
        width = max(10, (hit_list.size.width or width) - hit_list.styles.gutter.width - 2)
        hit_list.clear_options()
        hit_list.add_options(Option(self._prompt(hit, width), id=str(n))
                             for n, hit in enumerate(self.hits))

    def _prompt(self, hit, width: int) -> Text:
        record = hit.record
        speaker = speaker_label(record)
        head = f"{self.outlets.get(record.source_id, record.source_id)} · {speaker or '—'}"
        spans = [(s - record.start, e - record.start, MATCH_STYLE) for s, e in hit.matches
                 if record.start <= s and e <= record.end]
        first = spans[0][:2] if spans else None
        head_line = one_line(head, max(1, width - 5), arabic=self.arabic)
        score = Text(f"{hit.score:5.0f}", style="dim")
        return Text.assemble(head_line, score, "\n",
                             snippet(record.text, width, first, spans, arabic=self.arabic))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.HitChosen(self.hits[int(event.option.id)]))
