"""Shared fixtures for the quotes tests: the extra Arabic corpus and a one-file helper."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.corpus import Corpus, load_corpus

EXTRA = Path(__file__).parents[1] / "fixtures" / "arabic_extra"


@pytest.fixture(scope="session")
def extra() -> Corpus:
    return load_corpus(EXTRA)


@pytest.fixture
def article(tmp_path):
    """Load one article (or several) written in the test as a corpus."""
    def make(*texts: str) -> Corpus:
        for n, text in enumerate(texts, 1):
            (tmp_path / f"t{n}.txt").write_text(text, encoding="utf-8")
        return load_corpus(tmp_path)
    return make
