"""`summit-tui sources [DIR] [--json]`: the articles of a folder and their counts."""

from __future__ import annotations

import argparse

NAME = "sources"
HELP = "list the articles of a folder (the bundled seeds by default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", nargs="?", help="folder of articles (default: the bundled seeds)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import load_for_command
    from tui.output import print_json, print_table

    corpus, status = load_for_command(args.dir)
    rows = [source_record(s) for s in corpus.sources]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "outlet", "languages", "paragraphs", "sentences", "title"],
                    [[r["id"], r["outlet"], ",".join(r["languages"]), r["paragraphs"],
                      r["sentences"], r["title"]] for r in rows])
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
    }
