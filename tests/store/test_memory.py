"""Memory an open freed goes back to the system (glibc), and opening and analysing do so."""

from __future__ import annotations

import sys

import pytest

from tests.store.helpers import article_folder
from tui import memory
from tui.store import analyse, open_corpus


def _resident_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(memory._malloc_trim() is None, reason="no glibc malloc_trim here")
def test_freed_blocks_in_the_middle_of_the_heap_stop_being_resident():
    # Blocks of 16 kB (from the C heap: past Python's small objects, under malloc's mmap
    # threshold, smaller than what free itself gives back), each followed by a small one
    # that stays: once the big ones are freed, their pages are holes in the heap.
    blocks, kept = [], []
    for n in range(4000):
        blocks.append(bytes([n % 256]) * 16000)
        kept.append(bytes([n % 256]) * 600)
    del blocks
    before = _resident_kb()
    assert memory.release_freed_memory() is True
    after = _resident_kb()
    assert before - after > 25_000          # of 64 MB freed (whole pages of each hole)
    assert all(len(block) == 600 for block in kept)     # what is held stays


def test_without_malloc_trim_nothing_is_done(monkeypatch):
    monkeypatch.setattr(memory, "_malloc_trim", lambda: None)
    assert memory.release_freed_memory() is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's, on Linux")
def test_the_c_library_is_asked_on_linux():
    assert memory._malloc_trim() is not None or "glibc" not in " ".join(
        __import__("platform").libc_ver())


def test_opening_reading_the_quotations_and_analysing_give_memory_back(tmp_path,
                                                                       monkeypatch):
    import tui.store.analysis
    import tui.store.build

    calls: list[str] = []
    monkeypatch.setattr(tui.store.build, "release_freed_memory",
                        lambda: calls.append("build") or True)
    monkeypatch.setattr(tui.store.analysis, "release_freed_memory",
                        lambda: calls.append("analysis") or True)
    opened = open_corpus(article_folder(tmp_path / "articles"), workers=1, index=False)
    assert calls == ["build"]
    opened.quotes
    assert calls == ["build", "build"]
    analysis = analyse(opened)
    assert calls[-1] == "analysis" and analysis.statements
