"""`summit-tui quotes [DIR] [--json]`: every quotation, its kind and its speaker."""

from __future__ import annotations

import argparse

NAME = "quotes"
HELP = "list the quotations of a folder with their speakers (the bundled seeds by default)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.common import add_input_arguments

    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import open_for_command
    from tui.output import print_json, print_table

    opened, status = open_for_command(args, index=False)
    rows = [quote_record(q) for q in opened.quotes]
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
        "speaker": speaker_record(quote.speaker),
        "direct": quote.direct,
        "sentence": quote.sentence_id,
        "inside": quote.inside,
        "form": quote.form,
    }


def speaker_record(speaker) -> dict | None:
    """A speaker as scripts get it: who (id, label), what kind (person, organisation,
    anonymous, unknown) and every name the texts give them."""
    if speaker is None:
        return None
    return {"id": speaker.id, "label": speaker.label, "type": speaker.type,
            "names": list(speaker.names)}
