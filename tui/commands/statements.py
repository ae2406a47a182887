"""`summit-tui statements [DIR] [--json]`: the same words or claim across outlets."""

from __future__ import annotations

import argparse

NAME = "statements"
HELP = "group what the outlets report into statements, with the outlets that left each out"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dir", nargs="?", help="folder of articles (default: the bundled seeds)")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import load_for_command
    from tui.output import print_json, print_table
    from tui.quotes import analyze

    corpus, status = load_for_command(args.dir)
    rows = [statement_record(s) for s in analyze(corpus).statements]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "speaker", "sources", "missing", "text"],
                    [[r["id"], r["speaker"]["label"] if r["speaker"] else "-",
                      ",".join(dict.fromkeys(m["source"] for m in r["members"])),
                      ",".join(r["missing_from"]) or "-", r["text"]] for r in rows])
    return status


def statement_record(statement) -> dict:
    from tui.commands.quotes import speaker_record

    return {
        "id": statement.id,
        "speaker": speaker_record(statement.speaker),
        "text": statement.text,
        # the statement's text is a quotation (some outlet's own quote marks) or reported speech
        "direct": any(m.direct and m.relation == "verbatim" for m in statement.members),
        "members": [{
            "source": m.source_id, "start": m.start, "end": m.end, "text": m.text,
            # reported speech is never verbatim, whatever it was compared with
            "verbatim": m.relation == "verbatim" and m.direct, "score": m.score,
            "relation": m.relation,
            "quote": m.quote_id, "direct": m.direct,
        } for m in statement.members],
        "missing_from": list(statement.missing_from),
        "conflicts": list(statement.conflicts),
    }
