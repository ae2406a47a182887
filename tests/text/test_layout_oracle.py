"""Every laid-out line against ICU: committed expectations (no ICU needed) and live ICU."""

from __future__ import annotations

import json
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.text.oracle import expand, mismatch
from tui.text.bidi import resolve_levels
from tui.text.layout import layout
from tui.text.sanitize import sanitize_for_terminal

EXPECTATIONS = json.loads(
    pathlib.Path(__file__).with_name("icu_expectations.json").read_text(encoding="utf-8"))
PARAGRAPHS = EXPECTATIONS["paragraphs"]
REGENERATE = "layout changed its line breaks: rerun python tests/text/make_icu_expectations.py"


def test_expectations_cover_every_seed_paragraph(seeds):
    ids = {p["id"] for p in PARAGRAPHS}
    for source in seeds.sources:
        assert f"{source.id}/title" in ids
        assert {p.id for p in source.paragraphs} <= ids


@pytest.mark.parametrize("entry", PARAGRAPHS, ids=[p["id"] for p in PARAGRAPHS])
def test_levels_match_icu(entry):
    text = sanitize_for_terminal(entry["text"].replace("\n", " "))
    assert list(resolve_levels(text)) == entry["levels"]


@pytest.mark.parametrize("entry", PARAGRAPHS, ids=[p["id"] for p in PARAGRAPHS])
def test_lines_match_icu_reordering(entry):
    for width, expected in entry["lines"].items():
        lines = layout(entry["text"], int(width))
        assert [(l.start, l.end) for l in lines] == [(s, e) for s, e, _, _ in expected], REGENERATE
        for line, (_, _, runs, chars) in zip(lines, expected):
            assert line.rtl == entry["rtl"]
            problem = mismatch(line, expand(runs), chars)
            assert problem is None, f"width {width}, line {line.plain!r}: {problem}"


# -- live ICU: the same comparison on text nobody wrote down -----------------------------------

_PIECES = st.sampled_from([
    "مرحبا", "بالعالم", "لا", "الله", "قال", "مُحَمَّدٌ", "ترامب", "می\u200cخواهم",
    "hello", "world", "Putin", "Alaska", "20", "3+3", "2022", "٣٤٥", "50%", "$5", "-7", "1.5",
    "(", ")", "[", "]", "«", "»", "“", "”", '"', ",", ".", ":", "،", "؟", "!", "/", "-",
    " ", " ", " ", "  ", "\u200f", "\u200e", "😀",
])
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, width=st.integers(min_value=3, max_value=40))
def test_random_mixed_text_matches_live_icu(text, width):
    icu_tools = pytest.importorskip("tests.text.make_icu_expectations", exc_type=ImportError)
    clean = sanitize_for_terminal(text)
    bidi = icu_tools.icu_paragraph(clean)
    # Levels are not compared here: ICU takes a shortcut for text of Arabic-Indic digits only
    # (`٣٤٥` gets levels 0 0 0, the UBA says 2 2 2); the order drawn is the same either way.
    for line in layout(text, width):
        order, chars = icu_tools.icu_line(bidi, clean, line.start, line.end)
        assert mismatch(line, order, chars) is None, line.plain


def test_committed_expectations_are_what_icu_says_now():
    """With PyICU installed, the committed file must be ICU's answer, not a stale copy."""
    icu_tools = pytest.importorskip("tests.text.make_icu_expectations", exc_type=ImportError)
    by_id = {p["id"]: p for p in PARAGRAPHS}
    for pid, raw in icu_tools.paragraphs():
        entry = by_id[pid]
        assert entry["text"] == raw, f"{pid}: seed text changed; regenerate"
        clean = sanitize_for_terminal(raw.replace("\n", " "))
        bidi = icu_tools.icu_paragraph(clean)
        for width, lines in entry["lines"].items():
            for start, end, runs, chars in lines:
                order, icu_chars = icu_tools.icu_line(bidi, clean, start, end)
                assert (expand(runs), chars) == (order, icu_chars), (pid, width, start)
