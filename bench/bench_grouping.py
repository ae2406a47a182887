"""Benchmark: quote extraction and statement grouping on a large synthetic corpus.

    python bench/bench_grouping.py [N ...] [--dir FOLDER] [--workers W]

Without --dir, N articles are made in memory by recombining the seeds' Arabic paragraphs
with perturbations (spelling variants, changed numbers, dropped words, added diacritics), as
`bench/make_corpus.py` does for the scale issue; with --dir, that folder is loaded instead.
Prints one row per size: articles, sentences, records, distinct wordings (nodes), candidate
pairs, extraction time (per article and in total, in a process pool of W workers) and
grouping time, then how grouping time grew from the smallest size to the largest.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.corpus import Corpus, Source, load_corpus  # noqa: E402
from tui.corpus.segment import segment  # noqa: E402

_SWAPS = [("ترامب", "ترمب"), ("الأمريكي", "الأميركي"), ("ألاسكا", "آلاسكا"),
          ("دارتشييف", "دارشييف"), ("أنكوريج", "أنكوراج")]


def _perturb(paragraph: str, rng: random.Random, variety: float) -> str:
    for a, b in _SWAPS:
        if rng.random() < 0.3:
            paragraph = paragraph.replace(a, b) if a in paragraph else paragraph.replace(b, a)
    if rng.random() < 0.3:
        paragraph = "".join(str((int(ch) + 1) % 10) if ch.isdigit() and rng.random() < 0.5
                            else ch for ch in paragraph)
    words = paragraph.split(" ")
    for _ in range(3):
        if rng.random() < 0.3 * variety and len(words) > 8:
            del words[rng.randrange(len(words))]
    if rng.random() < 0.2:
        k = rng.randrange(len(words))
        words[k] = "\u064e".join(words[k]) if words[k] else words[k]
    return " ".join(words)


def synthetic_corpus(n: int, seed: int = 7, variety: float = 1.0) -> Corpus:
    rng = random.Random(seed)
    seeds = load_corpus()
    paragraphs = [s.text[p.start:p.end] for s in seeds.sources for p in s.paragraphs
                  if p.direction == "rtl" and len(p.sentences) >= 1]
    sources = []
    for index in range(n):
        picked = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(16, 28)))
        text = "\n".join(_perturb(p, rng, variety) for p in picked) + "\n"
        source_id = f"a{index:05d}"
        sources.append(Source(id=source_id, file=f"{source_id}.txt", title=source_id,
                              outlet=source_id, languages=("ar",), text=text,
                              paragraphs=segment(source_id, text)))
    return Corpus(root="<synthetic>", sources=tuple(sources))


def _extract(source):
    from tui.quotes.attribute import extract_quotes
    return extract_quotes(source)


def run(corpus: Corpus, workers: int) -> dict:
    from tui.quotes.analysis import records_for
    from tui.quotes.speakers import link_speakers, speaker_names
    from tui.quotes.statements import _nodes, candidate_pairs, group_statements

    t1 = time.perf_counter()
    if workers > 1:
        with ProcessPoolExecutor(workers) as pool:
            chunks = list(pool.map(_extract, corpus.sources, chunksize=64))
    else:
        chunks = [_extract(s) for s in corpus.sources]
    quotes = link_speakers([q for chunk in chunks for q in chunk])
    t2 = time.perf_counter()
    records = records_for(corpus, quotes)
    t3 = time.perf_counter()
    statements = group_statements(records, corpus.ids, speaker_names(quotes))
    t4 = time.perf_counter()
    nodes = _nodes(records)
    pairs = len(candidate_pairs(nodes))
    return {
        "articles": len(corpus.sources),
        "sentences": sum(len(s.sentences) for s in corpus.sources),
        "quotes": len(quotes), "records": len(records), "nodes": len(nodes), "pairs": pairs,
        "statements": len(statements),
        "extract_s": t2 - t1, "records_s": t3 - t2, "group_s": t4 - t3,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--dir", help="benchmark this folder instead of a synthetic corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--variety", type=float, default=1.0,
                        help="how often words are dropped (more distinct wordings); 1 = default")
    args = parser.parse_args()
    corpora = ([load_corpus(args.dir)] if args.dir
               else [synthetic_corpus(n, variety=args.variety) for n in args.sizes])
    rows = [run(corpus, args.workers) for corpus in corpora]
    header = ("articles", "sentences", "quotes", "records", "nodes", "pairs", "statements",
              "extract_s", "records_s", "group_s")
    print("  ".join(f"{h:>10}" for h in header))
    for row in rows:
        print("  ".join(f"{row[h]:>10.2f}" if isinstance(row[h], float) else f"{row[h]:>10}"
                        for h in header))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        size = last["articles"] / first["articles"]
        growth = last["group_s"] / max(first["group_s"], 1e-9)
        print(f"grouping grew {growth:.1f}x for {size:.0f}x the articles "
              f"({last['nodes'] / max(first['nodes'], 1):.1f}x the distinct wordings)")


if __name__ == "__main__":
    main()
