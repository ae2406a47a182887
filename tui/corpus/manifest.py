"""The `sources.toml` manifest: which files a folder holds and what to call each outlet.

    version = 1
    [[source]]
    id = "s1"                 # stable id used by every command (letters, digits, - _ .)
    file = "article.txt"      # relative to the folder; may not leave it
    title = "…"               # optional: defaults to the article's first line
    outlet = "Source 1"       # optional: defaults to the file name
    languages = ["ar"]        # optional: defaults to what the text contains
    date = "2015-08-06"       # optional: defaults to what the data says (ISO 8601)

An entry may name a collection (.json, .jsonl, .csv, or a .zip of them): its id then
begins the ids of its records ("<id>-<record number>"), and its outlet, title and
languages, when given, override what each record says.
"""

from __future__ import annotations

from dataclasses import dataclass
import tomllib
from pathlib import Path

from tui.errors import UserError

MANIFEST_NAME = "sources.toml"
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_ID_CHARS = _ALNUM | frozenset("_.-")


def _valid_id(value: object) -> bool:
    """A letter or digit, then up to 63 of those or '_', '.', '-' (a trailing newline too is
    refused, which a regex ending in `$` would let through)."""
    return (isinstance(value, str) and 0 < len(value) <= 64 and value[0] in _ALNUM
            and _ID_CHARS.issuperset(value))
_KNOWN_KEYS = {"id", "file", "title", "outlet", "languages", "date"}
_MAX_MANIFEST_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Entry:
    """One [[source]] of the manifest (None: left out, so the default applies)."""

    id: str
    file: str
    title: str | None
    outlet: str | None
    languages: tuple[str, ...] | None
    date: str | None = None


def read_manifest(root: Path) -> list[Entry] | None:
    """The entries of `root/sources.toml`, or None if the folder has none."""
    path = root / MANIFEST_NAME
    if not path.exists():
        return None
    # A FIFO would block the read forever, and a manifest is a few lines: anything else
    # is refused before it is opened.
    if not path.is_file():
        raise UserError(f"{path}: the manifest is not a regular file")
    if path.stat().st_size > _MAX_MANIFEST_BYTES:
        raise UserError(f"{path}: manifest over {_MAX_MANIFEST_BYTES // 1048576} MB; "
                        "is this the right file?")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise UserError(f"{path}: cannot read manifest: {_reason(err)}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise UserError(f"{path}: malformed manifest: {err}") from None
    version = data.get("version", 1)
    if version != 1:
        raise UserError(f"{path}: unsupported manifest version {version!r} (expected 1)")
    rows = data.get("source")
    if not isinstance(rows, list) or not rows:
        raise UserError(f"{path}: manifest has no [[source]] entries")
    entries: list[Entry] = []
    seen: set[str] = set()
    for number, row in enumerate(rows, 1):
        entries.append(_entry(path, root, number, row, seen))
    return entries


def _entry(path: Path, root: Path, number: int, row: object, seen: set[str]) -> Entry:
    where = f"{path}: source #{number}"
    if not isinstance(row, dict):
        raise UserError(f"{where}: expected a table")
    unknown = set(row) - _KNOWN_KEYS
    if unknown:
        raise UserError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    source_id, file = row.get("id"), row.get("file")
    if not _valid_id(source_id):
        raise UserError(f"{where}: 'id' must be letters, digits, '-', '_' or '.' (got {source_id!r})")
    if source_id in seen:
        raise UserError(f"{where}: duplicate id {source_id!r}")
    seen.add(source_id)
    if not isinstance(file, str) or not file:
        raise UserError(f"{where}: 'file' must be a file name")
    target = (root / file).resolve()
    if not target.is_relative_to(root.resolve()):
        raise UserError(f"{where}: file {file!r} is outside the folder")
    if not target.is_file():
        raise UserError(f"{where}: file {file!r} does not exist")
    if hasattr(row.get("date"), "isoformat"):      # a TOML date written without quotes
        row = {**row, "date": row["date"].isoformat()}
    for key in ("title", "outlet", "date"):
        if key in row and not isinstance(row[key], str):
            raise UserError(f"{where}: {key!r} must be a string")
    languages = row.get("languages")
    if languages is not None and (
        not isinstance(languages, list) or not all(isinstance(x, str) for x in languages)
    ):
        raise UserError(f"{where}: 'languages' must be a list of strings")
    date = row.get("date")
    if date is not None:
        from tui.corpus.articles import Unreadable, parse_date

        try:
            date = parse_date(date)
        except Unreadable as err:
            raise UserError(f"{where}: {err}") from None
    return Entry(source_id, file, row.get("title"), row.get("outlet"),
                 tuple(languages) if languages is not None else None, date)


def _reason(err: BaseException) -> str:
    return getattr(err, "strerror", None) or str(err)
