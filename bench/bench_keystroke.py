"""Benchmark: search per keystroke only, over a corpus opened once (from the cache when warm).

    python bench/bench_keystroke.py [--corpus PATH] [--rounds N] [--slowest K]

The `search per keystroke` part of bench/bench_archive.py without its cold opens, app runs and
fzf baseline, so that a change to the query code can be measured before/after in minutes:
it opens ../shared/corpora/saudinewsnet (else the 10,000-article synthetic corpus) with
`open_corpus` (set SUMMIT_TUI_CACHE_DIR to reuse a warm cache; the first run builds it), then
types every query of bench/bench_search.QUERIES one key at a time, as the search pane does
(`time_typing`), `--rounds` times, and reports p50/p95 per scope and the slowest keystrokes.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_archive import chosen_corpus  # noqa: E402
from bench.bench_search import busy_share, pct, typed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="this folder or file instead of the archive")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=8)
    args = parser.parse_args()
    path, _ = chosen_corpus(args.corpus)
    from tui.store import open_corpus

    t = time.perf_counter()
    opened = open_corpus(path)
    index = opened.index
    print(f"corpus {path}: opened in {time.perf_counter() - t:.1f} s; "
          f"machine {busy_share():.0%} busy before")
    for scope in ("quotes", "sentences"):
        samples = [s for _ in range(args.rounds) for s in typed(index, scope)]
        times = [s for s, _ in samples]
        print(f"{scope} ({len(index.records(scope))} records): per keystroke p50 / p95 "
              f"{pct(times, 0.5) * 1000:.1f} / {pct(times, 0.95) * 1000:.1f} ms "
              f"({len(times)} keystrokes)")
        worst = sorted(samples, reverse=True)[:args.slowest]
        print("  slowest: " + ", ".join(f"{q!r} {s * 1000:.1f}" for s, q in worst))


if __name__ == "__main__":
    main()
