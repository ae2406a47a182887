"""Loading a folder (or the bundled seeds, or one file) into a Corpus. Nothing is ever written
to the folder.

A folder's files are listed (`list_entries`: its manifest, or a scan of it and its
subfolders, DIR/OUTLET/…), each file is loaded on its own (`load_file`: one article for a
.txt, .md or saved page, one per record for a collection or a zip of them), and the results
are put together in listing order (`assemble`). The store runs the same three steps with a
process pool and a cache in between.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from tui.corpus.articles import NO_FIELDS, Fields
from tui.corpus.collections import (ARCHIVE_SUFFIXES, COLLECTION_SUFFIXES, Article, Skipped,
                                    archive_members, read_collection)
from tui.corpus.decode import decode_bytes
from tui.corpus.manifest import MANIFEST_NAME, Entry, read_manifest
from tui.corpus.model import Body, Corpus, Source
from tui.corpus.segment import segment
from tui.errors import UserError
from tui.text.direction import base_direction

ARTICLE_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
READABLE_SUFFIXES = (ARTICLE_SUFFIXES + PAGE_SUFFIXES + (".json", ".jsonl", ".ndjson", ".csv",
                                                          ".tsv", ".zip"))
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_TITLE_CELLS = 120
_CHUNK = 1 << 20

Warn = Callable[[str], None]


def seeds_dir() -> Path:
    """The bundled corpus: the `seeds` package's folder, in a checkout or an installed wheel
    alike. (importlib.resources would also import zipfile and its readers, at start-up.)"""
    import seeds

    return Path(seeds.__file__).parent


def max_bytes_from_env() -> int:
    value = os.environ.get("SUMMIT_TUI_MAX_MB")
    if not value:
        return DEFAULT_MAX_BYTES
    try:
        megabytes = float(value)
    except ValueError:
        raise UserError(f"SUMMIT_TUI_MAX_MB: not a number: {value!r}") from None
    if not math.isfinite(megabytes) or megabytes <= 0:
        raise UserError(f"SUMMIT_TUI_MAX_MB: must be a positive number of megabytes, "
                        f"not {value!r}")
    return max(1, int(megabytes * 1024 * 1024))


def read_at_most(handle: BinaryIO, count: int) -> bytes:
    """Up to `count` bytes from `handle`, read in pieces: `read(count)` would reserve
    `count` bytes at once, which fails for a generous limit even on a tiny file."""
    chunks = bytearray()
    while len(chunks) < count:
        piece = handle.read(min(_CHUNK, count - len(chunks)))
        if not piece:
            break
        chunks += piece
    return bytes(chunks)


def load_corpus(path: str | os.PathLike[str] | None = None, *, max_bytes: int | None = None,
                problems: list[str] | None = None, fields: Fields | None = None) -> Corpus:
    """Load `path` (the bundled seeds when None): a folder, or one file of any kind read.

    Files (and records) that cannot be loaded are skipped; a one-line message naming each
    goes into `problems` (errors) or the corpus's `warnings` (empty files and records,
    fields that could not be read). Raises UserError when the folder itself, or its
    manifest, cannot be used, or no article loads at all.
    """
    listing = list_entries(path, problems)
    problems = listing.problems if problems is None else problems
    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    loaded = [load_file(listing.root, entry, limit, fields or NO_FIELDS)
              for entry in listing.entries]
    return assemble(listing, loaded, problems)


@dataclass(frozen=True)
class Listing:
    """What a path holds: its root folder, the files to read and the manifest, if any."""

    root: Path
    entries: tuple[Entry, ...]
    manifest: str | None
    bundled: bool
    problems: list[str] = field(default_factory=list, compare=False)


@dataclass
class Loaded:
    """What one file gave: its articles, and a line for each thing in it that did not load."""

    sources: list[Source] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def list_entries(path: str | os.PathLike[str] | None,
                 problems: list[str] | None = None) -> Listing:
    """The files to read at `path` (the bundled seeds when None), from its manifest or by
    scanning it (subfolders too). `problems` gets a line for each file left out."""
    problems = problems if problems is not None else []
    bundled = path is None
    root = seeds_dir() if bundled else Path(path)
    if not root.exists():
        raise UserError(f"{root}: no such file or folder")
    if root.is_file():
        if readable_suffix(root.name) is None:
            raise UserError(f"{root}: not a kind of file this program reads "
                            f"({', '.join(READABLE_SUFFIXES)})")
        return Listing(root.parent, (_default_entry(root.name, _id_of(root.stem)),), None,
                       bundled, problems)
    if not root.is_dir():
        raise UserError(f"{root}: not a file or folder")
    found = read_manifest(root)
    manifest = str(root / MANIFEST_NAME) if found is not None else None
    entries = found if found is not None else _scan(root, problems)
    if not entries:
        raise UserError(f"{root}: no articles in this folder (.txt, .md, .html, "
                        ".json, .jsonl, .csv or .zip files)")
    return Listing(root, tuple(entries), manifest, bundled, problems)


def assemble(listing: Listing, loaded: list[Loaded], problems: list[str]) -> Corpus:
    """The corpus of the files loaded (in listing order), their problems told."""
    sources, warnings, seen = [], [], set()
    for result in loaded:
        problems.extend(result.problems)
        warnings.extend(result.warnings)
        for source in result.sources:
            if source.id in seen:
                problems.append(f"{listing.root / source.file}: id {source.id!r} is taken by "
                                "another article; skipped (give it its own id in the manifest)")
                continue
            seen.add(source.id)
            sources.append(source)
    if not sources:
        detail = problems[0] if problems else (warnings[0] if warnings else "nothing to read")
        raise UserError(f"{listing.root}: no article could be loaded ({detail})")
    return Corpus(root=str(listing.root), sources=tuple(sources), bundled=listing.bundled,
                  manifest=listing.manifest, warnings=tuple(warnings))


_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")
_MAX_DEPTH = 8


def _id_of(*parts: str) -> str:
    """An id in the manifest's alphabet (letters, digits, - _ .; a letter or digit first;
    at most 64 characters) from name parts."""
    base = "-".join(_NOT_ID.sub("-", p).strip("-._") for p in parts if p)
    base = re.sub(r"-{2,}", "-", base).strip("-._") or "source"
    return base[:60].rstrip("-._") or "source"


def _scan(root: Path, problems: list[str] | None = None) -> list[Entry]:
    """An entry per readable file in `root` and its subfolders (DIR/OUTLET/…). A link leading
    out of the folder is skipped (and named in `problems`), as a manifest entry leading out
    of it is refused: a shared folder must not pull in, and then export, files from
    elsewhere on the reader's machine."""
    # Runs on every reopening of a folder: names from os.scandir, whose entries know
    # whether they are links without a system call each, and no Path per file.
    inside = os.path.realpath(root)
    files: list[str] = []
    pending = [("", 0)]
    while pending:
        folder, depth = pending.pop()
        here = os.path.join(root, folder) if folder else str(root)
        try:
            with os.scandir(here) as found:
                listed = [(entry.name, entry.is_symlink(), entry.is_dir(follow_symlinks=False))
                          for entry in found]
        except OSError as err:
            if not folder:
                raise UserError(f"{root}: cannot list folder: {err.strerror or err}") from None
            if problems is not None:
                problems.append(f"{here}: cannot list folder: {err.strerror or err}")
            continue
        for name, link, is_dir in listed:
            if name.startswith(".") or name == "__MACOSX":
                continue
            relative = f"{folder}/{name}" if folder else name
            if link and not _is_inside(os.path.join(here, name), inside):
                if readable_suffix(name) is not None and problems is not None:
                    problems.append(f"{root / relative}: a link to a file outside the folder, "
                                    "not followed (open that file by name, or copy it in)")
                continue
            if readable_suffix(name) is not None:
                files.append(relative)      # a folder named so is reported when read
            elif is_dir and not link and depth < _MAX_DEPTH:
                pending.append((relative, depth + 1))
    files.sort(key=lambda name: (name.count("/"), name))
    # Collections take their ids first: a single article's id must not be that of one of
    # their records ("<collection>-<n>"), whichever file name sorts first.
    kinds = COLLECTION_SUFFIXES + ARCHIVE_SUFFIXES
    many = {n for n in files if _suffix(n).lower() in kinds}
    ids: dict[str, str] = {}
    used: set[str] = set()
    collections: set[str] = set()
    for name in [n for n in files if n in many] + [n for n in files if n not in many]:
        folder, _, base = name.rpartition("/")
        base_id = _id_of(*folder.split("/"), _stem(base)) if folder else _id_of(_stem(base))
        source_id, n = base_id, 2
        while source_id in used or (name not in many and _numbered(source_id, collections)):
            source_id, n = f"{base_id[:56]}-{n}", n + 1
        used.add(source_id)
        if name in many:
            collections.add(source_id)
        ids[name] = source_id
    return [_default_entry(name, ids[name]) for name in files]


def _numbered(source_id: str, collections: set[str]) -> bool:
    """Would `source_id` be the id of a collection's record ("<collection>-<n>")?"""
    head, _, tail = source_id.rpartition("-")
    return tail.isdigit() and head in collections


def _is_inside(path: str, inside: str) -> bool:
    # realpath, not resolve(): a link loop must reach load_file, which reports it.
    target = os.path.realpath(path)
    return target == inside or target.startswith(inside.rstrip(os.sep) + os.sep)


# PurePath(name).suffix and .stem for a bare file name, without making a Path.
def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _stem(name: str) -> str:
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def readable_suffix(name: str) -> str | None:
    """The suffix of a file name this program reads (lower case), or None."""
    suffix = _suffix(name.rpartition("/")[2]).lower()
    return suffix if suffix in READABLE_SUFFIXES else None


def _default_entry(name: str, source_id: str) -> Entry:
    return Entry(id=source_id, file=name, title=None, outlet=None, languages=None)


def load_file(root: Path, entry: Entry, limit: int, fields: Fields = NO_FIELDS) -> Loaded:
    """The articles of one file (one, or one per record of a collection), and a line for
    each problem, never raising for what the file holds."""
    path = root / entry.file
    loaded = Loaded()
    try:
        data = _read_bytes(path, limit)
        suffix = readable_suffix(entry.file) or ".txt"
        if suffix in ARCHIVE_SUFFIXES:
            _load_archive(data, str(path), entry, limit, fields, loaded)
        else:
            _load_bytes(data, str(path), suffix, entry, (), fields, loaded)
    except UserError as err:
        loaded.problems.append(str(err))
    return loaded


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        if not path.is_file():
            raise UserError(f"{path}: not a regular file")
        size = path.stat().st_size
        if size > limit:
            raise UserError(f"{path}: {size / 1048576:.1f} MB is over the {limit / 1048576:.0f} MB "
                            "limit (set SUMMIT_TUI_MAX_MB to raise it)")
        with path.open("rb") as handle:
            data = read_at_most(handle, limit + 1)
    except OSError as err:
        raise UserError(f"{path}: cannot read: {err.strerror or err}") from None
    if len(data) > limit:
        raise UserError(f"{path}: grew over the size limit while being read")
    return data


def _load_archive(data: bytes, name: str, entry: Entry, limit: int, fields: Fields,
                  loaded: Loaded) -> None:
    members = list(archive_members(data, name, limit))
    if not members:
        raise UserError(f"{name}: no articles in this archive (.txt, .md, .html, .json, "
                        ".jsonl or .csv files)")
    single = len(members) == 1
    for member, content in members:
        if isinstance(content, str):
            loaded.problems.append(content)
            continue
        suffix = readable_suffix(member) or ".txt"
        # one member (as SaudiNewsNet ships): its records are the archive's; several: each
        # member's records are named after it too
        extra = () if single else (_stem(member.rpartition("/")[2]),)
        try:
            _load_bytes(content, f"{name}:{member}", suffix, entry, extra, fields, loaded)
        except UserError as err:
            loaded.problems.append(str(err))


def _load_bytes(data: bytes, name: str, suffix: str, entry: Entry, extra: tuple[str, ...],
                fields: Fields, loaded: Loaded) -> None:
    """The articles of one file's (or archive member's) bytes into `loaded`."""
    if suffix in COLLECTION_SUFFIXES:
        for read in read_collection(data, name, suffix, fields):
            if isinstance(read, Skipped):
                (loaded.warnings if read.warning else loaded.problems).append(read.message)
            else:
                loaded.sources.append(_source(
                    entry, _id_of(entry.id, *extra, str(read.index)), read, "utf-8"))
        return
    decoded = decode_bytes(data, name)
    if suffix in PAGE_SUFFIXES:
        from tui.corpus.pages import read_page

        read = read_page(decoded.text, name)
        loaded.sources.append(_source(entry, _id_of(entry.id, *extra), read, decoded.encoding))
        return
    if not decoded.text.strip():
        loaded.warnings.append(f"{name}: empty file, skipped")
        return
    article = Article(0, decoded.text, None, None, None, None, None)
    loaded.sources.append(_source(entry, _id_of(entry.id, *extra), article, decoded.encoding))


def _source(entry: Entry, source_id: str, article: Article, encoding: str) -> Source:
    """A Source of one article: the manifest's word first, then the data's, then the file's."""
    text = article.text
    if entry.languages:
        # Segmented when first read: the first screen lays out one article, and segmenting
        # the others was a third of loading the seeds. (Without languages in the manifest
        # they are found from the paragraphs, so those are made now.)
        paragraphs = functools.partial(segment, source_id, text)
        languages = entry.languages
    else:
        paragraphs = segment(source_id, text)
        languages = _languages(text, paragraphs)
    return Source(
        id=source_id,
        file=entry.file,
        title=entry.title or article.title or _first_line(text),
        outlet=entry.outlet or article.outlet or default_outlet(entry.file),
        languages=languages,
        body=Body(text, paragraphs),
        encoding=encoding,
        date=entry.date or article.date,
        url=article.url,
        author=article.author,
    )


def summarised(lines, shown: int = 5) -> list[str]:
    """Up to `shown` lines, then one saying how many more: an archive's 238 records without
    text are not 238 notifications."""
    lines = list(lines)
    if len(lines) <= shown + 1:
        return lines
    return lines[:shown] + [f"… and {len(lines) - shown} more like these"]


def default_outlet(file: str) -> str:
    """Who published a file that does not say: its folder (DIR/OUTLET/…), else its name."""
    folder, _, name = file.partition("/")
    return folder if name else _stem(file)


def _first_line(text: str) -> str:
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if len(line) <= _TITLE_CELLS:
        return line
    cut = line.rfind(" ", 0, _TITLE_CELLS)
    return line[: cut if cut > 0 else _TITLE_CELLS] + "…"


def _languages(text: str, paragraphs) -> tuple[str, ...]:
    found = []
    if any(p.direction == "rtl" for p in paragraphs):
        found.append("ar")
    if any(p.direction == "ltr" and base_direction(text[p.start:p.end]) == "ltr"
           and re.search(r"[A-Za-z]{3}", text[p.start:p.end]) for p in paragraphs):
        found.append("en")
    return tuple(found) or ("und",)
