"""Opening a folder: per-file work as a map (in a process pool), cached per file hash.

Steps, each reported to `progress(fraction, stage)`:
1. list the folder (manifest or scan) and hash every file;
2. map: load + segment each file whose (hash, manifest entry) is not cached;
3. learn the speaker registry over all sources (sequential: it is cheap next to 4, and one
   article's introductions name the speakers of another);
4. map: extract each file's quotations whose (hash, registry) is not cached;
5. build the search index (or load it, when nothing it depends on changed).
Statement grouping is a separate pass over the step-4 records (tui.quotes.group_statements);
the app runs it after the corpus is open.
"""

from __future__ import annotations

import gc
import os
import stat as stat_module
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tui.corpus.model import Corpus, Source
from tui.errors import UserError
from tui.search import SearchIndex, quote_records, sentence_records
from tui.search.index import STATE_VERSION
from tui.store.cache import Cache, CacheError, content_hash, remove
from tui.store.codec import (decode_quotes, decode_source, encode_quotes, encode_source,
                             shape)

Progress = Callable[[float, str], None]
Notice = Callable[[str], None]
POOL_THRESHOLD = 48   # fewer files than this are faster without starting processes


@dataclass(frozen=True)
class Opened:
    corpus: Corpus
    quotes: tuple
    index: SearchIndex
    problems: tuple[str, ...] = ()
    reused: int = 0                 # files whose sources came from the cache
    rebuilt: int = 0                # files processed afresh
    notices: tuple[str, ...] = field(default=())
    # The speaker registry the quotations were extracted with (None without tui.quotes):
    # grouping and discrepancies need it, and learning it again costs seconds on a big folder.
    registry: object = None


def open_corpus(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True,
                progress: Progress | None = None, notice: Notice | None = None,
                workers: int | None = None) -> Opened:
    """Load a folder (the bundled seeds when None) with its quotations and search index."""
    with _cycle_collector_paused():
        return _open(path, use_cache, progress, notice, workers)


@contextmanager
def _cycle_collector_paused():
    """Opening makes about a million small objects (sentences, quotations, records), none in a
    cycle; the cycle collector would walk the growing heap again and again while they are
    made, which was half of a reopening's time. Reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _open(path, use_cache: bool, progress: Progress | None, notice: Notice | None,
          workers: int | None) -> Opened:
    from tui.corpus import load_corpus

    report = progress or (lambda fraction, stage: None)
    notices: list[str] = []

    def tell(message: str) -> None:
        notices.append(message)
        if notice:
            notice(message)

    cache = None
    if path is not None and use_cache and Path(path).is_dir():
        folder = str(Path(path).resolve())
        cache = _usable_cache(folder, tell)
    if cache is None:
        # The bundled seeds are small and a single file is quick: no cache needed (and a
        # cache that cannot be written is done without).
        problems: list[str] = []
        report(0.0, "reading articles")
        corpus = load_corpus(path, problems=problems)
        report(0.3, "finding quotations")
        registry = _registry(corpus.sources)
        quotes = tuple(_extract_all(corpus, registry))
        report(0.8, "building the search index")
        index = SearchIndex(_records(corpus, quotes))
        report(1.0, "ready")
        return Opened(corpus, quotes, index, tuple(problems), 0, len(corpus.sources),
                      tuple(notices), registry)
    try:
        try:
            return _open_cached(folder, cache, report, tell, workers, notices)
        except CacheError as err:
            cache.close()
            tell(f"{err}; rebuilding the cache")
            cache = Cache.open(folder, fresh=True)
            return _open_cached(folder, cache, report, tell, workers, notices)
    finally:
        cache.close()


def _usable_cache(folder: str, tell: Notice) -> Cache | None:
    """The folder's cache, rebuilt if untrustworthy; None if the cache directory is unusable
    (read-only, not a directory…), which must not stop the folder from opening."""
    try:
        try:
            return Cache.open(folder)
        except CacheError as err:
            tell(f"{err}; rebuilding the cache")
            return Cache.open(folder, fresh=True)
    except (OSError, CacheError) as err:
        tell(f"the cache cannot be used ({getattr(err, 'strerror', None) or err}); "
             "reading the folder without it")
        return None


def _open_cached(folder: str, cache: Cache, report: Progress, tell: Notice,
                 workers: int | None, notices: list[str]) -> Opened:
    from tui.corpus import loader
    from tui.corpus.manifest import MANIFEST_NAME, read_manifest

    root = Path(folder)
    report(0.0, "reading the folder")
    found = read_manifest(root)
    manifest = str(root / MANIFEST_NAME) if found is not None else None
    entries = found if found is not None else loader._scan(root)
    if not entries:
        raise UserError(f"{root}: no .txt or .md articles in this folder")
    limit = loader.max_bytes_from_env()
    record_shape = shape()
    recorded = cache.stats()
    now = time.time_ns()
    keys: dict[str, str] = {}
    restat: list[tuple[str, str, int, str]] = []
    problems: list[str] = []
    for entry in entries:
        path = root / entry.file
        stat = _stat_key(path)
        known = recorded.get(entry.file)
        if stat is not None and known is not None and known[0] == stat[0] \
                and stat[1] < known[1] - RACY_NS:
            digest = known[2]
        else:
            digest = _file_digest(path, limit)
            if stat is not None:
                restat.append((entry.file, stat[0], now, digest))
        keys[entry.file] = content_hash(digest, repr(entry), str(limit), record_shape)
    cache.begin()
    cached = cache.keys("sources")
    todo = [e for e in entries if cached.get(e.file) != keys[e.file]]
    report(0.05, f"reading {len(todo)} changed articles" if todo else "loading the cache")
    loading = _imap(_load_entry, [(folder, e, limit) for e in todo], workers,
                    lambda done: report(0.05 + 0.3 * done, "reading articles"))
    # When every article is read afresh (a cold open), the speakers are learnt in this process
    # as the pool delivers the articles, in corpus order: the same registry as learning after
    # the whole folder is read, but the learning overlaps the reading.
    learnt_while_reading = len(todo) == len(entries)
    if learnt_while_reading:
        fresh: list = []

        def arriving():
            for result in loading:
                fresh.append(result)
                if result[0] == "source":
                    yield result[1]

        learnt = _registry(arriving())
    else:
        fresh = list(loading)
    cache.put_many("sources", [(e.file, keys[e.file], _encode_loaded(result))
                               for e, result in zip(todo, fresh)])
    cache.forget_except("sources", {e.file for e in entries})
    cache.put_stats(restat)
    cache.forget_except("stats", {e.file for e in entries})
    built = dict(zip((e.file for e in todo), fresh))
    reuse = {name: key for name, key in keys.items() if name not in built}
    built.update((name, _decode_loaded(row)) for name, row in cache.matching("sources", reuse))
    sources, warnings = [], []
    for entry in entries:
        result = built.get(entry.file)
        if result is None:
            raise CacheError(f"cache row for {entry.file} is missing")
        kind, value = result
        if kind == "source":
            sources.append(value)
        elif kind == "empty":
            warnings.append(f"{root / entry.file}: empty file, skipped")
        else:
            problems.append(value)
    if not sources:
        detail = problems[0] if problems else (warnings[0] if warnings else "nothing to read")
        raise UserError(f"{root}: no article could be loaded ({detail})")
    corpus = Corpus(root=folder, sources=tuple(sources), bundled=False, manifest=manifest,
                    warnings=tuple(warnings))

    report(0.35, "learning speakers")
    registry_key = content_hash("registry", *(keys[s.file] for s in sources))
    registry = learnt if learnt_while_reading else cache.get("whole", "registry", registry_key)
    if registry is None or learnt_while_reading:
        if not learnt_while_reading:
            registry = _registry(sources)
        cache.put_many("whole", [("registry", registry_key, registry)])
    fingerprint = content_hash(_fingerprint(registry), _extractor_version())
    quote_keys = {s.file: content_hash(keys[s.file], fingerprint) for s in sources}
    cached = cache.keys("quotes")
    todo_sources = [s for s in sources if cached.get(s.file) != quote_keys[s.file]]
    report(0.45, "finding quotations")
    extracted = _map(_extract_one, [(s, registry) for s in todo_sources], workers,
                     lambda done: report(0.45 + 0.35 * done, "finding quotations"))
    cache.put_many("quotes", [(s.file, quote_keys[s.file], encode_quotes(q))
                              for s, q in zip(todo_sources, extracted)])
    cache.forget_except("quotes", {s.file for s in sources})
    fresh_quotes = dict(zip((s.file for s in todo_sources), extracted))
    reuse = {name: key for name, key in quote_keys.items() if name not in fresh_quotes}
    speakers: dict = {}
    for name, rows in cache.matching("quotes", reuse):
        try:
            fresh_quotes[name] = decode_quotes(rows, speakers)
        except (TypeError, ValueError) as err:
            raise CacheError(f"cache row for {name} does not fit: {err}") from err
    quotes: list = []
    for source in sources:
        mine = fresh_quotes.get(source.file)
        if mine is None:
            raise CacheError(f"cache row for the quotations of {source.file} is missing")
        quotes.extend(mine)

    report(0.8, "building the search index")
    search_key = content_hash(str(STATE_VERSION), *(quote_keys[s.file] for s in sources))
    texts = {s.id: s.text for s in sources}
    state = cache.get_large("search", search_key)
    index = None
    if state is not None:
        try:
            index = SearchIndex.from_state(state, texts)
        except (ValueError, KeyError, TypeError) as err:
            raise CacheError(f"search index in the cache is unusable: {err}") from err
    if index is None:
        index = SearchIndex(_records(corpus, quotes))
        cache.put_large("search", search_key, index.to_state(texts))
    cache.finish()
    report(1.0, "ready")
    return Opened(corpus, tuple(quotes), index, tuple(problems),
                  len(entries) - len(todo), len(todo), tuple(notices), registry)


def _encode_loaded(result: tuple[str, object]) -> tuple[str, object]:
    kind, value = result
    return (kind, encode_source(value)) if kind == "source" else result


def _decode_loaded(row) -> tuple[str, object]:
    try:
        kind, value = row
        return (kind, decode_source(value)) if kind == "source" else (kind, value)
    except (TypeError, ValueError) as err:
        raise CacheError(f"a cached article does not fit: {err}") from err


# A file whose size, mtime, inode and ctime are those recorded when it was last hashed is
# not read again (git's index does the same). A file changed within RACY_NS of that
# recording could change again without its timestamps moving, so it is hashed until its
# last change is older than that.
RACY_NS = 2_000_000_000


def _stat_key(path: Path) -> tuple[str, int] | None:
    """The file's stat as stored, and the latest of its mtime and ctime; None when it is
    not a regular file that can be stat-ed (then it is always read)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat_module.S_ISREG(st.st_mode):
        return None
    return (f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}:{st.st_ctime_ns}",
            max(st.st_mtime_ns, st.st_ctime_ns))


def _file_digest(path: Path, limit: int) -> str:
    from tui.corpus import loader

    try:
        # A file over the limit is refused by the loader and must never be read whole:
        # its first limit + 1 bytes and its size make its key. A FIFO or a device would
        # block or never end: only regular files are opened.
        if not path.is_file():
            raise OSError("not a regular file")
        with open(path, "rb") as handle:
            data = loader.read_at_most(handle, limit + 1)
            if len(data) > limit:
                data += str(os.fstat(handle.fileno()).st_size).encode()
    except OSError:
        data = b""  # _load_one reports why, in the map step
    return content_hash(data)


# -- the map steps: top-level functions so a process pool can run them ------------------------
def _load_entry(job) -> tuple[str, object]:
    from tui.corpus import loader

    folder, entry, limit = job
    try:
        source = loader._load_one(Path(folder), entry, limit)
    except UserError as err:
        return ("problem", str(err))
    return ("empty", None) if source is None else ("source", source)


def _extract_one(job) -> list:
    source, registry = job
    try:
        from tui.quotes import extract_quotes
    except ImportError:
        return []
    return extract_quotes(source, registry)


def _map(function, jobs: list, workers: int | None, done: Callable[[float], None]) -> list:
    return list(_imap(function, jobs, workers, done))


def _imap(function, jobs: list, workers: int | None, done: Callable[[float], None]):
    """The results of `function` over `jobs`, in order, each as soon as it is ready."""
    if not jobs:
        return
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < POOL_THRESHOLD:
        for n, job in enumerate(jobs):
            yield function(job)
            if n % 16 == 0:
                done(n / len(jobs))
        return
    chunk = max(1, min(64, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(workers) as pool:
        try:
            for n, result in enumerate(pool.map(function, jobs, chunksize=chunk)):
                yield result
                if n % 64 == 0:
                    done(n / len(jobs))
        except BaseException:
            # Interrupted, or the consumer failed: the articles not yet started are dropped
            # rather than waited for.
            pool.shutdown(cancel_futures=True)
            raise


def _registry(sources):
    """The speaker registry learnt over `sources` (an iterable, consumed in full)."""
    try:
        from tui.quotes.analysis import registry_from
    except ImportError:
        for _ in sources:
            pass
        return None
    return registry_from(sources)


def _extractor_version() -> str:
    try:
        from tui.quotes import EXTRACTOR_VERSION
    except ImportError:
        return "none"
    return EXTRACTOR_VERSION


def _fingerprint(registry) -> str:
    if registry is None:
        return "no-quotes"
    speakers = sorted((s.id, s.label) for s in registry.speakers)
    return content_hash("\n".join(registry.names), repr(speakers))


def _extract_all(corpus, registry) -> list:
    if registry is None:
        return []
    return [q for source in corpus.sources for q in _extract_one((source, registry))]


def _records(corpus: Corpus, quotes) -> list:
    records = quote_records(quotes)
    for source in corpus.sources:
        records.extend(sentence_records(source))
    return records


__all__ = ["Opened", "open_corpus", "remove"]
