"""A whole row kept in the folder's cache (`tui.store.cache.keep`) reads back as it was, its
objects gone before the pickle is stored."""

from __future__ import annotations

import gc
import weakref

from tui.store import cache as C


class _Part:
    """A picklable object that can be watched (a weak reference) while the row is stored
    (the cache's reader refuses classes of ours: it is not read back)."""

    def __init__(self, value):
        self.value = value


def test_a_kept_row_reads_back_and_replaces_the_one_before(tmp_path):
    folder = str(tmp_path)
    C.keep(folder, "statements", "k1", lambda: ("old",))
    C.keep(folder, "statements", "k1", lambda: ({"a": (1, 2.5)}, "ٍسلام", b"\x00"))
    assert C.read_kept(folder, "statements", "k1") == ({"a": (1, 2.5)}, "ٍسلام", b"\x00")
    assert C.read_kept(folder, "statements", "k2") is C.MISSING
    C.keep(None, "statements", "k1", lambda: 1 / 0)     # no cache: the row is not even made


def test_the_rows_objects_are_freed_before_the_pickle_is_stored(tmp_path, monkeypatch):
    watched = []
    stored = []

    def row():
        part = _Part(7)
        watched.append(weakref.ref(part))
        return (part,)

    def put_blobs(self, table, rows):
        gc.collect()
        stored.append((table, [name for name, _, _ in rows], watched[0]() is None))
        original(self, table, rows)

    original = C.Cache.put_blobs
    monkeypatch.setattr(C.Cache, "put_blobs", put_blobs)
    C.keep(str(tmp_path), "discrepancies", "k", row)
    assert stored == [("whole", ["discrepancies"], True)]
