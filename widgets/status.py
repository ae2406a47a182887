"""The status line: which corpus is open and how big it is, the current hit, what is
selected, which filters are on; or, while a folder is read and analysed, how far that is.

    Putin–Trump Alaska summit · 5 sources · 159 quotes · 86 statements │ hit 3/17 │ …

Parts are dropped from the right, then shortened, when the terminal is narrow; Arabic in
them (a corpus name, a speaker, a query) is laid out like every other Arabic line.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from widgets.arabic import FollowsArabic, inline

SEPARATOR = " │ "


class StatusLine(FollowsArabic, Widget):
    DEFAULT_CSS = "StatusLine { height: 1; background: $panel; }"

    corpus: reactive[str] = reactive("")
    counts: reactive[tuple[int, int, int] | None] = reactive(None)   # sources, quotes, statements
    hit: reactive[str] = reactive("")          # "hit 3/17"
    # The selected quote (who, statement, where) and what narrows the panes: pieces, each
    # laid out on its own, so an Arabic name does not turn the order of the line around.
    selection: reactive[tuple[str, ...]] = reactive(tuple)
    filters: reactive[tuple[str, ...]] = reactive(tuple)
    query: reactive[str] = reactive("")        # what the search pane shows results for
    fraction: reactive[float | None] = reactive(None)   # work in progress, or None
    stage: reactive[str] = reactive("")

    def __init__(self, stage: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.set_reactive(StatusLine.stage, stage)
        self.set_reactive(StatusLine.fraction, 0.0 if stage else None)

    def update(self, fraction: float | None, stage: str | None = None) -> None:
        """Show work in progress (`fraction` 0..1), or, with None, the status again."""
        self.fraction = None if fraction is None else min(1.0, max(0.0, fraction))
        if stage is not None:
            self.stage = stage

    def lay_out(self, width: int) -> None:
        self.refresh()

    def render(self) -> Text:
        width = self.size.width
        if self.fraction is not None:
            return self._progress(width)
        return self._status(width)

    def _progress(self, width: int) -> Text:
        label = f" {self.stage} " if self.stage else ""
        percent = f" {round(self.fraction * 100):3d}%"
        bar = max(0, width - len(label) - len(percent))
        done = round(self.fraction * bar)
        return Text.assemble(label, ("━" * done, "bold"), ("━" * (bar - done), "dim"),
                             percent, no_wrap=True, overflow="crop")

    def _counts(self, short: bool) -> str:
        if self.counts is None:
            return ""
        sources, quotes, statements = self.counts
        if short:
            return f"{sources} src · {quotes} q · {statements} st"
        return f"{sources} sources · {quotes} quotes · {statements} statements"

    def _parts(self, short: bool, width: int) -> list[Text]:
        arabic = self.arabic
        head = Text(" ")
        counts = self._counts(short)
        if self.corpus:
            name = inline(self.corpus, arabic=arabic, limit=len(self.corpus))
            room = max(8, width - len(counts) - 4) if short else 48
            if name.cell_len > room:
                name.truncate(room - 1, overflow="crop")
                name.append("…")
            name.stylize("bold")
            head.append_text(name)
        if counts:
            head.append((" · " if self.corpus else "") + counts)
        parts = [head]
        if self.hit:
            parts.append(Text(self.hit, style="bold"))
        for pieces in (self.filters, self.selection, (self.query,) if self.query else ()):
            if pieces:
                parts.append(Text(" · ").join(inline(piece, arabic=arabic, limit=len(piece))
                                              for piece in pieces))
        return parts

    def _status(self, width: int) -> Text:
        """The parts that fit: in full, else with the corpus and counts shortened, else
        dropping parts from the right."""
        def joined(parts: list[Text]) -> Text:
            return Text(SEPARATOR, style="dim").join(parts)

        for short in (False, True):
            line = joined(self._parts(short, width))
            if line.cell_len <= width:
                return line
        # Dropped from the right: the query (the search pane shows it), then what is
        # selected; the hit and the filters stay longest (they change what panes show).
        parts = self._parts(True, width)
        while len(parts) > 1 and joined(parts).cell_len > width:
            parts.pop()
        line = joined(parts)
        line.truncate(width, overflow="ellipsis")
        return line
