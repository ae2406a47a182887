"""What the headless subcommands share: the input arguments, and opening and analysing the
input through the store (the app's own way, so both use the same cache)."""

from __future__ import annotations

import argparse

from tui.output import print_message


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """DIR, --field and --no-cache: what every command reads its articles with."""
    parser.add_argument("dir", nargs="?",
                        help="a folder of articles (.txt, .md, .html, collections: .json, "
                             ".jsonl, .csv, .zip; subfolders per outlet), or one such file "
                             "(default: the bundled seeds)")
    add_field_argument(parser)
    parser.add_argument("--no-cache", action="store_true",
                        help="read and analyse the folder afresh; do not use the on-disk cache")


def add_field_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--field", action="append", metavar="FIELD=NAME", default=[],
                        help="read FIELD (text, title, outlet, date, url, author) from a "
                             "collection's field NAME, e.g. --field outlet=publisher "
                             "(repeatable; the usual names are recognised without it)")


def open_for_command(args: argparse.Namespace, extract: bool = True, index: bool = True,
                     facts: bool = False):
    """The input opened (through the cache unless --no-cache); each skipped file's or
    record's message printed on stderr. Returns the Opened and the exit status: 2 if
    anything could not be loaded (the rest is still printed), else 0. `extract=False`: the
    articles only (no quotations, no search index); `index=False`: no search index;
    `facts=True`: each article's facts for comparing made with its quotations."""
    from tui.corpus.articles import Fields
    from tui.store import open_corpus

    fields = Fields.parse(getattr(args, "field", None))
    opened = open_corpus(args.dir, use_cache=not getattr(args, "no_cache", False),
                         notice=lambda message: print_message("note", message),
                         fields=fields, extract=extract, index=index, facts=facts)
    from tui.corpus.loader import summarised

    corpus = opened.corpus
    # every error is named; warnings (records without text…) past a few are counted
    for warning in summarised(corpus.warnings, 10):
        print_message("warning", warning)
    for problem in opened.problems:
        print_message("error", problem)
    for note in corpus.encoding_notes:
        print_message("note", note)
    return opened, 2 if opened.problems else 0


def analyse_for_command(args: argparse.Namespace, facts: bool = True):
    """The input opened and analysed, without a search index (no command that shows an
    analysis searches): (Opened, Analysis, exit status). `facts=False`: the statements
    only, no discrepancies."""
    from tui.store import analyse

    opened, status = open_for_command(args, index=False, facts=facts)
    return opened, analyse(opened, facts=facts), status
