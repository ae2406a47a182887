"""A one-line progress bar for the status line: one widget, no timers.

Textual's ProgressBar is three widgets with their own styles and cost about a twentieth of the
first frame's work; the status line only needs a fraction drawn as a bar and a percentage.
"""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget


class ProgressLine(Widget):
    DEFAULT_CSS = "ProgressLine { height: 1; }"

    fraction: reactive[float] = reactive(0.0)

    def update(self, fraction: float) -> None:
        self.fraction = min(1.0, max(0.0, fraction))

    def render(self) -> Text:
        percent = f" {round(self.fraction * 100):3d}%"
        width = max(0, self.size.width - len(percent))
        done = round(self.fraction * width)
        return Text.assemble(("━" * done, "bold"), ("━" * (width - done), "dim"), percent)
