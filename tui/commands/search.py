"""`summit-tui search QUERY [DIR] [--json] [--scope quotes|sentences] [--limit N]`.

Prints the same ranked hits as the search pane: source, offsets, text, score, speaker.
"""

from __future__ import annotations

import argparse
import sys

NAME = "search"
HELP = "fuzzy search of quotations or sentences across spelling variants and diacritics"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from tui.commands.common import add_input_arguments

    parser.add_argument("query", help="words to look for (Arabic or English)")
    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.add_argument("--scope", choices=["quotes", "sentences"], default="quotes",
                        help="search quotations only (default) or every sentence")
    parser.add_argument("--limit", type=_positive, default=20, metavar="N",
                        help="at most N hits (default 20)")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return number


def run(args: argparse.Namespace) -> int:
    import gc

    from tui.commands.common import open_for_command
    from tui.output import print_json, print_table
    from tui.store.searchable import ready_for_search

    # As the app searches: quotations are found by their speakers' names and their outlets'
    # (speaker:, outlet:), and one result stands for each statement.
    opened, status = open_for_command(args)
    # The open folder is a million objects that live until the process ends, none in a
    # garbage cycle: frozen, the cycle collector's full passes no longer walk them while
    # the kept speakers are read back (one such pass was 0.3 s of a 2 s search at 24,000
    # articles). Cycles made from here on are still collected.
    gc.freeze()
    ready_for_search(opened)
    outlets = opened.corpus.outlet_of
    hits = opened.index.search(args.query, scope=args.scope, limit=args.limit)
    rows = [hit_record(hit, outlets, opened.index.speaker_of(hit.record)) for hit in hits]
    if args.json:
        print_json(rows)
    else:
        print_table(["score", "source", "outlet", "speaker", "text"],
                    [[f"{r['score']:.0f}", r["source"], r["outlet"], r["speaker"] or "—",
                      " ".join(r["text"].split())] for r in rows])
        if not rows:
            print(f"no {args.scope} match {args.query!r}", file=sys.stderr)
    return status


def hit_record(hit, outlets: dict[str, str], speaker=None) -> dict:
    """A hit as scripts get it; `speaker` (tui.quotes.Speaker) adds the speaker's type.
    `copies` records with the same words (this one included) in `articles` sources stand
    behind it; `matched` of the query's `words` were found."""
    record = hit.record
    return {
        "source": record.source_id,
        "outlet": outlets.get(record.source_id, record.source_id),
        "start": record.start,
        "end": record.end,
        "text": record.text,
        "score": hit.score,
        "speaker": record.speaker,
        "kind": record.kind,
        "id": record.id,
        "matches": [list(span) for span in hit.matches],
        "speaker_type": getattr(speaker, "type", None),
        "matched": hit.matched,
        "words": hit.words,
        "copies": hit.copies,
        "articles": hit.articles,
    }
