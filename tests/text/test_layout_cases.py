"""layout() on the hard cases of the field notes: what a reader must see."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from tests.text.hard_cases import CASES
from tui.text.layout import layout
from tui.text.shape import shape_glyphs


def lines(text: str, width: int, **kw) -> list[str]:
    return [line.plain for line in layout(text, width, **kw)]


def test_rtl_paragraph_is_shaped_reversed_and_right_aligned():
    assert lines("مرحبا بالعالم", 20) == [" " * 7 + "ﻢﻟﺎﻌﻟﺎﺑ ﺎﺒﺣﺮﻣ"]


def test_ltr_paragraph_is_left_aligned_with_its_arabic_run_reversed():
    assert lines("He said مرحبا بك to me", 30) == ["He said ﻚﺑ ﺎﺒﺣﺮﻣ to me" + " " * 8]


@pytest.mark.parametrize("text,shown", [
    ("السعر 123 دولار", "ﺭﻻﻭﺩ 123 ﺮﻌﺴﻟﺍ"),
    ("العدد ٣٤٥ فقط", "ﻂﻘﻓ ٣٤٥ ﺩﺪﻌﻟﺍ"),
    ("نسبة 50%", "%50 ﺔﺒﺴﻧ"),
    ("الهاتف 012-345", "345-012 ﻒﺗﺎﻬﻟﺍ"),
    ("123 مرحبا", "ﺎﺒﺣﺮﻣ 123"),
])
def test_numbers_keep_left_to_right_order(text, shown):
    assert lines(text, 20)[0].strip() == shown


@pytest.mark.parametrize("text,shown", [
    ("أ (ب) ج", "ﺝ (ﺏ) ﺃ"),
    ("افتح الملف (config.yaml) الآن", "ﻥﻵﺍ (config.yaml) ﻒﻠﻤﻟﺍ ﺢﺘﻓﺍ"),
    ("قال «مرحبا» ثم ذهب", "ﺐﻫﺫ ﻢﺛ «ﺎﺒﺣﺮﻣ» ﻝﺎﻗ"),
])
def test_brackets_and_guillemets_are_mirrored(text, shown):
    assert lines(text, 40)[0].strip() == shown


def test_line_reordering_uses_the_paragraph_levels():
    assert lines("مرحبا hello, world بالعالم", 14) == ["  hello, ﺎﺒﺣﺮﻣ", " ﻢﻟﺎﻌﻟﺎﺑ world"]


def test_lam_alef_merges_and_a_highlight_on_allah_lights_all_its_cells():
    text = "لا إله إلا الله"
    start = text.rindex("الله")
    (line,) = layout(text, 20, ((start, start + 4, "bold"),))
    assert line.plain.strip() == "ﻪﻠﻟﺍ ﻻﺇ ﻪﻟﺇ ﻻ"
    lit = {col for col, offs in enumerate(line.cell_offsets) if set(offs) & set(range(start, start + 4))}
    assert len(lit) == 4
    bold = [sp for sp in line.text.spans if sp.style == "bold"]
    assert len(bold) == 1 and (bold[0].start, bold[0].end) == (min(lit), max(lit) + 1)


def test_a_span_on_one_letter_of_lam_alef_lights_the_merged_cell_only():
    text = "سلام"
    (line,) = layout(text, 10, ((2, 3, "bold"),))  # the alef, merged into ﻼ
    lit = [col for col, offs in enumerate(line.cell_offsets) if 2 in offs]
    assert len(lit) == 1 and line.cell_offsets[lit[0]] == (1, 2)
    assert [(s.start, s.end) for s in line.text.spans] == [(lit[0], lit[0] + 1)]


def test_each_mark_follows_its_own_base_letter_and_columns_do_not_move():
    text = "مُحَمَّدٌ رَسُولُ"
    (with_marks,) = layout(text, 20)
    (without,) = layout(text, 20, harakat=False)
    assert with_marks.cells == without.cells
    assert cell_len(with_marks.plain) == cell_len(without.plain) == 20
    plain = with_marks.plain
    for i, ch in enumerate(plain):
        if "\u064b" <= ch <= "\u0652":
            assert "\ufe70" <= plain[i - 1] <= "\ufeff" or "\u064b" <= plain[i - 1] <= "\u0652"
    # The shadda and fatha of the second meem sit on the medial meem glyph.
    assert "ﻤَّ" in plain
    assert without.plain.strip() == "ﻝﻮﺳﺭ ﺪﻤﺤﻣ"


def test_tatweel_is_kept_and_letters_join_across_it():
    assert lines("كــتـاب", 10)[0].strip() == "ﺏﺎـﺘــﻛ"


def test_persian_and_urdu_letters_are_shaped_and_zwnj_breaks_joining_unseen():
    (line,) = layout("می\u200cخواهم", 10)
    assert "\u200c" not in line.plain
    assert line.plain.strip() == "ﻢﻫﺍﻮﺧﯽﻣ"  # ی final (not medial): the ZWNJ broke the join
    assert lines("یہ ٹھیک ہے", 12)[0].strip() == "ﮯﮨ ﮏﯿﮭﭨ ﮧﯾ"


def test_zwj_before_a_ligature_neither_crashes_nor_loses_a_letter():
    (line,) = layout("ب\u200dب لا سلام", 14)
    assert line.plain.strip() == "ﻡﻼﺳ ﻻ ﺐﺑ"
    assert "\u200d" not in line.plain


def test_isolates_and_escapes_are_neutralised():
    (line,) = layout("الملف \u2066/usr/bin/x\u2069 موجود", 30)
    assert not any(ch in line.plain for ch in "\u2066\u2069\u202e\x1b")
    (line,) = layout("\x1b[31mأحمر", 20)
    assert "\x1b" not in line.plain and "\u241b" in line.plain  # ␛ shown instead


def test_emoji_takes_two_cells_and_brackets_stay_paired():
    (line,) = layout("مرحبا 😀 بك (x)", 20)
    assert cell_len(line.plain) == 20
    assert line.plain.strip() == "(x) ﻚﺑ 😀 ﺎﺒﺣﺮﻣ"
    col = line.plain.index("😀")  # every cell before it holds a one-cell character
    assert line.cells[col] == line.cells[col + 1] == 6


def test_empty_text_and_a_newline():
    assert lines("", 5) == ["     "]
    assert lines("أ\nب", 5) == ["  ﺏ ﺃ"]


def test_a_word_longer_than_the_width_is_broken_not_dropped():
    laid = layout("استراتيجيات", 4)
    assert [l.plain for l in laid] and all(cell_len(l.plain) == 4 for l in laid)
    assert "".join(l.plain for l in laid).replace(" ", "").__len__() == len("استراتيجيات")


def test_logical_mode_emits_the_text_unshaped_in_logical_order_padded_first():
    assert lines("مرحبا بالعالم", 20, mode="logical") == [" " * 7 + "مرحبا بالعالم"]
    assert lines("He said مرحبا", 20, mode="logical") == ["He said مرحبا" + " " * 7]


def test_results_are_cached():
    assert layout("مرحبا بالعالم", 33) is layout("مرحبا بالعالم", 33)


@pytest.mark.parametrize("text,width", CASES)
def test_hard_cases_fit(text, width):
    for line in layout(text, width):
        assert cell_len(line.plain) == width


def test_shape_maps_every_input_offset_once():
    for text, _ in CASES:
        offsets = sorted(o for offs in shape_glyphs(text)[1] for o in offs)
        assert offsets == list(range(len(text)))
