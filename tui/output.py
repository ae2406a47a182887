"""Writing headless output: JSON for scripts, plain text for people, both terminal-safe."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
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


def dumps(data: Any, *, ascii_only: bool = False) -> str:
    import json  # here: the app imports this module but never writes JSON

    text = json.dumps(data, ensure_ascii=ascii_only, indent=2)
    return _tags().sub(_escape_astral, text.translate(_unsafe_in_json()))


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
        write(dumps(item, ascii_only=ascii_only).replace("\n", "\n  "))
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
