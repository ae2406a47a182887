"""Benchmark: opening a large folder (cold, warm, memory) and searching it, side by side.

    python bench/bench_search.py [--quick] [--size N] [--workers W] [--open-only] [--colds K]

Makes (once, deterministically) N synthetic articles with bench/make_corpus.py, opens them
in a fresh interpreter twice (cold: no cache; warm: from the on-disk cache), then in this
process times SearchIndex.search for 1- to 4-word Arabic queries with typos and spelling
variants in both scopes — every query with the per-word matches forgotten, so nothing is
served from the keystroke cache — next to plain `rapidfuzz.process.extract` (its defaults:
WRatio, default_process) over the same strings and `fzf --filter` over the same lines.
Recall: for variant-spelling queries, the share of the records holding any spelling of the
word found in the first R results, R = how many such records there are.

--open-only measures the opening alone (no search, rapidfuzz or fzf), printing each step of
the cold open and of a reopening (tui.store's Opened.phases: wall time and this process's
CPU) and how busy the machine was before each open, since other work skews wall times;
--colds K opens cold K times and reports the median.

Lines starting with "ROW\\t" are the summary rows `bench/run.py` gathers into its table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.make_corpus import make  # noqa: E402

QUERIES = [
    "ترمب", "بوتن", "امن", "دارشييف", "الاميركي", "قمه الاسكا", "ترامب وبوتين",
    "ضمان امن اوكرانيا", "المحادثات مع ترمب", "الرئيس الروسى", "العلاقات مع واشنطون",
    "اتفاق سلام دائم في اوكرانيا",
]
# query -> every spelling of its word (the generator swaps these both ways)
VARIANTS = {
    "ترمب": ("ترامب", "ترمب"), "ترامب": ("ترامب", "ترمب"),
    "دارشييف": ("دارتشييف", "دارشييف"), "دارتشييف": ("دارتشييف", "دارشييف"),
    "أمريكي": ("امريكي", "اميركي"), "امن": ("امن",),
    "أنكوراج": ("انكوريج", "انكوراج"),
}
CLITICS = "(?:و|ف|ب|ل|ك|ال|وال|فال|بال|كال|لل|ولل)?"

OPEN_SCRIPT = """
import json, resource, sys, time
t = time.perf_counter()
from tui.store import open_corpus
opened = open_corpus(sys.argv[1], workers=int(sys.argv[2]))
seconds = time.perf_counter() - t
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": seconds, "rss_mb": me.ru_maxrss / 1024,
                  "worker_rss_mb": kids.ru_maxrss / 1024,
                  "cpu_s": me.ru_utime + me.ru_stime,
                  "worker_cpu_s": kids.ru_utime + kids.ru_stime,
                  "sources": len(opened.corpus.sources), "quotes": len(opened.quotes),
                  "reused": opened.reused, "phases": getattr(opened, "phases", ())}))
"""


def row(metric: str, value: str, target: str = "") -> None:
    print(f"ROW\t{metric}\t{value}\t{target}", flush=True)


def corpus_dir(n: int) -> Path:
    folder = Path(tempfile.gettempdir()) / f"summit-bench-{n}"
    stamp = folder / ".complete"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t = time.perf_counter()
        make(n, folder)
        stamp.write_text("ok")
        print(f"made {n} articles in {time.perf_counter() - t:.1f}s: {folder}")
    return folder


def busy_share(seconds: float = 2.0) -> float:
    """How busy the machine's CPUs were over `seconds` (0..1), from /proc/stat; NaN elsewhere."""
    def sample():
        with open("/proc/stat") as stat:
            return [int(x) for x in stat.readline().split()[1:9]]
    try:
        first = sample()
        time.sleep(seconds)
        second = sample()
    except OSError:
        return float("nan")
    delta = [b - a for a, b in zip(first, second)]
    return 1 - (delta[3] + delta[4]) / max(1, sum(delta))


def open_in_subprocess(folder: Path, cache: Path, workers: int, load: bool = False) -> dict:
    env = {**os.environ, "SUMMIT_TUI_CACHE_DIR": str(cache)}
    before = busy_share() if load else float("nan")
    done = subprocess.run([sys.executable, "-c", OPEN_SCRIPT, str(folder), str(workers)],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    found = json.loads(done.stdout.strip().splitlines()[-1])
    found["busy_before"] = before
    return found


def show_open(name: str, found: dict) -> None:
    print(f"{name}: {found['seconds']:.2f} s wall; CPU {found['cpu_s']:.1f} s here + "
          f"{found['worker_cpu_s']:.1f} s in workers; machine {found['busy_before']:.0%} busy "
          f"before; peak {found['rss_mb']:.0f} MB (workers {found['worker_rss_mb']:.0f} MB)")
    for step, seconds, cpu in found.get("phases", ()):
        print(f"    {step:62s} {seconds:6.2f} s  (CPU here {cpu:5.2f} s)")


def open_rows(folder: Path, n: int, workers: int, colds: int) -> None:
    """Cold and warm opens only, each step shown."""
    cold, warm = [], []
    for _ in range(colds):
        with tempfile.TemporaryDirectory() as cache:
            cold.append(open_in_subprocess(folder, Path(cache), workers, load=True))
            show_open("cold", cold[-1])
            for _ in range(3):
                warm.append(open_in_subprocess(folder, Path(cache), workers, load=True))
                show_open("warm", warm[-1])
    cold_s = statistics.median(c["seconds"] for c in cold)
    warm_s = statistics.median(w["seconds"] for w in warm)
    runs = f" (median of {len(cold)})" if len(cold) > 1 else ""
    row(f"open {n} articles cold (no cache){runs}", f"{cold_s:.1f} s", "≤ 30 s")
    row(f"open {n} articles warm (cache)", f"{warm_s:.2f} s", "≤ 2 s")
    peak = max(max(c["rss_mb"], c["worker_rss_mb"]) for c in cold + warm)
    row("peak memory (largest process)", f"{peak:.0f} MB", "≤ 1024 MB")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def time_ours(index, scope: str, repeats: int) -> list[float]:
    times = []
    for _ in range(repeats):
        for query in QUERIES:
            index.forget_matches()
            t = time.perf_counter()
            index.search(query, scope=scope, limit=50)
            times.append(time.perf_counter() - t)
    return times


def typed(index, scope: str) -> list[tuple[float, str]]:
    """(seconds, prefix) for every keystroke of every query, as the search pane sends them
    (matches kept)."""
    out = []
    index.forget_matches()
    for query in QUERIES:
        for end in range(1, len(query) + 1):
            t = time.perf_counter()
            index.search(query[:end], scope=scope, limit=50)
            out.append((time.perf_counter() - t, query[:end]))
    return out


def time_typing(index, scope: str) -> list[float]:
    """Every keystroke of every query, as the search pane sends them (matches kept)."""
    return [seconds for seconds, _ in typed(index, scope)]


def time_rapidfuzz(strings: list[str], queries: list[str]) -> list[float]:
    from rapidfuzz import process

    times = []
    for query in queries:
        t = time.perf_counter()
        process.extract(query, strings, limit=50)
        times.append(time.perf_counter() - t)
    return times


def write_lines(strings: list[str], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for n, text in enumerate(strings):
            out.write(f"{n}\t{' '.join(text.split())}\n")


def fzf(query: str, lines: Path) -> tuple[float, list[int]]:
    t = time.perf_counter()
    with lines.open("rb") as stdin:
        done = subprocess.run(["fzf", "--filter", query, "--delimiter", "\t", "--nth", "2.."],
                              stdin=stdin, capture_output=True)
    seconds = time.perf_counter() - t
    found = [int(line.split(b"\t", 1)[0]) for line in done.stdout.splitlines() if line]
    return seconds, found


def relevant(strings: list[str], spellings: tuple[str, ...]) -> set[int]:
    from tui.search.tokens import fold

    pattern = re.compile(rf"(?<!\w){CLITICS}(?:{'|'.join(map(re.escape, spellings))})(?!\w)")
    return {n for n, text in enumerate(strings) if pattern.search(fold(text))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 articles, fewer repeats")
    parser.add_argument("--size", type=int, help="articles (default 10,000; 1,000 with --quick)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--open-only", action="store_true",
                        help="measure opening only, step by step (no search)")
    parser.add_argument("--colds", type=int, default=1, help="cold opens (median reported)")
    args = parser.parse_args()
    n = args.size or (1000 if args.quick else 10000)
    repeats = 3 if args.quick else 5
    folder = corpus_dir(n)
    if args.open_only:
        open_rows(folder, n, args.workers, args.colds)
        return

    with tempfile.TemporaryDirectory() as cache:
        cold = open_in_subprocess(folder, Path(cache), args.workers)
        warm = [open_in_subprocess(folder, Path(cache), args.workers) for _ in range(3)]
        os.environ["SUMMIT_TUI_CACHE_DIR"] = cache
        from tui.store import open_corpus
        opened = open_corpus(folder)
    warm_s = statistics.median(w["seconds"] for w in warm)
    sentences = sum(len(s.sentences) for s in opened.corpus.sources)
    print(f"{n} articles, {sentences} sentences, {len(opened.quotes)} quotations; "
          f"{args.workers} workers")
    row(f"open {n} articles cold (no cache)", f"{cold['seconds']:.1f} s", "≤ 30 s")
    row(f"open {n} articles warm (cache)", f"{warm_s:.2f} s", "≤ 2 s")
    peak = max(cold["rss_mb"], cold["worker_rss_mb"], *(w["rss_mb"] for w in warm))
    row("peak memory (largest process)", f"{peak:.0f} MB", "≤ 1024 MB")

    index = opened.index
    # As the app does once the folder is open: analysed (statements from the folder's cache,
    # else grouped and kept there for the next run), then the index told who said each
    # quotation and which statement it belongs to (not timed as search).
    statements = analysed_statements(opened)
    top_ten_rows(index, opened, statements)
    baseline_queries = QUERIES if args.quick else QUERIES[:6]
    with tempfile.TemporaryDirectory() as tmp:
        for scope in ("quotes", "sentences"):
            strings = [r.text for r in index.records(scope)]
            ours = time_ours(index, scope, repeats)
            typing = time_typing(index, scope)
            lines = Path(tmp) / f"{scope}.txt"
            write_lines(strings, lines)
            fzf_times = [fzf(q, lines)[0] for q in baseline_queries]
            rf_times = time_rapidfuzz(strings, baseline_queries)
            ours_p95 = pct(ours, 0.95) * 1000
            row(f"search {scope} ({len(strings)} records): ours p50 / p95",
                f"{pct(ours, 0.5) * 1000:.1f} / {ours_p95:.1f} ms", "p95 ≤ 16 ms")
            row(f"search {scope}: per keystroke p95", f"{pct(typing, 0.95) * 1000:.1f} ms",
                "≤ 16 ms")
            row(f"search {scope}: rapidfuzz extract p50 / p95",
                f"{pct(rf_times, 0.5) * 1000:.0f} / {pct(rf_times, 0.95) * 1000:.0f} ms "
                f"({pct(rf_times, 0.95) * 1000 / ours_p95:.0f}x ours)")
            row(f"search {scope}: fzf --filter p50 / p95",
                f"{pct(fzf_times, 0.5) * 1000:.0f} / {pct(fzf_times, 0.95) * 1000:.0f} ms "
                f"({pct(fzf_times, 0.95) * 1000 / ours_p95:.0f}x ours)")
            if scope == "sentences":
                recall_rows(index, strings, lines, quick=args.quick)


TOP_TEN_QUERY = "ترمب اتصالات مباشرة"


def analysed_statements(opened) -> tuple:
    """The corpus's statements, analysed as the app does, with the index told them."""
    from tui.store import analyse
    from tui.store.searchable import tell_index

    t = time.perf_counter()
    analysis = analyse(opened)
    tell_index(opened, analysis)
    print(f"{len(analysis.statements)} statements in {time.perf_counter() - t:.1f} s")
    return analysis.statements


def top_ten_rows(index, opened, statements) -> None:
    """The first ten results of one query as the search pane shows them (issue 17: they
    were ten copies of one sentence): how many different statements or texts, and how many
    articles carry them."""
    from tui.search.rows import collapse

    statement_of = {m.quote_id: st for st in statements for m in st.members if m.quote_id}
    order = {s.id: n for n, s in enumerate(opened.corpus.sources)}
    for scope in ("quotes", "sentences"):
        rows = collapse(index.search(TOP_TEN_QUERY, scope=scope, limit=50), index,
                        statement_of, order)[:10]
        print(f"top ten for {TOP_TEN_QUERY} ({scope}):")
        for n, found in enumerate(rows, 1):
            hit = found.hit
            print(f"  {n:2d}. {found.statement_id or '-':6s} {found.articles:5d} articles "
                  f"{hit.matched}/{hit.words} words  {' '.join(hit.record.text.split())[:80]}")
        row(f"top ten for {TOP_TEN_QUERY} ({scope}): different texts / articles behind them",
            f"{len({r.hit.record.text for r in rows})} / {sum(r.articles for r in rows)}")


def recall_rows(index, strings: list[str], lines: Path, quick: bool) -> None:
    from rapidfuzz import process

    positions = {r.id: n for n, r in enumerate(index.records("sentences"))}
    totals = {"ours": [0, 0], "rapidfuzz": [0, 0], "fzf": [0, 0]}
    detail = []
    for query, spellings in VARIANTS.items():
        wanted = relevant(strings, spellings)
        if not wanted:
            continue
        r = len(wanted)
        ours = {positions[h.record.id]
                for h in index.search(query, "sentences", limit=r, distinct=False)}
        rf = {m[2] for m in process.extract(query, strings, limit=r)}
        fz = set(fzf(query, lines)[1][:r])
        got = {"ours": ours, "rapidfuzz": rf, "fzf": fz}
        for name, found in got.items():
            totals[name][0] += len(found & wanted)
            totals[name][1] += r
        detail.append(f"{query}: R={r} " + " ".join(
            f"{name}={len(found & wanted) / r:.2f}" for name, found in got.items()))
    print("recall per variant query (sentences):\n  " + "\n  ".join(detail))
    for name, (hit, total) in totals.items():
        row(f"recall@R on variant queries: {name}", f"{hit / max(total, 1):.2f}")


if __name__ == "__main__":
    main()
