"""Properties of layout() on random mixed Arabic/Latin/digit/bracket/control text."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.text.layout import layout

_ARABIC = st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىگچپژکیہےٹ") + ["لا", "ـ"])
_MARKS = st.sampled_from(list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"))
_OTHER = st.sampled_from(list("abcXYZ0123456789٠١٢٣+-%$.,:;/()[]{}<>«»“”\"' ")
                         + ["  ", "😀", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c",
                            "\x1b[31m", "\x07", "\x9b", "\u202e", "\u2066", "\u2069", "\t",
                            "\n", "\ufeff", "e\u0301"])
_TEXT = st.lists(st.one_of(_ARABIC, _ARABIC, _MARKS, _OTHER), max_size=80).map("".join)
_MODES = st.sampled_from(["visual", "logical"])

_UNSAFE = {"Cc", "Cf", "Cs", "Zl", "Zp"}


def _drawn_offsets(text: str) -> set[int]:
    """Offsets that must appear on screen: everything visible except spaces."""
    drawn = set()
    for i, ch in enumerate(text):
        kind = unicodedata.category(ch)
        if ch.isspace() or kind in _UNSAFE or kind in ("Mn", "Me"):
            continue
        drawn.add(i)
    return drawn


def _styled_cells(line, style: str) -> list[bool]:
    """Per cell: does `style` apply there?"""
    flags = []
    for index, ch in enumerate(line.text.plain):
        on = any(s.start <= index < s.end and s.style == style for s in line.text.spans)
        flags.extend([on] * cell_len(ch))
    return flags


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, width=st.integers(min_value=1, max_value=50), mode=_MODES,
       harakat=st.booleans())
def test_lines_fit_rebuild_the_paragraph_and_emit_nothing_unsafe(text, width, mode, harakat):
    lines = layout(text, width, mode=mode, harakat=harakat)
    assert lines
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for before, after in zip(lines, lines[1:]):
        assert before.end == after.start
    seen: list[int] = []
    for line in lines:
        assert line.plain == line.text.plain
        assert cell_len(line.plain) == width == len(line.cells) == len(line.cell_offsets)
        for ch in line.plain:
            assert unicodedata.category(ch) not in _UNSAFE, repr(ch)
            assert ch not in "\u200c\u200d\x1b"
        for col, offsets in enumerate(line.cell_offsets):
            assert (line.cells[col] == -1) == (offsets == ())
            assert all(line.start <= o < line.end for o in offsets)
        seen.extend(o for n, offs in enumerate(line.cell_offsets)
                    if offs and (n == 0 or line.cell_offsets[n - 1] != offs) for o in offs)
    # Every visible character is drawn, once (a dropped letter is a bug, not a style choice).
    assert len(seen) == len(set(seen))
    assert _drawn_offsets(text.replace("\n", " ")) <= set(seen)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, width=st.integers(min_value=1, max_value=50), mode=_MODES,
       data=st.data())
def test_spans_light_exactly_the_cells_of_their_characters(text, width, mode, data):
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    for line in layout(text, width, ((start, end, "reverse"),), mode=mode):
        lit = _styled_cells(line, "reverse")
        for col, offsets in enumerate(line.cell_offsets):
            covers = any(start <= o < end for o in offsets)
            assert lit[col] == covers, (line.plain, col, offsets)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, width=st.integers(min_value=1, max_value=50), mode=_MODES)
def test_hiding_harakat_never_shifts_a_column(text, width, mode):
    shown = layout(text, width, mode=mode, harakat=True)
    hidden = layout(text, width, mode=mode, harakat=False)
    assert [l.cells for l in shown] == [l.cells for l in hidden]
    for line in hidden:
        assert not any("\u064b" <= ch <= "\u0652" for ch in line.plain)


@settings(max_examples=200, deadline=None)
@given(text=_TEXT, width=st.integers(min_value=1, max_value=50))
def test_logical_mode_keeps_logical_order_unshaped(text, width):
    for line in layout(text, width, mode="logical"):
        drawn = [o for o in line.cells if o >= 0]
        assert drawn == sorted(drawn)
        assert not any("\ufb50" <= ch <= "\ufeff" and ch not in text for ch in line.plain)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=60), width=st.integers(min_value=1, max_value=30), mode=_MODES)
def test_any_unicode_at_all_lays_out_safely(text, width, mode):
    lines = layout(text, width, mode=mode)
    assert lines[0].start == 0 and lines[-1].end == len(text)
    for line in lines:
        assert cell_len(line.plain) == width
        assert not any(unicodedata.category(ch) in _UNSAFE for ch in line.plain)
