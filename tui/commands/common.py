"""What the headless subcommands share: loading a folder and reporting its problems."""

from __future__ import annotations

from tui.corpus import Corpus, load_corpus
from tui.output import print_message


def load_for_command(path: str | None) -> tuple[Corpus, int]:
    """Load the folder; print each skipped file's message on stderr.

    Returns the corpus and the exit status: 2 if any file could not be loaded (the rest
    is still printed), else 0.
    """
    problems: list[str] = []
    corpus = load_corpus(path, problems=problems)
    for warning in corpus.warnings:
        print_message("warning", warning)
    for problem in problems:
        print_message("error", problem)
    if corpus.encoding_notes:
        for note in corpus.encoding_notes:
            print_message("note", note)
    return corpus, 2 if problems else 0
