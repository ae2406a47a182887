"""Benchmark: extraction's CPU time per article, of this tree against others, alternating.

    python bench/bench_extract.py [--synthetic N] [--dir FOLDER] [--rounds R] [--passes P]
                                  [--worker] [TREE ...]

Each TREE is a checkout of summit-tui (a git worktree: `git worktree add /tmp/old 538a5c4`);
this tree is always measured, first. For each corpus (the synthetic one of
`bench/bench_grouping.py`, N articles, default 2,000; and each --dir folder, such as
tests/fixtures/realnews/dev), R rounds (default 3) run every tree in turn, each in a fresh
interpreter: it loads the corpus, extracts its first 20 articles (imports, first caches),
then extracts all of them P times (default 2) and reports the fastest pass, in CPU
(process) time per article, so another load on the machine weighs on each tree alike. The
second pass finds every subject phrase of the first in the parser's memo and every word in
the caches: --passes 1 measures what a worker does with articles it has not seen (a cold
open), about twice the time per article on tests/fixtures/realnews/dev.
Printed: each run, then per tree the median and the best of its rounds, and their ratios
to this tree. With --worker, each pass does what a worker of the open's pool does per
article (extract, its record plan, its facts) and reports the three apart; the tree must
have them. Code from before `extract_quotes(source)` took the article alone (it took a
registry, made from the corpus beforehand) is measured without the registry's making.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs inside each tree's own interpreter: prints "ms" values, one per measured part.
_ONE_RUN = r"""
import inspect, os, sys, time
tree, kind, arg, passes, worker = sys.argv[1:6]
sys.path.insert(0, tree)
os.chdir(tree)
from bench.bench_grouping import synthetic_corpus
from tui.corpus import load_corpus
corpus = synthetic_corpus(int(arg)) if kind == "synthetic" else load_corpus(arg)
from tui.quotes import attribute
extract = attribute.extract_quotes
if len(inspect.signature(extract).parameters) > 1:
    from tui.quotes.analysis import registry_for
    registry = registry_for(corpus)
    run = lambda source: extract(source, registry)
else:
    run = extract
sources = corpus.sources
for source in sources[:20]:
    run(source)
if worker == "1":
    from tui.quotes.analysis import record_plan
    from tui.quotes.discrepancies import article_facts
    from tui.quotes.features import Wordings
best = None
for _ in range(int(passes)):
    spent = [0.0, 0.0, 0.0]
    wordings, memo = (Wordings(), {}) if worker == "1" else (None, None)
    for source in sources:
        t0 = time.process_time()
        quotes = run(source)
        t1 = time.process_time()
        spent[0] += t1 - t0
        if worker == "1":
            record_plan(source, quotes, wordings)
            t2 = time.process_time()
            article_facts(source, memo)
            spent[1] += t2 - t1
            spent[2] += time.process_time() - t2
    best = spent if best is None else [min(a, b) for a, b in zip(best, spent)]
parts = best if worker == "1" else best[:1]
print(" ".join(f"{1000 * t / len(sources):.3f}" for t in parts))
"""


def _run(tree: str, kind: str, arg: str, passes: int, worker: bool) -> list[float]:
    out = subprocess.run([sys.executable, "-c", _ONE_RUN, tree, kind, arg, str(passes),
                          "1" if worker else "0"],
                         capture_output=True, text=True, check=True).stdout
    return [float(x) for x in out.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", help="other checkouts to compare with this one")
    parser.add_argument("--synthetic", type=int, default=None, metavar="N")
    parser.add_argument("--dir", action="append", default=[], metavar="FOLDER")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--worker", action="store_true",
                        help="also each article's record plan and facts")
    args = parser.parse_args()
    trees = [str(ROOT)] + [str(Path(t).resolve()) for t in args.trees]
    corpora = [("synthetic", str(args.synthetic or 2000))] if args.synthetic or not args.dir \
        else []
    corpora += [("dir", str(Path(d).resolve())) for d in args.dir]
    parts = ("extract", "plan", "facts") if args.worker else ("extract",)
    for kind, arg in corpora:
        print(f"== {kind} {arg}")
        times: dict[str, list[list[float]]] = {tree: [] for tree in trees}
        for _ in range(args.rounds):
            for tree in trees:
                found = _run(tree, kind, arg, args.passes, args.worker)
                times[tree].append(found)
                print(f"{tree}: " + ", ".join(f"{p} {t:.3f}" for p, t in zip(parts, found))
                      + " ms/article", flush=True)
        for n, part in enumerate(parts):
            mine = [r[n] for r in times[trees[0]]]
            for tree in trees:
                values = [r[n] for r in times[tree]]
                median, best = statistics.median(values), min(values)
                print(f"{part} {tree}: median {median:.3f}, best {best:.3f} ms/article "
                      f"({median / statistics.median(mine):.2f}x, {best / min(mine):.2f}x "
                      "this tree's)")


if __name__ == "__main__":
    main()
