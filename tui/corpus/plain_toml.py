"""TOML as the app's own files are written, read without tomllib.

Importing tomllib (its regexes) cost the first screen 8 M instructions, to read the seeds'
30-line manifest and the user's three settings. plain_toml reads the TOML those files are
written in: comments, `[[name]]` headers, and `key = value` lines whose value is a string
without escapes, a list of such strings on one line, a decimal integer, true or false. For
anything else it returns None, and the caller has tomllib read the file (and report what is
wrong with it). tests/corpus/test_plain_toml.py holds it to tomllib's answers.
"""

from __future__ import annotations

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
# TOML allows no control character but tab (and line ends) anywhere in a document.
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F])
_BLANK = " \t"
_NOT_PLAIN = object()  # a value plain_toml does not read


def plain_toml(text: str) -> dict | None:
    """`tomllib.loads(text)` for a document in the plain subset above, else None."""
    lines = text.split("\n")
    if len("".join(lines).translate(_CONTROLS)) != len(text) - len(lines) + 1:
        return None
    document: dict = {}
    table = document
    headed: set[str] = set()  # arrays of tables, made by [[headers]]
    for line in lines:
        line = line.strip(_BLANK)
        if not line or line[0] == "#":
            continue
        if line[0] == "[":
            name = line[2:-2]
            if (not line.startswith("[[") or not line.endswith("]]") or not name
                    or not _BARE_KEY.issuperset(name)):
                return None
            if name in document and name not in headed:
                return None  # a value of the same name (tomllib says so)
            headed.add(name)
            table = {}
            document.setdefault(name, []).append(table)
            continue
        key, equals, value = line.partition("=")
        key = key.strip(_BLANK)
        if not equals or not key or not _BARE_KEY.issuperset(key) or key in table:
            return None
        parsed = _plain_value(value.strip(_BLANK))
        if parsed is _NOT_PLAIN:
            return None
        table[key] = parsed
    return document


def _after(rest: str) -> bool:
    """Nothing but blanks or a comment after a value."""
    rest = rest.lstrip(_BLANK)
    return not rest or rest[0] == "#"


def _plain_string(value: str, at: int) -> tuple[str, int] | None:
    """The basic string starting at value[at] (a quote) and the index after it."""
    end = value.find('"', at + 1)
    if end < 0:
        return None
    inner = value[at + 1:end]
    if "\\" in inner:
        return None
    return inner, end + 1


def _plain_value(value: str):
    if not value:
        return _NOT_PLAIN
    if value[0] == '"':
        if value.startswith('"""'):
            return _NOT_PLAIN
        found = _plain_string(value, 0)
        if found is None or not _after(value[found[1]:]):
            return _NOT_PLAIN
        return found[0]
    if value[0] == "[":
        items: list[str] = []
        at = 1
        while True:
            while at < len(value) and value[at] in _BLANK:
                at += 1
            if at < len(value) and value[at] == "]":
                break
            if at >= len(value) or value[at] != '"' or value.startswith('"""', at):
                return _NOT_PLAIN
            found = _plain_string(value, at)
            if found is None:
                return _NOT_PLAIN
            items.append(found[0])
            at = found[1]
            while at < len(value) and value[at] in _BLANK:
                at += 1
            if at < len(value) and value[at] == ",":
                at += 1
            elif not (at < len(value) and value[at] == "]"):
                return _NOT_PLAIN
        return items if _after(value[at + 1:]) else _NOT_PLAIN
    word = value.split("#", 1)[0].rstrip(_BLANK)
    if not _after(value[len(word):]):
        return _NOT_PLAIN
    if word in ("true", "false"):
        return word == "true"
    if word.isascii() and word.isdigit() and (word == "0" or word[0] != "0"):
        return int(word)
    return _NOT_PLAIN
