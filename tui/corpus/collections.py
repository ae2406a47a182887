"""Article collections: a JSON array, JSON Lines or CSV file (or a zip holding them), one
article per record, and the saved web pages and text files a zip may hold beside them.

`read_collection(data, name, suffix, fields)` gives each record as an `Article` or a one-line
problem naming the file and the record; a file that cannot be read as a collection at all
raises UserError naming it. Nothing here evaluates what a cell says: a CSV cell starting
with "=" is text like any other.
"""

from __future__ import annotations

# csv, json and zipfile are imported where a collection is read: the loader imports this
# module for every folder, and the bundled seeds (the first screen) are plain text.
import io
from collections.abc import Iterator
from dataclasses import dataclass

from tui.corpus.articles import Fields, Unreadable, article_text, parse_date, plain
from tui.corpus.decode import decode_bytes
from tui.errors import UserError

COLLECTION_SUFFIXES = (".json", ".jsonl", ".ndjson", ".csv", ".tsv")
ARCHIVE_SUFFIXES = (".zip",)


@dataclass(frozen=True, slots=True)
class Article:
    """One record read: its text (`article_text`) and what the data says about it."""

    index: int
    text: str
    title: str | None
    outlet: str | None
    date: str | None
    url: str | None
    author: str | None


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that is no article, and why (one line, naming the file and the record)."""

    index: int
    message: str
    warning: bool = False      # an article that opens without one of its fields


Read = Article | Skipped


def read_collection(data: bytes, name: str, suffix: str, fields: Fields) -> Iterator[Read]:
    """The records of a collection file's bytes, in order."""
    text = decode_bytes(data, name).text
    if suffix in (".csv", ".tsv"):
        yield from _from_rows(_csv_rows(text, name, suffix), name, fields)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _from_rows(_json_lines(text, name), name, fields)
    else:
        yield from _from_rows(_json_records(text, name), name, fields)


def _json_records(text: str, name: str) -> Iterator[tuple[int, object]]:
    import json

    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        # a .json file holding JSON Lines (one object a line) is common enough to accept
        if err.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from _json_lines(text, name)
            return
        raise UserError(f"{name}: not valid JSON (line {err.lineno}, column {err.colno}: "
                        f"{err.msg})") from None
    except RecursionError:
        raise UserError(f"{name}: JSON nested too deeply to read") from None
    if isinstance(data, dict):
        # {"articles": [...]} and the like: the one list of records it holds
        lists = [v for v in data.values() if isinstance(v, list)
                 and any(isinstance(x, dict) for x in v)]
        if len(lists) != 1:
            raise UserError(f"{name}: a JSON object, not an array of article records "
                            "(nor an object holding one)")
        data = lists[0]
    if not isinstance(data, list):
        raise UserError(f"{name}: JSON {type(data).__name__}, not an array of article records")
    yield from enumerate(data)


def _json_lines(text: str, name: str) -> Iterator[tuple[int, object]]:
    import json

    index = 0
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            record = _Broken(f"line {number} is not JSON "
                             f"({getattr(err, 'msg', 'nested too deeply')})")
        yield index, record
        index += 1


def _csv_rows(text: str, name: str, suffix: str) -> Iterator[tuple[int, object]]:
    import csv

    sample = text[:65536]
    if suffix == ".tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample,
                                            delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        if not header:
            raise UserError(f"{name}: an empty CSV file (no header row)")
        for index, row in enumerate(reader):
            if not any(cell.strip() for cell in row):
                continue
            yield index, dict(zip(header, row))
    except csv.Error as err:
        raise UserError(f"{name}: not readable as CSV (line {reader.line_num}: {err})") from None


class _Broken:
    """A record that could not even be parsed (a bad JSON line)."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


def _from_rows(rows: Iterator[tuple[int, object]], name: str, fields: Fields) -> Iterator[Read]:
    located: dict[int, dict[str, str]] = {}
    seen_any = False
    for index, record in rows:
        seen_any = True
        where = f"{name}: record {index}"
        if isinstance(record, _Broken):
            yield Skipped(index, f"{where}: {record.why}")
            continue
        if not isinstance(record, dict):
            yield Skipped(index, f"{where}: a JSON {type(record).__name__}, not a record of "
                                 "named fields")
            continue
        # records of one file mostly share their keys: located once per set of keys
        shape = hash(tuple(record))
        where_fields = located.get(shape)
        if where_fields is None or len(located) > 64:
            where_fields = located[shape] = fields.locate(record)
        yield from _article(index, record, where_fields, where)
    if not seen_any:
        raise UserError(f"{name}: no article records in this file")


def _article(index: int, record: dict, at: dict[str, str], where: str) -> tuple[Read, ...]:
    """The record's article (and a warning naming a field it could not read), or why it is
    none."""
    if "text" not in at:
        return (Skipped(index, f"{where}: no text field (content, text or body; name "
                               "another with --field text=NAME)"),)
    try:
        content = plain(record.get(at["text"]), at["text"])
    except Unreadable as err:
        return (Skipped(index, f"{where}: {err}"),)
    if content is None or not content.strip():
        return (Skipped(index, f"{where}: no text, skipped", warning=True),)
    values: dict[str, str | None] = {}
    notes = []
    for field in ("title", "outlet", "url", "author"):
        try:
            values[field] = plain(record.get(at[field]), at[field]) if field in at else None
        except Unreadable as err:
            values[field], _ = None, notes.append(str(err))
    try:
        date = parse_date(record.get(at["date"])) if "date" in at else None
    except Unreadable as err:
        date, _ = None, notes.append(str(err))
    title = " ".join(values["title"].split()) if values["title"] else None
    article = Article(index, article_text(title or "", content), title,
                      _one_line(values["outlet"]), date, _one_line(values["url"]),
                      _one_line(values["author"]))
    if notes:
        # the article opens; the field it could not read is named
        return article, Skipped(index, f"{where}: {'; '.join(notes)}; opened without it",
                                warning=True)
    return (article,)


def _one_line(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None


def archive_members(data: bytes, name: str, limit: int) -> Iterator[tuple[str, bytes | str]]:
    """(member name, its bytes) for each member of a zip worth reading, in the archive's
    order; (member name, message) for a member that cannot be read (too big, encrypted,
    damaged). A file that is not a readable zip raises UserError."""
    import zipfile

    from tui.corpus.loader import readable_suffix

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as err:
        raise UserError(f"{name}: not a readable zip archive ({err})") from None
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()
                 and not _hidden(info.filename)]
        for info in infos:
            member = f"{name}:{info.filename}"
            suffix = readable_suffix(info.filename)
            if suffix is None or suffix in ARCHIVE_SUFFIXES:
                continue
            if info.file_size > limit:
                yield info.filename, (f"{member}: {info.file_size / 1048576:.1f} MB unpacked is "
                                      f"over the {limit / 1048576:.0f} MB limit "
                                      "(set SUMMIT_TUI_MAX_MB to raise it)")
                continue
            try:
                with archive.open(info) as handle:
                    # never trust the size the archive declares: read at most the limit
                    content = handle.read(limit + 1)
            except (zipfile.BadZipFile, RuntimeError, OSError, ValueError, EOFError,
                    NotImplementedError) as err:
                yield info.filename, f"{member}: cannot be unpacked ({err})"
                continue
            if len(content) > limit:
                yield info.filename, f"{member}: unpacks to more than the size limit"
                continue
            yield info.filename, content


def _hidden(member: str) -> bool:
    parts = member.replace("\\", "/").split("/")
    return any(part.startswith(".") or part == "__MACOSX" for part in parts if part)
