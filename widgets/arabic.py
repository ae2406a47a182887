"""Arabic for widgets: the app's display setting, the one mixin that follows it, and laid-out
lines for small widgets (table cells, list rows, snippets).

Widgets never shape or reorder text themselves; they ask for laid-out lines here, for the
app's `arabic` setting (bidi mode and harakat), which they follow through `FollowsArabic`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text
from textual.app import App
from textual.reactive import reactive

from tui.text.layout import ArabicDisplay, Highlight, LaidLine, layout
from tui.text.sanitize import sanitize_for_terminal

VISUAL = ArabicDisplay()


class ArabicApp(App):
    """An app with the one display setting its Arabic widgets follow."""

    arabic: reactive[ArabicDisplay] = reactive(VISUAL, init=False)


class FollowsArabic:
    """Mixed into a widget whose lines are Arabic laid out for its width and for the app's
    `arabic` setting (the app is an ArabicApp): `relayout()` lays them out again, through
    the widget's `lay_out(width)`, when either changes."""

    laid_width = 0   # the width the lines were last laid out for

    @property
    def arabic(self) -> ArabicDisplay:
        return self.app.arabic

    def layout_width(self) -> int:
        """The width the lines are laid out for."""
        return self.size.width

    def relayout(self) -> None:
        # Not before the widget has a width: lines laid out at 0 would only be laid out again.
        width = self.layout_width()
        if self.is_mounted and width:
            self.laid_width = width
            self.lay_out(width)

    def lay_out(self, width: int) -> None:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.watch(self.app, "arabic", lambda _setting: self.relayout(), init=False)

    def on_resize(self) -> None:
        if self.layout_width() != self.laid_width:
            self.relayout()

    def render_lines(self, crop):
        # A widget has its size before its first frame is drawn, and the Resize event comes
        # after that frame: laid out here, the first frame already shows the lines (rather
        # than none, drawn again a moment later).
        if not self.laid_width:
            self.relayout()
        return super().render_lines(crop)


class Later:
    """A table cell laid out when it is first drawn, not when its row is added: a table of
    tens of thousands of rows lays out only the rows that reach the screen.

    A Rich renderable without a measure: the tables' columns have fixed widths, and a measure
    would make the table lay out every row as it is added. `plain` is the laid-out text's."""

    __slots__ = ("_make", "_args", "_kwargs", "_text")

    def __init__(self, make: Callable[..., Text], *args, **kwargs) -> None:
        self._make = make
        self._args = args
        # None for no keywords (most cells): an empty dict per cell was 64 bytes each of a
        # real archive's quarter of a million cells
        self._kwargs = kwargs or None
        self._text: Text | None = None

    @property
    def text(self) -> Text:
        if self._text is None:
            self._text = self._make(*self._args, **(self._kwargs or {}))
            self._make = self._args = self._kwargs = None
        return self._text

    @property
    def plain(self) -> str:
        return self.text.plain

    def __str__(self) -> str:
        return self.plain

    def __rich_console__(self, console, options):
        yield self.text


def _laid(text: str, width: int, spans: Sequence[Highlight],
          arabic: ArabicDisplay) -> tuple[LaidLine, ...]:
    # Article text is untrusted: escapes, C0/C1 and bidi controls become harmless visible
    # characters one for one, so span offsets stay valid.
    text = sanitize_for_terminal(text.replace("\n", " "))
    spans = tuple(span for span in spans if span[1] > span[0])
    return layout(text, max(1, width), spans, mode=arabic.bidi, harakat=arabic.harakat)


def laid_lines(text: str, width: int, spans: Sequence[Highlight] = (), *,
               arabic: ArabicDisplay = VISUAL) -> list[Text]:
    """`text` (one paragraph, newlines treated as spaces) as screen lines of exactly `width` cells."""
    return [line.text for line in _laid(text, width, spans, arabic)]


def one_line(text: str, width: int, spans: Sequence[Highlight] = (), *,
             arabic: ArabicDisplay = VISUAL) -> Text:
    """The first screen line of `text`, `width` cells, with an ellipsis where more was cut."""
    # Only the start of a long text can reach one line: laying out all of a 100,000-character
    # quotation for a table cell froze the app at every redraw.
    cut = max(1, width) * 4 + 64
    more = len(text) > cut
    if more:
        text = text[:cut]
        spans = [(s, min(e, cut), style) for s, e, style in spans if s < cut]
    lines = _laid(text, width, spans, arabic)
    if not lines:
        return Text(" " * max(1, width))
    first = lines[0]
    line = first.text
    if (len(lines) > 1 or more) and width > 1:
        # The mark goes where the text continues: on the left of a drawn RTL line; at the
        # logical end otherwise (a terminal doing its own bidi moves it left for RTL).
        if first.rtl and arabic.bidi == "visual":
            line = Text("…") + line[1:]
        else:
            line = line[:-1] + Text("…")
    return line


def inline(text: str, *, arabic: ArabicDisplay = VISUAL, limit: int = 60) -> Text:
    """A short label (an outlet, a speaker) laid out at its own length, padding trimmed."""
    line = one_line(text, max(1, min(len(text), limit)), arabic=arabic)
    plain = line.plain
    start = len(plain) - len(plain.lstrip(" "))
    end = len(plain.rstrip(" "))
    return line[start:end] if end > start else Text("")


def snippet(text: str, width: int, match: tuple[int, int] | None,
            spans: Sequence[Highlight] = (), *, arabic: ArabicDisplay = VISUAL,
            lead: int = 12) -> Text:
    """One line of `text` that shows `match` (offsets into `text`), starting a little before it."""
    begin = 0
    if match is not None and match[0] > lead:
        begin = text.rfind(" ", 0, match[0] - lead) + 1
    piece = text[begin:]
    shifted = [(max(0, s - begin), e - begin, style) for s, e, style in spans if e > begin]
    prefix = "… " if begin else ""
    if prefix:
        shifted = [(s + len(prefix), e + len(prefix), style) for s, e, style in shifted]
    return one_line(prefix + piece, width, shifted, arabic=arabic)


def excerpt(text: str, width: int, spans: Sequence[Highlight] = (), *, lines: int = 2,
            arabic: ArabicDisplay = VISUAL, lead: int = 12) -> list[Text]:
    """At most `lines` screen lines of `text`: all of it when it fits (never cut when it
    need not be), else from a little before the first span, with an ellipsis where the
    text goes on."""
    width = max(1, width)
    laid = _laid(text[: width * lines * 4 + 64], width, spans, arabic)
    if len(laid) <= lines and len(text) <= width * lines * 4 + 64:
        return [line.text for line in laid]
    begin = 0
    first = min((s for s, _, _ in spans), default=None)
    if first is not None and first > lead:
        begin = text.rfind(" ", 0, first - lead) + 1
    if begin:
        text = "… " + text[begin:]
        spans = [(max(0, s - begin) + 2, e - begin + 2, style)
                 for s, e, style in spans if e > begin]
    cut = width * lines * 4 + 64
    shown = _laid(text[:cut], width, [(s, min(e, cut), st) for s, e, st in spans if s < cut],
                  arabic)
    out = [line.text for line in shown[:lines]]
    if len(shown) > lines or len(text) > cut:
        last = shown[lines - 1]
        line = out[-1]
        out[-1] = (Text("…") + line[1:] if last.rtl and arabic.bidi == "visual"
                   else line[:-1] + Text("…"))
    return out
