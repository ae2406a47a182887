"""One-row widgets drawn straight from their Text look as Textual draws that Text."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget

from tests.app.helpers import run_async
from widgets.footer import KeyFooter
from widgets.progress import ProgressLine


def visible(strip) -> list[tuple[str, object, object, bool]]:
    """Per cell: the glyph, its background, and (where a glyph shows) its colour and weight."""
    out = []
    for segment in strip:
        style = segment.style
        for ch in segment.text:
            shown = ch != " "
            out.append((ch, style.bgcolor if style else None,
                        style.color if style and shown else None,
                        bool(style and style.bold) if shown else False))
    return out


class Lines(App):
    BINDINGS = [("x", "bell", "Ring"), ("y", "bell", "Ring again")]

    def compose(self):
        yield ProgressLine("reading", id="status")
        yield KeyFooter()


@run_async
async def test_the_status_and_footer_rows_match_textuals_own_drawing():
    app = Lines()
    async with app.run_test(size=(70, 10)) as pilot:
        status = app.query_one(ProgressLine)
        status.update(0.42)
        await pilot.pause()
        for widget in (status, app.query_one(KeyFooter)):
            ours = visible(widget.render_line(0))
            textuals = visible(Widget.render_line(widget, 0))
            assert len(ours) == widget.content_size.width
            assert ours == textuals, type(widget).__name__
        assert "42%" in "".join(ch for ch, *_ in visible(status.render_line(0)))
