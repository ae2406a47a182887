"""The on-disk cache: one SQLite file per folder, rows keyed by file content hashes.

Tables: `meta` (schema version, folder, whether the last build finished), `sources` (one
loaded and segmented article per file, keyed by the file's hash and its manifest entry),
`stats` (each file's size, mtime, inode and ctime when its content was last hashed, and
that hash: an unchanged stat means the file need not be read again, as git's index does),
`quotes` (one file's quotations, keyed by the file's hash and the speaker registry they were
extracted with), `records` and `facts` (one file's articles' record plans and facts for
comparing, made beside its quotations, keyed by their key and the code that reads them) and
`whole` (what depends on every file: the speaker registry and the search
index state, each keyed by all of its inputs).

Blobs are pickles read back with an unpickler that only accepts the program's own record
classes, so a tampered cache cannot run code. Anything unexpected — a corrupt file, an old
schema, a build that did not finish — means the file is deleted and rebuilt, with a notice.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from tui.userdirs import cache_dir

SCHEMA_VERSION = "summit-tui-cache-6"   # 4: 64 KiB pages; 5: a records table; 6: facts
PAGE_SIZE = 65536
# How much of a spooled pickle is written into SQLite at a time (see `Cache.put_pickled`).
_PIECE = 1 << 20

_ALLOWED = {
    ("tui.corpus.model", "Source"), ("tui.corpus.model", "Paragraph"),
    ("tui.corpus.model", "Sentence"), ("tui.quotes.model", "Quote"),
    ("tui.quotes.model", "Speaker"), ("copyreg", "_reconstructor"),
    ("builtins", "object"), ("builtins", "tuple"), ("builtins", "frozenset"),
    ("builtins", "set"), ("tui.quotes.speakers", "Registry"),
}


class CacheError(Exception):
    """The cache cannot be trusted (corrupt, another version, unfinished)."""


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in _ALLOWED:
            raise CacheError(f"unexpected object in cache: {module}.{name}")
        return super().find_class(module, name)


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        raise CacheError(f"unexpected object in cache: {module}.{name}")


def loads_plain(blob: bytes):
    """A pickle of plain tuples, strings and numbers only (no class at all), as a nested
    row is (tui.store.codec)."""
    try:
        return _PlainUnpickler(io.BytesIO(blob)).load()
    except CacheError:
        raise
    except Exception as err:
        raise CacheError(f"unreadable cache row: {err}") from err


def dumps(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def loads(blob: bytes):
    try:
        return _SafeUnpickler(io.BytesIO(blob)).load()
    except CacheError:
        raise
    except Exception as err:  # any decoding failure means a damaged row
        raise CacheError(f"unreadable cache row: {err}") from err


def cache_path(folder: str) -> Path:
    digest = hashlib.blake2b(str(Path(folder).resolve()).encode(), digest_size=10).hexdigest()
    return cache_dir() / f"corpus-{digest}.sqlite"


def content_hash(*parts: bytes | str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(part.encode() if isinstance(part, str) else part)
        h.update(b"\x00")
    return h.hexdigest()


class Cache:
    """An open cache file. Use `Cache.open(folder)`; it raises CacheError when untrustworthy."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.db = connection

    @classmethod
    def open(cls, folder: str, *, fresh: bool = False) -> Cache:
        path = cache_path(folder)
        path.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            remove(path)
        try:
            db = sqlite3.connect(path, timeout=10)
            # Only a new file takes it (so before WAL mode, which writes the header): large
            # pages read the big rows of a reopening with a sixteenth of the reads, and
            # the integrity check in half the time. (A memory map was as fast, but its
            # pages count as the process's memory: 340 MB more at 10,000 articles.)
            db.execute(f"PRAGMA page_size={PAGE_SIZE}")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            found = db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        except sqlite3.DatabaseError as err:
            raise CacheError(f"corrupt cache {path.name}: {err}") from err
        cache = cls(path, db)
        try:
            if not found:
                cache._create(folder)
            else:
                meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
                if meta.get("schema") != SCHEMA_VERSION:
                    raise CacheError(f"cache {path.name} is from another version "
                                     f"({meta.get('schema')!r})")
                if meta.get("state") != "complete":
                    raise CacheError(f"the last build of cache {path.name} did not finish")
                if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    raise CacheError(f"cache {path.name} failed its integrity check")
        except sqlite3.DatabaseError as err:
            db.close()
            raise CacheError(f"corrupt cache {path.name}: {err}") from err
        except CacheError:
            db.close()
            raise
        return cache

    def _create(self, folder: str) -> None:
        with self.db:
            self.db.executescript("""
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE sources (name TEXT PRIMARY KEY, key TEXT NOT NULL, blob BLOB);
                CREATE TABLE quotes (name TEXT PRIMARY KEY, key TEXT NOT NULL, blob BLOB);
                CREATE TABLE records (name TEXT PRIMARY KEY, key TEXT NOT NULL, blob BLOB);
                CREATE TABLE facts (name TEXT PRIMARY KEY, key TEXT NOT NULL, blob BLOB);
                CREATE TABLE whole (name TEXT PRIMARY KEY, key TEXT NOT NULL, blob BLOB);
                CREATE TABLE stats (name TEXT PRIMARY KEY, stat TEXT NOT NULL,
                                    recorded INTEGER NOT NULL, digest TEXT NOT NULL);
            """)
            self.db.executemany("INSERT INTO meta VALUES (?, ?)",
                                [("schema", SCHEMA_VERSION), ("folder", folder),
                                 ("state", "complete")])

    # -- build state: a build marks the file unfinished until it commits its last row -------
    def begin(self) -> None:
        with self.db:
            self.db.execute("UPDATE meta SET value='building' WHERE key='state'")

    def finish(self) -> None:
        with self.db:
            self.db.execute("UPDATE meta SET value='complete' WHERE key='state'")

    # -- rows ---------------------------------------------------------------------------------
    def get(self, table: str, name: str, key: str):
        row = self.db.execute(f"SELECT key, blob FROM {table} WHERE name=?",
                              (_stored(name),)).fetchone()
        if row is None or row[0] != key:
            return None
        return loads(row[1])

    def matching(self, table: str, wanted: dict[str, str]):
        """(name, value) for every row whose key is the one `wanted` names, in one pass."""
        for name, blob in self.matching_blobs(table, wanted):
            yield name, loads(blob)

    def matching_blobs(self, table: str, wanted: dict[str, str]):
        """(name, stored bytes) for every row whose key is the one `wanted` names."""
        if not wanted:
            return
        for name, key, blob in self.db.execute(f"SELECT name, key, blob FROM {table}"):
            if wanted.get(_name(name)) == key:
                yield _name(name), blob

    def put_large(self, name: str, key: str, value) -> None:
        """One value in `whole`, its PickleBuffers stored as raw rows beside it (no copies)."""
        buffers: list[pickle.PickleBuffer] = []
        main = pickle.dumps(value, protocol=5, buffer_callback=buffers.append)
        with self.db:
            self.db.execute("DELETE FROM whole WHERE name=? OR name LIKE ?",
                            (name, f"{name}#%"))
            self.db.execute("INSERT INTO whole VALUES (?, ?, ?)", (name, key, main))
            self.db.executemany("INSERT INTO whole VALUES (?, ?, ?)",
                                [(f"{name}#{n}", key, buffer.raw())
                                 for n, buffer in enumerate(buffers)])

    def get_large(self, name: str, key: str):
        rows = self.db.execute("SELECT name, key, blob FROM whole WHERE name=? OR name LIKE ?",
                               (name, f"{name}#%")).fetchall()
        found = {n: blob for n, k, blob in rows if k == key}
        if name not in found:
            return None
        buffers = []
        for n in range(len(found) - 1):
            blob = found.get(f"{name}#{n}")
            if blob is None:
                raise CacheError(f"cache entry {name} is missing a part")
            buffers.append(blob)
        try:
            return _SafeUnpickler(io.BytesIO(found[name]), buffers=buffers).load()
        except CacheError:
            raise
        except Exception as err:
            raise CacheError(f"unreadable cache entry {name}: {err}") from err

    def keys(self, table: str) -> dict[str, str]:
        return {_name(name): key for name, key in
                self.db.execute(f"SELECT name, key FROM {table}").fetchall()}

    def put_many(self, table: str, rows: list[tuple[str, str, object]]) -> None:
        # In batches, so a large folder's blobs are never all in memory at once.
        for at in range(0, len(rows), 256):
            self.put_blobs(table, [(name, key, dumps(value))
                                   for name, key, value in rows[at:at + 256]])

    def put_blobs(self, table: str, rows: list[tuple[str, str, bytes]]) -> None:
        """Rows already pickled (by `dumps`, perhaps in a worker process)."""
        if rows:
            with self.db:
                self.db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, ?)",
                                    [(_stored(name), key, blob) for name, key, blob in rows])

    def put_pickled(self, table: str, name: str, key: str, make: Callable[[], object]) -> None:
        """One row whose value is `make()`, pickled as `dumps` pickles it, through a spool
        file and into SQLite piece by piece. `dumps` of a real archive's statements grew
        the process by 107 MiB for a 37 MiB pickle (its buffer doubling as it fills), and
        SQLite copied the pickle it was given: the cold open's last peak. Through a file
        the pickler only keeps its memo (45 MiB there), the value is freed before SQLite
        is written, and nothing holds the whole pickle in memory."""
        with tempfile.TemporaryFile() as spool:
            pickle.Pickler(spool, protocol=pickle.HIGHEST_PROTOCOL).dump(make())
            size = spool.tell()
            spool.seek(0)
            self._write_spooled(table, name, key, spool, size)

    def _write_spooled(self, table: str, name: str, key: str, spool, size: int) -> None:
        """Row `name` of `table` (replacing it) with `size` bytes read from `spool` as its
        blob, written into SQLite's blob in pieces."""
        with self.db:
            cursor = self.db.execute(f"INSERT OR REPLACE INTO {table} VALUES (?, ?, zeroblob(?))",
                                     (_stored(name), key, size))
            with self.db.blobopen(table, "blob", cursor.lastrowid) as blob:
                for piece in iter(lambda: spool.read(_PIECE), b""):
                    blob.write(piece)

    def stats(self) -> dict[str, tuple[str, int, str]]:
        """name -> (stat, when it was recorded in ns, content digest) for every file."""
        return {_name(name): (stat, recorded, digest) for name, stat, recorded, digest in
                self.db.execute("SELECT name, stat, recorded, digest FROM stats").fetchall()}

    def put_stats(self, rows: list[tuple[str, str, int, str]]) -> None:
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO stats VALUES (?, ?, ?, ?)",
                                [(_stored(name), *rest) for name, *rest in rows])

    def forget_except(self, table: str, names: set[str], stored=None) -> None:
        """Drop rows of files no longer in the folder. `stored`: the names the table held
        (read again when not given)."""
        if stored is None:
            stored = self.stats() if table == "stats" else self.keys(table)
        stale = [(_stored(n),) for n in stored if n not in names]
        if stale:
            with self.db:
                self.db.executemany(f"DELETE FROM {table} WHERE name=?", stale)

    def close(self) -> None:
        self.db.close()


def kept(folder: str | None, name: str, key: str | None, compute: Callable[[], object], *,
         decode: Callable[[object], object] = lambda row: row,
         encode: Callable[[object], object] = lambda value: value,
         reading: Callable[[], AbstractContextManager] = nullcontext):
    """What depends on a whole folder, kept in its cache's `whole` table under `name` and
    `key`: `decode(row)` of the row kept for this key (read within `reading()`), else
    `compute()`, whose `encode`d form is kept for next time (unless it is None). A row that
    cannot be read or decoded is computed again and overwritten; without a folder or a key
    (no cache) nothing is kept."""
    found = read_kept(folder, name, key, decode, reading)
    if found is not MISSING:
        return found
    value = compute()
    if value is not None:
        keep(folder, name, key, lambda: encode(value))
    return value


# What `read_kept` answers when nothing usable is kept (a decoded row may be None).
MISSING = object()


def read_kept(folder: str | None, name: str, key: str | None,
              decode: Callable[[object], object] = lambda row: row,
              reading: Callable[[], AbstractContextManager] = nullcontext):
    """`decode(row)` of the row kept in `whole` under `name` for `key`; MISSING when there
    is none, or it cannot be read or decoded (then it is made again), or there is no cache."""
    if key is None or folder is None:
        return MISSING
    try:
        cache = Cache.open(folder)
    except (OSError, CacheError):
        return MISSING
    try:
        with reading():
            row = cache.get("whole", name, key)
            return MISSING if row is None else decode(row)
    except (CacheError, TypeError, ValueError, KeyError, IndexError):
        return MISSING
    finally:
        cache.close()


def keep(folder: str | None, name: str, key: str | None, row: Callable[[], object]) -> None:
    """Keep `row()` in `whole` under `name` and `key` (replacing what `name` held), when there
    is a cache; one that cannot be written is done without (made again next time)."""
    if key is None or folder is None:
        return
    try:
        cache = Cache.open(folder)
    except (OSError, CacheError):
        return
    try:
        cache.put_pickled("whole", name, key, row)
    except (OSError, CacheError):
        pass
    finally:
        cache.close()


class MemoryCache:
    """The cache's interface, kept in memory for one open: a folder read without a cache
    (asked for, the bundled seeds, or a cache folder that cannot be written) goes through
    the same steps as one read with it."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[str, tuple[str, bytes]]] = {
            "sources": {}, "quotes": {}, "records": {}, "facts": {}, "whole": {}}

    def begin(self) -> None:
        pass

    def finish(self) -> None:
        pass

    def close(self) -> None:
        pass

    def stats(self) -> dict:
        return {}

    def put_stats(self, rows) -> None:
        pass

    def keys(self, table: str) -> dict[str, str]:
        return {name: key for name, (key, _) in self.tables[table].items()}

    def matching_blobs(self, table: str, wanted: dict[str, str]):
        for name, (key, blob) in self.tables[table].items():
            if wanted.get(name) == key:
                yield name, blob

    def put_blobs(self, table: str, rows) -> None:
        for name, key, blob in rows:
            self.tables[table][name] = (key, blob)

    def forget_except(self, table: str, names: set[str], stored=None) -> None:
        pass

    def get_large(self, name: str, key: str):
        return None     # nothing whole is kept: the index is made afresh

    def put_large(self, name: str, key: str, value) -> None:
        pass


def _stored(name: str) -> str | bytes:
    # A file name that is not UTF-8 comes from the OS with lone surrogates, which SQLite
    # text cannot hold: such a name is kept as its bytes.
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape")
    return name


def _name(value: str | bytes) -> str:
    return value.decode("utf-8", "surrogateescape") if isinstance(value, bytes) else value


def remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass
