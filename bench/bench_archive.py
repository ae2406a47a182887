"""Benchmark: a real archive opened as a user would, headless and in the app, cold and warm.

    python bench/bench_archive.py [--quick] [--corpus PATH] [--skip-outlets] [--skip-app]

Uses ../shared/corpora/saudinewsnet (23,552 articles in 15 daily zips of JSON, 14 outlets)
opened directly from its zip files when it is there, and says so; else the 10,000-article
synthetic corpus of bench/make_corpus.py (--quick: 1,000). Each step runs `summit-tui` in a
fresh interpreter with its own cache folder, as a user's shell would, and reports wall time
and the peak memory of the largest process:
- cold: `statements --json` with an empty cache: open, extract, group (it builds no search
  index and compares no facts); then `discrepancies --json` with another empty cache: open,
  extract, group and compare facts, all of the analysis the app makes (without its index);
- warm: `search` end to end (process start to hits printed; the first of the three builds
  the index the cold `statements` did not) and `statements` again;
- every file its own outlet: the archive written out as one .txt per article without a
  manifest, `statements --json` cold (outlets × statements must not grow);
- the app (Textual's Pilot, in a subprocess): first screen, sources listed with an article in
  the reader, analysis done, every pane's rows in, and meanwhile the longest wait for a key
  (j sent as the terminal sends it, until the sources' cursor moved) and the longest the
  UI thread's loop was held; warm cache, then cold;
- search per keystroke (p50/p95) over the archive's index, next to `fzf --filter` over the
  same sentences.
Lines starting with "ROW\\t" are the summary rows `bench/run.py` gathers into its table.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_search import QUERIES, busy_share, fzf, pct, row, write_lines  # noqa: E402

ARCHIVE = ROOT.parent / "shared" / "corpora" / "saudinewsnet"

RUN = """
import resource, sys, time, runpy
start = time.perf_counter()
sys.argv = ["summit-tui", *sys.argv[1:]]
from tui.cli import main
code = main()
seconds = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"BENCH {seconds:.3f} {me:.0f} {kids:.0f} {code}", file=sys.stderr)
"""

APP = """
import asyncio, json, resource, sys, time
start = time.perf_counter()
from textual import events
from tui.app import SummitApp
from widgets.discrepancies import DiscrepancyList
from widgets.matrix import StatementMatrix
from widgets.sources import SourceList

async def main():
    app = SummitApp(path=sys.argv[1], freeze_heap=True)   # as `summit-tui` runs it
    marks = {}
    waits = []
    lags = []

    async def watch_loop():
        # The longest the UI thread's loop was held: no key can be answered meanwhile.
        while True:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            lags.append(time.perf_counter() - before - 0.005)

    async with app.run_test(size=(160, 48)) as pilot:
        marks["first screen"] = time.perf_counter() - start
        watcher = asyncio.create_task(watch_loop())
        while True:
            screen = app.explorer
            sources = screen.query_one(SourceList)
            if "sources listed" not in marks and screen.corpus is not None \\
                    and screen.current_source is not None and sources.row_count:
                marks["sources listed"] = time.perf_counter() - start
            if "analysed" not in marks and not screen.busy:
                marks["analysed"] = time.perf_counter() - start
            if "analysed" in marks and not sources.filling \\
                    and not screen.query_one(StatementMatrix).filling \\
                    and not screen.query_one(DiscrepancyList).filling:
                marks["panes filled"] = time.perf_counter() - start
                break
            if sources.row_count < 2:
                await asyncio.sleep(0.05)    # until then, the loop's lag says it
                continue
            # A key as the terminal sends it (j: the sources' cursor down), and how long
            # until the pane has moved its cursor. (Pilot's press also waits for the app to
            # fall idle, which a pane filling a slice per frame does not.)
            row = sources.cursor_row
            sent = time.perf_counter()
            app.post_message(events.Key("j", "j"))
            while sources.cursor_row == row and time.perf_counter() - sent < 60:
                await asyncio.sleep(0.001)
            waits.append(time.perf_counter() - sent)
            await asyncio.sleep(0.2)
            if time.perf_counter() - start > 600:
                break
        watcher.cancel()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print("APP " + json.dumps({**marks, "max_key_wait": max(waits, default=0),
                                "keys": len(waits), "max_lag": max(lags, default=0),
                                "peak": peak, "kids": kids}))

asyncio.run(main())
"""


def summit(args: list[str], cache: Path, out=subprocess.DEVNULL) -> dict:
    env = {**os.environ, "SUMMIT_TUI_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", RUN, *args], stdout=out,
                          stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    line = [ln for ln in done.stderr.splitlines() if ln.startswith("BENCH ")]
    if not line:
        raise SystemExit(done.stderr[-3000:])
    seconds, me, kids, code = line[-1].split()[1:]
    return {"seconds": float(seconds), "peak": max(float(me), float(kids)), "code": int(code)}


def app_run(path: Path, cache: Path) -> dict:
    env = {**os.environ, "SUMMIT_TUI_CACHE_DIR": str(cache), "TERM": "xterm-256color"}
    done = subprocess.run([sys.executable, "-c", APP, str(path)], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("APP ")]
    if not line:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(line[-1][4:])


def one_file_per_article(corpus, target: Path) -> Path:
    """The corpus as one .txt per article, no manifest: every file its own outlet."""
    stamp = target / ".complete"
    if not stamp.exists():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for source in corpus.sources:
            (target / f"{source.id}.txt").write_text(source.text, encoding="utf-8")
        stamp.write_text("ok")
    return target


def chosen_corpus(corpus: str | None, quick: bool = False) -> tuple[Path, str]:
    """The corpus a real-archive bench runs on, and its name: `corpus` when given, else the
    shared archive when it is there, else the synthetic corpus (1,000 articles if `quick`)."""
    if corpus:
        return Path(corpus), Path(corpus).name
    if ARCHIVE.is_dir():
        return ARCHIVE, "SaudiNewsNet archive (15 zips)"
    from bench.bench_search import corpus_dir

    n = 1000 if quick else 10000
    return corpus_dir(n), f"synthetic {n}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="synthetic: 1,000 articles")
    parser.add_argument("--corpus", help="benchmark this folder or file instead")
    parser.add_argument("--skip-outlets", action="store_true")
    parser.add_argument("--skip-app", action="store_true")
    args = parser.parse_args()
    path, name = chosen_corpus(args.corpus, args.quick)
    print(f"corpus: {name} at {path}; machine {busy_share():.0%} busy before")
    tmp = Path(tempfile.mkdtemp(prefix="summit-archive-bench-"))
    try:
        cache = tmp / "cache"
        cold = summit(["statements", str(path), "--json"], cache)
        row(f"{name}: cold open + group (`statements --json`, empty cache)",
            f"{cold['seconds']:.1f} s, peak {cold['peak']:.0f} MB", "≤ 90 s, ≤ 1024 MB")
        facts = summit(["discrepancies", str(path), "--json"], tmp / "cache-facts")
        row(f"{name}: cold open + group + compare facts (`discrepancies --json`, empty cache)",
            f"{facts['seconds']:.1f} s, peak {facts['peak']:.0f} MB", "≤ 90 s, ≤ 1024 MB")
        search = [summit(["search", "وزير الخارجية", str(path)], cache) for _ in range(3)]
        best = sorted(s["seconds"] for s in search)[1]
        row(f"{name}: reopen from the cache, `search` end to end (median of 3)",
            f"{best:.2f} s, peak {max(s['peak'] for s in search):.0f} MB", "≤ 2 s")
        warm = summit(["statements", str(path), "--json"], cache)
        row(f"{name}: warm `statements --json` (groups cached)",
            f"{warm['seconds']:.1f} s, peak {warm['peak']:.0f} MB", "≤ 1024 MB")
        if not args.skip_app:
            app = app_run(path, cache)
            row(f"{name}: app, warm: first screen / sources listed + article / analysed / "
                "panes filled",
                f"{app['first screen']:.2f} / {app.get('sources listed', float('nan')):.2f} / "
                f"{app.get('analysed', float('nan')):.1f} / "
                f"{app.get('panes filled', float('nan')):.1f} s", "≤ 1 s / ≤ 3 s")
            row(f"{name}: app, warm: longest wait for a key / longest the loop was held, "
                "while loading; peak memory",
                f"{app['max_key_wait'] * 1000:.0f} ms ({app['keys']} keys) / "
                f"{app['max_lag'] * 1000:.0f} ms; "
                f"{max(app['peak'], app['kids']):.0f} MB", "≤ 1024 MB")
            cold_cache = tmp / "cache-app"
            app_cold = app_run(path, cold_cache)
            row(f"{name}: app, cold: first screen / sources listed / analysed",
                f"{app_cold['first screen']:.2f} / "
                f"{app_cold.get('sources listed', float('nan')):.1f} / "
                f"{app_cold.get('analysed', float('nan')):.1f} s; longest key wait "
                f"{app_cold['max_key_wait'] * 1000:.0f} ms, loop held "
                f"{app_cold['max_lag'] * 1000:.0f} ms; peak "
                f"{max(app_cold['peak'], app_cold['kids']):.0f} MB", "≤ 1024 MB")
        os.environ["SUMMIT_TUI_CACHE_DIR"] = str(cache)
        from tui.store import open_corpus

        opened = open_corpus(path)
        typing_rows(opened, tmp, name)
        if not args.skip_outlets:
            flat = one_file_per_article(opened.corpus,
                                        Path(tempfile.gettempdir()) / "summit-one-outlet-each")
            del opened
            outlets = summit(["statements", str(flat), "--json"], tmp / "cache-flat")
            row(f"{name}: every article its own outlet: cold `statements --json`",
                f"{outlets['seconds']:.1f} s, peak {outlets['peak']:.0f} MB", "≤ 120 s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def typing_rows(opened, tmp: Path, name: str) -> None:
    from bench.bench_search import time_typing

    index = opened.index
    for scope in ("quotes", "sentences"):
        strings = [r.text for r in index.records(scope)]
        typing = time_typing(index, scope)
        lines = tmp / f"{scope}.txt"
        write_lines(strings, lines)
        fzf_times = [fzf(q, lines)[0] for q in QUERIES[:6]] if shutil.which("fzf") else []
        fzf_cell = (f"{pct(fzf_times, 0.5) * 1000:.0f} / {pct(fzf_times, 0.95) * 1000:.0f} ms"
                    if fzf_times else "fzf not installed")
        row(f"{name}: search {scope} ({len(strings)} records) per keystroke p50 / p95; "
            "fzf --filter p50 / p95 per query",
            f"{pct(typing, 0.5) * 1000:.1f} / {pct(typing, 0.95) * 1000:.1f} ms; {fzf_cell}",
            "p95 ≤ 16 ms")


if __name__ == "__main__":
    main()
