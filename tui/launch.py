"""Opening the app: check the terminal and the folder, run the Textual app (which reads it)."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys

from tui.errors import UserError


def terminal_problem() -> str | None:
    """Why the app cannot draw here, or None if it can."""
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        return "the app needs a terminal (stdin and stdout); use a headless command instead"
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("_", "-")
    if encoding not in ("utf-8", "utf8"):
        return (f"the terminal's encoding is {encoding or 'unknown'}, not UTF-8, so Arabic "
                "cannot be drawn; set LANG=C.UTF-8 (or another UTF-8 locale)")
    if os.environ.get("TERM", "") in ("", "dumb"):
        return "TERM is unset or 'dumb', which cannot draw the app; use a headless command instead"
    return None


def launch(args: argparse.Namespace) -> int:
    problem = terminal_problem()
    if problem:
        raise UserError(problem + " (see `summit-tui --help`)")
    from pathlib import Path

    if args.dir is not None and not Path(args.dir).exists():
        raise UserError(f"{args.dir}: no such file or folder")
    from tui.app import SummitApp

    # The folder is read inside the app (a worker with a progress bar, through the cache),
    # so a large folder never leaves the user looking at a blank terminal.
    app = SummitApp(path=args.dir, bidi=getattr(args, "bidi", None), freeze_heap=True)
    with _noting_sigint() as interrupted:
        app.run()
    if interrupted:
        # Textual ends cleanly on a SIGINT from outside (`kill -INT`), but reports success.
        return 128 + signal.SIGINT
    return app.return_code or 0


@contextlib.contextmanager
def _noting_sigint():
    """Note whether SIGINT arrived, and otherwise let it act as before (KeyboardInterrupt)."""
    seen: list[int] = []
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum, frame):
        seen.append(signum)
        if callable(previous):
            previous(signum, frame)
        else:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)
