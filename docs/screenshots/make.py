"""Regenerate the README screenshots: python docs/screenshots/make.py

Runs the app headless on the bundled seeds with isolated settings and saves SVGs here.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))


async def _settle(pilot) -> None:
    from tui.screens.explorer import ExplorerScreen

    explorer = next(s for s in pilot.app.screen_stack if isinstance(s, ExplorerScreen))
    while explorer.busy:
        await pilot.pause(0.05)
    await pilot.pause(0.3)


async def explorer(path: Path) -> None:
    from tui.app import SummitApp

    app = SummitApp()
    async with app.run_test(size=(150, 42)) as pilot:
        await _settle(pilot)
        await pilot.press("slash", *"ترمب")
        await pilot.pause(0.5)
        await _settle(pilot)
        await pilot.press("down", "enter")
        await pilot.pause(0.5)
        app.save_screenshot(filename=path.name, path=str(path.parent))


async def compare(path: Path) -> None:
    from tui.app import SummitApp

    app = SummitApp()
    async with app.run_test(size=(130, 34)) as pilot:
        await _settle(pilot)
        await pilot.press("4", "down", "enter")
        await pilot.pause(0.5)
        app.save_screenshot(filename=path.name, path=str(path.parent))


# The cells are already in display order (visual mode); without this a browser would run
# the bidi algorithm over each SVG text run and reverse the Arabic a second time.
NO_REORDER = "<style>\n    text { unicode-bidi: bidi-override; direction: ltr; }\n"


def keep_cell_order(path: Path) -> None:
    svg = path.read_text(encoding="utf-8")
    if NO_REORDER not in svg:
        path.write_text(svg.replace("<style>\n", NO_REORDER, 1), encoding="utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        os.environ["SUMMIT_TUI_CONFIG_DIR"] = str(Path(home) / "config")
        os.environ["SUMMIT_TUI_CACHE_DIR"] = str(Path(home) / "cache")
        asyncio.run(explorer(HERE / "explorer.svg"))
        asyncio.run(compare(HERE / "compare.svg"))
    for name in ("explorer.svg", "compare.svg"):
        keep_cell_order(HERE / name)
    print("wrote", HERE / "explorer.svg", HERE / "compare.svg")


if __name__ == "__main__":
    main()
