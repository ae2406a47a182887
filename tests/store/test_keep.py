"""A whole row kept in the folder's cache (`tui.store.cache.keep`) reads back as it was, and
is stored as `dumps` pickles it, its objects gone before SQLite is written."""

from __future__ import annotations

import gc
import sqlite3
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


def test_a_large_row_is_stored_as_the_bytes_dumps_gives(tmp_path):
    # larger than a pickle frame (64 KiB) and than a piece written into SQLite (1 MiB),
    # strings shared as grouping shares them
    shared = [f"مصدر {n}" for n in range(500)]
    row = tuple((n, shared[n % 500], shared[(n * 7) % 500], b"\x01" * (n % 50), float(n) / 3)
                for n in range(60_000))
    C.keep(str(tmp_path), "statements", "k", lambda: row)
    with sqlite3.connect(C.cache_path(str(tmp_path))) as db:
        (blob,) = db.execute("SELECT blob FROM whole WHERE name='statements'").fetchone()
    assert len(blob) > 2 * C._PIECE
    assert blob == C.dumps(row)
    assert C.read_kept(str(tmp_path), "statements", "k") == row


def test_the_rows_objects_are_freed_before_sqlite_is_written(tmp_path, monkeypatch):
    watched = []
    written = []

    def row():
        part = _Part(7)
        watched.append(weakref.ref(part))
        return (part,)

    def write_spooled(self, table, name, key, spool, size):
        gc.collect()
        written.append((table, name, size > 0, watched[0]() is None))
        original(self, table, name, key, spool, size)

    original = C.Cache._write_spooled
    monkeypatch.setattr(C.Cache, "_write_spooled", write_spooled)
    C.keep(str(tmp_path), "discrepancies", "k", row)
    assert written == [("whole", "discrepancies", True, True)]
