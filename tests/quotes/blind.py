"""Blind samples: who said what in random archive articles, judged by readers who saw no code.

A sample is sixty random SaudiNewsNet articles (each with at least two statements the tool
finds, outside the gold set, the pool and every earlier sample). The tool's speaker for each
statement goes to two judges per half, who read only the articles and `GUIDE.md` and say for
each item: right, wrong (and who it was), named (the tool gave no one but the text names
someone) or not speech. What is kept here, per sample in tests/fixtures/blind/NNN/:
`ids.txt` (the articles, as date-index-outlet of the archive's day files), `key.json` (each
item: source, start, end and the speaker the judged code gave) and the judges' verdicts.

    python -m tests.quotes.blind score [N ...]     the judged code's figures, per judge
    python -m tests.quotes.blind rescore [N ...]   the same verdicts, scored with this code

Rescoring keeps a judge's verdict where this code gives the item the speaker it had; where
the speaker changed, the new one is compared with the judge's truth (a name that holds or is
held in the truth's words, as the gold scorer compares names). Items moved in the text are
matched to the quotation that overlaps them most. The articles are read from the archive,
so both commands need ../shared/corpora/saudinewsnet.
"""

from __future__ import annotations

import json
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

BLIND = Path(__file__).parents[1] / "fixtures" / "blind"
ARCHIVE = Path(__file__).parents[3] / "shared" / "corpora" / "saudinewsnet"
VERDICTS = ("right", "wrong", "named", "not_speech")


def samples() -> list[str]:
    return sorted(p.name for p in BLIND.iterdir() if (p / "key.json").exists())


def article_texts(ids: list[str], archive: Path = ARCHIVE) -> dict[str, str]:
    """Each id's text as the sample wrote it: title, a blank line, content."""
    wanted: dict[str, dict[int, str]] = {}
    for rid in ids:
        day, index, _outlet = rid[:10], int(rid[11:15]), rid[16:]
        wanted.setdefault(day, {})[index] = rid
    texts = {}
    for day, indexes in wanted.items():
        with zipfile.ZipFile(archive / f"{day}.zip") as zf:
            records = json.loads(zf.read(f"{day}.json"))
        for index, rid in indexes.items():
            record = records[index]
            texts[rid] = ((record.get("title") or "").strip() + "\n\n"
                          + record["content"].strip() + "\n")
    return texts


def current_speakers(name: str) -> dict[str, str | None]:
    """This code's speaker for each item of sample `name`."""
    from tui.corpus import load_corpus
    from tui.quotes.analysis import extract_all

    folder = BLIND / name
    ids = (folder / "ids.txt").read_text(encoding="utf-8").split()
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        for rid, text in article_texts(ids).items():
            (Path(tmp) / f"{rid}.txt").write_text(text, encoding="utf-8")
        quotes = extract_all(load_corpus(Path(tmp)))
    by_source: dict[str, list] = {}
    for q in quotes:
        by_source.setdefault(q.source_id, []).append(q)
    out = {}
    for item in key:
        def overlap(q):     # (the same span first, then the one sharing most of it)
            return (q.start == item["start"] and q.end == item["end"],
                    min(q.end, item["end"]) - max(q.start, item["start"]))
        best = max(by_source.get(item["source"], []), key=overlap, default=None)
        found = best is not None and overlap(best)[1] > 0
        out[item["item"]] = best.speaker.label if found and best.speaker else None
    return out


def same_person(label: str | None, truth: str | None) -> bool:
    from tests.quotes.realnews import canon

    if label is None or truth is None:
        return label is None and truth is None
    a, b = set(canon(label)), set(canon(truth))
    return bool(a) and (a <= b or b <= a)


def verdict_for(verdict: dict, old: str | None, new: str | None) -> str:
    """The verdict for speaker `new` of an item whose judged speaker was `old`."""
    if new == old or verdict["verdict"] == "not_speech":
        return verdict["verdict"]
    truth = verdict.get("truth")
    if verdict["verdict"] == "right" and truth is None and old is not None:
        truth = old     # (the judge said right and named no one else)
    if new is None:
        return "named" if truth else "right"
    return "right" if same_person(new, truth) else "wrong"


def score(name: str, speakers: dict[str, str | None] | None = None) -> list[tuple]:
    """(judge file, judged, right, wrong, named, documents) per judge of sample `name`."""
    folder = BLIND / name
    key = {k["item"]: k for k in json.loads((folder / "key.json").read_text(encoding="utf-8"))}
    rows = []
    for path in sorted(folder.glob("verdicts_*.json")):
        counts: Counter = Counter()
        for verdict in json.loads(path.read_text(encoding="utf-8")):
            old = key[verdict["item"]]["speaker"]
            new = old if speakers is None else speakers.get(verdict["item"], old)
            counts[verdict_for(verdict, old, new)] += 1
            counts["document"] += bool(new == old and verdict.get("document"))
        judged = sum(counts[v] for v in VERDICTS) - counts["not_speech"]
        rows.append((path.stem.removeprefix("verdicts_"), judged, counts["right"],
                     counts["wrong"], counts["named"], counts["document"]))
    return rows


def main(argv: list[str]) -> int:
    command, names = (argv[0] if argv else "score"), argv[1:] or samples()
    if command not in ("score", "rescore"):
        print(f"blind: unknown command {command!r} (score or rescore)", file=sys.stderr)
        return 2
    if not ARCHIVE.exists():
        print(f"blind: the archive is not at {ARCHIVE}", file=sys.stderr)
        return 2
    totals: Counter = Counter()
    for name in names:
        speakers = current_speakers(name) if command == "rescore" else None
        for judge, judged, right, wrong, named, docs in score(name, speakers):
            totals.update(judged=judged, right=right, wrong=wrong, named=named)
            print(f"{name} {judge}: judged {judged}, right {right / judged:.3f}, "
                  f"wrong {wrong / judged:.1%} (documents {docs}), named {named / judged:.1%}")
    if totals["judged"]:
        print(f"pooled: judged {totals['judged']}, right {totals['right'] / totals['judged']:.3f}, "
              f"wrong {totals['wrong'] / totals['judged']:.1%}, "
              f"named {totals['named'] / totals['judged']:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
