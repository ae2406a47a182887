"""Start-up as a user sees it: wall time from launch to the first full paint, next to a bare
Textual app.

Two programs, each a fresh interpreter that exits (`os._exit`) as soon as its first full
screen is painted, so the whole process's wall time is the time to that paint:

* `minimal`: a Label and Textual's Footer; its first screen is its first paint.
* `summit`: `summit-tui` as typed (`tui.cli.main([])`, the bundled seeds, a new user's
  settings), headless at the same size; its first full screen is the explorer with the
  sources listed and the first article laid out, both at the width they are drawn at.

"Painted" is Textual's public `call_after_refresh`: its callbacks run once the screen has
no pending layout or repaint, so a check that finds the full screen there finds it drawn.

    python bench/bench_startup.py [runs] [--instructions]   # both, alternating; medians
    python bench/bench_startup.py --program summit|minimal  # one start, for outside timers

The runs alternate (minimal, summit, minimal, …) so load on the machine falls on both, and
the ratio is the median of the pairs' ratios. Byte code is compiled first, as `pip install`
does. `--instructions` also counts instructions to the first paint under valgrind's
callgrind (with a fixed hash seed they repeat exactly), when valgrind is installed.
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


def minimal() -> None:
    from textual.app import App
    from textual.widgets import Footer, Label

    class Minimal(App):
        def compose(self):
            yield Label("hello")
            yield Footer()

        def on_mount(self) -> None:
            self.call_after_refresh(os._exit, 0)

    Minimal().run(headless=True, size=(120, 40))


def summit() -> None:
    import gc

    gc.disable()        # what `summit-tui` does before it imports the app (tui.cli._open_app)
    import tui.app
    import tui.cli
    import tui.launch
    from tui.screens.explorer import ExplorerScreen

    def full(screen) -> bool:
        sources, reader = screen.query_one("#sources"), screen.query_one("#reader")
        return bool(sources.row_count and sources.laid_width == sources.size.width
                    and reader.document is not None
                    and reader.laid_width == reader.scrollable_content_region.width)

    class Timed(tui.app.SummitApp):
        def on_mount(self) -> None:
            self.call_after_refresh(self.check)

        def check(self) -> None:
            screen = self.screen
            if isinstance(screen, ExplorerScreen) and screen.is_mounted and full(screen):
                os._exit(0)
            self.call_after_refresh(self.check)

        def run(self, **kwargs):
            return super().run(headless=True, size=(120, 40))

    tui.launch.terminal_problem = lambda: None   # no terminal needed: headless
    tui.app.SummitApp = Timed                     # what `launch` makes
    tui.cli.main([])
    raise SystemExit("summit-tui ended before its first full screen")


PROGRAMS = {"minimal": minimal, "summit": summit}

_FRESH: dict[str, str] = {}


def environment() -> dict[str, str]:
    """The app as a new user starts it: no saved settings (so the default bidi mode, visual,
    in which the app shapes and orders Arabic itself), an empty cache folder of its own.
    The folders are made once, by the timing process: the timed ones end with os._exit,
    which skips atexit, so folders they made would be left behind."""
    if not _FRESH:
        for name in ("config", "cache"):
            _FRESH[name] = tempfile.mkdtemp(prefix=f"summit-bench-{name}-")
            atexit.register(shutil.rmtree, _FRESH[name], True)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["SUMMIT_TUI_CONFIG_DIR"] = _FRESH["config"]
    env["SUMMIT_TUI_CACHE_DIR"] = _FRESH["cache"]
    return env


def command(program: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--program", program]


def wall(program: str) -> float:
    """Seconds from starting the program to its exit (at its first full paint)."""
    start = time.perf_counter()
    done = subprocess.run(command(program), capture_output=True, text=True, cwd=ROOT,
                          env=environment())
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{program}: exit status {done.returncode}\n{done.stderr[-3000:]}")
    return seconds


def instructions(program: str) -> int | None:
    """Instructions executed from launch to the first paint, or None without valgrind."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            [valgrind, "--tool=callgrind", f"--callgrind-out-file={scratch}/out",
             *command(program)], capture_output=True, text=True, cwd=ROOT,
            env={**environment(), "PYTHONHASHSEED": "0"})   # set and dict order repeat
    found = re.search(r"Collected : (\d+)", done.stderr)
    return int(found.group(1)) if found else None


def main() -> None:
    if "--program" in sys.argv:
        sys.path.insert(0, str(ROOT))
        PROGRAMS[sys.argv[sys.argv.index("--program") + 1]]()
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    runs = int(args[0]) if args else 11
    for package in ("tui", "widgets", "seeds"):
        compileall.compile_dir(ROOT / package, quiet=1)
    wall("minimal"), wall("summit")   # warm the file cache and write byte code for both
    pairs = [(wall("minimal"), wall("summit")) for _ in range(runs)]
    base = statistics.median(m for m, _ in pairs)
    ours = statistics.median(s for _, s in pairs)
    ratio = statistics.median(s / m for m, s in pairs)
    print(f"runs: {runs} each, alternating; wall time of the whole process to its first "
          "full paint (median; ratio: median of the pairs' ratios)")
    print(f"minimal Textual app : {base:.3f} s")
    print(f"summit-tui          : {ours:.3f} s")
    print(f"ratio               : {ratio:.2f}x")
    print(f"ROW\tstartup: minimal Textual app, first paint (wall)\t{base:.2f} s\t")
    print(f"ROW\tstartup: summit-tui, first full paint (wall)\t{ours:.2f} s "
          f"({ratio:.2f}x)\t≤ 1.5x")
    if "--instructions" in sys.argv:
        counts = instructions("minimal"), instructions("summit")
        if None in counts:
            print("instructions: valgrind is not installed (or a run failed)")
        else:
            share = counts[1] / counts[0]
            print(f"instructions to the first paint: minimal {counts[0] / 1e6:.0f} M, "
                  f"summit-tui {counts[1] / 1e6:.0f} M ({share:.2f}x)")
            print(f"ROW\tstartup: instructions to the first paint (callgrind), minimal / "
                  f"summit-tui\t{counts[0] / 1e6:.0f} M / {counts[1] / 1e6:.0f} M "
                  f"({share:.2f}x)\t")


if __name__ == "__main__":
    main()
