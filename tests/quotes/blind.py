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
    python -m tests.quotes.blind make N OUT        a new sample N (its seed), briefs in OUT

`make` writes tests/fixtures/blind/N/ids.txt and key.json with this code, and four briefs
(OUT/brief_{1,2}{A,B}.md: GUIDE.md, then half the articles and their items) whose judges
write OUT/verdicts_*.json; copy those into the sample's folder when they are done. Give
each judge its own helper session and the one line: "Read the file OUT/brief_1A.md and do
exactly what it says. It is your whole task. Open only the files it names; do not read or
run any code."

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
            given = verdict_for(verdict, old, new)
            counts[given] += 1
            # (a document named where the text names its issuer is a wrong verdict; a judge
            # may also flag an item with no speaker, "named", whose words a document says)
            counts["document"] += bool(new == old and given == "wrong" and verdict.get("document"))
        judged = sum(counts[v] for v in VERDICTS) - counts["not_speech"]
        rows.append((path.stem.removeprefix("verdicts_"), judged, counts["right"],
                     counts["wrong"], counts["named"], counts["document"]))
    return rows


def _used_ids() -> set[str]:
    """Articles no new sample may take: the gold set's, the pool's, every sample's."""
    realnews = Path(__file__).parents[1] / "fixtures" / "realnews"
    used = {p.stem for split in ("dev", "test", "second") for p in (realnews / split).glob("*.txt")}
    used |= set((BLIND / "pool_ids.txt").read_text(encoding="utf-8").split())
    for name in samples():
        used |= set((BLIND / name / "ids.txt").read_text(encoding="utf-8").split())
    return used


def make(name: str, out: Path, size: int = 60) -> int:
    """A new sample: `size` random archive articles (seeded by the sample's number) with at
    least two statements, not used before; its key with this code; four briefs in `out`."""
    import random

    from tui.corpus import load_corpus
    from tui.quotes.analysis import extract_all

    folder = BLIND / name
    if folder.exists():
        print(f"blind: sample {name} exists ({folder})", file=sys.stderr)
        return 2
    used = _used_ids()
    records = []
    for day in sorted(ARCHIVE.glob("*.zip")):
        with zipfile.ZipFile(day) as zf:
            for index, record in enumerate(json.loads(zf.read(f"{day.stem}.json"))):
                rid = f"{day.stem}-{index:04d}-{record.get('source')}"
                if rid not in used and (record.get("content") or "").strip():
                    records.append(rid)
    random.Random(int(name)).shuffle(records)
    chosen: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for start in range(0, len(records), 200):
            for rid, text in article_texts(records[start:start + 200]).items():
                one = Path(tmp) / "one"
                one.mkdir(exist_ok=True)
                for old in one.glob("*.txt"):
                    old.unlink()
                (one / f"{rid}.txt").write_text(text, encoding="utf-8")
                if sum(q.kind == "statement" for q in extract_all(load_corpus(one))) >= 2:
                    chosen.append(rid)
                if len(chosen) == size:
                    break
            if len(chosen) == size:
                break
        articles = Path(tmp) / "articles"
        articles.mkdir()
        for rid, text in article_texts(chosen).items():
            (articles / f"{rid}.txt").write_text(text, encoding="utf-8")
        corpus = load_corpus(articles)
        quotes = [q for q in extract_all(corpus) if q.kind == "statement"]
    sources = sorted(corpus.sources, key=lambda source: source.id)
    halves = {1: sources[:len(sources) // 2], 2: sources[len(sources) // 2:]}
    guide = (BLIND / "GUIDE.md").read_text(encoding="utf-8")
    key, out = [], Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for half, part in halves.items():
        lines = []
        for n, source in enumerate(part, 1):
            lines.append(f"\n## Article {half}.{n}\n\n```\n{source.text.strip()}\n```\n\nItems:\n")
            mine = sorted((q for q in quotes if q.source_id == source.id), key=lambda q: q.start)
            for m, q in enumerate(mine, 1):
                item = f"{half}.{n}.{m}"
                label = q.speaker.label if q.speaker else None
                lines.append(f"- **{item}** «{q.text}» — tool's speaker: **{label or '(no speaker)'}**\n")
                key.append({"item": item, "source": source.id, "start": q.start, "end": q.end,
                            "speaker": label})
        for judge in "AB":
            target = out / f"verdicts_{half}{judge}.json"
            (out / f"brief_{half}{judge}.md").write_text(
                guide.replace("{OUT}", str(target)) + "".join(lines), encoding="utf-8")
    folder.mkdir(parents=True)
    (folder / "ids.txt").write_text("\n".join(chosen) + "\n", encoding="utf-8")
    (folder / "key.json").write_text(
        "[\n" + ",\n".join(json.dumps(k, ensure_ascii=False) for k in key) + "\n]\n",
        encoding="utf-8")
    print(f"sample {name}: {len(chosen)} articles, {len(key)} items; briefs in {out}")
    return 0


def main(argv: list[str]) -> int:
    command, names = (argv[0] if argv else "score"), argv[1:] or samples()
    if command not in ("score", "rescore", "make"):
        print(f"blind: unknown command {command!r} (score, rescore or make)", file=sys.stderr)
        return 2
    if not ARCHIVE.exists():
        print(f"blind: the archive is not at {ARCHIVE}", file=sys.stderr)
        return 2
    if command == "make":
        if len(argv) != 3 or not argv[1].isdigit():
            print("blind: make N OUT (N: the new sample's number, its seed)", file=sys.stderr)
            return 2
        return make(argv[1], Path(argv[2]))
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
