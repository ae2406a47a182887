"""`summit-tui discrepancies [DIR] [--json]`: facts the outlets state differently."""

from __future__ import annotations

import argparse

NAME = "discrepancies"
HELP = "list facts the outlets state differently (durations, counts, spellings of names)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", nargs="?", help="folder of articles (default: the bundled seeds)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import load_for_command
    from tui.output import print_json, print_table
    from tui.quotes import analyze

    corpus, status = load_for_command(args.dir)
    rows = [discrepancy_record(d) for d in analyze(corpus).discrepancies]
    if args.json:
        print_json(rows)
    else:
        print_table(["topic", "source", "value", "text"],
                    [[r["topic"], c["source"], c["value"], c["text"]]
                     for r in rows for c in r["claims"]])
    return status


def discrepancy_record(discrepancy) -> dict:
    return {
        "topic": discrepancy.topic,
        "claims": [{"source": c.source_id, "start": c.start, "end": c.end, "text": c.text,
                    "value": c.value} for c in discrepancy.claims],
    }
