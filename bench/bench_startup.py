"""Startup of the app (headless, to its first full screen) next to a minimal Textual app.

Each measurement is a fresh interpreter, so imports count, as they do for a user. Both programs
are measured the same way: from just before the interpreter is started to the end of the first
paint of their screen (Textual's compositor refresh). For summit-tui that is the first paint
of the whole explorer: the sources listed and the first article laid out in the reader, each at
the width it is drawn at (a paint of rows laid out before the panes had a size does not count).
summit-tui is started through the `summit-tui` command's own code (`tui.cli.main` with no
arguments), only headless and at the minimal app's size.

Byte code is compiled first, as `pip install` does: with PYTHONDONTWRITEBYTECODE set (as it is
on some machines), every start would otherwise compile our modules from source, which no
installed copy does. The two programs alternate run by run, so load on the machine falls on
both.

Wall and CPU time move with the machine's load by ±25%; `--instructions` also counts the
instructions each program executes to its first paint under valgrind's callgrind (the same
from run to run within about 0.5%), when valgrind is installed.

Run: python bench/bench_startup.py [runs] [--instructions]
"""

from __future__ import annotations

import atexit
import compileall
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MINIMAL = """
import os, time
from textual.app import App
from textual.screen import Screen
from textual.widgets import Footer, Label

class Minimal(App):
    def compose(self):
        yield Label("hello")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.exit)

paint = Screen._compositor_refresh
painted = []

def compositor_refresh(screen):
    paint(screen)
    if not painted and screen.is_current:
        painted.append(True)
        os.write(1, f"first {time.time()} {time.process_time()}\\n".encode())
        if os.environ.get("BENCH_EXIT_AT_FIRST"):
            os._exit(0)

Screen._compositor_refresh = compositor_refresh
Minimal().run(headless=True, size=(120, 40))
"""


SUMMIT = """
import asyncio, os, time
from textual.screen import Screen
from tui.app import SummitApp
from tui.screens.explorer import ExplorerScreen
import tui.cli, tui.launch

def mark(name):
    os.write(1, f"{name} {time.time()} {time.process_time()}\\n".encode())

def full(screen):
    # The sources listed and the first article laid out, both at the width they are drawn at.
    sources, reader = screen.query_one("#sources"), screen.query_one("#reader")
    return bool(sources.row_count and sources._width == sources.size.width
                and reader.source and reader.document is not None
                and reader._width == reader.scrollable_content_region.width)

# The first frame is the end of the first paint of the explorer that shows all of that.
paint = Screen._compositor_refresh
painted = []

def compositor_refresh(screen):
    paint(screen)
    if not painted and isinstance(screen, ExplorerScreen) and screen.is_current:
        if full(screen):
            painted.append(True)
            mark("first")
            if os.environ.get("BENCH_EXIT_AT_FIRST"):
                os._exit(0)
        else:
            mark("partial")

Screen._compositor_refresh = compositor_refresh

async def auto(pilot):
    app = pilot.app
    while not (isinstance(app.screen, ExplorerScreen) and app.screen.is_mounted):
        await asyncio.sleep(0.001)
    while app.screen.busy:
        await asyncio.sleep(0.002)
    mark("ready")
    app.exit()

# `summit-tui` as typed, with no terminal: headless at a fixed size, driven by `auto`.
tui.launch.terminal_problem = lambda: None
run = SummitApp.run
SummitApp.run = lambda app: run(app, headless=True, size=(120, 40), auto_pilot=auto)
tui.cli.main([])
"""


# The app as a new user starts it: no saved settings (so the default bidi mode, visual, in
# which the app shapes and orders Arabic itself). Saved logical mode never shapes, and would
# measure a cheaper start than most users get.
# Its own cache folder too: the first run (the warm-up) parses Textual's stylesheets and keeps
# them there, as any start does for the next; `first_start` measures a start without them.
FRESH_CONFIG = tempfile.mkdtemp(prefix="summit-bench-config-")
FRESH_CACHE = tempfile.mkdtemp(prefix="summit-bench-cache-")
for folder in (FRESH_CONFIG, FRESH_CACHE):
    atexit.register(shutil.rmtree, folder, True)


def environment(cache: str = FRESH_CACHE) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["SUMMIT_TUI_CONFIG_DIR"] = FRESH_CONFIG
    env["SUMMIT_TUI_CACHE_DIR"] = cache
    return env


def run(code: str) -> dict[str, tuple[float, float]]:
    """{mark: (wall seconds since launch, CPU seconds of the process)}."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=environment())
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    marks = {}
    for line in done.stdout.splitlines():
        name, wall, cpu = line.split()
        marks.setdefault(name, (float(wall) - start, float(cpu)))
    if "first" not in marks:
        raise SystemExit("summit-tui never drew the sources listed and an article laid out")
    return marks


def instructions(code: str, first_start: bool = False) -> int | None:
    """Instructions executed from launch to the first paint, or None without valgrind.
    `first_start`: with an empty cache folder (no stylesheets kept from an earlier start)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        cache = f"{scratch}/cache" if first_start else FRESH_CACHE
        done = subprocess.run(
            [valgrind, "--tool=callgrind", f"--callgrind-out-file={scratch}/out",
             sys.executable, "-c", code],
            capture_output=True, text=True, cwd=ROOT,
            env={**environment(cache), "BENCH_EXIT_AT_FIRST": "1"})
    found = re.search(r"Collected : (\d+)", done.stderr)
    return int(found.group(1)) if found else None


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 5
    for package in ("tui", "widgets", "seeds"):
        compileall.compile_dir(ROOT / package, quiet=1)
    run(MINIMAL), run(SUMMIT)   # warm the file cache and write byte code for both
    minimal, summit = [], []
    for _ in range(runs):
        minimal.append(run(MINIMAL))
        summit.append(run(SUMMIT))
    wall = lambda rows, key: statistics.median(r[key][0] for r in rows)
    cpu = lambda rows, key: statistics.median(r[key][1] for r in rows)
    print(f"runs: {runs} each, alternating (medians; wall from launch, CPU of the process)")
    print(f"minimal Textual app, first screen          : {wall(minimal, 'first'):.3f} s "
          f"(CPU {cpu(minimal, 'first'):.3f} s)")
    print(f"summit-tui, first full screen              : {wall(summit, 'first'):.3f} s "
          f"(CPU {cpu(summit, 'first'):.3f} s)")
    print(f"summit-tui, quotes, statements, search ready: {wall(summit, 'ready'):.3f} s")
    ratio = wall(summit, "first") / wall(minimal, "first")
    cpu_ratio = cpu(summit, "first") / cpu(minimal, "first")
    print(f"ratio: {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU")
    print(f"ROW\tstartup: minimal Textual app, first screen\t{wall(minimal, 'first'):.2f} s\t")
    print(f"ROW\tstartup: summit-tui, first full screen (sources + article)\t"
          f"{wall(summit, 'first'):.2f} s ({ratio:.2f}x; CPU {cpu_ratio:.2f}x)\t≤ 1.3x")
    print(f"ROW\tstartup: summit-tui, analysis and search ready\t{wall(summit, 'ready'):.2f} s\t")
    if "--instructions" in sys.argv:
        counts = instructions(MINIMAL), instructions(SUMMIT)
        if None in counts:
            print("instructions: valgrind is not installed (or a run failed)")
        else:
            ratio = counts[1] / counts[0]
            print(f"instructions to the first paint: minimal {counts[0] / 1e6:.0f} M, "
                  f"summit-tui {counts[1] / 1e6:.0f} M ({ratio:.2f}x)")
            print(f"ROW\tstartup: instructions to the first paint (callgrind), minimal / "
                  f"summit-tui\t{counts[0] / 1e6:.0f} M / {counts[1] / 1e6:.0f} M "
                  f"({ratio:.2f}x)\t≤ 1.3x")
            first = instructions(SUMMIT, first_start=True)
            if first is not None:
                print(f"instructions, a first start ever (no stylesheets kept yet): "
                      f"{first / 1e6:.0f} M ({first / counts[0]:.2f}x)")
                print(f"ROW\tstartup: instructions, first start ever (stylesheets not yet "
                      f"kept)\t{first / 1e6:.0f} M ({first / counts[0]:.2f}x)\t")


if __name__ == "__main__":
    main()
