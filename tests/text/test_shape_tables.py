"""The shaping tables are literals: they must equal what the Unicode data gives."""

from __future__ import annotations

import re

from tests.text.make_shape_tables import ligature_class, presentation_forms, render
from tui.text import shape, shape_tables


def test_the_forms_are_the_computed_ones():
    assert shape_tables.FORMS == presentation_forms()


def test_the_ligature_class_is_the_computed_one():
    assert shape_tables.LIGATURES == ligature_class(presentation_forms())
    ligatures = re.compile(shape_tables.LIGATURES)
    expected = {cp for cp, letters in presentation_forms().items() if len(letters) > 1}
    assert {cp for cp in range(0x110000) if ligatures.fullmatch(chr(cp))} == expected


def test_the_module_is_what_the_generator_writes():
    with open(shape_tables.__file__, encoding="utf-8") as handle:
        assert handle.read() == render()


def test_singles_covers_any_range():
    assert shape.singles(0, 3) == ((0,), (1,), (2,))
    assert shape.singles(4094, 4099) == tuple((i,) for i in range(4094, 4099))
    assert shape.singles(5000, 5002) == ((5000,), (5001,))


def test_has_arabic_is_the_arabic_blocks_character_class():
    blocks = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufeff]")
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert shape._has_arabic(ch) == bool(blocks.search(ch)), hex(code)
    assert shape._has_arabic("an English line with “quotes” — and سلام")
    assert not shape._has_arabic("an English line with “quotes” — and €5")
