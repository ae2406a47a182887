"""Arabic shaping (contextual forms, lam-alef) with a map from every glyph back to its letters.

arabic-reshaper 3.1.0 shapes logical text but reports no offsets, so the map is rebuilt by
matching each output glyph's NFKC form to the input. Its known failures are guarded:
ZWJ before a ligature raises IndexError or drops a letter (`ب\u200dب لا سلام`), so ZWJ
is not given to it (it is never drawn either); any other mismatch falls back to shaping
word by word, and a word that still does not map back is drawn unshaped rather than wrong.
Harakat are kept (the caller decides to draw them); the الله ligature is off, since it
would turn four letters into a glyph most terminal fonts lack.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

import arabic_reshaper

ZWJ = "\u200d"
ZWNJ = "\u200c"

_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={
    "delete_harakat": False,
    "shift_harakat_position": False,
    "delete_tatweel": False,
    "support_zwj": False,
    "support_ligatures": True,
    "ARABIC LIGATURE ALLAH": False,
})


class Glyph(NamedTuple):
    char: str                    # what is drawn (a presentation form, or the input character)
    offsets: tuple[int, ...]     # the input characters it stands for, in logical order


@lru_cache(maxsize=8192)
def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


@lru_cache(maxsize=8192)
def is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"
               or "\u08a0" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


@lru_cache(maxsize=1024)
def shape(text: str) -> tuple[Glyph, ...]:
    """Shaped glyphs of `text` in logical order; every input offset appears in exactly one glyph.

    ZWJ appears in no glyph-drawn form: it is mapped onto a zero-width glyph "" so that the
    offsets stay complete.
    """
    if not _has_arabic(text):
        return tuple(Glyph(ch, (i,)) for i, ch in enumerate(text))
    glyphs = _shape_piece(text, 0)
    if glyphs is None:
        glyphs = []
        start = 0
        for end in [i for i, ch in enumerate(text) if ch == " "] + [len(text)]:
            piece = text[start:end + 1] if end < len(text) else text[start:]
            mapped = _shape_piece(piece, start)
            if mapped is None:
                mapped = [Glyph("" if ch == ZWJ else ch, (start + i,)) for i, ch in enumerate(piece)]
            glyphs.extend(mapped)
            start = end + 1
    return tuple(glyphs)


def _shape_piece(piece: str, base: int) -> list[Glyph] | None:
    """Shape `piece` and map the output back; None when it does not map back cleanly."""
    kept = [i for i, ch in enumerate(piece) if ch != ZWJ]
    source = "".join(piece[i] for i in kept)
    try:
        out = _RESHAPER.reshape(source)
    except Exception:  # noqa: BLE001 - a reshaper bug on odd input must not take the UI down
        return None
    mapped = _map_back(source, out)
    if mapped is None:
        return None
    if base == 0 and len(kept) == len(piece):  # the common case: offsets are already right
        return [Glyph(ch, offs) for ch, offs in mapped]
    glyphs = [Glyph(ch, tuple(base + kept[j] for j in offs)) for ch, offs in mapped]
    for i, ch in enumerate(piece):
        if ch == ZWJ:
            glyphs.append(Glyph("", (base + i,)))
    glyphs.sort(key=lambda g: g.offsets[0])
    return glyphs


def _map_back(source: str, out: str) -> list[tuple[str, tuple[int, ...]]] | None:
    result: list[tuple[str, tuple[int, ...]]] = []
    p = 0
    skipped: list[int] = []  # marks the reshaper moved past a ligature
    for ch in out:
        if is_mark(ch):
            hit = next((k for k in skipped if source[k] == ch), None)
            if hit is not None:
                skipped.remove(hit)
                result.append((ch, (hit,)))
                continue
            if p < len(source) and source[p] == ch:
                result.append((ch, (p,)))
                p += 1
                continue
            return None
        if p >= len(source):
            return None
        if ch == source[p] or _nfkc(ch) == _nfkc(source[p]):
            result.append((ch, (p,)))
            p += 1
            continue
        want = _nfkc(ch)
        if len(want) < 2:
            return None
        taken: list[int] = []
        for letter in want:
            while p < len(source) and is_mark(source[p]) and source[p] != letter:
                skipped.append(p)
                p += 1
            if p >= len(source) or _nfkc(source[p]) != letter:
                return None
            taken.append(p)
            p += 1
        result.append((ch, tuple(taken)))
    if p != len(source) or skipped:
        return None
    # Marks moved behind a ligature belong after it in logical order too: keep output order.
    return result
