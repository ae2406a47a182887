"""Opening the app: check the terminal and the folder, run the Textual app (which reads it)."""

from __future__ import annotations

import asyncio
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


def launch(args) -> int:
    """`args`: `dir` (None = the bundled seeds) and `bidi` (None = the saved mode)."""
    problem = terminal_problem()
    if problem:
        raise UserError(problem + " (see `summit-tui --help`)")
    from pathlib import Path

    if args.dir is not None and not Path(args.dir).exists():
        raise UserError(f"{args.dir}: no such file or folder")
    from tui.app import SummitApp
    from tui.corpus.articles import Fields

    fields = Fields.parse(getattr(args, "field", None))
    # The folder is read inside the app (a worker with a progress bar, through the cache),
    # so a large folder never leaves the user looking at a blank terminal.
    app = SummitApp(path=args.dir, bidi=getattr(args, "bidi", None), freeze_heap=True,
                    fields=fields)
    with _sigint_quits(app) as interrupted:
        app.run()
    if interrupted:
        return 128 + signal.SIGINT
    if app.exit_error:
        # The folder could not be used (no article in it, say): one line, status 2, as for
        # a folder that does not exist.
        raise UserError(app.exit_error)
    return app.return_code or 0


@contextlib.contextmanager
def _sigint_quits(app):
    """A SIGINT from outside (`kill -INT`) quits the app as `q` does, and is noted.

    Raised as KeyboardInterrupt wherever the main thread happened to be, it could escape the
    event loop past Textual's clean-up and leave the terminal on the alternate screen. The
    handler instead asks the running loop to exit the app (call_soon_threadsafe is safe in a
    signal handler); before the loop runs, or at a second SIGINT, it interrupts as before."""
    seen: list[int] = []
    previous = signal.getsignal(signal.SIGINT)

    def on_sigint(signum, frame):
        seen.append(signum)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None and len(seen) == 1:
            loop.call_soon_threadsafe(lambda: app.exit(return_code=128 + signal.SIGINT))
        elif callable(previous):
            previous(signum, frame)
        else:
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_sigint)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)
