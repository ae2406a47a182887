"""The fast scans of loading (quote regions by regex, control bytes by translate) decide as
the plain character-by-character rules they replaced, kept here as the reference."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.corpus.decode import looks_binary
from tui.corpus.segment import quoted_regions

PAIRED = {"«": "»", "“": "”", "‹": "›"}
AFTER_ORPHAN_CLOSER = set("،,.;؛:!?؟)]") | {""}


def reference_regions(text: str) -> list[tuple[int, int]]:
    regions, open_at, closer = [], -1, ""
    for i, ch in enumerate(text):
        if open_at < 0:
            if ch in PAIRED:
                open_at, closer = i, PAIRED[ch]
            elif ch == '"':
                open_at, closer = i, '"'
            elif ch == "”" and text[i + 1:i + 2].strip() not in AFTER_ORPHAN_CLOSER:
                open_at, closer = i, "”"
        elif ch == closer:
            regions.append((open_at, i + 1))
            open_at = -1
        elif ch in PAIRED and closer != '"':
            open_at, closer = i, PAIRED[ch]
    return regions


def reference_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if head.count(0) > max(2, len(head) // 100):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) // 10


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(list("«»“”‹›\"'،. ab\nقال") + ["” ", "”،"]), max_size=60)
       .map("".join))
def test_quote_regions_are_those_of_the_character_scan(text):
    assert quoted_regions(text) == reference_regions(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.lists(st.sampled_from([b"\x01", b"\t", b"a", b"\xd8\xa8",
                                                           b"\x1b", b"\x00"]), max_size=200)
       .map(b"".join))
def test_binary_detection_counts_the_controls_the_byte_scan_counts(data):
    assert looks_binary(data) == reference_binary(data)
