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


def start(make: Callable[[], object], background: bool = False
          ) -> Callable[[], tuple[object] | None]:
    """Start `make()` in a forked child; the returned function waits for it and gives
    (its result,), or None when it could not be had. Call the returned function, or its
    `cancel`, exactly once.

    `background`: the child gives way to the other processes (a lower priority, see
    BACKGROUND_NICE), for work that is waited for only at the end, while the parent's
    own steps, and the children it waits for at each one, are on the path to it."""
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
            if background:
                _give_way()
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


# How much lower a background child's priority is than its parent's (os.nice). The cold
# open of a real archive compares facts in such a child (about 20 s of one core) while
# the parent groups statements in steps, each shared with a child of its own: at the same
# priority the three took turns on the two cores, and every step of grouping waited
# longer. At 10 a child sharing a core with one at 0 gets about a tenth of it, and it
# still has the cores whenever grouping leaves them (between its steps, and at its end).
BACKGROUND_NICE = 10


def _give_way() -> None:
    try:
        os.nice(BACKGROUND_NICE)
    except OSError:
        pass        # (never raised for lowering one's priority; the work goes on as it is)


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
