"""The small-widget adapter over layout(): one line, exact width, ellipsis where text was cut."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tui.text.layout import ArabicDisplay
from widgets.arabic import one_line, snippet

LONG_AR = "أعرب الرئيس الروسي فلاديمير بوتين عن أمله أن يؤدي التفاهم إلى السلام"
LONG_EN = "The Russian president said the understanding would bring peace soon"
BARE = re.compile("[\u0621-\u064a]")


@pytest.mark.parametrize("width", [8, 13, 30])
@pytest.mark.parametrize("mode", ["visual", "logical"])
def test_one_line_is_exactly_width_cells(width, mode):
    for text in (LONG_AR, LONG_EN, "قصير"):
        assert cell_len(one_line(text, width, arabic=ArabicDisplay(mode)).plain) == width


def test_cut_rtl_text_shows_the_ellipsis_on_the_left_in_visual_mode():
    line = one_line(LONG_AR, 20).plain
    assert line.startswith("…") and not BARE.search(line)


def test_cut_ltr_text_shows_the_ellipsis_at_the_end():
    assert one_line(LONG_EN, 20).plain.endswith("…")


def test_logical_mode_keeps_stored_letters():
    line = one_line(LONG_AR, 20, arabic=ArabicDisplay("logical")).plain
    assert BARE.search(line) and line.endswith("…")


def test_text_that_fits_has_no_ellipsis():
    assert "…" not in one_line("مرحبا", 10).plain


def _styled(line) -> str:
    return "".join(line.plain[s.start:s.end] for s in line.spans if "reverse" in str(s.style))


def test_snippet_starts_near_the_match_and_styles_exactly_it():
    start = LONG_AR.index("السلام")
    match = (start, start + len("السلام"))
    logical = snippet(LONG_AR, 24, match, [(*match, "reverse")], arabic=ArabicDisplay("logical"))
    assert logical.plain.lstrip().startswith("… ")      # the start of the text was skipped
    assert _styled(logical) == "السلام"
    visual = snippet(LONG_AR, 24, match, [(*match, "reverse")])
    # Shaped: سلام's lam-alef is one cell, so 5 cells for 6 letters, none of them bare.
    assert len(_styled(visual)) == 5 and not BARE.search(_styled(visual))
