"""`summit-tui sources [DIR] [--json]`: the articles of a folder and their counts."""

from __future__ import annotations

import argparse

NAME = "sources"
HELP = "list the articles of a folder (the bundled seeds by default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.common import add_input_arguments

    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import open_for_command
    from tui.output import print_json, print_table

    opened, status = open_for_command(args, extract=False)
    rows = [source_record(s) for s in opened.corpus.sources]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "outlet", "languages", "paragraphs", "sentences", "date", "title"],
                    [[r["id"], r["outlet"], ",".join(r["languages"]), r["paragraphs"],
                      r["sentences"], r["date"] or "-", r["title"]] for r in rows])
    return status


def source_record(source) -> dict:
    return {
        "id": source.id,
        "file": source.file,
        "title": source.title,
        "outlet": source.outlet,
        "languages": list(source.languages),
        "encoding": source.encoding,
        "paragraphs": len(source.paragraphs),
        "sentences": sum(len(p.sentences) for p in source.paragraphs),
        "date": source.date,
        "url": source.url,
        "author": source.author,
    }
