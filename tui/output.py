"""Writing headless output: JSON for scripts, plain text for people, both terminal-safe."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from rich.cells import cell_len

from tui.text.sanitize import sanitize_for_terminal

# json.dumps escapes C0 controls but lets C1 controls, bidi controls and invisible
# characters through when ensure_ascii is off; none of them may reach a terminal that a
# script prints to. Escaped, the JSON still parses back to the very same text.
_INVISIBLE = [0x00AD, 0x061C, *range(0x200B, 0x2010), 0x2028, 0x2029, *range(0x2060, 0x2065),
              0xFEFF]


# The tables below are made on the first JSON written: the app imports this module for
# plain_text and never writes JSON.
@functools.cache
def _unsafe_in_json() -> dict[int, str]:
    # Lone surrogates (a file name that is not UTF-8 comes back from the OS with them)
    # cannot be written as UTF-8 at all; as escapes they are valid JSON and read back the same.
    return {c: f"\\u{c:04x}" for c in
            [*range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
             *_INVISIBLE, *range(0xD800, 0xE000)]}


@functools.cache
def _tags() -> re.Pattern[str]:
    # Unicode "tag" characters are invisible and can smuggle text past a reader; JSON
    # writes characters beyond the BMP as a surrogate pair.
    return re.compile("[\U000e0000-\U000e007f]")


def _escape_astral(match: re.Match[str]) -> str:
    code = ord(match.group()) - 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


@functools.cache
def _unsafe_pattern() -> re.Pattern[str]:
    # The characters of _unsafe_in_json as one class: they are rare, and a search for them
    # costs a fraction of str.translate's look-up of every character (6 s of the 11 s
    # `statements --json` took to write a real archive's 60,000 statements).
    return re.compile("[" + "".join(f"\\u{c:04x}" for c in sorted(_unsafe_in_json())) + "]")


def _escape_unsafe(match: re.Match[str]) -> str:
    return _unsafe_in_json()[ord(match.group())]


def dumps(data: Any, *, ascii_only: bool = False) -> str:
    """`json.dumps(data, ensure_ascii=ascii_only, indent=2)`, then made terminal-safe."""
    return _safe(_indented(data, ascii_only))


def _safe(text: str) -> str:
    return _tags().sub(_escape_astral, _unsafe_pattern().sub(_escape_unsafe, text))


def _indented(data: Any, ascii_only: bool, level: int = 0) -> str:
    """`json.dumps(data, ensure_ascii=ascii_only, indent=2)`, as `level` levels in.

    The json module writes indented JSON with its pure-Python encoder, a generator per
    value; the plain values, dicts with str keys, lists and tuples every command prints
    are written here directly, strings by json's own C escaping (the same text, about
    twice as fast). Anything else goes to the json module whole."""
    import json  # here: the app imports this module but never writes JSON

    parts: list[str] = []
    try:
        _write(data, parts, json.encoder.encode_basestring_ascii if ascii_only
               else json.encoder.encode_basestring, "\n" + "  " * level)
    except _Unusual:
        text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
        return text.replace("\n", "\n" + "  " * level) if level else text
    return "".join(parts)


class _Unusual(Exception):
    """A value `_write` leaves to the json module."""


def _write(value: Any, parts: list[str], string: Callable[[str], str], newline: str) -> None:
    """`value` as json.dumps(indent=2) writes it, into `parts`; `newline` is a line break
    and the indent of the level `value` is at. The checks go in json's order (a bool is an
    int, and is written as one of those only after it is not True or False)."""
    if isinstance(value, str):
        parts.append(string(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        parts.append("[")
        separator = inner
        for item in value:
            parts.append(separator)
            separator = "," + inner
            _write(item, parts, string, inner)
        parts.append(newline + "]")
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        parts.append("{")
        separator = inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Unusual
            parts.append(separator)
            separator = "," + inner
            parts.append(string(key))
            parts.append(": ")
            _write(item, parts, string, inner)
        parts.append(newline + "}")
    else:
        raise _Unusual


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def stdout_is_utf8() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    return encoding in ("utf-8", "utf8", "utf-8-sig")


def print_json(data: Any) -> None:
    """`data` as JSON, indented; a list (or any iterator) is written an item at a time, the
    same text as a whole, so a 60,000-statement listing never sits in memory as one string
    (json.dumps of the archive's statements took 700 MB beside them)."""
    # Under a non-UTF-8 locale, ASCII-only JSON (\\u escapes) stays valid and lossless.
    ascii_only = not stdout_is_utf8()
    if not isinstance(data, (list, tuple, Iterator)):
        sys.stdout.write(dumps(data, ascii_only=ascii_only) + "\n")
        return
    write = sys.stdout.write
    opened = False
    for item in data:
        write(",\n  " if opened else "[\n  ")
        opened = True
        write(_safe(_indented(item, ascii_only, 1)))
    write("\n]\n" if opened else "[]\n")


def prepare_text_output() -> None:
    """Under a non-UTF-8 locale, let text output degrade to '?' instead of crashing."""
    if not stdout_is_utf8() and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
        print("summit-tui: note: the terminal's encoding is not UTF-8; Arabic shows as '?' "
              "(set LANG=C.UTF-8, or use --json)", file=sys.stderr)


def plain_text(text: str) -> str:
    """`text` for a plain terminal line: controls made visible, invisible characters dropped.

    Table cells need no offsets, so zero-width joiners, bidi marks and other format
    characters (which a terminal would either show as junk or act on) are removed.
    """
    safe = sanitize_for_terminal(text)
    return "".join(ch for ch in safe if unicodedata.category(ch) != "Cf")


def print_message(kind: str, text: str) -> None:
    """One `summit-tui: KIND: text` line on stderr; file names and titles are untrusted."""
    print(f"summit-tui: {kind}: {plain_text(str(text))}", file=sys.stderr)


def _cut(text: str, cells: int) -> str:
    """`text` cut to at most `cells` cells, marked with … when shortened."""
    if cell_len(text) <= cells:
        return text
    out, used = [], 0
    for ch in text:
        w = cell_len(ch)
        if used + w > cells - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _pad(text: str, cells: int) -> str:
    return text + " " * max(0, cells - cell_len(text))


_MAX_CELL = 60


def print_table(headers: list[str], rows: Iterable[list[Any]]) -> None:
    """A plain left-aligned table; cells are sanitised and cut to keep lines short."""
    prepare_text_output()
    rows = [[_cut(plain_text(str(cell)), _MAX_CELL) for cell in row] for row in rows]
    widths = [cell_len(h) for h in headers]
    for row in rows:
        widths = [max(w, cell_len(c)) for w, c in zip(widths, row)]
    line = "  ".join(_pad(h, w) for h, w in zip(headers, widths))
    sys.stdout.write(line.rstrip() + "\n")
    for row in rows:
        sys.stdout.write("  ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip() + "\n")
