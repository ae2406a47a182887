"""Regenerate tests/text/icu_expectations.json: ICU's bidi reordering of every laid-out line.

The oracle is ICU (PyICU): for every seed paragraph and title, and every hard case, at the
widths below, ICU resolves the whole paragraph (`Bidi.setPara`, DEFAULT_LTR) and reorders
each line (`setLine`) with mirroring. Only the line *breaks* come from our layout(); the
levels, the visual order and the mirrored characters are ICU's. Committed so that the tests
run without ICU; rerun after a change to wrapping or to the seeds:

    python tests/text/make_icu_expectations.py
"""

from __future__ import annotations

import json
import pathlib
import sys

import icu

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.text.hard_cases import CASES  # noqa: E402
from tui.corpus.loader import load_corpus  # noqa: E402
from tui.text.layout import layout  # noqa: E402
from tui.text.sanitize import sanitize_for_terminal  # noqa: E402

TARGET = pathlib.Path(__file__).with_name("icu_expectations.json")
WIDTHS = (20, 37, 60, 80, 133)


def paragraphs() -> list[tuple[str, str]]:
    found = []
    for source in load_corpus().sources:
        found.append((f"{source.id}/title", source.title))
        for p in source.paragraphs:
            found.append((p.id, source.text[p.start:p.end]))
    for n, (text, _) in enumerate(CASES):
        found.append((f"case{n}", text))
    return found


def _utf16_index(text: str) -> tuple[list[int], list[int]]:
    """code point index -> UTF-16 index, and UTF-16 index -> code point index."""
    to16, from16 = [], []
    for i, ch in enumerate(text):
        to16.append(len(from16))
        from16.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    to16.append(len(from16))
    return to16, from16


def icu_paragraph(text: str) -> icu.Bidi:
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), icu.Bidi.DEFAULT_LTR)
    return bidi


def icu_line(bidi: icu.Bidi, text: str, start: int, end: int) -> tuple[list[int], str]:
    """ICU's visual map (paragraph offsets, left to right) and mirrored characters of a line."""
    if start == end:
        return [], ""
    to16, from16 = _utf16_index(text)
    line = bidi.setLine(to16[start], to16[end])
    visual = [from16[to16[start] + i] for i in line.getVisualMap()]
    mirrored = str(line.writeReordered(icu.Bidi.DO_MIRRORING))
    # Collapse surrogate pairs to one entry, keeping ICU's order.
    order, chars, seen = [], [], set()
    flat = list(mirrored)  # Python str: already code points
    for index in visual:
        if index not in seen:
            seen.add(index)
            order.append(index)
    chars = flat
    assert len(chars) == len(order), (text, start, end)
    return order, "".join(chars)


def runs(order: list[int]) -> list[list[int]]:
    """Compress a visual map into [first, count, step] runs."""
    out: list[list[int]] = []
    for index in order:
        if out:
            first, count, step = out[-1]
            if count == 1 and index in (first + 1, first - 1):
                out[-1] = [first, 2, index - first]
                continue
            if count > 1 and index == first + count * step:
                out[-1][1] += 1
                continue
        out.append([index, 1, 1])
    return out


def main() -> int:
    result = {"icu": icu.ICU_VERSION, "unicode": icu.UNICODE_VERSION, "widths": list(WIDTHS),
              "paragraphs": []}
    for pid, raw in paragraphs():
        text = sanitize_for_terminal(raw.replace("\n", " "))
        bidi = icu_paragraph(text)
        to16, _ = _utf16_index(text)
        levels16 = list(bidi.getLevels()) if text else []
        levels = [levels16[to16[i]] for i in range(len(text))]
        entry = {"id": pid, "text": raw, "rtl": bidi.getParaLevel() % 2 == 1,
                 "levels": levels, "lines": {}}
        for width in WIDTHS:
            lines = []
            for laid in layout(raw, width):
                order, chars = icu_line(bidi, text, laid.start, laid.end)
                lines.append([laid.start, laid.end, runs(order), chars])
            entry["lines"][str(width)] = lines
        result["paragraphs"].append(entry)
    TARGET.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n",
                      encoding="utf-8")
    print(f"wrote {TARGET} ({len(result['paragraphs'])} paragraphs x {len(WIDTHS)} widths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
