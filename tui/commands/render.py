"""`summit-tui render SOURCE_ID [DIR] --width W [--bidi visual|logical]`: the reader, headless.

Prints exactly the lines the reader draws (tui.text.document.source_lines): the title (once,
when the first paragraph is the title), then the paragraphs with one blank line between
them; every line exactly W cells, RTL lines right-aligned and padded with spaces, no colours.
"""

from __future__ import annotations

import argparse

NAME = "render"
HELP = "print a source laid out as the reader shows it (shaped, bidi-ordered, padded)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source_id", help="the source to render (see `summit-tui sources`)")
    from tui.commands.common import add_input_arguments

    add_input_arguments(parser)
    parser.add_argument("--width", type=int, default=80, help="line width in cells (default 80)")
    parser.add_argument("--bidi", choices=["visual", "logical"], default="visual",
                        help="visual: shaped, in display order (default); logical: stored "
                             "order, unshaped, for terminals that do bidi themselves")
    parser.add_argument("--no-harakat", action="store_true", help="hide harakat (diacritics)")


def run(args: argparse.Namespace) -> int:
    import sys

    from tui.commands.common import open_for_command
    from tui.errors import UserError
    from tui.output import plain_text, prepare_text_output
    from tui.text.document import source_lines

    if args.width < 1:
        raise UserError(f"--width: must be at least 1, not {args.width}")
    opened, status = open_for_command(args, extract=False)
    corpus = opened.corpus
    try:
        source = corpus.source(args.source_id)
    except KeyError:
        ids = [s.id for s in corpus.sources]
        known = ", ".join(ids[:12]) + (f", … ({len(ids)} in all)" if len(ids) > 12 else "")
        raise UserError(f"{plain_text(args.source_id)}: no such source (known: {known})") from None
    prepare_text_output()
    out = sys.stdout
    for line in source_lines(source, args.width, mode=args.bidi, harakat=not args.no_harakat):
        out.write(line.plain(args.width) + "\n")
    return status
