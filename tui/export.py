"""Exports of what the panes show: the statement matrix (CSV, Markdown) and search hits (JSON).

Writes are atomic and never replace an existing file unless the caller says the user agreed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from tui.corpus import Corpus
from tui.output import dumps
from tui.settings import atomic_write
from tui.text.sanitize import sanitize_for_terminal as _safe

ABSENT = "absent"
FORMATS = {".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".json": "json"}


def export_format(path: str | Path) -> str | None:
    """'csv', 'markdown' or 'json' from the file name's suffix; None if it names none of them."""
    return FORMATS.get(Path(path).suffix.lower())


def matrix_table(statements: Sequence, corpus: Corpus) -> tuple[list[str], list[list[str]]]:
    """Header and rows: one row per statement, one column per outlet (its relation or 'absent')."""
    # Exported files get `cat`ed into terminals too: article text, speakers and outlets
    # have their controls made visible, as on screen (one for one; ZWNJ and letters kept).
    header = ["statement", "speaker", "outlets"] + [_safe(s.outlet) for s in corpus.sources]
    rows = []
    for statement in statements:
        relations = {}
        for member in statement.members:
            relations.setdefault(member.source_id, member.relation)
        speaker = statement.speaker.label if statement.speaker else ""
        rows.append([_safe(statement.text), _safe(speaker), str(len(relations))]
                    + [relations.get(s.id, ABSENT) for s in corpus.sources])
    return header, rows


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert_in_spreadsheets(cell: str) -> str:
    # A cell that starts like a formula runs as one when the CSV is opened in a spreadsheet
    # (CSV injection); article text and outlet labels are untrusted, so such cells get a
    # leading apostrophe, which spreadsheets show as text and do not display.
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def matrix_csv(statements: Sequence, corpus: Corpus) -> str:
    header, rows = matrix_table(statements, corpus)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([_inert_in_spreadsheets(c) for c in header])
    writer.writerows([_inert_in_spreadsheets(c) for c in row] for row in rows)
    return out.getvalue()


def matrix_markdown(statements: Sequence, corpus: Corpus) -> str:
    header, rows = matrix_table(statements, corpus)

    def cell(value: str) -> str:
        return " ".join(value.split()).replace("\\", "\\\\").replace("|", "\\|")

    lines = ["| " + " | ".join(cell(h) for h in header) + " |",
             "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def hits_json(hits: Iterable, corpus: Corpus, query: str = "") -> str:
    """The hits as the headless `search --json` prints them, plus each hit's outlet."""
    outlets = {s.id: s.outlet for s in corpus.sources}
    items = []
    for hit in hits:
        record = hit.record
        speaker = record.speaker
        items.append({
            "source": record.source_id,
            "outlet": outlets.get(record.source_id, ""),
            "start": record.start,
            "end": record.end,
            "text": record.text,
            "score": round(float(hit.score), 2),
            "speaker": getattr(speaker, "label", speaker),
        })
    # Escaped like headless JSON output: lossless, and safe to print.
    return dumps({"query": query, "hits": items}) + "\n"


def write_export(path: str | Path, text: str, *, overwrite: bool = False) -> Path:
    """Write `text` to `path`; FileExistsError if it exists and `overwrite` is False."""
    target = Path(path).expanduser()
    if target.exists() and not overwrite:
        raise FileExistsError(str(target))
    if target.is_dir():
        raise IsADirectoryError(str(target))
    atomic_write(target, text)
    return target
