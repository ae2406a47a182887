"""Containers whose rows between the first and the last are all the same line.

A container draws nothing of its own: each row inside its border is the border's sides around
its background, the same for every row (only the first and last rows carry the border's top,
title, bottom and subtitle). Textual's styles cache still builds every row of every container
before the first frame, and the panes' rows are hidden under their children anyway. Built once
and reused, the inside costs one row: about 20 M instructions of the first frame for the
screen and the three containers of the explorer.

Rows are drawn as Textual draws them whenever a scrollbar shows (its thumb differs by row),
or the container has padding above or below (its rows are drawn apart from the content's).
`same_rows` does the same for any widget that knows which of its rows are one line (a
table's rows below its last).
"""

from __future__ import annotations

from textual.containers import Vertical
from textual.geometry import Region
from textual.strip import Strip


class PlainInside:
    """Mixed into a container (or a screen) that renders no content of its own."""

    def render_lines(self, crop: Region) -> list[Strip]:
        padding = self.styles.padding
        if (self.show_vertical_scrollbar or self.show_horizontal_scrollbar
                or padding.top or padding.bottom):
            return super().render_lines(crop)
        return same_rows(super().render_lines, crop, 1, self.size.height - 1)


def same_rows(render, crop: Region, same_from: int, same_to: int) -> list[Strip]:
    """`render(crop)`'s rows, where rows [same_from, same_to) are known to be one line:
    that line is drawn once. Few calls as can be: each works out the widget's colours and
    title anew."""
    first, end = crop.y, crop.bottom
    low, high = max(first, same_from), min(end, same_to)
    if high - low < 2:
        return render(crop)
    x, width = crop.x, crop.width
    lines = render(Region(x, first, width, low + 1 - first))
    same = lines.pop()
    lines += [same] * (high - low)
    if end > high:
        lines += render(Region(x, high, width, end - high))
    return lines


class Pane(PlainInside, Vertical):
    """A bordered pane whose children fill it."""
