"""Arabic for small widgets (table cells, list rows, snippets): one place that calls layout().

Widgets never shape or reorder text themselves; they ask for laid-out lines here. Until the
layout engine is importable a plain stand-in keeps the app drawable (no highlights).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from tui.text.sanitize import sanitize_for_terminal

try:  # the contract: tui.text.layout.layout / Span
    from tui.text.layout import Span, layout
except ImportError:  # pragma: no cover - only before the layout engine lands
    Span = None
    layout = None

StyledSpan = tuple[int, int, str]


def laid_lines(text: str, width: int, spans: Sequence[StyledSpan] = (), *,
               mode: str = "visual", harakat: bool = True) -> list[Text]:
    """`text` (one paragraph, newlines treated as spaces) as screen lines of exactly `width` cells."""
    width = max(1, width)
    # Article text is untrusted: escapes, C0/C1 and bidi controls become harmless visible
    # characters one for one, so span offsets stay valid.
    text = sanitize_for_terminal(text)
    if layout is not None:
        span_objects = tuple(Span(s, e, style) for s, e, style in spans if e > s)
        return [line.text for line in layout(text, width, span_objects, mode=mode,
                                             harakat=harakat)]
    return _fallback(text, width, mode)


def one_line(text: str, width: int, spans: Sequence[StyledSpan] = (), *,
             mode: str = "visual", harakat: bool = True) -> Text:
    """The first screen line of `text`, marked with an ellipsis when more was cut."""
    lines = laid_lines(text, width, spans, mode=mode, harakat=harakat)
    if not lines:
        return Text(" " * width)
    first = lines[0]
    if len(lines) > 1 and width > 1:
        # The line's far end (left for RTL text, where it is padded) carries the mark.
        plain = first.plain
        if plain.startswith(" ") or not plain.endswith(" "):
            first = Text("…") + first[1:]
        else:
            first = first[:-1] + Text("…")
    return first


def snippet(text: str, width: int, match: tuple[int, int] | None, spans: Sequence[StyledSpan] = (),
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


def _fallback(text: str, width: int, mode: str) -> list[Text]:
    import textwrap

    lines = textwrap.wrap(text, width, break_long_words=True) or [""]
    out = []
    for line in lines:
        if mode == "visual":
            import arabic_reshaper
            from bidi import get_display

            line = get_display(arabic_reshaper.reshape(line))
        out.append(Text(line.rjust(width) if _rtl(line) else line.ljust(width)))
    return out


def _rtl(text: str) -> bool:
    from tui.text.direction import base_direction

    return base_direction(text) == "rtl"
