"""`summit-tui discrepancies [DIR] [--json]`: facts the outlets state differently."""

from __future__ import annotations

import argparse

NAME = "discrepancies"
HELP = "list facts the outlets state differently (durations, counts, spellings of names)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.common import add_input_arguments

    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import analyse_for_command
    from tui.output import print_json, print_table

    _, analysis, status = analyse_for_command(args)
    rows = [discrepancy_record(d) for d in analysis.discrepancies]
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
