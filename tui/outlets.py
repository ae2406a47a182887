"""Renaming an outlet label in the user's `sources.toml`, keeping the rest of the file as it was.

The edit is made on the text (comments, order and other keys stay), then checked by parsing
the result: only that one source's `outlet` may differ. The bundled seeds are never edited.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from tui.corpus import Corpus
from tui.errors import UserError
from tui.settings import atomic_write

MANIFEST = "sources.toml"

_TABLE = re.compile(r"^\s*\[\[?\s*[^\]]*\]\]?\s*(#.*)?$")
_SOURCE = re.compile(r"^\s*\[\[\s*source\s*\]\]\s*(#.*)?$")


def check_label(label: str) -> str:
    label = " ".join(label.split())
    if not label:
        raise UserError("an outlet label cannot be empty")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in label):
        raise UserError("an outlet label cannot hold control characters")
    return label


def rename_outlet(corpus: Corpus, source_id: str, label: str) -> Path:
    """Set `source_id`'s outlet to `label` in the folder's manifest; returns the manifest path."""
    label = check_label(label)
    if corpus.bundled:
        raise UserError("the bundled seeds are part of the installed program and are not "
                        "changed; copy the seeds folder, open the copy and rename there")
    if not corpus.manifest:
        raise UserError(f"{corpus.root}: no sources.toml in this folder; add one to name outlets")
    path = Path(corpus.manifest)
    try:
        original = path.read_text(encoding="utf-8-sig")
    except OSError as err:
        raise UserError(f"{path}: cannot read manifest: {err.strerror or err}") from None
    updated = _set_outlet(original, source_id, label, path)
    before, after = tomllib.loads(original), tomllib.loads(updated)
    expected = _with_outlet(before, source_id, label)
    if after != expected:
        raise UserError(f"{path}: could not edit the manifest safely; edit it by hand")
    atomic_write(path, updated)
    return path


def _with_outlet(data: dict, source_id: str, label: str) -> dict:
    rows = [dict(row, outlet=label) if row.get("id") == source_id else row
            for row in data.get("source", [])]
    return dict(data, source=rows)


def _set_outlet(text: str, source_id: str, label: str, path: Path) -> str:
    lines = text.splitlines(keepends=True)
    blocks: list[tuple[int, int]] = []
    start = None
    for number, line in enumerate(lines):
        if _TABLE.match(line):
            if start is not None:
                blocks.append((start, number))
                start = None
            if _SOURCE.match(line):
                start = number
    if start is not None:
        blocks.append((start, len(lines)))
    value = json.dumps(label, ensure_ascii=False)
    for first, last in blocks:
        try:
            table = tomllib.loads("".join(lines[first + 1:last]))
        except tomllib.TOMLDecodeError:
            continue
        if table.get("id") != source_id:
            continue
        for number in range(first + 1, last):
            if re.match(r"^\s*outlet\s*=", lines[number]):
                end = "\n" if lines[number].endswith("\n") else ""
                lines[number] = f"outlet = {value}{end}"
                return "".join(lines)
        # No outlet key yet: add one after the id line.
        for number in range(first + 1, last):
            if re.match(r"^\s*id\s*=", lines[number]):
                if not lines[number].endswith("\n"):
                    lines[number] += "\n"
                lines.insert(number + 1, f"outlet = {value}\n")
                return "".join(lines)
    raise UserError(f"{path}: no [[source]] with id {source_id!r}")


def write_manifest(corpus: Corpus) -> Path:
    """Write a sources.toml for a folder opened without one, listing its articles as they
    are open now (id, file, outlet), so that outlets can be named. Never replaces a file."""
    if corpus.bundled:
        raise UserError("the bundled seeds are never changed; copy them first")
    folder = Path(corpus.root)
    path = folder / MANIFEST
    if path.exists():
        raise UserError(f"{path} exists already; rename there")
    lines = ["# Written by summit-tui: the articles of this folder and their outlets.",
             "# Only the files listed here are opened; edit `outlet` to name an outlet.",
             "version = 1", f"corpus = {json.dumps(folder.name, ensure_ascii=False)}", ""]
    for source in corpus.sources:
        lines += ["[[source]]", f"id = {json.dumps(source.id)}",
                  f"file = {json.dumps(source.file, ensure_ascii=False)}",
                  f"outlet = {json.dumps(check_label(source.outlet), ensure_ascii=False)}", ""]
    text = "\n".join(lines)
    listed = tomllib.loads(text)["source"]
    if [row["id"] for row in listed] != list(corpus.ids):
        raise UserError(f"{path}: could not list the articles safely; write it by hand")
    try:
        atomic_write(path, text)
    except OSError as err:
        raise UserError(f"{path}: cannot write: {err.strerror or err}") from None
    return path
