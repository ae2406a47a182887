"""Word forms are folded once and remembered: the remembered forms are the folded ones."""

from __future__ import annotations

import pytest

from tui.search import tokens
from tui.search.tokens import WORD, fold, words


def expected(text: str, offset: int = 0):
    return [(fold(m.group()), m.start() + offset, m.end() + offset)
            for m in WORD.finditer(text) if fold(m.group())]


@pytest.mark.parametrize("kept", [0, 3, 1 << 18])
def test_remembered_forms_are_the_folded_forms(seeds, monkeypatch, kept):
    monkeypatch.setattr(tokens, "_FORMS", {})
    monkeypatch.setattr(tokens, "_FORMS_KEPT", kept)
    for source in seeds.sources:
        first = words(source.text, 7)
        assert first == expected(source.text, 7)
        assert words(source.text, 7) == first           # now from what was remembered
    assert len(tokens._FORMS) == min(kept, len({m.group() for s in seeds.sources
                                                for m in WORD.finditer(s.text)}))
    assert words("الرئيسُ ترامب") == [("الرئيس", 0, 7), ("ترامب", 8, 13)]
