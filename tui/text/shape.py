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

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from tui.text.shape_tables import FORMS, LIGATURES

ZWJ = "\u200d"
ZWNJ = "\u200c"

_CONFIGURATION = {
    "delete_harakat": False,
    "shift_harakat_position": False,
    "delete_tatweel": False,
    "support_zwj": False,
    "support_ligatures": True,
    "ARABIC LIGATURE ALLAH": False,
}


@cache
def _reshaper():
    """The reshaper with our options, made on the first shape (the logical mode never
    shapes). Options not given here are the package's (and those of a file named by
    PYTHON_ARABIC_RESHAPER_CONFIGURATION_FILE)."""
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration=_CONFIGURATION)


# Glyphs as two parallel sequences: what each draws, and the offsets it stands for.
Glyphs = tuple[str | list[str], Sequence[tuple[int, ...]]]

# (0,), (1,), …: most glyphs stand for one character, and sharing these saves layout() an
# object per character (allocations are what set the garbage collector going).
_ONE = tuple(zip(range(4096)))


def singles(start: int, stop: int) -> tuple[tuple[int, ...], ...]:
    """((start,), (start + 1,), …, (stop - 1,))."""
    out = _ONE[start:stop]
    if stop > len(_ONE):
        out += tuple((i,) for i in range(max(start, len(_ONE)), stop))
    return out


@lru_cache(maxsize=8192)
def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


@lru_cache(maxsize=8192)
def is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufeff]")


def _has_arabic(text: str) -> bool:
    """A character of the Arabic blocks (U+0600–06FF, 0750–077F, 08A0–08FF, FB50–FEFF) in `text`."""
    return _ARABIC.search(text) is not None


# Literals checked against the Unicode data by tests/text/test_shape_tables.py.
_FORMS = FORMS
_LIGATURE_RE = re.compile(LIGATURES)


def shape_glyphs(text: str) -> Glyphs:
    """Shaped glyphs of `text` in logical order, as (chars, offsets): glyph k draws chars[k]
    for the input offsets offsets[k]. Every input offset is in exactly one glyph; a ZWJ is
    a glyph "" of its own (drawn as nothing). Not cached: layout() caches its analysis of
    the paragraph."""
    if not _has_arabic(text):
        return text, singles(0, len(text))
    shaped = _shape_piece(text, 0)
    if shaped is not None:
        return shaped
    chars: list[str] = []
    offsets: list[tuple[int, ...]] = []
    start = 0
    for end in [i for i, ch in enumerate(text) if ch == " "] + [len(text)]:
        piece = text[start:end + 1] if end < len(text) else text[start:]
        mapped = _shape_piece(piece, start)
        if mapped is None:
            chars.extend("" if ch == ZWJ else ch for ch in piece)
            offsets.extend(singles(start, start + len(piece)))
        else:
            chars.extend(mapped[0])
            offsets.extend(mapped[1])
        start = end + 1
    return chars, offsets


def _shape_piece(piece: str, base: int) -> Glyphs | None:
    """Shape `piece` and map the output back; None when it does not map back cleanly."""
    if ZWJ in piece:
        kept = [i for i, ch in enumerate(piece) if ch != ZWJ]
        source = "".join(piece[i] for i in kept)
    else:
        kept, source = None, piece
    reshaper = _reshaper()
    try:
        out = reshaper.reshape(source)
    except Exception:  # noqa: BLE001 - a reshaper bug on odd input must not take the UI down
        return None
    mapped = _map_letters(source, out)
    if mapped is None:
        pairs = _map_back(source, out)
        if pairs is None:
            return None
        mapped = [ch for ch, _ in pairs], [offs for _, offs in pairs]
    if kept is None:
        if base == 0:  # the common case: offsets are already right
            return mapped
        glyphs = [(ch, tuple(base + j for j in offs)) for ch, offs in zip(*mapped)]
    else:
        glyphs = [(ch, tuple(base + kept[j] for j in offs)) for ch, offs in zip(*mapped)]
        for i, ch in enumerate(piece):
            if ch == ZWJ:
                glyphs.append(("", (base + i,)))
    glyphs.sort(key=lambda g: g[1][0])
    return [ch for ch, _ in glyphs], [offs for _, offs in glyphs]


def _map_letters(source: str, out: str) -> Glyphs | None:
    """_map_back's answer, fast, for the usual output: every glyph is the input character or a
    presentation form of the letters at its place (no mark moved). None otherwise."""
    if out.translate(_FORMS) != source:
        return None
    if len(out) == len(source):  # no ligature: one glyph per character
        return out, singles(0, len(out))
    offsets: list[tuple[int, ...]] = []
    p = done = 0
    for match in _LIGATURE_RE.finditer(out):
        at = match.start()
        offsets.extend(singles(p, p + at - done))
        p += at - done
        taken = len(_FORMS[ord(out[at])])
        offsets.append(tuple(range(p, p + taken)))
        p += taken
        done = at + 1
    offsets.extend(singles(p, p + len(out) - done))
    return out, offsets


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
