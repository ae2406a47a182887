"""Loading a folder (or the bundled seeds) into a Corpus. Nothing is ever written to the folder."""

from __future__ import annotations

import functools
import importlib.resources
import math
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tui.corpus.decode import decode_bytes
from tui.corpus.manifest import MANIFEST_NAME, Entry, read_manifest
from tui.corpus.model import Body, Corpus, Source
from tui.corpus.segment import segment
from tui.errors import UserError
from tui.text.direction import base_direction

ARTICLE_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_TITLE_CELLS = 120
_CHUNK = 1 << 20

Warn = Callable[[str], None]


def seeds_dir() -> Path:
    """The bundled corpus, from a checkout or an installed wheel alike."""
    return Path(str(importlib.resources.files("seeds")))


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
                problems: list[str] | None = None) -> Corpus:
    """Load `path` (the bundled seeds when None).

    Files that cannot be loaded are skipped; a one-line message naming each goes into
    `problems` (errors) or the corpus's `warnings` (empty files). Raises UserError when
    the folder itself, or its manifest, cannot be used, or no article loads at all.
    """
    bundled = path is None
    root = seeds_dir() if bundled else Path(path)
    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    problems = problems if problems is not None else []
    warnings: list[str] = []
    if not root.exists():
        raise UserError(f"{root}: no such file or folder")
    if root.is_file():
        entries = [_default_entry(root.name, root.stem)]
        root = root.parent
        manifest = None
    elif root.is_dir():
        found = read_manifest(root)
        manifest = str(root / MANIFEST_NAME) if found is not None else None
        entries = found if found is not None else _scan(root, problems)
    else:
        raise UserError(f"{root}: not a file or folder")
    if not entries:
        raise UserError(f"{root}: no .txt or .md articles in this folder")
    sources = []
    for entry in entries:
        try:
            source = _load_one(root, entry, limit)
        except UserError as err:
            problems.append(str(err))
            continue
        if source is None:
            warnings.append(f"{root / entry.file}: empty file, skipped")
            continue
        sources.append(source)
    if not sources:
        detail = problems[0] if problems else (warnings[0] if warnings else "nothing to read")
        raise UserError(f"{root}: no article could be loaded ({detail})")
    return Corpus(root=str(root), sources=tuple(sources), bundled=bundled,
                  manifest=manifest, warnings=tuple(warnings))


_NOT_ID = re.compile(r"[^A-Za-z0-9_.-]+")


def _scan(root: Path, problems: list[str] | None = None) -> list[Entry]:
    """An entry per article file in `root`. A link leading out of the folder is skipped (and
    named in `problems`), as a manifest entry leading out of it is refused: a shared folder
    must not pull in, and then export, files from elsewhere on the reader's machine."""
    # Runs on every reopening of a folder: names from os.scandir, whose entries know
    # whether they are links without a system call each, and no Path per file (a Path per
    # file and per link check was half of listing 10,000 articles).
    try:
        with os.scandir(root) as found:
            listed = [(entry.name, entry.is_symlink()) for entry in found]
        listed.sort()
        names, links = [], []
        for name, link in listed:
            if _suffix(name).lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                names.append(name)
                if link:
                    links.append(name)
        inside = Path(os.path.realpath(root))
        # realpath, not resolve(): a link loop must reach _load_one, which reports it.
        outside = [name for name in links
                   if not Path(os.path.realpath(root / name)).is_relative_to(inside)]
    except OSError as err:
        raise UserError(f"{root}: cannot list folder: {err.strerror or err}") from None
    for name in outside:
        names.remove(name)
        if problems is not None:
            problems.append(f"{root / name}: a link to a file outside the folder, not followed "
                            "(open that file by name, or copy it in)")
    entries, used = [], set()
    for name in names:
        base = _NOT_ID.sub("-", _stem(name)).strip("-.") or "source"
        source_id, n = base[:60], 2
        while source_id in used:
            source_id, n = f"{base[:56]}-{n}", n + 1
        used.add(source_id)
        entries.append(_default_entry(name, source_id))
    return entries


# PurePath(name).suffix and .stem for a bare file name, without making a Path.
def _suffix(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _stem(name: str) -> str:
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _default_entry(name: str, source_id: str) -> Entry:
    return Entry(id=source_id, file=name, title=None, outlet=None, languages=None)


def _load_one(root: Path, entry: Entry, limit: int) -> Source | None:
    path = root / entry.file
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
    decoded = decode_bytes(data, str(path))
    text = decoded.text
    if not text.strip():
        return None
    if entry.languages:
        # Segmented when first read: the first screen lays out one article, and segmenting
        # the others was a third of loading the seeds. (Without languages in the manifest
        # they are found from the paragraphs, so those are made now.)
        paragraphs = functools.partial(segment, entry.id, text)
        languages = entry.languages
    else:
        paragraphs = segment(entry.id, text)
        languages = _languages(text, paragraphs)
    return Source(
        id=entry.id,
        file=entry.file,
        title=entry.title or _first_line(text),
        outlet=entry.outlet or Path(entry.file).stem,
        languages=languages,
        body=Body(text, paragraphs),
        encoding=decoded.encoding,
    )


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
