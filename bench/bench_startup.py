"""Startup time of the app (headless, to its first full screen) next to a minimal Textual app.

Each measurement is a fresh interpreter, so imports count, as they do for a user.
Run: python bench/bench_startup.py [runs]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

MINIMAL = """
from textual.app import App
from textual.widgets import Footer, Label
class Minimal(App):
    def compose(self):
        yield Label("hello")
        yield Footer()
    def on_mount(self):
        self.call_after_refresh(self.exit)
Minimal().run(headless=True, size=(120, 40))
"""

SUMMIT = """
import asyncio, os, time
from tui.app import SummitApp
from tui.screens.explorer import ExplorerScreen

def mark(name):
    os.write(1, f"{name} {time.time()}\\n".encode())

async def painted(app):
    refreshed = asyncio.Event()
    app.call_after_refresh(refreshed.set)
    await refreshed.wait()

async def auto(pilot):
    app = pilot.app
    # As `summit-tui` starts: the folder (the seeds) is read inside the app.
    while not (isinstance(app.screen, ExplorerScreen) and app.screen.is_mounted):
        await asyncio.sleep(0.001)
    await painted(app)
    mark("first")
    while not app.screen.query_one("#sources").row_count:
        await asyncio.sleep(0.002)
    await painted(app)
    mark("sources")
    while app.screen.busy:
        await asyncio.sleep(0.002)
    mark("ready")
    app.exit()

SummitApp().run(headless=True, size=(120, 40), auto_pilot=auto)
"""


def run(code: str) -> tuple[float, dict[str, float]]:
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    total = time.time() - start
    marks = {}
    for line in done.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first", "sources", "ready"):
            marks[name] = float(value) - start
    return total, marks


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    minimal = [run(MINIMAL)[0] for _ in range(runs)]
    summit = [run(SUMMIT)[1] for _ in range(runs)]
    print(f"runs: {runs} (median seconds, fresh interpreter each)")
    print(f"minimal Textual app, {'first screen and exit':<40}: "
          f"{statistics.median(minimal):.3f}")
    for key, what in (("first", "first full screen (panes, progress bar)"),
                      ("sources", "sources listed and first article shown"),
                      ("ready", "quotes, statements and search ready")):
        print(f"summit-tui, {what:<40}: {statistics.median(m[key] for m in summit):.3f}")


if __name__ == "__main__":
    main()
