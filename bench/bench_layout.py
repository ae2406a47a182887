"""Layout time: the seed corpus at width 80 and a 1 MB article, cold and cached.

    python bench/bench_layout.py

Cold = caches cleared (shaping, bidi, wrapping all done); cached = the same calls again (what
a repaint or a resize back to a known width costs). The 1 MB article repeats the seed
paragraphs, each copy numbered so that no paragraph is a cache hit on the cold pass.
"""

from __future__ import annotations

import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from tui.corpus.loader import load_corpus  # noqa: E402
from tui.text.layout import clear_cache, layout  # noqa: E402

WIDTH = 80


def seed_paragraphs() -> list[str]:
    out = []
    for source in load_corpus().sources:
        out.append(source.title)
        out.extend(source.text[p.start:p.end] for p in source.paragraphs)
    return out


def big_article(paragraphs: list[str], size: int = 1_000_000) -> list[str]:
    out, total, n = [], 0, 0
    while total < size:
        text = f"{paragraphs[n % len(paragraphs)]} ({n})"
        out.append(text)
        total += len(text.encode("utf-8")) + 1
        n += 1
    return out


def timed(paragraphs: list[str], width: int) -> tuple[float, float, int]:
    """Wall and CPU seconds (CPU time is steadier on a loaded machine) and lines made."""
    start, cpu = time.perf_counter(), time.process_time()
    lines = 0
    for text in paragraphs:
        lines += len(layout(text, width))
    return time.perf_counter() - start, time.process_time() - cpu, lines


def run_case(name: str, paragraphs: list[str], width: int) -> tuple:
    clear_cache()
    cold, cold_cpu, lines = timed(paragraphs, width)
    cached, _, _ = timed(paragraphs, width)
    chars = sum(len(p) for p in paragraphs)
    size = sum(len(p.encode("utf-8")) + 1 for p in paragraphs)
    return name, len(paragraphs), chars, size, lines, cold, cold_cpu, cached


def main() -> int:
    seeds = seed_paragraphs()
    article = big_article(seeds)
    rows = [run_case(f"seed corpus, width {WIDTH}", seeds, WIDTH),
            run_case(f"1 MB article, width {WIDTH}", article, WIDTH),
            run_case("1 MB article, width 133", article, 133)]
    head = f"{'case':<26}{'paras':>7}{'chars':>10}{'bytes':>10}{'lines':>8}{'cold ms':>10}" \
           f"{'cold cpu ms':>13}{'cached ms':>11}{'µs/line cpu':>14}"
    print(head)
    print("-" * len(head))
    for name, paras, chars, size, lines, cold, cold_cpu, cached in rows:
        print(f"{name:<26}{paras:>7}{chars:>10}{size:>10}{lines:>8}{cold * 1000:>10.1f}"
              f"{cold_cpu * 1000:>13.1f}{cached * 1000:>11.2f}"
              f"{cold_cpu * 1e6 / max(1, lines):>14.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
