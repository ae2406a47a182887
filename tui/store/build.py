"""Opening a folder: per-file work as a map (in a process pool), cached per file hash.

Steps, each reported to `progress(fraction, stage)`:
1. list the folder (manifest or scan) and hash every file;
2. map: load + segment each file whose (hash, manifest entry) is not cached;
3. map: extract each file's quotations whose (hash, extractor version) is not cached, and
   tokenise its sentences and quotations for the search index when the index must be built;
4. link speakers across articles (tui.quotes.link_speakers: one pass, no map);
5. merge the tokens into the search index (or load it, when nothing it depends on changed).
Statement grouping is a separate pass over the step-4 records (tui.quotes.group_statements);
the app runs it after the corpus is open.

Between the processes travel bytes, not objects: a worker sends back the very pickle of
plain tuples that the cache stores (tui.store.codec), which this process writes as it is and
decodes once; unpickling the dataclasses themselves cost several times as much on both sides.
"""

from __future__ import annotations

import gc
import os
import pickle
import stat as stat_module
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tui.corpus.model import Corpus, Source
from tui.errors import UserError
from tui.search import SearchIndex
from tui.search.index import STATE_VERSION, Collector
from tui.search.tokens import tokenise_source
from tui.store.cache import Cache, CacheError, content_hash, dumps, loads, remove
from tui.store.codec import (decode_quotes, decode_source, encode_quotes, encode_source,
                             sentence_spans, shape)
from tui.store.grouped import groups_key

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
    # (step, seconds, seconds of this process's CPU) of this open, in order: what a
    # benchmark reports.
    phases: tuple[tuple[str, float, float], ...] = field(default=())
    # Where tui.store.grouped keeps the statements grouped from these quotations, and under
    # what key (None when the folder was read without a cache).
    cache_folder: str | None = None
    groups_key: str | None = None


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
    made, which was half of a reopening's time. Reference counting still frees everything.

    Those objects live as long as the folder is open. Left in the youngest generation, they
    would all be walked by the first collection after this (0.4 s at 10,000 articles, a
    freeze of the app); freeze + unfreeze moves every tracked object to the oldest
    generation at once instead, where only a full collection looks at them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # A caller that froze its heap (the app does) keeps these frozen with it;
            # unfreezing would undo its freeze.
            caller_froze = gc.get_freeze_count() > 0
            gc.freeze()
            if not caller_froze:
                gc.unfreeze()
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
        quotes = tuple(_extract_all(corpus))
        report(0.8, "building the search index")
        index = _index(corpus.sources, quotes, None)
        report(1.0, "ready")
        return Opened(corpus, quotes, index, tuple(problems), 0, len(corpus.sources),
                      tuple(notices))
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


class _Clock:
    """How long each step of an open took, and how much of it this process computed."""

    def __init__(self) -> None:
        self.phases: list[tuple[str, float, float]] = []
        self._last = (time.perf_counter(), time.process_time())

    def lap(self, step: str) -> None:
        now = (time.perf_counter(), time.process_time())
        self.phases.append((step, now[0] - self._last[0], now[1] - self._last[1]))
        self._last = now


def _open_cached(folder: str, cache: Cache, report: Progress, tell: Notice,
                 workers: int | None, notices: list[str]) -> Opened:
    from tui.corpus import loader
    from tui.corpus.manifest import MANIFEST_NAME, read_manifest

    clock = _Clock()
    root = Path(folder)
    report(0.0, "reading the folder")
    found = read_manifest(root)
    manifest = str(root / MANIFEST_NAME) if found is not None else None
    problems: list[str] = []
    entries = found if found is not None else loader._scan(root, problems)
    if not entries:
        raise UserError(f"{root}: no .txt or .md articles in this folder")
    limit = loader.max_bytes_from_env()
    record_shape = shape()
    recorded = cache.stats()
    now = time.time_ns()
    keys: dict[str, str] = {}
    restat: list[tuple[str, str, int, str]] = []
    cache.begin()
    cached_sources = cache.keys("sources")
    # A cache with no article in it (a cold open) has every file read now: its reader hashes
    # it too (hashing them all here first held the pool back by half a second at 10,000).
    # file -> its stat, for each file hashed by its reader.
    hashed_later: dict[str, tuple[str, int] | None] = {}

    def file_key(entry, digest: str) -> str:
        return content_hash(digest, repr(entry), str(limit), record_shape)

    for entry in entries:
        # A string, not a Path: one per file of every reopening.
        path = os.path.join(folder, entry.file)
        stat = _stat_key(path)
        known = recorded.get(entry.file)
        if stat is not None and known is not None and known[0] == stat[0] \
                and stat[1] < known[1] - RACY_NS:
            digest = known[2]
        elif not cached_sources:
            hashed_later[entry.file] = stat
            continue
        else:
            digest = _file_digest(Path(path), limit)
            if stat is not None:
                restat.append((entry.file, stat[0], now, digest))
        keys[entry.file] = file_key(entry, digest)
    todo = [e for e in entries
            if e.file in hashed_later or cached_sources.get(e.file) != keys[e.file]]
    clock.lap("list + hash")
    report(0.05, f"reading {len(todo)} changed articles" if todo else "loading the cache")
    loading = _imap(_read_job, [(folder, e, limit, e.file in hashed_later) for e in todo],
                    workers, lambda done: report(0.05 + 0.3 * done, "reading articles"))
    # The cache rows of the sources read now, as the workers pickled them: extraction
    # workers get these bytes again rather than pickled Sources.
    blobs: dict[str, bytes] = {}
    built: dict[str, tuple[str, object]] = {}
    for entry, (blob, digest) in zip(todo, loading):
        if digest is not None:
            keys[entry.file] = file_key(entry, digest)
            stat = hashed_later[entry.file]
            if stat is not None:
                restat.append((entry.file, stat[0], now, digest))
        blobs[entry.file] = blob
        built[entry.file] = _decode_loaded(loads(blob))
    # zip stops at the last entry without asking the pool for more, which would have ended
    # it: closing ends it now, not when the generator is collected (its workers and the state
    # they were given would live on through the rest of the open).
    loading.close()
    clock.lap("read + segment (pool)")
    present = {e.file for e in entries}

    def store_read() -> None:
        """The rows of the files read now: written once the extraction pool is at work (a
        pause of a quarter of a second between the pools at 10,000 articles, else)."""
        cache.put_blobs("sources", [(e.file, keys[e.file], blobs[e.file]) for e in todo])
        cache.forget_except("sources", present, cached_sources)
        cache.put_stats(restat)
        cache.forget_except("stats", present, recorded)

    reuse = {name: key for name, key in keys.items() if name not in built}
    for name, blob in cache.matching_blobs("sources", reuse):
        built[name] = _decode_loaded(loads(blob))
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
    clock.lap("load cached sources")

    # An article's quotations depend on its text and the extractor alone.
    version = _extractor_version()
    quote_keys = {s.file: content_hash(keys[s.file], version) for s in sources}
    search_key = content_hash(str(STATE_VERSION), *(quote_keys[s.file] for s in sources))
    state = cache.get_large("search", search_key)
    clock.lap("read the search index's rows")

    # Quotations: those of unchanged files from the cache, the rest extracted.
    cached_quotes = cache.keys("quotes")
    extract = [s for s in sources if cached_quotes.get(s.file) != quote_keys[s.file]]
    reuse = {s.file: quote_keys[s.file] for s in sources
             if cached_quotes.get(s.file) == quote_keys[s.file]}
    found_quotes: dict[str, list] = {}
    speakers: dict = {}
    for name, rows in cache.matching("quotes", reuse):
        try:
            found_quotes[name] = decode_quotes(rows, speakers)
        except (TypeError, ValueError) as err:
            raise CacheError(f"cache row for {name} does not fit: {err}") from err
    # The index is built again when anything it depends on changed: each worker then also
    # tokenises its sources' sentences and quotations (the quotations of the others go with
    # the job), and this process only merges, folding each source's words into the
    # vocabulary as they arrive. Jobs go in corpus order, the order the index takes them.
    collector = Collector() if state is None else None
    jobs = []
    for source in sources:
        if source.file not in found_quotes:
            jobs.append((source.file, None, collector is not None))
        elif collector is not None:
            jobs.append((source.file, [(q.text, q.start) for q in found_quotes[source.file]],
                         True))
    # The workers decode the sources from their cache rows; those read now are at hand.
    blobs.update(cache.matching_blobs("sources", {name: keys[name] for name, _, _ in jobs
                                                  if name not in blobs}))
    report(0.45, "finding quotations")
    results = _imap(_extract_job, jobs, workers,
                    lambda done: report(0.45 + 0.35 * done, "finding quotations"),
                    state=blobs)
    fresh_rows: list[tuple[str, str, bytes]] = []
    unstored = True
    for (name, spans, _), (blob, words) in zip(jobs, results):
        if unstored:
            store_read()
            unstored = False
        if spans is None:
            fresh_rows.append((name, quote_keys[name], blob))
            found_quotes[name] = decode_quotes(loads(blob), speakers)
            if len(fresh_rows) >= 256:
                cache.put_blobs("quotes", fresh_rows)
                fresh_rows = []
        if collector is not None:
            collector.add("quotes", words[0])
            collector.add("sentences", words[1])
    results.close()         # the pool and its state (every article's bytes) go now
    if unstored:
        store_read()
    cache.put_blobs("quotes", fresh_rows)
    cache.forget_except("quotes", {s.file for s in sources}, cached_quotes)
    del blobs
    quotes: list = []
    for source in sources:
        mine = found_quotes.get(source.file)
        if mine is None:
            raise CacheError(f"cache row for the quotations of {source.file} is missing")
        quotes.extend(mine)
    quotes = _link(quotes)
    clock.lap(f"extract quotations [{len(extract)}]"
              + (" + tokenise for the index (pool)" if state is None else ""))

    report(0.8, "building the search index")
    index = None
    if state is not None:
        try:
            index = SearchIndex.from_state(state, _SourceTexts(sources))
        except (ValueError, KeyError, TypeError) as err:
            raise CacheError(f"search index in the cache is unusable: {err}") from err
        del state
        clock.lap("load search index")
    if index is None:
        texts = {s.id: s.text for s in sources}
        index = _index(sources, quotes, collector, texts)
        clock.lap("merge search index")
        cache.put_large("search", search_key, index.to_state(texts))
        clock.lap("write search index")
    cache.finish()
    report(1.0, "ready")
    return Opened(corpus, tuple(quotes), index, tuple(problems),
                  len(entries) - len(todo), len(todo), tuple(notices),
                  tuple(clock.phases), folder,
                  groups_key(quote_keys[s.file] for s in sources))


def _encode_loaded(result: tuple[str, object]) -> tuple[str, object]:
    kind, value = result
    return (kind, encode_source(value)) if kind == "source" else result


def _decode_loaded(row) -> tuple[str, object]:
    try:
        kind, value = row
        return (kind, decode_source(value)) if kind == "source" else (kind, value)
    except (TypeError, ValueError) as err:
        raise CacheError(f"a cached article does not fit: {err}") from err


class _SourceTexts(Mapping):
    """source id -> Source.text, read from the source when a hit needs it: a reopened
    source decodes its text on first access (tui.store.codec), and a dict of every text
    would decode all 10,000 at once."""

    def __init__(self, sources) -> None:
        self._sources = {s.id: s for s in sources}

    def __getitem__(self, source_id: str) -> str:
        return self._sources[source_id].text

    def __iter__(self):
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


# A file whose size, mtime, inode and ctime are those recorded when it was last hashed is
# not read again (git's index does the same). A file changed within RACY_NS of that
# recording could change again without its timestamps moving, so it is hashed until its
# last change is older than that.
RACY_NS = 2_000_000_000


def _stat_key(path: str | Path) -> tuple[str, int] | None:
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


def _read_job(job) -> tuple[bytes, str | None]:
    """A file loaded and segmented, as the cache row that holds it, and its content digest
    (`_file_digest`) when asked."""
    *job, hash_it = job
    folder, entry, limit = job
    digest = _file_digest(Path(folder) / entry.file, limit) if hash_it else None
    return dumps(_encode_loaded(_load_entry(job))), digest


# What every extraction job needs, set once per worker process (by the pool's initializer:
# with fork it is not even pickled) rather than sent with each job.
_WORK: dict = {}


def _start_work(state) -> None:
    _WORK["state"] = state


def _extract_job(job) -> tuple[bytes | None, tuple | None]:
    """One source's quotations as their cache row, when `spans` is None (else they are
    cached: `spans` are their (text, start)), and its index tokens when `tokens` is true."""
    name, spans, tokens = job
    blobs = _WORK["state"]
    _, encoded = loads(blobs[name])
    source = decode_source(encoded)
    blob = None
    if spans is None:
        quotes = _extract_one(source)
        blob = dumps(encode_quotes(quotes))
        spans = [(q.text, q.start) for q in quotes]
    return blob, (_source_tokens(source, spans) if tokens else None)


def _source_tokens(source, spans) -> tuple:
    """The index tokens of a source: its quotations' (`spans`: (text, start) each, in order)
    and its sentences'."""
    return tokenise_source(source.text, [(s.start, s.end) for p in source.paragraphs
                                         for s in p.sentences], spans)


def _extract_one(source) -> list:
    try:
        from tui.quotes import extract_quotes
    except ImportError:
        return []
    return extract_quotes(source)


def _link(quotes: list) -> list:
    """One speaker for one person across the articles (see tui.quotes.speakers)."""
    try:
        from tui.quotes import link_speakers
    except ImportError:
        return quotes
    return link_speakers(quotes)


def _imap(function, jobs: list, workers: int | None, done: Callable[[float], None],
          state=None):
    """The results of `function` over `jobs`, in order, each as soon as it is ready.
    `state` is what `_WORK["state"]` holds while they run (in every worker process)."""
    if not jobs:
        return
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < POOL_THRESHOLD:
        _WORK["state"] = state
        try:
            for n, job in enumerate(jobs):
                yield function(job)
                if n % 16 == 0:
                    done(n / len(jobs))
        finally:
            _WORK.clear()
        return
    chunk = max(1, min(64, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(workers, initializer=_start_work, initargs=(state,)) as pool:
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


def _extractor_version() -> str:
    try:
        from tui.quotes import EXTRACTOR_VERSION
    except ImportError:
        return "none"
    return EXTRACTOR_VERSION


def _extract_all(corpus) -> list:
    return _link([q for source in corpus.sources for q in _extract_one(source)])


def _index(sources, quotes, collector: Collector | None,
           texts: dict | None = None) -> SearchIndex:
    """The search index of the sources' sentences and `quotes`, from the `_source_tokens` of
    every source in order (tokenised here when `collector` is None). It finds what
    `SearchIndex(records_for_corpus(corpus, quotes))` finds, without a Record per sentence."""
    texts = texts if texts is not None else {s.id: s.text for s in sources}
    if collector is None:
        mine: dict[str, list] = {}
        for quote in quotes:
            mine.setdefault(quote.source_id, []).append((quote.text, quote.start))
        collector = Collector()
        for source in sources:
            tokens = _source_tokens(source, mine.get(source.id, ()))
            collector.add("quotes", tokens[0])
            collector.add("sentences", tokens[1])
    own_text = {}
    for n, quote in enumerate(quotes):
        text = texts.get(quote.source_id)
        if text is None or text[quote.start:quote.end] != quote.text:
            own_text[n] = quote.text
    columns = {
        "quotes": {"id": [q.id for q in quotes], "source_id": [q.source_id for q in quotes],
                   "speaker": [getattr(q.speaker, "label", q.speaker) for q in quotes],
                   "length": [len(q.text) for q in quotes],
                   "start": [q.start for q in quotes], "end": [q.end for q in quotes],
                   "own_text": own_text},
        "sentences": {"id": [], "source_id": [], "speaker": [], "length": [], "start": [],
                      "end": []},
    }
    sentences = columns["sentences"]
    for source in sources:
        spans = sentence_spans(source)
        sentences["id"] += [span[0] for span in spans]
        sentences["source_id"] += [source.id] * len(spans)
        sentences["start"] += [span[1] for span in spans]
        sentences["end"] += [span[2] for span in spans]
    sentences["length"] = list(map(int.__sub__, sentences["end"], sentences["start"]))
    sentences["speaker"] = [None] * len(sentences["id"])
    return SearchIndex.from_columns(columns, collector, texts)


__all__ = ["Opened", "open_corpus", "remove"]
