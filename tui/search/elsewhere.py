"""One function run in a forked copy of this process, its result sent back pickled.

Building a big search index ends with work only this process can do (the merge after the
pool): its largest independent part runs in a fork meanwhile, which shares every array
already made without copying them. Where there is no fork, or the fork fails in any way,
the caller is told (None) and does the work itself: the result never depends on it.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable

from tui import memory


def start(make: Callable[[], object]) -> Callable[[], tuple[object] | None]:
    """Start `make()` in a forked child; the returned function waits for it and gives
    (its result,), or None when it could not be had. Call the returned function, or its
    `cancel`, exactly once."""
    if not hasattr(os, "fork"):
        return _nothing
    # The child starts with every resident page of this process, freed heap included: what
    # the caller's last steps made and dropped goes back to the system first (a few ms), so
    # neither process carries it.
    memory.release_freed_memory()
    try:
        read, write = os.pipe()
    except OSError:
        return _nothing
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return _nothing
    if pid == 0:                                    # the child: never returns
        status = 1
        try:
            end_with_parent(parent)
            os.close(read)
            data = pickle.dumps(make(), protocol=pickle.HIGHEST_PROTOCOL)
            with open(write, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            # No atexit handler, no buffered output and no finally of the caller runs here:
            # they belong to the parent.
            os._exit(status)
    os.close(write)

    def cancel() -> None:
        """Stop the child unheard (the caller gave up): nothing is left running."""
        os.close(read)
        _end(pid, kill=True)

    def result() -> tuple[object] | None:
        try:
            with open(read, "rb") as pipe:
                data = pipe.read()
        except BaseException:
            _end(pid, kill=True)
            raise
        if _end(pid) != 0:
            return None
        try:
            return (pickle.loads(data),)
        except Exception:
            return None

    result.cancel = cancel      # type: ignore[attr-defined]
    return result


def _nothing() -> None:
    return None


_nothing.cancel = lambda: None      # type: ignore[attr-defined]


def _end(pid: int, kill: bool = False) -> int:
    """Reap the child (killing it first if asked); its exit status, -1 if unknown."""
    try:
        if kill:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    except OSError:
        return -1
    return os.waitstatus_to_exitcode(status)


def end_with_parent(parent: int) -> None:
    """Let this (forked) process end when `parent`, the process that started it, is gone.
    A parent killed outright (SIGKILL, a crash) cannot stop its children, and one waiting
    for work or for a lock taken at the fork would wait for ever. (`parent` is known before
    the fork: the parent may die before the child gets here.)"""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
