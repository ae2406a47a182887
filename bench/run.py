"""Run every benchmark in bench/ and print one table.

    python bench/run.py [--quick] [--only NAME ...]

Each `bench/bench_*.py` runs in its own interpreter (so one's imports and memory do not
colour another's). A benchmark's lines that start with "ROW<tab>metric<tab>value<tab>target"
go into the table; everything else it prints is shown under its name as it ran.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Arguments for benchmarks that do not take --quick themselves: (full run, quick run).
ARGUMENTS = {
    "bench_startup": (["11", "--instructions"], ["5"]),
    "bench_grouping": (["1000", "10000"], ["200", "1000"]),
}


def accepts_quick(path: Path) -> bool:
    return "--quick" in path.read_text(encoding="utf-8")


def command(path: Path, quick: bool) -> list[str]:
    name = path.stem
    if name in ARGUMENTS:
        return [sys.executable, str(path), *ARGUMENTS[name][1 if quick else 0]]
    return [sys.executable, str(path), *(["--quick"] if quick and accepts_quick(path) else [])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora, fewer repeats")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only these benchmarks (e.g. bench_search)")
    args = parser.parse_args()
    paths = sorted(HERE.glob("bench_*.py"))
    if args.only:
        paths = [p for p in paths if p.stem in args.only or p.stem[6:] in args.only]
    table: list[tuple[str, str, str, str]] = []
    failed = []
    for path in paths:
        print(f"== {path.stem}", flush=True)
        started = time.perf_counter()
        process = subprocess.Popen(command(path, args.quick), stdout=subprocess.PIPE,
                                   text=True, encoding="utf-8", cwd=HERE.parent)
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("ROW\t"):
                parts = (line.rstrip("\n").split("\t") + ["", "", ""])[1:4]
                table.append((path.stem[6:], *parts))
            else:
                print("   " + line.rstrip("\n"), flush=True)
        if process.wait():
            failed.append(path.stem)
            print(f"   (exit status {process.returncode})")
        print(f"   ({time.perf_counter() - started:.0f} s)")
    print_table(table)
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    if not rows:
        return
    headers = ("bench", "measure", "value", "target")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    print()
    print(line(headers))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


if __name__ == "__main__":
    sys.exit(main())
