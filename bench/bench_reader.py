"""Reader frames on a 1 MB article: layout work per frame after the first, scrolling by page
and resizing, through the Reader widget (headless) and through its LazyDocument alone.

    python bench/bench_reader.py [--quick] [--freeze]

A frame's layout time is what the reader does for one screen: lay out the paragraphs it
shows (and a small margin) and draw their lines as strips. Idle-time refinement is switched
off so that every frame meets cold paragraphs (the worst case: a user paging faster than the
refinement). "Before" is the old reader, which laid out the whole source per width
(tui.text.document.source_lines) before drawing anything; its resize frames are timed with
the paragraph analysis warm (only wrapping redone), as a resize found it.
Target (issue 6): each frame's layout <= 16 ms after the first.

Times are this thread's CPU time (the shared machine is loaded; wall time is shown too), with
the garbage collector on as the app runs it: a full (generation 2) collection that runs during
a frame is part of that frame. Such a collection walks every object the collector tracks, so
its pause grows with the heap: the app's own (Textual's) and what the caches keep. layout()'s
caches keep plain tuples (untracked) rather than an object per character, and the reader keeps
a few screens of drawn lines. The ROW lines are the reader widget's frames with refinement off
(every frame meets cold paragraphs); full collections that ran anywhere during its frames and
the pauses between them (Textual drawing the screen) are counted in a row of their own.
--freeze adds a run in an app that froze its heap once started (gc.collect(); gc.freeze()):
what such a full collection then costs.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from bench.bench_layout import big_article, seed_paragraphs  # noqa: E402
from tui.corpus.model import Body, Paragraph, Source  # noqa: E402
from tui.text.direction import base_direction  # noqa: E402
from tui.text.document import LazyDocument, source_lines  # noqa: E402
from tui.text.layout import clear_cache  # noqa: E402
from widgets.reader import MARGIN  # noqa: E402

WIDTH, HEIGHT = 80, 40   # the terminal; the reader gets what its scrollbar leaves
TARGET_MS = 16.0
IDLE = 0.1  # between frames in the "idle" run: a quick reader's page-down rhythm


def article_source() -> Source:
    texts = big_article(seed_paragraphs())
    paragraphs, start = [], 0
    for n, text in enumerate(texts):
        paragraphs.append(Paragraph(f"big/p{n}", "big", n, start, start + len(text),
                                    base_direction(text), ()))
        start += len(text) + 1
    return Source("big", "big.txt", "مقال من مليون بايت", "Source X", ("ar",),
                  Body("\n".join(texts), tuple(paragraphs)))


def cold() -> None:
    clear_cache()


class Meter:
    """Per frame: wall time, this thread's CPU time (steady on a loaded machine) and the
    time spent in full (generation 2) garbage collections that ran during the frame."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []
        self.gc: list[float] = []
        self._gc_started = 0.0
        self._gc_spent = 0.0

    def _on_gc(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self._gc_spent += time.perf_counter() - self._gc_started

    def start(self) -> None:
        self._gc_spent = 0.0
        gc.callbacks.append(self._on_gc)
        self._wall, self._cpu = time.perf_counter(), time.thread_time()

    def stop(self, extra_cpu: float = 0.0, extra_wall: float = 0.0) -> None:
        self.wall.append(time.perf_counter() - self._wall + extra_wall)
        self.cpu.append(time.thread_time() - self._cpu + extra_cpu)
        gc.callbacks.remove(self._on_gc)
        self.gc.append(self._gc_spent)


class FullCollections:
    """Every full collection between start() and stop(), wherever it ran: its wall time."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def _on_gc(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append(time.perf_counter() - self._started)

    def start(self) -> None:
        gc.callbacks.append(self._on_gc)

    def stop(self) -> None:
        gc.callbacks.remove(self._on_gc)


def stats(samples: list[float]) -> tuple[float, float, float]:
    """Median, p95 and max in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def document_frames(source: Source, frames: int) -> dict[str, Meter]:
    """LazyDocument alone: ensure() the window and fetch its lines, per frame."""
    out = {name: Meter() for name in ("first", "page", "resize")}
    width, height = WIDTH - 2, HEIGHT
    cold()
    doc = LazyDocument(source)
    out["first"].start()
    top = doc.ensure(width, 0, height + MARGIN)
    for row in range(top, top + height):
        doc.line(width, *doc.locate(width, row))
    out["first"].stop()
    for _ in range(frames):
        out["page"].start()
        top = doc.ensure(width, top + height, height + MARGIN)
        for row in range(top, top + height):
            doc.line(width, *doc.locate(width, row))
        out["page"].stop()
    for n in range(frames):
        new_width = width - 1 - n % 40  # a resize drag: a new width every frame
        out["resize"].start()
        anchor = doc.anchor(width, top)
        top = doc.ensure(new_width, doc.row_of_anchor(new_width, anchor), height + MARGIN)
        for row in range(top, top + height):
            doc.line(new_width, *doc.locate(new_width, row))
        out["resize"].stop()
        width = new_width
    return out


async def widget_frames(source: Source, frames: int, idle: float | None = None,
                        freeze: bool = False) -> dict[str, Meter]:
    """The Reader in a headless app: scroll or resize, then draw every row of the screen.

    idle=None: refinement off, frames back to back. Otherwise refinement on and `idle`
    seconds between frames (a reader paging, a key repeating): its steps prefetch the
    pages either side. freeze: what an app could do once started (gc.collect(), then
    gc.freeze()), so that full collections leave the heap it had then alone."""
    from textual.app import ComposeResult

    from widgets.arabic import ArabicApp
    from widgets.reader import Reader

    class ReaderApp(ArabicApp):
        def compose(self) -> ComposeResult:
            yield Reader()

    out = {name: Meter() for name in ("first", "page", "resize")}
    out["pauses"] = pauses = FullCollections()
    cold()
    app = ReaderApp()
    async with app.run_test(size=(WIDTH, HEIGHT)) as pilot:
        if freeze:
            gc.collect()
            gc.freeze()
        reader = app.query_one(Reader)
        if idle is None:
            reader._schedule_refine = lambda: None  # every frame meets cold paragraphs

        def draw() -> None:
            for y in range(reader.scrollable_content_region.height):
                reader.render_line(y)

        out["first"].start()
        reader.show(source)
        draw()
        out["first"].stop()
        await pilot.pause()
        pauses.start()
        for _ in range(frames):
            out["page"].start()
            reader.scroll_to(y=reader.scroll_y + reader.scrollable_content_region.height,
                             animate=False)
            draw()
            out["page"].stop()
            await pilot.pause(idle)
        # A resize arrives as an event: its reflow is timed where it runs, then the draw.
        reflow = reader._reflow
        spent = [0.0, 0.0, 0.0]  # wall, CPU, full GC inside reflows

        def timed_reflow(*args) -> None:
            meter = Meter()
            meter.start()
            reflow(*args)
            meter.stop()
            spent[0] += meter.wall[0]
            spent[1] += meter.cpu[0]
            spent[2] += meter.gc[0]

        reader._reflow = timed_reflow
        for n in range(frames):
            spent[:] = [0.0, 0.0, 0.0]
            await pilot.resize_terminal(WIDTH - 1 - n % 40, HEIGHT)
            await pilot.pause(idle)
            reader._segments.clear()  # the pause drew the frame; draw it again, timed
            out["resize"].start()
            draw()
            out["resize"].stop(extra_cpu=spent[1], extra_wall=spent[0])
            out["resize"].gc[-1] += spent[2]
        pauses.stop()
    gc.unfreeze()
    return out


def before_frames(source: Source, frames: int) -> dict[str, Meter]:
    """The old reader: source_lines for the whole article per width."""
    out = {name: Meter() for name in ("first", "page", "resize")}
    width = WIDTH - 2
    cold()
    out["first"].start()
    source_lines(source, width)
    out["first"].stop()
    for _ in range(frames):  # everything was laid out already: nothing per page
        out["page"].start()
        out["page"].stop()
    for n in range(frames):
        out["resize"].start()
        source_lines(source, width - 1 - n)
        out["resize"].stop()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 frames, 2 old-reader resizes")
    parser.add_argument("--freeze", action="store_true",
                        help="also the reader widget in an app that froze its heap once started")
    args = parser.parse_args()
    frames = 20 if args.quick else 50
    source = article_source()
    size = len(source.text.encode("utf-8"))
    print(f"article: {size:,} bytes, {len(source.text):,} characters, "
          f"{len(source.paragraphs):,} paragraphs; terminal {WIDTH}x{HEIGHT}; "
          f"{frames} frames after the first")
    results = {
        "reader widget": asyncio.run(widget_frames(source, frames)),
        f"widget, {IDLE * 1000:.0f} ms idle": asyncio.run(widget_frames(source, frames, IDLE)),
        **({"widget, app heap frozen": asyncio.run(widget_frames(source, frames, freeze=True))}
           if args.freeze else {}),
        "LazyDocument": document_frames(source, frames),
        "before (whole source)": before_frames(source, 2 if args.quick else 3),
    }
    head = f"{'CPU ms (thread)':<24}{'first':>8}{'page med':>10}{'p95':>8}{'max':>8}" \
           f"{'resize med':>12}{'p95':>8}{'max':>8}{'full GCs':>10}{'wall page/resize p95':>22}"
    print(head)
    print("-" * len(head))
    for name, result in results.items():
        page, resize = stats(result["page"].cpu), stats(result["resize"].cpu)
        collections = sum(1 for t in result["page"].gc + result["resize"].gc if t)
        print(f"{name:<24}{result['first'].cpu[0] * 1000:>8.1f}"
              f"{page[0]:>10.2f}{page[1]:>8.2f}{page[2]:>8.2f}"
              f"{resize[0]:>12.2f}{resize[1]:>8.2f}{resize[2]:>8.2f}{collections:>10}"
              f"{stats(result['page'].wall)[1]:>12.1f}/{stats(result['resize'].wall)[1]:.1f}")
    for name, result in results.items():
        if "pauses" in result:
            pauses = result["pauses"].pauses
            inside = sum(1 for t in result["page"].gc + result["resize"].gc if t)
            print(f"{name}: {len(pauses)} full collections over its {2 * frames} frames and "
                  f"the pauses between them ({inside} inside a timed frame), "
                  f"longest {max(pauses, default=0) * 1000:.0f} ms")
    widget = results["reader widget"]
    pauses = widget["pauses"].pauses
    before = results["before (whole source)"]
    for label, name in (("page", "page-down"), ("resize", "resize")):
        median, p95, _ = stats(widget[label].cpu)
        print(f"ROW\treader 1 MB: {name} frame CPU p95 (median), GC on\t"
              f"{p95:.1f} ms ({median:.1f})\t≤ {TARGET_MS:.0f} ms", flush=True)
    print(f"ROW\treader 1 MB: first screen CPU (before)\t{widget['first'].cpu[0] * 1000:.0f} ms "
          f"({before['first'].cpu[0] * 1000:.0f} ms)\t-", flush=True)
    print(f"ROW\treader 1 MB: full collections in {2 * frames} frames (longest pause)\t"
          f"{len(pauses)} ({max(pauses, default=0) * 1000:.0f} ms)\t-", flush=True)
    print(f"ROW\treader 1 MB: resize before (whole source)\t"
          f"{statistics.median(before['resize'].cpu) * 1000:.0f} ms\t≤ {TARGET_MS:.0f} ms",
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
