"""Benchmark: the app's cold open of everything, headless: index, grouping and facts.

    python bench/bench_cold_open.py [--quick] [--corpus PATH] [--repeat N]

What the app's analysis worker does on a folder it has never seen, in a fresh interpreter
with an empty cache folder of its own: `open_corpus(path, facts=True)` (read, extract, each
article's facts, tokenise and merge the search index), then `analyse(opened)` (link speakers,
group statements, compare facts). Without Textual, so the time is the analysis's alone
(`bench/bench_archive.py` runs the app itself under Pilot). Uses ../shared/corpora/
saudinewsnet when it is there, and says so, else the 10,000-article synthetic corpus
(--quick: 1,000).
Reports wall time, CPU of every process (user + system), the peak of the largest process,
and when each stage began.
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

from bench.bench_archive import chosen_corpus  # noqa: E402
from bench.bench_search import busy_share, row  # noqa: E402

RUN = """
import json, resource, sys, time
start = time.perf_counter()
from tui.store import analyse, open_corpus
stages = []
def progress(fraction, stage):
    if not stages or stages[-1][1] != stage:
        stages.append((round(time.perf_counter() - start, 1), stage))
opened = open_corpus(sys.argv[1], facts=True)
opened_at = time.perf_counter() - start
analysis = analyse(opened, progress=progress)
seconds = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print("COLD " + json.dumps({
    "seconds": seconds, "opened": opened_at, "phases": opened.phases, "stages": stages,
    "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
    "peak": max(me.ru_maxrss, kids.ru_maxrss) / 1024,
    "statements": len(analysis.statements), "discrepancies": len(analysis.discrepancies)}))
"""


def cold_open(path: Path, cache: Path) -> dict:
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "SUMMIT_TUI_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", RUN, str(path)], capture_output=True,
                          text=True, env=env, cwd=ROOT)
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("COLD ")]
    if not line:
        raise SystemExit(done.stderr[-3000:])
    return json.loads(line[-1][5:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="synthetic: 1,000 articles")
    parser.add_argument("--corpus", help="benchmark this folder or file instead")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    path, name = chosen_corpus(args.corpus, args.quick)
    print(f"corpus: {name} at {path}; machine {busy_share():.0%} busy before")
    tmp = Path(tempfile.mkdtemp(prefix="summit-cold-open-"))
    try:
        for _ in range(args.repeat):
            found = cold_open(path, tmp / "cache")
            steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds, _ in found["phases"])
            stages = ", ".join(f"{stage} at {at:.0f} s" for at, stage in found["stages"])
            print(f"  open: {steps}\n  analysis: {stages}")
            row(f"{name}: the app's cold open of everything, headless (index + group + facts)",
                f"{found['seconds']:.1f} s (opened at {found['opened']:.1f} s), "
                f"CPU {found['cpu']:.0f} s, peak {found['peak']:.0f} MB",
                "≤ 90 s, ≤ 1024 MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
