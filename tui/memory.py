"""Giving memory that was freed back to the system between the big steps of an open.

glibc's malloc keeps the blocks Python frees outside its own small-object arenas (strings,
bytes, lists and arrays past 512 bytes) in the process's heap, for malloc to reuse; Python's
small objects come from arenas of their own, which never reuse it. After a step that made
and dropped hundreds of megabytes (the cache's pickles, the index's tokens, the rows read
back), the next step's objects are laid on top of that free memory: the resident size of
the process, and of every process forked from it (they start with its pages), still carries
the step that is over. `malloc_trim(0)` hands the heap's free pages back (a few ms).
Elsewhere (another C library, macOS, Windows) nothing is done: memory is then as before.
"""

from __future__ import annotations

import functools
import sys


@functools.cache
def _malloc_trim():
    """glibc's malloc_trim, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim     # the C library this process runs on
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def release_freed_memory() -> bool:
    """Return the free pages of the C heap to the system; False where that cannot be
    done. Frees nothing Python holds: only what was freed already stops being resident."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
