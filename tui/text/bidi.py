"""The Unicode Bidirectional Algorithm (UAX #9) for one paragraph of sanitised text.

Written here rather than borrowed: python-bidi 0.6 exposes levels only as debug text and
neither mirrors nor keeps marks after their base; its legacy module has no bracket pairing.

Scope, and why it is enough: layout() sanitises text first, so explicit embeddings, overrides
and isolates (U+202A–U+202E, U+2066–U+2069) never reach this module and the paragraph is one
isolating run sequence at the paragraph level (rules X1–X10 reduce to that). Should such a
character arrive anyway it is treated as BN (removed by X9), which is what a terminal-safe
text needs. Implemented: P2–P3, W1–W7, N0 (paired brackets, BD16), N1–N2, I1–I2, and per
line L1 (whitespace at the line end and before separators) and L2 (reordering). L3 (marks
stay after their base) and L4 (mirroring) are the caller's: see `mirror` and layout.py.
Classes come from Python's `unicodedata`; brackets and mirrors from bidi_tables.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from tui.text.bidi_tables import CLOSING, MIRROR, OPENING

_STRONG_R = {"R", "AL"}
_NEUTRAL = {"B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"}
_REMOVED = {"BN", "LRE", "RLE", "LRO", "RLO", "PDF"}
_ISOLATES = {"LRI", "RLI", "FSI", "PDI"}
# U+2329/U+232A and U+3008/U+3009 are canonically equivalent brackets (BD16).
_CANONICAL = {0x2329: 0x3008, 0x232A: 0x3009}


@lru_cache(maxsize=4096)
def bidi_class(ch: str) -> str:
    kind = unicodedata.bidirectional(ch)
    if not kind:  # unassigned: the UBA default for most blocks
        return "L"
    if kind in _ISOLATES:  # never present after sanitising; treated as removed
        return "BN"
    return kind


@lru_cache(maxsize=4096)
def _raw_class(ch: str) -> str:
    return unicodedata.bidirectional(ch) or "L"


def paragraph_level(text: str) -> int:
    """P2–P3: 1 if the first strong character is right-to-left, else 0."""
    for ch in text:
        kind = bidi_class(ch)
        if kind == "L":
            return 0
        if kind in _STRONG_R:
            return 1
    return 0


def resolve_levels(text: str, base: int | None = None) -> tuple[int, ...]:
    """The embedding level of every character of `text` (one paragraph), before rule L1."""
    if base is None:
        base = paragraph_level(text)
    # Most Arabic paragraphs have no left-to-right letters or digits (and English ones no
    # right-to-left letters or Arabic digits): every rule below then leaves every character
    # at the paragraph's level. Deciding that from the distinct characters skips the passes.
    kinds = {bidi_class(ch) for ch in set(text)}
    if kinds.isdisjoint(("L", "EN", "AN") if base % 2 else ("R", "AL", "AN")):
        return (base,) * len(text)
    classes = [bidi_class(ch) for ch in text]
    # X9: removed characters take no part; they get the level of what precedes them.
    keep = [i for i, c in enumerate(classes) if c not in _REMOVED]
    types = [classes[i] for i in keep]
    chars = [text[i] for i in keep]
    embedding = "R" if base % 2 else "L"
    n = len(types)

    # W1: a mark takes the type of what precedes it.
    prev = embedding
    for i in range(n):
        if types[i] == "NSM":
            types[i] = prev
        prev = types[i]
    # W2: European digits after Arabic letters are Arabic numbers. W3: AL is R.
    last_strong = embedding
    for i in range(n):
        t = types[i]
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    for i in range(n):
        if types[i] == "AL":
            types[i] = "R"
    # W4: one separator between two numbers of the same kind joins them.
    for i in range(1, n - 1):
        t = types[i]
        if t == "ES" and types[i - 1] == "EN" and types[i + 1] == "EN":
            types[i] = "EN"
        elif t == "CS" and types[i - 1] == types[i + 1] and types[i - 1] in ("EN", "AN"):
            types[i] = types[i - 1]
    # W5: terminators (%, $, …) next to European digits become digits.
    i = 0
    while i < n:
        if types[i] == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
            i = j
        else:
            i += 1
    # W6: what is left of separators and terminators is neutral.
    for i in range(n):
        if types[i] in ("ES", "ET", "CS"):
            types[i] = "ON"
    # W7: European digits in a left-to-right context are L.
    last_strong = embedding
    for i in range(n):
        t = types[i]
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"

    _resolve_brackets(types, chars, classes, keep, embedding)
    _resolve_neutrals(types, embedding)

    levels = [base] * len(text)
    for pos, t in zip(keep, types):
        if base % 2 == 0:
            levels[pos] = base + (1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            levels[pos] = base + (1 if t in ("L", "EN", "AN") else 0)
    # Removed characters sit at the level of the character before them (any level is valid).
    for i, c in enumerate(classes):
        if c in _REMOVED:
            levels[i] = levels[i - 1] if i else base
    return tuple(levels)


def _strong(t: str) -> str | None:
    if t == "L":
        return "L"
    if t in ("R", "AN", "EN"):
        return "R"
    return None


def _resolve_brackets(types: list[str], chars: list[str], classes: list[str],
                      keep: list[int], embedding: str) -> None:
    """N0: paired brackets take the direction of what they enclose or surround."""
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[int, int]] = []  # (closing code point expected, position)
    for i, ch in enumerate(chars):
        if types[i] != "ON":
            continue
        cp = _CANONICAL.get(ord(ch), ord(ch))
        if cp in OPENING:
            if len(stack) == 63:
                break
            closer = OPENING[cp]
            stack.append((_CANONICAL.get(closer, closer), i))
        elif cp in CLOSING:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == cp:
                    pairs.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    pairs.sort()
    opposite = "R" if embedding == "L" else "L"
    for open_at, close_at in pairs:
        inside = {_strong(t) for t in types[open_at + 1:close_at]}
        if embedding in inside:
            direction = embedding
        elif opposite in inside:
            before = embedding
            for t in reversed(types[:open_at]):
                s = _strong(t)
                if s:
                    before = s
                    break
            direction = opposite if before == opposite else embedding
        else:
            continue
        for at in (open_at, close_at):
            types[at] = direction
            # Marks after a bracket (originally NSM) follow its new direction.
            k = at + 1
            while k < len(types) and classes[keep[k]] == "NSM":
                types[k] = direction
                k += 1


def _resolve_neutrals(types: list[str], embedding: str) -> None:
    """N1–N2: neutrals between two equal directions take it, the rest the embedding's."""
    n = len(types)
    i = 0
    while i < n:
        if types[i] not in _NEUTRAL:
            i += 1
            continue
        j = i
        while j < n and types[j] in _NEUTRAL:
            j += 1
        before = _strong(types[i - 1]) if i > 0 else embedding
        after = _strong(types[j]) if j < n else embedding
        direction = before if before == after else embedding
        for k in range(i, j):
            types[k] = direction
        i = j


def line_levels(text: str, levels: Sequence[int], start: int, end: int, base: int) -> list[int]:
    """L1 for the line text[start:end]: trailing whitespace and separators at paragraph level."""
    out = list(levels[start:end])
    trailing = True
    for i in range(end - 1, start - 1, -1):
        kind = _raw_class(text[i])
        if kind in ("S", "B"):
            out[i - start] = base
            trailing = True
        elif trailing and (kind == "WS" or kind in _REMOVED or kind in _ISOLATES):
            out[i - start] = base
        else:
            trailing = False
    return out


def visual_order(levels: Sequence[int]) -> list[int]:
    """L2: indices of `levels` in left-to-right display order."""
    order = list(range(len(levels)))
    if not order:
        return order
    highest = max(levels)
    lowest_odd = min((lv for lv in levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


MIRRORED = frozenset(chr(cp) for cp in MIRROR)


def mirror(ch: str) -> str:
    """L4: the mirrored glyph of `ch` (shown at an odd level), or `ch` itself."""
    other = MIRROR.get(ord(ch))
    return chr(other) if other is not None else ch
