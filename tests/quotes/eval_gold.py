"""Scoring the quotes package against the hand-annotated gold sets.

Run `python -m tests.quotes.eval_gold` to print, for the bundled seeds and for the dev and
test splits of the real-news gold set (tests/fixtures/realnews, scored by
tests.quotes.realnews): quotation precision/recall, statement/term and direct/indirect
accuracy, speakers correct / unknown / WRONG, statement grouping pair precision/recall and
discrepancies. `python -m tests.quotes.eval_gold all` adds the small synthetic sets the
first sessions wrote (arabic_extra, arabic_holdout*); `… NAME` prints one set.
"""

from __future__ import annotations

import json
import runpy
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

FIXTURES = Path(__file__).parents[1] / "fixtures"
GOLD_FILE = FIXTURES / "gold" / "seeds_gold.py"
EXTRA_GOLD_FILE = FIXTURES / "gold" / "extra_gold.py"
EXTRA_DIR = FIXTURES / "arabic_extra"
HOLDOUT_GOLD_FILE = FIXTURES / "gold" / "holdout_gold.py"
HOLDOUT_DIR = FIXTURES / "arabic_holdout"
HOLDOUT2_GOLD_FILE = FIXTURES / "gold" / "holdout2_gold.py"
HOLDOUT2_DIR = FIXTURES / "arabic_holdout2"
HOLDOUT3_GOLD_FILE = FIXTURES / "gold" / "holdout3_gold.py"
HOLDOUT3_DIR = FIXTURES / "arabic_holdout3"
_PUNCT = " \t\n.,،:;؛\"'«»“”"


SEEDS_ADDENDUM = FIXTURES / "gold" / "seeds_addendum.json"


def load_gold(path: Path = GOLD_FILE) -> dict:
    """A gold file's names. The seeds' gold gains the addendum: reports (أن-clauses, objects
    of أكد/بحث, a headline) that the first sessions' guide left out and the real-news guide
    (tests/fixtures/realnews/README.md) annotates, each with its cue and a note."""
    gold = runpy.run_path(str(path))
    if path == GOLD_FILE:
        added = json.loads(SEEDS_ADDENDUM.read_text(encoding="utf-8"))
        gold["QUOTES"] = list(gold["QUOTES"]) + [
            (row["source"], row["text"], row["kind"], row["speaker"], row["direct"],
             row.get("nth", 1)) for row in added]
    return gold


def locate(text: str, snippet: str, nth: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(nth):
        at = text.find(snippet, at + 1)
        if at < 0:
            raise LookupError(f"gold snippet not in source: {snippet[:40]!r}")
    return at, at + len(snippet)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _PUNCT:
        start += 1
    while end > start and text[end - 1] in _PUNCT:
        end -= 1
    return start, end


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


@dataclass
class GoldQuote:
    source: str
    start: int
    end: int
    kind: str
    speaker: str | None
    direct: bool


def gold_quotes(corpus, gold) -> list[GoldQuote]:
    out = []
    for row in gold["QUOTES"]:
        source_id, snippet, kind, speaker, direct = row[:5]
        nth = row[5] if len(row) > 5 else 1
        start, end = locate(corpus.source(source_id).text, snippet, nth)
        out.append(GoldQuote(source_id, start, end, kind, speaker, direct))
    return out


def speaker_matches(predicted, gold: str | None, entities: dict | None = None) -> bool:
    """Is the predicted speaker the gold one? Gold names a speaker by a key of `entities`
    (every name the articles give it), or by a name or surname ("بلقاسمي"), or an outlet by
    "outlet:name". The label must be one of the names (tests.quotes.realnews.canon), a
    fuller form of one (same first and last word), or end with the gold surname."""
    from tests.quotes.realnews import canon

    if predicted is None or gold is None:
        return predicted is None and gold is None
    label = canon(predicted.label)
    if entities and gold in entities:
        names = {canon(n) for n in entities[gold]}
        return label in names or len(label) >= 2 and any(
            len(n) >= 2 and n[0] == label[0] and n[-1] == label[-1] for n in names)
    wanted = canon(gold[len("outlet:"):] if gold.startswith("outlet:") else gold)
    return bool(label) and bool(wanted) and (label == wanted or label[-1] == wanted[-1])


def _annotated(quote, corpus) -> bool:
    """Gold covers direct quotes everywhere and indirect reports in Arabic text only."""
    if quote.direct:
        return True
    letters = [ch for ch in quote.text if ch.isalpha()]
    return not letters or sum(ch.isascii() for ch in letters) / len(letters) < 0.5


def score_quotes(corpus, quotes, gold) -> dict:
    golds = gold_quotes(corpus, gold)
    predicted = [q for q in quotes if _annotated(q, corpus)]
    result = {}
    for mode in ("exact", "overlap"):
        matched_gold: dict[int, object] = {}
        used = set()
        for gi, g in enumerate(golds):
            text = corpus.source(g.source).text
            g_span = _trimmed(text, g.start, g.end)
            best, best_iou = None, 0.0
            for pi, q in enumerate(predicted):
                if q.source_id != g.source or pi in used:
                    continue
                q_span = _trimmed(text, q.start, q.end)
                iou = _iou(g_span, q_span)
                ok = q_span == g_span if mode == "exact" else iou >= 0.5
                if ok and iou > best_iou:
                    best, best_iou = pi, iou
            if best is not None:
                used.add(best)
                matched_gold[gi] = predicted[best]
        tp = len(matched_gold)
        result[mode] = {"precision": tp / len(predicted) if predicted else 0.0,
                        "recall": tp / len(golds) if golds else 0.0, "matched": tp,
                        "predicted": len(predicted), "gold": len(golds)}
        if mode == "overlap":
            pairs = [(golds[gi], q) for gi, q in matched_gold.items()]
    kinds = sum(g.kind == q.kind for g, q in pairs)
    directs = sum(g.direct == q.direct for g, q in pairs)
    statements = [(g, q) for g, q in pairs if g.kind == "statement" and q.kind == "statement"]
    entities = gold.get("ENTITIES")
    right = sum(speaker_matches(q.speaker, g.speaker, entities) for g, q in statements)
    wrong = sum(q.speaker is not None and not speaker_matches(q.speaker, g.speaker, entities)
                for g, q in statements)
    unknown = sum(q.speaker is None and g.speaker is not None for g, q in statements)
    result["kind_accuracy"] = kinds / len(pairs) if pairs else 0.0
    result["direct_accuracy"] = directs / len(pairs) if pairs else 0.0
    result["speaker"] = {"accuracy": right / len(statements) if statements else 0.0,
                         "right": right, "wrong": wrong, "unknown": unknown,
                         "scored": len(statements)}
    return result


def score_statements(corpus, statements, gold) -> dict:
    """Pairwise precision/recall over gold members, and statements recovered exactly."""
    members = []        # (gold statement index, source, span)
    for index, (_speaker, rows) in enumerate(gold["STATEMENTS"]):
        for source_id, snippet in rows:
            members.append((index, source_id, locate(corpus.source(source_id).text, snippet)))

    def predicted_of(source_id: str, span: tuple[int, int]) -> str | None:
        for statement in statements:
            for m in statement.members:
                if m.source_id == source_id and m.start < span[1] and span[0] < m.end:
                    return statement.id
        return None

    assigned = [predicted_of(s, span) for _, s, span in members]
    tp = fp = fn = 0
    for (a, b) in combinations(range(len(members)), 2):
        same_gold = members[a][0] == members[b][0]
        same_pred = assigned[a] is not None and assigned[a] == assigned[b]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    exact = 0
    by_id = {s.id: s for s in statements}
    speakers_right = 0
    for index, (speaker, rows) in enumerate(gold["STATEMENTS"]):
        ids = {assigned[k] for k, m in enumerate(members) if m[0] == index}
        if len(ids) == 1 and None not in ids:
            statement = by_id[ids.pop()]
            if set(statement.sources) == {s for s, _ in rows}:
                exact += 1
            speakers_right += speaker_matches(statement.speaker, speaker, gold.get("ENTITIES"))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pair_precision": precision, "pair_recall": recall, "pair_f1": f1,
            "exact": exact, "gold_statements": len(gold["STATEMENTS"]),
            "speaker_right": speakers_right}


def score_discrepancies(corpus, discrepancies, gold) -> dict:
    duration = next((d for d in discrepancies if "duration" in d.topic), None)
    found_sources = {c.source_id for c in duration.claims} if duration else set()
    want_sources = {s for s, _ in gold["DURATION"]}
    spelled = []
    from tui.text.normalize import normalize_text
    for a, b in gold["SPELLINGS"]:
        hit = any({normalize_text(a), normalize_text(b)}
                  <= {normalize_text(c.value) for c in d.claims}
                  for d in discrepancies)
        spelled.append((a, b, hit))
    numbers = gold.get("NUMBERS", [])
    numbers_found = bool(numbers) and any(
        all(any(c.source_id == s and snippet in corpus.source(s).text[c.start - 5:c.end + 25]
                for c in d.claims) for s, snippet in numbers)
        for d in discrepancies if "duration" not in d.topic and "spelling" not in d.topic)
    return {"duration_found": duration is not None,
            "duration_expected": bool(want_sources),
            "duration_sources": f"{len(found_sources & want_sources)}/{len(want_sources)}",
            "numbers_expected": bool(numbers), "numbers_found": numbers_found,
            "spellings": spelled, "findings": len(discrepancies)}


def main() -> None:
    import sys

    from tests.quotes import realnews
    from tui.corpus import load_corpus
    from tui.quotes import analyze

    wanted = sys.argv[1] if len(sys.argv) > 1 else "default"
    sets = [("seeds", None, GOLD_FILE)]
    if wanted in ("all", "arabic_extra", "arabic_holdout", "arabic_holdout2", "arabic_holdout3"):
        sets += [("arabic_extra", EXTRA_DIR, EXTRA_GOLD_FILE),
                 ("arabic_holdout", HOLDOUT_DIR, HOLDOUT_GOLD_FILE),
                 ("arabic_holdout2", HOLDOUT2_DIR, HOLDOUT2_GOLD_FILE),
                 ("arabic_holdout3", HOLDOUT3_DIR, HOLDOUT3_GOLD_FILE)]
    for name, folder, gold_file in sets:
        if wanted not in ("default", "all", name):
            continue
        print(f"== {name}")
        report(load_corpus(folder), load_gold(gold_file), analyze)
    for split in ("dev", "test", "fresh"):
        if split == "fresh" and not (realnews.REALNEWS / split / "gold").is_dir():
            continue    # a round being annotated, scored before anything is tuned on it
        if wanted in ("default", "all", split):
            realnews.report(realnews.score_split(realnews.load_split(split)), split,
                            verbose=1 if wanted == split else 0)


def report(corpus, gold, analyze) -> None:
    analysis = analyze(corpus)
    q = score_quotes(corpus, analysis.quotes, gold)
    for mode in ("exact", "overlap"):
        r = q[mode]
        print(f"quote spans ({mode:7}): precision {r['precision']:.3f}  recall {r['recall']:.3f}"
              f"  ({r['matched']} matched, {r['predicted']} predicted, {r['gold']} gold)")
    print(f"kind accuracy (matched): {q['kind_accuracy']:.3f}   direct/indirect accuracy: "
          f"{q['direct_accuracy']:.3f}")
    sp = q["speaker"]
    print(f"speaker accuracy: {sp['accuracy']:.3f}  ({sp['right']} right, {sp['wrong']} wrong, "
          f"{sp['unknown']} unknown of {sp['scored']} matched statements)")
    s = score_statements(corpus, analysis.statements, gold)
    print(f"statement grouping: pairwise precision {s['pair_precision']:.3f}  recall "
          f"{s['pair_recall']:.3f}  F1 {s['pair_f1']:.3f};  {s['exact']}/{s['gold_statements']} "
          f"gold statements recovered with exactly their outlets; speaker right on "
          f"{s['speaker_right']}")
    d = score_discrepancies(corpus, analysis.discrepancies, gold)
    extra_note = (f" counts found {d['numbers_found']};" if d["numbers_expected"] else "")
    print(f"discrepancies: duration expected {d['duration_expected']} found {d['duration_found']}"
          f" (sources {d['duration_sources']});{extra_note}"
          f" spellings " + ", ".join(f"{a}/{b} {'yes' if hit else 'NO'}"
                                     for a, b, hit in d["spellings"])
          + f"; {d['findings']} findings in all")


if __name__ == "__main__":
    main()
