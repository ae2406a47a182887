"""Write N synthetic articles, deterministically, by recombining the seeds' sentences.

    python bench/make_corpus.py N OUT_DIR [--seed S]

Each article takes 8-14 paragraphs (about 25 sentences); each paragraph is 1-3 seed sentences, shuffled across
articles, with realistic perturbations: spelling variants swapped both ways (ترامب/ترمب,
الأمريكي/الأميركي, ألاسكا/آلاسكا, دارتشييف/دارشييف, أنكوريج/أنكوراج), numbers changed,
diacritics dropped or added, a word dropped, and now and then an English paragraph taken
from the seeds' English part. The same N and seed always give byte-identical files.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.corpus import load_corpus  # noqa: E402

SWAPS = [("ترامب", "ترمب"), ("الأمريكي", "الأميركي"), ("ألاسكا", "آلاسكا"),
         ("دارتشييف", "دارشييف"), ("أنكوريج", "أنكوراج"), ("أمن", "امن")]
HARAKAT = "\u064e\u064f\u0650\u0652"


def seed_sentences() -> tuple[list[str], list[str]]:
    """The seeds' sentences, split into Arabic and English (Latin-script) ones."""
    arabic, english = [], []
    for source in load_corpus().sources:
        for sentence in source.sentences:
            text = " ".join(source.text[sentence.start:sentence.end].split())
            if len(text) < 15:
                continue
            (english if sentence.direction == "ltr" else arabic).append(text)
    return arabic, english


def perturb(text: str, rng: random.Random) -> str:
    for a, b in SWAPS:
        if rng.random() < 0.35:
            text = text.replace(a, b) if a in text else text.replace(b, a)
    if rng.random() < 0.3:
        text = "".join(str((int(ch) + rng.randint(1, 9)) % 10)
                       if ch.isdigit() and rng.random() < 0.5 else ch for ch in text)
    words = text.split(" ")
    if rng.random() < 0.25 and len(words) > 6:
        del words[rng.randrange(len(words))]
    if rng.random() < 0.2:
        k = rng.randrange(len(words))
        words[k] = "".join(ch + (rng.choice(HARAKAT) if "\u0621" <= ch <= "\u064a" else "")
                           for ch in words[k])
    text = " ".join(words)
    if rng.random() < 0.2:
        text = "".join(ch for ch in text if not "\u064b" <= ch <= "\u0652")
    return text


def article(number: int, rng: random.Random, arabic: list[str], english: list[str]) -> str:
    title = perturb(rng.choice(arabic), rng)[:90]
    paragraphs = []
    for _ in range(rng.randint(8, 14)):
        if english and rng.random() < 0.04:
            paragraphs.append(" ".join(rng.sample(english, k=min(len(english), 2))))
            continue
        picked = [perturb(rng.choice(arabic), rng) for _ in range(rng.randint(1, 3))]
        paragraphs.append(" ".join(picked))
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"


def make(n: int, out: Path, seed: int = 2025) -> None:
    arabic, english = seed_sentences()
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    width = max(5, len(str(n)))
    for number in range(n):
        text = article(number, rng, arabic, english)
        (out / f"article-{number:0{width}d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    make(args.n, args.out, args.seed)
    print(f"wrote {args.n} articles to {args.out}")


if __name__ == "__main__":
    main()
