"""Errors meant for the user: one line, naming the file or argument at fault."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input. The CLI prints `str(err)` and exits with status 2."""

    exit_status = 2
