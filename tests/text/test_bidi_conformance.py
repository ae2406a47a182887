"""tui.text.bidi against Unicode's own conformance suite for the Bidirectional Algorithm.

`BidiCharacterTest.txt` (characters, brackets included) and `BidiTest.txt` (bidi classes)
give, for each case, the paragraph level, every character's level after rule L1 and the
display order (L2). layout() turns explicit embeddings, overrides and isolates into
harmless placeholders before it resolves levels, so bidi.py implements the algorithm
without them (see its docstring): every case without those characters is checked here,
exactly. The files come with Debian's `unicode-data` package (`.ci/run` installs it);
where they are absent the tests skip.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from tui.text.bidi import line_levels, paragraph_level, resolve_levels, visual_order

UNICODE_DATA = Path(os.environ.get("SUMMIT_TUI_UNICODE_DATA", "/usr/share/unicode"))
EXPLICIT = {"LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"}
# Cases without explicit formatting characters, by file version (the count for 15.0).
CHARACTER_CASES = {"15.0.0": 91_605}


def _data(name: str) -> Path:
    path = UNICODE_DATA / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (Debian: apt-get install unicode-data)")
    return path


def _version(path: Path) -> str:
    first = path.open(encoding="utf-8").readline()   # "# BidiCharacterTest-15.0.0.txt"
    return first.split("-")[-1].removesuffix(".txt\n").strip()


def _resolve(text: str, base: int) -> tuple[int, list[int]]:
    """What layout() computes for one line holding all of `text`: the paragraph level and
    each character's level after L1. `base` 2 = auto (P2–P3)."""
    level = paragraph_level(text) if base == 2 else base
    return level, line_levels(text, resolve_levels(text, level), 0, len(text), level)


def _check(text: str, base: int, want_level: int, want_levels: list[str],
           want_order: list[int]) -> str | None:
    level, levels = _resolve(text, base)
    kept = [i for i, want in enumerate(want_levels) if want != "x"]
    got = [str(levels[i]) for i in kept]
    if level != want_level or got != [want_levels[i] for i in kept]:
        return f"levels {got} (paragraph {level}), expected {want_levels} ({want_level})"
    order = [kept[k] for k in visual_order([levels[i] for i in kept])]
    if order != want_order:
        return f"order {order}, expected {want_order}"
    return None


def _report(failures: list[str], checked: int) -> str:
    return f"{len(failures)} of {checked} cases differ:\n" + "\n".join(failures[:20])


def test_bidi_character_test():
    path = _data("BidiCharacterTest.txt")
    checked, failures = 0, []
    for line in path.open(encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        points, base, level, levels, order = line.rstrip("\n").split(";")
        text = "".join(chr(int(p, 16)) for p in points.split())
        if any(unicodedata.bidirectional(ch) in EXPLICIT for ch in text):
            continue
        checked += 1
        problem = _check(text, int(base), int(level), levels.split(),
                         [int(i) for i in order.split()])
        if problem:
            failures.append(f"{points} (direction {base}): {problem}")
    assert not failures, _report(failures, checked)
    expected = CHARACTER_CASES.get(_version(path))
    assert checked == expected if expected else checked > 90_000, checked


# One character of each class: BidiTest.txt lists classes, and its cases hold no brackets.
REPRESENTATIVE = {
    "L": "a", "R": "\u05d0", "AL": "\u0627", "EN": "1", "ES": "+", "ET": "$", "AN": "\u0660",
    "CS": ",", "NSM": "\u0300", "BN": "\u00ad", "B": "\u2029", "S": "\t", "WS": " ", "ON": "!",
}


def test_bidi_test():
    path = _data("BidiTest.txt")
    checked, failures = 0, []
    levels: list[str] = []
    order: list[int] = []
    for line in path.open(encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@Levels:"):
            levels = line.split(":", 1)[1].split()
            continue
        if line.startswith("@Reorder:"):
            order = [int(i) for i in line.split(":", 1)[1].split()]
            continue
        classes, bits = line.split(";")
        if EXPLICIT.intersection(classes.split()):
            continue
        text = "".join(REPRESENTATIVE[c] for c in classes.split())
        # Bit 1: auto (P2–P3), bit 2: left to right, bit 4: right to left.
        for bit, base in ((1, 2), (2, 0), (4, 1)):
            if not int(bits) & bit:
                continue
            checked += 1
            want_level = paragraph_level(text) if base == 2 else base
            problem = _check(text, base, want_level, levels, order)
            if problem:
                failures.append(f"{classes.strip()} (direction {base}): {problem}")
    assert not failures, _report(failures, checked)
    assert checked > 90_000, checked
