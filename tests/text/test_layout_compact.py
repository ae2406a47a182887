"""layout()'s analysis kept compact (plain tuples, no object per character) and its fast paths
agreeing with the general ones they shortcut.

The reference below is the analysis as first written (clusters of glyphs, then an owner walk
over the offsets), kept here as the oracle for the parallel tuples _analyse now builds.
"""

from __future__ import annotations

import gc

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.text.hard_cases import CASES
from tui.text.bidi import MIRRORED
from tui.text.layout import (_analyse, _cells, _invisible, _is_haraka, clear_cache, layout,
                             layout_height)
from tui.text.sanitize import sanitize_for_terminal
from tui.text.shape import ZWJ, _reshaper, _map_back, _map_letters, is_mark, shape_glyphs, singles

_LETTERS = st.sampled_from(list("ابتثجحدرسعفقكلمنهويءآأإؤئةى") + ["لا", "لأ", "لإ", "لآ", "ـ"])
_MARKS = st.sampled_from(list("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"))
_OTHER = st.sampled_from(list("abc019٠١+-%.,()[]«» ") + [
    "  ", "😀", "中", "\u200c", "\u200d", "\u200e", "\u200f", "\x07", "\u202e", "\ufeff",
    "\ufefb", "\ufe8d", "e\u0301", "\n"])
_TEXT = st.lists(st.one_of(_LETTERS, _LETTERS, _MARKS, _OTHER), max_size=60).map("".join)

_LONG = " ".join(f"قالَ الأمينُ العامّ لا إلهَ إلا الله ({n})" for n in range(200))


def _reference(text: str, mode: str, harakat: bool) -> list[tuple]:
    """Units as (start, end, draw, width, place, offsets, space), the way they were first made."""
    clean = sanitize_for_terminal(text.replace("\n", " "))
    if mode == "visual":
        glyphs = list(zip(*shape_glyphs(clean)))
    else:
        glyphs = [(ch, (i,)) for i, ch in enumerate(clean)]
    clusters: list[list] = []  # [draw, offsets, first offset]
    for char, offsets in glyphs:
        if char == "" or (not is_mark(char) and _invisible(char)):
            continue
        if is_mark(char):
            if clusters:
                if harakat or not _is_haraka(char):
                    clusters[-1][0] += char
                clusters[-1][1] += offsets
            continue
        clusters.append([char, tuple(offsets), offsets[0]])
    owner = [-1] * len(clean)
    for index, (_, offsets, _) in enumerate(clusters):
        for off in offsets:
            owner[off] = index
    units = []
    i = 0
    while i < len(clean):
        index = owner[i]
        if index < 0:
            units.append((i, i + 1, "", 0, i, (), False))
            i += 1
            continue
        draw, offsets, first = clusters[index]
        end = max(offsets) + 1
        units.append((i, end, draw, max(1, _cells(draw[0])), first, tuple(sorted(offsets)),
                      clean[first] == " "))
        i = end
    return units


def _check(text: str) -> None:
    for mode in ("visual", "logical"):
        for harakat in (True, False):
            para = _analyse(text, mode, harakat)
            units = list(zip(para.starts, para.ends, para.draws, para.widths, para.places,
                             para.offsets, para.spaces))
            expected = _reference(text, mode, harakat)
            assert units == expected, (text, mode, harakat)
            assert para.widest == max((u[3] for u in expected), default=0)
            assert para.mirrors == any(u[2][:1] in MIRRORED for u in expected if u[2])


def test_analysis_matches_the_reference_on_hard_cases() -> None:
    for text, _ in CASES:
        _check(text)
    _check(_LONG)  # longer than the shared (i,) table: offsets past 4,096


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_analysis_matches_the_reference(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_fast_mapping_agrees_with_map_back(text: str) -> None:
    source = sanitize_for_terminal(text).replace(ZWJ, "")
    out = _reshaper().reshape(source)
    fast = _map_letters(source, out)
    if fast is not None:
        assert list(zip(*fast)) == _map_back(source, out)


def test_fast_mapping_takes_usual_arabic_and_ligatures() -> None:
    for source in ("مرحبا بالعالم", "لا إله إلا الله", _LONG.replace("\u064e", "")):
        out = _reshaper().reshape(source)
        assert _map_letters(source, out) is not None
        assert list(zip(*_map_letters(source, out))) == _map_back(source, out)


def test_singles_past_the_shared_table() -> None:
    assert singles(4090, 4100) == tuple((i,) for i in range(4090, 4100))
    assert singles(5000, 5003) == ((5000,), (5001,), (5002,))
    assert singles(3, 3) == ()


def test_cached_analysis_holds_no_tracked_object_per_character() -> None:
    clear_cache()
    for mode in ("visual", "logical"):
        para = _analyse(_LONG, mode, True)
        # The collector untracks a tuple of atomics when it meets one; a tuple of such tuples
        # may take a second pass, after its items.
        gc.collect()
        gc.collect()
        per_unit = (para.levels, para.starts, para.ends, para.draws, para.widths,
                    para.places, para.offsets, para.spaces)
        assert not any(gc.is_tracked(field) for field in per_unit)
        assert not any(gc.is_tracked(offsets) for offsets in para.offsets)


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.integers(min_value=1, max_value=30), st.sampled_from(["visual", "logical"]),
       st.booleans())
def test_layout_height_counts_the_lines_layout_makes(text: str, width: int, mode: str,
                                                    harakat: bool) -> None:
    assert layout_height(text, width, mode, harakat) == len(layout(text, width, (), mode, harakat))
