"""`summit-tui statements [DIR] [--json]`: the same words or claim across outlets."""

from __future__ import annotations

import argparse

NAME = "statements"
HELP = "group what the outlets report into statements, with the outlets that left each out"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.common import add_input_arguments

    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--sort", choices=["outlets", "date"], default="outlets",
                        help="outlets: most outlets first (default); date: first reported "
                             "first (undated statements last)")


def run(args: argparse.Namespace) -> int:
    from tui.commands.common import analyse_for_command
    from tui.output import print_json, print_table
    from tui.store.analysis import statements_first_reported

    # the statements alone: comparing facts is as long as grouping on a real archive, and
    # its claims take memory this command never shows
    opened, analysis, status = analyse_for_command(args, facts=False)
    statements = analysis.statements
    if args.sort == "date":
        statements = statements_first_reported(statements, opened.corpus)
    outlets = Outlets(opened.corpus)
    rows = (statement_record(s, outlets) for s in statements)
    if args.json:
        print_json(rows)   # a record at a time: the archive's 60,000 take 1 GB as a whole
    else:
        rows = list(rows)
        print_table(["id", "speaker", "first", "outlets", "missing", "text"],
                    [[r["id"], r["speaker"]["label"] if r["speaker"] else "-",
                      r["first"]["date"] if r["first"] else "-",
                      ",".join(r["outlets"]),
                      _missing_cell(r), r["text"]] for r in rows])
    return status


# The outlets (or articles) a statement is missing from are listed up to this many; past
# it, only counted: a folder where every file is its own outlet would otherwise print
# every outlet for every statement (outlets × statements).
MISSING_LISTED = 100


class Outlets:
    """The corpus's outlets, and each source's, for listing what a statement is missing."""

    def __init__(self, corpus) -> None:
        self.of = corpus.outlet_of
        self.all = list(dict.fromkeys(self.of.values()))
        self.sources = len(self.of)

    def missing(self, present_outlets: set[str]) -> list[str] | None:
        if len(self.all) > MISSING_LISTED:
            return None
        return [o for o in self.all if o not in present_outlets]


def _missing_cell(row: dict) -> str:
    if row["missing_outlets"] is None:
        return f"{row['missing_outlet_count']} outlets"
    return ",".join(row["missing_outlets"]) or "-"


def statement_record(statement, outlets: Outlets | None = None) -> dict:
    from tui.commands.quotes import speaker_record

    present = dict.fromkeys(statement.sources)
    carried = dict.fromkeys(outlets.of.get(s, s) for s in present) if outlets else {}
    missing_sources = (outlets.sources if outlets else len(present) + len(
        statement.missing_from)) - len(present)
    listed = missing_sources <= MISSING_LISTED
    missing_outlets = outlets.missing(set(carried)) if outlets else None
    first = statement.first
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
        # the sources without it: listed up to MISSING_LISTED, else null (and counted)
        "missing_from": list(statement.missing_from) if listed else None,
        "missing_count": missing_sources,
        "outlets": list(carried),
        "missing_outlets": missing_outlets,
        "missing_outlet_count": (len(outlets.all) - len(carried)) if outlets else None,
        "first": None if first is None else {"source": first[0], "date": first[1]},
        "conflicts": list(statement.conflicts),
    }
