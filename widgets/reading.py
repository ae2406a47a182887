"""Which reader the explorer uses: the layout engine's `widgets.reader.Reader` when present.

The stand-in below only keeps the app usable while that widget is being written; it has the
same API (show, select, mode, harakat) and draws through layout() too.
"""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from widgets.arabic import laid_lines

try:
    from widgets.reader import Reader
except ImportError:  # pragma: no cover - only before widgets/reader.py lands

    class Reader(VerticalScroll):  # type: ignore[no-redef]
        can_focus = True
        mode: reactive[str] = reactive("visual")
        harakat: reactive[bool] = reactive(True)

        def __init__(self, **kwargs) -> None:
            super().__init__(**kwargs)
            self.source = None
            self.spans: list = []
            self.selected: tuple[int, int] | None = None
            self._body = Static()

        def compose(self):
            yield self._body

        def show(self, source, spans=()) -> None:
            self.source, self.spans, self.selected = source, list(spans), None
            self._draw()

        def select(self, start: int, end: int) -> None:
            self.selected = (start, end)
            self._draw()

        def watch_mode(self) -> None:
            self._draw()

        def watch_harakat(self) -> None:
            self._draw()

        def on_resize(self) -> None:
            self._draw()

        def _draw(self) -> None:
            if self.source is None or not self.is_mounted:
                return
            width = max(10, self.size.width - 3)
            lines: list[Text] = laid_lines(self.source.title, width, mode=self.mode,
                                           harakat=self.harakat)
            target = None
            for paragraph in self.source.paragraphs:
                lines.append(Text(""))
                spans = [(s - paragraph.start, e - paragraph.start, style)
                         for s, e, style in self.spans
                         if s < paragraph.end and e > paragraph.start]
                if self.selected and self.selected[0] < paragraph.end \
                        and self.selected[1] > paragraph.start:
                    spans.append((self.selected[0] - paragraph.start,
                                  self.selected[1] - paragraph.start, "reverse"))
                    if target is None:
                        target = len(lines)
                lines.extend(laid_lines(self.source.text[paragraph.start:paragraph.end],
                                        width, [(max(0, s), e, st) for s, e, st in spans],
                                        mode=self.mode, harakat=self.harakat))
            self._body.update(Text("\n").join(lines))
            if target is not None:
                self.call_after_refresh(self.scroll_to, y=max(0, target - 2), animate=False)
