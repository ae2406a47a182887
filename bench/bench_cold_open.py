"""Benchmark: the app's cold open of everything, headless: index, grouping and facts.

    python bench/bench_cold_open.py [--quick] [--corpus PATH] [--repeat N] [--sample]

What the app's analysis worker does on a folder it has never seen, in a fresh interpreter
with an empty cache folder of its own: `open_corpus(path, facts=True)` (read, extract, each
article's facts, tokenise and merge the search index), then `analyse(opened)` (link speakers,
group statements, compare facts). Without Textual, so the time is the analysis's alone
(`bench/bench_archive.py` runs the app itself under Pilot). Uses ../shared/corpora/
saudinewsnet when it is there, and says so, else the 10,000-article synthetic corpus
(--quick: 1,000).
Reports wall time, CPU of every process (user + system), the peak of the largest process,
and when each stage began. --sample (Linux): every process's CPU and resident size read from
/proc every half second, reported per process (the pool's workers, the forks) and, for the
main process, its sampled peak in each stage of the analysis (a peak between two samples is
missed: `getrusage`'s peak above is the exact one).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
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


def cold_open(path: Path, cache: Path, sample: bool = False) -> dict:
    """The run's own numbers; with `sample`, also "samples": [(seconds since the start,
    {pid: (CPU seconds, resident MiB)}), …] of its process and every descendant."""
    shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "SUMMIT_TUI_CACHE_DIR": str(cache)}
    run = subprocess.Popen([sys.executable, "-c", RUN, str(path)], stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    samples: list = []
    watcher = None
    if sample:
        watcher = threading.Thread(target=_sample, args=(run, samples), daemon=True)
        watcher.start()
    out, err = run.communicate()
    if watcher is not None:
        watcher.join()
    line = [ln for ln in out.splitlines() if ln.startswith("COLD ")]
    if not line:
        raise SystemExit(err[-3000:])
    found = json.loads(line[-1][5:])
    if sample:
        found["samples"], found["pid"] = samples, run.pid
    return found


def _sample(run: subprocess.Popen, into: list, every: float = 0.5) -> None:
    """Append a sample of `run`'s processes to `into` every `every` seconds until it ends."""
    start = time.perf_counter()
    tick = os.sysconf("SC_CLK_TCK")
    page = os.sysconf("SC_PAGE_SIZE")
    while run.poll() is None:
        seen = {}
        for pid in _descendants(run.pid):
            try:
                with open(f"/proc/{pid}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue        # ended meanwhile
            # (after the name: utime and stime are fields 12 and 13, rss 22, 1-based from
            # the state)
            seen[pid] = ((int(fields[11]) + int(fields[12])) / tick,
                         int(fields[21]) * page / 2**20)
        into.append((time.perf_counter() - start, seen))
        time.sleep(every)


def _descendants(pid: int) -> list[int]:
    """`pid` and every process it started, still running, from /proc's children lists."""
    found = [pid]
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                kids = [int(k) for k in children.read().split()]
        except OSError:
            continue
        for kid in kids:
            found += _descendants(kid)
    return found


def per_process(samples: list, main: int) -> list[tuple[str, float, float, float, float]]:
    """(who, first seen, last seen, CPU while seen, peak resident MiB) of each process
    sampled, in order of first sight: "main" for `main`, else its pid. CPU is counted from
    the first sample that saw the process (a process seen once has none)."""
    rows: dict[int, list] = {}
    for at, seen in samples:
        for pid, (cpu, rss) in seen.items():
            row = rows.setdefault(pid, [at, at, cpu, cpu, rss])
            row[1], row[3], row[4] = at, cpu, max(row[4], rss)
    return [("main" if pid == main else str(pid), first, last, cpu - cpu0, peak)
            for pid, (first, last, cpu0, cpu, peak) in rows.items()]


def stage_peaks(samples: list, main: int, stages: list) -> list[tuple[str, float]]:
    """(stage, the main process's largest sampled resident MiB while it ran) for each of
    `stages` ((seconds when it began, name), in order; the last runs to the end) that has
    a sample; before the first stage is "opening"."""
    bounds = [(0.0, "opening"), *[(at, name) for at, name in stages]]
    out = []
    for n, (begin, name) in enumerate(bounds):
        end = bounds[n + 1][0] if n + 1 < len(bounds) else float("inf")
        inside = [seen[main][1] for at, seen in samples if begin <= at < end and main in seen]
        if inside:
            out.append((name, max(inside)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="synthetic: 1,000 articles")
    parser.add_argument("--corpus", help="benchmark this folder or file instead")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--sample", action="store_true",
                        help="sample every process from /proc (Linux): CPU and peaks")
    args = parser.parse_args()
    path, name = chosen_corpus(args.corpus, args.quick)
    print(f"corpus: {name} at {path}; machine {busy_share():.0%} busy before")
    tmp = Path(tempfile.mkdtemp(prefix="summit-cold-open-"))
    try:
        for _ in range(args.repeat):
            found = cold_open(path, tmp / "cache", args.sample)
            steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds, _ in found["phases"])
            stages = ", ".join(f"{stage} at {at:.0f} s" for at, stage in found["stages"])
            print(f"  open: {steps}\n  analysis: {stages}")
            if args.sample:
                for who, first, last, cpu, peak in per_process(found["samples"], found["pid"]):
                    if cpu >= 0.5 or who == "main":
                        print(f"  process {who}: {first:.0f}-{last:.0f} s, CPU {cpu:.1f} s, "
                              f"peak {peak:.0f} MiB (sampled)")
                # (the stages' times count from the run's own start, a fraction of a
                # second after the samples' first: its interpreter starting)
                peaks = stage_peaks(found["samples"], found["pid"], found["stages"])
                print("  main process's sampled peak per stage: " + ", ".join(
                    f"{name} {peak:.0f} MiB" for name, peak in peaks))
            row(f"{name}: the app's cold open of everything, headless (index + group + facts)",
                f"{found['seconds']:.1f} s (opened at {found['opened']:.1f} s), "
                f"CPU {found['cpu']:.0f} s, peak {found['peak']:.0f} MB",
                "≤ 90 s, ≤ 1024 MB")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
