"""`summit-tui quotes [DIR] [--json]`: every quotation, its kind and its speaker."""

from __future__ import annotations

import argparse

NAME = "quotes"
HELP = "list the quotations of a folder with their speakers (the bundled seeds by default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", nargs="?", help="folder of articles (default: the bundled seeds)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import load_for_command
    from tui.output import print_json, print_table
    from tui.quotes.analysis import extract_all

    corpus, status = load_for_command(args.dir)
    rows = [quote_record(q) for q in extract_all(corpus)]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "source", "kind", "direct", "speaker", "text"],
                    [[r["id"], r["source"], r["kind"], "yes" if r["direct"] else "no",
                      r["speaker"]["label"] if r["speaker"] else "-", r["text"]] for r in rows])
    return status


def quote_record(quote) -> dict:
    return {
        "id": quote.id,
        "source": quote.source_id,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": {"id": quote.speaker.id, "label": quote.speaker.label} if quote.speaker else None,
        "direct": quote.direct,
        "sentence": quote.sentence_id,
        "inside": quote.inside,
    }
