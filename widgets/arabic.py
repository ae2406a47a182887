"""Arabic for small widgets (table cells, list rows, snippets): one place that calls layout().

Widgets never shape or reorder text themselves; they ask for laid-out lines here.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from tui.text.sanitize import sanitize_for_terminal

from tui.text.layout import Highlight, LaidLine, layout


def _laid(text: str, width: int, spans: Sequence[Highlight], mode: str,
          harakat: bool) -> tuple[LaidLine, ...]:
    # Article text is untrusted: escapes, C0/C1 and bidi controls become harmless visible
    # characters one for one, so span offsets stay valid.
    text = sanitize_for_terminal(text.replace("\n", " "))
    spans = tuple(span for span in spans if span[1] > span[0])
    return layout(text, max(1, width), spans, mode=mode, harakat=harakat)


def laid_lines(text: str, width: int, spans: Sequence[Highlight] = (), *,
               mode: str = "visual", harakat: bool = True) -> list[Text]:
    """`text` (one paragraph, newlines treated as spaces) as screen lines of exactly `width` cells."""
    return [line.text for line in _laid(text, width, spans, mode, harakat)]


def one_line(text: str, width: int, spans: Sequence[Highlight] = (), *,
             mode: str = "visual", harakat: bool = True) -> Text:
    """The first screen line of `text`, `width` cells, with an ellipsis where more was cut."""
    # Only the start of a long text can reach one line: laying out all of a 100,000-character
    # quotation for a table cell froze the app for a second at every redraw.
    cut = max(1, width) * 4 + 64
    more = len(text) > cut
    if more:
        text = text[:cut]
        spans = [(s, min(e, cut), style) for s, e, style in spans if s < cut]
    lines = _laid(text, width, spans, mode, harakat)
    if not lines:
        return Text(" " * max(1, width))
    first = lines[0]
    line = first.text
    if (len(lines) > 1 or more) and width > 1:
        # The mark goes where the text continues: on the left of a drawn RTL line; at the
        # logical end otherwise (a terminal doing its own bidi moves it left for RTL).
        if first.rtl and mode == "visual":
            line = Text("…") + line[1:]
        else:
            line = line[:-1] + Text("…")
    return line


def inline(text: str, *, mode: str = "visual", harakat: bool = True,
           limit: int = 60) -> Text:
    """A short label (an outlet, a speaker) laid out at its own length, padding trimmed."""
    line = one_line(text, max(1, min(len(text), limit)), mode=mode, harakat=harakat)
    plain = line.plain
    start = len(plain) - len(plain.lstrip(" "))
    end = len(plain.rstrip(" "))
    return line[start:end] if end > start else Text("")


def snippet(text: str, width: int, match: tuple[int, int] | None, spans: Sequence[Highlight] = (),
            *, mode: str = "visual", harakat: bool = True, lead: int = 12) -> Text:
    """One line of `text` that shows `match` (offsets into `text`), starting a little before it."""
    begin = 0
    if match is not None and match[0] > lead:
        begin = text.rfind(" ", 0, match[0] - lead) + 1
    piece = text[begin:]
    shifted = [(max(0, s - begin), e - begin, style) for s, e, style in spans if e > begin]
    prefix = "… " if begin else ""
    if prefix:
        shifted = [(s + len(prefix), e + len(prefix), style) for s, e, style in shifted]
    return one_line(prefix + piece, width, shifted, mode=mode, harakat=harakat)


class RelaidOnChange:
    """For widgets whose rows are Arabic laid out for their width, bidi mode and harakat.

    Mixed into a Textual widget that defines `mode` and `harakat` reactives and a
    `_rebuild()` that lays its rows out afresh and records the width in `_width`.
    """

    _width = 0

    def watch_mode(self) -> None:
        self._rebuild()

    def watch_harakat(self) -> None:
        self._rebuild()

    def on_resize(self) -> None:
        if self.size.width != self._width:
            self._rebuild()

    def render_lines(self, crop):
        # A layout sets the size just before the frame is drawn, and the Resize event comes
        # after it: rows laid out before the widget had a size are laid out again here, so
        # the first frame shows them at the width they are drawn at.
        if self.size.width != self._width:
            self._rebuild()
        return super().render_lines(crop)

