"""Containers whose rows between the first and the last are all the same line.

A container draws nothing of its own: each row inside its border is the border's sides around
its background, the same for every row (only the first and last rows carry the border's top,
title, bottom and subtitle). Textual's styles cache still builds every row of every container
before the first frame, and the panes' rows are hidden under their children anyway. Built once
and reused, the inside costs one row: about 20 M instructions of the first frame for the
screen and the three containers of the explorer.

Rows are drawn as Textual draws them whenever a scrollbar shows (its thumb differs by row),
the container has padding above or below (its rows are drawn apart from the content's), or
it is too short to have rows between the two edges.
"""

from __future__ import annotations

from textual.containers import Vertical
from textual.geometry import Region
from textual.strip import Strip


class PlainInside:
    """Mixed into a container (or a screen) that renders no content of its own."""

    def render_lines(self, crop: Region) -> list[Strip]:
        render = super().render_lines
        last = self.size.height - 1
        padding = self.styles.padding
        first, end = crop.y, crop.bottom
        if (crop.height < 4 or first >= last or self.show_vertical_scrollbar
                or self.show_horizontal_scrollbar or padding.top or padding.bottom):
            return render(crop)
        x, width = crop.x, crop.width
        # As few calls as can be: each works out the widget's colours and title anew.
        if first == 0:
            top, inside = render(Region(x, 0, width, 2))
            lines = [top]
            first = 1
        else:
            (inside,) = render(Region(x, first, width, 1))
            lines = []
        lines += [inside] * (min(end, last) - first)
        if end > last:
            lines += render(Region(x, last, width, end - last))
        return lines


class Pane(PlainInside, Vertical):
    """A bordered pane whose children fill it."""
