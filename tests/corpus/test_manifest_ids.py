"""Which manifest ids are accepted: a letter or digit, then up to 63 of those or '_', '.', '-'."""

from __future__ import annotations

import re

import pytest

from tui.corpus.manifest import _valid_id

ACCEPTED = ["a", "S1", "0", "x_y.z-1", "a" * 64, "seed.2025-08-16"]
REFUSED = ["", "-a", ".a", "_a", "a b", "a/b", "سلام", "a" * 65, "a\n", "é", None, 3, "a\x00"]


@pytest.mark.parametrize("value", ACCEPTED)
def test_accepted(value):
    assert _valid_id(value)


@pytest.mark.parametrize("value", REFUSED)
def test_refused(value):
    assert not _valid_id(value)


def test_the_same_as_the_pattern_on_every_short_ascii_string():
    pattern = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
    alphabet = [chr(c) for c in range(32, 127)]
    for a in alphabet:
        for b in ["", *alphabet]:
            assert _valid_id(a + b) == bool(pattern.fullmatch(a + b)), repr(a + b)
