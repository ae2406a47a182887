"""Opening a corpus: per-file work as a map (in a process pool), cached per file hash.

`open_corpus(path)` is the one way a folder, a file or the bundled seeds is opened, by the
app and every headless command alike; `tui.store.analysis.analyse` then groups statements.
The steps, each a function below, each reported to `progress(fraction, stage)`:
1. list: the manifest or a scan (tui.corpus.loader.list_entries), and each file's key: its
   content hash (read again only when its stat changed), manifest entry and field map;
2. read (map over files): decode each changed file into its articles (one, or one per
   record of a collection) and segment them; one cache row per file;
3. extract (map over chunks of articles): each article's quotations, unless its file's
   quotations are cached; in a changed file, only the articles whose text changed. When the
   search index must be built, the same jobs tokenise every article for it;
4. index: the search index merged from those tokens, or loaded when nothing changed.
The quotations are decoded and their speakers linked across articles (tui.quotes) when first
asked for: `search` never needs them, and the app lists the sources before.

Without a cache (`use_cache=False`, the bundled seeds, or a cache folder that cannot be
used) the same steps run against a cache kept in memory.

Between the processes travel bytes, not objects: a worker sends back the very pickle of
plain tuples that the cache stores (tui.store.codec).
"""

from __future__ import annotations

import gc
import os
import stat as stat_module
import time
import weakref
from collections import ChainMap
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tui.corpus.articles import NO_FIELDS, Fields
from tui.corpus.loader import (Listing, Loaded, assemble, list_entries, load_file,
                               max_bytes_from_env, read_at_most)
from tui.corpus.model import Corpus, Source
from tui.search import SearchIndex
from tui.search import elsewhere
from tui.search.index import STATE_VERSION, Collector
from tui.search.tokens import tokenise_source
from tui.store.cache import Cache, CacheError, MemoryCache, content_hash, dumps, loads, remove
from tui.store.codec import (decode_quotes, decode_source, encode_quotes, encode_source,
                             sentence_spans, shape)
from tui.store.grouped import (discrepancies_kept, facts_key, groups_kept, groups_key,
                               records_key)
from tui.memory import release_freed_memory

Progress = Callable[[float, str], None]
Notice = Callable[[str], None]
POOL_THRESHOLD = 48   # fewer jobs than this are faster without starting processes
CHUNK = 48            # articles an extraction job takes (a collection's 1,500 are many jobs)


class Opened:
    """An open corpus: its sources, search index and (when first asked) quotations."""

    def __init__(self, corpus: Corpus, index: SearchIndex, quote_rows: list,
                 problems: tuple[str, ...] = (), reused: int = 0, rebuilt: int = 0,
                 notices: tuple[str, ...] = (), phases: tuple = (),
                 cache_folder: str | None = None, groups_key: str | None = None,
                 plans: dict[str, bytes] | None = None,
                 facts: dict[str, bytes] | None = None) -> None:
        self.corpus, self.index = corpus, index
        self.problems, self.notices = problems, notices
        self.reused = reused            # files whose articles came from the cache
        self.rebuilt = rebuilt          # files read afresh
        # (step, seconds, seconds of this process's CPU) of this open, in order
        self.phases = phases
        # where tui.store.grouped keeps the statements grouped from these quotations, and
        # under what key (None when nothing is kept)
        self.cache_folder, self.groups_key = cache_folder, groups_key
        self._quote_rows = quote_rows
        self._quotes: tuple | None = None
        # source id -> its record plan, pickled (see `record_plans`)
        self._plans: dict[str, bytes] = plans or {}
        # source id -> its facts (tui.quotes.discrepancies.article_facts), pickled
        self._facts: dict[str, bytes] = facts or {}
        # The facts being compared in a fork since the open (`compare_soon`), for `analyse`
        # to take; a finalizer stops that fork if this is dropped without being analysed.
        self._comparing = None
        self._stop_comparing = None

    def record_plans(self) -> Mapping[str, tuple]:
        """source id -> its record plan (tui.quotes.analysis.record_plan) for the articles
        that have one, made when their quotations were or kept in the cache beside them;
        given once (grouping is their only reader), each decoded when read."""
        plans, self._plans = self._plans, {}
        return _Plans(plans)

    def article_facts(self) -> Mapping[str, tuple]:
        """source id -> what comparing facts needs of the article (tui.quotes.discrepancies.
        article_facts), for the articles whose facts were made in the pool or kept in the
        cache (none unless the folder was opened with `facts=True`); given once (comparing
        facts is their only reader), each decoded when read."""
        facts, self._facts = self._facts, {}
        return _Facts(facts)

    def compare_soon(self) -> None:
        """Start comparing the facts now, in a fork (tui.store.analysis.compare_elsewhere),
        rather than when `analyse` starts grouping: while this process merges the search
        index the other core was idle (6-7 s of a real archive), and the comparison then
        no longer shares the cores with grouping's own forks."""
        from tui.store.analysis import compare_elsewhere

        self._comparing = compare_elsewhere(self)
        if self._comparing is not None:
            self._stop_comparing = weakref.finalize(self, self._comparing.cancel)

    def take_comparison(self):
        """The facts being compared since `compare_soon` (a function that waits for them,
        see tui.search.elsewhere.start), or None; given once: the taker waits for it or
        cancels it."""
        comparing, self._comparing = self._comparing, None
        if self._stop_comparing is not None:
            self._stop_comparing.detach()
            self._stop_comparing = None
        return comparing

    @property
    def quotes(self) -> tuple:
        """Every article's quotations in corpus order, one speaker for one person."""
        if self._quotes is None:
            if self._quote_rows is None:
                raise RuntimeError("opened without its quotations (extract=False)")
            speakers: dict = {}
            quotes: list = []
            # (read after the index, as a reopening is, they keep its strings of their ids)
            ids = self.index.record_ids() if self.index is not None else None
            with _cycle_collector_paused():
                for rows in self._quote_rows:
                    try:
                        quotes.extend(decode_quotes(rows, speakers, ids))
                    except (TypeError, ValueError) as err:
                        raise CacheError(f"a cached quotation does not fit: {err}") from err
                self._quotes = tuple(_link(quotes))
            self._quote_rows = []
            release_freed_memory()      # the rows just decoded
        return self._quotes


def open_corpus(path: str | os.PathLike[str] | None = None, *, use_cache: bool = True,
                progress: Progress | None = None, notice: Notice | None = None,
                workers: int | None = None, fields: Fields | None = None,
                extract: bool = True, index: bool = True, facts: bool = False) -> Opened:
    """Open a folder or a file (the bundled seeds when None): its articles and search index,
    its quotations when asked. `extract=False` stops after reading the articles (through
    the same cache): no quotations, no index (`sources` and `render` need neither).
    `index=False`: the quotations without a search index (`opened.index` is None), for
    what never searches; the index is neither built nor read, and its tokens not made.
    `facts=True`: what comparing facts needs of each article is made in the pool beside
    its quotations where they are extracted (or read from the cache), for an analysis that
    compares facts (the app, `discrepancies`) and unless the folder's discrepancies are
    kept already.
    Raises UserError when nothing can be opened."""
    with _cycle_collector_paused():
        opened = _open(path, use_cache, progress, notice, workers, fields or NO_FIELDS,
                       extract, index, facts)
    # What only the open needed (the cache's rows, the workers' answers, the index's
    # tokens) is freed by now: its pages go back, so the analysis (and its forks) does
    # not carry them.
    release_freed_memory()
    return opened


def open_loaded(corpus: Corpus, *, progress: Progress | None = None,
                workers: int | None = 1) -> Opened:
    """A corpus already loaded (by tui.corpus.load_corpus, or made in memory) opened the
    same way: its quotations extracted and its search index built by the steps above,
    without a cache."""
    report = progress or (lambda fraction, stage: None)
    with _cycle_collector_paused():
        listing = Listing(Path(corpus.root), (), corpus.manifest, corpus.bundled)
        run = _Run(listing, MemoryCache(), NO_FIELDS, report, lambda message: None, workers,
                   [], [], None)
        articles = _Articles({}, {})
        rows = {}
        for source in corpus.sources:
            # one "file" per article: its id names it (two articles may share a file)
            articles.files[source.id] = [source]
            articles.kept[source.id] = [True]
            rows[source.id] = dumps(((encode_source(source),), (), ()))
        quote_keys = {name: name for name in articles.files}
        collector = Collector()
        found = _extract(run, rows, articles, quote_keys, collector)
        opened = Opened(corpus, None, articles.kept_rows(found))
        opened.index = _search_index(run, opened, collector, None, "")
        report(1.0, "ready")
        return opened


@contextmanager
def _cycle_collector_paused():
    """Opening makes about a million small objects (sentences, quotations, records), none in a
    cycle; the cycle collector would walk the growing heap again and again while they are
    made. Reference counting still frees everything.

    Those objects live as long as the folder is open. Left in the youngest generation, they
    would all be walked by the first collection after this (a freeze of the app);
    freeze + unfreeze moves every tracked object to the oldest generation at once instead,
    where only a full collection looks at them."""
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
          workers: int | None, fields: Fields, extract: bool, index: bool,
          facts: bool) -> Opened:
    report = progress or (lambda fraction, stage: None)
    notices: list[str] = []

    def tell(message: str) -> None:
        notices.append(message)
        if notice:
            notice(message)

    report(0.0, "reading the folder")
    problems: list[str] = []
    listing = list_entries(path, problems)
    key_path = None
    if use_cache and not listing.bundled:
        key_path = str(Path(path).resolve())
    cache = _usable_cache(key_path, tell) if key_path else None
    if cache is None:
        # The bundled seeds are small: no cache needed (and a cache that cannot be written
        # is done without).
        return _open_cached(_Run(listing, MemoryCache(), fields, report, tell, workers,
                                 notices, problems, None, extract, index, facts))
    try:
        try:
            return _open_cached(_Run(listing, cache, fields, report, tell, workers, notices,
                                     problems, key_path, extract, index, facts))
        except CacheError as err:
            cache.close()
            tell(f"{err}; rebuilding the cache")
            cache = Cache.open(key_path, fresh=True)
            return _open_cached(_Run(listing, cache, fields, report, tell, workers,
                                     notices, list(listing.problems), key_path, extract,
                                     index, facts))
    finally:
        cache.close()


def _usable_cache(key_path: str, tell: Notice) -> Cache | None:
    """The cache of `key_path`, rebuilt if untrustworthy; None if the cache directory is
    unusable (read-only, not a directory…), which must not stop the folder from opening."""
    try:
        try:
            return Cache.open(key_path)
        except CacheError as err:
            tell(f"{err}; rebuilding the cache")
            return Cache.open(key_path, fresh=True)
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


@dataclass
class _Run:
    """What every step of one open shares."""

    listing: Listing
    cache: Cache | MemoryCache
    fields: Fields
    report: Progress
    tell: Notice
    workers: int | None
    notices: list[str]
    problems: list[str]
    key_path: str | None
    extract: bool = True
    index: bool = True
    facts: bool = False
    clock: _Clock = field(default_factory=_Clock)
    limit: int = field(default_factory=max_bytes_from_env)

    @property
    def root(self) -> Path:
        return self.listing.root


@dataclass
class _Files:
    """Step 1's answer: each file's cache key, and which files must be read."""

    keys: dict[str, str]                       # file -> key of its sources row
    todo: list                                 # entries to read
    hash_later: dict[str, tuple | None]        # file -> its stat, hashed by its reader
    restat: list[tuple[str, str, int, str]]    # stats to record
    recorded: dict                             # the stats the cache held
    cached: dict[str, str]                     # file -> key of the sources row it holds


def _open_cached(run: _Run) -> Opened:
    run.cache.begin()
    files = _list_files(run)
    run.clock.lap("list + hash")
    rows = _read_files(run, files)
    run.clock.lap("read + segment")
    corpus, articles = _corpus(run, rows)
    run.clock.lap("load sources")
    if not run.extract:
        run.cache.finish()
        run.report(1.0, "ready")
        return Opened(corpus, None, None, tuple(run.problems),
                      len(run.listing.entries) - len(files.todo), len(files.todo),
                      tuple(run.notices), tuple(run.clock.phases))
    quote_keys = {name: _quote_key(files.keys[name]) for name in articles.files}
    search_key = content_hash(str(STATE_VERSION), *quote_keys.values())
    state = run.cache.get_large("search", search_key) if run.index else None
    collector = Collector() if run.index and state is None else None
    plans: dict[str, tuple] = {}
    persistent = run.key_path is not None
    gkey = groups_key(quote_keys.values()) if persistent else None
    # Facts kept whole (the discrepancies) need none of each article's.
    facts = {} if run.facts and not discrepancies_kept(run.cache, gkey) else None
    found = _extract(run, rows, articles, quote_keys, collector, plans, facts)
    # Every file's row (a real archive's 94 MB of pickles) was the workers' to read: the
    # corpus holds its own copy of each article, and the index below is built without them.
    del rows
    run.clock.lap("extract quotations" + (" + tokenise for the index" if collector is not None
                                          else "") + (" + facts" if facts else ""))
    if groups_kept(run.cache, gkey):
        plans.clear()       # the statements are kept: nothing is grouped
    else:
        # the files whose plans were not made now give those kept in the cache
        _kept_plans(run.cache, quote_keys, plans)
    opened = Opened(corpus, None, articles.kept_rows(found), tuple(run.problems),
                    len(run.listing.entries) - len(files.todo), len(files.todo),
                    tuple(run.notices), (), run.key_path if persistent else None, gkey,
                    articles.kept_plans(plans), articles.kept_plans(facts or {}))
    # (the facts are compared only when each article's were asked for and no kept
    # discrepancies made them needless)
    compare = facts is not None
    del plans, facts
    if run.index:
        try:
            opened.index = _search_index(run, opened, collector, state, search_key, compare)
        except BaseException:
            comparing = opened.take_comparison()
            if comparing is not None:
                comparing.cancel()
            raise
    run.cache.finish()
    opened.phases = tuple(run.clock.phases)
    run.report(1.0, "ready")
    return opened


# -- step 1: list and key the files ---------------------------------------------------------
# A file whose size, mtime, inode and ctime are those recorded when it was last hashed is
# not read again (git's index does the same). A file changed within RACY_NS of that
# recording could change again without its timestamps moving, so it is hashed until its
# last change is older than that.
RACY_NS = 2_000_000_000


def _list_files(run: _Run) -> _Files:
    cache = run.cache
    recorded = cache.stats()
    cached = cache.keys("sources")
    now = time.time_ns()
    files = _Files({}, [], {}, [], recorded, cached)
    for entry in run.listing.entries:
        # A string, not a Path: one per file of every reopening.
        path = os.path.join(run.root, entry.file)
        stat = _stat_key(path)
        known = recorded.get(entry.file)
        if stat is not None and known is not None and known[0] == stat[0] \
                and stat[1] < known[1] - RACY_NS:
            digest = known[2]
        elif not cached:
            # A cache with no article in it (a cold open) has every file hashed by its
            # reader, in the pool.
            files.hash_later[entry.file] = stat
            continue
        else:
            digest = _file_digest(Path(path), run.limit)
            if stat is not None:
                files.restat.append((entry.file, stat[0], now, digest))
        files.keys[entry.file] = _file_key(run, entry, digest)
    files.todo = [e for e in run.listing.entries
                  if e.file in files.hash_later or cached.get(e.file) != files.keys[e.file]]
    return files


def _file_key(run: _Run, entry, digest: str) -> str:
    return content_hash(digest, repr(entry), str(run.limit), run.fields.key(), shape())


def _quote_key(file_key: str) -> str:
    # The extractor's version leads, so a row made by another version is never reused for
    # an article whose text did not change (see _rows_before).
    version = _extractor_version()
    return f"{version}|{content_hash(file_key, version)}"


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
    try:
        # A file over the limit is refused by the loader and must never be read whole:
        # its first limit + 1 bytes and its size make its key. A FIFO or a device would
        # block or never end: only regular files are opened.
        if not path.is_file():
            raise OSError("not a regular file")
        with open(path, "rb") as handle:
            data = read_at_most(handle, limit + 1)
            if len(data) > limit:
                data += str(os.fstat(handle.fileno()).st_size).encode()
    except OSError:
        data = b""  # load_file reports why, in the read step
    return content_hash(data)


# -- step 2: read the changed files ------------------------------------------------------------
def _read_files(run: _Run, files: _Files) -> dict[str, bytes]:
    """file -> its sources row (bytes), for every file: read now (in the pool) or cached."""
    todo = files.todo
    run.report(0.05, f"reading {len(todo)} files" if todo else "loading the cache")
    jobs = [(str(run.root), e, run.limit, run.fields, e.file in files.hash_later) for e in todo]
    rows: dict[str, bytes] = {}
    fresh = []
    # A collection is many articles in one file: its size says how much reading it is.
    size = sum(max(1, _file_size(run.root / e.file) // READ_BYTES) for e in todo)
    done = _imap(_read_job, jobs, run.workers,
                 lambda share: run.report(0.05 + 0.25 * share, "reading articles"),
                 size=size)
    for entry, (blob, digest) in zip(todo, done):
        if digest is not None:
            files.keys[entry.file] = _file_key(run, entry, digest)
            stat = files.hash_later[entry.file]
            if stat is not None:
                files.restat.append((entry.file, stat[0], time.time_ns(), digest))
        rows[entry.file] = blob
        fresh.append((entry.file, files.keys[entry.file], blob))
    # zip stops at the last entry without asking the pool for more, which would have ended
    # it: closing ends it now, not when the generator is collected.
    done.close()
    reuse = {name: key for name, key in files.keys.items() if name not in rows}
    rows.update(run.cache.matching_blobs("sources", reuse))
    present = {e.file for e in run.listing.entries}
    run.cache.put_blobs("sources", fresh)
    run.cache.forget_except("sources", present, files.cached)
    run.cache.put_stats(files.restat)
    run.cache.forget_except("stats", present, files.recorded)
    return rows


READ_BYTES = 32768      # about what one article of a collection is, to decide on a pool


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read_job(job) -> tuple[bytes, str | None]:
    """A file loaded and segmented, as the cache row that holds it, and its content digest
    (`_file_digest`) when asked."""
    folder, entry, limit, fields, hash_it = job
    digest = _file_digest(Path(folder) / entry.file, limit) if hash_it else None
    loaded = load_file(Path(folder), entry, limit, fields)
    row = (tuple(encode_source(s) for s in loaded.sources), tuple(loaded.problems),
           tuple(loaded.warnings))
    return dumps(row), digest


def _decode_row(blob: bytes) -> tuple[tuple, tuple, tuple]:
    try:
        sources, problems, warnings = loads(blob)
        if not isinstance(sources, tuple):
            raise TypeError("not a tuple of sources")
        return sources, problems, warnings
    except (TypeError, ValueError) as err:
        raise CacheError(f"a cached file does not fit: {err}") from err


@dataclass
class _Articles:
    """Every file's articles as its row holds them, and which of them the corpus kept (an
    article whose id another took first is left out)."""

    files: dict[str, list[Source]]
    kept: dict[str, list[bool]]

    def kept_rows(self, found: dict[str, list]) -> list:
        """The quotation rows of the kept articles, in corpus order."""
        return [rows for name, sources in self.files.items()
                for rows, keep in zip(found[name], self.kept[name]) if keep]

    def kept_plans(self, plans: dict[str, tuple]) -> dict[str, bytes]:
        """source id -> pickled record plan of each kept article whose file has plans
        (`plans`: file -> one per article, None where none was made)."""
        out = {}
        for name, blobs in plans.items():
            for source, blob, keep in zip(self.files[name], blobs, self.kept[name]):
                if keep and blob is not None:
                    out[source.id] = blob
        return out


def _corpus(run: _Run, rows: dict[str, bytes]) -> tuple[Corpus, _Articles]:
    """The corpus of every file's row, in listing order."""
    loaded = []
    articles = _Articles({}, {})
    for entry in run.listing.entries:
        blob = rows.get(entry.file)
        if blob is None:
            raise CacheError(f"cache row for {entry.file} is missing")
        encoded, problems, warnings = _decode_row(blob)
        try:
            sources = [decode_source(row) for row in encoded]
        except (TypeError, ValueError) as err:
            raise CacheError(f"a cached article of {entry.file} does not fit: {err}") from err
        loaded.append(Loaded(sources, list(problems), list(warnings)))
        if sources:
            articles.files[entry.file] = sources
    corpus = assemble(run.listing, loaded, run.problems)
    kept = {id(s) for s in corpus.sources}
    for name, sources in articles.files.items():
        articles.kept[name] = [id(s) in kept for s in sources]
    return corpus, articles


# -- step 3: quotations (and the index's tokens) ----------------------------------------------
def _extract(run: _Run, rows: dict[str, bytes], articles: _Articles,
             quote_keys: dict[str, str], collector: Collector | None,
             plans: dict[str, tuple] | None = None,
             facts: dict[str, tuple] | None = None) -> dict[str, list]:
    """file -> its articles' quotation rows (encoded, in order). A file whose quotations are
    cached under its key is not looked at again (unless the index needs its tokens); in a
    file that changed, an article whose id and text are those of the row cached before
    keeps its quotations. With `plans`, each file whose articles are looked at gets there
    (and in the cache's `records` table) its articles' record plans, pickled, made by the
    same workers beside the quotations (grouping would make them on one core). With
    `facts`, each file gets there its articles' facts (tui.quotes.discrepancies.
    article_facts), pickled: from the cache's `facts` table when kept under its key, else
    made by the same workers where its quotations are extracted."""
    cache = run.cache
    cached_keys = cache.keys("quotes")
    found: dict[str, list] = {}
    reuse = {name: key for name, key in quote_keys.items() if cached_keys.get(name) == key}
    for name, blob in cache.matching_blobs("quotes", reuse):
        found[name] = [row for _, _, row in _decode_quotes_row(name, blob)]
    before = _rows_before(cache, cached_keys, quote_keys, found)
    need_facts: set[str] = set()
    if facts is not None:
        _kept_facts(cache, quote_keys, facts)
        # Made only beside quotations being extracted: a job for facts alone would hold
        # back the opening (the app lists the sources only once it is done; a real
        # archive's facts are about 40 s of the pool). Files whose quotations are cached
        # without facts have theirs made where they are compared.
        need_facts = {name for name in articles.files
                      if name not in facts and name not in found}
    jobs = _extract_jobs(articles, found, collector is not None, run.workers)
    run.report(0.35, "finding quotations")
    results = _imap(_extract_job, jobs, run.workers,
                    lambda share: run.report(0.35 + 0.45 * share, "finding quotations"),
                    state={"rows": {name: rows[name] for name, _, _ in jobs},
                           "before": before, "plans": plans is not None,
                           "facts": need_facts},
                    size=sum(len(items) for _, items, _ in jobs))
    fresh: dict[str, list] = {}
    fresh_plans: dict[str, list] = {}
    fresh_facts: dict[str, list] = {}
    for (name, items, _), answers in zip(jobs, results):
        sources = articles.files[name]
        my_facts = fresh_facts.setdefault(name, [None] * len(sources)) \
            if name in need_facts else None
        mine = fresh.setdefault(name, [None] * len(sources)) if name not in found else None
        my_plans = fresh_plans.setdefault(name, [None] * len(sources)) \
            if mine is not None and plans is not None else None
        for (position, spans, keep), (qrow, digest, tokens, plan, made) in zip(items, answers):
            if my_facts is not None:
                my_facts[position] = made
            if mine is not None:
                sid = sources[position].id
                mine[position] = ((sid, digest, qrow) if qrow is not None
                                  else before[name][(sid, digest)])
            if my_plans is not None:
                my_plans[position] = plan
            if keep and collector is not None:
                collector.add("quotes", tokens[0])
                collector.add("sentences", tokens[1])
        if my_facts is not None and items[-1][0] == len(sources) - 1:
            facts[name] = made = tuple(fresh_facts.pop(name))
            if None not in made:
                cache.put_blobs("facts", [(name, facts_key(quote_keys[name]), dumps(made))])
        if mine is not None and items[-1][0] == len(sources) - 1:
            found[name] = [row for _, _, row in mine]
            cache.put_blobs("quotes", [(name, quote_keys[name], dumps(tuple(mine)))])
            del fresh[name]
            if my_plans is not None:
                plans[name] = made = tuple(fresh_plans.pop(name))
                if None not in made:
                    cache.put_blobs("records", [(name, records_key(quote_keys[name]),
                                                 dumps(made))])
    results.close()     # the pool and its state (every article's bytes) go now
    cache.forget_except("quotes", set(quote_keys), cached_keys)
    if plans is not None:
        cache.forget_except("records", set(quote_keys))
    if facts is not None:
        cache.forget_except("facts", set(quote_keys))
    missing = [name for name in articles.files if name not in found]
    if missing:
        raise CacheError(f"the quotations of {missing[0]} are missing")
    return found


def _kept_plans(cache, quote_keys: dict[str, str], plans: dict[str, tuple]) -> None:
    """Into `plans`, the record plans the cache holds for the files that have none there
    (their quotations came from the cache), made from the same quotations by the same
    code. A row that does not fit is left out: grouping then makes those records itself."""
    wanted = {name: records_key(key) for name, key in quote_keys.items() if name not in plans}
    _kept_rows(cache, "records", wanted, plans)


def _kept_facts(cache, quote_keys: dict[str, str], facts: dict[str, tuple]) -> None:
    """Into `facts`, each file's articles' facts that the cache holds under its key (made
    from the same text by the same code). A row that does not fit is left out: its facts
    are made again."""
    _kept_rows(cache, "facts", {name: facts_key(key) for name, key in quote_keys.items()},
               facts)


def _kept_rows(cache, kind: str, wanted: dict[str, str], into: dict[str, tuple]) -> None:
    """Into `into`, each file's row of `kind` the cache holds under the wanted key: a tuple
    of pickled parts (or None); a row that does not read or fit is left out."""
    for name, blob in cache.matching_blobs(kind, wanted):
        try:
            row = loads(blob)
        except CacheError:
            continue
        if isinstance(row, tuple) and all(b is None or isinstance(b, bytes) for b in row):
            into[name] = row


def _rows_before(cache, cached_keys: dict[str, str], quote_keys: dict[str, str],
                 found: dict[str, list]) -> dict[str, dict]:
    """For each changed file whose quotations were cached before (under another key): its
    rows by (article id, text digest), to reuse for the articles that did not change."""
    stale = {name: key for name, key in cached_keys.items()
             if name in quote_keys and name not in found
             and key.split("|")[0] == quote_keys[name].split("|")[0]}
    before: dict[str, dict] = {}
    for name, blob in cache.matching_blobs("quotes", stale):
        before[name] = {(sid, digest): (sid, digest, row)
                        for sid, digest, row in _decode_quotes_row(name, blob)
                        if digest is not None}
    return before


def _decode_quotes_row(name: str, blob: bytes) -> tuple:
    try:
        rows = loads(blob)
        if not all(isinstance(r, tuple) and len(r) == 3 for r in rows):
            raise TypeError("not (source, digest, quotations) rows")
        return rows
    except (TypeError, ValueError) as err:
        raise CacheError(f"cache row for the quotations of {name} does not fit: {err}") from err


def _extract_jobs(articles: _Articles, found: dict[str, list], tokens: bool,
                  workers: int | None) -> list[tuple]:
    """Jobs in corpus order (the order the index takes its tokens): (file, items, tokens)
    with an item (position in the file, its quotations' (text, start) when they are known
    else None, whether the corpus kept it) per article."""
    jobs = []
    total = sum(len(s) for name, s in articles.files.items() if tokens or name not in found)
    # small jobs for a small folder, so both workers get some
    chunk = max(1, min(CHUNK, total // (8 * (workers or os.cpu_count() or 1))))
    for name, sources in articles.files.items():
        known = found.get(name)
        if known is not None and not tokens:
            continue
        kept = articles.kept[name]
        items = []
        for position in range(len(sources)):
            spans = None
            if known is not None:
                spans = tuple((q[_QUOTE_TEXT], q[_QUOTE_START]) for q in known[position])
            items.append((position, spans, kept[position]))
        for at in range(0, len(items), chunk):
            jobs.append((name, tuple(items[at:at + chunk]), tokens))
    return jobs


# Where a quotation row (tui.store.codec.encode_quotes) holds its start and its text.
_QUOTE_START, _QUOTE_TEXT = 2, 4


# What every job needs, set once per worker process (by the pool's initializer: with fork
# it is not even pickled) rather than sent with each job.
_WORK: dict = {}


def _start_work(state) -> None:
    _WORK["state"] = state
    _WORK["decoded"] = {}
    # A parent killed outright cannot stop its pool; its workers, which hold both ends of
    # their job queue, would wait for jobs for ever.
    import multiprocessing

    parent = multiprocessing.parent_process()
    elsewhere.end_with_parent(parent.pid if parent is not None else os.getppid())


def _extract_job(job) -> list[tuple]:
    """(quotation row or None, text digest or None, index tokens or None, pickled record
    plan or None, pickled facts or None) for each article of the job: its quotations
    extracted when they are not known, neither in the job nor in its file's row from before
    it changed (then the row is None and the digest finds it); its record plan made (when
    the state asks for plans) wherever its quotations were not known in the job; its facts
    made when the state names its file."""
    name, items, tokens = job
    sources = _file_sources(name)
    state = _WORK["state"]
    before = state["before"].get(name, {})
    out = []
    for position, spans, keep in items:
        source = sources[position]
        qrow = digest = plan = None
        if spans is None:
            digest = content_hash(source.text)
            old = before.get((source.id, digest))
            if old is not None:
                spans = [(q[_QUOTE_TEXT], q[_QUOTE_START]) for q in old[2]]
                if state["plans"]:
                    plan = _plan_one(source, decode_quotes(old[2], {}))
            else:
                quotes = _extract_one(source)
                qrow = encode_quotes(quotes)
                spans = [(q.text, q.start) for q in quotes]
                if state["plans"]:
                    plan = _plan_one(source, quotes)
        made = _facts_one(source) if name in state["facts"] else None
        out.append((qrow, digest, _source_tokens(source, spans) if tokens and keep else None,
                    plan, made))
    return out


def _facts_one(source) -> bytes | None:
    """The source's facts for comparing (tui.quotes.discrepancies.article_facts), pickled;
    None without tui.quotes. What each word was found to be is remembered by the worker
    (a corpus repeats its words), up to WORDINGS_MEMO words."""
    try:
        from tui.quotes.discrepancies import article_facts
    except ImportError:
        return None
    memo = _WORK.get("facts memo")
    if memo is None or sum(map(len, memo.values())) > WORDINGS_MEMO:
        memo = _WORK["facts memo"] = {}
    return dumps(article_facts(source, memo))


# Raw words a worker's wordings memo (and words its facts memo) holds before it starts
# again (about 300 bytes each). Each of a real archive's two workers meets about 176,000
# different raw words in its half: at 100,000 the memo started again twice, and working
# the words out anew was a quarter of the time the records' wordings took (3.6 -> 2.7 s
# of each worker's CPU without it; the facts' memo, 0.3-0.7 s). Bounded still, for a
# bigger folder, at what a worker can hold beside its jobs (some 75 MB).
WORDINGS_MEMO = 250_000


def _plan_one(source, quotes: list) -> bytes | None:
    """The source's record plan, pickled; None without tui.quotes."""
    try:
        from tui.quotes.analysis import record_plan
        from tui.quotes.features import Wordings
    except ImportError:
        return None
    wordings = _WORK.get("wordings")
    if wordings is None or len(wordings) > WORDINGS_MEMO:
        wordings = _WORK["wordings"] = Wordings()
    return dumps(record_plan(source, quotes, wordings))


def with_missing_facts(corpus: Corpus, facts: Mapping[str, tuple] | None,
                       tick: Callable[[], None] = lambda: None,
                       workers: int | None = None) -> Mapping[str, tuple]:
    """`facts` (source id -> tui.quotes.discrepancies.article_facts), with those of the
    articles it lacks made in a pool of workers (forked: they have the corpus already).
    For an analysis that compares facts with the statements kept, after an open that made
    none (a cache left by `statements`): in the comparing process, on one core, they were
    about 40 s of a real archive. `tick` is called as the results come; it may raise."""
    facts = facts if facts is not None else {}
    sources = corpus.sources
    missing = [n for n, source in enumerate(sources) if source.id not in facts]
    if not missing:
        return facts
    jobs = [tuple(missing[at:at + CHUNK]) for at in range(0, len(missing), CHUNK)]
    made: dict[str, bytes] = {}
    results = _imap(_facts_job, jobs, workers, lambda share: None,
                    state={"sources": sources}, size=len(missing))
    try:
        for job, blobs in zip(jobs, results):
            tick()
            for n, blob in zip(job, blobs):
                if blob is not None:
                    made[sources[n].id] = blob
    finally:
        results.close()
    # (the facts given first: a row of theirs that does not fit is a KeyError, and the
    # chain then asks the ones made now, which has none for it: made where compared)
    return ChainMap(facts, _Facts(made))


def _facts_job(job: tuple[int, ...]) -> list[bytes | None]:
    """The pickled facts of the sources at these positions (`_WORK["state"]["sources"]`)."""
    sources = _WORK["state"]["sources"]
    return [_facts_one(sources[n]) for n in job]


def _file_sources(name: str) -> list[Source]:
    """The sources of a file's row, decoded once per worker (a collection's 1,500 articles
    are many jobs)."""
    decoded = _WORK.setdefault("decoded", {})
    sources = decoded.get(name)
    if sources is None:
        decoded.clear()
        encoded, _, _ = loads(_WORK["state"]["rows"][name])
        sources = decoded[name] = [decode_source(row) for row in encoded]
    return sources


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


def _extractor_version() -> str:
    try:
        from tui.quotes import EXTRACTOR_VERSION
    except ImportError:
        return "none"
    return EXTRACTOR_VERSION


def _imap(function, jobs: list, workers: int | None, done: Callable[[float], None],
          state=None, size: int | None = None) -> Iterator:
    """The results of `function` over `jobs`, in order, each as soon as it is ready.
    `state` is what `_WORK["state"]` holds while they run (in every worker process).
    `size`: how much work the jobs are, in articles (default: one a job); a pool is
    started for POOL_THRESHOLD or more."""
    if not jobs:
        return
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers <= 1 or len(jobs) < 2 or (size or len(jobs)) < POOL_THRESHOLD:
        _start_work(state)
        try:
            for n, job in enumerate(jobs):
                yield function(job)
                if n % 16 == 0:
                    done(n / len(jobs))
        finally:
            _WORK.clear()
        return
    # Jobs go to the workers a few at a time. The pool ends when its last batch does, the
    # other worker idle meanwhile: a real archive's 500 extraction jobs went in batches of
    # 16 (768 articles, about 3 s of a worker), and its last one kept a core idle for a
    # second or two; a batch of 4 is under a second, for a few hundred more messages.
    chunk = max(1, min(4, len(jobs) // (workers * 8)))
    with ProcessPoolExecutor(workers, initializer=_start_work, initargs=(state,)) as pool:
        try:
            for n, result in enumerate(pool.map(function, jobs, chunksize=chunk)):
                yield result
                if n % 8 == 0:
                    done(n / len(jobs))
        except BaseException:
            # Interrupted, or the consumer failed: the jobs not yet started are dropped
            # rather than waited for.
            pool.shutdown(cancel_futures=True)
            raise


# -- step 4: the search index -----------------------------------------------------------------
def _search_index(run: _Run, opened: Opened, collector: Collector | None, state,
                  search_key: str, compare: bool = False) -> SearchIndex:
    """The index, loaded or merged; `compare`: the facts will be compared (see
    `Opened.compare_soon`), which then starts once the quotations are linked, before the
    index is merged."""
    run.report(0.85, "building the search index")
    sources = opened.corpus.sources
    texts = _SourceTexts(sources)
    if state is not None:
        try:
            index = SearchIndex.from_state(state, texts)
        except (ValueError, KeyError, TypeError) as err:
            raise CacheError(f"search index in the cache is unusable: {err}") from err
        run.clock.lap("load search index")
        return index
    quotes = opened.quotes      # the speakers the index shows are the linked ones
    run.clock.lap("link speakers")
    if compare:
        opened.compare_soon()
    index = _index(sources, quotes, collector, texts)
    run.clock.lap("merge search index")
    run.cache.put_large("search", search_key, index.to_state(texts))
    run.clock.lap("write search index")
    return index


class _Pickled(Mapping):
    """source id -> a value kept pickled per article in the cache, unpickled when read (the
    pickles are a fraction of the values' size as objects). Subclasses say what fits."""

    def __init__(self, blobs: dict[str, bytes]) -> None:
        self._blobs = blobs

    def __iter__(self):
        return iter(self._blobs)

    def __len__(self) -> int:
        return len(self._blobs)


class _Plans(_Pickled):
    """source id -> record plan (whose strings only grouping shares); one that does not fit
    is a damaged cache (CacheError).

    Each plan is given once: reading it drops its pickle, so a second read finds none
    (KeyError; grouping then works that article's records out itself, the same ones).
    Grouping reads each article's plan once, before its largest step, and a real archive's
    pickles (81 MB) were otherwise held through that step."""

    def __getitem__(self, source_id: str) -> tuple:
        plan = loads(self._blobs.pop(source_id))
        if not (isinstance(plan, tuple) and len(plan) == 3):
            raise CacheError(f"the record plan of {source_id} does not fit")
        return plan


def forget_plans(plans) -> None:
    """Drop every pickle of `plans` when it is what `Opened.record_plans` gave (then every
    later read of it finds nothing); any other mapping is left as it is."""
    if isinstance(plans, _Plans):
        plans._blobs.clear()


class _Facts(_Pickled):
    """source id -> facts (tui.quotes.discrepancies.article_facts). A row that does not fit
    is missing (KeyError): that article's facts are then made where they are compared."""

    def __getitem__(self, source_id: str) -> tuple:
        from tui.quotes.discrepancies import FACT_PARTS

        try:
            facts = loads(self._blobs[source_id])
        except CacheError:
            raise KeyError(source_id) from None
        if not (isinstance(facts, tuple) and len(facts) == FACT_PARTS
                and all(isinstance(part, tuple) for part in facts)):
            raise KeyError(source_id)
        return facts


class _SourceTexts(Mapping):
    """source id -> Source.text, read from the source when a hit needs it: a reopened
    source decodes its text on first access (tui.store.codec), and a dict of every text
    would decode them all at once."""

    def __init__(self, sources) -> None:
        self._sources = {s.id: s for s in sources}

    def __getitem__(self, source_id: str) -> str:
        return self._sources[source_id].text

    def __iter__(self):
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


def _index(sources, quotes, collector: Collector, texts: Mapping[str, str]) -> SearchIndex:
    """The search index of the sources' sentences and `quotes`, from the `_source_tokens` of
    every source in order. It finds what `SearchIndex(records_for_corpus(corpus, quotes))`
    finds, without a Record per sentence."""
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
    # A quotation's sentence id is that sentence record's id: one string for both.
    same = {q.sentence_id: q.sentence_id for q in quotes if q.sentence_id is not None}.get
    for source in sources:
        spans = sentence_spans(source)
        sentences["id"] += [same(span[0], span[0]) for span in spans]
        sentences["source_id"] += [source.id] * len(spans)
        sentences["start"] += [span[1] for span in spans]
        sentences["end"] += [span[2] for span in spans]
    sentences["length"] = list(map(int.__sub__, sentences["end"], sentences["start"]))
    sentences["speaker"] = [None] * len(sentences["id"])
    return SearchIndex.from_columns(columns, collector, texts)


__all__ = ["Opened", "open_corpus", "open_loaded", "remove"]
