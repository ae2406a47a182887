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
from tui.provenance import outlet_relations, relation_label, speaker_type
from tui.settings import atomic_write
from tui.text.sanitize import sanitize_for_terminal as _safe

ABSENT = "absent"
FORMATS = {".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".json": "json"}


def export_format(path: str | Path) -> str | None:
    """'csv', 'markdown' or 'json' from the file name's suffix; None if it names none of them."""
    return FORMATS.get(Path(path).suffix.lower())


def matrix_table(statements: Sequence, corpus: Corpus) -> tuple[list[str], list[list[str]]]:
    """Header and rows: one row per statement (its stable id, the speaker and their type, how
    many outlets carry it), one column per outlet: its strongest version's relation, which
    says "indirect (reported)" for reported speech, or 'absent'."""
    # Exported files get `cat`ed into terminals too: article text, speakers and outlets
    # have their controls made visible, as on screen (one for one; ZWNJ and letters kept).
    header = (["id", "statement", "speaker", "speaker type", "outlets"]
              + [_safe(s.outlet) for s in corpus.sources])
    rows = []
    for statement in statements:
        relations = outlet_relations(statement)
        speaker = statement.speaker
        rows.append([statement.id, _safe(statement.text),
                     _safe(speaker.label) if speaker else "",
                     speaker_type(speaker) if speaker else "", str(len(relations))]
                    + [relation_label(*relations[s.id]) if s.id in relations else ABSENT
                       for s in corpus.sources])
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


def hits_json(rows: Iterable, corpus: Corpus, query: str = "", index=None) -> str:
    """The search results as the headless `search --json` prints them, plus each hit's
    outlet; a row of the pane (tui.search.rows.HitRow: the copies of a text, or one
    statement's versions) adds its statement id and every article carrying it. Hits may
    also be given instead of rows."""
    outlets = corpus.outlet_of
    items = []
    for row in rows:
        hits = getattr(row, "hits", (row,))
        for hit in hits:
            record = hit.record
            speaker = index.speaker_of(record) if index is not None and \
                hasattr(index, "speaker_of") else None
            quote = index.quote_of(record) if index is not None and \
                hasattr(index, "quote_of") else None
            item = {
                "source": record.source_id,
                "outlet": outlets.get(record.source_id, ""),
                "start": record.start,
                "end": record.end,
                "text": record.text,
                "score": round(float(hit.score), 2),
                "speaker": getattr(record.speaker, "label", record.speaker),
                "speaker_type": getattr(speaker, "type", None),
                "direct": getattr(quote, "direct", None),
                "matched": getattr(hit, "matched", None),
                "words": getattr(hit, "words", None),
                "copies": getattr(hit, "copies", 1),
            }
            if hasattr(row, "sources"):
                item["statement"] = row.statement_id
                item["articles"] = [{"source": s, "outlet": outlets.get(s, "")}
                                    for s in row.sources]
            items.append(item)
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
