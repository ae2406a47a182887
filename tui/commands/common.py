"""What the headless subcommands share: loading a folder and reporting its problems."""

from __future__ import annotations

import sys

from tui.corpus import Corpus, load_corpus


def load_for_command(path: str | None) -> tuple[Corpus, int]:
    """Load the folder; print each skipped file's message on stderr.

    Returns the corpus and the exit status: 2 if any file could not be loaded (the rest
    is still printed), else 0.
    """
    problems: list[str] = []
    corpus = load_corpus(path, problems=problems)
    for warning in corpus.warnings:
        print(f"summit-tui: warning: {warning}", file=sys.stderr)
    for problem in problems:
        print(f"summit-tui: error: {problem}", file=sys.stderr)
    if corpus.encoding_notes:
        for note in corpus.encoding_notes:
            print(f"summit-tui: note: {note}", file=sys.stderr)
    return corpus, 2 if problems else 0
